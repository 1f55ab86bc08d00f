"""Export the registry to JSON Lines, CSV or XLSX, through the publication policy.

Working copies (admin, editor) are lossless in JSON Lines (every fact, status and citation) and
one row per person with the importer's columns in CSV/XLSX. Other audiences (researcher,
partner, public) get what the policy renders for them. People are read in chunks with a fixed
number of queries per chunk, so memory stays flat however large the registry is."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import IO, Any

from django.db.models import QuerySet

from nezabudka.interchange.flatten import EXPORT_COLUMNS, flatten
from nezabudka.registry import services
from nezabudka.registry.models import Person

FORMATS = ("jsonl", "csv", "xlsx")
AUDIENCES = ("admin", "editor", "researcher", "partner", "public")
# Working copies: every fact with its citations and review status (the lossless format).
WORKING_COPY = ("admin", "editor")


def _people(
    people: QuerySet[Person] | None, chunk: int, progress: Callable[[int, int], None] | None
) -> Iterator[Person]:
    """People with facts, citations and generated names prefetched, a chunk at a time."""
    people = (people if people is not None else Person.objects.all()).order_by("id")
    ids = list(people.values_list("id", flat=True))
    for start in range(0, len(ids), chunk):
        batch = Person.objects.filter(id__in=ids[start : start + chunk]).order_by("id")
        yield from services.with_records(batch)
        if progress:
            progress(min(start + chunk, len(ids)), len(ids))


def documents(
    people: QuerySet[Person] | None = None,
    chunk: int = 500,
    progress: Callable[[int, int], None] | None = None,
    audience: str = "admin",
) -> Iterator[dict[str, Any]]:
    """What an export for ``audience`` contains, person by person, as the publication policy
    decides: working copies (admin, editor) are full documents of the facts the policy lets
    through; other audiences get the policy's rendering of each person they may see."""
    from nezabudka.registry.publication import jsonable, show, visible_facts

    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
    for person in _people(people, chunk, progress):
        shown = show(audience, "export", person)
        if shown is None:
            continue  # not in this channel at all: not in rows, counts or file names
        if audience in WORKING_COPY:
            doc = services.person_document(person)
            allowed = {f.pk for f in visible_facts(shown.decision, person.facts.all())}
            doc["facts"] = [f for f in doc["facts"] if f["id"] in allowed]
            yield doc
        else:
            yield {"id": person.pk} | jsonable(shown.data)


def rendered_columns(audience: str) -> list[str]:
    """CSV/XLSX header for a rendered (non-working-copy) export: every field the audience
    could be shown, in the policy's order; cells are empty where a person's data is withheld."""
    from nezabudka.protection.policy import FIELDS, SENSITIVITY_CEILING, Audience, Purpose

    ceiling = SENSITIVITY_CEILING[(Audience(audience), Purpose.EXPORT)]
    if ceiling is None:
        return ["id"]
    names = [n for n, spec in FIELDS.items() if spec.sensitivity.rank <= ceiling.rank]
    return ["id", *[n for n in names if n != "id"]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def write(fmt: str, out: IO[Any], docs: Iterator[dict[str, Any]], audience: str = "admin") -> int:
    """Write documents in ``fmt`` to a text stream (jsonl/csv) or binary stream (xlsx)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
        return count
    if audience in WORKING_COPY:
        columns, rows = EXPORT_COLUMNS, (flatten(doc) for doc in docs)
    else:
        columns = rendered_columns(audience)
        rows = ({c: _cell(doc.get(c)) for c in columns} for doc in docs)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    else:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("people")
        sheet.append(columns)
        for row in rows:
            sheet.append([_text_cell(sheet, row[c]) for c in columns])
            count += 1
        book.save(out)
    return count


def _text_cell(sheet: Any, value: str) -> Any:
    """openpyxl would store a text starting with '=' as a formula (formula injection); force
    every cell to be text so the export round-trips exactly and runs nothing."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell
