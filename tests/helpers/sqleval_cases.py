"""The sql-eval 2023 case table (tests/data/sqleval_compat_cases.jsonl) as result sets: shared by
tests/test_sqleval_compat.py (expected verdicts) and tests/test_sqleval_shortcuts.py (the Python
rules against pandas on every case)."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Optional

from eval.pgvalues import Interval, Json
from eval.scoring.sqleval_compat import GoldFailed
from eval.types import ResultSet

CASES = [json.loads(line) for line in (Path(__file__).resolve().parents[1] / "data" / "sqleval_compat_cases.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]

_TAGS = {
    "$decimal": Decimal, "$float": float, "$date": dt.date.fromisoformat, "$ts": dt.datetime.fromisoformat,
    "$tstz": dt.datetime.fromisoformat, "$interval": lambda a: Interval(*a), "$json": Json, "$bytes": bytes.fromhex,
}


def value(v):
    """A case-table value: JSON, or ``{"$tag": x}`` for the types JSON has none of."""
    if isinstance(v, list):
        return [value(x) for x in v]
    if isinstance(v, dict):
        (tag, x), = v.items()
        return _TAGS[tag](x)
    return v


def result(columns, rows) -> ResultSet:
    return ResultSet(list(columns), [tuple(value(x) for x in row) for row in rows])


def golds_and_pred(c: dict) -> tuple[list, Optional[ResultSet]]:
    """A case's gold results (or GoldFailed) per expansion, and its prediction (None: no result)."""
    golds = [GoldFailed(rows["$error"]) if isinstance(rows, dict) else result(cols, rows)
             for cols, rows in zip(c["gold_columns"], c["gold_rows"])]
    pred = None if c["pred_columns"] is None else result(c["pred_columns"], c["pred_rows"])
    return golds, pred
