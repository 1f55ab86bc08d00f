"""Expected spellings of a full name: both languages, every system, common name orders.

Belarusian ↔ Russian surname forms are produced by letter correspondences (і/и, ў/в, э/е,
ц/т and дз/д before soft vowels, -скі/-ский) plus the akanne guess of an о in the first
syllable (Калеснікава → Колесникова). The guess can be wrong; these are *expected* spellings
for display and search, stored as "generated", never as sources.
"""

from __future__ import annotations

import re

from nezabudka.names.given import all_classes, given_classes
from nezabudka.names.morph import to_nominative
from nezabudka.names.parse import split_name
from nezabudka.names.translit import (
    CYRILLIC_RE,
    detect_cyrillic_language,
    systems_for,
    transliterate,
)

_SOFT = "еёюяіь"
_MAIN_SYSTEMS = (
    "be_passport", "be_national_2007", "be_national_2023", "be_bgn", "be_lacinka",
    "ru_icao_2013", "ru_mvd_310", "ru_bgn", "ru_wikipedia", "ru_gost_b",
)  # fmt: skip


def _keep_case(src: str, forms: set[str]) -> set[str]:
    if src[:1].isupper():
        return {f[:1].upper() + f[1:] for f in forms}
    return forms


def be_to_ru_surname(word: str) -> set[str]:
    """Likely Russian spellings of a Belarusian Cyrillic surname."""
    return _keep_case(word, _be_to_ru(word.lower()))


def ru_to_be_surname(word: str) -> set[str]:
    """Likely Belarusian spellings of a Russian Cyrillic surname."""
    return _keep_case(word, _ru_to_be(word.lower()))


def _be_to_ru(w: str) -> set[str]:
    w = re.sub(r"ск[іi]$", "ский", w)
    w = re.sub(r"цк[іi]$", "цкий", w)
    w = re.sub(r"ы$", "ый", w)
    w = re.sub(r"ц(?=[еёюяіь])", "т", w)
    w = re.sub(r"дз(?=[еёюяіь])", "д", w)
    w = re.sub(r"(?<=[бвгдзклмнпрстфхцчшж])я(?=[^аеёіоуыэюя]*[аеёіоуыэюя])", "е", w, count=1)
    w = w.replace("ў", "в").replace("э", "е").replace("'", "ь")
    w = re.sub(r"(?<=[жшчрц])і", "и", w).replace("і", "и")
    w = re.sub(r"(?<=[жшчц])ы", "и", w)
    out = {w, w.replace("ь", "")} if w.endswith("ь") and "ль" not in w[-2:] else {w}
    # Akanne: Belarusian а in the first syllable is often a Russian о (Калеснікава/Колесникова).
    m = re.match(r"^([^аеёиоуыэюя]*)а", w)
    if m:
        out.add(w[: m.end() - 1] + "о" + w[m.end() :])
    out |= {re.sub(r"ава$", "ова", o) for o in out} | {re.sub(r"ав$", "ов", o) for o in out}
    return {o for o in out if o}


def _ru_to_be(w: str) -> set[str]:
    w = re.sub(r"ский$", "скі", w)
    w = re.sub(r"цкий$", "цкі", w)
    w = re.sub(r"ый$", "ы", w)
    w = re.sub(r"ов$|ов(?=ск)", "оў", w)
    w = re.sub(r"ев$|ев(?=ск)", "еў", w)
    w = re.sub(r"(?<=[жшчрц])и", "ы", w).replace("и", "і").replace("щ", "шч").replace("ъ", "'")
    w = re.sub(r"т(?=[еёюяіь])", "ц", w)
    w = re.sub(r"д(?=[еёюяіь])", "дз", w)
    return {w, w.replace("о", "а")}


def _given_forms(token: str, lang: str | None) -> tuple[set[str], set[str]]:
    """(Belarusian Cyrillic forms, Russian Cyrillic forms) of a given name, plus Latin extras."""
    be: set[str] = set()
    ru: set[str] = set()
    for cid in given_classes(token):
        cls = all_classes()[cid]
        be.add(cls.be)
        ru.add(cls.ru)
    if not be:
        (be if lang != "ru" else ru).add(token)
    return be, ru


def variants(name: str) -> set[str]:
    """Expected spellings of ``name`` (Cyrillic and Latin, both languages, three orders)."""
    nom = to_nominative(name)
    p = split_name(nom)
    if not p.surname:
        return {name}
    out: set[str] = {name, nom}
    lang = detect_cyrillic_language(nom) if CYRILLIC_RE.search(nom) else None
    if not CYRILLIC_RE.search(nom):
        return out | _latin_orders(p.given, p.surname) | _latin_given_variants(p.given, p.surname)
    g_be, g_ru = _given_forms(p.given, lang) if p.given else (set(), set())
    if lang == "ru":
        s_ru, s_be = {p.surname}, ru_to_be_surname(p.surname)
    else:
        s_be, s_ru = {p.surname}, be_to_ru_surname(p.surname)
    cyr_be = [(g, s) for g in (g_be or {""}) for s in s_be]
    cyr_ru = [(g, s) for g in (g_ru or {""}) for s in s_ru]
    for g, s in cyr_be + cyr_ru:
        out.add(f"{g} {s}".strip())
    for sysid in _MAIN_SYSTEMS:
        pairs = cyr_be if sysid.startswith("be_") else cyr_ru
        for g, s in pairs:
            lat_g = transliterate(g, sysid) if g else ""
            lat_s = transliterate(s, sysid)
            out |= _latin_orders(lat_g, lat_s)
    if p.given:
        # English/Polish forms of the given name with passport/English-media surnames.
        for s in s_be:
            out |= _latin_given_variants(p.given, transliterate(s, "be_passport"))
        for s in s_ru:
            out |= _latin_given_variants(p.given, transliterate(s, "ru_wikipedia"))
    return {v for v in out if v}


def _latin_orders(given: str | None, surname: str) -> set[str]:
    if not given:
        return {surname}
    return {f"{given} {surname}", f"{surname.upper()} {given}", f"{surname}, {given}"}


def _latin_given_variants(given: str | None, surname: str) -> set[str]:
    if not given:
        return set()
    out: set[str] = set()
    for cid in given_classes(given):
        for f in all_classes()[cid].forms:
            if not CYRILLIC_RE.search(f):
                out.add(f"{f} {surname}")
    return out


__all__ = ["be_to_ru_surname", "ru_to_be_surname", "systems_for", "variants"]
