"""Cell stays, denied visits and care, hunger strikes, dismissals, fines and funerals: how
many claims one sentence gives and the dates they take."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of


def _dates(text: str, lang: str, name: str, kind: str, ref: str = "2024-06-20") -> list[str]:
    return sorted(str(c.get("date")) for c in claims_of(text, lang, name, ref) if c["kind"] == kind)


def test_the_cells_colony_between_the_trigger_and_its_dates_is_no_other_fact() -> None:
    text = (
        "Политзаключённый Тимофей Жарновский дважды побывал в ШИЗО Глубокской колонии №13 — "
        "3 и 17 апреля."
    )
    assert _dates(text, "ru", "Тимофей Жарновский", "punishment_cell") == [
        "2024-04-03",
        "2024-04-17",
    ]


def test_a_second_stay_after_the_cells_colony() -> None:
    text = "Марину Згировскую 4 мая водворили в ШИЗО женской колонии № 4, а 21 мая — повторно."
    assert _dates(text, "ru", "Марина Згировская", "punishment_cell") == [
        "2024-05-04",
        "2024-05-21",
    ]
