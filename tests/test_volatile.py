"""Volatile golds (now(), CURRENT_DATE, random() ...): found with sqlglot, never served from the
gold cache, flagged by validate; fixtures whose load SQL reads the clock are rebuilt every UTC day."""
from __future__ import annotations

import csv
import json
import pickle
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.harness import SQLEVAL_SCHEMAS, csv_ids, run_cli
from eval.db import fixtures
from eval.scoring import comparator
from eval.run.golds import GoldStore, may_be_volatile
from eval.sqltext.rewrite import volatile_calls
from eval.types import ResultSet

CASES = [line.rstrip("\n").split("\t") for line in
         (Path(__file__).parent / "data" / "volatile_golds.tsv").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("sql, want, note", CASES, ids=[c[0][:40] for c in CASES])
def test_volatile_calls_table(sql, want, note):
    assert ",".join(volatile_calls(sql)) == want, note


@pytest.mark.parametrize("sql, want, note", CASES, ids=[c[0][:40] for c in CASES])
def test_prefilter_never_hides_a_volatile_gold(sql, want, note):
    """may_be_volatile (the word scan that spares most golds a parse) is True for every volatile case."""
    if want:
        assert may_be_volatile(sql), note


@pytest.mark.parametrize("sql", ["SELECT count(*) FROM sales", "SELECT stage, avg(price) FROM stages GROUP BY stage",
                                 "SELECT 'we know the time' FROM sales"])
def test_prefilter_skips_plain_golds(sql):
    assert not may_be_volatile(sql) and volatile_calls(sql) == []


class _SpyDisk:
    """A gold cache that serves a stale answer for everything and records what was asked."""

    def __init__(self):
        self.asked, self.stored = [], []

    def get(self, db, sql):
        self.asked.append(sql)
        return comparator.GoldEvidence(result=ResultSet(["x"], [(-1,)]), plan=None, keyed=None)

    def get_many(self, pairs):
        self.asked += [s for _, s in pairs]
        return {}

    def put(self, db, sql, ev):
        self.stored.append(sql)


def test_gold_store_never_caches_a_volatile_gold(executor, sqleval_fixtures):
    disk = _SpyDisk()
    store = GoldStore(executor, 1000, disk=disk)
    db = sqleval_fixtures["bakery"].instance_dbs[0]
    volatile = "SELECT CURRENT_DATE - DATE '2000-01-01' AS days"
    store.prefetch([(db, volatile)])
    ev = store.get(db, volatile)
    assert volatile not in disk.asked and volatile not in disk.stored
    assert ev.result.rows[0][0] > 9000  # computed now, not the stale -1
    stable = "SELECT COUNT(*) FROM sales"
    assert store.get(db, stable).result.rows == [(-1,)]  # an ordinary gold is served from the cache
    assert stable in disk.asked


def test_clock_dependent_fixture_is_rebuilt_each_day(tmp_path, monkeypatch):
    d = tmp_path / "schemas" / "events"
    d.mkdir(parents=True)
    (d / "events.sql").write_text("CREATE TABLE ev (d date);\nINSERT INTO ev VALUES (CURRENT_DATE - 3);\n")
    (tmp_path / "schemas" / "plain").mkdir()
    (tmp_path / "schemas" / "plain" / "plain.sql").write_text("CREATE TABLE p (d date);\nINSERT INTO p VALUES ('2024-01-01');\n")
    (tmp_path / "schemas" / "chatty").mkdir()
    (tmp_path / "schemas" / "chatty" / "chatty.sql").write_text(
        "CREATE TABLE n (now int, note text);\n-- refreshed now() and then\n"
        "INSERT INTO n VALUES (1, 'arrived today, random order, now fine'), (2, 'now (again)');\n")
    fxs = fixtures.discover(tmp_path / "schemas")
    assert fxs["events"].clock_dependent and not fxs["plain"].clock_dependent
    assert not fxs["chatty"].clock_dependent  # clock words in data, comments and column names do not count
    monkeypatch.setattr(fixtures, "_today_utc", lambda: "2026-12-01")
    day1 = [fixtures.instance_db_name(fxs[n], 0) for n in ("events", "plain")]
    monkeypatch.setattr(fixtures, "_today_utc", lambda: "2026-12-02")
    day2 = [fixtures.instance_db_name(fxs[n], 0) for n in ("events", "plain")]
    assert day1[0] != day2[0] and day1[1] == day2[1]


def test_current_date_gold_scores_100_with_a_stale_cache(tmp_path, pg_root):
    """sql-eval-style set with CURRENT_DATE golds: run once (cache filled), poison every cache entry
    with yesterday's answer, run again: still 100 %, and validate warns about the golds."""
    q = tmp_path / "q.csv"
    with q.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        w.writerow(["How many days ago was the last sale?", "SELECT CURRENT_DATE - MAX(sold_at)::date FROM sales", "bakery", "where"])
        w.writerow(["How many sales were made in the 10000 days before today?",
                    "SELECT COUNT(*) FROM sales WHERE sold_at >= now() - interval '10000 days'", "bakery", "where"])
        w.writerow(["How many sales are there?", "SELECT COUNT(*) FROM sales", "bakery", "where"])
    args = ["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress"]
    r = run_cli(args + ["-o", str(tmp_path / "a")])
    assert r.returncode == 0, r.stderr[-2000:]
    cache = next(pg_root.rglob("gold-cache.sqlite"))
    con = sqlite3.connect(cache)
    stale = pickle.dumps(comparator.GoldEvidence(result=ResultSet(["x"], [(123456,)]), plan=None, keyed=None))
    con.execute("UPDATE gold SET value = ?", (stale,))
    con.commit()
    con.close()
    try:
        r = run_cli(args + ["-o", str(tmp_path / "b")])
    finally:  # the cache is the session's: later tests must not read the poison
        con = sqlite3.connect(cache)
        con.execute("DELETE FROM gold WHERE value = ?", (stale,))
        con.commit()
        con.close()
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((tmp_path / "b" / "summary.json").read_text())
    recs = [json.loads(x) for x in (tmp_path / "b" / "results.jsonl").read_text().splitlines()]
    by = {x["question_id"]: x["correct"] for x in recs}
    # the two volatile golds ignore the (poisoned) cache; the stable one reads it and is now "wrong"
    ids = csv_ids(q)
    assert by == {ids[0]: 1, ids[1]: 1, ids[2]: 0}
    assert s["n_correct"] == 2
    v = run_cli(["validate", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q)])
    assert "gold calls current_date" in v.stdout + v.stderr and "gold calls now()" in v.stdout + v.stderr
