"""A corpus of hostile predicted queries: each must end as a clear error verdict, within the
timeout plus one second, and leave every fixture table unchanged."""
from __future__ import annotations

import time

import pytest

from eval.db import fixtures
from eval.scoring import comparator
from eval.db.executor import Executor

TIMEOUT_S = 1.0

HOSTILE = [
    # DDL and DML
    "DROP TABLE sales", "DROP TABLE sales CASCADE", "TRUNCATE sales", "DELETE FROM sales",
    "DELETE FROM sales RETURNING *", "UPDATE products SET price = 0", "UPDATE products SET price = 0 RETURNING *",
    "INSERT INTO shops VALUES (9, 'x', 'y', '2020-01-01')", "INSERT INTO shops SELECT * FROM shops RETURNING *",
    "CREATE TABLE evil (x int)", "CREATE TABLE evil AS SELECT * FROM sales", "SELECT * INTO evil FROM sales",
    "ALTER TABLE sales ADD COLUMN x int", "ALTER ROLE t2seval_reader SUPERUSER", "CREATE INDEX ON sales (quantity)",
    "GRANT ALL ON sales TO PUBLIC", "COMMENT ON TABLE sales IS 'x'",
    "WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d",
    "WITH u AS (UPDATE products SET price = 0 RETURNING 1) SELECT count(*) FROM u",
    "SELECT * FROM sales FOR UPDATE", "SELECT * FROM products FOR SHARE",
    # several statements / transaction control in the text
    "DROP TABLE sales; SELECT 1", "SELECT 1; DROP TABLE sales", "COMMIT; DROP TABLE sales", "SELECT 1; COMMIT",
    "BEGIN", "COMMIT", "ROLLBACK", "ROLLBACK; DELETE FROM sales", "SAVEPOINT s",
    "END; UPDATE products SET price = 1",
    # files, programs, other servers
    "COPY sales TO PROGRAM 'touch /tmp/t2seval-pwned'", "COPY sales FROM PROGRAM 'id'", "COPY (SELECT 1) TO '/tmp/t2seval-out'",
    "SELECT pg_read_file('/etc/passwd')", "SELECT pg_read_binary_file('/etc/passwd')", "SELECT pg_ls_dir('.')",
    "SELECT lo_import('/etc/passwd')", "SELECT lo_export(1, '/tmp/t2seval-lo')", "SELECT lo_creat(-1)",
    "SELECT dblink('host=127.0.0.1', 'DROP TABLE sales')", "CREATE EXTENSION dblink",
    "SELECT * FROM pg_authid", "SELECT passwd FROM pg_shadow", "SELECT pg_reload_conf()",
    # session and role changes
    "SET ROLE t2seval_admin", "SET statement_timeout = 0", "RESET ALL", "SET SESSION AUTHORIZATION t2seval_admin",
    "SELECT set_config('statement_timeout', '0', false)", "SELECT set_config('default_transaction_read_only', 'off', false)",
    "DISCARD ALL",
    # locks, signals, notifications, prepared statements, functions
    "SELECT pg_advisory_lock(1)", "SELECT pg_advisory_xact_lock(1)", "SELECT pg_try_advisory_lock(7)",
    "LOCK TABLE sales", "LOCK TABLE sales IN ACCESS EXCLUSIVE MODE",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
    "SELECT pg_cancel_backend(pid) FROM pg_stat_activity", "LISTEN ch", "NOTIFY ch, 'x'", "SELECT pg_notify('ch', 'x')",
    "PREPARE p AS SELECT 1", "EXECUTE p", "DEALLOCATE ALL",
    "CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql", "DO $$ BEGIN DROP TABLE sales; END $$",
    "CALL nothing()", "VACUUM sales", "ANALYZE sales", "CHECKPOINT", "EXPLAIN ANALYZE DELETE FROM sales",
    "SELECT txid_current()",
    # resource exhaustion
    "SELECT pg_sleep(1e6)", "SELECT pg_sleep(30), 1",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
    "SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000) b",
    "SELECT count(*) FROM generate_series(1, 10000000000)",
    "SELECT g FROM generate_series(1, 10000000000) g",
    "SELECT md5(g::text) AS h FROM generate_series(1, 100000000) g ORDER BY h",
    "SELECT repeat('x', 1000000000)", "SELECT repeat('x', 900000) FROM generate_series(1, 1000)",
    "SELECT string_agg(repeat('x', 1000000), '') FROM generate_series(1, 2000)",
    "SELECT array_agg(g) FROM generate_series(1, 300000000) g",
]


def test_corpus_is_large_enough():
    assert len(HOSTILE) >= 50
    assert len(set(HOSTILE)) == len(HOSTILE)


@pytest.fixture(scope="module")
def hostile_executor(server, sqleval_fixtures):
    ex = Executor(server, timeout_s=TIMEOUT_S, row_cap=100_000)
    yield ex
    ex.close()


@pytest.mark.parametrize("sql", HOSTILE)
def test_hostile_query_is_an_error(hostile_executor, sqleval_fixtures, sql):
    db = sqleval_fixtures["bakery"].instance_dbs[0]
    t0 = time.monotonic()
    out = hostile_executor.execute(db, sql)
    elapsed = time.monotonic() - t0
    assert out.error_kind in ("error", "rejected", "timeout", "too_large"), (out.error_kind, out.result and out.result.rows[:3])
    assert out.error.strip()
    assert elapsed < TIMEOUT_S + 1.0, f"{elapsed:.2f}s"
    v = comparator.error_verdict(out.error_kind, out.error)
    assert not v.correct and v.reason in ("pred_error", "timeout", "too_large")
    # the pooled connection still works and is still sandboxed
    ok = hostile_executor.execute(db, "SELECT count(*), current_setting('transaction_read_only') FROM sales")
    assert ok.ok and ok.result.rows == [(12, "on")]


def test_fixtures_unchanged_after_corpus(server, sqleval_fixtures, hostile_executor):
    for sql in HOSTILE[:30]:
        hostile_executor.execute(sqleval_fixtures["bakery"].instance_dbs[0], sql)
    for fx in sqleval_fixtures.values():
        assert fixtures.verify_checksums(server, fx) == []
    import os
    assert not os.path.exists("/tmp/t2seval-pwned") and not os.path.exists("/tmp/t2seval-out")
