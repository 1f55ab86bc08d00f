"""Dates told the ways reports tell them, read against the publication date (2024-06-20, a
Thursday): weekdays, "this Monday", "at the end of May", chains of relative dates; a bare month
that goes on with a story told just before; a digest's dated section headings."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import extract
from nezabudka.extraction.dates import find_dates
from tests.extraction.claim_helpers import first_named_dated_kinds


def _dates_of(people: list[dict[str, Any]], name: str, kind: str) -> list[str | None]:
    person = next(p for p in people if p["name"] == name)
    return [c.get("date") for c in person["claims"] if c["kind"] == kind]


# (language, kind, date, text): the first person named gets that claim with that date
WORDINGS = [
    ("en", "detained", "2024-06-19", "Ihar Rusak was detained yesterday in Minsk."),
    ("en", "detained", "2024-06-18", "Ihar Rusak was detained the day before yesterday."),
    ("en", "detained", "2024-06-18", "Ihar Rusak was detained on Tuesday."),
    ("en", "detained", "2024-06-17", "Ihar Rusak was detained this Monday, his wife said."),
    ("en", "detained", "2024-06-14", "Ihar Rusak was detained last Friday."),
    ("en", "detained", "2024-05", "Ihar Rusak was detained last month."),
    ("en", "punishment_cell", "2024-06", "Last week Ihar Rusak was put in the punishment cell."),
    ("ru", "punishment_cell", "2024-06", "На прошлой неделе Игоря Русака водворили в ШИЗО."),
    ("be", "recognized", "2024-06", "На гэтым тыдні Ігара Русака прызналі палітвязнем."),
    ("en", "detained", "2024-05", "Ihar Rusak was detained at the end of May."),
    ("en", "detained", "2023", "Ihar Rusak was detained early in 2023."),
    ("en", "detained", "2024-03", "Ihar Rusak was detained in early March."),
    (
        "en",
        "sentenced",
        "2024-03-12",
        "On 5 March Ihar Rusak was detained. A week later he was sentenced to three years.",
    ),
    (
        "en",
        "released",
        "2024-03-07",
        "Ihar Rusak was detained on 5 March. He was released two days later.",
    ),
    (
        "en",
        "released",
        "2024-03-06",
        "Ihar Rusak was detained on 5 March. He was released the next day.",
    ),
    (
        "en",
        "released",
        "2024-03-06",
        "Ihar Rusak was detained on 5 March and released the following day.",
    ),
    (
        "en",
        "transferred",
        "2024-04-12",
        "On 5 April Ihar Rusak was sentenced to three years. A week after the verdict he was transferred to Zhodzina prison.",
    ),
    (
        "en",
        "released",
        "2024-05-20",
        "Ihar Rusak was detained on 3 May. On the 20th he was released.",
    ),
    (
        "en",
        "sentenced",
        "2024-05-20",
        "The trial of Ihar Rusak began on 3 May. On the 20th he was sentenced to 4 years in a general-regime colony.",
    ),
    (
        "en",
        "detained",
        "2024-01-10",
        "Ihar Rusak was detained on 10 January. His brother Pavel Rusak was detained the same day.",
    ),
    (
        "en",
        "detained",
        "2024-01-10",
        "Pavel Rusak was detained on 10 January. The same day police detained Ihar Rusak as well.",
    ),
    (
        "en",
        "released",
        "2024-02",
        "Ihar Rusak was released in February after serving his full term.",
    ),
    (
        "en",
        "released",
        "2024-06-16",
        "Ihar Rusak was released on Sunday after serving his full term.",
    ),
    (
        "en",
        "sentenced",
        "2024-06-13",
        "A week ago a court in Homiel sentenced Ihar Rusak to two years.",
    ),
    (
        "en",
        "sentenced",
        "2024-06-06",
        "Two weeks ago a court in Homiel sentenced Ihar Rusak to two years.",
    ),
    ("en", "hunger_strike", "2024-06-10", "Ihar Rusak went on hunger strike ten days ago."),
    ("en", "detained", "2024-06-19", "On Wednesday evening Ihar Rusak was detained at his home."),
    ("en", "detained", "2024-06-20", "Ihar Rusak was detained this morning at the border."),
    ("en", "detained", "2024-06-20", "Ihar Rusak was detained today at the border."),
    (
        "en",
        "sentenced",
        "2024-05-28",
        "On 28.05.2024 Ihar Rusak was sentenced to three years of imprisonment.",
    ),
    (
        "en",
        "sentenced",
        "2024-05-28",
        "On 28/05/2024 Ihar Rusak was sentenced to three years of imprisonment.",
    ),
    (
        "en",
        "sentenced",
        "2024-05-28",
        "Ihar Rusak was sentenced on May 28th to three years of imprisonment.",
    ),
    (
        "en",
        "sentenced",
        "2024-05-28",
        "On Tuesday, May 28, Ihar Rusak was sentenced to three years of imprisonment.",
    ),
    ("en", "released", "2024-06-03", "Ihar Rusak walked free on the morning of 3 June."),
    ("en", "detained", "2023-12", "Ihar Rusak was detained in December last year."),
    ("en", "detained", "2023", "Ihar Rusak was detained last year."),
    (
        "en",
        "detained",
        "2024-06-18",
        "Ihar Rusak was detained on 18 June. On the same day, a court fined Pavel Rusak.",
    ),
    ("ru", "detained", "2024-06-19", "Игоря Русака задержали вчера в Минске."),
    ("ru", "detained", "2024-06-18", "Игоря Русака задержали позавчера."),
    ("ru", "detained", "2024-06-18", "Игоря Русака задержали во вторник."),
    ("ru", "detained", "2024-06-14", "Игоря Русака задержали в прошлую пятницу."),
    ("ru", "detained", "2024-05", "Игоря Русака задержали в прошлом месяце."),
    ("ru", "detained", "2024-05", "Игоря Русака задержали в конце мая."),
    ("ru", "detained", "2023", "Игоря Русака задержали в начале 2023 года."),
    (
        "ru",
        "released",
        "2024-03-07",
        "Игоря Русака задержали 5 марта. Через два дня его отпустили.",
    ),
    (
        "ru",
        "released",
        "2024-03-06",
        "Игоря Русака задержали 5 марта, а на следующий день отпустили.",
    ),
    (
        "ru",
        "transferred",
        "2024-04-12",
        "5 апреля Игоря Русака приговорили к трём годам. Через неделю после приговора его этапировали в Жодинскую тюрьму.",
    ),
    ("ru", "released", "2024-05-20", "Игоря Русака задержали 3 мая. 20-го числа его освободили."),
    (
        "ru",
        "sentenced",
        "2024-05-20",
        "Суд над Игорем Русаком начался 3 мая. 20-го его приговорили к 4 годам колонии.",
    ),
    (
        "ru",
        "detained",
        "2024-01-10",
        "Игоря Русака задержали 10 января. В тот же день задержали и его брата Павла Русака.",
    ),
    (
        "ru",
        "detained",
        "2024-01-10",
        "Павла Русака задержали 10 января. В тот же день задержали и Игоря Русака.",
    ),
    (
        "ru",
        "sentenced",
        "2024-06-13",
        "Неделю назад суд в Гомеле приговорил Игоря Русака к двум годам.",
    ),
    (
        "ru",
        "sentenced",
        "2024-06-06",
        "Две недели назад суд в Гомеле приговорил Игоря Русака к двум годам.",
    ),
    ("ru", "hunger_strike", "2024-06-10", "Игорь Русак объявил голодовку десять дней назад."),
    ("ru", "detained", "2024-06-20", "Игоря Русака задержали сегодня утром на границе."),
    ("ru", "detained", "2024-06-19", "В среду вечером Игоря Русака задержали дома."),
    (
        "ru",
        "sentenced",
        "2024-05-28",
        "28.05.2024 Игоря Русака приговорили к трём годам лишения свободы.",
    ),
    ("ru", "detained", "2023-12", "Игоря Русака задержали в декабре прошлого года."),
    ("ru", "detained", "2023", "Игоря Русака задержали в прошлом году."),
    (
        "ru",
        "released",
        "2024-06-16",
        "Игорь Русак вышел на свободу в воскресенье, полностью отбыв срок.",
    ),
    ("ru", "detained", "2024-03", "Игоря Русака задержали в начале марта."),
    ("ru", "released", "2024-06-03", "Утром 3 июня Игорь Русак вышел на свободу."),
    ("be", "detained", "2024-06-19", "Ігара Русака затрымалі ўчора ў Мінску."),
    ("be", "detained", "2024-06-18", "Ігара Русака затрымалі пазаўчора."),
    ("be", "detained", "2024-06-18", "Ігара Русака затрымалі ў аўторак."),
    ("be", "detained", "2024-06-14", "Ігара Русака затрымалі ў мінулую пятніцу."),
    ("be", "detained", "2024-05", "Ігара Русака затрымалі ў мінулым месяцы."),
    ("be", "detained", "2024-05", "Ігара Русака затрымалі ў канцы мая."),
    (
        "be",
        "released",
        "2024-03-07",
        "Ігара Русака затрымалі 5 сакавіка. Праз два дні яго адпусцілі.",
    ),
    (
        "be",
        "released",
        "2024-03-06",
        "Ігара Русака затрымалі 5 сакавіка, а на наступны дзень адпусцілі.",
    ),
    (
        "be",
        "transferred",
        "2024-04-12",
        "5 красавіка Ігара Русака асудзілі на тры гады. Праз тыдзень пасля прысуду яго этапавалі ў Жодзінскую турму.",
    ),
    ("be", "released", "2024-05-20", "Ігара Русака затрымалі 3 мая. 20-га яго вызвалілі."),
    (
        "be",
        "detained",
        "2024-01-10",
        "Ігара Русака затрымалі 10 студзеня. У той жа дзень затрымалі і яго брата Паўла Русака.",
    ),
    (
        "be",
        "detained",
        "2024-01-10",
        "Паўла Русака затрымалі 10 студзеня. У той жа дзень затрымалі і Ігара Русака.",
    ),
    (
        "be",
        "sentenced",
        "2024-06-13",
        "Тыдзень таму суд у Гомелі асудзіў Ігара Русака на два гады.",
    ),
    ("be", "hunger_strike", "2024-06-10", "Ігар Русак абвясціў галадоўку дзесяць дзён таму."),
    ("be", "detained", "2024-06-20", "Ігара Русака затрымалі сёння раніцай на мяжы."),
    ("be", "detained", "2024-06-19", "У сераду ўвечары Ігара Русака затрымалі дома."),
    (
        "be",
        "sentenced",
        "2024-05-28",
        "28.05.2024 Ігара Русака асудзілі на тры гады пазбаўлення волі.",
    ),
    ("be", "detained", "2023-12", "Ігара Русака затрымалі ў снежні мінулага года."),
    ("be", "detained", "2023", "Ігара Русака затрымалі ў мінулым годзе."),
    ("be", "released", "2024-06-16", "Ігар Русак выйшаў на волю ў нядзелю, цалкам адбыўшы тэрмін."),
]


@pytest.mark.parametrize(("lang", "kind", "date", "text"), WORDINGS)
def test_date_wordings(lang: str, kind: str, date: str, text: str) -> None:
    assert (kind, date) in first_named_dated_kinds(text, lang)


# --- a bare month going on with a story told just before ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a testimony published in 2025: "in March" goes on from February 2022
        (
            "Моего мужа задержали 14 февраля 2022 года у подъезда. Через две недели его "
            "перевели в СИЗО. Правозащитники признали его политзаключённым в марте.",
            PartialDate(2022, 3),
        ),
        (
            "On 19 October 2021 officers broke down my door. The first two months I spent in "
            "the KGB detention centre. In December I was moved to the SIZO.",
            PartialDate(2021, 12),
        ),
        # not when the story has come back to the present
        (
            "Яго затрымалі 6 лютага 2024 года і з таго часу ўтрымліваюць у турме. У чэрвені "
            "яму адмовілі ў спатканні.",
            PartialDate(2025, 6),
        ),
        (
            "Зінаіду затрымалі ў студзені 2022 года. Апошнія паўгода яна правяла ў ПКТ, а ў "
            "жніўні ёй адмовілі ў медыцынскай дапамозе.",
            PartialDate(2025, 8),
        ),
        # not for a state lasting since the month
        (
            "В марте 2023-го его этапировали в колонию. С мая ему не отдают письма.",
            PartialDate(2025, 5),
        ),
        # not after the date of the events a charge is about
        (
            "Яго судзілі за ўдзел у маршы ў жніўні 2020 года. Мужчыну затрымалі ў снежні.",
            PartialDate(2024, 12),
        ),
        # not a month earlier in the year than the story's date
        (
            "Его задержали 14 сентября 2022 года. В мае ему отказали в свидании.",
            PartialDate(2025, 5),
        ),
        # not across a paragraph
        (
            "Его задержали 14 февраля 2022 года.\n\nВ мае ему отказали в свидании.",
            PartialDate(2025, 5),
        ),
        # but a testimony's teller goes on across paragraphs, month after month
        (
            "Меня зовут Ольга. Мужа задержали 17 февраля 2022 года.\n\nВ мае его уволили.",
            PartialDate(2022, 5),
        ),
        (
            "Меня зовут Ольга. Мужа задержали 17 февраля 2022 года.\n\nВ мае его уволили. В "
            "июне его признали политзаключённым. Родственники говорят, что он болен. Адвоката к "
            "нему не пускают. Суд был в ноябре.",
            PartialDate(2022, 11),
        ),
        # not once the story has come back to the present
        (
            "Меня зовут Ольга. Мужа задержали 17 января 2022 года. В прошлом году его трижды "
            "сажали в ШИЗО, а в мае перевели в ПКТ.",
            PartialDate(2025, 5),
        ),
        # a bare month in the weeks before publication goes on with an older story too
        (
            "Меня зовут Ольга. Мужа задержали 3 апреля 2023 года в Барысаве. Суд был в июле.",
            PartialDate(2023, 7),
        ),
        # ... but "on 21 July" with its day is the recent one
        (
            "Мужа задержали в апреле 2023 года. 21 июля его помиловали.",
            PartialDate(2025, 7, 21),
        ),
        # a story dated "last year" goes on; "ч. 1 ст. 342" ends no sentence
        (
            "Меня зовут Ольга. Сына задержали 17 февраля прошлого года. Ему предъявили "
            "обвинение по ч. 1 ст. 342 и ст. 369 — за фото с акции.\n\nСуд был в июле.",
            PartialDate(2024, 7),
        ),
        # "с марта этого года" brings the story back to the present
        (
            "Меня зовут Ольга. Сына задержали в апреле 2023 года. В мае его этапировали. С "
            "марта этого года писем нет. В июле ему отказали в свидании.",
            PartialDate(2025, 7),
        ),
    ],
)
def test_bare_month_after_a_dated_story(text: str, expected: PartialDate) -> None:
    assert find_dates(text, 2025, 9)[-1].date == expected


# --- a digest's dated section headings ------------------------------------------------------

DIGEST = """Weekly digest

10–16 June 2024

• Ihar Rusak was detained in Minsk.
• Pavel Zhuk was sentenced to three years in a general-regime colony. He was charged with insulting the president.

17 June 2024

• Anton Bely was detained at the border.
• Maryna Hlebava was released after serving her full term.

30 June – 2 July 2024

• Stas Lis was detained in Homiel.
"""


def test_items_take_their_section_heading_date() -> None:
    people = extract(DIGEST, "en", reference_date="2024-07-03")["people"]
    assert _dates_of(people, "Ihar Rusak", "detained") == ["2024-06"]  # a range in one month
    assert _dates_of(people, "Pavel Zhuk", "sentenced") == ["2024-06"]
    assert _dates_of(people, "Pavel Zhuk", "charged") == [None]  # a heading dates no charge
    assert _dates_of(people, "Anton Bely", "detained") == ["2024-06-17"]
    assert _dates_of(people, "Maryna Hlebava", "released") == ["2024-06-17"]
    assert _dates_of(people, "Stas Lis", "detained") == [None]  # a range over two months


def test_an_items_own_date_wins_over_its_heading() -> None:
    text = DIGEST.replace("was detained at the border", "was detained at the border on 12 June")
    people = extract(text, "en", reference_date="2024-07-03")["people"]
    assert _dates_of(people, "Anton Bely", "detained") == ["2024-06-12"]


TITLED = """Weekly digest, 10–16 June 2024

• Pavel Zhuk was sentenced to three years in a general-regime colony.
• Ihar Rusak walked free on 12 June after serving his full term of two years.
• Anton Bely has been denied medical care for months.
• Maryna Hlebava, in custody since March, has again been sent to the punishment cell.
• Stas Lis was placed in the punishment cell several times while in custody.
"""


def test_a_digests_dated_title_dates_its_items() -> None:
    people = extract(TITLED, "en", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Pavel Zhuk", "sentenced") == ["2024-06"]
    assert _dates_of(people, "Ihar Rusak", "released") == ["2024-06-12"]


def test_a_title_does_not_date_what_came_before_its_period() -> None:
    people = extract(TITLED, "en", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Ihar Rusak", "sentenced") == [None]  # the term he had served
    assert _dates_of(people, "Anton Bely", "medical_neglect") == [None]  # a state, for months
    assert _dates_of(people, "Maryna Hlebava", "detained") == ["2024-03"]  # since March
    assert _dates_of(people, "Maryna Hlebava", "punishment_cell") == ["2024-06"]  # an aside
    assert _dates_of(people, "Stas Lis", "punishment_cell") == [None]  # over his imprisonment


@pytest.mark.parametrize(
    ("wording", "date"),
    [
        ("has been refused an examination by a cardiologist", "2024-06"),  # once, this week
        ("was denied treatment for a thyroid condition", "2024-06"),
        ("is being denied treatment for his kidney disease", None),  # goes on
        ("still refuses to treat his spinal hernia", None),
        ("has repeatedly been refused treatment", None),
    ],
)
def test_a_titles_week_dates_care_refused_once_not_a_refusal_that_goes_on(
    wording: str, date: str | None
) -> None:
    text = f"Weekly digest, 10–16 June 2024\n\n• Political prisoner Anton Bely {wording}.\n"
    people = extract(text, "en", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Anton Bely", "medical_neglect") == [date]


def test_a_lead_in_line_or_a_later_dated_line_is_no_title() -> None:
    lead_in = (
        "Публикуем сообщение адвоката от 12 июня 2024 года:\n\nАнтона Жука приговорили к 3 годам."
    )
    people = extract(lead_in, "ru", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Антон Жук", "sentenced") == [None]
    later = "Weekly digest\n\n• Pavel Zhuk was sentenced to three years.\n\n10–16 June 2024\n"
    people = extract(later, "en", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Pavel Zhuk", "sentenced") == [None]


def test_a_dated_line_right_under_an_undated_title_heads_the_report() -> None:
    text = (
        "Хроніка пераследу\n3 кастрычніка 2024\n\nБрэст. Андрэй Ціханюк атрымаў 1 год і 6 "
        "месяцаў пазбаўлення волі за абразу суддзі.\n\nМінск. Суддзя аштрафавала Алесю "
        "Марціновіч на 30 базавых велічынь."
    )
    people = extract(text, "be", reference_date="2024-10-04")["people"]
    assert _dates_of(people, "Андрэй Ціханюк", "sentenced") == ["2024-10-03"]
    assert _dates_of(people, "Алеся Марціновіч", "fined") == ["2024-10-03"]


# --- datelines, appeals, "that same year" ---------------------------------------------------


def test_a_dateline_dates_the_report_not_the_event() -> None:
    text = (
        "MINSK, 29 June 2023 — Judge Natallia Shylo on Wednesday delivered the verdict. "
        "Viktar Rabtsevich was sentenced to 11 years in a strict-regime colony."
    )
    people = extract(text, "en", reference_date="2023-06-29")["people"]
    assert _dates_of(people, "Viktar Rabtsevich", "sentenced") == ["2023-06-28"]


def test_a_term_changed_on_appeal_takes_the_appeal_hearings_date() -> None:
    text = (
        "1 октября областной суд рассмотрел апелляционную жалобу. Напомню: 14 августа суд "
        "приговорил Николая Ермоловича к 4 годам колонии общего режима. Апелляционная "
        "инстанция снизила срок до трёх лет."
    )
    people = extract(text, "ru", reference_date="2024-10-05")["people"]
    assert _dates_of(people, "Николай Ермолович", "sentenced") == ["2024-08-14", "2024-10-01"]


# (language, reference date, text, person, the dates of the person's terms in order)
APPEALS_TOLD_WITHOUT_THE_WORD = [
    # a complaint heard by the Supreme Court, and "the term was cut" in the next sentence; the
    # hearing's date comes before its word, the first verdict's after
    (
        "ru",
        "2025-11-03",
        "21 октября Верховный суд рассмотрел жалобу Сергея Величко, которого в июле осудили на "
        "9 лет колонии усиленного режима за «измену государству». Срок ему снизили до 8 лет.",
        "Сергей Величко",
        ["2025-07", "2025-10-21"],
    ),
    # the first verdict's date in the changed term's sentence is that verdict's
    (
        "ru",
        "2025-08-02",
        "15 июля Минский областной суд пересмотрел дело Валерия Кудина. Напомним, 12 марта суд "
        "назначил ему 4 года колонии усиленного режима; после апелляции срок сократили до 3 лет "
        "2 месяцев.",
        "Валерий Кудин",
        ["2025-03-12", "2025-07-15"],
    ),
    # "at yesterday's hearing": the hearing the report opened with, however far back
    (
        "en",
        "2023-04-21",
        "The Mahiliou Regional Court yesterday heard the appeals of Ruslan Tsikhanchuk and "
        "Uladzimir Babrou. Both men were detained on 14 September 2022. They have since been "
        "held in Prison No. 4. On 9 February, judge Natallia Krauchanka found them guilty. "
        "Tsikhanchuk received five years in an enhanced-regime colony; Babrou got three years "
        "of general regime. At yesterday's hearing, the prosecutor asked for both verdicts to "
        "stand. The panel agreed in Tsikhanchuk's case but reduced Babrou's term to two years "
        "and six months.",
        "Uladzimir Babrou",
        ["2023-02-09", "2023-04-20"],
    ),
    # the dated hearing is told by its outcome ("reduced the sentence")
    (
        "en",
        "2023-09-22",
        "On Thursday the Hrodna Regional Court reduced the sentence of Pavel Zhaunerchyk. In "
        "July, Judge Andrei Kuzmich found him guilty and sent him to a general-regime colony for "
        "four years. At Thursday's hearing, the panel cut the term to 3 years and 6 months.",
        "Pavel Zhaunerchyk",
        ["2023-07", "2023-09-21"],
    ),
]


@pytest.mark.parametrize("lang,ref,text,name,dates", APPEALS_TOLD_WITHOUT_THE_WORD)
def test_a_term_changed_by_a_higher_court_takes_its_hearings_date(
    lang: str, ref: str, text: str, name: str, dates: list[str]
) -> None:
    people = extract(text, lang, reference_date=ref)["people"]
    assert _dates_of(people, name, "sentenced") == dates


def test_a_term_told_after_its_colony_takes_its_regime() -> None:
    text = "Judge Andrei Kuzmich sent Pavel Zhaunerchyk to a general-regime colony for four years."
    person = extract(text, "en", reference_date="2023-09-22")["people"][1]
    assert [(c.get("years"), c.get("regime")) for c in person["claims"]] == [(4, "general")]


def test_the_same_year_is_the_year_of_the_date_told_before() -> None:
    text = (
        "В мае прошлого года судья дал Кириллу Жигалко 5 лет колонии. В августе того же года "
        "апелляционная инстанция снизила срок до 4 лет и 6 месяцев."
    )
    people = extract(text, "ru", reference_date="2023-06-30")["people"]
    assert _dates_of(people, "Кирилл Жигалко", "sentenced") == ["2022-05", "2022-08"]


def test_detained_as_an_adjective_is_no_detention() -> None:
    text = (
        "On 5 March Judge Aliaksei Tsybulka sentenced Ihar Palcheuski, who had raised money "
        "for the families of detained protesters. Prosecutor Iryna Sakovich asked for more."
    )
    people = extract(text, "en", reference_date="2024-03-07")["people"]
    assert _dates_of(people, "Ihar Palcheuski", "detained") == []


def test_a_digest_sections_week_wins_over_this_week() -> None:
    text = (
        "October 2024: monthly summary\n\n14–20 October 2024\nFour more people were "
        "recognized as political prisoners this week. Among them is Valiantsin Drazdou from "
        "Slonim.\n"
    )
    r = extract(text, "en", reference_date="2024-11-05")
    assert _dates_of(r["people"], "Valiantsin Drazdou", "recognized") == ["2024-10"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Student Yana Bialevich was detained in Minsk over a photo taken in 2020."),
        ("ru", "Студентку Яну Белевич задержали в Минске за фото с акции в 2020 году."),
    ],
)
def test_the_date_of_what_the_case_is_about_is_not_the_facts(lang: str, text: str) -> None:
    people = extract(text, lang, reference_date="2024-03-20")["people"]
    assert [c.get("date") for c in people[0]["claims"] if c["kind"] == "detained"] == [None]


def test_a_term_served_is_not_dated_by_a_verdict_told_before() -> None:
    text = (
        "12 жніўня затрымалі журналістку Кацярыну Ляўчук. Кацярыну на наступны дзень асудзілі "
        "на 15 сутак. Учора па заканчэнні тэрміну вызваліўся палітвязень Дзмітрый Казлоўскі. "
        "Ён цалкам адбыў свае 3 гады ў калоніі №8 у Оршы."
    )
    people = extract(text, "be", reference_date="2025-08-15")["people"]
    assert _dates_of(people, "Дзмітрый Казлоўскі", "sentenced") == [None]


def test_a_pre_trial_prison_is_no_trial_that_dates_the_next_term() -> None:
    text = (
        "• Aliaksei Dabravolski has been held in pre-trial detention centre No. 3 in Homiel since "
        "his arrest in October 2023.\n• Pensioner Valiantsina Ramanchuk from Slonim was given 3 "
        "years and 6 months of restricted freedom."
    )
    people = extract(text, "en", reference_date="2024-04-15")["people"]
    assert _dates_of(people, "Valiantsina Ramanchuk", "sentenced") == [None]


def test_a_count_of_verdicts_is_no_verdict() -> None:
    text = (
        "В январе правозащитники зафиксировали не менее 40 политически мотивированных "
        "приговоров. 15 января Гомельский областной суд вынес приговор по делу о «помощи полку "
        "Калиновского». Анатолий Шуляк приговорён к 7 годам колонии строгого режима."
    )
    people = extract(text, "ru", reference_date="2026-02-03")["people"]
    assert _dates_of(people, "Анатолий Шуляк", "sentenced") == ["2026-01-15"]


def test_years_at_work_are_no_term() -> None:
    text = (
        "На следующий день после приговора Анатолия Радкевича уволили с шинного завода, где он "
        "проработал 20 лет."
    )
    people = extract(text, "ru", reference_date="2026-04-03")["people"]
    assert _dates_of(people, "Анатолий Радкевич", "sentenced") == []


def test_a_verdict_clause_after_the_term_dates_it() -> None:
    text = (
        "— Виктор Ярошевич (Слоним) — 2 года 6 месяцев колонии усиленного режима за «участие в "
        "экстремистском формировании»; приговор вынесен 11 декабря;\n"
        "— Денис Ворона (Лида) — полтора года ограничения свободы по ст. 342 УК."
    )
    people = extract(text, "ru", reference_date="2026-01-05")["people"]
    assert _dates_of(people, "Виктор Ярошевич", "sentenced") == ["2025-12-11"]
    assert _dates_of(people, "Денис Ворона", "sentenced") == [None]


_ARREST_THEN = {
    "en": "Ivan Lis was detained on 5 March 2024. ",
    "ru": "Ивана Лиса задержали 5 марта 2024 года. ",
    "be": "Івана Ліса затрымалі 5 сакавіка 2024 года. ",
}


@pytest.mark.parametrize(
    ("lang", "then", "date"),
    [
        ("en", "The next morning he was fined 30 base units.", "2024-03-06"),
        ("en", "The day after, he was fined 30 base units.", "2024-03-06"),
        ("ru", "Наутро его оштрафовали на 30 базовых.", "2024-03-06"),
        ("ru", "На следующее утро его оштрафовали на 30 базовых.", "2024-03-06"),
        ("be", "Наступнай раніцай яго аштрафавалі на 30 базавых.", "2024-03-06"),
        ("be", "На другі дзень яго аштрафавалі на 30 базавых.", "2024-03-06"),
        ("be", "Наступным днём яго аштрафавалі на 30 базавых.", "2024-03-06"),
        ("be", "Тым жа вечарам яго аштрафавалі на 30 базавых.", "2024-03-05"),
    ],
)
def test_the_next_morning_and_that_evening(lang: str, then: str, date: str) -> None:
    person = extract(_ARREST_THEN[lang] + then, lang, reference_date="2024-04-01")["people"][0]
    assert [c.get("date") for c in person["claims"] if c["kind"] == "fined"] == [date]


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("4–10 March 2024", "2024-03"),
        ("04.03–10.03.2024", "2024-03"),
        ("4.03.2024 – 10.03.2024", "2024-03"),
        ("March 4–10, 2024", "2024-03"),
        ("С 4 по 10 марта 2024 года", "2024-03"),
        ("12.03.2024", "2024-03-12"),
        ("28.02–05.03.2024", None),
        ("28 February – 5 March 2024", None),
    ],
)
def test_a_digest_heading_written_any_way(heading: str, date: str | None) -> None:
    text = (
        f"Weekly digest\n\n{heading}\n\n• Ihar Rusak was detained in Minsk.\n\n"
        "13 March 2024\n\n• Anton Bely was detained at the border.\n"
    )
    people = extract(text, "en", reference_date="2024-03-15")["people"]
    assert _dates_of(people, "Ihar Rusak", "detained") == [date]
    assert _dates_of(people, "Anton Bely", "detained") == ["2024-03-13"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "Ivan Lis was detained earlier this month.", "2024-06"),
        ("ru", "Ивана Лиса задержали в этом месяце.", "2024-06"),
        ("be", "Івана Ліса затрымалі ў гэтым месяцы.", "2024-06"),
        ("ru", "Ивану Лису в этом месяце, 4-го, отказали в свидании.", "2024-06-04"),
        ("ru", "Ивана Лиса задержали в конце прошлого года.", "2023"),
        ("ru", "Ивана Лиса задержали полгода назад.", "2023-12"),
        ("en", "Ivan Lis was detained half a year ago.", "2023-12"),
        # the speed check for the wording reads the text in lower case, as the pattern does
        ("en", "Ivan Lis is still in custody. Half a year ago he was detained.", "2023-12"),
    ],
)
def test_this_month_last_year_and_half_a_year_ago(lang: str, text: str, date: str) -> None:
    person = extract(text, lang, reference_date="2024-06-12")["people"][0]
    assert [c.get("date") for c in person["claims"]] == [date]


def test_the_day_before_in_an_aside_is_the_day_before_the_sentences_date() -> None:
    text = (
        "On 17 March Artsiom Kavaliou, detained the day before near the Kurapaty memorial, was "
        "given 15 days of administrative arrest."
    )
    people = extract(text, "en", reference_date="2024-03-20")["people"]
    assert _dates_of(people, "Artsiom Kavaliou", "detained") == ["2024-03-16"]


def test_a_term_after_a_dash_takes_the_date_of_the_clause_it_spells_out() -> None:
    text = (
        "19-гадовы студэнт з Салігорска Яўген Лойка 5 чэрвеня атрымаў «хатнюю хімію» — 2 гады "
        "абмежавання волі без накіравання ў папраўчую ўстанову."
    )
    people = extract(text, "be", reference_date="2026-06-10")["people"]
    assert _dates_of(people, "Яўген Лойка", "sentenced") == ["2026-06-05"]


@pytest.mark.parametrize(
    ("lang", "besides"),
    [
        ("ru", "Кроме того, каждому назначен штраф в размере 200 базовых величин."),
        ("be", "Акрамя таго, абодвум прызначаны штраф па 300 базавых велічынь."),
        ("en", "Both were also fined 200 base units."),
    ],
)
def test_a_fine_told_as_part_of_the_verdicts_takes_their_date(lang: str, besides: str) -> None:
    verdicts = {
        "ru": "6 июня суд приговорил Олега Лиса к 3 годам колонии, а Ивана Жука — к 2 годам.",
        "be": "6 чэрвеня суд асудзіў Алега Ліса да 3 гадоў калоніі, а Івана Жука — да 2 гадоў.",
        "en": "On 6 June the court sentenced Aleh Lis to 3 years and Ivan Zhuk to 2 years.",
    }[lang]
    people = extract(f"{verdicts} {besides}", lang, reference_date="2024-06-20")["people"]
    name = {"ru": "Олег Лис", "be": "Алег Ліс", "en": "Aleh Lis"}[lang]
    assert _dates_of(people, name, "fined") == ["2024-06-06"]


def test_terms_listed_after_one_dated_verdict_share_its_date() -> None:
    text = "On 6 June the court sentenced Aleh Lis to 3 years and Ivan Zhuk to 2 years."
    people = extract(text, "en", reference_date="2024-06-20")["people"]
    assert _dates_of(people, "Ivan Zhuk", "sentenced") == ["2024-06-06"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "On 7 November the court sentenced Alena Hlushko to 3 years. Her husband, Viktar "
            "Hlushko, who had come to support her, was detained right after the verdict outside "
            "the court.",
            "Viktar Hlushko",
        ),
        (
            "be",
            "7 лістапада суд асудзіў Кацярыну Палубяк да 3 гадоў калоніі. Пасля агалашэння "
            "прысуду яе маці, Людмілу Палубяк, затрымалі каля будынка суда.",
            "Людміла Палубяк",
        ),
    ],
)
def test_a_detention_at_the_court_takes_the_verdicts_day(lang: str, text: str, name: str) -> None:
    people = extract(text, lang, reference_date="2023-11-20")["people"]
    assert _dates_of(people, name, "detained") == ["2023-11-07"]


def test_a_scene_dated_twice_over_dates_the_detention_after_it() -> None:
    text = (
        "Вчера вечером силовики пришли в квартиру семьи Гарасимовичей. Задержаны 27-летний "
        "Павел Гарасимович и его отец Николай Гарасимович."
    )
    people = extract(text, "ru", reference_date="2026-01-15")["people"]
    assert _dates_of(people, "Николай Гарасимович", "detained") == ["2026-01-14"]


def test_a_trials_start_is_not_the_verdicts_day() -> None:
    text = (
        "The trial of three residents of Kobryn, held behind closed doors since mid-January, "
        "ended with the verdict read out on 03.02.2026.\n\nMikita Paulouski was given two years "
        "of restricted freedom with referral to an open-type correctional facility."
    )
    people = extract(text, "en", reference_date="2026-02-05")["people"]
    assert _dates_of(people, "Mikita Paulouski", "sentenced") == ["2026-02-03"]


def test_a_term_told_as_served_before_its_cue_takes_no_date() -> None:
    text = (
        "Полностью отбыв срок, 2 сентября из колонии в Витьбе вышел Виталий Гурин "
        "(ч. 2 ст. 293 УК, 4 года)."
    )
    people = extract(text, "ru", reference_date="2025-10-02")["people"]
    assert _dates_of(people, "Виталий Гурин", "sentenced") == [None]
    assert _dates_of(people, "Виталий Гурин", "released") == ["2025-09-02"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "date"),
    [
        # in passing beside the main fact: no date from it
        (
            "ru",
            "3 июля Александр Лукашенко помиловал Игоря Станкевича, осуждённого на 2 года за "
            "оскорбление президента.",
            "Игорь Станкевич",
            None,
        ),
        (
            "en",
            "On 10 October Pavel Kruk, sentenced to two years of restricted freedom, was moved "
            "to open facility No. 48.",
            "Pavel Kruk",
            None,
        ),
        # the Belarusian short participle as the sentence's predicate is the verdict
        (
            "be",
            "17 красавіка суддзя абвясціў прысуд па справе трох жыхароў Бабруйска. Раман "
            "Цыбульскі, 37-гадовы інжынер, асуджаны да 10 гадоў калоніі ўзмоцненага рэжыму.",
            "Раман Цыбульскі",
            "2026-04-17",
        ),
    ],
)
def test_a_term_in_passing_is_no_verdict_of_the_sentences_date(
    lang: str, text: str, name: str, date: str | None
) -> None:
    people = extract(text, lang, reference_date="2026-04-20")["people"]
    assert _dates_of(people, name, "sentenced") == [date]


# --- nothing after publication ------------------------------------------------------------


def test_a_day_of_the_month_is_never_after_publication() -> None:
    text = "Yesterday I received a note from Pavel Sidarenka: on the 14th he went on hunger strike."
    people = extract(text, "en", reference_date="2022-10-21")["people"]
    assert _dates_of(people, "Pavel Sidarenka", "hunger_strike") == ["2022-10-14"]


def test_a_date_reckoned_past_publication_is_dropped() -> None:
    text = (
        "Ганну Буйніцкую затрымалі 26 верасня. Праз дзесяць дзён яе адпусцілі пад падпіску аб "
        "нявыездзе."
    )
    people = extract(text, "be", reference_date="2023-09-28")["people"]
    assert _dates_of(people, "Ганна Буйніцкая", "released") == [None]


def test_a_story_month_after_a_new_year_is_last_year() -> None:
    text = (
        "Тыднёвы агляд: 29 снежня 2025 – 4 студзеня 2026\n\n"
        "Увесь тыдзень (29.12.2025–04.01.2026)\n"
        "• Ілля Бародка, які выйшаў на волю з гродзенскай турмы № 1 у снежні, расказаў пра "
        "турму."
    )
    people = extract(text, "be", reference_date="2026-01-06")["people"]
    assert _dates_of(people, "Ілля Бародка", "released") == ["2025-12"]


def test_over_the_last_year_brings_a_story_back_to_now() -> None:
    text = (
        "29 сентября вышел Евгений Пархимович. В 2021 году его осудили на 2 года, а в марте 2022 "
        "года этапировали в Новополоцк. По словам Евгения, за последний год его трижды водворяли "
        "в ШИЗО, а в июле лишили положенной передачи."
    )
    people = extract(text, "ru", reference_date="2023-10-02")["people"]
    assert _dates_of(people, "Евгений Пархимович", "visits_denied") == ["2023-07"]


def test_a_day_and_month_after_publication_is_last_years() -> None:
    text = (
        "On 12 March, human rights defenders recognized Aliaksei Dubrouski as a political prisoner."
    )
    people = extract(text, "en", reference_date="2024-03-01")["people"]
    assert _dates_of(people, "Aliaksei Dubrouski", "recognized") == ["2023-03-12"]
    written = "On 12 March 2024 Aliaksei Dubrouski was recognized as a political prisoner."
    people = extract(written, "en", reference_date="2024-03-01")["people"]
    assert _dates_of(people, "Aliaksei Dubrouski", "recognized") == ["2024-03-12"]  # its own year


@pytest.mark.parametrize(
    "text",
    [
        "Алеся Карповіч у калоніі. З 10 кастрычніка па 8 лістапада яна знаходзілася ў ПКТ.",
        "Алеся Карповіч у калоніі. З 10 кастрычніка па 8 лістапада яна знаходзілася ў ПКТ, а 1 "
        "снежня яе зноў змясцілі ў ШЫЗА на 10 сутак.",
    ],
)
def test_a_stay_from_one_day_to_another_is_dated_by_its_start(text: str) -> None:
    people = extract(text, "be", reference_date="2023-12-07")["people"]
    assert "2023-10-10" in _dates_of(people, "Алеся Карповіч", "punishment_cell")
    assert "2023-11-08" not in _dates_of(people, "Алеся Карповіч", "punishment_cell")


def test_fined_and_let_go_after_a_dated_court_decision_is_that_day() -> None:
    text = (
        "Вчера в Минске задержали фотографа Дениса Яроша и его соседку Ульяну Гринь. В тот же "
        "день судья дала Ярошу 15 суток ареста. Гринь оштрафовали на 40 базовых величин и "
        "отпустили."
    )
    people = extract(text, "ru", reference_date="2024-01-15")["people"]
    assert _dates_of(people, "Ульяна Гринь", "fined") == ["2024-01-14"]
    alone = "Вчера судья дала Денису Ярошу 15 суток ареста. Ульяну Гринь оштрафовали на 40 базовых."
    people = extract(alone, "ru", reference_date="2024-01-15")["people"]
    assert _dates_of(people, "Ульяна Гринь", "fined") == [None]  # another day's news, maybe


def test_more_than_once_then_the_days_gives_a_stay_for_each() -> None:
    text = (
        "Андрэй Сцяпура ў калоніі не раз трапляў у ШЫЗА — у прыватнасці, 12 лютага і 3 чэрвеня, "
        "кожны раз на 10 сутак."
    )
    people = extract(text, "be", reference_date="2024-07-08")["people"]
    assert sorted(_dates_of(people, "Андрэй Сцяпура", "punishment_cell")) == [
        "2024-02-12",
        "2024-06-03",
    ]
    other = (
        "За кратамі Алеся Станько не раз сутыкалася з ціскам: у сакавіку яе на 10 сутак "
        "змясцілі ў ШІЗА, а ў студзені не адпусцілі на пахаванне бабулі."
    )
    people = extract(other, "be", reference_date="2024-07-09")["people"]
    assert _dates_of(people, "Алеся Станько", "punishment_cell") == ["2024-03"]


def test_a_question_about_a_named_person_takes_the_answers_date() -> None:
    text = (
        "An interview with Katsiaryna Lobach about her brother.\n\n"
        "Q: When was Raman Lobach detained?\nA: On 9 August 2022, right at his office in Hrodna.\n\n"
        "Q: And the verdict?\nA: The court sentenced him on 3 March 2023."
    )
    people = extract(text, "en", reference_date="2025-02-10")["people"]
    assert _dates_of(people, "Raman Lobach", "detained") == ["2022-08-09"]


def test_convicted_as_a_predicate_dates_the_terms_after_it() -> None:
    text = (
        "Денис Шумов и Максим Рак осуждены 26 февраля по «делу о донатах». Шумов получил 5 лет "
        "колонии усиленного режима, Рак — 4 года 3 месяца колонии общего режима."
    )
    people = extract(text, "ru", reference_date="2026-03-02")["people"]
    assert _dates_of(people, "Денис Шумов", "sentenced") == ["2026-02-26"]
    assert _dates_of(people, "Максим Рак", "sentenced") == ["2026-02-26"]
    count = (
        "В октябре были осуждены не менее 34 человек. 7 октября суд вынес приговор Артуру Ступаку: "
        "3 года колонии."
    )
    people = extract(count, "ru", reference_date="2025-11-03")["people"]
    assert _dates_of(people, "Артур Ступак", "sentenced") == ["2025-10-07"]


def test_also_recognised_is_the_same_days_recognition() -> None:
    text = (
        "Weekly digest: 6–12 May 2023\n\nRECOGNITION. On 10 May human rights organisations "
        "recognised five more people as political prisoners. Among them is Darya Lemish, a nurse "
        "from Mazyr. Also recognised was Pavel Hrynko, a retired railwayman from Lida, who is "
        "in Hrodna prison No. 1."
    )
    people = extract(text, "en", reference_date="2023-05-12")["people"]
    assert _dates_of(people, "Pavel Hrynko", "recognized") == ["2023-05-10"]


def test_a_parenthesis_between_recognised_names_keeps_the_list() -> None:
    text = (
        "Human rights organisations recognized Uladzimir Zhauniou (see above) and Ales Varab as "
        "political prisoners on 11 October."
    )
    people = extract(text, "en", reference_date="2024-10-14")["people"]
    for name in ("Uladzimir Zhauniou", "Ales Varab"):
        assert _dates_of(people, name, "recognized") == ["2024-10-11"], name


def test_on_the_day_of_the_arrest_and_also_detained_share_the_arrests_day() -> None:
    text = (
        "Мікалая Салаўя затрымалі 1 кастрычніка пасля ператрусу. Яго жонку, Тамару Салавей, "
        "таксама затрымалі, але праз тры гадзіны адпусцілі. У дзень затрымання Мікалая звольнілі "
        "з інстытута."
    )
    people = extract(text, "be", reference_date="2024-10-08")["people"]
    assert _dates_of(people, "Тамара Салавей", "detained") == ["2024-10-01"]
    assert _dates_of(people, "Мікалай Салавей", "dismissed") == ["2024-10-01"]


def test_a_term_told_in_passing_about_someone_among_the_recognised_is_not_dated() -> None:
    text = (
        "Weekly digest | 9–15 October 2023\n\n• Four more people were recognized as political "
        "prisoners this week. Among them is Maksim Barysevich, a railway engineer from Orsha, who was "
        "sentenced to two years of home chemistry under Art. 342."
    )
    people = extract(text, "en", reference_date="2023-10-16")["people"]
    assert _dates_of(people, "Maksim Barysevich", "sentenced") == [None]
    dated = (
        "Праваабаронцы прызналі палітвязнямі яшчэ трох. Сярод іх — студэнтка Яна Цішкевіч, якую ў "
        "красавіку асудзілі на 2 гады."
    )
    people = extract(dated, "be", reference_date="2026-05-22")["people"]
    assert _dates_of(people, "Яна Цішкевіч", "sentenced") == ["2026-04"]


def test_fined_by_the_same_court_is_that_courts_day() -> None:
    text = (
        "13 мая судья суда Московского района дала Виктору Мележу 15 суток ареста. Оксану Мележ "
        "тот же суд оштрафовал на 30 базовых."
    )
    people = extract(text, "ru", reference_date="2024-05-20")["people"]
    assert _dates_of(people, "Оксана Мележ", "fined") == ["2024-05-13"]


def test_a_hunger_strike_in_an_aside_does_not_take_the_cells_date() -> None:
    text = (
        "Виктор Лещ с 20 ноября держит голодовку. 27 ноября, прямо во время голодовки, его "
        "поместили в ШИЗО на 15 суток."
    )
    people = extract(text, "ru", reference_date="2023-12-05")["people"]
    assert _dates_of(people, "Виктор Лещ", "hunger_strike") == ["2023-11-20"]
    assert _dates_of(people, "Виктор Лещ", "punishment_cell") == ["2023-11-27"]


def test_a_digest_with_run_in_section_labels_dates_no_undated_verdict_from_another() -> None:
    text = (
        "Итоги июня\n\nПриговоры. 12.06.2024 областной суд приговорил Марину Лях к 2 годам "
        "колонии общего режима. Жителю Лиды Юрию Ткачу за «оскорбление» назначили год "
        "ограничения свободы.\n\nОсвобождения. 4 июня на свободу вышел Николай Дуб."
    )
    r = extract(text, "ru", reference_date="2024-07-01")
    tkach = next(p for p in r["people"] if p["name"] == "Юрий Ткач")
    assert [c.get("date") for c in tkach["claims"] if c["kind"] == "sentenced"] == [None]


def test_the_day_after_the_appeal_counts_from_the_appeal_hearing() -> None:
    text = (
        "В июле суд приговорил Романа Шабана к 3 годам колонии. 25 сентября Минский областной "
        "суд рассмотрел апелляцию и снизил срок до 2 лет. Адвокат смог увидеть его только "
        "30 сентября. На следующий день после апелляции Шабана поместили в ШИЗО на 10 суток."
    )
    people = extract(text, "ru", reference_date="2024-10-01")["people"]
    assert _dates_of(people, "Роман Шабан", "punishment_cell") == ["2024-09-26"]


def test_a_fine_and_release_takes_the_hearing_day_told_two_sentences_back() -> None:
    text = (
        "Вчера в Минске задержали Олега Лося и его друга Матвея Кота. Сегодня суд Фрунзенского "
        "района рассмотрел их административные дела. Судья назначил Олегу 12 суток ареста. "
        "Матвея оштрафовали на 30 базовых величин и отпустили прямо из зала суда."
    )
    people = extract(text, "ru", reference_date="2023-08-21")["people"]
    assert _dates_of(people, "Матвей Кот", "fined") == ["2023-08-21"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "9 верасня суд Ленінскага раёна Гродна асудзіў настаўніцу Алесю Лось да 2 гадоў "
            "калоніі. Алесю ўзялі пад варту проста ў зале суда.",
            "be",
            "Алеся Лось",
        ),
        (
            "On 9 September a Hrodna court sentenced teacher Alesia Los to two years in a colony. "
            "She was taken into custody in the courtroom.",
            "en",
            "Alesia Los",
        ),
    ],
)
def test_custody_in_the_courtroom_is_on_the_persons_own_verdict_day(
    text: str, lang: str, name: str
) -> None:
    people = extract(text, lang, reference_date="2026-09-12")["people"]
    assert _dates_of(people, name, "detained") == ["2026-09-09"]


def test_a_week_after_a_verdict_told_without_a_term() -> None:
    text = (
        "Ольгу Лось задержали 13 января 2023 года. 22 июня 2023 года Минский городской суд "
        "признал её виновной в клевете. Через неделю после приговора её этапировали в женскую "
        "колонию №4 в Гомеле."
    )
    people = extract(text, "ru", reference_date="2026-05-14")["people"]
    assert _dates_of(people, "Ольга Лось", "transferred") == ["2023-06-29"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Олега Лося задержали 17 августа 2023 года. Три дня он провёл в ИВС на Окрестина, "
            "потом его перевели в СИЗО на Володарского.",
            "ru",
            "Олег Лось",
        ),
        (
            "My name is Pavel Lis. I was detained on 17 August 2023. The first three days I spent "
            "at Akrestsina, then I was transferred to the SIZO on Valadarskaha Street.",
            "en",
            "Pavel Lis",
        ),
    ],
)
def test_a_stay_counted_from_the_arrest_then_the_move(text: str, lang: str, name: str) -> None:
    people = extract(text, lang, reference_date="2024-01-10")["people"]
    assert _dates_of(people, name, "transferred") == ["2023-08-20"]


def test_a_detention_two_sentences_after_the_search_that_dates_the_scene() -> None:
    text = (
        "В ночь на 12 мая сотрудники ГУБОПиК пришли с обыском к Олегу Лосю и его жене Анне Кот. "
        "Изъяли телефоны и ноутбук. Обоих супругов задержали."
    )
    people = extract(text, "ru", reference_date="2024-05-20")["people"]
    assert _dates_of(people, "Олег Лось", "detained") == ["2024-05-12"]
    assert _dates_of(people, "Анна Кот", "detained") == ["2024-05-12"]
