"""The review editor: a suggested fact with every field editable, who it is about, and whether
it restates a fact already recorded (then the source is added to that fact)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from nezabudka.registry.models import Person, Suggestion
from nezabudka.registry.suggestions import (
    CONFLICT,
    REFINES,
    SAME,
    Related,
    candidates,
    claim_to_fact,
)
from nezabudka.web.forms import FactFields

NEW = "new"
RELATION_TEXTS = {
    SAME: _("Says the same as recorded fact #%(id)s; accepting adds this source to it."),
    REFINES: _("Adds detail to recorded fact #%(id)s."),
    CONFLICT: _("Contradicts recorded fact #%(id)s."),
}


def relation_text(related: Related) -> str:
    return str(RELATION_TEXTS[related.relation]) % {"id": related.fact.pk}


def person_choices(suggestion: Suggestion) -> list[tuple[str, str]]:
    """The linked person, name-index candidates, and 'a new person'."""
    choices: list[tuple[str, str]] = []
    if suggestion.person_id:
        choices.append((str(suggestion.person_id), f"#{suggestion.person_id} {suggestion.person}"))
    for pid, name, score in candidates(suggestion.mention):
        if str(pid) not in dict(choices):
            choices.append((str(pid), f"#{pid} {name} ({score:.2f})"))
    choices.append((NEW, str(_("a new person"))))
    return choices


class SuggestionForm(FactFields):
    """Edit a suggestion before accepting it. Initial values are what extraction proposed."""

    person = forms.ChoiceField(label=_("About"), widget=forms.RadioSelect)
    other_person = forms.IntegerField(
        label=_("or another person (number)"), required=False, min_value=1
    )
    name = forms.CharField(label=_("Name of the new person"), required=False, max_length=256)
    merge_into = forms.ChoiceField(label=_("Record as"), required=False)
    passage = forms.CharField(
        label=_("Passage the fact rests on (quote)"), widget=forms.Textarea(attrs={"rows": 3})
    )

    field_order = ["person", "other_person", "name", "merge_into", *FactFields.field_order]

    def __init__(
        self, *args: Any, suggestion: Suggestion, related: list[Related], **kwargs: Any
    ) -> None:
        proposed = claim_to_fact(suggestion.claim).to_json()
        initial = {k: v for k, v in proposed.items() if k in FactFields.base_fields}
        initial |= {
            "person": str(suggestion.person_id) if suggestion.person_id else NEW,
            "name": suggestion.mention,
            "passage": suggestion.quote,
            "merge_into": next((str(r.fact.pk) for r in related if r.relation == SAME), ""),
            "status": "accepted",
        }
        super().__init__(*args, initial=initial, **kwargs)
        self.suggestion = suggestion
        self.fields["person"].choices = person_choices(suggestion)  # type: ignore[attr-defined]
        self.fields["merge_into"].choices = [  # type: ignore[attr-defined]
            ("", _("a new fact")),
            *(
                (
                    str(r.fact.pk),
                    _("a source of fact #%(id)s, which says the same") % {"id": r.fact.pk},
                )
                for r in related
                if r.relation == SAME
            ),
        ]
        self.fields["status"].widget = forms.HiddenInput()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        other = data.get("other_person")
        if other and not Person.objects.filter(pk=other).exists():
            self.add_error("other_person", _("There is no person with this number."))
        if data.get("person") == NEW and not other and not (data.get("name") or "").strip():
            self.add_error("name", _("Give the new person's name."))
        return data

    def target(self) -> tuple[Person | None, bool]:
        """(person, new_person) for ``accept``."""
        d = self.cleaned_data
        if d.get("other_person"):
            return Person.objects.get(pk=d["other_person"]), False
        if d["person"] == NEW:
            return None, True
        return Person.objects.get(pk=int(d["person"])), False
