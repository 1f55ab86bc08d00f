"""Comparison score of two names, 0..1 (≥ 0.9 = confident same person).

Both names are reduced to the nominative, split, and folded. The query's words are tried in
every role (so a wrong guess about name order costs nothing); the surname must agree closely
(squared similarity punishes near-misses such as Кашпур/Кашпуль), the given names are equal
when they share an equivalence class (Алесь = Aleś = Аляксандр = Sasha).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from rapidfuzz.fuzz import ratio

from nezabudka.names.fold import fold, skeleton, tokenize
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


@lru_cache(maxsize=500_000)
def name_key(text: str) -> NameKey:
    p = split_name(to_nominative(text))
    g = p.given or ""
    return NameKey(
        given=fold(g) if g else "",
        surname=fold(p.surname) if p.surname else "",
        patronymic=fold(p.patronymic) if p.patronymic else "",
        given_cls=given_classes(g) if g else frozenset(),
    )


@lru_cache(maxsize=200_000)
def query_tokens(text: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """Folded words of a query with their given-name classes, in order."""
    toks = tokenize(to_nominative(text))[:4]
    return tuple((fold(t), given_classes(t)) for t in toks if fold(t))


@lru_cache(maxsize=1_000_000)
def surname_sim(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    r = ratio(a, b) / 100.0
    sa, sb = a.replace("e", "a"), b.replace("e", "a")
    return max(r, 0.97 * ratio(sa, sb) / 100.0)


def given_sim(a: str, acls: frozenset[int], b: str, bcls: frozenset[int]) -> float:
    if a == b:
        return 1.0
    if acls and bcls:
        # Two known names: equal only through a shared class (Алесь/Аляксандр, Саша).
        return 1.0 if acls & bcls else min(0.5, ratio(a, b) / 100.0)
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[:1] == b[:1] else 0.0  # an initial
    return ratio(a, b) / 100.0


def score_tokens(q: tuple[tuple[str, frozenset[int]], ...], k: NameKey) -> float:
    """Best score of the query words against a stored name over all role assignments."""
    if not q or not k.surname:
        return 0.0
    n = len(q)
    best = 0.0
    for i in range(n):
        s = surname_sim(q[i][0], k.surname)
        if s < 0.6:
            continue
        if n == 1 or not k.given:
            sc = 0.85 * s * s
            best = max(best, sc)
            continue
        for j in range(n):
            if j == i:
                continue
            g = given_sim(q[j][0], q[j][1], k.given, k.given_cls)
            sc = 0.55 * s * s + 0.45 * g * g
            rest = [t for m, t in enumerate(q) if m not in (i, j)]
            if rest:
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
