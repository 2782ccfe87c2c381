"""``--dsn`` with the least privilege: a non-superuser role with CREATEDB and CREATEROLE on a server
the test starts; three runs in a row succeed, and ``cleanup`` leaves nothing ``t2seval`` behind."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli
from eval.db import pgconn
from eval.db.pgserver import EmbeddedServer
from eval.db.reader_role import READER_ROLE


@pytest.fixture()
def plain_server():
    """A server with nothing of the harness on it, and a least-privilege user for --dsn."""
    root = Path(f"/tmp/t2seval-dsn-{os.getpid()}")
    root.mkdir(mode=0o755, exist_ok=True)
    os.chmod(root, 0o755)
    s = EmbeddedServer(root)
    c = pgconn.connect(s.admin.for_db("postgres"))
    with c.cursor() as cur:
        cur.execute(f"DROP ROLE IF EXISTS {READER_ROLE}")  # the embedded start made it as superuser
        cur.execute("DROP ROLE IF EXISTS t2seval_dsn_user")
        cur.execute("CREATE ROLE t2seval_dsn_user LOGIN CREATEDB CREATEROLE PASSWORD 'pw-secret-1'")
    c.close()
    yield s
    c = pgconn.connect(s.admin.for_db("postgres"))
    with c.cursor() as cur:
        cur.execute("SELECT datname FROM pg_database WHERE datname LIKE 't2seval%%'")
        for (d,) in cur.fetchall():
            cur.execute(f'ALTER DATABASE "{d}" WITH IS_TEMPLATE false')
            cur.execute(f'DROP DATABASE "{d}" WITH (FORCE)')
        cur.execute(f"DROP ROLE IF EXISTS {READER_ROLE}")
        cur.execute("DROP ROLE IF EXISTS t2seval_dsn_user")
    c.close()
    s.stop()


def _leftovers(server) -> list:
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE 't2seval\\_%%' "
                        "UNION ALL SELECT rolname FROM pg_roles WHERE rolname = %s", (READER_ROLE,))
            return [r[0] for r in cur.fetchall()]
    finally:
        c.close()


def test_three_runs_then_cleanup(plain_server, tmp_path):
    dsn = f"postgresql://t2seval_dsn_user:pw-secret-1@127.0.0.1:{plain_server.port}/postgres"
    for i in range(3):
        r = run_cli(["--dsn", dsn, "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS),
                     "--no-progress", "-q", "-o", str(tmp_path / f"run{i}")])
        assert r.returncode == 0, (i, r.stderr[-2000:])
        assert "pw-secret-1" not in r.stderr + r.stdout
        assert json.loads((tmp_path / f"run{i}" / "summary.json").read_text())["perc_correct"] == 100.0
        if i == 0:  # what a non-superuser cannot enforce is said, not silently skipped
            assert "temp_file_limit" in r.stderr and "could not be revoked" in r.stderr
    assert _leftovers(plain_server)
    r = run_cli(["cleanup", "--dsn", dsn])
    assert r.returncode == 0, r.stderr[-2000:]
    assert "dropped database t2seval_" in r.stdout and f"dropped role {READER_ROLE}" in r.stdout
    assert _leftovers(plain_server) == []
