#!/usr/bin/env python3
"""Text-to-SQL evaluation harness: entry point.

    python run_eval.py --model gold                      # evaluate (default subcommand)
    python run_eval.py validate [--schemas D --questions F]
    python run_eval.py prompts -o FILE [--prompt-template T] [--split S] [--by-db DIR]
    python run_eval.py report RUN_DIR [RUN_DIR ...]
    python run_eval.py gate --baseline B --candidate C
    python run_eval.py cleanup [--dsn URL]               # drop every t2seval_* database and the reader role

Exit codes: 0 ok, 1 run failure or regression (gate), 2 bad input (one message, no traceback).
"""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from eval.errors import InfrastructureError, UsageError  # noqa: PLC0415

    try:
        if argv and argv[0] == "report":
            from eval import report  # noqa: PLC0415
            return report.main(argv[1:])
        if argv and argv[0] == "gate":
            from eval import gate  # noqa: PLC0415
            return gate.main(argv[1:])
        if argv and argv[0] == "cleanup":
            from eval import cleanup  # noqa: PLC0415
            return cleanup.main(argv[1:])
        if argv and argv[0] == "prompts":
            from eval import prompt_export  # noqa: PLC0415
            return prompt_export.main(argv[1:])
        if argv and argv[0] == "validate":
            from eval import validate  # noqa: PLC0415
            return validate.main(argv[1:])
        return evaluate(argv)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except InfrastructureError as e:  # PostgreSQL failing before the run started (e.g. checking golds)
        print(f"error: {e}; nothing was scored", file=sys.stderr)
        return 1


def evaluate(argv: list[str]) -> int:
    from eval import pipeline, results  # noqa: PLC0415
    from eval.cli import build_parser  # noqa: PLC0415

    args = build_parser().parse_args(argv)
    prepared = pipeline.prepare(args)
    try:
        summary = prepared.runner and pipeline.run(prepared)
    except pipeline.RunFailed as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        prepared.runner.close()
        prepared.executor.close()
        prepared.server.stop()
    if summary.get("generate_only"):
        print(f"wrote {summary['n']} predictions to {summary['predictions']}")
        return 0
    print(results.format_table(summary))
    print(f"\n{summary['n_correct']}/{summary['n_questions']} correct on every instance "
          f"({summary['perc_correct']:.1f}%), {summary['n_correct_single']} on instance 0 "
          f"({summary['perc_correct_single']:.1f}%); results in {prepared.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
