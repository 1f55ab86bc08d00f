"""A dismissal told by its order ("Через неделю главврач Сергей Г. подписал приказ о её
увольнении"): the one named in the clause signed it; the one dismissed is whom the possessive
means, the person told of before the clause."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc, eligible
from nezabudka.extraction.suggestion import Claim

# "приказ о её увольнении", "загад пра яго звальненне": (the order word, the pronoun)
_ORDER_OF = scan.compile(
    r"(?:приказ\w*|загад\w*|сообщил\w*|паведамі\w+)\s+(?:\w+\s+){0,2}?(?:об?|пра)\s+"
    r"(?P<pron>его|её|ее|яго|яе)\s+(?:увольнени|звальненн)",
    re.I,
)
_FEMININE = ("её", "ее", "яе")


def dismissal_orders(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        m = _ORDER_OF.match(doc.text, c.pos)
        if c.kind != "dismissed" or m is None or c.person < 0:
            continue
        # the claim's person named in the clause before the order: the signer, not the one
        if not any(
            mm.person == c.person and c.clause.start <= mm.start < c.pos for mm in doc.mentions
        ):
            continue
        want = "f" if m.group("pron").lower() in _FEMININE else "m"
        before = [
            mm.person
            for mm in doc.mentions
            if mm.start < c.clause.start
            and eligible(doc, mm)
            and not (mm.speaker or mm.relative or mm.cited)
            and mm.person != c.person
            and doc.people[mm.person].gender == want
        ]
        if before:
            c.person = before[-1]
