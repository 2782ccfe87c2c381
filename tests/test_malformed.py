"""Malformed input at the CLI level: exit 2, one message naming the file/row/flag, no traceback,
and no output folder.

Kinds of malformed input covered by the suite (test_cli.py, test_dataset.py and this file): 35
distinct kinds.

test_cli.py (13): unknown --model; --limit -3; replay without --predictions; --predictions that
does not exist; --schemas that does not exist; --questions that does not exist; unknown
--category; --dsn that cannot connect; --dsn with another scheme; --timeout 0; --output under
/proc; duplicate prediction ids; predictions for other questions (the last two without the
no-output-folder check, which this file adds).

test_dataset.py (11, at the loader level): CSV missing columns; empty question; empty gold; CSV
row with an extra cell; non-UTF-8 CSV; JSONL missing key; invalid JSON line; duplicate question
id; unbalanced ``{`` in a gold; unknown questions format (.txt); unknown db_name.

this file (11 new kinds):
 1. --pg-port of a port another socket listens on
 2. a fixture .sql that fails halfway (a retry fails the same way, leaves no database behind, and
    after the fix the fixture loads in full)
 3. a schema folder with no .sql, used by a question
 4. a non-UTF-8 predictions file (JSONL and CSV)
 5. gold SQL that does not parse ("SELEC x FRM")
 6. a CSV row with a missing cell
 7. --output under a regular file
 8. --limit 0 and --limit that is not a number (and -1, as test_cli.py's -3)
 9. --resume of an existing folder that is not a run, and of a missing folder
10. --resume together with --output naming another folder
11. --pg-data that is a regular file
It also runs through the CLI, with the output-folder check, the loader-level kinds of
test_dataset.py above (non-UTF-8 questions CSV, missing columns, extra cell, unknown db_name, empty
question in CSV and in JSONL) and test_cli.py's duplicate and foreign prediction ids, plus an
unknown --model in another case ("GOLD").

Five of these cases once crashed with a traceback or gave a misleading message (a cell over the
csv module's field limit, --predictions naming a folder, a CSV prediction row with an extra cell, a
corrupt config.json on --resume, only unknown db_names); they are regression tests now.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import uuid
from pathlib import Path

import pytest

from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, csv_ids, run_cli

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]
HEADER = "question,query,db_name,query_category\n"


@pytest.fixture(autouse=True)
def _cache_root(pg_root):
    """Every run_cli here uses the session's cache root (EVAL_CACHE_ROOT), never the user's cache."""


def assert_usage_error(r, *fragments, out: Path | None = None, max_lines: int = 3):
    """Exit 2, one ``error:`` message containing every fragment, no traceback, no output folder."""
    assert r.returncode == 2, (r.returncode, r.stderr[-3000:])
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    err_lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(err_lines) == 1, r.stderr
    message = r.stderr[r.stderr.index("error:"):].strip()
    assert len(message.splitlines()) <= max_lines, r.stderr
    for f in fragments:
        assert f in message, (f, message)
    if out is not None:
        assert not out.exists(), f"{out} was created"


def _write(path: Path, content) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _cli(tmp_path, *args, base=BASE):
    out = tmp_path / "out"
    return run_cli([*base, "-o", str(out), *args]), out


# -- PostgreSQL -----------------------------------------------------------------------------------
def test_pg_port_in_use(pg_root, tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        r, out = _cli(tmp_path, "--pg-port", str(port))
    assert_usage_error(r, f"--pg-port {port}", "already in use", out=out)


def test_pg_data_is_a_file(pg_root, tmp_path):
    f = _write(tmp_path / "a-file", "x")
    r, out = _cli(tmp_path, "--pg-data", str(f))
    assert_usage_error(r, str(f), "--pg-data", out=out)


def _own_pg_data(pg_root) -> Path:
    """A separate cache root (own server) so the test can list its databases afterwards."""
    d = pg_root / f"malformed-{uuid.uuid4().hex[:8]}"
    d.mkdir(mode=0o755)
    os.chmod(d, 0o755)
    return d


def _t2seval_databases(pg_data: Path) -> set[str]:
    from eval.db import fixture_dbs
    from eval.db.pgserver import EmbeddedServer

    s = EmbeddedServer(pg_data)
    try:
        return fixture_dbs.existing_dbs(s)
    finally:
        s.stop()


def test_fixture_sql_failing_halfway(pg_root, tmp_path):
    from eval.db import fixtures

    pg_data = _own_pg_data(pg_root)
    schemas = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS, schemas)
    sql = schemas / "bakery" / "bakery.sql"
    good = sql.read_text(encoding="utf-8")
    cut = good.index("INSERT INTO products")  # after CREATE TABLEs and the shops rows
    sql.write_text(good[:cut] + "INSERT INTO shops_typo VALUES (1);\n" + good[cut:], encoding="utf-8")
    broken_dbs = fixtures.discover(schemas)["bakery"]
    broken_name = fixtures.instance_db_name(broken_dbs, 0)
    base = ["--schemas", str(schemas), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress", "--pg-data", str(pg_data)]
    for attempt in (1, 2):  # the second attempt must not find a half-loaded database to reuse
        out = tmp_path / f"out{attempt}"
        r = run_cli([*base, "-o", str(out)])
        assert_usage_error(r, str(sql), "shops_typo", "failed to load", out=out)
    dbs = _t2seval_databases(pg_data)
    assert broken_name not in dbs
    assert not [d for d in dbs if "_tmp_" in d], dbs
    # fixed (with a new comment, so the folder hash is new and the database must be built now)
    sql.write_text(good + "-- fixed\n", encoding="utf-8")
    out = tmp_path / "fixed"
    r = run_cli([*base, "-o", str(out), "-q"])
    assert r.returncode == 0, r.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["perc_correct"] == 100.0 and summary["fixtures_intact"] is True
    checks = summary["fixture_checksums"]["bakery"]
    (tables,) = checks.values()
    assert {t: v.split(":")[0] for t, v in tables.items()} == {"shops": "4", "products": "6", "sales": "12"}
    assert not [d for d in _t2seval_databases(pg_data) if "_tmp_" in d]


def test_schema_folder_without_sql(tmp_path):
    schemas = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS, schemas)
    (schemas / "bakery" / "bakery.sql").unlink()  # bakery.json stays
    r, out = _cli(tmp_path, base=["--schemas", str(schemas), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"])
    assert_usage_error(r, str(schemas / "bakery"), "no .sql file", out=out)


# -- questions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, content, fragments", [
    ("q.csv", HEADER.encode() + b"Q,SELECT 1,bakery,where\nCaf\xe9?,SELECT 2,bakery,where\n", ["not UTF-8", "line 3"]),
    ("q.csv", "question,query,db_name\nQ,SELECT 1,bakery\n", ["missing column(s) query_category"]),
    ("q.csv", HEADER + "Q,SELECT 1,bakery,where\nQ2,SELECT 2,bakery,where,surplus\n", ["row 2: more cells than header"]),
    ("q.csv", HEADER + "Q,SELECT 1,bakery\n", ["row 1: fewer cells than header"]),
    ("q.csv", HEADER + "Q,SELECT 1,bakery,where\nQ2,SELECT 1,nope,where\n", ["row 2: unknown db_name 'nope'"]),
    ("q.csv", HEADER + "Q,SELECT 1,bakery,where\n   ,SELECT 1,bakery,where\n", ["row 2: empty question"]),
    ("q.jsonl", json.dumps({"id": "a", "db": "bakery", "category": "where", "question": "  ", "gold": "SELECT 1"}) + "\n",
     ["row 1: empty question"]),
])
def test_malformed_questions_file(tmp_path, name, content, fragments):
    q = _write(tmp_path / name, content)
    r, out = _cli(tmp_path, base=["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress"])
    assert_usage_error(r, str(q), *fragments, out=out)


def test_gold_that_does_not_parse(tmp_path):
    q = _write(tmp_path / "q.csv", HEADER + "Q,SELECT 1,bakery,where\nQ2,SELEC x FRM,bakery,where\n")
    r, out = _cli(tmp_path, base=["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress"])
    assert_usage_error(r, str(q), "row 2", "gold query does not parse", out=out)
    assert "row 1" not in r.stderr


def test_unknown_db_name_only(tmp_path):
    q = _write(tmp_path / "q.csv", HEADER + "Q,SELECT 1,nope,where\n")
    r, out = _cli(tmp_path, base=["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress"])
    assert_usage_error(r, str(q), "row 1", "unknown db_name 'nope'", out=out)


def test_questions_cell_over_csv_default_field_limit_is_accepted(tmp_path):
    """A cell above the csv module's 128 KiB default is valid input (it once crashed the loader)."""
    q = _write(tmp_path / "q.csv", HEADER + "Q,\"SELECT '" + "x" * 200_000 + "'\",bakery,where\n")
    r, out = _cli(tmp_path, base=["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress"])
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads((out / "summary.json").read_text())["perc_correct"] == 100.0


# -- predictions ----------------------------------------------------------------------------------
ID1, ID2 = csv_ids()[:2]  # the first two questions of questions_sqleval.csv (content ids)


def _pred(qid, sql="SELECT 1"):
    return json.dumps({"question_id": qid, "generated_query": sql}) + "\n"


@pytest.mark.parametrize("name, content, fragments", [
    ("p.jsonl", _pred(ID1).encode() + b'{"question_id": "' + ID2.encode() + b'", "generated_query": "SELECT \xff"}\n',
     ["not UTF-8", "line 2"]),
    ("p.csv", b"question_id,generated_query\n" + ID1.encode() + b",SELECT 'caf\xe9'\n", ["not UTF-8", "line 2"]),
    ("p.jsonl", _pred(ID1) + _pred(ID2) + _pred(ID1, "SELECT 2"),
     ["row 3", f"duplicate prediction for question '{ID1}'", "first at row 1"]),
    ("p.jsonl", _pred(ID1) + _pred("elsewhere-9"), ["row 2", "id 'elsewhere-9' is not in the questions file"]),
    ("p.csv", "db_name,question,generated_query\nbakery,Which bakery sells the most?,SELECT 1\n",
     ["row 1", "not in the questions file"]),
])
def test_malformed_predictions(tmp_path, name, content, fragments):
    p = _write(tmp_path / name, content)
    r, out = _cli(tmp_path, "--model", "replay", "--predictions", str(p))
    assert_usage_error(r, "--predictions", str(p), *fragments, out=out)


def test_predictions_path_is_a_folder(tmp_path):
    p = tmp_path / "preds.jsonl"
    p.mkdir()
    r, out = _cli(tmp_path, "--model", "replay", "--predictions", str(p))
    assert_usage_error(r, "--predictions", str(p), out=out)


def test_predictions_csv_extra_cell(tmp_path):
    p = _write(tmp_path / "p.csv", f"question_id,generated_query\n{ID1},SELECT name, city FROM shops\n")
    r, out = _cli(tmp_path, "--model", "replay", "--predictions", str(p))
    assert_usage_error(r, "--predictions", str(p), "row 1", out=out)


# -- flags and folders ----------------------------------------------------------------------------
@pytest.mark.parametrize("args, fragments", [
    (["--limit", "0"], ["--limit must be > 0"]),
    (["--limit", "-1"], ["--limit must be > 0"]),
    (["--limit", "ten"], ["--limit must be an integer"]),
    (["--model", "GOLD"], ["--model 'GOLD': unknown runner"]),
])
def test_bad_flags(tmp_path, args, fragments):
    r, out = _cli(tmp_path, *args)
    assert_usage_error(r, *fragments, out=out)


def test_output_under_a_regular_file(tmp_path):
    f = _write(tmp_path / "plain-file", "x")
    out = f / "sub" / "run"
    r = run_cli([*BASE, "-o", str(out)])
    assert_usage_error(r, f"--output {out}", "cannot be created or written")
    assert f.read_text() == "x" and sorted(p.name for p in tmp_path.iterdir()) == ["plain-file"]


def test_resume_of_a_folder_that_is_not_a_run(tmp_path):
    d = tmp_path / "not-a-run"
    d.mkdir()
    _write(d / "notes.txt", "mine")
    r = run_cli([*BASE, "--resume", str(d)])
    assert_usage_error(r, f"--resume {d}", "not a run folder")
    assert sorted(p.name for p in d.iterdir()) == ["notes.txt"]


def test_resume_of_a_missing_folder(tmp_path):
    d = tmp_path / "missing"
    r = run_cli([*BASE, "--resume", str(d)])
    assert_usage_error(r, f"--resume {d}", out=d)


def test_resume_with_another_output(tmp_path):
    d = tmp_path / "run"
    r = run_cli([*BASE, "--resume", str(d), "-o", str(tmp_path / "other")])
    assert_usage_error(r, "--resume", "--output", out=tmp_path / "other")
    assert not d.exists()


def test_resume_with_corrupt_config(tmp_path):
    d = tmp_path / "run"
    d.mkdir()
    _write(d / "config.json", "{not json")
    r = run_cli([*BASE, "--resume", str(d)])
    assert_usage_error(r, f"--resume {d}", "config.json")
    assert (d / "config.json").read_text() == "{not json"
