"""The extraction pipeline: text in, suggested facts out (nothing is written anywhere).

``extract(text)`` returns ``{"people": [{"name", "role", "person_id", "claims": [...]}]}`` where
each claim has ``kind`` and ``quote`` and, where applicable, ``date``, ``article``, ``years``,
``months``, ``regime``, ``facility`` and ``how``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.answers import answered_questions
from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.attribution import Doc, attribute, eligible, focus
from nezabudka.extraction.date_years import months_in_order
from nezabudka.extraction.dates import find_dates
from nezabudka.extraction.dating import (
    also_as_earlier,
    among_the_detained,
    assign_dates,
    conjoined_verbs_share_date,
    date_of_scene,
    detail,
    detained_at_the_court,
    event_noun_dates,
    exile_on_release_day,
    fine_on_the_court_day,
    headline_dates,
    no_future_dates,
    resolve_dates,
    resolve_pending,
    same_as_earlier_event,
    same_event_date,
    same_event_retold,
    stay_then_moved,
    together_with,
)
from nezabudka.extraction.dismissal_orders import dismissal_orders
from nezabudka.extraction.event_counts import count_from_the_hearing, this_happened_after
from nezabudka.extraction.funerals import funeral_on_death_day, funeral_requests
from nezabudka.extraction.implied import (
    among_listed,
    among_the_released,
    arrested_together,
    dated_list_after_colon,
    left_after_release,
    recognized_list,
    released_at_the_border,
    released_list,
    same_day_as,
    second_charge_date,
    story_start,
)
from nezabudka.extraction.instance_dates import last_instance_dates
from nezabudka.extraction.interview import find_interview, find_narrator, find_teller
from nezabudka.extraction.kin_claims import (
    relatives_denied_visits,
    the_lawyers_client,
    unnamed_kin_facts,
    visits_of_kin,
)
from nezabudka.extraction.lang import detect_language
from nezabudka.extraction.penalty_dates import (
    after_own_event,
    fine_with_release,
    in_the_cell_just_told,
    one_day_of_the_scene,
    since_the_same_time,
    the_last_time,
)
from nezabudka.extraction.people import Mention, find_people
from nezabudka.extraction.regime_nearby import (
    codefendant_after_verdict,
    regimes_nearby,
    upheld_terms,
)
from nezabudka.extraction.relative_dates import (
    back_to_the_main_line,
    before_the_written_date,
    count_from_an_undated_fact,
    count_from_the_event_before,
)
from nezabudka.extraction.release_dates import (
    late_release_dates,
    one_release,
    pardon_headline,
    release_day_in_answer,
    release_how_nearby,
    released_in_court,
)
from nezabudka.extraction.release_triggers import more_releases
from nezabudka.extraction.repeats import repeated_events
from nezabudka.extraction.season_dates import season_dates
from nezabudka.extraction.sections import find_sections, section_dates
from nezabudka.extraction.segment import Span, clauses, headline_end, keyword_matches, sentences
from nezabudka.extraction.served_arrests import served_arrests
from nezabudka.extraction.shared_articles import add_shared_articles
from nezabudka.extraction.structured_claims import (
    add_charge_claims,
    add_place_claims,
    add_term_claims,
)
from nezabudka.extraction.suggestion import Claim
from nezabudka.extraction.town_transfers import transfers_to_there, transfers_to_towns
from nezabudka.extraction.verdict_dates import (
    appeal_dates,
    charges_before_verdict,
    count_from_the_first_verdict,
    fine_with_verdict,
    heard_case_dates,
    one_verdict,
    same_hearing,
    terms_of_one_verb,
    verdict_beside_its_verb,
    verdict_dates,
)
from nezabudka.extraction.when_clauses import same_day_when, without_when

PRISON_KINDS = {
    "charged", "sentenced", "transferred", "hunger_strike", "punishment_cell", "medical_neglect",
    "visits_denied", "funeral_denied", "death_in_custody", "recognized", "exile",
}  # fmt: skip


# --- dates ---------------------------------------------------------------------------------------


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


# "MINSK, 29 June 2023 — The court on Wednesday delivered…": the report's dateline
_DATELINE_BEFORE = scan.compile(r"(?:^|\n)[ \t]*[A-ZА-ЯЁІЎ](?:[^\W\d_]|[ .'’-]){1,30},[ \t]*$")
_DATELINE_WITHIN = 400  # characters from the top
_DATELINE_AFTER = scan.compile(r"[ \t]*[—–-]")


def _drop_dateline(doc: Doc) -> None:
    """A dateline dates the report, not the event, when the sentence dates the event itself
    ("on Wednesday"): it is not offered to the sentence's facts."""
    for d in doc.dates:
        if (
            d.date is not None
            and d.start < _DATELINE_WITHIN
            and d.start in doc.resolved
            and _DATELINE_BEFORE.search(doc.text, max(0, d.start - 40), d.start)
            and _DATELINE_AFTER.match(doc.text, d.end)
            and any(
                o is not d and doc.sentence_of(o.start) == doc.sentence_of(d.start)
                for o in doc.dates
            )
        ):
            del doc.resolved[d.start]


def _drop_event_anchors(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "Через неделю после штрафа его уволили": the fine named in a date counted from it is
    that date's anchor, told before, not a fact of its own."""
    anchors = [(d.start, d.end) for d in doc.dates if d.relative and d.relative.anchor]
    return [c for c in claims if not any(a <= c.pos < b for a, b in anchors)]


def _drop_unnamed_headline(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A headline that names nobody ("Прысуд па «лідскай справе»: 7, 5,5 і 2 гады") sums up
    facts the body states person by person; read alone it would hand them to whoever is named
    first, so its claims are left to the body."""
    end = headline_end(doc.text)
    if end is None:
        return claims
    if any(mm.start < end for mm in doc.mentions):
        return claims
    return [c for c in claims if c.pos >= end]


# --- claims ---------------------------------------------------------------------------------


def _negated(text: str, start: int) -> bool:
    return bool(C.NEGATION_BEFORE.search(text[max(0, start - 40) : start]))


# "Zhdanovich was detained on 14 January, and Rudkouski two days later": the second person
# shares the verb; only a name and a date follow the conjunction
_ELLIPSIS_JOIN = scan.compile(r"^[^.;!?]*?,?\s+(?:and|а|и|і|while)\s+$", re.I)
_CLAUSE_END_NEXT = scan.compile(r"^\s*(?:[,.;!?]|$)")
_DASHED_DATE_NAME = scan.compile(r"^[^.;!?]*?,\s*$")


def _elliptical(doc: Doc, trigger_end: int) -> list[tuple[int, Span]]:
    """(person, name-and-date span) of each "…, and NAME DATE." after a trigger."""
    sent = doc.sents[doc.sentence_of(trigger_end)]
    out = []
    prev = trigger_end
    for m in doc.mentions:
        if not (trigger_end <= m.start < sent.end) or not eligible(doc, m):
            continue
        gap = doc.text[prev : m.start]
        # "Лазоўскага затрымалі 2 лютага, у той жа дзень — Ярмоліч": the date before the name
        d = next((d for d in reversed(doc.dates) if prev <= d.start and d.end <= m.start), None)
        if (
            d is not None
            and _DASHED_DATE_NAME.match(doc.text[prev : d.start])
            and re.fullmatch(r"\s*[—–-]\s*", doc.text[d.end : m.start])
        ):
            if not _CLAUSE_END_NEXT.match(doc.text[m.end : m.end + 3]):
                break
            out.append((m.person, Span(d.start, m.end, doc.text[d.start : m.end])))
            prev = m.end
            continue
        # "Нічыпарука затрымалі 10 траўня, Кірэеву — праз тыдзень": a comma and a dash
        dashed = _DASHED_DATE_NAME.match(gap) and re.match(r"\s*[—–]", doc.text[m.end :])
        if not (_ELLIPSIS_JOIN.match(gap) or dashed):
            break
        d = next((d for d in doc.dates if m.end <= d.start <= m.end + 15), None)
        if d is None or doc.text[m.end : d.start].strip(" ,—–-") != "":
            break
        if not _CLAUSE_END_NEXT.match(doc.text[d.end : d.end + 3]):
            break
        out.append((m.person, Span(m.start, d.end, doc.text[m.start : d.end])))
        prev = d.end
    return out


# "recognised two more people as political prisoners: A, B and C", "прызналі палітвязнямі
# Арцёма Баравіка і Васіля Мартыненку": the names follow the phrase (a count or a colon between)
_LIST_LEAD = scan.compile(r"^\s*(?::|—|–|-)?\s*$")


def _named_after(doc: Doc, end: int) -> list[int]:
    """The people named right after ``end`` to the end of its sentence, when the first name
    follows at once."""
    sent = doc.sents[doc.sentence_of(end)]
    after = [m for m in doc.mentions if end <= m.start < sent.end and eligible(doc, m)]
    if not after or not _LIST_LEAD.match(doc.text[end : after[0].start]):
        return []
    return [m.person for m in after if not m.relative and not m.speaker]


# "My father was due to be released in January", "он должен был освободиться": not an event
_EXPECTED = scan.compile(
    r"\b(?:due to be|expected to be|supposed to be|was to be|were to be|scheduled to be|"
    r"долж\w* (?:был\w* )?(?:быть )?|павін\w* (?:быў |была |былі )?(?:быць )?)\s*$",
    re.I,
)


_DURING_ASIDE = scan.compile(
    r",\s*(?:прямо\s+|проста\s+|right\s+)?(?:во время|падчас|during)\s+(?:the\s+|his\s+|her\s+)?$",
    re.I,
)
# "a man who was released from there told me…": a fact about someone the report does not name
_UNNAMED_SUBJECT = scan.compile(
    r"\b(?:a|one|another|some)\s+(?:\w+\s+)?(?:man|woman|person|inmate|prisoner|cellmate|detainee|"
    r"neighbou?r|acquaintance)\s+(?:who|that)\s+(?:\w+\s+){0,2}$|"
    # "Men who were released from Horki last year say …", "according to men released from"
    r"(?<!both )(?<!the )\b(?:men|women|those|inmates|cellmates|others)\s+who\s+(?:\w+\s+){0,2}$|"
    r"\b(?:according to|from|by)\s+(?:other\s+)?(?:men|women|people|inmates|cellmates|prisoners)\s+$|"
    # "женщина, чей сын недавно освободился", "людзі, якіх вызвалілі"
    r"\b(?:чей|чья|чые|чыя|чий)\s+(?:\w+\s+){1,2}$",
    re.I,
)


_CONVICTION = scan.compile(
    r"\b(?:convicted|found (?:\w+ )?guilty|criminal fine|sentenced)\b|приговор|призна\w* (?:\w+ )?"
    r"виновн\w*|уголовн\w*|осужд\w*|прысуд|прызна\w* (?:\w+ )?вінават\w*|крымінальн\w*|асуджан\w*",
    re.I,
)


_ADMINISTRATIVE = scan.compile(
    r"КоАП|КаАП|administrative|административн\w*|адміністрацыйн\w*|"
    r"экстремистских материалов|экстрэмісцкіх матэрыялаў|extremist materials",
    re.I,
)


def _criminal_fine(sentence: str) -> bool:
    """A fine imposed as a criminal sentence: the sentence names a criminal-code article or
    a conviction (administrative fines, "оштрафовали за репост", name neither)."""
    if _ADMINISTRATIVE.search(sentence) or T.find_durations(sentence):
        return False  # an administrative offence, or a fine on top of a term
    return bool(_CONVICTION.search(sentence) or find_articles(sentence))


_SERVING = scan.compile(
    r"\b(?:himself|herself|is serving|отбывает|адбывае|сам(?:а)? (?:сидит|отбывает|знаходзіцца))\b",
    re.I,
)


_VERB_LIKE = scan.compile(
    r"(?:ли|ла|лі|ло|ён|ена|ены|на|ны|ан|ал|ил|ыл|ел|ed|ing|ть|ці|ет|ут|ют|іць|аў|іў|ыў)\b"
    r"|\b(?:is|was|were|has|have|had|got)\b",
    re.I,
)


def _heading(doc: Doc, sent: Span) -> bool:
    """A sentence of two words, or of up to four on a line of its own (not an interview's
    question), that names no one: a digest's section heading."""
    words = len(sent.text.split())
    if words > 4:
        return False
    line_start = doc.text[max(0, sent.start - 1) : sent.start] in ("", "\n")
    if words > 2 and not (
        line_start
        and (
            doc.text[sent.end : sent.end + 1] in ("", "\n")
            # "ШИЗО И ИЗОЛЯЦИЯ. Вадима …", "Голодовки и ШИЗО. …": a run-in label, no verb
            or not _VERB_LIKE.search(sent.text)
        )
        and not sent.text.rstrip().endswith("?")
        and not sent.text.lstrip().startswith(("—", "–", "-"))
    ):
        return False
    return not any(sent.start <= m.start < sent.end for m in doc.mentions)


def _find_claims(doc: Doc) -> list[Claim]:
    text = doc.text
    out: list[Claim] = []

    def add(kind: str, pos: int, end: int = -1, **kw: Any) -> None:
        sent = doc.sents[doc.sentence_of(pos)]
        if kind == "hunger_strike" and _DURING_ASIDE.search(text, max(0, pos - 25), pos):
            # "27 ноября, прямо во время голодовки, его поместили в ШИЗО": the strike is the
            # aside's, told before; the date is the cell's
            return
        if _UNNAMED_SUBJECT.search(text, max(doc.clause_of(pos).start, pos - 80), pos):
            # no one named's fact, but it keeps its date from the others ("Men who were
            # released last year say he was refused care"): a claim of no one
            out.append(Claim(kind, -1, pos, sent, doc.clause_of(pos), end=end))
            return
        if _heading(doc, sent):
            return  # a digest's section heading ("Голодовки.", "Этапы и голодовки.") states nothing
        for p in attribute(doc, pos, end):
            dead = kind == "funeral_denied" and _whose_funeral(doc, p, sent, pos)
            if (
                kind in ("visits_denied", "funeral_denied")
                and (doc.people[p].relative or dead)
                # "Anatol's other son, Raman K., who is himself serving a sentence, was not
                # allowed to attend the funeral": a relative in prison is denied it himself
                and not _SERVING.search(sent.text)
            ):
                # "his daughter, Alesia S., was refused every visit": the prisoner's visits;
                # "We were not allowed to bury him," his daughter said: his body
                p = _prisoner_in_focus(doc, pos, p, dead)
            out.append(Claim(kind, p, pos, sent, doc.clause_of(pos), end=end, **kw))

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
                or _EXPECTED.search(text[max(0, m.start() - 30) : m.start()])
            ):
                continue
            kw: dict[str, Any] = {}
            if kind == "released":
                kw["how"] = T.release_how(doc.sents[doc.sentence_of(m.start())].text)
                listed = released_list(doc, m.start())
                for p, sent in listed:
                    out.append(
                        Claim(kind, p, m.start(), sent, doc.clause_of(m.start()), end=m.end(), **kw)
                    )
                if listed:
                    continue
            add(kind, m.start(), m.end(), **kw)
            for person, span in _elliptical(doc, m.end()):
                s = doc.sents[doc.sentence_of(span.start)]
                out.append(Claim(kind, person, span.start, s, span, end=span.start, **kw))
            # "sentenced to a fine": a criminal sentence as well as the fine; so is a fine
            # for a criminal-code article or with a conviction ("convicted … and ordered to pay
            # a fine", "по ч. 1 ст. 361-2 УК ей назначили штраф")
            if kind == "fined" and (
                C.SENTENCED_TO_FINE.search(text[max(0, m.start() - 60) : m.end() + 5])
                or _criminal_fine(without_when(doc.sents[doc.sentence_of(m.start())].text))
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
            # "У политзаключённого Станислава В. умерла мать": a relative died
            if (
                kind == "death_in_custody"
                and veto is not None
                and veto.match(text, t.end() + 1, min(clause.end, t.end() + 12))
            ):
                continue
            have.add((kind, clause.start))
            add(kind, t.start(), t.end())
    # funeral leave asked for in one sentence and refused in it or the next
    denied = {doc.sentence_of(c.pos) for c in out if c.kind == "funeral_denied"}
    for start, end in funeral_requests(doc):
        i = doc.sentence_of(start)
        if not {i, i + 1} & denied:
            add("funeral_denied", start, end)

    # recognition: the people named inside the phrase, else the usual attribution
    for m in doc.trigger_matches("recognized"):
        if _negated(text, m.start()):  # "Neither man has yet been recognised"
            continue
        inside = [
            mm.person
            for mm in doc.mentions
            if m.start() <= mm.start < m.end() and eligible(doc, mm)
        ]
        listed = [] if inside else recognized_list(doc, m.start())
        if not inside:
            inside = _named_after(doc, m.end())
        if len(listed) > len(inside):
            for p, sent in listed:
                out.append(Claim("recognized", p, m.start(), sent, doc.clause_of(m.start())))
        elif inside:
            for p in dict.fromkeys(inside):
                si = doc.sentence_of(m.start())
                out.append(
                    Claim("recognized", p, m.start(), doc.sents[si], doc.clause_of(m.start()))
                )
        else:
            add("recognized", m.start(), m.end())

    add_term_claims(doc, out)
    add_charge_claims(doc, out)
    add_shared_articles(doc, out)
    add_place_claims(doc, out)
    out.extend(transfers_to_towns(doc, out))
    out.extend(transfers_to_there(doc, out))
    _visitors_are_not_held(doc, out)
    out.sort(key=lambda c: c.pos)
    return out


def _visitors_are_not_held(doc: Doc, claims: list[Claim]) -> None:
    """ "Sister Natallia came to the gates of colony No. 4 to meet her": a relative with no
    facts of her own visits the place where the prisoner in focus is held."""
    for c in claims:
        if c.kind != "held_at" or c.person < 0 or not doc.people[c.person].relative:
            continue
        if any(o.person == c.person and o.kind != "held_at" for o in claims) or not any(
            m.person == c.person and c.clause.start <= m.start < c.clause.end for m in doc.mentions
        ):
            continue  # her own facts, or "She had spent eleven months in the SIZO"
        c.person = _prisoner_in_focus(doc, c.pos, c.person)


# "Калі памёр мой муж, Генадзь Б., сына не адпусцілі развітацца": the dead is not the one
# denied the funeral
_DIED_BEFORE = scan.compile(
    r"\b(?:died|passed away|умер(?:ла)?|скончал(?:ся|ась)|памёр|памерла)\s+(?:[^\W\d_]+,?\s+){0,3}$",
    re.I,
)


def _whose_funeral(doc: Doc, person: int, sent: Span, pos: int) -> bool:
    return any(
        m.person == person
        and sent.start <= m.start < pos
        and _DIED_BEFORE.search(doc.text, max(sent.start, m.start - 40), m.start)
        and doc.text.startswith(",", m.end)  # in apposition: "памёр мой муж, Генадзь Б.,"
        for m in doc.mentions
    )


def _prisoner_in_focus(doc: Doc, pos: int, relative: int, dead: bool = False) -> int:
    """The person in focus at ``pos`` when that is no relative, else ``relative`` itself."""
    f = focus(doc, pos)
    if dead:
        # the one named before the dead, even the narrator's kin ("сына не адпусцілі")
        if f == relative:
            f = next(
                (
                    m.person
                    for m in reversed(doc.mentions)
                    if m.start < pos and m.person != relative and eligible(doc, m) and not m.speaker
                ),
                None,
            )
        return relative if f is None else f
    return f if f is not None and not doc.people[f].relative else relative


# "Через пять дней голодовку она прекратила": the end of a hunger strike told before
_STRIKE_ENDED = scan.compile(
    r"\b(?:ended|stopped(?! eating)|called off|прекрати\w*|закончи\w*|заверши\w*|спыні\w*|"
    r"скончы\w*|завяршы\w*)\b",
    re.I,
)


def _merge(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        dup = None
        # the end told at the trigger ("ended the hunger strike"), not one told after the start
        # in the same clause ("stopped eating on 10 March and ended the hunger strike on the 19th")
        trigger_end = c.end if c.end > c.pos else c.pos + 20
        around = c.clause.text[
            max(0, c.pos - c.clause.start - 30) : trigger_end - c.clause.start + 15
        ]
        ended = c.kind == "hunger_strike" and bool(_STRIKE_ENDED.search(around))
        for o in out:
            if o.person != c.person or o.kind != c.kind:
                continue
            same_date = same_event_date(o.date, c.date)
            if (
                ended
                or (c.kind == "sentenced" and (o.years, o.months) == (c.years, c.months))
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
        if ended:
            continue
        if dup.date is None or (c.date is not None and detail(c.date) > detail(dup.date)):
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
    prison = kinds & PRISON_KINDS
    if prison == {"visits_denied"} and "detained" in kinds and not held:
        prison = set()  # parcels refused during an arrest ("передачи у неё не принимают")
    if prison or held or (kinds and cue):
        return "prisoner"
    if kinds - {"dismissed"}:  # losing one's job is persecution, not detention
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
    year, month = (ref.year, ref.month) if ref else (None, None)
    people, mentions = find_people(text, lang)
    sents = sentences(text)
    doc = Doc(
        text,
        lang,
        people,
        mentions,
        sents,
        [clauses(s) for s in sents],
        months_in_order(text, season_dates(text, find_dates(text, year, month), year), year, month),
    )
    doc.titled = [p.titled for p in people]
    doc.interview = find_interview(text, people, mentions)
    doc.teller = find_teller(text, mentions)
    doc.narrator = find_narrator(text, doc.teller)
    resolve_dates(doc, ref)
    back_to_the_main_line(doc)
    found = _drop_event_anchors(
        doc, _drop_unnamed_headline(doc, more_releases(doc, _find_claims(doc)))
    )
    served_arrests(doc, found)
    dismissal_orders(doc, found)
    visits_of_kin(doc, found)
    relatives_denied_visits(doc, found)
    unnamed_kin_facts(doc, found)
    the_lawyers_client(doc, found)
    _drop_dateline(doc)
    sections = find_sections(doc, found)
    for section in sections:  # a heading dates its items below, not the nearest fact
        for start in section.heading_dates:
            doc.resolved.pop(start, None)
    assign_dates(doc, found)
    found = repeated_events(doc, found)
    found = answered_questions(doc, found)
    same_as_earlier_event(found)
    also_as_earlier(doc, found)
    verdict_dates(doc, found)
    heard_case_dates(doc, found)
    same_hearing(doc, found)
    terms_of_one_verb(doc, found)
    one_verdict(doc, found)
    appeal_dates(doc, found)
    verdict_beside_its_verb(doc, found)
    second_charge_date(doc, found)
    charges_before_verdict(found)
    one_release(doc, found)
    release_day_in_answer(doc, found)
    released_in_court(doc, found)
    date_of_scene(doc, found)
    fine_on_the_court_day(doc, found)
    detained_at_the_court(found)
    together_with(doc, found)
    same_day_as(doc, found)
    same_event_retold(doc, found)
    conjoined_verbs_share_date(doc, found)
    fine_with_release(doc, found)
    since_the_same_time(doc, found)
    headline_dates(doc, found)
    event_noun_dates(doc, found)
    fine_with_verdict(found)
    release_how_nearby(doc, found)
    pardon_headline(doc, found)
    late_release_dates(doc, found)
    among_the_detained(doc, found)
    exile_on_release_day(found)
    funeral_on_death_day(doc, found)
    resolve_pending(doc, found)
    found = same_day_when(doc, found)
    count_from_the_hearing(doc, found)
    last_instance_dates(doc, found)
    count_from_the_first_verdict(found)
    stay_then_moved(found)
    count_from_the_event_before(doc, found)
    count_from_an_undated_fact(doc, found)
    before_the_written_date(doc, found)
    section_dates(doc, found, sections)
    this_happened_after(doc, found)
    after_own_event(doc, found)
    the_last_time(doc, found)
    in_the_cell_just_told(doc, found)
    one_day_of_the_scene(doc, found)
    no_future_dates(found, ref)
    regimes_nearby(doc, found)
    upheld_terms(doc, found)
    codefendant_after_verdict(doc, found)
    found = sorted(
        found
        + story_start(doc, found)
        + among_listed(doc, found)
        + among_the_released(doc, found)
        + arrested_together(doc, found)
        + left_after_release(doc, found)
        + released_at_the_border(found)
        + dated_list_after_colon(doc, found),
        key=lambda c: c.pos,
    )
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
