"""Resolve how spreadsheets name a place of detention ("IK-15", "Penal colony No. 9",
"СИЗО-1 Минск", "Mogilev prison", "prison-4") to a reference place."""

from __future__ import annotations

import re

from nezabudka.reference import Place, places, towns

_KIND_WORDS: list[tuple[str, str]] = [
    (
        r"open (?:correctional )?facility|khimiya|himiya|химия|хімія|иуот|іуат|ок|ok",
        "open_facility",
    ),
    (r"sizo|сизо|сізо|pre-?trial(?: detention)?(?: cent(?:er|re)| facility| prison)?", "pretrial"),
    (r"penal colony|colony|ik|ик|ік|калонія|колония|исправительная колония", "penal_colony"),
    (r"prison|тюрьма|турма|высокобезопасная тюрьма", "prison"),
    (r"akrestsina|окрестина|акрэсціна|цип|ivs|ивс|temporary", "temporary"),
]


def _town_of(text: str, country: str) -> str | None:
    low = text.casefold()
    for town in towns(country):
        for name in town.all_names():
            stem = name.casefold()[:-1] if len(name) > 5 else name.casefold()
            if name and re.search(rf"(?<!\w){re.escape(stem)}", low):
                return town.name
    return None


def resolve_place(text: str, country: str = "by") -> Place | None:
    """The reference place a text names, or None when it names none (or is ambiguous)."""
    s = " ".join(text.replace("№", "No.").split()).casefold()
    known = places(country)
    for p in known:
        if s == p.key:
            return p
    kind = next(
        (k for pattern, k in _KIND_WORDS if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", s)), None
    )
    number_m = re.search(r"(?:no\.?|n|#|-|\s)\s*(\d{1,3})\b", s)
    number = int(number_m.group(1)) if number_m else None
    town = _town_of(text, country)
    candidates = [
        p
        for p in known
        if (kind is None or p.kind == kind or (kind == "prison" and p.also_prison))
        and (number is None or p.number == number)
        and (town is None or p.town == town or town in p.district)
    ]
    if kind is None and number is None:
        return None
    return candidates[0] if len(candidates) == 1 else None
