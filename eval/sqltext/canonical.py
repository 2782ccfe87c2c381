"""When two predicted SQL texts are bound to execute alike: :func:`execution_key`.

``--samples K`` executes each *distinct* text of a question's samples once (eval/run/sampling_run.py).
Two texts get the same key when sqlglot's postgres tokenizer reads the same tokens from them up to
what PostgreSQL ignores: whitespace, the case of keywords and unquoted identifiers (PostgreSQL folds
them), and one trailing ``;``.  Literals, quoted identifiers and comments are kept as they are.  A
text the tokenizer cannot read, or one holding a space character other than ASCII's (where the
tokenizer and PostgreSQL's lexer may disagree, docs/SECURITY.md), is its own key.

>>> execution_key("select  name FROM Users;") == execution_key("SELECT name\\nfrom users")
True
>>> execution_key("SELECT 'A'") == execution_key("SELECT 'a'")
False
"""
from __future__ import annotations

import json

_ASCII_SPACE = frozenset(" \t\n\r\f\v")


def _foldable(token_type: str) -> bool:
    return "STRING" not in token_type and token_type != "IDENTIFIER"


def execution_key(sql: str) -> str:
    """A text equal for two SQL texts that PostgreSQL executes identically (module docstring)."""
    text = (sql or "").strip()
    if any(c.isspace() and c not in _ASCII_SPACE for c in text):
        return "raw:" + text
    try:
        from sqlglot.dialects.postgres import Postgres  # noqa: PLC0415 - sqlglot's import cost only when needed

        tokens = Postgres().tokenizer_class().tokenize(text)
    except Exception:  # noqa: BLE001 - sqlglot's TokenError and whatever else it raises on odd text
        return "raw:" + text
    if tokens and tokens[-1].token_type.name == "SEMICOLON" and not tokens[-1].comments:
        tokens = tokens[:-1]
    parts = []
    for t in tokens:
        kind = t.token_type.name
        parts.append([kind, t.text.lower() if _foldable(kind) else t.text, list(t.comments or ())])
    return "tok:" + json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
