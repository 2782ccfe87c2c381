"""sql-eval's 2023 verdict (the SQLCoder model card's scorer), reproduced over this harness's results.

Pure: result sets in, a verdict out; no database access.  The spec is the "Scoring" section of
shared/SQLEVAL-2023.md (sql-eval ``eval/eval.py`` at commit 1210ab6, 2023-08-17); this is an
independent implementation of those rules, run on pandas (pin: ``pandas==3.1.1``; 3.0.6 works too)
so that the pandas-specific behaviour (coercions, ``drop_duplicates``, sorting, ``assert_*_equal``)
is pandas' own, with two shims where pandas 3 decides differently from 2023's pandas 2.0 (rule c).
The case table ``tests/data/sqleval_compat_cases.jsonl`` pins every rule below; its verdicts, and
6,000 random near-miss pairs, were cross-checked against the same rules run unshimmed on pandas
2.0.3 + NumPy 1.25.2 (the stack of August 2023): no disagreement.

Public API
==========

``expand_gold_2023(cell) -> list[str]``
    The gold texts the 2023 code executed for one gold cell, in its order.

``frame_2023(result) -> DataFrame``
    The DataFrame ``pandas.read_sql_query`` would have built from the driver's values.

``correct_sqleval(gold_cell, gold_results, pred, *, question, category) -> (correct, note)``
    ``gold_results[i]`` is the result of ``expand_gold_2023(gold_cell)[i]`` (a ``ResultSet``), or a
    failure marker (``GoldFailed(message)`` or any exception instance) when it did not execute;
    ``pred`` is the prediction's ``ResultSet``, or None when it produced none (generation failed,
    database error, timeout, too large).  ``note`` starts with one code of ``NOTE_CODES``,
    optionally followed by ``": "`` and details:

    =============  =======  ==============================================================
    code           correct  meaning
    =============  =======  ==============================================================
    ``exact``      True     frames equal for an expansion (sql-eval's ``exact_match`` = 1)
    ``subset``     True     the gold is a "subset" of the prediction for some expansion
    ``different``  False    no expansion matched
    ``pred_error`` False    no prediction result (sql-eval raised when executing it)
    ``gold_error`` False    an expansion reached by the loop did not execute
    ``exception``  False    pandas raised while building or comparing frames
    =============  =======  ==============================================================

The rules
=========

1. **Gold expansion** (``expand_gold_2023``), textual, as in 2023: the first ``{`` and the first
   ``}`` after it delimit the only group expanded (later groups stay in the text, so such a gold
   fails to execute); its text is split on ``,`` (items not stripped, empty items kept) and each
   non-empty subset, by size then listed order, joined with ``", "``, replaces the group; in the
   text after the group every ``GROUP BY {}`` (exactly one space, upper case) becomes
   ``GROUP BY <chosen columns>`` (not when that text *starts* with it: 2023 guarded the replacement
   with ``if tail.find("GROUP BY {}"):``, false only at index 0).  No ``;`` alternatives: the cell is one text, not stripped.
   Braces are found in string literals and comments too; identical expansions are not merged.
   A cell without ``{`` followed later by ``}`` is its own single expansion.
2. **Frames**: each result is read as ``read_sql_query`` did (``coerce_float=True``): Decimal ->
   float64, NULL in a numeric column -> NaN, integer columns holding NULL -> float64, timestamps ->
   ``datetime64`` (timestamptz -> UTC-aware ``datetime64``), intervals -> ``timedelta64``; dates,
   times, booleans with NULL, strings, lists and dicts stay Python objects, and so does a column
   that is NULL on every row (``None``, not NaN).  Values are first turned into what
   psycopg2 (sql-eval's driver) returned: see ``driver_value``.
3. **Per expansion, in order** (the prediction's frame is built first):
   a. *equal*: ``gold.shape == pred.shape and (gold.values == pred.values).all()`` — positional,
      column names ignored, shapes first (a 1-row gold never equals an empty prediction here; n
      copies of its row still equal it after rule b's ``drop_duplicates``); an element comparison
      that raises means "not equal".  Floats exactly.  (sql-eval's later code dropped the shape
      test, and NumPy broadcasting then made a 1-row gold equal 0 rows: shared/DESIGN-NOTES.md
      describes that later behaviour; the card-era code checked shapes, measured against its
      stored versions with bench/sqleval_differential.py.)
   b. else *equal after normalising both*: ``drop_duplicates``; columns sorted by **name**; rows
      sorted by every column (first to last) unless the category is ``order_by`` or the question
      matches ``(order|sort|arrange)`` anywhere ("border", "orders", "sorted", "arrangement"
      fire too); index reset; then rule a again.  Either a or b -> ``exact``, stop.
   c. else *subset*: never for an empty gold (no rows); each gold column, in the gold's order, takes
      the **first** still unmatched predicted column whose values, each column sorted on its own,
      ``assert_series_equal`` accepts (``check_dtype=False``, names ignored, rtol 1e-5, atol 1e-8;
      NaN equals NaN; lengths must be equal: no deduplication here); no backtracking, so a greedy
      choice can miss a valid assignment; every gold column must be matched.  Then the matched
      predicted columns, renamed to the gold's names, and the gold are both normalised (as in b)
      and ``assert_frame_equal`` (``check_dtype=False``, same tolerance) decides.  pandas-3 shims,
      keeping 2023's outcomes: any null matches any null in these asserts (pandas 2.0 equated
      ``None`` and NaN, pandas 3 does not), and a naive-timestamp gold column against an aware
      predicted one of the same length raises (pandas 2.0 raised AttributeError there; the reverse
      pair compared wall-clock values and still does).  A subset match makes the row correct
      but the loop goes on to the next expansion.
   d. a gold failure marker, or any exception raised by pandas in a, b, c (other than the
      assertion failures that mean "no match"), makes the row wrong, also after an earlier
      expansion matched as a subset (an exact match returns before later expansions run).

Assumptions where the facts file is silent
==========================================

- *Swallowed errors in rule a*: a comparison that fails (NumPy's scalar result) counts as "not
  equal" and goes on to rule b, as a shape mismatch does.
- *Case of the order words*: case-insensitive (the question is lower-cased and the pattern has
  IGNORECASE in every sql-eval version seen); only the question text is searched, not its
  instructions; the category must equal ``"order_by"`` exactly.
- *Column matching order in rule c*: gold columns in their SELECT order, predicted columns in
  theirs, first fit; a predicted column is used at most once.
- *Tolerance*: rtol 1e-5 and atol 1e-8 are passed explicitly: they were pandas 2.0's defaults
  for every numeric dtype; pandas >= 2.2 compares integer columns exactly unless a tolerance is
  given, so with the defaults ``1000000`` vs ``1000001`` would no longer be equal as in 2023.
- *pandas 3 vs 2023's pandas 2.0*: strings are read as Python objects (option
  ``future.infer_string`` off while scoring), as in 2023, so a NULL string stays ``None``
  (``None == None`` is equal positionally; NaN never is).  The option is global in pandas: the
  scoring holds a module lock, but other threads using pandas meanwhile would see it off.  Where
  the option no longer exists (pandas 4) strings are read as pandas 3+ reads them.
- *Driver values* (psycopg2 2.9 defaults, the driver of 2023): intervals -> ``timedelta``
  (a month = 30 days, a year = 365 days), json/jsonb -> parsed Python objects, bytea ->
  ``memoryview``, money (type oid 790) -> its text ``$1,234.50`` (lc_monetary C / en_US),
  arrays -> lists (elements converted the same way); every other value as this harness's executor
  decoded it.  Known approximations: values the executor keeps as server text (``PgText``:
  ±infinity dates, BC dates, 24:00) stay text (psycopg2 mapped infinity to ``date.max`` and
  raised on BC years), records stay tuples (psycopg2 returned their text).  Known pandas
  divergence: pandas 2.0's asserts took a number as equal to a list of equal numbers (``1`` ~
  ``[1]``), pandas 3 does not (a numeric gold column against an array column: rare).
- *Queries sql-eval could not run*: executing is the caller's job; whatever the 2023 code could
  not execute (a second brace group left in the text, ``GROUP BY  {}``, a syntax error) must
  reach ``correct_sqleval`` as a failure marker.  psycopg2 ran a multi-statement text and
  returned the last result; this harness's executor refuses it: pass the marker (a known
  divergence, for cells with ``;`` alternatives written for later sql-eval versions).  A single
  statement's trailing ``;`` was harmless to psycopg2: strip it if the executor needs that.
- One database: sql-eval scored on one database; pass the results on one instance (instance 0).

The frames (driver values, read_sql_query over the fetched rows) are eval/scoring/sqleval_frames.py.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Optional, Sequence, Union, get_args

from eval.scoring import sqleval_shortcuts
from eval.scoring.sqleval_frames import ATOL, RTOL, _pandas_2023, frame_2023
from eval.types import ResultSet

if TYPE_CHECKING:  # pandas is imported only when frames are built
    import pandas as pd

__all__ = ["NOTE_CODES", "ORDER_WORDS", "GoldFailed", "correct_sqleval", "expand_gold_2023", "wants_order_2023"]

NoteCode = Literal["exact", "subset", "different", "pred_error", "gold_error", "exception"]
NOTE_CODES: tuple[str, ...] = get_args(NoteCode)

#: The 2023 order test: these words anywhere in the question, inside other words too.
ORDER_WORDS = re.compile(r"(order|sort|arrange)", re.IGNORECASE)
_GROUP_BY_HOLE = "GROUP BY {}"


@dataclass(frozen=True)
class GoldFailed:
    """Stands for a gold expansion that did not execute (any error: the row is then wrong)."""

    message: str = ""


GoldResult = Union[ResultSet, GoldFailed, BaseException]


# --------------------------------------------------------------------------- gold expansion

def expand_gold_2023(cell: str) -> list[str]:
    """The texts the 2023 code executed for one gold cell (rule 1 of the module docstring).

    >>> expand_gold_2023("SELECT {a, b} FROM t")
    ['SELECT a FROM t', 'SELECT  b FROM t', 'SELECT a,  b FROM t']
    >>> expand_gold_2023("SELECT {x,y}, COUNT(*) FROM t GROUP BY {}")[2]
    'SELECT x, y, COUNT(*) FROM t GROUP BY x, y'
    """
    start = cell.find("{")
    end = cell.find("}", start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return [cell]
    before, after = cell[:start], cell[end + 1:]
    items = cell[start + 1:end].split(",")
    out = []
    for size in range(1, len(items) + 1):
        for combo in itertools.combinations(items, size):
            chosen = ", ".join(combo)
            tail = after
            # 2023 guarded the replacement with `if tail.find(...)`: falsy only when the tail
            # starts with the placeholder (index 0), truthy when it is absent (-1).
            if tail.find(_GROUP_BY_HOLE) != 0:
                tail = tail.replace(_GROUP_BY_HOLE, "GROUP BY " + chosen)
            out.append(before + chosen + tail)
    return out


def wants_order_2023(question: str, category: str) -> bool:
    """2023's "keep the row order" test: category ``order_by`` or an order word anywhere."""
    return category == "order_by" or ORDER_WORDS.search((question or "").lower()) is not None


# --------------------------------------------------------------------------- comparison

def _positionally_equal(a: "pd.DataFrame", b: "pd.DataFrame") -> bool:
    """Rule a: 2023's ``df1.shape == df2.shape and (df1.values == df2.values).all()``; an error of
    NumPy's comparison means "no"."""
    if a.shape != b.shape:
        return False
    try:
        same = a.values == b.values
        return bool(same.all()) if hasattr(same, "all") else bool(same)
    except Exception:  # noqa: BLE001 - any error of NumPy's comparison means 'not equal', as in sql-eval
        return False


def _normalised(df: "pd.DataFrame", keep_order: bool) -> "pd.DataFrame":
    """Rule b: no duplicate rows, columns by name, rows sorted unless the order is kept."""
    out = df.drop_duplicates()
    out = out.reindex(sorted(out.columns), axis=1)
    if not keep_order:
        out = out.sort_values(by=list(out.columns))
    return out.reset_index(drop=True)


def _frames_equal(gold: "pd.DataFrame", pred: "pd.DataFrame", keep_order: bool) -> bool:
    if _positionally_equal(gold, pred):
        return True
    return _positionally_equal(_normalised(gold, keep_order), _normalised(pred, keep_order))


def _nulls_matching(obj):
    """pandas 2.0's asserts took any null for any other (None vs NaN: equal, with a warning);
    pandas 3 tells them apart.  The copies given to the asserts hold NaN for every null of an
    object column, so nulls match as they did in 2023."""
    import numpy as np  # noqa: PLC0415 - numpy only when a 2023 verdict is computed

    if hasattr(obj, "columns"):
        out = obj.copy()
        for i in range(out.shape[1]):
            col = out.iloc[:, i]
            if col.dtype == object:
                out.isetitem(i, col.where(col.notna(), np.nan))
        return out
    return obj.where(obj.notna(), np.nan) if obj.dtype == object else obj


def _tz_kind(dtype) -> Optional[str]:
    if getattr(dtype, "kind", None) != "M":
        return None
    return "aware" if getattr(dtype, "tz", None) is not None else "naive"


def _assert_series_2023(gold_values, pred_values) -> None:
    """``assert_series_equal`` as the subset rule called it in 2023 (AssertionError = no match)."""
    from pandas.testing import assert_series_equal  # noqa: PLC0415 - pandas only when a 2023 verdict is computed

    if len(gold_values) == len(pred_values) and _tz_kind(gold_values.dtype) == "naive" \
            and _tz_kind(pred_values.dtype) == "aware":
        # pandas 2.0 raised AttributeError here (a naive gold column against an aware one);
        # pandas 3 compares them: keep 2023's outcome, an exception (the row is wrong).
        raise TypeError("pandas 2.0 could not compare a naive timestamp column with an aware one")
    assert_series_equal(_nulls_matching(gold_values), _nulls_matching(pred_values),
                        check_dtype=False, check_names=False, rtol=RTOL, atol=ATOL)


def _is_subset(gold: "pd.DataFrame", pred: "pd.DataFrame", keep_order: bool) -> bool:
    """Rule c: greedy column matching on sorted values, then the normalised frames."""
    from pandas.testing import assert_frame_equal  # noqa: PLC0415 - pandas only when a 2023 verdict is computed

    if gold.empty:
        return False
    unmatched = list(pred.columns)
    matched = []
    for gname in gold.columns:
        gvalues = gold[gname].sort_values().reset_index(drop=True)
        for pname in unmatched:
            pvalues = pred[pname].sort_values().reset_index(drop=True)
            try:
                _assert_series_2023(gvalues, pvalues)
            except AssertionError:
                continue
            matched.append(pname)
            unmatched.remove(pname)
            break
        else:
            return False
    picked = pred[matched]
    picked.columns = list(gold.columns)
    try:
        assert_frame_equal(_nulls_matching(_normalised(gold, keep_order)),
                           _nulls_matching(_normalised(picked, keep_order)),
                           check_dtype=False, rtol=RTOL, atol=ATOL)
    except AssertionError:
        return False
    return True


def _failure(g: object) -> Optional[str]:
    if isinstance(g, ResultSet):
        return None
    if isinstance(g, GoldFailed):
        return g.message or "failed"
    if isinstance(g, BaseException):
        return f"{type(g).__name__}: {g}"
    raise TypeError(f"a gold result must be a ResultSet, GoldFailed or an exception, not {type(g).__name__}")


def _short(e: BaseException) -> str:
    text = f"{type(e).__name__}: {e}".replace("\n", " ")
    return text if len(text) <= 200 else text[:197] + "..."


_GOLD_FRAMES: dict[int, tuple[object, "pd.DataFrame"]] = {}  # id(result) -> (result, its frame)
_GOLD_FRAMES_MAX = 1024


def _gold_frame(result: ResultSet) -> "pd.DataFrame":
    """``frame_2023`` of a gold result, memoised by object: the gold store hands out the same result
    object for every prediction of a question (samples, copies of a row).  The entry keeps the result
    alive, so its id cannot be reused while cached; no rule mutates a frame (every step returns a new
    one).  Called under the pandas lock of ``_pandas_2023``."""
    hit = _GOLD_FRAMES.get(id(result))
    if hit is not None and hit[0] is result:
        return hit[1]
    if len(_GOLD_FRAMES) >= _GOLD_FRAMES_MAX:
        _GOLD_FRAMES.clear()
    df = frame_2023(result)
    _GOLD_FRAMES[id(result)] = (result, df)
    return df


def correct_sqleval(gold_cell: str, gold_results: Sequence[GoldResult], pred: Optional[ResultSet], *,
                    question: str, category: str) -> tuple[bool, str]:
    """sql-eval 2023's verdict on one prediction: ``(correct, note)`` (module docstring).

    ``gold_results`` has one entry per ``expand_gold_2023(gold_cell)`` text, in that order (a
    ValueError otherwise); entries after an exact match are never looked at.
    """
    expected = len(expand_gold_2023(gold_cell))
    if len(gold_results) != expected:
        raise ValueError(f"gold_results has {len(gold_results)} entries; the gold cell expands to {expected}")
    for g in gold_results:
        _failure(g)  # type check up front: a wiring mistake is not a verdict
    if pred is None:
        return False, "pred_error"
    keep_order = wants_order_2023(question, category)
    # a plain prediction builds its frame without error, so it is built only when pandas must decide
    # (eval/scoring/sqleval_shortcuts.py); any other prediction's frame first, as in 2023
    pred_kinds = sqleval_shortcuts.kinds(pred)
    pred_df = None
    if pred_kinds is None:
        with _pandas_2023():
            try:
                pred_df = frame_2023(pred)
            except Exception as e:  # noqa: BLE001 - sql-eval counts any exception as incorrect; reported with its text
                return False, f"exception: prediction frame: {_short(e)}"
    subset_at = None
    for i, g in enumerate(gold_results, 1):
        failed = _failure(g)
        if failed is not None:
            return False, f"gold_error: expansion {i} of {expected}: {failed}"
        quick = sqleval_shortcuts.decide(g, pred, pred_kinds=pred_kinds, keep_order=keep_order)
        if quick is not None:
            exact, subset = quick
            if exact:
                return True, f"exact: expansion {i} of {expected}"
            if subset and subset_at is None:
                subset_at = i
            continue
        with _pandas_2023():
            try:
                if pred_df is None:
                    pred_df = frame_2023(pred)  # plain: it builds without error (sqleval_shortcuts)
            except Exception as e:  # noqa: BLE001 - kept all the same: sql-eval counts any exception as incorrect
                return False, f"exception: prediction frame: {_short(e)}"
            try:
                gold_df = _gold_frame(g)
                if _frames_equal(gold_df, pred_df, keep_order):
                    return True, f"exact: expansion {i} of {expected}"
                if _is_subset(gold_df, pred_df, keep_order) and subset_at is None:
                    subset_at = i
            except Exception as e:  # noqa: BLE001 - sql-eval counts any exception as incorrect; reported with its text
                return False, f"exception: expansion {i} of {expected}: {_short(e)}"
    if subset_at is not None:
        return True, f"subset: expansion {subset_at} of {expected}"
    return False, "different"
