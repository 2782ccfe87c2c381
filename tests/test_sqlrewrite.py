"""The gold sort-key rewrite (eval/sqltext/rewrite.py), checked structurally with sqlglot.

Each row: gold SQL -> expected (ordered, the SQL of the hidden key columns in
order, limit, offset).  The keyed SQL must parse in the postgres dialect, keep
the original projections first, end with ``__k0 … __kn``, keep the ORDER BY
and have no LIMIT/OFFSET/FETCH.
"""
from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

from eval.sqltext.rewrite import has_top_level_order_by, order_plan

REWRITES = [
    # (id, gold sql, expected key expressions (postgres SQL), limit, offset)
    ("plain_column", "SELECT name, age FROM people ORDER BY age", ["age"], None, None),
    ("desc_nulls_last_limit", "SELECT name FROM people ORDER BY age DESC NULLS LAST LIMIT 5", ["age"], 5, None),
    ("ordinal", "SELECT name, SUM(qty) FROM sales GROUP BY name ORDER BY 2 DESC", ["SUM(qty)"], None, None),
    ("output_alias", "SELECT name, SUM(qty) AS total FROM sales GROUP BY name ORDER BY total DESC LIMIT 3",
     ["SUM(qty)"], 3, None),
    ("alias_shadows_input_column", "SELECT a AS b, b AS a FROM t ORDER BY a", ["b"], None, None),
    ("alias_inside_expression_is_input_column", "SELECT x AS total, y FROM t ORDER BY total + 1",
     ["total + 1"], None, None),
    ("aggregate_not_selected", "SELECT name FROM sales GROUP BY name ORDER BY COUNT(*) DESC, name",
     ["COUNT(*)", "name"], None, None),
    ("count_star_desc", "SELECT c.name, COUNT(*) FROM c JOIN o ON o.cid = c.id GROUP BY c.name ORDER BY COUNT(*) DESC",
     ["COUNT(*)"], None, None),
    ("expression", "SELECT id FROM t ORDER BY price * qty DESC, LOWER(name)", ["price * qty", "LOWER(name)"],
     None, None),
    ("select_star", "SELECT * FROM t ORDER BY created_at DESC LIMIT 10 OFFSET 20", ["created_at"], 10, 20),
    ("qualified_star", "SELECT t.* FROM t ORDER BY t.id", ["t.id"], None, None),
    ("distinct_key_selected", "SELECT DISTINCT city FROM people ORDER BY city", ["city"], None, None),
    ("distinct_on", "SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b DESC", ["a", "b"], None, None),
    ("cte", "WITH s AS (SELECT a, b FROM t ORDER BY b) SELECT a FROM s ORDER BY a LIMIT 1", ["a"], 1, None),
    ("window_key", "SELECT id FROM t ORDER BY ROW_NUMBER() OVER (PARTITION BY g ORDER BY v)",
     ["ROW_NUMBER() OVER (PARTITION BY g ORDER BY v)"], None, None),
    ("quoted_identifier", 'SELECT "Name" FROM t ORDER BY "Name"', ['"Name"'], None, None),
    ("parenthesised_whole_query", "((SELECT a FROM t ORDER BY a LIMIT 3))", ["a"], 3, None),
    ("case_expression", "SELECT id FROM t ORDER BY CASE WHEN v IS NULL THEN 1 ELSE 0 END, v",
     ["CASE WHEN v IS NULL THEN 1 ELSE 0 END", "v"], None, None),
    ("fetch_first", "SELECT a FROM t ORDER BY a FETCH FIRST 4 ROWS ONLY", ["a"], 4, None),
    ("limit_all", "SELECT a FROM t ORDER BY a LIMIT ALL", ["a"], None, None),
    ("scalar_subquery_key", "SELECT id FROM t ORDER BY (SELECT MAX(x) FROM u WHERE u.id = t.id)",
     ["(SELECT MAX(x) FROM u WHERE u.id = t.id)"], None, None),
    ("union_ordinal_and_name", "SELECT a, b FROM t UNION SELECT c, d FROM u ORDER BY 2 DESC, a LIMIT 3",
     ["__q.__c2", "__q.__c1"], 3, None),
    ("union_star_by_name", "SELECT * FROM t UNION ALL SELECT * FROM u ORDER BY a", ["__q.a"], None, None),
    ("parenthesised_query_outer_order", "(SELECT a AS x FROM t) ORDER BY x LIMIT 2", ["__q.__c1"], 2, None),
]


def _parse(sql: str) -> exp.Expression:
    return sqlglot.parse_one(sql, read="postgres")


@pytest.mark.parametrize("case_id,sql,keys,limit,offset", REWRITES, ids=[r[0] for r in REWRITES])
def test_keyed_rewrite(case_id: str, sql: str, keys: list[str], limit, offset):
    plan = order_plan(sql)
    assert plan.ordered is True
    assert plan.keyed_sql is not None, plan.note
    assert (plan.n_keys, plan.limit, plan.offset) == (len(keys), limit, offset)
    tree = _parse(plan.keyed_sql)  # parses as PostgreSQL
    assert isinstance(tree, exp.Select)
    for arg in ("limit", "offset"):
        assert tree.args.get(arg) is None
    assert tree.args.get("order") is not None
    projections = tree.expressions
    hidden = projections[-len(keys):]
    assert [p.alias for p in hidden] == [f"__k{i}" for i in range(len(keys))]
    assert [p.this.sql(dialect="postgres") for p in hidden] == keys


def test_original_projections_come_first():
    sql = "SELECT name, SUM(qty) AS total FROM sales GROUP BY name ORDER BY total DESC LIMIT 3"
    tree = _parse(order_plan(sql).keyed_sql)
    assert [p.sql(dialect="postgres") for p in tree.expressions[:2]] == ["name", "SUM(qty) AS total"]
    assert tree.args["order"].sql(dialect="postgres") == "ORDER BY total DESC"
    assert tree.args["group"].sql(dialect="postgres") == "GROUP BY name"


def test_order_semantics_kept_in_order_by():
    keyed = _parse(order_plan("SELECT a FROM t ORDER BY a DESC NULLS LAST, b NULLS FIRST").keyed_sql)
    ordered = keyed.args["order"].expressions
    assert ordered[0].args.get("desc") and ordered[0].args.get("nulls_first") is False
    assert not ordered[1].args.get("desc") and ordered[1].args.get("nulls_first") is True


def test_union_is_wrapped_with_column_list():
    keyed = _parse(order_plan("SELECT a, b FROM t UNION SELECT c, d FROM u ORDER BY 2 DESC LIMIT 3").keyed_sql)
    sub = keyed.args["from_"].this
    assert isinstance(sub, exp.Subquery) and isinstance(sub.this, exp.Union)
    assert sub.this.args.get("limit") is None and sub.this.args.get("order") is None
    assert [c.name for c in sub.args["alias"].columns] == ["__c1", "__c2"]
    assert keyed.args["order"].sql(dialect="postgres") == "ORDER BY __k0 DESC"


NOT_REWRITABLE = [
    ("star_with_ordinal", "SELECT * FROM t ORDER BY 2", "ordinal"),
    ("distinct_key_outside_select", "SELECT DISTINCT a FROM t ORDER BY b", "DISTINCT"),
    ("union_order_by_expression", "SELECT a FROM t UNION SELECT b FROM u ORDER BY a + 1", "not an output column"),
    ("limit_parameter", "SELECT a FROM t ORDER BY a LIMIT $1", "LIMIT"),
    ("ordinal_out_of_range", "SELECT a FROM t ORDER BY 3", "out of range"),
    ("fetch_percent", "SELECT a FROM t ORDER BY a FETCH FIRST 10 PERCENT ROWS ONLY", "PERCENT"),
]


@pytest.mark.parametrize("case_id,sql,why", NOT_REWRITABLE, ids=[r[0] for r in NOT_REWRITABLE])
def test_not_rewritable_says_why(case_id: str, sql: str, why: str):
    plan = order_plan(sql)
    assert plan.ordered is True
    assert plan.keyed_sql is None and plan.n_keys == 0
    assert why in plan.note


def test_fetch_with_ties_is_not_a_limit():
    plan = order_plan("SELECT a FROM t ORDER BY a FETCH FIRST 3 ROWS WITH TIES")
    assert plan.limit is None and plan.keyed_sql is not None and "WITH TIES" in plan.note


def test_unordered_plan_still_reports_limit():
    plan = order_plan("SELECT a FROM t LIMIT 5 OFFSET 1")
    assert (plan.ordered, plan.keyed_sql, plan.n_keys, plan.limit, plan.offset) == (False, None, 0, 5, 1)


def test_unparseable_gold_falls_back_to_tokens():
    plan = order_plan("SELECT a FROM t ORDER BY a USING >")
    assert plan.ordered is True and plan.keyed_sql is None and "not parseable" in plan.note
    assert "\x1b" not in plan.note


TOP_LEVEL = [
    ("SELECT a FROM t ORDER BY a", True),
    ("SELECT a FROM t", False),
    ("SELECT * FROM (SELECT a FROM t ORDER BY a LIMIT 3) s", False),
    ("WITH s AS (SELECT a FROM t ORDER BY a) SELECT a FROM s", False),
    ("SELECT a, RANK() OVER (ORDER BY a) FROM t", False),
    ("SELECT ARRAY_AGG(a ORDER BY a) FROM t", False),
    ("(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL (SELECT b FROM u)", False),
    ("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1", True),
    ("(SELECT a FROM t) ORDER BY a", True),
    ("SELECT a FROM t WHERE a IN (SELECT b FROM u ORDER BY b LIMIT 2)", False),
    ("SELECT a FROM t ORDER BY a USING >", True),  # unparseable by sqlglot: token fallback
    ("SELECT a, RANK() OVER (ORDER BY a) FROM t WHERE b = 'ORDER BY' USING", False),
    ("SELECT a FROM t;", False),
    ("select a from t order by a;", True),
]


@pytest.mark.parametrize("sql,expected", TOP_LEVEL)
def test_has_top_level_order_by(sql: str, expected: bool):
    assert has_top_level_order_by(sql) is expected
    assert order_plan(sql).ordered is expected
