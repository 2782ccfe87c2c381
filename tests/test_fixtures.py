"""Loader: sql-eval layout, schema-qualified tables, documentation sources, reuse and atomic reload."""
from __future__ import annotations

import shutil

from eval.db import pgconn
import pytest

from tests.helpers.harness import SQLEVAL_SCHEMAS
from eval.db import fixtures
from eval.errors import UsageError


def _dbs(server):
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname, oid FROM pg_database WHERE datname LIKE 't2seval%'")
            return dict(cur.fetchall())
    finally:
        c.close()


def test_loads_sqleval_layout_with_schemas(server, sqleval_fixtures, executor):
    transit = sqleval_fixtures["transit"]
    assert transit.kind == "sql" and len(transit.instance_dbs) == 1
    out = executor.execute(transit.instance_dbs[0], "SELECT count(*) FROM network.lines")
    assert out.result.rows == [(4,)]  # loaded from a COPY … FROM stdin block
    assert set(transit.checksums[transit.instance_dbs[0]]) == {"network.lines", "network.stops", "network.line_stops", "network.ridership"}


def test_schema_doc_from_json_and_from_comments(server, sqleval_fixtures):
    bakery = fixtures.schema_doc(server, sqleval_fixtures["bakery"])
    assert [t.name for t in bakery.tables] == ["shops", "products", "sales"]
    assert bakery.tables[1].columns[2].description == "bread, viennoiserie or pastry"
    assert "Revenue" in bakery.glossary
    transit = fixtures.schema_doc(server, sqleval_fixtures["transit"])
    lines = transit.tables[0]
    assert lines.name == "network.lines" and lines.description == "Transit lines"
    assert [c.description for c in lines.columns] == ["", "Public line code, e.g. M1", "bus, tram or metro"]


def test_second_load_reuses(server, sqleval_fixtures):
    before = _dbs(server)
    fxs = fixtures.discover(SQLEVAL_SCHEMAS)
    messages = []
    for fx in fxs.values():
        fixtures.ensure_loaded(server, fx, messages.append)
    assert messages == []
    assert _dbs(server) == before


def test_changed_folder_is_reloaded_and_failed_load_leaves_nothing(server, tmp_path):
    root = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS / "bakery", root / "bakery")
    with open(root / "bakery" / "bakery.sql", "a") as f:
        f.write("\n-- a private copy\n")
    fx = fixtures.discover(root)["bakery"]
    first = fixtures.ensure_loaded(server, fx)[0]
    with open(root / "bakery" / "bakery.sql", "a") as f:
        f.write("\nINSERT INTO shops VALUES (5, 'New', 'Nice', '2024-01-01');\n")
    fx2 = fixtures.discover(root)["bakery"]
    assert fx2.content_hash != fx.content_hash
    second = fixtures.ensure_loaded(server, fx2)[0]
    assert second != first
    assert first not in _dbs(server)  # the stale version was dropped
    # a file that fails halfway: error names the file, no database is left behind
    (root / "bakery" / "zz_broken.sql").write_text("INSERT INTO shops VALUES (6, 'x', 'y', '2024-01-01');\nSELECT * FROM nowhere;\n")
    fx3 = fixtures.discover(root)["bakery"]
    before = set(_dbs(server))
    with pytest.raises(UsageError, match="zz_broken.sql failed to load"):
        fixtures.ensure_loaded(server, fx3)
    after = set(_dbs(server))
    assert after == before
    assert not any("tmp" in d for d in after)


def test_generated_instances(server, tmp_path, executor):
    d = tmp_path / "s" / "depots"
    d.mkdir(parents=True)
    (d / "schema.sql").write_text("CREATE TABLE depot (id int PRIMARY KEY, name text, note text);\n"
                                  "COMMENT ON TABLE depot IS 'Depots';\n")
    (d / "generate.py").write_text(
        "SEEDS = [5, 6, 7]\n"
        "def generate(seed):\n"
        "    return {'depot': [(i, f'D{i}\"q\"', None if i % 2 else '') for i in range(1, seed + 1)]}\n")
    fx = fixtures.discover(tmp_path / "s")["depots"]
    assert fx.kind == "generated" and fx.n_instances == 3
    names = fixtures.ensure_loaded(server, fx)
    counts = [executor.execute(n, "SELECT count(*), count(note), min(name) FROM depot").result.rows[0] for n in names]
    assert counts == [(5, 2, 'D1"q"'), (6, 3, 'D1"q"'), (7, 3, 'D1"q"')]  # NULL vs '' preserved


def test_checksums_detect_changes(server, sqleval_fixtures):
    fx = sqleval_fixtures["bakery"]
    assert fixtures.verify_checksums(server, fx) == []
    c = pgconn.connect(server.admin.for_db(fx.instance_dbs[0]))
    c.autocommit = True
    try:
        with c.cursor() as cur:
            cur.execute("UPDATE products SET price = price WHERE product_id = 10")  # same content
            assert fixtures.verify_checksums(server, fx) == []
            cur.execute("UPDATE products SET price = 9 WHERE product_id = 10")
            problems = fixtures.verify_checksums(server, fx)
            assert len(problems) == 1 and "products" in problems[0]
            cur.execute("UPDATE products SET price = 1.20 WHERE product_id = 10")
    finally:
        c.close()
    assert fixtures.verify_checksums(server, fx) == []


def test_folder_without_sql(tmp_path):
    (tmp_path / "empty_db").mkdir()
    with pytest.raises(UsageError, match="has no .sql file"):
        fixtures.discover(tmp_path)


def test_damaged_instance_is_restored_from_its_template(server, tmp_path):
    root = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS / "bakery", root / "bakery")
    with open(root / "bakery" / "bakery.sql", "a") as f:
        f.write("\n-- restore test copy\n")
    fx = fixtures.discover(root)["bakery"]
    db = fixtures.ensure_loaded(server, fx)[0]
    assert fixtures.template_name(db) in _dbs(server)
    c = pgconn.connect(server.admin.for_db(db))
    c.autocommit = True
    with c.cursor() as cur:
        cur.execute("DELETE FROM sales WHERE sale_id = 100")
    c.close()
    assert list(fixtures.verify_all(server, [fx])) == [db]
    fixtures.restore(server, db)
    assert fixtures.verify_checksums(server, fx) == []
    # a missing instance is rebuilt from the template, not from the .sql files
    c = pgconn.connect(server.admin.for_db("postgres"))
    c.autocommit = True
    with c.cursor() as cur:
        cur.execute(f'DROP DATABASE "{db}"')
    c.close()
    (root / "bakery" / "bakery.sql").rename(root / "bakery" / "bakery.sql.moved")
    (root / "bakery" / "zz_never_runs.sql").write_text("SELECT * FROM nowhere;\n")
    fx.instance_dbs = []
    fixtures.ensure_all(server, [fx])
    assert fixtures.verify_checksums(server, fx) == []
    (root / "bakery" / "zz_never_runs.sql").unlink()


def test_leftover_temporary_database_is_dropped(server, sqleval_fixtures):
    c = pgconn.connect(server.admin.for_db("postgres"))
    c.autocommit = True
    with c.cursor() as cur:
        cur.execute("CREATE DATABASE t2seval_tmp_deadbeef0001")
    c.close()
    assert "t2seval_tmp_deadbeef0001" in _dbs(server)
    fixtures.ensure_all(server, list(sqleval_fixtures.values()))
    assert "t2seval_tmp_deadbeef0001" not in _dbs(server)


def test_ensure_all_reports_build_progress(server, tmp_path):
    """progress(done, total): (0, n) first, then once per database built; nothing when all exist."""
    from eval.db import fixtures

    schemas = tmp_path / "schemas"
    (schemas / "tiny_progress").mkdir(parents=True)
    (schemas / "tiny_progress" / "tiny_progress.sql").write_text(
        f"CREATE TABLE t (a integer);\nINSERT INTO t VALUES ({abs(hash(str(tmp_path))) % 100000});\n")
    fx = fixtures.discover(schemas)["tiny_progress"]  # content unique to this test: never built before
    calls = []
    fixtures.ensure_all(server, [fx], progress=lambda d, n: calls.append((d, n)))
    assert calls[0] == (0, 1) and calls[-1] == (1, 1)
    again = []
    fixtures.ensure_all(server, [fx], progress=lambda d, n: again.append((d, n)))
    assert again == []


def test_declared_seeds_are_the_generators_own(tmp_path):
    """Seeds read from a generator's text (no import) are what importing it gives, for every bundled
    generator; any other shape of SEEDS is imported."""
    from pathlib import Path

    from eval.db.fixture_files import declared_seeds, generated_csv, load_generator

    gens = sorted((Path(__file__).resolve().parent.parent / "schemas").glob("*/generate.py"))
    assert len(gens) >= 14
    for g in gens:
        assert declared_seeds(g) == list(load_generator(g).SEEDS), g
    cases = {
        "SEEDS = [3, 1_000, 7]  # three\n": [3, 1000, 7],
        "SEEDS = [3]\nSEEDS = SEEDS + [4]\n": [3, 4],
        "SEEDS = [3]\nSEEDS.append(5)\n": [3, 5],
        "SEEDS = list(range(2))\n": [0, 1],
        "": [0],  # no SEEDS: the default
    }
    for i, (text, want) in enumerate(cases.items()):
        p = tmp_path / f"g{i}" / "generate.py"
        p.parent.mkdir()
        p.write_text(text + "def generate(seed):\n    return {'t': [(seed,)]}\n")
        assert declared_seeds(p) == want, text
    with pytest.raises(UsageError, match="not one of its SEEDS"):
        generated_csv(str(tmp_path / "g0" / "generate.py"), 4)
