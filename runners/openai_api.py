"""``--model openai``: the OpenAI chat completions API, or any OpenAI-compatible server.

    OPENAI_API_KEY=... run_eval.py --model openai --api-model gpt-4o
    run_eval.py --model openai --api-model Qwen/Qwen2.5-Coder-7B-Instruct --base-url http://localhost:8000/v1

With ``--base-url`` (vLLM, TGI, llama.cpp server, Ollama ...) the key is optional: a placeholder
is sent when OPENAI_API_KEY is unset.  A base URL without a path gets ``/v1`` appended, the
path all of those servers serve the API under.

Request shape: the official endpoint gets ``max_completion_tokens`` (what current OpenAI models
require); a ``--base-url`` server gets ``max_tokens`` (what every compatible server accepts).
Reasoning models (o1, o3, o4, gpt-5 families) on the official endpoint accept no temperature:
it is left out for them and describe() says so.
"""
from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit, urlunsplit

from eval.types import Prompt
from runners import _explore
from runners._api import APIRunner, Reply

_REASONING = re.compile(r"^(?:[^/]+/)?(?:o\d|gpt-5)(?:$|[-.])", re.I)


class OpenAIRunner(APIRunner):
    name: ClassVar[str] = "openai"
    key_env: ClassVar[str] = "OPENAI_API_KEY"
    sdk_package: ClassVar[str] = "openai"
    supports_n: ClassVar[bool] = True

    def __init__(self, args):
        super().__init__(args)
        self._send_temperature = not (self.base_url is None and _REASONING.match(self.model))
        if not self._send_temperature:
            self.notes.append(f"{self.model} takes no temperature: --temperature not sent")

    def _normalize_base_url(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.path in ("", "/"):
            return urlunsplit((parts.scheme, parts.netloc, "/v1", parts.query, ""))
        return url

    def _make_client(self, api_key: str):
        import openai  # noqa: PLC0415 - the SDK (requirements-api.txt) only when this runner runs

        http_client = openai.DefaultHttpxClient(timeout=self.timeout_s, event_hooks={"request": [self._counter]})
        return openai.OpenAI(api_key=api_key, base_url=self.base_url, timeout=self.timeout_s,
                             max_retries=self.max_retries, http_client=http_client)

    def generation_params(self) -> dict:
        params = super().generation_params()
        if not getattr(self, "_send_temperature", True):
            params["temperature"] = None
        return params

    def _request_kwargs(self, messages: list) -> dict:
        kwargs: dict = {"model": self.model, "messages": messages}
        if self.base_url is None:
            kwargs["max_completion_tokens"] = self.max_tokens
        else:
            kwargs["max_tokens"] = self.max_tokens
        if self._send_temperature:
            kwargs["temperature"] = self.temperature
            if self.top_p is not None:
                kwargs["top_p"] = self.top_p
        if self.seed is not None:
            kwargs["seed"] = self.seed
        return kwargs

    def _complete(self, prompt: Prompt) -> Reply:
        kwargs = self._request_kwargs([dict(m) for m in prompt.messages])
        response = self._client.chat.completions.create(**kwargs)
        choice = response.choices[0] if response.choices else None
        text = (choice.message.content if choice is not None and choice.message is not None else None) or ""
        usage = response.usage
        return Reply(
            text=text,
            tokens_in=int(getattr(usage, "prompt_tokens", 0) or 0),
            tokens_out=int(getattr(usage, "completion_tokens", 0) or 0),
            finish_reason=str(getattr(choice, "finish_reason", "") or ""),
        )

    def _complete_n(self, prompt: Prompt, n: int) -> list[Reply]:
        kwargs = self._request_kwargs([dict(m) for m in prompt.messages])
        kwargs["n"] = n
        response = self._client.chat.completions.create(**kwargs)
        choices = sorted(response.choices or [], key=lambda c: int(getattr(c, "index", 0) or 0))
        usage = response.usage
        t_in = int(getattr(usage, "prompt_tokens", 0) or 0)
        t_out = int(getattr(usage, "completion_tokens", 0) or 0)
        share, rest = divmod(t_out, max(1, len(choices)))
        return [Reply(text=(c.message.content if c.message is not None else None) or "",
                      tokens_in=t_in if k == 0 else 0, tokens_out=share + (rest if k == 0 else 0),
                      finish_reason=str(getattr(c, "finish_reason", "") or ""))
                for k, c in enumerate(choices)]

    # -- --explore: chat completions function calling ----------------------------------------------

    def _tool_turn(self, prompt: Prompt, history: list) -> _explore.Turn:
        """One request with ``tools`` (type "function"); the conversation so far is rebuilt from the
        trajectory: an assistant message with ``tool_calls``, then one ``role: tool`` message per call."""
        messages = self._explore_prompt(prompt)
        safe = _explore.wire_safe
        for item in history:
            msg: dict = {"role": "assistant", "content": safe(item.turn.text) or None}
            if item.turn.tool_calls:
                msg["tool_calls"] = [{"id": c.id, "type": "function",
                                      "function": {"name": safe(c.name), "arguments": safe(c.arguments)}}
                                     for c in item.turn.tool_calls]
            messages.append(msg)
            for r in item.results:
                messages.append({"role": "tool", "tool_call_id": r.call_id, "content": safe(r.content)})
        kwargs = self._request_kwargs(messages)
        kwargs["tools"] = [{"type": "function", "function": dict(t)} for t in _explore.TOOLS]
        response = self._client.chat.completions.create(**kwargs)
        choice = response.choices[0] if response.choices else None
        message = choice.message if choice is not None else None
        calls = []
        for i, tc in enumerate(getattr(message, "tool_calls", None) or []):
            fn = getattr(tc, "function", None)
            calls.append(_explore.ToolCall(id=str(getattr(tc, "id", "") or f"call_{i}"),
                                           name=str(getattr(fn, "name", "") or getattr(tc, "type", "") or ""),
                                           arguments=str(getattr(fn, "arguments", "") or "")))
        usage = response.usage
        return _explore.Turn(text=(getattr(message, "content", None) or ""), tool_calls=calls,
                             tokens_in=int(getattr(usage, "prompt_tokens", 0) or 0),
                             tokens_out=int(getattr(usage, "completion_tokens", 0) or 0),
                             finish_reason=str(getattr(choice, "finish_reason", "") or ""))
