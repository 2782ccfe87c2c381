"""The planner's cost of a query (efficiency beside ``correct``, docs/REPORTS.md): ``EXPLAIN (FORMAT
JSON)`` in the executor's sandbox, nothing executed.  Split from eval/db/executor.py; it uses the
executor's connections, pinned settings and reset, so that only a query can be planned."""
from __future__ import annotations

from typing import Any, Callable, Optional

from eval.errors import InfrastructureError
from eval.sqltext.statement import Rejected, single_statement


def estimated_cost(ex: Any, db: str, sql: str, infrastructure: Callable[[Exception], bool]) -> Optional[float]:
    """The planner's estimated total cost of ``sql`` (``EXPLAIN (FORMAT JSON)``: planned, never
    executed), in ``ex``'s sandbox (an :class:`~eval.db.executor.Executor`: one statement, read only, the reader role,
    pinned settings, the same wrapper, so only a query can be planned); None when the text is
    refused or cannot be planned.  Deterministic for given data and statistics."""
    import json  # noqa: PLC0415
    import psycopg  # noqa: PLC0415

    if ex._failed:
        raise InfrastructureError(ex._failed)
    try:
        body = single_statement(sql)
    except Rejected:
        return None
    conn = None
    try:
        conn = ex._checkout(db)
        cur, fcur = conn.cursor(), conn.cursor()
        with conn.pipeline():
            cur.execute("BEGIN TRANSACTION READ ONLY ISOLATION LEVEL REPEATABLE READ")  # settings: the connection's
            fcur.execute(f"EXPLAIN (FORMAT JSON) SELECT t2seval_q.* FROM ({body}\n) AS t2seval_q")
        (doc,) = fcur.fetchone()
        plan = json.loads(str(doc)) if not isinstance(doc, list) else doc
        ex._end(conn)
        cost = float(plan[0]["Plan"]["Total Cost"])
        ex._checkin(db, conn)
        return cost
    except psycopg.Error as e:
        if infrastructure(e):
            ex._discard(conn)
            return None
        ex._reset(conn, db)
        return None
    except (ValueError, KeyError, IndexError, TypeError):
        ex._reset(conn, db)
        return None
