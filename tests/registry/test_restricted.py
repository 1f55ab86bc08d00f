"""Restricted data is encrypted at rest: neither the raw SQLite file nor a pg_dump holds the
plaintext; reads are recorded; without a key the registry still works and says "restricted"."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from django.db import connection

from nezabudka.protection import crypto
from nezabudka.registry import restricted, services
from nezabudka.registry.importer import ImportRefused, import_file
from nezabudka.registry.models import Change, Person, RestrictedRead, RestrictedValue

from .helpers import write_csv

pytestmark = pytest.mark.django_db(transaction=True)  # data must reach the file / server

SECRETS = {
    "relatives": "Mother Hanna Zhukava, +375 29 555-01-23, Zhlobin, Lenina 7",
    "medical": "Untreated fracture of the left tibia; hypertension",
    "private_notes": "Contact through cousin Ales only, never by phone",
}


@pytest.fixture
def ring():
    ring = crypto.KeyRing.generate()
    crypto.set_keyring(ring)
    yield ring
    crypto.set_keyring(None)


@pytest.fixture
def imported(tmp_path, actor, ring):
    path = write_csv(tmp_path / "r.csv", [{"external_id": "x1", "name": "Ihar Zhukau", **SECRETS}])
    import_file(path, actor)
    return Person.objects.get(external_id="x1")


def _raw_database_bytes(tmp_path) -> bytes:
    if connection.vendor == "sqlite":
        name = connection.settings_dict["NAME"]
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(FULL)")
        data = b""
        for suffix in ("", "-wal"):
            try:
                with open(f"{name}{suffix}", "rb") as f:
                    data += f.read()
            except FileNotFoundError:
                pass
        assert data, "the test database must be a file (make test uses one)"
        return data
    pg_dump = shutil.which("pg_dump") or "/usr/lib/postgresql/15/bin/pg_dump"
    s = connection.settings_dict
    url = f"postgresql://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
    return subprocess.run([pg_dump, "--data-only", url], check=True, capture_output=True).stdout


def test_no_plaintext_at_rest(imported, tmp_path):
    raw = _raw_database_bytes(tmp_path)
    assert b"Ihar Zhukau" in raw  # the check can see data
    for value in SECRETS.values():
        for fragment in (value, value[:20], value.split(",")[0]):
            assert fragment.encode() not in raw, fragment
    assert RestrictedValue.objects.filter(person=imported).count() == 3
    assert all(crypto.is_token(v.token) for v in RestrictedValue.objects.all())
    history = " ".join(str(c.after) for c in Change.objects.all())
    assert not any(v[:15] in history for v in SECRETS.values())


def test_reads_are_recorded(imported, actor):
    values = restricted.read_person(actor, imported, purpose="profile")
    assert values == SECRETS
    logged = list(RestrictedRead.objects.values_list("actor", "outcome", "purpose"))
    assert logged == [("test", "read", "profile")] * 3


def test_without_a_key_the_registry_still_works(imported, actor):
    crypto.set_keyring(None)
    import os

    os.environ.pop("NEZABUDKA_KEY_FILE", None)
    os.environ.pop("NEZABUDKA_KEYS", None)
    assert restricted.read_person(actor, imported) == dict.fromkeys(SECRETS, "restricted")
    assert RestrictedRead.objects.filter(outcome="key_unavailable").count() == 3
    doc = services.person_document(services.person_with_facts(imported.pk))
    assert doc["display_name"] == "Ihar Zhukau"


def test_import_with_restricted_columns_needs_a_key(tmp_path, actor):
    crypto.set_keyring(None)
    path = write_csv(tmp_path / "r.csv", [{"name": "A B", "medical": "asthma"}])
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    assert "NEZABUDKA_KEY_FILE" in str(e.value.problems[0])
    assert Person.objects.count() == 0


def test_a_token_moved_to_another_row_does_not_decrypt(imported, actor):
    a, b = RestrictedValue.objects.filter(person=imported).order_by("id")[:2]
    RestrictedValue.objects.filter(pk=b.pk).update(token=a.token)
    b.refresh_from_db()
    with pytest.raises(crypto.DecryptionFailed):
        restricted.read(actor, b)


def test_rotation_reencrypts_everything(imported, actor, ring):
    old = ring.primary_id
    ring.rotate()
    assert restricted.reencrypt() == 3
    assert all(v.token.split(":")[1] != old for v in RestrictedValue.objects.all())
    assert restricted.read_person(actor, imported) == SECRETS
    assert restricted.reencrypt() == 0
