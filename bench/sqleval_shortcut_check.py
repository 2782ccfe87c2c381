#!/usr/bin/env python3
"""sql-eval's 2023 verdict with and without eval/scoring/sqleval_shortcuts.py, on real results.

    python bench/sqleval_shortcut_check.py --split hard            # about 3,000 near misses of the hard golds
    python bench/sqleval_shortcut_check.py --split classic --target 2000

Builds near-miss predictions of the bundled golds (``build_predictions`` of
bench/sqleval_differential.py: the gold, another alternative, rewrites, sqlglot mutants), one question
copy per prediction, replays them twice on instance 0 (``--single-instance``) — once as shipped, once
with the shortcut switched off so pandas decides every expansion — and compares ``correct_sqleval`` and
``note_sqleval`` row by row.  Prints the number of rows, of disagreements (each one listed), and how
the shortcut decided the expansions.  Exit 1 on any disagreement.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# run_eval.py in a child process, the shortcut switched off (every expansion decided by pandas) or
# counted (how it decided); argv after the mode is run_eval's
_CHILD = """
import collections, json, sys
sys.path.insert(0, {repo!r})
from eval.scoring import sqleval_shortcuts as sh
mode, out = sys.argv[1], sys.argv[2]
counts = collections.Counter()
if mode == "off":
    sh.kinds = lambda result: None
    sh.decide = lambda *a, **k: None
else:
    decide = sh.decide
    def counted(*a, **k):
        r = decide(*a, **k)
        counts[str(r)] += 1
        return r
    sh.decide = counted
from eval.cli.main import main
rc = main(sys.argv[3:])
json.dump(counts, open(out + ".counts.json", "w"))
sys.exit(rc)
"""


def _differential():
    spec = importlib.util.spec_from_file_location("sqleval_differential", REPO / "bench" / "sqleval_differential.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["sqleval_differential"] = mod
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", help="only this split (repeatable; default: every split)")
    ap.add_argument("--target", type=int, default=3000, help="about this many predictions")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", help="folder for the set and the runs (default: a new temporary folder)")
    a = ap.parse_args()
    from eval.data import dataset  # noqa: PLC0415

    work = Path(a.work or tempfile.mkdtemp(prefix="t2seval-shortcut-"))
    work.mkdir(parents=True, exist_ok=True)
    qs = [q for q in dataset.load_questions(REPO / "questions") if q.gold and (not a.split or q.split in a.split)]
    preds = _differential().build_predictions(qs, a.target, a.seed)
    by_id = {q.id: q for q in qs}
    questions, predictions = work / "questions.jsonl", work / "predictions.jsonl"
    with open(questions, "w") as fq, open(predictions, "w") as fp:
        for p in preds:
            q, qid = by_id[p["qid"]], f"{p['qid']}~{p['i']}"
            fq.write(json.dumps({"id": qid, "db": q.db, "category": q.category, "question": q.question,
                                 "instructions": q.instructions, "gold": list(q.gold),
                                 "order_matters": q.order_matters}) + "\n")
            fp.write(json.dumps({"question_id": qid, "generated_query": p["pred"]}) + "\n")
    print(f"{len(preds)} predictions of {len(qs)} questions under {work}", flush=True)
    verdicts = {}
    for mode in ("on", "off"):
        out = work / f"run-{mode}"
        cmd = [sys.executable, "-c", _CHILD.format(repo=str(REPO)), mode, str(out), "--model", "replay",
               "--predictions", str(predictions), "--questions", str(questions), "--single-instance",
               "--no-progress", "-q", "-o", str(out)]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        if r.returncode != 0:
            print(r.stderr[-2000:], file=sys.stderr)
            return 2
        verdicts[mode] = {}
        for line in (out / "results.jsonl").read_text().splitlines():
            rec = json.loads(line)
            verdicts[mode][rec["question_id"]] = (rec["correct_sqleval"], rec["note_sqleval"])
    counts = json.loads((work / "run-on.counts.json").read_text())
    differ = [k for k in verdicts["off"] if verdicts["off"][k] != verdicts["on"].get(k)]
    notes = collections.Counter(v[1].split(":")[0] for v in verdicts["on"].values())
    print(f"rows: {len(verdicts['off'])}; disagreements: {len(differ)}")
    print(f"expansions decided by the shortcut: {sum(n for k, n in counts.items() if k != 'None')}, "
          f"left to pandas: {counts.get('None', 0)}  ({dict(counts)})")
    print(f"notes: {dict(notes)}")
    for k in differ:
        print(f"  {k}: pandas {verdicts['off'][k]}  shortcut {verdicts['on'].get(k)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
