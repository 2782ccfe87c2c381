"""The loop's scoring step (eval/run/pipeline.score) through the SQLExecutor seam, with the in-memory
FakeExecutor (tests/helpers/fake_executor.py): no PostgreSQL, milliseconds per test."""
from __future__ import annotations

import time
from types import SimpleNamespace

from eval.run import pipeline
from eval.run.golds import GoldStore
from eval.run.prepare import Prepared
from eval.types import ExecOutcome, Generation, Question, ResultSet, Settings
from tests.helpers.fake_executor import FakeExecutor

GOLD = "SELECT name FROM shop ORDER BY name"
Q = Question(id="q1", db="shop", category="order_by", question="List the shop names in alphabetical order.",
             gold=(GOLD,), gold_raw=GOLD)


def prepared(table) -> Prepared:
    ex = FakeExecutor(table)
    fxs = {"shop": SimpleNamespace(instance_dbs=["shop_0", "shop_1"])}
    args = Settings(model="replay", float_tolerance=1e-6)  # the run's typed settings, every field present
    return Prepared(args, [Q], [Q], fxs, None, ex, GoldStore(ex, 1000), runner=None)


def rs(*names):
    return ResultSet(["name"], [(n,) for n in names])


BASE = {("shop_0", GOLD): rs("a", "b"), ("shop_1", GOLD): rs("c", "d")}


def score(table, sql):
    return pipeline.score(prepared(table), Q, Generation(question_id="q1", sql=sql))


def test_right_on_every_instance():
    pred = "SELECT name FROM shop ORDER BY 1"
    rec = score(BASE | {("shop_0", pred): rs("a", "b"), ("shop_1", pred): rs("c", "d")}, pred)
    assert (rec["correct"], rec["correct_single"], rec["instances"]) == (1, 1, 2)


def test_right_on_instance_0_only():
    pred = "SELECT name FROM shop WHERE name < 'c' ORDER BY 1"
    rec = score(BASE | {("shop_0", pred): rs("a", "b"), ("shop_1", pred): rs()}, pred)
    assert (rec["correct"], rec["correct_single"]) == (0, 1)


def test_wrong_order_when_the_question_asks_for_one():
    pred = "SELECT name FROM shop ORDER BY name DESC"
    rec = score(BASE | {("shop_0", pred): rs("b", "a"), ("shop_1", pred): rs("d", "c")}, pred)
    assert rec["correct"] == 0 and rec["reason"] != "match"


def test_a_database_error_is_the_prediction_s():
    pred = "SELECT nme FROM shop"
    rec = score(BASE | {pred: ExecOutcome(None, "error", 'column "nme" does not exist')}, pred)
    assert (rec["correct"], rec["error_db_exec"]) == (0, 1)
    assert "nme" in rec["error_msg"]


def test_no_prediction_and_generation_errors():
    assert score(BASE, "")["reason"] == "no_prediction"
    rec = pipeline.score(prepared(BASE), Q, Generation(question_id="q1", sql=None, error="boom"))
    assert (rec["reason"], rec["error_query_gen"]) == ("pred_error", 1)


def test_milliseconds():
    pred = "SELECT name FROM shop ORDER BY 1"
    table = BASE | {("shop_0", pred): rs("a", "b"), ("shop_1", pred): rs("c", "d")}
    t0 = time.perf_counter()
    for _ in range(100):
        score(table, pred)
    assert time.perf_counter() - t0 < 5.0  # about 1 ms each on a loaded 2-core box
