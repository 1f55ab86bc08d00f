"""Load the per-country reference packs (nezabudka.reference) into the database, idempotently:
rows are matched by their natural key and updated in place only when the pack changed."""

from __future__ import annotations

from typing import Any

from nezabudka import reference


def load_reference(article_model: Any, place_model: Any) -> dict[str, int]:
    """Takes the model classes so a migration can pass its historical models."""
    counts = {"articles": 0, "places": 0}
    for code in reference.countries():
        for a in reference.articles(code):
            _, created = article_model.objects.update_or_create(
                country=code,
                number=a.number,
                part=a.part,
                defaults={
                    "label_en": a.label_en,
                    "label_ru": a.label_ru,
                    "label_be": a.label_be,
                    "source": a.source,
                    "verification": a.verification,
                },
            )
            counts["articles"] += created
        for p in reference.places(code):
            _, created = place_model.objects.update_or_create(
                country=code,
                key=p.key,
                defaults={
                    "kind": p.kind,
                    "number": p.number,
                    "town": p.town,
                    "district": p.district,
                    "title_en": p.title_en,
                    "regime": p.regime,
                    "address": p.address,
                    "address_cyrillic": p.address_cyrillic,
                    "notes": p.notes,
                    "source": p.source,
                    "verification": p.verification,
                },
            )
            counts["places"] += created
    return counts
