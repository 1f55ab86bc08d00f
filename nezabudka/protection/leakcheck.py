"""Leak checking for output channels: does a page, an API response, an export file or a file
name contain anything the publication policy withholds?

For the application's channel tests (public HTML, API as each role, every export format):
fill a registry with people whose values are distinctive (:func:`sentinel_names`,
:func:`sentinel_fields`), render the channel, and call :func:`find_leaks` on its output with
the same :class:`~nezabudka.protection.policy.PersonRecord` objects. The checker looks for

- every name and string value of a person who must not appear in that channel at all;
- values of withheld fields;
- the real names of anonymised people (whole names and each word of them);
- full dates where the policy cut them to a month or a year (``1985-03-14``,
  ``14.03.1985``, ``1985-03`` ...);

in the raw text and in its JSON-escaped, HTML-escaped and URL-quoted forms. A value that some
other person legitimately shows in the same output is not reported (no false alarms), so
give every person distinctive values. Counts are checked with :func:`expected_ids`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.protection.policy import (
    FIELDS,
    Audience,
    PersonRecord,
    Purpose,
    Transform,
    decide,
)

__all__ = [
    "LeakChecker",
    "expected_ids",
    "find_leaks",
    "sentinel_fields",
    "sentinel_names",
    "visible_strings",
    "withheld_needles",
]

MIN_NEEDLE = 4  # shorter strings ("m", "f", "2021") would match by accident


def sentinel_names(person_id: int | str) -> dict[str, str]:
    """Distinctive names in three scripts (surname first)."""
    return {
        "be": f"Прозвішча{person_id}ж Імя{person_id}ж",
        "ru": f"Фамилия{person_id}щ Имя{person_id}щ",
        "latn": f"Surname{person_id}q Given{person_id}q",
    }


def sentinel_fields(person_id: int) -> dict[str, Any]:
    """A distinctive value for every registered field (dates distinct per person)."""
    base = dt.date(1950, 1, 1) + dt.timedelta(days=37 * int(person_id))
    out: dict[str, Any] = {}
    for name, spec in FIELDS.items():
        if name in ("id", "name", "names"):
            continue
        if spec.date_kind is not None or name in ("release_date", "expected_release"):
            offset = {"birth_date": 0, "detention_date": 11000, "verdict_date": 11200}
            out[name] = PartialDate.from_date(base + dt.timedelta(days=offset.get(name, 11500)))
        elif name == "gender":
            out[name] = "f" if int(person_id) % 2 else "m"
        else:
            out[name] = f"{name}-v{person_id}-q"
    return out


def _date(value: Any) -> PartialDate | None:
    try:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime | dt.date):
            return PartialDate.from_date(value)
        if isinstance(value, str):
            return PartialDate.parse(value)
    except PartialDateError:
        return None
    return None


def _date_forms(pd: PartialDate, finer_than: Transform | None) -> list[str]:
    """Text forms of the date more precise than ``finer_than`` allows (None: all forms that
    carry at least a month)."""
    forms: list[str] = []
    if pd.month is not None and finer_than is not Transform.MONTH:
        forms += [f"{pd.year:04d}-{pd.month:02d}", f"{pd.month:02d}.{pd.year:04d}"]
    if pd.day is not None and pd.month is not None:
        forms += [
            f"{pd.year:04d}-{pd.month:02d}-{pd.day:02d}",
            f"{pd.day:02d}.{pd.month:02d}.{pd.year:04d}",
        ]
    return forms


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        pd = _date(value)
        if pd is not None:
            yield from _date_forms(pd, None)
    elif isinstance(value, PartialDate | dt.date):
        pd = _date(value)
        if pd is not None:
            yield pd.iso()
            yield from _date_forms(pd, None)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _strings(v)


def _name_needles(record: PersonRecord) -> Iterator[str]:
    for name in record.names.values():
        yield name
        yield from (w for w in name.split() if len(w) >= MIN_NEEDLE)


def withheld_needles(
    audience: Audience | str, purpose: Purpose | str, record: PersonRecord
) -> dict[str, str]:
    """Strings that must not appear in this channel for this person -> what they are."""
    d = decide(audience, purpose, record)
    needles: dict[str, str] = {}

    def add(strings: Iterable[str], what: str) -> None:
        for s in strings:
            if len(s) >= MIN_NEEDLE and s not in needles:
                needles[s] = what

    if d is None:
        add(_name_needles(record), "name of a person who must not appear")
        for f, v in record.fields.items():
            add(_strings(v), f"{f} of a person who must not appear")
        return needles
    if d.transforms.get("name") is Transform.INITIALS:
        add(_name_needles(record), "real name of an anonymised person")
    elif "name" not in d.visible_fields:
        add(_name_needles(record), f"name (not shown in {d.purpose})")
    for f, v in record.fields.items():
        if f not in d.visible_fields or f in ("name", "names", "id"):
            add(_strings(v), f"withheld field {f}")
            continue
        t = d.transforms.get(f)
        if t in (Transform.YEAR, Transform.MONTH):
            pd = _date(v)
            if pd is None:  # cannot be coarsened: render drops it
                add(_strings(v), f"withheld field {f} (not a date)")
            else:
                add(_date_forms(pd, t), f"{f} more precise than {t}")
    return needles


def visible_strings(
    audience: Audience | str, purpose: Purpose | str, record: PersonRecord
) -> set[str]:
    """Strings the policy lets this person show in this channel."""
    d = decide(audience, purpose, record)
    if d is None:
        return set()
    return set(_strings(d.render(record)))


@lru_cache(maxsize=65536)
def _variants(needle: str) -> tuple[str, ...]:
    return tuple(
        {
            needle,
            json.dumps(needle)[1:-1],
            json.dumps(needle, ensure_ascii=False)[1:-1],
            html.escape(needle),
            html.escape(needle, quote=False),
            urllib.parse.quote(needle),
            urllib.parse.quote_plus(needle),
        }
    )


class LeakChecker:
    """Precomputed needles for one channel (audience, purpose) over a set of people; call it
    on each output of that channel (page, JSON, CSV, file names)."""

    def __init__(
        self, audience: Audience | str, purpose: Purpose | str, records: Iterable[PersonRecord]
    ):
        people = list(records)
        allowed = "\x00".join(s for r in people for s in visible_strings(audience, purpose, r))
        self.needles: list[tuple[int | str, str, str, tuple[str, ...]]] = []
        for r in people:
            for needle, what in withheld_needles(audience, purpose, r).items():
                if needle in allowed:
                    continue  # someone else shows the same text legitimately
                self.needles.append((r.id, needle, what, _variants(needle)))

    def __call__(self, output: str | bytes) -> list[str]:
        text = output.decode("utf-8", "replace") if isinstance(output, bytes) else output
        return [
            f"person {pid}: {what} ({needle!r}) appears in the output"
            for pid, needle, what, variants in self.needles
            if any(v in text for v in variants)
        ]


def find_leaks(
    output: str | bytes,
    audience: Audience | str,
    purpose: Purpose | str,
    records: Iterable[PersonRecord],
) -> list[str]:
    """Messages naming each withheld value found in ``output`` (empty list: no leak)."""
    return LeakChecker(audience, purpose, records)(output)


def expected_ids(
    audience: Audience | str, purpose: Purpose | str, records: Iterable[PersonRecord]
) -> list[int | str]:
    """Ids of the people who may appear (compare with counts and rows shown)."""
    return [r.id for r in records if decide(audience, purpose, r) is not None]
