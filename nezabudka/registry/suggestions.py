"""From a report to reviewed facts: store a document and the facts extraction suggests, then
let a person accept (possibly edited) or reject each one. Accepted suggestions become facts
citing the document with the quoted passage; nothing is written to the registry before that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from nezabudka import reference
from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import EventType, FactKind, NameKind, ReviewStatus, SourceKind
from nezabudka.registry import services
from nezabudka.registry.models import Fact, Person, Source, Suggestion
from nezabudka.registry.services import Actor, CitationData, RegistryError

if TYPE_CHECKING:
    from nezabudka.extraction.llm import LLMConfig

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
    """What ingesting stored. ``llm_only``: suggestions only the language model made (their
    ``claim`` has ``"engine": "llm"``); ``llm_warnings``: parts of its answer that failed the
    checks and were left out; ``problems``: why the model could not be used, when it was asked
    (the document and the rules' suggestions are stored all the same)."""

    source: Source
    already_seen: bool
    people: int = 0
    suggestions: int = 0
    linked: int = 0
    problems: list[str] = field(default_factory=list)
    engine: str = "rules"
    llm_only: int = 0
    llm_warnings: list[str] = field(default_factory=list)


class _IndexAdapter:
    """What extraction expects of a name index: search(query, limit) with person_id/score."""

    def search(self, query: str, limit: int = 5) -> Any:
        from nezabudka.registry import names

        return names.search(query, limit)


def configured_llm() -> LLMConfig | None:
    """The local language model set up in the settings (``NEZABUDKA_LLM_*``), or None when it
    is off (the default)."""
    from django.conf import settings

    from nezabudka.extraction.llm import LLMConfig

    return LLMConfig.from_settings(settings.CONFIG.llm)


def _llm_problem(error: Exception) -> str:
    message = str(error)
    if "NEZABUDKA_LLM_" not in message:
        message += " (the server is set in NEZABUDKA_LLM_URL and NEZABUDKA_LLM_MODEL)"
    return f"the language model was not used, only the rules' suggestions were stored: {message}"


def ingest_file(
    path: Path,
    actor: Actor,
    lang: str | None = None,
    *,
    use_llm: bool = False,
    llm_config: LLMConfig | None = None,
) -> IngestReport:
    """Store the document as a source and its suggested facts for review. Re-ingesting the same
    document (same bytes, or the same text in another format) adds nothing.

    ``use_llm``: also ask the local language model (``llm_config``, default the one in the
    settings) and store the merged suggestions; a claim only the model made keeps
    ``"engine": "llm"``. When the model is not set up or fails, the document and the rules'
    suggestions are stored anyway and ``problems`` says what to check."""
    from nezabudka.extraction.ingest import read_document
    from nezabudka.extraction.llm import LLMError, suggest

    doc = read_document(path)
    known = Source.objects.filter(sha256=doc.sha256).first()
    if known is None and doc.text_sha256:  # the same text saved as HTML, PDF or DOCX
        known = Source.objects.filter(text_sha256=doc.text_sha256).first()
    if known is not None:
        return IngestReport(known, already_seen=True)
    problems: list[str] = []
    if use_llm and llm_config is None:
        try:
            llm_config = configured_llm()
        except LLMError as e:
            problems.append(_llm_problem(e))
        else:
            if llm_config is None:
                problems.append(
                    "the language model was not used, only the rules' suggestions were stored: "
                    "it is not set up (NEZABUDKA_LLM_URL is empty)"
                )
    suggested = suggest(
        doc.text,
        lang or doc.language,
        llm_config if use_llm else None,
        reference_date=doc.published,
        name_index=_IndexAdapter(),
    )
    if suggested.error is not None:
        problems.append(_llm_problem(suggested.error))
    result = suggested.result
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
        report = IngestReport(
            source,
            already_seen=False,
            people=len(result["people"]),
            problems=problems,
            engine=str(result.get("engine") or "rules"),
            llm_only=suggested.llm_only,
            llm_warnings=suggested.warnings,
        )
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


# Fields compared when deciding whether a suggestion restates a recorded fact. The case label
# is left out: suggestions file everything under MAIN_PROCEEDINGS, imports use their own labels.
_COMPARED = ("value", "article_ref", "place_key", "organisation", "years", "months", "regime")
# Kinds where two different recorded values cannot both be true (per case).
_SINGLE_VALUED = frozenset({FactKind.SENTENCE.value})
SAME, REFINES, CONFLICT = "same", "refines", "conflict"


@dataclass(frozen=True)
class Related:
    """A recorded fact a suggestion touches: it states the ``same`` thing (accepting adds the
    source to that fact), ``refines`` it (agrees and adds detail, e.g. a day to a month), or is
    in ``conflict`` with it (a different sentence)."""

    fact: Fact
    relation: str


def _field_agrees(new: Any, old: Any) -> bool:
    if new in (None, ""):
        return True
    if isinstance(new, str) and isinstance(old, str):
        return " ".join(new.split()).casefold() == " ".join(old.split()).casefold()
    return bool(new == old)


def _date_within(new: PartialDate | None, old: PartialDate | None) -> bool:
    """``new`` says nothing ``old`` does not: 2021-02 is within 2021-02-10."""
    if new is None:
        return True
    if old is None or new.year != old.year:
        return False
    return all(
        getattr(new, part) is None or getattr(new, part) == getattr(old, part)
        for part in ("month", "day")
    )


def _restates(new: FactData, old: FactData) -> bool:
    return all(_field_agrees(getattr(new, f), getattr(old, f)) for f in _COMPARED) and all(
        _date_within(getattr(new, f), getattr(old, f)) for f in ("date", "end_date")
    )


def related_facts(data: FactData, person: Person | None) -> list[Related]:
    """The person's live facts that a proposed fact restates, refines or contradicts."""
    if person is None:
        return []
    out = []
    facts = (
        Fact.objects.filter(person=person, kind=data.kind, subtype=data.subtype)
        .exclude(status__in=(ReviewStatus.REJECTED.value, ReviewStatus.RETRACTED.value))
        .select_related("place", "organisation", "proceedings")
        .order_by("id")
    )
    for fact in facts:
        old = services.fact_data(fact)
        if _restates(data, old):
            out.append(Related(fact, SAME))
        elif _restates(old, data):
            out.append(Related(fact, REFINES))
        elif data.kind in _SINGLE_VALUED:
            out.append(Related(fact, CONFLICT))
    return out


def candidates(mention: str, limit: int = 3) -> list[tuple[int, str, float]]:
    """People already in the registry the mention may be: (person id, name, score)."""
    from nezabudka.registry import names

    seen: dict[int, tuple[int, str, float]] = {}
    for m in names.search(mention, limit * 2):
        if m.person_id not in seen and m.score >= 0.6:
            seen[m.person_id] = (m.person_id, m.name, round(m.score, 2))
    return list(seen.values())[:limit]


def accept(
    actor: Actor,
    suggestion: Suggestion,
    *,
    person: Person | None = None,
    new_person: bool = False,
    name: str = "",
    edited: FactData | None = None,
    passage: str = "",
    merge_into: Fact | None = None,
    merge: bool = True,
    country: str = "by",
) -> Suggestion:
    """Accept a suggestion, optionally edited, for the linked person, another ``person``, or
    (``new_person``, or nobody linked) a new person called ``name`` (default: the mention). Creates the person when needed, then the
    fact citing the source and the quoted passage (or an edited ``passage``, which must be in
    the document).

    When the person already has a fact stating the same thing, the source is added to that fact
    as a citation instead of recording a duplicate (``merge_into`` picks the fact; ``merge=False``
    records a new fact regardless)."""
    if suggestion.status != Suggestion.PENDING:
        raise RegistryError({"status": f"this suggestion was already {suggestion.status}"})
    data = edited or claim_to_fact(suggestion.claim, country)
    errors = data.validate()
    passage = " ".join((passage or suggestion.quote).split())
    if passage not in " ".join(suggestion.source.text.split()) and passage != " ".join(
        suggestion.quote.split()
    ):
        errors["passage"] = "the passage must be quoted from the document as it is written"
    target = None if new_person else (person or suggestion.person)
    if merge_into is not None and target != merge_into.person:
        errors["merge_into"] = "the fact to add this source to belongs to someone else"
    if errors:
        raise RegistryError(errors)
    cite = CitationData(suggestion.source, passage=passage)
    with transaction.atomic():
        if target is None:
            target = services.create_person(actor)
            shown = " ".join(name.split()) or suggestion.mention
            services.add_fact(
                actor,
                target,
                FactData(kind=FactKind.NAME, subtype=NameKind.FULL, value=shown),
                [CitationData(suggestion.source, passage=suggestion.mention)],
            )
            # Other pending suggestions about the same mention in this source follow along.
            Suggestion.objects.filter(
                source=suggestion.source, mention=suggestion.mention, status=Suggestion.PENDING
            ).filter(Q(person__isnull=True) | Q(person=suggestion.person)).update(person=target)
        elif merge and merge_into is None:
            same = [r.fact for r in related_facts(data, target) if r.relation == SAME]
            merge_into = same[0] if same else None
        if merge_into is not None:
            recorder = services.Recorder(actor)
            services.cite(recorder, merge_into, cite)
            recorder.flush()
            fact = merge_into
        else:
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
