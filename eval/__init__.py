"""text2sql-eval: the evaluation harness (README.md; the layers are listed in tests/test_layering.py).

The Python API (eval/api.py) is re-exported here and imported lazily, so that ``import eval.errors``
(which every layer does) never imports the whole harness:

    from eval import evaluate, load_run, compare_runs, Evaluation
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.api import Evaluation, compare_runs, evaluate, load_run

__all__ = ["Evaluation", "evaluate", "load_run", "compare_runs"]


def __getattr__(name: str):
    if name in __all__:
        from eval import api  # noqa: PLC0415 - lazy: see the docstring

        return getattr(api, name)
    raise AttributeError(f"module 'eval' has no attribute {name!r}")
