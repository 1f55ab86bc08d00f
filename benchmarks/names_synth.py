"""Synthetic registries for the name benchmarks (deterministic, seeded).

* real people from ``data/names/real_people.csv`` with their real-world spellings from
  ``data/names/real_variants.csv``;
* their relatives: the same surname with other given names, in both genders' forms;
* filler people with Belarusian given names and generated Belarusian surnames drawn from a
  Zipf-like distribution (common surnames repeat, as in real registries);
* absent names: one-letter near-misses of real surnames (Кашпур for Кашпуль) and real
  people who are not in the registry.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from pathlib import Path

from nezabudka.names import fold, transliterate
from nezabudka.names.given import all_classes
from nezabudka.names.variants import be_to_ru_surname

DATA = Path(__file__).parent / "data" / "names"


@dataclass(frozen=True)
class RealPerson:
    key: str
    gender: str
    be: str
    passport: str
    variants: list[str]


@dataclass(frozen=True)
class Person:
    pid: int
    gender: str
    given_be: str
    surname_be: str
    real: str | None = None

    @property
    def be(self) -> str:
        return f"{self.given_be} {self.surname_be}"


def load_real() -> list[RealPerson]:
    """People from ``real_people.csv`` with their spellings from ``real_variants.csv``."""
    variants: dict[str, list[str]] = {}
    with open(DATA / "real_variants.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            variants.setdefault(r["key"], []).append(r["variant"])
    with open(DATA / "real_people.csv", encoding="utf-8", newline="") as fh:
        return [
            RealPerson(r["key"], r["gender"], r["be"], r["passport"], variants[r["key"]])
            for r in csv.DictReader(fh)
        ]


def load_absent() -> list[str]:
    lines = (DATA / "absent_names.txt").read_text(encoding="utf-8").splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


_GENDER_PAIRS = [("скі", "ская"), ("цкі", "цкая"), ("аў", "ава"), ("оў", "ова"), ("еў", "ева"),
                 ("ёў", "ёва"), ("ін", "іна"), ("ын", "ына"), ("ы", "ая")]  # fmt: skip


def other_gender(surname: str, gender: str) -> str:
    for m, f in _GENDER_PAIRS:
        if gender == "m" and surname.endswith(m):
            return surname[: -len(m)] + f
        if gender == "f" and surname.endswith(f):
            return surname[: -len(f)] + m
    return surname


_ONSETS = [
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
    "бр",
    "гр",
    "дз",
    "кр",
    "пр",
    "ст",
    "тр",
    "шч",
    "сл",
    "гл",
    "кл",
    "пл",
    "зм",
]
_NUCLEI = ["а", "о", "у", "ы", "і", "е", "я", "ю", "э"]
_CODAS = ["", "", "", "н", "р", "л", "с", "к", "ш", "ў", "м"]
_SUFFIXES = ["овіч", "евіч", "енка", "ук", "юк", "чык", "скі", "цкі", "аў", "оў", "еў", "ін",
             "ын", "ка", "ец", "ель", "ік", "ан", "ейка", "ыч", "ы", "онак", "енак", "ула", "ач"]  # fmt: skip


def _surname(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(_ONSETS) + rng.choice(_NUCLEI[:5]))
    s = "".join(parts) + rng.choice(_SUFFIXES)
    s = re.sub(r"([аоуыіеяюэ])([аоуыіеяюэ])", r"\1в\2", s)
    return s[:1].upper() + s[1:]


def surname_lexicon(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        out.add(_surname(rng))
    return sorted(out)


def given_names(gender: str) -> list[str]:
    return [c.be for c in all_classes() if c.gender == gender and " " not in c.be]


def make_registry(n: int, seed: int = 1, lexicon_size: int | None = None) -> list[Person]:
    """``n`` people: the real ones, 3 relatives each, the rest filler (Zipf surnames)."""
    rng = random.Random(seed)
    people: list[Person] = []
    real = load_real()
    for rp in real:
        g, s = rp.be.split(" ", 1)
        people.append(Person(len(people) + 1, rp.gender, g, s, rp.key))
    names = {"m": given_names("m"), "f": given_names("f")}
    for rp in real:
        g, s = rp.be.split(" ", 1)
        for gender in ("m", "f", rp.gender):
            given = rng.choice([x for x in names[gender] if x != g])
            sur = s if gender == rp.gender else other_gender(s, rp.gender)
            people.append(Person(len(people) + 1, gender, given, sur))
    lex = surname_lexicon(lexicon_size or max(1000, n // 6), seed + 1)
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(lex))]
    real_folds = {fold(p.surname_be) for p in people}
    while len(people) < n:
        gender = "m" if rng.random() < 0.6 else "f"
        sur = rng.choices(lex, weights)[0]
        if fold(sur) in real_folds:
            continue
        if gender == "f":
            sur = other_gender(sur, "m")
        people.append(Person(len(people) + 1, gender, rng.choice(names[gender]), sur))
    return people


def near_misses(real: list[RealPerson], registry_folds: set[str], seed: int = 3) -> list[str]:
    """One consonant of the surname changed, so that no registry surname folds the same."""
    rng = random.Random(seed)
    swaps = {"л": "р", "р": "л", "к": "г", "т": "д", "д": "т", "с": "з", "з": "с", "п": "б",
             "б": "п", "н": "м", "м": "н", "ч": "ш", "ш": "ч", "в": "ф", "ц": "ч", "х": "к"}  # fmt: skip
    out: list[str] = []
    for rp in real:
        g, s = rp.be.split(" ", 1)
        idx = [i for i, c in enumerate(s.lower()) if c in swaps and i > 0]
        rng.shuffle(idx)
        for i in idx:
            cand = s[:i] + swaps[s[i].lower()] + s[i + 1 :]
            if fold(cand) not in registry_folds and fold(cand) != fold(s):
                out.append(f"{g} {cand}")
                break
    return out


def forms_for(p: Person) -> list[str]:
    """About five stored forms per person: be/ru Cyrillic and three Latin systems."""
    cls = next((c for c in all_classes() if c.be == p.given_be), None)
    ru_given = cls.ru if cls else p.given_be
    ru_sur = sorted(be_to_ru_surname(p.surname_be))[0]
    return [
        p.be,
        f"{ru_given} {ru_sur}",
        transliterate(p.be, "be_passport"),
        transliterate(p.be, "be_national_2007"),
        transliterate(f"{ru_given} {ru_sur}", "ru_wikipedia"),
    ]
