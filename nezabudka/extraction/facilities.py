"""Places of detention in report text, resolved against the country's reference places.

"Mogilev prison" → Prison No. 4, Mahiliou; "Homyel pre-trial detention facility" → SIZO-3,
Homiel; "СИЗО-1 в Минске", "калоніі № 2 у Бабруйску", "Akrestsina". A mention needs a number, a
town or a name: a bare "prison" or "colony" is a regime, not a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from nezabudka import reference
from nezabudka.extraction import scan
from nezabudka.extraction.scripts import CYRILLIC, NEVER, restrict
from nezabudka.extraction.segment import keyword_matches

_KIND_WORDS: list[tuple[str, str]] = [
    (
        "pretrial",
        r"pre-?trial detention (?:cent(?:er|re)|facility|prison|isolator)|pre-?trial prison|"
        r"remand (?:prison|cent(?:er|re))|\bSIZO\b|\bСИЗО\b|\bСІЗА\b|следственн\w+ изолятор\w*|"
        r"следч\w+ ізалятар\w*|KGB (?:pre-?trial|detention|jail)\w*",
    ),
    (
        "temporary",
        r"temporary (?:detention|holding) (?:cent(?:er|re)|facility|isolator)|\bIVS\b|\bTsIP\b|"
        r"\bИВС\b|\bЦИП\b|\bІЧУ\b|изолятор\w* временного содержания|ізалятар\w* часовага ўтрымання|"
        r"detention cent(?:er|re)|центр\w* изоляции правонарушителей",
    ),
    (
        "open_facility",
        r"open (?:correctional )?facilit(?:y|ies)|open-type (?:correctional )?facility|"
        r"исправительн\w+ учреждени\w+ открытого типа|(?:папраўч|выпраўленч)\w+ [уў]стан\w+ "
        r"адкрытага тыпу|адкрыт\w+ (?:папраўч|выпраўленч)\w+ [уў]стан\w+|"
        r"открыт\w+ исправительн\w+ учреждени\w+|\bИУОТ\b|\bВУАТ\b|\bПУАТ\b|\bІУАТ\b|\bIUOT\b|"
        r"«?открытк\w+»?",
    ),
    (
        "penal_colony",
        r"(?:penal |correctional )?colon(?:y|ies)|\bIK\b|\bИК\b|\bІК\b|\bПК(?=\s*(?:-|№)\s*\d)|"
        r"исправительн\w+ колони\w+|колони\w+|папраўч\w+ калоні\w+|калоні\w+",
    ),
    ("prison", r"\bprison\b|\bjail\b|тюрьм\w*|турм\w*|\bтюрем\w*"),
]
_KIND_KEYS: dict[str, tuple[str, ...]] = {
    "pretrial": ("trial", "remand", "sizo", "сизо", "сіза", "следствен", "следч", "kgb"),
    "temporary": (
        "temporary",
        "holding",
        "ivs",
        "tsip",
        "ивс",
        "цип",
        "ічу",
        "временного",
        "часовага",
        "detention cent",
        "изоляции",
    ),
    "open_facility": ("open", "открыт", "адкрыт", "иуот", "вуат", "пуат", "іуат", "iuot"),
    "penal_colony": ("colon", "ik", "ик", "ік", "пк", "колони", "калоні"),
    "prison": ("prison", "jail", "тюрьм", "турм", "тюрем"),
}
# "колонии особого режима № 13", "калоніі асаблівага рэжыму ў Глыбокім": the regime between
_REGIME_BETWEEN = (
    r"\s+(?:особого|строгого|усиленного|общего|асаблівага|строгага|узмоцненага|агульнага)\s+"
    r"(?:режима|рэжыму)"
)
# "в пятой колонии", "у сямнаццатай калоніі": the number as an ordinal word before the kind
_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
    "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
    "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "перш": 1, "друг": 2, "трэц": 3,
    "чацвёрт": 4, "чацверт": 4, "шост": 6, "сём": 7, "сям": 7, "дзявят": 9, "дзесят": 10,
    "адзінаццат": 11, "дванаццат": 12, "трынаццат": 13, "чатырнаццат": 14, "пятнаццат": 15,
    "шаснаццат": 16, "сямнаццат": 17, "васямнаццат": 18, "дзевятнаццат": 19, "дваццат": 20,
}  # fmt: skip
_ORDINAL_BEFORE = scan.compile(
    r"(?:(?P<twenty>двадцать|дваццаць)\s+)?(?P<stem>"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + r")(?:ой|ую|ая|ый|ом|ай|ую|ага|ым|ы|ая|ае)\s+$",
    re.I,
)
_NUMBER = r"(?:\s*(?:No\.?|Nr\.?|№|#|-|–|number)\s*(?P<num>\d{1,2})\b|-(?P<num2>\d{1,2})\b)"
_NAMED: list[tuple[str, str]] = [
    (r"Akr[ae]stsin\w*|Okrestin\w*|Окрестин\w*|Акрэсцін\w*", "akrestsina-minsk"),
    # SIZO No. 1 on Valadarskaha street, Minsk: "Валадарка", "СИЗО на Володарского"
    (
        r"Valadark\w*|Volodark\w*|Валадар[кц]\w*|Володар[кц]\w*|(?<=на )Володарского\b|"
        r"(?<=на )Валадарскага\b|(?<=on )V[ao]l[ao]darsk\w+(?: (?:street|Street))?|"
        r"V[ao]l[ao]darsk\w+(?= (?:pre-?trial|SIZO|remand|detention))",
        "sizo-1",
    ),
    (r"Vo[uŭ]chy\w* Nor\w*|Volch\w* Nor\w*|Волчь\w+ нор\w*|Воўчы\w* Нор\w*", "ik-22"),
    (
        r"Amerikanka|Американк\w*|Амерыканк\w*|KGB (?:pre-?trial detention (?:cent(?:er|re)|facility)|"
        r"remand prison|jail|detention cent(?:er|re)|pre-?trial prison)|СИЗО КГБ|СІЗА КДБ|"
        r"следственн\w+ изолятор\w* КГБ|следч\w+ ізалятар\w* КДБ",
        "kgb-sizo-minsk",
    ),
]


_BETWEEN_TOWN_AND_KIND = scan.compile(
    r"(?<=[\w’'] )(?:women['’]s|женск\w+|жаноча\w+|жаночу\w+|исправительн\w+|папраўч\w+)$", re.I
)


# settlements known only for their colony ("этапировали в Витьбу", "in Viejna"): read after
# the kind words, so that "колонии №3 в Витьбе" stays one mention
_SETTLEMENTS: list[tuple[str, str]] = [
    (r"\bVi[tć]ba\b|\bВитьб[аеуы]\b|\bВіцьб[аеуы]\b", "ik-3"),
    (r"\bVi[ej]{1,2}na\b|\bVeyno\b|\bВейн[аеуоы]\b", "ik-15"),
]


@dataclass(frozen=True, slots=True)
class FacilityMention:
    start: int
    end: int
    text: str
    kind: str
    number: int | None
    town: str | None
    key: str | None  # reference place key when resolved

    def as_claim(self) -> dict[str, object]:
        return {"kind": self.kind, "number": self.number, "town": self.town}


def _fold(text: str) -> str:
    """Lower case and ё→е, keeping every offset."""
    return text.lower().replace("ё", "е")


def _stem(name: str) -> str:
    n = _fold(name)
    if re.search(r"[а-яіў]", n) and len(n) > 6 and n.endswith(("ае", "ое")):
        return n[:-2]  # Глыбокае → Глыбокім, Глубокое → Глубоком: declined as an adjective
    if re.search(r"[а-яіў]", n) and len(n) > 4 and n[-1] in "аеёіїоуўыьэюяй":
        n = n[:-1]
    return n


# adjectives that do not start with the town's own stem ("гродненская тюрьма" ← Гродна)
_ADJECTIVE_STEMS = {"гродненск": "Hrodna", "гродзенск": "Hrodna"}


@cache
def _town_index(country: str) -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = dict(_ADJECTIVE_STEMS) if country == "by" else {}
    for t in reference.towns(country):
        for name in t.all_names():
            if name:
                lookup[_stem(name)] = t.name
    alts = sorted(lookup, key=len, reverse=True)
    rx = "|".join(
        re.escape(a) + (r"\w{0,5}" if re.search(r"[а-яіў]", a) else r"(?:['’]s)?") for a in alts
    )
    return scan.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.I), lookup


_WORD = scan.compile(r"[^\W\d_][\w’'-]*")
_SHORT_NAME_ENDINGS = frozenset({"у", "е", "ы", "і", "и", "ой", "ай", "ою", "аю"})


def town_of(word: str, country: str) -> str | None:
    _pat, lookup = _town_index(country)
    w = _fold(word)
    if not re.search(r"[а-яіў]", w):
        w = re.sub(r"['’]s$", "", w)
        return lookup.get(w)
    if len(w) >= 4 and w[3:] in _SHORT_NAME_ENDINGS and (town := lookup.get(w[:3] + "а")):
        return town  # a four-letter name kept whole as its stem: "Оршу", "Ліды" → Орша, Ліда
    for n in range(len(w), 3, -1):
        town = lookup.get(w[:n])
        if town is not None:
            return town if len(w) - n <= 5 else None
    return None


@cache
def _prefixes(country: str) -> frozenset[str]:
    # three letters: the stem of "Орша" is "орш", and "Оршу" must still reach the lookup
    return frozenset(stem[:3] for stem in _town_index(country)[1])


@lru_cache(maxsize=4)  # places and transfers to a town both ask for one text's towns
def find_towns(text: str, country: str = "by") -> tuple[tuple[int, int, str], ...]:
    """(start, end, town) for every word that names a reference town (any case form)."""
    prefixes = _prefixes(country)
    folded = _fold(text)
    out = []
    for m in _WORD.finditer(folded):
        if m.group(0)[:3] not in prefixes:
            continue
        town = town_of(m.group(0), country)
        if town:
            out.append((m.start(), m.end(), town))
    return tuple(out)


@cache
def _kind_patterns(cyrillic: bool) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for k, rx in _KIND_WORDS:
        alts = restrict(rx, re.I, cyrillic).pattern
        if alts != NEVER.pattern:
            out.append((k, scan.compile(rf"(?:{alts})(?:{_REGIME_BETWEEN})?(?:{_NUMBER})?", re.I)))
    return out


def resolve(
    kind: str, number: int | None, town: str | None, country: str = "by"
) -> tuple[str, int | None, str | None, str | None]:
    """(kind, number, town, key) using the reference places where they decide it."""
    places = reference.places(country)

    def kind_ok(p: reference.Place) -> bool:
        return p.kind == kind or (kind == "prison" and p.also_prison)

    cands = [p for p in places if kind_ok(p)]
    if number is not None:
        by_num = [p for p in cands if p.number == number]
        if town:
            exact = [p for p in by_num if p.town == town]
            by_num = exact or by_num
        if len(by_num) >= 1:
            p = by_num[0]
            return p.kind, p.number, p.town, p.key
        return kind, number, town, None
    if town:
        in_town = [p for p in cands if p.town == town and p.number is not None]
        if kind == "prison" and not in_town:
            in_town = [p for p in places if p.town == town and p.also_prison]
        if len(in_town) == 1:
            p = in_town[0]
            return p.kind, p.number, p.town, p.key
    return kind, None, town, None


def find_facilities(text: str, country: str = "by") -> list[FacilityMention]:
    towns = find_towns(text, country)
    by_start = {ts: (te, tn) for ts, te, tn in towns}
    by_end = {te: (ts, tn) for ts, te, tn in towns}
    found: list[FacilityMention] = []
    taken: list[tuple[int, int]] = []
    places = {p.key: p for p in reference.places(country)}
    for rx, key in _NAMED:
        for m in re.finditer(rx, text, re.I):
            p = places.get(key)
            if p:
                found.append(
                    FacilityMention(m.start(), m.end(), m.group(0), p.kind, p.number, p.town, key)
                )
                taken.append((m.start(), m.end()))
    cyr = CYRILLIC.search(text) is not None
    for kind, pat in _kind_patterns(False) + (_kind_patterns(True) if cyr else []):
        for m in keyword_matches(pat, text, _KIND_KEYS[kind]):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            raw_num = m.group("num") or m.group("num2")
            number = int(raw_num) if raw_num else None
            town = None
            start, end = m.start(), m.end()
            ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 40), start)
            if number is None and ordinal and kind in ("penal_colony", "prison"):
                number = _ORDINALS[ordinal.group("stem").lower()] + (20 if ordinal["twenty"] else 0)
                start = ordinal.start()
            # the town before: "Mogilev prison", "Homyel pre-trial…", "Жодинская тюрьма"
            q = start
            while q > 0 and text[q - 1] in " \u00a0":
                q -= 1
            # "гомельской женской колонии", "Homiel women's colony"
            between = _BETWEEN_TOWN_AND_KIND.search(text, max(0, q - 25), q)
            before = None
            if q < start and q in by_end:
                before = by_end[q]
            elif q < start and between and between.start() - 1 in by_end:
                before = by_end[between.start() - 1]
            # town right after: "in Homiel", "в Гомеле", "у Бабруйску" — unless the town before
            # names another ("з жодзінскага СІЗА ў Магілёў": from Zhodzina to Mahiliou)
            after = re.match(r"\s*,?\s*(?:in|at|near|в|во|у|ў|под|пад)\s+", text[end : end + 12])
            next_town = by_start.get(end + after.end()) if after else None
            if next_town and (before is None or next_town[1] == before[1]):
                end, town = next_town
            # or the town in the genitive: "ИВС Гомеля", "ізалятар Пінска", "IVS of Homiel"
            genitive = re.match(r"[ \u00a0]+(?:of\s+)?", text[end : end + 6])
            if town is None and before is None and genitive and end + genitive.end() in by_start:
                end, town = by_start[end + genitive.end()]
            if town is None and before is not None:
                start, town = before
            if town is None and number is None:
                # "Hrodna Prison No. 1" handled above; a bare kind word is not a place
                continue
            if kind == "temporary" and town is None and number is None:
                continue
            k, n, t, ref_key = resolve(kind, number, town, country)
            taken.append((start, end))
            found.append(FacilityMention(start, end, text[start:end], k, n, t, ref_key))
    for rx, key in _SETTLEMENTS:
        for m in re.finditer(rx, text):
            p = places.get(key)
            if p and not any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                found.append(
                    FacilityMention(m.start(), m.end(), m.group(0), p.kind, p.number, p.town, key)
                )
    # kind words after a named place ("Akrestsina detention centre") are the same place
    found.sort(key=lambda f: f.start)
    return found
