"""Counts from a court event: the appeal hearing's day, and the first verdict rather than the
appeal that changed its term."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of, has


def test_a_count_after_an_upheld_appeal_starts_from_the_hearing() -> None:
    # the hearing upheld the term, so no dated term of its own: the count starts from its day
    text = (
        "Суд над Тимофеем Лозовиком был в апреле: ему дали четыре года колонии. "
        "Мы подали апелляцию, но 11 июня Гродненский областной суд оставил приговор в силе. "
        "Через две недели после апелляции Тимофея этапировали в Ивацевичи, в колонию №22."
    )
    claims = claims_of(text, "ru", "Тимофей Лозовик", ref="2024-09-01")
    assert has(claims, kind="transferred", date="2024-06-25")
    text = (
        "Барыса Чарнецкага асудзілі ў сакавіку на тры гады калоніі. 2 траўня Віцебскі абласны "
        "суд пакінуў прысуд без змен. Праз тыдзень пасля апеляцыі яго перавялі ў калонію № 3."
    )
    claims = claims_of(text, "be", "Барыс Чарнецкі", ref="2024-09-01")
    assert has(claims, kind="transferred", date="2024-05-09")


def test_a_count_after_the_verdict_starts_from_the_first_one() -> None:
    # the appeal that cut the term is told first; "after the verdict" is the first verdict's
    text = (
        "Верховный суд снизил срок инженеру\n\n"
        "Вчера Верховный суд рассмотрел жалобу 40-летнего инженера из Слонима Глеба Стасюка. "
        "Срок ему снизили с семи до шести лет.\n\n"
        "Напомним, 12 февраля судья Гродненского областного суда Олег Ткач приговорил Стасюка к "
        "семи годам колонии усиленного режима. Через пять дней после приговора его поместили в "
        "ШИЗО на 10 суток."
    )
    claims = claims_of(text, "ru", "Глеб Стасюк", ref="2024-05-16")
    assert has(claims, kind="punishment_cell", date="2024-02-17")


def test_this_happened_after_an_event_dates_that_event_before_it() -> None:
    # "Это произошло через две недели после того, как …": the release is two weeks earlier
    text = (
        "Хроника за неделю\n\n14 марта\nБывшего политзаключённого Виктора Ломако уволили с "
        "автобазы в Пинске. Это произошло через две недели после того, как его освободили из "
        "колонии №22."
    )
    claims = claims_of(text, "ru", "Виктор Ломако", ref="2025-06-01")
    assert has(claims, kind="released", date="2025-02-28")
    text = (
        "Former political prisoner Aliaksandra Tsimokh was dismissed from her school in Lida on "
        "20 May. It happened a week after she was released from the Homiel colony."
    )
    claims = claims_of(text, "en", "Aliaksandra Tsimokh", ref="2025-06-01")
    assert has(claims, kind="released", date="2025-05-13")


def test_a_count_before_that_goes_back_from_the_date_just_told() -> None:
    # "за тыдзень да гэтага", "за месяц до этого": no number written, one unit back
    text = (
        "Настаўніцу Ірыну Шапавал 14 лістапада затрымалі ў Пінску. Роўна за тыдзень да гэтага "
        "яе звольнілі з гімназіі."
    )
    claims = claims_of(text, "be", "Ірына Шапавал", ref="2025-06-01")
    assert has(claims, kind="dismissed", date="2024-11-07")
    text = (
        "Электрика Аркадия Гриня задержали в мае 2023 года, а за месяц до этого его уволили с "
        "завода."
    )
    claims = claims_of(text, "ru", "Аркадий Гринь", ref="2025-06-01")
    assert has(claims, kind="dismissed", date="2023-04")


def test_a_count_from_a_death_starts_from_the_death_s_day() -> None:
    text = (
        "Политзаключённый Степан Кулага умер в колонии №9 12 января. За неделю до смерти его "
        "поместили в ШИЗО."
    )
    claims = claims_of(text, "ru", "Степан Кулага", ref="2025-06-01")
    assert has(claims, kind="punishment_cell", date="2025-01-05")
    # the death told after the count, another date before it
    text = (
        "Political prisoner Andrus Piatrenka had been sentenced to four years on 2 February 2024. "
        "Three days before his death he was placed in a punishment cell. He died in the Horki "
        "colony on 20 March, his sister says."
    )
    claims = claims_of(text, "en", "Andrus Piatrenka", ref="2024-06-01")
    assert has(claims, kind="punishment_cell", date="2024-03-17")


def test_a_count_after_leaving_the_colony_starts_from_the_release() -> None:
    # "после выхода из колонии", "пасля выхаду на волю": the release, not the last date told
    text = (
        "Олег Пашкевич вышел на свободу 3 июля, полностью отбыв срок. 20 июля у него прошёл "
        "обыск. Через неделю после выхода из колонии его уволили с завода."
    )
    claims = claims_of(text, "ru", "Олег Пашкевич", ref="2025-09-01")
    assert has(claims, kind="dismissed", date="2025-07-10")
    text = (
        "Мікалай Жук вызваліўся 3 ліпеня. 10 ліпеня да яго прыходзіла міліцыя. Праз два тыдні "
        "пасля выхаду на волю яго звольнілі з працы."
    )
    claims = claims_of(text, "be", "Мікалай Жук", ref="2025-09-01")
    assert has(claims, kind="dismissed", date="2025-07-17")


def test_an_hour_later_is_the_same_day() -> None:
    # "праз гадзіну", "через час": no count written, still hours, so the day before it
    text = (
        "14 мая Ігната Саўчука вызвалілі з ЦІП на Акрэсціна. Праз гадзіну яго зноў затрымалі каля "
        "варот."
    )
    claims = claims_of(text, "be", "Ігнат Саўчук", ref="2025-07-01")
    assert has(claims, kind="detained", date="2025-05-14")
    text = "3 июня Марину Кушнер освободили из ИВС в Гомеле. Через час её снова задержали у ворот."
    claims = claims_of(text, "ru", "Марина Кушнер", ref="2025-07-01")
    assert has(claims, kind="detained", date="2025-06-03")
