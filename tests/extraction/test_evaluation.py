"""The gold set meets the issue's targets (and the evaluation command runs)."""

from __future__ import annotations

import json

from nezabudka.extraction.evaluate import UNTOUCHED_BATCHES, evaluate, load_gold, main

# The batch tuned on for one session only: guarded at its own (lower) level.
LATEST_TUNED = "9"


def test_targets_on_the_reports_the_rules_were_fixed_on() -> None:
    """A regression guard: every batch except the untouched one (whose first-run score is the
    honest figure in docs/benchmarks.md) and the latest one tuned on. Thresholds sit just under
    today's scores."""
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) != LATEST_TUNED]
    assert len(reports) >= 89
    assert not [r for r in reports if str(r.get("batch")) in UNTOUCHED_BATCHES]
    r = evaluate(reports)
    for measure in ("people", "roles", "articles", "sentence length"):
        assert r[measure]["f1"] >= 0.97, (measure, r[measure])
    assert r["dates"]["f1"] >= 0.92, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.93, r["claims (all)"]


def test_latest_tuned_batch_does_not_slip() -> None:
    reports = load_gold(split=f"batch{LATEST_TUNED}")
    assert len(reports) == 12
    r = evaluate(reports)
    assert r["people"]["f1"] >= 0.95, r["people"]
    assert r["articles"]["f1"] >= 0.85, r["articles"]
    assert r["claims (all)"]["f1"] >= 0.62, r["claims (all)"]


def test_cli_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--json", "--split", "holdout"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reports"] >= 5 and "claims (all)" in out
