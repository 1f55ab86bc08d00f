"""The review queue: paste a report, see the passages highlighted, accept or reject — and
nothing reaches the registry before a person decides. Includes a browser test in Chromium."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from nezabudka.registry import names
from nezabudka.registry.models import Fact, Person, Suggestion

REPORT = (
    "On 3 March 2022 the activist Hanna Uzorava was detained in Minsk. In June 2022 the "
    "Minsk City Court sentenced Hanna Uzorava to 4 years in a general regime colony under "
    "Art. 342 of the Criminal Code. She went on a hunger strike in the pre-trial prison."
)
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def fresh_index():
    names.INDEX.__init__()


@pytest.fixture
def editor(db):
    from tests.web.conftest import make_user, signed_in_client

    user, device = make_user("editor", "reviewer")
    return signed_in_client(user, device)


@pytest.fixture
def viewer(db):
    from tests.web.conftest import make_user, signed_in_client

    user, device = make_user("viewer", "reader")
    return signed_in_client(user, device)


@pytest.mark.django_db
def test_paste_review_accept_and_reject(editor):
    response = editor.post("/staff/review/ingest/", {"text": REPORT})
    assert response.status_code == 302
    page = editor.get(response["Location"]).content.decode()
    assert "<mark" in page and "Hanna Uzorava" in page
    assert Person.objects.count() == 0 and Fact.objects.count() == 0  # nothing yet
    source_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    sentence = Suggestion.objects.get(kind="sentenced")
    editor.post(f"/staff/review/{source_id}/decide/", {"one": sentence.pk})
    sentence.refresh_from_db()
    assert sentence.status == "accepted"
    fact = Fact.objects.get(kind="sentence")
    assert (fact.years, fact.regime) == (4, "general")
    assert fact.citations.get().passage == sentence.quote
    rest = list(Suggestion.objects.filter(status="pending").values_list("pk", flat=True))
    editor.post(
        f"/staff/review/{source_id}/decide/",
        {"action": "reject", "ids": rest, "reason": "checking with the family"},
    )
    assert not Suggestion.objects.filter(status="pending").exists()
    assert Fact.objects.filter(person__isnull=False).exclude(kind="name").count() == 1


@pytest.mark.django_db
def test_readers_cannot_decide(viewer, editor):
    response = editor.post("/staff/review/ingest/", {"text": REPORT})
    source_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    s = Suggestion.objects.first()
    assert viewer.get(f"/staff/review/{source_id}/").status_code == 200
    assert viewer.post(f"/staff/review/{source_id}/decide/", {"one": s.pk}).status_code == 403
    s.refresh_from_db()
    assert s.status == "pending"


@pytest.mark.django_db
def test_empty_submission_is_explained(editor):
    response = editor.post("/staff/review/ingest/", {"text": "  "})
    assert response.status_code == 400 and "Paste the report" in response.content.decode()


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Debian's chromium at {CHROMIUM}")
@pytest.mark.django_db(transaction=True)
def test_review_flow_in_chromium(live_server):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from django_otp.oath import totp
    from playwright.sync_api import sync_playwright

    from tests.web.conftest import make_user
    from tests.web.test_browser import ARGS

    _user, device = make_user("editor", "reviewer")
    base = live_server.url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(f"{base}/accounts/login/")
        page.fill("#id_username", "reviewer")
        page.fill("#id_password", "correct horse battery")
        page.fill("#id_otp_token", f"{totp(device.bin_key):06d}")
        page.click("#login button[type=submit]")
        page.wait_for_url(f"{base}/staff/")
        page.goto(f"{base}/staff/review/ingest/")
        page.fill("textarea[name=text]", REPORT)
        page.click("form.stack button[type=submit]")
        page.wait_for_url(re.compile(r".*/staff/review/\d+/$"))
        assert page.locator("article.document mark").count() >= 2
        assert Fact.objects.count() == 0
        detained = Suggestion.objects.get(kind="detained")
        page.click(f"#s{detained.pk} button.accept-one")
        page.wait_for_selector(f"#s{detained.pk}.status-accepted")
        page.screenshot(
            path=str(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "review.png"),
            full_page=True,
        )
        page.check(
            f"#s{Suggestion.objects.filter(status='pending').first().pk} input[type=checkbox]"
        )
        page.click("button[name=action][value=reject]")
        page.wait_for_load_state()
        browser.close()
    fact = Fact.objects.get(kind="event", subtype="detention")
    assert fact.get_partial("date").iso() == "2022-03-03"
    assert Suggestion.objects.filter(status="rejected").count() == 1
