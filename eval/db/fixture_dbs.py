"""The fixture databases on the server, as eval/db/fixtures.py builds and keeps them: admin
connections, the ``t2seval_*`` databases that exist, staged creation published by an atomic rename
(:func:`staged`), pristine read-only templates and :func:`clone_from_template`, drops, ``.sql`` files
run through psql, and the metadata each database carries as its comment.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import subprocess
from pathlib import Path
from typing import Optional

from eval.db import pgconn
from eval.db.pgserver import DB_PREFIX, Server
from eval.db.reader_role import READER_ROLE
from eval.errors import UsageError


def connect(server: Server, db: str, autocommit: bool = True):

    return pgconn.connect(server.admin.for_db(db), autocommit=autocommit)


def existing_dbs(server: Server) -> set[str]:
    c = connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (DB_PREFIX.replace("_", r"\_") + "%",))
            return {r[0] for r in cur.fetchall()}
    finally:
        c.close()

@contextlib.contextmanager
def staged(server: Server, final: str, template: str, comment: Optional[str] = None):
    """Yield a new database created from ``template`` under a temporary name; when the block ends
    without error, publish it as ``final`` (rename: atomic, so a half-built database is never
    visible under a real name); on any error, drop it.  ``comment`` (a callable returning text)
    becomes the database's COMMENT."""
    import psycopg  # noqa: PLC0415

    tmp = f"{DB_PREFIX}tmp_{secrets.token_hex(6)}"
    admin = connect(server, server.maintenance_db)
    try:
        with admin.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{tmp}" TEMPLATE {template}')
        try:
            yield tmp
            with admin.cursor() as cur:
                if comment is not None:
                    cur.execute(f'COMMENT ON DATABASE "{tmp}" IS %s', (comment(),))
                try:
                    cur.execute(f'ALTER DATABASE "{tmp}" RENAME TO "{final}"')
                except psycopg.errors.DuplicateDatabase:  # a concurrent run finished first
                    cur.execute(f'DROP DATABASE "{tmp}"')
        except BaseException:
            with admin.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{tmp}" WITH (FORCE)')
            raise
    finally:
        admin.close()

def template_name(db: str) -> str:
    return f"{db}_t"


def seal_template(server: Server, template: str) -> None:
    c = connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{template}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
    finally:
        c.close()


def clone_from_template(server: Server, db: str) -> None:
    """(Re)create instance database ``db`` from its pristine template: a clone, with the template's
    metadata comment and the reader's CONNECT grant (database-level grants are not cloned)."""
    import psycopg  # noqa: PLC0415

    template = template_name(db)
    c = connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", (template,))
            comment = (cur.fetchone() or [None])[0]
    finally:
        c.close()
    try:
        with staged(server, db, f'"{template}"', (lambda: comment) if comment else None) as tmp:
            c = connect(server, tmp)
            try:
                with c.cursor() as cur:
                    cur.execute(f'REVOKE ALL ON DATABASE "{tmp}" FROM PUBLIC')
                    cur.execute(f'GRANT CONNECT ON DATABASE "{tmp}" TO {READER_ROLE}')
            finally:
                c.close()
            drop_database(server, db)  # a damaged copy, if any: replaced by the rename below
    except psycopg.errors.ObjectInUse:
        raise UsageError(f"cannot restore {db}: its template is in use by another session")


def drop_database(server: Server, db: str) -> None:
    c = connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datistemplate FROM pg_database WHERE datname = %s", (db,))
            row = cur.fetchone()
            if row is None:
                return
            if row[0]:
                cur.execute(f'ALTER DATABASE "{db}" WITH IS_TEMPLATE false ALLOW_CONNECTIONS true')
            cur.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    finally:
        c.close()

def run_sql_file(server: Server, db: str, path: Path) -> None:
    env = dict(os.environ)
    p = server.admin.for_db(db)
    env.update({"PGHOST": str(p["host"]), "PGPORT": str(p["port"]), "PGDATABASE": db,
                "PGUSER": str(p.get("user", "")), "PGCONNECT_TIMEOUT": "10", "PGCLIENTENCODING": "UTF8",
                "PGOPTIONS": "-c client_min_messages=warning"})
    if p.get("password"):
        env["PGPASSWORD"] = str(p["password"])
    r = subprocess.run([server.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(path)],
                       env=env, capture_output=True, text=True, errors="replace")
    if r.returncode != 0:
        msg = (r.stderr.strip() or r.stdout.strip()).splitlines()
        first = next((m for m in msg if "ERROR" in m), msg[0] if msg else f"psql exit {r.returncode}")
        raise UsageError(f"fixture {path} failed to load: {first.strip()} (nothing of it is kept)")

def read_meta(server: Server, dbs: list[str]) -> dict[str, dict]:
    """The metadata (fixture, hash, checksums) stored as each instance database's comment."""
    if not dbs:
        return {}
    c = connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ANY(%s)", (dbs,))
            out = {}
            for name, comment in cur.fetchall():
                try:
                    out[name] = json.loads(comment) if comment else {}
                except ValueError:
                    out[name] = {}
            return out
    finally:
        c.close()
