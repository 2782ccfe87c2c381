#!/usr/bin/env python3
"""Reliability figures for docs/SECURITY.md: random kill -9 + resume, and peak memory under the hostile corpus.

    python bench/kill_resume.py                       # 20 random kills, seed 0, then the hostile run
    python bench/kill_resume.py --runs 50 --seed 7 --json /tmp/kill_resume.json
    python bench/kill_resume.py --runs 0              # only the hostile-corpus measurement
    python bench/kill_resume.py --runs 10 --samples 5 --no-hostile   # five predictions per question

Part 1 (kill and resume).  The replay workload of tests/helpers/resume_helpers.py (the sqleval questions
repeated with distinct ids, predictions right, wrong, erroring or missing) is run once without
interruption: the reference.  Then, ``--runs`` times, a fresh run is SIGKILLed once its
results.jsonl holds a random number of records (seeded; the kill points are stratified so that some
land before any record, some mid-run and some at or near the end, including after the last record,
before results.csv is written) and resumed with ``--resume``.  For every run the script prints the
kill point, whether the first process really died of the signal, the records lost and doubled in
results.csv (``lost_and_doubled``), duplicated lines in results.jsonl, and whether results.csv and
summary.json equal the reference's (ignoring timings: ``comparable_csv`` / ``comparable_summary``).

Part 2 (hostile corpus).  Every query of tests/test_hostile.py's HOSTILE list becomes the
prediction for its own question (bakery questions of the sqleval fixtures, repeated with distinct
ids), and ``run_eval.py --model replay … --timeout 1`` runs as a subprocess.  Reported: its exit
code, wall time, the peak RSS of the harness process itself (VmHWM, polled from /proc), the largest
peak RSS of any process of the tree (harness, PostgreSQL server and backends: ``ru_maxrss`` of
RUSAGE_CHILDREN, measured in a fresh wrapper process so that part 1's runs do not count), the
verdict reasons, and ``fixtures_intact`` from summary.json.

Everything runs against an embedded PostgreSQL in a fresh cache root under /tmp (mode 755: the
server runs as an unprivileged account when the harness runs as root), removed at the end unless
``--keep``.  Exit code 0 when every resumed run equals the reference with nothing lost or doubled
and the hostile run left the fixtures intact, else 1.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from tests.helpers import resume_helpers as rh  # noqa: E402

SQLEVAL_SCHEMAS = REPO / "tests" / "fixtures" / "sqleval"
SQLEVAL_QUESTIONS = REPO / "tests" / "fixtures" / "questions_sqleval.csv"


# ------------------------------------------------------------------------------------------------
class _TrackedPopen(subprocess.Popen):
    """Records every Popen made while installed, so the killed process's exit status can be read."""

    made: list = []

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        _TrackedPopen.made.append(self)


def kill_points(n_records: int, runs: int, rng: random.Random) -> list[int]:
    """Stratified random record counts: before any record, early, mid-run, late, after the last record."""
    strata = [
        (0, 1),                                   # before any record (0 = as soon as config.json exists)
        (2, max(2, n_records // 10)),             # early
        (n_records // 10, n_records // 2),        # first half
        (n_records // 2, (9 * n_records) // 10),  # second half
        ((9 * n_records) // 10, n_records - 1),   # near the end
        (n_records, n_records),                   # every record written, before results.csv/summary.json
    ]
    out = []
    for i in range(runs):
        lo, hi = strata[i % len(strata)]
        out.append(rng.randint(lo, max(lo, hi)))
    rng.shuffle(out)
    return out


def jsonl_duplicates(path: Path) -> tuple[int, int]:
    """(lines, duplicated question ids) of a results.jsonl."""
    ids = []
    for line in path.read_text().splitlines():
        if line.strip():
            try:
                ids.append(json.loads(line)["question_id"])
            except (ValueError, KeyError):
                ids.append(None)
    return len(ids), len(ids) - len(set(ids))


def kill_and_resume(work: Path, runs: int, seed: int, copies: int, env: dict, log, samples: int = 1) -> dict:
    qpath, ppath = rh.make_workload(work, copies=copies)
    ppath = rh.samples_predictions(ppath, samples)  # --samples K: K predictions per question
    extra = ["--samples", str(samples)] if samples > 1 else []
    n = rh.count_lines(qpath)
    n_pred = rh.count_lines(ppath)
    ref = work / "reference"
    t0 = time.monotonic()
    r = subprocess.run(rh.cli(qpath, ppath, ref, extra), capture_output=True, text=True, cwd=REPO, env=env, timeout=600)
    ref_wall = time.monotonic() - t0
    if r.returncode != 0:
        raise SystemExit(f"reference run failed (exit {r.returncode}):\n{r.stderr}")
    ref_csv = rh.comparable_csv(ref / "results.csv")
    ref_sum = rh.comparable_summary(ref / "summary.json")
    ref_samples = rh.samples_of(ref) if samples > 1 else None
    log(f"workload: {n} questions, {n_pred} predictions; reference run {ref_wall:.1f} s "
        f"({json.loads((ref / 'summary.json').read_text())['perc_correct']}% correct)")
    log(f"{runs} kill-and-resume runs, seed {seed}")
    log(f"{'run':>3} {'kill at':>8} {'killed':>6} {'jsonl@kill':>10} {'resume rc':>9} {'lost':>4} {'doubled':>7} "
        f"{'jsonl dup':>9} {'csv==ref':>8} {'summary==ref':>12} {'s':>5}")
    rng = random.Random(seed)
    points = kill_points(n, runs, rng)
    rows = []
    for i, k in enumerate(points, start=1):
        out = work / f"run{i:02d}"
        _TrackedPopen.made = []
        saved = subprocess.Popen
        subprocess.Popen = _TrackedPopen  # resume_helpers uses subprocess.Popen / subprocess.run
        t0 = time.monotonic()
        try:
            res = rh.run_killed_then_resumed(qpath, ppath, out, k, env=env, extra=extra)
        finally:
            subprocess.Popen = saved
        wall = time.monotonic() - t0
        first = _TrackedPopen.made[0] if _TrackedPopen.made else None
        killed = first is not None and first.returncode == -9
        # lines present when the resume started are not observable afterwards; the kill point is a lower bound
        row = {"run": i, "kill_after_records": k, "killed": killed,
               "first_exit": None if first is None else first.returncode, "resume_exit": res.returncode,
               "wall_s": round(wall, 2)}
        if res.returncode == 0 and (out / "results.csv").exists():
            lost, doubled = rh.lost_and_doubled(out, n)
            lines, dup = jsonl_duplicates(out / "results.jsonl")
            row.update(lost=lost, doubled=doubled, jsonl_lines=lines, jsonl_duplicates=dup,
                       csv_equal=rh.comparable_csv(out / "results.csv") == ref_csv,
                       summary_equal=rh.comparable_summary(out / "summary.json") == ref_sum)
            if samples > 1:  # every question's K samples, none lost or doubled, as the reference has them
                row["samples_equal"] = rh.samples_of(out) == ref_samples
        else:
            row.update(lost=None, doubled=None, jsonl_lines=None, jsonl_duplicates=None, csv_equal=False,
                       summary_equal=False, stderr=res.stderr.strip()[-2000:])
        rows.append(row)
        fmt = lambda v: "-" if v is None else str(v)  # noqa: E731
        log(f"{i:>3} {k:>8} {('yes' if killed else 'no'):>6} {'>=' + str(k) if killed else 'all':>10} "
            f"{res.returncode:>9} {fmt(row['lost']):>4} {fmt(row['doubled']):>7} {fmt(row['jsonl_duplicates']):>9} "
            f"{str(row['csv_equal']):>8} {str(row['summary_equal']):>12} {wall:>5.1f}")
        if row.get("stderr"):
            log("    resume stderr: " + row["stderr"].replace("\n", "\n    "))
        shutil.rmtree(out, ignore_errors=True)
    ok_rows = [r for r in rows if r["lost"] is not None]
    total = {
        "runs": len(rows),
        "killed": sum(r["killed"] for r in rows),
        "finished_before_kill": sum(not r["killed"] for r in rows),
        "resume_failures": sum(r["resume_exit"] != 0 for r in rows),
        "lost": sum(r["lost"] for r in ok_rows),
        "doubled": sum(r["doubled"] for r in ok_rows),
        "jsonl_duplicates": sum(r["jsonl_duplicates"] for r in ok_rows),
        "equal_to_reference": sum(r["csv_equal"] and r["summary_equal"] and r.get("samples_equal", True) for r in rows),
        **({"samples": samples, "samples_equal": sum(bool(r.get("samples_equal")) for r in rows)} if samples > 1 else {}),
        "kill_points": {"min": min(points, default=None), "max": max(points, default=None),
                        "at_start_0_or_1_record": sum(p <= 1 for p in points),
                        "mid_run": sum(1 < p < (9 * n) // 10 for p in points),
                        "near_end": sum((9 * n) // 10 <= p < n for p in points),
                        "after_last_record": sum(p == n for p in points)},
    }
    log(f"TOTAL: {total['lost']} lost, {total['doubled']} doubled over {total['runs']} random kills "
        f"({total['killed']} killed mid-run, {total['finished_before_kill']} finished before the kill point); "
        f"{total['equal_to_reference']}/{total['runs']} resumed runs equal the reference "
        f"(results.csv and summary.json); {total['jsonl_duplicates']} duplicated results.jsonl lines; "
        f"{total['resume_failures']} resume failures")
    if samples > 1:
        log(f"samples: {total['samples_equal']}/{total['runs']} resumed runs keep every question's {samples} samples "
            "exactly as the reference has them")
    return {"n_questions": n, "n_predictions": n_pred, "copies": copies, "seed": seed, "reference_wall_s": round(ref_wall, 2),
            "runs": rows, "total": total}


# ------------------------------------------------------------------------------------------------
_WRAPPER = """
import json, resource, subprocess, sys, time
t0 = time.monotonic()
p = subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
open(sys.argv[1], "w").write(str(p.pid))
out, err = p.communicate()
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "wall_s": wall, "tree_maxrss_kib": ru.ru_maxrss, "stdout": out[-4000:],
                  "stderr": err[-4000:]}))
"""


def _vm_hwm_kib(pid: int):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _tree_rss_kib(root_pid: int) -> int:
    """Sum of VmRSS over root_pid and its descendants (shared pages counted once per process)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as f:
                ppid, vm = None, 0
                for line in f:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        vm = int(line.split()[1])
        except (OSError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
        rss[int(d)] = vm
    total, todo = 0, [root_pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def hostile_run(work: Path, env: dict, timeout_s: float, log) -> dict:
    from test_hostile import HOSTILE  # noqa: PLC0415

    from eval.data import dataset  # noqa: PLC0415

    base = [q for q in dataset.load_questions(SQLEVAL_QUESTIONS) if q.db == "bakery"]
    qpath, ppath = work / "hostile_questions.jsonl", work / "hostile_predictions.jsonl"
    with open(qpath, "w") as qf, open(ppath, "w") as pf:
        for i, sql in enumerate(HOSTILE):
            q = base[i % len(base)]
            qid = f"h{i:03d}"
            qf.write(json.dumps({"id": qid, "db": q.db, "category": q.category, "question": f"{q.question} (hostile {i})",
                                 "gold": list(q.gold)}) + "\n")
            pf.write(json.dumps({"question_id": qid, "generated_query": sql}) + "\n")
    out = work / "hostile_run"
    cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(ppath),
           "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(qpath), "--timeout", f"{timeout_s:g}",
           "--workers", "2", "--no-progress", "-q", "-o", str(out)]
    log(f"hostile corpus: {len(HOSTILE)} queries as predictions for {len(HOSTILE)} bakery questions; command:")
    log("  " + " ".join(cmd[1:]).replace(str(REPO) + "/", ""))
    pidfile = work / "hostile.pid"
    wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, str(pidfile), *cmd], stdout=subprocess.PIPE, text=True,
                               env=env, cwd=REPO)
    hwm = {"harness": 0, "tree_sum": 0}
    stop = threading.Event()

    def poll():
        pid = None
        while not stop.is_set():
            if pid is None:
                try:
                    pid = int(pidfile.read_text())
                except (OSError, ValueError):
                    time.sleep(0.01)
                    continue
            v = _vm_hwm_kib(pid)
            if v is not None:
                hwm["harness"] = max(hwm["harness"], v)
            hwm["tree_sum"] = max(hwm["tree_sum"], _tree_rss_kib(pid))
            time.sleep(0.05)

    th = threading.Thread(target=poll, daemon=True)
    th.start()
    stdout, _ = wrapper.communicate(timeout=1800)
    stop.set()
    th.join()
    res = json.loads(stdout.strip().splitlines()[-1])
    summary = json.loads((out / "summary.json").read_text()) if (out / "summary.json").exists() else {}
    reasons = Counter()
    n_correct = None
    if (out / "results.csv").exists():
        import csv  # noqa: PLC0415

        rows = list(csv.DictReader(open(out / "results.csv", newline="")))
        reasons = Counter(r["reason"] for r in rows)
        n_correct = sum(r["correct"] == "1" for r in rows)
    fig = {
        "queries": len(HOSTILE), "timeout_s": timeout_s, "exit_code": res["rc"], "wall_s": round(res["wall_s"], 2),
        "harness_peak_rss_mib": round(hwm["harness"] / 1024, 1),
        "tree_max_single_process_rss_mib": round(res["tree_maxrss_kib"] / 1024, 1),
        "tree_sum_rss_peak_mib_polled": round(hwm["tree_sum"] / 1024, 1),
        "fixtures_intact": summary.get("fixtures_intact"), "n_correct": n_correct, "reasons": dict(sorted(reasons.items())),
        "files_created_in_tmp": [p for p in ("/tmp/t2seval-pwned", "/tmp/t2seval-out", "/tmp/t2seval-lo") if os.path.exists(p)],
        "command": " ".join(cmd[1:]).replace(str(REPO) + "/", ""),
    }
    if res["rc"] != 0:
        fig["stderr"] = res["stderr"]
    log(f"  exit code {fig['exit_code']}, wall {fig['wall_s']} s; harness peak RSS {fig['harness_peak_rss_mib']} MiB "
        f"(VmHWM); largest process of the tree {fig['tree_max_single_process_rss_mib']} MiB (ru_maxrss, RUSAGE_CHILDREN); "
        f"tree total peak ~{fig['tree_sum_rss_peak_mib_polled']} MiB (polled VmRSS sum, shared pages counted per process)")
    log(f"  fixtures_intact: {fig['fixtures_intact']}; correct: {n_correct}/{len(HOSTILE)}; reasons: {fig['reasons']}; "
        f"files the corpus tried to create: {fig['files_created_in_tmp'] or 'none'}")
    if res["rc"] != 0:
        log("  stderr: " + res["stderr"].strip())
    return fig


# ------------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20, help="kill-and-resume repetitions (default 20; 0 skips part 1)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the kill points (default 0)")
    ap.add_argument("--copies", type=int, default=15, help="copies of the 21 sqleval questions in the workload (default 15 = 315)")
    ap.add_argument("--samples", type=int, default=1, metavar="K",
                    help="K predictions per question (--samples K): also checks that every question keeps its K samples")
    ap.add_argument("--hostile-timeout", type=float, default=1.0, help="--timeout of the hostile run (default 1)")
    ap.add_argument("--no-hostile", action="store_true", help="skip part 2")
    ap.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (printed)")
    a = ap.parse_args(argv)

    def log(msg):
        print(msg, flush=True)

    root = Path(tempfile.mkdtemp(prefix="t2seval-killresume-", dir="/tmp"))
    os.chmod(root, 0o755)  # the embedded server's account must be able to enter it
    cache, work = root / "cache", root / "work"
    cache.mkdir(mode=0o755)
    work.mkdir(mode=0o755)
    os.chmod(cache, 0o755)
    env = dict(os.environ, EVAL_CACHE_ROOT=str(cache))
    env.pop("EVAL_PG_DSN", None)
    env.pop("EVAL_PG_DATA", None)
    os.environ["EVAL_CACHE_ROOT"] = str(cache)
    figures = {"seed": a.seed, "cpu_count": os.cpu_count(), "python": sys.version.split()[0],
               "command": "python bench/kill_resume.py " + " ".join(argv if argv is not None else sys.argv[1:])}
    ok = True
    try:
        log(f"work folder {root} (cache root {cache})")
        if a.runs > 0:
            kr = kill_and_resume(work, a.runs, a.seed, a.copies, env, log, samples=a.samples)
            figures["kill_resume"] = kr
            t = kr["total"]
            ok &= t["lost"] == 0 and t["doubled"] == 0 and t["equal_to_reference"] == t["runs"] and t["resume_failures"] == 0
        if not a.no_hostile:
            h = hostile_run(work, env, a.hostile_timeout, log)
            figures["hostile"] = h
            ok &= h["exit_code"] == 0 and h["fixtures_intact"] is True and h["n_correct"] == 0 and not h["files_created_in_tmp"]
    finally:
        if a.json:
            Path(a.json).write_text(json.dumps(figures, indent=2) + "\n")
            log(f"figures written to {a.json}")
        if a.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    log("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
