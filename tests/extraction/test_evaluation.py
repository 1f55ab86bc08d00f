"""The gold set meets the issue's targets (and the evaluation command runs)."""

from __future__ import annotations

import json

import pytest

from nezabudka.extraction.evaluate import UNTOUCHED_BATCHES, evaluate, load_gold, main

# Batches written by blind annotators, each scored once before any rule was made from it (the
# first-run figures are in docs/benchmarks.md) and tuned on afterwards: each group is guarded at
# its own level, just under today's scores (the newer groups are harder and were tuned on for
# less time). (first batch, last batch): (reports, minimum F1 per measure)
_MEASURES = ("people", "roles", "articles", "sentence length", "dates", "claims (all)")
GROUPS: dict[tuple[int, int], tuple[int, tuple[float, ...]]] = {
    (9, 50): (504, (0.99, 0.97, 0.97, 0.955, 0.94, 0.93)),
    (51, 56): (72, (0.99, 0.945, 0.955, 0.95, 0.90, 0.90)),
    (57, 62): (72, (0.99, 0.96, 0.97, 0.95, 0.94, 0.93)),
    (63, 68): (72, (0.99, 0.965, 0.975, 0.93, 0.935, 0.935)),
    # session 16's first run: all claims 0.869, dates 0.849 (session-start code 0.865, 0.837)
    (69, 74): (72, (0.99, 0.975, 0.98, 0.965, 0.925, 0.925)),
    # session 17's first run: all claims 0.867, dates 0.857 (session-start code 0.862, 0.850)
    (75, 80): (72, (0.985, 0.96, 0.975, 0.955, 0.93, 0.93)),
    # session 18's first run: all claims 0.849, dates 0.850 (session-start code 0.840, 0.839)
    (81, 86): (72, (0.99, 0.96, 0.95, 0.925, 0.91, 0.895)),
    # session 19's first run: all claims 0.872, dates 0.852 (session-start code 0.868, 0.844)
    (87, 92): (72, (0.99, 0.975, 0.985, 0.965, 0.95, 0.945)),
    # session 20's first runs (the tuning helpers' tools showed some rows of 93–98 by mistake;
    # 99–104 were written later and seen by nobody): 93–98 all claims 0.882, dates 0.870
    # (session-start code 0.867, 0.850); 99–104 all claims 0.914, dates 0.909 (0.911, 0.902)
    (93, 98): (72, (0.985, 0.96, 0.95, 0.92, 0.865, 0.875)),
    (99, 104): (72, (0.985, 0.955, 0.97, 0.94, 0.90, 0.905)),
}
TUNED_IN_GROUPS = {str(n) for first, last in GROUPS for n in range(first, last + 1)}


def test_targets_on_the_reports_the_rules_were_fixed_on() -> None:
    """A regression guard: every batch except the untouched ones (whose first-run score is the
    honest figure in docs/benchmarks.md) and the blind groups below. Thresholds sit just under
    today's scores."""
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) not in TUNED_IN_GROUPS]
    assert len(reports) >= 89
    assert not [r for r in reports if str(r.get("batch")) in UNTOUCHED_BATCHES]
    r = evaluate(reports)
    for measure in ("people", "roles", "articles", "sentence length"):
        assert r[measure]["f1"] >= 0.97, (measure, r[measure])
    assert r["dates"]["f1"] >= 0.96, r["dates"]
    assert r["claims (all)"]["f1"] >= 0.97, r["claims (all)"]


@pytest.mark.parametrize("group", sorted(GROUPS), ids=lambda g: f"batches {g[0]}-{g[1]}")
def test_blind_batch_groups_do_not_slip(group: tuple[int, int]) -> None:
    batches = {str(n) for n in range(group[0], group[1] + 1)}
    reports = [r for r in load_gold(split="seen") if str(r.get("batch")) in batches]
    count, minima = GROUPS[group]
    assert len(reports) == count
    r = evaluate(reports)
    for measure, minimum in zip(_MEASURES, minima, strict=True):
        assert r[measure]["f1"] >= minimum, (measure, r[measure])


def test_cli_json(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--json", "--split", "holdout"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reports"] >= 5 and "claims (all)" in out
