"""``--model gold``: predicts each question's first gold alternative (and abstains on a question
marked ``answerable: false``).

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
    sampling = "deterministic"

    def describe(self) -> dict:
        return {"runner": "gold", "model_id": "gold", "label": "gold"}

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        for r in requests:
            if not r.question.answerable:  # the right output for a question the schema cannot answer
                yield Generation(question_id=r.question.id, sql=None, abstained=True)
            else:
                yield Generation(question_id=r.question.id, sql=r.question.gold[0])
