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

How a damaged instance is restored (:func:`restore`): a *sql* instance is cloned from its sealed
template (``<name>_t``: the .sql files are not run again); a *generated* instance is rebuilt from
its cached data (eval/db/fixture_data.py: the rows of that seed, exactly as first loaded) and must
come back with the checksums recorded at its first load.

This module decides what to build and checks it afterwards; what a folder holds (generators, CSV,
clock use) is eval/db/fixture_files.py, the databases themselves (staging, templates, restore, psql)
eval/db/fixture_dbs.py, and the last step of a load (grants, revoked built-ins, checksums)
eval/db/fixture_seal.py.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from eval.db.fixture_dbs import (clone_from_template, connect, drop_database, existing_dbs, read_meta, run_sql_file,
                                 seal_template, staged, template_name)
from eval.db import fixture_data
from eval.db.fixture_files import declared_seeds, uses_clock
from eval.db.fixture_load import build_generated, schema_template_name
from eval.db.fixture_seal import finish, qualified, table_checksums, user_tables
from eval.data.invariants import FILE_NAME as INVARIANTS_FILE
from eval.db.pgserver import DB_PREFIX, Server
from eval import interrupts
from eval.errors import UsageError
from eval.db.fixture_docs import _doc_from_catalog, schema_doc  # noqa: F401 - re-exported: fixtures.schema_doc

LOADER_VERSION = "9"  # bump to force a reload of every fixture after a loader change


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


def sql_files(folder: Path) -> list[Path]:
    """The folder's ``*.sql`` files that are loaded, in order: all but ``invariants.sql`` (the
    documented rules validate checks, eval/data/invariants.py: documentation, never loaded)."""
    return [f for f in sorted(Path(folder).glob("*.sql")) if f.name != INVARIANTS_FILE]


def _folder_hash(folder: Path) -> tuple[str, list[Path]]:
    """sha256 over the folder's files (names and bytes): what the fixture *is*."""
    h = hashlib.sha256()
    files = []
    for p in sorted(folder.rglob("*")):
        if p.is_dir() or "__pycache__" in p.parts or p.suffix in (".pyc", ".md") or p.name.startswith("."):
            continue  # documentation (README.md cards) does not change what is loaded
        if p.parent == folder and p.name == INVARIANTS_FILE:
            continue  # nor do the documented rules that validate checks
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
        loaded = sql_files(sub)
        if needed is not None and sub.name not in needed:
            continue
        if not loaded:
            raise UsageError(f"schema folder {sub} has no .sql file (each database folder needs its DDL/data as *.sql)")
        digest, files = _folder_hash(sub)
        gen = sub / "generate.py"
        kind = "generated" if gen.exists() else "sql"
        seeds = declared_seeds(gen) if kind == "generated" else []
        out[sub.name] = Fixture(sub.name, sub, kind, files, digest, max(1, len(seeds)), seeds,
                                clock_dependent=kind == "sql" and any(uses_clock(f) for f in loaded))
    if not out and needed is None:
        raise UsageError(f"--schemas {schemas_dir}: no database folders in it")
    return out  # with ``needed``, a missing folder is reported by dataset.check_databases, naming the row


def fixtures_hash(fixtures: list[Fixture]) -> str:
    h = hashlib.sha256()
    for f in sorted(fixtures, key=lambda f: f.name):
        h.update(f"{f.name}:{f.content_hash}\n".encode())
    return h.hexdigest()


def _today_utc() -> str:
    return _dt.datetime.now(_dt.timezone.utc).date().isoformat()


def instance_db_name(fx: Fixture, k: int) -> str:
    # the loader's version is part of the name, so a loader change rebuilds every database; a fixture
    # whose load SQL reads the clock is rebuilt every UTC day (its rows depend on the day it loads)
    day = f"\nday:{_today_utc()}" if fx.clock_dependent else ""
    key = hashlib.sha256(f"loader:{LOADER_VERSION}\n{fx.content_hash}{day}".encode()).hexdigest()
    return f"{DB_PREFIX}{_slug(fx.name)}_{key[:10]}_{k}"


# ---------------------------------------------------------------------------------------------

def ensure_loaded(server: Server, fx: Fixture, log: Callable[[str], None] = lambda m: None) -> list[str]:
    """Make sure every instance of ``fx`` exists; return the instance database names."""
    ensure_all(server, [fx], log)
    return fx.instance_dbs


def ensure_all(server: Server, fxs: list[Fixture], log: Callable[[str], None] = lambda m: None,
               workers: Optional[int] = None, progress: Optional[Callable[[int, int], None]] = None) -> None:
    """Make sure every instance of every fixture exists (a second run reuses them: one catalog query).

    ``progress(done, total)`` (optional) is called with (0, total) before the first build and after
    each database is built (not at all when nothing has to be built).

    Missing instances are built in parallel: generators run in worker processes (pure Python, so
    threads would serialise on the GIL) while other instances' DDL, COPY and ANALYZE run on the
    server.  The first error is raised after the other builds have finished and cleaned up."""
    import contextlib  # noqa: PLC0415
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor  # noqa: PLC0415

    existing = existing_dbs(server)
    if server.embedded:
        # An embedded data dir belongs to one harness at a time (slot lock): a temporary database
        # found here is the leftover of a build killed mid-way, never reused; drop it.
        for d in sorted(x for x in existing if x.startswith(f"{DB_PREFIX}tmp_")):
            drop_database(server, d)
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
        done = 0
        lock = threading.Lock()

        def built(_future) -> None:
            nonlocal done
            with lock:
                done += 1
                if progress is not None:
                    progress(done, len(jobs))

        if progress is not None:
            progress(0, len(jobs))
        # instance 0 of every fixture first (each builds its fixture's schema template), then 1, ...
        jobs.sort(key=lambda j: j[1])
        with procs as pool, ThreadPoolExecutor(max_workers=workers) as threads:
            # every missing instance's data asked for at once: the generators keep the worker
            # processes busy while the threads load other instances
            # (the worker processes are forked here: Ctrl-C waits until they exist, eval/interrupts.py)
            with interrupts.deferred():
                data = {name: _instance_data(server, fx, fx.seeds[k], pool) if fx.kind == "generated" else None
                        for fx, k, name in jobs}
            futures = [threads.submit(_build_instance, server, fx, k, name, data.pop(name), existing) for fx, k, name in jobs]
            for f in futures:
                f.add_done_callback(built)
            errors = [f.exception() for f in futures]
        first = next((e for e in errors if e is not None), None)
        if first is not None:
            raise first
        for fx in {fx.name: fx for fx, _, _ in jobs}.values():
            _drop_stale(server, fx, existing, set(fx.instance_dbs))
    meta = read_meta(server, [n for fx in fxs for n in fx.instance_dbs])
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
    for d, meta in read_meta(server, candidates).items():
        if meta.get("path") == str(fx.path.resolve()):
            stale.append(d)
            stale += [x for x in (f"{d}_s", template_name(d), schema_template_name(d)) if x in existing]  # shuffled copy, templates
            if meta.get("hash") and meta.get("hash") != fx.content_hash:
                for seed in fx.seeds:  # that version's cached data (same folder, other content)
                    fixture_data.data_path(server, fx.name, meta["hash"], seed).unlink(missing_ok=True)
    for d in stale:
        try:
            drop_database(server, d)
        except psycopg.Error:
            pass  # in use by a concurrent run: left for a later run


def _build_instance(server: Server, fx: Fixture, k: int, final: str, data=None, existing: Optional[set] = None) -> None:
    """Build one instance under a temporary name, published by rename only when complete.
    ``data``: a generated instance's tables (or a future of them) when already asked for."""
    existing = existing if existing is not None else existing_dbs(server)
    if fx.kind == "generated":
        if data is None:
            data = _instance_data(server, fx, fx.seeds[k])
        build_generated(server, fx, k, final, data, _ddl_files(fx), existing)
    else:
        _build_sql(server, fx, k, final, existing)


def _ddl_files(fx: Fixture) -> list[Path]:
    """A generated fixture's load SQL: ``schema.sql`` first, then its other .sql files in order."""
    return [fx.path / "schema.sql"] + [f for f in sql_files(fx.path) if f.name != "schema.sql"]


def _instance_data(server: Server, fx: Fixture, seed: int, pool=None):
    """The instance's tables: from the data cache, else generated (in ``pool``, a process pool, when
    given: the result is a future) and stored in the cache."""
    path = fixture_data.data_path(server, fx.name, fx.content_hash, seed)
    tables = fixture_data.read(path)
    if tables is not None:
        return tables
    gen = str(fx.path / "generate.py")
    if pool is not None:
        future = pool.submit(fixture_data.generated_tables, gen, seed)  # runs while the DDL loads
        future.add_done_callback(lambda f: f.exception() is None and fixture_data.write(path, f.result()))
        return future
    tables = fixture_data.generated_tables(gen, seed)
    fixture_data.write(path, tables)
    return tables


def _build_sql(server: Server, fx: Fixture, k: int, final: str, existing: Optional[set] = None) -> None:
    """A *sql* instance: built as a pristine template database (``<final>_t``, read-only:
    connections are not allowed), published by rename only when complete; then ``final`` is cloned
    from it.  A damaged or missing ``final`` is restored from the template without the .sql files."""
    meta: dict = {"fixture": fx.name, "path": str(fx.path.resolve()), "hash": fx.content_hash, "instance": k}
    template = template_name(final)
    if template not in (existing if existing is not None else existing_dbs(server)):
        with staged(server, template, "template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'",
                     lambda: json.dumps(meta)) as tmp:
            for f in sql_files(fx.path):
                run_sql_file(server, tmp, f)
            meta["checksums"] = finish(server, tmp)
        seal_template(server, template)
    clone_from_template(server, final)


def restore(server: Server, db: str) -> None:
    """(Re)create instance database ``db``: cloned from its sealed template when it has one (*sql*
    kind), else rebuilt from its cached data (*generated* kind; the generator runs again only when
    the cache has lost the file) and checked against the checksums recorded at its first load."""
    if template_name(db) in existing_dbs(server):
        clone_from_template(server, db)
        return
    meta = read_meta(server, [db]).get(db) or {}
    try:
        folder = Path(meta["path"])
        fx = discover(folder.parent, needed={folder.name})[folder.name]
        k = int(meta["instance"])
    except (KeyError, ValueError, TypeError, UsageError) as e:
        raise UsageError(f"cannot restore {db}: no template and no usable load metadata ({type(e).__name__}: {e})")
    if fx.content_hash != meta.get("hash") or fx.kind != "generated" or instance_db_name(fx, k) != db:
        raise UsageError(f"cannot restore {db}: its fixture folder {folder} changed since it was loaded")
    expected = meta.get("checksums")
    drop_database(server, db)
    build_generated(server, fx, k, db, _instance_data(server, fx, fx.seeds[k]), _ddl_files(fx), existing_dbs(server),
                    expected=expected)


def verify_checksums(server: Server, fx: Fixture) -> list[str]:
    """Recompute each instance's table checksums; return the mismatches (empty when intact)."""
    return list(verify_all(server, [fx]).values())


def verify_all(server: Server, fxs: list[Fixture], workers: Optional[int] = None) -> dict[str, str]:
    """verify_checksums for several fixtures, every instance database in parallel: {db: problem}."""
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    def check(item) -> Optional[str]:
        fx, db = item
        c = connect(server, db)
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
    if final in existing_dbs(server):
        return final
    with staged(server, final, f'"{instance_db}"') as tmp:
        c = connect(server, tmp, autocommit=False)
        try:
            with c.cursor() as cur:
                cur.execute("SET session_replication_role = replica")
                cur.execute("SELECT setseed(%s)", (((seed % 1000) / 1000.0),))
                for nsp, rel in user_tables(cur, ("r",)):
                    q = qualified(nsp, rel)
                    cur.execute(f"CREATE TEMP TABLE t2seval_shuffle AS SELECT * FROM {q} ORDER BY random()")
                    cur.execute(f"DELETE FROM {q}")
                    cur.execute(f"INSERT INTO {q} SELECT * FROM t2seval_shuffle")
                    cur.execute("DROP TABLE t2seval_shuffle")
            c.commit()
        finally:
            c.close()
        finish(server, tmp)
    return final
