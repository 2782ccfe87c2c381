"""``run_eval.py gate``: fail CI when a candidate run is worse than a baseline.

Rules (docs/REPORTS.md), checked overall, in every query_category and -- when the questions span
several splits -- in every split and every split x category:

* ``mcnemar``  -- the candidate is less accurate and McNemar's exact test on
  the paired questions gives p < --alpha;
* ``max-drop`` -- the candidate is more than --max-drop percentage points
  below the baseline (off unless the flag is given);
* ``--exact``  -- any question whose verdict (``correct`` or ``reason``)
  changed, better or worse, fails; the changed questions are listed.

``--metric`` (default ``correct``) chooses what the first two rules compare: a 0/1 metric per
question (``correct``, ``maj@k``, ``greedy``) by McNemar's exact test, a fractional one
(``pass@k``, ``mean@k``: --samples runs) by a paired z test on the per-question differences.

Exit codes: 0 not worse, 1 regression, 2 usage or data error (UsageError,
e.g. the runs did not score the same questions on the same fixtures).
"""
from __future__ import annotations

import dataclasses
import math
import sys
from dataclasses import dataclass
from statistics import NormalDist
from fractions import Fraction
from typing import Optional, TextIO

from eval.errors import UsageError
from eval.percent import fmt_pct, fmt_tenths
from eval.report.runs import NO_VALUE, Run
from eval.run.sampling_run import metric_value
from eval.report.tables import fmt_p, fmt_points
from eval.report.compare import check_same_questions, paired_comparison, PairedRow


@dataclass
class Finding:
    rule: str  # "mcnemar" | "paired-z" | "max-drop"
    row: PairedRow
    message: str


def regressions(rows: list[PairedRow], alpha: float, max_drop: Optional[Fraction]) -> list[Finding]:
    """The rules that fire, overall row first.  A = baseline, B = candidate."""
    found = []
    for r in rows:
        drop = -r.diff_points  # points lost by the candidate
        if drop <= 0:
            continue
        where = r.scope if r.scope == "overall" or r.scope.startswith("split ") else f"category {r.scope}"
        binary = r.test == "McNemar"
        nums = (f"{fmt_pct(r.k_a, r.n)} -> {fmt_pct(r.k_b, r.n)} ({fmt_points(r.diff_points)} points, "
                f"n={r.n}, b={r.b} baseline-{'only right' if binary else 'higher'}, "
                f"c={r.c} candidate-{'only right' if binary else 'higher'})")
        if r.significant(alpha):
            found.append(Finding("mcnemar" if binary else "paired-z", r,
                                 f"{where}: {nums}; {r.test} p={fmt_p(r.p)} < alpha {alpha:g}"))
        if max_drop is not None and drop > max_drop:
            found.append(Finding("max-drop", r, f"{where}: {nums}; drop {fmt_tenths(drop)} > --max-drop {fmt_tenths(max_drop)}"))
    return found


# ---- --metric: gate on a multi-sample metric (eval/run/sampling_run.py) ---------------------------------
BINARY = ("correct", "correct_single", "greedy")


def _values(run: Run, metric: str, role: str) -> dict[str, Fraction]:
    out = {}
    for r in run.records:
        v = metric_value(r, metric)
        if v is None:
            raise UsageError(f"--metric {metric}: the {role} run {run.label} ({run.folder}) has no {metric} for question "
                             f"{r['question_id']} (pass@k, mean@k and maj@k need a run with --samples K >= k; greedy a "
                             "replayed file that marks a greedy sample; soft_f1 and ves a --partial-credit run; a "
                             "linking ratio is undefined where a side names nothing)")
        out[r["question_id"]] = v
    return out


def paired_z(diffs: list[Fraction]) -> float:
    """Two-sided p of the paired z test on per-question differences (normal approximation; a run of
    identical differences: 1 when they are 0, else 0)."""
    n = len(diffs)
    mean = sum(diffs, Fraction(0)) / n if n else Fraction(0)
    var = sum((d - mean) ** 2 for d in diffs) / (n - 1) if n > 1 else Fraction(0)
    if var == 0:
        return 1.0 if mean == 0 else 0.0
    z = float(mean) / math.sqrt(float(var) / n)
    return 2.0 * (1.0 - NormalDist().cdf(abs(z)))


def metric_comparison(base: Run, cand: Run, metric: str) -> list[PairedRow]:
    """paired_comparison's scopes for ``metric``: a 0/1 metric (correct, maj@k, greedy) by McNemar's
    exact test, a fractional one (pass@k, mean@k) by the paired z test; k_a, k_b are the sums of the
    per-question values, b / c the questions where the baseline / the candidate scores higher."""
    check_same_questions(base, cand)
    va, vb = _values(base, metric, "baseline"), _values(cand, metric, "candidate")
    if metric in BINARY or metric.startswith("maj@"):
        def relabel(run: Run, values: dict) -> Run:
            recs = [{"question_id": r["question_id"], "query_category": r["query_category"], "split": r.get("split"),
                     "correct": int(values[r["question_id"]])} for r in run.records]
            return dataclasses.replace(run, records=recs)
        return paired_comparison(relabel(base, va), relabel(cand, vb))
    rows = []
    scopes: dict[str, list[str]] = {"overall": [r["question_id"] for r in base.records]}
    cats = sorted({r["query_category"] or NO_VALUE for r in base.records})
    for c in cats:
        scopes[c] = [r["question_id"] for r in base.records if (r["query_category"] or NO_VALUE) == c]
    splits = sorted({r.get("split") or "classic" for r in base.records})
    if len(splits) > 1:
        for sp in splits:
            scopes[f"split {sp}"] = [r["question_id"] for r in base.records if (r.get("split") or "classic") == sp]
            for c in cats:
                ids = [r["question_id"] for r in base.records
                       if (r.get("split") or "classic") == sp and (r["query_category"] or NO_VALUE) == c]
                if ids:
                    scopes[f"split {sp} / {c}"] = ids
    for scope, ids in scopes.items():
        diffs = [vb[i] - va[i] for i in ids]
        rows.append(PairedRow(scope, len(ids), sum((va[i] for i in ids), Fraction(0)), sum((vb[i] for i in ids), Fraction(0)),
                              sum(1 for d in diffs if d < 0), sum(1 for d in diffs if d > 0), paired_z(diffs), "paired z"))
    return rows


def _verdict(rec: dict) -> str:
    return f"{'correct' if rec['correct'] else 'wrong'}/{rec['reason']}"


def verdict_changes(base: Run, cand: Run) -> list[tuple[str, str, str]]:
    """(question_id, baseline verdict, candidate verdict) for every question whose correct or reason changed."""
    check_same_questions(base, cand)
    by_id = cand.by_id()
    out = []
    for rb in base.records:
        rc = by_id[rb["question_id"]]
        if (rb["correct"], rb["reason"]) != (rc["correct"], rc["reason"]):
            out.append((rb["question_id"], _verdict(rb), _verdict(rc)))
    return out


def _exact_across_datasets(base: Run, cand: Run, why: str, out: TextIO) -> int:
    """--exact when the question set or fixtures changed: still list what moved, then fail (exit 1),
    so that a dataset change shows its effect question by question before the baseline is updated."""
    print(f"gate --exact: baseline and candidate used different questions or fixtures ({why})", file=out)
    by_id = cand.by_id()
    base_ids = {r["question_id"] for r in base.records}
    for rb in base.records:
        rc = by_id.get(rb["question_id"])
        if rc is None:
            print(f"  {rb['question_id']}: {_verdict(rb)} -> (question removed)", file=out)
        elif (rb["correct"], rb["reason"]) != (rc["correct"], rc["reason"]):
            print(f"  {rb['question_id']}: {_verdict(rb)} -> {_verdict(rc)}", file=out)
    for rc in cand.records:
        if rc["question_id"] not in base_ids:
            print(f"  {rc['question_id']}: (new question) -> {_verdict(rc)}", file=out)
    print("REGRESSION (exact): the dataset changed; review the list above and regenerate the baseline deliberately",
          file=out)
    return 1


def run_gate(base: Run, cand: Run, alpha: float = 0.05, max_drop: Optional[Fraction] = None,
             exact: bool = False, out: Optional[TextIO] = None, metric: str = "correct") -> int:
    """Print the verdict (to ``out``, default stdout) and return the exit code (0 or 1); ``metric``
    (--metric) is what the mcnemar and max-drop rules compare (--exact always compares verdicts)."""
    out = out if out is not None else sys.stdout
    if exact:
        try:
            rows = paired_comparison(base, cand)
        except UsageError as e:
            return _exact_across_datasets(base, cand, str(e), out)
    else:
        rows = paired_comparison(base, cand)  # raises UsageError when not comparable
    if metric != "correct":
        rows = metric_comparison(base, cand, metric)
    ov = rows[0]
    print(f"gate: baseline {base.label} ({base.folder}) vs candidate {cand.label} ({cand.folder}), "
          f"{ov.n} questions" + (f", metric {metric}" if metric != "correct" else ""), file=out)
    print(f"overall: {fmt_pct(ov.k_a, ov.n)} -> {fmt_pct(ov.k_b, ov.n)} ({fmt_points(ov.diff_points)} points), "
          f"b={ov.b}, c={ov.c}, {ov.test} p={fmt_p(ov.p)}", file=out)
    failed = False
    if exact:
        changes = verdict_changes(base, cand)
        if changes:
            failed = True
            print(f"REGRESSION (exact): {len(changes)} question verdict(s) changed:", file=out)
            for qid, vb, vc in changes:
                print(f"  {qid}: {vb} -> {vc}", file=out)
        else:
            print("exact: every question has the same verdict and reason", file=out)
    findings = regressions(rows, alpha, max_drop)
    for f in findings:
        failed = True
        print(f"REGRESSION ({f.rule}) {f.message}", file=out)
    if not failed:
        rules = [f"no significant drop at alpha {alpha:g}"]
        if max_drop is not None:
            rules.append(f"no drop above {fmt_tenths(max_drop)} points")
        several = any(r.scope.startswith("split ") for r in rows)
        print("OK: " + ", ".join(rules) + (" (overall, per category, per split)" if several else " (overall and per category)"), file=out)
    return 1 if failed else 0
