"""One surname per family in a report.

Relatives named in one report share a surname, and the report usually gives it once in the
nominative ("Вероника Лученок"). A relative named only in an oblique case can be reduced wrongly
("Геннадию Лученку" → "Лученк", "братам Паўлу і Андрэю Лукшам" → "Лукшам"), and then the two
names do not meet. Here the form most of the family supports wins, when the wrongly reduced
name is a case form of it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from nezabudka.extraction import lexicon, scan
from nezabudka.extraction.lexicon import norm

# endings a surname takes in the oblique cases, singular and plural (Бурак-у, Лукш-ам, Ковальск-ага)
_CASE_ENDINGS = frozenset(
    ("", "а", "я", "у", "ю", "е", "ы", "і", "и", "ам", "ям", "ом", "ем", "ой", "ай", "ою", "аю",
     "ым", "ім", "им", "ых", "іх", "их", "аў", "ов", "ах", "ях", "амі", "ами", "ага", "ого", "аму",
     "ому", "ую", "ая", "ае", "ое")
)  # fmt: skip
_FLEETING = scan.compile(r"[бвгджзлмнпрстфхцчшў][аоеё]к$")  # Лученок → Лученк-а
_MIN_STEM = 4


class _Person(Protocol):
    name: str
    given: str | None
    surname: str | None
    official: bool

    @property
    def gender(self) -> str | None: ...


# (feminine ending, masculine Russian, masculine Belarusian)
_GENDERED = (
    ("ская", "ский", "скі"),
    ("цкая", "цкий", "цкі"),
    ("ова", "ов", "оў"),
    ("ава", "ав", "аў"),
    ("ева", "ев", "еў"),
    ("ёва", "ёв", "ёў"),
    ("ина", "ин", "ин"),
    ("іна", "ін", "ін"),
    ("ына", "ын", "ын"),
)


def _male_form(surname: str, gender: str | None, be: bool) -> str:
    if gender == "f":
        for fem, ru, by in _GENDERED:
            if surname.endswith(fem):
                return surname[: -len(fem)] + (by if be else ru)
    return surname


def _gendered(male: str, gender: str | None) -> str:
    if gender == "f":
        for fem, ru, by in _GENDERED:
            for masc in (by, ru):
                if male.endswith(masc):
                    return male[: -len(masc)] + fem
    return male


def _stems(nominative: str) -> set[str]:
    low = norm(nominative)
    stems = {low}
    if low[-1:] in "аяьйы":
        stems.add(low[:-1])
    if low.endswith(("скі", "цкі", "ский", "цкий", "ская", "цкая")):
        stems.add(low[: low.rindex("к") + 1])
    if _FLEETING.search(low):
        stems.add(low[:-2] + "к")
    return {s for s in stems if len(s) >= _MIN_STEM}


def _declines_from(raw: str, nominative: str) -> bool:
    low = norm(raw)
    return any(low.startswith(s) and low[len(s) :] in _CASE_ENDINGS for s in _stems(nominative))


def share_family_surnames(
    people: Sequence[_Person], raw_surnames: dict[int, set[str]], attested: set[int], be: bool
) -> None:
    """Give each person whose surname was read only from oblique cases the family's form.

    ``raw_surnames[i]``: the surnames of person i as written; ``attested``: the people named at
    least once with given name and surname in the nominative (those names are not changed).
    """
    male: dict[int, str] = {}
    for i, p in enumerate(people):
        if p.surname and not p.official and i in raw_surnames:
            male[i] = _male_form(p.surname, p.gender, be)
    support: dict[str, int] = {}
    for i, m in male.items():
        support[norm(m)] = support.get(norm(m), 0) + (2 if i in attested else 1)
    for i, m in male.items():
        if i in attested:
            continue
        p = people[i]
        own = support[norm(m)]
        best = _best_family_form(p, raw_surnames[i], male, support, own)
        if best is not None and p.given:
            p.surname = _gendered(best, p.gender)
            p.name = f"{p.given} {p.surname}"


def _best_family_form(
    p: _Person, raws: Iterable[str], male: dict[int, str], support: dict[str, int], own: int
) -> str | None:
    best: tuple[int, str] | None = None
    for m in set(male.values()):
        if support[norm(m)] <= own:
            continue
        form = _gendered(m, p.gender)
        if norm(form) == norm(p.surname or "") or not all(_declines_from(r, form) for r in raws):
            continue
        if best is None or support[norm(m)] > best[0]:
            best = (support[norm(m)], m)
    return best[1] if best else None


def merge_spelling_variants(people: list[Any], mentions: Sequence[Any]) -> None:
    """One person spelled two ways in Latin script ("Aliaksei Zhaunerovich, also written Alexei
    Zhavnerovich", "Tatsiana Rudkouskaya"/"Tatyana Rudkovskaya") is one person: the names
    library's comparison is confident, and the first spelling is kept."""
    latin = [i for i, p in enumerate(people) if p.given and p.surname and not _CYR.search(p.name)]
    same: dict[int, int] = {}
    for k, i in enumerate(latin):
        for j in latin[k + 1 :]:
            a, b = norm(people[i].surname), norm(people[j].surname)
            if j in same or a[:1] != b[:1] or abs(len(a) - len(b)) > 3:
                continue
            from nezabudka.names import compare  # loaded only for such a pair

            # a given name both spellings share ("Paval"/"Pavel") lets a looser match count
            bar = (
                _SAME_SPELLING_SAME_GIVEN if people[i].groups & people[j].groups else _SAME_SPELLING
            )
            if compare(people[i].name, people[j].name) >= bar:
                same[j] = same.get(i, i)
    if same:
        _merge_into(people, mentions, lambda i: same.get(i, i))


def merge_bracketed_spellings(text: str, people: list[Any], mentions: Sequence[Any]) -> None:
    """ "Dzianis Harbachou (Denis Gorbachev)": a full name in brackets right after another is
    the same person's other spelling, however far the two spellings are apart."""
    full = sorted((m for m in mentions if m.kind == "full"), key=lambda m: m.start)
    same: dict[int, int] = {}
    for a, b in itertools.pairwise(full):
        if (
            a.person < b.person
            and _BRACKETED.fullmatch(text, a.end, b.start)
            and text.startswith(")", b.end)
        ):
            same[b.person] = same.get(a.person, a.person)
    if same:
        _merge_into(people, mentions, lambda i: same.get(i, i))


_BRACKETED = scan.compile(r"\s*\(\s*")
# "Яўген Пятровіч", "Виктор Иванович", "Ольга Николаевна": a given name and a patronymic
_PATRONYMIC_ENDING = scan.compile(r"(?:ов|ев|ав|эв|оў|еў|аў)(?:ич|іч|на)$|(?:ов|ев|ав|эв)на$", re.I)


def _father_name(word: str) -> bool:
    """Whether ``word`` is a patronymic of a known given name ("Пятровіч" of "Пятро",
    "Андреевич" of "Андрей", "Николаевна" of "Николай")."""
    m = _PATRONYMIC_ENDING.search(word)
    if m is None:
        return False
    stem = word[: m.start()]
    return any(lexicon.given_name(stem + end) for end in ("", "о", "а", "й", "я"))


def merge_patronymic_address(people: list[Any], mentions: Sequence[Any]) -> None:
    """ "Памяці Яўгена Рудкоўскага … Яўген Пятровіч усё жыццё адпрацаваў інжынерам": a given
    name with a patronymic, after the full name of someone with that given name, is the same
    person addressed with respect, not a new surname."""
    same: dict[int, int] = {}
    for j, p in enumerate(people):
        if not (p.given and p.surname and _father_name(p.surname)):
            continue
        if p.surname.lower().endswith("на") != (p.gender == "f"):
            continue  # "Ганна Лукашэвіч": a woman's "-віч" is her surname, never a patronymic
        earlier = [
            i
            for i, q in enumerate(people[:j])
            if q.given
            and q.surname
            and norm(q.given) == norm(p.given)
            and not _father_name(q.surname)
        ]
        if len(earlier) == 1:
            same[j] = earlier[0]
    if same:
        _merge_into(people, mentions, lambda i: same.get(i, i))


_CYR = scan.compile(r"[а-яёіўА-ЯЁІЎ]")
_SAME_SPELLING = 0.95
_SAME_SPELLING_SAME_GIVEN = 0.8


def _merge_into(people: list[Any], mentions: Sequence[Any], target: Any) -> None:
    """Fold each person into ``target(i)`` (an index not after ``i``), renumbering mentions."""
    remap: dict[int, int] = {}
    keep: list[Any] = []
    for i, p in enumerate(people):
        t = target(i)
        if t != i:
            kept = keep[remap[t]]
            kept.groups |= p.groups
            kept.official = kept.official or p.official
            remap[i] = remap[t]
        else:
            remap[i] = len(keep)
            keep.append(p)
    for m in mentions:
        m.person = remap[m.person]
    people[:] = keep


def merge_same_names(people: list[Any], mentions: Sequence[Any]) -> None:
    """People whose names became one ("Аляксею Бандарэнку" read as "Бандарэнк", then given the
    family's "Бандарэнка" beside a nominative "Аляксей Бандарэнка") are one person."""
    first: dict[str, int] = {}
    target = {i: first.setdefault(norm(p.name), i) for i, p in enumerate(people)}
    if any(t != i for i, t in target.items()):
        _merge_into(people, mentions, target.__getitem__)
