"""Gold-query rewrites the comparator needs (pure sqlglot, PostgreSQL dialect).

The order rule of docs/SCORING.md needs to know *which rows of the gold tie
on its sort keys*.  PostgreSQL returns tied rows in an arbitrary order, so a
prediction may list them differently and still be right; and an
``ORDER BY … LIMIT n`` whose n-th row ties with the (n+1)-th makes the gold
itself ambiguous.  Both questions are answered by executing a *keyed* copy of
the gold: the same query with every ORDER BY expression appended as a hidden
output column (``__k0``, ``__k1`` …) and LIMIT/OFFSET removed.

    SELECT name, SUM(qty) AS total FROM sales GROUP BY name ORDER BY total DESC, 1 LIMIT 3
 -> SELECT name, SUM(qty) AS total, SUM(qty) AS __k0, name AS __k1
    FROM sales GROUP BY name ORDER BY total DESC, 1

Nothing here executes SQL; the executor runs ``OrderPlan.keyed_sql``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

DIALECT = "postgres"
KEY_PREFIX = "__k"
_WRAP_ALIAS = "__q"


def split_on_semicolons(sql: str) -> list[tuple[int, int, list]]:
    """The text between top-level ``;`` tokens, as (start, end, tokens) with ``sql[start:end]`` the
    segment (comments and whitespace included).  Uses sqlglot's postgres tokenizer, so a ``;`` in a
    string literal, quoted identifier, dollar-quoted body or comment does not split.  Raises
    sqlglot's TokenError on text it cannot tokenize."""
    from sqlglot.dialects.postgres import Postgres  # noqa: PLC0415

    segments, start, toks = [], 0, []
    for t in Postgres().tokenizer_class().tokenize(sql):
        if t.token_type == TokenType.SEMICOLON:
            segments.append((start, t.start, toks))
            start, toks = t.end + 1, []
        else:
            toks.append(t)
    segments.append((start, len(sql), toks))
    return segments


@dataclass(frozen=True)
class OrderPlan:
    """What the comparator needs to know about a gold query's ordering.

    ``ordered``: the outermost query has an ORDER BY.
    ``keyed_sql``: the gold with its ``n_keys`` sort keys appended as the last
    output columns and LIMIT/OFFSET removed; None when no safe rewrite exists
    (``note`` says why) or when the query is not ordered.
    ``limit``/``offset``: literal integers of the outermost query, else None.
    """

    ordered: bool
    keyed_sql: Optional[str]
    n_keys: int
    limit: Optional[int]
    offset: Optional[int]
    note: str


class _NoRewrite(Exception):
    """The keyed rewrite is impossible or unsafe; the message says why."""


def _parse_single(sql: str) -> exp.Expression:
    """Parse exactly one statement (a trailing ``;`` is fine)."""
    trees = [t for t in sqlglot.parse(sql, read=DIALECT) if t is not None]
    if len(trees) != 1:
        raise _NoRewrite(f"expected one statement, found {len(trees)}")
    return trees[0]


def _has_modifiers(node: exp.Expression) -> bool:
    return any(node.args.get(k) for k in ("order", "limit", "offset"))


def _outermost(tree: exp.Expression) -> exp.Expression:
    """Strip redundant parentheses: ``((SELECT …))`` -> ``SELECT …``.

    A parenthesised query that carries its own ORDER BY/LIMIT outside the
    parentheses, ``(SELECT …) ORDER BY a``, is kept: the modifiers belong to it.
    """
    node = tree
    while isinstance(node, exp.Subquery) and not _has_modifiers(node) and not node.alias:
        node = node.this
    return node


def _token_order_by(sql: str) -> bool:
    """Fallback for SQL sqlglot cannot parse: ORDER BY at parenthesis depth 0.

    ORDER BY inside subqueries, window specs, aggregates (``array_agg(x ORDER
    BY y)``) and parenthesised set-operation branches is always inside
    parentheses; a top-level one is not.
    """
    try:
        tokens = sqlglot.tokenize(sql, read=DIALECT)
    except SqlglotError:
        return False
    depth = 0
    for tok in tokens:
        if tok.token_type == TokenType.L_PAREN:
            depth += 1
        elif tok.token_type == TokenType.R_PAREN:
            depth -= 1
        elif tok.token_type == TokenType.ORDER_BY and depth == 0:
            return True
    return False


def has_top_level_order_by(sql: str) -> bool:
    """True when the outermost query has an ORDER BY.

    ORDER BYs in subqueries, CTEs, window functions or inside one branch of a
    set operation do not count; an ORDER BY applied to a whole UNION does.
    """
    try:
        return bool(_outermost(_parse_single(sql)).args.get("order"))
    except (SqlglotError, _NoRewrite):
        return _token_order_by(sql)


def _int_literal(node: Optional[exp.Expression], what: str) -> Optional[int]:
    """The integer value of a LIMIT/OFFSET/FETCH count; None for none or ALL."""
    if node is None:
        return None
    if isinstance(node, (exp.Limit, exp.Offset)):
        node = node.expression
    if node is None or (isinstance(node, exp.Var) and node.name.upper() == "ALL"):
        return None
    if isinstance(node, exp.Null):
        return None
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(node.this)
        except ValueError:
            pass
    raise _NoRewrite(f"{what} is not a literal integer: {node.sql(DIALECT)}")


def _limit_offset(node: exp.Expression) -> tuple[Optional[int], Optional[int], bool]:
    """(limit, offset, with_ties) of a query node.

    ``FETCH FIRST n ROWS WITH TIES`` already returns the whole tie group, so it
    is reported as no limit (with_ties=True): the gold is not ambiguous.
    """
    limit_node = node.args.get("limit")
    offset = _int_literal(node.args.get("offset"), "OFFSET")
    with_ties = False
    if isinstance(limit_node, exp.Fetch):
        options = limit_node.args.get("limit_options")
        if options is not None and options.args.get("percent"):
            raise _NoRewrite("FETCH … PERCENT is not supported")
        with_ties = bool(options is not None and options.args.get("with_ties"))
        limit = None if with_ties else _int_literal(limit_node.args.get("count"), "FETCH count")
    elif isinstance(limit_node, exp.Limit):
        limit = _int_literal(limit_node, "LIMIT")
        if limit_node.args.get("offset") is not None:  # MySQL-style LIMIT o, n
            offset = _int_literal(limit_node.args["offset"], "OFFSET")
    else:
        limit = _int_literal(limit_node, "LIMIT") if limit_node is not None else None
    return limit, offset, with_ties


def _has_star(projections: list[exp.Expression]) -> bool:
    return any(isinstance(p, exp.Star) or (isinstance(p, exp.Column) and isinstance(p.this, exp.Star))
               for p in projections)


def _ident_key(ident: exp.Expression) -> str:
    """PostgreSQL identifier folding: unquoted names are lower-cased."""
    if isinstance(ident, exp.Identifier):
        return ident.this if ident.quoted else ident.this.lower()
    return ident.name.lower()


def _output_names(projections: list[exp.Expression]) -> dict[str, int]:
    """Output column name -> first 0-based position, as PostgreSQL names them."""
    names: dict[str, int] = {}
    for i, proj in enumerate(projections):
        if isinstance(proj, exp.Alias):
            key = _ident_key(proj.args["alias"])
        elif isinstance(proj, exp.Column) and not isinstance(proj.this, exp.Star):
            key = _ident_key(proj.this)
        else:
            continue
        names.setdefault(key, i)
    return names


def _bare_column(node: exp.Expression) -> bool:
    return isinstance(node, exp.Column) and not node.table and not isinstance(node.this, exp.Star)


def _ordinal(node: exp.Expression) -> Optional[int]:
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(node.this)
        except ValueError:
            return None
    return None


def _select_key(key: exp.Expression, projections: list[exp.Expression], names: dict[str, int]) -> exp.Expression:
    """The expression a Select's ORDER BY item sorts by, usable in its select list.

    PostgreSQL resolves a bare ORDER BY name against output columns first and
    cannot reference an output alias inside a select-list expression, so an
    alias is replaced by the expression it names; an ordinal by its projection.
    """
    ordinal = _ordinal(key)
    if ordinal is not None:
        if _has_star(projections):
            raise _NoRewrite("ORDER BY ordinal with SELECT *: the key column is unknown")
        if not 1 <= ordinal <= len(projections):
            raise _NoRewrite(f"ORDER BY {ordinal} is out of range")
        return projections[ordinal - 1].unalias()
    if _bare_column(key) and _ident_key(key.this) in names:
        return projections[names[_ident_key(key.this)]].unalias()
    return key


def _rewrite_select(select: exp.Select) -> tuple[str, int]:
    """Append the ORDER BY keys of a Select to its select list; drop LIMIT/OFFSET."""
    new = select.copy()
    projections = list(new.expressions)
    names = _output_names(projections)
    distinct = new.args.get("distinct")
    plain_distinct = distinct is not None and not distinct.args.get("on")
    visible = {p.unalias() for p in projections}
    keys = []
    for ordered in new.args["order"].expressions:
        key = _select_key(ordered.this, projections, names)
        if plain_distinct and key not in visible:
            # Adding a column outside the select list would change which rows
            # DISTINCT keeps; PostgreSQL rejects such a gold anyway.
            raise _NoRewrite("SELECT DISTINCT with a sort key outside the select list")
        keys.append(key)
    hidden = [exp.alias_(k.copy(), f"{KEY_PREFIX}{i}") for i, k in enumerate(keys)]
    new.set("expressions", projections + hidden)
    new.set("limit", None)
    new.set("offset", None)
    return new.sql(dialect=DIALECT), len(keys)


def _leftmost_select(node: exp.Expression) -> Optional[exp.Select]:
    while isinstance(node, (exp.SetOperation, exp.Subquery)):
        node = node.this
    return node if isinstance(node, exp.Select) else None


def _rewrite_wrapped(node: exp.Expression) -> tuple[str, int, str]:
    """Keyed SQL for a set operation (or parenthesised query) with ORDER BY.

    Such an ORDER BY may only name output columns or ordinals, so the body is
    wrapped: ``SELECT __q.*, __q.c AS __k0 FROM (body) AS __q(c1, c2) ORDER BY
    __k0``.  A derived column list names the columns when the leftmost branch
    has no ``*``; the wrapped result keeps the values but not the original
    column names (the comparator ignores names).
    """
    body = node.this.copy() if isinstance(node, exp.Subquery) else node.copy()
    for arg in ("order", "limit", "offset"):
        body.set(arg, None)
    left = _leftmost_select(node)
    if left is None:
        raise _NoRewrite("cannot find the output columns of the set operation")
    projections = list(left.expressions)
    star = _has_star(projections)
    names = {} if star else _output_names(projections)
    columns = [exp.to_identifier(f"__c{i + 1}") for i in range(len(projections))]
    keys: list[exp.Expression] = []
    for ordered in node.args["order"].expressions:
        key, ordinal = ordered.this, _ordinal(ordered.this)
        if ordinal is not None and not star and 1 <= ordinal <= len(columns):
            keys.append(exp.column(columns[ordinal - 1].copy(), _WRAP_ALIAS))
        elif _bare_column(key) and not star and _ident_key(key.this) in names:
            keys.append(exp.column(columns[names[_ident_key(key.this)]].copy(), _WRAP_ALIAS))
        elif _bare_column(key) and star:
            keys.append(exp.column(key.this.copy(), _WRAP_ALIAS))
        else:
            raise _NoRewrite(f"ORDER BY {key.sql(DIALECT)} of a set operation is not an output column")
    alias = exp.TableAlias(this=exp.to_identifier(_WRAP_ALIAS), columns=[] if star else columns)
    wrapper = exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier(_WRAP_ALIAS)))
    wrapper = wrapper.from_(exp.Subquery(this=body, alias=alias))
    wrapper = wrapper.select(*[exp.alias_(k, f"{KEY_PREFIX}{i}") for i, k in enumerate(keys)], append=True)
    order = [o.copy() for o in node.args["order"].expressions]
    for i, o in enumerate(order):
        o.set("this", exp.column(f"{KEY_PREFIX}{i}"))
    wrapper.set("order", exp.Order(expressions=order))
    what = "set operation" if isinstance(node, exp.SetOperation) else "parenthesised query"
    return wrapper.sql(dialect=DIALECT), len(keys), f"{what} wrapped as a subquery"


def _one_line(err: Exception) -> str:
    """A parse error as one plain line (sqlglot underlines with ANSI codes)."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(err))
    return " ".join(text.split())[:200]


def order_plan(sql: str) -> OrderPlan:
    """Ordering facts about a gold query and its keyed rewrite (see module doc)."""
    try:
        root = _outermost(_parse_single(sql))
    except (SqlglotError, _NoRewrite) as err:
        ordered = _token_order_by(sql)
        return OrderPlan(ordered, None, 0, None, None, f"gold not parseable by sqlglot: {_one_line(err)}")
    try:
        limit, offset, with_ties = _limit_offset(root)
    except _NoRewrite as err:
        return OrderPlan(bool(root.args.get("order")), None, 0, None, None, str(err))
    if not root.args.get("order"):
        return OrderPlan(False, None, 0, limit, offset, "no top-level ORDER BY")
    notes = ["FETCH … WITH TIES returns whole tie groups"] if with_ties else []
    try:
        if isinstance(root, exp.Select):
            keyed, n_keys = _rewrite_select(root)
        elif isinstance(root, (exp.SetOperation, exp.Subquery)):
            keyed, n_keys, wrap_note = _rewrite_wrapped(root)
            notes.append(wrap_note)
        else:
            raise _NoRewrite(f"unsupported top-level {type(root).__name__}")
    except (_NoRewrite, SqlglotError) as err:
        return OrderPlan(True, None, 0, limit, offset, str(err))
    return OrderPlan(True, keyed, n_keys, limit, offset, "; ".join(notes))


# --------------------------------------------------------------------------- volatile golds

#: Functions whose value depends on when (or how often) a query runs, by sqlglot node and by name.
_VOLATILE_NODES = (exp.CurrentDate, exp.CurrentTime, exp.CurrentTimestamp, exp.Localtime, exp.Localtimestamp,
                   exp.Rand, exp.Uuid)
_NODE_NAMES = {exp.CurrentDate: "current_date", exp.CurrentTime: "current_time",
               exp.CurrentTimestamp: "now()/current_timestamp", exp.Localtime: "localtime",
               exp.Localtimestamp: "localtimestamp", exp.Rand: "random()", exp.Uuid: "gen_random_uuid()"}
VOLATILE_NAMES = frozenset({
    "now", "clock_timestamp", "statement_timestamp", "transaction_timestamp", "timeofday", "random",
    "random_normal", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v4", "txid_current",
    "pg_current_xact_id", "pg_backend_pid", "pg_postmaster_start_time", "pg_conf_load_time", "setseed",
})
#: Literals PostgreSQL reads as "the current moment" when cast to a date/time type.
_CLOCK_LITERALS = frozenset({"now", "today", "tomorrow", "yesterday"})


def volatile_calls(sql: str) -> list[str]:
    """The clock- or randomness-dependent calls in ``sql`` (``now()``, ``CURRENT_DATE``,
    ``random()``, ``'today'::date``, one-argument ``age(x)`` …), found in sqlglot's parse tree;
    ``[]`` when there are none or the text does not parse."""
    try:
        trees = [t for t in sqlglot.parse(sql, read=DIALECT) if t is not None]
    except SqlglotError:
        return []
    found: list[str] = []
    for tree in trees:
        for node in tree.walk():
            if isinstance(node, _VOLATILE_NODES):
                found.append(_NODE_NAMES[type(node)])
            elif isinstance(node, exp.Anonymous) and node.name.lower() in VOLATILE_NAMES:
                found.append(node.name.lower())
            elif isinstance(node, exp.Anonymous) and node.name.lower() == "age" and len(node.expressions) == 1:
                found.append("age(x)")  # age of x relative to current_date
            elif isinstance(node, exp.Cast) and isinstance(node.this, exp.Literal) and node.this.is_string \
                    and node.this.name.strip().lower() in _CLOCK_LITERALS and node.to.is_type(*exp.DataType.TEMPORAL_TYPES):
                found.append(f"'{node.this.name.strip().lower()}'")
    return list(dict.fromkeys(found))
