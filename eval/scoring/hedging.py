"""Hedged answers: several candidate values for the one quantity a question asks for.

Extra columns are legitimate (keys, names, labels, ``SELECT *``, a measure the question did not ask
for): the comparator accepts them (``match_extra_columns``).  Giving the asked quantity twice in two
variants is not: ``COUNT(*) FILTER (WHERE d > 30), COUNT(*) FILTER (WHERE d >= 30)`` for "more than
30 days", or a ratio both ways round, lets the scorer pick the right one.  The rule, applied to a
prediction that matched with extra columns:

An extra column **hedges** the column that matched a gold column when

1. both are expressions of the prediction's top-level SELECT list (not ``*``; the query is not a
   set operation), and the matched one is computed (an aggregate, arithmetic, a comparison, a
   function call — a bare column reference is a value, not a computed answer);
2. they are the *same computation up to its free choices* — sqlglot trees equal after literals are
   blanked, comparison operators unified (``>`` ``>=`` ``<`` ``<=`` ``=`` ``<>``), a multiplication
   or division by a literal dropped (fraction vs percentage), the operands of a division put in one
   order (a/b vs b/a), ``ROUND``/``TRUNC``/casts unwrapped and aliases ignored;
3. their values differ on instance 0 by more than 1 % (relative) on some row: a copy, or the same
   value in another rounding, offers no choice.

Such a prediction scores ``hedged`` (not correct).  ``COUNT(*)`` beside ``COUNT(*) FILTER (WHERE
late)`` is *not* a hedge (different computations: a total next to the asked count), nor is
``SUM(amount)`` beside ``COUNT(*)``.  docs/SCORING.md has the case table
(``tests/data/hedging_cases.tsv``).  Pure: sqlglot over the prediction text and the result rows.
"""
from __future__ import annotations

from typing import Optional, Sequence

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

_COMPARISONS = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.EQ, exp.NEQ)
_UNWRAP = (exp.Round, exp.Cast, exp.TryCast, exp.Paren)
REL_DIFF = 0.01


def _is_literal(e: exp.Expression) -> bool:
    return isinstance(e, exp.Literal) or (isinstance(e, exp.Neg) and isinstance(e.this, exp.Literal))


def _normal(e: exp.Expression) -> str:
    """The computation of one SELECT item with its free choices blanked (rule 2)."""
    e = e.copy()
    if isinstance(e, exp.Alias):
        e = e.this

    def unwrap(node: exp.Expression) -> exp.Expression:
        while True:
            if isinstance(node, _UNWRAP):
                node = node.this
            elif isinstance(node, exp.Anonymous) and node.name.lower() == "trunc" and node.expressions:
                node = node.expressions[0]
            else:
                return node

    e = e.transform(unwrap)
    for lit in list(e.find_all(exp.Literal)):
        if lit is e:
            return "0"
        lit.replace(exp.Literal.number(0))
    for c in list(e.find_all(*_COMPARISONS)):
        new = exp.EQ(this=c.left.copy(), expression=c.right.copy())
        if c is e:
            e = new
        else:
            c.replace(new)

    def scale(node: exp.Expression) -> exp.Expression:
        if isinstance(node, (exp.Mul, exp.Div)):
            left, right = node.left, node.right
            if _is_literal(right):
                return left
            if _is_literal(left) and isinstance(node, exp.Mul):
                return right
        return node

    for _ in range(4):  # x * 100 / y: each pass drops one literal factor
        e = e.transform(scale)
    for d in list(e.find_all(exp.Div)):
        a, b = sorted((d.left.copy(), d.right.copy()), key=lambda x: x.sql())
        new = exp.Div(this=a, expression=b)
        if d is e:
            e = new
        else:
            d.replace(new)
    return e.sql(dialect="postgres")


def _computed(e: exp.Expression) -> bool:
    inner = e.this if isinstance(e, exp.Alias) else e
    return not isinstance(inner, (exp.Column, exp.Literal, exp.Star))


def _differ(xs: Sequence, ys: Sequence) -> bool:
    for x, y in zip(xs, ys):
        if x is None or y is None:
            if (x is None) != (y is None):
                return True
            continue
        try:
            fx, fy = float(x), float(y)
        except (TypeError, ValueError, OverflowError):
            if x != y:
                return True
            continue
        if abs(fx - fy) > REL_DIFF * max(abs(fx), abs(fy), 1e-12):
            return True
    return False


def hedge_note(sql: str, assignment: Sequence[int], rows: Sequence[Sequence]) -> Optional[str]:
    """A note when the prediction ``sql`` hedges (rules above), else None.  ``assignment[j]`` is the
    prediction column that matched gold column j; ``rows`` the prediction's rows on instance 0."""
    try:
        tree = sqlglot.parse_one(sql, read="postgres")
    except SqlglotError:
        return None
    if isinstance(tree, exp.Subquery):
        tree = tree.unnest()
    if not isinstance(tree, exp.Select):
        return None  # a set operation or VALUES: columns are not one SELECT list
    items = tree.expressions
    width = len(rows[0]) if rows else None
    if any(isinstance(x, exp.Star) or (isinstance(x, exp.Column) and isinstance(x.this, exp.Star)) for x in items):
        return None
    if width is not None and width != len(items):
        return None
    matched = set(assignment)
    extras = [i for i in range(len(items)) if i not in matched]
    norms = {}
    for i in range(len(items)):
        try:
            norms[i] = _normal(items[i])
        except (SqlglotError, AttributeError, IndexError, TypeError):
            norms[i] = None
    for a in sorted(matched):
        if a >= len(items) or not _computed(items[a]) or norms.get(a) is None:
            continue
        for e in extras:
            if norms.get(e) != norms[a]:
                continue
            col_a = [r[a] for r in rows]
            col_e = [r[e] for r in rows]
            if rows and not _differ(col_a, col_e):
                continue
            return (f"hedged: column {e + 1} ({items[e].sql(dialect='postgres')[:80]}) is another candidate for the "
                    f"asked quantity answered by column {a + 1} ({items[a].sql(dialect='postgres')[:80]})")
    return None


__all__ = ["hedge_note", "REL_DIFF"]
