"""Paths of the test data and a subprocess runner for run_eval.py, shared by the tests."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
SQLEVAL_SCHEMAS = FIXTURES / "sqleval"
SQLEVAL_QUESTIONS = FIXTURES / "questions_sqleval.csv"


def csv_ids(path=SQLEVAL_QUESTIONS) -> list[str]:
    """The ids the harness gives the rows of a CSV without an id column, in row order (content ids,
    eval/data/dataset.py): ``csv_ids()[0]`` is the first question of questions_sqleval.csv."""
    from eval.data.dataset import load_questions

    return [q.id for q in load_questions(path)]


def run_cli(args, *, env=None, timeout=300, cwd=REPO):
    """Run run_eval.py in a subprocess; returns CompletedProcess (text)."""
    import subprocess

    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, str(REPO / "run_eval.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=e, cwd=cwd)
