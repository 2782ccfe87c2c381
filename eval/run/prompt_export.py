"""``python run_eval.py prompts``: every rendered prompt, exactly as a runner would receive it,
without a model.

    python run_eval.py prompts -o prompts.jsonl [--prompt-template chat] [--split hard] [--db D]
    python run_eval.py prompts --by-db DIR --prompt-template chat      # one Markdown file per database
    python run_eval.py prompts --compat sqleval-2023 -o card.jsonl      # the SQLCoder card's prompts

JSONL: one object per question, in question order: ``question_id``, ``db``, ``split``,
``category``, ``template``, ``template_hash``, ``prompt_hash``, ``messages`` (chat templates; null
for completion ones) and ``text`` (what a completion backend receives).  Nothing about the answer
goes out: no gold, no ``answerable`` flag, no other key of the questions file.

``--by-db DIR`` writes ``DIR/<db>.md`` for people and blind solvers: the system message and the
part of the user message every question of that database shares (the schema) once, then one
section ``## <question id>`` per question with the rest of its prompt.  The file says how the
pieces join, and the export checks that each prompt is exactly shared head + its own tail.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.db import fixtures
from eval.data import prompt as prompt_mod
from eval.errors import UsageError
from eval.run.prepare import select_questions, server_for
from eval.types import Prompt, Question


def record(q: Question, p: Prompt) -> dict:
    """The JSONL record of one rendered prompt."""
    chat = bool(p.messages)
    return {"question_id": q.id, "db": q.db, "split": q.split, "category": q.category,
            "template": p.template_name, "template_hash": p.template_hash, "prompt_hash": p.prompt_hash,
            "messages": [dict(m) for m in p.messages] if chat else None, "text": p.text}


PROBE = _PROBE = "\x00T2SEVAL-PROBE\x00"  # PROBE: also used by eval/run/samples.py's prompt store


def _shared_head(bodies: list[str], probe_body: str) -> str:
    """The part every question's prompt shares: what a probe question (sentinel text and
    instructions) renders before its first sentinel, when every body starts with it; else the
    longest common prefix cut at a line end."""
    cut = probe_body.find(_PROBE)
    if cut > 0:
        head = probe_body[:cut]
        # keep the blank/bullet-free line structure: cut back to the last line end
        head = head[: head.rfind("\n") + 1] if "\n" in head else head
        if all(b.startswith(head) for b in bodies):
            return head
    a, b = min(bodies), max(bodies)
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    head = a[:n]
    return head[: head.rfind("\n") + 1] if "\n" in head else ""


def probe_question(db: str):
    """A question whose text and instructions are sentinels: where they land in a rendered
    prompt is where a question's own part begins."""
    return Question(id="probe", db=db, category="where", question=_PROBE, gold=("SELECT 1",), gold_raw="SELECT 1",
                    instructions=_PROBE)


def markdown(db: str, items: list[tuple[Question, Prompt]], probe: Prompt) -> str:
    """The ``--by-db`` file of one database (``probe``: the prompt of :func:`probe_question`)."""
    first = items[0][1]
    chat = bool(first.messages)
    if chat:
        systems = {tuple(m["content"] for m in p.messages if m["role"] == "system") for _, p in items}
        if len(systems) != 1:
            raise UsageError(f"--by-db: the system message differs between questions of {db}")
        system = "\n\n".join(next(iter(systems)))
        bodies = []
        for q, p in items:
            users = [m["content"] for m in p.messages if m["role"] != "system"]
            if len(users) != 1 or p.messages[-1]["role"] != "user":
                raise UsageError(f"--by-db: template {first.template_name!r} has several non-system messages; use the JSONL output")
            bodies.append(users[0])
    else:
        system = ""
        bodies = [p.text for _, p in items]
    probe_body = next((m["content"] for m in probe.messages if m["role"] == "user"), "") if chat else probe.text
    head = _shared_head(bodies, probe_body)
    out = [f"# Rendered prompts: {db} (template `{first.template_name}`, {len(items)} questions)\n"]
    if chat:
        out.append("Each request = the system message below + ONE user message: the shared user part followed "
                   "directly by the question's own part (section `## <id>`).\n")
        out += ["## System message\n", "```text\n" + system + "\n```\n"]
    else:
        out.append("Each prompt = the shared part followed directly by the question's own part (section `## <id>`).\n")
    out += ["## Shared user part (schema)\n" if chat else "## Shared part\n", "```text\n" + head + "```\n"]
    for (q, _), body in zip(items, bodies):
        assert body.startswith(head), q.id
        out.append(f"## {q.id}\n\n```text\n{body[len(head):]}\n```\n")
    return "\n".join(out)


def export(args) -> int:
    if not args.output and not args.by_db:
        raise UsageError("prompts: give -o FILE (JSONL, '-' for stdout) and/or --by-db DIR")
    sel = select_questions(args)
    fxs, questions = sel.fixtures, sel.questions
    compat = getattr(args, "compat", None)
    if compat:
        given = [f for f, v in (("--prompt-template", args.prompt_template), ("--shuffle-schema", args.shuffle_schema)) if v is not None]
        if given:
            raise UsageError(f"prompts --compat {compat} uses the card's template and pruned schema: drop {', '.join(given)}")
        from eval.data import card_models  # noqa: PLC0415 - only in --compat

        card_models.check_installed()
    else:
        template = prompt_mod.load_template(args.prompt_template or "chat", "chat")
    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    server = server_for(args, log)
    try:
        used = sorted({q.db for q in questions})
        fixtures.ensure_all(server, [fxs[n] for n in used], log, workers=args.workers)
        docs = {n: fixtures.schema_doc(server, fxs[n]) for n in used}
    finally:
        server.stop()
    if compat:
        from eval.data.card_prompt import CardPrompts  # noqa: PLC0415 - only in --compat

        card = CardPrompts.ready(sel.schemas_dir, docs, used)
        template = card.template

        def render_one(q):
            return card.prompt(q)
    else:
        def render_one(q):
            return prompt_mod.render(template, q, docs[q.db], shuffle_seed=args.shuffle_schema)
    rendered = [(q, render_one(q)) for q in questions]
    if args.output:
        lines = "".join(json.dumps(record(q, p), ensure_ascii=False) + "\n" for q, p in rendered)
        if args.output == "-":
            sys.stdout.write(lines)
        else:
            _write(Path(args.output), lines, "-o")
    if args.by_db:
        d = Path(args.by_db)
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise UsageError(f"--by-db {d}: cannot create the folder ({e.strerror})")
        for db in used:
            probe = render_one(probe_question(db))
            _write(d / f"{db}.md", markdown(db, [(q, p) for q, p in rendered if q.db == db], probe), "--by-db")
    where = ", ".join(x for x in (args.output if args.output and args.output != "-" else "",
                                  f"{args.by_db}/<db>.md" if args.by_db else "") if x)
    log(f"{len(rendered)} prompt(s) of {len(used)} database(s), template {template.name!r}" + (f" -> {where}" if where else ""))
    return 0


def _write(path: Path, text: str, flag: str) -> None:
    try:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        raise UsageError(f"{flag} {path}: cannot write ({e.strerror})")
