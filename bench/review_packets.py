#!/usr/bin/env python3
"""Review packets for the blind protocol (docs/DATASET.md): one Markdown file per database with,
for every question a run got wrong, what an independent reviewer needs to classify the failure
(model error, gold error, or a question a reasonable reader could read the other way): the
question and its instructions, the gold and predicted SQL, the verdict and the comparator's note,
and both results on every instance (first rows, row counts), executed afresh.

    python bench/review_packets.py RUN_DIR -o DIR [--schemas schemas] [--questions questions] [--rows 12]

The reviewer also needs the schema the model saw: give them the run's rendered prompts
(``python run_eval.py prompts --by-db``) next to the packets.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.data import dataset  # noqa: E402
from eval.db import fixtures  # noqa: E402
from eval.db.executor import Executor  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402
from tools.sql_shell import show  # noqa: E402 - the same rendering of a result as the SQL shell

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("run")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--schemas", default=str(REPO / "schemas"))
    ap.add_argument("--questions", default=str(REPO / "questions"))
    ap.add_argument("--rows", type=int, default=12)
    a = ap.parse_args()
    recs = [json.loads(x) for x in (Path(a.run) / "results.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    latest = {r["question_id"]: r for r in recs}
    wrong = [r for r in latest.values() if not int(r["correct"]) and int(r.get("answerable", 1))]
    qs = {q.id: q for q in dataset.load_questions(Path(a.questions))}
    by_db = defaultdict(list)
    for r in wrong:
        by_db[r["db_name"]].append(r)
    fxs = fixtures.discover(Path(a.schemas), needed=set(by_db))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    server = open_server(None, None)
    try:
        fixtures.ensure_all(server, [fxs[d] for d in by_db], lambda m: print(m, file=sys.stderr))
        ex = Executor(server, timeout_s=20, row_cap=100_000)
        for db, rs in sorted(by_db.items()):
            parts = [f"# Failures to review: {db} ({len(rs)})\n",
                     "For each: classify as **model error** (the question and gold are right; the prediction is wrong), "
                     "**gold error** (the gold does not answer the question as worded), or **ambiguous** (a "
                     "reasonable careful reader could answer the other way). Give a one-line reason; for a gold "
                     "error or ambiguity, say the fix.\n"]
            for r in sorted(rs, key=lambda x: x["question_id"]):
                q = qs[r["question_id"]]
                parts += [f"## {q.id} ({q.category}; verdict `{r['reason']}`)\n", f"**Question.** {q.question}\n"]
                if q.instructions:
                    parts.append("**Instructions.**\n\n" + "\n".join(f"> {x}" for x in q.instructions.splitlines()) + "\n")
                parts += [f"**Comparator's note.** {r.get('note') or '-'}\n",
                          "**Gold SQL.**\n\n```sql\n" + q.gold[0] + "\n```\n"]
                if len(q.gold) > 1:
                    parts.append(f"({len(q.gold) - 1} more accepted gold alternative(s).)\n")
                parts.append("**Predicted SQL.**\n\n```sql\n" + (r.get("generated_query") or "") + "\n```\n")
                for k, idb in enumerate(fxs[db].instance_dbs):
                    g = ex.execute(idb, q.gold[0], max_chars=None)
                    p = ex.execute(idb, r.get("generated_query") or "SELECT NULL WHERE false")
                    parts.append(f"**Instance {k}.**\n\n```text\nGOLD:\n{show(g, a.rows)}\nPRED:\n{show(p, a.rows)}\n```\n")
            (out / f"{db}.md").write_text("\n".join(parts), encoding="utf-8")
            print(f"{out / (db + '.md')}: {len(rs)} failure(s)")
        ex.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
