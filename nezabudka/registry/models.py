"""The registry's tables.

Design: a few *entities* (Person, Proceedings, Source, Organisation, PlaceOfDetention,
CriminalArticle) and one table of *facts* about people. Every fact cites at least one source
(Citation, with the passage), carries its own review status, and is never updated in place by
an import or a review: conflicting facts coexist until a person resolves them, and every change
is a row in Change (who, when, before, after). Partial dates are two columns: the earliest day
the date can mean, and its precision (day / month / year), plus an "approximate" flag.

Write through ``nezabudka.registry.services``, never with ``Model.save()`` from interfaces: the
services record history and enforce "every fact cites a source".
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nezabudka.core.dates import PartialDate
from nezabudka.core.vocab import (
    FactKind,
    OrganisationKind,
    PlaceKind,
    Publication,
    Reliability,
    ReviewStatus,
    SourceKind,
)


def _choices(enum: type) -> list[tuple[str, str]]:
    return [(m.value, m.value.replace("_", " ")) for m in enum]


PRECISIONS = [("day", "day"), ("month", "month"), ("year", "year")]


class PartialDateMixin:
    """Read/write a PartialDate over (``<name>``, ``<name>_precision``, ``<name>_approx``)."""

    def get_partial(self, name: str) -> PartialDate | None:
        value = getattr(self, name)
        if value is None:
            return None
        return PartialDate.from_storage(
            value, getattr(self, f"{name}_precision"), getattr(self, f"{name}_approx")
        )

    def set_partial(self, name: str, value: PartialDate | None) -> None:
        setattr(self, name, value.earliest() if value else None)
        setattr(self, f"{name}_precision", value.precision.value if value else "")
        setattr(self, f"{name}_approx", value.approximate if value else False)


class CriminalArticle(models.Model):
    """Reference: one article (or one part of it) of a country's criminal code."""

    country = models.CharField(max_length=8)
    number = models.CharField(max_length=16)  # "342", "361-1"
    part = models.PositiveSmallIntegerField(null=True, blank=True)
    label_en = models.TextField(blank=True)
    label_ru = models.TextField(blank=True)
    label_be = models.TextField(blank=True)
    source = models.TextField(blank=True)
    verification = models.TextField(blank=True)

    class Meta:
        # Two partial constraints because SQLite lacks NULLS NOT DISTINCT.
        constraints = [
            models.UniqueConstraint(
                fields=["country", "number", "part"],
                name="article_part_unique",
                condition=models.Q(part__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["country", "number"],
                name="article_whole_unique",
                condition=models.Q(part__isnull=True),
            ),
        ]
        ordering = ["country", "number", "part"]

    def __str__(self) -> str:
        return (f"Part {self.part} of " if self.part else "") + f"Art. {self.number}"


class PlaceOfDetention(models.Model):
    """Reference: a pre-trial prison, prison, colony, open facility or holding centre."""

    country = models.CharField(max_length=8)
    key = models.CharField(max_length=64)  # stable id inside the country pack, e.g. "prison-4"
    kind = models.CharField(max_length=16, choices=_choices(PlaceKind))
    number = models.PositiveIntegerField(null=True, blank=True)
    town = models.CharField(max_length=128)
    district = models.CharField(max_length=128, blank=True)
    title_en = models.CharField(max_length=256, blank=True)
    regime = models.CharField(max_length=32, blank=True)
    address = models.TextField(blank=True)  # postal address as listed (Latin transcription)
    address_cyrillic = models.TextField(blank=True)  # for envelopes, where one was seen
    notes = models.TextField(blank=True)
    source = models.TextField(blank=True)
    verification = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["country", "key"], name="place_unique")]
        ordering = ["country", "kind", "number"]

    def __str__(self) -> str:
        return f"{self.title_en or self.key}, {self.town}"


class Organisation(models.Model):
    name = models.CharField(max_length=256)
    kind = models.CharField(max_length=16, choices=_choices(OrganisationKind), default="other")
    country = models.CharField(max_length=8, blank=True)
    # e.g. declared an "extremist formation" — a designation the registry records, not endorses
    designation = models.CharField(max_length=128, blank=True)
    designated_on = models.DateField(null=True, blank=True)
    designated_on_precision = models.CharField(max_length=5, choices=PRECISIONS, blank=True)
    designated_on_approx = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="organisation_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Source(PartialDateMixin, models.Model):
    """Where facts come from: an article, testimony, court document, another group's list, or
    an imported spreadsheet. The SHA-256 of the original bytes recognises a document seen
    before."""

    kind = models.CharField(max_length=16, choices=_choices(SourceKind))
    title = models.TextField(blank=True)
    url = models.URLField(max_length=2000, blank=True)
    publisher = models.CharField(max_length=256, blank=True)
    author = models.CharField(max_length=256, blank=True)
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=5, choices=PRECISIONS, blank=True)
    published_approx = models.BooleanField(default=False)
    language = models.CharField(max_length=8, blank=True)
    text = models.TextField(blank=True)
    file_name = models.CharField(max_length=512, blank=True)
    sha256 = models.CharField(max_length=64, null=True, blank=True, unique=True)
    # of the whitespace-normalised text: the same report saved as HTML and as PDF is one source
    text_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    reliability = models.CharField(
        max_length=16, choices=_choices(Reliability), default=Reliability.UNVERIFIED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)

    class Meta:
        indexes = [models.Index(fields=["url"])]

    def __str__(self) -> str:
        return self.title or self.url or self.file_name or f"source {self.pk}"


class Person(PartialDateMixin, models.Model):
    """A person in the registry. What is known about them lives in Fact rows; the columns here
    are the organisation's own decisions about the record (publication, consent)."""

    external_id = models.CharField(max_length=128, null=True, blank=True, unique=True)
    country = models.CharField(max_length=8, default="by")
    publication = models.CharField(
        max_length=8, choices=_choices(Publication), default=Publication.INTERNAL
    )
    # Consent flags asked for by the person or their family (see SPEC "Do no harm").
    no_photo = models.BooleanField(default=False)
    no_birthday = models.BooleanField(default=False)
    no_anniversaries = models.BooleanField(default=False)
    anonymise = models.BooleanField(default=False)  # shown as initials ("Citizen R.")
    synthetic = models.BooleanField(default=False)  # generated demo/benchmark data
    # Denormalised for listing and sorting; services.refresh_display_name keeps it in step
    # with the accepted name facts.
    display_name = models.CharField(max_length=256, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)

    class Meta:
        ordering = ["display_name", "id"]

    def __str__(self) -> str:
        return self.display_name or f"person {self.pk}"


class Proceedings(models.Model):
    """One criminal case against one person (co-defendants each have their own, sharing a
    case number). Its details — court, judge, verdict, sentence — are cited facts."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="proceedings")
    label = models.CharField(max_length=256, blank=True)  # e.g. "main case", "Art. 411 case"
    case_number = models.CharField(max_length=128, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)

    def __str__(self) -> str:
        return self.label or self.case_number or f"proceedings {self.pk}"


class Fact(PartialDateMixin, models.Model):
    """One statement about a person, from one or more sources (see Citation).

    Typed columns hold what lists and statistics query (dates, article, place, sentence
    length, regime); ``details`` holds the rest (e.g. a name's script and system, a trial's
    judge and lawyer). ``nezabudka.registry.facts`` validates both per kind.
    """

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="facts")
    proceedings = models.ForeignKey(
        Proceedings, on_delete=models.PROTECT, null=True, blank=True, related_name="facts"
    )
    kind = models.CharField(max_length=16, choices=_choices(FactKind))
    subtype = models.CharField(max_length=32, blank=True)  # event type, name kind, …
    value = models.TextField(blank=True)  # name text, occupation, status, gender, note, …
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=PRECISIONS, blank=True)
    date_approx = models.BooleanField(default=False)
    end_date = models.DateField(null=True, blank=True)
    end_date_precision = models.CharField(max_length=5, choices=PRECISIONS, blank=True)
    end_date_approx = models.BooleanField(default=False)
    article = models.ForeignKey(
        CriminalArticle, on_delete=models.PROTECT, null=True, blank=True, related_name="facts"
    )
    article_ref = models.CharField(max_length=32, blank=True)  # canonical, e.g. "13+293 p.1"
    place = models.ForeignKey(
        PlaceOfDetention, on_delete=models.PROTECT, null=True, blank=True, related_name="facts"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, related_name="facts"
    )
    years = models.PositiveSmallIntegerField(null=True, blank=True)
    months = models.PositiveSmallIntegerField(null=True, blank=True)
    regime = models.CharField(max_length=32, blank=True)
    details = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=16, choices=_choices(ReviewStatus), default=ReviewStatus.ACCEPTED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["person", "kind"]),
            models.Index(fields=["kind", "status", "date"]),
            models.Index(fields=["article_ref"]),
        ]
        ordering = ["person", "date", "id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk} of person {self.person_id}"

    @property
    def when(self) -> str:
        """The fact's dates as written ('2021-02', '2020-10-02 – 2025-04'), never padded."""
        start, end = self.get_partial("date"), self.get_partial("end_date")
        if start and end:
            return f"{start} – {end}"
        return str(start or (f"until {end}" if end else ""))


class Citation(models.Model):
    """A fact's evidence: which source, which passage, where in the source."""

    fact = models.ForeignKey(Fact, on_delete=models.PROTECT, related_name="citations")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    passage = models.TextField(blank=True)  # the quoted words the fact rests on
    locator = models.CharField(max_length=128, blank=True)  # "row 12", "p. 3", "chars 120-180"
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["fact", "source", "locator"], name="citation_unique")
        ]

    def __str__(self) -> str:
        return f"citation of source {self.source_id} for fact {self.fact_id}"


class Suggestion(models.Model):
    """A fact proposed by reading a source (``nezabudka ingest``), waiting for a person.

    Nothing reaches the registry until someone accepts it: accepting creates a Fact citing
    the source with the quoted passage (and, for someone new, the Person)."""

    PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="suggestions")
    mention = models.CharField(max_length=256)  # the person's name as extracted (nominative)
    role = models.CharField(max_length=16)  # prisoner / detainee / other
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, null=True, blank=True, related_name="suggestions"
    )  # linked by the name index, or chosen by the reviewer
    link_score = models.FloatField(null=True, blank=True)
    kind = models.CharField(max_length=32)  # the extraction claim kind
    claim = models.JSONField()  # the claim as extracted
    quote = models.TextField()
    status = models.CharField(max_length=16, default=PENDING, db_index=True)
    fact = models.ForeignKey(
        Fact, on_delete=models.PROTECT, null=True, blank=True, related_name="suggestions"
    )
    decided_by = models.CharField(max_length=150, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source", "mention", "id"]

    def __str__(self) -> str:
        return f"{self.kind} about {self.mention} ({self.status})"


class NameVariant(models.Model):
    """A spelling the system generated from a cited name (e.g. the Latin passport form of a
    Belarusian Cyrillic name) so exports and letter packs can show both scripts. Generated,
    never a source: it is recomputed from its name fact and is not a Fact."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="name_variants")
    fact = models.ForeignKey(Fact, on_delete=models.CASCADE, related_name="variants")
    text = models.CharField(max_length=256)
    script = models.CharField(max_length=16)
    system = models.CharField(max_length=32)  # nezabudka.names.SYSTEMS id, or "ru_form"

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["fact", "text", "system"], name="variant_unique")
        ]

    def __str__(self) -> str:
        return f"{self.text} ({self.system}, generated)"


class RestrictedValue(models.Model):
    """A restricted value (relatives and their contacts, medical details, private notes, a
    source's identity), stored only as AEAD ciphertext bound to this row; the keys live outside
    the database (nezabudka.protection.crypto). A new value is a new row; the newest is current.
    Reading one goes through nezabudka.registry.restricted, which records the read."""

    FIELDS = ("relatives", "medical", "private_notes", "source_identity")

    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, null=True, blank=True, related_name="restricted"
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="restricted"
    )
    field = models.CharField(max_length=32)
    token = models.TextField()  # "nzb1:<key id>:<nonce+ciphertext+tag>"
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.CharField(max_length=150)

    class Meta:
        indexes = [models.Index(fields=["person", "field"])]

    def __str__(self) -> str:
        return f"restricted {self.field} #{self.pk}"


class RestrictedRead(models.Model):
    """Who read (or tried to read) which restricted value, when: visible to administrators."""

    at = models.DateTimeField(db_index=True)
    actor = models.CharField(max_length=150)
    value = models.ForeignKey(RestrictedValue, on_delete=models.PROTECT, related_name="reads")
    outcome = models.CharField(max_length=16)  # read / key_unavailable / failed
    purpose = models.CharField(max_length=64, blank=True)  # e.g. "profile", "export"

    def __str__(self) -> str:
        return f"{self.actor} {self.outcome} {self.value_id} at {self.at}"


class Change(models.Model):
    """Append-only history: every create, update, status change, retraction and citation.

    ``prev_hash``/``hash`` chain the rows so that edits made directly in the database are
    detectable (``nezabudka audit verify``)."""

    at = models.DateTimeField(db_index=True)  # set by the Recorder: it is part of the hash
    author = models.CharField(max_length=150)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    action = models.CharField(max_length=32)  # create / update / status / retract / cite / …
    entity = models.CharField(max_length=32)  # person / fact / source / citation / …
    entity_id = models.BigIntegerField()
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, null=True, blank=True, related_name="changes"
    )
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(blank=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["entity", "entity_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.entity} {self.entity_id} by {self.author}"


__all__ = [
    "Change",
    "Citation",
    "CriminalArticle",
    "Fact",
    "Organisation",
    "Person",
    "PlaceOfDetention",
    "Proceedings",
    "Source",
]
