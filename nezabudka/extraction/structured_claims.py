"""Claims built from what the text's structured mentions give: a term of imprisonment
("3.5 years in a general-regime colony") is a sentence, a criminal-code article a charge, a
named place of detention where someone is held or was transferred to. Each is attributed to the
people the mention belongs to and dated later by the dating rules."""

from __future__ import annotations

import re

from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.articles import find_articles
from nezabudka.extraction.attribution import Doc, attribute
from nezabudka.extraction.facilities import find_facilities
from nezabudka.extraction.segment import Span
from nezabudka.extraction.suggestion import Claim
from nezabudka.extraction.town_transfers import FROM_PLACE

_DESTINATION_AFTER_DASH = scan.compile(r"^\s*[—–-]?\s*(?:у|ў|в|во|to|into)\s+[^,.;:—–]*$", re.I)
# a destination before its verb: "у Магілёўскую турму № 4 этапавалі", "в СИЗО-1 перевели"
_TO_WORDS = {"у", "ў", "в", "во", "У", "Ў", "В", "Во"}


def _to_place(head: str) -> bool:
    """Whether the words before a place open with "у/ў/в" at most three words back (checked
    word by word: the equivalent regular expression backtracks, at 20 µs a place)."""
    if not head.endswith(" "):
        return False
    words = head.split()
    for k in range(1, min(4, len(words)) + 1):
        if words[-k] in _TO_WORDS:
            return all(w.isalpha() for w in words[len(words) - k + 1 :])
    return False


_VERB_AFTER = scan.compile(r"[^\S\n]*(?:[»\"”)]\s*)?(?:(?:его|её|ее|их|яго|яе|іх)\s+)?")
_WHERE_TO = scan.compile(r"[^.;,]{0,25},\s*(?:where|куда|куды)\b", re.I)


# "— What were you convicted of? — … Five years in total.": the answer gives the term
_TERM_QUESTION = scan.compile(
    r"\b(?:convicted|sentenced?|verdict|приговор\w*|осудил\w*|осужд\w+|срок\w*|дали|прысуд\w*|"
    r"асудзіл\w*|тэрмін\w*|далі)\b",
    re.I,
)


def _answers_about_the_term(doc: Doc, s: Span) -> bool:
    iv = doc.interview
    if iv is None or not iv.answers_at(s.start):
        return False
    asked = [q for q in iv.questions if q[1] <= s.start]
    return bool(asked) and bool(_TERM_QUESTION.search(doc.text, *asked[-1]))


# ", осуждённого на 6 лет усиленного режима, этапировали 12 марта", "Pavel K., sentenced to two
# years …, was moved": a term told in passing
_PARTICIPLE_CUE = scan.compile(
    r"(?:осужд[её]нн|асуджан|приговор[её]нн|прысуджан)\w*|sentenced\b(?= to\b)", re.I
)
# Belarusian "асуджаны"/"асуджана" is as often the predicate ("Раман Ц., 37-гадовы інжынер,
# асуджаны да 10 гадоў"): in passing only beside another fact of the sentence
_PREDICATE_PARTICIPLE = scan.compile(r"(?:асуджан|прысуджан)[аы]\b", re.I)


# "Among them is Maksim B., who was sentenced to two years", "Среди них — Роман Д., которого
# приговорили к трём годам": a term told of someone a list introduces, in passing
_AMONG_THEM_WHO = scan.compile(
    r"\W*(?:among them|среди них|сярод іх)\b[^.;]*,\s*(?:who|whom|котор\w+|як(?:і|ая|ога|ую)\b)",
    re.I,
)


def _in_passing_among(doc: Doc, s: Span, cue: int, end: int) -> bool:
    """Whether a term is told in a relative clause about someone an "among them" list
    introduces, with no date of its own ("якую ў красавіку асудзілі" has one)."""
    who = _AMONG_THEM_WHO.match(doc.text[s.start : cue])
    return who is not None and not any(s.start + who.end() <= x.start < end for x in doc.dates)


def _background_term(doc: Doc, cue: int, start: int, other_fact: bool) -> bool:
    """Whether a term is named in a participle after a comma, with no date of its own: the
    sentence's date is then the main event's, not the verdict's."""
    return bool(
        _PARTICIPLE_CUE.match(doc.text, cue)
        and doc.text[max(0, cue - 3) : cue].strip().endswith(",")
        and not any(cue <= x.start < start for x in doc.dates)
        and (other_fact or not _PREDICATE_PARTICIPLE.match(doc.text, cue))
    )


# "Сначала вменили ст. 342, а 3 марта добавили ст. 130": an article takes the charge verb
# told before it; a verb that adds a charge does not reach back to the articles before it
_ADDS_CHARGE = scan.compile(r"добави|дада|дапоўн|дополни|added", re.I)


def _charge_verb_of(
    verbs: list[re.Match[str]], s: Span, at: int, after: int, shared: re.Match[str] | None
) -> re.Match[str] | None:
    """The verb of an article at `at` among the sentence's charge verbs: the first told between
    it and the article before it (which ends at `after`; "предъявили новое обвинение" is one
    verb), else that article's verb `shared` ("по ст. 361-1 и ст. 130")."""
    before = [v for v in verbs if s.start + v.start() < at]
    if before:
        own = [v for v in before if s.start + v.start() >= after]
        return own[0] if own else shared or before[-1]
    if verbs and not _ADDS_CHARGE.match(verbs[0].group()):
        return verbs[0]
    return None


def add_term_claims(doc: Doc, out: list[Claim]) -> None:
    """A sentenced claim for each term of imprisonment a sentence names."""
    text = doc.text
    for s in doc.sents:
        durs = T.find_durations(s.text, s.start, cued=_answers_about_the_term(doc, s))
        for i, d in enumerate(durs):
            stop = durs[i + 1].start if i + 1 < len(durs) else s.end
            window = text[d.end : min(stop, d.end + 90)]
            window = re.split(r";|\.\s", window)[0]
            regime = T.find_regime(text[d.start : d.end] + " " + window)
            if regime is None and d.cue < d.start:  # "sent him to a general-regime colony for"
                regime = T.find_regime(text[max(d.cue, durs[i - 1].end if i else 0) : d.start])
            if regime is None and i == 0:  # "a suspended sentence of two years"
                regime = T.find_regime(
                    text[max(doc.clause_of(d.start).start, d.start - 60) : d.start]
                )
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
                        dated=not T.SERVED_TERM_CUE.match(text, d.cue)
                        and not T.SERVED_BEFORE_CUE.search(text, max(0, d.cue - 30), d.cue)
                        and not _background_term(
                            doc, d.cue, d.start, any(s.start <= o.pos < s.end for o in out)
                        )
                        and not _in_passing_among(doc, s, d.cue, d.end),
                    )
                )


def add_charge_claims(doc: Doc, out: list[Claim]) -> None:
    """A charged claim for each article named, dated only when the sentence says "charged"/
    "обвинение"."""
    text = doc.text
    told = find_articles(text)
    verb = None
    verbs_of: dict[int, list[re.Match[str]]] = {}  # a sentence's charge verbs, found once
    pattern = C.trigger("charge_verb", doc.lang)
    for k, a in enumerate(told):
        s = doc.sents[doc.sentence_of(a.start)]
        if s.start not in verbs_of:
            verbs_of[s.start] = list(pattern.finditer(s.text))
        same = k > 0 and s.start <= told[k - 1].start
        verb = _charge_verb_of(
            verbs_of[s.start], s, a.start, told[k - 1].end if same else 0, verb if same else None
        )
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


def add_place_claims(doc: Doc, out: list[Claim]) -> None:
    """Places of detention: the destination of a transfer, else where someone is held."""
    text = doc.text
    for f in find_facilities(text):
        s = doc.sents[doc.sentence_of(f.start)]
        clause = doc.clause_of(f.start)
        head = text[clause.start : f.start]
        verb = None
        for v in C.trigger("transfer_verb", doc.lang).finditer(head):
            verb = v
        verb_at = clause.start
        if verb is None and _DESTINATION_AFTER_DASH.match(head):
            # "перавялі са шклоўскай калоніі №17 на «хімію» — у адкрытую ўстанову №48"
            for v in C.trigger("transfer_verb", doc.lang).finditer(text, s.start, clause.start):
                verb, verb_at = v, 0
        if verb is None and _to_place(text[max(0, f.start - 25) : f.start]):
            # "з калоніі № 5 у Магілёўскую турму № 4 этапавалі": the verb after the place
            gap = _VERB_AFTER.match(text, f.end)
            following = C.trigger("transfer_verb", doc.lang).match(text, gap.end()) if gap else None
            # not "у калоніі № 4 перавялі ў ПКТ": moved to a cell within the place
            if following is not None and not C.trigger("punishment_cell", doc.lang).search(
                text, following.end(), clause.end
            ):
                verb, verb_at = following, 0
        is_from = FROM_PLACE.search(text[max(0, f.start - 40) : f.start])
        arrest = C.trigger("detained", doc.lang).search(clause.text)
        # "перавялі ў памяшканне камернага тыпу ў калоніі №1": moved to a cell, not a colony
        to_cell = verb and C.trigger("punishment_cell", doc.lang).search(
            text[: f.start], verb_at + verb.end()
        )
        kind = (
            "transferred"
            if verb and not is_from and not arrest and not to_cell and f.kind != "temporary"
            else "held_at"
        )
        # "…in Prison No. 4, where he was transferred from …": the place before "where"
        after = text[f.end : min(f.end + 70, s.end)]
        back = _WHERE_TO.match(after)
        if kind == "held_at" and back and C.trigger("transfer_verb", doc.lang).search(after):
            verb, kind = None, "transferred"
        pos = verb_at + verb.start() if kind == "transferred" and verb else f.start
        end = verb_at + verb.end() if kind == "transferred" and verb else f.end
        clause = doc.clause_of(pos)  # the verb's clause, where its date is
        for p in attribute(doc, f.start):
            out.append(Claim(kind, p, pos, s, clause, facility=f.as_claim(), end=end))
