"""Forms of the staff workspace. Every fact form carries a source: an existing one, or a new
one from a link, an uploaded file or pasted text."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from nezabudka.core.dates import PartialDate, PartialDateError
from nezabudka.core.facts import FactData
from nezabudka.core.vocab import (
    EventType,
    FactKind,
    Publication,
    Regime,
    Reliability,
    ReviewStatus,
    SourceKind,
)
from nezabudka.registry import services
from nezabudka.registry.models import PlaceOfDetention, Source

MAX_UPLOAD = 20 * 1024 * 1024


def _choices(enum: Any, blank: bool = False) -> list[tuple[str, str]]:
    out = [(m.value, m.value.replace("_", " ")) for m in enum]
    return [("", "—"), *out] if blank else out


class SourceFields(forms.Form):
    """Pick a source or describe a new one (exactly one of: existing, link, file, text)."""

    source = forms.ModelChoiceField(
        label=_("Existing source"),
        queryset=Source.objects.none(),
        required=False,
        help_text=_("Or describe a new source below."),
    )
    source_kind = forms.ChoiceField(
        label=_("New source: kind"), choices=_choices(SourceKind), initial="article"
    )
    source_title = forms.CharField(label=_("New source: title"), required=False, max_length=500)
    source_url = forms.URLField(label=_("New source: link"), required=False, max_length=2000)
    source_file = forms.FileField(label=_("New source: file"), required=False)
    source_text = forms.CharField(
        label=_("New source: pasted text"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    source_published = forms.CharField(
        label=_("New source: published (YYYY, YYYY-MM or YYYY-MM-DD)"),
        required=False,
        max_length=20,
    )
    source_reliability = forms.ChoiceField(
        label=_("New source: reliability"), choices=_choices(Reliability), initial="unverified"
    )
    passage = forms.CharField(
        label=_("Passage the fact rests on (quote)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    locator = forms.CharField(
        label=_("Where in the source (page, paragraph)"), required=False, max_length=128
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = Source.objects.order_by("-id")  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        given = [
            bool(data.get("source")),
            bool(data.get("source_url")),
            bool(data.get("source_file")),
            bool((data.get("source_text") or "").strip()),
        ]
        if not any(given):
            self.add_error(
                "source",
                _("Every fact needs a source: pick one, or give a link, a file or pasted text."),
            )
        f = data.get("source_file")
        if f is not None and f.size > MAX_UPLOAD:
            self.add_error("source_file", _("The file is larger than 20 MB."))
        published = (data.get("source_published") or "").strip()
        if published:
            try:
                data["source_published"] = PartialDate.parse(published)
            except PartialDateError as e:
                self.add_error("source_published", str(e))
        else:
            data["source_published"] = None
        return data

    def get_source(self, actor: services.Actor) -> Source:
        data = self.cleaned_data
        if data.get("source"):
            return data["source"]  # type: ignore[no-any-return]
        fields: dict[str, Any] = {
            "kind": data["source_kind"],
            "title": data.get("source_title", ""),
            "url": data.get("source_url", ""),
            "reliability": data["source_reliability"],
            "published": data.get("source_published"),
        }
        text = (data.get("source_text") or "").strip()
        upload = data.get("source_file")
        if upload is not None:
            content = upload.read()
            digest = hashlib.sha256(content).hexdigest()
            folder = Path(settings.CONFIG.data_dir) / "sources"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / digest).write_bytes(content)
            fields["file_name"] = Path(upload.name).name[:500]
            fields["sha256"] = digest
            if not text and (upload.content_type or "").startswith("text/"):
                text = content.decode("utf-8", errors="replace")
        elif text:
            fields["sha256"] = hashlib.sha256(text.encode()).hexdigest()
        fields["text"] = text
        if not fields["title"]:
            fields["title"] = fields.get("file_name") or fields["url"] or text[:80]
        source, _created = services.ensure_source(actor, **fields)
        return source

    def citation(self, actor: services.Actor) -> services.CitationData:
        return services.CitationData(
            self.get_source(actor),
            passage=self.cleaned_data.get("passage", ""),
            locator=self.cleaned_data.get("locator", ""),
        )


class PersonForm(SourceFields):
    name = forms.CharField(label=_("Full name"), max_length=256)
    script = forms.ChoiceField(
        label=_("Script of the name"), choices=[("latin", "Latin"), ("cyrillic", "Cyrillic")]
    )
    publication = forms.ChoiceField(
        label=_("Publication"), choices=_choices(Publication), initial="internal"
    )
    no_photo = forms.BooleanField(label=_("No photo"), required=False)
    no_birthday = forms.BooleanField(label=_("No birthday"), required=False)
    no_anniversaries = forms.BooleanField(label=_("No anniversaries"), required=False)
    anonymise = forms.BooleanField(label=_("Show only initials"), required=False)

    field_order = [
        "name",
        "script",
        "publication",
        "no_photo",
        "no_birthday",
        "no_anniversaries",
        "anonymise",
    ]


class PublicationForm(forms.Form):
    publication = forms.ChoiceField(label=_("Publication"), choices=_choices(Publication))
    no_photo = forms.BooleanField(label=_("No photo"), required=False)
    no_birthday = forms.BooleanField(label=_("No birthday"), required=False)
    no_anniversaries = forms.BooleanField(label=_("No anniversaries"), required=False)
    anonymise = forms.BooleanField(label=_("Show only initials"), required=False)
    reason = forms.CharField(label=_("Why (kept in the history)"), required=False, max_length=500)


def _date_field(label: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=20,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; add ~ if approximate"),
    )


class FactFields(forms.Form):
    """The fields of a fact (no source): shared by the add-fact form and the review editor."""

    kind = forms.ChoiceField(label=_("What kind of fact"), choices=_choices(FactKind))
    subtype = forms.CharField(
        label=_("Type (event type, name kind)"),
        required=False,
        max_length=32,
        help_text=", ".join(e.value for e in EventType),
    )
    value = forms.CharField(
        label=_("Text (name, court, status, note…)"), required=False, max_length=2000
    )
    script = forms.ChoiceField(
        label=_("Script (names)"),
        required=False,
        choices=[("", "—"), ("latin", "Latin"), ("cyrillic", "Cyrillic")],
    )
    date = _date_field(_("Date"))
    end_date = _date_field(_("Until"))
    article_ref = forms.CharField(
        label=_("Criminal-code article (e.g. 342 p.1, 13+293)"), required=False, max_length=32
    )
    place_key = forms.ChoiceField(label=_("Place of detention"), required=False)
    organisation = forms.CharField(label=_("Organisation"), required=False, max_length=256)
    years = forms.IntegerField(label=_("Years"), required=False, min_value=0, max_value=99)
    months = forms.IntegerField(label=_("Months"), required=False, min_value=0, max_value=11)
    regime = forms.ChoiceField(
        label=_("Regime"), required=False, choices=_choices(Regime, blank=True)
    )
    proceedings = forms.CharField(label=_("Case (label)"), required=False, max_length=256)
    status = forms.ChoiceField(
        label=_("Review status"),
        choices=[
            (ReviewStatus.ACCEPTED.value, "accepted"),
            (ReviewStatus.SUGGESTED.value, "suggested"),
        ],
        initial="accepted",
    )

    field_order = [
        "kind",
        "subtype",
        "value",
        "script",
        "date",
        "end_date",
        "article_ref",
        "place_key",
        "organisation",
        "years",
        "months",
        "regime",
        "proceedings",
        "status",
    ]

    def __init__(self, *args: Any, country: str = "by", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        places = PlaceOfDetention.objects.filter(country=country).order_by("town", "key")
        self.fields["place_key"].choices = [("", "—")] + [(p.key, str(p)) for p in places]  # type: ignore[attr-defined]

    def fact_data(self) -> FactData | None:
        d = self.cleaned_data
        dates: dict[str, PartialDate | None] = {}
        for name in ("date", "end_date"):
            text = (d.get(name) or "").strip()
            try:
                dates[name] = PartialDate.parse(text) if text else None
            except PartialDateError as e:
                self.add_error(name, str(e))
        if self.errors:
            return None
        details: dict[str, Any] = {}
        if d["kind"] == FactKind.NAME:
            details["script"] = d.get("script") or ("latin" if d["value"].isascii() else "cyrillic")
        data = FactData(
            kind=d["kind"],
            subtype=d.get("subtype", "").strip(),
            value=d.get("value", "").strip(),
            date=dates["date"],
            end_date=dates["end_date"],
            article_ref=d.get("article_ref", "").strip(),
            place_key=d.get("place_key", ""),
            organisation=d.get("organisation", "").strip(),
            years=d.get("years"),
            months=d.get("months"),
            regime=d.get("regime", ""),
            proceedings=d.get("proceedings", "").strip(),
            details=details,
            status=d["status"],
        )
        for field, message in data.validate().items():
            self.add_error(field if field in self.fields else None, message)
        return None if self.errors else data


class FactForm(SourceFields, FactFields):
    """A fact with its source."""


class SourceForm(SourceFields):
    """A new source on its own (no fact yet)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("source", "passage", "locator"):
            del self.fields[name]
