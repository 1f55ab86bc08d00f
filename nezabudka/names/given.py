"""Given names: equivalence classes across Belarusian, Russian, Latin, Polish, English forms.

A class is one name (Аляксандр = Александр = Aliaksandr = Alexander = Aleś = Саша …). Rows of
``given_names_be_ru.csv`` and ``given_names_extra.csv`` that share the Belarusian or Russian
nominative are merged. Lookup goes through :func:`fold`, so any transliteration of any form
is recognised without listing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from nezabudka.names.fold import fold
from nezabudka.names.translit import read_csv, systems_for, transliterate

_LATIN_COLS = (
    "latin_be_passport_style",
    "latin_be_national2007_style",
    "latin_be_bgn",
    "latin_ru_icao2013",
    "latin_ru_bgn",
    "latin_ru_wikipedia",
)


@dataclass(frozen=True)
class GivenName:
    cid: int
    gender: str  # "m" | "f"
    be: str
    ru: str
    forms: frozenset[str]  # every spelling from the tables (original case)


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.replace("/", ";").split(";") if p.strip()]


@cache
def _classes() -> tuple[list[GivenName], dict[str, frozenset[int]], dict[str, int]]:
    raw: list[tuple[str, str, str, list[str]]] = []
    for r in read_csv("given_names_be_ru.csv"):
        forms = [r["be"], r["ru"]]
        forms += _split(r["be_variants_diminutives"]) + _split(r["ru_diminutives"])
        forms += _split(r["english_forms"])
        forms += [r[c] for c in _LATIN_COLS if r[c]]
        raw.append((r["gender"], r["be"], r["ru"], forms))
    for r in read_csv("given_names_extra.csv"):
        raw.append((r["gender"], r["be"], r["ru"], [r["be"], r["ru"], *_split(r["forms"])]))

    # Union rows sharing a (gender, nominative): Мікола/Мікалай both → Николай.
    parent = list(range(len(raw)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, str], int] = {}
    for i, (g, be, ru, _) in enumerate(raw):
        for key in ((g, be.lower()), (g, ru.lower())):
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(raw)):
        groups.setdefault(find(i), []).append(i)

    classes: list[GivenName] = []
    by_fold: dict[str, set[int]] = {}
    by_nom: dict[str, int] = {}
    for members in groups.values():
        cid = len(classes)
        g, be, ru, _ = raw[members[0]]
        spellings: set[str] = set()
        for m in members:
            spellings.update(raw[m][3])
        for s in systems_for("be"):
            spellings.add(transliterate(be, s))
        for s in systems_for("ru"):
            spellings.add(transliterate(ru, s))
        classes.append(GivenName(cid, g, be, ru, frozenset(spellings)))
        for m in members:
            by_nom.setdefault(raw[m][1].lower(), cid)
            by_nom.setdefault(raw[m][2].lower(), cid)
        for f in spellings:
            k = fold(f)
            if k:
                by_fold.setdefault(k, set()).add(cid)
    frozen = {k: frozenset(v) for k, v in by_fold.items()}
    return classes, frozen, by_nom


def all_classes() -> list[GivenName]:
    return _classes()[0]


@lru_cache(maxsize=100_000)
def given_classes(token: str) -> frozenset[int]:
    """Class ids a word may belong to (several for Саша, Валя, Жэня)."""
    return _classes()[1].get(fold(token), frozenset())


def is_given_name(token: str) -> bool:
    """True if ``token`` is a known given name or diminutive in any script or spelling."""
    return bool(given_classes(token))


def given_name_equivalents(token: str) -> set[str]:
    """All known spellings of the name(s) ``token`` belongs to, the token included."""
    out: set[str] = set()
    for cid in given_classes(token):
        out |= all_classes()[cid].forms
    return out | {token} if out else set()


def given_gender(token: str) -> str | None:
    genders = {all_classes()[c].gender for c in given_classes(token)}
    return genders.pop() if len(genders) == 1 else None


def class_for_nominative(word: str) -> GivenName | None:
    """The class whose Belarusian or Russian nominative is exactly ``word``."""
    cid = _classes()[2].get(word.lower())
    return None if cid is None else all_classes()[cid]
