"""Interviews in question-and-answer form: first-person answers belong to the interviewee."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract
from nezabudka.extraction.interview import find_interview
from nezabudka.extraction.people import find_people

RU = """Интервью с бывшим политзаключённым Романом Шелегом

Роман Шелег вышел на свободу в мае.

— Роман, где вы отбывали наказание?
— Мне дали три года колонии общего режима.

— С кем вы поддерживаете связь?
— С Сергеем Голубовичем, мы были в одном отряде. Ему дали пять лет.

— Чем вы занимаетесь сейчас?
— Ищу работу. С завода меня уволили в декабре 2022-го.

Беседовала Алина Мацкевич"""

EN = """Interview by Maryia Novik

Former political prisoner Volha Batsian spent four years behind bars.

— Could you stay in touch with your family?
— For the last year I received no letters at all.

— Who is still there?
— Tamara Zhyhar from Lida is in the same unit. On 2 June, just before I left, she was put in the punishment cell.
"""


def kinds(result: dict[str, Any], name: str) -> set[str]:
    person = next(p for p in result["people"] if p["name"] == name)
    return {c["kind"] for c in person["claims"]}


def test_first_person_answers_go_to_the_interviewee() -> None:
    r = extract(RU, "ru", reference_date="2026-06-18")
    assert {"sentenced", "dismissed"} <= kinds(r, "Роман Шелег")
    assert kinds(r, "Сергей Голубович") == {"sentenced"}
    assert kinds(r, "Алина Мацкевич") == set()


def test_the_interviewer_in_the_byline_is_not_the_interviewee() -> None:
    r = extract(EN, "en", reference_date="2025-07-08")
    assert "visits_denied" in kinds(r, "Volha Batsian")
    assert kinds(r, "Maryia Novik") == set()
    assert kinds(r, "Tamara Zhyhar") == {"punishment_cell"}


def test_a_text_without_questions_is_no_interview() -> None:
    text = "— Мы требуем свободы!\n— Свободу политзаключённым!\n— Ирина Кот задержана."
    people, mentions = find_people(text, "ru")
    assert find_interview(text, people, mentions) is None


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "be",
            "Мяне завуць Алесь Сымонаў, мне 34 гады. Затрымалі мяне ў верасні 2021-га. У лютым "
            "2022 года мяне этапавалі ў калонію №17 у Шклове.",
            "Алесь Сымонаў",
        ),
        (
            "ru",
            "Меня зовут Олег Сидоров. Задержали меня в сентябре 2021 года. Суд дал три года.",
            "Олег Сидоров",
        ),
        (
            "en",
            "My name is Ihar Rusak. Two days ago I walked out of the colony in Shklou. They "
            "detained me in September 2021.",
            "Ihar Rusak",
        ),
    ],
)
def test_a_former_prisoners_own_testimony_is_his(lang: str, text: str, name: str) -> None:
    people = extract(text, lang, reference_date="2023-12-08")["people"]
    teller = next(p for p in people if p["name"] == name)
    assert teller["role"] == "prisoner"
    assert any(c["kind"] == "detained" and c.get("date") == "2021-09" for c in teller["claims"])


def test_an_answer_listing_months_gives_one_stay_for_each() -> None:
    text = (
        "An interview with Kiryl Sauka, released in March.\n\n"
        "— Were you put in the punishment cell?\n"
        "— Three times: in May, in August and in December 2024.\n\n"
        "— Did you get medical help?\n— No."
    )
    claims = extract(text, "en", reference_date="2025-06-10")["people"][0]["claims"]
    stays = sorted(c.get("date") for c in claims if c["kind"] == "punishment_cell")
    assert stays == ["2024-05", "2024-08", "2024-12"]


def test_an_interview_goes_on_with_its_story_across_answers() -> None:
    text = (
        "An interview with Kiryl Sauka.\n\n"
        "— When were you detained?\n— On 14 April 2022, at home.\n\n"
        "— What happened next?\n— In July I went on hunger strike in the pre-trial prison."
    )
    claims = extract(text, "en", reference_date="2023-11-08")["people"][0]["claims"]
    assert [c.get("date") for c in claims if c["kind"] == "hunger_strike"] == ["2022-07"]


def test_an_answer_repeating_the_questions_verb_dates_it() -> None:
    text = (
        "An interview with Mikita Zhaurak, released in August.\n\n"
        "- Did you know you had been recognised as a political prisoner?\n"
        "- Only from letters. Human rights defenders recognised me in June 2021, a month after "
        "the arrest.\n"
        "- How were you treated?\n- Badly."
    )
    claims = extract(text, "en", reference_date="2023-09-08")["people"][0]["claims"]
    assert [c.get("date") for c in claims if c["kind"] == "recognized"] == ["2021-06"]


def test_the_relative_a_visit_was_to_be_with_is_not_the_one_denied() -> None:
    text = (
        "An interview with Natallia Rudzik, released in October.\n\n— When were you arrested?\n"
        "— In May 2022, at home.\n\n— What happened then?\n"
        "— In March 2023 I was deprived of a long visit with my daughter Kseniya Rudzik, and her "
        "letters stopped reaching me."
    )
    people = extract(text, "en", reference_date="2023-11-08")["people"]
    kinds = {p["name"]: [(c["kind"], c.get("date")) for c in p["claims"]] for p in people}
    assert ("visits_denied", "2023-03") in kinds["Natallia Rudzik"]
    assert kinds.get("Kseniya Rudzik", []) == []


def test_leaving_the_country_after_release_is_an_exile_dated_from_the_release() -> None:
    text = (
        "An interview with Natallia Rudz, a former teacher.\n\n— When were you released?\n"
        "— On 17 October, at the end of my term.\n\n— What happened next?\n"
        "— A week after I got out, I had to leave Belarus."
    )
    claims = extract(text, "en", reference_date="2023-11-08")["people"][0]["claims"]
    assert [c.get("date") for c in claims if c["kind"] == "exile"] == ["2023-10-24"]
