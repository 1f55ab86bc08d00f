"""The output shape the CLI prints and the review queue reads."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from nezabudka.extraction import CLAIM_KINDS, extract, extract_file
from nezabudka.extraction.evaluate import GOLD_DIR, load_gold

ALLOWED = {"kind", "quote", "date", "article", "years", "months", "regime", "facility", "how"}
FACILITY_KINDS = {"pretrial", "prison", "penal_colony", "open_facility", "temporary"}


def check(result: dict[str, Any], text: str) -> None:
    assert set(result) == {"people"}
    for p in result["people"]:
        assert set(p) == {"name", "role", "person_id", "claims"}
        assert p["role"] in ("prisoner", "detainee", "other")
        for c in p["claims"]:
            assert set(c) <= ALLOWED
            assert c["kind"] in CLAIM_KINDS
            assert c["quote"] in text
            if "date" in c:
                assert len(c["date"]) in (4, 7, 10)
            if "facility" in c:
                f = c["facility"]
                assert set(f) == {"kind", "number", "town"} and f["kind"] in FACILITY_KINDS
    json.dumps(result)


def test_shape_on_every_gold_report() -> None:
    for rep in load_gold():
        check(extract(rep["text"], rep["lang"]), rep["text"])


def test_empty_and_junk() -> None:
    assert extract("") == {"people": []}
    assert extract("   \n\n ") == {"people": []}
    junk = "Art. 999-99 on 31 February 2021 ... Prison No. 99, ч. ст. УК, 2 гады і, Sasha Masha."
    check(extract(junk), junk)


def test_extract_file(tmp_path: Any) -> None:
    f = tmp_path / "r.txt"
    f.write_text((GOLD_DIR / "seed_chapiuk.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = extract_file(f)
    assert any(p["name"] == "Andrei Chapiuk" for p in out["people"])


class FakeIndex:
    def __init__(self) -> None:
        self.queries: list[str] = []

    def search(self, query: str, limit: int = 10) -> list[Any]:
        self.queries.append(query)

        class Hit:
            person_id = 42
            name = "Андрэй Чапюк"
            matched = query
            score = 0.97

        return [Hit()] if "Chapiuk" in query else []


def test_linking_through_name_index() -> None:
    idx = FakeIndex()
    out = extract(
        "On 2 October 2020 Andrei Chapiuk was arrested. Judge Alena Shylko was there.",
        "en",
        name_index=idx,
    )
    ids = {p["name"]: p["person_id"] for p in out["people"]}
    assert ids == {"Andrei Chapiuk": 42, "Alena Shylko": None}


_PIECES = st.sampled_from(
    [
        "Aliaksandr Kashpul", "Sasha", "was detained on 2 October 2020", "sentenced to 15 years",
        "in a Mogilev prison", "Art. 361-1", "high treason", "two weeks before Chapiuk", "Judge",
        "Людмилу Ковалёву", "задержали", "ч. 1 ст. 342 УК", "в СИЗО-1 в Минске", "на 3 года",
        "Андрэя Кавалёнка", "затрымалі 14 чэрвеня 2021 года", "калоніі № 2 у Бабруйску", ". ",
        ", and ", "; ", "he", "она", "released", "pardoned", "hunger strike", "ШИЗО", "\n",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25))
def test_never_raises_and_keeps_the_shape(parts: list[str]) -> None:
    text = " ".join(parts)
    check(extract(text), text)
