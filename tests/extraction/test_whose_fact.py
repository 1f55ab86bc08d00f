"""Whose fact it is when several people are near it: a source named before a comma, "my
husband" in the oblique cases, the companion of an arrest, "he" opening the clause."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in


def _kinds(result: dict[str, Any], name: str) -> set[str]:
    return {c["kind"] for c in claims_in(result, name)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "Адвокат Ольга Шпак навестила Дениса Кравца. По словам адвоката, Денис по-прежнему "
            "содержится в СИЗО №1 на Володарского.",
            "ru",
            "Денис Кравец",
            "held_at",
        ),
        (
            "Сергей Лихачёв и Степан Гуринович полгода провели в СИЗО. По словам знакомых, "
            "Лихачёву не передали ни одного письма, а в августе его водворили в карцер.",
            "ru",
            "Сергей Лихачёв",
            "punishment_cell",
        ),
        (
            "Мяне завуць Вольга Кучынская. Майго мужа, Алеся Кучынскага, затрымалі 3 лютага "
            "2023 года. Праз тыдзень яго звольнілі. Яго сябру Паўлу Грыцуку далі 8 гадоў.",
            "be",
            "Алесь Кучынскі",
            "dismissed",
        ),
        (
            "Leanid Barysevich was arrested in June 2022 together with his former pupil Aleh "
            "Kazlouski. While the case was being investigated he was held in Prison No. 4 in "
            "Mahiliou.",
            "en",
            "Leanid Barysevich",
            "held_at",
        ),
        (
            "The court found Leanid Barysevich and Aleh Kazlouski guilty; Barysevich was also "
            "convicted of slandering the president. He was sentenced to five years in an "
            "enhanced-regime colony, Kazlouski to three years of general regime.",
            "en",
            "Leanid Barysevich",
            "sentenced",
        ),
        # a relative clause that opens right after a name tells what was done to that person
        (
            "Political prisoner Ihar Yarosh died in the colony in Viejna. According to Valery "
            "Koshal, who shared a barrack with him and was released in April, Yarosh was refused "
            "insulin.",
            "en",
            "Valery Koshal",
            "released",
        ),
        (
            "Палітвязень Ігар Ярош памёр у калоніі. Паводле Валерыя Кошала, якога вызвалілі ў "
            "красавіку, Ярошу не давалі інсуліну.",
            "be",
            "Валерый Кошал",
            "released",
        ),
        # a relative named as the sentence's subject is whom "he" means next
        (
            "My husband, Andrei Kalas, is in the colony in Vitba. His younger brother, Siarhei "
            "Kalas, has not been spared either. He was detained on 12 May 2024 over a comment.",
            "en",
            "Siarhei Kalas",
            "detained",
        ),
        (
            "17 снежня ў Гродне затрымалі бібліятэкарку Ларысу Мацкевіч.\n\nМуж Ларысы, Андрэй "
            "Мацкевіч, у 2021 годзе быў асуджаны на 4 гады. У жніўні ён выйшаў на волю, а ў "
            "верасні быў вымушаны выехаць з Беларусі.",
            "be",
            "Андрэй Мацкевіч",
            "exile",
        ),
        # a relative's testimony: what was done to the teller herself too
        (
            "Меня зовут Светлана Мацкевич. Моего сына Артёма Мацкевича осудили на 5 лет. А в мае "
            "меня саму вызвали в РУВД и оштрафовали на 30 базовых.",
            "ru",
            "Светлана Мацкевич",
            "fined",
        ),
    ],
)
def test_the_fact_is_the_subjects(text: str, lang: str, name: str, kind: str) -> None:
    r = extract(text, lang, reference_date="2024-06-01")
    assert kind in _kinds(r, name)
    others = [p["name"] for p in r["people"] if p["name"] != name and kind in _kinds(r, p["name"])]
    assert kind == "sentenced" or not others, others


def test_a_source_in_the_genitive_stays_the_source() -> None:
    text = "По словам его адвоката, Ольги Шпак, Денису Кравцу отказали в передачах."
    r = extract(text, "ru", reference_date="2024-06-01")
    assert "visits_denied" in _kinds(r, "Денис Кравец")
    assert not _kinds(r, "Ольга Шпак")


def test_the_companion_is_the_subject_when_nobody_is_named_before() -> None:
    text = (
        "Сяргея Лагуна затрымалі 15 мая 2023 года. Разам з ім затрымалі жонку Кацярыну Лагун. "
        "Назаўтра суд аштрафаваў жанчыну на 25 базавых велічынь."
    )
    r = extract(text, "be", reference_date="2024-06-01")
    assert "fined" in _kinds(r, "Кацярына Лагун")
    assert "fined" not in _kinds(r, "Сяргей Лагун")


def test_a_mothers_unnamed_son_is_her_son_not_the_last_named() -> None:
    text = (
        "«Я пишу ему каждый день»: мама политзаключённого Артёма Лисовского\n\n"
        "Рассказывает Наталья Лисовская:\n\n«Артёма задержали 17 августа 2022 года. Вместе с "
        "ним забрали его друга Павла Гринько. Павлу назначили 3 года химии.\n\nСначала сын "
        "сидел в СИЗО на Володарского, а 3 июля 2023 года его этапировали в Новополоцк, в ИК-1. "
        "В ШИЗО он попадал трижды — в сентябре 2023-го, в январе и 2 октября этого года.»"
    )
    r = extract(text, "ru", reference_date="2024-11-20")
    artsiom = {(c["kind"], c.get("date")) for c in claims_in(r, "Артём Лисовский")}
    assert {
        ("transferred", "2023-07-03"),
        ("punishment_cell", "2023-09"),
        ("punishment_cell", "2024-01"),
        ("punishment_cell", "2024-10-02"),
    } <= artsiom
    assert not {"transferred", "punishment_cell"} & _kinds(r, "Павел Гринько")


def test_a_headline_source_before_a_colon_is_no_title() -> None:
    text = (
        "Адвокат: Роман Левицкий почти не выходит из ШИЗО\n\nАдвокат Олег Стрельчук навестил "
        "Романа Левицкого. Левицкий был осуждён в 2023 году на 8 лет лишения свободы."
    )
    r = extract(text, "ru", reference_date="2025-03-26")
    assert "sentenced" in _kinds(r, "Роман Левицкий")


def test_the_people_between_dashes_before_the_verb_share_it() -> None:
    text = (
        "Three residents of Hrodna — Alesia Pankratava, Dzianis Khilko and Raman Shydlouski — "
        "have been recognized as political prisoners."
    )
    r = extract(text, "en", reference_date="2024-03-15")
    assert all("recognized" in _kinds(r, p["name"]) for p in r["people"])
    assert len(r["people"]) == 3


def test_a_relative_clause_with_another_name_inside_is_its_openers() -> None:
    text = (
        "Valery Palchyk died in the colony. Ruslan Tsikhanau, who served time with Palchyk in "
        "Ivatsevichy and was released last year, remembers him as a quiet man."
    )
    people = {p["name"]: p for p in extract(text, "en", reference_date="2025-03-01")["people"]}
    assert [c["kind"] for c in people["Ruslan Tsikhanau"]["claims"]] == ["released"]
    assert "released" not in [c["kind"] for c in people["Valery Palchyk"]["claims"]]


@pytest.mark.parametrize(
    "text",
    [
        "Political prisoner Aliaksei Hurynovich died in Horki. Men who were released from Horki "
        "last year say the colony's medical unit repeatedly refused to send him to a hospital.",
        "Political prisoner Yury Dabrynin is being denied insulin in the Vitba colony, according "
        "to men released from there last month.",
    ],
)
def test_unnamed_people_released_keep_their_release_and_its_date(text: str) -> None:
    person = extract(text, "en", reference_date="2025-03-01")["people"][0]
    told = [(c["kind"], c.get("date")) for c in person["claims"]]
    assert ("medical_neglect", None) in told
    assert "released" not in [kind for kind, _ in told]


@pytest.mark.parametrize(
    ("text", "lang", "name", "other"),
    [
        # a relative named after a dash is the one detained, not whose mother she is
        (
            "Вчера суд осудил журналистку Алесю Вербицкую. А в Лиде в тот же день задержали "
            "маму Алеси — Тамару Вербицкую.",
            "ru",
            "Тамара Вербицкая",
            "Алеся Вербицкая",
        ),
        # a companion named after a kin word and a comma
        (
            "Максима Дубовика задержали 2 июня вместе с братом, Кириллом Дубовиком.",
            "ru",
            "Кирилл Дубовик",
            None,
        ),
        # the second of two objects after "и нашего друга"
        (
            "В тот же день забрали Константина Жилинского и нашего друга Павла Ермоловича.",
            "ru",
            "Павел Ермолович",
            None,
        ),
        # "were taken the same day", "took … off a coach"
        (
            "On 3 March Ihar Lis was detained. Two other men, Pavel Zhyhar and Siarhei "
            "Amialyanchyk, were taken the same day.",
            "en",
            "Siarhei Amialyanchyk",
            None,
        ),
        (
            "At the crossing, border guards took Pavel Rusak, 45, off a coach returning from "
            "Poland.",
            "en",
            "Pavel Rusak",
            None,
        ),
    ],
)
def test_whose_detention_among_relatives_companions_and_objects(
    text: str, lang: str, name: str, other: str | None
) -> None:
    r = extract(text, lang, reference_date="2024-07-05")
    assert "detained" in _kinds(r, name)
    if other is not None:
        assert "detained" not in _kinds(r, other)


def test_a_charge_together_with_friends_is_theirs_and_i_is_no_surname() -> None:
    text = (
        "— They came for me on 14 October 2021. Two days later I was charged with participating "
        "in an extremist formation, together with my friends Raman Tsitou and Uladzimir Hnedash."
        "\n\n— Raman is still in Shklou; about Uladzimir I know nothing."
    )
    r = extract(text, "en", reference_date="2025-02-18")
    assert "charged" in _kinds(r, "Uladzimir Hnedash")
    assert "charged" in _kinds(r, "Raman Tsitou")
    assert not any(p["name"] == "Uladzimir I" for p in r["people"])


def test_in_a_relatives_testimony_what_was_done_to_me_is_the_tellers() -> None:
    text = (
        "Меня зовут Ольга Верещак. Моего мужа, Романа Верещака, задержали 12.11.2024 у нас дома. "
        "Его продержали трое суток и отпустили.\n\nЯ поехала к нему 3 февраля. На границе в "
        "Бресте меня сняли с поезда и продержали почти восемь часов. Вечером того же дня судья "
        "оштрафовал меня на 20 базовых величин. 5 февраля меня уволили из музыкальной школы."
    )
    r = extract(text, "ru", reference_date="2025-03-10")
    assert {"detained", "fined", "dismissed"} <= _kinds(r, "Ольга Верещак")
    assert not {"fined", "dismissed"} & _kinds(r, "Роман Верещак")


def test_a_visit_refused_to_his_mama_is_his() -> None:
    text = (
        "Коротко о деле Павла Гурского. Вчера его маме, Ирине Гурской, отказали в свидании с сыном."
    )
    r = extract(text, "ru", reference_date="2023-04-12")
    assert "visits_denied" in _kinds(r, "Павел Гурский")
    assert "visits_denied" not in _kinds(r, "Ирина Гурская")


def test_a_brother_named_without_commas_is_the_subject_of_his_own_state() -> None:
    text = (
        "Артём Лис отбывает 3 года в колонии №2. Его младший брат Кирилл Лис уже третий год за "
        "решёткой: в 2022 году его приговорили к 4 годам колонии."
    )
    result = extract(text, "ru", reference_date="2025-01-10")
    assert "sentenced" in _kinds(result, "Кирилл Лис")
    assert [c.get("years") for c in claims_in(result, "Артём Лис") if c["kind"] == "sentenced"] == [
        3
    ]


def test_a_teller_fined_after_a_relative_clause_is_still_herself() -> None:
    text = (
        "Меня зовут Светлана Рудак. Моего сына Игната Рудака задержали 5 марта. Меня саму в "
        "апреле задержали у здания суда, где я стояла с фотографией сына, и оштрафовали на 15 "
        "базовых."
    )
    result = extract(text, "ru", reference_date="2025-09-08")
    assert "fined" in _kinds(result, "Светлана Рудак")
    assert "fined" not in _kinds(result, "Игнат Рудак")


@pytest.mark.parametrize(
    ("text", "lang", "official"),
    [
        (
            "Arkadz Lis was detained on 2 February. The investigator, Major Dzianis Savich, has "
            "rejected every request for a visit. On the 26th he was put in the punishment cell.",
            "en",
            "Dzianis Savich",
        ),
        (
            "Андрей Лис отбывает срок. Начальник колонии Денис Савич отказал ему в свидании. "
            "Потом его поместили в ШИЗО.",
            "ru",
            "Денис Савич",
        ),
    ],
)
def test_a_rank_or_a_colony_head_is_an_official_not_the_prisoner(
    text: str, lang: str, official: str
) -> None:
    result = extract(text, lang, reference_date="2024-05-10")
    assert _kinds(result, official) == set()
    roles = {p["name"]: p["role"] for p in result["people"]}
    assert roles[official] == "other"


def test_a_relatives_death_is_no_death_in_custody() -> None:
    result = extract("У политзаключённого Станислава Веремея умерла мать.", "ru")
    assert "death_in_custody" not in _kinds(result, "Станислав Веремей")


def test_the_presiding_judge_is_an_official() -> None:
    text = (
        "Зміцер Лях асуджаны да 3 гадоў. Калегія суддзяў пад старшынствам Андрэя Кірылава "
        "знізіла тэрмін да 2 гадоў і 6 месяцаў."
    )
    result = extract(text, "be", reference_date="2024-12-04")
    assert _kinds(result, "Андрэй Кірылаў") == set()


def test_her_client_is_the_prisoner_named_before_not_the_last_woman() -> None:
    text = (
        "Яўген Дамар асуджаны на 6 гадоў. Па той жа справе Кацярына Бялевіч атрымала тры гады з "
        "адтэрміноўкай.\n\nДамара затрымалі ў лістападзе 2022 года. Першыя месяцы ён правёў у "
        "СІЗА КДБ. Адвакатка Тамара Сідар паведаміла, што з 20 чэрвеня яе падабаронны трымае "
        "галадоўку."
    )
    result = extract(text, "be", reference_date="2023-07-05")
    assert "hunger_strike" in _kinds(result, "Яўген Дамар")
    assert "hunger_strike" not in _kinds(result, "Кацярына Бялевіч")


def test_a_short_heading_line_states_nothing() -> None:
    text = (
        "Итоги месяца\n\nИнна Бельская переведена в колонию №4.\n\nЭтапы и голодовки.\n\n"
        "Сергей Лис 3 июля переведён в тюрьму №8."
    )
    result = extract(text, "ru", reference_date="2026-07-31")
    assert "hunger_strike" not in {c["kind"] for p in result["people"] for c in p["claims"]}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Максим Грач получил 6 лет колонии. По тому же делу проходит Олег Сивый: 10 февраля "
            "областной суд приговорил его к 5 годам колонии усиленного режима.",
            "ru",
            "Олег Сивый",
        ),
        (
            "Максім Грач атрымаў 6 гадоў калоніі. Па той жа справе асуджаная Алена Сівая: "
            "12 верасня ёй прызначылі 3 гады калоніі агульнага рэжыму.",
            "be",
            "Алена Сівая",
        ),
    ],
)
def test_a_name_before_a_colon_that_goes_on_about_them_is_no_speaker(
    text: str, lang: str, name: str
) -> None:
    r = extract(text, lang, reference_date="2024-12-01")
    assert [c["kind"] for c in claims_in(r, name) if c["kind"] == "sentenced"] == ["sentenced"]
    grach = "Максим Грач" if lang == "ru" else "Максім Грач"
    assert len([c for c in claims_in(r, grach) if c["kind"] == "sentenced"]) == 1


def test_a_bracketed_second_spelling_is_the_same_person() -> None:
    text = (
        "On 13 January the court sentenced Yauhen Shchaulou (Yevgeny Shcheglov), a 29-year-old "
        "driver, to four years in a general-regime colony."
    )
    r = extract(text, "en", reference_date="2025-02-01")
    assert [p["name"] for p in r["people"]] == ["Yauhen Shchaulou"]
    assert [c["date"] for c in claims_in(r, "Yauhen Shchaulou") if c["kind"] == "sentenced"] == [
        "2025-01-13"
    ]


def test_a_gapped_verdict_item_is_the_name_before_its_dash() -> None:
    text = (
        "10 марта суд огласил приговор. Олега Кирика осудили по ст. 342 УК на 4 года колонии, "
        "Анну Лось — по ст. 361-4 на 3 года 6 месяцев колонии общего режима, Павла Жука за "
        "«дискредитацию» — на 2 года «домашней химии». Денис Мак получил 4 года колонии, Ирина "
        "Гай и её брат Сергей Гай — по 2 года «домашней химии»."
    )
    r = extract(text, "ru", reference_date="2025-03-12")
    terms = {
        p["name"]: sorted(
            (c.get("years"), c.get("months")) for c in p["claims"] if c["kind"] == "sentenced"
        )
        for p in r["people"]
    }
    assert terms["Анна Лось"] == [(3, 6)]
    assert terms["Павел Жук"] == [(2, None)]
    assert terms["Ирина Гай"] == terms["Сергей Гай"] == [(2, None)]
    assert {c["article"] for c in claims_in(r, "Анна Лось") if c["kind"] == "charged"} == {"361-4"}


def test_an_owner_named_in_the_subjects_description_is_not_the_subject() -> None:
    text = (
        "Ihar Lis was sentenced to eight years. His co-defendant, 29-year-old Pavel Kot, accused "
        "of passing Lis's messages to a banned channel, received 3 years of general-regime colony."
    )
    r = extract(text, "en", reference_date="2023-11-24")
    assert [c["years"] for c in claims_in(r, "Pavel Kot") if c["kind"] == "sentenced"] == [3]
    assert [c["years"] for c in claims_in(r, "Ihar Lis") if c["kind"] == "sentenced"] == [8]


def test_a_described_first_subject_after_the_verb_is_joined_to_the_next() -> None:
    text = (
        "17 июля были помилованы и вышли на свободу Олег Кот, отбывавший срок в ИК-5 "
        "(Ивацевичи), и Анна Лось из гомельской женской колонии №4."
    )
    r = extract(text, "ru", reference_date="2025-07-20")
    for name in ("Олег Кот", "Анна Лось"):
        assert [c.get("date") for c in claims_in(r, name) if c["kind"] == "released"] == [
            "2025-07-17"
        ], name


def test_the_friend_after_a_possessive_is_the_subject_not_the_owner() -> None:
    text = (
        "Ihar Kot was sentenced to five years on 3 March. Later that day police detained Kot's "
        "friend Pavel Lis outside the court building."
    )
    r = extract(text, "en", reference_date="2026-03-05")
    assert [c["kind"] for c in claims_in(r, "Pavel Lis")] == ["detained"]
    assert "detained" not in [c["kind"] for c in claims_in(r, "Ihar Kot")]


def test_a_subject_pronoun_before_the_verb_beats_the_reporting_relative_after() -> None:
    text = (
        "Олега Лося 14 марта поместили в ШИЗО. В тот же день он объявил голодовку, сообщает его "
        "сестра Ирина Лось."
    )
    r = extract(text, "ru", reference_date="2026-03-20")
    assert "hunger_strike" in [c["kind"] for c in claims_in(r, "Олег Лось")]
    assert not claims_in(r, "Ирина Лось")


def test_a_head_of_a_prison_unit_is_titled_and_the_object_is_the_prisoner() -> None:
    text = (
        "Олега Лося держат в тюрьме №4. В июле начальник медчасти тюрьмы Андрей Белый отказал ему "
        "в госпитализации."
    )
    r = extract(text, "ru", reference_date="2023-08-01")
    assert "medical_neglect" in [c["kind"] for c in claims_in(r, "Олег Лось")]
    assert not claims_in(r, "Андрей Белый")


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "sender"),
    [
        (
            "Арсения Гулько держат в тюрьме №8. С мая ему не передают письма от матери, Зои "
            "Гулько.",
            "ru",
            "Арсений Гулько",
            "Зоя Гулько",
        ),
        (
            "Кастуся Міхалевіча трымаюць у калоніі №3. Яму не аддаюць лісты ад жонкі Ганны "
            "Міхалевіч.",
            "be",
            "Кастусь Міхалевіч",
            "Ганна Міхалевіч",
        ),
    ],
)
def test_the_relative_who_sends_the_letters_is_not_denied_them(
    text: str, lang: str, prisoner: str, sender: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, prisoner)}
    assert not claims_in(result, sender)


@pytest.mark.parametrize(
    ("text", "lang", "other", "subject", "day"),
    [
        (
            "12 марта в Гродно задержали Инну Карась. В тот же день, когда задержали Инну, в "
            "Лиде задержали её сына Павла Карася.",
            "ru",
            "Инна Карась",
            "Павел Карась",
            "2024-03-12",
        ),
        (
            "3 мая ў Пінску затрымалі Алега Сівака. У той жа дзень, калі затрымалі Алега, у "
            "Мінску затрымалі ягонага сябра Юрыя Баркоўскага.",
            "be",
            "Алег Сівак",
            "Юрый Баркоўскі",
            "2024-05-03",
        ),
    ],
)
def test_a_name_in_a_clause_of_time_is_the_other_events(
    text: str, lang: str, other: str, subject: str, day: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert [c.get("date") for c in claims_in(result, subject) if c["kind"] == "detained"] == [day]
    assert [c.get("date") for c in claims_in(result, other) if c["kind"] == "detained"] == [day]


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "В Пинске задержан Игорь Лапо. 12 мая освобождён Геннадий Рудько: назначенные ему 3 "
            "года лишения свободы он отбыл полностью.",
            "ru",
            "Геннадий Рудько",
            "sentenced",
        ),
        (
            "У Брэсце затрымалі Сяргея Гуза. Апеляцыя. 4 чэрвеня абласны суд пакінуў у сіле "
            "прысуд Андрэю Стрыжу: у лютым яго асудзілі на 6 гадоў калоніі.",
            "be",
            "Андрэй Стрыж",
            "sentenced",
        ),
    ],
)
def test_a_name_before_a_colon_that_goes_on_about_him_is_no_speaker(
    text: str, lang: str, name: str, kind: str
) -> None:
    assert kind in _kinds(extract(text, lang, reference_date="2024-12-20"), name)


@pytest.mark.parametrize(
    ("text", "lang", "relative", "prisoner", "kind"),
    [
        (
            "Паўла Жураўля асудзілі на 5 гадоў. У той жа дзень, калі абвясцілі прысуд, у Гомелі "
            "затрымалі ягонага брата Сцяпана Жураўля, а назаўтра суд аштрафаваў яго на 20 "
            "базавых.",
            "be",
            "Сцяпан Жураўль",
            "Павел Жураўль",
            "fined",
        ),
        (
            "Игоря Савчука осудили на 7 лет. По этому же делу в июне был осуждён его друг Олег "
            "Мельник: суд дал ему 4 года колонии.",
            "ru",
            "Олег Мельник",
            "Игорь Савчук",
            "sentenced",
        ),
    ],
)
def test_a_relative_just_told_as_arrested_is_whom_the_pronoun_means(
    text: str, lang: str, relative: str, prisoner: str, kind: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert kind in _kinds(result, relative)
    assert [c["kind"] for c in claims_in(result, prisoner)] == ["sentenced"]
    # the verdict named in the clause of time is the brother's, not the fine's conviction
    assert "sentenced" not in _kinds(result, relative) or kind == "sentenced"


@pytest.mark.parametrize(
    ("text", "lang", "subject", "source", "kind"),
    [
        (
            "Игоря Ляха задержали в мае. Сейчас он находится в СИЗО-1 Минска, сообщил "
            "правозащитник Олег Ткач.",
            "ru",
            "Игорь Лях",
            "Олег Ткач",
            "held_at",
        ),
        (
            "Ales Hurski was sentenced in March. It is already his third stint in a punishment "
            "cell this year, says his sister, Maryna Hurskaya.",
            "en",
            "Ales Hurski",
            "Maryna Hurskaya",
            "punishment_cell",
        ),
    ],
)
def test_the_name_after_a_reporting_verb_is_the_source(
    text: str, lang: str, subject: str, source: str, kind: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert kind in _kinds(result, subject)
    assert not claims_in(result, source)


def test_a_quoted_nickname_is_no_persons_surname() -> None:
    # "Барсучьи" starts like the surname Барсук: the colony's nickname, not his mention
    text = (
        "10 мая Олега Барсука оштрафовали на 50 базовых. 12 мая по окончании срока из "
        "колонии № 15 «Барсучьи горы» вышел Пётр Гордей."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert _kinds(result, "Олег Барсук") == {"fined"}
    assert "released" in _kinds(result, "Пётр Гордей")


@pytest.mark.parametrize(
    ("text", "lang", "relative", "other"),
    [
        (
            "Вчера задержали Анну Рыбак и её мужа Петра Рыбака. Анну отпустили вечером, Петра "
            "оставили под стражей. Напомним, их сын Денис Рыбак уже год в заключении. В 2023 году "
            "его осудили на 5 лет колонии.",
            "ru",
            "Денис Рыбак",
            "Пётр Рыбак",
        ),
        (
            "Учора затрымалі Сяргея Кавальчука. Нагадаем: старэйшы брат Сяргея Ігар Кавальчук з "
            "2021 года знаходзіцца ў калоніі — яго асудзілі на 6 гадоў.",
            "be",
            "Ігар Кавальчук",
            "Сяргей Кавальчук",
        ),
    ],
)
def test_a_relative_recalled_as_a_prisoner_is_whom_the_pronoun_means(
    text: str, lang: str, relative: str, other: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "sentenced" in _kinds(result, relative)
    assert "sentenced" not in _kinds(result, other)


@pytest.mark.parametrize(
    ("text", "lang", "name", "other"),
    [
        (
            "Ягора Лісоўскага асудзілі на 7 гадоў. Па гэтай жа справе раней быў асуджаны кіроўца "
            "Сцяпан Мельнік: ён атрымаў 4 гады калоніі.",
            "be",
            "Сцяпан Мельнік",
            "Ягор Лісоўскі",
        ),
        (
            "Егора Лисовского осудили на 7 лет. В ИК-3 находится и его бывший коллега Степан "
            "Мельник: он отбывает 4 года колонии.",
            "ru",
            "Степан Мельник",
            "Егор Лисовский",
        ),
    ],
)
def test_a_name_before_a_colon_and_his_own_he_is_no_speaker(
    text: str, lang: str, name: str, other: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert [c.get("years") for c in claims_in(result, name) if c["kind"] == "sentenced"] == [4]
    assert [c.get("years") for c in claims_in(result, other) if c["kind"] == "sentenced"] == [7]


def test_a_name_before_a_colon_and_an_article_is_no_speaker() -> None:
    text = (
        "Вчера суд приговорил Олега Мазура к 4 годам колонии. В тот же день осудили жительницу "
        "Пинска Веру Станюк: по ст. 369 УК ей назначили 2 года ограничения свободы."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "sentenced" in _kinds(result, "Вера Станюк")
    assert [
        c.get("years") for c in claims_in(result, "Олег Мазур") if c["kind"] == "sentenced"
    ] == [4]


def test_a_friend_just_told_as_detained_is_whom_him_means() -> None:
    text = (
        "Ruslan Dziamidau was sentenced to three years. The same day, police detained "
        "Dziamidau's friend Maksim Harbuz outside the court; later that day a judge fined him "
        "30 base units."
    )
    result = extract(text, "en", reference_date="2024-12-20")
    assert "fined" in _kinds(result, "Maksim Harbuz")
    assert "fined" not in _kinds(result, "Ruslan Dziamidau")


@pytest.mark.parametrize(
    ("text", "lang", "relative", "prisoner"),
    [
        (
            "Ales Baranau has been in prison since 2022. Ales's brother Pavel Baranau was "
            "detained in May. A court fined him 20 base units the same day.",
            "en",
            "Pavel Baranau",
            "Ales Baranau",
        ),
        (
            "Игорь Лис с 2022 года в колонии. Его брат Олег Лис был задержан в мае. Суд "
            "оштрафовал его на 20 базовых величин.",
            "ru",
            "Олег Лис",
            "Игорь Лис",
        ),
    ],
)
def test_a_relative_told_as_arrested_himself_is_whom_the_next_pronoun_means(
    text: str, lang: str, relative: str, prisoner: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "fined" in _kinds(result, relative)
    assert "fined" not in _kinds(result, prisoner)
