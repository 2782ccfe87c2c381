"""Shared fixtures: one embedded PostgreSQL for the whole test session, in its own cache folder."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no test may reach the Hugging Face hub

from tests.helpers.harness import SQLEVAL_SCHEMAS  # noqa: E402


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
