"""Criminal-code references as written in lists and reports.

Accepts the spellings monitors use — "361-1", "Part 1 of Art. 342", "342 part 1", "ч. 1 ст. 342",
"ст. 342 ч. 1", "13+293", "Art. 14 + Part 1 of Art. 342"
— and returns one canonical :class:`ArticleRef`. "342.1" is refused: the dot is ambiguous. Preparation/attempt are general-part articles
of each country's code (Belarus: Art. 13 preparation, Art. 14 attempt; Russia: Art. 30), so the
mapping is per country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nezabudka import reference


def inchoate_articles(country: str) -> dict[str, str]:
    """General-part articles that make a charge preparation/attempt, from the country pack."""
    return reference.country(country).inchoate_articles if country in reference.countries() else {}


_NUMBER = r"\d{1,3}(?:-\d{1,2})?"
_PART_WORD = r"(?:part|pt\.?|p\.|ч\.?|часть|частка|частк[аі]|ч)"
_ART_WORD = r"(?:articles?|arts?\.?|ст\.?|статья|статьи|стат\.?|арт\.?|артыкул|арт)"
_PART_FIRST = re.compile(
    rf"^{_PART_WORD}\s*(?P<part>\d{{1,2}})\s*(?:of\s+)?(?:{_ART_WORD}\s*)?(?P<num>{_NUMBER})$", re.I
)
_NUMBER_FIRST = re.compile(
    rf"^(?:{_ART_WORD}\s*)?(?P<num>{_NUMBER})(?:\s*,?\s*{_PART_WORD}\s*(?P<part>\d{{1,2}}))?$", re.I
)
_UK_SUFFIX = re.compile(
    r"\s*(?:УК(?:\s*(?:РБ|РФ))?|КК(?:\s*РБ)?|of the criminal code|CC|CrC)\.?\s*$", re.I
)


class ArticleError(ValueError):
    """An article reference that cannot be read."""


@dataclass(frozen=True, slots=True)
class ArticleRef:
    number: str  # "342", "361-1"
    part: int | None = None
    inchoate: str | None = None  # "preparation" / "attempt" / … (see inchoate_articles)
    inchoate_article: str | None = None  # the general-part article itself, e.g. "13"

    def canonical(self) -> str:
        """Compact, unambiguous text: '342', '342 p.1', '13+293 p.1'. Parses back to itself."""
        text = self.number + (f" p.{self.part}" if self.part is not None else "")
        return f"{self.inchoate_article}+{text}" if self.inchoate_article else text

    __str__ = canonical

    def label(self) -> str:
        """English wording used by monitors: 'Part 1 of Art. 342', 'Art. 13 + Art. 293'."""
        main = (f"Part {self.part} of " if self.part is not None else "") + f"Art. {self.number}"
        return f"Art. {self.inchoate_article} + {main}" if self.inchoate_article else main


# "361¹" as printed in the code itself: the superscript is the sub-article
_SUPERSCRIPT = re.compile("([¹²³⁴⁵⁶⁷⁸⁹])")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def _clean(text: str) -> str:
    s = text.strip().replace("\u2013", "-").replace("\u2011", "-").replace("№", "")
    s = _SUPERSCRIPT.sub(lambda m: "-" + m.group(1).translate(_SUPERSCRIPT_DIGITS), s)
    s = _UK_SUFFIX.sub("", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" ,;")


def _single(text: str) -> tuple[str, int | None]:
    s = _clean(text)
    s = re.sub(r"(?<=\d)\s*p\.?(?=\s*\d)", " part ", s)  # canonical '342 p.1'
    m = _PART_FIRST.match(s) or _NUMBER_FIRST.match(s)
    if not m:
        raise ArticleError(
            f"cannot read article {text.strip()!r}; write e.g. '342', '361-1', "
            "'Part 1 of Art. 342', 'ч. 1 ст. 342' or '13+293'"
        )
    part = m.group("part")
    return m.group("num"), int(part) if part else None


def parse_article(text: str, country: str = "by") -> ArticleRef:
    """Parse one charge. Raises ArticleError with the accepted forms when unreadable."""
    if not text or not text.strip():
        raise ArticleError("empty article; write e.g. '342' or 'Part 1 of Art. 342'")
    pieces = [p for p in re.split(r"\s*\+\s*", _clean(text)) if p]
    if len(pieces) > 2:
        raise ArticleError(f"cannot read article {text.strip()!r}: more than two '+' parts")
    inchoate_map = inchoate_articles(country)
    if len(pieces) == 2:
        gen_num, _gen_part = _single(pieces[0])
        if gen_num not in inchoate_map:
            known = ", ".join(sorted(inchoate_map)) or "none"
            raise ArticleError(
                f"in {text.strip()!r}, Art. {gen_num} is not a preparation/attempt article "
                f"in this country's code (known: {known}); list separate charges with ';'"
            )
        num, part = _single(pieces[1])
        return ArticleRef(num, part, inchoate_map[gen_num], gen_num)
    if not pieces:  # only separators, e.g. "+" or ";"
        raise ArticleError(f"cannot read article {text.strip()!r}; write e.g. '342'")
    num, part = _single(pieces[0])
    return ArticleRef(num, part)


def parse_article_list(text: str, country: str = "by") -> list[ArticleRef]:
    """Split a spreadsheet cell of charges separated by ';' (commas are kept inside one charge,
    since 'ст. 342, ч. 1' is one charge)."""
    return [parse_article(p, country) for p in re.split(r"\s*;\s*", text.strip()) if p.strip()]
