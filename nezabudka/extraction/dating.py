"""When each suggested claim happened: dates resolved against the report's anchors and the
publication date, then given to the claims they belong to (the clause's nearest trigger, a
verdict's co-defendants, a courtroom release, an interview's answer)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction.attribution import TOGETHER_WITH_WORDS, Doc
from nezabudka.extraction.date_years import QUESTION_TO_ANSWER
from nezabudka.extraction.dates import DateMention, Relative, shift
from nezabudka.extraction.people import _prefix_match
from nezabudka.extraction.relative_dates import count_of, unit_of
from nezabudka.extraction.segment import Span, headline_end
from nezabudka.extraction.suggestion import Claim

DATELESS = {"held_at"}


# "the protest marches of August 2020": the date describes a noun, not the claim
# ("on the morning of 3 June" is the claim's own date)
_OF_DATE = scan.compile(r"(?<!morning)(?<!evening)(?<!night)(?<!afternoon)\sof\s+$", re.I)


# "detained over a photo taken in 2020", "accused of participating in riots in 2020": the
# date of what the case is about, not of the fact
_WHAT_IT_WAS_ABOUT = scan.compile(
    r"(?<![\w-])(?:photo(?:graph)?s?|pictures?|videos?|posts?|comments?|riots|protests|rally|rallies|"
    r"marches|elections?|фото\w*|видео\w*|відэа|коммент\w*|каментар\w*|акци\w+|акцы\w+|"
    r"протест(?:ах|ов|ы)|пратэст(?:ах|аў|ы)|маршах|маршы|выбор\w*|выбар\w*|беспорядк\w*|беспарад\w*)"
    r"(?:\s+(?!(?:and|or|but|he|she|they|was|were|и|і|а|но|але)\b)[\w-]+){0,2}?"
    r"(?:\s+(?:in|of|from|during|в|во|у|ў|с|з))?\s+(?:the\s+)?$",
    re.I,
)


def resolve_dates(doc: Doc, reference_date: PartialDate | None) -> None:
    last: PartialDate | None = None
    first_abs = next((d.date for d in doc.dates if d.date is not None), None)
    for d in doc.dates:
        if d.date is not None:
            doc.resolved[d.start] = d.date
            last = d.date
            continue
        rel = d.relative
        assert rel is not None
        if rel.anchor == "today":
            base = reference_date or (first_abs if first_abs and doc.dates[0].start < 80 else None)
            got = shift(base, rel) if base is not None else None
            if got is not None:
                doc.resolved[d.start] = last = got
            continue
        if rel.unit == "monthday":  # "on the 25th": the month last named, else the latest past one
            got = None
            # a digest's next section ("Transfers. … on the 19th") is not dated by the month
            # of another section's background ("arrested on 2 June")
            last_start = max(
                (o.start for o in doc.dates if o.start < d.start and o.date), default=-1
            )
            # (but an answer goes on from its question: "— You were released on 11 November
            # 2024. What happened next?\n— … On the 20th I went to Minsk")
            gap = QUESTION_TO_ANSWER.sub(" ", doc.text[last_start : d.start])
            other_paragraph = "\n" in gap and reference_date is not None
            if last is not None and last.month is not None and not other_paragraph:
                got = shift(last, rel)
            elif reference_date is not None and (day := reference_date.day) is not None:
                ref = reference_date
                back = ref if rel.amount <= day else shift(ref, Relative(1, "month", -1))
                got = shift(PartialDate(back.year, back.month, None), rel) if back else None
            if got is not None:
                doc.resolved[d.start] = last = got
            continue
        if rel.anchor:  # "two weeks before Chapiuk": resolved after the claims
            continue
        base = last
        if rel.unit == "day" and base is not None and base.day is None:
            # "30 снежня … у верасні … у той жа дзень": a day counts from the last day named
            base = next(
                (
                    doc.resolved[o.start]
                    for o in reversed(doc.dates)
                    if o.start < d.start and o.start in doc.resolved and doc.resolved[o.start].day
                ),
                base,
            )
        if base is not None:
            got = shift(base, rel)
            if got is not None:
                doc.resolved[d.start] = got
                last = got


def _nearest(doc: Doc, claims: list[Claim], d: DateMention) -> Claim:
    return min(claims, key=lambda c: c.distance(doc.text, d.start, d.end))


# "In August 2023 they stopped my letters, and I went on hunger strike": a clause joined by
# "and" goes on in the time the sentence opened with, even where the first clause's fact took it
_AND_THEN = scan.compile(
    r"^\W*(?:and|и|і)\s(?!(?:then|later|after|потом|затем|после|пасля|потым)\b)", re.I
)


_RIGHT_AFTER_RELEASE = scan.compile(
    r"\b(?:сразу|адразу|immediately|right|straight)\s+(?:после|пасля|after)\s+(?:\w+\s+)?"
    r"(?:освобожд|вызвал|releas)\w*|"
    # "после освобождения сразу вывезли к границе"
    r"\b(?:после|пасля)\s+(?:\w+\s+)?(?:освобожд|вызвал)\w*\s+(?:сразу|адразу|тут жа|тут же)\b|"
    # "driven straight from the gate to the border", "прямо от ворот колонии"
    r"\b(?:straight|right|directly) from the (?:\w+ )?gates?\b|\b(?:прямо|сразу) от ворот\b|"
    r"\b(?:проста|адразу) ад брамы\b",
    re.I,
)


_WHO_WERE = scan.compile(r"\b(?:котор\w+|як(?:і|ая|ога|ую|іх|ім)|who|whom)\b", re.I)


# "З 10 кастрычніка па 8 лістапада яна знаходзілася ў ПКТ": a stay is dated by its start
_RANGE_TO = scan.compile(r"(?:\bпо|\bпа|\bдо|\bto|\buntil|\btill)\s+$", re.I)
_RANGE_FROM = scan.compile(r"(?:\bс|\bсо|\bз|\bса|\bfrom)\s+$", re.I)


def _ends_a_range(doc: Doc, d: DateMention, clause_start: int) -> bool:
    if not _RANGE_TO.search(doc.text, max(0, d.start - 7), d.start):
        return False
    return any(
        clause_start <= o.start
        and o.end <= d.start
        and o.start in doc.resolved
        and _RANGE_FROM.search(doc.text, max(0, o.start - 6), o.start)
        for o in doc.dates
    )


def assign_dates(doc: Doc, claims: list[Claim]) -> None:
    by_clause: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.kind in DATELESS or not c.dated:
            continue
        by_clause.setdefault((c.clause.start, c.clause.end), []).append(c)
    taken_initial: set[int] = set()
    for (cs, ce), all_group in by_clause.items():
        for d in doc.dates:
            if (
                not cs <= d.start < ce
                or _OF_DATE.search(doc.text[max(0, d.start - 14) : d.start])
                or _WHAT_IT_WAS_ABOUT.search(doc.text[max(cs, d.start - 45) : d.start])
                or _ends_a_range(doc, d, cs)
            ):
                continue
            # a charge takes a date next to its verb ("charged on 3 March"), not the date of
            # the events it describes ("accused of the riots of 9–10 August 2020")
            group = [
                c
                for c in all_group
                if not (
                    c.kind == "charged"
                    and (
                        d.start - max(c.end, c.pos) > 15
                        or c.pos - d.end > 60
                        # "28 августа огласили приговор трём жителям, которых обвиняли в …":
                        # the charge told in a relative clause is not dated by the verdict
                        or (d.end <= c.pos and _WHO_WERE.search(doc.text, d.end, c.pos))
                    )
                )
            ]
            if not group:
                continue
            if d.start in doc.resolved:
                first = _nearest(doc, group, d)
                # "On the 25th the judge sentenced three men who had been arrested on 14
                # March": the arrest takes the date beside it, not the clause's first date
                if any(
                    o.start != d.start
                    and cs <= o.start < ce
                    and o.start in doc.resolved
                    and _nearest(doc, group, o) is first
                    and first.distance(doc.text, o.start, o.end)
                    < first.distance(doc.text, d.start, d.end)
                    and not _OF_DATE.search(doc.text[max(0, o.start - 14) : o.start])
                    and not _ends_a_range(doc, o, cs)
                    for o in doc.dates
                ):
                    continue
                for owner in group:  # claims sharing one trigger ("charged with A and B") share it
                    if owner is not first and (owner.pos, owner.end) != (first.pos, first.end):
                        continue
                    if owner.date is None or (owner.date.day is None and doc.resolved[d.start].day):
                        owner.date = doc.resolved[d.start]
                        owner.date_from = d
                taken_initial.add(d.start)
            elif d.relative and d.relative.anchor and d.relative.anchor != "today":
                _nearest(doc, group, d).pending = d
    exile_on_release_day(claims)
    # a date opening the sentence ("On 5 June 2023 …: A received…, B got…") covers later clauses,
    # but a bare dateline ("Update, 5 May 2025: …") dates the report, not the events
    for c in claims:
        if c.date is not None or c.pending is not None or c.kind in DATELESS or not c.dated:
            continue
        s = c.sentence
        first_clause = doc.clause_map[doc.sentence_of(s.start)][0]
        if first_clause.start == c.clause.start:
            continue
        rest = doc.text[first_clause.start : first_clause.end]
        for d in doc.dates:
            if first_clause.start <= d.start < first_clause.end:
                rest = rest.replace(d.text, " ")
        if len(re.findall(r"[^\W\d_]+", rest)) <= 2 and not re.match(
            r"\s*[—–]", doc.text[first_clause.end : first_clause.end + 3]
        ):
            continue  # "On 3 October 2023 — my birthday — they put me…" is no dateline
        for d in doc.dates:
            if (
                first_clause.start <= d.start < first_clause.end
                and d.start - s.start < 40
                and d.start in doc.resolved
                and (d.start not in taken_initial or _AND_THEN.match(c.clause.text))
            ):
                c.date = doc.resolved[d.start]
                break
    # "Яўген Лойка 5 чэрвеня атрымаў «хатнюю хімію» — 2 гады абмежавання волі": the term after a
    # dash spells out what the clause before it, with its date and no fact of its own, gave
    for c in claims:
        if c.date is not None or c.pending is not None or c.kind in DATELESS or not c.dated:
            continue
        clauses = doc.clause_map[doc.sentence_of(c.clause.start)]
        before = [k for k in clauses if k.end <= c.clause.start]
        if (
            not before
            or not re.fullmatch(r"\s*[—–]\s*", doc.text[before[-1].end : c.clause.start])
            or any(before[-1].start <= o.pos < before[-1].end for o in claims)
        ):
            continue
        when = doc.resolved_dates(before[-1].start, before[-1].end)
        if len(when) == 1:
            c.date = doc.resolved[when[0].start]


def exile_on_release_day(claims: list[Claim]) -> None:
    """ "released on 3 October and immediately deported": the exile has the release's date
    (asked again once later rules have dated the release)."""
    for c in claims:
        if c.kind == "exile" and c.date is None:
            rel = [
                o
                for o in claims
                if o.kind == "released"
                and o.person == c.person
                and o.date
                and o.clause.start == c.clause.start
                and o.pos < c.pos
            ]
            if rel:
                c.date = rel[0].date
            elif _RIGHT_AFTER_RELEASE.search(c.sentence.text):
                # "сразу после освобождения его вывезли к границе": the release's date
                dated = [
                    o.date
                    for o in claims
                    if o.kind == "released" and o.person == c.person and o.date
                ]
                if len(set(dated)) == 1:
                    c.date = dated[0]


def same_as_earlier_event(claims: list[Claim]) -> None:
    """ "X was released on 3 March. The same day Y was pardoned and released": "the same day"
    is the day of the earlier event of the same kind, not of the last date written."""
    for c in claims:
        rel = c.date_from.relative if c.date_from else None
        if rel is None or rel.amount or rel.anchor:
            continue
        earlier = [
            o
            for o in claims
            if o.pos < c.pos
            and o.person != c.person
            and o.kind == c.kind
            and o.date is not None
            and (o.date.day is not None if rel.unit == "day" else o.date.month is not None)
        ]
        if earlier:
            c.date = earlier[-1].date


# "Also recognised was Pavel H.", "Также освобождена …", "Таксама вызвалілі …"
_ALSO_OPENING = scan.compile(r"\W*(?:also|также|тоже|таксама)\b", re.I)
_ALSO_BEFORE = scan.compile(r"\b(?:also|также|тоже|таксама)\s+(?:\w+\s+)?$", re.I)


def also_as_earlier(doc: Doc, claims: list[Claim]) -> None:
    """ "On 10 May … recognised five more people … Also recognised was Pavel H.": a sentence
    opening with "also" and no date of its own tells the same event as the fact of that kind
    just before."""
    for c in claims:
        if c.date is not None or not c.dated:
            continue
        # "Also recognised was …", or "also" before the verb of a detention: "Яго жонку,
        # Тамару С., таксама затрымалі"
        if not _ALSO_OPENING.match(c.sentence.text) and not (
            c.kind in ("detained", "released", "exile")
            and _ALSO_BEFORE.search(doc.text, max(c.clause.start, c.pos - 12), c.pos)
        ):
            continue
        if c.kind in ("sentenced", "charged", "held_at"):
            continue  # "Таксама без змен пакінуты прысуд …": an appeal upholds an older verdict
        if doc.resolved_dates(c.clause.start, c.clause.end):
            continue  # a date of its own ("…, але праз тры гадзіны адпусцілі" is the release's)
        i = doc.sentence_of(c.pos)
        earlier = [o for o in _told_before(claims, c) if doc.sentence_of(o.pos) >= i - 3]
        if earlier:
            c.date = earlier[-1].date


def _told_before(claims: list[Claim], c: Claim) -> list[Claim]:
    """The dated facts of ``c``'s kind, someone else's, told in the sentences before it: what
    "also" and "together with" share."""
    return [
        o
        for o in claims
        if o.kind == c.kind and o.person != c.person and o.date and o.pos < c.sentence.start
    ]


_ITEM_LINE = scan.compile(r"^[^\w\s«\"“„(]", re.M)
# a digest's run-in section labels: "Приговоры. 12.06.2024 суд …", "Releases. On 4 June …"
_SECTION_LABEL = scan.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?[.:] +(?=[\w«\"])", re.M)


def digest_or_interview(doc: Doc) -> bool:
    """Two or more lines opening with a bullet or a dash: a digest's items or an interview's
    turns, which tell different stories (no one date covers them)."""
    return len(_ITEM_LINE.findall(doc.text)) >= 2 or len(_SECTION_LABEL.findall(doc.text)) >= 2


def after_one_dated(doc: Doc, claims: list[Claim], kind: str) -> tuple[Claim | None, list[Claim]]:
    """The one dated (to the day) fact of ``kind`` in a report that is no digest or interview,
    and the undated facts of that kind after it whose sentences date nothing else: "a court
    report that dates one verdict", "a report on one day's releases"."""
    if digest_or_interview(doc):
        return None, []
    dated = [o for o in claims if o.kind == kind and o.date is not None]
    if len({o.date for o in dated}) != 1 or dated[0].date is None or dated[0].date.day is None:
        return None, []
    undated = [
        c
        for c in claims
        if c.kind == kind
        and c.date is None
        and c.dated
        and c.pos >= dated[0].pos
        and not any(c.sentence.start <= d.start < c.sentence.end for d in doc.dates)
    ]
    return dated[0], undated


def _undated_after_a_sentence(doc: Doc, claims: list[Claim]) -> Iterator[tuple[Claim, Span, Span]]:
    """Each undated claim whose sentence names no date and has one before it, with both
    sentences: what the next two rules date from the sentence before."""
    for c in claims:
        if c.date is not None or not c.dated:
            continue
        i = doc.sentence_of(c.pos)
        s = doc.sents[i]
        if i == 0 or any(s.start <= d.start < s.end for d in doc.dates):
            continue
        yield c, s, doc.sents[i - 1]


def _the_one_day_told(doc: Doc, s: Span) -> PartialDate | None:
    """The day a sentence dates, when it dates one day only (its mentions may be two of it:
    "Вчера вечером …")."""
    when = {doc.resolved.get(d.start) for d in doc.dates if s.start <= d.start < s.end}
    day = next(iter(when)) if len(when) == 1 else None
    return day if day is not None and day.day is not None else None


def date_of_scene(doc: Doc, claims: list[Claim]) -> None:
    """ "6 ноября в квартире Ольги С. прошёл обыск. Её мужа увезли в РУВД.": an undated
    detention right after a sentence that only sets the scene's date happened then.
    Detentions only: other facts after a dated scene are as often told out of order (tried on
    all kinds, it lost eight gold reports for three)."""
    for c, _s, prev in _undated_after_a_sentence(doc, claims):
        if c.pending is not None or c.kind != "detained":
            continue
        scene = prev
        i = doc.sentence_of(prev.start)
        asked = c.sentence.text.rstrip().endswith("?")  # an interview's question: its answer's
        if i and not asked and not any(prev.start <= d.start < prev.end for d in doc.dates):
            # "В ночь на 12 мая пришли с обыском … Изъяли телефоны … Обоих супругов задержали":
            # a sentence of the search between, with no date and no fact of its own
            scene = doc.sents[i - 1]
        day = _the_one_day_told(doc, scene)
        quiet = not any(scene.start <= o.pos < prev.end for o in claims)
        if day is not None and quiet:
            c.date = day


# the day's court decisions on those detained: "…назначила Марозу 15 сутак арышту. Лабана
# аштрафавалі на 30 базавых і адпусцілі."
_COURT_DAY = scan.compile(
    r"\b(?:суд\w*|судь\w*|суддз\w*|court|judge)\b|\b(?:суток|сутак|days? of (?:administrative )?"
    r"(?:arrest|detention))\b",
    re.I,
)


# fined and let go, or let off with a fine: the same day's decision on a detainee
_LET_GO = scan.compile(
    r"\b(?:отпустил\w*|адпусцілі|released|let (?:her|him|them) go|отделал\w*|адбы\w* штрафам)",
    re.I,
)


# "Оксану тот же суд оштрафовал", "той жа суддзя", "the same judge": the court just told
_SAME_COURT = scan.compile(
    r"\b(?:тот же|тот самый|той жа|той самы|the same)\s+(?:суд|судья|суддзя|court|judge)\b", re.I
)


def fine_on_the_court_day(doc: Doc, claims: list[Claim]) -> None:
    """ "В тот же день судья дала Ярошевичу 15 суток ареста. Гриневич оштрафовали на 40 базовых
    и отпустили.": an undated fine right after a dated court decision on someone detained with
    the fined person was imposed that day."""
    for c, _s, prev in _undated_after_a_sentence(doc, claims):
        if c.pending is not None or c.kind != "fined" or not _COURT_DAY.search(prev.text):
            continue
        if not _LET_GO.search(c.sentence.text) and not _SAME_COURT.search(c.sentence.text):
            continue  # "X was fined 40 base units" alone is as often another day's news
        day = _the_one_day_told(doc, prev)
        i = doc.sentence_of(prev.start)
        if day is None and i and not doc.resolved_dates(prev.start, prev.end):
            # "Сегодня суд рассмотрел их дела. Судья назначил Кириллу 12 суток. Матвея
            # оштрафовали и отпустили": the hearing's day, told one sentence further back
            day = _the_one_day_told(doc, doc.sents[i - 1])
            day = day if day is not None and _COURT_DAY.search(doc.sents[i - 1].text) else None
        if day is not None:
            c.date = day


# "detained outside the courthouse right after the verdict", "затрымалі каля будынка суда"
_AT_THE_COURT = scan.compile(
    r"\b(?:(?:outside|near|in front of|at) the court(?:house|room| building)?|after the (?:verdict|"
    r"sentencing|hearing)|(?:у|возле|около|рядом с) (?:здания )?суда|после (?:оглашения )?"
    r"приговора|после (?:судебного )?заседания|(?:каля|ля|побач з) (?:будынка )?суда|пасля "
    r"(?:агалашэння )?прысуду|пасля (?:судовага )?паседжання)",
    re.I,
)


def detained_at_the_court(claims: list[Claim]) -> None:
    """ "Her husband, Viktar H., who had come to support her, was detained right after the
    verdict outside the court": a detention at the court happened on the day of the verdict
    told before it."""
    for c in claims:
        if c.kind != "detained" or c.date is not None or c.pending is not None:
            continue
        # "Алесю ўзялі пад варту проста ў зале суда": taken into custody at her own verdict
        in_court = bool(C.COURTROOM.search(c.sentence.text))
        if not in_court and not _AT_THE_COURT.search(c.sentence.text):
            continue
        verdicts = [
            o
            for o in claims
            if o.kind == "sentenced"
            and (o.person != c.person or in_court)
            and (o.pos < c.pos or o.person == c.person)
            and o.date is not None
            and o.date.day is not None
        ]
        own = [o for o in verdicts if o.person == c.person]
        if own or verdicts:
            c.date = (own or verdicts)[-1].date


# "Разам з ім затрымалі і ягоную жонку", "Вместе с Оксаной задержали и её мужа"
_TOGETHER_WITH = scan.compile(rf"\b(?:{TOGETHER_WITH_WORDS})\b", re.I)


def together_with(doc: Doc, claims: list[Claim]) -> None:
    """ "Together with him, his wife was detained": a fact shared with someone named before
    takes that person's date, and a release how it happened ("Разам з ім вызвалена…")."""
    for c in claims:
        # before the fact or after it in its clause ("was taken to the police station together
        # with him")
        if c.kind in DATELESS or not _TOGETHER_WITH.search(
            doc.text[c.sentence.start : max(c.pos, c.clause.end)]
        ):
            continue
        earlier = _told_before(claims, c)
        if not earlier:
            continue
        if c.date is None and c.dated:
            c.date = earlier[-1].date
        if c.kind == "released" and c.how is None:
            c.how = earlier[-1].how


# "The transfer took place on the 19th", "Этап адбыўся пазаўчора": a sentence that only dates
# an event named before, by its noun
_EVENT_NOUNS = {
    "transferred": scan.compile(
        r"\b(?:the (?:transfer|move)|этап\b|этапирование|перевод\b|этапаванне|пераво?д\b)", re.I
    ),
    "detained": scan.compile(r"\b(?:the (?:arrest|detention)|задержание|затрыманне)\b", re.I),
    "released": scan.compile(r"\b(?:the release|освобождение|вызваленне)\b", re.I),
}
_TOOK_PLACE = scan.compile(
    r"\b(?:took place|happened|occurred|was carried out|состоял\w*|произош\w*|прошл[оа]|"
    r"адбыў\w*|адбыл\w*|прайшо\w*)",
    re.I,
)


def event_noun_dates(doc: Doc, claims: list[Claim]) -> None:
    """ "…has been moved to penal colony No. 17. According to his mother, the transfer took
    place on the 19th.": the date goes to the last undated fact of that kind before."""
    for d in doc.dates:
        i = doc.sentence_of(d.start)
        s = doc.sents[i]
        if not _TOOK_PLACE.search(s.text) or any(c.sentence.start == s.start for c in claims):
            continue
        for kind, noun in _EVENT_NOUNS.items():
            if not noun.search(s.text):
                continue
            earlier = [
                c
                for c in claims
                if c.kind == kind and c.pos < s.start and doc.sentence_of(c.pos) >= i - 3
            ]
            if not earlier or earlier[-1].date is not None:
                continue
            if d.start in doc.resolved:
                earlier[-1].date = doc.resolved[d.start]
            elif d.relative and d.relative.anchor and d.relative.anchor != "today":
                earlier[-1].pending = d


def headline_dates(doc: Doc, claims: list[Claim]) -> None:
    """ "⚡️ В Бресте задержан блогер Станислав Гурский" over "Вчера утром силовики пришли
    домой к … Станиславу Гурскому": a headline's undated fact happened when the lead sentence
    says, if the lead names the same person."""
    end = headline_end(doc.text)
    if end is None:
        return
    lead = next((s for s in doc.sents if s.start >= end), None)
    if lead is None:
        return
    when = doc.resolved_dates(lead.start, lead.end)
    if len(when) != 1:
        return
    named = {m.person for m in doc.mentions if lead.start <= m.start < lead.end}
    for c in claims:
        if (
            c.pos < end
            and c.date is None
            and c.dated
            and c.kind not in DATELESS
            and (c.person in named)
        ):
            c.date = doc.resolved[when[0].start]


_AMONG_THE_DETAINED = scan.compile(
    r"(?:сярод|среди)\s+(?:затрыман|задержанн)\w+|among (?:the |those )?(?:detained|arrested)", re.I
)
# "Освобождены они были накануне, 16 сентября. Среди вышедших на свободу — Геннадий М.":
AMONG_BEFORE = scan.compile(r"\b(?:сярод|среди|among)\s+(?:the\s+|those\s+)?$", re.I)


def among_the_detained(doc: Doc, claims: list[Claim]) -> None:
    """ "13 верасня затрымалі тры чалавекі. Сярод затрыманых — Зміцер Х.": the detention (or
    release) told just before, and its date."""
    for c in claims:
        if c.kind not in ("detained", "released") or c.date is not None:
            continue
        if not (
            (c.kind == "detained" and _AMONG_THE_DETAINED.match(doc.text, c.pos))
            or AMONG_BEFORE.search(doc.text, max(0, c.pos - 12), c.pos)
        ):
            continue
        earlier = [o for o in claims if o.kind == c.kind and o.date and o.pos < c.pos]
        if earlier:
            c.date = earlier[-1].date
            continue
        # the count told just before with no one named ("освобождены они были 16 сентября")
        i = doc.sentence_of(c.pos)
        for k in (i - 1, i - 2):
            if k < 0:
                break
            s = doc.sents[k]
            when = doc.resolved_dates(s.start, s.end)
            if when and C.trigger(c.kind, doc.lang).search(s.text):
                c.date = doc.resolved[when[-1].start]
                break


# "Три дня он провёл в ИВС на Окрестина, потом его перевели в СИЗО", "The first ten days I
# spent at Akrestsina, then I was transferred": a stay counted from the arrest, then the move
_STAY_THEN_MOVED = scan.compile(
    r"^\W*(?:the first |первые |першыя )?(?P<n>\w+)\s+(?P<u>days?|weeks?|дн(?:я|ей)|суток|сутак|"
    r"дзён|дні|недел[иья]|тыдн(?:і|яў))\b[^.;]{0,80}?,?\s*(?:and then|then|а потом|потом|затем|"
    r"а потым|потым|пасля чаго|после чего)\b",
    re.I,
)


def stay_then_moved(claims: list[Claim]) -> None:
    """An undated transfer after a stay told by its length from the arrest takes the person's
    arrest day moved by that length."""
    for c in claims:
        if c.kind != "transferred" or c.date is not None:
            continue
        m = _STAY_THEN_MOVED.match(c.sentence.text)
        amount = count_of(m.group("n")) if m else None
        if m is None or amount is None or c.pos - c.sentence.start < m.end() - 1:
            continue
        arrests = [
            o.date for o in claims if o.person == c.person and o.kind == "detained" and o.date
        ]
        if len(set(map(str, arrests))) == 1 and arrests[0].day is not None:
            c.date = shift(arrests[0], Relative(amount, unit_of(m.group("u")), 1))


# "22 июня 2023 года суд признал её виновной в клевете": a verdict told without a term
_FOUND_GUILTY = scan.compile(
    r"\b(?:признал\w*|прызна\w*)\s+(?:\w+\s+)?(?:виновн|вінават)\w*|\bfound\s+(?:\w+\s+)?guilty\b",
    re.I,
)


def _verdict_day_told(doc: Doc, c: Claim) -> PartialDate | None:
    """The day of a verdict a sentence before ``c`` tells without a term of its own, for
    "через неделю после приговора" when no dated term is there to count from."""
    for s in reversed(doc.sents[: doc.sentence_of(c.pos)]):
        if _FOUND_GUILTY.search(s.text):
            return _the_one_day_told(doc, s)
    return None


def resolve_pending(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        d = c.pending
        if d is None or d.relative is None or not d.relative.anchor:
            continue
        anchor = d.relative.anchor
        if anchor.startswith("@"):  # "a week after the verdict": that event's date
            kind = anchor[1:]
            appeal = kind == "appeal"  # "на наступны дзень пасля апеляцыі": the last term's day
            events = [
                o
                for o in claims
                if o.kind == ("sentenced" if appeal else kind) and o.date and o is not c
            ]
            own = [o for o in events if o.person == c.person]
            if appeal and own:
                own = own[-1:]
            before = [o for o in events if o.pos < c.pos]
            # the told day, not a year an earlier summary gave the same event
            event = (
                max(own, key=lambda o: detail(o.date) if o.date else 0)
                if own
                else before[-1]
                if before
                else None
            )
            when = event.date if event is not None else None
            if when is None and kind == "sentenced":
                when = _verdict_day_told(doc, c)
            if when is not None:
                c.date = shift(when, d.relative)
            continue
        target = None
        for i, p in enumerate(doc.people):
            if i != c.person and p.surname and _prefix_match(anchor, p.surname):
                target = i
        if target is None:
            continue
        base = next(
            (o.date for o in claims if o.person == target and o.kind == c.kind and o.date), None
        )
        if base is None:
            base = next(
                (o.date for o in claims if o.person == target and o.kind == "detained" and o.date),
                None,
            )
        if base is not None:
            c.date = shift(base, d.relative)


def detail(d: PartialDate) -> int:
    return (d.month is not None) + (d.day is not None)


def same_event_date(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Dates one event can have when stated twice: equal, one missing, or one a coarser form of
    the other ("у лютым" and "14 лютага")."""
    if a is None or b is None or a == b:
        return True
    return (
        a.year == b.year
        and (a.month is None or b.month is None or a.month == b.month)
        and (a.day is None or b.day is None)
    )


def same_event_retold(doc: Doc, claims: list[Claim]) -> None:
    """ "6 ноября к Ольге С. пришли домой с обыском. Её и мужа, Дениса С., увезли в РУВД.": an
    undated sentence that retells the event the sentence before dated for one of its people
    ("Её") dates it for all of them (the scene of date_of_scene told as a fact)."""
    for c, s, prev in _undated_after_a_sentence(doc, claims):
        if c.kind in DATELESS:
            continue
        sharers = {o.person for o in claims if o.pos == c.pos and o.kind == c.kind}
        told = [
            o
            for o in claims
            if o.kind == c.kind
            and o.date is not None
            and prev.start <= o.pos < prev.end
            and o.person != c.person
        ]
        # the other person is here too: among the trigger's people, or as a pronoun ("Её")
        if len({o.date for o in told}) == 1 and (
            any(o.person in sharers for o in told) or C.PRONOUN.match(s.text.lstrip())
        ):
            c.date = told[0].date


# "She was fined and released the same evening", "В тот же вечер её оштрафовали и отпустили":
# two verbs joined by "and" share the date told for one of them
_VERB_AND_VERB = scan.compile(
    r"\s*(?:and|и|і)\s+(?:(?:was|were|then|потом|затым|потым|её|его|яе|яго|их|іх|her|him|them)\s+)?",
    re.I,
)


def conjoined_verbs_share_date(doc: Doc, claims: list[Claim]) -> None:
    for c in claims:
        if c.date is not None or not c.dated or c.kind in DATELESS:
            continue
        for o in claims:
            if o is c or o.person != c.person or o.date is None or o.kind in DATELESS:
                continue
            if o.sentence.start != c.sentence.start or o.end <= o.pos or c.end <= c.pos:
                continue
            d = o.date_from
            if d is None:
                continue
            a, b = (o, c) if o.pos < c.pos else (c, o)
            # "was fined and released": one trigger may hold the other
            joined = a.pos <= b.pos < a.end or _VERB_AND_VERB.fullmatch(doc.text[a.end : b.pos])
            # the date told with the pair, not in a clause of its own ("…, his family
            # confirmed on Tuesday")
            if joined and not re.search(
                r"[,;:—]", doc.text[min(a.pos, d.start) : max(b.end, a.end, d.end)]
            ):
                c.date = o.date
                break


def no_future_dates(claims: list[Claim], ref: PartialDate | None) -> None:
    """A report tells what has happened: "on the 14th" written on 21 October is 14 October, and
    a date reckoned after publication from a wrong anchor is dropped rather than kept (a date
    written with its year is the text's own and stays)."""
    if ref is None:
        return
    for c in claims:
        if c.date is None or c.date.earliest() <= ref.latest():
            continue
        d = c.date_from
        if d is None or not (d.relative or d.year_from_context):
            continue
        rel = d.relative
        if rel is not None and rel.unit == "monthday" and c.date.month is not None:
            back = shift(PartialDate(c.date.year, c.date.month, None), Relative(1, "month", -1))
            day = shift(back, Relative(c.date.day or 1, "monthday", 0)) if back else None
        elif rel is None:  # "on 12 March" in a report of 1 March: last year's
            day = PartialDate(c.date.year - 1, c.date.month, c.date.day, c.date.approximate)
        else:
            day = None
        c.date = day if day is not None and day.earliest() <= ref.latest() else None
