"""sql-eval 2023 compatibility verdicts (eval/scoring/sqleval_compat.py): the case table
tests/data/sqleval_compat_cases.jsonl (written by bench/make_sqleval_compat_cases.py, expected verdicts
by hand), unit tests of the 2023 gold expansion, the driver-value mapping and the API contract.
The verdict tests need pandas (requirements: pandas==3.1.1); the expansion tests do not."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from eval.scoring import sqleval_compat as sc
from eval.scoring import sqleval_frames as sf
from eval.pgvalues import Interval, Json, PgText
from eval.scoring.sqleval_compat import correct_sqleval, expand_gold_2023, wants_order_2023
from eval.types import ResultSet
from tests.helpers.sqleval_cases import CASES, golds_and_pred

REPO = Path(__file__).resolve().parent.parent
needs_pandas = pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")


def _run(c: dict) -> tuple[bool, str]:
    golds, pred = golds_and_pred(c)
    return correct_sqleval(c["gold_cell"], golds, pred, question=c["question"], category=c["category"])


# --------------------------------------------------------------------------- the case table

def test_table_is_current_and_covers_every_quirk():
    assert subprocess.run([sys.executable, str(REPO / "bench" / "make_sqleval_compat_cases.py"), "--check"]).returncode == 0, \
        "tests/data/sqleval_compat_cases.jsonl differs from bench/make_sqleval_compat_cases.py: rerun it"
    assert len(CASES) >= 40
    ids = {c["id"] for c in CASES}
    assert len(ids) == len(CASES)
    for needed in ("renamed_swap_with_duplicates_fails", "renamed_swap_pass_by_name_luck", "dedup_missing_distinct",
                   "order_regex_border", "order_regex_orders_noun", "subset_extra_column", "tolerance_5e-6_passes",
                   "tolerance_2e-5_fails", "nan_vs_null", "decimal_vs_float", "empty_gold_never_subset",
                   "exception_in_later_expansion_after_subset", "group_by_two_spaces_not_filled",
                   "group_by_one_space_filled", "only_first_brace_group_expanded"):
        assert needed in ids, needed
    assert {c["code"] for c in CASES} == set(sc.NOTE_CODES)
    assert {c["expected"] for c in CASES} == {True, False}
    for c in CASES:
        assert set(c) == {"id", "question", "category", "gold_cell", "gold_columns", "gold_rows", "pred_columns",
                          "pred_rows", "expected", "code", "why"}, c["id"]
        assert len(c["gold_rows"]) == len(expand_gold_2023(c["gold_cell"])), c["id"]
        assert (c["code"] in ("exact", "subset")) == c["expected"], c["id"]


@needs_pandas
@pytest.mark.parametrize("c", CASES, ids=[c["id"] for c in CASES])
def test_case(c):
    correct, note = _run(c)
    assert (correct, note.split(":")[0]) == (c["expected"], c["code"]), f"{c['why']} -- got {note!r}"


# --------------------------------------------------------------------------- gold expansion (no pandas)

def test_no_group_is_the_cell_verbatim():
    for cell in ("SELECT a FROM t;", "  SELECT a FROM t  ", "SELECT '{' FROM t", "SELECT '}' || '{' FROM t", ""):
        assert expand_gold_2023(cell) == [cell]


def test_every_non_empty_subset_by_size_then_listed_order_items_not_stripped():
    assert expand_gold_2023("SELECT {a, b} FROM t") == ["SELECT a FROM t", "SELECT  b FROM t", "SELECT a,  b FROM t"]
    got = expand_gold_2023("SELECT {x,y,z} FROM t")
    assert got == ["SELECT x FROM t", "SELECT y FROM t", "SELECT z FROM t", "SELECT x, y FROM t",
                   "SELECT x, z FROM t", "SELECT y, z FROM t", "SELECT x, y, z FROM t"]


def test_group_by_placeholder_only_with_exactly_one_space():
    one = expand_gold_2023("SELECT {c,d}, COUNT(*) FROM t GROUP BY {} ORDER BY {}")
    assert one == ["SELECT c, COUNT(*) FROM t GROUP BY c ORDER BY {}", "SELECT d, COUNT(*) FROM t GROUP BY d ORDER BY {}",
                   "SELECT c, d, COUNT(*) FROM t GROUP BY c, d ORDER BY {}"]
    for cell in ("SELECT {c,d}, COUNT(*) FROM t GROUP BY  {}", "SELECT {c,d}, COUNT(*) FROM t GROUP BY\n{}",
                 "SELECT {c,d}, COUNT(*) FROM t group by {}", "SELECT {c,d}, COUNT(*) FROM t GROUP BY{}"):
        out = expand_gold_2023(cell)
        assert len(out) == 3 and all(x.endswith("{}") for x in out), cell
    twice = expand_gold_2023("SELECT {c} FROM t GROUP BY {} UNION SELECT c FROM u GROUP BY {}")
    assert twice == ["SELECT c FROM t GROUP BY c UNION SELECT c FROM u GROUP BY c"]
    # 2023's guard `if tail.find("GROUP BY {}")` is false only when the tail starts with it
    assert expand_gold_2023("SELECT {c}GROUP BY {}") == ["SELECT cGROUP BY {}"]


def test_only_the_first_group_is_expanded():
    out = expand_gold_2023("SELECT {p.id, p.name}, {c.id, c.name} FROM p JOIN c ON c.p = p.id")
    assert len(out) == 3
    assert out[0] == "SELECT p.id, {c.id, c.name} FROM p JOIN c ON c.p = p.id"
    assert all("{c.id, c.name}" in x for x in out)


def test_no_semicolon_alternatives():
    out = expand_gold_2023("SELECT {a,b} FROM t; SELECT c FROM u")
    assert out == ["SELECT a FROM t; SELECT c FROM u", "SELECT b FROM t; SELECT c FROM u",
                   "SELECT a, b FROM t; SELECT c FROM u"]
    assert expand_gold_2023("SELECT a FROM t; SELECT b FROM t") == ["SELECT a FROM t; SELECT b FROM t"]


def test_textual_braces_and_odd_groups():
    # braces are found inside string literals too (the 2023 code did not tokenize)
    assert expand_gold_2023("SELECT * FROM t WHERE s = '{x}'") == ["SELECT * FROM t WHERE s = 'x'"]
    # the first '}' after the first '{' closes the group, nesting is not understood
    assert expand_gold_2023("SELECT {a, f({b})} FROM t")[0] == "SELECT a)} FROM t"
    # a bare {} is a group with one empty item: one expansion, broken SQL
    assert expand_gold_2023("SELECT a FROM t GROUP BY {}") == ["SELECT a FROM t GROUP BY "]
    # empty items are kept (and so are identical expansions)
    assert len(expand_gold_2023("SELECT {a,,b} FROM t")) == 7
    assert expand_gold_2023("SELECT {a,a} FROM t") == ["SELECT a FROM t", "SELECT a FROM t", "SELECT a, a FROM t"]
    # '{' without a later '}' is not a group
    assert expand_gold_2023("SELECT '}' , '{' FROM t") == ["SELECT '}' , '{' FROM t"]


def test_order_words():
    for q in ("List the orders", "Which border towns?", "Sort them", "sorted by name", "ARRANGE by size",
              "the arrangement", "ORDER"):
        assert wants_order_2023(q, "where"), q
    for q in ("List the towns", "Which ranks are highest?", "in alphabetical sequence", ""):
        assert not wants_order_2023(q, "where"), q
    assert wants_order_2023("List the towns", "order_by")
    assert not wants_order_2023("List the towns", "Order_By")


# --------------------------------------------------------------------------- driver values (no pandas)

def test_driver_values_are_what_psycopg2_returned():
    dv = sf.driver_value
    assert dv(Interval(1, 0, 0)) == dt.timedelta(days=30)
    assert dv(Interval(14, 2, 5_000_000)) == dt.timedelta(days=365 + 60 + 2, seconds=5)
    assert dv(Interval(-14, 0, 0)) == dt.timedelta(days=-365 - 60)
    assert dv(Json('{"a":[1,2]}')) == {"a": [1, 2]}
    assert dv(Json("not json")) == "not json"
    assert dv(PgText("datetime", "infinity")) == "infinity"
    assert bytes(dv(b"\x00\x01")) == b"\x00\x01" and isinstance(dv(b"\x00"), memoryview)
    assert dv(Decimal("1234.5"), sf.MONEY_OID) == "$1,234.50"
    assert dv(Decimal("-3"), sf.MONEY_OID) == "-$3.00"
    assert dv(Decimal("1234.5")) == Decimal("1234.5")
    assert dv([Interval(0, 1, 0), None]) == [dt.timedelta(days=1), None]
    for v in (None, True, 3, 2.5, "x", dt.date(2024, 1, 1), dt.datetime(2024, 1, 1), dt.time(1)):
        assert dv(v) == v and type(dv(v)) is type(v)


# --------------------------------------------------------------------------- frames and the API contract

@needs_pandas
def test_frame_is_read_sql_querys():
    rs = ResultSet(["n", "d", "i", "s", "day", "at", "atz", "b"],
                   [(Decimal("1.5"), Decimal("2"), 1, "x", dt.date(2024, 1, 1), dt.datetime(2024, 1, 1, 10),
                     dt.datetime(2024, 1, 1, 10, tzinfo=dt.timezone.utc), True),
                    (None, Decimal("3"), None, None, None, None, None, None)])
    df = sf.frame_2023(rs)
    kinds = {c: df[c].dtype.kind for c in df.columns}
    assert kinds == {"n": "f", "d": "f", "i": "f", "s": "O", "day": "O", "at": "M", "atz": "M", "b": "O"}
    assert str(df["atz"].dtype.tz) == "UTC"
    assert df["s"].tolist() == ["x", None]  # 2023: object strings, NULL stays None
    empty = sf.frame_2023(ResultSet(["a", "b"], []))
    assert empty.shape == (0, 2)


@needs_pandas
def test_contract():
    g = ResultSet(["a"], [(1,)])
    with pytest.raises(ValueError):
        correct_sqleval("SELECT {a, b} FROM t", [g], g, question="q", category="where")
    with pytest.raises(TypeError):
        correct_sqleval("SELECT a FROM t", ["error text"], g, question="q", category="where")
    ok, note = correct_sqleval("SELECT a FROM t", [RuntimeError("boom")], g, question="q", category="where")
    assert (ok, note) == (False, "gold_error: expansion 1 of 1: RuntimeError: boom")
    assert correct_sqleval("SELECT a FROM t", [g], g, question="q", category="where") == (True, "exact: expansion 1 of 1")
    assert correct_sqleval("SELECT a FROM t", [g], None, question="q", category="where") == (False, "pred_error")
    assert sorted(sc.__all__) == sorted(["NOTE_CODES", "ORDER_WORDS", "GoldFailed", "correct_sqleval",
                                         "expand_gold_2023", "wants_order_2023"])
    assert sorted(sf.__all__) == ["MONEY_OID", "driver_value", "frame_2023"]


@needs_pandas
def test_pandas_settings_are_restored():
    import pandas as pd

    def option():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the option's own deprecation warning
            return pd.get_option("future.infer_string")

    try:
        before = option()
    except Exception:  # noqa: BLE001 - a pandas without the option raises its own error type
        pytest.skip("this pandas has no future.infer_string option")
    g = ResultSet(["s"], [("x",)])
    correct_sqleval("SELECT s FROM t", [g], g, question="q", category="where")
    assert option() == before


# ---- wired into runs ------------------------------------------------------------------------------

def test_runs_record_sqleval_verdicts_beside_ours(tmp_path):
    """Every record carries correct_sqleval; summary.json counts it and the disagreements by our
    reason; the console prints it; report shows the table."""
    import csv as _csv

    from tests.helpers.harness import SQLEVAL_SCHEMAS, csv_ids, run_cli

    q = tmp_path / "q.csv"
    with q.open("w", newline="", encoding="utf-8") as f:
        w = _csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        w.writerow(["Which shop cities are there?", "SELECT DISTINCT city FROM shops", "bakery", "where"])
        w.writerow(["How many sales are there?", "SELECT COUNT(*) FROM sales", "bakery", "where"])
        w.writerow(["What is the largest quantity?", "SELECT MAX(quantity) FROM sales", "bakery", "where"])
    preds = tmp_path / "p.jsonl"
    q1, q2, q3 = csv_ids(q)
    preds.write_text("".join(json.dumps({"question_id": k, "generated_query": v}) + "\n" for k, v in {
        q1: "SELECT city FROM shops",          # duplicates: sql-eval's drop_duplicates accepts it, we do not
        q2: "SELECT COUNT(*) FROM sales",      # right for both
        q3: "SELECT MIN(quantity) FROM sales",  # wrong for both
    }.items()))
    r = run_cli(["--model", "replay", "--predictions", str(preds), "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q),
                 "--no-progress", "-o", str(tmp_path / "run")])
    assert r.returncode == 0, r.stderr[-2000:]
    recs = {x["question_id"]: x for x in map(json.loads, (tmp_path / "run" / "results.jsonl").read_text().splitlines())}
    assert (recs[q1]["correct"], recs[q1]["correct_sqleval"]) == (0, 1)
    assert (recs[q2]["correct"], recs[q2]["correct_sqleval"]) == (1, 1)
    assert (recs[q3]["correct"], recs[q3]["correct_sqleval"]) == (0, 0)
    s = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert s["n_correct_sqleval"] == 2 and s["sqleval_disagreements"]["sqleval_only"] == {"duplicate_rows": 1}
    assert "sql-eval 2023 rules (instance 0): 2/3" in r.stdout
    rep = run_cli(["report", str(tmp_path / "run")])
    assert rep.returncode == 0 and "perc_correct_sqleval" in rep.stdout


# ----------------------------------------------------------------------------- in the pipeline
def test_a_cell_of_several_statements_is_the_last_ones_rows_in_2023(pg_root, tmp_path):
    """psycopg2 ran a ';' cell whole and pandas read the last statement's rows: the pipeline runs each
    statement in the sandbox and hands the last result to the 2023 rules (ours: each is an alternative)."""
    import eval as eval_pkg

    schemas = tmp_path / "schemas"
    (schemas / "shop").mkdir(parents=True)
    (schemas / "shop" / "shop.sql").write_text(
        "CREATE TABLE items (id integer PRIMARY KEY, name text);\nINSERT INTO items VALUES (1, 'a'), (2, 'b');\n")
    q = tmp_path / "q.csv"
    q.write_text("question,query,db_name,query_category\n"
                 "Which item names are there?,SELECT id FROM items; SELECT name FROM items,shop,where\n"
                 "How many items are there?,SELECT COUNT(*) FROM items; SELECT nope FROM items,shop,where\n")
    ids = [r["question_id"] for r in eval_pkg.evaluate("gold", schemas=str(schemas), questions=str(q),
                                                         output=tmp_path / "g", skip_gold_errors=True).records]
    by_first = eval_pkg.evaluate(predictions={ids[0]: "SELECT id FROM items", ids[1]: "SELECT COUNT(*) FROM items"},
                                 schemas=str(schemas), questions=str(q), output=tmp_path / "a",
                                 skip_gold_errors=True).records
    by_last = eval_pkg.evaluate(predictions={ids[0]: "SELECT name FROM items", ids[1]: "SELECT 2"},
                                schemas=str(schemas), questions=str(q), output=tmp_path / "b",
                                skip_gold_errors=True).records
    assert (by_first[0]["correct"], by_first[0]["correct_sqleval"]) == (1, 0)  # ours: any alternative
    assert (by_last[0]["correct"], by_last[0]["correct_sqleval"]) == (1, 1)   # 2023: the last statement only
    # a statement of the cell that fails makes 2023's row wrong, whatever the prediction
    assert by_first[1]["correct_sqleval"] == 0 and by_first[1]["note_sqleval"].startswith("gold_error")


def test_gold_frames_are_memoised_per_result_object_without_changing_verdicts():
    """The same gold result object (the gold store's) is framed once; verdicts are those of fresh frames.
    (Bools next to numbers: values that eval/scoring/sqleval_shortcuts.py leaves to pandas.)"""
    from eval.scoring import sqleval_compat as sc
    from eval.types import ResultSet as RS

    gold = RS(["a", "b"], [(1, True), (2, False), (2, False)])
    preds = [RS(["b", "a"], [(0, 2), (1, 1)]), RS(["a"], [(True,)]), RS(["a", "b", "c"], [(1, 1, 0), (2, 0, 0)])]
    sc._GOLD_FRAMES.clear()
    first = [sc.correct_sqleval("SELECT a, b FROM t", [gold], p, question="q", category="where") for p in preds]
    assert len(sc._GOLD_FRAMES) == 1 and next(iter(sc._GOLD_FRAMES.values()))[0] is gold
    again = [sc.correct_sqleval("SELECT a, b FROM t", [gold], p, question="q", category="where") for p in preds]
    sc._GOLD_FRAMES.clear()
    fresh = [sc.correct_sqleval("SELECT a, b FROM t", [RS(["a", "b"], list(gold.rows))], p, question="q",
                                category="where") for p in preds]
    assert first == again == fresh
    assert first[0][0] is True and first[1][0] is False
