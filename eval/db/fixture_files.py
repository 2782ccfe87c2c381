"""What a fixture folder holds, read without a server (docs/FORMATS.md, "Fixtures"): a
``generate.py`` imported with its ``SEEDS``, its ``generate(seed)`` rows rendered as COPY-ready
CSV (:func:`generated_csv`, run in worker processes), and whether a folder's load SQL reads the
clock (:func:`uses_clock`: such a fixture is rebuilt every UTC day).
"""
from __future__ import annotations

import datetime as _dt
import decimal
import importlib.util
import io
import json
import re
from pathlib import Path

from sqlglot.dialects.postgres import Postgres
from sqlglot.tokens import TokenType

from eval.errors import UsageError
from eval.sqltext.rewrite import VOLATILE_NAMES

DEFAULT_SEEDS = [0]
def load_generator(path: Path):
    spec = importlib.util.spec_from_file_location(f"t2seval_gen_{path.parent.name}", path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except Exception as e:  # noqa: BLE001 - any failure of user code importing the generator is a usage error naming it
        raise UsageError(f"{path}: cannot import the generator: {type(e).__name__}: {e}")
    if not callable(getattr(mod, "generate", None)):
        raise UsageError(f"{path}: defines no generate(seed) function")
    if not hasattr(mod, "SEEDS"):
        mod.SEEDS = list(DEFAULT_SEEDS)
    return mod


_SEEDS_LITERAL = re.compile(r"^SEEDS[ \t]*=[ \t]*\[([0-9_, \t]*)\][ \t]*(?:#.*)?$", re.MULTILINE)
_SEEDS_ANY = re.compile(r"\bSEEDS\b")


def declared_seeds(path: Path) -> list[int]:
    """The generator's ``SEEDS``, read from its text when it is one plain literal (``SEEDS = [1, 2]`` on
    a line of its own, the name used nowhere else in the file): importing 14 generators only to read
    their seeds cost every run 0.2 s.  Otherwise the generator is imported and ``SEEDS`` read from it
    (``generated_csv`` refuses a seed the imported module does not declare)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    found = _SEEDS_LITERAL.findall(text)
    if len(found) == 1 and len(_SEEDS_ANY.findall(text)) == 1:
        items = [x.strip() for x in found[0].split(",") if x.strip()]
        try:
            return [int(x) for x in items]
        except ValueError:
            pass
    return list(load_generator(path).SEEDS)


# The byte scan looks for exactly the shapes the token check below accepts (a bare CURRENT_* keyword,
# a volatile function name followed by "(", a quoted now/today/tomorrow/yesterday), so the costly
# tokenizing only runs on files that may really read the clock -- not on every dump whose data
# mentions "now" or "today" in its text.
_CLOCK_SHAPES = (  # searched in the lower-cased bytes, one simple pattern each (one alternation is ~3x slower)
    re.compile(rb"\bcurrent_(?:date|time|timestamp)\b"),
    re.compile(rb"\b(?:" + b"|".join(re.escape(n.encode()) for n in sorted(VOLATILE_NAMES)) + rb")\s*\("),
    re.compile(rb"'\s*(?:now|today|tomorrow|yesterday)\s*'"),
)
_CLOCK_TOKENS = {TokenType.CURRENT_DATE, TokenType.CURRENT_TIME, TokenType.CURRENT_TIMESTAMP}


def uses_clock(path: Path) -> bool:
    """Whether a fixture's load SQL calls the clock or randomness (``INSERT … VALUES (CURRENT_DATE - 3)``,
    ``now()``, ``'today'::date``): read with sqlglot's tokenizer after a cheap byte scan."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    low = data.lower()
    if not any(p.search(low) for p in _CLOCK_SHAPES):
        return False
    try:
        tokens = Postgres().tokenize(data.decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a text sqlglot cannot tokenize: assume it may use the clock
        return True
    for i, t in enumerate(tokens):
        if t.token_type in _CLOCK_TOKENS:
            return True
        nxt = tokens[i + 1].token_type if i + 1 < len(tokens) else None
        word = t.text.lower()
        if t.token_type == TokenType.STRING and word.strip() in ("now", "today", "tomorrow", "yesterday") \
                and (nxt == TokenType.DCOLON or (i and tokens[i - 1].token_type in (TokenType.DATE, TokenType.TIMESTAMP,
                                                                                    TokenType.TIMESTAMPTZ))):
            return True
        if t.token_type != TokenType.STRING and nxt == TokenType.L_PAREN and word in VOLATILE_NAMES:
            return True
    return False

def _csv_str(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


# COPY … (FORMAT csv, NULL '\N'): one formatter per Python type (exact type first, for speed).
_CSV_FORMAT = {
    type(None): lambda v: r"\N",
    bool: lambda v: "t" if v else "f",
    int: str,
    decimal.Decimal: str,
    float: repr,
    str: _csv_str,
    _dt.date: _dt.date.isoformat,
    _dt.datetime: _dt.datetime.isoformat,
    _dt.time: _dt.time.isoformat,
    dict: lambda v: _csv_str(json.dumps(v, ensure_ascii=False)),
    list: lambda v: _csv_str(json.dumps(v, ensure_ascii=False)),
}


def _csv_value(v) -> str:
    f = _CSV_FORMAT.get(type(v))
    if f is not None:
        return f(v)
    for t in (bool, int, decimal.Decimal, float, _dt.datetime, _dt.date, _dt.time, str, dict, list):  # subclasses
        if isinstance(v, t):
            return _CSV_FORMAT[t](v)
    return _csv_str(str(v))


def generated_csv(generator_path: str, seed: int) -> list[tuple[str, str]]:
    """Run ``generate(seed)`` and render each table as COPY-ready CSV text (runs in a worker process)."""
    gen = load_generator(Path(generator_path))
    if seed not in list(gen.SEEDS):
        raise UsageError(f"{generator_path}: seed {seed} is not one of its SEEDS {list(gen.SEEDS)}")
    try:
        data = gen.generate(seed)
    except Exception as e:  # noqa: BLE001 - any failure of user code in generate() is a usage error naming it
        raise UsageError(f"{generator_path}: generate({seed}) failed: {type(e).__name__}: {e}")
    out = []
    for table, rows in data.items():
        buf = io.StringIO()
        fmt = _csv_value
        buf.write("".join(",".join([fmt(v) for v in row]) + "\n" for row in rows))
        out.append((table, buf.getvalue()))
    return out
