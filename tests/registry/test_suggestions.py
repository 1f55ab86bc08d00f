"""Article in, facts out — the registry side: ingest stores a source and suggestions only;
nothing reaches the registry until a person accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from nezabudka.registry import names
from nezabudka.registry.models import Fact, Person, Source, Suggestion
from nezabudka.registry.services import RegistryError
from nezabudka.registry.suggestions import accept, claim_to_fact, ingest_file, reject

from .helpers import counts

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "nezabudka/demo/seeds/salidarnast_kashpul.txt"


@pytest.fixture(autouse=True)
def fresh_index():
    names.INDEX.__init__()


def test_ingest_writes_nothing_to_the_registry(actor):
    report = ingest_file(SEED, actor)
    assert report.suggestions > 5
    c = counts()
    assert c["Person"] == 0 and c["Fact"] == 0 and c["Citation"] == 0
    assert Suggestion.objects.filter(status="pending").count() == report.suggestions


def test_reingest_is_recognised_also_in_another_format(actor, tmp_path):
    ingest_file(SEED, actor)
    before = Suggestion.objects.count()
    assert ingest_file(SEED, actor).already_seen
    html = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text().splitlines() if line)
    html.write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    report = ingest_file(html, actor)
    if not report.already_seen:  # main-text extraction may differ in whitespace only
        assert Source.objects.count() == 2
    assert Suggestion.objects.count() >= before


def test_accept_creates_a_cited_fact_and_the_person(actor):
    ingest_file(SEED, actor)
    sentence = Suggestion.objects.get(kind="sentenced", mention="Aliaksandr Kashpul")
    accept(actor, sentence)
    person = Person.objects.get()
    assert person.display_name == "Aliaksandr Kashpul"
    fact = person.facts.get(kind="sentence")
    assert (fact.years, fact.regime) == (15, "prison")
    cite = fact.citations.get()
    assert cite.passage == sentence.quote and cite.passage in cite.source.text
    charge = Suggestion.objects.get(kind="charged", claim__article="356")
    assert charge.person_id == person.pk  # later suggestions follow the accepted person
    accept(actor, charge)
    assert Person.objects.count() == 1
    with pytest.raises(RegistryError, match="already accepted"):
        accept(actor, charge)


def test_reject_keeps_the_decision(actor):
    ingest_file(SEED, actor)
    s = Suggestion.objects.first()
    reject(actor, s, "not about him")
    s.refresh_from_db()
    assert (s.status, s.reason, s.decided_by) == ("rejected", "not about him", "test")
    assert Fact.objects.count() == 0


@pytest.mark.parametrize(
    "claim,kind",
    [
        ({"kind": "detained", "quote": "q", "date": "2020-10-02"}, "event"),
        ({"kind": "charged", "quote": "q", "article": "361-1"}, "charge"),
        (
            {
                "kind": "held_at",
                "quote": "q",
                "facility": {"kind": "prison", "number": 4, "town": "Mahiliou"},
            },
            "custody",
        ),
        ({"kind": "fined", "quote": "q"}, "sentence"),
        ({"kind": "funeral_denied", "quote": "q", "date": "2022"}, "event"),
    ],
)
def test_claims_map_to_valid_facts(claim, kind):
    data = claim_to_fact(claim)
    assert data.kind == kind and not data.validate()
    if claim["kind"] == "held_at":
        assert data.place_key == "prison-4"
