"""A relative whose own arrest or sentence a sentence has just told is whom its later clause's
pronoun means: "у Лідзе затрымалі ягонага брата Міхася Р., а ўчора суд аштрафаваў яго", "Па
гэтай жа справе быў асуджаны яго сябар Дзяніс Л.: суд даў яму 6 гадоў". A relative named only
as someone's kin stays out of the focus (see ``attribution.focus``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nezabudka.extraction import scan
from nezabudka.extraction.people import Mention

if TYPE_CHECKING:
    from nezabudka.extraction.attribution import Doc

# the fact's verb right before the kinship phrase: "затрымалі ягонага брата", "быў асуджаны яго
# сябар", "detained his brother", "detained Paddubny's friend"
_FACT_THEN_KIN = scan.compile(
    r"\b(?:затрыма\w*|задержа\w*|арыштава\w*|арестова\w*|асуджа\w*|асудзі\w*|осужд\w*|осуди\w*|"
    r"detained|arrested|sentenced|convicted)\s+(?:(?:[^\W\d_]+(?:['’]s)?|\d{1,3}-[^\W\d_]+)\s+){1,3}$",
    re.I,
)


def kin_in_a_fact(doc: Doc, m: Mention, pos: int) -> bool:
    """Whether relative ``m``, named in an earlier clause of the sentence at ``pos`` right after
    the fact's verb, is the last person named before ``pos``."""
    si = doc.sentence_of(pos)
    if doc.sentence_of(m.start) != si or m.start >= doc.clause_of(pos).start:
        return False
    if any(m.end <= o.start < pos for o in doc.mentions):
        return False
    head = doc.clause_of(m.start)
    return bool(_FACT_THEN_KIN.search(doc.text, max(head.start, m.start - 60), m.start))
