from __future__ import annotations

import pytest
from typer.testing import CliRunner

from nezabudka.cli import app
from nezabudka.registry.importer import ImportRefused, import_file
from nezabudka.registry.models import Change, Citation, Fact, Person

from .helpers import counts, write_csv

pytestmark = pytest.mark.django_db

GOOD = {
    "external_id": "v-1",
    "name": "Аляксандр Кашпуль",
    "names": "Aliaksandr Kashpul | Sasha",
    "birth_date": "1975",
    "gender": "m",
    "arrested_on": "2021-10",
    "articles": "356; 361-1; 295",
    "sentence": "15 years",
    "regime": "prison",
    "place_of_detention": "Prison No. 4, Mahiliou",
    "released_on": "",
    "status": "imprisoned",
    "publication": "public",
    "source_url": "https://example.org/kashpul",
    "notes": "lawyer",
}
ROW2 = {
    "external_id": "v-2",
    "name": "Андрэй Чапюк",
    "arrested_on": "2020-10-02",
    "articles": "Part 2 of Art. 293",
    "sentence": "6 years and a fine",
}


def test_import_creates_people_with_cited_facts(tmp_path, actor):
    path = write_csv(tmp_path / "list.csv", [GOOD, ROW2])
    report = import_file(path, actor)
    assert report.people_created == 2
    person = Person.objects.get(external_id="v-1")
    assert person.publication == "public"
    kinds = sorted(person.facts.values_list("kind", flat=True))
    assert kinds.count("name") == 3 and kinds.count("charge") == 3
    custody = person.facts.get(kind="custody")
    assert custody.place.key == "prison-4"
    sentence = person.facts.get(kind="sentence")
    assert (sentence.years, sentence.months, sentence.regime) == (15, 0, "prison")
    for fact in person.facts.all():
        cites = list(fact.citations.select_related("source"))
        assert any(
            c.source.kind == "import" and c.locator == "row 2" and c.source.sha256 == report.sha256
            for c in cites
        )
        assert any(c.source.url == "https://example.org/kashpul" for c in cites)
    chapiuk = Person.objects.get(external_id="v-2")
    assert chapiuk.publication == "internal"  # the default
    s = chapiuk.facts.get(kind="sentence")
    assert s.years == 6 and s.details == {"fine": True}
    assert (
        chapiuk.facts.get(kind="event", subtype="detention").get_partial("date").iso()
        == "2020-10-02"
    )


def test_partial_dates_keep_their_precision(tmp_path, actor):
    import_file(write_csv(tmp_path / "a.csv", [dict(GOOD, arrested_on="2021-02")]), actor)
    fact = Fact.objects.get(kind="event", subtype="detention")
    assert fact.date_precision == "month" and fact.get_partial("date").iso() == "2021-02"


def test_reimporting_the_same_file_changes_nothing(tmp_path, actor):
    path = write_csv(tmp_path / "list.csv", [GOOD, ROW2])
    import_file(path, actor)
    before = counts()
    report = import_file(path, actor)
    assert report.already_imported and counts() == before


def test_known_external_id_updates_through_recorded_changes(tmp_path, actor):
    import_file(write_csv(tmp_path / "v1.csv", [GOOD]), actor)
    old = Fact.objects.get(kind="status")
    report = import_file(
        write_csv(tmp_path / "v2.csv", [dict(GOOD, status="released", released_on="2025-04")]),
        actor,
    )
    assert report.people_created == 0 and report.people_updated == 1
    assert Person.objects.count() == 1
    old.refresh_from_db()
    assert old.status == "rejected"  # superseded by the newer list, kept
    new = Fact.objects.get(kind="status", status="accepted")
    assert new.value == "released"
    change = Change.objects.get(entity="fact", entity_id=old.pk, action="status")
    assert "superseded by v2.csv row 2" in change.reason
    # unchanged facts gain a citation of the new file instead of a duplicate
    name = Fact.objects.get(kind="name", value="Аляксандр Кашпуль")
    assert name.citations.count() == 4  # two files × (import row + source_url)


def test_conflict_with_an_article_marks_both_disputed(tmp_path, actor):
    from nezabudka.core.facts import FactData
    from nezabudka.core.vocab import SourceKind
    from nezabudka.registry import services

    import_file(write_csv(tmp_path / "v1.csv", [GOOD]), actor)
    person = Person.objects.get(external_id="v-1")
    article, _ = services.ensure_source(
        actor, kind=SourceKind.ARTICLE, title="report", text="he was born in 1976"
    )
    old = Fact.objects.get(kind="birth_date")
    services.set_status(actor, old, "rejected", "wrong year")
    services.add_fact(
        actor,
        person,
        FactData(
            kind="birth_date",
            date=__import__("nezabudka.core.dates", fromlist=["PartialDate"]).PartialDate(1976),
        ),
        [services.CitationData(article, passage="born in 1976")],
    )
    import_file(write_csv(tmp_path / "v2.csv", [dict(GOOD, birth_date="1977")]), actor)
    statuses = dict(Fact.objects.filter(kind="birth_date").values_list("date__year", "status"))
    assert statuses == {1975: "rejected", 1976: "disputed", 1977: "disputed"}


BAD_CASES = [
    ({"birth_date": "2021-02-30"}, "birth_date", "has no day 30"),
    ({"articles": "342; abc"}, "articles", "cannot read article 'abc'"),
    ({"name": "  "}, "name", "empty name"),
    ({"publication": "everyone"}, "publication", "not a publication level"),
    ({"sentence": "for ever"}, "sentence", "cannot read sentence"),
    ({"gender": "q"}, "gender", "unknown gender"),
    ({"arrested_on": "2022", "released_on": "2021"}, "released_on", "before the arrest"),
]


@pytest.mark.parametrize("change,column,message", BAD_CASES)
def test_bad_rows_refuse_the_whole_file(tmp_path, actor, change, column, message):
    path = write_csv(
        tmp_path / "bad.csv", [ROW2 | {"names": ""}, dict(GOOD, **change)], columns=list(GOOD)
    )
    before = counts()
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    assert counts() == before
    texts = [str(p) for p in e.value.problems]
    assert any(
        p.row == 3 and p.column == column and message in p.message for p in e.value.problems
    ), texts


def test_unknown_column(tmp_path, actor):
    path = write_csv(tmp_path / "bad.csv", [dict(ROW2, colour="red")])
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    assert [(p.row, p.column) for p in e.value.problems] == [(1, "colour")]
    assert "--map" in e.value.problems[0].message and counts()["Person"] == 0


def test_column_mapping(tmp_path, actor):
    path = write_csv(tmp_path / "theirs.csv", [{"Full name": "Марфа Рабкова", "ID": "x1"}])
    import_file(path, actor, mapping={"Full name": "name", "ID": "external_id"})
    assert Person.objects.get(external_id="x1").display_name == "Марфа Рабкова"


def test_broken_encoding(tmp_path, actor):
    path = tmp_path / "cp1251.csv"
    path.write_bytes("name,notes\nАлесь Бяляцкі,x\n".encode("cp1251"))
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    assert "not valid utf-8" in str(e.value.problems[0]) and "--encoding" in str(
        e.value.problems[0]
    )
    assert counts()["Person"] == 0
    import_file(path, actor, encoding="cp1251")  # the fix the message suggests works
    assert Person.objects.get().display_name == "Алесь Бяляцкі"


def test_duplicate_external_id_in_one_file(tmp_path, actor):
    path = write_csv(tmp_path / "dup.csv", [GOOD, dict(ROW2, external_id="v-1")])
    with pytest.raises(ImportRefused) as e:
        import_file(path, actor)
    rows = {p.row for p in e.value.problems if p.column == "external_id"}
    assert rows == {2, 3} and counts()["Person"] == 0


def test_skip_invalid_imports_the_rest_and_returns_rejects(tmp_path, actor):
    path = write_csv(tmp_path / "mixed.csv", [GOOD, dict(ROW2, birth_date="31.02.1990")])
    report = import_file(path, actor, skip_invalid=True)
    assert report.people_created == 1
    assert [n for n, _, _ in report.rejected] == [3]


def test_unknown_place_is_kept_as_written_with_a_warning(tmp_path, actor):
    report = import_file(
        write_csv(tmp_path / "p.csv", [dict(GOOD, place_of_detention="IK-11")]), actor
    )
    assert report.warnings and "IK-11" in str(report.warnings[0])
    custody = Fact.objects.get(kind="custody")
    assert custody.place is None and custody.value == "IK-11"


def test_xlsx_import(tmp_path, actor):
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "external_id", "arrested_on", "articles"])
    sheet.append(["Наста Лойка", "n-1", dt.datetime(2022, 9, 6), "Part 2 of Art. 293"])
    book.save(tmp_path / "list.xlsx")
    import_file(tmp_path / "list.xlsx", actor)
    fact = Fact.objects.get(kind="event")
    assert fact.get_partial("date").iso() == "2022-09-06"
    assert Fact.objects.get(kind="charge").article.part == 2


def test_cli_refusal_exit_status_and_messages(tmp_path):
    path = write_csv(tmp_path / "bad.csv", [dict(GOOD, birth_date="2021-02-30")])
    result = CliRunner().invoke(app, ["import", str(path)])
    assert result.exit_code == 1
    assert "row 2, column 'birth_date'" in result.output
    assert "nothing was written" in result.output


def test_cli_skip_invalid_writes_rejected_file(tmp_path):
    path = write_csv(tmp_path / "m.csv", [GOOD, dict(ROW2, articles="what?")])
    out = tmp_path / "rejected.csv"
    result = CliRunner().invoke(
        app, ["import", str(path), "--skip-invalid", "--rejected", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "row,problems" in text.splitlines()[0] and "cannot read article" in text
    assert Citation.objects.filter(locator="row 2").exists()
