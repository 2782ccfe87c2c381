"""Values: normalising PostgreSQL values for comparison, numeric tolerance, row equality (rule 5 of eval/scoring/comparator.py)."""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal, localcontext
from typing import Callable, Optional, Sequence

from eval.pgvalues import Interval, Json, PgText
from eval.scoring.limits import ABS_TOL, FLOAT_NOISE, ROUNDER_MIN_PLACES, SHOWN_DIGITS_MAX_PLACES, SHOWN_DIGITS_MAX_TOL


class _Tag:
    """A private singleton standing for a value Python would confuse (True == 1, NaN != NaN)."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


_TRUE, _FALSE, _NAN, _JSON_OBJECT = _Tag("TRUE"), _Tag("FALSE"), _Tag("NaN"), _Tag("JSON_OBJECT")
_ARRAY = _Tag("ARRAY")  # an array is never equal to a record with the same fields
_NUMBERS = (int, float, Decimal)
_NUMERIC = frozenset(_NUMBERS)
_INEXACT = frozenset({float, Decimal, tuple})  # values that may need the tolerance
_EXACT_TYPES = frozenset({int, str, type(None), bytes, dt.timedelta, dt.time, dt.date, Interval, PgText, Json})
_NAN_TYPES = _EXACT_TYPES | {float, Decimal}
_DATETIME_TYPES = _EXACT_TYPES | {dt.datetime}


def _norm(v: object) -> object:
    """Canonical, hashable form of one driver value.

    Booleans become tags (so True != 1), NaN a tag (so NaN == NaN and NaN !=
    NULL), a naive timestamp at midnight its date, bytes-likes bytes,
    arrays/JSON nested tuples.  Aware datetimes are left alone: Python
    compares and hashes them as instants, whatever their zone.  Numbers stay
    Python numbers: int, float and Decimal compare and hash by exact value
    across types; the tolerance is applied later (``_value_eq``).
    """
    t = type(v)
    if v is None or t is int or t is str or t is dt.date:
        return v
    if t is bool:
        return _TRUE if v else _FALSE
    if t is float or t is Decimal:
        return _NAN if v != v else v
    if t is dt.datetime:
        return _norm_datetime(v)  # type: ignore[arg-type]
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    if isinstance(v, list):
        return (_ARRAY, tuple(_norm(x) for x in v))
    if isinstance(v, tuple):
        return tuple(_norm(x) for x in v)
    if isinstance(v, dict):
        return (_JSON_OBJECT, tuple(sorted((str(k), _norm(x)) for k, x in v.items())))
    if isinstance(v, bool):  # subclasses of the driver's types (rare)
        return _TRUE if v else _FALSE
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return _norm(float(v))
    if isinstance(v, dt.datetime):
        return _norm_datetime(v)
    try:
        hash(v)
        return v
    except TypeError:
        return repr(v)


def _norm_datetime(v: dt.datetime) -> object:
    """A timestamp at midnight is that day's date: naive, or aware at UTC midnight (the session's
    time zone is pinned to UTC, so ``date_trunc('month', tstz)::date`` and the timestamptz it came
    from print the same day)."""
    if not (v.hour or v.minute or v.second or v.microsecond) and (v.tzinfo is None or not v.utcoffset()):
        return v.date()
    return v


def _norm_column(values: Sequence[object]) -> Sequence[object]:
    """Normalise one column; the common column types take a fast path."""
    types = set(map(type, values))
    if types <= _EXACT_TYPES:
        return values
    if types <= _NAN_TYPES:
        try:
            if not any(v != v for v in values):
                return values
        except ArithmeticError:  # a signalling Decimal NaN
            pass
    elif types <= _DATETIME_TYPES:
        return [_norm_datetime(v) if type(v) is dt.datetime else v for v in values]  # type: ignore[arg-type]
    return [_norm(v) for v in values]


def _as_float(v: object) -> float:
    try:
        return float(v)  # type: ignore[arg-type]
    except OverflowError:
        return math.copysign(math.inf, v)  # type: ignore[arg-type]


def _infinite(v: object) -> bool:
    """A real infinity (float or numeric 'Infinity'), not a finite number too large for a float."""
    return (type(v) is float and math.isinf(v)) or (type(v) is Decimal and v.is_infinite())  # type: ignore[union-attr]


def _integral(v: object) -> bool:
    if type(v) is int:
        return True
    return type(v) is Decimal and v.is_finite() and v == v.to_integral_value()  # type: ignore[union-attr]


def _numbers_close(a: object, b: object, rel_tol: float) -> bool:
    """Tolerant equality of two numbers that are not exactly equal.

    Two exact integers (int, or integral Decimal) must be exactly equal: a
    relative tolerance would make counts 1000000 and 1000001, or bigint ids
    10**18 and 10**18 + 1, equal.
    """
    if type(a) is not float and type(b) is not float and _integral(a) and _integral(b):
        return False
    fa, fb = _as_float(a), _as_float(b)
    if math.isinf(fa) or math.isinf(fb):
        ia, ib = _infinite(a), _infinite(b)
        if ia or ib:
            return ia and ib and fa == fb
        # finite numbers beyond a float's range (numeric 1e400): the tolerance in exact decimals
        da, db = Decimal(a), Decimal(b)  # type: ignore[arg-type]
        with localcontext() as ctx:
            ctx.prec = 60
            return abs(da - db) <= Decimal(repr(rel_tol)) * max(abs(da), abs(db))
    tol = max(rel_tol * max(abs(fa), abs(fb)), ABS_TOL)
    if rel_tol <= SHOWN_DIGITS_MAX_TOL and (type(a) is Decimal or type(b) is Decimal):
        tol = min(tol, _shown_digits_cap(a, b, max(abs(fa), abs(fb))))
    return abs(fa - fb) <= tol


def _shown_digits_cap(a: object, b: object, magnitude: float) -> float:
    """Half a unit of the last decimal a numeric value shows, when it shows few (``ROUND(x, 2)``,
    ``numeric(12,2)``): 119000.13 is met by 119000.1283 but not by 119000.1 or 119000.2, although
    both are within 1e-6 of it.  Never below a double's own precision at that magnitude."""
    cap = math.inf
    for v in (a, b):
        if type(v) is Decimal and v.is_finite():  # type: ignore[union-attr]
            places = max(0, -v.as_tuple().exponent)  # type: ignore[union-attr,operator]  # finite: an int
            if places <= SHOWN_DIGITS_MAX_PLACES:
                cap = min(cap, 0.5 * 10.0 ** -places * (1 + 1e-6))  # the half unit itself is met
    return max(cap, FLOAT_NOISE * magnitude)


def _value_eq(a: object, b: object, rel_tol: float) -> bool:
    if a == b:
        return True
    ta, tb = type(a), type(b)
    if ta in _NUMERIC and tb in _NUMERIC:
        return _numbers_close(a, b, rel_tol)
    if ta is tuple and tb is tuple and len(a) == len(b):  # type: ignore[arg-type]
        return all(_value_eq(x, y, rel_tol) for x, y in zip(a, b))  # type: ignore[call-overload]
    return False


def _row_eq(a: tuple, b: tuple, rel_tol: float) -> bool:
    return a == b or all(_value_eq(x, y, rel_tol) for x, y in zip(a, b))


def _rounder(rel_tol: float) -> Optional[Callable[[object], object]]:
    """A function rounding inexact numbers to ``digits`` significant digits,
    where one unit of the last digit is at most a tenth of the tolerance.

    Two numbers that round alike are then within tolerance of each other, so
    rows equal after rounding can be paired without checking; numbers within
    tolerance that straddle a rounding boundary are left to the exact
    tolerant matching.  Exact integers are not rounded.
    """
    if not 1e-14 < rel_tol < 0.01:
        return None
    digits = math.floor(-math.log10(rel_tol)) + 2

    def rnd(v: object) -> object:
        t = type(v)
        if t is Decimal:
            if _integral(v) or not v.is_finite():  # type: ignore[union-attr]
                return v
            f = _as_float(v)
        elif t is float:
            f = v  # type: ignore[assignment]
        else:
            return v
        if f == 0.0 or not math.isfinite(f):
            return v  # a Decimal too large for a float keeps its exact value
        # at least ROUNDER_MIN_PLACES decimals, so that two values rounding alike are also within
        # the shown-digits cap of ``_numbers_close`` (half a unit of the 6th decimal or more)
        return round(f, max(digits - 1 - math.floor(math.log10(abs(f))), ROUNDER_MIN_PLACES))

    return rnd
