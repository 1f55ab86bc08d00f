"""History edited, deleted or reordered directly in the database is detected by audit verify,
which names the place (on SQLite and PostgreSQL alike)."""

from __future__ import annotations

import pytest
from django.db import connection
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.core.facts import FactData
from nezabudka.registry import services
from nezabudka.registry.models import Change

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(actor):
    src, _ = services.ensure_source(actor, kind="article", title="t")
    person = services.create_person(actor)
    for i in range(5):
        services.add_fact(
            actor,
            person,
            FactData(kind="note", value=f"n{i}"),
            [services.CitationData(src, locator=str(i))],
        )
    assert services.verify_history().ok
    return list(Change.objects.order_by("id").values_list("id", flat=True))


def sql(statement: str, params: list) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def test_intact_history_passes_the_cli(history):
    result = CliRunner().invoke(app, ["audit", "verify"])
    assert result.exit_code == 0 and f"{len(history)} entries" in result.output


def test_edited_row(history):
    sql("UPDATE registry_change SET reason = %s WHERE id = %s", ["nothing to see", history[3]])
    report = services.verify_history()
    assert not report.ok and report.broken_seq == history[3] and report.problem == "edited"
    result = CliRunner().invoke(app, ["audit", "verify"])
    assert result.exit_code == 1 and f"entry {history[3]}" in result.output


def test_edited_author_with_recomputed_own_hash_breaks_the_next_link(history):
    from nezabudka.protection import chain

    change = Change.objects.get(pk=history[2])
    change.author = "someone else"
    new_hash = chain.entry_hash(change.prev_hash, services.change_payload(change), change.pk)
    sql(
        "UPDATE registry_change SET author = %s, hash = %s WHERE id = %s",
        ["someone else", new_hash, history[2]],
    )
    report = services.verify_history()
    assert not report.ok and report.broken_seq == history[3] and report.problem == "wrong_link"


def test_deleted_row(history):
    sql("DELETE FROM registry_change WHERE id = %s", [history[4]])
    report = services.verify_history()
    assert not report.ok and report.broken_seq == history[4] and report.problem == "gap"


def test_deleted_first_row(history):
    sql("DELETE FROM registry_change WHERE id = %s", [history[0]])
    report = services.verify_history()
    assert not report.ok and report.problem == "bad_start"


def test_reordered_rows(history):
    a, b = history[1], history[2]
    sql("UPDATE registry_change SET id = %s WHERE id = %s", [-1, a])
    sql("UPDATE registry_change SET id = %s WHERE id = %s", [a, b])
    sql("UPDATE registry_change SET id = %s WHERE id = %s", [b, -1])
    report = services.verify_history()
    assert not report.ok and report.broken_seq == a
