"""Per-country reference data (criminal-code articles, places of detention, towns).

Each country is a folder under ``data/`` holding ``country.json``, ``articles.csv``,
``places_of_detention.csv`` and ``towns.csv``; adding a country needs no code change.
Framework-free: the registry loads these into its tables, extraction reads them directly.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files(__package__))) / "data"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: dict[str, str]
    criminal_code: dict[str, str]
    inchoate_articles: dict[str, str]


@dataclass(frozen=True, slots=True)
class Article:
    country: str
    number: str
    part: int | None
    label_en: str
    label_ru: str
    label_be: str
    source: str
    verification: str


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    key: str  # stable id within the country, e.g. "prison-4", "ik-15", "sizo-1"
    kind: str  # pretrial | prison | penal_colony | open_facility | temporary
    number: int | None
    town: str  # Latin (Belarusian national system), as in towns.csv
    district: str
    title_en: str
    regime: str
    address: str
    address_cyrillic: str
    notes: str
    source: str
    verification: str
    also_prison: bool = False


@dataclass(frozen=True, slots=True)
class Town:
    country: str
    name: str
    be: str
    ru: str
    latin_variants: tuple[str, ...] = field(default=())

    def all_names(self) -> tuple[str, ...]:
        return (self.name, self.be, self.ru, *self.latin_variants)


@cache
def countries() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in DATA_DIR.iterdir() if (p / "country.json").exists()))


def _rows(country: str, name: str) -> list[dict[str, str]]:
    with (DATA_DIR / country / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def country(code: str) -> Country:
    data = json.loads((DATA_DIR / code / "country.json").read_text(encoding="utf-8"))
    return Country(data["code"], data["name"], data["criminal_code"], data["inchoate_articles"])


@cache
def articles(code: str) -> tuple[Article, ...]:
    return tuple(
        Article(
            code,
            r["number"],
            int(r["part"]) if r["part"] else None,
            r["label_en"],
            r["label_ru"],
            r["label_be"],
            r["source"],
            r["verification"],
        )
        for r in _rows(code, "articles.csv")
    )


@cache
def places(code: str) -> tuple[Place, ...]:
    return tuple(
        Place(
            code,
            r["key"],
            r["kind"],
            int(r["number"]) if r["number"] else None,
            r["town"],
            r["district"],
            r["title_en"],
            r["regime"],
            r["address"],
            r["address_cyrillic"],
            r["notes"],
            r["source"],
            r["verification"],
            r["also_prison"] == "yes",
        )
        for r in _rows(code, "places_of_detention.csv")
    )


@cache
def towns(code: str) -> tuple[Town, ...]:
    return tuple(
        Town(
            code, r["town"], r["be"], r["ru"], tuple(v for v in r["latin_variants"].split(";") if v)
        )
        for r in _rows(code, "towns.csv")
    )
