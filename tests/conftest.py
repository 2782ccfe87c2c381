"""Shared fixtures: one embedded PostgreSQL for the whole test session, in its own cache folder."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no test may reach the Hugging Face hub
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
FIXTURES = REPO / "tests" / "fixtures"
SQLEVAL_SCHEMAS = FIXTURES / "sqleval"
SQLEVAL_QUESTIONS = FIXTURES / "questions_sqleval.csv"


@pytest.fixture(scope="session")
def pg_root():
    """A cache root the unprivileged server account can enter (pytest's own tmp dirs are mode 700)."""
    root = Path(f"/tmp/t2seval-tests-{os.getpid()}")
    root.mkdir(mode=0o755, exist_ok=True)
    os.chmod(root, 0o755)
    os.environ["EVAL_CACHE_ROOT"] = str(root)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def server(pg_root):
    from eval.db.pgserver import EmbeddedServer

    s = EmbeddedServer(pg_root)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def sqleval_fixtures(server):
    from eval.db import fixtures

    fxs = fixtures.discover(SQLEVAL_SCHEMAS)
    for fx in fxs.values():
        fixtures.ensure_loaded(server, fx)
    return fxs


@pytest.fixture()
def executor(server):
    from eval.db.executor import Executor

    ex = Executor(server, timeout_s=2.0, row_cap=1000)
    yield ex
    ex.close()


def run_cli(args, *, env=None, timeout=300, cwd=REPO):
    """Run run_eval.py in a subprocess; returns CompletedProcess (text)."""
    import subprocess

    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, str(REPO / "run_eval.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=e, cwd=cwd)
