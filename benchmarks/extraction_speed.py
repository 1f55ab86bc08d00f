"""Extraction speed: articles per second for a ~1,000-word report, and pipeline start-up time.

    .venv/bin/python benchmarks/extraction_speed.py [--runs 50]

Start-up is measured in a fresh interpreter: import plus the first extraction (which loads the
lazily-built tables, pymorphy3 and, for Russian, natasha's NER model).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "tests" / "extraction" / "gold"


def report(lang: str, words: int = 1000) -> str:
    """A report of about ``words`` words made of the gold texts of one language."""
    texts = []
    for f in sorted(GOLD.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        if d["lang"] != lang:
            continue
        texts.append(
            (GOLD / d["text_file"]).read_text(encoding="utf-8") if "text_file" in d else d["text"]
        )
    out: list[str] = []
    while sum(len(t.split()) for t in out) < words:
        out.extend(texts)
    text = "\n\n".join(out)
    return " ".join(text.split(" ")[:words])


STARTUP = """
import time
t0 = time.perf_counter()
from nezabudka.extraction import extract
t1 = time.perf_counter()
extract({text!r}, {lang!r})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def startup(lang: str) -> tuple[float, float]:
    sample = report(lang, 120)
    out = subprocess.run(
        [sys.executable, "-c", STARTUP.format(text=sample, lang=lang)],
        capture_output=True,
        text=True,
        check=True,
        cwd=GOLD.parents[2],
    ).stdout.split()
    return float(out[0]), float(out[1])


def throughput(lang: str, runs: int) -> tuple[float, float, int]:
    from nezabudka.extraction import extract

    text = report(lang)
    extract(text, lang)  # warm up (lazy loads)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(runs):
        extract(text, lang)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return runs / wall, runs / cpu, len(text.split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f} "
        "(wall-clock rates drop when other work shares the CPUs; CPU-time rates do not)"
    )
    for lang in ("en", "ru", "be"):
        imp, first = startup(lang)
        rate, cpu_rate, words = throughput(lang, args.runs)
        print(
            f"{lang}: {rate:6.1f} articles/s wall ({cpu_rate:.1f}/s of CPU time; {words} words); "
            f"start-up: import {imp:.2f} s, first extraction {first:.2f} s"
        )


if __name__ == "__main__":
    main()
