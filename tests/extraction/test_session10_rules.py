"""Rules added in session 10 from the errors on batches 27-29 and a new date census over all 341
scored gold reports: Belarusian -енка surnames in the dative and instrumental, nominative
-скі surnames after a given name that is also a genitive, "both" over a person and his
relative, a status word between conjoined names, "два дня спустя" and "летом прошлого года"."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from nezabudka.extraction.dates import find_dates
from nezabudka.extraction.nominative import to_nominative as extraction_nominative
from nezabudka.names import to_nominative
from tests.extraction.claim_helpers import claims_of, has


@pytest.mark.parametrize(
    ("declined", "lang", "nominative"),
    [
        # Belarusian men's -енка surnames decline: Давыдзенкі, Давыдзенку, Давыдзенкам
        ("Раманам Давыдзенкам", "be", "Раман Давыдзенка"),
        ("Раману Давыдзенку", "be", "Раман Давыдзенка"),
        ("Раману Шаўчэнку", "be", "Раман Шаўчэнка"),
        # "Юры" is a nominative and the genitive of "Юра"; "Астроўскі" only a nominative
        ("Юры Астроўскі", "be", "Юры Астроўскі"),
        ("Юры Дзяміцкі", "be", "Юры Дзяміцкі"),
        # a man's name in -о declines as a consonant stem; the text's language picks it
        ("Пятру Шылу", "be", "Пятро Шыла"),  # -ла: the dative of Шыла
    ],
)
def test_belarusian_declined_names(declined: str, lang: str, nominative: str) -> None:
    assert to_nominative(declined, lang=lang) == nominative


def test_the_names_own_letters_outweigh_the_text_language() -> None:
    # "Івана" is Belarusian by its letters even when the caller says Russian
    assert extraction_nominative("Івана", "Пятрова", "ru") == ("Іван", "Пятроў")
    # a -ёнак surname keeps its fleeting vowel in the genitive
    assert extraction_nominative("Андрэя", "Кавалёнка", "be") == ("Андрэй", "Кавалёнак")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Два дня спустя пенсионер получил 2 года.", "ru", (2, "day", 1)),
        ("Тры тыдні пазней яго этапавалі.", "be", (3, "week", 1)),
        ("Неделю раньше его уволили.", "ru", None),  # no number: not read
        ("Два месяца раньше его уволили.", "ru", (2, "month", -1)),
    ],
)
def test_postposed_relative_dates(text: str, lang: str, expected: tuple | None) -> None:
    rels = [d.relative for d in find_dates(text) if d.relative is not None]
    if expected is None:
        assert rels == []
    else:
        assert [(r.amount, r.unit, r.direction) for r in rels] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Политзаключённым его признали ещё летом прошлого года.",
        "He was recognised as a political prisoner in the summer of last year.",
        "Палітвязнем яго прызналі восенню мінулага года.",
    ],
)
def test_a_season_of_last_year_is_that_year(text: str) -> None:
    dates = find_dates(text, 2024, 5)
    assert [(d.date.year, d.date.month) for d in dates if d.date] == [(2023, None)]


def test_a_sentence_after_an_anchor_uses_the_postposed_relative_date() -> None:
    text = (
        "12.01.2026 суд приговорил Ирину Ковальчук к 1 году ограничения свободы. "
        "Два дня спустя пенсионер из Лиды Аркадий Новик получил 2 года «домашней химии»."
    )
    found = claims_of(text, "ru", "Аркадий Новик", ref="2026-02-02")
    assert has(found, kind="sentenced", date="2026-01-14")


def test_both_takes_a_relative_joined_by_and() -> None:
    text = (
        "Суд абвясціў прысуд кіроўцу Пятру Шылу і яго 24-гадоваму сыну Максіму Шылу. "
        "Абодвух абвінавачвалі ў абразе прэзідэнта (арт. 368 КК).\n\n"
        "Дзяржаўная абвінаўца Ганна Вяргейчык прасіла для бацькі 5 гадоў."
    )
    son = claims_of(text, "be", "Максім Шыла")
    assert has(son, kind="charged", article="368")
    prosecutor = claims_of(text, "be", "Ганна Вяргейчык")
    assert not has(prosecutor, kind="charged")


def test_a_status_word_between_conjoined_names() -> None:
    text = (
        "27 лістапада па памілаванні вызваленыя палітвязніца Ларыса Шапавал і палітвязні "
        "Яўген Цярэшка і Васіль Кур'яновіч."
    )
    for name in ("Ларыса Шапавал", "Яўген Цярэшка", "Васіль Кур'яновіч"):
        assert has(
            claims_of(text, "be", name, ref="2024-12-02"), kind="released", date="2024-11-27"
        )


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind", "date"),
    [
        (
            "Алину Шевчук задержали 10 февраля. Её оштрафовали на 40 базовых величин и вечером "
            "отпустили.",
            "ru",
            "Алина Шевчук",
            "released",
            "2024-02-10",
        ),
        (
            "On 19 June Judge Ivan Vasko sentenced Pavel Rak to two years. Hours later, the same "
            "judge fined taxi driver Dzianis Pashkevich 40 base units.",
            "en",
            "Dzianis Pashkevich",
            "fined",
            "2024-06-19",
        ),
        (
            "Ганну Лось затрымалі 3 сакавіка. Увечары суд аштрафаваў яе на 20 базавых.",
            "be",
            "Ганна Лось",
            "fined",
            "2024-03-03",
        ),
    ],
)
def test_that_evening_is_the_same_day(
    text: str, lang: str, name: str, kind: str, date: str
) -> None:
    assert has(claims_of(text, lang, name, ref="2024-07-01"), kind=kind, date=date)


def test_an_evening_before_a_written_date_is_not_a_second_date() -> None:
    assert [d.text for d in find_dates("вечером 5 мая его задержали", 2024, 5)] == ["5 мая"]
    assert find_dates("Прайшоў вечар памяці.", 2024, 5) == []


def test_a_co_defendant_shares_the_one_verdict_date() -> None:
    text = (
        "The Brest Regional Court yesterday sentenced Ruslan Baranouski to eight years in an "
        "enhanced-regime colony.\n\nBaranouski was detained in February.\n\n"
        "His co-defendant Kiryl Astapenka received three years of restricted freedom."
    )
    assert has(
        claims_of(text, "en", "Kiryl Astapenka", ref="2023-11-22"),
        kind="sentenced",
        date="2023-11-21",
    )


def test_a_digest_item_does_not_take_another_items_verdict_date() -> None:
    text = (
        "▪️ Кацярына Шыманская з Ліды. 14.02.2026 суд прысудзіў ёй 3 гады абмежавання волі.\n\n"
        "▪️ Уладзіслаў Мурашка — асуджаны на 8 гадоў турэмнага рэжыму па арт. 357 КК."
    )
    terms = [c for c in claims_of(text, "be", "Уладзіслаў Мурашка") if c["kind"] == "sentenced"]
    assert terms and all("date" not in c for c in terms)


def test_releases_told_after_a_dated_group_release_share_its_day_and_how() -> None:
    text = (
        "3 июля на свободу вышли как минимум четверо политзаключённых, помилованных "
        "Александром Лукашенко. 61-летний Николай Бурак из Слонима был осуждён в 2022 году.\n\n"
        "Анжелика Шульга освобождена из гомельской женской колонии № 4.\n\n"
        "Павел Зуёнок вышел из колонии № 17 в Шклове."
    )
    for name in ("Анжелика Шульга", "Павел Зуёнок"):
        found = claims_of(text, "ru", name, ref="2024-07-04")
        assert has(found, kind="released", date="2024-07-03", how="pardon"), found


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "даставілі ў папраўчую ўстанову адкрытага тыпу №45 у Сушках",
            {"kind": "open_facility", "number": 45, "town": "Sushki"},
        ),
        (
            "у адкрытую выпраўленчую ўстанову №48 у Асіповічах",
            {"kind": "open_facility", "number": 48, "town": "Asipovichy"},
        ),
        ("ў ПУАТ №45 у Сушках", {"kind": "open_facility", "number": 45, "town": "Sushki"}),
        # the adjective's town wins over a destination town after it
        (
            "этапавалі з жодзінскага СІЗА ў Магілёў",
            {"kind": "pretrial", "number": 8, "town": "Zhodzina"},
        ),
    ],
)
def test_places_of_detention(text: str, facility: dict) -> None:
    from nezabudka.extraction.facilities import find_facilities

    assert [f.as_claim() for f in find_facilities(text)] == [facility]


def test_a_date_after_an_article_list_is_not_an_article() -> None:
    from nezabudka.extraction.articles import find_articles

    text = "Олег Журавский, отбывающий 5 лет по ст. 361-1, 20 января переведён в тюрьму №4."
    assert [a.number for a in find_articles(text)] == ["361-1"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "facility", "date"),
    [
        # "переведён" with ё
        (
            "Олег Журавский 20 января переведён из колонии №15 под Могилёвом в Могилёвскую "
            "тюрьму №4.",
            "ru",
            "Олег Журавский",
            {"kind": "prison", "number": 4, "town": "Mahiliou"},
            "2024-01-20",
        ),
        # the destination after a dash, dated by the verb's clause
        (
            "Рамана Жураўля 31 ліпеня перавялі са шклоўскай калоніі №17 на «хімію» — у "
            "адкрытую выпраўленчую ўстанову №48 у Асіповічах.",
            "be",
            "Раман Жураўль",
            {"kind": "open_facility", "number": 48, "town": "Asipovichy"},
            "2024-07-31",
        ),
        # "taken from the Brest SIZO to Ivatsevichy": the colony the report names there
        (
            "Valery Palchyk served his term in colony No. 5 in Ivatsevichy. In April 2023 he "
            "was taken from the Brest pre-trial detention centre to Ivatsevichy.",
            "en",
            "Valery Palchyk",
            {"kind": "penal_colony", "number": 5, "town": "Ivatsevichy"},
            "2023-04",
        ),
    ],
)
def test_transfers(text: str, lang: str, name: str, facility: dict, date: str) -> None:
    found = claims_of(text, lang, name, ref="2024-09-01")
    assert has(found, kind="transferred", facility=facility, date=date), found


def test_a_town_inside_a_from_place_is_no_destination() -> None:
    text = (
        "Зміцер Чарнавус цяпер у брэсцкім СІЗА №7. У верасні яго этапавалі сюды з калоніі № 5 "
        "у Івацэвічах."
    )
    found = claims_of(text, "be", "Зміцер Чарнавус", ref="2024-10-15")
    assert not has(
        found,
        kind="transferred",
        facility={"kind": "penal_colony", "number": 5, "town": "Ivatsevichy"},
    )


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        # the place named between "из" and "вышел"
        (
            "17 июля, полностью отбыв трёхлетний срок, из ИК-3 «Витьба» вышел Олег Кравец.",
            "ru",
            "Олег Кравец",
            "2024-07-17",
        ),
        (
            "Вчера, 9 марта, из исправительной колонии № 15 под Могилёвом (Вейно) вышел "
            "политзаключённый Руслан Дедюля.",
            "ru",
            "Руслан Дедюля",
            "2024-03-09",
        ),
        (
            "Digest. Katsiaryna Vasilevich left penal colony No. 4 in Homiel on 20 June 2024.",
            "en",
            "Katsiaryna Vasilevich",
            "2024-06-20",
        ),
        # the term ended
        (
            "8 июля вышел Артём Балуш. В тот же день окончился срок Виктории Балуш.",
            "ru",
            "Виктория Балуш",
            "2024-07-08",
        ),
    ],
)
def test_release_wordings(text: str, lang: str, name: str, date: str) -> None:
    found = claims_of(text, lang, name, ref="2024-07-20")
    assert has(found, kind="released", date=date), found


def test_a_term_that_ended_is_a_release_at_the_end_of_term() -> None:
    text = "8 июля окончился срок Виктории Балуш."
    assert has(claims_of(text, "ru", "Виктория Балуш", ref="2024-07-20"), how="end_of_term")


def test_a_sentence_spanning_item_is_not_one_release() -> None:
    text = (
        "Анжелика Шульга освобождена из гомельской женской колонии № 4.\n\n"
        "Павел Зуёнок вышел из колонии № 17 в Шклове."
    )
    assert has(claims_of(text, "ru", "Павел Зуёнок"), kind="released")


@pytest.mark.parametrize(
    ("text", "lang", "name", "date"),
    [
        (
            "Моего мужа, Дмитрия Скоробогатова, забрали 14 октября 2022 года прямо из офиса.",
            "ru",
            "Дмитрий Скоробогатов",
            "2022-10-14",
        ),
        (
            "3 кастрычніка затрымалі Лізавету Гарох. Разам з ёй забралі і сяброўку Дар'ю Мілюць.",
            "be",
            "Дар'я Мілюць",
            "2024-10-03",
        ),
        (
            "On 4 October, police detained 52-year-old Hrodna resident Siarhei Marozau.",
            "en",
            "Siarhei Marozau",
            "2024-10-04",
        ),
        # a detention right after the sentence that dates the scene
        (
            "6 ноября в квартире Ольги Саванович прошёл обыск. Её мужа, Дениса Савановича, "
            "увезли в РУВД.",
            "ru",
            "Денис Саванович",
            "2024-11-06",
        ),
    ],
)
def test_detention_wordings(text: str, lang: str, name: str, date: str) -> None:
    found = claims_of(text, lang, name, ref="2024-11-20")
    assert has(found, kind="detained", date=date), found


def test_things_taken_away_are_no_detention() -> None:
    text = "У Ганны Лось забралі тэлефон і ноўтбук."
    assert not has(claims_of(text, "be", "Ганна Лось"), kind="detained")


def test_a_dated_trial_dates_the_term_in_the_next_sentence() -> None:
    text = (
        "Артёма Климовича задержали 3 сентября 2024 года. Суд прошёл 20 мая. Судья Елена Мазур "
        "назначила ему четыре года колонии усиленного режима."
    )
    found = claims_of(text, "ru", "Артём Климович", ref="2025-06-05")
    assert has(found, kind="sentenced", years=4, date="2025-05-20"), found


def test_a_dated_trial_does_not_date_a_term_being_served() -> None:
    text = (
        "Сегодня суд рассмотрел дело Олега Савчука. Андрей Савчук отбывает шесть лет за участие "
        "в «экстремистском формировании»."
    )
    terms = [c for c in claims_of(text, "ru", "Андрей Савчук") if c["kind"] == "sentenced"]
    assert terms and all("date" not in c for c in terms)


def test_a_belarusian_dative_of_a_ka_name() -> None:
    assert to_nominative("Вераніцы Сцяпанавай", lang="be") == "Вераніка Сцяпанава"
    text = (
        "У Гомельскай жаночай калоніі палітвязні Вераніцы Сцяпанавай, асуджанай да 5 гадоў за "
        "здраду дзяржаве, адмаўляюць у спатканні з дзецьмі."
    )
    found = claims_of(text, "be", "Вераніка Сцяпанава")
    assert has(found, kind="charged", article="356")
    assert has(
        found, kind="held_at", facility={"kind": "penal_colony", "number": 4, "town": "Homiel"}
    )


def test_places_after_names_and_dashes() -> None:
    text = (
        "Ягор Літвінчук і Алена Цыбульская затрыманыя ў лютым. Абое ўтрымліваюцца пад вартай: "
        "Літвінчук — у гродзенскай турме № 1, Цыбульская — у СІЗА КДБ у Мінску."
    )
    hrodna = {"kind": "prison", "number": 1, "town": "Hrodna"}
    assert has(claims_of(text, "be", "Ягор Літвінчук"), kind="held_at", facility=hrodna)
    assert not has(claims_of(text, "be", "Алена Цыбульская"), kind="held_at", facility=hrodna)


@pytest.mark.parametrize(
    ("text", "lang", "name", "other"),
    [
        (
            "Віктар Лазоўскі атрымаў 6 гадоў. Святлана Ярмоліч атрымала 2 гады хатняй хіміі. "
            "Мужчына паўгода правёў у гродзенскай турме № 1.",
            "be",
            "Віктар Лазоўскі",
            "Святлана Ярмоліч",
        ),
        (
            "Светлана Ярмолич получила 2 года. Виктор Лазовский получил 6 лет. Женщина полгода "
            "провела в гродненской тюрьме № 1.",
            "ru",
            "Светлана Ярмолич",
            "Виктор Лазовский",
        ),
    ],
)
def test_the_man_or_the_woman_just_named(text: str, lang: str, name: str, other: str) -> None:
    hrodna = {"kind": "prison", "number": 1, "town": "Hrodna"}
    assert has(claims_of(text, lang, name), kind="held_at", facility=hrodna)
    assert not has(claims_of(text, lang, other), kind="held_at", facility=hrodna)


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind"),
    [
        (
            "Апошнія два гады Тарас Зелянкевіч правёў у магілёўскай турме №4 без лістоў і званкоў.",
            "be",
            "Тарас Зелянкевіч",
            "visits_denied",
        ),
        (
            "Яўген Лапата расказаў, што лекар адмовіўся аглядаць яго пасля траўмы.",
            "be",
            "Яўген Лапата",
            "medical_neglect",
        ),
        (
            "У Станислава Бурко сахарный диабет, однако инсулин ему начали выдавать только на "
            "пятый день.",
            "ru",
            "Станислав Бурко",
            "medical_neglect",
        ),
    ],
)
def test_denials_worded_without_a_trigger(text: str, lang: str, name: str, kind: str) -> None:
    assert has(claims_of(text, lang, name), kind=kind)


def test_letters_arriving_late_are_not_letters_denied() -> None:
    text = "Письма доходят до Арсения Ковальчука с опозданием в месяц."
    assert not has(claims_of(text, "ru", "Арсений Ковальчук"), kind="visits_denied")


def test_a_mother_named_after_whose_mother_she_is() -> None:
    text = (
        "Арсеня Бялевіча асудзілі на 3 гады. Маці Арсеня, Раіса Бялевіч, з лістапада не "
        "атрымала ад яго ніводнага ліста."
    )
    result = extract(text, "be", reference_date="2026-01-10")
    roles = {p["name"]: p["role"] for p in result["people"]}
    assert roles["Раіса Бялевіч"] == "other"
    assert has(claims_of(text, "be", "Арсень Бялевіч", ref="2026-01-10"), kind="visits_denied")


@pytest.mark.parametrize(
    "text",
    [
        "«За решёткой по-прежнему остаются больше тысячи политзаключённых», — напомнил "
        "правозащитник Тимур Радкевич.",
        "«Практика перевода политзаключённых на тюремный режим только усилилась», — отмечает "
        "правозащитник Игнат Бородич.",
    ],
)
def test_a_speaker_after_a_quotation_is_no_prisoner(text: str) -> None:
    (person,) = extract(text, "ru", reference_date="2026-01-05")["people"]
    assert person["role"] == "other"


def test_the_father_of_a_political_prisoner_is_a_relative() -> None:
    text = (
        "Рыгору Кузьмічу, бацьку палітвязня Уладзіслава Кузьміча, у чарговы раз не дазволілі "
        "спатканне з сынам."
    )
    roles = {p["name"]: p["role"] for p in extract(text, "be")["people"]}
    assert roles["Рыгор Кузьміч"] == "other"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "On 10 June Pavel Rusak was ordered to pay a fine of 200 base units for insulting a "
            "government official.",
            "en",
            "Pavel Rusak",
        ),
        (
            "5 апреля судья признал Ольгу Савицкую виновной в оскорблении представителя власти "
            "и назначил штраф в размере 200 базовых величин.",
            "ru",
            "Ольга Савицкая",
        ),
        (
            "27.01.2026 суддзя прызначыла Марыі Цвірко штраф 100 базавых велічынь па арт. 369 КК.",
            "be",
            "Марыя Цвірко",
        ),
    ],
)
def test_a_criminal_fine_is_a_sentence_too(text: str, lang: str, name: str) -> None:
    found = claims_of(text, lang, name, ref="2026-07-01")
    assert has(found, kind="fined") and has(found, kind="sentenced"), found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # administrative: the КоАП article, "extremist materials"
        (
            "Дарью Мацкевич вечером оштрафовали на 20 базовых величин по ст. 19.11 КоАП.",
            "ru",
            "Дарья Мацкевич",
        ),
        (
            "Суд прызнаў Кацярыну Салавей вінаватай у распаўсюдзе «экстрэмісцкіх матэрыялаў» і "
            "аштрафаваў на 30 базавых велічынь.",
            "be",
            "Кацярына Салавей",
        ),
        # a fine on top of a term is part of that sentence, not a second one
        (
            "Maksim Rudkouski was sentenced to five years in an enhanced-regime colony and "
            "additionally fined 200 base units.",
            "en",
            "Maksim Rudkouski",
        ),
    ],
)
def test_fines_that_are_no_separate_sentence(text: str, lang: str, name: str) -> None:
    found = claims_of(text, lang, name)
    assert has(found, kind="fined")
    assert not has(found, kind="sentenced", years=None), found
    assert not has(found, kind="charged", article="19")


def test_an_administrative_article_number_is_no_criminal_article() -> None:
    from nezabudka.extraction.articles import find_articles

    assert find_articles("оштрафовали по ст. 19.11 КоАП") == []


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        ("приговорена за оскорбление Лукашенко и представителя власти", ["368", "369"]),
        ("за абразу прэзідэнта і прадстаўніка ўлады", ["368", "369"]),
        ("sentenced for desecrating state symbols: he had torn down a flag", ["370"]),
        ("His co-defendant was convicted of participating in the formation.", ["361-1"]),
    ],
)
def test_article_descriptions(text: str, articles: list[str]) -> None:
    from nezabudka.extraction.articles import find_articles

    assert [a.number for a in find_articles(text)] == articles


def test_a_charge_told_for_a_counted_group_before_the_names() -> None:
    text = (
        "В Гомельском областном суде 28 августа 2024 года огласили приговор трём жителям "
        "Светлогорска, которых обвиняли в финансировании экстремистской деятельности (ст. 361-2 "
        "УК).\nНаталья Левкович приговорена к штрафу в 200 базовых величин. Её соседу "
        "Константину Бурому назначили три года лишения свободы условно. Самое суровое наказание "
        "получил Роман Жук — четыре года колонии усиленного режима."
    )
    for name in ("Наталья Левкович", "Константин Бурый", "Роман Жук"):
        found = claims_of(text, "ru", name, ref="2024-08-29")
        # the charge is theirs, and the verdict's date is not the charge's
        assert {"kind": "charged", "article": "361-2"} in found, (name, found)


def test_both_in_the_dative() -> None:
    text = (
        "Працэс над Кастусём Пашкевічам і Дзянісам Руцкім працягнуўся. Абодвум інкрымінуюць "
        "стварэнне экстрэмісцкага фарміравання (арт. 361-1 КК)."
    )
    for name in ("Кастусь Пашкевіч", "Дзяніс Руцкі"):
        assert has(claims_of(text, "be", name), kind="charged", article="361-1")


def test_a_lawyer_named_before_the_client_gives_the_client_no_title() -> None:
    text = (
        "Uladzimir Savitski, 27, was sentenced to 12 years in a strict-regime colony. According "
        "to defence lawyer Natallia Barysevich, Savitski went on hunger strike in December."
    )
    result = extract(text, "en", reference_date="2026-02-12")
    roles = {p["name"]: p["role"] for p in result["people"]}
    assert roles == {"Uladzimir Savitski": "prisoner", "Natallia Barysevich": "other"}
    assert has(claims_of(text, "en", "Uladzimir Savitski"), kind="hunger_strike")


def test_an_answer_without_a_subject_to_a_question_put_to_the_interviewee() -> None:
    text = (
        "Dzianis Makarevich spent two years behind bars. He spoke to our correspondent Hanna "
        "Kruk.\n\n— How did it start?\n— They came for me on 3 March 2023.\n\n"
        "— What were you charged with?\n— Financing extremist activity, Article 361-2.\n\n"
        "— Where did you serve your term?\n— In Navapolatsk, in Colony No. 1.\n\n"
        "— How did you get out?\n— On 11 June I was pardoned."
    )
    found = claims_of(text, "en", "Dzianis Makarevich", ref="2025-06-20")
    assert has(found, kind="charged", article="361-2")
    assert has(
        found, kind="held_at", facility={"kind": "penal_colony", "number": 1, "town": "Navapolatsk"}
    )
    assert not claims_of(text, "en", "Hanna Kruk", ref="2025-06-20")


_INTERVIEW = (
    "Former political prisoner Raman Sidarovich was released in September. Interview by Hanna "
    "Lis.\n\n— Raman, what were you convicted of?\n— Article 342, for the protests. Five years "
    "in total.\n\n— Where did you serve your sentence?\n— In April 2022 I was taken by convoy "
    "to colony No. 2 in Babruisk. I spent eight months in the SIZO before that.\n\n"
    "— What was the hardest part?\n— For four months they refused to take me to a dentist."
)


def test_an_answer_to_what_were_you_convicted_of_gives_the_term() -> None:
    found = claims_of(_INTERVIEW, "en", "Raman Sidarovich", ref="2023-11-08")
    terms = [(c.get("years"), c.get("months")) for c in found if c["kind"] == "sentenced"]
    assert terms == [(5, None)], found  # not the eight months spent in the SIZO


def test_taken_by_convoy_and_a_dentist() -> None:
    found = claims_of(_INTERVIEW, "en", "Raman Sidarovich", ref="2023-11-08")
    babruisk = {"kind": "penal_colony", "number": 2, "town": "Babruisk"}
    assert has(found, kind="transferred", facility=babruisk, date="2022-04")
    assert has(found, kind="medical_neglect")


def test_the_release_day_an_answer_gives_refines_the_intros_month() -> None:
    text = (
        "Palina Hrynkevich, a designer from Hrodna, was pardoned in September.\n\n"
        "— Where were you held?\n— In the women's colony in Homiel.\n\n"
        "— How did you learn you were free?\n— On 16 September the head of the colony called "
        "me in and read out the pardon.\n\n— Who is still there?\n— Many women."
    )
    found = claims_of(text, "en", "Palina Hrynkevich", ref="2023-11-20")
    assert has(found, kind="released", date="2023-09-16", how="pardon"), found


def test_how_a_release_happened_told_a_few_sentences_later() -> None:
    text = (
        "В тот же день, 9 марта, из тюрьмы № 1 в Гродно освободилась Марина Кисель. Её осудили "
        "на 4 года по ст. 342 УК. Марина вышла по окончании срока."
    )
    found = claims_of(text, "ru", "Марина Кисель", ref="2026-03-10")
    assert has(found, kind="released", how="end_of_term"), found


def test_releases_under_a_pardon_headline_were_pardons() -> None:
    text = (
        "Памілаваныя: хто выйшаў на волю на гэтым тыдні\n\n"
        "Вольга Шыбко 19 верасня вызвалена з Гомельскай жаночай калоніі №4.\n\n"
        "Аляксей Чарнушэвіч выйшаў на волю 19 верасня, цалкам адбыўшы тэрмін."
    )
    assert has(claims_of(text, "be", "Вольга Шыбко", ref="2024-09-22"), how="pardon")
    assert has(claims_of(text, "be", "Аляксей Чарнушэвіч", ref="2024-09-22"), how="end_of_term")


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "в колонии особого режима № 13 в Глубоком",
            {"kind": "penal_colony", "number": 13, "town": "Hlybokaye"},
        ),
        (
            "у калоніі асаблівага рэжыму ў Глыбокім",
            {"kind": "penal_colony", "number": 13, "town": "Hlybokaye"},
        ),
        (
            "Сейчас он в пятой колонии в Ивацевичах.",
            {"kind": "penal_colony", "number": 5, "town": "Ivatsevichy"},
        ),
        (
            "Сначала в Шклове, в семнадцатой колонии.",
            {"kind": "penal_colony", "number": 17, "town": "Shklou"},
        ),
        (
            "First at the Valadarskaha pre-trial centre in Minsk",
            {"kind": "pretrial", "number": 1, "town": "Minsk"},
        ),
        (
            "Отбывал в «открытке» № 36 в Минске.",
            {"kind": "open_facility", "number": 36, "town": "Minsk"},
        ),
        ("у ІУАТ №48 у Асіповічах", {"kind": "open_facility", "number": 48, "town": "Asipovichy"}),
    ],
)
def test_more_ways_to_name_a_place(text: str, facility: dict) -> None:
    from nezabudka.extraction.facilities import find_facilities

    assert [f.as_claim() for f in find_facilities(text)] == [facility]


def test_a_fellow_prisoner_named_after_whose_friend_he_is() -> None:
    text = (
        "Рыгор Бацян выйшаў на волю. У той жа наваполацкай калоніі застаецца сябар Рыгора, "
        "палітвязень Кірыл Жаўняровіч, асуджаны на 5 гадоў."
    )
    colony = {"kind": "penal_colony", "number": 1, "town": "Navapolatsk"}
    assert has(claims_of(text, "be", "Кірыл Жаўняровіч"), kind="held_at", facility=colony)
    assert not has(claims_of(text, "be", "Рыгор Бацян"), kind="held_at", facility=colony)


def test_from_the_sizo_on_a_street_is_where_he_came_from() -> None:
    text = "В июне Романа Кулеша перевели в СИЗО-8 в Жодино из СИЗО на Володарского."
    found = claims_of(text, "ru", "Роман Кулеш")
    assert has(found, kind="held_at", facility={"kind": "pretrial", "number": 1, "town": "Minsk"})
    assert not has(
        found, kind="transferred", facility={"kind": "pretrial", "number": 1, "town": "Minsk"}
    )


def test_the_wife_named_after_whose_wife_she_is_without_a_comma() -> None:
    text = (
        "Кастуся Пашкевіча затрымалі ў Брэсце 14 ліпеня 2025 года. Тады ж затрымалі і жонку "
        "Пашкевіча Святлану Пашкевіч; праз два дні яе аштрафавалі на 20 базавых велічынь."
    )
    found = claims_of(text, "be", "Святлана Пашкевіч", ref="2025-08-01")
    assert has(found, kind="detained", date="2025-07-14"), found


def test_at_that_time_keeps_the_precision_it_was_told_with() -> None:
    (d1, d2) = find_dates("Раней, у 2022 годзе, Ганну штрафавалі, і тады ж яе звольнілі.", 2024, 4)
    assert d2.relative is not None and d2.relative.unit == "same"
    from nezabudka.extraction.dates import shift

    assert shift(d1.date, d2.relative) == d1.date


def test_among_the_detained() -> None:
    text = "13 верасня ў Мінску затрымалі тры чалавекі. Сярод затрыманых — Зміцер Хадасевіч."
    assert has(claims_of(text, "be", "Зміцер Хадасевіч", ref="2026-09-14"), kind="detained")


def test_a_mother_and_son_whose_diminutives_meet_stay_two_people() -> None:
    text = (
        "Мяне завуць Тамара Лабановіч, я маці палітвязня Арцёма Лабановіча. Арцёма затрымалі ў "
        "лістападзе 2022 года ў Гродне."
    )
    people_found = {p["name"] for p in extract(text, "be", reference_date="2025-10-01")["people"]}
    assert people_found == {"Тамара Лабановіч", "Арцём Лабановіч"}
    assert has(claims_of(text, "be", "Арцём Лабановіч", ref="2025-10-01"), kind="detained")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Меня зовут Людмила Гречко, я из Бобруйска. Мой сын Павел — политзаключённый. "
            "Павла задержали 12 марта 2023 года.",
            "ru",
            "Павел Гречко",
        ),
        (
            "Меня зовут Ольга Смирнова. Мой сын Денис — политзаключённый. Дениса задержали "
            "12 марта 2023 года.",
            "ru",
            "Денис Смирнов",
        ),
        (
            "Мяне завуць Ігар Кавалёў. Мая дачка Вольга — палітвязніца. Вольгу затрымалі "
            "12 сакавіка 2023 года.",
            "be",
            "Вольга Кавалёва",
        ),
    ],
)
def test_the_narrators_child_named_by_the_given_name_only(text: str, lang: str, name: str) -> None:
    assert has(claims_of(text, lang, name, ref="2025-01-10"), kind="detained", date="2023-03-12")


def test_a_former_prisoners_own_testimony() -> None:
    text = (
        "«Мяне памілавалі — і адразу вывезлі з краіны»\n\nМяне завуць Вераніка Сцяпура. Тры з "
        "паловай гады я правяла за кратамі. Мяне затрымалі ў сакавіку 2022 года. Суд даў мне "
        "пяць гадоў калоніі агульнага рэжыму па арт. 361-4 КК.\n\nУ калоніі засталася Ала "
        "Дземянчук, ёй далі чатыры гады."
    )
    mine = claims_of(text, "be", "Вераніка Сцяпура", ref="2025-10-01")
    assert has(mine, kind="detained", date="2022-03")
    assert has(mine, kind="sentenced", years=5)
    assert not has(claims_of(text, "be", "Ала Дземянчук", ref="2025-10-01"), kind="detained")


def test_a_relatives_testimony_keeps_her_out_of_prison() -> None:
    text = (
        "Меня зовут Людмила Гречко. Моего сына Павла Гречко задержали 12 марта 2023 года. Мне "
        "отказали в свидании."
    )
    roles = {
        p["name"]: p["role"] for p in extract(text, "ru", reference_date="2024-01-01")["people"]
    }
    assert roles["Людмила Гречко"] == "other"


def test_a_mans_belarusian_genitive_in_i() -> None:
    assert to_nominative("Міколы Шабуні", lang="be") == "Мікола Шабуня"
    assert to_nominative("Веранікі Лапатухі", lang="be") == "Вераніка Лапатуха"


def test_people_announced_after_a_dash() -> None:
    text = (
        "У чацвер, 16 кастрычніка, супрацоўнікі ГУБАЗіК затрымалі на прахадной завода двух "
        "рабочых — 38-гадовага Уладзіслава Кухту і 45-гадовага Дзяніса Сыча."
    )
    for name in ("Уладзіслаў Кухта", "Дзяніс Сыч"):
        found = claims_of(text, "be", name, ref="2025-10-20")
        assert has(found, kind="detained", date="2025-10-16"), (name, found)


def test_a_quotation_before_a_dash_announces_nobody() -> None:
    text = "«Гэта не свабода, а выгнанне», — пракаментавала Святлана Кухарава з цэнтра «Вясна»."
    assert not has(claims_of(text, "be", "Святлана Кухарава"), kind="exile")


def test_among_the_detained_takes_the_detentions_date() -> None:
    text = (
        "13 верасня ў Мінску затрымалі тры чалавекі. Сярод затрыманых — Зміцер Хадасевіч і "
        "Алеся Рак."
    )
    for name in ("Зміцер Хадасевіч", "Алеся Рак"):
        found = claims_of(text, "be", name, ref="2026-09-14")
        assert has(found, kind="detained", date="2026-09-13"), (name, found)


def test_his_genitive_is_not_her_nominative() -> None:
    text = (
        "Вчера огласили приговор по делу Анастасии Мележ и Виталия Гордеева. Судья приговорил "
        "Мележ к шести годам колонии общего режима, а Гордеева, которому дополнительно вменили "
        "ч. 1 ст. 342 УК, — к семи годам колонии усиленного режима. Его мать Светлана Гордеева "
        "была в зале."
    )
    found = claims_of(text, "ru", "Виталий Гордеев", ref="2024-11-27")
    assert has(found, kind="sentenced", years=7), found
    assert not has(claims_of(text, "ru", "Светлана Гордеева", ref="2024-11-27"), kind="sentenced")


@pytest.mark.parametrize(
    ("text", "lang", "name", "facility", "date"),
    [
        # a town whose only place of detention the report does not name
        (
            "Арцёма Лабановіча асудзілі на 6 гадоў. У ліпені 2023 года Арцёма этапавалі ў "
            "Наваполацк.",
            "be",
            "Арцём Лабановіч",
            {"kind": "penal_colony", "number": 1, "town": "Navapolatsk"},
            "2023-07",
        ),
        # the town before the verb, a four-letter name in the accusative
        (
            "Артёма Ждановича осудили на 5 лет. В Оршу его этапировали в мае 2024-го.",
            "ru",
            "Артём Жданович",
            {"kind": "penal_colony", "number": 8, "town": "Orsha"},
            "2024-05",
        ),
        (
            "After the verdict Yauhen Krasheuski spent several weeks in Zhodzina prison, and in "
            "June 2023 he was sent on to the colony in Vitba.",
            "en",
            "Yauhen Krasheuski",
            {"kind": "penal_colony", "number": 3, "town": "Vitba"},
            "2023-06",
        ),
        (
            "Назара Лисовского 12.06.2024 перевели из Американки на Володарку.",
            "ru",
            "Назар Лисовский",
            {"kind": "pretrial", "number": 1, "town": "Minsk"},
            "2024-06-12",
        ),
    ],
)
def test_more_transfers(text: str, lang: str, name: str, facility: dict, date: str) -> None:
    found = claims_of(text, lang, name, ref="2025-01-10")
    assert has(found, kind="transferred", facility=facility, date=date), found


def test_a_town_name_is_no_common_word() -> None:
    from nezabudka.extraction.facilities import town_of

    assert town_of("Оршу", "by") == "Orsha"
    assert town_of("лидер", "by") is None


@pytest.mark.parametrize(
    ("text", "lang", "name", "want"),
    [
        (
            "14 красавіка, цалкам адбыўшы тэрмін, выйшаў з папраўчай установы адкрытага тыпу №25 "
            "у Гродне Антон Бурла.",
            "be",
            "Антон Бурла",
            {"kind": "released", "date": "2026-04-14", "how": "end_of_term"},
        ),
        (
            "On 7 February Andrei Lapko, serving five years in colony No. 15, was among 23 people "
            "pardoned by Alexander Lukashenko.",
            "en",
            "Andrei Lapko",
            {"kind": "released", "date": "2026-02-07", "how": "pardon"},
        ),
        (
            "Инну Бойко осудили в августе. На свободу она вышла 29 октября.",
            "ru",
            "Инна Бойко",
            {"kind": "released", "date": "2025-10-29"},
        ),
        (
            "А 9 верасня, адбыўшы ўвесь тэрмін, выйшла на волю Алена Раковіч з Мазыра.",
            "be",
            "Алена Раковіч",
            {"kind": "released", "date": "2025-09-09", "how": "end_of_term"},
        ),
    ],
)
def test_more_release_wordings(text: str, lang: str, name: str, want: dict) -> None:
    ref = "2026-05-01" if "2026" in want["date"] else "2025-11-01"
    found = claims_of(text, lang, name, ref=ref)
    assert has(found, **want), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Halina Krauchuk has diabetes, and the medical unit keeps forgetting her insulin.",
            "medical_neglect",
        ),
        (
            "Valery Kuzmenak's requests to be sent to the prison hospital were turned down.",
            "medical_neglect",
        ),
        (
            "Yauhen Krasheuski has a bad back, and the medical unit refuses to give him anything but "
            "painkillers.",
            "medical_neglect",
        ),
        (
            "In February Yauhen Krasheuski was moved to a cell-type room for three months.",
            "punishment_cell",
        ),
    ],
)
def test_neglect_and_cells_in_other_words(text: str, kind: str) -> None:
    name = " ".join(text.split()[:2]) if not text.startswith("In ") else "Yauhen Krasheuski"
    name = name.replace("'s", "")
    assert has(claims_of(text, "en", name), kind=kind)


def test_the_day_of_the_verdict() -> None:
    text = (
        "21 жніўня суд асудзіў Дзмітрыя Шыманскага на 3 гады. 3 сакавіка яго жонка пісала скаргу. "
        "У той жа дзень, калі агучвалі прысуд, у Магілёве затрымалі журналістку Алену Шыманскую."
    )
    found = claims_of(text, "be", "Алена Шыманская", ref="2023-09-01")
    assert has(found, kind="detained", date="2023-08-21"), found


def test_one_person_in_two_transliterations() -> None:
    text = (
        "A court in Minsk sentenced Aliaksei Zhaunerovich to six years. Alexei Zhavnerovich, as "
        "some outlets spell his name, was convicted of calls to harm national security."
    )
    names = [p["name"] for p in extract(text, "en", reference_date="2024-05-22")["people"]]
    assert names == ["Aliaksei Zhaunerovich"]


def test_a_reversed_name_in_a_postal_address_is_the_same_person() -> None:
    text = (
        "Политзаключённого Евгения Кучинского снова отправили в ПКТ.\n\n"
        "Адрес для писем: 213800, г. Бобруйск, ул. Сикорского, 1, ИК-2, Кучинскому Евгению."
    )
    names = [p["name"] for p in extract(text, "ru", reference_date="2023-04-07")["people"]]
    assert names == ["Евгений Кучинский"]


def test_digest_items_named_by_unknown_or_pronoun_like_given_names() -> None:
    text = (
        "▪️ Яна Кізевіча, асуджанага на 3 гады калоніі, у панядзелак этапавалі ў калонію №5 у "
        "Івацэвічах.\n\n▪️ Палітвязень Тамаш Дзядуля, які адбывае 8 гадоў за «здраду дзяржаве», "
        "па-ранейшаму ў інкамунікада.\n\n▪️ Яна выйшла на волю 12 траўня."
    )
    names = {p["name"] for p in extract(text, "be", reference_date="2026-05-15")["people"]}
    assert names == {"Ян Кізевіч", "Тамаш Дзядуля"}


def test_two_transliterations_sharing_a_given_name_meet_at_a_looser_bar() -> None:
    text = (
        "Paval Lichadzievich died in penal colony No. 9 in Horki on 3 March. Pavel Likhodievich, "
        "as Russian media spell him, was serving eight years for treason."
    )
    names = [p["name"] for p in extract(text, "en", reference_date="2026-03-10")["people"]]
    assert names == ["Paval Lichadzievich"]


def test_a_former_prisoners_testimony_is_about_her_until_she_names_another() -> None:
    text = (
        "Мяне завуць Ганна Крывашэй, я медсястра з Мінска. Мяне затрымалі 27 красавіка 2022 "
        "года. Першыя дні я правяла на Акрэсціна, а ўвесь час да суда сядзела ў СІЗА на "
        "Валадарскага.\n\nА ў калоніі №4 засталася мая сяброўка, Таццяна Варановіч."
    )
    sizo = {"kind": "pretrial", "number": 1, "town": "Minsk"}
    assert has(claims_of(text, "be", "Ганна Крывашэй", ref="2024-01-10"), facility=sizo)
    assert not has(claims_of(text, "be", "Таццяна Варановіч", ref="2024-01-10"), facility=sizo)


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "relative", "kind"),
    [
        (
            "Кирилла Лаптенка осудили на 4 года. Его матери, Людмиле Лаптенок, в марте отказали "
            "в длительном свидании с сыном.",
            "ru",
            "Кирилл Лаптенок",
            "Людмила Лаптенок",
            "visits_denied",
        ),
        (
            "Leanid Shapavalau died in colony No. 2. In the spring of 2023, when his wife Nina "
            "Shapavalava died, the administration refused to let him attend her funeral.",
            "en",
            "Leanid Shapavalau",
            "Nina Shapavalava",
            "funeral_denied",
        ),
    ],
)
def test_a_relatives_denial_is_the_prisoners(
    text: str, lang: str, prisoner: str, relative: str, kind: str
) -> None:
    assert has(claims_of(text, lang, prisoner, ref="2025-04-01"), kind=kind)
    assert not has(claims_of(text, lang, relative, ref="2025-04-01"), kind=kind)


def test_a_relative_who_is_himself_in_prison_keeps_his_own_denial() -> None:
    text = (
        "Anatol Krutsou died in colony No. 17. Anatol's other son, Raman Krutsou, who is himself "
        "serving a sentence in penal colony No. 2 in Babruisk, was not allowed to attend the "
        "funeral on 12 July."
    )
    assert has(claims_of(text, "en", "Raman Krutsou", ref="2024-08-01"), kind="funeral_denied")


@pytest.mark.parametrize(
    "text",
    [
        "Uladzimir Rachkouski was pardoned on 30 August. The same day they put Uladzimir "
        "Rachkouski in a car and drove him to the Lithuanian border.",
        "Uladzimir Rachkouski was released in June. In December Uladzimir Rachkouski crossed into "
        "Lithuania, because the police had started summoning him again.",
    ],
)
def test_exile_in_other_words(text: str) -> None:
    assert has(claims_of(text, "en", "Uladzimir Rachkouski", ref="2024-01-10"), kind="exile")


@pytest.mark.parametrize(
    ("text", "lang", "name", "kind", "date"),
    [
        (
            "31 ліпеня ў Віцебску асудзілі Ігара Коласа. Днём раней у Полацку Яўгена Лапату "
            "асудзілі па арт. 370 КК на 2 гады хатняй хіміі.",
            "be",
            "Яўген Лапата",
            "sentenced",
            "2024-07-30",
        ),
        (
            "25 ноября Виктора Русака приговорили к 8 годам колонии. Накануне приговора его мать "
            "Галину Русак задержали у здания суда.",
            "ru",
            "Галина Русак",
            "detained",
            "2024-11-24",
        ),
    ],
)
def test_the_day_before(text: str, lang: str, name: str, kind: str, date: str) -> None:
    assert has(claims_of(text, lang, name, ref="2024-12-01"), kind=kind, date=date)


def test_the_eve_of_a_named_day_is_no_date() -> None:
    dates = find_dates(
        "3 ліпеня, напярэдадні Дня Незалежнасці, памілавалі групу асуджаных.", 2026, 7
    )
    assert [d.text for d in dates] == ["3 ліпеня"]


def test_a_term_told_in_passing_is_not_dated_by_the_main_event() -> None:
    text = (
        "12 марта Станислава Грицкевича, осуждённого на 6 лет усиленного режима, этапировали из "
        "новополоцкой ИК-1 в исправительную колонию №8 в Орше."
    )
    found = claims_of(text, "ru", "Станислав Грицкевич", ref="2025-03-20")
    assert has(found, kind="transferred", date="2025-03-12")
    assert [c.get("date") for c in found if c["kind"] == "sentenced"] == [None]


def test_a_participle_with_its_own_date_keeps_it() -> None:
    text = "Виктор Сокол, осуждённый 5 мая 2022 года на 8 лет, 3 июня был этапирован в Шклов."
    found = claims_of(text, "ru", "Виктор Сокол", ref="2023-01-10")
    assert has(found, kind="sentenced", date="2022-05-05"), found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Віталь Шчарбак патрабаваў стаматалагічнай дапамогі, у якой яму адмаўляюць ужо два "
            "месяцы.",
            "be",
            "Віталь Шчарбак",
        ),
        (
            "Valery Astapchuk is diabetic; the medical unit gives him insulin irregularly.",
            "en",
            "Valery Astapchuk",
        ),
    ],
)
def test_more_neglect_wordings(text: str, lang: str, name: str) -> None:
    assert has(claims_of(text, lang, name), kind="medical_neglect")


def test_a_term_named_before_its_participle() -> None:
    text = "15.10.2025 помилован Павел Гурский. Из четырёх лет, назначенных ему по ст. 342 УК, он отбыл три."
    assert has(claims_of(text, "ru", "Павел Гурский", ref="2025-10-20"), kind="sentenced", years=4)


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    text = (
        "Kanstantsin Yarmak was sentenced to 12 years. My colleague Alena Mikhnevich, who "
        "defended Kanstantsin at the beginning, was detained yesterday outside the court."
    )
    found = claims_of(text, "en", "Alena Mikhnevich", ref="2026-01-20")
    assert has(found, kind="detained", date="2026-01-19"), found
    assert not has(claims_of(text, "en", "Kanstantsin Yarmak", ref="2026-01-20"), kind="detained")
