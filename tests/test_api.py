"""The Python API (eval/api.py, re-exported by ``eval``): exported names, evaluate() with a runner
name, predictions and a Runner instance, and README's "Python API" examples run as written."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

import eval as eval_pkg
from eval.errors import UsageError
from eval.types import Generation
from runners.base import Runner
from tests.helpers.fake_api_server import FakeAPIServer
from tests.helpers.harness import REPO, SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS

DATA = dict(schemas=str(SQLEVAL_SCHEMAS), questions=str(SQLEVAL_QUESTIONS), limit=6)


def test_exported_names():
    assert sorted(eval_pkg.__all__) == ["Evaluation", "compare_runs", "evaluate", "load_run"]
    for name in eval_pkg.__all__:
        assert getattr(eval_pkg, name) is not None
    with pytest.raises(AttributeError):
        eval_pkg.no_such_name


def test_importing_errors_does_not_import_the_harness():
    code = "import sys, eval.errors; sys.exit(1 if 'eval.run.pipeline' in sys.modules or 'eval.api' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def test_a_runner_missing_generate_fails_at_construction():
    class Incomplete(Runner):
        name = "incomplete"

    with pytest.raises(TypeError):
        Incomplete(None)


def test_unknown_or_bad_settings_are_usage_errors():
    with pytest.raises(UsageError, match="unknown setting"):
        eval_pkg.evaluate("gold", no_such_flag=1)
    with pytest.raises(UsageError, match="--limit"):
        eval_pkg.evaluate("gold", limit=0)
    with pytest.raises(UsageError, match="not both"):
        eval_pkg.evaluate("gold", predictions={})


def test_evaluate_gold_predictions_and_an_instance(pg_root, tmp_path):
    gold = eval_pkg.evaluate("gold", output=tmp_path / "gold", **DATA)
    assert gold.perc_correct == 100.0 and len(gold.records) == 6
    assert (gold.run_dir / "summary.json").is_file() and (gold.run_dir / "results.csv").is_file()
    ids = [r["question_id"] for r in gold.records]

    preds = eval_pkg.evaluate(predictions={q: "SELECT 1" for q in ids}, output=tmp_path / "preds", **DATA)
    assert preds.perc_correct == 0.0 and [r["question_id"] for r in preds.records] == ids

    class Echo(Runner):
        name = "echo"
        needs_prompt = False
        cacheable = False

        def generate(self, requests):
            for r in requests:
                yield Generation(question_id=r.question.id, sql=r.question.gold[0])

    echo = eval_pkg.evaluate(Echo(None), output=tmp_path / "echo", **DATA)
    assert echo.perc_correct == 100.0 and echo.summary["model"] == "echo"

    rows = eval_pkg.compare_runs(gold.run_dir, preds.run_dir)
    overall = next(r for r in rows if r.scope == "overall")
    assert (overall.k_a, overall.k_b, overall.n) == (6, 0, 6)
    assert eval_pkg.load_run(echo.run_dir).summary["n_correct"] == 6


def readme_examples() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Python API", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_readme_examples_run(pg_root, tmp_path):
    blocks = readme_examples()
    assert len(blocks) == 2, "README's Python API section: a notebook example and a training-loop example"
    env = dict(os.environ, OPENAI_API_KEY="sk-test-readme", NO_PROXY="127.0.0.1,localhost")
    for var in ("OPENAI_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(var, None)
    outputs = []
    with FakeAPIServer() as srv:
        env["MODEL_URL"] = srv.openai_base_url
        for code in blocks:
            code = code.replace("/tmp/t2s-api", str(tmp_path / "api"))
            r = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
            assert r.returncode == 0, r.stderr[-3000:]
            outputs.append(r.stdout)
    assert outputs[0].startswith("100.0 ")
    assert [line.split()[0] for line in outputs[1].splitlines()] == ["100", "200"]
