"""Runner registry: one module per backend, registered here by name.

Entries are "module:Class" strings so that choosing a runner imports only its
module: ``--model gold`` never imports torch, transformers or an API SDK.
"""
from __future__ import annotations

import importlib

RUNNERS: dict[str, str] = {
    "gold": "runners.gold:GoldRunner",
    "replay": "runners.replay:ReplayRunner",
    "hf": "runners.hf:HFRunner",
    "sqlcoder": "runners.hf:SQLCoderRunner",
    "sqlcoder-15b": "runners.hf:SQLCoder15BRunner",
    "sqlcoder-7b-2": "runners.hf:SQLCoder7B2Runner",
    "openai": "runners.openai_api:OpenAIRunner",
    "anthropic": "runners.anthropic_api:AnthropicRunner",
}


def runner_class(name: str):
    """Return the runner class registered as ``name`` (KeyError if unknown)."""
    module_name, _, cls = RUNNERS[name].partition(":")
    return getattr(importlib.import_module(module_name), cls)
