"""Exploring runs (``--explore``) in the report: does exploring help, and what does it cost?

An explore run is one whose ``summary.json`` has ``model_info.explore``.  It is paired with every
zero-shot run in the same report of the same model (``model_info.model_id`` and runner) on the same
questions and fixtures, and each pair gets McNemar's exact test per scope (eval/report/compare.py:
the same paired comparison as ``--compare``, zero-shot as A, explore as B), then a cost table: per
run, turns and queries per question, tokens, cost, and cost and turns per correct answer.

The trajectories (``trajectories.jsonl``, docs/FORMATS.md) are read for the HTML drill-down.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from eval.errors import UsageError
from eval.percent import fmt_pct
from eval.report.compare import paired_comparison
from eval.report.runs import Run
from eval.report.tables import Section, Table, fmt_p, fmt_points
from runners._trajectory import TRAJECTORY_FILE, read_trajectories



def explore_settings(run: Run) -> Optional[dict]:
    info = run.summary.get("model_info") or {}
    x = info.get("explore")
    return x if isinstance(x, dict) else None


def _model_key(run: Run) -> tuple:
    info = run.summary.get("model_info") or {}
    return (str(run.summary.get("runner") or info.get("runner") or ""), str(info.get("model_id") or run.summary.get("model")))


def explore_pairs(runs: list[Run]) -> list[tuple[Run, Run]]:
    """(zero-shot, explore) for every explore run and every zero-shot run of the same model that
    scored the same questions on the same fixtures."""
    pairs = []
    for ex in runs:
        if explore_settings(ex) is None:
            continue
        for zs in runs:
            if zs is ex or explore_settings(zs) is not None or _model_key(zs) != _model_key(ex):
                continue
            if all(zs.summary.get(k) and zs.summary.get(k) == ex.summary.get(k) for k in ("questions_hash", "fixtures_hash")):
                pairs.append((zs, ex))
    return pairs


def beside(runs: list[Run]) -> list[Run]:
    """``runs`` in the order given, except that each explore run comes right after the first zero-shot
    run it pairs with, so that the two sit side by side in every table with a column per run."""
    partner = {}
    for zs, ex in explore_pairs(runs):
        partner.setdefault(id(ex), zs)
    out: list[Run] = []
    for r in runs:
        if id(r) in partner and partner[id(r)] in runs:
            continue  # placed after its partner
        out.append(r)
        out.extend(ex for ex in runs if partner.get(id(ex)) is r)
    return out


def load_trajectories(run: Run) -> dict[str, list[dict]]:
    """question_id -> its trajectory lines, in file order ({} when the run did not explore)."""
    return read_trajectories(Path(run.folder) / TRAJECTORY_FILE)


def _steps(run: Run) -> dict[str, tuple[int, int, str]]:
    """question_id -> (turns, queries run, stop) from the records, else from the trajectories."""
    out = {}
    traj = None
    for rec in run.records:
        if rec.get("explore_steps") not in (None, ""):
            out[rec["question_id"]] = (int(rec["explore_steps"]), int(rec.get("explore_tool_calls") or 0),
                                       str(rec.get("explore_stop") or ""))
            continue
        traj = load_trajectories(run) if traj is None else traj
        lines = traj.get(rec["question_id"], [])
        final = next((x for x in lines if x.get("type") == "final"), {})
        out[rec["question_id"]] = (sum(1 for x in lines if x.get("type") == "turn"),
                                   sum(1 for x in lines if x.get("type") == "tool" and "exec_s" in x),
                                   str(final.get("stop", "")))
    return out


def _per_correct(total: float, k: int, fmt: str) -> str:
    return "-" if k == 0 else format(total / k, fmt)


def cost_table(runs: list[Run]) -> Table:
    rows = []
    for r in runs:
        n = len(r.records)
        k = sum(x["correct"] for x in r.records)
        cents = sum(float(x.get("cost_in_cents") or 0) for x in r.records)
        tokens = sum(int(x.get("tokens_in") or 0) + int(x.get("tokens_out") or 0) for x in r.records)
        if explore_settings(r) is not None:
            st = _steps(r)
            turns = sum(t for t, _, _ in st.values())
            queries = sum(q for _, q, _ in st.values())
            stops: dict[str, int] = {}
            for _, _, s in st.values():
                stops[s or "(none)"] = stops.get(s or "(none)", 0) + 1
            stop_words = ", ".join(f"{v} {s}" for s, v in sorted(stops.items(), key=lambda t: (-t[1], t[0])))
        else:
            turns, queries, stop_words = n, 0, "-"  # zero-shot: one turn a question
        rows.append([r.label, str(n), fmt_pct(k, n), format(turns / n, ".2f") if n else "-",
                     format(queries / n, ".2f") if n else "-", str(tokens), format(cents, ".4f"),
                     _per_correct(cents, k, ".4f"), _per_correct(turns, k, ".2f"), stop_words])
    return Table(["model", "n", "perc_correct", "turns / question", "queries / question", "tokens",
                  "cost (cents)", "cost per correct (cents)", "turns per correct", "stops"], rows, text_columns=1)


def explore_sections(runs: list[Run], alpha: float) -> list[Section]:
    """One section per (zero-shot, explore) pair, then the cost table of every run involved; [] when
    no run explores."""
    if not any(explore_settings(r) is not None for r in runs):
        return []
    secs = []
    involved: list[Run] = []
    for zs, ex in explore_pairs(runs):
        try:
            rows = paired_comparison(zs, ex)
        except UsageError:
            continue
        for r in (zs, ex):
            if r not in involved:
                involved.append(r)
        table = Table(["scope", "n", f"{zs.label} (zero-shot)", f"{ex.label}", "explore − zero-shot (points)",
                       "b: zero-shot right, explore wrong", "c: zero-shot wrong, explore right", "McNemar p",
                       f"significant at {alpha:g}"],
                      [[r.scope, str(r.n), fmt_pct(r.k_a, r.n), fmt_pct(r.k_b, r.n), fmt_points(r.diff_points),
                        str(r.b), str(r.c), fmt_p(r.p), "yes" if r.significant(alpha) else "no"] for r in rows])
        ov = rows[0]
        if ov.significant(alpha):
            verdict = ("exploring helps" if ov.diff_points > 0 else "exploring hurts") + f" (p={fmt_p(ov.p)} < {alpha:g})"
        else:
            verdict = f"no significant difference (p={fmt_p(ov.p)}, alpha={alpha:g})"
        secs.append(Section(f"Does exploring help? {zs.label} vs {ex.label}", [
            f"The same model, zero-shot (A) and exploring (B), paired by question_id: McNemar's exact test "
            f"on b and c per scope. Overall: {verdict}. Exploratory queries ran on instance 0 only; both "
            f"runs' answers were scored on every instance.",
            table]))
    explorers = [r for r in runs if explore_settings(r) is not None and r not in involved]
    secs.append(Section("Exploring: turns and cost", [
        cost_table(involved + explorers),
        "turns: model calls (a zero-shot run makes one a question); queries: run_sql calls the harness "
        "executed; cost per correct: the run's whole cost over its correct answers; stops: why each "
        "trajectory ended (answer, final_message, max_steps, wall_time, tokens, api_error)."]))
    return secs
