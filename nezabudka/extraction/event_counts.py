"""Counts from a court event, run after ``resolve_pending``: which hearing "the appeal" and
"the verdict" are when a person has both, kept out of ``dating.py`` and ``relative_dates.py``."""

from __future__ import annotations

import re

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.relative_dates import _AMOUNT, _UNIT, Relative, count_of, shift, unit_of
from nezabudka.extraction.suggestion import Claim
from nezabudka.extraction.verdict_dates import APPEAL, CHANGED_TERM, HEARING

# a higher court upholding a term, told without the word "appeal": "оставил приговор в силе",
# "пакінуў прысуд без змен", "upheld the verdict"
_UPHELD = scan.compile(
    r"\b(?:оставил\w*|пакінуў|пакінула|пакінулі)\s+(?:\w+\s+)?(?:приговор|прысуд)|\bupheld\b",
    re.I,
)
_HEARING_REACH = 6  # sentences back to the appeal hearing a count "after the appeal" starts from


def _hearing_day(doc: Doc, c: Claim) -> PartialDate | None:
    """The day of the appeal hearing told last before ``c``: a sentence (or the part of c's
    own before it) with an appeal word and a date to the day."""
    i = doc.sentence_of(c.pos)
    for j in range(i, max(-1, i - 1 - _HEARING_REACH), -1):
        s = doc.sents[j]
        end = min(s.end, c.pos) if j == i else s.end
        part = doc.text[s.start : end]
        if not (APPEAL.search(part) or HEARING.search(part) or _UPHELD.search(part)):
            continue
        days = [
            doc.resolved[d.start]
            for d in doc.resolved_dates(s.start, end)
            if doc.resolved[d.start].day is not None
            and (d.relative is None or d.relative.anchor is None)
        ]
        if days:
            return days[-1]
    return None


def _appeal_term(c: Claim) -> bool:
    """A term told with an appeal or a changed term ("Віктару тэрмін скарацілі да 8 гадоў")."""
    text = c.sentence.text
    return bool(APPEAL.search(text) or HEARING.search(text) or CHANGED_TERM.search(text))


def count_from_the_hearing(doc: Doc, claims: list[Claim]) -> None:
    """ "27 августа областной суд оставил приговор в силе. Через неделю после апелляции его
    этапировали в Шклов": a count from the appeal starts from the hearing's day, also when the
    hearing upheld the term (and so gave no dated term to count from). A count from "the
    verdict" of a person whose term was also changed on appeal starts from the first verdict
    ("Праз тры дні пасля прысуду …", the appeal told before it), not the appeal's day."""
    for c in claims:
        d = c.pending
        if d is None or d.relative is None or d.relative.anchor not in ("@appeal", "@sentenced"):
            continue
        if d.relative.anchor == "@appeal":
            day = _hearing_day(doc, c)
            if day is not None:
                c.date = shift(day, d.relative)
            continue
        terms = [
            o
            for o in claims
            if o.kind == "sentenced" and o.person == c.person and o.date is not None
        ]
        first = [o for o in terms if not _appeal_term(o) and o.date and o.date.day]
        if first and len(first) < len(terms):
            when = first[0].date
            assert when is not None
            c.date = shift(when, d.relative)


# "Гэта адбылося праз тыдзень пасля таго, як яна выйшла на волю", "Это произошло через месяц
# после того, как его освободили", "It happened two weeks after he was released": the fact told
# just before, counted from the one told after "after"
_THIS_HAPPENED = scan.compile(
    rf"^\W*(?:это|гэта|this|it|that)\s+(?:произошло|случилось|адбылося|здарылася|happened|came)"
    rf"\s+(?:(?:ровно|роўна|exactly|only|just)\s+)?(?:(?:через|праз|спустя)\s+)?"
    rf"(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:после того,? как|пасля таго,? як|after)\s",
    re.I,
)


def this_happened_after(doc: Doc, claims: list[Claim]) -> None:
    """ "Ганну звольнілі 17 кастрычніка. Гэта адбылося праз тыдзень пасля таго, як яна выйшла
    на волю": the release is a week before the dismissal's day (the fact of the sentence
    before, however it got its date: here a digest's heading)."""
    for i, s in enumerate(doc.sents[1:], 1):
        m = _THIS_HAPPENED.match(s.text)
        if m is None:
            continue
        amount = count_of(m.group("n") or "one")
        prev = doc.sents[i - 1]
        told = [o for o in claims if prev.start <= o.pos < prev.end and o.date is not None]
        if amount is None or not told:
            continue
        base = max(told, key=lambda o: o.pos).date
        assert base is not None
        moved = shift(base, Relative(amount, unit_of(m.group("u")), -1))
        for c in claims:
            if not s.start + m.end() <= c.pos < s.end or c.kind in ("held_at", "sentenced"):
                continue
            # its own count read forward from the date before ("праз тыдзень" after 17 October)
            counted_here = c.date_from is not None and c.date_from.start < s.start + m.end()
            if c.date is None or counted_here:
                c.date = moved
