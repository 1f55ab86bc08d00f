"""An arrest told as the officers' coming ("They came for me on 2 June 2022", "прыйшлі і па
мяне") and an interview whose story opens with the arrest ("— How did it all start? — On 9
May 2021…") give a dated `detained` claim to the right person."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in


def _detained(result: dict, name: str) -> list[str | None]:
    return [c.get("date") for c in claims_in(result, name) if c["kind"] == "detained"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "My name is Yanka Marozau. They came for me on 9 May 2021, at dawn. Later the court "
            "gave me three years.",
            "en",
            "Yanka Marozau",
            "2021-05-09",
        ),
        (
            "Меня зовут Пётр Лабан. За мной пришли 14 марта 2022 года, прямо на работу. Потом суд "
            "дал мне два года колонии.",
            "ru",
            "Пётр Лабан",
            "2022-03-14",
        ),
        (
            "Мяне завуць Алена Шаройка. Майго брата, Антона Шаройку, забралі 3 сакавіка. Праз два "
            "дні прыйшлі і па мяне: я атрымала 10 сутак арышту.",
            "be",
            "Алена Шаройка",
            "2024-03-05",
        ),
    ],
)
def test_the_officers_coming_is_an_arrest(text: str, lang: str, name: str, date: str) -> None:
    r = extract(text, lang, reference_date="2024-06-20")
    assert date in _detained(r, name)


def test_a_quoted_headline_about_someone_else_is_no_arrest_of_the_speaker() -> None:
    text = (
        '"They came for him at dawn": Alena Krauchuk on her husband\'s arrest\n\n'
        "My husband, Ihar Krauchuk, was taken from our flat on 3 June 2022."
    )
    r = extract(text, "en", reference_date="2024-06-20")
    assert _detained(r, "Alena Krauchuk") == []


_INTERVIEW = (
    "An interview with former political prisoner Zmitser Aliakseyeu.\n\n"
    "— Zmitser, when did it all start?\n"
    "{answer}\n\n"
    "— Where did you serve your term?\n"
    "— In the colony in Navapolatsk. I was released in March 2024.\n"
)


def test_the_answer_to_how_it_started_dates_the_arrest() -> None:
    answer = "— On 9 May 2021, at six in the morning. Riot police grabbed me on the street."
    r = extract(_INTERVIEW.format(answer=answer), "en", reference_date="2024-06-20")
    assert _detained(r, "Zmitser Aliakseyeu") == ["2021-05-09"]


def test_a_relatives_answer_about_him_gives_the_interviewee_no_arrest() -> None:
    text = (
        "An interview with Hanna Lis, the mother of political prisoner Pavel Lis.\n\n"
        "— How did it all start?\n"
        "— They came for him on 11 March 2023, at six in the morning.\n\n"
        "— How is he now?\n"
        "— He is in the colony in Shklou. I am not allowed to visit him.\n"
    )
    r = extract(text, "en", reference_date="2024-06-20")
    assert _detained(r, "Hanna Lis") == []


@pytest.mark.parametrize(
    ("text", "lang", "companions", "date"),
    [
        (
            "Viktar Rusak, a retired engineer, was detained on 4 December 2022 together with his son "
            "Dzianis Rusak and their neighbour Ales Kuzmich. He was sentenced to nine years.",
            "en",
            ("Dzianis Rusak", "Ales Kuzmich"),
            "2022-12-04",
        ),
        (
            "Моего сына Максима Гончарова забрали 14 февраля 2022 года, прямо с работы, вместе с "
            "его друзьями Ильёй Вашкевичем и Дмитрием Сенько.",
            "ru",
            ("Илья Вашкевич", "Дмитрий Сенько"),
            "2022-02-14",
        ),
    ],
)
def test_those_taken_together_with_someone_share_the_arrest(
    text: str, lang: str, companions: tuple[str, ...], date: str
) -> None:
    r = extract(text, lang, reference_date="2024-06-20")
    for name in companions:
        assert _detained(r, name) == [date], name


def test_a_companion_with_an_arrest_of_their_own_keeps_it() -> None:
    text = (
        "Ihar Lapko was detained on 3 May 2023. Andrei Lapko was detained on 10 May 2023 "
        "together with his brother Ihar Lapko."
    )
    r = extract(text, "en", reference_date="2024-06-20")
    assert _detained(r, "Ihar Lapko") == ["2023-05-03"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        ("Plainclothes officers picked Yauhen Drabysh up at the depot on 6 February.", "en",
         "Yauhen Drabysh", "2024-02-06"),
        ("Maryia Hlebava was taken off a bus at the Brest border crossing on 12 May.", "en",
         "Maryia Hlebava", "2024-05-12"),
        ("Яго сын Віталь Юрчанка ў 2021 годзе адбыў 15 сутак арышту.", "be", "Віталь Юрчанка",
         "2021"),
        ("У лютым Мікалай Марціновіч адсядзеў дзесяць сутак на Акрэсціна.", "be",
         "Мікалай Марціновіч", "2024-02"),
        ("14 мая сілавікі прыйшлі дадому да Тамары Жыгалкі.", "be", "Тамара Жыгалка",
         "2024-05-14"),
    ],
)  # fmt: skip
def test_more_ways_to_tell_an_arrest(text: str, lang: str, name: str, date: str) -> None:
    r = extract(text, lang, reference_date="2024-06-20")
    assert date in _detained(r, name)


def test_a_retold_arrest_takes_the_date_told_just_before() -> None:
    text = (
        "6 июня к Ольге Саванович пришли домой с обыском. Её и мужа, Дениса Савановича, "
        "увезли в РУВД."
    )
    r = extract(text, "ru", reference_date="2024-06-20")
    assert _detained(r, "Денис Саванович") == ["2024-06-06"]


def test_the_same_day_as_someone_is_that_persons_day() -> None:
    text = (
        "Евгения Кулеша задержали в Минске 14 сентября. 20 сентября ему предъявили обвинение.\n\n"
        "В тот же день, что и Евгений, была задержана Антонина Шульга."
    )
    r = extract(text, "ru", reference_date="2023-10-09")
    assert _detained(r, "Антонина Шульга") == ["2023-09-14"]
    assert _detained(r, "Евгений Кулеш") == ["2023-09-14"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "Hanna Zhuk has been held in Valadarka since her arrest last October.",
            "en",
            "Hanna Zhuk",
            "2023-10",
        ),
        (
            "После задержания в марте 2022 года Олег Рыбак почти год провёл в СИЗО.",
            "ru",
            "Олег Рыбак",
            "2022-03",
        ),
        (
            "Пасля затрымання ў сакавіку 2022 года Андрэй Шэмет амаль год правёў у турме.",
            "be",
            "Андрэй Шэмет",
            "2022-03",
        ),
    ],
)
def test_an_arrest_named_by_its_noun_and_date_is_a_detention(
    text: str, lang: str, name: str, date: str
) -> None:
    assert date in _detained(extract(text, lang, reference_date="2024-03-18"), name)


def test_investigators_examining_donations_is_no_medical_care() -> None:
    text = (
        "Darya Lis was charged in January; the second charge was brought in February, after "
        "investigators examined her donations to a banned foundation."
    )
    kinds = [
        c["kind"] for c in extract(text, "en", reference_date="2024-05-22")["people"][0]["claims"]
    ]
    assert "medical_neglect" not in kinds


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Aliaksei Pran, a tester from Brest, has been remanded in custody after being stopped "
            "at the Varshavsky Most border crossing on March 5th.",
            "Aliaksei Pran",
            "2024-03-05",
        ),
        (
            "An interview with Iryna Matsiuk.\n\n— How did it all start?\n— In the night of 12 "
            "May they broke down our door and took my husband, Pavel Matsiuk, away.\n\n"
            "— And you?\n— Two days later they came for me.",
            "Pavel Matsiuk",
            "2024-05-12",
        ),
        (
            "On 14 January 2024 police came to the flat of Anton Zhaun in Barysau and drove him "
            "to the district department.",
            "Anton Zhaun",
            "2024-01-14",
        ),
    ],
)
def test_arrests_told_in_other_english_words(text: str, name: str, date: str) -> None:
    assert date in _detained(extract(text, "en", reference_date="2024-06-20"), name)
