"""In-memory, incremental name index: blocking on surname stems, rescoring with compare.

Every stored form is reduced to a :class:`NameKey` (folded given name, surname, patronymic).
Forms with the same key share one "signature", so the five spellings of one person cost one
scoring. Signatures are blocked by the gender/ending-neutral stem of the surname
(:func:`stem_key`); a query looks up the stems of all its words and of their one-letter
deletions (SymSpell style), so one typo in a surname still finds the block.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nezabudka.names.compare import NameKey, name_key, query_tokens, score_tokens, surname_sim
from nezabudka.names.fold import stem_key


@dataclass(frozen=True)
class NameMatch:
    person_id: int
    name: str  # display name of the person
    matched: str  # the stored form that matched
    score: float


MIN_FUZZY_STEM = 5  # shorter stems match exactly only: their deletions hit too many blocks


def _deletions(s: str) -> set[str]:
    if len(s) < MIN_FUZZY_STEM:
        return set()
    return {s[:i] + s[i + 1 :] for i in range(len(s))}


class NameIndex:
    """Add forms per person, search any spelling, list likely duplicates."""

    def __init__(self) -> None:
        self._sig_ids: dict[NameKey, int] = {}
        self._sigs: list[NameKey] = []
        # signature -> {person_id: first form}; insertion order keeps the first form.
        self._sig_people: list[dict[int, str]] = []
        self._stem_sigs: dict[str, set[int]] = defaultdict(set)
        # stem -> surname fold -> given fold -> signatures. A query bounds each surname once
        # (0.55·S² + 0.45), visits surnames best bound first and stops when the bound falls
        # below its current top `limit`; a 1-2 word query scores a (surname, given) pair once.
        self._stem_pairs: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(dict)
        self._del_stems: dict[str, set[str]] = defaultdict(set)
        self._person_forms: dict[int, list[tuple[str, int]]] = {}
        self._display: dict[int, str] = {}
        self._count = 0

    def __len__(self) -> int:
        """Number of stored forms."""
        return self._count

    @property
    def people(self) -> int:
        return len(self._person_forms)

    def add(self, person_id: int, form: str, display: str | None = None) -> None:
        """Store one name form of a person; the first display given (or form) is shown."""
        form = form.strip()
        if not form:
            return
        forms = self._person_forms.setdefault(person_id, [])
        if any(f == form for f, _ in forms):
            return
        if display is not None or person_id not in self._display:
            self._display[person_id] = display or form
        key = name_key(form)
        if not key.surname:
            return
        sid = self._sig_ids.get(key)
        if sid is None:
            sid = len(self._sigs)
            self._sig_ids[key] = sid
            self._sigs.append(key)
            self._sig_people.append({})
            stem = stem_key(key.surname)
            if stem not in self._stem_sigs:
                self._del_stems[stem].add(stem)
                for d in _deletions(stem):
                    self._del_stems[d].add(stem)
            self._stem_sigs[stem].add(sid)
            by_given = self._stem_pairs[stem].setdefault(key.surname, {})
            by_given.setdefault(key.given, []).append(sid)
        self._sig_people[sid].setdefault(person_id, form)
        forms.append((form, sid))
        self._count += 1

    def remove_person(self, person_id: int) -> None:
        """Forget every form of a person (call before re-adding changed names)."""
        for _, sid in self._person_forms.pop(person_id, []):
            self._sig_people[sid].pop(person_id, None)
            self._count -= 1
        self._display.pop(person_id, None)

    def _candidate_stems(self, folds: list[str]) -> set[str]:
        stems: set[str] = set()
        for w in folds:
            st = stem_key(w)
            if not st:
                continue
            stems |= self._del_stems.get(st, set())
            for d in _deletions(st):
                stems |= self._del_stems.get(d, set())
        return stems

    def search(self, query: str, limit: int = 10) -> list[NameMatch]:
        """Best matches first, at most one per person."""
        q = query_tokens(query)
        if not q or limit <= 0:
            return []
        sur_memo: dict[tuple[int, str], float] = {}
        giv_memo: dict[tuple[int, str], float] = {}
        groups: list[tuple[float, dict[str, list[int]]]] = []
        n = len(q)
        for stem in self._candidate_stems([f for f, _ in q]):
            for surname, by_given in self._stem_pairs[stem].items():
                s = max(surname_sim(t, surname) for t, _ in q)
                if s >= 0.6:
                    groups.append((0.85 * s * s if n == 1 else 0.55 * s * s + 0.45, by_given))
        groups.sort(key=lambda g: -g[0])
        best: dict[int, tuple[float, str]] = {}
        kth = -1.0  # a lower bound of the current `limit`-th best score
        for bound, by_given in groups:
            if bound < kth:
                break  # no later surname can reach the current top `limit`
            pair_scores: list[tuple[float, Sequence[int]]] = []
            for sids in by_given.values():
                if n <= 2:  # patronymics only count for 3+ word queries: score the pair once
                    sc = score_tokens(q, self._sigs[sids[0]], sur_memo, giv_memo)
                    pair_scores.append((sc, sids))
                else:
                    for sid in sids:
                        sc = score_tokens(q, self._sigs[sid], sur_memo, giv_memo)
                        pair_scores.append((sc, (sid,)))
            pair_scores.sort(key=lambda t: -t[0])
            local: dict[int, float] = {}
            for sc, group in pair_scores:
                if sc <= 0.0 or (len(local) >= limit and sc < kth):
                    break  # the rest of this surname cannot enter the top `limit`
                self._collect(best, local, group, sc)
                if len(local) >= limit:
                    # These people are distinct: their limit-th score bounds the global one.
                    kth = max(kth, heapq.nlargest(limit, local.values())[-1])
        ranked = heapq.nsmallest(limit, best.items(), key=lambda kv: (-kv[1][0], kv[0]))
        return [
            NameMatch(pid, self._display.get(pid, form), form, round(sc, 4))
            for pid, (sc, form) in ranked
        ]

    def _collect(
        self,
        best: dict[int, tuple[float, str]],
        local: dict[int, float],
        sids: Iterable[int],
        sc: float,
    ) -> None:
        if sc <= 0.0:
            return
        for sid in sids:
            for pid, form in self._sig_people[sid].items():
                cur = best.get(pid)
                if cur is None or sc > cur[0]:
                    best[pid] = (sc, form)
                if sc > local.get(pid, 0.0):
                    local[pid] = sc

    def duplicates(self, min_score: float = 0.85) -> list[tuple[int, int, float, str, str]]:
        """Pairs of different people whose names score ≥ ``min_score``, best first."""
        pairs: dict[tuple[int, int], tuple[float, str, str]] = {}
        for sids in self._stem_sigs.values():
            live = [s for s in sids if self._sig_people[s]]
            for ai, a in enumerate(live):
                ka = self._sigs[a]
                qa = _key_tokens(ka)
                for b in live[ai:]:
                    kb = self._sigs[b]
                    sc = max(score_tokens(qa, kb), score_tokens(_key_tokens(kb), ka))
                    if sc < min_score:
                        continue
                    for pa, fa in self._sig_people[a].items():
                        for pb, fb in self._sig_people[b].items():
                            if pa == pb:
                                continue
                            lo, hi = (pa, pb) if pa < pb else (pb, pa)
                            flo, fhi = (fa, fb) if pa < pb else (fb, fa)
                            cur = pairs.get((lo, hi))
                            if cur is None or sc > cur[0]:
                                pairs[(lo, hi)] = (sc, flo, fhi)
        out = [(a, b, round(sc, 4), fa, fb) for (a, b), (sc, fa, fb) in pairs.items()]
        out.sort(key=lambda t: (-t[2], t[0], t[1]))
        return out


def _key_tokens(k: NameKey) -> tuple[tuple[str, frozenset[int]], ...]:
    toks: list[tuple[str, frozenset[int]]] = []
    if k.given:
        toks.append((k.given, k.given_cls))
    toks.append((k.surname, frozenset()))
    if k.patronymic:
        toks.append((k.patronymic, frozenset()))
    return tuple(toks)
