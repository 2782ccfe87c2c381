"""The CLI end to end, through a subprocess: gold, replay, malformed input, SIGKILL."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, csv_ids, run_cli

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]


@pytest.fixture(scope="module")
def gold_run(pg_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("gold") / "run"
    r = run_cli(["--model", "gold", *BASE, "-o", str(out)])
    assert r.returncode == 0, r.stderr
    return out, r


def test_gold_scores_100(gold_run):
    out, r = gold_run
    assert "| overall        | 21 |        100.0 |" in r.stdout
    s = json.loads((out / "summary.json").read_text())
    assert s["perc_correct"] == 100.0 and s["n_questions"] == 21
    assert set(s["categories"]) == {"group_by", "order_by", "ratio", "table_join", "where"}
    assert s["reasons"] == {"match": 21}
    assert len(s["fixtures_hash"]) == 64 and len(s["questions_hash"]) == 64
    assert "sqlglot" in s["versions"] and s["wall_time_s"] > 0
    rows = list(csv.DictReader(open(out / "results.csv")))
    assert len(rows) == 21
    for col in ("question_id", "generated_query", "correct", "correct_single", "exact_match", "reason",
                "error_db_exec", "error_query_gen", "error_msg", "latency_seconds"):
        assert col in rows[0]


def test_gold_run_does_not_import_torch(pg_root, tmp_path):
    code = ("import sys, runpy; sys.argv=['run_eval.py','--model','gold','--schemas',%r,'--questions',%r,'--no-progress','-q','-o',%r];"
            "import run_eval; rc=run_eval.main(sys.argv[1:]); "
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules and 'openai' not in sys.modules, 'heavy import'; sys.exit(rc)"
            % (str(SQLEVAL_SCHEMAS), str(SQLEVAL_QUESTIONS), str(tmp_path / "r")))
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr


def test_replay_own_results_csv_reproduces_gold(gold_run, tmp_path):
    out, _ = gold_run
    r = run_cli(["--model", "replay", "--predictions", str(out / "results.csv"), *BASE, "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "r" / "summary.json").read_text())["perc_correct"] == 100.0


def test_replay_sqleval_style_predictions(tmp_path):
    p = tmp_path / "preds.csv"
    with open(p, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["question", "db_name", "generated_query", "correct"])
        w.writerow(["Which shops are in Paris?", "bakery", "SELECT name FROM shops", "1"])
        w.writerow(["Which stops are outside the central zone?", "transit", "SELECT zone, name FROM network.stops WHERE zone > 1", "1"])
        w.writerow(["List the stops in alphabetical order.", "transit", "SELECT name FROM network.stops ORDER BY name DESC", "1"])
        w.writerow(["What percentage of sales had a discount?", "bakery", "SELECT COUNT(discount_pct) / COUNT(*) FROM sales", "1"])
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "-o", str(tmp_path / "r")])
    assert r.returncode == 2 and "no prediction for 17 of the 21 selected questions" in r.stderr, r.stderr
    assert not (tmp_path / "r").exists()
    r = run_cli(["--model", "replay", "--predictions", str(p), "--partial", *BASE, "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr
    assert "scored 4 of the 21 selected questions; 17 had no prediction" in r.stdout
    s = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert (s["n_questions"], s["partial"]["selected"], s["partial"]["without_prediction"]) == (4, 21, 17)
    rows = {x["question"]: x for x in csv.DictReader(open(tmp_path / "r" / "results.csv"))}
    assert rows["Which shops are in Paris?"]["reason"] == "row_count"
    assert rows["Which stops are outside the central zone?"]["correct"] == "1"
    assert rows["Which stops are outside the central zone?"]["exact_match"] == "0"
    assert rows["List the stops in alphabetical order."]["reason"] == "wrong_order"
    assert rows["What percentage of sales had a discount?"]["reason"] == "wrong_values"  # integer division: 0, not 25.0
    assert "How many lines of each mode are there?" not in rows  # no prediction: not scored under --partial
    recs = {x["question"]: x for x in map(json.loads, (tmp_path / "r" / "results.jsonl").read_text().splitlines())}
    assert recs["Which shops are in Paris?"]["correct_source"] == 1  # the file's own verdict, beside ours (0)
    assert recs["Which shops are in Paris?"]["correct"] == 0


@pytest.mark.parametrize("args, fragment", [
    (["--model", "nope"], "--model 'nope': unknown runner"),
    (["--limit", "-3"], "--limit must be > 0"),
    (["--model", "replay"], "--predictions"),
    (["--model", "replay", "--predictions", "/nonexistent.csv"], "no such file"),
    (["--schemas", "/nonexistent"], "not a folder"),
    (["--questions", "/nonexistent.csv"], "no such file"),
    (["--category", "nope"], "--category 'nope'"),
    (["--dsn", "postgresql://nobody@127.0.0.1:1/x"], "cannot connect"),
    (["--dsn", "mysql://x"], "--dsn must look like"),
    (["--timeout", "0"], "--timeout must be > 0"),
    (["--output", "/proc/forbidden/run"], "cannot be created or written"),
])
def test_bad_input_exit_2(args, fragment, tmp_path):
    base = [a for i, a in enumerate(BASE) if not (a in args or (i and BASE[i - 1] in args))]  # a flag is given once
    r = run_cli([*base, "-o", str(tmp_path / "out"), *args] if "--output" not in args else [*base, *args])
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert fragment in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 3
    assert not (tmp_path / "out").exists()


def test_replay_bad_predictions(tmp_path):
    p = tmp_path / "p.jsonl"
    first = csv_ids()[0]
    p.write_text(json.dumps({"question_id": first, "generated_query": "SELECT 1"}) + "\n"
                 + json.dumps({"question_id": first, "generated_query": "SELECT 2"}) + "\n")
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "-o", str(tmp_path / "o")])
    assert r.returncode == 2 and "duplicate prediction" in r.stderr and "row 2" in r.stderr
    p.write_text(json.dumps({"question_id": "other-7", "generated_query": "SELECT 1"}) + "\n")
    r = run_cli(["--model", "replay", "--predictions", str(p), *BASE, "-o", str(tmp_path / "o")])
    assert r.returncode == 2 and "not in the questions file" in r.stderr
    assert not (tmp_path / "o").exists()


def test_gold_error_is_reported_before_any_output(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("question,query,db_name,query_category\nQ,SELECT nope FROM shops,bakery,where\n")
    r = run_cli(["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress", "-o", str(tmp_path / "o")])
    assert r.returncode == 2 and "row 1" in r.stderr and "gold query fails to execute" in r.stderr
    assert not (tmp_path / "o").exists()


def _postgres_pids(root):
    out = subprocess.run(["pgrep", "-f", f"postgres -D {root}"], capture_output=True, text=True).stdout.split()
    return [int(x) for x in out]


def test_sigkill_takes_the_server_down(pg_root):
    import tempfile
    root = Path(tempfile.mkdtemp(prefix="kill-", dir=pg_root))
    os.chmod(root, 0o755)
    code = ("import sys, time; sys.path.insert(0, %r); from eval.db.pgserver import EmbeddedServer; "
            "s = EmbeddedServer(%r); print('up', flush=True); time.sleep(120)") % (str(REPO), str(root))
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "up"
    assert _postgres_pids(root), "server should be running"
    p.send_signal(signal.SIGKILL)
    p.wait()
    deadline = time.monotonic() + 15
    while _postgres_pids(root) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _postgres_pids(root) == []
    # a new harness on the same data dir starts fine (stale postmaster.pid handled)
    from eval.db.pgserver import EmbeddedServer
    s = EmbeddedServer(root)
    try:
        assert s.version
    finally:
        s.stop()


def test_generate_only_then_replay(tmp_path):
    gen = tmp_path / "gen"
    r = run_cli(["--model", "gold", "--generate-only", *BASE, "-o", str(gen)])
    assert r.returncode == 0, r.stderr
    lines = (gen / "predictions.jsonl").read_text().splitlines()
    assert len(lines) == 21 and not (gen / "results.csv").exists()
    r = run_cli(["--model", "replay", "--predictions", str(gen / "predictions.jsonl"), *BASE, "-o", str(tmp_path / "s")])
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "s" / "summary.json").read_text())["perc_correct"] == 100.0


def test_replay_matches_repeated_question_texts_in_order(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("question,query,db_name,query_category\n"
                 "Which shops?,SELECT name FROM shops,bakery,where\n"
                 "Which shops?,SELECT city FROM shops,bakery,where\n")
    p = tmp_path / "p.csv"
    p.write_text("question,db_name,generated_query\nWhich shops?,bakery,SELECT name FROM shops\n"
                 "Which shops?,bakery,SELECT name FROM shops\n")
    r = run_cli(["--model", "replay", "--predictions", str(p), "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q),
                 "--no-progress", "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(open(tmp_path / "r" / "results.csv")))
    assert [x["correct"] for x in rows] == ["1", "0"]


def test_dsn_uses_an_existing_server_and_touches_only_its_databases(server, tmp_path):
    from eval.db import pgconn
    admin = pgconn.connect(server.admin.for_db("postgres"))
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS userdata")
        cur.execute("CREATE DATABASE userdata")
        cur.execute("SELECT datname FROM pg_database")
        before = {r[0] for r in cur.fetchall()}
    dsn = f"postgresql+psycopg2://{server.admin.params['user']}@127.0.0.1:{server.port}/postgres"
    r = run_cli(["--dsn", dsn, *BASE, "-o", str(tmp_path / "r")])
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "r" / "summary.json").read_text())["perc_correct"] == 100.0
    with admin.cursor() as cur:
        cur.execute("SELECT datname FROM pg_database")
        after = {r[0] for r in cur.fetchall()}
        cur.execute("DROP DATABASE userdata")
    admin.close()
    assert "userdata" in after
    assert all(d.startswith("t2seval_") for d in after - before)


def test_two_runs_at_once_share_the_cache_folder(pg_root, tmp_path):
    """Two harnesses on one cache folder: each gets its own server slot; both finish correctly."""
    import os as _os
    env = dict(_os.environ)
    procs = [subprocess.Popen([sys.executable, str(REPO / "run_eval.py"), *BASE, "-q", "-o", str(tmp_path / f"r{i}")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
             for i in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    for i in range(2):
        s = json.loads((tmp_path / f"r{i}" / "summary.json").read_text())
        assert s["perc_correct"] == 100.0 and s["fixtures_intact"] is True


def test_skip_gold_errors_records_gold_error(tmp_path):
    q = tmp_path / "q.csv"
    q.write_text("question,query,db_name,query_category\nQ1,SELECT nope FROM shops,bakery,where\n"
                 "Q2,SELECT name FROM shops,bakery,where\n")
    r = run_cli(["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-progress", "--skip-gold-errors",
                 "-o", str(tmp_path / "o")])
    assert r.returncode == 0, r.stderr
    assert "recorded as gold_error" in r.stderr
    rows = list(csv.DictReader(open(tmp_path / "o" / "results.csv")))
    assert [(x["reason"], x["correct"]) for x in rows] == [("gold_error", "0"), ("match", "1")]


def test_missing_core_package_is_one_line_not_a_traceback():
    """A machine without `pip install -r requirements.txt`: exit 2 naming the package and the command."""
    import subprocess
    import sys

    from tests.helpers.harness import REPO

    code = ("import sys; sys.modules['sqlglot'] = None; sys.path.insert(0, %r); "
            "from eval.cli.main import main; sys.exit(main(['validate']))" % str(REPO))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "'sqlglot' is not installed" in r.stderr and "requirements.txt" in r.stderr
