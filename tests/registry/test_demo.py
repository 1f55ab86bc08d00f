from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.demo import load_demo
from nezabudka.demo.seed_people import PEOPLE, SOURCES
from nezabudka.registry.models import Citation, Fact, Person

from .helpers import counts


def test_every_seed_passage_is_in_its_article():
    for person in PEOPLE:
        for fact in person.facts:
            assert fact.passage in SOURCES[fact.source].text(), fact.passage
            assert not fact.data.validate(), fact


@pytest.mark.django_db
def test_demo_loads_seed_people_and_a_marked_synthetic_registry():
    load_demo(synthetic=50, seed=3)
    kashpul = Person.objects.get(external_id="demo-kashpul")
    assert kashpul.display_name == "Aliaksandr Kashpul" and not kashpul.synthetic
    sentence = kashpul.facts.get(kind="sentence")
    assert (sentence.years, sentence.regime) == (15, "prison")
    assert set(kashpul.facts.filter(kind="charge").values_list("article_ref", flat=True)) == {
        "295",
        "361-1",
        "356",
    }
    assert (
        kashpul.facts.get(kind="event", subtype="dismissal").get_partial("date").iso() == "2021-02"
    )
    rabkova = Person.objects.get(external_id="demo-rabkova")
    assert rabkova.facts.get(subtype="detention").get_partial("date").iso() == "2020-09-18~"
    assert Person.objects.filter(synthetic=True).count() == 50
    assert not Fact.objects.filter(citations__isnull=True).exists()
    assert Citation.objects.filter(fact__person=kashpul, passage="").count() == 0
    before = counts()
    load_demo(synthetic=50, seed=3)
    assert counts() == before


@pytest.mark.django_db
def test_person_show_cli():
    load_demo(synthetic=0)
    pid = Person.objects.get(external_id="demo-chapiuk").pk
    result = CliRunner().invoke(app, ["person", "show", str(pid)])
    assert result.exit_code == 0
    assert "Andrei Chapiuk" in result.output and "2020-10-02" in result.output
    as_json = CliRunner().invoke(app, ["person", "show", str(pid), "--json"])
    assert '"external_id": "demo-chapiuk"' in as_json.output
    missing = CliRunner().invoke(app, ["person", "show", "999999"])
    assert missing.exit_code == 1
