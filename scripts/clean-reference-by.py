#!/usr/bin/env python3
"""One-off: clean the raw Belarus reference tables into the files the app loads.
Run from nezabudka/reference/data/by/. See SOURCES.md there."""

import csv
import re
from pathlib import Path

src = "raw/criminal_code_by.csv"
out = []
for r in csv.DictReader(Path(src).read_text(encoding="utf-8").splitlines()):
    art = r["article"].strip()
    p = r["part_or_combination"].strip()
    if "do not use" in r["verification"] or "+" in art:
        continue  # unverified, or a preparation/attempt combination (the parser builds those)
    m = re.match(r"Part (\d+)", p)
    part = m.group(1) if m else ""
    label = r["en_label_viasna"].strip()
    if label.startswith("(not"):
        label = ""
    ru = re.sub(r"\s*\(.*?\)\s*$", "", r["ru_title"].strip())
    be = re.sub(r"\s*\(short label\)\s*$", "", r["be_title"].strip())
    out.append(
        dict(
            number=art,
            part=part,
            label_en=label,
            label_ru=ru,
            label_be=be,
            source=r["sources"].strip(),
            verification=r["verification"].strip(),
        )
    )
# General-part articles that combine with others (preparation / attempt).
GENERAL_PART_NOTE = "general-part article; wording not checked against the official text"
GENERAL_PART_SOURCE = "Criminal Code of the Republic of Belarus (1999) general part"
out += [
    dict(
        number="13",
        part="",
        label_en="Preparation for a crime (general part; combined as 'Art. 13 + Art. N')",
        label_ru="Приготовление к преступлению",
        label_be="Падрыхтоўка да злачынства",
        source=GENERAL_PART_SOURCE,
        verification=GENERAL_PART_NOTE,
    ),
    dict(
        number="14",
        part="",
        label_en="Attempted crime (general part; combined as 'Art. 14 + Art. N')",
        label_ru="Покушение на преступление",
        label_be="Замах на злачынства",
        source=GENERAL_PART_SOURCE,
        verification=GENERAL_PART_NOTE,
    ),
]
with open("articles.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(out[0]))
    w.writeheader()
    w.writerows(out)
print(len(out), "articles")
KIND = {
    "SIZO": "pretrial",
    "SIZO/prison": "pretrial",
    "Prison": "prison",
    "IK": "penal_colony",
    "Open facility (khimiya)": "open_facility",
}
REG = {
    "IK": "",
    "Prison": "prison",
    "SIZO": "",
    "SIZO/prison": "prison",
    "Open facility (khimiya)": "open_facility",
}
places = []
for r in csv.DictReader(
    Path("raw/places_of_detention_by.csv").read_text(encoding="utf-8").splitlines()
):
    t = r["type"].strip()
    num = r["number"].strip()
    if t not in KIND or not num.isdigit():
        continue
    town = r["town"].strip()
    district = ""
    m = re.match(r"(.*?) \((.*)\)$", town)
    if m:
        town, district = m.group(1), m.group(2)
    note = r["regime_or_role"].strip().lower()
    regime = REG[t]
    for word, val in (
        ("enhanced", "enhanced"),
        ("strict", "strict"),
        ("special", "special"),
        ("general", "general"),
    ):
        if note.startswith(word) or f"{word} regime" in note or f"{word}-security" in note:
            regime = val
            break
    addr = r["address_as_listed_by_viasna"].strip()
    if addr.startswith("NOT FOUND"):
        addr = ""
    key = (
        {"pretrial": "sizo", "prison": "prison", "penal_colony": "ik", "open_facility": "ik-open"}[
            KIND[t]
        ]
        + "-"
        + num
    )
    if KIND[t] == "open_facility":
        key = "ok-" + num
    places.append(
        dict(
            key=key,
            kind=KIND[t],
            number=num,
            town=town,
            district=district,
            title_en=r["title_en_viasna"].strip()
            if not r["title_en_viasna"].startswith("(not")
            else "",
            also_prison="yes" if t == "SIZO/prison" else "",
            regime=regime,
            address=addr,
            address_cyrillic=r["cyrillic_or_other_address_seen"].strip()
            if re.search("[А-Яа-я]", r["cyrillic_or_other_address_seen"])
            else "",
            notes=r["regime_or_role"].strip(),
            source=r["sources"].strip(),
            verification=r["verification"].strip(),
        )
    )
# Named in the source list without an address; kept so custody can point at them.
places.append(
    dict(
        key="kgb-sizo-minsk",
        kind="pretrial",
        number="",
        town="Minsk",
        district="",
        title_en="KGB pre-trial detention centre (Amerikanka)",
        also_prison="",
        regime="",
        address="",
        address_cyrillic="",
        notes="named in the source list; address not verified",
        source="-",
        verification="unverified",
    )
)
places.append(
    dict(
        key="akrestsina-minsk",
        kind="temporary",
        number="",
        town="Minsk",
        district="",
        title_en="Akrestsina temporary detention centre (TsIP/IVS)",
        also_prison="",
        regime="",
        address="",
        address_cyrillic="",
        notes="named in the source list; address not verified",
        source="-",
        verification="unverified",
    )
)
for p in places:
    if p["key"] == "ik-13":
        p["title_en"] = "Penal colony No. 13"
with open("places_of_detention.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(places[0]))
    w.writeheader()
    w.writerows(places)
print(len(places), "places")
