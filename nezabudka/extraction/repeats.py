"""One sentence, the same event twice: "sent to the punishment cell on 5 February and again on
20 March", "дважды помещали в ШИЗО — в апреле и 2 июня", "10 суток с 3 марта, а 14 марта ещё
10". The trigger is found once; each of its dates after it is an event of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.dates import DateMention
from nezabudka.extraction.lexicon import MONTHS
from nezabudka.extraction.suggestion import Claim

REPEATABLE = {"punishment_cell", "detained", "hunger_strike", "visits_denied", "fined"}
# cell stays counted one after another ("20 июля — ещё на 15")
_STAYS = {"punishment_cell", "hunger_strike"}
# what says the event happened more than once
_AGAIN = scan.compile(
    r"\b(?:again|twice|three times|a second time|once more|дважды|трижды|ещё|снова|повторно|"
    r"вторично|двойчы|тройчы|яшчэ|зноў|паўторна|"
    # "не раз трапляў у ШЫЗА — у прыватнасці, 12 лютага і 3 чэрвеня"
    r"два разы|тры разы|не раз|неоднократно|неаднойчы|не адзін раз|more than once|several times|repeatedly)\b",
    re.I,
)
# dates joined as the same event again: "In July 2023 and again in September"
_AND_AGAIN = scan.compile(
    r"\s*,?\s*(?:and|и|і|а)\s+(?:again|once more|снова|ещё раз|опять|зноў|яшчэ раз)\s*", re.I
)
# months listed before a count: "у верасні і лістападзе 2022-га ён двойчы трапляў у ШІЗА"
_COUNT = scan.compile(
    r"\b(?:twice|three times|дважды|трижды|двойчы|тройчы|два разы|тры разы)\b", re.I
)
# a month the date finder leaves bare inside a list: "in June, August and October 2025"
_LIST_WORD = scan.compile(r"[^\W\d_]+|[^\w\s]+|\d+", re.I)
_LIST_JOIN = scan.compile(r",|\b(?:and|и|і|й)\b", re.I)
_JOINERS = {"and", "и", "і", "й", "in", "в", "у", "ў", ","}


def _bare_months(text: str) -> list[int] | None:
    """The months named in ``text`` when it holds only months and list joiners, else None."""
    months = []
    for w in _LIST_WORD.findall(text):
        if w.lower() in MONTHS and not (w.islower() and w in {"may", "march", "mar"}):
            months.append(MONTHS[w.lower()])
        elif w.lower() not in _JOINERS:
            return None
    return months


def _listed(doc: Doc, a: DateMention, b: DateMention) -> list[PartialDate] | None:
    """The months named bare between two dates of one list ("in June, August and October
    2025": August), in the later date's year; None when the two are no list."""
    months = _bare_months(doc.text[a.end : b.start])
    year = doc.resolved[b.start].year
    if months is None or not _LIST_JOIN.search(doc.text[a.end : b.start]):
        return None
    return [PartialDate(year, m) for m in months]


def _trailing(doc: Doc, d: DateMention, end: int) -> list[PartialDate]:
    """Months named bare after the last date of a list, in its year: "в феврале и апреле"
    (апреле)."""
    m = re.match(
        r"(?:\s*(?:,\s*|(?:,\s*)?(?:and|и|і|й)\s+)(?:(?:in|в|у|ў)\s+)?[^\W\d_]+)+",
        doc.text[d.end : end],
        re.I,
    )
    months = _bare_months(m.group()) if m else None
    # the last word a month: not "in June and then …"
    if not months or not m or _LIST_WORD.findall(m.group())[-1].lower() not in MONTHS:
        return []
    year = doc.resolved[d.start].year
    return [PartialDate(year, month) for month in months]


# the end of a range ("с 3 по 13 марта", "from 3 to 13 March"), not a second event
_RANGE_END = scan.compile(r"\b(?:по|па|до|да|until|to|till)\s*$", re.I)


def repeated_events(doc: Doc, claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        again = bool(_AGAIN.search(c.sentence.text))
        # a stay in the cell is days long: "placed in the punishment cell in June, August and
        # October 2025" is three stays, "again" or not
        if c.kind not in REPEATABLE or not (again or c.kind == "punishment_cell"):
            continue
        dates = []
        # "3 июля отправили в ШИЗО на 10 суток, 20 июля — ещё на 15": the first date told before
        # the trigger, with no other fact's trigger in between
        before = [  # not the end of a range: "З 10 кастрычніка па 8 лістапада … у ПКТ"
            d
            for d in doc.resolved_dates(c.sentence.start, c.pos)
            if not _RANGE_END.search(doc.text[max(c.sentence.start, d.start - 6) : d.start])
        ]
        if (
            before
            and again
            and c.kind in _STAYS
            and not any(
                o is not c and before[-1].start < o.pos < c.pos and o.sentence == c.sentence
                for o in claims
            )
        ):
            dates.append(doc.resolved[before[-1].start])
            if _COUNT.search(c.sentence.text):
                dates.extend(_trailing(doc, before[-1], c.pos))
            # "In July 2023 and again in September he was put in the punishment cell"
            for a, b in zip(before[-2::-1], before[::-1], strict=False):
                between = _listed(doc, a, b) if _COUNT.search(c.sentence.text) else None
                if not _AND_AGAIN.fullmatch(doc.text, a.end, b.start) and between is None:
                    break
                dates[:0] = [doc.resolved[a.start], *(between or [])]
        # not past a semicolon: "…three times; since May no letter came" is another fact's
        limit = doc.text.find(";", c.pos, c.sentence.end)
        limit = c.sentence.end if limit < 0 else limit
        prev: DateMention | None = None
        a_list = True  # each date after the trigger joined to the one before as in a list
        for d in doc.resolved_dates(c.pos, limit):
            if _RANGE_END.search(doc.text[max(c.sentence.start, d.start - 6) : d.start]):
                continue
            # "…in the punishment cell on 5 February and released on 20 March": another fact's
            # trigger in between takes the later date
            if any(
                o.kind not in (c.kind, "held_at")  # the cell's colony: "в ШИЗО колонии №5 — 5 и 19"
                and o.sentence == c.sentence
                and (c.pos < o.pos < d.start or c.pos < o.clause.start <= d.start < o.clause.end)
                for o in claims
            ):
                break  # (or whose clause holds the date: "…, а ў студзені не адпусцілі на пахаванне")
            between = _listed(doc, prev, d) if prev else None
            a_list = a_list and (prev is None or between is not None)
            for date in [*(between or []), doc.resolved[d.start]]:
                if date not in dates:
                    dates.append(date)
            prev = d
        if prev is not None:  # "в ШИЗО в январе, марте и мае"
            dates.extend(x for x in _trailing(doc, prev, limit) if x not in dates)
        if len(dates) < 2 or not (again or a_list):
            continue
        c.date = dates[0]
        out.extend(replace(c, date=date) for date in dates[1:])
    return out
