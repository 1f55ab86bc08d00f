"""Facts a question-and-answer interview tells in its questions: whose they are (the
interviewee's, or the person the question names) and the date the answer gives them ("— Как
вас задержали? — Прямо на работе, 19 января 2021 года."), one stay for each month an answer
lists. Moved out of ``dating.py``."""

from __future__ import annotations

import dataclasses
import re

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.dates import DateMention
from nezabudka.extraction.dating import DATELESS
from nezabudka.extraction.interview import ADDRESSEE, STORY_START
from nezabudka.extraction.suggestion import Claim

_LIST_LINK = scan.compile(r"\s*(?:,|and|и|і|,\s*and)\s+(?:(?:in|в|у|ў|во|on)\s+)?$", re.I)


def _listed_after(doc: Doc, first: DateMention) -> list[DateMention]:
    """The dates listed after ``first`` ("in May, in August and in December 2024")."""
    listed, last = [], first
    for d in doc.dates:
        if d.start < last.end or d.start not in doc.resolved:
            continue
        if not _LIST_LINK.match(doc.text[last.end : d.start]):
            break
        listed.append(d)
        last = d
    return listed


def _answer_repeating(doc: Doc, c: Claim, answer: tuple[int, int]) -> DateMention | None:
    """ "— Did you know you had been recognised as a political prisoner? — Only from letters.
    Human rights defenders recognised me in June 2021.": the date of the answer's sentence
    that repeats the question's verb."""
    stem = doc.text[c.pos : max(c.end, c.pos + 6)][:6].lower()
    if len(stem) < 6 or not stem.isalpha():
        return None
    first = doc.sentence_of(answer[0] + 2)
    for s in doc.sents[first : first + 3]:
        if s.start >= answer[1]:
            break
        when = doc.resolved_dates(s.start, s.end)
        if when and stem in s.text.lower():
            return when[0]
    return None


def answer_opening_date(
    doc: Doc, answer: tuple[int, int], claims: list[Claim]
) -> DateMention | None:
    """The first date of an answer's first sentence ("— On 19 October 2021, at six in the
    morning."), when that sentence tells no fact of its own to take it."""
    first = doc.sents[doc.sentence_of(answer[0] + 2)]
    when = doc.resolved_dates(first.start, first.end)
    if when and not any(first.start <= o.pos < first.end for o in claims):
        return when[0]
    return None


def answered_questions(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "— Как вас задержали? — Прямо на работе, 19 января 2021 года.": a fact a question asks
    the interviewee about is theirs and takes its date from the answer's first sentence; a
    question that asks about no one and names no one states nothing."""
    iv = doc.interview
    if iv is None:
        return claims
    out = []
    for c in claims:
        q = iv.question_at(c.pos)
        if q is None:
            out.append(c)
            continue
        if not ADDRESSEE.search(doc.text[q[0] : q[1]]) and not STORY_START.search(
            doc.text[q[0] : q[1]]
        ):
            if any(q[0] <= m.start < q[1] for m in doc.mentions):
                # "Q: When was Raman detained? A: On 9 August 2022, right at his office."
                answer = iv.answer_after(q[1])
                when = answer_opening_date(doc, answer, claims) if answer else None
                if c.date is None and c.kind not in DATELESS and when is not None:
                    c.date = doc.resolved[when.start]
                out.append(c)
            continue
        c.person = iv.interviewee
        answer = iv.answer_after(q[1])
        if c.kind not in DATELESS and answer is not None:
            when = answer_opening_date(doc, answer, claims) or _answer_repeating(doc, c, answer)
            if when is not None:
                said = doc.resolved[when.start]
                if c.date is None:
                    c.date = said
                    # "— Were you put in the punishment cell? — Three times: in May, in August
                    # and in December 2024.": one stay for each month listed
                    out.extend(
                        dataclasses.replace(c, date=doc.resolved[d.start], date_from=d)
                        for d in _listed_after(doc, when)
                    )
                elif (
                    # "— Вас задержали в январе 2021-го? — Да, 18 января": the question's year
                    when.year_from_context
                    and said.day is not None
                    and c.date.day is None
                    and c.date.month in (None, said.month)
                ):
                    c.date = PartialDate(c.date.year, said.month, said.day)
        out.append(c)
    return out
