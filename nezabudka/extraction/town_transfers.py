"""Transfers told without the destination's name: by a town alone ("этапировали в Жодино",
"was moved to Shklou"), the place of detention in that town the report names for the person,
else the town's only one; or by "there" ("3 марта его этапировали туда"), the place named just
before."""

from __future__ import annotations

import re
from functools import cache

from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc, attribute
from nezabudka.extraction.facilities import find_towns
from nezabudka.extraction.suggestion import Claim

# where someone was moved from, told before a place: "из СИЗО на Володарского"
FROM_PLACE = scan.compile(
    r"(?:^|[\s(])(?:from|из|з|са|із)\s+(?:the\s+)?"
    # "из СИЗО на Володарского": a bare kind word and the street that names the place ("из
    # Американки на Володарку" names two places, and goes to the second)
    r"(?:(?:СИЗО|СІЗА|SIZO|изолятор\w*|ізалятар\w*)(?:\s*[-№]\s*\d+)?\s+(?:на|on)\s+|"
    r"(?:(?!(?:to|into|в|во|у|ў|ва|на)\s)[^\s,;.]+\s+){0,3})[«\"“„']?$",
    re.I,
)

_TO_TOWN = scan.compile(r"(?:^|\s)(?:to|into|в|во|у|ў)\s+$", re.I)
_TRANSFER_PROPER = scan.compile(
    r"этап|перев|перав|transfer|moved|taken from|sent on|taken (?:by|under) convoy|sent by convoy",
    re.I,
)


def _only_place_in(town: str) -> dict[str, object] | None:
    """The one numbered place of detention the reference lists in ``town``, if only one."""
    only = _only_place_key(town)
    return {"kind": only[0], "number": only[1], "town": only[2]} if only else None


@cache
def _only_place_key(town: str) -> tuple[str, int, str] | None:
    from nezabudka import reference

    here = [p for p in reference.places("by") if p.town == town and p.number is not None]
    if len(here) != 1 or here[0].number is None:
        return None
    return here[0].kind, here[0].number, here[0].town


def transfers_to_towns(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "…а в январе его этапировали в Жодино", "was moved to Shklou in 2023": a transfer to
    a town goes to the place of detention in that town the report names for the person (else
    the only one it names there), with the transfer's own date."""
    text = doc.text
    placed = [c for c in claims if c.facility and c.facility.get("number") is not None]
    towns = find_towns(text)
    added: list[Claim] = []
    for v in C.trigger("transfer_verb", doc.lang).finditer(text):
        clause = doc.clause_of(v.start())
        if (
            any(  # the clause names the destination itself after the verb (not where from)
                c.facility
                and c.clause.start == clause.start
                and c.pos >= v.start()
                and not FROM_PLACE.search(text[max(0, c.pos - 40) : c.pos])
                for c in claims
            )
            or C.trigger("detained", doc.lang).search(clause.text)
        ):
            continue
        proper = bool(_TRANSFER_PROPER.match(v.group(0)))  # not "увезли в Минск" after an arrest
        town = (
            next(
                (
                    t
                    for ts, _te, t in towns
                    if v.end() <= ts < clause.end
                    and ts - v.end() <= 50
                    # "з калоніі № 5 у Івацэвічах": the town of a place named, not a destination
                    and not any(c.facility and c.pos <= ts < (c.end or c.pos) for c in claims)
                    # the verb may end in its own "to" ("taken to Horki")
                    and _TO_TOWN.search(text[v.end() - 3 : ts])
                    and not FROM_PLACE.search(text[v.end() : ts])
                ),
                None,
            )
            or next(  # "В Оршу его этапировали в мае": the town before the verb
                (
                    t
                    for ts, te, t in towns
                    if clause.start <= ts < v.start()
                    and v.start() - te <= 25
                    and _TO_TOWN.search(text[max(clause.start, ts - 4) : ts])
                    and not any(c.facility and c.pos <= ts < (c.end or c.pos) for c in claims)
                ),
                None,
            )
        )
        if town is None:
            continue
        only = _only_place_in(town)
        # "In January 2023 he was taken to Horki": a town whose one place is a colony or prison
        if not proper and (only is None or only["kind"] not in ("penal_colony", "prison")):
            continue
        in_town = [c for c in placed if c.facility and c.facility.get("town") == town]
        if not in_town and only is not None:
            # "этапавалі ў Наваполацк", no colony named there: the town's one place
            in_town = [Claim("held_at", -1, 0, clause, clause, facility=only)]
        for p in attribute(doc, v.start()):
            own = [c.facility for c in in_town if c.person == p]
            anyone = {str(c.facility): c.facility for c in in_town}
            facility = own[0] if own else next(iter(anyone.values())) if len(anyone) == 1 else None
            moved = any(
                c.kind == "transferred" and c.person == p and c.facility == facility for c in claims
            )
            if facility is not None and not moved:
                s = doc.sents[doc.sentence_of(v.start())]
                added.append(
                    Claim(
                        "transferred", p, v.start(), s, clause, facility=dict(facility), end=v.end()
                    )
                )
    return added


# "этапировали туда из тюрьмы №4", "Туда её этапировали", "he was moved there from Vitba"
_THERE_AFTER = scan.compile(
    r"\s+(?:(?:его|её|ее|их|яго|яе|іх|him|her|them)\s+)?(?:туда|туды|сюда|сюды|there|here)\b", re.I
)
_THERE_BEFORE = scan.compile(
    r"\b(?:туда|туды|сюда|сюды)\s+(?:(?:его|её|ее|их|яго|яе|іх|ещё|яшчэ)\s+){0,2}$", re.I
)
_THERE_WORD = scan.compile(r"\b(?:туда|туды|сюда|сюды|there|here)\b", re.I)
_THERE_REACH = 2  # sentences back to the place "there" names


def transfers_to_there(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "Вчера я встретилась со Станиславом в ИК-9 в Горках. 3 марта его этапировали туда из
    тюрьмы №4": a transfer "there" goes to the place named just before (the person's own,
    else anyone's), in this sentence or the two before it."""
    text = doc.text
    added: list[Claim] = []
    if not _THERE_WORD.search(text):
        return added  # the verbs are looked for only where "there" is said at all
    for v in C.trigger("transfer_verb", doc.lang).finditer(text):
        clause = doc.clause_of(v.start())
        if not (
            _THERE_AFTER.match(text, v.end())
            or _THERE_BEFORE.search(text[clause.start : v.start()])
        ):
            continue
        if any(c.kind == "transferred" and c.clause.start == clause.start for c in claims):
            continue
        i = doc.sentence_of(v.start())
        reach = doc.sents[max(0, i - _THERE_REACH)].start
        places = [
            c
            for c in claims
            if c.facility
            and reach <= c.pos < v.start()
            and c.facility.get("kind") != "temporary"
            and not FROM_PLACE.search(text[max(0, c.pos - 40) : c.pos])
        ]
        if not places:
            continue
        for p in attribute(doc, v.start()):
            own = [c for c in places if c.person == p]
            facility = (own or places)[-1].facility
            if facility is not None and not any(
                c.kind == "transferred" and c.person == p and c.facility == facility for c in claims
            ):
                added.append(
                    Claim(
                        "transferred",
                        p,
                        v.start(),
                        doc.sents[i],
                        clause,
                        facility=dict(facility),
                        end=v.end(),
                    )
                )
    return added
