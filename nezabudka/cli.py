"""The ``nezabudka`` command: one entry point for set-up, imports, exports, jobs and admin.

A thin adapter: every command parses its options, calls the library/services, and prints.
The database comes from ``--db URL`` or NEZABUDKA_DATABASE_URL (default: a SQLite file in the
working directory).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    help="Nezabudka: a source-cited registry of political prisoners.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
person_app = typer.Typer(help="Look at people in the registry.", no_args_is_help=True)
app.add_typer(person_app, name="person")

_django_ready = False


def _setup() -> None:
    """Start Django once, after --db has been applied."""
    global _django_ready
    if not _django_ready:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nezabudka.settings")
        import django

        django.setup()
        _django_ready = True


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _progress(label: str) -> Any:
    """A progress callback printing to stderr (only when it is a terminal or asked for)."""
    from nezabudka import config

    mode = config.load().progress
    show = mode == "1" or (mode == "auto" and sys.stderr.isatty())

    def report(done: int, total: int) -> None:
        if show:
            end = "\n" if done >= total else "\r"
            print(f"{label}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return report


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database URL (sqlite:///file.sqlite3 or postgresql://…); "
            "default NEZABUDKA_DATABASE_URL or sqlite:///nezabudka.sqlite3",
        ),
    ] = None,
) -> None:
    if db:
        os.environ["NEZABUDKA_DATABASE_URL"] = db


@app.command()
def init() -> None:
    """Create or upgrade the database and load the reference data (idempotent)."""
    _setup()
    from django.core.management import call_command

    from nezabudka.registry.models import CriminalArticle, PlaceOfDetention
    from nezabudka.registry.reference_loader import load_reference

    call_command("migrate", verbosity=0, interactive=False)
    counts = load_reference(CriminalArticle, PlaceOfDetention)
    typer.echo(
        f"database ready; reference data: {CriminalArticle.objects.count()} articles, "
        f"{PlaceOfDetention.objects.count()} places ({counts['articles']} and "
        f"{counts['places']} new)"
    )


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="CSV, XLSX or JSON Lines file")],
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="import the valid rows; write the rejected ones to --rejected"
        ),
    ] = False,
    rejected: Annotated[
        Path | None,
        typer.Option(
            help="where to write rejected rows with reasons (CSV); default FILE.rejected.csv"
        ),
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="csv, xlsx or jsonl")] = None,
    encoding: Annotated[str, typer.Option(help="text encoding of a CSV file")] = "utf-8",
    map_: Annotated[
        list[str] | None,
        typer.Option("--map", help="rename a column: 'THEIR NAME=ours' (repeatable)"),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Import people from a spreadsheet or a JSON Lines export. All-or-nothing unless
    --skip-invalid; every problem is listed with its row and column."""
    _setup()
    from django.conf import settings

    from nezabudka.registry.importer import ImportRefused, import_file, parse_mapping
    from nezabudka.registry.services import Actor

    try:
        report = import_file(
            file,
            Actor.cli(),
            fmt=fmt,
            skip_invalid=skip_invalid,
            mapping=parse_mapping(map_ or []),
            encoding=encoding,
            country=settings.CONFIG.country,
            progress=_progress("import"),
        )
    except ImportRefused as e:
        _err(f"import refused, nothing was written: {len(e.problems)} problem(s) in {file.name}")
        for p in e.problems:
            _err(f"  {p}")
        raise typer.Exit(1) from None
    if report.rejected:
        target = rejected or file.with_suffix(file.suffix + ".rejected.csv")
        _write_rejected(target, report.rejected)
        _err(f"{len(report.rejected)} rows rejected; written with reasons to {target}")
    for w in report.warnings:
        _err(f"warning: {w}")
    if json_out:
        typer.echo(
            json.dumps(
                {
                    "file": report.file_name,
                    "sha256": report.sha256,
                    "rows": report.rows,
                    "already_imported": report.already_imported,
                    "people_created": report.people_created,
                    "people_updated": report.people_updated,
                    "facts_created": report.facts_created,
                    "citations_added": report.citations_added,
                    "superseded": report.superseded,
                    "disputed": report.disputed,
                    "rejected": [
                        {"row": n, "problems": [str(p) for p in ps]} for n, _, ps in report.rejected
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        typer.echo(report.summary())


def _write_rejected(target: Path, rejected: list[tuple[int, dict[str, str], list[Any]]]) -> None:
    import csv

    columns: list[str] = []
    for _, raw, _ in rejected:
        columns += [c for c in raw if c not in columns and c != "__extra__"]
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["row", "problems", *columns])
        for number, raw, problems in rejected:
            writer.writerow(
                [number, "; ".join(str(p) for p in problems), *[raw.get(c, "") for c in columns]]
            )


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or xlsx")] = "jsonl",
    audience: Annotated[
        str,
        typer.Option(
            help="who the file is for; the publication policy decides what it holds: admin or "
            "editor (working copy, everything), researcher, partner, public"
        ),
    ] = "admin",
    out: Annotated[
        Path | None, typer.Option(help="output file (default: standard output; required for xlsx)")
    ] = None,
) -> None:
    """Export every person: JSON Lines with all facts and citations, or one row per person."""
    _setup()
    from nezabudka.registry import exporter

    if fmt not in exporter.FORMATS:
        _err(f"unknown format {fmt!r}; use one of {', '.join(exporter.FORMATS)}")
        raise typer.Exit(2)
    if audience not in exporter.AUDIENCES:
        _err(f"unknown audience {audience!r}; use one of {', '.join(exporter.AUDIENCES)}")
        raise typer.Exit(2)
    docs = exporter.documents(progress=_progress("export"), audience=audience)
    if fmt == "xlsx":
        if out is None:
            _err("xlsx needs --out FILE")
            raise typer.Exit(2)
        with out.open("wb") as fb:
            count = exporter.write(fmt, fb, docs, audience)
    elif out is None:
        count = exporter.write(fmt, sys.stdout, docs, audience)
    else:
        with out.open("w", encoding="utf-8", newline="") as ft:
            count = exporter.write(fmt, ft, docs, audience)
    if out is not None:
        _err(f"exported {count} people to {out}")


@person_app.command("show")
def person_show(
    person_id: Annotated[int, typer.Argument(help="the person's id")],
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Show one person with every fact, its review status and its citations."""
    _setup()
    from nezabudka.registry import services
    from nezabudka.registry.models import Person

    try:
        person = services.person_with_facts(person_id)
    except Person.DoesNotExist:
        _err(f"no person with id {person_id}")
        raise typer.Exit(1) from None
    doc = services.person_document(person)
    if json_out:
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    typer.echo(
        f"#{doc['id']} {doc['display_name']}  [{doc['publication']}]"
        + (f"  external id {doc['external_id']}" if doc["external_id"] else "")
    )
    for f in doc["facts"]:
        what = " ".join(
            str(f[k]) for k in ("subtype", "value", "article_ref", "place_key") if f.get(k)
        )
        if f.get("years") is not None or f.get("months") is not None:
            what += f" {f.get('years') or 0}y {f.get('months') or 0}m"
        if f.get("regime"):
            what += f" {f['regime']}"
        typer.echo(f"  {f.get('date', ''):>10}  {f['kind']:<11} {what}  ({f['status']})")
        for c in f["citations"]:
            src = c["source"].get("title") or c["source"].get("url") or "source"
            loc = f", {c['locator']}" if c["locator"] else ""
            quote = f': "{c["passage"][:100]}"' if c["passage"] else ""
            typer.echo(f"              ← {src}{loc}{quote}")


@person_app.command("history")
def person_history(
    person_id: Annotated[int, typer.Argument(help="the person's id")],
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """List every recorded change about a person: who, when, before, after."""
    _setup()
    from nezabudka.registry import services

    changes = services.history(person_id)
    rows = [
        {
            "at": c.at.isoformat(),
            "author": c.author,
            "action": c.action,
            "entity": c.entity,
            "entity_id": c.entity_id,
            "before": c.before,
            "after": c.after,
            "reason": c.reason,
        }
        for c in changes
    ]
    if json_out:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        typer.echo(
            f"{r['at'][:19]}  {r['author']:<16} {r['action']:<7} {r['entity']} "
            f"{r['entity_id']}  {r['reason']}"
        )


names_app = typer.Typer(help="Find people by any spelling, in any script.", no_args_is_help=True)
app.add_typer(names_app, name="names")


@names_app.command("search")
def names_search(
    query: Annotated[
        str,
        typer.Argument(
            help="a name in any spelling, or - to read one query per line from standard input"
        ),
    ],
    limit: Annotated[int, typer.Option(help="most results per query")] = 10,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Search the registry by name. With --json prints a list, best first, of
    {person_id, name, matched, score}; score >= 0.9 means a confident match. With '-', prints
    one JSON list per input line (for matching a whole list)."""
    _setup()
    from dataclasses import asdict

    from nezabudka.registry.search import search_people

    queries = (line.rstrip("\n") for line in sys.stdin) if query == "-" else iter([query])
    for q in queries:
        matches = search_people(q, limit)
        if json_out or query == "-":
            typer.echo(json.dumps([asdict(m) for m in matches], ensure_ascii=False))
        else:
            for m in matches:
                typer.echo(f"{m.score:5.3f}  #{m.person_id:<7} {m.name}  (matched {m.matched!r})")


@names_app.command("duplicates")
def names_duplicates(
    min_score: Annotated[float, typer.Option(help="lowest score to list")] = 0.9,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """List pairs of people whose names look like the same person, for a person to review
    (nothing is merged automatically)."""
    _setup()
    from nezabudka.registry import names

    pairs = names.duplicates(min_score)
    shown = names.display_names({i for a, b, *_ in pairs for i in (a, b)})
    rows = [
        {
            "person_a": a,
            "person_b": b,
            "score": round(score, 4),
            "name_a": shown.get(a, ""),
            "name_b": shown.get(b, ""),
            "matched_a": fa,
            "matched_b": fb,
        }
        for a, b, score, fa, fb in pairs
    ]
    if json_out:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        typer.echo(
            f"{r['score']:5.3f}  #{r['person_a']} {r['name_a']}  ~  #{r['person_b']} {r['name_b']}"
        )


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="a report: text, saved HTML, PDF or DOCX")],
    lang: Annotated[str | None, typer.Option(help="en, ru or be (default: detected)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON (the default)")] = True,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm",
            help="also ask the local language model set up in NEZABUDKA_LLM_URL and print the "
            "merged result (its own claims marked engine: llm); off by default",
        ),
    ] = False,
) -> None:
    """Print the people and facts a report suggests, without writing anything. People are
    linked to registry ids through the name index when a database is there."""
    from nezabudka.extraction import read_document
    from nezabudka.extraction.llm import suggest

    llm_config = _llm_config_or_exit() if llm else None
    index = None
    try:
        _setup()
        from nezabudka.registry.suggestions import _IndexAdapter

        index = _IndexAdapter()
        index.search("probe", 1)
    except Exception:  # no database yet: extraction works without linking
        index = None
    try:
        doc = read_document(file)
        suggested = suggest(
            doc.text,
            lang or doc.language,
            llm_config,
            reference_date=doc.published,
            name_index=index,
        )
    except (OSError, ValueError) as e:
        _err(f"cannot read {file}: {e}")
        raise typer.Exit(1) from None
    if suggested.error is not None:
        _err(f"language model: {suggested.error}")
        raise typer.Exit(1)
    if suggested.warnings:
        _err(f"language model: {len(suggested.warnings)} problem(s) in its answer (see warnings)")
    typer.echo(json.dumps(suggested.result, ensure_ascii=False, indent=2 if not json_out else None))


def _llm_config_or_exit() -> Any:
    """The language model of the NEZABUDKA_LLM_* settings for ``--llm``, its destination
    checked; exits with status 2 and what to set when it is missing or refused."""
    from nezabudka.extraction.llm import LLMConfig, LLMError

    try:
        llm_config = LLMConfig.from_settings()
        if llm_config is not None:
            llm_config.check_destination()
    except LLMError as e:
        _err(f"--llm: {e}")
        raise typer.Exit(2) from None
    if llm_config is None:
        _err(
            "--llm needs a language model server: set NEZABUDKA_LLM_URL (e.g. "
            "http://127.0.0.1:8080/v1) and NEZABUDKA_LLM_MODEL; see docs/extraction.md"
        )
        raise typer.Exit(2)
    return llm_config


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="a report: text, saved HTML, PDF or DOCX")],
    lang: Annotated[str | None, typer.Option(help="en, ru or be (default: detected)")] = None,
    llm: Annotated[
        bool,
        typer.Option(
            "--llm",
            help="also ask the local language model set up in NEZABUDKA_LLM_URL; its own "
            "suggestions are marked for reviewers. If it fails, the rules' suggestions are "
            "stored anyway, the problem is printed and the exit status is 3. Off by default",
        ),
    ] = False,
) -> None:
    """Store a report as a source with its suggested facts, for review (`nezabudka review`).
    Nothing reaches the registry until a person accepts it."""
    llm_config = _llm_config_or_exit() if llm else None
    _setup()
    from nezabudka.registry.services import Actor
    from nezabudka.registry.suggestions import ingest_file

    try:
        report = ingest_file(file, Actor.cli(), lang, use_llm=llm, llm_config=llm_config)
    except (OSError, ValueError) as e:
        _err(f"cannot ingest {file}: {e}")
        raise typer.Exit(1) from None
    if report.already_seen:
        typer.echo(f"already stored as source #{report.source.pk}; nothing added")
        return
    from_model = f", {report.llm_only} of them from the language model only" if llm else ""
    typer.echo(
        f"source #{report.source.pk}: {report.people} people mentioned "
        f"({report.linked} linked to the registry), {report.suggestions} suggestions "
        f"waiting for review{from_model}"
    )
    if report.llm_warnings:
        _err(
            f"language model: {len(report.llm_warnings)} part(s) of its answer failed the "
            "checks and were left out"
        )
    for problem in report.problems:
        _err(f"warning: {problem}")
    if llm and report.problems:
        # stored with the rules' suggestions only: a script must be able to tell
        raise typer.Exit(3)


review_app = typer.Typer(help="Review suggested facts.", no_args_is_help=True)
app.add_typer(review_app, name="review")


@review_app.command("list")
def review_list(
    source: Annotated[int | None, typer.Option(help="only this source id")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Pending suggestions, grouped by person."""
    _setup()
    from nezabudka.registry.models import Suggestion

    pending = Suggestion.objects.filter(status=Suggestion.PENDING)
    if source:
        pending = pending.filter(source_id=source)
    rows = [
        {
            "id": s.pk,
            "source": s.source_id,
            "mention": s.mention,
            "role": s.role,
            "person_id": s.person_id,
            "claim": s.claim,
        }
        for s in pending
    ]
    if json_out:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        linked = f"#{r['person_id']}" if r["person_id"] else "new"
        detail = {k: v for k, v in r["claim"].items() if k not in ("kind", "quote")}
        typer.echo(
            f"{r['id']:>5}  {r['mention']} ({r['role']}, {linked})  {r['claim']['kind']} "
            f"{detail or ''}\n       “{r['claim']['quote'][:110]}”"
        )


@review_app.command("accept")
def review_accept(
    ids: Annotated[list[int], typer.Argument(help="suggestion ids")],
    person: Annotated[int | None, typer.Option(help="attach to this person instead")] = None,
) -> None:
    """Accept suggestions: each becomes a fact citing its source and quote."""
    _setup()
    from nezabudka.registry.models import Person, Suggestion
    from nezabudka.registry.services import Actor, RegistryError
    from nezabudka.registry.suggestions import accept

    target = Person.objects.get(pk=person) if person else None
    for sid in ids:
        try:
            s = accept(Actor.cli(), Suggestion.objects.get(pk=sid), person=target)
        except (Suggestion.DoesNotExist, RegistryError) as e:
            _err(f"suggestion {sid}: {e}")
            raise typer.Exit(1) from None
        typer.echo(f"suggestion {sid} accepted: fact #{s.fact_id} for person #{s.person_id}")


@review_app.command("reject")
def review_reject(
    ids: Annotated[list[int], typer.Argument(help="suggestion ids")],
    reason: Annotated[str, typer.Option(help="why")] = "",
) -> None:
    """Reject suggestions (kept, with who and why)."""
    _setup()
    from nezabudka.registry.models import Suggestion
    from nezabudka.registry.services import Actor, RegistryError
    from nezabudka.registry.suggestions import reject

    for sid in ids:
        try:
            reject(Actor.cli(), Suggestion.objects.get(pk=sid), reason)
        except (Suggestion.DoesNotExist, RegistryError) as e:
            _err(f"suggestion {sid}: {e}")
            raise typer.Exit(1) from None
        typer.echo(f"suggestion {sid} rejected")


keys_app = typer.Typer(help="Encryption keys for restricted data.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("generate")
def keys_generate(
    path: Annotated[Path, typer.Argument(help="new key file (refuses to overwrite)")],
) -> None:
    """Create a key file (mode 0600) with one random key; point NEZABUDKA_KEY_FILE at it."""
    from nezabudka.protection import crypto

    try:
        kid = crypto.generate_key_file(path)
    except FileExistsError:
        _err(f"{path} exists; rotate instead with `nezabudka keys rotate {path}`")
        raise typer.Exit(1) from None
    typer.echo(
        f"key {kid} written to {path}; set NEZABUDKA_KEY_FILE={path} and keep a copy "
        "offline: without it restricted data cannot be read"
    )


@keys_app.command("rotate")
def keys_rotate(
    path: Annotated[Path, typer.Argument(help="the key file in use")],
) -> None:
    """Add a new primary key to the key file (old keys stay for reading), then re-encrypt
    every restricted value with it while the application keeps running."""
    _setup()
    from nezabudka.protection import crypto
    from nezabudka.registry import restricted

    ring = crypto.KeyRing.from_file(path)
    kid = ring.rotate()
    ring.save(path)
    crypto.set_keyring(ring)
    moved = restricted.reencrypt()
    typer.echo(
        f"new primary key {kid}; {moved} values re-encrypted. Old keys can be retired "
        "once no value uses them."
    )


@keys_app.command("reencrypt")
def keys_reencrypt() -> None:
    """Re-encrypt restricted values still under an old key with the primary key."""
    _setup()
    from nezabudka.registry import restricted

    typer.echo(f"{restricted.reencrypt()} values re-encrypted")


audit_app = typer.Typer(help="Check the tamper-evident history.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(
    json_out: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Check the whole hash-chained history; names the first broken entry. Exit status 1 when
    the history was changed outside the application."""
    _setup()
    from nezabudka.registry import services

    report = services.verify_history()
    if json_out:
        typer.echo(
            json.dumps(
                {
                    "ok": report.ok,
                    "checked": report.checked,
                    "broken_entry": report.broken_seq,
                    "problem": report.problem.value if report.problem else None,
                    "message": report.message,
                    "head": report.head_hash,
                }
            )
        )
    elif report.ok:
        typer.echo(f"history intact: {report.checked} entries; head {report.head_hash}")
    else:
        _err(
            f"HISTORY BROKEN at entry {report.broken_seq}: {report.message} "
            f"({report.checked} entries before it are intact)"
        )
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("reads")
def audit_reads(
    limit: Annotated[int, typer.Option(help="how many, newest first")] = 50,
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Who read which restricted value, when, and for what (administrators)."""
    _setup()
    from nezabudka.registry import restricted

    rows = [
        {
            "at": r.at.isoformat(),
            "actor": r.actor,
            "field": r.value.field,
            "value_id": r.value_id,
            "person_id": r.value.person_id,
            "outcome": r.outcome,
            "purpose": r.purpose,
        }
        for r in restricted.reads(limit)
    ]
    if json_out:
        typer.echo(json.dumps(rows))
        return
    for r in rows:
        typer.echo(
            f"{r['at'][:19]}  {r['actor']:<16} {r['outcome']:<15} {r['field']} of "
            f"person #{r['person_id']} ({r['purpose']})"
        )


@app.command()
def backup(
    out: Annotated[Path, typer.Option("--out", help="backup file to write")],
) -> None:
    """Write an encrypted, integrity-checked backup of the whole database (needs the key
    ring: NEZABUDKA_KEY_FILE). Restricted values stay encrypted inside it."""
    _setup()
    from nezabudka.registry.backup import BackupError, backup_to

    try:
        counts = backup_to(out, progress=_progress("backup"))
    except BackupError as e:
        _err(f"backup failed: {e}")
        raise typer.Exit(1) from None
    typer.echo(f"backup written to {out}: {sum(counts.values())} rows in {len(counts)} tables")


@app.command()
def restore(
    file: Annotated[Path, typer.Argument(help="a backup made by `nezabudka backup`")],
) -> None:
    """Restore a backup into an empty database (run `nezabudka init` on it first). A tampered
    or truncated backup is refused and nothing is written."""
    _setup()
    from nezabudka.registry import services
    from nezabudka.registry.backup import BackupError, restore_backup

    try:
        with file.open("rb") as f:
            counts = restore_backup(f, progress=_progress("restore"))
    except (BackupError, OSError) as e:
        _err(f"restore refused: {e}")
        raise typer.Exit(1) from None
    report = services.verify_history()
    typer.echo(
        f"restored {sum(counts.values())} rows in {len(counts)} tables; history "
        + ("intact" if report.ok else f"BROKEN: {report.message}")
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def places(
    country: Annotated[str, typer.Option(help="country pack")] = "by",
    json_out: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """List the reference places of detention (keys usable in imports)."""
    from nezabudka import reference

    items = reference.places(country)
    if json_out:
        typer.echo(
            json.dumps(
                [
                    p.__dict__
                    if hasattr(p, "__dict__")
                    else {f: getattr(p, f) for f in p.__slots__}
                    for p in items
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    for p in items:
        typer.echo(f"{p.key:<18} {p.kind:<14} {p.town:<14} {p.address or '(address unknown)'}")


@app.command()
def demo(
    synthetic: Annotated[
        int, typer.Option(help="how many synthetic (generated, clearly marked) people to add")
    ] = 2000,
    seed: Annotated[int, typer.Option(help="random seed of the synthetic registry")] = 1,
) -> None:
    """Load demo data: the people of the two seed articles, each fact cited to its passage,
    and a synthetic registry marked as such. Idempotent."""
    _setup()
    from nezabudka.demo import load_demo

    summary = load_demo(synthetic=synthetic, seed=seed, progress=_progress("demo"))
    typer.echo(summary)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    workers: Annotated[int, typer.Option(help="gunicorn worker processes")] = 2,
) -> None:
    """Serve the web application with gunicorn (production-grade WSGI server)."""
    _setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    argv = [
        "gunicorn",
        "nezabudka.wsgi:application",
        "--bind",
        f"{host}:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        # ids only: the default format logs query strings, which can hold names
        "--access-logformat",
        '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms',
    ]
    typer.echo(f"serving on http://{host}:{port}/")
    os.execvp(sys.executable, [sys.executable, "-m", *argv])


# --- users (web accounts) -------------------------------------------------------------------

user_app = typer.Typer(help="Web accounts: roles and two-factor enrolment.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("create")
def user_create(
    username: Annotated[str, typer.Argument(help="user name")],
    role: Annotated[
        str, typer.Option(help="administrator, editor, researcher, viewer or partner")
    ] = "viewer",
) -> None:
    """Create a web user with a role. Prompts for the password; prints the one-time
    authenticator (TOTP) enrolment URL and secret to confirm with a code at first sign-in."""
    _setup()
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from nezabudka.accounts.roles import Role, create_user

    if role not in {r.value for r in Role}:
        _err(f"unknown role {role!r}; use one of: {', '.join(r.value for r in Role)}")
        raise typer.Exit(2)
    password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        validate_password(password)
    except ValidationError as e:
        _err("password refused: " + " ".join(e.messages))
        raise typer.Exit(2) from None
    try:
        _user, url = create_user(username, role, password=password)
    except ValueError as e:
        _err(str(e))
        raise typer.Exit(1) from None
    from urllib.parse import parse_qs, urlparse

    secret = parse_qs(urlparse(url).query)["secret"][0]
    typer.echo(f"user {username} created with role {role}")
    typer.echo("Add this to an authenticator app now (shown once), then sign in with a code:")
    typer.echo(f"  {url}")
    typer.echo(f"  secret: {secret}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
