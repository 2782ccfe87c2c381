"""Small-sample statistics for accuracy reports, standard library only.

Two tools, both chosen because benchmark categories are small (20-60
questions) and accuracies sit near 0 % or 100 %:

* :func:`wilson_interval` -- a confidence interval for one accuracy k/n.
  Unlike the textbook "p +/- z*sqrt(p(1-p)/n)" (the Wald interval) it never
  leaves [0, 1] and does not collapse to a zero-width interval at 0/n or n/n.
* :func:`mcnemar_exact` -- the exact (binomial) McNemar test for two models
  scored on the *same* questions.  Only discordant questions carry
  information: ``b`` = A right and B wrong, ``c`` = A wrong and B right.
  Under "no difference" each discordant question is a fair coin flip, so
  ``min(b, c)`` follows Binomial(b + c, 1/2).
"""
from __future__ import annotations

import math
from statistics import NormalDist

__all__ = ["z_value", "wilson_interval", "mcnemar_exact", "binom_cdf_half"]


def z_value(confidence: float = 0.95) -> float:
    """Two-sided standard-normal quantile: 1.959964 for 95 %."""
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be in (0, 1), got {confidence}")
    return NormalDist().inv_cdf(0.5 + confidence / 2.0)


def wilson_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n, as fractions in [0, 1].

    centre = (p + z^2/2n) / (1 + z^2/n)
    half   = z * sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n)

    At k = 0 the lower bound is exactly 0 and at k = n the upper bound is
    exactly 1 (the formula gives that up to rounding; it is pinned so a
    report never prints 100.0 as "[.., 100.0]" with a stray 99.99..).
    n = 0 gives the uninformative interval (0, 1).
    """
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return (0.0, 1.0)
    z = z_value(confidence)
    p = k / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


def binom_cdf_half(x: int, n: int) -> float:
    """P(X <= x) for X ~ Binomial(n, 1/2), computed exactly in integers."""
    if x < 0:
        return 0.0
    if x >= n:
        return 1.0
    total = sum(math.comb(n, i) for i in range(x + 1))
    return total / (1 << n)  # int / int: correctly rounded even for huge n


def mcnemar_exact(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value for discordant counts b and c.

    p = min(1, 2 * P(X <= min(b, c))),  X ~ Binomial(b + c, 1/2).

    b = c = 0 (no discordant question) gives 1.0: there is no evidence of a
    difference.  Examples: b=0, c=5 -> 2/32 = 0.0625 (five wins out of five
    is *not* significant at 0.05); b=0, c=6 -> 0.03125; b=1, c=1 -> 1.0.
    """
    if b < 0 or c < 0:
        raise ValueError(f"discordant counts must be >= 0, got b={b}, c={c}")
    n = b + c
    if n == 0:
        return 1.0
    return min(1.0, 2.0 * binom_cdf_half(min(b, c), n))
