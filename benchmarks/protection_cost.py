"""Cost of the publication policy and of field encryption on list pages and exports.

    .venv/bin/python benchmarks/protection_cost.py [--records 10000] [--repeat 5]

Prints a Markdown table (best of ``--repeat`` runs) for docs/benchmarks.md ("Do no harm"):

- public list page as JSON, 10,000 people: raw dicts vs ``render_many(public, list)``;
- editor CSV export, 10,000 people: raw vs policy; restricted fields as plaintext vs
  decrypted from AES-256-GCM tokens (3 restricted fields per person);
- encrypt / decrypt of one restricted value (µs).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from nezabudka.core.dates import PartialDate
from nezabudka.core.vocab import Publication
from nezabudka.protection.crypto import KeyRing, field_context
from nezabudka.protection.policy import FIELDS, PersonRecord, Sensitivity, render_many

RESTRICTED = [f for f, s in FIELDS.items() if s.sensitivity is Sensitivity.RESTRICTED][:3]


def make_records(n: int, ring: KeyRing | None) -> list[PersonRecord]:
    rnd = random.Random(5)
    out = []
    for i in range(1, n + 1):
        fields: dict[str, Any] = {
            "gender": rnd.choice("fm"),
            "birth_date": PartialDate(
                rnd.randint(1950, 2004), rnd.randint(1, 12), rnd.randint(1, 28)
            ),
            "photo": f"photos/{i}.jpg",
            "region": rnd.choice(["Minsk", "Hrodna", "Brest", "Homiel", "Viciebsk", "Mahiliou"]),
            "occupation": "engineer",
            "affiliations": ["BKDP"],
            "biography": "Detained after the 2020 protests. " * 3,
            "status": "imprisoned",
            "recognition": "Viasna, 2021-03-01",
            "detention_date": "2021-02-14",
            "verdict_date": PartialDate(2021, 11, 3),
            "expected_release": "2036-02-13",
            "articles": ["342-1", "361-1"],
            "sentence": "15 years, strict regime",
            "court": "Minsk City Court",
            "place_of_detention": "Penal colony No. 9, Horki",
            "postal_address": "213410, г. Горки, ул. Якубовского, 1, ИК-9",
            "case_number": f"2021-{i:06d}",
            "lawyer": "—",
            "review_status": "accepted",
        }
        for f in RESTRICTED:
            value = f"restricted {f} of person {i}: +375 29 {i:07d}"
            fields[f] = ring.encrypt(value, field_context("person", f, i)) if ring else value
        out.append(
            PersonRecord(
                id=i,
                publication=rnd.choice(
                    [Publication.PUBLIC] * 8 + [Publication.INTERNAL, Publication.HIDDEN]
                ),
                names={
                    "be": f"Прозвішча{i} Імя",
                    "ru": f"Фамилия{i} Имя",
                    "latn": f"Surname{i} Name",
                },
                fields=fields,
                no_photo=rnd.random() < 0.1,
                no_birthday=rnd.random() < 0.2,
                no_anniversaries=rnd.random() < 0.2,
                anonymise=rnd.random() < 0.05,
                allow_letters=rnd.random() < 0.7,
            )
        )
    return out


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def paired(
    base: Callable[[], object], variant: Callable[[], object], repeat: int
) -> tuple[float, float, float]:
    """Alternate baseline and variant (so both see the same machine load); return the best
    time of each and the median of the per-pair ratios."""
    a_times, b_times, ratios = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        base()
        t1 = time.perf_counter()
        variant()
        t2 = time.perf_counter()
        a_times.append(t1 - t0)
        b_times.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0))
    return min(a_times), min(b_times), statistics.median(ratios)


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, default=str, ensure_ascii=False)


def _csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    cols = ["id", "name", *FIELDS]
    w = csv.DictWriter(buf, cols, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def raw(r: PersonRecord) -> dict[str, Any]:
    return {"id": r.id, "name": r.display_name, "names": dict(r.names), **r.fields}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    n, rep = args.records, args.repeat
    ring = KeyRing.generate()
    plain = make_records(n, None)
    sealed = make_records(n, ring)

    def decrypt_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            for f in RESTRICTED:
                if f in row:
                    row[f] = ring.decrypt(row[f], field_context("person", f, row["id"]))
        return rows

    def public_raw() -> str:
        return _json([raw(r) for r in plain if r.publication is Publication.PUBLIC])

    def public_policy() -> str:
        return _json(list(render_many("public", "list", plain)))

    def export_raw() -> str:
        return _csv([raw(r) for r in plain])

    def export_policy() -> str:
        return _csv(list(render_many("editor", "export", plain)))

    def export_decrypt() -> str:
        return _csv(decrypt_rows(list(render_many("editor", "export", sealed))))

    results = [
        ("public list page, JSON (raw dicts vs policy)", *paired(public_raw, public_policy, rep)),
        ("editor CSV export (raw vs policy)", *paired(export_raw, export_policy, rep)),
        (
            "editor CSV export (raw plaintext vs policy + decrypt 3 restricted fields)",
            *paired(export_raw, export_decrypt, rep),
        ),
    ]
    render_only = best(lambda: list(render_many("public", "list", plain)), rep)

    value = "мама: Вольга, +375 29 1234567, вул. Леніна 1-2, Мінск"
    ctx = field_context("person", "relatives", 42)
    token = ring.encrypt(value, ctx)
    m = 20_000
    t_enc = best(lambda: [ring.encrypt(value, ctx) for _ in range(m)], rep) / m
    t_dec = best(lambda: [ring.decrypt(token, ctx) for _ in range(m)], rep) / m

    print(
        f"date: {dt.date.today().isoformat()}; Python {platform.python_version()}; "
        f"{platform.machine()}, {os.cpu_count()} CPUs ({platform.processor() or 'n/a'}); "
        f"{n} records, best of {rep}"
    )
    print()
    print("| task | without (best) | with (best) | ratio (median of pairs) |")
    print("| --- | ---: | ---: | ---: |")
    for label, a, b, ratio in results:
        print(f"| {label} | {a * 1000:.1f} ms | {b * 1000:.1f} ms | {ratio:.2f}× |")
    print()
    print(
        f"- policy decide+render alone, public list: {render_only * 1e6 / n:.2f} µs per person "
        f"({render_only * 1000:.1f} ms for {n})"
    )
    print(f"- encrypt one value (AES-256-GCM, {len(value)} chars): {t_enc * 1e6:.2f} µs")
    print(f"- decrypt one value: {t_dec * 1e6:.2f} µs")


if __name__ == "__main__":
    main()
