"""A database's documented rules, as queries: ``schemas/<db>/invariants.sql``, checked by ``validate``.

Schema comments and glossaries state rules the data must keep ("a completed visit has an
investigator", "one meter in service per premise"); a planted boundary row that breaks one makes a
question's documented premise false.  The file turns each rule into one query that lists the rows
breaking it; ``python run_eval.py validate`` runs every query on every instance and reports each
rule that returns a row (eval/run/validate.py).  The file is documentation of the data, not data:
it is never loaded into the database and does not change the fixture's hash.

Format (docs/FORMATS.md)::

    -- anything before the first rule is a header
    -- rule: a completed visit has an investigator (COMMENT ON COLUMN visits.investigator_id)
    SELECT visit_id FROM visits WHERE status = 'completed' AND investigator_id IS NULL;

    -- rule: at most one meter in service per premise and utility
    SELECT premise_id, utility FROM meters WHERE in_service GROUP BY 1, 2 HAVING COUNT(*) > 1;

Each ``-- rule: TEXT`` line starts a rule; the statement under it (one SELECT or WITH query, up to
the next rule line) lists the violating rows; it must return none.  Further ``--`` lines right
under the rule line continue its text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from eval.errors import UsageError
from eval.sqltext.statement import Rejected, single_statement

FILE_NAME = "invariants.sql"
_RULE = "-- rule:"


@dataclass(frozen=True)
class Invariant:
    rule: str  # the documented rule, in words
    sql: str  # one SELECT listing the rows that break it
    line: int  # 1-based line of its "-- rule:" line in the file


def parse_invariants(text: str, where: str) -> list[Invariant]:
    """The rules of one file's text (``where`` names it in errors)."""
    out: list[Invariant] = []
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip().lower().startswith(_RULE)]
    if not starts and text.strip():
        raise UsageError(f"{where}: no '{_RULE} …' line; every check starts with one (docs/FORMATS.md)")
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        rule = [lines[start].strip()[len(_RULE):].strip()]
        body_at = start + 1
        while body_at < end and lines[body_at].strip().startswith("--"):
            rule.append(lines[body_at].strip()[2:].strip())
            body_at += 1
        text_rule = " ".join(r for r in rule if r)
        label = f"{where}, line {start + 1}"
        if not text_rule:
            raise UsageError(f"{label}: the rule has no text (say which documented rule the query checks)")
        body = "\n".join(lines[body_at:end]).strip()
        if not body:
            raise UsageError(f"{label}: rule {text_rule!r} has no query under it")
        try:
            sql = single_statement(body)
            tree = sqlglot.parse_one(sql, read="postgres")
        except Rejected as e:
            raise UsageError(f"{label}: rule {text_rule!r}: {e}") from None
        except (ParseError, TokenError) as e:
            raise UsageError(f"{label}: rule {text_rule!r}: the query does not parse ({str(e).splitlines()[0][:160]})") from None
        if not isinstance(tree, exp.Query):
            raise UsageError(f"{label}: rule {text_rule!r}: the check must be a SELECT (or WITH … SELECT) listing violations")
        out.append(Invariant(text_rule, sql, start + 1))
    return out


def load_invariants(folder: Path) -> list[Invariant]:
    """``folder/invariants.sql``'s rules, or ``[]`` when the folder has none."""
    path = Path(folder) / FILE_NAME
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: cannot read ({e})") from None
    return parse_invariants(text, str(path))
