"""Relative dates: wordings counted from another date, resolved by the pipeline.

"two weeks before Chapiuk", "three days later", "the same day", "the next day", "через две
недели", "на следующий день", "за два тыдні да", "a week after the verdict", "накануне
приговора", "today", "yesterday", "last Tuesday", "on the 25th". ``find_dates`` (dates.py)
calls the finders here in its order of passes; ``shift`` applies an offset to an anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.extraction import scan
from nezabudka.extraction.lexicon import WEEKDAYS, number_value

if TYPE_CHECKING:
    from nezabudka.extraction.attribution import Doc
    from nezabudka.extraction.dates import DateMention
    from nezabudka.extraction.suggestion import Claim

_VAGUE = ("a few", "few", "several", "несколько", "некалькі")
_AMOUNT = r"(?P<n>\d+|a few|[^\W\d_]{1,14})"
_UNIT = (
    # "пятью днями позже", "двумя неделями раньше": the instrumental too
    r"(?P<u>days?|weeks?|months?|years?|дн(?:я|ей|ень|ями)|днямі|дзён|дзень|дні|сут(?:ок|ки|кі|ак)|"
    r"недел[юьи]|недель|неделями|тыдзень|тыдні|тыдняў|тыднямі|"
    r"месяц(?:а|ев)?|месяцы|месяцаў|год(?:а)?|лет|гады|гадоў)"
)
_REL_PATTERNS: list[tuple[re.Pattern[str], int | None]] = [
    # "two weeks before Chapiuk", "three days later", "two months after"
    (
        scan.compile(
            # not a duration: "went on hunger strike for nine days after …"
            # "два дня спустя", "тры дні пазней": the Russian and Belarusian postpositions
            rf"(?<!for )\b{_AMOUNT}\s+{_UNIT}\s+(?P<dir>before|after|later|earlier|prior to|"
            r"спустя|позже|позднее|пазней|раньше|раней)"
            r"(?:\s+(?P<anchor>[A-ZА-ЯЁІЎ][\w’'-]+))?",
            re.I,
        ),
        None,
    ),
    # "через две недели", "праз тыдзень", "спустя три дня"
    (scan.compile(rf"\b(?:через|спустя|праз)\s+(?:{_AMOUNT}\s+)?{_UNIT}", re.I), 1),
    # "за два тыдні да суда", "за две недели до"
    (
        scan.compile(
            rf"\bза\s+{_AMOUNT}\s+{_UNIT}\s+(?:да|до)\b(?:\s+(?P<anchor>[\wА-ЯЁІЎ’'-]+))?", re.I
        ),
        -1,
    ),
    # "Роўна за тыдзень да гэтага", "а за месяц до этого": one unit before the date just told
    (scan.compile(rf"\bза\s+{_UNIT}\s+(?:да|до)\s+(?:гэтага|таго|этого|того)\b", re.I), -1),
    # "a week later"
    (
        scan.compile(
            rf"(?<!for )\b(?P<n>a|one)\s+{_UNIT}\s+(?P<dir>later|earlier|before|after)\b"
            r"(?:\s+(?P<anchor>[A-ZА-ЯЁІЎ][\w’'-]+))?",
            re.I,
        ),
        None,
    ),
]
# "a week after the verdict", "через неделю после приговора", "за тыдзень да прысуду",
# "праз два дні пасля затрымання мужа": counted from an event's date, found after the claims
_EVENTS = {
    "sentenced": ("verdict", "sentencing", "trial", "conviction", "приговор", "суд", "прысуд"),
    "detained": ("arrest", "detention", "задержани", "арест", "затрыманн", "арышт"),
    "released": ("release", "освобождени", "вызваленн", "out", "выход", "выхад"),
    "fined": ("fine", "штраф"),
    "appeal": ("appeal", "апелляц", "апеляц"),  # the term an appeal hearing gave
    # "За тыдзень да смерці яго змясцілі ў ШІЗА", "two days before his death"
    "death_in_custody": ("death", "смерт", "смерц", "гибел", "гібел"),
}
_EVENT = (
    r"(?P<event>(?:the |his |her |their |my |our )?(?:first[- ]instance |first |original )?"
    r"(?:verdict|sentencing|trial|conviction|arrest|detention|"
    r"release|fine|I got out|appeal(?: hearing)?|death)|(?:первого |першага )?(?:приговора|прысуду)|"
    r"суда|задержания|ареста|освобождения|"
    r"затрымання|арышту|вызвалення|штрафа|штрафу|апелляции|апеляцыі|смерти|смерці|гибели|"
    # "через неделю после выхода из колонии", "праз месяц пасля выхаду на волю"
    r"гібелі|выхода|выхаду)\b"
)
_EVENT_RELS: list[tuple[re.Pattern[str], int | None]] = [
    (
        scan.compile(rf"\b{_AMOUNT}\s+{_UNIT}\s+(?P<dir>before|after|prior to)\s+{_EVENT}", re.I),
        None,
    ),
    (
        scan.compile(
            rf"\b(?:через|спустя|праз)\s+(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:после|пасля)\s+{_EVENT}",
            re.I,
        ),
        1,
    ),
    (scan.compile(rf"\bза\s+(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:до|да)\s+{_EVENT}", re.I), -1),
]
# "У той жа дзень, калі агучвалі прысуд", "в день оглашения приговора", "on the day of the
# verdict": the day of that event
_DAY_OF_EVENT = scan.compile(
    r"\b(?:(?:the same day|в тот же день|у той жа дзень),?\s+(?:when|когда|калі)\s+(?:\w+\s+){0,3}?|"
    r"(?:on the day of|в день|у дзень)\s+(?:\w+\s+)?)"
    r"(?P<event>(?:the\s+)?verdict|приговор\w*|прысуд\w*|"
    # "У дзень затрымання яго звольнілі", "в день задержания", "on the day of his arrest"
    r"(?:his\s+|her\s+)?arrest|задержания|затрымання)",
    re.I,
)
# "На следующий день после задержания", "the day after the arrest", "наступнага дня пасля
# затрымання": the day after that event
_DAY_AFTER_WORDS = ("следующий день", "другой день", "наступн", "назаўтра", "day after")
_DAY_AFTER_EVENT = scan.compile(
    rf"\b(?:на следующий день|на другой день|наступнага дня|на наступны дзень|назаўтра|"
    rf"the (?:next |following )?day)\s+(?:после|пасля|after)\s+{_EVENT}",
    re.I,
)

_DAY_BEFORE_EVENT = scan.compile(
    r"\b(?:the day before|накануне|напярэдадні)\s+(?:the\s+)?(?:оглашения\s+|абвяшчэння\s+)?"
    r"(?P<event>verdict|trial|приговора|суда|прысуду|суду)",
    re.I,
)


_BEFORE_WORDS = ("before", "earlier", "prior to", "раньше", "раней")
_AFTER_WORDS = ("before", "after", "prior to")  # the words an anchor may follow: "before Chapiuk"


def _amount(word: str | None) -> int | None:
    """ "three" → 3, "a"/none → 1, a vague "several" → None."""
    n = (word or "one").lower()
    return 1 if n == "a" else number_value(n)


def count_of(word: str | None) -> int | None:
    """How many units a counted wording names ("three", "10", "a"), for other modules."""
    return _amount(word)


def unit_of(word: str) -> str:
    """The unit a counted wording names ("суток" → day), for other modules."""
    return _unit(word)


def _event_kind(word: str) -> str:
    # the last word that names an event: "the appeal hearing" is the appeal's
    for w in reversed(word.lower().split()):
        for kind, stems in _EVENTS.items():
            if w.startswith(stems):
                return kind
    return "sentenced"  # not reached: every event _EVENT matches has its stems above


_SAME_DAY = scan.compile(
    r"\b(?:the same day|that same day|that day|on the same day|в тот же день|в этот же день|"
    r"тем же днём|[уў] той жа дзень|[уў] гэты ж дзень|того же дня|таго ж дня|later that day|"
    r"that same evening|the same evening|that same (?:afternoon|morning|night)|"
    r"the same (?:afternoon|morning|night)|тем же вечером|в тот же вечер|[уў] той жа вечар|"
    r"тым жа вечарам|той жа ноччу|той же ночью)\b",
    re.I,
)
# "Тады ж затрымалі і жонку", "тогда же": at the time just told, as precisely as it was told
_AT_THAT_TIME = scan.compile(r"\b(?:тады ж|тогда же|at the same time)\b", re.I)
# "Днём раней у Полацку Яўгена Лапату асудзілі", "Накануне его задержали": the day before the
# date just told ("накануне приговора" counts from the verdict instead, below)
_PREV_DAY = scan.compile(
    r"\b(?:дн[её]м (?:раньше|ранее)|днём раней|накануне|напярэдадні|a day earlier|"
    # "Artsiom K., detained the day before near Kurapaty, was given 15 days"
    r"the day before(?!\s+(?:yesterday|the|his|her|their|a|an)\b)(?!\s+(?-i:[A-Z])))\b"
    # (not "напярэдадні Дня Незалежнасці": the eve of a named day is no date of its own)
    r"(?!\s+(?:приговора|суда|прысуду|суду|оглашения|абвяшчэння|дня|(?-i:[А-ЯЁІЎ])))",
    re.I,
)
_NEXT_DAY = scan.compile(
    r"\b(?:the next day|the following day|a day later|на следующий день|на другой день|"
    r"на наступны дзень|назаўтра|наступнага дня|дн[её]м позже|днём пазней|праз дзень|"
    # "The next morning", "The day after,", "Наутро", "Наступнай раніцай", "На другі дзень"
    r"the (?:next|following) (?:morning|evening)|the day after(?=\s*,)|наутро|назавтра|"
    r"на следующее утро|на другой день|наступнай раніцай|наступным днём|на другі дзень|"
    r"на наступную раніцу)\b",
    re.I,
)
_FOLLOWING = scan.compile(
    r"\b(?:the (?:following|next) (?P<u>day|week|month|year)|(?:a|one) (?P<u2>week|month|year) later|"
    r"в следующем (?P<u3>месяце|году)|на следующей (?P<u4>неделе)|"
    r"у наступным (?P<u5>месяцы|годзе)|на наступным (?P<u6>тыдні))\b",
    re.I,
)
# "last Tuesday", "on Friday", "в прошлый вторник", "у пятніцу": against the publication date
_WEEKDAY = scan.compile(
    r"\b(?P<last>last|this past|this|в прошл\w+|в минувш\w+|[уў] мінул\w+|в эт(?:от|у)|"
    r"[уў] гэт(?:ы|у)|on|во?|[уў])\s+"
    r"(?P<w>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b",
    re.I,
)
# "on the 25th", "25-го числа", "25-га": a day of the month named earlier or of the publication's
_MONTH_DAY = scan.compile(
    r"\b(?:on\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:of\s+)?[A-Za-z]*(?:century|anniversary))|"
    r"(?P<d2>[0-3]?\d)(?:-?го|-?га)(?:\s+(?:числа|чысла))?(?![\w-])|"
    r"(?P<d3>[0-3]?\d)\s+(?:числа|чысла)\b)",
    re.I,
)
# "pardoned last month", "в прошлом году": the publication's previous month or year
# "в конце прошлого …", "у канцы мінулага …": a part of the last month or year is still it
_PART_OF_LAST = (
    r"(?:в|у|ў)\s+(?:конце|начале|середине|канцы|пачатку|сярэдзіне)\s+(?:прошлого|минувшего|"
    r"мінулага)\s+"
)
# "During his last year he was held incommunicado": the last year of a term, not the calendar's
_OWNED = r"(?<!the )(?<!his )(?<!her )(?<!my )(?<!their )(?<!our )(?<!its )"
_LAST_MONTH = scan.compile(
    _OWNED + r"\b(?:last month|в прошлом месяце|в минувшем месяце|[уў] мінулым месяцы|"
    rf"{_PART_OF_LAST}месяца)\b(?! and a half)",
    re.I,
)
_LAST_YEAR = scan.compile(
    _OWNED + r"\b(?:last year|в прошлом году|в минувшем году|[уў] мінулым годзе|летась|"
    rf"{_PART_OF_LAST}года)\b(?! and a half)",
    re.I,
)
# "earlier this month", "в этом месяце", "у гэтым месяцы": the publication's month
_THIS_MONTH = scan.compile(
    r"\b(?:(?:earlier )?this month|в этом месяце|в текущем месяце|[уў] гэтым месяцы|"
    r"(?:в|у|ў)\s+(?:начале|середине|пачатку|сярэдзіне)\s+(?:этого|гэтага)\s+месяца)\b"
    r"(?!\s*,?\s*\d)",  # "в этом месяце, 14-го": the day told next dates it
    re.I,
)
# "This week human rights defenders recognised…", "на прошлой неделе его водворили в ШИЗО":
# the month of that week (a digest's week needs no day)
_THIS_WEEK = scan.compile(
    r"\b(?:this week|на этой неделе|на гэтым тыдні|на гэтым тыдзені)\b(?!\s*,?\s*\d)", re.I
)
_LAST_WEEK = scan.compile(
    r"\b(?:last week|на прошлой неделе|на минувшей неделе|на мінулым тыдні)\b(?!\s*,?\s*\d)", re.I
)
_TODAY = scan.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|сегодня|сёння)\b", re.I
)
# "two days ago", "три дня назад", "тыдзень таму": back from the publication date
_AGO = scan.compile(rf"\b{_AMOUNT}\s+{_UNIT}\s+(?:ago|назад|таму)\b", re.I)
_ONE_AGO = scan.compile(r"(?<!\d )\b(?P<u>неделю|тыдзень|месяц|год)\s+(?:назад|таму)\b", re.I)
# "полгода назад", "паўгода таму", "half a year ago": six months back
_HALF_A_YEAR_AGO = scan.compile(r"\b(?:полгода|паўгода|half a year)\s+(?:назад|таму|ago)\b", re.I)
# "48 hours later": whole days
_DAYS_OF_HOURS_LATER = scan.compile(r"\b(?P<n>24|48|72|96)\s+hours\s+later\b", re.I)
# "05.03.24": a two-digit year
_YESTERDAY = scan.compile(r"(?<![\w-])(?:yesterday|вчера|учора|ўчора)\b", re.I)
_DAY_BEFORE_YESTERDAY = scan.compile(
    r"(?<![\w-])(?:the day before yesterday|позавчера|пазаўчора)\b", re.I
)
_SAME_YEAR = scan.compile(
    r"\b(?:the same year|that same year|later that year|в том же году|в тот же год|тем же годом|"
    r"[уў] тым жа годзе|[уў] той жа год)\b",
    re.I,
)
_SAME_MONTH = scan.compile(
    r"\b(?:the same month|that same month|later that month|в том же месяце|в тот же месяц|"
    r"у той жа месяц|у тым жа месяцы|"
    # "в середине месяца", "mid-month": the month being told about
    r"(?:in the|at the) (?:middle|end|beginning|start) of the month|mid-month|later in the month|"
    r"в (?:середине|конце|начале) месяца|[уў] (?:сярэдзіне|канцы|пачатку) месяца)\b",
    re.I,
)
# "a few hours later": the same day
_HOURS_LATER = scan.compile(
    r"\b(?:(?:a few|several|some|\d+|\w+) hours? later|(?:спустя|через) (?:несколько|пару|\d+|\w+) час\w*|"
    r"праз (?:некалькі|пару|\d+|\w+) гадзін\w*|"
    # "праз гадзіну Алену зноў затрымалі", "через час", "an hour later": no count written
    r"праз (?:гадзіну|паўгадзіны)|(?:через|спустя) (?:час|полчаса)|(?:an|half an) hour later|"
    # "Hours later", "that evening", "вечером отпустили": the same day, unless a date is
    # written right after ("вечером 5 мая")
    r"(?<![\w ] )hours later|(?:that|the same|later that) (?:evening|night)|in the evening|"
    r"(?:тем же |уже )?вечером|в тот же вечер|(?:уже )?[уў]вечары|[уў] той жа вечар|таго ж вечара)\b"
    r"(?!\s*(?:\d|накануне|напярэдадні|before))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Relative:
    amount: int  # for "weekday": the day of the week, Monday = 0; for "monthday": the day
    unit: str  # day | week | weekmonth | month | year | weekday | monthday | same (the anchor)
    direction: int  # -1 before, +1 after, 0 same
    anchor: str | None = None  # a name after "before"/"after", or "today"


class Add(Protocol):
    """``find_dates``'s way of recording a mention (and taking its span)."""

    def __call__(
        self,
        m: re.Match[str],
        date: PartialDate | None = None,
        rel: Relative | None = None,
        from_context: bool = False,
    ) -> None: ...


Free = Callable[[int, int], bool]


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith(("day", "дн", "дз", "дні", "сут")):
        return "day"
    if w.startswith(("week", "недел", "тыдз", "тыдн")):
        return "week"
    if w.startswith(("month", "месяц")):
        return "month"
    return "year"


def find_counted(
    text: str,
    unit_windows: list[tuple[int, int]],
    free: Free,
    add: Add,
    taken: list[tuple[int, int]],
) -> None:
    """Counted offsets: from an event ("a week after the verdict"), from the date before
    ("three days later"), from today ("two days ago")."""
    for pat, fixed_dir in _EVENT_RELS:
        for m in (m for a, b in unit_windows for m in pat.finditer(text, a, b)):
            amount = _amount(m.group("n"))
            if amount is None or not free(m.start(), m.end()):
                continue
            way = fixed_dir or (-1 if m.group("dir").lower() in ("before", "prior to") else 1)
            add(m, rel=Relative(amount, _unit(m.group("u")), way, "@" + _event_kind(m["event"])))
    for m in _DAY_OF_EVENT.finditer(text):
        if free(m.start(), m.end()):
            add(m, rel=Relative(0, "day", 0, "@" + _event_kind(m["event"])))
    for m in _DAY_BEFORE_EVENT.finditer(text):
        if free(m.start(), m.end()):
            add(m, rel=Relative(1, "day", -1, "@" + _event_kind(m["event"])))
    low = text.lower()  # the rarer wordings are looked for only when their words occur
    day_after = _DAY_AFTER_EVENT.finditer(text) if any(w in low for w in _DAY_AFTER_WORDS) else ()
    for m in day_after:
        if free(m.start(), m.end()):
            add(m, rel=Relative(1, "day", 1, "@" + _event_kind(m["event"])))
    for pat, fixed_dir in _REL_PATTERNS:
        for m in (m for a, b in unit_windows for m in pat.finditer(text, a, b)):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            n_text = (g.get("n") or "one").lower()
            amount = _amount(n_text)
            if amount is None and n_text not in _VAGUE:
                continue  # "many years later": not a number
            direction = fixed_dir
            if direction is None:
                direction = -1 if g["dir"].lower() in _BEFORE_WORDS else 1
            anchor = g.get("anchor")
            if anchor and (
                not anchor[0].isupper() or (g.get("dir") or "").lower() not in _AFTER_WORDS
            ):
                anchor = None
            if amount is None:  # "a few days before": too vague to compute
                taken.append((m.start(), m.end()))
                continue
            add(m, rel=Relative(amount, _unit(g["u"]), direction, anchor))
    for m in _HALF_A_YEAR_AGO.finditer(text) if "half a year" in low or "года " in low else ():
        if free(m.start(), m.end()):
            add(m, rel=Relative(6, "month", -1, "today"))
    # "two days ago", then "неделю назад" (one unit, its number unwritten)
    for pat in (_AGO, _ONE_AGO):
        for m in (m for a, b in unit_windows for m in pat.finditer(text, a, b)):
            amount = _amount(m.groupdict().get("n"))
            if amount is not None and free(m.start(), m.end()):
                add(m, rel=Relative(amount, _unit(m.group("u")), -1, "today"))
    for m in _DAYS_OF_HOURS_LATER.finditer(text):
        if free(m.start(), m.end()):
            add(m, rel=Relative(int(m.group("n")) // 24, "day", 1))


# Each anaphoric wording with the words every match of it holds: a report without any of them
# is not scanned for it (a full scan costs 0.2–0.6 ms a report, and most wordings are rare).
_ANAPHORIC: tuple[tuple[re.Pattern[str], Relative, tuple[str, ...]], ...] = (
    (
        _SAME_DAY,
        Relative(0, "day", 0),
        ("day", "день", "днём", "дзень", "дня", "evening", "afternoon", "morning", "night",
         "вечер", "вечар", "ноч"),
    ),
    (_AT_THAT_TIME, Relative(0, "same", 0), ("тады ж", "тогда же", "at the same time")),
    (
        _HOURS_LATER,
        Relative(0, "day", 0),
        ("hour", "час", "гадзін", "evening", "night", "вечер", "вечар"),
    ),
    (_SAME_MONTH, Relative(0, "month", 0), ("month", "месяц")),
    (_SAME_YEAR, Relative(0, "year", 0), ("year", "год")),
    (
        _NEXT_DAY,
        Relative(1, "day", 1),
        ("day", "день", "дн", "дзень", "назаўтра", "назавтра", "наутро", "morning", "evening",
         "раніц", "утро"),
    ),
    (_PREV_DAY, Relative(1, "day", -1), ("day", "дн", "накануне", "напярэдадні")),
    (_TODAY, Relative(0, "day", 0, "today"), ("today", "this ", "tonight", "сегодня", "сёння")),
    (
        _DAY_BEFORE_YESTERDAY,
        Relative(2, "day", -1, "today"),
        ("the day before yesterday", "позавчера", "пазаўчора"),
    ),
    (_YESTERDAY, Relative(1, "day", -1, "today"), ("yesterday", "вчера", "учора", "ўчора")),
    (
        _LAST_MONTH,
        Relative(1, "month", -1, "today"),
        ("last month", "прошл", "минувш", "мінул"),
    ),
    (
        _LAST_YEAR,
        Relative(1, "year", -1, "today"),
        ("last year", "прошл", "минувш", "мінул", "летась"),
    ),
    (_THIS_MONTH, Relative(0, "month", 0, "today"), ("month", "месяц")),
    (
        _THIS_WEEK,
        Relative(0, "weekmonth", 0, "today"),
        ("this week", "этой недел", "гэтым тыдн", "гэтым тыдзен"),
    ),
    (
        _LAST_WEEK,
        Relative(1, "weekmonth", -1, "today"),
        ("last week", "прошлой недел", "минувшей недел", "мінулым тыдн"),
    ),
)  # fmt: skip
_FOLLOWING_WORDS = ("following", "next", "later", "следующ", "наступн")


def find_anaphoric(text: str, found: list[DateMention], free: Free, add: Add) -> None:
    """The same day, the next day, yesterday, last month, on the 25th: one word's offset."""
    folded = text.casefold()  # as re.I compares letters, so no wording it would match is skipped
    for m in _FOLLOWING.finditer(text) if any(w in folded for w in _FOLLOWING_WORDS) else ():
        if free(m.start(), m.end()):
            unit = next(u for u in m.groups() if u)
            add(m, rel=Relative(1, _unit(unit), 1))
    for pat, rel, words in _ANAPHORIC:
        if not any(w in folded for w in words):
            continue
        for m in pat.finditer(text):
            # "in November last year": the month's own year, already read
            if free(m.start(), m.end()) and not any(
                0 <= m.start() - d.end <= 4 and not re.search(r"[.;!?,]", text[d.end : m.start()])
                for d in found
                if d.date is not None
            ):
                add(m, rel=rel)
    for m in _MONTH_DAY.finditer(text):
        day = int(m.group("d") or m.group("d2") or m.group("d3"))
        if 1 <= day <= 31 and free(m.start(), m.end()):
            add(m, rel=Relative(day, "monthday", 0))


def find_weekdays(text: str, found: list[DateMention], free: Free, add: Add) -> None:
    """ "on Tuesday", "у мінулы аўторак": against the publication date."""
    for m in _WEEKDAY.finditer(text):
        if free(m.start(), m.end()) and not any(
            0 <= d.start - m.end() <= 3 and d.date is not None and d.date.day is not None
            for d in found
        ):  # "on Tuesday, March 5": the date written after the weekday
            last = m.group("last").lower()
            # "on Tuesday", "this Monday": today counts; "last Tuesday": strictly before
            strict = not (
                last in ("on", "this")
                or len(last) <= 2
                or last.startswith(("в эт", "у гэт", "ў гэт"))
            )
            add(
                m,
                rel=Relative(
                    WEEKDAYS[m.group("w").lower()], "weekday", -1 if strict else 0, "today"
                ),
            )


def shift(anchor: PartialDate, rel: Relative) -> PartialDate | None:
    """Apply a relative offset; the result never claims more precision than the anchor."""
    if rel.unit == "same":
        return anchor
    if rel.unit == "monthday":  # "on the 14th": in the anchor's month, or the next if passed
        if anchor.month is None:
            return None
        year, month = anchor.year, anchor.month
        if anchor.day is not None and rel.amount < anchor.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            return PartialDate(year, month, rel.amount, anchor.approximate)
        except PartialDateError:
            return None
    if rel.unit == "weekday":  # the latest such weekday on (or, for "last", before) the anchor
        if anchor.day is None:
            return None
        day = anchor.earliest()
        back = (day.weekday() - rel.amount) % 7 or (7 if rel.direction else 0)
        d = day - dt.timedelta(days=back)
        return PartialDate(d.year, d.month, d.day, anchor.approximate)
    if rel.unit == "weekmonth":  # the month of the week so many weeks back
        if anchor.day is None:
            return None
        d = anchor.earliest() - dt.timedelta(days=7 * rel.amount)
        return PartialDate(d.year, d.month, None, anchor.approximate)
    if rel.unit in ("day", "week"):
        if anchor.day is None:
            return anchor if rel.amount == 0 else None
        days = rel.amount * (7 if rel.unit == "week" else 1) * (rel.direction or 1)
        d = anchor.earliest() + dt.timedelta(days=days if rel.direction else 0)
        return PartialDate(d.year, d.month, d.day, anchor.approximate)
    if rel.unit == "month":
        if anchor.month is None:
            return None
        total = anchor.year * 12 + (anchor.month - 1) + rel.amount * (rel.direction or 1)
        return PartialDate(total // 12, total % 12 + 1, None, anchor.approximate)
    return PartialDate(
        anchor.year + rel.amount * (rel.direction or 1), None, None, anchor.approximate
    )


# "Маладзечна, 20 кастрычніка. У чацвер, 16 кастрычніка …": the dateline dates the report
_DATELINE = scan.compile(r"(?:^|\n)[^\W\d_][\w -]{1,22},\s*$")


def heading_line(text: str, d: DateMention) -> bool:
    """ "Tuesday, 1 October 2024" on a line of its own: a digest's heading dates its items."""
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) < 60 and not line.endswith((".", "!", "?"))


_SAME_CASE = scan.compile(
    r"\b(?:in the same (?:case|trial)|by the same verdict|co-?defendants?|тем же приговором|"
    r"по (?:этому|тому|одному) же делу|па (?:гэтай|той|адной) жа справе|тым жа прысудам|"
    r"подельни\w+|падзельні\w+)",
    re.I,
)


def back_to_the_main_line(doc: Doc) -> None:
    """ "Учора суд вынес прысуд … Ларысу затрымалі 12 снежня 2023 года. ¶ У той жа дзень у
    Наваполацку суд пакараў …": a same-day or later count opening a paragraph, after a
    paragraph that went back to an earlier date, counts from the latest day told so far (the
    story's present), not from the flashback's day."""
    latest: PartialDate | None = None
    last: DateMention | None = None
    rebased = False
    for d in doc.dates:
        got = doc.resolved.get(d.start)
        rel = d.relative
        new_paragraph = last is None or "\n" in doc.text[last.end : d.start]
        if rel is None or rel.anchor is not None or got is None:
            rebased = False
        elif rebased and not new_paragraph and rel.unit in ("day", "week") and last is not None:
            # a count chained on the one just moved ("У той жа дзень … Назаўтра …")
            base = doc.resolved.get(last.start)
            moved = shift(base, rel) if base is not None else None
            if moved is not None:
                doc.resolved[d.start] = got = moved
        elif (
            new_paragraph
            # "Kavalenka, tried in the same case, received 3 years on the same day": the day of
            # the co-defendant's verdict just told, not the story's present
            and not _SAME_CASE.search(doc.sents[doc.sentence_of(d.start)].text)
            and rel.unit in ("day", "week")
            and rel.direction >= 0
            and latest is not None
            and last is not None
            and (base := doc.resolved.get(last.start)) is not None
            and base.day is not None
            and base.earliest() < latest.earliest()
            and not heading_line(doc.text, last)
        ):
            moved = shift(latest, rel)
            if moved is not None:
                doc.resolved[d.start] = got = moved
                rebased = True
        else:
            rebased = False
        if (
            got is not None
            and got.day is not None
            and (latest is None or got.earliest() > latest.earliest())
            and not _DATELINE.search(doc.text, max(0, d.start - 30), d.start)
        ):
            latest = got
        last = d


_SAME_JUDGE = scan.compile(
    r"\b(?:the same (?:judge|court)|т(?:от|а|ой) же (?:судья|суд)|т(?:ая|ой) самая? (?:суддзя|суд)|"
    r"т(?:ая|ой) ж(?:а|е)? (?:суддзя|суд))\b",
    re.I,
)
_SAME_DAY_AS = scan.compile(r"\s*,?\s*(?:что и|што і|as\b|як і)", re.I)


def _anchored(d: DateMention) -> bool:
    return d.relative is not None and d.relative.anchor not in (None, "today")


def count_from_the_event_before(doc: Doc, claims: list[Claim]) -> None:
    """ "Его девушку задержали в тот же день, что и его. Ночь она провела на Окрестина, а на
    следующий день суд оштрафовал её": a count from the fact told just before it (in its
    sentence or the one before, after the last written date) counts from that fact's day,
    also where no date is written there: one found from a person ("в тот же день, что и
    его"), a companion ("Разам з ёй") or an event ("калі агучвалі прысуд")."""
    for c in claims:
        d = c.date_from
        if d is None or d.relative is None or c.date is None or c.date != doc.resolved.get(d.start):
            continue
        rel = d.relative
        if rel.anchor is not None or rel.unit not in ("day", "week") or rel.direction < 0:
            continue
        if _SAME_DAY_AS.match(doc.text, d.end):
            continue  # "в тот же день, что и он": that person's day (implied.py)
        i = doc.sentence_of(d.start)
        if _SAME_JUDGE.search(doc.sents[i].text):
            continue  # "У той жа дзень тая самая суддзя …": the day of that judge's hearing
        prev_end = max((m.end for m in doc.dates if m.end <= d.start), default=0)
        since = max(prev_end, doc.sents[max(0, i - 1)].start)
        told = [
            o
            for o in claims
            if since <= o.pos < d.start
            and o is not c
            and o.date is not None
            and o.date.day is not None
            # a date found from a person or an event, not one written or counted in the text
            and (o.date_from is None or _anchored(o.date_from))
            and "\n" not in doc.text[o.pos : d.start]
        ]
        if not told:
            continue
        event = max(told, key=lambda o: o.pos)
        assert event.date is not None
        moved = shift(event.date, rel)
        if moved is not None:
            c.date = moved


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# a digest's items: a bulleted line, or any paragraph under a digest's title
_BULLET = scan.compile(r"\s*(?:[•▪◾▫●■*-]|[\U0001F300-\U0001FAFF]\ufe0f?)")
_DIGEST_TITLE = scan.compile(
    r"\b(?:digest|at a glance|дайджест|итоги|хроника|хроніка|агляд|обзор|коротка|кратко)", re.I
)


_RANGE_NEXT = scan.compile(r"[ \t]*[–—-]")


def count_from_an_undated_fact(doc: Doc, claims: list[Claim]) -> None:
    """ "• Teacher Yury V. was detained over a "like" and fined 40 base units. Two days later
    the school dismissed him.": a count in a paragraph whose fact before it has no day of its
    own counts from an unknown day; the day it would take from another item is dropped, the
    month kept."""
    digest = bool(_DIGEST_TITLE.search(doc.text, 0, max(0, doc.text.find("\n"))))
    for c in claims:
        d = c.date_from
        if d is None or d.relative is None or c.date is None or c.date.day is None:
            continue
        rel = d.relative
        if (
            rel.anchor is not None
            or rel.unit not in ("day",)
            or c.date != doc.resolved.get(d.start)
        ):
            continue
        start = _paragraph_start(doc.text, d.start)
        if not (_BULLET.match(doc.text, start) or digest):
            continue  # a story's next paragraph goes on from the day told before
        if any(
            start <= m.start < d.start and (m.date is None or m.date.month is not None)
            for m in doc.dates
        ):
            continue  # a day or a month told in the paragraph before the count
        if not any(o.pos < d.start and start <= o.pos for o in claims if o is not c):
            continue  # no fact told before it in the paragraph
        base = next(
            (
                m
                for m in reversed(doc.dates)
                if m.end <= start
                and (r := doc.resolved.get(m.start) or m.date) is not None
                and r.day
            ),
            None,
        )
        if (
            base is not None
            and heading_line(doc.text, base)
            and not _RANGE_NEXT.match(doc.text, base.end)
            and not re.search(r"[–—-]", base.text)
        ):
            continue  # "14 September 2023" over the items: their day (not "9–15 June")
        c.date = PartialDate(c.date.year, c.date.month, None, c.date.approximate)


# "23 октября … уволили — через две недели после того, как суд оштрафовал его": the fact
# told after "после того, как" was that long before the written date
_AFTER_THAT = scan.compile(
    rf"[,—–]\s*(?:(?:ровно|роўна|exactly|only)\s+)?(?:(?:через|праз|спустя)\s+)?"
    rf"(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:после того,? как|пасля таго,? як|after)\s",
    re.I,
)


def before_the_written_date(doc: Doc, claims: list[Claim]) -> None:
    """ "14 кастрычніка звольнілі — праз тыдзень пасля таго, як суд аштрафаваў яго": the
    fine is a week before 14 October."""
    if not any(w in doc.text for w in ("после того", "пасля таго", "after")):
        return
    for m in _AFTER_THAT.finditer(doc.text):
        written = max(
            (d for d in doc.dates if d.end <= m.start() and d.date is not None),
            key=lambda d: d.end,
            default=None,
        )
        if (
            written is None
            or written.date is None
            or written.date.day is None
            or doc.sentence_of(written.start) != doc.sentence_of(m.start())
        ):
            continue
        amount = _amount(m.group("n"))
        if amount is None:
            continue
        sent = doc.sents[doc.sentence_of(m.start())]
        stop = min(
            (i for i in (doc.text.find(";", m.end(), sent.end),) if i >= 0), default=sent.end
        )
        moved = shift(written.date, Relative(amount, _unit(m.group("u")), -1))
        for c in claims:
            counted_here = c.date_from is not None and m.start() <= c.date_from.start < m.end()
            if m.end() <= c.pos < stop and (c.date is None or counted_here):
                c.date = moved
