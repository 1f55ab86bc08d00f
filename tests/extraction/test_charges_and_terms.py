"""A charge added later carries its date; a detention's length is not a prison term."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import first_named_dated_kinds


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Ruslan Yafimau was sentenced in May. In January an additional charge of insulting a "
            "judge was brought against him.",
            "en",
            "2024-01",
        ),
        (
            "Денис Кравец осуждён в мае. В декабре прошлого года обвинение дополнили статьёй о "
            "клевете в отношении президента.",
            "ru",
            "2023-12",
        ),
        (
            "Сяргей Ляўковіч чакае суда. У лютым Ляўковічу дадалі яшчэ адно абвінавачанне — "
            "абраза суддзі (арт. 391).",
            "be",
            "2024-02",
        ),
    ],
)
def test_a_charge_added_later_is_dated(text: str, lang: str, date: str) -> None:
    charged = [d for k, d in first_named_dated_kinds(text, lang) if k == "charged"]
    assert date in charged, charged


def test_months_held_after_an_arrest_are_no_term() -> None:
    text = "Андрэя Мацулевіча затрымалі 12 чэрвеня і амаль чатыры месяцы трымалі ў СІЗА КДБ."
    kinds = first_named_dated_kinds(text, "be")
    assert ("detained", "2024-06-12") in kinds
    assert "sentenced" not in [k for k, _ in kinds]
