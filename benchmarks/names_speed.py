"""Name search speed at scale: NameIndex vs a plain rapidfuzz scan vs PostgreSQL pg_trgm.

Run: .venv/bin/python benchmarks/names_speed.py [--people 100000] [--queries 300] [--no-pg]

100,000 synthetic people x 5 forms (be/ru Cyrillic, passport, national 2007, English-media)
≈ 500,000 forms. Queries are spellings not stored verbatim (other systems, declined forms,
surname first). Reports build time, p50/p99 latency and memory for each method and the ratios.
PostgreSQL: ``NAMES_BENCH_PG`` (default postgresql://postgres@127.0.0.1:55432/postgres); the
script creates database ``names_bench`` with a GIN trigram index on the folded forms.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).parent))

from names_synth import Person, forms_for, make_registry

from nezabudka.names import NameIndex, transliterate

PG_URL = os.environ.get("NAMES_BENCH_PG", "postgresql://postgres@127.0.0.1:55432/postgres")


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def queries_for(people: list[Person], n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for p in rng.sample(people, n):
        kind = rng.randrange(4)
        if kind == 0:
            out.append(transliterate(p.be, "be_bgn"))
        elif kind == 1:
            g, s = p.be.split(" ", 1)
            out.append(
                f"{transliterate(s, 'be_passport').upper()} {transliterate(g, 'be_passport')}"
            )
        elif kind == 2:
            out.append(transliterate(p.be, "be_lacinka"))
        else:
            out.append(p.be)
    return out


def timed(search: Callable[[str], object], queries: list[str]) -> tuple[float, float]:
    lat: list[float] = []
    for q in queries:
        t = time.perf_counter()
        search(q)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    return statistics.median(lat), lat[min(len(lat) - 1, int(len(lat) * 0.99))]


def fold_plain(text: str) -> str:
    return " ".join(transliterate(text, "be_passport").lower().replace(",", " ").split())


def bench_pg(forms: list[tuple[int, str]], queries: list[str]) -> dict[str, float] | None:
    try:
        import psycopg
    except ImportError:
        return None
    try:
        admin = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except Exception as exc:  # the server may simply not be running
        print(f"pg_trgm skipped: {exc}")
        return None
    with admin:
        admin.execute("DROP DATABASE IF EXISTS names_bench")
        admin.execute("CREATE DATABASE names_bench")
    url = PG_URL.rsplit("/", 1)[0] + "/names_bench"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.execute("CREATE TABLE name_form (person_id int, form text, folded text)")
        t = time.perf_counter()
        with conn.cursor().copy("COPY name_form (person_id, form, folded) FROM STDIN") as cp:
            for pid, f in forms:
                cp.write_row((pid, f, fold_plain(f)))
        conn.execute("CREATE INDEX ON name_form USING gin (folded gin_trgm_ops)")
        conn.execute("ANALYZE name_form")
        build = time.perf_counter() - t
        size = conn.execute("SELECT pg_total_relation_size('name_form')").fetchone()
        conn.execute("SET pg_trgm.similarity_threshold = 0.4")
        sql = (
            "SELECT person_id, form, similarity(folded, %s) AS s FROM name_form "
            "WHERE folded %% %s ORDER BY s DESC LIMIT 10"
        )

        def search(q: str) -> object:
            f = fold_plain(q)
            return conn.execute(sql, (f, f)).fetchall()

        p50, p99 = timed(search, queries)
    return {"build": build, "p50": p50, "p99": p99, "mb": (size[0] if size else 0) / 2**20}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--scan-queries", type=int, default=30)
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()

    people = make_registry(args.people, lexicon_size=args.people // 5)
    forms = [(p.pid, f) for p in people for f in forms_for(p)]
    queries = queries_for(people, args.queries)
    print(f"{len(people)} people, {len(forms)} forms, {len(queries)} queries")

    gc.collect()
    base = rss_mb()
    t = time.perf_counter()
    ix = NameIndex()
    for pid, f in forms:
        ix.add(pid, f, None)
    build = time.perf_counter() - t
    gc.collect()
    # A long-lived index is ~1M objects; freezing them keeps gen-2 GC passes (≈1 s each)
    # out of query latency. The web/CLI process should do the same after a bulk build.
    gc.freeze()
    mem = rss_mb() - base
    for q in queries[:5]:
        ix.search(q)
    p50, p99 = timed(lambda q: ix.search(q, 10), queries)
    peak = psutil.Process().memory_info().rss / 2**20
    print(f"NameIndex      build {build:6.1f} s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  "
          f"+{mem:.0f} MB (process peak RSS {peak:.0f} MB)")  # fmt: skip

    choices = [fold_plain(f) for _, f in forms]
    sq = queries[: args.scan_queries]
    s50, s99 = timed(
        lambda q: process.extract(fold_plain(q), choices, scorer=fuzz.WRatio, limit=10), sq
    )
    print(f"rapidfuzz scan build    0.0 s  p50 {s50:7.2f} ms  p99 {s99:7.2f} ms  "
          f"({len(sq)} queries)")  # fmt: skip
    pg = None if args.no_pg else bench_pg(forms, queries)
    if pg:
        print(f"pg_trgm        build {pg['build']:6.1f} s  p50 {pg['p50']:7.2f} ms  "
              f"p99 {pg['p99']:7.2f} ms  table+index {pg['mb']:.0f} MB")  # fmt: skip
    print(f"ratios (other / NameIndex): scan p50 x{s50 / p50:.0f}, p99 x{s99 / p99:.0f}", end="")
    if pg:
        print(f"; pg_trgm p50 x{pg['p50'] / p50:.1f}, p99 x{pg['p99'] / p99:.1f}", end="")
    print()


if __name__ == "__main__":
    main()
