"""Wordings and contexts added after the batch-13 evaluation: terms given with "gave"/"дали"
and as adjectives ("семилетний срок"), facts about unnamed people, denied recognition, a
relative refused a visit, a fine dated by its verdict, refusing food, exile by deportation,
and a title that must not reach across a sentence end."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract


def claims_of(result: dict[str, Any], name: str) -> list[dict[str, Any]]:
    person = next(p for p in result["people"] if p["name"] == name)
    return person["claims"]


def role_of(result: dict[str, Any], name: str) -> str:
    return str(next(p for p in result["people"] if p["name"] == name)["role"])


@pytest.mark.parametrize(
    ("text", "lang", "name", "years"),
    [
        ("In January 2023 the court gave Ihar Zhuk six years in a colony.", "en", "Ihar Zhuk", 6),
        ("Валентине Кухарчик дали 4 года за участие в протестах.", "ru", "Валентина Кухарчик", 4),
        ("Руслан Бабкевич отбывал семилетний срок в колонии.", "ru", "Руслан Бабкевич", 7),
        ("Алесь Грыб адбываў пяцігадовы тэрмін у калоніі.", "be", "Алесь Грыб", 5),
        ("Антон Грыб отбывал трёхлетний срок.", "ru", "Антон Грыб", 3),
    ],
)
def test_terms_given_in_other_words(text: str, lang: str, name: str, years: int) -> None:
    sentenced = [c for c in claims_of(extract(text, lang), name) if c["kind"] == "sentenced"]
    assert [c["years"] for c in sentenced] == [years]


def test_a_fact_about_an_unnamed_man_is_not_the_prisoners() -> None:
    r = extract(
        "Ihar Zhuk is held in Penal Colony No. 1 in Navapolatsk. A man who was released from "
        "there told me the medical unit refused to give him the pills.",
        "en",
    )
    kinds = {c["kind"] for c in claims_of(r, "Ihar Zhuk")}
    assert "released" not in kinds
    assert "medical_neglect" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Zhuk and Maksim Rud were convicted. Neither man has yet been recognised as a "
        "political prisoner.",
        "Pavel Zhuk has yet to be recognised as a political prisoner.",
    ],
)
def test_recognition_denied(text: str) -> None:
    r = extract(text, "en")
    assert all(c["kind"] != "recognized" for p in r["people"] for c in p["claims"])


def test_recognition_in_reversed_word_order() -> None:
    r = extract("Ірына Сцепанюк хворая. Палітвязніцай яе прызналі ў студзені 2025 года.", "be")
    assert {"kind": "recognized", "date": "2025-01"} in [
        {k: c[k] for k in ("kind", "date") if k in c} for c in claims_of(r, "Ірына Сцепанюк")
    ]


def test_a_relative_refused_a_visit_is_the_prisoners_denied_visit() -> None:
    r = extract(
        "Political prisoner Leanid Sharapa died in Penal Colony No. 15. During his final year "
        "his daughter, Alesia Sharapa, was refused every visit she applied for.",
        "en",
    )
    assert "visits_denied" in {c["kind"] for c in claims_of(r, "Leanid Sharapa")}
    assert role_of(r, "Alesia Sharapa") == "other"


def test_signing_a_letter_is_not_a_letter_denied() -> None:
    r = extract(
        "Leanid Sharapa was pushed out of his school in 2021 after refusing to sign a letter in "
        "support of the authorities.",
        "en",
    )
    assert [(c["kind"], c.get("date")) for c in claims_of(r, "Leanid Sharapa")] == [
        ("dismissed", "2021")
    ]


def test_a_fine_shares_the_date_of_the_verdict_in_its_sentence() -> None:
    r = extract(
        "On 6 February 2025 Maksim Rud was sentenced to five years in an enhanced-regime colony "
        "and additionally fined 200 base units.",
        "en",
    )
    fined = [c for c in claims_of(r, "Maksim Rud") if c["kind"] == "fined"]
    assert [c.get("date") for c in fined] == ["2025-02-06"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        ("Денис Лапицкий с 1 июля отказывается от пищи.", "ru", "Денис Лапицкий", "hunger_strike"),
        ("Zmitser Rud has refused food since Monday.", "en", "Zmitser Rud", "hunger_strike"),
        (
            "Уладзіслаў Мурашка ў верасні 10 сутак правёў у карцэры.",
            "be",
            "Уладзіслаў Мурашка",
            "punishment_cell",
        ),
        (
            "Часть освобождённых, в том числе Руслан Бабкевич, была принудительно вывезена в Литву.",
            "ru",
            "Руслан Бабкевич",
            "exile",
        ),
        (
            "After his release Ales Zhuk was driven to the Lithuanian border.",
            "en",
            "Ales Zhuk",
            "exile",
        ),
        (
            "My husband, Ihar Zhuk, was taken from our flat in Hrodna on 3 June 2022.",
            "en",
            "Ihar Zhuk",
            "detained",
        ),
    ],
)
def test_more_wordings(text: str, lang: str, name: str, kind: str) -> None:
    assert kind in {c["kind"] for c in claims_of(extract(text, lang), name)}


def test_a_title_does_not_reach_across_a_sentence_end() -> None:
    r = extract(
        "Ганну Лабановіч абвінавачваюць у абразе прэзідэнта.\n\n«Ганна ніколі не хавала сваіх "
        "поглядаў», — кажа сястра.",
        "be",
    )
    assert role_of(r, "Ганна Лабановіч") == "prisoner"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "On 10 May the court sentenced nurse Taisia Luhavaya to 3.5 years in a colony. "
            "Luhavaya has pleaded not guilty.",
            "en",
            "Taisia Luhavaya",
        ),
        (
            "Пенсионерку Зою Мартинович в октябре осудили по ст. 361-4 УК к штрафу.",
            "ru",
            "Зоя Мартинович",
        ),
        ("Зоя Мартыновіч, 67 гадоў, асуджана на 2 гады калоніі.", "be", "Зоя Мартыновіч"),
    ],
)
def test_a_given_name_outside_the_lists(text: str, lang: str, name: str) -> None:
    r = extract(text, lang)
    assert name in [p["name"] for p in r["people"]]
    assert role_of(r, name) == "prisoner"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Паводле Юркевіч, суд адбыўся ўчора. Юркевіч — праваабаронца.", "be"),
        ("Marked in Penal Colony No. 2 in Babruisk.", "en"),
        ("Ён страціў працу. Працу Марына знайшла хутка.", "be"),
    ],
)
def test_capitalised_words_that_are_not_names(text: str, lang: str) -> None:
    names = [p["name"] for p in extract(text, lang)["people"]]
    assert not [n for n in names if n.startswith(("Паводле", "Penal", "Працу"))]


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "14 октября по помилованию на свободу вышли 18 политзаключённых. Среди них Руслан "
            "Бабкевич, который отбывал срок в колонии №22. Ранее Зоя Мартинович была осуждена.",
            "ru",
            "Руслан Бабкевич",
            "released",
        ),
        (
            "Zoya Martsinovich was sentenced in May. On Tuesday human-rights defenders recognised "
            "eleven more people as political prisoners. Among them is Kiryl Stasevich.",
            "en",
            "Kiryl Stasevich",
            "recognized",
        ),
    ],
)
def test_a_counted_group_is_the_people_named_among_them(
    text: str, lang: str, name: str, kind: str
) -> None:
    r = extract(text, lang)
    holders = [p["name"] for p in r["people"] if kind in {c["kind"] for c in p["claims"]}]
    assert holders == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "Pavel Zhdanovich and Maksim Rudkouski were tried. Zhdanovich was detained on 14 "
            "January 2024, and Rudkouski two days later.",
            "en",
            "Maksim Rudkouski",
            "2024-01-16",
        ),
        (
            "Паўла Ждановіча затрымалі 14 студзеня 2024 года, а Максіма Рудкоўскага — праз два дні.",
            "be",
            "Максім Рудкоўскі",
            "2024-01-16",
        ),
    ],
)
def test_an_elliptical_second_person_shares_the_verb(
    text: str, lang: str, name: str, date: str
) -> None:
    r = extract(text, lang, reference_date="2025-02-07")
    detained = [c for c in claims_of(r, name) if c["kind"] == "detained"]
    assert [c.get("date") for c in detained] == [date]


def test_a_name_after_and_that_says_something_else_is_no_ellipsis() -> None:
    r = extract(
        "Pavel Zhdanovich was detained on 14 January 2024, and Maksim Rudkouski said on 16 "
        "January that he feared arrest.",
        "en",
    )
    assert "detained" not in {c["kind"] for c in claims_of(r, "Maksim Rudkouski")}
