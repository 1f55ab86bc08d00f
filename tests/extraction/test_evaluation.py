"""The gold set meets the issue's targets (and the evaluation command runs)."""

from __future__ import annotations

import json

from nezabudka.extraction.evaluate import UNTOUCHED_BATCHES, evaluate, load_gold, main

# The batches tuned on for one session only (harder genres: testimonies, interviews, digests):
# guarded at their own, lower level.
RECENTLY_TUNED = {str(n) for n in range(9, 51)}  # batches 9–50
# Scored once at the end of session 13 and tuned on only for its last minutes: guarded at
# their own level, well under the targets (first run: all claims 0.802, dates 0.779).
JUST_SCORED = {str(n) for n in range(51, 57)}  # batches 51–56
# Written in session 14 and scored once: 57-59 early in it (first run: all claims 0.822, dates
# 0.817), then tuned on; 60-62 at its end (first run: all claims 0.861, dates 0.837).
NEWLY_SCORED = {str(n) for n in range(57, 63)}  # batches 57–62
# Written in session 15 and scored once: 63-65 early in it (first run: all claims 0.827, dates
# 0.789), then tuned on; 66-68 at its end (first run: all claims 0.892, dates 0.877).
LATEST_SCORED = {str(n) for n in range(63, 69)}  # batches 63–68


def test_targets_on_the_reports_the_rules_were_fixed_on() -> None:
    """A regression guard: every batch except the untouched one (whose first-run score is the
    honest figure in docs/benchmarks.md) and the ones tuned on only recently. Thresholds sit
    just under today's scores."""
    reports = [
        r
        for r in load_gold(split="seen")
        if str(r.get("batch")) not in RECENTLY_TUNED | JUST_SCORED | NEWLY_SCORED | LATEST_SCORED
    ]
    assert len(reports) >= 89
    assert not [r for r in reports if str(r.get("batch")) in UNTOUCHED_BATCHES]
    r = evaluate(reports)
    for measure in ("people", "roles", "articles", "sentence length"):
        assert r[measure]["f1"] >= 0.97, (measure, r[measure])
    assert r["dates"]["f1"] >= 0.96, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.97, r["claims (all)"]


def test_recently_tuned_batches_do_not_slip() -> None:
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) in RECENTLY_TUNED]
    assert len(reports) == 504
    r = evaluate(reports)
    assert r["people"]["f1"] >= 0.99, r["people"]
    assert r["roles"]["f1"] >= 0.96, r["roles"]
    assert r["articles"]["f1"] >= 0.95, r["articles"]
    assert r["sentence length"]["f1"] >= 0.945, r["sentence length"]
    assert r["dates"]["f1"] >= 0.885, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.89, r["claims (all)"]


def test_just_scored_batches_do_not_slip() -> None:
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) in JUST_SCORED]
    assert len(reports) == 72
    r = evaluate(reports)
    assert r["people"]["f1"] >= 0.98, r["people"]
    assert r["roles"]["f1"] >= 0.9, r["roles"]
    assert r["articles"]["f1"] >= 0.885, r["articles"]
    assert r["sentence length"]["f1"] >= 0.91, r["sentence length"]
    assert r["dates"]["f1"] >= 0.785, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.805, r["claims (all)"]


def test_newly_scored_batches_do_not_slip() -> None:
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) in NEWLY_SCORED]
    assert len(reports) == 72
    r = evaluate(reports)
    assert r["people"]["f1"] >= 0.99, r["people"]
    assert r["roles"]["f1"] >= 0.945, r["roles"]
    assert r["articles"]["f1"] >= 0.97, r["articles"]
    assert r["sentence length"]["f1"] >= 0.95, r["sentence length"]
    assert r["dates"]["f1"] >= 0.855, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.87, r["claims (all)"]


def test_latest_scored_batches_do_not_slip() -> None:
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) in LATEST_SCORED]
    assert len(reports) == 72
    r = evaluate(reports)
    assert r["people"]["f1"] >= 0.985, r["people"]
    assert r["roles"]["f1"] >= 0.95, r["roles"]
    assert r["articles"]["f1"] >= 0.955, r["articles"]
    assert r["sentence length"]["f1"] >= 0.915, r["sentence length"]
    assert r["dates"]["f1"] >= 0.865, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.88, r["claims (all)"]


def test_cli_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--json", "--split", "holdout"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reports"] >= 5 and "claims (all)" in out
