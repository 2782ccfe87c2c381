"""``python run_eval.py cleanup [--dsn URL | --pg-data DIR]``: remove what the harness created on a
server — every ``t2seval_*`` database (instances, sealed templates, shuffled copies, leftovers of
killed loads) and the ``t2seval_reader`` role — printing each thing it drops."""
from __future__ import annotations

import argparse
import os

from eval.errors import UsageError
from eval.cli import CLIParser
from eval.pgserver import DB_PREFIX, READER_ROLE, EmbeddedServer, ExternalServer


def _parser() -> argparse.ArgumentParser:
    p = CLIParser(prog="run_eval.py cleanup", description=__doc__.splitlines()[0])
    p.add_argument("--dsn", default=os.environ.get("EVAL_PG_DSN"), metavar="URL",
                   help="the server to clean (postgresql://user:pw@host:port/db); env EVAL_PG_DSN")
    p.add_argument("--pg-data", default=os.environ.get("EVAL_PG_DATA"), metavar="DIR",
                   help="data folder of the embedded server (default: the per-user cache folder)")
    p.add_argument("--dry-run", action="store_true", help="only list what would be dropped")
    return p


def cleanup(server, *, dry_run: bool = False, out=print) -> list[str]:
    """Drop every harness database and the reader role; returns the names dropped (or to drop)."""
    import psycopg  # noqa: PLC0415

    from eval import pgconn  # noqa: PLC0415

    dropped, failed = [], []
    c = pgconn.connect(server.admin.for_db(server.maintenance_db))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname, datistemplate FROM pg_database WHERE datname LIKE %s ORDER BY datname",
                        (DB_PREFIX.replace("_", r"\_") + "%",))
            for name, is_template in cur.fetchall():
                if dry_run:
                    dropped.append(name)
                    out(f"would drop database {name}")
                    continue
                try:
                    if is_template:
                        cur.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false ALLOW_CONNECTIONS true')
                    cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    dropped.append(name)
                    out(f"dropped database {name}")
                except psycopg.Error as e:
                    failed.append(f"database {name}: {str(e).strip().splitlines()[0]}")
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (READER_ROLE,))
            if cur.fetchone():
                if dry_run:
                    out(f"would drop role {READER_ROLE}")
                else:
                    try:
                        cur.execute(f"DROP ROLE {READER_ROLE}")
                        dropped.append(READER_ROLE)
                        out(f"dropped role {READER_ROLE}")
                    except psycopg.Error as e:
                        failed.append(f"role {READER_ROLE}: {str(e).strip().splitlines()[0]}")
    finally:
        c.close()
    if failed:
        raise UsageError("cleanup could not drop: " + "; ".join(failed))
    return dropped


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.dsn:
        server = ExternalServer(args.dsn, ensure_reader=False)
    else:
        from pathlib import Path  # noqa: PLC0415

        server = EmbeddedServer(Path(args.pg_data) if args.pg_data else None)
    try:
        dropped = cleanup(server, dry_run=args.dry_run)
    finally:
        server.stop()
    print(f"{'would drop' if args.dry_run else 'dropped'} {len(dropped)} object(s)")
    return 0
