"""Rules that read a fact from its context: a topic and a denial in one clause, groups named
after "all three", and days of the month without a month ("on the 25th")."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract


def claims_of(result: dict[str, Any], name: str) -> list[dict[str, Any]]:
    person = next(p for p in result["people"] if p["name"] == name)
    return person["claims"]


def kinds(result: dict[str, Any], name: str) -> set[str]:
    return {c["kind"] for c in claims_of(result, name)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "Political prisoner Ivan Zhuk is held in Penal Colony No. 2 in Babruisk. "
            "His requests to see a cardiologist were simply ignored.",
            "en",
            "Ivan Zhuk",
            "medical_neglect",
        ),
        (
            "Палітвязень Алесь Грыб адбывае тэрмін у калоніі № 9 у Горках. "
            "З ліпеня лісты да яго таксама не даходзяць.",
            "be",
            "Алесь Грыб",
            "visits_denied",
        ),
        (
            "Political prisoner Mikalai Zhuk died on Saturday, 1 February, in Penal Colony No. 9 in Horki.",
            "en",
            "Mikalai Zhuk",
            "death_in_custody",
        ),
        (
            "Политзаключённый Валерий Гром умер в колонии. Похоронить его на родине семье не позволили.",
            "ru",
            "Валерий Гром",
            "funeral_denied",
        ),
    ],
)
def test_topic_and_denial_in_one_clause(text: str, lang: str, name: str, kind: str) -> None:
    assert kind in kinds(extract(text, lang), name)


@pytest.mark.parametrize(
    "text",
    [
        "Political prisoner Ivan Zhuk wrote letters to his family every week.",
        "Политзаключённый Иван Жук вышел на свободу 1 марта, от звонка до звонка.",
        "Ivan Zhuk, a political prisoner, says his mother died in March.",
        "Political prisoner Ivan Zhuk was seen by a doctor in Penal Colony No. 2.",
    ],
)
def test_no_fact_without_both_halves(text: str) -> None:
    lang = "ru" if "Иван" in text else "en"
    name = "Иван Жук" if lang == "ru" else "Ivan Zhuk"
    assert not kinds(extract(text, lang), name) & {
        "medical_neglect",
        "visits_denied",
        "death_in_custody",
    }


def test_all_three_names_the_people_after_it() -> None:
    text = (
        "On the 25th, the regional court passed its verdict. All three were convicted of high "
        "treason. Ales Dubovik received 11 years, Viktar Rusak 8 years and Kiryl Mazets 3 years."
    )
    r = extract(text, "en", reference_date="2022-11-28")
    for name in ("Ales Dubovik", "Viktar Rusak", "Kiryl Mazets"):
        assert {"kind": "charged", "article": "356"} in [
            {k: c[k] for k in ("kind", "article") if k in c} for c in claims_of(r, name)
        ], name


@pytest.mark.parametrize(
    ("text", "reference_date", "date"),
    [
        ("On the 25th, Ales Dubovik was detained.", "2022-11-28", "2022-11-25"),
        ("On the 25th, Ales Dubovik was detained.", "2022-11-20", "2022-10-25"),
        ("Ales Dubovik was detained on 3 March 2021 and released on the 14th.", None, "2021-03-14"),
        ("25-го числа Алеся Дубовика задержали.", "2023-05-30", "2023-05-25"),
    ],
)
def test_day_of_the_month(text: str, reference_date: str | None, date: str) -> None:
    r = extract(text, "ru" if "Алес" in text else "en", reference_date=reference_date)
    dates = [c.get("date") for p in r["people"] for c in p["claims"]]
    assert date in dates, dates


def test_arrest_keeps_the_date_beside_it() -> None:
    text = (
        "On 25 November, Judge Maksim Filatau sentenced Ales Dubovik, who had been arrested on "
        "14 March 2022. Dubovik received 11 years in a strict-regime colony."
    )
    r = extract(text, "en", reference_date="2022-11-28")
    detained = [c for c in claims_of(r, "Ales Dubovik") if c["kind"] == "detained"]
    assert [c.get("date") for c in detained] == ["2022-03-14"]


@pytest.mark.parametrize(
    ("text", "lang", "reference_date", "date"),
    [
        (
            "Political prisoner Ivan Zhuk has received no letters since June.",
            "en",
            "2024-09-01",
            "2024-06",
        ),
        ("З ліпеня палітвязню Алесю Грыбу не перадаюць лісты.", "be", "2023-10-01", "2023-07"),
        ("В ноябре прошлого года Ивана Жука задержали.", "ru", "2024-03-01", "2023-11"),
        (
            "Ивана Жука задержали в 2021 году. В ноябре того же года его осудили на 3 года.",
            "ru",
            "2024-03-01",
            "2021-11",
        ),
    ],
)
def test_month_without_a_year(text: str, lang: str, reference_date: str, date: str) -> None:
    r = extract(text, lang, reference_date=reference_date)
    assert date in [c.get("date") for p in r["people"] for c in p["claims"]]


@pytest.mark.parametrize(
    ("text", "lang", "other", "prisoner"),
    [
        (
            "Мяне завуць Святлана Каваленка. Мой муж Сяргей Каваленка — палітвязень, ён у "
            "калоніі № 9 у Горках. Яму не даюць спатканняў.",
            "be",
            "Святлана Каваленка",
            "Сяргей Каваленка",
        ),
        (
            'Political prisoner Valery Hryn was refused treatment. "They did nothing," said '
            "Maksim Zaleuski of Viasna. He was held in Penal Colony No. 2 in Babruisk.",
            "en",
            "Maksim Zaleuski",
            "Valery Hryn",
        ),
        (
            "Tatsiana Sidarenka, whose brother Pavel Sidarenka has spent two years behind bars, "
            "says he is held in Penal Colony No. 2 in Babruisk.",
            "en",
            "Tatsiana Sidarenka",
            "Pavel Sidarenka",
        ),
        (
            "Siarhei Bandar was sentenced to four years. The lawyer we hired, Pavel Kasko, was "
            "disbarred soon afterwards.",
            "en",
            "Pavel Kasko",
            "Siarhei Bandar",
        ),
    ],
)
def test_narrators_speakers_relatives_and_lawyers_are_not_prisoners(
    text: str, lang: str, other: str, prisoner: str
) -> None:
    roles = {p["name"]: p["role"] for p in extract(text, lang)["people"]}
    assert roles[other] == "other", roles
    assert roles[prisoner] == "prisoner", roles


def test_a_run_in_section_label_states_nothing() -> None:
    text = (
        "Итоги января\n\nГолодовки и ШИЗО. Вадим Лось 10 января объявил голодовку.\n\n"
        "Этапы. Олега Кота 12 января этапировали в колонию №9 в Горках."
    )
    r = extract(text, "ru", reference_date="2024-02-01")
    kinds = {p["name"]: sorted(c["kind"] for c in p["claims"]) for p in r["people"]}
    assert kinds["Вадим Лось"] == ["hunger_strike"]
    assert "punishment_cell" not in kinds["Олег Кот"] + kinds["Вадим Лось"]
