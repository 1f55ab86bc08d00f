"""Rules added in session 9 from an error census over all 305 scored gold reports: recognition
phrases with an apposition or a list of names after them, active and participial detentions,
"last August", conjoined people across a clause break, and the dashed ellipsis
("Нічыпарука затрымалі 10 траўня, Кірэеву — праз тыдзень")."""

from __future__ import annotations

import pytest

from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.dates import find_dates
from nezabudka.extraction.facilities import find_facilities
from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        # an apposition with commas between the verb and "as a political prisoner"
        (
            "On 8 November, human rights organisations recognized Alina Dziamidava, a "
            "58-year-old pensioner from Babruisk, as a political prisoner.",
            "en",
            "Alina Dziamidava",
            "2023-11-08",
        ),
        # the full Russian wording, not only "политзаключённым"
        (
            "Артёма Стрельцова задержали весной. В мае правозащитники признали Артёма "
            "Стрельцова политическим заключённым.",
            "ru",
            "Артём Стрельцов",
            "2023-05",
        ),
        (
            "Human rights defenders declared Dzianis Kavalchuk a political prisoner in November.",
            "en",
            "Dzianis Kavalchuk",
            "2023-11",
        ),
    ],
)
def test_recognition_wordings(text: str, lang: str, name: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2023-12-01"), kind="recognized", date=date)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "On 12 March, human rights defenders recognized three more people as political "
            "prisoners: Aliaksei Dubrouski, Iryna Savitskaya and Paval Hramovich.",
            "en",
            ["Aliaksei Dubrouski", "Iryna Savitskaya", "Paval Hramovich"],
        ),
        (
            "12 сакавіка праваабаронцы прызналі палітвязнямі Арцёма Баравіка і Васіля Мартыненку.",
            "be",
            ["Арцём Баравік", "Васіль Мартыненка"],
        ),
    ],
)
def test_recognition_of_a_list_after_the_phrase(text: str, lang: str, names: list[str]) -> None:
    for name in names:
        claims = claims_of(text, lang, name, ref="2024-03-20")
        assert has(claims, kind="recognized", date="2024-03-12"), name


def test_recognition_list_does_not_take_a_judge() -> None:
    text = (
        "On 12 March, human rights defenders recognized two people as political prisoners: "
        "Iryna Savitskaya and Paval Hramovich, sentenced by judge Alena Tsitova."
    )
    assert not has(claims_of(text, "en", "Alena Tsitova"), kind="recognized")


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "On 4 October, police detained Siarhei Marozau in Hrodna.",
            "en",
            "Siarhei Marozau",
            "2023-10-04",
        ),
        # a participle after the name, with its own date
        (
            "Среди задержанных — Екатерина Жаворонок, задержанная 28.11.2023 за комментарии.",
            "ru",
            "Екатерина Жаворонок",
            "2023-11-28",
        ),
        (
            "Праваабаронцы назвалі Наталлю Грыб, затрыманую 5 жніўня ў Полацку.",
            "be",
            "Наталля Грыб",
            "2023-08-05",
        ),
        # "last August" in a December report: this year's August
        (
            "Kiryl Savenka, detained last August, has been held in the pre-trial detention centre.",
            "en",
            "Kiryl Savenka",
            "2023-08",
        ),
    ],
)
def test_detention_wordings(text: str, lang: str, name: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2023-12-01"), kind="detained", date=date)


@pytest.mark.parametrize(
    ("ref", "year"),
    [("2024-03-15", 2023), ("2024-09-15", 2024), ("2024-08-15", 2023)],
)
def test_last_august_is_the_latest_august_before_publication(ref: str, year: int) -> None:
    y, m = int(ref[:4]), int(ref[5:7])
    (d,) = [d for d in find_dates("He was detained last August.", y, m) if d.date]
    assert (d.date.year, d.date.month) == (year, 8)


def test_conjoined_people_across_a_clause_break_share_the_detention() -> None:
    text = (
        "On 19 April 2022, security officers in Brest detained Siarhei Dzemidovich, 29, and his "
        "partner Yuliya Lahun."
    )
    for name in ("Siarhei Dzemidovich", "Yuliya Lahun"):
        assert has(claims_of(text, "en", name), kind="detained", date="2022-04-19"), name


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Віктара Нічыпарука затрымалі 10 траўня 2022 года, Святлану Кірэеву — праз тыдзень.",
            "Святлана Кірэева",
            "2022-05-17",
        ),
        (
            "Віктара Лазоўскага затрымалі 2 лютага 2023 года, у той жа дзень — Святлану Ярмоліч.",
            "Святлана Ярмоліч",
            "2023-02-02",
        ),
    ],
)
def test_dashed_ellipsis_gives_the_second_person_the_verb(text: str, name: str, date: str) -> None:
    assert has(claims_of(text, "be", name), kind="detained", date=date)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("со 2 по 9 октября держал голодовку", "2025-10-02"),
        ("з 2 па 9 студзеня трымаў галадоўку", "2025-01-02"),
        ("from 2 to 9 October he refused food", "2025-10-02"),
        ("on 12–19 May", "2025-05-12"),
    ],
)
def test_a_range_of_days_is_dated_by_its_first(text: str, start: str) -> None:
    (d,) = [d for d in find_dates(text, 2025, 11) if d.date]
    assert str(d.date) == start


def test_two_days_joined_by_and_are_no_range() -> None:
    dates = [d for d in find_dates("on 2 and 9 October", 2025, 11) if d.date]
    assert "2025-10-09" in [str(d.date) for d in dates]
    assert not [d for d in dates if "2 and 9" in d.text]


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind", "date"),
    [
        # an opening date set off by a dash is no dateline
        (
            "On 3 October 2023 — his birthday — the guards put Tsimur Karalenka in the "
            "punishment cell for fifteen days.",
            "en",
            "Tsimur Karalenka",
            "punishment_cell",
            "2023-10-03",
        ),
        # a clause joined by "and" goes on in the sentence's time
        (
            "In August 2023 the guards stopped handing Hanna Makarevich letters from her son, "
            "and she went on hunger strike for eleven days.",
            "en",
            "Hanna Makarevich",
            "hunger_strike",
            "2023-08",
        ),
        # the dated clause passes the verdict, a later clause gives the term
        (
            "Дмитрий Скоробогатов пять месяцев сидел в СИЗО, а в марте 2023-го его осудили за "
            "«участие в экстремистском формировании» — пять лет колонии усиленного режима.",
            "ru",
            "Дмитрий Скоробогатов",
            "sentenced",
            "2023-03",
        ),
        (
            "Dzmitry Marozau was arrested in April 2021 and the same year sentenced to five "
            "years in an enhanced-regime colony.",
            "en",
            "Dzmitry Marozau",
            "sentenced",
            "2021",
        ),
    ],
)
def test_dates_from_the_sentence(text: str, lang: str, name: str, kind: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2024-03-01"), kind=kind, date=date)


def test_a_clause_after_and_then_is_not_dated_by_the_first() -> None:
    text = (
        "У ліпені 2023 года Мікіту Зайца асудзілі на 3 гады, а пасля прысуду этапавалі ў "
        "Шклоўскую калонію № 17."
    )
    claims = claims_of(text, "be", "Мікіта Заяц")
    assert has(claims, kind="transferred") and not has(claims, kind="transferred", date="2023-07")


@pytest.mark.parametrize(
    ("text", "lang", "name", "facility"),
    [
        (
            "Павел Сідарэнка ўтрымліваўся ў СІЗА КДБ у Мінску, а ў маі 2022 года яго перавезлі ў "
            "магілёўскую турму №4.",
            "be",
            "Павел Сідарэнка",
            {"kind": "prison", "number": 4, "town": "Mahiliou"},
        ),
        (
            "Алена Жыгалка ждала этапа в СИЗО на Володарского, а в сентябре 2022-го её перевезли в "
            "гомельскую колонию № 4.",
            "ru",
            "Алена Жыгалка",
            {"kind": "penal_colony", "number": 4, "town": "Homiel"},
        ),
    ],
)
def test_moved_by_van_is_a_transfer(text: str, lang: str, name: str, facility: dict) -> None:
    assert has(claims_of(text, lang, name), kind="transferred", facility=facility)


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "25 июля Александр Лукашенко помиловал 16 политзаключённых. Среди них — Инна "
            "Рудковская и Дмитрий Юшкевич: сразу после освобождения его вывезли к границе с Литвой.",
            "ru",
            "Дмитрий Юшкевич",
            "2026-07-25",
        ),
        (
            "Яўгена Дзямідава вызвалілі 14 верасня 2026 года. Адразу пасля вызвалення "
            "супрацоўнікі КДБ вывезлі яго да мяжы з Літвой і загадалі пакінуць краіну.",
            "be",
            "Яўген Дзямідаў",
            "2026-09-14",
        ),
    ],
)
def test_exile_right_after_release_takes_its_date(
    text: str, lang: str, name: str, date: str
) -> None:
    claims = claims_of(text, lang, name, ref="2026-10-01")
    assert has(claims, kind="exile", date=date)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ('for "calls to actions aimed at harming national security"', {"361"}),
        (
            "Паўла абвінавацілі ў закліках да дзеянняў, накіраваных на нанясенне шкоды нацыянальнай бяспецы",
            {"361"},
        ),
        ("абвінавачвалі ў знявазе дзяржаўных сімвалаў", {"370"}),
        ("за «пагрозу гвалтам у дачыненні да супрацоўніка міліцыі»", {"364"}),
        ("прызналі вінаватым у абразе прэзідэнта і паклёпе на яго", {"368", "367"}),
        ("found him guilty of slandering Alexander Lukashenko", {"367"}),
        ("за «змову з мэтай захопу дзяржаўнай улады неканстытуцыйным шляхам»", {"357"}),
        (
            "guilty of intentional destruction of property committed in a generally dangerous manner",
            {"218"},
        ),
        ("— Статьи 342 и 364 — якобы я толкнул омоновца", {"342", "364"}),
        ("Мне дали три с половиной года колонии по 342-й статье", {"342"}),
    ],
)
def test_article_wordings(text: str, numbers: set[str]) -> None:
    assert {a.number for a in find_articles(text)} == numbers


def test_a_count_before_the_word_statya_is_no_article() -> None:
    assert find_articles("получил 3 года по 2 статьям") == []


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("из гомельской женской колонии вышла", ("penal_colony", 4, "Homiel")),
        ("Яна выйшла з Гомельскай жаночай калоніі", ("penal_colony", 4, "Homiel")),
        ("She was moved to the Homiel women's colony.", ("penal_colony", 4, "Homiel")),
        ("в июле 2023 года его этапировали в Вейну", ("penal_colony", 15, "Mahiliou")),
        ("В Витьбе остаётся его товарищ", ("penal_colony", 3, "Vitba")),
        ("его перевели в гродненскую тюрьму", ("prison", 1, "Hrodna")),
        ("у гродзенскай турме №1", ("prison", 1, "Hrodna")),
    ],
)
def test_places_of_detention_by_description(text: str, facility: tuple) -> None:
    found = [(f.kind, f.number, f.town) for f in find_facilities(text)]
    assert found == [facility]


def test_a_colony_and_its_settlement_stay_one_place() -> None:
    found = find_facilities("перевели из колонии №3 в Витьбе в гродненскую тюрьму")
    assert [(f.text, f.number) for f in found] == [
        ("колонии №3 в Витьбе", 3),
        ("гродненскую тюрьму", 1),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            'Vasil Hurynovich died in the colony. "He was due to be released in January."',
            "en",
            "Vasil Hurynovich",
        ),
        (
            "Роман Ситник должен был быть освобождён в январе, но остался за решёткой.",
            "ru",
            "Роман Ситник",
        ),
    ],
)
def test_an_expected_release_is_no_release(text: str, lang: str, name: str) -> None:
    assert not has(claims_of(text, lang, name), kind="released")
