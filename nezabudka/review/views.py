"""Review screens: thin adapters over nezabudka.registry.suggestions (ingest, accept, reject).

The document is shown with every suggested passage highlighted; suggestions are grouped by the
person they are about; a reviewer accepts or rejects them one by one or in bulk. Nothing
reaches the registry until then.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from nezabudka.accounts.access import staff_required, write_required
from nezabudka.registry.models import Person, Source, Suggestion
from nezabudka.registry.services import Actor, RegistryError
from nezabudka.registry.suggestions import accept, claim_to_fact, ingest_file, reject


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


@require_http_methods(["GET", "HEAD", "POST"])
@write_required
def ingest(request: HttpRequest) -> HttpResponse:
    """Paste a report or upload its file (text, saved HTML, PDF, DOCX)."""
    if request.method == "POST":
        upload = request.FILES.get("file")
        text = request.POST.get("text", "").strip()
        if not upload and not text:
            messages.error(request, "Paste the report's text or choose its file.")
            return render(request, "review/ingest.html", status=400)
        with tempfile.TemporaryDirectory() as tmp:
            name = Path(upload.name).name if upload else "pasted-report.txt"
            path = Path(tmp) / name
            path.write_bytes(upload.read() if upload else text.encode("utf-8"))
            try:
                report = ingest_file(path, _actor(request), request.POST.get("lang") or None)
            except (OSError, ValueError) as e:
                messages.error(request, f"This document cannot be read: {e}")
                return render(request, "review/ingest.html", status=400)
        if report.already_seen:
            messages.info(request, "This document is already in the registry; nothing added.")
        else:
            messages.success(
                request,
                f"{report.suggestions} suggestions about "
                f"{report.people} people are waiting for review.",
            )
        return redirect("review:source", source_id=report.source.pk)
    return render(request, "review/ingest.html")


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


@require_http_methods(["GET", "HEAD"])
@staff_required
def source(request: HttpRequest, source_id: int) -> HttpResponse:
    src = get_object_or_404(Source, pk=source_id)
    suggestions = list(src.suggestions.select_related("person", "fact").order_by("mention", "id"))
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for s in suggestions:
        try:
            proposed = claim_to_fact(s.claim).to_json()
        except (RegistryError, ValueError):
            proposed = {}
        groups[(s.mention, s.role)].append({"s": s, "proposed": proposed})
    return render(
        request,
        "review/source.html",
        {
            "source": src,
            "groups": [
                {
                    "mention": m,
                    "role": r,
                    "items": items,
                    "person": next((i["s"].person for i in items if i["s"].person), None),
                }
                for (m, r), items in groups.items()
            ],
            "segments": _highlighted(
                src.text, [(s.pk, s.quote) for s in suggestions if s.status == Suggestion.PENDING]
            ),
            "pending": sum(s.status == Suggestion.PENDING for s in suggestions),
            "hidden_keys": ("kind", "status", "subtype", "proceedings", "details"),
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
        messages.error(request, "Tick the suggestions to decide on, then accept or reject.")
        return redirect("review:source", source_id=src.pk)
    target = None
    if request.POST.get("person", "").isdigit():
        target = Person.objects.filter(pk=int(request.POST["person"])).first()
    done, problems = 0, []
    for s in Suggestion.objects.filter(source=src, pk__in=ids).order_by("id"):
        try:
            if action == "accept":
                accept(_actor(request), s, person=target)
            else:
                reject(_actor(request), s, request.POST.get("reason", ""))
            done += 1
        except RegistryError as e:
            problems.append(f"suggestion {s.pk}: {e}")
    if done:
        messages.success(request, f"{done} suggestion(s) {action}ed.")
    for p in problems:
        messages.error(request, p)
    return redirect("review:source", source_id=src.pk)
