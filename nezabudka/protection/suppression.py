"""Small-count suppression for public statistics.

A count of 1 to 4 people in a published cell ("women from Hrodna held under Art. 361-1")
can single someone out. Public statistics therefore never show a count ``0 < n < threshold``
(primary suppression), and never leave such a cell recoverable by subtraction from the totals
shown next to it (complementary, or secondary, suppression).

Method:

- **1-D breakdowns** (categories and their total): after primary suppression, if only one
  cell is suppressed, or the suppressed cells add up to less than the threshold, the next
  smallest non-zero cells are suppressed too; if that is impossible the total is suppressed.
  A total below the threshold is itself suppressed, together with every non-zero cell.
- **2-D tables with margins**: the table with its row totals, column totals and grand total is
  treated as one grid; every entry in it (margins included) below the threshold is suppressed.
  A suppressed entry can be computed exactly by subtraction precisely when, in the bipartite
  graph "row — suppressed entry — column", that entry is a *bridge* (lies on no cycle). Every
  bridge is closed into a cycle by suppressing the cheapest rectangle of non-zero entries
  through it, until no bridge is left. Because every suppressed entry is then non-zero and
  on a cycle of non-zero entries, moving one person around that cycle gives another table
  consistent with everything published: no suppressed value is determined by the rest.

Zeros are shown (they never identify a person and are never used as complements). All
suppressed entries carry the same marker (default ``"*"``): writing ``"<5"`` on a
complementary cell would be false and would tell which cell is the small one.

Not covered (see docs/security.md): differencing *between* different tables of the same
population (e.g. a breakdown by region published next to one by region and gender), and
differencing over time (yesterday's count minus today's). Publish a fixed set of tables, and
round or delay figures over time if that matters.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "DEFAULT_THRESHOLD",
    "SUPPRESSED_MARKER",
    "SuppressedBreakdown",
    "SuppressedTable",
    "suppress_breakdown",
    "suppress_table",
]

DEFAULT_THRESHOLD = 5
SUPPRESSED_MARKER = "*"


def _check_count(name: object, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"count for {name!r} must be a non-negative integer, got {value!r}")
    return value


def _check_threshold(threshold: int) -> int:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(f"threshold must be a positive integer, got {threshold!r}")
    return threshold


@dataclass(frozen=True, slots=True)
class SuppressedBreakdown[K: Hashable]:
    """A 1-D breakdown ready to publish: ``None`` marks a suppressed count."""

    cells: dict[K, int | None]
    total: int | None
    threshold: int
    primary: frozenset[K]
    complementary: frozenset[K]

    def display(
        self, marker: str = SUPPRESSED_MARKER, total_key: str = "total"
    ) -> dict[K | str, int | str]:
        """Cells and the total (under ``total_key``) with the marker for suppressed counts."""
        if total_key in self.cells:
            raise ValueError(f"a category is called {total_key!r}; pass another total_key")
        out: dict[K | str, int | str] = {
            k: (marker if v is None else v) for k, v in self.cells.items()
        }
        out[total_key] = marker if self.total is None else self.total
        return out


def suppress_breakdown[K: Hashable](
    counts: Mapping[K, int],
    *,
    total: int | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> SuppressedBreakdown[K]:
    """Suppress a 1-D breakdown whose categories partition the total.

    ``total`` may be given as a check; it must equal the sum of the counts (a breakdown
    whose categories overlap, such as "by article" where one person has several, is not a
    partition: publish it without a total, or suppress each category against its own total).
    """
    t = _check_threshold(threshold)
    values = {k: _check_count(k, v) for k, v in counts.items()}
    whole = sum(values.values())
    if total is not None and _check_count("total", total) != whole:
        raise ValueError(
            f"total {total} is not the sum of the cells ({whole}); suppression by "
            "subtraction needs a partition; add an 'unknown' category"
        )
    primary = {k for k, v in values.items() if 0 < v < t}
    hidden = set(primary)
    total_hidden = False
    if 0 < whole < t:
        hidden |= {k for k, v in values.items() if v > 0}
        total_hidden = True
    else:
        while hidden and (len(hidden) == 1 or sum(values[k] for k in hidden) < t):
            candidates = sorted(
                (v, i, k) for i, (k, v) in enumerate(values.items()) if v > 0 and k not in hidden
            )
            if not candidates:
                total_hidden = True
                break
            hidden.add(candidates[0][2])
    cells = {k: (None if k in hidden else v) for k, v in values.items()}
    return SuppressedBreakdown(
        cells=cells,
        total=None if total_hidden else whole,
        threshold=t,
        primary=frozenset(primary),
        complementary=frozenset(hidden - primary),
    )


@dataclass(frozen=True, slots=True)
class SuppressedTable[RK: Hashable, CK: Hashable]:
    """A 2-D table with margins, ready to publish: ``None`` marks a suppressed count."""

    rows: tuple[RK, ...]
    cols: tuple[CK, ...]
    cells: dict[tuple[RK, CK], int | None]
    row_totals: dict[RK, int | None]
    col_totals: dict[CK, int | None]
    total: int | None
    threshold: int
    primary: int  # how many entries (margins included) were below the threshold
    complementary: int  # how many more were suppressed to protect them

    def display(self, marker: str = SUPPRESSED_MARKER) -> list[list[str | int]]:
        """Rows of the published table: header, one row per row key, then the totals row."""

        def show(v: int | None) -> int | str:
            return marker if v is None else v

        out: list[list[str | int]] = [["", *(str(c) for c in self.cols), "total"]]
        for r in self.rows:
            out.append(
                [str(r), *(show(self.cells[(r, c)]) for c in self.cols), show(self.row_totals[r])]
            )
        out.append(["total", *(show(self.col_totals[c]) for c in self.cols), show(self.total)])
        return out


def _bridges(n_rows: int, edges: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bridges of the bipartite graph rows x cols whose edges are the suppressed entries."""
    adj: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for i, j in edges:
        u, v = i, n_rows + j
        adj.setdefault(u, []).append((v, (i, j)))
        adj.setdefault(v, []).append((u, (i, j)))
    disc: dict[int, int] = {}
    low: dict[int, int] = {}
    found: list[tuple[int, int]] = []
    counter = 0
    for root in sorted(adj):
        if root in disc:
            continue
        disc[root] = low[root] = counter
        counter += 1
        stack: list[tuple[int, tuple[int, int] | None, int]] = [(root, None, 0)]
        while stack:
            node, via, idx = stack[-1]
            neighbours = adj[node]
            if idx < len(neighbours):
                stack[-1] = (node, via, idx + 1)
                nxt, edge = neighbours[idx]
                if edge == via:
                    continue
                if nxt in disc:
                    low[node] = min(low[node], disc[nxt])
                else:
                    disc[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append((nxt, edge, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > disc[parent] and via is not None:
                        found.append(via)
    return sorted(found)


def suppress_table[RK: Hashable, CK: Hashable](
    counts: Mapping[RK, Mapping[CK, int]],
    *,
    rows: Sequence[RK] | None = None,
    cols: Sequence[CK] | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> SuppressedTable[RK, CK]:
    """Suppress a 2-D table ``counts[row][col]`` published with its row, column and grand
    totals (computed here from the cells; missing cells are 0)."""
    t = _check_threshold(threshold)
    row_keys = list(rows) if rows is not None else list(counts)
    if cols is not None:
        col_keys = list(cols)
    else:
        col_keys = []
        for r in row_keys:
            for c in counts.get(r, {}):
                if c not in col_keys:
                    col_keys.append(c)
    if not row_keys or not col_keys:
        raise ValueError("a table needs at least one row and one column")
    nr, nc = len(row_keys), len(col_keys)
    # extended grid: index nr is the totals row, nc the totals column
    grid = [[0] * (nc + 1) for _ in range(nr + 1)]
    for i, r in enumerate(row_keys):
        row = counts.get(r, {})
        unknown = set(row) - set(col_keys)
        if unknown:
            raise ValueError(f"row {r!r} has columns not in cols: {sorted(map(repr, unknown))}")
        for j, c in enumerate(col_keys):
            v = _check_count((r, c), row.get(c, 0))
            grid[i][j] = v
            grid[i][nc] += v
            grid[nr][j] += v
            grid[nr][nc] += v

    hidden = {(i, j) for i in range(nr + 1) for j in range(nc + 1) if 0 < grid[i][j] < t}
    n_primary = len(hidden)
    while True:
        bridges = _bridges(nr + 1, hidden)
        if not bridges:
            break
        i, j = bridges[0]
        best: tuple[int, int, int] | None = None
        for i2 in range(nr + 1):
            if i2 == i:
                continue
            for j2 in range(nc + 1):
                if j2 == j:
                    continue
                corners = ((i, j2), (i2, j), (i2, j2))
                if any(grid[a][b] == 0 for a, b in corners):
                    continue
                cost = sum(grid[a][b] for a, b in corners if (a, b) not in hidden)
                if best is None or cost < best[0]:
                    best = (cost, i2, j2)
        if best is None:  # cannot happen for a non-zero entry (margins are non-zero too)
            raise AssertionError(f"no rectangle to protect entry {(i, j)}")
        _, i2, j2 = best
        hidden |= {(i, j2), (i2, j), (i2, j2)}

    def value(i: int, j: int) -> int | None:
        return None if (i, j) in hidden else grid[i][j]

    return SuppressedTable(
        rows=tuple(row_keys),
        cols=tuple(col_keys),
        cells={(r, c): value(i, j) for i, r in enumerate(row_keys) for j, c in enumerate(col_keys)},
        row_totals={r: value(i, nc) for i, r in enumerate(row_keys)},
        col_totals={c: value(nr, j) for j, c in enumerate(col_keys)},
        total=value(nr, nc),
        threshold=t,
        primary=n_primary,
        complementary=len(hidden) - n_primary,
    )
