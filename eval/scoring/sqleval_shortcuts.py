"""Where sql-eval's 2023 verdict on one gold expansion is decided by the result sets alone, without
building pandas frames (eval/scoring/sqleval_compat.py, rules a-d).

The 2023 rules are defined by pandas, and building two DataFrames per prediction was most of the
scoring CPU of a run (docs/PERFORMANCE.md).  For *plain* results the outcome of rules a-c is known
from the Python values, and no pandas step can raise (rule d):

- **plain**: every value is None or a bool, an int within int64, a non-NaN float, a finite Decimal,
  a str, a date, a time, or a datetime within pandas' nanosecond range, and the values of a column
  are of one kind (one type; for timestamps, naive or aware at one UTC offset); no money column (its text
  depends on the column type); column names unique (rule b reindexes by name and raises on
  duplicates).  Such values build a frame without error, and drop_duplicates, the column reindex,
  sort_values and the asserts' length check never raise on them.
- **exact** (rule a holds): same number of columns and rows, and at every position the same Python
  type and equal values, with no NULL anywhere (a NULL becomes NaN in a numeric column, and NaN is
  never equal positionally).  Equal inputs give equal frames, and equal frames are equal positionally.
- **no match** (rules a, b, c all fail): the gold is empty and the prediction is not (shapes differ
  before and after drop_duplicates; an empty gold is never a subset); the prediction is empty and the
  gold is not (shapes differ; every assert of rule c fails on its length check first); or the row
  counts differ and so do the column counts (shapes differ before and after drop_duplicates; rule c's
  asserts fail on length).  Also: the same number of columns, the row counts differ, and the numbers
  of distinct rows differ as pandas counts them (``drop_duplicates``).  That count is taken only when it
  is the same in Python as in pandas: no NULL, no float or Decimal (a Decimal becomes a float64 in the
  frame, and two Decimals can round to one float), every column of one Python type.

Anything else returns None: the caller runs pandas.  ``tests/test_sqleval_shortcuts.py`` checks each
decision against the pandas rules over the case table and random sweeps.
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Optional

from eval.scoring.sqleval_frames import MONEY_OID
from eval.types import ResultSet

__all__ = ["decide", "is_plain"]

_INT64 = 2 ** 63
_PLAIN_TYPES = (bool, int, float, str, Decimal, dt.date, dt.time)  # dt.datetime is a dt.date
#: pandas' datetime64[ns] range, with a day of margin on each side
_TS_MIN, _TS_MAX = dt.datetime(1677, 9, 23), dt.datetime(2262, 4, 10)


def _plain_value(v: object) -> bool:
    if v is None:
        return True
    t = type(v)
    if t is bool or t is str or t is dt.date or t is dt.time:
        return True
    if t is int:
        return -_INT64 <= v < _INT64
    if t is float:
        return not math.isnan(v)
    if t is Decimal:
        return v.is_finite()
    if t is dt.datetime:
        naive = v.replace(tzinfo=None)
        return _TS_MIN < naive < _TS_MAX
    return False  # subclasses (PgText, Json, Interval …), bytes, lists, dicts, timedeltas: pandas decides


def _kind(v: object) -> object:
    if type(v) is dt.datetime:
        return dt.datetime, v.utcoffset()  # naive, or aware at one UTC offset
    return type(v)


def is_plain(result: ResultSet) -> bool:
    """Every value plain, the non-NULL values of each column of one kind (as PostgreSQL returns a
    column: a column mixing kinds can make pandas' sort raise), no money column, column names unique
    (module docstring)."""
    if len(set(result.columns)) != len(result.columns):
        return False
    if any(oid == MONEY_OID for oid in result.type_oids):
        return False
    kinds: list = [None] * len(result.columns)
    for row in result.rows:
        for j, v in enumerate(row):
            if v is None:
                continue
            if not _plain_value(v):
                return False
            k = _kind(v)
            if kinds[j] is None:
                kinds[j] = k
            elif kinds[j] != k:
                return False
    return True


def _identical(gold: ResultSet, pred: ResultSet) -> bool:
    """Same shape, same type and equal value at every position, no NULL."""
    if len(gold.columns) != len(pred.columns) or len(gold.rows) != len(pred.rows):
        return False
    for g_row, p_row in zip(gold.rows, pred.rows):
        if len(g_row) != len(p_row):
            return False
        for a, b in zip(g_row, p_row):
            if a is None or b is None or type(a) is not type(b) or a != b:
                return False
    return True


def _distinct_rows(result: ResultSet) -> Optional[int]:
    """drop_duplicates' row count, where Python's equality is pandas' (module docstring); else None."""
    width = len(result.columns)
    kinds: list = [None] * width
    for row in result.rows:
        for j, v in enumerate(row):
            t = type(v)
            if v is None or t is float or t is Decimal:
                return None
            if kinds[j] is None:
                kinds[j] = t
            elif kinds[j] is not t:
                return None
    return len(set(map(tuple, result.rows)))


def decide(gold: ResultSet, pred: ResultSet, *, pred_plain: bool) -> Optional[bool]:
    """True: rule a holds (``exact``); False: rules a, b and c all fail and nothing raises (go on to
    the next expansion); None: only pandas can tell.  ``pred_plain`` is ``is_plain(pred)``."""
    if not pred_plain or not is_plain(gold):
        return None
    n_g, n_p = len(gold.rows), len(pred.rows)
    if _identical(gold, pred):
        return True
    if (n_g == 0) != (n_p == 0):
        return False
    if n_g == n_p:
        return None
    if len(gold.columns) != len(pred.columns):
        return False
    d_g = _distinct_rows(gold)
    d_p = _distinct_rows(pred) if d_g is not None else None
    if d_g is not None and d_p is not None and d_g != d_p:
        return False
    return None
