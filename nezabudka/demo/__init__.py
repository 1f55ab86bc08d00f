"""Demo data: the seed articles' people (real, cited) and a synthetic registry (marked)."""

from __future__ import annotations

import csv
import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.db import transaction

from nezabudka.interchange.flatten import EXPORT_COLUMNS


def load_demo(
    synthetic: int = 2000, seed: int = 1, progress: Callable[[int, int], None] | None = None
) -> str:
    from django.core.management import call_command

    from nezabudka.core.dates import PartialDate
    from nezabudka.core.vocab import SourceKind
    from nezabudka.demo.seed_people import PEOPLE, SOURCES
    from nezabudka.demo.synthetic import generate_rows
    from nezabudka.registry import services
    from nezabudka.registry.importer import import_file
    from nezabudka.registry.models import Person

    call_command("migrate", verbosity=0, interactive=False)
    actor = services.Actor("demo")
    created = 0
    with transaction.atomic():
        sources = {}
        for key, s in SOURCES.items():
            text = s.text()
            sources[key], _ = services.ensure_source(
                actor,
                kind=SourceKind.ARTICLE,
                title=s.title,
                publisher=s.publisher,
                author=s.author,
                published=PartialDate.parse(s.published),
                language=s.language,
                text=text,
                file_name=s.file,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                reliability="reliable",
            )
        for seed_person in PEOPLE:
            if Person.objects.filter(external_id=seed_person.external_id).exists():
                continue
            person = services.create_person(
                actor,
                external_id=seed_person.external_id,
                publication=seed_person.publication,
                **seed_person.consent,
            )
            for f in seed_person.facts:
                services.add_fact(
                    actor,
                    person,
                    f.data,
                    [services.CitationData(sources[f.source], passage=f.passage)],
                )
            created += 1
    summary = f"seed articles: {created} people added ({len(PEOPLE)} in all)"
    if synthetic:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"synthetic-registry-seed{seed}-n{synthetic}.csv"
            with path.open("w", encoding="utf-8", newline="") as f:
                columns = [c for c in EXPORT_COLUMNS if c != "id"]
                writer = csv.DictWriter(f, fieldnames=columns)
                writer.writeheader()
                writer.writerows(generate_rows(synthetic, seed))
            report = import_file(path, services.Actor("demo"), synthetic=True, progress=progress)
        summary += "; synthetic registry: " + report.summary()
    return summary
