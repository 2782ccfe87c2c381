"""Building a generated fixture instance (eval/db/fixtures.py decides what to build).

- :func:`ensure_schema_template`: the fixture's DDL files, the reader's grants and the revoked
  built-ins, once per fixture version, in a sealed template database ``<prefix>_ddl`` (read-only:
  connections are not allowed);
- :func:`build_generated`: an instance is a clone of that template, its rows COPYed in
  (eval/db/fixture_data.py: cached or generated), then ANALYZE and its checksums
  (eval/db/fixture_seal.finish_clone), published under its name only when complete.  A damaged
  instance is rebuilt the same way (its data cache is the restore path) and must come back with
  the checksums recorded at its first load.

- :func:`run_ddl`: a ``schema.sql`` without psql meta-commands or ``COPY … FROM stdin`` is sent as one
  simple query (one round trip, one transaction) instead of through a psql process; anything else
  still goes through psql (eval/db/fixture_dbs.run_sql_file).
- :func:`copy_tables`: COPY of every table on one connection.  As a superuser, and when the schema has
  no triggers of its own, the rows are loaded with ``session_replication_role = replica`` (foreign-key
  triggers off: no per-row lookup) and every foreign key is then checked for the whole table in one
  query (:func:`fk_violations`: an anti-join per constraint, MATCH SIMPLE semantics), so a generator
  whose rows break a foreign key is still refused, naming the constraint.
"""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Optional

from eval.db.fixture_dbs import connect, run_sql_file, seal_template, staged
from eval.db.fixture_seal import finish_clone, seal_schema
from eval.db.pgserver import Server
from eval.errors import UsageError

_template_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def schema_template_name(instance_db: str) -> str:
    """``t2seval_<db>_<hash10>_<k>`` -> ``t2seval_<db>_<hash10>_ddl``: one per fixture version."""
    return instance_db.rsplit("_", 1)[0] + "_ddl"


def ensure_schema_template(server: Server, name: str, ddl_files: list[Path], existing: set) -> None:
    """Create the sealed schema template ``name`` unless it exists (threads building instances of
    the same fixture wait for one build)."""
    with _locks_guard:
        lock = _template_locks.setdefault(name, threading.Lock())
    with lock:
        if name in existing:
            return
        with staged(server, name, "template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'") as tmp:
            for f in ddl_files:
                run_ddl(server, tmp, f)
            c = connect(server, tmp)
            try:
                with c.cursor() as cur:
                    seal_schema(server, cur)
            finally:
                c.close()
        seal_template(server, name)
        existing.add(name)


def build_generated(server: Server, fx, k: int, final: str, data, ddl_files: list[Path], existing: set,
                    expected: Optional[dict] = None) -> None:
    """Instance ``k`` of generated fixture ``fx`` as database ``final``: a clone of the schema
    template, ``data`` (the tables, or a future of them) COPYed in, ANALYZE, checksums in its
    metadata comment.  ``expected``: the checksums it must have (a restore), else UsageError."""
    template = schema_template_name(final)
    ensure_schema_template(server, template, ddl_files, existing)
    seed = fx.seeds[k]
    meta: dict = {"fixture": fx.name, "path": str(fx.path.resolve()), "hash": fx.content_hash, "instance": k}
    with staged(server, final, f'"{template}"', lambda: json.dumps(meta)) as tmp:
        tables = data.result() if hasattr(data, "result") else data
        copy_tables(server, tmp, fx.path / "generate.py", seed, tables)
        meta["checksums"] = finish_clone(server, tmp)
        if expected is not None and meta["checksums"] != expected:
            raise UsageError(f"cannot restore {final}: its rebuilt data differs from the data first loaded "
                             f"(generator {fx.path / 'generate.py'}, seed {seed}, is not deterministic)")

_PSQL_ONLY = re.compile(r"^\s*\\|\bFROM\s+stdin\b", re.IGNORECASE | re.MULTILINE)


def run_ddl(server: Server, db: str, path: Path) -> None:
    """Run a fixture's DDL file; the error names the file, like run_sql_file's."""
    import psycopg  # noqa: PLC0415

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    if text is None or _PSQL_ONLY.search(text):
        run_sql_file(server, db, path)
        return
    c = connect(server, db)
    try:
        with c.cursor() as cur:
            cur.execute("SET client_min_messages = warning")
            cur.execute(text)
    except psycopg.Error as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise UsageError(f"fixture {path} failed to load: ERROR:  {first} (nothing of it is kept)")
    finally:
        c.close()


def copy_tables(server: Server, db: str, generator: Path, seed: int, tables: list[tuple[str, bytes]]) -> None:
    """COPY each (table, CSV bytes) into ``db`` in one transaction; UsageError naming the table or
    the foreign key on bad rows."""
    c = connect(server, db, autocommit=False)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
                        "NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal), "
                        "NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confmatchtype <> 's')")
            fast = all(cur.fetchone())
            if fast:
                cur.execute("SET LOCAL session_replication_role = replica")
            for table, data in tables:
                try:
                    with cur.copy(f"COPY {table} FROM STDIN WITH (FORMAT csv, NULL '\\N')") as cp:
                        cp.write(data)
                except Exception as e:  # noqa: BLE001 - a generator's rows failing COPY in any way is a usage error naming the table
                    raise UsageError(f"{generator}: seed {seed}: COPY into {table} failed: {str(e).strip().splitlines()[0]}")
            if fast:
                cur.execute("SET LOCAL session_replication_role = origin")
                broken = fk_violations(cur)
                if broken:
                    raise UsageError(f"{generator}: seed {seed}: rows break the foreign key(s) {', '.join(broken[:5])} "
                                     "(a referenced row does not exist)")
        c.commit()
    finally:
        c.close()


def fk_violations(cur) -> list[str]:
    """``table.constraint`` of every foreign key some row breaks, checked in one query: a row whose
    key columns are all non-NULL must have its referenced row (MATCH SIMPLE)."""
    cur.execute("""
        SELECT format('%s.%s', c.conrelid::regclass, c.conname),
               format('SELECT %L WHERE EXISTS (SELECT 1 FROM %s t WHERE %s AND NOT EXISTS (SELECT 1 FROM %s r WHERE %s))',
                      format('%s.%s', c.conrelid::regclass, c.conname), c.conrelid::regclass,
                      string_agg(format('t.%I IS NOT NULL', a.attname), ' AND ' ORDER BY k.i),
                      c.confrelid::regclass,
                      string_agg(format('r.%I = t.%I', ra.attname, a.attname), ' AND ' ORDER BY k.i))
        FROM pg_constraint c
        CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(att, ratt, i)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att
        JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.ratt
        WHERE c.contype = 'f'
        GROUP BY c.oid, c.conrelid, c.confrelid, c.conname
        ORDER BY c.oid""")
    checks = [q for _, q in cur.fetchall()]
    if not checks:
        return []
    cur.execute(" UNION ALL ".join(f"({q})" for q in checks))
    return [r[0] for r in cur.fetchall()]
