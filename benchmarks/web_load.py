"""Web load benchmark: the public list and a person page with 10,000 people, served by gunicorn
on loopback, loaded by wrk (or a Python load generator when wrk is missing), on SQLite and on
PostgreSQL. Prints requests/s, p95 latency and the number of SQL queries per page.

    python benchmarks/web_load.py --db sqlite --db postgres --people 10000 --duration 15

PostgreSQL: a database ``nezabudka_webbench`` is created on the server named by --pg (default
the test server of scripts/pg-test-server). Figures go to docs/benchmarks.md ("Web application") by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
NZ = str(Path(PY).with_name("nezabudka"))


def prepare(url: str, people: int) -> None:
    env = os.environ | {"NEZABUDKA_DATABASE_URL": url, "NEZABUDKA_PROGRESS": "0"}
    if url.startswith("postgresql"):
        import psycopg

        admin = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute(
                "select 1 from pg_database where datname = 'nezabudka_webbench'"
            ).fetchone()
            if not exists:
                conn.execute("create database nezabudka_webbench")
    subprocess.run([NZ, "init"], env=env, check=True, cwd=ROOT)
    count = subprocess.run(
        [
            PY,
            "-c",
            "import django,os;os.environ['DJANGO_SETTINGS_MODULE']='nezabudka.settings';django.setup();"
            "from nezabudka.registry.models import Person;print(Person.objects.count())",
        ],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if int(count) < people:
        t = time.perf_counter()
        subprocess.run([NZ, "demo", "--synthetic", str(people)], env=env, check=True, cwd=ROOT)
        print(f"  loaded {people} synthetic people in {time.perf_counter() - t:.0f} s", flush=True)


def query_counts(url: str) -> dict[str, object]:
    code = r"""
import os, json, django
os.environ["DJANGO_SETTINGS_MODULE"] = "nezabudka.settings"
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from nezabudka.registry.models import Person
c = Client(HTTP_HOST="127.0.0.1")
ids = list(Person.objects.filter(publication="public", synthetic=True).order_by("id").values_list("id", flat=True)[:400])
out = {"people": Person.objects.count(), "public_person_ids": ids[:50]}
for name, url in [("list p1", "/"), ("list p5", "/?page=5"), ("person a", f"/p/{ids[0]}/"), ("person b", f"/p/{ids[-1]}/"), ("api list", "/api/people"), ("api person", f"/api/people/{ids[0]}")]:
    with CaptureQueriesContext(connection) as ctx:
        r = c.get(url)
    out[name] = [r.status_code, len(ctx)]
print(json.dumps(out))
"""
    env = os.environ | {"NEZABUDKA_DATABASE_URL": url}
    res = subprocess.run(
        [PY, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(url: str, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = os.environ | {"NEZABUDKA_DATABASE_URL": url, "NEZABUDKA_SECRET_KEY": "bench-only-key"}
    proc = subprocess.Popen(
        [
            PY,
            "-m",
            "gunicorn",
            "nezabudka.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/places/", timeout=2)
            return proc, port
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("gunicorn did not start")


def load_wrk(port: int, path: str, duration: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            "done = function(summary, latency, requests)\n"
            '  io.write(string.format(\'JSON {"rps": %f, "p50": %f, "p95": %f, "errors": %d}\\n\','
            " summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,"
            " latency:percentile(95) / 1000, summary.errors.status + summary.errors.connect + summary.errors.timeout))\n"
            "end\n"
        )
    out = subprocess.run(
        [
            "wrk",
            "-t",
            "2",
            "-c",
            str(connections),
            "-d",
            f"{duration}s",
            "-s",
            script.name,
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    return json.loads(re.search(r"JSON (\{.*\})", out).group(1))  # type: ignore[union-attr]


def load_python(port: int, path: str, duration: int, connections: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = [0]
    stop = time.perf_counter() + duration

    def worker() -> None:
        conn = HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < stop:
            t = time.perf_counter()
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            latencies.append((time.perf_counter() - t) * 1000)
            if r.status != 200:
                errors[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50": q[49], "p95": q[94], "errors": errors[0]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", action="append", choices=["sqlite", "postgres"])
    ap.add_argument("--people", type=int, default=10000)
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sqlite", default=f"sqlite:///{ROOT}/var/bench-web.sqlite3")
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:55432/nezabudka_webbench")
    args = ap.parse_args()
    load = load_wrk if shutil.which("wrk") else load_python
    print(
        f"load generator: {'wrk' if load is load_wrk else 'python threads'}; "
        f"{args.connections} connections, {args.duration} s; gunicorn {args.workers} workers; "
        f"{os.cpu_count()} CPUs"
    )
    for db in args.db or ["sqlite"]:
        url = args.sqlite if db == "sqlite" else args.pg
        (ROOT / "var").mkdir(exist_ok=True)
        print(f"\n== {db}", flush=True)
        prepare(url, args.people)
        counts = query_counts(url)
        ids = counts.pop("public_person_ids")
        print("  queries per page:", json.dumps(counts))
        proc, port = serve(url, args.workers)
        try:
            for name, path in [
                ("public list", "/"),
                ("public list p5", "/?page=5"),
                ("person page", f"/p/{ids[0]}/"),
                ("staff-free API list", "/api/people"),
            ]:
                load(port, path, 2, args.connections)  # warm up
                r = load(port, path, args.duration, args.connections)
                print(
                    f"  {name:<20} {r['rps']:8.1f} req/s   p50 {r['p50']:7.1f} ms   "
                    f"p95 {r['p95']:7.1f} ms   errors {int(r['errors'])}",
                    flush=True,
                )
        finally:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    main()
