"""Declined names → nominative ("Людмилу Ковалёву" → "Людмила Ковалёва").

Given names are looked up in a table of their declined forms, generated from the nominatives
of the given-name classes (Belarusian by rule, Russian by pymorphy3 lexemes plus the same
rules). The given name (or patronymic) proposes (gender, case) hypotheses; surname suffix rules
say which hypothesis the surname fits, so "Александра Кашпуля" is read as the genitive of a
man's name and "Александра Кашпуль" as a woman's nominative. Without a given name, only
unambiguous surname endings (-скую, -скага, -овой …) are reduced.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from nezabudka.names.given import all_classes
from nezabudka.names.translit import CYRILLIC_RE, detect_cyrillic_language

Hyp = tuple[str, str]  # (gender "m"/"f", case "nom"/"gen"/"dat"/"acc"/"ins"/"loc")
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_VELAR = "гкх"
_SIBIL = "жшчщцр"
_WORD = re.compile(r"[\u0400-\u04ff'’ʼ-]+")


# Belarusian dative/locative of -а names soften the stem's last consonant: Лізавета → Лізавеце
# (extraction/lexicon.py keeps a copy so that it loads without this package)
BE_DATIVE_SOFTENING = {"г": "з", "к": "ц", "х": "с", "т": "ц", "д": "дз"}
_FLEETING = {
    "павел": ("паўл", "павл"),
    "пётр": ("пятр", "петр"),
    "павал": ("паўл", "павл"),
    "зміцер": ("змітр", "змітр"),
}


def _decline(nom: str, gender: str, be: bool) -> dict[str, set[str]]:
    """Rule-based singular forms of a given name (both languages share most endings)."""
    w = nom.lower()
    f: dict[str, set[str]] = {c: set() for c in CASES}
    f["nom"].add(w)
    if w in _FLEETING:
        # Павел → Паўла/Павла, Пётр → Пятра/Петра: the stem loses its vowel.
        st = _FLEETING[w][0 if be else 1]
        f["gen"].add(st + "а")
        f["acc"].add(st + "а")
        f["dat"].add(st + "у")
        f["ins"].add(st + ("ам" if be else "ом"))
        f["loc"] |= {st + "е", st + "у"}
        return f
    last, stem = w[-1], w[:-1]
    if gender == "m" and last == "о":
        # Пятро → Пятра, Пятру, Пятром: a man's name in -о declines as a consonant stem
        f["gen"].add(stem + "а")
        f["acc"].add(stem + "а")
        f["dat"].add(stem + "у")
        f["ins"] |= {stem + "ом", stem + "ам"}
        f["loc"] |= {stem + "е", stem + "у"}
        return f
    if last == "а":
        c = stem[-1:] if stem else ""
        f["gen"].add(
            stem
            + ("і" if be and c in _VELAR else "ы" if be else "и" if c in _VELAR + "жшчщ" else "ы")
        )
        if be:
            pal = BE_DATIVE_SOFTENING  # Лізавеце, Лідзе
            f["dat"].add(
                stem + "ы" if c in _SIBIL else stem[:-1] + pal[c] + "е" if c in pal else stem + "е"
            )
            if c == "к":  # Вераніка → Вераніцы beside Вераніцэ
                f["dat"] |= {stem[:-1] + "цы", stem[:-1] + "цэ"}
            f["ins"] |= {stem + "ай", stem + "аю"}
        else:
            f["dat"].add(stem + "е")
            f["ins"] |= {stem + "ой", stem + "ою", stem + "ей"}
        f["loc"] |= f["dat"]
        f["acc"].add(stem + "у")
    elif last == "я":
        f["gen"].add(stem + ("і" if be else "и"))
        f["dat"].add(stem + ("і" if be else "и" if stem.endswith("и") else "е"))
        f["acc"].add(stem + "ю")
        f["ins"] |= {stem + "яй", stem + "яю"} if be else {stem + "ей", stem + "ею"}
        f["loc"] |= f["dat"]
    elif gender == "m" and last in "йь":
        f["gen"].add(stem + "я")
        f["acc"].add(stem + "я")
        f["dat"].add(stem + "ю")
        f["ins"].add(stem + "ем")
        f["loc"].add(stem + ("ю" if be else "и" if stem.endswith("и") else "е"))
    elif gender == "m" and last == "ў":
        f["gen"].add(stem + "ва")
        f["acc"].add(stem + "ва")
        f["dat"].add(stem + "ву")
        f["ins"].add(stem + "вам")
        f["loc"].add(stem + "ве")
    elif gender == "m":
        soft = last in _SIBIL
        f["gen"].add(w + "а")
        f["acc"].add(w + "а")
        f["dat"].add(w + "у")
        f["ins"].add(w + ("ам" if be else "ем" if soft else "ом"))
        f["loc"] |= {w + "е", w + "у"} if be else {w + "е"}
    return f


@cache
def _given_forms() -> dict[str, list[tuple[str, str, str]]]:
    """declined form (lower) -> [(nominative, gender, case)]."""
    morph = _morph()
    table: dict[str, list[tuple[str, str, str]]] = {}
    cases_ru = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins",
                "loct": "loc"}  # fmt: skip

    def put(form: str, nom: str, g: str, case: str) -> None:
        entry = (nom, g, case)
        lst = table.setdefault(form.lower().replace("ё", "е"), [])
        if entry not in lst:
            lst.append(entry)

    gender_ru = {"m": "masc", "f": "femn"}
    for cls in all_classes():
        # Every Cyrillic spelling declines (Анджей → Анджея, Наста → Насту, Софья → Софью);
        # the nominatives come first so they win for forms shared with a diminutive.
        cyr = [cls.be, cls.ru, *sorted(f for f in cls.forms if CYRILLIC_RE.search(f))]
        for nom in cyr:
            if " " in nom:
                continue
            be = detect_cyrillic_language(nom) != "ru" and nom != cls.ru
            for case, forms in _decline(nom, cls.gender, be).items():
                for form in forms:
                    put(form, nom, cls.gender, case)
        for p in morph.parse(cls.ru):
            tag = p.tag
            if "Name" in tag and tag.case == "nomn" and tag.gender == gender_ru[cls.gender]:
                for lx in p.lexeme:
                    if lx.tag.number == "sing" and lx.tag.case in cases_ru:
                        put(lx.word, cls.ru, cls.gender, cases_ru[str(lx.tag.case)])
                break
    return table


@cache
def _morph() -> Any:
    import pymorphy3  # loaded lazily: ~0.1 s and 15 MB

    return pymorphy3.MorphAnalyzer()


# Patronymic endings: suffix -> (nominative suffix, gender, case).
_PATR_RULES: list[tuple[str, str, str, str]] = [
    ("ічам", "іч", "m", "ins"), ("ічу", "іч", "m", "dat"), ("іча", "іч", "m", "gen"),
    ("іча", "іч", "m", "acc"), ("ічы", "іч", "m", "loc"),
    ("ичем", "ич", "m", "ins"), ("ичу", "ич", "m", "dat"), ("ича", "ич", "m", "gen"),
    ("ича", "ич", "m", "acc"), ("иче", "ич", "m", "loc"),
    ("ўну", "ўна", "f", "acc"), ("ўны", "ўна", "f", "gen"), ("ўне", "ўна", "f", "dat"),
    ("ўнай", "ўна", "f", "ins"),
    ("вну", "вна", "f", "acc"), ("вны", "вна", "f", "gen"), ("вне", "вна", "f", "dat"),
    ("вной", "вна", "f", "ins"),
    ("ичну", "ична", "f", "acc"), ("ичны", "ична", "f", "gen"), ("ичне", "ична", "f", "dat"),
    ("ичной", "ична", "f", "ins"), ("ічну", "ічна", "f", "acc"), ("ічны", "ічна", "f", "gen"),
]  # fmt: skip
_PATR_NOM = re.compile(r"(?:[ао]в[іи]ч|[еэ]в[іи]ч|[ао]ўна|[еэ]ўна|[ое]вна|[іи]чна)$")

# Surname endings by (gender, case): (declined suffix, nominative suffix).
_SUR_RULES: dict[Hyp, list[tuple[str, str]]] = {
    ("m", "gen"): [("скага", "скі"), ("цкага", "цкі"), ("ского", "ский"), ("цкого", "цкий"),
                   ("ага", "ы"), ("ого", "ой"), ("ава", "аў"), ("ова", "ов"), ("ева", "ев"),
                   ("ёва", "ёв"), ("ева", "еў"), ("ова", "оў"), ("ына", "ын"), ("іна", "ін"),
                   ("йца", "яц"),
                   ("ина", "ин"), ("ея", "ей"), ("ая", "ай"), ("нца", "нец"), ("льца", "лец"), ("вца", "вец"),
                   ("аўя", "авей"), ("уя", "уй"), ("оя", "ой"),  # Рамана Зуя → Зуй
                   ("я", "ь"), ("а", ""), ("кі", "ка"), ("гі", "га"), ("хі", "ха"), ("ки", "ка"),
                   ("ы", "а"), ("і", "я")],  # Міколы Шабуні → Шабуня
    ("m", "dat"): [("енку", "енка"), ("энку", "энка"), ("скаму", "скі"), ("цкаму", "цкі"), ("скому", "ский"), ("цкому", "цкий"),
                   ("аму", "ы"), ("ому", "ый"), ("ему", "ий"), ("аву", "аў"), ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"),
                   ("ыну", "ын"), ("іну", "ін"), ("ину", "ин"), ("ею", "ей"), ("нцу", "нец"), ("вцу", "вец"),
                   ("йцу", "яц"), ("аўю", "авей"), ("аю", "ай"), ("ую", "уй"), ("ою", "ой"), ("ю", "ь"),
                   ("у", "")],
    ("m", "ins"): [("енкам", "енка"), ("энкам", "энка"), ("скім", "скі"), ("ским", "ский"), ("цкім", "цкі"), ("цким", "цкий"),
                   ("авым", "аў"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("ыным", "ын"),
                   ("іным", "ін"), ("иным", "ин"), ("ым", "ый"), ("еем", "ей"), ("нцом", "нец"), ("нцам", "нец"), ("вцом", "вец"),
                   ("чем", "ч"), ("шем", "ш"), ("жем", "ж"), ("щем", "щ"),
                   # Belarusian -ей/-ель with a changed stem: Салаўём → Салавей, Кісялём → Кісель
                   ("аўём", "авей"), ("ялём", "ель"), ("лём", "ль"),
                   ("аем", "ай"), ("уем", "уй"), ("ем", "ь"), ("ам", ""),
                   ("ом", "")],
    ("m", "loc"): [("скім", "скі"), ("ском", "ский"), ("аве", "аў"), ("ове", "ов"), ("еве", "ев"),
                   ("іне", "ін"), ("ине", "ин"), ("ю", "ь"), ("е", ""), ("у", "")],
    ("f", "gen"): [("скай", "ская"), ("цкай", "цкая"), ("ской", "ская"), ("цкой", "цкая"),
                   ("авай", "ава"), ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"),
                   ("ёвай", "ёва"), ("евай", "ева"), ("овай", "ова"),
                   ("інай", "іна"), ("иной", "ина"), ("ынай", "ына"), ("ыной", "ына"),
                   ("ай", "ая"), ("ой", "ая"), ("кі", "ка"), ("ки", "ка"), ("ы", "а"), ("і", "а")],
    ("f", "acc"): [("скую", "ская"), ("цкую", "цкая"), ("ую", "ая"), ("аву", "ава"), ("ову", "ова"),
                   ("еву", "ева"), ("ёву", "ёва"), ("іну", "іна"), ("ину", "ина"), ("ыну", "ына"),
                   ("у", "а")],
    ("f", "ins"): [("скай", "ская"), ("ской", "ская"), ("цкай", "цкая"), ("цкой", "цкая"),
                   ("авай", "ава"), ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"),
                   ("ёвай", "ёва"), ("евай", "ева"), ("овай", "ова"),
                   ("інай", "іна"), ("иной", "ина"), ("ай", "а"), ("ой", "а"), ("аю", "а"),
                   ("ою", "а")],
}  # fmt: skip
# Accusative = genitive, except that men's surnames in -а (Бабарыка, Латушка) take -у.
_SUR_RULES[("m", "acc")] = [*_SUR_RULES[("m", "gen")][:-5], ("у", "а"), ("ю", "я")]
_SUR_RULES[("f", "dat")] = [*_SUR_RULES[("f", "gen")], ("це", "ка"), ("цы", "ка"), ("е", "а")]
_SUR_RULES[("f", "loc")] = _SUR_RULES[("f", "dat")]
# Endings that only a declined surname has: reduced even without a given name.
_UNAMBIGUOUS: list[tuple[str, str]] = [
    ("скую", "ская"), ("цкую", "цкая"), ("скага", "скі"), ("цкага", "цкі"), ("ского", "ский"),
    ("цкого", "цкий"), ("скаму", "скі"), ("скому", "ский"), ("цкаму", "цкі"), ("цкому", "цкий"),
    ("овой", "ова"), ("евой", "ева"), ("авай", "ава"), ("ёвой", "ёва"), ("ёвай", "ёва"), ("иной", "ина"),
    ("інай", "іна"), ("ову", "ова"), ("еву", "ева"), ("аву", "ава"), ("ёву", "ёва"),
]  # fmt: skip
_ADJECTIVAL = _UNAMBIGUOUS[:10]  # "-скага", "-цкому", "-скую": one nominative whatever the case
_FLEETING_SURNAME = re.compile(r"([бвгджзмпт])к$")
_FLEETING_N = re.compile(r"([оё]н)к$")
_VOWEL_END = re.compile(r"[аяоеёэуюыіи]$")
_FEM_NOM = re.compile(r"(?:а|ая|яя)$")


def _match_case(src: str, out: str) -> str:
    if src.isupper() and len(src) > 1:
        return out.upper()
    return out[:1].upper() + out[1:] if src[:1].isupper() else out


# A Belarusian man's dative in -у/-ю after a consonant cluster or л/ш/н ("Раману Дзейку",
# "Сямёну Лукшу", "Андрэю Ляшчэню"): surnames in -ка/-ла/-ша/-ня (Дзейка, Шыла, Лукша,
# Ляшчэня) are far more common there than Дзеек-like fleeting vowels or final -л/-ш/-нь; but
# -онку/-ёнку is the dative of -онак/-ёнак (Мацюшонак, Кавалёнак).
_BE_DATIVE_OF_A = re.compile(r"(?:(?<![оё])[бвгджзйклмнпрстфхцчшўь]к|[лш])у$|ню$")
# A woman's surname does not end in -іча/-ича: "…Багушэвічу" is a man's dative, not her accusative.
_NOT_FEMININE = re.compile(r"[іи]ча$")


def _surname_options(word: str, hyp: Hyp, lang: str | None = None) -> list[tuple[str, float]]:
    """Nominatives the surname may have under ``hyp``, with a plausibility weight."""
    low = word.lower()
    gender, case = hyp
    if lang == "be" and hyp == ("m", "dat") and _BE_DATIVE_OF_A.search(low) and len(low) > 3:
        return [(low[:-1] + ("я" if low.endswith("ю") else "а"), 0.9)]
    if case == "nom":
        if gender == "f" and not _VOWEL_END.search(low):
            return [(low, 0.6)]  # consonant-final women's surnames do not decline
        if gender == "f" and low.endswith(("я", "у", "ю", "ы", "і")) and not low.endswith("ая"):
            return [(low, 0.1)]
        if (
            gender == "m"
            and _FEM_NOM.search(low)
            and re.search(r"(ав|ов|ев|ін|ин|ын|ск|цк)а$|ая$", low)
        ):
            return [(low, 0.1)]
        return [(low, 0.8)]
    out: list[tuple[str, float]] = []
    for suf, nom in _SUR_RULES.get(hyp, []):
        # a short stem only before -уй/-ой (Зуй, Гуй): other one-letter stems are no surname
        if low.endswith(suf) and len(low) - len(suf) >= (1 if nom in ("уй", "ой") else 2):
            stem = low[: len(low) - len(suf)]
            if suf == "я" and _VOWEL_END.search(stem):
                continue
            if suf in ("кі", "ки") and stem.endswith(("с", "ц")):
                continue  # Астроўскі, Дзяміцкі are nominatives, not genitives of -ска
            if (suf, nom) == ("і", "я") and stem.endswith(("к", "г", "х")):
                continue  # a man's -кі/-гі/-хі: the genitive of -ка/-га/-ха, above
            if nom == "ый" and lang == "be":
                nom = "ы"  # Belarusian adjectival surnames: Рудым → Руды
            w = 1.0 if len(suf) >= 3 else 0.9
            if gender == "f" and _NOT_FEMININE.search(stem + nom):
                w = 0.3
            out.append((stem + nom, w))
            break
    if gender == "f" and not _VOWEL_END.search(low):
        out.append((low, 0.6))
    if not out:
        out.append((low, 0.2 if _VOWEL_END.search(low) else 0.3))
    return out


def _patronymic_hyps(word: str) -> list[tuple[str, str, str]]:
    low = word.lower()
    if _PATR_NOM.search(low):
        return [(low, "f" if low.endswith("а") else "m", "nom")]
    return [(low[: len(low) - len(s)] + n, g, c) for s, n, g, c in _PATR_RULES if low.endswith(s)]


@lru_cache(maxsize=50_000)
def to_nominative(name: str, gender: str | None = None, lang: str | None = None) -> str:
    """Reduce a (possibly declined) Cyrillic full name to the nominative; Latin is unchanged.

    ``gender`` ("m"/"f"), when the context tells it, settles names whose forms both genders
    share ("Алеся" is a woman's nominative and the genitive of "Алесь"); readings of the other
    gender are dropped only if one of that gender remains. The name's own letters (і/ў, и/щ)
    tell its language; where they do not, ``lang`` ("be"/"ru"), the language of the text
    around the name, does ("Раманам Давыдзенкам" in Belarusian → "Раман Давыдзенка").
    """
    if not CYRILLIC_RE.search(name):
        return name
    words = _WORD.findall(name)
    if not words:
        return name
    table = _given_forms()
    lang = detect_cyrillic_language(name) or (lang if lang in ("be", "ru") else None)
    given_idx: dict[int, list[tuple[str, str, str]]] = {}
    patr_idx: dict[int, list[tuple[str, str, str]]] = {}
    for i, w in enumerate(words):
        key = w.lower().replace("ё", "е")
        if key in table:
            given_idx[i] = table[key]
        elif len(words) == 3 and (ph := _patronymic_hyps(w)):
            patr_idx[i] = ph
    others = [i for i in range(len(words)) if i not in given_idx and i not in patr_idx]
    hyps: set[Hyp] = {(g, c) for lst in given_idx.values() for _, g, c in lst}
    hyps |= {(g, c) for lst in patr_idx.values() for _, g, c in lst}
    if gender is not None and any(h[0] == gender for h in hyps):
        hyps = {h for h in hyps if h[0] == gender}
    result = [w.lower() for w in words]
    if hyps:
        best: tuple[float, Hyp] | None = None
        for hyp in sorted(hyps):
            s = 0.0
            for lst in (*given_idx.values(), *patr_idx.values()):
                s += 1.0 if any((g, c) == hyp for _, g, c in lst) else -1.0
            for i in others:
                s += max(w for _, w in _surname_options(words[i], hyp, lang))
            s += 0.05 if hyp[1] == "nom" else 0.0
            if best is None or s > best[0]:
                best = (s, hyp)
        assert best is not None
        hyp = best[1]
        for i, lst in (*given_idx.items(), *patr_idx.items()):
            match = [nom for nom, g, c in lst if (g, c) == hyp]
            if match:
                result[i] = _pick_lang(match, lang).lower()
        for i in others:
            low = words[i].lower()
            adjectival = next(
                (
                    low[: -len(suf)] + n
                    for suf, n in _ADJECTIVAL
                    if low.endswith(suf) and len(low) > len(suf) + 2
                ),
                None,
            )
            if adjectival is not None:
                # "Мікіту Шпакоўскаму": a given name's case may disagree with the surname's
                # (a dative written as the accusative), an adjectival ending cannot mislead
                result[i] = adjectival
                continue
            nom = max(_surname_options(words[i], hyp, lang), key=lambda t: t[1])[0]
            if hyp[0] == "m" and hyp[1] != "nom" and nom != words[i].lower():
                nom = _FLEETING_SURNAME.sub(r"\1ок", nom)  # Дедка → Дедок, Дзядка → Дзядок
                # Мацюшонку → Мацюшонак, Зуёнка → Зуёнок
                nom = _FLEETING_N.sub(r"\1ак" if lang == "be" else r"\1ок", nom)
                if lang == "be" and nom.endswith(("ов", "ев", "ёв")):
                    nom = nom[:-1] + "ў"  # Жураўлёва → Жураўлёў: Belarusian ends in -ў
            result[i] = nom
    else:
        for i in others:
            low = result[i]
            for suf, nom in _UNAMBIGUOUS:
                if low.endswith(suf) and len(low) > len(suf) + 2:
                    result[i] = low[: len(low) - len(suf)] + nom
                    break
    out = name
    for w, r in zip(words, result, strict=True):
        if r != w.lower():
            out = out.replace(w, _match_case(w, r), 1)
    return out


def _pick_lang(noms: list[str], lang: str | None) -> str:
    """Prefer the nominative in the text's language (Аляксандр vs Александр)."""
    if lang == "be":
        for n in noms:
            if detect_cyrillic_language(n) == "be":
                return n
    if lang == "ru":
        for n in noms:
            if detect_cyrillic_language(n) != "be":
                return n
    return noms[0]
