"""Pages: the public site (no login) and the staff workspace (login with 2FA).

Every person shown goes through the publication policy (``nezabudka.registry.publication.show``); staff
timelines show only the facts the decision lets through."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from nezabudka.accounts.access import public, staff_required, write_required
from nezabudka.accounts.roles import audience_for
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import SINGLE_VALUED_KINDS, Publication, ReviewStatus, Status
from nezabudka.protection.policy import LEVELS, Audience, Purpose
from nezabudka.protection.suppression import suppress_breakdown
from nezabudka.registry import services
from nezabudka.registry.models import (
    Citation,
    Fact,
    Organisation,
    Person,
    PlaceOfDetention,
    Source,
)
from nezabudka.registry.publication import (
    FACT_FIELD,
    SHOWN_TO_STAFF,
    Shown,
    show,
    show_many,
    visible_facts,
)
from nezabudka.registry.search import search_people
from nezabudka.web import queries
from nezabudka.web.forms import FactForm, PersonForm, PublicationForm, SourceForm

PAGE = 50


def _lang() -> str:
    return (get_language() or "en")[:2]


def _actor(request: HttpRequest) -> services.Actor:
    return services.Actor(f"user:{request.user.get_username()}", request.user.pk)


def _levels(audience: Audience, purpose: Purpose) -> list[str]:
    return [p.value for p in LEVELS[(audience, purpose)]]


def _page(request: HttpRequest, qs: Any) -> Any:
    return Paginator(qs, PAGE).get_page(request.GET.get("page"))


def _search_ids(q: str) -> list[int]:
    return [m.person_id for m in search_people(q, limit=200)]


# --- public site -----------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
@public
def home(request: HttpRequest) -> HttpResponse:
    """The public list: people currently held, with counts."""
    levels = _levels(Audience.PUBLIC, Purpose.LIST)
    base = Person.objects.filter(publication__in=levels)
    q = request.GET.get("q", "").strip()
    people = base.filter(pk__in=_search_ids(q)) if q else base
    held = queries.held_now_ids()
    chosen = queries.IdPage(
        people,
        held,
        ("display_name", "id"),
        request.GET.get("page"),
        cache_key="" if q else "public-held",
    )
    page = chosen.page
    shown = show_many(Audience.PUBLIC, Purpose.LIST, chosen.people, _lang())
    statuses = queries.current_statuses()
    counts: dict[str, int] = {}
    all_held = chosen.ids if not q else [i for i in base.values_list("id", flat=True) if i in held]
    for pid in all_held:
        counts[statuses[pid]] = counts.get(statuses[pid], 0) + 1
    # Public statistics: small cells (and what would reveal them by subtraction) are
    # suppressed, whoever they count.
    published = suppress_breakdown(
        counts, total=sum(counts.values()), threshold=settings.CONFIG.suppression_threshold
    )
    return render(
        request,
        "web/public_list.html",
        {
            "people": shown,
            "synthetic": {p.pk for p in chosen.people if p.synthetic},
            "page": page,
            "q": q,
            "total": "*" if published.total is None else published.total,
            "counts": sorted((k, "*" if v is None else v) for k, v in published.cells.items()),
            "suppressed": published.total is None or None in published.cells.values(),
        },
    )


def _public_person(person_id: int) -> Person:
    person = queries.with_facts(Person.objects.filter(pk=person_id)).first()
    if person is None:
        raise Http404
    return person


@require_http_methods(["GET", "HEAD"])
@public
def public_person(request: HttpRequest, person_id: int) -> HttpResponse:
    person = _public_person(person_id)
    shown = show(Audience.PUBLIC, Purpose.PROFILE, person, _lang())
    if shown is None:
        raise Http404
    return render(
        request,
        "web/public_person.html",
        {"p": shown, "data": shown.data, "synthetic": person.synthetic},
    )


@require_http_methods(["GET", "HEAD"])
@public
def places(request: HttpRequest) -> HttpResponse:
    rows = PlaceOfDetention.objects.order_by("country", "town", "key")
    return render(request, "web/places.html", {"places": rows})


@require_http_methods(["GET", "HEAD"])
@public
def place(request: HttpRequest, key: str) -> HttpResponse:
    """A place of detention: postal address, how to write, and the public people held there."""
    place = get_object_or_404(PlaceOfDetention, key=key)
    candidates = (
        Person.objects.filter(pk__in=_held_among_place(place))
        .filter(
            publication__in=_levels(Audience.PUBLIC, Purpose.LIST),
            facts__kind="custody",
            facts__place=place,
            facts__status="accepted",
        )
        .distinct()
    )
    shown = [
        s
        for s in show_many(
            Audience.PUBLIC,
            Purpose.LIST,
            queries.with_facts(candidates.order_by("display_name"), light=True)[:500],
            _lang(),
        )
        if (s.data.get("place_of_detention") or {}).get("key") == place.key
    ]
    from nezabudka.registry.publication import LETTER_RULES

    return render(
        request, "web/place.html", {"place": place, "people": shown, "rules": LETTER_RULES}
    )


@require_http_methods(["GET", "HEAD"])
@public
def releases(request: HttpRequest) -> HttpResponse:
    """People whose computed release date falls in the next 12 months (public people only)."""
    today = dt.date.today()
    horizon = today + dt.timedelta(days=366)
    ids = queries.release_candidates(_levels(Audience.PUBLIC, Purpose.LIST), today, horizon)
    people = queries.with_facts(Person.objects.filter(pk__in=ids[:1000]).order_by("id"), light=True)
    upcoming = []
    for s in show_many(Audience.PUBLIC, Purpose.LIST, people, _lang()):
        expected = s.data.get("expected_release")
        if expected is not None and today <= expected.earliest() <= horizon:
            upcoming.append((expected.earliest(), s))
    upcoming.sort(key=lambda t: (t[0], t[1].id))
    return render(
        request, "web/releases.html", {"upcoming": [s for _, s in upcoming], "horizon": horizon}
    )


def _held_among_place(place: PlaceOfDetention) -> list[int]:
    held = queries.held_now_ids()
    ids = Fact.objects.filter(kind="custody", place=place, status="accepted").values_list(
        "person_id", flat=True
    )
    return [pid for pid in set(ids) if pid in held][:2000]


# --- staff workspace ---------------------------------------------------------------------------

SORTS = {
    "name": ("display_name", "id"),
    "-name": ("-display_name", "-id"),
    "newest": ("-id",),
    "oldest": ("id",),
}


@require_http_methods(["GET", "HEAD"])
@staff_required
def staff_people(request: HttpRequest) -> HttpResponse:
    audience = audience_for(request.user)
    g = request.GET
    people = Person.objects.filter(publication__in=_levels(audience, Purpose.LIST))
    filters: dict[str, str] = {}
    keep: set[int] | None = None
    if q := g.get("q", "").strip():
        people = people.filter(pk__in=_search_ids(q))
    if status := g.get("status", ""):
        keep = queries.ids_with_status([status])
        filters["status"] = status
    if held_on := g.get("held_on", "").strip():
        try:
            day = dt.date.fromisoformat(held_on)
            on_day = queries.held_on_ids(day)
            keep = on_day if keep is None else keep & on_day
            filters["held_on"] = held_on
        except ValueError:
            messages.error(request, _("Write the date as YYYY-MM-DD."))
    if article := g.get("article", "").strip():
        people = people.filter(queries.has_fact(queries.article_q(article), kind="charge"))
    if place := g.get("place", ""):
        people = people.filter(queries.has_fact(kind="custody", place__key=place))
    if org := g.get("organisation", ""):
        people = people.filter(queries.has_fact(organisation_id=org))
    if rec := g.get("recognition", ""):
        cond = queries.has_fact(kind="recognition")
        people = people.filter(cond if rec == "yes" else ~cond)
    if pub := g.get("publication", ""):
        people = people.filter(publication=pub)
    sort = g.get("sort", "name")
    chosen = queries.IdPage(people, keep, SORTS.get(sort, SORTS["name"]), g.get("page"))
    page = chosen.page
    shown = show_many(audience, Purpose.LIST, chosen.people, _lang())
    params = g.copy()
    params.pop("page", None)
    return render(
        request,
        "web/staff_people.html",
        {
            "people": shown,
            "publication": {p.pk: p.publication for p in chosen.people},
            "page": page,
            "total": page.paginator.count,
            "g": g,
            "query": params.urlencode(),
            "statuses": [s.value for s in Status],
            "places": PlaceOfDetention.objects.order_by("town", "key"),
            "organisations": Organisation.objects.order_by("name")[:500],
            "sorts": list(SORTS),
            "publications": [p.value for p in Publication],
        },
    )


def _staff_shown(request: HttpRequest, person_id: int) -> tuple[Person, Shown]:
    person = queries.with_facts(Person.objects.filter(pk=person_id)).first()
    if person is None:
        raise Http404
    shown = show(audience_for(request.user), Purpose.PROFILE, person, _lang())
    if shown is None:
        raise Http404
    return person, shown


def _timeline(facts: list[Fact]) -> list[dict[str, Any]]:
    """Timeline entries: single facts, or groups of conflicting facts shown side by side."""
    groups: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    entries: list[dict[str, Any]] = []
    for f in facts:
        if f.kind in SINGLE_VALUED_KINDS or f.kind == "sentence":
            groups[(f.kind, f.proceedings_id)].append(f)
        else:
            entries.append({"facts": [f], "conflict": f.status == ReviewStatus.DISPUTED})
    for group in groups.values():
        live = [f for f in group if f.status in SHOWN_TO_STAFF]
        identities = {services.fact_data(f).identity()[2:] for f in live}
        if len(live) > 1 and len(identities) > 1:
            entries.append({"facts": group, "conflict": True})
        else:
            entries.extend(
                {"facts": [f], "conflict": f.status == ReviewStatus.DISPUTED} for f in group
            )
    for e in entries:
        dated = [f.date for f in e["facts"] if f.date]
        e["sort"] = (not dated, min(dated) if dated else dt.date.min, e["facts"][0].pk)
    entries.sort(key=lambda e: e["sort"])
    return entries


@require_http_methods(["GET", "HEAD"])
@staff_required
def staff_person(request: HttpRequest, person_id: int) -> HttpResponse:
    person, shown = _staff_shown(request, person_id)
    facts = visible_facts(shown.decision, person.facts.all())
    names = [f for f in facts if f.kind == "name"]
    restricted_fields = sorted(shown.decision.restricted_fields)
    restricted_present: list[str] = []
    revealed: dict[str, str] = {}
    if restricted_fields:
        from nezabudka.registry import restricted

        rows = {k: v for k, v in restricted.current(person).items() if k in restricted_fields}
        restricted_present = sorted(rows)
        if request.GET.get("reveal") == "1":
            # decrypted for this response only; every read is recorded (who, when, which)
            revealed = {k: restricted.read(_actor(request), row) for k, row in sorted(rows.items())}
    return render(
        request,
        "web/staff_person.html",
        {
            "p": shown,
            "person": person,
            "data": shown.data,
            "names": names,
            "timeline": _timeline([f for f in facts if f.kind != "name"]),
            "publication_form": PublicationForm(
                initial={
                    f: getattr(person, f)
                    for f in (
                        "publication",
                        "no_photo",
                        "no_birthday",
                        "no_anniversaries",
                        "anonymise",
                    )
                }
            ),
            "statuses": ["accepted", "rejected", "disputed"],
            "restricted_present": restricted_present,
            "revealed": revealed,
        },
    )


@require_http_methods(["GET", "HEAD"])
@staff_required
def staff_history(request: HttpRequest, person_id: int) -> HttpResponse:
    _person, shown = _staff_shown(request, person_id)
    changes = services.history(person_id)
    fact_kinds = dict(
        Fact.objects.filter(
            pk__in=[c.entity_id for c in changes if c.entity == "fact"]
        ).values_list("pk", "kind")
    )
    rows = []
    for c in changes:
        hidden = (
            c.entity == "fact"
            and FACT_FIELD.get(fact_kinds.get(c.entity_id, ""), "private_notes")
            not in shown.decision.visible_fields
        )
        rows.append({"c": c, "hidden": hidden})
    return render(request, "web/staff_history.html", {"p": shown, "rows": rows})


@require_http_methods(["GET", "POST"])
@write_required
def person_new(request: HttpRequest) -> HttpResponse:
    form = PersonForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        actor = _actor(request)
        d = form.cleaned_data
        name = FactData(
            kind="name", subtype="full", value=d["name"].strip(), details={"script": d["script"]}
        )
        errors = name.validate()
        if errors:
            form.add_error("name", "; ".join(errors.values()))
        else:
            from django.db import transaction

            with transaction.atomic():
                person = services.create_person(
                    actor,
                    publication=d["publication"],
                    no_photo=d["no_photo"],
                    no_birthday=d["no_birthday"],
                    no_anniversaries=d["no_anniversaries"],
                    anonymise=d["anonymise"],
                )
                services.add_fact(actor, person, name, [form.citation(actor)])
            messages.success(request, _("The person is added."))
            return redirect("web:staff_person", person_id=person.pk)
    return render(
        request, "web/form.html", {"form": form, "title": _("Add a person"), "multipart": True}
    )


@require_http_methods(["GET", "POST"])
@write_required
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    person, shown = _staff_shown(request, person_id)
    initial = {
        f: getattr(person, f)
        for f in ("publication", "no_photo", "no_birthday", "no_anniversaries", "anonymise")
    }
    form = PublicationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        changes = {k: d[k] for k in initial}
        reason = d.pop("reason", "")
        if services.update_person(_actor(request), person, reason=reason, **changes):
            messages.success(request, _("Publication and consent are saved."))
        return redirect("web:staff_person", person_id=person.pk)
    return render(
        request,
        "web/form.html",
        {"form": form, "title": _("Publication and consent: %(name)s") % {"name": shown.name}},
    )


@require_http_methods(["GET", "POST"])
@write_required
def fact_new(request: HttpRequest, person_id: int) -> HttpResponse:
    """Add a fact. With ``?corrects=<fact id>`` the form starts from that fact and, once the
    corrected fact is saved (with its own source), the old one is retracted: facts are never
    edited in place, so the history keeps both."""
    person, shown = _staff_shown(request, person_id)
    initial: dict[str, Any] = {"kind": request.GET.get("kind", "event")}
    old = None
    corrects = request.POST.get("corrects") or request.GET.get("corrects")
    if corrects and corrects.isdigit():
        old = Fact.objects.filter(pk=int(corrects), person=person).select_related("place").first()
    if (
        old is not None
        and FACT_FIELD.get(old.kind, "private_notes") in shown.decision.visible_fields
    ):
        d = services.fact_data(old)
        initial = {
            "kind": d.kind, "subtype": d.subtype, "value": d.value,
            "date": d.date.iso() if d.date else "", "end_date": d.end_date.iso() if d.end_date else "",
            "article_ref": d.article_ref, "place_key": d.place_key, "organisation": d.organisation,
            "years": d.years, "months": d.months, "regime": d.regime, "proceedings": d.proceedings,
            "script": (d.details or {}).get("script", ""),
        }  # fmt: skip
    else:
        old = None
    form = FactForm(
        request.POST or None, request.FILES or None, initial=initial, country=person.country
    )
    if request.method == "POST" and form.is_valid():
        data = form.fact_data()
        if data is not None:
            actor = _actor(request)
            try:
                from django.db import transaction

                with transaction.atomic():
                    fact, _created = services.add_fact(actor, person, data, [form.citation(actor)])
                    if old is not None and old.pk != fact.pk:
                        services.retract(actor, old, f"corrected by fact #{fact.pk}")
            except services.RegistryError as e:
                for field, message in e.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, _("The fact is added."))
                return redirect("web:staff_person", person_id=person.pk)
    title = _("Correct a fact: %(name)s") if old else _("Add a fact: %(name)s")
    return render(
        request,
        "web/form.html",
        {
            "form": form,
            "title": title % {"name": shown.name},
            "multipart": True,
            "hidden": {"corrects": old.pk} if old else {},
        },
    )


@require_POST
@write_required
def fact_status(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = get_object_or_404(Fact.objects.select_related("person"), pk=fact_id)
    _person, _shown = _staff_shown(request, fact.person_id)
    status = request.POST.get("status", "")
    reason = request.POST.get("reason", "").strip()
    try:
        if status == ReviewStatus.RETRACTED:
            services.retract(_actor(request), fact, reason)
        elif status in ("accepted", "rejected", "disputed"):
            services.set_status(_actor(request), fact, status, reason)
        else:
            raise services.RegistryError({"status": "unknown decision"})
    except services.RegistryError as e:
        messages.error(request, "; ".join(e.errors.values()))
    else:
        messages.success(request, _("Recorded: %(status)s.") % {"status": status})
    return redirect("web:staff_person", person_id=fact.person_id)


@require_http_methods(["GET", "HEAD"])
@staff_required
def sources(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    rows = Source.objects.annotate(n=Count("citations")).order_by("-id")
    if q:
        rows = rows.filter(Q(title__icontains=q) | Q(url__icontains=q) | Q(publisher__icontains=q))
    return render(request, "web/sources.html", {"page": _page(request, rows), "q": q})


@require_http_methods(["GET", "HEAD"])
@staff_required
def source(request: HttpRequest, source_id: int) -> HttpResponse:
    """A source and every fact citing it (of the people this role may see)."""
    src = get_object_or_404(Source, pk=source_id)
    audience = audience_for(request.user)
    cited = Citation.objects.filter(source=src).values_list("fact__person_id", flat=True).distinct()
    people = queries.with_facts(Person.objects.filter(pk__in=list(cited)).order_by("display_name"))
    blocks = []
    for person in people:
        shown = show(audience, Purpose.PROFILE, person, _lang())
        if shown is None:
            continue
        facts = [
            f
            for f in visible_facts(shown.decision, person.facts.all())
            if any(c.source_id == src.pk for c in f.citations.all())
        ]
        if facts:
            blocks.append({"p": shown, "facts": facts, "source_id": src.pk})
    return render(request, "web/source.html", {"source": src, "blocks": blocks})


@require_http_methods(["GET", "POST"])
@write_required
def source_new(request: HttpRequest) -> HttpResponse:
    form = SourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        src = form.get_source(_actor(request))
        return redirect("web:source", source_id=src.pk)
    return render(
        request, "web/form.html", {"form": form, "title": _("Add a source"), "multipart": True}
    )
