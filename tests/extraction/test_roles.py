"""A person's role in a report follows from her facts: held or sentenced is a prisoner; only
detained, fined or released soon is a detainee."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract


def _role(text: str, lang: str, name: str) -> str:
    out = extract(text, lang, reference_date="2025-03-20")
    return next(p["role"] for p in out["people"] if p["name"] == name)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Позавчера в Гродно задержали 41-летнего водителя Станислава Лемешко. Ему дали "
            "12 суток ареста, передачи у него не принимают.",
            "ru",
            "Станислав Лемешко",
        ),
        (
            "Учора ў Брэсце затрымалі настаўніцу Алену Кухарчык. Перадачы ёй не дазваляюць.",
            "be",
            "Алена Кухарчык",
        ),
    ],
)
def test_parcels_refused_during_an_arrest_keep_a_detainee(text: str, lang: str, name: str) -> None:
    assert _role(text, lang, name) == "detainee"


def test_parcels_refused_to_a_sentenced_man_keep_a_prisoner() -> None:
    text = "Палітвязня Сяргея Кухарчыка асудзілі на 4 гады калоніі. Перадачы яму не дазваляюць."
    assert _role(text, "be", "Сяргей Кухарчык") == "prisoner"
