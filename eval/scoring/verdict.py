"""What a comparison returns: the gold evidence compared against, the Verdict (its reason codes are
eval/types.py's ``Reason``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from eval.sqltext.rewrite import OrderPlan
from eval.types import Reason, ResultSet

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
    reason: Reason
    note: str = ""
    gold_ambiguous: bool = False
    assignment: Optional[tuple] = None  # correct verdicts: the prediction column matched to each gold column
