"""Render what a blind solver sees for ALL 26 pilot questions (answerable + unanswerable, in id order,
nothing telling which is which) with the harness's `chat_abstain` template (eval/prompt.py render,
schema doc from the loaded instance 0 via fixtures.schema_doc), and write prompts/fab_lots.md: the
system message and the shared schema part once, then per question the rest of the user message.

Checks: every rendered prompt is exactly the shared head + its own tail; the system message is the
same for all; no tail carries anything but the question's instructions and text (none of the
unanswerable-only keys `answerable` / `why`, no gold, category, difficulty, pair or id leaks into
what the model sees), and answerable and unanswerable tails have the same shape.

Run:  EVAL_CACHE_ROOT=/tmp/abstain-cache HARNESS=/tmp/abstain-h python bench/pilots/abstain/render_prompts.py
"""
import json
import re

from _harness import DB, HERE, open_fixture
from eval.data import dataset
from eval.db import fixtures
from eval.data import prompt as prompt_mod
from eval.types import Question

TEMPLATE = "chat_abstain"
VISIBLE = ("question", "instructions")  # the only question fields a template can show (eval/prompt.py render)


def load_all():
    answerable = dataset.load_questions(HERE / "questions.jsonl")  # the harness's own loader and checks
    raw = {json.loads(line)["id"]: json.loads(line) for name in ("questions.jsonl", "unanswerable.jsonl")
           for line in open(HERE / name, encoding="utf-8") if line.strip()}
    una = []
    for line in open(HERE / "unanswerable.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        assert rec["gold"] == [] and rec["answerable"] is False and rec["why"], rec["id"]
        # the harness's loader refuses an empty gold, so the model-visible fields are copied as it would
        una.append(Question(id=rec["id"], db=rec["db"], category=rec["category"], question=rec["question"].strip(),
                            gold=(), gold_raw="", instructions=rec.get("instructions", "").strip(),
                            difficulty=rec.get("difficulty", "")))
    qs = sorted(answerable + una, key=lambda q: q.id)
    assert len(qs) == 26 and len({q.id for q in qs}) == 26 and {q.db for q in qs} == {DB}
    return qs, raw


def leaks(text, tail, q, rec, pair):
    """What of the question record beyond its question and instructions shows in the rendered prompt
    (``text``: system + user message; ``tail``: the question's own part of it)."""
    out = []
    for key in ("answerable", "unanswerable", "why", "gold", "order_matters", "difficulty", "category"):
        if re.search(rf'"{key}"|\b{key}\b\s*[:=]', text):
            out.append(f"key {key!r}")
    if re.search(r"\banswerable\b", text):
        out.append("word 'answerable'")
    for val in [rec.get("why") or "", *(rec.get("gold") or [])]:
        for chunk in re.split(r"[.;:()']", val):  # any sizeable fragment of the why / gold text
            chunk = chunk.strip()
            if len(chunk) >= 25 and chunk in tail:
                out.append(f"text {chunk[:40]!r}")
    for word in (q.id, pair):
        if word in text:
            out.append(f"word {word!r}")
    return out


def main():
    qs, raw = load_all()
    pairs = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    template = prompt_mod.load_template(TEMPLATE, TEMPLATE)
    assert "I do not know" in "\n".join(b for _, b in template.messages)
    server, fx = open_fixture()
    try:
        doc = fixtures.schema_doc(server, fx)
    finally:
        server.stop()
    schema_text = prompt_mod.render_schema(doc)
    rendered = [(q, prompt_mod.render(template, q, doc)) for q in qs]
    systems = {tuple(m["content"] for m in p.messages if m["role"] == "system") for _, p in rendered}
    assert len(systems) == 1, "system message differs between questions"
    system = "\n\n".join(next(iter(systems)))
    head = "Database schema:\n" + schema_text + "\n"
    n_una = sum(1 for q in qs if raw[q.id].get("answerable") is False)
    parts = [f"# Rendered prompts: {DB} (template `{TEMPLATE}`, {len(qs)} questions)\n",
             "Each model request = the system message below + one user message made of the **shared user part** "
             "followed by the question's own part (section `## <id>`). Rendered by render_prompts.py with eval/prompt.py. "
             f"All {len(qs)} questions of the pilot are here in id order; {n_una} of them cannot be answered from the "
             "database, and nothing in the prompt says which.\n",
             "## System message\n", "```text\n" + system + "\n```\n", "## Shared user part (schema)\n", "```text\n" + head + "```\n"]
    sizes, problems = [], []
    for q, p in rendered:
        user = [m["content"] for m in p.messages if m["role"] == "user"]
        assert len(user) == 1 and user[0].startswith(head), q.id
        tail = user[0][len(head):]
        expect = (prompt_mod._instructions_list(q.instructions) + "\n\nQuestion: " + q.question) if q.instructions else "\nQuestion: " + q.question
        if tail.strip("\n") != expect.strip("\n"):
            problems.append(f"{q.id}: tail is not exactly instructions + question")
        problems += [f"{q.id}: {x}" for x in leaks(p.text, tail, q, raw[q.id], pairs[q.id])]
        sizes.append(len(system) + len(user[0]))
        parts.append(f"## {q.id}\n\n```text\n{tail}\n```\n")
    if problems:
        raise SystemExit("NOT WRITTEN:\n" + "\n".join(problems))
    out = HERE / "prompts" / f"{DB}.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(parts), encoding="utf-8")
    print(f"{out}: {len(qs)} questions ({len(qs) - n_una} answerable, {n_una} unanswerable, interleaved by id); "
          f"{len(doc.tables)} tables; system {len(system)} chars, schema part {len(head)} chars; "
          f"full prompt per question {min(sizes)}..{max(sizes)} chars (system + user); no leak of answerable/why/gold/pair/category")


if __name__ == "__main__":
    main()
