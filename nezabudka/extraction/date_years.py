"""Which year a date written without one means: the year written just before it in the
sentence, the year of the story it goes on with, or the publication's (the latest such month
before publication). Used by ``dates.find_dates``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from nezabudka.extraction import scan

if TYPE_CHECKING:
    from nezabudka.extraction.dates import DateMention

RECENT_MONTHS = 2
# a bare month coordinated with a date of "this year" shares it
SHARES_THIS_YEAR = scan.compile(
    r"\s*(?:,|и|і|and)\s+(?:(?:on|в|у|ў)\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?[^\W\d_]{3,12}\s+"
    r"(?:этого|текущего|гэтага|this)\s+(?:года|year)\b",
    re.I,
)
# "in May, in August and in December 2024", "у сакавіку і чэрвені 2023 года": months listed
# before the one whose year is written (each word checked against MONTHS)
SHARES_LISTED_YEAR = scan.compile(
    r"(?:\s*(?:,|и|і|and|,\s*and)\s+(?:(?:in|в|у|ў|во)\s+)?[^\W\d_]{3,12}){1,3}\s+"
    r"(?P<ly>(?:19|20)\d\d)\b"
)
LISTED_MONTH = scan.compile(r"(?<![\w])(?!(?:and|in)\b)[^\W\d_]{3,12}", re.I)
WHICH_YEAR = scan.compile(
    r"\s*(?:(?P<last>(?:of )?last year|прошлого года|мінулага года|летась)|"
    r"(?P<now>(?:of )?this year|этого года|текущего года|гэтага года|сёлета)\b|"
    # "In March of the following year": the year after the one just told
    r"(?P<next>of the (?:following|next) year|следующего года|наступнага года)\b|"
    r"(?:of )?(?:that|the same) year|того же года|таго ж года|гэтага ж года|этого же года)",
    re.I,
)


def context_year(
    text: str,
    pos: int,
    default: int | None,
    month: int | None = None,
    reference_month: int | None = None,
    anchor: DateMention | None = None,
    bare: bool = False,
) -> int | None:
    """The year of "on 12 May": the last year written before it; with a publication date
    (``default``) only a year in the same sentence counts, since digests and updates date
    their items by the publication — and not even that when the day falls in the weeks just
    before publication ("dismissed in 2021, was released on September 4" in a September
    2023 digest is 2023). A bare month that goes on with a story told just before takes
    that story's year (``anchor``: the last date written with its year)."""
    before = text[:pos]
    if default is not None:
        start = max(before.rfind(". "), before.rfind("\n"), before.rfind("• ")) + 1
        before = before[start:]
        if month and reference_month and 0 <= reference_month - month <= RECENT_MONTHS:
            told = story_year(text, anchor, pos, month) if bare else None
            return told if told is not None and told < default else default
    year = last_year(before)
    if year is not None:
        return year
    told = story_year(text, anchor, pos, month) if default is not None else None
    # a story's month never runs past publication ("… 04.01.2026 … выйшаў у снежні")
    if told is not None and not (
        told == default and month and reference_month and month > reference_month
    ):
        return told
    if default is not None and month and reference_month and month > reference_month:
        return default - 1  # "on 12 December" in a January report: last December
    return default


# "What happened next?\n— …": the line break between a question and its answer, which goes on
# in the time the question told
QUESTION_TO_ANSWER = scan.compile(r"\?\s*\n\s*[—–-]")
_STORY_SENTENCES = 3
# "Меня зовут Ольга М.": a testimony, told in order from one paragraph to the next
_SELF_INTRODUCED = scan.compile(
    r"\b(?:меня зовут|мяне завуць|my name is)\b|"
    r"^\s*(?:Q|В|П)\s*:|^\s*[—–-][^\n]{3,200}\?\s*\n\s*[—–-]",
    re.I | re.M,
)


@lru_cache(maxsize=4)
def _self_introduced(text: str) -> bool:  # asked once per bare month: searched once per text
    return bool(_SELF_INTRODUCED.search(text))


_STORY_BACK_TO_NOW = scan.compile(
    r"since then|still|с тех пор|до сих пор|по-прежнему|з таго часу|дагэтуль|па-ранейшаму|"
    # "Апошнія паўгода яна правяла ў ПКТ, а ў верасні …": the months just before publication
    r"(?:the )?(?:last|past) (?:six|few|several|two|three) months|последние (?:полгода|несколько|"
    r"два|три|месяц)|апошнія (?:паўгода|некалькі|два|тры|месяц)|"
    # "в прошлом году трижды сажали в ШИЗО, а в феврале …": a year told from the present
    r"\b(?:last|this) year\b|в (?:прошлом|этом|текущем) году|[уў] (?:мінулым|гэтым) годзе|летась|сёлета|"
    # "за последний год его трижды водворяли в ШИЗО, а в июле …": the year up to now
    r"за (?:последний|прошедший|апошні|мінулы) год|(?:over|in|during) the (?:last|past) year",
    re.I,
)
# a full stop before a capital: not the one of "ч. 1 ст. 342"
_SENTENCE_END = scan.compile(r"[.!?][»\"”]?(?:\s+(?=[«\"“—–-]?\s*[A-ZА-ЯЁІЎ])|\s*$)")
# "since"/"from" before a month or a date: a period's start
SINCE_WORD = scan.compile(r"\b(?:since|from|с|со|з|са)\s", re.I)
# "for" of a person is no event's: "They came for me on 23 May 2021"
_FOR_EVENT = scan.compile(
    r"\b(?:за|for)\b(?!\s+(?:me|him|her|us|them|мной|мною|ним|ней|нами|ими)\b)[^.;]{0,40}$", re.I
)


def story_year(text: str, anchor: DateMention | None, pos: int, month: int | None) -> int | None:
    """ "Задержали 14 февраля 2022 года. … В марте его признали политзаключённым": a bare
    month a few sentences after a dated event (``anchor``, also a month this rule dated: the
    story's chain), later in that year and in the same paragraph (in a testimony whose teller
    introduces herself, across paragraphs too), goes on with that story, whose year is
    returned, rather than meaning the last such month before publication. Not when the story has come back to the present ("с тех пор
    находится"), for a state lasting since ("с августа"), or after the date of a charge's
    events ("за марш у жніўні 2020 года")."""
    if anchor is None or anchor.date is None or anchor.date.month is None:
        return None
    if month is None or month <= anchor.date.month:
        return None
    between = text[anchor.end : pos]
    if (
        ("\n\n" in between and not _self_introduced(text))
        # more sentences than a story's step (counted only as far as needed)
        or next(islice(_SENTENCE_END.finditer(between), _STORY_SENTENCES, None), None) is not None
        # "с августа" in a report is since the last August; in a testimony told in order
        # ("That October … From December on, letters stopped") the story's
        or (SINCE_WORD.search(text, max(0, pos - 6), pos + 5) and not _self_introduced(text))
        or _STORY_BACK_TO_NOW.search(between)
        or _FOR_EVENT.search(text, max(0, anchor.start - 60), anchor.start)
    ):
        return None
    return anchor.date.year


# "for standing in a human chain in", "за тое, што хадзіў на маршы ў": what a charge is for
_FOR_DEEDS = scan.compile(
    r"\b(?:for|за)(?:\s+(?:то|тое),\s+(?:что|што))?\s+(?![\d(])(?!(?:me|him|her|us|them|мной|мною|"
    r"ним|ней|нами|ими|імі|ёй)\b)[^\W\d][^.,;:?!—–()]{0,45}$",
    re.I,
)


def year_told_before(text: str, found: list[DateMention], pos: int) -> int | None:
    """The year of the last date before ``pos``, also one read from its context ("в мае
    прошлого года … в августе того же года"), else the last year written."""
    told = [(d.start, d.date.year) for d in found if d.date is not None and d.end <= pos]
    # "charged … for standing in a human chain in 2020. In August of that year": the year of
    # the deeds a charge is for is not the story's, which goes on from the arrest told before
    story = [t for t in told if not _FOR_DEEDS.search(text, max(0, t[0] - 60), t[0])]
    if story and story != told:
        return max(story)[1]
    return max(told)[1] if told else last_year(text[:pos])


def last_year(text: str) -> int | None:
    years = re.findall(r"\b((?:19|20)\d\d)\b", text)
    return int(years[-1]) if years else None


# a month whose year a word tells ("last August", "that October", "этого года") keeps it
_YEAR_WORD = scan.compile(
    r"\b(?:last|this|that|прошл|эт(?:ого|ом)|тот|того|мінул|гэт(?:ага|ым)|таго|летась|сёлета)",
    re.I,
)


# "Яшчэ раней, 21 сакавіка", "За месяц да таго, у кастрычніку", "до этого, 21 июня", "Earlier,
# in March": a date just before the one told
_BEFORE_THAT = scan.compile(
    r"(?:\b(?:раней|раньше|до этого|перед этим|да таго|да гэтага|earlier|before that|prior to "
    r"that)|\bза (?:месяц|тыдзень|неделю|два (?:месяца|месяцы|тыдні|недели)) (?:да|до) "
    r"(?:таго|того|этого|гэтага))[,—–\s]+(?:(?:у|ў|в|во|in|on)\s+)?$",
    re.I,
)


def _year_written(d: DateMention) -> bool:
    """A date whose year the text writes out, not a season read against publication ("летам")."""
    return (
        d.date is not None and not d.year_from_context and _YEAR_DIGITS.search(d.text) is not None
    )


_YEAR_DIGITS = scan.compile(r"(?:19|20)\d\d")
# "Летась, 21 жніўня", "Last year, on 2 May", "в прошлом году, в июле": a date whose year a
# word before it tells
_LAST_YEAR_BEFORE = scan.compile(
    r"(?:\blast year|в прошлом году|[уў] мінулым годзе|летась)[,\s]+(?:(?:in|on|в|во|у|ў)\s+)?$",
    re.I,
)


def _year_worded(text: str, d: DateMention) -> bool:
    """A date whose year a word tells: "Летась, 21 жніўня", "у жніўні мінулага года"."""
    if d.date is None or not d.year_from_context:
        return False
    which = WHICH_YEAR.match(text, d.end)
    if which is not None and (which.group("last") or which.group("now")):
        return True
    return _LAST_YEAR_BEFORE.search(text, max(0, d.start - 30), d.start) is not None


def months_in_order(
    text: str, found: list[DateMention], default_year: int | None, reference_month: int | None
) -> list[DateMention]:
    """ "Затрымалі ў кастрычніку 2023 года. … Суд быў у лютым … Вызваліўся ў кастрычніку
    2025 года": a bare month that the publication's year would put after the next date told
    with its year, in a story that goes forward from the date before it to that one, falls
    between them: the first year after the date before it (here February 2024, not 2026);
    the next date may also have its year told by a word ("Летась, 21 жніўня").
    Not a day in the weeks before publication (the news: "On 21 May he was pardoned"), nor
    once the story has come back to now ("в прошлом году …, а в феврале")."""
    if default_year is None or reference_month is None:
        return found
    now = default_year * 12 + reference_month
    out = list(found)
    moved: set[int] = set()
    for i, d in enumerate(out):
        if not d.year_from_context or d.date is None or d.date.month is None:
            continue
        if _YEAR_WORD.search(d.text) or WHICH_YEAR.match(text, d.end):
            continue
        at = next(
            (j for j in range(i - 1, -1, -1) if (b := out[j].date) and b.month is not None), None
        )
        # news of the weeks before publication keeps its year, unless it goes on with a month
        # this rule moved ("У студзені (2025) … Праз тыдзень пасля апеляцыі, 19 сакавіка")
        if (
            d.date.day is not None
            and now - (d.date.year * 12 + d.date.month) <= RECENT_MONTHS
            and at not in moved
        ):
            continue
        # a year written earlier in the sentence is its year ("In the autumn of 2024 … from 2
        # to 12 October")
        start = max(text.rfind(". ", 0, d.start), text.rfind("\n", 0, d.start)) + 1
        if last_year(text[start : d.start]) is not None:
            continue
        before = None if at is None else out[at]
        if (
            before is not None
            and before.date is not None
            and _BEFORE_THAT.search(text, max(0, d.start - 60), d.start)
        ):
            # "затрымалі 15 лістапада 2023 года. За месяц да таго, у кастрычніку, …": the
            # latest such month up to the date just told
            year = before.date.year - (d.date.month > (before.date.month or 12))
            if year != d.date.year:
                out[i] = replace(d, date=replace(d.date, year=year))
                moved.add(i)
            continue
        if before is not None and at in moved:
            # "… у лютым (2024) … У красавіку … У жніўні": the story goes on from a month moved
            told_year = story_year(text, before, d.start, d.date.month)
            if told_year is not None and told_year < d.date.year:
                out[i] = replace(d, date=replace(d.date, year=told_year))
                moved.add(i)
                continue
        after = next((a for a in out[i + 1 :] if _year_written(a) or _year_worded(text, a)), None)
        if before is None or after is None or before.date is None or after.date is None:
            continue
        if _STORY_BACK_TO_NOW.search(text, before.end, d.start):
            continue
        # "за ўдзел у маршы ў жніўні 2020 года": the deeds a charge is for start no story
        if _FOR_DEEDS.search(text, max(0, before.start - 60), before.start):
            continue
        # "У чэрвені таго ж года … Двойчы, у 2024 годзе … у лістападзе": the story is past it
        if any(
            _year_written(b) and b.date is not None and b.date.year > before.date.year
            for b in out[out.index(before) + 1 : i]
        ):
            continue
        told, next_told = before.date, after.date
        nxt = (next_told.year, next_told.month or 12)
        if (d.date.year, d.date.month) <= nxt or (told.year, told.month or 0) > nxt:
            continue
        year = told.year + (d.date.month < (told.month or 0))
        if year < d.date.year and (year, d.date.month) <= nxt:
            out[i] = replace(d, date=replace(d.date, year=year))
            moved.add(i)
    return out
