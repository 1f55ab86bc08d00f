"""One surname per family (a relative named only in an oblique case takes the surname the
report gives in the nominative), and a name whose forms both genders share read by the pronoun
that follows it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nezabudka.extraction import extract
from nezabudka.extraction.dates import find_dates
from nezabudka.extraction.families import share_family_surnames
from nezabudka.extraction.nominative import gender_cue
from nezabudka.extraction.people import Person
from nezabudka.names import to_nominative
from tests.extraction.claim_helpers import claims_of, has


def names_in(text: str, lang: str) -> set[str]:
    return {p["name"] for p in extract(text, lang, reference_date="2024-03-01")["people"]}


@pytest.mark.parametrize(
    ("text", "lang", "want", "not_want"),
    [
        # the wife's nominative gives the husband's surname its fleeting vowel
        (
            "Силовики пришли домой к Веронике Лученок и её мужу Геннадию Лученку. "
            "Супругов задержали.",
            "ru",
            "Геннадий Лученок",
            "Геннадий Лученк",
        ),
        # brothers named with a plural surname; the family's other names give the singular
        (
            "Суд агучыў прысуд братам Паўлу і Андрэю Лукшам. Паўла Лукшу асудзілі на 10 гадоў. "
            "Іх маці Ніну Лукшу ў залу не пусцілі.",
            "be",
            "Андрэй Лукша",
            "Андрэй Лукшам",
        ),
        # the sister's nominative surname, and "які" tells that Уладзіславу is a man's dative
        (
            "Палітвязню Уладзіславу Бураку, які адбывае тэрмін у калоніі, адмовілі ў спатканні, "
            "расказала сястра палітвязня Кацярына Бурак.",
            "be",
            "Уладзіслаў Бурак",
            "Уладзіслава Бурака",
        ),
        # "Яна" in the next sentence: Алеся is a woman's nominative, not the genitive of Алесь
        (
            "Разам з ім вызвалена Алеся Мурашка, былая журналістка. Яна адбывала тэрмін у Гомелі.",
            "be",
            "Алеся Мурашка",
            "Алесь Мурашак",
        ),
        (
            "«Людзей звальняюць», — кажа праваабаронца Валянціна Кудзерка. Паводле яе слоў, "
            "звальненні працягваюцца.",
            "be",
            "Валянціна Кудзерка",
            "Валянцін Кудзерак",
        ),
    ],
)
def test_family_surname_and_gender_cue(text: str, lang: str, want: str, not_want: str) -> None:
    found = names_in(text, lang)
    assert want in found
    assert not_want not in found


def test_unrelated_surnames_are_left_alone() -> None:
    # Ковальчук is no case form of Коваль: different families keep their names
    found = names_in("Суд асудзіў Ігара Ковальчука. На пасяджэнні выступіла Ганна Коваль.", "be")
    assert {"Ігар Ковальчук", "Ганна Коваль"} <= found


def test_gender_cue() -> None:
    assert gender_cue(", які адбывае тэрмін") == "m"
    assert gender_cue(", которая работала") == "f"
    assert gender_cue(". Паводле яе слоў, усё добра") == "f"
    assert gender_cue(". Его задержали утром") == "m"
    assert gender_cue(" и его жена") is None  # not a new sentence: no cue
    assert gender_cue(". Суд прызначыў 5 гадоў. Яна не прызнала віну") is None


def test_names_library_gender_hint() -> None:
    assert to_nominative("Алеся Мурашка", "f") == "Алеся Мурашка"
    assert to_nominative("Уладзіславу Бураку", "m") == "Уладзіслаў Бурак"
    # a hint of the other gender changes nothing when no reading of that gender exists
    assert to_nominative("Ніну Лукшу", "m") == to_nominative("Ніну Лукшу")


_SURNAMES = st.sampled_from(["Бурак", "Лукша", "Лученок", "Ковалёва", "Кавалёў", "Сцяпанава"])
_GIVEN = st.sampled_from([("Ігар", "m"), ("Ганна", "f"), ("Павел", "m"), ("Ніна", "f")])


@given(st.lists(st.tuples(_GIVEN, _SURNAMES, st.booleans()), min_size=1, max_size=5))
def test_attested_names_never_change(rows: list[tuple[tuple[str, str], str, bool]]) -> None:
    people = [Person(f"{g} {s}", g, s) for (g, _gender), s, _ in rows]
    attested = {i for i, (_g, _s, nominative) in enumerate(rows) if nominative}
    raw = {i: {s} for i, (_g, s, _n) in enumerate(rows)}
    before = [p.name for p in people]
    share_family_surnames(people, raw, attested, be=True)
    for i in attested:
        assert people[i].name == before[i]
    # and a second pass changes nothing more
    after = [p.name for p in people]
    share_family_surnames(people, raw, attested, be=True)
    assert [p.name for p in people] == after


@pytest.mark.parametrize(
    ("text", "lang", "name", "ref", "want"),
    [
        # a term served is no verdict: "the same day" dates the release
        (
            "1 февраля вышла на свободу Алеся Кривошей. В тот же день, полностью отбыв полтора "
            "года в колонии № 3 в Витьбе, освободился и Олег Жук.",
            "ru", "Олег Жук", "2026-02-03", {"kind": "released", "date": "2026-02-01"},
        ),
        # "together with him": the companion's detention date
        (
            "Сяргея Мароза затрымалі 7 кастрычніка. Разам з ім затрымалі і ягоную жонку "
            "Людмілу Мароз.",
            "be", "Людміла Мароз", "2025-10-08", {"kind": "detained", "date": "2025-10-07"},
        ),
        (
            "Oksana Levchuk was detained on 11 September. Together with her, her husband "
            "Hienadz Levchuk was detained.",
            "en", "Hienadz Levchuk", "2024-09-12", {"kind": "detained", "date": "2024-09-11"},
        ),
        # a headline's fact happened when the lead says
        (
            "⚡️ В Бресте задержан блогер Станислав Гурский\n\nВчера утром силовики пришли домой "
            "к Станиславу Гурскому. В квартире провели обыск.",
            "ru", "Станислав Гурский", "2024-07-03", {"kind": "detained", "date": "2024-07-02"},
        ),
        # the day before yesterday
        (
            "Пазаўчора суд асудзіў Андрэя Касцюкевіча на 3 гады калоніі.",
            "be", "Андрэй Касцюкевіч", "2023-04-27", {"kind": "sentenced", "date": "2023-04-25"},
        ),
        # a trial that ended dates the terms given after it
        (
            "Позавчера в Гомельском областном суде завершился процесс над тремя жителями Гомеля. "
            "Судья назначил Андрею Костюкевичу 3 года колонии общего режима.",
            "ru", "Андрей Костюкевич", "2023-04-27", {"kind": "sentenced", "date": "2023-04-25"},
        ),
        # an event dated by its noun in the next sentence
        (
            "Палітвязня Рыгора Сасноўскага перавялі ў турму № 1 у Гродне. Паводле слоў жонкі, "
            "этап адбыўся пазаўчора.",
            "be", "Рыгор Сасноўскі", "2023-03-22", {"kind": "transferred", "date": "2023-03-20"},
        ),
        (
            "On 10 March the court sentenced Andrei Shyshko to two years in prison. He was moved to "
            "Prison No. 4 in Mahiliou. The transfer took place a week after the verdict.",
            "en", "Andrei Shyshko", "2023-03-21", {"kind": "transferred", "date": "2023-03-17"},
        ),
        # "on the 19th" in a digest's next section: the current month, not the background's
        (
            "New sentences. Hanna Dzehtsiarova was arrested on 2 June.\n\nTransfers. Pavel "
            "Hrynkevich has been moved to penal colony No. 17 in Shklou. The transfer took place "
            "on the 19th.",
            "en", "Pavel Hrynkevich", "2024-11-22", {"kind": "transferred", "date": "2024-11-19"},
        ),
    ],
)  # fmt: skip
def test_dates_from_context(
    text: str, lang: str, name: str, ref: str, want: dict[str, Any]
) -> None:
    assert has(claims_of(text, lang, name, ref), **want)


def test_served_term_takes_no_date() -> None:
    claims = claims_of(
        "В тот же день, полностью отбыв полтора года в колонии, освободился Олег Жук.",
        "ru",
        "Олег Жук",
        "2026-02-03",
    )
    assert has(claims, kind="sentenced", years=1, months=6)
    assert not has(claims, kind="sentenced", date="2026-02-03")


@pytest.mark.parametrize(
    ("text", "year", "month", "want"),
    [
        ("За январь политзаключёнными признаны 27 человек.", 2026, 2, "2026-01"),
        ("He was arrested in April 2024. That December, the court sentenced him.", 2026, 3,
         "2024-12"),
        ("Last summer he went on hunger strike.", 2025, 2, "2024"),
        ("Last summer he went on hunger strike.", 2025, 10, "2025"),
        ("Мінулым летам яго змясцілі ў ШІЗА.", 2025, 2, "2024"),
    ],
)  # fmt: skip
def test_month_and_season_dates(text: str, year: int, month: int, want: str) -> None:
    dates = find_dates(text, year, month)
    assert str(dates[-1].date) == want


@pytest.mark.parametrize(
    "text", ["Весной на него завели новое дело.", "She will fall ill.", "Summer camp opened."]
)
def test_bare_seasons_date_nothing(text: str) -> None:
    assert find_dates(text, 2025, 2) == []


@pytest.mark.parametrize(
    ("text", "lang", "name", "how"),
    [
        ("Ina Dashkevich walked free on 5 February, having served her three-year sentence in "
         "full.", "en", "Ina Dashkevich", "end_of_term"),
        ("Aleh Shupenia was released in December after completing his sentence.", "en",
         "Aleh Shupenia", "end_of_term"),
        ("Виктор Сабуров вышел на свободу в ноябре 2023 года после окончания срока.", "ru",
         "Виктор Сабуров", "end_of_term"),
        ("Учора па сканчэнні тэрміну з турмы выйшаў Яўген Дзямідаў.", "be", "Яўген Дзямідаў",
         "end_of_term"),
        # the next sentence says how, near its start
        ("В тот же день на свободу вышла Вероника Мисюк. Она отбыла 2 года ограничения свободы с "
         "направлением в исправительное учреждение открытого типа — последние месяцы провела в "
         "ИУОТ №55 в Минске.", "ru", "Вероника Мисюк", "end_of_term"),
        # by the same decree; together with someone pardoned
        ("У той жа дзень паводле таго ж указа вызвалены Пятро Сянкевіч.", "be", "Пятро Сянкевіч",
         "pardon"),
        ("Учора Тараса Зелянкевіча вызвалілі па памілаванні. Разам з ім вызвалена Алеся "
         "Мурашка. Яна адбывала тэрмін у Гомелі.", "be", "Алеся Мурашка", "pardon"),
    ],
)  # fmt: skip
def test_how_a_release_happened(text: str, lang: str, name: str, how: str) -> None:
    assert has(claims_of(text, lang, name, "2025-11-05"), kind="released", how=how)


@pytest.mark.parametrize(
    ("text", "lang", "name", "want"),
    [
        ("Денис Лапицкий содержится в тюрьме №8 в Жодино. Около двух месяцев он провёл в СИЗО "
         "на Володарского, а в январе его этапировали в Жодино.", "ru", "Денис Лапицкий",
         {"kind": "transferred", "date": "2024-01",
          "facility": {"kind": "pretrial", "number": 8, "town": "Zhodzina"}}),
        ("Uladzimir Tsikhanchuk died in penal colony No. 17 in Shklou. He first served his term "
         "in penal colony No. 15 near Mahiliou and was moved to Shklou in 2023.", "en",
         "Uladzimir Tsikhanchuk",
         {"kind": "transferred", "date": "2023",
          "facility": {"kind": "penal_colony", "number": 17, "town": "Shklou"}}),
    ],
)  # fmt: skip
def test_transfer_to_a_town(text: str, lang: str, name: str, want: dict[str, Any]) -> None:
    assert has(claims_of(text, lang, name, "2024-03-01"), **want)


def test_taken_to_a_town_after_arrest_is_no_transfer() -> None:
    claims = claims_of(
        "Арсения Климовича задержали. Трое суток держали на Окрестина, потом увезли в Жодино. "
        "Сейчас он в СИЗО №8 в Жодино.",
        "ru",
        "Арсений Климович",
    )
    assert not has(claims, kind="transferred")


def test_a_relative_visiting_the_colony_is_not_held_there() -> None:
    result = extract(
        "1 февраля политзаключённая Алеся Кривошей вышла на свободу. Встречать её к воротам "
        "гомельской женской колонии № 4 приехала сестра Наталья Кривошей.",
        "ru",
        reference_date="2026-02-03",
    )
    held = {p["name"] for p in result["people"] for c in p["claims"] if c["kind"] == "held_at"}
    assert held == {"Алеся Кривошей"}


def test_one_person_when_the_family_surname_makes_two_names_one() -> None:
    result = extract(
        "Учора суд агучыў прысуд Аляксею Бандарэнку. Аляксей Бандарэнка атрымаў 3,5 года "
        "калоніі. Маці Аляксея, Таццяна Бандарэнка, будзе абскарджваць прысуд.",
        "be",
        reference_date="2023-04-28",
    )
    names = [p["name"] for p in result["people"]]
    assert names.count("Аляксей Бандарэнка") == 1


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "be",
            "Мяне завуць Тамара Бародка. Майго сына Арцёма забралі 23 студзеня.",
            "Арцём Бародка",
        ),
        (
            "ru",
            "Меня зовут Тамара Бородко. Моего сына Артёма задержали 23 января.",
            "Артём Бородко",
        ),
        ("ru", "Меня зовут Ольга Климович. Мою дочь Анну задержали 23 января.", "Анна Климович"),
    ],
)
def test_the_narrators_kin_named_in_an_oblique_case_bears_her_surname(
    lang: str, text: str, name: str
) -> None:
    people = extract(text, lang, reference_date="2026-06-15")["people"]
    assert any(p["name"] == name and p["claims"] for p in people), [p["name"] for p in people]


def test_a_list_entry_opens_with_a_nominative_name() -> None:
    text = (
        "Сёння мы прызнаём палітычнымі вязнямі яшчэ двух чалавек:\n\n"
        "Алеся Кірыленка, 27 гадоў, фатографка з Брэста. Затрыманая 12.01.2023.\n\n"
        "Васіль Ждан, 55 гадоў, вадзіцель з Баранавічаў."
    )
    names = [p["name"] for p in extract(text, "be", reference_date="2023-03-01")["people"]]
    assert names == ["Алеся Кірыленка", "Васіль Ждан"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Памяці Яўгена Рудака\n\n5 кастрычніка ў калоніі памёр палітвязень Яўген Рудак. "
            "Яўген Пятровіч усё жыццё адпрацаваў інжынерам.",
            "be",
            ["Яўген Рудак"],
        ),
        (
            "Ольгу Мацко задержали в мае. Ольга Николаевна всю жизнь проработала учительницей.",
            "ru",
            ["Ольга Мацко"],
        ),
        (
            "Ганну Лось задержали в мае. Ганна Лукашэвіч, яе суседка, таксама была на допыце.",
            "be",
            ["Ганна Лось", "Ганна Лукашэвіч"],
        ),
    ],
)
def test_a_given_name_with_a_patronymic_is_the_person_named_before(
    text: str, lang: str, names: list[str]
) -> None:
    found = [p["name"] for p in extract(text, lang, reference_date="2024-10-10")["people"]]
    assert found == names
