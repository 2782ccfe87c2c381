"""The last step of loading a fixture database (:func:`finish`): the reader role's grants, the
built-ins revoked from PUBLIC (REVOKED_FUNCTIONS), ANALYZE, and the order-independent table
checksums (:func:`table_checksums`) that eval/db/fixtures.py's verify compares after every run
(docs/SECURITY.md).
"""
from __future__ import annotations

from eval.db.fixture_dbs import connect
from eval.db.pgserver import Server
from eval.db.reader_role import READER_ROLE


#: the fixture's own schemas (``n`` = pg_namespace), in a query executed with parameters
_OWN_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'"


def user_tables(cur, kinds: tuple[str, ...] = ("r", "p")) -> list[tuple[str, str]]:
    """(schema, table) of the fixture's own relations of these relkinds, in creation order."""
    cur.execute(f"""
        SELECT n.nspname, c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = ANY(%s) AND {_OWN_SCHEMAS}
        ORDER BY c.oid""", (list(kinds),))
    return cur.fetchall()


def qualified(schema: str, table: str) -> str:
    return f'"{schema}"."{table}"'


def finish(server: Server, db: str) -> dict[str, str]:
    """Grant SELECT to the reader, revoke the built-ins, analyze, and return per-table checksums."""
    c = connect(server, db)
    try:
        with c.cursor() as cur:
            seal_schema(server, cur)
            grant_connect(cur, db)
            analyze(cur)
        return table_checksums(c)
    finally:
        c.close()


def finish_clone(server: Server, db: str) -> dict[str, str]:
    """finish() for a clone of a database sealed with seal_schema (its grants and revokes are
    cloned with it; the database-level grant is not): CONNECT grant, ANALYZE, checksums."""
    c = connect(server, db)
    try:
        with c.cursor() as cur:
            grant_connect(cur, db)
            analyze(cur)
        return table_checksums(c)
    finally:
        c.close()


def grant_connect(cur, db: str) -> None:
    cur.execute(f'REVOKE ALL ON DATABASE "{db}" FROM PUBLIC;\nGRANT CONNECT ON DATABASE "{db}" TO {READER_ROLE}')


def seal_schema(server: Server, cur) -> None:
    """The row guard, the reader's USAGE and SELECT grants on every schema, table and sequence, and
    the built-ins revoked from PUBLIC, in this database.  The trusted statements go as one
    multi-statement string (one round trip), not one round trip each."""
    from eval.db.executor import GUARD_DDL, GUARD_SCHEMA  # noqa: PLC0415

    cur.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog','information_schema','pg_toast', %s) "
                "AND nspname NOT LIKE 'pg\\_%%'", (GUARD_SCHEMA,))
    grants = [GUARD_DDL, f"GRANT USAGE ON SCHEMA {GUARD_SCHEMA} TO {READER_ROLE}", "REVOKE CREATE ON SCHEMA public FROM PUBLIC"]
    for (nsp,) in cur.fetchall():
        grants += [f'GRANT USAGE ON SCHEMA "{nsp}" TO {READER_ROLE}',
                   f'GRANT SELECT ON ALL TABLES IN SCHEMA "{nsp}" TO {READER_ROLE}',
                   f'GRANT SELECT ON ALL SEQUENCES IN SCHEMA "{nsp}" TO {READER_ROLE}']
    cur.execute(";\n".join(g.strip().rstrip(";") for g in grants))
    kept = _revoke_functions(cur)
    if kept:
        server.warnings.append(f"these built-ins could not be revoked from PUBLIC (not owned by the --dsn user): "
                               f"{', '.join(sorted(set(kept)))}; locks and session state they create still end "
                               "with the query (DISCARD ALL), but monitoring functions may show other sessions' queries")


def analyze(cur) -> None:
    """ANALYZE the fixture's own tables (one statement): the planner's statistics of the loaded rows.
    The system catalogs are left out (a plain ANALYZE spends most of its time on them)."""
    tables = user_tables(cur, ("r", "p", "m"))
    if tables:
        cur.execute("ANALYZE " + ", ".join(qualified(nsp, rel) for nsp, rel in tables))


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
    found = cur.fetchall()
    try:  # all at once (one round trip); one by one when that fails (an external server we do not own)
        cur.execute(";\n".join(f"REVOKE EXECUTE ON FUNCTION {sig} FROM PUBLIC" for sig, _ in found))
        found = []
    except psycopg.Error:
        pass
    for sig, name in found:
        try:
            cur.execute(f"REVOKE EXECUTE ON FUNCTION {sig} FROM PUBLIC")
        except psycopg.Error:
            kept.append(name)  # not ours to change on an external server: the other layers still apply
    # a non-owner's REVOKE is only a warning ("no privileges could be revoked"): check the outcome
    cur.execute("SELECT p.proname FROM pg_proc p WHERE p.proname = ANY(%s) AND p.pronamespace = 'pg_catalog'::regnamespace "
                "AND has_function_privilege(%s, p.oid, 'EXECUTE')", (list(REVOKED_FUNCTIONS), READER_ROLE))
    return sorted(set(kept) | {r[0] for r in cur.fetchall()})


# Column types whose equality is identity of the text form (so hashing the value with the type's
# own hash function, as hash_record_extended does, detects every change that ``t::text`` would):
# bool, bytea, int8, int2, int4, text, varchar, date, time, timestamp, timestamptz, uuid.  numeric
# only with a declared scale (unconstrained, 1.0 = 1.00 with different texts), bpchar only with a
# length (padded), enums always; a collated column only under a deterministic collation.  A table
# with any other column (float: -0 = 0; interval: '1 mon' = '30 days'; json, arrays, domains …) is
# hashed by its row text.
_HASH_SAFE_TYPES = (16, 17, 20, 21, 23, 25, 1043, 1082, 1083, 1114, 1184, 2950)
_TABLES_AND_HASHING = f"""
    SELECT n.nspname, c.relname,
           coalesce(bool_and(a.atttypid IN {_HASH_SAFE_TYPES}
                             OR (a.atttypid = 1700 AND a.atttypmod <> -1)
                             OR (a.atttypid = 1042 AND a.atttypmod > 0)
                             OR ty.typtype = 'e')
                    AND bool_and(a.attcollation = 0 OR co.collisdeterministic), false)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE c.relkind = 'r' AND {_OWN_SCHEMAS}
    GROUP BY c.oid, n.nspname, c.relname
    ORDER BY c.oid"""


def table_checksums(conn) -> dict[str, str]:
    """Order-independent content checksum per table that holds rows: row count and the sum of 64-bit
    row hashes.

    No sort is needed (a sum does not depend on row order), so this is cheap enough to re-check
    after every run.  Only tables with storage are summed: a partitioned table's rows are its
    partitions' (summing it too read every partitioned row twice).  A row is hashed by its values
    (``hash_record_extended``) when every column's type has equality = same text (_HASH_SAFE_TYPES),
    otherwise by its text, rendered under pinned settings so the checksum does not depend on the
    session's time zone or date style."""
    out = {}
    with conn.cursor() as cur:
        cur.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'postgres'; "
                    "SET extra_float_digits = 3; SET bytea_output = 'hex'")
        cur.execute(_TABLES_AND_HASHING, ())  # parameters (none): %% in _OWN_SCHEMAS is one %
        tables = cur.fetchall()
        if not tables:
            return out
        # one query for every table (one round trip): count and sum of row hashes per table
        cur.execute(" UNION ALL ".join(
            f"SELECT {i}, count(*), coalesce(sum({'hash_record_extended(t, 7)' if by_value else 'hashtextextended(t::text, 7)'}), 0) "
            f"FROM {qualified(nsp, rel)} t" for i, (nsp, rel, by_value) in enumerate(tables)))
        found = {i: f"{n}:{digest}" for i, n, digest in cur.fetchall()}
        for i, (nsp, rel, _) in enumerate(tables):  # creation order, as before
            out[rel if nsp == "public" else f"{nsp}.{rel}"] = found[i]
    return out
