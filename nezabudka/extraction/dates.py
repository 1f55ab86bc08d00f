"""Dates in report text, with the precision the text supports.

Absolute: "on 2 October 2020", "October 2, 2020", "in February 2021", "in early 2022",
"в ноябре 2023 года", "14 чэрвеня 2021 года", "02.10.2020", "в 2022 году".
Relative: "two weeks before Chapiuk", "three days later", "the same day", "the next day",
"a few hours later", "the same month", "через две недели", "на следующий день",
"за два тыдні да", "today", "yesterday", "last Tuesday" — resolved by the pipeline
against an anchor (the previous date in the text, or a named person's detention).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.extraction.date_years import (
    LISTED_MONTH,
    SHARES_LISTED_YEAR,
    SHARES_THIS_YEAR,
    WHICH_YEAR,
    context_year,
    story_year,
    year_told_before,
)
from nezabudka.extraction.lexicon import MONTHS, WEEKDAYS, number_value

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
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH_RE})\.?,?\s+{_YEAR}{_YEAR_WORD}", re.I),
    # October 2, 2020 / March 4–10, 2024 (a range of days: its first)
    re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+{_DAY}(?:\s*[–—-]\s*[0-3]?\d)?,?\s+{_YEAR}\b", re.I),
    # 02.10.2020
    re.compile(rf"\b(?P<d>[0-3]?\d)([./])(?P<mn>[01]?\d)\2{_YEAR}\b"),
    # (in|early|late) February 2021 / в ноябре 2023 года
    re.compile(rf"\b(?P<m>{_MONTH_RE})\.?,?\s+(?:of\s+)?{_YEAR}{_YEAR_WORD}", re.I),
    # 2 October / 2 октября / the 2nd of October (year from context)
    # (not "2 October, 2020", a year; but "On 27 July, 14 more people were …")
    re.compile(
        rf"\b{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH_RE})\b"
        # a number next that is no year: a count, an age, another day ("9 января, 4 февраля")
        rf"(?!\s*,?\s*\d+(?!\d|{_NOT_A_YEAR}|\s+(?:of\s+)?{_MONTH_NAME}))",
        re.I,
    ),
    # October 2 (year from context)
    # not "в июне 10 суток" (a count after the month)
    re.compile(
        rf"\b(?P<m>{_MONTH_RE})\s+{_DAY}\b(?!\d)"
        # "On January 8, 23-year-old …": an age, not a year
        rf"(?!\s*,?\s*\d+(?!\d|{_NOT_A_YEAR}))"
        # nor "студзеня 29-гадовага" (an age)
        rf"(?!\s+{_COUNTED})(?![-‑]\w)",
        re.I,
    ),
    # in 2022 / в 2022 году / у 2022 годзе / с 2021 года / early 2022
    re.compile(
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
    re.compile(
        rf"\b(?:in|at|since|from|в|во|у|ў|с|со|з|са|із|за|напачатку|напрыканцы|(?P<this>this)|"
        # "spent the whole of January in the PKT", "весь январь провёл в ШИЗО"
        rf"the whole of|all of|throughout|весь|увесь|ўвесь|(?P<that>that)|(?P<lastm>last))\s+"
        rf"{_PART_OF}(?P<m>{_MONTH_RE})\b"
        # not "May 2" (a day), but "в апреле, 2-го числа" (the month of the day told next)
        rf"(?!\s*,?\s*\d+(?!\d|-?го\b|-?га\b|\s+(?:числа|чысла)\b|\s+{_COUNTED}))",
        re.I,
    ),
    # "3 и 28 января", "on 5, 12 and 19 March": a day listed before the month it shares (year
    # from context); not "between 3 and 28 January", a range, nor "на 10 и 20 марта ещё на 10"
    re.compile(
        rf"(?=\d)(?<!between )(?<!между )(?<!паміж )(?<!на )(?<!по )(?<!па )(?<!for )"
        rf"\b(?P<d>[0-3]?\d)(?=(?:\s*,\s*|\s+(?:и|і|and)\s+)"
        rf"(?:[0-3]?\d(?:\s*,\s*|\s+(?:и|і|and)\s+))*[0-3]?\d\s+(?:of\s+)?(?P<m>{_MONTH_RE})\b)",
        re.I,
    ),
    # 15.05 / З 12.01 трымае галадоўку (year from context); not an administrative-code article
    # ("арт. 19.11 КаАП"), a decimal or an amount
    re.compile(
        r"(?=\d)(?<![\d.,])(?<!ст\. )(?<!арт\. )(?<!Art\. )(?<!art\. )"
        r"(?P<d>[0-3]?\d)\.(?P<mn>0[1-9]|1[0-2])(?![\d.,]\d|\d)"
        r"(?!\s*(?:%|руб|р\.|byn|базов|базав|тыс|млн|гад|год|лет|year|метр|км|кг|КоАП|КаАП))",
        re.I,
    ),
    # 2024-03-05, as a machine or a careful writer puts it
    re.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
]

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
        re.compile(
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
    (re.compile(rf"\b(?:через|спустя|праз)\s+(?:{_AMOUNT}\s+)?{_UNIT}", re.I), 1),
    # "за два тыдні да суда", "за две недели до"
    (
        re.compile(
            rf"\bза\s+{_AMOUNT}\s+{_UNIT}\s+(?:да|до)\b(?:\s+(?P<anchor>[\wА-ЯЁІЎ’'-]+))?", re.I
        ),
        -1,
    ),
    # "a week later"
    (
        re.compile(
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
    "released": ("release", "освобождени", "вызваленн", "out"),
    "fined": ("fine", "штраф"),
    "appeal": ("appeal", "апелляц", "апеляц"),  # the term an appeal hearing gave
}
_EVENT = (
    r"(?P<event>(?:the |his |her |their )?(?:verdict|sentencing|trial|conviction|arrest|detention|"
    r"release|fine|I got out|appeal(?: hearing)?)|приговора|суда|задержания|ареста|освобождения|прысуду|"
    r"затрымання|арышту|вызвалення|штрафа|штрафу|апелляции|апеляцыі)\b"
)
_EVENT_RELS: list[tuple[re.Pattern[str], int | None]] = [
    (re.compile(rf"\b{_AMOUNT}\s+{_UNIT}\s+(?P<dir>before|after|prior to)\s+{_EVENT}", re.I), None),
    (
        re.compile(
            rf"\b(?:через|спустя|праз)\s+(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:после|пасля)\s+{_EVENT}",
            re.I,
        ),
        1,
    ),
    (re.compile(rf"\bза\s+(?:{_AMOUNT}\s+)?{_UNIT}\s+(?:до|да)\s+{_EVENT}", re.I), -1),
]
# "У той жа дзень, калі агучвалі прысуд", "в день оглашения приговора", "on the day of the
# verdict": the day of that event
_DAY_OF_EVENT = re.compile(
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
_DAY_AFTER_EVENT = re.compile(
    rf"\b(?:на следующий день|на другой день|наступнага дня|на наступны дзень|назаўтра|"
    rf"the (?:next |following )?day)\s+(?:после|пасля|after)\s+{_EVENT}",
    re.I,
)
_MONTH_SPAN = re.compile(
    rf"\b(?:between|from|з|са|с|со)\s+(?P<m1>{_MONTH_RE})\s+(?:and|to|until|till|па|по|до|да)\s+"
    rf"(?P<m2>{_MONTH_RE})\b(?:\s+{_YEAR}{_YEAR_WORD})?(?!\s*\d)",
    re.I,
)
# "накануне приговора", "the day before the verdict", "напярэдадні суда"
_DAY_BEFORE_EVENT = re.compile(
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


def _event_kind(word: str) -> str:
    w = word.lower().split()[-1]
    return next(k for k, stems in _EVENTS.items() if w.startswith(stems))


_SAME_DAY = re.compile(
    r"\b(?:the same day|that same day|that day|on the same day|в тот же день|в этот же день|"
    r"тем же днём|[уў] той жа дзень|[уў] гэты ж дзень|того же дня|таго ж дня|later that day|"
    r"that same evening|the same evening|that same (?:afternoon|morning|night)|"
    r"the same (?:afternoon|morning|night)|тем же вечером|в тот же вечер|[уў] той жа вечар|"
    r"тым жа вечарам|той жа ноччу|той же ночью)\b",
    re.I,
)
# "Тады ж затрымалі і жонку", "тогда же": at the time just told, as precisely as it was told
_AT_THAT_TIME = re.compile(r"\b(?:тады ж|тогда же|at the same time)\b", re.I)
# "Днём раней у Полацку Яўгена Лапату асудзілі", "Накануне его задержали": the day before the
# date just told ("накануне приговора" counts from the verdict instead, below)
_PREV_DAY = re.compile(
    r"\b(?:дн[её]м (?:раньше|ранее)|днём раней|накануне|напярэдадні|a day earlier|"
    # "Artsiom K., detained the day before near Kurapaty, was given 15 days"
    r"the day before(?!\s+(?:yesterday|the|his|her|their|a|an)\b)(?!\s+(?-i:[A-Z])))\b"
    # (not "напярэдадні Дня Незалежнасці": the eve of a named day is no date of its own)
    r"(?!\s+(?:приговора|суда|прысуду|суду|оглашения|абвяшчэння|дня|(?-i:[А-ЯЁІЎ])))",
    re.I,
)
_NEXT_DAY = re.compile(
    r"\b(?:the next day|the following day|a day later|на следующий день|на другой день|"
    r"на наступны дзень|назаўтра|наступнага дня|дн[её]м позже|днём пазней|праз дзень|"
    # "The next morning", "The day after,", "Наутро", "Наступнай раніцай", "На другі дзень"
    r"the (?:next|following) (?:morning|evening)|the day after(?=\s*,)|наутро|назавтра|"
    r"на следующее утро|на другой день|наступнай раніцай|наступным днём|на другі дзень|"
    r"на наступную раніцу)\b",
    re.I,
)
_FOLLOWING = re.compile(
    r"\b(?:the (?:following|next) (?P<u>day|week|month|year)|(?:a|one) (?P<u2>week|month|year) later|"
    r"в следующем (?P<u3>месяце|году)|на следующей (?P<u4>неделе)|"
    r"у наступным (?P<u5>месяцы|годзе)|на наступным (?P<u6>тыдні))\b",
    re.I,
)
# "last Tuesday", "on Friday", "в прошлый вторник", "у пятніцу": against the publication date
_WEEKDAY = re.compile(
    r"\b(?P<last>last|this past|this|в прошл\w+|в минувш\w+|[уў] мінул\w+|в эт(?:от|у)|"
    r"[уў] гэт(?:ы|у)|on|во?|[уў])\s+"
    r"(?P<w>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b",
    re.I,
)
# "on the 25th", "25-го числа", "25-га": a day of the month named earlier or of the publication's
_MONTH_DAY = re.compile(
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
_LAST_MONTH = re.compile(
    r"(?<!the )\b(?:last month|в прошлом месяце|в минувшем месяце|[уў] мінулым месяцы|"
    rf"{_PART_OF_LAST}месяца)\b(?! and a half)",
    re.I,
)
_LAST_YEAR = re.compile(
    r"(?<!the )\b(?:last year|в прошлом году|в минувшем году|[уў] мінулым годзе|летась|"
    rf"{_PART_OF_LAST}года)\b(?! and a half)",
    re.I,
)
# "earlier this month", "в этом месяце", "у гэтым месяцы": the publication's month
_THIS_MONTH = re.compile(
    r"\b(?:(?:earlier )?this month|в этом месяце|в текущем месяце|[уў] гэтым месяцы|"
    r"(?:в|у|ў)\s+(?:начале|середине|пачатку|сярэдзіне)\s+(?:этого|гэтага)\s+месяца)\b"
    r"(?!\s*,?\s*\d)",  # "в этом месяце, 14-го": the day told next dates it
    re.I,
)
# "This week human rights defenders recognised…", "на прошлой неделе его водворили в ШИЗО":
# the month of that week (a digest's week needs no day)
_THIS_WEEK = re.compile(
    r"\b(?:this week|на этой неделе|на гэтым тыдні|на гэтым тыдзені)\b(?!\s*,?\s*\d)", re.I
)
_LAST_WEEK = re.compile(
    r"\b(?:last week|на прошлой неделе|на минувшей неделе|на мінулым тыдні)\b(?!\s*,?\s*\d)", re.I
)
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight|сегодня|сёння)\b", re.I)
# "two days ago", "три дня назад", "тыдзень таму": back from the publication date
_AGO = re.compile(rf"\b{_AMOUNT}\s+{_UNIT}\s+(?:ago|назад|таму)\b", re.I)
_ONE_AGO = re.compile(r"(?<!\d )\b(?P<u>неделю|тыдзень|месяц|год)\s+(?:назад|таму)\b", re.I)
# "полгода назад", "паўгода таму", "half a year ago": six months back
_HALF_A_YEAR_AGO = re.compile(r"\b(?:полгода|паўгода|half a year)\s+(?:назад|таму|ago)\b", re.I)
# "48 hours later": whole days
_DAYS_OF_HOURS_LATER = re.compile(r"\b(?P<n>24|48|72|96)\s+hours\s+later\b", re.I)
# "05.03.24": a two-digit year
_SHORT_YEAR = re.compile(r"\b(?P<d>[0-3]\d)\.(?P<mn>[01]\d)\.(?P<yy>[12]\d)\b(?![.,]?\d)")
_YESTERDAY = re.compile(r"(?<![\w-])(?:yesterday|вчера|учора|ўчора)\b", re.I)
_DAY_BEFORE_YESTERDAY = re.compile(
    r"(?<![\w-])(?:the day before yesterday|позавчера|пазаўчора)\b", re.I
)
_SAME_YEAR = re.compile(
    r"\b(?:the same year|that same year|later that year|в том же году|в тот же год|тем же годом|"
    r"[уў] тым жа годзе|[уў] той жа год)\b",
    re.I,
)
_SAME_MONTH = re.compile(
    r"\b(?:the same month|that same month|later that month|в том же месяце|в тот же месяц|"
    r"у той жа месяц|у тым жа месяцы|"
    # "в середине месяца", "mid-month": the month being told about
    r"(?:in the|at the) (?:middle|end|beginning|start) of the month|mid-month|later in the month|"
    r"в (?:середине|конце|начале) месяца|[уў] (?:сярэдзіне|канцы|пачатку) месяца)\b",
    re.I,
)
# "a few hours later": the same day
_HOURS_LATER = re.compile(
    r"\b(?:(?:a few|several|some|\d+|\w+) hours? later|(?:спустя|через) (?:несколько|пару|\d+|\w+) час\w*|"
    r"праз (?:некалькі|пару|\d+|\w+) гадзін\w*|"
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


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: PartialDate | None = None
    relative: Relative | None = None
    year_from_context: bool = False


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith(("day", "дн", "дз", "дні", "сут")):
        return "day"
    if w.startswith(("week", "недел", "тыдз", "тыдн")):
        return "week"
    if w.startswith(("month", "месяц")):
        return "month"
    return "year"


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


_WORD = re.compile(r"[^\W\d_]+")
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


_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")


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
    for m in _FOLLOWING.finditer(text):
        if free(m.start(), m.end()):
            unit = next(u for u in m.groups() if u)
            add(m, rel=Relative(1, _unit(unit), 1))
    for pat, rel in (
        (_SAME_DAY, Relative(0, "day", 0)),
        (_AT_THAT_TIME, Relative(0, "same", 0)),
        (_HOURS_LATER, Relative(0, "day", 0)),
        (_SAME_MONTH, Relative(0, "month", 0)),
        (_SAME_YEAR, Relative(0, "year", 0)),
        (_NEXT_DAY, Relative(1, "day", 1)),
        (_PREV_DAY, Relative(1, "day", -1)),
        (_TODAY, Relative(0, "day", 0, "today")),
        (_DAY_BEFORE_YESTERDAY, Relative(2, "day", -1, "today")),
        (_YESTERDAY, Relative(1, "day", -1, "today")),
        (_LAST_MONTH, Relative(1, "month", -1, "today")),
        (_LAST_YEAR, Relative(1, "year", -1, "today")),
        (_THIS_MONTH, Relative(0, "month", 0, "today")),
        (_THIS_WEEK, Relative(0, "weekmonth", 0, "today")),
        (_LAST_WEEK, Relative(1, "weekmonth", -1, "today")),
    ):
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
    if default_year is not None and reference_month is not None:
        for m in _SEASON.finditer(text):
            if free(m.start(), m.end()):
                add(m, PartialDate(_season_year(m, default_year, reference_month)))
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


# "со 2 по 9 октября держал голодовку", "from 2 to 9 October", "з 2 па 9 студзеня": an event
# over a range of days is dated by its first
_RANGE_BEFORE = re.compile(
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
_SEASON = re.compile(
    r"\b(?:last\s+(?P<s>spring|summer|autumn|fall)|"
    r"(?:прошл(?:ой|ым)|мінул(?:ай|ым))\s+(?P<s2>весной|летом|осенью|вясной|летам|восенню))\b"
    r"(?!\s*(?:of\s+)?(?:1[89]|20)\d\d)",
    re.I,
)
# "летом прошлого года", "in the summer of last year": the season's year only
_SEASON_OF_LAST_YEAR = re.compile(
    r"\b(?:in the (?:spring|summer|autumn|fall|winter) of last year|"
    r"(?:весной|летом|осенью|зимой|вясной|летам|восенню|зімой)\s+(?:прошлого|минувшего|мінулага)\s+года)\b",
    re.I,
)
# "Восенню таго ж года", "in the autumn of that year": the year of the date told before
_SEASON_OF_THAT_YEAR = re.compile(
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


def parse_date(text: str, default_year: int | None = None) -> PartialDate | None:
    """The first absolute date in a piece of text, or None."""
    for m in find_dates(text, default_year):
        if m.date is not None:
            return m.date
    return None
