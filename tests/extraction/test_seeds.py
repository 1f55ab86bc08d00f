"""The two seed articles give the facts a monitor would copy by hand."""

from __future__ import annotations

from typing import Any

import pytest

from nezabudka.extraction import extract


def person(result: dict[str, Any], surname: str) -> dict[str, Any]:
    hits = [p for p in result["people"] if p["name"].endswith(surname)]
    assert len(hits) == 1, [p["name"] for p in result["people"]]
    return hits[0]


def kinds(p: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [c for c in p["claims"] if c["kind"] == kind]


@pytest.fixture(scope="module")
def k(kashpul: str) -> dict[str, Any]:
    return extract(kashpul, "en")


@pytest.fixture(scope="module")
def c(chapiuk: str) -> dict[str, Any]:
    return extract(chapiuk)


def test_kashpul_sentence_and_charges(k: dict[str, Any]) -> None:
    p = person(k, "Kashpul")
    assert p["name"] == "Aliaksandr Kashpul"
    assert p["role"] == "prisoner"
    (s,) = kinds(p, "sentenced")
    assert (s["years"], s["regime"]) == (15, "prison")
    assert {c["article"] for c in kinds(p, "charged")} == {"356", "361-1", "295"}


def test_kashpul_places_and_events(k: dict[str, Any]) -> None:
    p = person(k, "Kashpul")
    places = [c["facility"] for c in kinds(p, "held_at")]
    assert {"kind": "pretrial", "number": 3, "town": "Homiel"} in places
    assert {"kind": "prison", "number": 4, "town": "Mahiliou"} in places
    for kind in ("hunger_strike", "punishment_cell", "medical_neglect"):
        assert kinds(p, kind), kind
    assert [c["date"] for c in kinds(p, "funeral_denied")] == ["2022"]
    assert [c["date"] for c in kinds(p, "dismissed")] == ["2021-02"]


def test_kashpul_others(k: dict[str, Any]) -> None:
    assert person(k, "Sakalau")["role"] == "other"
    assert person(k, "Sakalau")["claims"] == []
    assert person(k, "Lukashenka")["role"] == "other"
    assert person(k, "Leontieva")["role"] == "other"
    # "Sasha" is Kashpul, not a person of its own, and not Sakalau
    assert not any(p["name"] == "Sasha" for p in k["people"])


def test_every_claim_quotes_the_text(k: dict[str, Any], kashpul: str) -> None:
    for p in k["people"]:
        for claim in p["claims"]:
            assert claim["quote"] and claim["quote"] in kashpul


def test_chapiuk(c: dict[str, Any]) -> None:
    p = person(c, "Chapiuk")
    assert p["role"] == "prisoner"
    assert [x["date"] for x in kinds(p, "detained")] == ["2020-10-02"]
    (s,) = kinds(p, "sentenced")
    assert s["years"] == 6 and s.get("months") is None
    assert kinds(p, "fined")
    assert [x["date"] for x in kinds(p, "released")] == ["2025-04"]
    assert kinds(p, "exile")


def test_rabkova_two_weeks_before(c: dict[str, Any]) -> None:
    p = person(c, "Rabkova")
    assert p["name"] == "Marfa Rabkova"
    assert p["role"] == "prisoner"
    assert [x["date"] for x in kinds(p, "detained")] == ["2020-09-18"]


def test_chapiuk_others(c: dict[str, Any]) -> None:
    assert person(c, "Lukashenka")["role"] == "other"
    assert person(c, "Jackson")["role"] == "other"
    assert person(c, "Bialiatski")["role"] == "prisoner"
    assert not any(p["name"] in ("Masha", "Nasta") for p in c["people"])
