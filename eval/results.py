"""Result records: appended per question (JSON Lines), then results.csv and summary.json.

``results.jsonl`` is written one complete line per ``os.write`` and flushed, so a run killed at any
point leaves every finished question on disk; a torn last line is ignored on resume.
"""
from __future__ import annotations

import csv
import json
import os
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Iterable, Optional

from eval.types import CATEGORIES, Question

CSV_COLUMNS = [
    "question_id", "db_name", "query_category", "difficulty", "question", "instructions", "query",
    "generated_query", "correct", "correct_single", "exact_match", "reason", "error_db_exec",
    "error_query_gen", "error_msg", "gold_ambiguous", "latency_seconds", "tokens_in", "tokens_out",
    "cost_in_cents", "retries", "cached", "exec_seconds", "instances", "note",
]

REASON_ORDER = (
    "match", "match_extra_columns", "gold_ambiguous_ties", "pred_error", "timeout", "too_large",
    "no_prediction", "empty_vs_rows", "row_count", "missing_columns", "wrong_values", "duplicate_rows",
    "wrong_order", "instance_mismatch", "gold_error",
)


def base_record(q: Question) -> dict:
    return {
        "question_id": q.id, "db_name": q.db, "query_category": q.category, "difficulty": q.difficulty,
        "question": q.question, "instructions": q.instructions, "query": q.gold_raw,
    }


class RecordWriter:
    """Append-only JSONL writer; one line per question, flushed to the OS immediately."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, record: dict) -> None:
        line = (json.dumps(record, ensure_ascii=False, default=str) + "\n").encode("utf-8")
        os.write(self.fd, line)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def read_records(path: Path) -> list[dict]:
    """Records from a results.jsonl; a torn (incomplete) last line from a killed run is dropped."""
    out = []
    p = Path(path)
    if not p.exists():
        return out
    data = p.read_bytes()
    lines = data.split(b"\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            if i == len(lines) - 1 or all(not x.strip() for x in lines[i + 1:]):
                continue  # torn last line
            raise
    return out


def repair_jsonl(path: Path) -> None:
    """Cut a torn last line so that appends start on a fresh line."""
    p = Path(path)
    if not p.exists():
        return
    data = p.read_bytes()
    if data and not data.endswith(b"\n"):
        keep = data[: data.rfind(b"\n") + 1]
        with open(p, "wb") as f:
            f.write(keep)


def write_csv(path: Path, records: Iterable[dict]) -> None:
    tmp = Path(str(path) + ".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in records:
            w.writerow({k: r.get(k, "") for k in CSV_COLUMNS})
    os.replace(tmp, path)


def write_json(path: Path, obj: dict) -> None:
    tmp = Path(str(path) + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _pct(n: int, d: int) -> float:
    return 100.0 * n / d if d else 0.0


def _group(records: list[dict], key: str, order: Optional[Iterable[str]] = None) -> dict:
    groups: dict[str, list[dict]] = {}
    for r in records:
        groups.setdefault(r.get(key) or "", []).append(r)
    keys = [k for k in (order or []) if k in groups] + sorted(k for k in groups if k not in set(order or []))
    out = OrderedDict()
    for k in keys:
        rs = groups[k]
        n, c, cs = len(rs), sum(int(r["correct"]) for r in rs), sum(int(r["correct_single"]) for r in rs)
        out[k] = {"n": n, "correct": c, "perc_correct": _pct(c, n), "correct_single": cs,
                  "perc_correct_single": _pct(cs, n), "reasons": _reasons(rs)}
    return out


def _reasons(records: list[dict]) -> dict:
    cnt = Counter(r["reason"] for r in records)
    return {k: cnt[k] for k in list(REASON_ORDER) + sorted(set(cnt) - set(REASON_ORDER)) if cnt.get(k)}


def summarize(records: list[dict], meta: dict) -> dict:
    n = len(records)
    c = sum(int(r["correct"]) for r in records)
    cs = sum(int(r["correct_single"]) for r in records)
    s = {"format_version": 1}
    s.update(meta)
    s.update({
        "n_questions": n, "n_correct": c, "perc_correct": _pct(c, n),
        "n_correct_single": cs, "perc_correct_single": _pct(cs, n),
        "n_exact_match": sum(int(r["exact_match"]) for r in records),
        "n_error_db_exec": sum(int(r["error_db_exec"]) for r in records),
        "n_error_query_gen": sum(int(r["error_query_gen"]) for r in records),
        "n_gold_ambiguous": sum(int(r.get("gold_ambiguous", 0)) for r in records),
        "categories": _group(records, "query_category", CATEGORIES),
        "databases": _group(records, "db_name"),
        "difficulties": _group(records, "difficulty", ("easy", "medium", "hard", "extra")),
        "reasons": _reasons(records),
        "tokens_in": sum(int(r.get("tokens_in") or 0) for r in records),
        "tokens_out": sum(int(r.get("tokens_out") or 0) for r in records),
        "cost_in_cents": round(sum(float(r.get("cost_in_cents") or 0) for r in records), 6),
        "question_ids": [r["question_id"] for r in records],
    })
    return s


def format_table(summary: dict) -> str:
    rows = [("query_category", "n", "perc_correct", "perc_correct_single")]
    for cat, g in summary["categories"].items():
        rows.append((cat, str(g["n"]), f"{g['perc_correct']:.1f}", f"{g['perc_correct_single']:.1f}"))
    rows.append(("overall", str(summary["n_questions"]), f"{summary['perc_correct']:.1f}", f"{summary['perc_correct_single']:.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for j, r in enumerate(rows):
        lines.append("| " + " | ".join(v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(r)) + " |")
        if j == 0:
            lines.append("|" + "|".join(("-" * (w + 2)) if i == 0 else ("-" * (w + 1) + ":") for i, w in enumerate(widths)) + "|")
    return "\n".join(lines)
