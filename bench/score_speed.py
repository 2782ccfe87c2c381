#!/usr/bin/env python3
"""How fast is scoring, and how close to PostgreSQL's own floor?

    python bench/score_speed.py                 # cold / warm / hot, floor, ratios, peak RSS
    python bench/score_speed.py --full          # also 1 vs 2 workers and 1x / 3x / 10x the questions
    python bench/score_speed.py --profile       # also print where a hot run spends its time

Runs ``run_eval.py --model gold`` (whole bundled benchmark, every split, every instance) as a
subprocess in a fresh cache root:
- cold: empty cache root (initdb, generate and load every fixture instance, execute golds and predictions);
- cold, data cache kept: the data dir removed but the generated-data cache (<root>/data) kept;
- warm: data dir exists, gold cache emptied (golds and predictions executed);
- hot: gold cache full (only the predictions execute); best of three.
Peak RSS: the largest resident set of the run's process tree (``wait4``'s ru_maxrss, as
``/usr/bin/time -f %M``), the maximum over all runs.  The load average is printed before and after:
figures from a loaded machine are not comparable with a quiet one's.
The floor is PostgreSQL's own time for the same queries: the server's start time plus the sum of
planning + execution time reported by EXPLAIN (ANALYZE, TIMING OFF) for every query the run must
execute (hot: one prediction per question and instance; warm: also every gold alternative and its
sort-key rewrite).  Then the wall time for 1x, 3x and 10x the questions, and 1 vs 2 workers.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


PEAK_RSS_KB = [0]


def run(root: Path, extra: list[str], out: Path) -> float:
    env = dict(os.environ, EVAL_CACHE_ROOT=str(root))
    err = out.parent / f"{out.name}.stderr"
    t0 = time.perf_counter()
    with open(err, "wb") as ef:
        proc = subprocess.Popen([sys.executable, str(REPO / "run_eval.py"), "--model", "gold", "--no-progress", "-q",
                                 "-o", str(out), *extra], env=env, stdout=subprocess.DEVNULL, stderr=ef)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    PEAK_RSS_KB[0] = max(PEAK_RSS_KB[0], usage.ru_maxrss)
    if proc.returncode != 0:
        sys.exit(f"run failed ({proc.returncode}): {err.read_text(errors='replace').strip()[-2000:]}")
    s = json.loads((out / "summary.json").read_text())
    if s["perc_correct"] != 100.0:
        sys.exit(f"gold run did not score 100% ({s['perc_correct']})")
    return wall


def repeated_questions(src_dir: Path, dest: Path, times: int) -> Path:
    from eval.data import dataset  # noqa: PLC0415

    qs = dataset.load_questions(src_dir)
    with open(dest, "w") as f:
        for t in range(times):
            for q in qs:
                f.write(json.dumps({"id": f"{q.id}~{t}", "db": q.db, "category": q.category, "question": f"{q.question} #{t}",
                                    "gold": list(q.gold), "order_matters": q.order_matters}) + "\n")
    return dest


def floor(root: Path) -> dict:
    """Server start time, and EXPLAIN ANALYZE time of the predictions and of the golds."""
    from eval.data import dataset  # noqa: PLC0415
    from eval.db import fixtures  # noqa: PLC0415
    from eval.db.pgserver import EmbeddedServer  # noqa: PLC0415
    from eval.sqltext.rewrite import order_plan  # noqa: PLC0415
    from eval.db import pgconn  # noqa: PLC0415

    t0 = time.perf_counter()
    server = EmbeddedServer(root)
    start_s = time.perf_counter() - t0
    try:
        qs = dataset.load_questions(REPO / "questions")
        fxs = fixtures.discover(REPO / "schemas", needed={q.db for q in qs})
        for fx in fxs.values():
            fixtures.ensure_loaded(server, fx)
        conns = {}

        def explain_ms(db: str, sql: str) -> float:
            c = conns.get(db)
            if c is None:
                c = conns[db] = pgconn.connect(server.reader.for_db(db))
            with c.cursor() as cur:
                cur.execute("EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql)
                j = cur.fetchone()[0][0]
            c.rollback()
            return j["Planning Time"] + j["Execution Time"]

        pred_ms = gold_ms = 0.0
        n_pred = n_gold = 0
        for q in qs:
            if not q.gold:
                continue  # unanswerable: nothing executes (the right answer is an abstention)
            for db in fxs[q.db].instance_dbs:
                pred_ms += explain_ms(db, q.gold[0])
                n_pred += 1
                for g in q.gold:
                    gold_ms += explain_ms(db, g)
                    n_gold += 1
                    plan = order_plan(g)
                    if plan.ordered and plan.keyed_sql:
                        gold_ms += explain_ms(db, plan.keyed_sql)
                        n_gold += 1
        for c in conns.values():
            c.close()
    finally:
        server.stop()
    return {"server_start_s": start_s, "predictions_ms": pred_ms, "n_predictions": n_pred, "golds_ms": gold_ms, "n_golds": n_gold}


def profile_hot(root: Path, out: Path) -> str:
    import cProfile  # noqa: PLC0415
    import io  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    os.environ["EVAL_CACHE_ROOT"] = str(root)
    import run_eval  # noqa: PLC0415

    pr = cProfile.Profile()
    pr.enable()
    run_eval.main(["--model", "gold", "--no-progress", "-q", "--workers", "1", "-o", str(out)])
    pr.disable()
    buf = io.StringIO()
    pstats.Stats(pr, stream=buf).sort_stats("tottime").print_stats(20)
    return buf.getvalue()


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="also 1 vs 2 workers and 1x/3x/10x the questions")
    ap.add_argument("--profile", action="store_true", help="profile a hot run with one worker")
    ap.add_argument("--json", metavar="FILE")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="t2seval-speed-", dir="/tmp"))
    os.chmod(work, 0o755)
    root = work / "cache"
    root.mkdir(mode=0o755)
    fig: dict = {"cpus": os.cpu_count(), "load_before": os.getloadavg()}
    print(f"start: {_load()}", flush=True)
    try:
        from eval.data import dataset  # noqa: PLC0415

        n = len(dataset.load_questions(REPO / "questions"))
        fig["questions"] = n
        fig["cold_s"] = run(root, [], work / "cold")
        s = json.loads((work / "cold" / "summary.json").read_text())
        fig["instances"] = sum(s["instances"].values())
        shutil.rmtree(root / "pg")
        (root / "gold-cache.sqlite").unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(root / "gold-cache.sqlite") + suffix).unlink(missing_ok=True)
        fig["cold_data_cached_s"] = run(root, [], work / "cold-data")
        (root / "gold-cache.sqlite").unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(root / "gold-cache.sqlite") + suffix).unlink(missing_ok=True)
        fig["warm_s"] = run(root, [], work / "warm")
        fig["hot_s"] = min(run(root, [], work / f"hot{i}") for i in range(3))
        fl = floor(root)
        fig["floor"] = fl
        fig["floor_hot_s"] = fl["server_start_s"] + fl["predictions_ms"] / 1000
        fig["floor_warm_s"] = fig["floor_hot_s"] + fl["golds_ms"] / 1000
        fig["ratio_hot"] = fig["hot_s"] / fig["floor_hot_s"]
        fig["ratio_warm"] = fig["warm_s"] / fig["floor_warm_s"]
        fig["questions_per_s_hot"] = n / fig["hot_s"]
        if a.full:
            fig["workers"] = {}
            for w in (1, 2):
                fig["workers"][w] = min(run(root, ["--workers", str(w)], work / f"w{w}-{i}") for i in range(2))
            fig["scaling"] = {}
            for times in (1, 3, 10):
                qf = repeated_questions(REPO / "questions", work / f"q{times}.jsonl", times)
                fig["scaling"][times] = run(root, ["--questions", str(qf)], work / f"x{times}")
        fig["peak_rss_mb"] = PEAK_RSS_KB[0] / 1024
        if a.profile:
            fig["profile"] = profile_hot(root, work / "prof")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    fig["load_after"] = os.getloadavg()

    print(f"machine: {fig['cpus']} cores; {fig['questions']} questions x {fig['instances']} instance databases (every split)")
    print(f"cold  (empty cache root)                  {fig['cold_s']:7.2f} s   goal <= 10 s")
    print(f"cold  (no data dir, generated data cached) {fig['cold_data_cached_s']:6.2f} s")
    print(f"warm  (data dir, no gold cache)           {fig['warm_s']:7.2f} s   floor {fig['floor_warm_s']:.2f} s   "
          f"ratio {fig['ratio_warm']:.2f}   goal <= 3 s")
    print(f"hot   (gold cache full, best of 3)        {fig['hot_s']:7.2f} s   floor {fig['floor_hot_s']:.2f} s   "
          f"ratio {fig['ratio_hot']:.2f}   goal ratio <= 1.5   {fig['questions_per_s_hot']:.0f} questions/s")
    fl = fig["floor"]
    print(f"floor parts: server start {fl['server_start_s']:.2f} s; {fl['n_predictions']} predictions {fl['predictions_ms'] / 1000:.2f} s; "
          f"{fl['n_golds']} gold executions {fl['golds_ms'] / 1000:.2f} s (EXPLAIN ANALYZE planning + execution, serial)")
    print(f"peak RSS (largest process of a run's tree, max over the runs) {fig['peak_rss_mb']:.0f} MB   goal <= 500 MB")
    if a.full:
        print("workers (hot): " + ", ".join(f"{w}: {t:.2f} s" for w, t in fig["workers"].items()))
        print("scaling (hot): " + ", ".join(f"{k}x: {t:.2f} s" for k, t in fig["scaling"].items()))
    print(f"end: {_load()}")
    if a.profile:
        print(fig["profile"])
    if a.json:
        Path(a.json).write_text(json.dumps({k: v for k, v in fig.items() if k != "profile"}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
