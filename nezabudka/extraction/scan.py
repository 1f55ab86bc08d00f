"""Fast case-insensitive patterns.

Python's ``re`` scans a case-insensitive pattern (``re.I``) several times slower than the same
pattern without the flag: every letter it compares is case-folded first. The extractor runs
hundreds of such patterns over every report, so the extraction modules compile their patterns
with ``scan.compile``. For a case-insensitive pattern it returns a ``FastPattern``: ``search``
and ``finditer`` look for where a match starts in the lower-cased text with a flag-free copy of
the pattern, then match the original pattern on the original text there. The matches are the
original pattern's (same spans, same groups, original letters), only found sooner; other
methods and patterns without ``re.I`` are the plain ``re`` ones.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, cast

# An escape (kept as written: \S is not \s), a group name (kept: m.group("N") must still
# work) or any other character (lower-cased).
_TOKEN = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|.", re.S)


def _flag_free_source(pattern: re.Pattern[str]) -> str | None:
    """The pattern's source with its literals lower-cased, to compile without re.I, or None
    when that copy might not be equivalent (a backreference, a part that turns re.I off)."""
    source = pattern.pattern
    if not pattern.flags & re.I or "(?P=" in source or "(?-" in source:
        return None
    if re.search(r"\\\d", source):
        return None
    return "".join(t if t.startswith(("\\", "(?P")) else t.lower() for t in _TOKEN.findall(source))


@lru_cache(maxsize=64)
def lowered(text: str) -> str | None:
    """The text lower-cased, or None when lower-casing changes its length ("İ" → "i̇"), which
    would shift every offset."""
    low = text.lower()
    return low if len(low) == len(text) else None


class FastPattern:
    """A case-insensitive ``re.Pattern`` whose ``search`` and ``finditer`` scan faster."""

    __slots__ = ("_fast", "_fast_source", "_p", "flags", "groupindex", "groups", "pattern")

    def __init__(self, p: re.Pattern[str], fast_source: str) -> None:
        # the flag-free copy is compiled on first use: most patterns of a module never scan a
        # given report, and compiling ~400 copies at import would double the start-up time
        self._p, self._fast_source = p, fast_source
        self._fast: re.Pattern[str] | None = None
        self.pattern, self.flags, self.groups, self.groupindex = (
            p.pattern,
            p.flags,
            p.groups,
            p.groupindex,
        )

    def __repr__(self) -> str:
        return f"FastPattern({self._p!r})"

    def _flag_free(self) -> re.Pattern[str]:
        if self._fast is None:
            self._fast = re.compile(self._fast_source, self._p.flags & ~re.I)
        return self._fast

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        end = min(endpos, len(string))
        low = lowered(string)
        if low is None:
            return self._p.search(string, pos, end)
        hit = self._flag_free().search(low, pos, end)
        if hit is None:
            return None
        return self._p.match(string, hit.start(), end) or self._p.search(string, hit.start(), end)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        end = min(endpos, len(string))
        pos = max(0, min(pos, len(string)))  # as re clamps it
        low = lowered(string)
        if low is None:
            yield from self._p.finditer(string, pos, end)
            return
        fast = self._flag_free()
        while pos <= end:
            hit = fast.search(low, pos, end)
            if hit is None:
                return
            m = self._p.match(string, hit.start(), end)
            if m is None or m.end() == m.start():
                # an empty match (finditer's rules for what may follow it are its own), or
                # none (not expected of an equivalent copy): the plain scan from here on
                yield from self._p.finditer(string, hit.start(), end)
                return
            yield m
            pos = m.end()

    # anchored or rare: the plain pattern's own
    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._p.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._p.fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._p.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:  # sub, subn, split, scanner
        return getattr(self._p, name)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``; a case-insensitive pattern comes back as a
    ``FastPattern``, which has every ``re.Pattern`` method the extractor uses."""
    p = re.compile(source, flags)
    fast_source = _flag_free_source(p)
    return p if fast_source is None else cast(re.Pattern[str], FastPattern(p, fast_source))


def plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The plain ``re.Pattern`` behind a pattern ``compile`` made, for tools that need the
    real type (Hypothesis's ``from_regex``)."""
    return pattern._p if isinstance(pattern, FastPattern) else pattern
