"""Relative dates and what they count from: a count that restates a written date, the main
line a paragraph returns to, the event told just before."""

from __future__ import annotations

from tests.extraction.claim_helpers import claims_of, has


def test_a_count_after_a_written_date_restates_it() -> None:
    # "4 сакавіка, праз тыдзень пасля вобшуку" is 4 March, so "праз два дні" counts from it
    text = (
        "Інжынера Зянона Карповіча затрымалі 4 сакавіка, праз тыдзень пасля вобшуку ў кватэры. "
        "Праз два дні яго этапавалі ў СІЗА № 8 у Жодзіне."
    )
    claims = claims_of(text, "be", "Зянон Карповіч", ref="2024-04-10")
    assert has(claims, kind="transferred", date="2024-03-06")
    text = (
        "Police detained Tomas Vidrik on 12 May, ten days after his flat was searched. "
        "Three days later he was moved to SIZO No. 1 in Minsk."
    )
    claims = claims_of(text, "en", "Tomas Vidrik", ref="2024-06-10")
    assert has(claims, kind="transferred", date="2024-05-15")
