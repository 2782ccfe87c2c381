"""--explore end to end: run_eval.py against the scripted tool-calling fake API server (both wire formats)
and the embedded PostgreSQL: verdicts, budgets, malformed calls, trajectories, kill -9 and --resume
mid-trajectory, --generate-only replayed with no model call, and the hostile corpus through run_sql."""
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

from tests.helpers.fake_api_server import FakeAPIServer, fenced
from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS
from tests.test_api_runners import clean_env  # noqa: F401 - autouse: no real keys or proxies

BOTH = pytest.mark.parametrize("kind", ["openai", "anthropic"])
UNITS = "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"
AVG = "SELECT category, AVG(price) FROM products GROUP BY category"
MODES = "SELECT mode, COUNT(*) FROM network.lines GROUP BY mode"
SCRIPTS = {
    # explores (two parallel calls), then answers right
    "units were sold in total per shop": [
        {"calls": [("run_sql", {"query": "SELECT * FROM shops"}), ("run_sql", {"query": "SELECT * FROM sales LIMIT 3"})]},
        {"calls": [("answer", {"sql": UNITS})]}],
    # a malformed call, then a final message with the query in a fence
    "average price per product category": [
        {"calls": [("run_sql", '{"query": "SELECT')]},
        {"text": fenced(AVG)}],
    # an endless loop: out of steps, the last query it ran is scored
    "lines of each mode": [{"calls": [("run_sql", {"query": MODES})], "repeat": True}],
    # answers at once, wrong
    "total boardings per line code": [{"calls": [("answer", {"sql": "SELECT code FROM network.lines"})]}],
}


@pytest.fixture
def srv():
    s = FakeAPIServer(tool_scripts=SCRIPTS).start()
    yield s
    s.stop()


def cmd(kind: str, srv: FakeAPIServer, out: Path, *extra: str, category: str = "group_by") -> list[str]:
    url = srv.openai_base_url if kind == "openai" else srv.url
    model = "gpt-4o" if kind == "openai" else "claude-haiku-4-5"
    base = [sys.executable, str(REPO / "run_eval.py"), "--model", kind, "--api-model", model, "--base-url", url,
            "--explore", "--max-steps", "3", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS),
            "--category", category, "--no-progress", "-q", "--workers", "1", "--concurrency", "1", *extra]
    return base + ([] if "--resume" in extra else ["-o", str(out)])


def run(args, timeout=300):
    return subprocess.run(args, capture_output=True, text=True, cwd=REPO, timeout=timeout, env=dict(os.environ))


def records(out: Path) -> dict[str, dict]:
    return {r["question"]: r for r in (json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").split("\n") if x.strip())}


def trajectories(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "trajectories.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]


@BOTH
def test_explore_run_end_to_end(kind, srv, pg_root, tmp_path):
    out = tmp_path / "run"
    r = run(cmd(kind, srv, out))
    assert r.returncode == 0, r.stderr[-2000:]
    recs = records(out)
    units = recs["How many units were sold in total per shop? Give the shop name and the units."]
    assert (units["correct"], units["explore_stop"], units["explore_steps"], units["explore_tool_calls"]) == (1, "answer", 2, 2)
    avg = recs["What is the average price per product category?"]
    assert (avg["correct"], avg["explore_stop"], avg["explore_tool_calls"]) == (1, "final_message", 0)
    modes = recs["How many lines of each mode are there?"]
    assert (modes["correct"], modes["explore_stop"], modes["explore_steps"], modes["generated_query"]) == \
        (1, "max_steps", 3, MODES)
    wrong = recs["What were the total boardings per line code?"]
    assert (wrong["correct"], wrong["explore_stop"]) == (0, "answer")
    assert all(x["trajectory"] == f"trajectories.jsonl#{x['question_id']}" for x in recs.values())
    assert all(x["tokens_in"] > 0 and x["cost_in_cents"] > 0 for x in recs.values())
    # tokens and cost of a record are the sums over its trajectory's turns
    lines = trajectories(out)
    for x in recs.values():
        turns = [t for t in lines if t["question_id"] == x["question_id"] and t["type"] == "turn"]
        assert x["tokens_in"] == sum(t["tokens_in"] for t in turns) and len(turns) == x["explore_steps"]
        assert x["cost_in_cents"] == pytest.approx(sum(t["cost_cents"] for t in turns))
    # exploratory queries ran on instance 0 only: the tool lines hold every one of them
    ran = [t for t in lines if t["type"] == "tool" and "exec_s" in t]
    assert len(ran) == 2 + 3 and all(t["ok"] for t in ran)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["label"] == ("gpt-4o" if kind == "openai" else "claude-haiku-4-5") + " explore"
    assert summary["model_info"]["explore"]["max_steps"] == 3 and summary["fixtures_intact"] is True
    assert summary["explore"] == {"turns": 2 + 2 + 3 + 1, "queries": 5,
                                  "stops": {"answer": 2, "final_message": 1, "max_steps": 1}}


def test_fitting_instance_0_through_the_tool_does_not_pass(srv, pg_root, tmp_path):
    """The bundled fixtures have 4 instances with different data: a model that reads the answer off
    instance 0 and hard-codes it is right on instance 0 only."""
    qfile = tmp_path / "q.jsonl"
    qfile.write_text(json.dumps({"id": "ct-1", "db": "clinical_trials", "category": "where",
                                 "question": "How many participants are there?", "gold": ["SELECT COUNT(*) FROM participants"]}) + "\n"
                     + json.dumps({"id": "ct-2", "db": "clinical_trials", "category": "where",
                                   "question": "Count the participants, please.", "gold": ["SELECT COUNT(*) FROM participants"]}) + "\n")
    srv.set(tool_scripts={"how many participants": [{"calls": [("run_sql", {"query": "SELECT COUNT(*) FROM participants"})]}],
                          "count the participants": [{"calls": [("run_sql", {"query": "SELECT COUNT(*) FROM participants"})]},
                                              {"calls": [("answer", {"sql": "SELECT COUNT(*) FROM participants"})]}]})
    out = tmp_path / "run"
    args = cmd("openai", srv, out)
    args[args.index("--schemas") + 1] = str(REPO / "schemas")
    args[args.index("--questions") + 1] = str(qfile)
    args[args.index("--category") + 1] = "where"
    r = run(args)
    assert r.returncode == 0, r.stderr[-2000:]
    lines = trajectories(out)
    n0 = next(t for t in lines if t["type"] == "tool" and t["question_id"] == "ct-1")["shown"].splitlines()[1]
    # the first question "answers" with the number it saw on instance 0
    srv.set(tool_scripts={"how many participants": [{"calls": [("answer", {"sql": f"SELECT {n0}"})]}],
                          "count the participants": [{"calls": [("answer", {"sql": "SELECT COUNT(*) FROM participants"})]}]})
    out2 = tmp_path / "run2"
    args2 = [a if a != str(out) else str(out2) for a in args]
    r = run(args2)
    assert r.returncode == 0, r.stderr[-2000:]
    recs = {x["question_id"]: x for x in records(out2).values()}
    assert (recs["ct-1"]["correct_single"], recs["ct-1"]["correct"], recs["ct-1"]["reason"]) == (1, 0, "instance_mismatch")
    assert (recs["ct-2"]["correct"], recs["ct-2"]["instances"]) == (1, 4)


def test_explore_needs_an_api_runner(pg_root, tmp_path):
    r = run([sys.executable, str(REPO / "run_eval.py"), "--model", "gold", "--explore", "--schemas", str(SQLEVAL_SCHEMAS),
             "--questions", str(SQLEVAL_QUESTIONS), "-o", str(tmp_path / "x"), "--no-progress"])
    assert r.returncode == 2 and "--explore" in r.stderr


def test_generate_only_then_resume_replays_without_model_calls(srv, pg_root, tmp_path):
    gen = tmp_path / "gen"
    r = run(cmd("openai", srv, gen, "--generate-only"))
    assert r.returncode == 0, r.stderr[-2000:]
    preds = [json.loads(x) for x in (gen / "predictions.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    assert len(preds) == 4 and all("explore_stop" in p for p in preds)
    asked = len(srv.requests)
    r = run(cmd("openai", srv, gen, "--resume", str(gen)))
    assert r.returncode == 0, r.stderr[-2000:]
    assert len(srv.requests) == asked  # every answer came from the recorded trajectories
    ref = tmp_path / "ref"
    assert run(cmd("openai", srv, ref)).returncode == 0
    strip = ("latency_seconds", "exec_seconds")
    a = {k: {f: v for f, v in x.items() if f not in strip} for k, x in records(gen).items()}
    b = {k: {f: v for f, v in x.items() if f not in strip} for k, x in records(ref).items()}
    assert a == b


# --------------------------------------------------------------------------- kill -9 and --resume


def _count(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


SLOW = {needle: [dict(t, delay_s=0.15) for t in turns] for needle, turns in SCRIPTS.items()}


@pytest.mark.parametrize("kind, kill_after", [("openai", 1), ("openai", 9), ("anthropic", 4)])
def test_kill_mid_trajectory_and_resume(kind, srv, pg_root, tmp_path, kill_after):
    srv.set(tool_scripts=SLOW)
    ref = tmp_path / "ref"
    assert run(cmd(kind, srv, ref)).returncode == 0
    ref_requests = len(srv.requests)
    srv.reset_records()
    out = tmp_path / "run"
    p = subprocess.Popen(cmd(kind, srv, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
    deadline = time.monotonic() + 120
    while p.poll() is None and time.monotonic() < deadline and _count(out / "trajectories.jsonl") < kill_after:
        time.sleep(0.002)
    killed = p.poll() is None
    if killed:
        p.send_signal(signal.SIGKILL)
    p.wait()
    assert killed, "the run ended before the kill point"
    before = trajectories(out)
    r = run(cmd(kind, srv, out, "--resume", str(out)))
    assert r.returncode == 0, r.stderr[-2000:]
    got, want = trajectories(out), trajectories(ref)
    assert got[:len(before)] == before  # nothing recorded was rewritten

    def steps(lines):  # per question, every step once, without the timings
        return sorted(json.dumps({k: v for k, v in x.items() if k not in ("latency_s", "exec_s")}, sort_keys=True)
                      for x in lines)

    assert steps(got) == steps(want)  # no step lost, none repeated
    # a turn in flight at the kill is the only one asked twice
    assert ref_requests <= len(srv.requests) <= ref_requests + 1
    ignore = ("latency_seconds", "exec_seconds")
    rows = lambda d: sorted(({k: v for k, v in x.items() if k not in ignore}  # noqa: E731
                             for x in csv.DictReader(open(d / "results.csv"))), key=lambda x: x["question_id"])
    assert rows(out) == rows(ref)


# --------------------------------------------------------------------------- hostile queries through run_sql


@BOTH
def test_hostile_corpus_through_the_tool_is_contained(kind, pg_root, tmp_path):
    """bench/hostile_explore.py on 3 entries of every class of the hostile corpus: the run exits 0
    (fixtures intact), every query went through the sandbox within timeout + 1 s, the session probe
    reads the same before and after, both questions' verdicts are right, no file was created."""
    from bench import hostile_explore, hostile_replay  # noqa: PLC0415

    entries = hostile_explore.pick(hostile_replay.load_corpus(hostile_replay.DEFAULT_CORPUS), per_class=3)
    assert len({e["class"] for e in entries}) >= 20
    fig = hostile_explore.replay(entries, api=kind, out=tmp_path / "run", timeout_s=1.0)
    assert fig["failures"] == []
    assert fig["queries_run"] == len(entries) + 3 and fig["outcomes"].get("ok", 0) >= 3
    assert fig["probe"].splitlines()[1].startswith("1s\t")  # the pinned --timeout, seen through the tool


# --------------------------------------------------------------------------- the report


def test_report_pairs_explore_with_zero_shot(srv, pg_root, tmp_path):
    srv.set(answers={"average price per product category": fenced(AVG)})  # zero-shot: this one right, the rest SELECT 1
    ex, zs = tmp_path / "explore", tmp_path / "zero"
    assert run(cmd("openai", srv, ex)).returncode == 0
    zero_cmd = [a for a in cmd("openai", srv, zs) if a not in ("--explore",)]
    zero_cmd[zero_cmd.index("--max-steps"):zero_cmd.index("--max-steps") + 2] = []
    r = run(zero_cmd + ["--no-cache"])
    assert r.returncode == 0, r.stderr[-2000:]
    rep = tmp_path / "report"
    r = run([sys.executable, str(REPO / "run_eval.py"), "report", str(zs), str(ex), "--out", str(rep)])
    assert r.returncode == 0, r.stderr[-2000:]
    md = (rep / "report.md").read_text()
    assert "## Does exploring help? gpt-4o vs gpt-4o explore" in md
    overall = next(line for line in md.splitlines() if line.startswith("| overall |"))
    cells = [c.strip() for c in overall.strip("|").split("|")]
    assert cells[:7] == ["overall", "4", "25.0", "75.0", "+50.0", "0", "2"]  # b=0, c=2
    assert "## Exploring: turns and cost" in md
    part = md.split("## Exploring: turns and cost", 1)[1].split("\n## ", 1)[0]
    cost = {line.split("|")[1].strip(): [c.strip() for c in line.strip("|").split("|")]
            for line in part.splitlines() if line.startswith("| gpt-4o")}
    assert cost["gpt-4o explore"][3] == "2.00"  # (2 + 2 + 3 + 1) turns / 4 questions
    assert "answer" in cost["gpt-4o explore"][-1] and "max_steps" in cost["gpt-4o explore"][-1]
    html = (rep / "report.html").read_text()
    assert "<h4>Trajectory</h4>" in html and "stop: <code>max_steps</code>" in html
