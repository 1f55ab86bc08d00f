"""Finding people by name: the one entry point the web search box, the API and the CLI use.

Backed by the multilingual name index (``nezabudka.registry.names``): any spelling in any
script, diminutives, surname-first and declined forms find the person."""

from __future__ import annotations

from dataclasses import dataclass

from nezabudka.registry import names


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
    return [
        PersonMatch(m.person_id, m.name, m.matched, round(m.score, 4))
        for m in names.search(query, limit)
    ]
