"""keyword_windows: trigger patterns scan only the sentences holding a keyword, and find
exactly what a scan of the whole text finds when every match contains a keyword."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from nezabudka.extraction.segment import keyword_windows

WORDS = ["He", "was", "detained", "Арышт", "арештован", "in", "Minsk", "on", "Monday", "и", "ў"]
PATTERN = re.compile(r"\b(?:was detained|арештован\w*|detained)\b", re.I)
KEYWORDS = ("detain", "арешт")

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(
    lambda ws: " ".join(ws).capitalize() + "."
)


@given(st.lists(sentence, max_size=12))
def test_windows_find_what_the_whole_text_finds(sents: list[str]) -> None:
    text = " ".join(sents)
    whole = [(m.start(), m.end()) for m in PATTERN.finditer(text)]
    windowed = [
        (m.start(), m.end())
        for a, b in keyword_windows(text, KEYWORDS)
        for m in PATTERN.finditer(text, a, b)
    ]
    assert windowed == whole


def test_sentences_without_keywords_are_skipped() -> None:
    text = "Nothing here. He was detained on Monday. Still nothing. Арештован ў Мінску."
    windows = keyword_windows(text, KEYWORDS)
    assert [text[a:b] for a, b in windows] == [
        "He was detained on Monday.",
        "Арештован ў Мінску.",
    ]


def test_adjacent_sentences_make_one_window() -> None:
    text = "Detained first. Detained again. Then quiet."
    assert [text[a:b] for a, b in keyword_windows(text, KEYWORDS)] == [
        "Detained first. Detained again."
    ]
