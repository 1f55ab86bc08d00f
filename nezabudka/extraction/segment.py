"""Sentences and clauses with character offsets into the original text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from nezabudka.extraction import scan

_ABBREV = scan.compile(
    r"(?:\b(?:No|Nos|Art|Arts|St|Mr|Mrs|Ms|Dr|Pt|p|pp|vs|etc|ч|ст|г|гг|арт|вул|ул|им|т|д|п|S)|"
    r"\b[A-ZА-ЯЁІЎ])\.$"
)
_BOUNDARY = scan.compile(r"(?<=[.!?…])[\"”»’']?\s+(?=[\"“«‘']?[A-ZА-ЯЁІЎ0-9])|\n+")
_CLAUSE = scan.compile(
    r";|:\s|\s[–—]\s|,\s+(?=(?:and|but|while|whereas|which|where|а|но|и|і|але|а таксама|while)\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


_HEADLINE = scan.compile(r"\A[ \t]*([^\n]{1,200}?)[ \t]*\n")


def headline_end(text: str) -> int | None:
    """Where a headline ends: a first line without closing punctuation, with text after it."""
    m = _HEADLINE.match(text)
    if m is None or m.group(1).rstrip()[-1:] in ".!?…" or "\n" not in text[m.end() :]:
        return None
    return m.end(1)


def sentences(text: str) -> list[Span]:
    return list(_sentences(text))


@lru_cache(maxsize=4)  # the finders of one extraction each ask for the same text's sentences
def _sentences(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        chunk = text[start : m.start()]
        if m.group(0).strip("\n") and _ABBREV.search(chunk):
            continue  # "Art. 342", "No. 4": not a sentence end
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def keyword_windows(text: str, keywords: Iterable[str]) -> list[tuple[int, int]]:
    """The runs of sentences of ``text`` that contain one of ``keywords`` (lower case), as
    (start, end) offsets. A long alternation pattern then scans those instead of the whole
    text: Python's regex engine tries every alternative at every position, and most
    sentences of a report hold none of a pattern's keywords."""
    low, sents, starts = _keyword_index(text)
    if len(low) != len(text):  # a character whose lower case is longer: scan everything
        return [(0, len(text))]
    hit: set[int] = set()
    for k in keywords:
        i = low.find(k)
        while i != -1:
            si = max(0, bisect.bisect_right(starts, i) - 1)
            hit.add(si)
            i = low.find(k, max(i + 1, sents[si].end))
    windows: list[tuple[int, int]] = []
    for si in sorted(hit):
        if windows and si - 1 in hit:
            windows[-1] = (windows[-1][0], sents[si].end)
        else:
            windows.append((sents[si].start, sents[si].end))
    return windows


def keyword_matches(
    pattern: re.Pattern[str], text: str, keywords: Iterable[str]
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in the sentences of ``text`` that hold one of ``keywords``."""
    for a, b in keyword_windows(text, keywords):
        yield from pattern.finditer(text, a, b)


@lru_cache(maxsize=4)  # asked once per pattern of one extraction
def _keyword_index(text: str) -> tuple[str, tuple[Span, ...], tuple[int, ...]]:
    sents = _sentences(text)
    return text.lower(), sents, tuple(s.start for s in sents)


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def clauses(sentence: Span) -> list[Span]:
    """Split a sentence at ';', ':', dashes and ', and/but/а/але…' (offsets stay absolute)."""
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE.finditer(sentence.text):
        _add(out, sentence.text, pos, m.start())
        pos = m.end()
    _add(out, sentence.text, pos, len(sentence.text))
    return [Span(sentence.start + s.start, sentence.start + s.end, s.text) for s in out]
