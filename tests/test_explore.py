"""--explore: the exploring loop (runners/_explore.py) with the real SDKs over real HTTP to the scripted
tool-calling mode of tests/helpers/fake_api_server.py, both wire formats.

The first part runs the runners against an in-memory executor (tests/helpers/fake_executor.py): the
loop, budgets, malformed and parallel calls, trajectories and their replay, in milliseconds.  The
end-to-end part (run_eval.py, embedded PostgreSQL) is tests/test_explore_e2e.py.
"""
from __future__ import annotations

import json

import pytest

from eval.cli.parser import build_parser
from eval.errors import UsageError
from eval.types import ExecOutcome, ResultSet
from runners import _explore, runner_class
from tests.helpers.fake_api_server import FakeAPIServer, fenced
from tests.helpers.fake_executor import FakeExecutor
from tests.test_api_runners import clean_env, request  # noqa: F401 - the autouse fixture: no real keys or proxies

BOTH = pytest.mark.parametrize("kind", ["openai", "anthropic"])
Q = "how many users"
COUNT = "SELECT COUNT(*) FROM users"
EXECUTOR_TABLE = {
    "SELECT * FROM users": ResultSet(["id", "name"], [(i, f"user{i}") for i in range(1, 51)]),
    COUNT: ResultSet(["count"], [(50,)]),
    "SELECT pg_sleep(100)": ExecOutcome(None, "timeout", "statement timeout after 10 s"),
}


@pytest.fixture
def srv():
    s = FakeAPIServer().start()
    yield s
    s.stop()


def make(kind: str, srv: FakeAPIServer, tmp_path, *extra: str, table=None):
    url = srv.openai_base_url if kind == "openai" else srv.url
    model = "gpt-4o" if kind == "openai" else "claude-haiku-4-5"
    args = build_parser().parse_args(["--model", kind, "--api-model", model, "--base-url", url, "--explore", *extra])
    runner = runner_class(kind)(args)
    ex = FakeExecutor(EXECUTOR_TABLE if table is None else table)
    runner.attach_sandbox(ex, {"shop": "shop_0"}, tmp_path)
    return runner, ex


def one(runner, question: str = f"{Q}?"):
    try:
        gens = list(runner.generate([request(question)]))
    finally:
        runner.close()
    assert len(gens) == 1
    return gens[0]


def lines(tmp_path) -> list[dict]:
    return [json.loads(x) for x in (tmp_path / _explore.TRAJECTORY_FILE).read_text(encoding="utf-8").split("\n") if x.strip()]


def tool_results_sent(kind: str, body: dict) -> list[tuple[str, str]]:
    """(call id, content) of every tool result in a request body, in either wire format."""
    out = []
    for m in body["messages"]:
        if kind == "openai" and m.get("role") == "tool":
            out.append((m["tool_call_id"], m["content"]))
        elif kind == "anthropic" and isinstance(m.get("content"), list):
            out.extend((b["tool_use_id"], b["content"]) for b in m["content"] if b.get("type") == "tool_result")
    return out


# --------------------------------------------------------------------------- the loop


@BOTH
def test_explores_then_answers(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": "SELECT * FROM users"})]},
                              {"text": "Counting now.", "calls": [("answer", {"sql": COUNT + ";"})]}]})
    runner, ex = make(kind, srv, tmp_path, "--max-rows", "3")
    gen = one(runner)
    assert gen.sql == COUNT and gen.error == ""
    assert gen.explore == {"steps": 2, "tool_calls": 1, "stop": "answer", "replayed": False,
                           "trajectory": "trajectories.jsonl"}
    assert ex.calls == [("shop_0", "SELECT * FROM users")]  # instance 0 only
    reqs = srv.requests
    assert len(reqs) == 2
    # the tools in the provider's own shape
    tools = reqs[0].body["tools"]
    if kind == "openai":
        assert [t["type"] for t in tools] == ["function", "function"]
        assert [t["function"]["name"] for t in tools] == ["run_sql", "answer"]
    else:
        assert [t["name"] for t in tools] == ["run_sql", "answer"] and "input_schema" in tools[0]
    # the second request carries the truncated result of the first call
    sent = tool_results_sent(kind, reqs[1].body)
    assert len(sent) == 1
    shown = sent[0][1]
    assert shown.splitlines()[:4] == ["id\tname", "1\tuser1", "2\tuser2", "3\tuser3"]
    assert "user4" not in shown and "50 rows in all" in shown
    # tokens and cost are summed over the turns; every step is in the trajectory file
    assert gen.tokens_in == sum(r.body and len(r.prompt.split()) for r in reqs)
    assert gen.tokens_out > 0 and gen.cost_cents > 0
    got = lines(tmp_path)
    assert [x["type"] for x in got] == ["turn", "tool", "turn", "tool", "final"]
    assert got[1]["query"] == "SELECT * FROM users" and got[1]["rows"] == 50 and got[1]["truncated"] is True
    assert got[-1]["stop"] == "answer" and got[-1]["sql"] == COUNT


@BOTH
def test_final_message_without_tool_call_is_extracted(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT})]}, {"text": fenced(COUNT)}]})
    runner, _ = make(kind, srv, tmp_path)
    gen = one(runner)
    assert gen.sql == COUNT and gen.explore["stop"] == "final_message" and gen.explore["steps"] == 2


@BOTH
def test_endless_loop_hits_the_step_budget_and_scores_the_last_query(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": "SELECT * FROM users"})]},
                              {"calls": [("run_sql", {"query": COUNT})], "repeat": True}]})
    runner, ex = make(kind, srv, tmp_path, "--max-steps", "4")
    gen = one(runner)
    assert gen.explore["stop"] == "max_steps" and gen.explore["steps"] == 4
    assert len(srv.requests) == 4 and len(ex.calls) == 4
    assert gen.sql == COUNT and gen.error == ""  # the last proposed query is scored
    assert lines(tmp_path)[-1]["stop"] == "max_steps"


@BOTH
def test_token_budget(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT})], "repeat": True}]})
    runner, _ = make(kind, srv, tmp_path, "--explore-tokens", "60")
    gen = one(runner)
    assert gen.explore["stop"] == "tokens" and 1 <= gen.explore["steps"] < 10
    assert gen.tokens_in + gen.tokens_out >= 60 and gen.sql == COUNT


def test_wall_time_budget(srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT})], "delay_s": 0.25, "repeat": True}]})
    runner, _ = make("openai", srv, tmp_path, "--explore-wall-s", "0.4")
    gen = one(runner)
    assert gen.explore["stop"] == "wall_time" and gen.explore["steps"] == 2 and gen.sql == COUNT


def test_concurrent_trajectories_interleave_in_one_file(srv, tmp_path):
    srv.set(tool_scripts={f"question {i}": [{"calls": [("run_sql", {"query": COUNT})], "delay_s": 0.05},
                                            {"calls": [("answer", {"sql": f"SELECT {i}"})]}] for i in range(6)})
    runner, ex = make("openai", srv, tmp_path, "--concurrency", "3")
    try:
        gens = {g.question_id: g for g in runner.generate([request(f"question {i}", qid=f"q{i}") for i in range(6)])}
    finally:
        runner.close()
    assert {q: g.sql for q, g in gens.items()} == {f"q{i}": f"SELECT {i}" for i in range(6)}
    assert srv.max_in_flight >= 2 and len(ex.calls) == 6
    got = lines(tmp_path)
    for i in range(6):
        mine = [x["type"] for x in got if x["question_id"] == f"q{i}"]
        assert mine == ["turn", "tool", "turn", "tool", "final"]


@BOTH
def test_malformed_calls_are_shown_as_errors_and_the_loop_goes_on(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [
        {"calls": [("run_sql", '{"query": "SELECT'), ("run_sql", {"sql": COUNT}), ("drop_table", {"query": "x"})]},
        {"calls": [("answer", {"sql": COUNT})]}]})
    runner, ex = make(kind, srv, tmp_path)
    gen = one(runner)
    assert gen.sql == COUNT and gen.explore["stop"] == "answer" and ex.calls == []
    shown = [c for _, c in tool_results_sent(kind, srv.requests[1].body)]
    assert len(shown) == 3 and all(s.startswith("malformed call:") for s in shown)
    assert "unknown tool" in shown[2]
    assert [x.get("error_kind") for x in lines(tmp_path) if x["type"] == "tool"][:3] == ["malformed"] * 3


@BOTH
def test_parallel_calls_each_get_their_result(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT}), ("run_sql", {"query": "SELECT pg_sleep(100)"}),
                                         ("run_sql", {"query": "SELECT nope"})]},
                              {"calls": [("answer", {"sql": COUNT})]}]})
    runner, ex = make(kind, srv, tmp_path)
    gen = one(runner)
    assert gen.sql == COUNT and len(ex.calls) == 3 and gen.explore["tool_calls"] == 3
    sent = tool_results_sent(kind, srv.requests[1].body)
    ids = [c["id"] for c in lines(tmp_path)[0]["tool_calls"]]
    assert [i for i, _ in sent] == ids  # one result per call id, in order
    assert sent[0][1].startswith("count\n50") and sent[1][1].startswith("ERROR (timeout)")
    assert sent[2][1].startswith("ERROR (error)")


@BOTH
def test_lone_surrogates_in_queries_and_results_do_not_break_the_conversation(kind, srv, tmp_path):
    """A hostile value (or query) with a lone surrogate cannot be sent as UTF-8: it is shown as U+FFFD."""
    bad = "SELECT '\ud800' AS x"
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": bad})]}, {"calls": [("answer", {"sql": COUNT})]}]})
    runner, ex = make(kind, srv, tmp_path, table={**EXECUTOR_TABLE, bad: ResultSet(["x"], [("a\ud800b",)])})
    gen = one(runner)
    assert gen.sql == COUNT and gen.error == "" and ex.calls == [("shop_0", bad)]
    assert tool_results_sent(kind, srv.requests[1].body)[0][1].startswith("x\na\ufffdb")


@BOTH
def test_answer_that_is_no_sql_is_a_generation_error(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("answer", {"sql": "no idea, sorry about that"})]}]})
    runner, _ = make(kind, srv, tmp_path)
    gen = one(runner)
    assert gen.sql is None and gen.error.startswith("NoSQL") and gen.explore["stop"] == "answer"


def test_api_failure_is_the_questions_error_and_resumable(srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT})]}, {"calls": [("answer", {"sql": COUNT})]}]},
            script=[None, "500", "500"])
    runner, _ = make("openai", srv, tmp_path, "--max-retries", "1")
    gen = one(runner)
    assert gen.sql is None and "InternalServerError" in gen.error and gen.explore["stop"] == "api_error"
    assert [x["type"] for x in lines(tmp_path)] == ["turn", "tool"]  # no final line: a resume continues
    srv.reset_records()
    runner, ex = make("openai", srv, tmp_path)
    gen = one(runner)
    assert gen.sql == COUNT and gen.explore["steps"] == 2 and ex.calls == []
    assert len(srv.requests) == 1
    assert [x["type"] for x in lines(tmp_path)] == ["turn", "tool", "turn", "tool", "final"]


# --------------------------------------------------------------------------- trajectories: resume and replay


@BOTH
@pytest.mark.parametrize("keep", [1, 2, 3, 4])
def test_resume_mid_trajectory_loses_and_repeats_no_step(kind, srv, tmp_path, keep):
    script = [{"calls": [("run_sql", {"query": "SELECT * FROM users"})]},
              {"calls": [("run_sql", {"query": COUNT})]},
              {"calls": [("answer", {"sql": COUNT})]}]
    srv.set(tool_scripts={Q: script})
    ref_dir = tmp_path / "ref"
    ref_dir.mkdir()
    runner, _ = make(kind, srv, ref_dir)
    ref = one(runner)
    ref_lines = lines(ref_dir)
    # a run killed after `keep` lines (and half of the next one) ...
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    raw = (ref_dir / _explore.TRAJECTORY_FILE).read_bytes().split(b"\n")
    (run_dir / _explore.TRAJECTORY_FILE).write_bytes(b"\n".join(raw[:keep]) + b"\n" + raw[keep][:20])
    srv.reset_records()
    runner, ex = make(kind, srv, run_dir)
    gen = one(runner)
    got = lines(run_dir)
    def strip(xs):  # everything but the timings
        return [{k: v for k, v in x.items() if k not in ("latency_s", "exec_s")} for x in xs]

    assert strip(got) == strip(ref_lines)
    turns_before = sum(1 for x in ref_lines[:keep] if x["type"] == "turn")
    assert len(srv.requests) == 3 - turns_before  # no recorded turn asked again
    tools_before = sum(1 for x in ref_lines[:keep] if x["type"] == "tool" and x["name"] == "run_sql")
    assert len(ex.calls) == 2 - tools_before  # no recorded query run again
    assert (gen.sql, gen.explore["steps"], gen.tokens_in, gen.tokens_out) == \
        (ref.sql, ref.explore["steps"], ref.tokens_in, ref.tokens_out)


@BOTH
def test_a_finished_trajectory_is_replayed_without_model_calls(kind, srv, tmp_path):
    srv.set(tool_scripts={Q: [{"calls": [("run_sql", {"query": COUNT})]}, {"calls": [("answer", {"sql": COUNT})]}]})
    runner, _ = make(kind, srv, tmp_path)
    first = one(runner)
    srv.reset_records()
    srv.set(tool_scripts={})
    runner, ex = make(kind, srv, tmp_path)
    again = one(runner)
    assert srv.requests == [] and ex.calls == []
    assert (again.sql, again.tokens_in, again.tokens_out, again.cost_cents) == \
        (first.sql, first.tokens_in, first.tokens_out, first.cost_cents)
    assert again.explore["replayed"] is True and again.explore["steps"] == 2


# --------------------------------------------------------------------------- flags and description


def test_explore_flags_and_description(srv, tmp_path):
    runner, _ = make("openai", srv, tmp_path, "--max-steps", "3", "--max-rows", "5")
    info = runner.describe()
    runner.close()
    assert info["label"] == "gpt-4o explore"
    assert info["explore"]["max_steps"] == 3 and info["explore"]["max_rows"] == 5
    assert info["generation"]["explore"] == info["explore"]  # part of the resume key
    assert runner.cacheable is False
    with pytest.raises(UsageError, match="--max-steps"):
        build_parser().parse_args(["--explore", "--max-steps", "0"])


def test_render_result_caps_rows_and_characters():
    res = ExecOutcome(ResultSet(["a"], [("x" * 150,) for _ in range(100)]))
    text, fig = _explore.render_result(res, max_rows=50, max_chars=1000)
    assert len(text) < 1100 and fig == {"ok": True, "error_kind": None, "rows": 100, "truncated": True}
    text, fig = _explore.render_result(ExecOutcome(None, "rejected", "2 statements"), 5, 1000)
    assert text == "ERROR (rejected): 2 statements" and fig["ok"] is False


def test_report_puts_an_explore_run_beside_its_zero_shot_run(tmp_path):
    from eval.report.explore import beside, explore_pairs
    from eval.report.runs import Run

    def run(label, model, explore=False, qhash="q"):
        info = {"model_id": model, **({"explore": {"max_steps": 3}} if explore else {})}
        summary = {"runner": "openai", "model_info": info, "questions_hash": qhash, "fixtures_hash": "f"}
        return Run(label, tmp_path, summary, [], tmp_path / "results.jsonl", label)

    ex, other, zs, far = run("a explore", "a", True), run("b", "b"), run("a", "a"), run("a other", "a", qhash="x")
    assert [r.label for r in beside([ex, other, zs, far])] == ["b", "a", "a explore", "a other"]
    assert [(z.label, e.label) for z, e in explore_pairs([ex, other, zs, far])] == [("a", "a explore")]
