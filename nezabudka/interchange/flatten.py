"""Flatten a person document (the JSONL export format) into one spreadsheet row with the same
columns the importer reads, so a CSV/XLSX export can be re-imported. The flat form keeps the
current (accepted) values; JSON Lines is the lossless format with every fact and citation."""

from __future__ import annotations

from typing import Any

from nezabudka.core.articles import parse_article
from nezabudka.core.sentences import Sentence
from nezabudka.interchange.rows import COLUMNS

EXPORT_COLUMNS = ["id", *COLUMNS]
_LIVE = ("accepted", "disputed", "suggested")


def _live(
    facts: list[dict[str, Any]], kind: str, subtype: str | None = None
) -> list[dict[str, Any]]:
    chosen = [
        f
        for f in facts
        if f["kind"] == kind
        and f.get("status", "accepted") in _LIVE
        and (subtype is None or f.get("subtype") == subtype)
    ]
    return sorted(chosen, key=lambda f: f.get("status", "accepted") != "accepted")


def flatten(doc: dict[str, Any]) -> dict[str, str]:
    facts = doc.get("facts", [])
    row = dict.fromkeys(EXPORT_COLUMNS, "")
    row["id"] = str(doc.get("id", ""))
    row["external_id"] = doc.get("external_id") or ""
    names = [f["value"] for f in _live(facts, "name")]
    display = doc.get("display_name") or (names[0] if names else "")
    row["name"] = display
    row["names"] = " | ".join(n for n in dict.fromkeys(names) if n != display)
    for column, kind, subtype in (
        ("birth_date", "birth_date", None),
        ("arrested_on", "event", "detention"),
        ("released_on", "event", "release"),
    ):
        found = _live(facts, kind, subtype)
        row[column] = found[0].get("date", "") if found else ""
    for column, kind in (("gender", "gender"), ("status", "status")):
        found = _live(facts, kind)
        row[column] = found[0].get("value", "") if found else ""
    row["articles"] = "; ".join(
        parse_article(f["article_ref"]).label() for f in _live(facts, "charge")
    )
    sentences = _live(facts, "sentence")
    if sentences:
        s = sentences[0]
        d = s.get("details", {})
        if s.get("years") is not None or s.get("months") is not None or d.get("fine"):
            row["sentence"] = Sentence(
                years=s.get("years") or 0,
                months=s.get("months") or 0,
                fine=bool(d.get("fine")),
                fine_amount=d.get("fine_amount"),
                life=bool(d.get("life")),
            ).text()
        row["regime"] = s.get("regime", "")
    custody = _live(facts, "custody")
    if custody:
        latest = max(custody, key=lambda f: f.get("date", ""))
        row["place_of_detention"] = latest.get("place_key") or latest.get("value", "")
    row["publication"] = doc.get("publication", "internal")
    notes = _live(facts, "note")
    row["notes"] = "\n".join(f["value"] for f in notes)
    urls = [
        c["source"]["url"]
        for f in facts
        for c in f.get("citations", [])
        if c["source"].get("url") and c["source"].get("kind") != "import"
    ]
    row["source_url"] = urls[0] if urls else ""
    return row
