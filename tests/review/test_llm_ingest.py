"""Asking the local language model where reviewers work: ``ingest_file(use_llm=True)``,
``nezabudka ingest --llm`` and the "Add a report" page.

The model server is outside this machine, so the stub server of tests/llm_stub.py stands in
for it; everything of ours runs for real, on the test database (SQLite or PostgreSQL, as
NEZABUDKA_DATABASE_URL says). The model is off by default; when it fails, the document and the
rules' suggestions are stored all the same and the problem is reported.
"""

from __future__ import annotations

import dataclasses
import json
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.config import LLMSettings
from nezabudka.extraction import extract
from nezabudka.extraction.llm import claim_key, normalise_name
from nezabudka.registry import names
from nezabudka.registry.models import Fact, Person, Source, Suggestion
from nezabudka.registry.suggestions import ingest_file
from tests.llm_stub import GOOD_ANSWER, HUNGER, MODEL, TEXT, stub

__all__ = ["stub"]  # the fixture, imported from tests/llm_stub.py

pytestmark = pytest.mark.django_db
LLM_ENV = [f"NEZABUDKA_LLM_{n}" for n in ("URL", "MODEL", "TIMEOUT", "API_KEY", "ALLOW_REMOTE")]


@pytest.fixture(autouse=True)
def fresh_index():
    names.INDEX.__init__()


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture
def llm_off(settings):
    """The web app's settings without a model, whatever the environment says."""
    settings.CONFIG = dataclasses.replace(settings.CONFIG, llm=LLMSettings())
    return settings


@pytest.fixture
def llm_on(settings, stub):
    """The web app's settings pointing at the stub model."""
    settings.CONFIG = dataclasses.replace(
        settings.CONFIG, llm=LLMSettings(url=stub.url, model=MODEL, timeout=5.0)
    )
    return stub


@pytest.fixture
def no_llm_env(monkeypatch):
    for name in LLM_ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def editor(db):
    from tests.web.conftest import make_user, signed_in_client

    user, device = make_user("editor", "reviewer")
    return signed_in_client(user, device)


def _dump(mention: str, claim: dict[str, Any]) -> str:
    return json.dumps([mention, claim], sort_keys=True, ensure_ascii=False)


def _rules(source: Source) -> dict[str, Any]:
    return extract(source.text, "en")


def _stored(source: Source, *, by_model: bool) -> list[str]:
    return sorted(
        _dump(s.mention, s.claim)
        for s in Suggestion.objects.filter(source=source)
        if (s.claim.get("engine") == "llm") is by_model
    )


def _rules_only(source: Source) -> list[str]:
    return sorted(_dump(p["name"], c) for p in _rules(source)["people"] for c in p["claims"])


def _model_only(source: Source, answer: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(mention, kind, quote) of the answer's claims the rules did not make (the merge rule)."""
    rules = {
        normalise_name(p["name"]): {claim_key(c) for c in p["claims"]}
        for p in _rules(source)["people"]
    }
    return {
        (p["name"], c["kind"], c["quote"])
        for p in answer["people"]
        for c in p["claims"]
        if claim_key(c) not in rules.get(normalise_name(p["name"]), set())
    }


def _closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# --- the service -------------------------------------------------------------------------------


def test_ingest_with_the_model_stores_the_merged_suggestions(actor, report, llm_on):
    stub = llm_on
    result = ingest_file(report, actor, use_llm=True)  # the model of the settings
    source = result.source
    assert result.problems == [] and result.llm_warnings == []
    assert result.engine == f"rules+llm:{MODEL}"
    [request] = stub.requests
    assert source.text in request["body"]["messages"][1]["content"]
    # every suggestion of the rules is there, unmarked
    assert _stored(source, by_model=False) == _rules_only(source)
    # what only the model said is there too, marked for the reviewers
    expected = _model_only(source, GOOD_ANSWER)
    assert ("Raman Kazhamiakin", "hunger_strike", HUNGER) in expected
    marked = Suggestion.objects.filter(source=source, claim__engine="llm")
    assert {(s.mention, s.kind, s.quote) for s in marked} == expected
    assert result.llm_only == len(expected) == marked.count()
    assert result.suggestions == Suggestion.objects.filter(source=source).count()
    assert marked.get(kind="hunger_strike").claim == {
        "kind": "hunger_strike",
        "quote": HUNGER,
        "date": "2024-03-03",
        "engine": "llm",
    }
    assert Person.objects.count() == 0 and Fact.objects.count() == 0  # nothing decided yet
    # the same document again: nothing added, the model is not asked again
    assert ingest_file(report, actor, use_llm=True).already_seen
    assert len(stub.requests) == 1


def test_an_explicit_model_config_is_used(actor, report, llm_off, stub):
    result = ingest_file(report, actor, use_llm=True, llm_config=stub.config())
    assert result.problems == [] and result.llm_only > 0
    assert len(stub.requests) == 1


def test_the_model_is_off_unless_asked_for(actor, report, llm_on):
    result = ingest_file(report, actor)
    assert llm_on.requests == []
    assert result.engine == "rules" and result.problems == [] and result.llm_only == 0
    assert _stored(result.source, by_model=False) == _rules_only(result.source)
    assert _stored(result.source, by_model=True) == []


def test_asking_for_a_model_that_is_not_set_up_stores_the_rules_and_says_so(actor, report, llm_off):
    result = ingest_file(report, actor, use_llm=True)
    [problem] = result.problems
    assert "NEZABUDKA_LLM_URL" in problem and "rules' suggestions were stored" in problem
    assert _stored(result.source, by_model=False) == _rules_only(result.source)


def _down(stub):
    return {"url": _closed_port_url()}


def _http_503(stub):
    stub.status, stub.body = 503, b'{"error": {"message": "model is loading"}}'
    return {}


def _not_json(stub):
    stub.status, stub.body = 200, b"<html>this is not a chat-completions server</html>"
    return {}


def _not_a_completion(stub):
    stub.status, stub.body = 200, b'{"choices": []}'
    return {}


def _too_slow(stub):
    stub.delay = 3.0
    return {"timeout": 0.3}


@pytest.mark.parametrize(
    ("breakage", "says", "setting"),
    [
        (_down, "cannot reach the language model server", "NEZABUDKA_LLM_URL"),
        (_http_503, "HTTP 503 (model is loading)", "NEZABUDKA_LLM_URL"),
        (_not_json, "did not answer with JSON", "NEZABUDKA_LLM_URL"),
        (_not_a_completion, "is not a chat completion", "NEZABUDKA_LLM_URL"),
        (_too_slow, "no answer from the language model server", "NEZABUDKA_LLM_TIMEOUT"),
    ],
    ids=["down", "http-503", "not-json", "not-a-completion", "timeout"],
)
def test_a_failing_model_loses_nothing(actor, report, stub, breakage, says, setting):
    config = dataclasses.replace(stub.config(), **breakage(stub))
    result = ingest_file(report, actor, use_llm=True, llm_config=config)
    assert not result.already_seen and result.source.pk
    [problem] = result.problems
    assert problem.startswith(
        "the language model was not used, only the rules' suggestions were stored: "
    )
    assert says in problem and setting in problem
    assert result.engine == "rules" and result.llm_only == 0
    assert _stored(result.source, by_model=False) == _rules_only(result.source)
    assert _stored(result.source, by_model=True) == []
    assert result.suggestions == len(_rules_only(result.source)) > 0


def test_parts_of_the_answer_that_fail_the_checks_are_counted(actor, report, stub):
    answer = json.loads(json.dumps(GOOD_ANSWER))
    answer["people"][0]["claims"].append({"kind": "tortured", "quote": HUNGER})
    answer["people"].append({"name": "Somebody", "role": "judge", "claims": []})
    stub.answer(answer)
    result = ingest_file(report, actor, use_llm=True, llm_config=stub.config())
    assert result.problems == [] and len(result.llm_warnings) == 2
    assert result.llm_only == len(_model_only(result.source, GOOD_ANSWER))


# --- the command -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        ({}, "NEZABUDKA_LLM_URL"),
        ({"NEZABUDKA_LLM_URL": "http://127.0.0.1:8080/v1"}, "NEZABUDKA_LLM_MODEL"),
        (
            {"NEZABUDKA_LLM_URL": "http://8.8.8.8/v1", "NEZABUDKA_LLM_MODEL": "m"},
            "NEZABUDKA_LLM_ALLOW_REMOTE",
        ),
    ],
    ids=["not-set-up", "no-model", "remote-host"],
)
def test_cli_ingest_llm_needs_the_settings(report, no_llm_env, env, setting):
    for name, value in env.items():
        no_llm_env.setenv(name, value)
    result = CliRunner().invoke(app, ["ingest", str(report), "--llm"])
    assert result.exit_code == 2
    assert setting in result.output and result.output.startswith("--llm")
    extract_result = CliRunner().invoke(app, ["extract", str(report), "--llm"])
    assert (extract_result.exit_code, extract_result.output) == (2, result.output)  # same words
    assert not Source.objects.exists()


def test_cli_ingest_llm_stores_the_merged_suggestions(report, no_llm_env, stub):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", stub.url)
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", MODEL)
    result = CliRunner().invoke(app, ["ingest", str(report), "--llm"])
    assert result.exit_code == 0, result.output
    source = Source.objects.get()
    expected = _model_only(source, GOOD_ANSWER)
    assert f"{len(expected)} of them from the language model only" in result.output
    assert Suggestion.objects.filter(claim__engine="llm").count() == len(expected)
    assert len(stub.requests) == 1


def test_cli_ingest_llm_with_the_server_failing_stores_the_rules(report, no_llm_env, stub):
    no_llm_env.setenv("NEZABUDKA_LLM_URL", stub.url)
    no_llm_env.setenv("NEZABUDKA_LLM_MODEL", MODEL)
    stub.status, stub.body = 503, b"loading"
    result = CliRunner().invoke(app, ["ingest", str(report), "--llm"])
    assert result.exit_code == 3, result.output  # stored, but a script can tell the model failed
    assert "warning: the language model was not used" in result.output
    assert "HTTP 503" in result.output
    source = Source.objects.get()
    assert _stored(source, by_model=False) == _rules_only(source)
    assert not Suggestion.objects.filter(claim__engine="llm").exists()


# --- the web page ------------------------------------------------------------------------------

CHECKBOX = 'name="use_llm"'


def test_the_page_offers_no_model_when_none_is_set_up(editor, llm_off, stub):
    page = editor.get("/staff/review/ingest/").content.decode()
    assert "<textarea" in page and CHECKBOX not in page
    assert "language model" not in page
    # a hand-made request cannot switch it on
    response = editor.post("/staff/review/ingest/", {"text": TEXT, "use_llm": "1"})
    assert response.status_code == 302
    assert stub.requests == []
    assert not Suggestion.objects.filter(claim__engine="llm").exists()
    assert Suggestion.objects.exists()


def test_the_page_offers_the_model_when_set_up_and_ticking_it_uses_it(editor, llm_on):
    stub = llm_on
    page = editor.get("/staff/review/ingest/").content.decode()
    assert CHECKBOX in page and "Also ask the local language model" in page
    response = editor.post("/staff/review/ingest/", {"text": TEXT, "use_llm": "1"})
    assert response.status_code == 302
    assert len(stub.requests) == 1
    source = Source.objects.get()
    expected = _model_only(source, GOOD_ANSWER)
    marked = Suggestion.objects.filter(source=source, claim__engine="llm")
    assert {(s.mention, s.kind, s.quote) for s in marked} == expected
    assert _stored(source, by_model=False) == _rules_only(source)
    page = editor.get(response["Location"]).content.decode()
    assert f"{len(expected)} of them came from the language model alone" in page
    # the review page labels exactly the model's suggestions
    assert page.count('<span class="engine"') == len(expected) > 0
    hunger = marked.get(kind="hunger_strike")
    item = page[page.index(f'id="s{hunger.pk}"') :]
    assert item.index('class="engine"') < item.index("</li>")


def test_the_box_unticked_sends_nothing(editor, llm_on):
    response = editor.post("/staff/review/ingest/", {"text": TEXT})
    assert response.status_code == 302
    assert llm_on.requests == []
    page = editor.get(response["Location"]).content.decode()
    assert '<span class="engine"' not in page


def test_a_failing_model_is_a_warning_and_the_rules_are_stored(editor, llm_on):
    llm_on.status, llm_on.body = 503, b"loading"
    response = editor.post("/staff/review/ingest/", {"text": TEXT, "use_llm": "1"}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="msg-warning"' in page
    warning = page[page.index('class="msg-warning"') :]
    assert "HTTP 503" in warning[: warning.index("</li>")]
    source = Source.objects.get()
    assert _stored(source, by_model=False) == _rules_only(source)
    assert '<span class="engine"' not in page


def test_the_label_and_the_box_are_translated(editor, llm_on, actor, report):
    editor.post("/i18n/setlang/", {"language": "be", "next": "/"})
    page = editor.get("/staff/review/ingest/").content.decode()
    assert "Таксама спытаць лакальную моўную мадэль" in page
    source = ingest_file(report, actor, use_llm=True).source
    page = editor.get(f"/staff/review/{source.pk}/").content.decode()
    assert ">мадэль</span>" in page
