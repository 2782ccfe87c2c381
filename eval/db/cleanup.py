"""``python run_eval.py cleanup [--dsn URL | --pg-data DIR]``: remove what the harness created on a
server — every ``t2seval_*`` database (instances, sealed templates, shuffled copies, leftovers of
killed loads) and the ``t2seval_reader`` role — printing each thing it drops."""
from __future__ import annotations


from eval.errors import UsageError
from eval.db.pgserver import DB_PREFIX
from eval.db.reader_role import READER_ROLE


def cleanup(server, *, dry_run: bool = False, out=print) -> list[str]:
    """Drop every harness database and the reader role; returns the names dropped (or to drop)."""
    import psycopg  # noqa: PLC0415

    from eval.db import pgconn  # noqa: PLC0415

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
