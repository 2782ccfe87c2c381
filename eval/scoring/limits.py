"""The comparator's tolerances and budgets (eval/scoring/comparator.py explains each rule)."""
from __future__ import annotations

ABS_TOL = 1e-9
#: Row visits allowed to the column-assignment search, per comparison.
SEARCH_BUDGET = 5_000_000
#: A comparison that takes longer than this (pathological widths: thousands of columns whose value
#: multisets all agree) stops and counts as different, with a note; ordinary ones take milliseconds.
COMPARE_SECONDS = 1.0
MAX_PROJECTIONS = 4096
#: Candidate pairs the tolerant row matching may test, per comparison.
MATCH_BUDGET = 2_000_000
