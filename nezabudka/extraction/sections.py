"""A digest's dated section headings and the facts under them.

Weekly digests and chronicles group their items under lines such as "10–16 June 2024",
"🗓 12 марта" or "Хроніка 11–17 сакавіка 2024". An item that gives no date of its own happened
within its section: on the heading's day, or within the heading's month when the heading is a
range of days inside one month. A range over two months dates nothing, and a charge takes no
date from a heading (only a sentence saying when it was brought dates a charge). A dated title
("Weekly digest, 6–12 November 2023", "Итоги марта 2026 года") is the heading of the whole
report, but not of what the report tells as having come before its period: the term a released
person had served, a state "since March" or "for months", denied care or letters told as a state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

# "10–16 June", "3-9 июня", "з 11 па 17 сакавіка": a range of days in one month
_DAY_RANGE = scan.compile(
    r"\b[0-3]?\d\s*(?:[–—-]|по|па|to|until)\s*[0-3]?\d(?:st|nd|rd|th)?\s+[^\W\d_]{3,}|"
    # "March 4–10, 2024", "04.03–10.03.2024"
    r"\b[^\W\d_]{3,}\s+[0-3]?\d\s*[–—-]\s*[0-3]?\d\b|"
    r"\b[0-3]?\d\.(?P<m1>[01]?\d)\.?\s*[–—-]\s*[0-3]?\d\.(?P=m1)\b",
    re.I,
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


def _is_title(text: str, section: Section) -> bool:
    """The report's first line ("Weekly digest: 6–12 November 2023", "Итоги марта 2026 года"):
    a title that gives the period the whole report covers. A lead-in ending in a colon
    ("Публикуем сообщение адвоката, полученное вчера:") is no title."""
    line = text[section.start : section.body].strip()
    # "Хроніка пераследу\n3 кастрычніка 2024": a dated line right under an undated title
    before = text[: section.start].strip()
    under_title = (
        "\n" not in before and len(before) <= _MAX_HEADING and not before.endswith((".", ":"))
    )
    return (not before or under_title) and not line.endswith(":")


def find_sections(doc: Doc, claims: list[Claim]) -> list[Section]:
    """Heading lines: short, with a date and neither a named person nor a fact in them. One
    such line alone is a section only when it is the report's title (its first line): a
    digest's "Weekly digest, 13–19 May 2024" covers every item below it, while a dated line
    further down is a dateline or an aside."""
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
        months = {(doc.resolved[d.start].year, doc.resolved[d.start].month) for d in mentions}
        if len(mentions) > 1 and len(months) == 1 and date is not None:
            date = PartialDate(date.year, date.month, None)  # "4.03.2024 – 10.03.2024"
        elif len(mentions) > 1:
            date = None  # "30 September – 6 October 2024"
        elif date is not None and _DAY_RANGE.search(line):
            date = PartialDate(date.year, date.month, None)
        found.append(Section(start, end + 1, date, tuple(d.start for d in mentions)))
    if len(found) == 1 and not _is_title(doc.text, found[0]):
        return []
    return found


# a state that began before the period: "in custody since March", "с тех пор не получает писем"
_SINCE = scan.compile(
    r"\b(?:since|с тех пор|з таго часу|с (?:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря)|са? (?:студзеня|лютага|сакавіка|красавіка|мая|траўня|"
    r"чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня))\b",
    re.I,
)
_ASIDE = scan.compile(r",[^,]{3,60},")
# background told over the whole imprisonment: "while in custody she was placed in the punishment
# cell at least four times", "after being placed in a punishment cell several times"
_OVER_THE_YEARS = scan.compile(
    r"\b(?:while in custody|during (?:his|her) (?:imprisonment|time)|(?:several|many|\w+) times|"
    r"неоднократно|не раз|многократно|за время (?:заключения|отбывания)|некалькі разоў|шмат разоў|"
    r"неаднойчы|за час (?:зняволення|адбыцця))\b",
    re.I,
)
# "has not received a letter for months", "уже месяц без писем"
_FOR_A_WHILE = scan.compile(
    r"\b(?:for (?:several |many |two |three )?(?:weeks|months|years)|месяцами|неделями|уже (?:\w+ )?"
    r"(?:недел|месяц|год)\w*|ужо (?:\w+ )?(?:тыдн|месяц|год)\w*|месяцамі|тыднямі)\b",
    re.I,
)
# a denial told as one event of the period ("his mother was refused a visit"), not a state
_REFUSED = scan.compile(
    r"\b(?:refus|denied|cancel|not allowed|отказ|не дал|не разреш|не пустил|адмов|не дазвол|не пусц)",
    re.I,
)

# care refused once within the period ("has been refused an examination"), not a refusal that
# goes on ("refuses to treat", "is being denied treatment") or began before ("still", "earlier")
_ONE_REFUSAL = scan.compile(
    r"\b(?:(?:has|have|had) been|was|were) (?:refused|denied)\b|\b(?:отказали|адмовілі)\b", re.I
)
_STILL = scan.compile(
    r"\b(?:still|repeatedly|earlier|again and again|по-прежнему|до сих пор|ранее|раней|"
    r"па-ранейшаму|дагэтуль|неоднократно|неаднойчы)\b",
    re.I,
)


def _before_the_period(doc: Doc, c: Claim, claims: list[Claim], title: bool) -> bool:
    """What a heading does not date: the term a released person had served ("walked free on
    16 May after serving his full term: 18 months"), a state that began earlier ("in custody
    since March", "no letters for months"), and, under a title that covers the whole report,
    denied care and denied letters told as a state rather than as one refusal."""
    item_end = doc.text.find("\n", c.pos)
    item = doc.text.rfind("\n", 0, c.pos) + 1, item_end if item_end >= 0 else len(doc.text)
    if (
        c.kind == "sentenced"
        and (c.years or c.months)
        and any(
            o.kind == "released" and o.person == c.person and item[0] <= o.pos < item[1]
            for o in claims
        )
    ):
        return True
    # an aside between commas ("Maryna, in custody since March, has again been …") is not the fact
    clause = _ASIDE.sub(" ", doc.text[c.clause.start : c.clause.end])
    if _SINCE.search(clause) or _OVER_THE_YEARS.search(clause):
        return True
    if c.kind in {"visits_denied", "medical_neglect"} and _FOR_A_WHILE.search(clause):
        return True
    if title and c.kind == "medical_neglect":
        return not _ONE_REFUSAL.search(clause) or bool(_STILL.search(clause))
    return title and c.kind == "visits_denied" and not _REFUSED.search(clause)


def section_dates(doc: Doc, claims: list[Claim], sections: list[Section]) -> None:
    """Undated facts take the date of the section they are told in."""
    for i, s in enumerate(sections):
        if s.date is None:
            continue
        stop = sections[i + 1].start if i + 1 < len(sections) else len(doc.text)
        for c in claims:
            # "14–20 October 2024 … recognized this week": the heading's week, not the
            # publication's
            this_week = (
                c.date_from is not None
                and c.date_from.relative is not None
                and c.date_from.relative.unit == "weekmonth"
            )
            if (
                s.body <= c.pos < stop
                and (c.date is None or this_week)
                and c.pending is None
                and c.dated
                and c.kind not in UNDATED_BY_HEADING
                and not _before_the_period(doc, c, claims, len(sections) == 1)
            ):
                c.date = s.date
