"""Hedged answers (eval/scoring/hedging.py): the case table tests/data/hedging_cases.tsv, scored end to end
through the CLI on the bakery fixture (executor, comparator, hedging rule)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.helpers.harness import SQLEVAL_SCHEMAS, run_cli
from eval.scoring.hedging import hedge_note

CASES = [line.split("\t") for line in (Path(__file__).parent / "data" / "hedging_cases.tsv").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory, pg_root):
    tmp = tmp_path_factory.mktemp("hedging")
    q, p = tmp / "q.csv", tmp / "p.jsonl"
    with q.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "question", "query", "db_name", "query_category"])
        for i, (gold, _, _, why) in enumerate(CASES):
            w.writerow([f"h{i:02d}", f"Case {i}: {why}", gold, "bakery", "where"])
    p.write_text("".join(json.dumps({"question_id": f"h{i:02d}", "generated_query": pred}) + "\n"
                         for i, (_, pred, _, _) in enumerate(CASES)), encoding="utf-8")
    r = run_cli(["--model", "replay", "--predictions", str(p), "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q),
                 "--no-progress", "-o", str(tmp / "run")])
    assert r.returncode == 0, r.stderr[-2000:]
    return {x["question_id"]: x for x in map(json.loads, (tmp / "run" / "results.jsonl").read_text().splitlines())}


def test_table_is_big_enough():
    assert len(CASES) >= 30
    assert {c[2] for c in CASES} >= {"hedged", "match_extra_columns"}


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[3][:50] for c in CASES])
def test_hedging_case(verdicts, i):
    gold, pred, want, why = CASES[i]
    rec = verdicts[f"h{i:02d}"]
    assert rec["reason"] == want, f"{why}: {rec['note']}"
    assert rec["correct"] == (0 if want == "hedged" else 1)
    if want == "hedged":
        assert rec["note"].startswith("hedged: column")


def test_pure_rule_without_rows_and_on_bad_sql():
    assert hedge_note("SELECT COUNT(*) FILTER (WHERE a > 1), COUNT(*) FILTER (WHERE a >= 1) FROM t", [0], []) is not None
    assert hedge_note("not sql (", [0], [(1, 2)]) is None
    assert hedge_note("SELECT a, b FROM t", [0], [(1, 2)]) is None
