"""Comparator speed on 10k-row, 6-column results (goal: < 50 ms per comparison).

    python bench/compare_speed.py [--rows N] [--repeat R]

Prints milliseconds per comparison for each scenario; asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.scoring.comparator import GoldEvidence, compare  # noqa: E402
from eval.sqltext.rewrite import order_plan  # noqa: E402
from eval.types import ResultSet  # noqa: E402

COLUMNS = ["id", "name", "price", "qty", "day", "ratio"]


def make_rows(n: int, seed: int = 7) -> list[tuple]:
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    return [(i, f"item-{rng.randrange(n // 3 + 1)}", Decimal(rng.randrange(100_000)) / 100,
             rng.randrange(50), start + dt.timedelta(days=rng.randrange(365)), rng.random())
            for i in range(n)]


def scenarios(n: int) -> dict[str, tuple[GoldEvidence, ResultSet, str]]:
    rows = make_rows(n)
    unordered = GoldEvidence(ResultSet(COLUMNS, rows), order_plan("SELECT * FROM items"))
    ordered_sql = "SELECT * FROM items ORDER BY qty DESC, id"
    keyed = ResultSet(COLUMNS + ["__k0", "__k1"], [r + (r[3], r[0]) for r in rows])
    gold_rows = sorted(rows, key=lambda r: (-r[3], r[0]))
    keyed = ResultSet(keyed.columns, sorted(keyed.rows, key=lambda r: (-r[3], r[0])))
    ordered = GoldEvidence(ResultSet(COLUMNS, gold_rows), order_plan(ordered_sql), keyed)
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    off_by_one = rows[:]
    off_by_one[n // 2] = off_by_one[n // 2][:3] + (off_by_one[n // 2][3] + 1,) + off_by_one[n // 2][4:]
    as_float = [(r[0], r[1], float(r[2]), r[3], dt.datetime.combine(r[4], dt.time()), r[5] * (1 + 1e-12)) for r in rows]
    perm = [2, 0, 5, 1, 4, 3]
    permuted = [tuple(r[j] for j in perm) for r in rows]
    names = [r[1] for r in rows]
    rotated_names = names[1:] + names[:1]
    misaligned = [(r[0], nm) + r[2:] for r, nm in zip(rows, rotated_names)]
    return {
        "equal, same order": (unordered, ResultSet(COLUMNS, rows), "where"),
        "equal, shuffled rows": (unordered, ResultSet(COLUMNS, shuffled), "where"),
        "equal, Decimal->float, date->timestamp, float noise": (unordered, ResultSet(COLUMNS, as_float), "where"),
        "equal, columns permuted": (unordered, ResultSet([COLUMNS[j] for j in perm], permuted), "where"),
        "unequal, one value off": (unordered, ResultSet(COLUMNS, off_by_one), "where"),
        "unequal, one column misaligned": (unordered, ResultSet(COLUMNS, misaligned), "where"),
        "ordered, equal": (ordered, ResultSet(COLUMNS, gold_rows), "order_by"),
        "ordered, shuffled (wrong order)": (ordered, ResultSet(COLUMNS, shuffled), "order_by"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{args.rows} rows x {len(COLUMNS)} columns, best of {args.repeat}")
    for name, (gold, pred, category) in scenarios(args.rows).items():
        best, verdict = float("inf"), None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            verdict = compare([gold], pred, question_text="", category=category)
            best = min(best, time.perf_counter() - t0)
        print(f"  {name:<52} {best * 1000:8.1f} ms   -> {verdict.reason}")


if __name__ == "__main__":
    main()
