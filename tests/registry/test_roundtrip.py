"""export → import into an empty database → export gives the same people, facts, statuses
and citations (JSON Lines); CSV and XLSX round-trip the flat columns."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate
from nezabudka.registry import exporter
from nezabudka.registry.importer import import_file

from .helpers import write_csv

pytestmark = pytest.mark.django_db

CYR = "абвгдеёжзійклмнопрстуўфхцчшыьэюяАБВГДЕЖЗІКЛМНОПРСТУФХЦЧШЭЮЯ'"
LAT = "abcdefghijklmnopqrstuvwxyzščžćńłŭABCDEFGHIJKLMNOPRSTUVWZ"
word = st.text(alphabet=st.sampled_from(CYR + LAT), min_size=2, max_size=12)
name = st.builds(lambda a, b: f"{a} {b}", word, word)


@st.composite
def partial(draw):
    year = draw(st.integers(1950, 2026))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    day = draw(st.integers(1, 28)) if month and draw(st.booleans()) else None
    return PartialDate(year, month, day, draw(st.booleans())).iso()


ARTICLE_CELLS = ["342", "361-1", "Part 1 of Art. 342", "ч. 2 ст. 293", "13+293", "411", "130"]

row = st.fixed_dictionaries(
    {
        "name": name,
        "names": st.lists(name, max_size=2).map(" | ".join),
        "birth_date": st.one_of(st.just(""), partial()),
        "gender": st.sampled_from(["", "f", "m"]),
        "arrested_on": st.one_of(st.just(""), partial()),
        "articles": st.lists(st.sampled_from(ARTICLE_CELLS), max_size=3, unique=True).map(
            "; ".join
        ),
        "sentence": st.sampled_from(
            ["", "2 years", "4 1/2 years", "6 years and a fine", "18 months"]
        ),
        "regime": st.sampled_from(["", "general", "strict", "open_facility"]),
        "place_of_detention": st.sampled_from(["", "IK-15", "SIZO-1", "a barracks"]),
        "status": st.sampled_from(["", "imprisoned", "released"]),
        "publication": st.sampled_from(["public", "internal", "hidden"]),
        "source_url": st.sampled_from(["", "https://example.org/a", "https://example.org/b"]),
        "notes": st.text(
            alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30
        ).map(str.strip),
    }
)


def export_docs() -> list[dict]:
    out = io.StringIO()
    exporter.write("jsonl", out, exporter.documents())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def strip_ids(docs: list[dict]) -> list[dict]:
    """Database ids are not kept across databases; external_id is the stable key."""

    def fact(f):
        return {k: v for k, v in f.items() if k != "id"}

    cleaned = [
        {
            k: (
                sorted((fact(f) for f in v), key=lambda f: json.dumps(f, sort_keys=True))
                if k == "facts"
                else v
            )
            for k, v in d.items()
            if k != "id"
        }
        for d in docs
    ]
    return sorted(cleaned, key=lambda d: json.dumps(d, sort_keys=True, ensure_ascii=False))


@settings(max_examples=15)
@given(st.lists(row, min_size=1, max_size=4))
def test_jsonl_round_trip_keeps_every_field_and_citation(
    tmp_path_factory, actor, wipe_registry, rows
):
    wipe_registry()
    tmp = tmp_path_factory.mktemp("rt")
    rows = [dict(r, external_id=f"e{i}") for i, r in enumerate(rows)]
    import_file(write_csv(tmp / "in.csv", rows), actor)
    first = export_docs()
    (tmp / "out.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in first), encoding="utf-8"
    )
    wipe_registry()
    import_file(tmp / "out.jsonl", actor)
    second = export_docs()
    assert strip_ids(second) == strip_ids(first)
    # and importing the same export again adds nothing
    import_file(tmp / "out.jsonl", actor)
    assert strip_ids(export_docs()) == strip_ids(first)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@settings(max_examples=8)
@given(rows=st.lists(row, min_size=1, max_size=3))
def test_flat_round_trip(tmp_path_factory, actor, wipe_registry, fmt, rows):
    wipe_registry()
    tmp = tmp_path_factory.mktemp("flat")
    rows = [dict(r, external_id=f"e{i}") for i, r in enumerate(rows)]
    import_file(write_csv(tmp / "in.csv", rows), actor)
    path = tmp / f"out.{fmt}"
    with path.open(
        "wb" if fmt == "xlsx" else "w",
        **({} if fmt == "xlsx" else {"encoding": "utf-8", "newline": ""}),
    ) as f:
        exporter.write(fmt, f, exporter.documents())
    first = strip_ids(export_docs())
    wipe_registry()
    import_file(path, actor)
    again = strip_ids(export_docs())

    def flat_view(docs):  # what a one-row-per-person file can carry
        return [
            (
                d["external_id"],
                d["publication"],
                d["display_name"],
                sorted(
                    (
                        f["kind"],
                        f.get("subtype", ""),
                        f.get("value", ""),
                        f.get("date", ""),
                        f.get("article_ref", ""),
                        f.get("place_key", ""),
                        f.get("years"),
                        f.get("months"),
                        f.get("regime", ""),
                    )
                    for f in d["facts"]
                ),
            )
            for d in docs
        ]

    assert flat_view(again) == flat_view(first)


def test_bad_jsonl_is_refused_with_line_numbers(tmp_path, actor):
    from nezabudka.registry.importer import ImportRefused

    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"external_id": "a", "facts": [{"kind": "name", "value": "A B", '
        '"citations": []}]}\nnot json\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    assert [p.row for p in e.value.problems] == [2]
