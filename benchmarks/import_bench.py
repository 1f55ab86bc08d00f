"""Import of N synthetic people from CSV: wall time and peak memory, on SQLite and PostgreSQL,
against the obvious alternative (one service call per person and fact, as a form would do).

    .venv/bin/python benchmarks/import_bench.py [--people 50000] [--baseline 1000] [--pg URL]

Each import runs in a fresh `nezabudka import` process so its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NEZABUDKA = [sys.executable, "-m", "nezabudka.cli"]


def write_rows(path: Path, n: int, seed: int) -> None:
    from nezabudka.demo.synthetic import generate_rows
    from nezabudka.interchange.flatten import EXPORT_COLUMNS

    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[c for c in EXPORT_COLUMNS if c != "id"])
        writer.writeheader()
        writer.writerows(generate_rows(n, seed))


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(NEZABUDKA + args, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024  # MiB (ru_maxrss is KiB on Linux)


def fresh_pg(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


BASELINE = r"""
import csv, sys, time
import django; django.setup()
from django.db import transaction
from nezabudka.interchange.rows import validate_rows
from nezabudka.registry import services
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
valid, problems, _ = validate_rows(enumerate(rows, start=2))
actor = services.Actor("bench")
start = time.perf_counter()
with transaction.atomic():
    src, _ = services.ensure_source(actor, kind="import", title="baseline", sha256="0" * 64)
    for r in valid:
        p = services.create_person(actor, external_id=r.external_id, publication=r.publication)
        for f in r.facts():
            services.add_fact(actor, p, f, [services.CitationData(src, locator=f"row {r.row}")])
print(time.perf_counter() - start)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50_000)
    ap.add_argument("--baseline", type=int, default=1_000)
    ap.add_argument("--pg", default=os.environ.get("NEZABUDKA_BENCH_PG"))
    opts = ap.parse_args()
    if not opts.pg:
        opts.pg = subprocess.run(
            [str(ROOT / "scripts/pg-test-server")], check=True, capture_output=True, text=True
        ).stdout.strip()
    tmp = Path(tempfile.mkdtemp(prefix="nzb-bench-"))
    big, small = tmp / f"people-{opts.people}.csv", tmp / f"people-{opts.baseline}.csv"
    write_rows(big, opts.people, 42)
    write_rows(small, opts.baseline, 43)
    print(
        f"# import benchmark — {time.strftime('%Y-%m-%d')}, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"CSV: {opts.people} people, {big.stat().st_size / 2**20:.1f} MiB")
    targets = {
        "sqlite": f"sqlite:///{tmp}/bench.sqlite3",
        "postgresql": fresh_pg(opts.pg, "nezabudka_bench"),
    }
    for name, url in targets.items():
        env = dict(
            os.environ,
            NEZABUDKA_DATABASE_URL=url,
            NEZABUDKA_PROGRESS="0",
            DJANGO_SETTINGS_MODULE="nezabudka.settings",
        )
        run(["init"], env)
        wall, peak = run(["import", str(big)], env)
        again, _ = run(["import", str(big)], env)
        print(
            f"{name:<10} bulk import: {wall:7.1f} s  ({opts.people / wall:6.0f} people/s), "
            f"peak RSS {peak:5.0f} MiB; re-import of the same file {again:.1f} s"
        )
        base_url = (
            f"sqlite:///{tmp}/base.sqlite3"
            if name == "sqlite"
            else fresh_pg(opts.pg, "nezabudka_bench_base")
        )
        env_b = dict(env, NEZABUDKA_DATABASE_URL=base_url)
        run(["init"], env_b)
        out = subprocess.run(
            [sys.executable, "-c", BASELINE, str(small)],
            env=env_b,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        base = float(out.strip().splitlines()[-1])
        print(
            f"{name:<10} row-by-row service calls: {opts.baseline / base:6.0f} people/s "
            f"-> bulk path is {(opts.people / wall) / (opts.baseline / base):.1f}x faster"
        )


if __name__ == "__main__":
    main()
