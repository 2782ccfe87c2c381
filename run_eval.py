#!/usr/bin/env python3
"""Text-to-SQL evaluation harness: entry point.

    python run_eval.py --model gold                      # evaluate (default subcommand)
    python run_eval.py validate [--schemas D --questions F]
    python run_eval.py prompts -o FILE [--prompt-template T] [--split S] [--by-db DIR]
    python run_eval.py report RUN_DIR [RUN_DIR ...]
    python run_eval.py gate --baseline B --candidate C
    python run_eval.py cleanup [--dsn URL]               # drop every t2seval_* database and the reader role

Exit codes: 0 ok, 1 run failure or regression (gate), 2 bad input (one message, no traceback),
130 interrupted (Ctrl-C: one line).
"""
from __future__ import annotations

import sys

try:
    from eval.cli.main import main
except KeyboardInterrupt:  # Ctrl-C while the harness is still being imported
    print("interrupted", file=sys.stderr)
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
