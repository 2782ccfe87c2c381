#!/usr/bin/env python3
"""Scoring K samples per question costs less than K separate runs when the samples repeat (docs/PERFORMANCE.md).

    python bench/samples_speed.py                      # 80 classic questions, K = 5
    python bench/samples_speed.py --limit 320 --k 5 --json /tmp/samples_speed.json

The predictions of the committed regression baseline (results/baselines/regression/predictions.jsonl)
become K samples per question, three ways:

* ``repeated``: the prediction K times, written differently (re-spaced, lower-cased keywords, a
  trailing ``;``): SQL texts that execute alike, as a sampling model's answers often are;
* ``distinct``: the prediction wrapped K different ways (``SELECT * FROM (…) AS s<i>``): every sample
  a different text, so nothing can be shared (a wrapped ORDER BY may lose its order: the verdicts can
  differ, the cost is what is measured);
* ``separate``: the ``repeated`` samples as K one-sample files, each replayed by its own run: what
  scoring K samples costs without --samples.

Each is ``run_eval.py --model replay … --split classic --limit N`` in a subprocess against the embedded
PostgreSQL of ``EVAL_CACHE_ROOT`` (warmed by a first run that is not counted).  Printed: the process
wall time and the run's own ``wall_time_s`` (summary.json: generation + scoring, without the server
start and the checks every run makes), for the K-sample runs and summed over the K separate runs.
Timings are machine-dependent; the ratio is the figure.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PREDICTIONS = REPO / "results" / "baselines" / "regression" / "predictions.jsonl"


def _variants(sql: str, k: int) -> list[str]:
    body = sql.strip().rstrip(";")
    forms = [body, f"  {body}  ", body + ";", re.sub(r"\s+", "\n", body), body.replace("SELECT", "select", 1)]
    return [forms[i % len(forms)] for i in range(k)]


def _wrapped(sql: str, k: int) -> list[str]:
    body = sql.strip().rstrip(";")
    return [body] + [f"SELECT * FROM ({body}) AS s{i}" for i in range(1, k)]


def _run(pred: Path, out: Path, k: int, limit: int) -> tuple[float, float]:
    cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(pred), "--split", "classic",
           "--limit", str(limit), "--no-progress", "-q", "-o", str(out), "--partial", *(["--samples", str(k)] if k > 1 else [])]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        sys.exit(f"run failed ({' '.join(cmd)}):\n{r.stderr[-2000:]}")
    return wall, float(json.loads((out / "summary.json").read_text())["wall_time_s"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--json", metavar="FILE")
    a = ap.parse_args()
    rows = [json.loads(x) for x in PREDICTIONS.read_text().splitlines() if x.strip()]
    with tempfile.TemporaryDirectory(prefix="samples-speed-") as tmp:
        d = Path(tmp)
        files = {}
        for name, make in (("repeated", _variants), ("distinct", _wrapped)):
            files[name] = d / f"{name}.jsonl"
            with open(files[name], "w") as f:
                for r in rows:
                    for s in make(str(r.get("generated_query") or ""), a.k):
                        f.write(json.dumps({"question_id": r["question_id"], "generated_query": s}) + "\n")
        singles = []
        for i in range(a.k):
            singles.append(d / f"single{i}.jsonl")
            with open(singles[-1], "w") as f:
                for r in rows:
                    f.write(json.dumps({"question_id": r["question_id"],
                                        "generated_query": _variants(str(r.get("generated_query") or ""), a.k)[i]}) + "\n")
        _run(singles[0], d / "warm", 1, a.limit)  # server and gold cache warm: not counted
        result = {"k": a.k, "questions": a.limit}
        for name in ("repeated", "distinct"):
            result[name] = _run(files[name], d / name, a.k, a.limit)
        sep = [_run(p, d / f"sep{i}", 1, a.limit) for i, p in enumerate(singles)]
        result["separate"] = (sum(w for w, _ in sep), sum(s for _, s in sep))
        result["one_run"] = sep[0]
    print(f"{a.limit} classic questions, K = {a.k} (process wall s / the run's wall_time_s)")
    for name in ("one_run", "repeated", "distinct", "separate"):
        w, s = result[name]
        label = {"one_run": "one sample, one run", "repeated": f"--samples {a.k}, samples repeat",
                 "distinct": f"--samples {a.k}, all distinct", "separate": f"{a.k} separate one-sample runs"}[name]
        print(f"  {label:34s} {w:8.2f} s  {s:8.2f} s")
    rw, rs = result["repeated"]
    sw, ss = result["separate"]
    print(f"repeated samples: {rw / sw:.2f}x the wall time of {a.k} separate runs ({rs / ss:.2f}x their wall_time_s)")
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
