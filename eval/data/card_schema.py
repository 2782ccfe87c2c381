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
``requirements-compat.txt`` and are verified against sha256 pins when loaded (eval/data/card_models.py).
The template, the prompt stage, the generation settings and the output cut are eval/data/card_prompt.py.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Protocol, Sequence

from eval.errors import UsageError

from eval.types import SchemaDoc

COMPAT_NAME = "sqleval-2023"
REQUIREMENTS_FILE = "requirements-compat.txt"
K = 20
THRESHOLD = 0.2
JOIN_SENTENCE = "Additionally, the following are tables/column pairs that can be joined in this database:"

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
