"""The year of a bare month ("In March", "у лютым") in a story told across years:
testimonies, interviews and accounts that move on from a dated event."""

from __future__ import annotations

from typing import Any

from nezabudka.extraction import extract


def _dates_of(people: list[dict[str, Any]], name: str, kind: str) -> list[str | None]:
    person = next(p for p in people if p["name"] == name)
    return [c.get("date") for c in person["claims"] if c["kind"] == kind]


def test_came_for_me_is_no_event_a_story_month_is_counted_after() -> None:
    text = (
        "Interview by Olha Marchyk\n\n— How were you arrested?\n— Two officers came for me "
        "on 11 April 2022 at the bus depot. In June Tadevush Karnilau was sentenced to two "
        "years in a general-regime colony, and I was next."
    )
    people = extract(text, "en", reference_date="2024-01-15")["people"]
    assert _dates_of(people, "Tadevush Karnilau", "sentenced") == ["2022-06"]


def test_a_bare_month_falls_between_the_dated_events_of_a_story_told_in_order() -> None:
    text = (
        "Меня зовут Глеб Ракитин. Меня задержали в сентябре 2022 года у подъезда. В январе "
        "суд дал мне три года колонии. В марте меня этапировали в Шклов.\n\nНа свободу я вышел в "
        "августе 2024 года, полностью отбыв срок."
    )
    people = extract(text, "ru", reference_date="2025-05-20")["people"]
    assert _dates_of(people, "Глеб Ракитин", "sentenced") == ["2023-01"]
    assert _dates_of(people, "Глеб Ракитин", "transferred") == ["2023-03"]


def test_news_of_the_weeks_before_publication_keeps_its_year_before_an_older_story() -> None:
    text = (
        "On 2 May Kastus Viarbitski was pardoned and left the colony. He had been detained "
        "in March 2021 and sentenced in October 2021 to four years."
    )
    people = extract(text, "en", reference_date="2024-05-20")["people"]
    assert _dates_of(people, "Kastus Viarbitski", "released") == ["2024-05-02"]


def test_a_month_goes_on_from_a_month_placed_between_the_dated_events() -> None:
    text = (
        "Мяне завуць Лявон Гарачка. Мяне затрымалі ў верасні 2022 года. У студзені суд даў мне "
        "тры гады калоніі. У ліпені мяне ўпершыню кінулі ў ШІЗА.\n\nНа волю я выйшаў у жніўні "
        "2024 года."
    )
    people = extract(text, "be", reference_date="2025-05-20")["people"]
    assert _dates_of(people, "Лявон Гарачка", "sentenced") == ["2023-01"]
    assert _dates_of(people, "Лявон Гарачка", "punishment_cell") == ["2023-07"]


def test_a_month_told_as_before_that_is_the_latest_one_up_to_the_date_just_told() -> None:
    text = (
        "Мая дачка Ганна Лісоўская была затрыманая 3 лютага 2023 года ў Гомелі. За месяц да "
        "таго, у снежні, яе звольнілі з бібліятэкі."
    )
    people = extract(text, "be", reference_date="2024-08-10")["people"]
    assert _dates_of(people, "Ганна Лісоўская", "dismissed") == ["2022-12"]


def test_a_season_of_this_year_is_the_publications_year() -> None:
    text = "Вясной гэтага года Змітра Кавалёнка этапавалі ў калонію № 17 у Шклове."
    people = extract(text, "be", reference_date="2024-11-02")["people"]
    assert _dates_of(people, "Зміцер Кавалёнак", "transferred") == ["2024"]


def test_a_season_of_that_year_with_the_belarusian_short_u() -> None:
    text = (
        "У лютым 2022 года Яўгена Сідарчука асудзілі на тры гады. Спачатку яго трымалі ў "
        "Жодзіне, а ўвосень таго ж года перавялі ў калонію № 2 у Бабруйску."
    )
    people = extract(text, "be", reference_date="2024-11-02")["people"]
    assert "2022" in _dates_of(people, "Яўген Сідарчук", "transferred")


def test_the_following_season_is_the_first_one_after_the_date_told() -> None:
    text = (
        "Ales Barysenka was detained in Mazyr on 12 September 2021 and sentenced the "
        "following spring to four years in a general-regime colony."
    )
    people = extract(text, "en", reference_date="2024-11-02")["people"]
    assert _dates_of(people, "Ales Barysenka", "sentenced") == ["2022"]


def test_a_since_month_in_a_testimony_goes_on_with_the_story() -> None:
    text = (
        "Меня зовут Олег Чернецкий. В мае 2022 года меня этапировали в колонию № 2 в "
        "Бобруйске. С августа письма от жены перестали до меня доходить."
    )
    people = extract(text, "ru", reference_date="2024-03-01")["people"]
    assert _dates_of(people, "Олег Чернецкий", "visits_denied") == ["2022-08"]


def test_that_year_is_the_arrests_not_the_year_of_the_deeds_a_charge_is_for() -> None:
    text = (
        "Interview by Alesia Hrynko\n\n— How did it begin?\n— Police took Zianon Parkhomchyk "
        "on 9 March 2022. He was charged for joining a rally in 2020. In May of that year the "
        "court gave Zianon Parkhomchyk three years of general regime."
    )
    people = extract(text, "en", reference_date="2024-02-10")["people"]
    assert _dates_of(people, "Zianon Parkhomchyk", "sentenced") == ["2022-05"]


def test_a_season_of_that_year_is_the_arrests_not_of_the_marches_a_term_is_for() -> None:
    text = (
        "Мяне завуць Тэрэза Лапцік. Майго мужа Сымона Лапціка затрымалі 4 лютага 2022 года. "
        "Яго асудзілі на тры гады за тое, што ён хадзіў на маршы ў 2020-м. Улетку таго ж года "
        "Сымона Лапціка этапавалі ў калонію №15."
    )
    people = extract(text, "be", reference_date="2024-02-10")["people"]
    assert _dates_of(people, "Сымон Лапцік", "transferred") == ["2022"]


def test_a_month_of_the_following_year_is_the_year_after_the_one_told() -> None:
    text = (
        "Меня зовут Арсений Колбик. Меня задержали 8 октября 2021 года на работе. В феврале "
        "следующего года суд дал мне два года колонии. В мае меня этапировали в Витьбу."
    )
    people = extract(text, "ru", reference_date="2025-03-01")["people"]
    assert _dates_of(people, "Арсений Колбик", "sentenced") == ["2022-02"]
    assert _dates_of(people, "Арсений Колбик", "transferred") == ["2022-05"]


def test_a_month_of_the_following_year_in_an_english_answer() -> None:
    text = (
        "— When were you tried?\n— Liavon Tsikhanchyk was detained in October 2021. In "
        "January of the following year he was sentenced to three years. In June he was "
        "taken to colony No. 3."
    )
    people = extract(text, "en", reference_date="2025-03-01")["people"]
    assert _dates_of(people, "Liavon Tsikhanchyk", "sentenced") == ["2022-01"]
    assert _dates_of(people, "Liavon Tsikhanchyk", "transferred") == ["2022-06"]


def test_a_bare_month_falls_before_a_later_date_whose_year_a_word_tells() -> None:
    text = (
        "Меня зовут Полина Гридюшко. Меня задержали 12 октября 2023 года в Лиде. В феврале суд "
        "дал мне полтора года колонии. В апреле меня этапировали в колонию №4 в Гомеле.\n\nВ прошлом году, "
        "30 июля, меня помиловали и отпустили домой."
    )
    people = extract(text, "ru", reference_date="2025-06-10")["people"]
    assert _dates_of(people, "Полина Гридюшко", "sentenced") == ["2024-02"]
    assert _dates_of(people, "Полина Гридюшко", "transferred") == ["2024-04"]


def test_a_day_of_the_weeks_before_publication_goes_on_with_a_moved_month() -> None:
    text = (
        "Мяне завуць Ірына Шостак. Мяне затрымалі 5 кастрычніка 2024 года ў Лідзе.\n\nУ "
        "студзені суд даў мне два гады калоніі агульнага рэжыму. 20 сакавіка мяне этапавалі ў калонію №4 у "
        "Гомелі. Летась, 2 верасня, мяне памілавалі."
    )
    people = extract(text, "be", reference_date="2026-05-12")["people"]
    assert _dates_of(people, "Ірына Шостак", "sentenced") == ["2025-01"]
    assert _dates_of(people, "Ірына Шостак", "transferred") == ["2025-03-20"]


def test_since_last_month_is_the_latest_such_month_before_publication() -> None:
    text = (
        "Political prisoner Zmitser Haurylenka is serving four years in penal colony No. 17 in "
        "Shklou. Since last October his wife has not been allowed to call Zmitser Haurylenka."
    )
    people = extract(text, "en", reference_date="2025-03-05")["people"]
    assert _dates_of(people, "Zmitser Haurylenka", "visits_denied") == ["2024-10"]


def test_his_last_year_in_the_colony_is_no_calendar_year() -> None:
    text = (
        "Aliaksandr Bialko walked free from penal colony No. 3 after three years. In his last "
        "year Aliaksandr Bialko was held incommunicado: no letters, no calls."
    )
    people = extract(text, "en", reference_date="2025-04-02")["people"]
    assert _dates_of(people, "Aliaksandr Bialko", "visits_denied") == [None]


def test_a_day_alone_in_an_answer_is_in_the_month_its_question_told() -> None:
    text = (
        "Интервью с Тимуром Горбацевичем\n\n— Вас освободили 4 сентября 2024 года. Что было "
        "дальше?\n— Свобода длилась две недели. 18-го числа Тимура Горбацевича задержали "
        "прямо на вокзале."
    )
    people = extract(text, "ru", reference_date="2025-02-10")["people"]
    assert _dates_of(people, "Тимур Горбацевич", "detained") == ["2024-09-18"]
