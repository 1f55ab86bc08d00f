"""Sentences and clauses with character offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = re.compile(
    r"(?:\b(?:No|Nos|Art|Arts|St|Mr|Mrs|Ms|Dr|Pt|p|pp|vs|etc|ч|ст|г|гг|арт|вул|ул|им|т|д|п|S)|"
    r"\b[A-ZА-ЯЁІЎ])\.$"
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”»’']?\s+(?=[\"“«‘']?[A-ZА-ЯЁІЎ0-9])|\n+")
_CLAUSE = re.compile(
    r";|:\s|\s[–—]\s|,\s+(?=(?:and|but|while|whereas|which|where|а|но|и|і|але|а таксама|while)\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        chunk = text[start : m.start()]
        if m.group(0).strip("\n") and _ABBREV.search(chunk):
            continue  # "Art. 342", "No. 4": not a sentence end
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return out


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
