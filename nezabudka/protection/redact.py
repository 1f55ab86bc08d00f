"""Keep personal data out of logs and error reports (allowlist, not blocklist).

A log line can outlive the database it describes: logs are copied to other machines, sent to
error trackers, attached to bug reports, and seized with the server. So:

- In structured ``extra`` data only keys in :data:`SAFE_KEYS` survive, and only with values
  that look like identifiers or numbers (ids, counts, status codes, enum values); anything
  else becomes ``"[redacted]"``. Unknown keys are dropped, including Django's ``request``
  object: request bodies, headers and query strings are never logged.
- Arguments of the message (``log.info("imported %s", x)``) survive only if they are numbers,
  booleans, ``None``, UUIDs, enum members, identifier-like strings or explicitly marked
  :class:`Safe`; a name, an address or a medical note becomes ``"[redacted]"``. The message
  format string itself is code and is kept.
- Exceptions keep their type and the traceback's file/line/function, never their message
  (``IntegrityError`` and ``ValueError`` messages quote the offending values) and never
  local variables.

Use :class:`RedactingFilter` on **every handler** (filters on a logger do not apply to
records propagated from child loggers)::

    LOGGING = {
        "version": 1,
        "filters": {"redact": {"()": "nezabudka.protection.redact.RedactingFilter"}},
        "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
        "root": {"handlers": ["console"], "level": "INFO"},
    }
"""

from __future__ import annotations

import logging
import re
import traceback
import uuid
from collections.abc import Iterable, Mapping
from enum import Enum
from types import TracebackType
from typing import Any

__all__ = [
    "REDACTED",
    "SAFE_KEYS",
    "VOCAB_KEYS",
    "RedactingFilter",
    "Safe",
    "install",
    "redact_mapping",
    "redact_value",
    "safe_exception_text",
    "safe_path",
]

REDACTED = "[redacted]"

#: Keys of ``extra`` (and of error-report dicts) whose values may be logged if they look safe.
SAFE_KEYS: frozenset[str] = frozenset(
    {
        "person_id", "user_id", "actor_id", "source_id", "case_id", "event_id", "fact_id",
        "place_id", "organisation_id", "import_id", "export_id", "job_id", "request_id",
        "audit_seq", "entry_seq", "row", "row_number", "count", "total", "duration_ms",
        "status_code", "method", "path", "action", "field", "field_name", "table",
        "audience", "purpose", "role", "format", "key_id", "problem", "level",
    }
)  # fmt: skip

# attributes every LogRecord has; they are not user data (msg/args/exc handled separately)
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None)).keys()) | {
    "message",
    "asctime",
    "taskName",
}
#: Keys whose values are words from the code's own vocabularies (lower-case identifiers).
VOCAB_KEYS: frozenset[str] = frozenset(
    {"method", "action", "field", "field_name", "table", "audience", "purpose", "role",
     "format", "problem", "level"}
)  # fmt: skip
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_DIGITS = re.compile(r"^-?[0-9]{1,20}$")
_UUID = re.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)
_HEX = re.compile(r"^[0-9a-f]{8,128}$")
_PREFIXED_ID = re.compile(r"^[a-z]{1,16}[:_-][0-9]{1,20}$")  # "person:17", "row-12"
_WORD = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class Safe(str):
    """A string vetted by the programmer as safe to log (e.g. a constant, a file format)."""

    __slots__ = ()


def _looks_like_id(text: str) -> bool:
    """Digits, UUIDs, hex digests, ``prefix:123``. Not words: a lower-case word may be a name."""
    return bool(
        _DIGITS.match(text) or _UUID.match(text) or _HEX.match(text) or _PREFIXED_ID.match(text)
    )


def redact_value(value: Any, *, vocabulary: bool = False) -> Any:
    """The value if it is safe to log, else :data:`REDACTED`.

    ``vocabulary=True`` also lets through lower-case identifiers (``export``, ``csv``)."""
    if value is None or isinstance(value, bool | int | float | uuid.UUID | Safe):
        return value
    if isinstance(value, Enum):
        return value.value if isinstance(value.value, str | int) else REDACTED
    if isinstance(value, str):
        if _looks_like_id(value) or (vocabulary and _WORD.match(value) is not None):
            return value
        if value.startswith("/") and not any(c.isspace() for c in value):
            return safe_path(value)  # Django logs "Internal Server Error: %s" with the path
    return REDACTED


def safe_path(path: str) -> str:
    """A URL path without query string or fragment; segments other than ids and lower-case
    route words (no hyphens: slugs like ``rybak-aliaksandr`` are names) are redacted."""
    base = path.split("?", 1)[0].split("#", 1)[0]
    return "/".join(
        s if not s or _looks_like_id(s) or _WORD.match(s) else REDACTED for s in base.split("/")
    )


def redact_mapping(data: Mapping[str, Any], safe_keys: Iterable[str] = SAFE_KEYS) -> dict[str, Any]:
    """Only allowlisted keys, each value passed through :func:`redact_value` (for error
    reports, job results and anything else that leaves the process)."""
    allowed = frozenset(safe_keys)
    out: dict[str, Any] = {}
    for k, v in data.items():
        if k not in allowed:
            continue
        if k == "path" and isinstance(v, str):
            out[k] = safe_path(v)
        elif k == "method" and isinstance(v, str):
            out[k] = v if v in _HTTP_METHODS else REDACTED
        else:
            out[k] = redact_value(v, vocabulary=k in VOCAB_KEYS)
    return out


def safe_exception_text(
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None]
    | tuple[None, None, None]
    | BaseException,
) -> str:
    """Traceback with file, line and function of every frame and the exception *types*,
    without messages, source arguments or local variables."""
    exc = exc_info if isinstance(exc_info, BaseException) else exc_info[1]
    if exc is None:
        return ""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        block = ["Traceback (most recent call last):"]
        block += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        kind = type(current)
        block.append(f"{kind.__module__}.{kind.__qualname__}: {REDACTED}")
        parts.append("\n".join(block))
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n\nwhich was raised while handling:\n\n".join(reversed(parts))


class RedactingFilter(logging.Filter):
    """A logging filter that rewrites each record so that only safe data remains.

    It never drops a record (returns True); it changes what the record carries."""

    def __init__(self, name: str = "", safe_keys: Iterable[str] = SAFE_KEYS):
        super().__init__(name)
        self.safe_keys = frozenset(safe_keys)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_nezabudka_redacted", False):
            return True
        # the message: format strings are code; anything else passed as msg is data
        if not isinstance(record.msg, str):
            record.msg = REDACTED
            record.args = None
        elif record.args:
            if isinstance(record.args, Mapping):
                record.args = {k: redact_value(v) for k, v in record.args.items()}
            else:
                record.args = tuple(redact_value(a) for a in record.args)
            try:
                record.getMessage()
            except (TypeError, ValueError, KeyError):
                record.msg, record.args = REDACTED, None
        # structured extra: allowlist
        for key in list(vars(record)):
            if key in _STANDARD or key.startswith("_nezabudka"):
                continue
            value = vars(record)[key]
            if key not in self.safe_keys:
                delattr(record, key)
            else:
                setattr(record, key, redact_mapping({key: value}, self.safe_keys)[key])
        # exceptions: types and frames only
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = safe_exception_text(record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = REDACTED
        record._nezabudka_redacted = True
        return True


def install(handlers: Iterable[logging.Handler] | None = None) -> RedactingFilter:
    """Add one :class:`RedactingFilter` to the given handlers (default: the root logger's)."""
    f = RedactingFilter()
    for h in handlers if handlers is not None else logging.getLogger().handlers:
        if not any(isinstance(x, RedactingFilter) for x in h.filters):
            h.addFilter(f)
    return f
