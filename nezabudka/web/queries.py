"""Queries shared by pages and the API (constant query counts per page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery

from nezabudka.registry.models import Citation, Fact, Person
from nezabudka.web.policy_adapter import END_EVENTS, HELD

FACTS = Fact.objects.select_related("place", "article", "organisation", "proceedings").order_by(
    "kind", "date", "id"
)
CITATIONS = Citation.objects.select_related("source").order_by("id")


def with_facts(people: QuerySet[Person]) -> QuerySet[Person]:
    return people.prefetch_related(
        Prefetch("facts", queryset=FACTS), Prefetch("facts__citations", queryset=CITATIONS)
    )


def current_status() -> Subquery:
    return Subquery(
        Fact.objects.filter(person=OuterRef("pk"), kind="status", status="accepted")
        .order_by(F("date").desc(nulls_last=True), "-id")
        .values("value")[:1]
    )


def held_now(people: QuerySet[Person]) -> QuerySet[Person]:
    return people.annotate(current_status=current_status()).filter(current_status__in=HELD)


def held_on(people: QuerySet[Person], day: dt.date) -> QuerySet[Person]:
    """Detained on or before ``day`` and not released (freed, exiled, died) between the last
    detention and ``day``."""
    last_detention = Subquery(
        Fact.objects.filter(
            person=OuterRef("pk"),
            kind="event",
            subtype="detention",
            status="accepted",
            date__lte=day,
        )
        .order_by("-date")
        .values("date")[:1]
    )
    released = Fact.objects.filter(
        person=OuterRef("pk"),
        kind="event",
        subtype__in=END_EVENTS,
        status="accepted",
        date__lte=day,
        date__gte=OuterRef("last_detention"),
    )
    return (
        people.annotate(last_detention=last_detention)
        .filter(last_detention__isnull=False)
        .exclude(Exists(released))
    )


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
