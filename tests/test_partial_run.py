"""--partial-credit through the real pipeline: soft F1, schema linking and the planner cost ratio per
question (beside correct), their summary with VES, the console line, report --metrics and gate --metric."""
from __future__ import annotations

import json

import pytest

from eval.data import dataset
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli

BASE = ["--model", "replay", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress", "-q"]
SALES = "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"


@pytest.fixture(scope="module")
def runs(pg_root, tmp_path_factory):
    d = tmp_path_factory.mktemp("partial")
    qs = dataset.load_questions(SQLEVAL_QUESTIONS)
    sales = next(q for q in qs if q.question.startswith("How many units were sold in total per shop"))
    rows = []
    for q in qs:
        sql = q.gold[0]
        if q.id == sales.id:  # one shop's row missing: soft F1 below 1, linking still perfect
            sql = SALES.replace("GROUP BY s.name", "GROUP BY s.name HAVING s.name <> (SELECT MIN(name) FROM shops)")
        rows.append({"question_id": q.id, "generated_query": sql})
    rows[-1]["generated_query"] = "SELECT * FROM nowhere"  # an error: soft F1 0
    pred = d / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out, plain = d / "pc", d / "plain"
    r = run_cli([*BASE, "--predictions", str(pred), "--partial-credit", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
    r0 = run_cli([*BASE, "--predictions", str(pred), "-o", str(plain)])
    assert r0.returncode == 0, r0.stderr[-2000:]
    return out, plain, r, sales.id, rows[-1]["question_id"]


def _by_id(folder):
    return {r["question_id"]: r for r in map(json.loads, (folder / "results.jsonl").read_text().splitlines())}


def test_per_question_fields(runs):
    out, _, _, sales_id, bad_id = runs
    recs = _by_id(out)
    s = recs[sales_id]
    assert s["correct"] == 0 and 0 < s["soft_f1"]["f1"] < 1 and s["soft_f1"]["precision"] == 1.0
    assert s["linking"]["table_recall"] == 1.0 and "efficiency" not in s  # never on an incorrect prediction
    assert recs[bad_id]["soft_f1"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    right = [r for r in recs.values() if r["correct"]]
    assert right and all(r["soft_f1"]["f1"] == 1.0 and r["efficiency"]["ratio"] == 1.0 for r in right)
    assert all(r["efficiency"]["gold_cost"] > 0 for r in right)


def test_a_run_without_the_flag_writes_none_of_it(runs):
    out, plain, *_ = runs
    for r in _by_id(plain).values():
        assert not {"soft_f1", "linking", "efficiency"} & set(r)
    assert "partial_credit" not in json.loads((plain / "summary.json").read_text())
    a, b = _by_id(out), _by_id(plain)
    assert {q: (r["correct"], r["reason"]) for q, r in a.items()} == {q: (r["correct"], r["reason"]) for q, r in b.items()}


def test_summary_console_report_and_gate(runs, tmp_path):
    out, plain, r, _, _ = runs
    pc = json.loads((out / "summary.json").read_text())["partial_credit"]
    ov = pc["overall"]
    n = ov["n"]
    assert ov["soft_f1"]["n"] == n and 80 < ov["soft_f1"]["value"] < 100
    n_right = sum(x["correct"] for x in _by_id(out).values())
    assert ov["ves"]["value"] == pytest.approx(100 * n_right / n)  # every correct prediction is the gold: ratio 1
    assert ov["cost_ratio_median"] == 1.0 and set(pc["categories"]) and set(pc["databases"])
    assert "partial credit (--partial-credit, beside correct): soft_f1" in r.stdout
    rep = run_cli(["report", str(out), str(plain), "--metrics", "soft_f1,ves,table_recall", "--out", str(tmp_path / "rep")])
    assert rep.returncode == 0, rep.stderr
    md = (tmp_path / "rep" / "report.md").read_text()
    assert "| model | perc_correct | soft_f1 | ves | table_recall |" in md and "| soft_f1 by query_category |" in md
    g = run_cli(["gate", "--baseline", str(out), "--candidate", str(out), "--metric", "soft_f1"])
    assert g.returncode == 0 and "paired z p=1.0000" in g.stdout, g.stdout
    missing = run_cli(["gate", "--baseline", str(out), "--candidate", str(plain), "--metric", "ves"])
    assert missing.returncode == 2 and "has no ves" in missing.stderr
