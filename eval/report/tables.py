"""The report's tables (``run_eval.py report``): model card, breakdowns, reasons, abstention, as Markdown.

Reads only what a run wrote (docs/FORMATS.md), loaded by eval/report/runs.py: ``summary.json`` plus
``results.jsonl`` (or ``results.csv`` when there is no JSONL).  Every number is recomputed from
the per-question records and checked against the summary, so a table never disagrees with the
file it came from.  Paired comparisons are eval/report/compare.py; the command is eval/cli/report.py.
See docs/REPORTS.md for what each number means.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Iterable, Optional, Union

from eval.percent import fmt_pct, fmt_tenths, pct_exact
from eval.report.stats import wilson_interval
from eval.run import aggregate
from eval.run.aggregate import Count, overall, reason_counts
from eval.run.results import abstention, reliability_counts, sqleval_disagreements
from eval.report.runs import NO_VALUE, Run

CI_LEVEL = 0.95  # --ci intervals are always 95 %; --alpha is the significance level of tests

csv.field_size_limit(1 << 30)  # predicted SQL and error texts can be long


# --------------------------------------------------------------------------- loading


# --------------------------------------------------------------------------- numbers

def counts(records: Iterable[dict], key: Optional[str] = None, field_name: str = "correct") -> dict[str, Count]:
    """(k, n) per value of ``key`` (sorted by value; an empty value is shown as NO_VALUE), or
    {"overall": (k, n)} when key is None: eval/run/aggregate.counts, the summary's own count."""
    return aggregate.counts(records, key, field_name, missing=NO_VALUE)


def fmt_points(x: Fraction) -> str:
    s = fmt_tenths(x)
    return s if s.startswith("-") or s == "0.0" else "+" + s


def _fmt_float1(x: float) -> str:
    return str(Decimal(repr(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def wilson_pct(k: int, n: int) -> tuple[float, float]:
    lo, hi = wilson_interval(k, n, CI_LEVEL)
    return 100.0 * lo, 100.0 * hi


def fmt_cell(k: int, n: int, ci: bool) -> str:
    """``72.5`` or, with ci, ``72.5 [66.1, 78.1]`` (95 % Wilson interval)."""
    if n == 0:
        return "-"
    if not ci:
        return fmt_pct(k, n)
    lo, hi = wilson_pct(k, n)
    return f"{fmt_pct(k, n)} [{_fmt_float1(lo)}, {_fmt_float1(hi)}]"


def fmt_p(p: float) -> str:
    return "<0.0001" if p < 0.0001 else f"{p:.4f}"


# --------------------------------------------------------------------------- tables

@dataclass
class Table:
    """A table rendered both to Markdown and HTML; ``notes`` are lines printed under it."""

    header: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)
    title: str = ""  # optional sub-heading
    text_columns: int = 1  # leading columns aligned left; the rest are numbers, aligned right


@dataclass
class Section:
    title: str
    blocks: list[Union[str, Table]] = field(default_factory=list)  # paragraphs and tables in order


def _md_cell(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def table_to_markdown(t: Table) -> str:
    lines = []
    if t.title:
        lines += [f"### {t.title}", ""]
    lines.append("| " + " | ".join(_md_cell(h) for h in t.header) + " |")
    k = min(t.text_columns, len(t.header))
    lines.append("| " + " | ".join(["---"] * k + ["---:"] * (len(t.header) - k)) + " |")
    for row in t.rows:
        lines.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
    if t.notes:
        lines.append("")
        lines += t.notes
    return "\n".join(lines)


def rank_runs(runs: list[Run], field_name: str = "correct") -> list[Run]:
    """Best first; equal accuracies (exactly equal fractions) ordered by label."""
    def key(r: Run):
        k, n = counts(r.records, None, field_name)["overall"]
        return (-pct_exact(k, n), r.label)
    return sorted(runs, key=key)


def _n_note(runs: list[Run], what: str = "questions") -> str:
    ns = {r.label: len(r.records) for r in runs}
    if len(set(ns.values())) == 1:
        return f"n = {next(iter(ns.values()))} {what}" + (" per run" if len(runs) > 1 else "")
    return "n = " + ", ".join(f"{n} ({label})" for label, n in ns.items())


def model_table(runs: list[Run], ci: bool, field_name: str = "correct") -> Table:
    """``| model | perc_correct |``, best first."""
    col = "perc_correct" if field_name == "correct" else "perc_correct_single"
    rows = []
    for r in rank_runs(runs, field_name):
        k, n = counts(r.records, None, field_name)["overall"]
        rows.append([r.label, fmt_cell(k, n, ci)])
    notes = [f"Cells: {col} [95% Wilson interval]; {_n_note(runs)}."] if ci else []
    return Table(["model", col], rows, notes)


def breakdown_table(runs: list[Run], key: str, ci: bool, field_name: str = "correct") -> Table:
    """One row per value of ``key`` (query_category, db_name, difficulty), one column per run."""
    per_run = [counts(r.records, key, field_name) for r in runs]
    groups = sorted({g for c in per_run for g in c})
    same_n = all(len({c[g][1] for c in per_run if g in c}) == 1 and all(g in c for c in per_run) for g in groups)
    rows = []
    for g in groups:
        row = [g]
        for c in per_run:
            if g not in c:
                row.append("-")
                continue
            k, n = c[g]
            cell = fmt_cell(k, n, ci)
            row.append(cell + (f" (n={n})" if ci and not same_n else ""))
        rows.append(row)
    notes = []
    if ci:
        what = "perc_correct" if field_name == "correct" else "perc_correct_single"
        if same_n:
            sizes = ", ".join(f"{g} {per_run[0][g][1]}" for g in groups)
            notes.append(f"Cells: {what} [95% Wilson interval]; n per {key}: {sizes}.")
        else:
            notes.append(f"Cells: {what} [95% Wilson interval] (n = questions in the cell).")
    return Table([key] + [r.label for r in runs], rows, notes)


def detail_table(runs: list[Run]) -> Table:
    rows = []
    for r in rank_runs(runs):
        k, n = counts(r.records)["overall"]
        ks, _ = counts(r.records, None, "correct_single")["overall"]
        rows.append([r.label, str(n), str(k), fmt_pct(k, n), str(ks), fmt_pct(ks, n)])
    return Table(["model", "n", "correct", "perc_correct", "correct_single", "perc_correct_single"], rows)


def _by_group(records: list, key: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for rec in records:
        out.setdefault(aggregate.group_of(rec, key, NO_VALUE), []).append(rec)
    return out


def _reason_order(counter: dict[str, int]) -> list[str]:
    return sorted(counter, key=lambda r: (r != "match", -counter[r], r))


def reasons_table(runs: list[Run]) -> Table:
    per_run = [reason_counts(r.records) for r in runs]
    totals = reason_counts(rec for r in runs for rec in r.records)
    rows = [[reason] + [str(c.get(reason, 0)) for c in per_run] for reason in _reason_order(totals)]
    return Table(["reason"] + [r.label for r in runs], rows)


def reasons_by_category_table(run: Run) -> Table:
    by_cat = {c: reason_counts(recs) for c, recs in _by_group(run.records, "query_category").items()}
    cats = sorted(by_cat)
    totals = reason_counts(run.records)
    rows = [[reason, str(totals[reason])] + [str(by_cat[c].get(reason, 0)) for c in cats]
            for reason in _reason_order(totals)]
    return Table(["reason", "total"] + cats, rows, title=run.label)


def _subset(run: Run, split: str) -> Run:
    """The same run restricted to one split."""
    return Run(arg=run.arg, folder=run.folder, summary=run.summary, source=run.source, label=run.label,
               records=[r for r in run.records if r["split"] == split],
               unanswerable=[r for r in (run.unanswerable or []) if r["split"] == split])


def abstention_table(runs: list[Run]) -> Optional[Table]:
    """One row per run: answerable right / abstained / wrong, unanswerable abstained / answered,
    reliability (eval/run/results.abstention); None when no run has unanswerable questions or abstentions."""

    rows = []
    for r in runs:
        ab = abstention(r.records + (r.unanswerable or []))
        if ab is None:
            continue
        a, u = ab["answerable"], ab["unanswerable"]
        rows.append([r.label, str(a["n"]), str(a["correct"]), str(a["abstained"]), str(a["wrong"]), str(u["n"]),
                     str(u["abstained"]), str(u["answered"]), fmt_pct(*reliability_counts(ab), empty="0.0")])
    if not rows:
        return None
    return Table(["model", "answerable", "right", "abstained", "wrong", "unanswerable", "abstained (right)",
                  "answered (wrong)", "reliability"], rows)


def runs_table(runs: list[Run]) -> Table:
    rows = []
    for r in runs:
        s = r.summary
        rows.append([r.label, str(r.folder), str(s.get("model", "")), str(s.get("runner", "")),
                     str(len(r.records)), str(s.get("started_at", "")), str(s.get("git_commit", ""))[:12],
                     str(s.get("questions_hash", ""))[:12], str(s.get("fixtures_hash", ""))[:12]])
    return Table(["model", "run folder", "model name", "runner", "questions", "started_at", "git_commit",
                  "questions_hash", "fixtures_hash"], rows, text_columns=9)


def sqleval_table(runs: list[Run]) -> Optional[Table]:
    """One row per run that recorded ``correct_sqleval``: both accuracies and where they differ
    (the disagreement counts of eval/run/results.sqleval_disagreements, from the records)."""
    def words(counts: dict) -> str:
        return ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items(), key=lambda t: (-t[1], t[0]))) or "-"

    rows = []
    for r in runs:
        recs = [x for x in r.records if _sqleval_recorded(x)]
        if not recs:
            continue
        k, kc = overall(recs, "correct_sqleval").k, overall(recs).k
        diff = sqleval_disagreements(recs)
        rows.append([r.label, str(len(recs)), fmt_pct(kc, len(recs)), fmt_pct(k, len(recs)),
                     words(diff["ours_only"]), words(diff["sqleval_only"])])
    if not rows:
        return None
    return Table(["model", "n", "perc_correct", "perc_correct_sqleval", "ours correct, sql-eval wrong",
                  "sql-eval correct, ours wrong"], rows, text_columns=1)


def _sqleval_recorded(rec: dict) -> bool:
    return str(rec.get("correct_sqleval", "")).strip() != ""


def scoring_disagreement_tables(runs: list[Run], sql_width: int = 100) -> list[Table]:
    """``report --compare-scoring``: per run, every question whose verdict differs between this
    harness (``correct``, all instances) and sql-eval's 2023 rules (``correct_sqleval``, instance 0):
    ours-only first, then sql-eval-only, each by question id."""
    tables = []
    for r in runs:
        recs = [x for x in r.records if _sqleval_recorded(x) and bool(int(x["correct"])) != bool(int(x["correct_sqleval"]))]
        if not any(_sqleval_recorded(x) for x in r.records):
            continue
        recs.sort(key=lambda x: (not int(x["correct"]), str(x.get("question_id", ""))))
        rows = []
        for x in recs:
            sql = " ".join(str(x.get("generated_query") or "").split())
            sql = sql if len(sql) <= sql_width else sql[: sql_width - 1] + "…"
            ours = ("correct" if int(x["correct"]) else "wrong") + f" ({x.get('reason') or '-'})"
            theirs = ("correct" if int(x["correct_sqleval"]) else "wrong") + (f" ({x['note_sqleval']})" if x.get("note_sqleval") else "")
            rows.append([str(x.get("question_id", "")), str(x.get("db_name", "")), str(x.get("query_category", "")),
                         ours, theirs, sql or "-"])
        notes = [] if rows else ["no question where the two verdicts differ"]
        tables.append(Table(["question_id", "db", "category", "ours (reason)", "sql-eval 2023 (note)", "generated_query"],
                            rows, notes=notes, title=f"{r.label}: {len(rows)} disagreement(s)", text_columns=6))
    return tables


def build_sections(runs: list[Run], ci: bool = False) -> list[Section]:
    """The report's sections, in order: model card, single-instance, breakdowns, reasons, runs."""
    secs = [Section("Accuracy", [
        model_table(runs, ci),
        breakdown_table(runs, "query_category", ci),
        "perc_correct: a prediction counts as correct only when it matches a gold query on every "
        "instance of its database (docs/SCORING.md).",
    ])]
    secs.append(Section("Single-instance accuracy (comparable to sql-eval)", [
        model_table(runs, ci, "correct_single"),
        breakdown_table(runs, "query_category", ci, "correct_single"),
        detail_table(runs),
    ]))
    splits = sorted({sp for r in runs for sp in r.splits()}, key=lambda x: (x != "classic", x))
    if len(splits) > 1:
        secs.append(Section("By split", [breakdown_table(runs, "split", ci)]))
        for sp in splits:
            sub = [_subset(r, sp) for r in runs]
            sub = [r for r in sub if r.records]
            secs.append(Section(f"Split {sp}", [model_table(sub, ci), breakdown_table(sub, "query_category", ci),
                                                 breakdown_table(sub, "db_name", ci)]))
    se = sqleval_table(runs)
    if se is not None:
        secs.append(Section("sql-eval 2023 verdicts beside ours", [se, "correct_sqleval: sql-eval's 2023 comparison "
                            "(instance 0, its gold expansion, pandas coercions, name-sorted columns, dedup, subset "
                            "matching at rtol 1e-5; eval/scoring/sqleval_compat.py). The last two columns count the "
                            "questions where the two verdicts differ, by our reason code."]))
    ab = abstention_table(runs)
    if ab is not None:
        secs.append(Section("Abstention", [ab, "Unanswerable questions (the schema does not record what they ask) "
                                               "are scored here only, never in perc_correct. reliability: +1 a right "
                                               "answer or a right abstention, 0 abstained or no query, -1 a wrong "
                                               "query (or any query for an unanswerable question), as % of all "
                                               "questions (docs/SCORING.md)."]))
    secs.append(Section("By database", [breakdown_table(runs, "db_name", ci)]))
    if any(rec["difficulty"] for r in runs for rec in r.records):
        secs.append(Section("By difficulty", [breakdown_table(runs, "difficulty", ci)]))
    secs.append(Section("Reasons", [reasons_table(runs)] + [reasons_by_category_table(r) for r in runs]))
    secs.append(Section("Runs", [runs_table(runs)]))
    return secs


# --------------------------------------------------------------------------- paired comparison


# --------------------------------------------------------------------------- rendering

def render_markdown(runs: list[Run], sections: list[Section], plot_file: Optional[str] = None) -> str:
    parts = ["# Text-to-SQL evaluation report", "",
             "Runs: " + ", ".join(f"{r.label} ({r.folder})" for r in runs) + "."]
    if plot_file:
        parts += ["", f"![accuracy by category with 95% Wilson intervals]({plot_file})"]
    for s in sections:
        parts += ["", f"## {s.title}"]
        for blk in s.blocks:
            parts += ["", table_to_markdown(blk) if isinstance(blk, Table) else blk]
    return "\n".join(parts) + "\n"


def plot_series(runs: list[Run]) -> tuple[list[str], list[tuple[str, list[Optional[tuple[int, int]]]]]]:
    """Groups (overall + categories) and one (label, [(k, n) or None per group]) per run."""
    per_run = [counts(r.records, "query_category") for r in runs]
    cats = sorted({g for c in per_run for g in c})
    groups = ["overall"] + cats
    series = []
    for r, c in zip(runs, per_run):
        vals = [counts(r.records)["overall"]] + [c.get(g) for g in cats]
        series.append((r.label, vals))
    return groups, series
