"""summary.json's ``samples`` block (``--samples K`` > 1) and its console table.

Over the answerable questions (as perc_correct), overall and per split, category and database: each
metric of eval/scoring/sampling.py's metric_names(K) as a percentage (the mean of the per-question
values of results.jsonl's ``sample_metrics``) with a percentile-bootstrap interval over questions
(2000 resamples, 95 %, seeded with --seed, else 0: the same run gives the same interval), and, overall
and per split, ``seed_spread``: the standard deviation across sample indices of the accuracy at that
index, in points (how much a one-sample run's score moves with the seed); ``per_correct_sample``: the
answerable questions' generation cost, tokens and seconds (all K samples) per correct sample.
"""
from __future__ import annotations

import math
from collections import OrderedDict
from typing import Optional

from eval.scoring import sampling
from eval.types import CATEGORIES

RESAMPLES = 2000
LEVEL = 0.95


def _metrics_of(records: list) -> list[str]:
    k = max(int(r["sample_metrics"]["n"]) for r in records)
    return sampling.metric_names(k, greedy=all("greedy" in r["sample_metrics"] for r in records))


def _pct(x: float) -> float:
    """A share as a percentage, rounded to 10 decimals (float noise, e.g. 59.999999999999986, away)."""
    return round(100 * x, 10)


def _group(records: list, names: list[str], seed: int, spread: bool) -> dict:
    cols = {m: [float(r["sample_metrics"].get(m, 0)) for r in records] for m in names}
    cis = sampling.bootstrap_intervals(cols, level=LEVEL, resamples=RESAMPLES, seed=seed)
    out: dict = {"n": len(records)}
    for m in names:
        lo, hi = cis[m]
        out[m] = {"value": _pct(math.fsum(cols[m]) / len(records)), "ci": [_pct(lo), _pct(hi)]}
    if spread:
        out["seed_spread"] = _pct(sampling.seed_spread([[bool(s["correct"]) for s in r["samples"]] for r in records]))
    return out


def _by(records: list, key: str, names: list[str], seed: int, order=()) -> dict:
    groups: dict[str, list] = {}
    for r in records:
        groups.setdefault(r.get(key) or "", []).append(r)
    first = [g for g in order if g in groups]
    return OrderedDict((g, _group(groups[g], names, seed, False)) for g in first + sorted(set(groups) - set(first)))


def samples_summary(scored: list, seed: Optional[int]) -> Optional[dict]:
    """The block over ``scored`` (answerable records); None when no record has samples."""
    recs = [r for r in scored if isinstance(r.get("sample_metrics"), dict) and isinstance(r.get("samples"), list)]
    if not recs:
        return None
    names = _metrics_of(recs)
    seed = int(seed or 0)
    k = max(int(r["sample_metrics"]["n"]) for r in recs)
    splits = OrderedDict()
    for name in sorted({r.get("split") or "classic" for r in recs}, key=lambda x: (x != "classic", x)):
        splits[name] = _group([r for r in recs if (r.get("split") or "classic") == name], names, seed, True)
    right = sum(int(r["sample_metrics"]["n_correct"]) for r in recs)
    per_sample = None if right == 0 else {  # a record's cost and tokens are its K samples' sums
        "cost_in_cents": round(math.fsum(float(r.get("cost_in_cents") or 0) for r in recs) / right, 6),
        "tokens": round(sum(int(r.get("tokens_in") or 0) + int(r.get("tokens_out") or 0) for r in recs) / right, 2),
        "generation_seconds": round(math.fsum(float(r.get("latency_seconds") or 0) for r in recs) / right, 6)}
    return {"k": k, "ks": sampling.ks_for(k), "metrics": names, "per_correct_sample": per_sample,
            "bootstrap": {"resamples": RESAMPLES, "level": LEVEL, "seed": seed},
            "overall": _group(recs, names, seed, True), "splits": splits,
            "categories": _by(recs, "query_category", names, seed, CATEGORIES),
            "databases": _by(recs, "db_name", names, seed)}


def _cell(x: dict) -> str:
    lo, hi = x["ci"]
    return f"{x['value']:.1f} [{lo:.1f}, {hi:.1f}]"


def table_rows(block: dict) -> tuple[list[tuple], str]:
    """The console table's rows (one per metric, overall and, with several splits, per split) and its note."""
    splits = block.get("splits") or {}
    names = list(splits) if len(splits) > 1 else []
    rows = [(f"samples (K={block['k']})", f"overall (n={block['overall']['n']})", *[f"{s} (n={splits[s]['n']})" for s in names])]
    for m in block["metrics"]:
        rows.append((m, _cell(block["overall"][m]), *[_cell(splits[s][m]) for s in names]))
    rows.append(("seed spread (points)", f"{block['overall']['seed_spread']:.1f}",
                 *[f"{splits[s]['seed_spread']:.1f}" for s in names]))
    lvl = int(round(100 * block["bootstrap"]["level"]))
    return rows, (f"value [{lvl}% bootstrap interval over questions, {block['bootstrap']['resamples']} resamples, "
                  f"seed {block['bootstrap']['seed']}]; docs/REPORTS.md defines each metric")
