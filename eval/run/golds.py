"""Gold evidence per (instance database, gold SQL): executed once, shared by every worker, cached on disk
(never a volatile gold's)."""
from __future__ import annotations

import re
import threading

from eval.scoring import comparator
from eval.sqltext.rewrite import VOLATILE_NAMES, order_plan, volatile_calls
from eval.types import SQLExecutor


# Every word volatile_calls can find a volatile call by (function names, CURRENT_* keywords, the
# clock literals, one-argument age(), sqlglot's aliases): a gold text without any of them as a word
# is not volatile, and is not parsed to find out (parsing every gold cost seconds in every run).
_VOLATILE_WORDS = re.compile(r"\b(?:" + "|".join(sorted(VOLATILE_NAMES | {
    "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "age", "today", "tomorrow",
    "yesterday", "rand", "uuid", "sysdate", "getdate"})) + r")\b", re.IGNORECASE)


def may_be_volatile(sql: str) -> bool:
    """False when ``sql`` certainly calls nothing volatile (no word volatile_calls looks for)."""
    return bool(_VOLATILE_WORDS.search(sql))


class GoldStore:
    """Gold evidence per (instance db, gold SQL), computed once and shared by all workers."""

    def __init__(self, executor: SQLExecutor, row_cap: int, disk=None):
        self.executor = executor
        self.row_cap = row_cap
        self._memo: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()
        self._volatile: dict[str, bool] = {}
        self._plans: dict[str, object] = {}  # gold SQL -> order_plan: one parse per text, not per instance
        self.disk = disk

    def prefetch(self, pairs: list[tuple[str, str]]) -> None:
        """Load every cached (db, sql) gold result at once (never a volatile gold's)."""
        if self.disk is None:
            return
        found = self.disk.get_many([x for x in dict.fromkeys(pairs) if x not in self._memo and not self.volatile(x[1])])
        with self._lock:
            self._memo.update(found)

    def get(self, db: str, sql: str):
        """GoldEvidence, or the failed ExecOutcome of the gold."""
        key = (db, sql)
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        disk = self.disk if self.disk is not None and not self.volatile(sql) else None
        ev = disk.get(db, sql) if disk else None
        if ev is None:
            ev = self._compute(db, sql)
            if disk and isinstance(ev, comparator.GoldEvidence):
                disk.put(db, sql, ev)
        with self._lock:
            self._memo[key] = ev
        return ev

    def volatile(self, sql: str) -> bool:
        """A gold that calls now(), CURRENT_DATE, random() … is re-executed in every run, never
        read from or written to the on-disk cache (its result depends on the day it runs)."""
        with self._lock:
            v = self._volatile.get(sql)
        if v is None:
            v = may_be_volatile(sql) and bool(volatile_calls(sql))
            with self._lock:
                self._volatile[sql] = v
        return v

    def _compute(self, db: str, sql: str):
        with self._lock:
            plan = self._plans.get(sql)
        if plan is None:
            plan = order_plan(sql)
            with self._lock:
                self._plans[sql] = plan
        out = self.executor.execute(db, sql, max_chars=None)
        if not out.ok:
            return out
        keyed = None
        if plan.ordered and plan.keyed_sql:
            k = self.executor.execute(db, plan.keyed_sql, row_cap=self.row_cap, max_chars=None)
            if k.ok:
                keyed = k.result
        return comparator.GoldEvidence(result=out.result, plan=plan, keyed=keyed)
