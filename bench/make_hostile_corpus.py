#!/usr/bin/env python3
"""Write tests/data/hostile_corpus.jsonl: the hostile corpus replayed by bench/hostile_replay.py.

    python bench/make_hostile_corpus.py                 # (re)writes tests/data/hostile_corpus.jsonl
    python bench/make_hostile_corpus.py -o /tmp/c.jsonl

One JSON object a line: ``id``, ``class``, ``sql``, ``note`` and, where the entry aims at a
particular gold, ``target`` (a key of ``hostile_replay.TARGETS``: a question of the sqleval test
fixtures whose gold has a given type, e.g. a numeric for the 400-digit numerics).  An entry without
``target`` is replayed against a question whose gold holds a per-run random token, which no
prediction can reproduce.  ``db`` (bakery or transit) is optional too; ``known_bug`` marks an
entry that currently fails because of a harness bug (described there).

Classes are generated systematically where the attack is a family (operator characters x comment
openers, Unicode spaces x dollar-quote shapes, dollar tags, E'' escapes ...).  Every smuggling
text carries an *observable* second statement: ``ALTER ROLE CURRENT_USER SET application_name =
'pwned'`` (persists in pg_db_role_setting), a write to a fixture table (changes its checksum) or a
file under /tmp; the replay checks all three afterwards.  An ``honest`` entry (the correct answer of
its target) follows every ~10 hostile ones: it must still score correct after the attacks.

Written with ``ensure_ascii`` so that NUL, lone surrogates and Unicode line separators survive as
JSON escapes (a raw U+2028 would split the line for Python's str.splitlines).
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "tests" / "data" / "hostile_corpus.jsonl"

OPERATORS = "+-*/<>=~!@#%^&|`?"
UNICODE_SPACES = {"nbsp": "\u00a0", "en_quad": "\u2000", "em_space": "\u2003", "thin": "\u2009", "hair": "\u200a",
                  "zwsp": "\u200b", "line_sep": "\u2028", "ideographic": "\u3000", "bom": "\ufeff", "nel": "\u0085",
                  "narrow_nbsp": "\u202f", "vtab": "\x0b", "formfeed": "\x0c"}
PWN = "ALTER ROLE CURRENT_USER SET application_name = 'pwned'"
PWN_DB = "ALTER DATABASE CURRENT SET application_name = 'pwned'"
DROP = "DROP TABLE sales"
DELETE = "DELETE FROM sales"
TMPFILE = "/tmp/t2seval-hc-pwned"
# Entries that currently fail the replay because of a harness bug (kept in the corpus; the replay's
# --skip-known-bugs leaves them out, tests/test_hostile_corpus.py holds them as strict xfails).
FETCH_BUG = ("load-sensitive: the deadline is checked only before each FETCH, so the client-side receiving and "
             "size/cell checks of a large chunk (up to 45 MB in the first FETCH of 50 rows) are outside --timeout; on an "
             "oversubscribed machine exec_seconds went past timeout + 1 s (2.2-5.1 s seen at load average 6-10 on 2 cores)")

# honest entries: (target, the correct query)
HONEST = [
    ("bakery_units_per_shop", "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"),
    ("bakery_total_numeric", "SELECT SUM(quantity)::numeric FROM sales"),
    ("bakery_first_sale_date", "SELECT MIN(sold_at)::date FROM sales"),
    ("bakery_sales_span", "SELECT MAX(sold_at) - MIN(sold_at) FROM sales"),
    ("bakery_avg_price", "SELECT AVG(price)::float8 FROM products"),
    ("bakery_product_names_json", "SELECT json_agg(name ORDER BY product_id) FROM products"),
    ("bakery_count_sales", "SELECT COUNT(*) FROM sales"),
    ("bakery_shop_cities", "SELECT name, city FROM shops"),
    ("transit_lines_per_mode", "SELECT mode, COUNT(*) FROM network.lines GROUP BY mode"),
    ("transit_boardings_per_code", "SELECT l.code, SUM(r.boardings) FROM network.lines l JOIN network.ridership r ON r.line_id = l.line_id GROUP BY l.code"),
]


WIDE = ", ".join(["g"] * 25)
NULLS = ", ".join(["NULL"] * 30)
KNOWN = {s: FETCH_BUG for s in (
    "SELECT repeat('x', 900000) FROM generate_series(1, 1000)",  # 45 MB in the first FETCH
    f"SELECT {WIDE} FROM generate_series(1, 90000) g",  # 2.25 M cells
    f"SELECT {NULLS} FROM generate_series(1, 99000)",  # 2.97 M cells
    "SELECT repeat('é', 300000) FROM generate_series(1, 200)",
)}


def hostile() -> list[dict]:
    out: list[dict] = []

    def add(cls: str, sql: str, note: str, target: str | None = None, db: str | None = None,
            known_bug: str | None = None) -> None:
        known_bug = known_bug or KNOWN.get(sql)
        e = {"class": cls, "sql": sql, "note": note}
        if target:
            e["target"] = target
        if db:
            e["db"] = db
        if known_bug:
            e["known_bug"] = known_bug
        out.append(e)

    # --- statement smuggling: lexer differences ------------------------------------------------
    for a in OPERATORS:  # an operator glued to a comment opener: PostgreSQL cuts the operator at -- and /*
        add("smuggle_operator_comment", f"SELECT 1 {a}-- x\n; {PWN}", f"operator {a!r} + '--': sqlglot may read one operator")
        add("smuggle_operator_comment", f"SELECT 1 {a}/* x */; {PWN}", f"operator {a!r} + '/*'")
    for a, b in itertools.product("|#@!", repeat=2):
        add("smuggle_operator_comment", f"SELECT 1 {a}{b}/* x */; {PWN}; SELECT 1", f"two-char operator {a}{b} + '/*'")
    add("smuggle_operator_comment", f"SELECT 1 #-- \n; {PWN}", "#-- (issue example)")
    add("smuggle_operator_comment", f"SELECT 1 |/* */; {PWN}", "|/* (issue example)")
    add("smuggle_operator_comment", f"SELECT 1 ||/* */; {PWN}", "||/* (issue example)")
    add("smuggle_operator_comment", f"SELECT 1 -/* x */-1; {DELETE}", "comment between two minus signs")
    for name, sp in UNICODE_SPACES.items():  # PostgreSQL does not treat these as whitespace: they join identifiers
        add("smuggle_unicode_dollar", f"SELECT{sp}$t$ ; {PWN}; $t$", f"U+{ord(sp):04X} ({name}) before $t$")
        add("smuggle_unicode_dollar", f"SELECT 1{sp}$t$; {PWN}; SELECT $t$", f"U+{ord(sp):04X} ({name}) after a number, before $t$")
    for name in ("nbsp", "zwsp", "bom", "ideographic"):
        sp = UNICODE_SPACES[name]
        add("smuggle_unicode_dollar", f"SELECT 'a'{sp}; {PWN}", f"U+{ord(sp):04X} ({name}) after a string")
        add("smuggle_unicode_dollar", f"SELECT x{sp}$q$ FROM (SELECT 1 AS x) s; {DROP}; $q$", f"U+{ord(sp):04X} inside an identifier with $q$")
    for tag in ("$$", "$a$", "$_$", "$a1$", "$ä$", "$A$", "$a_b$"):
        add("smuggle_dollar_quote", f"SELECT {tag} ; {tag}; {PWN}; SELECT {tag}x{tag}", f"dollar tag {tag} closed early")
        add("smuggle_dollar_quote", f"SELECT 1 -- {tag}\n; {PWN}; SELECT {tag}", f"dollar tag {tag} inside a line comment")
    add("smuggle_dollar_quote", f"SELECT $1$ ; {PWN}; $1$", "$1$ is a parameter, not a tag")
    add("smuggle_dollar_quote", f"SELECT a$b$ ; {PWN}; $b$ FROM (SELECT 1 AS a$b$) s", "$ inside an identifier is no tag")
    add("smuggle_dollar_quote", f"SELECT $a$ $b$ ; {PWN}; $b$ $a$", "nested dollar tags")
    add("smuggle_nested_comment", f"SELECT /* /* nested */ ; {PWN}; */ 1", "nested block comment: PostgreSQL nests")
    add("smuggle_nested_comment", f"SELECT /* /* nested */ */ 1; {PWN}", "nested comment closed properly")
    add("smuggle_nested_comment", f"SELECT /* -- */ 1; {PWN}", "line comment opener inside a block comment")
    add("smuggle_nested_comment", f"SELECT 1 /* unterminated ; {PWN}", "unterminated block comment")
    add("smuggle_nested_comment", f"SELECT 1 /*/ ; {PWN}; /*/ */", "/*/ is no closer")
    add("smuggle_string_escape", f"SELECT E'\\''; {PWN}; SELECT ''", "E'' with backslash-quote")
    add("smuggle_string_escape", f"SELECT E'\\\\'; {PWN}; SELECT '\\'", "E'' with an escaped backslash")
    add("smuggle_string_escape", f"SELECT e'x\\' ; {PWN}; '", "lower-case e'' string")
    add("smuggle_string_escape", f"SELECT '\\'; {PWN}; SELECT '\\'", "backslash in a standard string (standard_conforming_strings on)")
    add("smuggle_string_escape", f"SELECT 'it''s'; {PWN}", "doubled quote")
    add("smuggle_string_escape", f"SELECT U&'\\0041'; {PWN}", "U&'' string")
    add("smuggle_string_escape", f"SELECT U&'d!0061t!+000061' UESCAPE '!'; {PWN}", "UESCAPE")
    add("smuggle_string_escape", f"SELECT B'101'; {PWN}", "bit string")
    add("smuggle_string_escape", f"SELECT 'a'\n'b'; {PWN}", "string continuation across a newline")
    add("smuggle_string_escape", f"SELECT \"a\"\"b\" FROM (SELECT 1 AS \"a\"\"b\") t; {PWN}", "doubled double quote")
    add("smuggle_string_escape", f"SELECT set_config('standard_conforming_strings', 'off', false); SELECT '\\'; {PWN}; --'",
        "standard_conforming_strings off, then a backslash-quote")
    add("smuggle_string_escape", f"SET standard_conforming_strings = off; SELECT '\\'; {PWN}; --'", "SET scs off then smuggle")
    add("smuggle_wrapper", f"SELECT 1 AS x) AS t2seval_q; {PWN}; SELECT (1", "closes the wrapper's parenthesis")
    add("smuggle_wrapper", f"SELECT 1\n) AS t2seval_q; {PWN}; --", "closes the wrapper, comments out the rest")
    add("smuggle_wrapper", f"SELECT 1) t; COMMIT; {PWN}; BEGIN; SELECT (1", "closes the wrapper and the transaction")

    # --- several statements, DDL / DML ---------------------------------------------------------
    for s in (f"{DROP}; SELECT 1", f"SELECT 1; {DROP}", "COMMIT; DROP TABLE sales", "SELECT 1; COMMIT",
              f"END; {DELETE}", f"ROLLBACK; {DELETE}", f"SELECT 1;;; {PWN}", f"SELECT 1;\n{PWN};\n"):
        add("multi_statement", s, "several statements in one text")
    for s in (DROP, "TRUNCATE sales", DELETE, "UPDATE products SET price = 0 RETURNING *",
              "INSERT INTO shops VALUES (9, 'x', 'y', '2020-01-01') RETURNING *", "CREATE TABLE evil AS SELECT * FROM sales",
              "SELECT * INTO evil FROM sales", "ALTER TABLE sales ADD COLUMN x int", "CREATE INDEX ON sales (quantity)",
              "MERGE INTO products p USING products q ON p.product_id = q.product_id WHEN MATCHED THEN UPDATE SET price = 0",
              "WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d",
              "WITH u AS (UPDATE products SET price = 0 RETURNING 1) SELECT count(*) FROM u",
              "WITH i AS (INSERT INTO shops VALUES (9, 'x', 'y', '2020-01-01') RETURNING *) SELECT * FROM i",
              "WITH x AS (SELECT 1) DELETE FROM sales RETURNING *",
              "SELECT * FROM (WITH d AS (DELETE FROM sales RETURNING *) SELECT * FROM d) s",
              "SELECT * FROM sales FOR UPDATE", "SELECT * FROM products FOR NO KEY UPDATE SKIP LOCKED",
              "SELECT query_to_xml('DELETE FROM sales', true, true, '')",
              "(DELETE FROM sales RETURNING *)", "VALUES ((SELECT 1)); DELETE FROM sales",
              "TABLE sales; TRUNCATE sales"):
        add("ddl_dml", s, "DDL / DML, also inside CTEs and wrappers")

    # --- session state -------------------------------------------------------------------------
    for s in ("SET statement_timeout = 0", "SET ROLE postgres", "SET SESSION AUTHORIZATION postgres", "RESET ALL",
              "RESET statement_timeout", PWN, "ALTER ROLE t2seval_reader SET statement_timeout = 0", PWN_DB,
              "ALTER ROLE t2seval_reader SUPERUSER", "SET LOCAL transaction_read_only = off",
              "SELECT set_config('default_transaction_read_only', 'off', false)",
              "SELECT set_config('statement_timeout', '0', false), pg_sleep(3)",
              "SELECT set_config('search_path', 'pg_temp, public', true), count(*) FROM sales",
              "SELECT current_setting('transaction_read_only'), set_config('TimeZone', 'Asia/Tokyo', false)"):
        add("session_settings", s, "SET / RESET / ALTER ROLE ... SET / set_config")
    for s in ("DECLARE c CURSOR WITH HOLD FOR SELECT * FROM sales", "SELECT 1; DECLARE c CURSOR WITH HOLD FOR SELECT 1",
              "DECLARE t2seval_cursor CURSOR FOR SELECT 1", "CLOSE ALL", "FETCH ALL FROM t2seval_cursor",
              "PREPARE p AS SELECT 1", "EXECUTE p", "DEALLOCATE ALL", "SELECT 1; PREPARE p AS DELETE FROM sales"):
        add("cursor_prepare", s, "cursors (WITH HOLD), prepared statements")
    for s in ("LISTEN ch", "NOTIFY ch, 'x'", "SELECT pg_notify('ch', 'x')", "UNLISTEN *"):
        add("listen_notify", s, "LISTEN / NOTIFY")
    for s in ("SELECT pg_advisory_lock(1)", "SELECT pg_advisory_xact_lock(1)", "SELECT pg_try_advisory_lock(7)",
              "SELECT pg_advisory_lock_shared(2), count(*) FROM sales", "LOCK TABLE sales IN ACCESS EXCLUSIVE MODE"):
        add("advisory_lock", s, "advisory and table locks")
    add("setseed", "SELECT setseed(0.5)", "setseed state would outlive the query")
    add("setseed", "SELECT setseed(0.5), random()", "setseed then random")
    add("setseed", "SELECT random() FROM (SELECT setseed(0)) s", "setseed in a subquery")
    for s in ("CREATE TEMP TABLE t AS SELECT 1", "SELECT 1 INTO TEMP t", "CREATE TEMP TABLE sales (x int)",
              "SELECT * FROM pg_temp.sales", "CREATE FUNCTION pg_temp.f() RETURNS int AS 'SELECT 1' LANGUAGE sql"):
        add("temp_table", s, "temporary objects")

    # --- files, programs, other servers -------------------------------------------------------
    for s in (f"COPY sales TO PROGRAM 'touch {TMPFILE}'", "COPY sales FROM PROGRAM 'id'", f"COPY (SELECT 1) TO '{TMPFILE}'",
              "COPY sales FROM '/etc/passwd'", "SELECT pg_read_file('/etc/passwd')", "SELECT pg_read_file('postgresql.conf')",
              "SELECT pg_read_binary_file('/etc/passwd')", "SELECT pg_ls_dir('.')", "SELECT * FROM pg_ls_waldir()",
              "SELECT pg_stat_file('/etc/passwd')", "SELECT lo_import('/etc/passwd')", f"SELECT lo_export(1, '{TMPFILE}')",
              "SELECT lo_get(1)", "SELECT dblink('host=127.0.0.1', 'DROP TABLE sales')",
              "SELECT * FROM dblink_exec('dbname=postgres', 'DROP TABLE sales')", "CREATE EXTENSION dblink",
              "CREATE EXTENSION postgres_fdw", "SELECT current_setting('data_directory')"):
        add("files_programs", s, "COPY / server files / large objects / other servers")

    # --- time ----------------------------------------------------------------------------------
    for s in ("SELECT pg_sleep(1e6)", "SELECT pg_sleep(30), 1", "SELECT pg_sleep_for('1 hour')",
              "SELECT count(*) FROM generate_series(1, 1000000) a, generate_series(1, 1000) b",
              "SELECT count(*) FROM generate_series(1, 10000000000)",
              "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
              "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n FROM r) SELECT * FROM r",
              "SELECT md5(g::text) AS h FROM generate_series(1, 100000000) g ORDER BY h",
              "SELECT repeat('a', 30) || 'b' ~ '(a*)*c' FROM generate_series(1, 100000)",
              "SELECT regexp_replace(repeat('a', 100000), '(a|aa)+$', 'x')",
              "SELECT repeat('ab', 3000) ~ '((a|b)*)*\\1\\1c'",
              "SELECT count(*) FROM generate_series(1, 3000000) g WHERE md5(g::text) ~ '((a|b|c|d)*e(f|0)+)+\\1$'",
              "SELECT 'a' ~ '((((a{1,200}){1,200}){1,200}){1,200})'",
              "SELECT count(*) FROM sales a, sales b, sales c, sales d, sales e, sales f, sales g, sales h, sales i",
              "SELECT (SELECT count(*) FROM generate_series(1, 100000)) FROM generate_series(1, 100000)",
              "SELECT * FROM sales, pg_sleep(0.4) UNION ALL SELECT * FROM sales, pg_sleep(0.4) UNION ALL SELECT * FROM sales, pg_sleep(0.4)"):
        add("sleep_cpu", s, "sleeps and long CPU: must stop at --timeout")

    # --- size ----------------------------------------------------------------------------------
    for s in ("SELECT g FROM generate_series(1, 10000000000) g", "SELECT g FROM generate_series(1, 200000) g",
              "SELECT repeat('x', 900000) FROM generate_series(1, 1000)", "SELECT repeat('x', 1000000000)",
              "SELECT repeat('x', 2000000)", f"SELECT {WIDE} FROM generate_series(1, 90000) g",
              f"SELECT {NULLS} FROM generate_series(1, 99000)", "SELECT repeat('é', 300000) FROM generate_series(1, 200)",
              "SELECT g, g FROM generate_series(1, 1000001) g"):
        add("huge_result", s, "many rows, wide cells, repeat()")
    for s in ("SELECT array_agg(g) FROM generate_series(1, 300000000) g",
              "SELECT string_agg(repeat('x', 1000000), '') FROM generate_series(1, 2000)",
              "SELECT string_agg(md5(g::text), ',') FROM generate_series(1, 20000000) g",
              "SELECT array_agg(repeat('x', 10000)) FROM generate_series(1, 100000)",
              "SELECT jsonb_agg(g) FROM generate_series(1, 100000000) g",
              "SELECT repeat('x', 200000000)::int"):
        add("memory_bomb", s, "memory bombs: aggregates of huge series")

    # --- values that used to crash, against typed golds ---------------------------------------
    crash = [
        ("SELECT date '0044-03-15 BC'", "bakery_first_sale_date", "BC date vs a date gold"),
        ("SELECT date '12000-01-01'", "bakery_first_sale_date", "year > 9999 vs a date gold"),
        ("SELECT timestamp '15000-06-01 10:00', timestamptz '294276-12-31 23:59:59+00'", "bakery_sales_span", "huge timestamps"),
        ("SELECT interval '178000000 years'", "bakery_sales_span", "huge interval vs an interval gold"),
        ("SELECT 'infinity'::interval", "bakery_sales_span", "infinite interval"),
        ("SELECT 'infinity'::date", "bakery_first_sale_date", "infinite date"),
        ("SELECT '-infinity'::timestamp, time '24:00'", "bakery_sales_span", "-infinity and 24:00"),
        ("SELECT ('" + "[" * 600 + "]" * 600 + "')::json", "bakery_product_names_json", "deep JSON"),
        ("SELECT ('" + "[" * 5000 + "]" * 5000 + "')::jsonb", "bakery_product_names_json", "deeper jsonb"),
        ("SELECT ('" + "1" * 5001 + "')::json", "bakery_product_names_json", "huge JSON number"),
        ("SELECT '\"\\ud800\"'::json", "bakery_product_names_json", "lone surrogate escape in json"),
        ("SELECT '[\"\\udfff\", \"\\ud800x\"]'::json", "bakery_product_names_json", "lone low surrogate in json"),
        ("SELECT '\"\\ud800\"'::jsonb", "bakery_product_names_json", "lone surrogate in jsonb (server refuses)"),
        ("SELECT ('1" + "0" * 400 + "')::numeric", "bakery_total_numeric", "400-digit numeric vs numeric gold"),
        ("SELECT ('31." + "0" * 400 + "1')::numeric", "bakery_total_numeric", "numeric close to the gold with 400 decimals"),
        ("SELECT 'NaN'::numeric", "bakery_total_numeric", "numeric NaN vs numeric gold"),
        ("SELECT 'NaN'::float8", "bakery_avg_price", "float NaN vs float gold"),
        ("SELECT 'infinity'::float8, '-infinity'::numeric", "bakery_avg_price", "float/numeric infinities"),
        ("SELECT 1e308::float8 * 10", "bakery_avg_price", "float overflow"),
        ("SELECT ('9' || repeat('9', 131071))::numeric", "bakery_total_numeric", "largest numeric"),
        ("SELECT 'NaN'::numeric, name FROM shops", "bakery_units_per_shop", "NaN against a grouped gold"),
        ("SELECT ARRAY[[1,2],[3,4]]::int[], '{}'::int[], '[1:2]={1,2}'::int[]", "bakery_units_per_shop", "odd arrays"),
        ("SELECT '<a>&#0;</a>'::xml", "bakery_shop_cities", "xml"),
        ("SELECT point(1e308, 'NaN'), '(1,2),(3,4)'::box, '01:02:03'::timetz", "bakery_shop_cities", "geometric / timetz"),
        ("SELECT '\\x00ff'::bytea, B'1'::bit varying, '00:00:00:00:00:00'::macaddr", "bakery_shop_cities", "bytea / bit / macaddr"),
        ("SELECT int8range(1, 10), '[,)'::daterange, tsvector 'a:1 b:2'", "bakery_shop_cities", "ranges / tsvector"),
    ]
    for sql, target, note in crash:
        add("crash_value", sql, note, target=target)

    # --- huge prediction text ------------------------------------------------------------------
    add("huge_text", "SELECT 1 /* " + "x" * 120_000 + " */", "120 KB comment")
    add("huge_text", "SELECT '" + "y" * 150_000 + "'", "150 KB string literal")
    add("huge_text", "SELECT count(*) FROM sales WHERE sale_id IN (" + ", ".join(str(i) for i in range(25_000)) + ")", "long IN list (>100 KB)")
    add("huge_text", "SELECT " + "(" * 51_000 + "1" + ")" * 51_000, "deep parentheses, just over 100 KB")
    add("huge_text", "SELECT " + "(" * 40_000 + "1" + ")" * 40_000, "deep parentheses under 100 KB: parser stack depth")
    add("huge_text", "SELECT " + " + ".join(["1"] * 30_000), "long expression, over 100 KB")
    add("huge_text", "SELECT 1" + ";" * 99_000, "99,000 empty statements just under 100 KB: ~99,000 tokens")
    add("huge_text", "SELECT " + "+".join(["1"] * 49_990), "50,000-term sum just under 100 KB: tokens, then stack depth")

    # --- catalog snooping ----------------------------------------------------------------------
    for s in ("SELECT * FROM pg_authid", "SELECT passwd FROM pg_shadow", "SELECT rolpassword FROM pg_authid",
              "SELECT query FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
              "SELECT pg_stat_get_backend_activity(s) FROM pg_stat_get_backend_idset() s",
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
              "UPDATE pg_settings SET setting = '0' WHERE name = 'statement_timeout'",
              "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'statement_timeout'",
              "SELECT * FROM pg_file_settings", "SELECT * FROM pg_hba_file_rules", "SELECT pg_reload_conf()",
              "SELECT * FROM pg_db_role_setting", "SELECT datname, datacl FROM pg_database"):
        add("catalog_snoop", s, "catalog snooping and setting writes")

    # --- NUL and invalid UTF-8 ----------------------------------------------------------------
    add("nul_byte", "SELECT 1\x00; DROP TABLE sales", "NUL character in the text")
    add("nul_byte", "SELECT 'a\x00b'", "NUL inside a string literal")
    add("nul_byte", "SELECT E'\\x00'", "NUL escape in E'' (server refuses)")
    add("nul_byte", "SELECT chr(0)", "chr(0) (server refuses)")
    add("nul_byte", "SELECT U&'\\0000'", "U&'' NUL")
    add("invalid_utf8", "SELECT E'\\xff'", "invalid UTF-8 byte escape")
    add("invalid_utf8", "SELECT E'\\xc3\\x28'", "invalid UTF-8 sequence")
    add("invalid_utf8", "SELECT convert_from('\\xfffe'::bytea, 'UTF8')", "convert_from invalid bytes")
    add("invalid_utf8", "SELECT U&'\\D800'", "U&'' lone surrogate")
    add("invalid_utf8", "SELECT chr(55296)", "chr of a surrogate code point")
    add("invalid_utf8", "SELECT E'\\uD800'", "E'' lone surrogate")
    add("invalid_utf8", "SELECT 'a\ud800b'", "a lone surrogate in the prediction text itself (not encodable as UTF-8)")
    add("invalid_utf8", "SELECT 1 -- \udcff", "a lone low surrogate in a comment of the prediction text")
    return out


def corpus() -> list[dict]:
    hs = hostile()
    out: list[dict] = []
    counts: dict[str, int] = {}
    honest_i = 0
    for i, e in enumerate(hs):
        n = counts[e["class"]] = counts.get(e["class"], 0) + 1
        out.append({"id": f"{e['class']}-{n:03d}", **e})
        if i % 10 == 9:
            target, sql = HONEST[honest_i % len(HONEST)]
            honest_i += 1
            out.append({"id": f"honest-{honest_i:03d}", "class": "honest", "sql": sql,
                        "note": "the correct answer, after attacks", "target": target})
    honest_i += 1
    out.append({"id": f"honest-{honest_i:03d}", "class": "honest", "sql": HONEST[0][1], "note": "the correct answer, last",
                "target": HONEST[0][0]})
    # key order: id, class, sql, note, then the optional fields
    return [{k: e[k] for k in ("id", "class", "sql", "note", "target", "db", "known_bug") if k in e} for e in out]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", default=str(OUT), help=f"output file (default {OUT.relative_to(REPO)})")
    a = ap.parse_args(argv)
    entries = corpus()
    ids = [e["id"] for e in entries]
    assert len(set(ids)) == len(ids)
    Path(a.output).parent.mkdir(parents=True, exist_ok=True)
    with open(a.output, "w", encoding="ascii") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=True) + "\n")
    by: dict[str, int] = {}
    for e in entries:
        by[e["class"]] = by.get(e["class"], 0) + 1
    print(f"wrote {len(entries)} entries to {a.output}: " + ", ".join(f"{k} {v}" for k, v in by.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
