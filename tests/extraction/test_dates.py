"""Date finding: absolute dates in en/ru/be with their precision, relative dates, robustness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate
from nezabudka.extraction.dates import Relative, find_dates, parse_date, shift

EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
RU_LOC = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]
BE_GEN = [
    "студзеня",
    "лютага",
    "сакавіка",
    "красавіка",
    "траўня",
    "чэрвеня",
    "ліпеня",
    "жніўня",
    "верасня",
    "кастрычніка",
    "лістапада",
    "снежня",
]
BE_LOC = [
    "студзені",
    "лютым",
    "сакавіку",
    "красавіку",
    "траўні",
    "чэрвені",
    "ліпені",
    "жніўні",
    "верасні",
    "кастрычніку",
    "лістападзе",
    "снежні",
]

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On October 2, 2020, he was arrested", "2020-10-02"),
        ("on 2 October 2020", "2020-10-02"),
        ("In February 2021, Aliaksandr was dismissed", "2021-02"),
        ("в ноябре 2023 года", "2023-11"),
        ("14 чэрвеня 2021 года", "2021-06-14"),
        ("у лістападзе 2021 года суд", "2021-11"),
        ("в 2022 году", "2022"),
        ("In early 2022, news", "2022"),
        ("02.10.2020", "2020-10-02"),
        # a Belarusian season, a season or year something lasts from
        ("Вясной 2023 года яго этапавалі ў Горкі.", "2023"),
        ("а з лета 2024 года ёй не дазвалялі тэлефанаваць", "2024"),
        ("From 2023 my wife's letters stopped reaching me.", "2023"),
        ("Яго затрымалі ўлетку 2023 года.", "2023"),
        ("He was detained on 2024-03-05.", "2024-03-05"),
    ],
)
def test_absolute(text: str, iso: str) -> None:
    d = parse_date(text)
    assert d is not None and d.iso() == iso


def test_not_dates() -> None:
    for text in (
        "after the 2020 protests",
        "worked there for nearly 20 years",
        "Art. 342",
        "No. 2021",
    ):
        assert parse_date(text) is None, text


def test_relative() -> None:
    (m,) = find_dates("Marfa Rabkova was arrested two weeks before Chapiuk and")
    assert m.relative == Relative(2, "week", -1, "Chapiuk")
    (m,) = find_dates("Three days later she was charged")
    assert m.relative == Relative(3, "day", 1, None)
    (m,) = find_dates("The same day, police searched")
    assert m.relative == Relative(0, "day", 0, None)
    (m,) = find_dates("Через две недели ей предъявили обвинение")
    assert m.relative == Relative(2, "week", 1, None)
    assert find_dates("A few days before Kashpul was detained") == []  # too vague to compute


def test_shift_keeps_precision() -> None:
    assert shift(PartialDate(2020, 10, 2), Relative(2, "week", -1)) == PartialDate(2020, 9, 18)
    assert shift(PartialDate(2021, 9, 27), Relative(2, "month", 1)) == PartialDate(2021, 11)
    assert shift(PartialDate(2021, 9), Relative(3, "day", 1)) is None
    assert shift(PartialDate(2021), Relative(1, "year", -1)) == PartialDate(2020)


@given(dates)
def test_day_month_year_in_three_languages(d: dt.date) -> None:
    forms = [
        f"on {d.day} {EN[d.month - 1]} {d.year}",
        f"{EN[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {RU_GEN[d.month - 1]} {d.year} года",
        f"{d.day} {BE_GEN[d.month - 1]} {d.year} года",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ]
    for text in forms:
        assert parse_date(f"Он был задержан {text} в Минске.") == PartialDate.from_date(d), text


@given(dates)
def test_month_precision(d: dt.date) -> None:
    for text in (
        f"in {EN[d.month - 1]} {d.year}",
        f"в {RU_LOC[d.month - 1]} {d.year} года",
        f"у {BE_LOC[d.month - 1]} {d.year} года",
    ):
        got = parse_date(text)
        assert got == PartialDate(d.year, d.month), text


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    for m in find_dates(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.date is not None or m.relative is not None


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # 2024-06-17 is a Monday
        ("Last Tuesday he was moved.", PartialDate(2024, 6, 17), PartialDate(2024, 6, 11)),
        ("On Monday he was moved.", PartialDate(2024, 6, 17), PartialDate(2024, 6, 17)),
        ("Last Monday he was moved.", PartialDate(2024, 6, 17), PartialDate(2024, 6, 10)),
        ("Во вторник его задержали.", PartialDate(2024, 6, 17), PartialDate(2024, 6, 11)),
        ("У мінулую пятніцу яго затрымалі.", PartialDate(2024, 6, 17), PartialDate(2024, 6, 14)),
    ],
)
def test_weekdays_against_the_publication_date(
    text: str, reference: PartialDate, expected: PartialDate
) -> None:
    (mention,) = find_dates(text, reference.year)
    assert mention.relative is not None and mention.relative.unit == "weekday"
    assert shift(reference, mention.relative) == expected


def test_weekday_needs_a_day_to_count_from() -> None:
    (mention,) = find_dates("Last Tuesday he was moved.")
    assert mention.relative is not None
    assert shift(PartialDate(2024, 6), mention.relative) is None


def test_day_just_before_publication_takes_the_publication_year() -> None:
    text = "Maryna, dismissed in 2021, was released on September 4 after her term."
    dates = [d.date for d in find_dates(text, 2023, 9)]
    assert dates == [PartialDate(2021), PartialDate(2023, 9, 4)]
    # months before publication, the year written in the sentence still decides
    text = "Maryna, dismissed in 2021, was detained on 4 March."
    assert [d.date for d in find_dates(text, 2023, 9)][-1] == PartialDate(2021, 3, 4)


def test_belarusian_locative_of_may() -> None:
    assert parse_date("быў затрыманы ў маі 2021 года") == PartialDate(2021, 5)


def test_day_later_in_the_year_than_publication_is_last_year() -> None:
    (mention,) = find_dates("12 декабря суд вынес приговор.", 2024, 1)
    assert mention.date == PartialDate(2023, 12, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("▪️ 15.05 з папраўчай калоніі вызвалены Васіль Г.", PartialDate(2026, 5, 15)),
        ("З 12.01 трымае галадоўку.", PartialDate(2026, 1, 12)),
        ("Яго аштрафавалі па арт. 19.11 КаАП.", None),
        ("Штраф — 2.50 рубля за дзень.", None),
        ("Срок вырос в 1.5 раза.", None),
    ],
)
def test_a_day_and_month_in_figures_take_the_context_year(
    text: str, expected: PartialDate | None
) -> None:
    found = [d.date for d in find_dates(text, 2026, 5) if d.date is not None]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Марину дважды отправляли в ШИЗО — 3 и 28 января.",
            [PartialDate(2026, 1, 3), PartialDate(2026, 1, 28)],
        ),
        (
            "He was questioned on 5, 12 and 19 March.",
            [PartialDate(2026, 3, 5), PartialDate(2026, 3, 12), PartialDate(2026, 3, 19)],
        ),
        (
            "в феврале на 10 и 20 марта ещё на 10 суток",
            [PartialDate(2026, 2), PartialDate(2026, 3, 20)],
        ),
    ],
)
def test_days_listed_before_the_month_they_share(text: str, expected: list[PartialDate]) -> None:
    assert [d.date for d in find_dates(text, 2026, 5) if d.date is not None] == expected


def test_from_inside_a_sentence_is_no_date() -> None:
    assert parse_date("Activist Yauhen Lis was detained over a photo from 2020.") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Яго затрымалі ў маі 2022 года. Восенню таго ж года яго этапавалі.", "2022"),
        ("He was detained in May 2023. In the autumn of that year he was moved to Horki.", "2023"),
    ],
)
def test_a_season_of_that_year_is_the_year_told_before(text: str, iso: str) -> None:
    assert find_dates(text, 2025, 6)[-1].date == PartialDate.parse(iso)


@pytest.mark.parametrize(
    "text", ["в конце прошлого месяца его этапировали", "у канцы мінулага месяца яго перавялі"]
)
def test_the_end_of_last_month_is_last_month(text: str) -> None:
    assert find_dates(text, 2025, 6)[-1].relative == Relative(1, "month", -1, "today")


@pytest.mark.parametrize(
    "text", ["Ольгу, отбывшую в июне 10 суток ареста", "He spent in June 15 days in Akrestsina"]
)
def test_a_count_after_a_month_is_no_day(text: str) -> None:
    assert [m.date for m in find_dates(text, 2026, 8)] == [PartialDate(2026, 6)]


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("Пятью днями позже Артур Волынец получил три года.", 5, "day"),
        ("Двумя неделями позже его этапировали.", 2, "week"),
        ("Праз пяць дзён яго перавялі.", 5, "day"),
    ],
)
def test_counted_days_later_in_every_case(text: str, amount: int, unit: str) -> None:
    rel = find_dates(text, 2025, 6)[0].relative
    assert rel is not None and (rel.amount, rel.unit, rel.direction) == (amount, unit, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day and month before a count: the count is not its year, nor the day a count's
        ("On 27 July, 14 more people were recognised", PartialDate(2023, 7, 27)),
        ("On 27 July 14 more people were recognised", PartialDate(2023, 7, 27)),
        ("27 июля 14 человек признаны политзаключёнными", PartialDate(2023, 7, 27)),
        ("on 2 October, 2020", PartialDate(2020, 10, 2)),
        ("As of 31 January, 1,117 people were recognised", PartialDate(2023, 1, 31)),
        ("освобождение 11 сентября 52 заключённых", PartialDate(2022, 9, 11)),
        # another day after the date
        ("в штрафной изолятор — 9 января, 4 февраля и 1 марта", PartialDate(2023, 1, 9)),
        ("Border arrests. On January 8, 23-year-old student Maksim", PartialDate(2023, 1, 8)),
        # an age after the date
        ("15 студзеня 29-гадовага Змітра змясцілі ў ШІЗА", PartialDate(2023, 1, 15)),
    ],
)
def test_a_count_after_a_date(text: str, expected: PartialDate) -> None:
    assert find_dates(text, 2023, 8)[0].date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Его задержали в последних числах марта.",
        "Его задержали в первых числах марта.",
        "Яго затрымалі напачатку сакавіка.",
        "Яго затрымалі ў апошніх чыслах сакавіка.",
    ],
)
def test_the_first_or_last_days_of_a_month_are_that_month(text: str) -> None:
    assert [m.date for m in find_dates(text, 2024, 6)] == [PartialDate(2024, 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in May, in August and in December 2024", ["2024-05", "2024-08", "2024-12"]),
        ("у сакавіку і чэрвені 2023 года", ["2023-03", "2023-06"]),
        ("in May and 2024", ["2025-05"]),  # a year alone is no month of the list
    ],
)
def test_listed_months_share_the_year_of_the_last(text: str, want: list[str]) -> None:
    assert [str(d.date) for d in find_dates(text, 2025, 6)] == want


@pytest.mark.parametrize(
    "text",
    [
        "he spent the whole of January in the PKT",
        "весь январь он провёл в ПКТ",
        "увесь студзень у ПКТ",
    ],
)
def test_a_whole_month_is_the_month(text: str) -> None:
    assert [str(d.date) for d in find_dates(text, 2026, 2)] == ["2026-01"]


@pytest.mark.parametrize(
    "text",
    [
        "На следующий день после задержания ему предъявили обвинение.",
        "The day after the arrest he was charged.",
        "Наступнага дня пасля затрымання яму прад'явілі абвінавачанне.",
    ],
)
def test_the_day_after_an_event_counts_from_it(text: str) -> None:
    rel = find_dates(text, 2025, 3)[0].relative
    assert rel == Relative(1, "day", 1, "@detained")


@pytest.mark.parametrize("text", ["left the colony that same afternoon", "freed the same morning"])
def test_the_same_part_of_a_day_is_the_same_day(text: str) -> None:
    assert find_dates(text, 2025, 3)[0].relative == Relative(0, "day", 0)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("between March and December 2025 he was in the punishment cell eleven times", "2025"),
        ("з мая па верасень яна пяць разоў трапляла ў ШЫЗА", "2025"),
        ("с 3 по 13 марта он голодал", "2025-03-03"),  # days: the first day, as before
    ],
)
def test_months_told_as_a_span_date_a_fact_to_its_year(text: str, want: str) -> None:
    assert str(find_dates(text, 2026, 2)[0].date) == want
