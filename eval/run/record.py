"""The records a run writes, typed: :class:`Record` (one line of results.jsonl, one row of
results.csv) and :class:`Summary` (summary.json).  docs/FORMATS.md documents both; a test checks
that its tables name exactly these fields.

Every field says what it means in its ``doc`` metadata.  Adding a field is one line here (a name,
a type, a default and its doc); results.jsonl writes the fields in this order (new ones after
``detail``), results.csv writes the columns of CSV_COLUMNS and then every later field not marked
``csv=False``.

A Record is also a read-only mapping (``rec["reason"]``, ``rec.get("split")``), as the records of
results.jsonl have always been read (eval/report/, ``Evaluation.records``); keys a record of another
or older run carries that no field knows are kept in ``extra`` and read the same way.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Iterator, Literal, Optional, Union

from eval.types import Question, Reason


def _f(doc: str, default: Any = None, *, csv: bool = True, factory: Any = None, omit_none: bool = False) -> Any:
    meta = {"doc": doc, "csv": csv, "omit_none": omit_none}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


Flag = int  # 0 or 1, as written to results.jsonl / results.csv


@dataclass(eq=True)
class Record(Mapping):
    """One question's result: a line of results.jsonl and a row of results.csv (docs/FORMATS.md)."""

    question_id: str = _f("the question's id", "")
    db_name: str = _f("its database", "")
    query_category: str = _f("its category (group_by, order_by, ratio, table_join, where)", "")
    difficulty: str = _f("its difficulty (\"\" when the question file gives none)", "")
    question: str = _f("the question text", "")
    instructions: str = _f("the question's instructions (\"\" when none)", "")
    query: str = _f("the gold cell as written in the question file", "")
    split: str = _f("the question's split (classic, hard, …)", "classic")
    answerable: Flag = _f("1 when the question has a gold; 0: only the abstention table counts it", 1)
    generated_query: str = _f("the predicted SQL (\"\" when none)", "")
    latency_seconds: float = _f("generation time of this question", 0.0)
    tokens_in: int = _f("prompt tokens", 0)
    tokens_out: int = _f("completion tokens", 0)
    cost_in_cents: float = _f("generation cost (0 for a generation served from the cache)", 0.0)
    retries: int = _f("generation retries (0 for a generation served from the cache)", 0)
    cached: Flag = _f("1 when the generation came from the on-disk generation cache", 0)
    error_db_exec: Flag = _f("1 when the prediction failed to execute (error, timeout, too large, rejected)", 0)
    error_query_gen: Flag = _f("1 when the runner failed to produce SQL", 0)
    error_msg: str = _f("the error text, \"\" when none", "")
    gold_ambiguous: Flag = _f("1 when an ORDER BY … LIMIT gold cut through ties", 0)
    exec_seconds: float = _f("time spent executing the prediction (all instances)", 0.0)
    instances: int = _f("number of instances the prediction was scored on", 0)
    note: str = _f("the comparator's explanation (which instance differed, which gold alternative was closest)", "")
    correct_sqleval: Union[Flag, Literal[""]] = _f(
        "sql-eval's 2023 verdict on instance 0 (docs/SCORING.md); 0 when no prediction ran; \"\" for an "
        "unanswerable question (and in records of runs that did not compute it)", "")
    note_sqleval: str = _f("its note: exact, subset, different, pred_error, gold_error, exception: …", "")
    correct: Flag = _f("1 when the prediction matches a gold on every instance of the database", 0)
    correct_single: Flag = _f("1 when it matches on instance 0 alone (comparable to sql-eval)", 0)
    exact_match: Flag = _f("1 when it matches with no extra columns", 0)
    reason: Reason = _f("the verdict's reason code (docs/SCORING.md; a record not yet scored says no_prediction)",
                        "no_prediction")
    detail: Optional[dict] = _f("JSONL only: {gold_columns, gold_rows, pred_columns, pred_rows} (first 10 rows, "
                                "values as JSON-safe text) and note", None, csv=False)
    prompt_sha256: str = _f("JSONL only: the sha256 of the exact prompt, a key of the run folder's prompts.jsonl "
                            "(\"\" when the runner reads no prompt: gold, replay)", "", csv=False)
    raw_completion: str = _f("JSONL only: the model's text before the SQL was extracted (\"\" when the runner "
                             "reports none)", "", csv=False)
    extraction_notes: list = _f("JSONL only: what the extraction did (e.g. fenced, semicolon_appended)", csv=False,
                                factory=list)
    correct_source: Union[Flag, Literal[""]] = _f("JSONL only: the verdict the predictions file itself carried (a sql-eval "
                                                  "results CSV's correct), beside ours; \"\" when it had none", "",
                                                  csv=False)
    source_file: str = _f("JSONL only: the questions file the question was read from, as given (\"\" in older runs); "
                          "the id does not depend on it", "", csv=False)
    source_row: int = _f("JSONL only: its 1-based row (CSV) or line (JSONL) in that file", 0, csv=False)
    samples: Optional[list] = _f("JSONL only, --samples K > 1 (absent otherwise): every sample, sample 0 first: "
                                 "{sample, sql, correct, reason, vote (its maj@K group, null: no vote), cached, "
                                 "error (when generation failed), greedy (1, when marked)}", None, csv=False,
                                 omit_none=True)
    sample_metrics: Optional[dict] = _f("JSONL only, --samples K > 1 (absent otherwise): {n, n_correct, pass@k …, "
                                        "mean@K, maj@k …, greedy (when sample 0 is greedy)}, k = 1, the powers of "
                                        "two below K, K (docs/REPORTS.md)", None, csv=False, omit_none=True)
    soft_f1: Optional[dict] = _f("JSONL only, --partial-credit (absent otherwise): {precision, recall, f1} of the "
                                 "row-aligned soft F1 on instance 0, the best gold alternative's", None, csv=False,
                                 omit_none=True)
    linking: Optional[dict] = _f("JSONL only, --partial-credit: {table_precision, table_recall, column_precision, "
                                 "column_recall} against the first gold alternative (null: nothing to count)", None,
                                 csv=False, omit_none=True)
    efficiency: Optional[dict] = _f("JSONL only, --partial-credit, correct predictions: {gold_cost, pred_cost, ratio} "
                                    "of the planner's estimated total cost on instance 0 (ratio = gold / prediction)",
                                    None, csv=False, omit_none=True)
    extra: dict = field(default_factory=dict, compare=False, repr=False,
                        metadata={"doc": "keys of another or older run's record that no field knows (kept, written "
                                         "after the fields)", "csv": False, "file": False})

    # ------------------------------------------------------------------ construction
    @classmethod
    def for_question(cls, q: Question) -> "Record":
        """A record of question ``q`` before its prediction is scored."""
        return cls(question_id=q.id, db_name=q.db, query_category=q.category, difficulty=q.difficulty,
                   question=q.question, instructions=q.instructions, query=q.gold_raw, split=q.split,
                   answerable=int(q.answerable), source_file=q.source_file, source_row=q.source_row)

    @classmethod
    def from_dict(cls, data: Mapping) -> "Record":
        """A record read back (results.jsonl, results.csv, another harness's file): known keys become
        fields as they are (no conversion), missing ones take the defaults, unknown ones go to ``extra``."""
        if isinstance(data, Record):
            return data
        known = {k: v for k, v in data.items() if k in _FIELD_SET}
        return cls(**known, extra={k: v for k, v in data.items() if k not in _FIELD_SET})

    # ------------------------------------------------------------------ output
    def to_dict(self) -> dict:
        """The results.jsonl object: the fields in order, then ``extra``."""
        out = {name: getattr(self, name) for name in FIELDS if not (name in _OMIT_NONE and getattr(self, name) is None)}
        for k, v in self.extra.items():
            out.setdefault(k, v)
        return out

    # ------------------------------------------------------------------ read-only mapping
    def __getitem__(self, key: str) -> Any:
        if key in _FIELD_SET:
            return getattr(self, key)
        return self.extra[key]

    def __iter__(self) -> Iterator[str]:
        yield from FIELDS
        yield from (k for k in self.extra if k not in _FIELD_SET)

    def __len__(self) -> int:
        return len(FIELDS) + sum(1 for k in self.extra if k not in _FIELD_SET)

    __hash__ = None  # mutable


#: The fields written to results.jsonl, in order (``extra`` is not one).
FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Record) if f.metadata.get("file", True))
_FIELD_SET = frozenset(FIELDS)
#: fields left out of results.jsonl while None (a one-sample run's records are as they were)
_OMIT_NONE = frozenset(f.name for f in dataclasses.fields(Record) if f.metadata.get("omit_none"))

#: results.csv's columns: the order the file has always had, then every later field (not ``detail``).
_CSV_ORDER = (
    "question_id", "db_name", "query_category", "difficulty", "question", "instructions", "query",
    "generated_query", "correct", "correct_single", "exact_match", "reason", "error_db_exec",
    "error_query_gen", "error_msg", "gold_ambiguous", "latency_seconds", "tokens_in", "tokens_out",
    "cost_in_cents", "retries", "cached", "exec_seconds", "instances", "note", "split", "answerable",
    "correct_sqleval", "note_sqleval",
)
CSV_COLUMNS: list[str] = list(_CSV_ORDER) + [f.name for f in dataclasses.fields(Record)
                                             if f.metadata.get("csv", True) and f.name not in _CSV_ORDER]


def field_docs(cls=None) -> dict[str, str]:
    """{field name: its doc} of Record (or Summary), in order."""
    return {f.name: f.metadata["doc"] for f in dataclasses.fields(cls or Record) if f.metadata.get("file", True)}


# ------------------------------------------------------------------------------------------------
@dataclass
class Summary:
    """summary.json: the run's configuration (``meta``, written first, as eval/run/prepare.py and the
    pipeline gathered it) and the aggregate numbers over the answerable questions (docs/FORMATS.md)."""

    meta: dict = field(default_factory=dict, metadata={
        "doc": "model, runner, label, model_info, template, questions_path, schemas_path, questions_hash, "
               "fixtures_hash, instances, config, started_at, git_commit, versions, wall_time_s, "
               "fixture_checksums, fixtures_intact: written at the top level, before the numbers", "file": False})
    format_version: int = _f("1", 1)
    n_questions: int = _f("answerable questions scored", 0)
    n_correct: int = _f("of them correct (every instance)", 0)
    perc_correct: float = _f("100 n_correct / n_questions, unrounded", 0.0)
    n_correct_single: int = _f("correct on instance 0", 0)
    perc_correct_single: float = _f("100 n_correct_single / n_questions, unrounded", 0.0)
    n_correct_sqleval: int = _f("correct by sql-eval's 2023 verdict", 0)
    perc_correct_sqleval: float = _f("100 n_correct_sqleval / n_questions, unrounded", 0.0)
    n_exact_match: int = _f("correct with no extra columns", 0)
    n_error_db_exec: int = _f("predictions that failed to execute", 0)
    n_error_query_gen: int = _f("generations that failed", 0)
    n_gold_ambiguous: int = _f("ORDER BY … LIMIT golds that cut through ties", 0)
    categories: dict = _f("per query_category: n, correct, perc_correct, correct_single, perc_correct_single, "
                          "correct_sqleval, perc_correct_sqleval, reasons", factory=dict)
    databases: dict = _f("per database: the same figures", factory=dict)
    difficulties: dict = _f("per difficulty: the same figures", factory=dict)
    splits: dict = _f("per split: the headline figures, its categories and databases", factory=dict)
    reasons: dict = _f("reason code -> count, in the order of eval/types.py's REASONS", factory=dict)
    tokens_in: int = _f("prompt tokens of every question (unanswerable ones too)", 0)
    tokens_out: int = _f("completion tokens of every question", 0)
    cost_in_cents: float = _f("generation cost of every question", 0.0)
    per_correct: Optional[dict] = _f("what one correct answer cost: {cost_in_cents, tokens (in + out), "
                                     "generation_seconds}, the run's totals over n_correct; null when none is "
                                     "correct", None)
    question_ids: list = _f("every question's id, in question order", factory=list)
    sqleval_disagreements: dict = _f("{ours_only: {reason: n}, sqleval_only: {reason: n}}: where the two verdicts "
                                     "differ", factory=dict)
    abstention: Optional[dict] = _f("only with unanswerable questions or abstentions: the abstention table "
                                    "(docs/SCORING.md)", None)
    partial_credit: Optional[dict] = _f("only with --partial-credit: {metrics, overall, splits, categories, databases}: "
                                        "each group's n and, per metric (soft_f1 …, linking ratios, ves), {value, n, ci} "
                                        "in percent; cost_ratio_median (docs/REPORTS.md)", None)
    samples: Optional[dict] = _f("only with --samples K > 1: {k, ks, metrics, per_correct_sample, bootstrap, overall, "
                                 "splits, categories, databases}: each group's n and, per metric, {value, ci} in percent (bootstrap over "
                                 "questions, seeded), seed_spread (docs/REPORTS.md)", None)

    def to_dict(self) -> dict:
        """summary.json's object: format_version, the configuration, then the numbers (abstention only
        when there is one)."""
        out: dict = {"format_version": self.format_version}
        out.update(self.meta)
        for f in dataclasses.fields(self):
            if f.name in ("meta", "format_version") or (f.name in ("abstention", "samples", "partial_credit") and getattr(self, f.name) is None):
                continue
            out[f.name] = getattr(self, f.name)
        return out
