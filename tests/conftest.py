"""Test configuration. The database is whatever NEZABUDKA_DATABASE_URL names (pytest-django
creates and drops a test database on it): `make test` runs the suite once on SQLite and once on
PostgreSQL, so every test body runs on both."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("ci")


@pytest.fixture
def actor():
    from nezabudka.registry.services import Actor

    return Actor("test")


@pytest.fixture
def wipe_registry():
    """Empty the registry inside the test transaction (for 'into an empty database' checks)."""
    from nezabudka.registry.models import (
        Change,
        Citation,
        Fact,
        Organisation,
        Person,
        Proceedings,
        Source,
    )

    def wipe() -> None:
        for model in (Change, Citation, Fact, Proceedings, Person, Source, Organisation):
            model.objects.all().delete()

    return wipe
