"""The year of a bare month ("In March", "у лютым") in a story told across years:
testimonies, interviews and accounts that move on from a dated event."""

from __future__ import annotations

from typing import Any

from nezabudka.extraction import extract


def _dates_of(people: list[dict[str, Any]], name: str, kind: str) -> list[str | None]:
    person = next(p for p in people if p["name"] == name)
    return [c.get("date") for c in person["claims"] if c["kind"] == kind]


def test_came_for_me_is_no_event_a_story_month_is_counted_after() -> None:
    text = (
        "Interview by Olha Marchyk\n\n— How were you arrested?\n— Two officers came for me "
        "on 11 April 2022 at the bus depot. In June Tadevush Karnilau was sentenced to two "
        "years in a general-regime colony, and I was next."
    )
    people = extract(text, "en", reference_date="2024-01-15")["people"]
    assert _dates_of(people, "Tadevush Karnilau", "sentenced") == ["2022-06"]
