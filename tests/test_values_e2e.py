"""Values that once crashed whole runs, end to end through the CLI: every question gets a verdict,
the run ends with a summary and exit 0, and ``--resume`` does not crash either."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.helpers.harness import SQLEVAL_SCHEMAS, csv_ids, run_cli

# sql-eval-style questions whose golds (or their sort-key rewrites) return awkward values.
# The first reproduces defog's ORDER BY TO_DATE(month, 'Month'): the sort key is a date in 1 BC.
GOLDS = [
    ("Units sold per calendar month name, in calendar order.",
     "SELECT to_char(sold_at, 'FMMonth') AS month, SUM(quantity) AS units FROM sales "
     "GROUP BY 1 ORDER BY TO_DATE(to_char(sold_at, 'FMMonth'), 'Month')", "order_by"),
    ("The first sale date minus two thousand and twenty five years.",
     "SELECT (MIN(sold_at)::date - interval '2025 years')::date FROM sales", "where"),
    ("How many sales are there?", "SELECT COUNT(*) FROM sales", "where"),
    ("What is the total quantity sold, as a numeric?", "SELECT SUM(quantity)::numeric FROM sales", "where"),
]

# predictions for question 3/4 (and others) returning values that crashed the run before
CRASHERS = [
    "SELECT date '0044-03-15 BC'",
    "SELECT date '12000-01-01', timestamp '15000-06-01 10:00'",
    "SELECT interval '178000000 years'",
    "SELECT ('" + "[" * 600 + "]" * 600 + "')::json",
    "SELECT ('" + "1" * 5001 + "')::json",
    "SELECT '\"\\ud800\"'::json",
    "SELECT ('1" + "0" * 400 + "')::numeric",
    "SELECT 'infinity'::interval, time '24:00', date 'infinity'",
]


def _questions(tmp_path: Path) -> Path:
    path = tmp_path / "awkward.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        for q, sql, cat in GOLDS:
            w.writerow([q, sql, "bakery", cat])
        for i, _ in enumerate(CRASHERS):
            w.writerow([f"Awkward question {i}: how many sales are there?", "SELECT COUNT(*) FROM sales", "bakery", "where"])
    return path


def test_gold_scores_awkward_golds(tmp_path):
    q = _questions(tmp_path)
    r = run_cli(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress",
                 "-o", str(tmp_path / "gold")])
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((tmp_path / "gold" / "summary.json").read_text())
    assert s["perc_correct"] == 100.0


def test_crashing_values_become_verdicts(tmp_path):
    q = _questions(tmp_path)
    preds = tmp_path / "preds.jsonl"
    ids = csv_ids(q)  # row order: the golds, then the crashers
    with preds.open("w", encoding="utf-8") as f:
        for i, sql in enumerate(CRASHERS):
            f.write(json.dumps({"question_id": ids[len(GOLDS) + i], "generated_query": sql}) + "\n")
        for i, (_, sql, _) in enumerate(GOLDS):
            f.write(json.dumps({"question_id": ids[i], "generated_query": sql}) + "\n")
    out = tmp_path / "run"
    base = ["--model", "replay", "--predictions", str(preds), "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q),
            "--no-progress", "-o", str(out)]
    r = run_cli(base)
    assert r.returncode == 0, r.stderr[-2000:]
    recs = {json.loads(line)["question_id"]: json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()}
    assert len(recs) == len(GOLDS) + len(CRASHERS)
    for i in range(len(GOLDS)):
        assert recs[ids[i]]["correct"] == 1
    for i in range(len(CRASHERS)):
        assert recs[ids[len(GOLDS) + i]]["correct"] == 0
    r = run_cli(base[:-2] + ["--resume", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
