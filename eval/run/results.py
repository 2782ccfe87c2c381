"""Result records: appended per question (JSON Lines), then results.csv and summary.json.

``results.jsonl`` is written one complete line per ``os.write`` and flushed, so a run killed at any
point leaves every finished question on disk; a torn last line is ignored on resume.
"""
from __future__ import annotations

import csv
import json
import os
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Optional

from eval.percent import fmt_pct
from eval.run.aggregate import Count, counts, flag, group_of, overall, reason_counts
from eval.run.record import CSV_COLUMNS, Record, Summary
from eval.run.partial_run import partial_summary
from eval.run.sampling_summary import samples_summary, table_rows
from eval.types import CATEGORIES, REASONS


class RecordWriter:
    """Append-only JSONL writer; one line per question, flushed to the OS immediately."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, record) -> None:
        """Append one Record (or a plain dict: predictions.jsonl) as one line."""
        if isinstance(record, Record):
            record = record.to_dict()
        text = json.dumps(record, ensure_ascii=False, default=str)
        try:
            line = (text + "\n").encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (model text, "\ud800" in JSON): escaped, never a crash
            line = (json.dumps(record, ensure_ascii=True, default=str) + "\n").encode("ascii")
        os.write(self.fd, line)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def read_records(path: Path) -> list[Record]:
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
            out.append(Record.from_dict(json.loads(line)))
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


def write_csv(path: Path, records: Iterable[Record]) -> None:
    tmp = Path(str(path) + ".tmp")
    with open(tmp, "w", newline="", encoding="utf-8", errors="backslashreplace") as f:
        w = csv.DictWriter(f, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for r in records:
            w.writerow({k: r.get(k, "") for k in CSV_COLUMNS})
    os.replace(tmp, path)


def write_json(path: Path, obj: dict) -> None:
    tmp = Path(str(path) + ".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8",
                   errors="backslashreplace")
    os.replace(tmp, path)


def _group(records: list[Record], key: str, order: Optional[Iterable[str]] = None) -> dict:
    per = {f: counts(records, key, f, order=order) for f in ("correct", "correct_single", "correct_sqleval")}
    out = OrderedDict()
    for g, c in per["correct"].items():
        cs, ce = per["correct_single"][g], per["correct_sqleval"][g]
        out[g] = {"n": c.n, "correct": c.k, "perc_correct": c.percent, "correct_single": cs.k,
                  "perc_correct_single": cs.percent, "correct_sqleval": ce.k, "perc_correct_sqleval": ce.percent,
                  "reasons": _reasons([r for r in records if group_of(r, key) == g])}
    return out


def _reasons(records: list[Record]) -> dict:
    cnt = reason_counts(records)
    return {k: cnt[k] for k in list(REASONS) + sorted(set(cnt) - set(REASONS)) if cnt.get(k)}


def _scored(records: list[dict]) -> list[dict]:
    """The records perc_correct is computed over: every answerable question (an unanswerable one
    is scored only in the abstention table)."""
    return [r for r in records if int(r.get("answerable", 1))]


def _headline(records: list[Record]) -> dict:
    c, cs, ce = (overall(records, f) for f in ("correct", "correct_single", "correct_sqleval"))
    return {"n_questions": c.n, "n_correct": c.k, "perc_correct": c.percent,
            "n_correct_single": cs.k, "perc_correct_single": cs.percent,
            "n_correct_sqleval": ce.k, "perc_correct_sqleval": ce.percent}


def abstention(records: list[dict]) -> Optional[dict]:
    """The abstention table (docs/SCORING.md): None when no question is unanswerable and the
    model never abstained.  ``reliability`` scores every question +1 (right answer, or abstaining
    on an unanswerable one), 0 (abstained, or no query at all) or -1 (a query that is wrong, or any
    query for an unanswerable question), as a percentage of the number of questions: a confident
    wrong answer costs more than declining."""
    una = [r for r in records if not int(r.get("answerable", 1))]
    ans = [r for r in records if int(r.get("answerable", 1))]
    if not una and not any(r.get("reason") == "abstained" for r in records):
        return None

    def has_query(r):
        return bool(str(r.get("generated_query") or "").strip()) and r.get("reason") != "abstained"

    a_ok = overall(ans).k
    a_abst = sum(r.get("reason") == "abstained" for r in ans)
    a_wrong = sum(not int(r["correct"]) and has_query(r) for r in ans)
    u_abst = sum(r.get("reason") == "abstained" for r in una)
    u_answered = sum(has_query(r) for r in una)
    n = len(records)
    score = a_ok + u_abst - a_wrong - u_answered
    return {"answerable": {"n": len(ans), "correct": a_ok, "abstained": a_abst, "wrong": a_wrong,
                           "no_query": len(ans) - a_ok - a_abst - a_wrong},
            "unanswerable": {"n": len(una), "abstained": u_abst, "answered": u_answered,
                             "no_query": len(una) - u_abst - u_answered,
                             "perc_abstained": Count(u_abst, len(una)).percent},
            "reliability": Count(score, n).percent}


def summarize(records: list, meta: dict) -> Summary:
    """summary.json of these records (Records, or dicts as results.jsonl holds them) and the run's
    configuration ``meta``."""
    records = [Record.from_dict(r) for r in records]
    scored = _scored(records)
    ab = abstention(records)
    return Summary(
        meta=dict(meta), **_headline(scored),
        n_exact_match=overall(scored, "exact_match").k,
        n_error_db_exec=overall(scored, "error_db_exec").k,
        n_error_query_gen=overall(scored, "error_query_gen").k,
        n_gold_ambiguous=overall(scored, "gold_ambiguous").k,
        categories=_group(scored, "query_category", CATEGORIES),
        databases=_group(scored, "db_name"),
        difficulties=_group(scored, "difficulty", ("easy", "medium", "hard", "extra")),
        splits=_splits(scored),
        reasons=_reasons(scored),
        tokens_in=sum(int(r.get("tokens_in") or 0) for r in records),
        tokens_out=sum(int(r.get("tokens_out") or 0) for r in records),
        cost_in_cents=round(sum(float(r.get("cost_in_cents") or 0) for r in records), 6),
        per_correct=per_correct(records, overall(scored, "correct").k),
        question_ids=[r["question_id"] for r in records],
        sqleval_disagreements=sqleval_disagreements(scored),
        abstention=ab,
        samples=samples_summary(scored, (meta.get("args") or {}).get("seed")),
        partial_credit=partial_summary(scored, (meta.get("args") or {}).get("seed")),
    )


def per_correct(records: list, n_correct: int) -> Optional[dict]:
    """The run's generation cost, tokens and seconds (every question, as the totals) per correct answer."""
    if n_correct <= 0:
        return None
    cost = sum(float(r.get("cost_in_cents") or 0) for r in records)
    tokens = sum(int(r.get("tokens_in") or 0) + int(r.get("tokens_out") or 0) for r in records)
    seconds = sum(float(r.get("latency_seconds") or 0) for r in records)
    return {"cost_in_cents": round(cost / n_correct, 6), "tokens": round(tokens / n_correct, 2),
            "generation_seconds": round(seconds / n_correct, 6)}


def sqleval_disagreements(records: list[dict]) -> dict:
    """Where our verdict and sql-eval's 2023 verdict differ, counted by our reason:
    {"ours_only": {reason: n}, "sqleval_only": {reason: n}} (docs/SCORING.md)."""
    ours = reason_counts(r for r in records if flag(r, "correct") and not flag(r, "correct_sqleval"))
    theirs = reason_counts(r for r in records if not flag(r, "correct") and flag(r, "correct_sqleval"))
    return {"ours_only": dict(sorted(ours.items())), "sqleval_only": dict(sorted(theirs.items()))}


def _splits(records: list[dict]) -> dict:
    """Per split: the headline figures and the category table of that split alone."""
    out = OrderedDict()
    names = sorted({r.get("split") or "classic" for r in records}, key=lambda x: (x != "classic", x))
    for name in names:
        rs = [r for r in records if (r.get("split") or "classic") == name]
        out[name] = _headline(rs) | {"categories": _group(rs, "query_category", CATEGORIES),
                                     "databases": _group(rs, "db_name")}
    return out


def _md_table(rows: list[tuple]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append("| " + " | ".join(v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(r)) + " |")
        if j == 0:
            lines.append("|" + "|".join(("-" * (w + 2)) if i == 0 else ("-" * (w + 1) + ":") for i, w in enumerate(widths)) + "|")
    return lines


def reliability_counts(ab: dict) -> tuple[int, int]:
    """The abstention table's reliability as (score, number of questions): +1 right, -1 a wrong query."""
    a, u = ab["answerable"], ab["unanswerable"]
    return a["correct"] + u["abstained"] - a["wrong"] - u["answered"], a["n"] + u["n"]


def _pct1(k: int, n: int) -> str:
    return fmt_pct(k, n, empty="0.0")


def format_table(summary) -> str:
    """The category table; with several splits, a per-split table below it; with unanswerable
    questions or abstentions, the abstention table.  ``summary``: a Summary or summary.json's dict."""
    if isinstance(summary, Summary):
        summary = summary.to_dict()
    rows = [("query_category", "n", "perc_correct", "perc_correct_single")]
    for cat, g in summary["categories"].items():
        rows.append((cat, str(g["n"]), _pct1(g["correct"], g["n"]), _pct1(g["correct_single"], g["n"])))
    n = summary["n_questions"]
    rows.append(("overall", str(n), _pct1(summary["n_correct"], n), _pct1(summary["n_correct_single"], n)))
    lines = _md_table(rows)
    splits = summary.get("splits") or {}
    if len(splits) > 1:
        cats = [c for c in CATEGORIES if c in summary["categories"]]
        rows = [("split", "n", *cats, "overall")]
        for name, g in splits.items():
            rows.append((name, str(g["n_questions"]),
                         *[_pct1(g["categories"][c]["correct"], g["categories"][c]["n"]) if c in g["categories"] else "-" for c in cats],
                         _pct1(g["n_correct"], g["n_questions"])))
        lines += ["", *_md_table(rows)]
    ab = summary.get("abstention")
    if ab:
        a, u = ab["answerable"], ab["unanswerable"]
        rows = [("abstention", "n", "right", "abstained", "wrong", "no query")]
        rows.append(("answerable", str(a["n"]), str(a["correct"]), str(a["abstained"]), str(a["wrong"]), str(a["no_query"])))
        rows.append(("unanswerable", str(u["n"]), str(u["abstained"]), str(u["abstained"]), str(u["answered"]), str(u["no_query"])))
        lines += ["", *_md_table(rows), f"reliability: {_pct1(*reliability_counts(ab))} (+1 right, 0 abstained or no query, -1 a wrong query; % of {a['n'] + u['n']})"]
    if summary.get("samples"):
        rows, note = table_rows(summary["samples"])
        lines += ["", *_md_table(rows), note + "; perc_correct above is sample 0's"]
    pc = (summary.get("partial_credit") or {}).get("overall")
    if pc:
        shown = [f"{m} {pc[m]['value']:.1f}" for m in ("soft_f1", "table_recall", "column_recall", "ves") if m in pc]
        lines += ["", "partial credit (--partial-credit, beside correct): " + ", ".join(shown)
                  + (f"; median cost ratio gold/prediction {pc['cost_ratio_median']:.2f}" if "cost_ratio_median" in pc else "")]
    return "\n".join(lines)
