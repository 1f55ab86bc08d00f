"""A charge added later carries its date; a detention's length is not a prison term."""

from __future__ import annotations

import pytest

from nezabudka.extraction.terms import find_durations
from tests.extraction.claim_helpers import first_named_claims, first_named_dated_kinds


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Ruslan Yafimau was sentenced in May. In January an additional charge of insulting a "
            "judge was brought against him.",
            "en",
            "2024-01",
        ),
        (
            "Денис Кравец осуждён в мае. В декабре прошлого года обвинение дополнили статьёй о "
            "клевете в отношении президента.",
            "ru",
            "2023-12",
        ),
        (
            "Сяргей Ляўковіч чакае суда. У лютым Ляўковічу дадалі яшчэ адно абвінавачанне — "
            "абраза суддзі (арт. 391).",
            "be",
            "2024-02",
        ),
        (
            "Геннадия Пашкевича задержали 3 марта. В мае, уже после окончания следствия, "
            "Пашкевичу добавили обвинение в разжигании социальной вражды.",
            "ru",
            "2024-05",
        ),
        (
            "Евгений Кучинский отбывает срок в колонии. В марте против него возбудили ещё одно "
            "дело — по ст. 411 УК.",
            "ru",
            "2024-03",
        ),
        (
            "Задержана Вероника Лаврёнова. Обвинение по ст. 361-1 ей предъявили 10 апреля.",
            "ru",
            "2024-04-10",
        ),
        (
            "Andrei Zhdanovich was arrested in March. Then, in May, the KGB added high treason "
            "for Andrei.",
            "en",
            "2024-05",
        ),
        (  # a name between the verb and "обвинение"
            "Роман Дударев под арестом. 4 июня следователь предъявил Роману обвинение по ч. 1 "
            "ст. 342 УК.",
            "ru",
            "2024-06-04",
        ),
        (  # "ўзбудзілі" after a vowel
            "Уладзіслаў Навіцкі адбывае арышт. Учора супраць Навіцкага ўзбудзілі крымінальную "
            "справу па арт. 368 КК.",
            "be",
            "2024-06-19",
        ),
    ],
)
def test_a_charge_added_later_is_dated(text: str, lang: str, date: str) -> None:
    charged = [d for k, d in first_named_dated_kinds(text, lang) if k == "charged"]
    assert date in charged, charged


def test_months_held_after_an_arrest_are_no_term() -> None:
    text = "Андрэя Мацулевіча затрымалі 12 чэрвеня і амаль чатыры месяцы трымалі ў СІЗА КДБ."
    kinds = first_named_dated_kinds(text, "be")
    assert ("detained", "2024-06-12") in kinds
    assert "sentenced" not in [k for k, _ in kinds]


@pytest.mark.parametrize(
    "text",
    [
        "Максиму Тарасевичу предъявлено обвинение по ст. 356 УК (измена государству) и по ч. 1 "
        "ст. 361-1 УК — обвинение по второй статье добавили 10 ноября.",
        "Артуру Ледовскому вменяют разжигание вражды (ст. 130 УК) и дискредитацию Республики "
        "Беларусь (ст. 369-1 УК). Обвинение по второй статье было предъявлено 9 января.",
    ],
)
def test_the_second_charges_date_is_not_the_firsts(text: str) -> None:
    charged = [
        (c.get("article"), c.get("date"))
        for c in first_named_claims(text, "ru", ref="2024-06-20")
        if c["kind"] == "charged"
    ]
    first, second = sorted({a for a, _ in charged}, key=lambda a: text.index(f"{a} УК"))
    assert [d for a, d in charged if a == first] == [None]
    assert [d for a, d in charged if a == second] == [
        "2023-11-10" if "ноября" in text else "2024-01-09"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        # the article added later takes the date; the first one stays undated
        (
            "Сначала Олегу Мартыненко вменили ч. 1 ст. 342 УК, а 5 апреля ему добавили ст. 130 "
            "УК за комментарии.",
            "ru",
            {"342": [None], "130": ["2024-04-05"]},
        ),
        (
            "Спачатку Віталю Крупенію інкрымінавалі арт. 342 КК, а 12 лютага абвінавачанне "
            "дапоўнілі арт. 369 КК.",
            "be",
            {"342": [None], "369": ["2024-02-12"]},
        ),
        (
            "At first Ihar Sauchuk was charged under Article 342. In April investigators added "
            "Art. 361-1 to his case.",
            "en",
            {"342": [None], "361-1": ["2024-04"]},
        ),
    ],
)
def test_an_added_article_takes_the_date_of_its_own_verb(
    text: str, lang: str, dates: dict[str, list[str | None]]
) -> None:
    charged = [c for c in first_named_claims(text, lang) if c["kind"] == "charged"]
    got: dict[str, list[str | None]] = {}
    for c in charged:
        got.setdefault(c["article"], []).append(c.get("date"))
    assert {a: sorted(set(d), key=str) for a, d in got.items()} == dates


def test_a_year_added_by_a_court_is_no_charge_date() -> None:
    text = "19 октября суд добавил Денису Рубцову ещё один год лишения свободы по ст. 411 УК."
    charged = [c for c in first_named_claims(text, "ru") if c["kind"] == "charged"]
    assert [c.get("date") for c in charged] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Raman Kulik was arrested in August. Then in November the investigator added "
            "incitement to hatred, Article 130. On 3 March 2023 he was sentenced to five years.",
            "en",
            [("detained", "2022-08"), ("charged", "2022-11")],
        ),
        (
            "Приговор Дмитрию Ковалю огласили 30 августа 2022 года: три года колонии. Ещё в июне "
            "ему добавили статью 130.",
            "ru",
            [("charged", "2022-06")],
        ),
    ],
)
def test_a_bare_month_of_a_charge_comes_before_the_verdict(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    kinds = [(c["kind"], c.get("date")) for c in first_named_claims(text, lang, ref="2025-02-10")]
    for pair in want:
        assert pair in kinds, kinds


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        (
            "10 чэрвеня з Івацэвіцкай калоніі № 5 у Магілёўскую турму № 4 этапавалі двух "
            "палітвязняў — Андрэя Сцепанчука і Уладзіслава Кірэева.",
            "be",
            {("transferred", "2024-06-10")},
        ),
        (
            "10 июня из Ивацевичской колонии № 5 в Могилёвскую тюрьму № 4 этапировали "
            "политзаключённого Андрея Степанчука.",
            "ru",
            {("transferred", "2024-06-10")},
        ),
    ],
)
def test_a_destination_told_before_its_verb_is_a_transfer(
    text: str, lang: str, kinds: set[tuple[str, str]]
) -> None:
    assert kinds <= set(first_named_dated_kinds(text, lang))


def test_moved_to_a_cell_within_the_colony_is_no_transfer() -> None:
    text = "Ганну Юрэвіч у гомельскай калоніі № 4 перавялі ў ПКТ на чатыры месяцы."
    assert "transferred" not in {k for k, _ in first_named_dated_kinds(text, "be")}


def test_an_employer_dismissing_someone_by_name_is_a_dismissal() -> None:
    text = "Taras Hrynko was detained on 3 April. Two days later the school dismissed Hrynko."
    assert ("dismissed", "2024-04-05") in first_named_dated_kinds(text, "en")


def test_a_term_cut_on_appeal_takes_the_hearing_told_before_the_appeal_story() -> None:
    text = (
        "On 12 November the regional court heard the appeal of Kasia Zhuk. The verdict was "
        "delivered on 14 August. She received three years of restricted freedom. The panel "
        "listened to her lawyer. The appeal court refused to hear "
        "witnesses. Her term was cut to two years."
    )
    dates = [d for k, d in first_named_dated_kinds(text, "en") if k == "sentenced"]
    assert "2023-11-12" in dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On 6 June Andrei Palub was sent from open-type correctional facility No. 48 in "
            "Asipovichy to Penal Colony No. 2 in Babruisk.",
            "en",
        ),
        (
            "6 июня Марину Ясевич отправили из жодинского СИЗО-8 в Гомель, в ИК-4.",
            "ru",
        ),
    ],
)
def test_sent_from_one_place_to_another_is_a_transfer(text: str, lang: str) -> None:
    assert ("transferred", "2024-06-06") in first_named_dated_kinds(text, lang)


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Суд назначил Ивану Лосю «домашнюю химию» — год ограничения свободы без направления.", 1),
        ("Иван Лось получил год колонии общего режима.", 1),
        ("Іван Лось атрымаў год калоніі агульнага рэжыму.", 1),
        ("В 2021 год колонии не менялся.", None),
        ("Иван Лось получил год назад повестку.", None),
    ],
)
def test_a_year_told_without_a_number_is_one_year(sentence: str, years: int | None) -> None:
    found = find_durations(sentence)
    assert [d.years for d in found] == ([years] if years else [])


def test_a_gapped_english_term_after_a_relative_clause_is_found() -> None:
    sentence = (
        "Anna Lis was sentenced to 3 years of restricted freedom without referral to an open-type "
        "facility, and Pavel Kot, who had also been charged with insulting a government official, "
        "to 5 years in an enhanced-regime colony."
    )
    assert [d.years for d in find_durations(sentence)] == [3, 5]
