import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate, PartialDateError, Precision, parse_optional


@st.composite
def partial_dates(draw):
    year = draw(st.integers(1900, 2100))
    precision = draw(st.sampled_from(list(Precision)))
    month = day = None
    if precision != Precision.YEAR:
        month = draw(st.integers(1, 12))
    if precision == Precision.DAY:
        day = draw(st.integers(1, 28))
    return PartialDate(year, month, day, draw(st.booleans()))


@given(partial_dates())
def test_text_round_trip(d):
    assert PartialDate.parse(d.iso()) == d


@given(partial_dates())
def test_storage_round_trip_keeps_precision(d):
    assert PartialDate.from_storage(d.earliest(), d.precision.value, d.approximate) == d
    assert d.earliest() <= d.latest()


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_dotted_and_iso_agree(day):
    assert PartialDate.parse(day.strftime("%d.%m.%Y")) == PartialDate.parse(day.isoformat())


def test_month_is_not_padded_into_a_day():
    d = PartialDate.parse("2021-02")
    assert d.iso() == "2021-02" and d.day is None and d.precision == Precision.MONTH
    assert d.latest() == dt.date(2021, 2, 28)


@pytest.mark.parametrize("text", ["c. 2021", "2021~", "около 2021", "2021?"])
def test_approximate_forms(text):
    assert PartialDate.parse(text) == PartialDate(2021, approximate=True)


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("2021-02-30", "has no day 30"),
        ("2021-13", "month 13"),
        ("yesterday", "cannot read"),
        ("31.04.2022", "has no day 31"),
        ("0999", "out of range"),
    ],
)
def test_impossible_dates_are_explained(text, fragment):
    with pytest.raises(PartialDateError, match=fragment):
        PartialDate.parse(text)


@given(st.text(max_size=30))
def test_parse_never_crashes_with_anything_but_its_error(text):
    with contextlib.suppress(PartialDateError):
        parse_optional(text)
