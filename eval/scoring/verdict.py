"""What a comparison returns: the reason codes, the gold evidence compared against, the Verdict."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from eval.sqltext.rewrite import OrderPlan
from eval.types import ResultSet


REASONS: tuple[str, ...] = (
    "match",
    "match_extra_columns",
    "gold_ambiguous_ties",
    "wrong_values",
    "row_count",
    "empty_vs_rows",
    "missing_columns",
    "duplicate_rows",
    "wrong_order",
    "instance_mismatch",
    "pred_error",
    "timeout",
    "too_large",
    "no_prediction",
    "gold_error",
    "hedged",                 # set by the pipeline (eval/scoring/hedging.py) over a match_extra_columns verdict
    "abstained",              # set by the pipeline: the model declined (docs/SCORING.md)
    "answered_unanswerable",  # set by the pipeline: a query for a question marked answerable: false
)

#: When no gold alternative matches, the reported reason comes from the
#: alternative whose failure is "closest" to a match, in this order.
_CLOSENESS = ("wrong_order", "duplicate_rows", "wrong_values", "row_count", "missing_columns", "empty_vs_rows")
#: When several alternatives match, the reported reason is the first of these.
_MATCH_PREFERENCE = ("match", "match_extra_columns", "gold_ambiguous_ties")

@dataclass
class GoldEvidence:
    """One gold alternative executed on one instance.

    ``keyed`` is ``plan.keyed_sql`` executed: the gold's columns followed by
    ``plan.n_keys`` sort-key columns, LIMIT/OFFSET removed; None when absent.
    """

    result: ResultSet
    plan: OrderPlan
    keyed: Optional[ResultSet] = None


@dataclass
class Verdict:
    correct: bool
    exact_match: bool
    reason: str
    note: str = ""
    gold_ambiguous: bool = False
    assignment: Optional[tuple] = None  # correct verdicts: the prediction column matched to each gold column
