"""Prompt templates: load one, render the schema, fill the placeholders.

A template is a text file under ``prompts/`` (chosen by its file stem with
``--prompt-template NAME``) or any file path.  prompts/README.md documents the
file format; in short:

* **completion** template: the whole file is the prompt (one trailing newline
  is dropped, since editors add one);
* **chat** template: the file is split into messages by marker lines
  ``[[system]]``, ``[[user]]`` and ``[[assistant]]``; a file whose first
  non-blank line is such a marker is a chat template.

Placeholders (the only names substituted; ``{other}`` with an unknown
identifier is an error at load time, so a typo never reaches a model):

==================  =========================================================
``{question}``      the question text
``{instructions}``  the question's instructions, as written ("" when none)
``{instructions_list}``  the same as markdown bullets (``- ...`` per line)
``{schema}``        ``CREATE TABLE`` statements (:func:`render_schema`)
``{dialect}``       ``PostgreSQL``
``{glossary}``      the database's glossary ("" when none)
``{db}``            the database name
==================  =========================================================

Substitution is a single pass over the *template*: values are inserted
verbatim and never scanned again, so braces in a question, a schema comment
or a JSON glossary are safe (``str.format`` would raise or, worse, substitute
inside them).  Other braces in the template itself (``{"a": 1}``) stay as
they are.  A line that holds nothing but one placeholder whose value is empty
is dropped entirely, so an optional section leaves no blank line behind:
this is how the SQLCoder template stays byte-identical to the published
prompt when a question has no instructions.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional

from eval.errors import UsageError
from eval.types import Prompt, Question, SchemaDoc

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
DIALECT = "PostgreSQL"
PLACEHOLDERS = ("question", "instructions", "instructions_list", "schema", "dialect", "glossary", "db")
ROLES = ("system", "user", "assistant")
TEMPLATE_SUFFIXES = (".txt", ".md")

_PLACEHOLDER_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MARKER_RE = re.compile(r"^\[\[(system|user|assistant)\]\]\s*$")
_SIMPLE_IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")


@dataclass(frozen=True)
class Template:
    """A loaded prompt template.

    ``text`` is the completion template (``kind == "completion"``);
    ``messages`` the ``(role, template text)`` pairs of a chat template.
    ``hash`` is the sha256 of the file bytes: it identifies the template in
    summary.json and in the generation cache.
    """

    name: str
    kind: Literal["completion", "chat"]
    hash: str
    text: str = ""
    messages: tuple[tuple[str, str], ...] = ()
    path: str = ""


def available_templates() -> list[str]:
    """Names accepted by ``--prompt-template`` (file stems under prompts/)."""
    if not PROMPTS_DIR.is_dir():
        return []
    return sorted(p.stem for p in PROMPTS_DIR.iterdir() if p.is_file() and p.suffix in TEMPLATE_SUFFIXES and p.stem.upper() != "README")


def _resolve(name_or_path: str) -> Path:
    for suffix in ("",) + TEMPLATE_SUFFIXES:
        candidate = PROMPTS_DIR / f"{name_or_path}{suffix}"
        if "/" not in name_or_path and candidate.is_file() and candidate.stem.upper() != "README":
            return candidate
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    raise UsageError(
        f"--prompt-template {name_or_path!r}: no such template name or file "
        f"(names: {', '.join(available_templates()) or 'none found under prompts/'})"
    )


def _check_placeholders(text: str, where: str) -> None:
    unknown = sorted({m.group(1) for m in _PLACEHOLDER_RE.finditer(text)} - set(PLACEHOLDERS))
    if unknown:
        raise UsageError(
            f"--prompt-template {where}: unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)} "
            f"(known: {', '.join('{' + p + '}' for p in PLACEHOLDERS)})"
        )


def parse_template(data: bytes, name: str, path: str = "") -> Template:
    """Build a Template from file bytes (see the module docstring for the format)."""
    where = path or name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"--prompt-template {where}: not UTF-8 text ({exc})") from None
    text = text.replace("\r\n", "\n")
    digest = hashlib.sha256(data).hexdigest()
    lines = text.split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    if not _MARKER_RE.match(first):
        body = text[:-1] if text.endswith("\n") else text
        if not body.strip():
            raise UsageError(f"--prompt-template {where}: the template is empty")
        _check_placeholders(body, where)
        return Template(name=name, kind="completion", hash=digest, text=body, path=path)

    messages: list[tuple[str, list[str]]] = []
    for line in lines:
        marker = _MARKER_RE.match(line)
        if marker:
            messages.append((marker.group(1), []))
        elif messages:
            messages[-1][1].append(line)
    out = []
    for role, body_lines in messages:
        body = "\n".join(body_lines).strip("\n")
        if not body.strip():
            raise UsageError(f"--prompt-template {where}: the [[{role}]] message is empty")
        _check_placeholders(body, where)
        out.append((role, body))
    if not any(role == "user" for role, _ in out):
        raise UsageError(f"--prompt-template {where}: a chat template needs a [[user]] message")
    return Template(name=name, kind="chat", hash=digest, messages=tuple(out), path=path)


def load_template(name_or_path: Optional[str], default: str) -> Template:
    """Load ``--prompt-template`` (a name under prompts/ or a file), else ``default``."""
    path = _resolve(name_or_path or default)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"--prompt-template {path}: cannot read ({exc})") from None
    in_prompts = path.resolve().parent == PROMPTS_DIR
    return parse_template(data, name=path.stem if in_prompts else str(path), path=str(path))


def _quote_ident(name: str) -> str:
    """Double-quote a name that is not a valid bare identifier (spaces, dashes ...).

    Letter case is left alone: fixture metadata often spells a folded name
    in mixed case (``CustomerID``), and quoting it would name a column that
    does not exist.  An already quoted name is kept as written.
    """
    if _SIMPLE_IDENT_RE.match(name) or (len(name) > 1 and name.startswith('"') and name.endswith('"')):
        return name
    return '"' + name.replace('"', '""') + '"'


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_schema(schema: SchemaDoc, shuffle_seed: Optional[int] = None) -> str:
    """``CREATE TABLE`` statements describing ``schema``, one per table.

    Layout (the one SQLCoder was trained on)::

        -- table description
        CREATE TABLE t (
          col type, --column description
          last_col type --column description
        );

    Tables are separated by a blank line.  Descriptions are folded onto one
    line so a newline in a description cannot end the ``--`` comment early.
    A table name ``schema.table`` keeps its dot; names that are not valid
    bare identifiers (a space, a dash) are double-quoted.  With ``shuffle_seed`` the table
    order is permuted by ``random.Random(shuffle_seed)``: the same seed gives
    the same order on every run and machine, and ``schema`` is never modified.
    """
    tables = list(schema.tables)
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(tables)
    blocks = []
    for table in tables:
        lines = []
        if table.description.strip():
            lines.append(f"-- {_one_line(table.description)}")
        table_name = ".".join(_quote_ident(part) for part in table.name.split("."))
        lines.append(f"CREATE TABLE {table_name} (")
        for i, col in enumerate(table.columns):
            comma = "," if i < len(table.columns) - 1 else ""
            comment = f" --{_one_line(col.description)}" if col.description.strip() else ""
            lines.append(f"  {_quote_ident(col.name)} {col.type}{comma}{comment}")
        lines.append(");")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _instructions_list(instructions: str) -> str:
    items = [ln.strip() for ln in instructions.strip().splitlines() if ln.strip()]
    return "\n".join(item if item.startswith(("- ", "* ")) else f"- {item}" for item in items)


def fill(template_text: str, values: dict[str, str]) -> str:
    """Substitute ``{name}`` placeholders in one pass (values are never re-scanned).

    A line made of a single placeholder whose value is empty is removed.
    """
    out_lines = []
    for line in template_text.split("\n"):
        only = _PLACEHOLDER_RE.fullmatch(line.strip())
        if only and only.group(1) in values and values[only.group(1)] == "":
            continue
        out_lines.append(
            _PLACEHOLDER_RE.sub(lambda m: values[m.group(1)] if m.group(1) in values else m.group(0), line)
        )
    return "\n".join(out_lines)


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render(template: Template, question: Question, schema: SchemaDoc, *, shuffle_seed: Optional[int] = None) -> Prompt:
    """Render ``template`` for one question.

    Completion templates fill ``Prompt.text`` (``messages`` is empty).  Chat
    templates fill ``Prompt.messages`` (``{"role", "content"}`` dicts) and also
    set ``Prompt.text`` to the message contents joined by blank lines, for
    completion-only backends.  ``prompt_hash`` is the sha256 of the text for a
    completion template, of the JSON of the messages for a chat template.
    """
    values = {
        "question": question.question,
        "instructions": question.instructions.strip(),
        "instructions_list": _instructions_list(question.instructions),
        "schema": render_schema(schema, shuffle_seed=shuffle_seed),
        "dialect": DIALECT,
        "glossary": schema.glossary.strip(),
        "db": schema.db,
    }
    if template.kind == "completion":
        text = fill(template.text, values)
        return Prompt(text=text, messages=(), template_name=template.name,
                      template_hash=template.hash, prompt_hash=_sha256_text(text))
    messages = tuple({"role": role, "content": fill(body, values)} for role, body in template.messages)
    text = "\n\n".join(m["content"] for m in messages)
    digest = _sha256_text(json.dumps(messages, ensure_ascii=False, sort_keys=True))
    return Prompt(text=text, messages=messages, template_name=template.name,
                  template_hash=template.hash, prompt_hash=digest)
