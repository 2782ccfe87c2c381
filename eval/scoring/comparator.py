"""Result-set equivalence: is the prediction's result the gold's result?

Pure: result sets in, a Verdict out; no database access.  The rules (see
docs/SCORING.md for examples and for where they differ from sql-eval):

1. Columns: names and order are ignored.  Each gold column is matched by a
   distinct predicted column *row-aligned*: the prediction projected onto the
   matched columns must equal the gold row for row.  Extra predicted columns
   are allowed (``exact_match`` is then False).
2. Rows are multisets: duplicates count.  Row counts are compared first.
3. Order counts only when the gold has a top-level ORDER BY and the question
   asks for an order (``order_required``); rows tied on the gold's sort keys
   may then come in any order.
4. ORDER BY … LIMIT n cutting through a tie group accepts any valid choice of
   tied rows (reason ``gold_ambiguous_ties``).
5. Values: numbers compare numerically with a relative tolerance, NULL only
   equals NULL, booleans only booleans, a midnight timestamp equals its date,
   timestamptz compare as instants (eval/scoring/values.py).
6. An empty gold equals an empty prediction with at least as many columns.

One concern per module under eval/scoring/: verdict (reasons, Verdict, GoldEvidence), limits
(tolerances, budgets), values (rule 5), multisets (rule 2), targets (rules 3-4), columns (rule 1);
this module holds the order rule and puts them together (``compare``, ``combine_instances``).
"""
from __future__ import annotations

from typing import Optional

from eval.scoring import order_intent as _order_intent
from eval.sqltext.rewrite import OrderPlan
from eval.types import ResultSet
from eval.scoring.verdict import GoldEvidence, Verdict, _CLOSENESS, _MATCH_PREFERENCE
from eval.scoring.multisets import _Ctx, _Rows, _normalized, _same_multiset
from eval.scoring.targets import _build_target, _ordered_ok, _unordered_ok
from eval.scoring.columns import _Side, _find_assignment, _set_equal_somehow

# --------------------------------------------------------------------------- order rule

def asks_for_order(question_text: str, instructions: str = "") -> bool:
    """Whether the question's wording (or its instructions) asks for the result rows in a
    particular order: the rules and their table of labelled phrasings are eval/scoring/order_intent.py."""
    return _order_intent.asks_for_order(question_text or "", instructions or "")


def order_required(question_text: str, category: str, order_matters: Optional[bool], gold_ordered: bool,
                   instructions: str = "") -> bool:
    """Order counts only if the gold has a top-level ORDER BY, and then
    ``order_matters`` decides when set (False forces unordered), else the
    ``order_by`` category or the question's wording does."""
    if not gold_ordered:
        return False
    if order_matters is not None:
        return bool(order_matters)
    return category == "order_by" or asks_for_order(question_text, instructions)


def keyed_needed(plan: OrderPlan, *, question_text: str, category: str, order_matters: Optional[bool] = None,
                 instructions: str = "") -> bool:
    """Whether the comparator will use ``plan.keyed_sql``'s result for this
    question: the order is checked (tie groups) or a LIMIT/OFFSET may cut
    through ties.  The executor can skip running it otherwise."""
    if not plan.ordered or plan.keyed_sql is None:
        return False
    cut = plan.limit is not None or bool(plan.offset)
    return cut or order_required(question_text, category, order_matters, plan.ordered, instructions)


# --------------------------------------------------------------------------- one gold

def _verdict(correct: bool, reason: str, ctx: _Ctx, *, exact: bool = False, ambiguous: bool = False) -> Verdict:
    return Verdict(correct, exact, reason, "; ".join(ctx.notes), ambiguous)


def _compare_one(gold: GoldEvidence, pred: _Side, ordered: bool, ctx: _Ctx) -> Verdict:
    k, m = len(gold.result.columns), pred.width
    rows = _normalized(gold.result.rows, k)
    n_gold, n_pred = len(rows), len(pred.rows)
    if n_gold == 0 and n_pred == 0:
        if m < k:
            return _verdict(False, "missing_columns", ctx)
        return _verdict(True, "match" if m == k else "match_extra_columns", ctx, exact=m == k)
    if (n_gold == 0) != (n_pred == 0):
        return _verdict(False, "empty_vs_rows", ctx)
    if m < k:
        ctx.note(f"prediction has {m} columns, gold has {k}")
        return _verdict(False, "missing_columns", ctx)
    target = _build_target(gold, rows, ordered, ctx)
    gside = _Side(rows, list(gold.result.columns))
    if n_pred != target.n:
        ctx.note(f"{n_pred} rows, gold has {target.n}")
        duplicates = _set_equal_somehow(gside, pred, ctx)
        return _verdict(False, "duplicate_rows" if duplicates else "row_count", ctx, ambiguous=target.ambiguous)
    unordered_seen = False

    def leaf(projected: _Rows) -> bool:
        nonlocal unordered_seen
        if target.segments is not None:
            if _ordered_ok(target, projected, ctx):
                return True
            unordered_seen = unordered_seen or _unordered_ok(target, projected, ctx)
            return False
        return _unordered_ok(target, projected, ctx)

    assignment = _find_assignment(target, gside, pred, leaf, ctx)
    if assignment is None:
        if unordered_seen:
            return _verdict(False, "wrong_order", ctx, ambiguous=target.ambiguous)
        # With equal row counts and distinct gold rows, equal sets would mean
        # equal multisets, which no assignment gave: skip the set diagnosis.
        duplicates = len(rows.counter) < n_gold and _set_equal_somehow(gside, pred, ctx)
        return _verdict(False, "duplicate_rows" if duplicates else "wrong_values", ctx, ambiguous=target.ambiguous)
    if assignment != list(range(k)):
        ctx.note(f"gold columns matched by pred columns {assignment}")
    exact = m == k
    if target.ambiguous and not _same_multiset(rows, pred.project(assignment), ctx):
        reason = "gold_ambiguous_ties"
    else:
        reason = "match" if exact else "match_extra_columns"
    v = _verdict(True, reason, ctx, exact=exact, ambiguous=target.ambiguous)
    v.assignment = tuple(assignment)
    return v


# --------------------------------------------------------------------------- public API

def compare(golds: list[GoldEvidence], pred: ResultSet, *, question_text: str, category: str,
            order_matters: Optional[bool] = None, rel_tol: float = 1e-6, instructions: str = "") -> Verdict:
    """Compare one prediction with every gold alternative on one instance.

    Correct when any alternative matches.  When none does, the verdict of the
    "closest" alternative is returned (_CLOSENESS: wrong_order, then
    duplicate_rows, wrong_values, row_count, missing_columns, empty_vs_rows;
    the earlier alternative on a tie).
    """
    if not golds:
        return Verdict(False, False, "gold_error", "no gold alternative executed on this instance")
    pside = _Side(_normalized(pred.rows, len(pred.columns)), list(pred.columns))
    verdicts = []
    for gold in golds:
        ordered = order_required(question_text, category, order_matters, gold.plan.ordered, instructions)
        verdicts.append(_compare_one(gold, pside, ordered, _Ctx(rel_tol)))
        if verdicts[-1].reason == "match":
            break
    matches = [v for v in verdicts if v.correct]
    if matches:
        best = min(matches, key=lambda v: _MATCH_PREFERENCE.index(v.reason))
        best.exact_match = any(v.exact_match for v in matches)
        return best
    best_i = min(range(len(verdicts)), key=lambda i: (_CLOSENESS.index(verdicts[i].reason), i))
    best = verdicts[best_i]
    if len(golds) > 1:
        best.note = f"closest of {len(golds)} gold alternatives: #{best_i + 1}" + (f"; {best.note}" if best.note else "")
    return best


def combine_instances(verdicts: list[Verdict]) -> tuple[Verdict, bool]:
    """Per-instance verdicts (index 0 canonical) -> (overall verdict, correct_single).

    Correct overall only when correct on every instance.  Instances other
    than 0 whose gold failed to run (reason gold_error) are skipped: the
    test-suite rule counts the instances where the gold runs.
    """
    if not verdicts:
        return Verdict(False, False, "gold_error", "no instance was scored"), False
    first = verdicts[0]
    if not first.correct:
        return first, False
    counted = [(i, v) for i, v in enumerate(verdicts) if i == 0 or v.reason != "gold_error"]
    ambiguous = any(v.gold_ambiguous for _, v in counted)
    for i, v in counted:
        if not v.correct:
            note = f"correct on instance 0, not on instance {i}: {v.reason}" + (f" ({v.note})" if v.note else "")
            return Verdict(False, False, "instance_mismatch", note, ambiguous), True
    reasons = {v.reason for _, v in counted}
    reason = next((r for r in reversed(_MATCH_PREFERENCE) if r in reasons), "match")
    return Verdict(True, all(v.exact_match for _, v in counted), reason, first.note, ambiguous), True


_ERROR_REASONS = {"error": "pred_error", "rejected": "pred_error", "timeout": "timeout",
                  "too_large": "too_large", "no_prediction": "no_prediction", "gold_error": "gold_error"}


def error_verdict(error_kind: str, message: str) -> Verdict:
    """The verdict for a prediction that produced no result set.

    Maps ExecOutcome.error_kind: "error"/"rejected" -> pred_error, "timeout",
    "too_large"; also accepts "no_prediction" and "gold_error".  Unknown
    kinds count as pred_error.
    """
    return Verdict(False, False, _ERROR_REASONS.get(error_kind, "pred_error"), message)
