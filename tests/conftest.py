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


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """Test on a real SQLite *file* (WAL, as in production), not an in-memory database."""
    import os
    import tempfile

    from django.conf import settings as django_settings

    db = django_settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        name = os.path.join(tempfile.gettempdir(), f"nezabudka-test-{os.getpid()}.sqlite3")
        db.setdefault("TEST", {})["NAME"] = name


@pytest.fixture(autouse=True)
def _reference_data(request):
    """Transactional tests flush every table, including the reference data the migration
    loaded; put it back (idempotently) for any test that uses the database."""
    if request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("_django_db_helper")
    from nezabudka.registry.models import CriminalArticle, PlaceOfDetention
    from nezabudka.registry.reference_loader import load_reference

    if not PlaceOfDetention.objects.exists():
        load_reference(CriminalArticle, PlaceOfDetention)


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
