"""Romanization of Belarusian and Russian Cyrillic into the systems in ``data/``.

Russian systems are driven directly by ``romanization_ru.csv`` plus the context rules in
``romanization_ru_context_rules.csv``. Belarusian systems need rules the CSV states in prose
(iotated vowels, soft-sign digraphs, hard/soft л in Łacinka), so they are encoded here and
the tests check them against every row of ``romanization_be.csv``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD_RE = re.compile(r"[\u0400-\u04ff'’ʼ]+")
_APOSTROPHES = "'’ʼ"

BE_ONLY = set("іўІЎ")
RU_ONLY = set("ищъИЩЪ")

# System id -> human description. The Russian ids map to CSV column headers below.
SYSTEMS: dict[str, str] = {
    "be_national_2007": "Belarusian national system (Instruction 2000/2007; UN 2012)",
    "be_national_2023": "Belarusian national system, 2023 revision (Goskomimushchestvo No.19)",
    "be_passport": "Belarusian passport practice (ICAO 9303 with г→h, ў→u)",
    "be_bgn": "BGN/PCGN 1979 Belarusian",
    "be_icu": "ICU Cyrillic-Latin (ISO 9-like, і→í)",
    "be_iso9": "GOST 7.79-2000 System A = ISO 9 (Belarusian)",
    "be_gost_b": "GOST 7.79-2000 System B (Belarusian)",
    "be_lacinka": "Belarusian Łacinka (classic Taraškievič/Stankievič conventions)",
    "be_belorthography": "belorthography LATIN",
    "ru_icao_2013": "ICAO Doc 9303 (Russian passports since 2014)",
    "ru_mvd_310": "MVD order 310 (Russian passports 1997-2010)",
    "ru_mvd_782": "MVD order 782 (Russian passports 2010-2014)",
    "ru_bgn": "BGN/PCGN 1947 Russian",
    "ru_iso9": "GOST 7.79-2000 System A = ISO 9:1995",
    "ru_gost_b": "GOST 7.79-2000 System B",
    "ru_alalc": "ALA-LC",
    "ru_ungegn": "UNGEGN 1987 (GOST 1983)",
    "ru_scientific": "Scientific transliteration",
    "ru_wikipedia": "Wikipedia (modified BGN/PCGN; English-media style)",
}

_RU_COLUMNS = {
    "ru_icao_2013": "ICAO Doc 9303 (RU passports since 2014)",
    "ru_mvd_310": "MVD 310 (RU passports 1997-2010)",
    "ru_mvd_782": "MVD 782 (RU passports 2010-2014)",
    "ru_bgn": "BGN/PCGN 1947",
    "ru_iso9": "GOST 7.79-2000 System A = ISO 9:1995",
    "ru_gost_b": "GOST 7.79-2000 System B",
    "ru_alalc": "ALA-LC",
    "ru_ungegn": "UNGEGN 1987 (GOST 1983)",
    "ru_scientific": "Scientific",
    "ru_wikipedia": "Wikipedia (modified BGN/PCGN; English-media style)",
}


def data_path(name: str) -> str:
    return str(resources.files("nezabudka.names") / "data" / name)


def read_csv(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def detect_script(text: str) -> str:
    """Return "cyrillic", "latin", "mixed" or "none" for the letters in ``text``."""
    cyr = bool(CYRILLIC_RE.search(text))
    lat = bool(LATIN_RE.search(text))
    if cyr and lat:
        return "mixed"
    if cyr:
        return "cyrillic"
    return "latin" if lat else "none"


def detect_cyrillic_language(text: str) -> str | None:
    """Return "be" if the text has і/ў/apostrophe-in-word, "ru" if и/щ/ъ, else None."""
    be = any(c in BE_ONLY for c in text) or bool(re.search(r"[\u0400-\u04ff]['’ʼ][еёюяі]", text))
    ru = any(c in RU_ONLY for c in text)
    if be and not ru:
        return "be"
    if ru and not be:
        return "ru"
    if be and ru:
        # Count evidence; ties are undecidable.
        nb = sum(c in BE_ONLY for c in text)
        nr = sum(c in RU_ONLY for c in text)
        return "be" if nb > nr else "ru" if nr > nb else None
    return None


# --------------------------------------------------------------------------- Belarusian


@dataclass(frozen=True)
class _BeSystem:
    base: dict[str, str]
    # iotated vowel -> (word-initial / after vowel, ў, apostrophe ; after consonant)
    iot: dict[str, tuple[str, str]]
    soft: dict[str, str] = field(default_factory=dict)  # consonant+ь -> digraph result
    soft_sign: str = ""  # ь elsewhere
    apostrophe: str = ""
    dzh: str = "dzh"
    after_vowel: dict[str, str] = field(default_factory=dict)  # passport: я after vowel
    after_y: dict[str, str] = field(default_factory=dict)  # passport: я after ы
    lacinka_l: bool = False


_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ы": "y", "э": "e", "і": "i",
}  # fmt: skip


def _be(**over: str) -> dict[str, str]:
    d = dict(_COMMON)
    d.update(over)
    return d


_NAT_SOFT = {"з": "ź", "л": "ĺ", "н": "ń", "с": "ś", "ц": "ć"}
_BE_SYSTEMS: dict[str, _BeSystem] = {
    "be_national_2007": _BeSystem(
        base=_be(г="h", ґ="g", ж="ž", й="j", ў="ŭ", х="ch", ц="c", ч="č", ш="š"),
        iot={"е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia")},
        soft=_NAT_SOFT,
        dzh="dž",
    ),
    "be_national_2023": _BeSystem(
        base=_be(г="g", ґ="g", ж="zh", й="j", ў="w", х="kh", ц="c", ч="ch", ш="sh"),
        iot={"е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia")},
    ),
    "be_passport": _BeSystem(
        base=_be(г="h", ґ="g", ж="zh", й="i", ў="u", х="kh", ц="ts", ч="ch", ш="sh"),
        iot={"е": ("ye", "e"), "ё": ("yo", "io"), "ю": ("yu", "iu"), "я": ("ya", "ia")},
        after_y={"я": "ia", "е": "e", "ю": "iu", "ё": "io"},
    ),
    "be_bgn": _BeSystem(
        base=_be(г="h", ґ="g", ж="zh", й="y", ў="w", х="kh", ц="ts", ч="ch", ш="sh"),
        iot={"е": ("ye", "ye"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya")},
        soft_sign="ʹ",
        apostrophe="'",
    ),
    "be_icu": _BeSystem(
        base=_be(г="g", ґ="g̀", ж="ž", й="j", ў="ŭ", х="h", ц="c", ч="č", ш="š", і="í", э="é"),
        iot={"е": ("e", "e"), "ё": ("ë", "ë"), "ю": ("û", "û"), "я": ("â", "â")},
        soft_sign="ʹ",
        apostrophe="'",
        dzh="dž",
    ),
    "be_iso9": _BeSystem(
        base=_be(г="g", ґ="ґ", ж="ž", й="j", ў="ŭ", х="h", ц="c", ч="č", ш="š", і="ì", э="è"),
        iot={"е": ("e", "e"), "ё": ("ë", "ë"), "ю": ("û", "û"), "я": ("â", "â")},
        soft_sign="´",
        apostrophe="'",
        dzh="dž",
    ),
    "be_gost_b": _BeSystem(
        base=_be(г="g", ґ="ґ", ж="zh", й="j", ў="u`", х="x", ц="c", ч="ch", ш="sh", ы="y`", э="e`"),
        iot={"е": ("e", "e"), "ё": ("yo", "yo"), "ю": ("yu", "yu"), "я": ("ya", "ya")},
        soft_sign="`",
        apostrophe="'",
    ),
    "be_lacinka": _BeSystem(
        base=_be(г="h", ґ="g", ж="ž", й="j", ў="ŭ", х="ch", ц="c", ч="č", ш="š", л="ł"),
        iot={"е": ("je", "ie"), "ё": ("jo", "io"), "ю": ("ju", "iu"), "я": ("ja", "ia")},
        soft={"з": "ź", "л": "l", "н": "ń", "с": "ś", "ц": "ć"},
        dzh="dž",
        lacinka_l=True,
    ),
    "be_belorthography": _BeSystem(
        base=_be(г="h", ґ="ґ", ж="ž", й="j", ў="ŭ", х="ch", ц="c", ч="č", ш="š", л="ł"),
        iot={"е": ("ie", "ie"), "ё": ("io", "io"), "ю": ("iu", "iu"), "я": ("ia", "ia")},
        dzh="dž",
    ),
}
# Russian letters met in Belarusian-system input (mixed texts): a stable, readable fallback.
_RU_FALLBACK = {"и": "i", "щ": "shch", "ъ": ""}
_VOWELS = set("аеёіоуыэюяи")
_IOTATED = set("еёюя")


def _recase(src: str, out: str, all_caps: bool) -> str:
    if not out or not src[:1].isupper():
        return out
    return out.upper() if all_caps else out[:1].upper() + out[1:]


def _be_word(word: str, sysm: _BeSystem) -> str:
    low = word.lower()
    caps = word.isupper() and sum(ch.isalpha() for ch in word) > 1
    out: list[str] = []
    i, n = 0, len(low)
    while i < n:
        c, src = low[i], word[i]
        nxt = low[i + 1] if i + 1 < n else ""
        prev = low[i - 1] if i > 0 else ""
        if c in _APOSTROPHES:
            out.append(sysm.apostrophe)
            i += 1
            continue
        if c == "д" and nxt == "ж":
            d, zh = sysm.base.get("д", "d"), sysm.base.get("ж", "zh")
            if sysm.dzh == d + zh:  # spelled letter by letter: each keeps its own case ("дЖ")
                out.append(_recase(src, d, caps) + _recase(word[i + 1], zh, caps))
            else:  # "ДЖа": both letters capital → both Latin letters too
                out.append(_recase(src, sysm.dzh, caps or word[i + 1].isupper()))
            i += 2
            continue
        if c == "ь":
            out.append(sysm.soft_sign)
            i += 1
            continue
        if c in _IOTATED:
            initial, soft = sysm.iot[c]
            if prev == "ы" and c in sysm.after_y:
                r = sysm.after_y[c]
            elif not prev or prev in _VOWELS or prev in "ў" or prev in _APOSTROPHES:
                r = initial
            elif sysm.lacinka_l and prev == "л":
                r = soft[1:]  # Łacinka: soft л is plain l, the vowel carries no j/i
            else:
                r = soft
            out.append(_recase(src, r, caps))
            i += 1
            continue
        if nxt == "ь" and c in sysm.soft:
            out.append(_recase(src, sysm.soft[c], caps))
            i += 2
            continue
        if sysm.lacinka_l and c == "л" and (nxt in _IOTATED or nxt in "іь"):
            out.append(_recase(src, "l", caps))
            i += 1
            continue
        base = sysm.base.get(c)
        out.append(_recase(src, base if base is not None else _RU_FALLBACK.get(c, c), caps))
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- Russian


@dataclass(frozen=True)
class _RuSystem:
    base: dict[str, str]
    prev: dict[str, str]  # "ае" -> latin for е after а; "е" -> word-initial е
    next: dict[str, str]  # "ье" -> latin for ь before е
    ending: dict[str, str]  # "ий" -> latin for word-final ий


@cache
def _ru_systems() -> dict[str, _RuSystem]:
    rows = read_csv("romanization_ru.csv")
    rules = read_csv("romanization_ru_context_rules.csv")
    systems: dict[str, _RuSystem] = {}
    for sid, col in _RU_COLUMNS.items():
        # BGN/PCGN writes ë, which the table stores as a Cyrillic ё.
        base = {r["letter"]: _nfc(r[col]).replace("ё", "ë") for r in rows}
        prev: dict[str, str] = {}
        nxt: dict[str, str] = {}
        end: dict[str, str] = {}
        for r in rules:
            if r["system"] != col:
                continue
            target = {"prev_mapping": prev, "next_mapping": nxt, "ending_mapping": end}
            target[r["rule_type"]][r["source_sequence"]] = _nfc(r["latin"]).replace("ё", "ë")
        systems[sid] = _RuSystem(base, prev, nxt, end)
    return systems


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _ru_word(word: str, sysm: _RuSystem) -> str:
    low = word.lower()
    caps = word.isupper() and sum(ch.isalpha() for ch in word) > 1
    out: list[str] = []
    i, n = 0, len(low)
    while i < n:
        c, src = low[i], word[i]
        if c in _APOSTROPHES:
            i += 1
            continue
        prev = low[i - 1] if i > 0 else ""
        nxt = low[i + 1] if i + 1 < n else ""
        tail = low[i:]
        if tail in sysm.ending:
            out.append(_recase(src, sysm.ending[tail], caps))
            break
        if c + nxt in sysm.next:
            r = sysm.next[c + nxt]
        elif prev and prev + c in sysm.prev:
            r = sysm.prev[prev + c]
        elif not prev and c in sysm.prev:
            r = sysm.prev[c]
        else:
            r = sysm.base.get(c, {"і": "i", "ў": "u"}.get(c, c))
        out.append(_recase(src, r, caps))
        i += 1
    return "".join(out)


def transliterate(text: str, system: str, lang: str = "be") -> str:
    """Romanize the Cyrillic words of ``text`` with ``system`` (see ``SYSTEMS``).

    ``lang`` is kept for callers that pass it; the system id already fixes the language.
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}")
    if system.startswith("be_"):
        bsys = _BE_SYSTEMS[system]
        return _WORD_RE.sub(lambda m: _be_word(m.group(0), bsys), text)
    rsys = _ru_systems()[system]
    return _WORD_RE.sub(lambda m: _ru_word(m.group(0), rsys), text)


def systems_for(lang: str) -> list[str]:
    return [s for s in SYSTEMS if s.startswith(lang + "_")]


REVERSIBLE = ("ru_iso9", "be_iso9")


@cache
def _reverse_table(system: str) -> dict[str, str]:
    if system == "ru_iso9":
        fwd = _ru_systems()[system].base
        letters = [k for k in fwd if len(k) == 1]
    elif system == "be_iso9":
        bsys = _BE_SYSTEMS[system]
        fwd = {**bsys.base, **{k: v[0] for k, v in bsys.iot.items()}, "ь": bsys.soft_sign}
        letters = list(fwd)
    else:
        raise ValueError(f"{system!r} is not reversible; use one of {REVERSIBLE}")
    return {fwd[c]: c for c in letters if fwd[c]}


def reverse_transliterate(text: str, system: str) -> str:
    """Cyrillic from an ISO 9 romanization (the only one-to-one systems in the tables)."""
    table = _reverse_table(system)
    out: list[str] = []
    for ch in _nfc(text):
        low = ch.lower()
        cyr = table.get(low)
        if cyr is None:
            out.append(ch)
        else:
            out.append(cyr.upper() if ch != low else cyr)
    return "".join(out)
