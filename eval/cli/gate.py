"""``run_eval.py gate``: flags and wiring; the rules are eval/report/gate.py."""
from __future__ import annotations

import argparse
from fractions import Fraction

from eval.cli.parser import CLIParser
from eval.errors import UsageError
from eval.run.sampling_run import check_metric
from eval.cli.report import alpha_arg
from eval.report.gate import run_gate
from eval.report.runs import load_run


def _max_drop(text: str) -> Fraction:
    try:
        v = Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"--max-drop must be a number of points, got {text!r}")
    if v < 0:
        raise argparse.ArgumentTypeError(f"--max-drop must be >= 0, got {text}")
    return v


def _metric(text: str) -> str:
    try:
        return check_metric(text.strip())
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e).removeprefix("--metric ")) from None


def build_parser() -> CLIParser:
    p = CLIParser(prog="run_eval.py gate",
                  description="Exit 1 when the candidate run is worse than the baseline (0 = not worse, 2 = bad input).")
    p.add_argument("--baseline", required=True, metavar="RUN_OR_SUMMARY",
                   help="baseline run folder, or its summary.json with results.jsonl/results.csv beside it")
    p.add_argument("--candidate", required=True, metavar="RUN", help="candidate run folder (or its summary.json)")
    p.add_argument("--alpha", type=alpha_arg, default=0.05, help="McNemar significance level (default 0.05)")
    p.add_argument("--max-drop", type=_max_drop, default=None, metavar="POINTS",
                   help="also fail on any drop larger than POINTS percentage points (default: off)")
    p.add_argument("--metric", type=_metric, default="correct", metavar="M",
                   help="what the significance and --max-drop rules compare: correct (default), pass@k, mean@k, maj@k "
                        "or greedy (--samples runs; docs/REPORTS.md)")
    p.add_argument("--exact", action="store_true",
                   help="fail on any changed per-question verdict (correct or reason) and list the changes")
    return p


def main(argv: list[str]) -> int:
    """``run_eval.py gate --baseline RUN_OR_SUMMARY --candidate RUN [--alpha A] [--max-drop P] [--metric M] [--exact]``.

    Returns 0 (not worse) or 1 (regression); bad input raises UsageError (exit 2).
    """
    args = build_parser().parse_args(argv)
    base = load_run(args.baseline)
    cand = load_run(args.candidate)
    if base.label == cand.label:
        base.label, cand.label = f"{base.label} (baseline)", f"{cand.label} (candidate)"
    return run_gate(base, cand, args.alpha, args.max_drop, args.exact, metric=args.metric)

