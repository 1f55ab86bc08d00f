"""The extraction pipeline: text in, suggested facts out (nothing is written anywhere).

``extract(text)`` returns ``{"people": [{"name", "role", "person_id", "claims": [...]}]}`` where
each claim has ``kind`` and ``quote`` and, where applicable, ``date``, ``article``, ``years``,
``months``, ``regime``, ``facility`` and ``how``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import claims as C
from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.attribution import Doc, attribute, eligible, focus
from nezabudka.extraction.dates import DateMention, Relative, find_dates, shift
from nezabudka.extraction.facilities import find_facilities
from nezabudka.extraction.interview import ADDRESSEE, find_interview
from nezabudka.extraction.lang import detect_language
from nezabudka.extraction.people import Mention, _prefix_match, find_people
from nezabudka.extraction.segment import Span, clauses, keyword_matches, sentences

DATELESS = {"held_at"}
PRISON_KINDS = {
    "charged", "sentenced", "transferred", "hunger_strike", "punishment_cell", "medical_neglect",
    "visits_denied", "funeral_denied", "death_in_custody", "recognized", "exile",
}  # fmt: skip
_QUOTE_MAX = 400
_COORDINATOR = re.compile(r",|\b(?:and|but|и|а|і|але)\b", re.I)
# "the protest marches of August 2020": the date describes a noun, not the claim
_OF_DATE = re.compile(r"\bof\s+$", re.I)
_FROM_PLACE = re.compile(
    r"(?:^|[\s(])(?:from|из|з|са|із)\s+(?:the\s+)?"
    r"(?:(?!(?:to|into|в|во|у|ў|ва|на)\s)[^\s,;.]+\s+){0,3}[«\"“„']?$",
    re.I,
)
_WHERE_TO = re.compile(r"[^.;,]{0,25},\s*(?:where|куда|куды)\b", re.I)
_DATE_PREPOSITION = re.compile(r"\b(?:since|from|until|с|со|до|з|да)\s*$", re.I)
_SUBORDINATOR = re.compile(
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


# --- dates ---------------------------------------------------------------------------------------


def _resolve_dates(doc: Doc, reference_date: PartialDate | None) -> None:
    last: PartialDate | None = None
    first_abs = next((d.date for d in doc.dates if d.date is not None), None)
    for d in doc.dates:
        if d.date is not None:
            doc.resolved[d.start] = d.date
            last = d.date
            continue
        rel = d.relative
        assert rel is not None
        if rel.anchor == "today":
            base = reference_date or (first_abs if first_abs and doc.dates[0].start < 80 else None)
            got = shift(base, rel) if base is not None else None
            if got is not None:
                doc.resolved[d.start] = last = got
            continue
        if rel.unit == "monthday":  # "on the 25th": the month last named, else the latest past one
            got = None
            if last is not None and last.month is not None:
                got = shift(last, rel)
            elif reference_date is not None and (day := reference_date.day) is not None:
                ref = reference_date
                back = ref if rel.amount <= day else shift(ref, Relative(1, "month", -1))
                got = shift(PartialDate(back.year, back.month, None), rel) if back else None
            if got is not None:
                doc.resolved[d.start] = last = got
            continue
        if rel.anchor:  # "two weeks before Chapiuk": resolved after the claims
            continue
        base = last
        if rel.unit == "day" and base is not None and base.day is None:
            # "30 снежня … у верасні … у той жа дзень": a day counts from the last day named
            base = next(
                (
                    doc.resolved[o.start]
                    for o in reversed(doc.dates)
                    if o.start < d.start and o.start in doc.resolved and doc.resolved[o.start].day
                ),
                base,
            )
        if base is not None:
            got = shift(base, rel)
            if got is not None:
                doc.resolved[d.start] = got
                last = got


def _nearest(doc: Doc, claims: list[Claim], d: DateMention) -> Claim:
    return min(claims, key=lambda c: c.distance(doc.text, d.start, d.end))


def _assign_dates(doc: Doc, claims: list[Claim]) -> None:
    by_clause: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.kind in DATELESS or not c.dated:
            continue
        by_clause.setdefault((c.clause.start, c.clause.end), []).append(c)
    taken_initial: set[int] = set()
    for (cs, ce), all_group in by_clause.items():
        for d in doc.dates:
            if not cs <= d.start < ce or _OF_DATE.search(doc.text[max(0, d.start - 4) : d.start]):
                continue
            # a charge takes a date next to its verb ("charged on 3 March"), not the date of
            # the events it describes ("accused of the riots of 9–10 August 2020")
            group = [
                c
                for c in all_group
                if not (c.kind == "charged" and d.start - max(c.end, c.pos) > 15)
            ]
            if not group:
                continue
            if d.start in doc.resolved:
                first = _nearest(doc, group, d)
                # "On the 25th the judge sentenced three men who had been arrested on 14
                # March": the arrest takes the date beside it, not the clause's first date
                if any(
                    o.start != d.start
                    and cs <= o.start < ce
                    and o.start in doc.resolved
                    and _nearest(doc, group, o) is first
                    and first.distance(doc.text, o.start, o.end)
                    < first.distance(doc.text, d.start, d.end)
                    and not _OF_DATE.search(doc.text[max(0, o.start - 4) : o.start])
                    for o in doc.dates
                ):
                    continue
                for owner in group:  # claims sharing one trigger ("charged with A and B") share it
                    if owner is not first and (owner.pos, owner.end) != (first.pos, first.end):
                        continue
                    if owner.date is None or (owner.date.day is None and doc.resolved[d.start].day):
                        owner.date = doc.resolved[d.start]
                        owner.date_from = d
                taken_initial.add(d.start)
            elif d.relative and d.relative.anchor and d.relative.anchor != "today":
                owner = min(group, key=lambda c: c.distance(doc.text, d.start, d.end))
                owner.pending = d
    # "released on 3 October and immediately deported": the exile has the release's date
    for c in claims:
        if c.kind == "exile" and c.date is None:
            rel = [
                o
                for o in claims
                if o.kind == "released"
                and o.person == c.person
                and o.date
                and o.clause.start == c.clause.start
                and o.pos < c.pos
            ]
            if rel:
                c.date = rel[0].date
    # a date opening the sentence ("On 5 June 2023 …: A received…, B got…") covers later clauses,
    # but a bare dateline ("Update, 5 May 2025: …") dates the report, not the events
    for c in claims:
        if c.date is not None or c.pending is not None or c.kind in DATELESS or not c.dated:
            continue
        s = c.sentence
        first_clause = doc.clause_map[doc.sentence_of(s.start)][0]
        if first_clause.start == c.clause.start:
            continue
        rest = doc.text[first_clause.start : first_clause.end]
        for d in doc.dates:
            if first_clause.start <= d.start < first_clause.end:
                rest = rest.replace(d.text, " ")
        if len(re.findall(r"[^\W\d_]+", rest)) <= 2:
            continue
        for d in doc.dates:
            if (
                first_clause.start <= d.start < first_clause.end
                and d.start - s.start < 40
                and d.start in doc.resolved
                and d.start not in taken_initial
            ):
                c.date = doc.resolved[d.start]
                break


def _answered_questions(doc: Doc, claims: list[Claim]) -> list[Claim]:
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
        if not ADDRESSEE.search(doc.text[q[0] : q[1]]):
            if any(q[0] <= m.start < q[1] for m in doc.mentions):
                out.append(c)
            continue
        c.person = iv.interviewee
        answer = iv.answer_after(q[1])
        if c.date is None and c.kind not in DATELESS and answer is not None:
            first = doc.sents[doc.sentence_of(answer[0] + 2)]
            when = [
                d
                for d in doc.dates
                if first.start <= d.start < first.end and d.start in doc.resolved
            ]
            if when and not any(first.start <= o.pos < first.end for o in claims):
                c.date = doc.resolved[when[0].start]
        out.append(c)
    return out


def _same_as_earlier_event(claims: list[Claim]) -> None:
    """ "X was released on 3 March. The same day Y was pardoned and released": "the same day"
    is the day of the earlier event of the same kind, not of the last date written."""
    for c in claims:
        rel = c.date_from.relative if c.date_from else None
        if rel is None or rel.amount or rel.anchor:
            continue
        earlier = [
            o
            for o in claims
            if o.pos < c.pos
            and o.person != c.person
            and o.kind == c.kind
            and o.date is not None
            and (o.date.day is not None if rel.unit == "day" else o.date.month is not None)
        ]
        if earlier:
            c.date = earlier[-1].date


def _drop_redundant_custody(claims: list[Claim]) -> list[Claim]:
    """A place someone was transferred to is where they are held: a postal address naming it
    again ("Letters: …, IK-15") adds nothing."""
    destinations = {
        (c.person, tuple(c.facility.values()))
        for c in claims
        if c.kind == "transferred" and c.facility
    }
    return [
        c
        for c in claims
        if not (
            c.kind == "held_at"
            and c.facility
            and (c.person, tuple(c.facility.values())) in destinations
        )
    ]


_HEADLINE = re.compile(r"\A[ \t]*([^\n]{1,200}?)[ \t]*\n")


def _drop_unnamed_headline(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A headline that names nobody ("Прысуд па «лідскай справе»: 7, 5,5 і 2 гады") sums up
    facts the body states person by person; read alone it would hand them to whoever is named
    first, so its claims are left to the body."""
    m = _HEADLINE.match(doc.text)
    if m is None or m.group(1).rstrip()[-1:] in ".!?…" or "\n" not in doc.text[m.end() :]:
        return claims
    end = m.end(1)
    if any(mm.start < end for mm in doc.mentions):
        return claims
    return [c for c in claims if c.pos >= end]


_VERDICT_REACH = 8  # sentences after a dated verdict whose terms it dates


def _verdict_dates(doc: Doc, claims: list[Claim]) -> None:
    """ "The verdict was delivered on 19 June 2023." dates the sentence given just before;
    "On 12 April the court passed the verdict on A and B. … A got 2 years, B 3 years": a dated
    verdict without terms of its own dates the terms given in the next few sentences (until
    another dated term), and a fine imposed as the sentence with them."""
    sentenced_in = {c.sentence.start for c in claims if c.kind == "sentenced"}
    for d in doc.dates:
        if d.start not in doc.resolved:
            continue
        i = doc.sentence_of(d.start)
        s = doc.sents[i]
        if (
            not C.VERDICT.search(s.text)
            and C.TRIAL.search(s.text)
            and i + 1 < len(doc.sents)
            and C.VERDICT.search(doc.sents[i + 1].text)
            and not any(doc.sentence_of(o.start) == i + 1 for o in doc.dates)
        ):
            # "Yesterday the trial of three men ended. The judge found all of them guilty."
            i += 1
            s = doc.sents[i]
        if s.start in sentenced_in or not C.VERDICT.search(s.text):
            continue
        if any(
            c.sentence.start == s.start
            and c.date == doc.resolved[d.start]
            and c.kind not in ("charged", "sentenced", "fined")
            for c in claims
        ):
            continue  # "detained in January 2022 and convicted of …": the arrest's date
        earlier = [c for c in claims if c.kind == "sentenced" and c.pos < s.start]
        if earlier and earlier[-1].date is None and doc.sentence_of(earlier[-1].pos) == i - 1:
            earlier[-1].date = doc.resolved[d.start]
            continue
        later = (c for c in claims if c.kind in ("sentenced", "fined") and c.pos >= s.end)
        for c in later:
            if doc.sentence_of(c.pos) - i > _VERDICT_REACH:
                break
            if c.date is not None:
                if c.kind == "sentenced":
                    break  # a term with its own date starts another verdict
                continue
            if c.kind == "fined" and not any(
                o.kind == "sentenced" and o.pos == c.pos and o.person == c.person for o in claims
            ):
                continue  # an administrative fine is not part of the verdict
            if any(
                o.start in doc.resolved
                and c.sentence.start <= o.start < c.sentence.end
                and doc.resolved[o.start].earliest() > doc.resolved[d.start].earliest()
                for o in doc.dates
            ):
                continue  # "released on Tuesday after serving 2.5 years": a term served before
            c.date = doc.resolved[d.start]


def _fine_with_verdict(claims: list[Claim]) -> None:
    """ "He was sentenced to five years … and additionally fined 200 base units": the fine
    shares the date of the verdict in its sentence; so does a release in the courtroom
    ("got a suspended sentence and was released in the courtroom")."""
    for c in claims:
        if c.date is not None or not (
            c.kind == "fined" or (c.kind == "released" and C.COURTROOM.search(c.sentence.text))
        ):
            continue
        verdict = next(
            (
                o
                for o in reversed(claims)
                if o.kind == "sentenced"
                and o.person == c.person
                and o.date is not None
                # a fine: the verdict in its sentence; a courtroom release: the last verdict
                and (
                    o.sentence.start == c.sentence.start or (c.kind == "released" and o.pos < c.pos)
                )
            ),
            None,
        )
        if verdict is not None:
            c.date = verdict.date


def _release_how_nearby(doc: Doc, claims: list[Claim]) -> None:
    """ "She was released on 14 February. She was pardoned." — the next sentence says how."""
    for c in claims:
        if c.kind != "released" or c.how is not None:
            continue
        i = doc.sentence_of(c.pos)
        if i + 1 < len(doc.sents):
            nxt = doc.sents[i + 1]
            if not any(o.kind == "released" and o.sentence.start == nxt.start for o in claims):
                c.how = C.release_how(nxt.text) if len(nxt.text) < 120 else None


def _resolve_pending(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        d = c.pending
        if d is None or d.relative is None or not d.relative.anchor:
            continue
        anchor = d.relative.anchor
        target = None
        for i, p in enumerate(doc.people):
            if i != c.person and p.surname and _prefix_match(anchor, p.surname):
                target = i
        if target is None:
            continue
        base = next(
            (o.date for o in claims if o.person == target and o.kind == c.kind and o.date), None
        )
        if base is None:
            base = next(
                (o.date for o in claims if o.person == target and o.kind == "detained" and o.date),
                None,
            )
        if base is not None:
            c.date = shift(base, d.relative)


# --- claims ---------------------------------------------------------------------------------


def _negated(text: str, start: int) -> bool:
    return bool(C.NEGATION_BEFORE.search(text[max(0, start - 40) : start]))


# "Zhdanovich was detained on 14 January, and Rudkouski two days later": the second person
# shares the verb; only a name and a date follow the conjunction
_ELLIPSIS_JOIN = re.compile(r"^[^.;!?]*?,?\s+(?:and|а|и|і|while)\s+$", re.I)
_CLAUSE_END_NEXT = re.compile(r"^\s*(?:[,.;!?]|$)")


def _elliptical(doc: Doc, trigger_end: int) -> list[tuple[int, Span]]:
    """(person, name-and-date span) of each "…, and NAME DATE." after a trigger."""
    sent = doc.sents[doc.sentence_of(trigger_end)]
    out = []
    prev = trigger_end
    for m in doc.mentions:
        if not (trigger_end <= m.start < sent.end) or not eligible(doc, m):
            continue
        if not _ELLIPSIS_JOIN.match(doc.text[prev : m.start]):
            break
        d = next((d for d in doc.dates if m.end <= d.start <= m.end + 15), None)
        if d is None or doc.text[m.end : d.start].strip(" ,—–-") != "":
            break
        if not _CLAUSE_END_NEXT.match(doc.text[d.end : d.end + 3]):
            break
        out.append((m.person, Span(m.start, d.end, doc.text[m.start : d.end])))
        prev = d.end
    return out


# "a man who was released from there told me…": a fact about someone the report does not name
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:a|one|another|some)\s+(?:\w+\s+)?(?:man|woman|person|inmate|prisoner|cellmate|detainee|"
    r"neighbou?r|acquaintance)\s+(?:who|that)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _find_claims(doc: Doc) -> list[Claim]:
    text = doc.text
    out: list[Claim] = []

    def add(kind: str, pos: int, end: int = -1, **kw: Any) -> None:
        if _UNNAMED_SUBJECT.search(text[doc.clause_of(pos).start : pos]):
            return
        for p in attribute(doc, pos):
            if kind == "visits_denied" and doc.people[p].relative:
                # "his daughter, Alesia S., was refused every visit": the prisoner's visits
                f = focus(doc, pos)
                p = f if f is not None and not doc.people[f].relative else p
            si = doc.sentence_of(pos)
            out.append(Claim(kind, p, pos, doc.sents[si], doc.clause_of(pos), end=end, **kw))

    simple = (
        "detained",
        "released",
        "exile",
        "hunger_strike",
        "punishment_cell",
        "medical_neglect",
        "visits_denied",
        "funeral_denied",
        "dismissed",
        "fined",
        "death_in_custody",
    )
    for kind in simple:
        for m in doc.trigger_matches(kind):
            if kind in ("detained", "released", "dismissed") and (
                _negated(text, m.start())
                or re.search(r"going to|would|could|might|will", m.group(0), re.I)
            ):
                continue
            kw: dict[str, Any] = {}
            if kind == "released":
                kw["how"] = C.release_how(doc.sents[doc.sentence_of(m.start())].text)
            add(kind, m.start(), m.end(), **kw)
            for person, span in _elliptical(doc, m.end()):
                s = doc.sents[doc.sentence_of(span.start)]
                out.append(Claim(kind, person, span.start, s, span, end=span.start, **kw))
            # "sentenced to a fine": a criminal sentence as well as the fine
            if kind == "fined" and C.SENTENCED_TO_FINE.search(
                text[max(0, m.start() - 60) : m.end() + 5]
            ):
                add("sentenced", m.start(), m.end())

    # a topic word and a denial in one clause, where no trigger above matched
    have = {(c.kind, c.clause.start) for c in out}
    for kind, (topic, condition, veto) in C.COOCCURRENCE.items():
        for t in keyword_matches(topic, text, C.COOCCURRENCE_KEYWORDS[kind]):
            clause = doc.clause_of(t.start())
            if (kind, clause.start) in have or not condition.search(clause.text):
                continue
            if veto is not None and veto.search(
                clause.text[: t.end() - clause.start if kind == "death_in_custody" else None]
            ):
                continue
            have.add((kind, clause.start))
            add(kind, t.start(), t.end())

    # recognition: the people named inside the phrase, else the usual attribution
    for m in doc.trigger_matches("recognized"):
        if _negated(text, m.start()):  # "Neither man has yet been recognised"
            continue
        inside = [
            mm.person
            for mm in doc.mentions
            if m.start() <= mm.start < m.end() and eligible(doc, mm)
        ]
        if inside:
            for p in dict.fromkeys(inside):
                si = doc.sentence_of(m.start())
                out.append(
                    Claim("recognized", p, m.start(), doc.sents[si], doc.clause_of(m.start()))
                )
        else:
            add("recognized", m.start(), m.end())

    # sentences
    for s in doc.sents:
        durs = C.find_durations(s.text, s.start)
        for i, d in enumerate(durs):
            stop = durs[i + 1].start if i + 1 < len(durs) else s.end
            window = text[d.end : min(stop, d.end + 90)]
            window = re.split(r";|\.\s", window)[0]
            regime = C.find_regime(text[d.start : d.end] + " " + window)
            pos = d.cue if d.cue >= doc.clause_of(d.start).start else d.start
            for p in attribute(doc, d.start):
                out.append(
                    Claim(
                        "sentenced",
                        p,
                        pos,
                        s,
                        doc.clause_of(d.start),
                        years=d.years,
                        months=d.months or None,
                        regime=regime,
                        end=d.end,
                    )
                )

    # articles: dated only when the sentence says "charged"/"обвинение"
    for a in find_articles(text):
        s = doc.sents[doc.sentence_of(a.start)]
        verb = C.trigger("charge_verb", doc.lang).search(s.text)
        pos = s.start + verb.start() if verb else a.start
        end = s.start + verb.end() if verb else a.end
        for p in attribute(doc, a.start):
            out.append(
                Claim(
                    "charged",
                    p,
                    pos,
                    s,
                    doc.clause_of(pos),
                    article=a.number,
                    dated=bool(verb),
                    end=end,
                )
            )

    # places of detention: destination of a transfer, else held_at
    for f in find_facilities(text):
        s = doc.sents[doc.sentence_of(f.start)]
        clause = doc.clause_of(f.start)
        head = text[clause.start : f.start]
        verb = None
        for v in C.trigger("transfer_verb", doc.lang).finditer(head):
            verb = v
        is_from = _FROM_PLACE.search(text[max(0, f.start - 40) : f.start])
        arrest = C.trigger("detained", doc.lang).search(clause.text)
        kind = (
            "transferred"
            if verb and not is_from and not arrest and f.kind != "temporary"
            else "held_at"
        )
        # "…in Prison No. 4, where he was transferred from …": the place before "where"
        after = text[f.end : min(f.end + 70, s.end)]
        back = _WHERE_TO.match(after)
        if kind == "held_at" and back and C.trigger("transfer_verb", doc.lang).search(after):
            verb, kind = None, "transferred"
        pos = clause.start + verb.start() if kind == "transferred" and verb else f.start
        end = clause.start + verb.end() if kind == "transferred" and verb else f.end
        for p in attribute(doc, f.start):
            out.append(Claim(kind, p, pos, s, clause, facility=f.as_claim(), end=end))
    out.sort(key=lambda c: c.pos)
    return out


def _detail(d: PartialDate) -> int:
    return (d.month is not None) + (d.day is not None)


def _same_event_date(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Dates one event can have when stated twice: equal, one missing, or one a coarser form of
    the other ("у лютым" and "14 лютага")."""
    if a is None or b is None or a == b:
        return True
    return (
        a.year == b.year
        and (a.month is None or b.month is None or a.month == b.month)
        and (a.day is None or b.day is None)
    )


def _merge(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        dup = None
        for o in out:
            if o.person != c.person or o.kind != c.kind:
                continue
            same_date = _same_event_date(o.date, c.date)
            if (
                (c.kind == "sentenced" and (o.years, o.months) == (c.years, c.months))
                or (o.key() == c.key() and same_date)
                # "released by pardon… walked out of colony No. 4": one release
                or (c.kind == "released" and same_date and (o.how is None or c.how is None))
            ):
                dup = o
            if dup:
                break
        if dup is None:
            out.append(c)
            continue
        if dup.date is None or (c.date is not None and _detail(c.date) > _detail(dup.date)):
            dup.date = c.date  # "in February … on 14 February": the exact one
        dup.regime = dup.regime or c.regime
        dup.how = dup.how or c.how
    return out


def _context(doc: Doc, m: Mention) -> str:
    """The clause of a mention, or its sentence when the clause is only "and <Name>" (the end
    of a list: "…such as A, B, and Nasta Loika")."""
    clause = doc.clause_of(m.start)
    rest = clause.text
    for other in doc.mentions:
        if clause.start <= other.start < clause.end:
            rest = rest.replace(other.text, " ")
    if len(re.findall(r"[^\W\d_]+", rest)) <= 2:
        return doc.sents[doc.sentence_of(m.start)].text
    return clause.text


def _role(doc: Doc, idx: int, claims: list[Claim]) -> str:
    p = doc.people[idx]
    if p.titled:
        return "other"
    kinds = {c.kind for c in claims if c.person == idx}
    held = any(
        c.kind == "held_at" and c.facility and c.facility["kind"] != "temporary"
        for c in claims
        if c.person == idx
    )
    cue = any(C.PRISONER_CUE.search(_context(doc, m)) for m in p.mentions if not m.speaker)
    if kinds & PRISON_KINDS or held or (kinds and cue):
        return "prisoner"
    if kinds:
        return "detainee"
    return "prisoner" if cue and not p.relative else "other"


def _link(name: str, name_index: Any) -> Any:
    if name_index is None:
        return None
    try:
        hits = name_index.search(name, 1)
    except Exception:
        return None
    if not hits:
        return None
    hit = hits[0]
    score = float(getattr(hit, "score", 0))
    if score > 1:
        score /= 100
    return getattr(hit, "person_id", None) if score >= 0.9 else None


def _as_partial(value: Any) -> PartialDate | None:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.from_date(value)
    return PartialDate.parse(str(value))


def extract(
    text: str, lang: str | None = None, *, reference_date: Any = None, name_index: Any = None
) -> dict[str, Any]:
    """Suggested people and claims for one report (see module docstring for the shape)."""
    lang = lang or detect_language(text)
    ref = _as_partial(reference_date)
    people, mentions = find_people(text, lang)
    sents = sentences(text)
    doc = Doc(
        text,
        lang,
        people,
        mentions,
        sents,
        [clauses(s) for s in sents],
        find_dates(text, ref.year if ref else None, ref.month if ref else None),
    )
    doc.titled = [p.titled for p in people]
    doc.interview = find_interview(text, people, mentions)
    _resolve_dates(doc, ref)
    found = _drop_unnamed_headline(doc, _find_claims(doc))
    _assign_dates(doc, found)
    found = _answered_questions(doc, found)
    _same_as_earlier_event(found)
    _verdict_dates(doc, found)
    _fine_with_verdict(found)
    _release_how_nearby(doc, found)
    _resolve_pending(doc, found)
    merged = _drop_redundant_custody(_merge(found))
    result = []
    for i, p in enumerate(people):
        mine = [c for c in merged if c.person == i]
        result.append(
            {
                "name": p.name,
                "role": _role(doc, i, merged),
                "person_id": _link(p.name, name_index),
                "claims": [c.to_json(text) for c in mine],
            }
        )
    return {"people": result}


def extract_file(
    path: str | Path, lang: str | None = None, name_index: Any = None
) -> dict[str, Any]:
    """read_document + extract: what ``nezabudka extract FILE --json`` prints."""
    from nezabudka.extraction.ingest import read_document

    doc = read_document(path)
    return extract(
        doc.text, lang or doc.language, reference_date=doc.published, name_index=name_index
    )
