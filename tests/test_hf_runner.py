"""The Hugging Face runner (runners/hf.py) on a tiny model trained in the session (tests/helpers/tinymodel.py).

Everything goes through ``from_pretrained`` on a saved folder, as with real
weights.  No network: HF_HUB_OFFLINE=1 is set before transformers is imported.
Tests that need torch/transformers skip when requirements-models.txt is not
installed; the pure stop-rule tests always run.
"""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import csv  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from eval.errors import UsageError  # noqa: E402
from eval.cli.parser import build_parser  # noqa: E402
from eval.data.prompt import load_template, render  # noqa: E402
from eval.types import GenRequest  # noqa: E402
from runners import runner_class  # noqa: E402
from runners.hf import extract_sql, find_terminator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
from tests.helpers import tinymodel  # noqa: E402

EXPECTED = {p[0]: p[3] for p in tinymodel.PAIRS}


# ----------------------------------------------------------------------------- the stop rule
@pytest.mark.parametrize("raw, sql", [
    (" SELECT 1; SELECT 2", "SELECT 1;"),
    ("SELECT a FROM t\n```\nmore text", "SELECT a FROM t;"),
    ("SELECT a FROM t [/SQL] trailing", "SELECT a FROM t;"),
    ("SELECT a FROM t WHERE s = 'x;y'; junk", "SELECT a FROM t WHERE s = 'x;y';"),
    ("SELECT a FROM t WHERE s = 'it''s;' ; junk", "SELECT a FROM t WHERE s = 'it''s;';"),
    ('SELECT "we;ird" FROM t; junk', 'SELECT "we;ird" FROM t;'),
    ("SELECT a -- note; not the end\nFROM t; junk", "SELECT a -- note; not the end\nFROM t;"),
    ("SELECT a /* ; ``` */ FROM t; junk", "SELECT a /* ; ``` */ FROM t;"),
    ("```sql\nSELECT a FROM t;\n```", "SELECT a FROM t;"),
    ("```sql\nSELECT a FROM t\n```\nThis query ...", "SELECT a FROM t;"),
    ("Here is the query:\n```sql\nSELECT a FROM t\n```", "SELECT a FROM t;"),
    ("Here is the query:\n```sql", ""),
    ("SELECT a FROM t\n```", "SELECT a FROM t;"),  # ended on a fence: the SQL before it
    ("  ```\nSELECT a FROM t\n```\nExplanation: ...", "SELECT a FROM t;"),
    ("SELECT a FROM t", "SELECT a FROM t;"),  # no terminator: the whole text, ';' added
    ("SELECT a FROM t WHERE s = 'unclosed;", "SELECT a FROM t WHERE s = 'unclosed;;"),
    ("   ", ""),
    (";", ""),
    # an abstention is no SQL (the old cut sent "I do not know;" to the executor)
    ("I do not know", ""),
    # the old scanner cut these in the middle of a literal
    ("SELECT $$a;b$$ AS x; junk", "SELECT $$a;b$$ AS x;"),
    ("SELECT E'a\\';b' AS x; junk", "SELECT E'a\\';b' AS x;"),
    ("SELECT /* ; /* ; */ ; */ 1; junk", "SELECT /* ; /* ; */ ; */ 1;"),
    ("SELECT $x$ ; $y$ ; $x$ AS v; junk", "SELECT $x$ ; $y$ ; $x$ AS v;"),
    # reasoning is not searched for SQL
    ("<think>SELECT draft FROM t;</think>\nSELECT a FROM t;", "SELECT a FROM t;"),
])
def test_extract_sql(raw, sql):
    assert extract_sql(raw) == sql


def test_find_terminator_positions():
    assert find_terminator("SELECT 1; x") == (0, 8, 9)
    assert find_terminator("```sql\nSELECT 1```\n") == (7, 15, 18)
    assert find_terminator("```sq") == (5, 5, -1)  # an opening fence still being written is not a stop
    assert find_terminator("SELECT 'a;") == (0, 10, -1)
    # a trailing ``` may open a block (```sql) or close one: decided by what follows
    assert find_terminator("SELECT 1\n```") == (0, 9, -1)
    assert find_terminator("SELECT 1\n```\n") == (0, 9, 12)
    assert find_terminator("Query:\n```sql\nSELECT 1") == (14, 22, -1)
    # literals that the old scanner ended early: no stop inside them
    assert find_terminator("SELECT $$a;b")[2] == -1
    assert find_terminator("SELECT $$a;b$$;") == (0, 14, 15)
    assert find_terminator("SELECT E'a\\';b'")[2] == -1
    assert find_terminator("SELECT /* ; /* ; */ ;")[2] == -1
    assert find_terminator("<think>maybe SELECT 1;")[2] == -1  # still reasoning
    assert find_terminator("<think>maybe SELECT 1;</think>SELECT 2;")[2] == len("<think>maybe SELECT 1;</think>SELECT 2;")


def test_importing_the_runner_does_not_import_torch():
    code = "import sys, runners.hf, eval.data.prompt; sys.exit(1 if {'torch', 'transformers'} & set(sys.modules) else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


# ----------------------------------------------------------------------------- fixtures
def args_for(*argv):
    return build_parser().parse_args(list(argv))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    return tinymodel.build_tiny_model(tmp_path_factory.mktemp("tiny-sqlcoder") / "model")


@pytest.fixture(scope="session")
def requests_():
    template = load_template("sqlcoder_7b_2", "sqlcoder_7b_2")
    return [GenRequest(tinymodel.question(p), render(template, tinymodel.question(p), tinymodel.SCHEMA))
            for p in tinymodel.PAIRS]


@pytest.fixture(scope="session")
def runner(tiny_model):
    r = runner_class("hf")(args_for("--model", "hf", "--model-path", str(tiny_model), "--max-new-tokens", "60"))
    yield r
    r.close()


def generate(runner, requests, **settings):
    saved = {k: getattr(runner, k) for k in settings}
    try:
        for k, v in settings.items():
            setattr(runner, k, v)
        gens = list(runner.generate(requests))
    finally:
        for k, v in saved.items():
            setattr(runner, k, v)
    assert sorted(g.question_id for g in gens) == sorted(r.question.id for r in requests)
    return {g.question_id: g for g in gens}


# ----------------------------------------------------------------------------- generation
@pytest.mark.parametrize("num_beams, batch_size", [(1, 3), (4, 2), (1, 1), (3, 5)])
def test_generation_gives_the_trained_sql(runner, requests_, num_beams, batch_size):
    gens = generate(runner, requests_, num_beams=num_beams, batch_size=batch_size)
    for qid, gen in gens.items():
        assert gen.error == ""
        assert gen.sql == EXPECTED[qid], (qid, gen.raw_output)


def test_stop_rule_drops_the_trained_junk_and_counts_tokens(runner, requests_):
    gens = generate(runner, requests_, num_beams=1, batch_size=5)
    tok = runner.tokenizer
    for pair, request in zip(tinymodel.PAIRS, requests_):
        gen = gens[pair[0]]
        # the model was trained to go on with junk after the terminator: generation stopped before it
        assert "junk" not in gen.raw_output
        full = len(tok(pair[2], add_special_tokens=False)["input_ids"])
        assert 0 < gen.tokens_out < full
        assert gen.tokens_in == len(tok(request.prompt.text)["input_ids"])
        assert gen.latency_s > 0
    assert gens["tiny-3"].raw_output.rstrip().endswith("```")  # stopped at the fence, ';' re-appended
    assert gens["tiny-3"].sql == "SELECT SUM(amount) FROM orders;"
    assert gens["tiny-4"].sql.endswith("'a;b';")  # the ';' in the literal did not stop it


def test_max_new_tokens_cuts_and_still_appends_semicolon(runner, requests_):
    gens = generate(runner, requests_[:1], max_new_tokens=3, num_beams=1)
    gen = gens["tiny-1"]
    assert gen.tokens_out == 3
    assert gen.sql.endswith(";") and EXPECTED["tiny-1"].startswith(gen.sql[:-1])
    assert len(gen.sql) < len(EXPECTED["tiny-1"])


def test_batched_and_one_at_a_time_agree(runner, requests_):
    one = generate(runner, requests_, batch_size=1, num_beams=2)
    many = generate(runner, requests_, batch_size=5, num_beams=2)
    assert {k: g.sql for k, g in one.items()} == {k: g.sql for k, g in many.items()}


def test_left_padding_and_pad_token(runner):
    tok = runner.tokenizer
    assert tok.padding_side == "left"
    assert tok.pad_token is not None and tok.pad_token == tok.eos_token  # the tiny tokenizer has no pad token


def test_a_failing_batch_yields_errors_not_a_crash(runner, requests_, monkeypatch):
    calls = []
    real = runner.model.generate

    def flaky(*a, **kw):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(*a, **kw)

    monkeypatch.setattr(runner.model, "generate", flaky)
    gens = generate(runner, requests_, batch_size=2, num_beams=1)
    failed = [g for g in gens.values() if g.error]
    assert len(failed) == 2 and all("boom" in g.error and g.sql is None for g in failed)
    assert all(g.sql == EXPECTED[k] for k, g in gens.items() if not g.error)


def test_missing_prompt_and_too_long_prompt_are_per_question_errors(runner, requests_):
    from dataclasses import replace

    long_prompt = replace(requests_[1].prompt, text=requests_[1].prompt.text + " orders" * 2000)
    reqs = [GenRequest(requests_[0].question, None), GenRequest(requests_[1].question, long_prompt), requests_[2]]
    gens = generate(runner, reqs, num_beams=1)
    assert "no prompt" in gens["tiny-1"].error
    assert "prompt too long" in gens["tiny-2"].error and "--max-new-tokens" in gens["tiny-2"].error
    assert gens["tiny-3"].sql == EXPECTED["tiny-3"]


def test_chat_prompt_uses_the_tokenizer_chat_template_when_present(runner, monkeypatch):
    from eval.types import Prompt

    chat = render(load_template("chat", "chat"), tinymodel.question(tinymodel.PAIRS[0]), tinymodel.SCHEMA)
    req = GenRequest(tinymodel.question(tinymodel.PAIRS[0]), chat)
    tok = runner.tokenizer
    assert runner._prompt_ids(req) == tok(chat.text)["input_ids"]  # no chat template: the flattened text
    monkeypatch.setattr(tok, "chat_template", "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}\n{% endfor %}",
                        raising=False)
    expected = "".join(f"<{m['role']}>{m['content']}\n" for m in chat.messages)
    assert runner._prompt_ids(req) == tok(expected, add_special_tokens=False)["input_ids"]
    assert isinstance(chat, Prompt)


def test_describe(runner, requests_, tiny_model):
    generate(runner, requests_[:2], num_beams=1)
    info = runner.describe()
    assert info["runner"] == "hf" and info["model_id"] == str(tiny_model)
    assert info["dtype"] == "float32" and info["device"] == "cpu"
    assert info["generation"] == {"do_sample": False, "num_beams": 4, "max_new_tokens": 60, "batch_size": 4,
                                  "stop": [";", "```", "[/SQL]"]}
    assert info["revision"] is None  # a plain local folder: no commit known
    assert info["weights_fingerprint"].startswith("sha256:")
    assert info["tokens_per_second"] > 0
    assert info["n_parameters"] > 100_000
    json.dumps(info)  # goes into summary.json


# ----------------------------------------------------------------------------- the sqlcoder preset
@pytest.mark.parametrize("name, template, model, beams", [
    ("sqlcoder", "sqlcoder_15b_2023", "defog/sqlcoder", 5),
    ("sqlcoder-15b", "sqlcoder_15b_2023", "defog/sqlcoder", 5),
    ("sqlcoder-7b-2", "sqlcoder_7b_2", "defog/sqlcoder-7b-2", 4),
    ("hf", "sqlcoder_7b_2", None, 4),
])
def test_presets_name_their_model_prompt_and_beams(name, template, model, beams):
    cls = runner_class(name)
    assert (cls.name, cls.default_template, cls.default_model, cls.default_num_beams) == (name, template, model, beams)
    assert (cls.preset is None) == (name == "hf")
    if model:
        assert model in cls.preset
    load_template(template, template)  # the preset's prompt exists under prompts/


def test_sqlcoder_7b_2_preset_with_model_path(tiny_model, requests_):
    r = runner_class("sqlcoder-7b-2")(args_for("--model", "sqlcoder-7b-2", "--model-path", str(tiny_model), "--batch-size", "5"))
    try:
        gens = {g.question_id: g for g in r.generate(requests_)}
        assert {k: g.sql for k, g in gens.items()} == EXPECTED
        info = r.describe()
        assert info["runner"] == "sqlcoder-7b-2" and info["generation"]["num_beams"] == 4  # the preset's default
        assert info["preset"].startswith("SQLCoder-7B-2")
    finally:
        r.close()
    r = runner_class("sqlcoder")(args_for("--model", "sqlcoder", "--model-path", str(tiny_model), "--num-beams", "2"))
    try:
        assert r.describe()["generation"]["num_beams"] == 2  # an explicit --num-beams wins over the preset's 5
    finally:
        r.close()


def test_revision_from_a_local_dir_download(tiny_model, tmp_path):
    copy = tmp_path / "sqlcoder"
    shutil.copytree(tiny_model, copy)
    meta = copy / ".cache" / "huggingface" / "download"
    meta.mkdir(parents=True)
    (meta / "config.json.metadata").write_text("0123456789abcdef0123456789abcdef01234567\netag\n1712656091.1\n")
    r = runner_class("sqlcoder")(args_for("--model", "sqlcoder", "--model-path", str(copy)))
    try:
        assert r.describe()["revision"] == "0123456789abcdef0123456789abcdef01234567"
    finally:
        r.close()


def test_hub_id_loads_from_the_local_cache_offline(tiny_model, tmp_path):
    """A hub id found in the HF cache loads with no network, and its commit is the revision."""
    commit = "fedcba9876543210fedcba9876543210fedcba98"
    repo = tmp_path / "hub" / "models--tinyorg--tiny-sqlcoder"
    shutil.copytree(tiny_model, repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    code = (
        "import json; from eval.cli.parser import build_parser; from runners.hf import SQLCoderRunner\n"
        "r = SQLCoderRunner(build_parser().parse_args(['--model', 'sqlcoder', '--model-path', 'tinyorg/tiny-sqlcoder']))\n"
        "print(json.dumps(r.describe()))\n"
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_HUB_CACHE=str(tmp_path / "hub"), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    assert info["model_id"] == "tinyorg/tiny-sqlcoder" and info["revision"] == commit


# ----------------------------------------------------------------------------- bad input
def test_hf_needs_model_path():
    with pytest.raises(UsageError, match="--model-path"):
        runner_class("hf")(args_for("--model", "hf"))


@pytest.mark.parametrize("path", ["/no/such/folder", "./missing-weights", "~/not/here"])
def test_bad_local_path_is_a_usage_error(path):
    pytest.importorskip("transformers")
    with pytest.raises(UsageError) as e:
        runner_class("sqlcoder")(args_for("--model", "sqlcoder", "--model-path", path))
    msg = str(e.value)
    assert "--model-path" in msg and "no such folder" in msg and "--local-dir" in msg


def test_folder_without_config_is_a_usage_error(tmp_path):
    pytest.importorskip("transformers")
    (tmp_path / "weights.bin").write_bytes(b"\0")
    with pytest.raises(UsageError, match="no config.json"):
        runner_class("hf")(args_for("--model", "hf", "--model-path", str(tmp_path)))


def test_folder_with_broken_weights_is_a_usage_error(tiny_model, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    shutil.copy(tiny_model / "config.json", broken / "config.json")
    with pytest.raises(UsageError) as e:
        runner_class("hf")(args_for("--model", "hf", "--model-path", str(broken)))
    assert "cannot load the weights from the local folder" in str(e.value)


@pytest.mark.parametrize("model", ["sqlcoder", "hf"])
def test_unavailable_hub_id_offline_is_a_usage_error(model, tmp_path, monkeypatch):
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    argv = ["--model", model] + (["--model-path", "nobody-org/no-such-model"] if model == "hf" else [])
    with pytest.raises(UsageError) as e:
        runner_class(model)(args_for(*argv))
    msg = str(e.value)
    expected_id = "nobody-org/no-such-model" if model == "hf" else "defog/sqlcoder"
    assert f"--model-path {expected_id}" in msg and "HF_HUB_OFFLINE" in msg
    assert f"download {expected_id} --local-dir DIR" in msg and "--model-path DIR" in msg


def test_unavailable_hub_id_when_the_hub_cannot_be_reached(tmp_path):
    """Not offline, but no route to the hub: one clear error, not a traceback (subprocess: fresh env)."""
    pytest.importorskip("transformers")
    code = (
        "from eval.cli.parser import build_parser; from eval.errors import UsageError; from runners.hf import HFRunner\n"
        "try:\n HFRunner(build_parser().parse_args(['--model', 'hf', '--model-path', 'nobody-org/no-such-model']))\n"
        "except UsageError as e:\n print('USAGE:', e)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    env.update(HF_HUB_CACHE=str(tmp_path / "empty-cache"), HF_ENDPOINT="http://127.0.0.1:9", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "USAGE: --model-path nobody-org/no-such-model" in proc.stdout
    assert "cannot be reached" in proc.stdout


def test_load_in_8bit_needs_cuda(tiny_model):
    pytest.importorskip("torch")
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    with pytest.raises(UsageError, match="--load-in-8bit"):
        runner_class("hf")(args_for("--model", "hf", "--model-path", str(tiny_model), "--load-in-8bit"))


@pytest.mark.parametrize("device, complaint", [("cuda", "CUDA is not available"), ("warp-drive", "not a torch device")])
def test_bad_device_is_a_usage_error(tiny_model, device, complaint):
    import torch

    if device == "cuda" and torch.cuda.is_available():
        pytest.skip("a GPU is present")
    with pytest.raises(UsageError) as e:
        runner_class("hf")(args_for("--model", "hf", "--model-path", str(tiny_model), "--device", device))
    assert "--device" in str(e.value) and complaint in str(e.value)


# ----------------------------------------------------------------------------- end to end
TINY_SQL = tinymodel.TINY_SQL


def _tiny_benchmark(tmp_path):
    """The tiny database (TINY_SQL) and a sql-eval CSV of the tiny model's training pairs."""
    schemas = tmp_path / "schemas"
    (schemas / "tiny").mkdir(parents=True)
    (schemas / "tiny" / "tiny.sql").write_text(TINY_SQL)
    questions = tmp_path / "questions.csv"
    with questions.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        for _, text, _, sql in tinymodel.PAIRS:
            w.writerow([text, sql, "tiny", "where"])
    return schemas, questions


def test_end_to_end_cli_with_the_tiny_model(tiny_model, tmp_path):
    """python run_eval.py --model sqlcoder-7b-2 --model-path <tiny> ... : the pipeline renders the prompt from
    the fixture's catalog (COMMENT ON texts) exactly as the model was trained, so every answer is right."""
    if not (ROOT / "run_eval.py").exists() or not (ROOT / "eval" / "run" / "pipeline.py").exists():
        pytest.skip("the pipeline (run_eval.py, eval/run/pipeline.py) is not in the tree yet")
    schemas, questions = _tiny_benchmark(tmp_path)
    out = tmp_path / "run"
    env = dict(os.environ, HF_HUB_OFFLINE="1")  # the default PostgreSQL cache folder (tmp_path is mode 700)
    cmd = [sys.executable, "run_eval.py", "--model", "sqlcoder-7b-2", "--model-path", str(tiny_model),
           "--schemas", str(schemas), "--questions", str(questions), "--limit", "3", "--no-cache",
           "--no-progress", "--output", str(out), "--batch-size", "2"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines() if line.strip()]
    assert len(records) == 3
    by_question = {r["question"]: r for r in records}
    for _, text, _, sql in tinymodel.PAIRS[:3]:
        rec = by_question[text]
        assert rec["generated_query"] == sql and rec["correct"] == 1, rec
        assert rec["tokens_in"] > 0 and rec["tokens_out"] > 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["n_correct"] == 3
    assert summary["template"]["name"] == "sqlcoder_7b_2"
    assert summary["model_info"]["model_id"] == str(tiny_model)


# ----------------------------------------------------------------------------- --samples K (issue #17)
def _sampling_runner(tiny_model, *extra):
    return runner_class("hf")(args_for("--model", "hf", "--model-path", str(tiny_model), "--max-new-tokens", "40",
                                       "--temperature", "1.5", "--seed", "3", *extra))


def test_samples_are_num_return_sequences_batched_and_seeded(tiny_model, requests_):
    import dataclasses

    r = _sampling_runner(tiny_model, "--batch-size", "2")
    try:
        assert r.num_beams == 1 and r.describe()["generation"]["do_sample"] is True
        reqs = [dataclasses.replace(q, samples=(0, 1, 2)) for q in requests_] + \
            [dataclasses.replace(requests_[0], samples=(4,))]  # a resumed question wanting one index only
        gens = list(r.generate_samples(reqs))
        again = list(r.generate_samples(reqs))
    finally:
        r.close()
    got = sorted((g.question_id, g.sample) for g in gens)
    want = sorted([(q.question.id, i) for q in requests_ for i in (0, 1, 2)] + [(requests_[0].question.id, 4)])
    assert got == want
    assert all(not g.error and g.tokens_in > 0 and not g.greedy for g in gens)
    assert [(g.question_id, g.sample, g.raw_output) for g in gens] == [(g.question_id, g.sample, g.raw_output) for g in again]
    texts = {g.raw_output for g in gens}
    assert len(texts) > 1  # sampling at temperature 1.5 does not give one answer every time


def test_samples_5_end_to_end_with_the_tiny_model_and_its_cache(tiny_model, tmp_path):
    """python run_eval.py --model hf … --samples 5 --temperature 1.5: five sampled answers per question, each
    scored; the second run reads every sample from the generation cache (none generated again)."""
    schemas, questions = _tiny_benchmark(tmp_path)
    env = dict(os.environ, HF_HUB_OFFLINE="1")

    def run(out, *extra):
        cmd = [sys.executable, "run_eval.py", "--model", "sqlcoder-7b-2", "--model-path", str(tiny_model),
               "--schemas", str(schemas), "--questions", str(questions), "--limit", "3", "--cache-dir",
               str(tmp_path / "cache"), "--no-progress", "--output", str(out), "--batch-size", "2",
               "--samples", "5", "--temperature", "1.5", "--seed", "1", "--max-new-tokens", "40", *extra]
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)

    proc = run(tmp_path / "run")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    records = [json.loads(line) for line in (tmp_path / "run" / "results.jsonl").read_text().splitlines() if line.strip()]
    assert len(records) == 3
    for rec in records:
        assert [s["sample"] for s in rec["samples"]] == [0, 1, 2, 3, 4]
        assert rec["sample_metrics"]["n"] == 5 and rec["cached"] == 0
        assert rec["sample_metrics"]["n_correct"] == sum(s["correct"] for s in rec["samples"])
        assert rec["generated_query"] == rec["samples"][0]["sql"]
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["samples"]["k"] == 5 and "pass@5" in summary["samples"]["overall"]
    assert summary["model_info"]["generation"]["temperature"] == 1.5
    assert summary["config"]["samples"] == {"k": 5, "temperature": 1.5, "top_p": None, "seed": 1}
    second = run(tmp_path / "run2")
    assert second.returncode == 0, second.stdout + second.stderr
    again = {r["question_id"]: r for r in (json.loads(x) for x in (tmp_path / "run2" / "results.jsonl").read_text().splitlines())}
    for rec in records:
        assert again[rec["question_id"]]["cached"] == 1
        assert [s["sql"] for s in again[rec["question_id"]]["samples"]] == [s["sql"] for s in rec["samples"]]
    greedy = run(tmp_path / "run3", "--temperature", "0")
    assert greedy.returncode == 2 and "--temperature > 0" in greedy.stderr
