"""Shared by tests/test_resume.py and bench/kill_resume.py: a large replay workload and its checks."""
from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SQLEVAL_SCHEMAS = REPO / "tests" / "fixtures" / "sqleval"
SQLEVAL_QUESTIONS = REPO / "tests" / "fixtures" / "questions_sqleval.csv"
VOLATILE_COLUMNS = ("exec_seconds",)
VOLATILE_SUMMARY = ("wall_time_s", "started_at", "git_commit")


def make_workload(folder: Path, copies: int = 15) -> tuple[Path, Path]:
    """Questions (the sqleval set repeated with distinct ids) and predictions: right, wrong, erroring."""
    from eval.data import dataset

    base = dataset.load_questions(SQLEVAL_QUESTIONS)
    qpath, ppath = folder / "questions.jsonl", folder / "predictions.jsonl"
    with open(qpath, "w") as qf, open(ppath, "w") as pf:
        for c in range(copies):
            for i, q in enumerate(base):
                qid = f"c{c:02d}-{i:02d}"
                qf.write(json.dumps({"id": qid, "db": q.db, "category": q.category, "question": f"{q.question} (copy {c})",
                                     "gold": list(q.gold)}) + "\n")
                kind = (c + i) % 4
                sql = {0: q.gold[0], 1: q.gold[-1], 2: "SELECT 1", 3: "SELECT * FROM nowhere"}[kind]
                if (c * 7 + i) % 11 == 0:
                    sql = ""  # no prediction (an empty record: a missing one would stop the run, exit 2)
                pf.write(json.dumps({"question_id": qid, "generated_query": sql}) + "\n")
    return qpath, ppath


def cli(qpath: Path, ppath: Path, out: Path, extra=()) -> list[str]:
    return [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(ppath),
            "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(qpath), "--no-progress", "-q", "--workers", "1",
            *extra, *(["-o", str(out)] if "--resume" not in extra else [])]


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def run_killed_then_resumed(qpath: Path, ppath: Path, out: Path, kill_after: int, env=None,
                            extra=()) -> subprocess.CompletedProcess:
    """Start a run, SIGKILL it once results.jsonl has ``kill_after`` lines (or the run ends), resume it
    (``extra``: flags for both, e.g. ``["--samples", "5"]``)."""
    p = subprocess.Popen(cli(qpath, ppath, out, list(extra)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         env=env, cwd=REPO)
    jsonl = out / "results.jsonl"
    deadline = time.monotonic() + 120
    while p.poll() is None and time.monotonic() < deadline:
        if (kill_after == 0 and (out / "config.json").exists()) or (kill_after and count_lines(jsonl) >= kill_after):
            break
        time.sleep(0.002)
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    p.wait()
    if not (out / "config.json").exists():
        return subprocess.run(cli(qpath, ppath, out, list(extra)), capture_output=True, text=True, env=env, cwd=REPO,
                              timeout=300)
    return subprocess.run(cli(qpath, ppath, out, [*extra, "--resume", str(out)]), capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=300)


def comparable_csv(path: Path) -> list[dict]:
    rows = list(csv.DictReader(open(path, newline="")))
    for r in rows:
        for c in VOLATILE_COLUMNS:
            r.pop(c, None)
    return rows


def comparable_summary(path: Path) -> dict:
    s = json.loads(Path(path).read_text())
    for k in VOLATILE_SUMMARY:
        s.pop(k, None)
    return s


def lost_and_doubled(out: Path, n_questions: int) -> tuple[int, int]:
    rows = list(csv.DictReader(open(out / "results.csv", newline="")))
    ids = [r["question_id"] for r in rows]
    return n_questions - len(set(ids)), len(ids) - len(set(ids))


def samples_predictions(ppath: Path, k: int) -> Path:
    """``ppath`` as a --samples ``k`` file beside it: per question the prediction, its re-spacing, two wrong
    answers, the prediction again, … (numbered with ``sample``); ``ppath`` itself when k is 1."""
    if k <= 1:
        return ppath
    rows = [json.loads(x) for x in ppath.read_text().splitlines() if x.strip()]
    out = ppath.with_name(f"{ppath.stem}-samples{k}.jsonl")
    with open(out, "w") as f:
        for r in rows:
            sql = r["generated_query"]
            forms = (sql, f" {sql} ", "SELECT 1", "SELECT * FROM nowhere")
            for i in range(k):
                f.write(json.dumps({"question_id": r["question_id"], "generated_query": forms[i % len(forms)],
                                    "sample": i}) + "\n")
    return out


def samples_of(out: Path) -> dict:
    """{question_id: its samples} of a run folder's results.jsonl (None for a record without samples)."""
    recs = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines() if x.strip()]
    return {r["question_id"]: r.get("samples") for r in recs}
