"""Administrative arrests told as served, by a participle ("Ольгу К., отбывшую в июне 10 суток
административного ареста, уволили"): the detention the triggers of ``claims.py`` find, tidied
before the claims are dated."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

_SERVED = scan.compile(r"(?:отбывш|отсидевш|адбыўш|адсядзеўш)\w*", re.I)
# "ранее отбывшую 10 суток ареста", "раней адбыўшага": background, not the report's news
_EARLIER = scan.compile(r"\b(?:ранее|раньше|раней|раніей|прежде)\s*$", re.I)


def served_arrests(doc: Doc, claims: list[Claim]) -> None:
    """Drop the served arrest of a person whose detention the same sentence tells already
    ("задержанную в феврале и отбывшую 15 суток ареста" is one arrest, dated by "в феврале"),
    and leave one told as earlier undated."""
    text = doc.text
    for c in list(claims):
        if c.kind != "detained" or not _SERVED.match(text, c.pos):
            continue
        if any(
            o is not c
            and o.kind == "detained"
            and o.person == c.person
            and o.sentence.start == c.sentence.start
            for o in claims
        ):
            claims.remove(c)
        elif _EARLIER.search(text, max(0, c.pos - 12), c.pos):
            c.dated = False
