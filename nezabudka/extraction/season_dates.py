"""Seasons whose year the text does not write as a number: "this spring", "вясной гэтага
года", "ўлетку таго ж года", "the following spring", "следующей весной". ``dates.find_dates``
reads the ones with a year ("in the spring of 2023", "летом прошлого года", "last summer");
these are added after it, where no other date was read."""

from __future__ import annotations

import re
from bisect import insort

from nezabudka.core.dates import PartialDate
from nezabudka.extraction import scan
from nezabudka.extraction.date_years import year_told_before
from nezabudka.extraction.dates import DateMention

_SPRING = r"spring|весной|вясной|вясною|увесну|ўвесну|навесні|весны|вясны"
_SUMMER = r"summer|летом|летам|улетку|ўлетку|лета"
_AUTUMN = r"autumn|осенью|восенню|увосень|ўвосень|осени|восені"
_WINTER = r"winter|зимой|зімой|зімою|узімку|ўзімку|зимы|зімы"
_SEASON = rf"(?P<s>{_SPRING}|{_SUMMER}|{_AUTUMN}|{_WINTER})"
_SEASON2 = _SEASON.replace("<s>", "<s2>")
# the season's first month: "the following spring" after August 2021 is spring 2022
_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season(word: str) -> str:
    w = word.lower()
    for name, words in (
        ("spring", _SPRING),
        ("summer", _SUMMER),
        ("autumn", _AUTUMN),
        ("winter", _WINTER),
    ):
        if w in words.split("|"):
            return name
    raise KeyError(word)


# "this spring", "гэтай вясной", "вясной гэтага года", "с весны этого года", "this year's summer"
_THIS_SEASON = scan.compile(
    rf"\b(?:(?:this|этой|этим|гэтай|гэтым|сёлета)\s+(?:(?:in the|the|в|у|ў)\s+)?{_SEASON}|"
    rf"{_SEASON2}\s+(?:этого|текущего|гэтага)\s+года)\b(?!\s*(?:же|ж)\b)",
    re.I,
)
# "ўлетку таго ж года": the year of the date told before (the forms "dates" lacks)
_SEASON_OF_THAT_YEAR = scan.compile(rf"\b{_SEASON}\s+(?:того же|таго ж|гэтага ж)\s+года\b", re.I)
# "sentenced the following spring", "следующей весной", "наступнай вясной": the first such
# season after the date told before ("next spring" is left alone: it is often still to come)
_FOLLOWING_SEASON = scan.compile(
    rf"\b(?:the following|следующ(?:ей|им)|наступн(?:ай|ым))\s+{_SEASON}\b", re.I
)


_ANY_SEASON = scan.compile(
    r"spring|summer|autumn|winter|весн|вясн|лет[ауео]|летк|осен|восен|зим|зім", re.I
)


def season_dates(
    text: str, found: list[DateMention], default_year: int | None
) -> list[DateMention]:
    """``found`` with the seasons above added where no date was read."""
    out = list(found)
    if not _ANY_SEASON.search(text):
        return out  # one scan for a season word before the three wordings are looked for

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= d.start or m.start() >= d.end for d in out)

    def add(m: re.Match[str], year: int) -> None:
        insort(out, DateMention(m.start(), m.end(), m.group(0), PartialDate(year), None, True),
               key=lambda d: d.start)  # fmt: skip

    if default_year is not None:
        for m in _THIS_SEASON.finditer(text):
            if free(m):
                add(m, default_year)
    for m in _SEASON_OF_THAT_YEAR.finditer(text):
        told = year_told_before(text, out, m.start())
        if told is not None and free(m):
            add(m, told)
    for m in _FOLLOWING_SEASON.finditer(text):
        before = [d for d in out if d.date is not None and d.end <= m.start()]
        if not before or not free(m):
            continue
        anchor = before[-1].date
        assert anchor is not None
        first = _FIRST_MONTH[_season(m.group("s"))]
        add(m, anchor.year + ((anchor.month or 12) >= first))
    return out
