"""The parts of a model's output that eval/sqltext/extract.py tells apart: reasoning blocks
(``<think>``), fenced and ``[SQL]``-tagged blocks, prose around a statement, and a bare statement
in running text with the note saying how it ended.

The rules that use them, in order, are extract.py's module docstring.  Names keep their leading
underscore: they are private to extract.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from eval.sqltext.lexer import _literal_spans, _scan, _skip_space


SQL_LANGS = frozenset({"sql", "postgresql", "postgres", "pgsql", "psql", "plpgsql", "postgressql", "pg"})
_STATEMENT_WORDS = frozenset({
    "SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER",
    "EXPLAIN", "SET", "SHOW", "TRUNCATE", "GRANT", "REVOKE", "BEGIN", "COMMIT", "ROLLBACK", "COPY",
    "MERGE", "CALL", "DO", "ANALYZE", "VACUUM", "REFRESH", "DECLARE", "FETCH", "PREPARE", "EXECUTE",
})


# --------------------------------------------------------------------------- helpers

_CTE_HEAD = r"WITH\s+(?:RECURSIVE\s+)?(?:\"[^\"]+\"|[A-Za-z_][\w$]*)\s*(?:\([^()]*\)\s*)?AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\("
_QUERY_START = re.compile(r"(?:\(\s*)*(?:SELECT\b|VALUES\s*\(|(?-i:TABLE)\s+[A-Za-z_\"]|" + _CTE_HEAD + ")", re.I)
_LINE_START = re.compile(r"^[ \t]*(?:(?:\(\s*)*(?:SELECT\b|VALUES\s*\(|" + _CTE_HEAD + "))", re.I | re.M)
_UPPER_ANYWHERE = re.compile(r"\b(?:SELECT|VALUES|WITH)\b")
_SELECT_ANYWHERE = re.compile(r"\bselect\b", re.I)
_ABSTAIN = re.compile(
    r"\b(?:I\s+(?:do\s+not|don'?t|dont|cannot|can'?t|am\s+(?:not\s+able|unable))\s+(?:know|answer|determine|"
    r"generate|write|provide|find|create|help)|I\s+do\s+not\s+know|cannot\s+be\s+answered|can'?t\s+be\s+answered|"
    r"not\s+possible\s+to\s+(?:answer|write|generate|determine)|unable\s+to\s+(?:answer|generate|determine|write)|"
    r"(?:does|do)\s+not\s+contain\s+(?:enough|the\s+(?:necessary|required))|insufficient\s+information)",
    re.I)
_REASONING_TAG = re.compile(r"<(/?)(think|thinking|reasoning)\s*>", re.I)
_OPEN_FENCE = re.compile(r"```[ \t]*([^\n`]*)(\n)?")
_LINE_FENCE = re.compile(r"^[ \t]*```", re.M)
_LANG_WORD = re.compile(r"[A-Za-z][\w+-]*")
_OPEN_TAG = re.compile(r"\[SQL\]", re.I)
_CLOSE_TAG = re.compile(r"\[/SQL\]", re.I)
_STOPS = (";", "```", "[/SQL]")
_ENDS = ("```", "[/SQL]")


def _is_query(text: str, i: int, end: int) -> bool:
    i = _skip_space(text, i, end)
    return bool(_QUERY_START.match(text, i, end))


def _parses(sql: str) -> bool:
    import sqlglot  # noqa: PLC0415
    from sqlglot.errors import SqlglotError  # noqa: PLC0415

    try:
        return sqlglot.parse_one(sql, read="postgres") is not None
    except (SqlglotError, ValueError, RecursionError, TypeError, AttributeError, KeyError, IndexError):
        return False


_KEYWORDS: Optional[frozenset] = None


def _keywords() -> frozenset:
    global _KEYWORDS
    if _KEYWORDS is None:
        from sqlglot.tokens import Tokenizer  # noqa: PLC0415

        _KEYWORDS = frozenset(k.upper() for k in Tokenizer.KEYWORDS) | _STATEMENT_WORDS
    return _KEYWORDS


def _looks_like_prose(word: str) -> bool:
    """An English word that cannot continue a SQL statement ("This", "which", "Note:")."""
    bare = word.rstrip(",.:;!?")
    return bool(re.fullmatch(r"[A-Za-z][a-z']*", bare)) and bare.upper() not in _keywords()


_MARKDOWN_LINE = re.compile(r"(?:\*\*|#{1,6}\s|>\s|[-*+]\s+[A-Za-z`*]|\d+[.)]\s+[A-Za-z`*]|`)")


def _trim_prose(text: str, s: int, e: int) -> int:
    """Where the statement ``text[s:e]`` ends once prose glued to it is cut off (rule 6)."""
    stmt = text[s:e]
    if _parses(stmt):
        return e
    lits = _literal_spans(text, s, e)

    def in_literal(p: int) -> bool:
        return any(a <= p < b for a, b in lits)

    words = [m for m in re.finditer(r"\S+", text[s:e]) if not in_literal(s + m.start())]
    cuts: list[tuple[int, bool]] = []  # (offset in stmt, also a fallback cut)
    for k in range(1, len(words)):
        m = words[k]
        gap = stmt[words[k - 1].end():m.start()]
        line_start = "\n" in gap
        word = m.group(0)
        nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
        if line_start and _MARKDOWN_LINE.match(stmt, m.start()) and word.upper() not in _keywords():
            cuts.append((m.start(), word.startswith(("**", "#", ">", "`"))))
            continue
        if _looks_like_prose(word) and (line_start or _looks_like_prose(nxt)):
            fallback = (line_start and bool(re.fullmatch(r"[A-Z][a-z']+[,:]?", word)) and _looks_like_prose(nxt)) \
                or (re.search(r"\n[ \t]*\n", gap) is not None)
            cuts.append((m.start(), fallback))
        elif re.search(r"\n[ \t]*\n", gap) and word.upper().rstrip(",.:;") not in _keywords() \
                and not word.startswith(("(", ")", ",")):
            cuts.append((m.start(), True))
    for off, _ in cuts:
        cand = stmt[:off].rstrip()
        if cand and _parses(cand):
            return s + len(cand)
    for off, fallback in cuts:
        if fallback:
            cand = stmt[:off].rstrip()
            if cand:
                return s + len(cand)
    return e


def _blank(text: str, a: int, b: int) -> str:
    """``text`` with ``text[a:b]`` replaced by spaces (newlines kept), offsets unchanged."""
    return text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]


def _drop_reasoning(text: str, notes: list[str]) -> str:
    out = text
    open_at: Optional[int] = None
    for m in _REASONING_TAG.finditer(text):
        closing = bool(m.group(1))
        if not closing:
            if open_at is None:
                open_at = m.start()
        elif open_at is not None:
            out = _blank(out, open_at, m.end())
            open_at = None
            notes.append("think_removed")
        else:  # a closing tag with no opening: everything before it was reasoning
            out = _blank(out, 0, m.end())
            notes.append("think_removed")
    if open_at is not None:
        out = _blank(out, open_at, len(out))
        notes.append("think_unclosed")
    return out


@dataclass
class _Block:
    kind: str  # "sql" (```sql and friends), "tag" ([SQL]), "plain" (``` without language), "other"
    start: int  # outer span, fence/tag included
    end: int
    body_start: int
    body_end: int
    closed: bool


def _close_fence(text: str, b: int, end: int, sqlish: bool) -> tuple[int, int]:
    """``(body_end, outer_end)`` of a fenced body starting at ``b``; both ``end`` when the fence
    never closes.  SQL bodies close at the first ``` outside literals and comments; when the lexer
    finds none (an unterminated literal, or prose in an untagged block), markdown's rule -- the
    first ``` at a line start -- and then the first ``` anywhere are used."""
    if sqlish:
        marker, at = _scan(text, b, end, ("```",))
        if marker == "```":
            return at, at + 3
    m = _LINE_FENCE.search(text, b, end)
    at = text.index("```", m.start()) if m else text.find("```", b, end)
    if at >= 0:
        return at, at + 3
    return end, end


def _blocks(text: str, pos: int, end: int) -> list[_Block]:
    blocks: list[_Block] = []
    i = pos
    while i < end:
        f = text.find("```", i, end)
        t = _OPEN_TAG.search(text, i, end)
        t_at = t.start() if t else -1
        if f < 0 and t_at < 0:
            break
        if f >= 0 and (t_at < 0 or f < t_at):
            m = _OPEN_FENCE.match(text, f, end)  # always matches
            info = m.group(1).strip()
            lang_m = _LANG_WORD.match(text, m.start(1), end)
            lang = lang_m.group(0).lower() if lang_m else ""
            if m.group(2):  # "```sql\n": the body starts on the next line
                b = m.end()
            elif lang:  # "```sql SELECT 1```" / "```sql" at the end: after the language word
                b = lang_m.end()
            else:
                b = f + 3
            kind = "sql" if lang in SQL_LANGS else ("plain" if not info else "other")
            body_end, outer_end = _close_fence(text, b, end, kind != "other")
            blocks.append(_Block(kind, f, outer_end, b, body_end, outer_end > body_end))
            i = max(outer_end, f + 3)
        else:
            b = t.end()
            marker, at = _scan(text, b, end, ("[/SQL]",))
            if marker != "[/SQL]":
                c = _CLOSE_TAG.search(text, b, end)
                at = c.start() if c else -1
            if at >= 0:
                blocks.append(_Block("tag", t_at, at + 6, b, at, True))
                i = at + 6
            else:
                blocks.append(_Block("tag", t_at, end, b, end, False))
                i = end
    return blocks


def _after_note(text: str, after: int, end: int, notes: list[str], *, prose: bool) -> None:
    """Note what followed a statement's ``;`` in its region."""
    j = _skip_space(text, after, end)
    if j >= end:
        return
    word = re.match(r"\(|[A-Za-z]+", text[j:end])
    if word and (word.group(0) == "(" or word.group(0).upper() in _STATEMENT_WORDS):
        notes.append("multiple_statements_first_kept")
    elif prose:
        notes.append("prose_removed")

def _bare(text: str, s: int, end: int, notes: list[str], *, trim: bool = True) -> tuple[int, int, list[str]]:
    """A statement starting at ``s`` in running text: up to ``;``/```/[/SQL]/``end``, trimmed.
    Returns ``(start, stop, notes)``."""
    local: list[str] = []
    s = _skip_space(text, s, end)
    marker, at = _scan(text, s, end, _STOPS)
    while marker == ";" and not text[s:at].strip():  # ";;" / leading empty statements
        s = _skip_space(text, at + 1, end)
        marker, at = _scan(text, s, end, _STOPS)
    stop = end if marker == "unterminated" else at
    if marker == ";":
        local.append("cut_at_semicolon")
    elif marker == "```":
        local.append("cut_at_fence")
    elif marker == "[/SQL]":
        local.append("sql_tag")
    elif marker == "unterminated":
        local.append("unterminated_literal")
    while stop > s and text[stop - 1].isspace():
        stop -= 1
    if trim and marker != "unterminated":
        trimmed = _trim_prose(text, s, stop)
        if trimmed < stop:
            local.append("prose_removed")
            stop = trimmed
        elif marker == ";":
            _after_note(text, at + 1, _region_tail(text, at + 1, end), local, prose=True)
        elif marker in ("```", "[/SQL]") and text[at + len(marker):end].strip():
            local.append("prose_removed")
    return s, stop, local


def _region_tail(text: str, after: int, end: int) -> int:
    """Where the text after a ``;`` stops counting as the same region (the next fence/tag)."""
    marker, at = _scan(text, after, end, _ENDS)
    return at if marker in _ENDS else end
