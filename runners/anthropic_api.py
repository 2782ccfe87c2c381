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

from typing import ClassVar

from eval.types import Prompt
from runners._api import APIRunner, Reply


class AnthropicRunner(APIRunner):
    name: ClassVar[str] = "anthropic"
    key_env: ClassVar[str] = "ANTHROPIC_API_KEY"
    sdk_package: ClassVar[str] = "anthropic"

    def __init__(self, args):
        super().__init__(args)
        self.notes.append("the Messages API (version 2026-10-21, anthropic SDK 2.x) takes no sampling "
                          "parameters: --temperature is not sent")

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
        return {**super().generation_params(), "temperature": None}

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
