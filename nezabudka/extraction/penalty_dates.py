"""Dates of the penalties that follow an arrest or a court day (fines, dismissals, cell stays,
denied visits, care or funerals), kept out of ``dating.py``."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.dates import shift
from nezabudka.extraction.suggestion import Claim

# "Two days after his death": the day counts from the event it names
_NAMED_ANCHOR = scan.compile(r"\b(?:after|before|после|пасля|перед|перад|до|да)\b", re.I)
PENALTIES = {
    "fined",
    "dismissed",
    "punishment_cell",
    "hunger_strike",
    "visits_denied",
    "medical_neglect",
    "funeral_denied",
}
# "У той жа дзень тая самая суддзя пакарала яго штрафам": the day of another's hearing
_SAME_COURT = scan.compile(
    r"\b(?:same|тот же|та же|этот же|эта же|тот самый|та самая|тая самая|той жа|гэты ж|гэтая ж)"
    r"\s+(?:judge|court|суд\w*|судья|суддзя)",
    re.I,
)


def after_own_event(doc: Doc, claims: list[Claim]) -> None:
    """ "Her husband was detained right after the verdict outside the court. The next day he
    was fined": a day counted from the sentence before counts from the person's own fact told
    there, with the date the passes gave it (the verdict's), not from the last date written.
    An own fact with only a month ("was fined 30 base units …. The plant fired him the following
    day", in a digest of 4–10 March) gives the month."""
    for c in claims:
        d = c.date_from
        if c.kind not in PENALTIES or d is None or d.relative is None or c.date is None:
            continue
        rel = d.relative
        if rel.anchor is not None or rel.unit not in ("day", "same") or rel.direction < 0:
            continue
        si = doc.sentence_of(c.pos)
        if _SAME_COURT.search(c.sentence.text) or _NAMED_ANCHOR.search(
            doc.text, d.start, min(c.sentence.end, d.end + 12)
        ):
            continue
        own = [
            o
            for o in claims
            if o.person == c.person
            and o.kind not in ("held_at", "charged")
            and o is not c
            and o.pos < min(c.pos, d.start)
            and doc.sentence_of(o.pos) in (si - 1, si)
            and o.date is not None
        ]
        if not own:
            continue
        base = own[-1].date
        assert base is not None
        got = shift(base, rel) if base.day is not None else base
        if got is not None:
            c.date = got


# "Её оштрафовали на 40 базовых величин и вечером отпустили", "Праз тры дні яе адпусцілі,
# аштрафаваўшы на 20 базавых": a fine and the release it ends, told together, are of one day
_FINE_THEN_RELEASE = scan.compile(r"[^,;:—–()]{0,60}?\s(?:and|и|і)\s[^,;:—–]{0,25}$", re.I)
# "Яе адпусцілі ў той жа дзень, выпісаўшы штраф", "released the same evening, after issuing a
# fine": the release's own date may come before the comma
_FINING = scan.compile(
    r"[^,;.]{0,30}?,\s*(?:аштрафаваўшы|оштрафовав|having fined|fining|(?:выпісаўшы|выписав|"
    r"прызначыўшы|назначив|having issued|issuing|imposing)\s+(?:\w+\s+)?(?:штраф|a fine)\w*)",
    re.I,
)


def fine_with_release(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind != "fined" or c.date is not None:
            continue
        for o in claims:
            if o.kind != "released" or o.person != c.person or o.date is None:
                continue
            if o.sentence.start != c.sentence.start or o.end <= o.pos or c.end <= c.pos:
                continue
            if (c.pos < o.pos and _FINE_THEN_RELEASE.fullmatch(doc.text, c.end, o.pos)) or (
                (m := _FINING.match(doc.text, o.end)) and o.end <= c.pos < m.end()
            ):
                c.date = o.date
                break


# "у ліпені Юлію змясцілі ў ШІЗА. З таго ж часу ёй не аддаюць лістоў": the time just told
# ("since then" alone is not enough: annotators leave "С тех пор ни одного свидания" undated)
_SINCE_THE_SAME = scan.compile(
    r"\b(?:з таго ж часу|з тае ж пары|з той жа пары|с того же времени|с того же момента|"
    r"с той же поры|since the same time|from the same time)\b",
    re.I,
)


def since_the_same_time(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind not in PENALTIES or c.date is not None:
            continue
        m = _SINCE_THE_SAME.search(c.clause.text)
        if m is None:
            continue
        si = doc.sentence_of(c.pos)
        told = [
            o
            for o in claims
            if o.person == c.person
            and o.date is not None
            and o.pos < c.clause.start + m.start()
            and doc.sentence_of(o.pos) in (si - 1, si)
        ]
        if told:
            c.date = told[-1].date


# "Его не раз сажали в ШИЗО, последний раз — в январе", "I was sent to the punishment cell four
# times. The longest stretch was last February": the one stay the report dates
_ONE_OF_THEM = scan.compile(
    r"\b(?:(?:в |у |the )?последний раз|(?:у )?апошні раз|(?:the )?last time|most recently|"
    r"the (?:longest|last|latest) (?:stretch|stay|spell|one|time)|самый (?:долгий|длинный)|"
    r"дольше всего|самы доўгі|даўжэй за ўсё)\b",
    re.I,
)
_REPEATED = {"punishment_cell", "hunger_strike", "visits_denied"}


def the_last_time(doc: Doc, claims: list[Claim]) -> None:
    """A repeated stay with no date of its own takes the date the report gives its last (or
    longest) time, later in its sentence or at the next one's opening."""
    for c in claims:
        if c.kind not in _REPEATED or c.date is not None:
            continue
        i = doc.sentence_of(c.pos)
        after = doc.sents[i + 1] if i + 1 < len(doc.sents) else None
        # the rest of the sentence, or the next sentence's opening
        spans = [(max(c.end, c.pos), c.sentence.end)]
        if after is not None and "\n" not in doc.text[c.sentence.end : after.start]:
            spans.append((after.start, after.start + 30))
        for a, b in spans:
            m = _ONE_OF_THEM.search(doc.text, a, b)
            if m is None or any(
                o is not c and o.kind not in (c.kind, "held_at") and a <= o.pos < m.start()
                for o in claims
            ):
                continue
            when = [
                d
                for d in doc.resolved_dates(m.end(), m.end() + 30)
                if d.start in doc.resolved
                and doc.sentence_of(d.start) == doc.sentence_of(m.start())
            ]
            if when:
                c.date = doc.resolved[when[0].start]
                break


# "Там у яго прыхапіла сэрца", "There he fell ill", "В карцере у него открылась язва": in the
# place just told
_THERE = scan.compile(
    r"^\W*(?:там|тамака|there|in the (?:punishment )?cell|в карцере|в ШИЗО|у карцары|у ШІЗА)\b",
    re.I,
)
_IN_THE_STAY = {"medical_neglect", "hunger_strike", "visits_denied"}


def in_the_cell_just_told(doc: Doc, claims: list[Claim]) -> None:
    """ "А ў студзені ён трапіў у ШІЗА на 15 сутак. Там у яго прыхапіла сэрца, але медыка не
    паклікалі": what happened "there", right after a dated stay in the punishment cell, is of
    that stay's date (not after a transfer to a colony: a stay of years)."""
    for c in claims:
        if c.kind not in _IN_THE_STAY or c.date is not None or not _THERE.match(c.sentence.text):
            continue
        i = doc.sentence_of(c.pos)
        if i == 0:
            continue
        prev = doc.sents[i - 1]
        told = sorted(
            (o for o in claims if prev.start <= o.pos < prev.end and o.kind != "held_at"),
            key=lambda o: o.pos,
        )
        if told and told[-1].kind == "punishment_cell" and told[-1].person == c.person:
            c.date = told[-1].date


# what joins two facts of one scene: "затрымалі і ў той жа дзень аштрафавалі", "затрымала
# аднаго з іх, Андрэя Жука; у той жа дзень суд аштрафаваў яго", "was detained too and fined"
_JOINED = scan.compile(r"[^.;:!?]{0,40}?(?:[,;]\s*|\s(?:і|и|and|а)\s+)[^.;:!?,]{0,25}", re.I)
_SCENE = {"detained", "released", "fined", "dismissed", "punishment_cell"}


def one_day_of_the_scene(doc: Doc, claims: list[Claim]) -> None:
    """ "Там яе саму затрымалі і ў той жа дзень аштрафавалі": the fine is "the same day" as the
    detention told with it, so the detention has the day that wording got; and "у той жа дзень
    аштрафавалі на 20 базавых і адпусцілі" the release told with the fine too."""
    for y in claims:
        d = y.date_from
        if y.date is None or d is None or d.relative is None:
            continue
        if d.relative.amount or d.relative.anchor or y.kind not in _SCENE:
            continue
        for x in claims:
            if x is y or x.person != y.person or x.date is not None or x.kind not in _SCENE:
                continue
            if x.sentence.start != y.sentence.start or x.end <= x.pos or y.end <= y.pos:
                continue
            a, b = (x, y) if x.pos < y.pos else (y, x)
            if not _JOINED.fullmatch(doc.text, a.end, b.pos) or any(
                a.end <= m.start < b.pos and m.start != d.start for m in doc.dates
            ):
                continue
            if any(a.pos < o.pos < b.pos and o.kind not in ("held_at",) for o in claims):
                continue
            x.date = y.date
