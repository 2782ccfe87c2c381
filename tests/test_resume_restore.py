"""Issue #16, `--resume DIR` alone: the interrupted run's settings come back from its config.json;
a flag given explicitly must agree with them (exit 2 naming it); operational flags may differ."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli
from tests.helpers.resume_helpers import comparable_csv, comparable_summary


@pytest.fixture(scope="module")
def reference(pg_root, tmp_path_factory):
    d = tmp_path_factory.mktemp("restore")
    shutil.copy(SQLEVAL_QUESTIONS, d / SQLEVAL_QUESTIONS.name)  # ids come from the file stem
    preds = d / "p.jsonl"
    from eval.data import dataset

    with open(preds, "w") as f:
        for i, q in enumerate(dataset.load_questions(SQLEVAL_QUESTIONS)):
            f.write(json.dumps({"question_id": q.id, "generated_query": q.gold[0] if i % 2 else "SELECT 1"}) + "\n")
    argv = ["--model", "replay", "--predictions", "p.jsonl", "--questions", SQLEVAL_QUESTIONS.name, "--schemas", str(SQLEVAL_SCHEMAS),
            "--timeout", "7", "--category", "where", "--category", "order_by", "--float-tolerance", "1e-4",
            "--no-progress", "-q", "-o", "ref"]
    r = run_cli(argv, cwd=d)  # relative paths: the resume below runs from another folder
    assert r.returncode == 0, r.stderr
    return d / "ref"


def _interrupted_copy(ref, dest):
    shutil.copytree(ref, dest)
    (dest / "results.csv").unlink()
    (dest / "summary.json").unlink()
    lines = (dest / "results.jsonl").read_text().splitlines(keepends=True)
    (dest / "results.jsonl").write_text("".join(lines[:3]))
    return dest


def test_resume_alone_restores_the_settings(reference, tmp_path):
    out = _interrupted_copy(reference, tmp_path / "run")
    saved = json.loads((out / "config.json").read_text())["args"]
    assert saved["timeout"] == 7.0 and saved["category"] == ["where", "order_by"] and saved["model"] == "replay"
    assert "dsn" not in saved and "workers" not in saved
    r = run_cli(["--resume", str(out), "--no-progress", "-q", "--workers", "1"])  # an operational flag may differ
    assert r.returncode == 0, r.stderr
    assert comparable_csv(out / "results.csv") == comparable_csv(reference / "results.csv")
    got, want = comparable_summary(out / "summary.json"), comparable_summary(reference / "summary.json")
    assert got["n_questions"] == want["n_questions"] and got["config"] == want["config"]
    assert got["perc_correct"] == want["perc_correct"] and got["args"] == want["args"]


def test_resume_with_an_agreeing_flag_runs(reference, tmp_path):
    out = _interrupted_copy(reference, tmp_path / "run")
    r = run_cli(["--resume", str(out), "--timeout", "7.0", "--model", "replay", "-q", "--no-progress"])
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("flag, fragment", [
    (["--timeout", "5"], "--timeout 5.0 (the run used 7.0)"),
    (["--category", "where"], "--category"),
    (["--model", "gold"], "--model 'gold' (the run used 'replay')"),
    (["--questions", str(SQLEVAL_QUESTIONS)], "--questions"),
    (["--single-instance"], "--single-instance"),
])
def test_resume_with_a_different_flag_is_exit_2(reference, tmp_path, flag, fragment):
    out = _interrupted_copy(reference, tmp_path / "run")
    r = run_cli(["--resume", str(out), *flag, "-q", "--no-progress"])
    assert r.returncode == 2, r.stderr
    assert fragment in r.stderr and "leave the flag out" in r.stderr and "Traceback" not in r.stderr
    assert not (out / "summary.json").exists()
