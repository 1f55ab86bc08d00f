"""Article in, facts out: suggested people and claims from reports (en/ru/be), offline.

Nothing here writes to the registry: callers show the suggestions to a person for review.
"""

from __future__ import annotations

from nezabudka.extraction.claims import CLAIM_KINDS
from nezabudka.extraction.lang import detect_language
from nezabudka.extraction.pipeline import extract, extract_file

__all__ = ["CLAIM_KINDS", "Document", "detect_language", "extract", "extract_file", "read_document"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    if name in ("read_document", "Document"):
        from nezabudka.extraction import ingest

        return getattr(ingest, name)
    raise AttributeError(name)
