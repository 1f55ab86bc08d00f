"""Backups: restore into an empty database reproduces the same data and the same history
chain; tampered, truncated or foreign-key backups are refused and nothing is written."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from nezabudka.demo import load_demo
from nezabudka.protection import crypto
from nezabudka.registry import exporter, restricted, services
from nezabudka.registry.backup import BackupError, restore_backup, write_backup
from nezabudka.registry.models import Change, Person

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ring():
    ring = crypto.KeyRing.generate()
    crypto.set_keyring(ring)
    yield ring
    crypto.set_keyring(None)


def snapshot() -> tuple[str, list[tuple]]:
    out = io.StringIO()
    exporter.write("jsonl", out, exporter.documents())
    chain = list(Change.objects.order_by("id").values_list("id", "prev_hash", "hash"))
    return out.getvalue(), chain


def empty_database():
    """What `nezabudka init` gives on a new database: schema and reference data, no people."""
    from nezabudka.registry.models import CriminalArticle, PlaceOfDetention
    from nezabudka.registry.reference_loader import load_reference

    call_command("flush", interactive=False, verbosity=0)
    load_reference(CriminalArticle, PlaceOfDetention)


@pytest.fixture
def registry(ring, actor):
    load_demo(synthetic=30, seed=5)
    person = Person.objects.get(external_id="demo-rabkova")
    restricted.write(actor, "medical", "chronic illness, untreated", person=person)
    return person


def test_round_trip_reproduces_data_and_history(registry, actor):
    before = snapshot()
    buf = io.BytesIO()
    counts = write_backup(buf)
    assert counts["registry.fact"] > 100
    empty_database()
    assert not Person.objects.exists()
    restore_backup(io.BytesIO(buf.getvalue()))
    assert snapshot() == before
    assert services.verify_history().ok
    person = Person.objects.get(external_id="demo-rabkova")
    assert restricted.read_person(actor, person) == {"medical": "chronic illness, untreated"}
    # the restored registry keeps working: a new change extends the same chain
    services.update_person(actor, person, publication="internal")
    assert services.verify_history().ok


def test_plaintext_not_in_backup(registry):
    buf = io.BytesIO()
    write_backup(buf)
    assert b"Rabkova" not in buf.getvalue() and b"untreated" not in buf.getvalue()


@pytest.mark.parametrize("damage", ["flip", "truncate", "truncate_chunk", "drop_last", "magic"])
def test_damaged_backups_are_refused_and_nothing_is_written(registry, damage):
    buf = io.BytesIO()
    write_backup(buf)
    data = bytearray(buf.getvalue())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 1]
    elif damage == "truncate_chunk":
        data = data[: int(len(data) * 0.8)]
    elif damage == "drop_last":
        # remove the final chunk entirely: the earlier chunks are all valid
        import struct

        pos = data.index(b"\n", 6) + 1
        offsets = []
        while pos < len(data):
            offsets.append(pos)
            (size,) = struct.unpack(">I", data[pos : pos + 4])
            pos += 4 + size
        data = data[: offsets[-1]]
    else:
        data[:5] = b"XXXXX"
    empty_database()
    with pytest.raises(BackupError):
        restore_backup(io.BytesIO(bytes(data)))
    assert not Person.objects.exists() and not Change.objects.exists()


def test_backup_needs_the_right_key(registry):
    buf = io.BytesIO()
    write_backup(buf)
    crypto.set_keyring(crypto.KeyRing.generate())
    empty_database()
    with pytest.raises(BackupError, match=r"integrity|key"):
        restore_backup(io.BytesIO(buf.getvalue()))
    assert not Person.objects.exists()


def test_restore_refuses_a_non_empty_database(registry):
    buf = io.BytesIO()
    write_backup(buf)
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(io.BytesIO(buf.getvalue()))
