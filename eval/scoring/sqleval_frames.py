"""The DataFrames sql-eval's 2023 comparison worked on (rule 2 and "Driver values" in
eval/scoring/sqleval_compat.py's docstring): each value as psycopg2 2.9 returned it
(:func:`driver_value`), and pandas' own ``read_sql_query`` run over a stub connection serving the
already fetched rows (:func:`frame_2023`), with 2023's object strings under a lock.

Pure: a ResultSet in, a DataFrame out; pandas is imported only when a frame is built.
"""
from __future__ import annotations

import datetime as dt
import json
import threading
import warnings
from contextlib import contextmanager
from decimal import Decimal
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

from eval.pgvalues import Interval, Json, PgText
from eval.types import ResultSet

if TYPE_CHECKING:  # pandas is imported only when frames are built
    import pandas as pd

__all__ = ["MONEY_OID", "driver_value", "frame_2023"]

MONEY_OID = 790  # PostgreSQL's money type: psycopg2 returned its text
#: pandas 2.0's assert_*_equal defaults, applied to integers too: the 2023 subset rule's tolerance, for
#: the pandas rules (sqleval_compat) and their Python model (sqleval_shortcuts) alike
RTOL, ATOL = 1e-5, 1e-8


# --------------------------------------------------------------------------- frames

def _money_text(d: Decimal) -> str:
    q = d.quantize(Decimal("0.01"))
    sign = "-" if q < 0 else ""
    return f"{sign}${abs(q):,.2f}"


def driver_value(v: object, type_oid: Optional[int] = None) -> object:
    """A value as psycopg2 (sql-eval's driver in 2023) returned it, from this harness's decoding."""
    if v is None or isinstance(v, (bool, int, float, str, dt.date, dt.time)):
        return v
    if isinstance(v, Decimal):
        if type_oid == MONEY_OID and v.is_finite():
            return _money_text(v)
        return v
    if isinstance(v, Interval):
        years = int(v.months / 12)  # truncated toward zero, as the interval text splits them
        months = v.months - 12 * years
        return dt.timedelta(days=years * 365 + months * 30 + v.days, microseconds=v.microseconds)
    if isinstance(v, Json):
        try:
            return json.loads(v.text)
        except ValueError:
            return v.text
    if isinstance(v, PgText):
        return v.text
    if isinstance(v, (bytes, bytearray, memoryview)):
        return memoryview(bytes(v))
    if isinstance(v, list):
        return [driver_value(x) for x in v]
    if isinstance(v, tuple):
        return tuple(driver_value(x) for x in v)
    return v


class _Cursor:
    """A DB-API cursor over rows already fetched: what read_sql_query asks of a connection."""

    def __init__(self, columns: Sequence[str], rows: list[tuple]):
        self.description = [(name, None, None, None, None, None, None) for name in columns]
        self._rows = rows

    def execute(self, *args, **kwargs) -> None:
        return None

    def fetchall(self) -> list[tuple]:
        return self._rows

    def close(self) -> None:
        return None


class _Connection:
    def __init__(self, columns: Sequence[str], rows: list[tuple]):
        self._columns, self._rows = columns, rows

    def cursor(self) -> _Cursor:
        return _Cursor(self._columns, self._rows)

    def commit(self) -> None:
        return None

    def rollback(self) -> None:
        return None


_LOCK = threading.RLock()


@contextmanager
def _pandas_2023() -> Iterator[None]:
    """pandas settings of 2023 (object strings), held under a lock (pandas options are global)."""
    import pandas as pd  # noqa: PLC0415 - pandas only when a 2023 verdict is computed

    with _LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the option's deprecation; "only SQLAlchemy connectables"
        try:
            pd.get_option("future.infer_string")
            has_option = True
        except Exception:  # noqa: BLE001 - pandas < 2.1 (object strings anyway) or >= 4 (the option is gone)
            has_option = False
        if not has_option:
            yield
        else:
            with pd.option_context("future.infer_string", False):
                yield


def frame_2023(result: ResultSet) -> "pd.DataFrame":
    """``read_sql_query``'s DataFrame of a result (rule 2): pandas' own conversion is run, over a
    stub connection that serves the already fetched rows."""
    import pandas as pd  # noqa: PLC0415 - pandas only when a 2023 verdict is computed

    oids = list(result.type_oids) + [None] * (len(result.columns) - len(result.type_oids))
    rows = [tuple(driver_value(v, oids[i]) for i, v in enumerate(row)) for row in result.rows]
    with _pandas_2023():
        return pd.read_sql_query("-- rows already fetched", _Connection(list(result.columns), rows))
