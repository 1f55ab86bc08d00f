"""Facts a report implies rather than states with a trigger of their own: the arrest an
interview's story opens with, and the arrest of those taken "together with" someone."""

from __future__ import annotations

import dataclasses
import re

from nezabudka.extraction.attribution import TOGETHER_WITH_WORDS, Doc
from nezabudka.extraction.interview import STORY_START, first_person
from nezabudka.extraction.suggestion import Claim

_THIRD_PERSON = re.compile(r"\b(?:him|her|his|them|его|её|ее|их|яго|яе|іх)\b", re.I)


def story_start(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "— How did it all start? — On 2 June 2022. Officers came to the bakery…": the
    interviewee's arrest, dated by the answer's first sentence when no other fact is told
    there (made after the other claims are dated, so that no date before the question is
    taken). Not when the answer tells of someone else ("They came for him"): a relative's
    interview."""
    iv = doc.interview
    if iv is None:
        return []
    out = []
    for a, b in iv.questions:
        answer = iv.answer_after(b)
        if not STORY_START.search(doc.text, a, b) or answer is None:
            continue
        said = doc.sents[doc.sentence_of(answer[0] + 2)]
        if _THIRD_PERSON.search(said.text) and not first_person(said.text):
            continue
        sent = doc.sents[doc.sentence_of(a)]
        claim = Claim("detained", iv.interviewee, a, sent, doc.clause_of(a), end=b)
        when = [
            d for d in doc.dates if said.start <= d.start < said.end and d.start in doc.resolved
        ]
        if when and not any(said.start <= c.pos < said.end for c in claims):
            claim.date = doc.resolved[when[0].start]
        out.append(claim)
    return out


# "…was detained in December 2022 together with his son Dzianis R. and their neighbour Ales
# K.", "забрали 14 февраля, вместе с его друзьями Ильёй В. и Дмитрием С.": the first companion
# comes after up to three words, the next ones after "and" or a comma and up to three words
_TOGETHER = re.compile(rf"\b(?:{TOGETHER_WITH_WORDS})\s+(?:[^\W\d_]+\s+){{0,3}}$", re.I)
_AND_NEXT = re.compile(
    r"^\s*(?:,\s*(?:and\s+|и\s+|і\s+)?|\s(?:and|и|і)\s+)(?:[^\W\d_]+\s+){0,3}$", re.I
)


def arrested_together(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The people named after "together with" in a detention's sentence, after its trigger,
    share the detention and its date, unless they have an arrest of their own."""
    out: list[Claim] = []
    arrested = {c.person for c in claims if c.kind == "detained"}
    for c in claims:
        if c.kind != "detained":
            continue
        s = c.sentence
        after = sorted(
            (m for m in doc.mentions if c.pos < m.start < s.end and m.person != c.person),
            key=lambda m: m.start,
        )
        companions: list[int] = []
        prev_end = -1
        for m in after:
            if prev_end < 0:
                if not _TOGETHER.search(doc.text, max(c.pos, m.start - 60), m.start):
                    continue
            elif not _AND_NEXT.match(doc.text[prev_end : m.start]):
                break
            companions.append(m.person)
            prev_end = m.end
        for p in companions:
            if p in arrested or doc.people[p].titled:
                continue
            arrested.add(p)
            out.append(dataclasses.replace(c, person=p))
    return out
