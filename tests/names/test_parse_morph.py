"""Name order, declension reduction, given-name equivalence."""

from __future__ import annotations

import pytest

from nezabudka.names import (
    ParsedName,
    given_name_equivalents,
    is_given_name,
    split_name,
    to_nominative,
)
from nezabudka.names.translit import read_csv


@pytest.mark.parametrize(
    ("text", "given", "surname", "patronymic"),
    [
        ("BIALIATSKI Ales", "Ales", "BIALIATSKI", None),
        ("Bialiatski, Ales", "Ales", "Bialiatski", None),
        ("Ales Bialiatski", "Ales", "Bialiatski", None),
        ("Bialiatski Ales", "Ales", "Bialiatski", None),
        ("Алесь Бяляцкі", "Алесь", "Бяляцкі", None),
        ("Бяляцкі Алесь Віктаравіч", "Алесь", "Бяляцкі", "Віктаравіч"),
        ("Алесь Віктаравіч Бяляцкі", "Алесь", "Бяляцкі", "Віктаравіч"),
        ("Кашпуль Александр Григорьевич", "Александр", "Кашпуль", "Григорьевич"),
        ("Stefanovic Valiantsin", "Valiantsin", "Stefanovic", None),
        ("Лабковіч Уладзімір", "Уладзімір", "Лабковіч", None),
        ("KALESNIKAVA, Maryia", "Maryia", "KALESNIKAVA", None),
        ("Losik, Ihar Aliaksandravich", "Ihar", "Losik", "Aliaksandravich"),
        ("Кашпуль", None, "Кашпуль", None),
    ],
)
def test_split_name(text: str, given: str | None, surname: str, patronymic: str | None) -> None:
    assert split_name(text) == ParsedName(given, surname, patronymic)


def test_split_empty() -> None:
    assert split_name("  ") == ParsedName()
    assert split_name("Саша") == ParsedName(given="Саша")


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        ("Людмилу Ковалёву", "Людмила Ковалёва"),
        ("Сакалоўскую", "Сакалоўская"),
        ("Александра Кашпуля", "Александр Кашпуль"),
        ("Александра Кашпуль", "Александра Кашпуль"),
        ("Аляксандра Кашпуля", "Аляксандр Кашпуль"),
        ("Алеся Бяляцкага", "Алесь Бяляцкі"),
        ("Алесю Бяляцкаму", "Алесь Бяляцкі"),
        ("Марыю Калеснікаву", "Марыя Калеснікава"),
        ("Марии Колесниковой", "Мария Колесникова"),
        ("Андрея Почобута", "Андрей Почобут"),
        ("Андрэя Пачобута", "Андрэй Пачобут"),
        ("Святланы Ціханоўскай", "Святлана Ціханоўская"),
        ("Сергея Тихановского", "Сергей Тихановский"),
        ("Константину Бурому", "Константин Бурый"),
        ("Станислава Кравца", "Станислав Кравец"),
        ("Ивану Синему", "Иван Синий"),
        ("Игорем Лосиком", "Игорь Лосик"),
        ("Марфу Рабкову", "Марфа Рабкова"),
        ("Валянціна Стэфановіча", "Валянцін Стэфановіч"),
        ("Кашпуля Александра Григорьевича", "Кашпуль Александр Григорьевич"),
        ("Вольгі Лойкі", "Вольга Лойка"),
        ("Павла Северинца", "Павел Северинец"),
        ("Анджея Почобута", "Анджей Почобут"),
        ("Насту Лойку", "Наста Лойка"),
        ("Віктара Бабарыкі", "Віктар Бабарыка"),
        ("Віктара Бабарыку", "Віктар Бабарыка"),
        ("Николая Дедка", "Николай Дедок"),
        ("Вітольда Ашурака", "Вітольд Ашурак"),
        ("Софью Сапегу", "Софья Сапега"),
        ("Александр Федута", "Александр Федута"),
        ("Валерий Цепкало", "Валерий Цепкало"),
        ("Марыя Калеснікава", "Марыя Калеснікава"),
        ("Ales Bialiatski", "Ales Bialiatski"),
    ],
)
def test_to_nominative(declined: str, nominative: str) -> None:
    assert to_nominative(declined) == nominative


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [
        # a man's dative of a surname in -ка/-ла/-ша/-ня
        ("Раману Дзейку", "Раман Дзейка"),
        ("Андрэю Скрыпку", "Андрэй Скрыпка"),
        ("Раману Цярэшчанку", "Раман Цярэшчанка"),
        ("Пятру Шылу", "Пятро Шыла"),
        ("Сямёну Лукшу", "Сямён Лукша"),
        ("Андрэю Ляшчэню", "Андрэй Ляшчэня"),
        # …but not of consonant stems, nor of -онак/-ёнак
        ("Сяргею Сацуку", "Сяргей Сацук"),
        ("Паўлу Мацюшонку", "Павал Мацюшонак"),
        ("Івану Кавалю", "Іван Каваль"),
        # Зміцер loses its vowel: Змітра Рагавенку is his accusative
        ("Змітра Рагавенку", "Зміцер Рагавенка"),
        # -ей/-ель surnames with a changed stem
        ("Мікалаем Салаўём", "Мікалай Салавей"),
        ("Мікалая Салаўя", "Мікалай Салавей"),
        ("Уладзімірам Кісялём", "Уладзімір Кісель"),
        # no woman's surname ends in -іча: "Уладзіславу Багушэвічу" is a man's dative
        ("Уладзіславу Багушэвічу", "Уладзіслаў Багушэвіч"),
        # -уй/-ой/-ай surnames, short ones too: Рамана Зуя is Раман Зуй
        ("Рамана Зуя", "Раман Зуй"),
        ("Раману Зую", "Раман Зуй"),
        ("Раманам Зуем", "Раман Зуй"),
        ("Мікалаю Бугаю", "Мікалай Бугай"),
    ],
)
def test_to_nominative_belarusian_men(declined: str, nominative: str) -> None:
    assert to_nominative(declined, lang="be") == nominative


def test_given_names_every_table_form_is_known() -> None:
    for row in read_csv("given_names_be_ru.csv"):
        assert is_given_name(row["be"]) and is_given_name(row["ru"])
        assert row["ru"] in given_name_equivalents(row["be"])
        for col in ("latin_be_passport_style", "latin_ru_icao2013", "latin_ru_wikipedia"):
            assert is_given_name(row[col]), row[col]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Rastsislau", "Ростислав"), ("Ruslana", "Руслана"), ("Vasilina", "Васіліна"),
     ("Tamash", "Томаш"), ("Yafim", "Ефим"), ("Bahdana", "Богдана")],
)  # fmt: skip
def test_less_common_given_names_are_known(a: str, b: str) -> None:
    # a name the lists lack is no name: "Rastsislau Maksimenka was transferred" lost its person
    assert is_given_name(a) and b in given_name_equivalents(a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ales", "Аляксандр"), ("Aleś", "Алесь"), ("Andrzej", "Андрэй"), ("Анджей", "Andrei"),
        ("Uladzimir", "Włodzimierz"), ("Уладзімір", "Vladimir"), ("Valiantsin", "Валентин"),
        ("Nasta", "Анастасия"), ("Nastya", "Анастасія"), ("Masha", "Maria"), ("Sasha", "Aliaksandr"),
        ("Zmitser", "Дмитрий"), ("Yauhen", "Eugene"), ("Katsiaryna", "Katarzyna"),
    ],
)  # fmt: skip
def test_given_name_equivalents(a: str, b: str) -> None:
    assert b in given_name_equivalents(a) or any(
        is_given_name(x) and x.lower() == b.lower() for x in given_name_equivalents(a)
    )


def test_not_given_names() -> None:
    assert not is_given_name("Kashpul")
    assert not is_given_name("Бяляцкі")
    assert "Марыя" not in given_name_equivalents("Marfa")


@pytest.mark.parametrize(
    ("declined", "lang", "nominative"),
    [
        ("Мікіту Шпакоўскаму", "be", "Мікіта Шпакоўскі"),
        ("Никиту Шпаковскому", "ru", "Никита Шпаковский"),
        ("Мікіту Зарэцкаму", "be", "Мікіта Зарэцкі"),
    ],
)
def test_an_adjectival_surname_wins_over_a_given_names_case(
    declined: str, lang: str, nominative: str
) -> None:
    assert to_nominative(declined, None, lang) == nominative


@pytest.mark.parametrize(
    ("declined", "lang", "nominative"),
    [
        ("Кириллом Сизым", "ru", "Кирилл Сизый"),
        ("Раманам Шэрым", "be", "Раман Шэры"),
        ("Олегом Тихоновым", "ru", "Олег Тихонов"),  # -овым keeps its own rule
    ],
)
def test_an_adjectival_surname_in_the_instrumental(
    declined: str, lang: str, nominative: str
) -> None:
    assert to_nominative(declined, None, lang) == nominative
