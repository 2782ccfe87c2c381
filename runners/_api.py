"""Code shared by the HTTP API runners (runners/openai_api.py, runners/anthropic_api.py).

- :func:`extract_sql` turns a chat completion into one SQL statement (a thin wrapper of
  :func:`eval.sqltext.extract.extract_sql`, the rule every runner shares);
- :func:`resolve_pricing` / :func:`cost_cents` price a request from runners/prices.json;
- :func:`scrub` / :func:`error_text` keep API keys out of every message;
- :class:`APIRunner` owns what both runners share: flag validation, the API key, the thread
  pool (``--concurrency`` requests in flight), the per-question timing, token and retry
  accounting, and the rule that one failed question never stops the run.

Retry policy: the SDKs' own retry loop (``max_retries=--max-retries``), never a hand-written
one.  Both SDKs retry connection errors, timeouts, 408, 409, 429 and 5xx with exponential
backoff (0.5 s doubling, capped at 8 s, minus up to 25 % jitter) and wait exactly the
``Retry-After`` / ``retry-after-ms`` a server sends when it is at most two minutes.  A 200
reply whose body is not valid JSON, or that holds no text, is not retried: it is recorded as
the question's error.  Retries are counted per question by an httpx event hook that counts
the HTTP requests each worker thread sends (requests - 1 = retries), so the count is right
for failed questions too.

Exploring (``--explore``): the loop is runners/_explore.py; :meth:`APIRunner.attach_sandbox` hands
it the pipeline's sandbox and run folder, and each runner's ``_tool_turn`` speaks its wire format.

Importing this module imports neither SDK: the runners import them when constructed.
"""
from __future__ import annotations

import os
import re
import threading
import time
from abc import abstractmethod
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Iterable, Iterator, Optional
from urllib.parse import urlsplit, urlunsplit

from eval.sqltext import extract as _extract
from eval.config import DEFAULT_MAX_NEW_TOKENS
from eval.errors import UsageError
from eval.types import GenRequest, Generation, Prompt, Settings, SQLExecutor
from runners import _explore
from runners._api_samples import SamplesMixin
from runners.base import Runner
from runners._pricing import PRICES_FILE, Pricing, cost_cents, load_prices, lookup_price, resolve_pricing  # noqa: F401 - public here too


#: sent as the key to a --base-url server when the key variable is unset (vLLM, Ollama ... ignore it)
PLACEHOLDER_KEY = "no-key-set"

# --------------------------------------------------------------------------- SQL extraction
# One rule for every runner: eval/sqltext/extract.py decides where the SQL in a reply is and where its
# first statement ends (fences, [SQL] tags, <think> blocks, prose, PostgreSQL literals).


def first_statement(sql: str) -> str:
    """The text before the first top-level ``;`` (trimmed, without the ``;``): see
    :func:`eval.sqltext.extract.first_statement`."""
    return _extract.first_statement(sql)


def extract_sql(text: str) -> Optional[str]:
    """One SQL statement from a model's reply, or None when there is none (or the model
    abstained): ``eval.sqltext.extract.extract_sql(text).sql``; its notes go to
    ``Generation.extraction_notes`` in :meth:`APIRunner._generate_one`."""
    return _extract.extract_sql(text).sql


# --------------------------------------------------------------------------- pricing: runners/_pricing.py


# --------------------------------------------------------------------------- secrets

_KEY_SHAPES = re.compile(r"\b(?:sk|pk|rk)-(?:ant-)?[A-Za-z0-9_\-]{12,}|(?i:bearer)\s+[A-Za-z0-9._\-]{8,}")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret, and anything shaped like an API key or bearer token, masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[REDACTED]")
    return _KEY_SHAPES.sub("[REDACTED]", text)


def error_text(exc: BaseException, secrets: Iterable[str] = (), limit: int = 500) -> str:
    """``"<ExceptionType>: <message>"`` with keys scrubbed, on one line, at most ``limit`` chars."""
    message = " ".join(str(exc).split()) or repr(exc)
    cause = exc.__cause__ or exc.__context__
    # The SDKs' connection/timeout errors say only "Connection error." / "Request timed out.":
    # the underlying exception says which (reset, refused, read timeout ...).
    if cause is not None and len(message) < 40 and type(cause).__name__ not in message:
        message += f" (caused by {type(cause).__name__}: {' '.join(str(cause).split())})"
    text = scrub(f"{type(exc).__name__}: {message}", secrets)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` without user:password@, query string or fragment (they may hold credentials)."""
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


# --------------------------------------------------------------------------- the runner base


@dataclass
class Reply:
    """What one API call returned."""

    text: str
    tokens_in: int = 0
    tokens_out: int = 0
    finish_reason: str = ""


class _RequestCounter:
    """Counts the HTTP requests sent by the current thread (an httpx ``request`` event hook).

    The SDK's retry loop runs in the calling thread, and a worker thread handles one question at
    a time, so ``count - 1`` after a call is that question's retry count.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def reset(self) -> None:
        self._local.n = 0

    def __call__(self, request) -> None:  # httpx event hook signature
        self._local.n = getattr(self._local, "n", 0) + 1

    @property
    def count(self) -> int:
        return getattr(self._local, "n", 0)


class APIRunner(SamplesMixin, Runner):
    """Base of the chat API runners: subclasses build ``self._client`` and implement ``_complete``;
    --samples K is runners/_api_samples.py's."""

    default_template: ClassVar[str] = "chat"
    #: environment variable holding the API key
    key_env: ClassVar[str] = ""
    #: the SDK's pip name, for the "not installed" message
    sdk_package: ClassVar[str] = ""
    #: True when one request can return several completions (the API's ``n``): --samples K is then one
    #: request per question, else K requests
    supports_n: ClassVar[bool] = False

    def __init__(self, args: Settings):
        super().__init__(args)
        model = (args.api_model or "").strip()
        if not model:
            raise UsageError(f"--model {self.name} needs --api-model NAME (e.g. {self._example_model()})")
        self.model = model
        self.base_url = self._check_base_url(args.base_url)
        self.timeout_s = float(args.request_timeout)
        self.max_retries = args.max_retries
        if not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise UsageError(f"--max-retries must be an integer >= 0, got {self.max_retries}")
        self.temperature = float(args.temperature)
        if not 0.0 <= self.temperature <= 2.0:
            raise UsageError(f"--temperature must be between 0 and 2, got {self.temperature}")
        self.max_tokens = int(args.max_new_tokens or DEFAULT_MAX_NEW_TOKENS)
        self.top_p = args.top_p
        self.seed = args.seed
        self.concurrency = int(args.concurrency)
        self.pricing = resolve_pricing(model, args.price_in, args.price_out)
        self.notes: list[str] = []
        if self.pricing.source == "unknown":
            self.notes.append(f"no price known for model {model!r}: cost_cents is 0 "
                              "(give --price-in/--price-out, USD per million tokens)")

        key = os.environ.get(self.key_env, "").strip()
        if not key:
            if self.base_url is None:
                raise UsageError(f"--model {self.name}: set the {self.key_env} environment variable "
                                 "(or give --base-url for a server that needs no key)")
            key = PLACEHOLDER_KEY
        self._secrets = () if key == PLACEHOLDER_KEY else (key,)
        self._counter = _RequestCounter()
        try:
            self._client = self._make_client(key)
        except ImportError as exc:
            raise UsageError(f"--model {self.name} needs the {self.sdk_package} package: "
                             "pip install -r requirements-api.txt") from exc
        except Exception as exc:  # noqa: BLE001 - the SDK refusing its options: report without the key
            raise UsageError(f"--model {self.name}: cannot create the API client: {error_text(exc, self._secrets)}") from None
        self._pool: Optional[ThreadPoolExecutor] = None
        self._init_explore(args)

    # -- subclass hooks -------------------------------------------------------------------------

    def _example_model(self) -> str:
        return "gpt-4o"

    def _normalize_base_url(self, url: str) -> str:
        return url

    @abstractmethod
    def _make_client(self, api_key: str):
        """The SDK client for this API (the key comes from the environment)."""

    @abstractmethod
    def _complete(self, prompt: Prompt) -> Reply:
        """One request: the reply's text, token counts and retries."""

    def _complete_n(self, prompt: Prompt, n: int) -> list[Reply]:
        """One request for ``n`` completions (runners with ``supports_n``): the replies, the prompt's
        tokens on the first, the completion tokens as the API counted them, shared out evenly."""
        raise NotImplementedError(f"--model {self.name}: no n completions per request")

    def _tool_turn(self, prompt: Prompt, history: list) -> "_explore.Turn":
        """--explore: one request with the run_sql/answer tools over the conversation so far."""
        raise NotImplementedError(f"--model {self.name} cannot explore")

    # -- exploring (--explore) -------------------------------------------------------------------

    def _init_explore(self, args: Settings) -> None:
        self.explore: Optional[_explore.ExploreSettings] = None
        self.explores = bool(args.explore)
        self._sandbox: Optional[tuple] = None
        if not self.explores:
            return
        values = {"max_steps": args.max_steps, "max_rows": args.max_rows, "max_result_chars": args.max_result_chars,
                  "wall_s": float(args.explore_wall_s), "max_tokens": args.explore_tokens}
        for flag, key in (("--max-steps", "max_steps"), ("--max-rows", "max_rows"),
                          ("--max-result-chars", "max_result_chars"), ("--explore-tokens", "max_tokens")):
            if not isinstance(values[key], int) or values[key] <= 0:
                raise UsageError(f"{flag} must be an integer > 0, got {values[key]}")
        if not values["wall_s"] > 0:
            raise UsageError(f"--explore-wall-s must be > 0, got {values['wall_s']}")
        self.explore = _explore.ExploreSettings(**values)
        self.cacheable = False  # the trajectory file in the run folder is what a resumed run reuses

    def attach_sandbox(self, executor: SQLExecutor, instance0: dict, run_dir: Path) -> None:
        """Called by the pipeline before generating: exploratory queries run through ``executor`` on
        ``instance0[db]`` (instance 0 of each database); steps go to ``run_dir/trajectories.jsonl``."""
        if self._sandbox is not None:
            self._sandbox[2].close()
        store = _explore.TrajectoryStore(Path(run_dir) / _explore.TRAJECTORY_FILE)
        self._sandbox = (executor, dict(instance0), store)

    def _explore_one(self, request: GenRequest) -> Generation:
        qid = request.question.id
        if self._sandbox is None:
            raise RuntimeError("--explore: the pipeline gave the runner no sandbox (attach_sandbox)")
        executor, instance0, store = self._sandbox
        db = instance0[request.question.db]
        prompt = request.prompt

        def chat(history):
            self._counter.reset()
            t0 = time.perf_counter()
            turn = self._tool_turn(prompt, history)
            turn.latency_s = time.perf_counter() - t0
            turn.retries = max(0, self._counter.count - 1)
            return turn

        explorer = _explore.Explorer(self.explore, store, scrub=lambda t: scrub(t, self._secrets),
                                     cost=lambda i, o: cost_cents(self.pricing, i, o))
        out = explorer.run(qid, chat, lambda sql: executor.execute(db, sql),
                           error_text=lambda exc: error_text(exc, self._secrets))
        return Generation(
            question_id=qid, sql=out.sql, error=out.error, latency_s=out.latency_s, tokens_in=out.tokens_in,
            tokens_out=out.tokens_out, cost_cents=out.cost_cents, retries=out.retries,
            raw_output=scrub(out.raw_output, self._secrets), abstained=out.abstained,
            extraction_notes=out.extraction_notes,
            explore={"steps": out.steps, "tool_calls": out.tool_calls, "stop": out.stop, "replayed": out.replayed,
                     "trajectory": _explore.TRAJECTORY_FILE})

    def _explore_prompt(self, prompt: Prompt) -> list[dict]:
        """The prompt's messages with the exploring instructions appended to the last user message."""
        messages = [dict(m) for m in prompt.messages]
        for m in reversed(messages):
            if m.get("role") == "user":
                m["content"] = str(m.get("content", "")) + _explore.instructions(self.explore)
                break
        return messages

    # -- shared ----------------------------------------------------------------------------------

    def _check_base_url(self, url: Optional[str]) -> Optional[str]:
        if url is None:
            return None
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"--base-url must be an http:// or https:// URL with a host, got {safe_url(url)!r}")
        return self._normalize_base_url(url.rstrip("/"))

    def describe(self) -> dict:
        """Goes into summary.json; ``model_id`` and ``generation`` also key the generation cache."""
        info = {
            "runner": self.name,
            "model_id": self.model,
            "revision": None,
            "dtype": None,
            "generation": self.generation_params(),
            "base_url": safe_url(self.base_url),
            "concurrency": self.concurrency,
            "request_timeout_s": self.timeout_s,
            "max_retries": self.max_retries,
            "prices": self.pricing.to_dict(),
            "notes": list(self.notes),
        }
        if self.explore is not None:  # an explore run is its own entry in every report table
            info["explore"] = self.explore.to_dict()
            info["label"] = f"{self.model} explore"
        return info

    def generation_params(self) -> dict:
        """Everything that changes the model's answer (the cache key's ``params``)."""
        params = {"base_url": safe_url(self.base_url), "temperature": self.temperature,
                  "max_tokens": self.max_tokens}
        params.update({k: v for k, v in (("top_p", self.top_p), ("seed", self.seed)) if v is not None})
        if getattr(self, "explore", None) is not None:
            params["explore"] = self.explore.to_dict()
        return params

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        """Yield one Generation per request, in completion order, ``--concurrency`` in flight.

        ``requests`` is consumed lazily: at most ``concurrency`` requests are taken ahead.
        """
        yield from self._pooled((lambda r=r: [self._generate_one(r)]) for r in requests)

    def _pooled(self, jobs: Iterable) -> Iterator[Generation]:
        """Run each job (a callable returning Generations) on the pool, ``--concurrency`` in flight."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix=f"{self.name}-api")
        pending: set[Future] = set()
        try:
            for job in jobs:
                if len(pending) >= self.concurrency:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield from future.result()
                pending.add(self._pool.submit(job))
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        finally:  # the consumer stopped early: do not start what is still queued
            for future in pending:
                future.cancel()

    def _error_text(self, exc: BaseException) -> str:
        return error_text(exc, self._secrets)

    def _generate_one(self, request: GenRequest) -> Generation:
        qid = request.question.id
        if request.prompt is None or not request.prompt.messages:
            return Generation(question_id=qid, sql=None, error="NoPrompt: the request carries no chat messages")
        if self.explore is not None:
            return self._explore_one(request)
        self._counter.reset()
        started = time.perf_counter()
        try:
            reply = self._complete(request.prompt)
        except Exception as exc:  # noqa: BLE001 - one failed question never stops the run
            return Generation(question_id=qid, sql=None, error=error_text(exc, self._secrets),
                              latency_s=time.perf_counter() - started,
                              retries=max(0, self._counter.count - 1))
        return self._from_reply(qid, reply, time.perf_counter() - started, max(0, self._counter.count - 1))

    def _from_reply(self, qid: str, reply: Reply, latency: float, retries: int) -> Generation:
        text = reply.text or ""
        found = _extract.extract_sql(text)
        sql = found.sql
        error = ""
        if not text.strip():
            error = f"EmptyCompletion: the model returned no text (finish_reason={reply.finish_reason or 'none'})"
        elif sql is None and "abstained" in found.notes:
            pass  # an abstention is an answer: scored as "abstained" (docs/SCORING.md), not a generation error
        elif sql is None:
            error = "NoSQL: no SQL statement found in the completion"
        gen = Generation(
            question_id=qid, sql=sql, error=error, latency_s=latency,
            tokens_in=reply.tokens_in, tokens_out=reply.tokens_out,
            cost_cents=cost_cents(self.pricing, reply.tokens_in, reply.tokens_out),
            retries=retries, raw_output=scrub(text, self._secrets),
            abstained=sql is None and "abstained" in found.notes, extraction_notes=tuple(found.notes),
        )
        return gen

    def close(self) -> None:
        if getattr(self, "_sandbox", None) is not None:
            self._sandbox[2].close()
            self._sandbox = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
