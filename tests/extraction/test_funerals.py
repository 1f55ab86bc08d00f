"""Funeral leave asked for and refused over two sentences, dated by the death before it."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in


def _funeral_dates(text: str, lang: str, name: str) -> list[str | None]:
    result = extract(text, lang, reference_date="2025-10-05")
    return [c.get("date") for c in claims_in(result, name) if c["kind"] == "funeral_denied"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "date"),
    [
        (
            "be",
            "Мяне завуць Тамара Лабановіч, я маці палітвязня Арцёма Лабановіча. У сакавіку памёр "
            "яго бацька. Я пісала заявы, прасіла, каб Арцёму дазволілі развітацца з бацькам, — "
            "адмовілі.",
            "Арцём Лабановіч",
            "2025-03",
        ),
        (
            "en",
            "My name is Halina Shpakouskaya, and I am the mother of political prisoner Artsiom "
            "Shpakouski. Last October his father died. We asked for Artsiom to be allowed to "
            "attend the funeral. The colony refused.",
            "Artsiom Shpakouski",
            "2024-10",
        ),
        (
            "ru",
            "Меня зовут Галина Стасевич. Моего сына Артёма Стасевича задержали 21 января 2023 "
            "года. В мае 2025 года умер его дед. Я просила отпустить Артёма на похороны хотя бы под "
            "конвоем. Мне отказали.",
            "Артём Стасевич",
            "2025-05",
        ),
    ],
)
def test_a_refused_request_for_funeral_leave_is_a_denied_funeral(
    lang: str, text: str, name: str, date: str
) -> None:
    assert _funeral_dates(text, lang, name) == [date]


def test_a_request_not_refused_is_no_denial() -> None:
    text = (
        "Мяне завуць Тамара Лабановіч, я маці палітвязня Арцёма Лабановіча. У сакавіку памёр "
        "яго бацька. Я пісала заявы, прасіла, каб Арцёму дазволілі развітацца з бацькам."
    )
    assert _funeral_dates(text, "be", "Арцём Лабановіч") == []


@pytest.mark.parametrize(
    ("lang", "text", "name", "date"),
    [
        (  # the answer after the question dates the death
            "en",
            "An interview with Kiryl Lavor, released in January.\n\n— Your father died while you "
            "were inside.\n— Yes, in November 2024. The administration refused to let me go to "
            "the funeral.",
            "Kiryl Lavor",
            "2024-11",
        ),
        (  # the burial's own day after the dash
            "be",
            "Арцём Ляшук у калоніі. У маі яго не пусцілі развітацца з бабуляй — яе пахавалі 14-га.",
            "Арцём Ляшук",
            "2025-05-14",
        ),
        (  # "that autumn": the season of the story's year
            "en",
            "Ruslan Zhdan was sentenced in March 2023. My father died that autumn, and I was not "
            "allowed to go to his funeral, Ruslan says.",
            "Ruslan Zhdan",
            "2023",
        ),
    ],
)
def test_a_denied_funeral_takes_the_day_the_text_gives_it(
    lang: str, text: str, name: str, date: str
) -> None:
    assert _funeral_dates(text, lang, name) == [date]
