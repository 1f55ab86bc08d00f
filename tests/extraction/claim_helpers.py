"""Helpers shared by the rule tests: one person's suggested claims without their quotes."""

from __future__ import annotations

from typing import Any

from nezabudka.extraction import extract


def claims_in(result: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The claims of the person called ``name`` in an extraction result (quotes kept)."""
    return list(next(p for p in result["people"] if p["name"] == name)["claims"])


def claims_of(text: str, lang: str, name: str, ref: str = "2024-03-01") -> list[dict[str, Any]]:
    claims = claims_in(extract(text, lang, reference_date=ref), name)
    for c in claims:
        c.pop("quote")
    return claims


def first_named_claims(text: str, lang: str, ref: str = "2024-06-20") -> list[dict[str, Any]]:
    """The claims of the first person a probe text names (quotes kept)."""
    return list(extract(text, lang, reference_date=ref)["people"][0]["claims"])


def first_named_dated_kinds(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(kind, date) of each claim of the first person a probe text names: what the wording
    tables check."""
    return [(c["kind"], c.get("date")) for c in first_named_claims(text, lang)]


def has(claims: list[dict[str, Any]], **want: Any) -> bool:
    return any(all(c.get(k) == v for k, v in want.items()) for c in claims)
