#!/usr/bin/env python3
"""Speed goal P3: this harness against sql-eval's own scoring loop, whole process, same server.

The benchmark (built here, no network): the bundled ``classic`` split (320 questions on 8
databases) exported in sql-eval's format —

- fixtures ``<out>/schemas/<db>/<db>.sql`` (the bundled ``schema.sql``: CREATE TABLE + COMMENT ON,
  then instance 0's rows, ``generate(SEEDS[0])``, as multi-row INSERTs) and ``<db>/<db>.json``
  (``table_metadata`` from the DDL and its comments, ``glossary`` empty);
- ``<out>/questions.csv`` (``question, query, db_name, query_category, instructions``; a question
  with several gold alternatives has them joined with ``;`` in its ``query`` cell), each question
  written ``--copies`` times (default 7: 2,240 rows), as a question file listing the same question
  several times;
- ``<out>/predictions.csv``: sql-eval's results-CSV columns (the question columns plus
  ``generated_query``), one row per question row: copy 0 the first gold alternative, the others the
  near misses of bench/sqleval_differential.py's ``build_predictions`` (another gold alternative,
  column order, DISTINCT, ORDER BY, LIMIT, ROUND, duplicated rows, an extra column, sqlglot
  mutants), a question with fewer distinct ones padded with its gold (every 2nd pad re-spaced, with
  a trailing ``;``): so some are right, many are not.

The databases are loaded once into one PostgreSQL server (the embedded one, or ``--dsn``) through
the harness's own loader (``fixtures.ensure_loaded``: the instance databases the harness itself
finds again); then, on that server, each side runs as its own process, timed from start to exit,
``--rounds`` times alternating:

(a) ``sqleval-like``: a loop written from the public description of sql-eval's method
    (shared/DESIGN-NOTES.md, "defog sql-eval"; shared/SQLEVAL-2023.md, "Scoring"), not its code:
    the results CSV read with pandas; 5 worker threads (``ThreadPoolExecutor``); per row, the gold
    cell split on ``;`` and its first ``{…}`` group expanded into every non-empty subset
    (``GROUP BY {}`` filled); the prediction executed once, then every gold expansion executed
    (every run, no cache); every execution opens a **new SQLAlchemy engine** (``postgresql+psycopg``:
    psycopg 3, the only driver installed here; sql-eval used psycopg2), ``%`` doubled inside
    ``LIKE '…'``, runs ``pandas.read_sql_query`` in a new thread joined with a timeout (what
    ``func_timeout`` does), and disposes of the engine; connected as a superuser, as sql-eval does.
    Comparison per expansion: ``(gold.values == gen.values).all()`` (NumPy broadcasting, errors =
    not equal); else both ``drop_duplicates``, columns sorted by name, rows sorted by every column
    unless the category is ``order_by`` or the question matches ``order|sort|arrange``, index
    reset, compared again (exact); else the subset rule (each gold column matched to the first
    unused generated column equal after sorting each column on its own, rtol 1e-5; then the
    matched columns normalised and compared) — correct, go on to the next expansion.  Any
    exception makes the row wrong.  It writes the results CSV (``correct``, ``exact_match``,
    ``error_db_exec``, ``error_msg``) like sql-eval.
(a') with ``--reference PATH`` (sql-eval's real ``eval/eval.py``, kept outside this repository)
    and ``--reference-python PY``: the same 5-thread loop over the reference's own
    ``compare_query_results`` (its engines, ``query_postgres_db``, comparison), loaded by
    bench/sqleval_differential.py's ``_load_reference``.
(b) ``harness``: ``python run_eval.py --model replay --predictions predictions.csv --questions
    questions.csv --schemas <out>/schemas --dsn <the same server>`` (default ``--workers``, its
    on-disk gold cache; the first harness run of a fresh ``EVAL_CACHE_ROOT`` fills it), and
    ``harness-nocache``: the same with ``--no-gold-cache`` (every gold executed again, as (a) does).

Prints a table (predictions, wall s per side per round, ratio to the harness, load average at start
and end of each run, correct counts) and writes it with ``--json FILE``.  Times are measured, never
asserted.

    EVAL_CACHE_ROOT=/tmp/cache-p3 python bench/sqleval_speed.py --json /tmp/p3.json
    python bench/sqleval_speed.py --limit 20 --copies 2 --rounds 1          # a quick look
    python bench/sqleval_speed.py --reference /tmp/sqleval-ref/eval.py \\
        --reference-python /tmp/sqleval-ref/venv/bin/python --json /tmp/p3.json

The module imports only the standard library at the top: the same file is the sql-eval-like loop
(``--loop``), run as its own process (pandas, NumPy and SQLAlchemy only, nothing of this harness).
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTION_COLUMNS = ["question", "query", "db_name", "query_category", "instructions"]
RESULT_COLUMNS = QUESTION_COLUMNS + ["generated_query", "correct", "exact_match", "error_db_exec", "error_msg",
                                     "error_query_gen", "latency_seconds", "tokens_used", "cost_in_cents"]
THREADS = 5  # sql-eval's runners score with 5 worker threads


def _differential():
    """bench/sqleval_differential.py as a module (bench/ is no package); stdlib-only at its top."""
    spec = importlib.util.spec_from_file_location("sqleval_differential", REPO / "bench" / "sqleval_differential.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ================================================================================================
# the sql-eval-format benchmark

def _literal(v) -> str:
    """A Python value of a generator's rows as an SQL literal of an INSERT."""
    import datetime as dt
    import decimal

    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, (float, decimal.Decimal)):
        s = repr(v) if isinstance(v, float) else str(v)
        return s if re.fullmatch(r"-?[0-9.]+(E[-+]?[0-9]+)?", s, re.IGNORECASE) else f"'{s}'"
    if isinstance(v, (dt.date, dt.datetime, dt.time)):
        return f"'{v.isoformat()}'"
    if isinstance(v, (dict, list)):
        v = json.dumps(v, ensure_ascii=False)
    return "'" + str(v).replace("'", "''") + "'"


def _table_metadata(ddl: str) -> dict:
    """sql-eval's ``table_metadata`` ({table: [{column_name, data_type, column_description}]}) from
    CREATE TABLE statements and their COMMENT ON COLUMN."""
    import sqlglot
    from sqlglot import exp

    tables: dict[str, list[dict]] = {}
    comments: dict[tuple[str, str], str] = {}
    for s in sqlglot.parse(ddl, read="postgres"):
        if isinstance(s, exp.Create) and str(s.kind).upper() == "TABLE" and isinstance(s.this, exp.Schema):
            cols = [c for c in s.this.expressions if isinstance(c, exp.ColumnDef)]
            tables[s.this.this.name] = [{"column_name": c.name, "data_type": c.args["kind"].sql("postgres").lower()
                                         if c.args.get("kind") else "", "column_description": ""} for c in cols]
        elif isinstance(s, exp.Comment) and str(s.args.get("kind", "")).upper() == "COLUMN":
            col = s.this
            comments[(col.table, col.name)] = s.expression.name
    for t, cols in tables.items():
        for c in cols:
            c["column_description"] = comments.get((t, c["column_name"]), "")
    return tables


def export_fixture(db: str, dest: Path, batch: int = 500) -> int:
    """Write ``dest/<db>/<db>.sql`` (DDL + instance 0's rows as INSERTs) and ``<db>.json``; return
    the number of rows."""
    sys.path.insert(0, str(REPO))
    from eval.db.fixture_files import load_generator

    src = REPO / "schemas" / db
    gen = load_generator(src / "generate.py")
    data = gen.generate(gen.SEEDS[0])
    ddl = (src / "schema.sql").read_text(encoding="utf-8")
    folder = dest / db
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(folder / f"{db}.sql", "w", encoding="utf-8") as f:
        f.write(ddl.rstrip() + "\n\n")
        for table, rows in data.items():
            for i in range(0, len(rows), batch):
                chunk = rows[i:i + batch]
                f.write(f"INSERT INTO {table} VALUES\n"
                        + ",\n".join("(" + ", ".join(map(_literal, r)) + ")" for r in chunk) + ";\n")
                n += len(chunk)
    meta = {"table_metadata": _table_metadata(ddl), "glossary": ""}
    (folder / f"{db}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return n


def _respaced(sql: str) -> str:
    """The same query as a model might write it: other spacing, a trailing ';'."""
    return "  ".join(sql.split(" ")) + ";"


def build_set(out: Path, limit: int | None = None, copies: int = 7, seed: int = 0) -> dict:
    """Write the sql-eval-format benchmark under ``out`` (see the module docstring); return its
    description (paths, counts, prediction kinds)."""
    sys.path.insert(0, str(REPO))
    from eval.data import dataset

    questions = [q for q in dataset.load_questions(REPO / "questions") if q.split == "classic" and q.answerable]
    questions = questions[:limit] if limit else questions
    dbs = sorted({q.db for q in questions})
    schemas = out / "schemas"
    rows_loaded = {db: export_fixture(db, schemas) for db in dbs}
    preds = _differential().build_predictions(questions, copies * len(questions), seed)
    by_q: dict[str, list[tuple[str, str]]] = {}
    for p in preds:
        by_q.setdefault(p["qid"], []).append((p["kind"], p["pred"]))
    kinds: dict[str, int] = {}
    with open(out / "questions.csv", "w", newline="", encoding="utf-8") as fq, \
         open(out / "predictions.csv", "w", newline="", encoding="utf-8") as fp:
        wq = csv.DictWriter(fq, QUESTION_COLUMNS)
        wp = csv.DictWriter(fp, QUESTION_COLUMNS + ["generated_query"])
        wq.writeheader()
        wp.writeheader()
        for q in questions:
            mine = by_q.get(q.id, [])[:copies]
            g0 = q.gold[0]
            while len(mine) < copies:
                mine.append(("gold_pad", _respaced(g0) if len(mine) % 2 else g0))
            row = {"question": q.question, "query": "; ".join(q.gold), "db_name": q.db,
                   "query_category": q.category, "instructions": q.instructions or ""}
            for kind, sql in mine:
                wq.writerow(row)
                wp.writerow(dict(row, generated_query=sql))
                k = kind.split("_")[0]
                kinds[k] = kinds.get(k, 0) + 1
    n = len(questions) * copies
    return {"questions": str(out / "questions.csv"), "predictions": str(out / "predictions.csv"),
            "schemas": str(schemas), "n_questions": len(questions), "n_rows": n, "copies": copies,
            "databases": dbs, "rows_loaded": rows_loaded, "kinds": kinds,
            "n_gold_predictions": sum(1 for q in questions for k, _ in by_q.get(q.id, [])[:1] if k == "gold")}


# ================================================================================================
# (a) the sql-eval-like loop (runs as its own process: pandas, NumPy, SQLAlchemy, no harness import)

def gold_queries(cell: str) -> list[str]:
    """The gold texts of one cell as sql-eval executes them: split on ';' (textually, as it does),
    the first ``{a, b}`` group of each expanded into every non-empty subset, ``GROUP BY {}`` filled."""
    out = []
    for part in cell.split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.search(r"\{([^}]*)\}", part)
        if not m:
            out.append(part)
            continue
        items = [c.strip() for c in m.group(1).split(",") if c.strip()]
        for r in range(1, len(items) + 1):
            for combo in itertools.combinations(items, r):
                cols = ", ".join(combo)
                head, tail = part[:m.start()], part[m.end():]
                out.append(head + cols + tail.replace("GROUP BY {}", f"GROUP BY {cols}"))
    return out


_ORDER_WORDS = re.compile(r"(order|sort|arrange)", re.IGNORECASE)


def _normalize(df, keep_order: bool):
    df = df.drop_duplicates()
    df = df.reindex(sorted(df.columns), axis=1)
    if not keep_order and len(df.columns):
        try:
            df = df.sort_values(by=list(df.columns))
        except TypeError:  # unorderable mixed values: left as they are
            pass
    return df.reset_index(drop=True)


def _values_equal(a, b) -> bool:
    try:
        return bool((a.values == b.values).all())
    except Exception:  # noqa: BLE001 - a comparison that raises means "not equal", as in sql-eval
        return False


def compare_df(gold, gen, category: str, question: str) -> bool:
    if _values_equal(gold, gen):
        return True
    keep = category == "order_by" or bool(_ORDER_WORDS.search(question))
    g, p = _normalize(gold, keep), _normalize(gen, keep)
    if g.shape != p.shape:
        return False
    g.columns = p.columns = range(len(g.columns))
    return _values_equal(g, p)


def subset_df(gold, gen, category: str, question: str) -> bool:
    import pandas as pd

    if gold.empty:
        return False
    used: set[int] = set()
    rename = {}
    for gc in gold.columns:
        gs = gold[gc].sort_values().reset_index(drop=True)
        for j, pc in enumerate(gen.columns):
            if j in used:
                continue
            ps = gen.iloc[:, j].sort_values().reset_index(drop=True)
            try:
                pd.testing.assert_series_equal(gs, ps, check_dtype=False, check_names=False, rtol=1e-5)
            except (AssertionError, TypeError, ValueError):
                continue
            used.add(j)
            rename[j] = gc
            break
        else:
            return False
    sub = gen.iloc[:, sorted(rename)].copy()
    sub.columns = [rename[j] for j in sorted(rename)]
    keep = category == "order_by" or bool(_ORDER_WORDS.search(question))
    try:
        pd.testing.assert_frame_equal(_normalize(gold, keep), _normalize(sub, keep), check_dtype=False, rtol=1e-5)
    except (AssertionError, TypeError, ValueError):
        return False
    return True


def _escape_percent(sql: str) -> str:
    return re.sub(r"LIKE\s*'[^']*'", lambda m: m.group(0).replace("%", "%%"), sql, flags=re.IGNORECASE)


class _Timeout(BaseException):
    """What func_timeout raises: a BaseException, so ``except Exception`` does not see it."""


def run_query(sql: str, url: str, timeout: float):
    """One execution as sql-eval makes it: a new engine, pandas.read_sql_query in a thread joined
    with a timeout (func_timeout's way: the query is abandoned, not cancelled), the engine disposed."""
    import pandas as pd
    from sqlalchemy import create_engine

    engine = create_engine(url)
    box: dict = {}

    def target():
        try:
            box["df"] = pd.read_sql_query(_escape_percent(sql), engine)
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            box["error"] = e

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(timeout)
    try:
        if t.is_alive():
            raise _Timeout(f"query timed out after {timeout} s")
        if "error" in box:
            raise box["error"]
        return box["df"]
    finally:
        engine.dispose()


def compare_query_results(query_gold: str, query_gen: str, url: str, question: str, category: str,
                          timeout: float) -> tuple[bool, bool]:
    """(exact_match, correct) as sql-eval's compare_query_results decides them."""
    gen = run_query(query_gen, url, timeout)
    correct = False
    for g in gold_queries(query_gold):
        gold = run_query(g, url, timeout)
        if compare_df(gold, gen, category, question):
            return True, True
        if subset_df(gold, gen, category, question):
            correct = True
    return False, correct


def loop_main(args) -> int:
    """(a): score ``--predictions`` (a results CSV with generated_query) like sql-eval's runner."""
    import warnings

    import pandas as pd

    warnings.simplefilter("ignore")
    db_map = json.loads(args.db_map)
    df = pd.read_csv(args.predictions, dtype=str, keep_default_na=False)
    ref = None
    if args.reference:
        creds = {"host": args.host, "port": args.port, "user": args.user, "password": "", "database": "postgres"}
        ref = _differential()._load_reference(args.reference, creds)
        import inspect

        params = inspect.signature(ref.compare_query_results).parameters

    def score(row):
        url = f"postgresql+psycopg://{args.user}@{args.host}:{args.port}/{db_map[row['db_name']]}"
        t0 = time.perf_counter()
        out = {"correct": 0, "exact_match": 0, "error_db_exec": 0, "error_msg": ""}
        try:
            if ref is None:
                exact, correct = compare_query_results(row["query"], row["generated_query"], url, row["question"],
                                                       row["query_category"], args.timeout)
            else:
                kw = {"query_gold": row["query"], "query_gen": row["generated_query"], "db_name": db_map[row["db_name"]],
                      "db_type": "postgres", "db_creds": {"host": args.host, "port": args.port, "user": args.user,
                                                          "password": "", "database": db_map[row["db_name"]]},
                      "timeout": args.timeout, "question": row["question"], "query_category": row["query_category"]}
                exact, correct = ref.compare_query_results(**{k: v for k, v in kw.items() if k in params})
            out.update(correct=int(bool(correct)), exact_match=int(bool(exact)))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:  # noqa: BLE001 - sql-eval records any failure as a wrong row (func_timeout's is a BaseException)
            out.update(error_db_exec=1, error_msg=f"{type(e).__name__}: {e}".replace("\n", " ")[:300])
        out["latency_seconds"] = round(time.perf_counter() - t0, 4)
        return out

    rows = df.to_dict("records")
    with ThreadPoolExecutor(THREADS) as pool:
        scored = list(pool.map(score, rows))
    res = pd.DataFrame([dict(r, **s, error_query_gen=0, tokens_used=0, cost_in_cents=0) for r, s in zip(rows, scored)])
    res = res.reindex(columns=RESULT_COLUMNS)
    res.to_csv(args.out, index=False)
    print(json.dumps({"n": len(res), "correct": int(res["correct"].sum()), "exact_match": int(res["exact_match"].sum()),
                      "error_db_exec": int(res["error_db_exec"].sum()),
                      "perc_correct": res.groupby("query_category")["correct"].mean().mul(100).round(2).to_dict()}))
    return 0


# ================================================================================================
# main: build, load once, time both sides alternating

def load_databases(server, schemas: Path, dbs: list[str]) -> dict[str, str]:
    """Load the sql-eval-layout fixtures with the harness's loader; return db_name -> instance db."""
    from eval.db import fixtures

    fxs = fixtures.discover(schemas, needed=set(dbs))
    return {name: fixtures.ensure_loaded(server, fx)[0] for name, fx in fxs.items()}


def _timed(cmd: list[str], env: dict, log: Path) -> dict:
    la0 = os.getloadavg()[0]
    t0 = time.monotonic()
    with open(log, "w", encoding="utf-8") as f:
        p = subprocess.run(cmd, cwd=str(REPO), env=env, stdout=f, stderr=subprocess.STDOUT)
    wall = time.monotonic() - t0
    return {"wall_s": round(wall, 2), "rc": p.returncode, "load_start": round(la0, 2),
            "load_end": round(os.getloadavg()[0], 2), "log": str(log)}


def _loop_cmd(args, setinfo: dict, db_map: dict, admin: dict, out_csv: Path) -> list[str]:
    py = args.reference_python if args.reference else sys.executable
    cmd = [py, str(Path(__file__).resolve()), "--loop", "--predictions", setinfo["predictions"], "--out", str(out_csv),
           "--db-map", json.dumps(db_map), "--host", str(admin["host"]), "--port", str(admin["port"]),
           "--user", str(admin["user"]), "--timeout", str(args.timeout)]
    if args.reference:
        cmd += ["--reference", args.reference]
    return cmd


def _harness_cmd(setinfo: dict, dsn: str, run_dir: Path, nocache: bool) -> list[str]:
    cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", setinfo["predictions"],
           "--questions", setinfo["questions"], "--schemas", setinfo["schemas"], "--dsn", dsn, "-o", str(run_dir),
           "--no-progress", "-q"]
    return cmd + (["--no-gold-cache"] if nocache else [])


def _loop_figures(log: Path) -> dict:
    lines = [ln for ln in Path(log).read_text(encoding="utf-8", errors="replace").splitlines() if ln.startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def _harness_figures(run_dir: Path) -> dict:
    try:
        s = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {"n": s.get("n_questions"), "correct": s.get("n_correct"), "correct_sqleval": s.get("n_correct_sqleval"),
            "exact_match": s.get("n_exact_match"), "wall_time_s": s.get("wall_time_s")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", help="folder for the benchmark and the runs (default: a new temporary folder)")
    ap.add_argument("--limit", type=int, help="only the first N classic questions")
    ap.add_argument("--copies", type=int, default=7, help="rows per question (default 7: 2,240 rows)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=2, help="runs of each side, alternating (default 2)")
    ap.add_argument("--sides", default="sqleval-like,harness,harness-nocache",
                    help="comma-separated, in the order of each round (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=10.0, help="per-query timeout, both sides (s)")
    ap.add_argument("--dsn", help="an existing PostgreSQL server (superuser or CREATEDB+CREATEROLE); default: the embedded one")
    ap.add_argument("--reference", help="time sql-eval's real eval/eval.py as side (a) instead of the loop written here")
    ap.add_argument("--reference-python", default=sys.executable, help="interpreter for --reference")
    ap.add_argument("--json", help="write the figures here")
    # --loop mode (internal): side (a)
    ap.add_argument("--loop", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--predictions", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--db-map", help=argparse.SUPPRESS)
    ap.add_argument("--host", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--user", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.loop:
        return loop_main(args)

    sys.path.insert(0, str(REPO))
    from eval.db.pgserver import ADMIN_USER, EmbeddedServer, ExternalServer

    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="sqleval-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    setinfo = build_set(work / "set", args.limit, args.copies, args.seed)
    print(f"benchmark: {setinfo['n_rows']} predictions ({setinfo['n_questions']} questions x {args.copies}; "
          f"{', '.join(f'{k} {n}' for k, n in sorted(setinfo['kinds'].items(), key=lambda kv: -kv[1]))}) "
          f"on {len(setinfo['databases'])} databases, {sum(setinfo['rows_loaded'].values())} rows; "
          f"built in {time.monotonic() - t0:.1f} s under {work / 'set'}", file=sys.stderr)
    server = ExternalServer(args.dsn) if args.dsn else EmbeddedServer(None, log=lambda m: None)
    try:
        t1 = time.monotonic()
        db_map = load_databases(server, Path(setinfo["schemas"]), setinfo["databases"])
        print(f"loaded once in {time.monotonic() - t1:.1f} s: {', '.join(db_map.values())}", file=sys.stderr)
        admin = dict(server.admin.params)
        if args.dsn:
            dsn = args.dsn
        else:
            admin.setdefault("user", ADMIN_USER)
            dsn = f"postgresql://{admin['user']}@{admin['host']}:{admin['port']}/postgres"
        env = dict(os.environ)
        sides = [s.strip() for s in args.sides.split(",") if s.strip()]
        unknown = [s for s in sides if s not in ("sqleval-like", "harness", "harness-nocache")]
        if unknown:
            print(f"error: --sides: unknown {', '.join(unknown)}", file=sys.stderr)
            return 2
        runs: list[dict] = []
        for r in range(1, args.rounds + 1):
            for side in sides:
                tag = f"{side}-{r}"
                log = work / f"{tag}.log"
                if side == "sqleval-like":
                    out_csv = work / f"{tag}.csv"
                    fig = _timed(_loop_cmd(args, setinfo, db_map, admin, out_csv), env, log)
                    fig.update(_loop_figures(log))
                else:
                    run_dir = work / tag
                    fig = _timed(_harness_cmd(setinfo, dsn, run_dir, side == "harness-nocache"), env, log)
                    fig.update(_harness_figures(run_dir))
                fig.update(side=side, round=r)
                runs.append(fig)
                print(f"  {tag}: {fig['wall_s']:.2f} s (rc {fig['rc']}, load {fig['load_start']} -> {fig['load_end']}, "
                      f"correct {fig.get('correct')})", file=sys.stderr)
                if fig["rc"] != 0:
                    print(Path(log).read_text(encoding="utf-8", errors="replace")[-3000:], file=sys.stderr)
    finally:
        server.stop()

    loop_name = "sql-eval eval.py (reference)" if args.reference else "sql-eval-like loop"
    print(f"\npredictions: {setinfo['n_rows']}  (side a: {loop_name}; server: "
          f"{'--dsn' if args.dsn else 'embedded'} PostgreSQL {getattr(server, 'version', '')})\n")
    print("| round | side | wall s | ratio side / harness | load start → end | correct | rc |")
    print("|---:|---|---:|---:|---|---:|---:|")
    for fig in runs:
        h = next((x for x in runs if x["side"] == "harness" and x["round"] == fig["round"]), None)
        ratio = f"{fig['wall_s'] / h['wall_s']:.2f}" if h and h["wall_s"] else "—"
        print(f"| {fig['round']} | {fig['side']} | {fig['wall_s']:.2f} | {ratio} | {fig['load_start']} → {fig['load_end']} "
              f"| {fig.get('correct')} | {fig['rc']} |")
    best = {s: min(x["wall_s"] for x in runs if x["side"] == s) for s in sides}
    if "harness" in best and best["harness"]:
        print("\nbest of rounds: " + ", ".join(f"{s} {w:.2f} s" for s, w in best.items())
              + "".join(f"; {s} / harness {w / best['harness']:.2f}" for s, w in best.items() if s != "harness"))
    if args.json:
        Path(args.json).write_text(json.dumps({"set": setinfo, "side_a": loop_name, "dsn_given": bool(args.dsn),
                                               "runs": runs, "best": best}, indent=1) + "\n", encoding="utf-8")
    return 0 if all(x["rc"] == 0 for x in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
