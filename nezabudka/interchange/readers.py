"""Read a spreadsheet into (header, numbered rows), or explain why it cannot be read."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nezabudka.interchange.rows import Problem

FORMATS = ("csv", "xlsx", "jsonl")


class UnreadableFile(ValueError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def detect_format(path: Path, explicit: str | None = None) -> str:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    fmt = {"json": "jsonl", "ndjson": "jsonl", "tsv": "csv", "xlsm": "xlsx"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise UnreadableFile(
            [
                Problem(
                    None,
                    None,
                    f"cannot tell the format of {path.name!r}; "
                    "use a .csv, .xlsx or .jsonl file or pass --format",
                )
            ]
        )
    return fmt


def decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise UnreadableFile(
            [
                Problem(
                    line,
                    None,
                    (
                        f"{name} is not valid {encoding} (byte 0x{data[e.start]:02x} at line {line}); "
                        "save it as 'CSV UTF-8' or pass the file's encoding, e.g. --encoding cp1251"
                    ),
                )
            ]
        ) from None
    except LookupError:
        raise UnreadableFile([Problem(None, None, f"unknown encoding {encoding!r}")]) from None


def _normalise_header(columns: list[str], mapping: dict[str, str]) -> list[str]:
    out = []
    for c in columns:
        c = (c or "").strip()
        out.append(mapping.get(c, mapping.get(c.lower(), c.lower().replace(" ", "_"))))
    return out


def read_csv(
    data: bytes, name: str, encoding: str = "utf-8", mapping: dict[str, str] | None = None
) -> Table:
    text = decode(data, encoding, name)
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    if sample.count(";") > sample.count(delimiter) and sample.count(";") > sample.count("\n"):
        delimiter = ";"  # Excel in many European locales
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise UnreadableFile([Problem(None, None, f"{name} is empty")]) from None
    columns = _normalise_header(header, mapping or {})
    table = Table(columns)
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue  # blank line
        if len(values) > len(columns):
            table.rows.append(
                (number, {"__extra__": f"{len(values)} cells, header has {len(columns)}"})
            )
            continue
        table.rows.append(
            (number, dict(zip(columns, values + [""] * (len(columns) - len(values)), strict=True)))
        )
    return table


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(
    data: bytes, name: str, mapping: dict[str, str] | None = None, sheet: str | None = None
) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as e:
        raise UnreadableFile(
            [Problem(None, None, f"{name} is not a readable .xlsx file ({e})")]
        ) from None
    try:
        ws = book[sheet] if sheet else book.worksheets[0]
    except KeyError:
        raise UnreadableFile(
            [Problem(None, None, f"no sheet {sheet!r}; sheets are: " + ", ".join(book.sheetnames))]
        ) from None
    rows = ws.iter_rows(values_only=True)
    try:
        header = [_cell_text(c) for c in next(rows)]
    except StopIteration:
        raise UnreadableFile([Problem(None, None, f"{name} has an empty first sheet")]) from None
    while header and not header[-1]:
        header.pop()
    columns = _normalise_header(header, mapping or {})
    table = Table(columns)
    for number, values in enumerate(rows, start=2):
        cells = [_cell_text(v) for v in values][: len(columns)]
        if any(c.strip() for c in cells):
            table.rows.append(
                (
                    number,
                    dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)),
                )
            )
    book.close()
    return table


def read_jsonl(data: bytes, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object); a line that is not a JSON object is an error."""
    text = decode(data, "utf-8", name)
    problems = []
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(Problem(number, None, f"not valid JSON ({e.msg} at column {e.colno})"))
            continue
        if not isinstance(obj, dict):
            problems.append(Problem(number, None, "each line must be one JSON object"))
            continue
        out.append((number, obj))
    if problems:
        raise UnreadableFile(problems)
    yield from out
