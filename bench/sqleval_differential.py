#!/usr/bin/env python3
"""Differential test: this harness's sql-eval-2023 verdict against sql-eval's own 2023 code.

Near-miss predictions are built from every question's gold (the gold itself, sqlglot mutants from
tools/mutants.py, and a few rewrites: column order, DISTINCT, ORDER BY, LIMIT, ROUND, duplicated
rows, an extra column), executed on instance 0 of each database and scored twice:

(a) *reference*: sql-eval's ``eval/eval.py`` (a copy that is never part of this repository: pass
    its path with ``--reference``), run as its own loop ran it — ``compare_query_results`` on the
    gold cell as written and the prediction's text, each query executed by the reference's own
    ``query_postgres_db`` (SQLAlchemy engine + ``pandas.read_sql_query`` over psycopg2) against
    the embedded server; any exception counts the row wrong, as the 2023 runner did.  It runs in a
    separate interpreter (``--reference-python``) so that the 2023 stack (pandas 2.0.3, NumPy
    1.25.2, psycopg2 2.9) can be used; that interpreter needs pandas, SQLAlchemy, psycopg2 and
    func_timeout (a stand-in is injected when func_timeout is missing), nothing of this harness.
(b) *ours*: ``correct_sqleval`` exactly as eval/run/pipeline.py computes it (``_sqleval_2023``
    over the gold store and the executor's instance-0 result).

Prints the number of predictions, the agreement, and the disagreements grouped by cause; writes
every disagreement as JSONL to ``--out``.

    python -m venv /tmp/sqleval-ref/venv && /tmp/sqleval-ref/venv/bin/pip install pandas==2.0.3 \\
        numpy==1.25.2 sqlalchemy==2.0.20 psycopg2-binary==2.9.7 func_timeout==4.3.5
    EVAL_CACHE_ROOT=/tmp/cache-diff python bench/sqleval_differential.py \\
        --reference /tmp/sqleval-ref/eval.py --reference-python /tmp/sqleval-ref/venv/bin/python \\
        --out /tmp/diff.jsonl
    python bench/sqleval_differential.py --questions my.csv --schemas my_fixtures/ --reference ...

The module imports only the standard library at the top: the same file is the reference worker
(``--worker``), run by the other interpreter.
"""
from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import random
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# ================================================================================================
# reference worker (runs under --reference-python; standard library + the reference's own imports)

def _load_reference(path: str, creds: dict):
    """Import the reference file as a module, with stand-ins for imports that only configure it."""
    try:
        import func_timeout  # noqa: F401,PLC0415 - the reference's own timeout wrapper
    except ImportError:
        stub = types.ModuleType("func_timeout")
        stub.func_timeout = lambda timeout, func, args=(), kwargs=None: func(*args, **(kwargs or {}))
        sys.modules["func_timeout"] = stub
    # later sql-eval versions read their credentials from utils/creds.py and import snowflake
    utils = sys.modules.get("utils") or types.ModuleType("utils")
    creds_mod = types.ModuleType("utils.creds")
    creds_mod.db_creds_all = {"postgres": creds}
    utils.creds = creds_mod
    sys.modules.setdefault("utils", utils)
    sys.modules["utils.creds"] = creds_mod
    try:
        import snowflake.connector  # noqa: F401,PLC0415
    except ImportError:
        sf = types.ModuleType("snowflake")
        sf.connector = types.ModuleType("snowflake.connector")
        sys.modules["snowflake"], sys.modules["snowflake.connector"] = sf, sf.connector
    spec = importlib.util.spec_from_file_location("sqleval_reference", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name in ("compare_query_results", "query_postgres_db"):
        if not hasattr(mod, name):
            raise SystemExit(f"--reference {path}: no function {name}()")
    return mod


def worker(args) -> int:
    import warnings  # noqa: PLC0415

    warnings.simplefilter("ignore")
    creds = {"host": args.host, "port": args.port, "user": args.user, "password": args.password or "",
             "database": "postgres"}
    ref = _load_reference(args.reference, creds)
    params = inspect.signature(ref.compare_query_results).parameters
    versions = {}
    for m in ("pandas", "numpy", "sqlalchemy", "psycopg2"):
        try:
            versions[m] = __import__(m).__version__
        except Exception as e:  # noqa: BLE001 - only reported
            versions[m] = f"unavailable ({type(e).__name__})"
    out = open(args.worker_out, "w", encoding="utf-8")
    out.write(json.dumps({"versions": versions, "python": sys.version.split()[0]}) + "\n")
    for line in open(args.worker_in, encoding="utf-8"):
        t = json.loads(line)
        kw = {"query_gold": t["gold"], "query_gen": t["pred"], "db_name": t["db"], "db_type": "postgres",
              "db_creds": dict(creds, database=t["db"]), "timeout": args.timeout, "question": t["question"],
              "query_category": t["category"]}
        kw = {k: v for k, v in kw.items() if k in params}
        t0 = time.perf_counter()
        try:
            exact, correct = ref.compare_query_results(**kw)
            r = {"exact": bool(exact), "correct": bool(correct), "error": None}
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:  # noqa: BLE001 - the 2023 runner counted any exception as a wrong row (func_timeout's is a BaseException)
            r = {"exact": False, "correct": False, "error": f"{type(e).__name__}: {str(e)}".replace("\n", " ")[:400]}
        r["i"] = t["i"]
        r["s"] = round(time.perf_counter() - t0, 4)
        out.write(json.dumps(r) + "\n")
        out.flush()
    out.close()
    return 0


# ================================================================================================
# near-miss predictions

def _rewrites(gold: str) -> list[tuple[str, str]]:
    """(kind, sql) rewrites of one gold query: column order, DISTINCT, ORDER BY, LIMIT, ROUND,
    duplicated rows, an extra column.  Each is a plausible model answer near the gold."""
    import sqlglot  # noqa: PLC0415
    from sqlglot import exp  # noqa: PLC0415

    D = "postgres"
    try:
        base = sqlglot.parse_one(gold, read=D)
    except Exception:  # noqa: BLE001 - sqlglot cannot parse it: no rewrites
        return []
    out: list[tuple[str, str]] = []

    def add(kind, tree):
        try:
            out.append((kind, tree.sql(dialect=D)))
        except Exception:  # noqa: BLE001 - sqlglot cannot print it back: skip
            pass

    body = gold.strip().rstrip(";").strip()
    out.append(("dup_rows", f"SELECT * FROM ({body}) AS t1 UNION ALL SELECT * FROM ({body}) AS t2"))
    if not isinstance(base, exp.Select):
        return out
    projs = base.expressions
    if len(projs) >= 2 and not any(isinstance(p, exp.Star) for p in projs):
        t = base.copy()
        t.set("expressions", list(reversed([p.copy() for p in projs])))
        add("col_order", t)
    t = base.copy()
    t.set("expressions", [p.copy() for p in projs] + [exp.alias_(exp.Literal.number(0), "extra")])
    add("extra_col", t)
    t = base.copy()
    if base.args.get("distinct"):
        t.set("distinct", None)
        add("distinct_removed", t)
    else:
        t.set("distinct", exp.Distinct())
        add("distinct_added", t)
    if base.args.get("order"):
        t = base.copy()
        t.set("order", None)
        add("order_removed", t)
        t = base.copy()
        for o in t.args["order"].expressions:
            o.set("desc", not o.args.get("desc"))
        add("order_flipped", t)
    else:
        add("order_added", base.copy().order_by("1 DESC", dialect=D, copy=False))
    lim = base.args.get("limit")
    if lim is not None and isinstance(lim.expression, exp.Literal) and lim.expression.is_int:
        n = int(lim.expression.this)
        for m in (n + 1, n - 1):
            if m >= 0:
                t = base.copy()
                t.args["limit"].set("expression", exp.Literal.number(m))
                add(f"limit_{'plus' if m > n else 'minus'}1", t)
        t = base.copy()
        t.set("limit", None)
        add("limit_removed", t)
    else:
        add("limit_1", base.copy().limit(1, copy=False))
        add("limit_0", base.copy().limit(0, copy=False))
    rounds = list(base.find_all(exp.Round))
    if rounds:
        t = base.copy()
        for r in t.find_all(exp.Round):
            d = r.args.get("decimals")
            k = int(d.this) if isinstance(d, exp.Literal) and d.is_int else 0
            r.set("decimals", exp.Literal.number(k + 1))
        add("round_more", t)
        t = base.copy()
        for r in list(t.find_all(exp.Round)):
            r.replace(r.this.copy())
        add("round_removed", t)
    else:
        t = base.copy()
        changed = False
        new = []
        for p in t.expressions:
            inner = p.unalias() if isinstance(p, exp.Alias) else p
            if inner.find(exp.Avg, exp.Div, exp.Sum) and not isinstance(inner, exp.Star):
                r = exp.Round(this=exp.Cast(this=inner.copy(), to=exp.DataType.build("numeric")),
                              decimals=exp.Literal.number(2))
                new.append(exp.alias_(r, p.alias) if p.alias else r)
                changed = True
            else:
                new.append(p)
        if changed:
            t.set("expressions", new)
            add("round_added", t)
    return out


def build_predictions(questions, target: int, seed: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location("t2s_mutants", REPO / "tools" / "mutants.py")
    mutants = importlib.util.module_from_spec(spec)
    sys.modules["t2s_mutants"] = mutants  # dataclasses look their module up
    spec.loader.exec_module(mutants)
    pools = {db: mutants._string_pool([g for q in questions if q.db == db for g in q.gold])
             for db in {q.db for q in questions}}
    per_q = max(2, round(target / max(1, len(questions))))
    preds: list[dict] = []
    for q in questions:
        rng = random.Random(f"{seed}:{q.id}")
        g0 = q.gold[0]
        fixed = [("gold", g0)]
        if len(q.gold) > 1:  # the fullest brace expansion / another ; alternative
            fixed.append(("gold_alt", q.gold[-1]))
        rew = _rewrites(g0)
        try:
            muts = [(f"mutant_{k}", m.sql(dialect="postgres")) for k, _d, m, _i in mutants.mutate(g0, pools[q.db])[0]]
        except Exception:  # noqa: BLE001 - sqlglot cannot mutate this gold
            muts = []
        taken = {sql for _k, sql in fixed}
        rew = [x for x in dict((sql, (k, sql)) for k, sql in rew).values() if x[1] not in taken]
        taken |= {sql for _k, sql in rew}
        muts = [x for x in dict((sql, (k, sql)) for k, sql in muts).values() if x[1] not in taken]
        rng.shuffle(rew)
        rng.shuffle(muts)
        rest = per_q - len(fixed)
        n_rew = min(len(rew), (rest + 1) // 2 if muts else rest)
        chosen = fixed + rew[:n_rew] + muts[:rest - n_rew]
        if len(chosen) < per_q:
            chosen += rew[n_rew:n_rew + per_q - len(chosen)]
        seen = set()
        for kind, sql in chosen:
            if sql in seen:
                continue
            seen.add(sql)
            preds.append({"i": len(preds), "qid": q.id, "kind": kind, "pred": sql})
    return preds


# ================================================================================================
# causes of disagreement (what the two sides did differently)

def _shape(r):
    return None if r is None else (len(r.rows), len(r.columns))


def cause(q, ref: dict, ours: tuple[int, str], pred0, golds23) -> str:
    """A short name for why the two verdicts differ (the rows in --out keep every detail)."""
    note = ours[1]
    code = note.split(":")[0]
    ref_side = "exception" if ref.get("error") else ("exact" if ref["exact"] else ("subset" if ref["correct"] else "wrong"))
    err = ref.get("error") or ""
    if code == "gold_error" and "statement" in note and ";" in q.gold_raw.strip().rstrip(";"):
        return (f"';' cell: 2023 ran the whole text (psycopg2 returned the last statement's rows: ref {ref_side}); "
                f"ours refuses it (gold_error)")
    if ref_side == "exception":
        if "%" in q.gold_raw and ("format" in err or "IndexError" in err or "TypeError" in err):
            return "reference raised on '%' (driver parameter interpolation)"
        return f"reference raised: {err.split(':')[0]} (ours {code})"
    if code == "exact" and ref_side in ("wrong", "subset"):
        i = int(note.split("expansion ")[1].split(" ")[0]) - 1 if "expansion " in note else 0
        g = golds23[i] if i < len(golds23) and hasattr(golds23[i], "rows") else None
        gs, ps = _shape(g), _shape(pred0)
        if gs is not None and ps is not None and gs != ps:
            what = ("1-row gold vs 0-row prediction" if gs[0] == 1 and ps[0] == 0 else
                    "0-row gold vs 1-row prediction" if gs[0] == 0 and ps[0] == 1 else f"gold {gs} vs prediction {ps}")
            return f"rule a without 2023's shape check: {what} equal by broadcasting (ref {ref_side})"
        return f"ours exact, ref {ref_side}"
    return f"ref {ref_side}, ours {code}"


# ================================================================================================
# main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", required=True, help="path of sql-eval's eval/eval.py (kept outside this repository)")
    ap.add_argument("--reference-python", default=sys.executable,
                    help="interpreter that runs the reference (the 2023 stack); default: this one")
    ap.add_argument("--questions", default=str(REPO / "questions"), help="questions file or folder (default: bundled)")
    ap.add_argument("--schemas", default=str(REPO / "schemas"), help="fixture folder (default: bundled)")
    ap.add_argument("--split", action="append", help="only this split (repeatable; default: classic for the bundled "
                                                      "questions, every split otherwise)")
    ap.add_argument("--db", action="append", help="only this database (repeatable)")
    ap.add_argument("--target", type=int, default=2000, help="about this many predictions (default 2000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=10.0, help="per-query timeout, both sides (s)")
    ap.add_argument("--out", required=True, help="JSONL file for every disagreement")
    ap.add_argument("--keep", help="also write every prediction's two verdicts here (JSONL)")
    # worker mode (internal)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--worker-in", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    ap.add_argument("--host", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--user", help=argparse.SUPPRESS)
    ap.add_argument("--password", default="", help=argparse.SUPPRESS)
    if argv is None and "--worker" in sys.argv:
        args, _ = ap.parse_known_args()
        return worker(args)
    args = ap.parse_args(argv)
    if not Path(args.reference).is_file():
        print(f"error: --reference {args.reference}: no such file", file=sys.stderr)
        return 2

    sys.path.insert(0, str(REPO))
    from eval.data import dataset  # noqa: PLC0415
    from eval.db import fixtures  # noqa: PLC0415
    from eval.db.executor import Executor  # noqa: PLC0415
    from eval.db.pgserver import EmbeddedServer  # noqa: PLC0415
    from eval.run import pipeline  # noqa: PLC0415
    from eval.run.golds import GoldStore  # noqa: PLC0415
    from eval.scoring import comparator, sqleval_compat  # noqa: PLC0415

    t_start = time.monotonic()
    qpath, spath = Path(args.questions), Path(args.schemas)
    questions = [q for q in dataset.load_questions(qpath) if q.answerable]
    splits = args.split or (["classic"] if qpath.resolve() == (REPO / "questions").resolve() else None)
    if splits:
        questions = [q for q in questions if q.split in splits]
    if args.db:
        questions = [q for q in questions if q.db in args.db]
    if not questions:
        print("error: no question selected", file=sys.stderr)
        return 2
    preds = build_predictions(questions, args.target, args.seed)
    qby = {q.id: q for q in questions}
    print(f"{len(questions)} questions, {len(preds)} predictions "
          f"({', '.join(f'{k} {n}' for k, n in Counter(p['kind'].split('_')[0] for p in preds).most_common())})",
          file=sys.stderr)

    server = EmbeddedServer(None, log=lambda m: None)
    try:
        fxs = fixtures.discover(spath, needed={q.db for q in questions})
        db0 = {}
        for name, fx in fxs.items():
            db0[name] = fixtures.ensure_loaded(server, fx)[0]
        executor = Executor(server, timeout_s=args.timeout)
        store = GoldStore(executor, executor.row_cap)
        shim = types.SimpleNamespace(golds=store)

        # (a) the reference, in its own interpreter, meanwhile
        work = Path(tempfile.mkdtemp(prefix="sqleval-diff-"))
        tin, tout = work / "tasks.jsonl", work / "ref.jsonl"
        with open(tin, "w", encoding="utf-8") as f:
            for p in preds:
                q = qby[p["qid"]]
                f.write(json.dumps({"i": p["i"], "gold": q.gold_raw, "pred": p["pred"], "db": db0[q.db],
                                    "question": q.question, "category": q.category}) + "\n")
        rp = server.reader.params
        cmd = [args.reference_python, str(Path(__file__).resolve()), "--worker", "--reference", args.reference,
               "--worker-in", str(tin), "--worker-out", str(tout), "--host", str(rp["host"]), "--port", str(rp["port"]),
               "--user", str(rp["user"]), "--password", str(rp.get("password") or ""), "--timeout", str(args.timeout),
               "--out", "-"]
        proc = subprocess.Popen(cmd, cwd=str(work), stderr=open(work / "worker.log", "w"))

        # (b) ours, as the pipeline computes it
        ours: dict[int, tuple] = {}
        for p in preds:
            q = qby[p["qid"]]
            d = db0[q.db]
            golds0 = [e for e in (store.get(d, g) for g in q.gold) if isinstance(e, comparator.GoldEvidence)]
            pred0 = None
            if golds0:  # the pipeline runs the prediction only when a gold alternative runs on instance 0
                out = executor.execute(d, p["pred"])
                pred0 = out.result if out.ok else None
                p["pred_error"] = None if out.ok else (out.error or "")[:200]
            verdict = pipeline._sqleval_2023(shim, q, d, pred0)
            golds23 = []
            for text in sqleval_compat.expand_gold_2023(q.gold_raw):
                ev = store.get(d, text)
                golds23.append(ev.result if isinstance(ev, comparator.GoldEvidence) else None)
            ours[p["i"]] = (verdict, pred0, golds23)
        t_ours = time.monotonic() - t_start
        rc = proc.wait()
        if rc != 0:
            print(f"error: the reference worker exited {rc}:\n{(work / 'worker.log').read_text()[-3000:]}", file=sys.stderr)
            return 1
        executor.close()
    finally:
        server.stop()

    lines = tout.read_text(encoding="utf-8").splitlines()
    meta = json.loads(lines[0])
    ref = {r["i"]: r for r in map(json.loads, lines[1:])}
    n = len(preds)
    agree = 0
    groups: dict[str, list] = defaultdict(list)
    keep = open(args.keep, "w", encoding="utf-8") if args.keep else None
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            q = qby[p["qid"]]
            r = ref[p["i"]]
            (ok, note), pred0, golds23 = ours[p["i"]]
            row = {"question_id": q.id, "category": q.category, "kind": p["kind"], "gold": q.gold_raw,
                   "prediction": p["pred"],
                   "reference": {"correct": r["correct"], "exact": r["exact"], "error": r["error"]},
                   "ours": {"correct": bool(ok), "note": note}}
            if keep:
                keep.write(json.dumps(row, ensure_ascii=False) + "\n")
            if bool(ok) == r["correct"]:
                agree += 1
                continue
            row["cause"] = cause(q, r, (ok, note), pred0, golds23)
            row["shapes"] = {"pred": _shape(pred0), "gold_expansions": [_shape(g) for g in golds23]}
            groups[row["cause"]].append(row)
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    if keep:
        keep.close()

    print(f"reference: {args.reference} on Python {meta['python']}, "
          + ", ".join(f"{k} {v}" for k, v in meta["versions"].items()))
    print(f"n predictions: {n}")
    print(f"n agree:       {agree}")
    print(f"agreement:     {100.0 * agree / n:.2f}%")
    print(f"ref correct {sum(r['correct'] for r in ref.values())}, ours correct "
          f"{sum(int(v[0][0]) for v in ours.values())}")
    print(f"\ndisagreements: {n - agree}  (written to {args.out})")
    if groups:
        w = max(len(c) for c in groups)
        print(f"{'cause'.ljust(w)}  {'n':>4}  ref->ours  questions")
        for c, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            dirs = Counter(f"{int(x['reference']['correct'])}->{int(x['ours']['correct'])}" for x in rows)
            qids = sorted({x["question_id"] for x in rows})
            print(f"{c.ljust(w)}  {len(rows):>4}  {', '.join(f'{k}:{v}' for k, v in dirs.items()):9}  "
                  f"{len(qids)}: {', '.join(qids[:6])}{' …' if len(qids) > 6 else ''}")
    print(f"\n({time.monotonic() - t_start:.0f} s; ours done at {t_ours:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
