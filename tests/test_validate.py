"""`run_eval.py validate`: a clean set passes; each kind of bad gold or generator is reported."""
from __future__ import annotations

import json
import shutil

from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli


def test_clean_set_passes(pg_root):
    r = run_cli(["validate", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS)])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "OK: no problems" in r.stdout


def test_problems_are_listed(pg_root, tmp_path):
    schemas = tmp_path / "schemas"
    shutil.copytree(SQLEVAL_SCHEMAS / "bakery", schemas / "bakery")
    gen = schemas / "rand"
    gen.mkdir()
    (gen / "schema.sql").write_text("CREATE TABLE t (id int PRIMARY KEY, tag text NOT NULL, v int NOT NULL);\n")
    (gen / "generate.py").write_text(
        "SEEDS = [1, 2]\n"
        "def generate(seed):\n"
        "    tags = {'alpha', 'beta', 'gamma', 'delta', 'epsilon'}\n"
        "    return {'t': [(i, tag, (i * seed) % 3) for i, tag in enumerate(tags)]}\n")
    rows = [
        ("q-order", "bakery", "order_by", "List products.", "SELECT name FROM products"),
        ("q-empty", "bakery", "where", "Products over 100 EUR?", "SELECT name FROM products WHERE price > 100"),
        ("q-ties", "bakery", "order_by", "Top category by count, sorted?",
         "SELECT category FROM products ORDER BY category = 'pastry' LIMIT 1"),
        ("q-physical", "bakery", "where", "Any one shop?", "SELECT name FROM shops LIMIT 1"),
        ("q-dup", "bakery", "where", "List products.", "SELECT name FROM products ORDER BY name"),
        ("q-gen", "rand", "where", "Tags?", "SELECT tag FROM t"),
    ]
    q = tmp_path / "q.jsonl"
    q.write_text("".join(json.dumps({"id": i, "db": d, "category": c, "question": t, "gold": [g]}) + "\n"
                         for i, d, c, t, g in rows))
    r = run_cli(["validate", "--schemas", str(schemas), "--questions", str(q)])
    assert r.returncode == 1, r.stdout + r.stderr
    out = r.stdout
    assert "q-order" in out and "no top-level ORDER BY" in out
    assert "q-empty" in out and "returns no rows" in out
    assert "q-ties" in out and "cuts through tied rows" in out
    assert "q-physical" in out and "physical row order" in out
    assert "q-dup" in out and "duplicate of q-order" in out
    assert "generate.py: not deterministic across processes" in out


def test_custom_categories_are_one_warning_with_counts(pg_root, tmp_path):
    """Issue #16: a question set with its own categories gets one line, not one per question."""
    q = tmp_path / "q.jsonl"
    rows = [(f"c{i}", "date_functions" if i < 5 else "window", f"Shops {i}?", "SELECT name FROM shops ORDER BY name")
            for i in range(7)]
    q.write_text("".join(json.dumps({"id": i, "db": "bakery", "category": c, "question": t, "gold": [g]}) + "\n"
                         for i, c, t, g in rows))
    r = run_cli(["validate", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(q), "--no-shuffle"])
    text = r.stdout + r.stderr
    lines = [x for x in text.splitlines() if "category" in x and "outside" in x]
    assert len(lines) == 1, text
    assert "7 question(s)" in lines[0] and "'date_functions' (5, e.g. c0" in lines[0] and "'window' (2" in lines[0]
    assert "is not one of" not in text
