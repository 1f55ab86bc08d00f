"""A fact as plain data: what importers, extraction and forms produce and the registry stores.

``FactData`` is framework-free; ``validate()`` collects every problem at once (field → message)
so that a form or an import row can report them together; ``identity()`` says when two facts
state the same thing (so re-importing adds a citation instead of a duplicate fact).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from nezabudka.core.articles import ArticleError, parse_article
from nezabudka.core.dates import PartialDate
from nezabudka.core.vocab import (
    EventType,
    FactKind,
    Gender,
    NameKind,
    Regime,
    ReleaseHow,
    ReviewStatus,
    Status,
)

# Which typed fields each kind may carry (beyond kind/subtype/status/details/citations).
KIND_FIELDS: dict[FactKind, frozenset[str]] = {
    FactKind.NAME: frozenset({"value"}),
    FactKind.BIRTH_DATE: frozenset({"date"}),
    FactKind.GENDER: frozenset({"value"}),
    FactKind.OCCUPATION: frozenset({"value", "date", "end_date", "organisation"}),
    FactKind.AFFILIATION: frozenset({"value", "date", "end_date", "organisation"}),
    FactKind.STATUS: frozenset({"value", "date"}),
    FactKind.CHARGE: frozenset({"article_ref", "date", "proceedings"}),
    FactKind.TRIAL: frozenset({"value", "date", "proceedings"}),
    FactKind.SENTENCE: frozenset({"years", "months", "regime", "date", "proceedings"}),
    FactKind.APPEAL: frozenset({"value", "date", "proceedings"}),
    FactKind.CUSTODY: frozenset({"place_key", "value", "date", "end_date"}),
    FactKind.EVENT: frozenset({"value", "date", "end_date", "place_key"}),
    FactKind.RECOGNITION: frozenset({"value", "date", "organisation"}),
    FactKind.NOTE: frozenset({"value", "date"}),
}

_SUBTYPES: dict[FactKind, set[str]] = {
    FactKind.NAME: {k.value for k in NameKind},
    FactKind.EVENT: {e.value for e in EventType},
}


@dataclass(frozen=True)
class FactData:
    kind: str
    subtype: str = ""
    value: str = ""
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    article_ref: str = ""  # canonical ArticleRef text
    place_key: str = ""  # PlaceOfDetention.key within the person's country
    organisation: str = ""  # organisation name
    years: int | None = None
    months: int | None = None
    regime: str = ""
    proceedings: str = ""  # label of the person's proceedings this fact belongs to
    details: dict[str, Any] = field(default_factory=dict)
    status: str = ReviewStatus.ACCEPTED.value

    def validate(self) -> dict[str, str]:
        """Every problem, as field → message saying how to fix it."""
        errors: dict[str, str] = {}
        try:
            kind = FactKind(self.kind)
        except ValueError:
            return {
                "kind": f"unknown fact kind {self.kind!r}; use one of "
                + ", ".join(k.value for k in FactKind)
            }
        allowed = KIND_FIELDS[kind]
        for name in (
            "value",
            "date",
            "end_date",
            "article_ref",
            "place_key",
            "organisation",
            "years",
            "months",
            "regime",
            "proceedings",
        ):
            if getattr(self, name) not in (None, "") and name not in allowed:
                errors[name] = f"a {kind.value} fact has no {name}"
        if kind in _SUBTYPES and self.subtype and self.subtype not in _SUBTYPES[kind]:
            errors["subtype"] = (
                f"unknown {kind.value} type {self.subtype!r}; use one of "
                + ", ".join(sorted(_SUBTYPES[kind]))
            )
        if kind == FactKind.EVENT and not self.subtype:
            errors["subtype"] = "an event needs its type (e.g. hunger_strike)"
        if kind in (FactKind.NAME, FactKind.OCCUPATION, FactKind.NOTE) and not self.value.strip():
            errors["value"] = f"a {kind.value} fact needs text"
        if kind == FactKind.BIRTH_DATE and self.date is None:
            errors["date"] = "a birth date fact needs a date"
        if kind == FactKind.GENDER and self.value not in {g.value for g in Gender}:
            errors["value"] = "gender must be f, m or x"
        if kind == FactKind.STATUS and self.value not in {s.value for s in Status}:
            errors["value"] = "status must be one of " + ", ".join(s.value for s in Status)
        if kind == FactKind.CHARGE:
            try:
                parse_article(self.article_ref)
            except ArticleError as e:
                errors["article_ref"] = str(e)
        if kind == FactKind.CUSTODY and not (self.place_key or self.value):
            errors["place_key"] = "a custody stay needs a place of detention"
        if kind == FactKind.SENTENCE:
            if self.regime and self.regime not in {r.value for r in Regime}:
                errors["regime"] = "unknown regime; use one of " + ", ".join(
                    r.value for r in Regime
                )
            if self.months is not None and not 0 <= self.months < 12:
                errors["months"] = "months must be 0-11 (put whole years in years)"
        how = self.details.get("how")
        if how and how not in {h.value for h in ReleaseHow}:
            errors["details.how"] = "release 'how' must be one of " + ", ".join(ReleaseHow)
        if self.date and self.end_date and self.end_date.latest() < self.date.earliest():
            errors["end_date"] = f"ends ({self.end_date}) before it starts ({self.date})"
        if self.status not in {s.value for s in ReviewStatus}:
            errors["status"] = "unknown review status"
        return errors

    def identity(self) -> tuple[Any, ...]:
        """What makes two facts 'the same statement' (status and details excluded)."""
        return (
            self.kind,
            self.subtype,
            " ".join(self.value.split()).casefold(),
            self.date.iso() if self.date else "",
            self.end_date.iso() if self.end_date else "",
            self.article_ref,
            self.place_key,
            self.organisation.casefold(),
            self.years,
            self.months,
            self.regime,
            self.proceedings,
        )

    def to_json(self) -> dict[str, Any]:
        """Compact JSON: empty fields left out."""
        out: dict[str, Any] = {}
        for key, val in asdict(self).items():
            if key in ("date", "end_date"):
                val = getattr(self, key).iso() if getattr(self, key) else None
            if val not in (None, "", {}):
                out[key] = val
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FactData:
        """Inverse of to_json; raises ValueError/KeyError with the offending field."""
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown fact field(s): {', '.join(sorted(unknown))}")
        values = dict(data)
        for key in ("date", "end_date"):
            if values.get(key):
                values[key] = PartialDate.parse(values[key])
        return cls(**values)
