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
        sentence = Suggestion.objects.get(kind="sentenced")
        page.click(f"#s{sentence.pk} a.edit-one")
        page.wait_for_selector("#edit-suggestion")
        page.fill("#id_years", "5")
        page.fill("#id_date", "2022-06-10")
        page.click("#edit-suggestion button[type=submit]")
        page.wait_for_selector(f"#s{sentence.pk}.status-accepted")
        page.check(
            f"#s{Suggestion.objects.filter(status='pending').first().pk} input[type=checkbox]"
        )
        page.click("button[name=action][value=reject]")
        page.wait_for_load_state()
        browser.close()
    fact = Fact.objects.get(kind="event", subtype="detention")
    assert fact.get_partial("date").iso() == "2022-03-03"
    edited = Fact.objects.get(kind="sentence")
    assert (edited.years, edited.get_partial("date").iso()) == (5, "2022-06-10")
    assert edited.person_id == fact.person_id  # the group's person, created once
    assert Suggestion.objects.filter(status="rejected").count() == 1


def _ingest(client, text=REPORT):
    response = client.post("/staff/review/ingest/", {"text": text})
    return int(response["Location"].rstrip("/").rsplit("/", 1)[1])


@pytest.mark.django_db
def test_edit_before_accept_changes_fields_person_name_and_passage(editor):
    source_id = _ingest(editor)
    sentence = Suggestion.objects.get(kind="sentenced")
    page = editor.get(f"/staff/review/suggestion/{sentence.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="4"' in html and "general" in html  # the proposal fills the form
    form = {
        "person": "new",
        "name": "Hanna Uzorava-Kim",
        "merge_into": "",
        "kind": "sentence",
        "years": "5",
        "months": "6",
        "regime": "strict",
        "date": "2022-06",
        "proceedings": "main case",
        "status": "accepted",
        "passage": "sentenced Hanna Uzorava to 4 years in a general regime colony",
    }
    response = editor.post(f"/staff/review/suggestion/{sentence.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    fact = Fact.objects.get(kind="sentence")
    assert (fact.years, fact.months, fact.regime) == (5, 6, "strict")
    assert fact.person.display_name == "Hanna Uzorava-Kim"
    assert fact.citations.get().passage == form["passage"]
    sentence.refresh_from_db()
    assert sentence.status == "accepted" and sentence.fact == fact
    # The same person's other suggestions now point at the new person.
    assert set(
        Suggestion.objects.filter(mention=sentence.mention).values_list("person", flat=True)
    ) == {fact.person_id}
    assert editor.get(f"/staff/review/{source_id}/").status_code == 200


@pytest.mark.django_db
def test_edit_reports_every_problem_and_writes_nothing(editor):
    _ingest(editor)
    sentence = Suggestion.objects.get(kind="sentenced")
    response = editor.post(
        f"/staff/review/suggestion/{sentence.pk}/",
        {
            "person": "new",
            "name": "",
            "kind": "sentence",
            "date": "2022-13",
            "months": "14",
            "status": "accepted",
            "passage": "words that are not in the report",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Give the new person" in html
    assert "2022-13" in html  # the typed value is kept
    assert Fact.objects.count() == 0 and Person.objects.count() == 0
    sentence.refresh_from_db()
    assert sentence.status == "pending"
    # A passage not in the document is refused by the service too.
    response = editor.post(
        f"/staff/review/suggestion/{sentence.pk}/",
        {
            "person": "new",
            "name": "Hanna Uzorava",
            "kind": "sentence",
            "years": "4",
            "status": "accepted",
            "passage": "words that are not in the report",
        },
    )
    assert response.status_code == 400 and "quoted from the document" in response.content.decode()
    assert Fact.objects.count() == 0


@pytest.mark.django_db
def test_accepting_a_restated_fact_adds_the_source_to_it(editor, actor):
    from nezabudka.core.dates import PartialDate
    from nezabudka.core.facts import FactData
    from nezabudka.core.vocab import FactKind, NameKind
    from nezabudka.registry import services

    person = services.create_person(actor)
    other = services.ensure_source(actor, kind="article", title="Earlier list", text="x")[0]
    cite = [services.CitationData(other, passage="x")]
    services.add_fact(
        actor,
        person,
        FactData(kind=FactKind.NAME, subtype=NameKind.FULL, value="Hanna Uzorava"),
        cite,
    )
    detention, _ = services.add_fact(
        actor,
        person,
        FactData(kind=FactKind.EVENT, subtype="detention", date=PartialDate(2022, 3, 3)),
        cite,
    )
    sentence, _ = services.add_fact(
        actor, person, FactData(kind=FactKind.SENTENCE, years=6, regime="strict"), cite
    )
    names.INDEX.__init__()
    source_id = _ingest(editor)
    detained = Suggestion.objects.get(kind="detained")
    assert detained.person_id == person.pk  # linked by the name index
    page = editor.get(f"/staff/review/{source_id}/").content.decode()
    assert f"Says the same as recorded fact #{detention.pk}" in page  # shown before deciding
    assert f"Contradicts recorded fact #{sentence.pk}" in page
    editor.post(f"/staff/review/{source_id}/decide/", {"one": detained.pk})
    detained.refresh_from_db()
    assert detained.fact_id == detention.pk
    assert Fact.objects.filter(person=person, kind="event").count() == 1
    assert {c.source_id for c in detention.citations.all()} == {other.pk, source_id}


@pytest.mark.django_db
def test_bulk_accept_for_a_chosen_person_or_a_new_one(editor, actor):
    from nezabudka.core.facts import FactData
    from nezabudka.core.vocab import FactKind, NameKind
    from nezabudka.registry import services

    person = services.create_person(actor)
    src = services.ensure_source(actor, kind="article", title="List", text="x")[0]
    services.add_fact(
        actor,
        person,
        FactData(kind=FactKind.NAME, subtype=NameKind.FULL, value="Hanna Uzorava"),
        [services.CitationData(src, passage="x")],
    )
    names.INDEX.__init__()
    source_id = _ingest(editor)
    pending = list(Suggestion.objects.order_by("id"))
    assert {s.person_id for s in pending} == {person.pk}
    key = pending[0].pk
    editor.post(
        f"/staff/review/{source_id}/decide/",
        {"action": "accept", "ids": [s.pk for s in pending], f"group-{key}": "new"},
    )
    assert Person.objects.count() == 2  # one new person for the whole group, not one each
    new = Person.objects.exclude(pk=person.pk).get()
    assert set(Suggestion.objects.values_list("person", flat=True)) == {new.pk}
    assert not Fact.objects.filter(person=person).exclude(kind="name").exists()


@pytest.mark.django_db
def test_readers_cannot_open_the_editor(viewer, editor):
    _ingest(editor)
    s = Suggestion.objects.first()
    assert viewer.get(f"/staff/review/suggestion/{s.pk}/").status_code == 403
