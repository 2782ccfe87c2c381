"""Schema linking: which tables and columns a query reads, qualified against the schema (sqlglot).

Partial credit beside ``correct`` (docs/REPORTS.md): the precision and recall of the base tables and
``table.column`` references of a prediction against its gold.  Every query is qualified with
sqlglot's optimizer (aliases resolved, unqualified columns bound to their table through the
schema, ``*`` expanded), then each scope's columns are mapped to the base table they come from;
columns of a CTE or subquery count in the scope that defines them, so ``WITH t AS (SELECT a FROM
x) SELECT a FROM t`` references ``x`` and ``x.a``.  Names are compared case-folded (PostgreSQL
folds unquoted identifiers).  A query that cannot be parsed or qualified references nothing
(precision and recall 0 against any gold that references something).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import traverse_scope

#: {table: {column: type}}; a schema-qualified table may be given as "schema.table"
Schema = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class References:
    tables: frozenset[str]
    columns: frozenset[str]  # "table.column"
    ok: bool = True  # False: the query could not be parsed or qualified


def _name(table: exp.Table) -> str:
    parts = [p for p in (table.args.get("db"), table.this) if p is not None]
    return ".".join(p.name for p in parts).lower()


def references(sql: str, schema: Schema) -> References:
    """The base tables and columns ``sql`` reads (see the module docstring)."""
    try:
        tree = sqlglot.parse_one(sql, read="postgres")
        tree = qualify(tree, schema={t.lower(): {c.lower(): ty for c, ty in cols.items()} for t, cols in schema.items()},
                       dialect="postgres", validate_qualify_columns=False, quote_identifiers=False)
        scopes = traverse_scope(tree)
    except (SqlglotError, ValueError, KeyError, AttributeError, RecursionError):
        return References(frozenset(), frozenset(), ok=False)
    tables: set[str] = set()
    columns: set[str] = set()
    for scope in scopes:
        for source in scope.sources.values():
            if isinstance(source, exp.Table):
                tables.add(_name(source))
        for col in scope.columns:
            source = scope.sources.get(col.table)
            if isinstance(source, exp.Table) and col.name:
                columns.add(f"{_name(source)}.{col.name.lower()}")
    known = {t.lower() for t in schema}
    tables &= known  # a name that is neither a table of the schema nor a CTE: not a reference to count
    columns = {c for c in columns if c.rsplit(".", 1)[0] in tables}
    return References(frozenset(tables), frozenset(columns))


@dataclass(frozen=True)
class LinkingScores:
    table_precision: Optional[float]
    table_recall: Optional[float]
    column_precision: Optional[float]
    column_recall: Optional[float]


def _pr(pred: frozenset, gold: frozenset) -> tuple[Optional[float], Optional[float]]:
    hit = len(pred & gold)
    return (hit / len(pred) if pred else None), (hit / len(gold) if gold else None)


def linking_scores(pred_sql: str, gold_sql: str, schema: Schema) -> LinkingScores:
    """Precision and recall of the prediction's tables and columns against the gold's (None where
    a side references nothing, so the ratio is undefined)."""
    p, g = references(pred_sql, schema), references(gold_sql, schema)
    tp, tr = _pr(p.tables, g.tables)
    cp, cr = _pr(p.columns, g.columns)
    if not p.ok:
        tp = cp = 0.0 if g.tables else None
        tr = 0.0 if g.tables else None
        cr = 0.0 if g.columns else None
    return LinkingScores(tp, tr, cp, cr)
