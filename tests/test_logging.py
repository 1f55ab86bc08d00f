"""Logs and error pages keep ids, never names or restricted values."""

from __future__ import annotations

import logging

import pytest

from nezabudka.protection.redact import RedactingFilter


def _console_output(record: logging.LogRecord) -> str:
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactingFilter) for f in h.filters)
    )
    for f in handler.filters:
        f.filter(record)
    return handler.format(record)


def test_configured_handlers_redact_personal_data():
    record = logging.LogRecord(
        "nezabudka",
        logging.WARNING,
        __file__,
        1,
        "could not import %s (person %s): %s",
        ("Ales Bialiatski", 17, "asthma"),
        None,
    )
    text = _console_output(record)
    assert "Bialiatski" not in text and "asthma" not in text
    assert "17" in text


@pytest.mark.django_db
def test_error_pages_show_no_personal_data(client):
    from nezabudka.core.facts import FactData
    from nezabudka.registry import services

    actor = services.Actor("t")
    src, _ = services.ensure_source(actor, kind="article", title="t")
    p = services.create_person(actor, publication="hidden")
    services.add_fact(
        actor, p, FactData(kind="name", value="Secretia Hiddenovna"), [services.CitationData(src)]
    )
    response = client.get(f"/p/{p.pk}/")
    assert response.status_code == 404
    assert b"Secretia" not in response.content and b"Hiddenovna" not in response.content
