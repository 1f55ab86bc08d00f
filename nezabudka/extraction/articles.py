"""Criminal-code articles in report text: by number ("Art. 361-1", "ч. 1 ст. 342 УК",
"артыкуле 342", "Articles 130 and 342") and by description ("high treason",
"массовые беспорядки"). Numbers are checked with :func:`nezabudka.core.articles.parse_article`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nezabudka.core.articles import ArticleError, parse_article
from nezabudka.extraction import scan
from nezabudka.extraction.article_phrases import KEYWORDS_BY, PHRASES_BY
from nezabudka.extraction.scripts import CYRILLIC
from nezabudka.extraction.segment import keyword_matches

_ART_WORD = (
    r"(?:\b[Aa]rt(?:icle)?s?\b\.?|\b(?:[Сс]т|[Аа]рт)\.|\b[Сс]тат(?:ья|ьи|ье|ью|ьям|ьями|ей)\b|"
    r"\b[Аа]ртыкул\w*|\bст(?=\s*\d))"
)
_NUM = r"\d{1,3}(?:\s?[-‑–]\s?\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])?"
_PREFIX = r"(?:(?:part|pt\.?|ч\.|частк\w*|част\w*)\s*\d{1,2}\s*(?:of\s+)?)?"
# "по ст. 361-1, 20 января переведён": a date after the list, not another article
_MONTH_STEMS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|июл|"
    r"август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|чэрв|ліп|жніў|"
    r"верас|кастрычнік|лістапад|снеж"
)
_LIST_SEP = r"\s*(?:,|and|и|і|&|\+)\s*"
_NUMBER_RE = scan.compile(
    # not "ст. 19.11 КоАП": an administrative-code article has a dotted number
    rf"{_ART_WORD}\s*(?:№\s*)?(?P<first>{_NUM})(?![.,]?\d)(?P<rest>(?:{_LIST_SEP}(?:{_ART_WORD}\s*)?{_PREFIX}"
    rf"(?:№\s*)?{_NUM}(?![\d.,]?\d)(?!\s*(?:years?|год|лет|гад|months?|меся|(?i:{_MONTH_STEMS}))))*)"
)
# "по 342-й статье", "па 342-м артыкуле": the number before the word
_NUMBER_FIRST_RE = scan.compile(
    rf"(?<![\d.,])(?P<first>{_NUM})-?(?:й|я|ю|м|га|ай|ой|ая|ую|ом)\s+(?:стать|артыкул)\w*", re.I
)
_PART_OF_RE = scan.compile(rf"(?:part|ч\.|частк\w*)\s*\d{{1,2}}\s*(?:of\s+)?{_ART_WORD}", re.I)


# "a chat recognised as an 'extremist formation'", "ініцыятыве, прызнанай «экстрэмісцкім
# фарміраваннем»": a label put on a group, not a charge
_DESIGNATED = scan.compile(
    r"(?:recogni[sz]ed|designated|declared|labell?ed|признан\w*|прызнан\w*)\s+(?:as\s+)?(?:an?\s+)?"
    r"[«\"'“„]?\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ArticleMention:
    start: int
    end: int
    number: str
    text: str
    by_description: bool


@cache
def _phrase_patterns(country: str, cyrillic: bool) -> list[tuple[re.Pattern[str], str]]:
    rows = PHRASES_BY if country == "by" else []
    return [
        (scan.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.I), num)
        for rx, num in rows
        if bool(CYRILLIC.search(rx)) == cyrillic
    ]


def _valid(number: str, country: str) -> str | None:
    try:
        ref = parse_article(number.replace(" ", ""), country)
    except ArticleError:
        return None
    return ref.number


def find_articles(text: str, country: str = "by") -> list[ArticleMention]:
    found: list[ArticleMention] = []
    for m in _NUMBER_RE.finditer(text):
        nums = [m.group("first")]
        rest = m.group("rest") or ""
        nums += re.findall(rf"(?<![\d.])(?:part\s*|ч\.\s*|pt\.?\s*)?{_NUM}", rest, flags=re.I)
        for raw in nums:
            if re.match(r"(?:part|ч\.|pt)", raw, re.I):
                continue  # "part 2": not an article
            num = _valid(re.sub(r"\s", "", raw).replace("‑", "-").replace("–", "-"), country)
            if num and num not in ("13", "14"):
                found.append(ArticleMention(m.start(), m.end(), num, m.group(0), False))
    for m in _NUMBER_FIRST_RE.finditer(text):
        num = _valid(
            re.sub(r"\s", "", m.group("first")).replace("‑", "-").replace("–", "-"), country
        )
        if num:
            found.append(ArticleMention(m.start(), m.end(), num, m.group(0), False))
    scripts = [c for c in (False, True) if (CYRILLIC.search(text) is not None) == c or not c]
    for pat, num in [row for c in scripts for row in _phrase_patterns(country, c)]:
        keys = KEYWORDS_BY.get(num) if country == "by" else None
        for m in keyword_matches(pat, text, keys) if keys else pat.finditer(text):
            if any(a.start <= m.start() < a.end for a in found if not a.by_description):
                continue
            if _DESIGNATED.search(text, max(0, m.start() - 30), m.start()):
                continue
            found.append(ArticleMention(m.start(), m.end(), num, m.group(0), True))
    found.sort(key=lambda a: a.start)
    return found
