"""Cell stays, denied visits and care, hunger strikes, dismissals, fines and funerals: how
many claims one sentence gives and the dates they take."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of


def _dates(text: str, lang: str, name: str, kind: str, ref: str = "2024-06-20") -> list[str]:
    return sorted(str(c.get("date")) for c in claims_of(text, lang, name, ref) if c["kind"] == kind)


def test_the_cells_colony_between_the_trigger_and_its_dates_is_no_other_fact() -> None:
    text = (
        "Политзаключённый Тимофей Жарновский дважды побывал в ШИЗО Глубокской колонии №13 — "
        "3 и 17 апреля."
    )
    assert _dates(text, "ru", "Тимофей Жарновский", "punishment_cell") == [
        "2024-04-03",
        "2024-04-17",
    ]


def test_a_second_stay_after_the_cells_colony() -> None:
    text = "Марину Згировскую 4 мая водворили в ШИЗО женской колонии № 4, а 21 мая — повторно."
    assert _dates(text, "ru", "Марина Згировская", "punishment_cell") == [
        "2024-05-04",
        "2024-05-21",
    ]


def test_months_listed_before_a_counted_stay_are_one_stay_each() -> None:
    text = "Ещё в феврале и апреле Максима Кулешевича дважды водворяли в ШИЗО."
    assert _dates(text, "ru", "Максим Кулешевич", "punishment_cell") == ["2024-02", "2024-04"]
    text = (
        "In January, March and May 2023, Ales Tsimakhovich was put in the punishment cell "
        "three times."
    )
    assert _dates(text, "en", "Ales Tsimakhovich", "punishment_cell") == [
        "2023-01",
        "2023-03",
        "2023-05",
    ]


def test_months_listed_after_a_cell_stay_are_one_stay_each() -> None:
    text = (
        "Records show that Yury Khadakouski was sent to the punishment cell in February, April "
        "and September 2023, and in December he went on hunger strike."
    )
    assert _dates(text, "en", "Yury Khadakouski", "punishment_cell") == [
        "2023-02",
        "2023-04",
        "2023-09",
    ]
    text = "Ганну Дзераховскую трижды водворяли в ШИЗО: в январе, марте и мае."
    assert _dates(text, "ru", "Ганна Дзераховская", "punishment_cell") == [
        "2024-01",
        "2024-03",
        "2024-05",
    ]


def test_a_fine_the_next_day_counts_from_the_persons_own_arrest() -> None:
    text = (
        "Mahiliou, 14 May. The regional court on Monday sentenced Anatol Sharamet to three "
        "years in a penal colony for a comment about a police officer.\n\n"
        "He was detained on 2 February and has been held in Prison No. 4 since then.\n\n"
        "His brother, Viachaslau Sharamet, was detained outside the courthouse right after "
        "the verdict. The next day he was fined 30 base units."
    )
    claims = claims_of(text, "en", "Viachaslau Sharamet", "2024-05-14")
    assert [(c["kind"], c.get("date")) for c in claims] == [
        ("detained", "2024-05-13"),
        ("fined", "2024-05-14"),
    ]


def test_a_dismissal_the_day_after_a_fine_dated_only_by_its_digest_takes_the_month() -> None:
    text = (
        "Weekly digest, 8–14 April 2024\n\n"
        "• Teacher Aliona Bahushevich was detained in Lida on 9 April. Two days later she was "
        "charged under Article 342.\n"
        "• Welder Ihar Shkliarevich was fined 25 base units for a comment. The factory fired "
        "him the following day.\n"
    )
    claims = claims_of(text, "en", "Ihar Shkliarevich", "2024-04-15")
    assert [(c["kind"], c.get("date")) for c in claims] == [
        ("fined", "2024-04"),
        ("dismissed", "2024-04"),
    ]


def test_a_fine_told_with_the_dated_release_it_ends_takes_its_day() -> None:
    text = (
        "Фотографа Глеба Мазуркевича задержали 3 марта на вокзале. Вместе с ним задержали его "
        "знакомую Веронику Лапицкую. Её оштрафовали на 30 базовых величин и вечером отпустили."
    )
    assert _dates(text, "ru", "Вероника Лапицкая", "fined", "2024-03-20") == ["2024-03-03"]
    text = (
        "Настаўніцу Кацярыну Бахар затрымалі 11 красавіка. Праз два дні яе адпусцілі, "
        "аштрафаваўшы на 25 базавых велічынь."
    )
    assert _dates(text, "be", "Кацярына Бахар", "fined", "2024-04-20") == ["2024-04-13"]


def test_letters_withheld_since_the_same_time_take_the_time_just_told() -> None:
    text = (
        "Паводле маці, у траўні Андрэя Пятроўскага на 15 сутак змясцілі ў ШІЗА. З таго ж часу "
        "яму не перадаюць лістоў ад родных."
    )
    assert _dates(text, "be", "Андрэй Пятроўскі", "visits_denied") == ["2024-05"]
    text = (
        "С 12 апреля Олега Миронченко держат в ПКТ, а звонки домой ему запрещены с того же времени."
    )
    assert _dates(text, "ru", "Олег Миронченко", "visits_denied") == ["2024-04-12"]


def test_a_farewell_refused_after_it_is_told_and_dated_by_the_funeral_day() -> None:
    text = (
        "Палітвязню Міхасю Чарнецкаму, які адбывае тэрмін у калоніі № 3, развітацца з маці не "
        "дазволілі. Маці памерла 4 лютага, а пахаванне адбылося праз два дні."
    )
    assert _dates(text, "be", "Міхась Чарнецкі", "funeral_denied") == ["2024-02-06"]
    text = (
        "Политзаключённому Геннадию Ротько отказали в возможности проститься с отцом. "
        "Похороны прошли 9 марта в Пинске."
    )
    assert _dates(text, "ru", "Геннадий Ротько", "funeral_denied") == ["2024-03-09"]


def test_funeral_leave_asked_for_and_answered_no() -> None:
    text = (
        "Last March my mother died. We asked for Maksim Dzehtsiarou to be allowed to attend "
        "the funeral. The answer was no."
    )
    assert _dates(text, "en", "Maksim Dzehtsiarou", "funeral_denied") == ["2024-03"]
