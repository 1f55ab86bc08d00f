"""Fixtures for the web tests: users of every role signed in with 2FA, and a small registry
with one person of each publication level and consent combination."""

from __future__ import annotations

import pytest

ROLES = ["administrator", "editor", "researcher", "viewer", "partner"]


def make_user(role: str, username: str | None = None, password: str = "correct horse battery"):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from nezabudka.accounts.roles import create_user

    user, _url = create_user(username or f"u-{role}", role, password=password)
    device = TOTPDevice.objects.get(user=user)
    device.confirmed = True
    device.save()
    return user, device


def signed_in_client(user, device):
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def clients(db):
    """role -> Client signed in with 2FA; None -> anonymous Client."""
    from django.test import Client

    out = {None: Client()}
    for role in ROLES:
        out[role] = signed_in_client(*make_user(role))
    return out


@pytest.fixture
def tokens(db):
    """role -> raw API token; None -> no token."""
    from nezabudka.accounts.models import ApiToken

    out = {None: None}
    for role in ROLES:
        user, _device = make_user(role, f"api-{role}")
        out[role] = ApiToken.issue(user, "test")[1]
    return out


def add_person(actor, source, name: str, publication: str = "public", **consent):
    from nezabudka.core.dates import PartialDate
    from nezabudka.core.facts import FactData
    from nezabudka.registry import services

    person = services.create_person(actor, publication=publication, **consent)
    cite = [services.CitationData(source, passage=f"passage about {name}")]
    services.add_fact(
        actor,
        person,
        FactData(kind="name", subtype="full", value=name, details={"script": "latin"}),
        cite,
    )
    services.add_fact(
        actor, person, FactData(kind="birth_date", date=PartialDate(1981, 3, 14)), cite
    )
    services.add_fact(
        actor,
        person,
        FactData(kind="event", subtype="detention", date=PartialDate(2021, 2, 17)),
        cite,
    )
    services.add_fact(actor, person, FactData(kind="status", value="imprisoned"), cite)
    services.add_fact(actor, person, FactData(kind="charge", article_ref="342 p.1"), cite)
    services.add_fact(
        actor,
        person,
        FactData(
            kind="sentence", years=3, months=0, regime="general", date=PartialDate(2021, 9, 2)
        ),
        cite,
    )
    services.add_fact(actor, person, FactData(kind="custody", place_key=_a_place_key()), cite)
    return person


def _a_place_key() -> str:
    from nezabudka.registry.models import PlaceOfDetention

    return (
        PlaceOfDetention.objects.filter(country="by")
        .order_by("key")
        .values_list("key", flat=True)
        .first()
    )


@pytest.fixture
def registry(db, actor):
    """Distinctive people: public, internal, hidden, anonymised, no birthday/anniversaries."""
    from nezabudka.registry import services

    source, _ = services.ensure_source(
        actor, kind="article", title="Test article Qwerty", url="https://example.org/a"
    )
    return {
        "source": source,
        "public": add_person(actor, source, "Publicus Zorgen"),
        "internal": add_person(actor, source, "Internalis Vetrov", "internal"),
        "hidden": add_person(actor, source, "Hiddenius Krask", "hidden"),
        "anonymised": add_person(actor, source, "Anonymova Rybak", anonymise=True),
        "no_dates": add_person(
            actor, source, "Nodatus Melnik", no_birthday=True, no_anniversaries=True
        ),
    }
