"""A loopback fake of the OpenAI and Anthropic chat APIs, for tests with the real SDKs.

    server = FakeAPIServer(answers={"how many users": fenced("SELECT COUNT(*) FROM users")}).start()
    server.openai_base_url      # http://127.0.0.1:<port>/v1   (POST /v1/chat/completions)
    server.url                  # http://127.0.0.1:<port>      (POST /v1/messages)
    server.stop()

Replies: the first ``answers`` key found (case-insensitively) in the request's messages picks
the completion text, exactly as given (see :func:`fenced`, :func:`prose`); otherwise
``default_answer``.  An answer may be a list: successive completions for that prompt take its
items in turn (across requests and across the ``n`` choices of one OpenAI request, which the
server honours), so sampling is testable.  Usage: prompt tokens = words in all messages, completion tokens = words in
the reply (:func:`count_tokens`).

Faults (a fault replaces one reply):
    "429"        status 429 with ``Retry-After: <retry_after>`` and a provider-shaped error body
    "500"        status 500;  "503": status 503
    "reset"      the connection is reset (RST) without a response
    "hang"       no reply for ``hang_s`` seconds (at most MAX_HANG_S), then the normal reply
    "gate"       the normal reply, held until ``gate_n`` requests are in flight at once (at most
                 ``hang_s`` seconds): proves the client's concurrency without timing anything
    "malformed"  status 200 with a body that is not JSON
    "empty"      status 200 with an empty completion
    "echo_auth"  status 401 whose message quotes the request's key headers (a leaky gateway)
Where they apply: ``script`` (a list, consumed in order by the next calls), ``faults_for``
(substring -> list of faults for that question's successive calls; None = no fault), or ``fail_rate`` (each call
fails with probability ``fail_rate`` with a fault drawn from ``fail_faults``; the draw is seeded
by ``seed``, the prompt and the call's attempt number for that prompt, so it is the same
whatever order the concurrent calls arrive in).

Scripted tool calling (``--explore``), both wire formats: ``tool_scripts`` maps a substring of the
question to a list of turns; a request that carries ``tools`` and matches gets turn k, where k is the
number of assistant messages already in the request (so the script is stateless: a resumed run gets
the turn it had not received).  A turn is a dict:

    {"calls": [("run_sql", {"query": "SELECT 1"}), ("answer", {"sql": "..."})]}   parallel calls
    {"calls": [("run_sql", '{"query": ')]}       arguments given as text are sent as they are (malformed)
    {"text": "```sql\nSELECT 1\n```"}           a final message without tool calls
    {..., "repeat": True}                         (last turn only) repeated for ever: an endless loop
    {..., "delay_s": 0.2}                         the reply is held that long (at most MAX_HANG_S)

OpenAI replies carry ``message.tool_calls`` (``type: function``, JSON-text ``arguments``) and
``finish_reason: tool_calls``; Anthropic replies carry ``tool_use`` content blocks (``input`` an
object; a malformed text argument is sent as a string) and ``stop_reason: tool_use``.  Past the end of
a script without ``repeat`` the reply is ``default_answer`` as text.

Everything is bounded: hangs end after ``hang_s`` or at stop(); the server binds 127.0.0.1 only.
"""
from __future__ import annotations

import hashlib
import json
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

MAX_HANG_S = 5.0
RETRYABLE_FAULTS = ("429", "500", "503", "reset", "hang")


def fenced(sql: str, lang: str = "sql") -> str:
    """A reply with the SQL in a markdown fence between two sentences."""
    return f"Here is the query:\n\n```{lang}\n{sql}\n```\n\nIt answers the question."


def prose(sql: str) -> str:
    """A reply with the SQL inline in prose, no fence."""
    return f"The query is:\n{sql};\nThis returns the rows asked for."


def count_tokens(text: str) -> int:
    return len(text.split())


@dataclass
class RecordedRequest:
    path: str
    headers: dict  # lower-case names
    body: Optional[dict]
    prompt: str  # every message's content, joined
    attempt: int  # 1-based: how many calls with the same prompt this one makes
    fault: Optional[str]
    started: float
    ended: float = 0.0


@dataclass
class _State:
    answers: dict
    default_answer: str
    script: list
    faults_for: dict
    fail_rate: float
    fail_faults: tuple
    seed: int
    retry_after: str
    hang_s: float
    gate_n: int = 1
    tool_scripts: dict = field(default_factory=dict)
    served: dict = field(default_factory=dict)  # prompt -> completions served (list answers rotate)
    requests: list = field(default_factory=list)
    attempts: dict = field(default_factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)  # notified when a request arrives


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the SDKs expect
    server_version = "FakeAPI/1.0"

    def log_message(self, format, *args):  # quiet
        pass

    @property
    def state(self) -> _State:
        return self.server.state  # type: ignore[attr-defined]

    # -- plumbing --------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, headers: Optional[dict] = None,
              content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _send_json(self, status: int, obj: dict, headers: Optional[dict] = None) -> None:
        self._send(status, json.dumps(obj).encode(), headers)

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def do_GET(self):
        self._send_json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        path = self.path.split("?", 1)[0]
        if path == "/v1/chat/completions":
            api = "openai"
        elif path == "/v1/messages":
            api = "anthropic"
        else:
            self._send_json(404, {"error": {"message": f"no route {path}", "type": "not_found"}})
            return
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            self._error(api, 400, "invalid_request_error", "body must be JSON with messages")
            return
        prompt = _prompt_text(body)
        state = self.state
        with state.lock:
            attempt = state.attempts.get(prompt, 0) + 1
            state.attempts[prompt] = attempt
            fault = self._pick_fault(prompt, attempt)
            record = RecordedRequest(path, {k.lower(): v for k, v in self.headers.items()}, body, prompt,
                                     attempt, fault, time.monotonic())
            state.requests.append(record)
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
            state.changed.notify_all()
        try:
            self._reply(api, body, prompt, fault)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True  # the client gave up (timeout): nothing to answer
        finally:
            with state.lock:
                state.in_flight -= 1
                record.ended = time.monotonic()

    # -- behaviour ---------------------------------------------------------------------------------

    def _pick_fault(self, prompt: str, attempt: int) -> Optional[str]:
        state = self.state
        if state.script:
            return state.script.pop(0)
        low = prompt.lower()
        for needle, faults in state.faults_for.items():
            if needle.lower() in low:
                return faults[attempt - 1] if attempt <= len(faults) else None
        if state.fail_rate > 0:
            digest = hashlib.sha256(f"{state.seed}|{attempt}|{prompt}".encode()).digest()
            rng = random.Random(digest)
            if rng.random() < state.fail_rate:
                return rng.choice(state.fail_faults)
        return None

    def _answer(self, prompt: str) -> str:
        return self._answers(prompt, 1)[0]

    def _answers(self, prompt: str, n: int) -> list[str]:
        low = prompt.lower()
        text = next((t for needle, t in self.state.answers.items() if needle.lower() in low), self.state.default_answer)
        if not isinstance(text, list):
            return [text] * n
        with self.state.lock:
            start = self.state.served.get(prompt, 0)
            self.state.served[prompt] = start + n
        return [text[(start + j) % len(text)] for j in range(n)]

    def _error(self, api: str, status: int, kind: str, message: str, headers: Optional[dict] = None) -> None:
        if api == "openai":
            body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
        else:
            body = {"type": "error", "error": {"type": kind, "message": message}}
        self._send_json(status, body, headers)

    def _reply(self, api: str, body: dict, prompt: str, fault: Optional[str]) -> None:
        state = self.state
        if fault == "429":
            self._error(api, 429, "rate_limit_error", "Rate limit reached, slow down",
                        {"Retry-After": state.retry_after})
            return
        if fault in ("500", "503"):
            self._error(api, int(fault), "server_error", "The server had an error")
            return
        if fault == "reset":
            self._reset()
            return
        if fault == "echo_auth":
            seen = self.headers.get("Authorization") or self.headers.get("x-api-key") or ""
            self._error(api, 401, "authentication_error", f"Incorrect API key provided: {seen}")
            return
        if fault == "malformed":
            self._send(200, b'{"id": "broken", "choices": [ {"message": ', content_type="application/json")
            return
        if fault == "hang":
            state.stopping.wait(min(state.hang_s, MAX_HANG_S))
        if fault == "gate":
            deadline = time.monotonic() + min(state.hang_s, MAX_HANG_S)
            with state.changed:
                while (state.max_in_flight < state.gate_n and not state.stopping.is_set()
                       and (left := deadline - time.monotonic()) > 0):
                    state.changed.wait(min(left, 0.1))
        if body.get("tools") and fault is None:
            turn = self._tool_turn(body, prompt)
            if turn is not None:
                self._send_tool_turn(api, body, prompt, turn)
                return
        n = max(1, int(body.get("n") or 1)) if api == "openai" else 1
        texts = [""] * n if fault == "empty" else self._answers(prompt, n)
        text = texts[0]
        tokens_in, tokens_out = count_tokens(prompt), sum(count_tokens(t) for t in texts)
        model = body.get("model", "fake-model")
        if api == "openai":
            self._send_json(200, {
                "id": f"chatcmpl-{len(state.requests)}", "object": "chat.completion", "created": int(time.time()),
                "model": model,
                "choices": [{"index": j, "message": {"role": "assistant", "content": t},
                             "finish_reason": "stop", "logprobs": None} for j, t in enumerate(texts)],
                "usage": {"prompt_tokens": tokens_in, "completion_tokens": tokens_out,
                          "total_tokens": tokens_in + tokens_out},
            })
        else:
            self._send_json(200, {
                "id": f"msg_{len(state.requests)}", "type": "message", "role": "assistant", "model": model,
                "content": [{"type": "text", "text": text}] if text else [],
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out},
            })


    # -- scripted tool calling -------------------------------------------------------------------

    def _tool_turn(self, body: dict, prompt: str) -> Optional[dict]:
        low = prompt.lower()
        script = next((turns for needle, turns in self.state.tool_scripts.items() if needle.lower() in low), None)
        if not script:
            return None
        k = sum(1 for m in body.get("messages", []) if isinstance(m, dict) and m.get("role") == "assistant")
        if k < len(script):
            return dict(script[k], _turn=k)
        return dict(script[-1], _turn=k) if script[-1].get("repeat") else None

    def _send_tool_turn(self, api: str, body: dict, prompt: str, turn: dict) -> None:
        state = self.state
        if turn.get("delay_s"):
            state.stopping.wait(min(float(turn["delay_s"]), MAX_HANG_S))
        n = len(state.requests)
        # call ids from the turn number: the same conversation gets the same ids (a resumed run too)
        calls = [(f"call_{turn['_turn']}_{i}", name, args) for i, (name, args) in enumerate(turn.get("calls", []))]
        text = turn.get("text", "")
        out_words = text + " " + " ".join(a if isinstance(a, str) else json.dumps(a) for _, _, a in calls)
        tokens_in, tokens_out = count_tokens(prompt), count_tokens(out_words)
        model = body.get("model", "fake-model")
        if api == "openai":
            message: dict = {"role": "assistant", "content": text or None}
            if calls:
                message["tool_calls"] = [{"id": cid, "type": "function", "function": {
                    "name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}
                    for cid, name, args in calls]
            self._send_json(200, {
                "id": f"chatcmpl-{n}", "object": "chat.completion", "created": int(time.time()), "model": model,
                "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop",
                             "logprobs": None}],
                "usage": {"prompt_tokens": tokens_in, "completion_tokens": tokens_out,
                          "total_tokens": tokens_in + tokens_out},
            })
        else:
            content: list = [{"type": "text", "text": text}] if text else []
            for cid, name, args in calls:
                if isinstance(args, str):
                    try:
                        args = json.loads(args)
                    except ValueError:
                        pass  # sent as a string: a malformed tool_use input
                content.append({"type": "tool_use", "id": cid.replace("call_", "toolu_"), "name": name, "input": args})
            self._send_json(200, {
                "id": f"msg_{n}", "type": "message", "role": "assistant", "model": model, "content": content,
                "stop_reason": "tool_use" if calls else "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": tokens_in, "output_tokens": tokens_out},
            })


def _prompt_text(body: dict) -> str:
    parts = []
    system = body.get("system")
    if isinstance(system, str):
        parts.append(system)
    elif isinstance(system, list):
        parts.extend(str(b.get("text", "")) for b in system if isinstance(b, dict))
    for message in body.get("messages", []):
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(b.get("text", "")) for b in content if isinstance(b, dict))
    return "\n".join(parts)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):  # client hang-ups are expected here
        pass


class FakeAPIServer:
    def __init__(self, answers: Optional[dict] = None, default_answer: str = fenced("SELECT 1"), *,
                 script: Optional[list] = None, faults_for: Optional[dict] = None, fail_rate: float = 0.0,
                 fail_faults: tuple = RETRYABLE_FAULTS, seed: int = 0, retry_after: str = "1",
                 hang_s: float = 2.0, gate_n: int = 1, tool_scripts: Optional[dict] = None):
        self._state = _State(dict(answers or {}), default_answer, list(script or []), dict(faults_for or {}),
                             fail_rate, tuple(fail_faults), seed, retry_after, min(hang_s, MAX_HANG_S), gate_n,
                             dict(tool_scripts or {}))
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> "FakeAPIServer":
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = self._state  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-api-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._state.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=MAX_HANG_S + 1)
            self._thread = None

    def __enter__(self) -> "FakeAPIServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- addresses and programming ------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def openai_base_url(self) -> str:
        return self.url + "/v1"

    def set(self, **changes) -> None:
        """Change behaviour while running: answers, default_answer, script, faults_for, fail_rate,
        fail_faults, seed, retry_after, hang_s, gate_n, tool_scripts."""
        with self._state.lock:
            for name, value in changes.items():
                if name not in ("answers", "default_answer", "script", "faults_for", "fail_rate", "fail_faults",
                                "seed", "retry_after", "hang_s", "gate_n", "tool_scripts"):
                    raise AttributeError(name)
                if name == "hang_s":
                    value = min(value, MAX_HANG_S)
                setattr(self._state, name, value)

    def reset_records(self) -> None:
        with self._state.lock:
            self._state.requests.clear()
            self._state.attempts.clear()
            self._state.max_in_flight = 0

    # -- what was seen ------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def max_in_flight(self) -> int:
        return self._state.max_in_flight

    def requests_for(self, needle: str) -> list[RecordedRequest]:
        return [r for r in self.requests if needle.lower() in r.prompt.lower()]
