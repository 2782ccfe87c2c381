"""The comparator's semantics as a table: gold, prediction, expected verdict.

Read it like a spec.  Each case names the gold rows (and, for ordered golds,
the SQL and the keyed rows: the gold's rows with LIMIT removed and the sort
keys appended), the predicted rows, and the expected ``correct`` and
``reason``.  Column names default to c0, c1 … (names never matter).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

UTC = dt.timezone.utc
PLUS2 = dt.timezone(dt.timedelta(hours=2))
NAN = float("nan")
INF = float("inf")


@dataclass
class Case:
    id: str
    gold: list[tuple]
    pred: list[tuple]
    correct: bool
    reason: str
    sql: str = "SELECT * FROM t"
    keyed: Optional[list[tuple]] = None  # executed keyed_sql rows (gold columns + sort keys)
    question: str = ""
    category: str = "where"
    order_matters: Optional[bool] = None
    gold_cols: Optional[list[str]] = None
    pred_cols: Optional[list[str]] = None
    alternatives: list[tuple[list[str], list[tuple], str]] = field(default_factory=list)  # more golds
    ambiguous: Optional[bool] = None
    exact: Optional[bool] = None
    rel_tol: float = 1e-6
    note_has: str = ""


def keyed(rows: list[tuple], *key_idx: int) -> list[tuple]:
    """Rows as the keyed gold returns them: each row plus its sort-key values."""
    return [r + tuple(r[i] for i in key_idx) for r in rows]


# 8 columns holding the same value multiset, row-aligned differently (assignment search).
_BASE8 = [tuple((r + c) % 5 for c in range(8)) for r in range(5)]
_PERM8 = [7, 3, 0, 5, 1, 6, 2, 4]
_PRED8 = [tuple(row[j] for j in _PERM8) for row in reversed(_BASE8)]
_MISALIGNED8 = [tuple((r * (c + 1)) % 5 for c in range(8)) for r in range(5)]  # same column multisets, other rows

# Numbers straddling the rounding grid's boundary (8 decimals here: see eval/scoring/values.py _rounder),
# within tolerance.
_STRADDLE_GOLD = [(i, 1.0 + i / 1000 + 0.0000000049999) for i in range(20)]
_STRADDLE_PRED = [(i, 1.0 + i / 1000 + 0.0000000050001) for i in range(20)]
# Large rounded amounts: 20 rows, so that the rounding pre-pairing stage runs (more than 8 unpaired rows).
_BIG_GOLD = [(i, Decimal(f"{119000 + i * 1000}.13")) for i in range(20)]

BY_COUNT = "SELECT name, COUNT(*) AS n FROM t GROUP BY name ORDER BY COUNT(*) DESC"
BY_COUNT_LIMIT2 = BY_COUNT + " LIMIT 2"
RANKED = [("a", 5), ("b", 3), ("c", 1)]

CASES: list[Case] = [
    # ---- rule 2: shapes first (sql-eval broadcasting bugs) -----------------------------------
    Case("one_row_gold_vs_zero_rows", [(5,)], [], False, "empty_vs_rows"),
    Case("zero_row_gold_vs_one_row", [], [(5,)], False, "empty_vs_rows", gold_cols=["a"]),
    Case("one_row_vs_three_identical_rows", [(5,)], [(5,), (5,), (5,)], False, "duplicate_rows"),
    Case("both_empty_same_columns", [], [], True, "match", gold_cols=["a", "b"], pred_cols=["x", "y"], exact=True),
    Case("both_empty_more_pred_columns", [], [], True, "match_extra_columns", gold_cols=["a"], pred_cols=["x", "y"],
         exact=False),
    Case("both_empty_fewer_pred_columns", [], [], False, "missing_columns", gold_cols=["a", "b"], pred_cols=["x"]),
    Case("row_count_differs", [(1,), (2,)], [(1,), (2,), (3,)], False, "row_count"),
    Case("row_count_fewer", [(1,), (2,), (3,)], [(1,), (2,)], False, "row_count"),
    Case("one_row_equal", [(5,)], [(5,)], True, "match", exact=True),
    # ---- rule 2: multisets, duplicates count (sql-eval drop_duplicates bug) -------------------
    Case("drop_duplicates_bug_gold_has_duplicates", [(1, "a"), (1, "a"), (2, "b")], [(1, "a"), (2, "b")],
         False, "duplicate_rows"),
    Case("missing_distinct", [("a",), ("b",)], [("a",), ("a",), ("b",), ("b",)], False, "duplicate_rows"),
    Case("same_count_other_multiplicities", [("a",), ("a",), ("b",)], [("a",), ("b",), ("b",)], False,
         "duplicate_rows"),
    Case("duplicates_equal_any_order", [("a",), ("a",), ("b",)], [("b",), ("a",), ("a",)], True, "match"),
    Case("rows_unordered_shuffled", [(1, "x"), (2, "y"), (3, "z")], [(3, "z"), (1, "x"), (2, "y")], True, "match"),
    Case("one_value_wrong", [(1, "x"), (2, "y")], [(1, "x"), (2, "q")], False, "wrong_values"),
    Case("duplicates_with_extra_distinguishing_column", [("a",), ("a",)], [("a", 1), ("a", 2)], True,
         "match_extra_columns"),
    # ---- rule 1: columns, row-aligned ---------------------------------------------------------
    Case("column_order_swapped", [(1, "x"), (2, "y")], [("x", 1), ("y", 2)], True, "match", exact=True),
    Case("names_ignored", [(1,)], [(1,)], True, "match", gold_cols=["total"], pred_cols=["sum"]),
    Case("extra_column", [(1,), (2,)], [(1, "x"), (2, "y")], True, "match_extra_columns", exact=False),
    Case("extra_column_first", [(1,), (2,)], [("x", 1), ("y", 2)], True, "match_extra_columns"),
    Case("missing_column", [(1, "x"), (2, "y")], [(1,), (2,)], False, "missing_columns"),
    Case("scrambled_rows_across_columns", [(1, "a"), (2, "b")], [(1, "b"), (2, "a")], False, "wrong_values"),
    Case("scrambled_with_extra_column_subset_rule", [(1, "a"), (2, "b")], [(1, "b", 0), (2, "a", 0)], False,
         "wrong_values"),
    Case("two_equal_multiset_columns_misaligned", [(1, 1), (2, 2)], [(1, 2), (2, 1)], False, "wrong_values"),
    Case("aligned_column_found_beyond_first_choice", [(1, "x"), (2, "y")], [(2, 1, "x"), (1, 2, "y")], True,
         "match_extra_columns"),
    Case("duplicate_pred_columns", [(1, 2), (3, 4)], [(1, 1, 2), (3, 3, 4)], True, "match_extra_columns"),
    Case("eight_same_multiset_columns_permuted", _BASE8, _PRED8, True, "match", exact=True),
    Case("eight_same_multiset_columns_misaligned", _BASE8, _MISALIGNED8, False, "wrong_values"),
    Case("gold_column_repeated", [(1, 1), (2, 2)], [(1,), (2,)], False, "missing_columns"),
    Case("gold_column_repeated_pred_twice", [(1, 1), (2, 2)], [(2, 2), (1, 1)], True, "match"),
    # ---- rule 5: numbers ------------------------------------------------------------------------
    Case("decimal_vs_float", [(Decimal("12.50"),)], [(12.5,)], True, "match"),
    Case("decimal_vs_inexact_float", [(Decimal("0.1"),), (Decimal("0.2"),)], [(0.1,), (0.2,)], True, "match"),
    Case("decimal_scale_differs", [(Decimal("3.3333333333333333"),)], [(Decimal("3.33333333333333333333"),)],
         True, "match"),
    Case("decimal_vs_int", [(Decimal("7"),)], [(7,)], True, "match"),
    # shown digits: a numeric that shows s <= 6 decimals (ROUND(x, s), numeric(p,s)) is met only within
    # half a unit of its last decimal, even where 1e-6 relative would allow more (large amounts)
    Case("rounded_2dp_vs_rounded_1dp_large", [(Decimal("119000.13"),)], [(Decimal("119000.1"),)], False,
         "wrong_values"),
    Case("rounded_2dp_vs_rounded_1dp_large_swapped", [(Decimal("119000.1"),)], [(Decimal("119000.13"),)], False,
         "wrong_values"),
    Case("rounded_2dp_vs_float_off_by_cent_large", [(Decimal("119000.13"),)], [(119000.14,)], False, "wrong_values"),
    Case("rounded_2dp_vs_unrounded_float_large", [(Decimal("119000.13"),)], [(119000.1283,)], True, "match"),
    Case("rounded_2dp_vs_unrounded_numeric_large", [(Decimal("119000.13"),)],
         [(Decimal("119000.1283333333333333"),)], True, "match"),
    Case("rounded_2dp_half_unit_is_met", [(Decimal("119000.13"),)], [(119000.125,)], True, "match"),
    # both sides' shown digits count, as they do for small values (0.13 vs 0.128 is wrong by 1e-6 relative)
    Case("rounded_2dp_vs_rounded_3dp_large", [(Decimal("119000.13"),)], [(Decimal("119000.128"),)], False,
         "wrong_values"),
    Case("rounded_2dp_vs_rounded_3dp_small", [(Decimal("0.13"),)], [(Decimal("0.128"),)], False, "wrong_values"),
    Case("rounded_0dp_vs_float_large", [(Decimal("2500000"),)], [(2500000.4,)], True, "match"),
    Case("rounded_0dp_vs_float_off_large", [(Decimal("2500000"),)], [(2500000.6,)], False, "wrong_values"),
    Case("rounded_2dp_huge_keeps_float_noise", [(Decimal("123456789012345.67"),)], [(123456789012345.67,)], True,
         "match"),
    Case("unrounded_numeric_vs_float_noise", [(Decimal("1234567.8912345678901234"),)], [(1234567.8912345679,)],
         True, "match"),
    Case("rounded_many_rows_prepaired_one_off", _BIG_GOLD,
         [(i, float(v) + (0.01 if i == 7 else 1e-9)) for i, v in _BIG_GOLD], False, "wrong_values"),
    Case("rounded_many_rows_prepaired_all_close", _BIG_GOLD,
         [(i, float(v) + 1e-9) for i, v in reversed(_BIG_GOLD)], True, "match"),
    Case("rounded_2dp_loose_tolerance_wins", [(Decimal("12.50"),)], [(12.6,)], True, "match", rel_tol=1e-2),
    Case("float_within_tolerance", [(100.0,)], [(100.00001,)], True, "match"),
    Case("float_outside_tolerance", [(100.0,)], [(100.01,)], False, "wrong_values"),
    Case("custom_tolerance", [(100,)], [(100.5,)], True, "match", rel_tol=1e-2),
    Case("int_vs_int_exact_even_if_large", [(1000000,)], [(1000001,)], False, "wrong_values"),
    Case("bigint_exact", [(10**18,)], [(10**18 + 1,)], False, "wrong_values"),
    Case("int_decimal_sum_exact", [(Decimal("1000000"),)], [(1000001,)], False, "wrong_values"),
    Case("int_vs_float_near", [(3,)], [(3.0000000001,)], True, "match"),
    Case("tiny_absolute_tolerance", [(0.0,)], [(1e-12,)], True, "match"),
    Case("zero_vs_small_number", [(0.0,)], [(1e-6,)], False, "wrong_values"),
    Case("avg_ratio_float_noise_many_rows", [(i, i / 7) for i in range(50)],
         [(i, Decimal(i) / Decimal(7)) for i in reversed(range(50))], True, "match"),
    Case("rounding_boundary_straddle", _STRADDLE_GOLD, _STRADDLE_PRED, True, "match"),
    Case("tolerance_chain_needs_augmenting_path", [(1.0,), (1.0000015,)], [(1.0000008,), (0.9999995,)], True,
         "match"),
    Case("nan_equals_nan", [(NAN,)], [(NAN,)], True, "match"),
    Case("decimal_nan_equals_float_nan", [(Decimal("NaN"),)], [(NAN,)], True, "match"),
    Case("none_vs_nan", [(None,)], [(NAN,)], False, "wrong_values"),
    Case("inf_equals_inf", [(INF,)], [(INF,)], True, "match"),
    Case("inf_vs_minus_inf", [(INF,)], [(-INF,)], False, "wrong_values"),
    Case("negative_vs_positive", [(-2.5,)], [(2.5,)], False, "wrong_values"),
    # ---- rule 5: NULL, strings, booleans -------------------------------------------------------
    Case("null_equals_null", [(None, 1)], [(None, 1)], True, "match"),
    Case("null_vs_zero", [(None,)], [(0,)], False, "wrong_values"),
    Case("null_vs_empty_string", [(None,)], [("",)], False, "wrong_values"),
    Case("null_vs_string_null", [(None,)], [("NULL",)], False, "wrong_values"),
    Case("string_case_matters", [("Alice",)], [("alice",)], False, "wrong_values"),
    Case("string_whitespace_matters", [("a",)], [("a ",)], False, "wrong_values"),
    Case("number_vs_numeric_string", [(1,)], [("1",)], False, "wrong_values"),
    Case("bool_vs_int_one", [(True,)], [(1,)], False, "wrong_values"),
    Case("bool_false_vs_zero", [(False,)], [(0,)], False, "wrong_values"),
    Case("bool_vs_float_one", [(True,)], [(1.0,)], False, "wrong_values"),
    Case("bool_equals_bool", [(True,), (False,)], [(False,), (True,)], True, "match"),
    # ---- rule 5: dates and times ---------------------------------------------------------------
    Case("date_vs_midnight_timestamp", [(dt.date(2024, 3, 1),)], [(dt.datetime(2024, 3, 1),)], True, "match"),
    Case("date_vs_timestamp_not_midnight", [(dt.date(2024, 3, 1),)], [(dt.datetime(2024, 3, 1, 12),)], False,
         "wrong_values"),
    Case("timestamp_equal", [(dt.datetime(2024, 3, 1, 8, 30),)], [(dt.datetime(2024, 3, 1, 8, 30),)], True, "match"),
    Case("timestamptz_other_zone_same_instant", [(dt.datetime(2024, 3, 1, 10, 0, tzinfo=UTC),)],
         [(dt.datetime(2024, 3, 1, 12, 0, tzinfo=PLUS2),)], True, "match"),
    Case("timestamptz_other_instant", [(dt.datetime(2024, 3, 1, 10, 0, tzinfo=UTC),)],
         [(dt.datetime(2024, 3, 1, 10, 0, tzinfo=PLUS2),)], False, "wrong_values"),
    Case("timestamptz_vs_naive", [(dt.datetime(2024, 3, 1, 10, 0, tzinfo=UTC),)], [(dt.datetime(2024, 3, 1, 10, 0),)],
         False, "wrong_values"),
    # the session's time zone is pinned to UTC: a timestamptz at midnight UTC is that day's date
    Case("timestamptz_midnight_utc_vs_date", [(dt.datetime(2024, 3, 1, tzinfo=UTC),)], [(dt.date(2024, 3, 1),)], True,
         "match"),
    Case("timestamptz_midnight_utc_vs_next_date", [(dt.datetime(2024, 3, 1, tzinfo=UTC),)], [(dt.date(2024, 3, 2),)],
         False, "wrong_values"),
    Case("timestamptz_not_midnight_vs_date", [(dt.datetime(2024, 3, 1, 0, 0, 1, tzinfo=UTC),)], [(dt.date(2024, 3, 1),)],
         False, "wrong_values"),
    Case("timestamptz_midnight_plus2_vs_date", [(dt.datetime(2024, 3, 1, tzinfo=PLUS2),)], [(dt.date(2024, 3, 1),)],
         False, "wrong_values"),
    Case("time_exact", [(dt.time(8, 30),)], [(dt.time(8, 30),)], True, "match"),
    Case("time_differs", [(dt.time(8, 30),)], [(dt.time(8, 30, 1),)], False, "wrong_values"),
    Case("interval_exact", [(dt.timedelta(days=2),)], [(dt.timedelta(hours=48),)], True, "match"),
    Case("interval_differs", [(dt.timedelta(days=2),)], [(dt.timedelta(days=2, seconds=1),)], False, "wrong_values"),
    # ---- rule 5: arrays, JSON, bytes -----------------------------------------------------------
    Case("array_equal", [([1, 2, 3],)], [([1, 2, 3],)], True, "match"),
    Case("array_order_matters", [([1, 2, 3],)], [([3, 2, 1],)], False, "wrong_values"),
    Case("array_numbers_tolerant", [([Decimal("1.5"), 2],)], [([1.5000000001, 2],)], True, "match"),
    Case("array_null_vs_zero", [([None],)], [([0],)], False, "wrong_values"),
    Case("json_object_key_order_ignored", [({"a": 1, "b": [1, 2]},)], [({"b": [1, 2], "a": 1},)], True, "match"),
    Case("json_object_differs", [({"a": 1},)], [({"a": 2},)], False, "wrong_values"),
    Case("json_float_tolerant", [({"avg": 0.1 + 0.2},)], [({"avg": 0.3},)], True, "match"),
    Case("json_object_vs_list", [({"a": 1},)], [([["a", 1]],)], False, "wrong_values"),
    Case("bytes_vs_memoryview", [(b"\x00\x01",)], [(memoryview(b"\x00\x01"),)], True, "match"),
    Case("bytes_differ", [(b"\x00\x01",)], [(b"\x00\x02",)], False, "wrong_values"),
    # ---- rule 3: when order counts -------------------------------------------------------------
    Case("order_by_category_right_order", RANKED, RANKED, True, "match", sql=BY_COUNT, keyed=keyed(RANKED, 1),
         category="order_by"),
    Case("order_by_count_desc_wrong_direction", RANKED, RANKED[::-1], False, "wrong_order", sql=BY_COUNT,
         keyed=keyed(RANKED, 1), category="order_by"),
    Case("question_says_sorted", RANKED, RANKED[::-1], False, "wrong_order", sql=BY_COUNT, keyed=keyed(RANKED, 1),
         question="List the names sorted by how often they appear."),
    Case("question_says_highest_first", RANKED, RANKED[::-1], False, "wrong_order", sql=BY_COUNT,
         keyed=keyed(RANKED, 1), question="Show each name and its count, highest first."),
    Case("no_order_words_order_ignored", RANKED, RANKED[::-1], True, "match", sql=BY_COUNT, keyed=keyed(RANKED, 1),
         question="How many times does each name appear?"),
    Case("order_as_noun_each_order", RANKED, RANKED[::-1], True, "match", sql=BY_COUNT, keyed=keyed(RANKED, 1),
         question="How many items are in each order?"),
    Case("order_as_noun_orders_placed", RANKED, RANKED[::-1], True, "match", sql=BY_COUNT, keyed=keyed(RANKED, 1),
         question="Count the orders placed by each customer."),
    Case("order_matters_false_overrides_category", RANKED, RANKED[::-1], True, "match", sql=BY_COUNT,
         keyed=keyed(RANKED, 1), category="order_by", order_matters=False),
    Case("order_matters_true_without_words", RANKED, RANKED[::-1], False, "wrong_order", sql=BY_COUNT,
         keyed=keyed(RANKED, 1), order_matters=True),
    Case("gold_without_order_by_never_ordered", RANKED, RANKED[::-1], True, "match",
         sql="SELECT name, COUNT(*) FROM t GROUP BY name", category="order_by", order_matters=True),
    Case("order_by_in_subquery_only", RANKED, RANKED[::-1], True, "match",
         sql="SELECT * FROM (SELECT name, n FROM t ORDER BY n DESC LIMIT 3) s", category="order_by"),
    Case("ordered_with_permuted_extra_columns", RANKED, [(9, 5, "a"), (9, 3, "b"), (9, 1, "c")], True,
         "match_extra_columns", sql=BY_COUNT, keyed=keyed(RANKED, 1), category="order_by"),
    Case("ordered_wrong_values_not_wrong_order", RANKED, [("a", 5), ("b", 3), ("c", 2)], False, "wrong_values",
         sql=BY_COUNT, keyed=keyed(RANKED, 1), category="order_by"),
    # ---- rule 3: ties may come in any order --------------------------------------------------
    Case("tie_at_top_swapped", [("a", 5), ("b", 5), ("c", 1)], [("b", 5), ("a", 5), ("c", 1)], True, "match",
         sql=BY_COUNT, keyed=keyed([("a", 5), ("b", 5), ("c", 1)], 1), category="order_by"),
    Case("tie_in_middle_swapped", [("a", 9), ("b", 5), ("c", 5), ("d", 1)], [("a", 9), ("c", 5), ("b", 5), ("d", 1)],
         True, "match", sql=BY_COUNT, keyed=keyed([("a", 9), ("b", 5), ("c", 5), ("d", 1)], 1), category="order_by"),
    Case("tie_group_broken_by_other_row", [("a", 9), ("b", 5), ("c", 5), ("d", 1)],
         [("a", 9), ("b", 5), ("d", 1), ("c", 5)], False, "wrong_order", sql=BY_COUNT,
         keyed=keyed([("a", 9), ("b", 5), ("c", 5), ("d", 1)], 1), category="order_by"),
    Case("tie_key_not_in_output", [("a",), ("b",), ("c",)], [("b",), ("a",), ("c",)], True, "match",
         sql="SELECT name FROM t ORDER BY score DESC", keyed=[("a", 5), ("b", 5), ("c", 1)], category="order_by"),
    Case("no_tie_key_not_in_output_swapped", [("a",), ("b",), ("c",)], [("b",), ("a",), ("c",)], False,
         "wrong_order", sql="SELECT name FROM t ORDER BY score DESC", keyed=[("a", 6), ("b", 5), ("c", 1)],
         category="order_by"),
    Case("two_sort_keys_tie_on_both", [("x", 1, "p"), ("x", 1, "q"), ("x", 2, "r")],
         [("x", 1, "q"), ("x", 1, "p"), ("x", 2, "r")], True, "match",
         sql="SELECT a, b, c FROM t ORDER BY a, b", keyed=keyed([("x", 1, "p"), ("x", 1, "q"), ("x", 2, "r")], 0, 1),
         category="order_by"),
    Case("two_sort_keys_second_breaks_tie", [("x", 1, "p"), ("x", 2, "q")], [("x", 2, "q"), ("x", 1, "p")], False,
         "wrong_order", sql="SELECT a, b, c FROM t ORDER BY a, b", keyed=keyed([("x", 1, "p"), ("x", 2, "q")], 0, 1),
         category="order_by"),
    Case("null_sort_keys_tie", [("a", None), ("b", None), ("c", 1)], [("b", None), ("a", None), ("c", 1)], True,
         "match", sql="SELECT n, v FROM t ORDER BY v NULLS FIRST",
         keyed=keyed([("a", None), ("b", None), ("c", 1)], 1), category="order_by"),
    Case("duplicate_rows_inside_tie_group", [("a", 1), ("a", 1), ("b", 1)], [("a", 1), ("b", 1), ("a", 1)], True,
         "match", sql="SELECT n, v FROM t ORDER BY v", keyed=keyed([("a", 1), ("a", 1), ("b", 1)], 1),
         category="order_by"),
    Case("strict_order_when_keys_unavailable", [("a", 5), ("b", 5)], [("b", 5), ("a", 5)], False, "wrong_order",
         sql="SELECT * FROM t ORDER BY 2 DESC", category="order_by", note_has="strict row order"),
    Case("strict_order_when_keyed_disagrees", [("a", 5), ("b", 5)], [("b", 5), ("a", 5)], False, "wrong_order",
         sql=BY_COUNT, keyed=keyed([("a", 5), ("z", 5)], 1), category="order_by",
         note_has="keyed gold disagrees"),
    # ---- rule 4: ORDER BY … LIMIT through ties ---------------------------------------------------
    Case("limit_cut_through_tie_other_tied_row", [("a", 5), ("b", 3)], [("a", 5), ("c", 3)], True,
         "gold_ambiguous_ties", sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1),
         category="order_by", ambiguous=True),
    Case("limit_cut_through_tie_same_rows", [("a", 5), ("b", 3)], [("a", 5), ("b", 3)], True, "match",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1), category="order_by",
         ambiguous=True),
    Case("limit_cut_row_outside_tie_group", [("a", 5), ("b", 3)], [("a", 5), ("d", 1)], False, "wrong_values",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1), category="order_by",
         ambiguous=True),
    Case("limit_cut_first_row_dropped", [("a", 5), ("b", 3)], [("b", 3), ("c", 3)], False, "wrong_values",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1), category="order_by"),
    Case("limit_cut_tied_row_first_ordered", [("a", 5), ("b", 3)], [("c", 3), ("a", 5)], False, "wrong_order",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1), category="order_by"),
    Case("limit_cut_unordered_question", [("a", 5), ("b", 3)], [("c", 3), ("a", 5)], True, "gold_ambiguous_ties",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1),
         question="Which two names appear most often?", ambiguous=True),
    Case("limit_cut_tie_at_top", [("a", 5)], [("b", 5)], True, "gold_ambiguous_ties",
         sql="SELECT name, n FROM t ORDER BY n DESC LIMIT 1", keyed=keyed([("a", 5), ("b", 5), ("c", 1)], 1),
         category="order_by", ambiguous=True),
    Case("limit_without_tie_at_cut", [("a", 5), ("b", 3)], [("a", 5), ("c", 2)], False, "wrong_values",
         sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 2)], 1), category="order_by", ambiguous=False),
    Case("limit_inside_tie_group_both_sides", [("b", 3)], [("d", 3)], True, "gold_ambiguous_ties",
         sql="SELECT name, n FROM t ORDER BY n DESC LIMIT 1 OFFSET 1",
         keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 3), ("e", 1)], 1), category="order_by", ambiguous=True),
    Case("offset_row_before_window_not_allowed", [("b", 3)], [("a", 5)], False, "wrong_values",
         sql="SELECT name, n FROM t ORDER BY n DESC LIMIT 1 OFFSET 1",
         keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1), category="order_by", ambiguous=True),
    Case("limit_cut_key_not_in_output", [("a",), ("b",)], [("a",), ("c",)], True, "gold_ambiguous_ties",
         sql="SELECT name FROM t ORDER BY score DESC LIMIT 2", keyed=[("a", 9), ("b", 4), ("c", 4)],
         category="order_by", ambiguous=True),
    Case("limit_cut_with_extra_pred_column", [("a",), ("b",)], [(1, "a"), (2, "c")], True, "gold_ambiguous_ties",
         sql="SELECT name FROM t ORDER BY score DESC LIMIT 2", keyed=[("a", 9), ("b", 4), ("c", 4)],
         category="order_by", ambiguous=True, exact=False),
    Case("limit_cut_pred_has_too_many_rows", [("a", 5), ("b", 3)], [("a", 5), ("b", 3), ("c", 3)], False,
         "row_count", sql=BY_COUNT_LIMIT2, keyed=keyed([("a", 5), ("b", 3), ("c", 3), ("d", 1)], 1),
         category="order_by"),
    Case("limit_keyed_missing_falls_back_to_multiset", [("a", 5), ("b", 3)], [("b", 3), ("a", 5)], True, "match",
         sql=BY_COUNT_LIMIT2, note_has="LIMIT tie check unavailable"),
    # ---- several gold alternatives -----------------------------------------------------------
    Case("second_alternative_matches", [(1, "x")], [("x",)], True, "match", exact=True,
         alternatives=[(["name"], [("x",)], "SELECT name FROM t")]),
    Case("no_alternative_matches_closest_reason", [(5,), (6,)], [(2,), (1,)], False, "wrong_order",
         sql="SELECT id FROM t", alternatives=[(["id"], [(1,), (2,)], "SELECT id FROM t ORDER BY id")],
         category="order_by", note_has="#2"),
    Case("alternatives_prefer_exact_match", [("x",)], [("x", 1)], True, "match", exact=True,
         alternatives=[(["name", "id"], [("x", 1)], "SELECT name, id FROM t")]),
]
