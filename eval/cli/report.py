"""``run_eval.py report``: flags and wiring; the tables themselves are eval/report/tables.py."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.cli.parser import CLIParser
from eval.errors import UsageError
from eval.report.runs import _matches, _no_surrogates, apply_names, load_run, make_labels_unique, Run
from eval.report.tables import Section, build_sections, plot_series, render_markdown, scoring_disagreement_tables
from eval.report.compare import comparison_section
from eval.report.usage import usage_section
from eval.report.metric_columns import metrics_section, parse_metrics


def alpha_arg(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--alpha must be a number, got {text!r}")
    if not 0.0 < v < 1.0:
        raise argparse.ArgumentTypeError(f"--alpha must be between 0 and 1, got {text}")
    return v


def build_parser() -> CLIParser:
    p = CLIParser(prog="run_eval.py report",
                  description="Model-card tables, paired comparison, plot and HTML from run folders.")
    p.add_argument("runs", nargs="*", metavar="RUN_DIR", help="run folders (or their summary.json)")
    p.add_argument("--ci", action="store_true", help="add 95%% Wilson intervals to every accuracy")
    p.add_argument("--name", action="append", default=[], metavar="RUN=LABEL",
                   help="column label for a run (RUN = the path given, its folder name or its label); repeatable")
    p.add_argument("--compare", nargs=2, metavar=("A", "B"),
                   help="paired comparison of two runs (label, path or folder name), McNemar exact test")
    p.add_argument("--out", metavar="DIR", help="where report.md/.png/.html go (default: the first run's folder)")
    p.add_argument("--alpha", type=alpha_arg, default=0.05, help="significance level of --compare (default 0.05)")
    p.add_argument("--metrics", metavar="M,M,…",
                   help="add a column per metric to the model-card tables, with intervals: pass@k, mean@k, maj@k, "
                        "greedy (--samples runs), soft_f1, table_recall, column_recall, ves … (--partial-credit "
                        "runs), correct (docs/REPORTS.md)")
    p.add_argument("--compare-scoring", action="store_true",
                   help="list every question where our verdict and sql-eval's 2023 verdict (correct_sqleval) differ")
    return p


def _resolve(runs: list[Run], token: str, names: list[str], used: set[str]) -> Run:
    hits = [r for r in runs if _matches(r, token)]
    if len(hits) > 1:
        raise UsageError(f"--compare: {token!r} matches several runs ({', '.join(r.arg for r in hits)}); give the path")
    if hits:
        return hits[0]
    if Path(token).exists():
        run = load_run(token)
        runs.append(run)
        used |= apply_names([run], names)
        return run
    raise UsageError(f"--compare: {token!r} is neither one of the runs given nor a run folder")


def main(argv: list[str]) -> int:
    """``run_eval.py report RUN_DIR [RUN_DIR …] [--ci] [--name RUN=LABEL]… [--compare A B] [--metrics M,…] [--compare-scoring] [--out DIR] [--alpha A]``.

    Writes report.md (also printed), report.png and report.html into --out.
    Returns 0; bad input raises UsageError (exit 2).
    """
    args = build_parser().parse_args(argv)
    metrics = parse_metrics(args.metrics) if args.metrics is not None else None
    runs = [load_run(a) for a in args.runs]
    used = apply_names(runs, args.name)
    pair = None
    if args.compare:
        a = _resolve(runs, args.compare[0], args.name, used)
        b = _resolve(runs, args.compare[1], args.name, used)
        if a is b:
            raise UsageError("--compare: A and B are the same run")
        pair = (a, b)
    if not runs:
        raise UsageError("run_eval.py report: give at least one RUN_DIR")
    unused = [spec for spec in args.name if spec not in used]
    if unused:
        raise UsageError(f"--name {unused[0]}: matches none of the runs given")
    make_labels_unique(runs)

    out = Path(args.out) if args.out else runs[0].folder
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"--out {out}: cannot create ({e.strerror})")

    from eval.report.explore import beside, explore_sections  # noqa: PLC0415

    runs = beside(runs)  # an explore run next to the zero-shot run of its model
    sections = build_sections(runs, ci=args.ci)
    if metrics:
        sections.insert(1, metrics_section(runs, metrics))
    if pair:
        sections.insert(1, comparison_section(pair[0], pair[1], args.alpha))
    if args.compare_scoring:
        tables = scoring_disagreement_tables(runs)
        if not tables:
            raise UsageError("--compare-scoring: none of the runs recorded correct_sqleval (runs before it existed, "
                             "or results CSVs without the column)")
        sections.insert(1, Section("Where our verdict and sql-eval's 2023 verdict differ", [
            *tables, "ours: correct on every instance (docs/SCORING.md); sql-eval 2023: its comparison on instance 0 "
                     "(eval/scoring/sqleval_compat.py). The reason and note say why each side decided as it did."]))
    sections[1:1] = explore_sections(runs, args.alpha)  # exploring vs zero-shot, when a run explores
    sections.insert(len(sections) - 1, usage_section(runs))  # before "Runs"

    from eval.report.html import render_html  # noqa: PLC0415  (matplotlib only when a report is written)
    from eval.report.plot import plot_accuracy  # noqa: PLC0415

    groups, series = plot_series(runs)
    png_path = out / "report.png"
    md = _no_surrogates(render_markdown(runs, sections, plot_file=png_path.name))
    try:
        plot_accuracy(groups, series, png_path)
        (out / "report.md").write_text(md, encoding="utf-8")
        html = _no_surrogates(render_html(runs, sections, png_path.read_bytes()))
        (out / "report.html").write_text(html, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"--out {out}: cannot write ({e.strerror})")
    sys.stdout.write(md)
    print(f"wrote {out / 'report.md'}, {png_path}, {out / 'report.html'}", file=sys.stderr)
    return 0

