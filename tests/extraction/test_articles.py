"""Articles by number and by description; robustness on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka import reference
from nezabudka.extraction.articles import find_articles

NUMBERS = sorted({a.number for a in reference.articles("by") if a.number not in ("13", "14")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under Part 1 of Article 342 of the Criminal Code", ["342"]),
        ("по ч. 1 ст. 342 УК", ["342"]),
        ("по статьям 130 и 342 УК", ["130", "342"]),
        ("па артыкуле 342 і артыкуле 361-1", ["342", "361-1"]),
        ("арт. 342", ["342"]),
        ("Art. 13 + 293", ["293"]),
        ("high treason", ["356"]),
        ("participation in an extremist formation", ["361-1"]),
        ("creation of an extremist entity or participation therein", ["361-1"]),
        ("illegal actions in relation to firearms, ammunition, and explosives", ["295"]),
        ("массовые беспорядки", ["293"]),
        ("за ўдзел у масавых беспарадках", ["293"]),
        ("по статье об оскорблении президента", ["368"]),
    ],
)
def test_known_forms(text: str, expected: list[str]) -> None:
    assert [a.number for a in find_articles(text)] == expected


def test_not_articles() -> None:
    assert find_articles("He spent 14 months in SIZO-6 and was born in 1975.") == []


@given(
    st.sampled_from(NUMBERS),
    st.integers(1, 4),
    st.sampled_from(
        [
            "Art. {n}",
            "Article {n}",
            "Part {p} of Article {n}",
            "ч. {p} ст. {n} УК",
            "ст. {n} УК РБ",
            "артыкула {n}",
            "статьи {n}",
            "Articles 130 and {n}",
        ]
    ),
)
def test_number_forms(number: str, part: int, template: str) -> None:
    text = "He was charged under " + template.format(n=number, p=part) + " last year."
    assert number in [a.number for a in find_articles(text)]


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    for a in find_articles(text):
        assert 0 <= a.start < a.end <= len(text)
        assert a.number
