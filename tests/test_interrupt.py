"""Issue #16, Ctrl-C: SIGINT to the harness's process group (what a terminal sends) while it loads
fixtures, generates or scores ends with one line on stderr and exit 130, no traceback, and the
next run (fresh or --resume) trusts nothing half-built: it ends with the uninterrupted results."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]


def _start(argv, env=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.Popen([sys.executable, str(REPO / "run_eval.py"), *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=e, start_new_session=True)


def _interrupt(p, when, timeout=60.0):
    """Wait until ``when()`` (or the process ends), then SIGINT its whole process group."""
    deadline = time.monotonic() + timeout
    while p.poll() is None and not when() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert p.poll() is None, "the run ended before it could be interrupted"
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    return p.returncode, out, err


def _assert_one_line_130(rc, err):
    assert rc == 130, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    lines = [x for x in err.strip().splitlines() if not x.startswith("loading ")]
    assert len(lines) == 1 and lines[0].startswith("interrupted"), err


def _slow_predictions(path: Path, sleep_s: float = 1.0) -> None:
    from eval.data import dataset

    with open(path, "w") as f:
        for i, q in enumerate(dataset.load_questions(SQLEVAL_QUESTIONS)):
            sql = f"SELECT pg_sleep({sleep_s}), 1" if i % 3 == 0 else q.gold[0]
            f.write(json.dumps({"question_id": q.id, "generated_query": sql}) + "\n")


def test_sigint_while_scoring_then_resume(pg_root, tmp_path):
    preds = tmp_path / "p.jsonl"
    _slow_predictions(preds)
    out = tmp_path / "run"
    argv = ["--model", "replay", "--predictions", str(preds), *BASE, "--workers", "1", "-o", str(out)]
    p = _start(argv)
    rc, _, err = _interrupt(p, lambda: (out / "results.jsonl").exists() and (out / "results.jsonl").stat().st_size > 0)
    _assert_one_line_130(rc, err)
    assert f"--resume {out}" in err
    assert not (out / "summary.json").exists() and not (out / "results.csv").exists()
    done = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert 0 < len(done) < 21
    r = subprocess.run([sys.executable, str(REPO / "run_eval.py"), *argv[:-2], "--resume", str(out), "-q"],
                       capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert len(recs) == len({x["question_id"] for x in recs}) == 21
    s = json.loads((out / "summary.json").read_text())
    assert s["n_questions"] == 21 and s["n_correct"] == 14  # every third prediction is a pg_sleep: wrong


def test_sigint_while_generating(pg_root, tmp_path):
    pytest.importorskip("openai")
    from tests.helpers.fake_api_server import FakeAPIServer

    with FakeAPIServer(script=["hang"] * 100, hang_s=20) as api:
        out = tmp_path / "run"
        p = _start(["--model", "openai", "--api-model", "gpt-4o", "--base-url", api.openai_base_url, "--no-cache",
                    *BASE, "-o", str(out)], env={"OPENAI_API_KEY": "sk-test-interrupt-0000"})
        t0 = time.monotonic()
        rc, _, err = _interrupt(p, lambda: len(api.requests) > 0)
        assert time.monotonic() - t0 < 60
    _assert_one_line_130(rc, err)
    assert not (out / "summary.json").exists()


def test_sigint_while_loading_fixtures_then_a_fresh_run(tmp_path):
    root = Path(f"/tmp/t2seval-sigint-{os.getpid()}")
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    env = {"EVAL_CACHE_ROOT": str(root)}
    try:
        log = tmp_path / "stderr.txt"
        with open(log, "w") as f:
            p = subprocess.Popen([sys.executable, str(REPO / "run_eval.py"), "--db", "freight", "--no-progress",
                                  "-o", str(tmp_path / "a")], stdout=subprocess.DEVNULL, stderr=f, cwd=REPO,
                                 env=dict(os.environ, **env), start_new_session=True)
            _interrupt(p, lambda: "loading " in log.read_text())  # the fixture databases are being built
        _assert_one_line_130(p.returncode, log.read_text())
        assert "loading 4 fixture database(s) of freight" in log.read_text()
        assert not (tmp_path / "a").exists()
        r = subprocess.run([sys.executable, str(REPO / "run_eval.py"), "--db", "freight", "--no-progress", "-q",
                            "-o", str(tmp_path / "b")], capture_output=True, text=True, cwd=REPO, timeout=600,
                           env=dict(os.environ, **env))
        assert r.returncode == 0, r.stderr
        s = json.loads((tmp_path / "b" / "summary.json").read_text())
        assert s["perc_correct"] == 100.0 and s["fixtures_intact"] is True
    finally:
        subprocess.run([sys.executable, str(REPO / "run_eval.py"), "cleanup", "--pg-data", str(root)],
                       capture_output=True, timeout=120, env=dict(os.environ, **env))
        shutil.rmtree(root, ignore_errors=True)
