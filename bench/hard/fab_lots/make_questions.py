"""Writes questions/fab_lots.jsonl = the 26 pilot questions (questions.orig.jsonl, unchanged) + the
new ones of new_questions.py, ids continuing at fab_lots-h027.  Atomic write (tmp + rename)."""
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from new_questions import NEW  # noqa: E402

OUT = Path(os.environ.get("FAB_QUESTIONS", "/work/main/questions/fab_lots.jsonl"))
old = [json.loads(x) for x in (HERE / "questions.orig.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
rows = list(old)
for i, q in enumerate(NEW):
    rows.append({"id": f"fab_lots-h{len(old) + i + 1:03d}", "db": "fab_lots", **q, "split": "hard"})
tmp = OUT.with_suffix(".jsonl.tmp")
tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
os.replace(tmp, OUT)
print(f"wrote {OUT}: {len(rows)} questions ({len(old)} old + {len(NEW)} new)")
