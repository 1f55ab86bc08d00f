import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.core.sentences import Sentence, SentenceError, parse_sentence
from nezabudka.core.vocab import Regime


@pytest.mark.parametrize(
    "text,years,months,fine,regime",
    [
        ("4 1/2 years", 4, 6, False, None),
        ("6 years and a fine", 6, 0, True, None),
        ("3 years 6 months", 3, 6, False, None),
        ("2.5 years of open facility", 2, 6, False, Regime.OPEN_FACILITY),
        ("15 years in high security prison", 15, 0, False, Regime.PRISON),
        ("5 лет колонии усиленного режима", 5, 0, False, Regime.ENHANCED),
        ("1 год 6 месяцев", 1, 6, False, None),
        ("18 months", 1, 6, False, None),
    ],
)
def test_spellings(text, years, months, fine, regime):
    s = parse_sentence(text)
    assert (s.years, s.months, s.fine, s.regime) == (years, months, fine, regime)


@pytest.mark.parametrize("text", ["", "a long time", "1/5 years"])
def test_unreadable(text):
    with pytest.raises(SentenceError):
        parse_sentence(text)


@given(
    st.integers(0, 30),
    st.integers(0, 11),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from([r for r in Regime if r != Regime.FINE])),
)
def test_text_round_trip(years, months, fine, regime):
    s = Sentence(years, months, fine, None, regime)
    if not (years or months or fine or regime):
        return
    assert parse_sentence(s.text()) == s
