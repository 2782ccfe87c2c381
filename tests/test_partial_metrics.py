"""Multi-sample metrics (eval/scoring/sampling.py), soft F1 (eval/scoring/partial.py) and schema
linking (eval/sqltext/linking.py): hand-computed values and a case table."""
from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from eval.scoring.partial import soft_f1
from eval.scoring.sampling import (average, bootstrap_interval, majority_vote, mean_at_k, pass_at_k,
                                   seed_spread)
from eval.sqltext.linking import linking_scores, references

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "soft_f1_cases.jsonl").read_text().splitlines()
         if line.strip()]


def _value(v):
    if isinstance(v, dict):
        (tag, text), = v.items()
        return {"$dec": Decimal, "$date": dt.date.fromisoformat, "$ts": dt.datetime.fromisoformat}[tag](text)
    return v


def _rows(rows):
    return [tuple(_value(v) for v in row) for row in rows]


# ----------------------------------------------------------------------------- pass@k
@pytest.mark.parametrize("n, c, k, expected", [
    (5, 0, 1, Fraction(0)), (5, 5, 1, Fraction(1)), (5, 1, 1, Fraction(1, 5)), (5, 2, 1, Fraction(2, 5)),
    # 1 - C(3,2)/C(5,2) = 1 - 3/10
    (5, 2, 2, Fraction(7, 10)),
    # 1 - C(4,3)/C(5,3) = 1 - 4/10
    (5, 1, 3, Fraction(3, 5)),
    (5, 3, 3, Fraction(1)),  # n - c < k: some sample is always correct
    (10, 3, 5, 1 - Fraction(math.comb(7, 5), math.comb(10, 5))),
    (1, 1, 1, Fraction(1)),
])
def test_pass_at_k_hand_computed(n, c, k, expected):
    assert pass_at_k(n, c, k) == expected


@pytest.mark.parametrize("n, c, k", [(5, 6, 1), (5, 1, 0), (5, 1, 6), (0, 0, 1), (5, -1, 1)])
def test_pass_at_k_rejects_impossible_counts(n, c, k):
    with pytest.raises(ValueError):
        pass_at_k(n, c, k)


def test_pass_at_1_is_mean_accuracy_and_averages_over_questions():
    flags = [True, False, False, True, True]
    assert pass_at_k(5, 3, 1) == mean_at_k(flags) == Fraction(3, 5)
    assert mean_at_k(flags, 2) == Fraction(1, 2)
    assert average([pass_at_k(5, 3, 1), pass_at_k(5, 0, 1)]) == Fraction(3, 10)


# ----------------------------------------------------------------------------- maj@k
def _same_by_key(keys):
    return lambda i, j: keys[i] == keys[j]


def test_equivalent_but_different_sql_is_one_answer():
    # samples 0 and 2 are different SQL with equivalent results ("A"), 1 and 3 give "B", 4 gives "A"
    keys = ["A", "B", "A", "B", "A"]
    correct = [True, False, True, False, True]
    vote = majority_vote(keys, correct, _same_by_key(keys))
    assert vote.groups == ((0, 2, 4), (1, 3)) and vote.winner == 0 and vote.correct


def test_ties_go_to_the_earliest_group_and_failed_samples_do_not_vote():
    keys = [None, "B", "A", "A", "B", None]
    correct = [False, False, True, True, False, False]
    vote = majority_vote(keys, correct, _same_by_key(keys))
    assert vote.groups == ((1, 4), (2, 3)) and vote.winner == 0 and not vote.correct  # B came first
    assert majority_vote(keys, correct, _same_by_key(keys), k=4).correct  # first 4: A twice, B once
    assert majority_vote([None, None], [False, False], _same_by_key([None, None])) .winner is None


def test_maj_at_k_uses_the_callers_equivalence_not_equality():
    results = [1.0, 1.0000000001, 2.0]
    vote = majority_vote(results, [True, True, False], lambda i, j: abs(results[i] - results[j]) < 1e-6)
    assert vote.groups == ((0, 1), (2,)) and vote.correct


# ----------------------------------------------------------------------------- intervals, spread
def test_bootstrap_interval_is_seeded_and_brackets_the_mean():
    values = [1.0] * 30 + [0.0] * 10
    a = bootstrap_interval(values, seed=7)
    assert a == bootstrap_interval(values, seed=7)
    assert a != bootstrap_interval(values, seed=8)
    assert a[0] < 0.75 < a[1] and 0.5 < a[0] and a[1] < 0.95
    assert bootstrap_interval([1.0] * 5) == (1.0, 1.0)


def test_seed_spread():
    # accuracy at sample index 0: 1.0, index 1: 0.5 -> population sd 0.25
    assert seed_spread([[True, True], [True, False]]) == pytest.approx(0.25)
    assert seed_spread([[True, True], [False, False]]) == 0.0


# ----------------------------------------------------------------------------- soft F1
def test_the_case_table_is_big_enough():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_soft_f1_cases(case):
    got = soft_f1(_rows(case["gold"]), _rows(case["pred"]))
    assert got.precision == pytest.approx(case["p"]) and got.recall == pytest.approx(case["r"])
    p, r = case["p"], case["r"]
    assert got.f1 == pytest.approx(0.0 if p + r == 0 else 2 * p * r / (p + r))


def test_soft_f1_reports_the_assignment():
    got = soft_f1([(1, "a"), (2, "b")], [("x", "a", 1), ("y", "b", 2)])
    assert got.assignment == (2, 1) and got.matched == 2


# ----------------------------------------------------------------------------- schema linking
SCHEMA = {"orders": {"id": "int", "customer_id": "int", "amount": "numeric"},
          "customers": {"id": "int", "name": "text"}}


@pytest.mark.parametrize("sql, tables, columns", [
    ("SELECT name FROM customers", {"customers"}, {"customers.name"}),
    ("SELECT c.name FROM customers AS c", {"customers"}, {"customers.name"}),
    ("SELECT * FROM customers", {"customers"}, {"customers.id", "customers.name"}),
    ("SELECT COUNT(*) FROM orders", {"orders"}, set()),
    ("WITH t AS (SELECT customer_id, SUM(amount) AS s FROM orders GROUP BY 1) SELECT c.name, t.s FROM t "
     "JOIN customers c ON c.id = t.customer_id", {"orders", "customers"},
     {"orders.customer_id", "orders.amount", "customers.id", "customers.name"}),
    ("SELECT name FROM Customers WHERE id IN (SELECT customer_id FROM orders)", {"customers", "orders"},
     {"customers.name", "customers.id", "orders.customer_id"}),
])
def test_references(sql, tables, columns):
    refs = references(sql, SCHEMA)
    assert refs.ok and set(refs.tables) == tables and set(refs.columns) == columns


def test_linking_scores():
    s = linking_scores("SELECT name FROM customers",
                       "SELECT c.name FROM customers c JOIN orders o ON o.customer_id = c.id", SCHEMA)
    assert (s.table_precision, s.table_recall) == (1.0, 0.5)
    assert (s.column_precision, s.column_recall) == (1.0, pytest.approx(1 / 3))
    bad = linking_scores("SELECT FROM WHERE (", "SELECT name FROM customers", SCHEMA)
    assert (bad.table_precision, bad.table_recall, bad.column_recall) == (0.0, 0.0, 0.0)


def test_cost_ratio_and_ves():
    from eval.scoring.partial import cost_ratio, ves

    assert cost_ratio(100.0, 25.0) == 4.0 and cost_ratio(25.0, 100.0) == 0.25
    assert cost_ratio(None, 3.0) is None and cost_ratio(3.0, None) is None and cost_ratio(0.0, 0.0) is None
    assert cost_ratio(5.0, 0.0) == float("inf")
    # two questions: one correct at 4x cheaper (sqrt 2), one wrong (0)
    assert ves([4.0, None], 2) == pytest.approx(1.0)
    assert ves([float("inf")], 1) == pytest.approx(10.0)  # capped at a ratio of 100
    assert ves([], 0) is None
