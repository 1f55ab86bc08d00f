"""Review screens: thin adapters over nezabudka.registry.suggestions (ingest, accept, reject).

The document is shown with every suggested passage highlighted; suggestions are grouped by the
person they are about; a reviewer accepts or rejects them one by one or in bulk. Nothing
reaches the registry until then.
"""

from __future__ import annotations

import logging
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nezabudka.accounts.access import staff_required, write_required
from nezabudka.extraction.llm import LLMConfig, LLMError
from nezabudka.registry.models import Fact, Person, Source, Suggestion
from nezabudka.registry.services import Actor, RegistryError
from nezabudka.registry.suggestions import (
    accept,
    claim_to_fact,
    configured_llm,
    ingest_file,
    reject,
    related_facts,
)
from nezabudka.review.forms import NEW, SuggestionForm, person_choices, relation_text
from nezabudka.review.labels import CLAIM_LABELS, FIELD_LABELS, ROLE_LABELS

logger = logging.getLogger(__name__)


def _actor(request: HttpRequest) -> Actor:
    return Actor(request.user.get_username(), request.user.pk)


@require_http_methods(["GET", "HEAD"])
@staff_required
def queue(request: HttpRequest) -> HttpResponse:
    sources = (
        Source.objects.filter(suggestions__isnull=False)
        .annotate(
            pending=Count("suggestions", filter=Q(suggestions__status=Suggestion.PENDING)),
            total=Count("suggestions"),
        )
        .order_by("-pending", "-id")[:200]
    )
    return render(request, "review/queue.html", {"sources": sources})


def _offered_llm() -> LLMConfig | None:
    """The local language model the page offers: only one that is set up."""
    try:
        return configured_llm()
    except LLMError:
        logger.exception("the language model settings are not usable")
        return None


@require_http_methods(["GET", "HEAD", "POST"])
@write_required
def ingest(request: HttpRequest) -> HttpResponse:
    """Paste a report or upload its file (text, saved HTML, PDF, DOCX); optionally ask the
    local language model too, when one is set up."""
    llm = _offered_llm()
    context = {"llm_offered": llm is not None}
    if request.method == "POST":
        upload = request.FILES.get("file")
        text = request.POST.get("text", "").strip()
        if not upload and not text:
            messages.error(request, _("Paste the report's text or choose its file."))
            return render(request, "review/ingest.html", context, status=400)
        use_llm = llm is not None and request.POST.get("use_llm") == "1"
        with tempfile.TemporaryDirectory() as tmp:
            name = Path(upload.name).name if upload else "pasted-report.txt"
            path = Path(tmp) / name
            path.write_bytes(upload.read() if upload else text.encode("utf-8"))
            try:
                report = ingest_file(
                    path,
                    _actor(request),
                    request.POST.get("lang") or None,
                    use_llm=use_llm,
                    llm_config=llm,
                )
            except (OSError, ValueError) as e:
                messages.error(
                    request, _("This document cannot be read: %(problem)s") % {"problem": e}
                )
                return render(request, "review/ingest.html", context, status=400)
        if report.already_seen:
            messages.info(request, _("This document is already in the registry; nothing added."))
        else:
            messages.success(
                request,
                _("%(n)s suggestions about %(people)s people are waiting for review.")
                % {"n": report.suggestions, "people": report.people},
            )
            if use_llm and not report.problems:
                messages.info(
                    request,
                    _("%(n)s of them came from the language model alone; they are marked.")
                    % {"n": report.llm_only},
                )
            if report.llm_warnings:
                left_out = _("%(n)s part(s) of the model's answer failed the checks; left out.")
                messages.warning(request, left_out % {"n": len(report.llm_warnings)})
            for problem in report.problems:
                messages.warning(request, _("Language model: %(problem)s") % {"problem": problem})
        return redirect("review:source", source_id=report.source.pk)
    return render(request, "review/ingest.html", context)


def _highlighted(text: str, quotes: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """The document as segments, suggested passages marked (escaped by the template)."""
    spans = []
    for sid, quote in quotes:
        start = text.find(quote)
        if start >= 0:
            spans.append((start, start + len(quote), sid))
    spans.sort()
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, sid in spans:
        if start < pos:
            continue  # overlapping quote: the first one is marked
        out.append({"text": text[pos:start], "mark": None})
        out.append({"text": text[start:end], "mark": sid})
        pos = end
    out.append({"text": text[pos:], "mark": None})
    return out


def _groups(suggestions: list[Suggestion]) -> dict[tuple[str, str], list[Suggestion]]:
    """Suggestions by the person they are about (mention and role), in document order."""
    groups: dict[tuple[str, str], list[Suggestion]] = defaultdict(list)
    for s in sorted(suggestions, key=lambda s: s.pk):
        groups[(s.mention, s.role)].append(s)
    return groups


@require_http_methods(["GET", "HEAD"])
@staff_required
def source(request: HttpRequest, source_id: int) -> HttpResponse:
    src = get_object_or_404(Source, pk=source_id)
    suggestions = list(src.suggestions.select_related("person", "fact"))
    groups = []
    for (mention, role), members in _groups(suggestions).items():
        person = next((s.person for s in members if s.person), None)
        items = []
        for s in members:
            try:
                data = claim_to_fact(s.claim)
                proposed = data.to_json()
            except (RegistryError, ValueError):
                data, proposed = None, {}
            related = (
                related_facts(data, s.person)
                if data is not None and s.status == Suggestion.PENDING
                else []
            )
            items.append(
                {
                    "s": s,
                    "label": CLAIM_LABELS.get(s.kind, s.kind),
                    "proposed": [
                        (FIELD_LABELS[k], v) for k, v in proposed.items() if k in FIELD_LABELS
                    ],
                    "related": [
                        {
                            "fact": r.fact,
                            "relation": r.relation,
                            "text": relation_text(r),
                        }
                        for r in related
                    ],
                }
            )
        pending = [s for s in members if s.status == Suggestion.PENDING]
        groups.append(
            {
                "key": members[0].pk,
                "mention": mention,
                "role": ROLE_LABELS.get(role, role),
                "items": items,
                "person": person,
                "choices": person_choices(pending[0]) if pending else [],
            }
        )
    return render(
        request,
        "review/source.html",
        {
            "source": src,
            "groups": groups,
            "segments": _highlighted(
                src.text, [(s.pk, s.quote) for s in suggestions if s.status == Suggestion.PENDING]
            ),
            "pending": sum(s.status == Suggestion.PENDING for s in suggestions),
        },
    )


@require_POST
@write_required
def decide(request: HttpRequest, source_id: int) -> HttpResponse:
    """Accept or reject the checked suggestions (or the one whose button was pressed)."""
    src = get_object_or_404(Source, pk=source_id)
    action = request.POST.get("action", "")
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    if request.POST.get("one", "").isdigit():  # the Accept button next to one suggestion
        ids, action = [int(request.POST["one"])], action or "accept"
    if action not in ("accept", "reject") or not ids:
        messages.error(request, _("Tick the suggestions to decide on, then accept or reject."))
        return redirect("review:source", source_id=src.pk)
    # Each group's "about" choice: the linked person (blank), another person's number, or "new".
    group_of = {
        s.pk: members[0].pk
        for members in _groups(list(src.suggestions.all())).values()
        for s in members
    }
    chosen: dict[int, Person] = {}  # group → the person its first acceptance settled on
    done, problems = 0, []
    for s in Suggestion.objects.filter(source=src, pk__in=ids).select_related("source", "person"):
        key = group_of[s.pk]
        choice = request.POST.get(f"group-{key}", "")
        try:
            if action == "reject":
                reject(_actor(request), s, request.POST.get("reason", ""))
            elif key in chosen:
                accept(_actor(request), s, person=chosen[key])
            else:
                person = Person.objects.filter(pk=int(choice)).first() if choice.isdigit() else None
                if choice.isdigit() and person is None:
                    raise RegistryError({"person": f"there is no person #{choice}"})
                done_s = accept(_actor(request), s, person=person, new_person=choice == NEW)
                if done_s.person is not None:
                    chosen[key] = done_s.person
            done += 1
        except RegistryError as e:
            problems.append(
                _("Suggestion %(id)s: %(problem)s") % {"id": s.pk, "problem": _problem_text(e)}
            )
    if done:
        if action == "accept":
            messages.success(request, _("%(n)s suggestion(s) accepted.") % {"n": done})
        else:
            messages.success(request, _("%(n)s suggestion(s) rejected.") % {"n": done})
    for p in problems:
        messages.error(request, p)
    return redirect("review:source", source_id=src.pk)


def _problem_text(error: RegistryError) -> str:
    return "; ".join(f"{field}: {message}" for field, message in error.errors.items())


@require_http_methods(["GET", "HEAD", "POST"])
@write_required
def edit(request: HttpRequest, suggestion_id: int) -> HttpResponse:
    """Correct a suggestion (who it is about, any field, the passage) and accept it."""
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("source", "person"), pk=suggestion_id
    )
    if suggestion.status != Suggestion.PENDING:
        messages.info(request, _("This suggestion was already decided."))
        return redirect("review:source", source_id=suggestion.source_id)
    try:
        related = related_facts(claim_to_fact(suggestion.claim), suggestion.person)
    except (RegistryError, ValueError):
        related = []
    form = SuggestionForm(
        request.POST if request.method == "POST" else None,
        suggestion=suggestion,
        related=related,
    )
    if request.method == "POST" and form.is_valid():
        data = form.fact_data()
        if data is not None:
            person, new_person = form.target()
            merge_id = form.cleaned_data.get("merge_into") or ""
            try:
                accept(
                    _actor(request),
                    suggestion,
                    person=person,
                    new_person=new_person,
                    name=form.cleaned_data.get("name", ""),
                    edited=data,
                    passage=form.cleaned_data["passage"],
                    merge_into=Fact.objects.filter(pk=int(merge_id)).first()
                    if merge_id.isdigit()
                    else None,
                    merge=False,
                )
            except RegistryError as e:
                for field, message in e.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, _("Accepted."))
                return redirect("review:source", source_id=suggestion.source_id)
    return render(
        request,
        "review/edit.html",
        {
            "suggestion": suggestion,
            "label": CLAIM_LABELS.get(suggestion.kind, suggestion.kind),
            "form": form,
            "related": [{"fact": r.fact, "text": relation_text(r)} for r in related],
        },
        status=400 if request.method == "POST" else 200,
    )
