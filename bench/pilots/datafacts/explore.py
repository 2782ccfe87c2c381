#!/usr/bin/env python3
"""Exploration tool for the exploring solver of the data-facts pilot.

    python /work/main/bench/pilots/datafacts/explore.py "SELECT DISTINCT status FROM delivery_stops"

Runs ONE read-only SELECT on instance 0 of linen_service only, through the harness's sandboxed
executor (the same one that runs model predictions: read-only reader role, one statement, pinned
settings, 10 s timeout), and prints the column names and at most 50 rows (values as Python repr,
so that trailing spaces and types are visible).  It reads no question file and no gold.
Harness clone: $HARNESS (default /tmp/datafacts-h); cache: $EVAL_CACHE_ROOT (default /tmp/datafacts-cache).
"""
import sys

from _harness import open_fixture
from eval.db.executor import Executor

MAX_ROWS = 50


def main(argv) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print('usage: explore.py "SELECT ..."   (exactly one SQL statement as one argument)', file=sys.stderr)
        return 2
    sql = argv[0]
    server, fx = open_fixture()
    try:
        ex = Executor(server, timeout_s=10.0, row_cap=100_000)
        try:
            out = ex.execute(fx.instance_dbs[0], sql)
        finally:
            ex.close()
    finally:
        server.stop()
    if not out.ok:
        print(f"ERROR ({out.error_kind}): {out.error}")
        return 1
    res = out.result
    print("columns: " + " | ".join(res.columns))
    for row in res.rows[:MAX_ROWS]:
        print(" | ".join(repr(v) for v in row))
    n = len(res.rows)
    print(f"({n} row{'s' if n != 1 else ''}" + (f"; first {MAX_ROWS} shown" if n > MAX_ROWS else "") + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
