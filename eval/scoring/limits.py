"""The comparator's tolerances and budgets (eval/scoring/comparator.py explains each rule)."""
from __future__ import annotations

ABS_TOL = 1e-9
#: A numeric value showing at most this many decimals (ROUND(x, 2), numeric(12,2)) is only met by
#: values within half a unit of its last decimal, whatever the relative tolerance allows ...
SHOWN_DIGITS_MAX_PLACES = 6
#: ... as long as the relative tolerance is one for float noise (a looser --float-tolerance wins).
SHOWN_DIGITS_MAX_TOL = 1e-4
#: The shown-digits bound never goes below this relative precision (a double's sum at 1e14 is off by cents).
FLOAT_NOISE = 1e-12
#: The rounding that pairs near-equal rows keeps at least this many decimals (below half the
#: smallest shown-digits bound, 5e-7).
ROUNDER_MIN_PLACES = 8
#: Row visits allowed to the column-assignment search, per comparison.
SEARCH_BUDGET = 5_000_000
#: A comparison that takes longer than this (pathological widths: thousands of columns whose value
#: multisets all agree) stops and counts as different, with a note; ordinary ones take milliseconds.
COMPARE_SECONDS = 1.0
MAX_PROJECTIONS = 4096
#: Candidate pairs the tolerant row matching may test, per comparison.
MATCH_BUDGET = 2_000_000
