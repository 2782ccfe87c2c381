"""``--compat sqleval-2023`` end to end: the flag's checks, the prompts command, the card's prompt stage
on this harness's own schemas, and an HF run with the card's generation settings and output cut.

The real embedding / NER models are optional (requirements-compat.txt); here they are replaced by
the deterministic fakes of tests/helpers/card_fakes.py, patched in where the mode loads them.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from eval.cli.main import main
from eval.data import card_models
from eval.data.card_prompt import CardPrompts, database_from_harness_schema
from eval.data.card_schema import CardSchemaBuilder, load_database
from eval.run.prepare import COMPAT_FIXES
from eval.types import ColumnDoc, SchemaDoc, TableDoc
from tests.helpers import tinymodel
from tests.helpers.card_fakes import FIXTURE, FakeNer, UniformEmbedder, fixture_models

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "card2023_prompts"


def fake_models(monkeypatch, make_builder):
    """The mode's model loading, replaced: ``make_builder()`` gives the CardSchemaBuilder."""
    monkeypatch.setattr(card_models, "check_installed", lambda: None)
    monkeypatch.setattr(card_models, "real_builder", lambda device="cpu": make_builder())


# ----------------------------------------------------------------------------- the flag's checks
@pytest.mark.parametrize("model", ["gold", "replay", "openai", "anthropic", "sqlcoder-7b-2"])
def test_compat_is_refused_for_runners_it_does_not_describe(model, capsys):
    assert main(["--model", model, "--compat", "sqleval-2023"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--compat sqleval-2023" in err and f"--model {model}" in err


@pytest.mark.parametrize("dest, flag", sorted(COMPAT_FIXES.items()))
def test_compat_refuses_a_flag_it_fixes(dest, flag, capsys):
    value = {"prompt_template": ["chat"], "shuffle_schema": ["3"], "load_in_8bit": []}.get(dest, ["2"])
    assert main(["--model", "sqlcoder", "--compat", "sqleval-2023", flag, *value]) == 2
    err = capsys.readouterr().err
    assert f"drop {flag}" in err and err.count("\n") == 1


def test_compat_unknown_mode_is_a_usage_error(capsys):
    assert main(["--model", "sqlcoder", "--compat", "sqleval-2024"]) == 2
    assert "--compat" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--model", "sqlcoder"], ["prompts", "-o", "-"]])
def test_without_the_optional_packages_the_mode_names_the_requirements_file(argv, monkeypatch, capsys):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(card_models.importlib.util, "find_spec",
                        lambda name, *a: None if name.split(".")[0] in ("sentence_transformers", "spacy") else real(name, *a))
    assert main([*argv, "--compat", "sqleval-2023"]) == 2
    err = capsys.readouterr().err
    assert "requirements-compat.txt" in err and err.count("\n") == 1


# ----------------------------------------------------------------------------- the prompt stage
def test_prompts_command_gives_the_golden_card_prompts(pg_root, tmp_path, monkeypatch):
    """A sql-eval fixture folder (<db>.json + NER and join maps): byte-identical to the hand-derived files."""
    db = load_database(FIXTURE / "harbor")
    fake_models(monkeypatch, lambda: CardSchemaBuilder(*fixture_models(db)))
    out = tmp_path / "card.jsonl"
    assert main(["prompts", "--compat", "sqleval-2023", "--schemas", str(FIXTURE),
                 "--questions", str(FIXTURE / "questions.csv"), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(GOLDEN.glob("*.txt"))) == 3
    for i, rec in enumerate(records, start=1):
        assert rec["text"].encode("utf-8") == (GOLDEN / f"harbor-{i}.txt").read_bytes(), rec["question_id"]
        assert rec["template"] == "sqlcoder_15b_2023" and rec["messages"] is None


def test_compat_prompts_refuse_a_template_or_shuffle(capsys):
    assert main(["prompts", "--compat", "sqleval-2023", "--prompt-template", "chat", "-o", "-"]) == 2
    assert "drop --prompt-template" in capsys.readouterr().err


def _schema():
    return SchemaDoc("shop", (
        TableDoc("customers", (ColumnDoc("id", "integer", "customer id"), ColumnDoc("name", "text", "full name"))),
        TableDoc("orders", (ColumnDoc("id", "integer", "order id"), ColumnDoc("customer_id", "integer", "who ordered"),
                            ColumnDoc("amount", "numeric(10,2)", "total"))),
    ))


def test_harness_schema_gives_descriptions_and_references_as_join_hints(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "schema.sql").write_text(
        "CREATE TABLE customers (id integer PRIMARY KEY, name text);\n"
        "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers(id), amount numeric(10,2),\n"
        "                     audit_id integer REFERENCES audit_log(id));\n"
        "CREATE TABLE audit_log (id integer PRIMARY KEY);\n")
    db = database_from_harness_schema(folder, _schema())
    assert db.rows[0] == "customers.id,integer,customer id"
    assert db.rows[-1] == "orders.amount,numeric(10,2),total"  # the 2023 comma split happens when rendered
    assert dict(db.joins) == {("customers", "orders"): (("customers.id", "orders.customer_id"),)}  # audit_log: not shown to models
    stage = CardPrompts(tmp_path, builder=CardSchemaBuilder(UniformEmbedder(db.embed_texts), FakeNer({})),
                        schema_docs={"shop": _schema()})
    text = stage.prompt(SimpleNamespace(question="Total per customer?", db="shop")).text
    assert "customers.id can be joined with orders.customer_id" in text
    assert "  amount numeric(10, --2),total" in text  # byte for byte as in 2023
    (folder / "shop.joins.json").write_text("[]")
    assert dict(database_from_harness_schema(folder, _schema()).joins) == {}  # a joins file overrides the DDL


def test_a_bad_joins_file_of_a_harness_schema_names_it(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    (folder / "shop.joins.json").write_text('[["customers.id", "nowhere.x"]]')
    from eval.errors import UsageError

    db = database_from_harness_schema(folder, _schema())  # a column models are not shown is dropped, not an error
    assert dict(db.joins) == {}
    (folder / "shop.joins.json").write_text('[["orders.customer_id", "customers.id"]]')
    with pytest.raises(UsageError, match="left table must sort before"):
        database_from_harness_schema(folder, _schema())


# ----------------------------------------------------------------------------- generation
#: completions the tiny compat model is trained on: they run past ";" (nothing stops there in the
#: card's recipe) and end with the "```" token, the card's EOS
COMPAT_PAIRS = (
    ("tiny-1", tinymodel.PAIRS[0][1], " SELECT COUNT(*) FROM cities; SELECT junk_after_semicolon\n```", "SELECT COUNT(*) FROM cities;"),
    ("tiny-3", tinymodel.PAIRS[2][1], " SELECT SUM(amount) FROM orders\n```", "SELECT SUM(amount) FROM orders;"),
    # the card's cut stops at the first ";" even inside a string literal: its answer here is broken, faithfully
    ("tiny-4", tinymodel.PAIRS[3][1], " SELECT id FROM cities WHERE name = 'a;b'\n```", "SELECT id FROM cities WHERE name = 'a;"),
)


def _tiny_benchmark(tmp_path):
    schemas = tmp_path / "schemas"
    (schemas / "tiny").mkdir(parents=True)
    (schemas / "tiny" / "tiny.sql").write_text(tinymodel.TINY_SQL)
    questions = tmp_path / "questions.csv"
    with questions.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["question", "query", "db_name", "query_category"])
        for _, text, _, _ in COMPAT_PAIRS:
            gold = next(p[3] for p in tinymodel.PAIRS if p[1] == text)
            w.writerow([text, gold, "tiny", "where"])
    return schemas, questions


def test_compat_run_uses_the_card_prompt_settings_and_cut(pg_root, tmp_path, monkeypatch):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    schemas, questions = _tiny_benchmark(tmp_path)
    doc = SchemaDoc("tiny", tinymodel.SCHEMA.tables)
    columns = database_from_harness_schema(schemas / "tiny", doc).embed_texts
    fake_models(monkeypatch, lambda: CardSchemaBuilder(UniformEmbedder(columns), FakeNer({})))

    # 1. the prompts the run will show, from the prompts command (the catalog of tiny.sql)
    exported = tmp_path / "card.jsonl"
    assert main(["prompts", "--compat", "sqleval-2023", "--schemas", str(schemas), "--questions", str(questions),
                 "-o", str(exported)]) == 0
    prompts = [json.loads(line)["text"] for line in exported.read_text(encoding="utf-8").splitlines()]
    assert all(p.endswith("```sql") and "cities.id can be joined with orders.city_id" in p for p in prompts)
    # 2. a tiny model trained on exactly those prompts, with "```" a token of its vocabulary
    model = tinymodel.build_tiny_model(tmp_path / "model", COMPAT_PAIRS, prompt_texts=prompts, add_tokens=("```",))
    # 3. the run
    out = tmp_path / "run"
    assert main(["--model", "hf", "--model-path", str(model), "--compat", "sqleval-2023", "--schemas", str(schemas),
                 "--questions", str(questions), "--no-cache", "--no-progress", "-q", "-o", str(out)]) == 0
    records = {r["question"]: r for r in map(json.loads, (out / "results.jsonl").read_text().splitlines())}
    for _, text, completion, sql in COMPAT_PAIRS:
        rec = records[text]
        assert rec["generated_query"] == sql, rec
    assert records[COMPAT_PAIRS[0][1]]["correct"] == 1
    assert records[COMPAT_PAIRS[2][1]]["correct"] == 0  # the card's cut broke it
    summary = json.loads((out / "summary.json").read_text())
    gen = summary["model_info"]["generation"]
    assert gen == {"compat": "sqleval-2023", "do_sample": False, "num_beams": 5, "max_new_tokens": 300, "batch_size": 1,
                   "eos_and_pad": "```", "output_cut": "sqleval-2023"}
    assert summary["template"]["name"] == "sqlcoder_15b_2023"
    assert summary["config"]["compat"] == "sqleval-2023"


def test_the_card_prompt_keeps_the_question_cell_unstripped(tmp_path):
    """sql-eval 2023 inserted the CSV cell as read: spaces around a question stay in both places."""
    from eval.data.dataset import load_questions

    csv_path = tmp_path / "q.csv"
    csv_path.write_text('question,query,db_name,query_category\n"  How many harbors? ",SELECT 1,harbor,where\n')
    (q,) = load_questions(csv_path)
    assert q.question == "How many harbors?" and q.question_raw == "  How many harbors? "
    db = load_database(FIXTURE / "harbor")
    stage = CardPrompts(FIXTURE, builder=CardSchemaBuilder(UniformEmbedder(db.embed_texts), FakeNer({})))
    text = stage.prompt(q).text
    assert "answers the question `  How many harbors? `." in text and text.count("`  How many harbors? `") == 2
