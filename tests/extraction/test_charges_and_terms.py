"""A charge added later carries its date; a detention's length is not a prison term."""

from __future__ import annotations

import pytest

from tests.extraction.claim_helpers import first_named_claims, first_named_dated_kinds


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
        (
            "Геннадия Пашкевича задержали 3 марта. В мае, уже после окончания следствия, "
            "Пашкевичу добавили обвинение в разжигании социальной вражды.",
            "ru",
            "2024-05",
        ),
        (
            "Евгений Кучинский отбывает срок в колонии. В марте против него возбудили ещё одно "
            "дело — по ст. 411 УК.",
            "ru",
            "2024-03",
        ),
        (
            "Задержана Вероника Лаврёнова. Обвинение по ст. 361-1 ей предъявили 10 апреля.",
            "ru",
            "2024-04-10",
        ),
        (
            "Andrei Zhdanovich was arrested in March. Then, in May, the KGB added high treason "
            "for Andrei.",
            "en",
            "2024-05",
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


@pytest.mark.parametrize(
    "text",
    [
        "Максиму Тарасевичу предъявлено обвинение по ст. 356 УК (измена государству) и по ч. 1 "
        "ст. 361-1 УК — обвинение по второй статье добавили 10 ноября.",
        "Артуру Ледовскому вменяют разжигание вражды (ст. 130 УК) и дискредитацию Республики "
        "Беларусь (ст. 369-1 УК). Обвинение по второй статье было предъявлено 9 января.",
    ],
)
def test_the_second_charges_date_is_not_the_firsts(text: str) -> None:
    charged = [
        (c.get("article"), c.get("date"))
        for c in first_named_claims(text, "ru", ref="2024-06-20")
        if c["kind"] == "charged"
    ]
    first, second = sorted({a for a, _ in charged}, key=lambda a: text.index(f"{a} УК"))
    assert [d for a, d in charged if a == first] == [None]
    assert [d for a, d in charged if a == second] == [
        "2023-11-10" if "ноября" in text else "2024-01-09"
    ]
