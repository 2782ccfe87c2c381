"""Rows as multisets: duplicates count, numbers within tolerance may pair up (rule 2 of eval/scoring/comparator.py), under a time and work budget."""
from __future__ import annotations

import math
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Callable, Optional, Sequence

from eval.scoring.limits import ABS_TOL, COMPARE_SECONDS, MATCH_BUDGET, MAX_PROJECTIONS
from eval.scoring.values import _INEXACT, _NUMERIC, _as_float, _norm_column, _rounder, _row_eq


class _Rows:
    """A list of normalised rows with cached columns, value counts and projections."""

    __slots__ = ("rows", "_columns", "_counter", "_projections", "_types")

    def __init__(self, rows: list[tuple]):
        self.rows = rows
        self._columns: Optional[list[Sequence[object]]] = None
        self._counter: Optional[Counter] = None
        self._projections: dict[tuple[int, ...], _Rows] = {}
        self._types: Optional[list[set]] = None

    @property
    def types(self) -> list[set]:
        """The set of value types in each column (empty list for no rows)."""
        if self._types is None:
            self._types = [set(map(type, c)) for c in self.columns(len(self.rows[0]))] if self.rows else []
        return self._types

    def __len__(self) -> int:
        return len(self.rows)

    def columns(self, width: int) -> list[Sequence[object]]:
        if self._columns is None:
            self._columns = list(zip(*self.rows)) if self.rows else [() for _ in range(width)]
        return self._columns

    @property
    def counter(self) -> Counter:
        if self._counter is None:
            self._counter = Counter(self.rows)
        return self._counter

    def project(self, idx: Sequence[int], width: int) -> "_Rows":
        """The rows restricted to columns ``idx`` (in that order), cached."""
        key = tuple(idx)
        if key == tuple(range(width)):
            return self
        if key not in self._projections:
            if len(self._projections) >= MAX_PROJECTIONS:  # bounded memory on very wide results
                self._projections.clear()
            if not key:
                rows: list[tuple] = [()] * len(self.rows)
            else:
                cols = self.columns(width)
                rows = list(zip(*[cols[i] for i in key])) if self.rows else []
            self._projections[key] = _Rows(rows)
        return self._projections[key]

def _normalized(rows: Sequence[tuple], ncols: int) -> "_Rows":
    """Normalised rows, keeping the transposed columns for later statistics."""
    if not rows:
        return _Rows([])
    columns = [_norm_column(c) for c in zip(*rows)]
    if len(columns) != ncols:
        raise ValueError(f"rows have {len(columns)} values but the result has {ncols} columns")
    normalized = _Rows(list(zip(*columns)))
    normalized._columns = columns
    return normalized


class _Budget(Exception):
    pass


@dataclass
class _Ctx:
    """Options and bookkeeping of one comparison."""

    rel_tol: float
    notes: list[str] = field(default_factory=list)
    match_work: int = 0

    def __post_init__(self) -> None:
        self.rounder = _rounder(self.rel_tol)
        self.deadline = time.monotonic() + COMPARE_SECONDS

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            self.note(f"comparison time budget ({COMPARE_SECONDS:g} s) exceeded: counted as different")
            raise _Budget

    def note(self, text: str) -> None:
        if text and text not in self.notes:
            self.notes.append(text)


def _key_getter(positions: list[int]) -> Callable[[tuple], object]:
    if not positions:
        return lambda row: ()
    return itemgetter(*positions)


def _column_types(*row_lists: list[tuple]) -> list[set]:
    width = next((len(rows[0]) for rows in row_lists if rows), 0)
    types: list[set] = [set() for _ in range(width)]
    for rows in row_lists:
        for i, col in enumerate(zip(*rows)):
            types[i].update(map(type, col))
    return types


def _pair_rounded(spare: list[tuple], missing: list[tuple], types: list[set],
                  ctx: _Ctx) -> tuple[list[tuple], list[tuple]]:
    """Pair rows equal after rounding inexact numbers (see ``_rounder``);
    return the (spare, missing) rows left unpaired."""
    rnd = ctx.rounder
    assert rnd is not None
    positions = [i for i, ts in enumerate(types) if ts & {float, Decimal}]

    def rounded(rows: list[tuple]) -> list[tuple]:
        cols = list(zip(*rows))
        for i in positions:
            cols[i] = list(map(rnd, cols[i]))
        return list(zip(*cols))

    buckets: dict[tuple, list[int]] = {}
    for i, key in enumerate(rounded(spare)):
        buckets.setdefault(key, []).append(i)
    used: set[int] = set()
    left_missing = []
    for row, key in zip(missing, rounded(missing)):
        ids = buckets.get(key)
        if ids:
            used.add(ids.pop())
        else:
            left_missing.append(row)
    return [row for i, row in enumerate(spare) if i not in used], left_missing


def _exact_part(types: list[set]) -> Callable[[tuple], object]:
    """The columns that hold no number, array or JSON: these must match exactly."""
    return _key_getter([i for i, ts in enumerate(types) if not ts & (_INEXACT | _NUMERIC)])


def _exact_parts_fit(spare: list[tuple], missing: list[tuple], types: list[set]) -> bool:
    """Every missing row's exact part (strings, dates, NULLs …) has a spare partner."""
    key = _exact_part(types)
    have, need = Counter(map(key, spare)), Counter(map(key, missing))
    return all(c <= have.get(k, 0) for k, c in need.items())


def _tolerant_take(spare: list[tuple], missing: list[tuple], types: list[set], ctx: _Ctx) -> Optional[list[tuple]]:
    """Match every ``missing`` row to a distinct tolerant-equal ``spare`` row;
    return the unused spare rows, or None.

    Rows are grouped by their exact (non-numeric) columns; inside a group,
    candidates come from bisecting the first numeric column with a window of
    twice the tolerance, and are confirmed by ``_row_eq``.  A maximum
    bipartite matching (augmenting paths) then pairs them, so a value within
    tolerance of two others cannot steal the wrong partner.
    """
    exact_key = _exact_part(types)
    pos = next((i for i, ts in enumerate(types) if ts & _NUMERIC), None)
    index: dict[object, tuple[list[float], list[int], list[int]]] = {}
    for i, row in enumerate(spare):
        entry = index.setdefault(exact_key(row), ([], [], []))
        (entry[1] if pos is not None and type(row[pos]) in _NUMERIC else entry[2]).append(i)
    sorted_groups: set[int] = set()
    window = 2 * ctx.rel_tol if ctx.rel_tol < 0.5 else math.inf

    def candidates(row: tuple) -> list[int]:
        entry = index.get(exact_key(row))
        if entry is None:
            return []
        keys, ids, others = entry
        if pos is not None and type(row[pos]) in _NUMERIC:
            if id(entry) not in sorted_groups:  # sort each group on first use
                ids.sort(key=lambda i: _as_float(spare[i][pos]))
                keys.extend(_as_float(spare[i][pos]) for i in ids)
                sorted_groups.add(id(entry))
            x = _as_float(row[pos])
            d = window * abs(x) + 2 * ABS_TOL
            if math.isfinite(d):
                ids = ids[bisect_left(keys, x - d):bisect_right(keys, x + d)]
        else:
            ids = others
        ctx.match_work += len(ids)
        if ctx.match_work > MATCH_BUDGET:
            raise _Budget
        if not ctx.match_work & 1023:
            ctx.check_time()
        return [i for i in ids if _row_eq(spare[i], row, ctx.rel_tol)]

    adjacency: dict[int, list[int]] = {}
    owner: dict[int, int] = {}  # spare id -> missing id
    mate: dict[int, int] = {}  # missing id -> spare id

    def augment(start: int) -> bool:
        """Breadth-first search for an augmenting path from missing row ``start``."""
        parent: dict[int, int] = {}  # spare id -> the missing id that reached it
        queue = [start]
        for b in queue:
            if b not in adjacency:
                adjacency[b] = candidates(missing[b])
            for a in adjacency[b]:
                if a in parent:
                    continue
                parent[a] = b
                if a not in owner:
                    while True:  # flip the path back to start
                        b_here = parent[a]
                        a_prev = mate.get(b_here)
                        owner[a], mate[b_here] = b_here, a
                        if a_prev is None:
                            return True
                        a = a_prev
                queue.append(owner[a])
        return False

    for b in range(len(missing)):
        if not augment(b):
            return None
    return [row for i, row in enumerate(spare) if i not in owner]


def _may_tolerate(a: _Rows, b: _Rows) -> bool:
    """Cheap test before listing the differing rows of two same-size row lists:
    some column holds inexact values, and the exact columns agree as a multiset."""
    types = [x | y for x, y in zip(a.types, b.types)]
    if not any(ts & _INEXACT for ts in types):
        return False
    key = _exact_part(types)
    return dict.__eq__(Counter(map(key, a.rows)), Counter(map(key, b.rows)))


def _excess(a: Counter, b: Counter) -> list[tuple]:
    """Rows of ``a`` not paired with an identical row of ``b`` (with multiplicity).

    Set difference of the items views runs at C speed, so only the rows that
    differ are visited in Python.
    """
    get = b.get
    return [row for row, count in a.items() - b.items() for _ in range(count - get(row, 0))]


def _take(pool: _Rows, rows: _Rows, ctx: _Ctx) -> Optional[list[tuple]]:
    """Match each of ``rows`` to a distinct equal row of ``pool``; return the
    pool rows left over, or None when some row has no partner.

    Three stages, each only on what the previous left: identical rows
    (Counter arithmetic), rows identical after rounding inexact numbers
    (``_rounder``), then a tolerant bipartite matching.  Pairing identical
    rows first could in theory block a tolerant pairing through a chain of
    near-equal values; that needs distinct values within 1e-6 of each other
    in the same column, and is accepted.
    """
    if len(rows) > len(pool):
        return None
    have, need = pool.counter, rows.counter
    if dict.__eq__(have, need):  # Counter.__eq__ is a slow Python loop
        return []
    if len(rows) == len(pool) and not _may_tolerate(pool, rows):
        return None  # equal sizes, different rows, nothing inexact: no partner for some row
    missing = _excess(need, have)
    spare = _excess(have, need)
    if not missing:
        return spare
    types = _column_types(spare, missing)
    if not any(ts & _INEXACT for ts in types) or not _exact_parts_fit(spare, missing, types):
        return None  # the differences are beyond any tolerance
    if ctx.rounder is not None and len(missing) > 8:
        spare, missing = _pair_rounded(spare, missing, types, ctx)
        if not missing:
            return spare
    try:
        return _tolerant_take(spare, missing, types, ctx)
    except _Budget:
        ctx.note("tolerant matching budget exceeded: counted as different")
        return None


def _same_multiset(a: _Rows, b: _Rows, ctx: _Ctx) -> bool:
    return len(a) == len(b) and _take(a, b, ctx) == []


def _same_set(a: _Rows, b: _Rows, ctx: _Ctx) -> bool:
    return _same_multiset(_Rows(list(a.counter)), _Rows(list(b.counter)), ctx)
