"""The comparator against the case table (tests/helpers/comparator_cases.py) and its API."""
from __future__ import annotations

import random
from decimal import Decimal

import pytest

from eval.scoring.comparator import asks_for_order, combine_instances, compare, error_verdict, order_required
from eval.scoring.verdict import GoldEvidence, Verdict
from eval.types import REASONS
from eval.sqltext.rewrite import order_plan
from eval.types import ResultSet
from tests.helpers.comparator_cases import CASES, Case


def _cols(rows: list[tuple], given: list[str] | None, prefix: str, width: int = 0) -> list[str]:
    """Explicit names, else c0, c1 … as wide as the rows (or ``width`` when there are none)."""
    if given is not None:
        return given
    return [f"{prefix}{i}" for i in range(len(rows[0]) if rows else width)]


def _gold(cols: list[str], rows: list[tuple], sql: str, keyed_rows: list[tuple] | None) -> GoldEvidence:
    plan = order_plan(sql)
    keyed = None
    if keyed_rows is not None:
        n_keys = len(keyed_rows[0]) - len(cols) if keyed_rows else plan.n_keys
        keyed = ResultSet(cols + [f"__k{i}" for i in range(n_keys)], keyed_rows)
    return GoldEvidence(ResultSet(cols, rows), plan, keyed)


def run_case(case: Case) -> Verdict:
    gold_cols = _cols(case.gold, case.gold_cols, "c")
    golds = [_gold(gold_cols, case.gold, case.sql, case.keyed)]
    golds += [_gold(cols, rows, sql, None) for cols, rows, sql in case.alternatives]
    pred = ResultSet(_cols(case.pred, case.pred_cols, "p", len(gold_cols)), case.pred)
    return compare(golds, pred, question_text=case.question, category=case.category,
                   order_matters=case.order_matters, rel_tol=case.rel_tol)


def test_case_table_is_large_and_unique():
    assert len(CASES) >= 90
    assert len({c.id for c in CASES}) == len(CASES)
    assert {c.reason for c in CASES} <= set(REASONS)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case):
    verdict = run_case(case)
    assert (verdict.correct, verdict.reason) == (case.correct, case.reason), verdict.note
    if case.exact is not None:
        assert verdict.exact_match is case.exact
    if not verdict.correct:
        assert verdict.exact_match is False
    if case.ambiguous is not None:
        assert verdict.gold_ambiguous is case.ambiguous
    if case.note_has:
        assert case.note_has in verdict.note


def _plain_symmetric(case: Case) -> bool:
    """A correct, unordered, single-gold case with no extra columns: swapping sides must not matter."""
    return (case.correct and not case.alternatives and case.rel_tol == 1e-6 and case.keyed is None
            and not order_plan(case.sql).ordered and not case.pred_cols and not case.gold_cols
            and len(case.pred[0]) == len(case.gold[0]))


@pytest.mark.parametrize("case", [c for c in CASES if _plain_symmetric(c)], ids=lambda c: c.id)
def test_correct_cases_are_symmetric_for_unordered_golds(case: Case):
    """Swapping gold and prediction keeps a plain, unordered match a match."""
    swapped = Case(case.id, case.pred, case.gold, True, case.reason)
    assert run_case(swapped).correct


# ---- the order words -------------------------------------------------------------------------

ASKS = [
    "List the products sorted by price.",
    "Sort the customers by signup date",
    "Show names in alphabetical order",
    "List cities alphabetically",
    "Rank the stores by revenue",
    "Give the totals in descending order",
    "Show prices ascending",
    "Return the rows ordered by id",
    "Order the results by name",
    "List the names, and order them by age",
    "List orders in chronological order",
    "List employees from highest to lowest salary",
    "Show the teams from most to least wins",
    "Show the newest first",
    "List them with the most recent first",
    "Show cities in order of population",
    "List products by price, in decreasing order",
    "Arrange the results by date",
    "In what order were the stops visited?",
]
DOES_NOT_ASK = [
    "Which carriers are ranked highest?",  # asks which ones rank top, not for the rows in rank order
    "How many items are in each order?",
    "Count the orders placed in 2023.",
    "What is the total of the order the customer placed last?",
    "Which order has the highest total?",
    "List the products ordered by customer 5.",
    "Show the order id and its status.",
    "What is the average order value per region?",
    "Which customers placed an order by mail?",
    "Find sales from the most recent quarter.",
    "How many orders were shipped late?",
    "Show the top 5 products",
    "Which products were ordered by more than 3 customers?",
    "Which titles were ordered by 5 patrons?",
]


@pytest.mark.parametrize("text", ASKS)
def test_order_words_detected(text: str):
    assert asks_for_order(text)


@pytest.mark.parametrize("text", DOES_NOT_ASK)
def test_order_as_noun_not_detected(text: str):
    assert not asks_for_order(text)


def test_order_required_precedence():
    assert order_required("sorted by name", "where", None, gold_ordered=False) is False
    assert order_required("", "order_by", None, gold_ordered=True) is True
    assert order_required("sorted by name", "order_by", False, gold_ordered=True) is False
    assert order_required("", "where", True, gold_ordered=True) is True
    assert order_required("how many in each order", "where", None, gold_ordered=True) is False


# ---- instances, errors, empty golds -----------------------------------------------------------

MATCH = Verdict(True, True, "match")
WRONG = Verdict(False, False, "wrong_values", "v")


def test_combine_all_correct():
    overall, single = combine_instances([MATCH, MATCH, MATCH])
    assert (overall.correct, overall.reason, overall.exact_match, single) == (True, "match", True, True)


def test_combine_wrong_on_instance_zero_reports_instance_zero():
    overall, single = combine_instances([WRONG, MATCH])
    assert (overall.correct, overall.reason, single) == (False, "wrong_values", False)


def test_combine_right_on_zero_wrong_elsewhere_is_instance_mismatch():
    overall, single = combine_instances([MATCH, MATCH, WRONG])
    assert (overall.correct, overall.reason, single) == (False, "instance_mismatch", True)
    assert "instance 2" in overall.note and "wrong_values" in overall.note


def test_combine_skips_instances_where_the_gold_failed():
    overall, single = combine_instances([MATCH, Verdict(False, False, "gold_error"), MATCH])
    assert (overall.correct, overall.reason, single) == (True, "match", True)


def test_combine_keeps_weakest_match_reason_and_ambiguity():
    tie = Verdict(True, True, "gold_ambiguous_ties", gold_ambiguous=True)
    extra = Verdict(True, False, "match_extra_columns")
    overall, _ = combine_instances([MATCH, extra, tie])
    assert (overall.reason, overall.exact_match, overall.gold_ambiguous) == ("gold_ambiguous_ties", False, True)


def test_combine_nothing_scored():
    overall, single = combine_instances([])
    assert (overall.correct, overall.reason, single) == (False, "gold_error", False)


@pytest.mark.parametrize("kind,reason", [("error", "pred_error"), ("rejected", "pred_error"), ("timeout", "timeout"),
                                         ("too_large", "too_large"), ("no_prediction", "no_prediction"),
                                         ("something_new", "pred_error")])
def test_error_verdict(kind: str, reason: str):
    verdict = error_verdict(kind, "boom")
    assert (verdict.correct, verdict.exact_match, verdict.reason, verdict.note) == (False, False, reason, "boom")


def test_no_gold_is_gold_error():
    verdict = compare([], ResultSet(["a"], [(1,)]), question_text="", category="where")
    assert (verdict.correct, verdict.reason) == (False, "gold_error")


def test_reasons_are_fixed_and_unique():
    assert len(REASONS) == len(set(REASONS)) == 18
    assert REASONS[0] == "match"
    assert {"hedged", "abstained", "answered_unanswerable"} <= set(REASONS)  # set by the pipeline


# ---- large results -----------------------------------------------------------------------------

def _big(n: int) -> list[tuple]:
    rng = random.Random(3)
    return [(i, f"name-{rng.randrange(n)}", Decimal(rng.randrange(10**6)) / 100, rng.random()) for i in range(n)]


def _unordered(rows: list[tuple]) -> GoldEvidence:
    return GoldEvidence(ResultSet(["id", "name", "price", "r"], rows), order_plan("SELECT * FROM t"))


def test_100k_rows_equal_shuffled():
    rows = _big(100_000)
    pred = rows[:]
    random.Random(5).shuffle(pred)
    verdict = compare([_unordered(rows)], ResultSet(["id", "name", "price", "r"], pred), question_text="",
                      category="where")
    assert (verdict.correct, verdict.reason) == (True, "match")


def test_100k_rows_one_value_off():
    rows = _big(100_000)
    pred = rows[:]
    pred[54_321] = pred[54_321][:2] + (pred[54_321][2] + Decimal("0.01"),) + pred[54_321][3:]
    verdict = compare([_unordered(rows)], ResultSet(["id", "name", "price", "r"], pred), question_text="",
                      category="where")
    assert (verdict.correct, verdict.reason) == (False, "wrong_values")


def test_100k_rows_decimal_vs_float_columns():
    rows = _big(100_000)
    pred = [(i, name, float(price), r * (1 + 1e-12)) for i, name, price, r in rows]
    verdict = compare([_unordered(rows)], ResultSet(["id", "name", "price", "r"], pred), question_text="",
                      category="where")
    assert (verdict.correct, verdict.reason) == (True, "match")


def test_rounding_straddle_case_really_straddles():
    """The boundary case of the table is only meaningful if the rounding differs."""
    from eval.scoring.values import _rounder
    from tests.helpers.comparator_cases import _STRADDLE_GOLD, _STRADDLE_PRED

    rnd = _rounder(1e-6)
    assert rnd is not None
    differ = sum(rnd(g[1]) != rnd(p[1]) for g, p in zip(_STRADDLE_GOLD, _STRADDLE_PRED))
    assert differ >= 10


def test_keyed_needed_only_when_used():
    from eval.scoring.comparator import keyed_needed

    ordered = order_plan("SELECT a FROM t ORDER BY a")
    limited = order_plan("SELECT a FROM t ORDER BY a LIMIT 3")
    assert keyed_needed(ordered, question_text="", category="order_by") is True
    assert keyed_needed(ordered, question_text="how many", category="where") is False
    assert keyed_needed(limited, question_text="how many", category="where") is True
    assert keyed_needed(order_plan("SELECT a FROM t LIMIT 3"), question_text="", category="order_by") is False
    assert keyed_needed(order_plan("SELECT * FROM t ORDER BY 2"), question_text="", category="order_by") is False
