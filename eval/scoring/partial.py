"""Partial credit: a row-aligned soft F1 between a gold result and a predicted one.

Reported beside ``correct``, never instead of it.  BIRD's Soft-F1 pairs rows by position after
removing duplicates; this one pairs them as the comparator does (eval/scoring/columns.py): each gold
column is assigned a distinct predicted column, rows are compared whole through that assignment,
and rows are a *multiset* (a duplicate counts as many times as it occurs, so a missing DISTINCT
lowers precision).  Values are compared as the comparator compares them (booleans are not numbers,
NaN equals NaN, a naive midnight timestamp equals its date, int/Decimal/float by value), numbers
within the relative tolerance after rounding to the tolerance's digits (two numbers within
tolerance that straddle a rounding boundary count as different here: partial credit is a
measurement, not a verdict).  Extra predicted columns cost nothing (as in the comparator).

* ``matched`` = the size of the multiset intersection of the gold rows and the predicted rows
  projected onto the assigned columns, for the assignment that maximises it (a beam search over
  the gold columns, candidates ranked by how many values the two columns share);
* precision = matched / predicted rows, recall = matched / gold rows, F1 their harmonic mean;
* both results empty: 1, 1, 1; exactly one empty, or a gold column no predicted column can take:
  the rows cannot match, 0.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional, Sequence

from eval.scoring.values import _norm, _rounder

BEAM = 16
CANDIDATES = 4


@dataclass(frozen=True)
class SoftF1:
    precision: float
    recall: float
    f1: float
    matched: int
    #: gold column i -> the predicted column assigned to it (None when none could be)
    assignment: tuple[Optional[int], ...]


def _keys(rows: Sequence[tuple], rel_tol: float) -> list[tuple]:
    rnd = _rounder(rel_tol)
    if rnd is None:
        return [tuple(_norm(v) for v in row) for row in rows]
    return [tuple(rnd(_norm(v)) for v in row) for row in rows]


def _overlap(a: Counter, b: Counter) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(c, b[k]) for k, c in a.items() if k in b)


def soft_f1(gold_rows: Sequence[tuple], pred_rows: Sequence[tuple], *, rel_tol: float = 1e-6) -> SoftF1:
    """The row-aligned soft F1 of ``pred_rows`` against ``gold_rows`` (see the module docstring)."""
    g_n, p_n = len(gold_rows), len(pred_rows)
    g_w = len(gold_rows[0]) if g_n else 0
    p_w = len(pred_rows[0]) if p_n else 0
    if g_n == 0 and p_n == 0:
        return SoftF1(1.0, 1.0, 1.0, 0, ())
    if g_n == 0 or p_n == 0:
        return SoftF1(0.0, 0.0, 0.0, 0, (None,) * g_w)
    gold, pred = _keys(gold_rows, rel_tol), _keys(pred_rows, rel_tol)
    gold_cols = [Counter(r[i] for r in gold) for i in range(g_w)]
    pred_cols = [Counter(r[j] for r in pred) for j in range(p_w)]
    candidates = []
    for i in range(g_w):
        scored = [(_overlap(gold_cols[i], pred_cols[j]), j) for j in range(p_w)]
        ranked = [j for s, j in sorted(scored, key=lambda t: (-t[0], t[1] != i, t[1])) if s > 0]
        candidates.append(ranked[:CANDIDATES])
    beam: list[tuple[int, tuple[int, ...]]] = [(g_n, ())]
    for i in range(g_w):
        grown = []
        g_proj = Counter(r[: i + 1] for r in gold)
        for _, chosen in beam:
            for j in candidates[i]:
                if j in chosen:
                    continue
                cols = (*chosen, j)
                p_proj = Counter(tuple(r[c] for c in cols) for r in pred)
                grown.append((_overlap(g_proj, p_proj), cols))
        if not grown:
            return SoftF1(0.0, 0.0, 0.0, 0, tuple(beam[0][1]) + (None,) * (g_w - len(beam[0][1])))
        grown.sort(key=lambda t: (-t[0], t[1]))
        beam = grown[:BEAM]
    matched, cols = beam[0]
    precision, recall = matched / p_n, matched / g_n
    f1 = 0.0 if matched == 0 else 2 * precision * recall / (precision + recall)
    return SoftF1(precision, recall, f1, matched, tuple(cols))


# --------------------------------------------------------------------------- efficiency


def cost_ratio(gold_cost: Optional[float], pred_cost: Optional[float]) -> Optional[float]:
    """The gold's planner cost over the prediction's (> 1: the prediction plans cheaper); None when
    either is unknown.  Computed for correct predictions only (the caller's rule)."""
    if gold_cost is None or pred_cost is None or gold_cost < 0 or pred_cost < 0:
        return None
    if pred_cost == 0:
        return None if gold_cost == 0 else float("inf")
    return gold_cost / pred_cost if gold_cost > 0 else 0.0


def ves(ratios: Sequence[Optional[float]], n_questions: int) -> Optional[float]:
    """A VES-style score from planner costs: sum over the correct predictions of sqrt(cost ratio),
    divided by all questions (an incorrect prediction adds 0), as BIRD's VES does with wall-clock
    ratios; a ratio is capped at 100 (a cost of 0 against a positive one).  None with no question."""
    if n_questions <= 0:
        return None
    total = sum(min(r, 100.0) ** 0.5 for r in ratios if r is not None)
    return total / n_questions
