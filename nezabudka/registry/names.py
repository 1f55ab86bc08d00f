"""The registry's side of the name library: the in-memory name index over stored names, kept
up to date from the change log, and the generated spellings stored next to each cited name.

The index lives in each process (web worker, CLI run). Before answering it reads the change
log past its watermark and re-indexes only the people whose names changed, so a name saved in
one worker is found by the others on their next search.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from nezabudka import names as namelib
from nezabudka.core.vocab import FactKind, ReviewStatus
from nezabudka.registry.models import Change, Fact, NameVariant, Person

_LIVE_EXCLUDED = (ReviewStatus.REJECTED, ReviewStatus.RETRACTED)
# Above this many unseen changes a full rebuild is cheaper than re-indexing person by person.
_REBUILD_AFTER = 20_000

# Which generated forms to store for display, by the language of a Cyrillic name.
_DISPLAY_SYSTEMS = {
    "be": ("be_passport", "be_national_2023", "be_lacinka"),
    "ru": ("ru_icao_2013", "ru_wikipedia"),
}


def generated_forms(text: str) -> list[tuple[str, str, str]]:
    """(text, script, system) spellings to store for a cited name: the Latin forms of a
    Cyrillic name in the systems letter writers and officials use. Latin names get none:
    going back to Cyrillic is a guess (Aliaksandr could be Аляксандр or Александр), which the
    index makes when searching but the registry does not store as a spelling."""
    if namelib.detect_script(text) != "cyrillic":
        return []
    lang = namelib.detect_cyrillic_language(text) or "be"
    out: dict[str, tuple[str, str, str]] = {}
    for system in _DISPLAY_SYSTEMS[lang]:
        latin = namelib.transliterate(text, system, lang)
        if latin and latin != text:
            out.setdefault(latin, (latin, "latin", system))
    return list(out.values())


def variant_rows(facts: Iterable[Fact]) -> list[NameVariant]:
    return [
        NameVariant(person_id=f.person_id, fact=f, text=t, script=script, system=system)
        for f in facts
        if f.kind == FactKind.NAME
        for t, script, system in generated_forms(f.value)
    ]


def store_variants(facts: Iterable[Fact]) -> int:
    rows = variant_rows(facts)
    NameVariant.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return len(rows)


@dataclass
class _State:
    index: namelib.NameIndex | None = None
    watermark: int = 0


class RegistryNameIndex:
    """A NameIndex over the registry's live name facts, refreshed from the change log."""

    def __init__(self) -> None:
        self._state = _State()
        self._lock = threading.Lock()

    def _people_names(self, person_ids: Iterable[int] | None) -> Iterable[tuple[int, str, str]]:
        facts = Fact.objects.filter(kind=FactKind.NAME).exclude(status__in=_LIVE_EXCLUDED)
        if person_ids is not None:
            facts = facts.filter(person_id__in=list(person_ids))
        return facts.values_list("person_id", "value", "person__display_name").iterator(
            chunk_size=5000
        )

    def rebuild(self) -> namelib.NameIndex:
        head = Change.objects.order_by("-id").values_list("id", flat=True).first() or 0
        index = namelib.NameIndex()
        for person_id, value, display in self._people_names(None):
            index.add(person_id, value, display or value)
        self._state = _State(index, head)
        # The index is ~1M long-lived objects: move them out of the collector's way so a full
        # garbage-collection pass (about 1 s) does not land on a random search.
        gc.collect()
        gc.freeze()
        return index

    def current(self) -> namelib.NameIndex:
        """The index, brought up to date with every change recorded since it was built."""
        with self._lock:
            state = self._state
            if state.index is None:
                return self.rebuild()
            head = Change.objects.order_by("-id").values_list("id", flat=True).first() or 0
            if head == state.watermark:
                return state.index
            if head - state.watermark > _REBUILD_AFTER:
                return self.rebuild()
            touched = set(
                Change.objects.filter(
                    id__gt=state.watermark, id__lte=head, person__isnull=False
                ).values_list("person_id", flat=True)
            )
            for person_id in touched:
                state.index.remove_person(person_id)
            for person_id, value, display in self._people_names(touched):
                state.index.add(person_id, value, display or value)
            state.watermark = head
            return state.index


INDEX = RegistryNameIndex()


def search(query: str, limit: int = 10) -> list[namelib.NameMatch]:
    return INDEX.current().search(query, limit)


def duplicates(min_score: float = 0.85) -> list[tuple[int, int, float, str, str]]:
    return INDEX.current().duplicates(min_score)


def display_names(person_ids: Iterable[int]) -> dict[int, str]:
    return dict(Person.objects.filter(pk__in=list(person_ids)).values_list("pk", "display_name"))
