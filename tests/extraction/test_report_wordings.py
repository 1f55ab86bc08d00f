"""Wordings of facts met in gold reports after their first scoring, as a table: each line is
(language, kind, date or None, text), and the first person the text names must get that claim.
New wordings go here rather than into one more file per session."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import first_named_claims, first_named_dated_kinds

WORDINGS = [
    (
        "en",
        "recognized",
        None,
        "Human rights defenders recognised Mikita Shauchenka and Ruslan Belski, who is held in Brest, as political prisoners.",
    ),
    (
        "en",
        "recognized",
        None,
        "Recognised as political prisoners: Hanna Lapitskaya, Viktar Asipenka.",
    ),
    ("be", "recognized", None, "Палітвязнямі прызнаныя: Марына Сечка, Віталь Пашкевіч."),
    (
        "ru",
        "released",
        "2024-03-02",
        "Минчанин Сергей Левкович, задержанный 20 февраля, вышел 2 марта из ЦИП на Окрестина, где провёл 10 суток.",
    ),
    ("ru", "released", "2024-03-02", "Сергей Левкович вышел 2 марта из ЦИП на Окрестина."),
    ("be", "released", "2024-03-02", "Сяргей Лěвковіч выйшаў 2 сакавіка з ЦІП на Акрэсціна."),
    (
        "be",
        "exile",
        "2023-11-24",
        "24 лістапада Дзяніс Арлоў быў вызвалены з калоніі і ў той жа дзень пад канвоем вывезены праз мяжу ў Літву.",
    ),
    (
        "ru",
        "exile",
        "2023-11-24",
        "24 ноября Денис Орлов был освобождён и в тот же день вывезен через границу в Литву.",
    ),
    (
        "ru",
        "exile",
        "2023-11-24",
        "24 ноября Дениса Орлова вывезли к литовской границе и заставили её перейти.",
    ),
    (
        "en",
        "exile",
        "2023-11-24",
        "On 24 November Dzianis Arlou was driven to the Lithuanian border and forced to cross it.",
    ),
    (
        "en",
        "exile",
        "2023-11-24",
        "On 24 November Dzianis Arlou was released and deported to Lithuania.",
    ),
    (
        "en",
        "exile",
        "2023-11-24",
        "On 24 November Dzianis Arlou was pardoned and expelled from the country.",
    ),
    ("ru", "detained", "2024-02", "Денис Грибовский в феврале провёл сутки в РУВД."),
    ("ru", "detained", "2024-02", "В феврале Денис Грибовский провёл несколько часов в РОВД."),
    ("be", "detained", "2024-02", "У лютым Дзяніс Грыбоўскі правёў суткі ў РУУС."),
    (
        "en",
        "detained",
        "2024-02",
        "In February Dzianis Hrybouski spent a night at the police station.",
    ),
    (
        "en",
        "hunger_strike",
        "2024-03-14",
        "Fiodar Matskevich was put in a punishment cell on 14 March. The same day he went on hunger strike, his sister Iryna Matskevich said.",
    ),
    # session 13: the same event twice in one sentence, each date its own event
    (
        "ru",
        "punishment_cell",
        "2024-03-03",
        "В марте Олега Гайдука дважды бросали в ШИЗО: 10 суток с 3 марта, а 14 марта, едва выйдя, он получил ещё 10.",
    ),
    (
        "ru",
        "punishment_cell",
        "2024-03-14",
        "В марте Олега Гайдука дважды бросали в ШИЗО: 10 суток с 3 марта, а 14 марта, едва выйдя, он получил ещё 10.",
    ),
    (
        "ru",
        "punishment_cell",
        "2024-04",
        "Артёма Яроша уже дважды помещали в ШИЗО — в апреле и 2 июня.",
    ),
    (
        "ru",
        "punishment_cell",
        "2024-06-02",
        "Артёма Яроша уже дважды помещали в ШИЗО — в апреле и 2 июня.",
    ),
    (
        "en",
        "punishment_cell",
        "2024-03-20",
        "Ihar Barysau was sent to the punishment cell on 5 February and again on 20 March.",
    ),
    (
        "be",
        "punishment_cell",
        "2024-02-12",
        "Васіля Шэўчыка змясцілі ў ШІЗА ў студзені і яшчэ раз 12 лютага.",
    ),
    # stays counted one after another, the first dated before its verb
    (
        "ru",
        "punishment_cell",
        "2023-07-03",
        "Дениса Корсака 3 июля отправили в ШИЗО на 10 суток, 20 июля — ещё на 15.",
    ),
    (
        "ru",
        "punishment_cell",
        "2023-07-20",
        "Дениса Корсака 3 июля отправили в ШИЗО на 10 суток, 20 июля — ещё на 15.",
    ),
    # dates joined by "and again" before the verb
    (
        "en",
        "punishment_cell",
        "2023-07",
        "In July 2023 and again in September Ihar Miatselski was put in the punishment cell.",
    ),
    (
        "en",
        "punishment_cell",
        "2023-09",
        "In July 2023 and again in September Ihar Miatselski was put in the punishment cell.",
    ),
    # "праз суткі", "через сутки": a day later
    (
        "be",
        "released",
        "2024-02-08",
        "• Тамара Янушкевіч (Гродна) — затрыманая 7 лютага, вызваленая праз суткі.",
    ),
    (
        "ru",
        "released",
        "2024-02-08",
        "Тамару Янушкевич задержали 7 февраля и отпустили через сутки.",
    ),
    # released in the courtroom: the day of the verdict
    (
        "en",
        "released",
        "2023-11-21",
        "On 21 November Yana Kulikouskaya was fined 50 base units by a judge. Kulikouskaya was released from the courtroom.",
    ),
    (
        "ru",
        "released",
        "2023-11-21",
        "21 ноября Яну Куликовскую оштрафовали на 50 базовых величин. Её освободили в зале суда.",
    ),
    # leaving the country right after a release is exile; dismissal by a contract not renewed
    ("en", "exile", "2024-05", "Viktar Lahunovich left Belarus in May, right after his release."),
    ("ru", "exile", "2024-05", "После освобождения в мае Виктор Лагунович покинул страну."),
    ("be", "exile", "2024-05", "Пасля вызвалення ў траўні Віктар Лагуновіч пакінуў краіну."),
    ("ru", "dismissed", "2024-05-14", "14 мая с Ольгой Богдановой не продлили контракт."),
    ("be", "dismissed", "2024-05-14", "14 траўня з Вольгай Багданавай не падоўжылі кантракт."),
    ("en", "dismissed", "2024-05-14", "On 14 May Volha Bahdanava's contract was not renewed."),
    (
        "be",
        "medical_neglect",
        "2024-05-14",
        "14 траўня Андрэю Кавальчуку адмовілі ў медыцынскай дапамозе.",
    ),
    # from batches 51-56: "в апреле, 2-го числа"; a date counted from a fine
    ("ru", "dismissed", "2024-04-02", "Ещё в апреле, 2-го числа, Никиту Горбача уволили с завода."),
    (
        "be",
        "dismissed",
        "2024-04-02",
        "Яшчэ ў красавіку, 2-га чысла, Мікіту Горбача звольнілі з завода.",
    ),
    (
        "ru",
        "dismissed",
        "2024-05-21",
        "14 мая Романа Верещака оштрафовали на 1 680 рублей. Через неделю после штрафа его уволили с завода.",
    ),
    # session 15: leaving custody on a day, told with a plain verb
    ("ru", "released", "2023-09-27", "Ольгу Сидоренко осудили на 2 года. Вышла она 27 сентября."),
    (
        "be",
        "released",
        "2023-10-27",
        "Ганну Крывашэй асудзілі на 2 гады. Яна выйшла 27 кастрычніка.",
    ),
    ("en", "released", "2024-05-27", "Siarhei Kalas got 15 days of arrest. He came out on 27 May."),
    (
        "en",
        "released",
        "2023-09-27",
        "Dzianis Marozau got two years. He walked out on 27 September.",
    ),
    ("en", "released", "2023-10-30", "Dzianis Marozau got 15 days. He was let out on 30 October."),
    # a pardon told by a participle in an oblique case
    ("be", "released", "2024-06-11", "Андрэя Крупеню, памілаванага 11 чэрвеня, вывезлі да мяжы."),
    # letters that are "not there", a visit cancelled, correspondence stopped
    (
        "ru",
        "visits_denied",
        "2024-06",
        "Артёма Лисовского осудили на 3 года. Писем от сына нет с июня.",
    ),
    (
        "ru",
        "visits_denied",
        "2023-11-01",
        "Егора Савенка осудили на 3 года. А с 1 ноября корреспонденция ему перестала доходить совсем.",
    ),
    (
        "ru",
        "visits_denied",
        "2023-08",
        "Артёма Лисовского осудили на 3 года. В августе длительное свидание отменили в последний момент.",
    ),
    # two verbs joined by "and" share the date told with them
    (
        "en",
        "fined",
        "2024-01-19",
        "Alena Mikhnevich was detained on 19 January. She was fined and released the same evening.",
    ),
    (
        "ru",
        "released",
        "2024-01-10",
        "Алину Шевчук задержали 10 января. В тот же вечер её оштрафовали и отпустили.",
    ),
    # a transfer to a town whose one place is a colony, or under convoy
    (
        "en",
        "transferred",
        "2023-01",
        "Anatol Rameika got 5 years. In January 2023 he was taken to Horki.",
    ),
    (
        "en",
        "transferred",
        "2022-10-19",
        "Andrei Kavalchuk served in Shklou; on 19 October 2022 he was taken under convoy to Babruisk.",
    ),
    # forced departure
    (
        "ru",
        "exile",
        "2024-06",
        "Максима Жилинского помиловали в июне и в тот же день вывезли из страны.",
    ),
    # a term being served, dated by the verdict told beside its verb
    (
        "be",
        "sentenced",
        "2021",
        "Уладзіслаў Кастрыца адбывае 6 гадоў калоніі, якія атрымаў у 2021-м.",
    ),
    ("ru", "sentenced", "2021", "Вадим Тарасевич отбывал три года, назначенные ему в 2021-м."),
]


@pytest.mark.parametrize(("lang", "kind", "date", "text"), WORDINGS)
def test_wording(lang: str, kind: str, date: str | None, text: str) -> None:
    assert (kind, date) in first_named_dated_kinds(text, lang)


def test_a_list_after_a_dated_recognition() -> None:
    text = "Признаны политзаключёнными в январе 2024 года: Марина Сечко и Виталий Пашкевич."
    people = extract(text, "ru", reference_date="2024-02-03")["people"]
    assert [(p["name"], [c.get("date") for c in p["claims"]]) for p in people] == [
        ("Марина Сечко", ["2024-01"]),
        ("Виталий Пашкевич", ["2024-01"]),
    ]


def test_the_relative_who_tells_it_is_not_the_subject() -> None:
    text = (
        "Fiodar Matskevich was put in a punishment cell on 14 March. The same day he went on "
        "hunger strike, his sister Iryna Matskevich said."
    )
    people = extract(text, "en", reference_date="2024-06-20")["people"]
    sister = next(p for p in people if p["name"] == "Iryna Matskevich")
    assert sister["claims"] == [] and sister["role"] == "other"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On 12 March the court sentenced Andrei Kavalchuk to six years, and his colleague Ihar Lapko to four.",
        ),
        (
            "ru",
            "12 марта суд приговорил Андрея Ковальчука к шести годам колонии, а Игоря Лапко — к четырём.",
        ),
        (
            "be",
            "12 сакавіка суд асудзіў Андрэя Кавальчука да шасці гадоў калоніі, а Ігара Лапко — да чатырох.",
        ),
        (
            "ru",
            "7 октября суд приговорил Андрея Ковальчука к 6 годам колонии. Его подельник Игорь Лапко получил 4 года.",
        ),
        (
            "ru",
            "7 октября суд приговорил Андрея Ковальчука к 6 годам колонии. Его сестра Ирина Ковальчук, проходившая по той же статье, получила 4 года.",
        ),
    ],
)
def test_a_co_defendants_term_told_elliptically(lang: str, text: str) -> None:
    people = extract(text, lang, reference_date="2024-06-20")["people"]
    terms = [(c.get("years"), c.get("date")) for p in people for c in p["claims"]]
    day = "2024-03-12" if "12" in text else "2023-10-07"
    assert terms == [(6, day), (4, day)]


def test_a_bare_number_is_no_term_without_one_told_before() -> None:
    text = "Андрея Ковальчука задержали в четверг, а Игоря Лапко — к четырём часам."
    people = extract(text, "ru", reference_date="2024-06-20")["people"]
    assert not [c for p in people for c in p["claims"] if c["kind"] == "sentenced"]


def test_an_emigrant_was_not_exiled() -> None:
    claims = first_named_claims("Viktar Lahunovich left Belarus in 2021 and lives in Warsaw.", "en")
    assert not [c for c in claims if c["kind"] == "exile"]


def test_the_fine_a_date_is_counted_from_is_no_second_fine() -> None:
    text = (
        "14 мая Романа Верещака оштрафовали на 1 680 рублей. Через неделю после штрафа его уволили."
    )
    fines = [c for c in first_named_claims(text, "ru") if c["kind"] == "fined"]
    assert [c.get("date") for c in fines] == ["2024-05-14"]


def test_a_verdict_date_goes_to_the_nearer_term() -> None:
    text = (
        "Aliaksei Tsitou, sentenced in August 2023 to five years in an enhanced-regime colony, "
        "had his term cut on appeal to four years and three months."
    )
    terms = [(c["kind"], c.get("date")) for c in first_named_claims(text, "en")]
    assert ("sentenced", "2023-08") in terms and terms.count(("sentenced", "2023-08")) == 1


def test_a_date_in_a_clause_of_its_own_is_not_shared_by_joined_verbs() -> None:
    text = (
        "Yauhen Lapitski has been pardoned and driven across the border into Lithuania, his "
        "family confirmed on Tuesday."
    )
    dated = [(c["kind"], c.get("date")) for c in first_named_claims(text, "en")]
    assert len({d for _, d in dated if d}) <= 1 and not all(d for _, d in dated), dated


def test_a_count_of_deaths_behind_bars_since_a_year_is_no_arrest() -> None:
    text = (
        "Political prisoner Vasil Hurynovich died in colony No. 9 on 3 May. He is at least the "
        "seventh political prisoner to die behind bars since 2020."
    )
    kinds = [k for k, _ in first_named_dated_kinds(text, "en")]
    assert "death_in_custody" in kinds and "detained" not in kinds


def test_a_date_past_a_semicolon_is_no_second_stay() -> None:
    text = (
        "In the summer of 2023 Valiantsin Kruhlik was put in the punishment cell three times; "
        "since May the family had not received a single letter from him."
    )
    person = extract(text, "en", reference_date="2023-11-02")["people"][0]
    stays = [c.get("date") for c in person["claims"] if c["kind"] == "punishment_cell"]
    assert stays == ["2023"]


@pytest.mark.parametrize(
    ("lang", "ref", "text", "date"),
    [
        (
            "en",
            "2025-01-10",
            "Andrei Vasilevich was freed in September 2024 and left Belarus a month later.",
            "2024-10",
        ),
        (
            "ru",
            "2025-04-01",
            "Игоря Ждановича освободили 13 марта. Через две недели Игорь уехал в Литву.",
            "2025-03-27",
        ),
        (
            "be",
            "2025-11-03",
            "Марыя Кавалеўская вызвалена датэрмінова 27 кастрычніка, праз тры дні выехала з "
            "краіны.",
            "2025-10-30",
        ),
    ],
)
def test_leaving_the_country_after_a_release_is_exile(
    lang: str, ref: str, text: str, date: str
) -> None:
    claims = extract(text, lang, reference_date=ref)["people"][0]["claims"]
    assert [c.get("date") for c in claims if c["kind"] == "exile"] == [date]


def test_leaving_told_of_someone_else_after_a_release_is_not_the_released_ones() -> None:
    text = (
        "Andrei Vasilevich was freed on 3 September. His friend Pavel Lis left Belarus a month "
        "later."
    )
    people = extract(text, "en", reference_date="2025-01-10")["people"]
    assert not [c for p in people for c in p["claims"] if c["kind"] == "exile"]


def test_a_hunger_strike_started_and_ended_in_one_clause_keeps_its_start() -> None:
    text = (
        "Valiantsina Hardzei was released in February.\n\nQ: You went on hunger strike. Why?\n"
        "A: They took away my glasses. I stopped eating on 10 March 2024 and ended the hunger "
        "strike on the 19th, when the glasses were returned.\n\nQ: And then?\nA: Nothing."
    )
    person = extract(text, "en", reference_date="2025-06-10")["people"][0]
    assert [c.get("date") for c in person["claims"] if c["kind"] == "hunger_strike"] == [
        "2024-03-10"
    ]


def test_a_question_label_makes_a_statement_a_question() -> None:
    from nezabudka.extraction.interview import _ASKED

    assert _ASKED.match("Q: You went on hunger strike.")
    assert _ASKED.match("Вопрос: Вас задержали в мае.")
    assert not _ASKED.match("В мае его задержали.")


@pytest.mark.parametrize(
    ("text", "lang", "facility"),
    [
        (
            "Вчера я встретилась с Павлом Ракушей в ИК-9 в Горках. 5 марта его этапировали туда "
            "из тюрьмы №4 в Могилёве.",
            "ru",
            {"kind": "penal_colony", "number": 9, "town": "Horki"},
        ),
        (
            "Учора я наведала Паўла Ракушу ў Магілёўскай турме №4. 5 сакавіка яго этапавалі туды "
            "з калоніі №15 у Вейне.",
            "be",
            {"kind": "prison", "number": 4, "town": "Mahiliou"},
        ),
        (
            "Pavel Rakusha is in Penal Colony No. 1 in Navapolatsk. On 5 March he was moved there "
            "from the colony in Vitba.",
            "en",
            {"kind": "penal_colony", "number": 1, "town": "Navapolatsk"},
        ),
    ],
)
def test_a_transfer_there_goes_to_the_place_named_before(
    text: str, lang: str, facility: dict[str, Any]
) -> None:
    r = extract(text, lang, reference_date="2024-04-01")
    moved = [
        (c["facility"], c.get("date"))
        for p in r["people"]
        for c in p["claims"]
        if c["kind"] == "transferred"
    ]
    assert moved == [(facility, "2024-03-05")]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Сяргея Лося затрымалі 12 лістапада. 14 лістапада сілавікі прыйшлі і па ягоную жонку "
            "Алену Лось.",
            "be",
            "Алена Лось",
        ),
        (
            "Сергея Лося задержали 12 ноября. 14 ноября силовики пришли и за его женой Ольгой Лось.",
            "ru",
            "Ольга Лось",
        ),
    ],
)
def test_officers_came_for_his_wife_too(text: str, lang: str, name: str) -> None:
    r = extract(text, lang, reference_date="2025-11-20")
    person = next(p for p in r["people"] if p["name"] == name)
    assert [(c["kind"], c.get("date")) for c in person["claims"]] == [("detained", "2025-11-14")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Pavel Lis was detained on 3 March and dismissed from his school the same day.",
            [("detained", "2024-03-03"), ("dismissed", "2024-03-03")],
        ),
        (
            "My name is Pavel Lis. I was detained on 3 March. A week after my arrest the plant "
            "fired me.",
            [("detained", "2024-03-03"), ("dismissed", "2024-03-10")],
        ),
    ],
)
def test_dismissals_told_in_passing(text: str, kinds: list[tuple[str, str]]) -> None:
    r = extract(text, "en", reference_date="2024-06-01")
    lis = next(p for p in r["people"] if p["name"] == "Pavel Lis")
    assert sorted((c["kind"], c.get("date")) for c in lis["claims"]) == kinds
