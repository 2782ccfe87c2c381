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
   timestamptz compare as instants (``_norm`` and ``_value_eq``).
6. An empty gold equals an empty prediction with at least as many columns.
"""
from __future__ import annotations

import datetime as dt
import math
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from operator import itemgetter
from typing import Callable, Optional, Sequence

from eval.scoring import order_intent as _order_intent
from eval.pgvalues import Interval, Json, PgText
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

ABS_TOL = 1e-9
#: Row visits allowed to the column-assignment search, per comparison.
SEARCH_BUDGET = 5_000_000
#: A comparison that takes longer than this (pathological widths: thousands of columns whose value
#: multisets all agree) stops and counts as different, with a note; ordinary ones take milliseconds.
COMPARE_SECONDS = 1.0
MAX_PROJECTIONS = 4096
#: Candidate pairs the tolerant row matching may test, per comparison.
MATCH_BUDGET = 2_000_000


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


# --------------------------------------------------------------------------- values

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


def _normalized(rows: Sequence[tuple], ncols: int) -> "_Rows":
    """Normalised rows, keeping the transposed columns for later statistics."""
    if not rows:
        return _Rows([])
    columns = [_norm_column(c) for c in zip(*rows)]
    if len(columns) != ncols:
        raise ValueError(f"rows have {len(columns)} values but the result has {ncols} columns")
    normalized = _Rows(list(zip(*columns)))
    normalized._columns = columns
    return normalized


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
    return abs(fa - fb) <= max(rel_tol * max(abs(fa), abs(fb)), ABS_TOL)


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
        return round(f, digits - 1 - math.floor(math.log10(abs(f))))

    return rnd


# --------------------------------------------------------------------------- multisets

class _Rows:
    """A list of normalised rows with cached columns, value counts and projections."""

    __slots__ = ("rows", "_columns", "_counter", "_projections", "_types")

    def __init__(self, rows: list[tuple]):
        self.rows = rows
        self._columns: Optional[list[Sequence[object]]] = None
        self._counter: Optional[Counter] = None
        self._projections: dict[tuple[int, ...], _Rows] = {}
        self._types: Optional[list[set]] = None

    @property
    def types(self) -> list[set]:
        """The set of value types in each column (empty list for no rows)."""
        if self._types is None:
            self._types = [set(map(type, c)) for c in self.columns(len(self.rows[0]))] if self.rows else []
        return self._types

    def __len__(self) -> int:
        return len(self.rows)

    def columns(self, width: int) -> list[Sequence[object]]:
        if self._columns is None:
            self._columns = list(zip(*self.rows)) if self.rows else [() for _ in range(width)]
        return self._columns

    @property
    def counter(self) -> Counter:
        if self._counter is None:
            self._counter = Counter(self.rows)
        return self._counter

    def project(self, idx: Sequence[int], width: int) -> "_Rows":
        """The rows restricted to columns ``idx`` (in that order), cached."""
        key = tuple(idx)
        if key == tuple(range(width)):
            return self
        if key not in self._projections:
            if len(self._projections) >= MAX_PROJECTIONS:  # bounded memory on very wide results
                self._projections.clear()
            if not key:
                rows: list[tuple] = [()] * len(self.rows)
            else:
                cols = self.columns(width)
                rows = list(zip(*[cols[i] for i in key])) if self.rows else []
            self._projections[key] = _Rows(rows)
        return self._projections[key]


class _Budget(Exception):
    pass


@dataclass
class _Ctx:
    """Options and bookkeeping of one comparison."""

    rel_tol: float
    notes: list[str] = field(default_factory=list)
    match_work: int = 0

    def __post_init__(self) -> None:
        self.rounder = _rounder(self.rel_tol)
        self.deadline = time.monotonic() + COMPARE_SECONDS

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            self.note(f"comparison time budget ({COMPARE_SECONDS:g} s) exceeded: counted as different")
            raise _Budget

    def note(self, text: str) -> None:
        if text and text not in self.notes:
            self.notes.append(text)


def _key_getter(positions: list[int]) -> Callable[[tuple], object]:
    if not positions:
        return lambda row: ()
    return itemgetter(*positions)


def _column_types(*row_lists: list[tuple]) -> list[set]:
    width = next((len(rows[0]) for rows in row_lists if rows), 0)
    types: list[set] = [set() for _ in range(width)]
    for rows in row_lists:
        for i, col in enumerate(zip(*rows)):
            types[i].update(map(type, col))
    return types


def _pair_rounded(spare: list[tuple], missing: list[tuple], types: list[set],
                  ctx: _Ctx) -> tuple[list[tuple], list[tuple]]:
    """Pair rows equal after rounding inexact numbers (see ``_rounder``);
    return the (spare, missing) rows left unpaired."""
    rnd = ctx.rounder
    assert rnd is not None
    positions = [i for i, ts in enumerate(types) if ts & {float, Decimal}]

    def rounded(rows: list[tuple]) -> list[tuple]:
        cols = list(zip(*rows))
        for i in positions:
            cols[i] = list(map(rnd, cols[i]))
        return list(zip(*cols))

    buckets: dict[tuple, list[int]] = {}
    for i, key in enumerate(rounded(spare)):
        buckets.setdefault(key, []).append(i)
    used: set[int] = set()
    left_missing = []
    for row, key in zip(missing, rounded(missing)):
        ids = buckets.get(key)
        if ids:
            used.add(ids.pop())
        else:
            left_missing.append(row)
    return [row for i, row in enumerate(spare) if i not in used], left_missing


def _exact_part(types: list[set]) -> Callable[[tuple], object]:
    """The columns that hold no number, array or JSON: these must match exactly."""
    return _key_getter([i for i, ts in enumerate(types) if not ts & (_INEXACT | _NUMERIC)])


def _exact_parts_fit(spare: list[tuple], missing: list[tuple], types: list[set]) -> bool:
    """Every missing row's exact part (strings, dates, NULLs …) has a spare partner."""
    key = _exact_part(types)
    have, need = Counter(map(key, spare)), Counter(map(key, missing))
    return all(c <= have.get(k, 0) for k, c in need.items())


def _tolerant_take(spare: list[tuple], missing: list[tuple], types: list[set], ctx: _Ctx) -> Optional[list[tuple]]:
    """Match every ``missing`` row to a distinct tolerant-equal ``spare`` row;
    return the unused spare rows, or None.

    Rows are grouped by their exact (non-numeric) columns; inside a group,
    candidates come from bisecting the first numeric column with a window of
    twice the tolerance, and are confirmed by ``_row_eq``.  A maximum
    bipartite matching (augmenting paths) then pairs them, so a value within
    tolerance of two others cannot steal the wrong partner.
    """
    exact_key = _exact_part(types)
    pos = next((i for i, ts in enumerate(types) if ts & _NUMERIC), None)
    index: dict[object, tuple[list[float], list[int], list[int]]] = {}
    for i, row in enumerate(spare):
        entry = index.setdefault(exact_key(row), ([], [], []))
        (entry[1] if pos is not None and type(row[pos]) in _NUMERIC else entry[2]).append(i)
    sorted_groups: set[int] = set()
    window = 2 * ctx.rel_tol if ctx.rel_tol < 0.5 else math.inf

    def candidates(row: tuple) -> list[int]:
        entry = index.get(exact_key(row))
        if entry is None:
            return []
        keys, ids, others = entry
        if pos is not None and type(row[pos]) in _NUMERIC:
            if id(entry) not in sorted_groups:  # sort each group on first use
                ids.sort(key=lambda i: _as_float(spare[i][pos]))
                keys.extend(_as_float(spare[i][pos]) for i in ids)
                sorted_groups.add(id(entry))
            x = _as_float(row[pos])
            d = window * abs(x) + 2 * ABS_TOL
            if math.isfinite(d):
                ids = ids[bisect_left(keys, x - d):bisect_right(keys, x + d)]
        else:
            ids = others
        ctx.match_work += len(ids)
        if ctx.match_work > MATCH_BUDGET:
            raise _Budget
        if not ctx.match_work & 1023:
            ctx.check_time()
        return [i for i in ids if _row_eq(spare[i], row, ctx.rel_tol)]

    adjacency: dict[int, list[int]] = {}
    owner: dict[int, int] = {}  # spare id -> missing id
    mate: dict[int, int] = {}  # missing id -> spare id

    def augment(start: int) -> bool:
        """Breadth-first search for an augmenting path from missing row ``start``."""
        parent: dict[int, int] = {}  # spare id -> the missing id that reached it
        queue = [start]
        for b in queue:
            if b not in adjacency:
                adjacency[b] = candidates(missing[b])
            for a in adjacency[b]:
                if a in parent:
                    continue
                parent[a] = b
                if a not in owner:
                    while True:  # flip the path back to start
                        b_here = parent[a]
                        a_prev = mate.get(b_here)
                        owner[a], mate[b_here] = b_here, a
                        if a_prev is None:
                            return True
                        a = a_prev
                queue.append(owner[a])
        return False

    for b in range(len(missing)):
        if not augment(b):
            return None
    return [row for i, row in enumerate(spare) if i not in owner]


def _may_tolerate(a: _Rows, b: _Rows) -> bool:
    """Cheap test before listing the differing rows of two same-size row lists:
    some column holds inexact values, and the exact columns agree as a multiset."""
    types = [x | y for x, y in zip(a.types, b.types)]
    if not any(ts & _INEXACT for ts in types):
        return False
    key = _exact_part(types)
    return dict.__eq__(Counter(map(key, a.rows)), Counter(map(key, b.rows)))


def _excess(a: Counter, b: Counter) -> list[tuple]:
    """Rows of ``a`` not paired with an identical row of ``b`` (with multiplicity).

    Set difference of the items views runs at C speed, so only the rows that
    differ are visited in Python.
    """
    get = b.get
    return [row for row, count in a.items() - b.items() for _ in range(count - get(row, 0))]


def _take(pool: _Rows, rows: _Rows, ctx: _Ctx) -> Optional[list[tuple]]:
    """Match each of ``rows`` to a distinct equal row of ``pool``; return the
    pool rows left over, or None when some row has no partner.

    Three stages, each only on what the previous left: identical rows
    (Counter arithmetic), rows identical after rounding inexact numbers
    (``_rounder``), then a tolerant bipartite matching.  Pairing identical
    rows first could in theory block a tolerant pairing through a chain of
    near-equal values; that needs distinct values within 1e-6 of each other
    in the same column, and is accepted.
    """
    if len(rows) > len(pool):
        return None
    have, need = pool.counter, rows.counter
    if dict.__eq__(have, need):  # Counter.__eq__ is a slow Python loop
        return []
    if len(rows) == len(pool) and not _may_tolerate(pool, rows):
        return None  # equal sizes, different rows, nothing inexact: no partner for some row
    missing = _excess(need, have)
    spare = _excess(have, need)
    if not missing:
        return spare
    types = _column_types(spare, missing)
    if not any(ts & _INEXACT for ts in types) or not _exact_parts_fit(spare, missing, types):
        return None  # the differences are beyond any tolerance
    if ctx.rounder is not None and len(missing) > 8:
        spare, missing = _pair_rounded(spare, missing, types, ctx)
        if not missing:
            return spare
    try:
        return _tolerant_take(spare, missing, types, ctx)
    except _Budget:
        ctx.note("tolerant matching budget exceeded: counted as different")
        return None


def _same_multiset(a: _Rows, b: _Rows, ctx: _Ctx) -> bool:
    return len(a) == len(b) and _take(a, b, ctx) == []


def _same_set(a: _Rows, b: _Rows, ctx: _Ctx) -> bool:
    return _same_multiset(_Rows(list(a.counter)), _Rows(list(b.counter)), ctx)


# --------------------------------------------------------------------------- gold targets

@dataclass
class _Target:
    """What a prediction's rows must satisfy, in gold column order.

    ``rows``: the gold as executed.  A prediction must hold every ``fixed``
    row, and its other ``n - len(fixed)`` rows must come from ``pool`` (the
    rows of tie groups cut by LIMIT/OFFSET).  ``segments`` (ordered
    comparison only): consecutive (tie group rows, how many the window takes).
    """

    rows: _Rows
    fixed: _Rows
    pool: _Rows
    n: int
    width: int
    segments: Optional[list[tuple[list[tuple], int]]] = None
    ambiguous: bool = False

    def project(self, idx: Sequence[int]) -> "_Target":
        w = self.width
        return _Target(self.rows.project(idx, w), self.fixed.project(idx, w), self.pool.project(idx, w),
                       self.n, len(idx))


def _plain_target(rows: _Rows, width: int) -> _Target:
    return _Target(rows, rows, _Rows([]), len(rows), width)


def _unordered_ok(target: _Target, pred: _Rows, ctx: _Ctx) -> bool:
    if len(pred) != target.n:
        return False
    if not len(target.pool):
        return _same_multiset(target.fixed, pred, ctx)
    rest = _take(pred, target.fixed, ctx)
    return rest is not None and _take(target.pool, _Rows(rest), ctx) is not None


def _ordered_ok(target: _Target, pred: _Rows, ctx: _Ctx) -> bool:
    """Each tie group's rows, in sequence; any order inside a group."""
    assert target.segments is not None
    rows = pred.rows
    if len(rows) != target.n:
        return False
    pos, tol = 0, ctx.rel_tol
    for group, take in target.segments:
        if len(group) == 1:
            if not _row_eq(group[0], rows[pos], tol):
                return False
        else:
            chunk = _Rows(rows[pos:pos + take])
            if take == len(group):
                if not _same_multiset(_Rows(group), chunk, ctx):
                    return False
            elif _take(_Rows(group), chunk, ctx) is None:
                return False
        pos += take
    return True


def _tie_groups(keys: list[tuple]) -> list[tuple[int, int]]:
    """[start, end) runs of equal sort keys (exact equality: PostgreSQL's sort
    keeps 1.0 and 1.0000001 apart; NULLs and NaNs tie with themselves)."""
    groups, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            groups.append((start, i))
            start = i
    return groups


def _window_split(body: list[tuple], groups: list[tuple[int, int]], start: int,
                  end: int) -> tuple[list[tuple], list[tuple]]:
    """(fixed, pool) of the window [start, end): the tie groups it cuts (at
    most the first and the last of ``groups``, those overlapping the window)
    go whole to the pool; everything between is fixed."""
    if not groups:
        return [], []
    (f0, f1), (l0, l1) = groups[0], groups[-1]
    first_cut, last_cut = f0 < start, l1 > end
    if (f0, f1) == (l0, l1):
        return ([], body[f0:f1]) if first_cut or last_cut else (body[f0:f1], [])
    lo, hi = (f1 if first_cut else start), (l0 if last_cut else end)
    pool = (body[f0:f1] if first_cut else []) + (body[l0:l1] if last_cut else [])
    return body[lo:hi], pool


def _keyed_target(gold: GoldEvidence, rows: _Rows, ordered: bool, ctx: _Ctx) -> Optional[_Target]:
    """The target built from the keyed gold: tie groups and the LIMIT/OFFSET window."""
    plan, keyed, k = gold.plan, gold.keyed, len(gold.result.columns)
    if keyed is None or plan.n_keys <= 0 or len(keyed.columns) != k + plan.n_keys:
        ctx.note(f"sort keys unavailable ({plan.note or 'keyed gold not executed'})")
        return None
    full = _normalized(keyed.rows, len(keyed.columns))
    body = full.project(range(k), k + plan.n_keys).rows
    keys = full.project(range(k, k + plan.n_keys), k + plan.n_keys).rows
    start = min(plan.offset or 0, len(body))
    end = len(body) if plan.limit is None else min(start + plan.limit, len(body))
    groups = [(g0, g1) for g0, g1 in _tie_groups(keys) if min(g1, end) > max(g0, start)]
    fixed, pool = _window_split(body, groups, start, end)
    segments = [(body[g0:g1], min(g1, end) - max(g0, start)) for g0, g1 in groups] if ordered else None
    target = _Target(rows, _Rows(fixed), _Rows(pool), end - start, k, segments, bool(pool))
    if not _unordered_ok(target, rows, ctx):
        ctx.note("keyed gold disagrees with the gold result: tie groups ignored")
        return None
    return target


def _build_target(gold: GoldEvidence, rows: _Rows, ordered: bool, ctx: _Ctx) -> _Target:
    plan, k = gold.plan, len(gold.result.columns)
    cut = plan.ordered and (plan.limit is not None or bool(plan.offset))
    if plan.ordered and (ordered or cut):
        target = _keyed_target(gold, rows, ordered, ctx)
        if target is not None:
            return target
        if ordered:
            ctx.note("strict row order")
            return _Target(rows, rows, _Rows([]), len(rows), k, [([r], 1) for r in rows.rows])
        ctx.note("LIMIT tie check unavailable")
    return _plain_target(rows, k)


# --------------------------------------------------------------------------- column assignment

_KIND = {int: "number", float: "number", Decimal: "number"}


class _ColumnStats:
    """Value statistics of one column, each computed on first use."""

    def __init__(self, values: Sequence[object]):
        self.values = values
        types = Counter(map(type, values))
        kinds: Counter = Counter()
        for t, c in types.items():
            kinds[_KIND.get(t, t)] += c
        self.kinds = kinds
        self.inexact = bool(types.keys() & _INEXACT)
        self.only_numbers = types.keys() <= _NUMERIC
        self._counts: Optional[Counter] = None
        self._numbers: Optional[tuple] = None
        self._hash_sum: Optional[int] = None

    @property
    def hash_sum(self) -> int:
        """Sum of the value hashes: equal for equal multisets of exact values (a cheap prune)."""
        if self._hash_sum is None:
            self._hash_sum = sum(map(hash, self.values))
        return self._hash_sum

    @property
    def counts(self) -> Counter:
        if self._counts is None:
            self._counts = Counter(self.values)
        return self._counts

    @property
    def numbers(self) -> tuple[Counter, list, float, float]:
        """(counts of the non-numbers, the numbers, their float sum, float sum of magnitudes)."""
        if self._numbers is None:
            if self.only_numbers:
                others, nums = Counter(), list(self.values)
            else:
                others = Counter({v: c for v, c in self.counts.items() if type(v) not in _NUMERIC})
                nums = [v for v in self.values if type(v) in _NUMERIC]
            try:
                total, size = math.fsum(nums), math.fsum(map(abs, nums))
            except (OverflowError, ValueError):  # huge ints, or inf + -inf
                total = size = math.inf
            self._numbers = (others, nums, total, size)
        return self._numbers


class _Side:
    """One normalised result: column names, rows, per-column statistics."""

    def __init__(self, rows: _Rows, names: list[str]):
        self.rows = rows
        self.names = names
        self.width = len(names)
        self._stats: dict[int, _ColumnStats] = {}

    def stats(self, j: int) -> _ColumnStats:
        if j not in self._stats:
            self._stats[j] = _ColumnStats(self.rows.columns(self.width)[j])
        return self._stats[j]

    def project(self, idx: Sequence[int]) -> _Rows:
        return self.rows.project(idx, self.width)


def _numbers_compatible(g: _ColumnStats, p: _ColumnStats, ctx: _Ctx) -> bool:
    """Could two numeric value multisets be equal within (twice) the tolerance?

    Cheap tests first (min, max, sum), then the sorted values side by side.
    Twice the tolerance keeps this a safe prune: the row check decides.
    """
    g_other, g_nums, g_sum, g_size = g.numbers
    p_other, p_nums, p_sum, p_size = p.numbers
    if not dict.__eq__(g_other, p_other) or len(g_nums) != len(p_nums):
        return False
    if not g_nums:
        return True
    tol = 2 * ctx.rel_tol

    def close(a: object, b: object) -> bool:
        fa, fb = _as_float(a), _as_float(b)
        return fa == fb or abs(fa - fb) <= max(tol * max(abs(fa), abs(fb)), 2 * ABS_TOL)

    if not (close(min(g_nums), min(p_nums)) and close(max(g_nums), max(p_nums))):
        return False
    if math.isfinite(g_size + p_size):
        slack = tol * (g_size + p_size) + 2 * ABS_TOL * len(g_nums) + 1e-12 * (g_size + p_size)
        if abs(g_sum - p_sum) > slack:
            return False
    return all(close(a, b) for a, b in zip(sorted(g_nums), sorted(p_nums)))


def _columns_compatible(gold: _Side, gi: int, pred: _Side, pj: int, ctx: _Ctx) -> bool:
    """Necessary condition for gold column gi to match pred column pj: equal
    value multisets (within tolerance)."""
    g, p = gold.stats(gi), pred.stats(pj)
    if not dict.__eq__(g.kinds, p.kinds):
        return False
    if not (g.inexact or p.inexact):
        return g.hash_sum == p.hash_sum and dict.__eq__(g.counts, p.counts)
    if dict.__eq__(g.counts, p.counts):
        return True
    if tuple in g.kinds:  # arrays / JSON: compare the values themselves
        return _same_multiset(gold.project([gi]), pred.project([pj]), ctx)
    return _numbers_compatible(g, p, ctx)


RowCheck = Callable[[_Rows], bool]
ColCheck = Callable[[int, int], bool]
PartialCheck = Callable[[list[int], list[int]], bool]


def _preference(gold_names: list[str], pred_names: list[str], gi: int) -> list[int]:
    """Pred columns in the order to try for gold column gi: same position, same name, the rest."""
    name = gold_names[gi].lower()
    return sorted(range(len(pred_names)), key=lambda j: (j != gi, pred_names[j].lower() != name, j))


def _search(gold: _Side, pred: _Side, n: int, compat: ColCheck, partial: PartialCheck,
            leaf: RowCheck, ctx: _Ctx, quick: Optional[ColCheck] = None) -> Optional[list[int]]:
    """A row-aligned injective map gold column -> pred column satisfying ``leaf``.

    Depth-first over gold columns, fewest candidates first.  ``compat`` prunes
    single columns (value multisets); each partial map of two or more columns
    must pass ``partial`` (projected multisets).  Never compares columns
    sorted independently: only ``leaf`` on the aligned rows decides.  The
    expected assignment (same position, else same name) is tried first when
    it passes ``quick``.  Bounded by SEARCH_BUDGET row visits (then: no
    assignment, and a note).
    """
    k = len(gold.names)
    quick = quick or compat
    first = [_preference(gold.names, pred.names, gi)[0] for gi in range(k)]
    tried_first = len(set(first)) == k and all(quick(gi, first[gi]) for gi in range(k))
    if tried_first and leaf(pred.project(first)):
        return first
    cands: list[list[int]] = []
    for gi in range(k):
        cands.append([j for j in _preference(gold.names, pred.names, gi) if compat(gi, j)])
        if not cands[-1]:
            return None  # this gold column matches no pred column
    order = sorted(range(k), key=lambda i: (len(cands[i]), i))
    # A partial check only pays off when a later column still has a choice.
    branching = [any(len(cands[order[e]]) > 1 for e in range(d + 1, k)) for d in range(k)]
    max_nodes = max(50, SEARCH_BUDGET // max(1, n))
    nodes = 0
    mapping: dict[int, int] = {}

    def dfs(depth: int) -> Optional[list[int]]:
        nonlocal nodes
        if depth == k:
            assignment = [mapping[g] for g in range(k)]
            if tried_first and assignment == first:
                return None
            return assignment if leaf(pred.project(assignment)) else None
        gi = order[depth]
        used = set(mapping.values())
        for pj in cands[gi]:
            if pj in used:
                continue
            nodes += 1
            if nodes > max_nodes:
                raise _Budget
            if not nodes & 63:
                ctx.check_time()
            mapping[gi] = pj
            gidx = sorted(mapping)
            if depth == 0 or not branching[depth] or partial(gidx, [mapping[g] for g in gidx]):
                found = dfs(depth + 1)
                if found is not None:
                    return found
            del mapping[gi]
        return None

    try:
        return dfs(0)
    except _Budget:
        ctx.note("column assignment search budget exceeded")
        return None


def _find_assignment(target: _Target, gold: _Side, pred: _Side, leaf: RowCheck, ctx: _Ctx) -> Optional[list[int]]:
    """Column assignment for the real comparison (multiset semantics, ties relaxed)."""
    relaxed = bool(len(target.pool))

    def compat(gi: int, pj: int) -> bool:
        if relaxed:  # tie-relaxed gold: column multisets may differ, use the relaxed check itself
            return _unordered_ok(target.project([gi]), pred.project([pj]), ctx)
        return _columns_compatible(gold, gi, pred, pj, ctx)

    def quick(gi: int, pj: int) -> bool:
        return relaxed or dict.__eq__(gold.stats(gi).kinds, pred.stats(pj).kinds)

    def partial(gidx: list[int], pidx: list[int]) -> bool:
        return _unordered_ok(target.project(gidx), pred.project(pidx), ctx)

    return _search(gold, pred, target.n, compat, partial, leaf, ctx, quick)


def _set_equal_somehow(gold: _Side, pred: _Side, ctx: _Ctx) -> bool:
    """Whether some column assignment makes both sides equal as *sets*: the
    signature of a missing (or extra) DISTINCT, reported as duplicate_rows.
    Diagnosis only (near-equal floats are not merged when de-duplicating)."""
    def compat(gi: int, pj: int) -> bool:
        g, p = gold.stats(gi), pred.stats(pj)
        if g.counts.keys() == p.counts.keys():
            return True
        return (g.inexact or p.inexact) and _same_set(gold.project([gi]), pred.project([pj]), ctx)

    def partial(gidx: list[int], pidx: list[int]) -> bool:
        return _same_set(gold.project(gidx), pred.project(pidx), ctx)

    def leaf(rows: _Rows) -> bool:
        return _same_set(gold.rows, rows, ctx)

    return _search(gold, pred, len(gold.rows), compat, partial, leaf, ctx) is not None


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
