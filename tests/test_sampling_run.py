"""--samples K through the real pipeline (issue #17): replay with several predictions per question, shared
executions, maj@k by execution result, metrics in records and summary, gate --metric, report --metrics,
--generate-only round trip, and kill -9 + --resume with no sample lost or doubled."""
from __future__ import annotations

import json
import subprocess
from fractions import Fraction

import pytest

from eval.data import dataset
from eval.errors import UsageError
from eval.run import sampling_run
from eval.scoring import sampling
from eval.sqltext.canonical import execution_key
from eval.types import ExecOutcome, Generation, ResultSet, Settings
from tests.helpers.fake_executor import FakeExecutor
from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, csv_ids, run_cli
from tests.helpers.resume_helpers import cli, make_workload, run_killed_then_resumed, samples_predictions

BASE = ["--model", "replay", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress", "-q"]


# --------------------------------------------------------------------------- pure pieces
@pytest.mark.parametrize("a, b, same", [
    ("SELECT name FROM users", "select  name\nfrom USERS;", True),
    ("SELECT name FROM users;", "SELECT name FROM users", True),
    ("SELECT 'A'", "SELECT 'a'", False),                      # literals keep their case
    ('SELECT "Name" FROM t', 'SELECT "name" FROM t', False),  # quoted identifiers too
    ("SELECT 1 -- one", "SELECT 1", False),                   # comments are kept
    ("SELECT 1", "SELECT 2", False),
    ("SELECT 1;;", "SELECT 1", False),                        # only one trailing ; is dropped
    ("SELECT\u00a01", "SELECT 1", False),                     # a non-ASCII space: its own key
    ("SELECT $$x$$", "SELECT $$x$$", True),
])
def test_execution_key(a, b, same):
    assert (execution_key(a) == execution_key(b)) is same


def test_grouped_waits_for_every_sample_and_keeps_the_first_of_a_repeated_index():
    gens = [Generation("q1", "a", sample=1), Generation("q2", "x", sample=0), Generation("q1", "b", sample=0),
            Generation("q1", "c", sample=1), Generation("q2", "y", sample=1)]
    out = list(sampling_run.grouped(gens, 2))
    assert [[g.sql for g in grp] for grp in out] == [["b", "a"], ["x", "y"]]


def test_shared_executor_runs_equivalent_text_once():
    res = ResultSet(["n"], [(1,)])
    fake = FakeExecutor({"SELECT 1": res, "select 1;": res})
    shared = sampling_run.SharedExecutor(fake)
    outs = [shared.execute("db", s) for s in ("SELECT 1", "select 1;", "SELECT  1", "SELECT 2")]
    assert [o.ok for o in outs] == [True, True, True, False]
    assert fake.calls == [("db", "SELECT 1"), ("db", "SELECT 2")]
    assert shared.result("db", "select 1") == res and shared.result("db", "SELECT 2") is None


class _R:
    def __init__(self, sampling_kind, temperature_sent=True):
        self.sampling = sampling_kind
        self._sent = temperature_sent

    def generation_params(self):
        return {"temperature": 0.0 if self._sent else None}


@pytest.mark.parametrize("kind, settings, complaint", [
    ("temperature", {"samples": 5}, "--temperature > 0"),
    ("temperature", {"samples": 5, "temperature": 0.7}, None),
    ("temperature", {"samples": 1}, None),
    ("file", {"samples": 5}, None),
    ("deterministic", {"samples": 3}, None),
    ("temperature", {"samples": 5, "temperature": 0.7, "compat": "sqleval-2023"}, "--compat"),
    ("temperature", {"samples": 5, "temperature": 0.7, "explore": True}, "--explore"),
    ("temperature", {"samples": 0}, "--samples must be >= 1"),
])
def test_check_settings(kind, settings, complaint):
    args = Settings(**settings)
    if complaint is None:
        sampling_run.check_settings(args, _R(kind))
    else:
        with pytest.raises(UsageError, match=complaint.replace("+", r"\+")):
            sampling_run.check_settings(args, _R(kind))


def test_an_api_that_sends_no_temperature_samples_anyway():
    sampling_run.check_settings(Settings(samples=4), _R("temperature", temperature_sent=False))


def test_metric_value_is_exact_and_says_when_missing():
    flags = [1, 0, 0, 1, 0]
    rec = {"correct": 1, "samples": [{"correct": f} for f in flags],
           "sample_metrics": sampling_run.question_metrics([bool(f) for f in flags], {1: True, 2: True, 4: False, 5: False}, None)}
    assert sampling_run.metric_value(rec, "pass@1") == Fraction(2, 5)
    assert sampling_run.metric_value(rec, "pass@2") == 1 - Fraction(3, 10)  # 1 - C(3,2)/C(5,2)
    assert sampling_run.metric_value(rec, "mean@3") == Fraction(1, 3)
    assert sampling_run.metric_value(rec, "maj@4") == 0 and sampling_run.metric_value(rec, "maj@2") == 1
    assert sampling_run.metric_value(rec, "maj@3") is None  # not a k the run reports
    assert sampling_run.metric_value(rec, "pass@6") is None and sampling_run.metric_value(rec, "greedy") is None
    assert sampling_run.metric_value({"correct": 0}, "pass@1") is None
    assert rec["sample_metrics"]["pass@4"] == 1.0 and rec["sample_metrics"]["mean@5"] == 0.4


def test_ks_and_bootstrap_columns():
    assert sampling.ks_for(1) == [1] and sampling.ks_for(5) == [1, 2, 4, 5] and sampling.ks_for(8) == [1, 2, 4, 8]
    cols = {"a": [0.0, 1.0, 1.0, 0.5], "b": [1.0] * 4}
    one, two = sampling.bootstrap_intervals(cols, seed=3), sampling.bootstrap_intervals(cols, seed=3)
    assert one == two and one["b"] == (1.0, 1.0)
    lo, hi = one["a"]
    assert 0.0 <= lo <= 0.625 <= hi <= 1.0


@pytest.mark.parametrize("name, ok", [("pass@1", True), ("maj@5", True), ("mean@5", True), ("correct", True),
                                      ("greedy", True), ("pass@0", False), ("pass@x", False), ("f1", False)])
def test_check_metric(name, ok):
    if ok:
        assert sampling_run.check_metric(name) == name
    else:
        with pytest.raises(UsageError, match="not a metric"):
            sampling_run.check_metric(name)


# --------------------------------------------------------------------------- replay, end to end
def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def questions():
    return dataset.load_questions(SQLEVAL_QUESTIONS)


def _samples_file(tmp_path, questions, name="samples.jsonl"):
    """Per question: sample 0 wrong; 1 and 2 the gold written two different ways (the same result:
    one answer for the vote); 3 the gold again with other spacing (executed once); 4 another wrong."""
    rows = []
    for q in questions:
        g = q.gold[0]
        wrapped = f"SELECT * FROM ({g}) AS wrapped_gold"
        for sql in ("SELECT 42 AS wrong", g, wrapped, "  " + g + " ;", "SELECT * FROM nowhere"):
            rows.append({"question_id": q.id, "generated_query": sql})
    return _write(tmp_path / name, rows)


@pytest.fixture(scope="module")
def five(pg_root, tmp_path_factory, questions):
    d = tmp_path_factory.mktemp("samples5")
    pred = _samples_file(d, questions)
    out = d / "run"
    r = run_cli([*BASE, "--predictions", str(pred), "--samples", "5", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-3000:]
    return out, r


def _records(out):
    return [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines() if x.strip()]


def test_five_samples_are_scored_and_voted_by_result(five, questions):
    out, _ = five
    recs = _records(out)
    assert len(recs) == len(questions)
    ordered_by_gold = 0
    for rec in recs:
        s = rec["samples"]
        assert [x["sample"] for x in s] == [0, 1, 2, 3, 4]
        assert rec["generated_query"] == "SELECT 42 AS wrong" and rec["correct"] == 0  # the record is sample 0's
        assert [x["correct"] for x in s] in ([0, 1, 1, 1, 0], [0, 1, 0, 1, 0])  # a wrapped ORDER BY may lose its order
        ordered_by_gold += s[2]["correct"] == 0
        assert s[4]["reason"] == "pred_error" and s[4]["vote"] is None
        # the gold, the wrapped gold and the re-spaced gold: one answer (group 1, after sample 0's group 0)
        assert s[0]["vote"] == 0 and s[1]["vote"] == s[2]["vote"] == s[3]["vote"] == 1
        m = rec["sample_metrics"]
        c = sum(x["correct"] for x in s)
        assert m["n"] == 5 and m["n_correct"] == c
        assert m["pass@1"] == pytest.approx(c / 5) and m["mean@5"] == pytest.approx(c / 5)
        assert m["pass@4"] == 1.0 and m["maj@1"] == 0 and m["maj@2"] == 0  # maj@2: a 1-1 tie goes to sample 0
        assert m["maj@4"] == 1 and m["maj@5"] == 1  # three equivalent answers outvote the rest
    assert ordered_by_gold < len(recs)


def test_summary_and_console_have_the_sampled_metrics(five, questions):
    out, r = five
    s = json.loads((out / "summary.json").read_text())["samples"]
    assert s["k"] == 5 and s["ks"] == [1, 2, 4, 5]
    assert s["metrics"] == ["pass@1", "pass@2", "pass@4", "pass@5", "mean@5", "maj@1", "maj@2", "maj@4", "maj@5"]
    ov = s["overall"]
    assert ov["n"] == len(questions) and ov["maj@5"]["value"] == 100.0 and ov["maj@1"]["value"] == 0.0
    lo, hi = ov["pass@1"]["ci"]
    assert lo <= ov["pass@1"]["value"] <= hi
    assert set(s["categories"]) == {q.category for q in questions} and set(s["databases"]) == {q.db for q in questions}
    assert ov["seed_spread"] > 0  # sample 0 is always wrong, samples 1 and 3 always right
    assert "samples (K=5)" in r.stdout and "maj@5" in r.stdout


def test_identical_samples_give_the_same_metrics_as_one(pg_root, tmp_path, questions):
    rows = [{"question_id": q.id, "generated_query": q.gold[0] if i % 2 else "SELECT 1"} for i, q in enumerate(questions)
            for _ in range(3)]
    out = tmp_path / "run"
    r = run_cli([*BASE, "--predictions", str(_write(tmp_path / "p.jsonl", rows)), "--samples", "3", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
    summary = json.loads((out / "summary.json").read_text())
    ov = summary["samples"]["overall"]
    for m in ("pass@1", "pass@2", "pass@3", "mean@3", "maj@1", "maj@3"):
        assert ov[m]["value"] == pytest.approx(summary["perc_correct"])
    assert ov["seed_spread"] == 0.0


def test_a_second_prediction_without_samples_is_an_error(pg_root, tmp_path):
    rows = [{"question_id": csv_ids()[0], "generated_query": "SELECT 1"}] * 2
    complaint = "needs --samples K"
    r = run_cli([*BASE, "--predictions", str(_write(tmp_path / "p.jsonl", rows)), "--partial"])
    assert r.returncode == 2 and complaint in r.stderr and "Traceback" not in r.stderr


def _bad_files(questions):
    q = questions[0].id
    rest = [{"question_id": x.id, "generated_query": "SELECT 1"} for x in questions[1:] for _ in range(2)]
    return [
        ([{"question_id": q, "generated_query": "SELECT 1"}] + rest, "has 1 prediction(s), --samples 2 needs 2"),
        ([{"question_id": q, "generated_query": "SELECT 1", "sample": 0}] * 2 + rest, "sample 0 of question"),
        ([{"question_id": q, "generated_query": "SELECT 1", "sample": "x"}] + rest, "sample must be an integer"),
        ([{"question_id": q, "generated_query": "SELECT 1"}, {"question_id": q, "generated_query": "SELECT 1", "greedy": 1}]
         + rest, "only a question's first sample may be marked greedy"),
    ]


@pytest.mark.parametrize("case", range(4))
def test_bad_sample_files_are_one_line_errors(pg_root, tmp_path, questions, case):
    rows, complaint = _bad_files(questions)[case]
    r = run_cli([*BASE, "--predictions", str(_write(tmp_path / "p.jsonl", rows)), "--samples", "2"])
    assert r.returncode == 2, r.stderr
    assert complaint in r.stderr and "Traceback" not in r.stderr


def test_numbered_samples_greedy_and_a_results_file_replayed(pg_root, tmp_path, questions, five):
    rows = []
    for q in questions:  # written out of order, numbered: sample 0 (greedy) right, sample 1 wrong
        rows.append({"question_id": q.id, "generated_query": "SELECT 1", "sample": 1})
        rows.append({"question_id": q.id, "generated_query": q.gold[0], "sample": 0, "greedy": 1})
    out = tmp_path / "run"
    r = run_cli([*BASE, "--predictions", str(_write(tmp_path / "p.jsonl", rows)), "--samples", "2", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
    recs = _records(out)
    assert all(x["samples"][0]["greedy"] == 1 and x["sample_metrics"]["greedy"] == 1 for x in recs)
    s = json.loads((out / "summary.json").read_text())["samples"]
    assert s["metrics"][-1] == "greedy" and s["overall"]["greedy"]["value"] == 100.0
    # a K-sample run's results.jsonl is itself a samples file
    again = tmp_path / "again"
    r = run_cli([*BASE, "--predictions", str(five[0] / "results.jsonl"), "--samples", "5", "-o", str(again)])
    assert r.returncode == 0, r.stderr[-2000:]
    strip = ("vote", "cached")
    def samples_of(folder):
        return {q: [{k: v for k, v in x.items() if k not in strip} for x in rec["samples"]]
                for q, rec in _by_id(folder).items()}
    assert samples_of(again) == samples_of(five[0])


def test_gate_and_report_read_the_sampled_metrics(five, tmp_path, questions):
    out, _ = five
    rows = [{"question_id": q.id, "generated_query": sql} for q in questions
            for sql in ("SELECT 42 AS wrong", "SELECT 7", "SELECT 8", "SELECT 9", q.gold[0])]
    worse = tmp_path / "worse"
    r = run_cli([*BASE, "--predictions", str(_write(tmp_path / "w.jsonl", rows)), "--samples", "5", "-o", str(worse)])
    assert r.returncode == 0, r.stderr[-2000:]
    same = run_cli(["gate", "--baseline", str(out), "--candidate", str(worse)])  # sample 0 is wrong in both
    assert same.returncode == 0, same.stdout
    for metric, rule in (("pass@1", "paired z"), ("maj@5", "McNemar"), ("mean@5", "paired z")):
        g = run_cli(["gate", "--baseline", str(out), "--candidate", str(worse), "--metric", metric])
        assert g.returncode == 1 and f"REGRESSION ({'mcnemar' if rule == 'McNemar' else 'paired-z'})" in g.stdout, g.stdout
        assert f"metric {metric}" in g.stdout and f"{rule} p=" in g.stdout
    ok = run_cli(["gate", "--baseline", str(out), "--candidate", str(worse), "--metric", "pass@5"])
    assert ok.returncode == 0, ok.stdout  # every question has a right sample in both
    missing = run_cli(["gate", "--baseline", str(out), "--candidate", str(worse), "--metric", "pass@6"])
    assert missing.returncode == 2 and "has no pass@6" in missing.stderr
    rep = run_cli(["report", str(out), str(worse), "--metrics", "pass@1,maj@5,greedy", "--out", str(tmp_path / "rep")])
    assert rep.returncode == 0, rep.stderr
    md = (tmp_path / "rep" / "report.md").read_text()
    assert "## Sampled metrics" in md and "| model | perc_correct | pass@1 | maj@5 | greedy |" in md
    assert "| maj@5 by query_category |" in md and "greedy by query_category" not in md  # no run has greedy
    bad = run_cli(["report", str(out), "--metrics", "pass@1,bogus"])
    assert bad.returncode == 2 and "--metrics 'bogus'" in bad.stderr


def test_generate_only_writes_a_samples_file_that_replays(pg_root, tmp_path, questions):
    out = tmp_path / "gen"
    r = run_cli(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS),
                 "--no-progress", "-q", "--samples", "3", "--generate-only", "-o", str(out)])
    assert r.returncode == 0, r.stderr[-2000:]
    lines = [json.loads(x) for x in (out / "predictions.jsonl").read_text().splitlines()]
    assert len(lines) == 3 * len(questions) and sorted({x["sample"] for x in lines}) == [0, 1, 2]
    again = tmp_path / "replayed"
    r = run_cli([*BASE, "--predictions", str(out / "predictions.jsonl"), "--samples", "3", "-o", str(again)])
    assert r.returncode == 0, r.stderr[-2000:]
    s = json.loads((again / "summary.json").read_text())
    assert s["samples"]["overall"]["pass@1"]["value"] == 100.0 and s["perc_correct"] == 100.0


# --------------------------------------------------------------------------- kill -9 and resume
@pytest.fixture(scope="module")
def workload5(pg_root, tmp_path_factory):
    d = tmp_path_factory.mktemp("resume5")
    q, p = make_workload(d, copies=6)
    rows = [json.loads(x) for x in p.read_text().splitlines()]
    p5 = samples_predictions(p, 5)  # the prediction, its re-spacing, two wrong ones, the prediction again
    ref = d / "reference"
    res = subprocess.run(cli(q, p5, ref, ["--samples", "5"]), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert res.returncode == 0, res.stderr
    return q, p5, ref, len(rows)


def _by_id(out):
    return {r["question_id"]: r for r in _records(out)}


@pytest.mark.parametrize("kill_after", [1, 40])
def test_kill_and_resume_loses_or_doubles_no_sample(workload5, tmp_path, kill_after):
    q, p5, ref, n = workload5
    out = tmp_path / "run"
    r = run_killed_then_resumed(q, p5, out, kill_after, extra=["--samples", "5"])
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines() if x.strip()]
    assert len(lines) == n and len({x["question_id"] for x in lines}) == n  # no question lost or doubled
    got, want = _by_id(out), _by_id(ref)
    for qid, rec in want.items():
        assert [s["sample"] for s in got[qid]["samples"]] == [0, 1, 2, 3, 4]
        assert got[qid]["samples"] == rec["samples"] and got[qid]["sample_metrics"] == rec["sample_metrics"]
    a = json.loads((out / "summary.json").read_text())["samples"]
    b = json.loads((ref / "summary.json").read_text())["samples"]
    assert a == b


def test_resume_refuses_another_number_of_samples(workload5, tmp_path):
    q, p5, ref, n = workload5
    out = tmp_path / "run"
    r = run_killed_then_resumed(q, p5, out, 1, extra=["--samples", "5"])
    assert r.returncode == 0
    again = subprocess.run(cli(q, p5, out, ["--samples", "4", "--resume", str(out)]), capture_output=True, text=True,
                           cwd=REPO, timeout=300)
    assert again.returncode == 2 and "--samples" in again.stderr


def test_outcome_of_a_failed_generation_is_shared_not_executed():
    # a generation error is scored without the executor: its key never reaches SharedExecutor
    gen = Generation("q", None, error="boom")
    assert sampling_run._sample_key(gen) == (True, False, "")
    assert isinstance(ExecOutcome(None, "error", "x"), ExecOutcome)


def test_the_default_generate_samples_asks_a_sampling_runner_once_per_index():
    from eval.types import GenRequest, Question
    from runners.base import Runner

    class Counting(Runner):
        def __init__(self):
            super().__init__(None)
            self.calls = 0

        def generate(self, requests):
            for r in requests:
                self.calls += 1
                yield Generation(r.question.id, f"SELECT {self.calls}")

    class Fixed(Counting):
        sampling = "deterministic"

    q = Question("a", "db", "where", "x", ("SELECT 1",), "SELECT 1")
    got = [(g.sample, g.sql) for g in Counting().generate_samples([GenRequest(q, None, (0, 1, 3))])]
    assert got == [(0, "SELECT 1"), (1, "SELECT 2"), (3, "SELECT 3")]
    fixed = Fixed()
    assert [(g.sample, g.sql) for g in fixed.generate_samples([GenRequest(q, None, (0, 1))])] == [(0, "SELECT 1"), (1, "SELECT 1")]
    assert fixed.calls == 1


def test_score_question_executes_each_distinct_text_once_per_instance():
    """Through the pipeline's own score() and the FakeExecutor: 5 samples, 3 distinct texts (two spellings of
    the gold, a wrong answer): each distinct text runs once per instance, the verdicts are per sample."""
    from eval.run import pipeline
    from tests.test_fake_executor import GOLD, Q, prepared

    rows = ResultSet(["name"], [("a",), ("b",)])
    p = prepared({GOLD: rows, "select name from shop order by name;": rows, "SELECT 'a' AS name": ResultSet(["name"], [("a",)])})
    p.args.samples = 5
    gens = [Generation("q1", s, sample=i) for i, s in enumerate(
        [GOLD, "select name from shop order by name;", "SELECT 'a' AS name", "SELECT name  FROM shop ORDER BY name", GOLD])]
    rec = sampling_run.score_question(p, Q, gens, pipeline.score)
    texts = [sql for _, sql in p.executor.calls]
    assert texts.count("SELECT 'a' AS name") == 1  # wrong on instance 0: instance 1 never asked
    assert texts.count("select name from shop order by name;") == 0  # the gold's spelling: shared, not executed
    assert texts.count(GOLD) == 2 * 2  # the gold itself (GoldStore) and sample 0's run, on both instances
    assert [s["correct"] for s in rec.samples] == [1, 1, 0, 1, 1] and rec.sample_metrics["maj@5"] == 1
    assert rec.correct == 1 and rec.generated_query == GOLD
