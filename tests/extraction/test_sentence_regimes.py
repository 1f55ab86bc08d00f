"""Sentence terms whose regime, date or length is told apart from the term itself."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("text", "lang", "name", "regime"),
    [
        # the regime in the next sentence
        (
            "The Viciebsk court jailed Pavel Kurylenka for five years. The judge ruled that he "
            "must serve the term in a strict-regime penal colony.",
            "en",
            "Pavel Kurylenka",
            "strict",
        ),
        (
            "Суддзя асудзіў Сымона Лябёдку на чатыры гады. Пакаранне — калонія ўзмоцненага рэжыму.",
            "be",
            "Сымон Лябёдка",
            "enhanced",
        ),
        # past an abbreviation ("Art. 342") in the same sentence
        (
            "Kiryl Zhuraukou got 3 years under Art. 342, likewise to be served under general regime.",
            "en",
            "Kiryl Zhuraukou",
            "general",
        ),
        # "the same regime" as the co-defendant's
        (
            "Maksim Radzeyeu was sentenced to seven years in an enhanced-regime colony. Yahor "
            "Bialou received five years in a colony of the same regime.",
            "en",
            "Yahor Bialou",
            "enhanced",
        ),
        # one regime for two terms told before it
        (
            "Судья дал Степану Ковалю 9 лет, Глебу Ковалю — 7, обоим в колонии строгого режима.",
            "ru",
            "Степан Коваль",
            "strict",
        ),
        # "the regime was strict"
        (
            "They gave Ales Turbin four years. Because of an earlier conviction, the regime was strict.",
            "en",
            "Ales Turbin",
            "strict",
        ),
    ],
)
def test_regime_told_apart_from_the_term(text: str, lang: str, name: str, regime: str) -> None:
    assert has(claims_of(text, lang, name), kind="sentenced", regime=regime)


def test_a_later_transfer_to_prison_is_no_regime_of_the_term() -> None:
    text = (
        "Ihar Lapko, who is serving six years, was moved to prison No. 8 in Zhodzina, where he "
        "will serve the rest of his term under the prison regime."
    )
    assert not has(claims_of(text, "en", "Ihar Lapko"), kind="sentenced", regime="prison")


def test_a_term_lowered_on_appeal_takes_the_hearing_date() -> None:
    # "знізіла тэрмін": the Belarusian "lowered"
    text = (
        "14 лютага Віцебскі абласны суд разгледзеў апеляцыйную скаргу Андрэя Камара. У снежні "
        "суд Оршы асудзіў яго да 4 гадоў калоніі агульнага рэжыму. Суддзя знізіла тэрмін да "
        "трох гадоў пазбаўлення волі."
    )
    claims = claims_of(text, "be", "Андрэй Камар", ref="2024-02-16")
    assert has(claims, kind="sentenced", years=3, date="2024-02-14")


def test_the_appeal_bench_dates_its_term_after_a_long_recap() -> None:
    text = (
        "3 сакавіка Брэсцкі абласны суд разгледзеў апеляцыйны пратэст па справе Паўла Лучака. "
        "Нагадаем, як усё было. Паўла затрымалі ў лістападзе. Ён утрымліваўся ў брэсцкай турме. "
        "Яго маці перадавала яму лісты. 10 студзеня суд Пінска прысудзіў яму 2 гады калоніі "
        "агульнага рэжыму. Пракурор палічыла прысуд мяккім. Калегія з ёй пагадзілася і "
        "павялічыла тэрмін да 3 гадоў."
    )
    claims = claims_of(text, "be", "Павел Лучак", ref="2024-03-05")
    assert has(claims, kind="sentenced", years=3, date="2024-03-03")


def test_an_upheld_term_keeps_the_first_verdicts_date() -> None:
    text = (
        "Last Thursday the Supreme Court examined the appeal of Mikhail Tsaruk. The eight-year "
        "term of Mikhail Tsaruk was left unchanged. On 3 October 2023 judge Ivan Kruk sentenced "
        "Tsaruk to eight years in an enhanced-regime colony."
    )
    claims = claims_of(text, "en", "Mikhail Tsaruk", ref="2024-01-20")
    terms = [c for c in claims if c["kind"] == "sentenced"]
    assert [c.get("date") for c in terms] == ["2023-10-03"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "Вчера суд Советского района Гомеля рассмотрел дело двух местных жителей. "
            "Председательствовал судья Олег Панов. Марине Гуцевич назначили 3 года колонии "
            "общего режима.",
            "ru",
            "Марина Гуцевич",
            "2024-05-13",
        ),
        (
            "On Monday a court in Lida heard the case of two local men. The prosecutor asked "
            "for five years. Viktar Dzeraunia received four years in a general-regime colony.",
            "en",
            "Viktar Dzeraunia",
            "2024-05-13",
        ),
    ],
)
def test_a_dated_hearing_of_the_case_dates_the_terms_after_it(
    text: str, lang: str, name: str, date: str
) -> None:
    claims = claims_of(text, lang, name, ref="2024-05-14")
    assert has(claims, kind="sentenced", date=date)


def test_a_codefendants_term_after_a_dated_verdict_shares_its_date() -> None:
    text = (
        "У траўні 2023 года суддзя асудзіў Алеся Жука на 6 гадоў калоніі. Сцяпан Грыб атрымаў "
        "тры гады «хатняй хіміі»."
    )
    assert has(
        claims_of(text, "be", "Сцяпан Грыб", ref="2024-01-10"), kind="sentenced", date="2023-05"
    )
