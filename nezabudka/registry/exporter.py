"""Export the registry to JSON Lines (lossless: every fact and citation), CSV or XLSX (one
row per person, the importer's columns). People are read in chunks with a fixed number of
queries per chunk, so memory stays flat however large the registry is."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from django.db.models import Prefetch, QuerySet

from nezabudka.interchange.flatten import EXPORT_COLUMNS, flatten
from nezabudka.registry import services
from nezabudka.registry.models import Citation, Fact, Person

FORMATS = ("jsonl", "csv", "xlsx")


def documents(
    people: QuerySet[Person] | None = None,
    chunk: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[dict[str, Any]]:
    people = (people if people is not None else Person.objects.all()).order_by("id")
    total = people.count()
    facts = Fact.objects.select_related("place", "article", "organisation", "proceedings").order_by(
        "kind", "date", "id"
    )
    citations = Citation.objects.select_related("source").order_by("id")
    ids = list(people.values_list("id", flat=True))
    for start in range(0, len(ids), chunk):
        batch = (
            Person.objects.filter(id__in=ids[start : start + chunk])
            .order_by("id")
            .prefetch_related(
                Prefetch("facts", queryset=facts), Prefetch("facts__citations", queryset=citations)
            )
        )
        for person in batch:
            yield services.person_document(person)
        if progress:
            progress(min(start + chunk, total), total)


def write(fmt: str, out: IO[Any], docs: Iterator[dict[str, Any]]) -> int:
    """Write documents in ``fmt`` to a text stream (jsonl/csv) or binary stream (xlsx)."""
    count = 0
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for doc in docs:
            writer.writerow(flatten(doc))
            count += 1
    elif fmt == "xlsx":
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("people")
        sheet.append(EXPORT_COLUMNS)
        for doc in docs:
            row = flatten(doc)
            sheet.append([_text_cell(sheet, row[c]) for c in EXPORT_COLUMNS])
            count += 1
        book.save(out)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return count


def _text_cell(sheet: Any, value: str) -> Any:
    """openpyxl would store a text starting with '=' as a formula (formula injection); force
    every cell to be text so the export round-trips exactly and runs nothing."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell
