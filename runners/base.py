"""The one interface every model backend implements.

A runner only turns prompts into SQL text.  It never executes SQL, compares
results or writes files: the loop in eval/run/pipeline.py does that, once, for
every runner.

``Runner`` is abstract: a subclass that does not implement ``generate`` fails when it is
constructed (TypeError), not in the middle of a run.  The other hooks have defaults.
A runner instance can also be passed to the Python API (``eval.evaluate(runner)``) without
being registered.

Samples (``--samples K``): the pipeline asks :meth:`Runner.generate_samples` for the sample indices
each request names (``GenRequest.samples``: those the generation cache lacks) and expects one
Generation per index with ``Generation.sample`` set.  ``sampling`` says where a runner's samples
come from: ``"temperature"`` (hf, the API runners: K > 1 needs --temperature > 0),
``"file"`` (replay: K predictions per question), ``"deterministic"`` (gold: every sample is the one
answer).  The default generate_samples asks generate() once per wanted index (the requests that
want it), or, for a deterministic runner, once per question and repeats its answer for every index;
hf, the API runners and replay override it (one batch or request for all of a question's samples).
"""
from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from typing import ClassVar, Iterable, Iterator, Literal

from eval.types import GenRequest, Generation, Settings


class Runner(ABC):
    #: registry name, e.g. "hf"
    name: ClassVar[str] = ""
    #: False for runners that do not look at the prompt (gold, replay)
    needs_prompt: ClassVar[bool] = True
    #: default prompt template name (file stem under prompts/)
    default_template: ClassVar[str] = "sqlcoder_7b_2"
    #: whether generations may be cached on disk (eval/run/gencache.py)
    cacheable: ClassVar[bool] = True
    #: where --samples K > 1 come from (module docstring)
    sampling: ClassVar[Literal["temperature", "file", "deterministic"]] = "temperature"

    def __init__(self, args: Settings):
        self.args = args

    def prepare(self, questions: list) -> None:
        """Called once with every question of the file (before filters): load and validate inputs.
        Raise eval.errors.UsageError for bad input."""

    def uncovered(self, questions: list) -> list[str]:
        """Ids of the selected ``questions`` this runner has no answer for at all (replay: no record
        in the predictions file).  The run stops with exit 2 unless --partial (eval/run/prepare.py)."""
        return []

    def describe(self) -> dict:
        """Model id, revision, dtype, generation parameters: goes into summary.json."""
        return {"runner": self.name}

    @abstractmethod
    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        """Yield one Generation per request (any order).  Must not raise for a
        single failed question: return ``Generation(error=...)`` instead."""

    def generate_samples(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        """Yield one Generation per (request, sample index in ``request.samples``), ``sample`` set, in
        any order (module docstring: the default)."""
        if self.sampling != "deterministic":
            reqs = list(requests)
            for i in sorted({i for r in reqs for i in r.samples}):
                for gen in self.generate([r for r in reqs if i in r.samples]):
                    yield dataclasses.replace(gen, sample=i)
            return
        wanted: dict[str, tuple[int, ...]] = {}

        def track(reqs):
            for r in reqs:
                wanted[r.question.id] = r.samples
                yield r

        for gen in self.generate(track(requests)):
            for i in wanted.get(gen.question_id, (0,)):
                yield dataclasses.replace(gen, sample=i)

    def close(self) -> None:
        """Release models, connections, threads."""
