"""A repeated fact dated by the one instance the text dates ("не раз …, последний раз — в
январе", "five times. The longest stretch was last March")."""

from __future__ import annotations

from typing import Any

from nezabudka.extraction import extract


def _dates_of(people: list[dict[str, Any]], name: str, kind: str) -> list[str | None]:
    person = next(p for p in people if p["name"] == name)
    return [c.get("date") for c in person["claims"] if c["kind"] == kind]


def test_the_last_time_after_a_dash_dates_a_repeated_cell_stay() -> None:
    text = "Палітвязня Яраслава Сідорчыка не раз кідалі ў ШІЗА, апошні раз — у жніўні."
    people = extract(text, "be", reference_date="2025-10-02")["people"]
    assert _dates_of(people, "Яраслаў Сідорчык", "punishment_cell") == ["2025-08"]


def test_the_longest_stretch_opening_the_next_sentence_dates_it() -> None:
    text = (
        "Ihnat Sarokin, released last week, told us about the colony. Ihnat Sarokin was "
        "sent to the punishment cell five times. The longest stretch was last March, twenty "
        "days for a missing badge."
    )
    people = extract(text, "en", reference_date="2025-10-02")["people"]
    assert _dates_of(people, "Ihnat Sarokin", "punishment_cell") == ["2025-03"]


def test_a_later_sentence_not_opening_with_the_instance_dates_nothing() -> None:
    text = (
        "Ihnat Sarokin was sent to the punishment cell five times. His mother says the "
        "longest stretch was last March."
    )
    people = extract(text, "en", reference_date="2025-10-02")["people"]
    assert _dates_of(people, "Ihnat Sarokin", "punishment_cell") == [None]
