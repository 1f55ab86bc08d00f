"""Relative dates and what they count from: a count that restates a written date, the main
line a paragraph returns to, the event told just before."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import claims_of, has


def test_a_count_after_a_written_date_restates_it() -> None:
    # "4 сакавіка, праз тыдзень пасля вобшуку" is 4 March, so "праз два дні" counts from it
    text = (
        "Інжынера Зянона Карповіча затрымалі 4 сакавіка, праз тыдзень пасля вобшуку ў кватэры. "
        "Праз два дні яго этапавалі ў СІЗА № 8 у Жодзіне."
    )
    claims = claims_of(text, "be", "Зянон Карповіч", ref="2024-04-10")
    assert has(claims, kind="transferred", date="2024-03-06")
    text = (
        "Police detained Tomas Vidrik on 12 May, ten days after his flat was searched. "
        "Three days later he was moved to SIZO No. 1 in Minsk."
    )
    claims = claims_of(text, "en", "Tomas Vidrik", ref="2024-06-10")
    assert has(claims, kind="transferred", date="2024-05-15")


def test_a_paragraph_opening_with_a_count_returns_from_a_flashback() -> None:
    # the paragraph before went back to the arrest; "В тот же день" is the verdict's day
    text = (
        "Вчера Гомельский областной суд приговорил 52-летнего сварщика Игната Ровбу к 3 годам "
        "колонии общего режима.\n\n"
        "Игната задержали 14 ноября 2023 года, через неделю его уволили с завода.\n\n"
        "В тот же день суд Советского района оштрафовал его брата Тараса Ровбу на 30 базовых."
    )
    claims = claims_of(text, "ru", "Тарас Ровба", ref="2024-06-12")
    assert has(claims, kind="fined", date="2024-06-11")
    text = (
        "On 3 April a court in Brest sentenced Milana Sauchuk to two years in a colony. She has "
        "been held in SIZO No. 7 since her arrest on 20 December 2023.\n\n"
        "The next day a judge fined her neighbour Hleb Rusetski 40 base units."
    )
    claims = claims_of(text, "en", "Hleb Rusetski", ref="2024-04-10")
    assert has(claims, kind="fined", date="2024-04-04")


def test_a_digest_heading_or_a_dateline_is_no_story_of_its_own() -> None:
    # the day under a heading, and a dateline's day, are not the story's present
    text = (
        "Weekly digest: 4–10 March 2024\n\n"
        "Tuesday, 5 March 2024\n"
        "• In Pinsk, pensioner Lidziya Akulich was detained. A court fined her 20 base units "
        "the same day."
    )
    claims = claims_of(text, "en", "Lidziya Akulich", ref="2024-03-11")
    assert has(claims, kind="fined", date="2024-03-05")
    text = (
        "Слонім, 12 сакавіка. У панядзелак, 9 сакавіка, затрымалі слесара Рыгора Шэмета.\n\n"
        "Праз два дні суд аштрафаваў Рыгора на 25 базавых велічынь."
    )
    claims = claims_of(text, "be", "Рыгор Шэмет", ref="2026-03-12")
    assert has(claims, kind="fined", date="2026-03-11")


def test_a_count_counts_from_the_fact_told_just_before() -> None:
    # the detention has no written date of its own (it is the verdict's day): "Вечером" and
    # "на следующий день" count from it, not from the arrest told before
    text = (
        "3 апреля суд Ленинского района Бреста приговорил 40-летнего водителя Остапа Гринюка к "
        "2 годам колонии. Остапа задержали 11 января.\n\n"
        "В день оглашения приговора у здания суда задержали его сестру Злату Гринюк. "
        "На следующий день суд оштрафовал её на 25 базовых."
    )
    claims = claims_of(text, "ru", "Злата Гринюк", ref="2024-04-10")
    assert has(claims, kind="fined", date="2024-04-04")
    text = (
        "Arkadz Zhuk was detained in Babruisk on 7 May; on 9 May he was charged under Article "
        "342.\n\nHis brother Yahor Zhuk was detained together with him. Two days later a "
        "judge fined Yahor 30 base units."
    )
    claims = claims_of(text, "en", "Yahor Zhuk", ref="2024-06-01")
    assert has(claims, kind="fined", date="2024-05-09")


def test_the_same_judge_tells_the_day_of_that_judges_hearing() -> None:
    text = (
        "Ткачыху Марту Лабко затрымалі 2 чэрвеня. 3-га суддзя Алена Шыла арыштавала яе на "
        "15 сутак.\n\n"
        "Разам з ёй затрымалі яе суседа Кірыла Варанца. У той жа дзень тая самая суддзя "
        "аштрафавала яго на 20 базавых."
    )
    claims = claims_of(text, "be", "Кірыл Варанец", ref="2024-06-20")
    assert has(claims, kind="fined", date="2024-06-03")


def test_a_digest_item_counting_from_an_undated_fact_keeps_the_month() -> None:
    # the fine has no day; "Праз тры дні" cannot take its day from the item above it
    text = (
        "Агляд рэпрэсій: 6–12 мая 2024 года\n\n"
        "• Студэнтку Агату Русак затрымалі 7 мая ў Віцебску.\n"
        "• Кухара Лявона Гайдука аштрафавалі за рэпост. Праз тры дні яго звольнілі з кавярні."
    )
    claims = claims_of(text, "be", "Лявон Гайдук", ref="2024-05-13")
    assert has(claims, kind="dismissed", date="2024-05")
    # under a heading with one day the item is of that day, and so is what it counts from
    text = (
        "Weekly digest: 6–12 May 2024\n\n"
        "8 May 2024\n"
        "• Cook Lavon Haiduk was detained over a repost. The next day he was fired from the cafe."
    )
    claims = claims_of(text, "en", "Lavon Haiduk", ref="2024-05-13")
    assert has(claims, kind="dismissed", date="2024-05-09")


def test_a_fact_told_after_that_is_so_long_before_the_written_date() -> None:
    text = (
        "11 марта с молочного комбината уволили технолога Ирину Садовничую — через две недели "
        "после того, как суд оштрафовал её на 40 базовых величин за репост."
    )
    claims = claims_of(text, "ru", "Ирина Садовничая", ref="2024-03-20")
    assert has(claims, kind="dismissed", date="2024-03-11")
    assert has(claims, kind="fined", date="2024-02-26")
    text = (
        "Librarian Nadzeya Vasilevich was dismissed on 20 May, ten days after a court fined "
        "her 25 base units for a comment."
    )
    claims = claims_of(text, "en", "Nadzeya Vasilevich", ref="2024-06-01")
    assert has(claims, kind="fined", date="2024-05-10")


def test_a_count_from_an_appeal_hearing() -> None:
    """ "two days after the appeal hearing" once raised StopIteration: "hearing", the last
    word, names no event; the appeal is the event."""
    from nezabudka.extraction import extract
    from nezabudka.extraction.relative_dates import _event_kind

    assert _event_kind("the appeal hearing") == "appeal"
    out = extract(
        "On 3 March 2024 a court sentenced Ivan Harbuz to three years in a colony. Two days "
        "after the appeal hearing Ivan Harbuz was sent to the punishment cell.",
        "en",
        reference_date="2024-06-01",
    )
    assert [p["name"] for p in out["people"]] == ["Ivan Harbuz"]


@pytest.mark.parametrize("index", range(16))
def test_every_anaphoric_wording_holds_one_of_its_words(index: int) -> None:
    """A report is scanned for a wording only when it holds one of the wording's words: a
    wording matched without any of them would be skipped (0 is "the following year")."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from nezabudka.extraction import relative_dates as R
    from nezabudka.extraction import scan

    pattern, words = (
        (R._FOLLOWING, R._FOLLOWING_WORDS)
        if index == 0
        else (R._ANAPHORIC[index - 1][0], R._ANAPHORIC[index - 1][2])
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(scan.plain(pattern), fullmatch=True))
    def check(sample: str) -> None:
        if pattern.fullmatch(sample):
            assert any(w in sample.casefold() for w in words), sample

    check()
