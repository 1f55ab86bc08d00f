"""The registry's name index and generated spellings (the library itself is tested in
tests/names)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.core.facts import FactData
from nezabudka.registry import names, services
from nezabudka.registry.models import Fact, NameVariant
from nezabudka.registry.search import search_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(actor):
    names.INDEX.__init__()  # a fresh index per test database
    src, _ = services.ensure_source(actor, kind="article", title="t")
    people = {}
    for key, name in (
        ("kashpul", "Аляксандр Кашпуль"),
        ("kashpul_wife", "Вольга Кашпуль"),
        ("bialiatski", "Алесь Бяляцкі"),
    ):
        p = services.create_person(actor, external_id=key)
        services.add_fact(
            actor,
            p,
            FactData(kind="name", value=name, subtype="full", details={"script": "cyrillic"}),
            [services.CitationData(src)],
        )
        people[key] = p
    return people, src


def test_any_spelling_finds_the_person(registry):
    people, _ = registry
    for query in (
        "Aliaksandr Kashpul",
        "Aleksandr Kashpul",
        "KASHPUL Aliaksandr",
        "Kashpul, Alyaksandr",
        "Александр Кашпуль",
    ):
        best = search_people(query)[0]
        assert best.person_id == people["kashpul"].pk, query
        assert best.score >= 0.9 and best.matched == "Аляксандр Кашпуль"
    assert search_people("Ales Bialiatski")[0].person_id == people["bialiatski"].pk


def test_index_follows_name_changes(registry, actor):
    people, src = registry
    assert not [m for m in search_people("Marfa Rabkova") if m.score >= 0.9]
    services.add_fact(
        actor,
        people["bialiatski"],
        FactData(kind="name", value="Marfa Rabkova"),
        [services.CitationData(src)],
    )
    assert search_people("Marfa Rabkova")[0].person_id == people["bialiatski"].pk
    fact = Fact.objects.get(value="Marfa Rabkova")
    services.set_status(actor, fact, "rejected", "wrong person")
    assert all(m.score < 0.9 for m in search_people("Marfa Rabkova"))


def test_generated_latin_forms_are_stored_and_exported(registry):
    people, _ = registry
    forms = set(NameVariant.objects.filter(person=people["kashpul"]).values_list("text", "system"))
    assert ("Aliaksandr Kashpul", "be_passport") in forms
    doc = services.person_document(services.person_with_facts(people["kashpul"].pk))
    assert {"text": "Aliaksandr Kashpul", "script": "latin", "system": "be_passport"} in doc[
        "generated_names"
    ]
    assert all(f["kind"] != "name" or f["value"] != "Aliaksandr Kashpul" for f in doc["facts"])


def test_cli_search_json_and_stdin(registry):
    people, _ = registry
    out = CliRunner().invoke(app, ["names", "search", "Aliaksandr Kashpul", "--json"]).output
    results = json.loads(out)
    assert results[0]["person_id"] == people["kashpul"].pk
    assert set(results[0]) >= {"person_id", "name", "matched", "score"}
    out = (
        CliRunner()
        .invoke(
            app, ["names", "search", "-", "--limit", "1"], input="Ales Bialiatski\nВольга Кашпуль\n"
        )
        .output
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r[0]["person_id"] for r in lines] == [
        people["bialiatski"].pk,
        people["kashpul_wife"].pk,
    ]


def test_cli_duplicates(registry, actor):
    people, src = registry
    twin = services.create_person(actor)
    services.add_fact(
        actor, twin, FactData(kind="name", value="Aliaksandr Kashpul"), [services.CitationData(src)]
    )
    rows = json.loads(CliRunner().invoke(app, ["names", "duplicates", "--json"]).output)
    pairs = {frozenset((r["person_a"], r["person_b"])) for r in rows}
    assert frozenset((people["kashpul"].pk, twin.pk)) in pairs
    assert frozenset((people["kashpul"].pk, people["kashpul_wife"].pk)) not in pairs
