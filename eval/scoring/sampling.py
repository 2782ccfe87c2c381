"""Metrics over several samples per question: pass@k, mean accuracy, maj@k, bootstrap intervals.

Pure functions over verdicts already decided by the comparator; no database.  Definitions
(docs/REPORTS.md has a worked example):

* **pass@k** — the unbiased estimator of Chen et al. (2021): with ``n`` samples of which ``c`` are
  correct, ``1 - C(n-c, k) / C(n, k)``, the chance that at least one of ``k`` samples drawn
  without replacement is correct; averaged over questions.  Exact (a :class:`Fraction`).
* **mean@k** — the share of correct samples among the first ``k``, averaged over questions (pass@1
  when every sample is used); its spread across sample indices is :func:`seed_spread`.
* **maj@k** — majority vote by *execution result*: the first ``k`` samples are grouped, each joining
  the first group whose representative's result is equivalent to its own (the caller's ``same``,
  the comparator applied between two predictions); samples that produced no result (no SQL, an
  error, a timeout) do not vote.  The largest group wins; a tie goes to the group whose first
  member came earliest, so a greedy sample placed at index 0 wins its ties.  The question counts
  as correct when the winning group's representative is correct.  No votes: incorrect.
* Intervals: a percentile bootstrap over questions (:func:`bootstrap_interval`), seeded.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Optional, Sequence


def pass_at_k(n: int, c: int, k: int) -> Fraction:
    """Unbiased pass@k for one question with ``n`` samples, ``c`` of them correct (``1 <= k <= n``)."""
    if not (0 <= c <= n) or not (1 <= k <= n):
        raise ValueError(f"pass@k needs 0 <= c <= n and 1 <= k <= n (n={n}, c={c}, k={k})")
    if n - c < k:
        return Fraction(1)
    return 1 - Fraction(math.comb(n - c, k), math.comb(n, k))


def mean_at_k(flags: Sequence[bool], k: Optional[int] = None) -> Fraction:
    """Share of correct samples among the first ``k`` (all when None)."""
    used = list(flags[:k] if k is not None else flags)
    if not used:
        raise ValueError("mean@k of no samples")
    return Fraction(sum(1 for f in used if f), len(used))


@dataclass(frozen=True)
class Vote:
    """maj@k of one question: the groups (sample indices, first member first), the winner's index in
    ``groups`` (None when no sample produced a result), and whether the winning answer is correct."""

    groups: tuple[tuple[int, ...], ...]
    winner: Optional[int]
    correct: bool


def majority_vote(results: Sequence[Optional[object]], correct: Sequence[bool],
                  same: Callable[[int, int], bool], k: Optional[int] = None) -> Vote:
    """Group the first ``k`` samples by equivalent results and vote (see the module docstring).

    ``results[i]`` is sample i's result (None: it produced none and does not vote); ``same(i, j)``
    says whether samples i and j gave equivalent results (called with ``i`` a group's first member);
    ``correct[i]`` is sample i's verdict.
    """
    n = len(results) if k is None else min(k, len(results))
    groups: list[list[int]] = []
    for i in range(n):
        if results[i] is None:
            continue
        for g in groups:
            if same(g[0], i):
                g.append(i)
                break
        else:
            groups.append([i])
    if not groups:
        return Vote((), None, False)
    winner = max(range(len(groups)), key=lambda gi: (len(groups[gi]), -groups[gi][0]))
    return Vote(tuple(tuple(g) for g in groups), winner, bool(correct[groups[winner][0]]))


def average(values: Sequence[Fraction]) -> Fraction:
    if not values:
        raise ValueError("an average of no questions")
    return sum(values, Fraction(0)) / len(values)


def bootstrap_interval(values: Sequence[float], *, level: float = 0.95, resamples: int = 2000,
                       seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of per-question ``values`` (resampling questions)."""
    if not values:
        raise ValueError("a bootstrap interval of no questions")
    if not 0 < level < 1 or resamples < 1:
        raise ValueError("level must be in (0, 1) and resamples >= 1")
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    lo_i = int(math.floor((1 - level) / 2 * (resamples - 1)))
    hi_i = int(math.ceil((1 + level) / 2 * (resamples - 1)))
    return means[lo_i], means[hi_i]


def seed_spread(samples: Sequence[Sequence[bool]]) -> float:
    """Standard deviation (population) across sample indices of the accuracy at that index:
    how much a single-sample run's score varies with the seed.  ``samples[q][i]``: question q, sample i."""
    if not samples:
        raise ValueError("a spread over no questions")
    width = min(len(s) for s in samples)
    if width < 1:
        raise ValueError("every question needs at least one sample")
    accs = [sum(1 for s in samples if s[i]) / len(samples) for i in range(width)]
    mean = sum(accs) / width
    return math.sqrt(sum((a - mean) ** 2 for a in accs) / width)


# --------------------------------------------------------------------------- what a K-sample run reports


def ks_for(k_max: int) -> list[int]:
    """The k a run with ``k_max`` samples reports: 1, the powers of two below ``k_max``, and ``k_max``
    (5 -> [1, 2, 4, 5])."""
    if k_max < 1:
        raise ValueError(f"need at least one sample, got {k_max}")
    out, k = [], 1
    while k < k_max:
        out.append(k)
        k *= 2
    return out + [k_max]


def metric_names(k_max: int, greedy: bool = False) -> list[str]:
    """Every per-question metric of a ``k_max``-sample run, in report order."""
    ks = ks_for(k_max)
    names = [f"pass@{k}" for k in ks] + [f"mean@{k_max}"] + [f"maj@{k}" for k in ks]
    return names + (["greedy"] if greedy else [])


def bootstrap_intervals(columns: dict[str, Sequence[float]], *, level: float = 0.95, resamples: int = 2000,
                        seed: int = 0) -> dict[str, tuple[float, float]]:
    """:func:`bootstrap_interval` of several per-question columns at once, the same resampled
    questions for every column (one seeded draw of ``resamples`` x n indices; numpy's PCG64), with
    the same percentile rule.  Every column must have the same length n >= 1."""
    import numpy as np  # noqa: PLC0415 - a dependency of pandas (requirements.txt); only when intervals are asked for

    lengths = {len(v) for v in columns.values()}
    if not columns:
        return {}
    if len(lengths) != 1 or 0 in lengths:
        raise ValueError("every column needs the same number (>= 1) of questions")
    if not 0 < level < 1 or resamples < 1:
        raise ValueError("level must be in (0, 1) and resamples >= 1")
    n = lengths.pop()
    idx = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    lo_i = int(math.floor((1 - level) / 2 * (resamples - 1)))
    hi_i = int(math.ceil((1 + level) / 2 * (resamples - 1)))
    out = {}
    for name, values in columns.items():
        means = np.sort(np.asarray(values, dtype=float)[idx].mean(axis=1))
        out[name] = (float(means[lo_i]), float(means[hi_i]))
    return out
