#!/usr/bin/env python3
"""Replay a hostile corpus through the whole harness and check that the sandbox held.

    python bench/hostile_replay.py                                   # tests/data/hostile_corpus.jsonl, --timeout 1
    python bench/hostile_replay.py --corpus OTHER.jsonl --json /tmp/hostile.json
    python bench/hostile_replay.py --skip-known-bugs                 # leave out the entries marked known_bug

The corpus is JSONL, one object a line: ``id``, ``class``, ``sql``, ``note``, and optionally
``target`` (a key of TARGETS below), ``db`` (``bakery`` / ``transit``) and ``known_bug`` (an entry
that fails because of a harness bug, left out with ``--skip-known-bugs``).  Each entry becomes the
prediction of its own question on the sqleval test fixtures (tests/fixtures/sqleval):

- a hostile entry (any class but ``honest``) answers its ``target`` question, or, without one, a
  question whose gold holds a random token drawn for this run, which no prediction can produce;
- an ``honest`` entry answers its ``target`` question, whose gold it is; without a target its
  question's gold is the entry's own SQL.

Then ``run_eval.py --model replay --predictions P --timeout T`` runs as a subprocess, on an
embedded PostgreSQL in a cache root under /tmp (with ``--skip-gold-errors``: an honest entry whose
own SQL fails as a gold is that entry's failure, not the whole run's), and the script checks:

- the run exits 0 and has one record per entry;
- every hostile entry scored ``correct = 0`` (an error or incorrect verdict), every honest one 1;
- no query ran longer than ``timeout + 1 s`` (``exec_seconds`` of results.jsonl);
- the harness's peak RSS (VmHWM of the run_eval.py process, polled) is at most ``--max-rss-mib``;
- afterwards, nothing changed: every reader-role and database setting (pg_db_role_setting), the
  reader role's attributes, every table of every ``t2seval_*`` database (content checksums and the
  list of relations), read on the data directory *before* the next start would reset the role's
  settings; and no file the corpus tries to create exists.

It prints a Markdown figures table (also the PostgreSQL postmaster and largest backend peak RSS,
polled, which are separate from the harness and bounded server-side) and, with ``--json FILE``,
every figure.  Exit 0 when every check passed, 1 otherwise (2 on bad input).
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SQLEVAL_SCHEMAS = REPO / "tests" / "fixtures" / "sqleval"
DEFAULT_CORPUS = REPO / "tests" / "data" / "hostile_corpus.jsonl"
FILES_TRIED = ("/tmp/t2seval-hc-pwned", "/tmp/t2seval-pwned", "/tmp/t2seval-out", "/tmp/t2seval-lo")
SLACK_S = 1.0  # a query may run at most --timeout + SLACK_S

# key -> (db, category, question, gold).  Golds of several result types, so that hostile values
# (400-digit numerics, NaN, BC dates, huge intervals, deep JSON ...) meet a gold of their type.
TARGETS = {
    "bakery_units_per_shop": ("bakery", "group_by", "How many units were sold in total per shop name?",
                              "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"),
    "bakery_total_numeric": ("bakery", "where", "What is the total quantity sold, as a numeric?",
                             "SELECT SUM(quantity)::numeric FROM sales"),
    "bakery_first_sale_date": ("bakery", "where", "On which date was the first sale?", "SELECT MIN(sold_at)::date FROM sales"),
    "bakery_sales_span": ("bakery", "where", "How much time lies between the first and the last sale?",
                          "SELECT MAX(sold_at) - MIN(sold_at) FROM sales"),
    "bakery_avg_price": ("bakery", "where", "What is the average product price, as a float?",
                         "SELECT AVG(price)::float8 FROM products"),
    "bakery_product_names_json": ("bakery", "where", "The product names as one JSON array, by product id.",
                                  "SELECT json_agg(name ORDER BY product_id) FROM products"),
    "bakery_count_sales": ("bakery", "where", "How many sales are there?", "SELECT COUNT(*) FROM sales"),
    "bakery_shop_cities": ("bakery", "where", "Name and city of every shop.", "SELECT name, city FROM shops"),
    "transit_lines_per_mode": ("transit", "group_by", "How many lines of each mode are there?",
                               "SELECT mode, COUNT(*) FROM network.lines GROUP BY mode"),
    "transit_boardings_per_code": ("transit", "group_by", "What were the total boardings per line code?",
                                   "SELECT l.code, SUM(r.boardings) FROM network.lines l JOIN network.ridership r "
                                   "ON r.line_id = l.line_id GROUP BY l.code"),
}
TOKEN_GOLD = {"bakery": "SELECT COUNT(*) AS n, '{token}' AS token FROM sales",
              "transit": "SELECT COUNT(*) AS n, '{token}' AS token FROM network.lines"}


class BadInput(Exception):
    pass


# ------------------------------------------------------------------------------------------------
def load_corpus(path: Path, warn=lambda m: print(f"warning: {m}", file=sys.stderr)) -> list[dict]:
    """The entries of a corpus file.  An unknown ``target`` or ``db`` is dropped with a warning (the
    entry then gets the default question), so that a corpus written elsewhere still replays."""
    out, ids = [], set()
    for i, line in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), start=1):  # not splitlines: U+2028 …
        if not line.strip():
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as ex:
            raise BadInput(f"{path}:{i}: invalid JSON: {ex.msg}")
        if isinstance(e, dict) and not isinstance(e.get("sql"), str):
            e["sql"] = next((e[k] for k in ("generated_query", "query", "prediction") if isinstance(e.get(k), str)), None)
        if not isinstance(e, dict) or not isinstance(e.get("sql"), str) or not str(e.get("id", "")).strip():
            raise BadInput(f"{path}:{i}: need an object with a string 'id' and 'sql'")
        e["id"] = str(e["id"]).strip()
        e["class"] = str(e.get("class") or "unknown")
        if e["id"] in ids:
            raise BadInput(f"{path}:{i}: duplicate id {e['id']!r}")
        if e.get("target") is not None and e["target"] not in TARGETS:
            warn(f"{path}:{i}: unknown target {e.pop('target')!r} ignored (known: {', '.join(TARGETS)})")
        if e.get("db") is not None and e["db"] not in TOKEN_GOLD:
            warn(f"{path}:{i}: unknown db {e.pop('db')!r} ignored (known: {', '.join(TOKEN_GOLD)})")
        ids.add(e["id"])
        out.append(e)
    if not out:
        raise BadInput(f"{path}: no entries")
    return out


def is_honest(e: dict) -> bool:
    return e["class"] == "honest"


def question_for(e: dict, n: int, token: str) -> dict:
    """The question whose prediction entry ``e`` is (question n of the replay)."""
    if e.get("target"):
        db, cat, text, gold = TARGETS[e["target"]]
    else:
        db = e.get("db") or ("transit" if "network." in e["sql"].lower() else "bakery")
        cat = "where"
        if is_honest(e):
            text, gold = "Honest query, its own gold.", e["sql"]
        else:
            text, gold = "How many rows, with this run's token?", TOKEN_GOLD[db].format(token=token)
    return {"id": f"hc{n:04d}", "db": db, "category": cat, "question": f"[{n}] {text}", "gold": [gold]}


# ------------------------------------------------------------------------------------------------
def _state(root: Path) -> dict:
    """What a hostile query could have changed, read from the embedded server's data directory
    without the reset that every harness start applies to the reader role's settings."""
    from eval.db import fixtures, pgconn, pgserver, reader_role  # noqa: PLC0415

    saved = reader_role.ensure_reader_role
    reader_role.ensure_reader_role = lambda *a, **k: None  # keep whatever the run left in the catalog
    try:
        server = pgserver.EmbeddedServer(root, log=lambda m: None)
    finally:
        reader_role.ensure_reader_role = saved
    try:
        c = pgconn.connect(server.admin.for_db("postgres"))
        c.autocommit = True
        with c.cursor() as cur:
            cur.execute("SELECT coalesce(d.datname, '*'), r.rolname, s.setconfig FROM pg_db_role_setting s "
                        "LEFT JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole "
                        "ORDER BY 1, 2")
            settings = [[d, r or "*", sorted(cfg or [])] for d, r, cfg in cur.fetchall()]
            cur.execute("SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, "
                        "rolbypassrls, rolconnlimit FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%' ORDER BY 1")
            roles = [list(r) for r in cur.fetchall()]
            cur.execute("SELECT datname FROM pg_database WHERE datname LIKE 't2seval%' AND datallowconn ORDER BY 1")
            dbs = [r[0] for r in cur.fetchall()]
        c.close()
        tables = {}
        for db in dbs:
            try:
                c = pgconn.connect(server.admin.for_db(db))
            except Exception as e:  # noqa: BLE001 - e.g. dropped meanwhile
                tables[db] = {"error": type(e).__name__}
                continue
            try:
                c.autocommit = True
                with c.cursor() as cur:
                    cur.execute("SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN "
                                "('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp%' "
                                "AND n.nspname NOT LIKE 'pg\\_toast\\_temp%' ORDER BY 1")
                    rels = [r[0] for r in cur.fetchall()]
                    cur.execute("SELECT count(*) FROM pg_largeobject_metadata")
                    n_lo = cur.fetchone()[0]
                tables[db] = {"relations": rels, "checksums": fixtures.table_checksums(c), "large_objects": n_lo}
            finally:
                c.close()
    finally:
        server.stop()
    return {"settings": settings, "roles": roles, "databases": tables}


def _prepare_fixtures(root: Path) -> None:
    """Start once, load the fixtures (the run itself then only verifies them), stop."""
    from eval.db import fixtures  # noqa: PLC0415
    from eval.db.pgserver import EmbeddedServer  # noqa: PLC0415

    server = EmbeddedServer(root, log=lambda m: None)
    try:
        for fx in fixtures.discover(SQLEVAL_SCHEMAS).values():
            fixtures.ensure_loaded(server, fx)
    finally:
        server.stop()


# ------------------------------------------------------------------------------------------------
_WRAPPER = """
import json, resource, subprocess, sys, time
t0 = time.monotonic()
with open(sys.argv[2], "wb") as log:
    p = subprocess.Popen(sys.argv[3:], stdout=log, stderr=subprocess.STDOUT)
    open(sys.argv[1], "w").write(str(p.pid))
    rc = p.wait()
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall_s": wall, "tree_maxrss_kib": ru.ru_maxrss}))
"""


def _proc_status(pid: int) -> dict:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("Name", "PPid", "VmHWM", "VmRSS"):
                    out[k] = v.strip()
    except OSError:
        pass
    return out


def _kib(v: str | None) -> int:
    try:
        return int((v or "0").split()[0])
    except ValueError:
        return 0


class Poller(threading.Thread):
    """Polls the harness's VmHWM, and the VmHWM of every PostgreSQL process under it."""

    def __init__(self, pidfile: Path):
        super().__init__(daemon=True)
        self.pidfile = pidfile
        self.stop_ev = threading.Event()
        self.harness_kib = 0
        self.postmaster_kib = 0
        self.backend_kib = 0
        self.backends_seen: set[int] = set()
        self.tree_sum_kib = 0

    def run(self):
        pid = None
        while not self.stop_ev.is_set():
            if pid is None:
                try:
                    pid = int(self.pidfile.read_text())
                except (OSError, ValueError):
                    time.sleep(0.01)
                    continue
            st = _proc_status(pid)
            self.harness_kib = max(self.harness_kib, _kib(st.get("VmHWM")))
            self._tree(pid)
            time.sleep(0.05)

    def _tree(self, root: int) -> None:
        kids: dict[int, list[int]] = {}
        info: dict[int, dict] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                st = _proc_status(int(d))
                if st:
                    info[int(d)] = st
                    kids.setdefault(_kib(st.get("PPid")), []).append(int(d))
        total, todo = 0, [(root, 0)]
        while todo:
            p, depth = todo.pop()
            st = info.get(p, {})
            total += _kib(st.get("VmRSS"))
            if p != root and st.get("Name", "").startswith(("postgres", "postmaster")):
                hwm = _kib(st.get("VmHWM"))
                if depth == 1:  # the postmaster; its children are backends and auxiliary processes
                    self.postmaster_kib = max(self.postmaster_kib, hwm)
                else:
                    self.backend_kib = max(self.backend_kib, hwm)
                    self.backends_seen.add(p)
            todo.extend((k, depth + 1) for k in kids.get(p, []))
        self.tree_sum_kib = max(self.tree_sum_kib, total)


# ------------------------------------------------------------------------------------------------
def replay(corpus_path: Path, *, timeout_s: float, workers: int, root: Path, work: Path, max_rss_mib: float,
           skip_known_bugs: bool = False, log=print) -> dict:
    entries = load_corpus(corpus_path)
    skipped = [e["id"] for e in entries if skip_known_bugs and e.get("known_bug")]
    entries = [e for e in entries if not (skip_known_bugs and e.get("known_bug"))]
    if skipped:
        log(f"left out (--skip-known-bugs): {', '.join(skipped)}")
    token = "t2seval-" + secrets.token_hex(16)
    qpath, ppath = work / "questions.jsonl", work / "predictions.jsonl"
    by_qid = {}
    with open(qpath, "w", encoding="ascii") as qf, open(ppath, "w", encoding="ascii") as pf:
        for n, e in enumerate(entries, start=1):
            q = question_for(e, n, token)
            by_qid[q["id"]] = e
            qf.write(json.dumps(q, ensure_ascii=True) + "\n")
            pf.write(json.dumps({"question_id": q["id"], "generated_query": e["sql"]}, ensure_ascii=True) + "\n")
    classes = Counter(e["class"] for e in entries)
    log(f"corpus {corpus_path}: {len(entries)} entries ({sum(not is_honest(e) for e in entries)} hostile, "
        f"{classes.get('honest', 0)} honest) in {len(classes)} classes")

    files_before = [f for f in FILES_TRIED if os.path.exists(f)]
    t_load = time.monotonic()
    _prepare_fixtures(root)
    before = _state(root)
    load_s = time.monotonic() - t_load

    out = work / "run"
    cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(ppath),
           "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(qpath), "--timeout", f"{timeout_s:g}",
           "--workers", str(workers), "--skip-gold-errors", "--no-progress", "-q", "-o", str(out)]
    shown = " ".join(cmd[1:]).replace(str(REPO) + "/", "")
    log("  " + shown)
    pidfile, logfile = work / "harness.pid", work / "harness.log"
    env = dict(os.environ, EVAL_CACHE_ROOT=str(root))
    env.pop("EVAL_PG_DSN", None)
    env.pop("EVAL_PG_DATA", None)
    poll = Poller(pidfile)
    wrapper = subprocess.Popen([sys.executable, "-c", _WRAPPER, str(pidfile), str(logfile), *cmd],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    poll.start()
    stdout, _ = wrapper.communicate(timeout=3600)
    poll.stop_ev.set()
    poll.join()
    res = json.loads(stdout.strip().splitlines()[-1])
    harness_log = logfile.read_text(encoding="utf-8", errors="replace")

    after = _state(root)
    recs = {}
    if (out / "results.jsonl").exists():
        for line in (out / "results.jsonl").read_text(encoding="utf-8", errors="replace").split("\n"):
            if line.strip():
                r = json.loads(line)
                recs[r["question_id"]] = r
    summary = json.loads((out / "summary.json").read_text()) if (out / "summary.json").exists() else {}

    failures: list[str] = []
    if res["rc"] != 0:
        failures.append(f"run_eval.py exited {res['rc']}: {harness_log.strip()[-1500:]}")
    missing = [by_qid[q]["id"] for q in by_qid if q not in recs]
    if missing:
        failures.append(f"{len(missing)} entries have no record, e.g. {missing[:5]}")
    hostile_correct, honest_wrong, slow = [], [], []
    reasons: Counter = Counter()
    per_class: dict[str, Counter] = {}
    exec_max, exec_max_id = 0.0, None
    verdicts = []
    for qid, e in by_qid.items():
        r = recs.get(qid)
        if r is None:
            continue
        reason = r.get("reason") or ("correct" if r.get("correct") else "?")
        verdicts.append({"id": e["id"], "class": e["class"], "correct": r.get("correct"), "reason": reason,
                         "exec_seconds": r.get("exec_seconds"), "message": str(r.get("error_msg") or r.get("note") or "")[:160]})
        reasons[reason] += 1
        per_class.setdefault(e["class"], Counter())[reason] += 1
        sec = float(r.get("exec_seconds") or 0.0)
        if sec > exec_max:
            exec_max, exec_max_id = sec, e["id"]
        if sec > timeout_s + SLACK_S:
            slow.append(f"{e['id']} ({sec:.2f} s)")
        if is_honest(e) and r.get("correct") != 1:
            honest_wrong.append(f"{e['id']} ({reason}: {str(r.get('error_msg') or r.get('note'))[:200]})")
        if not is_honest(e) and r.get("correct") != 0:
            hostile_correct.append(f"{e['id']} ({reason})")
    if hostile_correct:
        failures.append(f"hostile entries scored correct: {hostile_correct}")
    if honest_wrong:
        failures.append(f"honest entries not correct: {honest_wrong}")
    if slow:
        failures.append(f"queries outlived timeout + {SLACK_S:g} s: {slow}")
    harness_mib = poll.harness_kib / 1024
    if harness_mib > max_rss_mib:
        failures.append(f"harness peak RSS {harness_mib:.0f} MiB > {max_rss_mib:g} MiB")
    for key, label in (("settings", "role/database settings (pg_db_role_setting)"), ("roles", "role attributes"),
                       ("databases", "fixture databases (relations, checksums, large objects)")):
        if before[key] != after[key]:
            failures.append(f"{label} changed: before {json.dumps(before[key])[:600]} after {json.dumps(after[key])[:600]}")
    if summary and summary.get("fixtures_intact") is not True:
        failures.append("summary.json: fixtures_intact is not true")
    created = [f for f in FILES_TRIED if os.path.exists(f) and f not in files_before]
    if created:
        failures.append(f"files created: {created}")

    n_hostile = sum(not is_honest(e) for e in entries)
    n_honest = len(entries) - n_hostile
    fig = {
        "corpus": str(corpus_path), "entries": len(entries), "hostile": n_hostile, "honest": n_honest,
        "classes": dict(sorted(classes.items())), "timeout_s": timeout_s, "workers": workers,
        "command": shown, "exit_code": res["rc"], "wall_s": round(res["wall_s"], 2),
        "fixture_load_and_state_s": round(load_s, 2),
        "harness_peak_rss_mib": round(harness_mib, 1),
        "postmaster_peak_rss_mib": round(poll.postmaster_kib / 1024, 1),
        "largest_backend_peak_rss_mib_polled": round(poll.backend_kib / 1024, 1),
        "backends_seen": len(poll.backends_seen),
        "tree_max_single_process_rss_mib": round(res["tree_maxrss_kib"] / 1024, 1),
        "tree_sum_rss_peak_mib_polled": round(poll.tree_sum_kib / 1024, 1),
        "exec_seconds_max": round(exec_max, 3), "exec_seconds_max_id": exec_max_id,
        "exec_bound_s": timeout_s + SLACK_S,
        "hostile_correct": len(hostile_correct),
        "honest_correct": sum(1 for v in verdicts if v["class"] == "honest" and v["correct"] == 1),
        "records": len(verdicts),
        "reasons": dict(sorted(reasons.items())),
        "reasons_per_class": {k: dict(sorted(v.items())) for k, v in sorted(per_class.items())},
        "state_unchanged": before == after, "fixtures_intact": summary.get("fixtures_intact"),
        "files_created": created, "skipped_known_bugs": skipped, "failures": failures, "ok": not failures,
        "verdicts": verdicts,
    }
    return fig


def table(fig: dict) -> str:
    rows = [
        ("corpus", f"{fig['entries']} entries: {fig['hostile']} hostile in {len(fig['classes']) - (1 if 'honest' in fig['classes'] else 0)} classes, {fig['honest']} honest"),
        ("exit code", fig["exit_code"]),
        ("wall time of the run (fixtures already loaded)", f"{fig['wall_s']} s"),
        ("records in results.jsonl", f"{fig['records']} / {fig['entries']}"),
        ("hostile entries scored correct", f"{fig['hostile_correct']} / {fig['hostile']}"),
        ("honest entries scored correct", f"{fig['honest_correct']} / {fig['honest']}"),
        ("verdicts", ", ".join(f"{k} {v}" for k, v in fig["reasons"].items())),
        ("longest query (exec_seconds)", f"{fig['exec_seconds_max']} s ({fig['exec_seconds_max_id']}); bound {fig['exec_bound_s']:g} s"),
        ("harness peak RSS (VmHWM of run_eval.py, polled)", f"{fig['harness_peak_rss_mib']} MiB"),
        ("PostgreSQL postmaster peak RSS (polled)", f"{fig['postmaster_peak_rss_mib']} MiB"),
        ("largest PostgreSQL backend peak RSS (polled)", f"{fig['largest_backend_peak_rss_mib_polled']} MiB ({fig['backends_seen']} backends seen)"),
        ("largest process of the tree (ru_maxrss, RUSAGE_CHILDREN)", f"{fig['tree_max_single_process_rss_mib']} MiB"),
        ("role/database settings, role attributes, fixture tables afterwards", "unchanged" if fig["state_unchanged"] else "**CHANGED**"),
        ("fixtures_intact (summary.json)", fig["fixtures_intact"]),
        ("files the corpus tried to create", ", ".join(fig["files_created"]) or "none exist"),
    ]
    out = ["| figure | result |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="corpus JSONL (default tests/data/hostile_corpus.jsonl)")
    ap.add_argument("--timeout", type=float, default=1.0, help="--timeout of the run (default 1)")
    ap.add_argument("--workers", type=int, default=2, help="--workers of the run (default 2)")
    ap.add_argument("--max-rss-mib", type=float, default=1536.0, help="harness peak RSS bound (default 1536 = 1.5 GiB)")
    ap.add_argument("--cache-root", help="EVAL_CACHE_ROOT of the embedded server (default: $EVAL_CACHE_ROOT, else a fresh "
                                         "folder under /tmp, removed afterwards)")
    ap.add_argument("--skip-known-bugs", action="store_true", help="leave out the entries marked known_bug")
    ap.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (printed)")
    a = ap.parse_args(argv)

    base = Path(tempfile.mkdtemp(prefix="t2seval-hostile-", dir="/tmp"))
    os.chmod(base, 0o755)  # the embedded server's account must be able to enter it
    root_arg = a.cache_root or os.environ.get("EVAL_CACHE_ROOT")
    root = Path(root_arg) if root_arg else base / "cache"
    root.mkdir(mode=0o755, parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    work = base / "work"
    work.mkdir(mode=0o755)
    os.environ["EVAL_CACHE_ROOT"] = str(root)
    os.environ.pop("EVAL_PG_DATA", None)
    try:
        try:
            fig = replay(Path(a.corpus), timeout_s=a.timeout, workers=a.workers, root=root, work=work,
                         max_rss_mib=a.max_rss_mib, skip_known_bugs=a.skip_known_bugs)
        except BadInput as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        print()
        print(table(fig))
        print()
        print("reasons per class:")
        for k, v in fig["reasons_per_class"].items():
            print(f"  {k:28s} " + ", ".join(f"{r} {n}" for r, n in v.items()))
        if a.json:
            Path(a.json).write_text(json.dumps(fig, indent=2) + "\n")
            print(f"figures written to {a.json}")
        for f in fig["failures"]:
            print(f"FAILED: {f}")
        print("OK" if fig["ok"] else "FAILED")
        return 0 if fig["ok"] else 1
    finally:
        if a.keep:
            print(f"kept {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
