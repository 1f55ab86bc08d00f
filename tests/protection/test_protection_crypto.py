from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.protection import crypto
from nezabudka.protection.crypto import (
    DecryptionFailed,
    KeyFilePermissionError,
    KeyRing,
    KeyUnavailable,
    field_context,
    generate_key_file,
    is_token,
)

CTX = field_context("registry_person", "relatives", 42)


@pytest.fixture
def ring() -> KeyRing:
    return KeyRing.generate()


@settings(max_examples=50, deadline=None)
@given(value=st.text(), row=st.integers(1, 10**9))
def test_round_trip(value: str, row: int) -> None:
    ring = KeyRing.generate()
    ctx = field_context("registry_person", "medical", row)
    token = ring.encrypt(value, ctx)
    assert is_token(token) and token.startswith(f"nzb1:{ring.primary_id}:")
    assert ring.decrypt(token, ctx) == value
    if len(value) >= 4:
        assert value not in token


def test_same_value_encrypts_differently(ring: KeyRing) -> None:
    assert ring.encrypt("мама: +375 29 000", CTX) != ring.encrypt("мама: +375 29 000", CTX)


def test_wrong_context_row_or_column_is_refused(ring: KeyRing) -> None:
    token = ring.encrypt("сястра Вольга", CTX)
    for ctx in (
        field_context("registry_person", "relatives", 43),  # another row
        field_context("registry_person", "medical", 42),  # another column
        field_context("registry_source", "relatives", 42),  # another table
        "",
    ):
        with pytest.raises(DecryptionFailed):
            ring.decrypt(token, ctx)
    # length-prefixed: the separator cannot be smuggled in
    assert field_context("a|b", "c", 1) != field_context("a", "b|c", 1)


def test_wrong_key_and_unknown_key(ring: KeyRing) -> None:
    token = ring.encrypt("secret", CTX)
    other = KeyRing.generate()
    with pytest.raises(KeyUnavailable):
        other.decrypt(token, CTX)
    # same key id, different key material: authentication fails
    impostor = KeyRing([(ring.primary_id, os.urandom(32))])
    with pytest.raises(DecryptionFailed):
        impostor.decrypt(token, CTX)


def test_tampered_ciphertext_is_refused(ring: KeyRing) -> None:
    token = ring.encrypt("private note", CTX)
    head, body = token.rsplit(":", 1)
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    for i in (0, 12, len(raw) - 1):  # nonce, ciphertext, tag
        bad = bytearray(raw)
        bad[i] ^= 1
        forged = f"{head}:{base64.urlsafe_b64encode(bytes(bad)).rstrip(b'=').decode()}"
        with pytest.raises(DecryptionFailed):
            ring.decrypt(forged, CTX)
    with pytest.raises(DecryptionFailed):
        ring.decrypt(token[:-6], CTX)  # truncated
    with pytest.raises(DecryptionFailed):
        ring.decrypt("plain text", CTX)
    with pytest.raises(DecryptionFailed):
        ring.decrypt(f"nzb1:{ring.primary_id}:AAAA", CTX)
    # moving the token to another key id is refused too (the key id is authenticated)
    ring.rotate()
    moved = token.replace(token.split(":")[1], ring.primary_id, 1)
    with pytest.raises(DecryptionFailed):
        ring.decrypt(moved, CTX)


def test_rotation_and_reencryption(ring: KeyRing, tmp_path: Path) -> None:
    old_id = ring.primary_id
    old = ring.encrypt("адвакат", CTX)
    new_id = ring.rotate()
    assert new_id != old_id and ring.primary_id == new_id
    assert ring.needs_reencrypt(old)
    assert ring.decrypt(old, CTX) == "адвакат"  # old keys still decrypt
    fresh = ring.reencrypt(old, CTX)
    assert fresh.startswith(f"nzb1:{new_id}:") and not ring.needs_reencrypt(fresh)
    assert ring.reencrypt(fresh, CTX) is fresh
    with pytest.raises(crypto.CryptoError):
        ring.retire(new_id)
    path = tmp_path / "keys"
    ring.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = KeyRing.from_file(path)
    assert loaded.primary_id == new_id and set(loaded.key_ids) == {old_id, new_id}
    assert loaded.decrypt(old, CTX) == "адвакат"
    ring.retire(old_id)
    with pytest.raises(KeyUnavailable):
        ring.decrypt(old, CTX)
    assert ring.decrypt(fresh, CTX) == "адвакат"


def test_key_file_generation_and_permissions(tmp_path: Path) -> None:
    path = tmp_path / "nezabudka.keys"
    kid = generate_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    ring = KeyRing.from_file(path)
    assert ring.primary_id == kid
    with pytest.raises(FileExistsError):
        generate_key_file(path)  # never overwrite a key
    path.chmod(0o644)
    with pytest.raises(KeyFilePermissionError):
        KeyRing.from_file(path)
    assert KeyRing.from_file(path, check_permissions=False).primary_id == kid
    with pytest.raises(KeyUnavailable):
        KeyRing.from_file(tmp_path / "missing")
    assert "key" not in repr(ring).lower().replace("keyring", "").replace("keys=", "")


def test_environment_configuration(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailable, match="NEZABUDKA_KEY_FILE"):
        KeyRing.from_environment({})
    a, b = KeyRing.generate(), KeyRing.generate()
    text = a.dumps().splitlines()[-1] + "," + b.dumps().splitlines()[-1]
    ring = KeyRing.from_environment({"NEZABUDKA_KEYS": text})
    assert ring.primary_id == b.primary_id and len(ring.key_ids) == 2
    path = tmp_path / "k"
    generate_key_file(path)
    from_file = KeyRing.from_environment({"NEZABUDKA_KEY_FILE": str(path), "NEZABUDKA_KEYS": text})
    assert from_file.key_ids != ring.key_ids  # the file wins
    with pytest.raises(crypto.CryptoError):
        KeyRing.from_string("abc:not-base64!!")
    with pytest.raises(crypto.CryptoError):
        KeyRing.from_string("abc:" + base64.b64encode(b"short").decode())


def test_module_level_functions_without_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEZABUDKA_KEY_FILE", raising=False)
    monkeypatch.delenv("NEZABUDKA_KEYS", raising=False)
    crypto.set_keyring(None)
    try:
        with pytest.raises(KeyUnavailable):
            crypto.encrypt("x", CTX)
        ring = KeyRing.generate()
        monkeypatch.setenv("NEZABUDKA_KEYS", ring.dumps().splitlines()[-1])
        token = crypto.encrypt("x", CTX)
        assert crypto.decrypt(token, CTX) == "x"
        assert not crypto.needs_reencrypt(token)
    finally:
        crypto.set_keyring(None)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "keys"
    assert crypto.main(["generate", str(path)]) == 0
    first = KeyRing.from_file(path).primary_id
    assert crypto.main(["rotate", str(path)]) == 0
    ring = KeyRing.from_file(path)
    assert ring.primary_id != first and first in ring.key_ids
    assert crypto.main(["bogus"]) == 2
    out = capsys.readouterr().out
    assert base64.b64encode(b"x")[:0] == b"" and "0600" in out


def test_reveal_records_every_read(ring: KeyRing) -> None:
    events: list[crypto.ReadEvent] = []
    token = ring.encrypt("брат: +375 29 7654321", field_context("person", "relatives", 8))
    got = crypto.reveal(
        token,
        table="person",
        column="relatives",
        row_id=8,
        actor="editor-3",
        record_read=events.append,
        ring=ring,
    )
    assert got == "брат: +375 29 7654321"
    assert [(e.actor, e.column, e.row_id, e.outcome) for e in events] == [
        ("editor-3", "relatives", 8, "read")
    ]
    # no key: None ("restricted"), and the attempt is recorded
    assert (
        crypto.reveal(
            token,
            table="person",
            column="relatives",
            row_id=8,
            actor="editor-3",
            record_read=events.append,
            ring=KeyRing.generate(),
        )
        is None
    )
    assert events[-1].outcome == "key_unavailable"
    # a value moved to another row: recorded and refused
    with pytest.raises(DecryptionFailed):
        crypto.reveal(
            token,
            table="person",
            column="relatives",
            row_id=9,
            actor="editor-3",
            record_read=events.append,
            ring=ring,
        )
    assert events[-1].outcome == "failed"

    # no log entry, no plaintext
    def refuse(event: crypto.ReadEvent) -> None:
        raise RuntimeError("access log unavailable")

    with pytest.raises(RuntimeError):
        crypto.reveal(
            token,
            table="person",
            column="relatives",
            row_id=8,
            actor="editor-3",
            record_read=refuse,
            ring=ring,
        )
    assert crypto.reveal(None, table="t", column="c", row_id=1, actor=1, record_read=refuse) is None
