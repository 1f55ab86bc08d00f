"""Every trigger and co-occurrence topic pattern is paired with a hand-kept list of keyword
stems: a pattern only scans the sentences holding one of its stems. A wording the pattern
matches but no stem covers would be skipped silently, so generate matches of each pattern
and check that every one holds a stem."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nezabudka.extraction import claims as C
from nezabudka.extraction import scan


def _assert_covered(pattern: re.Pattern[str], stems: tuple[str, ...], sample: str) -> None:
    m = pattern.search(sample)
    if m is None:  # lookarounds the generator cannot honour
        return
    found = m.group(0).lower()
    assert any(s in found for s in stems), f"{found!r} holds none of the stems {stems}"


_CHECK = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("kind", sorted(C.KEYWORDS))
def test_every_trigger_match_holds_a_keyword(kind: str) -> None:
    pattern = C.TRIGGERS[kind]

    @_CHECK
    @given(st.from_regex(scan.plain(pattern), fullmatch=True))
    def check(sample: str) -> None:
        _assert_covered(pattern, C.KEYWORDS[kind], sample)

    check()


@pytest.mark.parametrize("kind", sorted(C.COOCCURRENCE))
def test_every_cooccurrence_topic_holds_a_keyword(kind: str) -> None:
    topic = C.COOCCURRENCE[kind][0]

    @_CHECK
    @given(st.from_regex(scan.plain(topic), fullmatch=True))
    def check(sample: str) -> None:
        _assert_covered(topic, C.COOCCURRENCE_KEYWORDS[kind], sample)

    check()


def test_the_keyword_tables_name_the_same_kinds_as_the_patterns() -> None:
    assert set(C.KEYWORDS) <= set(C.TRIGGERS)
    assert set(C.COOCCURRENCE_KEYWORDS) == set(C.COOCCURRENCE)
