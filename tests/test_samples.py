"""Issue #16, samples: every record names its exact prompt (deduplicated store prompts.jsonl in the
run folder) and keeps the raw completion and the extraction notes; the HTML drill-down shows them."""
from __future__ import annotations

import json

import pytest

from eval.run import samples
from eval.types import Generation, Prompt
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli

BASE = ["--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS), "--no-progress"]
SENT = "\x00S\x00"
SCHEMA = "CREATE TABLE t (\n" + "".join(f"  c{i} integer, -- column {i}\n" for i in range(40)) + ");\n"


def _completion(question: str) -> Prompt:
    text = f"### Task\nAnswer [Q]{question}[/Q]\n\n### Schema\n{SCHEMA}\n### Answer\nfor [Q]{question}[/Q]\n"
    return Prompt(text=text, messages=(), template_name="t", template_hash="th", prompt_hash=samples._sha(text))


def _chat(question: str, instructions: str) -> Prompt:
    user = f"Database schema:\n{SCHEMA}\n" + (f"- {instructions}\n" if instructions else "") + f"\nQuestion: {question}"
    messages = ({"role": "system", "content": "You write SQL. " * 30}, {"role": "user", "content": user})
    return Prompt(text="\n\n".join(m["content"] for m in messages), messages=messages, template_name="chat",
                  template_hash="ch", prompt_hash=samples._sha(json.dumps(messages, sort_keys=True)))


def test_store_round_trips_and_stores_shared_text_once(tmp_path):
    store = samples.PromptStore(tmp_path)
    probe_c, probe_m = _completion(SENT), _chat(SENT, SENT)
    prompts = [_completion("How many?"), _completion("Which ones? [Q] {x}"),
               _chat("How many?", ""), _chat("Which?", "Use c1.")]
    keys = [store.add(p, probe_m if p.messages else probe_c, SENT) for p in prompts]
    assert store.add(prompts[0], probe_c, SENT) == keys[0]  # the same prompt again: nothing written
    store.close()
    lines = [json.loads(x) for x in (tmp_path / samples.STORE).read_text().splitlines()]
    assert sum("prompt" in x for x in lines) == 4
    texts = [x["text"] for x in lines if "part" in x]
    assert sum(SCHEMA in t for t in texts) == 2  # once for the completion template, once for the chat one
    got = samples.load_prompts(tmp_path)
    for k, p in zip(keys, prompts):
        assert got[k]["text"] == p.text
        assert got[k]["messages"] == ([dict(m) for m in p.messages] if p.messages else None)
    assert (tmp_path / samples.STORE).stat().st_size < sum(len(p.text) for p in prompts)


def test_store_reopened_after_a_torn_line_appends_cleanly(tmp_path):
    store = samples.PromptStore(tmp_path)
    a = store.add(_completion("A?"), _completion(SENT), SENT)
    store.close()
    with open(tmp_path / samples.STORE, "a") as f:
        f.write('{"prompt": "torn')  # a run killed mid-line
    store = samples.PromptStore(tmp_path)
    assert a in store.known
    b = store.add(_completion("B?"), _completion(SENT), SENT)
    store.close()
    got = samples.load_prompts(tmp_path)
    assert set(got) == {a, b} and got[b]["text"] == _completion("B?").text


def test_sample_fields():
    gen = Generation(question_id="q", sql="SELECT 1", raw_output="```sql\nSELECT 1\n```", extraction_notes=("fenced",))
    assert samples.sample_fields(gen, "abc") == {"prompt_sha256": "abc", "raw_completion": "```sql\nSELECT 1\n```",
                                                 "extraction_notes": ["fenced"]}
    assert samples.sample_fields(Generation(question_id="q", sql="x"), "")["prompt_sha256"] == ""


@pytest.fixture(scope="module")
def api_run(pg_root, tmp_path_factory):
    pytest.importorskip("openai")
    from tests.helpers.fake_api_server import FakeAPIServer, fenced

    out = tmp_path_factory.mktemp("samples") / "run"
    answer = "Sure.\n" + fenced("SELECT name FROM shops")
    with FakeAPIServer(default_answer=answer) as api:
        r = run_cli(["--model", "openai", "--api-model", "gpt-4o", "--base-url", api.openai_base_url, "--no-cache",
                     *BASE, "-q", "-o", str(out)], env={"OPENAI_API_KEY": "sk-test-samples-0000"})
        sent = [req.body["messages"] for req in api.requests]
    assert r.returncode == 0, r.stderr
    return out, sent, answer


def test_records_name_the_exact_prompt_and_keep_the_raw_completion(api_run):
    out, sent, answer = api_run
    recs = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    prompts = samples.load_prompts(out)
    assert len(recs) == 21 and len(prompts) == 21
    assert sorted(json.dumps(prompts[r["prompt_sha256"]]["messages"], sort_keys=True) for r in recs) == \
        sorted(json.dumps(m, sort_keys=True) for m in sent)  # exactly what the API received
    for r in recs:
        assert r["raw_completion"] == answer and r["generated_query"].startswith("SELECT name FROM shops")
        assert "fenced" in r["extraction_notes"]
    store = [json.loads(x) for x in (out / "prompts.jsonl").read_text().splitlines()]
    assert sum("part" in x for x in store) == 2  # one schema part per database (bakery, transit)
    assert (out / "prompts.jsonl").stat().st_size < sum(len(json.dumps(m)) for m in sent)
    assert "raw_completion" not in (out / "results.csv").read_text().splitlines()[0]  # JSONL only


def test_html_drill_down_shows_prompt_and_raw_completion(api_run, tmp_path):
    out, _, _ = api_run
    r = run_cli(["report", str(out), "--out", str(tmp_path)])
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "report.html").read_text()
    assert html.count("<h4>Prompt</h4>") == 21 and html.count("Raw completion (before extraction)") == 21
    assert "Question: How many units were sold in total per shop?" in html
    assert 'id="prompt-parts"' in html and html.count('<a class="part" href="#part-') >= 21
    assert "Sure." in html and "<code>fenced</code>" in html


def test_gold_and_replay_records_have_empty_samples(pg_root, tmp_path):
    r = run_cli([*BASE, "-q", "-o", str(tmp_path / "g")])
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "g" / "results.jsonl").read_text().splitlines()[0])
    assert (rec["prompt_sha256"], rec["raw_completion"], rec["extraction_notes"]) == ("", "", [])
    assert not (tmp_path / "g" / "prompts.jsonl").exists()


def test_generate_only_then_replay_keeps_the_raw_completion(pg_root, tmp_path):
    pytest.importorskip("openai")
    from tests.helpers.fake_api_server import FakeAPIServer, fenced

    with FakeAPIServer(default_answer="Sure.\n" + fenced("SELECT 1")) as api:
        r = run_cli(["--model", "openai", "--api-model", "gpt-4o", "--base-url", api.openai_base_url, "--no-cache",
                     *BASE, "-q", "--generate-only", "-o", str(tmp_path / "gen")], env={"OPENAI_API_KEY": "sk-test-0000"})
    assert r.returncode == 0, r.stderr
    pred = json.loads((tmp_path / "gen" / "predictions.jsonl").read_text().splitlines()[0])
    assert pred["raw_completion"].startswith("Sure.") and pred["prompt_sha256"] in samples.load_prompts(tmp_path / "gen")
    r = run_cli(["--model", "replay", "--predictions", str(tmp_path / "gen" / "predictions.jsonl"), *BASE, "-q",
                 "-o", str(tmp_path / "s")])
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "s" / "results.jsonl").read_text().splitlines()[0])
    assert rec["raw_completion"].startswith("Sure.") and "fenced" in rec["extraction_notes"]
