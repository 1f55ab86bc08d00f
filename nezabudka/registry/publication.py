"""The one bridge between registry rows and the publication policy.

Every page, API response and export that shows a person builds a :class:`PersonRecord` here and asks
:func:`nezabudka.protection.policy.decide` what may be shown; templates and serialisers only
ever see ``Decision.render(record)`` output, or (on staff pages) the facts that
:func:`visible_facts` lets through for that decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.core.vocab import ReviewStatus
from nezabudka.protection.policy import Audience, Decision, PersonRecord, Purpose, decide

HELD = ("detained", "imprisoned")
ACTIVE = (ReviewStatus.ACCEPTED.value,)
SHOWN_TO_STAFF = (
    ReviewStatus.ACCEPTED.value,
    ReviewStatus.SUGGESTED.value,
    ReviewStatus.DISPUTED.value,
)
END_EVENTS = ("release", "pardon", "exile", "death_in_custody")

#: Which policy field governs each fact kind (staff timelines show a fact only when its field
#: is visible to the audience).
FACT_FIELD = {
    "name": "names",
    "birth_date": "birth_date",
    "gender": "gender",
    "occupation": "occupation",
    "affiliation": "affiliations",
    "status": "status",
    "charge": "articles",
    "trial": "court",
    "sentence": "sentence",
    "appeal": "court",
    "custody": "place_of_detention",
    "event": "events",
    "recognition": "recognition",
    "note": "private_notes",  # free text may hold anything: restricted until reviewed
}

#: Interface language -> scripts to try, best first.
SCRIPT_ORDER = {"be": ("be", "ru", "latn"), "ru": ("ru", "be", "latn"), "en": ("latn", "be", "ru")}

_BE_ONLY = set("іўІЎ")
_RU_ONLY = set("иъщИЪЩ")


def name_script(value: str, details: dict[str, Any]) -> str:
    """Script key of a name: ``be``, ``ru`` or ``latn`` (from details, else the letters)."""
    lang = str(details.get("lang") or details.get("language") or "").lower()
    if lang in ("be", "ru"):
        return lang
    script = str(details.get("script") or "").lower()
    if script == "latin" or (not script and value.isascii()):
        return "latn"
    letters = set(value)
    if letters & _BE_ONLY:
        return "be"
    if letters & _RU_ONLY:
        return "ru"
    return "be" if script in ("cyrillic", "be") else "latn"


def _date(fact: Any, name: str = "date") -> PartialDate | None:
    if getattr(fact, name) is None:
        return None
    return fact.get_partial(name)


def _later(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is not None and (b is None or a.earliest() >= b.earliest())


def _add_term(start: PartialDate, years: int, months: int) -> dt.date:
    day = start.earliest()
    total = day.month - 1 + months + 12 * years
    year, month = day.year + total // 12, total % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:  # 31st in a shorter month
        return day.replace(year=year, month=month, day=28)


@dataclass
class Summary:
    """Derived facts about a person (accepted facts only)."""

    status: str = ""
    detention: PartialDate | None = None
    release: PartialDate | None = None
    verdict: PartialDate | None = None
    expected_release: dt.date | None = None
    place: Any = None  # PlaceOfDetention
    place_text: str = ""

    @property
    def held(self) -> bool:
        return self.status in HELD


def summarise(facts: Iterable[Any]) -> Summary:
    s = Summary()
    status_date: PartialDate | None = None
    custody_date: PartialDate | None = None
    sentence = None
    for f in facts:
        if f.status not in ACTIVE:
            continue
        d = _date(f)
        if f.kind == "status":
            if not s.status or _later(d, status_date):
                s.status, status_date = f.value, d
        elif f.kind == "event" and f.subtype == "detention":
            if _later(d, s.detention):
                s.detention = d
        elif f.kind == "event" and f.subtype in END_EVENTS:
            if _later(d, s.release):
                s.release = d
        elif f.kind == "sentence":
            if sentence is None or _later(d, _date(sentence)):
                sentence = f
        elif f.kind == "custody" and (
            (s.place is None and not s.place_text) or _later(d, custody_date)
        ):
            s.place, s.place_text, custody_date = f.place, f.value, d
    if sentence is not None:
        s.verdict = _date(sentence)
        if s.detention and (sentence.years or sentence.months):
            s.expected_release = _add_term(s.detention, sentence.years or 0, sentence.months or 0)
    if not s.status and s.detention and not _later(s.release, s.detention):
        s.status = "detained"
    return s


LETTER_RULES = (
    "Write in Russian or Belarusian, by post, to the address of the place of detention, with "
    "the person's full name and year of birth. Keep it personal and non-political: censors "
    "read every letter. Do not send money or photos of other people."
)


def person_record(
    person: Any, facts: Iterable[Any] | None = None, lang: str = "en", sources: bool = True
) -> PersonRecord:
    """The policy's view of a person, from its (prefetched) facts."""
    facts = list(person.facts.all() if facts is None else facts)
    accepted = [f for f in facts if f.status in ACTIVE]
    names: dict[str, str] = {}
    for f in facts:
        if f.kind == "name" and f.status in ACTIVE and f.subtype in ("full", ""):
            names.setdefault(name_script(f.value, f.details or {}), f.value)
    if not names and person.display_name:
        names["latn"] = person.display_name
    order = SCRIPT_ORDER.get(lang[:2], SCRIPT_ORDER["en"])
    primary = next((s for s in order if s in names), None)
    s = summarise(accepted)
    fields: dict[str, Any] = {}
    for f in accepted:
        if f.kind == "gender" and "gender" not in fields:
            fields["gender"] = f.value
        elif f.kind == "birth_date" and "birth_date" not in fields and f.date:
            fields["birth_date"] = _date(f)
        elif f.kind == "occupation":
            fields.setdefault("occupation", f.value)
        elif f.kind == "affiliation":
            org = f.organisation.name if f.organisation_id else f.value
            fields.setdefault("affiliations", []).append(org)
        elif f.kind == "charge":
            label = f.article.label_en if f.article_id and f.article else ""
            ref = f"Art. {f.article_ref}" + (f" ({label})" if label else "")
            if ref not in fields.setdefault("articles", []):
                fields["articles"].append(ref)
        elif f.kind == "sentence" and (f.years or f.months or f.regime):
            parts = []
            if f.years:
                parts.append(f"{f.years} y")
            if f.months:
                parts.append(f"{f.months} m")
            fields["sentence"] = " ".join(parts) + (
                f", {f.regime.replace('_', ' ')}" if f.regime else ""
            )
        elif f.kind == "trial":
            if f.value:
                fields["court"] = f.value
            if (f.details or {}).get("lawyer"):
                fields["lawyer"] = f.details["lawyer"]
        elif f.kind == "recognition":
            who = f.organisation.name if f.organisation_id else ""
            when = _date(f)
            fields.setdefault("recognition", []).append(
                " ".join(x for x in (who, f.value, f"({when})" if when else "") if x)
            )
        elif f.kind == "event" and f.subtype not in ("detention", *END_EVENTS):
            d = _date(f)
            if d is not None and person.no_anniversaries:
                d = PartialDate(d.year, d.month, None, d.approximate)
            fields.setdefault("events", []).append(
                {"type": f.subtype, "date": d.iso() if d else ""}
            )
        elif f.kind == "note":
            fields.setdefault("private_notes", []).append(f.value)
        if sources and f.proceedings_id and f.proceedings and f.proceedings.case_number:
            fields["case_number"] = f.proceedings.case_number
    if s.status:
        fields["status"] = s.status
    if s.detention:
        fields["detention_date"] = s.detention
    if s.verdict:
        fields["verdict_date"] = s.verdict
    if s.release and _later(s.release, s.detention):
        fields["release_date"] = s.release
    if s.expected_release and s.held:
        fields["expected_release"] = PartialDate.from_date(s.expected_release)
    if s.held and (s.place is not None or s.place_text):
        if s.place is not None:
            fields["place_of_detention"] = {
                "key": s.place.key,
                "title": s.place.title_en or s.place.key,
                "town": s.place.town,
            }
            address = s.place.address_cyrillic or s.place.address
            if address:
                fields["postal_address"] = address
                fields["letter_rules"] = LETTER_RULES
        else:
            fields["place_of_detention"] = {"key": "", "title": s.place_text, "town": ""}
    cited: dict[int, dict[str, str]] = {}
    for f in accepted if sources else ():
        for c in f.citations.all():
            src = c.source
            if src.kind in ("article", "court_document") and src.pk not in cited:
                cited[src.pk] = {"title": src.title or src.url, "url": src.url}
    if cited:
        fields["sources"] = list(cited.values())
    review = {k: 0 for k in ("suggested", "disputed")}
    for f in facts:
        if f.status in review:
            review[f.status] += 1
    fields["review_status"] = review
    if person.external_id:
        fields["external_ids"] = [person.external_id]
    fields["consent"] = {
        "no_photo": person.no_photo,
        "no_birthday": person.no_birthday,
        "no_anniversaries": person.no_anniversaries,
        "anonymise": person.anonymise,
    }
    return PersonRecord(
        id=person.pk,
        publication=person.publication,
        names=names,
        fields=fields,
        no_photo=person.no_photo,
        no_birthday=person.no_birthday,
        no_anniversaries=person.no_anniversaries,
        anonymise=person.anonymise,
        primary_script=primary,
    )


@dataclass
class Shown:
    """A person as one audience may see them for one purpose."""

    id: int
    decision: Decision
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.data.get("name") or f"#{self.id}")


def show(
    audience: Audience | str, purpose: Purpose | str, person: Any, lang: str = "en"
) -> Shown | None:
    """decide + render, or None when the person must not appear. Lists carry no sources."""
    record = person_record(person, lang=lang, sources=Purpose(purpose) is not Purpose.LIST)
    decision = decide(audience, purpose, record)
    if decision is None:
        return None
    return Shown(person.pk, decision, decision.render(record))


def show_many(
    audience: Audience | str, purpose: Purpose | str, people: Iterable[Any], lang: str = "en"
) -> list[Shown]:
    out = []
    for person in people:
        shown = show(audience, purpose, person, lang)
        if shown is not None:
            out.append(shown)
    return out


def visible_facts(decision: Decision, facts: Iterable[Any]) -> list[Any]:
    """The facts a staff timeline may show under this decision."""
    return [f for f in facts if FACT_FIELD.get(f.kind, "private_notes") in decision.visible_fields]


def jsonable(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
