"""The gold set meets the issue's targets (and the evaluation command runs)."""

from __future__ import annotations

import json

from nezabudka.extraction.evaluate import evaluate, load_gold, main


def test_targets_on_whole_gold_set() -> None:
    reports = load_gold()
    assert len(reports) >= 22
    r = evaluate(reports)
    for measure in ("people", "roles", "articles", "dates", "sentence length"):
        assert r[measure]["f1"] >= 0.9, (measure, r[measure])
    assert r["claims (all)"]["f1"] >= 0.8, r["claims (all)"]


def test_cli_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--json", "--split", "holdout"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reports"] >= 5 and "claims (all)" in out
