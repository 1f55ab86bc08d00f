import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.core.articles import ArticleError, ArticleRef, parse_article, parse_article_list


@pytest.mark.parametrize(
    "text,canonical",
    [
        ("361-1", "361-1"),
        ("Part 1 of Art. 342", "342 p.1"),
        ("342 part 1", "342 p.1"),
        ("ч. 1 ст. 342", "342 p.1"),
        ("ст. 342 ч. 1", "342 p.1"),
        ("ч.1 ст.342 УК РБ", "342 p.1"),
        ("арт. 342", "342"),
        ("Art 356", "356"),
        ("13+293", "13+293"),
        ("Art. 14 + Part 1 of Art. 342", "14+342 p.1"),
        ("Part 2 of Art. 293", "293 p.2"),
    ],
)
def test_spellings(text, canonical):
    assert parse_article(text).canonical() == canonical


def test_preparation_and_attempt_come_from_the_country_pack():
    assert parse_article("13+293").inchoate == "preparation"
    assert parse_article("14+342").inchoate == "attempt"
    with pytest.raises(ArticleError, match="not a preparation/attempt"):
        parse_article("15+293")


@pytest.mark.parametrize("text", ["abc", "342.1", "3422", "", "part of art", "1+2+3", "+", "УК"])
def test_malformed(text):
    with pytest.raises(ArticleError):
        parse_article(text)


def test_list_cell():
    refs = parse_article_list("361-1; Part 1 of Art. 342")
    assert [r.canonical() for r in refs] == ["361-1", "342 p.1"]


@given(
    st.integers(1, 999),
    st.one_of(st.none(), st.integers(1, 9)),
    st.one_of(st.none(), st.integers(1, 9)),
    st.sampled_from([None, "13", "14"]),
)
def test_canonical_and_label_round_trip(number, sub, part, inchoate):
    num = f"{number}" + (f"-{sub}" if sub else "")
    ref = ArticleRef(
        num, part, {"13": "preparation", "14": "attempt"}.get(inchoate or ""), inchoate
    )
    assert parse_article(ref.canonical()) == ref
    assert parse_article(ref.label()) == ref


@given(st.text(max_size=25))
def test_only_article_errors(text):
    with contextlib.suppress(ArticleError):
        parse_article(text)
