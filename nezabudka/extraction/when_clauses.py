"""A fact told "the same day as" another person's event named in a clause of time: "В тот же
день, когда задержали Олесю, в Минске задержали её брата Романа Г.". The clause retells
Олеся's arrest (her own fact, told before) and dates the brother's; the name inside it is not
the subject (see ``attribution._outside_when_clause``)."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

_SAME_DAY_WHEN = scan.compile(
    r"\b(?:the same day|on the same day|в тот же день|в этот же день|[уў] той жа дзень|"
    r"[уў] гэты ж дзень),?\s+(?:when|когда|калі)\b[^,.;:!?]*,",
    re.I,
)


def same_day_when(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The facts inside such a clause that retell an event of the person told before are
    dropped; that event's date dates the facts of the rest of the sentence."""
    if not any(
        w in doc.text.lower()
        for w in ("same day", "тот же день", "этот же день", "жа дзень", "ж дзень")
    ):
        return claims
    dropped: set[int] = set()
    for w in _SAME_DAY_WHEN.finditer(doc.text):
        told = [c for c in claims if w.start() <= c.pos < w.end() and c.person >= 0]
        for c in told:
            earlier = [
                o
                for o in claims
                if o.person == c.person and o.kind == c.kind and o.pos < w.start() and o.date
            ]
            if not earlier:
                continue
            dropped.add(id(c))
            sent = doc.sents[doc.sentence_of(w.start())]
            for o in claims:
                if w.end() <= o.pos < sent.end and o.person != c.person and o.kind == c.kind:
                    o.date = earlier[-1].date
    return [c for c in claims if id(c) not in dropped]


def without_when(sentence: str) -> str:
    """The sentence less its "the same day as" clauses: "У той жа дзень, калі абвясцілі прысуд,
    … суд аштрафаваў яго" names the verdict of another, not a criminal fine."""
    return _SAME_DAY_WHEN.sub(" ", sentence)
