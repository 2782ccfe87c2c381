"""The client-side single-statement check: the one statement in a query text, or why it is refused.

An early, friendly message only: the server is the guarantee (extended query protocol: one
statement; READ ONLY; eval/db/executor.py).  Pure: sqlglot's tokenizer, no database.
"""
from __future__ import annotations

import functools

from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType

from eval.sqltext.rewrite import split_on_semicolons


class Rejected(Exception):
    pass


@functools.lru_cache(maxsize=8192)
def _statement_or_error(sql: str) -> tuple[str, str]:
    try:
        return _single_statement(sql), ""
    except Rejected as e:
        return "", str(e)


def single_statement(sql: str) -> str:
    """Return the one statement in ``sql`` without trailing ``;``/comments, or raise Rejected.
    (Memoised: the same prediction runs on every instance, and tokenizing costs as much as a query.)"""
    if sql is None:
        raise Rejected("empty query")
    body, err = _statement_or_error(sql)
    if err:
        raise Rejected(err)
    return body


#: Longer texts skip the client-side statement scan (sqlglot's tokenizer costs ~1 s per 50k tokens,
#: outside the server's statement_timeout); the server alone then decides (extended protocol: one
#: statement, READ ONLY) -- the scan is only ever the early, friendly message, never the guarantee.
CLIENT_SCAN_CHARS = 20_000


def _single_statement(sql: str) -> str:
    if sql is None or not sql.strip():
        raise Rejected("empty query")
    if "\x00" in sql:
        raise Rejected("the query text contains a NUL character")
    if len(sql) > CLIENT_SCAN_CHARS:
        return sql.strip()
    try:
        segments = split_on_semicolons(sql)
    except TokenError as e:
        raise Rejected(f"could not tokenize the query: {str(e).splitlines()[0][:200]}")
    non_empty = [toks for _, _, toks in segments if toks]
    if not non_empty:
        raise Rejected("empty query")
    if len(non_empty) > 1:
        raise Rejected(f"{len(non_empty)} statements: only one SQL statement is allowed per query")
    toks = non_empty[0]
    first = toks[0].text.upper()
    if toks[0].token_type != TokenType.L_PAREN and first not in ("SELECT", "WITH", "VALUES", "TABLE"):
        raise Rejected(f"only a query (SELECT / WITH / VALUES) is allowed, not {first[:30]}")
    start = toks[0].start
    # keep leading comments out too; the statement text is what lies between the first and last token
    return sql[start:toks[-1].end + 1]
