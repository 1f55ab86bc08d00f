"""Encrypted, integrity-checked backups of the whole database (SQLite or PostgreSQL).

File format (version 1)::

    NZBK1\\n
    <header JSON>\\n            key id, creation time, database vendor, model list, nonce seed
    then chunks:  <4-byte big-endian length><AES-256-GCM ciphertext>

Each chunk holds gzip-compressed JSON lines of rows of one model. Its associated data binds
the header's hash, the chunk number and whether it is the last chunk, so a chunk that was
changed, dropped, reordered or cut off — or a file that ends early — fails authentication.
The key is derived from the key ring (HKDF, purpose "backup-v1"): keep the key file; a
backup cannot be read without it. Restricted values stay encrypted inside the backup as they
are in the database, bound to their row ids, which a restore keeps.

Restore goes into an empty database inside one transaction: any failure, including a bad
chunk at the very end, rolls everything back, so nothing is written.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction

from nezabudka.protection import crypto

MAGIC = b"NZBK1\n"
PURPOSE = "backup-v1"
ROWS_PER_CHUNK = 2000
# Apps whose rows make up the registry; permissions and content types are rebuilt by migrate
# and referred to by natural keys.
APP_LABELS = ("auth", "otp_totp", "accounts", "registry")
SKIP_MODELS = {"auth.permission"}

Progress = Callable[[int, int], None]


class BackupError(ValueError):
    """A backup that cannot be made or restored; the message says why and what to do."""


def _models() -> list[Any]:
    chosen = []
    for label in APP_LABELS:
        try:
            config = apps.get_app_config(label)
        except LookupError:
            continue
        chosen += [m for m in config.get_models() if m._meta.label_lower not in SKIP_MODELS]
    return serializers.sort_dependencies([(None, chosen)], allow_cycles=True)


def _key(kid: str | None = None) -> tuple[str, bytes]:
    try:
        return crypto.get_keyring().derive(PURPOSE, kid)
    except crypto.KeyUnavailable as e:
        raise BackupError(
            f"backups are encrypted with the key ring: {e}; set "
            "NEZABUDKA_KEY_FILE (see `nezabudka keys generate`)"
        ) from None


def _aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return header_hash + struct.pack(">Q?", index, last)


def _nonce(seed: bytes, index: int) -> bytes:
    return hashlib.sha256(seed + struct.pack(">Q", index)).digest()[:12]


def _rows(model: Any) -> Iterator[tuple[int, str]]:
    """(row count, serialised JSON array) per chunk of a model's rows, in primary-key order."""
    batch: list[Any] = []
    for obj in model._default_manager.order_by("pk").iterator(chunk_size=ROWS_PER_CHUNK):
        batch.append(obj)
        if len(batch) >= ROWS_PER_CHUNK:
            yield len(batch), serializers.serialize("json", batch, use_natural_foreign_keys=True)
            batch = []
    if batch:
        yield len(batch), serializers.serialize("json", batch, use_natural_foreign_keys=True)


def write_backup(out: BinaryIO, progress: Progress | None = None) -> dict[str, int]:
    """Write the whole database to ``out``. Returns rows per model."""
    kid, key = _key()
    models = _models()
    seed = os.urandom(16)
    header = {
        "format": 1,
        "key_id": kid,
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "vendor": connection.vendor,
        "nonce_seed": seed.hex(),
        "models": [m._meta.label_lower for m in models],
    }
    header_bytes = json.dumps(header, sort_keys=True).encode()
    header_hash = hashlib.sha256(MAGIC + header_bytes).digest()
    out.write(MAGIC + header_bytes + b"\n")
    aead = AESGCM(key)
    counts: dict[str, int] = {}
    # Chunks are produced one ahead so the last one can be marked as last.
    chunks = ((m._meta.label_lower, rows) for m in models for rows in _rows(m))
    index = 0
    with transaction.atomic():  # one consistent snapshot (REPEATABLE READ on PostgreSQL)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        pending: tuple[str, tuple[int, str]] | None = next(chunks, None)
        while pending is not None:
            following = next(chunks, None)
            label, (count, rows) = pending
            body = gzip.compress(json.dumps({"model": label, "rows": rows}).encode())
            sealed = aead.encrypt(
                _nonce(seed, index), body, _aad(header_hash, index, following is None)
            )
            out.write(struct.pack(">I", len(sealed)) + sealed)
            counts[label] = counts.get(label, 0) + count
            index += 1
            if progress:
                progress(index, index + (following is not None))
            pending = following
    if index == 0:  # an empty database still gets an authenticated end marker
        sealed = aead.encrypt(
            _nonce(seed, 0),
            gzip.compress(b'{"model": null, "rows": "[]"}'),
            _aad(header_hash, 0, True),
        )
        out.write(struct.pack(">I", len(sealed)) + sealed)
    return counts


def _read_chunks(data: BinaryIO) -> Iterator[dict[str, Any]]:
    if data.read(len(MAGIC)) != MAGIC:
        raise BackupError("not a Nezabudka backup (wrong magic bytes)")
    header_bytes = data.readline().rstrip(b"\n")
    try:
        header = json.loads(header_bytes)
        seed = bytes.fromhex(header["nonce_seed"])
    except (ValueError, KeyError) as e:
        raise BackupError(f"backup header is damaged ({e}); nothing was restored") from None
    _, key = _key(header["key_id"])
    aead = AESGCM(key)
    header_hash = hashlib.sha256(MAGIC + header_bytes).digest()
    index = 0
    while True:
        size_bytes = data.read(4)
        if len(size_bytes) < 4:
            raise BackupError(
                f"backup is truncated after chunk {index}: the end marker is "
                "missing; nothing was restored"
            )
        (size,) = struct.unpack(">I", size_bytes)
        sealed = data.read(size)
        if len(sealed) < size:
            raise BackupError(f"backup is truncated inside chunk {index}; nothing was restored")
        body = None
        for last in (False, True):
            try:
                body = aead.decrypt(_nonce(seed, index), sealed, _aad(header_hash, index, last))
                break
            except InvalidTag:
                continue
        if body is None:
            raise BackupError(
                f"backup chunk {index} fails its integrity check (changed, "
                "reordered or made with another key); nothing was restored"
            )
        yield json.loads(gzip.decompress(body))
        index += 1
        if last:
            if data.read(1):
                raise BackupError("data after the end marker; nothing was restored")
            return


def restore_backup(data: BinaryIO, progress: Progress | None = None) -> dict[str, int]:
    """Restore into an empty database (schema created by `nezabudka init`)."""
    from nezabudka.registry.models import Change, Person

    if Person.objects.exists() or Change.objects.exists():
        raise BackupError(
            "the database is not empty; restore into a new database "
            "(`nezabudka --db URL init`, then restore)"
        )
    from nezabudka.registry.models import CriminalArticle, PlaceOfDetention

    counts: dict[str, int] = {}
    touched: list[Any] = []
    try:
        with transaction.atomic():
            # Reference rows come back from the backup with the ids its facts point to.
            CriminalArticle.objects.all().delete()
            PlaceOfDetention.objects.all().delete()
            _load(data, counts, touched, progress)
    except (DatabaseError, serializers.base.DeserializationError) as e:
        raise BackupError(
            f"backup does not fit this database ({e}); nothing was restored"
        ) from None
    return counts


def _load(
    data: BinaryIO, counts: dict[str, int], touched: list[Any], progress: Progress | None
) -> None:
    for done, chunk in enumerate(_read_chunks(data), start=1):
        if chunk["model"] is None:
            continue
        objects = list(
            serializers.deserialize("json", chunk["rows"], handle_forward_references=True)
        )
        model = apps.get_model(chunk["model"])
        if model not in touched:
            touched.append(model)
        for obj in objects:
            obj.save()
        counts[chunk["model"]] = counts.get(chunk["model"], 0) + len(objects)
        if progress:
            progress(done, done)
    if connection.vendor == "postgresql" and touched:
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), touched):
                cursor.execute(sql)


def backup_to(path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write to a temporary name first so a failed backup never leaves a half file."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
        with os.fdopen(fd, "wb") as f:
            counts = write_backup(f, progress)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return counts
