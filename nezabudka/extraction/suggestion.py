"""One suggested claim while the pipeline works on it: its person, kind, fields, and
where its trigger, clause and sentence lie in the text (for the quote and for dating)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.dates import DateMention
from nezabudka.extraction.segment import Span

_QUOTE_MAX = 400  # characters of a quoted passage
# how a date is tied to a trigger (see Claim.distance)
_COORDINATOR = scan.compile(r",|\b(?:and|but|и|а|і|але)\b", re.I)
_DATE_PREPOSITION = scan.compile(r"\b(?:since|from|until|с|со|до|з|да)\s*$", re.I)
_SUBORDINATOR = scan.compile(
    r"\b(?:after|before|following|since|until|then|later|afterwards|because|после|перед|пасля|перад|"
    r"затем|потом|потым|потому|поскольку|таму|бо)\b",
    re.I,
)


@dataclass(slots=True)
class Claim:
    kind: str
    person: int
    pos: int  # where the claim's trigger is
    sentence: Span
    clause: Span
    date: PartialDate | None = None
    pending: DateMention | None = None  # relative date anchored on a person
    article: str | None = None
    years: int | None = None
    months: int | None = None
    regime: str | None = None
    facility: dict[str, Any] | None = None
    how: str | None = None
    dated: bool = True  # may take a date from the sentence
    end: int = -1  # end of the trigger
    date_from: DateMention | None = None  # the mention the date came from

    def distance(self, text: str, start: int, end: int) -> int:
        """How far a date is from this claim's trigger; a subordinator in between ("after",
        "пасля") puts the date with another clause."""
        t_end = self.end if self.end > self.pos else self.pos + 1
        if end <= self.pos:
            gap, between = self.pos - end, text[end : self.pos]
        elif start >= t_end:
            gap, between = start - t_end, text[t_end:start]
            # "refusing food since 28 March": the date's own preposition binds it to this claim
            between = _DATE_PREPOSITION.sub("", between)
        else:
            return 0
        if _SUBORDINATOR.search(between):
            gap += 1000
        # "detained on 10 March and fined": a comma or "and" in between loosens the tie
        if _COORDINATOR.search(between):
            gap += 30
        return gap

    def key(self) -> tuple[Any, ...]:
        fac = tuple(self.facility.values()) if self.facility else None
        return (
            self.person,
            self.kind,
            self.article,
            self.years,
            self.months,
            self.regime,
            fac,
            self.how,
        )

    def to_json(self, text: str) -> dict[str, Any]:
        quote = self.sentence.text
        if len(quote) > _QUOTE_MAX:
            a = max(self.sentence.start, self.pos - _QUOTE_MAX // 2)
            quote = text[a : min(self.sentence.end, a + _QUOTE_MAX)]
        out: dict[str, Any] = {"kind": self.kind, "quote": quote.strip()}
        if self.date is not None:
            out["date"] = PartialDate(self.date.year, self.date.month, self.date.day).iso()
        for k in ("article", "years", "months", "regime", "facility", "how"):
            v = getattr(self, k)
            if v is not None:
                out[k] = v
        return out
