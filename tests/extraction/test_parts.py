"""Facilities, people and names, sentences, language, segmentation."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import detect_language, extract, nominative
from nezabudka.extraction.facilities import find_facilities
from nezabudka.extraction.segment import sentences
from nezabudka.extraction.terms import find_durations, find_regime


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("kept in the Homyel pre-trial detention facility", ("pretrial", 3, "Homiel")),
        ("serving his term in a Mogilev prison.", ("prison", 4, "Mahiliou")),
        ("held in SIZO-1 in Minsk.", ("pretrial", 1, "Minsk")),
        ("in Penal Colony No. 4 in Homiel", ("penal_colony", 4, "Homiel")),
        ("taken to the Akrestsina detention centre", ("temporary", None, "Minsk")),
        ("held in Zhodzina prison", ("pretrial", 8, "Zhodzina")),
        ("в исправительной колонии № 4 в Гомеле", ("penal_colony", 4, "Homiel")),
        ("в тюрьму № 4 в Могилёве", ("prison", 4, "Mahiliou")),
        ("ў калоніі № 2 у Бабруйску", ("penal_colony", 2, "Babruisk")),
        ("колонии № 22 «Волчьи норы»", ("penal_colony", 22, "Damanava")),
        ("a strict-regime colony in Ivatsevichy", ("penal_colony", 5, "Ivatsevichy")),
    ],
)
def test_facilities(text: str, facility: tuple[Any, ...]) -> None:
    found = find_facilities(text)
    assert found and (found[0].kind, found[0].number, found[0].town) == facility


def test_bare_kind_is_not_a_place() -> None:
    assert find_facilities("sentenced to 4 years in a general regime colony") == []
    assert find_facilities("many political prisoners remain in prison") == []


@pytest.mark.parametrize(
    ("text", "years", "months", "regime"),
    [
        ("sentenced to 15 years in high security prison", 15, 0, "prison"),
        ("He received a fine and a six-year sentence.", 6, 0, None),
        ("sentenced her to three and a half years of imprisonment", 3, 6, None),
        (
            "приговорил её к 1 году и 6 месяцам ограничения свободы с направлением",
            1,
            6,
            "open_facility",
        ),
        ("приговорён к 6 годам колонии усиленного режима", 6, 0, "enhanced"),
        ("асудзіў яго на 8 гадоў калоніі ўзмоцненага рэжыму", 8, 0, "enhanced"),
    ],
)
def test_sentences(text: str, years: int, months: int, regime: str | None) -> None:
    (d,) = find_durations(text)
    assert (d.years, d.months) == (years, months)
    assert find_regime(text[d.start :]) == regime


def test_durations_that_are_not_sentences() -> None:
    for text in (
        "a 47-year-old electrician",
        "worked there for nearly 20 years",
        "This month marks five years since he was imprisoned.",
        "He spent 14 months in SIZO-6",
        "he can only get one every six months",
        "the family has not received a single letter in two months",
        "за последние два месяца писем не было",
    ):
        assert find_durations(text) == [], text


def test_language() -> None:
    assert detect_language("Andrei Chapiuk was arrested.") == "en"
    assert detect_language("Политзаключённую Людмилу Ковалёву задержали в Минске.") == "ru"
    assert detect_language("Палітвязня Андрэя Кавалёнка затрымалі ў Гомелі.") == "be"


def test_sentences_keep_abbreviations() -> None:
    s = sentences(
        "He was sentenced under Part 1 of Art. 342. He is in Prison No. 4 in Mahiliou. Ok."
    )
    assert [x.text for x in s][:2] == [
        "He was sentenced under Part 1 of Art. 342.",
        "He is in Prison No. 4 in Mahiliou.",
    ]


def test_nominative_ru_be() -> None:
    r = extract("Политзаключённую Людмилу Ковалёву задержали 2 октября 2020 года.", "ru")
    assert [p["name"] for p in r["people"]] == ["Людмила Ковалёва"]
    r = extract("Палітвязня Андрэя Кавалёнка затрымалі 14 чэрвеня 2021 года.", "be")
    assert [p["name"] for p in r["people"]] == ["Андрэй Кавалёнак"]


def test_works_without_names_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nominative, "_names", lambda: None)
    r = extract(
        "Бывшего инженера Дмитрия Лапицкого освободили 14 января 2025 года по помилованию.", "ru"
    )
    (p,) = r["people"]
    assert p["name"] == "Дмитрий Лапицкий"
    assert p["claims"][0] == {
        "kind": "released",
        "quote": p["claims"][0]["quote"],
        "date": "2025-01-14",
        "how": "pardon",
    }
    r = extract("Sasha was released. Aliaksandr Kashpul was sentenced to 15 years.", "en")
    assert [p["name"] for p in r["people"]] == ["Aliaksandr Kashpul"]


def test_judge_and_lukashenka_are_never_prisoners() -> None:
    r = extract(
        "On 5 June 2023 Judge Alena Shylko sentenced Pavel Harbuzau to 4 years. "
        "Alyaksandr Lukashenka pardoned him in 2024 and he was released.",
        "en",
    )
    roles = {p["name"]: p["role"] for p in r["people"]}
    assert roles == {
        "Alena Shylko": "other",
        "Pavel Harbuzau": "prisoner",
        "Alyaksandr Lukashenka": "other",
    }


def test_dated_verdict_dates_the_terms_that_follow() -> None:
    text = (
        "Суд Центрального района Минска 12 апреля 2022 года вынес приговор Людмиле Ковалёвой и "
        "её сыну Артёму Ковалёву. Судья Елена Шилько признала обоих виновными по ч. 1 ст. 342 УК. "
        "Людмилу приговорили к полутора годам ограничения свободы, Артёма — к трём годам "
        "лишения свободы в колонии общего режима."
    )
    people = {p["name"]: p for p in extract(text, "ru")["people"]}
    for name in ("Людмила Ковалёва", "Артём Ковалёв"):
        (sentence,) = [c for c in people[name]["claims"] if c["kind"] == "sentenced"]
        assert sentence["date"] == "2022-04-12", name


def test_person_spoken_to_is_not_the_subject() -> None:
    text = (
        "Бывший политзаключённый Виктор Сабуров вышел на свободу в ноябре 2023 года. Об этом он "
        "рассказал журналистке Марине Ветровой. Пенсионера задержали в марте 2021 года."
    )
    people = {p["name"]: p for p in extract(text, "ru")["people"]}
    assert people["Марина Ветрова"]["role"] == "other"
    assert people["Марина Ветрова"]["claims"] == []
    assert {"kind": "detained", "date": "2021-03"}.items() <= next(
        c for c in people["Виктор Сабуров"]["claims"] if c["kind"] == "detained"
    ).items()


def test_source_after_according_to_his_wife_is_not_the_subject() -> None:
    text = (
        "Pavel Sakalouski was sentenced to 5 years. According to his wife, Natallia "
        "Sakalouskaya, he has twice been put in a punishment cell."
    )
    people = {p["name"]: p for p in extract(text, "en")["people"]}
    assert people["Natallia Sakalouskaya"]["role"] == "other"
    assert "punishment_cell" in {c["kind"] for c in people["Pavel Sakalouski"]["claims"]}


def test_temporary_centre_named_by_a_district_town() -> None:
    text = "Ivan Petrou spent three days in the Lida temporary detention centre."
    (person,) = extract(text, "en")["people"]
    assert {"kind": "temporary", "number": None, "town": "Lida"} in [
        c.get("facility") for c in person["claims"]
    ]


def test_pardoned_prisoners_named_before_their_pronoun() -> None:
    text = (
        "Two more political prisoners, Stsiapan Marozau and Yauhen Tsimashenka, were pardoned "
        "on 4 February 2025 — but they were driven to the border and forced to leave Belarus."
    )
    people = {p["name"]: p for p in extract(text, "en")["people"]}
    for name in ("Stsiapan Marozau", "Yauhen Tsimashenka"):
        kinds = {c["kind"]: c for c in people[name]["claims"]}
        assert kinds["released"]["how"] == "pardon", name
        assert "exile" in kinds, name


def test_release_from_a_named_colony_is_one_release() -> None:
    text = "Игорь Мацкевич помилован и 4 декабря 2023 года вышел из ИК-15 под Могилёвом."
    (person,) = extract(text, "ru")["people"]
    assert [c["kind"] for c in person["claims"]].count("released") == 1


def test_petition_for_pardon_is_not_a_release() -> None:
    text = "Татьяна Ремезова подписала прошение о помиловании ещё в декабре."
    (person,) = extract(text, "ru")["people"]
    assert person["claims"] == []


def test_weekday_is_not_a_person() -> None:
    text = "On Monday the school where Hanna Bialko had worked dismissed her."
    assert [p["name"] for p in extract(text, "en", reference_date="2025-02-05")["people"]] == [
        "Hanna Bialko"
    ]
