"""Queries issued by `person show` / the person page for people with 5, 50 and 500 facts:
the count must not grow with the number of facts (prefetching, not one query per fact)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NEZABUDKA_DATABASE_URL",
                      f"sqlite:///{tempfile.mkdtemp(prefix='nzb-q-')}/q.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nezabudka.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from nezabudka.core.facts import FactData  # noqa: E402
from nezabudka.registry import services  # noqa: E402


def main() -> None:
    call_command("migrate", verbosity=0)
    actor = services.Actor("bench")
    src, _ = services.ensure_source(actor, kind="article", title="bench")
    client = Client()
    print(f"# person page queries — {time.strftime('%Y-%m-%d')}, {connection.vendor}")
    for n in (5, 50, 500):
        p = services.create_person(actor, publication="public")
        services.add_fact(actor, p, FactData(kind="name", value=f"Person {n}"),
                          [services.CitationData(src)])
        for i in range(n - 1):
            services.add_fact(actor, p, FactData(kind="note", value=f"n{i}"),
                              [services.CitationData(src, locator=f"p{i}")])
        with CaptureQueriesContext(connection) as show:
            services.person_document(services.person_with_facts(p.pk))
        with CaptureQueriesContext(connection) as page:
            start = time.perf_counter()
            assert client.get(f"/people/{p.pk}/").status_code == 200
            ms = (time.perf_counter() - start) * 1000
        print(f"{n:4d} facts: person show {len(show):2d} queries; "
              f"person page {len(page):2d} queries, {ms:6.1f} ms")


if __name__ == "__main__":
    main()
