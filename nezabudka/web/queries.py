"""Queries shared by pages and the API (constant query counts per page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from collections.abc import Iterable

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from nezabudka.registry.models import Change, Citation, Fact, Person
from nezabudka.web.policy_adapter import END_EVENTS, HELD

FACTS = Fact.objects.select_related("place", "article", "organisation", "proceedings").order_by(
    "kind", "date", "id"
)
CITATIONS = Citation.objects.select_related("source").order_by("id")


def with_facts(people: QuerySet[Person]) -> QuerySet[Person]:
    return people.prefetch_related(
        Prefetch("facts", queryset=FACTS), Prefetch("facts__citations", queryset=CITATIONS)
    )


def _registry_version() -> int:
    """Id of the latest recorded change: every write goes through the services and appends
    one, so derived data cached under this key is never stale."""
    return Change.objects.order_by("-id").values_list("id", flat=True).first() or 0


def _cached(name: str, compute: Any) -> Any:
    key = f"nezabudka:{name}:{_registry_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, 3600)
    return value


def current_statuses() -> dict[int, str]:
    """person id -> current status (the latest accepted status fact: dated ones by date, then
    the newest). One query over the status facts, cached until the next write."""

    def compute() -> dict[int, str]:
        best: dict[int, tuple[tuple[int, dt.date, int], str]] = {}
        rows = Fact.objects.filter(kind="status", status="accepted").values_list("person_id", "date", "id", "value")
        for person_id, date, fact_id, value in rows.iterator(chunk_size=5000):
            rank = (date is not None, date or dt.date.min, fact_id)
            if person_id not in best or rank > best[person_id][0]:
                best[person_id] = (rank, value)
        return {pid: v for pid, (_, v) in best.items()}

    return _cached("status", compute)  # type: ignore[no-any-return]


def ids_with_status(statuses: Iterable[str]) -> set[int]:
    wanted = set(statuses)
    return {pid for pid, s in current_statuses().items() if s in wanted}


def held_now_ids() -> set[int]:
    return ids_with_status(HELD)


class IdPage:
    """A page of people chosen by id: the filtering by derived sets (status now, held on a
    date) happens in Python over the ordered ids, so no query carries thousands of ids."""

    def __init__(self, people: QuerySet[Person], keep: set[int] | None, order: Iterable[str], number: Any, per_page: int = 50):
        from django.core.paginator import Paginator

        ids = [i for i in people.order_by(*order).values_list("id", flat=True) if keep is None or i in keep]
        self.ids = ids
        self.page = Paginator(ids, per_page).get_page(number)
        page_ids = list(self.page.object_list)
        by_id = {p.pk: p for p in with_facts(Person.objects.filter(pk__in=page_ids))}
        self.people = [by_id[i] for i in page_ids if i in by_id]


def held_on_ids(day: dt.date) -> set[int]:
    """People detained on or before ``day`` and not released (freed, exiled, died) between
    their last detention before ``day`` and ``day``."""

    def compute() -> set[int]:
        last_detention: dict[int, dt.date] = {}
        ends: dict[int, list[dt.date]] = {}
        rows = Fact.objects.filter(
            kind="event", subtype__in=("detention", *END_EVENTS), status="accepted", date__lte=day
        ).values_list("person_id", "subtype", "date")
        for person_id, subtype, date in rows.iterator(chunk_size=5000):
            if subtype == "detention":
                if date > last_detention.get(person_id, dt.date.min):
                    last_detention[person_id] = date
            else:
                ends.setdefault(person_id, []).append(date)
        return {
            pid
            for pid, detained in last_detention.items()
            if not any(detained <= end for end in ends.get(pid, ()))
        }

    return _cached(f"held_on:{day.isoformat()}", compute)  # type: ignore[no-any-return]


def has_fact(*q: Q, **filters: Any) -> Exists:
    return Exists(Fact.objects.filter(*q, person=OuterRef("pk"), **filters).exclude(status__in=["rejected", "retracted"]))


def article_q(number: str) -> Q:
    n = number.strip()
    return (
        Q(article_ref=n)
        | Q(article_ref__startswith=f"{n} ")
        | Q(article_ref__endswith=f"+{n}")
        | Q(article_ref__contains=f"+{n} ")
    )
