"""``run_eval.py prompts``: flags and wiring; rendering and writing are eval/run/prompt_export.py."""
from __future__ import annotations

from eval.cli.parser import CLIParser, add_compat_arg, add_data_args, add_db_args
from eval.run import prompt_export


def _parser() -> CLIParser:
    p = CLIParser(prog="run_eval.py prompts", description="Write every rendered prompt (no model, no scoring).")
    add_data_args(p)
    g = p.add_argument_group("prompts")
    g.add_argument("--prompt-template", metavar="NAME_OR_FILE",
                   help="template: a name under prompts/ or a file (default chat)")
    add_compat_arg(g)
    g.add_argument("--shuffle-schema", type=int, metavar="SEED", help="shuffle table order with this seed")
    g.add_argument("--output", "-o", metavar="FILE", help="JSONL file to write ('-' for stdout)")
    g.add_argument("--by-db", metavar="DIR", help="also (or instead) write DIR/<db>.md: shared part once, then each question")
    add_db_args(p)
    return p


def main(argv: list[str]) -> int:
    return prompt_export.export(_parser().parse_args(argv))
