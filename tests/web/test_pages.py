"""The publication policy on pages and API, forms with sources, review decisions, security."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

SECRET_NAMES = ("Hiddenius", "Krask")


def _all_public_output(client, registry) -> str:
    out = [client.get("/").content.decode(), client.get("/releases/").content.decode()]
    place = registry["public"].facts.get(kind="custody").place
    out.append(client.get(f"/places/{place.key}/").content.decode())
    for key in ("public", "internal", "hidden", "anonymised", "no_dates"):
        pid = registry[key].pk
        out.append(client.get(f"/p/{pid}/").content.decode())
        out.append(client.get(f"/api/people/{pid}").content.decode())
        out.append(client.get(f"/api/people/{pid}/facts").content.decode())
    out.append(client.get("/api/people").content.decode())
    return "\n".join(out)


def test_public_channels_follow_the_policy(client, registry):
    text = _all_public_output(client, registry)
    assert "Publicus Zorgen" in text
    for needle in ("Hiddenius", "Krask", "Internalis", "Vetrov", "Anonymova"):
        assert needle not in text, needle
    anon = client.get(f"/p/{registry['anonymised'].pk}/").content.decode()
    assert "Citizen A." in anon
    nodates = client.get(f"/p/{registry['no_dates'].pk}/").content.decode()
    assert "1981-03-14" not in nodates and "1981" in nodates
    assert "2021-02-17" not in nodates and "2021-02" in nodates
    facts = client.get(f"/api/people/{registry['no_dates'].pk}/facts").content.decode()
    assert "1981-03-14" not in facts and "2021-02-17" not in facts
    public = client.get(f"/p/{registry['public'].pk}/").content.decode()
    assert "1981-03-14" in public


def test_hidden_and_internal_are_404_publicly(client, registry):
    for key in ("hidden", "internal"):
        assert client.get(f"/p/{registry[key].pk}/").status_code == 404
        r = client.get(f"/api/people/{registry[key].pk}")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_staff_see_by_role(clients, registry):
    hidden = registry["hidden"].pk
    assert clients["viewer"].get(f"/staff/people/{hidden}/").status_code == 404
    assert clients["researcher"].get(f"/staff/people/{hidden}/").status_code == 404
    assert "Hiddenius" in clients["editor"].get(f"/staff/people/{hidden}/").content.decode()
    listing = clients["viewer"].get("/staff/").content.decode()
    assert "Internalis Vetrov" in listing and "Hiddenius" not in listing
    assert "Hiddenius" in clients["administrator"].get("/staff/").content.decode()
    source = clients["viewer"].get(f"/staff/sources/{registry['source'].pk}/").content.decode()
    assert "Internalis" in source and "Hiddenius" not in source


def test_staff_filters_and_sorting(clients, registry):
    c = clients["editor"]
    page = c.get(
        "/staff/",
        {"status": "imprisoned", "article": "342", "held_on": "2022-01-01", "sort": "-name"},
    ).content.decode()
    assert "Publicus Zorgen" in page
    assert "Publicus" not in c.get("/staff/", {"held_on": "2020-01-01"}).content.decode()
    assert "Publicus" not in c.get("/staff/", {"recognition": "yes"}).content.decode()


def test_add_person_and_fact_need_a_source(clients, registry):
    c = clients["editor"]
    r = c.post(
        "/staff/people/new/",
        {
            "name": "Novus Testovich",
            "script": "latin",
            "publication": "internal",
            "source_kind": "article",
            "source_reliability": "unverified",
        },
    )
    assert r.status_code == 200 and "Every fact needs a source" in r.content.decode()
    r = c.post(
        "/staff/people/new/",
        {
            "name": "Novus Testovich",
            "script": "latin",
            "publication": "internal",
            "source_kind": "testimony",
            "source_reliability": "unverified",
            "source_text": "He was detained on 3 May.",
            "passage": "detained",
        },
    )
    assert r.status_code == 302
    from nezabudka.registry.models import Change, Person

    person = Person.objects.get(display_name="Novus Testovich")
    r = c.post(
        f"/staff/people/{person.pk}/facts/new/",
        {
            "kind": "sentence",
            "years": "5",
            "months": "14",
            "status": "accepted",
            "source": registry["source"].pk,
            "source_kind": "article",
            "source_reliability": "unverified",
        },
    )
    assert r.status_code == 200 and "11" in r.content.decode() and person.facts.count() == 1
    r = c.post(
        f"/staff/people/{person.pk}/facts/new/",
        {
            "kind": "event",
            "subtype": "hunger_strike",
            "date": "2024-03",
            "status": "accepted",
            "source": registry["source"].pk,
            "source_kind": "article",
            "source_reliability": "unverified",
        },
    )
    assert r.status_code == 302
    fact = person.facts.get(kind="event")
    assert c.post(f"/staff/facts/{fact.pk}/status/", {"status": "disputed"}).status_code == 302
    fact.refresh_from_db()
    assert fact.status == "disputed"
    c.post(f"/staff/facts/{fact.pk}/status/", {"status": "retracted"})  # no reason: refused
    fact.refresh_from_db()
    assert fact.status == "disputed"
    assert Change.objects.filter(person=person, action="status", author="user:u-editor").exists()
    history = c.get(f"/staff/people/{person.pk}/history/").content.decode()
    assert "user:u-editor" in history


def test_conflicting_facts_are_side_by_side(clients, registry, actor):
    from nezabudka.core.dates import PartialDate
    from nezabudka.core.facts import FactData
    from nezabudka.registry import services

    person = registry["internal"]
    services.add_fact(
        actor,
        person,
        FactData(kind="birth_date", date=PartialDate(1982)),
        [services.CitationData(registry["source"], passage="born 1982")],
    )
    page = clients["viewer"].get(f"/staff/people/{person.pk}/").content.decode()
    assert "Sources disagree" in page and "born 1982" in page


def test_api_writes_and_error_shape(tokens, registry):
    from django.test import Client

    c = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {tokens['editor']}"}
    r = c.post(
        "/api/people",
        {"name": "Api Person", "citation": {"source": {"url": "https://example.org/b"}}},
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 201, r.content
    pid = r.json()["id"]
    r = c.post(
        f"/api/people/{pid}/facts",
        {"kind": "sentence", "months": 14, "regime": "nope", "citations": []},
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 422
    fields = r.json()["error"]["fields"]
    assert "citations" in fields
    r = c.post(
        f"/api/people/{pid}/facts",
        {
            "kind": "sentence",
            "months": 14,
            "regime": "nope",
            "citations": [{"source": {"id": registry["source"].pk}}],
        },
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 422 and {"months", "regime"} <= set(r.json()["error"]["fields"])
    r = c.post(
        f"/api/people/{pid}/facts",
        {
            "kind": "event",
            "subtype": "search",
            "date": "2021-02",
            "citations": [{"source": {"id": registry["source"].pk}, "passage": "searched"}],
        },
        content_type="application/json",
        **auth,
    )
    assert r.status_code == 201
    fid = r.json()["id"]
    r = c.post(
        f"/api/facts/{fid}/status",
        {"status": "rejected", "reason": "wrong person"},
        content_type="application/json",
        **auth,
    )
    assert r.json()["status"] == "rejected"
    r = c.post(
        f"/api/people/{pid}/publication",
        {"publication": "hidden"},
        content_type="application/json",
        **auth,
    )
    assert r.json()["publication"] == "hidden"
    assert c.get(f"/api/people/{pid}").status_code == 404
    viewer = {"HTTP_AUTHORIZATION": f"Bearer {tokens['viewer']}"}
    assert c.get(f"/api/people/{pid}", **viewer).status_code == 404
    assert c.get(f"/api/people/{pid}", **auth).status_code == 200
    assert c.get("/api/openapi.json").json()["info"]["title"] == "Nezabudka API"


def test_security_headers_and_no_inline_code(client, registry):
    r = client.get("/")
    csp = r["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r["X-Frame-Options"] == "DENY" and r["X-Content-Type-Options"] == "nosniff"
    for url in ("/", "/accounts/login/", f"/p/{registry['public'].pk}/"):
        html = client.get(url).content.decode()
        assert "<script>" not in html and "<style" not in html and " style=" not in html


def test_login_needs_the_code_and_locks_out(client, db):
    from django_otp.oath import totp

    from tests.web.conftest import make_user

    _user, device = make_user("editor", "lockme")
    r = client.post(
        "/accounts/login/",
        {"username": "lockme", "password": "correct horse battery", "otp_token": "000000"},
    )
    assert r.status_code == 200 and "not right" in r.content.decode()
    import time

    time.sleep(1.1)  # django-otp throttles a device for a second after a wrong code
    code = f"{totp(device.bin_key):06d}"
    r = client.post(
        "/accounts/login/",
        {"username": "lockme", "password": "correct horse battery", "otp_token": code},
    )
    assert r.status_code == 302
    assert client.get("/staff/").status_code == 200
    client.post("/accounts/logout/")
    for _ in range(5):
        client.post(
            "/accounts/login/", {"username": "lockme", "password": "wrong", "otp_token": ""}
        )
    r = client.post(
        "/accounts/login/",
        {"username": "lockme", "password": "correct horse battery", "otp_token": code},
    )
    assert r.status_code in (403, 429)


def test_first_login_goes_to_enrolment(client, db):
    from nezabudka.accounts.roles import create_user

    create_user("newbie", "viewer", password="correct horse battery")
    r = client.post("/accounts/login/", {"username": "newbie", "password": "correct horse battery"})
    assert r.status_code == 302 and "two-factor" in r["Location"]
    assert client.get("/staff/").status_code == 302  # nothing else before the code
    page = client.get("/accounts/two-factor/").content.decode()
    assert "data:image/svg+xml;base64," in page


def test_language_switch_and_name_script(client, registry, actor):
    from nezabudka.core.facts import FactData
    from nezabudka.registry import services

    person = registry["public"]
    services.add_fact(
        actor,
        person,
        FactData(
            kind="name", subtype="full", value="Зоргень Публіцы", details={"script": "cyrillic"}
        ),
        [services.CitationData(registry["source"])],
    )
    client.post("/i18n/setlang/", {"language": "be", "next": "/"})
    page = client.get(f"/p/{person.pk}/").content.decode()
    assert "Зоргень Публіцы" in page and 'lang="be"' in page
    assert "Палітвязні" in page  # the interface is translated (compiled .mo files)
    client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    assert "Политзаключённые" in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Publicus Zorgen" in client.get(f"/p/{person.pk}/").content.decode()


def test_restricted_data_only_for_editors_and_each_read_recorded(clients, registry, actor):
    from nezabudka.protection import crypto
    from nezabudka.registry import restricted
    from nezabudka.registry.models import RestrictedRead

    crypto.set_keyring(crypto.KeyRing.generate())
    try:
        person = registry["internal"]
        restricted.write(actor, "medical", "Untreated fracture Zqx", person=person)
        url = f"/staff/people/{person.pk}/"
        assert "Untreated fracture" not in clients["editor"].get(url).content.decode()
        assert "medical" in clients["editor"].get(url).content.decode()
        assert RestrictedRead.objects.count() == 0
        assert "Untreated fracture Zqx" in clients["editor"].get(url + "?reveal=1").content.decode()
        assert RestrictedRead.objects.filter(actor="user:u-editor").count() == 1
        for role in ("viewer", "researcher"):
            page = clients[role].get(url + "?reveal=1").content.decode()
            assert "Untreated fracture" not in page and "medical" not in page
        assert "Untreated fracture" not in clients[None].get(f"/p/{person.pk}/").content.decode()
    finally:
        crypto.set_keyring(None)


def test_correcting_a_fact_adds_a_new_one_and_retracts_the_old(clients, registry):
    person = registry["internal"]
    old = person.facts.get(kind="sentence")
    c = clients["editor"]
    page = c.get(f"/staff/people/{person.pk}/facts/new/?corrects={old.pk}").content.decode()
    assert 'value="3"' in page and 'name="corrects"' in page
    r = c.post(
        f"/staff/people/{person.pk}/facts/new/",
        {
            "corrects": old.pk,
            "kind": "sentence",
            "years": "4",
            "regime": "general",
            "date": "2021-09-02",
            "status": "accepted",
            "source": registry["source"].pk,
            "source_kind": "article",
            "source_reliability": "unverified",
        },
    )
    assert r.status_code == 302
    old.refresh_from_db()
    assert old.status == "retracted"
    assert person.facts.filter(kind="sentence", years=4, status="accepted").exists()
