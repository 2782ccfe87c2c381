"""``run_eval.py cleanup``: flags and wiring; what is dropped is decided in eval/db/cleanup.py."""
from __future__ import annotations

import argparse
import os

from eval import redact
from eval.cli.parser import CLIParser
from eval.db import cleanup as cleanup_mod
from eval.db.pgserver import EmbeddedServer, ExternalServer


def _parser() -> argparse.ArgumentParser:
    p = CLIParser(prog="run_eval.py cleanup", description=cleanup_mod.__doc__.splitlines()[0])
    p.add_argument("--dsn", default=os.environ.get("EVAL_PG_DSN"), metavar="URL",
                   help="the server to clean (postgresql://user:pw@host:port/db); env EVAL_PG_DSN")
    p.add_argument("--pg-data", default=os.environ.get("EVAL_PG_DATA"), metavar="DIR",
                   help="data folder of the embedded server (default: the per-user cache folder)")
    p.add_argument("--dry-run", action="store_true", help="only list what would be dropped")
    return p


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.dsn:  # a URL or libpq's keyword form; messages never show its password (eval/cli/main.py)
        server = ExternalServer(redact.url_dsn(args.dsn), ensure_reader=False)
    else:
        from pathlib import Path  # noqa: PLC0415

        server = EmbeddedServer(Path(args.pg_data) if args.pg_data else None)
    try:
        dropped = cleanup_mod.cleanup(server, dry_run=args.dry_run)
    finally:
        server.stop()
    print(f"{'would drop' if args.dry_run else 'dropped'} {len(dropped)} object(s)")
    return 0

