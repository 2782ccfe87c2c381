#!/usr/bin/env python3
"""Print the bundled benchmark's counts as Markdown (for docs/DATASET.md).

    python bench/dataset_stats.py                # every split: questions by schema x category, by difficulty, rows
    python bench/dataset_stats.py --split hard   # one split
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from eval.data import dataset  # noqa: E402
from eval.db import fixture_files, fixtures  # noqa: E402
from eval.types import CATEGORIES  # noqa: E402

DIFFS = ("easy", "medium", "hard", "extra")


def table(header: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def main() -> int:
    args = sys.argv[1:]
    want = [args[i + 1] for i, a in enumerate(args) if a == "--split" and i + 1 < len(args)]
    allq = dataset.load_questions(REPO / "questions")
    for split in sorted({q.split for q in allq}, key=lambda x: (x != "classic", x)):
        if want and split not in want:
            continue
        print(f"## Split {split}\n")
        section([q for q in allq if q.split == split])
        print()
    return 0


def section(qs_all) -> None:
    una = [q for q in qs_all if not q.answerable]
    qs = [q for q in qs_all if q.answerable]
    if una:
        print(f"({len(una)} unanswerable questions besides those below: scored only in the abstention table.)\n")
    dbs = sorted({q.db for q in qs})
    by = Counter((q.db, q.category) for q in qs)
    rows = [[d, *[by[(d, c)] for c in CATEGORIES], sum(by[(d, c)] for c in CATEGORIES)] for d in dbs]
    rows.append(["**total**", *[sum(by[(d, c)] for d in dbs) for c in CATEGORIES], len(qs)])
    print("### Questions by schema and category\n")
    print(table(["schema", *CATEGORIES, "total"], rows))
    byd = Counter((q.category, q.difficulty) for q in qs)
    rows = [[c, *[byd[(c, d)] for d in DIFFS]] for c in CATEGORIES]
    rows.append(["**total**", *[sum(byd[(c, d)] for c in CATEGORIES) for d in DIFFS]])
    print("\n### Questions by category and difficulty\n")
    print(table(["category", *DIFFS], rows))
    alts = sum(1 for q in qs if len(q.gold) > 1)
    print(f"\n{alts} of {len(qs)} questions accept more than one gold query (alternatives or a column choice).")
    fxs = fixtures.discover(REPO / "schemas", needed=set(dbs))
    print("\n### Rows per instance\n")
    rows = []
    for d in dbs:
        gen = fixture_files.load_generator(fxs[d].path / "generate.py")
        counts = []
        tables = None
        for seed in gen.SEEDS:
            data = gen.generate(seed)
            tables = len(data)
            counts.append(sum(len(v) for v in data.values()))
        rows.append([d, tables, *counts])
    print(table(["schema", "tables", *[f"instance {k}" for k in range(4)]], rows))


if __name__ == "__main__":
    sys.exit(main())
