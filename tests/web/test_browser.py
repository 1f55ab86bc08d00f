"""End to end in real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright:
sign in with 2FA, add a person with a source, see the timeline, publish the person and see
them on the public list, hide them and see them disappear. Saves the screenshots the README
shows (docs/screenshots/person.png, docs/screenshots/public-list.png)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"needs Debian's chromium at {CHROMIUM}"
    ),
    pytest.mark.slow,
]


def _others(actor) -> None:
    from nezabudka.registry import services
    from tests.web.conftest import add_person

    source, _ = services.ensure_source(
        actor, kind="article", title="Example report", url="https://example.org/report"
    )
    # invented names ("example", "sample", "trial", "demo"): never real people with made-up facts
    for name in ("Ales Prykladny", "Hanna Uzorava", "Dzianis Sprobny", "Volha Demanstratsyina"):
        add_person(actor, source, name)


@pytest.mark.django_db(transaction=True)
def test_staff_flow_in_chromium(live_server, actor):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # the ORM is used next to Playwright's loop
    from django_otp.oath import totp
    from playwright.sync_api import sync_playwright

    from tests.web.conftest import make_user

    _user, device = make_user("editor", "monitor")
    _others(actor)
    base = live_server.url
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

        page.goto(f"{base}/accounts/login/")
        page.fill("#id_username", "monitor")
        page.fill("#id_password", "correct horse battery")
        page.fill("#id_otp_token", f"{totp(device.bin_key):06d}")
        page.click("#login button[type=submit]")
        page.wait_for_url(f"{base}/staff/")

        page.goto(f"{base}/staff/people/new/")
        page.fill("#id_name", "Aliaksandra Testovich")
        page.select_option("#id_publication", "internal")
        page.fill("#id_source_url", "https://example.org/news/detained")
        page.fill("#id_source_title", "Human-rights centre: activist detained")
        page.fill("#id_passage", "Aliaksandra Testovich was detained on 17 February 2021")
        page.click("form.stacked button[type=submit]")
        page.wait_for_url("**/staff/people/*/")
        person_url = page.url
        person_id = int(person_url.rstrip("/").rsplit("/", 1)[1])

        def add_fact(values: dict[str, str], selects: dict[str, str]) -> None:
            page.goto(f"{base}/staff/people/{person_id}/facts/new/")
            for key, value in selects.items():
                page.select_option(f"#id_{key}", value)
            for key, value in values.items():
                page.fill(f"#id_{key}", value)
            page.click("form.stacked button[type=submit]")
            page.wait_for_url(person_url)

        from nezabudka.registry.models import Source

        source_id = str(Source.objects.get(url="https://example.org/news/detained").pk)
        add_fact(
            {
                "subtype": "detention",
                "date": "2021-02-17",
                "passage": "was detained on 17 February 2021",
            },
            {"kind": "event", "source": source_id},
        )
        add_fact(
            {"value": "imprisoned", "date": "2021-09"}, {"kind": "status", "source": source_id}
        )
        add_fact({"article_ref": "342 p.1"}, {"kind": "charge", "source": source_id})
        add_fact(
            {"years": "5", "date": "2021-09"},
            {"kind": "sentence", "regime": "general", "source": source_id},
        )
        add_fact(
            {
                "years": "6",
                "date": "2021-09",
                "source_url": "https://example.org/other-report",
                "passage": "sentenced to six years",
            },
            {"kind": "sentence", "regime": "general"},
        )

        timeline = page.locator("#timeline").inner_text()
        assert "detention" in timeline and "2021-02-17" in timeline
        assert "Human-rights centre: activist detained" in timeline
        assert "Sources disagree" in timeline  # 5 and 6 years side by side
        page.screenshot(path=str(SHOTS / "person.png"), full_page=True)

        page.goto(f"{base}/staff/people/{person_id}/publication/")
        page.select_option("#id_publication", "public")
        page.fill("#id_reason", "family agreed")
        page.click("form.stacked button[type=submit]")
        page.wait_for_url(person_url)

        page.goto(f"{base}/")
        assert "Aliaksandra Testovich" in page.locator("#people").inner_text()
        page.screenshot(path=str(SHOTS / "public-list.png"), full_page=True)

        page.goto(f"{base}/staff/people/{person_id}/publication/")
        page.select_option("#id_publication", "hidden")
        page.click("form.stacked button[type=submit]")
        page.wait_for_url(person_url)
        page.goto(f"{base}/")
        assert "Aliaksandra Testovich" not in page.content()
        response = page.goto(f"{base}/p/{person_id}/")
        assert response is not None and response.status == 404

        assert not [e for e in errors if "Content Security Policy" in e], errors
        browser.close()
