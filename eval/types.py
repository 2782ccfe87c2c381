"""Typed records passed between the pipeline stages.

dataset -> prompt -> runner -> executor -> comparator -> report.  Every stage
exchanges only the dataclasses below, so a stage can be replaced without
touching the others.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Protocol, get_args

CATEGORIES = ("group_by", "order_by", "ratio", "table_join", "where")

#: Every reason code a verdict can carry (docs/SCORING.md), defined once: the comparator's and the
#: pipeline's verdicts, results.jsonl's ``reason`` and summary.json's ``reasons`` (in this order).
Reason = Literal[
    "match",
    "match_extra_columns",
    "gold_ambiguous_ties",
    "pred_error",
    "timeout",
    "too_large",
    "no_prediction",
    "empty_vs_rows",
    "row_count",
    "missing_columns",
    "wrong_values",
    "duplicate_rows",
    "wrong_order",
    "instance_mismatch",
    "hedged",                 # set by the pipeline (eval/scoring/hedging.py) over a match_extra_columns verdict
    "gold_error",
    "abstained",              # set by the pipeline: the model declined (docs/SCORING.md)
    "answered_unanswerable",  # set by the pipeline: a query for a question marked answerable: false
]
REASONS: tuple[str, ...] = get_args(Reason)

#: How an execution failed (ExecOutcome.error_kind): any database error, statement_timeout, the row
#: cap, or refused before it reached the server (several statements, empty, not parseable).
ErrorKind = Literal["error", "timeout", "too_large", "rejected"]
ERROR_KINDS: tuple[str, ...] = get_args(ErrorKind)

#: A run's settings: eval/config.py's typed Settings (every flag, with its default); re-exported
#: here for the stages that take them.  Only eval/cli/ and eval/api.py build one.
from eval.config import Settings  # noqa: E402, F401 - re-exported


@dataclass(frozen=True)
class Question:
    """One benchmark question, validated.

    ``gold`` holds every acceptable gold query after expanding ``;``
    alternatives and ``{a, b}`` column choices (see eval/data/dataset.py).
    ``gold_raw`` is the query cell as written in the file.
    """

    id: str
    db: str
    category: str
    question: str
    gold: tuple[str, ...]
    gold_raw: str
    instructions: str = ""
    difficulty: str = ""
    order_matters: Optional[bool] = None
    source_file: str = ""
    source_row: int = 0  # 1-based data row (CSV: line number of the row; JSONL: line number)
    split: str = "classic"  # benchmark split ("classic", "hard", ...): --split filters, reports break down by it
    answerable: bool = True  # False: the schema cannot answer it; the right output is to abstain (no gold)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    #: the question cell exactly as written, when it differs from ``question`` (which is stripped):
    #: the SQLCoder card's prompt inserted it raw (--compat sqleval-2023)
    question_raw: str = field(default="", compare=False, hash=False)


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    type: str
    description: str = ""


@dataclass(frozen=True)
class TableDoc:
    name: str  # schema-qualified when the table is not in ``public``
    columns: tuple[ColumnDoc, ...]
    description: str = ""


@dataclass(frozen=True)
class SchemaDoc:
    """What a model is told about one database (rendered by eval/data/prompt.py)."""

    db: str
    tables: tuple[TableDoc, ...]
    glossary: str = ""


@dataclass
class ResultSet:
    """Rows returned by PostgreSQL, decoded by eval/pgvalues.py (its table lists every type):
    int, float, Decimal, str, bool, None, bytes, datetime.date / datetime.datetime (UTC-aware for
    timestamptz) / datetime.time, pgvalues.Interval, pgvalues.Json, pgvalues.PgText (values Python
    has no faithful type for: BC dates, infinity, 24:00 …), lists (arrays), tuples (records).
    """

    columns: list[str]
    rows: list[tuple]
    type_oids: list[int] = field(default_factory=list)


@dataclass
class ExecOutcome:
    """The result of executing one SQL text in the sandbox.

    ``error_kind`` is None on success, else one of ERROR_KINDS:
    ``"error"`` (any database error), ``"timeout"`` (statement_timeout fired),
    ``"too_large"`` (row cap exceeded), ``"rejected"`` (refused before it
    reached the server: several statements, empty text, not parseable).
    """

    result: Optional[ResultSet]
    error_kind: Optional[ErrorKind] = None
    error: str = ""
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_kind is None


class SQLExecutor(Protocol):
    """The one seam between the loop and PostgreSQL.  eval/db/executor.py implements it (sandboxed,
    timed, pooled); tests/helpers/fake_executor.py implements it in memory, so the loop and the
    scoring are tested in milliseconds without a server."""

    def execute(self, db: str, sql: str, *, row_cap: Optional[int] = None, max_chars: Optional[int] = ...) -> ExecOutcome:
        """Run one query on database ``db``: an ExecOutcome for anything the query did; raises
        eval.errors.InfrastructureError only when the server itself failed."""
        ...

    def close(self) -> None:
        """Release every connection."""
        ...


@dataclass(frozen=True)
class Prompt:
    """A rendered prompt. Completion runners use ``text``; chat runners use ``messages``."""

    text: str
    messages: tuple[dict, ...]
    template_name: str
    template_hash: str
    prompt_hash: str


@dataclass(frozen=True)
class GenRequest:
    question: Question
    prompt: Optional[Prompt]
    #: the sample indices wanted for this question (``--samples K``: a subset of 0..K-1, those the
    #: generation cache does not hold); a runner yields one Generation per index, ``sample`` set
    samples: tuple[int, ...] = (0,)


@dataclass
class Generation:
    """What a runner returns for one question."""

    question_id: str
    sql: Optional[str]
    error: str = ""  # non-empty => error_query_gen = 1
    latency_s: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_cents: float = 0.0
    retries: int = 0
    raw_output: str = ""
    cached: bool = False
    abstained: bool = False  # the model declined ("I do not know"): scored as an abstention, not an error
    extraction_notes: tuple = ()
    #: --explore only (runners/_explore.py): {"steps", "tool_calls", "stop", "replayed", "trajectory"}
    explore: Optional[dict] = None
    #: which of the question's samples this is (0 .. --samples - 1)
    sample: int = 0
    #: True when this sample was decoded greedily (replay: the file's ``greedy`` column)
    greedy: bool = False
