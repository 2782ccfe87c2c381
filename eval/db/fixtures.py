"""Fixture databases: discover schema folders, load each (instance) once, reuse until the files change.

A folder under ``--schemas`` is one database (see docs/FORMATS.md):
- *sql* kind (sql-eval / defog-data layout): its ``*.sql`` files run in lexical order through psql
  (so ``COPY … FROM stdin`` blocks and meta-commands of dumps work), one instance;
- *generated* kind: ``schema.sql`` (DDL + COMMENT ON) then rows from ``generate.py``'s
  ``generate(seed)`` loaded with COPY, one database per seed in ``SEEDS`` (instance 0 = canonical).

Each instance database is named ``t2seval_<db>_<hash10>_<k>`` where the hash covers every file of
the folder. It is built under a temporary name and renamed only when complete, so a failed or
killed load never leaves a database that a later run would reuse; a changed folder gets a new hash
and is rebuilt.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import decimal
import hashlib
import importlib.util
import io
import json
import os
import re
import secrets
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from sqlglot.dialects.postgres import Postgres
from sqlglot.tokens import TokenType

from eval.db import pgconn
from eval.errors import UsageError
from eval.sqltext.rewrite import VOLATILE_NAMES
from eval.db.pgserver import DB_PREFIX, Server
from eval.db.reader_role import READER_ROLE
from eval.types import ColumnDoc, SchemaDoc, TableDoc

LOADER_VERSION = "7"  # bump to force a reload of every fixture after a loader change
DEFAULT_SEEDS = [0]


@dataclass
class Fixture:
    name: str
    path: Path
    kind: str  # "sql" | "generated"
    files: list[Path]
    content_hash: str  # the files' hash (_folder_hash): identifies the dataset in summary.json
    n_instances: int = 1
    seeds: list[int] = field(default_factory=list)  # generated kind: SEEDS of generate.py, one per instance
    instance_dbs: list[str] = field(default_factory=list)
    checksums: dict[str, dict[str, str]] = field(default_factory=dict)  # instance db -> table -> checksum
    clock_dependent: bool = False  # sql kind: the load SQL calls now()/CURRENT_DATE …: rebuilt every UTC day


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9_]", "_", name.lower())
    return s[:30]


def _folder_hash(folder: Path) -> tuple[str, list[Path]]:
    """sha256 over the folder's files (names and bytes): what the fixture *is*."""
    h = hashlib.sha256()
    files = []
    for p in sorted(folder.rglob("*")):
        if p.is_dir() or "__pycache__" in p.parts or p.suffix in (".pyc", ".md") or p.name.startswith("."):
            continue  # documentation (README.md cards) does not change what is loaded
        files.append(p)
        h.update(str(p.relative_to(folder)).encode() + b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest(), files


def discover(schemas_dir: Path, needed: Optional[set] = None) -> dict[str, Fixture]:
    """Every subfolder is a fixture; raises UsageError on an unusable folder among ``needed``
    (all folders when None).  An unusable folder that no question uses is skipped."""
    schemas_dir = Path(schemas_dir)
    if not schemas_dir.is_dir():
        raise UsageError(f"--schemas {schemas_dir}: not a folder")
    out: dict[str, Fixture] = {}
    for sub in sorted(schemas_dir.iterdir()):
        if not sub.is_dir() or sub.name.startswith((".", "_")):
            continue
        sql_files = sorted(sub.glob("*.sql"))
        if needed is not None and sub.name not in needed:
            continue
        if not sql_files:
            raise UsageError(f"schema folder {sub} has no .sql file (each database folder needs its DDL/data as *.sql)")
        digest, files = _folder_hash(sub)
        gen = sub / "generate.py"
        kind = "generated" if gen.exists() else "sql"
        seeds = list(_load_generator(gen).SEEDS) if kind == "generated" else []
        out[sub.name] = Fixture(sub.name, sub, kind, files, digest, max(1, len(seeds)), seeds,
                                clock_dependent=kind == "sql" and any(_uses_clock(f) for f in sql_files))
    if not out and needed is None:
        raise UsageError(f"--schemas {schemas_dir}: no database folders in it")
    return out  # with ``needed``, a missing folder is reported by dataset.check_databases, naming the row


def fixtures_hash(fixtures: list[Fixture]) -> str:
    h = hashlib.sha256()
    for f in sorted(fixtures, key=lambda f: f.name):
        h.update(f"{f.name}:{f.content_hash}\n".encode())
    return h.hexdigest()


def _load_generator(path: Path):
    spec = importlib.util.spec_from_file_location(f"t2seval_gen_{path.parent.name}", path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except Exception as e:  # noqa: BLE001 - any failure of user code importing the generator is a usage error naming it
        raise UsageError(f"{path}: cannot import the generator: {type(e).__name__}: {e}")
    if not callable(getattr(mod, "generate", None)):
        raise UsageError(f"{path}: defines no generate(seed) function")
    if not hasattr(mod, "SEEDS"):
        mod.SEEDS = list(DEFAULT_SEEDS)
    return mod


# The byte scan looks for exactly the shapes the token check below accepts (a bare CURRENT_* keyword,
# a volatile function name followed by "(", a quoted now/today/tomorrow/yesterday), so the costly
# tokenizing only runs on files that may really read the clock -- not on every dump whose data
# mentions "now" or "today" in its text.
_CLOCK_SHAPES = (  # searched in the lower-cased bytes, one simple pattern each (one alternation is ~3x slower)
    re.compile(rb"\bcurrent_(?:date|time|timestamp)\b"),
    re.compile(rb"\b(?:" + b"|".join(re.escape(n.encode()) for n in sorted(VOLATILE_NAMES)) + rb")\s*\("),
    re.compile(rb"'\s*(?:now|today|tomorrow|yesterday)\s*'"),
)
_CLOCK_TOKENS = {TokenType.CURRENT_DATE, TokenType.CURRENT_TIME, TokenType.CURRENT_TIMESTAMP}


def _uses_clock(path: Path) -> bool:
    """Whether a fixture's load SQL calls the clock or randomness (``INSERT … VALUES (CURRENT_DATE - 3)``,
    ``now()``, ``'today'::date``): read with sqlglot's tokenizer after a cheap byte scan."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    low = data.lower()
    if not any(p.search(low) for p in _CLOCK_SHAPES):
        return False
    try:
        tokens = Postgres().tokenize(data.decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a text sqlglot cannot tokenize: assume it may use the clock
        return True
    for i, t in enumerate(tokens):
        if t.token_type in _CLOCK_TOKENS:
            return True
        nxt = tokens[i + 1].token_type if i + 1 < len(tokens) else None
        word = t.text.lower()
        if t.token_type == TokenType.STRING and word.strip() in ("now", "today", "tomorrow", "yesterday") \
                and (nxt == TokenType.DCOLON or (i and tokens[i - 1].token_type in (TokenType.DATE, TokenType.TIMESTAMP,
                                                                                    TokenType.TIMESTAMPTZ))):
            return True
        if t.token_type != TokenType.STRING and nxt == TokenType.L_PAREN and word in VOLATILE_NAMES:
            return True
    return False


def _today_utc() -> str:
    return _dt.datetime.now(_dt.timezone.utc).date().isoformat()


def instance_db_name(fx: Fixture, k: int) -> str:
    # the loader's version is part of the name, so a loader change rebuilds every database; a fixture
    # whose load SQL reads the clock is rebuilt every UTC day (its rows depend on the day it loads)
    day = f"\nday:{_today_utc()}" if fx.clock_dependent else ""
    key = hashlib.sha256(f"loader:{LOADER_VERSION}\n{fx.content_hash}{day}".encode()).hexdigest()
    return f"{DB_PREFIX}{_slug(fx.name)}_{key[:10]}_{k}"


# ---------------------------------------------------------------------------------------------
def _connect(server: Server, db: str, autocommit: bool = True):

    return pgconn.connect(server.admin.for_db(db), autocommit=autocommit)


def _existing_dbs(server: Server) -> set[str]:
    c = _connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (DB_PREFIX.replace("_", r"\_") + "%",))
            return {r[0] for r in cur.fetchall()}
    finally:
        c.close()


def ensure_loaded(server: Server, fx: Fixture, log: Callable[[str], None] = lambda m: None) -> list[str]:
    """Make sure every instance of ``fx`` exists; return the instance database names."""
    ensure_all(server, [fx], log)
    return fx.instance_dbs


def ensure_all(server: Server, fxs: list[Fixture], log: Callable[[str], None] = lambda m: None,
               workers: Optional[int] = None) -> None:
    """Make sure every instance of every fixture exists (a second run reuses them: one catalog query).

    Missing instances are built in parallel: generators run in worker processes (pure Python, so
    threads would serialise on the GIL) while other instances' DDL, COPY and ANALYZE run on the
    server.  The first error is raised after the other builds have finished and cleaned up."""
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor  # noqa: PLC0415
    import contextlib  # noqa: PLC0415
    import multiprocessing  # noqa: PLC0415

    existing = _existing_dbs(server)
    if server.embedded:
        # An embedded data dir belongs to one harness at a time (slot lock): a temporary database
        # found here is the leftover of a build killed mid-way, never reused; drop it.
        for d in sorted(x for x in existing if x.startswith(f"{DB_PREFIX}tmp_")):
            _drop_database(server, d)
            existing.discard(d)
    jobs = []
    for fx in fxs:
        fx.instance_dbs = [instance_db_name(fx, k) for k in range(fx.n_instances)]
        jobs += [(fx, k, n) for k, n in enumerate(fx.instance_dbs) if n not in existing]
    if jobs:
        names = sorted({fx.name for fx, _, _ in jobs})
        log(f"loading {len(jobs)} fixture database(s) of {', '.join(names)} ...")
        workers = max(1, workers or os.cpu_count() or 1)
        use_procs = workers > 1 and any(fx.kind == "generated" for fx, _, _ in jobs)
        procs = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) if use_procs \
            else contextlib.nullcontext()
        with procs as pool, ThreadPoolExecutor(max_workers=workers) as threads:
            futures = [threads.submit(_build_instance, server, fx, k, name, pool, existing) for fx, k, name in jobs]
            errors = [f.exception() for f in futures]
        first = next((e for e in errors if e is not None), None)
        if first is not None:
            raise first
        for fx in {fx.name: fx for fx, _, _ in jobs}.values():
            _drop_stale(server, fx, existing, set(fx.instance_dbs))
    meta = _read_meta(server, [n for fx in fxs for n in fx.instance_dbs])
    for fx in fxs:
        fx.checksums = {n: meta.get(n, {}).get("checksums", {}) for n in fx.instance_dbs}


def _drop_stale(server: Server, fx: Fixture, existing: set[str], keep: set[str]) -> None:
    """Drop older versions of this fixture: same folder, other content (best effort: skipped while
    in use).  Databases loaded from another folder that has the same name are left alone."""
    import psycopg  # noqa: PLC0415

    prefix = f"{DB_PREFIX}{_slug(fx.name)}_"
    candidates = [d for d in existing if d.startswith(prefix) and d not in keep
                  and re.fullmatch(re.escape(prefix) + r"[0-9a-f]{10}_\d+", d)]
    if not candidates:
        return
    stale = []
    for d, meta in _read_meta(server, candidates).items():
        if meta.get("path") == str(fx.path.resolve()):
            stale.append(d)
            stale += [x for x in (f"{d}_s", template_name(d)) if x in existing]  # shuffled copy, template
    for d in stale:
        try:
            _drop_database(server, d)
        except psycopg.Error:
            pass  # in use by a concurrent run: left for a later run


@contextlib.contextmanager
def _staged(server: Server, final: str, template: str, comment: Optional[str] = None):
    """Yield a new database created from ``template`` under a temporary name; when the block ends
    without error, publish it as ``final`` (rename: atomic, so a half-built database is never
    visible under a real name); on any error, drop it.  ``comment`` (a callable returning text)
    becomes the database's COMMENT."""
    import psycopg  # noqa: PLC0415

    tmp = f"{DB_PREFIX}tmp_{secrets.token_hex(6)}"
    admin = _connect(server, server.maintenance_db)
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


def _build_instance(server: Server, fx: Fixture, k: int, final: str, pool=None, existing: Optional[set] = None) -> None:
    """Build one instance as a pristine template database (``<final>_t``, read-only: connections
    are not allowed), published by rename only when complete; then clone ``final`` from it.  A
    damaged or missing ``final`` is restored from the template in a fraction of a rebuild."""
    data = None
    if fx.kind == "generated":
        seed = fx.seeds[k]
        if pool is not None:
            data = pool.submit(generated_csv, str(fx.path / "generate.py"), seed)  # runs while the DDL loads
    meta: dict = {"fixture": fx.name, "path": str(fx.path.resolve()), "hash": fx.content_hash, "instance": k}
    template = template_name(final)
    if template not in (existing if existing is not None else _existing_dbs(server)):
        with _staged(server, template, "template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
                     lambda: json.dumps(meta)) as tmp:
            if fx.kind == "generated":
                _run_sql_file(server, tmp, fx.path / "schema.sql")
                for extra in sorted(fx.path.glob("*.sql")):
                    if extra.name != "schema.sql":
                        _run_sql_file(server, tmp, extra)
                tables = data.result() if data is not None else generated_csv(str(fx.path / "generate.py"), seed)
                _copy_generated(server, tmp, fx, tables, seed)
            else:
                for f in sorted(fx.path.glob("*.sql")):
                    _run_sql_file(server, tmp, f)
            meta["checksums"] = _finish(server, tmp)
        _seal_template(server, template)
    restore(server, final)


def template_name(db: str) -> str:
    return f"{db}_t"


def _seal_template(server: Server, template: str) -> None:
    c = _connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{template}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
    finally:
        c.close()


def restore(server: Server, db: str) -> None:
    """(Re)create instance database ``db`` from its pristine template: a clone, with the template's
    metadata comment and the reader's CONNECT grant (database-level grants are not cloned)."""
    import psycopg  # noqa: PLC0415

    template = template_name(db)
    c = _connect(server, server.maintenance_db)
    try:
        with c.cursor() as cur:
            cur.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", (template,))
            comment = (cur.fetchone() or [None])[0]
    finally:
        c.close()
    try:
        with _staged(server, db, f'"{template}"', (lambda: comment) if comment else None) as tmp:
            c = _connect(server, tmp)
            try:
                with c.cursor() as cur:
                    cur.execute(f'REVOKE ALL ON DATABASE "{tmp}" FROM PUBLIC')
                    cur.execute(f'GRANT CONNECT ON DATABASE "{tmp}" TO {READER_ROLE}')
            finally:
                c.close()
            _drop_database(server, db)  # a damaged copy, if any: replaced by the rename below
    except psycopg.errors.ObjectInUse:
        raise UsageError(f"cannot restore {db}: its template is in use by another session")


def _drop_database(server: Server, db: str) -> None:
    c = _connect(server, server.maintenance_db)
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


def _run_sql_file(server: Server, db: str, path: Path) -> None:
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


def _csv_str(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


# COPY … (FORMAT csv, NULL '\N'): one formatter per Python type (exact type first, for speed).
_CSV_FORMAT = {
    type(None): lambda v: r"\N",
    bool: lambda v: "t" if v else "f",
    int: str,
    decimal.Decimal: str,
    float: repr,
    str: _csv_str,
    _dt.date: _dt.date.isoformat,
    _dt.datetime: _dt.datetime.isoformat,
    _dt.time: _dt.time.isoformat,
    dict: lambda v: _csv_str(json.dumps(v, ensure_ascii=False)),
    list: lambda v: _csv_str(json.dumps(v, ensure_ascii=False)),
}


def _csv_value(v) -> str:
    f = _CSV_FORMAT.get(type(v))
    if f is not None:
        return f(v)
    for t in (bool, int, decimal.Decimal, float, _dt.datetime, _dt.date, _dt.time, str, dict, list):  # subclasses
        if isinstance(v, t):
            return _CSV_FORMAT[t](v)
    return _csv_str(str(v))


def generated_csv(generator_path: str, seed: int) -> list[tuple[str, str]]:
    """Run ``generate(seed)`` and render each table as COPY-ready CSV text (runs in a worker process)."""
    gen = _load_generator(Path(generator_path))
    try:
        data = gen.generate(seed)
    except Exception as e:  # noqa: BLE001 - any failure of user code in generate() is a usage error naming it
        raise UsageError(f"{generator_path}: generate({seed}) failed: {type(e).__name__}: {e}")
    out = []
    for table, rows in data.items():
        buf = io.StringIO()
        fmt = _csv_value
        buf.write("".join(",".join([fmt(v) for v in row]) + "\n" for row in rows))
        out.append((table, buf.getvalue()))
    return out


def _copy_generated(server: Server, db: str, fx: Fixture, tables: list[tuple[str, str]], seed: int) -> None:
    c = _connect(server, db, autocommit=False)
    try:
        with c.cursor() as cur:
            for table, text in tables:
                try:
                    with cur.copy(f"COPY {table} FROM STDIN WITH (FORMAT csv, NULL '\\N')") as cp:
                        cp.write(text)
                except Exception as e:  # noqa: BLE001 - a generator's rows failing COPY in any way is a usage error naming the table
                    raise UsageError(f"{fx.path / 'generate.py'}: seed {seed}: COPY into {table} failed: {str(e).strip().splitlines()[0]}")
        c.commit()
    finally:
        c.close()


def _user_tables(cur, kinds: tuple[str, ...] = ("r", "p")) -> list[tuple[str, str]]:
    """(schema, table) of the fixture's own relations of these relkinds, in creation order."""
    cur.execute("""
        SELECT n.nspname, c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = ANY(%s) AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_%%'
        ORDER BY c.oid""", (list(kinds),))
    return cur.fetchall()


def _qualified(schema: str, table: str) -> str:
    return f'"{schema}"."{table}"'


def _finish(server: Server, db: str) -> dict[str, str]:
    """Grant SELECT to the reader, analyze, and return per-table checksums."""
    from eval.db.executor import GUARD_DDL, GUARD_SCHEMA  # noqa: PLC0415

    c = _connect(server, db)
    try:
        with c.cursor() as cur:
            cur.execute(GUARD_DDL)
            cur.execute(f"GRANT USAGE ON SCHEMA {GUARD_SCHEMA} TO {READER_ROLE}")
            cur.execute(f'REVOKE ALL ON DATABASE "{db}" FROM PUBLIC')
            cur.execute(f'GRANT CONNECT ON DATABASE "{db}" TO {READER_ROLE}')
            cur.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
            cur.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog','information_schema','pg_toast', %s) "
                        "AND nspname NOT LIKE 'pg\\_%%'", (GUARD_SCHEMA,))
            for (nsp,) in cur.fetchall():
                cur.execute(f'GRANT USAGE ON SCHEMA "{nsp}" TO {READER_ROLE}')
                cur.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{nsp}" TO {READER_ROLE}')
                cur.execute(f'GRANT SELECT ON ALL SEQUENCES IN SCHEMA "{nsp}" TO {READER_ROLE}')
            kept = _revoke_functions(cur)
            if kept:
                server.warnings.append(f"these built-ins could not be revoked from PUBLIC (not owned by the --dsn user): "
                                       f"{', '.join(sorted(set(kept)))}; locks and session state they create still end "
                                       "with the query (DISCARD ALL), but monitoring functions may show other sessions' queries")
            cur.execute("ANALYZE")
        return table_checksums(c)
    finally:
        c.close()


# Built-in functions PUBLIC may call that a predicted query has no business calling: they hold
# locks past the transaction, signal or terminate other sessions (the harness's own workers run
# as the same role), send notifications, change settings, or touch large objects.
REVOKED_FUNCTIONS = (
    "pg_advisory_lock", "pg_advisory_lock_shared", "pg_advisory_xact_lock", "pg_advisory_xact_lock_shared",
    "pg_try_advisory_lock", "pg_try_advisory_lock_shared", "pg_try_advisory_xact_lock",
    "pg_try_advisory_xact_lock_shared", "pg_advisory_unlock", "pg_advisory_unlock_shared", "pg_advisory_unlock_all",
    "pg_notify", "pg_cancel_backend", "pg_terminate_backend", "set_config", "lo_import", "lo_export", "lo_creat",
    "lo_create", "lo_open", "lo_unlink", "lo_put", "lo_from_bytea", "lowrite", "loread", "lo_get",
    "pg_log_backend_memory_contexts", "txid_current", "pg_current_xact_id",
    "pg_stat_get_activity",  # pg_stat_activity: the query texts of the harness's other workers
    "setseed",  # its state would outlive the query on the pooled connection
    "pg_logical_emit_message",  # writes WAL even from a READ ONLY transaction
    "pg_stat_get_backend_activity",  # other sessions' query texts, and the rest of the family:
    "pg_stat_get_backend_activity_start", "pg_stat_get_backend_client_addr", "pg_stat_get_backend_client_port",
    "pg_stat_get_backend_dbid", "pg_stat_get_backend_idset", "pg_stat_get_backend_pid",
    "pg_stat_get_backend_start", "pg_stat_get_backend_subxact", "pg_stat_get_backend_userid",
    "pg_stat_get_backend_wait_event", "pg_stat_get_backend_wait_event_type", "pg_stat_get_backend_xact_start",
    "pg_stat_get_backend_io", "pg_stat_get_backend_wal", "pg_blocking_pids", "pg_safe_snapshot_blocking_pids",
    "pg_export_snapshot",
)


def _revoke_functions(cur) -> list[str]:
    """REVOKE EXECUTE … FROM PUBLIC on REVOKED_FUNCTIONS in this database; returns the names that
    could not be revoked (an external server whose --dsn user does not own pg_catalog)."""
    import psycopg  # noqa: PLC0415

    cur.execute("SELECT p.oid::regprocedure::text, p.proname FROM pg_proc p WHERE p.proname = ANY(%s) "
                "AND p.pronamespace = 'pg_catalog'::regnamespace", (list(REVOKED_FUNCTIONS),))
    kept = []
    for sig, name in cur.fetchall():
        try:
            cur.execute(f"REVOKE EXECUTE ON FUNCTION {sig} FROM PUBLIC")
        except psycopg.Error:
            kept.append(name)  # not ours to change on an external server: the other layers still apply
    # a non-owner's REVOKE is only a warning ("no privileges could be revoked"): check the outcome
    cur.execute("SELECT p.proname FROM pg_proc p WHERE p.proname = ANY(%s) AND p.pronamespace = 'pg_catalog'::regnamespace "
                "AND has_function_privilege(%s, p.oid, 'EXECUTE')", (list(REVOKED_FUNCTIONS), READER_ROLE))
    return sorted(set(kept) | {r[0] for r in cur.fetchall()})


def table_checksums(conn) -> dict[str, str]:
    """Order-independent content checksum per table: row count and the sum of 64-bit row hashes.

    No sort is needed (a sum does not depend on row order), so this is cheap enough to re-check
    after every run.  Row text is rendered under pinned settings so the checksum does not depend
    on the session's time zone or date style."""
    out = {}
    with conn.cursor() as cur:
        cur.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; "
                    "SET extra_float_digits = 3; SET bytea_output = 'hex'")
        for nsp, rel in _user_tables(cur):
            q = _qualified(nsp, rel)
            cur.execute(f"SELECT count(*), coalesce(sum(hashtextextended(t::text, 7)), 0) FROM {q} t")
            n, digest = cur.fetchone()
            name = rel if nsp == "public" else f"{nsp}.{rel}"
            out[name] = f"{n}:{digest}"
    return out


def _read_meta(server: Server, dbs: list[str]) -> dict[str, dict]:
    """The metadata (fixture, hash, checksums) stored as each instance database's comment."""
    if not dbs:
        return {}
    c = _connect(server, server.maintenance_db)
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


def verify_checksums(server: Server, fx: Fixture) -> list[str]:
    """Recompute each instance's table checksums; return the mismatches (empty when intact)."""
    return list(verify_all(server, [fx]).values())


def verify_all(server: Server, fxs: list[Fixture], workers: Optional[int] = None) -> dict[str, str]:
    """verify_checksums for several fixtures, every instance database in parallel: {db: problem}."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    def check(item) -> Optional[str]:
        fx, db = item
        c = _connect(server, db)
        try:
            now = table_checksums(c)
        finally:
            c.close()
        expected = fx.checksums.get(db, {})
        if now != expected:
            changed = sorted(t for t in set(now) | set(expected) if now.get(t) != expected.get(t))
            return f"{db}: tables changed since load: {', '.join(changed)}"
        return None

    items = [(fx, db) for fx in fxs for db in fx.instance_dbs]
    with ThreadPoolExecutor(max_workers=max(1, min(8, workers or os.cpu_count() or 1))) as pool:
        return {db: p for (_, db), p in zip(items, pool.map(check, items)) if p}


def shuffled_copy(server: Server, instance_db: str, seed: int = 42) -> str:
    """A copy of ``instance_db`` whose tables hold the same rows in another physical order.

    Used by the validator: a gold whose result depends on physical row order (LIMIT without a
    total ORDER BY, DISTINCT ON without a tie-breaker …) gives another answer here.  Built from the
    instance as a template, rows rewritten in ``random()`` order with FK triggers off, renamed when
    complete.  Requires that nothing is connected to ``instance_db`` at the time.
    """

    final = f"{instance_db}_s"
    if final in _existing_dbs(server):
        return final
    with _staged(server, final, f'"{instance_db}"') as tmp:
        c = _connect(server, tmp, autocommit=False)
        try:
            with c.cursor() as cur:
                cur.execute("SET session_replication_role = replica")
                cur.execute("SELECT setseed(%s)", (((seed % 1000) / 1000.0),))
                for nsp, rel in _user_tables(cur, ("r",)):
                    q = _qualified(nsp, rel)
                    cur.execute(f"CREATE TEMP TABLE t2seval_shuffle AS SELECT * FROM {q} ORDER BY random()")
                    cur.execute(f"DELETE FROM {q}")
                    cur.execute(f"INSERT INTO {q} SELECT * FROM t2seval_shuffle")
                    cur.execute("DROP TABLE t2seval_shuffle")
            c.commit()
        finally:
            c.close()
        _finish(server, tmp)
    return final


# ---------------------------------------------------------------------------------------------
def schema_doc(server: Server, fx: Fixture) -> SchemaDoc:
    """What models are told: the defog JSON when present, else the COMMENT ON texts of instance 0
    (with the folder's ``glossary.md``, when there is one, as the ``{glossary}`` text)."""
    js = fx.path / f"{fx.name}.json"
    if js.exists():
        return _doc_from_json(fx.name, js)
    doc = _doc_from_catalog(server, fx.name, fx.instance_dbs[0])
    gl = fx.path / "glossary.md"
    if gl.exists():
        try:
            text = gl.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"{gl}: cannot read the glossary ({e})")
        doc = SchemaDoc(doc.db, doc.tables, text.strip())
    return doc


def _doc_from_json(name: str, path: Path) -> SchemaDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        tm = data["table_metadata"]
        tables = []
        for table, cols in tm.items():
            tables.append(TableDoc(table, tuple(ColumnDoc(c["column_name"], c.get("data_type", ""), c.get("column_description", "") or "")
                                                 for c in cols)))
        return SchemaDoc(name, tuple(tables), data.get("glossary", "") or "")
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise UsageError(f"{path}: not a table_metadata JSON ({type(e).__name__}: {e})")


def _doc_from_catalog(server: Server, name: str, db: str) -> SchemaDoc:
    c = _connect(server, db)
    try:
        with c.cursor() as cur:
            cur.execute("""
                SELECT n.nspname, c.relname, c.oid, obj_description(c.oid, 'pg_class')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r','p','v','m') AND n.nspname NOT IN ('pg_catalog','information_schema')
                  AND n.nspname NOT LIKE 'pg\\_%%' ORDER BY c.oid""")
            tables = []
            for nsp, rel, oid, descr in cur.fetchall():
                cur.execute("""
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod), col_description(a.attrelid, a.attnum)
                    FROM pg_attribute a WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum""", (oid,))
                cols = tuple(ColumnDoc(n, t, d or "") for n, t, d in cur.fetchall())
                tables.append(TableDoc(rel if nsp == "public" else f"{nsp}.{rel}", cols, descr or ""))
        return SchemaDoc(name, tuple(tables))
    finally:
        c.close()
