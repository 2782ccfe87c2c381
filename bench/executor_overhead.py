#!/usr/bin/env python3
"""What the sandboxed executor costs the server, per pass over every bundled prediction.

    python bench/executor_overhead.py

Runs gold[0] of every answerable question on every instance (the 2,480 executions of a hot
``--model gold`` run), serially, in this process, several ways, and prints for each pass the wall
time, this process's CPU and the server's CPU (the machine's busy time from /proc/stat minus this
process's: run it on an otherwise idle machine):

- the executor, first pass (new connections) and second pass (warm connections);
- the executor without the row-size guard (``Executor(guard=False)``), warm;
- plain psycopg on the reader role (``cur.execute(sql); fetchall()``, autocommit), warm;
- connection start-up alone (connect + ``SELECT 1``, every instance database twice);
- the after-run checksum verification of every instance (``fixtures.verify_all``, one worker).

Uses the default cache root (the fixtures are built first if missing).
"""
from __future__ import annotations

import contextlib
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _busy_s() -> float:
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return (sum(v) - v[3] - v[4]) / 100  # all but idle and iowait, in seconds (USER_HZ = 100)


def _self_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class Measure:
    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        self.t, self.b, self.m = time.perf_counter(), _busy_s(), _self_s()

    def __exit__(self, *exc):
        wall, client = time.perf_counter() - self.t, _self_s() - self.m
        print(f"{self.label:42s} wall {wall:6.2f} s   client {client:5.2f} CPU-s   server ~{_busy_s() - self.b - client:5.2f} CPU-s",
              flush=True)


def main() -> int:
    from eval.data import dataset  # noqa: PLC0415
    from eval.db import fixtures, pgconn  # noqa: PLC0415
    from eval.db.executor import Executor  # noqa: PLC0415
    from eval.db.pgserver import open_server  # noqa: PLC0415

    qs = [q for q in dataset.load_questions(REPO / "questions") if q.gold]
    fxs = fixtures.discover(REPO / "schemas", needed={q.db for q in qs})
    server = open_server(None, None)
    try:
        dbs = {name: fixtures.ensure_loaded(server, fx) for name, fx in fxs.items()}
        work = [(db, q.gold[0]) for q in qs for db in dbs[q.db]]
        print(f"{len(work)} executions on {sum(len(v) for v in dbs.values())} databases")
        def one_pass(label, run) -> None:  # every execution once; timed when a label is given
            with Measure(label) if label else contextlib.nullcontext():
                for db, sql in work:
                    run(db, sql)

        ex = Executor(server)
        one_pass("executor, first pass (new connections)", lambda db, sql: ex.execute(db, sql, max_chars=None))
        one_pass("executor, warm", lambda db, sql: ex.execute(db, sql, max_chars=None))
        ex.close()
        bare = Executor(server, guard=False)
        one_pass(None, lambda db, sql: bare.execute(db, sql, max_chars=None))  # its connections
        one_pass("executor without the row guard, warm", lambda db, sql: bare.execute(db, sql, max_chars=None))
        bare.close()
        conns: dict = {}

        def plain(db: str, sql: str) -> None:
            c = conns.get(db)
            if c is None:
                while len(conns) >= 8:
                    conns.pop(next(iter(conns))).close()
                c = conns[db] = pgconn.connect(server.reader.for_db(db), autocommit=True)
            with c.cursor() as cur:
                cur.execute(sql)
                cur.fetchall()

        one_pass(None, plain)
        one_pass("plain psycopg, warm", plain)
        for c in conns.values():
            c.close()
        with Measure("connect + SELECT 1, every database twice"):
            for _ in range(2):
                for names in dbs.values():
                    for db in names:
                        c = pgconn.connect(server.reader.for_db(db), autocommit=True)
                        c.execute("SELECT 1")
                        c.close()
        with Measure("after-run checksums (verify_all, 1 worker)"):
            problems = fixtures.verify_all(server, list(fxs.values()), workers=1)
        if problems:
            print("checksum mismatches:", problems)
            return 1
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
