"""The publication policy: the one place that decides who may see which person and which fields.

Every output channel (HTML pages, the API, exports, statistics, calendars, letter packs) asks
:func:`decide` for a :class:`Decision` and renders the person with :meth:`Decision.render`;
nothing renders a person without it. The rules are data (the tables below), rendered into
``docs/security.md`` by :func:`policy_table_markdown` (a test keeps the two identical).

Fail closed: an unknown audience, purpose or publication level raises :class:`PolicyError`;
a field that is not in :data:`FIELDS` is never rendered; a value that cannot be coarsened
safely (e.g. a birth date in an unknown format for someone who refused birthdays) is dropped.

Rules in words (the tables are authoritative):

1. Which people: ``public`` and ``partner`` see only people whose publication level is
   public. Staff (viewer, researcher, editor, admin) also see internal people. Hidden people
   appear only to editors and admins, and to researchers in statistics (counted, never shown
   by name). Calendars and letter packs only ever contain public people.
2. Which fields: each (audience, purpose) has a ceiling of sensitivity (public_safe <
   internal < restricted). Restricted fields reach only editors and admins, and only in
   profiles and exports.
3. Each purpose also has its own field list (data minimisation): statistics never receive
   names, photos or other identifying fields; calendars receive only what a calendar entry
   needs; letter packs only what a letter needs.
4. Consent is enforced in every channel that leaves the organisation's staff screens
   (public, partner, calendars, letter packs, researcher exports): no photo, birth date cut to
   the year for people who refused birthdays, detention/verdict dates cut to the month for
   people who refused anniversaries, initials ("Citizen R.") and no identifying fields for
   people who asked to be anonymised; anonymised people and people who refused both
   birthdays and anniversaries are left out of calendars; letter packs need the explicit
   ``allow_letters`` consent.
5. Some coarsening applies to everybody: statistics get birth years and detention/verdict
   months, letter packs get the birth year (what an envelope needs), never the full date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.core.vocab import Publication

__all__ = [
    "CONSENT_CHANNELS",
    "FIELDS",
    "LEVELS",
    "PURPOSE_FIELDS",
    "SENSITIVITY_CEILING",
    "Audience",
    "Decision",
    "FieldSpec",
    "PersonRecord",
    "PolicyError",
    "Purpose",
    "Sensitivity",
    "Transform",
    "anonymous_label",
    "decide",
    "explain",
    "policy_table_markdown",
    "render",
    "render_many",
    "update_policy_doc",
]


class PolicyError(ValueError):
    """An unknown audience, purpose or publication level, or a decision applied to the wrong
    person. Raised instead of guessing: the caller shows nothing."""


class Audience(StrEnum):
    PUBLIC = "public"  # anyone on the internet, not logged in
    PARTNER = "partner"  # partner organisations through the API
    VIEWER = "viewer"  # staff/volunteers with read access
    RESEARCHER = "researcher"  # analysts: statistics and exports for submissions
    EDITOR = "editor"  # documentation monitors
    ADMIN = "admin"  # administrators


class Purpose(StrEnum):
    PROFILE = "profile"  # one person's page / API detail
    LIST = "list"  # list pages, search results, API lists
    EXPORT = "export"  # CSV/XLSX/JSON files
    STATISTICS = "statistics"  # input rows for counts and charts
    CALENDAR = "calendar"  # birthdays and anniversaries for days of action
    LETTER_PACK = "letter_pack"  # printable letter-writing packs


class Sensitivity(StrEnum):
    PUBLIC_SAFE = "public_safe"  # may be published for a public person (subject to consent)
    INTERNAL = "internal"  # staff only
    RESTRICTED = "restricted"  # encrypted at rest; editors/admins, profile/export only

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Sensitivity.PUBLIC_SAFE: 0, Sensitivity.INTERNAL: 1, Sensitivity.RESTRICTED: 2}


class Transform(StrEnum):
    """How a visible value is coarsened before it leaves :meth:`Decision.render`."""

    INITIALS = "initials"  # names -> "Citizen R."
    YEAR = "year"  # date -> its year only
    MONTH = "month"  # date -> year and month only


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    sensitivity: Sensitivity
    description: str
    identifying: bool = False  # withheld for anonymised people and from statistics
    date_kind: DateKind | None = None
    photo: bool = False


P, I, R = Sensitivity.PUBLIC_SAFE, Sensitivity.INTERNAL, Sensitivity.RESTRICTED  # noqa: E741

#: The field-sensitivity registry. A field that is not listed here is never rendered.
FIELDS: dict[str, FieldSpec] = {
    "id": FieldSpec(P, "registry identifier (never a name or a slug)"),
    "name": FieldSpec(P, "display name in the preferred script", identifying=True),
    "names": FieldSpec(P, "display names by script (be, ru, latn, ...)", identifying=True),
    "gender": FieldSpec(P, "gender"),
    "birth_date": FieldSpec(P, "birth date (partial)", True, DateKind.BIRTHDAY),
    "photo": FieldSpec(P, "photo", identifying=True, photo=True),
    "region": FieldSpec(P, "home town or region", identifying=True),
    "occupation": FieldSpec(P, "occupation", identifying=True),
    "affiliations": FieldSpec(P, "published affiliations (union, NGO, party)", identifying=True),
    "biography": FieldSpec(P, "published biography text", identifying=True),
    "status": FieldSpec(P, "custody status"),
    "recognition": FieldSpec(P, "recognition as a political prisoner (who, when)"),
    "detention_date": FieldSpec(P, "date of detention", date_kind=DateKind.ANNIVERSARY),
    "verdict_date": FieldSpec(P, "date of verdict", date_kind=DateKind.ANNIVERSARY),
    "release_date": FieldSpec(P, "date of release"),
    "expected_release": FieldSpec(P, "computed expected release"),
    "articles": FieldSpec(P, "criminal-code articles"),
    "sentence": FieldSpec(P, "sentence (term, regime)"),
    "court": FieldSpec(P, "court, judge, prosecutor (public officials)"),
    "place_of_detention": FieldSpec(P, "current place of detention"),
    "postal_address": FieldSpec(P, "postal address of the place of detention", True),
    "letter_rules": FieldSpec(P, "rules for writing to this place"),
    "events": FieldSpec(P, "reviewed published events", identifying=True),
    "sources": FieldSpec(P, "published sources cited (articles, links)"),
    "case_number": FieldSpec(I, "criminal case number"),
    "lawyer": FieldSpec(I, "defence lawyer (lawyers are persecuted too)"),
    "review_status": FieldSpec(I, "review status of the record"),
    "external_ids": FieldSpec(I, "identifiers in other organisations' lists"),
    "tags": FieldSpec(I, "internal tags"),
    "letters_received": FieldSpec(I, "letters sent/answered tracking"),
    "consent": FieldSpec(I, "the consent flags themselves"),
    "relatives": FieldSpec(R, "relatives and their contacts"),
    "contacts": FieldSpec(R, "the person's own contact data"),
    "medical": FieldSpec(R, "medical details"),
    "private_notes": FieldSpec(R, "private notes"),
    "source_identities": FieldSpec(R, "identities of people who gave information"),
}

A = Audience
U = Purpose
_ALL_PURPOSES = tuple(Purpose)

#: Highest sensitivity an (audience, purpose) may receive; ``None`` = purpose not allowed.
SENSITIVITY_CEILING: dict[tuple[Audience, Purpose], Sensitivity | None] = {
    **{(A.PUBLIC, u): P for u in _ALL_PURPOSES},
    **{(A.PARTNER, u): P for u in _ALL_PURPOSES},
    (A.VIEWER, U.PROFILE): I,
    (A.VIEWER, U.LIST): I,
    (A.VIEWER, U.EXPORT): None,  # viewers read on screen; exports are for researchers/editors
    (A.VIEWER, U.STATISTICS): I,
    (A.VIEWER, U.CALENDAR): P,
    (A.VIEWER, U.LETTER_PACK): P,
    (A.RESEARCHER, U.PROFILE): I,
    (A.RESEARCHER, U.LIST): I,
    (A.RESEARCHER, U.EXPORT): I,
    (A.RESEARCHER, U.STATISTICS): I,
    (A.RESEARCHER, U.CALENDAR): P,
    (A.RESEARCHER, U.LETTER_PACK): P,
    **{
        (a, u): c
        for a in (A.EDITOR, A.ADMIN)
        for u, c in {
            U.PROFILE: R,
            U.LIST: I,
            U.EXPORT: R,
            U.STATISTICS: I,
            U.CALENDAR: P,
            U.LETTER_PACK: P,
        }.items()
    },
}

_PUB, _INT, _HID = Publication.PUBLIC, Publication.INTERNAL, Publication.HIDDEN

#: Publication levels of the people an (audience, purpose) may contain at all.
LEVELS: dict[tuple[Audience, Purpose], frozenset[Publication]] = {}
for _a in Audience:
    for _u in Purpose:
        if _a in (A.PUBLIC, A.PARTNER) or _u in (U.CALENDAR, U.LETTER_PACK):
            _levels = {_PUB}
        elif _a in (A.EDITOR, A.ADMIN) or (_a is A.RESEARCHER and _u is U.STATISTICS):
            _levels = {_PUB, _INT, _HID}
        else:
            _levels = {_PUB, _INT}
        LEVELS[(_a, _u)] = frozenset(_levels)

#: (audience, purpose) pairs in which consent flags are enforced: everything that leaves the
#: staff screens. Editor/admin exports are working copies and carry the consent column.
CONSENT_CHANNELS: frozenset[tuple[Audience, Purpose]] = frozenset(
    (a, u)
    for a in Audience
    for u in Purpose
    if a in (A.PUBLIC, A.PARTNER)
    or u in (U.CALENDAR, U.LETTER_PACK)
    or (a is A.RESEARCHER and u is U.EXPORT)
)

#: Fields each purpose may carry at all (``None`` = every field under the ceiling).
PURPOSE_FIELDS: dict[Purpose, frozenset[str] | None] = {
    U.PROFILE: None,
    U.LIST: None,
    U.EXPORT: None,
    U.STATISTICS: frozenset(
        {
            "id", "gender", "birth_date", "region", "occupation", "affiliations", "status",
            "recognition", "detention_date", "verdict_date", "release_date",
            "expected_release", "articles", "sentence", "place_of_detention", "review_status",
        }
    ),
    U.CALENDAR: frozenset(
        {
            "id", "name", "names", "gender", "photo", "birth_date", "detention_date",
            "verdict_date", "status", "place_of_detention", "postal_address",
        }
    ),
    U.LETTER_PACK: frozenset(
        {
            "id", "name", "names", "gender", "photo", "birth_date", "status", "articles",
            "sentence", "place_of_detention", "postal_address", "letter_rules", "biography",
        }
    ),
}  # fmt: skip

#: Coarsening applied in a purpose whatever the consent (data minimisation).
PURPOSE_TRANSFORMS: dict[Purpose, dict[str, Transform]] = {
    U.STATISTICS: {
        "birth_date": Transform.YEAR,
        "detention_date": Transform.MONTH,
        "verdict_date": Transform.MONTH,
    },
    U.LETTER_PACK: {"birth_date": Transform.YEAR},
}

#: How the anonymous label is written, by script key of :attr:`PersonRecord.names`.
ANONYMOUS_PREFIX: dict[str, tuple[str, str]] = {  # script -> (default, female)
    "be": ("Грамадзянін", "Грамадзянка"),
    "ru": ("Гражданин", "Гражданка"),
}
_DEFAULT_PREFIX = ("Citizen", "Citizen")


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """A person as the policy sees it: plain data, no ORM.

    ``names`` maps a script key (``be``, ``ru``, ``latn`` ...) to a display name written
    surname first ("Рыбак Аляксандр"), as the lists in this field are kept; the first entry
    (or ``primary_script``) is the display name. ``fields`` maps field names from
    :data:`FIELDS` to values; keys not in :data:`FIELDS` are never rendered. Values of
    restricted fields may be ciphertext tokens; decrypting them is the caller's job, after the
    policy allowed the field. A consent flag given as ``None`` (unknown) is read protectively:
    ``True`` for the refusals, ``False`` for ``allow_letters``.
    """

    id: int | str
    publication: Publication
    names: Mapping[str, str] = field(default_factory=dict)
    fields: Mapping[str, Any] = field(default_factory=dict)
    no_photo: bool = False
    no_birthday: bool = False
    no_anniversaries: bool = False
    anonymise: bool = False
    allow_letters: bool = False  # opt-in: letters have been used as evidence
    primary_script: str | None = None

    def __post_init__(self) -> None:
        try:
            level = Publication(self.publication)
        except ValueError:
            raise PolicyError(
                f"person {self.id}: unknown publication level {self.publication!r}; "
                f"use one of: {', '.join(p.value for p in Publication)}"
            ) from None
        object.__setattr__(self, "publication", level)
        # Unknown consent (None, e.g. a column not filled in) is read protectively.
        for flag in ("no_photo", "no_birthday", "no_anniversaries", "anonymise"):
            value = getattr(self, flag)
            object.__setattr__(self, flag, True if value is None else bool(value))
        object.__setattr__(self, "allow_letters", bool(self.allow_letters))

    @property
    def display_name(self) -> str:
        if self.primary_script and self.primary_script in self.names:
            return self.names[self.primary_script]
        return next(iter(self.names.values()), "")

    def _consent_key(self) -> tuple[bool, bool, bool, bool, bool]:
        return (
            self.no_photo,
            self.no_birthday,
            self.no_anniversaries,
            self.anonymise,
            self.allow_letters,
        )


def anonymous_label(name: str, script: str = "latn", gender: object = None) -> str:
    """'Рыбак Аляксандр' -> 'Грамадзянін Р.'; 'Rybak Aliaksandr' -> 'Citizen R.'."""
    default, female = ANONYMOUS_PREFIX.get(script, _DEFAULT_PREFIX)
    prefix = female if str(getattr(gender, "value", gender) or "").lower() == "f" else default
    initial = next((c for c in name.strip() if c.isalpha()), "")
    return f"{prefix} {initial.upper()}." if initial else prefix


@dataclass(frozen=True, slots=True)
class Decision:
    """What one audience may see of one person for one purpose.

    ``visible_fields`` is exactly the set of keys :meth:`render` may return.
    """

    audience: Audience
    purpose: Purpose
    person_id: int | str
    visible_fields: frozenset[str]
    transforms: Mapping[str, Transform]
    _fingerprint: tuple[Publication, tuple[bool, bool, bool, bool, bool]] = field(repr=False)
    _order: tuple[str, ...] = field(repr=False, default=())

    @property
    def restricted_fields(self) -> frozenset[str]:
        """Visible fields that are restricted: decrypt these for this response only, and
        record each read (who, when, person, field)."""
        return frozenset(
            f for f in self.visible_fields if FIELDS[f].sensitivity is Sensitivity.RESTRICTED
        )

    def render(self, record: PersonRecord) -> dict[str, Any]:
        """The person as a dict with only the visible keys, values coarsened as decided."""
        if record.id != self.person_id or (
            (record.publication, record._consent_key()) != self._fingerprint
        ):
            raise PolicyError(
                f"decision for person {self.person_id} applied to person {record.id} "
                "or to a changed record; call decide() again"
            )
        return _render(record, self._order, self.transforms)


def _render(
    record: PersonRecord, order: tuple[str, ...], transforms: Mapping[str, Transform]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    fields = record.fields
    for name in order:
        if name == "id":
            out["id"] = record.id
        elif name == "name":
            value = _name_value(record, transforms.get("name"))
            if value:
                out["name"] = value
        elif name == "names":
            if record.names:
                out["names"] = _names_value(record, transforms.get("names"))
        elif name in fields:
            value = fields[name]
            t = transforms.get(name)
            if t is not None and value is not None:
                value = _coarsen(value, t)
                if value is _DROP:
                    continue
            out[name] = value
    return out


_DROP = object()


def _gender(record: PersonRecord) -> object:
    return record.fields.get("gender")


def _name_value(record: PersonRecord, t: Transform | None) -> str:
    name = record.display_name
    if t is Transform.INITIALS:
        script = record.primary_script or next(iter(record.names), "latn")
        return anonymous_label(name, script, _gender(record))
    return name


def _names_value(record: PersonRecord, t: Transform | None) -> dict[str, str]:
    if t is Transform.INITIALS:
        gender = _gender(record)
        return {s: anonymous_label(n, s, gender) for s, n in record.names.items()}
    return dict(record.names)


def _coarsen(value: Any, t: Transform) -> Any:
    """Cut a date to its year or month. Unknown formats are dropped (fail closed)."""
    if t is Transform.INITIALS:
        return _DROP  # only names carry initials
    as_text = isinstance(value, str)
    try:
        if isinstance(value, PartialDate):
            pd = value
        elif isinstance(value, dt.datetime | dt.date):
            pd = PartialDate.from_date(value)
        elif as_text:
            pd = PartialDate.parse(value)
        else:
            return _DROP
    except PartialDateError:
        return _DROP
    month = pd.month if t is Transform.MONTH else None
    cut = PartialDate(pd.year, month, None, pd.approximate)
    return cut.iso() if as_text else cut


def _coerce(audience: Audience | str, purpose: Purpose | str) -> tuple[Audience, Purpose]:
    try:
        a = Audience(audience)
    except ValueError:
        raise PolicyError(f"unknown audience {audience!r}; refusing") from None
    try:
        u = Purpose(purpose)
    except ValueError:
        raise PolicyError(f"unknown purpose {purpose!r}; refusing") from None
    return a, u


@lru_cache(maxsize=4096)
def _template(
    a: Audience,
    u: Purpose,
    level: Publication,
    consent: tuple[bool, bool, bool, bool, bool],
) -> tuple[tuple[str, ...], frozenset[str], Mapping[str, Transform], Mapping[str, str]] | str:
    """(visible fields, transforms, withheld field -> reason) or the reason for exclusion."""
    no_photo, no_birthday, no_anniversaries, anonymise, allow_letters = consent
    ceiling = SENSITIVITY_CEILING.get((a, u))
    if ceiling is None:
        return f"{a.value} may not use {u.value}"
    if level not in LEVELS[(a, u)]:
        return f"a {level.value} person is not shown to {a.value} in {u.value}"
    enforce = (a, u) in CONSENT_CHANNELS
    if enforce and u in (U.CALENDAR, U.LETTER_PACK) and anonymise:
        return f"anonymised people are left out of {u.value}"
    if enforce and u is U.CALENDAR and no_birthday and no_anniversaries:
        return "refused both birthdays and anniversaries: nothing for a calendar"
    if u is U.LETTER_PACK and not allow_letters:
        return "no consent to letter packs"
    allowed = PURPOSE_FIELDS[u]
    transforms: dict[str, Transform] = dict(PURPOSE_TRANSFORMS.get(u, {}))
    visible: list[str] = []
    withheld: dict[str, str] = {}
    for name, spec in FIELDS.items():
        if allowed is not None and name not in allowed:
            withheld[name] = f"not needed for {u.value}"
            continue
        if spec.sensitivity.rank > ceiling.rank:
            withheld[name] = f"{spec.sensitivity.value}: above {ceiling.value} for {a.value}"
            continue
        if enforce:
            if spec.photo and no_photo:
                withheld[name] = "consent: no photo"
                continue
            if anonymise and spec.identifying:
                if name in ("name", "names"):
                    transforms[name] = Transform.INITIALS
                else:
                    withheld[name] = "consent: anonymised"
                    continue
            if spec.date_kind is DateKind.BIRTHDAY and no_birthday:
                if u is U.CALENDAR:
                    withheld[name] = "consent: no birthday"
                    continue
                transforms[name] = Transform.YEAR
            if spec.date_kind is DateKind.ANNIVERSARY and no_anniversaries:
                if u is U.CALENDAR:
                    withheld[name] = "consent: no anniversaries"
                    continue
                if transforms.get(name) is not Transform.YEAR:
                    transforms[name] = Transform.MONTH
        visible.append(name)
    withheld.pop("id", None)
    kept = MappingProxyType({k: v for k, v in transforms.items() if k in visible})
    return tuple(visible), frozenset(visible), kept, MappingProxyType(withheld)


def decide(
    audience: Audience | str, purpose: Purpose | str, record: PersonRecord
) -> Decision | None:
    """The :class:`Decision` for this person, or ``None`` if the person must not appear at all
    in this channel (not in lists, not in counts, not in file names)."""
    a, u = _coerce(audience, purpose)
    if not isinstance(record, PersonRecord):
        raise PolicyError(f"expected a PersonRecord, got {type(record).__name__}")
    t = _template(a, u, record.publication, record._consent_key())
    if isinstance(t, str):
        return None
    order, visible, transforms, _ = t
    return Decision(
        a,
        u,
        record.id,
        visible,
        transforms,
        (record.publication, record._consent_key()),
        order,
    )


def explain(
    audience: Audience | str, purpose: Purpose | str, record: PersonRecord
) -> dict[str, str]:
    """Why fields are withheld (field -> reason), or ``{"*": reason}`` if the person is left
    out. For staff screens ("why is this not on the public page?") and tests."""
    a, u = _coerce(audience, purpose)
    t = _template(a, u, record.publication, record._consent_key())
    if isinstance(t, str):
        return {"*": t}
    return dict(t[3])


def render(
    audience: Audience | str, purpose: Purpose | str, record: PersonRecord
) -> dict[str, Any] | None:
    """``decide(...).render(record)``, or ``None`` when the person must not appear."""
    d = decide(audience, purpose, record)
    return None if d is None else d.render(record)


def render_many(
    audience: Audience | str, purpose: Purpose | str, records: Iterable[PersonRecord]
) -> Iterator[dict[str, Any]]:
    """Render every record the policy allows, silently leaving out the others."""
    a, u = _coerce(audience, purpose)
    for record in records:
        if not isinstance(record, PersonRecord):
            raise PolicyError(f"expected a PersonRecord, got {type(record).__name__}")
        t = _template(a, u, record.publication, record._consent_key())
        if not isinstance(t, str):
            yield _render(record, t[0], t[2])


# ---------------------------------------------------------------------------------------------
# Documentation: the rules as tables (rendered into docs/security.md; a test keeps them equal)

_SHORT = {P: "public_safe", I: "internal", R: "restricted"}


def policy_table_markdown() -> str:
    """The policy as Markdown tables, generated from the rule data above."""
    lines: list[str] = []
    purposes = list(Purpose)
    head = "| audience | " + " | ".join(u.value for u in purposes) + " |"
    sep = "| --- |" + " --- |" * len(purposes)

    lines += [
        "**Table 1 — people and fields.** Each cell: publication levels of the people who "
        "may appear / highest field sensitivity / whether consent flags are enforced "
        "(`C`). `—` = the audience may not use that purpose.",
        "",
        head,
        sep,
    ]
    for a in Audience:
        cells = []
        for u in purposes:
            ceiling = SENSITIVITY_CEILING.get((a, u))
            if ceiling is None:
                cells.append("—")
                continue
            levels = "+".join(p.value for p in Publication if p in LEVELS[(a, u)])
            consent = " · C" if (a, u) in CONSENT_CHANNELS else ""
            cells.append(f"{levels} / {_SHORT[ceiling]}{consent}")
        lines.append(f"| {a.value} | " + " | ".join(cells) + " |")

    lines += [
        "",
        "**Table 2 — fields.** Sensitivity, whether the field identifies a person (withheld "
        "for anonymised people where consent is enforced), consent flags that govern it, and "
        "the purposes that may carry it (each purpose has its own field list).",
        "",
        "| field | sensitivity | identifying | consent | purposes | what |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, spec in FIELDS.items():
        flags: list[str] = []
        if spec.photo:
            flags.append("no_photo")
        if spec.date_kind is DateKind.BIRTHDAY:
            flags.append("no_birthday")
        if spec.date_kind is DateKind.ANNIVERSARY:
            flags.append("no_anniversaries")
        if spec.identifying:
            flags.append("anonymise")
        carried = [
            u.value
            for u in purposes
            if (PURPOSE_FIELDS[u] is None or name in (PURPOSE_FIELDS[u] or ()))
            and any(
                (c := SENSITIVITY_CEILING.get((a, u))) is not None
                and spec.sensitivity.rank <= c.rank
                for a in Audience
            )
        ]
        if name == "id":
            carried = [u.value for u in purposes]
        lines.append(
            f"| `{name}` | {spec.sensitivity.value} | {'yes' if spec.identifying else ''} | "
            f"{', '.join(flags)} | {', '.join(carried)} | {spec.description} |"
        )

    lines += [
        "",
        "**Table 3 — consent flags** (in the channels marked `C` in Table 1).",
        "",
        "| flag | effect |",
        "| --- | --- |",
        "| `no_photo` | photo withheld |",
        "| `no_birthday` | birth date cut to the year; left out of calendars |",
        "| `no_anniversaries` | detention and verdict dates cut to the month; left out of "
        "calendars |",
        "| `no_birthday` + `no_anniversaries` | the person is left out of calendars |",
        '| `anonymise` | names become initials ("Citizen R.", "Грамадзянін Р."); other '
        "identifying fields withheld; left out of calendars and letter packs |",
        "| `allow_letters` (opt-in) | without it the person is left out of letter packs "
        "(every audience) |",
        "",
        "**Table 4 — coarsening for everybody.** "
        + "; ".join(
            f"{u.value}: "
            + ", ".join(f"`{f}` → {t.value}" for f, t in PURPOSE_TRANSFORMS[u].items())
            for u in PURPOSE_TRANSFORMS
        )
        + ".",
    ]
    return "\n".join(lines) + "\n"


_BEGIN = "<!-- BEGIN GENERATED POLICY TABLE"
_END = "<!-- END GENERATED POLICY TABLE -->"


def update_policy_doc(path: str) -> bool:
    """Replace the generated tables between the BEGIN/END markers in ``path`` (e.g.
    ``docs/security.md``). Returns True if the file changed."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    start = text.index(_BEGIN)
    start = text.index("\n", start) + 1
    end = text.index(_END, start)
    new = text[:start] + policy_table_markdown() + text[end:]
    if new == text:
        return False
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(new)
    return True
