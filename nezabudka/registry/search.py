"""Finding people by name: the one entry point the web search box, the API and the CLI use.

Backed by the name index (any spelling in any script) once it is built; this module keeps the
interface stable for its callers."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from nezabudka.registry.models import Person


@dataclass(frozen=True)
class PersonMatch:
    person_id: int
    name: str  # display name
    matched: str  # the stored name form that matched
    score: float  # 0..1; >= 0.9 is a confident match


def search_people(query: str, limit: int = 20) -> list[PersonMatch]:
    """People whose names match ``query``, best first. Callers apply the publication policy."""
    query = " ".join(query.split())
    if not query:
        return []
    people = (
        Person.objects.filter(
            Q(display_name__icontains=query) | Q(facts__kind="name", facts__value__icontains=query)
        )
        .distinct()
        .order_by("display_name")[:limit]
    )
    return [PersonMatch(p.pk, p.display_name, p.display_name, 0.5) for p in people]
