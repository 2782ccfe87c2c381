"""Gold evidence per (instance database, gold SQL): executed once, shared by every worker, cached on disk
(never a volatile gold's)."""
from __future__ import annotations

import threading

from eval.scoring import comparator
from eval.sqltext.rewrite import order_plan, volatile_calls
from eval.types import SQLExecutor


class GoldStore:
    """Gold evidence per (instance db, gold SQL), computed once and shared by all workers."""

    def __init__(self, executor: SQLExecutor, row_cap: int, disk=None):
        self.executor = executor
        self.row_cap = row_cap
        self._memo: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()
        self._volatile: dict[str, bool] = {}
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
            v = bool(volatile_calls(sql))
            with self._lock:
                self._volatile[sql] = v
        return v

    def _compute(self, db: str, sql: str):
        plan = order_plan(sql)
        out = self.executor.execute(db, sql, max_chars=None)
        if not out.ok:
            return out
        keyed = None
        if plan.ordered and plan.keyed_sql:
            k = self.executor.execute(db, plan.keyed_sql, row_cap=self.row_cap, max_chars=None)
            if k.ok:
                keyed = k.result
        return comparator.GoldEvidence(result=out.result, plan=plan, keyed=keyed)
