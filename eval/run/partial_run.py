"""``--partial-credit``: soft F1, schema linking and the planner cost ratio per question, beside ``correct``.

Off by default (a run without it writes what it always wrote).  With it, the pipeline's score()
calls :func:`add_fields` once a question's verdict is decided, and summary.json gains a
``partial_credit`` block (:func:`partial_summary`).  Definitions: docs/REPORTS.md.

* ``soft_f1`` — eval/scoring/partial.py's row-aligned soft F1 of the prediction's instance-0 result
  against each gold alternative's, the best alternative's {precision, recall, f1}; all 0 when the
  prediction produced no result (no SQL, an error); absent for an abstention, an unanswerable
  question, or a result above ``MAX_ROWS`` rows on either side (too slow to pair; documented);
* ``linking`` — eval/sqltext/linking.py's table and column precision and recall of the prediction
  against the first gold alternative, qualified against the database's schema (the catalog the
  prompts are rendered from); a ratio with nothing to count is null;
* ``efficiency`` — for a correct prediction only: the planner's estimated total cost (``EXPLAIN
  (FORMAT JSON)``, planned in the sandbox on instance 0, never executed: deterministic for given
  data) of the first gold alternative and of the prediction, and their ratio gold / prediction (> 1:
  the prediction plans cheaper; null when either cannot be planned).

With --samples K the fields are sample 0's (the record's own verdict).
"""
from __future__ import annotations

import math
from collections import OrderedDict
from typing import Optional

from eval.scoring import partial, sampling
from eval.sqltext.linking import linking_scores
from eval.types import CATEGORIES

MAX_ROWS = 50_000
LINKING = ("table_precision", "table_recall", "column_precision", "column_recall")


def schema_of(p, db: str) -> dict:
    """{table: {column: type}} of database ``db`` (from p.schema_docs: eval/run/prepare.py fills it)."""
    doc = p.schema_docs.get(db)
    if doc is None:
        return {}
    return {t.name: {c.name: c.type for c in t.columns} for t in doc.tables}


def add_fields(p, q, gen, rec, golds0: list, pred0) -> None:
    """Set ``rec``'s soft_f1, linking and efficiency (module docstring); a no-op without --partial-credit."""
    if not p.args.partial_credit or not q.answerable or rec.reason == "abstained":
        return
    sql = (gen.sql or "").strip()
    if golds0 and (pred0 is None or len(pred0.rows) <= MAX_ROWS) and all(len(g.result.rows) <= MAX_ROWS for g in golds0):
        if pred0 is None or not sql:
            rec.soft_f1 = {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        else:
            best = max((partial.soft_f1(g.result.rows, pred0.rows, rel_tol=p.args.float_tolerance) for g in golds0),
                       key=lambda s: (s.f1, s.recall))
            rec.soft_f1 = {"precision": best.precision, "recall": best.recall, "f1": best.f1}
    if q.gold:
        ls = linking_scores(sql, q.gold[0], schema_of(p, q.db))
        rec.linking = {k: getattr(ls, k) for k in LINKING}
    if rec.correct and sql and hasattr(p.executor, "estimated_cost"):
        db0 = p.fixtures[q.db].instance_dbs[0]
        g_cost, p_cost = p.executor.estimated_cost(db0, q.gold[0]), p.executor.estimated_cost(db0, sql)
        rec.efficiency = {"gold_cost": g_cost, "pred_cost": p_cost, "ratio": partial.cost_ratio(g_cost, p_cost)}


def question_value(rec, name: str) -> Optional[float]:
    """One question's soft_f1 (f1), soft_precision, soft_recall, a linking ratio, or ves (√min(ratio, 100)
    for a correct prediction with a known ratio, else 0); None when the record does not have it."""
    if name.startswith("soft_"):
        s = rec.get("soft_f1")
        key = {"soft_f1": "f1", "soft_precision": "precision", "soft_recall": "recall"}.get(name)
        return None if not isinstance(s, dict) or key is None else s.get(key)
    if name in LINKING:
        s = rec.get("linking")
        return None if not isinstance(s, dict) else s.get(name)
    if name == "ves":
        if not isinstance(rec.get("linking"), dict):  # a record of a run without --partial-credit
            return None
        e = rec.get("efficiency")
        ratio = e.get("ratio") if isinstance(e, dict) else None
        return math.sqrt(min(ratio, 100.0)) if rec.get("correct") and ratio is not None else 0.0
    return None


NAMES = ("soft_f1", "soft_precision", "soft_recall", *LINKING, "ves")


def _group(records: list, seed: int) -> dict:
    out: dict = {"n": len(records)}
    cols = {}
    for name in NAMES:
        vals = [v for v in (question_value(r, name) for r in records) if v is not None]
        if vals:
            cols[name] = vals
    for name, vals in cols.items():
        lo, hi = sampling.bootstrap_intervals({name: vals}, seed=seed)[name]
        out[name] = {"value": round(100 * math.fsum(vals) / len(vals), 10), "n": len(vals),
                     "ci": [round(100 * lo, 10), round(100 * hi, 10)]}
    ratios = sorted(r["efficiency"]["ratio"] for r in records
                    if isinstance(r.get("efficiency"), dict) and r["efficiency"].get("ratio") is not None)
    if ratios:
        out["cost_ratio_median"] = ratios[len(ratios) // 2] if len(ratios) % 2 else (ratios[len(ratios) // 2 - 1] + ratios[len(ratios) // 2]) / 2
    return out


def partial_summary(scored: list, seed: Optional[int]) -> Optional[dict]:
    """summary.json's ``partial_credit`` block over the answerable records; None without --partial-credit."""
    recs = [r for r in scored if isinstance(r.get("linking"), dict)]
    if not recs:
        return None
    seed = int(seed or 0)

    def by(key, order=()):
        groups: dict[str, list] = {}
        for r in recs:
            groups.setdefault(r.get(key) or "", []).append(r)
        first = [g for g in order if g in groups]
        return OrderedDict((g, _group(groups[g], seed)) for g in first + sorted(set(groups) - set(first)))

    return {"metrics": list(NAMES), "overall": _group(recs, seed), "splits": by("split"),
            "categories": by("query_category", CATEGORIES), "databases": by("db_name")}
