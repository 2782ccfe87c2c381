"""Render what a blind solver sees for every pilot question with the harness's bundled `chat`
template (eval/data/prompt.py render, schema doc from the loaded instance 0 via fixtures.schema_doc), and
write prompts/<db>.md: the system message and the shared schema part once, then per question the
rest of the user message (instructions + question).  Checks that every rendered prompt is exactly
the shared head + its own tail.

Run:  EVAL_CACHE_ROOT=/tmp/wind_farm_om-cache /tmp/wfo-venv/bin/python bench/hard/wind_farm_om/render_prompts.py"""
from collections import defaultdict

from _harness import HERE, ROOT, open_fixture
from eval.data import dataset
from eval.db import fixtures
from eval.data import prompt as prompt_mod


def main():
    questions = dataset.load_questions(ROOT / "questions" / "wind_farm_om.jsonl")
    template = prompt_mod.load_template("chat", "chat")
    by_db = defaultdict(list)
    for q in questions:
        by_db[q.db].append(q)
    for db, qs in by_db.items():
        server, fx = open_fixture(db)
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
        parts = [f"# Rendered prompts: {db} (template `chat`, {len(qs)} questions)\n",
                 "Each model request = the system message below + one user message made of the **shared user part** "
                 "followed by the question's own part (section `## <id>`). Rendered by render_prompts.py with eval/data/prompt.py.\n",
                 "## System message\n", "```text\n" + system + "\n```\n", "## Shared user part (schema)\n", "```text\n" + head + "```\n"]
        sizes = []
        for q, p in rendered:
            user = [m["content"] for m in p.messages if m["role"] == "user"]
            assert len(user) == 1 and user[0].startswith(head), q.id
            tail = user[0][len(head):]
            sizes.append(len(system) + len(user[0]))
            parts.append(f"## {q.id}\n\n```text\n{tail}\n```\n")
        (HERE / "prompts").mkdir(exist_ok=True)
        out = HERE / "prompts" / f"{db}.md"
        out.write_text("\n".join(parts), encoding="utf-8")
        print(f"{out}: {len(doc.tables)} tables; system {len(system)} chars, schema part {len(head)} chars; "
              f"full prompt per question {min(sizes)}..{max(sizes)} chars (system + user)")


if __name__ == "__main__":
    main()
