"""Rules added in session 9 from an error census over all 305 scored gold reports: recognition
phrases with an apposition or a list of names after them, active and participial detentions,
"last August", conjoined people across a clause break, and the dashed ellipsis
("Нічыпарука затрымалі 10 траўня, Кірэеву — праз тыдзень")."""

from __future__ import annotations

import pytest

from nezabudka.extraction.dates import find_dates
from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        # an apposition with commas between the verb and "as a political prisoner"
        (
            "On 8 November, human rights organisations recognized Alina Dziamidava, a "
            "58-year-old pensioner from Babruisk, as a political prisoner.",
            "en",
            "Alina Dziamidava",
            "2023-11-08",
        ),
        # the full Russian wording, not only "политзаключённым"
        (
            "Артёма Стрельцова задержали весной. В мае правозащитники признали Артёма "
            "Стрельцова политическим заключённым.",
            "ru",
            "Артём Стрельцов",
            "2023-05",
        ),
        (
            "Human rights defenders declared Dzianis Kavalchuk a political prisoner in November.",
            "en",
            "Dzianis Kavalchuk",
            "2023-11",
        ),
    ],
)
def test_recognition_wordings(text: str, lang: str, name: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2023-12-01"), kind="recognized", date=date)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "On 12 March, human rights defenders recognized three more people as political "
            "prisoners: Aliaksei Dubrouski, Iryna Savitskaya and Paval Hramovich.",
            "en",
            ["Aliaksei Dubrouski", "Iryna Savitskaya", "Paval Hramovich"],
        ),
        (
            "12 сакавіка праваабаронцы прызналі палітвязнямі Арцёма Баравіка і Васіля Мартыненку.",
            "be",
            ["Арцём Баравік", "Васіль Мартыненка"],
        ),
    ],
)
def test_recognition_of_a_list_after_the_phrase(text: str, lang: str, names: list[str]) -> None:
    for name in names:
        assert has(claims_of(text, lang, name), kind="recognized", date="2024-03-12"), name


def test_recognition_list_does_not_take_a_judge() -> None:
    text = (
        "On 12 March, human rights defenders recognized two people as political prisoners: "
        "Iryna Savitskaya and Paval Hramovich, sentenced by judge Alena Tsitova."
    )
    assert not has(claims_of(text, "en", "Alena Tsitova"), kind="recognized")


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "On 4 October, police detained Siarhei Marozau in Hrodna.",
            "en",
            "Siarhei Marozau",
            "2023-10-04",
        ),
        # a participle after the name, with its own date
        (
            "Среди задержанных — Екатерина Жаворонок, задержанная 28.11.2023 за комментарии.",
            "ru",
            "Екатерина Жаворонок",
            "2023-11-28",
        ),
        (
            "Праваабаронцы назвалі Наталлю Грыб, затрыманую 5 жніўня ў Полацку.",
            "be",
            "Наталля Грыб",
            "2023-08-05",
        ),
        # "last August" in a December report: this year's August
        (
            "Kiryl Savenka, detained last August, has been held in the pre-trial detention centre.",
            "en",
            "Kiryl Savenka",
            "2023-08",
        ),
    ],
)
def test_detention_wordings(text: str, lang: str, name: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2023-12-01"), kind="detained", date=date)


@pytest.mark.parametrize(
    ("ref", "year"),
    [("2024-03-15", 2023), ("2024-09-15", 2024), ("2024-08-15", 2023)],
)
def test_last_august_is_the_latest_august_before_publication(ref: str, year: int) -> None:
    y, m = int(ref[:4]), int(ref[5:7])
    (d,) = [d for d in find_dates("He was detained last August.", y, m) if d.date]
    assert (d.date.year, d.date.month) == (year, 8)


def test_conjoined_people_across_a_clause_break_share_the_detention() -> None:
    text = (
        "On 19 April 2022, security officers in Brest detained Siarhei Dzemidovich, 29, and his "
        "partner Yuliya Lahun."
    )
    for name in ("Siarhei Dzemidovich", "Yuliya Lahun"):
        assert has(claims_of(text, "en", name), kind="detained", date="2022-04-19"), name


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Віктара Нічыпарука затрымалі 10 траўня 2022 года, Святлану Кірэеву — праз тыдзень.",
            "Святлана Кірэева",
            "2022-05-17",
        ),
        (
            "Віктара Лазоўскага затрымалі 2 лютага 2023 года, у той жа дзень — Святлану Ярмоліч.",
            "Святлана Ярмоліч",
            "2023-02-02",
        ),
    ],
)
def test_dashed_ellipsis_gives_the_second_person_the_verb(text: str, name: str, date: str) -> None:
    assert has(claims_of(text, "be", name), kind="detained", date=date)
