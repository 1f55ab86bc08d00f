"""Facts told right after a dated one and dated by it: an exile after a release known to the
month, and the others this session adds."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of, has


def test_an_exile_right_after_a_release_known_to_the_month_takes_the_month() -> None:
    text = (
        "Меня зовут Кирилл Шпак, я из Лиды. Меня задержали 5 мая 2022 года. Суд дал мне три "
        "года колонии.\n\n"
        "В марте меня неожиданно помиловали. Прямо из колонии меня вывезли на литовскую границу "
        "и выдворили из страны без паспорта."
    )
    claims = claims_of(text, "ru", "Кирилл Шпак", ref="2025-05-01")
    assert has(claims, kind="exile", date="2025-03")
    text = (
        "My name is Oleg Rusak. I was detained on 4 June 2022 and sentenced to four years.\n\n"
        "In February I was suddenly pardoned. They drove me straight from the colony to the "
        "Lithuanian border and expelled me without a passport."
    )
    claims = claims_of(text, "en", "Oleg Rusak", ref="2025-05-01")
    assert has(claims, kind="exile", date="2025-02")


def test_dated_clauses_after_a_colon_are_one_event_each() -> None:
    # the later clauses gapped with a dash: the fact told before the colon, again
    text = (
        "Рассказ жены политзаключённого Святослава Коробко.\n\n"
        "С весны писем от Святослава нет. Свиданий нам тоже не дают: в октябре отказали в "
        "длительном, в январе — в краткосрочном."
    )
    claims = claims_of(text, "ru", "Святослав Коробко", ref="2025-09-01")
    assert has(claims, kind="visits_denied", date="2024-10")
    assert has(claims, kind="visits_denied", date="2025-01")
    text = (
        "У калоніі Пятра Дзямідава амаль не выпускалі з ізалятара: 3 сакавіка яго змясцілі ў "
        "ШІЗА на 10 сутак, у чэрвені — у ПКТ на паўгода."
    )
    claims = claims_of(text, "be", "Пётр Дзямідаў", ref="2025-09-01")
    assert has(claims, kind="punishment_cell", date="2025-03-03")
    assert has(claims, kind="punishment_cell", date="2025-06")
    text = (
        "Yaraslau Kurbatau was punished constantly in the colony: on 4 May he was sent to the "
        "punishment cell for ten days, in July — for fifteen more."
    )
    claims = claims_of(text, "en", "Yaraslau Kurbatau", ref="2025-09-01")
    assert has(claims, kind="punishment_cell", date="2025-07")


def test_a_repeated_stay_takes_the_date_of_its_last_time() -> None:
    text = "Политзаключённого Аркадия Венцеля не раз водворяли в ШИЗО, последний раз — в мае."
    claims = claims_of(text, "ru", "Аркадий Венцель", ref="2025-09-01")
    assert has(claims, kind="punishment_cell", date="2025-05")
    text = "Палітвязня Сымона Кругляка не адзін раз кідалі ў ШІЗА, у апошні раз — 12 ліпеня."
    claims = claims_of(text, "be", "Сымон Кругляк", ref="2025-09-01")
    assert has(claims, kind="punishment_cell", date="2025-07-12")
    text = (
        "Political prisoner Ruslan Kaliada says he was placed in the punishment cell five times. "
        "The last time was in March, for ten days."
    )
    claims = claims_of(text, "en", "Ruslan Kaliada", ref="2025-09-01")
    assert has(claims, kind="punishment_cell", date="2025-03")


def test_a_fine_written_as_the_release_s_gerund_takes_its_day() -> None:
    # "выпісаўшы штраф" tells the fine with the release and its day ("увечары", "в тот же день")
    text = (
        "Учора ў Мазыры затрымалі настаўніцу Вольгу Пракоп'еву. Яе адпусцілі ўвечары, выпісаўшы "
        "штраф у 30 базавых велічынь."
    )
    claims = claims_of(text, "be", "Вольга Пракоп'ева", ref="2025-03-20")
    assert has(claims, kind="fined", date="2025-03-19")
    text = (
        "12 марта в Бресте задержали пенсионерку Зою Лагун. Её отпустили в тот же день, выписав "
        "штраф в 25 базовых величин."
    )
    claims = claims_of(text, "ru", "Зоя Лагун", ref="2025-03-20")
    assert has(claims, kind="fined", date="2025-03-12")


def test_what_happened_there_in_the_cell_just_told_takes_its_date() -> None:
    text = (
        "Мой брат Евгений Сокольчик сидит в колонии №15. В ноябре его отправили в ШИЗО на десять "
        "суток. Там у него поднялось давление, но врача к нему не вызвали."
    )
    claims = claims_of(text, "ru", "Евгений Сокольчик", ref="2025-04-01")
    assert has(claims, kind="medical_neglect", date="2024-11")
    text = (
        "Political prisoner Maksim Dudarau is serving his term in colony No. 3. On 2 March he was "
        "sent to the punishment cell for fifteen days. There he was denied his heart medication."
    )
    claims = claims_of(text, "en", "Maksim Dudarau", ref="2025-04-01")
    assert has(claims, kind="medical_neglect", date="2025-03-02")
    # "there" after a transfer to a colony is years of a stay: no date
    text = (
        "Моего брата Евгения Сокольчика в ноябре этапировали в колонию №15. Там у него поднялось "
        "давление, но врача к нему не вызвали."
    )
    claims = claims_of(text, "ru", "Евгений Сокольчик", ref="2025-04-01")
    assert has(claims, kind="medical_neglect") and not has(
        claims, kind="medical_neglect", date="2024-11"
    )


def test_a_fact_told_with_one_the_same_day_has_that_day_too() -> None:
    # the fine is "the same day" as the detention told with it: both have the day
    text = (
        "8 мая у здания суда в Орше прошёл пикет. Там задержали пенсионерку Зою Бобр и в тот же "
        "день оштрафовали на 20 базовых величин."
    )
    claims = claims_of(text, "ru", "Зоя Бобр", ref="2025-06-01")
    assert has(claims, kind="detained", date="2025-05-08")
    text = (
        "14 красавіка ў Лідзе судзілі блогера Івана Гуда. Каля суда затрымалі яго сяброўку Алену "
        "Сушко; у той жа дзень суд аштрафаваў яе на 25 базавых велічынь."
    )
    claims = claims_of(text, "be", "Алена Сушко", ref="2025-06-01")
    assert has(claims, kind="detained", date="2025-04-14")
