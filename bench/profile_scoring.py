#!/usr/bin/env python3
"""Where the scoring threads of one run spend their time (the stage figures in docs/PERFORMANCE.md, P3).

cProfile sees only the main thread, which mostly waits; this wraps the pipeline's stages with
counters of wall time and per-thread CPU time (``time.thread_time``), runs ``run_eval.py`` with the
given arguments in this process, and prints one line per stage (calls, summed wall, summed CPU).
Wall times of stages running in several threads add up past the run's own wall time.

    python bench/profile_scoring.py --model gold --no-progress -q -o /tmp/prof
    python bench/profile_scoring.py --model replay --predictions P.csv --questions Q.csv --schemas S/ -q -o /tmp/prof
"""
from __future__ import annotations

import collections
import functools
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_ACC: dict[str, list] = collections.defaultdict(lambda: [0, 0.0, 0.0])
_LOCK = threading.Lock()


def _wrap(owner, name: str, label: str) -> None:
    f = getattr(owner, name)

    @functools.wraps(f)
    def timed(*a, **k):
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return f(*a, **k)
        finally:
            with _LOCK:
                e = _ACC[label]
                e[0] += 1
                e[1] += time.perf_counter() - t0
                e[2] += time.thread_time() - c0

    setattr(owner, name, timed)


def main(argv: list[str]) -> int:
    import eval.db.executor as ex  # noqa: PLC0415 - after sys.path is set
    import eval.db.fixtures as fixtures  # noqa: PLC0415
    import eval.run.golds as golds  # noqa: PLC0415
    import eval.run.pipeline as pl  # noqa: PLC0415
    from eval.cli import main as cli  # noqa: PLC0415

    _wrap(pl, "score", "pipeline.score (one prediction, every instance)")
    _wrap(pl, "_sqleval_2023", "pipeline._sqleval_2023 (sql-eval 2023 verdict)")
    _wrap(pl.comparator, "compare", "comparator.compare")
    _wrap(pl._extract, "is_abstention", "extract.is_abstention")
    _wrap(ex.Executor, "execute", "Executor.execute")
    _wrap(golds.GoldStore, "get", "GoldStore.get")
    _wrap(golds.GoldStore, "prefetch", "GoldStore.prefetch")
    _wrap(fixtures, "verify_all", "fixtures.verify_all")
    t0 = time.perf_counter()
    try:
        rc = cli.main(argv)
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    print(f"run: {time.perf_counter() - t0:.2f} s wall in this process, exit {rc}", file=sys.stderr)
    print(f"{'stage':52s} {'calls':>7s} {'wall s':>8s} {'cpu s':>8s}", file=sys.stderr)
    for label, (n, wall, cpu) in sorted(_ACC.items(), key=lambda kv: -kv[1][1]):
        print(f"{label:52s} {n:7d} {wall:8.2f} {cpu:8.2f}", file=sys.stderr)
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
