"""Do no harm: no output channel shows what the publication policy withholds.

Hypothesis generates registries with random publication levels and consent flags; every
registered channel (public HTML pages, the API as each role, every export format for every
audience) is rendered and searched for withheld values — names of people who must not appear,
real names of anonymised people, refused birthdays and anniversaries, fields above the
audience's level — in raw, JSON-, HTML- and URL-escaped form. A new channel must be added to
CHANNELS, or test_every_channel_is_registered fails.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData
from nezabudka.protection.leakcheck import LeakChecker, expected_ids
from nezabudka.registry import exporter, services
from nezabudka.registry.models import Person

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Channel:
    name: str
    audience: str
    purpose: str
    render: Callable[[list[Person]], str]  # all output of the channel, as text
    lists_people: bool = False  # its output names the ids of the people it contains
    # Fields the page shows about itself rather than about a person (a place page shows the
    # place's address whoever is held there): leaks of these are not counted.
    own_fields: tuple[str, ...] = ()


def _export(audience: str, fmt: str) -> Callable[[list[Person]], str]:
    def render(_people: list[Person]) -> str:
        docs = exporter.documents(audience=audience)
        if fmt == "xlsx":
            import openpyxl

            buf = io.BytesIO()
            exporter.write(fmt, buf, docs, audience)
            book = openpyxl.load_workbook(io.BytesIO(buf.getvalue()), read_only=True)
            return "\n".join(
                "\t".join(str(c or "") for c in row)
                for row in book.worksheets[0].iter_rows(values_only=True)
            )
        out = io.StringIO()
        exporter.write(fmt, out, docs, audience)
        return out.getvalue()

    return render


def _page(*paths: str, role: str | None = None) -> Callable[[list[Person]], str]:
    """GET each path (``{id}`` is replaced by every person's id) as ``role``."""

    def render(people: list[Person]) -> str:
        client = _client(role)
        chunks = []
        for path in paths:
            targets = [path.format(id=p.pk) for p in people] if "{id}" in path else [path]
            for url in targets:
                response = client.get(url)
                assert response.status_code in (200, 404), (url, response.status_code)
                chunks.append(f"{url}\n{response.status_code}\n{response.content.decode()}")
        return "\n".join(chunks)

    return render


def _client(role: str | None):
    from django.test import Client

    if role is None:
        return Client()
    from django.contrib.auth import get_user_model

    from tests.web.conftest import make_user, signed_in_client

    username = f"chan-{role}"
    existing = get_user_model().objects.filter(username=username).first()
    if existing is None:
        user, device = make_user(role, username)
    else:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        user, device = existing, TOTPDevice.objects.get(user=existing)
    return signed_in_client(user, device)


CHANNELS: list[Channel] = [
    *[
        Channel(f"export:{aud}:{fmt}", aud, "export", _export(aud, fmt))
        for aud in exporter.AUDIENCES
        for fmt in exporter.FORMATS
    ],
    Channel("web:public list", "public", "list", _page("/"), lists_people=True),
    Channel("web:public profiles", "public", "profile", _page("/p/{id}/")),
    Channel("web:upcoming releases", "public", "list", _page("/releases/")),
    Channel(
        "web:place page",
        "public",
        "list",
        _page("/places/ik-15/"),
        lists_people=True,
        own_fields=("place_of_detention", "postal_address", "letter_rules"),
    ),
]

CYR = "абвгдежзиклмнопрстуфхцчшыэюя"


def _word(n: int, salt: str) -> str:
    """A distinctive word per person (sentinel style, never a substring of another)."""
    return f"{salt}{n}q"


person_spec = st.fixed_dictionaries(
    {
        "publication": st.sampled_from(["public", "internal", "hidden"]),
        "no_photo": st.booleans(),
        "no_birthday": st.booleans(),
        "no_anniversaries": st.booleans(),
        "anonymise": st.booleans(),
    }
)


def _make_registry(actor, specs: list[dict]) -> list[Person]:
    src, _ = services.ensure_source(actor, kind="article", title="channel test source")
    people = []
    for n, spec in enumerate(specs, start=1):
        person = services.create_person(actor, external_id=f"chan-{n}", **spec)
        cite = [services.CitationData(src, passage=f"passage {n}")]
        facts = [
            FactData(
                kind="name",
                subtype="full",
                value=f"{_word(n, 'Given')} {_word(n, 'Surname')}",
                details={"script": "latin"},
            ),
            FactData(
                kind="name",
                subtype="full",
                value=f"Имя{n}щ Фамилия{n}щ",
                details={"script": "cyrillic"},
            ),
            FactData(kind="birth_date", date=PartialDate(1960 + n, (n % 12) + 1, 10 + n)),
            FactData(
                kind="event",
                subtype="detention",
                date=PartialDate(2020 + n % 4, (n % 12) + 1, 12 + n),
            ),
            FactData(kind="status", value="imprisoned"),
            FactData(kind="occupation", value=_word(n, "Occupation")),
            FactData(kind="note", value=_word(n, "PrivateNote")),
            FactData(kind="charge", article_ref="361-1", proceedings="main case"),
            FactData(kind="custody", place_key="ik-15"),
        ]
        for data in facts:
            services.add_fact(actor, person, data, cite)
        people.append(person)
    return people


def _records(people: list[Person]):
    from nezabudka.registry.publication import person_record

    return [person_record(services.person_with_facts(p.pk)) for p in people]


@settings(max_examples=12)
@given(st.lists(person_spec, min_size=2, max_size=5))
def test_no_channel_leaks_what_the_policy_withholds(actor, wipe_registry, specs):
    wipe_registry()
    people = _make_registry(actor, specs)
    records = _records(people)
    for channel in CHANNELS:
        output = channel.render(people)
        leaks = [
            leak
            for leak in LeakChecker(channel.audience, channel.purpose, records)(output)
            if not any(field in leak.split(" (")[0].split() for field in channel.own_fields)
        ]
        assert not leaks, (channel.name, leaks[:5])
        if channel.lists_people:
            allowed = set(expected_ids(channel.audience, channel.purpose, records))
            for p in people:
                if p.pk not in allowed:
                    assert f"/p/{p.pk}/" not in output, (channel.name, p.pk)


def test_exports_contain_exactly_the_people_the_policy_allows(actor):
    specs = [
        {"publication": lvl, "anonymise": anon}
        for lvl in ("public", "internal", "hidden")
        for anon in (False, True)
    ]
    people = _make_registry(actor, specs)
    records = _records(people)
    for audience in exporter.AUDIENCES:
        ids = sorted(d["id"] for d in exporter.documents(audience=audience))
        assert ids == sorted(expected_ids(audience, "export", records)), audience


def test_every_channel_is_registered():
    """Every export format × audience and every public page that shows people is a channel."""
    from django.urls import get_resolver

    names = {c.name for c in CHANNELS}
    for aud in exporter.AUDIENCES:
        for fmt in exporter.FORMATS:
            assert f"export:{aud}:{fmt}" in names
    public_routes = {
        "web:home": "web:public list",
        "web:public_person": "web:public profiles",
        "web:releases": "web:upcoming releases",
        "web:place": "web:place page",
    }
    not_person_channels = {"web:places"}  # the list of places names no people
    resolver = get_resolver()
    web = resolver.namespace_dict["web"][1]
    for pattern in web.url_patterns:
        full = f"web:{pattern.name}"
        if str(pattern.pattern).startswith("staff/"):
            continue  # staff pages: covered by the permission matrix (tests/web)
        assert full in public_routes or full in not_person_channels, (
            f"register the public page {full} in tests/test_channels.py CHANNELS"
        )
        if full in public_routes:
            assert public_routes[full] in names


def test_rendered_export_header_has_no_personal_data():
    for audience in ("researcher", "partner", "public"):
        header = exporter.rendered_columns(audience)
        assert "private_notes" not in header and "relatives" not in header
        assert json.dumps(header).isascii()
