"""The permission matrix: every URL pattern and every API route × every role and anonymous,
compared with the tables in docs/web.md and docs/api.md. A route without a row fails."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.web.conftest import ROLES

DOCS = Path(__file__).resolve().parents[2] / "docs"
STAFF = {"administrator", "editor", "researcher", "viewer"}
ALLOWED = {
    "public": {None, *ROLES},
    "signed-in": set(ROLES),
    "staff": STAFF,
    "write": {"administrator", "editor"},
    "admin": {"administrator"},
}


def _table(name: str, begin: str, end: str) -> list[list[str]]:
    text = (DOCS / name).read_text(encoding="utf-8")
    block = text[text.index(begin) : text.index(end)]
    rows = []
    for line in block.splitlines():
        if (
            line.startswith("|")
            and not line.startswith("|---")
            and not line.startswith("| route")
            and not line.startswith("| method")
        ):
            rows.append([c.strip().strip("`") for c in line.strip("|").split("|")])
    return rows


def web_table() -> dict[str, tuple[str, str]]:
    return {
        r[0]: (r[2], r[3]) for r in _table("web.md", "<!-- BEGIN ROUTES -->", "<!-- END ROUTES -->")
    }


def api_table() -> dict[tuple[str, str], str]:
    return {
        (r[0], r[1]): r[2]
        for r in _table("api.md", "<!-- BEGIN API ROUTES -->", "<!-- END API ROUTES -->")
    }


def url_names(resolver=None, namespace: str = "") -> list[str]:
    out = []
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            out += url_names(p, ns)
        elif isinstance(p, URLPattern):
            out.append(f"{namespace}{p.name}" if p.name else f"{namespace}<unnamed {p.pattern}>")
    return out


def _covered(name: str, table: dict[str, object]) -> bool:
    return name in table or any(k.endswith(":*") and name.startswith(k[:-1]) for k in table)


def test_every_url_pattern_has_a_documented_access_level():
    table = web_table()
    missing = [n for n in url_names() if not _covered(n, table)]
    assert not missing, f"add these routes to the table in docs/web.md: {missing}"
    assert all(v[1] in ALLOWED or k == "api:*" for k, v in table.items())


def api_operations() -> list[tuple[str, str]]:
    from nezabudka.api.main import api

    schema = api.get_openapi_schema()
    return [(m.upper(), path) for path, ops in schema["paths"].items() for m in ops]


def test_every_api_route_has_a_documented_access_level():
    table = api_table()
    ops = api_operations()
    missing = [op for op in ops if op not in table]
    assert not missing, f"add these API routes to the table in docs/api.md: {missing}"
    stale = [op for op in table if op not in ops]
    assert not stale, f"the API has no such routes (remove them from docs/api.md): {stale}"


def _refused(response, role) -> bool:
    if response.status_code in (401, 403):
        return True
    if response.status_code == 302:
        location = response["Location"]
        return "/login" in location or (role is None and "two-factor" in location)
    return False


def _url(pattern_name: str, registry) -> str:
    from django.urls import NoReverseMatch

    from nezabudka.registry.models import Fact, Suggestion

    person = registry["public"]
    suggestion, _ = Suggestion.objects.get_or_create(
        source=registry["source"],
        mention="Hanna Uzorava",
        role="prisoner",
        kind="detained",
        defaults={"claim": {"kind": "detained", "quote": "detained"}, "quote": "detained"},
    )
    values = {
        "person_id": person.pk,
        "fact_id": Fact.objects.filter(person=person).values_list("pk", flat=True).first(),
        "source_id": registry["source"].pk,
        "key": Fact.objects.filter(person=person, kind="custody").first().place.key,
        "suggestion_id": suggestion.pk,
    }
    for kwargs in [{}, *({k: v} for k, v in values.items())]:
        try:
            return reverse(pattern_name, kwargs=kwargs)
        except NoReverseMatch:
            continue
    raise AssertionError(f"cannot build a URL for {pattern_name}")


@pytest.mark.django_db
def test_web_matrix(clients, registry):
    table = web_table()
    failures = []
    # signing out ends the clients' sessions: check it last
    for name, (method, access) in sorted(table.items(), key=lambda kv: kv[0] == "accounts:logout"):
        if name == "api:*":
            continue
        url_name = "admin:index" if name == "admin:*" else name
        url = _url(url_name, registry)
        for role, client in clients.items():
            response = client.post(url, {}) if method == "POST" else client.get(url)
            allowed = role in ALLOWED[access]
            if allowed == _refused(response, role):
                failures.append(
                    f"{name} as {role or 'anonymous'}: {response.status_code} {response.get('Location', '')} (expected {'allowed' if allowed else 'refused'})"
                )
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_api_matrix(tokens, registry):
    from django.test import Client

    from nezabudka.registry.models import Fact

    person = registry["public"]
    values = {
        "person_id": person.pk,
        "fact_id": Fact.objects.filter(person=person).values_list("pk", flat=True).first(),
        "source_id": registry["source"].pk,
    }
    failures = []
    for (method, path), access in api_table().items():
        url = re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]), path)
        for role, token in tokens.items():
            headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
            client = Client()
            if method == "POST":
                response = client.post(url, "{}", content_type="application/json", **headers)
            else:
                response = client.get(url, **headers)
            allowed = role in ALLOWED[access]
            if allowed == (response.status_code in (401, 403)):
                failures.append(
                    f"{method} {path} as {role or 'anonymous'}: {response.status_code} (expected {'allowed' if allowed else 'refused'})"
                )
            if response.status_code >= 400:
                body = response.json()
                assert set(body) == {"error"} and {"code", "message", "fields"} <= set(
                    body["error"]
                ), body
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_bad_token_is_refused_not_anonymous(registry):
    from django.test import Client

    response = Client().get("/api/people", HTTP_AUTHORIZATION="Bearer nzb_not-a-token")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


@pytest.mark.django_db
def test_revoked_token_is_refused(registry):
    from django.test import Client
    from django.utils import timezone

    from nezabudka.accounts.models import ApiToken
    from tests.web.conftest import make_user

    user, _ = make_user("editor", "revoked-editor")
    token, raw = ApiToken.issue(user, "x")
    assert Client().get("/api/sources", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    assert Client().get("/api/sources", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
    assert len(token.key_hash) == 64 and raw not in token.key_hash
