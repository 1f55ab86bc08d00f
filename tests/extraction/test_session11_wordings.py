"""Session 11: wordings of each kind found by probing the extractor with paraphrases real
sources use ("let out of custody", "покинул колонию", "апынуўся на волі", "ПК-9", "added to the
list of political prisoners"), and the over-reach each new wording must not cause."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_of, has

# (language, kind, date or None, text): the first person named gets the claim with that date
WORDINGS = [
    ("en", "detained", "2024-06-03", "Ihar Rusak was taken to the police station on 3 June."),
    (
        "en",
        "released",
        "2024-06-05",
        "Ihar Rusak was detained on 3 June and let out of custody on 5 June.",
    ),
    ("en", "detained", "2024-06-03", "Police picked up Ihar Rusak on 3 June."),
    (
        "en",
        "detained",
        "2024-06-03",
        "Ihar Rusak was picked up by plain-clothes officers on 3 June.",
    ),
    ("en", "detained", "2024-06-03", "Officers came for Ihar Rusak on 3 June and took him away."),
    (
        "en",
        "detained",
        "2024-06-03",
        "On 3 June, Ihar Rusak was hauled off to the district police department.",
    ),
    ("en", "released", "2024-06-18", "Ihar Rusak walked out of the colony gates on 18 June."),
    ("en", "released", "2024-06-18", "Ihar Rusak regained his freedom on 18 June."),
    (
        "en",
        "released",
        "2024-06-18",
        "Ihar Rusak is free: he left Penal Colony No. 3 on 18 June after serving his full term.",
    ),
    (
        "en",
        "released",
        "2024-06-18",
        "On 18 June Ihar Rusak completed his sentence and returned home.",
    ),
    ("en", "released", "2024-06-18", "Ihar Rusak, freed on 18 June, said he would continue."),
    ("en", "released", "2024-06-18", "Ihar Rusak was granted a pardon and freed on 18 June."),
    ("en", "exile", "2024-06-18", "Ihar Rusak was pardoned and expelled to Lithuania on 18 June."),
    ("en", "exile", "2024-06-18", "On 18 June Ihar Rusak was forcibly deported to Lithuania."),
    (
        "en",
        "transferred",
        "2024-06-10",
        "On 10 June Ihar Rusak was moved to Penal Colony No. 9 in Horki.",
    ),
    (
        "en",
        "transferred",
        "2024-06-10",
        "Ihar Rusak was sent to Penal Colony No. 9 in Horki on 10 June.",
    ),
    (
        "en",
        "transferred",
        "2024-06-10",
        "Ihar Rusak was relocated to Penal Colony No. 9 in Horki on 10 June.",
    ),
    (
        "en",
        "transferred",
        "2024-06-10",
        "Ihar Rusak has been transported to Penal Colony No. 9 in Horki (10 June).",
    ),
    (
        "en",
        "punishment_cell",
        "2024-06-10",
        "On 10 June Ihar Rusak was placed in the punishment isolation cell for 10 days.",
    ),
    (
        "en",
        "punishment_cell",
        "2024-06-10",
        "Ihar Rusak was thrown into a penalty cell on 10 June.",
    ),
    (
        "en",
        "visits_denied",
        "2024-06",
        "In June Ihar Rusak was stripped of his right to a long visit.",
    ),
    ("en", "visits_denied", None, "Ihar Rusak has been held incommunicado for months."),
    ("en", "visits_denied", None, "Ihar Rusak's family has heard nothing from him for a year."),
    ("en", "medical_neglect", None, "Ihar Rusak has been refused a doctor despite chest pains."),
    (
        "en",
        "medical_neglect",
        None,
        "The administration ignores Ihar Rusak's requests to see a doctor.",
    ),
    (
        "en",
        "funeral_denied",
        "2024-06",
        "In June Ihar Rusak was not allowed to attend his mother's funeral.",
    ),
    (
        "en",
        "funeral_denied",
        None,
        "Ihar Rusak could not bury his father: the colony refused him leave.",
    ),
    ("en", "dismissed", "2024-06-10", "Ihar Rusak was fired from the plant on 10 June."),
    ("en", "dismissed", "2024-06-10", "Ihar Rusak lost his job at the university on 10 June."),
    (
        "en",
        "dismissed",
        "2024-06-10",
        "On 10 June Ihar Rusak's contract was terminated by the school.",
    ),
    ("en", "hunger_strike", "2024-06-10", "On 10 June Ihar Rusak stopped eating in protest."),
    (
        "en",
        "recognized",
        "2024-06-10",
        "On 10 June human rights defenders recognised Ihar Rusak as a political prisoner.",
    ),
    (
        "en",
        "recognized",
        "2024-06-10",
        "Ihar Rusak was added to the list of political prisoners on 10 June.",
    ),
    (
        "en",
        "fined",
        "2024-06-10",
        "On 10 June a court ordered Ihar Rusak to pay a fine of 40 base units.",
    ),
    ("en", "death_in_custody", "2024-06-10", "Ihar Rusak died in Penal Colony No. 9 on 10 June."),
    ("en", "death_in_custody", "2024-06-10", "Ihar Rusak passed away in custody on 10 June."),
    ("en", "sentenced", "2024-06-10", "On 10 June Ihar Rusak was jailed for three years."),
    ("en", "sentenced", "2024-06-10", "On 10 June Ihar Rusak was handed a three-year prison term."),
    (
        "en",
        "sentenced",
        "2024-06-10",
        "Ihar Rusak was given three years in a general-regime colony on 10 June.",
    ),
    ("en", "charged", None, "Ihar Rusak faces charges of insulting Lukashenka."),
    ("ru", "detained", "2024-06-03", "Игоря Русака 3 июня доставили в Октябрьское РУВД."),
    ("ru", "detained", "2024-06-03", "Игорь Русак был схвачен 3 июня."),
    ("ru", "detained", "2024-06-03", "Игоря Русака 3 июня взяли прямо на работе."),
    ("ru", "detained", "2024-06-03", "Игоря Русака 3 июня поместили в ИВС."),
    ("ru", "released", "2024-06-18", "Игорь Русак 18 июня покинул колонию, отбыв срок полностью."),
    ("ru", "released", "2024-06-18", "Игорь Русак оказался на свободе 18 июня."),
    (
        "ru",
        "released",
        "2024-06-18",
        "18 июня Игорь Русак вернулся домой после трёх лет заключения.",
    ),
    ("ru", "released", "2024-06-18", "Игоря Русака выпустили 18 июня."),
    ("ru", "released", "2024-06-18", "18 июня Игорь Русак полностью отбыл срок и освободился."),
    ("ru", "exile", "2024-06-18", "18 июня Игоря Русака вывезли в Литву сразу после помилования."),
    ("ru", "exile", "2024-06-18", "Игоря Русака 18 июня принудительно выдворили из страны."),
    ("ru", "transferred", "2024-06-10", "10 июня Игоря Русака этапировали в ИК-9 в Горках."),
    ("ru", "transferred", "2024-06-10", "10 июня Игорь Русак был переведён в ИК-9 (Горки)."),
    ("ru", "transferred", "2024-06-10", "10 июня Игоря Русака отправили в ИК-9 в Горках."),
    ("ru", "punishment_cell", "2024-06-10", "10 июня Игоря Русака водворили в штрафной изолятор."),
    ("ru", "punishment_cell", "2024-06-10", "10 июня Игоря Русака бросили в ШИЗО на десять суток."),
    ("ru", "punishment_cell", "2024-06-10", "10 июня Игоря Русака перевели на камерный режим."),
    ("ru", "visits_denied", "2024-06", "В июне Игоря Русака лишили длительного свидания."),
    ("ru", "visits_denied", None, "От Игоря Русака уже полгода нет писем."),
    (
        "ru",
        "visits_denied",
        None,
        "Родные Игоря Русака не могут с ним связаться уже несколько месяцев.",
    ),
    ("ru", "medical_neglect", None, "Игорю Русаку отказывают в лечении."),
    ("ru", "medical_neglect", None, "Игорю Русаку не предоставляют медицинскую помощь."),
    ("ru", "medical_neglect", None, "Администрация игнорирует жалобы Игоря Русака на здоровье."),
    ("ru", "funeral_denied", "2024-06", "В июне Игоря Русака не отпустили проститься с матерью."),
    ("ru", "dismissed", "2024-06-10", "10 июня Игоря Русака выгнали с работы."),
    ("ru", "dismissed", "2024-06-10", "10 июня с Игорем Русаком расторгли контракт."),
    ("ru", "hunger_strike", "2024-06-10", "10 июня Игорь Русак объявил голодовку."),
    ("ru", "recognized", "2024-06-10", "10 июня Игорь Русак был внесён в список политзаключённых."),
    ("ru", "fined", "2024-06-10", "10 июня суд взыскал с Игоря Русака 40 базовых величин."),
    ("ru", "death_in_custody", "2024-06-10", "10 июня Игорь Русак умер в ИК-9."),
    ("ru", "death_in_custody", "2024-06-10", "10 июня в колонии скончался Игорь Русак."),
    ("ru", "sentenced", "2024-06-10", "10 июня Игорю Русаку дали три года колонии."),
    (
        "ru",
        "sentenced",
        "2024-06-10",
        "10 июня Игоря Русака приговорили к трём годам лишения свободы.",
    ),
    (
        "ru",
        "sentenced",
        "2024-06-10",
        "10 июня суд определил Игорю Русаку наказание в виде трёх лет колонии общего режима.",
    ),
    ("be", "detained", "2024-06-03", "Ігара Русака 3 чэрвеня даставілі ў Кастрычніцкі РУУС."),
    ("be", "detained", "2024-06-03", "3 чэрвеня сілавікі прыйшлі па Ігара Русака і забралі яго."),
    ("be", "detained", "2024-06-03", "Ігара Русака 3 чэрвеня змясцілі ў ІЧУ."),
    (
        "be",
        "released",
        "2024-06-18",
        "Ігар Русак 18 чэрвеня пакінуў калонію, адбыўшы тэрмін цалкам.",
    ),
    ("be", "released", "2024-06-18", "Ігар Русак апынуўся на волі 18 чэрвеня."),
    ("be", "released", "2024-06-18", "Ігара Русака выпусцілі 18 чэрвеня."),
    (
        "be",
        "released",
        "2024-06-18",
        "18 чэрвеня Ігар Русак вярнуўся дадому пасля трох гадоў зняволення.",
    ),
    (
        "be",
        "exile",
        "2024-06-18",
        "18 чэрвеня Ігара Русака вывезлі ў Літву адразу пасля памілавання.",
    ),
    ("be", "transferred", "2024-06-10", "10 чэрвеня Ігара Русака этапавалі ў ПК-9 у Горках."),
    ("be", "transferred", "2024-06-10", "10 чэрвеня Ігара Русака адправілі ў ПК-9 у Горках."),
    ("be", "punishment_cell", "2024-06-10", "10 чэрвеня Ігара Русака змясцілі ў штрафны ізалятар."),
    ("be", "punishment_cell", "2024-06-10", "10 чэрвеня Ігара Русака перавялі на камерны рэжым."),
    (
        "be",
        "visits_denied",
        "2024-06",
        "У чэрвені Ігара Русака пазбавілі доўгатэрміновага спаткання.",
    ),
    ("be", "visits_denied", None, "Ад Ігара Русака ўжо паўгода няма лістоў."),
    ("be", "medical_neglect", None, "Ігару Русаку адмаўляюць у лячэнні."),
    ("be", "funeral_denied", "2024-06", "У чэрвені Ігара Русака не адпусцілі развітацца з маці."),
    ("be", "dismissed", "2024-06-10", "10 чэрвеня Ігара Русака выгналі з працы."),
    ("be", "hunger_strike", "2024-06-10", "10 чэрвеня Ігар Русак абвясціў галадоўку."),
    ("be", "recognized", "2024-06-10", "10 чэрвеня Ігар Русак быў унесены ў спіс палітвязняў."),
    ("be", "death_in_custody", "2024-06-10", "10 чэрвеня Ігар Русак памёр у ПК-9."),
    ("be", "death_in_custody", "2024-06-10", "10 чэрвеня ў калоніі памёр Ігар Русак."),
    ("be", "sentenced", "2024-06-10", "10 чэрвеня Ігару Русаку далі тры гады калоніі."),
    (
        "be",
        "sentenced",
        "2024-06-10",
        "10 чэрвеня Ігара Русака асудзілі на тры гады пазбаўлення волі.",
    ),
    ("be", "fined", "2024-06-10", "10 чэрвеня суд спагнаў з Ігара Русака 40 базавых велічынь."),
]


@pytest.mark.parametrize(("lang", "kind", "date", "text"), WORDINGS)
def test_a_wording_of_each_kind(lang: str, kind: str, date: str | None, text: str) -> None:
    people = extract(text, lang, reference_date="2024-06-20")["people"]
    got = [(c["kind"], c.get("date")) for c in people[0]["claims"]]
    assert (kind, date) in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a book released, not a person; a release that did not happen
        ("ru", "Игорь Русак выпустил книгу стихов."),
        ("ru", "Игоря Русака не выпустили из РУВД, хотя срок ареста истёк."),
        # a diet is no hunger strike; picking up children is no arrest
        ("en", "Ihar Rusak stopped eating meat years ago."),
        ("en", "Ihar Rusak picked up his children from school."),
        # "забрали его паспорт": a thing taken, not the man
        ("ru", "У Игоря Русака дома провели обыск и забрали его паспорт и ноутбук."),
    ],
)
def test_new_wordings_do_not_over_reach(lang: str, text: str) -> None:
    people = extract(text, lang, reference_date="2024-06-20")["people"]
    kinds = {c["kind"] for p in people for c in p["claims"]}
    assert not kinds & {"released", "hunger_strike", "detained"}


def test_the_dead_named_in_apposition_is_not_denied_his_own_funeral() -> None:
    text = (
        "Майго сына, Максіма Бародку, асудзілі на 10 гадоў. Калі ў лютым памёр мой муж, "
        "Генадзь Бародка, сына не адпусцілі нават развітацца з бацькам."
    )
    assert has(claims_of(text, "be", "Максім Бародка", ref="2024-06-01"), kind="funeral_denied")
    assert not claims_of(text, "be", "Генадзь Бародка", ref="2024-06-01")


def test_a_name_compared_with_is_not_the_subject() -> None:
    text = (
        "Kastus Varabei was detained on 3 November 2023. His partner, Yuliya Kaval, was "
        "detained the same day as Kastus but let out of custody two days later."
    )
    kaval = claims_of(text, "en", "Yuliya Kaval", ref="2024-05-22")
    assert has(kaval, kind="released")
    assert not has(claims_of(text, "en", "Kastus Varabei", ref="2024-05-22"), kind="released")


def test_detained_together_with_him_takes_his_date() -> None:
    text = (
        "Vadzim Lapitski was detained at his home on 3 September 2024. His wife, Yulia "
        "Lapitskaya, was taken to the police station together with him."
    )
    assert has(
        claims_of(text, "en", "Yulia Lapitskaya", ref="2024-12-01"),
        kind="detained",
        date="2024-09-03",
    )
