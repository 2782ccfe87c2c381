"""The hostile corpus (tests/data/hostile_corpus.jsonl, written by bench/make_hostile_corpus.py)
replayed through the whole harness by bench/hostile_replay.py with ``--timeout 1``: exit 0, every
hostile entry an error or incorrect verdict, every honest entry (interleaved) correct, no query
longer than timeout + 1 s, harness peak RSS within 1.5 GiB, and no setting, role attribute, fixture
table or file changed afterwards.  No timing figure is asserted except the timeout + 1 s bound per
query, which is a correctness property of the sandbox.

Entries marked ``known_bug`` fail because of a harness bug; they are held here as strict xfails
(minimal reproductions) so that a fix shows up, and left out of the full replay.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.harness import REPO, SQLEVAL_SCHEMAS, csv_ids, run_cli

from bench import hostile_replay, make_hostile_corpus

CORPUS = REPO / "tests" / "data" / "hostile_corpus.jsonl"
TIMEOUT_S = 1.0
REQUIRED_CLASSES = {
    "smuggle_operator_comment", "smuggle_unicode_dollar", "smuggle_dollar_quote", "smuggle_nested_comment",
    "smuggle_string_escape", "multi_statement", "ddl_dml", "session_settings", "cursor_prepare", "listen_notify",
    "advisory_lock", "setseed", "temp_table", "files_programs", "sleep_cpu", "huge_result", "memory_bomb",
    "crash_value", "huge_text", "catalog_snoop", "nul_byte", "invalid_utf8", "honest",
}


def _entries() -> list[dict]:
    return hostile_replay.load_corpus(CORPUS)


def test_corpus_file_is_what_the_generator_writes(tmp_path):
    out = tmp_path / "c.jsonl"
    assert make_hostile_corpus.main(["-o", str(out)]) == 0
    assert out.read_bytes() == CORPUS.read_bytes(), "run python bench/make_hostile_corpus.py"


def test_corpus_shape():
    es = _entries()
    classes = Counter(e["class"] for e in es)
    assert len(es) >= 180 and sum(n for c, n in classes.items() if c != "honest") >= 150
    assert REQUIRED_CLASSES <= set(classes), REQUIRED_CLASSES - set(classes)
    # an honest entry after every ~10 hostile ones
    run = 0
    for e in es:
        run = 0 if e["class"] == "honest" else run + 1
        assert run <= 12
    assert es[-1]["class"] == "honest"
    texts = [e["sql"] for e in es if e["class"] != "honest"]
    assert len(set(texts)) == len(texts)
    assert any(len(t) > 100_000 for t in texts)
    assert any("\x00" in t for t in texts)
    for mark in ("#--", "|/*", "||/*", "\u00a0$t$", "E'\\", "/* /*", "WITH HOLD", "PREPARE", "LISTEN", "setseed",
                 "pg_read_file", "lo_import", "pg_ls_dir", "dblink", "pg_sleep", "RECURSIVE", "repeat(", "array_agg",
                 "string_agg", " BC'", "\\ud800", "NaN", "pg_authid", "pg_shadow", "pg_stat_activity", "set_config",
                 "TEMP", "COPY", "PROGRAM", "SET statement_timeout", "ALTER ROLE", "standard_conforming_strings"):
        assert any(mark in t for t in texts), mark


@pytest.fixture(scope="module")
def replay_root():
    root = Path(f"/tmp/t2seval-hc-tests-{os.getpid()}")
    root.mkdir(mode=0o755, exist_ok=True)
    os.chmod(root, 0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def figures(replay_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile") / "figures.json"
    r = subprocess.run([sys.executable, str(REPO / "bench" / "hostile_replay.py"), "--corpus", str(CORPUS),
                        "--timeout", str(TIMEOUT_S), "--skip-known-bugs", "--cache-root", str(replay_root),
                        "--json", str(out)], capture_output=True, text=True, timeout=600, cwd=REPO,
                       env=dict(os.environ, EVAL_CACHE_ROOT=str(replay_root)))
    assert out.exists(), r.stdout[-3000:] + r.stderr[-3000:]
    fig = json.loads(out.read_text())
    fig["_rc"], fig["_out"] = r.returncode, r.stdout[-3000:] + r.stderr[-3000:]
    return fig


def test_replay_exits_0_with_a_record_per_entry(figures):
    assert figures["exit_code"] == 0, figures["failures"]
    n = len([e for e in _entries() if not e.get("known_bug")])
    assert figures["entries"] == n and len(figures["verdicts"]) == n


def test_every_hostile_entry_is_an_error_or_incorrect(figures):
    bad = [v for v in figures["verdicts"] if v["class"] != "honest" and v["correct"] != 0]
    assert not bad and figures["hostile_correct"] == 0


def test_every_honest_entry_after_attacks_is_correct(figures):
    bad = [v for v in figures["verdicts"] if v["class"] == "honest" and v["correct"] != 1]
    assert not bad and figures["honest_correct"] == figures["honest"] > 0


def test_no_query_outlives_timeout_plus_one_second(figures):
    slow = [v for v in figures["verdicts"] if float(v["exec_seconds"] or 0) > TIMEOUT_S + 1.0]
    assert not slow
    assert any(v["reason"] == "timeout" for v in figures["verdicts"])  # the sleeps did reach the timeout


def test_harness_memory_and_state(figures):
    assert figures["harness_peak_rss_mib"] <= 1536
    assert figures["state_unchanged"] is True and figures["fixtures_intact"] is True
    assert figures["files_created"] == []
    assert figures["ok"] is True and figures["_rc"] == 0, figures["failures"] or figures["_out"]


def test_state_check_sees_a_change(figures, replay_root):
    """The checks above would notice what a smuggled statement leaves behind."""
    from eval.db import pgconn, pgserver, reader_role  # noqa: PLC0415

    base = hostile_replay._state(replay_root)
    saved = reader_role.ensure_reader_role
    reader_role.ensure_reader_role = lambda *a, **k: None
    try:
        server = pgserver.EmbeddedServer(replay_root, log=lambda m: None)
    finally:
        reader_role.ensure_reader_role = saved
    try:
        c = pgconn.connect(server.admin.for_db("postgres"))
        c.autocommit = True
        c.execute(f"ALTER ROLE {reader_role.READER_ROLE} SET application_name = 'pwned'")
        c.close()
        db = next(d for d in base["databases"] if d.startswith("t2seval_bakery"))
        c = pgconn.connect(server.admin.for_db(db))
        c.autocommit = True
        c.execute("UPDATE products SET price = price + 1 WHERE product_id = 10")
        c.close()
    finally:
        server.stop()
    changed = hostile_replay._state(replay_root)
    assert changed["settings"] != base["settings"]
    assert changed["databases"][db]["checksums"] != base["databases"][db]["checksums"]
    # undo: the next start resets the role; the price goes back
    server = pgserver.EmbeddedServer(replay_root, log=lambda m: None)
    try:
        c = pgconn.connect(server.admin.for_db(db))
        c.autocommit = True
        c.execute("UPDATE products SET price = price - 1 WHERE product_id = 10")
        c.close()
    finally:
        server.stop()
    assert hostile_replay._state(replay_root)["databases"] == base["databases"]


# ---- known bugs: minimal reproductions ------------------------------------------------------
@pytest.mark.parametrize("sql", [e["sql"] for e in make_hostile_corpus.corpus()
                                 if e["class"] == "invalid_utf8" and any(0xD800 <= ord(c) <= 0xDFFF for c in e["sql"])])
def test_lone_surrogate_in_prediction_text(tmp_path, replay_root, sql):
    """Was a crash (results.RecordWriter: UnicodeEncodeError): now one verdict, the run ends with exit 0."""
    qpath = tmp_path / "q.csv"
    with qpath.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        w.writerow(["How many sales are there?", "SELECT COUNT(*) FROM sales", "bakery", "where"])
    ppath = tmp_path / "p.jsonl"
    ppath.write_text(json.dumps({"question_id": csv_ids(qpath)[0], "generated_query": sql}) + "\n", encoding="ascii")
    r = run_cli(["--model", "replay", "--predictions", str(ppath), "--schemas", str(SQLEVAL_SCHEMAS),
                 "--questions", str(qpath), "--timeout", "1", "--no-progress", "-o", str(tmp_path / "run")],
                env={"EVAL_CACHE_ROOT": str(replay_root)})
    assert r.returncode == 0, r.stderr[-1500:]
    assert json.loads((tmp_path / "run" / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])["correct"] == 0
    assert run_cli(["report", str(tmp_path / "run")]).returncode == 0


def test_token_dense_texts_near_the_size_limit_stay_within_the_timeout(replay_root):
    """Was load-dependent: sqlglot's tokenizer ran over up to 100,000 characters before the server's
    timeout applied; texts over executor.CLIENT_SCAN_CHARS now go to the server unscanned."""
    import threading  # noqa: PLC0415

    from eval.db import executor as executor_mod  # noqa: PLC0415
    from eval.db import fixtures  # noqa: PLC0415
    from eval.db.pgserver import EmbeddedServer  # noqa: PLC0415

    texts = [e["sql"] for e in make_hostile_corpus.corpus() if e["class"] == "huge_text" and len(e["sql"]) < 100_000]
    texts = [t + " " * k for k in range(2) for t in texts if len(t) > 95_000][:4]  # distinct texts: no memo
    server = EmbeddedServer(replay_root, log=lambda m: None)
    fx = fixtures.discover(SQLEVAL_SCHEMAS)["bakery"]
    fixtures.ensure_loaded(server, fx)
    ex = executor_mod.Executor(server, timeout_s=TIMEOUT_S)
    db = fx.instance_dbs[0]
    elapsed = []

    def one(sql):
        elapsed.append(ex.execute(db, sql).elapsed_s)

    try:
        ts = [threading.Thread(target=one, args=(t,)) for t in texts]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    finally:
        ex.close()
        server.stop()
    assert len(elapsed) == len(texts) and max(elapsed) <= TIMEOUT_S + 1.0, [round(x, 2) for x in elapsed]


@pytest.mark.xfail(strict=False, reason="bug (load-dependent): client-side receiving of a large FETCH chunk is outside "
                                        "--timeout; on an oversubscribed machine such queries take more than timeout + 1 s")
def test_known_bug_large_results_on_a_loaded_machine(replay_root, tmp_path):
    """The entries left out of the full replay for this reason, replayed alone: every check but
    the time bound is expected to hold (an XPASS on an idle machine)."""
    es = [e for e in make_hostile_corpus.corpus() if e.get("known_bug") == make_hostile_corpus.FETCH_BUG]
    es.append(next(e for e in make_hostile_corpus.corpus() if e["class"] == "honest"))
    corpus = tmp_path / "fetch.jsonl"
    corpus.write_text("".join(json.dumps({k: v for k, v in e.items() if k != "known_bug"}) + "\n" for e in es))
    work = tmp_path / "work"
    work.mkdir()
    fig = hostile_replay.replay(corpus, timeout_s=TIMEOUT_S, workers=2, root=replay_root, work=work,
                                max_rss_mib=1536, log=lambda m: None)
    assert fig["exit_code"] == 0 and fig["hostile_correct"] == 0 and fig["honest_correct"] == 1
    assert fig["state_unchanged"] and not fig["files_created"]
    assert fig["ok"], fig["failures"]
