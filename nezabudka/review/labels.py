"""Translated labels for extraction's claim kinds and roles (the review screens show these)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

CLAIM_LABELS = {
    "detained": _("detained"),
    "charged": _("charged"),
    "sentenced": _("sentenced"),
    "held_at": _("held at"),
    "transferred": _("transferred"),
    "released": _("released"),
    "exile": _("forced into exile"),
    "recognized": _("recognised as a political prisoner"),
    "hunger_strike": _("hunger strike"),
    "punishment_cell": _("punishment cell"),
    "medical_neglect": _("denied medical care"),
    "visits_denied": _("visits or letters denied"),
    "funeral_denied": _("not allowed to a funeral"),
    "dismissed": _("dismissed"),
    "fined": _("fined"),
    "death_in_custody": _("died in custody"),
}
ROLE_LABELS = {
    "prisoner": _("prisoner"),
    "detainee": _("detainee"),
    "other": _("other (not a prisoner)"),
}
FIELD_LABELS = {
    "date": _("date"),
    "end_date": _("until"),
    "article_ref": _("article"),
    "place_key": _("place"),
    "value": _("text"),
    "organisation": _("organisation"),
    "years": _("years"),
    "months": _("months"),
    "regime": _("regime"),
}
