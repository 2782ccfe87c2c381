"""``run_eval.py validate``: flags and wiring; the checks are eval/run/validate.py."""
from __future__ import annotations

import argparse

from eval.cli.parser import CLIParser, add_db_args
from eval.run import validate


def _parser() -> argparse.ArgumentParser:
    p = CLIParser(prog="run_eval.py validate", description="Check a benchmark's questions and fixtures.")
    p.add_argument("--schemas", metavar="DIR")
    p.add_argument("--questions", metavar="FILE_OR_DIR")
    p.add_argument("--benchmark-rules", action="store_true", help="apply the bundled benchmark's size/balance rules (per split)")
    p.add_argument("--split", action="append", metavar="S", help="only questions of this split (repeatable; default all)")
    p.add_argument("--no-shuffle", action="store_true", help="skip the shuffled-physical-order check")
    add_db_args(p)
    return p


def main(argv: list[str]) -> int:
    return validate.check(_parser().parse_args(argv))
