#!/usr/bin/env python3
"""Developer tool: run SQL on every instance of a fixture database and print the results.

    python tools/sql_shell.py --db freight "SELECT count(*) FROM shipment"
    python tools/sql_shell.py --db freight --questions questions/freight.jsonl   # every gold, every instance

Uses the same embedded server, loader and sandboxed executor as the harness.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.data import dataset  # noqa: E402
from eval.db import fixtures  # noqa: E402
from eval.errors import UsageError  # noqa: E402
from eval.db.executor import Executor  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def show(out, max_rows: int) -> str:
    if not out.ok:
        return f"  !! {out.error_kind}: {out.error}"
    r = out.result
    lines = [f"  {len(r.rows)} row(s); columns: {', '.join(r.columns)}"]
    for row in r.rows[:max_rows]:
        lines.append("    " + " | ".join(repr(v) for v in row))
    if len(r.rows) > max_rows:
        lines.append("    …")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemas", default=str(Path(__file__).resolve().parent.parent / "schemas"))
    ap.add_argument("--db", required=True)
    ap.add_argument("--questions", help="run every gold of this file (questions on --db)")
    ap.add_argument("--rows", type=int, default=8)
    ap.add_argument("--dsn")
    ap.add_argument("sql", nargs="*")
    a = ap.parse_args()
    try:
        fx = fixtures.discover(Path(a.schemas))[a.db]
        server = open_server(a.dsn, None)
        try:
            dbs = fixtures.ensure_loaded(server, fx, lambda m: print(m, file=sys.stderr))
            ex = Executor(server)
            queries = [("", s) for s in a.sql]
            if a.questions:
                for q in dataset.load_questions(Path(a.questions)):
                    if q.db == a.db:
                        for g in q.gold:
                            queries.append((f"{q.id} [{q.category}] {q.question}", g))
            for label, sql in queries:
                print("=" * 100)
                if label:
                    print(label)
                print(sql)
                for k, db in enumerate(dbs):
                    print(f"-- instance {k}")
                    print(show(ex.execute(db, sql), a.rows))
            ex.close()
        finally:
            server.stop()
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
