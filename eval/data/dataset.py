"""Questions: read sql-eval CSV or native JSONL, expand gold alternatives, validate.

Gold cells are split with sqlglot's tokenizer, never with ``str.split``: a ``;`` or ``{`` inside a
string literal, a quoted identifier or a comment stays where it is.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import itertools
import json
import re
from pathlib import Path
from typing import Iterable, Optional

from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType
from sqlglot.dialects.postgres import Postgres

from eval.errors import UsageError
from eval.sqltext.rewrite import split_on_semicolons
from eval.types import CATEGORIES, Question

_TOKENIZER = Postgres().tokenizer_class
csv.field_size_limit(1 << 30)  # gold queries and schemas in cells can exceed csv's 128 KiB default
REQUIRED_CSV = ("question", "query", "db_name", "query_category")
DIFFICULTIES = ("easy", "medium", "hard", "extra")
MAX_CHOICE_COLUMNS = 8  # 2^8 - 1 = 255 alternatives at most from one brace group


def _tokens(sql: str):
    return _TOKENIZER().tokenize(sql)


def split_alternatives(cell: str) -> list[str]:
    """``a; b`` -> ``["a", "b"]`` (semicolons outside literals/comments only)."""
    if ";" not in cell:  # no statement separator without the character: skip the tokenizer (hot path)
        return [cell.strip()] if cell.strip() else []
    return [cell[a:b].strip() for a, b, _ in split_on_semicolons(cell) if cell[a:b].strip()]


def expand_choices(sql: str) -> list[str]:
    """Expand the first ``{a, b, …}`` group into every non-empty subset (listed order kept);
    ``{}`` elsewhere in the query (``GROUP BY {}``) becomes the chosen columns."""
    if "{" not in sql:  # no brace token without the character: skip the tokenizer (hot path)
        return [sql]
    toks = _tokens(sql)
    open_i = None
    for i, t in enumerate(toks):
        if t.token_type == TokenType.L_BRACE and not (i + 1 < len(toks) and toks[i + 1].token_type == TokenType.R_BRACE):
            open_i = i
            break
    if open_i is None:
        return [sql]
    depth, close_i = 0, None
    for j in range(open_i, len(toks)):
        tt = toks[j].token_type
        if tt in (TokenType.L_BRACE, TokenType.L_PAREN, TokenType.L_BRACKET):
            depth += 1
        elif tt in (TokenType.R_BRACE, TokenType.R_PAREN, TokenType.R_BRACKET):
            depth -= 1
            if depth == 0:
                close_i = j
                break
    if close_i is None:
        raise ValueError("unbalanced '{' in the gold query")
    # split the inner tokens on top-level commas
    items, cur_start, d = [], toks[open_i].end + 1, 0
    for j in range(open_i + 1, close_i):
        tt = toks[j].token_type
        if tt in (TokenType.L_PAREN, TokenType.L_BRACKET, TokenType.L_BRACE):
            d += 1
        elif tt in (TokenType.R_PAREN, TokenType.R_BRACKET, TokenType.R_BRACE):
            d -= 1
        elif tt == TokenType.COMMA and d == 0:
            items.append(sql[cur_start:toks[j].start].strip())
            cur_start = toks[j].end + 1
    items.append(sql[cur_start:toks[close_i].start].strip())
    items = [x for x in items if x]
    if not items:
        return [sql]
    if len(items) > MAX_CHOICE_COLUMNS:
        raise ValueError(f"a column choice may list at most {MAX_CHOICE_COLUMNS} columns")
    before, after = sql[:toks[open_i].start], sql[toks[close_i].end + 1:]
    # positions of "{}" placeholders in the text after the group
    after_toks = _tokens(after) if after.strip() else []
    holes = [(after_toks[k].start, after_toks[k + 1].end + 1) for k in range(len(after_toks) - 1)
             if after_toks[k].token_type == TokenType.L_BRACE and after_toks[k + 1].token_type == TokenType.R_BRACE]
    out = []
    for r in range(1, len(items) + 1):
        for combo in itertools.combinations(items, r):
            chosen = ", ".join(combo)
            tail = after
            for s, e in reversed(holes):
                tail = tail[:s] + chosen + tail[e:]
            out.append(before + chosen + tail)
    return out


def expand_gold(cell: str, *, split_semicolons: bool = True) -> list[str]:
    return list(_expand_gold(cell, split_semicolons))


@functools.lru_cache(maxsize=4096)
def _expand_gold(cell: str, split_semicolons: bool) -> tuple[str, ...]:
    """Memoised: a question file often repeats a gold cell (one row per sample or per copy)."""
    alts = split_alternatives(cell) if split_semicolons else [cell.strip()]
    out: list[str] = []
    for a in alts:
        for x in expand_choices(a):
            if x not in out:
                out.append(x)
    return tuple(out)


# ---------------------------------------------------------------------------------------------
def _where(path: Path, row: int) -> str:
    return f"{path}, row {row}"


def _bool_or_none(v, where: str, name: str = "order_matters") -> Optional[bool]:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if s in ("1", "true", "yes", "t", "y"):
        return True
    if s in ("0", "false", "no", "f", "n"):
        return False
    raise UsageError(f"{where}: {name} must be true/false, got {v!r}")


_SPLIT_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def _split_name(v, where: str) -> str:
    s = "classic" if v is None or v == "" else v
    if not isinstance(s, str) or not _SPLIT_NAME.fullmatch(s.strip()):
        raise UsageError(f"{where}: split must be a lower-case name like 'classic' or 'hard', got {v!r}")
    return s.strip()


def _make(path: Path, row: int, qid: str, db: str, category: str, question: str, gold_raw,
          instructions: str, difficulty: str, order_matters, extra: dict, split_semicolons: bool,
          split=None, answerable=None) -> Question:
    where = _where(path, row)
    split = _split_name(split, where)
    answerable_b = _bool_or_none(answerable, where, "answerable")
    answerable_b = True if answerable_b is None else answerable_b
    if not str(qid).strip():
        raise UsageError(f"{where}: empty id")
    if not str(db).strip():
        raise UsageError(f"{where}: empty db_name")
    if not str(question).strip():
        raise UsageError(f"{where}: empty question")
    if not str(category).strip():
        raise UsageError(f"{where}: empty query_category")
    golds_in = gold_raw if isinstance(gold_raw, list) else [gold_raw]
    if not answerable_b:
        if any(isinstance(g, str) and g.strip() for g in golds_in):
            raise UsageError(f"{where}: a question with answerable false has no gold query (give gold: [])")
        gold, gold_raw = [], ""
    else:
        gold = _golds(golds_in, where, split_semicolons)
    return Question(
        id=str(qid).strip(), db=str(db).strip(), category=str(category).strip(), question=str(question).strip(),
        gold=tuple(gold), gold_raw=gold_raw if isinstance(gold_raw, str) else " ; ".join(gold_raw),
        instructions=(instructions or "").strip(), difficulty=(difficulty or "").strip(),
        order_matters=_bool_or_none(order_matters, where), source_file=str(path), source_row=row, extra=extra,
        split=split, answerable=answerable_b,
        question_raw=str(question) if str(question) != str(question).strip() else "",
    )


def _golds(golds_in: list, where: str, split_semicolons: bool) -> list[str]:
    """Every acceptable gold query of one question, alternatives and column choices expanded."""
    if not golds_in or any(not isinstance(g, str) or not g.strip() for g in golds_in):
        raise UsageError(f"{where}: empty gold query")
    gold: list[str] = []
    try:
        for g in golds_in:
            for x in expand_gold(g, split_semicolons=split_semicolons):
                if x not in gold:
                    gold.append(x)
    except (TokenError, ValueError) as e:
        raise UsageError(f"{where}: gold query cannot be split: {str(e).splitlines()[0][:200]}")
    if not gold:
        raise UsageError(f"{where}: empty gold query")
    return gold


def read_text(path: Path, label: str = "") -> str:
    """A UTF-8 file's text (a BOM is dropped); one clear error naming the file otherwise.
    ``label`` prefixes messages with the flag the path came from (e.g. ``"--predictions "``)."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise UsageError(f"{label}{path}: not UTF-8 (invalid byte at line {line})")
    except FileNotFoundError:
        raise UsageError(f"{label}{path}: no such file")
    except OSError as e:
        raise UsageError(f"{label}{path}: cannot read ({e.strerror})")


def read_jsonl(path: Path, label: str = "") -> list[tuple[int, dict]]:
    """(line number, object) for every non-blank line; each line must be a JSON object."""
    out = []
    for i, line in enumerate(read_text(path, label).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(f"{label}{_where(path, i)}: invalid JSON: {e.msg}")
        if not isinstance(rec, dict):
            raise UsageError(f"{label}{_where(path, i)}: each line must be a JSON object")
        out.append((i, rec))
    return out


def read_csv(path: Path, label: str = "") -> tuple[list[str], list[tuple[int, dict]]]:
    """(header, [(row number, record)]) of a UTF-8 CSV; a row with more or fewer cells than the
    header is an error naming it (an unquoted comma in SQL would otherwise cut the query short)."""
    reader = csv.DictReader(read_text(path, label).splitlines(keepends=True))
    rows = []
    for i, rec in enumerate(reader, start=1):
        if None in rec:
            raise UsageError(f"{label}{_where(path, i)}: more cells than header columns (quote cells that contain commas)")
        if any(v is None for v in rec.values()):
            raise UsageError(f"{label}{_where(path, i)}: fewer cells than header columns")
        rows.append((i, rec))
    return list(reader.fieldnames or []), rows


def _normalized_text(text) -> str:
    return " ".join(str(text or "").split()).casefold()


def content_id(db: str, question: str, instructions: str = "") -> str:
    """The id of a question whose file gives none: ``<db>-<10 hex digits>``, the sha256 of its
    database, question text and instructions (whitespace collapsed, case folded).  It depends on
    what the question says, never on the file's name or the row's position, so a renamed or
    reordered CSV keeps its ids and its baselines; editing a question's text gives it a new id."""
    key = "\n".join((str(db).strip(), _normalized_text(question), _normalized_text(instructions)))
    return f"{str(db).strip()}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


class ContentIds:
    """Content ids for the rows of one or several files: the k-th repeat of the same (database,
    question, instructions) gets ``-k`` appended (k from 2), in reading order."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, db: str, question: str, instructions: str = "") -> str:
        base = content_id(db, question, instructions)
        n = self.seen[base] = self.seen.get(base, 0) + 1
        return base if n == 1 else f"{base}-{n}"


def load_csv(path: Path, ids: Optional[ContentIds] = None) -> list[Question]:
    """A sql-eval-format CSV; a row without an ``id``/``question_id`` cell gets :func:`content_id`
    (``ids`` is shared by the files of one ``--questions`` folder so that repeats stay distinct)."""
    header, rows = read_csv(path)
    missing = [c for c in REQUIRED_CSV if c not in header]
    if missing:
        raise UsageError(f"{path}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED_CSV)})")
    if len(set(header)) != len(header):
        raise UsageError(f"{path}: duplicate column names in the header")
    out = []
    known = set(REQUIRED_CSV) | {"instructions", "difficulty", "id", "question_id", "order_matters", "split", "answerable"}
    ids = ids if ids is not None else ContentIds()
    for i, rec in rows:
        qid = rec.get("id") or rec.get("question_id") or ids(rec["db_name"], rec["question"], rec.get("instructions", ""))
        extra = {k: v for k, v in rec.items() if k not in known}
        out.append(_make(path, i, qid, rec["db_name"], rec["query_category"], rec["question"], rec["query"],
                         rec.get("instructions", ""), rec.get("difficulty", ""), rec.get("order_matters"), extra, True,
                         rec.get("split"), rec.get("answerable")))
    return out


def load_jsonl(path: Path) -> list[Question]:
    out = []
    for i, rec in read_jsonl(path):
        for k in ("id", "db", "category", "question", "gold"):
            if k not in rec:
                raise UsageError(f"{_where(path, i)}: missing key {k!r}")
        known = {"id", "db", "category", "question", "gold", "instructions", "difficulty", "order_matters", "split",
                 "answerable"}
        extra = {k: v for k, v in rec.items() if k not in known}
        out.append(_make(path, i, rec["id"], rec["db"], rec["category"], rec["question"], rec["gold"],
                         rec.get("instructions", ""), rec.get("difficulty", ""), rec.get("order_matters"), extra, False,
                         rec.get("split"), rec.get("answerable")))
    return out


def load_questions(path: Path) -> list[Question]:
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".csv", ".jsonl"))
        if not files:
            raise UsageError(f"--questions {path}: no .csv or .jsonl files in the folder")
    elif path.exists():
        files = [path]
    else:
        raise UsageError(f"--questions {path}: no such file or folder")
    out: list[Question] = []
    ids = ContentIds()
    for f in files:
        if f.suffix == ".csv":
            out.extend(load_csv(f, ids))
        elif f.suffix == ".jsonl":
            out.extend(load_jsonl(f))
        else:
            raise UsageError(f"--questions {f}: unknown format (use .csv or .jsonl)")
    seen: dict[str, Question] = {}
    for q in out:
        if q.id in seen:
            p = seen[q.id]
            raise UsageError(f"{q.source_file}, row {q.source_row}: duplicate question id {q.id!r} (first at {p.source_file}, row {p.source_row})")
        seen[q.id] = q
    if not out:
        raise UsageError(f"--questions {path}: no questions")
    return out


#: annotation keys of the bundled benchmark's JSONL (provenance, reviewers' notes): ignored without a warning
ANNOTATION_KEYS = frozenset({"source_id", "why"})


def unused_fields_warning(questions: Iterable[Question]) -> Optional[str]:
    """One line naming every input column (CSV) or key (JSONL) that the harness does not use — e.g.
    sql-eval's ``k_shot_prompt``, ``glossary``, ``table_metadata_string``, ``prev_invalid_sql`` — with
    how many questions carry a value in it, or None when there is none.  Such values are kept in
    ``Question.extra`` and never reach a prompt."""
    counts: dict[str, int] = {}
    files: dict[str, None] = {}
    for q in questions:
        for k, v in q.extra.items():
            if k in ANNOTATION_KEYS:
                continue
            counts[k] = counts.get(k, 0) + (v not in (None, "", [], {}))
            files[Path(q.source_file).name] = None
    if not counts:
        return None
    cols = ", ".join(f"{k} ({n} non-empty)" for k, n in counts.items())
    where = ", ".join(list(files)[:3]) + (", …" if len(files) > 3 else "")
    return (f"warning: {len(counts)} question column(s) not used by this harness (kept, never in a prompt): "
            f"{cols} — in {where}")


def check_databases(questions: Iterable[Question], known: Iterable[str], schemas_dir) -> None:
    known = set(known)
    for q in questions:
        if q.db not in known:
            raise UsageError(f"{q.source_file}, row {q.source_row}: unknown db_name {q.db!r} "
                             f"(no folder {q.db!r} in --schemas {schemas_dir}; have: {', '.join(sorted(known))})")


def filter_questions(questions: list[Question], categories=None, dbs=None, limit=None, splits=None) -> list[Question]:
    qs = questions
    if splits:
        have = {q.split for q in questions}
        unknown = [s for s in splits if s not in have]
        if unknown:
            raise UsageError(f"--split {unknown[0]!r}: no question is in this split (have: {', '.join(sorted(have))})")
        qs = [q for q in qs if q.split in splits]
    if categories:
        unknown = [c for c in categories if c not in {q.category for q in questions}]
        if unknown:
            raise UsageError(f"--category {unknown[0]!r}: no question has this category "
                             f"(have: {', '.join(sorted({q.category for q in questions}))})")
        qs = [q for q in qs if q.category in categories]
    if dbs:
        unknown = [d for d in dbs if d not in {q.db for q in questions}]
        if unknown:
            raise UsageError(f"--db {unknown[0]!r}: no question uses this database")
        qs = [q for q in qs if q.db in dbs]
    if limit is not None:
        qs = qs[:limit]
    return qs


def questions_hash(questions: Iterable[Question]) -> str:
    h = hashlib.sha256()
    for q in questions:
        rec = [q.id, q.db, q.category, q.question, q.instructions, list(q.gold), q.order_matters]
        if q.split != "classic" or not q.answerable:  # hashes of classic-only question sets stay as before
            rec += [q.split, q.answerable]
        h.update(json.dumps(rec, ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()


__all__ = ["CATEGORIES", "DIFFICULTIES", "load_questions", "content_id", "ContentIds", "unused_fields_warning", "expand_gold", "split_alternatives", "expand_choices",
           "check_databases", "filter_questions", "questions_hash"]
