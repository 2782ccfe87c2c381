"""Gold targets: what a prediction must equal, with tie groups of an ORDER BY and LIMIT through ties (rules 3 and 4 of eval/scoring/comparator.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from eval.scoring.verdict import GoldEvidence
from eval.scoring.values import _row_eq
from eval.scoring.multisets import _Ctx, _Rows, _normalized, _same_multiset, _take


@dataclass
class _Target:
    """What a prediction's rows must satisfy, in gold column order.

    ``rows``: the gold as executed.  A prediction must hold every ``fixed``
    row, and its other ``n - len(fixed)`` rows must come from ``pool`` (the
    rows of tie groups cut by LIMIT/OFFSET).  ``segments`` (ordered
    comparison only): consecutive (tie group rows, how many the window takes).
    """

    rows: _Rows
    fixed: _Rows
    pool: _Rows
    n: int
    width: int
    segments: Optional[list[tuple[list[tuple], int]]] = None
    ambiguous: bool = False

    def project(self, idx: Sequence[int]) -> "_Target":
        w = self.width
        return _Target(self.rows.project(idx, w), self.fixed.project(idx, w), self.pool.project(idx, w),
                       self.n, len(idx))


def _plain_target(rows: _Rows, width: int) -> _Target:
    return _Target(rows, rows, _Rows([]), len(rows), width)


def _unordered_ok(target: _Target, pred: _Rows, ctx: _Ctx) -> bool:
    if len(pred) != target.n:
        return False
    if not len(target.pool):
        return _same_multiset(target.fixed, pred, ctx)
    rest = _take(pred, target.fixed, ctx)
    return rest is not None and _take(target.pool, _Rows(rest), ctx) is not None


def _ordered_ok(target: _Target, pred: _Rows, ctx: _Ctx) -> bool:
    """Each tie group's rows, in sequence; any order inside a group."""
    assert target.segments is not None
    rows = pred.rows
    if len(rows) != target.n:
        return False
    pos, tol = 0, ctx.rel_tol
    for group, take in target.segments:
        if len(group) == 1:
            if not _row_eq(group[0], rows[pos], tol):
                return False
        else:
            chunk = _Rows(rows[pos:pos + take])
            if take == len(group):
                if not _same_multiset(_Rows(group), chunk, ctx):
                    return False
            elif _take(_Rows(group), chunk, ctx) is None:
                return False
        pos += take
    return True


def _tie_groups(keys: list[tuple]) -> list[tuple[int, int]]:
    """[start, end) runs of equal sort keys (exact equality: PostgreSQL's sort
    keeps 1.0 and 1.0000001 apart; NULLs and NaNs tie with themselves)."""
    groups, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            groups.append((start, i))
            start = i
    return groups


def _window_split(body: list[tuple], groups: list[tuple[int, int]], start: int,
                  end: int) -> tuple[list[tuple], list[tuple]]:
    """(fixed, pool) of the window [start, end): the tie groups it cuts (at
    most the first and the last of ``groups``, those overlapping the window)
    go whole to the pool; everything between is fixed."""
    if not groups:
        return [], []
    (f0, f1), (l0, l1) = groups[0], groups[-1]
    first_cut, last_cut = f0 < start, l1 > end
    if (f0, f1) == (l0, l1):
        return ([], body[f0:f1]) if first_cut or last_cut else (body[f0:f1], [])
    lo, hi = (f1 if first_cut else start), (l0 if last_cut else end)
    pool = (body[f0:f1] if first_cut else []) + (body[l0:l1] if last_cut else [])
    return body[lo:hi], pool


def _keyed_target(gold: GoldEvidence, rows: _Rows, ordered: bool, ctx: _Ctx) -> Optional[_Target]:
    """The target built from the keyed gold: tie groups and the LIMIT/OFFSET window."""
    plan, keyed, k = gold.plan, gold.keyed, len(gold.result.columns)
    if keyed is None or plan.n_keys <= 0 or len(keyed.columns) != k + plan.n_keys:
        ctx.note(f"sort keys unavailable ({plan.note or 'keyed gold not executed'})")
        return None
    full = _normalized(keyed.rows, len(keyed.columns))
    body = full.project(range(k), k + plan.n_keys).rows
    keys = full.project(range(k, k + plan.n_keys), k + plan.n_keys).rows
    start = min(plan.offset or 0, len(body))
    end = len(body) if plan.limit is None else min(start + plan.limit, len(body))
    groups = [(g0, g1) for g0, g1 in _tie_groups(keys) if min(g1, end) > max(g0, start)]
    fixed, pool = _window_split(body, groups, start, end)
    segments = [(body[g0:g1], min(g1, end) - max(g0, start)) for g0, g1 in groups] if ordered else None
    target = _Target(rows, _Rows(fixed), _Rows(pool), end - start, k, segments, bool(pool))
    if not _unordered_ok(target, rows, ctx):
        ctx.note("keyed gold disagrees with the gold result: tie groups ignored")
        return None
    return target


def _build_target(gold: GoldEvidence, rows: _Rows, ordered: bool, ctx: _Ctx) -> _Target:
    plan, k = gold.plan, len(gold.result.columns)
    cut = plan.ordered and (plan.limit is not None or bool(plan.offset))
    if plan.ordered and (ordered or cut):
        target = _keyed_target(gold, rows, ordered, ctx)
        if target is not None:
            return target
        if ordered:
            ctx.note("strict row order")
            return _Target(rows, rows, _Rows([]), len(rows), k, [([r], 1) for r in rows.rows])
        ctx.note("LIMIT tie check unavailable")
    return _plain_target(rows, k)
