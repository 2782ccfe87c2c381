"""The pandas-free decisions of sql-eval's 2023 verdict (eval/scoring/sqleval_shortcuts.py) give the
verdict and note that the pandas rules give: over the whole case table, and over random sweeps of
plain result pairs with the near misses that decide 2023 verdicts (reordered, duplicated, missing and
extra rows, extra and missing columns, NULLs, a Decimal vs an int, a value off by a little, aware vs
naive timestamps, float noise, Decimals that round to one float)."""
from __future__ import annotations

import datetime as dt
import importlib.util
import random
from decimal import Decimal

import pytest

from eval.scoring import sqleval_compat as sc
from eval.scoring import sqleval_shortcuts as sh
from eval.scoring.sqleval_compat import GoldFailed, correct_sqleval
from eval.scoring.sqleval_frames import MONEY_OID
from eval.pgvalues import Interval, Json, PgText
from eval.types import ResultSet
from tests.helpers.sqleval_cases import CASES, golds_and_pred

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")


def _rs(columns, rows, oids=()) -> ResultSet:
    return ResultSet(list(columns), [tuple(r) for r in rows], list(oids))


def _both(monkeypatch, cell, golds, pred, question, category):
    """(verdict with the shortcuts, verdict with pandas deciding everything)."""
    fast = correct_sqleval(cell, golds, pred, question=question, category=category)
    with monkeypatch.context() as m:
        m.setattr(sh, "kinds", lambda result: None)
        m.setattr(sh, "decide", lambda gold, pred, pred_kinds, keep_order: None)
        slow = correct_sqleval(cell, golds, pred, question=question, category=category)
    return fast, slow


@pytest.mark.parametrize("c", CASES, ids=[c["id"] for c in CASES])
def test_case_table_verdicts_are_unchanged(monkeypatch, c):
    golds, pred = golds_and_pred(c)
    fast, slow = _both(monkeypatch, c["gold_cell"], golds, pred, c["question"], c["category"])
    assert fast == slow


# --------------------------------------------------------------------------- random sweeps

_UTC = dt.timezone.utc
_POOLS = {
    "int": [0, 1, 2, 7, 10, -3, 2 ** 40],
    "bigint_edge": [2 ** 62, -(2 ** 62), 2 ** 53 + 1, 2 ** 53],
    "decimal": [Decimal("1"), Decimal("1.00"), Decimal("2.5"), Decimal("0.1"), Decimal("0.10000000000000000001"),
                Decimal("-0.0"), Decimal("1234567.891")],
    "float": [0.0, -0.0, 1.0, 2.5, 0.1 + 0.2, 0.3, 1e-9, float("inf")],
    "str": ["a", "b", "A", "", " a", "Ann"],
    "bool": [True, False],
    "date": [dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(1999, 12, 31)],
    "ts": [dt.datetime(2024, 1, 1, 12), dt.datetime(2024, 1, 1, 12, 0, 0, 1), dt.datetime(1990, 5, 5)],
    "tstz": [dt.datetime(2024, 1, 1, 12, tzinfo=_UTC), dt.datetime(2024, 1, 1, 13, tzinfo=_UTC),
             dt.datetime(2024, 1, 1, 14, tzinfo=dt.timezone(dt.timedelta(hours=2)))],
    "time": [dt.time(8, 30), dt.time(23, 59, 59), dt.time(0, 0)],
}
_KINDS = sorted(_POOLS)


def _column(rng: random.Random, kind: str, n: int, nulls: bool) -> list:
    pool = _POOLS[kind]
    return [None if nulls and rng.random() < 0.2 else rng.choice(pool) for _ in range(n)]


def _random_result(rng: random.Random) -> ResultSet:
    width, n = rng.randint(1, 3), rng.choice([0, 1, 2, 3, 4, 6])
    kinds = [rng.choice(_KINDS) for _ in range(width)]
    cols = [_column(rng, k, n, rng.random() < 0.3) for k in kinds]
    names = rng.sample(["a", "b", "c", "d", "n", "total"], width)
    return _rs(names, list(zip(*cols)) if n else [])


def _mutate(rng: random.Random, g: ResultSet) -> ResultSet:
    rows, cols = [list(r) for r in g.rows], list(g.columns)
    for _ in range(rng.randint(0, 2)):
        op = rng.choice(["same", "shuffle", "reverse", "dup_row", "drop_row", "add_row", "drop_col", "add_col",
                         "null", "retype", "nudge", "rename", "naive", "all_dups", "empty"])
        if op == "shuffle":
            rng.shuffle(rows)
        elif op == "reverse":
            rows.reverse()
        elif op == "dup_row" and rows:
            rows.insert(rng.randrange(len(rows) + 1), list(rng.choice(rows)))
        elif op == "drop_row" and rows:
            rows.pop(rng.randrange(len(rows)))
        elif op == "add_row" and rows:
            rows.append([rng.choice(_POOLS[rng.choice(_KINDS)]) if rng.random() < 0.3 else v for v in rng.choice(rows)])
        elif op == "drop_col" and len(cols) > 1:
            j = rng.randrange(len(cols))
            cols.pop(j)
            rows = [r[:j] + r[j + 1:] for r in rows]
        elif op == "add_col":
            kind = rng.choice(_KINDS)
            cols.append(rng.choice(["x", "y", cols[0]]))
            extra = _column(rng, kind, len(rows), rng.random() < 0.3)
            rows = [r + [v] for r, v in zip(rows, extra)]
        elif op == "null" and rows:
            r = rng.choice(rows)
            r[rng.randrange(len(r))] = None
        elif op == "retype" and rows:
            r = rng.choice(rows)
            j = rng.randrange(len(r))
            v = r[j]
            if isinstance(v, bool):
                r[j] = int(v)
            elif isinstance(v, int):
                r[j] = Decimal(v) if rng.random() < 0.5 else float(v)
            elif isinstance(v, Decimal) and v.is_finite():
                r[j] = float(v)
            elif isinstance(v, dt.datetime):
                r[j] = v.date()
        elif op == "nudge" and rows:
            r = rng.choice(rows)
            j = rng.randrange(len(r))
            v = r[j]
            if isinstance(v, float) and v == v and abs(v) != float("inf"):
                # inside, at and just past the tolerance (rtol 1e-5: relative to which side matters)
                r[j] = v * (1 + rng.choice([1e-12, 1e-6, 1e-5, 1.0000001e-5, 0.9999999e-5, 1e-3]))
            elif isinstance(v, Decimal):
                r[j] = v + Decimal("0.00000000000000000001")
            elif isinstance(v, str):
                r[j] = v.upper() if v != v.upper() else v + " "
        elif op == "rename":
            cols = [c + "_" for c in cols]
        elif op == "naive":
            rows = [[v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v for v in r] for r in rows]
        elif op == "all_dups" and rows:
            rows = [list(rows[0]) for _ in rows] + [list(rows[0])]
        elif op == "empty":
            rows = []
    return _rs(cols, [tuple(r) for r in rows])


@pytest.mark.parametrize("seed", range(6))
def test_random_plain_pairs_match_the_pandas_rules(monkeypatch, seed):
    rng = random.Random(seed)
    decided: dict = {}
    for k in range(250):
        gold = _random_result(rng)
        pred = _mutate(rng, gold)
        golds = [gold]
        cell = "SELECT 1"
        if rng.random() < 0.2:  # two expansions: the loop's order matters (exact stops, a miss goes on)
            cell = "SELECT {a,b} FROM t"
            golds = [_mutate(rng, gold), _mutate(rng, gold), gold]
        question, category = rng.choice([("How many are there?", "where"), ("Sort them by total.", "where"),
                                         ("Which rows?", "order_by"), ("Which rows?", "group_by")])
        fast, slow = _both(monkeypatch, cell, golds, pred, question, category)
        assert fast == slow, (k, gold, pred, cell, question)
        q = sh.decide(gold, pred, pred_kinds=sh.kinds(pred), keep_order=category == "order_by")
        decided[q] = decided.get(q, 0) + 1
    # not vacuous: exact, subset and different are each decided here, and pandas still decides a share
    assert all(decided.get(x, 0) >= 5 for x in ((True, False), (False, True), (False, False), None)), decided


def test_what_is_not_plain():
    d = dt.datetime(2024, 1, 1)
    assert sh.is_plain(_rs(["a", "b"], [(Decimal("1"), None), (Decimal("2"), "x")]))
    assert not sh.is_plain(_rs(["a"], [(1,), (Decimal("2"),)]))  # one column, two kinds: not as PostgreSQL returns it
    assert not sh.is_plain(_rs(["t"], [(d.replace(tzinfo=dt.timezone.utc),), (d,)]))  # aware next to naive
    assert not sh.is_plain(_rs(["a", "a"], [(1, 2)]))  # duplicate names: rule b raises
    assert not sh.is_plain(_rs(["m"], [(Decimal("1.50"),)], [MONEY_OID]))  # money: its text
    for v in (float("nan"), Decimal("NaN"), Decimal("Infinity"), 2 ** 53 + 1, PgText("datetime", "infinity"), Json("{}"),
              Interval(1, 0, 0), b"x", [1, 2], (1, 2), dt.timedelta(1), dt.datetime(1500, 1, 1), d.replace(year=2300)):
        assert not sh.is_plain(_rs(["v"], [(v,)])), v


def _decide(gold, pred, keep_order=False):
    return sh.decide(gold, pred, pred_kinds=sh.kinds(pred), keep_order=keep_order)


def test_decisions():
    g = _rs(["n", "s"], [(1, "a"), (2, "b")])
    exact, subset, different = (True, False), (False, True), (False, False)
    assert _decide(g, _rs(["x", "y"], [(1, "a"), (2, "b")])) == exact  # names play no part in rule a
    assert _decide(g, _rs(["n", "s"], [(2, "b"), (1, "a")])) == exact  # rule b sorts the rows
    assert _decide(g, _rs(["n", "s"], [(2, "b"), (1, "a")]), keep_order=True) == different
    assert _decide(g, _rs(["s", "n"], [("a", 1), ("b", 2)])) == exact  # rule b: columns by name
    assert _decide(g, _rs(["n", "s"], [(1, "a"), (2, "b"), (2, "b")])) == exact  # drop_duplicates
    assert _decide(g, _rs(["n", "s"], [])) == different
    assert _decide(_rs(["n"], []), _rs(["n"], [(1,)])) == different
    assert _decide(_rs(["n"], []), _rs(["m"], [])) == exact  # two empty frames as wide
    assert _decide(g, _rs(["id", "s", "n"], [(7, "a", 1), (8, "b", 2)])) == subset  # an extra column
    assert _decide(g, _rs(["n", "s"], [(1, "a"), (2, "c")])) == different
    assert _decide(_rs(["x"], [(1.0,)]), _rs(["x"], [(1.000001,)])) == subset  # rtol 1e-5 in rule c only
    assert _decide(_rs(["x"], [(None,), (1,)]), _rs(["x"], [(None,), (1,)])) == subset  # NaN: not equal, but close
    assert _decide(_rs(["x"], [("a",), (None,)]), _rs(["x"], [("a",), (None,)])) == exact  # None equals None
    assert _decide(_rs(["n"], [(1,)]), _rs(["n"], [(Decimal(1),)])) == exact  # int64 1 == float64 1.0
    assert _decide(_rs(["b"], [(True,)]), _rs(["b"], [(1,)])) is None  # bool against a number: pandas
    tz = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert _decide(_rs(["t"], [(tz,)]), _rs(["t"], [(tz.replace(tzinfo=None),)])) is None  # aware vs naive
    assert _decide(_rs(["d"], [(dt.date(2024, 1, 1),)]), _rs(["d"], [(dt.datetime(2024, 1, 1),)])) is None
    assert _decide(g, _rs(["n", "s"], [(1, "a"), (2, "b")] * 30_000)) is None  # large: pandas is faster
    assert sh.decide(g, g, pred_kinds=None, keep_order=False) is None  # a prediction that is not plain
    dup = _rs(["n", "n"], [(1, 2), (3, 4)])
    assert _decide(dup, _rs(["n", "n"], [(1, 2), (3, 4)])) == exact  # rule a reads no names
    assert _decide(dup, _rs(["n", "n"], [(3, 4), (1, 2)])) is None  # rule b would raise: pandas


def test_a_non_plain_prediction_still_builds_its_frame_first():
    """A prediction frame that raises is reported before a gold expansion that failed, as in 2023."""
    bad = _rs(["j"], [(Json("{"),)])
    ok, note = correct_sqleval("SELECT 1", [GoldFailed("boom")], bad, question="q", category="where")
    assert not ok and note.startswith(("exception: prediction frame", "gold_error"))
    ok2, note2 = correct_sqleval("SELECT 1", [GoldFailed("boom")], _rs(["n"], [(1,)]), question="q", category="where")
    assert (ok2, note2.split(":")[0]) == (False, "gold_error")
    assert sc.NOTE_CODES  # the module is what the pipeline calls
