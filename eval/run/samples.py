"""Samples (issue #16): every record keeps what the model was asked and what it answered, before
extraction — the prompt by reference into the run folder's deduplicated prompt store, the raw
completion and the extraction notes.

``prompts.jsonl`` (docs/FORMATS.md) holds two kinds of line, each written once:

    {"part": "<sha256>", "text": "..."}            a piece many prompts share (a database's schema part, the fixed text)
    {"prompt": "<prompt_hash>", "template": "sqlcoder", "template_hash": "...",
     "text": [piece, ...]}                          a completion prompt, or
     "messages": [{"role": "system", "content": [piece, ...]}, ...]}   a chat prompt

where a piece is a string or ``{"part": "<sha256>"}``; a prompt is its pieces joined.  The key is
the prompt's own ``prompt_hash`` (eval/data/prompt.py: sha256 of the text, or of the messages'
JSON), the one the record's ``prompt_sha256`` names.  A record is written only after its prompt.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional

from eval.types import Generation, Prompt

STORE = "prompts.jsonl"
MIN_PART = 200  # a shared head shorter than this is left inline


# ---- the record's sample fields: the ONE place they are made ---------------------------------------
def sample_fields(gen: Generation, prompt_ref: str) -> dict:
    """``prompt_sha256`` ("" when the runner reads no prompt: gold, replay), ``raw_completion`` (the
    model's text before the SQL was extracted; "" when the runner reports none) and
    ``extraction_notes`` (what the extraction did, e.g. ``fenced``, ``semicolon_appended``)."""
    return {"prompt_sha256": prompt_ref or "", "raw_completion": gen.raw_output or "",
            "extraction_notes": [str(n) for n in (gen.extraction_notes or ())]}


# ---- the store ---------------------------------------------------------------------------------------
def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PromptStore:
    """Append-only writer of ``prompts.jsonl``; knows what an earlier (interrupted) run wrote."""

    def __init__(self, folder: Path):
        from eval.run.results import RecordWriter, read_records  # noqa: PLC0415

        self.path = Path(folder) / STORE
        self.known: set[str] = set()
        for rec in read_records(self.path):  # a torn last line of a killed run is dropped
            self.known.add(rec.get("part") or rec.get("prompt") or "")
        if self.path.exists():
            from eval.run.results import repair_jsonl  # noqa: PLC0415

            repair_jsonl(self.path)
        self._writer = RecordWriter(self.path)

    def _part(self, text: str) -> dict:
        key = _sha(text)
        if key not in self.known:
            self._writer.write({"part": key, "text": text})
            self.known.add(key)
        return {"part": key}

    def _pieces(self, content: str, probe: Optional[str], sentinel: str) -> list:
        """``content`` cut into pieces: the template's fixed text around the question's own values (the
        probe's text between sentinels: the schema, the rules), when long, becomes a shared part."""
        pieces, pos = [], 0
        segs = probe.split(sentinel) if probe is not None else []
        for k, seg in enumerate(segs):
            # the fixed text's whole lines (a line with a value that is empty for one question, e.g.
            # "- {instructions}", is left out of its prompt: eval/data/prompt.fill), else all of it; the
            # whole lines first, so that questions with and without such a value share one part
            lines = seg
            if k < len(segs) - 1:
                lines = lines[: lines.rfind("\n") + 1]
            if k > 0:
                lines = lines[lines.find("\n") + 1:] if "\n" in lines else ""
            i = -1
            for seg in (lines, seg):
                if len(seg) >= MIN_PART:
                    i = content.find(seg, pos)
                    if i >= 0:
                        break
            if i < 0:
                continue
            if i > pos:
                pieces.append(content[pos:i])
            pieces.append(self._part(seg))
            pos = i + len(seg)
        if pos < len(content) or not pieces:
            pieces.append(content[pos:])
        return pieces

    def add(self, prompt: Prompt, probe: Optional[Prompt], sentinel: str) -> str:
        """Store ``prompt`` (its shared head as a part, from ``probe``: the same template rendered for a
        question whose text is ``sentinel``); returns its key."""
        key = prompt.prompt_hash
        if key in self.known:
            return key
        rec: dict = {"prompt": key, "template": prompt.template_name, "template_hash": prompt.template_hash}
        if prompt.messages:
            probes = list(probe.messages) if probe is not None and len(probe.messages) == len(prompt.messages) else []
            rec["messages"] = [{"role": m["role"],
                                "content": self._pieces(m["content"], probes[i]["content"] if probes else None, sentinel)}
                               for i, m in enumerate(prompt.messages)]
        else:
            rec["text"] = self._pieces(prompt.text, probe.text if probe is not None else None, sentinel)
        self._writer.write(rec)
        self.known.add(key)
        return key

    def close(self) -> None:
        self._writer.close()


def load_store(folder: Path) -> tuple[dict[str, str], dict[str, dict]]:
    """``(parts, prompts)`` of a run folder's prompts.jsonl as stored: ``{sha256: text}`` and
    ``{prompt_sha256: record with pieces}`` (both {} when there is none; a torn last line is skipped)."""
    path = Path(folder) / STORE
    parts: dict[str, str] = {}
    prompts: dict[str, dict] = {}
    if not path.is_file():
        return parts, prompts
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and "part" in rec and "text" in rec:
            parts[str(rec["part"])] = str(rec["text"])
        elif isinstance(rec, dict) and "prompt" in rec:
            prompts[str(rec["prompt"])] = rec
    return parts, prompts


def join(pieces, parts: dict[str, str]) -> str:
    """A stored content (a string or a list of pieces) as the text it stands for."""
    if isinstance(pieces, str):
        return pieces
    return "".join(p if isinstance(p, str) else parts.get(str(p.get("part")), "[missing part]") for p in pieces or [])


def load_prompts(folder: Path) -> dict[str, dict]:
    """``{prompt_sha256: {"template", "text", "messages"}}``, every prompt rebuilt exactly: ``text`` is
    what a completion backend received (a chat prompt's messages joined by blank lines, as
    eval/data/prompt.render does), ``messages`` None for a completion prompt."""
    parts, prompts = load_store(folder)
    out = {}
    for key, rec in prompts.items():
        messages = [{"role": m.get("role"), "content": join(m.get("content"), parts)} for m in rec["messages"]] \
            if rec.get("messages") else None
        text = "\n\n".join(m["content"] for m in messages) if messages else join(rec.get("text"), parts)
        out[key] = {"template": rec.get("template"), "text": text, "messages": messages}
    return out
