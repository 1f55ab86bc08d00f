"""Dates and types of releases: a report on one day's releases, the day an interview's answer
gives, how a release happened said a few sentences later or by a headline about pardons."""

from __future__ import annotations

import itertools
import re

from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.dating import after_one_dated
from nezabudka.extraction.segment import headline_end
from nezabudka.extraction.suggestion import Claim

# "— How did the release happen?", "— When did you learn you were going home?"
_RELEASE_QUESTION = scan.compile(
    r"\b(?:releas\w*|free\w*|get out|got out|going home|pardon\w*|освобод\w*|освобожд\w*|"
    r"вышли|выйшлі|вызвал\w*|на свабоду|на волю|на свободу|помилова\w*|памілава\w*)",
    re.I,
)


def release_day_in_answer(doc: Doc, claims: list[Claim]) -> None:
    """ "…was pardoned in September." and then, asked "How did you learn you were free?",
    "— On 16 September the head of the colony called me in": the interviewee's release in a
    month takes the day the answer gives in that month, and so does an exile told with the
    release in its sentence."""
    iv = doc.interview
    if iv is None:
        return
    for c in claims:
        if c.kind != "released" or c.person != iv.interviewee or c.date is None:
            continue
        if c.date.day is not None:
            continue  # known to the month, or to the year ("pardoned this winter")
        for q in iv.questions:
            answer = iv.answer_after(q[1])
            if answer is None or not _RELEASE_QUESTION.search(doc.text, *q):
                continue
            days = [
                doc.resolved[d.start]
                for d in doc.dates
                if answer[0] <= d.start < answer[1] and d.start in doc.resolved
            ]
            same = [
                x
                for x in days
                if x.day is not None and x.year == c.date.year and c.date.month in (None, x.month)
            ]
            if same:
                # "У лютым ён быў памілаваны і адразу ж высланы": the exile told with it too
                for o in claims:
                    if (
                        o.kind == "exile"
                        and o.person == c.person
                        and o.date == c.date
                        and o.sentence.start == c.sentence.start
                    ):
                        o.date = same[0]
                c.date = same[0]
                break


def one_release(doc: Doc, claims: list[Claim]) -> None:
    """A report on one day's releases ("3 июля на свободу вышли четверо помилованных … Анжелика
    Шульга освобождена из гомельской колонии"): the undated releases after the dated one
    happened that day."""
    _after_a_counted_pardon(doc, claims)
    dated, undated = after_one_dated(doc, claims, "released")
    if dated is None:
        return
    for c in undated:
        c.date = dated.date
        c.how = c.how or dated.how


# "Yesterday Alexander Lukashenko pardoned 30 people": a release of a number of people
_COUNTED_PARDON = scan.compile(
    r"\b(?:pardoned|помиловал\w*|памілаваў|памілавала)\s+(?:\w+\s+)?(?:\d+|группу|групу|a group)\b|"
    # "…имена троих из них; освобождены они были накануне, 16 сентября": the group's day
    r"\b(?:освобождены|вызвалены|вызваленыя)\s+(?:они|яны)\b|\b(?:они|яны)\s+(?:были\s+|былі\s+)?"
    r"(?:освобождены|вызвалены|вызваленыя)\b|\bthey were (?:freed|released)\b",
    re.I,
)
_LEAD_SENTENCES = 3


def _after_a_counted_pardon(doc: Doc, claims: list[Claim]) -> None:
    """ "Yesterday Lukashenko pardoned 30 people … Volha K. walked out of colony No. 4 … Pavel B.
    was also pardoned": a lead that dates a pardon of many, naming no one, dates the undated
    releases told after it, up to the first release dated otherwise."""
    for s in doc.sents[:_LEAD_SENTENCES]:
        when = doc.resolved_dates(s.start, s.end)
        if not when or not _COUNTED_PARDON.search(s.text):
            continue
        if any(s.start <= m.start < s.end and not doc.titled[m.person] for m in doc.mentions):
            continue
        day = doc.resolved[when[0].start]
        if day.day is None:
            return
        for c in sorted(claims, key=lambda c: c.pos):
            if c.kind != "released" or c.pos < s.end:
                continue
            if c.date is not None:
                break
            if c.dated and not doc.resolved_dates(c.sentence.start, c.sentence.end):
                c.date = day
                c.how = c.how or "pardon"
        return


def pardon_headline(doc: Doc, claims: list[Claim]) -> None:
    """ "Памілаваныя: хто выйшаў на волю на гэтым тыдні": under a headline about pardons, a
    release that does not say how was a pardon."""
    end = headline_end(doc.text)
    if end is None or T.release_how(doc.text[:end]) != "pardon":
        return
    for c in claims:
        if c.kind == "released" and c.how is None:
            c.how = "pardon"


def release_how_nearby(doc: Doc, claims: list[Claim]) -> None:
    """ "She was released on 14 February. She was pardoned." — the next sentence says how."""
    for c in claims:
        if c.kind != "released" or c.how is not None:
            continue
        i = doc.sentence_of(c.pos)
        if i + 1 < len(doc.sents):
            nxt = doc.sents[i + 1]
            if not any(o.kind == "released" and o.sentence.start == nxt.start for o in claims):
                c.how = T.release_how(nxt.text[:120])  # said at the start of the sentence
        # "…освободилась Марина Кисель. Её осудили… Марина вышла по окончании срока.": a later
        # sentence that names her again and says how, before anyone else's release
        for s in doc.sents[i + 2 : i + 6]:
            if c.how is not None or any(
                o.kind == "released" and o.sentence.start == s.start for o in claims
            ):
                break
            if any(s.start <= m.start < s.end and m.person == c.person for m in doc.mentions):
                c.how = T.release_how(s.text)


# "released from the courtroom", "освобождена в зале суда", "вызвалілі ў зале суда"
_IN_COURT = scan.compile(
    r"\b(?:(?:from|in) the court ?room|в зале суда|из зала суда|[уў] зале суда|з залы суда)", re.I
)


def released_in_court(doc: Doc, claims: list[Claim]) -> None:
    """ "…fined Yana Kulikouskaya 50 base units. She was released from the courtroom.": a
    release in the courtroom happened on the day of the verdict told before it."""
    for c in claims:
        if c.kind != "released" or c.date is not None or not _IN_COURT.search(c.sentence.text):
            continue
        verdicts = [
            o
            for o in claims
            if o.person == c.person
            and o.kind in {"sentenced", "fined"}
            and o.date is not None
            and o.date.day is not None
            and o.pos <= c.pos
        ]
        if verdicts:
            c.date = max(verdicts, key=lambda o: o.pos).date


# "однако в тот же вечер её отпустили", "Ігара ў той жа дзень адпусцілі", "released the same
# evening"
_SAME_DAY = scan.compile(
    r"(?<!\w)(?:в тот же (?:день|вечер)|тем же (?:днём|вечером)|[уў] той жа (?:дзень|вечар)|таго ж "
    r"(?:дня|вечара)|тым жа вечарам|(?:on )?the same (?:day|evening|night)|that (?:same )?evening)\b",
    re.I,
)
_SAME_DAY_REACH = 2  # sentences from the detention to the release


def released_on_arrest_day(doc: Doc, claims: list[Claim]) -> None:
    """ "Вместе с мужем задержали и Наталью К., однако в тот же вечер её отпустили.": a release
    told as the same day or evening, just after the person's own detention, is on the day of
    that detention (not of the last date the report told)."""
    for c in claims:
        same = _SAME_DAY.search(c.clause.text) if c.kind == "released" else None
        if same is None:
            continue
        # the phrase is the release's, not a fact's nearer to it ("detained the same day as
        # Kastus but let out two days later", "pardoned and, the same day, deported")
        at = c.clause.start + same.start()
        if any(
            o is not c
            and o.kind != "released"
            and c.clause.start <= o.pos < c.clause.end
            and abs(o.pos - at) < abs(c.pos - at)
            for o in claims
        ):
            continue
        i = doc.sentence_of(c.pos)
        arrests = [
            o
            for o in claims
            if o.kind == "detained"
            and o.person == c.person
            and o.pos < c.pos
            and o.date is not None
            and o.date.day is not None
            and doc.sentence_of(o.pos) >= i - _SAME_DAY_REACH
        ]
        if arrests:
            c.date = arrests[-1].date


# "After his release he was forced to leave", "Через неделю после выхода из колонии": some time
# after the release, not that day
_AFTER_RELEASE = scan.compile(
    r"\b(?:after|following|since)\s+(?:his|her|their|my)\s+release\b|\b(?:после|пасля)\s+"
    r"(?:\w+\s+)?(?:освобождени|вызваленн|выхода|выхаду)\w*",
    re.I,
)


def exile_on_the_release_day(doc: Doc, claims: list[Claim]) -> None:
    """ "— Kiryl, when and how were you released? — On 21 August … They drove me to the border,
    and that was it.": an exile told with no date of its own after the person's one dated
    release happened that day, unless a later day was told in between or the sentence places
    it some time after the release ("After his release he was forced to leave")."""
    for c in claims:
        if (
            c.kind != "exile"
            or c.date is not None
            or _AFTER_RELEASE.search(c.sentence.text)
            or any(o.kind == "exile" and o.person == c.person and o.date for o in claims)
        ):
            continue
        released = [o for o in claims if o.kind == "released" and o.person == c.person]
        # a date of the exile's own ("Через неделю после выхода"), not the release's told
        # before it in the sentence ("The same day A and B were pardoned too — but expelled")
        if any(
            c.sentence.start <= d.start < c.sentence.end
            and not any(d.start < o.pos and o.sentence.start == c.sentence.start for o in released)
            for d in doc.dates
        ):
            continue
        days = {o.date for o in released if o.date is not None}
        day = next(iter(days)) if len(days) == 1 else None
        first = min((o.pos for o in released), default=c.pos)
        if day is None or first >= c.pos:
            continue
        # "А ў красавіку мяне памілавалі. Вывезлі проста з калоніі на мяжу": a release known to
        # the month dates the exile told right after it (the same sentence or the next)
        if day.day is None and (
            day.month is None or doc.sentence_of(c.pos) - doc.sentence_of(first) > 1
        ):
            continue
        later = [
            doc.resolved[d.start]
            for d in doc.resolved_dates(first, c.pos)
            if doc.resolved[d.start].iso() > day.iso()
        ]
        if not later:
            c.date = day


# "driven to the Lithuanian border and expelled", "вывезлі на мяжу і выдварылі"
_AND_ONLY = scan.compile(r"[^.;:!?]{0,60}?\b(?:and|і|и)\s+(?:\w+\s+){0,2}$", re.I)


def one_exile_told_twice(doc: Doc, claims: list[Claim]) -> None:
    """ "…was pardoned on 3 June and two days later was driven to the Lithuanian border and
    expelled from the country": two exile verbs joined by "and" tell one exile, on the day the
    first was given."""
    exiles = sorted((c for c in claims if c.kind == "exile"), key=lambda c: c.pos)
    for a, b in itertools.pairwise(exiles):
        if (
            a.person == b.person
            and a.date is not None
            and a.sentence.start == b.sentence.start
            and _AND_ONLY.match(doc.text, max(a.end, a.pos), b.pos)
            and not any(max(a.end, a.pos) <= d.start < b.pos for d in doc.dates)
        ):
            b.date = a.date


# ", якая вызвалілася ў верасні,", ", вышедший на свободу в ноябре 2023 года,", ", who was freed
# in May,": a release told in passing between commas
_RELEASE_ASIDE = scan.compile(
    r",\s*(?:якая|які|якую|каторы\w*|котор\w+|who|вышедш\w+|освободивш\w+|вызваліўш\w+|"
    r"freed|released)\b[^,]*$",
    re.I,
)


def exile_outside_the_release_aside(doc: Doc, claims: list[Claim]) -> None:
    """ "24 кастрычніка былую палітвязніню Таццяну Д., якая вызвалілася ў верасні, прымусова
    вывезлі на літоўскую мяжу": the aside's month is the release's; the exile takes the date the
    sentence gives outside it."""
    for c in claims:
        if c.kind != "exile" or c.date is None:
            continue
        for o in claims:
            if not (
                o.kind == "released"
                and o.person == c.person
                and o.date == c.date
                and o.sentence.start == c.sentence.start
                and o.pos < c.pos
            ):
                continue
            aside = _RELEASE_ASIDE.search(doc.text, c.sentence.start, o.pos + 1)
            close = doc.text.find(",", o.pos, c.pos)
            if aside is None or close == -1:
                continue
            outside = [
                doc.resolved[d.start]
                for d in doc.resolved_dates(c.sentence.start, c.sentence.end)
                if not aside.start() <= d.start < close
            ]
            if outside:
                c.date = outside[0]


def late_release_dates(doc: Doc, claims: list[Claim]) -> None:
    """The release rules that need the other facts dated first."""
    exile_outside_the_release_aside(doc, claims)
    one_exile_told_twice(doc, claims)
    released_on_arrest_day(doc, claims)
    exile_on_the_release_day(doc, claims)
