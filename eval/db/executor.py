"""The sandboxed executor: the only code that runs gold or predicted SQL.

What PostgreSQL itself enforces (the guarantees; docs/SECURITY.md):
- **one statement**: untrusted text is sent with the extended query protocol (psycopg pipeline
  mode: Parse/Bind/Execute), in which the server refuses a second statement ("cannot insert
  multiple commands into a prepared statement"); no client-side lexer decides what runs;
- **a query only**: the text is wrapped as ``DECLARE … CURSOR FOR SELECT … FROM (<text>)``, which the
  server accepts only for a SELECT/VALUES/TABLE (data-modifying CTEs are refused too);
- **read only, as a reader**: ``t2seval_reader`` (NOSUPERUSER, SELECT-only grants) inside
  ``BEGIN READ ONLY``; every setting that changes results or limits is pinned in the connection's
  startup packet (PINNED_SETTINGS and the timeouts as ``options=-c …``): a client's startup value
  outranks the role's and the database's settings (ALTER ROLE/DATABASE … SET), and DISCARD ALL
  after every query resets the session to exactly these values, so nothing the role, the database
  or an earlier query set applies;
- **bounded**: server-side ``statement_timeout``, a row-size guard, a row cap, a cell cap and a
  byte cap checked before rows are decoded, error messages cut to MAX_MESSAGE bytes;
- **nothing outlives the query**: ROLLBACK then ``DISCARD ALL`` after every query, success or not
  (cursors, prepared statements, temp objects, advisory locks, settings).

A client-side check (``single_statement``, sqlglot) stays as an early, friendly message for text
that is plainly not one query; it is never the guarantee.

Infrastructure failures (a lost connection, a killed backend, a server in crash recovery) are not
the query's: the query is retried on a fresh connection for up to INFRA_RETRY_S, then
``InfrastructureError`` stops the run (exit 1, resumable), so such a failure is never recorded as
the model's error.
"""
from __future__ import annotations

import datetime as _dt
import logging
import threading
import time
from typing import Optional


from eval import pgvalues
from eval.errors import InfrastructureError
from eval.db.pgserver import Server
from eval.sqltext.statement import Rejected, single_statement
from eval.types import ExecOutcome, ResultSet

logging.getLogger("psycopg").setLevel(logging.CRITICAL)  # "error ignored terminating <Pipeline>": the error itself is handled
MAX_IDLE_CONNS = 24  # idle connections kept for reuse by any thread (least recently used closed first)
FIRST_FETCH = 50  # rows in the first FETCH (<= 50 MiB at ROW_BYTES); later FETCHes aim at CHUNK_BYTES
CHUNK_BYTES = 16 << 20
ROW_BYTES = 1 << 20  # one result row may not exceed 1 MiB (server-side check)
RESULT_BYTES = 64 << 20  # a whole result may not exceed 64 MiB (checked before the rows are decoded)
CELL_CAP = 2_000_000  # rows x columns of one result (a NULL costs ~1 byte on the server, 8+ in Python)
MAX_SQL_CHARS = 100_000  # longer query text is rejected before any parsing
MAX_MESSAGE = 2000  # error messages are cut to this many characters
INFRA_RETRY_S = 30.0  # how long a query is retried while the server is unreachable or recovering
# Settings pinned for every query (values as SQL; sent in each connection's startup packet by
# startup_options and restored by DISCARD ALL): they change what a query returns or how it runs,
# and a role, a database or an earlier query could have changed them.
PINNED_SETTINGS = {
    "search_path": '"$user", public',
    "TimeZone": "'UTC'",
    "DateStyle": "'ISO, MDY'",
    "IntervalStyle": "'postgres'",
    "extra_float_digits": "1",
    "standard_conforming_strings": "on",
    "bytea_output": "'hex'",
    "lc_monetary": "'C'",
    "lc_numeric": "'C'",
    "lc_time": "'C'",
    "xmloption": "'content'",
    "xmlbinary": "'base64'",
    "array_nulls": "on",
    "transform_null_equals": "off",
    "default_text_search_config": "'pg_catalog.english'",
    "backslash_quote": "'safe_encoding'",
    "max_parallel_workers_per_gather": "0",
    "work_mem": "'64MB'",
    "jit": "off",
    "row_security": "on",
    "cursor_tuple_fraction": "1.0",
}


def _option_value(v: str) -> str:
    """A PINNED_SETTINGS value as one ``-c name=value`` word of libpq's ``options``: unquoted,
    spaces and backslashes escaped with a backslash."""
    if len(v) >= 2 and v[0] == v[-1] == "'":
        v = v[1:-1]
    return v.replace("\\", "\\\\").replace(" ", "\\ ")


def startup_options(timeout_ms: int) -> str:
    """libpq ``options`` pinning every setting of PINNED_SETTINGS and the query timeouts for the
    whole session (a later FETCH of a long result lowers statement_timeout with SET LOCAL)."""
    pins = dict((k, _option_value(v)) for k, v in PINNED_SETTINGS.items())
    pins.update({"statement_timeout": str(timeout_ms), "lock_timeout": str(timeout_ms),
                 "idle_in_transaction_session_timeout": str(timeout_ms + 30000)})
    return " ".join(f"-c {k}={v}" for k, v in pins.items())


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


class Executor:
    """Runs SQL in the sandbox.  Thread-safe: a connection serves one query of one thread at a time,
    then goes back to a pool shared by every thread (at most MAX_IDLE_CONNS idle), so the open
    connections are bounded by the queries running at once plus that pool, however many threads or
    thread pools call in (the reader role may hold 64), and a database's backend is reused across
    threads."""

    def __init__(self, server: Server, *, timeout_s: float = 10.0, row_cap: int = 100_000, guard: bool = True,
                 cell_cap: int = CELL_CAP, infra_retry_s: float = INFRA_RETRY_S):
        self.server = server
        self.guard = guard
        self._guard_known: dict[str, bool] = {}
        self.timeout_ms = max(1, int(timeout_s * 1000))
        self.row_cap = row_cap
        self.cell_cap = cell_cap
        self.infra_retry_s = infra_retry_s
        self.infra_retries = 0  # queries re-run after an infrastructure failure (for the summary)
        self._failed: Optional[str] = None  # set once the server is given up on: every later call fails fast
        self._idle: dict[str, list] = {}  # db -> idle connections, least recently used db first
        self._n_idle = 0
        self._all: list = []
        self._lock = threading.Lock()
        self._options = startup_options(self.timeout_ms)

    # -- connections -------------------------------------------------------------------------
    def _checkout(self, db: str):
        """An open connection to ``db`` for the calling thread alone, until _checkin or _discard."""
        import psycopg  # noqa: PLC0415

        with self._lock:
            idle = self._idle.get(db)
            while idle:
                c = idle.pop()
                self._n_idle -= 1
                if not idle:
                    del self._idle[db]
                if not c.closed and not c.broken:
                    return c
                idle = self._idle.get(db)
        params = self.server.reader.for_db(db, application_name="t2seval")
        given = params.pop("options", "")  # a --dsn's own options come first: ours, later, win
        c = psycopg.connect(autocommit=True, prepare_threshold=None, client_encoding="UTF8",
                            options=f"{given} {self._options}".strip(), **params)
        pgvalues.register(c)
        c.add_notice_handler(_ignore_notice)
        with self._lock:
            self._all.append(c)
        return c

    def _checkin(self, db: str, c) -> None:
        """Back into the shared pool (its transaction ended and its session reset by _end)."""
        evicted = []
        with self._lock:
            self._idle.setdefault(db, []).append(c)
            self._idle[db] = self._idle.pop(db)  # most recently used last
            self._n_idle += 1
            while self._n_idle > MAX_IDLE_CONNS:
                oldest = next(iter(self._idle))
                evicted.append(self._idle[oldest].pop(0))
                self._n_idle -= 1
                if not self._idle[oldest]:
                    del self._idle[oldest]
        for e in evicted:
            self._discard(e)

    def _discard(self, c) -> None:
        """Close a connection that is not in the pool (broken, or evicted)."""
        if c is None:
            return
        try:
            c.close()
        except Exception:  # noqa: BLE001 - closing a broken connection may fail any way; it is dropped regardless
            pass
        with self._lock:
            if c in self._all:
                self._all.remove(c)

    def _discard_idle(self) -> None:
        with self._lock:
            idle = [c for conns in self._idle.values() for c in conns]
            self._idle.clear()
            self._n_idle = 0
        for c in idle:
            self._discard(c)

    def close(self) -> None:
        with self._lock:
            for c in self._all:
                try:
                    c.close()
                except Exception:  # noqa: BLE001 - closing a broken connection may fail any way; it is dropped regardless
                    pass
            self._all.clear()
            self._idle.clear()
            self._n_idle = 0

    # -- execution ----------------------------------------------------------------------------
    def execute(self, db: str, sql: str, *, row_cap: Optional[int] = None,
                max_chars: Optional[int] = MAX_SQL_CHARS) -> ExecOutcome:
        """Run one query; an ExecOutcome for anything the query did, InfrastructureError when the
        server failed (after retrying on fresh connections for ``infra_retry_s``).  Text longer
        than ``max_chars`` is rejected before any parsing (golds pass None)."""
        import psycopg  # noqa: PLC0415

        t0 = time.perf_counter()
        if self._failed:
            raise InfrastructureError(self._failed)
        if max_chars is not None and sql is not None and len(sql) > max_chars:
            return ExecOutcome(None, "rejected", f"query text of {len(sql)} characters: at most {max_chars} are accepted",
                               time.perf_counter() - t0)
        try:
            body = single_statement(sql)
        except Rejected as e:
            return ExecOutcome(None, "rejected", str(e), time.perf_counter() - t0)
        cap = row_cap or self.row_cap
        give_up = None
        delay = 0.05
        while True:
            conn = None
            try:
                conn = self._checkout(db)
                out = self._run(conn, body, cap, t0)
                self._checkin(db, conn)
                return out
            except (_TooLarge, _Timeout) as e:
                kind, msg = self._classify(e)
            except psycopg.Error as e:
                if not _infrastructure(e):
                    kind, msg = self._classify(e)
                else:
                    self._discard(conn)
                    self._discard_idle()  # a restarted server broke every pooled connection too
                    now = time.monotonic()
                    give_up = give_up or now + self.infra_retry_s
                    if now >= give_up or self._failed:
                        self._failed = self._failed or f"PostgreSQL failed while running a query on {db}: {_message(e)}"
                        raise InfrastructureError(self._failed)
                    with self._lock:
                        self.infra_retries += 1
                    time.sleep(delay)
                    delay = min(1.0, delay * 2)
                    continue
            except Exception as e:  # noqa: BLE001 - a driver-side failure on this query's data (never a crash)
                kind, msg = "error", f"{type(e).__name__}: {str(e)[:MAX_MESSAGE]}"
            self._reset(conn, db)
            return ExecOutcome(None, kind, msg, time.perf_counter() - t0)

    def _run(self, conn, body: str, cap: int, t0: float) -> ExecOutcome:
        """Two round trips for a small result: (BEGIN, DECLARE, first FETCH) in pipeline mode
        (extended protocol), then (ROLLBACK, DISCARD ALL).  The
        settings are the connection's (startup options, restored by DISCARD ALL)."""
        deadline = time.monotonic() + self.timeout_ms / 1000
        guarded = self.guard and self._has_guard(conn)
        if guarded:
            # Row-size guard: the server raises when one row is larger than ROW_BYTES, and the
            # size of every row travels in a hidden last column, so the client stops reading
            # once the result passes RESULT_BYTES.  The wrapper keeps the query's own row order.
            query = (f"SELECT t2seval_q.*, {GUARD_SCHEMA}.row_guard(pg_column_size(t2seval_q.*), {ROW_BYTES}) "
                     f"FROM ({body}\n) AS t2seval_q")
        else:
            query = f"SELECT t2seval_q.* FROM ({body}\n) AS t2seval_q"
        rows: list = []
        total = 0
        desc = None
        chunk_rows = FIRST_FETCH
        ncols = 0
        cur, fcur = conn.cursor(), conn.cursor()
        first = True
        while True:
            want = min(chunk_rows, cap + 1 - len(rows))
            if ncols:
                want = max(1, min(want, (self.cell_cap - len(rows) * ncols) // ncols + 1))
            with conn.pipeline():
                if first:
                    cur.execute("BEGIN TRANSACTION READ ONLY ISOLATION LEVEL REPEATABLE READ")
                    cur.execute(f"DECLARE t2seval_cursor NO SCROLL CURSOR FOR {query}")
                else:
                    remaining = int((deadline - time.monotonic()) * 1000)
                    if remaining <= 0:
                        raise _Timeout()
                    cur.execute(f"SET LOCAL statement_timeout = {remaining}")
                fcur.execute(f"FETCH FORWARD {want} FROM t2seval_cursor")
            first = False
            res = fcur.pgresult
            n, width = res.ntuples, res.nfields
            ncols = width - (1 if guarded else 0)
            if len(rows) + n > cap:
                raise _TooLarge(f"result too large: more than {cap} rows")
            if (len(rows) + n) * max(ncols, 1) > self.cell_cap:
                raise _TooLarge(f"result too large: more than {self.cell_cap} cells (rows x columns)")
            if guarded and n:
                sizes = [int(res.get_value(i, width - 1)) for i in range(n)]
                total += sum(sizes)
                if total > RESULT_BYTES:
                    raise _TooLarge(f"result too large: more than {RESULT_BYTES // 2**20} MiB")
            chunk = fcur.fetchall()
            desc = desc or fcur.description or []
            if guarded:
                chunk = [r[:-1] for r in chunk]
            rows.extend(chunk)
            if len(chunk) < want:
                break
            if guarded and rows:
                chunk_rows = max(FIRST_FETCH, min(50_000, CHUNK_BYTES * len(rows) // max(total, 1)))
            else:
                chunk_rows = 50_000
        self._end(conn)
        if guarded:
            desc = desc[:-1]
        return ExecOutcome(ResultSet([d.name for d in desc], rows, [d.type_code for d in desc]),
                           None, "", time.perf_counter() - t0)

    def estimated_cost(self, db: str, sql: str) -> Optional[float]:
        """The planner's estimated total cost of ``sql``, planned in this sandbox, never executed
        (eval/db/planner.py); None when the text is refused or cannot be planned."""
        from eval.db.planner import estimated_cost  # noqa: PLC0415

        return estimated_cost(self, db, sql, _infrastructure)

    def _end(self, conn) -> None:
        with conn.pipeline():  # one round trip (DISCARD ALL may not share a multi-statement simple query)
            conn.execute("ROLLBACK")
            conn.execute("DISCARD ALL")

    def _has_guard(self, conn) -> bool:
        """Whether this database has the guard function (every fixture loaded by this harness has it)."""
        db = conn.info.dbname
        known = self._guard_known.get(db)
        if known is None:
            row = conn.execute("SELECT to_regprocedure(%s) IS NOT NULL",
                               (f"{GUARD_SCHEMA}.row_guard(integer,integer)",)).fetchone()
            known = self._guard_known[db] = bool(row[0])
        return known

    def _classify(self, e: Exception) -> tuple[str, str]:
        """ExecOutcome.error_kind and message for a failed execution."""
        if isinstance(e, _TooLarge):
            return "too_large", str(e)
        state = getattr(e, "sqlstate", None)
        if isinstance(e, _Timeout) or state == "57014":
            return "timeout", f"statement timeout after {self.timeout_ms / 1000:g} s"
        msg = _message(e)
        if state == "54000" and "result too large" in msg:  # raised by the row guard
            return "too_large", msg
        if state == "42601" and "multiple commands" in msg:
            return "rejected", "several statements: only one SQL statement is allowed per query (refused by the server)"
        return "error", msg

    def _reset(self, conn, db: str) -> None:
        """End a failed query's transaction and return the connection to the pool (closed instead
        when even that fails)."""
        if conn is None:
            return
        try:
            self._end(conn)
        except Exception:  # noqa: BLE001 - a connection that cannot end its transaction is dropped, whatever the failure
            self._discard(conn)
            return
        self._checkin(db, conn)


class _TooLarge(Exception):
    pass


class _Timeout(Exception):
    pass


def _ignore_notice(diag) -> None:
    """Notices (RAISE NOTICE, warnings) are dropped: they could be arbitrarily large."""


# SQLSTATE classes that mean the server, not the query, failed.
_INFRA_STATES = ("08", "57P")


def _infrastructure(e) -> bool:
    import psycopg  # noqa: PLC0415

    state = getattr(e, "sqlstate", None) or ""
    if state.startswith(_INFRA_STATES):
        return True
    if isinstance(e, (psycopg.OperationalError, psycopg.InterfaceError)) and not state:
        return True  # connection lost / refused: no SQLSTATE from a server
    return False


def _message(e) -> str:
    """The server's primary message (cut to MAX_MESSAGE), without the LINE/caret context (which
    would quote our wrapper)."""
    diag = getattr(e, "diag", None)
    text = ""
    if diag is not None:
        try:
            res = getattr(e, "pgresult", None)
            if res is not None:
                raw = res.error_field(ord("M")) or b""  # PG_DIAG_MESSAGE_PRIMARY
                text = bytes(raw[:MAX_MESSAGE * 4]).decode("utf-8", "replace")
            else:
                text = diag.message_primary or ""
        except Exception:  # noqa: BLE001 - an unreadable diagnostic falls back to str(e)
            text = ""
    if not text:
        text = str(e) or type(e).__name__
    text = " | ".join(ln for ln in text.strip().splitlines() if ln.strip())
    return text[:MAX_MESSAGE]


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
