"""Name search quality: recall@1/@5 and confident false matches, vs a plain rapidfuzz scan.

Run: .venv/bin/python benchmarks/names_quality.py [--people 20000] [--misses]

Two registries of the same people: one holding only the Belarusian Cyrillic form, one holding
only one passport-style Latin form. Queries are the real-world spellings of
``data/names/real_people.csv``; absent queries are ``data/names/absent_names.txt`` plus
generated near-misses. conf.present = share of variant queries whose top hit is the right
person with a confident score (≥ 0.9); conf.absent = share of absent names whose top hit is
confident (a false match). The baseline folds Cyrillic to Latin (passport romanization,
lower case) and scans every stored form with ``rapidfuzz.process.extract`` (WRatio).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).parent))

from names_synth import load_absent, load_real, make_registry, near_misses

from nezabudka.names import CONFIDENT, NameIndex, fold, transliterate

Search = Callable[[str, int], list[tuple[int, float]]]


def baseline_fold(text: str) -> str:
    return " ".join(transliterate(text, "be_passport").lower().replace(",", " ").split())


def make_baseline(forms: dict[int, str]) -> Search:
    pids = list(forms)
    choices = [baseline_fold(forms[p]) for p in pids]

    def search(q: str, limit: int) -> list[tuple[int, float]]:
        res = process.extract(baseline_fold(q), choices, scorer=fuzz.WRatio, limit=limit)
        return [(pids[i], s / 100.0) for _, s, i in res]

    return search


def make_index(forms: dict[int, str]) -> tuple[Search, float]:
    t = time.perf_counter()
    ix = NameIndex()
    for pid, form in forms.items():
        ix.add(pid, form)
    build = time.perf_counter() - t

    def search(q: str, limit: int) -> list[tuple[int, float]]:
        return [(m.person_id, m.score) for m in ix.search(q, limit)]

    return search, build


def evaluate(
    search: Search, present: list[tuple[str, int]], absent: list[str]
) -> tuple[float, float, float, float, list[str]]:
    r1 = r5 = sure = 0
    misses: list[str] = []
    for q, pid in present:
        found = search(q, 5)
        res = [p for p, _ in found]
        r1 += bool(res[:1] == [pid])
        sure += bool(res[:1] == [pid] and found[0][1] >= CONFIDENT)
        r5 += pid in res
        if res[:1] != [pid]:
            misses.append(f"{q!r} -> {res[:3]} (want {pid})")
    conf = 0
    for q in absent:
        res = search(q, 1)
        if res and res[0][1] >= CONFIDENT:
            conf += 1
            misses.append(f"absent {q!r} confidently -> {res[0]}")
    n = len(present)
    return r1 / n, r5 / n, sure / n, conf / len(absent), misses


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=20_000)
    ap.add_argument("--misses", action="store_true", help="print failed queries")
    args = ap.parse_args()

    real = load_real()
    registry = make_registry(args.people)
    by_key = {p.real: p.pid for p in registry if p.real}
    present = [(v, by_key[rp.key]) for rp in real for v in rp.variants]
    folds = {fold(p.surname_be) for p in registry}
    absent = load_absent() + near_misses(real, folds)
    passports = {rp.key: rp.passport for rp in real}

    cyr = {p.pid: p.be for p in registry}
    lat = {
        p.pid: passports[p.real] if p.real else transliterate(p.be, "be_passport") for p in registry
    }
    print(f"registry: {len(registry)} people; {len(real)} real people, {len(present)} variant")
    print(f"queries; {len(absent)} absent names")
    print(
        f"{'registry form':<22}{'method':<16}{'recall@1':>9}{'recall@5':>9}"
        f"{'conf.present':>13}{'conf.absent':>12}"
    )
    for label, forms in (("Belarusian Cyrillic", cyr), ("passport Latin", lat)):
        idx_search, build = make_index(forms)
        for name, search in (("NameIndex", idx_search), ("rapidfuzz scan", make_baseline(forms))):
            r1, r5, sure, fa, misses = evaluate(search, present, absent)
            print(f"{label:<22}{name:<16}{r1:>9.3f}{r5:>9.3f}{sure:>13.3f}{fa:>12.3f}")
            if args.misses and name == "NameIndex":
                print("   " + "\n   ".join(misses))
        print(f"  (index build {build:.1f} s)")


if __name__ == "__main__":
    main()
