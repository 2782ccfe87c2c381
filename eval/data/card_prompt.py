"""The card's prompt stage, generation settings and output cut (``--compat sqleval-2023``).

The template is prompts/sqlcoder_15b_2023.md (provenance in prompts/README.md); the schema string
each prompt shows is built by eval/data/card_schema.py.  /work/shared/SQLEVAL-2023.md has the facts.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from eval.data.card_schema import (COMPAT_NAME, CardDatabase, CardSchemaBuilder, database_from_metadata, join_map_from_ddl,
                                   load_database, metadata_from_schema_doc)
from eval.errors import UsageError
from eval.types import Prompt, SchemaDoc

TEMPLATE_NAME = "sqlcoder_15b_2023"
TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "prompts" / f"{TEMPLATE_NAME}.md"

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

    ``schemas_dir`` is the ``--schemas`` folder.  A database folder with ``<db>.json`` (a sql-eval /
    defog-data fixture) is read as the card read it (+ ``.ner.json`` / ``.joins.json``); a folder of
    this harness (``schema.sql``, column comments) needs its :class:`~eval.types.SchemaDoc` in
    ``schema_docs``: its column comments become the descriptions, and unless ``<db>.joins.json`` exists
    the ``REFERENCES`` of its ``schema.sql`` (or ``<db>.sql``) become the join map (no NER map: none was ever written
    for these databases).  Databases are read on first use.  Without a ``builder`` the real models
    are loaded on first use (:meth:`load_models`), which raises a UsageError naming
    requirements-compat.txt when they are not installed.
    """

    def __init__(self, schemas_dir: Path | str, builder: Optional[CardSchemaBuilder] = None,
                 template: Optional[CardTemplate] = None, schema_docs: Optional[Mapping[str, SchemaDoc]] = None):
        self.schemas_dir = Path(schemas_dir)
        self._builder = builder
        self.template = template or load_card_template()
        self.schema_docs = dict(schema_docs or {})
        self._dbs: dict[str, CardDatabase] = {}

    @classmethod
    def ready(cls, schemas_dir: Path | str, schema_docs: Mapping[str, SchemaDoc], dbs: Iterable[str]) -> "CardPrompts":
        """The stage of a run or an export: every database's files read and the models loaded now, so
        that a missing ``<db>.json`` or package stops with exit 2 before anything is generated."""
        stage = cls(schemas_dir, schema_docs=schema_docs)
        stage.check(dbs)
        stage.load_models()
        return stage

    @property
    def builder(self) -> CardSchemaBuilder:
        return self.load_models()

    def load_models(self) -> CardSchemaBuilder:
        """The builder; the real, hash-verified models are loaded now if none was given."""
        if self._builder is None:
            from eval.data.card_models import real_builder  # noqa: PLC0415 - requirements-compat.txt, only in this mode

            self._builder = real_builder()
        return self._builder

    def database(self, db: str) -> CardDatabase:
        if db not in self._dbs:
            folder = self.schemas_dir / db
            if (folder / f"{db}.json").is_file() or db not in self.schema_docs:
                self._dbs[db] = load_database(folder, db)
            else:
                self._dbs[db] = database_from_harness_schema(folder, self.schema_docs[db])
        return self._dbs[db]

    def check(self, dbs: Iterable[str]) -> None:
        """Load every database's files now, so that a missing ``<db>.json`` stops the run before any model."""
        for db in dbs:
            self.database(db)

    def prompt(self, question: Any) -> Prompt:
        """``question``: an :class:`eval.types.Question` (its text as written in the file, and ``db``)."""
        text = getattr(question, "question_raw", "") or question.question  # the card inserted the cell unstripped
        return card_prompt(text, self.database(question.db), self.builder, self.template)


def database_from_harness_schema(folder: Path, schema: SchemaDoc) -> CardDatabase:
    """A :class:`CardDatabase` for one of this harness's fixture folders (see :class:`CardPrompts`)."""
    joins_path = folder / f"{schema.db}.joins.json"
    ddl = next((f for f in (folder / "schema.sql", folder / f"{schema.db}.sql") if f.is_file()), folder / "schema.sql")
    if joins_path.is_file():
        joins = json.loads(joins_path.read_text(encoding="utf-8"))
    elif ddl.is_file():
        try:
            joins = join_map_from_ddl(ddl.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - sqlglot's parse errors: name the file
            raise UsageError(f"{ddl}: cannot read its REFERENCES for the --compat {COMPAT_NAME} join hints "
                             f"({str(exc).splitlines()[0][:200]}); write {joins_path.name} instead") from None
    else:
        joins = []
    known = {f"{t.name}.{c.name}" for t in schema.tables for c in t.columns}
    joins = [pair for pair in joins if all(col in known for col in pair)]  # a REFERENCES to a table models are not shown
    return database_from_metadata(schema.db, metadata_from_schema_doc(schema), {}, joins, where=str(folder))


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


