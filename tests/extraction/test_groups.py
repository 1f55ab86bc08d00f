"""Facts told once for a group of defendants ("All five were detained on 3 March", "Іх
абвінавачвалі ў …") reach every member the group counts, relatives among them."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in, first_named_dated_kinds


def _dated(result: dict, name: str, kind: str) -> list[str | None]:
    return [c.get("date") for c in claims_in(result, name) if c["kind"] == kind]


def _articles(result: dict, name: str) -> set[str]:
    return {c["article"] for c in claims_in(result, name) if c["kind"] == "charged"}


def test_a_wife_tried_with_her_husband_completes_the_count() -> None:
    text = (
        "Суд огласил приговор по делу четырёх жителей Пинска. Ивану Сидоровичу назначено 6 лет "
        "колонии. Его жена Ольга Сидорович получила 3 года ограничения свободы. Студенту Петру "
        "Лису и учителю Антону Гавриловичу дали по 4 года колонии. Все четверо были задержаны "
        "3 марта."
    )
    r = extract(text, "ru", reference_date="2023-09-28")
    for name in ("Иван Сидорович", "Ольга Сидорович", "Пётр Лис", "Антон Гаврилович"):
        assert "2023-03-03" in _dated(r, name, "detained"), name


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Іван Грэсь, Пятро Лой, Анатоль Жук, Сяргей Мурашка і Юрый Ткач атрымалі па тры гады "
            "калоніі. Усе пяцёра былі затрыманыя ў верасні 2023 года.",
            "be",
        ),
        (
            "Иван Гресь, Пётр Лой, Анатолий Жук, Сергей Мурашко, Юрий Ткач и Олег Сыч получили "
            "по три года колонии. Все шестеро были задержаны в сентябре 2023 года.",
            "ru",
        ),
        (
            "Ігнат Леўчык, Алена Сакол, Пятро Гуз і Вера Рабчык атрымалі па тры гады калоніі. "
            "Усіх чацвярых затрымалі ў верасні 2023 года.",
            "be",
        ),
    ],
)
def test_four_five_and_six_are_group_counts(text: str, lang: str) -> None:
    r = extract(text, lang, reference_date="2024-05-31")
    named = [p for p in r["people"] if p["role"] == "prisoner"]
    assert len(named) == text.count(",") + 2
    for p in named:
        assert "2023-09" in _dated(r, p["name"], "detained"), p["name"]


def test_they_in_the_opening_of_a_sentence_are_the_counted_group_named_after() -> None:
    text = (
        "Абласны суд абвясціў прысуд пяці жыхарам Быхава. Іх абвінавачвалі ў дзеяннях, якія "
        "груба парушаюць грамадскі парадак.\n\nПрысуды:\n"
        "• Ігнат Дудко — 8 гадоў калоніі ўзмоцненага рэжыму;\n"
        "• Марта Дудко, яго жонка, — 5 гадоў калоніі агульнага рэжыму;\n"
        "• Валерый Шпак — 6 гадоў калоніі;\n"
        "• Лявон Зубар — 3 гады калоніі;\n"
        "• Міхась Ціхі — 2 гады калоніі."
    )
    r = extract(text, "be", reference_date="2024-05-31")
    for name in ("Ігнат Дудко", "Марта Дудко", "Валерый Шпак", "Лявон Зубар", "Міхась Ціхі"):
        assert _articles(r, name) == {"342"}, name


@pytest.mark.parametrize(
    ("text", "lang", "years", "months", "regime"),
    [
        ("Суд: Валерый Шпак — 6 гадоў 6 месяцаў турэмнага рэжыму.", "be", 6, 6, "prison"),
        ("Суд: Валерий Шпак — 7 лет строгого режима.", "ru", 7, None, "strict"),
        ("The court: Valery Shpak, five years of enhanced regime.", "en", 5, None, "enhanced"),
        ("Валерый Шпак асуджаны да 6 гадоў зняволення ў турме.", "be", 6, None, "prison"),
        (
            "Валерия Шпака осудили на 8 лет лишения свободы в условиях тюрьмы.",
            "ru",
            8,
            None,
            "prison",
        ),
    ],
)
def test_a_term_followed_by_its_regime_alone(
    text: str, lang: str, years: int, months: int | None, regime: str
) -> None:
    r = extract(text, lang, reference_date="2024-05-31")
    terms = [c for p in r["people"] for c in p["claims"] if c["kind"] == "sentenced"]
    assert [(c.get("years"), c.get("months"), c.get("regime")) for c in terms] == [
        (years, months, regime)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Daryna Papok was detained on 12 November 2024.", "en", "Daryna Papok"),
        ("Danuta Liavonchyk was detained on 12 November 2024.", "en", "Danuta Liavonchyk"),
        (
            "12 лістапада 2024 года ў Магілёве затрымалі блогера Арсенія Кучука.",
            "be",
            "Арсеній Кучук",
        ),
        ("12 лістапада 2024 года затрымалі Іосіфа Кліменку.", "be", "Іосіф Кліменка"),
    ],
)
def test_given_names_the_reference_lists_lack(text: str, lang: str, name: str) -> None:
    r = extract(text, lang, reference_date="2024-12-01")
    assert [p["name"] for p in r["people"]] == [name]
    assert first_named_dated_kinds(text, lang) == [("detained", "2024-11-12")]


def _recognized(result: dict, name: str) -> list[str | None]:
    return _dated(result, name, "recognized")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Weekly digest | 13–19 May 2024\n\nRecognitions. On 16 May, human rights defenders "
            "recognised two more people as political prisoners.\n\nSiarhei Kavalchuk, 41, an "
            "electrician from Barysau, is held in Zhodzina.\n\nAlena Sidarenka, a pensioner from "
            "Homiel, was convicted of insulting the president.\n\nPavel Rusak was fined.",
            "en",
        ),
        (
            "Заява праваабаронцаў\n\nСёння, 16 траўня 2024 года, мы прызнаём палітычнымі вязнямі "
            "яшчэ двух чалавек:\n\n"
            "Сяргей Кавальчук, 41 год, электрык з Барысава.\n\nАлена Сідарэнка, пенсіянерка з "
            "Гомеля.\n\nПавел Русак быў аштрафаваны.",
            "be",
        ),
    ],
)
def test_a_counted_recognition_goes_to_the_people_listed_after_it(text: str, lang: str) -> None:
    r = extract(text, lang, reference_date="2024-05-20")
    names = [p["name"] for p in r["people"]]
    listed, other = names[:2], names[2]
    for name in listed:
        assert _recognized(r, name) == ["2024-05-16"], name
    assert _recognized(r, other) == []


def test_among_them_names_only_some_of_the_counted() -> None:
    text = (
        "On 10 May human rights organisations recognised two more people as political "
        "prisoners. Among them is Darya Lemiasheuskaya, a nurse from Mazyr.\n\nRELEASES. "
        "Uladzimir Kasko was released from Orsha penal colony on Monday."
    )
    r = extract(text, "en", reference_date="2023-05-12")
    assert _recognized(r, "Uladzimir Kasko") == []


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Итоги июля\n\nВ июле правозащитники признали политзаключёнными 14 человек, среди "
            "них — Наталья Пашкевич из Лиды и Глеб Сорокин из Минска.",
            "ru",
            ("Наталья Пашкевич", "Глеб Сорокин"),
        ),
        (
            "Monthly summary\n\nOn 27 July, 14 more people were recognised as political "
            "prisoners, among them Tsitou's colleague Yana Dzemidovich.",
            "en",
            ("Yana Dzemidovich",),
        ),
    ],
)
def test_among_them_in_the_same_sentence(text: str, lang: str, names: tuple[str, ...]) -> None:
    r = extract(text, lang, reference_date="2023-08-02")
    got = {p["name"] for p in r["people"] if _recognized(r, p["name"])}
    assert got == set(names)


def test_political_prisoner_status_received_is_a_recognition() -> None:
    text = (
        "Тыднёвы дайджэст\n\nПраваабаронцы прызналі палітвязнем Ганну Вашкевіч з Гродна. "
        "Таксама статус палітвязня атрымаў Раман Бурак."
    )
    r = extract(text, "be", reference_date="2026-05-04")
    assert _recognized(r, "Раман Бурак") == [None]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # an occupation before the second name, after an age
        (
            "Nurse Aksana Belavus, 41, and driver Ihar Yakavenka, 35, were detained on 2 June "
            "2025.",
            "en",
            ("Aksana Belavus", "Ihar Yakavenka"),
        ),
        # a kinship word and then an occupation
        (
            "12 жніўня ў сваёй кватэры былі затрыманыя журналістка Кацярына Ляўчук і яе муж, "
            "фатограф Андрэй Ляўчук.",
            "be",
            ("Кацярына Ляўчук", "Андрэй Ляўчук"),
        ),
    ],
)
def test_people_joined_with_their_occupations_share_the_fact(
    text: str, lang: str, names: tuple[str, ...]
) -> None:
    r = extract(text, lang, reference_date="2025-08-20")
    for name in names:
        assert _dated(r, name, "detained") != [], name


def test_a_verb_after_a_comma_joins_no_one() -> None:
    text = (
        "On 1 September 2022, trade unionist Yauhen Maroz was detained at his home. The "
        "union's chairman, Aliaksandr Yarashuk, said Maroz had been dismissed from the "
        "refinery back in 2020."
    )
    r = extract(text, "en", reference_date="2023-01-10")
    assert _dated(r, "Yauhen Maroz", "dismissed") == ["2020"]
    assert _dated(r, "Aliaksandr Yarashuk", "dismissed") == []


def test_a_singular_relative_pronoun_is_the_last_named_ones() -> None:
    text = (
        "Праваабарончая супольнасць прызнала палітвязнямі Валянціна Жарскага і мінчаніна "
        "Канстанціна Вашкевіча, якому ў красавіку прад'явілі абвінавачанне ў абразе "
        "прадстаўніка ўлады."
    )
    r = extract(text, "be", reference_date="2025-04-20")
    assert _articles(r, "Канстанцін Вашкевіч") == {"369"}
    assert _articles(r, "Валянцін Жарскі") == set()


def test_a_small_count_made_up_by_the_names_after_a_dash() -> None:
    text = "3 траўня затрымалі двух палітвязняў — Андрэя Сцепанчука і Уладзіслава Кірэева."
    r = extract(text, "be", reference_date="2024-07-08")
    for name in ("Андрэй Сцепанчук", "Уладзіслаў Кірэеў"):
        assert _dated(r, name, "detained") == ["2024-05-03"], name


def test_a_count_the_names_do_not_make_up_goes_to_no_one_listed() -> None:
    text = "В Минске задержаны 140 человек — Иван Лис и Пётр Жук."
    r = extract(text, "ru", reference_date="2024-07-08")
    assert claims_in(r, "Иван Лис") == []


def test_one_of_them_takes_the_counted_recognition() -> None:
    text = (
        "Weekly digest: 9–15 March 2024\n\nFour more people were recognized as political "
        "prisoners this week. One of them is Anton Sialitski, a 41-year-old electrician. He was "
        "detained on 27 February.\n\nIn Homiel, Natallia Kazhura was sentenced to 3 years."
    )
    r = extract(text, "en", reference_date="2024-03-15")
    assert _dated(r, "Anton Sialitski", "recognized") == ["2024-03"]
    assert _dated(r, "Natallia Kazhura", "recognized") == []  # not "one of them"


def test_recognised_names_with_a_place_in_between() -> None:
    text = (
        "This week human rights defenders recognised Mikita Shauchenka and Ruslan Belski, who "
        "is held in Brest SIZO No. 7, as political prisoners."
    )
    r = extract(text, "en", reference_date="2023-11-20")
    for name in ("Mikita Shauchenka", "Ruslan Belski"):
        assert _dated(r, name, "recognized") == ["2023-11"], name  # this week


@pytest.mark.parametrize(
    ("lang", "pair", "names"),
    [
        ("be", "Браты Павел і Мікалай Грэсь", ("Павел Грэсь", "Мікалай Грэсь")),
        ("ru", "Братья Павел и Николай Гресь", ("Павел Гресь", "Николай Гресь")),
    ],
)
def test_brothers_named_together_share_the_surname_and_the_count(
    lang: str, pair: str, names: tuple[str, str]
) -> None:
    count, verb = (
        ("палітвязнямі прызнаныя тры чалавекі. Пра ўсіх трох вядома наступнае", "абвінавачваюцца")
        if lang == "be"
        else ("политзаключёнными признаны три человека. Вот что о них известно", "обвиняются")
    )
    text = f"7 октября {count}.\n\nАнтона Жука задержали 2 сентября.\n\n{pair} {verb} в донатах."
    if lang == "be":
        text = text.replace("7 октября", "7 кастрычніка")
    r = extract(text, lang, reference_date="2025-10-08")
    for name in names:
        assert any(p["name"] == name and p["role"] == "prisoner" for p in r["people"]), name


def test_a_counted_release_goes_to_the_people_named_after_it() -> None:
    text = (
        "Three political prisoners walked free on Tuesday, 2 July, after Aliaksandr Lukashenka "
        "signed pardon decrees. Only one of them was allowed to go home.\n\n"
        "Kiryl Andrusevich, 41, an engineer from Barysau, was detained in October 2021.\n\n"
        "Alena Shumskaya, a former schoolteacher from Pinsk, had been serving three and a half "
        "years.\n\nThe third person released, pensioner Ihar Paulouski, returned home."
    )
    r = extract(text, "en", reference_date="2024-07-04")
    for name in ("Kiryl Andrusevich", "Alena Shumskaya", "Ihar Paulouski"):
        assert _dated(r, name, "released") == ["2024-07-02"], name
    assert _dated(r, "Aliaksandr Lukashenka", "released") == []  # an official is never counted


def test_among_the_released_named_after_a_count_share_its_day() -> None:
    text = (
        "Лукашенко помиловал 12 человек. Правозащитникам удалось установить имена двоих; "
        "освобождены они были накануне, 3 июля.\n\n"
        "Среди вышедших на свободу — Игорь Лапицкий, отбывавший 4 года в колонии №15, и Анна "
        "Бурак, которая с 2022 года находилась в гомельской колонии. Лапицкого после "
        "освобождения сразу вывезли к границе с Литвой."
    )
    result = extract(text, "ru", reference_date="2025-07-05")
    assert _dated(result, "Игорь Лапицкий", "released") == ["2025-07-03"]
    assert _dated(result, "Анна Бурак", "released") == ["2025-07-03"]
    assert _dated(result, "Игорь Лапицкий", "exile") == ["2025-07-03"]


def test_a_lead_dating_a_pardon_of_many_dates_the_releases_after_it() -> None:
    text = (
        "RELEASED\n\nYesterday Alexander Lukashenko pardoned 30 people convicted of so-called "
        "extremist crimes. Human rights defenders have confirmed three names.\n\n"
        "Volha Kasko, 58, walked out of women's penal colony No. 4 in Homiel.\n\n"
        "Pavel Barysau, who had been serving six years for treason, was also pardoned.\n\n"
        "Separately, on 9 September, Anton Kaval walked free from Orsha colony No. 8 after "
        "serving his term in full."
    )
    result = extract(text, "en", reference_date="2024-09-12")
    assert _dated(result, "Volha Kasko", "released") == ["2024-09-11"]
    assert _dated(result, "Pavel Barysau", "released") == ["2024-09-11"]
    assert _dated(result, "Anton Kaval", "released") == ["2024-09-09"]


def test_among_the_released_after_a_count_gives_the_release_and_the_exile() -> None:
    text = (
        "Итоги сентября\n\nГлавным событием месяца стало освобождение 11 сентября 52 "
        "заключённых в рамках договорённости. Всех их в тот же день вывезли на автобусах в "
        "Литву. Среди освобождённых — Сергей Пашков, осуждённый в 2022 году на 8 лет, и "
        "журналистка Ольга Данько, приговорённая к 4 годам."
    )
    result = extract(text, "ru", reference_date="2025-10-02")
    for name in ("Сергей Пашков", "Ольга Данько"):
        assert _dated(result, name, "released") == ["2025-09-11"], name
        assert _dated(result, name, "exile") == ["2025-09-11"], name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Kiryl Lavryn was pardoned. On 17 January they woke me at four in the morning and "
            "drove us in a minibus to the Lithuanian border, Kiryl Lavryn says.",
            "en",
            "Kiryl Lavryn",
        ),
        (
            "29 сентября из колонии вышел Евгений Пархим. Через два дня Евгению пришлось "
            "покинуть Беларусь.",
            "ru",
            "Евгений Пархим",
        ),
    ],
)
def test_forced_departures_in_other_words_are_exile(text: str, lang: str, name: str) -> None:
    result = extract(text, lang, reference_date="2025-06-10")
    assert "exile" in {c["kind"] for c in claims_in(result, name)}


def test_companions_named_after_a_dash_share_the_arrest() -> None:
    text = (
        "Вадима Кречко задержали 3 мая 2023 года вместе с двумя знакомыми — Артуром Вайцехом и "
        "Людмилой Шейко."
    )
    result = extract(text, "ru", reference_date="2026-05-15")
    for name in ("Артур Вайцех", "Людмила Шейко"):
        assert _dated(result, name, "detained") == ["2023-05-03"], name


def test_brothers_named_by_their_surname_are_both() -> None:
    text = (
        "Игорь Санько признан виновным. Его младший брат Роман Санько получил 4 года колонии. "
        "Братья Санько были задержаны 2 октября 2022 года."
    )
    result = extract(text, "ru", reference_date="2023-06-29")
    for name in ("Игорь Санько", "Роман Санько"):
        assert _dated(result, name, "detained") == ["2022-10-02"], name


@pytest.mark.parametrize(
    ("text", "lang", "names", "date"),
    [
        (
            "10 мая суддзя Гомельскага абласнога суда Віктар Лось абвясціў прысуд па справе "
            "трох жыхароў Мазыра, затрыманых 4 студзеня. Алесь Кірык атрымаў 5 гадоў калоніі, "
            "Сымон Рудак — 4 гады, Зоя Кулік — 3 гады.",
            "be",
            ("Алесь Кірык", "Сымон Рудак", "Зоя Кулік"),
            "2024-01-04",
        ),
        (
            "Вчера судья Ирина Лось огласила приговор двум волонтёрам, задержанным 4 января. "
            "Олег Кирик получил 5 лет колонии, Зоя Кулик — 3 года.",
            "ru",
            ("Олег Кирик", "Зоя Кулик"),
            "2024-01-04",
        ),
    ],
)
def test_a_counted_group_before_its_detention_participle(
    text: str, lang: str, names: tuple[str, ...], date: str
) -> None:
    r = extract(text, lang, reference_date="2024-05-11")
    for name in names:
        assert date in _dated(r, name, "detained"), name


def test_the_three_men_leaves_out_the_woman_named_last() -> None:
    text = (
        "Ihar Voranau received six years, Pavel Lis five and Andrei Kot four. Alena Sauka was "
        "sentenced to two years of restricted freedom. The three men, detained on 5 March 2024, "
        "have been held in Hrodna Prison No. 1 ever since."
    )
    r = extract(text, "en", reference_date="2024-09-20")
    for name in ("Ihar Voranau", "Pavel Lis", "Andrei Kot"):
        assert "2024-03-05" in _dated(r, name, "detained"), name
    assert not _dated(r, "Alena Sauka", "detained")


def test_a_month_after_the_arrest_counts_from_the_told_day_not_the_summary_year() -> None:
    text = (
        "Two Brest journalists have been behind bars since last spring. Ihar Lis and Alena Kot were "
        "detained on 14 April 2025. The shop where Kot had worked dismissed her a month after her "
        "arrest."
    )
    r = extract(text, "en", reference_date="2026-01-20")
    assert _dated(r, "Alena Kot", "dismissed") == ["2025-05"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Олега Кота задержали 3 января. За месяц правозащитники признали политзаключёнными "
            "46 человек.",
            "ru",
        ),
        (
            "Алега Ката затрымалі 3 студзеня. Праваабаронцы таксама прызналі палітвязнямі яшчэ "
            "12 чалавек.",
            "be",
        ),
    ],
)
def test_a_count_of_many_named_nowhere_is_nobody_named(text: str, lang: str) -> None:
    r = extract(text, lang, reference_date="2024-02-01")
    assert [c["kind"] for p in r["people"] for c in p["claims"]] == ["detained"]


def test_along_with_many_others_is_still_the_subjects() -> None:
    text = "Hanna Lis was detained in May. She was released along with thirteen other prisoners."
    r = extract(text, "en", reference_date="2024-09-01")
    assert "released" in [c["kind"] for c in r["people"][0]["claims"]]


def test_all_three_in_the_dative_share_the_charges() -> None:
    text = (
        "Олега Кота задержали вместе с двумя знакомыми — Анной Лось и Ильёй Жуком. Всем троим "
        "вменили оскорбление судьи (ст. 391 УК), Жуку дополнительно — ст. 130."
    )
    r = extract(text, "ru", reference_date="2024-02-01")
    for name in ("Олег Кот", "Анна Лось", "Илья Жук"):
        assert "391" in _articles(r, name), name
    assert _articles(r, "Илья Жук") == {"391", "130"}


def test_a_counted_group_in_the_genitive_is_nobody_named() -> None:
    """ "признали политзаключёнными ещё 37 человек" and, in the genitive after a number ending
    in 2–4 or 1, "41 человека": the group, not the person named next."""
    text = (
        "Правозащитники признали политзаключёнными ещё 42 человека. Тем временем в Бресте "
        "задержали Павла Жураковского."
    )
    out = extract(text, "ru", reference_date="2024-05-10")
    pavel = next(p for p in out["people"] if p["name"] == "Павел Жураковский")
    assert [c["kind"] for c in pavel["claims"]] == ["detained"]
