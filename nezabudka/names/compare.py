"""Comparison score of two names, 0..1 (≥ 0.9 = confident same person).

Both names are reduced to the nominative, split, and folded. The query's words are tried in
every role (so a wrong guess about name order costs nothing); the surname must agree closely
(squared similarity punishes near-misses such as Кашпур/Кашпуль), the given names are equal
when they share an equivalence class (Алесь = Aleś = Аляксандр = Sasha).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from nezabudka.names.fold import fold, is_polish_or_national, tokenize
from nezabudka.names.given import given_classes
from nezabudka.names.morph import to_nominative
from nezabudka.names.parse import split_name

CONFIDENT = 0.9


@dataclass(frozen=True)
class NameKey:
    """Folded parts of a stored name (the roles are known)."""

    given: str  # fold, "" if none
    surname: str
    patronymic: str
    given_cls: frozenset[int]


@lru_cache(maxsize=65_536)  # the index keeps its own keys; this only serves compare()
def name_key(text: str) -> NameKey:
    p = split_name(to_nominative(text))
    g = p.given or ""
    pl = is_polish_or_national(text)
    return NameKey(
        given=fold(g, pl) if g else "",
        surname=fold(p.surname, pl) if p.surname else "",
        patronymic=fold(p.patronymic, pl) if p.patronymic else "",
        given_cls=given_classes(g) if g else frozenset(),
    )


@lru_cache(maxsize=65_536)
def query_tokens(text: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """Folded words of a query with their given-name classes, in order."""
    toks = tokenize(to_nominative(text))[:4]
    pl = is_polish_or_national(text)
    return tuple((fold(t, pl), given_classes(t)) for t in toks if fold(t, pl))


EDIT_COST = 0.2  # per edit of the folded surname, whatever its length (Кашпур ≠ Кашпуль)


@lru_cache(maxsize=200_000)
def surname_sim(a: str, b: str) -> float:
    """1.0 for equal folds; 0.97 when only e/a differ (akanne, Łacinka 'la'); -0.2 per edit."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    d = Levenshtein.distance(a, b, score_cutoff=3)
    ds = Levenshtein.distance(a.replace("e", "a"), b.replace("e", "a"), score_cutoff=3)
    return max(0.0, 1.0 - EDIT_COST * d, 0.97 - EDIT_COST * ds)


def given_sim(a: str, acls: frozenset[int], b: str, bcls: frozenset[int]) -> float:
    if a == b:
        return 1.0
    if acls and bcls:
        # Two known names: equal only through a shared class (Алесь/Аляксандр, Саша).
        return 1.0 if acls & bcls else min(0.5, ratio(a, b) / 100.0)
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[:1] == b[:1] else 0.0  # an initial
    return ratio(a, b) / 100.0


Memo = dict[tuple[int, str], float]


def score_tokens(
    q: tuple[tuple[str, frozenset[int]], ...],
    k: NameKey,
    sur_memo: Memo | None = None,
    giv_memo: Memo | None = None,
) -> float:
    """Best score of the query words against a stored name over all role assignments.

    ``sur_memo``/``giv_memo`` cache per-word similarities across the candidates of one
    query (many candidates share a surname or a given name).
    """
    if not q or not k.surname:
        return 0.0
    sur_memo = {} if sur_memo is None else sur_memo
    giv_memo = {} if giv_memo is None else giv_memo
    n = len(q)
    best = 0.0
    for i in range(n):
        s = sur_memo.get((i, k.surname))
        if s is None:
            s = sur_memo[(i, k.surname)] = surname_sim(q[i][0], k.surname)
        if s < 0.6:
            continue
        if n == 1 or not k.given:
            best = max(best, 0.85 * s * s)
            continue
        for j in range(n):
            if j == i:
                continue
            g = giv_memo.get((j, k.given))
            if g is None:
                g = giv_memo[(j, k.given)] = given_sim(q[j][0], q[j][1], k.given, k.given_cls)
            sc = 0.55 * s * s + 0.45 * g * g
            if n > 2:
                rest = [t for m, t in enumerate(q) if m not in (i, j)]
                if k.patronymic:
                    p = max(ratio(t[0], k.patronymic) / 100.0 for t in rest)
                    if p < 0.75:
                        sc *= 0.9
                elif len(rest) > 1:
                    sc *= 0.95
            best = max(best, sc)
    return min(best, 1.0)


def compare(a: str, b: str) -> float:
    """Similarity of two full names in any script/order/case, 0..1."""
    ka, kb = name_key(a), name_key(b)
    s1 = score_tokens(query_tokens(a), kb)
    s2 = score_tokens(query_tokens(b), ka)
    return round(max(s1, s2), 4)
