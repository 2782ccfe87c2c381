"""Write synthetic run folders (docs/FORMATS.md "Run folder") for report/gate tests.

A test describes questions and per-question outcomes; :func:`write_run`
writes ``results.jsonl``, ``results.csv``, ``summary.json`` and
``config.json`` exactly as the harness does, with the aggregates computed
here independently of eval/report/tables.py.
"""
from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Iterable, Optional

CSV_FIELDS = [
    "question_id", "db_name", "query_category", "difficulty", "question", "instructions", "query",
    "generated_query", "correct", "correct_single", "exact_match", "reason", "error_db_exec",
    "error_query_gen", "error_msg", "gold_ambiguous", "latency_seconds", "tokens_in", "tokens_out",
    "cost_in_cents", "retries", "exec_seconds", "instances",
]

FIXTURES_HASH = hashlib.sha256(b"synthetic fixtures").hexdigest()


def make_questions(per_category: dict[str, int], dbs: Iterable[str] = ("shop", "freight"),
                   difficulties: Iterable[str] = ("easy", "medium", "hard")) -> list[dict]:
    """Questions ``<category>-<i>`` (i from 1), db and difficulty assigned round-robin."""
    dbs, difficulties = list(dbs), list(difficulties)
    out = []
    for cat, count in per_category.items():
        for i in range(1, count + 1):
            out.append({
                "question_id": f"{cat}-{i:03d}",
                "db_name": dbs[(i - 1) % len(dbs)],
                "query_category": cat,
                "difficulty": difficulties[(i - 1) % len(difficulties)] if difficulties else "",
                "question": f"Question {i} about {cat}: rows where a < 3 & b > 2?",
                "instructions": "",
                "query": f"SELECT a, b FROM t_{cat} WHERE a < {i} AND b > 2",
            })
    return out


def make_record(q: dict, correct: int, reason: Optional[str] = None, *,
                correct_single: Optional[int] = None, generated_query: Optional[str] = None,
                detail: Optional[dict] = None) -> dict:
    """One result record for question ``q`` (a dict from :func:`make_questions`)."""
    reason = reason or ("match" if correct else "wrong_values")
    correct_single = correct if correct_single is None else correct_single
    gen = generated_query if generated_query is not None else (
        q["query"] if correct else q["query"].replace("<", ">="))
    if detail is None:
        detail = {"gold_columns": ["a", "b"], "gold_rows": [["1", "<b>x</b>"], ["2", None]],
                  "pred_columns": ["a", "b"],
                  "pred_rows": [["1", "<b>x</b>"], ["2", None]] if correct else [["9", "y & z"]],
                  "note": "" if correct else "values differ in row 1"}
    exec_error = 1 if reason in ("pred_error", "timeout", "too_large") else 0
    return {
        **q,
        "generated_query": gen,
        "correct": int(correct), "correct_single": int(correct_single),
        "exact_match": int(correct), "reason": reason,
        "error_db_exec": exec_error, "error_query_gen": 1 if reason == "no_prediction" else 0,
        "error_msg": "relation \"t\" does not exist" if exec_error else "",
        "gold_ambiguous": 0, "latency_seconds": 0.5, "tokens_in": 100, "tokens_out": 20,
        "cost_in_cents": 0.0, "retries": 0, "exec_seconds": 0.01, "instances": 3,
        "detail": detail,
    }


def records_from(questions: list[dict], correct: Iterable[int], reasons: Optional[Iterable[str]] = None) -> list[dict]:
    """Records pairing each question with an outcome (1/0) and an optional reason."""
    correct = list(correct)
    assert len(correct) == len(questions), (len(correct), len(questions))
    reasons = list(reasons) if reasons is not None else [None] * len(questions)
    return [make_record(q, c, r) for q, c, r in zip(questions, correct, reasons)]


def questions_hash(records: list[dict]) -> str:
    ids = "\n".join(sorted(r["question_id"] for r in records))
    return hashlib.sha256(ids.encode()).hexdigest()


def _pct(k: int, n: int) -> float:
    return 100.0 * k / n if n else 0.0


def summarize(records: list[dict]) -> dict:
    """Aggregates of summary.json, computed from the records."""
    def group(key: str, with_reasons: bool) -> dict:
        out: dict[str, dict] = {}
        for r in records:
            g = out.setdefault(r[key], {"n": 0, "correct": 0, "correct_single": 0, "reasons": {}})
            g["n"] += 1
            g["correct"] += r["correct"]
            g["correct_single"] += r["correct_single"]
            g["reasons"][r["reason"]] = g["reasons"].get(r["reason"], 0) + 1
        for g in out.values():
            g["perc_correct"] = _pct(g["correct"], g["n"])
            g["perc_correct_single"] = _pct(g["correct_single"], g["n"])
            if not with_reasons:
                del g["reasons"], g["correct_single"], g["perc_correct_single"]
        return out

    n = len(records)
    k = sum(r["correct"] for r in records)
    ks = sum(r["correct_single"] for r in records)
    reasons: dict[str, int] = {}
    for r in records:
        reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
    return {
        "n_questions": n, "n_correct": k, "perc_correct": _pct(k, n),
        "n_correct_single": ks, "perc_correct_single": _pct(ks, n),
        "categories": group("query_category", True),
        "databases": group("db_name", False),
        "difficulties": group("difficulty", False),
        "reasons": reasons,
    }


def write_run(folder: Path, records: list[dict], *, label: Optional[str] = None, model: str = "replay",
              runner: str = "replay", q_hash: Optional[str] = None, fixtures_hash: str = FIXTURES_HASH,
              jsonl: bool = True, csv_file: bool = True, summary_overrides: Optional[dict] = None) -> Path:
    """Write a complete run folder and return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    q_hash = q_hash or questions_hash(records)
    if jsonl:
        with open(folder / "results.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
    if csv_file:
        with open(folder / "results.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=CSV_FIELDS, extrasaction="ignore")
            w.writeheader()
            for r in records:
                w.writerow(r)
    summary = {
        "format_version": 1,
        "model": model, "runner": runner, "label": label if label is not None else model,
        "model_info": {"model_id": None, "revision": None, "dtype": None, "generation": {}},
        **summarize(records),
        "questions_hash": q_hash, "question_ids": [r["question_id"] for r in records],
        "fixtures_hash": fixtures_hash,
        "fixture_checksums": {},
        "template": {"name": "sqlcoder", "hash": "0" * 64},
        "git_commit": "0" * 40, "versions": {"python": "3.11", "sqlglot": "x", "postgresql": "18.6"},
        "started_at": "2026-01-01T00:00:00Z", "wall_time_s": 1.0,
        "config": {"timeout_s": 10, "row_cap": 100000},
    }
    summary.update(summary_overrides or {})
    (folder / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    (folder / "config.json").write_text(json.dumps({
        "questions_hash": q_hash, "fixtures_hash": fixtures_hash, "runner": runner, "model": model,
        "template": "sqlcoder"}, indent=2), encoding="utf-8")
    return folder
