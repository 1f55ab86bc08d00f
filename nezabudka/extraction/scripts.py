"""Regular expressions restricted to one script: a Russian report never needs the English
alternatives of a pattern and vice versa, and trying them costs half the scanning time."""

from __future__ import annotations

import re

from nezabudka.extraction import scan

CYRILLIC = scan.compile(r"[а-яёіўА-ЯЁІЎ]")
NEVER = scan.compile(r"(?!x)x")


def is_cyrillic_lang(lang: str) -> bool:
    return lang in ("ru", "be")


def top_level_alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|' (not inside groups or character classes)."""
    parts: list[str] = []
    cur: list[str] = []
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def restrict(pattern: str, flags: int, cyrillic: bool) -> re.Pattern[str]:
    """The alternatives of ``pattern`` written in Cyrillic (or in Latin), compiled."""
    alts = [a for a in top_level_alternatives(pattern) if bool(CYRILLIC.search(a)) == cyrillic]
    return scan.compile("|".join(alts), flags) if alts else NEVER
