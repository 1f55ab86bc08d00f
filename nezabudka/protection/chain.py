"""Tamper-evident history: every recorded change is chained by hash to the one before it.

Entry ``seq`` (1, 2, 3, ...) stores ``prev_hash`` (the hash of entry ``seq - 1``, or
:data:`GENESIS` for the first) and ``hash = entry_hash(prev_hash, payload, seq)``: SHA-256
over a canonical JSON encoding of ``{"v": 1, "seq": seq, "prev": prev_hash, "payload":
payload}`` (sorted keys, no spaces, UTF-8, no NaN). Editing a payload, deleting, inserting or
reordering entries, or re-pointing a link breaks the chain at that place, and
:func:`verify_chain` names the first broken entry.

What a plain hash chain cannot detect: someone with write access to the database who
recomputes every hash after an edit, and deletion of the newest entries (the chain that
remains is still valid). Two defences, both here:

- **Keyed chain** (:class:`HmacHasher`): the entry hash is an HMAC-SHA256 with a key derived
  from the encryption key ring (outside the database). An attacker with only database access
  cannot recompute it. Trade-off: verifying needs the key (run ``audit verify`` where the key
  is), losing the key makes the history unverifiable (not unreadable), and a key thief can
  forge; rotating the key ring does not invalidate old entries (each hash names its key id).
- **Anchors**: publish or send elsewhere the head (``seq``, ``hash``) regularly (e-mail to
  the board, a printed log, another server); pass it as ``anchor`` to :func:`verify_chain`
  to detect truncation and a full recomputation.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from nezabudka.protection.crypto import KeyRing, KeyUnavailable

__all__ = [
    "GENESIS",
    "ChainReport",
    "Hasher",
    "HmacHasher",
    "Problem",
    "Sha256Hasher",
    "canonical_json",
    "entry_hash",
    "verify_chain",
]

GENESIS = "0" * 64


def _check_json(value: Any, path: str) -> None:
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{path}: NaN/infinity cannot be hashed canonically")
        return
    if isinstance(value, list | tuple):
        for i, v in enumerate(value):
            _check_json(v, f"{path}[{i}]")
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"{path}: keys must be strings, got {k!r}")
            _check_json(v, f"{path}.{k}")
        return
    raise TypeError(
        f"{path}: {type(value).__name__} is not JSON; convert it (dates to ISO text) first"
    )


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8; only JSON types (no dates, no NaN)."""
    _check_json(value, "payload")
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _envelope(prev_hash: str, payload: Mapping[str, Any], seq: int | None) -> bytes:
    if seq is None:
        if "seq" not in payload:
            raise ValueError("give seq, or put 'seq' in the payload")
        seq = payload["seq"]
    elif "seq" in payload and payload["seq"] != seq:
        raise ValueError(f"payload says seq {payload['seq']!r} but entry is {seq}")
    if isinstance(seq, bool) or not isinstance(seq, int):
        raise TypeError(f"seq must be an int, got {seq!r}")
    return canonical_json({"v": 1, "seq": seq, "prev": prev_hash, "payload": payload})


def entry_hash(prev_hash: str, payload: Mapping[str, Any], seq: int | None = None) -> str:
    """SHA-256 (hex) of the entry: its sequence number, previous hash and payload.

    ``seq`` may be given explicitly or as ``payload["seq"]`` (both: they must agree)."""
    return hashlib.sha256(_envelope(prev_hash, payload, seq)).hexdigest()


class Hasher(Protocol):
    def hash(self, prev_hash: str, payload: Mapping[str, Any], seq: int) -> str: ...

    def check(self, prev_hash: str, payload: Mapping[str, Any], seq: int, stored: str) -> bool: ...


class Sha256Hasher:
    """Plain SHA-256 chain: detects edits by anyone who does not recompute the chain."""

    def hash(self, prev_hash: str, payload: Mapping[str, Any], seq: int) -> str:
        return entry_hash(prev_hash, payload, seq)

    def check(self, prev_hash: str, payload: Mapping[str, Any], seq: int, stored: str) -> bool:
        return hmac.compare_digest(entry_hash(prev_hash, payload, seq), stored)


class HmacHasher:
    """Keyed chain: ``hmac1:<key id>:<hex HMAC-SHA256>`` with a subkey derived from the key
    ring, so database access alone is not enough to forge history."""

    PURPOSE = "history-chain-v1"

    def __init__(self, ring: KeyRing):
        self._ring = ring
        self._keys: dict[str, bytes] = {}

    def _key(self, kid: str | None) -> tuple[str, bytes]:
        kid = kid or self._ring.primary_id
        if kid not in self._keys:
            self._keys[kid] = self._ring.derive(self.PURPOSE, kid)[1]
        return kid, self._keys[kid]

    def hash(self, prev_hash: str, payload: Mapping[str, Any], seq: int) -> str:
        kid, key = self._key(None)
        mac = hmac.new(key, _envelope(prev_hash, payload, seq), hashlib.sha256).hexdigest()
        return f"hmac1:{kid}:{mac}"

    def check(self, prev_hash: str, payload: Mapping[str, Any], seq: int, stored: str) -> bool:
        parts = stored.split(":")
        if len(parts) != 3 or parts[0] != "hmac1":
            return False
        try:
            _, key = self._key(parts[1])
        except KeyUnavailable:
            return False
        mac = hmac.new(key, _envelope(prev_hash, payload, seq), hashlib.sha256).hexdigest()
        return hmac.compare_digest(mac, parts[2])


class Problem(StrEnum):
    EDITED = "edited"  # payload (or its hash) changed
    WRONG_LINK = "wrong_link"  # prev_hash does not point to the entry before
    GAP = "gap"  # sequence numbers missing: entries deleted
    OUT_OF_ORDER = "out_of_order"  # sequence numbers repeat or go back: reordered/inserted
    BAD_START = "bad_start"  # the first entry is not seq start / does not link to genesis
    MALFORMED = "malformed"  # an entry that is not (int, str, str, mapping)
    TRUNCATED = "truncated"  # the chain ends before a known anchor
    ANCHOR_MISMATCH = "anchor_mismatch"  # the anchored entry has another hash


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int  # entries verified before stopping
    head_seq: int | None  # last good entry
    head_hash: str | None
    broken_seq: int | None = None  # sequence number at which the chain breaks
    problem: Problem | None = None
    message: str = "history chain intact"

    def __bool__(self) -> bool:
        return self.ok


def verify_chain(
    entries: Iterable[tuple[int, str, str, Mapping[str, Any]]],
    *,
    hasher: Hasher | None = None,
    start_seq: int = 1,
    start_prev: str = GENESIS,
    anchor: tuple[int, str] | None = None,
) -> ChainReport:
    """Check ``(seq, prev_hash, hash, payload)`` entries in storage order (``ORDER BY seq``
    or by insertion id: give the order in which they were written, e.g. by primary key).

    Stops at the first broken link and says what is wrong and where. ``start_seq`` and
    ``start_prev`` verify a segment; ``anchor=(seq, hash)`` is a head recorded elsewhere."""
    h = hasher or Sha256Hasher()
    expected_seq = start_seq
    prev_hash = start_prev
    checked = 0
    head: tuple[int, str] | None = None
    anchor_seen = False

    def broken(seq: int | None, problem: Problem, message: str) -> ChainReport:
        return ChainReport(
            ok=False,
            checked=checked,
            head_seq=head[0] if head else None,
            head_hash=head[1] if head else None,
            broken_seq=seq,
            problem=problem,
            message=message,
        )

    for position, entry in enumerate(entries):
        try:
            seq, stored_prev, stored_hash, payload = entry
        except (TypeError, ValueError):
            return broken(None, Problem.MALFORMED, f"entry #{position + 1} is not 4 values")
        if (
            isinstance(seq, bool)
            or not isinstance(seq, int)
            or not isinstance(stored_prev, str)
            or not isinstance(stored_hash, str)
            or not isinstance(payload, Mapping)
        ):
            return broken(None, Problem.MALFORMED, f"entry #{position + 1} has wrong types")
        if seq != expected_seq:
            if checked == 0:
                return broken(
                    min(seq, expected_seq),
                    Problem.BAD_START,
                    f"the history starts at entry {seq}, expected {expected_seq}: "
                    f"entries before {seq} were deleted or the order is wrong",
                )
            if seq > expected_seq:
                missing = (
                    f"entry {expected_seq}"
                    if seq == expected_seq + 1
                    else f"entries {expected_seq}-{seq - 1}"
                )
                return broken(
                    expected_seq,
                    Problem.GAP,
                    f"{missing} missing (deleted?) between entry {expected_seq - 1} and {seq}",
                )
            return broken(
                seq,
                Problem.OUT_OF_ORDER,
                f"entry {seq} appears after entry {expected_seq - 1}: entries were reordered "
                "or an entry was inserted with a reused number",
            )
        if stored_prev != prev_hash:
            problem = Problem.BAD_START if checked == 0 else Problem.WRONG_LINK
            return broken(
                seq,
                problem,
                f"entry {seq} does not link to entry {seq - 1}"
                + (" (the start of the history)" if checked == 0 else "")
                + ": an entry before it was changed, removed or inserted",
            )
        try:
            good = h.check(stored_prev, payload, seq, stored_hash)
        except (TypeError, ValueError) as exc:
            return broken(seq, Problem.MALFORMED, f"entry {seq} cannot be hashed: {exc}")
        if not good:
            return broken(
                seq,
                Problem.EDITED,
                f"entry {seq} was changed after it was recorded (its hash does not match)",
            )
        if anchor is not None and seq == anchor[0]:
            anchor_seen = True
            if not hmac.compare_digest(stored_hash, anchor[1]):
                return broken(
                    seq,
                    Problem.ANCHOR_MISMATCH,
                    f"entry {seq} differs from the anchor recorded elsewhere: the history "
                    "was rewritten and its hashes recomputed",
                )
        checked += 1
        head = (seq, stored_hash)
        prev_hash = stored_hash
        expected_seq = seq + 1

    if anchor is not None and not anchor_seen:
        return broken(
            expected_seq,
            Problem.TRUNCATED,
            f"the history ends at entry {expected_seq - 1} but entry {anchor[0]} was "
            "recorded as an anchor: the newest entries were deleted",
        )
    return ChainReport(
        ok=True,
        checked=checked,
        head_seq=head[0] if head else None,
        head_hash=head[1] if head else None,
        message=f"history chain intact ({checked} entries)",
    )
