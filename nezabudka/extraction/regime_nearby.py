"""Regimes told apart from their term: later in the sentence past an abbreviation ("got 5 years
under Art. 361-4, also to be served under enhanced regime"), for several terms at once ("дал
Диме 13 лет, Артёму — 11, обоим в колонии усиленного режима"), in the next sentence ("He was
ordered to serve the term in an enhanced-security penal colony", "Пакаранне — калонія агульнага
рэжыму"), or as the one before ("a colony of the same regime")."""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.attribution import Doc
from nezabudka.extraction.suggestion import Claim
from nezabudka.extraction.verdict_dates import (
    APPEAL,
    CHANGED_TERM,
    HEARING,
    UPHELD,
    VERDICT_OF,
    first_verdict,
)

# a term that is no imprisonment: a colony regime told nearby is not its regime
_NOT_PRISON = scan.compile(
    r"restrict\w* (?:of )?freedom|restriction of liberty|ограничени\w+ свободы|абмежаванн\w+ волі|"
    r"\bхими|\bхімі|suspended|условн|[уў]моўн|штраф|\bfine|arrest\b|арест|суток|сутак|"
    r"corrective labou?r|исправительн\w+ работ|папраўч\w+ работ",
    re.I,
)
# "a colony of the same regime", "в колонии того же режима", "калоніі таго ж рэжыму"
_SAME_REGIME = scan.compile(
    r"\bsame (?:regime|security)|(?:same|identical)[- ](?:regime|security)|"
    r"\bтого же\b[^.;]{0,15}режима|\bтаго ж\b[^.;]{0,15}рэжыму",
    re.I,
)
# "the regime was strict", "режим — строгий", "рэжым — узмоцнены"
_REGIME_WAS = [
    (
        "general",
        scan.compile(
            r"regime (?:was|is) general|режим\w*\s*[—–-]\s*общ|рэжым\w*\s*[—–-]\s*агульн", re.I
        ),
    ),
    (
        "enhanced",
        scan.compile(
            r"regime (?:was|is) enhanced|режим\w*\s*[—–-]\s*усилен|рэжым\w*\s*[—–-]\s*[уў]змоцнен",
            re.I,
        ),
    ),
    (
        "strict",
        scan.compile(
            r"regime (?:was|is) strict|режим\w*\s*[—–-]\s*строг|рэжым\w*\s*[—–-]\s*строг", re.I
        ),
    ),
]
# "обоим", "both", "all three": a regime shared by the terms told before it
_SHARED = scan.compile(
    r"\b(?:both|all (?:three|four|of them)|each|обоим|обеим|всем|всем троим|абодвум|абодвум|усім)\b",
    re.I,
)
# the regime sentence must not move on to another fact ("was transferred to a strict-regime …")
_OTHER_FACT = scan.compile(
    r"transferr|moved|перевед|перевел|этапир|этапав|пераве|asked|requested|просил|прасі|"
    r"requested|потребовал|патрабава|appeal|апелляц|апеляц",
    re.I,
)


def _regime_in(text: str) -> str | None:
    regime = T.find_regime(text)
    if regime is None:
        for name, pat in _REGIME_WAS:
            if pat.search(text):
                return name
    return regime


def regimes_nearby(doc: Doc, claims: list[Claim]) -> None:
    """Fill the regime of a prison term whose own words name none."""
    text = doc.text
    terms = sorted(
        (c for c in claims if c.kind == "sentenced" and (c.years or c.months)),
        key=lambda c: c.pos,
    )
    for c in terms:
        if c.regime is not None:
            continue
        end = c.end if c.end > c.pos else c.pos
        si = doc.sentence_of(end)
        sent = doc.sents[si]
        # the term's own words up to the next term of the sentence
        later = [t.pos for t in terms if t.pos > end and sent.start <= t.pos < sent.end]
        stop = min(later) if later else sent.end
        own = text[end:stop].split(";")[0]
        lead = text[max(sent.start, c.pos - 60) : end]
        if (
            _NOT_PRISON.search(own[:60])
            or _NOT_PRISON.search(lead[-40:])
            or _OTHER_FACT.search(own)  # "moved to prison No. 4 … under the prison regime"
        ):
            continue
        regime = None
        same = _SAME_REGIME.search(own)
        if same:
            # "в колонии того же, усиленного, режима": the regime named in passing
            regime = _regime_in(
                re.sub(r"\W+", " ", same.group()).replace("того же ", "").replace("таго ж ", "")
            )
            before = [t for t in terms if t.pos < c.pos and t.regime]
            mine = [t for t in before if t.person == c.person]  # an appeal keeps the regime
            if regime is None and (mine or before):
                regime = (mine or before)[-1].regime
        elif len(own) <= 160:
            regime = _regime_in(own)
        if regime is None and later and stop < sent.end:
            # "Диме 13 лет, Артёму — 11, обоим в колонии усиленного режима"
            rest = text[stop : sent.end]
            shared = _SHARED.search(rest)
            if shared:
                regime = T.find_regime(rest[shared.end() : shared.end() + 60])
        # the next sentences, while they tell of no other term or person: "The court found
        # X guilty of … . He was ordered to serve the term in an enhanced-security colony."
        for nxt in doc.sents[si + 1 : si + 3] if regime is None and not later else []:
            others = {m.person for m in doc.mentions if nxt.start <= m.start < nxt.end}
            if (
                T.find_durations(nxt.text, nxt.start, cued=True)
                or not others <= {c.person}
                or _OTHER_FACT.search(nxt.text)
                or _NOT_PRISON.search(nxt.text)
            ):
                break
            regime = _regime_in(nxt.text)
            if regime is not None:
                break
        if regime is not None:
            c.regime = regime


def _changed_nearer(c: Claim) -> bool:
    """Whether the sentence's word for a changed term is nearer the term than its word for an
    upheld one ("Віктару тэрмін скарацілі …, прысуд Святлане пакінулі без зменаў")."""
    s = c.sentence
    at = c.pos - s.start

    def gap(m: re.Match[str]) -> int:
        return min(abs(m.start() - at), abs(m.end() - at))

    changed = [gap(m) for m in CHANGED_TERM.finditer(s.text)]
    upheld = [gap(m) for m in UPHELD.finditer(s.text)]
    return bool(changed) and min(changed) < min(upheld)


def upheld_terms(doc: Doc, claims: list[Claim]) -> None:
    """A term told in a sentence that upholds it takes no date from the appeal hearing: the
    first verdict's, told elsewhere, or none."""
    hearings = [
        doc.resolved[d.start]
        for d in doc.dates
        if d.start in doc.resolved
        and (
            APPEAL.search(doc.sents[doc.sentence_of(d.start)].text)
            or HEARING.search(doc.sents[doc.sentence_of(d.start)].text)
        )
    ]
    for c in claims:
        if c.kind != "sentenced" or c.date is None:
            continue
        cue = UPHELD.search(c.sentence.text)
        if cue is None or c.date not in hearings:
            continue
        if _changed_nearer(c):
            continue  # "reduced K.'s term to 3.5 years, while S.'s sentence was left unchanged"
        s = c.sentence
        if any(
            d.start > s.start + cue.start()
            or VERDICT_OF.search(doc.text, max(s.start, d.start - 80), d.start)
            for d in doc.resolved_dates(s.start, s.end)
        ):
            # "пакінуў без змен прысуд, вынесены ў верасні", "Приговор от 14 февраля … вступил в
            # силу": the first verdict's date
            continue
        # "On Tuesday the court rejected the appeal of D., leaving his sentence unchanged": the
        # hearing's; the first verdict's is told elsewhere ("On 12 February he was found guilty")
        c.date = first_verdict(doc, claims, c)


_DIGEST_LIST = scan.compile(r"\s*(?:Приговоры|Прысуды|Verdicts|Sentences|Суды)\.", re.I)


def codefendant_after_verdict(doc: Doc, claims: list[Claim]) -> None:
    """ "У кастрычніку 2023 года суддзя асудзіла Д. на 4 гады. С. атрымала 3 гады калоніі.": an
    undated term told in the sentence just after a co-defendant's dated verdict shares its date."""
    for c in claims:
        if c.kind != "sentenced" or c.date is not None or not c.dated:
            continue
        i = doc.sentence_of(c.pos)
        s = doc.sents[i]
        if not i or doc.resolved_dates(s.start, s.end) or APPEAL.search(s.text):
            continue
        if UPHELD.search(s.text) or T.SERVED_TERM_CUE.search(s.text):
            continue
        prev = doc.sents[i - 1]
        if "\n" in doc.text[prev.end : s.start]:
            continue  # a digest's next item
        para = doc.text.rfind("\n", 0, prev.start) + 1
        if _DIGEST_LIST.match(doc.text, para):
            continue  # "Приговоры. 11 июня … Шпак … . Студент М. получил 4 года": separate items
        dated = [
            o
            for o in claims
            if o.kind == "sentenced"
            and o.sentence.start == prev.start
            and o.person != c.person
            and o.date is not None
            and doc.resolved_dates(prev.start, prev.end)
        ]
        if len({o.date for o in dated}) == 1 and not APPEAL.search(prev.text):
            c.date = dated[0].date
