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

The character-level lexer (literals, comments, dollar quotes) is eval/sqltext/lexer.py; the output's
parts (reasoning, fenced and tagged blocks, prose, bare statements) are eval/sqltext/blocks.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from eval.sqltext.blocks import (
    _ABSTAIN, _Block, _CLOSE_TAG, _LANG_WORD, _LINE_START, _OPEN_TAG, _QUERY_START, _SELECT_ANYWHERE,
    _STOPS, _UPPER_ANYWHERE, _after_note, _bare, _blank, _blocks, _drop_reasoning, _is_query, _parses,
)
from eval.sqltext.lexer import _scan, _skip_space

#: every note extract_sql can give
NOTES = ("empty", "no_sql", "abstained", "think_removed", "think_unclosed", "fenced", "sql_tag",
         "multiple_blocks_last_kept", "unterminated_fence", "unterminated_tag", "cut_at_semicolon",
         "cut_at_fence", "multiple_statements_first_kept", "prose_removed", "unterminated_literal")

__all__ = ["NOTES", "Extraction", "extract_sql", "first_statement", "completion_bounds", "STYLES"]

STYLES = ("auto", "chat", "completion")


@dataclass(frozen=True)
class Extraction:
    """One statement found in a model's output (see the module docstring for the rules)."""

    sql: Optional[str]
    notes: tuple[str, ...] = ()
    span: Optional[tuple[int, int]] = None


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


def _result(text: str, s: int, e: int, notes: list[str]) -> Extraction:
    sql = text[s:e].strip()
    if not sql:
        return Extraction(None, tuple(dict.fromkeys(notes + ["no_sql"])))
    return Extraction(sql, tuple(dict.fromkeys(notes)), (s, e))


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
    # rule 8 looks for the phrase in a prefix of the reasoning-free text: without it anywhere there,
    # the answer is no abstention, and the full extraction (two sqlglot parses) is not needed
    if not _ABSTAIN.search(_drop_reasoning(text, [])):
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
