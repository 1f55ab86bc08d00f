"""One sentence, the same event twice: "sent to the punishment cell on 5 February and again on
20 March", "дважды помещали в ШИЗО — в апреле и 2 июня", "10 суток с 3 марта, а 14 марта ещё
10". The trigger is found once; each of its dates after it is an event of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim

REPEATABLE = {"punishment_cell", "detained", "hunger_strike", "visits_denied", "fined"}
# cell stays counted one after another ("20 июля — ещё на 15")
_STAYS = {"punishment_cell", "hunger_strike"}
# what says the event happened more than once
_AGAIN = re.compile(
    r"\b(?:again|twice|three times|a second time|once more|дважды|трижды|ещё|снова|повторно|"
    r"вторично|двойчы|тройчы|яшчэ|зноў|паўторна|"
    # "не раз трапляў у ШЫЗА — у прыватнасці, 12 лютага і 3 чэрвеня"
    r"не раз|неоднократно|неаднойчы|не адзін раз|more than once|several times|repeatedly)\b",
    re.I,
)
# dates joined as the same event again: "In July 2023 and again in September"
_AND_AGAIN = re.compile(
    r"\s*,?\s*(?:and|и|і|а)\s+(?:again|once more|снова|ещё раз|опять|зноў|яшчэ раз)\s*", re.I
)
# the end of a range ("с 3 по 13 марта", "from 3 to 13 March"), not a second event
_RANGE_END = re.compile(r"\b(?:по|па|до|да|until|to|till)\s*$", re.I)


def repeated_events(doc: Doc, claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        out.append(c)
        if c.kind not in REPEATABLE or not _AGAIN.search(c.sentence.text):
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
            and c.kind in _STAYS
            and not any(
                o is not c and before[-1].start < o.pos < c.pos and o.sentence == c.sentence
                for o in claims
            )
        ):
            dates.append(doc.resolved[before[-1].start])
            # "In July 2023 and again in September he was put in the punishment cell"
            for a, b in zip(before[-2::-1], before[::-1], strict=False):
                if not _AND_AGAIN.fullmatch(doc.text, a.end, b.start):
                    break
                dates.insert(0, doc.resolved[a.start])
        # not past a semicolon: "…three times; since May no letter came" is another fact's
        semicolon = doc.text.find(";", c.pos, c.sentence.end)
        for d in doc.resolved_dates(c.pos, c.sentence.end if semicolon < 0 else semicolon):
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
            date = doc.resolved[d.start]
            if date not in dates:
                dates.append(date)
        if len(dates) < 2:
            continue
        c.date = dates[0]
        out.extend(replace(c, date=date) for date in dates[1:])
    return out
