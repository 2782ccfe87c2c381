"""Column assignment: each gold column matched by a distinct, row-aligned predicted column (rule 1 of eval/scoring/comparator.py)."""
from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal
from typing import Callable, Optional, Sequence

from eval.scoring.limits import ABS_TOL, SEARCH_BUDGET
from eval.scoring.values import _INEXACT, _NUMERIC, _as_float
from eval.scoring.multisets import _Budget, _Ctx, _Rows, _same_multiset, _same_set
from eval.scoring.targets import _Target, _unordered_ok


_KIND = {int: "number", float: "number", Decimal: "number"}


class _ColumnStats:
    """Value statistics of one column, each computed on first use."""

    def __init__(self, values: Sequence[object]):
        self.values = values
        types = Counter(map(type, values))
        kinds: Counter = Counter()
        for t, c in types.items():
            kinds[_KIND.get(t, t)] += c
        self.kinds = kinds
        self.inexact = bool(types.keys() & _INEXACT)
        self.only_numbers = types.keys() <= _NUMERIC
        self._counts: Optional[Counter] = None
        self._numbers: Optional[tuple] = None
        self._hash_sum: Optional[int] = None

    @property
    def hash_sum(self) -> int:
        """Sum of the value hashes: equal for equal multisets of exact values (a cheap prune)."""
        if self._hash_sum is None:
            self._hash_sum = sum(map(hash, self.values))
        return self._hash_sum

    @property
    def counts(self) -> Counter:
        if self._counts is None:
            self._counts = Counter(self.values)
        return self._counts

    @property
    def numbers(self) -> tuple[Counter, list, float, float]:
        """(counts of the non-numbers, the numbers, their float sum, float sum of magnitudes)."""
        if self._numbers is None:
            if self.only_numbers:
                others, nums = Counter(), list(self.values)
            else:
                others = Counter({v: c for v, c in self.counts.items() if type(v) not in _NUMERIC})
                nums = [v for v in self.values if type(v) in _NUMERIC]
            try:
                total, size = math.fsum(nums), math.fsum(map(abs, nums))
            except (OverflowError, ValueError):  # huge ints, or inf + -inf
                total = size = math.inf
            self._numbers = (others, nums, total, size)
        return self._numbers


class _Side:
    """One normalised result: column names, rows, per-column statistics."""

    def __init__(self, rows: _Rows, names: list[str]):
        self.rows = rows
        self.names = names
        self.width = len(names)
        self._stats: dict[int, _ColumnStats] = {}

    def stats(self, j: int) -> _ColumnStats:
        if j not in self._stats:
            self._stats[j] = _ColumnStats(self.rows.columns(self.width)[j])
        return self._stats[j]

    def project(self, idx: Sequence[int]) -> _Rows:
        return self.rows.project(idx, self.width)


def _numbers_compatible(g: _ColumnStats, p: _ColumnStats, ctx: _Ctx) -> bool:
    """Could two numeric value multisets be equal within (twice) the tolerance?

    Cheap tests first (min, max, sum), then the sorted values side by side.
    Twice the tolerance keeps this a safe prune: the row check decides.
    """
    g_other, g_nums, g_sum, g_size = g.numbers
    p_other, p_nums, p_sum, p_size = p.numbers
    if not dict.__eq__(g_other, p_other) or len(g_nums) != len(p_nums):
        return False
    if not g_nums:
        return True
    tol = 2 * ctx.rel_tol

    def close(a: object, b: object) -> bool:
        fa, fb = _as_float(a), _as_float(b)
        return fa == fb or abs(fa - fb) <= max(tol * max(abs(fa), abs(fb)), 2 * ABS_TOL)

    if not (close(min(g_nums), min(p_nums)) and close(max(g_nums), max(p_nums))):
        return False
    if math.isfinite(g_size + p_size):
        slack = tol * (g_size + p_size) + 2 * ABS_TOL * len(g_nums) + 1e-12 * (g_size + p_size)
        if abs(g_sum - p_sum) > slack:
            return False
    return all(close(a, b) for a, b in zip(sorted(g_nums), sorted(p_nums)))


def _columns_compatible(gold: _Side, gi: int, pred: _Side, pj: int, ctx: _Ctx) -> bool:
    """Necessary condition for gold column gi to match pred column pj: equal
    value multisets (within tolerance)."""
    g, p = gold.stats(gi), pred.stats(pj)
    if not dict.__eq__(g.kinds, p.kinds):
        return False
    if not (g.inexact or p.inexact):
        return g.hash_sum == p.hash_sum and dict.__eq__(g.counts, p.counts)
    if dict.__eq__(g.counts, p.counts):
        return True
    if tuple in g.kinds:  # arrays / JSON: compare the values themselves
        return _same_multiset(gold.project([gi]), pred.project([pj]), ctx)
    return _numbers_compatible(g, p, ctx)


RowCheck = Callable[[_Rows], bool]
ColCheck = Callable[[int, int], bool]
PartialCheck = Callable[[list[int], list[int]], bool]


def _preference(gold_names: list[str], pred_names: list[str], gi: int) -> list[int]:
    """Pred columns in the order to try for gold column gi: same position, same name, the rest."""
    name = gold_names[gi].lower()
    return sorted(range(len(pred_names)), key=lambda j: (j != gi, pred_names[j].lower() != name, j))


def _search(gold: _Side, pred: _Side, n: int, compat: ColCheck, partial: PartialCheck,
            leaf: RowCheck, ctx: _Ctx, quick: Optional[ColCheck] = None) -> Optional[list[int]]:
    """A row-aligned injective map gold column -> pred column satisfying ``leaf``.

    Depth-first over gold columns, fewest candidates first.  ``compat`` prunes
    single columns (value multisets); each partial map of two or more columns
    must pass ``partial`` (projected multisets).  Never compares columns
    sorted independently: only ``leaf`` on the aligned rows decides.  The
    expected assignment (same position, else same name) is tried first when
    it passes ``quick``.  Bounded by SEARCH_BUDGET row visits (then: no
    assignment, and a note).
    """
    k = len(gold.names)
    quick = quick or compat
    first = [_preference(gold.names, pred.names, gi)[0] for gi in range(k)]
    tried_first = len(set(first)) == k and all(quick(gi, first[gi]) for gi in range(k))
    if tried_first and leaf(pred.project(first)):
        return first
    cands: list[list[int]] = []
    for gi in range(k):
        cands.append([j for j in _preference(gold.names, pred.names, gi) if compat(gi, j)])
        if not cands[-1]:
            return None  # this gold column matches no pred column
    order = sorted(range(k), key=lambda i: (len(cands[i]), i))
    # A partial check only pays off when a later column still has a choice.
    branching = [any(len(cands[order[e]]) > 1 for e in range(d + 1, k)) for d in range(k)]
    max_nodes = max(50, SEARCH_BUDGET // max(1, n))
    nodes = 0
    mapping: dict[int, int] = {}

    def dfs(depth: int) -> Optional[list[int]]:
        nonlocal nodes
        if depth == k:
            assignment = [mapping[g] for g in range(k)]
            if tried_first and assignment == first:
                return None
            return assignment if leaf(pred.project(assignment)) else None
        gi = order[depth]
        used = set(mapping.values())
        for pj in cands[gi]:
            if pj in used:
                continue
            nodes += 1
            if nodes > max_nodes:
                raise _Budget
            if not nodes & 63:
                ctx.check_time()
            mapping[gi] = pj
            gidx = sorted(mapping)
            if depth == 0 or not branching[depth] or partial(gidx, [mapping[g] for g in gidx]):
                found = dfs(depth + 1)
                if found is not None:
                    return found
            del mapping[gi]
        return None

    try:
        return dfs(0)
    except _Budget:
        ctx.note("column assignment search budget exceeded")
        return None


def _find_assignment(target: _Target, gold: _Side, pred: _Side, leaf: RowCheck, ctx: _Ctx) -> Optional[list[int]]:
    """Column assignment for the real comparison (multiset semantics, ties relaxed)."""
    relaxed = bool(len(target.pool))

    def compat(gi: int, pj: int) -> bool:
        if relaxed:  # tie-relaxed gold: column multisets may differ, use the relaxed check itself
            return _unordered_ok(target.project([gi]), pred.project([pj]), ctx)
        return _columns_compatible(gold, gi, pred, pj, ctx)

    def quick(gi: int, pj: int) -> bool:
        return relaxed or dict.__eq__(gold.stats(gi).kinds, pred.stats(pj).kinds)

    def partial(gidx: list[int], pidx: list[int]) -> bool:
        return _unordered_ok(target.project(gidx), pred.project(pidx), ctx)

    return _search(gold, pred, target.n, compat, partial, leaf, ctx, quick)


def _set_equal_somehow(gold: _Side, pred: _Side, ctx: _Ctx) -> bool:
    """Whether some column assignment makes both sides equal as *sets*: the
    signature of a missing (or extra) DISTINCT, reported as duplicate_rows.
    Diagnosis only (near-equal floats are not merged when de-duplicating)."""
    def compat(gi: int, pj: int) -> bool:
        g, p = gold.stats(gi), pred.stats(pj)
        if g.counts.keys() == p.counts.keys():
            return True
        return (g.inexact or p.inexact) and _same_set(gold.project([gi]), pred.project([pj]), ctx)

    def partial(gidx: list[int], pidx: list[int]) -> bool:
        return _same_set(gold.project(gidx), pred.project(pidx), ctx)

    def leaf(rows: _Rows) -> bool:
        return _same_set(gold.rows, rows, ctx)

    return _search(gold, pred, len(gold.rows), compat, partial, leaf, ctx) is not None
