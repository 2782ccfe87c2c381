"""Writes tests/data/sqleval_compat_cases.jsonl: the case table of eval/scoring/sqleval_compat.py.

Every case's expected verdict is written here by hand, from the rules of sql-eval's 2023 scorer
(shared/SQLEVAL-2023.md, "Scoring") and the assumptions in eval/scoring/sqleval_compat.py's docstring; it is
never computed by the module under test.  The verdicts were cross-checked by running the same rules
on pandas 2.0.3 + NumPy 1.25.2 (the stack of August 2023).

    python bench/make_sqleval_compat_cases.py          # rewrites the table
    python bench/make_sqleval_compat_cases.py --check  # exit 1 if the file on disk differs

Row format (one JSON object a line):
  id, question, category, gold_cell (the query cell as written),
  gold_columns  one entry per expansion of gold_cell: a list of column names, null for a failed one
  gold_rows     one entry per expansion: a list of rows, or {"$error": message} (did not execute)
  pred_columns, pred_rows   the prediction's result; both null when it produced none
  expected (bool), code (the note code expected first in correct_sqleval's note), why.
Values: JSON scalars as they are (null = SQL NULL) and tagged objects for other types:
  {"$decimal": "12.50"}, {"$float": "nan"}, {"$date": "2024-03-01"}, {"$ts": "2024-03-01T10:00:00"},
  {"$tstz": "2024-03-01T10:00:00+00:00"}, {"$interval": [months, days, microseconds]},
  {"$json": "{\"a\": 1}"}, {"$bytes": "00ff"}; JSON lists are PostgreSQL arrays.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "sqleval_compat_cases.jsonl"


def D(s: str) -> dict:
    return {"$decimal": s}


NAN = {"$float": "nan"}


def DATE(s: str) -> dict:
    return {"$date": s}


def TS(s: str) -> dict:
    return {"$ts": s}


def TSTZ(s: str) -> dict:
    return {"$tstz": s}


def IV(months: int, days: int, us: int = 0) -> dict:
    return {"$interval": [months, days, us]}


def JS(text: str) -> dict:
    return {"$json": text}


def ERR(msg: str) -> dict:
    return {"$error": msg}


CASES: list[dict] = []


def case(id: str, *, gold: list, pred, expected: bool, code: str, why: str,
         question: str = "Which rows match?", category: str = "where", gold_cell: str = "SELECT 1") -> None:
    """``gold``: one (columns, rows) pair per expansion, or ERR(...); ``pred``: (columns, rows) or None."""
    CASES.append({
        "id": id, "question": question, "category": category, "gold_cell": gold_cell,
        "gold_columns": [None if isinstance(g, dict) else g[0] for g in gold],
        "gold_rows": [g if isinstance(g, dict) else g[1] for g in gold],
        "pred_columns": None if pred is None else pred[0],
        "pred_rows": None if pred is None else pred[1],
        "expected": expected, "code": code, "why": why,
    })


NAMES = (["id", "name"], [[1, "Ann"], [2, "Bob"]])
BOTH_WAYS = (["id", "name"], [[2, "Bob"], [1, "Ann"]])

# ------------------------------------------------------------------ rule a: positional equality
case("exact_same", gold=[NAMES], pred=NAMES, expected=True, code="exact",
     why="identical frames are equal positionally")
case("positional_ignores_names", gold=[NAMES], pred=(["x", "y"], NAMES[1]), expected=True, code="exact",
     why="rule a compares values by position only: column names play no part")
case("shape_one_row_vs_empty", gold=[(["n"], [[5]])], pred=(["n"], []), expected=False, code="different",
     why="shapes first: a (1,1) gold is not a (0,1) prediction (later sql-eval code, without the shape test, "
         "broadcast them equal)")
case("shape_one_row_vs_copies", gold=[(["n"], [[5]])], pred=(["n"], [[5], [5], [5]]), expected=True,
     code="exact", why="(1,1) vs (3,1) differ in shape, but drop_duplicates in rule b makes the frames equal")
case("shape_empty_gold_vs_one_row", gold=[(["n"], [])], pred=(["n"], [[7]]), expected=False, code="different",
     why="shapes first: an empty gold is not a 1-row prediction, and an empty gold is never a subset")
case("empty_vs_empty", gold=[(["a", "b"], [])], pred=(["a", "b"], []), expected=True, code="exact",
     why="two empty results of the same width are equal")
case("empty_gold_never_subset", gold=[(["a", "b"], [])], pred=(["a", "b", "c"], []), expected=False,
     code="different", why="(0,2) vs (0,3) does not broadcast, and an empty gold is never a subset")
case("empty_gold_vs_rows_with_extra_column", gold=[(["a", "b"], [])],
     pred=(["a", "b", "c"], [[1, 2, 3], [4, 5, 6]]), expected=False, code="different",
     why="shapes do not broadcast; the subset rule refuses an empty gold")
case("row_count_differs", gold=[(["n"], [[1], [2]])], pred=(["n"], [[1], [2], [3]]), expected=False,
     code="different", why="(2,1) vs (3,1) does not broadcast; the normalised frames differ too")

# ------------------------------------------------------------------ rule b: normalisation, order words
case("rows_reordered_unordered", gold=[NAMES], pred=BOTH_WAYS, expected=True, code="exact",
     why="rows are sorted before the second comparison when no order is asked")
case("rows_reordered_order_by_category", gold=[NAMES], pred=BOTH_WAYS, category="order_by", expected=False,
     code="different", why="category order_by keeps the row order: reversed rows fail every rule")
case("order_regex_border", question="Which border crossings had traffic?", gold=[NAMES], pred=BOTH_WAYS,
     expected=False, code="different",
     why="'border' contains 'order': the 2023 pattern has no word boundary, so rows are not sorted")
case("order_regex_orders_noun", question="How many orders did each customer place?", category="group_by",
     gold=[NAMES], pred=BOTH_WAYS, expected=False, code="different",
     why="'orders' (a noun) fires the pattern: the unordered answer in another row order fails")
case("order_regex_upper_case", question="Show the ARRANGEMENTS per florist", gold=[NAMES], pred=BOTH_WAYS,
     expected=False, code="different", why="assumption: the pattern is case-insensitive ('ARRANGE' fires)")
case("order_regex_sorted", question="Which parcels were sorted at the hub?", gold=[NAMES], pred=BOTH_WAYS,
     expected=False, code="different", why="'sorted' contains 'sort'")
case("order_regex_absent_control", question="Which crossings had traffic?", gold=[NAMES], pred=BOTH_WAYS,
     expected=True, code="exact", why="without an order word the same rows in another order pass")
case("order_kept_columns_swapped", category="order_by", gold=[(["name", "total"], [["b", 9], ["a", 4]])],
     pred=(["total", "name"], [[9, "b"], [4, "a"]]), expected=True, code="exact",
     why="columns are sorted by name on both sides: the same row order with swapped columns passes")
case("dedup_missing_distinct", gold=[(["city"], [["Oslo"], ["Rome"]])],
     pred=(["city"], [["Oslo"], ["Oslo"], ["Rome"], ["Rome"]]), expected=True, code="exact",
     why="drop_duplicates on both sides: a missing DISTINCT is not penalised")
case("dedup_gold_duplicates", gold=[(["city"], [["Oslo"], ["Oslo"], ["Rome"]])],
     pred=(["city"], [["Rome"], ["Oslo"]]), expected=True, code="exact",
     why="the gold's own duplicates are dropped too")
case("names_sorted_swap_pass", gold=[(["name", "total"], [["a", 4], ["b", 9]])],
     pred=(["total", "name"], [[9, "b"], [4, "a"]]), expected=True, code="exact",
     why="same names, other column order: sorting columns by name realigns them")
case("renamed_swap_pass_by_name_luck", gold=[(["name", "total"], [["a", 4], ["b", 9]])],
     pred=(["t", "name"], [[9, "b"], [4, "a"]]), expected=True, code="exact",
     why="renamed total -> t still sorts after 'name': the columns realign by chance")
case("renamed_swap_with_duplicates_fails", gold=[(["city", "state"], [["Albany", "NY"], ["Boise", "ID"]])],
     pred=(["a_state", "city"], [["NY", "Albany"], ["NY", "Albany"], ["ID", "Boise"]]), expected=False,
     code="different",
     why="'a_state' sorts before 'city': normalised columns misalign; the subset rule compares 3 values to 2 (no dedup there)")
case("same_names_with_duplicates_passes", gold=[(["city", "state"], [["Albany", "NY"], ["Boise", "ID"]])],
     pred=(["state", "city"], [["NY", "Albany"], ["NY", "Albany"], ["ID", "Boise"]]), expected=True,
     code="exact", why="the same answer with the gold's names: dedup + name sort make it equal")
case("renamed_swap_without_duplicates_subset", gold=[(["city", "state"], [["Albany", "NY"], ["Boise", "ID"]])],
     pred=(["a_state", "city"], [["NY", "Albany"], ["ID", "Boise"]]), expected=True, code="subset",
     why="misaligned after the name sort, but the subset rule matches columns by values and renames them")

# ------------------------------------------------------------------ rule c: subset
case("subset_extra_column", gold=[(["id"], [[1], [2]])], pred=(["id", "name"], [[2, "Bob"], [1, "Ann"]]),
     expected=True, code="subset", why="an extra predicted column is accepted by the subset rule")
case("subset_extra_column_two_gold_columns", gold=[NAMES],
     pred=(["name", "price", "id"], [["Bob", 3.5, 2], ["Ann", 1.0, 1]]), expected=True, code="subset",
     why="every gold column is matched; the price column is left over")
case("subset_rows_scrambled_across_columns", gold=[NAMES],
     pred=(["id", "name", "x"], [[1, "Bob", 0], [2, "Ann", 0]]), expected=False, code="different",
     why="each column matches on its own, but the normalised frames (rows) are then compared and differ")
case("subset_greedy_first_fit_misses", gold=[(["a", "b"], [[1, 10], [2, 20]])],
     pred=(["x", "y", "z"], [[2, 10, 1], [1, 20, 2]]), expected=False, code="different",
     why="gold a takes x (same sorted values) though z is the row-aligned match: no backtracking")
case("subset_does_not_deduplicate", gold=[(["id"], [[1], [2]])], pred=(["id", "x"], [[1, "p"], [1, "p"], [2, "q"]]),
     expected=False, code="different", why="column matching compares sorted values with duplicates kept: 2 vs 3")
case("subset_order_by_same_order", category="order_by", gold=[(["id"], [[3], [1], [2]])],
     pred=(["id", "n"], [[3, "c"], [1, "a"], [2, "b"]]), expected=True, code="subset",
     why="ordered comparison: the extra column is dropped and the row order agrees")

# ------------------------------------------------------------------ numbers and tolerance
case("tolerance_5e-6_passes", gold=[(["v"], [[100.0], [1.0]])], pred=(["v"], [[100.0005], [1.0]]),
     expected=True, code="subset",
     why="floats differ by 5e-6 relative: exact in rules a/b, within rtol 1e-5 in the subset rule (the harness's 1e-6 says no)")
case("tolerance_8e-6_passes", gold=[(["v"], [[2.5]])], pred=(["v"], [[2.50002]]), expected=True, code="subset",
     why="8e-6 relative is inside 1e-5")
case("tolerance_2e-5_fails", gold=[(["v"], [[100.0], [1.0]])], pred=(["v"], [[100.002], [1.0]]),
     expected=False, code="different", why="2e-5 relative is outside rtol 1e-5")
case("integers_within_tolerance", gold=[(["n"], [[1000000]])], pred=(["n"], [[1000001]]), expected=True,
     code="subset", why="2023's pandas applied rtol 1e-5 to integer columns too: 1000000 ~ 1000001")
case("integers_outside_tolerance", gold=[(["n"], [[1000]])], pred=(["n"], [[1001]]), expected=False,
     code="different", why="1e-3 relative")
case("int_vs_float_equal", gold=[(["n"], [[3], [4]])], pred=(["n"], [[3.0], [4.0]]), expected=True,
     code="exact", why="3 == 3.0 elementwise")
case("decimal_vs_float", gold=[(["price"], [[D("12.50")], [D("3.10")]])], pred=(["price"], [[12.5], [3.1]]),
     expected=True, code="exact", why="read_sql_query coerces Decimal to float64")
case("decimal_long_vs_float_close", gold=[(["avg"], [[D("2.6666666666666667")]])], pred=(["avg"], [[2.66667]]),
     expected=True, code="subset", why="Decimal -> 2.6666666666666665; 2.66667 is 1.25e-6 away: subset tolerance")
case("decimal_vs_rounded", gold=[(["avg"], [[D("3.3333333333333333")]])], pred=(["avg"], [[3.33]]),
     expected=False, code="different", why="ROUND(…, 2) is 1e-3 away")
case("bool_vs_int", gold=[(["f"], [[True], [False]])], pred=(["f"], [[1], [0]]), expected=True, code="exact",
     why="True == 1 elementwise")

# ------------------------------------------------------------------ NULL and NaN
case("nan_vs_null", gold=[(["r"], [[NAN]])], pred=(["r"], [[None]]), expected=True, code="subset",
     why="a float NaN and a NULL (None) never compare equal, but 2023's asserts matched any null with any null")
case("null_vs_null_numeric", gold=[(["n", "k"], [[1, "a"], [None, "b"]])], pred=(["n", "k"], [[1, "a"], [None, "b"]]),
     expected=True, code="subset", why="NULL in a numeric column is NaN and NaN != NaN positionally; the subset rule matches nulls")
case("null_vs_null_text", gold=[(["k", "v"], [["a", None], ["b", "x"]])], pred=(["k", "v"], [["a", None], ["b", "x"]]),
     expected=True, code="exact", why="a NULL string stays None (object column, as in 2023) and None == None")
case("null_vs_zero", gold=[(["n"], [[None], [2]])], pred=(["n"], [[0], [2]]), expected=False, code="different",
     why="NaN is not 0")
case("null_vs_empty_string", gold=[(["s"], [[None], ["x"]])], pred=(["s"], [[""], ["x"]]), expected=False,
     code="different", why="None is not ''")

# ------------------------------------------------------------------ dates, times, other types
case("date_vs_date", gold=[(["d"], [[DATE("2024-03-01")], [DATE("2024-04-01")]])],
     pred=(["d"], [[DATE("2024-04-01")], [DATE("2024-03-01")]]), expected=True, code="exact",
     why="dates stay datetime.date objects on both sides")
case("date_vs_timestamp_midnight", gold=[(["d"], [[DATE("2024-03-01")]])], pred=(["d"], [[TS("2024-03-01T00:00:00")]]),
     expected=False, code="different", why="a date object never equals a pandas Timestamp (date_trunc without ::date fails)")
case("timestamp_vs_timestamp", gold=[(["t"], [[TS("2024-03-01T10:00:00")], [TS("2024-03-02T10:00:00")]])],
     pred=(["t"], [[TS("2024-03-02T10:00:00")], [TS("2024-03-01T10:00:00")]]), expected=True, code="exact",
     why="datetime64 columns, sorted")
case("naive_gold_vs_aware_pred", gold=[(["t"], [[TS("2024-03-01T10:00:00")]])],
     pred=(["t"], [[TSTZ("2024-03-01T10:00:00+00:00")]]), expected=False, code="exception",
     why="pandas 2.0's assert_series_equal raised AttributeError for a naive gold column against an aware one")
case("aware_gold_vs_naive_pred", gold=[(["t"], [[TSTZ("2024-03-01T10:00:00+00:00")]])],
     pred=(["t"], [[TS("2024-03-01T10:00:00")]]), expected=True, code="subset",
     why="the other way round pandas 2.0 compared the wall-clock values: equal (2023's asymmetry)")
case("interval_month_is_30_days", gold=[(["iv"], [[IV(1, 0)]])], pred=(["iv"], [[IV(0, 30)]]), expected=True,
     code="exact", why="psycopg2 turned '1 mon' into timedelta(days=30)")
case("json_equal_positionally", gold=[(["j"], [[JS('{"a": 1}')], [JS('{"a": 2}')]])],
     pred=(["j"], [[JS('{"a":1}')], [JS('{"a":2}')]]), expected=True, code="exact",
     why="json arrives parsed (dicts): equal dicts in the same positions")
case("json_reordered_raises", gold=[(["j"], [[JS('{"a": 1}')], [JS('{"a": 2}')]])],
     pred=(["j"], [[JS('{"a": 2}')], [JS('{"a": 1}')]]), expected=False, code="exception",
     why="normalising sorts the rows, and dicts cannot be ordered: an exception, the row is wrong")
case("array_reordered_sorts", gold=[(["tags"], [[[1, 2]], [[3]]])], pred=(["tags"], [[[3]], [[1, 2]]]),
     expected=True, code="exact", why="arrays arrive as lists, which pandas deduplicates and Python orders: equal")
case("duplicate_column_names_raise", gold=[NAMES], pred=(["id", "id", "name"], [[2, 2, "Bob"], [1, 1, "Ann"]]),
     expected=False, code="exception", why="a join selecting a.id, b.id: sorting by a non-unique label raises")
case("prediction_failed", gold=[NAMES], pred=None, expected=False, code="pred_error",
     why="no prediction result: sql-eval's execution raised")

# ------------------------------------------------------------------ several expansions, gold failures
CHOICE = "SELECT {name, id} FROM people"
NAME_ONLY = (["name"], [["Ann"], ["Bob"]])
ID_ONLY = (["id"], [[1], [2]])
case("later_expansion_exact", gold_cell=CHOICE, gold=[NAME_ONLY, ID_ONLY, (["name", "id"], [["Ann", 1], ["Bob", 2]])],
     pred=(["id"], [[2], [1]]), expected=True, code="exact",
     why="expansion 1 (name) fails, expansion 2 (id) equals after sorting")
case("exception_in_later_expansion_after_subset", gold_cell=CHOICE,
     gold=[NAME_ONLY, ERR("column \"id\" does not exist"), (["name", "id"], [["Ann", 1], ["Bob", 2]])],
     pred=(["name", "age"], [["Bob", 40], ["Ann", 30]]), expected=False, code="gold_error",
     why="expansion 1 matches as a subset, but the loop goes on and expansion 2 raises: the row is wrong")
case("exact_before_failing_expansion", gold_cell=CHOICE,
     gold=[NAME_ONLY, ERR("column \"id\" does not exist"), ERR("column \"id\" does not exist")],
     pred=(["name"], [["Bob"], ["Ann"]]), expected=True, code="exact",
     why="an exact match on expansion 1 returns before the failing expansions run")
case("subset_then_exact_later", gold_cell=CHOICE, gold=[NAME_ONLY, ID_ONLY, (["name", "id"], [["Ann", 1], ["Bob", 2]])],
     pred=(["id", "name"], [[2, "Bob"], [1, "Ann"]]), expected=True, code="exact",
     why="expansion 1 is a subset; expansion 3 (name, id) is equal after sorting columns by name")
case("first_expansion_fails", gold_cell=CHOICE, gold=[ERR("syntax error"), ID_ONLY, (["name", "id"], [["Ann", 1], ["Bob", 2]])],
     pred=ID_ONLY, expected=False, code="gold_error", why="an exception in the first expansion ends the row before the matching one")
case("group_by_one_space_filled", question="How many visits per clinic and city?", category="group_by",
     gold_cell="SELECT {clinic, city}, COUNT(*) AS n FROM visits GROUP BY {}",
     gold=[(["clinic", "n"], [["North", 3], ["South", 2]]), (["city", "n"], [["Oslo", 5]]),
           (["clinic", "city", "n"], [["North", "Oslo", 3], ["South", "Oslo", 2]])],
     pred=(["city", "clinic", "n"], [["Oslo", "South", 2], ["Oslo", "North", 3]]), expected=True, code="exact",
     why="'GROUP BY {}' (one space) becomes GROUP BY clinic, city: expansion 3 runs and equals after normalising")
case("group_by_two_spaces_not_filled", category="group_by",
     gold_cell="SELECT {clinic, city}, COUNT(*) AS n FROM visits GROUP BY  {}",
     gold=[ERR("syntax error at or near \"{\"")] * 3,
     pred=(["clinic", "n"], [["North", 3], ["South", 2]]), expected=False, code="gold_error",
     why="'GROUP BY  {}' (two spaces) stays in every expansion: none executes, the row is wrong")
case("group_by_lower_case_not_filled", category="group_by",
     gold_cell="SELECT {clinic, city}, COUNT(*) AS n FROM visits group by {}",
     gold=[ERR("syntax error at or near \"{\"")] * 3,
     pred=(["clinic", "n"], [["North", 3], ["South", 2]]), expected=False, code="gold_error",
     why="assumption: the replacement is case-sensitive ('group by {}' stays)")
case("only_first_brace_group_expanded", gold_cell="SELECT {p.id, p.name}, {c.id, c.name} FROM p JOIN c ON c.p = p.id",
     gold=[ERR("syntax error at or near \"{\"")] * 3,
     pred=(["id", "name"], [[1, "Ann"]]), expected=False, code="gold_error",
     why="the second {…} group stays in the text of every expansion: they all fail to execute")
case("semicolon_alternatives_not_split", gold_cell="SELECT name FROM people; SELECT name, id FROM people",
     gold=[ERR("a statement of the cell failed")], pred=NAME_ONLY, expected=False, code="gold_error",
     why="no ';' alternatives in 2023: one text run whole; a failing statement in it fails the row (when all "
         "run, the pipeline passes the last statement's rows, as psycopg2 + pandas returned them)")

# ------------------------------------------------------------------ differential findings (bench/sqleval_differential.py)
# Expected verdicts here are those of sql-eval's own 2023 comparison code (its compare_df checks
# ``df1.shape == df2.shape`` before each positional test), run on pandas 2.0.3 + NumPy 1.25.2 over the
# same frames (the shape_* rows above follow the same rule).
case("ref2023_one_row_gold_vs_empty_pred", question="How many adverse events mention a reaction?",
     gold_cell="SELECT COUNT(*) FROM adverse_events WHERE term ILIKE '%reaction%'",
     gold=[(["count"], [[5]])], pred=(["count"], []), expected=False, code="different",
     why="2023 compared shapes first: (1,1) vs (0,1) is not equal, normalised neither, and 0 values never match 1 "
         "in the subset rule (the differential bench's 31 'LIMIT 0' / empty-result predictions)")
case("ref2023_one_row_two_columns_vs_empty_pred", gold=[(["a", "b"], [[1, "x"]])], pred=(["a", "b"], []),
     expected=False, code="different", why="a (1,2) gold against a (0,2) prediction: shapes differ, wrong in 2023")
case("ref2023_empty_gold_vs_one_row_pred", gold=[(["n"], [])], pred=(["n"], [[7]]), expected=False,
     code="different", why="(0,1) vs (1,1): shapes differ in both comparisons, and an empty gold is never a subset")
case("ref2023_empty_one_column_gold_vs_empty_wider_pred", gold=[(["a"], [])], pred=(["a", "b", "c"], []),
     expected=False, code="different", why="(0,1) broadcasts against (0,3) in NumPy, but 2023 compared shapes first")
case("ref2023_one_row_gold_vs_empty_wider_pred", gold=[(["n"], [[5]])], pred=(["n", "m"], []), expected=False,
     code="different", why="(1,1) broadcasts against (0,2) in NumPy, but 2023 compared shapes first")
case("ref2023_one_row_vs_copies_order_kept", category="order_by", gold=[(["n"], [[5]])],
     pred=(["n"], [[5], [5], [5]]), expected=True, code="exact",
     why="control: with the shape check, drop_duplicates (applied even when the order is kept) still makes them equal")
case("ref2023_column_broadcast_is_subset_then_failing_expansion", gold_cell=CHOICE,
     gold=[(["name"], [["Ann"], ["Bob"]]), ERR("column \"id\" does not exist"), ERR("column \"id\" does not exist")],
     pred=(["name", "alias"], [["Ann", "Ann"], ["Bob", "Bob"]]), expected=False, code="gold_error",
     why="(2,1) vs (2,2) is not equal in 2023 (shapes differ): expansion 1 is only a subset, so the loop reaches "
         "the failing expansion 2 and the row is wrong (broadcasting would return exact before it)")
case("ref2023_copies_with_duplicate_labels_raise", gold_cell="SELECT COUNT(*), COUNT(*) FILTER (WHERE hot) FROM lots",
     gold=[(["count", "count"], [[7, 2]])], pred=(["count", "count"], [[7, 2], [7, 2]]), expected=False, code="exception",
     why="(1,2) vs (2,2): with 2023's shape check the frames are normalised, and sorting by the non-unique label 'count' "
         "raises (ValueError): the row is wrong; broadcasting would call it exact before normalising (fab_lots-h063)")
case("ref2023_semicolon_cell_last_statement_result", gold_cell="SELECT name FROM people; SELECT name, id FROM people",
     gold=[(["name", "id"], [["Ann", 1], ["Bob", 2]])], pred=(["id", "name"], [[2, "Bob"], [1, "Ann"]]),
     expected=True, code="exact",
     why="psycopg2 ran the whole ';' cell and read_sql_query returned the LAST statement's rows (measured: 12 "
         "predictions on 9 classic golds); a caller that passes that result gets 2023's verdict")


def render() -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES)


def main(argv: list[str]) -> int:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    text = render()
    if "--check" in argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(CASES)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
