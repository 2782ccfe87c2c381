"""Every PostgreSQL value reaches a verdict: losslessly, or as that question's error verdict.

Table-driven (tests/data/pg_types.tsv, written by bench/make_pg_types.py): each row holds two
SELECT expressions, run alone as ``SELECT <expr> AS v`` through the real executor on the embedded
server, and the relation the comparator must find between the two one-row results, checked with
``comparator.compare`` as the pipeline calls it (a gold alternative and a prediction), in both
directions:

- ``same``: reason ``match``; ``distinct``: reason ``wrong_values``;
- ``error``: ``sql_a`` fails to execute and ``comparator.error_verdict`` gives an error verdict;
- ``xfail-bug``: a known contradiction of docs/SCORING.md or a loss of information; the row's
  ``want`` is the relation the rules call for, and the test is a strict xfail on an
  AssertionError only (a crash still fails; a fix shows up as XPASS, failing the run until the
  row is updated).

``test_seen`` checks what the comparator receives (type, and the value's repr where the row gives
one): ``seen_a`` / ``seen_b``.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from eval.scoring import comparator
from eval.db.executor import json_safe
from eval.pgvalues import PgText
from eval.sqltext.rewrite import order_plan

DATA = Path(__file__).resolve().parent / "data" / "pg_types.tsv"
COLUMNS = ("family", "relation", "want", "sql_a", "sql_b", "seen_a", "seen_b", "note")
RELATIONS = {"same", "distinct", "error", "xfail-bug"}
# Every family the issue names, with at least this many rows each.
FAMILIES = ("integer", "numeric", "float", "money", "date", "timestamp", "timestamptz", "time", "interval",
            "text", "bytea", "bool", "uuid", "json", "xml", "array", "record", "composite", "range", "multirange",
            "geometric", "network", "bit", "textsearch", "pg_lsn", "oid", "enum", "domain")
MIN_PER_FAMILY = 4

# User-defined types and a table the rows use; loaded as a fixture database like any other.
FIXTURE_SQL = """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE mood2 AS ENUM ('sad', 'ok');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN short_text AS text CHECK (length(VALUE) < 10);
CREATE TYPE pair AS (a integer, b text);
CREATE TYPE nested AS (p pair, xs integer[]);
CREATE TYPE numpair AS (x numeric, y float8);
-- 3 MB values that compress to a few kB on disk: the row cap must still see their full size
CREATE TABLE big (id integer, j json, t text);
INSERT INTO big SELECT 1, ('[' || string_agg('{"k": 1}', ', ') || ']')::json, repeat('x', 3000000)
FROM generate_series(1, 300000);
"""


def _load_rows() -> list[dict]:
    rows = []
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert tuple(lines[0].split("\t")) == COLUMNS
    for i, line in enumerate(lines[1:], 1):
        cells = line.split("\t")
        assert len(cells) == len(COLUMNS), f"row {i}: {len(cells)} cells"
        rows.append(dict(zip(COLUMNS, cells), id=f"{i:03d}-{cells[0]}"))
    return rows


ROWS = _load_rows()


@pytest.fixture(scope="module")
def pg(server, pg_root):
    """(executor, database, run): one executor for the module; ``run(expr)`` is memoised."""
    from eval.db import fixtures
    from eval.db.executor import Executor

    folder = pg_root / "pgvalues_schemas" / "pgtypes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "types.sql").write_text(FIXTURE_SQL, encoding="utf-8")
    fx = fixtures.discover(folder.parent)["pgtypes"]
    db = fixtures.ensure_loaded(server, fx)[0]
    ex = Executor(server, timeout_s=10.0, row_cap=1000)
    memo: dict[str, object] = {}

    def run(expr: str):
        if expr not in memo:
            memo[expr] = ex.execute(db, f"SELECT {expr} AS v")
        return memo[expr]

    yield run
    ex.close()


def _seen(v: object) -> str:
    if isinstance(v, PgText):
        return f"PgText[{v.family}]"
    if isinstance(v, (dt.datetime, dt.time)) and v.tzinfo is not None:
        return f"{type(v).__name__}[tz]"
    return type(v).__name__


def _verdict(gold_out, gold_sql: str, pred_out) -> comparator.Verdict:
    """The pipeline's comparison of one prediction with one gold alternative (pipeline.score)."""
    gold = comparator.GoldEvidence(result=gold_out.result, plan=order_plan(gold_sql))
    return comparator.compare([gold], pred_out.result, question_text="What is the value?", category="where")


def _relation(run, row) -> str:
    """'same' / 'distinct' as the comparator decides, both directions; no exception may escape."""
    # pytest.fail, not assert: an xfail-bug row expects only the final relation check to fail
    a, b = run(row["sql_a"]), run(row["sql_b"])
    for side, out in (("a", a), ("b", b)):
        if not out.ok:
            pytest.fail(f"sql_{side} failed: {out.error_kind}: {out.error}")
        if len(out.result.rows) != 1:
            pytest.fail(f"sql_{side} returned {len(out.result.rows)} rows")
        try:  # the pipeline previews result rows in the record it writes (pipeline.score, results.py)
            (json.dumps([json_safe(v) for v in out.result.rows[0]], ensure_ascii=False, default=str)).encode("utf-8")
        except Exception as e:  # noqa: BLE001
            pytest.fail(f"sql_{side}: the result preview cannot be written: {type(e).__name__}: {e}")
    try:
        v_ab = _verdict(a, f"SELECT {row['sql_a']} AS v", b)
        v_ba = _verdict(b, f"SELECT {row['sql_b']} AS v", a)
    except Exception as e:  # noqa: BLE001 - a crash of the comparator is never an expected failure
        pytest.fail(f"compare raised {type(e).__name__}: {e}")
    for v in (v_ab, v_ba):
        if v.reason not in ("match", "wrong_values") or v.correct != (v.reason == "match"):
            pytest.fail(f"unexpected verdict {v}")
    if v_ab.reason != v_ba.reason:
        pytest.fail(f"asymmetric: gold a / pred b -> {v_ab.reason}, gold b / pred a -> {v_ba.reason}")
    return "same" if v_ab.correct else "distinct"


def _params(rows):
    out = []
    for row in rows:
        marks = []
        if row["relation"] == "xfail-bug":
            marks.append(pytest.mark.xfail(reason=row["note"], strict=True, raises=AssertionError))
        out.append(pytest.param(row, id=row["id"], marks=marks))
    return out


def test_table_is_well_formed():
    assert len(ROWS) >= 200
    seen_pairs = set()
    for row in ROWS:
        assert row["relation"] in RELATIONS, row
        assert row["sql_a"], row
        if row["relation"] == "xfail-bug":
            assert row["want"] in ("same", "distinct") and row["note"], row
        else:
            assert not row["want"], row
        if row["relation"] in ("same", "distinct", "xfail-bug"):
            assert row["sql_b"], row
        pair = (row["sql_a"], row["sql_b"])
        assert pair not in seen_pairs, f"duplicate row {pair}"
        seen_pairs.add(pair)
    counts = Counter(r["family"] for r in ROWS)
    thin = {f: counts.get(f, 0) for f in FAMILIES if counts.get(f, 0) < MIN_PER_FAMILY}
    assert not thin, f"families with too few rows: {thin}"


def test_table_matches_its_generator():
    """tests/data/pg_types.tsv is bench/make_pg_types.py's output (edit the generator, then run it)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "make_pg_types.py"
    spec = importlib.util.spec_from_file_location("make_pg_types", path)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert tuple(gen.COLUMNS) == COLUMNS
    assert [tuple(r) for r in gen.ROWS] == [tuple(row[c] for c in COLUMNS) for row in ROWS]


@pytest.mark.parametrize("row", _params(ROWS))
def test_relation(pg, row):
    if row["relation"] == "error":
        out = pg(row["sql_a"])
        assert not out.ok, f"expected an error, got {out.result.rows[:1]!r}"
        assert out.error_kind == (row["seen_a"] or "error"), (out.error_kind, out.error)
        v = comparator.error_verdict(out.error_kind, out.error)
        assert not v.correct and v.reason in ("pred_error", "too_large", "timeout"), v
        return
    want = row["want"] if row["relation"] == "xfail-bug" else row["relation"]
    got = _relation(pg, row)
    assert got == want, f"{row['sql_a']}  vs  {row['sql_b']}: comparator says {got}, expected {want} ({row['note']})"


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS
                                 if (r["seen_a"] or r["seen_b"]) and r["relation"] != "error"])
def test_seen(pg, row):
    for side in ("a", "b"):
        spec = row[f"seen_{side}"]
        if not spec:
            continue
        out = pg(row[f"sql_{side}"])
        assert out.ok, (out.error_kind, out.error)
        value = out.result.rows[0][0]
        kind, _, text = spec.partition("=")
        assert _seen(value) == kind, f"sql_{side}: {row[f'sql_{side}']} -> {_seen(value)} {value!r}"
        if text:
            assert repr(value) == text, f"sql_{side}: {row[f'sql_{side}']} -> {value!r}"
