"""Denied visits told of a prisoner's relative go to the prisoner: the wife refused a visit
"with her husband", a mother's own "мне отказали в свидании"."""

from __future__ import annotations

import pytest

from nezabudka.extraction import extract
from tests.extraction.claim_helpers import claims_in


@pytest.mark.parametrize(
    ("text", "lang", "prisoner", "visitor"),
    [
        (
            "Палітвязня Міхаіла Гарбузова этапавалі ў Глыбокае. Пра гэта расказала жонка "
            "Міхаіла, Алена Гарбузова. Міхаіла асудзілі на 5 гадоў. У верасні Алене адмовілі "
            "ў кароткім спатканні з мужам.",
            "be",
            "Міхаіл Гарбузоў",
            "Алена Гарбузова",
        ),
        (
            "Политзаключённого Виктора Лозинского перевели в колонию №9. Мать политзаключённого "
            "Виктора Лозинского Раиса Лозинская рассказала, что ей отказали в свидании с сыном.",
            "ru",
            "Виктор Лозинский",
            "Раиса Лозинская",
        ),
        (
            "Меня зовут Зинаида Пташук, я мама политзаключённого Кирилла Пташука. Кирилла "
            "задержали в мае 2022 года вместе с его знакомым Олегом Реутом. Олег сейчас в "
            "Шклове. В ноябре мне отказали в длительном свидании.",
            "ru",
            "Кирилл Пташук",
            "Олег Реут",
        ),
    ],
)
def test_denied_visit_goes_to_the_prisoner(
    text: str, lang: str, prisoner: str, visitor: str
) -> None:
    result = extract(text, lang, reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, prisoner)}
    assert "visits_denied" not in {c["kind"] for c in claims_in(result, visitor)}


def test_prisoner_refused_a_visit_with_her_daughter_keeps_it() -> None:
    # the one named in the clause is herself held: her own visit
    text = (
        "Андрей Сокол рассказал о соседке по этапу. В колонии №4 находится политзаключённая "
        "Мария Ветрова, которой в январе отказали в свидании с дочерью."
    )
    result = extract(text, "ru", reference_date="2024-12-20")
    assert "visits_denied" in {c["kind"] for c in claims_in(result, "Мария Ветрова")}
