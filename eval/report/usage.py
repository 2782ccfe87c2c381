"""The cost / latency / tokens table: one row per run, from the records' usage fields.

Every question a run generated for counts (unanswerable ones too, as summary.json's token and
cost totals do); "per correct" divides by the run's correct answers (answerable questions).
Latencies are the generation time of each question (``latency_seconds``); percentiles are
nearest-rank (p50 of 1, 2, 3, 4 is 2), so each is a latency some question really had.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from eval.report.runs import Run
from eval.report.tables import Section, Table

HEADER = ["model", "questions", "tokens in", "tokens out", "tokens / question", "cost (cents)",
          "cost / question (cents)", "cost per correct (cents)", "latency mean (s)", "latency p50 (s)",
          "latency p90 (s)", "latency max (s)", "generation total (s)", "execution total (s)", "cached", "retries"]

NOTE = ("Usage of every question the run generated for. latency: the generation time of one question "
        "(latency_seconds; p50/p90 nearest-rank, a value some question had); execution: time spent running "
        "the predictions on every instance; cached: answers served from the generation cache (they cost 0 "
        "and are not retried); cost per correct: the run's whole cost over its correct answers.")


def percentile(values: Sequence[float], q: float) -> Optional[float]:
    """Nearest-rank percentile (0 < q <= 100) of ``values``; None when there are none."""
    if not values:
        return None
    xs = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(xs)))
    return xs[min(rank, len(xs)) - 1]


def _num(value, kind=float) -> float:
    try:
        return kind(value or 0)
    except (TypeError, ValueError):
        return kind(0)


def _s(x: Optional[float]) -> str:
    return "-" if x is None else format(x, ".3f")


def usage_row(run: Run) -> dict:
    """The figures of one run (numbers, for the HTML and the tests; :func:`usage_table` formats them)."""
    recs = list(run.records) + list(run.unanswerable or [])
    n = len(recs)
    k = sum(int(r["correct"]) for r in run.records)
    lat = [_num(r.get("latency_seconds")) for r in recs]
    t_in = sum(_num(r.get("tokens_in"), int) for r in recs)
    t_out = sum(_num(r.get("tokens_out"), int) for r in recs)
    cost = sum(_num(r.get("cost_in_cents")) for r in recs)
    return {
        "label": run.label, "n": n, "correct": k, "tokens_in": t_in, "tokens_out": t_out,
        "tokens_per_question": (t_in + t_out) / n if n else None,
        "cost_cents": cost, "cost_per_question": cost / n if n else None,
        "cost_per_correct": cost / k if k else None,
        "latency_mean": sum(lat) / n if n else None, "latency_p50": percentile(lat, 50),
        "latency_p90": percentile(lat, 90), "latency_max": max(lat) if lat else None,
        "generation_s": sum(lat), "execution_s": sum(_num(r.get("exec_seconds")) for r in recs),
        "cached": sum(_num(r.get("cached"), int) for r in recs),
        "retries": sum(_num(r.get("retries"), int) for r in recs),
    }


def usage_table(runs: list[Run]) -> Table:
    rows = []
    for run in runs:
        u = usage_row(run)
        rows.append([u["label"], str(u["n"]), str(u["tokens_in"]), str(u["tokens_out"]),
                     "-" if u["tokens_per_question"] is None else format(u["tokens_per_question"], ".1f"),
                     format(u["cost_cents"], ".4f"),
                     "-" if u["cost_per_question"] is None else format(u["cost_per_question"], ".4f"),
                     "-" if u["cost_per_correct"] is None else format(u["cost_per_correct"], ".4f"),
                     _s(u["latency_mean"]), _s(u["latency_p50"]), _s(u["latency_p90"]), _s(u["latency_max"]),
                     format(u["generation_s"], ".1f"), format(u["execution_s"], ".1f"), str(u["cached"]),
                     str(u["retries"])])
    return Table(HEADER, rows, text_columns=1)


def usage_section(runs: list[Run]) -> Section:
    """The report's "Cost, latency and tokens" section (report.md, the console and report.html)."""
    return Section("Cost, latency and tokens", [usage_table(runs), NOTE])
