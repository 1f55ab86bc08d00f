"""Small-count suppression: no small cell shown, none recoverable by subtraction.

"Recoverable" is checked by brute force: an attacker who sees the published table (shown
cells, shown totals, which entries are suppressed) searches for another table of
non-negative integers consistent with everything shown in which the suppressed entry has a
different value. If none exists, the entry is recoverable and the test fails.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nezabudka.protection.suppression import (
    SUPPRESSED_MARKER,
    suppress_breakdown,
    suppress_table,
)

Key = Any  # entries: (row, col) pairs or category names
Line = list[tuple[Key, int]]  # (entry, coefficient): sum(coef * value) == 0


class Budget(Exception):
    pass


def other_value_possible(
    lines: list[Line],
    known: dict[Key, int],
    unknown: list[Key],
    truth: dict[Key, int],
    target: Key,
    bound: int,
    budget: int = 200_000,
) -> bool:
    """Is there a non-negative integer assignment of the unknowns, each <= bound, satisfying
    every line, in which ``target`` differs from its true value? Exhaustive search with
    propagation of values forced by a line."""
    lines_of: dict[Key, list[int]] = {k: [] for k in unknown}
    for n, line in enumerate(lines):
        for k, _ in line:
            if k in lines_of:
                lines_of[k].append(n)
    steps = [0]

    def consistent(assign: dict[Key, int], touched: set[int]) -> bool | None:
        """Propagate forced values; False on contradiction."""
        queue = list(touched)
        while queue:
            n = queue.pop()
            line = lines[n]
            free = [(k, c) for k, c in line if k not in known and k not in assign]
            s = sum(
                c * (known[k] if k in known else assign[k])
                for k, c in line
                if (k in known or k in assign)
            )
            if not free:
                if s != 0:
                    return False
            elif len(free) == 1:
                k, c = free[0]
                if (-s) % c:
                    return False
                v = -s // c
                if v < 0 or v > bound:
                    return False
                assign[k] = v
                queue.extend(lines_of[k])
        return True

    def search(assign: dict[Key, int]) -> bool:
        steps[0] += 1
        if steps[0] > budget:
            raise Budget
        rest = [k for k in unknown if k not in assign]
        if not rest:
            return all(
                sum(c * (known[k] if k in known else assign[k]) for k, c in line) == 0
                for line in lines
            )
        k = rest[0]
        t = truth[k]
        order = sorted(range(bound + 1), key=lambda v: (abs(v - t), v))
        for v in order:
            trial = dict(assign)
            trial[k] = v
            if consistent(trial, set(lines_of[k])) and search(trial):
                return True
        return False

    t = truth[target]
    for v in sorted(range(bound + 1), key=lambda v: (abs(v - t), v)):
        if v == t:
            continue
        assign = {target: v}
        if consistent(assign, set(lines_of[target])) and search(assign):
            return True
    return False


def check_table(grid: list[list[int]], threshold: int) -> None:
    rows = [f"r{i}" for i in range(len(grid))]
    cols = [f"c{j}" for j in range(len(grid[0]))]
    counts = {r: {c: grid[i][j] for j, c in enumerate(cols)} for i, r in enumerate(rows)}
    res = suppress_table(counts, threshold=threshold)
    nr, nc = len(rows), len(cols)
    truth: dict[Key, int] = {}
    shown: dict[Key, int | None] = {}
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            truth[(i, j)] = grid[i][j]
            shown[(i, j)] = res.cells[(r, c)]
        truth[(i, nc)] = sum(grid[i])
        shown[(i, nc)] = res.row_totals[r]
    for j, c in enumerate(cols):
        truth[(nr, j)] = sum(grid[i][j] for i in range(nr))
        shown[(nr, j)] = res.col_totals[c]
    truth[(nr, nc)] = sum(map(sum, grid))
    shown[(nr, nc)] = res.total

    for k, v in shown.items():
        assert v is None or v == truth[k]  # nothing shown is false
        if 0 < truth[k] < threshold:
            assert v is None, f"small count {truth[k]} at {k} shown"
    lines: list[Line] = []
    for i in range(nr + 1):
        lines.append([((i, j), 1) for j in range(nc)] + [((i, nc), -1)])
    for j in range(nc + 1):
        lines.append([((i, j), 1) for i in range(nr)] + [((nr, j), -1)])
    known = {k: v for k, v in shown.items() if v is not None}
    unknown = [k for k, v in shown.items() if v is None]
    bound = known.get((nr, nc), 2 * truth[(nr, nc)] + 2)
    for target in unknown:
        assert other_value_possible(lines, known, unknown, truth, target, bound), (
            f"suppressed entry {target} (value {truth[target]}) is recoverable\n"
            + "\n".join(map(str, res.display()))
        )


small_grids = st.integers(1, 3).flatmap(
    lambda nr: st.integers(1, 3).flatmap(
        lambda nc: st.lists(
            st.lists(st.integers(0, 9), min_size=nc, max_size=nc), min_size=nr, max_size=nr
        )
    )
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_grids, st.sampled_from([3, 5]))
def test_table_suppression_leaves_nothing_recoverable(grid: list[list[int]], t: int) -> None:
    check_table(grid, t)


@pytest.mark.parametrize(
    "grid",
    [
        [[3, 10, 12], [6, 7, 9], [0, 0, 2]],
        [[1, 0], [0, 1]],
        [[4]],
        [[20, 1, 30, 40]],
        [[9, 9, 9], [9, 1, 9], [9, 9, 9]],
        [[0, 0], [0, 0]],
        [[1, 1, 9, 9], [1, 1, 9, 9], [9, 9, 1, 1], [9, 9, 1, 1]],
        # two blocks of suppressed cells joined by one entry (a bridge): every row and column
        # has two or more suppressed cells, yet the 2 at (1, 2) follows by subtraction
        [[1, 1, 9, 9], [1, 1, 2, 9], [9, 9, 1, 1], [9, 9, 1, 1]],
    ],
)
def test_table_examples(grid: list[list[int]]) -> None:
    check_table(grid, 5)


def check_breakdown(values: list[int], threshold: int) -> None:
    counts = {f"k{i}": v for i, v in enumerate(values)}
    res = suppress_breakdown(counts, threshold=threshold)
    total = sum(values)
    truth: dict[Key, Any] = {**counts, "total": total}
    shown: dict[Key, int | None] = {**res.cells, "total": res.total}
    for k, v in shown.items():
        assert v is None or v == truth[k]
        if 0 < truth[k] < threshold:
            assert v is None
    hidden = [k for k, v in shown.items() if v is None]
    if res.total is not None:
        hidden_cells = [k for k in hidden if k != "total"]
        # the suppressed group is itself not a small count
        assert not hidden_cells or sum(truth[k] for k in hidden_cells) >= threshold
    lines: list[Line] = [[(k, 1) for k in counts] + [("total", -1)]]
    known = {k: v for k, v in shown.items() if v is not None}
    bound = res.total if res.total is not None else 2 * total + 2
    for target in hidden:
        assert other_value_possible(lines, known, hidden, truth, target, bound), (
            f"{target} recoverable in {res.display()}"
        )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=7), st.integers(1, 10))
def test_breakdown_suppression_leaves_nothing_recoverable(values: list[int], t: int) -> None:
    check_breakdown(values, t)


def test_breakdown_examples_and_markers() -> None:
    res = suppress_breakdown({"Minsk": 40, "Hrodna": 3, "Brest": 12, "Viciebsk": 0})
    assert res.cells == {"Minsk": 40, "Hrodna": None, "Brest": None, "Viciebsk": 0}
    assert res.total == 55
    assert res.primary == {"Hrodna"} and res.complementary == {"Brest"}
    # one marker for every suppressed cell: "<5" on Brest (12) would be false
    assert res.display() == {
        "Minsk": 40,
        "Hrodna": SUPPRESSED_MARKER,
        "Brest": SUPPRESSED_MARKER,
        "Viciebsk": 0,
        "total": 55,
    }
    tiny = suppress_breakdown({"a": 2, "b": 1, "c": 0})
    assert tiny.total is None and tiny.cells == {"a": None, "b": None, "c": 0}
    assert suppress_breakdown({"a": 5, "b": 7}).cells == {"a": 5, "b": 7}
    assert suppress_breakdown({"a": 3, "b": 7}, threshold=3).cells == {"a": 3, "b": 7}


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="partition"):
        suppress_breakdown({"a": 3, "b": 4}, total=10)
    with pytest.raises(ValueError):
        suppress_breakdown({"a": -1})
    with pytest.raises(ValueError):
        suppress_breakdown({"a": 1}, threshold=0)
    with pytest.raises(ValueError):
        suppress_table({})
    with pytest.raises(ValueError):
        suppress_table({"r": {"x": 1}}, cols=["y"])


def test_table_display() -> None:
    res = suppress_table({"men": {"A": 10, "B": 2}, "women": {"A": 8, "B": 9}})
    rows = res.display("x")
    assert rows[0] == ["", "A", "B", "total"]
    assert all(isinstance(v, int) or v == "x" for row in rows[1:] for v in row[1:])
    assert rows[1][2] == "x"  # the 2


larger_grids = st.integers(3, 4).flatmap(
    lambda n: st.lists(st.lists(st.integers(0, 6), min_size=4, max_size=4), min_size=n, max_size=n)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(larger_grids)
def test_larger_tables_leave_nothing_recoverable(grid: list[list[int]]) -> None:
    check_table(grid, 5)


def test_display_total_key_collision() -> None:
    res = suppress_breakdown({"total": 7, "other": 9})
    with pytest.raises(ValueError):
        res.display()
    assert res.display(total_key="all") == {"total": 7, "other": 9, "all": 16}
