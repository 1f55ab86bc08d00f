"""From a report to reviewed facts: store a document and the facts extraction suggests, then
let a person accept (possibly edited) or reject each one. Accepted suggestions become facts
citing the document with the quoted passage; nothing is written to the registry before that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from nezabudka import reference
from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import EventType, FactKind, NameKind, ReviewStatus, SourceKind
from nezabudka.registry import services
from nezabudka.registry.models import Person, Source, Suggestion
from nezabudka.registry.services import Actor, CitationData, RegistryError

# Claim kinds that are events, with their event type.
_EVENT_KINDS = {
    "detained": EventType.DETENTION,
    "transferred": EventType.TRANSFER,
    "released": EventType.RELEASE,
    "exile": EventType.EXILE,
    "hunger_strike": EventType.HUNGER_STRIKE,
    "punishment_cell": EventType.PUNISHMENT_CELL,
    "medical_neglect": EventType.MEDICAL_NEGLECT,
    "visits_denied": EventType.VISITS_DENIED,
    "funeral_denied": EventType.FUNERAL_DENIED,
    "dismissed": EventType.DISMISSAL,
    "death_in_custody": EventType.DEATH_IN_CUSTODY,
}
MAIN_PROCEEDINGS = "main case"


def place_key(facility: dict[str, Any] | None, country: str = "by") -> str:
    """The reference place an extracted facility names, if exactly one matches."""
    if not facility:
        return ""
    matches = [
        p
        for p in reference.places(country)
        if p.kind == facility.get("kind")
        and (facility.get("number") is None or p.number == facility.get("number"))
        and (facility.get("town") is None or p.town == facility.get("town"))
    ]
    return matches[0].key if len(matches) == 1 else ""


def claim_to_fact(claim: dict[str, Any], country: str = "by") -> FactData:
    """The registry fact a claim proposes (status 'accepted' once a person accepts it)."""
    kind = claim["kind"]
    date = PartialDate.parse(claim["date"]) if claim.get("date") else None
    details: dict[str, Any] = {}
    if claim.get("how"):
        details["how"] = claim["how"]
    key = place_key(claim.get("facility"), country)
    described = _facility_text(claim.get("facility")) if not key else ""
    if kind == "charged":
        return FactData(
            kind=FactKind.CHARGE,
            article_ref=claim.get("article", ""),
            date=date,
            proceedings=MAIN_PROCEEDINGS,
        )
    if kind in ("sentenced", "fined"):
        if kind == "fined" or claim.get("fine"):
            details["fine"] = True
        return FactData(
            kind=FactKind.SENTENCE,
            years=claim.get("years"),
            months=claim.get("months"),
            regime=claim.get("regime") or "",
            date=date,
            proceedings=MAIN_PROCEEDINGS,
            details=details,
        )
    if kind == "held_at":
        return FactData(kind=FactKind.CUSTODY, place_key=key, value=described, date=date)
    if kind == "recognized":
        return FactData(kind=FactKind.RECOGNITION, date=date, value="political prisoner")
    if kind in _EVENT_KINDS:
        return FactData(
            kind=FactKind.EVENT,
            subtype=_EVENT_KINDS[kind],
            date=date,
            place_key=key,
            value=described,
            details=details,
        )
    raise RegistryError({"kind": f"no registry fact for claim kind {kind!r}"})


def _facility_text(facility: dict[str, Any] | None) -> str:
    if not facility:
        return ""
    parts = [facility.get("kind", "").replace("_", " ")]
    if facility.get("number") is not None:
        parts.append(f"No. {facility['number']}")
    if facility.get("town"):
        parts.append(facility["town"])
    return " ".join(p for p in parts if p)


@dataclass
class IngestReport:
    source: Source
    already_seen: bool
    people: int = 0
    suggestions: int = 0
    linked: int = 0
    problems: list[str] = field(default_factory=list)


class _IndexAdapter:
    """What extraction expects of a name index: search(query, limit) with person_id/score."""

    def search(self, query: str, limit: int = 5) -> Any:
        from nezabudka.registry import names

        return names.search(query, limit)


def ingest_file(path: Path, actor: Actor, lang: str | None = None) -> IngestReport:
    """Store the document as a source and its suggested facts for review. Re-ingesting the same
    document (same bytes, or the same text in another format) adds nothing."""
    from nezabudka.extraction import extract
    from nezabudka.extraction.ingest import read_document

    doc = read_document(path)
    known = Source.objects.filter(sha256=doc.sha256).first()
    if known is None and doc.text_sha256:  # the same text saved as HTML, PDF or DOCX
        known = Source.objects.filter(text_sha256=doc.text_sha256).first()
    if known is not None:
        return IngestReport(known, already_seen=True)
    result = extract(
        doc.text, lang or doc.language, reference_date=doc.published, name_index=_IndexAdapter()
    )
    with transaction.atomic():
        source, _ = services.ensure_source(
            actor,
            kind=SourceKind.ARTICLE,
            title=doc.title or path.name,
            publisher=doc.publisher or "",
            author=doc.author or "",
            published=doc.published,
            language=doc.language,
            text=doc.text,
            file_name=path.name,
            sha256=doc.sha256,
            text_sha256=doc.text_sha256,
        )
        report = IngestReport(source, already_seen=False, people=len(result["people"]))
        rows = []
        for person in result["people"]:
            linked = person.get("person_id")
            report.linked += linked is not None
            for claim in person["claims"]:
                rows.append(
                    Suggestion(
                        source=source,
                        mention=person["name"],
                        role=person["role"],
                        person_id=linked,
                        kind=claim["kind"],
                        claim=claim,
                        quote=claim["quote"],
                    )
                )
        Suggestion.objects.bulk_create(rows)
        report.suggestions = len(rows)
    return report


def accept(
    actor: Actor,
    suggestion: Suggestion,
    *,
    person: Person | None = None,
    edited: FactData | None = None,
    country: str = "by",
) -> Suggestion:
    """Accept a suggestion (optionally edited, optionally for another person). Creates the
    person when the mention is someone new, then the fact citing the source and quote."""
    if suggestion.status != Suggestion.PENDING:
        raise RegistryError({"status": f"this suggestion was already {suggestion.status}"})
    data = edited or claim_to_fact(suggestion.claim, country)
    errors = data.validate()
    if errors:
        raise RegistryError(errors)
    cite = CitationData(suggestion.source, passage=suggestion.quote)
    with transaction.atomic():
        target = person or suggestion.person
        if target is None:
            target = services.create_person(actor)
            services.add_fact(
                actor,
                target,
                FactData(kind=FactKind.NAME, subtype=NameKind.FULL, value=suggestion.mention),
                [CitationData(suggestion.source, passage=suggestion.mention)],
            )
            # Other pending suggestions about the same mention in this source follow along.
            Suggestion.objects.filter(
                source=suggestion.source, mention=suggestion.mention, person__isnull=True
            ).update(person=target)
        fact, _ = services.add_fact(
            actor,
            target,
            dataclasses.replace(data, status=ReviewStatus.ACCEPTED.value),
            [cite],
            reason=f"accepted suggestion {suggestion.pk}",
        )
        Suggestion.objects.filter(pk=suggestion.pk).update(
            status=Suggestion.ACCEPTED,
            person=target,
            fact=fact,
            decided_by=actor.name,
            decided_at=timezone.now(),
        )
    suggestion.refresh_from_db()
    return suggestion


def reject(actor: Actor, suggestion: Suggestion, reason: str = "") -> None:
    if suggestion.status != Suggestion.PENDING:
        raise RegistryError({"status": f"this suggestion was already {suggestion.status}"})
    Suggestion.objects.filter(pk=suggestion.pk).update(
        status=Suggestion.REJECTED, decided_by=actor.name, decided_at=timezone.now(), reason=reason
    )
