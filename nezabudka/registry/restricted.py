"""Restricted values at rest: written encrypted, read only with a recorded read.

The plaintext never reaches the database, the change history (which records only that a
value was written) or the logs. Without a configured key the rest of the registry keeps
working and readers see "restricted".
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from nezabudka.protection import crypto
from nezabudka.registry.models import Person, RestrictedRead, RestrictedValue, Source
from nezabudka.registry.services import Actor, Recorder, RegistryError

TABLE, COLUMN = "registry_restrictedvalue", "token"
UNAVAILABLE = "restricted"  # what readers see without a key


class KeyMissing(RegistryError):
    def __init__(self) -> None:
        super().__init__(
            {
                "key": (
                    "restricted data needs an encryption key outside the database: create one with "
                    "`nezabudka keys generate /etc/nezabudka/keys` and set NEZABUDKA_KEY_FILE to it"
                )
            }
        )


def key_available() -> bool:
    try:
        crypto.get_keyring()
    except crypto.KeyUnavailable:
        return False
    return True


def write(
    actor: Actor | Recorder,
    field: str,
    value: str,
    *,
    person: Person | None = None,
    source: Source | None = None,
) -> RestrictedValue:
    if field not in RestrictedValue.FIELDS:
        raise RegistryError(
            {"field": f"not a restricted field; use one of {', '.join(RestrictedValue.FIELDS)}"}
        )
    if (person is None) == (source is None):
        raise RegistryError({"owner": "a restricted value belongs to a person or a source"})
    try:
        ring = crypto.get_keyring()
    except crypto.KeyUnavailable:
        raise KeyMissing() from None
    recorder = actor if isinstance(actor, Recorder) else Recorder(actor)
    with transaction.atomic():
        row = RestrictedValue.objects.create(
            person=person, source=source, field=field, token="", created_by=recorder.actor.name
        )
        # The ciphertext is bound to this row id: copied elsewhere it does not decrypt.
        row.token = ring.encrypt(value, crypto.field_context(TABLE, COLUMN, row.pk))
        RestrictedValue.objects.filter(pk=row.pk).update(token=row.token)
        # History says *that* a value was written, never what it is.
        recorder.add(
            "write",
            "restricted",
            row.pk,
            person.pk if person else None,
            after={"field": field, "key": row.token.split(":")[1]},
        )
        if not isinstance(actor, Recorder):
            recorder.flush()
    return row


def read(actor: Actor, row: RestrictedValue, purpose: str = "profile") -> str:
    """The plaintext, after recording the read; UNAVAILABLE when no key is configured."""

    def record(event: crypto.ReadEvent) -> None:
        RestrictedRead.objects.create(
            at=event.at, actor=actor.name, value=row, outcome=event.outcome, purpose=purpose
        )

    value = crypto.reveal(
        row.token, table=TABLE, column=COLUMN, row_id=row.pk, actor=actor.name, record_read=record
    )
    return UNAVAILABLE if value is None else value


def current(person: Person) -> dict[str, RestrictedValue]:
    """The newest value of each restricted field of a person (not decrypted)."""
    rows: dict[str, RestrictedValue] = {}
    for row in RestrictedValue.objects.filter(person=person).order_by("id"):
        rows[row.field] = row
    return rows


def read_person(actor: Actor, person: Person, purpose: str = "profile") -> dict[str, str]:
    return {field: read(actor, row, purpose) for field, row in current(person).items()}


def reencrypt(rows: Iterable[RestrictedValue] | None = None, batch: int = 500) -> int:
    """Move every value still under an old key to the primary key, in small transactions so
    the application keeps running (key rotation without downtime). Returns how many moved."""
    ring = crypto.get_keyring()
    moved = 0
    queryset = (
        rows
        if rows is not None
        else RestrictedValue.objects.order_by("id").iterator(chunk_size=batch)
    )
    for row in queryset:
        if ring.needs_reencrypt(row.token):
            with transaction.atomic():
                token = ring.reencrypt(row.token, crypto.field_context(TABLE, COLUMN, row.pk))
                RestrictedValue.objects.filter(pk=row.pk, token=row.token).update(token=token)
            moved += 1
    return moved


def reads(limit: int = 100) -> list[RestrictedRead]:
    return list(RestrictedRead.objects.select_related("value").order_by("-id")[:limit])
