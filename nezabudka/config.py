"""Every setting Nezabudka reads, declared once, typed and documented.

Settings come from environment variables (``NEZABUDKA_*``). ``docs/settings.md`` lists the same
table; a test fails when the two disagree. The values of :class:`Config` are checked once, in
:func:`load`, and an invalid one stops the start with a message naming it. Secrets are never defaulted: without
``NEZABUDKA_SECRET_KEY`` a random key is made for this process only (sessions end on restart),
and ``NEZABUDKA_ENV=production`` refuses to start without one; ``NEZABUDKA_LLM_API_KEY`` is
never shown in ``repr`` or messages.
"""

from __future__ import annotations

import os
import secrets
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "NEZABUDKA_DATABASE_URL",
        "sqlite:///nezabudka.sqlite3",
        "Database URL: sqlite:///path/file.sqlite3 (relative to the working directory) or "
        "postgresql://user:password@host:port/dbname. The CLI's --db overrides it.",
    ),
    Setting(
        "NEZABUDKA_SECRET_KEY",
        None,
        "Django secret key (signs sessions and CSRF tokens). Required when "
        "NEZABUDKA_ENV=production; otherwise a random key is made per process.",
    ),
    Setting(
        "NEZABUDKA_ENV",
        "development",
        "development or production. Production turns off debug pages and requires "
        "NEZABUDKA_SECRET_KEY and NEZABUDKA_ALLOWED_HOSTS.",
    ),
    Setting(
        "NEZABUDKA_ALLOWED_HOSTS",
        "127.0.0.1,localhost",
        "Comma-separated host names the web app answers to.",
    ),
    Setting(
        "NEZABUDKA_COUNTRY",
        "by",
        "Default country pack (reference data folder) for articles and places.",
    ),
    Setting(
        "NEZABUDKA_DATA_DIR", "var", "Folder for uploaded source files and other runtime data."
    ),
    Setting(
        "NEZABUDKA_SESSION_MINUTES",
        "480",
        "Staff sessions end after this many minutes without a request (and when the browser "
        "closes).",
    ),
    Setting(
        "NEZABUDKA_KEY_FILE",
        None,
        "Path of the key file (mode 0600) that encrypts restricted data; keep it off the "
        "database server's backups. Read by nezabudka.protection.crypto.",
    ),
    Setting(
        "NEZABUDKA_KEYS",
        None,
        "The same keys as text ('<id>:<base64>' separated by commas), for container secrets; "
        "NEZABUDKA_KEY_FILE wins when both are set.",
    ),
    Setting(
        "NEZABUDKA_SUPPRESSION_THRESHOLD",
        "5",
        "Public statistics hide counts below this (and cells that would reveal them).",
    ),
    Setting(
        "NEZABUDKA_PROGRESS",
        "auto",
        "Progress lines of long CLI jobs: auto (when standard error is a terminal), 1, 0.",
    ),
    Setting(
        "NEZABUDKA_LLM_URL",
        "",
        "Base URL of a locally hosted OpenAI-compatible language model server (e.g. "
        "http://127.0.0.1:8080/v1) for the optional `extract --llm`, `ingest --llm` and the "
        "web page's 'Also ask the local language model'. Empty (the default): off, nothing is "
        "sent anywhere. Used by nezabudka.extraction.llm.",
    ),
    Setting(
        "NEZABUDKA_LLM_MODEL",
        "",
        "Model name to ask for at NEZABUDKA_LLM_URL (required when the URL is set).",
    ),
    Setting(
        "NEZABUDKA_LLM_TIMEOUT",
        "60",
        "Seconds to wait for the language model server to answer.",
    ),
    Setting(
        "NEZABUDKA_LLM_API_KEY",
        None,
        "Bearer token for the language model server, if it needs one. Never logged or shown.",
    ),
    Setting(
        "NEZABUDKA_LLM_ALLOW_REMOTE",
        "false",
        "true lets NEZABUDKA_LLM_URL name a host outside loopback/private networks (reports "
        "then leave this network; the administrator takes responsibility). HTTPS only.",
    ),
)


@dataclass(frozen=True)
class LLMSettings:
    """The optional local language model (``NEZABUDKA_LLM_*``); off while ``url`` is empty.
    ``api_key`` is a secret: never defaulted, never in ``repr``/``str``."""

    url: str = ""
    model: str = ""
    timeout: float = 60.0
    api_key: str | None = field(default=None, repr=False)
    allow_remote: bool = False

    @property
    def enabled(self) -> bool:
        return bool(self.url)


@dataclass(frozen=True)
class Config:
    database_url: str
    secret_key: str = field(repr=False)  # a secret: never in repr/logs
    secret_key_is_ephemeral: bool
    env: str
    allowed_hosts: tuple[str, ...]
    country: str
    data_dir: Path
    progress: str
    suppression_threshold: int
    session_minutes: int = 480
    llm: LLMSettings = field(default_factory=LLMSettings)

    @property
    def production(self) -> bool:
        return self.env == "production"


class ConfigError(RuntimeError):
    """A setting is missing or invalid; the message says which and how to fix it."""


def _get(name: str, environ: Mapping[str, str]) -> str | None:
    default = next(s.default for s in SETTINGS if s.name == name)
    value = environ.get(name)
    return value if value not in (None, "") else default


def _threshold(text: str | None) -> int:
    try:
        value = int(text or "5")
    except ValueError:
        raise ConfigError(
            f"NEZABUDKA_SUPPRESSION_THRESHOLD={text!r}: give a whole number"
        ) from None
    if value < 2:
        raise ConfigError("NEZABUDKA_SUPPRESSION_THRESHOLD must be at least 2")
    return value


def load(environ: dict[str, str] | None = None) -> Config:
    env_vars = dict(os.environ if environ is None else environ)
    env = (_get("NEZABUDKA_ENV", env_vars) or "development").lower()
    if env not in ("development", "production"):
        raise ConfigError(f"NEZABUDKA_ENV={env!r}: use 'development' or 'production'")
    key = _get("NEZABUDKA_SECRET_KEY", env_vars)
    if not key and env == "production":
        raise ConfigError(
            "NEZABUDKA_SECRET_KEY is not set; generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` and keep it secret"
        )
    hosts = tuple(h.strip() for h in (_get("NEZABUDKA_ALLOWED_HOSTS", env_vars) or "").split(","))
    return Config(
        database_url=_get("NEZABUDKA_DATABASE_URL", env_vars) or "",
        secret_key=key or secrets.token_urlsafe(50),
        secret_key_is_ephemeral=not key,
        env=env,
        allowed_hosts=tuple(h for h in hosts if h),
        country=_get("NEZABUDKA_COUNTRY", env_vars) or "by",
        data_dir=Path(_get("NEZABUDKA_DATA_DIR", env_vars) or "var"),
        progress=_get("NEZABUDKA_PROGRESS", env_vars) or "auto",
        suppression_threshold=_threshold(_get("NEZABUDKA_SUPPRESSION_THRESHOLD", env_vars)),
        session_minutes=_minutes(_get("NEZABUDKA_SESSION_MINUTES", env_vars) or "480"),
        llm=llm_settings(env_vars),
    )


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ConfigError(f"NEZABUDKA_SESSION_MINUTES={text!r}: give a whole number") from None
    if value < 1:
        raise ConfigError("NEZABUDKA_SESSION_MINUTES must be at least 1")
    return value


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off", "")


def llm_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the language model's base URL (naming the setting), or None."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return (
            f"NEZABUDKA_LLM_URL={url!r} is not an http(s) URL; give the server's "
            "OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1"
        )
    if parts.username is not None or parts.password is not None:
        return (
            "NEZABUDKA_LLM_URL must not contain a user name or password; put the token in "
            "NEZABUDKA_LLM_API_KEY instead"
        )
    if parts.query or parts.fragment:
        return (
            "NEZABUDKA_LLM_URL must be a base URL without '?' or '#', e.g. http://127.0.0.1:8080/v1"
        )
    return None


def llm_settings(environ: Mapping[str, str] | None = None) -> LLMSettings:
    """The ``NEZABUDKA_LLM_*`` settings, checked (part of :func:`load`; also used on its own by
    the commands that need only these). Raises ConfigError naming the setting."""
    env_vars = os.environ if environ is None else environ

    def get(name: str) -> str:
        return (_get(name, env_vars) or "").strip()

    raw_timeout = get("NEZABUDKA_LLM_TIMEOUT") or "60"
    try:
        timeout = float(raw_timeout)
    except ValueError:
        raise ConfigError(
            f"NEZABUDKA_LLM_TIMEOUT={raw_timeout!r}: give a number of seconds, e.g. 60"
        ) from None
    if not 0 < timeout < float("inf"):
        raise ConfigError("NEZABUDKA_LLM_TIMEOUT must be a positive number of seconds")
    remote = get("NEZABUDKA_LLM_ALLOW_REMOTE").lower()
    if remote not in _TRUE + _FALSE:
        raise ConfigError(f"NEZABUDKA_LLM_ALLOW_REMOTE={remote!r}: use true or false")
    url, model = get("NEZABUDKA_LLM_URL"), get("NEZABUDKA_LLM_MODEL")
    if url:
        problem = llm_url_problem(url)
        if problem:
            raise ConfigError(problem)
        if not model:
            raise ConfigError(
                "NEZABUDKA_LLM_URL is set but NEZABUDKA_LLM_MODEL is not: set it to the name "
                "of the model the server serves (GET <NEZABUDKA_LLM_URL>/models lists them)"
            )
    return LLMSettings(
        url=url,
        model=model,
        timeout=timeout,
        api_key=get("NEZABUDKA_LLM_API_KEY") or None,
        allow_remote=remote in _TRUE,
    )
