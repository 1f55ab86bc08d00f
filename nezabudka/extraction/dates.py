"""Dates in report text, with the precision the text supports.

Absolute: "on 2 October 2020", "October 2, 2020", "in February 2021", "in early 2022",
"в ноябре 2023 года", "14 чэрвеня 2021 года", "02.10.2020", "в 2022 году".
Relative: "two weeks before Chapiuk", "three days later", "the same day", "the next day",
"a few hours later", "the same month", "через две недели", "на следующий день",
"за два тыдні да", "today", "yesterday", "last Tuesday" — found by relative_dates.py, resolved by the
pipeline against an anchor (the previous date in the text, or a named person's detention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.extraction import scan
from nezabudka.extraction.date_years import (
    LISTED_MONTH,
    SHARES_LISTED_YEAR,
    SHARES_THIS_YEAR,
    WHICH_YEAR,
    context_year,
    story_year,
    year_told_before,
)
from nezabudka.extraction.lexicon import MONTHS
from nezabudka.extraction.relative_dates import Relative as Relative
from nezabudka.extraction.relative_dates import find_anaphoric, find_counted, find_weekdays
from nezabudka.extraction.relative_dates import shift as shift

# Generic words, checked against MONTHS / NUMBER_WORDS in code: a 100-way alternation in the
# pattern is several times slower.
_MONTH_RE = r"[^\W\d_]{3,12}"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_YEAR_WORD = r"(?:\s*(?:г\.|года|году|годзе|год|г(?=\s|$)))?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|-?го|-?га)?"

# "in late January", "в середине января", "у канцы студзеня": still the month
_PART_OF = (
    r"(?:mid-|(?:early|late|mid|the (?:middle|end|beginning|start) of|начале|конце|середине|"
    r"пачатку|канцы|сярэдзіне|(?:первых|последних) числах|(?:першых|апошніх) чыслах)\s+)?"
)

# what a number after a month counts instead of being its day ("в июне 10 суток")
_COUNTED = (
    r"(?:сут|дн|дзён|дні|days?\b|hours?|час|гадз|лет|год|гад|years?|месяц|months?|тыд|недел|"
    r"weeks?|базав|базов|руб|more\b|people|persons|человек|чалавек|new\b|новых|новыя|"
    r"political|политзаключ|палітвязн|заключ|вязн|prisoners?)"
)
# the month names themselves, where a lookahead must tell "4 февраля" from "4 more"
_MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
# what follows a number after a date and makes it no year: an age ("23-year-old"), thousands
# ("1,117 people") or a count ("14 more")
_NOT_A_YEAR = rf"[-‑]\w|[,.]\d|\s+{_COUNTED}"

_PATTERNS: list[re.Pattern[str]] = [
    # 2 October 2020 / 2 октября 2020 года / 14 чэрвеня 2021 года
    scan.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH_RE})\.?,?\s+{_YEAR}{_YEAR_WORD}", re.I),
    # October 2, 2020 / March 4–10, 2024 (a range of days: its first)
    scan.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+{_DAY}(?:\s*[–—-]\s*[0-3]?\d)?,?\s+{_YEAR}\b", re.I),
    # 02.10.2020
    scan.compile(rf"\b(?P<d>[0-3]?\d)([./])(?P<mn>[01]?\d)\2{_YEAR}\b"),
    # (in|early|late) February 2021 / в ноябре 2023 года
    scan.compile(rf"\b(?P<m>{_MONTH_RE})\.?,?\s+(?:of\s+)?{_YEAR}{_YEAR_WORD}", re.I),
    # 2 October / 2 октября / the 2nd of October (year from context)
    # (not "2 October, 2020", a year; but "On 27 July, 14 more people were …")
    scan.compile(
        rf"\b{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH_RE})\b"
        # a number next that is no year: a count, an age, another day ("9 января, 4 февраля")
        rf"(?!\s*,?\s*\d+(?!\d|{_NOT_A_YEAR}|\s+(?:of\s+)?{_MONTH_NAME}))",
        re.I,
    ),
    # October 2 (year from context)
    # not "в июне 10 суток" (a count after the month)
    scan.compile(
        rf"\b(?P<m>{_MONTH_RE})\s+{_DAY}\b(?!\d)"
        # "On January 8, 23-year-old …": an age, not a year
        rf"(?!\s*,?\s*\d+(?!\d|{_NOT_A_YEAR}))"
        # nor "студзеня 29-гадовага" (an age)
        rf"(?!\s+{_COUNTED})(?![-‑]\w)",
        re.I,
    ),
    # in 2022 / в 2022 году / у 2022 годзе / с 2021 года / early 2022
    scan.compile(
        rf"\b(?:in|since|by|of|during|throughout|early|late|mid|until|summer|winter|spring|autumn|fall|"
        rf"начале|конце|середине|пачатку|канцы|сярэдзіне|"
        rf"в|во|у|ў|с|з|да|до|летом|зимой|весной|осенью|[уў]летку|[уў]зімку|[уў]весну|[уў]восень|"
        # "From 2023 my letters stopped", "Вясной 2023 года", "з лета 2024 года"
        rf"(?-i:From)|вясной|вясною|летам|восенню|зімой|навесні|"
        rf"(?:с|з)\s+(?:весны|лета|осени|зимы|вясны|восені|зімы))[\s-]+{_YEAR}"
        rf"(?:\s*(?:года|году|годзе|год|г\.))?(?!\s*(?:protests|election|elections|[-‑]\d))",
        re.I,
    ),
    # in May / в мае / у траўні / since May / с октября / з ліпеня / за январь / that December /
    # last August
    # (year from context)
    scan.compile(
        rf"\b(?:in|at|since|from|в|во|у|ў|с|со|з|са|із|за|напачатку|напрыканцы|(?P<this>this)|"
        # "spent the whole of January in the PKT", "весь январь провёл в ШИЗО"
        rf"the whole of|all of|throughout|весь|увесь|ўвесь|(?P<that>that)|(?P<lastm>last))\s+"
        # "Since last August": "last" is no month, the match starts at it
        rf"{_PART_OF}(?!(?:last|this|that)\s)(?P<m>{_MONTH_RE})\b"
        # not "May 2" (a day), but "в апреле, 2-го числа" (the month of the day told next)
        rf"(?!\s*,?\s*\d+(?!\d|-?го\b|-?га\b|\s+(?:числа|чысла)\b|\s+{_COUNTED}))",
        re.I,
    ),
    # "3 и 28 января", "on 5, 12 and 19 March": a day listed before the month it shares (year
    # from context); not "between 3 and 28 January", a range, nor "на 10 и 20 марта ещё на 10"
    scan.compile(
        rf"(?=\d)(?<!between )(?<!между )(?<!паміж )(?<!на )(?<!по )(?<!па )(?<!for )"
        rf"\b(?P<d>[0-3]?\d)(?=(?:\s*,\s*|\s+(?:и|і|and)\s+)"
        rf"(?:[0-3]?\d(?:\s*,\s*|\s+(?:и|і|and)\s+))*[0-3]?\d\s+(?:of\s+)?(?P<m>{_MONTH_RE})\b)",
        re.I,
    ),
    # 15.05 / З 12.01 трымае галадоўку (year from context); not an administrative-code article
    # ("арт. 19.11 КаАП"), a decimal or an amount
    scan.compile(
        r"(?=\d)(?<![\d.,])(?<!ст\. )(?<!арт\. )(?<!Art\. )(?<!art\. )"
        r"(?P<d>[0-3]?\d)\.(?P<mn>0[1-9]|1[0-2])(?![\d.,]\d|\d)"
        r"(?!\s*(?:%|руб|р\.|byn|базов|базав|тыс|млн|гад|год|лет|year|метр|км|кг|КоАП|КаАП))",
        re.I,
    ),
    # 2024-03-05, as a machine or a careful writer puts it
    scan.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
]

_MONTH_SPAN = scan.compile(
    rf"\b(?:between|from|з|са|с|со)\s+(?P<m1>{_MONTH_RE})\s+(?:and|to|until|till|па|по|до|да)\s+"
    rf"(?P<m2>{_MONTH_RE})\b(?:\s+{_YEAR}{_YEAR_WORD})?(?!\s*\d)",
    re.I,
)
# "накануне приговора", "the day before the verdict", "напярэдадні суда"
_SHORT_YEAR = scan.compile(r"\b(?P<d>[0-3]\d)\.(?P<mn>[01]\d)\.(?P<yy>[12]\d)\b(?![.,]?\d)")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate | None = None
    relative: Relative | None = None
    year_from_context: bool = False


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


_WORD = scan.compile(r"[^\W\d_]+")
_UNIT_PREFIXES = ("day", "week", "month", "year", "дн", "дзён", "дзен", "дні", "недел", "тыдз", "сут",
                  "тыдн", "месяц", "год", "лет", "гад")  # fmt: skip


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        a, b = max(0, a), min(size, b)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _windows(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Stretches of text around month names and around time units: the only places the
    month-based and the relative patterns can match (scanning everything is much slower)."""
    months, units = [], []
    for w in _WORD.finditer(text):
        low = w.group(0).lower()
        if low in MONTHS:
            months.append((w.start() - 40, w.end() + 40))
        elif low.startswith(_UNIT_PREFIXES):
            units.append((w.start() - 40, w.end() + 40))
    return _merge(months, len(text)), _merge(units, len(text))


_YEAR_DIGITS = scan.compile(r"(?:1[89]|20)\d\d")


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Stretches around four-digit years: the only places the patterns that need one match."""
    return _merge([(m.start() - 40, m.end() + 15) for m in _YEAR_DIGITS.finditer(text)], len(text))


def find_dates(
    text: str, default_year: int | None = None, reference_month: int | None = None
) -> list[DateMention]:
    """All date mentions, left to right, non-overlapping (earlier patterns win).
    ``default_year`` (and ``reference_month``) come from the publication date, if known."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(
        m: re.Match[str],
        date: PartialDate | None = None,
        rel: Relative | None = None,
        from_context: bool = False,
    ) -> None:
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.start(), m.end(), m.group(0), date, rel, from_context))

    last_year = default_year
    chained: set[int] = set()
    month_windows, unit_windows = _windows(text)
    year_windows = _year_windows(text)
    # "between March and December 2025", "з мая па верасень": months told as a span date a fact
    # to its year only
    for m in (m for a, b in month_windows for m in _MONTH_SPAN.finditer(text, a, b)):
        if not free(m.start(), m.end()):
            continue
        first, last = m.group("m1").lower(), m.group("m2").lower()
        if first not in MONTHS or last not in MONTHS:
            continue
        if m.group("y"):
            add(m, PartialDate(int(m.group("y"))))
        elif default_year is not None and reference_month is not None:
            end_month = _month(last)
            add(m, PartialDate(default_year - (end_month > reference_month)), from_context=True)
    for i, pat in enumerate(_PATTERNS):
        spans = year_windows if i in (2, 6, 10) else [(0, len(text))] if i == 9 else month_windows
        for m in (m for a, b in spans for m in pat.finditer(text, a, b)):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            if g.get("m") and g["m"].lower().rstrip(".") not in MONTHS:
                continue
            year = int(g["y"]) if g.get("y") else None
            try:
                month = int(g["mn"]) if g.get("mn") else (_month(g["m"]) if g.get("m") else None)
                day = int(g["d"]) if g.get("d") else None
                from_context = year is None
                if year is None:
                    if i in (4, 5, 7, 8, 9):
                        # the last date written with its month and year before this one
                        story = max(
                            (
                                d
                                for d in found
                                if d.date is not None
                                and d.date.month is not None
                                and (not d.year_from_context or d.start in chained)
                                and d.end <= m.start()
                            ),
                            key=lambda d: d.start,
                            default=None,
                        )
                        year = context_year(
                            text, m.start(), last_year, month, reference_month, story, day is None
                        )
                        if story is not None and year == story_year(text, story, m.start(), month):
                            chained.add(m.start())  # a link in the story's chain of months
                        which = WHICH_YEAR.match(text, m.end())
                        if which and which.group("last") and default_year is not None:
                            year = default_year - 1  # "в ноябре прошлого года"
                        elif which and which.group("now") and default_year is not None:
                            year = default_year  # "с марта этого года"
                        elif which and which.group("next"):  # "в марте следующего года"
                            told = year_told_before(text, found, m.start())
                            year = year if told is None else told + 1
                        elif which and not which.group("last"):  # "в ноябре того же года"
                            year = year_told_before(text, found, m.start()) or year
                        if g.get("this") and default_year is not None:
                            year = default_year  # "this February"
                        if SHARES_THIS_YEAR.match(text, m.end()) and default_year is not None:
                            year = default_year  # "в январе и 2 октября этого года"
                        listed = SHARES_LISTED_YEAR.match(text, m.end())
                        if listed and all(
                            w.lower() in MONTHS for w in LISTED_MONTH.findall(listed.group(0))
                        ):
                            # "in May, in August and in December 2024": the list's year
                            year = int(listed.group("ly"))
                            chained.add(m.start())
                        if g.get("lastm") and default_year is not None:
                            # "detained last August": the latest August before publication
                            year = default_year - (
                                reference_month is None or month is None or month >= reference_month
                            )
                        if g.get("that"):  # "That December": the story's year
                            year = year_told_before(text, found, m.start()) or year
                        if which or g.get("this") or g.get("lastm") or g.get("that"):
                            chained.add(m.start())  # its year is told: a story goes on from it
                    if year is None:
                        continue
                date = PartialDate(year, month, day)
            except (PartialDateError, KeyError, ValueError):
                continue
            add(m, date, from_context=from_context)
    find_counted(text, unit_windows, free, add, taken)
    low = text.lower()  # the rarer wordings are looked for only when their words occur
    for m in _SHORT_YEAR.finditer(text):
        if free(m.start(), m.end()):
            try:
                date = PartialDate(2000 + int(m["yy"]), int(m["mn"]), int(m["d"]))
            except (PartialDateError, ValueError):
                continue
            add(m, date)
    for m in _SEASON_OF_LAST_YEAR.finditer(text):
        if default_year is not None and free(m.start(), m.end()):
            add(m, PartialDate(default_year - 1))
    seasons_of_that_year = (
        _SEASON_OF_THAT_YEAR.finditer(text) if any(w in low for w in _THAT_YEAR_WORDS) else ()
    )
    for m in seasons_of_that_year:
        told = year_told_before(text, found, m.start())
        if told is not None and free(m.start(), m.end()):
            add(m, PartialDate(told), from_context=True)
    find_anaphoric(text, found, free, add)
    if default_year is not None and reference_month is not None:
        for m in _SEASON.finditer(text):
            if free(m.start(), m.end()):
                add(m, PartialDate(_season_year(m, default_year, reference_month)))
    find_weekdays(text, found, free, add)
    found.sort(key=lambda d: d.start)
    # "через двое суток, 30 марта": the written date stands for the counted one
    found = [
        d
        for d, nxt in zip(found, [*found[1:], None], strict=False)
        if d.relative is None
        or nxt is None
        or nxt.date is None
        or nxt.date.day is None
        or not re.fullmatch(r"\s*[,(—–-]\s*", text[d.end : nxt.start])
    ]
    # "затрымалі 20 лютага, праз тыдзень пасля ператрусу", "on 9 October, three weeks after his
    # appeal was rejected": the count restates the written date from an earlier event
    found = [
        d
        for d, prev in zip(found, [None, *found[:-1]], strict=False)
        if d.relative is None
        or prev is None
        or prev.date is None
        or not re.fullmatch(r"\s*[,(—–-]?\s*", text[prev.end : d.start])
        or not _AFTER_SOMETHING.search(text, d.start, min(len(text), d.end + 8))
    ]
    ranged = [_range_start(text, d) for d in found]
    widened = [r for r, d in zip(ranged, found, strict=True) if r is not d]
    # "04.03–10.03.2024": the range's first day, found alone too, is inside the range
    return [
        d
        for d in ranged
        if not any(
            o is not d
            and o.start <= d.start
            and d.end <= o.end
            and o.end - o.start > d.end - d.start
            for o in widened
        )
    ]


_AFTER_SOMETHING = scan.compile(r"\b(?:after|после|пасля)\b", re.I)


# "со 2 по 9 октября держал голодовку", "from 2 to 9 October", "з 2 па 9 студзеня": an event
# over a range of days is dated by its first
_RANGE_BEFORE = scan.compile(
    # "04.03–10.03.2024": the range's first day in figures, with its month
    r"(?<![\d.])(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.?\s*[-–—]\s*$|"
    r"(?:\b(?:с|со|з|from|between)\s+)?(?P<d>[0-3]?\d)(?:-?го|-?га|st|nd|rd|th)?\s*"
    r"(?:по|па|до|да|to|until|till|and|[-–—])\s*$",
    re.I,
)


def _range_start(text: str, d: DateMention) -> DateMention:
    if d.date is None or d.date.day is None:
        return d
    m = _RANGE_BEFORE.search(text, max(0, d.start - 16), d.start)
    if m is not None and m.group("nd"):
        if int(m.group("nm")) != d.date.month or not 1 <= int(m.group("nd")) < d.date.day:
            return d  # "28.02–05.03.2024": over two months, told as two dates
        date = PartialDate(d.date.year, d.date.month, int(m.group("nd")), d.date.approximate)
        return DateMention(
            m.start(), d.end, text[m.start() : d.end], date, None, d.year_from_context
        )
    if m is None or not (1 <= int(m.group("d")) < d.date.day):
        return d
    if not m.group(0)[0].isalpha() and not re.search(r"[-–—]", m.group(0)):
        return d  # "2 по 9 октября" without "с": could be a count ("2 по 9"), leave it
    date = PartialDate(d.date.year, d.date.month, int(m.group("d")), d.date.approximate)
    return DateMention(m.start(), d.end, text[m.start() : d.end], date, None, d.year_from_context)


# "Last summer", "прошлым летом", "мінулым летам": the season last past dates a fact to its
# year. A bare season ("весной") is left undated, as the annotators mostly leave it; winter
# spans two years and is left alone.
_SEASON = scan.compile(
    r"\b(?:last\s+(?P<s>spring|summer|autumn|fall)|"
    r"(?:прошл(?:ой|ым)|мінул(?:ай|ым))\s+(?P<s2>весной|летом|осенью|вясной|летам|восенню))\b"
    r"(?!\s*(?:of\s+)?(?:1[89]|20)\d\d)",
    re.I,
)
# "летом прошлого года", "in the summer of last year": the season's year only
_SEASON_OF_LAST_YEAR = scan.compile(
    r"\b(?:in the (?:spring|summer|autumn|fall|winter) of last year|"
    r"(?:весной|летом|осенью|зимой|вясной|летам|восенню|зімой)\s+(?:прошлого|минувшего|мінулага)\s+года)\b",
    re.I,
)
# "Восенню таго ж года", "in the autumn of that year": the year of the date told before
_SEASON_OF_THAT_YEAR = scan.compile(
    r"\b(?:(?:in the )?(?:spring|summer|autumn|fall|winter) of (?:that|the same) year|"
    # "died that autumn", "той восенню", "тем летом": the season of the story's year
    r"(?:that|the same) (?:spring|summer|autumn|fall)|"
    r"(?:той|тою) (?:весной|осенью|вясной|восенню)|(?:тем|тым) (?:летом|летам)|"
    r"(?:весной|летом|осенью|зимой|вясной|вясною|летам|восенню|зімой|увосень|увесну|улетку|"
    r"узімку|навесні)\s+(?:того же|таго ж|гэтага ж)\s+года)\b",
    re.I,
)
# the words without which _SEASON_OF_THAT_YEAR cannot match (most texts have none)
_THAT_YEAR_WORDS = (
    "того же", "таго ж", "гэтага ж", "that year", "same year", "that spring", "that summer",
    "that autumn", "that fall", "same spring", "same summer", "same autumn", "same fall",
    "той вес", "той вос", "той вяс", "тою вес", "тем лет", "тым лет",
)  # fmt: skip
_SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "autumn": 11}
_SEASON_WORDS = {
    "spring": "spring", "весной": "spring", "вясной": "spring",
    "summer": "summer", "летом": "summer", "летам": "summer",
    "autumn": "autumn", "fall": "autumn", "осенью": "autumn", "восенню": "autumn",
}  # fmt: skip


def _season_year(m: re.Match[str], year: int, month: int) -> int:
    """The year of the season last past: "last summer" in February 2025 is 2024, in
    September 2025 it is 2025."""
    last = _SEASON_LAST_MONTH[_SEASON_WORDS[(m.group("s") or m.group("s2")).lower()]]
    return year if month > last else year - 1


def parse_date(text: str, default_year: int | None = None) -> PartialDate | None:
    """The first absolute date in a piece of text, or None."""
    for m in find_dates(text, default_year):
        if m.date is not None:
            return m.date
    return None
