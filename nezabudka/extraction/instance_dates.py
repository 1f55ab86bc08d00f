"""A fact told as repeated, dated by the one instance the text dates: "Его не раз сажали в
ШИЗО, последний раз — в январе", "I was sent to the punishment cell four times. The longest
stretch was last February". Used by ``pipeline.extract`` after the other dating passes."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

_KINDS = {"punishment_cell", "hunger_strike", "visits_denied", "medical_neglect"}
# the phrase that singles out one instance, right before its date
_ONE_INSTANCE = scan.compile(
    r"(?:(?:в|у|ў)\s+)?(?:последний|апошні)\s+раз|the (?:last|latest|longest) (?:time|stretch|"
    r"spell|one)(?: was)?|most recently|самый (?:долгий|длинный)(?: срок)?|самы доўгі(?: тэрмін)?",
    re.I,
)
_GAP = scan.compile(r"[\s,—–-]*(?:(?:was|был|быў|была|было)\s+)?[\s,—–-]*")


def last_instance_dates(doc: Doc, claims: list[Claim]) -> None:
    """An undated repeated fact takes the date of the instance named in its sentence after
    it, or at the opening of the next sentence."""
    for c in claims:
        if c.date is not None or c.kind not in _KINDS or not c.dated:
            continue
        i = doc.sentence_of(c.pos)
        stop = doc.sents[i + 1].end if i + 1 < len(doc.sents) else c.sentence.end
        for m in _ONE_INSTANCE.finditer(doc.text, max(c.end, c.pos), stop):
            nxt = i + 1 < len(doc.sents) and m.start() >= doc.sents[i + 1].start
            if nxt and doc.text[doc.sents[i + 1].start : m.start()].strip(" \n—–-"):
                continue  # in the next sentence only as its opening
            gap = _GAP.match(doc.text, m.end())
            at = gap.end() if gap else m.end()
            date = next((d for d in doc.resolved_dates(at, at + 1)), None)
            if date is not None:
                c.date = doc.resolved[date.start]
                c.date_from = date
                break
