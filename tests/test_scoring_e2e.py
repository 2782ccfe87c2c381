"""Scoring through PostgreSQL: the sort-key rewrite (ties), LIMIT through ties, and the
multi-instance (test-suite) verdict, end to end through the CLI."""
from __future__ import annotations

import csv
import json

import pytest

from tests.helpers.harness import run_cli

GENERATOR = '''
SEEDS = [1, 2]
ROWS = {
    1: [(1, "Ann", "red", 10), (2, "Bob", "red", 10), (3, "Cy", "blue", 7), (4, "Di", "blue", 7), (5, "Ed", "green", 3)],
    2: [(1, "Ann", "red", 4), (2, "Bob", "red", 9), (3, "Cy", "blue", 9), (4, "Di", "blue", 1), (5, "Ed", "green", 12)],
}
def generate(seed):
    return {"runner": ROWS[seed]}
'''

CASES = [
    # id, category, question, gold, prediction, correct, correct_single, reason
    ("ties-permuted", "order_by", "List the runners from most to least points.",
     "SELECT name FROM runner ORDER BY points DESC", "SELECT name FROM runner ORDER BY points DESC, name DESC",
     1, 1, "match"),
    ("wrong-direction", "order_by", "List the runners from most to least points, please.",
     "SELECT name FROM runner ORDER BY points DESC", "SELECT name FROM runner ORDER BY points ASC", 0, 0, "wrong_order"),
    ("expr-key-direction", "order_by", "Show each team's total points, highest first.",
     "SELECT team, SUM(points) FROM runner GROUP BY team ORDER BY SUM(points) DESC",
     "SELECT team, SUM(points) FROM runner GROUP BY team ORDER BY SUM(points) ASC", 0, 0, "wrong_order"),
    ("alias-key", "order_by", "Show each team's total points sorted from highest to lowest.",
     "SELECT team, SUM(points) AS total FROM runner GROUP BY team ORDER BY total DESC",
     "SELECT SUM(points), team FROM runner GROUP BY team ORDER BY 1 DESC", 1, 1, "match"),
    ("limit-through-ties", "order_by", "Which three runners scored the most points, highest first?",
     "SELECT name FROM runner ORDER BY points DESC LIMIT 3",
     "SELECT name FROM runner ORDER BY points DESC, name DESC LIMIT 3", 1, 1, "gold_ambiguous_ties"),
    ("limit-wrong-pick", "order_by", "Which three runners scored the most points? Highest first.",
     "SELECT name FROM runner ORDER BY points DESC LIMIT 3",
     "SELECT name FROM runner ORDER BY points ASC LIMIT 3", 0, 0, None),
    ("coincidence", "where", "Which runners have more than 5 points?",
     "SELECT name FROM runner WHERE points > 5", "SELECT name FROM runner WHERE team <> 'green'", 0, 1,
     "instance_mismatch"),
    ("order-not-asked", "where", "Which runners are on the red team?",
     "SELECT name FROM runner WHERE team = 'red' ORDER BY name", "SELECT name FROM runner WHERE team = 'red' ORDER BY name DESC",
     1, 1, "match"),
]


@pytest.fixture(scope="module")
def scored(pg_root, tmp_path_factory):
    d = tmp_path_factory.mktemp("e2e")
    (d / "schemas" / "race").mkdir(parents=True)
    (d / "schemas" / "race" / "schema.sql").write_text(
        "CREATE TABLE runner (id int PRIMARY KEY, name text NOT NULL, team text NOT NULL, points int NOT NULL);\n")
    (d / "schemas" / "race" / "generate.py").write_text(GENERATOR)
    with open(d / "q.jsonl", "w") as qf, open(d / "p.jsonl", "w") as pf:
        for cid, cat, text, gold, pred, *_ in CASES:
            qf.write(json.dumps({"id": cid, "db": "race", "category": cat, "question": text, "gold": [gold]}) + "\n")
            pf.write(json.dumps({"question_id": cid, "generated_query": pred}) + "\n")
    r = run_cli(["--model", "replay", "--predictions", str(d / "p.jsonl"), "--schemas", str(d / "schemas"),
                 "--questions", str(d / "q.jsonl"), "--no-progress", "-o", str(d / "run")])
    assert r.returncode == 0, r.stderr
    return {row["question_id"]: row for row in csv.DictReader(open(d / "run" / "results.csv"))}


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_verdict(scored, case):
    cid, *_, correct, single, reason = case
    row = scored[cid]
    assert (int(row["correct"]), int(row["correct_single"])) == (correct, single), row
    if reason:
        assert row["reason"] == reason, row
    assert row["instances"] in ("1", "2")


def test_ambiguous_gold_is_flagged(scored):
    assert scored["limit-through-ties"]["gold_ambiguous"] == "1"
    assert scored["ties-permuted"]["gold_ambiguous"] == "0"
