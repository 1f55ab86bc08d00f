"""The write path of the registry. Web views, the API, the CLI and importers call these.

Every write goes through a :class:`Recorder`, which appends Change rows (who, when, before,
after) chained by hash, so history cannot be edited without ``audit verify`` noticing. Facts
are never updated in place: a new statement is a new fact; review decisions and retractions
change only a fact's status, and are recorded.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Prefetch, QuerySet

from nezabudka.core.articles import parse_article
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import FactKind, NameKind, Publication, ReviewStatus
from nezabudka.protection import chain
from nezabudka.registry.models import (
    Change,
    Citation,
    CriminalArticle,
    Fact,
    NameVariant,
    Organisation,
    Person,
    PlaceOfDetention,
    Proceedings,
    Source,
)


class RegistryError(ValueError):
    """A write that cannot be done; ``errors`` maps field → how to fix it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a signed-in user, or the operating-system user behind the CLI."""

    name: str
    user_id: int | None = None

    @classmethod
    def cli(cls) -> Actor:
        try:
            who = getpass.getuser()
        except Exception:  # no passwd entry in some containers
            who = "unknown"
        return cls(f"cli:{who}")


@dataclass(frozen=True)
class CitationData:
    source: Source
    passage: str = ""
    locator: str = ""


# --- history -------------------------------------------------------------------------------


def change_payload(change: Change) -> dict[str, Any]:
    """The part of a Change that its hash covers (everything but the hashes themselves)."""
    return {
        "id": change.pk,
        "at": change.at.isoformat() if change.at else None,
        "author": change.author,
        "user": change.user_id,
        "action": change.action,
        "entity": change.entity,
        "entity_id": change.entity_id,
        "person": change.person_id,
        "before": change.before,
        "after": change.after,
        "reason": change.reason,
    }


HISTORY_LOCK = 0x6E657A61  # "neza": advisory lock id guarding the history chain head


def verify_history() -> chain.ChainReport:
    """Check the whole history chain; the report names the first broken entry."""
    rows = Change.objects.order_by("id").iterator(chunk_size=2000)
    return chain.verify_chain((c.pk, c.prev_hash, c.hash, change_payload(c)) for c in rows)


@dataclass
class Recorder:
    """Collects Change rows and writes them, hash-chained, in one go (bulk for imports)."""

    actor: Actor
    pending: list[Change] = field(default_factory=list)

    def add(
        self,
        action: str,
        entity: str,
        entity_id: int,
        person_id: int | None,
        before: Any = None,
        after: Any = None,
        reason: str = "",
    ) -> None:
        self.pending.append(
            Change(
                author=self.actor.name,
                user_id=self.actor.user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                person_id=person_id,
                before=before,
                after=after,
                reason=reason,
            )
        )

    def flush(self) -> int:
        """Write pending changes. Call inside the transaction that made them."""
        if not self.pending:
            return 0
        # Serialise writers on the chain head: an advisory lock on PostgreSQL, the IMMEDIATE
        # transaction on SQLite; otherwise two writers could fork the chain.
        from django.db import connection
        from django.utils import timezone

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [HISTORY_LOCK])
        last = Change.objects.order_by("-id").only("id", "hash").first()
        prev, next_id = (last.hash, last.pk + 1) if last else (chain.GENESIS, 1)
        # Milliseconds: what JSON serialisers (backups, exports) keep, so a restored history
        # hashes the same.
        now = timezone.now()
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        for offset, change in enumerate(self.pending):
            change.id = next_id + offset
            change.at = now
            change.prev_hash = prev
            change.hash = prev = chain.entry_hash(prev, change_payload(change), change.id)
        Change.objects.bulk_create(self.pending, batch_size=2000)
        count = len(self.pending)
        self.pending = []
        _reset_sequence_if_needed(Change)
        return count


def _reset_sequence_if_needed(model: type) -> None:
    """Explicit ids bypass PostgreSQL sequences; move the sequence past them."""
    from django.core.management.color import no_style
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [model]):
                cursor.execute(sql)


# --- reference lookups ---------------------------------------------------------------------


class References:
    """Caches places, articles, organisations and proceedings while a batch is written."""

    def __init__(self) -> None:
        self._places: dict[tuple[str, str], PlaceOfDetention] = {}
        self._articles: dict[tuple[str, str, int | None], CriminalArticle | None] = {}
        self._orgs: dict[str, Organisation] = {}
        self._proceedings: dict[tuple[int, str], Proceedings] = {}

    def place(self, country: str, key: str) -> PlaceOfDetention:
        if not self._places:
            self._places = {(p.country, p.key): p for p in PlaceOfDetention.objects.all()}
        try:
            return self._places[(country, key)]
        except KeyError:
            raise RegistryError(
                {
                    "place_key": f"no place of detention {key!r} in "
                    f"country {country!r}; see `nezabudka places`"
                }
            ) from None

    def article(self, country: str, ref_text: str) -> CriminalArticle | None:
        """The reference row for a charge (its part, else the whole article), if known.
        Articles missing from the reference list are still valid charges."""
        ref = parse_article(ref_text, country)
        key = (country, ref.number, ref.part)
        if key not in self._articles:
            rows = {
                a.part: a
                for a in CriminalArticle.objects.filter(country=country, number=ref.number)
            }
            self._articles[key] = rows.get(ref.part) or rows.get(None)
        return self._articles[key]

    def organisation(self, recorder: Recorder, name: str, country: str) -> Organisation:
        key = name.casefold()
        if key not in self._orgs:
            org = Organisation.objects.filter(name__iexact=name).first()
            if org is None:
                org = Organisation.objects.create(name=name, country=country)
                recorder.add("create", "organisation", org.pk, None, after={"name": name})
            self._orgs[key] = org
        return self._orgs[key]

    def remember_proceedings(self, person: Person, proceedings: Proceedings) -> None:
        self._proceedings[(person.pk, proceedings.label)] = proceedings

    def proceedings(self, recorder: Recorder, person: Person, label: str) -> Proceedings:
        key = (person.pk, label)
        if key not in self._proceedings:
            proc = Proceedings.objects.filter(person=person, label=label).first()
            if proc is None:
                proc = Proceedings.objects.create(
                    person=person, label=label, created_by=recorder.actor.name
                )
                recorder.add("create", "proceedings", proc.pk, person.pk, after={"label": label})
            self._proceedings[key] = proc
        return self._proceedings[key]


# --- facts ---------------------------------------------------------------------------------


def fact_data(fact: Fact) -> FactData:
    """The plain-data view of a stored fact (inverse of build_fact)."""
    return FactData(
        kind=fact.kind,
        subtype=fact.subtype,
        value=fact.value,
        date=fact.get_partial("date"),
        end_date=fact.get_partial("end_date"),
        article_ref=fact.article_ref,
        place_key=fact.place.key if fact.place_id else "",
        organisation=fact.organisation.name if fact.organisation_id else "",
        years=fact.years,
        months=fact.months,
        regime=fact.regime,
        proceedings=fact.proceedings.label if fact.proceedings_id else "",
        details=fact.details,
        status=fact.status,
    )


def build_fact(recorder: Recorder, refs: References, person: Person, data: FactData) -> Fact:
    """An unsaved Fact for ``data`` (validated; references resolved)."""
    errors = data.validate()
    if errors:
        raise RegistryError(errors)
    fact = Fact(
        person=person,
        kind=data.kind,
        subtype=data.subtype,
        value=data.value,
        article_ref=data.article_ref,
        years=data.years,
        months=data.months,
        regime=data.regime,
        details=data.details,
        status=data.status,
        created_by=recorder.actor.name,
    )
    fact.set_partial("date", data.date)
    fact.set_partial("end_date", data.end_date)
    if data.place_key:
        fact.place = refs.place(person.country, data.place_key)
    if data.article_ref:
        fact.article = refs.article(person.country, data.article_ref)
    if data.organisation:
        fact.organisation = refs.organisation(recorder, data.organisation, person.country)
    if data.proceedings:
        fact.proceedings = refs.proceedings(recorder, person, data.proceedings)
    return fact


def citation_json(c: CitationData | Citation) -> dict[str, Any]:
    return {"source": c.source.pk, "passage": c.passage, "locator": c.locator}


def add_fact(
    actor: Actor | Recorder,
    person: Person,
    data: FactData,
    citations: Sequence[CitationData],
    *,
    refs: References | None = None,
    reason: str = "",
) -> tuple[Fact, bool]:
    """Record a fact with its citations. Returns (fact, created).

    If the person already has a fact stating the same thing, the citations are added to it
    instead (so a second source strengthens a fact rather than duplicating it)."""
    if not citations:
        raise RegistryError({"citations": "every fact must cite at least one source"})
    recorder = actor if isinstance(actor, Recorder) else Recorder(actor)
    refs = refs or References()
    with transaction.atomic():
        identity = data.identity()
        for existing in Fact.objects.filter(person=person, kind=data.kind).select_related(
            "place", "organisation", "proceedings"
        ):
            if fact_data(existing).identity() == identity:
                for c in citations:
                    cite(recorder, existing, c)
                _flush_if_own(actor, recorder)
                return existing, False
        fact = build_fact(recorder, refs, person, data)
        fact.save()
        for c in citations:
            Citation.objects.create(
                fact=fact,
                source=c.source,
                passage=c.passage,
                locator=c.locator,
                created_by=recorder.actor.name,
            )
        after = data.to_json() | {"citations": [citation_json(c) for c in citations]}
        recorder.add("create", "fact", fact.pk, person.pk, after=after, reason=reason)
        if data.kind == FactKind.NAME:
            from nezabudka.registry.names import store_variants

            store_variants([fact])
            refresh_display_name(recorder, person)
        _flush_if_own(actor, recorder)
    return fact, True


def _flush_if_own(actor: Actor | Recorder, recorder: Recorder) -> None:
    if not isinstance(actor, Recorder):
        recorder.flush()


def cite(recorder: Recorder, fact: Fact, c: CitationData) -> bool:
    """Add a citation to a fact unless that source+locator is already cited."""
    _, created = Citation.objects.get_or_create(
        fact=fact,
        source=c.source,
        locator=c.locator,
        defaults={"passage": c.passage, "created_by": recorder.actor.name},
    )
    if created:
        recorder.add("cite", "fact", fact.pk, fact.person_id, after=citation_json(c))
    return created


def set_status(actor: Actor, fact: Fact, status: ReviewStatus | str, reason: str = "") -> None:
    """Accept, reject, dispute or retract a fact. The fact stays; the decision is recorded."""
    status = ReviewStatus(status)
    if status == fact.status:
        return
    recorder = Recorder(actor)
    with transaction.atomic():
        before = fact.status
        Fact.objects.filter(pk=fact.pk).update(status=status.value)
        fact.status = status.value
        recorder.add(
            "status",
            "fact",
            fact.pk,
            fact.person_id,
            before={"status": before},
            after={"status": status.value},
            reason=reason,
        )
        if fact.kind == FactKind.NAME:
            refresh_display_name(recorder, fact.person)
        recorder.flush()


def retract(actor: Actor, fact: Fact, reason: str) -> None:
    if not reason.strip():
        raise RegistryError({"reason": "say why the fact is retracted"})
    set_status(actor, fact, ReviewStatus.RETRACTED, reason)


# --- people --------------------------------------------------------------------------------

PERSON_FIELDS = (
    "external_id",
    "country",
    "publication",
    "no_photo",
    "no_birthday",
    "no_anniversaries",
    "anonymise",
    "synthetic",
)


def person_json(person: Person) -> dict[str, Any]:
    return {f: getattr(person, f) for f in PERSON_FIELDS}


def create_person(actor: Actor | Recorder, **fields: Any) -> Person:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise RegistryError({f: "not a person field" for f in unknown})
    if fields.get("publication", Publication.INTERNAL) not in {p.value for p in Publication}:
        raise RegistryError({"publication": "use public, internal or hidden"})
    recorder = actor if isinstance(actor, Recorder) else Recorder(actor)
    with transaction.atomic():
        person = Person.objects.create(created_by=recorder.actor.name, **fields)
        recorder.add("create", "person", person.pk, person.pk, after=person_json(person))
        _flush_if_own(actor, recorder)
    return person


def update_person(
    actor: Actor | Recorder, person: Person, reason: str = "", **changes: Any
) -> bool:
    """Change the organisation's decisions about a person (publication, consent, ids)."""
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise RegistryError({f: "not a person field" for f in unknown})
    before = person_json(person)
    after = before | changes
    if after == before:
        return False
    recorder = actor if isinstance(actor, Recorder) else Recorder(actor)
    with transaction.atomic():
        Person.objects.filter(pk=person.pk).update(**changes)
        for k, v in changes.items():
            setattr(person, k, v)
        diff_before = {k: before[k] for k in changes if before[k] != after[k]}
        diff_after = {k: after[k] for k in changes if before[k] != after[k]}
        recorder.add(
            "update",
            "person",
            person.pk,
            person.pk,
            before=diff_before,
            after=diff_after,
            reason=reason,
        )
        _flush_if_own(actor, recorder)
    return True


def choose_display_name(names: Iterable[tuple[str, str, dict[str, Any]]]) -> str:
    """Prefer a full name (not a diminutive) in Latin script for the default display; the web
    app picks the script that fits the interface language."""
    ranked = sorted(
        names,
        key=lambda n: (n[1] != NameKind.FULL and n[1] != "", n[2].get("script") != "latin"),
    )
    return ranked[0][0] if ranked else ""


def refresh_display_name(recorder: Recorder, person: Person) -> None:
    names = [
        (f.value, f.subtype, f.details)
        for f in Fact.objects.filter(person=person, kind=FactKind.NAME)
        .exclude(status__in=[ReviewStatus.REJECTED, ReviewStatus.RETRACTED])
        .order_by("id")
    ]
    name = choose_display_name(names)
    if name != person.display_name:
        Person.objects.filter(pk=person.pk).update(display_name=name)
        person.display_name = name


# --- sources -------------------------------------------------------------------------------


def ensure_source(actor: Actor | Recorder, **fields: Any) -> tuple[Source, bool]:
    """Find the source (same SHA-256, or same URL for sources without a file) or create it."""
    recorder = actor if isinstance(actor, Recorder) else Recorder(actor)
    published = fields.pop("published", None)
    existing = None
    if fields.get("sha256"):
        existing = Source.objects.filter(sha256=fields["sha256"]).first()
    elif fields.get("url"):
        existing = Source.objects.filter(url=fields["url"], kind=fields.get("kind")).first()
    if existing:
        return existing, False
    with transaction.atomic():
        source = Source(created_by=recorder.actor.name, **fields)
        source.set_partial("published", published)
        source.save()
        recorder.add(
            "create",
            "source",
            source.pk,
            None,
            after={k: v for k, v in fields.items() if k != "text"}
            | {"text_sha256": hashlib.sha256(source.text.encode()).hexdigest()},
        )
        _flush_if_own(actor, recorder)
    return source, True


# --- reading -------------------------------------------------------------------------------


def with_records(people: QuerySet[Person], *, generated_names: bool = True) -> QuerySet[Person]:
    """People with their facts, citations (with sources) and, optionally, generated name
    forms prefetched: a fixed number of queries however many facts each person has."""
    facts = Fact.objects.select_related("place", "article", "organisation", "proceedings")
    prefetches = [
        Prefetch("facts", queryset=facts.order_by("kind", "date", "id")),
        Prefetch(
            "facts__citations", queryset=Citation.objects.select_related("source").order_by("id")
        ),
    ]
    if generated_names:
        prefetches.append(Prefetch("name_variants", queryset=NameVariant.objects.order_by("id")))
    return people.prefetch_related(*prefetches)


def person_with_facts(person_id: int) -> Person:
    """A person with facts, citations and sources loaded in a fixed number of queries
    (4, however many facts the person has)."""
    return with_records(Person.objects.all()).get(pk=person_id)


def person_document(person: Person) -> dict[str, Any]:
    """The full record of a person as JSON-able data (the JSONL export format)."""
    facts = []
    for f in person.facts.all():
        entry = {"id": f.pk} | fact_data(f).to_json()
        entry["citations"] = [
            {"source": source_json(c.source), "passage": c.passage, "locator": c.locator}
            for c in f.citations.all()
        ]
        facts.append(entry)
    return {
        "id": person.pk,
        **person_json(person),
        "display_name": person.display_name,
        "facts": facts,
        # generated spellings (not sources); recomputed on import, so never imported back
        "generated_names": [
            {"text": v.text, "script": v.script, "system": v.system}
            for v in person.name_variants.all()
        ],
    }


SOURCE_FIELDS = (
    "kind",
    "title",
    "url",
    "publisher",
    "author",
    "language",
    "file_name",
    "sha256",
    "reliability",
)


def source_json(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {f: getattr(source, f) for f in SOURCE_FIELDS if getattr(source, f)}
    published = source.get_partial("published")
    if published:
        data["published"] = published.iso()
    if source.text:
        data["text"] = source.text
    return data


def history(person_id: int) -> list[Change]:
    """Every recorded change about a person, oldest first."""
    return list(Change.objects.filter(person_id=person_id).order_by("id"))
