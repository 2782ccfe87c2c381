"""bench/sqleval_speed.py on a tiny size: the sql-eval-format set it writes, and both sides scoring
its gold predictions 100 % correct.  No timing is asserted."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def speed():
    spec = importlib.util.spec_from_file_location("sqleval_speed", REPO / "bench" / "sqleval_speed.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def test_gold_queries_expand_like_sqleval(speed):
    assert speed.gold_queries("SELECT a FROM t; SELECT a, b FROM t") == ["SELECT a FROM t", "SELECT a, b FROM t"]
    assert speed.gold_queries("SELECT {x, y}, COUNT(*) FROM t GROUP BY {}") == [
        "SELECT x, COUNT(*) FROM t GROUP BY x", "SELECT y, COUNT(*) FROM t GROUP BY y",
        "SELECT x, y, COUNT(*) FROM t GROUP BY x, y"]


def test_set_and_both_sides_score_gold_correct(speed, pg_root, tmp_path):
    work = tmp_path / "w"
    out = tmp_path / "p3.json"
    assert speed.main(["--work", str(work), "--limit", "20", "--copies", "2", "--rounds", "1",
                       "--sides", "sqleval-like,harness", "--json", str(out)]) == 0
    fig = json.loads(out.read_text())
    s = fig["set"]
    assert s["n_rows"] == 40 and s["n_questions"] == 20

    qcols, qrows = _rows(s["questions"])
    pcols, prows = _rows(s["predictions"])
    assert qcols == ["question", "query", "db_name", "query_category", "instructions"]
    assert pcols == qcols + ["generated_query"]
    assert len(qrows) == len(prows) == 40
    assert [{k: r[k] for k in qcols} for r in prows] == qrows
    for db in s["databases"]:
        folder = Path(s["schemas"]) / db
        assert "CREATE TABLE" in (folder / f"{db}.sql").read_text() and "INSERT INTO" in (folder / f"{db}.sql").read_text()
        meta = json.loads((folder / f"{db}.json").read_text())
        assert meta["table_metadata"] and all(c["column_name"] and c["data_type"] for cols in meta["table_metadata"].values() for c in cols)
    gold_rows = [i for i in range(0, 40, 2)]  # copy 0 of every question: its first gold alternative
    for i in gold_rows:
        assert prows[i]["generated_query"] == prows[i]["query"].split("; ")[0]

    runs = {r["side"]: r for r in fig["runs"]}
    assert runs["sqleval-like"]["rc"] == 0 and runs["harness"]["rc"] == 0
    assert runs["sqleval-like"]["n"] == 40 and runs["harness"]["n"] == 40
    _, loop = _rows(work / "sqleval-like-1.csv")
    assert len(loop) == 40 and all(loop[i]["correct"] == "1" for i in gold_rows)
    recs = sorted((json.loads(line) for line in open(work / "harness-1" / "results.jsonl")), key=lambda r: r["source_row"])
    assert [r["generated_query"] for r in recs] == [r["generated_query"] for r in prows]
    assert all(recs[i]["correct"] for i in gold_rows)
    # correct_sqleval is sql-eval's 2023 verdict, which had no ';' alternatives: a cell holding several
    # is one text there, so only the single-alternative golds are checked against it
    assert all(recs[i]["correct_sqleval"] for i in gold_rows if ";" not in prows[i]["query"])
    assert 0 < runs["sqleval-like"]["correct"] < 40  # the near misses are not all right
