"""Import a spreadsheet (CSV/XLSX) or a JSON Lines export into the registry.

All-or-nothing by default: every row is validated first and any problem refuses the whole
file with every problem listed; ``skip_invalid`` imports the valid rows and returns the
rejected ones. Each imported fact cites the import (file name, SHA-256, row). Re-importing the
same bytes changes nothing; a row whose ``external_id`` is known updates that person through
recorded changes, never by overwriting: a changed single-valued fact (birth date, gender,
status) is added, the earlier import's fact is marked rejected with the reason, and a conflict
with a fact from another kind of source marks both disputed for a person to resolve.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from nezabudka.core.facts import FactData
from nezabudka.core.vocab import SINGLE_VALUED_KINDS, ReviewStatus, SourceKind
from nezabudka.interchange.readers import (
    UnreadableFile,
    detect_format,
    read_csv,
    read_jsonl,
    read_xlsx,
)
from nezabudka.interchange.rows import COLUMNS, PersonRow, Problem, check_columns, validate_rows
from nezabudka.registry import restricted, services
from nezabudka.registry.models import Citation, Fact, Person, Proceedings, Source
from nezabudka.registry.names import store_variants
from nezabudka.registry.services import (
    Actor,
    CitationData,
    Recorder,
    References,
    RegistryError,
)

Progress = Callable[[int, int], None]  # (rows done, rows total)


class ImportRefused(ValueError):
    """The file (or some rows) cannot be imported; ``problems`` lists each with row/column."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s)")


@dataclass
class ImportReport:
    file_name: str
    sha256: str
    rows: int = 0
    people_created: int = 0
    people_updated: int = 0
    facts_created: int = 0
    citations_added: int = 0
    disputed: int = 0
    superseded: int = 0
    already_imported: bool = False
    rejected: list[tuple[int, dict[str, str], list[Problem]]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        if self.already_imported:
            return (
                f"{self.file_name} (sha256 {self.sha256[:12]}…) was imported before; "
                "nothing changed"
            )
        text = (
            f"{self.file_name}: {self.rows} rows; {self.people_created} people created, "
            f"{self.people_updated} updated; {self.facts_created} facts and "
            f"{self.citations_added} extra citations added"
        )
        if self.superseded or self.disputed:
            text += f"; {self.superseded} earlier facts superseded, {self.disputed} now disputed"
        if self.rejected:
            text += f"; {len(self.rejected)} rows rejected"
        return text


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """'Full name=name' pairs from --map into {'Full name': 'name'}."""
    mapping = {}
    for pair in pairs:
        theirs, sep, ours = pair.partition("=")
        if not sep or ours.strip() not in COLUMNS:
            raise ImportRefused(
                [
                    Problem(
                        None,
                        None,
                        f"--map {pair!r}: write 'THEIR COLUMN=ours' "
                        f"where ours is one of {', '.join(COLUMNS)}",
                    )
                ]
            )
        mapping[theirs.strip()] = ours.strip()
    return mapping


def import_file(
    path: Path,
    actor: Actor,
    *,
    fmt: str | None = None,
    skip_invalid: bool = False,
    mapping: dict[str, str] | None = None,
    encoding: str = "utf-8",
    country: str = "by",
    synthetic: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ImportRefused([Problem(None, None, f"cannot read {path}: {e.strerror}")]) from None
    digest = hashlib.sha256(data).hexdigest()
    report = ImportReport(path.name, digest)
    if Source.objects.filter(sha256=digest, kind=SourceKind.IMPORT).exists():
        report.already_imported = True  # the same bytes again: nothing can change
        return report
    try:
        fmt = detect_format(path, fmt)
        if fmt == "jsonl":
            return _import_jsonl(data, report, actor, skip_invalid, progress)
        table = (
            read_csv(data, path.name, encoding, mapping)
            if fmt == "csv"
            else read_xlsx(data, path.name, mapping)
        )
    except UnreadableFile as e:
        raise ImportRefused(e.problems) from None
    header_problems = check_columns(table.columns)
    if header_problems:
        raise ImportRefused(header_problems)  # a wrong header makes every row suspect
    extra = [
        Problem(
            n,
            None,
            f"row has more cells than the header ({raw['__extra__']}); check for unquoted commas",
        )
        for n, raw in table.rows
        if "__extra__" in raw
    ]
    rows = [(n, raw) for n, raw in table.rows if "__extra__" not in raw]
    valid, problems, bad = validate_rows(rows, country)
    problems = sorted(problems + extra, key=lambda p: p.row or 0)
    bad |= {p.row for p in extra if p.row is not None}
    report.rows = len(table.rows)
    if problems and not skip_invalid:
        raise ImportRefused(problems)
    if any(r.restricted for r in valid) and not restricted.key_available():
        first = next(r for r in valid if r.restricted)
        raise ImportRefused(
            [Problem(first.row, next(iter(first.restricted)), str(restricted.KeyMissing()))]
        )
    by_row = {n: raw for n, raw in table.rows}
    report.rejected = [(n, by_row[n], [p for p in problems if p.row == n]) for n in sorted(bad)]
    report.warnings = [
        Problem(
            r.row,
            "place_of_detention",
            f"{r.place_text!r} is not in the reference list "
            "of places; stored as written (add it to the country pack to link it)",
        )
        for r in valid
        if r.place_text and not r.place_key
    ]
    with transaction.atomic():
        if Source.objects.filter(sha256=digest, kind=SourceKind.IMPORT).exists():
            report.already_imported = True
            return report
        _write_rows(valid, report, actor, path.name, digest, country, synthetic, progress)
    return report


def _write_rows(
    rows: list[PersonRow],
    report: ImportReport,
    actor: Actor,
    name: str,
    digest: str,
    country: str,
    synthetic: bool,
    progress: Progress | None,
) -> None:
    recorder = Recorder(actor)
    refs = References()
    source, _ = services.ensure_source(
        recorder, kind=SourceKind.IMPORT, title=f"Import of {name}", file_name=name, sha256=digest
    )
    known = {
        p.external_id: p
        for p in Person.objects.filter(
            external_id__in=[r.external_id for r in rows if r.external_id]
        )
    }
    url_sources: dict[str, Source] = {}
    chunk = 1000
    for start in range(0, len(rows), chunk):
        batch = rows[start : start + chunk]
        new_rows = [r for r in batch if not (r.external_id and r.external_id in known)]
        _create_people(new_rows, report, recorder, refs, source, url_sources, country, synthetic)
        for r in batch:
            if r.external_id and r.external_id in known:
                _update_person(known[r.external_id], r, report, recorder, refs, source, url_sources)
        recorder.flush()
        if progress:
            progress(min(start + chunk, len(rows)), len(rows))


def _citations(
    row: PersonRow, source: Source, recorder: Recorder, url_sources: dict[str, Source]
) -> list[CitationData]:
    cites = [CitationData(source, locator=f"row {row.row}")]
    if row.source_url:
        if row.source_url not in url_sources:
            url_sources[row.source_url], _ = services.ensure_source(
                recorder, kind=SourceKind.ARTICLE, url=row.source_url
            )
        cites.append(
            CitationData(
                url_sources[row.source_url],
                passage=f"given as the source in {source.file_name}",
                locator=f"{source.file_name} row {row.row}",
            )
        )
    return cites


def _create_people(
    rows: list[PersonRow],
    report: ImportReport,
    recorder: Recorder,
    refs: References,
    source: Source,
    url_sources: dict[str, Source],
    country: str,
    synthetic: bool,
) -> None:
    """Bulk path for people new to the registry: a few INSERTs per thousand rows."""
    if not rows:
        return
    people = Person.objects.bulk_create(
        [
            Person(
                external_id=r.external_id,
                publication=r.publication,
                country=country,
                synthetic=synthetic,
                created_by=recorder.actor.name,
            )
            for r in rows
        ]
    )
    row_facts = [row.facts() for row in rows]  # computed once: proceedings and facts use them
    _create_proceedings(people, row_facts, recorder, refs)
    facts: list[Fact] = []
    fact_cites: list[list[CitationData]] = []
    fact_data: list[FactData] = []
    for person, row, statements in zip(people, rows, row_facts, strict=True):
        recorder.add(
            "create",
            "person",
            person.pk,
            person.pk,
            after=services.person_json(person),
            reason=f"import {source.file_name} row {row.row}",
        )
        cites = _citations(row, source, recorder, url_sources)
        names = []
        for data in statements:
            facts.append(services.build_fact(recorder, refs, person, data))
            fact_cites.append(cites)
            fact_data.append(data)
            if data.kind == "name":
                names.append((data.value, data.subtype, data.details))
        person.display_name = services.choose_display_name(names)
    Person.objects.bulk_update(people, ["display_name"], batch_size=1000)
    Fact.objects.bulk_create(facts, batch_size=1000)
    store_variants(facts)
    Citation.objects.bulk_create(
        [
            Citation(
                fact=f,
                source=c.source,
                passage=c.passage,
                locator=c.locator,
                created_by=recorder.actor.name,
            )
            for f, cites in zip(facts, fact_cites, strict=True)
            for c in cites
        ],
        batch_size=1000,
    )
    for f, data, cites in zip(facts, fact_data, fact_cites, strict=True):
        recorder.add(
            "create",
            "fact",
            f.pk,
            f.person_id,
            after=data.to_json() | {"citations": [services.citation_json(c) for c in cites]},
        )
    for person, row in zip(people, rows, strict=True):
        for column, value in row.restricted.items():
            restricted.write(recorder, column, value, person=person)
    report.people_created += len(people)
    report.facts_created += len(facts)


def _create_proceedings(
    people: list[Person], row_facts: list[list[FactData]], recorder: Recorder, refs: References
) -> None:
    """New people have no proceedings yet: create the ones their facts name in one INSERT and
    seed the reference cache, instead of a lookup and an INSERT per person."""
    wanted = [
        (person, label)
        for person, statements in zip(people, row_facts, strict=True)
        for label in dict.fromkeys(f.proceedings for f in statements if f.proceedings)
    ]
    created = Proceedings.objects.bulk_create(
        [
            Proceedings(person=person, label=label, created_by=recorder.actor.name)
            for person, label in wanted
        ]
    )
    for proc, (person, label) in zip(created, wanted, strict=True):
        refs.remember_proceedings(person, proc)
        recorder.add("create", "proceedings", proc.pk, person.pk, after={"label": label})


def _update_person(
    person: Person,
    row: PersonRow,
    report: ImportReport,
    recorder: Recorder,
    refs: References,
    source: Source,
    url_sources: dict[str, Source],
) -> None:
    cites = _citations(row, source, recorder, url_sources)
    changed = _update_restricted(person, row, recorder)
    changed |= services.update_person(
        recorder,
        person,
        reason=f"import {source.file_name} row {row.row}",
        publication=row.publication,
    )
    existing = list(
        Fact.objects.filter(person=person)
        .select_related("place", "organisation", "proceedings")
        .prefetch_related("citations__source")
    )
    by_identity = {services.fact_data(f).identity(): f for f in existing}
    for data in row.facts():
        same = by_identity.get(data.identity())
        if same is not None:
            report.citations_added += sum(services.cite(recorder, same, c) for c in cites)
            continue
        if data.kind in SINGLE_VALUED_KINDS:
            for old in existing:
                if old.kind == data.kind and old.status in (
                    ReviewStatus.ACCEPTED,
                    ReviewStatus.SUGGESTED,
                ):
                    changed |= _resolve_conflict(recorder, old, data, row, source, report)
        fact, created = services.add_fact(
            recorder,
            person,
            data,
            cites,
            refs=refs,
            reason=f"import {source.file_name} row {row.row}",
        )
        report.facts_created += created
        changed = True
        if data.kind in SINGLE_VALUED_KINDS and any(
            o.kind == data.kind and o.status == ReviewStatus.DISPUTED for o in existing
        ):
            Fact.objects.filter(pk=fact.pk).update(status=ReviewStatus.DISPUTED)
            recorder.add(
                "status",
                "fact",
                fact.pk,
                person.pk,
                before={"status": "accepted"},
                after={"status": "disputed"},
                reason="conflicts with another source",
            )
    report.people_updated += bool(changed)


def _update_restricted(person: Person, row: PersonRow, recorder: Recorder) -> bool:
    """Write restricted cells that differ from the stored value (the comparison is a
    recorded read by the importer)."""
    if not row.restricted:
        return False
    stored = restricted.current(person)
    changed = False
    for column, value in row.restricted.items():
        old = stored.get(column)
        if old is None or restricted.read(recorder.actor, old, purpose="import") != value:
            restricted.write(recorder, column, value, person=person)
            changed = True
    return changed


def _resolve_conflict(
    recorder: Recorder,
    old: Fact,
    new: FactData,
    row: PersonRow,
    source: Source,
    report: ImportReport,
) -> bool:
    """An import changes a single-valued fact. If every citation of the old fact is an
    earlier import, the newer list supersedes it; otherwise a person must decide."""
    cites = list(old.citations.all())
    files = {c.source.file_name for c in cites if c.source.kind == SourceKind.IMPORT}
    # A row's source_url citation ("FILE row N") came in with that import, too.
    only_imports = bool(files) and all(
        c.source.kind == SourceKind.IMPORT or c.locator.rsplit(" row ", 1)[0] in files
        for c in cites
    )
    status = ReviewStatus.REJECTED if only_imports else ReviewStatus.DISPUTED
    reason = (
        f"superseded by {source.file_name} row {row.row}"
        if only_imports
        else f"conflicts with {source.file_name} row {row.row}: {new.to_json()}"
    )
    Fact.objects.filter(pk=old.pk).update(status=status)
    recorder.add(
        "status",
        "fact",
        old.pk,
        old.person_id,
        before={"status": old.status},
        after={"status": status.value},
        reason=reason,
    )
    old.status = status.value
    if only_imports:
        report.superseded += 1
    else:
        report.disputed += 1
    return True


# --- JSON Lines (the lossless export format) -------------------------------------------------


def _import_jsonl(
    data: bytes, report: ImportReport, actor: Actor, skip_invalid: bool, progress: Progress | None
) -> ImportReport:
    documents = list(read_jsonl(data, report.file_name))
    report.rows = len(documents)
    problems: list[Problem] = []
    parsed: list[tuple[int, dict[str, Any], list[tuple[FactData, list[dict[str, Any]]]]]] = []
    seen_ext: dict[str, int] = {}
    for line, doc in documents:
        doc_problems = _check_document(line, doc, seen_ext)
        facts = []
        for i, f in enumerate(doc.get("facts", [])):
            where = f"facts[{i}]"
            try:
                body = {k: v for k, v in f.items() if k not in ("id", "citations")}
                fd = FactData.from_json(body)
            except (ValueError, TypeError, KeyError) as e:
                doc_problems.append(Problem(line, where, str(e)))
                continue
            errs = fd.validate()
            doc_problems += [Problem(line, f"{where}.{k}", v) for k, v in errs.items()]
            if not f.get("citations"):
                doc_problems.append(
                    Problem(line, f"{where}.citations", "every fact needs at least one citation")
                )
            facts.append((fd, f.get("citations", [])))
        if doc_problems:
            problems += doc_problems
            report.rejected.append((line, {"id": str(doc.get("id", ""))}, doc_problems))
        else:
            parsed.append((line, doc, facts))
    if problems and not skip_invalid:
        raise ImportRefused(problems)
    with transaction.atomic():
        recorder = Recorder(actor)
        refs = References()
        sources: dict[str, Source] = {}
        for done, (line, doc, facts) in enumerate(parsed, start=1):
            fields = {k: doc[k] for k in services.PERSON_FIELDS if k in doc}
            person = (
                Person.objects.filter(external_id=doc.get("external_id")).first()
                if doc.get("external_id")
                else None
            )
            if person is None:
                person = services.create_person(recorder, **fields)
                report.people_created += 1
            else:
                report.people_updated += services.update_person(
                    recorder, person, reason=f"import {report.file_name} line {line}", **fields
                )
            for fd, cites in facts:
                citation_data = [
                    CitationData(
                        _source_for(recorder, c["source"], sources),
                        c.get("passage", ""),
                        c.get("locator", ""),
                    )
                    for c in cites
                ]
                try:
                    _, created = services.add_fact(
                        recorder,
                        person,
                        fd,
                        citation_data,
                        refs=refs,
                        reason=f"import {report.file_name} line {line}",
                    )
                except RegistryError as e:
                    raise ImportRefused(
                        [Problem(line, k, v) for k, v in e.errors.items()]
                    ) from None
                report.facts_created += created
            if done % 500 == 0:
                recorder.flush()
                if progress:
                    progress(done, len(parsed))
        recorder.flush()
    return report


def _check_document(line: int, doc: dict[str, Any], seen_ext: dict[str, int]) -> list[Problem]:
    problems = []
    allowed = set(services.PERSON_FIELDS) | {"id", "display_name", "facts", "generated_names"}
    for key in sorted(set(doc) - allowed):
        problems.append(
            Problem(line, key, f"unknown field; known fields: {', '.join(sorted(allowed))}")
        )
    ext = doc.get("external_id")
    if ext:
        if ext in seen_ext:
            problems.append(
                Problem(line, "external_id", f"external_id {ext!r} is also on line {seen_ext[ext]}")
            )
        seen_ext.setdefault(ext, line)
    if not any(f.get("kind") == "name" for f in doc.get("facts", [])):
        problems.append(Problem(line, "facts", "a person needs at least one name fact"))
    return problems


def _source_for(recorder: Recorder, data: dict[str, Any], cache: dict[str, Source]) -> Source:
    key = (
        data.get("sha256")
        or data.get("url")
        or json.dumps(data, sort_keys=True, ensure_ascii=False)
    )
    if key not in cache:
        fields = {k: v for k, v in data.items() if k in services.SOURCE_FIELDS or k == "text"}
        if data.get("published"):
            from nezabudka.core.dates import PartialDate

            fields["published"] = PartialDate.parse(data["published"])
        existing = None
        if not fields.get("sha256") and not fields.get("url"):
            existing = Source.objects.filter(
                kind=fields.get("kind", ""),
                title=fields.get("title", ""),
                text=fields.get("text", ""),
            ).first()
        cache[key] = existing or services.ensure_source(recorder, **fields)[0]
    return cache[key]
