"""Queries shared by pages and the API (constant query counts per page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from nezabudka.registry import services
from nezabudka.registry.models import Change, Fact, Person
from nezabudka.registry.publication import END_EVENTS, HELD

#: What list rows need (names, status, dates, charges, sentence, place); lists skip the rest
#: and the citations, which keeps a page of 50 people to a few hundred rows.
LIST_KINDS = ("name", "status", "event", "charge", "sentence", "custody", "gender")
# No kind filter in SQL: without ANALYZE statistics SQLite would pick the (kind, status, date)
# index and scan every fact of those kinds instead of the 50 people's facts.
LIST_FACTS = (
    Fact.objects.select_related("place", "article")
    .only(
        "id", "person_id", "kind", "subtype", "value", "date", "date_precision", "date_approx",
        "end_date", "end_date_precision", "end_date_approx", "article_id", "article_ref",
        "place_id", "years", "months", "regime", "details", "status", "proceedings_id",
        "organisation_id", "place__key", "place__title_en", "place__town", "place__address",
        "place__address_cyrillic", "article__label_en",
    )
    .order_by("kind", "date", "id")
)  # fmt: skip


def with_facts(people: QuerySet[Person], light: bool = False) -> QuerySet[Person]:
    """People with their facts prefetched (a fixed number of queries). ``light``: only what
    list rows show, without citations."""
    if light:
        return people.prefetch_related(Prefetch("facts", queryset=LIST_FACTS))
    return services.with_records(people, generated_names=False)


def _registry_version() -> str:
    """Id and hash of the latest recorded change: every write goes through the services and
    appends one, so derived data cached under this key is never stale."""
    last = Change.objects.order_by("-id").values_list("id", "hash").first()
    return f"{last[0]}-{last[1]}" if last else "0"


_MEMO: dict[str, tuple[str, Any]] = {}  # name -> (registry version, value); per process


def _cached(name: str, compute: Any) -> Any:
    version = _registry_version()
    hit = _MEMO.get(name)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = compute()
    if len(_MEMO) > 64:
        _MEMO.clear()
    _MEMO[name] = (version, value)
    return value


def current_statuses() -> dict[int, str]:
    """person id -> current status (the latest accepted status fact: dated ones by date, then
    the newest). One query over the status facts, cached until the next write."""

    def compute() -> dict[int, str]:
        best: dict[int, tuple[tuple[int, dt.date, int], str]] = {}
        rows = Fact.objects.filter(kind="status", status="accepted").values_list(
            "person_id", "date", "id", "value"
        )
        for person_id, date, fact_id, value in rows.iterator(chunk_size=5000):
            rank = (date is not None, date or dt.date.min, fact_id)
            if person_id not in best or rank > best[person_id][0]:
                best[person_id] = (rank, value)
        return {pid: v for pid, (_, v) in best.items()}

    return _cached("status", compute)  # type: ignore[no-any-return]


def ids_with_status(statuses: Iterable[str]) -> set[int]:
    wanted = tuple(sorted(set(statuses)))

    def compute() -> set[int]:
        return {pid for pid, s in current_statuses().items() if s in wanted}

    return _cached(f"status-in:{','.join(wanted)}", compute)  # type: ignore[no-any-return]


def held_now_ids() -> set[int]:
    return ids_with_status(HELD)


class IdPage:
    """A page of people chosen by id: the filtering by derived sets (status now, held on a
    date) happens in Python over the ordered ids, so no query carries thousands of ids."""

    def __init__(
        self,
        people: QuerySet[Person],
        keep: set[int] | None,
        order: Iterable[str],
        number: Any,
        per_page: int = 50,
        cache_key: str = "",
    ):
        from django.core.paginator import Paginator

        def compute() -> list[int]:
            rows = people.order_by(*order).values_list("id", flat=True)
            return [i for i in rows if keep is None or i in keep]

        # cache_key names the (people, keep, order) choice; cached until the next write
        ids = _cached(f"ids:{cache_key}", compute) if cache_key else compute()
        self.ids = ids
        self.page = Paginator(ids, per_page).get_page(number)
        page_ids = list(self.page.object_list)
        by_id = {p.pk: p for p in with_facts(Person.objects.filter(pk__in=page_ids), light=True)}
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
    return Exists(
        Fact.objects.filter(*q, person=OuterRef("pk"), **filters).exclude(
            status__in=["rejected", "retracted"]
        )
    )


def article_q(number: str) -> Q:
    n = number.strip()
    return (
        Q(article_ref=n)
        | Q(article_ref__startswith=f"{n} ")
        | Q(article_ref__endswith=f"+{n}")
        | Q(article_ref__contains=f"+{n} ")
    )


def release_candidates(levels: Iterable[str], start: dt.date, end: dt.date) -> list[int]:
    """Held people (of these publication levels) whose computed release (last detention +
    latest sentence) falls between ``start`` and ``end``. Two queries over plain values,
    cached until the next write; callers render the few candidates through the policy."""
    from nezabudka.core.dates import PartialDate
    from nezabudka.registry.publication import _add_term

    levels = tuple(sorted(levels))

    def compute() -> list[tuple[dt.date, int]]:
        held = held_now_ids()
        detained: dict[int, dt.date] = {}
        for pid, date in Fact.objects.filter(
            kind="event",
            subtype="detention",
            status="accepted",
            person__publication__in=levels,
            date__isnull=False,
        ).values_list("person_id", "date"):
            if pid in held and date >= detained.get(pid, dt.date.min):
                detained[pid] = date
        sentence: dict[int, tuple[tuple[bool, dt.date, int], int, int]] = {}
        for pid, fid, date, years, months in Fact.objects.filter(
            kind="sentence", status="accepted", person__publication__in=levels
        ).values_list("person_id", "id", "date", "years", "months"):
            rank = (date is not None, date or dt.date.min, fid)
            if pid in detained and (pid not in sentence or rank > sentence[pid][0]):
                sentence[pid] = (rank, years or 0, months or 0)
        out = []
        for pid, (_rank, years, months) in sentence.items():
            if years or months:
                out.append((_add_term(PartialDate.from_date(detained[pid]), years, months), pid))
        return sorted(out)

    rows = _cached(f"releases:{','.join(levels)}", compute)
    return [pid for when, pid in rows if start <= when <= end]
