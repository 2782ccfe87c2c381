"""Splits (classic / hard), unanswerable questions and abstention scoring, and the `prompts`
subcommand: through the CLI on the small sql-eval-style fixtures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.harness import SQLEVAL_SCHEMAS, run_cli
from eval.data import dataset
from eval.run import results
from eval.errors import UsageError

QUESTIONS = [
    {"id": "c1", "db": "bakery", "category": "where", "question": "How many sales are there?",
     "gold": ["SELECT COUNT(*) FROM sales"]},
    {"id": "c2", "db": "bakery", "category": "group_by", "question": "Units sold per product id?",
     "gold": ["SELECT product_id, SUM(quantity) FROM sales GROUP BY product_id"]},
    {"id": "h1", "db": "bakery", "category": "where", "split": "hard", "question": "What is the largest quantity in one sale?",
     "gold": ["SELECT MAX(quantity) FROM sales"]},
    {"id": "h2", "db": "bakery", "category": "ratio", "split": "hard", "question": "Which cashier made each sale?",
     "instructions": "Return the cashier's name per sale.", "gold": [], "answerable": False,
     "why": "no cashier is recorded"},
]


def _write(tmp_path: Path, items=QUESTIONS) -> Path:
    p = tmp_path / "q.jsonl"
    p.write_text("".join(json.dumps(x) + "\n" for x in items), encoding="utf-8")
    return p


def test_split_and_answerable_parsed(tmp_path):
    qs = dataset.load_questions(_write(tmp_path))
    by = {q.id: q for q in qs}
    assert by["c1"].split == "classic" and by["h1"].split == "hard"
    assert by["h2"].answerable is False and by["h2"].gold == ()
    assert "answerable" not in by["h2"].extra and by["h2"].extra["why"] == "no cashier is recorded"
    assert [q.id for q in dataset.filter_questions(qs, splits=["hard"])] == ["h1", "h2"]
    with pytest.raises(UsageError, match="--split 'nope'"):
        dataset.filter_questions(qs, splits=["nope"])


@pytest.mark.parametrize("bad, msg", [
    ({"split": "Hard Split"}, "split must be"),
    ({"split": 3}, "split must be"),
    ({"answerable": "maybe"}, "answerable must be true/false"),
    ({"answerable": False, "gold": ["SELECT 1"]}, "has no gold query"),
])
def test_bad_split_fields_name_the_row(tmp_path, bad, msg):
    rec = dict(QUESTIONS[0]) | bad
    with pytest.raises(UsageError, match=msg) as e:
        dataset.load_questions(_write(tmp_path, [QUESTIONS[1], rec]))
    assert "row 2" in str(e.value)


def test_classic_hash_unchanged_by_the_new_fields(tmp_path):
    """A classic-only question set hashes as before, so old run folders still resume."""
    q = dataset.load_questions(_write(tmp_path, QUESTIONS[:2]))
    q2 = dataset.load_questions(_write(tmp_path, [dict(x, split="classic") for x in QUESTIONS[:2]]))
    assert dataset.questions_hash(q) == dataset.questions_hash(q2)


def _preds(tmp_path: Path, rows: dict) -> Path:
    p = tmp_path / "preds.jsonl"
    p.write_text("".join(json.dumps({"question_id": k, "generated_query": v}) + "\n" for k, v in rows.items()))
    return p


def test_gold_run_reports_splits_and_abstention(tmp_path):
    q = _write(tmp_path)
    r = run_cli(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress",
                 "-o", str(tmp_path / "g")])
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((tmp_path / "g" / "summary.json").read_text())
    assert s["n_questions"] == 3 and s["perc_correct"] == 100.0  # the unanswerable one is not in perc_correct
    assert set(s["splits"]) == {"classic", "hard"}
    assert s["splits"]["hard"]["n_questions"] == 1 and s["splits"]["classic"]["n_questions"] == 2
    assert s["abstention"]["unanswerable"] == {"n": 1, "abstained": 1, "answered": 0, "no_query": 0, "perc_abstained": 100.0}
    assert s["abstention"]["reliability"] == 100.0
    assert "| split" in r.stdout and "reliability" in r.stdout
    recs = {x["question_id"]: x for x in results.read_records(tmp_path / "g" / "results.jsonl")}
    assert recs["h2"]["reason"] == "abstained" and recs["h2"]["answerable"] == 0 and recs["h1"]["split"] == "hard"


def test_replay_abstention_scoring(tmp_path):
    q = _write(tmp_path)
    preds = _preds(tmp_path, {
        "c1": "I do not know.",                      # abstained on an answerable question: 0
        "c2": "SELECT product_id, SUM(quantity) FROM sales GROUP BY product_id",  # right: +1
        "h1": "SELECT MIN(quantity) FROM sales",     # wrong query: -1
        "h2": "SELECT 'Ann' AS cashier",             # answered an unanswerable question: -1
    })
    r = run_cli(["--model", "replay", "--predictions", str(preds), "--schemas", str(SQLEVAL_SCHEMAS),
                 "--questions", str(q), "--no-progress", "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((tmp_path / "r" / "summary.json").read_text())
    recs = {x["question_id"]: x for x in results.read_records(tmp_path / "r" / "results.jsonl")}
    assert recs["c1"]["reason"] == "abstained" and recs["c1"]["correct"] == 0 and recs["c1"]["error_db_exec"] == 0
    assert recs["h2"]["reason"] == "answered_unanswerable" and recs["h2"]["correct"] == 0
    ab = s["abstention"]
    assert ab["answerable"] == {"n": 3, "correct": 1, "abstained": 1, "wrong": 1, "no_query": 0}
    assert ab["unanswerable"]["answered"] == 1
    assert ab["reliability"] == pytest.approx(100 * (1 - 1 - 1) / 4)
    assert s["perc_correct"] == pytest.approx(100 / 3)


def test_split_filter_on_the_cli(tmp_path):
    q = _write(tmp_path)
    r = run_cli(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--split", "hard",
                 "--no-progress", "-o", str(tmp_path / "h")])
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((tmp_path / "h" / "summary.json").read_text())
    assert s["question_ids"] == ["h1", "h2"] and list(s["splits"]) == ["hard"]
    r = run_cli(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--split", "medium"])
    assert r.returncode == 2 and "--split 'medium'" in r.stderr and "Traceback" not in r.stderr


def test_prompts_subcommand(tmp_path):
    q = _write(tmp_path)
    out = tmp_path / "p.jsonl"
    r = run_cli(["prompts", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "-o", str(out),
                 "--by-db", str(tmp_path / "md"), "--split", "hard"])
    assert r.returncode == 0, r.stderr[-2000:]
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["question_id"] for x in recs] == ["h1", "h2"]
    text = out.read_text()
    assert "SELECT MAX" not in text and "answerable" not in text and "no cashier is recorded" not in text
    user = recs[1]["messages"][-1]["content"]
    assert "CREATE TABLE sales" in user and user.endswith("Question: Which cashier made each sale?")
    md = (tmp_path / "md" / "bakery.md").read_text()
    head = md.split("## Shared user part (schema)\n\n```text\n", 1)[1].split("```\n", 1)[0]
    tail = md.split("## h2\n\n```text\n", 1)[1].rsplit("\n```", 1)[0]
    assert head + tail == user  # the Markdown file joins back to the exact prompt
    r = run_cli(["prompts", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q)])
    assert r.returncode == 2 and "-o FILE" in r.stderr


def test_prompts_by_db_keeps_a_bulleted_glossary_in_the_shared_part(tmp_path):
    """A glossary.md whose lines start with "- " (like instruction bullets) stays in the shared part."""
    import shutil

    schemas = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS / "transit", schemas / "transit")
    for js in (schemas / "transit").glob("*.json"):
        js.unlink()  # the schema text then comes from the catalog, the glossary from glossary.md
    (schemas / "transit" / "glossary.md").write_text("- A busy line has over 100 boardings.\n- Night lines run after 23:00.\n")
    q = _write(tmp_path, [{"id": "t1", "db": "transit", "category": "where", "question": "How many lines are there?",
                           "instructions": "- Count every line.", "gold": ["SELECT COUNT(*) FROM network.lines"]},
                          {"id": "t2", "db": "transit", "category": "where", "question": "How many modes are there?",
                           "gold": ["SELECT COUNT(DISTINCT mode) FROM network.lines"]}])
    out = tmp_path / "p.jsonl"
    r = run_cli(["prompts", "--schemas", str(schemas), "--questions", str(q), "-o", str(out), "--by-db", str(tmp_path / "md")])
    assert r.returncode == 0, r.stderr[-2000:]
    users = [json.loads(x)["messages"][-1]["content"] for x in out.read_text().splitlines()]
    assert "Night lines run after 23:00." in users[0]
    md = (tmp_path / "md" / "transit.md").read_text()
    head = md.split("## Shared user part (schema)\n\n```text\n", 1)[1].split("```\n", 1)[0]
    assert "Night lines run after 23:00." in head
    for qid, user in zip(("t1", "t2"), users):
        tail = md.split(f"## {qid}\n\n```text\n", 1)[1].split("\n```", 1)[0]
        assert head + tail == user
