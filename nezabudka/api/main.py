"""The JSON API under ``/api/``: OpenAPI at ``/api/openapi.json``, docs at ``/api/docs``.

Reads work without a token (as the public audience); a token (``Authorization: Bearer nzb_…``,
issued at /accounts/tokens/) reads as its user's role and is needed for writes. Every person
goes through the publication policy exactly as on the HTML pages. Every error has one shape:
``{"error": {"code": ..., "message": ..., "fields": {...}}}``.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer
from pydantic import Field

from nezabudka.accounts.models import ApiToken
from nezabudka.accounts.roles import STAFF_ROLES, WRITE_ROLES, audience_for, role_of
from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.core.facts import FactData
from nezabudka.protection.policy import CONSENT_CHANNELS, LEVELS, Purpose, Transform
from nezabudka.registry import services
from nezabudka.registry.models import Citation, Fact, Person, Source
from nezabudka.registry.publication import FACT_FIELD, jsonable, show
from nezabudka.registry.search import search_people
from nezabudka.web import queries


class Bearer(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = ApiToken.authenticate(token)
        return found.user if found else None


class StaffBearer(Bearer):
    """A token of a staff role (administrator, editor, researcher, viewer); others get 403."""

    roles = STAFF_ROLES

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = super().authenticate(request, token)
        if user is not None and role_of(user) not in self.roles:
            raise PermissionDenied
        return user


class WriteBearer(StaffBearer):
    """A token of an editor or administrator; others get 403."""

    roles = WRITE_ROLES


class OptionalBearer(Bearer):
    """No Authorization header: the public audience. A wrong token: 401."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get(self.header):
            return AnonymousUser()
        return super().__call__(request)


api = NinjaAPI(
    title="Nezabudka API",
    version="1",
    description=__doc__ or "",
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
read_auth = [OptionalBearer()]
staff_auth = [StaffBearer()]
write_auth = [WriteBearer()]


def error(
    status: int, code: str, message: str, fields: dict[str, str] | None = None
) -> JsonResponse:
    return JsonResponse(
        {"error": {"code": code, "message": message, "fields": fields or {}}}, status=status
    )


@api.exception_handler(ValidationError)
def _validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields: dict[str, str] = {}
    for e in exc.errors:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path", "payload")]
        fields[".".join(loc) or "request"] = str(e.get("msg", "invalid"))
    return error(422, "invalid", "Some fields are not valid; see fields.", fields)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error(401, "unauthenticated", "Give a valid token: Authorization: Bearer nzb_…")


@api.exception_handler(HttpError)
def _http(request: HttpRequest, exc: HttpError) -> HttpResponse:
    codes = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
    return error(exc.status_code, codes.get(exc.status_code, "error"), exc.message)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error(404, "not_found", "No such record (or not visible to you).")


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error(403, "forbidden", "Your role does not allow this.")


@api.exception_handler(services.RegistryError)
def _registry(request: HttpRequest, exc: services.RegistryError) -> HttpResponse:
    return error(422, "invalid", "Some fields are not valid; see fields.", exc.errors)


@api.exception_handler(Exception)
def _crash(request: HttpRequest, exc: Exception) -> HttpResponse:
    import logging

    logging.getLogger("nezabudka.api").error("API error %s on %s", type(exc).__name__, request.path)
    return error(500, "server_error", "Something went wrong on the server.")


def _user(request: HttpRequest) -> Any:
    return request.auth  # type: ignore[attr-defined]


def _require_staff(request: HttpRequest) -> None:
    if role_of(_user(request)) not in STAFF_ROLES:
        raise PermissionDenied


def _require_write(request: HttpRequest) -> None:
    if role_of(_user(request)) not in WRITE_ROLES:
        raise PermissionDenied


def _lang(request: HttpRequest) -> str:
    return (request.GET.get("lang") or "en")[:2]


# --- reading -----------------------------------------------------------------------------------


class PersonPage(Schema):
    count: int
    page: int
    pages: int
    results: list[dict[str, Any]]


@api.get("/people", auth=read_auth, response=PersonPage, tags=["people"])
def list_people(
    request: HttpRequest, q: str = "", status: str = "", page: int = 1
) -> dict[str, Any]:
    """People this token (or the public) may see, 50 a page, each as the policy renders them."""
    audience = audience_for(_user(request))
    people = Person.objects.filter(
        publication__in=[p.value for p in LEVELS[(audience, Purpose.LIST)]]
    )
    if q:
        people = people.filter(pk__in=[m.person_id for m in search_people(q, limit=200)])
    keep = queries.ids_with_status([status]) if status else None
    chosen = queries.IdPage(
        people,
        keep,
        ("display_name", "id"),
        page,
        cache_key="" if q else f"api:{audience}:{status}",
    )
    current = chosen.page
    results = []
    for person in chosen.people:
        shown = show(audience, Purpose.LIST, person, _lang(request))
        if shown is not None:
            results.append(jsonable(shown.data))
    return {
        "count": current.paginator.count,
        "page": current.number,
        "pages": current.paginator.num_pages,
        "results": results,
    }


def _shown(request: HttpRequest, person_id: int) -> tuple[Person, Any]:
    person = queries.with_facts(Person.objects.filter(pk=person_id)).first()
    if person is None:
        raise Http404
    shown = show(audience_for(_user(request)), Purpose.PROFILE, person, _lang(request))
    if shown is None:
        raise Http404
    return person, shown


@api.get("/people/{person_id}", auth=read_auth, response=dict[str, Any], tags=["people"])
def get_person(request: HttpRequest, person_id: int) -> dict[str, Any]:
    """One person's profile as the policy renders it for this token's role."""
    _person, shown = _shown(request, person_id)
    return jsonable(shown.data)  # type: ignore[no-any-return]


STAFF_STATUSES = ("accepted", "suggested", "disputed", "rejected", "retracted")
DATED_ANNIVERSARY_KINDS = {"event", "custody", "charge", "trial", "sentence", "appeal", "status"}


def _fact_json(fact: Fact, decision: Any, person: Person, staff: bool) -> dict[str, Any] | None:
    field = FACT_FIELD.get(fact.kind, "private_notes")
    if field not in decision.visible_fields or decision.transforms.get(field) is Transform.INITIALS:
        return None
    if not staff and fact.status != "accepted":
        return None
    data = services.fact_data(fact).to_json()
    consent = (decision.audience, decision.purpose) in CONSENT_CHANNELS
    cut = decision.transforms.get(field)
    if consent and person.no_anniversaries and fact.kind in DATED_ANNIVERSARY_KINDS:
        cut = cut or Transform.MONTH
    for key in ("date", "end_date"):
        if key in data and cut in (Transform.YEAR, Transform.MONTH):
            d = PartialDate.parse(data[key])
            data[key] = PartialDate(
                d.year, d.month if cut is Transform.MONTH else None, None, d.approximate
            ).iso()
    data["id"] = fact.pk
    if "sources" in decision.visible_fields and not (consent and person.anonymise):
        data["citations"] = [
            {"source": c.source_id, "title": c.source.title, "url": c.source.url}
            | ({"passage": c.passage, "locator": c.locator} if staff else {})
            for c in fact.citations.all()
            if staff or c.source.kind in ("article", "court_document")
        ]
    return data


@api.get("/people/{person_id}/facts", auth=read_auth, response=list[dict[str, Any]], tags=["facts"])
def person_facts(request: HttpRequest, person_id: int, kind: str = "") -> list[dict[str, Any]]:
    """A person's facts (cases: charge/trial/sentence/appeal; custody; events; …) with their
    sources. The public sees accepted facts only, with consent applied."""
    person, shown = _shown(request, person_id)
    staff = role_of(_user(request)) in STAFF_ROLES
    out = []
    for fact in person.facts.all():
        if kind and fact.kind != kind:
            continue
        data = _fact_json(fact, shown.decision, person, staff)
        if data is not None:
            out.append(data)
    return out


def _source_json(src: Source) -> dict[str, Any]:
    return {"id": src.pk} | services.source_json(src)


@api.get("/sources", auth=staff_auth, response=list[dict[str, Any]], tags=["sources"])
def list_sources(request: HttpRequest, page: int = 1) -> list[dict[str, Any]]:
    """The source library (staff): 100 a page, newest first, without their full text."""
    _require_staff(request)
    rows = Source.objects.order_by("-id")[(page - 1) * 100 : page * 100]
    return [{k: v for k, v in _source_json(s).items() if k != "text"} for s in rows]


@api.get("/sources/{source_id}", auth=staff_auth, response=dict[str, Any], tags=["sources"])
def get_source(request: HttpRequest, source_id: int) -> dict[str, Any]:
    """A source (staff) and the facts citing it, of people the role may see."""
    _require_staff(request)
    src = Source.objects.filter(pk=source_id).first()
    if src is None:
        raise Http404
    audience = audience_for(_user(request))
    facts = []
    people = (
        Citation.objects.filter(source=src).values_list("fact__person_id", flat=True).distinct()
    )
    for person in queries.with_facts(Person.objects.filter(pk__in=list(people))):
        shown = show(audience, Purpose.PROFILE, person, _lang(request))
        if shown is None:
            continue
        for fact in person.facts.all():
            if any(c.source_id == src.pk for c in fact.citations.all()):
                data = _fact_json(fact, shown.decision, person, True)
                if data is not None:
                    facts.append(data | {"person": person.pk})
    return _source_json(src) | {"facts": facts}


# --- writing ---------------------------------------------------------------------------------


class SourceIn(Schema):
    id: int | None = Field(None, description="an existing source; or describe a new one")
    kind: str = "article"
    title: str = ""
    url: str = ""
    text: str = ""
    published: str = ""


class CitationIn(Schema):
    source: SourceIn
    passage: str = ""
    locator: str = ""


class PersonIn(Schema):
    name: str = Field(..., min_length=1, max_length=256)
    script: str = Field("latin", pattern="^(latin|cyrillic)$")
    publication: str = Field("internal", pattern="^(public|internal|hidden)$")
    no_photo: bool = False
    no_birthday: bool = False
    no_anniversaries: bool = False
    anonymise: bool = False
    citation: CitationIn


class FactIn(Schema):
    kind: str
    subtype: str = ""
    value: str = ""
    date: str = ""
    end_date: str = ""
    article_ref: str = ""
    place_key: str = ""
    organisation: str = ""
    years: int | None = None
    months: int | None = None
    regime: str = ""
    proceedings: str = ""
    details: dict[str, Any] = {}
    status: str = "accepted"
    citations: list[CitationIn] = Field(..., min_length=1)


class StatusIn(Schema):
    status: str = Field(..., pattern="^(accepted|rejected|disputed|retracted)$")
    reason: str = ""


class PublicationIn(Schema):
    publication: str | None = Field(None, pattern="^(public|internal|hidden)$")
    no_photo: bool | None = None
    no_birthday: bool | None = None
    no_anniversaries: bool | None = None
    anonymise: bool | None = None
    reason: str = ""


def _actor(request: HttpRequest) -> services.Actor:
    user = _user(request)
    return services.Actor(f"api:{user.get_username()}", user.pk)


def _citation(actor: services.Actor, c: CitationIn, prefix: str) -> services.CitationData:
    import hashlib

    s = c.source
    if s.id is not None:
        src = Source.objects.filter(pk=s.id).first()
        if src is None:
            raise services.RegistryError({f"{prefix}.source.id": "no such source"})
    else:
        if not (s.url or s.text.strip()):
            raise services.RegistryError(
                {f"{prefix}.source": "give an existing source id, a url or the text"}
            )
        published = None
        if s.published:
            try:
                published = PartialDate.parse(s.published)
            except PartialDateError as e:
                raise services.RegistryError({f"{prefix}.source.published": str(e)}) from None
        fields: dict[str, Any] = {
            "kind": s.kind,
            "title": s.title or s.url or s.text[:80],
            "url": s.url,
            "text": s.text,
        }
        if s.text and not s.url:
            fields["sha256"] = hashlib.sha256(s.text.encode()).hexdigest()
        src, _ = services.ensure_source(actor, published=published, **fields)
    return services.CitationData(src, passage=c.passage, locator=c.locator)


@api.post("/people", auth=write_auth, response={201: dict[str, Any]}, tags=["people"])
def create_person(request: HttpRequest, payload: PersonIn) -> Status:
    """Add a person with their name, citing a source (editors and administrators)."""
    _require_write(request)
    actor = _actor(request)
    name = FactData(
        kind="name", subtype="full", value=payload.name.strip(), details={"script": payload.script}
    )
    errors = name.validate()
    if errors:
        raise services.RegistryError({"name": "; ".join(errors.values())})
    with transaction.atomic():
        citation = _citation(actor, payload.citation, "citation")
        person = services.create_person(
            actor,
            publication=payload.publication,
            no_photo=payload.no_photo,
            no_birthday=payload.no_birthday,
            no_anniversaries=payload.no_anniversaries,
            anonymise=payload.anonymise,
        )
        services.add_fact(actor, person, name, [citation])
    _p, shown = _shown(request, person.pk)
    return Status(201, jsonable(shown.data))


@api.post(
    "/people/{person_id}/facts", auth=write_auth, response={201: dict[str, Any]}, tags=["facts"]
)
def add_fact(request: HttpRequest, person_id: int, payload: FactIn) -> Status:
    """Add a fact with at least one citation (editors and administrators)."""
    _require_write(request)
    person, _unused = _shown(request, person_id)
    actor = _actor(request)
    errors: dict[str, str] = {}
    dates: dict[str, PartialDate | None] = {}
    for key in ("date", "end_date"):
        text = getattr(payload, key)
        try:
            dates[key] = PartialDate.parse(text) if text else None
        except PartialDateError as e:
            errors[key] = str(e)
            dates[key] = None
    data = FactData(
        kind=payload.kind,
        subtype=payload.subtype,
        value=payload.value,
        date=dates["date"],
        end_date=dates["end_date"],
        article_ref=payload.article_ref,
        place_key=payload.place_key,
        organisation=payload.organisation,
        years=payload.years,
        months=payload.months,
        regime=payload.regime,
        proceedings=payload.proceedings,
        details=payload.details,
        status=payload.status if payload.status in ("accepted", "suggested") else "invalid",
    )
    errors |= data.validate()
    if errors:
        raise services.RegistryError(errors)
    with transaction.atomic():
        citations = [_citation(actor, c, f"citations.{i}") for i, c in enumerate(payload.citations)]
        fact, _created = services.add_fact(actor, person, data, citations)
    return Status(201, {"id": fact.pk} | services.fact_data(fact).to_json())


@api.post("/facts/{fact_id}/status", auth=write_auth, response=dict[str, Any], tags=["facts"])
def change_status(request: HttpRequest, fact_id: int, payload: StatusIn) -> dict[str, Any]:
    """Accept, reject, dispute or retract a fact (recorded in the history)."""
    _require_write(request)
    fact = Fact.objects.filter(pk=fact_id).first()
    if fact is None:
        raise Http404
    _shown(request, fact.person_id)
    if payload.status == "retracted":
        services.retract(_actor(request), fact, payload.reason)
    else:
        services.set_status(_actor(request), fact, payload.status, payload.reason)
    return {"id": fact.pk, "status": fact.status}


@api.post(
    "/people/{person_id}/publication", auth=write_auth, response=dict[str, Any], tags=["people"]
)
def change_publication(
    request: HttpRequest, person_id: int, payload: PublicationIn
) -> dict[str, Any]:
    """Change a person's publication level and consent flags (recorded in the history)."""
    _require_write(request)
    person, _unused = _shown(request, person_id)
    changes = {k: v for k, v in payload.dict().items() if k != "reason" and v is not None}
    services.update_person(_actor(request), person, reason=payload.reason, **changes)
    return {"id": person.pk} | {
        k: getattr(person, k)
        for k in ("publication", "no_photo", "no_birthday", "no_anniversaries", "anonymise")
    }
