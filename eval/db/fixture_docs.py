"""What models are told about a fixture (:func:`schema_doc`): the defog JSON when the folder has one,
else the COMMENT ON texts of instance 0's catalog, with the folder's ``glossary.md`` when present."""
from __future__ import annotations

import json
from pathlib import Path

from eval.db.fixture_dbs import connect
from eval.db.pgserver import Server
from eval.errors import UsageError
from eval.types import ColumnDoc, SchemaDoc, TableDoc


def schema_doc(server: Server, fx) -> SchemaDoc:
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
    c = connect(server, db)
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
