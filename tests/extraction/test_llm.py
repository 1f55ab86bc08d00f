"""The optional language-model adapter, against a stub OpenAI-compatible server on loopback.

The model lives outside this process, so a real HTTP server in a thread stands in for it
(tests/llm_stub.py): it returns canned chat completions and records every request. No database
is needed.
"""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.extraction import CLAIM_KINDS, extract
from nezabudka.extraction import llm as L
from nezabudka.extraction.llm import (
    LLMConfig,
    LLMError,
    extract_with_llm,
    merge,
    validate_answer,
)
from tests.llm_stub import GOOD_ANSWER, HUNGER, KEY, MODEL, TEXT, TRANSFER, stub

__all__ = ["stub"]  # the fixture, imported from tests/llm_stub.py


# --- the request -------------------------------------------------------------------------------


def test_request_shape_without_key(stub):
    rules = extract(TEXT, "en")
    extract_with_llm(TEXT, "en", stub.config(), rules_result=rules, reference_date="2024-05-01")
    [req] = stub.requests
    assert req["path"] == "/v1/chat/completions"
    body = req["body"]
    assert body["model"] == MODEL
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    for word in (*CLAIM_KINDS, "penal_colony", "home_restriction", "end_of_term", "YYYY-MM-DD"):
        assert word in system["content"]
    assert TEXT in user["content"]
    assert "2024-05-01" in user["content"]
    assert "DRAFT" in user["content"] and "Raman Kazhamiakin" in user["content"]
    assert "person_id" not in user["content"]  # registry ids stay here
    assert "authorization" not in req["headers"]
    assert req["headers"]["content-type"] == "application/json"


def test_request_without_draft_and_with_key(stub):
    extract_with_llm(TEXT, "en", stub.config(api_key=KEY))
    [req] = stub.requests
    assert req["headers"]["authorization"] == f"Bearer {KEY}"
    assert "DRAFT" not in req["body"]["messages"][1]["content"]


def test_base_url_with_trailing_slash(stub):
    extract_with_llm(TEXT, "en", LLMConfig(stub.url + "/", MODEL))
    assert stub.requests[0]["path"] == "/v1/chat/completions"


# --- the answer --------------------------------------------------------------------------------


def test_valid_answer_in_the_shape_of_extract(stub):
    rules = {"people": [{"name": "Raman Kazhamiakin", "role": "prisoner", "person_id": 7}]}
    result = extract_with_llm(TEXT, "en", stub.config(), rules_result=rules)
    assert result["engine"] == f"llm:{MODEL}"
    assert result["warnings"] == []
    raman, halina = result["people"]
    assert raman == {
        "name": "Raman Kazhamiakin",
        "role": "prisoner",
        "person_id": 7,
        "claims": GOOD_ANSWER["people"][0]["claims"],
    }
    assert halina["person_id"] is None and halina["claims"] == []
    # the same keys as the rules' result, plus warnings and engine
    assert set(result) == {"people", "warnings", "engine"}
    assert set(raman) == set(extract(TEXT, "en")["people"][0])


def test_quote_whitespace_is_normalised_back_to_the_report(stub):
    quote = "Halina Kazhamiakina, says letters from him stopped arriving in March 2024.  On 3"
    answer = {
        "people": [
            {
                "name": "RAMAN  KAZHAMIAKIN",
                "role": "prisoner",
                "claims": [
                    {"kind": "visits_denied", "quote": quote.replace(" says", "\n says")},
                    {"kind": "hunger_strike", "quote": f"  {HUNGER}  ", "months": 0},
                ],
            }
        ]
    }
    stub.answer(answer)
    rules = {"people": [{"name": "Raman Kazhamiakin", "role": "prisoner", "person_id": 3}]}
    result = extract_with_llm(TEXT, "en", stub.config(), rules_result=rules)
    [person] = result["people"]
    assert person["person_id"] == 3  # linked by normalised name
    visits, hunger = person["claims"]
    assert visits["quote"] in TEXT and "\n\n" in visits["quote"]  # the report's own text
    assert hunger == {"kind": "hunger_strike", "quote": HUNGER}  # zero months left out


def test_code_fenced_answer_is_read(stub):
    stub.answer("```json\n" + json.dumps(GOOD_ANSWER) + "\n```")
    result = extract_with_llm(TEXT, "en", stub.config())
    assert len(result["people"]) == 2


def test_invalid_people_and_claims_are_dropped_with_warnings(stub):
    good = {"kind": "hunger_strike", "quote": HUNGER, "date": "2024-03-03"}
    answer = {
        "people": [
            {
                "name": "Raman Kazhamiakin",
                "role": "prisoner",
                "claims": [
                    good,
                    {"kind": "tortured", "quote": HUNGER},
                    {"kind": "detained", "quote": HUNGER, "date": "3 March 2024"},
                    {"kind": "detained", "quote": HUNGER, "date": "2024-02-30"},
                    {"kind": "released", "quote": "He was released in May 2025 after a pardon."},
                    {"kind": "held_at", "quote": TRANSFER, "facility": {"kind": "gulag"}},
                    {"kind": "charged", "quote": TRANSFER, "article": "Article 342"},
                    {"kind": "sentenced", "quote": TRANSFER, "years": "two"},
                    {"kind": "sentenced", "quote": TRANSFER, "regime": "harsh"},
                    {"kind": "released", "quote": TRANSFER, "how": "escaped"},
                    {"kind": "detained", "quote": "he"},
                    "not a claim",
                    dict(good, confidence=0.9),  # a duplicate of `good` with an extra key
                ],
            },
            {"name": "Judge Dredd", "role": "judge", "claims": []},
            {"name": "", "role": "other", "claims": []},
            {"name": "Halina Kazhamiakina", "role": "other", "claims": "none"},
            42,
        ]
    }
    stub.answer(answer)
    result = extract_with_llm(TEXT, "en", stub.config())
    assert [p["name"] for p in result["people"]] == ["Raman Kazhamiakin"]
    assert result["people"][0]["claims"] == [good]
    text = "\n".join(result["warnings"])
    for expected in (
        "unknown claim kind 'tortured'",
        "date '3 March 2024' is not YYYY, YYYY-MM or YYYY-MM-DD",
        "date '2024-02-30'",
        "is not a passage of the report",
        "facility kind 'gulag'",
        "article 'Article 342'",
        "years 'two'",
        "regime 'harsh'",
        "release 'escaped'",
        "no quote of at least",
        "'not a claim' is not an object",
        "unknown key 'confidence' ignored",
        "role 'judge'",
        "name '' is not a name",
        "claims are not a list",
        "person 5: not an object",
    ):
        assert expected in text, expected
    assert sum("dropped" in w for w in result["warnings"]) == 15


def test_answer_without_people_is_a_warning_not_a_crash(stub):
    stub.answer({"persons": []})
    result = extract_with_llm(TEXT, "en", stub.config())
    assert result["people"] == [] and 'no "people" list' in result["warnings"][0]


def test_article_number_given_as_an_integer_is_accepted():
    answer = {
        "people": [
            {
                "name": "Raman Kazhamiakin",
                "role": "prisoner",
                "claims": [{"kind": "charged", "quote": TRANSFER, "article": 342}],
            }
        ]
    }
    [person] = validate_answer(answer, TEXT)["people"]
    assert person["claims"][0]["article"] == "342"


# --- failures ----------------------------------------------------------------------------------


def test_http_500_says_what_and_where(stub):
    stub.status, stub.body = 500, b'{"error": {"message": "model failed to load"}}'
    with pytest.raises(LLMError, match=r"HTTP 500 \(model failed to load\).*server's log"):
        extract_with_llm(TEXT, "en", stub.config())


def test_http_401_points_at_the_key_and_never_shows_it(stub):
    stub.status, stub.body = 401, f'{{"error": "bad token {KEY}"}}'.encode()
    with pytest.raises(LLMError) as info:
        extract_with_llm(TEXT, "en", stub.config(api_key=KEY))
    message = str(info.value)
    assert "HTTP 401" in message and "NEZABUDKA_LLM_API_KEY" in message
    assert KEY not in message and "***" in message
    assert KEY not in repr(info.value)


def test_http_404_points_at_the_url(stub):
    stub.status, stub.body = 404, b"Not Found"
    with pytest.raises(LLMError, match="NEZABUDKA_LLM_URL"):
        extract_with_llm(TEXT, "en", stub.config())


def test_timeout(stub):
    stub.delay = 3
    with pytest.raises(LLMError, match=r"within 0.3 s; raise NEZABUDKA_LLM_TIMEOUT"):
        extract_with_llm(TEXT, "en", stub.config(timeout=0.3))


def test_server_not_running():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = LLMConfig(f"http://127.0.0.1:{port}/v1", MODEL, timeout=2)
    with pytest.raises(LLMError, match=f"is the server running.*127.0.0.1:{port}"):
        extract_with_llm(TEXT, "en", config)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>hello</html>", "did not answer with JSON"),
        (b'{"data": []}', "not a chat completion"),
        (b'{"choices": [{"message": {"content": null}}]}', "not a chat completion"),
    ],
)
def test_garbage_from_the_server(stub, body, message):
    stub.body = body
    with pytest.raises(LLMError, match=message):
        extract_with_llm(TEXT, "en", stub.config())


def test_model_answer_that_is_not_json(stub):
    stub.answer("Sure! Here are the people: Raman", finish_reason="length")
    with pytest.raises(LLMError, match=r"valid JSON.*cut off.*response_format"):
        extract_with_llm(TEXT, "en", stub.config())


def test_redirects_are_not_followed(stub):
    stub.status, stub.body = 302, b""
    stub.headers = {"Location": "http://203.0.113.9/v1/chat/completions"}
    with pytest.raises(LLMError, match=r"HTTP 302.*redirects are not followed"):
        extract_with_llm(TEXT, "en", stub.config())
    assert len(stub.requests) == 1


def test_environment_proxies_are_not_used(stub, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://203.0.113.9:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://203.0.113.9:3128")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    extract_with_llm(TEXT, "en", stub.config(timeout=2))
    assert len(stub.requests) == 1


# --- where reports may go ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1",
        "http://127.9.9.9/v1",
        "http://10.1.2.3/v1",
        "http://172.31.0.5/v1",
        "http://192.168.1.20:11434/v1",
        "http://169.254.1.1/v1",
        "http://[::1]:8080/v1",
        "http://[fd00::5]/v1",
    ],
)
def test_loopback_and_private_hosts_are_allowed(url):
    LLMConfig(url, MODEL).check_destination()


@pytest.mark.parametrize(
    "url", ["http://8.8.8.8/v1", "https://172.32.0.1/v1", "http://[2001:db8::1]/v1"]
)
def test_remote_hosts_are_refused_by_default(url):
    with pytest.raises(LLMError, match="NEZABUDKA_LLM_ALLOW_REMOTE=true"):
        LLMConfig(url, MODEL).check_destination()
    with pytest.raises(LLMError, match="refusing to send reports"):
        extract_with_llm(TEXT, "en", LLMConfig(url, MODEL, timeout=0.5))


def test_allowed_remote_host_needs_https():
    with pytest.raises(LLMError, match="https"):
        LLMConfig("http://8.8.8.8/v1", MODEL, allow_remote=True).check_destination()
    LLMConfig("https://8.8.8.8/v1", MODEL, allow_remote=True).check_destination()


def test_host_names_must_resolve_only_to_local_addresses(monkeypatch):
    table = {
        "llm.lan": ["192.168.0.7"],
        "mixed.example": ["10.0.0.2", "93.184.216.34"],
        "llm.example": ["93.184.216.34"],
    }

    def fake(host: str, port: int, *a: Any, **kw: Any) -> list[Any]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in table[host]]

    monkeypatch.setattr(L.socket, "getaddrinfo", fake)
    LLMConfig("http://llm.lan:8080/v1", MODEL).check_destination()
    for host in ("mixed.example", "llm.example"):
        with pytest.raises(LLMError, match=r"93\.184\.216\.34"):
            LLMConfig(f"http://{host}/v1", MODEL).check_destination()
    with pytest.raises(LLMError, match=r"cannot resolve the host 'nowhere\.invalid'"):
        LLMConfig("http://nowhere.invalid/v1", MODEL).check_destination()


def test_ipv4_mapped_ipv6_is_judged_by_its_ipv4_address():
    assert L._is_local("::ffff:127.0.0.1")
    assert not L._is_local("::ffff:8.8.8.8")


# --- settings ----------------------------------------------------------------------------------


def test_off_unless_the_url_is_set():
    assert LLMConfig.from_settings({}) is None
    assert LLMConfig.from_settings({"NEZABUDKA_LLM_MODEL": "m"}) is None


def test_from_settings():
    config = LLMConfig.from_settings(
        {
            "NEZABUDKA_LLM_URL": "http://127.0.0.1:8080/v1",
            "NEZABUDKA_LLM_MODEL": "qwen",
            "NEZABUDKA_LLM_TIMEOUT": "12.5",
            "NEZABUDKA_LLM_API_KEY": KEY,
            "NEZABUDKA_LLM_ALLOW_REMOTE": "TRUE",
        }
    )
    assert config is not None
    assert (config.url, config.model, config.timeout, config.api_key, config.allow_remote) == (
        "http://127.0.0.1:8080/v1",
        "qwen",
        12.5,
        KEY,
        True,
    )
    default = LLMConfig.from_settings(
        {"NEZABUDKA_LLM_URL": "http://x/v1", "NEZABUDKA_LLM_MODEL": "m"}
    )
    assert default is not None and default.timeout == 60 and default.api_key is None
    assert default.allow_remote is False


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({"NEZABUDKA_LLM_URL": "http://127.0.0.1/v1"}, "NEZABUDKA_LLM_MODEL"),
        ({"NEZABUDKA_LLM_TIMEOUT": "soon"}, "NEZABUDKA_LLM_TIMEOUT"),
        ({"NEZABUDKA_LLM_TIMEOUT": "0"}, "NEZABUDKA_LLM_TIMEOUT"),
        ({"NEZABUDKA_LLM_ALLOW_REMOTE": "maybe"}, "NEZABUDKA_LLM_ALLOW_REMOTE"),
        ({"NEZABUDKA_LLM_URL": "127.0.0.1:8080"}, "NEZABUDKA_LLM_URL"),
        ({"NEZABUDKA_LLM_URL": "ftp://127.0.0.1/v1"}, "NEZABUDKA_LLM_URL"),
        ({"NEZABUDKA_LLM_URL": "http://u:pw@127.0.0.1/v1"}, "NEZABUDKA_LLM_API_KEY"),
    ],
)
def test_invalid_settings_name_the_setting(env, setting):
    base = {"NEZABUDKA_LLM_URL": "http://127.0.0.1/v1", "NEZABUDKA_LLM_MODEL": "m"}
    with pytest.raises(LLMError, match=setting) as info:
        LLMConfig.from_settings({**base, **env} if "MODEL" not in setting else env)
    assert "pw" not in str(info.value)


def test_api_key_is_never_shown():
    config = LLMConfig("http://127.0.0.1:1/v1", MODEL, api_key=KEY)
    assert KEY not in repr(config) and KEY not in str(config)
    assert KEY not in f"{config}" and KEY not in str([config])


def test_api_key_is_not_in_connection_errors():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LLMError) as info:
        extract_with_llm(TEXT, "en", LLMConfig(f"http://127.0.0.1:{port}/v1", MODEL, api_key=KEY))
    assert KEY not in str(info.value)


# --- merge -------------------------------------------------------------------------------------


def test_merge_unites_people_and_claims():
    shared = {"kind": "detained", "quote": "rules' quote", "date": "2023-04-19"}
    rules = {
        "people": [
            {"name": "Людмила Ковалёва", "role": "prisoner", "person_id": 5, "claims": [shared]},
            {"name": "Ivan Ivanou", "role": "other", "person_id": None, "claims": []},
        ]
    }
    model = {
        "people": [
            {
                "name": "ЛЮДМИЛА КОВАЛЕВА",
                "role": "detainee",
                "person_id": None,
                "claims": [
                    dict(shared, quote="model's quote"),  # same fact: the rules' one is kept
                    {"kind": "detained", "quote": "q", "date": "2023-04"},  # another date
                    {
                        "kind": "held_at",
                        "quote": "q2",
                        "facility": {"kind": "pretrial", "number": 1, "town": "Minsk"},
                    },
                ],
            },
            {"name": "Ivan Ivanou", "role": "prisoner", "person_id": 9, "claims": []},
            {
                "name": "Nina Bahinskaya",
                "role": "detainee",
                "person_id": None,
                "claims": [{"kind": "fined", "quote": "q3"}],
            },
        ],
        "warnings": ["person 4: dropped"],
        "engine": "llm:m",
    }
    merged = merge(rules, model)
    assert merged["engine"] == "rules+llm:m"
    assert merged["warnings"] == ["person 4: dropped"]
    ludmila, ivan, nina = merged["people"]
    assert ludmila["name"] == "Людмила Ковалёва" and ludmila["role"] == "prisoner"
    assert ludmila["person_id"] == 5
    assert ludmila["claims"][0] == shared  # no engine mark: the rules found it
    assert [c.get("engine") for c in ludmila["claims"]] == [None, "llm", "llm"]
    assert ivan["role"] == "other" and ivan["person_id"] == 9
    assert nina["engine"] == "llm" and nina["claims"][0]["engine"] == "llm"
    assert "engine" not in rules["people"][0]["claims"][0]  # inputs untouched
    assert "engine" not in model["people"][2]["claims"][0]


def test_merge_facility_and_sentence_keys():
    fac = {"kind": "penal_colony", "number": 1, "town": "Navapolatsk"}
    rules = {"people": [{"name": "A B", "role": "prisoner", "person_id": None, "claims": [
        {"kind": "transferred", "quote": "x", "facility": fac},
        {"kind": "sentenced", "quote": "x", "years": 2, "months": 3},
    ]}]}  # fmt: skip
    model = {"people": [{"name": "a  b", "role": "prisoner", "person_id": None, "claims": [
        {"kind": "transferred", "quote": "y", "facility": dict(fac, town="NAVAPOLATSK")},
        {"kind": "transferred", "quote": "y", "facility": dict(fac, number=2)},
        {"kind": "sentenced", "quote": "y", "years": 2, "months": 3, "regime": "general"},
        {"kind": "sentenced", "quote": "y", "years": 2},
    ]}]}  # fmt: skip
    [person] = merge(rules, model)["people"]
    assert [(c["quote"], c.get("engine")) for c in person["claims"]] == [
        ("x", None),
        ("x", None),
        ("y", "llm"),  # colony no. 2
        ("y", "llm"),  # two years without months
    ]


def test_merge_with_the_rules_on_a_real_report(stub):
    rules = extract(TEXT, "en")
    merged = merge(rules, extract_with_llm(TEXT, "en", stub.config(), rules_result=rules))
    raman = next(p for p in merged["people"] if p["name"] == "Raman Kazhamiakin")
    rules_raman = next(p for p in rules["people"] if p["name"] == "Raman Kazhamiakin")
    assert raman["claims"][: len(rules_raman["claims"])] == rules_raman["claims"]
    added = raman["claims"][len(rules_raman["claims"]) :]
    assert all(c["engine"] == "llm" for c in added)
    # the transfer was found by both; only what the rules did not have is added
    assert sum(c["kind"] == "transferred" for c in raman["claims"]) == 1


# --- the command -------------------------------------------------------------------------------


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def no_llm_env(monkeypatch):
    for name in ("URL", "MODEL", "TIMEOUT", "API_KEY", "ALLOW_REMOTE"):
        monkeypatch.delenv(f"NEZABUDKA_LLM_{name}", raising=False)
    return monkeypatch


def test_cli_llm_without_settings_exits_2(report, no_llm_env):
    result = CliRunner().invoke(app, ["extract", str(report), "--llm"])
    assert result.exit_code == 2
    assert "NEZABUDKA_LLM_URL" in result.output


def test_cli_llm_refuses_a_remote_host(report, no_llm_env):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", "http://8.8.8.8/v1")
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", "m")
    result = CliRunner().invoke(app, ["extract", str(report), "--llm"])
    assert result.exit_code == 2
    assert "NEZABUDKA_LLM_ALLOW_REMOTE" in result.output


def test_cli_llm_prints_the_merged_result(report, no_llm_env, stub):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", stub.url)
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", MODEL)
    result = CliRunner().invoke(app, ["extract", str(report), "--llm"])
    assert result.exit_code == 0, result.output
    merged = json.loads(result.stdout)
    assert merged["engine"] == f"rules+llm:{MODEL}"
    raman = next(p for p in merged["people"] if p["name"] == "Raman Kazhamiakin")
    assert {"kind": "hunger_strike", "quote": HUNGER, "date": "2024-03-03", "engine": "llm"} in (
        raman["claims"]
    )
    assert TEXT in stub.requests[0]["body"]["messages"][1]["content"]


def test_cli_llm_server_failure_exits_1(report, no_llm_env, stub):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", stub.url)
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", MODEL)
    stub.status, stub.body = 503, b"loading"
    result = CliRunner().invoke(app, ["extract", str(report), "--llm"])
    assert result.exit_code == 1
    assert "HTTP 503" in result.output


def test_cli_without_llm_is_unchanged_and_sends_nothing(report, no_llm_env, stub):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", stub.url)
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", MODEL)
    result = CliRunner().invoke(app, ["extract", str(report)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == extract(TEXT, "en")
    assert stub.requests == []


# --- the validator never trusts the answer -----------------------------------------------------

_DATE_OK = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
_PIECES = [TEXT[i : i + n] for i, n in ((0, 40), (33, 60), (130, 80), (250, 12))] + [HUNGER]
_CLAIM = st.fixed_dictionaries(
    {"kind": st.sampled_from([*CLAIM_KINDS, "tortured"]) | _JSON},
    optional={
        "quote": st.sampled_from([*_PIECES, "not in the text at all", "he"]) | _JSON,
        "date": st.sampled_from(["2023", "2023-04", "2023-04-19", "2023-13", "19.04.2023"]) | _JSON,
        "article": st.sampled_from(["342", "361-1", "361.1", 342, "1234"]) | _JSON,
        "years": st.integers(-2, 120) | _JSON,
        "months": st.integers(-2, 2000) | _JSON,
        "regime": st.sampled_from(["general", "strict", "harsh"]) | _JSON,
        "how": st.sampled_from(["pardon", "deal", "escape"]) | _JSON,
        "facility": st.fixed_dictionaries(
            {"kind": st.sampled_from(["prison", "penal_colony", "gulag"]) | _JSON},
            optional={
                "number": st.none() | st.integers(-1, 30) | _JSON,
                "town": st.none() | st.sampled_from(["Minsk", ""]) | _JSON,
            },
        )
        | _JSON,
        "extra": _JSON,
    },
)
_PERSON = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Raman Kazhamiakin", "raman kazhamiakin", "Ё Ёж", ""]) | _JSON,
        "role": st.sampled_from(["prisoner", "detainee", "other", "judge"]) | _JSON,
        "claims": st.lists(_CLAIM, max_size=5) | _JSON,
    }
)
_ANSWER = st.fixed_dictionaries({"people": st.lists(_PERSON | _JSON, max_size=4)}) | _JSON


def _assert_schema(result: dict[str, Any]) -> None:
    assert set(result) == {"people", "warnings"}
    assert all(isinstance(w, str) for w in result["warnings"])
    names = [L.normalise_name(p["name"]) for p in result["people"]]
    assert len(names) == len(set(names))
    for person in result["people"]:
        assert set(person) == {"name", "role", "person_id", "claims"}
        assert isinstance(person["name"], str) and person["name"].strip()
        assert person["role"] in ("prisoner", "detainee", "other")
        for c in person["claims"]:
            assert set(c) <= set(L.CLAIM_KEYS)
            assert c["kind"] in CLAIM_KINDS
            assert isinstance(c["quote"], str) and c["quote"] in TEXT and len(c["quote"]) >= 10
            if "date" in c:
                assert _DATE_OK.fullmatch(c["date"])
            if "article" in c:
                assert re.fullmatch(r"\d{2,3}(-\d)?", c["article"])
            for k in ("years", "months"):
                if k in c:
                    assert type(c[k]) is int and c[k] > 0
            if "regime" in c:
                assert c["regime"] in L.REGIMES
            if "how" in c:
                assert c["how"] in L.RELEASE_HOWS
            if "facility" in c:
                f = c["facility"]
                assert set(f) == {"kind", "number", "town"}
                assert f["kind"] in L.FACILITY_KINDS
                assert f["number"] is None or (type(f["number"]) is int and f["number"] > 0)
                assert f["town"] is None or (isinstance(f["town"], str) and f["town"])


@given(_ANSWER)
def test_validator_keeps_only_claims_that_satisfy_the_schema(answer):
    result = validate_answer(answer, TEXT)
    _assert_schema(result)
    kept = sum(len(p["claims"]) for p in result["people"])
    given_claims = 0
    if isinstance(answer, dict) and isinstance(answer.get("people"), list):
        for p in answer["people"]:
            if isinstance(p, dict) and isinstance(p.get("claims"), list):
                given_claims += len(p["claims"])
    assert kept <= given_claims


@given(_JSON)
def test_validator_never_crashes_on_any_json(answer):
    _assert_schema(validate_answer(answer, TEXT))
