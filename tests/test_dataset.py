"""Questions: sql-eval CSV and native JSONL, gold alternatives and {} column choices."""
from __future__ import annotations

import json

import pytest

from eval.data import dataset
from eval.errors import UsageError


@pytest.mark.parametrize("cell, expected", [
    ("SELECT a FROM t", ["SELECT a FROM t"]),
    ("SELECT a FROM t; SELECT a, b FROM t", ["SELECT a FROM t", "SELECT a, b FROM t"]),
    ("SELECT a FROM t;", ["SELECT a FROM t"]),
    ("SELECT 'x;y' FROM t; SELECT 2", ["SELECT 'x;y' FROM t", "SELECT 2"]),
    ('SELECT "we;ird" FROM t', ['SELECT "we;ird" FROM t']),
    ("SELECT a FROM t -- a; comment\n", ["SELECT a FROM t -- a; comment"]),
    ("SELECT {name, id} FROM t",
     ["SELECT name FROM t", "SELECT id FROM t", "SELECT name, id FROM t"]),
    ("SELECT {s.name, s.id}, COUNT(*) FROM s GROUP BY {}",
     ["SELECT s.name, COUNT(*) FROM s GROUP BY s.name", "SELECT s.id, COUNT(*) FROM s GROUP BY s.id",
      "SELECT s.name, s.id, COUNT(*) FROM s GROUP BY s.name, s.id"]),
    ("SELECT a FROM t WHERE x = '{b, c}'", ["SELECT a FROM t WHERE x = '{b, c}'"]),
    ("SELECT {a, round(b, 2)} FROM t WHERE s = 'q;{'",
     ["SELECT a FROM t WHERE s = 'q;{'", "SELECT round(b, 2) FROM t WHERE s = 'q;{'",
      "SELECT a, round(b, 2) FROM t WHERE s = 'q;{'"]),
    ("SELECT {a, b} FROM t; SELECT c FROM t",
     ["SELECT a FROM t", "SELECT b FROM t", "SELECT a, b FROM t", "SELECT c FROM t"]),
    ("SELECT {x} FROM t WHERE y = '{z}'", ["SELECT x FROM t WHERE y = '{z}'"]),
])
def test_expand_gold(cell, expected):
    assert dataset.expand_gold(cell) == expected


def test_only_first_brace_group_expanded():
    out = dataset.expand_gold("SELECT {a, b}, {c, d} FROM t")
    assert len(out) == 3
    assert all("{c, d}" in x for x in out)


def test_sqleval_csv_loads(tmp_path):
    from tests.helpers.harness import SQLEVAL_QUESTIONS
    qs = dataset.load_questions(SQLEVAL_QUESTIONS)
    assert len(qs) == 21
    assert qs[0].id == dataset.content_id("bakery", qs[0].question) == "bakery-e7bf299868"
    assert (qs[0].source_file, qs[0].source_row) == (str(SQLEVAL_QUESTIONS), 1)
    assert len(qs[0].gold) == 3
    lit = [q for q in qs if "Sourdough" in q.question][0]
    assert lit.gold == ("SELECT city FROM shops WHERE name = 'Sourdough; Co {north}'",)
    assert {q.category for q in qs} == {"group_by", "order_by", "ratio", "table_join", "where"}


def _write(tmp_path, name, text, mode="w"):
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text)
    return p


def test_jsonl_native(tmp_path):
    rec = {"id": "x-1", "db": "bakery", "category": "where", "question": "Q?", "gold": ["SELECT 1; ", "SELECT {a, b} FROM t"],
           "difficulty": "easy", "order_matters": True, "source": "me"}
    p = _write(tmp_path, "q.jsonl", json.dumps(rec) + "\n")
    (q,) = dataset.load_questions(p)
    assert q.id == "x-1" and q.order_matters is True and q.extra == {"source": "me"}
    assert q.gold == ("SELECT 1;", "SELECT a FROM t", "SELECT b FROM t", "SELECT a, b FROM t")


@pytest.mark.parametrize("name, content, fragment", [
    ("q.csv", "question,query,db_name\nQ,SELECT 1,bakery\n", "missing column(s) query_category"),
    ("q.csv", "question,query,db_name,query_category\n ,SELECT 1,bakery,where\n", "row 1: empty question"),
    ("q.csv", "question,query,db_name,query_category\nQ,,bakery,where\n", "row 1: empty gold"),
    ("q.csv", "question,query,db_name,query_category\nQ,SELECT 1,bakery,where,extra\n", "row 1: more cells"),
    ("q.csv", b"question,query,db_name,query_category\nQ\xff,SELECT 1,bakery,where\n", "not UTF-8"),
    ("q.jsonl", '{"id": "a", "db": "bakery", "category": "where", "question": "Q"}\n', "missing key 'gold'"),
    ("q.jsonl", '{"id": "a", "db": "bakery",\n', "row 1: invalid JSON"),
    ("q.jsonl", '{"id": "a", "db": "b", "category": "where", "question": "Q", "gold": "SELECT 1"}\n'
                '{"id": "a", "db": "b", "category": "where", "question": "Q2", "gold": "SELECT 2"}\n', "duplicate question id"),
    ("q.csv", "question,query,db_name,query_category\nQ,\"SELECT {a, b FROM t\",bakery,where\n", "cannot be split"),
    ("q.txt", "x", "unknown format"),
])
def test_malformed_questions(tmp_path, name, content, fragment):
    p = _write(tmp_path, name, content)
    with pytest.raises(UsageError) as e:
        dataset.load_questions(p)
    assert fragment in str(e.value)
    assert str(p) in str(e.value) or "--questions" in str(e.value)


def test_unknown_db(tmp_path):
    p = _write(tmp_path, "q.csv", "question,query,db_name,query_category\nQ,SELECT 1,nope,where\n")
    qs = dataset.load_questions(p)
    with pytest.raises(UsageError, match=r"row 1: unknown db_name 'nope'"):
        dataset.check_databases(qs, ["bakery"], "schemas")


def test_filters():
    from tests.helpers.harness import SQLEVAL_QUESTIONS
    qs = dataset.load_questions(SQLEVAL_QUESTIONS)
    assert {q.category for q in dataset.filter_questions(qs, ["ratio"])} == {"ratio"}
    assert {q.db for q in dataset.filter_questions(qs, None, ["transit"])} == {"transit"}
    assert len(dataset.filter_questions(qs, None, None, 3)) == 3
    with pytest.raises(UsageError, match="--category 'nope'"):
        dataset.filter_questions(qs, ["nope"])


def test_questions_hash_stable_and_sensitive():
    from tests.helpers.harness import SQLEVAL_QUESTIONS
    a = dataset.load_questions(SQLEVAL_QUESTIONS)
    b = dataset.load_questions(SQLEVAL_QUESTIONS)
    assert dataset.questions_hash(a) == dataset.questions_hash(b)
    assert dataset.questions_hash(a) != dataset.questions_hash(a[:-1])


# ---------------------------------------------------------------------------- content ids (issue #16)
def _csv(path, rows, header=("question", "query", "db_name", "query_category", "instructions")):
    import csv as _csv

    with open(path, "w", newline="", encoding="utf-8") as f:
        w = _csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


ROWS = [["How many shops?", "SELECT COUNT(*) FROM shops", "bakery", "where", ""],
        ["Which cities?", "SELECT city FROM shops", "bakery", "where", ""],
        ["Which cities?", "SELECT city FROM shops", "transit", "where", ""],            # other database
        ["Which cities?", "SELECT DISTINCT city FROM shops", "bakery", "where", "no duplicates"],  # other instructions
        ["Which  CITIES?", "SELECT city FROM shops ORDER BY 1", "bakery", "order_by", ""]]   # a repeat, by content


def test_content_ids_are_distinct_and_repeats_numbered(tmp_path):
    ids = [q.id for q in dataset.load_questions(_csv(tmp_path / "a.csv", ROWS))]
    assert len(set(ids)) == len(ids)
    assert ids[0] == dataset.content_id("bakery", "How many shops?") and ids[0].startswith("bakery-")
    assert ids[2].startswith("transit-") and ids[1] != ids[3]
    assert ids[4] == ids[1] + "-2"  # whitespace and case do not make another question


@pytest.mark.parametrize("change", ["rename", "move", "reorder", "edit gold", "recategorize"])
def test_content_ids_survive_what_does_not_change_the_question(tmp_path, change):
    before = {q.question + q.db + q.instructions: q.id for q in dataset.load_questions(_csv(tmp_path / "a.csv", ROWS[:4]))}
    rows = [list(r) for r in ROWS[:4]]
    path = tmp_path / "a.csv"
    if change == "rename":
        path = tmp_path / "renamed.csv"
    elif change == "move":
        (tmp_path / "sub").mkdir()
        path = tmp_path / "sub" / "a.csv"
    elif change == "reorder":
        rows.reverse()
    elif change == "edit gold":
        rows[0][1] = "SELECT COUNT(shop_id) FROM shops"
    else:
        rows[1][3] = "table_join"
    after = dataset.load_questions(_csv(path, rows))
    assert {q.question + q.db + q.instructions: q.id for q in after} == before
    assert all(q.source_file == str(path) for q in after)


def test_an_id_column_wins_and_edited_text_moves_the_id(tmp_path):
    qs = dataset.load_questions(_csv(tmp_path / "a.csv", [["Q one?", "SELECT 1", "bakery", "where", "", "pinned-1"],
                                                          ["Q two?", "SELECT 2", "bakery", "where", "", ""]],
                                     header=("question", "query", "db_name", "query_category", "instructions", "id")))
    assert qs[0].id == "pinned-1" and qs[1].id == dataset.content_id("bakery", "Q two?")
    assert dataset.content_id("bakery", "Q two?") != dataset.content_id("bakery", "Q two, edited?")


def test_content_ids_across_the_files_of_a_folder(tmp_path):
    _csv(tmp_path / "a.csv", ROWS[:2])
    _csv(tmp_path / "b.csv", ROWS[1:2])  # the same question in a second file: numbered, not a duplicate-id error
    ids = [q.id for q in dataset.load_questions(tmp_path)]
    assert ids[2] == ids[1] + "-2"
