"""The publication policy: nothing it withholds appears in what it renders.

The invariants below are written from the brief (docs/security.md), not copied from the
rule tables, so a wrong table entry fails here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nezabudka.core.dates import PartialDate
from nezabudka.core.vocab import Publication
from nezabudka.protection import policy
from nezabudka.protection.policy import (
    FIELDS,
    Audience,
    PersonRecord,
    PolicyError,
    Purpose,
    Sensitivity,
    decide,
    explain,
    render,
    render_many,
)

ROOT = Path(__file__).resolve().parents[2]

# Every channel the library knows. Adding an audience or purpose without thinking about it
# here fails test_channels_are_registered.
KNOWN_AUDIENCES = {"public", "partner", "viewer", "researcher", "editor", "admin"}
KNOWN_PURPOSES = {"profile", "list", "export", "statistics", "calendar", "letter_pack"}
EXTERNAL = {Audience.PUBLIC, Audience.PARTNER}
STAFF_FULL = {Audience.EDITOR, Audience.ADMIN}
ANNIVERSARY_FIELDS = {"detention_date", "verdict_date"}

SURNAMES = ["Rybak", "Bialiatski", "Каліеснікава", "Лосік", "Ivanova", "Шарэйка", "Pozniak"]
GIVEN = ["Aliaksandr", "Maryia", "Ігар", "Наста", "Sasha", "Ales", "Палина"]


def consent_channel(a: Audience, u: Purpose) -> bool:
    return (
        a in EXTERNAL
        or u in (Purpose.CALENDAR, Purpose.LETTER_PACK)
        or (a is Audience.RESEARCHER and u is Purpose.EXPORT)
    )


date_values = st.one_of(
    st.builds(PartialDate, st.integers(1940, 2010), st.integers(1, 12), st.integers(1, 28)),
    st.builds(PartialDate, st.integers(1940, 2010), st.integers(1, 12)),
    st.dates(dt.date(1940, 1, 1), dt.date(2025, 12, 31)),
    st.dates(dt.date(1940, 1, 1), dt.date(2025, 12, 31)).map(lambda d: d.isoformat()),
    st.just("not a date at all"),
)


@st.composite
def records(draw: st.DrawFn) -> PersonRecord:
    pid = draw(st.integers(1, 10**6))
    surname = draw(st.sampled_from(SURNAMES))
    given = draw(st.sampled_from(GIVEN))
    scripts = draw(st.lists(st.sampled_from(["be", "ru", "latn", "pl"]), unique=True, max_size=3))
    names = {s: f"{surname} {given}" for s in scripts}
    chosen = draw(st.lists(st.sampled_from(sorted(FIELDS)), unique=True))
    fields: dict[str, Any] = {}
    for name in chosen:
        if name in ("id", "name", "names"):
            fields[name] = f"SENTINEL-{name}-{pid}"  # must be ignored: come from record
        elif name in ("birth_date", "detention_date", "verdict_date", "release_date"):
            fields[name] = draw(date_values)
        elif name == "gender":
            fields[name] = draw(st.sampled_from(["f", "m", "x"]))
        else:
            fields[name] = f"SENTINEL-{name}-{pid}"
    if draw(st.booleans()):
        fields["unregistered_field"] = f"SENTINEL-unregistered_field-{pid}"
    return PersonRecord(
        id=pid,
        publication=draw(st.sampled_from(list(Publication))),
        names=names,
        fields=fields,
        no_photo=draw(st.booleans()),
        no_birthday=draw(st.booleans()),
        no_anniversaries=draw(st.booleans()),
        anonymise=draw(st.booleans()),
        allow_letters=draw(st.booleans()),
        primary_script=draw(st.sampled_from([None, *scripts])) if scripts else None,
    )


def may_appear(a: Audience, u: Purpose, r: PersonRecord) -> bool:
    """Who may appear at all, restated from the brief."""
    level = r.publication
    if a is Audience.VIEWER and u is Purpose.EXPORT:
        return False
    if u in (Purpose.CALENDAR, Purpose.LETTER_PACK) and level is not Publication.PUBLIC:
        return False
    if a in EXTERNAL and level is not Publication.PUBLIC:
        return False
    if level is Publication.HIDDEN and not (
        a in STAFF_FULL or (a is Audience.RESEARCHER and u is Purpose.STATISTICS)
    ):
        return False
    if u is Purpose.LETTER_PACK and (not r.allow_letters or r.anonymise):
        return False
    return not (u is Purpose.CALENDAR and (r.anonymise or (r.no_birthday and r.no_anniversaries)))


def dump(out: dict[str, Any]) -> str:
    return json.dumps(out, default=repr, ensure_ascii=False)


def date_has_day(value: Any) -> bool:
    if isinstance(value, PartialDate):
        return value.day is not None
    if isinstance(value, dt.date):
        return True
    return isinstance(value, str) and len(value.rstrip("~")) > 7


def date_has_month(value: Any) -> bool:
    if isinstance(value, PartialDate):
        return value.month is not None
    if isinstance(value, dt.date):
        return True
    return isinstance(value, str) and len(value.rstrip("~")) > 4


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_nothing_withheld_appears_in_any_channel(r: PersonRecord) -> None:
    for a, u in itertools.product(Audience, Purpose):
        d = decide(a, u, r)
        out = render(a, u, r)
        assert (d is None) == (out is None)
        assert (d is not None) == may_appear(a, u, r), (a, u, explain(a, u, r))
        if d is None or out is None:
            continue
        text = dump(out)
        visible = d.visible_fields
        # keys: only visible, only registered
        assert set(out) <= visible <= set(FIELDS)
        assert out["id"] == r.id
        assert d.restricted_fields == {
            f for f in visible if FIELDS[f].sensitivity is Sensitivity.RESTRICTED
        }
        if d.restricted_fields:
            assert a in STAFF_FULL and u in (Purpose.PROFILE, Purpose.EXPORT)
        assert "SENTINEL-unregistered_field" not in text
        for f in ("id", "name", "names"):
            assert f"SENTINEL-{f}-" not in text  # never taken from fields
        # values of withheld fields appear nowhere, not even inside other values
        for f in FIELDS:
            if f not in visible:
                assert f"SENTINEL-{f}-" not in text, (a, u, f)
                assert f not in out
        for f, spec in FIELDS.items():
            present = f"SENTINEL-{f}-" in text or f in out
            if spec.sensitivity is Sensitivity.RESTRICTED and present:
                assert a in STAFF_FULL and u in (Purpose.PROFILE, Purpose.EXPORT), (a, u, f)
            if spec.sensitivity is not Sensitivity.PUBLIC_SAFE and present:
                assert a not in EXTERNAL, (a, u, f)
        if u is Purpose.STATISTICS:
            assert not {"name", "names", "photo", "postal_address", "biography"} & set(out)
        if u is Purpose.LETTER_PACK and "birth_date" in out:
            assert not date_has_month(out["birth_date"])
        if consent_channel(a, u):
            if r.no_photo:
                assert "photo" not in out
            if r.no_birthday and "birth_date" in out:
                assert u is not Purpose.CALENDAR
                assert not date_has_month(out["birth_date"]), out["birth_date"]
            if r.no_anniversaries:
                for f in ANNIVERSARY_FIELDS & set(out):
                    assert u is not Purpose.CALENDAR
                    assert not date_has_day(out[f]), (f, out[f])
            if r.anonymise:
                for word in {*SURNAMES, *GIVEN}:
                    assert word not in text, (a, u, word)
                for f, spec in FIELDS.items():
                    if spec.identifying and f not in ("name", "names"):
                        assert f not in out
        # a stale decision cannot be applied to another or a changed record
        other = PersonRecord(f"other-{r.id}", r.publication, r.names, r.fields)
        with pytest.raises(PolicyError):
            d.render(other)


@given(st.lists(records(), max_size=20))
@settings(max_examples=50, deadline=None)
def test_render_many_leaves_out_exactly_the_refused(rs: list[PersonRecord]) -> None:
    for a, u in itertools.product(Audience, Purpose):
        got = list(render_many(a, u, rs))
        assert [o["id"] for o in got] == [r.id for r in rs if may_appear(a, u, r)]


def test_channels_are_registered() -> None:
    """A new audience or purpose must be added to the invariants above."""
    assert {a.value for a in Audience} == KNOWN_AUDIENCES
    assert {u.value for u in Purpose} == KNOWN_PURPOSES
    for a, u in itertools.product(Audience, Purpose):
        assert (a, u) in policy.SENSITIVITY_CEILING
        assert (a, u) in policy.LEVELS
    for u in Purpose:
        assert u in policy.PURPOSE_FIELDS


def test_unknown_audience_purpose_and_level_fail_closed() -> None:
    r = PersonRecord(1, Publication.PUBLIC, {"latn": "Rybak Aliaksandr"})
    with pytest.raises(PolicyError):
        decide("journalist", "profile", r)
    with pytest.raises(PolicyError):
        decide("public", "tweet", r)
    with pytest.raises(PolicyError):
        PersonRecord(1, "secret", {})  # type: ignore[arg-type]
    with pytest.raises(PolicyError):
        decide("public", "profile", {"id": 1})  # type: ignore[arg-type]


def test_anonymised_label() -> None:
    r = PersonRecord(
        5,
        Publication.PUBLIC,
        {"be": "Рыбак Аляксандр", "ru": "Рыбак Александр", "latn": "Rybak Aliaksandr"},
        {"gender": "f", "birth_date": PartialDate(1980, 5, 6), "articles": "342-1"},
        anonymise=True,
        primary_script="latn",
    )
    out = render("public", "profile", r)
    assert out == {
        "id": 5,
        "name": "Citizen R.",
        "names": {"be": "Грамадзянка Р.", "ru": "Гражданка Р.", "latn": "Citizen R."},
        "gender": "f",
        "articles": "342-1",
    }
    # staff screens show the real name; exports for submissions do not
    assert render("editor", "profile", r)["name"] == "Rybak Aliaksandr"  # type: ignore[index]
    assert render("researcher", "export", r)["name"] == "Citizen R."  # type: ignore[index]


def test_consent_coarsening_and_calendar() -> None:
    fields = {
        "birth_date": PartialDate(1985, 3, 14),
        "detention_date": "2021-02-14",
        "verdict_date": dt.date(2021, 11, 3),
        "photo": "p.jpg",
    }
    r = PersonRecord(9, "public", {"latn": "Losik Ihar"}, fields, no_birthday=True)  # type: ignore[arg-type]
    out = render("public", "profile", r)
    assert out is not None
    assert out["birth_date"] == PartialDate(1985)
    assert out["detention_date"] == "2021-02-14"
    cal = render("public", "calendar", r)
    assert cal is not None and "birth_date" not in cal and cal["detention_date"] == "2021-02-14"
    r2 = PersonRecord(9, "public", {"latn": "Losik Ihar"}, fields, no_anniversaries=True)  # type: ignore[arg-type]
    out2 = render("partner", "list", r2)
    assert out2 is not None
    assert out2["detention_date"] == "2021-02" and out2["verdict_date"] == PartialDate(2021, 11)
    assert out2["birth_date"] == PartialDate(1985, 3, 14)
    r3 = PersonRecord(9, Publication.PUBLIC, {}, fields, no_anniversaries=True, no_birthday=True)
    assert decide("admin", "calendar", r3) is None
    # staff profile is not a publication: full dates
    assert render("viewer", "profile", r3)["birth_date"] == PartialDate(1985, 3, 14)  # type: ignore[index]


def test_unknown_consent_is_protective() -> None:
    r = PersonRecord(
        1,
        Publication.PUBLIC,
        {"latn": "Rybak Aliaksandr"},
        {"photo": "p.jpg"},
        no_photo=None,  # type: ignore[arg-type]
        anonymise=None,  # type: ignore[arg-type]
        allow_letters=None,  # type: ignore[arg-type]
    )
    assert r.no_photo is True and r.anonymise is True and r.allow_letters is False
    assert render("public", "profile", r) == {
        "id": 1,
        "name": "Citizen R.",
        "names": {"latn": "Citizen R."},
    }


def test_explain_gives_reasons() -> None:
    r = PersonRecord(3, Publication.HIDDEN, {}, {})
    assert "hidden" in explain("public", "list", r)["*"]
    r = PersonRecord(3, Publication.PUBLIC, {}, {}, no_photo=True)
    reasons = explain("public", "profile", r)
    assert reasons["photo"] == "consent: no photo"
    assert reasons["medical"].startswith("restricted")


def test_update_policy_doc(tmp_path: Path) -> None:
    doc = tmp_path / "s.md"
    doc.write_text(
        "intro\n<!-- BEGIN GENERATED POLICY TABLE -->\nold\n<!-- END GENERATED POLICY TABLE -->\nend\n",
        encoding="utf-8",
    )
    assert policy.update_policy_doc(str(doc))
    assert policy.policy_table_markdown() in doc.read_text(encoding="utf-8")
    assert not policy.update_policy_doc(str(doc))


def test_docs_contain_the_generated_policy_table() -> None:
    """docs/security.md shows the rules as the code applies them."""
    doc = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    assert policy.policy_table_markdown() in doc, (
        "docs/security.md is out of date: run .venv/bin/python -c 'from nezabudka.protection."
        'policy import update_policy_doc; update_policy_doc("docs/security.md")\''
    )
