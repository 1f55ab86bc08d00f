"""Wordings of each kind found by probing the extractor with paraphrases real sources use
("let out of custody", "покинул колонию", "апынуўся на волі", "ПК-9", "added to the list of
political prisoners"), and the over-reach each new wording must not cause."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from nezabudka.extraction.nominative import to_nominative
from tests.extraction.claim_helpers import (
    claims_of,
    first_named_claims,
    first_named_dated_kinds,
    has,
)

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
    (
        "ru",
        "released",
        "2024-06-18",
        "18 июня из исправительной колонии №2 в Бобруйске по окончании срока вышел Игорь Русак.",
    ),
    (
        "ru",
        "exile",
        "2024-06-18",
        "Игорь Русак вышел из колонии 18 июня и в тот же день был вывезен сотрудниками КГБ на "
        "границу с Литвой.",
    ),
    (
        "be",
        "exile",
        "2024-06-18",
        "18 чэрвеня на беларуска-літоўскай мяжы быў вызвалены палітвязень Ігар Русак.",
    ),
    (
        "en",
        "exile",
        "2024-06-18",
        "Ihar Rusak was released on 18 June. He was driven straight from the gate to the "
        "Lithuanian border.",
    ),
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
    # session 16
    ("en", "detained", "2024-06-03", "On 3 June Ihar Rusak was led away in handcuffs."),
    ("en", "detained", "2024-06-03", "On 3 June officers took Ihar Rusak away."),
    (
        "en",
        "detained",
        "2024-06-03",
        "On 3 June Ihar Rusak was stopped at the border and taken to the KGB.",
    ),
    ("ru", "detained", "2024-06-03", "3 июня Игоря Русака увели в наручниках."),
    ("be", "detained", "2024-06-03", "3 чэрвеня Ігара Русака схапілі сілавікі."),
    ("be", "detained", "2024-06-03", "3 чэрвеня Ігар Русак быў узяты пад варту."),
    ("en", "visits_denied", "2024-06-03", "On 3 June Ihar Rusak lost the right to visits."),
    ("en", "dismissed", "2024-06-03", "On 3 June Ihar Rusak was laid off."),
    ("en", "fined", "2024-06-03", "On 3 June a court ordered Ihar Rusak to pay 40 base units."),
    ("en", "recognized", "2024-06-03", "On 3 June Ihar Rusak was named a political prisoner."),
    ("ru", "funeral_denied", "2024-06-03", "3 июня Игорю Русаку не дали попрощаться с отцом."),
    ("be", "punishment_cell", "2024-06-03", "3 чэрвеня Ігара Русака змясцілі ў карцар."),
    ("be", "medical_neglect", "2024-06-03", "3 чэрвеня Ігару Русаку не аказалі медычную дапамогу."),
]


@pytest.mark.parametrize(("lang", "kind", "date", "text"), WORDINGS)
def test_a_wording_of_each_kind(lang: str, kind: str, date: str | None, text: str) -> None:
    assert (kind, date) in first_named_dated_kinds(text, lang)


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
        # leading a protest, taking a thing away
        ("en", "Ihar Rusak led the march away from the square on 3 June."),
        ("en", "Ihar Rusak took his books away on 3 June."),
        ("en", "Ihar Rusak named his son after a political prisoner on 3 June."),
    ],
)
def test_new_wordings_do_not_over_reach(lang: str, text: str) -> None:
    people = extract(text, lang, reference_date="2024-06-20")["people"]
    kinds = {c["kind"] for p in people for c in p["claims"]}
    assert not kinds & {"released", "hunger_strike", "detained", "recognized"}


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


# dates written in more ways: "the 5th of March 2024", "Tuesday, March 5", "05/03/2024",
# "05.03.24", "неделю назад", "48 hours later", "праз двое сутак"
DATES = [
    ("en", "detained", "2024-03-05", "Ihar Rusak was detained on March 5, 2024."),
    ("en", "detained", "2024-03-05", "Ihar Rusak was detained on the 5th of March 2024."),
    ("en", "detained", "2024-03-05", "Ihar Rusak was detained on Tuesday, March 5."),
    ("en", "detained", "2024-06-18", "Ihar Rusak was detained on Tuesday."),
    ("en", "detained", "2024-06-17", "Ihar Rusak was detained on Monday evening."),
    ("en", "detained", "2024-06-19", "Ihar Rusak was detained yesterday morning."),
    ("en", "detained", "2024-05", "Ihar Rusak was detained last month."),
    ("en", "detained", "2023", "Ihar Rusak was detained last year."),
    ("en", "detained", "2024-06-13", "Ihar Rusak was detained a week ago."),
    ("en", "detained", "2024-03", "Ihar Rusak was detained in early March."),
    ("en", "detained", "2024-03-05", "Ihar Rusak was detained on 05/03/2024."),
    ("en", "detained", "2024-03-05", "Ihar Rusak was detained on 5.03.2024."),
    (
        "en",
        "released",
        "2024-03-07",
        "Ihar Rusak was detained on 5 March and released 48 hours later.",
    ),
    (
        "en",
        "released",
        "2024-03-15",
        "Ihar Rusak was detained on 5 March and released ten days later.",
    ),
    (
        "en",
        "sentenced",
        "2024-03-05",
        "On 5 March the Minsk City Court sentenced Ihar Rusak to three years in a general-regime colony.",
    ),
    ("ru", "detained", "2024-03-05", "Игоря Русака задержали 5 марта 2024 г."),
    ("ru", "detained", "2024-03-05", "Игоря Русака задержали 05.03.24."),
    ("ru", "detained", "2024-06-18", "Игоря Русака задержали во вторник."),
    ("ru", "detained", "2024-06-13", "Игоря Русака задержали неделю назад."),
    ("ru", "detained", "2024-05", "Игоря Русака задержали в прошлом месяце."),
    ("ru", "detained", "2023", "Игоря Русака задержали в прошлом году."),
    ("ru", "detained", "2024-03", "Игоря Русака задержали в начале марта."),
    ("ru", "detained", "2024-06-18", "Игоря Русака задержали позавчера."),
    (
        "ru",
        "released",
        "2024-03-15",
        "Игоря Русака задержали 5 марта, а через десять дней отпустили.",
    ),
    (
        "ru",
        "released",
        "2024-03-07",
        "Игоря Русака задержали 5 марта и отпустили спустя двое суток.",
    ),
    ("be", "detained", "2024-03-05", "Ігара Русака затрымалі 5 сакавіка 2024 г."),
    ("be", "detained", "2024-06-18", "Ігара Русака затрымалі ў аўторак."),
    ("be", "detained", "2024-06-13", "Ігара Русака затрымалі тыдзень таму."),
    ("be", "detained", "2024-05", "Ігара Русака затрымалі ў мінулым месяцы."),
    ("be", "detained", "2023", "Ігара Русака затрымалі летась."),
    ("be", "detained", "2024-06-18", "Ігара Русака затрымалі пазаўчора."),
    (
        "be",
        "released",
        "2024-03-15",
        "Ігара Русака затрымалі 5 сакавіка, а праз дзесяць дзён вызвалілі.",
    ),
    (
        "be",
        "released",
        "2024-03-07",
        "Ігара Русака затрымалі 5 сакавіка і адпусцілі праз двое сутак.",
    ),
]


@pytest.mark.parametrize(("lang", "kind", "date", "text"), DATES)
def test_a_date_written_another_way(lang: str, kind: str, date: str, text: str) -> None:
    assert (kind, date) in first_named_dated_kinds(text, lang)


def test_a_counted_date_gives_way_to_the_written_one() -> None:
    text = "Игоря Русака задержали 5 марта и отпустили через двое суток, 8 марта."
    assert has(
        claims_of(text, "ru", "Игорь Русак", ref="2024-06-20"), kind="released", date="2024-03-08"
    )


# charges by description or by number, and terms with their regimes
TERMS = [
    (
        "en",
        {"kind": "charged", "article": "342"},
        "Ihar Rusak was charged with taking part in actions that grossly violate public order.",
    ),
    (
        "en",
        {"kind": "charged", "article": "361-1"},
        "Ihar Rusak is accused of taking part in an extremist formation.",
    ),
    ("en", {"kind": "charged", "article": "130"}, "Ihar Rusak was charged with inciting hatred."),
    (
        "en",
        {"kind": "charged", "article": "368"},
        "Ihar Rusak was convicted of insulting the president.",
    ),
    (
        "en",
        {"kind": "charged", "article": "369"},
        "Ihar Rusak was charged with insulting a government official.",
    ),
    (
        "en",
        {"kind": "charged", "article": "361-4"},
        "Ihar Rusak is charged with facilitating extremist activity.",
    ),
    ("en", {"kind": "charged", "article": "356"}, "Ihar Rusak was convicted of high treason."),
    (
        "en",
        {"kind": "charged", "article": "361-2"},
        "Ihar Rusak was charged with financing extremist activity.",
    ),
    (
        "en",
        {"kind": "charged", "article": "342"},
        "Ihar Rusak was charged under Article 342 of the Criminal Code.",
    ),
    (
        "en",
        {"kind": "charged", "article": "342"},
        "Ihar Rusak was charged under Part 1 of Article 342 of the Belarusian Criminal Code.",
    ),
    ("en", {"kind": "charged", "article": "361-1"}, "Ihar Rusak was charged under Article 361¹."),
    (
        "en",
        {"kind": "sentenced", "years": 3, "regime": "general"},
        "Ihar Rusak was sentenced to three years in a general-security penal colony.",
    ),
    (
        "en",
        {"kind": "sentenced", "years": 3, "regime": "strict"},
        "Ihar Rusak was sentenced to three years in a maximum-security colony.",
    ),
    (
        "en",
        {"kind": "sentenced", "years": 3, "months": 6},
        "Ihar Rusak was sentenced to 3 years and 6 months in prison.",
    ),
    (
        "en",
        {"kind": "sentenced", "years": 2, "regime": "home_restriction"},
        "Ihar Rusak was sentenced to two years of restricted freedom without being sent to an open-type institution.",
    ),
    (
        "en",
        {"kind": "sentenced", "years": 2, "regime": "suspended"},
        "Ihar Rusak received a two-year suspended sentence.",
    ),
    (
        "en",
        {"kind": "sentenced", "years": 2, "regime": "open_facility"},
        'Ihar Rusak was sentenced to two years of "chemistry" with referral to an open-type facility.',
    ),
    (
        "en",
        {"kind": "sentenced", "years": 1, "months": 6},
        "Ihar Rusak was jailed for a year and a half.",
    ),
    (
        "ru",
        {"kind": "charged", "article": "342"},
        "Игоря Русака обвиняют в участии в групповых действиях, грубо нарушающих общественный порядок.",
    ),
    (
        "ru",
        {"kind": "charged", "article": "361-1"},
        "Игоря Русака судили за участие в экстремистском формировании.",
    ),
    ("ru", {"kind": "charged", "article": "130"}, "Игоря Русака осудили за разжигание вражды."),
    ("ru", {"kind": "charged", "article": "368"}, "Игоря Русака осудили за оскорбление Лукашенко."),
    (
        "ru",
        {"kind": "charged", "article": "361-4"},
        "Игоря Русака обвинили в содействии экстремистской деятельности.",
    ),
    ("ru", {"kind": "charged", "article": "342"}, "Игорь Русак осуждён по ч.1 ст.342 УК РБ."),
    (
        "ru",
        {"kind": "charged", "article": "361-1"},
        "Игоря Русака обвиняют по статье 361-1 Уголовного кодекса.",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 3, "months": 6, "regime": "enhanced"},
        "Игорю Русаку назначили три с половиной года колонии усиленного режима.",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 2, "regime": "home_restriction"},
        "Игоря Русака приговорили к двум годам «домашней химии».",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 1, "months": 6},
        "Игоря Русака приговорили к полутора годам лишения свободы.",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 2, "regime": "suspended"},
        "Игорь Русак получил два года условно.",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 2, "regime": "suspended"},
        "Игорю Русаку дали 2 года с отсрочкой исполнения приговора.",
    ),
    (
        "ru",
        {"kind": "sentenced", "years": 3, "regime": "general"},
        "Игоря Русака осудили на 3 года в колонии общего режима.",
    ),
    (
        "be",
        {"kind": "charged", "article": "342"},
        "Ігара Русака абвінавачваюць у арганізацыі і падрыхтоўцы дзеянняў, якія груба парушаюць грамадскі парадак.",
    ),
    (
        "be",
        {"kind": "charged", "article": "361-1"},
        "Ігара Русака асудзілі за ўдзел у экстрэмісцкім фармаванні.",
    ),
    ("be", {"kind": "charged", "article": "368"}, "Ігара Русака асудзілі за абразу Лукашэнкі."),
    (
        "be",
        {"kind": "charged", "article": "130"},
        "Ігара Русака асудзілі за распальванне варожасці.",
    ),
    (
        "be",
        {"kind": "sentenced", "years": 3, "months": 6, "regime": "enhanced"},
        "Ігару Русаку далі тры з паловай гады калоніі ўзмоцненага рэжыму.",
    ),
    (
        "be",
        {"kind": "sentenced", "years": 1, "months": 6},
        "Ігара Русака асудзілі на паўтара года пазбаўлення волі.",
    ),
    (
        "be",
        {"kind": "sentenced", "years": 2, "regime": "home_restriction"},
        "Ігару Русаку прызначылі два гады «хатняй хіміі».",
    ),
    (
        "be",
        {"kind": "sentenced", "years": 2, "regime": "suspended"},
        "Ігар Русак атрымаў два гады ўмоўна.",
    ),
    # the regime told before the term
    (
        "en",
        {"kind": "sentenced", "years": 2, "regime": "suspended"},
        "Ihar Rusak was given a suspended sentence of two years.",
    ),
]


@pytest.mark.parametrize(("lang", "want", "text"), TERMS)
def test_a_charge_or_term_written_another_way(
    lang: str, want: dict[str, object], text: str
) -> None:
    assert has(first_named_claims(text, lang), **want)


def test_half_a_year_is_no_term() -> None:
    text = (
        "Viktar Hrynkevich got three years. In August he went on hunger strike because he has "
        "not received a single letter for half a year."
    )
    assert not has(claims_of(text, "en", "Viktar Hrynkevich"), kind="sentenced", years=1)


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("Паўлу Мацюшонку", "Павел Мацюшонак"), ("Дзмітрыем Кавалёнкам", "Дзмітрый Кавалёнак")],
)
def test_fleeting_vowel_surnames_in_the_dative_and_instrumental(
    declined: str, nominative: str
) -> None:
    given, surname = declined.split()
    assert " ".join(to_nominative(given, surname, "be")) == nominative


def test_the_end_of_a_hunger_strike_told_before_is_not_a_second_one() -> None:
    text = (
        "Светлана Жолудь 8 октября объявила голодовку. Через пять дней, после визита "
        "начальника медчасти, голодовку она прекратила."
    )
    strikes = [c for c in claims_of(text, "ru", "Светлана Жолудь", ref="2025-11-01")]
    assert [c.get("date") for c in strikes if c["kind"] == "hunger_strike"] == ["2025-10-08"]
