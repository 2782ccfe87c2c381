"""The sandbox: one statement, read-only, SELECT-only role, server-side timeout, row cap."""
from __future__ import annotations

import time

import pytest

from eval.sqltext.statement import Rejected, single_statement


def db(fxs, name="bakery"):
    return fxs[name].instance_dbs[0]


@pytest.mark.parametrize("sql, expected", [
    ("SELECT 1", "SELECT 1"),
    ("SELECT 1;", "SELECT 1"),
    ("  SELECT 1 ; -- done\n", "SELECT 1"),
    ("SELECT ';' AS s;;", "SELECT ';' AS s"),
    ("WITH x AS (SELECT 1) SELECT * FROM x", "WITH x AS (SELECT 1) SELECT * FROM x"),
    ("(SELECT 1) UNION (SELECT 2)", "(SELECT 1) UNION (SELECT 2)"),
])
def test_single_statement_ok(sql, expected):
    assert single_statement(sql) == expected


@pytest.mark.parametrize("sql, fragment", [
    ("", "empty"), (" ; ", "empty"), ("SELECT 1; SELECT 2", "2 statements"),
    ("DROP TABLE sales; SELECT 1", "2 statements"), ("DELETE FROM sales", "not DELETE"),
    ("COMMIT", "not COMMIT"), ("SET ROLE postgres", "not SET"),
])
def test_single_statement_rejects(sql, fragment):
    with pytest.raises(Rejected, match=fragment):
        single_statement(sql)


def test_select_and_types(executor, sqleval_fixtures):
    out = executor.execute(db(sqleval_fixtures), "SELECT name, price, vegan FROM products WHERE product_id = 14")
    assert out.ok, out.error
    assert out.result.columns == ["name", "price", "vegan"]
    from decimal import Decimal
    assert out.result.rows == [("Éclair", Decimal("2.90"), False)]


def test_percent_is_not_interpolated(executor, sqleval_fixtures):
    out = executor.execute(db(sqleval_fixtures), "SELECT sale_id % 2 AS m, '100%' AS p FROM sales WHERE sale_id = 101")
    assert out.ok, out.error
    assert out.result.rows == [(1, "100%")]


@pytest.mark.parametrize("sql, kind", [
    ("DROP TABLE sales", "rejected"),
    ("DROP TABLE sales; SELECT 1", "rejected"),
    ("SELECT 1; DELETE FROM sales", "rejected"),
    ("WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d", "error"),
    ("SELECT * FROM sales FOR UPDATE", "error"),
    ("SELECT pg_read_file('/etc/passwd')", "error"),
    ("SELECT nextval('x')", "error"),
    ("SELECT * FROM no_such_table", "error"),
])
def test_writes_and_errors_become_records(executor, sqleval_fixtures, sql, kind):
    out = executor.execute(db(sqleval_fixtures), sql)
    assert out.error_kind == kind, (out.error_kind, out.error)
    assert out.error
    check = executor.execute(db(sqleval_fixtures), "SELECT count(*) FROM sales")
    assert check.result.rows == [(12,)]


def test_timeout_is_server_side(executor, sqleval_fixtures):
    t0 = time.monotonic()
    out = executor.execute(db(sqleval_fixtures), "SELECT pg_sleep(30)")
    assert out.error_kind == "timeout"
    assert time.monotonic() - t0 < 10
    # the connection is usable again and nothing is still running on the server
    assert executor.execute(db(sqleval_fixtures), "SELECT 1").ok
    from eval.db import pgconn
    c = pgconn.connect(executor.server.admin.for_db("postgres"))  # the reader may not see pg_stat_activity
    try:
        with c.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%%pg_sleep(30)%%' AND state = 'active' AND pid <> pg_backend_pid()")
            assert cur.fetchone() == (0,)
    finally:
        c.close()


def test_row_cap(executor, sqleval_fixtures):
    out = executor.execute(db(sqleval_fixtures), "SELECT g FROM generate_series(1, 5000) g")
    assert out.error_kind == "too_large" and "1000" in out.error
    ok = executor.execute(db(sqleval_fixtures), "SELECT g FROM generate_series(1, 1000) g")
    assert ok.ok and len(ok.result.rows) == 1000


def test_session_state_does_not_leak(executor, sqleval_fixtures):
    d = db(sqleval_fixtures)
    # the functions that could change session state are not executable by the reader
    for sql in ("SELECT set_config('search_path', 'pg_catalog', false)", "SELECT pg_advisory_lock(42)"):
        out = executor.execute(d, sql)
        assert out.error_kind == "error" and "permission denied" in out.error
    # what a query may still change (e.g. through a temp setting of a function) is reset by DISCARD ALL
    assert executor.execute(d, "SELECT count(*) FROM sales").result.rows == [(12,)]
    assert executor.execute(d, "SELECT current_setting('search_path'), current_setting('statement_timeout')").result.rows == [
        ('"$user", public', "2s")]
    assert executor.execute(d, "SELECT pg_sleep(30)").error_kind == "timeout"
    locks = executor.execute(d, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
    assert locks.result.rows == [(0,)]


def test_reader_role_is_not_superuser(executor, sqleval_fixtures):
    out = executor.execute(db(sqleval_fixtures), "SELECT current_user, usesuper FROM pg_user WHERE usename = current_user")
    assert out.result.rows == [("t2seval_reader", False)]


# ----------------------------------------------------------------------------- planner cost (EXPLAIN)
def test_estimated_cost_plans_without_executing(executor, sqleval_fixtures):
    d = db(sqleval_fixtures)
    cheap = executor.estimated_cost(d, "SELECT name FROM products WHERE product_id = 14")
    dear = executor.estimated_cost(d, "SELECT a.name FROM products a CROSS JOIN products b CROSS JOIN products c ORDER BY 1")
    assert cheap is not None and dear is not None and 0 < cheap < dear
    assert executor.estimated_cost(d, "SELECT name FROM products WHERE product_id = 14") == cheap  # deterministic
    # planned, never run: a query that would take minutes is costed at once
    slow = "SELECT count(*) FROM generate_series(1, 100000000000) g"
    t0 = time.perf_counter()
    assert executor.estimated_cost(d, slow) > cheap
    assert time.perf_counter() - t0 < executor.timeout_ms / 1000


@pytest.mark.parametrize("sql", [
    "DELETE FROM products",
    "WITH d AS (DELETE FROM products RETURNING *) SELECT * FROM d",
    "SELECT 1; SELECT 2",
    "SELECT nope FROM products",
    "SELECT 1) AS t2seval_q; DROP TABLE products; SELECT (1",
])
def test_estimated_cost_of_what_is_not_one_query_is_none(executor, sqleval_fixtures, sql):
    d = db(sqleval_fixtures)
    assert executor.estimated_cost(d, sql) is None
    assert executor.execute(d, "SELECT count(*) FROM products").ok  # the sandbox is intact afterwards
