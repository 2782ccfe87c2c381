"""The role every gold and predicted query runs as (``t2seval_reader``): created or repaired on
every server start, embedded or ``--dsn`` -- NOSUPERUSER, no inheritance, SELECT-only grants (given
per database by eval/db/fixtures.py), its own defaults reset and pinned (docs/SECURITY.md).
"""
from __future__ import annotations

from typing import Optional

from eval.db import pgconn
from eval.errors import UsageError

READER_ROLE = "t2seval_reader"


def ensure_reader_role(server, password: Optional[str]) -> None:
    """The role every gold and predicted query runs as: NOSUPERUSER, SELECT-only grants (per db).

    ``server``: an eval.db.pgserver.Server (its admin connection, maintenance database and
    ``warnings``, where what a non-superuser cannot set is said)."""
    import psycopg  # noqa: PLC0415

    try:
        c = pgconn.connect(server.admin.for_db(server.maintenance_db))
    except psycopg.Error as e:
        raise UsageError(f"cannot connect to PostgreSQL as admin: {e}")
    c.autocommit = True
    try:
        with c.cursor() as cur:
            cur.execute("SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolreplication, "
                        "rolbypassrls, rolconnlimit FROM pg_roles WHERE rolname = %s", (READER_ROLE,))
            row = cur.fetchone()
            want = {"LOGIN": True, "SUPERUSER": False, "CREATEDB": False, "CREATEROLE": False, "INHERIT": False,
                    "REPLICATION": False, "BYPASSRLS": False}
            try:
                if row is None:
                    attrs = " ".join(k if v else f"NO{k}" for k, v in want.items())
                    cur.execute(f"CREATE ROLE {READER_ROLE} {attrs} CONNECTION LIMIT 64")
                else:
                    # only what differs: a non-superuser (--dsn with CREATEROLE) may not even restate
                    # SUPERUSER / REPLICATION / BYPASSRLS, so a second run must not try
                    fix = [k if v else f"NO{k}" for (k, v), have in zip(want.items(), row[:7]) if bool(have) != v]
                    if row[7] != 64:
                        fix.append("CONNECTION LIMIT 64")
                    if fix:
                        cur.execute(f"ALTER ROLE {READER_ROLE} {' '.join(fix)}")
            except psycopg.errors.UniqueViolation:
                pass  # created concurrently by another run
            if password is not None:
                cur.execute(f"ALTER ROLE {READER_ROLE} PASSWORD %s", (password,))
            # Whatever an earlier session left in the role's own defaults (ALTER ROLE CURRENT_USER
            # SET … persists for every later session of the role) is dropped, in every database.
            cur.execute(f"ALTER ROLE {READER_ROLE} RESET ALL")
            cur.execute("SELECT d.datname FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
                        "WHERE s.setrole = (SELECT oid FROM pg_roles WHERE rolname = %s)", (READER_ROLE,))
            for (dbname,) in cur.fetchall():
                try:
                    cur.execute(f'ALTER ROLE {READER_ROLE} IN DATABASE "{dbname}" RESET ALL')
                except psycopg.Error:
                    pass  # reported by reader_settings() below
            cur.execute(f"ALTER ROLE {READER_ROLE} SET TimeZone = 'UTC'")
            cur.execute(f"ALTER ROLE {READER_ROLE} SET default_transaction_read_only = on")
            cur.execute(f"ALTER ROLE {READER_ROLE} SET idle_in_transaction_session_timeout = '60s'")
            try:  # superuser-only settings: the reader cannot raise them
                cur.execute(f"ALTER ROLE {READER_ROLE} SET temp_file_limit = '1GB'")
            except psycopg.Error:
                server.warnings.append("temp_file_limit cannot be set for the reader role by a non-superuser: temporary "
                                       "files of one query are bounded only by the server's own temp_file_limit "
                                       f"(a DBA can run once: ALTER ROLE {READER_ROLE} SET temp_file_limit = '1GB')")
    except psycopg.errors.InsufficientPrivilege as e:
        raise UsageError(f"the --dsn user may not create/alter the role {READER_ROLE} (needs CREATEROLE and CREATEDB): {e}")
    finally:
        c.close()
