"""The after-run checksums (eval/db/fixture_seal.py table_checksums) see every change of a stored
value, for every column type in tests/data/checksum_types.tsv, including changes between values that
are equal but print differently (1.0 vs 1.00, 0 vs -0, '1 mon' vs '30 days'); a row moved between
partitions or changed inside one is seen too, and partitioned parents (no storage) are not summed."""
from __future__ import annotations

from pathlib import Path

import pytest

from eval.db import pgconn
from eval.db.fixture_seal import table_checksums

ROWS = [line.split("\t") for line in (Path(__file__).parent / "data" / "checksum_types.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def scratch(server):
    admin = pgconn.connect(server.admin.for_db("postgres"), autocommit=True)
    with admin.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS t2seval_checksum_test")
        cur.execute("CREATE DATABASE t2seval_checksum_test")
    c = pgconn.connect(server.admin.for_db("t2seval_checksum_test"), autocommit=True)
    with c.cursor() as cur:
        cur.execute("CREATE TYPE t2s_mood AS ENUM ('happy', 'sad')")
        cur.execute("CREATE DOMAIN t2s_money_d AS numeric")
    yield c
    c.close()
    with admin.cursor() as cur:
        cur.execute("DROP DATABASE t2seval_checksum_test")
    admin.close()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[3]}" for r in ROWS])
def test_a_changed_value_changes_the_checksum(scratch, row):
    typ, before, after, _ = row
    with scratch.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS t")
        cur.execute(f"CREATE TABLE t (id int, v {typ})")
        cur.execute("INSERT INTO t VALUES (1, %s), (2, NULL)", (before,))
        if after.startswith("1e20 +"):
            after = str(10 ** 20 + 1)
        first = table_checksums(scratch)
        cur.execute("UPDATE t SET v = v WHERE id = 1")  # rewritten, same content
        assert table_checksums(scratch) == first
        cur.execute("UPDATE t SET v = %s WHERE id = 1", (after,))
        cur.execute("SELECT v::text FROM t WHERE id = 1")
        assert cur.fetchone()[0] != before or typ in ("bytea",)  # the stored text did change
        assert table_checksums(scratch)["t"] != first["t"], f"{typ}: {before!r} -> {after!r} not seen"
        cur.execute("UPDATE t SET v = %s WHERE id = 1", (before,))
        assert table_checksums(scratch) == first  # and back


def test_partitions_are_summed_and_their_parents_are_not(scratch):
    with scratch.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS t")
        cur.execute("DROP TABLE IF EXISTS scans")
        cur.execute("CREATE TABLE scans (region text, n int) PARTITION BY LIST (region)")
        cur.execute("CREATE TABLE scans_north PARTITION OF scans FOR VALUES IN ('north')")
        cur.execute("CREATE TABLE scans_south PARTITION OF scans FOR VALUES IN ('south')")
        cur.execute("INSERT INTO scans VALUES ('north', 1), ('south', 2)")
        first = table_checksums(scratch)
        assert set(first) == {"scans_north", "scans_south"}
        cur.execute("UPDATE scans SET n = 3 WHERE region = 'north'")
        now = table_checksums(scratch)
        assert now["scans_north"] != first["scans_north"] and now["scans_south"] == first["scans_south"]
        cur.execute("UPDATE scans SET n = 1 WHERE region = 'north'")
        cur.execute("DELETE FROM scans_south")
        cur.execute("INSERT INTO scans VALUES ('south', 2), ('south', 2)")
        assert table_checksums(scratch)["scans_south"] != first["scans_south"]  # a duplicated row
