#!/usr/bin/env python3
"""Where a gold run over the bundled benchmark spends its time (the figures in docs/PERFORMANCE.md).

    python bench/profile_phases.py              # cold build twice (no data cache, data cache filled), hot run
    python bench/profile_phases.py --cold-only

1. cold build, twice: a fresh cache root, then again without the data dir but with the
   generated-data cache the first build filled (eval/db/fixture_data.py); each time the server's
   initdb + start, then every fixture instance built with one worker (so the time of each step adds
   up exactly): data generation and CSV rendering, DDL, COPY + foreign-key check, grants +
   ANALYZE + checksums, CREATE DATABASE and the rest;
2. hot run phases: setup (prepare), scoring, checksum re-verification (timed around the pipeline);
3. per query: the sandboxed executor vs plain psycopg on the same connections vs the server's own
   planning + execution (EXPLAIN ANALYZE, TIMING OFF), and the comparator per comparison.
"""
from __future__ import annotations

import collections
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def cold(root: Path, workers: int = 1) -> None:
    from eval.data import dataset  # noqa: PLC0415
    from eval.db import fixture_data, fixture_load, fixture_seal, fixtures  # noqa: PLC0415
    from eval.db.pgserver import EmbeddedServer  # noqa: PLC0415

    acc: dict[str, float] = collections.defaultdict(float)
    originals: list = []

    def timed(mod, name: str):
        f = getattr(mod, name)
        originals.append((mod, name, f))

        def g(*a, **k):
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                acc[name] += time.perf_counter() - t
        setattr(mod, name, g)

    for mod, name in ((fixture_data, "generated_tables"), (fixture_data, "read"), (fixture_data, "write"),
                      (fixture_load, "run_ddl"), (fixture_load, "copy_tables"), (fixture_load, "seal_schema"),
                      (fixture_load, "finish_clone"), (fixture_seal, "table_checksums")):
        timed(mod, name)
    t = time.perf_counter()
    server = EmbeddedServer(root)
    print(f"cold: initdb + server start {time.perf_counter() - t:.2f} s")
    try:
        qs = dataset.load_questions(REPO / "questions")
        fxs = fixtures.discover(REPO / "schemas", needed={q.db for q in qs})
        t = time.perf_counter()
        fixtures.ensure_all(server, list(fxs.values()), workers=workers)
        total = time.perf_counter() - t
    finally:
        server.stop()
        for mod, name, f in originals:
            setattr(mod, name, f)
    n = sum(fx.n_instances for fx in fxs.values())
    print(f"cold: {n} instances built with {workers} worker(s) in {total:.2f} s" + (":" if workers == 1 else
                                                                                   " (the parts overlap):"))
    labels = {"generated_tables": "data generation + CSV rendering (Python)", "read": "reading the data cache",
              "write": "writing the data cache", "run_ddl": "DDL (once per fixture, in its schema template)",
              "seal_schema": "grants + revoked built-ins (once per fixture)",
              "copy_tables": "COPY + foreign-key check", "finish_clone": "CONNECT grant + ANALYZE + checksums",
              "table_checksums": "  of which checksums"}
    for name, label in labels.items():
        print(f"  {label:52s} {acc[name]:6.2f} s")
    parts = sum(acc[x] for x in ("generated_tables", "read", "write", "run_ddl", "seal_schema", "copy_tables", "finish_clone"))
    if workers == 1:
        print(f"  {'other (CREATE DATABASE clones, renames, sealing, catalog)':52s} {total - parts:6.2f} s")


def hot() -> None:
    from eval.run import pipeline, prepare  # noqa: PLC0415
    from eval.cli.parser import build_parser  # noqa: PLC0415
    from eval.db.executor import Executor  # noqa: PLC0415
    from eval.scoring import comparator  # noqa: PLC0415

    from eval.db import pgconn  # noqa: PLC0415

    out = Path(tempfile.mkdtemp(prefix="t2seval-phases-")) / "run"
    args = build_parser().parse_args(["--no-progress", "-q", "-o", str(out)])
    pipeline.run(prepare.prepare(args))  # warm the gold cache
    shutil.rmtree(out.parent)
    out.parent.mkdir()
    t = time.perf_counter()
    p = prepare.prepare(args)
    t_prep = time.perf_counter() - t
    verify = fixtures_verify_timer()
    t = time.perf_counter()
    pipeline.run(p)
    t_run = time.perf_counter() - t
    print(f"hot: setup {t_prep:.2f} s, scoring + writing {t_run - verify[0]:.2f} s, checksum re-verification {verify[0]:.2f} s")

    work = [(q, db) for q in p.questions for db in p.fixtures[q.db].instance_dbs]
    ex = Executor(p.server)
    for q, db in work[:100]:
        ex.execute(db, q.gold[0])
    t = time.perf_counter()
    outs = [ex.execute(db, q.gold[0]) for q, db in work]
    t_ex = time.perf_counter() - t
    ex.close()
    conns: dict = {}
    for q, db in work:
        c = conns.get(db) or conns.setdefault(db, pgconn.connect(p.server.reader.for_db(db)))
    t = time.perf_counter()
    for q, db in work:
        c = conns[db]
        with c.cursor() as cur:
            cur.execute(q.gold[0])
            cur.fetchall()
        c.rollback()
    t_raw = time.perf_counter() - t
    server_ms = 0.0
    for q, db in work:
        c = conns[db]
        with c.cursor() as cur:
            cur.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + q.gold[0])
            j = cur.fetchone()[0][0]
        c.rollback()
        server_ms += j["Planning Time"] + j["Execution Time"]
    for c in conns.values():
        c.close()
    t = time.perf_counter()
    for (q, db), o in zip(work, outs):
        golds = [e for e in (p.golds.get(db, g) for g in q.gold) if isinstance(e, comparator.GoldEvidence)]
        comparator.compare(golds, o.result, question_text=q.question, instructions=q.instructions, category=q.category,
                           order_matters=q.order_matters)
    t_cmp = time.perf_counter() - t
    n = len(work)
    print(f"per query ({n} predictions, one thread): sandboxed executor {1000 * t_ex / n:.2f} ms, "
          f"plain psycopg {1000 * t_raw / n:.2f} ms, server planning + execution {server_ms / n:.2f} ms; "
          f"comparator {1000 * t_cmp / n:.2f} ms per comparison")
    p.executor.close()
    p.server.stop()
    shutil.rmtree(out.parent, ignore_errors=True)



def fixtures_verify_timer() -> list:
    from eval.db import fixtures  # noqa: PLC0415

    spent = [0.0]
    f = fixtures.verify_all

    def g(*a, **k):
        t = time.perf_counter()
        try:
            return f(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t
    fixtures.verify_all = g
    return spent


def main() -> int:
    root = Path(tempfile.mkdtemp(prefix="t2seval-cold-", dir="/tmp"))
    os.chmod(root, 0o755)
    try:
        print("--- cold build, empty cache root")
        cold(root)  # fills <root>/data
        shutil.rmtree(root / "pg")
        print("--- cold build, no data dir, generated-data cache filled")
        cold(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if "--cold-only" not in sys.argv:
        hot()
    return 0


if __name__ == "__main__":
    sys.exit(main())
