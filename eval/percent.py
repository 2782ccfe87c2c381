"""Percentages shown to people, with one rounding rule for every output.

Computed exactly from the counts (a Fraction, never a float), shown with one decimal, halves
rounded away from zero: 13/16 = 81.25 % is "81.3" on the console table, in report.md, report.html
and in the gate's messages alike.  summary.json keeps its unrounded floats (docs/FORMATS.md).
"""
from __future__ import annotations

import math
from fractions import Fraction


def pct_exact(k: int, n: int) -> Fraction:
    return Fraction(100 * k, n)


def fmt_tenths(x: Fraction) -> str:
    """One decimal, halves rounded away from zero (72.25 -> 72.3), computed exactly."""
    sign = "-" if x < 0 else ""
    tenths = math.floor(abs(x) * 10 + Fraction(1, 2))
    return f"{sign}{tenths // 10}.{tenths % 10}"


def fmt_pct(k: int, n: int, empty: str = "-") -> str:
    """``100 k / n`` with one decimal; ``empty`` when n is 0."""
    return empty if n == 0 else fmt_tenths(pct_exact(k, n))
