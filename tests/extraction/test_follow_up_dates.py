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
