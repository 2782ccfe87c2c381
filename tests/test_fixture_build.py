"""Generated instances: the data cache (eval/db/fixture_data.py), the sealed schema template, COPY without
per-row foreign-key triggers (and the set-based check that replaces them), restore by rebuild."""
from __future__ import annotations

import gzip

import pytest

from eval.db import fixture_data, fixtures, pgconn
from eval.db.fixture_load import schema_template_name
from eval.errors import UsageError


def _dbs(server) -> set[str]:
    c = pgconn.connect(server.admin.for_db("postgres"))
    try:
        with c.cursor() as cur:
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE 't2seval%'")
            return {r[0] for r in cur.fetchall()}
    finally:
        c.close()


def _admin(server, db: str, sql: str) -> None:
    c = pgconn.connect(server.admin.for_db(db))
    try:
        c.execute(sql)
    finally:
        c.close()


def _folder(tmp_path, name: str, schema: str, body: str, seeds: str = "[1, 2]"):
    d = tmp_path / "s" / name
    d.mkdir(parents=True)
    (d / "schema.sql").write_text(schema)
    (d / "generate.py").write_text(f"SEEDS = {seeds}\n# {tmp_path}\ndef generate(seed):\n{body}")  # unique content per test
    return fixtures.discover(tmp_path / "s")[name]


DEPOTS = ("CREATE TABLE depot (id int PRIMARY KEY, name text);\n"
          "CREATE TABLE van (id int PRIMARY KEY, depot_id int REFERENCES depot(id), plate text);\n")
DEPOTS_ROWS = ("    return {'depot': [(i, f'D{i}') for i in range(1, seed + 3)],\n"
               "            'van': [(i, 1 + i % (seed + 2), None if i == 3 else f'P{i}') for i in range(1, 10)]}\n")


def test_data_file_round_trip_and_unreadable_file_is_a_miss(tmp_path):
    tables = [("a", b"1,x\n2,\"y,z\"\n"), ("b", b""), ("c", "3,\u00e9\n".encode())]
    p = tmp_path / "data" / "f-s1-key.csv.gz"
    fixture_data.write(p, tables)
    assert fixture_data.read(p) == tables
    for broken in (b"not gzip", gzip.compress(b"a\t99\nshort"), gzip.compress(b"no header line")):
        p.write_bytes(broken)
        assert fixture_data.read(p) is None
    assert fixture_data.read(tmp_path / "missing.csv.gz") is None
    assert fixture_data.data_key("h", 1) != fixture_data.data_key("h", 2) != fixture_data.data_key("g", 2)


def test_instances_are_clones_of_one_sealed_schema_template_and_data_is_cached(server, tmp_path, executor):
    fx = _folder(tmp_path, "depots_a", DEPOTS, DEPOTS_ROWS)
    names = fixtures.ensure_loaded(server, fx)
    dbs = _dbs(server)
    template = schema_template_name(names[0])
    assert template in dbs and all(schema_template_name(n) == template for n in names)
    assert not any(fixtures.template_name(n) in dbs for n in names)  # no per-instance template any more
    rows = [executor.execute(n, "SELECT count(*), count(plate) FROM depot JOIN van ON van.depot_id = depot.id").result.rows
            for n in names]
    assert rows == [[(9, 8)], [(9, 8)]]
    for k, seed in enumerate(fx.seeds):  # one cache file per seed, holding exactly what was loaded
        cached = dict(fixture_data.read(fixture_data.data_path(server, fx.name, fx.content_hash, seed)))
        assert cached["depot"].count(b"\n") == seed + 2
    # the reader may read but not write, in the clone as in the template's grants
    assert executor.execute(names[0], "SELECT name FROM depot ORDER BY id LIMIT 1").result.rows == [("D1",)]


def test_damaged_generated_instance_is_rebuilt_from_its_cached_data(server, tmp_path, monkeypatch):
    fx = _folder(tmp_path, "depots_b", DEPOTS, DEPOTS_ROWS)
    db = fixtures.ensure_loaded(server, fx)[1]
    _admin(server, db, "DELETE FROM van WHERE id = 4")
    assert list(fixtures.verify_all(server, [fx])) == [db]

    def no_generator(*a, **k):
        raise AssertionError("the generator ran: the data cache was not used")

    monkeypatch.setattr(fixture_data, "generated_tables", no_generator)
    fixtures.restore(server, db)
    assert fixtures.verify_all(server, [fx]) == {}
    # a missing instance is rebuilt from the cache too (not generated again)
    _admin(server, "postgres", f'DROP DATABASE "{db}"')
    fixtures.ensure_all(server, [fx])
    assert fixtures.verify_all(server, [fx]) == {}


def test_restore_refuses_data_that_differs_from_the_first_load(server, tmp_path):
    fx = _folder(tmp_path, "depots_c", DEPOTS, DEPOTS_ROWS, seeds="[1]")
    db = fixtures.ensure_loaded(server, fx)[0]
    path = fixture_data.data_path(server, fx.name, fx.content_hash, 1)
    tables = dict(fixture_data.read(path))
    tables["depot"] += b"99,intruder\n"
    fixture_data.write(path, list(tables.items()))
    with pytest.raises(UsageError, match="differs from the data first loaded"):
        fixtures.restore(server, db)


def test_rows_breaking_a_foreign_key_are_refused_naming_it(server, tmp_path):
    body = ("    return {'depot': [(1, 'D1')], 'van': [(1, 1, 'P1'), (2, None, 'P2'), (3, 7, 'P3')]}\n")
    fx = _folder(tmp_path, "depots_d", DEPOTS, body, seeds="[1]")
    before = _dbs(server)
    with pytest.raises(UsageError, match=r"seed 1: rows break the foreign key\(s\) van\.van_depot_id_fkey"):
        fixtures.ensure_loaded(server, fx)
    assert not {d for d in _dbs(server) - before if "depots_d" in d and not d.endswith("_ddl")}


def test_schema_triggers_still_fire_when_loading(server, tmp_path, executor):
    schema = DEPOTS + ("CREATE FUNCTION up() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); "
                       "RETURN NEW; END $$;\nCREATE TRIGGER depot_up BEFORE INSERT ON depot FOR EACH ROW EXECUTE FUNCTION up();\n")
    body = "    return {'depot': [(1, 'north')], 'van': [(1, 1, 'P1')]}\n"
    fx = _folder(tmp_path, "depots_e", schema, body, seeds="[1]")
    db = fixtures.ensure_loaded(server, fx)[0]
    assert executor.execute(db, "SELECT name FROM depot").result.rows == [("NORTH",)]


def test_schema_error_names_the_file(server, tmp_path):
    fx = _folder(tmp_path, "depots_f", "CREATE TABLE depot (id int PRIMARY KEY);\nCREATE TABLE oops (x nosuchtype);\n",
                 "    return {'depot': []}\n", seeds="[1]")
    with pytest.raises(UsageError, match=r"schema.sql failed to load: .*nosuchtype"):
        fixtures.ensure_loaded(server, fx)
