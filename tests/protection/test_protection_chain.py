from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.protection.chain import (
    GENESIS,
    HmacHasher,
    Problem,
    Sha256Hasher,
    canonical_json,
    entry_hash,
    verify_chain,
)
from nezabudka.protection.crypto import KeyRing

Entry = tuple[int, str, str, dict[str, Any]]


def build(payloads: list[dict[str, Any]], hasher: Any = None) -> list[Entry]:
    h = hasher or Sha256Hasher()
    out: list[Entry] = []
    prev = GENESIS
    for seq, payload in enumerate(payloads, 1):
        digest = h.hash(prev, payload, seq)
        out.append((seq, prev, digest, payload))
        prev = digest
    return out


def payloads(n: int) -> list[dict[str, Any]]:
    return [
        {
            "actor": 7,
            "action": "update",
            "table": "person",
            "row": i,
            "diff": {"status": "released"},
        }
        for i in range(n)
    ]


def test_intact_chain() -> None:
    entries = build(payloads(5))
    report = verify_chain(entries)
    assert report and report.checked == 5 and report.head_seq == 5
    assert report.head_hash == entries[-1][2]
    assert verify_chain([]).ok


def test_hash_is_canonical_and_binds_seq() -> None:
    a = entry_hash(GENESIS, {"b": 1, "a": "Лосік"}, 1)
    assert a == entry_hash(GENESIS, {"a": "Лосік", "b": 1}, 1)
    assert a != entry_hash(GENESIS, {"a": "Лосік", "b": 1}, 2)
    assert a != entry_hash("1" * 64, {"a": "Лосік", "b": 1}, 1)
    assert entry_hash(GENESIS, {"seq": 3, "x": 1}) == entry_hash(GENESIS, {"seq": 3, "x": 1}, 3)
    with pytest.raises(ValueError):
        entry_hash(GENESIS, {"seq": 3}, 4)
    with pytest.raises(ValueError):
        entry_hash(GENESIS, {"x": 1})
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})
    with pytest.raises(TypeError):
        canonical_json({"when": object()})


def test_edited_payload_is_named() -> None:
    entries = build(payloads(6))
    seq, prev, digest, payload = entries[3]
    entries[3] = (seq, prev, digest, {**payload, "diff": {"status": "imprisoned"}})
    report = verify_chain(entries)
    assert not report and report.problem is Problem.EDITED and report.broken_seq == 4
    assert "entry 4" in report.message and report.head_seq == 3


def test_deleted_entry_is_a_gap() -> None:
    entries = build(payloads(6))
    del entries[2]
    report = verify_chain(entries)
    assert report.problem is Problem.GAP and report.broken_seq == 3
    assert "entry 3 missing" in report.message
    entries = build(payloads(6))
    del entries[0]
    report = verify_chain(entries)
    assert report.problem is Problem.BAD_START and report.broken_seq == 1


def test_deleted_and_renumbered_is_a_wrong_link() -> None:
    entries = build(payloads(6))
    del entries[2]
    renumbered = [(i, p, h, d) for i, (_, p, h, d) in enumerate(entries, 1)]
    report = verify_chain(renumbered)
    assert report.problem is Problem.WRONG_LINK and report.broken_seq == 3


def test_reordered_entries() -> None:
    entries = build(payloads(6))
    entries[2], entries[3] = entries[3], entries[2]
    report = verify_chain(entries)
    assert report.problem is Problem.GAP and report.broken_seq == 3
    # reordering by swapping the seq numbers (ORDER BY seq shows the swap)
    entries = build(payloads(6))
    (s2, p2, h2, d2), (s3, p3, h3, d3) = entries[2], entries[3]
    entries[2], entries[3] = (s2, p3, h3, d3), (s3, p2, h2, d2)
    report = verify_chain(entries)
    assert report.problem is Problem.WRONG_LINK and report.broken_seq == 3
    # an entry inserted with a reused number
    entries = build(payloads(6))
    entries.insert(4, entries[1])
    report = verify_chain(entries)
    assert report.problem is Problem.OUT_OF_ORDER and report.broken_seq == 2


def test_inserted_entry_with_recomputed_hash_breaks_the_next_link() -> None:
    entries = build(payloads(5))
    forged_payload = {"actor": 1, "action": "delete", "table": "person", "row": 99}
    prev = entries[1][2]
    forged = (3, prev, entry_hash(prev, forged_payload, 3), forged_payload)
    tail = [(s + 1, p, h, d) for s, p, h, d in entries[2:]]
    report = verify_chain([*entries[:2], forged, *tail])
    assert report.problem is Problem.WRONG_LINK and report.broken_seq == 4


def test_truncation_and_recomputation_need_an_anchor() -> None:
    entries = build(payloads(6))
    anchor = (6, entries[-1][2])
    assert verify_chain(entries[:4]).ok  # undetectable without an anchor
    report = verify_chain(entries[:4], anchor=anchor)
    assert report.problem is Problem.TRUNCATED
    # an attacker rewrites entry 2 and recomputes every hash after it
    rewritten = [dict(p) for _, _, _, p in entries]
    rewritten[1]["diff"] = {"status": "released"}
    rewritten[1]["row"] = 1000
    forged = build(rewritten)
    assert verify_chain(forged).ok
    assert verify_chain(forged, anchor=anchor).problem is Problem.ANCHOR_MISMATCH
    assert verify_chain(entries, anchor=anchor).ok


def test_hmac_chain_cannot_be_recomputed_without_the_key() -> None:
    ring = KeyRing.generate()
    h = HmacHasher(ring)
    entries = build(payloads(5), h)
    assert entries[0][2].startswith(f"hmac1:{ring.primary_id}:")
    assert verify_chain(entries, hasher=h).ok
    # a database-only attacker edits entry 2 and recomputes plain SHA-256 hashes
    rewritten = [dict(p) for _, _, _, p in entries]
    rewritten[1]["action"] = "nothing"
    forged = build(rewritten)
    report = verify_chain(forged, hasher=h)
    assert report.problem is Problem.EDITED and report.broken_seq == 1
    # rotation: old entries keep verifying, new ones use the new key
    ring.rotate()
    h2 = HmacHasher(ring)
    prev = entries[-1][2]
    payload = {"action": "after rotation"}
    entries.append((6, prev, h2.hash(prev, payload, 6), payload))
    assert verify_chain(entries, hasher=h2).ok
    # without the key the chain is unverifiable, not silently "intact"
    assert not verify_chain(entries, hasher=HmacHasher(KeyRing.generate())).ok


def test_malformed_entries() -> None:
    assert verify_chain([(1, GENESIS, "x")]).problem is Problem.MALFORMED  # type: ignore[list-item]
    assert verify_chain([("1", GENESIS, "x", {})]).problem is Problem.MALFORMED  # type: ignore[list-item]


@settings(max_examples=100, deadline=None)
@given(
    n=st.integers(2, 12),
    data=st.data(),
)
def test_any_single_tampering_is_detected_at_the_right_place(n: int, data: st.DataObject) -> None:
    entries = build(payloads(n))
    checked = -1
    kind = data.draw(st.sampled_from(["edit", "delete", "swap", "duplicate", "relink"]))
    i = data.draw(st.integers(0, n - 2))  # never only the last (truncation needs an anchor)
    if kind == "edit":
        s, p, h, d = entries[i]
        entries[i] = (s, p, h, {**d, "row": -1})
        expected = i + 1
    elif kind == "delete":
        del entries[i]
        expected = i + 1
    elif kind == "swap":
        entries[i], entries[i + 1] = entries[i + 1], entries[i]
        expected = i + 1
    elif kind == "duplicate":
        entries.insert(i + 1, entries[i])
        expected = i + 1  # the repeated number, seen after entry i + 1 checked fine
        checked = i + 1
    else:
        s, _, h, d = entries[i + 1]
        entries[i + 1] = (s, "f" * 64, h, d)
        expected = i + 2
    report = verify_chain(entries)
    assert not report.ok
    assert report.broken_seq == expected, (kind, i, report)
    assert report.checked == (checked if kind == "duplicate" else expected - 1)
