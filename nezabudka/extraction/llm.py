"""Optional: suggestions from a locally hosted language model (OpenAI-compatible endpoint).

Off by default. Nothing is sent anywhere unless an administrator sets ``NEZABUDKA_LLM_URL``
(and ``NEZABUDKA_LLM_MODEL``); even then the URL must name a loopback or private-network host
unless ``NEZABUDKA_LLM_ALLOW_REMOTE=true`` (reports hold sensitive data). The rule-based
:func:`nezabudka.extraction.extract` stays the default and is what the gold set measures.

``extract_with_llm(text, lang, config)`` sends one chat-completions request and returns the
same shape as ``extract()`` plus ``"warnings"`` and ``"engine"``. The model's answer is
validated strictly: a person with an unknown role, a claim with an unknown kind, a malformed
date, article, regime, facility or release type, or a quote that is not a verbatim passage of
the report (after whitespace normalisation) is dropped and reported in ``warnings``, because a
reviewer sees every quote highlighted in the document. ``merge(rules, llm)`` unites the two
results; claims only the model produced carry ``"engine": "llm"``. ``suggest(text, lang,
config)`` is the one path every caller takes (``extract --llm``, ``ingest --llm``, the web
page): the rules, then the model when ``config`` is given, merged — and the rules' result with
the error when the model cannot be used, so a document is never lost to a server that is down.

Framework-free, standard library only (``urllib.request``). Proxies from the environment are
never used and redirects are refused, so the request goes only to the configured host.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from nezabudka import config as settings
from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.core.vocab import PlaceKind
from nezabudka.extraction import terms as T
from nezabudka.extraction.claims import CLAIM_KINDS
from nezabudka.extraction.lang import detect_language
from nezabudka.extraction.pipeline import extract

__all__ = [
    "LLMConfig",
    "LLMError",
    "Suggested",
    "build_request",
    "claim_key",
    "extract_with_llm",
    "merge",
    "normalise_name",
    "suggest",
    "validate_answer",
]

ROLES = ("prisoner", "detainee", "other")
# The values the rules emit, so a model's answer is held to the same vocabulary.
REGIMES = tuple(dict.fromkeys(name for name, _pattern in T.REGIMES))
FACILITY_KINDS = tuple(k.value for k in PlaceKind if k is not PlaceKind.OTHER)
RELEASE_HOWS = tuple(name for name, _pattern in T.RELEASE_HOW)
CLAIM_KEYS = (
    "kind", "quote", "date", "article", "years", "months", "regime", "facility", "how",
)  # fmt: skip

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ARTICLE = re.compile(r"\d{2,3}(?:-\d)?")
_QUOTE_MIN = 10  # shorter passages cannot be highlighted reliably
_MAX_ANSWER = 8 * 1024 * 1024
_LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
        "::1/128", "fc00::/7", "fe80::/10",
    )
)  # fmt: skip


class LLMError(RuntimeError):
    """The language model could not be used; the message says what happened and how to fix it.
    It never contains the API key."""


@dataclass(frozen=True)
class LLMConfig:
    """Where the model is. ``api_key`` is never shown in ``repr``/``str`` or error messages."""

    url: str
    model: str
    timeout: float = 60.0
    api_key: str | None = field(default=None, repr=False)
    allow_remote: bool = False

    def __post_init__(self) -> None:
        problem = settings.llm_url_problem(self.url)
        if problem:
            raise LLMError(problem)
        if not self.model.strip():
            raise LLMError(
                "NEZABUDKA_LLM_MODEL is not set: give the name of the model the server serves "
                "(GET <NEZABUDKA_LLM_URL>/models lists them)"
            )
        if not self.timeout > 0:
            raise LLMError("NEZABUDKA_LLM_TIMEOUT must be a positive number of seconds")

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.url).hostname or ""

    @property
    def endpoint(self) -> str:
        return self.url.rstrip("/") + "/chat/completions"

    @classmethod
    def from_settings(
        cls, source: settings.LLMSettings | Mapping[str, str] | None = None
    ) -> LLMConfig | None:
        """The configured model, or None when ``NEZABUDKA_LLM_URL`` is empty (the default:
        off). ``source`` is the typed settings (``Config.llm`` of :func:`nezabudka.config.load`,
        what the web app uses), or environment variables to read them from (default: this
        process's). Raises LLMError naming the setting when one is invalid."""
        if not isinstance(source, settings.LLMSettings):
            try:
                source = settings.llm_settings(source)
            except settings.ConfigError as e:
                raise LLMError(str(e)) from None
        if not source.enabled:
            return None
        return cls(
            url=source.url,
            model=source.model,
            timeout=source.timeout,
            api_key=source.api_key,
            allow_remote=source.allow_remote,
        )

    def check_destination(self) -> None:
        """Refuse to send reports off this network unless the administrator allowed it: the
        host must be (or resolve only to) loopback, private or link-local addresses. A remote
        host, when allowed, needs HTTPS."""
        parts = urllib.parse.urlsplit(self.url)
        host = parts.hostname or ""
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, ValueError) as e:
            raise LLMError(
                f"cannot resolve the host {host!r} of NEZABUDKA_LLM_URL ({e}); check the URL"
            ) from None
        addresses = {str(info[4][0]) for info in infos}
        remote = sorted(a for a in addresses if not _is_local(a))
        if not remote:
            return
        if not self.allow_remote:
            raise LLMError(
                f"refusing to send reports to {host!r} ({', '.join(remote)}): it is not a "
                "loopback or private-network address and reports hold sensitive data. Run the "
                "model on this machine or your own network (e.g. http://127.0.0.1:8080/v1), or "
                "set NEZABUDKA_LLM_ALLOW_REMOTE=true if you accept responsibility for sending "
                "them there"
            )
        if parts.scheme != "https":
            raise LLMError(
                f"{host!r} is outside this network: NEZABUDKA_LLM_URL must use https:// to "
                "send reports there"
            )


def _is_local(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in _LOCAL_NETWORKS if net.version == ip.version)


# --- the request ------------------------------------------------------------------------------

SYSTEM_PROMPT = """\
You extract people and facts about political prisoners from one report (news article, lawyer's \
message, testimony) for a human-rights registry. Every fact you give is checked by a person.

Answer with ONE JSON object and nothing else:
{"people": [{"name": "...", "role": "prisoner|detainee|other", "claims": [CLAIM, ...]}]}

CLAIM is an object with these keys (leave out a key that does not apply; add no others):
- "kind" (required), one of: detained, charged, sentenced, held_at, transferred, released, \
exile, recognized, hunger_strike, punishment_cell, medical_neglect, visits_denied (visits, \
letters, calls, parcels, incommunicado), funeral_denied, dismissed, fined, death_in_custody.
- "quote" (required): the sentence of the report the claim rests on, copied character for \
character from the report. Never translate, shorten, paraphrase or add "...".
- "date": "YYYY", "YYYY-MM" or "YYYY-MM-DD", never more precise than the report says.
- "article": the criminal-code article number only, e.g. "361-1" (one claim per article).
- "years", "months": the term as integers, only when non-zero.
- "regime": general|enhanced|strict|special|prison|open_facility|home_restriction|suspended.
- "facility": {"kind": "pretrial|prison|penal_colony|open_facility|temporary", \
"number": integer or null, "town": Latin name or null}.
- "how" (released only): end_of_term|pardon|deal.

People:
- "name": nominative case, in the report's script ("Людмилу Ковалёву" -> "Людмила Ковалёва"). \
Officials known by surname only get their full name ("Lukashenka's regime" -> \
"Alyaksandr Lukashenka"). One entry per person.
- "role": prisoner (held, charged, sentenced, or called a political prisoner / still in \
prison), detainee (only detained, fined, held in a temporary facility or released), other \
(judges, prosecutors, lawyers, investigators, officials, relatives and quoted speakers without \
claims of their own, authors).

Conventions: a transfer gives "transferred" with the destination (the place it came from is a \
"held_at"); every other named place of detention gives "held_at" without a date; "charged" \
carries a date only when the sentence says the charge was brought; a criminal fine imposed \
with a sentence gives both "sentenced" and "fined". Give only what the report states; never \
guess. With nobody to report, answer {"people": []}."""


def _date_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _draft(rules_result: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The rules' result as the model sees it (no registry ids)."""
    people = rules_result.get("people") or []
    return [
        {"name": p.get("name"), "role": p.get("role"), "claims": p.get("claims") or []}
        for p in people
        if isinstance(p, Mapping)
    ]


def build_request(
    text: str,
    lang: str | None,
    config: LLMConfig,
    *,
    rules_result: Mapping[str, Any] | None = None,
    reference_date: Any = None,
) -> dict[str, Any]:
    """The chat-completions body sent to the server."""
    parts = []
    if lang:
        parts.append(f"Language of the report: {lang}.")
    ref = _date_text(reference_date)
    if ref:
        parts.append(
            f"The report was published on {ref}: use it for 'today' and for dates without a year."
        )
    parts.append("REPORT:\n<<<\n" + text + "\n>>>")
    if rules_result is not None:
        parts.append(
            "DRAFT made by rules (it misses things and makes mistakes): correct it — keep what "
            "the report supports, fix what is wrong, add what is missing, leave out what the "
            "report does not say.\n"
            + json.dumps({"people": _draft(rules_result)}, ensure_ascii=False)
        )
    parts.append('Answer with the JSON object {"people": [...]} only.')
    return {
        "model": config.model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": "\n\n".join(parts)},
        ],
    }


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would send the report somewhere the administrator did not configure."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        return None


def _redact(message: str, config: LLMConfig) -> str:
    if config.api_key:
        message = message.replace(config.api_key, "***")
    return message


def _server_message(body: bytes) -> str:
    """A short excerpt of an error body (the server's own message where it gives one)."""
    text = body[:2000].decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict):
            err = err.get("message")
        if isinstance(err, str):
            text = err
    text = " ".join(text.split())
    return text[:200] + ("…" if len(text) > 200 else "")


def _post(config: LLMConfig, body: dict[str, Any]) -> bytes:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(config.endpoint, data=data, headers=headers, method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())
    where = config.endpoint
    try:
        with opener.open(request, timeout=config.timeout) as response:
            raw: bytes = response.read(_MAX_ANSWER + 1)
    except urllib.error.HTTPError as e:
        detail = _server_message(e.read() if e.fp is not None else b"")
        hint = {
            401: "check NEZABUDKA_LLM_API_KEY",
            403: "check NEZABUDKA_LLM_API_KEY",
            404: "check NEZABUDKA_LLM_URL (the base URL, usually ending in /v1) and "
            "NEZABUDKA_LLM_MODEL",
        }.get(e.code)
        if 300 <= e.code < 400:
            hint = (
                "redirects are not followed; set NEZABUDKA_LLM_URL to the address the server "
                "answers on"
            )
        elif hint is None and e.code >= 500:
            hint = "see the language model server's log (is the model loaded?)"
        elif hint is None:
            hint = "check NEZABUDKA_LLM_URL and NEZABUDKA_LLM_MODEL"
        raise LLMError(
            f"the language model server at {where} answered HTTP {e.code}"
            + (f" ({detail})" if detail else "")
            + f"; {hint}"
        ) from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise LLMError(_timeout_message(config)) from None
        raise LLMError(
            f"cannot reach the language model server at {where} ({e.reason}); is the server "
            f"running at {config.url}? Start it or correct NEZABUDKA_LLM_URL"
        ) from None
    except TimeoutError:
        raise LLMError(_timeout_message(config)) from None
    except (OSError, http.client.HTTPException) as e:
        raise LLMError(
            f"the connection to the language model server at {where} failed "
            f"({type(e).__name__}: {e}); is the server running and is NEZABUDKA_LLM_URL right?"
        ) from None
    if len(raw) > _MAX_ANSWER:
        raise LLMError(
            f"the answer from {where} is larger than {_MAX_ANSWER // (1024 * 1024)} MiB; "
            "is NEZABUDKA_LLM_URL a chat-completions server?"
        )
    return raw


def _timeout_message(config: LLMConfig) -> str:
    return (
        f"no answer from the language model server at {config.endpoint} within "
        f"{config.timeout:g} s; raise NEZABUDKA_LLM_TIMEOUT, use a smaller model, or check "
        "that the server is not stuck"
    )


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


def _content(raw: bytes, config: LLMConfig) -> Any:
    """The model's JSON answer inside a chat-completions response."""
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise LLMError(
            f"the server at {config.endpoint} did not answer with JSON; is NEZABUDKA_LLM_URL "
            "the base URL of an OpenAI-compatible server (e.g. http://127.0.0.1:8080/v1)?"
        ) from None
    try:
        choice = payload["choices"][0]
        content = choice["message"]["content"]
        if not isinstance(content, str):
            raise TypeError
    except (KeyError, IndexError, TypeError):
        raise LLMError(
            f"the answer from {config.endpoint} is not a chat completion (no "
            "choices[0].message.content); is NEZABUDKA_LLM_URL an OpenAI-compatible server?"
        ) from None
    fenced = _FENCE.match(content)
    if fenced:
        content = fenced.group(1)
    try:
        return json.loads(content)
    except ValueError:
        cut = isinstance(choice, dict) and choice.get("finish_reason") == "length"
        raise LLMError(
            f"the model {config.model!r} did not answer with valid JSON"
            + (
                " (the answer was cut off: the report may be too long for its context)"
                if cut
                else ""
            )
            + "; use a model that supports JSON output (response_format json_object)"
        ) from None


# --- validation --------------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """The key people are matched on: case-folded, ё→е, single spaces."""
    return " ".join(name.casefold().replace("ё", "е").split())


class _Text:
    """The report with its whitespace runs collapsed, mapped back to the original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.starts: list[int] = []
        in_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if not in_space and chars:
                    chars.append(" ")
                    self.starts.append(i)
                in_space = True
            else:
                chars.append(ch)
                self.starts.append(i)
                in_space = False
        self.normal = "".join(chars)

    def locate(self, quote: str) -> str | None:
        """The passage of the original text the quote copies, or None."""
        wanted = " ".join(quote.split())
        if not wanted:
            return None
        at = self.normal.find(wanted)
        if at < 0:
            return None
        start = self.starts[at]
        end = self.starts[at + len(wanted) - 1] + 1
        return self.text[start:end]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_date(value: Any) -> str | None:
    """None when fine, else the problem."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    try:
        PartialDate.parse(value)
    except PartialDateError as e:
        return f"date {value!r}: {e}"
    return None


def _facility(value: Any) -> tuple[dict[str, Any] | None, str | None]:
    if not isinstance(value, Mapping):
        return None, f"facility {value!r} is not an object"
    extra = sorted(str(k) for k in value if k not in ("kind", "number", "town"))
    if extra:
        return None, f"facility has unknown keys {extra}"
    kind = value.get("kind")
    if kind not in FACILITY_KINDS:
        return None, f"facility kind {kind!r} is not one of {', '.join(FACILITY_KINDS)}"
    number = value.get("number")
    if number is not None and not (_is_int(number) and 0 < number < 100000):
        return None, f"facility number {number!r} is not a positive whole number or null"
    town = value.get("town")
    if town is not None and not (isinstance(town, str) and town.strip()):
        return None, f"facility town {town!r} is not a name or null"
    return {"kind": kind, "number": number, "town": town.strip() if town else None}, None


def _claim(raw: Any, text: _Text) -> tuple[dict[str, Any] | None, list[str]]:
    """A validated claim (or None) and the problems found; the first problem of a dropped
    claim says why it was dropped."""
    if not isinstance(raw, Mapping):
        return None, [f"claim {_short(raw)} is not an object"]
    kind = raw.get("kind")
    if kind not in CLAIM_KINDS:
        return None, [f"unknown claim kind {_short(kind)}"]
    quote = raw.get("quote")
    if not isinstance(quote, str) or len(" ".join(quote.split())) < _QUOTE_MIN:
        return None, [f"{kind}: no quote of at least {_QUOTE_MIN} characters"]
    passage = text.locate(quote)
    if passage is None:
        return None, [f"{kind}: quote {_short(quote)} is not a passage of the report"]
    out: dict[str, Any] = {"kind": kind, "quote": passage}
    notes: list[str] = []
    for key, value in raw.items():
        if key in ("kind", "quote") or value is None:
            continue
        problem: str | None = None
        if key == "date":
            problem = _check_date(value)
        elif key == "article":
            if _is_int(value):
                value = str(value)
            if not (isinstance(value, str) and _ARTICLE.fullmatch(value)):
                problem = f"article {_short(value)} is not an article number like 361-1"
        elif key in ("years", "months"):
            limit = 100 if key == "years" else 1200
            if not (_is_int(value) and 0 <= value < limit):
                problem = f"{key} {_short(value)} is not a whole number from 0 to {limit - 1}"
            elif value == 0:
                continue
        elif key == "regime":
            if value not in REGIMES:
                problem = f"regime {_short(value)} is not one of {', '.join(REGIMES)}"
        elif key == "how":
            if value not in RELEASE_HOWS:
                problem = f"release {_short(value)} is not one of {', '.join(RELEASE_HOWS)}"
        elif key == "facility":
            value, problem = _facility(value)
        else:
            notes.append(f"{kind}: unknown key {_short(key)} ignored")
            continue
        if problem:
            return None, [f"{kind}: {problem}"]
        out[str(key)] = value
    return {k: out[k] for k in CLAIM_KEYS if k in out}, notes


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_key(claim: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes two claims the same fact: kind, date, article, years, months, facility."""
    fac = claim.get("facility")
    fac_key = None
    if isinstance(fac, Mapping):
        town = fac.get("town")
        fac_key = (fac.get("kind"), fac.get("number"), normalise_name(town) if town else None)
    return (
        claim.get("kind"),
        claim.get("date"),
        claim.get("article"),
        claim.get("years"),
        claim.get("months"),
        fac_key,
    )


def _linked(rules_result: Mapping[str, Any] | None) -> dict[str, Any]:
    ids: dict[str, Any] = {}
    for p in (rules_result or {}).get("people") or []:
        if isinstance(p, Mapping) and isinstance(p.get("name"), str):
            ids.setdefault(normalise_name(p["name"]), p.get("person_id"))
    return ids


def validate_answer(
    answer: Any, text: str, *, rules_result: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """``{"people": [...], "warnings": [...]}`` from a model's JSON answer: only people and
    claims that satisfy the schema of ``extract()`` are kept, each dropped one is a warning.
    ``person_id`` is the rules' id for the same name, else None. Never raises."""
    warnings: list[str] = []
    if not isinstance(answer, Mapping) or not isinstance(answer.get("people"), list):
        return {"people": [], "warnings": ['the answer has no "people" list; nothing kept']}
    ids = _linked(rules_result)
    report = _Text(text)
    people: dict[str, dict[str, Any]] = {}
    for i, raw in enumerate(answer["people"], 1):
        if not isinstance(raw, Mapping):
            warnings.append(f"person {i}: not an object; dropped")
            continue
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            warnings.append(f"person {i}: name {_short(name)} is not a name; dropped")
            continue
        name = " ".join(name.split())
        role = raw.get("role")
        if role not in ROLES:
            warnings.append(
                f"person {i} ({name}): role {_short(role)} is not one of {', '.join(ROLES)}; "
                "dropped"
            )
            continue
        claims = raw.get("claims", [])
        if not isinstance(claims, list):
            warnings.append(f"person {i} ({name}): claims are not a list; dropped")
            continue
        key = normalise_name(name)
        person = people.setdefault(
            key, {"name": name, "role": role, "person_id": ids.get(key), "claims": []}
        )
        seen = {claim_key(c) for c in person["claims"]}
        for j, raw_claim in enumerate(claims, 1):
            claim, notes = _claim(raw_claim, report)
            where = f"person {i} ({name}), claim {j}"
            if claim is None:
                warnings.append(f"{where}: {notes[0]}; dropped")
                continue
            warnings.extend(f"{where}: {n}" for n in notes)
            if claim_key(claim) not in seen:
                seen.add(claim_key(claim))
                person["claims"].append(claim)
    return {"people": list(people.values()), "warnings": warnings}


def extract_with_llm(
    text: str,
    lang: str | None,
    config: LLMConfig,
    *,
    rules_result: Mapping[str, Any] | None = None,
    reference_date: Any = None,
) -> dict[str, Any]:
    """Ask the configured model for the people and claims of one report (one request).

    Returns ``{"people": [...], "warnings": [...], "engine": "llm:<model>"}`` in the shape of
    ``extract()``; ``rules_result`` (the rules' result) is sent as a draft to correct and
    supplies ``person_id`` for the same names. Raises LLMError (with how to fix it) when the
    destination is refused or the server cannot give a usable answer."""
    try:
        config.check_destination()
        body = build_request(
            text, lang, config, rules_result=rules_result, reference_date=reference_date
        )
        answer = _content(_post(config, body), config)
    except LLMError as e:
        raise LLMError(_redact(str(e), config)) from None
    result = validate_answer(answer, text, rules_result=rules_result)
    result["warnings"] = [_redact(w, config) for w in result["warnings"]]
    result["engine"] = f"llm:{config.model}"
    return result


# --- merging ------------------------------------------------------------------------------------


def _people(result: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    return [p for p in result.get("people") or [] if isinstance(p, Mapping)]


def merge(rules_result: Mapping[str, Any], llm_result: Mapping[str, Any]) -> dict[str, Any]:
    """Rules and model together, for review.

    People are united by name (case-folded, ё→е); a person both found keeps the rules' name,
    role and ``person_id`` (the model's id when the rules have none). Claims are united by
    (kind, date, article, years, months, facility); when both give a claim the rules' one is
    kept. Claims only the model produced carry ``"engine": "llm"``, and so do people only the
    model found. The model's ``warnings`` are kept; ``engine`` is ``rules+llm:<model>``."""
    merged: dict[str, dict[str, Any]] = {}
    for p in _people(rules_result):
        key = normalise_name(str(p.get("name", "")))
        if key in merged:  # the rules list each person once; be safe
            merged[key]["claims"].extend(dict(c) for c in p.get("claims") or [])
            continue
        merged[key] = {**p, "claims": [dict(c) for c in p.get("claims") or []]}
    for p in _people(llm_result):
        key = normalise_name(str(p.get("name", "")))
        mine = merged.get(key)
        if mine is None:
            merged[key] = {
                **p,
                "claims": [{**c, "engine": "llm"} for c in p.get("claims") or []],
                "engine": "llm",
            }
            continue
        if mine.get("person_id") is None and p.get("person_id") is not None:
            mine["person_id"] = p["person_id"]
        seen = {claim_key(c) for c in mine["claims"]}
        for c in p.get("claims") or []:
            if claim_key(c) not in seen:
                seen.add(claim_key(c))
                mine["claims"].append({**c, "engine": "llm"})
    engine = str(llm_result.get("engine") or "llm")
    return {
        "people": list(merged.values()),
        "warnings": list(llm_result.get("warnings") or []),
        "engine": f"rules+{engine}",
    }


# --- rules and model together -------------------------------------------------------------------


@dataclass(frozen=True)
class Suggested:
    """What extraction suggests for one report. ``result`` has the shape of ``extract()``:
    the rules' and the model's merged (see :func:`merge`), or the rules' alone when no model
    was asked or it could not be used — then ``error`` says why (the message names the
    setting or the server to check)."""

    result: dict[str, Any]
    error: LLMError | None = None

    @property
    def warnings(self) -> list[str]:
        """What was dropped from the model's answer (empty without the model)."""
        return [str(w) for w in self.result.get("warnings") or []]

    @property
    def llm_only(self) -> int:
        """How many claims only the model produced."""
        return sum(
            c.get("engine") == "llm"
            for p in _people(self.result)
            for c in p.get("claims") or []
            if isinstance(c, Mapping)
        )


def suggest(
    text: str,
    lang: str | None,
    config: LLMConfig | None,
    *,
    reference_date: Any = None,
    name_index: Any = None,
) -> Suggested:
    """The rules on one report and, when ``config`` is given, the model too (one request,
    with the rules' result as its draft), merged. Never raises LLMError: a model that cannot
    be used leaves the rules' result and sets ``error``."""
    lang = lang or detect_language(text)
    rules = extract(text, lang, reference_date=reference_date, name_index=name_index)
    if config is None:
        return Suggested(rules)
    try:
        model = extract_with_llm(
            text, lang, config, rules_result=rules, reference_date=reference_date
        )
    except LLMError as e:
        return Suggested(rules, e)
    return Suggested(merge(rules, model))
