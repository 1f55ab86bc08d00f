"""Public counts never show a small cell, nor one that subtraction from the total reveals."""

from __future__ import annotations

import re

import pytest

from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData
from nezabudka.registry import services

pytestmark = pytest.mark.django_db


def _people(actor, n: int, status: str) -> None:
    src, _ = services.ensure_source(actor, kind="article", title="counts")
    for i in range(n):
        p = services.create_person(actor, publication="public")
        cite = [services.CitationData(src, locator=f"{status}{i}")]
        services.add_fact(actor, p, FactData(kind="name", value=f"Count{status}{i}q Person"), cite)
        services.add_fact(
            actor,
            p,
            FactData(kind="event", subtype="detention", date=PartialDate(2023, 1, 5)),
            cite,
        )
        services.add_fact(actor, p, FactData(kind="status", value=status), cite)


def _counts(client) -> dict[str, str]:
    html = client.get("/").content.decode()
    return dict(re.findall(r'<span class="tag">(\w+): ([\d*]+)</span>', html))


def test_a_small_cell_and_its_complement_are_suppressed(client, actor):
    _people(actor, 12, "imprisoned")
    _people(actor, 2, "detained")
    counts = _counts(client)
    assert counts["detained"] == "*"
    assert counts["imprisoned"] == "*"  # else 14 - 12 would reveal the 2
    assert "singled out" in client.get("/").content.decode()


def test_large_cells_are_shown(client, actor):
    _people(actor, 6, "imprisoned")
    _people(actor, 5, "detained")
    assert _counts(client) == {"detained": "5", "imprisoned": "6"}
