"""The character-level SQL lexer of eval/sqltext/extract.py: where quoted literals, quoted
identifiers, dollar quotes and comments start and end (standard and E'' strings, nested
``/* */``), so that a ``;``, a fence or a tag inside one is never taken for a boundary.

``_scan`` finds the first top-level marker; ``_skip_space`` skips whitespace and comments.  Names keep
their leading underscore: they are private to eval/sqltext/extract.py and blocks.py.
"""
from __future__ import annotations

import re
from typing import Optional


# --------------------------------------------------------------------------- the lexer


def _ident_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_$" or ord(ch) >= 0x80


_DOLLAR = re.compile(r"\$(?:[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*)?\$")


def _quoted_end(text: str, i: int, n: int, q: str, backslash: bool) -> int:
    """End (exclusive) of the quoted literal opening at ``text[i]``, or -1 when it does not close."""
    j = i + 1
    while j < n:
        ch = text[j]
        if backslash and ch == "\\":
            j += 2
            continue
        if ch == q:
            if j + 1 < n and text[j + 1] == q:
                j += 2
                continue
            return j + 1
        j += 1
    return -1


def _in_identifier(text: str, i: int, floor: int) -> bool:
    """True when ``text[i]`` continues an identifier (``a$b``): the run of identifier characters
    before it (not reaching back past ``floor``, the end of the previous literal) starts with a
    letter, ``_`` or a non-ASCII character.  After ``$1`` or ``42`` it does not."""
    j = i
    while j > floor and _ident_char(text[j - 1]):
        j -= 1
    return j < i and (text[j].isalpha() or text[j] == "_" or ord(text[j]) >= 0x80)


def _literal_at(text: str, i: int, n: int, floor: int = 0) -> Optional[tuple[str, int]]:
    """``(kind, end)`` of a string, quoted identifier, dollar quote or comment opening at
    ``text[i]`` (end -1: it does not close before ``n``); None when none opens there.
    ``floor``: where the current word may start at the earliest (the end of the previous literal)."""
    c = text[i]
    if c == "'":
        e_string = (i - 1 >= floor and text[i - 1] in "eE"
                    and (i - 2 < floor or not _ident_char(text[i - 2])))
        return "string", _quoted_end(text, i, n, "'", e_string)
    if c == '"':
        return "ident", _quoted_end(text, i, n, '"', False)
    if c == "-" and text.startswith("--", i):
        j = text.find("\n", i, n)
        return "comment", n if j < 0 else j
    if c == "/" and text.startswith("/*", i):
        depth, j = 1, i + 2
        while j < n:
            if text.startswith("/*", j):
                depth, j = depth + 1, j + 2
            elif text.startswith("*/", j):
                depth, j = depth - 1, j + 2
                if depth == 0:
                    return "comment", j
            else:
                j += 1
        return "comment", -1
    if c == "$" and not _in_identifier(text, i, floor):
        m = _DOLLAR.match(text, i, n)
        if m:
            close = text.find(m.group(0), m.end(), n)
            return "dollar", -1 if close < 0 else close + len(m.group(0))
    return None


def _scan(text: str, pos: int, end: int, markers: tuple[str, ...] = (";",)) -> tuple[str, int]:
    """The first top-level marker (outside literals and comments) in ``text[pos:end]``.

    Returns ``(marker, index)``; ``("", end)`` when there is none; ``("unterminated", i)`` when a
    literal or comment opening at ``i`` does not close before ``end``.  Markers match
    case-insensitively.
    """
    firsts = {m[0].lower() for m in markers}
    i = floor = pos
    while i < end:
        lit = _literal_at(text, i, end, floor)
        if lit is not None:
            if lit[1] < 0:
                return "unterminated", i
            i = floor = max(lit[1], i + 1)
            continue
        if text[i].lower() in firsts:
            for m in markers:
                if text[i:i + len(m)].lower() == m.lower() and i + len(m) <= end:
                    return m, i
        i += 1
    return "", end


def _literal_spans(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """Spans of literals and comments in ``text[pos:end]`` (an unclosed one runs to ``end``)."""
    spans, i = [], pos
    while i < end:
        lit = _literal_at(text, i, end, spans[-1][1] if spans else pos)
        if lit is None:
            i += 1
            continue
        stop = end if lit[1] < 0 else max(lit[1], i + 1)
        spans.append((i, stop))
        i = stop
    return spans


def _skip_space(text: str, i: int, end: int) -> int:
    """Past whitespace and (closed) comments."""
    while i < end:
        if text[i].isspace():
            i += 1
            continue
        lit = _literal_at(text, i, end, i)
        if lit is not None and lit[0] == "comment":
            if lit[1] < 0:
                return end
            i = lit[1]
            continue
        break
    return i
