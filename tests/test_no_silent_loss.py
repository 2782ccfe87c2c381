"""Issue #16, "no silent loss": a repeated file flag, a predictions file that misses questions,
question columns the harness does not read, sql-eval results CSVs in `report`."""
from __future__ import annotations

import json

import pytest

from eval.errors import UsageError
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli

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
    p.write_text("".join(json.dumps({"question_id": f"questions_sqleval-{i}", "generated_query": "SELECT 1"}) + "\n"
                         for i in range(1, 15)))
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "-o", str(tmp_path / "o")])
    assert r.returncode == 2, r.stderr
    assert "no prediction for 7 of the 21 selected questions (e.g. questions_sqleval-15, " in r.stderr
    assert "--partial" in r.stderr and not (tmp_path / "o").exists()
    # narrowing the selection to the covered questions is enough
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "--limit", "14", "-q", "-o", str(tmp_path / "o")])
    assert r.returncode == 0, r.stderr
    assert "partial" not in json.loads((tmp_path / "o" / "summary.json").read_text())
