"""eval/sqltext/extract.py: the one rule that finds the SQL in a model's output.

Table-driven over tests/data/extract_cases.jsonl (real-looking chat, SQLCoder and reasoning-model
outputs), plus the property that what is extracted is exactly what the executor's
single-statement check accepts as one statement.  No database is needed.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.sqltext.extract import NOTES, Extraction, completion_bounds, extract_sql, first_statement, is_abstention

CASES_FILE = Path(__file__).with_name("data") / "extract_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
IDS = [c["name"] for c in CASES]


def test_the_case_file_is_big_and_well_formed():
    assert len(CASES) >= 60
    assert len(set(IDS)) == len(IDS)
    for case in CASES:
        assert set(case) <= {"name", "text", "sql", "notes"}, case["name"]
        assert isinstance(case["text"], str) and (case["sql"] is None or isinstance(case["sql"], str))
        assert set(case.get("notes", [])) <= set(NOTES), case["name"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_extract_case(case):
    got = extract_sql(case["text"])
    assert isinstance(got, Extraction)
    assert got.sql == case["sql"], (case["name"], got)
    assert set(case.get("notes", [])) <= set(got.notes), (case["name"], got.notes)
    assert set(got.notes) <= set(NOTES)
    if got.sql is not None:
        s, e = got.span
        assert case["text"][s:e] == got.sql  # span indexes the raw output
        if "unterminated_literal" not in got.notes:
            assert not got.sql.rstrip().endswith(";")


@pytest.mark.parametrize("case", [c for c in CASES if c["sql"] is not None], ids=lambda c: c["name"])
def test_the_executor_accepts_every_extracted_statement(case):
    """What extract_sql returns is one statement for the executor too (sqlglot's tokenizer)."""
    from eval.sqltext.statement import Rejected, single_statement

    sql = extract_sql(case["text"]).sql
    if "unterminated_literal" in extract_sql(case["text"]).notes:
        with pytest.raises(Rejected, match="tokenize"):
            single_statement(sql)
        return
    body = single_statement(sql)
    assert body == sql.strip() or sql.strip().startswith(body) and not sql.strip()[len(body):].strip("; \n\t")
    assert single_statement(sql + ";") == body  # the trailing ';' the HF runner adds is fine


@pytest.mark.parametrize("sql", [
    "SELECT $$a;b$$", "SELECT E'a\\';b'", "SELECT 'it''s;'", "SELECT /* ; /* ; */ ; */ 1",
    "SELECT $x$ ; $y$ ; $x$", "SELECT U&'d\\0061t;a'", "SELECT e'x\\'' || ';'", "SELECT \"a\"\";b\"",
    "SELECT 1 /* ; */", "SELECT $tag_1$;$tag_1$", "SELECT a$b$ FROM t", "SELECT N'ab;'",
])
@pytest.mark.parametrize("tail", ["", ";", "; SELECT 2", ";\nThis query's result; is fine"])
def test_the_split_agrees_with_the_executor(sql, tail):
    """The lexer ends the statement where sqlglot (the executor's tokenizer) does."""
    from eval.db.executor import single_statement
    from eval.sqltext.rewrite import split_on_semicolons

    text = sql + tail
    got = extract_sql(text, style="completion").sql
    assert first_statement(text) == sql
    expected = [text[a:b] for a, b, toks in split_on_semicolons(sql + ";" + " SELECT 2") if toks][0]
    assert got == expected.strip() == sql
    assert single_statement(got) == single_statement(sql + ";")  # (it drops a trailing comment)


def test_several_statements_are_never_returned():
    from eval.db.executor import single_statement

    for text in ["SELECT 1; SELECT 2", "```sql\nSELECT 1;\nDELETE FROM t;\n```", "SELECT 'x'; DROP TABLE t; --"]:
        single_statement(extract_sql(text).sql)  # raises Rejected if two statements got through


def test_styles():
    text = "SELECT weird ~~~ syntax FROM t\n```\nand more"
    assert extract_sql(text, style="completion").sql == "SELECT weird ~~~ syntax FROM t"
    # a closing tag opened by the prompt ends the answer (auto/completion), not in chat style
    assert extract_sql("Sure thing: SELECT 1 [/SQL] then SELECT 2").sql == "SELECT 1"
    assert extract_sql("I do not know\n```\nSELECT 1\n```", style="completion").notes[-1] == "abstained"
    with pytest.raises(ValueError):
        extract_sql("SELECT 1", style="json")


def test_completion_bounds_is_the_generation_stop():
    assert completion_bounds("SELECT 1; x") == (0, 8, 9)
    assert completion_bounds("SELECT $$a;b")[2] == -1
    assert completion_bounds("SELECT $$a;b$$ ;")[2] == 16
    assert completion_bounds("```sq") == (5, 5, -1)
    assert completion_bounds("SELECT 1\n```") == (0, 9, -1)  # opening or closing: wait for the next token
    assert completion_bounds("<think>SELECT 1;")[2] == -1
    assert completion_bounds("Query:\n```sql\nSELECT 'a;b';") == (14, 26, 27)


ABSTAIN_EDGES = ["I do not<think>x</think> know", "I do not <reasoning>...</reasoning>know the answer",
                 "<think>I do not know</think>SELECT 1", "</think>I don't know", "I cannot answer. ```sql\nSELECT 1\n```",
                 "SELECT 1 -- I do not know", "It cannot be answered from this schema.", "Unable to determine", "  "]


@pytest.mark.parametrize("text", [c["text"] for c in CASES] + ABSTAIN_EDGES)
def test_is_abstention_is_rule_8_of_the_full_extraction(text):
    """is_abstention skips the extraction when no phrase is in the reasoning-free text; the answer
    must be the full extraction's for every case, including phrases joined across a removed block."""
    found = extract_sql(text)
    assert is_abstention(text) == (found.sql is None and "abstained" in found.notes)
