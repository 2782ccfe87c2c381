"""The server, not a client-side lexer, decides what runs: statement smuggling, pinned settings,
session state, infrastructure failures.

Every smuggling attempt carries an observable second statement (``ALTER ROLE CURRENT_USER SET …``
persists in the catalog; ``SET TimeZone`` would show in the next query): after each attempt the
reader role has no settings and an honest query gives its usual answer.
"""
from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from eval.db import executor as executor_mod
from eval.db import fixtures, pgconn
from eval.errors import InfrastructureError
from eval.db.executor import Executor
from eval.db.pgserver import EmbeddedServer
from eval.db.reader_role import READER_ROLE, ensure_reader_role

OPERATORS = "+-*/<>=~!@#%^&|`?"
UNICODE_SPACES = ["\u00a0", "\u2000", "\u2003", "\u2009", "\u200a", "\u200b", "\u2028", "\u3000", "\ufeff", "\u0085"]
SECOND = "ALTER ROLE CURRENT_USER SET application_name = 'pwned'"


def _db(fxs) -> str:
    return fxs["bakery"].instance_dbs[0]


def _harness_settings(server) -> list:
    """The reader role's settings as every start leaves them (the harness's own defaults only)."""
    ensure_reader_role(server, password=None)
    return _role_settings(server)


def _role_settings(server) -> list:
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT s.setdatabase, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
                        "WHERE r.rolname = %s", (READER_ROLE,))
            return cur.fetchall()
    finally:
        c.close()


def smuggling_texts() -> list[str]:
    """Texts in which a lexer that disagrees with PostgreSQL's could see one statement."""
    out = []
    for a in OPERATORS:
        for opener in ("--", "/*"):
            out.append(f"SELECT 1 {a}{opener} x\n; {SECOND}")
            out.append(f"SELECT 1 {a}{opener} x */; {SECOND}")
    for a, b in itertools.product("|#@!", repeat=2):
        for opener in ("--", "/*"):
            out.append(f"SELECT 1 {a}{b}{opener} x\n; {SECOND}; SELECT 1")
    for sp in UNICODE_SPACES:
        out.append(f"SELECT{sp}$t$ ; {SECOND}; $t$")
        out.append(f"SELECT 1{sp}$t$; {SECOND}; SELECT $t$")
        out.append(f"SELECT 'a'{sp}; {SECOND}")
    for tag in ("$$", "$a$", "$_$", "$a1$", "$ä$"):
        out.append(f"SELECT {tag} ; {tag}; {SECOND}; SELECT {tag}x{tag}")
        out.append(f"SELECT 1 -- {tag}\n; {SECOND}; SELECT {tag}")
    out += [
        f"SELECT /* /* nested */ ; {SECOND}; */ 1",
        f"SELECT /* /* nested */ */ 1; {SECOND}",
        f"SELECT E'\\''; {SECOND}; SELECT ''",
        f"SELECT 'it''s'; {SECOND}",
        f"SELECT U&'\\0041'; {SECOND}",
        f"SELECT \"a\"\"b\" FROM (SELECT 1 AS \"a\"\"b\") t; {SECOND}",
        f"SELECT 1 AS x) AS t2seval_q; {SECOND}; SELECT (1",  # breaks out of the wrapper
        f"SELECT 1\n) AS t2seval_q; {SECOND}; --",
        f"WITH x AS (SELECT 1) SELECT * FROM x; {SECOND}",
        f"SELECT 1 #-- \n; {SECOND}",
        f"SELECT 1 |/* */; {SECOND}",
        f"SELECT 1 ||/* */; {SECOND}",
        "SELECT 1; DECLARE c CURSOR WITH HOLD FOR SELECT 1",
        "SELECT 1; SET TimeZone = 'Asia/Tokyo'",
        f"SELECT 1; COMMIT; {SECOND}",
    ]
    return out


@pytest.fixture()
def raw_executor(server, monkeypatch):
    """An executor whose friendly client-side check is switched off: only the server decides."""
    monkeypatch.setattr(executor_mod, "single_statement", lambda sql: sql.strip().rstrip(";"))
    ex = Executor(server, timeout_s=2.0, row_cap=1000)
    yield ex
    ex.close()


def test_sweep_is_large():
    assert len(smuggling_texts()) > 150


@pytest.mark.parametrize("checked", [True, False], ids=["client_check_on", "server_only"])
def test_no_smuggled_statement_reaches_the_server(server, sqleval_fixtures, executor, raw_executor, checked):
    ex = executor if checked else raw_executor
    d = _db(sqleval_fixtures)
    clean = _harness_settings(server)
    assert not any("pwned" in str(r) for r in clean)
    for text in smuggling_texts():
        ex.execute(d, text)  # an error, or one statement's result (some texts are one statement plus comments)
        assert _role_settings(server) == clean, f"a second statement ran: {text!r}"
        honest = ex.execute(d, "SELECT count(*), current_setting('TimeZone') FROM sales")
        assert honest.result.rows == [(12, "UTC")], text


def test_server_refuses_a_second_statement_itself(raw_executor, sqleval_fixtures):
    out = raw_executor.execute(_db(sqleval_fixtures), "SELECT 1 AS x) AS t2seval_q; SELECT pg_sleep(5); SELECT (1")
    assert out.error_kind == "rejected" and "refused by the server" in out.error


def test_reader_role_settings_do_not_apply_and_are_reset(server, sqleval_fixtures):
    d = _db(sqleval_fixtures)
    clean = _harness_settings(server)
    probe = ("SELECT date '2024-03-01', timestamptz '2024-03-01 12:00+00', interval '1 day 2 hours', 0.1::float8, "
             "'a\\b', '\\x00ff'::bytea, count(*) FROM sales")
    ex = Executor(server, timeout_s=2.0)
    before = ex.execute(d, probe).result.rows
    ex.close()
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            for setting in ("TimeZone = 'Asia/Tokyo'", "DateStyle = 'SQL, DMY'", "IntervalStyle = 'sql_standard'",
                            "search_path = nowhere", "extra_float_digits = -15", "standard_conforming_strings = off",
                            "statement_timeout = 0"):
                cur.execute(f"ALTER ROLE {READER_ROLE} SET {setting}")
            cur.execute(f'ALTER ROLE {READER_ROLE} IN DATABASE "{d}" SET bytea_output = \'escape\'')
    finally:
        c.close()
    try:
        ex = Executor(server, timeout_s=1.0)
        assert ex.execute(d, probe).result.rows == before  # pinned in every connection's startup packet
        assert ex.execute(d, "SELECT pg_sleep(5)").error_kind == "timeout"
        ex.close()
    finally:
        ensure_reader_role(server, password=None)  # what every start does
    assert _role_settings(server) == clean


def test_nothing_outlives_a_query(executor, sqleval_fixtures):
    d = _db(sqleval_fixtures)
    for sql in ("SELECT * FROM sales", "SELECT 1/0", "SELECT pg_sleep(10)", "SELECT 1; SELECT 2",
                "SELECT random() FROM generate_series(1, 3)"):
        executor.execute(d, sql)
        conn = executor._checkout(d)  # the connection that ran it, back in the pool
        try:
            assert conn.info.transaction_status == 0  # idle: no transaction left open
            rows = conn.execute("SELECT (SELECT count(*) FROM pg_cursors), (SELECT count(*) FROM pg_prepared_statements), "
                                "(SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())").fetchone()
        finally:
            executor._checkin(d, conn)
        assert rows == (0, 0, 0), sql


def test_open_connections_stay_bounded_across_threads_and_thread_pools(server, sqleval_fixtures):
    """Connections go back to one shared pool: thread pools that come and go (the gold check, then
    the scoring workers) and many databases never hold more than the queries running at once plus
    MAX_IDLE_CONNS (the reader role may hold 64), and a database's connection is reused by other threads."""
    from concurrent.futures import ThreadPoolExecutor

    from eval.db.executor import MAX_IDLE_CONNS

    dbs = [db for fx in sqleval_fixtures.values() for db in fx.instance_dbs]
    ex = Executor(server)
    try:
        for _ in range(4):  # four pools of 12 threads, each thread touching every database
            with ThreadPoolExecutor(max_workers=12) as pool:
                outs = list(pool.map(lambda job: ex.execute(job[0], "SELECT 1"), [(db, i) for i in range(12) for db in dbs]))
            assert all(o.ok for o in outs)
            assert len(ex._all) <= MAX_IDLE_CONNS + 12
            assert ex._n_idle <= MAX_IDLE_CONNS
        with ThreadPoolExecutor(max_workers=1) as pool:  # another thread gets an idle connection, not a new one
            before = len(ex._all)
            assert pool.submit(ex.execute, dbs[0], "SELECT 1").result().ok
            assert len(ex._all) == before
    finally:
        ex.close()
    assert ex._all == []


@pytest.mark.parametrize("sql", ["SELECT setseed(0.5)", "SELECT pg_logical_emit_message(true, 'x', 'y')",
                                 "SELECT pg_stat_get_backend_activity(1)", "SELECT query FROM pg_stat_activity"])
def test_leaky_builtins_are_revoked(executor, sqleval_fixtures, sql):
    out = executor.execute(_db(sqleval_fixtures), sql)
    assert out.error_kind == "error" and "permission denied" in out.error


def test_long_prediction_rejected_before_parsing(executor, sqleval_fixtures):
    t0 = time.monotonic()
    out = executor.execute(_db(sqleval_fixtures), "SELECT " + "1 + " * 600_000 + "1")
    assert out.error_kind == "rejected" and "characters" in out.error
    assert time.monotonic() - t0 < 0.5


def test_cell_cap_before_decoding(server, sqleval_fixtures):
    ex = Executor(server, timeout_s=5.0, row_cap=100_000, cell_cap=200_000)
    cols = ", ".join(["NULL::int"] * 1500)
    out = ex.execute(_db(sqleval_fixtures), f"SELECT {cols} FROM generate_series(1, 900)")
    assert out.error_kind == "too_large" and "cells" in out.error
    assert ex.execute(_db(sqleval_fixtures), f"SELECT {cols} FROM generate_series(1, 100)").ok
    ex.close()


def test_huge_error_message_is_cut(executor, sqleval_fixtures):
    out = executor.execute(_db(sqleval_fixtures), "SELECT repeat('x', 20000000)::int")
    assert out.error_kind == "error" and len(out.error) <= executor_mod.MAX_MESSAGE


# --------------------------------------------------------------------------- infrastructure

@pytest.fixture()
def own_server(tmp_path_factory):
    """A server of its own: these tests kill its processes."""
    root = Path(f"/tmp/t2seval-kill-{os.getpid()}")
    root.mkdir(mode=0o755, exist_ok=True)
    os.chmod(root, 0o755)
    s = EmbeddedServer(root)
    fxs = fixtures.discover(Path(__file__).parent / "fixtures" / "sqleval")
    for fx in fxs.values():
        fixtures.ensure_loaded(s, fx)
    yield s, fxs
    s.stop()


def _reader_pids(server) -> list[int]:
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT pid FROM pg_stat_activity WHERE usename = %s", (READER_ROLE,))
            return [r[0] for r in cur.fetchall()]
    finally:
        c.close()


QUERIES = ["SELECT count(*) FROM sales", "SELECT name FROM shops ORDER BY name", "SELECT pg_sleep(0.05), 1",
           "SELECT sum(quantity) FROM sales"]


def test_killed_backends_change_no_verdict(own_server):
    server, fxs = own_server
    d = _db(fxs)
    ex = Executor(server, timeout_s=5.0)
    expected = [ex.execute(d, q).result.rows for q in QUERIES]
    stop = threading.Event()

    def killer():
        n = 0
        while not stop.is_set() and n < 6:
            time.sleep(0.15)
            try:
                pids = _reader_pids(server)
            except Exception:  # noqa: BLE001 - the server is restarting after the previous kill
                pids = []
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL if n % 2 else signal.SIGTERM)  # SIGKILL: crash restart of all backends
                except ProcessLookupError:
                    pass
            n += 1

    t = threading.Thread(target=killer)
    t.start()
    try:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            for q, want in zip(QUERIES, expected):
                out = ex.execute(d, q)
                assert out.ok and out.result.rows == want, (q, out.error_kind, out.error)
    finally:
        stop.set()
        t.join()
    assert ex.infra_retries > 0  # the kills did hit queries, and they were retried
    ex.close()


def test_dead_server_stops_the_run_not_scored(own_server):
    server, fxs = own_server
    d = _db(fxs)
    ex = Executor(server, timeout_s=5.0, infra_retry_s=1.0)
    assert ex.execute(d, QUERIES[0]).ok
    server.proc.kill()  # the postmaster
    server.proc.wait()
    with pytest.raises(InfrastructureError):
        ex.execute(d, QUERIES[0])
    t0 = time.monotonic()
    with pytest.raises(InfrastructureError):  # later queries fail fast
        ex.execute(d, QUERIES[1])
    assert time.monotonic() - t0 < 0.5
    ex.close()


def test_postmaster_killed_mid_run_exits_1_then_resumes(tmp_path):
    """The CLI: a server that dies mid-run ends the run with exit 1 and a resumable folder, never
    with verdicts produced by a broken server; --resume then completes it."""
    import json
    import subprocess
    import sys

    from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, csv_ids

    pg_data = Path(f"/tmp/t2seval-pmkill-{os.getpid()}")
    pg_data.mkdir(mode=0o755, exist_ok=True)
    os.chmod(pg_data, 0o755)
    preds = tmp_path / "preds.jsonl"
    n = 21
    with preds.open("w") as f:  # slow, correct answers: the kill lands in the middle of scoring
        for qid in csv_ids()[:n]:
            f.write(json.dumps({"question_id": qid, "generated_query": "SELECT pg_sleep(0.2)"}) + "\n")
    out = tmp_path / "run"
    cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(preds),
           "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--pg-data", str(pg_data),
           "--no-progress", "--workers", "1", "-o", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    jsonl = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (jsonl.exists() and jsonl.read_text().count("\n") >= 2):
        time.sleep(0.05)
    pidfile = next(pg_data.glob("pg/slot*/postmaster.pid"))
    os.kill(int(pidfile.read_text().split()[0]), signal.SIGKILL)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err[-2000:]
    assert "--resume" in err
    written = [json.loads(x) for x in jsonl.read_text().splitlines() if x.strip()]
    assert all(r["error_db_exec"] == 0 for r in written), written  # no server failure scored as the model's
    assert not (out / "summary.json").exists()
    r = subprocess.run(cmd[:-2] + ["--resume", str(out)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    recs = [json.loads(x) for x in jsonl.read_text().splitlines() if x.strip()]
    assert len({r["question_id"] for r in recs}) == n
    assert all(r["error_db_exec"] == 0 for r in recs)
