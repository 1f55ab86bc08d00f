"""A digest's dated section headings and the facts under them.

Weekly digests and chronicles group their items under lines such as "10–16 June 2024",
"🗓 12 марта" or "Хроніка 11–17 сакавіка 2024". An item that gives no date of its own happened
within its section: on the heading's day, or within the heading's month when the heading is a
range of days inside one month. A range over two months dates nothing, and a charge takes no
date from a heading (only a sentence saying when it was brought dates a charge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka.core.dates import PartialDate
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

# "10–16 June", "3-9 июня", "з 11 па 17 сакавіка": a range of days in one month
_DAY_RANGE = re.compile(
    r"\b[0-3]?\d\s*(?:[–—-]|по|па|to|until)\s*[0-3]?\d(?:st|nd|rd|th)?\s+[^\W\d_]{3,}", re.I
)
_MAX_HEADING = 100
UNDATED_BY_HEADING = {"held_at", "charged"}


@dataclass(frozen=True, slots=True)
class Section:
    start: int  # the heading line
    body: int  # where the items under it begin
    date: PartialDate | None  # the day, or the month of a range of days; None over two months
    heading_dates: tuple[int, ...]  # starts of the date mentions in the heading


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def find_sections(doc: Doc, claims: list[Claim]) -> list[Section]:
    """Heading lines: short, with a date and neither a named person nor a fact in them; at
    least two of them. A single dated line is a news story's dateline or a digest's title, and
    the gold reports written before the convention was settled leave the items under a title
    ("Weekly digest, 13–19 May 2024") undated."""
    found: list[Section] = []
    for start, end in _lines(doc.text):
        line = doc.text[start:end].strip()
        if not line or len(line) > _MAX_HEADING or line.endswith((".", "!", "?")):
            continue
        mentions = doc.resolved_dates(start, end)
        if not mentions or any(doc.resolved[d.start].month is None for d in mentions):
            continue
        if any(start <= m.start < end for m in doc.mentions) or any(
            start <= c.pos < end for c in claims
        ):
            continue
        date: PartialDate | None = doc.resolved[mentions[0].start]
        if len(mentions) > 1:
            date = None  # "30 September – 6 October 2024"
        elif date is not None and _DAY_RANGE.search(line):
            date = PartialDate(date.year, date.month, None)
        found.append(Section(start, end + 1, date, tuple(d.start for d in mentions)))
    if len(found) < 2:
        return []  # one dated line: a dateline or a title, not a digest's sections
    return found


def section_dates(doc: Doc, claims: list[Claim], sections: list[Section]) -> None:
    """Undated facts take the date of the section they are told in."""
    for i, s in enumerate(sections):
        if s.date is None:
            continue
        stop = sections[i + 1].start if i + 1 < len(sections) else len(doc.text)
        for c in claims:
            if (
                s.body <= c.pos < stop
                and c.date is None
                and c.pending is None
                and c.dated
                and c.kind not in UNDATED_BY_HEADING
            ):
                c.date = s.date
