"""``--model anthropic``: the Anthropic Messages API.

    ANTHROPIC_API_KEY=... run_eval.py --model anthropic --api-model claude-haiku-4-5

The prompt's system message goes into the request's ``system`` field; the other messages are
sent as they are.  ``--base-url`` points at a proxy or gateway that speaks the Messages API
(the SDK appends ``/v1/messages``, so a trailing ``/v1`` in the URL is dropped); with it the
key is optional.

The SDK (2.x) speaks API version 2026-10-21, which rejects temperature, top_p and top_k on every
model: no sampling parameter is sent, whatever --temperature says (describe() notes it).
"""
from __future__ import annotations

import json
from typing import ClassVar

from eval.types import Prompt
from runners import _explore
from runners._api import APIRunner, Reply


class AnthropicRunner(APIRunner):
    name: ClassVar[str] = "anthropic"
    key_env: ClassVar[str] = "ANTHROPIC_API_KEY"
    sdk_package: ClassVar[str] = "anthropic"

    def __init__(self, args):
        super().__init__(args)
        self.notes.append("the Messages API (version 2026-10-21, anthropic SDK 2.x) takes no sampling "
                          "parameters: --temperature, --top-p and --seed are not sent; it has no n, so "
                          "--samples K sends K requests per question")

    def _example_model(self) -> str:
        return "claude-haiku-4-5"

    def _normalize_base_url(self, url: str) -> str:
        return url[: -len("/v1")] if url.endswith("/v1") else url

    def _make_client(self, api_key: str):
        import anthropic  # noqa: PLC0415 - the SDK (requirements-api.txt) only when this runner runs

        http_client = anthropic.DefaultHttpxClient(timeout=self.timeout_s, event_hooks={"request": [self._counter]})
        # An explicit api_key stops the SDK from looking for profiles or federation files.
        return anthropic.Anthropic(api_key=api_key, base_url=self.base_url, timeout=self.timeout_s,
                                   max_retries=self.max_retries, http_client=http_client, open_telemetry=False)

    def generation_params(self) -> dict:
        params = {**super().generation_params(), "temperature": None}
        params.pop("top_p", None)
        params.pop("seed", None)
        return params

    def _complete(self, prompt: Prompt) -> Reply:
        system = "\n\n".join(m["content"] for m in prompt.messages if m["role"] == "system")
        messages = [{"role": m["role"], "content": m["content"]} for m in prompt.messages if m["role"] != "system"]
        kwargs: dict = {"model": self.model, "max_tokens": self.max_tokens, "messages": messages}
        if system:
            kwargs["system"] = system
        response = self._client.messages.create(**kwargs)
        text = "".join(getattr(block, "text", "") or "" for block in (response.content or [])
                       if getattr(block, "type", "") == "text")
        usage = response.usage
        return Reply(
            text=text,
            tokens_in=int(getattr(usage, "input_tokens", 0) or 0),
            tokens_out=int(getattr(usage, "output_tokens", 0) or 0),
            finish_reason=str(getattr(response, "stop_reason", "") or ""),
        )

    # -- --explore: Messages API tool use ----------------------------------------------------------

    def _tool_turn(self, prompt: Prompt, history: list) -> _explore.Turn:
        """One request with ``tools`` (``input_schema``); the conversation so far is rebuilt from the
        trajectory: an assistant message of text and ``tool_use`` blocks, then a user message of
        ``tool_result`` blocks (``is_error`` for errors), one per call."""
        messages = self._explore_prompt(prompt)
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        messages = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] != "system"]
        safe = _explore.wire_safe
        for item in history:
            blocks: list = [{"type": "text", "text": safe(item.turn.text)}] if item.turn.text else []
            for c in item.turn.tool_calls:
                try:
                    args = json.loads(safe(c.arguments))
                except ValueError:
                    args = None
                blocks.append({"type": "tool_use", "id": c.id, "name": safe(c.name),
                               "input": args if isinstance(args, dict) else {}})
            messages.append({"role": "assistant", "content": blocks})
            if item.results:
                messages.append({"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": r.call_id, "content": safe(r.content), "is_error": r.is_error}
                    for r in item.results]})
        kwargs: dict = {"model": self.model, "max_tokens": self.max_tokens, "messages": messages,
                        "tools": [{"name": t["name"], "description": t["description"], "input_schema": t["parameters"]}
                                  for t in _explore.TOOLS]}
        if system:
            kwargs["system"] = system
        response = self._client.messages.create(**kwargs)
        text, calls = [], []
        for i, block in enumerate(response.content or []):
            kind = getattr(block, "type", "")
            if kind == "text":
                text.append(getattr(block, "text", "") or "")
            elif kind == "tool_use":
                raw = getattr(block, "input", None)
                calls.append(_explore.ToolCall(id=str(getattr(block, "id", "") or f"toolu_{i}"),
                                               name=str(getattr(block, "name", "") or ""),
                                               arguments=json.dumps(raw, ensure_ascii=False, default=str)))
        usage = response.usage
        return _explore.Turn(text="".join(text), tool_calls=calls,
                             tokens_in=int(getattr(usage, "input_tokens", 0) or 0),
                             tokens_out=int(getattr(usage, "output_tokens", 0) or 0),
                             finish_reason=str(getattr(response, "stop_reason", "") or ""))
