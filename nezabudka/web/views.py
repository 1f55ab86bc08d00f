"""Read-only pages over the registry (the staff workspace and public site grow from here)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from nezabudka.registry import services
from nezabudka.registry.models import Person


def home(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    people = Person.objects.exclude(publication="hidden").annotate(fact_count=Count("facts"))
    if q:
        people = people.filter(
            Q(display_name__icontains=q) | Q(facts__value__icontains=q)
        ).distinct()
    return render(
        request,
        "web/home.html",
        {
            "people": people.order_by("display_name")[:200],
            "total": Person.objects.exclude(publication="hidden").count(),
            "q": q,
        },
    )


def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    try:
        person = services.person_with_facts(person_id)
    except Person.DoesNotExist:
        raise Http404("no such person") from None
    if person.publication == "hidden":
        raise Http404("no such person")
    facts = list(person.facts.all())
    return render(
        request,
        "web/person.html",
        {
            "person": person,
            "names": [f for f in facts if f.kind == "name"],
            "timeline": sorted(
                (f for f in facts if f.kind != "name"),
                key=lambda f: (f.date is None, f.date or 0, f.pk),
            ),
        },
    )
