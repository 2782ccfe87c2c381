"""docs/FORMATS.md describes exactly the records a run writes (eval/run/record.py): the result
record's table names every Record field and no other, and the summary.json example shows every
Summary field.  A field added to Record or Summary without its documentation fails here."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from eval.run.record import CSV_COLUMNS, FIELDS, Record, Summary, field_docs

DOC = (Path(__file__).resolve().parents[1] / "docs" / "FORMATS.md").read_text(encoding="utf-8")


def _section(title_start: str) -> str:
    start = DOC.index(title_start)
    end = DOC.find("\n### ", start + 1)
    return DOC[start:end if end >= 0 else len(DOC)]


def test_the_record_table_lists_exactly_the_record_fields():
    table = [line for line in _section("### A result record").splitlines() if line.startswith("| `")]
    documented = [name for line in table for name in re.findall(r"`(\w+)`", line.split("|")[1])]
    assert len(documented) == len(set(documented)), "a field is listed twice"
    assert set(documented) == set(FIELDS)


def test_the_summary_example_shows_every_summary_field():
    block = _section("### `summary.json`")
    missing = [f.name for f in dataclasses.fields(Summary) if f.name != "meta" and f'"{f.name}"' not in block]
    assert not missing, f"summary.json fields missing from docs/FORMATS.md: {missing}"


def test_every_field_has_a_doc_and_a_place():
    for cls in (Record, Summary):
        for name, doc in field_docs(cls).items():
            assert doc.strip(), f"{cls.__name__}.{name} has no doc"
    jsonl_only = {f.name for f in dataclasses.fields(Record) if not f.metadata.get("csv", True)}
    assert {"detail", "prompt_sha256", "raw_completion", "extraction_notes", "correct_source", "samples",
            "sample_metrics"} <= jsonl_only
    assert set(CSV_COLUMNS) == set(FIELDS) - jsonl_only and len(CSV_COLUMNS) == len(set(CSV_COLUMNS))


def test_a_record_keeps_what_it_does_not_know():
    rec = Record.from_dict({"question_id": "q1", "correct": 1, "from_another_run": [1, 2]})
    assert rec.question_id == "q1" and rec["correct"] == 1 and rec["from_another_run"] == [1, 2]
    assert rec.get("missing", "x") == "x" and "from_another_run" in rec
    optional = {f.name for f in dataclasses.fields(Record) if f.metadata.get("omit_none")}
    assert optional == {"samples", "sample_metrics", "soft_f1", "linking", "efficiency"}
    written = [f for f in FIELDS if f not in optional]  # absent while None (one sample, no --partial-credit)
    assert list(rec.to_dict())[-1] == "from_another_run" and list(rec.to_dict())[:len(written)] == written
    for name in optional:
        setattr(rec, name, {})
    assert list(rec.to_dict())[:len(FIELDS)] == list(FIELDS)
