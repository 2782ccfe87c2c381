"""``report --metrics pass@1,maj@5,…``: the model-card tables with a column per metric, with intervals.

Each cell is the metric's mean over the run's answerable questions, in percent, from the per-question
values of results.jsonl (eval/run/sampling_run.py's metric_value: pass@k and mean@k recomputed
exactly from the samples' verdicts, maj@k and greedy as recorded) and its 95 % percentile-bootstrap
interval over questions (2000 resamples, seed 0; eval/scoring/sampling.py), the interval
summary.json's ``samples`` block gives for the same questions.  A run that does not have a metric
(one sample, or K below k; no --partial-credit for soft_f1, the linking ratios, ves) shows "-".
"""
from __future__ import annotations

from typing import Optional

from eval.errors import UsageError
from eval.report.runs import NO_VALUE, Run
from eval.report.tables import Section, Table, fmt_cell
from eval.run import partial_run
from eval.run.sampling_run import METRIC_HELP, check_metric, metric_value
from eval.scoring import sampling

RESAMPLES = 2000
SEED = 0


def parse_metrics(text: str) -> list[str]:
    """``--metrics`` as a list (comma-separated, each a metric name; UsageError naming a bad one)."""
    names = [t.strip() for t in text.split(",") if t.strip()]
    if not names:
        raise UsageError(f"--metrics: give one or more of {METRIC_HELP}, comma-separated")
    return [check_metric(n, "--metrics") for n in dict.fromkeys(names)]


def _values(records: list, metric: str) -> Optional[list[float]]:
    """Per-question values; None when a record lacks the metric (a --partial-credit ratio with nothing
    to count, e.g. column recall of a gold that names no column, is left out instead)."""
    if metric in partial_run.NAMES:
        if not records or not all(isinstance(r.get("linking"), dict) for r in records):
            return None
        vals = [v for v in (metric_value(r, metric) for r in records) if v is not None]
        return [float(v) for v in vals] or None
    vals = [metric_value(r, metric) for r in records]
    if not vals or any(v is None for v in vals):
        return None
    return [float(v) for v in vals]


def cell(records: list, metric: str) -> str:
    """``61.0 [52.4, 69.5]`` (percent, 95 % bootstrap interval); "-" when a record lacks the metric."""
    if metric in ("correct", "correct_single"):
        k = sum(int(r.get(metric) or 0) for r in records)
        return fmt_cell(k, len(records), True)
    vals = _values(records, metric)
    if vals is None:
        return "-"
    lo, hi = sampling.bootstrap_intervals({metric: vals}, resamples=RESAMPLES, seed=SEED)[metric]
    return f"{100 * sum(vals) / len(vals):.1f} [{100 * lo:.1f}, {100 * hi:.1f}]"


def metrics_section(runs: list[Run], metrics: list[str]) -> Section:
    """A model table (one row per run, one column per metric) and one per-category table per metric."""
    rows = [[r.label, fmt_cell(sum(int(x["correct"]) for x in r.records), len(r.records), True),
             *[cell(r.records, m) for m in metrics]] for r in runs]
    parts: list = [Table(["model", "perc_correct", *metrics], rows,
                         [f"Cells: percent [95% interval: Wilson for perc_correct, a bootstrap over questions "
                          f"({RESAMPLES} resamples, seed {SEED}) for the others]; '-': the run does not record the "
                          "metric (pass@k, mean@k and maj@k need --samples K >= k; soft_f1, the linking ratios and "
                          "ves need --partial-credit)."])]
    for m in metrics:
        if m in ("correct", "correct_single") or all(_values(r.records, m) is None for r in runs):
            continue
        cats = sorted({x["query_category"] or NO_VALUE for r in runs for x in r.records})
        body = []
        for c in cats:
            body.append([c, *[cell([x for x in r.records if (x["query_category"] or NO_VALUE) == c], m) for r in runs]])
        parts.append(Table([f"{m} by query_category", *[r.label for r in runs]], body))
    parts.append("pass@k: the chance that at least one of k samples is correct (unbiased estimator over the run's K); "
                 "mean@k: the share of correct samples among the first k; maj@k: the answer most of the first k "
                 "samples agree on, by execution result, is correct; greedy: the greedy sample; soft_f1: row-aligned "
                 "soft F1 of the result; ves: 100 x mean sqrt(planner cost ratio gold/prediction) over correct "
                 "predictions, 0 for the others (docs/REPORTS.md).")
    return Section("Sampled metrics", parts)
