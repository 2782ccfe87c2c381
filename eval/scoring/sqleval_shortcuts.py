"""sql-eval's 2023 verdict on one gold expansion (eval/scoring/sqleval_compat.py, rules a-c) computed
from the result sets themselves, without building pandas frames, for *plain* results; anything else
is left to pandas (``decide`` returns None).

The 2023 rules are defined by pandas, and building and comparing DataFrames per prediction was most
of the scoring CPU of a run (docs/PERFORMANCE.md).  For plain results each step has a known
outcome in pure Python, and no pandas step can raise (rule d):

- **plain**: every value is None or a bool, an int within ±2**53, a non-NaN float, a finite Decimal,
  a str, a date, a time, or a datetime within pandas' nanosecond range; the values of a column are
  of one kind (one type; for timestamps, naive or aware at one UTC offset), as PostgreSQL returns a
  column; no money column (its text depends on the column type).  Rule a is decided whatever the
  column names; past it, duplicate names are left to pandas (rule b reindexes by name and raises).
- **the frame's columns** (``read_sql_query``, rule 2): ints stay ints unless the column has a NULL
  (then floats, NULL -> NaN); Decimals and floats are floats (NULL -> NaN); timestamps are
  ``datetime64`` (NULL -> NaT; aware ones compare as instants); bools without NULL stay bools; every
  other column (str, date, time, bools with NULL, all NULL) holds Python objects, NULL as None.
  NaN and NaT (``_NA`` here) are never equal positionally (rules a, b) but equal each other in
  ``drop_duplicates`` and in the asserts (rule c, with the nulls-match shim); None equals None
  everywhere; sorting puts both last.
- **rule a**: same shape and equal values at every position; **rule b**: the distinct rows (first
  occurrence kept), columns by name, rows sorted unless the order is kept, then rule a;
  **rule c**: same lengths, every gold column matched greedily to the first unmatched predicted
  column whose sorted values are close (``math.isclose``, rtol 1e-5, atol 1e-8, for numbers; equal
  otherwise; nulls match nulls), then the normalised frames close column by column.
- Positions whose kinds differ are compared only between numbers (int, float, Decimal) or when
  the answer is "not equal" for every pair of values of the two kinds; a bool against a number,
  and an aware timestamp against a naive one (pandas compares their wall clocks one way and raises
  the other), are left to pandas.

``tests/test_sqleval_shortcuts.py`` checks every decision against pandas over the case table and
random sweeps of near misses.
"""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Optional, Sequence

from eval.scoring.sqleval_frames import ATOL, MONEY_OID, RTOL
from eval.types import ResultSet

__all__ = ["decide", "is_plain", "kinds"]

_EXACT_INT = 2 ** 53
#: pandas' datetime64[ns] range, with a day of margin on each side
_TS_MIN, _TS_MAX = dt.datetime(1677, 9, 23), dt.datetime(2262, 4, 10)
MAX_CELLS = 40_000  # gold + prediction cells above which pandas decides (it is faster there)


class _NAType:
    """NaN / NaT of a frame column: never equal positionally, one value for drop_duplicates."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NA"


_NA = _NAType()


def _plain_value(v: object) -> bool:
    t = type(v)
    if t is bool or t is str or t is dt.date or t is dt.time:
        return True
    if t is int:  # within 2**53: exact as a float64 too (a frame of numeric columns compares as float64)
        return -_EXACT_INT <= v <= _EXACT_INT
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


def kinds(result: ResultSet) -> Optional[list]:
    """Each column's kind (None: every value NULL or no rows), or None when the values are not plain
    (the column names are checked by ``decide``: rule a does not read them); ``decide``'s
    ``pred_kinds``."""
    if any(oid == MONEY_OID for oid in result.type_oids):
        return None
    kinds: list = [None] * len(result.columns)
    for row in result.rows:
        for j, v in enumerate(row):
            if v is None:
                continue
            if not _plain_value(v):
                return None
            k = _kind(v)
            if kinds[j] is None:
                kinds[j] = k
            elif kinds[j] != k:
                return None
    return kinds


def is_plain(result: ResultSet) -> bool:
    """Every value plain, the values of each column of one kind, no money column, column names
    unique (module docstring)."""
    return kinds(result) is not None and _unique_names(result)


def _unique_names(result: ResultSet) -> bool:
    return len(set(result.columns)) == len(result.columns)


# --------------------------------------------------------------------------- the frame, column by column

_NUMBER = "number"


class _Column:
    __slots__ = ("family", "values", "aware")

    def __init__(self, family: object, values: list, aware: Optional[bool] = None):
        self.family, self.values, self.aware = family, values, aware


def _column(kind: object, values: list) -> _Column:
    has_null = any(v is None for v in values)
    if kind is int:
        return _Column(_NUMBER, [_NA if v is None else float(v) for v in values] if has_null else list(values))
    if kind is float or kind is Decimal:
        return _Column(_NUMBER, [_NA if v is None else float(v) for v in values])
    if isinstance(kind, tuple):  # timestamps: datetime64, NULL -> NaT
        return _Column("timestamp", [_NA if v is None else v for v in values], aware=kind[1] is not None)
    if kind is bool and not has_null:
        return _Column(bool, list(values))
    return _Column(("object", kind), list(values))  # str, date, time, bool with NULL, all NULL: None stays


def _frame(result: ResultSet, kinds: list) -> list[_Column]:
    return [_column(k, [row[j] for row in result.rows]) for j, k in enumerate(kinds)]


def _comparable(a: _Column, b: _Column) -> Optional[bool]:
    """True: values of a and b can be compared here; False: every pair is unequal (and no pandas
    step raises on them); None: pandas must decide."""
    if a.family == b.family:
        if a.family == "timestamp" and a.aware != b.aware:
            return None
        return True
    fams = {a.family, b.family}
    boolish = {bool, ("object", bool)}
    if fams & boolish and (_NUMBER in fams or fams <= boolish):
        return None  # True == 1 in some paths and not in others: pandas decides
    if "timestamp" in fams:
        other = (fams - {"timestamp"}).pop()
        if other not in (_NUMBER, ("object", str)):
            return None  # dates, times and all-NULL columns against datetime64: numpy's own conversions
    if a.family == ("object", None) or b.family == ("object", None):  # an all-NULL column
        return None
    return False


def _eq(a: object, b: object) -> bool:
    """Positional equality of rules a and b: NaN / NaT never equal."""
    if a is _NA or b is _NA:
        return False
    return a == b


def _close(a: object, b: object, numeric: bool) -> bool:
    """assert_almost_equal of one pair (rule c): nulls match nulls; numbers within the tolerance."""
    a_null, b_null = a is _NA or a is None, b is _NA or b is None
    if a_null or b_null:
        return a_null and b_null
    if numeric:
        return a == b or math.isclose(a, b, rel_tol=RTOL, abs_tol=ATOL)
    return a == b


def _sort_key(v: object) -> tuple:
    return (1,) if v is _NA or v is None else (0, v)


def _rows(cols: list[_Column]) -> list[tuple]:
    return list(zip(*(c.values for c in cols))) if cols else []


def _distinct(rows: list[tuple]) -> list[tuple]:
    """drop_duplicates: first occurrences, in order (NaN equals NaN, None equals None)."""
    seen: set = set()
    out = []
    for r in rows:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def _normalised(cols: list[_Column], names: Sequence[str], keep_order: bool) -> tuple[list[_Column], list[tuple]]:
    """Rule b's normalisation: distinct rows, columns by name, rows sorted unless the order is kept."""
    order = sorted(range(len(names)), key=lambda j: names[j])
    cols = [cols[j] for j in order]
    rows = _distinct(_rows(cols))
    if not keep_order:
        rows.sort(key=lambda r: tuple(_sort_key(v) for v in r))
    return cols, rows


def _positionally_equal(g_cols, g_rows, p_cols, p_rows) -> Optional[bool]:
    if len(g_cols) != len(p_cols) or len(g_rows) != len(p_rows):
        return False
    for a, b in zip(g_cols, p_cols):
        c = _comparable(a, b)
        if c is None:
            return None
        if c is False and g_rows:
            return False
    return all(_eq(x, y) for gr, pr in zip(g_rows, p_rows) for x, y in zip(gr, pr))


def _series_close(a: Sequence, b: Sequence, numeric: bool) -> bool:
    return len(a) == len(b) and all(_close(x, y, numeric) for x, y in zip(a, b))


def _subset(gold: ResultSet, g: list[_Column], p: list[_Column], pred: ResultSet, keep_order: bool) -> Optional[bool]:
    """Rule c: greedy column matching on sorted values, then the normalised frames."""
    if not gold.rows:
        return False
    if len(gold.rows) != len(pred.rows):
        return False  # every assert of the matching fails on its length check first
    unmatched = list(range(len(p)))
    matched = []
    for gc in g:
        g_sorted = sorted(gc.values, key=_sort_key)
        for j in unmatched:
            c = _comparable(gc, p[j])
            if c is None:
                return None
            if c is False:
                continue
            if _series_close(g_sorted, sorted(p[j].values, key=_sort_key), gc.family == _NUMBER and p[j].family == _NUMBER):
                matched.append(j)
                unmatched.remove(j)
                break
        else:
            return False
    picked = [p[j] for j in matched]
    g_cols, g_rows = _normalised(g, gold.columns, keep_order)
    p_cols, p_rows = _normalised(picked, gold.columns, keep_order)  # renamed to the gold's names
    if len(g_rows) != len(p_rows):
        return False
    for j, (a, b) in enumerate(zip(g_cols, p_cols)):
        numeric = a.family == _NUMBER and b.family == _NUMBER
        if not all(_close(gr[j], pr[j], numeric) for gr, pr in zip(g_rows, p_rows)):
            return False
    return True


def decide(gold: ResultSet, pred: ResultSet, *, pred_kinds: Optional[list], keep_order: bool) -> Optional[tuple[bool, bool]]:
    """(exact, subset) of one gold expansion as pandas would find them (rules a, b, c), or None when
    only pandas can tell.  ``pred_kinds`` is ``kinds(pred)`` (None: not plain)."""
    if pred_kinds is None:
        return None
    if (len(gold.rows) * len(gold.columns) + len(pred.rows) * len(pred.columns)) > MAX_CELLS:
        return None  # pandas' vectorised steps beat Python loops on large results
    g_kinds = kinds(gold)
    if g_kinds is None:
        return None
    if not gold.rows and not pred.rows:  # empty frames (object columns): equal iff as wide
        if len(gold.columns) == len(pred.columns):
            return True, False
        return (False, False) if _unique_names(gold) and _unique_names(pred) else None
    g, p = _frame(gold, g_kinds), _frame(pred, pred_kinds)
    a = _positionally_equal(g, _rows(g), p, _rows(p))  # rule a
    if a is None:
        return None
    if a:
        return True, False
    if not (_unique_names(gold) and _unique_names(pred)):
        return None  # rule b reindexes by name: pandas raises on duplicates (rule d)
    b = _positionally_equal(*_normalised(g, gold.columns, keep_order), *_normalised(p, pred.columns, keep_order))
    if b is None:
        return None
    if b:
        return True, False
    c = _subset(gold, g, p, pred, keep_order)
    if c is None:
        return None
    return False, c
