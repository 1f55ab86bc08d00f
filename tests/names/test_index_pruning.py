"""The pruned search returns exactly the brute-force top results."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from nezabudka.names import NameIndex
from nezabudka.names.compare import name_key, query_tokens, score_tokens
from nezabudka.names.fold import stem_key

GIVEN = ["Аляксандр", "Марыя", "Алесь", "Ганна", "Сяргей", "Вольга", "Ігар", "Наста"]
SURNAMES = ["Кавалёў", "Кавалёва", "Кашпуль", "Кашпур", "Лосік", "Лосеў", "Бабарыка",
            "Бабрык", "Калеснікаў", "Калеснікава", "Ковалев", "Кавалец"]  # fmt: skip


def _registry(seed: int, n: int) -> list[tuple[int, str]]:
    rng = random.Random(seed)
    return [(i, f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}") for i in range(1, n + 1)]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 10_000),
    st.sampled_from(["Alexander Kovalev", "Kashpul", "Maria Kalesnikava", "LOSIK Ihar",
                     "Ганна Бабарыка", "Sasha Kavaliou", "Вольгу Кавалёву"]),
    st.integers(1, 6),
)  # fmt: skip
def test_search_equals_brute_force(seed: int, query: str, limit: int) -> None:
    reg = _registry(seed, 60)
    ix = NameIndex()
    for pid, form in reg:
        ix.add(pid, form)
    q = query_tokens(query)
    # Blocking decides the candidates; within them the pruned search must be exact.
    stems = ix._candidate_stems([f for f, _ in q])
    brute = {
        pid: round(score_tokens(q, name_key(form)), 4)
        for pid, form in reg
        if stem_key(name_key(form).surname) in stems
    }
    got = ix.search(query, limit)
    ranked = sorted(((s, pid) for pid, s in brute.items() if s > 0), key=lambda t: (-t[0], t[1]))
    expected = ranked[:limit]
    assert [(m.score, m.person_id) for m in got] == expected
