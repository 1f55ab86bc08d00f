"""Sentence lengths ("3.5 years", "2 года 6 месяцев", "пяцігадовы тэрмін"), regimes ("колонии
усиленного режима", "хатняя хімія") and how a release happened (pardon, end of term, deal), in
English, Russian and Belarusian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka.extraction import scan
from nezabudka.extraction.lexicon import number_value

_I = re.I

# words are checked by number_value; "a year and a half", "sentenced to a year"
_NUM = r"(?:\d+(?:[.,]5)?|[^\W\d_]{2,14}|(?<=\bto )a(?=\s+year\b)|(?<!half )a(?=\s+year\s+and\s+a\s+half))"
_YEARS_W = r"(?:years?|год(?:а|у|ам|ами)?|лет|гад(?:оў|ы|ам|амі)?)"
_MONTHS_W = r"(?:months?|месяц(?:а|ев|ам|ами)?|месяцаў|месяцы|месяцам)"
DURATION = scan.compile(
    rf"(?<![\w-])(?:(?P<y>{_NUM})(?P<half>\s+(?:and\s+a\s+half|с половиной|з паловай))?[\s-]*{_YEARS_W}"
    rf"(?![\w-]*old)(?!\s+(?:ago|old|since|earlier|later))(?P<half2>\s+and\s+a\s+half(?!\s+ago))?(?:\s*(?:and|и|і|,)?\s*(?P<m>{_NUM})\s*{_MONTHS_W})?"
    rf"|(?P<m2>{_NUM})[\s-]*{_MONTHS_W}(?!\s+(?:ago|later|earlier))"
    # "семилетний срок", "пяцігадовы тэрмін"
    r"|(?P<ya>[^\W\d_]{3,14}?)(?:летн|гадов)[^\W\d_]*(?=\s+(?:срок|тэрмін)))(?!\w)",
    _I,
)
SENTENCE_CUE_BEFORE = scan.compile(
    r"(?:sentenc\w*|received|\bgot\b|\bgiven\b|\bgave\b|\bhanded\b|serving|\bjailed\b|\bterm\b|\bsent\b|"
    r"convicted|приговор\w*|\bдали\b|\bдал[аи]?\b|\bдаў\b|\bдалі\b|присудил\w*|прысудзі\w*|отбыва\w*|отбыв\b|отбывш\w*|адбыва\w*|адбыў\w*|"
    r"осужд\w*|осуди\w*|получил\w*|назначил\w*|прызначы\w*|\bсрок\w*|асудзі\w*|асуджан\w*|прысуд\w*|\bатрыма\w*|"
    r"тэрмін\w*|пакаранн\w*)",
    _I,
)
# a term named as served or being served ("полностью отбыв полтора года", "serving five
# years"): the sentence's date is the release's or the transfer's, not the verdict's
SERVED_TERM_CUE = scan.compile(r"serv|отбыв|адбыв|адбыў", _I)
# "Полностью отбыв срок, … (4 года)", "having served his term": the word before the term's cue
SERVED_BEFORE_CUE = scan.compile(r"(?:serv\w*|отбыв\w*|адбыв\w*|адбыў\w*)\s+(?:\w+\s+){0,2}$", _I)
SENTENCE_CUE_AFTER = scan.compile(
    r"^\s*(?:(?:prison |jail )?(?:sentence|term)|of (?:imprisonment|prison|jail|open facility|"
    r"restricted freedom)|in (?:a |an |the )?(?:prison|jail|colony|high|general|strict|enhanced|special|"
    r"penal|open|correctional)|лишения свободы|колони\w+|тюрьм\w+|ограничени\w+ свободы|пазбаўлення волі|калоні\w+|"
    r"хімі\w+|абмежаванн\w+ волі|«?(?:хатн|домашн)\w+\s+(?:хімі|хими)\w*|"
    # "6 гадоў 6 месяцаў турэмнага рэжыму", "five years of strict regime": the regime alone
    r"(?:тюремн|турэмн|обще|усиленн|строг|особ|агульн|[уў]змоцнен|асаблів)\w*\s+(?:режим|рэжым)\w*|"
    r"(?:of )?(?:general|enhanced|strict|special|prison|high)[- ](?:regime|security)|"
    # "Из четырёх лет, назначенных ему …", "the five years imposed on him"
    r",?\s*(?:назначенн\w+|прызначан\w+|присужденн\w+|imposed|handed down))",
    _I,
)
# "the prosecutor asked for 13 years", "пракурор запатрабаваў 9 гадоў": a demand, not a term
PROSECUTION_ASKED = scan.compile(
    r"\b(?:requested|asked for|demanded|sought|had asked|(?:за)?просил[аи]?|(?:по)?требовал[аи]?|"
    r"прасі(?:ў|ла|лі)|(?:за)?патрабава(?:ў|ла|лі))\b",
    _I,
)
NOT_SENTENCE = scan.compile(
    r"(?:every|each|aged|for nearly|for almost|for about|for over|more than|"
    r"over the past|каждые|кожныя|\bin|\bwithin|\blast|\bpast|последние|апошнія|"
    # "завод, где он проработал 20 лет", "worked there for 11 years": a working life
    r"проработал\w*|отработал\w*|працаваў|працавала|адпрацава\w*|worked(?: there| here)? for)\s*$",
    _I,
)

REGIMES: list[tuple[str, re.Pattern[str]]] = [
    (
        "home_restriction",
        scan.compile(
            r"ограничени\w+ свободы без направления|restrict\w+ (?:of )?freedom "
            r"without|home (?:restriction|confinement)|домашн\w+ хими\w*|"
            r"хатн\w+ хімі\w*|абмежаванн\w+ волі без накіравання",
            _I,
        ),
    ),
    (
        "open_facility",
        scan.compile(
            r"open(?:-type)? (?:correctional )?facility|\bkhimiya\b|restrict\w+ (?:of )?freedom "
            r"with (?:referral|placement)|ограничени\w+ свободы с направлением|"
            r"исправительн\w+ учреждени\w+ открытого типа|\bхими[ия]\b|\bхімі[яію]\b|"
            r"абмежаванн\w+ волі з накіраваннем",
            _I,
        ),
    ),
    (
        "general",
        scan.compile(
            r"general[- ](?:regime|security)|medium[- ]security|общего режима|"
            r"агульнага рэжыму",
            _I,
        ),
    ),
    (
        "enhanced",
        scan.compile(
            r"enhanced[- ](?:regime|security)|усиленного режима|[уў]змоцненага рэжыму", _I
        ),
    ),
    (
        "strict",
        scan.compile(
            r"strict[- ](?:regime|security)|maximum[- ]security|строгого режима|"
            r"строгага рэжыму",
            _I,
        ),
    ),
    ("special", scan.compile(r"special[- ]regime|особого режима|асаблівага рэжыму", _I)),
    (
        "prison",
        scan.compile(
            r"high[- ]security prison|prison regime|тюремного режима|турэмнага рэжыму|"
            r"в тюрьме особого|тюремн\w+ заключени\w+|"
            # "з адбываннем у турме", "с отбыванием в тюрьме", "to be served in a prison"
            r"з адбываннем (?:пакарання )?[уў] турме|с отбыванием (?:наказания )?в тюрьме|"
            r"(?:to be )?served in (?:a |the )?prison|"
            # "8 лет лишения свободы в условиях тюрьмы", "6 гадоў зняволення ў турме",
            # "перевёл на тюремный режим"
            r"(?:лишени\w+ свободы|зняволенн\w+|пазбаўленн\w+ волі)\s+(?:в|у|ў)\s+(?:условиях\s+)?"
            r"(?:тюрьм|турм)\w*|(?:в|ва) (?:условиях тюрьмы|ўмовах турмы)|тюремн\w+ режим|"
            r"турэмн\w+ рэжым",
            _I,
        ),
    ),
    (
        "suspended",
        scan.compile(
            r"\bsuspended\b|\b(?:deferred|delay of) (?:sentence|execution|punishment)|\bусловн\w+|"
            r"\b[уў]моўн\w+|отсрочк\w+ (?:исполнения|отбывания)|адтэрміноўк\w+ (?:выканання|адбыцця)",
            _I,
        ),
    ),
]

RELEASE_HOW: list[tuple[str, re.Pattern[str]]] = [
    (
        "pardon",
        scan.compile(
            r"pardon\w*|помилова\w+|помилован\w*|памілава\w+|памілаван\w*|"
            # "паводле таго ж указа вызвалены": the decree of the pardon named before
            r"(?:the same|that) decree|(?:по )?тому же указу|тем же указом|(?:паводле )?таго ж указа|"
            r"тым жа указам",
            _I,
        ),
    ),
    (
        "deal",
        scan.compile(
            r"\bdeal\b|\bexchange\b|\bagreement\b|\bсделк\w+|\bобмен\w*|"
            r"\bдоговорённост\w+|\bдоговоренност\w+|\bздзелк\w+|\bабмен\w*|\bдамоўленас\w+",
            _I,
        ),
    ),
    (
        "end_of_term",
        scan.compile(
            r"end of (?:his |her |the |their )?(?:[\w-]+ )?(?:term|sentence)|fully serv\w+|(?:full|entire|whole) (?:[\w-]+ )?"
            r"(?:term|sentence)|"
            r"served (?:his|her|the) (?:full )?(?:term|sentence)|completed (?:his|her) "
            r"(?:term|sentence)|полностью отбыв|по окончании срока|отбыв (?:весь )?срок|"
            r"отбывш\w+ (?:полностью )?(?:свой |весь )?срок|адбыўш\w+ (?:цалкам )?(?:свой |[уў]весь )?тэрмін|"
            r"по истечении срока|поўнага адбыцця|цалкам адбы\w+|адбыўшы (?:[уў]весь )?тэрмін|"
            r"пасля заканчэння тэрміну|па заканчэнні тэрміну|по отбытии|(?:о?кончился|закончился|истёк|истек) срок|"
            r"скончыўся тэрмін|term (?:had )?(?:ended|expired)|sentence (?:had )?(?:ended|expired)|"
            # "having served her three-year sentence in full", "after completing his sentence",
            # "после окончания срока", "Она полностью отбыла свой срок", "от звонка до звонка",
            # "ён цалкам адбыў свой тэрмін", "па сканчэнні тэрміну"
            r"(?:served|serving|completed|completing) (?:his|her|their|the) (?:[\w-]+ )?"
            r"(?:term|sentence)|после окончания срока|отбыл[аи]? (?:полностью )?(?:свой |весь )?срок|"
            r"полностью отбыл\w*|от звонка до звонка|адбыў(?:ла|лі)? (?:цалкам )?(?:свой |[уў]весь )?тэрмін|"
            r"па сканчэнні тэрміну|пасля сканчэння тэрміну|"
            # "Она отбыла 2 года ограничения свободы": the whole term, said after the release
            r"(?:отбыл[аи]?|адбыў|адбыла|адбылі)\s+(?:\w+\s+)?\d+(?:[.,]\d)?\s+(?:год|лет|гад)",
            _I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class Duration:
    start: int
    end: int
    years: int
    months: int
    cue: int  # position of the sentencing word (or the duration itself)


def _num(text: str | None) -> float | None:
    if not text:
        return 0.0
    t = text.lower().replace(",", ".")
    if t in ("полутора", "полтора", "паўтара"):
        return 1.5
    try:
        return float(t)
    except ValueError:
        v = number_value(t)
        return float(v) if v is not None else None


def _asked_for(before: str) -> bool:
    """A demand right before the term ("asked for nine years"), not undone by a later cue
    ("asked for nine years; the court gave him eight")."""
    ends = [m.end() for m in PROSECUTION_ASKED.finditer(before)]
    if not ends:
        return False
    rest = before[ends[-1] :]
    return ";" not in rest and not SENTENCE_CUE_BEFORE.search(rest)


# a second person's term follows a coordinator: "…, and his colleague B to four", "…, а Б — к трём"
_COORDINATED = scan.compile(r",|;|\band\b|\bа\b|\bи\b|\bі\b|\bwhile\b", _I)
# "…sentenced A to six years, and B to four", "А — к пяти годам, а Б — к четырём": a number
# after "to"/"к"/"да" with no unit, the unit of the term told just before
_ELLIPTICAL = scan.compile(
    r"(?:\bto|\bк|\bда|[—–])\s+(?P<n>\d{1,2}(?:[.,]5)?|[^\W\d_]{3,14})"
    r"(?P<half> and a half| с половиной| з паловай)?(?=\s*(?:[.;)]|,\s|$|\s+(?:in|at)\s))",
    _I,
)
_SPENT = scan.compile(r"\b(?:spent|for|провё?л\w*|правё?[лў]\w*|на працягу|в течение)\b", _I)


_ONE_YEAR = scan.compile(
    r"(?:получил\w*|назначил\w*|дали|дал[аи]?|атрымаў\w*|атрымала|прызначыў\w*|далі)\s+год", _I
)
_DASH_ONE_YEAR = scan.compile(r"(?<=[—–]\s)год(?=\s)", _I)


def find_durations(sentence: str, offset: int = 0, cued: bool = False) -> list[Duration]:
    """Prison terms in one sentence ("15 years", "three and a half years", "six-year sentence",
    "3 года и 6 месяцев"), only where a sentencing word surrounds them, or anywhere when the
    context has already said it (``cued``: an answer to "What were you convicted of?")."""
    out: list[Duration] = []
    for m in DURATION.finditer(sentence):
        before = sentence[max(0, m.start() - 90) : m.start()]
        if NOT_SENTENCE.search(before) or _asked_for(before):
            continue
        cue_m = None
        for c in SENTENCE_CUE_BEFORE.finditer(before):
            cue_m = c
        after = sentence[m.end() : m.end() + 40]
        uncued = cue_m is None and not SENTENCE_CUE_AFTER.search(after)
        if uncued and not cued:
            continue
        # "атрымаў год калоніі", "— год ограничения свободы": one year, told without a number
        one = bool(
            m.group("y")
            and _num(m.group("y")) is None
            and _ONE_YEAR.fullmatch(sentence, m.start("y"), m.end())
            and SENTENCE_CUE_AFTER.search(after)
        )
        if not one and any(
            g and _num(g) is None for g in (m.group("y"), m.group("m2"), m.group("ya"))
        ):
            continue
        half = m.group("half") or m.group("half2")  # "three and a half years", "a year and a half"
        years = 1.0 if one else (_num(m.group("y") or m.group("ya")) or 0.0) + (0.5 if half else 0)
        months = _num(m.group("m") or m.group("m2")) or 0.0
        total = round(years * 12 + months)
        if total <= 0 or total > 12 * 30:
            continue
        # cued by the context only: whole years, not time spent ("I spent eight months in…")
        if uncued and (total < 12 or _SPENT.search(before[-30:])):
            continue
        cue = offset + max(0, m.start() - 90) + cue_m.start() if cue_m else offset + m.start()
        out.append(Duration(offset + m.start(), offset + m.end(), total // 12, total % 12, cue))
    for m in _DASH_ONE_YEAR.finditer(sentence):
        after = sentence[m.end() : m.end() + 40]  # the cue's "^" anchors at a slice's start
        if SENTENCE_CUE_AFTER.search(after) and SENTENCE_CUE_BEFORE.search(
            sentence, max(0, m.start() - 90), m.start()
        ):
            out.append(Duration(offset + m.start(), offset + m.end(), 1, 0, offset + m.start()))
    if out:
        out.sort(key=lambda d: d.start)
        out.extend(_elliptical_terms(sentence, offset, out[-1]))
    return out


def _elliptical_terms(sentence: str, offset: int, told: Duration) -> list[Duration]:
    """Terms after ``told`` given as a bare number in the same unit ("and his colleague Ihar
    Lapko to four")."""
    out = []
    for m in _ELLIPTICAL.finditer(sentence, told.end - offset):
        n = _num(m.group("n"))
        if (
            n is None
            or n <= 0
            or n > 25
            or not _COORDINATED.search(sentence, told.end - offset, m.start())
        ):
            continue
        n += 0.5 if m.group("half") else 0
        total = round(n * 12) if told.years else round(n)
        out.append(
            Duration(
                offset + m.start(), offset + m.end(), total // 12, total % 12, offset + m.start()
            )
        )
    return out


def find_regime(text: str) -> str | None:
    for name, pat in REGIMES:
        if pat.search(text):
            return name
    return None


def release_how(text: str) -> str | None:
    for name, pat in RELEASE_HOW:
        if pat.search(text):
            return name
    return None
