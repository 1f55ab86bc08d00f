"""Rules added after the batch-14/15 evaluation: a family's shared surname ("Денис и Оксана
Кирилловы", "Darya and Alena Kuzmich"), conjoined subjects after the verb, counted groups in
the oblique case ("Усіх трох затрымалі"), Belarusian plural participles, and a prosecutor
called "государственный обвинитель" / "дзяржаўны абвінаваўца"."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract
from nezabudka.extraction.nominative import singular_surname


def people(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in result["people"]}


def kinds(person: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(c["kind"], c.get("date")) for c in person["claims"]]


@pytest.mark.parametrize(
    ("surname", "given", "expected"),
    [
        ("Кирилловы", "Денис", ("Денис", "Кириллов")),
        ("Кирилловых", "Оксану", ("Оксана", "Кириллова")),
        ("Мартыненкі", "Ігар", ("Ігар", "Мартыненка")),
        ("Шыманскіх", "Ганну", ("Ганна", "Шыманская")),
        ("Мацкевічы", "Вольга", ("Вольга", "Мацкевіч")),
        ("Кириллов", "Денис", None),  # singular: not a family's plural
        ("Кириллова", "Оксана", None),
    ],
)
def test_plural_surnames_become_singular(
    surname: str, given: str, expected: tuple[str, str] | None
) -> None:
    assert singular_surname(surname, given) == expected


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "23 января задержаны Денис и Оксана Кирилловы.",
            "ru",
            {"Денис Кириллов", "Оксана Кириллова"},
        ),
        (
            "23 студзеня затрыманыя браты Ігар і Васіль Мартыненкі.",
            "be",
            {"Ігар Мартыненка", "Васіль Мартыненка"},
        ),
        (
            "On 23 January 2024 Darya and Alena Kuzmich were detained in Minsk.",
            "en",
            {"Darya Kuzmich", "Alena Kuzmich"},
        ),
    ],
)
def test_a_shared_surname_gives_each_person_the_fact(text: str, lang: str, names: set[str]) -> None:
    found = people(extract(text, lang, reference_date="2024-01-31"))
    assert set(found) == names
    for name in names:
        assert kinds(found[name]) == [("detained", "2024-01-23")]


def test_two_separate_people_do_not_share_a_surname() -> None:
    found = people(extract("Иван Петров и Анна Сидорова задержаны 3 марта 2024 года.", "ru"))
    assert set(found) == {"Иван Петров", "Анна Сидорова"}


@pytest.mark.parametrize(
    "sentence",
    ["Усе трое былі затрыманыя 13.10.2022.", "Усіх трох затрымалі 13.10.2022."],
)
def test_counted_group_in_belarusian(sentence: str) -> None:
    text = (
        "Марына Садоўская атрымала 4 гады калоніі. Юрася Кухту асудзілі на тры гады. "
        "Васіль Грыцук атрымаў 2 гады. Дзяржаўны абвінаваўца Дзмітрый Ліс прасіў для "
        "Садоўскай пяць гадоў. " + sentence
    )
    found = people(extract(text, "be"))
    detained = {n for n, p in found.items() if ("detained", "2022-10-13") in kinds(p)}
    assert detained == {"Марына Садоўская", "Юрась Кухта", "Васіль Грыцук"}
    assert found["Дзмітрый Ліс"]["role"] == "other"


def test_russian_group_in_the_accusative() -> None:
    text = (
        "Ольга Зуева и Пётр Рогов получили по три года колонии. "
        "Всех троих задержали 5 мая 2023 года вместе с Иваном Лисом."
    )
    found = people(extract(text, "ru"))
    assert ("detained", "2023-05-05") in kinds(found["Ольга Зуева"])


def test_state_prosecutor_is_not_a_defendant() -> None:
    text = "Государственный обвинитель Игорь Стрельцов просил для Анны Белой пять лет колонии."
    found = people(extract(text, "ru"))
    assert found["Игорь Стрельцов"]["role"] == "other"
    assert found["Игорь Стрельцов"]["claims"] == []


def test_a_headline_that_names_nobody_gives_no_claims() -> None:
    text = (
        "Прысуд па «лідскай справе»: 7 і 2 гады\n\n"
        "Учора ў Гродзенскім абласным судзе завяршыўся закрыты працэс над жыхарамі Ліды. "
        "Суддзя Аксана Тамашэвіч прызнала ўсіх вінаватымі.\n\n"
        "Яўген Лапата атрымаў 7 гадоў калоніі ўзмоцненага рэжыму. Алег Місюк атрымаў 2 гады "
        "пазбаўлення волі з адтэрміноўкай — яго вызвалілі з-пад варты ў зале суда."
    )
    found = people(extract(text, "be", reference_date="2025-09-18"))
    # the headline's "2 гады" is not Лапата's; the trial's date reaches the verdict sentence
    assert kinds(found["Яўген Лапата"]) == [("sentenced", "2025-09-17")]
    assert kinds(found["Алег Місюк"]) == [("sentenced", "2025-09-17"), ("released", "2025-09-17")]
    assert found["Аксана Тамашэвіч"]["role"] == "other"


def test_a_headline_that_names_someone_still_counts() -> None:
    text = "Ihar Zhuk sentenced to six years\n\nThe court in Minsk read out the verdict on Monday."
    found = people(extract(text, "en", reference_date="2024-03-15"))
    assert [c["kind"] for c in found["Ihar Zhuk"]["claims"]] == ["sentenced"]


def test_one_event_stated_twice_keeps_the_exact_date() -> None:
    text = (
        "Сымон Ракіцкі ў лютым быў памілаваны. 14 лютага мяне выклікалі ў штаб і сказалі, што "
        "Сымона Ракіцкага памілавалі."
    )
    found = people(extract(text, "be", reference_date="2024-05-30"))
    assert [c.get("date") for c in found["Сымон Ракіцкі"]["claims"]] == ["2024-02-14"]


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Алег Місюк атрымаў 2 гады з адтэрміноўкай выканання пакарання.", "suspended"),
        ("Олегу Мисюку дали 2 года с отсрочкой исполнения наказания.", "suspended"),
        ("Oleg Misiuk got two years, a deferred sentence.", "suspended"),
    ],
)
def test_deferred_sentences_are_suspended(text: str, regime: str) -> None:
    lang = "be" if "атрымаў" in text else "ru" if "дали" in text else "en"
    [person] = extract(text, lang)["people"]
    assert [c.get("regime") for c in person["claims"] if c["kind"] == "sentenced"] == [regime]


def test_a_sentence_given_with_dali_and_no_subject() -> None:
    found = people(extract("Мікола Ракіцкі быў затрыманы. Далі 6 гадоў узмоцненага рэжыму.", "be"))
    assert {"kind": "sentenced", "years": 6, "regime": "enhanced"} in [
        {k: v for k, v in c.items() if k != "quote"} for c in found["Мікола Ракіцкі"]["claims"]
    ]


def test_they_after_a_counted_group_is_the_group() -> None:
    text = (
        "Яўген Лапата атрымаў 7 гадоў. Павел Ярашэвіч атрымаў 5 гадоў. Алег Місюк атрымаў "
        "2 гады. Усіх трох затрымалі ў "
        "лютым 2025 года; больш за паўгода яны знаходзіліся ў гродзенскай турме №1."
    )
    found = people(extract(text, "be"))
    for name in ("Яўген Лапата", "Павел Ярашэвіч", "Алег Місюк"):
        assert "held_at" in [c["kind"] for c in found[name]["claims"]], name


def test_the_same_day_counts_from_the_last_day_named() -> None:
    text = (
        "Сёння, 30 снежня, з калоніі ў Гомелі выйшла на волю палітвязніца Зінаіда Мацкевіч. "
        "У верасні ёй адмовілі ў медыцынскай дапамозе.\n\n"
        "Разам з Зінаідай у той жа дзень з гэтай калоніі вызвалілі і Вераніку Стральцову — "
        "яе памілаваў Аляксандр Лукашэнка."
    )
    found = people(extract(text, "be", reference_date="2024-12-30"))
    assert ("released", "2024-12-30") in kinds(found["Вераніка Стральцова"])
    # "together with Zinaida": the companion is not the one released in that clause
    assert kinds(found["Зінаіда Мацкевіч"]).count(("released", "2024-12-30")) == 1
    assert all(k != "released" or d == "2024-12-30" for k, d in kinds(found["Зінаіда Мацкевіч"]))


def test_for_n_days_after_is_a_duration_not_a_date() -> None:
    text = (
        "Mikalai Zelianko died on 1 February 2025. In September 2023 he went on hunger strike "
        "for nine days after the administration stopped passing on his letters."
    )
    found = people(extract(text, "en", reference_date="2025-02-03"))
    assert ("hunger_strike", "2023-09") in kinds(found["Mikalai Zelianko"])


def test_an_arrest_date_does_not_date_the_term_before_it() -> None:
    text = (
        "Зінаіда Мацкевіч цалкам адбыла свой тэрмін — 3 гады пазбаўлення волі. Зінаіду "
        "затрымалі ў студзені 2022 года і асудзілі за «абразу прэзідэнта»."
    )
    found = people(extract(text, "be", reference_date="2024-12-30"))
    assert ("sentenced", None) in kinds(found["Зінаіда Мацкевіч"])
    assert ("detained", "2022-01") in kinds(found["Зінаіда Мацкевіч"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Никиту Корсака держали на Окрестина, затем в СИЗО на Володарского.", "ru"),
        ("Мікіту Корсака трымалі на Валадарцы.", "be"),
        ("Mikita Korsak was held in Valadarka.", "en"),
    ],
)
def test_the_valadarka_remand_prison_is_sizo_1(text: str, lang: str) -> None:
    [person] = extract(text, lang)["people"]
    places = [c["facility"] for c in person["claims"] if c["kind"] == "held_at"]
    assert {"kind": "pretrial", "number": 1, "town": "Minsk"} in places


def test_leave_asked_for_a_funeral_is_not_a_release() -> None:
    text = "Никита Корсак написал заявление, чтобы его отпустили на похороны, но ему отказали."
    [person] = extract(text, "ru")["people"]
    assert [c["kind"] for c in person["claims"]] == ["funeral_denied"]


def test_interview_byline_and_a_friend_in_an_answer() -> None:
    text = (
        "An excerpt from our conversation with Alena Dubatouka, who was pardoned last month. "
        "Interview by Maksim Leshchanka.\n\n"
        "— Is there someone you are especially worried about now?\n"
        "— My friend Karyna Savitskaya, who is still in colony No. 4 in Homiel. She has been "
        "refusing food since 28 March, because for months the medical unit has ignored her "
        "toothache.\n\n— What next?\n— I will write to her."
    )
    found = people(extract(text, "en", reference_date="2025-04-03"))
    assert found["Maksim Leshchanka"]["role"] == "other"
    assert found["Maksim Leshchanka"]["claims"] == []
    assert ("released", "2025-03") in kinds(found["Alena Dubatouka"])
    karyna = kinds(found["Karyna Savitskaya"])
    assert ("hunger_strike", "2025-03-28") in karyna
    assert ("medical_neglect", None) in karyna


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Ivan Petrov was detained last year.", "en", "2024"),
        ("Ivan Petrov was detained in November last year.", "en", "2024-11"),
        ("Ивана Петрова задержали в прошлом месяце.", "ru", "2025-03"),
        ("Івана Пятрова затрымалі ў мінулым годзе.", "be", "2024"),
    ],
)
def test_last_month_and_last_year(text: str, lang: str, date: str) -> None:
    [person] = extract(text, lang, reference_date="2025-04-03")["people"]
    assert kinds(person) == [("detained", date)]


def test_for_the_last_year_and_a_half_is_a_duration() -> None:
    text = "Tamara Zhyhar is a political prisoner. For the last year and a half she got no letters."
    [person] = extract(text, "en", reference_date="2025-04-03")["people"]
    assert kinds(person) == [("visits_denied", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "10 июня из женской колонии №4 в Гомеле вышла Екатерина Войтович, полностью отбыв "
            "трёхлетний срок.",
            "ru",
        ),
        ("10 чэрвеня з калоніі №4 выйшла Кацярына Вайтовіч, цалкам адбыўшы тэрмін.", "be"),
    ],
)
def test_walked_out_of_the_colony_in_either_word_order(text: str, lang: str) -> None:
    [person] = extract(text, lang, reference_date="2025-07-01")["people"]
    released = [c for c in person["claims"] if c["kind"] == "released"]
    assert [(c["date"], c["how"]) for c in released] == [("2025-06-10", "end_of_term")]


def test_among_them_in_the_same_sentence() -> None:
    text = (
        "20 июня Александр Лукашенко помиловал 16 человек; в их числе — Павел Ярошук, "
        "осуждённый на 5 лет."
    )
    found = people(extract(text, "ru", reference_date="2025-07-01"))
    assert ("released", "2025-06-20") in kinds(found["Павел Ярошук"])
    assert found["Александр Лукашенко"]["claims"] == []


def test_a_courtroom_release_in_the_next_sentence_takes_the_verdict_date() -> None:
    text = (
        "The Homiel Regional Court on Thursday, 8 June, sentenced Siarhei Bandarenka to three "
        "years of restricted freedom without referral. Bandarenka, who had been in custody "
        "since December, was released in the courtroom."
    )
    found = people(extract(text, "en", reference_date="2023-06-09"))
    assert ("released", "2023-06-08") in kinds(found["Siarhei Bandarenka"])


def test_a_term_served_before_a_later_event_is_not_the_new_verdicts() -> None:
    text = (
        "In Hrodna, Halina Verabei was detained on 12 November 2024. Two days later a court "
        "convicted her and imposed a criminal fine of 100 base units.\n\n"
        "Aksana Mikhnevich walked out of the women's penal colony No. 4 in Homiel on 19 November "
        "after serving her full sentence of 2.5 years."
    )
    found = people(extract(text, "en", reference_date="2024-11-22"))
    mikhnevich = kinds(found["Aksana Mikhnevich"])
    assert ("released", "2024-11-19") in mikhnevich
    assert ("sentenced", None) in mikhnevich


def test_a_lawyer_title_before_a_clients_name_leaves_the_client_a_subject() -> None:
    text = (
        "Адвокат Ивана Петрова Ольга Сидорова сообщила, что Петров задержан 3 мая 2024 года. "
        "Адвокат Анны Беловой сообщил, что Белову задержали 4 мая 2024 года. "
        "Адвокат Олег Жуков жаловался на давление."
    )
    found = people(extract(text, "ru"))
    assert found["Иван Петров"]["role"] == "detainee"
    assert found["Анна Белова"]["role"] == "detainee"
    assert found["Ольга Сидорова"]["role"] == "other"
    assert found["Олег Жуков"]["role"] == "other"


def test_a_colleague_named_as_co_defendant_is_part_of_the_group() -> None:
    text = (
        "Aliaksandr Dubovik, 41, received 11 years in a strict-regime colony. His colleague "
        "Viktar Rusak was given 8 years of enhanced regime, while Kiryl Mazets got three and a "
        "half years. Since their arrest, the three men have been held in Hrodna Prison No. 1."
    )
    found = people(extract(text, "en"))
    for name in ("Aliaksandr Dubovik", "Viktar Rusak", "Kiryl Mazets"):
        assert "held_at" in [c["kind"] for c in found[name]["claims"]], name


def test_a_colleague_who_reports_the_news_is_a_speaker() -> None:
    text = (
        "Ігар Барысевіч вызвалены 11 верасня 2024 года па памілаванні. Пра гэта паведаміла "
        "ягоная калега Святлана Юркевіч. Паводле Юркевіч, Барысевіча ў той жа дзень вывезлі на "
        "мяжу з Літвой."
    )
    found = people(extract(text, "be"))
    assert found["Святлана Юркевіч"]["claims"] == []
    assert ("exile", "2024-09-11") in kinds(found["Ігар Барысевіч"])


def test_a_question_to_the_interviewee_is_answered_with_a_date() -> None:
    text = (
        "Максим Гурский вышел на свободу в начале марта. Мы поговорили с ним.\n\n"
        "— Как вас задержали?\n"
        "— Прямо на работе, 19 января 2021 года. Трое суток держали в ИВС.\n\n"
        "— Какой был приговор?\n"
        "— Судья дала мне полтора года ограничения свободы с направлением в исправительное "
        "учреждение открытого типа.\n\n"
        "— Что говорят о задержаниях соседи?\n— Ничего."
    )
    found = people(extract(text, "ru", reference_date="2022-04-12"))
    claims = kinds(found["Максим Гурский"])
    assert ("detained", "2021-01-19") in claims
    assert ("sentenced", None) in claims
    # the last question asks about no one: it states nothing
    assert [k for k, _ in claims].count("detained") == 1


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("Пракурор Аляксандр Гурын запатрабаваў для Дзяніса Руцкага 9 гадоў калоніі.", "be", []),
        ("Прокурор просил для Анны Беловой пять лет колонии.", "ru", []),
        (
            "The prosecutor had asked for nine years for Ihar Zhuk; the court gave him eight years "
            "in an enhanced-regime colony.",
            "en",
            [8],
        ),
        # "патрабаванням" (demands) is a noun, not a demand for a term
        (
            "Суд прызнаў Андрэя Шышко вінаватым у непадпарадкаванні патрабаванням адміністрацыі "
            "і дадаў яму яшчэ 1 год пазбаўлення волі з адбываннем у турме.",
            "be",
            [1],
        ),
    ],
)
def test_a_prosecutors_demand_is_not_a_term(text: str, lang: str, years: list[int]) -> None:
    terms = [
        c["years"]
        for p in extract(text, lang)["people"]
        for c in p["claims"]
        if c["kind"] == "sentenced"
    ]
    assert terms == years


def test_a_lawyer_named_after_the_clients_name() -> None:
    text = "Адвакатка Руцкага Вольга Зянько папрасіла выклікаць сведак. Дзяніс Руцкі ў СІЗА № 7."
    found = people(extract(text, "be"))
    assert found["Вольга Зянько"]["role"] == "other"


def test_a_term_served_in_a_prison_has_the_prison_regime() -> None:
    [person] = extract("Андрэю Шышко далі 1 год з адбываннем у турме.", "be")["people"]
    assert [c.get("regime") for c in person["claims"]] == ["prison"]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "20 мая Аляксандра Мароза вывезлі з Жодзінскай турмы ў калонію №5 у Івацэвічах.",
            "be",
            "transferred",
        ),
        ("20 мая Александра Мороза вывезли из жодинской тюрьмы в колонию №5.", "ru", "transferred"),
        ("20 мая Аляксандра Мароза вывезлі на мяжу з Літвой.", "be", "exile"),
        ("20 мая Александра Мороза вывезли в Литву без паспорта.", "ru", "exile"),
    ],
)
def test_taken_away_to_a_colony_is_a_transfer_and_to_a_border_an_exile(
    text: str, lang: str, kind: str
) -> None:
    [person] = extract(text, lang, reference_date="2024-05-22")["people"]
    assert kind in [c["kind"] for c in person["claims"]]
    assert ({"transferred", "exile"} - {kind}).isdisjoint(c["kind"] for c in person["claims"])


def test_an_answer_makes_the_questions_date_exact() -> None:
    text = (
        "Арсений Климович провёл в заключении четыре года.\n\n"
        "— Вас задержали в январе 2021-го?\n— Да, 18 января, прямо у подъезда.\n"
        "— Когда вы вышли?\n— 17 января 2025 года.\n— Что дальше?\n— Не знаю."
    )
    found = people(extract(text, "ru", reference_date="2026-03-20"))
    assert ("detained", "2021-01-18") in kinds(found["Арсений Климович"])


@pytest.mark.parametrize(
    ("given", "surname", "expected"),
    [
        ("Віталя", "Жураўлёва", ("Віталь", "Жураўлёў")),
        ("Ганны", "Жураўлёвай", ("Ганна", "Жураўлёва")),
        ("Івана", "Пятрова", ("Іван", "Пятроў")),
        ("Ивана", "Петрова", ("Иван", "Петров")),
        ("Лізавеце", "Гарох", ("Лізавета", "Гарох")),
    ],
)
def test_belarusian_nominatives(given: str, surname: str, expected: tuple[str, str]) -> None:
    from nezabudka.extraction.nominative import to_nominative

    lang = "be" if any(ch in given + surname for ch in "іў") else "ru"
    assert to_nominative(given, surname, lang) == expected


def test_a_belarusian_fine_in_the_instrumental() -> None:
    text = "Студэнт Кірыл Дуброўскі пакараны штрафам у 200 базавых велічынь."
    [person] = extract(text, "be")["people"]
    assert "fined" in [c["kind"] for c in person["claims"]]


def test_a_charge_far_after_the_verdict_date_is_undated() -> None:
    text = (
        "Учора суддзя Гродзенскага абласнога суда Андрэй Шаўчук абвясціў прысуд трым жыхарам "
        "мікрараёна Дзевятоўка, якіх абвінавацілі ва ўдзеле ў экстрэмісцкім фарміраванні. "
        "Віктар Лазоўскі атрымаў 6 гадоў калоніі ўзмоцненага рэжыму."
    )
    found = people(extract(text, "be", reference_date="2023-08-25"))
    assert ("charged", None) in [
        (c["kind"], c.get("date")) for c in found["Віктар Лазоўскі"]["claims"]
    ]


def test_a_shared_surname_that_does_not_decline() -> None:
    text = (
        "Вчера утром силовики пришли домой к Евгению и Ирине Мацкевич. Ирину отпустили поздно "
        "вечером того же дня. Евгения задержали 4 сентября 2024 года."
    )
    found = people(extract(text, "ru", reference_date="2024-09-05"))
    assert {"Евгений Мацкевич", "Ирина Мацкевич"} <= set(found)
    assert ("released", "2024-09-04") in kinds(found["Ирина Мацкевич"])


def test_a_relatives_namesake_does_not_take_the_prisoners_surname_mentions() -> None:
    text = (
        "On Tuesday, Judge Ihar Lapatsin sentenced Dzianis Kavalchuk to four and a half years. "
        "Kavalchuk was found guilty of participation in an extremist formation (Art. 361-1). "
        "Only his sister, Tatsiana Kavalchuk, was let into the courtroom. Tatsiana Kavalchuk said "
        "the family would appeal. Kavalchuk was detained on 12 September 2023. At the same "
        "hearing, his co-defendant Halina Rudak received three years of restricted freedom."
    )
    found = people(extract(text, "en", reference_date="2024-05-22"))
    assert found["Tatsiana Kavalchuk"]["claims"] == []
    assert ("detained", "2023-09-12") in kinds(found["Dzianis Kavalchuk"])
    assert ("sentenced", "2024-05-21") in kinds(found["Halina Rudak"])


def test_a_given_name_and_patronymic_is_the_person_named_before() -> None:
    text = (
        "61-летний Николай Бурак из Слонима был осуждён в 2022 году на четыре года колонии. "
        "Весной у Николая Ивановича обнаружили опухоль, но лечения в колонии он так и не получил."
    )
    found = people(extract(text, "ru"))
    assert set(found) == {"Николай Бурак"}
    assert ("medical_neglect", None) in kinds(found["Николай Бурак"])


def test_a_surname_formed_from_a_given_name_is_still_a_surname() -> None:
    text = "Мікалая Барысевіча, асуджанага на 12 гадоў, этапавалі ў калонію №22."
    assert set(people(extract(text, "be"))) == {"Мікалай Барысевіч"}


def test_a_digest_heading_states_nothing() -> None:
    text = "Голодовки.\n\nСуды. 10 апреля судья приговорил Романа Стельмаха к 3 годам колонии."
    found = people(extract(text, "ru", reference_date="2023-04-14"))
    assert [k for k, _ in kinds(found["Роман Стельмах"])] == ["sentenced"]


def test_a_two_word_sentence_naming_someone_is_not_a_heading() -> None:
    found = people(extract("Иван Петров — активист из Гомеля. Петров задержан.", "ru"))
    assert [k for k, _ in kinds(found["Иван Петров"])] == ["detained"]
