"""Date finding: absolute dates in en/ru/be with their precision, relative dates, robustness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate
from nezabudka.extraction.dates import Relative, find_dates, parse_date, shift

EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
RU_LOC = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
BE_GEN = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "траўня",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
]
BE_LOC = [
    "студзені",
    "лютым",
    "сакавіку",
    "красавіку",
    "траўні",
    "чэрвені",
    "ліпені",
    "жніўні",
    "верасні",
    "кастрычніку",
    "лістападзе",
    "снежні",
]

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On October 2, 2020, he was arrested", "2020-10-02"),
        ("on 2 October 2020", "2020-10-02"),
        ("In February 2021, Aliaksandr was dismissed", "2021-02"),
        ("в ноябре 2023 года", "2023-11"),
        ("14 чэрвеня 2021 года", "2021-06-14"),
        ("у лістападзе 2021 года суд", "2021-11"),
        ("в 2022 году", "2022"),
        ("In early 2022, news", "2022"),
        ("02.10.2020", "2020-10-02"),
    ],
)
def test_absolute(text: str, iso: str) -> None:
    d = parse_date(text)
    assert d is not None and d.iso() == iso


def test_not_dates() -> None:
    for text in (
        "after the 2020 protests",
        "worked there for nearly 20 years",
        "Art. 342",
        "No. 2021",
    ):
        assert parse_date(text) is None, text


def test_relative() -> None:
    (m,) = find_dates("Marfa Rabkova was arrested two weeks before Chapiuk and")
    assert m.relative == Relative(2, "week", -1, "Chapiuk")
    (m,) = find_dates("Three days later she was charged")
    assert m.relative == Relative(3, "day", 1, None)
    (m,) = find_dates("The same day, police searched")
    assert m.relative == Relative(0, "day", 0, None)
    (m,) = find_dates("Через две недели ей предъявили обвинение")
    assert m.relative == Relative(2, "week", 1, None)
    assert find_dates("A few days before Kashpul was detained") == []  # too vague to compute


def test_shift_keeps_precision() -> None:
    assert shift(PartialDate(2020, 10, 2), Relative(2, "week", -1)) == PartialDate(2020, 9, 18)
    assert shift(PartialDate(2021, 9, 27), Relative(2, "month", 1)) == PartialDate(2021, 11)
    assert shift(PartialDate(2021, 9), Relative(3, "day", 1)) is None
    assert shift(PartialDate(2021), Relative(1, "year", -1)) == PartialDate(2020)


@given(dates)
def test_day_month_year_in_three_languages(d: dt.date) -> None:
    forms = [
        f"on {d.day} {EN[d.month - 1]} {d.year}",
        f"{EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {RU_GEN[d.month - 1]} {d.year} года",
        f"{d.day} {BE_GEN[d.month - 1]} {d.year} года",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ]
    for text in forms:
        assert parse_date(f"Он был задержан {text} в Минске.") == PartialDate.from_date(d), text


@given(dates)
def test_month_precision(d: dt.date) -> None:
    for text in (
        f"in {EN[d.month - 1]} {d.year}",
        f"в {RU_LOC[d.month - 1]} {d.year} года",
        f"у {BE_LOC[d.month - 1]} {d.year} года",
    ):
        got = parse_date(text)
        assert got == PartialDate(d.year, d.month), text


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    for m in find_dates(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.date is not None or m.relative is not None
