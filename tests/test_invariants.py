"""schemas/<db>/invariants.sql: the parser (eval/data/invariants.py) and validate's check of every rule."""
from __future__ import annotations

import pytest

from eval.data.invariants import load_invariants, parse_invariants
from eval.errors import UsageError

GOOD = """-- invariants of shop: each query lists the rows that break one documented rule
-- (a header may run over several lines)

-- rule: a shipped order has a ship date (COMMENT ON COLUMN orders.shipped_at)
SELECT id FROM orders WHERE status = 'shipped' AND shipped_at IS NULL;

-- rule: one open cart per customer
--   (README: carts)
WITH open_carts AS (SELECT customer_id FROM carts WHERE open)
SELECT customer_id FROM open_carts GROUP BY 1 HAVING COUNT(*) > 1
-- rule: a literal ';' and '-- rule:' inside a string are not rule boundaries
SELECT id FROM notes WHERE body = 'a;b' OR body = 'x -- rule: y';
"""


def test_rules_their_text_queries_and_lines():
    rules = parse_invariants(GOOD, "shop/invariants.sql")
    assert [r.rule for r in rules] == [
        "a shipped order has a ship date (COMMENT ON COLUMN orders.shipped_at)",
        "one open cart per customer (README: carts)",
        "a literal ';' and '-- rule:' inside a string are not rule boundaries",
    ]
    assert [r.line for r in rules] == [4, 7, 11]
    assert rules[0].sql == "SELECT id FROM orders WHERE status = 'shipped' AND shipped_at IS NULL"
    assert rules[1].sql.startswith("WITH open_carts AS") and rules[1].sql.endswith("HAVING COUNT(*) > 1")
    assert rules[2].sql.endswith("'x -- rule: y'")


@pytest.mark.parametrize("text, complaint", [
    ("SELECT 1;\n", "no '-- rule:"),
    ("-- rule:\nSELECT 1;\n", "has no text"),
    ("-- rule: x\n\n", "has no query"),
    ("-- rule: x\nSELECT 1; SELECT 2;\n", "rule 'x'"),
    ("-- rule: x\nDELETE FROM t;\n", "only a query"),
    ("-- rule: x\nSELECT FROM WHERE (;\n", "rule 'x'"),
    ("-- rule: x\nSELECT 1;\n-- rule: y\nUPDATE t SET a = 1;\n", "line 3"),
])
def test_bad_files_are_one_usage_error_naming_file_and_line(text, complaint):
    with pytest.raises(UsageError) as e:
        parse_invariants(text, "db/invariants.sql")
    assert "db/invariants.sql" in str(e.value) and complaint in str(e.value)


def test_a_folder_without_the_file_has_no_rules(tmp_path):
    assert load_invariants(tmp_path) == []
    (tmp_path / "invariants.sql").write_text("-- rule: r\nSELECT 1 WHERE false;\n")
    assert [r.rule for r in load_invariants(tmp_path)] == ["r"]
    assert parse_invariants("", "x") == [] and parse_invariants("\n  \n", "x") == []


# ----------------------------------------------------------------------------- validate runs them
SHOP_SQL = """
CREATE TABLE orders (id integer PRIMARY KEY, status text, shipped_at date);
COMMENT ON COLUMN orders.shipped_at IS 'set when status is shipped';
INSERT INTO orders VALUES (1, 'shipped', '2024-01-02'), (2, 'open', NULL), (3, 'shipped', NULL);
"""


def _shop(tmp_path):
    schemas = tmp_path / "schemas"
    (schemas / "shop").mkdir(parents=True)
    (schemas / "shop" / "shop.sql").write_text(SHOP_SQL)
    q = tmp_path / "q.csv"
    q.write_text("question,query,db_name,query_category\nHow many orders are open?,"
                 "SELECT COUNT(*) FROM orders WHERE status = 'open',shop,where\n")
    return schemas, q


def test_invariants_are_documentation_not_data(tmp_path):
    from eval.db import fixtures

    schemas, _ = _shop(tmp_path)
    before = fixtures.discover(schemas)["shop"].content_hash
    (schemas / "shop" / "invariants.sql").write_text("-- rule: r\nSELECT 1 WHERE false;\n")
    after = fixtures.discover(schemas)["shop"]
    assert after.content_hash == before
    assert [f.name for f in fixtures.sql_files(schemas / "shop")] == ["shop.sql"]


def test_validate_reports_a_broken_rule_with_file_line_and_row(pg_root, tmp_path, capsys):
    from eval.cli.validate import main as validate_main

    schemas, q = _shop(tmp_path)
    rules = schemas / "shop" / "invariants.sql"
    rules.write_text("-- invariants of shop\n"
                     "-- rule: a shipped order has a ship date (COMMENT ON COLUMN orders.shipped_at)\n"
                     "SELECT id, status FROM orders WHERE status = 'shipped' AND shipped_at IS NULL;\n"
                     "-- rule: ids are positive\n"
                     "SELECT id FROM orders WHERE id <= 0;\n")
    argv = ["--schemas", str(schemas), "--questions", str(q), "--no-shuffle"]
    assert validate_main(argv) == 1
    out = capsys.readouterr().out
    broken = [line for line in out.splitlines() if "invariants.sql" in line]
    assert len(broken) == 1
    assert "line 2 (a shipped order has a ship date" in broken[0] and "1 row(s), first (3, 'shipped')" in broken[0]
    rules.write_text("-- rule: a shipped order has a ship date, except order 3 (planted)\n"
                     "SELECT id FROM orders WHERE status = 'shipped' AND shipped_at IS NULL AND id <> 3;\n")
    assert validate_main(argv) == 0


def test_a_check_that_fails_to_run_is_a_problem(pg_root, tmp_path, capsys):
    from eval.cli.validate import main as validate_main

    schemas, q = _shop(tmp_path)
    (schemas / "shop" / "invariants.sql").write_text("-- rule: r\nSELECT nope FROM orders;\n")
    assert validate_main(["--schemas", str(schemas), "--questions", str(q), "--no-shuffle"]) == 1
    assert "the check fails on instance 0" in capsys.readouterr().out
