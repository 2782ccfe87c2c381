"""``run_eval.py report``: model-card tables, paired comparisons, plot and HTML from run folders.

Reads only what a run wrote (docs/FORMATS.md): ``summary.json`` plus
``results.jsonl`` (or ``results.csv`` when there is no JSONL).  Every number
is recomputed from the per-question records and checked against the
summary, so a table never disagrees with the file it came from.

Entry point: :func:`main` (argv = the arguments after ``report``).
See docs/REPORTS.md for what each number means.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Iterable, Optional, Union

from eval.errors import UsageError
from eval.percent import fmt_pct, fmt_tenths, pct_exact
from eval.report.stats import mcnemar_exact, wilson_interval
from eval.run.results import abstention, reliability_counts

CI_LEVEL = 0.95  # --ci intervals are always 95 %; --alpha is the significance level of tests
FLAG_FIELDS = ("correct", "correct_single", "exact_match", "error_db_exec", "error_query_gen", "gold_ambiguous")
TEXT_FIELDS = ("db_name", "query_category", "difficulty", "question", "instructions", "query",
               "generated_query", "reason", "error_msg")
NO_VALUE = "(none)"  # how an empty difficulty / reason is shown

csv.field_size_limit(1 << 30)  # predicted SQL and error texts can be long


# --------------------------------------------------------------------------- loading

@dataclass
class Run:
    """One run folder, loaded: its summary and its per-question records (in question order)."""

    arg: str  # the path as the user gave it
    folder: Path
    summary: dict
    records: list[dict]
    source: Path  # the results file the records came from
    label: str
    unanswerable: list = None  # records of questions marked answerable: false (the abstention table only)

    def splits(self) -> list[str]:
        return sorted({r.get("split") or "classic" for r in self.records}, key=lambda x: (x != "classic", x))

    def by_id(self) -> dict[str, dict]:
        return {r["question_id"]: r for r in self.records}


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UsageError(f"{path}: cannot read ({e.strerror})")
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: not valid JSON ({e})")
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object")
    return data


def _flag(value, path: Path, where: str, name: str) -> int:
    """A 0/1 field as written to JSONL (int/bool) or CSV (text)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)) and value in (0, 1):
        return int(value)
    if isinstance(value, str) and value.strip().lower() in ("1", "0", "1.0", "0.0", "true", "false"):
        return 1 if value.strip().lower() in ("1", "1.0", "true") else 0
    raise UsageError(f"{path}:{where}: field {name!r} must be 0 or 1, got {value!r}")


def _normalize(rec: dict, path: Path, where: str) -> dict:
    qid = rec.get("question_id") if rec.get("question_id") not in (None, "") else rec.get("id")
    if qid in (None, ""):
        raise UsageError(f"{path}:{where}: record has no question_id")
    if "correct" not in rec or rec["correct"] in (None, ""):
        raise UsageError(f"{path}:{where}: record {qid} has no 'correct' field")
    out = dict(rec)
    out["question_id"] = str(qid)
    for name in TEXT_FIELDS:
        v = out.get(name)
        out[name] = "" if v is None else str(v)
    for name in FLAG_FIELDS:
        v = out.get(name)
        if v is None or v == "":
            out[name] = out["correct"] if name == "correct_single" else 0
        out[name] = _flag(out[name], path, where, name)
    if not out["reason"]:
        out["reason"] = "match" if out["correct"] else NO_VALUE
    detail = out.get("detail")
    if isinstance(detail, str) and detail.strip().startswith("{"):  # a CSV that kept the column
        try:
            detail = json.loads(detail)
        except json.JSONDecodeError:
            detail = None
    out["detail"] = detail if isinstance(detail, dict) else None
    return out


def _read_records(path: Path) -> list[dict]:
    recs: list[dict] = []
    try:
        if path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").split("\n")
            for lineno, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    if lineno == len(lines):  # torn last line of a killed run (no newline yet): skipped
                        continue            # as on resume; the summary check below still applies
                    raise UsageError(f"{path}:{lineno}: not valid JSON ({e.msg})")
                if not isinstance(rec, dict):
                    raise UsageError(f"{path}:{lineno}: expected a JSON object")
                recs.append(_normalize(rec, path, str(lineno)))
        else:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                if not reader.fieldnames:
                    raise UsageError(f"{path}: empty CSV")
                for rec in reader:
                    recs.append(_normalize(rec, path, str(reader.line_num)))
    except OSError as e:
        raise UsageError(f"{path}: cannot read ({e.strerror})")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text ({e})")
    # results.jsonl is appended as questions complete; after a resume the last record wins.
    latest: dict[str, dict] = {}
    for r in recs:
        latest.pop(r["question_id"], None)
        latest[r["question_id"]] = r
    return list(latest.values())


def load_run(arg: Union[str, Path]) -> Run:
    """Load a run folder, or a ``summary.json`` path with its sibling results file.

    Raises UsageError naming the file when something is missing or the
    results disagree with the summary (question ids, n, n_correct).
    """
    p = Path(arg)
    if p.is_dir():
        folder, summary_path = p, p / "summary.json"
    elif p.is_file():
        folder = p.parent
        summary_path = p if p.suffix == ".json" else folder / "summary.json"
    else:
        raise UsageError(f"{arg}: no such run folder or summary.json")
    if not summary_path.is_file():
        raise UsageError(f"{summary_path}: missing (not a run folder written by run_eval.py?)")
    summary = _read_json(summary_path)
    for name in ("results.jsonl", "results.csv"):
        source = folder / name
        if source.is_file():
            break
    else:
        raise UsageError(f"{folder}: no results.jsonl or results.csv beside {summary_path.name}")
    records = _read_records(source)
    if not records:
        raise UsageError(f"{source}: no result records")

    ids = summary.get("question_ids")
    if isinstance(ids, list) and ids:
        have = {r["question_id"] for r in records}
        want = [str(i) for i in ids]
        missing = [i for i in want if i not in have]
        extra = sorted(have - set(want))
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"{len(missing)} listed in summary.json but not in {source.name} (e.g. {missing[0]})")
            if extra:
                parts.append(f"{len(extra)} in {source.name} but not in summary.json (e.g. {extra[0]})")
            raise UsageError(f"{folder}: results and summary disagree: " + "; ".join(parts))
        order = {qid: i for i, qid in enumerate(want)}
        records.sort(key=lambda r: order[r["question_id"]])
    for r in records:
        r["split"] = str(r.get("split") or "classic")
        r["answerable"] = _flag(r.get("answerable", 1) if r.get("answerable", "") != "" else 1, source, r["question_id"], "answerable")
    unanswerable = [r for r in records if not r["answerable"]]
    records = [r for r in records if r["answerable"]]  # perc_correct is over answerable questions
    n, k = len(records), sum(r["correct"] for r in records)
    for key, value in (("n_questions", n), ("n_correct", k)):
        if key in summary and summary[key] != value:
            raise UsageError(f"{summary_path}: {key} is {summary[key]} but {source.name} gives {value}")
    label = str(summary.get("label") or summary.get("model") or folder.name)
    return Run(arg=str(arg), folder=folder, summary=summary, records=records, source=source, label=label,
               unanswerable=unanswerable)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """A lone surrogate (from a model's text, kept escaped in results.jsonl) cannot be written as
    UTF-8: shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _matches(run: Run, token: str) -> bool:
    if token in (run.arg, run.label, run.folder.name):
        return True
    try:
        t = Path(token).resolve()
        return t == run.folder.resolve() or t == Path(run.arg).resolve()
    except OSError:
        return False


def apply_names(runs: list[Run], names: Iterable[str]) -> set[str]:
    """Apply ``--name RUN=LABEL`` (RUN = the path as given, the folder's name, or the label).

    Returns the specs that matched a run; :func:`main` refuses specs that match none.
    """
    used = set()
    for spec in names:
        run_tok, sep, label = spec.rpartition("=")
        if not sep or not run_tok or not label.strip():
            raise UsageError(f"--name: expected RUN=LABEL, got {spec!r}")
        for r in runs:
            if _matches(r, run_tok):
                r.label = label.strip()
                used.add(spec)
    return used


def make_labels_unique(runs: list[Run]) -> None:
    """Two runs of one model get ``label (folder)`` so columns stay distinguishable."""
    for attempt in ("folder", "arg", "index"):
        seen: dict[str, list[Run]] = {}
        for r in runs:
            seen.setdefault(r.label, []).append(r)
        dups = [group for group in seen.values() if len(group) > 1]
        if not dups:
            return
        for group in dups:
            for i, r in enumerate(group, 1):
                base = r.label
                r.label = (f"{base} ({r.folder.name})" if attempt == "folder" else
                           f"{base} [{r.arg}]" if attempt == "arg" else f"{base} #{i}")


# --------------------------------------------------------------------------- numbers

def counts(records: Iterable[dict], key: Optional[str] = None, field_name: str = "correct") -> dict[str, tuple[int, int]]:
    """(k, n) per value of ``key`` (sorted by value), or {"overall": (k, n)} when key is None."""
    out: dict[str, list[int]] = {}
    for r in records:
        g = "overall" if key is None else (r.get(key) or NO_VALUE)
        kn = out.setdefault(g, [0, 0])
        kn[0] += r[field_name]
        kn[1] += 1
    return {g: (out[g][0], out[g][1]) for g in sorted(out)}


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


def _reason_order(counter: dict[str, int]) -> list[str]:
    return sorted(counter, key=lambda r: (r != "match", -counter[r], r))


def reasons_table(runs: list[Run]) -> Table:
    totals: dict[str, int] = {}
    per_run = []
    for r in runs:
        c: dict[str, int] = {}
        for rec in r.records:
            c[rec["reason"]] = c.get(rec["reason"], 0) + 1
            totals[rec["reason"]] = totals.get(rec["reason"], 0) + 1
        per_run.append(c)
    rows = [[reason] + [str(c.get(reason, 0)) for c in per_run] for reason in _reason_order(totals)]
    return Table(["reason"] + [r.label for r in runs], rows)


def reasons_by_category_table(run: Run) -> Table:
    cats = sorted({rec["query_category"] or NO_VALUE for rec in run.records})
    grid: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for rec in run.records:
        cat = rec["query_category"] or NO_VALUE
        grid.setdefault(rec["reason"], {}).setdefault(cat, 0)
        grid[rec["reason"]][cat] += 1
        totals[rec["reason"]] = totals.get(rec["reason"], 0) + 1
    rows = [[reason, str(totals[reason])] + [str(grid[reason].get(c, 0)) for c in cats]
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

@dataclass
class PairedRow:
    """One scope (overall or a category) of a paired comparison of runs A and B."""

    scope: str
    n: int
    k_a: int
    k_b: int
    b: int  # A right, B wrong
    c: int  # A wrong, B right
    p: float

    @property
    def diff_points(self) -> Fraction:
        """B minus A, in percentage points (exact)."""
        return Fraction(100 * (self.k_b - self.k_a), self.n)

    def significant(self, alpha: float) -> bool:
        return self.p < alpha


def check_same_questions(a: Run, b: Run) -> None:
    """Refuse to pair runs that did not score the same questions on the same fixtures."""
    for key in ("questions_hash", "fixtures_hash"):
        va, vb = a.summary.get(key), b.summary.get(key)
        if not va or not vb:
            missing = a if not va else b
            raise UsageError(f"{missing.folder / 'summary.json'}: no {key}; cannot check that the runs are comparable")
        if va != vb:
            raise UsageError(f"runs are not comparable: {key} differs ({a.label}: {str(va)[:12]}…, "
                             f"{b.label}: {str(vb)[:12]}…)")
    ia, ib = set(a.by_id()), set(b.by_id())
    if ia != ib:
        only_a, only_b = sorted(ia - ib), sorted(ib - ia)
        parts = [f"{len(only_a)} only in {a.label}" + (f" (e.g. {only_a[0]})" if only_a else ""),
                 f"{len(only_b)} only in {b.label}" + (f" (e.g. {only_b[0]})" if only_b else "")]
        raise UsageError(f"runs are not comparable: question ids differ: {'; '.join(parts)}")


def paired_comparison(a: Run, b: Run, field_name: str = "correct") -> list[PairedRow]:
    """Overall row first, then one row per query_category (sorted), then -- when the questions
    span several splits -- one row per split ("split hard") and per split and category
    ("split hard / ratio"). Questions paired by id."""
    check_same_questions(a, b)
    rb = b.by_id()
    cells: dict[str, list[int]] = {}
    several = len({r.get("split") or "classic" for r in a.records}) > 1
    for rec_a in a.records:
        rec_b = rb[rec_a["question_id"]]
        cat = rec_a["query_category"] or NO_VALUE
        sp = rec_a.get("split") or "classic"
        scopes = ("overall", cat) + ((f"split {sp}", f"split {sp} / {cat}") if several else ())
        for scope in scopes:
            x = cells.setdefault(scope, [0, 0, 0, 0, 0])  # n, k_a, k_b, b, c
            ya, yb = rec_a[field_name], rec_b[field_name]
            x[0] += 1
            x[1] += ya
            x[2] += yb
            x[3] += ya and not yb
            x[4] += yb and not ya
    order = ["overall"] + sorted(s for s in cells if s != "overall" and not s.startswith("split ")) \
        + sorted(s for s in cells if s.startswith("split "))
    return [PairedRow(s, *cells[s], p=mcnemar_exact(cells[s][3], cells[s][4])) for s in order]


def comparison_section(a: Run, b: Run, alpha: float) -> Section:
    rows = paired_comparison(a, b)
    ov = rows[0]
    table = Table(
        ["scope", "n", a.label, b.label, f"{b.label} − {a.label} (points)", "b: A right, B wrong",
         "c: A wrong, B right", "McNemar p", f"significant at {alpha:g}"],
        [[r.scope, str(r.n), fmt_pct(r.k_a, r.n), fmt_pct(r.k_b, r.n), fmt_points(r.diff_points),
          str(r.b), str(r.c), fmt_p(r.p), "yes" if r.significant(alpha) else "no"] for r in rows])
    return Section(f"Paired comparison: {a.label} (A) vs {b.label} (B)", [
        f"{ov.n} questions paired by question_id (same questions_hash and fixtures_hash). "
        f"b counts questions A got right and B got wrong, c the reverse; questions both got right or "
        f"both got wrong say nothing about which model is better. McNemar's exact test: "
        f"p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2); significant when p < alpha = {alpha:g}.",
        table,
        *comparison_words(a.label, b.label, rows, alpha),
    ])


def comparison_words(label_a: str, label_b: str, rows: list[PairedRow], alpha: float) -> list[str]:
    """Plain-language reading of a comparison: the overall verdict, then significant categories."""
    def sentence(r: PairedRow, where: str) -> str:
        d = r.diff_points
        if d == 0:
            head = f"{where}, {label_a} and {label_b} have the same accuracy ({r.k_a}/{r.n})"
        else:
            better, worse = (label_b, label_a) if d > 0 else (label_a, label_b)
            head = (f"{where}, {better} is {fmt_tenths(abs(d))} points better than {worse} "
                    f"({fmt_pct(r.k_a, r.n)} vs {fmt_pct(r.k_b, r.n)})")
        stats = f"b={r.b}, c={r.c}, McNemar p={fmt_p(r.p)}"
        if r.significant(alpha):
            return f"{head}; {stats}: significant at alpha={alpha:g}."
        return (f"{head}; {stats}: not significant at alpha={alpha:g} (a difference of this size "
                f"is plausible by chance on these questions).")

    out = [sentence(rows[0], "Overall")]
    cats = rows[1:]
    sig = [r for r in cats if r.significant(alpha)]
    if sig:
        out.append("Significant per-category differences: " + "; ".join(
            f"{r.scope} ({label_b if r.diff_points > 0 else label_a} better by {fmt_tenths(abs(r.diff_points))} "
            f"points, b={r.b}, c={r.c}, p={fmt_p(r.p)})" for r in sig) + ".")
    elif cats:
        out.append(f"No per-category difference is significant at alpha={alpha:g}.")
    if len(cats) > 1:
        out.append(f"Per-category tests are not corrected for multiple comparisons: each of the {len(cats)} "
                   f"tests has a {alpha:.0%} chance of a false alarm, so about {alpha * len(cats):.2g} "
                   f"significant categories are expected by chance alone between equally good models.")
    return out


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
