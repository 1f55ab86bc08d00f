"""Denied visits and letters told of a prisoner's relative: whose fact they are.

"У траўні Святлане адмовілі ў доўгім спатканні з мужам": the wife named as the one refused is
the visitor; the visit denied is her husband's, the prisoner named before her. "В марте мне
отказали в длительном свидании" in a mother's own account: her son's visits.
"""

from __future__ import annotations

import re

from nezabudka.extraction import scan
from nezabudka.extraction.attribution import Doc, eligible, kin_of_teller
from nezabudka.extraction.suggestion import Claim

# a relative who is herself held is denied her own visits ("сама отбывает срок")
_SERVING = scan.compile(
    r"\b(?:himself|herself|is serving|serving (?:her|his) (?:term|sentence)|отбывает|адбывае|"
    r"отбывающ\w*|адбывае\w*|сам(?:а)? (?:сидит|отбывает|знаходзіцца)|в колонии|у калоніі|"
    r"in (?:the )?(?:women's )?colony)\b",
    re.I,
)
# "в спатканні з мужам", "в свидании с сыном", "a visit with her son": the visitor's kin in
# prison (not "з бацькамі", "с родными": the prisoner's own family come to see him)
_VISIT_WITH_KIN = scan.compile(
    r"\b(?:спатканн\w*|свидани\w*|visits?)\s+(?:з|с|with)\s+(?:(?:her|his|its|своим|сваім)\s+)?"
    r"(?:муж\w*|сын\w*|брат\w*|дочер\w*|дочк\w*|дачк\w*|жонк\w*|жен\w*|husband|son|brother|"
    r"daughter|wife)\b",
    re.I,
)
# "мне отказали в свидании", "мяне пазбавілі спатканняў", "I was refused a visit"
_ME_DENIED = scan.compile(
    r"\b(?:мне|мяне|мне\s+\w+|мяне\s+\w+)\s+(?:\w+\s+){0,2}?(?:отказали|адмовілі|не дали|не далі|"
    r"не разрешили|не дазволілі)\b|\bI was (?:refused|denied|not allowed)\b",
    re.I,
)


def _prisoner_before(doc: Doc, pos: int, relative: int) -> int | None:
    """The last person named before ``pos`` who is nobody's relative, speaker or source."""
    for m in reversed(doc.mentions):
        p = doc.people[m.person]
        if (
            m.start < pos
            and m.person != relative
            and eligible(doc, m)
            and not (m.speaker or m.cited or p.relative or p.official)
        ):
            return m.person
    return None


# "отказал матери Сергея, Галине К., в свидании с сыном": whose mother she is
_KIN_OF = scan.compile(
    r"\b(?:матери|мать|маці|жене|жена|жонцы|жонка|сестре|сестра|сястры|сястра|отцу|отец|"
    r"бацьку|бацька|mother of|wife of|sister of|father of)\s+$",
    re.I,
)


def _whose_kin(doc: Doc, c: Claim) -> int | None:
    for m in doc.mentions:
        if (
            c.clause.start <= m.start < c.clause.end
            and _KIN_OF.search(doc.text, max(c.clause.start, m.start - 12), m.start)
            and eligible(doc, m)
            and not doc.people[m.person].relative
        ):
            return m.person
    return None


# "ему не передают письма от жены, Ольги Ш.", "лісты ад жонкі Марыны Д.": the sender named
_FROM_KIN = scan.compile(
    r"\b(?:от|ад|from)\s+(?:(?:his|her|their|своей|своего|свайго|сваёй)\s+)?(?:жены|мужа|матери|"
    r"мамы|сестры|брата|отца|сына|дочери|жонкі|маці|сястры|бацькі|дачкі|wife|husband|mother|"
    r"sister|brother|father|son|daughter)\s*,?\s*$",
    re.I,
)


_OWNERS_KIN = scan.compile(
    r"\s*['’]s\s+(?:mother|wife|father|sister|brother|daughter|son|husband)\b", re.I
)


def _owners_before(doc: Doc, c: Claim, owners_word: re.Pattern[str]) -> list[int]:
    """The people named in c's sentence before it with a possessive of ``owners_word`` after
    the name ("Matsveyeu's mother", "Hurynovich's lawyer"), in the text's order."""
    return [
        m.person
        for m in doc.mentions
        if c.sentence.start <= m.start < c.pos
        and owners_word.match(doc.text, m.end)
        and eligible(doc, m)
    ]


def _owner_of_kin(doc: Doc, c: Claim) -> int | None:
    owners = [
        p
        for p in _owners_before(doc, c, _OWNERS_KIN)
        if p != c.person and not doc.people[p].relative
    ]
    return owners[-1] if owners else None


def visits_of_kin(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.kind != "visits_denied" or _SERVING.search(c.sentence.text):
            continue
        sender = [
            m
            for m in doc.mentions
            if m.person == c.person
            and c.sentence.start <= m.start < c.sentence.end
            and _FROM_KIN.search(doc.text, max(c.sentence.start, m.start - 30), m.start)
        ]
        if sender and (p := _prisoner_before(doc, sender[0].start, c.person)) is not None:
            # the letters are the prisoner's, not the sender's
            c.person = p
            continue
        # "Matsveyeu's mother, Halina M., was not allowed to hand her son a parcel": whose kin
        if (
            c.person >= 0
            and not any(
                m.person == c.person and c.sentence.start <= m.start < c.pos and not m.relative
                for m in doc.mentions
            )
            and (owner := _owner_of_kin(doc, c)) is not None
        ):
            c.person = owner
            continue
        if _VISIT_WITH_KIN.search(c.clause.text) and (p := _whose_kin(doc, c)) is not None:
            c.person = p
            continue
        if (
            c.person >= 0
            and (
                doc.people[c.person].relative
                # "Мать политзаключённого Валентина Ш. рассказала, что ей отказали в свидании"
                or any(m.speaker for m in doc.people[c.person].mentions)
            )
            and _VISIT_WITH_KIN.search(c.clause.text)
        ):
            # the relative named as the one refused: the prisoner told of before her
            named_here = any(
                m.person == c.person and c.sentence.start <= m.start < c.clause.end
                for m in doc.mentions
            )
            if named_here and (p := _prisoner_before(doc, c.pos, c.person)) is not None:
                c.person = p
        elif (
            doc.teller is not None
            and doc.narrator is None
            and doc.interview is None
            and _ME_DENIED.search(c.clause.text)
            and not any(c.clause.start <= m.start < c.clause.end for m in doc.mentions)
            and (kin := kin_of_teller(doc)) is not None
        ):
            # "В марте мне отказали в длительном свидании": the teller's imprisoned kin
            c.person = kin


# a kinship word in any case, between the prisoner's name and his relative's: "Matsveyeu's
# mother, Halina M.", "Супруге Виктора Анастасии Л.", "маці Арцёма Святлана Ж."
_KIN_BETWEEN = scan.compile(
    r"^(?:['’]s\s+)?\W*(?:[^\W\d_]+\s+)?(?:wife|husband|mother|father|sister|brother|son|daughter|"
    r"жен\w*|супруг\w*|муж\w*|мат(?:ь|ери)|отц\w*|отец|сестр\w*|брат\w*|сын\w*|доч\w*|жонк\w*|"
    r"маці|бацьк\w*|сястр\w*|дачк\w*|мам\w*)\W*$",
    re.I,
)
_KIN_BEFORE = scan.compile(
    r"\b(?:жен\w*|супруг\w*|муж\w*|мат(?:ь|ери)|отц\w*|отец|сестр\w*|брат\w*|сын\w*|доч\w*|"
    r"жонк\w*|маці|бацьк\w*|сястр\w*|дачк\w*|мам\w*|mother of|wife of|sister of)\s+$",
    re.I,
)
_OWN_KINDS = frozenset({"visits_denied", "funeral_denied"})


def _family(doc: Doc, a: int, b: int) -> bool:
    sa, sb = doc.people[a].surname or "", doc.people[b].surname or ""
    return len(sa) > 3 and sa[:4].lower() == sb[:4].lower()


def relatives_denied_visits(doc: Doc, claims: list[Claim]) -> None:
    """ "His mother, Halina L., has not been allowed a single visit": a relative named before
    the denial in its clause, with no facts of her own, is denied the prisoner's visits: the
    one whose kin she is ("Matsveyeu's mother, Halina M., was not allowed to hand her son a
    parcel"), else one of her family named before, else whom the attribution found, else the
    last person named before her who is nobody's relative."""
    own = {c.person for c in claims if c.kind not in _OWN_KINDS}
    for c in claims:
        if c.kind != "visits_denied" or _SERVING.search(c.sentence.text):
            continue
        here = [
            m
            for m in doc.mentions
            if c.clause.start <= m.start < c.pos
            and m.relative
            and not m.speaker
            and m.person not in own
            and eligible(doc, m)
        ]
        if not here:
            continue
        r = here[-1]
        before = [
            m
            for m in doc.mentions
            if m.start < r.start and m.person != r.person and eligible(doc, m) and not m.speaker
        ]
        owner = next(
            (
                m.person
                for m in reversed(before)
                if m.start >= c.sentence.start
                and (
                    _KIN_BETWEEN.match(doc.text[m.end : r.start])
                    or _KIN_BEFORE.search(doc.text, max(0, m.start - 15), m.start)
                )
            ),
            None,
        )
        if owner is None:
            owner = next(
                (m.person for m in reversed(before) if _family(doc, m.person, r.person)), None
            )
        if owner is None and c.person not in (r.person, -1):
            continue  # the attribution found the prisoner already
        if owner is None:
            owner = next(
                (m.person for m in reversed(before) if not m.relative and not m.cited), None
            )
        if owner is not None:
            c.person = owner


# "Her son Pavel was fined in April", "Через два дня его жену Ольгу оштрафовали": the subject is
# a relative of the one in focus, named by no full name the report gives a person: nobody's fact
_UNNAMED_KIN = scan.compile(
    r"\b(?:his|her|their|его|её|ее|их|яго|яе|іх)\s+(?:(?:younger|elder|older|младш\w+|старш\w+|"
    r"малодш\w+)\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|"
    r"жен[ау]|муж[ау]?|сын[ау]?|доч(?:ь|ери)|брат[ау]?|сестр[ау]|мат(?:ь|ери)|отц[ау]|"
    r"жонк[ау]|сын[ау]?|дачк[ау]|сястр[ау]|бацьк[ау]|маці)"
    r"(?:\s+(?-i:[A-ZА-ЯЁІЎ])[^\W\d_]+)?\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:(?:also|тоже|также|таксама)\s+)?$",
    re.I,
)


_ALONG = scan.compile(r"\b(?:and|with|и|і|с|з|вместе с|разам з|together with)\s+$", re.I)


def unnamed_kin_facts(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.person < 0:
            continue
        head = doc.text[c.clause.start : c.pos]
        k = _UNNAMED_KIN.search(head)
        # "she and her son crossed into Poland": the kin goes along with the subject
        if (
            k is None
            or _ALONG.search(head, 0, k.start())
            or any(c.clause.start <= m.start < c.pos for m in doc.mentions)
        ):
            continue
        c.person = -1


# "According to Hurynovich's lawyer, Hanna B., her client has not been allowed a phone call":
# the client is whose lawyer she is
_CLIENT = scan.compile(r"\b(?:her|his|their) client\b", re.I)
_OWNERS_LAWYER = scan.compile(
    r"\s*['’]s\s+(?:lawyer|attorney|defence lawyer|defense lawyer)\b", re.I
)


def the_lawyers_client(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if not _CLIENT.search(doc.text, c.clause.start, c.pos):
            continue
        owners = _owners_before(doc, c, _OWNERS_LAWYER)
        if owners:
            c.person = owners[-1]
