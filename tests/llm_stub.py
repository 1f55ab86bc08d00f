"""A stand-in for a locally hosted OpenAI-compatible language model server, for the tests.

The model lives outside this process, so a real HTTP server in a thread on loopback stands in
for it: it returns canned chat completions and records every request. Used by
tests/extraction/test_llm.py (the adapter) and tests/review/test_llm_ingest.py (ingest, the
command and the web page).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from nezabudka.extraction.llm import LLMConfig

TEXT = (
    "Human rights defenders say that Raman Kazhamiakin, a 34-year-old programmer from Hrodna, "
    "has been behind bars since 19 April 2023. He was convicted in September 2023 of "
    "'insulting Lukashenka' and 'discrediting Belarus' and got two years and three months of "
    "general-regime colony. In January 2024 he was taken to IK-1 in Navapolatsk. His mother, "
    "Halina Kazhamiakina, says letters from him stopped arriving in March 2024.\n\n"
    "On 3 March 2024 Kazhamiakin began a protest fast against the colony rules."
)
HUNGER = "On 3 March 2024 Kazhamiakin began a protest fast against the colony rules."
TRANSFER = "In January 2024 he was taken to IK-1 in Navapolatsk."
MODEL = "test-model"
KEY = "sk-very-secret-token-123"

GOOD_ANSWER: dict[str, Any] = {
    "people": [
        {
            "name": "Raman Kazhamiakin",
            "role": "prisoner",
            "claims": [
                {
                    "kind": "transferred",
                    "quote": TRANSFER,
                    "date": "2024-01",
                    "facility": {"kind": "penal_colony", "number": 1, "town": "Navapolatsk"},
                },
                {"kind": "hunger_strike", "quote": HUNGER, "date": "2024-03-03"},
            ],
        },
        {"name": "Halina Kazhamiakina", "role": "other", "claims": []},
    ]
}


# --- the stub server ---------------------------------------------------------------------------


class Stub:
    """An OpenAI-compatible chat-completions server: canned answer, recorded requests."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        self.body: bytes = b""
        self.headers: dict[str, str] = {"Content-Type": "application/json"}
        self.delay = 0.0
        self.stop = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def config(self, **kw: Any) -> LLMConfig:
        return LLMConfig(url=self.url, model=MODEL, **{"timeout": 5.0, **kw})

    def answer(self, content: Any, *, finish_reason: str = "stop") -> None:
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        self.status = 200
        self.body = json.dumps(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": MODEL,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": finish_reason,
                    }
                ],
            }
        ).encode()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                stub.requests.append(
                    {
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": json.loads(raw),
                    }
                )
                if stub.delay:
                    stub.stop.wait(stub.delay)
                try:
                    self.send_response(stub.status)
                    for k, v in stub.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(stub.body)))
                    self.end_headers()
                    self.wfile.write(stub.body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def stub() -> Iterator[Stub]:
    s = Stub()
    s.answer(GOOD_ANSWER)
    s.thread.start()
    yield s
    s.stop.set()
    s.server.shutdown()
    s.server.server_close()
