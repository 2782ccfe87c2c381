"""Issue #16, "no silent loss": a repeated file flag, a predictions file that misses questions,
question columns the harness does not read, sql-eval results CSVs in `report`."""
from __future__ import annotations

import json

import pytest

from eval.errors import UsageError
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, csv_ids, run_cli

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]


def _parsers():
    from eval.cli import cleanup, gate, parser, prompts, report, validate

    return {"run": parser.build_parser(), "gate": gate.build_parser(), "report": report.build_parser(),
            "validate": validate._parser(), "prompts": prompts._parser(), "cleanup": cleanup._parser()}


@pytest.mark.parametrize("which, argv", [
    ("run", ["--questions", "a.csv", "--questions", "b.csv"]),
    ("run", ["--quest", "a.csv", "--questions=b.csv"]),  # abbreviations and = are the same flag
    ("run", ["--schemas", "s1", "--schemas", "s1"]),  # even the same value twice
    ("run", ["--predictions", "p1.csv", "--predictions", "p2.csv"]),
    ("run", ["-o", "r1", "--output", "r2"]),
    ("run", ["--resume", "r1", "--resume", "r2"]),
    ("run", ["--model-path", "m1", "--model-path", "m2"]),
    ("run", ["--prompt-template", "t1", "--prompt-template", "t2"]),
    ("run", ["--cache-dir", "c1", "--cache-dir", "c2"]),
    ("run", ["--pg-data", "d1", "--pg-data", "d2"]),
    ("validate", ["--questions", "a.csv", "--questions", "b.csv"]),
    ("prompts", ["--by-db", "a", "--by-db", "b"]),
    ("gate", ["--baseline", "a", "--candidate", "b", "--baseline", "c"]),
    ("report", ["run1", "--out", "a", "--out", "b"]),
    ("cleanup", ["--pg-data", "a", "--pg-data", "b"]),
])
def test_a_repeated_path_flag_is_refused(which, argv):
    with pytest.raises(UsageError, match="given more than once"):
        _parsers()[which].parse_args(argv)


def test_repeatable_flags_and_single_values_still_parse():
    p = _parsers()["run"]
    args = p.parse_args(["--questions", "a.csv", "--category", "where", "--category", "ratio", "--db", "x"])
    assert args.questions == "a.csv" and args.category == ["where", "ratio"]
    assert _parsers()["report"].parse_args(["r1", "r2", "--out", "o"]).runs == ["r1", "r2"]


def test_a_repeated_dsn_is_refused_without_echoing_it():
    with pytest.raises(UsageError) as e:
        _parsers()["run"].parse_args(["--dsn", "postgresql://u:s3cret@h/db", "--dsn", "host=h password=s3cret"])
    assert "given more than once" in str(e.value) and "s3cret" not in str(e.value)


def test_repeated_questions_on_the_command_line_exit_2(tmp_path):
    r = run_cli([*BASE, "--questions", str(SQLEVAL_QUESTIONS), "-o", str(tmp_path / "o")])
    assert r.returncode == 2 and "--questions given more than once" in r.stderr and "one folder" in r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "o").exists()


def test_predictions_missing_questions_name_count_and_ids(tmp_path):
    p = tmp_path / "p.jsonl"
    ids = csv_ids()
    p.write_text("".join(json.dumps({"question_id": qid, "generated_query": "SELECT 1"}) + "\n" for qid in ids[:14]))
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "-o", str(tmp_path / "o")])
    assert r.returncode == 2, r.stderr
    assert f"no prediction for 7 of the 21 selected questions (e.g. {ids[14]}, " in r.stderr
    assert "--partial" in r.stderr and not (tmp_path / "o").exists()
    # narrowing the selection to the covered questions is enough
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "--limit", "14", "-q", "-o", str(tmp_path / "o")])
    assert r.returncode == 0, r.stderr
    assert "partial" not in json.loads((tmp_path / "o" / "summary.json").read_text())


SQLEVAL_EXTRA = ["k_shot_prompt", "glossary", "table_metadata_string", "prev_invalid_sql", "full_instructions"]


def _sqleval_csv(path, n=3):
    import csv

    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category", "instructions", *SQLEVAL_EXTRA])
        for i in range(n):
            w.writerow([f"Which shops? ({i})", "SELECT name FROM shops", "bakery", "where", "",
                        "Q: x\nA: SELECT 1", "shops are bakeries" if i else "", "CREATE TABLE shops ...", "", "Do it."])


def test_unused_question_columns_are_named_in_one_warning(pg_root, tmp_path):
    q = tmp_path / "sqleval_questions.csv"
    _sqleval_csv(q)
    r = run_cli(["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress", "-q", "-o", str(tmp_path / "o")])
    assert r.returncode == 0, r.stderr
    warnings = [x for x in r.stderr.splitlines() if "not used by this harness" in x]
    assert len(warnings) == 1, r.stderr  # one line for all questions and columns
    for col in SQLEVAL_EXTRA:
        assert col in warnings[0]
    assert "glossary (2 non-empty)" in warnings[0] and "k_shot_prompt (3 non-empty)" in warnings[0]
    assert "sqleval_questions.csv" in warnings[0]


def test_bundled_and_plain_questions_have_no_such_warning():
    from eval.data import dataset

    assert dataset.unused_fields_warning(dataset.load_questions(SQLEVAL_QUESTIONS)) is None
    assert dataset.unused_fields_warning(dataset.load_questions("questions")) is None


def _sqleval_results(path):
    import csv

    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["db_name", "query_category", "question", "query", "generated_query", "error_msg", "exact_match",
                    "correct", "error_db_exec", "latency_seconds"])
        w.writerow(["bakery", "where", "Which shops?", "SELECT name FROM shops", "SELECT name FROM shops", "", "1", "1", "0", "1.2"])
        w.writerow(["bakery", "group_by", "How many?", "SELECT count(*) FROM shops", "SELECT cnt FROM shops",
                    "column cnt does not exist", "0", "0", "1", "1.0"])
        w.writerow(["transit", "order_by", "List?", "SELECT 1", "SELECT 2", "", "0", "False", "0", "1"])


def test_sqleval_results_csv_loads_into_report(tmp_path):
    from eval.report.runs import load_run

    src = tmp_path / "sqlcoder_results.csv"
    _sqleval_results(src)
    run = load_run(src)
    assert [(r["correct"], r["correct_source"], r["reason"]) for r in run.records] == \
        [(1, 1, "match"), (0, 0, "pred_error"), (0, 0, "sqleval_wrong")]
    assert run.records[1]["error_msg"] == "column cnt does not exist" and run.label == "sqlcoder_results"
    from eval.data import dataset

    # its rows get the ids a run over the same questions gets (content ids), whatever the file is called
    assert [r["question_id"] for r in run.records] == [q.id for q in dataset.load_questions(src)]
    r = run_cli(["report", str(src), "--out", str(tmp_path / "rep")])
    assert r.returncode == 0, r.stderr
    assert "| sqlcoder_results | 33.3 |" in r.stdout
    assert "column cnt does not exist" in (tmp_path / "rep" / "report.html").read_text()


def test_sqleval_results_cannot_be_paired_silently(tmp_path):
    src = tmp_path / "a.csv"
    _sqleval_results(src)
    b = tmp_path / "b.csv"
    _sqleval_results(b)
    r = run_cli(["report", str(src), str(b), "--compare", str(src), str(b), "--out", str(tmp_path / "rep")])
    assert r.returncode == 2 and "no questions_hash" in r.stderr and "Traceback" not in r.stderr
