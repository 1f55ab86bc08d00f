"""Evaluate the extractor on the hand-annotated gold set.

    python -m nezabudka.extraction.evaluate [--json] [--split SPLIT] [--gold DIR] [-v]

Splits: ``tuned`` — the reports the rules were developed on (the seeds, r01–r18); ``holdout``
— everything else; ``blind`` — the holdout reports written after the extractor existed, in
deliberately different wording (``batch2``…``batch5`` pick one batch). Each holdout batch was
scored once before anything was changed because of it (first-run figures are in
docs/benchmarks.md, "Article in, facts out"); batch 5 was never tuned on at all.

Matching rules
--------------
* **People**: a predicted person matches a gold person when their normalised names are equal
  (case-folded, ё→е, punctuation dropped) or when the surnames are equal and the given names
  start with the same letter. Matching is one-to-one, in gold order.
* **Roles**: a matched person whose role equals the gold role.
* **Claims**: a claim matches when the person matches and the kind and every key field are equal:
  ``date`` for all kinds except ``held_at`` (the precision must be the same: "2021-02" is not
  "2021-02-10"), plus ``article`` (charged), ``years``/``months``/``regime`` (sentenced),
  ``facility`` kind/number/town (held_at, transferred) and ``how`` (released). Claims are
  multisets; claims of unmatched people count as false positives / negatives.
* **articles**: (person, article) pairs of charged claims; **dates**: (person, kind, date) of
  every claim that has a date in the gold or the output; **sentence length**: (person, years,
  months) of sentenced claims.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from nezabudka.extraction.pipeline import extract

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "extraction" / "gold"
# The newest batches, never looked at while changing the rules: the next honest measurement.
# ``--split seen`` is everything else (what the tests hold the rules to).
UNTOUCHED_BATCHES: frozenset[str] = frozenset()
KEY_FIELDS = {
    "charged": ("article",),
    "sentenced": ("years", "months", "regime"),
    "held_at": ("facility",),
    "transferred": ("facility",),
    "released": ("how",),
}


def load_gold(gold_dir: Path = GOLD_DIR, split: str = "all") -> list[dict[str, Any]]:
    reports = []
    for f in sorted(gold_dir.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        if "text_file" in d:
            d["text"] = (gold_dir / d["text_file"]).read_text(encoding="utf-8")
        if split == "tuned" and d.get("holdout"):
            continue
        if split == "holdout" and not d.get("holdout"):
            continue
        if split == "blind" and not d.get("blind"):
            continue
        if split == "seen" and str(d.get("batch")) in UNTOUCHED_BATCHES:
            continue
        if split.startswith("batch") and str(d.get("batch")) != split[5:]:
            continue
        reports.append(d)
    return reports


def norm_name(name: str) -> str:
    t = name.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", "", t).split())


def _same_person(a: str, b: str) -> bool:
    na, nb = norm_name(a), norm_name(b)
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if wa and wb and min(len(wa), len(wb)) == 1:  # "Lukashenka" (an official by surname)
        return wa[-1] == wb[-1]
    return bool(wa and wb and wa[-1] == wb[-1] and wa[0][:1] == wb[0][:1])


def match_people(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """gold index -> predicted index."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    # exact names first, so "Сяргей К." is not taken by "Святлана К." (same surname and initial)
    for same in (lambda a, b: norm_name(a) == norm_name(b), _same_person):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(pred):
                if pi not in used and same(g["name"], p["name"]):
                    pairs[gi] = pi
                    used.add(pi)
                    break
    return pairs


def claim_key(c: dict[str, Any]) -> tuple[Any, ...]:
    kind = c["kind"]
    fields: list[Any] = [kind]
    if kind != "held_at":
        fields.append(c.get("date"))
    for f in KEY_FIELDS.get(kind, ()):
        v = c.get(f)
        if f == "months":
            v = v or 0
        if f == "facility" and v is not None:
            v = (v.get("kind"), v.get("number"), v.get("town"))
        fields.append(v)
    return tuple(fields)


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: Counter[Any], pred: Counter[Any]) -> None:
        both = gold & pred
        self.tp += sum(both.values())
        self.fp += sum((pred - both).values())
        self.fn += sum((gold - both).values())

    def scores(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def evaluate(reports: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    tallies: dict[str, Tally] = {}

    def t(name: str) -> Tally:
        return tallies.setdefault(name, Tally())

    errors: list[str] = []
    for rep in reports:
        out = extract(rep["text"], rep.get("lang"), reference_date=rep.get("reference_date"))
        gold_people, pred_people = rep["people"], out["people"]
        pairs = match_people(gold_people, pred_people)
        rev = {v: k for k, v in pairs.items()}
        t("people").add(
            Counter(range(len(gold_people))),
            Counter(rev.get(i, -1 - i) for i in range(len(pred_people))),
        )
        g_roles = Counter((i, g["role"]) for i, g in enumerate(gold_people))
        p_roles = Counter((rev.get(i, -1 - i), p["role"]) for i, p in enumerate(pred_people))
        t("roles").add(g_roles, p_roles)
        gold_c: Counter[Any] = Counter()
        pred_c: Counter[Any] = Counter()
        for i, g in enumerate(gold_people):
            for c in g["claims"]:
                gold_c[(i, claim_key(c))] += 1
        for i, p in enumerate(pred_people):
            for c in p["claims"]:
                pred_c[(rev.get(i, -1 - i), claim_key(c))] += 1
        t("claims (all)").add(gold_c, pred_c)
        kinds = {k[1][0] for k in gold_c} | {k[1][0] for k in pred_c}
        for kind in sorted(kinds):
            t(f"kind:{kind}").add(
                Counter({k: v for k, v in gold_c.items() if k[1][0] == kind}),
                Counter({k: v for k, v in pred_c.items() if k[1][0] == kind}),
            )

        def sub(counter: Counter[Any], pick: Any) -> Counter[Any]:
            res: Counter[Any] = Counter()
            for (person, key), n in counter.items():
                v = pick(key)
                if v is not None:
                    res[(person, v)] += n
            return res

        t("articles").add(
            sub(gold_c, lambda k: k[2] if k[0] == "charged" else None),
            sub(pred_c, lambda k: k[2] if k[0] == "charged" else None),
        )
        t("dates").add(
            sub(gold_c, lambda k: (k[0], k[1]) if k[0] != "held_at" and k[1] else None),
            sub(pred_c, lambda k: (k[0], k[1]) if k[0] != "held_at" and k[1] else None),
        )
        t("sentence length").add(
            sub(gold_c, lambda k: (k[2], k[3]) if k[0] == "sentenced" else None),
            sub(pred_c, lambda k: (k[2], k[3]) if k[0] == "sentenced" else None),
        )
        if verbose:
            for gi, g in enumerate(gold_people):
                if gi not in pairs:
                    errors.append(f"{rep['id']}: missed person {g['name']}")
                elif pred_people[pairs[gi]]["role"] != g["role"]:
                    errors.append(
                        f"{rep['id']}: role of {g['name']}: "
                        f"{pred_people[pairs[gi]]['role']} (gold {g['role']})"
                    )
            for pi, p in enumerate(pred_people):
                if pi not in rev:
                    errors.append(f"{rep['id']}: extra person {p['name']} ({p['role']})")
            for (person, key), _n in (gold_c - pred_c).items():
                errors.append(f"{rep['id']}: missed {key} of person #{person}")
            for (person, key), _n in (pred_c - gold_c).items():
                errors.append(f"{rep['id']}: extra {key} of person #{person}")
    result = {
        name: tally.scores()
        for name, tally in sorted(
            tallies.items(), key=lambda kv: (kv[0].startswith("kind:"), kv[0])
        )
    }
    result["reports"] = len(reports)  # type: ignore[assignment]
    if verbose:
        result["errors"] = errors  # type: ignore[assignment]
    return result


def format_table(result: dict[str, Any]) -> str:
    lines = [f"{'measure':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for name, s in result.items():
        if not isinstance(s, dict):
            continue
        lines.append(
            f"{name:<26}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
        )
    lines.append(f"reports: {result['reports']}")
    return "\n".join(lines)


_SPLITS = ("all", "seen", "tuned", "holdout", "blind")


def _split(value: str) -> str:
    if value in _SPLITS or re.fullmatch(r"batch\d+", value):
        return value
    raise argparse.ArgumentTypeError(
        f"unknown split {value!r}: use one of {', '.join(_SPLITS)}, or batchN (e.g. batch12)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument(
        "--split",
        type=_split,
        default="all",
        help="all, seen (all but the untouched batches), tuned, holdout, blind, or batchN",
    )
    ap.add_argument(
        "--exclude-batch",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="leave batch N out (keep an untouched held-out batch unseen while tuning)",
    )
    ap.add_argument("--gold", type=Path, default=GOLD_DIR)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)
    excluded = {str(n) for n in args.exclude_batch}
    reports = [r for r in load_gold(args.gold, args.split) if str(r.get("batch")) not in excluded]
    result = evaluate(reports, args.verbose)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        try:
            print(format_table(result))
            for e in result.get("errors", []):
                print(e)
        except BrokenPipeError:  # `… | head`
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
