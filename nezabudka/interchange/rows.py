"""The spreadsheet format organisations keep: one row per person.

``validate_rows`` turns raw rows into :class:`PersonRow` objects and collects *every* problem
(row, column, what to do) instead of stopping at the first; ``PersonRow.facts()`` says which
facts a row states. Framework-free: the registry's importer writes the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from nezabudka.core.articles import ArticleError, ArticleRef, parse_article_list
from nezabudka.core.dates import PartialDate, PartialDateError, parse_optional
from nezabudka.core.facts import FactData
from nezabudka.core.sentences import Sentence, SentenceError, parse_sentence
from nezabudka.core.vocab import (
    GENDER_SYNONYMS,
    REGIME_SYNONYMS,
    STATUS_SYNONYMS,
    EventType,
    FactKind,
    NameKind,
    Publication,
    lookup,
)
from nezabudka.reference.resolve import resolve_place

COLUMNS: dict[str, str] = {
    "external_id": "your organisation's id for the person (keeps re-imports updating, not duplicating)",
    "name": "full name in any script (required)",
    "names": "more name forms, separated by |",
    "birth_date": "YYYY, YYYY-MM or YYYY-MM-DD (or DD.MM.YYYY); ~ for approximate",
    "gender": "f, m or x",
    "arrested_on": "date of detention (partial dates allowed)",
    "articles": "criminal-code articles separated by ; e.g. 361-1; Part 1 of Art. 342",
    "sentence": "e.g. 4 1/2 years, 6 years and a fine, 3 years 6 months",
    "regime": "general, enhanced, strict, special, prison, open_facility, home_restriction, …",
    "place_of_detention": "e.g. IK-15, Penal colony No. 9, Prison No. 4 Mahiliou, SIZO-1",
    "released_on": "date of release",
    "status": "detained, imprisoned, restricted, released, exiled, died, wanted, unknown",
    "publication": "public, internal (default) or hidden",
    "source_url": "where the row's information comes from",
    "notes": "free text",
    # Restricted: stored encrypted (needs a key, see docs/security.md), never exported in
    # spreadsheets, every read recorded.
    "relatives": "restricted: relatives and their contacts",
    "medical": "restricted: health and medical details",
    "private_notes": "restricted: notes for staff only",
}
RESTRICTED_COLUMNS = ("relatives", "medical", "private_notes")
MAIN_PROCEEDINGS = "main case"
# Columns our own exports write that an import reads past: database ids differ between
# registries, so people are matched by external_id.
IGNORED_COLUMNS = {"id": "this registry's id, written by exports; ignored on import"}


@dataclass(frozen=True)
class Problem:
    row: int | None  # spreadsheet row number as the user sees it (header = 1); None = file
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return (", ".join(where) + ": " if where else "") + self.message


@dataclass
class PersonRow:
    row: int
    name: str
    external_id: str | None = None
    names: list[str] = field(default_factory=list)
    birth_date: PartialDate | None = None
    gender: str = ""
    arrested_on: PartialDate | None = None
    articles: list[ArticleRef] = field(default_factory=list)
    sentence: Sentence | None = None
    regime: str = ""
    place_text: str = ""
    place_key: str = ""
    released_on: PartialDate | None = None
    status: str = ""
    publication: str = Publication.INTERNAL.value
    source_url: str = ""
    notes: str = ""
    restricted: dict[str, str] = field(default_factory=dict)  # never part of facts()

    def facts(self) -> list[FactData]:
        """The facts this row states, in a stable order."""
        out = [_name_fact(self.name)] + [_name_fact(n) for n in self.names]
        if self.birth_date:
            out.append(FactData(kind=FactKind.BIRTH_DATE, date=self.birth_date))
        if self.gender:
            out.append(FactData(kind=FactKind.GENDER, value=self.gender))
        if self.arrested_on:
            out.append(
                FactData(kind=FactKind.EVENT, subtype=EventType.DETENTION, date=self.arrested_on)
            )
        for ref in self.articles:
            out.append(
                FactData(
                    kind=FactKind.CHARGE, article_ref=ref.canonical(), proceedings=MAIN_PROCEEDINGS
                )
            )
        if self.sentence or self.regime:
            s = self.sentence or Sentence()
            details: dict[str, object] = {}
            if s.fine:
                details["fine"] = True
            if s.fine_amount:
                details["fine_amount"] = s.fine_amount
            if s.life:
                details["life"] = True
            out.append(
                FactData(
                    kind=FactKind.SENTENCE,
                    years=s.years if self.sentence else None,
                    months=s.months if self.sentence else None,
                    regime=self.regime or (s.regime.value if s.regime else ""),
                    proceedings=MAIN_PROCEEDINGS,
                    details=details,
                )
            )
        if self.place_text:
            out.append(
                FactData(
                    kind=FactKind.CUSTODY,
                    place_key=self.place_key,
                    value="" if self.place_key else self.place_text,
                )
            )
        if self.released_on:
            out.append(
                FactData(kind=FactKind.EVENT, subtype=EventType.RELEASE, date=self.released_on)
            )
        if self.status:
            out.append(FactData(kind=FactKind.STATUS, value=self.status))
        if self.notes:
            out.append(FactData(kind=FactKind.NOTE, value=self.notes))
        # A name repeated in 'names' (or an article listed twice) is one statement, not two.
        return list({f.identity(): f for f in out}.values())


def _name_fact(text: str) -> FactData:
    script = "cyrillic" if re.search(r"[\u0400-\u04FF]", text) else "latin"
    kind = NameKind.FULL if len(text.split()) > 1 else NameKind.DIMINUTIVE
    return FactData(kind=FactKind.NAME, subtype=kind, value=text, details={"script": script})


def check_columns(columns: list[str]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for col in columns:
        if col in seen:
            problems.append(Problem(1, col, "this column appears twice; keep one"))
        seen.add(col)
        if col not in COLUMNS and col not in IGNORED_COLUMNS:
            problems.append(
                Problem(
                    1,
                    col,
                    "unknown column; rename it to one of "
                    + ", ".join(COLUMNS)
                    + " or map it with --map 'YOUR NAME=column'",
                )
            )
    if "name" not in seen:
        problems.append(Problem(1, "name", "the required column 'name' is missing"))
    return problems


def validate_row(
    number: int, raw: dict[str, str], country: str = "by"
) -> tuple[PersonRow | None, list[Problem]]:
    """Check one row; returns the parsed row (None if it has problems) and all problems."""
    problems: list[Problem] = []
    cell = {k: (v or "").strip() for k, v in raw.items()}

    def fail(column: str, message: str) -> None:
        problems.append(Problem(number, column, message))

    row = PersonRow(row=number, name=cell.get("name", ""))
    if not row.name:
        fail("name", "empty name; every person needs a name in some script")
    row.external_id = cell.get("external_id") or None
    row.names = [n.strip() for n in cell.get("names", "").split("|") if n.strip()]
    for column in ("birth_date", "arrested_on", "released_on"):
        try:
            setattr(row, column, parse_optional(cell.get(column)))
        except PartialDateError as e:
            fail(column, str(e))
    if (
        row.arrested_on
        and row.released_on
        and row.released_on.latest() < row.arrested_on.earliest()
    ):
        fail(
            "released_on",
            f"release ({row.released_on}) is before the arrest "
            f"({row.arrested_on}); check both dates",
        )
    vocabularies: tuple[tuple[str, dict[str, StrEnum]], ...] = (
        ("gender", dict(GENDER_SYNONYMS)),
        ("regime", dict(REGIME_SYNONYMS)),
        ("status", dict(STATUS_SYNONYMS)),
    )
    for column, table in vocabularies:
        if cell.get(column):
            try:
                setattr(row, column, lookup(table, cell[column], column).value)
            except ValueError as e:
                fail(column, str(e))
    if cell.get("articles"):
        try:
            row.articles = parse_article_list(cell["articles"], country)
        except ArticleError as e:
            fail("articles", str(e))
    if cell.get("sentence"):
        try:
            row.sentence = parse_sentence(cell["sentence"])
        except SentenceError as e:
            fail("sentence", str(e))
    if cell.get("place_of_detention"):
        row.place_text = cell["place_of_detention"]
        place = resolve_place(row.place_text, country)
        row.place_key = place.key if place else ""
    publication = cell.get("publication", "").lower() or Publication.INTERNAL.value
    if publication not in {p.value for p in Publication}:
        fail(
            "publication",
            f"{publication!r} is not a publication level; use public, internal or hidden",
        )
    row.publication = publication
    url = cell.get("source_url", "")
    if url and not re.match(r"^https?://\S+$", url):
        fail("source_url", f"{url!r} is not a web address; it must start with http:// or https://")
    row.source_url = url
    row.notes = cell.get("notes", "")
    row.restricted = {c: cell[c] for c in RESTRICTED_COLUMNS if cell.get(c)}
    return (None if problems else row), problems


def validate_rows(
    rows: Iterable[tuple[int, dict[str, str]]], country: str = "by"
) -> tuple[list[PersonRow], list[Problem], set[int]]:
    """All rows at once: (valid rows, every problem, numbers of invalid rows). Also catches
    an external_id used twice in one file (both rows are reported)."""
    valid: list[PersonRow] = []
    problems: list[Problem] = []
    bad: set[int] = set()
    first_seen: dict[str, int] = {}
    for number, raw in rows:
        row, row_problems = validate_row(number, raw, country)
        ext = (raw.get("external_id") or "").strip()
        if ext:
            if ext in first_seen:
                row_problems.append(
                    Problem(
                        number,
                        "external_id",
                        f"external_id {ext!r} is also used in row {first_seen[ext]}; "
                        "one person per id: merge the rows or give each its own id",
                    )
                )
                bad.add(first_seen[ext])
                problems.append(
                    Problem(
                        first_seen[ext],
                        "external_id",
                        f"external_id {ext!r} is used again in row {number}",
                    )
                )
            else:
                first_seen[ext] = number
        if row_problems:
            bad.add(number)
            problems.extend(row_problems)
        elif row is not None:
            valid.append(row)
    valid = [r for r in valid if r.row not in bad]
    return valid, sorted(problems, key=lambda p: p.row or 0), bad
