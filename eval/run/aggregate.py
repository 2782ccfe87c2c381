"""The one aggregation of result records: how many of n have a flag set, per group.

summary.json (eval/run/results.py), the report's tables (eval/report/tables.py) and the paired
comparison the gate reads (eval/report/compare.py) all count with :func:`counts`; a percentage is
always computed from such a count, exactly (eval/percent.py's Fraction): unrounded as a float in
summary.json, with the one rounding rule wherever it is shown.
"""
from __future__ import annotations

from collections import Counter
from fractions import Fraction
from typing import Callable, Iterable, Mapping, NamedTuple, Optional, Union

from eval.percent import fmt_pct, pct_exact

Key = Union[None, str, Callable[[Mapping], str]]


class Count(NamedTuple):
    """``k`` of ``n`` records (a tuple: ``k, n = count``)."""

    k: int
    n: int

    @property
    def exact(self) -> Fraction:
        """100 k / n exactly; 0 when n is 0."""
        return pct_exact(self.k, self.n) if self.n else Fraction(0)

    @property
    def percent(self) -> float:
        """100 k / n unrounded (summary.json's figures): the float nearest the exact value."""
        return float(self.exact)

    def shown(self, empty: str = "-") -> str:
        """One decimal, halves away from zero (eval/percent.py); ``empty`` when n is 0."""
        return fmt_pct(self.k, self.n, empty)


def flag(rec: Mapping, name: str) -> int:
    """A 0/1 field of a record as an int; missing or "" (a run that did not record it) is 0."""
    return int(rec.get(name) or 0)


def group_of(rec: Mapping, key: Key, missing: str = "") -> str:
    """The group ``rec`` falls in: "overall" when key is None, else the field's value (or
    ``missing`` when empty), or what ``key(rec)`` returns."""
    if key is None:
        return "overall"
    if callable(key):
        return key(rec)
    return rec.get(key) or missing


def counts(records: Iterable[Mapping], key: Key = None, field: str = "correct", *, missing: str = "",
           order: Optional[Iterable[str]] = None) -> dict[str, Count]:
    """Count(k = records with ``field`` set, n = records) per group of ``key`` (see group_of).

    Groups come in ``order`` (those present) and then sorted; with key None, the one group is
    "overall"."""
    kn: dict[str, list[int]] = {}
    for r in records:
        x = kn.setdefault(group_of(r, key, missing), [0, 0])
        x[0] += flag(r, field)
        x[1] += 1
    first = [g for g in (order or ()) if g in kn]
    rest = sorted(g for g in kn if g not in set(first))
    return {g: Count(*kn[g]) for g in first + rest}


def overall(records: Iterable[Mapping], field: str = "correct") -> Count:
    """Count over all records (0 of 0 when there are none)."""
    return counts(records, None, field).get("overall", Count(0, 0))


def reason_counts(records: Iterable[Mapping]) -> Counter:
    """How many records carry each reason code."""
    return Counter(r["reason"] for r in records)
