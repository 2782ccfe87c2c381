"""A sweep of the shown-digits bound (eval/scoring/values.py ``_shown_digits_cap``) over magnitudes
and scales: rounded numerics meet their float/unrounded twins, never a neighbour one unit of the last
decimal away, and the bound only ever tightens the relative tolerance."""
from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

import pytest

from eval.scoring.comparator import compare
from eval.scoring.limits import FLOAT_NOISE
from eval.scoring.values import _numbers_close
from eval.scoring.verdict import GoldEvidence
from eval.sqltext.rewrite import order_plan
from eval.types import ResultSet

MAGNITUDES = [10.0 ** e for e in range(-3, 15)]
SCALES = range(0, 7)


def _rounded(x: float, places: int) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _values(seed: int):
    rng = random.Random(seed)
    for mag in MAGNITUDES:
        for places in SCALES:
            x = rng.uniform(1, 9.99) * mag * rng.choice((1, -1))
            yield x, places, _rounded(x, places)


@pytest.mark.parametrize("seed", range(5))
def test_rounded_numeric_meets_its_unrounded_value(seed: int):
    for x, places, gold in _values(seed):
        if places == 0 and abs(x) < 1:
            continue  # ROUND(x) of a small value is 0 or ±1: the tolerance compares it with x as before
        noise = abs(float(gold)) * 1e-15
        assert _numbers_close(gold, float(gold) + noise, 1e-6) or float(gold) + noise == gold, (gold, x)
        if abs(float(gold) - x) * (1 + 1e-9) < 0.5 * 10.0 ** -places and abs(x) < 1e13:
            unrounded = abs(x - float(gold)) <= max(1e-6 * abs(x), 1e-9)
            # unrounded values are met where the relative tolerance already met them, or within the cap
            assert _numbers_close(gold, x, 1e-6) or not unrounded, (gold, x)


@pytest.mark.parametrize("seed", range(5))
def test_one_unit_of_the_last_decimal_is_never_met(seed: int):
    for _, places, gold in _values(seed):
        unit = Decimal(1).scaleb(-places)
        if float(unit) <= 2 * FLOAT_NOISE * abs(float(gold)):
            continue  # a unit below what doubles resolve at that magnitude: the FLOAT_NOISE floor decides
        for other in (gold + unit, gold - unit):
            if gold == gold.to_integral_value() and other == other.to_integral_value():
                continue  # two integers: exact comparison, tested elsewhere
            assert not _numbers_close(gold, other, 1e-6), (gold, other)
            assert not _numbers_close(gold, float(other), 1e-6), (gold, other)


@pytest.mark.parametrize("seed", range(5))
def test_the_bound_never_loosens_the_relative_tolerance(seed: int):
    rng = random.Random(100 + seed)
    for _ in range(2000):
        places = rng.randrange(0, 9)
        mag = 10.0 ** rng.randrange(-3, 15)
        gold = _rounded(rng.uniform(1, 9.99) * mag, places)
        pred = float(gold) * (1 + rng.uniform(-3e-6, 3e-6))
        if _numbers_close(gold, pred, 1e-6):
            assert abs(float(gold) - pred) <= max(1e-6 * max(abs(float(gold)), abs(pred)), 1e-9)


def test_many_large_rounded_rows_paired_by_the_rounding_stage():
    """More than 8 unpaired rows go through the rounding pre-pairing: one row a cent off is caught."""
    gold = [(i, Decimal(f"{1_000_000 + 37 * i}.45")) for i in range(200)]
    close = [(i, float(v) + 1e-8) for i, v in gold]
    off = list(close)
    off[123] = (123, float(gold[123][1]) + 0.01)
    ev = GoldEvidence(ResultSet(["id", "amount"], gold), order_plan("SELECT id, amount FROM t"))
    ok = compare([ev], ResultSet(["id", "amount"], close[::-1]), question_text="", category="where")
    bad = compare([ev], ResultSet(["id", "amount"], off[::-1]), question_text="", category="where")
    assert (ok.correct, ok.reason) == (True, "match")
    assert (bad.correct, bad.reason) == (False, "wrong_values")
