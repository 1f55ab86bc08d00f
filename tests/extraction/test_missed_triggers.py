"""Wordings the trigger lists used to miss altogether (session 20): each gives its claim to
the right person, and the near misses beside them (a cell stay, a repeated arrest) give none."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of


def _dates(text: str, lang: str, name: str, kind: str, ref: str = "2024-03-01") -> list:
    return [c.get("date") for c in claims_of(text, lang, name, ref) if c["kind"] == kind]


def test_taken_into_custody_in_the_active_voice() -> None:
    text = (
        "12 февраля суд Пинского района приговорил 40-летнюю медсестру Алину Ковалькову к двум "
        "годам колонии. Её взяли под стражу прямо в зале суда."
    )
    assert _dates(text, "ru", "Алина Ковалькова", "detained") == ["2024-02-12"]


def test_taken_to_the_police_station_told_place_first() -> None:
    text = (
        "Учора ў Гродне затрымалі 30-гадовага настаўніка Мікалая Вярбіцкага. Разам з ім у "
        "аддзел міліцыі завезлі і яго сястру Ганну Вярбіцкую."
    )
    assert _dates(text, "be", "Ганна Вярбіцкая", "detained") == ["2024-02-29"]


def test_arrest_served_told_by_a_participle() -> None:
    text = (
        "Итоги января 2024 года.\n\n• Библиотекаря из Бреста Зою Миронович, отбывшую в декабре "
        "10 суток административного ареста, уволили из библиотеки."
    )
    assert _dates(text, "ru", "Зоя Миронович", "detained") == ["2023-12"]
    # told as earlier: background, no date; a cell stay "отсидел там по 10 суток" is no arrest
    earlier = "Учительницу Зою Миронович, ранее отбывшую 15 суток ареста, 20 января уволили."
    assert _dates(earlier, "ru", "Зоя Миронович", "detained") == [None]
    cell = "Ивана Миронова постоянно сажают в ШИЗО: осенью он трижды отсидел там по 10 суток."
    assert _dates(cell, "ru", "Иван Миронов", "detained") == []


def test_one_arrest_detained_and_served_in_one_sentence() -> None:
    text = (
        "Минчанку Зою Миронович, задержанную 5 января и отбывшую 15 суток ареста, в феврале "
        "уволили с завода."
    )
    assert _dates(text, "ru", "Зоя Миронович", "detained") == ["2024-01-05"]


def test_recognition_under_a_heading_word_and_an_apostrophe_name() -> None:
    text = (
        "Итоги мая 2024 года\n\nПризнание\nВ мае правозащитники признали политзаключёнными "
        "12 человек, среди них — Денис Буйницкий и Ксения Ровнейко."
    )
    for name in ("Денис Буйницкий", "Ксения Ровнейко"):
        assert _dates(text, "ru", name, "recognized", "2024-06-03") == ["2024-05"]
    be = (
        "Настаўніцу Дар'ю Каржыцкую затрымалі ў траўні. У ліпені праваабаронцы прызналі "
        "Дар'ю палітвязняй."
    )
    assert _dates(be, "be", "Дар'я Каржыцкая", "recognized", "2024-08-01") == ["2024-07"]


def test_fined_in_the_imperfective() -> None:
    ru = "Учительницу Ольгу Белевич в ноябре задерживали и штрафовали за подписку на канал."
    assert _dates(ru, "ru", "Ольга Белевич", "fined") == ["2023-11"]
    be = "Раней, у 2021 годзе, Кірылу Сушкевіча ўжо штрафавалі на 800 рублёў за сцяжок."
    assert _dates(be, "be", "Кірыла Сушкевіч", "fined") == ["2021"]
    # a fine not imposed is none
    no = "Ольгу Белевич в ноябре задерживали, но не штрафовали."
    assert _dates(no, "ru", "Ольга Белевич", "fined") == []


def test_dismissal_told_by_its_order() -> None:
    ru = (
        "Медсестру Ирину Козловскую задержали 3 мая 2023 года. Через неделю заведующий Павел "
        "Никитенко подписал приказ о её увольнении."
    )
    assert _dates(ru, "ru", "Ирина Козловская", "dismissed") == ["2023-05-10"]
    assert _dates(ru, "ru", "Павел Никитенко", "dismissed") == []
    be = "Учора дырэктар завода падпісаў загад пра звальненне Міхася Лукашэвіча «за прагул»."
    assert _dates(be, "be", "Міхась Лукашэвіч", "dismissed") == ["2024-02-29"]
    told = "Сегодня утром Ирине Козловской сообщили об увольнении из больницы."
    assert _dates(told, "ru", "Ирина Козловская", "dismissed") == ["2024-03-01"]


def _transfers(text: str, name: str) -> list:
    got = claims_of(text, "en", name, "2024-03-01")
    return [(c.get("date"), c.get("facility")) for c in got if c["kind"] == "transferred"]


def test_transfer_by_convoy_without_to_right_after() -> None:
    text = (
        "Political prisoner Yauhen Barysevich was taken under convoy from Hrodna Prison No. 1 "
        "to Penal Colony No. 9 in Horki on 12 February."
    )
    assert _transfers(text, "Yauhen Barysevich") == [
        ("2024-02-12", {"kind": "penal_colony", "number": 9, "town": "Horki"})
    ]
    text = "In January Yauhen Barysevich was taken by prisoner transport to Penal Colony No. 9."
    assert [d for d, _ in _transfers(text, "Yauhen Barysevich")] == ["2024-01"]


def test_release_subject_after_its_verb() -> None:
    text = (
        "10 января суд вынес приговор Виктору Смирнову. В тот же день, когда судили Смирнова, "
        "из ИК-4 вышла Ольга Рудницкая, полностью отбыв назначенные ей два года."
    )
    assert _dates(text, "ru", "Ольга Рудницкая", "released") == ["2024-01-10"]
    assert _dates(text, "ru", "Виктор Смирнов", "released") == []
    # two subjects after the verb keep their own
    both = "Вчера вышли на свободу Валентин Жукевич, сидевший в Шклове, и Антон Ермолович."
    assert _dates(both, "ru", "Антон Ермолович", "released") == ["2024-02-29"]


def test_letters_from_a_named_relative_are_the_prisoners() -> None:
    ru = (
        "Политзаключённый Сергей Юркевич третью неделю держит голодовку. С мая ему не передают "
        "письма от матери, Галины Юркевич."
    )
    assert _dates(ru, "ru", "Сергей Юркевич", "visits_denied") == ["2023-05"]
    assert _dates(ru, "ru", "Галина Юркевич", "visits_denied") == []
    be = (
        "Палітвязень Алесь Мацкевіч абвясціў галадоўку: яму не аддаюць лісты ад жонкі Таццяны "
        "Мацкевіч."
    )
    assert _dates(be, "be", "Алесь Мацкевіч", "visits_denied") == [None]


def test_visit_denied_to_the_kin_of_the_named_owner() -> None:
    text = (
        "On 3 February judge Ivan Sorokin sentenced Andrei Lukin to five years and his "
        "co-defendant Pavel Hramyka to three years. 'Andrei did not expect this,' said Lukin's "
        "lawyer, Tamara Vitko. On the day of the verdict, Hramyka's mother, Alena Hramyka, was "
        "not allowed to hand her son a parcel."
    )
    assert _dates(text, "en", "Pavel Hramyka", "visits_denied") == ["2024-02-03"]
    assert _dates(text, "en", "Andrei Lukin", "visits_denied") == []
