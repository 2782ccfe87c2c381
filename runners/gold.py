"""``--model gold``: predicts each question's first gold alternative.

A self-check of the fixtures, the executor and the comparator: it must score 100% on every instance.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from eval.types import GenRequest, Generation
from runners.base import Runner


class GoldRunner(Runner):
    name = "gold"
    needs_prompt = False
    cacheable = False

    def describe(self) -> dict:
        return {"runner": "gold", "model_id": "gold", "label": "gold"}

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        for r in requests:
            yield Generation(question_id=r.question.id, sql=r.question.gold[0])
