"""``--model replay --predictions FILE``: scores predictions made elsewhere.

FILE is CSV or JSONL.  Each record has the SQL in ``generated_query`` (or ``sql`` / ``prediction``)
and names its question by ``question_id`` (or ``id``), or by ``db_name`` + ``question``.  A
``results.csv`` of this harness or of sql-eval works unchanged.  Records that name no known question
or name one twice are an error (exit 2); so is a file without a record for a selected question,
unless --partial (then only the questions with a record are scored).  A record with an empty
``generated_query`` scores ``no_prediction``.

Several predictions per question (``--samples K``, docs/FORMATS.md): one record per sample, the
question's records in file order being samples 0, 1, …; or a ``sample`` column/field (0-based)
numbering them explicitly.  The first K are scored; a question with fewer is an error (exit 2).
``greedy`` (1/true), allowed on sample 0 only, marks a greedily decoded answer (summary.json's
``greedy`` metric).  A record that carries a ``samples`` list (results.jsonl of a K-sample run)
gives its samples' ``sql`` in that order.  Without --samples, a second record for a question is an
error, as ever.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator, Optional

from eval.errors import UsageError
from eval.data.dataset import read_csv, read_jsonl
from eval.types import GenRequest, Generation, Question
from runners.base import Runner

SQL_KEYS = ("generated_query", "sql", "prediction", "predicted_sql")
ID_KEYS = ("question_id", "id")


def _read(path: Path) -> list[tuple[int, dict]]:
    if path.suffix == ".jsonl":
        return read_jsonl(path, "--predictions ")
    if path.suffix == ".csv":
        return read_csv(path, "--predictions ")[1]
    raise UsageError(f"--predictions {path}: unknown format (use .csv or .jsonl)")


class ReplayRunner(Runner):
    name = "replay"
    needs_prompt = False
    cacheable = False
    sampling = "file"

    def __init__(self, args):
        super().__init__(args)
        if not args.predictions:
            raise UsageError("--model replay needs --predictions FILE")
        self.path = Path(args.predictions)
        self.by_id: dict[str, tuple[Optional[str], dict]] = {}
        self.samples = int(args.samples)
        #: --samples K > 1: question id -> its predictions [(sql, info)], sample 0 first
        self.sampled: dict[str, list[tuple[Optional[str], dict]]] = {}
        #: the file's own verdict per question (a sql-eval results CSV's ``correct``): kept as ``correct_source``
        self.source_correct: dict[str, int] = {}

    def prepare(self, questions: list[Question]) -> None:
        rows = _read(self.path)
        if not rows:
            raise UsageError(f"--predictions {self.path}: no records")
        first = rows[0][1]
        sql_key = next((k for k in SQL_KEYS if k in first), None)
        if sql_key is None:
            raise UsageError(f"--predictions {self.path}: no SQL column (need one of {', '.join(SQL_KEYS)})")
        id_key = next((k for k in ID_KEYS if k in first), None)
        if id_key is None and not ("db_name" in first and "question" in first):
            raise UsageError(f"--predictions {self.path}: records need question_id, or db_name and question")
        ids = {q.id for q in questions}
        by_text = {}
        for q in questions:
            by_text.setdefault((q.db, q.question.strip()), []).append(q.id)
        seen: dict[str, int] = {}
        taken: dict[tuple, int] = {}  # records matched by text: the k-th record takes the k-th such question
        for row, rec in rows:
            qid = str(rec.get(id_key) or "").strip() if id_key else ""
            if not qid or (qid not in ids and id_key):
                key = (str(rec.get("db_name", "")).strip(), str(rec.get("question", "")).strip())
                match = by_text.get(key)
                k = taken.get(key, 0)
                if match and k < len(match):
                    qid = match[k]
                    taken[key] = k + 1
                elif match:
                    raise UsageError(f"--predictions {self.path}, row {row}: more predictions than questions for "
                                     f"{key[1][:60]!r} on {key[0]!r}; add question_id")
                else:
                    name = f"id {qid!r}" if qid else f"question {key[1][:60]!r} on {key[0]!r}"
                    raise UsageError(f"--predictions {self.path}, row {row}: {name} is not in the questions file")
            if self.samples > 1:
                self._add_samples(row, qid, rec, sql_key)
                continue
            if qid in seen:
                raise UsageError(f"--predictions {self.path}, row {row}: duplicate prediction for question {qid!r} (first at "
                                 f"row {seen[qid]}; a file with several predictions per question needs --samples K)")
            seen[qid] = row
            self.by_id[qid] = _prediction(rec, rec.get(sql_key))
            verdict = str(rec.get("correct", "")).strip().lower()
            if verdict in ("1", "1.0", "true", "0", "0.0", "false"):
                self.source_correct[qid] = int(verdict in ("1", "1.0", "true"))
        if self.samples > 1:
            self._check_samples()

    # ---- --samples K: several predictions per question ----------------------------------------------
    def _add_samples(self, row: int, qid: str, rec: dict, sql_key: str) -> None:
        got = self.sampled.setdefault(qid, [])
        listed = rec.get("samples")
        if isinstance(listed, list) and listed and all(isinstance(x, dict) for x in listed):
            for k, x in enumerate(listed):  # a K-sample run's results.jsonl record
                got.append((row, k, _prediction({**x, "greedy": x.get("greedy", 0)}, x.get("sql"))))
            return
        raw = rec.get("sample")
        if raw in (None, ""):
            index = None
        else:
            try:
                number = float(str(raw).strip())
                index = int(number) if number.is_integer() else -1
            except ValueError:
                index = -1
            if index < 0:
                raise UsageError(f"--predictions {self.path}, row {row}: sample must be an integer >= 0, got {raw!r}")
        got.append((row, index, _prediction(rec, rec.get(sql_key))))

    def _check_samples(self) -> None:
        for qid, items in self.sampled.items():
            numbered = [x for x in items if x[1] is not None]
            if numbered and len(numbered) < len(items):
                raise UsageError(f"--predictions {self.path}, row {items[0][0]}: question {qid!r} has records with and "
                                 "without a sample number; number all of them or none")
            if numbered:
                seen: dict[int, int] = {}
                for row, index, _ in items:
                    if index in seen:
                        raise UsageError(f"--predictions {self.path}, row {row}: sample {index} of question {qid!r} "
                                         f"given twice (first at row {seen[index]})")
                    seen[index] = row
                items = sorted(items, key=lambda x: x[1])
            if len(items) < self.samples:
                raise UsageError(f"--predictions {self.path}: question {qid!r} has {len(items)} prediction(s), "
                                 f"--samples {self.samples} needs {self.samples}")
            for row, index, (_, info) in items[1:self.samples]:
                if info["greedy"]:
                    raise UsageError(f"--predictions {self.path}, row {row}: only a question's first sample may be "
                                     "marked greedy")
            self.sampled[qid] = [pred for _, _, pred in items[:self.samples]]
            self.by_id[qid] = self.sampled[qid][0]

    def uncovered(self, questions: list[Question]) -> list[str]:
        return [q.id for q in questions if q.id not in self.by_id]

    def describe(self) -> dict:
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest() if self.path.exists() else None
        return {"runner": "replay", "model_id": f"replay:{self.path.name}", "label": self.path.stem,
                "predictions_file": str(self.path), "predictions_sha256": digest}

    def generate_samples(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        if self.samples == 1:
            yield from super().generate_samples(requests)
            return
        for r in requests:
            preds = self.sampled.get(r.question.id, [])
            for i in r.samples:
                if i < len(preds):
                    yield _generation(r.question.id, *preds[i], sample=i)
                else:
                    yield Generation(question_id=r.question.id, sql=None, sample=i)

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        for r in requests:
            sql, info = self.by_id.get(r.question.id, (None, {"error": "", "rec": {}}))
            yield _generation(r.question.id, sql, info)


def _truthy(value) -> bool:
    return str(value if value is not None else "").strip().lower() in ("1", "1.0", "true", "yes")


def _prediction(rec: dict, sql) -> tuple[Optional[str], dict]:
    """(sql, info) of one record: its error (error_query_gen), greedy flag and the record itself."""
    err = ""
    if str(rec.get("error_query_gen", "0")).strip() in ("1", "1.0", "True", "true"):
        err = str(rec.get("error_msg") or "generation failed (from the predictions file)")
    return (None if sql is None else str(sql)), {"error": err, "rec": rec, "greedy": _truthy(rec.get("greedy"))}


def _generation(qid: str, sql: Optional[str], info: dict, sample: int = 0) -> Generation:
    rec = info["rec"]

    def num(k, cast=float):
        try:
            return cast(rec.get(k) or 0)
        except (TypeError, ValueError):
            return cast(0)

    notes = rec.get("extraction_notes") or ()
    if isinstance(notes, str):  # a CSV cell
        notes = (notes,)
    # a predictions.jsonl of --generate-only carries the samples along (eval/run/samples.py)
    return Generation(question_id=qid, sql=sql, error=info["error"],
                      latency_s=num("latency_seconds"), tokens_in=num("tokens_in", int),
                      tokens_out=num("tokens_out", int), cost_cents=num("cost_in_cents"), retries=num("retries", int),
                      raw_output=str(rec.get("raw_completion") or ""),
                      extraction_notes=tuple(str(n) for n in notes) if isinstance(notes, (list, tuple)) else (),
                      sample=sample, greedy=bool(info.get("greedy")))
