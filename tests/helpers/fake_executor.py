"""An in-memory SQLExecutor (eval/types.py): canned results per (database, SQL text).

    ex = FakeExecutor({("shop_0", "SELECT 1"): ResultSet(["?column?"], [(1,)])})
    ex.execute("shop_0", "SELECT 1")            # ExecOutcome with that result
    ex.execute("shop_0", "SELECT 2")            # ExecOutcome(error_kind="error", ...): not in the table

A key may also be the SQL text alone (any database).  A value may be an ExecOutcome, to stand for a
timeout or a database error.  ``calls`` records every (db, sql) executed.
"""
from __future__ import annotations

from typing import Optional, Union

from eval.types import ExecOutcome, ResultSet

Canned = Union[ResultSet, ExecOutcome]


class FakeExecutor:
    def __init__(self, table: dict[Union[str, tuple[str, str]], Canned]):
        self.table = dict(table)
        self.calls: list[tuple[str, str]] = []
        self.closed = False

    def execute(self, db: str, sql: str, *, row_cap: Optional[int] = None, max_chars: Optional[int] = None) -> ExecOutcome:
        self.calls.append((db, sql))
        hit = self.table.get((db, sql), self.table.get(sql))
        if hit is None:
            return ExecOutcome(None, "error", f"fake executor: no result for {sql!r} on {db}")
        if isinstance(hit, ExecOutcome):
            return hit
        if row_cap is not None and len(hit.rows) > row_cap:
            return ExecOutcome(None, "too_large", f"more than {row_cap} rows")
        return ExecOutcome(ResultSet(list(hit.columns), list(hit.rows), list(hit.type_oids)))

    def close(self) -> None:
        self.closed = True
