"""Releases and exiles in wordings the trigger lists of ``claims.py`` miss, and the release an
interview's question asks about ("— When did you get out? — On 3 February."), added to the
claims found by the triggers before they are dated."""

from __future__ import annotations

import re

from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.attribution import Doc, attribute, eligible
from nezabudka.extraction.implied import released_list
from nezabudka.extraction.interview import ADDRESSEE
from nezabudka.extraction.suggestion import Claim

_EXTRA = {
    "released": scan.compile(
        # "before being pardoned this summer", "got pardoned"
        r"\b(?:being|got|get)\s+pardoned\b|"
        # "The other three walked out yesterday"
        r"\b(?:walked|came)\s+out\s+(?:yesterday|today|this morning|last\s+(?:week|month|year))\b|"
        # "completed her two-year term of restricted freedom", "served out his three-year term"
        r"\b(?:completed|served out)\s+(?:his|her|their)\s+(?:[\w-]+\s+){1,2}?(?:sentence|term)\b|"
        # "left Asipovichy open facility No. 48"
        r"\bleft\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:open(?:[- ]type)?\s+(?:correctional\s+)?"
        r"facility|correctional facility)|"
        # "вышел из «Волчьих нор» — колонии №22": a colony known by its nickname
        r"\bвыш(?:ел|ла|ли)\s+из\s+«[^»]{1,40}»\s*(?:—|–|,|\()\s*(?:колони|ИК|тюрьм)|"
        r"\bвыйш(?:аў|ла|лі)\s+з\s+«[^»]{1,40}»\s*(?:—|–|,|\()\s*(?:калоні|ПК|ІК|турм)|"
        # "Аляксей выйшаў у той жа дзень", "вышла на следующий день" in a report on releases
        r"\bвыйш(?:аў|ла|лі)\s+(?:у той жа дзень|таго ж дня|назаўтра|на наступны дзень)"
        r"(?!\s+(?:на працу|замуж|на сувязь|з дому))|"
        r"\bвыш(?:ел|ла|ли)\s+(?:в тот же день|тем же днём|на следующий день|назавтра)"
        r"(?!\s+(?:на работу|замуж|на связь|из дома))",
        re.I,
    ),
    "exile": scan.compile(
        # "I was put on a bus to the Lithuanian border", "put out of the country"
        r"\bput\s+(?:(?:me|him|her|us|them)\s+)?on\s+an?\s+(?:bus|car|train|minibus)\s+"
        r"(?:\w+\s+){0,3}?to\s+the\s+(?:\w+\s+)?border\b|"
        r"\bput\s+(?:(?:me|him|her|us|them)\s+)?out\s+of\s+(?:the country|Belarus)\b",
        re.I,
    ),
}


# "але не па памілаванні", "Без всякого помилования", "not a pardon": how it did not happen
_NOT_PARDON = scan.compile(
    r"\b(?:не па|не по|без(?: всякого| усякага)?|not (?:by )?(?:a )?|without (?:a |any )?)\s*"
    r"(?:памілаванн|помиловани|pardon)\w*",
    re.I,
)
# "от звонка до звонка", "when my term ran out", "to the last day": the term served
_TERM_OVER = scan.compile(
    r"\b(?:term|sentence) (?:ran out|was over|had run out|came to an end|ended)\b|"
    r"\bto the (?:very )?last day\b|от звонка до звонка|ад званка да званка",
    re.I,
)


def release_how(text: str) -> str | None:
    """How a release happened (``terms.release_how``), and the idioms of a served term; a
    pardon denied ("не па памілаванні") is none."""
    if _TERM_OVER.search(text):
        return "end_of_term"
    how = T.release_how(_NOT_PARDON.sub(" ", text))
    return how


def _add(doc: Doc, kind: str, m: re.Match[str], have: set[tuple[str, int]]) -> list[Claim]:
    clause = doc.clause_of(m.start())
    if (kind, clause.start) in have or C.NEGATION_BEFORE.search(
        doc.text[max(0, m.start() - 40) : m.start()]
    ):
        return []
    have.add((kind, clause.start))
    sent = doc.sents[doc.sentence_of(m.start())]
    if kind == "released":
        how = release_how(sent.text)
        listed = released_list(doc, m.start())
        if listed:  # "The other three walked out yesterday. A … B … C …"
            return [Claim(kind, p, m.start(), s, clause, end=m.end(), how=how) for p, s in listed]
    else:
        how = None
    return [
        Claim(kind, p, m.start(), sent, clause, end=m.end(), how=how)
        for p in attribute(doc, m.start(), m.end())
    ]


# "— When did you get out?", "— Когда вы вышли?", "— What was the day of your release like?"
_RELEASE_ASKED = scan.compile(
    r"\b(?:releas\w*|get out|got out|come out|came out|walk(?:ed)? free|going home|go home|"
    r"освобод\w*|освобожд\w*|вышли|выйшлі|вызвал\w*|на свабоду|на волю|на свободу)",
    re.I,
)
# "— What did you do after your release?" asks about what came later
_ASKED_AFTER = scan.compile(r"\b(?:after|since|после|пасля|з таго часу)\b", re.I)
_QUESTION_MAX = 90  # characters: a short question about the release itself


def _asked_release(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "— When did you get out? — On 3 February this year.": the interviewee's release, which
    the answer need not name again, when no release of the interviewee is told otherwise; it
    takes the answer's date in ``answered_questions``."""
    iv = doc.interview
    if iv is None or any(
        c.kind == "released"
        and c.person == iv.interviewee
        and doc.resolved_dates(c.sentence.start, c.sentence.end)
        for c in claims
    ):
        return []  # "…was released on 3 June" told already
    for a, b in iv.questions:
        q = doc.text[a:b]
        if (
            len(q) > _QUESTION_MAX
            or not _RELEASE_ASKED.search(q)
            or _ASKED_AFTER.search(q)
            or not ADDRESSEE.search(q)
            or any(a <= m.start < b for m in doc.mentions if m.person != iv.interviewee)
        ):
            continue
        answer = iv.answer_after(b)
        if answer is None or any(
            c.kind == "released" and answer[0] <= c.pos < answer[1] for c in claims
        ):
            continue
        hit = _RELEASE_ASKED.search(doc.text, a, b)
        assert hit is not None
        sent = doc.sents[doc.sentence_of(hit.start())]
        # said in the answer's first sentences ("— 17 января, от звонка до звонка.")
        first = doc.sentence_of(answer[0] + 2)
        told = [s for s in doc.sents[first : first + 3] if s.start < answer[1]]
        # "— I signed the petition. On August 30 I was told to pack my things.": the first day
        # the answer names (the opening date itself is left to answered_questions)
        days = [
            doc.resolved[d.start]
            for s in told[1:]
            for d in doc.resolved_dates(s.start, s.end)
            if doc.resolved[d.start].day is not None
        ]
        how = release_how(
            " ".join(s.text for s in doc.sents[first : first + 3] if s.start < answer[1])
        )
        return [
            Claim(
                "released",
                iv.interviewee,
                hit.start(),
                sent,
                doc.clause_of(hit.start()),
                end=hit.end(),
                how=how,
                date=None
                if doc.resolved_dates(told[0].start, told[0].end) or not days
                else days[0],
            )
        ]
    return []


# the release of someone the report does not name: "Fellow prisoners who have since been
# released say…", "Men released from colony No. 15 say…", "от мужчины, который недавно
# освободился", "Калі хтосьці з вас адтуль выйшаў"
_UNNAMED_BEFORE = scan.compile(
    r"\bfellow\s+(?:prisoners|inmates|cellmates)\s+$|"
    r"\b(?:prisoners|inmates|men|women|cellmates|detainees|people)\s+who\s+(?:have\s+|had\s+)?"
    r"(?:since\s+|recently\s+|already\s+)?$|"
    r"\b(?:мужчин\w*|женщин\w*|человек\w*|знаком\w*|сокамерник\w*|мужчын\w*|жанчын\w*|"
    r"чалавек\w*|знаём\w*|сукамернік\w*)\s*,\s*(?:котор\w+|які|якая|якія)\s+(?:\w+\s+){0,2}$|"
    r"\b(?:хтосьці|хто-небудзь|кто-то|кто-нибудь|someone|anyone)\b[^.!?]{0,25}$",
    re.I,
)
# "28 января помилованы 14 человек.", "За месяц вызвалены 41 чалавек": a number of people
_COUNTED_PEOPLE = scan.compile(
    r"\b\d+\s+(?:человек\w*|чалавек\w*|people|persons|political prisoners|политзаключ\w+|"
    r"палітвязн\w+)",
    re.I,
)


def _nobodys_release(doc: Doc, c: Claim) -> bool:
    """A release told of someone unnamed, or of a number of people that sentence and the two
    after it do not name, is not the release of the person in focus."""
    if _UNNAMED_BEFORE.search(doc.text, max(c.clause.start, c.pos - 60), c.pos):
        return True
    # "Men released from colony No. 15 say…": a participle after a plural
    if re.match(r"(?:released|freed)\b", doc.text[c.pos : c.pos + 8]) and re.search(
        r"\b(?:men|women|prisoners|inmates|cellmates|people)\s+$",
        doc.text[max(c.clause.start, c.pos - 20) : c.pos],
        re.I,
    ):
        return True
    if not _COUNTED_PEOPLE.search(c.clause.text) or released_list(doc, c.pos):
        return False
    i = doc.sentence_of(c.pos)
    upto = doc.sents[min(i + 2, len(doc.sents) - 1)].end  # "Сярод вызваленых — Тарас З."
    return not any(c.sentence.start <= m.start < upto for m in doc.mentions if m.person == c.person)


# "из ИК-4 вышла Елена П., полностью отбыв …", "1 июля из колонии № 22 вышел Николай Г.": the
# name right after an intransitive release verb is its subject, whatever was named before
_VERB_BEFORE_SUBJECT = scan.compile(
    r"(?:выш(?:ел|ла|ли)|выйш(?:аў|ла|лі)|освобожден[аы]?|вызвален(?:ы|а|ая)|"
    r"вызвалі(?:ўся|лася|ліся)|освободил(?:ся|ась|ись))(?:\s+на\s+(?:свободу|волю|свабоду))?\s+$",
    re.I,
)


def _subject_after_verb(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind != "released" or c.end <= c.pos:
            continue
        after = [m for m in doc.mentions if c.end <= m.start <= c.end + 15]
        if not after or not _VERB_BEFORE_SUBJECT.search(doc.text, c.pos, after[0].start):
            continue
        m = after[0]
        if doc.text[c.end : m.start].strip() or not eligible(doc, m) or m.relative or m.speaker:
            continue
        # "вышли на свободу Валерий Ж., …, и Антон Е.": the second subject keeps his own
        if any(o.person == c.person and c.end <= o.start < c.sentence.end for o in doc.mentions):
            continue
        c.person = m.person


def more_releases(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """``claims`` with the releases and exiles the trigger lists miss, without the releases of
    people the report does not name."""
    claims = [
        c for c in claims if c.kind != "released" or c.person < 0 or not _nobodys_release(doc, c)
    ]
    have = {(c.kind, c.clause.start) for c in claims}
    out = list(claims)
    for kind, pattern in _EXTRA.items():
        for m in pattern.finditer(doc.text):
            out.extend(_add(doc, kind, m, have))
    out.extend(_asked_release(doc, out))
    _subject_after_verb(doc, out)
    out.sort(key=lambda c: c.pos)
    return out
