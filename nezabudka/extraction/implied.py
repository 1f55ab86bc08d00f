"""Facts a report implies rather than states with a trigger of their own: the arrest an
interview's story opens with, and the arrest of those taken "together with" someone."""

from __future__ import annotations

import dataclasses
import re

from nezabudka.extraction import claims as C
from nezabudka.extraction import lexicon, scan
from nezabudka.extraction import terms as T
from nezabudka.extraction.answers import answer_opening_date
from nezabudka.extraction.attribution import COMPANION_BEFORE, Doc, eligible
from nezabudka.extraction.dates import DateMention, shift
from nezabudka.extraction.dating import AMONG_BEFORE
from nezabudka.extraction.interview import STORY_START, first_person
from nezabudka.extraction.segment import Span
from nezabudka.extraction.suggestion import Claim

_THIRD_PERSON = scan.compile(r"\b(?:him|her|his|them|его|её|ее|их|яго|яе|іх)\b", re.I)


def story_start(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "— How did it all start? — On 2 June 2022. Officers came to the bakery…": the
    interviewee's arrest, dated by the answer's first sentence when no other fact is told
    there (made after the other claims are dated, so that no date before the question is
    taken). Not when the answer tells of someone else ("They came for him"): a relative's
    interview."""
    iv = doc.interview
    if iv is None:
        return []
    out = []
    for a, b in iv.questions:
        answer = iv.answer_after(b)
        if not STORY_START.search(doc.text, a, b) or answer is None:
            continue
        said = doc.sents[doc.sentence_of(answer[0] + 2)]
        if _THIRD_PERSON.search(said.text) and not first_person(said.text):
            continue
        sent = doc.sents[doc.sentence_of(a)]
        claim = Claim("detained", iv.interviewee, a, sent, doc.clause_of(a), end=b)
        if (when := answer_opening_date(doc, answer, claims)) is not None:
            claim.date = doc.resolved[when.start]
        out.append(claim)
    return out


# "…was detained in December 2022 together with his son Dzianis R. and their neighbour Ales
# K.", "забрали 14 февраля, вместе с его друзьями Ильёй В. и Дмитрием С.": the first companion
# comes after up to three words (COMPANION_BEFORE), the next ones after "and" or a comma and up
# to three words
_AND_NEXT = scan.compile(
    r"^\s*(?:,\s*(?:and\s+|и\s+|і\s+)?|\s(?:and|и|і)\s+)(?:[^\W\d_]+\s+){0,3}$", re.I
)


# "I was charged …, together with my friends Raman Ts. and Uladzimir H.": shared facts
_SHARED_TOGETHER = {"detained", "charged"}


def arrested_together(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The people named after "together with" in a detention's or a charge's sentence, after
    its trigger, share the fact and its date, unless they have that fact of their own."""
    out: list[Claim] = []
    had = {(c.person, c.kind, c.article) for c in claims if c.kind in _SHARED_TOGETHER}
    for c in claims:
        if c.kind not in _SHARED_TOGETHER:
            continue
        s = c.sentence
        after = sorted(
            (m for m in doc.mentions if c.pos < m.start < s.end and m.person != c.person),
            key=lambda m: m.start,
        )
        companions: list[int] = []
        prev_end = -1
        for m in after:
            if prev_end < 0:
                if not COMPANION_BEFORE.search(doc.text, max(c.pos, m.start - 60), m.start):
                    continue
            elif not _AND_NEXT.match(doc.text[prev_end : m.start]):
                break
            companions.append(m.person)
            prev_end = m.end
        for p in companions:
            if (p, c.kind, c.article) in had or doc.people[p].titled:
                continue
            had.add((p, c.kind, c.article))
            out.append(dataclasses.replace(c, person=p))
    return out


# "recognised two more people as political prisoners", "прызнаём палітычнымі вязнямі яшчэ трох
# чалавек", "статус политзаключённых получили ещё пятеро": how many the list below counts
_COUNT_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight",
    "двух", "двое", "двоих", "дваіх", "два", "дзве", "две",
    "трёх", "трех", "трое", "троих", "трох", "траіх", "тры", "три",
    "четырёх", "четырех", "четверо", "четверых", "чатырох", "чацвёра",
    "чацвярых", "четыре", "чатыры",
    "пяти", "пятерых", "пятеро", "пять", "пяць", "пяці", "пяцёра",
    "пяцярых", "шести", "шестеро", "шесть", "шэсць", "шасці", "шасцёра",
)  # fmt: skip
_COUNTED = scan.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:more\s+)?(?:people|persons|"
    r"человека?|чалавек(?:і)?)\b|\b(?:ещё|еще|яшчэ)\s+(?P<n2>" + "|".join(_COUNT_WORDS) + r")\b",
    re.I,
)


# "Three political prisoners walked free on Tuesday", "The other three walked out yesterday":
# a counted subject before a release
_COUNTED_SUBJECT = scan.compile(
    r"\b(?:(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:more\s+|other\s+)?(?:political\s+"
    r"prisoners|prisoners|people|persons|men|women|политзаключ\w+|человек\w*|палітвязн\w+|"
    r"чалавек\w*)|(?:the other|other|ещё|еще|яшчэ|остальные|астатнія)\s+(?P<n2>"
    + "|".join(_COUNT_WORDS)
    + r"))\b",
    re.I,
)


def recognized_list(doc: Doc, start: int) -> list[tuple[int, Span]]:
    """ "On 16 May, human rights defenders recognised two more people as political prisoners.
    Siarhei K., 41, … Alena S., a pensioner …": the recognition, whose sentence names no one
    but counts them, goes to the first person named in each of the sentences after it (the
    brothers "Павел і Мікалай Грэсь" both) until the count is reached; nothing when fewer are
    named. Returns (person, sentence of the recognition) pairs."""
    sent = doc.sents[doc.sentence_of(start)]
    return counted_list(doc, start, _COUNTED.search(doc.text, sent.start, sent.end))


def released_list(doc: Doc, start: int) -> list[tuple[int, Span]]:
    """ "Three political prisoners walked free on Tuesday … Kiryl A., 41, … Alena Sh. …": a
    release whose counted subject, before its verb, is named in the sentences after it."""
    sent = doc.sents[doc.sentence_of(start)]
    return counted_list(doc, start, _COUNTED_SUBJECT.search(doc.text, sent.start, start))


def counted_list(doc: Doc, start: int, c: re.Match[str] | None) -> list[tuple[int, Span]]:
    """The people a fact's counted, unnamed subject (``c``, the count found in its sentence)
    stands for (see recognized_list)."""
    if c is None:
        return []
    i = doc.sentence_of(start)
    sent = doc.sents[i]
    if any(sent.start <= m.start < start for m in doc.mentions):
        return []
    word = (c.group("n") or c.group("n2")).lower()
    want = lexicon.count_value(word) or 0
    rest = doc.text[c.end() : doc.sents[i + 1].end if i + 1 < len(doc.sents) else None]
    # "Пра чатырох з іх вядома …" names that many, "One of them is …" one; "Among them is
    # Darya L." only some
    if some := _SOME_COUNTED.search(rest):
        want = lexicon.count_value(some.group(1) or some.group(2)) or 0
    elif _SOME_OF_THEM.search(rest):
        return []
    found: list[int] = []
    for a, b in _pieces(doc, c.end(), i):
        if _HEADING.search(doc.text, sent.end, a):
            break  # the next section of a digest
        named = sorted((m for m in doc.mentions if a <= m.start < b), key=lambda m: m.start)
        if not named:
            continue
        first = named[0]
        if first.person in found:
            continue
        person = doc.people[first.person]
        if person.titled or person.official or first.relative or first.speaker:
            continue
        group, end = [first.person], first.end
        for m in named[1:]:
            if not _CONJOINED.fullmatch(doc.text[end : m.start]):
                break
            group.append(m.person)
            end = m.end
        found.extend(p for p in dict.fromkeys(group) if p not in found)
        if len(found) >= want:
            break
    if len(found) < want:
        return []
    return [(p, sent) for p in found[:want]]


def _pieces(doc: Doc, start: int, i: int) -> list[tuple[int, int]]:
    """The sentences from ``start`` (inside sentence ``i``) on, each line of them apart."""
    out = []
    for k, s in enumerate(doc.sents[i:]):
        a = start if k == 0 else s.start
        for line in re.finditer(r"[^\n]+", doc.text[a : s.end]):
            out.append((a + line.start(), a + line.end()))
    return out


_SOME_OF_THEM = scan.compile(
    r"\b(?:among them|сярод іх|среди них)\b|(?<!only )(?<!Only )\b(?:one of them|адзін з іх|"
    r"один из них)\b",
    re.I,
)
# "Пра чатырох з іх вядома наступнае": the list counts that many; "One of them is …" one
_SOME_COUNTED = scan.compile(
    r"\b(" + "|".join(_COUNT_WORDS) + r")\s+(?:з іх|из них|of them)\b|"
    # "One of them is Anton S." names one ("Only one of them was allowed home" does not)
    r"\b(one|адзін|адна|один|одна)\s+(?:з іх|из них|of them)\s*(?:is\b|—|–|:|гэта\b|это\b)",
    re.I,
)
# a digest's section heading between the recognition and the next name: a line of capitals or
# a date range alone
_HEADING = scan.compile(r"\n\s*(?:[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ ,'-]{3,}|[^\n.]*\d{4}\s*)\n")
_CONJOINED = scan.compile(r"\s*(?:,|and|і|и|й)\s*(?:[^\W\d_]+\s+)?", re.I)


# "Обвинение по второй статье было предъявлено 9 января", "— обвинение по второй статье
# добавили 10 ноября", "абвінавачанне па другім артыкуле": the date of the second charge only
_SECOND_CHARGE = scan.compile(
    r"\b(?:обвинени\w+|абвінавачанн\w+|the charge)\s+(?:по|па|under)\s+(?:второй|другой|другім|"
    r"the second)\s+(?:стать\w+|артыкул\w*|article)\b",
    re.I,
)


def second_charge_date(doc: Doc, claims: list[Claim]) -> None:
    for sc in _SECOND_CHARGE.finditer(doc.text):
        i = doc.sentence_of(sc.start())
        s = doc.sents[i]
        when = doc.resolved_dates(s.start, s.end)
        if not when:
            continue
        date = doc.resolved[when[0].start]
        # the charges told in this sentence before the phrase, else in the one before
        for k in (i, i - 1):
            if k < 0:
                break
            told = [
                c
                for c in claims
                if c.kind == "charged"
                and c.sentence.start == doc.sents[k].start
                and c.pos < sc.start()
            ]
            # a person's charges by article, in the order told (a described article,
            # "измена государству", repeats one given by number)
            by_person: dict[int, dict[str | None, list[Claim]]] = {}
            for c in told:
                by_person.setdefault(c.person, {}).setdefault(c.article, []).append(c)
            pairs = [list(arts.values()) for arts in by_person.values() if len(arts) == 2]
            if not pairs:
                continue
            for first, second in pairs:
                for c in first:
                    if c.date == date:
                        c.date = None  # the sentence's date is the second charge's
                for c in second:
                    c.date = date
            break


# "В тот же день, что и Евгений, была задержана Антонина Ш.", "был задержан в тот же день, что
# и он", "on the same day as Pavel": the day of that person's own event of the kind
_SAME_DAY_AS = scan.compile(
    r"\b(?:в тот же день|у той жа дзень|(?:on )?the same day)\s*,?\s*(?:что и|што і|as)\s+"
    r"(?P<who>\w+)",
    re.I,
)


def same_day_as(doc: Doc, claims: list[Claim]) -> None:
    """A fact told as happening the same day as someone else's is dated by that person's own
    fact of the kind; a claim the comparison gave the person compared with ("что и Евгений")
    goes to the sentence's subject."""
    for sd in _SAME_DAY_AS.finditer(doc.text):
        s = doc.sents[doc.sentence_of(sd.start())]
        who = next((m for m in doc.mentions if m.start == sd.start("who")), None)
        subjects = [
            m
            for m in doc.mentions
            if s.start <= m.start < s.end and (who is None or m.person != who.person)
        ]
        for c in (c for c in claims if c.sentence.start == s.start and c.dated):
            if who is not None and c.person == who.person and subjects:
                c.person = subjects[0].person
            other = who.person if who is not None else None
            earlier = [
                o
                for o in claims
                if o.kind == c.kind
                and o.date is not None
                and o.pos < s.start
                and o.person != c.person
                and (other is None or o.person == other)
            ]
            if earlier:
                c.date = earlier[-1].date


# leaving the country, a wording that is exile only right after a release ("was freed in
# September and left Belarus a month later", "Учора ён з сям'ёй выехаў у Літву")
_COUNTRIES = (
    r"(?:Lithuania|Poland|Latvia|Ukraine|Georgia|Литв\w+|Польш\w+|Латви\w+|Украин\w+|Грузи\w+|"
    r"Літв\w+|Польшч\w+|Латві\w+|Украін\w+)"
)
_DEPARTURE = scan.compile(
    rf"\bleft (?:Belarus|the country)\b|\bleft for {_COUNTRIES}|"
    rf"\b(?:уехал\w*|выехал\w*|перебрал\w*|переехал\w*)\s+(?:\w+\s+){{0,3}}?(?:в|во|за)\s+"
    rf"(?:{_COUNTRIES}|границу|рубеж)|\b(?:уехал\w*|выехал\w*)\s+(?:\w+\s+){{0,2}}?из\s+(?:Беларуси|"
    rf"страны)|\bпокинул\w*\s+(?:Беларусь|страну)|"
    rf"\b(?:выеха(?:ў|ла|лі)|з['’]еха(?:ў|ла|лі)|пераеха(?:ў|ла|лі))\s+(?:[\w']+\s+){{0,3}}?"
    rf"(?:(?:[уў]|за)\s+(?:{_COUNTRIES}|мяжу)|з\s+(?:краіны|Беларусі))|"
    rf"\bпакіну(?:ў|ла|лі)\s+(?:Беларусь|краіну)|"
    # "Назаўтра пасля вызвалення яго прымусілі выехаць з краіны", "её вынудили уехать"
    r"\b(?:прымусілі|вымусілі|заставили|вынудили|принудили)\s+(?:\w+\s+){0,2}?"
    r"(?:выехаць|пакінуць|з['’]ехаць|выехать|уехать|покинуть|эмигрировать|эміграваць)\b",
    re.I,
)
_DEPARTURE_REACH = 2  # sentences after the release


# "released at the Lithuanian border", "на беларуска-літоўскай мяжы былі вызваленыя"
_AT_THE_BORDER = scan.compile(
    r"\b(?:на\s+(?:[\w-]+\s+)?(?:мяжы|границе)|at the\s+(?:[\w-]+\s+)?border)\b", re.I
)


def released_at_the_border(claims: list[Claim]) -> list[Claim]:
    """A release at the border is an expulsion that day."""
    exiled = {c.person for c in claims if c.kind == "exile"}
    out: list[Claim] = []
    for c in claims:
        if c.kind == "released" and c.person not in exiled and _AT_THE_BORDER.search(c.clause.text):
            exiled.add(c.person)
            out.append(dataclasses.replace(c, kind="exile", how=None))
    return out


def left_after_release(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A departure abroad told in a release's sentence, after its trigger, or in one of the two
    sentences after it, naming no one else: the released person's exile, dated by the
    departure's own date ("a month later", "Учора"); so is one told after a later sentence that
    names the person and recalls the release ("Праз дзень пасля вызвалення Андрэя выклікалі ў
    міліцыю. Учора ён з сям'ёй выехаў у Літву."), or a later departure that names the person
    ("Ужо ўвечары таго ж дня Зміцер пакінуў Беларусь"); a departure dated before the release
    is none."""
    out: list[Claim] = []
    exiled = {c.person for c in claims if c.kind == "exile"}
    for c in claims:
        if c.kind != "released" or c.person in exiled:
            continue
        i = doc.sentence_of(c.pos)
        for run in _after_release(doc, c, claims, i):
            claim = _departure_in(doc, c, i, run, claims)
            if claim is not None:
                out.append(claim)
                exiled.add(c.person)
                break
    return out


def _departure_in(doc: Doc, c: Claim, i: int, run: list[int], claims: list[Claim]) -> Claim | None:
    """The exile of ``c``'s person a departure in the sentences ``run`` tells (``i`` is the
    release's sentence)."""
    # the release's day, also when a headline told it undated ("Вызвалены Зміцер Р.!")
    day = c.date or next(
        (o.date for o in claims if o.kind == "released" and o.person == c.person and o.date), None
    )
    for j in run:
        s = doc.sents[j]
        start = max(s.start, c.end if j == i else s.start)
        m = _DEPARTURE.search(doc.text, start, s.end)
        others = {
            x.person
            for x in doc.mentions
            if s.start <= x.start < s.end and x.person != c.person and not x.cited
        }
        if m is None:
            if others:
                break  # the story has gone on to someone else
            continue
        if others:
            break
        claim = Claim("exile", c.person, m.start(), s, doc.clause_of(m.start()), end=m.end())
        # the date nearest the departure, not the release's ("freed in September 2024 and
        # left Belarus a month later", "вызвалена 27 кастрычніка, праз тры дні выехала")
        when = sorted(
            doc.resolved_dates(start, s.end),
            key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)),
        )
        counted = [
            d.relative
            for d in doc.dates
            if start <= d.start < s.end and d.relative and d.relative.anchor == "@released"
        ]
        if when and day is not None and doc.resolved[when[0].start].iso() < day.iso():
            # a day before the release: "таго ж дня" read from an older date is the release's
            # day ("Ужо ўвечары таго ж дня Зміцер пакінуў Беларусь"); any other is no exile
            same_day = when[0].relative is not None and when[0].relative.amount == 0
            if not same_day:
                return None
            claim.date = day
        elif when:
            claim.date = doc.resolved[when[0].start]
        elif counted and c.date is not None:
            claim.date = shift(c.date, counted[0])  # "Назаўтра пасля вызвалення"
        elif j == i:
            claim.date = c.date  # "pardoned and left for Lithuania the same day" is told so
        return claim
    return None


# "Праз дзень пасля вызвалення Андрэя выклікалі ў міліцыю", "After her release she was…"
_RELEASE_RECALLED = scan.compile(
    r"\b(?:after|following)\s+(?:his|her|their)\s+release\b|"
    r"\b(?:после|пасля)\s+(?:его\s+|её\s+|ее\s+|яго\s+|яе\s+)?(?:освобождения|вызвалення)\b",
    re.I,
)


def _after_release(doc: Doc, c: Claim, claims: list[Claim], i: int) -> list[list[int]]:
    """The runs of sentences where a departure is the released person's exile: the release's
    and the two after it, then the first later sentence that names the person and recalls the
    release ("Праз дзень пасля вызвалення Андрэя…") and the two after that, up to the next
    release of someone else."""
    out = [list(range(i, min(len(doc.sents), i + 1 + _DEPARTURE_REACH)))]
    nxt = min(
        (o.pos for o in claims if o.kind == "released" and o.person != c.person and o.pos > c.pos),
        default=len(doc.text),
    )
    for k in range(i + 1, len(doc.sents)):
        s = doc.sents[k]
        if s.start >= nxt:
            break
        named = any(s.start <= m.start < s.end and m.person == c.person for m in doc.mentions)
        if named and _RELEASE_RECALLED.search(s.text):
            out.append(list(range(k, min(len(doc.sents), k + 1 + _DEPARTURE_REACH))))
            break
        if named and _DEPARTURE.search(s.text):
            out.append([k])  # "Ужо ўвечары таго ж дня Зміцер пакінуў Беларусь"
            break
    return out


def among_listed(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "Среди вышедших на свободу — Геннадий М., отбывавший 5 лет, и Ирина Т., которая …":
    everyone the list after "among the released/detained" names shares the fact; so does
    everyone listed as the subject after a release's verb ("вышли на свободу Георгий Т., …, и
    Инна Л.")."""
    out = []
    for c in claims:
        if c.kind not in ("detained", "released"):
            continue
        if not AMONG_BEFORE.search(doc.text, max(0, c.pos - 12), c.pos) and not (
            c.kind == "released" and _named_after_verb(doc, c)
        ):
            continue
        s = c.sentence
        has = {o.person for o in claims if o.kind == c.kind and s.start <= o.pos < s.end}
        for m in doc.mentions:
            if (
                c.pos < m.start < s.end
                and m.person not in has
                and eligible(doc, m)
                and not m.relative
                and _LIST_JOIN.search(doc.text, max(0, m.start - 6), m.start)
            ):
                has.add(m.person)
                out.append(dataclasses.replace(c, person=m.person))
    return out


_LIST_JOIN = scan.compile(r"(?:,|\bи|\bі|\band)\s+$")
# "вышли на свободу Георгий Т., отбывавший срок в ИК-5, и Инна Л.": the subject after the verb
_VERB_THEN_NAME = scan.compile(
    r"\s*(?:на (?:свободу|волю|свабоду)\s+)?(?:(?:политзаключённ\w*|политзаключенн\w*|"
    r"палітвязн\w*)\s+)?$",
    re.I,
)


def _named_after_verb(doc: Doc, c: Claim) -> bool:
    """A release whose subject is named right after its verb, the Russian and Belarusian order
    ("на волю выйшлі Андрэй С. і Ірына К.")."""
    if c.end <= c.pos:
        return False
    after = next((m for m in doc.mentions if c.end <= m.start < c.sentence.end), None)
    return (
        after is not None
        and after.person == c.person
        and bool(_VERB_THEN_NAME.fullmatch(doc.text, c.end, after.start))
    )


# "Среди освобождённых — Сергей П. … и Ольга Д.", "Сярод вызваленых — Тарас З.", "among those
# freed": the people a release told of a number just before names
_AMONG_RELEASED = scan.compile(
    r"^\W*(?:среди|сярод|among)\s+(?:the\s+|those\s+)?(?:освобожд[её]нн\w*|помилованн\w*|"
    r"вызвален\w*|памілаван\w*|released|freed|pardoned)\b",
    re.I,
)
_RELEASE_WORD = scan.compile(r"освобо[жд]|вызвал|releas|freed|помил|памілав|pardon", re.I)
_SAME_DAY_WORD = scan.compile(r"в тот же день|у той жа дзень|the same day", re.I)


def among_the_released(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The release (and an exile of them all) told of a number of people just before "Среди
    освобождённых — A и B", for each of A and B: "освобождение 11 сентября 52 заключённых.
    Всех их в тот же день вывезли в Литву. Среди освобождённых — Сергей П. и Ольга Д.\""""
    out: list[Claim] = []
    for i, s in enumerate(doc.sents):
        lead = _AMONG_RELEASED.match(s.text)
        if lead is None or i == 0:
            continue
        named = {
            m.person
            for m in doc.mentions
            if s.start + lead.end() <= m.start < s.end and eligible(doc, m) and not m.relative
        }
        before = doc.sents[max(0, i - 2) : i]
        release_day, how, exiled = None, None, None
        for p in before:
            if any(p.start <= m.start < p.end for m in doc.mentions if not doc.titled[m.person]):
                continue  # a sentence naming someone is about that person
            when = doc.resolved_dates(p.start, p.end)
            if _RELEASE_WORD.search(p.text):
                how = how or T.release_how(p.text)
                if when and release_day is None:
                    release_day = doc.resolved[when[0].start]
            if C.trigger("exile", doc.lang).search(p.text):
                exiled = p
        clause = doc.clause_of(s.start + lead.start())
        exile_day = None
        if exiled is not None:
            when = doc.resolved_dates(exiled.start, exiled.end)
            exile_day = doc.resolved[when[0].start] if when else None
            if exile_day is None and _SAME_DAY_WORD.search(exiled.text):
                exile_day = release_day
        for person in named:
            kinds = {o.kind for o in claims if o.person == person}
            if "released" not in kinds:
                out.append(Claim("released", person, s.start, s, clause, date=release_day, how=how))
            if exiled is not None and "exile" not in kinds:
                out.append(Claim("exile", person, exiled.start, exiled, exiled, date=exile_day))
    return out


# what may come between a list's clauses and the date opening the next: "…, в феврале —",
# "…; а ў сакавіку —", "…, and in May —"
_LIST_SEP = scan.compile(r"\s*[,;]\s*(?:(?:а|и|і|and|but)\s+)?(?:(?:on|in)\s+)?$", re.I)
_LIST_OPEN = scan.compile(r"\s*(?:(?:on|in)\s+)?$", re.I)  # "…: on 4 May he was sent"
_GAPPED = scan.compile(r"\s*[—–]")
_LISTABLE = {"punishment_cell", "visits_denied", "hunger_strike", "fined", "detained"}


def dated_list_after_colon(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "С тех пор свиданий нам не дают: в декабре отказали в длительном, в феврале — в
    краткосрочном", "не выходил из карцера и ПКТ: 12 января его водворили в карцер, в марте —
    в ПКТ": after a colon, clauses that each open with a date, the later ones gapped with a
    dash, are one event each of the fact told before the colon (no other fact told among
    them)."""
    out: list[Claim] = []
    for c in claims:
        if c.kind not in _LISTABLE:
            continue
        s = c.sentence
        colon = doc.text.find(":", c.pos, s.end)
        before = doc.text.rfind(":", s.start, c.pos)
        if colon < 0 and before >= 0 and not re.search(r"[,;]", doc.text[before : c.pos]):
            colon = before  # the trigger in the list's first clause: "…: 3 сакавіка яго змясцілі"
        told = {
            o.date
            for o in out + claims
            if o.kind == c.kind and o.person == c.person and o.sentence == s and o.date
        }
        if colon < 0 or len(told) > 1:  # the dates are told apart already (repeats.py)
            continue
        dates: list[DateMention] = []
        prev = colon + 1
        for d in doc.resolved_dates(colon + 1, s.end):
            if dates and d.start < prev:
                continue
            opener = doc.text[prev : d.start]
            if not (_LIST_SEP if dates else _LIST_OPEN).fullmatch(opener):
                break
            if dates and not _GAPPED.match(doc.text, d.end):
                break
            dates.append(d)
            nxt = doc.text.find(",", d.end, s.end)
            semi = doc.text.find(";", d.end, s.end)
            prev = min(i for i in (nxt, semi, s.end) if i >= 0)
        if len(dates) < 2 or any(
            o.kind not in (c.kind, "held_at") and colon < o.pos < s.end for o in claims
        ):
            continue
        if c.date is not None and c.date != doc.resolved[dates[0].start]:
            continue
        c.date = doc.resolved[dates[0].start]
        out.extend(dataclasses.replace(c, date=doc.resolved[d.start]) for d in dates[1:])
    return out
