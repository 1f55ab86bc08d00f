from __future__ import annotations

import io
import logging
import subprocess
import sys
import uuid
from collections.abc import Iterator

import pytest

from nezabudka.core.vocab import Status
from nezabudka.protection.redact import (
    REDACTED,
    RedactingFilter,
    Safe,
    install,
    redact_mapping,
    redact_value,
    safe_exception_text,
    safe_path,
)

SECRETS = ["Рыбак Аляксандр", "Rybak", "rybak", "+375291234567", "maci@example.org", "ВИЧ"]


@pytest.fixture
def log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s %(person_id)s"))
    install([handler])
    logger = logging.getLogger(f"test.redact.{uuid.uuid4().hex}")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, stream
    logger.removeHandler(handler)


def test_args_and_extra_are_allowlisted(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log
    logger.info(
        "person %s updated by %s: %s",
        17,
        uuid.UUID(int=5),
        "Рыбак Аляксандр",
        extra={"person_id": 17, "relatives": "+375291234567", "request": object()},
    )
    logger.info("search for %(q)s", {"q": "rybak"}, extra={"person_id": "rybak"})
    logger.warning({"name": "Rybak", "medical": "ВИЧ"}, extra={"person_id": 3})
    logger.info("status %s, format %s", Status.RELEASED, Safe("xlsx"), extra={"person_id": 1})
    text = stream.getvalue()
    for s in SECRETS:
        assert s not in text, s
    assert "person 17 updated by 00000000-0000-0000-0000-000000000005: [redacted]" in text
    assert "status released, format xlsx" in text


def test_exceptions_keep_type_and_frames_only(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = log

    def save(name: str) -> None:
        raise ValueError(f"duplicate person {name!r}")

    try:
        try:
            save("Рыбак Аляксандр")
        except ValueError as exc:
            raise RuntimeError("while importing maci@example.org") from exc
    except RuntimeError:
        logger.exception("import failed", extra={"person_id": 9})
    text = stream.getvalue()
    for s in SECRETS:
        assert s not in text
    assert "builtins.ValueError: [redacted]" in text
    assert "builtins.RuntimeError: [redacted]" in text
    assert "in save" in text


def test_filter_is_idempotent_and_never_drops() -> None:
    f = RedactingFilter()
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("Rybak",), None)
    assert f.filter(record) and f.filter(record)
    assert record.getMessage() == f"hello {REDACTED}"


def test_bad_format_args_do_not_crash() -> None:
    f = RedactingFilter()
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("only one",), None)
    assert f.filter(record)
    assert record.getMessage() == REDACTED


def test_values_paths_and_mappings() -> None:
    assert redact_value(12) == 12
    assert redact_value("12") == "12"
    assert redact_value("person:12") == "person:12"
    assert redact_value("deadbeefcafe") == "deadbeefcafe"
    for s in SECRETS:
        assert redact_value(s) == REDACTED
    assert redact_value("export") == REDACTED
    assert redact_value("export", vocabulary=True) == "export"
    assert safe_path("/people/12/?q=Rybak#x") == "/people/12/"
    assert redact_value("/people/12/?q=Rybak") == "/people/12/"
    assert redact_value("/people/Rybak Aliaksandr/") == REDACTED
    assert safe_path("/people/rybak-aliaksandr/") == f"/people/{REDACTED}/"
    assert safe_path("/людзі/12") == f"/{REDACTED}/12"
    report = redact_mapping(
        {
            "person_id": 4,
            "path": "/api/people/?name=Rybak",
            "method": "POST",
            "action": "export",
            "body": "name=Rybak&relatives=+375291234567",
            "headers": {"Cookie": "sessionid=abc"},
            "field": "Рыбак",
        }
    )
    assert report == {
        "person_id": 4,
        "path": "/api/people/",
        "method": "POST",
        "action": "export",
        "field": REDACTED,
    }


def test_safe_exception_text_from_exception() -> None:
    try:
        raise KeyError("Рыбак")
    except KeyError as exc:
        text = safe_exception_text(exc)
    assert "Рыбак" not in text and "builtins.KeyError" in text


def test_protection_does_not_import_django() -> None:
    code = (
        "import sys\n"
        "import nezabudka.protection.policy, nezabudka.protection.suppression\n"
        "import nezabudka.protection.crypto, nezabudka.protection.chain\n"
        "import nezabudka.protection.redact\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), "
        "[m for m in sys.modules if m.startswith('django')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
