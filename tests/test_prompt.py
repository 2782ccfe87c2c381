"""Prompt templates and schema rendering (eval/data/prompt.py, prompts/)."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from eval.errors import UsageError
from eval.data.prompt import PROMPTS_DIR, available_templates, fill, load_template, parse_template, render, render_schema
from eval.types import ColumnDoc, Question, SchemaDoc, TableDoc

ROOT = Path(__file__).resolve().parent.parent

SCHEMA = SchemaDoc(
    db="shop",
    tables=(
        TableDoc("customers", (
            ColumnDoc("id", "integer", "customer id"),
            ColumnDoc("name", "text", "full name"),
        ), "one row per customer"),
        TableDoc("orders", (
            ColumnDoc("id", "integer"),
            ColumnDoc("customer_id", "integer", "references customers.id"),
            ColumnDoc("meta", "jsonb", 'free-form {"channel": "web"} JSON'),
        )),
        TableDoc("sales.returns", (ColumnDoc("order id", "integer", "the order\nthat was returned"),)),
    ),
    glossary='"active" means {status: 1}',
)


def q(text="How many customers are there?", instructions="", qid="q1") -> Question:
    return Question(id=qid, db="shop", category="where", question=text, gold=("SELECT 1",), gold_raw="SELECT 1",
                    instructions=instructions)


# The SQLCoder-7B-2 prompt exactly as published (defog-ai/sqlcoder prompt.md at ba0187a), for a two-table schema.
SQLCODER_EXPECTED = """### Task
Generate a SQL query to answer [QUESTION]Total of {x}?[/QUESTION]

### Instructions
- If you cannot answer the question with the available database schema, return 'I do not know'

### Database Schema
The query will run on a database with the following schema:
CREATE TABLE t (
  a integer, --the {a} column
  b text
);

CREATE TABLE u (
  c date --day
);

### Answer
Given the database schema, here is the SQL query that answers [QUESTION]Total of {x}?[/QUESTION]
[SQL]
"""


def test_sqlcoder_layout_is_exactly_the_published_prompt():
    schema = SchemaDoc("d", (TableDoc("t", (ColumnDoc("a", "integer", "the {a} column"), ColumnDoc("b", "text"))),
                             TableDoc("u", (ColumnDoc("c", "date", "day"),))))
    prompt = render(load_template("sqlcoder_7b_2", "plain"), q("Total of {x}?"), schema)
    assert prompt.text == SQLCODER_EXPECTED
    assert prompt.messages == ()
    assert prompt.template_name == "sqlcoder_7b_2"
    assert prompt.prompt_hash == hashlib.sha256(SQLCODER_EXPECTED.encode()).hexdigest()


def test_sqlcoder_instructions_become_bullets_under_instructions():
    text = render(load_template("sqlcoder_7b_2", "sqlcoder_7b_2"), q(instructions="Use ILIKE for names\n- round to 2 decimals"),
                  SCHEMA).text
    assert ("return 'I do not know'\n- Use ILIKE for names\n- round to 2 decimals\n\n### Database Schema") in text


def test_render_schema_layout():
    assert render_schema(SCHEMA) == (
        "-- one row per customer\n"
        "CREATE TABLE customers (\n"
        "  id integer, --customer id\n"
        "  name text --full name\n"
        ");\n"
        "\n"
        "CREATE TABLE orders (\n"
        "  id integer,\n"
        "  customer_id integer, --references customers.id\n"
        '  meta jsonb --free-form {"channel": "web"} JSON\n'
        ");\n"
        "\n"
        "CREATE TABLE sales.returns (\n"
        '  "order id" integer --the order that was returned\n'
        ");"
    )


def test_render_schema_keeps_case_and_existing_quotes():
    schema = SchemaDoc("d", (TableDoc("Orders", (ColumnDoc("CustomerID", "int"), ColumnDoc('"odd name"', "text"))),))
    assert render_schema(schema) == 'CREATE TABLE Orders (\n  CustomerID int,\n  "odd name" text\n);'


def test_shuffle_is_deterministic_seeded_and_does_not_mutate():
    tables = tuple(TableDoc(f"t{i}", (ColumnDoc("x", "int"),)) for i in range(8))
    schema = SchemaDoc("d", tables)
    before = repr(schema)
    plain = render_schema(schema)
    a = render_schema(schema, shuffle_seed=7)
    assert a == render_schema(schema, shuffle_seed=7)  # same seed, same order
    assert a != plain  # 8 tables: seed 7 does permute them
    orders = {render_schema(schema, shuffle_seed=s) for s in range(5)}
    assert len(orders) > 1  # different seeds, different orders
    assert sorted(a.split("\n\n")) == sorted(plain.split("\n\n"))  # same tables, only reordered
    assert repr(schema) == before and render_schema(schema) == plain  # the SchemaDoc is untouched
    # rendering through a template is deterministic too
    t = load_template("sqlcoder_7b_2", "sqlcoder_7b_2")
    assert render(t, q(), schema, shuffle_seed=3) == render(t, q(), schema, shuffle_seed=3)


def test_braces_in_question_schema_and_glossary_are_inserted_verbatim():
    nasty = 'What is {schema} and {question} in {"a": {"b": 1}}? {0} {} }{'
    t = parse_template(b"Q: {question}\nG: {glossary}\nD: {dialect} {db}\n{\"literal\": true}", name="x")
    text = render(t, q(nasty), SCHEMA).text
    assert text == f'Q: {nasty}\nG: "active" means {{status: 1}}\nD: PostgreSQL shop\n{{"literal": true}}'


def test_empty_placeholder_line_is_dropped_but_inline_empty_stays():
    assert fill("a\n{instructions}\nb", {"instructions": ""}) == "a\nb"
    assert fill("a\n  {instructions}  \nb", {"instructions": ""}) == "a\nb"
    assert fill("a\nnote: {instructions}\nb", {"instructions": ""}) == "a\nnote: \nb"
    assert fill("a\n{instructions}\nb", {"instructions": "x\ny"}) == "a\nx\ny\nb"


def test_all_placeholders_are_filled_in_every_bundled_template():
    assert {"sqlcoder_7b_2", "sqlcoder_15b_2023", "chat", "plain"} <= set(available_templates())
    for name in available_templates():
        t = load_template(name, "sqlcoder")
        p = render(t, q(instructions="be brief"), SCHEMA)
        texts = [p.text] + [m["content"] for m in p.messages]
        for placeholder in ("{question}", "{schema}", "{instructions", "{dialect}", "{glossary}", "{db}"):
            assert all(placeholder not in x for x in texts), (name, placeholder)
        assert "How many customers are there?" in p.text
        assert "CREATE TABLE customers (" in p.text


def test_chat_template_messages_and_hash():
    t = load_template("chat", "sqlcoder")
    assert t.kind == "chat"
    assert [role for role, _ in t.messages] == ["system", "user"]
    p = render(t, q(), SCHEMA)
    assert [m["role"] for m in p.messages] == ["system", "user"]
    assert "PostgreSQL" in p.messages[0]["content"]
    assert "Question: How many customers are there?" in p.messages[1]["content"]
    assert p.text == p.messages[0]["content"] + "\n\n" + p.messages[1]["content"]
    other = render(t, q("How many orders?"), SCHEMA)
    assert other.prompt_hash != p.prompt_hash and other.template_hash == p.template_hash


def test_template_hash_is_sha256_of_file_bytes_and_name_is_stem():
    t = load_template("sqlcoder_7b_2", "plain")
    assert t.hash == hashlib.sha256((PROMPTS_DIR / "sqlcoder_7b_2.txt").read_bytes()).hexdigest()
    assert t.name == "sqlcoder_7b_2" and t.kind == "completion"
    # one trailing newline of the file is dropped (editors add it): the file ends "[SQL]\n\n", so the
    # prompt ends "[SQL]\n" as defog-ai/sqlcoder's prompt.md (ba0187a) does for sqlcoder-7b-2
    assert (PROMPTS_DIR / "sqlcoder_7b_2.txt").read_bytes().endswith(b"[SQL]\n\n")
    assert t.text.endswith("[SQL]\n") and not t.text.endswith("\n\n")


def test_default_is_used_when_no_template_given():
    assert load_template(None, "chat").name == "chat"


def test_template_from_a_path(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("[[user]]\nSchema:\n{schema}\n\nQ: {question}\n")
    t = load_template(str(path), "sqlcoder")
    assert t.kind == "chat" and t.name == str(path)
    p = render(t, q(), SCHEMA)
    assert p.messages[0]["content"].startswith("Schema:\n-- one row per customer")


def test_unknown_template_names_the_flag_and_lists_names():
    with pytest.raises(UsageError) as e:
        load_template("no-such-template", "sqlcoder")
    msg = str(e.value)
    assert "--prompt-template" in msg and "no-such-template" in msg
    assert "sqlcoder_7b_2" in msg and "chat" in msg


@pytest.mark.parametrize("content, complaint", [
    (b"Q: {question} {qestion}", "{qestion}"),
    (b"[[system]]\nonly a system message\n", "[[user]]"),
    (b"[[user]]\n\n[[system]]\nx\n", "empty"),
    (b"   \n", "empty"),
    (b"\xff\xfe bad", "UTF-8"),
])
def test_bad_template_files_are_usage_errors(tmp_path, content, complaint):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UsageError) as e:
        load_template(str(path), "sqlcoder")
    assert "--prompt-template" in str(e.value) and complaint in str(e.value)


def test_question_is_not_mutated_and_instructions_absent_differs_from_present():
    t = load_template("sqlcoder_7b_2", "sqlcoder_7b_2")
    question = q()
    a = render(t, question, SCHEMA)
    b = render(t, replace(question, instructions="x"), SCHEMA)
    assert a.prompt_hash != b.prompt_hash
    assert question.instructions == ""


def test_importing_prompt_does_not_import_torch():
    code = "import sys, eval.data.prompt; sys.exit(1 if 'torch' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
