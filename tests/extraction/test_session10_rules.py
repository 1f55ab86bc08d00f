"""Rules added in session 10 from the errors on batches 27-29 and a new date census over all 341
scored gold reports: Belarusian -енка surnames in the dative and instrumental, nominative
-скі surnames after a given name that is also a genitive, "both" over a person and his
relative, a status word between conjoined names, "два дня спустя" and "летом прошлого года"."""

from __future__ import annotations

import pytest

from nezabudka.extraction.dates import find_dates
from nezabudka.extraction.nominative import to_nominative as extraction_nominative
from nezabudka.names import to_nominative
from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("declined", "lang", "nominative"),
    [
        # Belarusian men's -енка surnames decline: Давыдзенкі, Давыдзенку, Давыдзенкам
        ("Раманам Давыдзенкам", "be", "Раман Давыдзенка"),
        ("Раману Давыдзенку", "be", "Раман Давыдзенка"),
        ("Раману Шаўчэнку", "be", "Раман Шаўчэнка"),
        # "Юры" is a nominative and the genitive of "Юра"; "Астроўскі" only a nominative
        ("Юры Астроўскі", "be", "Юры Астроўскі"),
        ("Юры Дзяміцкі", "be", "Юры Дзяміцкі"),
        # a man's name in -о declines as a consonant stem; the text's language picks it
        ("Пятру Шылу", "be", "Пятро Шыл"),
    ],
)
def test_belarusian_declined_names(declined: str, lang: str, nominative: str) -> None:
    assert to_nominative(declined, lang=lang) == nominative


def test_the_names_own_letters_outweigh_the_text_language() -> None:
    # "Івана" is Belarusian by its letters even when the caller says Russian
    assert extraction_nominative("Івана", "Пятрова", "ru") == ("Іван", "Пятроў")
    # a -ёнак surname keeps its fleeting vowel in the genitive
    assert extraction_nominative("Андрэя", "Кавалёнка", "be") == ("Андрэй", "Кавалёнак")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Два дня спустя пенсионер получил 2 года.", "ru", (2, "day", 1)),
        ("Тры тыдні пазней яго этапавалі.", "be", (3, "week", 1)),
        ("Неделю раньше его уволили.", "ru", None),  # no number: not read
        ("Два месяца раньше его уволили.", "ru", (2, "month", -1)),
    ],
)
def test_postposed_relative_dates(text: str, lang: str, expected: tuple | None) -> None:
    rels = [d.relative for d in find_dates(text) if d.relative is not None]
    if expected is None:
        assert rels == []
    else:
        assert [(r.amount, r.unit, r.direction) for r in rels] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Политзаключённым его признали ещё летом прошлого года.",
        "He was recognised as a political prisoner in the summer of last year.",
        "Палітвязнем яго прызналі восенню мінулага года.",
    ],
)
def test_a_season_of_last_year_is_that_year(text: str) -> None:
    dates = find_dates(text, 2024, 5)
    assert [(d.date.year, d.date.month) for d in dates if d.date] == [(2023, None)]


def test_a_sentence_after_an_anchor_uses_the_postposed_relative_date() -> None:
    text = (
        "12.01.2026 суд приговорил Ирину Ковальчук к 1 году ограничения свободы. "
        "Два дня спустя пенсионер из Лиды Аркадий Новик получил 2 года «домашней химии»."
    )
    found = claims_of(text, "ru", "Аркадий Новик", ref="2026-02-02")
    assert has(found, kind="sentenced", date="2026-01-14")


def test_both_takes_a_relative_joined_by_and() -> None:
    text = (
        "Суд абвясціў прысуд кіроўцу Пятру Шылу і яго 24-гадоваму сыну Максіму Шылу. "
        "Абодвух абвінавачвалі ў абразе прэзідэнта (арт. 368 КК).\n\n"
        "Дзяржаўная абвінаўца Ганна Вяргейчык прасіла для бацькі 5 гадоў."
    )
    son = claims_of(text, "be", "Максім Шыл")
    assert has(son, kind="charged", article="368")
    prosecutor = claims_of(text, "be", "Ганна Вяргейчык")
    assert not has(prosecutor, kind="charged")


def test_a_status_word_between_conjoined_names() -> None:
    text = (
        "27 лістапада па памілаванні вызваленыя палітвязніца Ларыса Шапавал і палітвязні "
        "Яўген Цярэшка і Васіль Кур'яновіч."
    )
    for name in ("Ларыса Шапавал", "Яўген Цярэшка", "Васіль Кур'яновіч"):
        assert has(
            claims_of(text, "be", name, ref="2024-12-02"), kind="released", date="2024-11-27"
        )
