"""Encryption of restricted values at rest (AES-256-GCM) with a key ring held outside the database.

A restricted value (relatives and their contacts, sources' identities, medical details,
private notes) is stored as a text token::

    nzb1:<key id>:<base64url(nonce || ciphertext || tag)>

- ``nzb1`` is the format version; the key id names the key in the ring that encrypted it.
- The associated data binds the token to its place, ``context``, normally built with
  :func:`field_context` from (table, column, row id): a token copied into another row or
  column does not decrypt. The version and key id are bound too.
- Encryption always uses the ring's *primary* key; decryption uses whichever key the token
  names. After :meth:`KeyRing.rotate`, :meth:`KeyRing.needs_reencrypt` tells which stored
  tokens still use an old key and :meth:`KeyRing.reencrypt` moves them to the new one, row by
  row, while the application keeps running; then :meth:`KeyRing.retire` drops the old key.

Where the keys live (never in the database, never in the repository):

- ``NEZABUDKA_KEY_FILE=/etc/nezabudka/keys`` — a key file (mode 0600, owned by the service
  user), one key per line ``<key id>:<base64 32-byte key>``, ``#`` comments; the **last**
  key is the primary. Create one with :func:`generate_key_file`
  (``python -m nezabudka.protection.crypto generate /etc/nezabudka/keys``).
- ``NEZABUDKA_KEYS="<id>:<base64>,<id>:<base64>"`` — the same lines in an environment
  variable (comma, space or newline separated; last is primary), for container secrets.

The file wins when both are set. Without any key, :func:`get_keyring` raises
:class:`KeyUnavailable`: the application catches it and shows "restricted" instead of the
value; everything that does not need restricted values keeps working.

Not hidden: the length of a value (ciphertext length = plaintext length + 28 bytes + base64)
and which rows have a value at all.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = [
    "ENV_KEYS",
    "ENV_KEY_FILE",
    "VERSION",
    "CryptoError",
    "DecryptionFailed",
    "KeyFilePermissionError",
    "KeyRing",
    "KeyUnavailable",
    "ReadEvent",
    "decrypt",
    "encrypt",
    "field_context",
    "generate_key_file",
    "get_keyring",
    "is_token",
    "needs_reencrypt",
    "reveal",
    "set_keyring",
]

VERSION = "nzb1"
ENV_KEY_FILE = "NEZABUDKA_KEY_FILE"
ENV_KEYS = "NEZABUDKA_KEYS"
KEY_BYTES = 32
NONCE_BYTES = 12
_KID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_TOKEN = re.compile(r"^nzb1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9_-]+={0,2})$")


class CryptoError(Exception):
    """Base class: restricted value could not be encrypted or decrypted."""


class KeyUnavailable(CryptoError):
    """No key is configured, or the key a token names is not in the ring.

    The application shows "restricted" and carries on."""


class DecryptionFailed(CryptoError):
    """The token is malformed, was tampered with, or belongs to another row/column/context.

    Unlike :class:`KeyUnavailable` this means the stored data is wrong: report it."""


class KeyFilePermissionError(CryptoError):
    """The key file can be read by other users than its owner."""


def field_context(table: str, column: str, row_id: object) -> str:
    """The associated data for a value stored in ``table.column`` of row ``row_id``."""
    parts = [str(table), str(column), str(row_id)]
    for p in parts:
        if not p:
            raise ValueError("table, column and row id must not be empty")
    # length-prefixed so that ("a|b", "c") and ("a", "b|c") differ
    return "|".join(f"{len(p)}:{p}" for p in parts)


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _parse_key_lines(lines: Iterable[str], where: str) -> list[tuple[str, bytes]]:
    keys: list[tuple[str, bytes]] = []
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kid, sep, b64 = line.partition(":")
        if not sep or not _KID.match(kid):
            raise CryptoError(f"{where}, entry {n}: expected '<key id>:<base64 key>'")
        try:
            key = base64.b64decode(b64.strip(), validate=True)
        except (binascii.Error, ValueError):
            try:
                key = _b64d(b64.strip())
            except (binascii.Error, ValueError):
                raise CryptoError(f"{where}, entry {n}: the key is not base64") from None
        if len(key) != KEY_BYTES:
            raise CryptoError(f"{where}, entry {n}: a key must be {KEY_BYTES} bytes")
        keys.append((kid, key))
    return keys


class KeyRing:
    """Keys by id; the last added (or named ``primary``) encrypts, any of them decrypts."""

    def __init__(
        self, keys: Sequence[tuple[str, bytes]] | Mapping[str, bytes], primary: str | None = None
    ):
        items = list(keys.items()) if isinstance(keys, Mapping) else list(keys)
        self._keys: dict[str, bytes] = {}
        for kid, key in items:
            if not _KID.match(kid):
                raise CryptoError(f"bad key id {kid!r}: use 1-32 letters, digits, '-' or '_'")
            if len(key) != KEY_BYTES:
                raise CryptoError(f"key {kid}: a key must be {KEY_BYTES} bytes")
            if kid in self._keys:
                raise CryptoError(f"key id {kid} appears twice")
            self._keys[kid] = bytes(key)
        if not self._keys:
            raise KeyUnavailable("the key ring is empty")
        if primary is None:
            primary = items[-1][0]
        if primary not in self._keys:
            raise CryptoError(f"primary key {primary} is not in the ring")
        self._primary = primary
        self._aead: dict[str, AESGCM] = {k: AESGCM(v) for k, v in self._keys.items()}

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def generate(cls) -> KeyRing:
        return cls([(secrets.token_hex(4), AESGCM.generate_key(bit_length=256))])

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, check_permissions: bool = True) -> KeyRing:
        p = Path(path)
        try:
            st = p.stat()
        except FileNotFoundError:
            raise KeyUnavailable(f"key file {p} does not exist") from None
        if check_permissions and os.name == "posix" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFilePermissionError(
                f"key file {p} is readable by other users; run: chmod 600 {p}"
            )
        return cls(_parse_key_lines(p.read_text(encoding="utf-8").splitlines(), f"key file {p}"))

    @classmethod
    def from_string(cls, text: str) -> KeyRing:
        entries = [e for e in re.split(r"[\s,]+", text) if e]
        return cls(_parse_key_lines(entries, f"${ENV_KEYS}"))

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> KeyRing:
        env = os.environ if environ is None else environ
        if env.get(ENV_KEY_FILE):
            return cls.from_file(env[ENV_KEY_FILE])
        if env.get(ENV_KEYS):
            return cls.from_string(env[ENV_KEYS])
        raise KeyUnavailable(
            f"no encryption key is configured: set {ENV_KEY_FILE} to a key file "
            f"(python -m nezabudka.protection.crypto generate PATH) or {ENV_KEYS}; "
            "restricted fields are shown as 'restricted' until then"
        )

    def dumps(self) -> str:
        """The key-file text (primary last)."""
        order = [k for k in self._keys if k != self._primary] + [self._primary]
        lines = ["# Nezabudka encryption keys. Keep secret; back up offline. Last line = primary."]
        lines += [f"{k}:{base64.b64encode(self._keys[k]).decode('ascii')}" for k in order]
        return "\n".join(lines) + "\n"

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the key file atomically with mode 0600 (replacing an existing one)."""
        p = Path(path)
        tmp = p.with_name(f".{p.name}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(self.dumps())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, p)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    # -- keys -------------------------------------------------------------------------------
    @property
    def primary_id(self) -> str:
        return self._primary

    @property
    def key_ids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def rotate(self) -> str:
        """Add a new random key and make it the primary; returns its id. Old keys stay for
        decryption until :meth:`retire`."""
        kid = secrets.token_hex(4)
        while kid in self._keys:
            kid = secrets.token_hex(4)
        key = AESGCM.generate_key(bit_length=256)
        self._keys[kid] = key
        self._aead[kid] = AESGCM(key)
        self._primary = kid
        return kid

    def retire(self, kid: str) -> None:
        """Forget an old key (after every token using it was re-encrypted)."""
        if kid == self._primary:
            raise CryptoError("cannot retire the primary key; rotate first")
        self._keys.pop(kid, None)
        self._aead.pop(kid, None)

    def derive(self, purpose: str, kid: str | None = None) -> tuple[str, bytes]:
        """A 32-byte subkey for another use (e.g. the history HMAC), from key ``kid``
        (default: the primary), by HKDF-SHA256. Returns (key id, subkey)."""
        kid = kid or self._primary
        try:
            key = self._keys[kid]
        except KeyError:
            raise KeyUnavailable(f"key {kid} is not in the key ring") from None
        hkdf = HKDF(hashes.SHA256(), 32, salt=None, info=f"nezabudka:{purpose}".encode())
        return kid, hkdf.derive(key)

    # -- values -----------------------------------------------------------------------------
    @staticmethod
    def _aad(kid: str, context: str) -> bytes:
        return f"{VERSION}\x00{kid}\x00{context}".encode()

    def encrypt(self, value: str, context: str) -> str:
        if not isinstance(value, str):
            raise TypeError(f"encrypt() takes str, not {type(value).__name__}")
        kid = self._primary
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead[kid].encrypt(nonce, value.encode("utf-8"), self._aad(kid, context))
        return f"{VERSION}:{kid}:{_b64e(nonce + ct)}"

    def decrypt(self, token: str, context: str) -> str:
        m = _TOKEN.match(token) if isinstance(token, str) else None
        if not m:
            raise DecryptionFailed("not an encrypted value (expected 'nzb1:<key id>:<data>')")
        kid, body = m.groups()
        aead = self._aead.get(kid)
        if aead is None:
            raise KeyUnavailable(f"the value was encrypted with key {kid}, which is not configured")
        try:
            raw = _b64d(body)
        except (binascii.Error, ValueError):
            raise DecryptionFailed("encrypted value is damaged (bad base64)") from None
        if len(raw) < NONCE_BYTES + 16:
            raise DecryptionFailed("encrypted value is damaged (too short)")
        try:
            plain = aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], self._aad(kid, context))
        except InvalidTag:
            raise DecryptionFailed(
                "encrypted value does not authenticate: it was altered, or it belongs to "
                "another row or field"
            ) from None
        return plain.decode("utf-8")

    def needs_reencrypt(self, token: str) -> bool:
        """True if the token was made with a key other than the primary."""
        m = _TOKEN.match(token) if isinstance(token, str) else None
        if not m:
            raise DecryptionFailed("not an encrypted value (expected 'nzb1:<key id>:<data>')")
        return m.group(1) != self._primary

    def reencrypt(self, token: str, context: str) -> str:
        """The same value under the primary key (the token itself if already so)."""
        if not self.needs_reencrypt(token):
            return token
        return self.encrypt(self.decrypt(token, context), context)

    def __repr__(self) -> str:  # never print key material
        return f"KeyRing(keys={list(self._keys)}, primary={self._primary!r})"


def is_token(value: object) -> bool:
    """True if ``value`` looks like an encrypted value of this module."""
    return isinstance(value, str) and _TOKEN.match(value) is not None


def generate_key_file(path: str | os.PathLike[str]) -> str:
    """Create a new key file with one random key, mode 0600; refuses to overwrite.

    Returns the key id."""
    p = Path(path)
    ring = KeyRing.generate()
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        if os.name == "posix":
            os.fchmod(fh.fileno(), 0o600)
        fh.write(ring.dumps())
        fh.flush()
        os.fsync(fh.fileno())
    return ring.primary_id


# -- the process-wide key ring -------------------------------------------------------------
_ring: KeyRing | None = None


def set_keyring(ring: KeyRing | None) -> None:
    """Install the process-wide ring (``None``: load from the environment on next use)."""
    global _ring
    _ring = ring


def get_keyring() -> KeyRing:
    """The process-wide ring, loaded from the environment on first use.

    Raises :class:`KeyUnavailable` if no key is configured."""
    global _ring
    if _ring is None:
        _ring = KeyRing.from_environment()
    return _ring


def encrypt(value: str, context: str) -> str:
    return get_keyring().encrypt(value, context)


def decrypt(token: str, context: str) -> str:
    return get_keyring().decrypt(token, context)


def needs_reencrypt(token: str) -> bool:
    return get_keyring().needs_reencrypt(token)


@dataclass(frozen=True, slots=True)
class ReadEvent:
    """One read of a restricted value, for the access log administrators see."""

    actor: str | int
    table: str
    column: str
    row_id: str | int
    at: dt.datetime
    outcome: str  # "read" | "key_unavailable" | "failed"


def reveal(
    token: str | None,
    *,
    table: str,
    column: str,
    row_id: str | int,
    actor: str | int,
    record_read: Callable[[ReadEvent], object],
    ring: KeyRing | None = None,
) -> str | None:
    """Decrypt one restricted value for display or export, recording the read first.

    ``record_read`` is called before the plaintext is returned; if it raises, the value is
    not returned (no read without a log entry). Returns ``None`` when no key is available
    (show "restricted"); raises :class:`DecryptionFailed` for a damaged or moved value (after
    recording the failed attempt). An empty stored value (``None`` or "") is returned as is
    without a log entry."""
    if not token:
        return token

    def log(outcome: str) -> None:
        record_read(ReadEvent(actor, table, column, row_id, dt.datetime.now(dt.UTC), outcome))

    try:
        keys = ring or get_keyring()
        plain = keys.decrypt(token, field_context(table, column, row_id))
    except KeyUnavailable:
        log("key_unavailable")
        return None
    except DecryptionFailed:
        log("failed")
        raise
    log("read")
    return plain


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m nezabudka.protection.crypto generate PATH`` | ``rotate PATH``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 2 and args[0] == "generate":
        kid = generate_key_file(args[1])
        print(f"created {args[1]} (mode 0600) with key {kid}; back it up offline")
        return 0
    if len(args) == 2 and args[0] == "rotate":
        ring = KeyRing.from_file(args[1])
        kid = ring.rotate()
        ring.save(args[1])
        print(f"new primary key {kid}; re-encrypt stored values, then retire the old keys")
        return 0
    print("usage: python -m nezabudka.protection.crypto generate|rotate PATH", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
