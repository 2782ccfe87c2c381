"""The sandboxed executor: the only code that runs gold or predicted SQL.

Every query:
- is split with sqlglot's tokenizer: exactly one statement is allowed (a trailing ``;`` and
  comments are fine); anything else is rejected before it reaches the server;
- runs as ``t2seval_reader`` (NOSUPERUSER, SELECT-only grants) inside
  ``BEGIN READ ONLY`` with ``SET LOCAL statement_timeout`` (server-side: the server cancels it;
  nothing keeps running after the harness gives up);
- is wrapped as ``DECLARE … CURSOR FOR <query>``, which PostgreSQL accepts only for a SELECT/VALUES
  (data-modifying CTEs are refused too), and read with one ``FETCH row_cap + 1``: a larger result is
  ``too_large`` without the rest being read;
- is sent verbatim, without client-side ``%`` interpolation;
- ends with ROLLBACK and ``DISCARD ALL``, so nothing a query changed in the session (settings,
  advisory locks, prepared statements, LISTEN) leaks into the next query on the pooled connection.

Connections are pooled per thread and per database, and re-established after a fatal error.
"""
from __future__ import annotations

import datetime as _dt
import functools
import threading
import time
from typing import Optional

from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType

from eval.pgserver import Server
from eval.sqlrewrite import split_on_semicolons
from eval.types import ExecOutcome, ResultSet



MAX_CONNS_PER_THREAD = 12
FIRST_FETCH = 50  # rows in the first FETCH (<= 50 MiB at ROW_BYTES); later FETCHes aim at CHUNK_BYTES
CHUNK_BYTES = 16 << 20
ROW_BYTES = 1 << 20  # one result row may not exceed 1 MiB (server-side check)
RESULT_BYTES = 64 << 20  # a whole result may not exceed 64 MiB (checked between FETCHes)
GUARD_SCHEMA = "t2seval_guard"
GUARD_DDL = f"""
CREATE SCHEMA IF NOT EXISTS {GUARD_SCHEMA};
CREATE OR REPLACE FUNCTION {GUARD_SCHEMA}.row_guard(size integer, cap integer) RETURNS integer
LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
BEGIN
  IF size > cap THEN
    RAISE EXCEPTION 'result too large: a row of % bytes exceeds the % byte cap', size, cap
      USING ERRCODE = 'program_limit_exceeded';
  END IF;
  RETURN size;
END $$;
"""


class Rejected(Exception):
    pass


@functools.lru_cache(maxsize=8192)
def _statement_or_error(sql: str) -> tuple[str, str]:
    try:
        return _single_statement(sql), ""
    except Rejected as e:
        return "", str(e)


def single_statement(sql: str) -> str:
    """Return the one statement in ``sql`` without trailing ``;``/comments, or raise Rejected.
    (Memoised: the same prediction runs on every instance, and tokenizing costs as much as a query.)"""
    if sql is None:
        raise Rejected("empty query")
    body, err = _statement_or_error(sql)
    if err:
        raise Rejected(err)
    return body


def _single_statement(sql: str) -> str:
    if sql is None or not sql.strip():
        raise Rejected("empty query")
    try:
        segments = split_on_semicolons(sql)
    except TokenError as e:
        raise Rejected(f"could not tokenize the query: {str(e).splitlines()[0][:200]}")
    non_empty = [toks for _, _, toks in segments if toks]
    if not non_empty:
        raise Rejected("empty query")
    if len(non_empty) > 1:
        raise Rejected(f"{len(non_empty)} statements: only one SQL statement is allowed per query")
    toks = non_empty[0]
    first = toks[0].text.upper()
    if toks[0].token_type != TokenType.L_PAREN and first not in ("SELECT", "WITH", "VALUES", "TABLE"):
        raise Rejected(f"only a query (SELECT / WITH / VALUES) is allowed, not {first[:30]}")
    start = toks[0].start
    # keep leading comments out too; the statement text is what lies between the first and last token
    return sql[start:toks[-1].end + 1]


def _plain(v):
    if isinstance(v, memoryview):
        return bytes(v)
    return v


class Executor:
    """Runs SQL in the sandbox.  Thread-safe: each thread has its own connections."""

    def __init__(self, server: Server, *, timeout_s: float = 10.0, row_cap: int = 100_000, guard: bool = True):
        self.server = server
        self.guard = guard
        self._guard_known: dict[str, bool] = {}
        self.timeout_ms = max(1, int(timeout_s * 1000))
        self.row_cap = row_cap
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()

    # -- connections -------------------------------------------------------------------------
    def _conn(self, db: str):
        import psycopg2  # noqa: PLC0415

        pool = getattr(self._local, "pool", None)
        if pool is None:
            pool = self._local.pool = {}
        c = pool.get(db)
        if c is not None and not c.closed:
            pool[db] = pool.pop(db)  # most recently used last
            return c
        while len(pool) >= MAX_CONNS_PER_THREAD:  # close the least recently used
            self._drop(next(iter(pool)))
        c = psycopg2.connect(**self.server.reader.for_db(db, application_name="t2seval"))
        c.autocommit = True  # we send BEGIN/ROLLBACK ourselves
        pool[db] = c
        with self._lock:
            self._all.append(c)
        return c

    def _drop(self, db: str) -> None:
        pool = getattr(self._local, "pool", {})
        c = pool.pop(db, None)
        if c is not None:
            try:
                c.close()
            except Exception:
                pass
            with self._lock:
                if c in self._all:
                    self._all.remove(c)

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except Exception:
                    pass
            self._all.clear()

    # -- execution ----------------------------------------------------------------------------
    def execute(self, db: str, sql: str, *, row_cap: Optional[int] = None) -> ExecOutcome:
        import psycopg2  # noqa: PLC0415

        t0 = time.perf_counter()
        try:
            body = single_statement(sql)
        except Rejected as e:
            return ExecOutcome(None, "rejected", str(e), time.perf_counter() - t0)
        cap = row_cap or self.row_cap
        for attempt in (1, 2):
            try:
                conn = self._conn(db)
            except psycopg2.Error as e:
                return ExecOutcome(None, "error", f"cannot connect to {db}: {str(e).strip()}", time.perf_counter() - t0)
            try:
                return self._run(conn, body, cap, t0)
            except (psycopg2.OperationalError, psycopg2.InterfaceError) as e:
                if not getattr(e, "pgcode", None):  # connection lost (server restart, killed backend)
                    self._drop(db)
                    if attempt == 1:
                        continue  # reconnect once
                    return ExecOutcome(None, "error", _message(e), time.perf_counter() - t0)
                kind, msg = self._classify(e)
            except (_TooLarge, _Timeout, psycopg2.Error) as e:
                kind, msg = self._classify(e)
            self._reset(conn, db)
            return ExecOutcome(None, kind, msg, time.perf_counter() - t0)
        raise AssertionError("unreachable")

    def _run(self, conn, body: str, cap: int, t0: float) -> ExecOutcome:
        """Two round trips for a small result: (BEGIN + settings + DECLARE + first FETCH), then
        (ROLLBACK + RESET ALL).  ``body`` is one statement (checked by single_statement), so it can
        share a simple-query message with our own statements; each statement of the message gets the
        statement_timeout in force when it starts (PostgreSQL ≥ 13), i.e. the SET LOCAL value."""
        deadline = time.monotonic() + self.timeout_ms / 1000
        guarded = self.guard and self._has_guard(conn)
        if guarded:
            # Row-size guard: the server raises when one row is larger than ROW_BYTES, and the
            # size of every row travels in a hidden last column, so the client stops reading
            # once the result passes RESULT_BYTES.  The wrapper keeps the query's own row order.
            query = (f"SELECT t2seval_q.*, {GUARD_SCHEMA}.row_guard(pg_column_size(t2seval_q.*), {ROW_BYTES}) "
                     f"FROM ({body}\n) AS t2seval_q")
        else:
            query = body
        with conn.cursor() as cur:
            rows: list = []
            total = 0
            desc = None
            chunk_rows = FIRST_FETCH
            prefix = (f"BEGIN TRANSACTION READ ONLY ISOLATION LEVEL REPEATABLE READ; "
                      f"SET LOCAL statement_timeout = {self.timeout_ms}; "
                      f"SET LOCAL lock_timeout = {self.timeout_ms}; "
                      f"SET LOCAL idle_in_transaction_session_timeout = {self.timeout_ms + 30000}; "
                      # plan the cursor for the whole result, as a plain query would be (default 0.1
                      # favours fast-start plans that can be much slower to run to completion)
                      f"SET LOCAL cursor_tuple_fraction = 1.0; "
                      f"DECLARE t2seval_cursor NO SCROLL CURSOR FOR {query}\n; ")
            while True:
                want = min(chunk_rows, cap + 1 - len(rows))
                cur.execute(f"{prefix}FETCH FORWARD {want} FROM t2seval_cursor")
                chunk = cur.fetchall()
                desc = desc or cur.description or []
                if guarded:
                    total += sum(r[-1] for r in chunk)
                    chunk = [r[:-1] for r in chunk]
                rows.extend(chunk)
                if len(rows) > cap:
                    raise _TooLarge(f"result too large: more than {cap} rows")
                if total > RESULT_BYTES:
                    raise _TooLarge(f"result too large: more than {RESULT_BYTES // 2**20} MiB")
                if len(chunk) < want:
                    break
                if guarded and rows:
                    chunk_rows = max(FIRST_FETCH, min(50_000, CHUNK_BYTES * len(rows) // max(total, 1)))
                else:
                    chunk_rows = 50_000
                remaining = int((deadline - time.monotonic()) * 1000)
                if remaining <= 0:
                    raise _Timeout()
                prefix = f"SET LOCAL statement_timeout = {remaining}; "
            cur.execute("ROLLBACK; RESET ALL")
        if guarded:
            desc = desc[:-1]
        if rows and any(isinstance(v, memoryview) for v in rows[0]):
            rows = [tuple(_plain(v) for v in r) for r in rows]
        return ExecOutcome(ResultSet([d.name for d in desc], rows, [d.type_code for d in desc]),
                           None, "", time.perf_counter() - t0)

    def _has_guard(self, conn) -> bool:
        """Whether this database has the guard function (every fixture loaded by this harness has it)."""
        db = conn.info.dbname
        known = self._guard_known.get(db)
        if known is None:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regprocedure(%s) IS NOT NULL", (f"{GUARD_SCHEMA}.row_guard(integer,integer)",))
                known = self._guard_known[db] = bool(cur.fetchone()[0])
        return known

    def _classify(self, e: Exception) -> tuple[str, str]:
        """ExecOutcome.error_kind and message for a failed execution."""
        from psycopg2 import errors as pgerr  # noqa: PLC0415

        if isinstance(e, _TooLarge):
            return "too_large", str(e)
        if isinstance(e, (_Timeout, pgerr.QueryCanceled)):
            return "timeout", f"statement timeout after {self.timeout_ms / 1000:g} s"
        if getattr(e, "pgcode", None) == "54000" and "result too large" in str(e):  # raised by the row guard
            return "too_large", _message(e).replace("ERROR:  ", "").split(" | CONTEXT")[0]
        return "error", _message(e)

    def _reset(self, conn, db: str) -> None:
        try:
            with conn.cursor() as cur:
                cur.execute("ROLLBACK")
                cur.execute("DISCARD ALL")
        except Exception:
            self._drop(db)


class _TooLarge(Exception):
    pass


class _Timeout(Exception):
    pass


def _message(e) -> str:
    """The server's message without the LINE/caret context (which would quote our wrapper)."""
    text = (getattr(e, "pgerror", None) or str(e) or type(e).__name__).strip()
    lines = [ln for ln in text.splitlines() if ln.strip()]
    keep = [ln for ln in lines if not ln.startswith(("LINE ", " ", "CONTEXT:"))]
    return " | ".join((keep or lines)[:3])[:1000]


def json_safe(v):
    """A JSON-friendly rendering of a result value (for previews in result records)."""
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if v == v and v not in (float("inf"), float("-inf")) else str(v)
    if isinstance(v, (_dt.date, _dt.datetime, _dt.time)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    if isinstance(v, dict):
        return {str(k): json_safe(x) for k, x in v.items()}
    if isinstance(v, bytes):
        return "\\x" + v.hex()
    return str(v)
