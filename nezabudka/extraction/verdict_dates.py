"""Dates for terms from the verdict they belong to: a dated verdict or trial dates the terms
told after it, a co-defendant's term and a fine share the verdict's date, "at the same
hearing" takes the last verdict's."""

from __future__ import annotations

import re

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import claims as C
from nezabudka.extraction import scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.attribution import Doc, attribute
from nezabudka.extraction.date_years import SINCE_WORD
from nezabudka.extraction.dates import DateMention
from nezabudka.extraction.dating import after_one_dated, detail
from nezabudka.extraction.relative_dates import heading_line, shift
from nezabudka.extraction.suggestion import Claim
from nezabudka.extraction.terms import SERVED_TERM_CUE

_VERDICT_REACH = 10  # sentences after a dated verdict whose terms it dates


def _verdict_clause_date(doc: Doc, claims: list[Claim], d: DateMention) -> None:
    """ "…, а в марте 2023-го его осудили за «…» — пять лет колонии": a dated clause that
    passes the verdict dates the term a later clause of the sentence gives."""
    dc = doc.clause_of(d.start)
    # the date may already be the verdict's own term ("приговорил А к шести годам, а Б — к
    # четырём"), but not another fact's ("detained on 3 May and sentenced …")
    if not C.VERDICT.search(dc.text) or any(
        c.date_from is d and c.kind != "sentenced" for c in claims
    ):
        return
    for c in claims:
        if (
            c.kind == "sentenced"
            and c.date is None
            and c.dated
            and c.sentence.start <= dc.start
            and c.pos >= dc.end
            and doc.sentence_of(c.pos) == doc.sentence_of(d.start)
        ):
            c.date = doc.resolved[d.start]
    # "— Виктор Я. — 2 года 6 месяцев колонии …; приговор вынесен 11 декабря": a verdict clause
    # with no term of its own dates the undated term just before it
    if any(c.kind == "sentenced" and dc.start <= c.pos < dc.end for c in claims):
        return
    before = [
        c
        for c in claims
        if c.kind == "sentenced"
        and c.pos < dc.start
        and doc.sentence_of(c.pos) == doc.sentence_of(d.start)
    ]
    if before and before[-1].date is None and before[-1].dated:
        before[-1].date = doc.resolved[d.start]


# "приговором Жлобинского районного суда от 3 июля", "прысуд Мінскага абласнога суда ад 12
# верасня", "the verdict of 5 May": the first verdict's own date, told in the appeal's sentence
VERDICT_OF = scan.compile(
    r"(?:приговор|прысуд|verdict|sentence)\w*\s+(?:[^\s.;,]+\s+){0,6}?(?:от|ад|of|dated)\s+$", re.I
)
_SINCE = scan.compile(r"\b(?:since|from|с|со|з|са|начиная с)\s+(?:\w+\s+)?$", re.I)
# a trial's first day, told before the day it ended with the verdict
_BEGAN = scan.compile(
    r"\b(?:пачал\w*|пачаў\w*|начал\w*|began|started|opened)\s+(?:\w+\s+)?(?:on\s+)?$", re.I
)
_BEGAN_AFTER = scan.compile(r"\s*(?:\w+\s+)?(?:пачал|пачаў|начал|began|started|opened)", re.I)
_COUNTED_VERDICTS = scan.compile(
    r"\d+\s+(?:[^\W\d_]+\s+){0,4}?(?:приговоров|прысудаў|verdicts|sentences)\b", re.I
)


def verdict_dates(doc: Doc, claims: list[Claim]) -> None:
    """ "The verdict was delivered on 19 June 2023." dates the sentence given just before;
    "On 12 April the court passed the verdict on A and B. … A got 2 years, B 3 years": a dated
    verdict without terms of its own dates the terms given in the next few sentences (until
    another dated term), and a fine imposed as the sentence with them."""
    sentenced_in = {c.sentence.start for c in claims if c.kind == "sentenced"}
    for d in doc.dates:
        if d.start not in doc.resolved:
            continue
        i = doc.sentence_of(d.start)
        s = doc.sents[i]
        if _COUNTED_VERDICTS.search(s.text):
            continue  # "В январе зафиксировано 40 приговоров": a count, not a verdict
        if (
            not C.VERDICT.search(s.text)
            and C.TRIAL.search(s.text)
            and i + 1 < len(doc.sents)
            and (
                C.VERDICT.search(doc.sents[i + 1].text)
                or (doc.sents[i + 1].start in sentenced_in and s.start not in sentenced_in)
            )
            and not any(doc.sentence_of(o.start) == i + 1 for o in doc.dates)
        ):
            # "Yesterday the trial of three men ended. The judge found all of them guilty.",
            # "Суд прошёл 20 мая. Судья назначила ему четыре года колонии."
            i += 1
            s = doc.sents[i]
            for c in claims:
                if (
                    c.kind == "sentenced"
                    and c.sentence.start == s.start
                    and c.date is None
                    and c.dated  # not a term being served
                ):
                    c.date = doc.resolved[d.start]
        if s.start in sentenced_in:
            _verdict_clause_date(doc, claims, d)
            continue
        if not C.VERDICT.search(s.text):
            continue
        if (
            (APPEAL.search(s.text) or HEARING.search(s.text) or UPHELD.search(s.text))
            and s.start <= d.start  # not a trial told the sentence before
            and not VERDICT_OF.search(doc.text, max(s.start, d.start - 80), d.start)
        ):
            # "Дзесяць дзён таму калегія разгледзела апеляцыю на прысуд …": the appeal's day is
            # no verdict's; "прысуд … ад 12 верасня" in it is the first verdict's
            continue
        # "The trial, held since mid-January, ended with the verdict read out on 03.02.2026": a
        # period's start is not the verdict's day when the sentence gives another date
        if (
            _SINCE.search(doc.text, max(s.start, d.start - 12), d.start) or SINCE_WORD.match(d.text)
        ) and any(o.start != d.start for o in doc.resolved_dates(s.start, s.end)):
            continue
        if (
            _BEGAN.search(doc.text, max(s.start, d.start - 30), d.start)
            or _BEGAN_AFTER.match(doc.text, d.end, s.end)
        ) and any(o.start > d.start for o in doc.resolved_dates(s.start, s.end)):
            continue  # "Пасяджэнне пачалося 20 сакавіка і праз два дні завяршылася прысудам"
        if any(
            c.sentence.start == s.start
            and c.date == doc.resolved[d.start]
            and c.kind not in ("charged", "sentenced", "fined")
            for c in claims
        ):
            continue  # "detained in January 2022 and convicted of …": the arrest's date
        earlier = [c for c in claims if c.kind == "sentenced" and c.pos < s.start]
        if earlier and earlier[-1].date is None and doc.sentence_of(earlier[-1].pos) == i - 1:
            earlier[-1].date = doc.resolved[d.start]
            continue
        later = (c for c in claims if c.kind in ("sentenced", "fined") and c.pos >= s.end)
        for c in later:
            if doc.sentence_of(c.pos) - i > _VERDICT_REACH:
                break
            if c.date is not None:
                if c.kind == "sentenced":
                    break  # a term with its own date starts another verdict
                continue
            if SERVED_TERM_CUE.match(doc.text, c.pos) or not c.dated:
                continue  # "Ён цалкам адбыў свае 3 гады": a term served, not this verdict's
            if c.kind == "fined" and not any(
                o.kind == "sentenced" and o.pos == c.pos and o.person == c.person for o in claims
            ):
                continue  # an administrative fine is not part of the verdict
            if any(
                o.start in doc.resolved
                and c.sentence.start <= o.start < c.sentence.end
                and doc.resolved[o.start].earliest() > doc.resolved[d.start].earliest()
                for o in doc.dates
            ):
                continue  # "released on Tuesday after serving 2.5 years": a term served before
            c.date = doc.resolved[d.start]


# "At the same hearing, his co-defendant …", "Тем же приговором …": the verdict named before
_SAME_HEARING = scan.compile(
    r"\b(?:at the same (?:hearing|trial)|in the same (?:trial|case|verdict)|by the same verdict|"
    r"на том же (?:заседании|процессе)|тем же приговором|в том же процессе|"
    r"по (?:этому|тому) же делу|па (?:гэтай|той) жа справе|"
    r"на тым жа (?:пасяджэнні|працэсе)|тым жа прысудам|на гэтым жа (?:пасяджэнні|працэсе)|"
    # "his co-defendant", "Его сестра, проходившая по той же статье, …": tried with them
    r"co-?defendants?|co-?accused|проходивш\w+ по (?:тому же|той же|этому же|одному)|"
    r"праходзіў\w* па (?:той жа|гэтай жа|адной)|подельни\w+|падзельні\w+)",
    re.I,
)


def same_hearing(doc: Doc, claims: list[Claim]) -> None:
    """ "At the same hearing, his co-defendant Halina R. received three years": the term takes
    the date of the last dated term before it. So does one in the sentence after ("По этому же
    делу проходил Денис М. Суд назначил ему 3 года")."""
    for c in claims:
        if c.kind != "sentenced" or c.date is not None:
            continue
        i = doc.sentence_of(c.pos)
        said = [doc.sents[i].text] + ([doc.sents[i - 1].text] if i else [])
        if not any(_SAME_HEARING.search(t) for t in said):
            continue
        earlier = [o for o in claims if o.kind == "sentenced" and o.date and o.pos < c.pos]
        # "Тым жа прысудам …", "His co-defendant got …": the first verdict's day, not that of a
        # term an appeal changed since (unless the sentence itself tells the appeal)
        first = [o for o in earlier if not CHANGED_TERM.search(o.sentence.text)]
        if first and not (APPEAL.search(said[0]) or CHANGED_TERM.search(said[0])):
            earlier = first
        if earlier:
            c.date = earlier[-1].date


def terms_of_one_verb(doc: Doc, claims: list[Claim]) -> None:
    """ "On 6 June the court sentenced Aleh L. to 3 years and Ivan Zh. to 2 years": the terms
    listed after one dated verdict in its clause, with no date of their own, share its date."""
    for c in claims:
        if c.kind != "sentenced" or c.date is not None or c.pending is not None or not c.dated:
            continue
        dated = [
            o
            for o in claims
            if o.kind == "sentenced"
            and o.date is not None
            and o.person != c.person
            and o.clause.start == c.clause.start
            and (o.pos, o.end) < (c.pos, c.end)
        ]
        if dated and not doc.resolved_dates(dated[-1].end, c.end):
            c.date = dated[-1].date


def one_verdict(doc: Doc, claims: list[Claim]) -> None:
    """A court report that dates one verdict: the other undated terms after it, told in
    sentences that date nothing else, are of that verdict too."""
    dated, undated = after_one_dated(doc, claims, "sentenced")
    if dated is None:
        return
    for c in undated:
        if any(
            dated.pos <= o.start < c.pos
            and o.start not in doc.resolved
            and heading_line(doc.text, o)
            for o in doc.dates
        ):
            break  # "4 жніўня 2025" on a line of its own: the digest's next day's items
        c.date = dated.date


# "left unchanged the sentence of X: six years", "пакінула ў сіле прысуд Д., якую асудзілі на
# 2 гады", a verdict upheld is no new verdict (one not appealed, "апеляцыю не падавала",
# keeps the first verdict's date, which the dating passes give)
UPHELD = scan.compile(
    r"\b(?:left|remained|kept) (?:\w+ )?unchanged|\bupheld|without changes|"
    r"без изменени|без змен|(?:оставил\w*|оставлен\w*|пакінул\w*|пакінуў|пакінуты\w*) [уўв] сіл|"
    r"оставлен\w* в силе|в силе оставлен|"
    # "rejected the appeal …, leaving his sentence unchanged", "жалобу оставил без удовлетворения"
    r"\bunchanged\b|\b(?:rejected|dismissed) (?:the |his |her |their )?appeals?\b|"
    r"без удовлетворения|без задавальнення|"
    r"(?:отклонил\w*|адхілі\w*) (?:\w+ )?(?:апелляционн\w+ |апеляцыйн\w+ )?(?:жалоб|скарг|апел)",
    re.I,
)


# an appeal or cassation hearing, and a term it changed ("снизила срок до", "reduced the term")
APPEAL = scan.compile(r"апелляц|апеляц|\bappeal|кассац|касац|cassation", re.I)
# a higher court's hearing told without the word "appeal" ("рассмотрел жалобу", "пересмотрел
# дело", "разгледзеў скаргу") and a term changed by it ("Срок ему снизили до 8 лет")
HEARING = scan.compile(
    r"жалоб|скарг|пересмотр|перагледз|перагляд|\breview|\bcomplaint|"
    # the prosecutor's appeal: "разгледзелі пратэст пракурора", "протест прокурора"
    r"пратэст\w* пракурор|протест\w* прокурор|prosecutor'?s? protest",
    re.I,
)
CHANGED_TERM = scan.compile(
    r"\b(?:снизи|сократи|смягчи|уменьши|ужесточи|замени|зменшы|скараці|змякчы|павялічы|узмацні|"
    r"замяні|знізі|паменшы|reduced|cut|shortened|increased|replaced|commuted|lowered|softened|"
    # the participle as predicate: "срок снижен до 4 лет", "тэрмін скарочаны да 3 гадоў"
    r"сниж|сокращ|смягч|уменьш|ужесточ|зніж|скароч|змякч|зменш|павялічан|"
    # "замест «хіміі» — 2,5 года калоніі", "вместо 5 лет — 4 года": the new term told after it
    r"замест|вместо|instead of)\w*",
    re.I,
)
_AT_THE_HEARING = scan.compile(
    r"\b(?:at|during) (?:the|that|this|\w+'s) hearing|на (?:том же |вчерашнем |этом )?заседании|"
    r"на (?:тым жа |учорашнім |гэтым )?пасяджэнні",
    re.I,
)
# "Апеляцыйная калегія … павялічыла тэрмін", "The appeal panel cut …": the bench that heard the
# appeal the report opened with, however long the recap in between
_APPEAL_BENCH = scan.compile(
    r"\b(?:калегі|коллеги|panel\b|bench\b)|апелляционн\w+ (?:инстанци|суд)|апеляцыйн\w+ (?:інстанц|суд)|"
    r"\bappeals? court",
    re.I,
)
# "апеляцыю не падавала", "обжаловать приговор не стал", "did not appeal": no appeal
_NOT_APPEALED = scan.compile(
    r"\b(?:did not|didn't|never|chose not to) (?:\w+ )?appeal|"
    r"\bне (?:подава\w*|пада\w*|стал\w* обжалов\w*|обжалов\w*|абскарджва\w*|абскардзі\w*)|"
    r"(?:обжаловать|абскарджваць|абскардзіць) (?:\w+ )?не ста\w*",
    re.I,
)
_APPEAL_REACH = 4  # sentences back to the dated appeal hearing a changed term belongs to


# "reduced the sentence from three years to two", "срок снижен с 6 лет до 5", "замест 5 гадоў —
# 4 гады", "вместо 4 лет … назначено 3 года": the term before the change
_FROM_TERM = scan.compile(r"(?:\bfrom|\bс|\bсо|\bз|\bса|\bзамест|\bвместо|\binstead of)\s+$", re.I)

_TO_TERM = scan.compile(r"\s+(?:to|до|да)\s+\w")


def old_term(doc: Doc, c: Claim) -> bool:
    """Whether a term is the one an appeal changed, told before the new one in its sentence."""
    s = c.sentence
    if c.kind != "sentenced" or not (CHANGED_TERM.search(s.text) or APPEAL.search(s.text)):
        return False
    durs = T.find_durations(s.text, s.start)
    for k, d in enumerate(durs):
        if d.end == c.end:
            before = doc.text[max(s.start, d.start - 12) : d.start]
            # the new term follows: "from three years to two", "с 6 лет до 5 лет 6 месяцев"
            new = k + 1 < len(durs) or _TO_TERM.match(doc.text, d.end, s.end)
            return bool(new) and bool(_FROM_TERM.search(before))
    return False


def _hearing_dates(doc: Doc) -> set[PartialDate]:
    """The days of the appeal hearings a report tells: a date told before the sentence's word
    for the appeal or the change ("28.08.2023 суд рассмотрел жалобу", "on Thursday reduced")."""
    out = set()
    for s in doc.sents:
        cue = APPEAL.search(s.text) or HEARING.search(s.text) or CHANGED_TERM.search(s.text)
        if cue is None:
            continue
        for d in doc.resolved_dates(s.start, s.end):
            if d.start < s.start + cue.start():
                out.add(doc.resolved[d.start])
    return out


def _hearing_of(doc: Doc, c: Claim) -> PartialDate | None:
    """The one dated appeal hearing told before a changed term that names its person, in its
    sentence or the next ("On Tuesday the court heard the appeals of two men. … H.'s term was
    left unchanged, while Ts. had his punishment softened. … Ts.'s term was cut to …")."""
    found = set()
    for k, s in enumerate(doc.sents):
        if s.start >= c.sentence.start:
            break
        cue = APPEAL.search(s.text) or HEARING.search(s.text)
        when = (
            [d for d in doc.resolved_dates(s.start, s.end) if d.start < s.start + cue.start()]
            if cue
            else []
        )
        if not when:
            continue
        told = doc.sents[k : k + 2]
        if any(
            t.start <= m.start < t.end and m.person == c.person for t in told for m in doc.mentions
        ):
            found.add(doc.resolved[when[0].start])
    return found.pop() if len(found) == 1 else None


def first_verdict(doc: Doc, claims: list[Claim], c: Claim) -> PartialDate | None:
    """The day of the person's first verdict told in a sentence with no other term of theirs
    ("Напомню, что 14 июня суд признал его виновным", "Першы прысуд ёй вынес 12 чэрвеня")."""
    found = set()
    for s in doc.sents:
        verdict = C.VERDICT.search(s.text)
        if s.start == c.sentence.start or verdict is None:
            continue
        if APPEAL.search(s.text) or HEARING.search(s.text) or CHANGED_TERM.search(s.text):
            continue
        when = doc.resolved_dates(s.start, s.end)
        if len(when) != 1:
            continue
        mine = [o for o in claims if o.kind == "sentenced" and o.person == c.person]
        if any(
            s.start <= o.pos < s.end and (o.years, o.months) != (c.years, c.months) for o in mine
        ):
            continue  # another verdict of theirs
        named = any(s.start <= m.start < s.end and m.person == c.person for m in doc.mentions)
        if named or c.person in attribute(doc, s.start + verdict.start()):
            found.add(doc.resolved[when[0].start])
    return found.pop() if len(found) == 1 else None


def appeal_dates(doc: Doc, claims: list[Claim]) -> None:
    """ "1 октября областной суд рассмотрел апелляционную жалобу. Напомню: 14 августа суд
    приговорил его к 4 годам. Апелляционная инстанция снизила срок до трёх лет.": the term an
    appeal gives takes the appeal hearing's date, not the first verdict's; the term it changed
    ("reduced from three years to two") keeps the first verdict's date, not the hearing's."""
    hearings = _hearing_dates(doc)
    old = {id(c) for c in claims if old_term(doc, c)}
    for c in claims:
        if c.kind != "sentenced":
            continue
        if id(c) in old:
            if c.date is None or c.date in hearings:
                c.date = first_verdict(doc, claims, c)
            continue
        text = c.sentence.text
        if not APPEAL.search(text) and not CHANGED_TERM.search(text):
            continue
        if _NOT_APPEALED.search(text) and not CHANGED_TERM.search(text):
            continue  # "асуджаная на 2 гады, апеляцыю не падавала": the first verdict's term
        # the sentence's own dates, but not one nearer another term in it (the first verdict's;
        # not the term the appeal changed, "вместо 4 лет … назначено 3 года")
        own = [
            d
            for d in doc.resolved_dates(c.sentence.start, c.sentence.end)
            if not any(
                o is not c
                and o.kind == "sentenced"
                and id(o) not in old
                and o.sentence.start == c.sentence.start
                and abs(o.pos - d.start) < abs(c.pos - d.start)
                for o in claims
            )
        ]
        if own:
            # the appeal's sentence dates it ("20 июня суд … смягчил наказание: вместо шести
            # лет … назначено пять лет"), also where the term is told far from its date
            if c.date is None and c.dated:
                near = min(own, key=lambda d: abs(c.pos - d.start))
                c.date = doc.resolved[near.start]
            continue
        i = doc.sentence_of(c.pos)
        hearing = None
        # "At yesterday's hearing … reduced Babrou's term": the hearing the report opened with
        told = text + (doc.sents[i - 1].text if i else "")
        reach = i if _AT_THE_HEARING.search(told) or _APPEAL_BENCH.search(text) else _APPEAL_REACH
        stop = max(-1, i - 1 - reach)
        j = i
        while j - 1 > stop:
            j -= 1
            s = doc.sents[j]
            when = doc.resolved_dates(s.start, s.end)
            heard = APPEAL.search(s.text) or HEARING.search(s.text) or CHANGED_TERM.search(s.text)
            if heard and not when and APPEAL.search(s.text):
                # "The appeal court left H.'s sentence unchanged.": the story of the appeal goes
                # on; its hearing may be told further back
                stop = min(stop, max(-1, j - 1 - _APPEAL_REACH))
            # "21 октября Верховный суд рассмотрел жалобу В., которого в июле осудили": the
            # hearing's date comes before its word, the first verdict's after
            if heard and when and (len(when) == 1 or when[0].start < s.start + heard.start()):
                hearing = doc.resolved[when[0].start]
                break
        if hearing is None and CHANGED_TERM.search(text):
            hearing = _hearing_of(doc, c)
        others = [o.date for o in claims if o.kind == "sentenced" and o is not c and o.date]
        if hearing is not None:
            c.date = hearing
        elif c.date in others:
            c.date = None  # another verdict's date


_BESIDES_REACH = 400  # characters: the verdicts' sentence or the one before
# "Кроме того, каждому назначен штраф", "Акрамя таго, абодвум прызначаны штраф", "Both were
# also fined": a fine told after the verdicts, as part of them
_FINE_BESIDES = scan.compile(
    r"\b(?:кроме того|помимо (?:этого|того)|акрамя таго|апроч таго|in addition|additionally|"
    r"каждому|каждой|обоим|обеим|кожнаму|кожнай|абодвум|абедзвюм|each|both)\b",
    re.I,
)


def fine_with_verdict(claims: list[Claim]) -> None:
    """ "He was sentenced to five years … and additionally fined 200 base units": the fine
    shares the date of the verdict in its sentence, or of the verdict told just before when it
    is told as part of it ("Кроме того, каждому назначен штраф"); so does a release in the
    courtroom ("got a suspended sentence and was released in the courtroom")."""
    for c in claims:
        if c.date is not None or not (
            c.kind == "fined" or (c.kind == "released" and C.COURTROOM.search(c.sentence.text))
        ):
            continue
        verdict = next(
            (
                o
                for o in reversed(claims)
                if o.kind == "sentenced"
                and o.person == c.person
                and o.date is not None
                # a fine: the verdict in its sentence; a courtroom release: the last verdict
                and (
                    o.sentence.start == c.sentence.start
                    or (c.kind == "released" and o.pos < c.pos)
                    or (
                        c.kind == "fined"
                        and o.pos < c.pos
                        and c.sentence.start - o.sentence.end < _BESIDES_REACH
                        and _FINE_BESIDES.search(c.sentence.text)
                    )
                )
            ),
            None,
        )
        if verdict is not None:
            c.date = verdict.date


# "6 гадоў калоніі, якія атрымаў у 2021-м", "три года, назначенные ему в 2021-м", "convicted in
# 2021 of …", "In 2023 I got an extra year": the verdict's own date, told beside its verb
_TIED_REACH = 80  # characters between a term and its verdict's date
_GIVEN_BEFORE = scan.compile(
    r"\b(?:атрыма\w+|назначен\w+|получ\w+|received|given|got|convicted|sentenced|осужд\w+|"
    r"осуди\w+|асуджан\w+|асудзі\w+|прысудж\w+|приговор\w+)\s+(?:\w+\s+){0,2}?$",
    re.I,
)
_GIVEN_AFTER = scan.compile(
    r"^[\s,]*(?:I|he|she|we|я|он|она|ён|яна|мне|ему|ей|яму|ёй)?\s*(?:got|received|was given|was sentenced|"
    r"was convicted|получил\w*|атрымаў|атрымала)\b",
    re.I,
)


def verdict_beside_its_verb(doc: Doc, claims: list[Claim]) -> None:
    """An undated term, even one being served, takes the date its sentence ties to a verdict
    verb ("атрымаў у 2021-м", "In 2023 I got"), when it is the sentence's only such date."""
    for c in claims:
        if c.kind != "sentenced" or c.date is not None:
            continue
        s = c.sentence
        tied = [
            d
            for d in doc.resolved_dates(s.start, s.end)
            if _GIVEN_BEFORE.search(doc.text, max(s.start, d.start - 40), d.start)
            or _GIVEN_AFTER.match(doc.text, d.end, min(s.end, d.end + 30))
        ]
        if len(tied) != 1:
            continue
        d = tied[0]
        a, b = sorted((d.start, c.pos))
        # near the term, with no one else named in between (a co-defendant's verdict)
        if (
            b - a <= _TIED_REACH
            and not any(a <= m.start < b and m.person != c.person for m in doc.mentions)
            # "sentenced in August to five years…, had his term cut on appeal to four": the
            # date is the nearer term's
            and not any(
                o is not c and o.kind == "sentenced" and abs(o.pos - d.start) < b - a
                for o in claims
            )
        ):
            c.date = doc.resolved[d.start]


_NEW_CASE = scan.compile(
    r"\b(?:нов\w+|ещё одн\w+|яшчэ адн\w+|другую|второе|new|another|second)\s+(?:\w+\s+)?"
    r"(?:дело|справу|case|charge|обвинение|абвінавачанне|абвінавачванне)\b",
    re.I,
)


def charges_before_verdict(found: list[Claim]) -> None:
    """ "Then in November the investigator added Article 130 … The court sentenced them on 3
    March 2023": a charge dated by a bare month comes before the person's verdict, so the month
    is the last such one before the verdict, not the last before publication."""
    for c in found:
        d = c.date_from
        if (
            c.kind not in ("charged", "detained")
            or c.date is None
            or c.date.month is None
            or d is None
        ):
            continue
        if not d.year_from_context:
            continue
        # a new case brought in the colony comes after the verdict ("злоснае непадпарадкаванне")
        if c.kind == "charged" and (c.article == "411" or _NEW_CASE.search(c.sentence.text)):
            continue
        verdicts = [
            v.date
            for v in found
            if v.kind == "sentenced"
            and v.person == c.person
            and v.date is not None
            and v.date.month is not None
            and not (v.date_from is not None and v.date_from.year_from_context)
        ]
        if not verdicts:
            continue
        first = min(verdicts, key=lambda v: (v.year, v.month or 0))
        if (c.date.year, c.date.month) <= (first.year, first.month or 0):
            continue
        year = first.year if c.date.month <= (first.month or 0) else first.year - 1
        c.date = PartialDate(year, c.date.month, c.date.day, c.date.approximate)


# "Сёння суд … разгледзеў справу трох жыхароў горада", "On Tuesday the court heard the case of":
# a dated one-day trial whose terms are told in the sentences after it
_HEARD_CASE = scan.compile(
    r"\b(?:heard|examined|considered|tried) (?:the )?(?:criminal )?cases?\b|"
    r"рассмотрел\w* (?:уголовн\w+ )?дел|разгледзе\w* (?:крымінальн\w+ )?справ",
    re.I,
)
_CASE_REACH = 4  # sentences after the hearing whose terms it dates


def heard_case_dates(doc: Doc, claims: list[Claim]) -> None:
    """Undated terms and fines told just after a dated hearing of the case take its date, up
    to a sentence with a date of its own."""
    for d in doc.dates:
        if d.start not in doc.resolved:
            continue
        i = doc.sentence_of(d.start)
        s = doc.sents[i]
        if not _HEARD_CASE.search(s.text) or APPEAL.search(s.text) or HEARING.search(s.text):
            continue
        rel = d.relative
        if rel is not None and rel.anchor != "today" and (rel.amount, rel.direction) == (0, 0):
            continue  # "В тот же день": an anaphora, resolved elsewhere
        if any(c.kind in ("sentenced", "fined") and c.sentence.start == s.start for c in claims):
            continue
        for j in range(i + 1, min(len(doc.sents), i + 1 + _CASE_REACH)):
            nxt = doc.sents[j]
            if doc.resolved_dates(nxt.start, nxt.end) or APPEAL.search(nxt.text):
                break
            for c in claims:
                if (
                    c.kind in ("sentenced", "fined")
                    and c.sentence.start == nxt.start
                    and c.date is None
                    and c.dated
                ):
                    c.date = doc.resolved[d.start]


def count_from_the_first_verdict(claims: list[Claim]) -> None:
    """ "Праз тры дні пасля прысуду Віктара змясцілі ў ШІЗА" in a report on an appeal that
    changed the term: the verdict is the first one, not the appeal's (told first in the lead)."""
    for c in claims:
        d = c.pending
        if d is None or d.relative is None or d.relative.anchor != "@sentenced":
            continue
        own = [o for o in claims if o.kind == "sentenced" and o.person == c.person and o.date]
        appealed = [
            o for o in own if APPEAL.search(o.sentence.text) or CHANGED_TERM.search(o.sentence.text)
        ]
        first = [o.date for o in own if o not in appealed and o.date is not None]
        if not appealed or not first:
            continue
        best = max(detail(x) for x in first)
        day = min((x for x in first if detail(x) == best), key=lambda x: x.earliest())
        c.date = shift(day, d.relative)
