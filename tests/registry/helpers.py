from __future__ import annotations

import csv
from pathlib import Path

from nezabudka.registry.models import Change, Citation, Fact, Person, Source


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in (Person, Fact, Citation, Source, Change)}
