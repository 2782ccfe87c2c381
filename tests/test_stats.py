"""Wilson intervals and exact McNemar p-values against values worked out by hand."""
import math

import pytest

from eval.report.stats import binom_cdf_half, mcnemar_exact, wilson_interval, z_value


def r4(pair):
    return tuple(round(x, 4) for x in pair)


def test_z_for_95_percent():
    assert round(z_value(0.95), 6) == 1.959964


# Hand computation, z = 1.96, z^2 = 3.8416, n = 10:
#   denominator 1 + z^2/n = 1.38416, z^2/2n = 0.19208, z^2/4n^2 = 0.009604
#   0/10: centre = 0.19208/1.38416 = 0.13877, half = 1.96*sqrt(0.009604)/1.38416 = 0.13877 -> [0, 0.2775]
#   5/10: centre = 0.5, half = 1.96*sqrt(0.025 + 0.009604)/1.38416 = 0.2634 -> [0.2366, 0.7634]
#   8/10: centre = 0.99208/1.38416 = 0.71674, half = 1.96*sqrt(0.016 + 0.009604)/1.38416 = 0.22657
@pytest.mark.parametrize("k,n,expected", [
    (0, 10, (0.0, 0.2775)),
    (10, 10, (0.7225, 1.0)),
    (5, 10, (0.2366, 0.7634)),
    (8, 10, (0.4902, 0.9433)),
    (2, 4, (0.15, 0.85)),
])
def test_wilson_hand_values(k, n, expected):
    assert r4(wilson_interval(k, n)) == expected


def test_wilson_edges_are_exact_and_symmetric():
    lo, hi = wilson_interval(0, 7)
    assert lo == 0.0 and 0 < hi < 1
    lo, hi = wilson_interval(7, 7)
    assert hi == 1.0 and 0 < lo < 1
    for k in range(0, 13):
        lo, hi = wilson_interval(k, 12)
        lo2, hi2 = wilson_interval(12 - k, 12)
        assert math.isclose(lo, 1 - hi2, abs_tol=1e-12) and math.isclose(hi, 1 - lo2, abs_tol=1e-12)
        assert lo <= k / 12 <= hi


def test_wilson_narrows_with_n_and_widens_with_confidence():
    def w(k, n, c=0.95):
        return wilson_interval(k, n, c)[1] - wilson_interval(k, n, c)[0]

    assert w(50, 100) < w(5, 10)
    assert w(5, 10, 0.99) > w(5, 10, 0.95) > w(5, 10, 0.80)


def test_wilson_no_data_and_bad_input():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson_interval(11, 10)
    with pytest.raises(ValueError):
        wilson_interval(-1, 10)
    with pytest.raises(ValueError):
        z_value(1.0)


@pytest.mark.parametrize("b,c,p", [
    (0, 5, 0.0625),            # 2 * (1/32)
    (5, 0, 0.0625),            # symmetric
    (1, 1, 1.0),               # 2 * P(X<=1 | n=2) = 2 * 3/4 -> capped at 1
    (0, 0, 1.0),               # no discordant pair: no evidence
    (0, 6, 0.03125),           # 2 * (1/64)
    (2, 8, 0.109375),          # 2 * (1 + 10 + 45)/1024 = 112/1024
    (1, 9, 0.021484375),       # 2 * (1 + 10)/1024
    (3, 3, 1.0),
    (0, 1, 1.0),
])
def test_mcnemar_hand_values(b, c, p):
    assert mcnemar_exact(b, c) == pytest.approx(p, abs=1e-15)


def test_mcnemar_large_counts_stay_finite():
    assert mcnemar_exact(500, 500) == 1.0
    p = mcnemar_exact(100, 150)
    assert 0.0 < p < 0.01
    assert mcnemar_exact(150, 100) == p
    assert mcnemar_exact(0, 1100) == 0.0  # 2**-1099 underflows: reported as 0, never NaN


def test_binomial_cdf_half():
    assert binom_cdf_half(-1, 4) == 0.0
    assert binom_cdf_half(4, 4) == 1.0
    assert binom_cdf_half(2, 4) == pytest.approx(11 / 16)  # (1 + 4 + 6)/16
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 2)
