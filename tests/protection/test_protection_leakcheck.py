"""The leak checker, on model channels (JSON API, CSV export, HTML list, file names).

The application's own channel tests use the same checker on its real outputs."""

from __future__ import annotations

import csv
import html
import io
import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.core.vocab import Publication
from nezabudka.protection.leakcheck import (
    LeakChecker,
    expected_ids,
    find_leaks,
    sentinel_fields,
    sentinel_names,
)
from nezabudka.protection.policy import Audience, PersonRecord, Purpose, render_many


@st.composite
def registry(draw: st.DrawFn) -> list[PersonRecord]:
    n = draw(st.integers(1, 8))
    return [
        PersonRecord(
            id=i,
            publication=draw(st.sampled_from(list(Publication))),
            names=sentinel_names(i),
            fields=sentinel_fields(i),
            no_photo=draw(st.booleans()),
            no_birthday=draw(st.booleans()),
            no_anniversaries=draw(st.booleans()),
            anonymise=draw(st.booleans()),
            allow_letters=draw(st.booleans()),
        )
        for i in range(1, n + 1)
    ]


def json_channel(a: Audience, u: Purpose, people: list[PersonRecord]) -> str:
    return json.dumps(list(render_many(a, u, people)), default=str)  # ASCII-escaped


def csv_channel(a: Audience, u: Purpose, people: list[PersonRecord]) -> str:
    rows = list(render_many(a, u, people))
    buf = io.StringIO()
    cols = sorted({k for r in rows for k in r})
    w = csv.DictWriter(buf, cols)
    w.writeheader()
    w.writerows({k: str(v) for k, v in r.items()} for r in rows)
    return buf.getvalue()


def html_channel(a: Audience, u: Purpose, people: list[PersonRecord]) -> str:
    items = [
        f'<li data-id="{r["id"]}">' + html.escape(" / ".join(map(str, r.values()))) + "</li>"
        for r in render_many(a, u, people)
    ]
    return f"<ul>{''.join(items)}</ul>"


def filename_channel(a: Audience, u: Purpose, people: list[PersonRecord]) -> str:
    return "\n".join(f"{u}-{r['id']}-{r.get('name', 'x')}.pdf" for r in render_many(a, u, people))


CHANNELS = [json_channel, csv_channel, html_channel, filename_channel]


@settings(max_examples=40, deadline=None)
@given(registry())
def test_policy_rendered_channels_do_not_leak(people: list[PersonRecord]) -> None:
    for a, u in itertools.product(Audience, Purpose):
        check = LeakChecker(a, u, people)
        for channel in CHANNELS:
            assert check(channel(a, u, people)) == [], (a, u, channel.__name__)
        shown = json.loads(json_channel(a, u, people))
        assert [r["id"] for r in shown] == expected_ids(a, u, people)


def test_checker_catches_leaky_channels() -> None:
    hidden = PersonRecord(1, Publication.HIDDEN, sentinel_names(1), sentinel_fields(1))
    anon = PersonRecord(
        2, Publication.PUBLIC, sentinel_names(2), sentinel_fields(2), anonymise=True
    )
    shy = PersonRecord(
        3, Publication.PUBLIC, sentinel_names(3), sentinel_fields(3), no_birthday=True
    )
    people = [hidden, anon, shy]
    fields3 = sentinel_fields(3)
    bd = fields3["birth_date"]
    # a page that forgot the policy entirely
    raw = json.dumps([{"name": p.display_name, **p.fields} for p in people], default=str)
    leaks = find_leaks(raw, "public", "list", people)
    assert any("person 1" in m for m in leaks)
    assert any("person 2: real name" in m for m in leaks)
    assert any("person 3: birth_date more precise" in m for m in leaks)
    assert any("relatives" in m for m in leaks)
    # escaped forms are found too
    assert find_leaks(html.escape(anon.display_name), "public", "list", people)
    assert find_leaks(json.dumps(anon.names["be"]), "public", "list", people)
    assert find_leaks(f"{bd.day:02d}.{bd.month:02d}.{bd.year}", "public", "profile", people)
    # a correct render passes
    assert (
        find_leaks(json_channel(Audience.PUBLIC, Purpose.LIST, people), "public", "list", people)
        == []
    )
