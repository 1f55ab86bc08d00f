"""scan.compile's fast case-insensitive patterns find exactly what the plain patterns find."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import nezabudka.extraction  # compiles every extraction module's patterns
from nezabudka.extraction import scan
from nezabudka.extraction.scan import FastPattern


def _fast_patterns() -> list[FastPattern]:
    found: dict[int, FastPattern] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("nezabudka.extraction."):
            for value in vars(module).values():
                if isinstance(value, FastPattern):
                    found[id(value)] = value
    return list(found.values())


PATTERNS = _fast_patterns()
# Words the patterns look for, in any case, among filler: matches do occur in these texts.
WORDS = [
    "Суд",
    "приговорил",
    "в тот же день",
    "на следующий день",
    "2 марта 2024 года",
    "Вчера",
    "ЗАТРЫМАЛІ",
    "праз тыдзень",
    "учора",
    "у той жа дзень",
    "The Same Day",
    "a week later",
    "Yesterday",
    "sentenced",
    "to 3 years",
    "колонии",
    "ШИЗО",
    "ч. 1 ст. 342 УК",
    "Art. 361-1",
    "пяць гадоў",
    "Ivan Ivanou",
    "Ігар Лосік",
    ",",
    ".",
    "—",
    "\n",
    " ",
    "İ",
    "ß",
    "15",
]


def _plain(p: FastPattern) -> re.Pattern[str]:
    return re.compile(p.pattern, p.flags)


def test_the_modules_use_fast_patterns() -> None:
    assert len(PATTERNS) > 200


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.integers(0, 30))
def test_fast_patterns_match_like_plain_ones(words: list[str], pos: int) -> None:
    text = " ".join(words)
    for p in PATTERNS:
        plain = _plain(p)
        want = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
        assert [(m.span(), m.groups()) for m in p.finditer(text, pos)] == want, p.pattern
        a, b = p.search(text, pos), plain.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), p.pattern


def test_what_gets_a_fast_copy() -> None:
    assert isinstance(scan.compile(r"\bthe same day\b", re.I), FastPattern)
    assert not isinstance(scan.compile(r"\bthe same day\b"), FastPattern)  # no re.I: plain
    assert not isinstance(scan.compile(r"(\w)\1", re.I), FastPattern)  # a backreference
    assert not isinstance(scan.compile(r"(?-i:[А-Я])\w+", re.I), FastPattern)


def test_a_match_keeps_the_original_letters_and_group_names() -> None:
    p = scan.compile(r"(?P<Day>the same DAY)|\S+ day", re.I)
    m = p.search("x" * 200 + " On The Same Day he was")
    assert m is not None and m.group("Day") == "The Same Day"
    assert [m.group(0) for m in p.finditer("ONE DAY, the same day")] == ["ONE DAY", "the same day"]


def test_a_text_whose_lower_case_is_longer_is_scanned_plainly() -> None:
    p = scan.compile(r"суд", re.I)
    assert [m.span() for m in p.finditer("İİ СУД")] == [(3, 6)]


def test_extraction_modules_compile_through_scan() -> None:
    """A new rule's pattern compiled with re.compile would silently scan at the slow speed."""
    from pathlib import Path

    package = Path(nezabudka.extraction.__file__).parent
    exempt = {"scan.py", "evaluate.py", "llm.py", "ingest.py"}  # not on the extraction path
    offenders = [
        f"{f.name}:{n}"
        for f in sorted(package.glob("*.py"))
        if f.name not in exempt
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
        if "re.compile(" in line
    ]
    assert not offenders, f"use scan.compile instead of re.compile at {offenders}"
