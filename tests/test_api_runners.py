"""The openai / anthropic runners, with the real SDKs, over real HTTP to tests/helpers/fake_api_server.py.

Every fake API server here listens on 127.0.0.1 and is started by the test.  Retry waits are the SDKs'
own (0.5 s first backoff), so a few tests take a second or two; nothing asserts an upper bound
on time.
"""
from __future__ import annotations

import pytest

from eval.errors import UsageError
from eval.cli.parser import build_parser
from eval.types import GenRequest, Prompt, Question
from runners import runner_class
from runners._api import (
    PLACEHOLDER_KEY, Pricing, cost_cents, error_text, extract_sql, first_statement, lookup_price,
    resolve_pricing, safe_url, scrub,
)
from tests.helpers.fake_api_server import FakeAPIServer, count_tokens, fenced, prose

OPENAI_KEY = "sk-test-0penAIsecretKEY1234567890"
ANTHROPIC_KEY = "sk-ant-test-ANTHROPICsecret987654321"
SYSTEM = "You are a PostgreSQL expert. Answer with one SQL query."


# --------------------------------------------------------------------------- helpers


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No real keys, proxies or SDK config from the developer's environment."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_ADMIN_KEY",
                "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL", "ANTHROPIC_PROFILE",
                "ANTHROPIC_CUSTOM_HEADERS", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy",
                "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("ANTHROPIC_CONFIG_DIR", str(tmp_path / "anthropic-config"))


@pytest.fixture
def api():
    srv = FakeAPIServer(
        answers={
            "how many users": fenced("SELECT COUNT(*) FROM users"),
            "list the orders": prose("SELECT id, total FROM orders ORDER BY id"),
            "plain fence": "```\nSELECT name FROM products\n```",
            "not sql": "I do not know.",
        },
        retry_after="1.5",
    ).start()
    yield srv
    srv.stop()


def make_runner(kind: str, srv: FakeAPIServer, *extra: str, base_url: str | None = None):
    url = base_url or (srv.openai_base_url if kind == "openai" else srv.url)
    model = "gpt-4o" if kind == "openai" else "claude-haiku-4-5"
    args = build_parser().parse_args(["--model", kind, "--api-model", model, "--base-url", url, *extra])
    return runner_class(kind)(args)


def request(question: str, qid: str = "q1") -> GenRequest:
    q = Question(id=qid, db="shop", category="where", question=question, gold=("SELECT 1",), gold_raw="SELECT 1")
    user = f"Schema: CREATE TABLE users (id int);\nQuestion: {question}"
    p = Prompt(text=f"{SYSTEM}\n{user}", messages=({"role": "system", "content": SYSTEM},
                                                    {"role": "user", "content": user}),
               template_name="chat", template_hash="th", prompt_hash=f"ph-{qid}")
    return GenRequest(q, p)


def generate_one(runner, question: str):
    try:
        gens = list(runner.generate([request(question)]))
    finally:
        runner.close()
    assert len(gens) == 1
    return gens[0]


BOTH = pytest.mark.parametrize("kind", ["openai", "anthropic"])


# --------------------------------------------------------------------------- SQL extraction


@pytest.mark.parametrize("text, sql", [
    ("Here it is:\n```sql\nSELECT a FROM t;\n```\nDone.", "SELECT a FROM t"),
    ("```SQL\nselect 1; select 2\n```", "select 1"),
    ("```postgresql\nSELECT 2\n```", "SELECT 2"),
    ("```python\nprint(1)\n```\n```sql\nSELECT 3\n```", "SELECT 3"),
    ("```\nSELECT b FROM t\n```", "SELECT b FROM t"),
    ("```sql\n\n```\n```\nSELECT 4\n```", "SELECT 4"),
    ("```sql\nSELECT a FROM t WHERE x > 1", "SELECT a FROM t WHERE x > 1"),  # cut by the token limit
    ("The query is:\nSELECT a\nFROM t\nWHERE b = 1;\nIt filters on b.", "SELECT a\nFROM t\nWHERE b = 1"),
    ("Answer: SELECT name FROM users WHERE id = 1 which returns the name.", "SELECT name FROM users WHERE id = 1"),
    ("SELECT a\nFROM t\nThis query returns every a.", "SELECT a\nFROM t"),
    ("SELECT a FROM t\n\nExplanation: it selects a; then stops", "SELECT a FROM t"),
    ("WITH x AS (SELECT 1 AS v) SELECT v FROM x", "WITH x AS (SELECT 1 AS v) SELECT v FROM x"),
    ("we select the rows: select a from t", "select a from t"),
    ("```sql\nSELECT 'a;b', \"c;d\" -- e;\n, $$f;$$ FROM t; DROP TABLE t;\n```",
     "SELECT 'a;b', \"c;d\" -- e;\n, $$f;$$ FROM t"),
    ("```sql\nSELECT 'it''s; fine' /* ; */ FROM t;\n```", "SELECT 'it''s; fine' /* ; */ FROM t"),
    ("I do not know", None),
    ("", None),
    ("   \n ", None),
])
def test_extract_sql(text, sql):
    assert extract_sql(text) == sql


def test_prose_is_never_cut_before_a_sql_keyword():
    # a clause is kept even where the parser would be happier without it
    text = "SELECT a FROM t WHERE a ~~~ 'x'"
    assert extract_sql(text) == text


def test_first_statement_keeps_unterminated_text():
    assert first_statement("SELECT '; unterminated") == "SELECT '; unterminated"
    assert first_statement("  SELECT 1  ") == "SELECT 1"


# --------------------------------------------------------------------------- pricing and secrets


def test_lookup_price_prefers_the_longest_entry_at_a_dash():
    table = {"models": {"gpt-4": {"input": 30, "output": 60}, "gpt-4o": {"input": 2.5, "output": 10},
                        "gpt-4o-mini": {"input": 0.15, "output": 0.6}}}
    assert lookup_price("gpt-4o-2024-08-06", table) == ("gpt-4o", 2.5, 10.0)
    assert lookup_price("gpt-4o-mini-2024-07-18", table) == ("gpt-4o-mini", 0.15, 0.6)
    assert lookup_price("gpt-4-0613", table) == ("gpt-4", 30.0, 60.0)
    assert lookup_price("openai/gpt-4o", table) == ("gpt-4o", 2.5, 10.0)
    assert lookup_price("gpt-4.1", table) is None  # never gpt-4's price
    assert lookup_price("llama3", table) is None


def test_shipped_price_table_covers_the_common_models():
    for model in ("gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4-turbo", "gpt-4", "gpt-3.5-turbo",
                  "claude-3-5-sonnet-20241022", "claude-3-5-haiku-20241022", "claude-sonnet-4-20250514",
                  "claude-opus-4-20250514"):
        pricing = resolve_pricing(model, None, None)
        assert pricing.source.startswith("prices.json:"), model
        assert pricing.usd_in_per_mtok > 0 and pricing.usd_out_per_mtok >= pricing.usd_in_per_mtok


def test_price_overrides_and_unknown_models():
    assert resolve_pricing("mystery-7b", None, None) == Pricing(0.0, 0.0, "unknown")
    both = resolve_pricing("mystery-7b", 1.0, 2.0)
    assert (both.usd_in_per_mtok, both.usd_out_per_mtok, both.source) == (1.0, 2.0, "--price-in/--price-out")
    half = resolve_pricing("gpt-4o", 1.0, None)
    assert (half.usd_in_per_mtok, half.usd_out_per_mtok) == (1.0, 10.0)
    with pytest.raises(UsageError, match="--price-out"):
        resolve_pricing("gpt-4o", None, -1.0)
    assert cost_cents(Pricing(2.5, 10.0, "x"), 1_000_000, 100_000) == pytest.approx(350.0)


def test_scrub_and_error_text_remove_keys():
    assert "secret" not in scrub("key=mysecretvalue!", ["mysecretvalue"])
    assert scrub("Authorization: Bearer abcdefgh12345678") == "Authorization: [REDACTED]"
    assert "sk-proj-" not in scrub("Incorrect API key provided: sk-proj-AAAABBBBCCCCDDDD1234")
    err = error_text(ValueError(f"bad key {OPENAI_KEY}"), [OPENAI_KEY])
    assert err.startswith("ValueError: bad key ") and OPENAI_KEY not in err


def test_safe_url_drops_credentials():
    assert safe_url("https://user:pw@example.test:8443/v1?key=abc#x") == "https://example.test:8443/v1"
    assert safe_url(None) is None


# --------------------------------------------------------------------------- construction


def test_missing_key_without_base_url_is_a_usage_error():
    for kind, var in (("openai", "OPENAI_API_KEY"), ("anthropic", "ANTHROPIC_API_KEY")):
        args = build_parser().parse_args(["--model", kind, "--api-model", "m"])
        with pytest.raises(UsageError, match=var):
            runner_class(kind)(args)


@BOTH
def test_missing_api_model_is_a_usage_error(kind):
    with pytest.raises(UsageError, match="--api-model"):
        runner_class(kind)(build_parser().parse_args(["--model", kind, "--base-url", "http://127.0.0.1:9/v1"]))


@pytest.mark.parametrize("flags, message", [
    (["--base-url", "ftp://127.0.0.1/x"], "--base-url"),
    (["--base-url", "not a url"], "--base-url"),
    (["--base-url", "http://127.0.0.1:9/v1", "--max-retries", "-1"], "--max-retries"),
    (["--base-url", "http://127.0.0.1:9/v1", "--temperature", "3"], "--temperature"),
    (["--base-url", "http://127.0.0.1:9/v1", "--price-in", "-2"], "--price-in"),
])
def test_bad_flags_are_usage_errors(flags, message):
    with pytest.raises(UsageError, match=message):
        runner_class("openai")(build_parser().parse_args(["--model", "openai", "--api-model", "gpt-4o", *flags]))


def test_runner_modules_do_not_import_the_sdks():
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys, runners.openai_api, runners.anthropic_api; "
            "print(sorted(m for m in ('openai', 'anthropic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_describe_has_no_credentials(api, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    url = api.openai_base_url.replace("http://", "http://alice:hunter2pw@") + "?token=abc123"
    runner = make_runner("openai", api, "--temperature", "0.2", "--max-new-tokens", "128", base_url=url)
    info = runner.describe()
    runner.close()
    text = repr(info)
    assert OPENAI_KEY not in text and "hunter2pw" not in text and "abc123" not in text
    assert info["model_id"] == "gpt-4o"
    assert info["base_url"] == api.openai_base_url
    assert info["generation"] == {"base_url": api.openai_base_url, "temperature": 0.2, "max_tokens": 128}
    assert info["prices"]["usd_in_per_mtok"] == 2.5 and info["prices"]["source"].startswith("prices.json:gpt-4o")


def test_unknown_model_costs_nothing_and_says_so(api):
    args = build_parser().parse_args(["--model", "openai", "--api-model", "local-coder-7b",
                                      "--base-url", api.openai_base_url])
    runner = runner_class("openai")(args)
    gen = generate_one(runner, "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users" and gen.tokens_in > 0
    assert gen.cost_cents == 0.0
    assert any("no price known" in note for note in runner.describe()["notes"])


def test_reasoning_models_get_no_temperature(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    args = build_parser().parse_args(["--model", "openai", "--api-model", "o3-mini"])
    runner = runner_class("openai")(args)
    info = runner.describe()
    runner.close()
    assert info["generation"]["temperature"] is None
    assert any("temperature" in note for note in info["notes"])


# --------------------------------------------------------------------------- answers over HTTP


@BOTH
def test_fenced_answer_tokens_and_cost(kind, api):
    runner = make_runner(kind, api)
    gen = generate_one(runner, "How many users are there?")
    assert gen.error == ""
    assert gen.sql == "SELECT COUNT(*) FROM users"
    assert "```sql" in gen.raw_output
    seen = api.requests
    assert len(seen) == 1 and gen.retries == 0
    assert gen.tokens_in == count_tokens(seen[0].prompt) > 0
    assert gen.tokens_out == count_tokens(fenced("SELECT COUNT(*) FROM users"))
    p_in, p_out = (2.5, 10.0) if kind == "openai" else (1.0, 5.0)
    assert gen.cost_cents == pytest.approx((gen.tokens_in * p_in + gen.tokens_out * p_out) / 1e6 * 100)
    assert gen.latency_s > 0 and gen.cached is False


@BOTH
def test_prose_and_plain_fence_answers(kind, api):
    assert generate_one(make_runner(kind, api), "List the orders by id").sql == \
        "SELECT id, total FROM orders ORDER BY id"
    assert generate_one(make_runner(kind, api), "Answer in a plain fence").sql == "SELECT name FROM products"


@BOTH
def test_abstention_is_an_answer_not_an_error(kind, api):
    """"I do not know." is an abstention (scored "abstained", docs/SCORING.md), not a generation error."""
    gen = generate_one(make_runner(kind, api), "this is not sql territory")
    assert gen.sql is None and gen.error == "" and gen.abstained is True
    assert gen.raw_output == "I do not know."


def test_openai_request_shape(api):
    generate_one(make_runner("openai", api, "--temperature", "0.3", "--max-new-tokens", "77"), "how many users")
    body = api.requests[0].body
    assert api.requests[0].path == "/v1/chat/completions"
    assert body["model"] == "gpt-4o" and body["temperature"] == 0.3 and body["max_tokens"] == 77
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["messages"][0]["content"] == SYSTEM


def test_anthropic_request_shape_system_apart(api):
    runner = make_runner("anthropic", api, "--max-new-tokens", "99")
    generate_one(runner, "how many users")
    body = api.requests[0].body
    assert api.requests[0].path == "/v1/messages"
    assert body["system"] == SYSTEM
    assert [m["role"] for m in body["messages"]] == ["user"]
    assert body["max_tokens"] == 99 and "temperature" not in body
    assert runner.describe()["generation"]["temperature"] is None


def test_base_urls_are_normalized(api):
    # OpenAI-compatible servers serve under /v1; the Anthropic SDK adds /v1 itself
    gen = generate_one(make_runner("openai", api, base_url=api.url), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users"
    gen = generate_one(make_runner("anthropic", api, base_url=api.url + "/v1/"), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users"
    assert [r.path for r in api.requests] == ["/v1/chat/completions", "/v1/messages"]


# --------------------------------------------------------------------------- keys


@BOTH
def test_key_is_sent_but_never_reported(kind, api, monkeypatch):
    key = OPENAI_KEY if kind == "openai" else ANTHROPIC_KEY
    monkeypatch.setenv("OPENAI_API_KEY" if kind == "openai" else "ANTHROPIC_API_KEY", key)
    api.set(script=["echo_auth"])
    runner = make_runner(kind, api)
    gen = generate_one(runner, "how many users")
    headers = api.requests[0].headers
    assert key in (headers.get("authorization", "") + headers.get("x-api-key", ""))
    assert gen.sql is None and gen.error.startswith("AuthenticationError:")
    assert "Incorrect API key" in gen.error
    assert key not in gen.error and key not in repr(gen) and key not in repr(runner.describe())


@BOTH
def test_base_url_without_key_sends_a_placeholder(kind, api):
    gen = generate_one(make_runner(kind, api), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users"
    headers = api.requests[0].headers
    assert PLACEHOLDER_KEY in (headers.get("authorization", "") + headers.get("x-api-key", ""))


# --------------------------------------------------------------------------- faults and retries


@BOTH
def test_429_waits_for_retry_after(kind, api):
    api.set(script=["429"])  # Retry-After: 1.5 (the SDKs' own first backoff is at most 0.5 s)
    gen = generate_one(make_runner(kind, api), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users" and gen.error == ""
    assert gen.retries == 1
    first, second = api.requests
    assert (first.fault, second.fault) == ("429", None)
    assert second.headers.get("x-stainless-retry-count") == "1"
    assert second.started - first.ended >= 1.4  # a lower bound: the client waited as told


@BOTH
@pytest.mark.parametrize("fault", ["500", "503", "reset"])
def test_server_errors_and_resets_are_retried(kind, fault, api):
    api.set(faults_for={"how many users": [fault, fault]})
    gen = generate_one(make_runner(kind, api), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users" and gen.error == ""
    assert gen.retries == 2
    assert [r.fault for r in api.requests] == [fault, fault, None]


@BOTH
def test_retries_exhausted_gives_an_error_record(kind, api):
    api.set(faults_for={"how many users": ["500"] * 5})
    gen = generate_one(make_runner(kind, api, "--max-retries", "2"), "how many users")
    assert gen.sql is None
    assert gen.error.startswith("InternalServerError:")
    assert gen.retries == 2 and len(api.requests) == 3


@BOTH
def test_hang_past_the_timeout_is_retried(kind, api):
    api.set(faults_for={"how many users": ["hang"]}, hang_s=3.0)
    gen = generate_one(make_runner(kind, api, "--request-timeout", "0.5"), "how many users")
    assert gen.sql == "SELECT COUNT(*) FROM users" and gen.error == ""
    assert gen.retries == 1
    assert [r.fault for r in api.requests] == ["hang", None]


@BOTH
def test_hang_every_time_ends_in_a_timeout_error(kind, api):
    api.set(faults_for={"how many users": ["hang", "hang"]}, hang_s=3.0)
    gen = generate_one(make_runner(kind, api, "--request-timeout", "0.5", "--max-retries", "1"),
                       "how many users")
    assert gen.sql is None
    assert gen.error.startswith("APITimeoutError:")
    assert gen.retries == 1


@BOTH
def test_malformed_json_is_an_error_record(kind, api):
    api.set(script=["malformed"])
    gen = generate_one(make_runner(kind, api), "how many users")
    assert gen.sql is None and gen.error
    assert "JSON" in gen.error or "Expecting" in gen.error
    assert gen.retries == 0


@BOTH
def test_empty_completion_is_an_error_record(kind, api):
    api.set(script=["empty"])
    gen = generate_one(make_runner(kind, api), "how many users")
    assert gen.sql is None
    assert gen.error.startswith("EmptyCompletion:")
    assert gen.tokens_in > 0 and gen.tokens_out == 0  # the prompt was still paid for


@BOTH
def test_missing_prompt_is_an_error_record(kind, api):
    runner = make_runner(kind, api)
    q = request("how many users").question
    gens = list(runner.generate([GenRequest(q, None)]))
    runner.close()
    assert gens[0].sql is None and gens[0].error.startswith("NoPrompt:")
    assert api.requests == []


# --------------------------------------------------------------------------- concurrency


@BOTH
@pytest.mark.parametrize("concurrency", [1, 3])
def test_concurrency_requests_in_flight(kind, concurrency, api):
    # every reply is held until `concurrency` requests are in flight at once (at most 5 s), so the
    # server sees exactly that many, never more
    api.set(fail_rate=1.0, fail_faults=("gate",), gate_n=concurrency, hang_s=5.0)
    runner = make_runner(kind, api, "--concurrency", str(concurrency))
    try:
        gens = list(runner.generate(request(f"how many users #{i}", qid=f"q{i}") for i in range(7)))
    finally:
        runner.close()
    assert sorted(g.question_id for g in gens) == sorted(f"q{i}" for i in range(7))
    assert all(g.sql == "SELECT COUNT(*) FROM users" for g in gens)
    assert api.max_in_flight == concurrency
    assert len(api.requests) == 7


def test_generate_is_lazy_and_resumable(api):
    runner = make_runner("openai", api, "--concurrency", "2")
    try:
        taken = []

        def feed():
            for i in range(6):
                taken.append(i)
                yield request(f"how many users #{i}", qid=f"q{i}")

        it = runner.generate(feed())
        first = next(it)
        assert first.sql == "SELECT COUNT(*) FROM users"
        assert len(taken) <= 3  # at most `concurrency` taken ahead of what was yielded
        rest = list(it)
    finally:
        runner.close()
    assert len(rest) == 5


@BOTH
def test_random_faults_all_recovered_and_retries_counted(kind, api):
    """Hardening: 30 % of calls fail (429/500/503/reset, seeded per prompt and attempt)."""
    api.set(fail_rate=0.3, fail_faults=("429", "500", "503", "reset"), seed=11, retry_after="0.05")
    runner = make_runner(kind, api, "--concurrency", "6", "--max-retries", "8")
    try:
        gens = list(runner.generate(request(f"how many users #{i}", qid=f"q{i}") for i in range(16)))
    finally:
        runner.close()
    assert len(gens) == 16
    assert all(g.error == "" and g.sql == "SELECT COUNT(*) FROM users" for g in gens)
    for g in gens:
        n = int(g.question_id[1:])
        sent = [r for r in api.requests if r.prompt.endswith(f"how many users #{n}")]
        assert g.retries == len(sent) - 1, g.question_id
    assert sum(g.retries for g in gens) > 0
    assert sum(1 for r in api.requests if r.fault) == sum(g.retries for g in gens)


# --------------------------------------------------------------------------- the CLI, end to end


def test_cli_end_to_end_with_cache(api, pg_root, tmp_path):
    """run_eval.py --model openai against the fake server: scored results, retries, no key on disk,
    and a second run answered from the generation cache without a single request."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    api.set(answers={
        "units were sold in total per shop": fenced(
            "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"),
        "average price per product category": prose("SELECT category, AVG(price) FROM products GROUP BY category"),
        "lines of each mode": fenced("SELECT mode FROM network.lines"),  # wrong: a column short
    }, script=["429", "500"], retry_after="0.1")
    env = dict(os.environ, OPENAI_API_KEY=OPENAI_KEY)

    def run(out: Path):
        return subprocess.run(
            [sys.executable, str(repo / "run_eval.py"), "--model", "openai", "--api-model", "gpt-4o",
             "--base-url", api.openai_base_url, "--schemas", str(repo / "tests/fixtures/sqleval"),
             "--questions", str(repo / "tests/fixtures/questions_sqleval.csv"), "--limit", "3",
             "--output", str(out), "--cache-dir", str(tmp_path / "cache"), "--no-progress"],
            capture_output=True, text=True, env=env, cwd=repo, timeout=300)

    first = run(tmp_path / "run1")
    assert first.returncode == 0, first.stderr[-2000:]
    records = [json.loads(line) for line in (tmp_path / "run1" / "results.jsonl").read_text().splitlines()]
    assert len(records) == 3
    by_question = {r["question"]: r for r in records}
    assert by_question["What is the average price per product category?"]["correct"] == 1
    assert by_question["How many lines of each mode are there?"]["correct"] == 0
    assert sum(r["correct"] for r in records) == 2
    assert sum(r["retries"] for r in records) == 2  # the 429 and the 500, whichever questions met them
    assert all(r["tokens_in"] > 0 and r["cost_in_cents"] > 0 and r["error_query_gen"] == 0 for r in records)
    summary = json.loads((tmp_path / "run1" / "summary.json").read_text())
    assert summary["model_info"]["model_id"] == "gpt-4o"
    requests_after_first = len(api.requests)
    assert requests_after_first == 5

    second = run(tmp_path / "run2")
    assert second.returncode == 0, second.stderr[-2000:]
    assert len(api.requests) == requests_after_first  # every answer came from the cache
    again = [json.loads(line) for line in (tmp_path / "run2" / "results.jsonl").read_text().splitlines()]
    assert sorted((r["question_id"], r["generated_query"], r["correct"]) for r in again) == \
        sorted((r["question_id"], r["generated_query"], r["correct"]) for r in records)

    for path in [*(tmp_path / "run1").rglob("*"), *(tmp_path / "run2").rglob("*"), *(tmp_path / "cache").rglob("*")]:
        if path.is_file():
            assert OPENAI_KEY.encode() not in path.read_bytes(), path
    assert OPENAI_KEY not in first.stdout + first.stderr + second.stdout + second.stderr


def test_cli_survives_a_flaky_api(api, pg_root, tmp_path):
    """Hardening, end to end: 30 % of calls fail (429 with Retry-After, 500, reset, a hang past the
    timeout, malformed JSON, an empty completion).  The run finishes; every question is either scored
    or marked error_query_gen with the error text; retry counts are in the results."""
    import csv
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    api.set(default_answer=fenced("SELECT name FROM shops WHERE city = 'Paris'"), fail_rate=0.3,
            fail_faults=("429", "500", "reset", "hang", "malformed", "empty"), seed=5, retry_after="0.05", hang_s=3.0)
    r = subprocess.run(
        [sys.executable, str(repo / "run_eval.py"), "--model", "openai", "--api-model", "gpt-4o",
         "--base-url", api.openai_base_url, "--schemas", str(repo / "tests/fixtures/sqleval"),
         "--questions", str(repo / "tests/fixtures/questions_sqleval.csv"), "--request-timeout", "1",
         "--max-retries", "2", "--concurrency", "4", "--no-cache", "--output", str(tmp_path / "run"), "--no-progress"],
        capture_output=True, text=True, env=dict(os.environ, OPENAI_API_KEY=OPENAI_KEY), cwd=repo, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    rows = list(csv.DictReader(open(tmp_path / "run" / "results.csv")))
    assert len(rows) == 21
    failed = [x for x in rows if x["error_query_gen"] == "1"]
    scored = [x for x in rows if x["error_query_gen"] == "0"]
    assert all(x["error_msg"] and x["generated_query"] == "" and x["correct"] == "0" for x in failed)
    assert all(x["generated_query"] for x in scored)
    assert failed, "with malformed and empty replies some questions must fail"
    assert sum(int(x["retries"]) for x in rows) > 0
    assert any(x["question"] == "Which shops are in Paris?" and x["correct"] == "1" for x in scored) or \
        any(x["question"] == "Which shops are in Paris?" for x in failed)


# --------------------------------------------------------------------------- --samples K (issue #17)


def test_openai_asks_for_n_samples_in_one_request(api):
    import dataclasses

    api.set(answers={"how many users": [fenced("SELECT COUNT(*) FROM users"), fenced("SELECT count(id) FROM users"),
                                        "I do not know."]})
    runner = make_runner("openai", api, "--samples", "3", "--temperature", "0.8", "--top-p", "0.9", "--seed", "7")
    try:
        gens = list(runner.generate_samples([dataclasses.replace(request("How many users?"), samples=(0, 1, 2))]))
    finally:
        runner.close()
    assert len(api.requests) == 1
    body = api.requests[0].body
    assert body["n"] == 3 and body["temperature"] == 0.8 and body["top_p"] == 0.9 and body["seed"] == 7
    by = {g.sample: g for g in gens}
    assert sorted(by) == [0, 1, 2]
    assert by[0].sql == "SELECT COUNT(*) FROM users" and by[1].sql == "SELECT count(id) FROM users" and by[2].abstained
    assert by[0].tokens_in > 0 and by[1].tokens_in == by[2].tokens_in == 0  # the prompt is billed once
    assert sum(g.tokens_out for g in gens) == sum(len(t.split()) for t in (fenced("SELECT COUNT(*) FROM users"),
                                                                          fenced("SELECT count(id) FROM users"), "I do not know."))


def test_anthropic_sends_one_request_per_sample(api):
    import dataclasses

    api.set(answers={"how many users": [fenced("SELECT 1"), fenced("SELECT 2")]})
    runner = make_runner("anthropic", api, "--samples", "3")
    try:
        gens = list(runner.generate_samples([dataclasses.replace(request("How many users?"), samples=(0, 2))]))
    finally:
        runner.close()
    assert len(api.requests) == 2 and all("n" not in r.body and "temperature" not in r.body for r in api.requests)
    assert sorted(g.sample for g in gens) == [0, 2] and {g.sql for g in gens} == {"SELECT 1", "SELECT 2"}


@pytest.mark.parametrize("kind", ["openai", "anthropic"])
def test_cli_samples_5_with_n_or_repeated_requests_and_the_cache(kind, api, pg_root, tmp_path):
    """--samples 5 end to end against the loopback server: openai in one request per question (n=5),
    anthropic in five; every sample scored, equivalent SQL one answer for maj@5; a second run over more
    questions pays only for the new question's samples (the cache holds each sample index)."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    gold = "SELECT s.name, SUM(x.quantity) AS units FROM shops s JOIN sales x ON x.shop_id = s.shop_id GROUP BY s.name"
    api.set(answers={
        "units were sold in total per shop": [fenced("SELECT 1"), fenced(gold), fenced(f"SELECT * FROM ({gold}) AS t"),
                                               prose(gold.lower()), fenced("SELECT name FROM shops")],
        "average price per product category": fenced("SELECT category, AVG(price) FROM products GROUP BY category"),
        "lines of each mode": [fenced("SELECT mode FROM network.lines"), fenced("SELECT 2")],
    })
    env = dict(os.environ, OPENAI_API_KEY=OPENAI_KEY, ANTHROPIC_API_KEY=ANTHROPIC_KEY)
    model = "gpt-4o" if kind == "openai" else "claude-haiku-4-5"
    url = api.openai_base_url if kind == "openai" else api.url

    def run(out: Path, limit: str):
        return subprocess.run(
            [sys.executable, str(repo / "run_eval.py"), "--model", kind, "--api-model", model, "--base-url", url,
             "--schemas", str(repo / "tests/fixtures/sqleval"), "--questions", str(repo / "tests/fixtures/questions_sqleval.csv"),
             "--limit", limit, "--output", str(out), "--cache-dir", str(tmp_path / "cache"), "--no-progress",
             "--samples", "5", "--temperature", "0.7"],
            capture_output=True, text=True, env=env, cwd=repo, timeout=300)

    first = run(tmp_path / "run1", "1")
    assert first.returncode == 0, first.stderr[-2000:]
    assert len(api.requests) == (1 if kind == "openai" else 5)
    (rec,) = [json.loads(x) for x in (tmp_path / "run1" / "results.jsonl").read_text().splitlines()]
    # anthropic's five requests may reach the server in any order (workers), so which sample index got
    # which listed answer is not fixed: the three equivalent right answers are one vote whatever their places
    right_samples = [s for s in rec["samples"] if s["correct"] == 1]
    assert sorted(s["correct"] for s in rec["samples"]) == [0, 0, 1, 1, 1]
    assert len({s["vote"] for s in right_samples}) == 1
    assert rec["sample_metrics"]["maj@5"] == 1
    assert rec["sample_metrics"]["maj@1"] == rec["samples"][0]["correct"]
    assert rec["tokens_in"] > 0 and rec["cost_in_cents"] > 0
    seen = len(api.requests)
    second = run(tmp_path / "run2", "3")
    assert second.returncode == 0, second.stderr[-2000:]
    assert len(api.requests) - seen == (2 if kind == "openai" else 10)  # only the two new questions
    recs = {r["question"]: r for r in (json.loads(x) for x in (tmp_path / "run2" / "results.jsonl").read_text().splitlines())}
    assert recs[rec["question"]]["cached"] == 1 and recs[rec["question"]]["samples"] == \
        [dict(s, cached=1) for s in rec["samples"]]
    assert all(len(r["samples"]) == 5 for r in recs.values())
    summary = json.loads((tmp_path / "run2" / "summary.json").read_text())
    assert summary["samples"]["overall"]["n"] == 3
    right = sum(r["sample_metrics"]["n_correct"] for r in recs.values())
    assert summary["samples"]["per_correct_sample"]["tokens"] == round(
        sum(r["tokens_in"] + r["tokens_out"] for r in recs.values()) / right, 2)
