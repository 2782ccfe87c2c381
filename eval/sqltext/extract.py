"""Where a model's SQL is: the one function every runner uses to turn raw model output into the
one statement the executor runs.

:func:`extract_sql` returns an :class:`Extraction`: ``sql`` (one statement, without its trailing
``;``; None when the output holds no SQL or abstains), ``notes`` (short machine-readable notes,
listed below) and ``span`` (where ``sql`` lies in the input: ``text[span[0]:span[1]] == sql``).

Rules, in the order they apply
------------------------------
1. **Reasoning is dropped first.**  ``<think>…</think>``, ``<thinking>…</thinking>`` and
   ``<reasoning>…</reasoning>`` blocks (any case) are blanked out before anything else, so an SQL
   draft inside them is never picked ("think_removed").  A ``</think>`` with no opening tag
   (chat templates that put ``<think>`` into the prompt) makes everything before it reasoning.
   An opening tag that is never closed makes everything after it reasoning: the model ran out of
   tokens while thinking, and there is no answer ("think_unclosed").  Blanking keeps offsets, so
   ``span`` still indexes the original text.
2. **Text that starts with a query is a continuation** (a SQLCoder-style completion after a
   prompt ending in ``[SQL]`` or ````` ```sql `````, or a chat model answering with bare SQL).
   The statement starts there and ends at the first top-level ``;`` ("cut_at_semicolon"),
   closing ````` ``` ````` ("cut_at_fence"), ``[/SQL]`` ("sql_tag") or the end of the text;
   whatever follows -- a second hallucinated ``### Task``, an explanation with ``;`` in its prose,
   more fences -- is ignored.  Prose glued to its end is trimmed (rule 6).  With ``style="auto"``
   such a leading statement must parse with sqlglot (else rules 3-5 get a chance first and it is
   only the fallback: "Select all rows where …" is English); with ``style="completion"`` it wins
   unconditionally.  "A query" means ``SELECT``, ``VALUES``, ``TABLE``, ``WITH name AS (`` (a
   real CTE head, so "With this schema, …" is prose) or ``(`` followed by one of those.
3. **A closing ``[/SQL]`` before any ``[SQL]``** ends the answer (``style`` auto/completion): the
   prompt opened the tag.  ``I do not know[/SQL]`` is thus an abstention.  With
   ``style="completion"`` a closing ````` ``` ````` (one not followed by a language word, and not
   at the very start) before any opening fence ends the answer the same way.
4. **Fenced blocks and ``[SQL]…[/SQL]`` tags.**  ````` ```sql ````` (also ``postgresql``,
   ``postgres``, ``pgsql``, ``psql``, ``plpgsql``) blocks and ``[SQL]`` tags are explicit SQL.
   The **last** explicit block whose statement is a query wins ("fenced" / "sql_tag"); when
   there are several, "multiple_blocks_last_kept".  *Last, not first*: chat models show a draft
   and then the corrected query ("Wait, that misses NULLs -- here is the fixed version:"), or
   quote the schema (``CREATE TABLE``) or an intermediate step before the final answer; the
   final answer comes last.  When no explicit block holds a query, the last explicit block with
   any statement is used (the executor then rejects it with a clear message).  Without explicit
   blocks, the last untagged ````` ``` ````` block whose statement is a query is used.  Blocks in
   other languages (python, bash …) are ignored and removed from the prose search.  A block's end
   is the first ````` ``` ````` outside the SQL's string literals, quoted identifiers and
   comments (so ``SELECT '```'`` survives); when the lexer cannot close the body (an unterminated
   literal), the first ````` ``` ````` at a line start, then anywhere, is used.  A block that is
   never closed (a reply cut by the token limit) runs to the end ("unterminated_fence").
   Inside a block only the first statement is kept ("multiple_statements_first_kept" when
   another follows); no prose trimming is done in a block.
5. **Prose.**  With no usable block, the statement is looked for in the prose: a query at a line
   start, then an upper-case ``SELECT``/``WITH``/``VALUES`` anywhere, then ``select`` in any case;
   the first candidate that parses wins, else the first candidate ("prose_removed" when text was
   dropped around it).
6. **Prose trimming** (rules 2 and 5 only).  A candidate runs to the first top-level ``;``,
   ``` ``` ```, ``[/SQL]`` or the end.  When it does not parse, it is cut before the first word
   that begins a line, or begins two words in a row, that cannot be SQL (an English word that is
   no SQL keyword: "This query …", "which returns …"), or before a markdown line (``**``, ``#``,
   ``>``, a bullet) -- the first such cut after which the text parses.  A cut before a SQL keyword
   is never made, so SQL that sqlglot cannot parse keeps all its clauses.  When no cut parses,
   the text is cut only at a top-level blank line or a line starting with a capitalised English
   word plus another English word ("This query …"), else kept whole.
7. **The split** after the first top-level statement uses the PostgreSQL lexical rules below.
   Empty statements (``;;``) are skipped.  A statement whose literal never closes is kept whole
   ("unterminated_literal"; the executor rejects it).
8. **Abstention.**  When no SQL was found and the text says "I do not know", "I don't know",
   "cannot be answered" and the like: ``sql`` None, "abstained".  Otherwise None with "no_sql"
   (or "empty" for empty output).

The lexer
---------
sqlglot's postgres tokenizer (``eval/sqlrewrite.split_on_semicolons``, which the executor's
single-statement check uses) gets every literal form below right, but it tokenizes a whole text
and raises on anything it cannot read: trailing prose ("it's"), an unterminated literal in a
truncated reply, backticks.  It cannot say where a ````` ``` ````` or ``[/SQL]`` sits outside
literals, nor be asked "is this partial output finished?" during generation.  So the split is made
by the small lexer here, written to PostgreSQL's scan.l and checked against
``split_on_semicolons`` by tests/test_extract.py (every extracted statement is accepted by
``eval.sqltext.statement.single_statement``):

* ``'…'`` with ``''`` doubling; backslash is an ordinary character (standard_conforming_strings);
* ``E'…'`` / ``e'…'`` (an ``E`` that is not the end of a longer word): backslash escapes too;
* ``U&'…'``, ``B'…'``, ``X'…'``, ``N'…'``: as ``'…'``;  ``"…"`` and ``U&"…"`` with ``""``;
* ``$tag$…$tag$`` dollar quotes (``$$`` too) -- a ``$`` inside an identifier that starts with
  a letter is part of it (``a$b$``), ``$1`` is a parameter, and right after ``$1``, a number or
  another literal a ``$tag$`` opens a new dollar quote;
* ``--`` to the end of the line; ``/* … */`` nesting (``/* /* */ */`` is one comment).

:func:`completion_bounds` applies the same lexer to partial output, for the HF runner's early
stop during generation; the final cut is always :func:`extract_sql`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

#: every note extract_sql can give
NOTES = ("empty", "no_sql", "abstained", "think_removed", "think_unclosed", "fenced", "sql_tag",
         "multiple_blocks_last_kept", "unterminated_fence", "unterminated_tag", "cut_at_semicolon",
         "cut_at_fence", "multiple_statements_first_kept", "prose_removed", "unterminated_literal")

__all__ = ["NOTES", "Extraction", "extract_sql", "first_statement", "completion_bounds", "STYLES", "SQL_LANGS"]

STYLES = ("auto", "chat", "completion")
SQL_LANGS = frozenset({"sql", "postgresql", "postgres", "pgsql", "psql", "plpgsql", "postgressql", "pg"})
_STATEMENT_WORDS = frozenset({
    "SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER",
    "EXPLAIN", "SET", "SHOW", "TRUNCATE", "GRANT", "REVOKE", "BEGIN", "COMMIT", "ROLLBACK", "COPY",
    "MERGE", "CALL", "DO", "ANALYZE", "VACUUM", "REFRESH", "DECLARE", "FETCH", "PREPARE", "EXECUTE",
})


@dataclass(frozen=True)
class Extraction:
    """One statement found in a model's output (see the module docstring for the rules)."""

    sql: Optional[str]
    notes: tuple[str, ...] = ()
    span: Optional[tuple[int, int]] = None


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


def first_statement_bounds(text: str, pos: int = 0, end: Optional[int] = None) -> tuple[int, int, str, int]:
    """``(start, stop, how, after)`` of the first non-empty top-level statement in ``text[pos:end]``.

    ``text[start:stop]`` is the statement (leading whitespace/comments and trailing whitespace
    excluded; empty when there is none); ``how`` is ``";"`` when a top-level ``;`` ended it,
    ``"unterminated"`` when a literal never closes, else ``""``; ``after`` is where the text after
    the ``;`` starts (``end`` otherwise).
    """
    end = len(text) if end is None else end
    i = pos
    while True:
        start = _skip_space(text, i, end)
        marker, at = _scan(text, start, end, (";",))
        if marker == ";" and at == start:  # an empty statement: ";;"
            i = at + 1
            continue
        if marker == "unterminated":
            stop = end
        else:
            stop = at
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        return start, stop, marker, (at + 1 if marker == ";" else end)


def first_statement(sql: str) -> str:
    """The first top-level statement of ``sql`` (stripped, without its ``;``); the whole text
    when a literal never closes."""
    start, stop, _, _ = first_statement_bounds(sql)
    return sql[start:stop]


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


def _result(text: str, s: int, e: int, notes: list[str]) -> Extraction:
    sql = text[s:e].strip()
    if not sql:
        return Extraction(None, tuple(dict.fromkeys(notes + ["no_sql"])))
    return Extraction(sql, tuple(dict.fromkeys(notes)), (s, e))


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


# --------------------------------------------------------------------------- the entry point


def extract_sql(text: Optional[str], *, style: str = "auto") -> Extraction:
    """The one SQL statement in a model's output (the rules are in the module docstring).

    ``style``: ``"auto"`` (default: chat replies and completions alike), ``"completion"`` (the
    text continues a prompt that ends in ``[SQL]`` or ````` ```sql `````: a leading statement
    wins even when sqlglot cannot parse it, and a closing ````` ``` ````` ends the answer) or
    ``"chat"`` (no prompt-opened tag is assumed: a lone ``[/SQL]`` does not end the answer).
    """
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, got {style!r}")
    if text is None or not text.strip():
        return Extraction(None, ("empty",))
    notes: list[str] = []
    work = _drop_reasoning(text, notes)
    n = len(work)
    if not work.strip():
        return Extraction(None, tuple(dict.fromkeys(notes + ["no_sql"])))

    # rule 2: a continuation
    lead = _skip_space(work, 0, n)
    fallback: Optional[tuple[int, int, list[str]]] = None
    if _QUERY_START.match(work, lead):
        s, e, local = _bare(work, lead, n, notes)
        if style == "completion" or _parses(work[s:e]):
            return _result(work, s, e, notes + local)
        fallback = (s, e, local)

    # rule 3: the prompt opened the tag (or the fence)
    end = n
    if style != "chat":
        fences = [(b.start, b.end) for b in _blocks(work, 0, n) if b.kind != "tag"]
        close = next((m for m in _CLOSE_TAG.finditer(work)
                      if not any(a <= m.start() < z for a, z in fences)), None)
        if close and not _OPEN_TAG.search(work, 0, close.start()):
            end = close.start()
            notes.append("sql_tag")
        if style == "completion":
            for m in re.finditer(r"```", work[:end]):
                if not work[:m.start()].strip():
                    break  # a fence at the very start opens
                if not _LANG_WORD.match(work, m.end()):
                    end = m.start()
                    notes.append("cut_at_fence")
                break

    # rule 4: blocks
    blocks = _blocks(work, 0, end)
    chosen = _choose_block(work, blocks)
    if chosen is not None:
        block, (s, e, how, after) = chosen
        local = ["sql_tag" if block.kind == "tag" else "fenced"]
        queries = [b for b in blocks if b.kind != "other"
                   and _is_query(work, b.body_start, first_statement_bounds(work, b.body_start, b.body_end)[1])]
        if len(queries) > 1:
            local.append("multiple_blocks_last_kept")
        if not block.closed:
            local.append("unterminated_fence" if block.kind != "tag" else "unterminated_tag")
        if how == ";":
            local.append("cut_at_semicolon")
            _after_note(work, after, block.body_end, local, prose=False)
        elif how == "unterminated":
            local.append("unterminated_literal")
        return _result(work, s, e, notes + local)
    prose = work
    for b in blocks:  # blocks gave nothing: keep them out of the prose search
        prose = _blank(prose, b.start, b.end)
    if blocks and any(b.kind != "other" and not b.closed for b in blocks):
        notes.append("unterminated_fence")

    # rules 5 and 6: prose
    found = _from_prose(prose, end, weak_ok=not _ABSTAIN.search(work[:end]))
    if found is not None:
        s, e, local = found
        if prose[:s].strip():
            local = local + ["prose_removed"]
        return _result(prose, s, e, notes + local)
    if fallback is not None:
        s, e, local = fallback
        return _result(work, s, e, notes + local)

    # rule 8
    if _ABSTAIN.search(work[:end]):
        return Extraction(None, tuple(dict.fromkeys(notes + ["abstained"])))
    return Extraction(None, tuple(dict.fromkeys(notes + ["no_sql"])))


def _choose_block(text: str, blocks: list[_Block]):
    """The block whose first statement is the answer (rule 4), with that statement's bounds."""
    def stmt(b: _Block):
        return first_statement_bounds(text, b.body_start, b.body_end)

    for kinds in (("sql", "tag"), ("plain",)):
        picked = None
        for b in blocks:
            if b.kind not in kinds:
                continue
            bounds = stmt(b)
            if bounds[1] <= bounds[0]:
                continue
            if _is_query(text, bounds[0], bounds[1]):
                picked = (b, bounds, True)
            elif kinds[0] == "sql" and (picked is None or not picked[2]):
                picked = (b, bounds, False)
        if picked is not None:
            return picked[0], picked[1]
    return None


def _from_prose(text: str, end: int, *, weak_ok: bool = True) -> Optional[tuple[int, int, list[str]]]:
    """The first prose candidate that parses; else (``weak_ok``: the text does not abstain) the
    first candidate of at least three words ("select" alone in a sentence is English)."""
    first = None
    seen: set[int] = set()
    for pattern in (_LINE_START, _UPPER_ANYWHERE, _SELECT_ANYWHERE):
        for m in pattern.finditer(text, 0, end):
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            if start in seen:
                continue
            seen.add(start)
            s, e, local = _bare(text, start, end, [])
            if e <= s:
                continue
            if _parses(text[s:e]):
                return s, e, local
            if weak_ok and first is None and len(text[s:e].split()) >= 3:
                first = (s, e, local)
    return first


# --------------------------------------------------------------------------- streaming


def is_abstention(text: Optional[str]) -> bool:
    """True when ``text`` holds no SQL statement and says the question cannot be answered
    ("I do not know", "cannot be answered", ... -- rule 8 above)."""
    if not text or not text.strip():
        return False
    found = extract_sql(text)
    return found.sql is None and "abstained" in found.notes


def completion_bounds(text: str) -> tuple[int, int, int]:
    """Where the SQL of partial generated ``text`` is, for an early stop during generation.

    Returns ``(start, end, stop_end)``: the SQL so far is ``text[start:end]`` and the terminator
    that ended it (a top-level ``;``, a closing ````` ``` ````` or ``[/SQL]``) finishes at
    ``stop_end``; -1 while the answer may still go on.  Reasoning (``<think>`` not yet closed)
    never stops; the SQL is looked for after it.  An opening fence (```` ```sql ````, or ````` ``` `````
    at the very start) does not stop: the SQL starts after its line.  A trailing ````` ``` ````` is
    undecided (opening or closing?) until the next character.  Text that is neither a query
    nor inside a fence stops only at a ``[/SQL]``.  This is a generation-time stop only; the
    answer is cut by :func:`extract_sql`.
    """
    n = len(text)
    notes: list[str] = []
    work = _drop_reasoning(text, notes)
    if "think_unclosed" in notes:
        return n, n, -1
    i = _skip_space(work, 0, n)
    start = i
    while True:
        fence = re.compile(r"```[ \t]*([^\n`]*)(\n)?").match(work, start)
        if fence is None:
            break
        if not fence.group(2):  # "```sq" still being written
            return n, n, -1
        start = fence.end()
    if not _is_query(work, start, n) and start == i:
        # prose: go to the SQL after the last opening fence, or a query at a line start
        fences = [m for m in re.finditer(r"```[ \t]*([A-Za-z][\w+-]*)?[^\n`]*(\n)?", work) if m.group(1)]
        if fences:
            last = fences[-1]
            if not last.group(2):
                return n, n, -1
            start = last.end()
        else:
            m = _LINE_START.search(work)
            if m is None:
                tag = _CLOSE_TAG.search(work)
                if tag and not _OPEN_TAG.search(work, 0, tag.start()):
                    return i, tag.start(), tag.end()
                return i, n, -1
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    pos = start
    while True:
        marker, at = _scan(work, pos, n, _STOPS)
        if marker == "unterminated":
            return start, n, -1
        if marker == "":
            return start, n, -1
        if marker == "```":
            after = work[at + 3:]
            if not after:
                return start, at, -1
            opening = re.match(r"[A-Za-z][\w+-]*[ \t]*(\n)?", after)
            if opening:
                if not opening.group(1):
                    return n, n, -1
                start = pos = at + 3 + opening.end()
                continue
            return start, at, at + 3
        return start, at, at + len(marker)
