"""Trajectories of the exploring loop (runners/_explore.py): the step records and ``trajectories.jsonl``.

Split from runners/_explore.py: the dataclasses one model turn, one tool call and its result, and a
question's outcome are kept in, and the append-only store that writes every step as it happens and
reads a run folder's steps back for ``--resume`` and for the report (docs/FORMATS.md has the format).
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

TRAJECTORY_FILE = "trajectories.jsonl"
FORMAT_VERSION = 1


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str  # the JSON text as the model sent it (may be malformed)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "arguments": self.arguments}


@dataclass
class Turn:
    """One model reply, provider-neutral."""

    text: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    tokens_in: int = 0
    tokens_out: int = 0
    finish_reason: str = ""
    latency_s: float = 0.0
    retries: int = 0


@dataclass
class ToolResult:
    call_id: str
    content: str  # what the model is shown
    is_error: bool


@dataclass
class HistoryItem:
    """A turn and the results of its tool calls: what the adapters rebuild the conversation from."""

    turn: Turn
    results: list[ToolResult]


@dataclass
class Outcome:
    """What a trajectory ended with: the prediction and its figures (summed over turns)."""

    sql: Optional[str]
    stop: str
    steps: int
    tool_calls: int
    tokens_in: int
    tokens_out: int
    cost_cents: float
    latency_s: float
    retries: int
    error: str = ""
    raw_output: str = ""
    abstained: bool = False
    extraction_notes: tuple = ()
    replayed: bool = False

    def to_final(self, qid: str) -> dict:
        return {"question_id": qid, "type": "final", "sql": self.sql, "stop": self.stop, "steps": self.steps,
                "tool_calls": self.tool_calls, "tokens_in": self.tokens_in, "tokens_out": self.tokens_out,
                "cost_cents": self.cost_cents, "latency_s": round(self.latency_s, 6), "retries": self.retries,
                "error": self.error, "raw_output": self.raw_output, "abstained": self.abstained,
                "extraction_notes": list(self.extraction_notes)}

    @classmethod
    def from_final(cls, line: dict) -> "Outcome":
        return cls(sql=line.get("sql"), stop=line.get("stop", ""), steps=int(line.get("steps", 0)),
                   tool_calls=int(line.get("tool_calls", 0)), tokens_in=int(line.get("tokens_in", 0)),
                   tokens_out=int(line.get("tokens_out", 0)), cost_cents=float(line.get("cost_cents", 0.0)),
                   latency_s=float(line.get("latency_s", 0.0)), retries=int(line.get("retries", 0)),
                   error=line.get("error", ""), raw_output=line.get("raw_output", ""),
                   abstained=bool(line.get("abstained")), extraction_notes=tuple(line.get("extraction_notes") or ()),
                   replayed=True)


# --------------------------------------------------------------------------- the trajectory file


class TrajectoryStore:
    """``trajectories.jsonl``: one JSON object a line, appended with one ``os.write`` each (O_APPEND),
    so a run killed at any point leaves every recorded step whole; a torn last line is dropped."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._by_q: dict[str, list[dict]] = {}
        if self.path.exists():
            data = self.path.read_bytes()
            good = 0
            for raw in data.split(b"\n"):
                if not raw.strip():
                    good += len(raw) + 1
                    continue
                try:
                    line = json.loads(raw)
                except ValueError:
                    break  # a torn last line (killed mid-write): dropped, and cut from the file below
                self._by_q.setdefault(line.get("question_id"), []).append(line)
                good += len(raw) + 1
            if good < len(data):
                with open(self.path, "r+b") as f:
                    f.truncate(min(good, len(data)))
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def lines(self, qid: str) -> list[dict]:
        with self._lock:
            return list(self._by_q.get(qid, ()))

    def append(self, line: dict) -> None:
        text = json.dumps(line, ensure_ascii=False, default=str)
        try:
            data = (text + "\n").encode("utf-8")
        except UnicodeEncodeError:
            data = (json.dumps(line, ensure_ascii=True, default=str) + "\n").encode("ascii")
        with self._lock:
            os.write(self._fd, data)
            self._by_q.setdefault(line.get("question_id"), []).append(line)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def read_trajectories(path: Path) -> dict[str, list[dict]]:
    """Every question's lines from a ``trajectories.jsonl`` (a torn last line dropped); {} when absent."""
    out: dict[str, list[dict]] = {}
    p = Path(path)
    if not p.exists():
        return out
    for raw in p.read_bytes().split(b"\n"):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            break  # a torn last line
        if isinstance(line, dict):
            out.setdefault(line.get("question_id"), []).append(line)
    return out


# --------------------------------------------------------------------------- showing results
