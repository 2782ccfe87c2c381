"""How every PostgreSQL value reaches the comparator: losslessly, or kept as the server's text.

The executor reads results in text format and decodes them with the loaders registered here
(``register(conn)``).  A loader never raises: a value Python cannot represent faithfully becomes a
``PgText`` (the server's own text of it, with its type family), so it is still compared exactly and
never confused with a different value.  The session's output settings are pinned by the executor
(DateStyle ISO, IntervalStyle postgres, TimeZone UTC, extra_float_digits 1, lc_monetary C,
bytea_output hex), so the texts parsed here have one format.

| PostgreSQL                         | Python                                    | kept distinct                     |
|------------------------------------|-------------------------------------------|-----------------------------------|
| int2/int4/int8/oid                 | int                                       | exact                             |
| numeric                            | Decimal (NaN, ±Infinity, any precision)   | exact digits                      |
| float4/float8                      | float (NaN, ±inf)                         | shortest exact text               |
| money                              | Decimal                                   | exact                             |
| date                               | date; BC, year > 9999, ±infinity: PgText  | all                               |
| timestamp                          | naive datetime; else PgText               | all                               |
| timestamptz                        | aware datetime (UTC); else PgText         | all                               |
| time / timetz                      | time (aware for timetz); 24:00: PgText    | 24:00 vs 00:00                    |
| interval                           | Interval(months, days, µs); ±inf: PgText  | 1 mon vs 30 days, µs              |
| json / jsonb                       | Json(canonical text)                      | by value; deep/huge kept as text  |
| uuid, inet, cidr, macaddr, ranges, | str (the server's text)                   | as text                           |
| geometric, bit, tsvector, xml, …   |                                           |                                   |
| bytea                              | bytes                                     | exact                             |
| arrays                             | lists (of the element values above)       | element-wise                      |
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

MAX_JSON_TEXT = 1 << 20  # json above this size is compared as its text (no parse)


@dataclass(frozen=True, slots=True)
class PgText:
    """A value Python has no faithful type for, as the server printed it.

    ``family`` groups types whose values compare with each other: ``datetime`` (date, timestamp,
    timestamptz specials such as ``infinity`` or BC dates), ``time``, ``interval``.
    """

    family: str
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """A PostgreSQL interval without loss: months, days and microseconds are separate fields
    (``1 mon`` and ``30 days`` are different values, as they are different durations in a
    calendar)."""

    months: int
    days: int
    microseconds: int

    def __str__(self) -> str:
        parts = []
        y, m = divmod(abs(self.months), 12)
        sign = "-" if self.months < 0 else ""
        if y:
            parts.append(f"{sign}{y} year{'s' if y != 1 else ''}")
        if m:
            parts.append(f"{sign}{m} mon{'s' if m != 1 else ''}")
        if self.days:
            parts.append(f"{self.days} day{'s' if abs(self.days) != 1 else ''}")
        if self.microseconds or not parts:
            us = abs(self.microseconds)
            s, frac = divmod(us, 1_000_000)
            h, rest = divmod(s, 3600)
            mi, sec = divmod(rest, 60)
            t = f"{'-' if self.microseconds < 0 else ''}{h:02d}:{mi:02d}:{sec:02d}"
            if frac:
                t += f".{frac:06d}".rstrip("0")
            parts.append(t)
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Json:
    """A json/jsonb value, compared by value: the canonical text of the parsed document (keys
    sorted, no spaces).  Documents too deep, too large or with numbers Python cannot parse keep
    the server's text instead (then equal only to the same text)."""

    text: str

    def __str__(self) -> str:
        return self.text


# --------------------------------------------------------------------------- text parsers

def _s(data) -> str:
    return bytes(data).decode("utf-8", "replace")


def parse_date(text: str):
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    return PgText("datetime", text)


_MIDNIGHT = re.compile(r"^(\S+) 00:00:00( BC)?$")


def parse_timestamp(text: str):
    if 19 <= len(text) <= 26 and text[4] == "-":
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            pass
    m = _MIDNIGHT.match(text)  # a BC or far-future midnight compares like that day's date
    if m:
        return PgText("datetime", m.group(1) + (m.group(2) or ""))
    return PgText("datetime", text)


_TZ_TAIL = re.compile(r"([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?$")


def _offset(text: str):
    m = _TZ_TAIL.search(text)
    if not m:
        return None, text
    sign = -1 if m.group(1) == "-" else 1
    secs = int(m.group(2)) * 3600 + int(m.group(3) or 0) * 60 + int(m.group(4) or 0)
    return dt.timezone(dt.timedelta(seconds=sign * secs)), text[:m.start()]


def parse_timestamptz(text: str):
    if text[:1].isdigit() and len(text) >= 22 and text[4] == "-" and not text.endswith(" BC"):
        tz, body = _offset(text)
        if tz is not None:
            try:
                v = dt.datetime.fromisoformat(body).replace(tzinfo=tz)
                return v.astimezone(dt.timezone.utc)
            except (ValueError, OverflowError):
                pass
    return PgText("datetime", text)


def parse_time(text: str):
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return PgText("time", text)  # 24:00:00


def parse_timetz(text: str):
    tz, body = _offset(text)
    try:
        if tz is not None:
            return dt.time.fromisoformat(body).replace(tzinfo=tz)
    except ValueError:
        pass
    return PgText("time", text)


_IV_UNIT = re.compile(r"(-?\d+) (year|mon|day)s?")
_IV_TIME = re.compile(r"([+-])?(\d+):(\d\d):(\d\d)(?:\.(\d{1,6}))?$")
_IV_FULL = re.compile(r"^(?:-?\d+ (?:years?|mons?|days?) ?)*(?:[+-]?\d+:\d\d:\d\d(?:\.\d{1,6})?)?$")


def parse_interval(text: str):
    """IntervalStyle 'postgres' output: ``1 year 2 mons -3 days +04:05:06.5``."""
    if not text or not _IV_FULL.match(text):
        return PgText("interval", text)
    months = days = 0
    for n, unit in _IV_UNIT.findall(text):
        if unit == "year":
            months += 12 * int(n)
        elif unit == "mon":
            months += int(n)
        else:
            days += int(n)
    us = 0
    m = _IV_TIME.search(text)
    if m:
        us = ((int(m.group(2)) * 60 + int(m.group(3))) * 60 + int(m.group(4))) * 1_000_000
        if m.group(5):
            us += int(m.group(5).ljust(6, "0"))
        if m.group(1) == "-":
            us = -us
    return Interval(months, days, us)


def _json_number(text: str):
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(text)


def parse_json(text: str) -> Json:
    if len(text) <= MAX_JSON_TEXT:
        try:
            doc = json.loads(text, parse_int=_json_number, parse_float=_json_number,
                             parse_constant=lambda c: c)
            return Json(_canon(doc))
        except (ValueError, RecursionError, TypeError, OverflowError):
            pass
    return Json(text)


def _canon(x) -> str:
    """Canonical JSON text: keys sorted, no spaces, numbers as normalised exact digits."""
    if isinstance(x, dict):
        return "{" + ",".join(json.dumps(k) + ":" + _canon(v) for k, v in sorted(x.items())) + "}"
    if isinstance(x, list):
        return "[" + ",".join(_canon(v) for v in x) + "]"
    if isinstance(x, Decimal):
        return _norm_decimal(x)
    if isinstance(x, str):
        return json.dumps(x)
    return json.dumps(x)  # True, False, None, NaN/Infinity constants


def _norm_decimal(d: Decimal) -> str:
    """One spelling per JSON number value, exact whatever its size (0 and -0 are one number)."""
    if not d.is_finite():
        return str(d)
    if not d:
        return "0"
    with localcontext() as ctx:
        ctx.prec = max(len(d.as_tuple().digits), min(d.adjusted(), 60) + 1) + 2  # never round a digit
        if d == d.to_integral_value():
            return str(d.quantize(Decimal(1))) if d.adjusted() < 60 else format(d.normalize(), "E")
        return format(d.normalize(), "f") if -30 < d.adjusted() < 60 else format(d.normalize(), "E")


def parse_money(text: str):
    neg = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    digits = re.sub(r"[^0-9.]", "", text)
    try:
        v = Decimal(digits)
    except InvalidOperation:
        return text
    return -v if neg else v


# --------------------------------------------------------------------------- registration

def _loader_class(name: str, fn):
    from psycopg.adapt import Loader  # noqa: PLC0415

    def load(self, data):
        text = _s(data)
        try:
            return fn(text)
        except Exception:  # noqa: BLE001 - a loader never raises: the text itself is the value
            return PgText(name, text)

    return type(f"T2s{name.title()}Loader", (Loader,), {"load": load})


def _text_loader():
    from psycopg.adapt import Loader  # noqa: PLC0415

    class T2sTextLoader(Loader):
        def load(self, data):
            return _s(data)

    return T2sTextLoader


_PARSERS = {
    "date": parse_date, "timestamp": parse_timestamp, "timestamptz": parse_timestamptz,
    "time": parse_time, "timetz": parse_timetz, "interval": parse_interval,
    "json": parse_json, "jsonb": parse_json, "money": parse_money,
}
# Types psycopg would turn into objects of its own (UUID, ipaddress, Range …): the server's text.
_AS_TEXT = ("uuid", "inet", "cidr", "xml")
_REGISTERED: dict = {}


def register(conn) -> None:
    """Install the harness's loaders on one connection (text format)."""
    from psycopg.postgres import types  # noqa: PLC0415
    from psycopg.types.multirange import MultirangeInfo  # noqa: PLC0415
    from psycopg.types.range import RangeInfo  # noqa: PLC0415

    if not _REGISTERED:
        for name, fn in _PARSERS.items():
            _REGISTERED[types[name].oid] = _loader_class(name, fn)
        text = _text_loader()
        for name in _AS_TEXT:
            _REGISTERED[types[name].oid] = text
        for info in types:
            if isinstance(info, (RangeInfo, MultirangeInfo)):
                _REGISTERED[info.oid] = text
    for oid, cls in _REGISTERED.items():
        conn.adapters.register_loader(oid, cls)
