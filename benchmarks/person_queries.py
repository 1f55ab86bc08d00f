"""Queries issued by `person show`, the public profile and the staff person page for people
with 5, 50 and 500 facts: the count must not grow with the number of facts."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "NEZABUDKA_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='nzb-q-')}/q.sqlite3"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nezabudka.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from nezabudka.core.facts import FactData  # noqa: E402
from nezabudka.registry import services  # noqa: E402


def staff_client() -> Client:
    """An editor signed in with a confirmed TOTP device (what the staff pages require)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from nezabudka.accounts.roles import create_user

    user, _ = create_user("bench-editor", "editor", password="correct horse battery")
    device = TOTPDevice.objects.get(user=user)
    device.confirmed = True
    device.save()
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def main() -> None:
    call_command("migrate", verbosity=0)
    actor = services.Actor("bench")
    src, _ = services.ensure_source(actor, kind="article", title="bench")
    public, staff = Client(), staff_client()
    print(f"# person page queries — {time.strftime('%Y-%m-%d')}, {connection.vendor}")
    for n in (5, 50, 500):
        p = services.create_person(actor, publication="public")
        services.add_fact(
            actor, p, FactData(kind="name", value=f"Person {n}"), [services.CitationData(src)]
        )
        for i in range(n - 1):
            services.add_fact(
                actor,
                p,
                FactData(kind="note", value=f"n{i}"),
                [services.CitationData(src, locator=f"p{i}")],
            )
        reset_queries()  # Django keeps only the last 9,000 queries: start from empty
        with CaptureQueriesContext(connection) as show:
            services.person_document(services.person_with_facts(p.pk))
        pages = {}
        for label, client, url in (
            ("public profile", public, f"/p/{p.pk}/"),
            ("staff person page", staff, f"/staff/people/{p.pk}/"),
        ):
            client.get(url)  # warm caches shared by all pages (session, user)
            reset_queries()
            with CaptureQueriesContext(connection) as ctx:
                start = time.perf_counter()
                assert client.get(url).status_code == 200, url
                pages[label] = (len(ctx), (time.perf_counter() - start) * 1000)
        print(
            f"{n:4d} facts: person show {len(show):2d} queries; "
            + "; ".join(f"{k} {q:2d} queries {ms:6.1f} ms" for k, (q, ms) in pages.items())
        )


if __name__ == "__main__":
    main()
