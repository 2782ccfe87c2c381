"""Deterministic stand-ins for the card's embedding and NER models (no model files needed).

``FakeEmbedder`` gives each column text a unit vector and each question the similarities listed for
it; ``fixture_models(db)`` reads those lists from tests/fixtures/card2023/fake_models.json;
``UniformEmbedder`` gives every question the same similarity to every column (all kept, in order).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "card2023"


class FakeEmbedder:
    """Column text i -> unit vector e_i; a question -> the vector whose cosine with e_i is its score.

    ``scores`` maps question -> {column text: similarity}; the squares of one question's scores must
    sum to at most 1 (a padding dimension makes the question vector a unit vector).
    """

    def __init__(self, column_texts, scores):
        self.dims = {t: i for i, t in enumerate(column_texts)}
        self.scores = scores
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        n = len(self.dims)
        out = []
        for text in texts:
            if text in self.dims:
                v = [0.0] * (n + 1)
                v[self.dims[text]] = 1.0
            else:
                wanted = self.scores.get(text, {})
                v = [0.0] * (n + 1)
                for col, s in wanted.items():
                    v[self.dims[col]] = s
                rest = 1.0 - sum(s * s for s in wanted.values())
                assert rest >= 0, text
                v[n] = math.sqrt(rest)
            out.append(v)
        return out


class FakeNer:
    def __init__(self, labels):
        self.labels = labels

    def entity_labels(self, text):
        return list(self.labels.get(text, []))


def fixture_models(db):
    spec = json.loads((FIXTURE / "fake_models.json").read_text())
    spec.pop("_about")
    emb = FakeEmbedder(db.embed_texts, {q: v["scores"] for q, v in spec.items()})
    ner = FakeNer({q: v["labels"] for q, v in spec.items()})
    return emb, ner


class UniformEmbedder:
    """Every question has cosine 1/sqrt(n) with each of the n columns (> 0.2 for n < 25)."""

    def __init__(self, column_texts):
        self.columns = list(column_texts)

    def encode(self, texts):
        n = len(self.columns)
        return [[1.0 if t == c else 0.0 for c in self.columns] if t in self.columns else [1.0] * n for t in texts]
