from __future__ import annotations

import pytest

from nezabudka.core.dates import PartialDate
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import SourceKind
from nezabudka.registry import services
from nezabudka.registry.models import Change, Fact
from nezabudka.registry.services import CitationData, RegistryError

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(actor):
    return services.ensure_source(
        actor,
        kind=SourceKind.ARTICLE,
        title="A report",
        text="Marfa Rabkova was arrested on 17 September 2020.",
    )[0]


@pytest.fixture
def person(actor, source):
    p = services.create_person(actor, external_id="r-1")
    services.add_fact(
        actor,
        p,
        FactData(kind="name", value="Marfa Rabkova", subtype="full"),
        [CitationData(source, passage="Marfa Rabkova")],
    )
    return p


def test_a_fact_without_a_source_is_refused(actor, person):
    with pytest.raises(RegistryError, match="cite at least one source"):
        services.add_fact(actor, person, FactData(kind="note", value="x"), [])


def test_invalid_fact_lists_every_problem(actor, person, source):
    data = FactData(kind="sentence", regime="forever", months=14, value="x")
    with pytest.raises(RegistryError) as e:
        services.add_fact(actor, person, data, [CitationData(source)])
    assert set(e.value.errors) == {"regime", "months", "value"}


def test_same_statement_from_a_second_source_adds_a_citation(actor, person, source):
    other, _ = services.ensure_source(actor, kind=SourceKind.TESTIMONY, title="relative")
    data = FactData(kind="event", subtype="detention", date=PartialDate(2020, 9, 17))
    f1, created1 = services.add_fact(actor, person, data, [CitationData(source, "arrested")])
    f2, created2 = services.add_fact(actor, person, data, [CitationData(other, "they took her")])
    assert created1 and not created2 and f1.pk == f2.pk
    assert f1.citations.count() == 2


def test_conflicting_facts_coexist(actor, person, source):
    other, _ = services.ensure_source(actor, kind=SourceKind.ARTICLE, title="other")
    for day, src in ((17, source), (18, other)):
        services.add_fact(
            actor,
            person,
            FactData(kind="event", subtype="detention", date=PartialDate(2020, 9, day)),
            [CitationData(src)],
        )
    assert Fact.objects.filter(person=person, kind="event").count() == 2


def test_status_changes_and_retraction_are_recorded_not_deleted(actor, person, source):
    fact, _ = services.add_fact(
        actor, person, FactData(kind="note", value="rumour"), [CitationData(source)]
    )
    services.set_status(actor, fact, "disputed", "another source disagrees")
    with pytest.raises(RegistryError, match="say why"):
        services.retract(actor, fact, "  ")
    services.retract(actor, fact, "the report was withdrawn")
    fact.refresh_from_db()
    assert fact.status == "retracted"
    history = [
        (c.action, c.before, c.after, c.reason)
        for c in services.history(person.pk)
        if c.entity == "fact" and c.entity_id == fact.pk
    ]
    assert history[1:] == [
        ("status", {"status": "accepted"}, {"status": "disputed"}, "another source disagrees"),
        ("status", {"status": "disputed"}, {"status": "retracted"}, "the report was withdrawn"),
    ]


def test_every_change_has_author_time_and_a_hash_chain(actor, person):
    services.update_person(actor, person, publication="public", reason="family agreed")
    changes = list(Change.objects.order_by("id"))
    assert all(c.author == "test" and c.at for c in changes)
    assert services.verify_history().ok
    assert [c.pk for c in changes] == list(range(1, len(changes) + 1))
    last = changes[-1]
    assert (last.before, last.after) == ({"publication": "internal"}, {"publication": "public"})


def test_display_name_follows_name_facts(actor, person, source):
    assert person.display_name == "Marfa Rabkova"
    fact = Fact.objects.get(kind="name")
    services.add_fact(
        actor,
        person,
        FactData(
            kind="name", value="Марфа Рабкова", subtype="full", details={"script": "cyrillic"}
        ),
        [CitationData(source)],
    )
    services.set_status(actor, fact, "rejected", "misspelt")
    person.refresh_from_db()
    assert person.display_name == "Марфа Рабкова"


def test_person_page_query_count_does_not_grow_with_facts(
    actor, person, source, django_assert_num_queries
):
    other = services.create_person(actor)
    for i in range(40):
        services.add_fact(
            actor,
            other,
            FactData(kind="note", value=f"note {i}"),
            [CitationData(source, locator=f"p{i}")],
        )
    for p in (person, other):
        with django_assert_num_queries(4):
            doc = services.person_document(services.person_with_facts(p.pk))
        assert doc["facts"]
