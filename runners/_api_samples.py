"""--samples K for the API runners (runners/_api.py's APIRunner): the API's ``n`` where it has one
(``supports_n``: one request per question for all its wanted samples), else one request per sample.
Each Generation carries its sample index; a failed request fails each sample it was for."""
from __future__ import annotations

import dataclasses
import time
from typing import Iterable, Iterator

from eval.types import GenRequest, Generation


class SamplesMixin:
    """generate_samples and the n-completions request; uses APIRunner's pool, counter and reply parsing."""

    def generate_samples(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        """--samples K: one request with ``n`` = the wanted samples where the API has ``n``, else one
        request per wanted sample; each Generation carries its sample index."""
        def jobs():
            for r in requests:
                if self.supports_n and len(r.samples) > 1 and self.explore is None:
                    yield lambda r=r: self._generate_n(r)
                else:
                    for i in r.samples:
                        yield lambda r=r, i=i: [dataclasses.replace(self._generate_one(r), sample=i)]

        yield from self._pooled(jobs())

    def _generate_n(self, request: GenRequest) -> list[Generation]:
        """The wanted samples of one question from one request (``n``); a failed request fails each."""
        qid = request.question.id
        if request.prompt is None or not request.prompt.messages:
            return [Generation(question_id=qid, sql=None, error="NoPrompt: the request carries no chat messages", sample=i)
                    for i in request.samples]
        self._counter.reset()
        started = time.perf_counter()
        try:
            replies = self._complete_n(request.prompt, len(request.samples))
        except Exception as exc:  # noqa: BLE001 - one failed question never stops the run
            err = self._error_text(exc)
            return [Generation(question_id=qid, sql=None, error=err, latency_s=(time.perf_counter() - started) / len(request.samples),
                               retries=max(0, self._counter.count - 1), sample=i) for i in request.samples]
        latency = (time.perf_counter() - started) / len(request.samples)
        retries = max(0, self._counter.count - 1)
        out = []
        for k, i in enumerate(request.samples):
            if k >= len(replies):  # the API returned fewer choices than asked for
                out.append(Generation(question_id=qid, sql=None, sample=i,
                                      error=f"MissingChoice: {len(replies)} completions for n={len(request.samples)}"))
                continue
            out.append(dataclasses.replace(self._from_reply(qid, replies[k], latency, retries if k == 0 else 0), sample=i))
        return out
