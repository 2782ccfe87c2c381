"""The exploring loop (``--explore``): the model may run read-only queries before it answers.

Provider-neutral: the API runners (runners/_api.py) supply ``chat`` (one model call over the
conversation so far, in their wire format) and the pipeline supplies the sandbox (an object with the
``SQLExecutor`` protocol of eval/types.py: never a connection of its own).  This module depends only
on eval.types, eval.errors, eval.sqltext and its trajectory records (runners/_trajectory.py).

The model gets the run's prompt plus two tools:

- ``run_sql(query)``: executed by the harness in the same sandbox as predictions (read only, one
  statement, statement timeout, row/cell/byte caps), on **instance 0 only**; the model sees at most
  ``max_rows`` rows and ``max_result_chars`` characters of the result, or the error as a message;
- ``answer(sql)``: its final query, which ends the trajectory.

A reply without a tool call also ends it: its SQL is extracted by the one statement scanner
(eval/sqltext/extract.py), as for a zero-shot reply.  Budgets: model turns (``max_steps``), wall
time and tokens; running out stops the loop with ``stop`` = ``max_steps`` / ``wall_time`` /
``tokens`` and the last query the model proposed (its last ``run_sql`` or ``answer`` argument),
if any, is the prediction.  The prediction is then scored by the pipeline on every instance exactly
like any other: exploring on instance 0 cannot fit the other instances.

Every step goes to ``trajectories.jsonl`` in the run folder as it happens (docs/FORMATS.md):
a ``turn`` line right after each model call, a ``tool`` line per executed call, a ``final`` line
at the end.  A question whose trajectory is already on disk continues from it (``--resume`` after
a kill -9: recorded turns are not asked again, recorded tool results are not re-run, a recorded
tool call without its result is run once); a question with a ``final`` line is replayed from it
with no model call at all.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Callable, Optional

from eval.errors import InfrastructureError
from eval.sqltext import extract as _extract
from eval.types import ExecOutcome
from runners._trajectory import (FORMAT_VERSION, TRAJECTORY_FILE, HistoryItem, Outcome, ToolCall,  # noqa: F401 - public here too
                                 ToolResult, TrajectoryStore, Turn, read_trajectories)

#: tool calls of one turn that are executed; further ones are answered with an error message
MAX_CALLS_PER_TURN = 8
#: characters of one recorded/shown query text kept in the trajectory
MAX_QUERY_CHARS = 20_000

STOP_REASONS = ("answer", "final_message", "max_steps", "wall_time", "tokens", "api_error")

TOOLS = (
    {"name": "run_sql",
     "description": ("Run one read-only PostgreSQL query (SELECT / WITH / VALUES) on the database and see "
                     "its first rows. Use it to look at the data before answering."),
     "parameters": {"type": "object",
                    "properties": {"query": {"type": "string", "description": "one SQL query"}},
                    "required": ["query"]}},
    {"name": "answer",
     "description": "Give your final SQL query for the question. This ends the task.",
     "parameters": {"type": "object",
                    "properties": {"sql": {"type": "string", "description": "the final SQL query"}},
                    "required": ["sql"]}},
)


def instructions(settings: "ExploreSettings") -> str:
    """Appended to the prompt's last user message."""
    return (f"\n\nYou can explore the database first: call run_sql(query) to run a read-only query and see "
            f"at most {settings.max_rows} rows of its result. You have at most {settings.max_steps} turns. "
            f"When you are sure, call answer(sql) with your final query.")


@dataclass(frozen=True)
class ExploreSettings:
    max_steps: int = 10
    max_rows: int = 20
    max_result_chars: int = 4000
    wall_s: float = 300.0
    max_tokens: int = 200_000

    def to_dict(self) -> dict:
        return {"max_steps": self.max_steps, "max_rows": self.max_rows, "max_result_chars": self.max_result_chars,
                "wall_s": self.wall_s, "max_tokens": self.max_tokens}


_SURROGATES = re.compile("[\ud800-\udfff]")


def wire_safe(text: str) -> str:
    """``text`` with lone surrogates (a hostile value, or the model's own ``"\\ud800"``) replaced by
    U+FFFD: they cannot be encoded as UTF-8, and an SDK that sends them fails the whole request."""
    return _SURROGATES.sub("\ufffd", text) if text else text



def _cell(v) -> str:
    if v is None:
        return "NULL"
    if isinstance(v, bytes):
        return "\\x" + v[:64].hex()
    text = str(v)
    return text if len(text) <= 200 else text[:197] + "..."


def render_result(out: ExecOutcome, max_rows: int, max_chars: int) -> tuple[str, dict]:
    """The text the model is shown for one executed query, and the figures kept in the trajectory."""
    if not out.ok:
        text = f"ERROR ({out.error_kind}): {out.error}"
        return text[:max_chars], {"ok": False, "error_kind": out.error_kind, "rows": 0, "truncated": False}
    res = out.result
    lines = ["\t".join(_cell(c) for c in res.columns)]
    shown = 0
    for row in res.rows[:max_rows]:
        lines.append("\t".join(_cell(v) for v in row))
        shown += 1
    text = "\n".join(lines)
    truncated = len(res.rows) > shown
    if len(text) > max_chars:
        text = text[:max_chars]
        truncated = True
    if truncated:
        text += f"\n... ({len(res.rows)} rows in all; only the first rows are shown)"
    else:
        text += f"\n({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})"
    return text, {"ok": True, "error_kind": None, "rows": len(res.rows), "truncated": truncated}


# --------------------------------------------------------------------------- the loop


def parse_call(call: ToolCall) -> tuple[Optional[str], str]:
    """``(argument text, "")`` for a well-formed run_sql/answer call, else ``(None, why)``."""
    want = {"run_sql": "query", "answer": "sql"}.get(call.name)
    if want is None:
        return None, f"unknown tool {call.name[:60]!r}: the tools are run_sql(query) and answer(sql)"
    try:
        args = json.loads(call.arguments) if call.arguments.strip() else {}
    except ValueError:
        return None, f"the arguments of {call.name} are not valid JSON"
    if not isinstance(args, dict) or not isinstance(args.get(want), str):
        return None, f"{call.name} needs one string argument {want!r}"
    return args[want], ""


def _history(lines: list[dict]) -> list[HistoryItem]:
    items: list[HistoryItem] = []
    by_step: dict[int, HistoryItem] = {}
    for line in lines:
        if line.get("type") == "turn":
            turn = Turn(text=line.get("text", ""), tool_calls=[ToolCall(c["id"], c["name"], c["arguments"])
                                                              for c in line.get("tool_calls", [])],
                        tokens_in=int(line.get("tokens_in", 0)), tokens_out=int(line.get("tokens_out", 0)),
                        finish_reason=line.get("finish_reason", ""), latency_s=float(line.get("latency_s", 0.0)),
                        retries=int(line.get("retries", 0)))
            item = HistoryItem(turn, [])
            items.append(item)
            by_step[int(line["step"])] = item
        elif line.get("type") == "tool":
            item = by_step.get(int(line.get("step", -1)))
            if item is not None:
                item.results.append(ToolResult(line["call_id"], line.get("shown", ""), not line.get("ok", False)))
    return items


class Explorer:
    """Runs one question's trajectory.  ``chat(history) -> Turn`` is one model call (it raises on an
    API failure); ``execute(sql) -> ExecOutcome`` runs one query on instance 0 of the question's
    database; ``cost(tokens_in, tokens_out) -> cents``."""

    def __init__(self, settings: ExploreSettings, store: TrajectoryStore, *, scrub: Callable[[str], str] = str,
                 cost: Callable[[int, int], float] = lambda i, o: 0.0, clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self.store = store
        self.scrub = scrub
        self.cost = cost
        self.clock = clock

    def run(self, qid: str, chat: Callable[[list[HistoryItem]], Turn],
            execute: Callable[[str], ExecOutcome], error_text: Callable[[BaseException], str] = repr) -> Outcome:
        prior = self.store.lines(qid)
        final = next((line for line in prior if line.get("type") == "final"), None)
        if final is not None:
            return Outcome.from_final(final)
        history = _history(prior)
        s = self.settings
        st = {"tokens_in": 0, "tokens_out": 0, "cost": 0.0, "latency": 0.0, "retries": 0,
              "calls": sum(1 for line in prior if line.get("type") == "tool" and "exec_s" in line)}
        proposed: Optional[str] = None
        for item in history:
            self._count(st, item.turn)
            for call in item.turn.tool_calls:
                arg, _ = parse_call(call)
                if arg is not None:
                    proposed = arg
        # tool calls recorded without their result (the run was killed between): run them now, once
        for step, item in enumerate(history, 1):
            if item.turn.tool_calls and len(item.results) < len(item.turn.tool_calls):
                done = {r.call_id for r in item.results}
                item.results.extend(self._tools(qid, step, item.turn, execute, st, skip=done))
        started = self.clock() - st["latency"]  # the wall-time budget counts the earlier runs' model time
        stop = ""
        text = ""
        answer: Optional[str] = None
        if history:
            last = history[-1].turn
            answer, text, stop = self._ending(last)
        while not stop:
            step = len(history) + 1
            if step > s.max_steps:
                stop = "max_steps"
                break
            if self.clock() - started >= s.wall_s:
                stop = "wall_time"
                break
            if st["tokens_in"] + st["tokens_out"] >= s.max_tokens:
                stop = "tokens"
                break
            t0 = time.perf_counter()
            try:
                turn = chat(history)
            except InfrastructureError:
                raise
            except Exception as exc:  # noqa: BLE001 - the API failed: this question's error, never the run's
                # no final line: a --resume continues this trajectory from its last recorded turn
                return Outcome(sql=None, stop="api_error", steps=len(history), tool_calls=st["calls"],
                               tokens_in=st["tokens_in"], tokens_out=st["tokens_out"], cost_cents=st["cost"],
                               latency_s=st["latency"] + time.perf_counter() - t0, retries=st["retries"],
                               error=error_text(exc))
            turn.latency_s = turn.latency_s or (time.perf_counter() - t0)
            turn.text = self.scrub(turn.text or "")
            self._count(st, turn)
            self.store.append({"question_id": qid, "type": "turn", "step": step, "v": FORMAT_VERSION,
                               "text": turn.text, "tool_calls": [c.to_dict() for c in turn.tool_calls],
                               "tokens_in": turn.tokens_in, "tokens_out": turn.tokens_out,
                               "cost_cents": self.cost(turn.tokens_in, turn.tokens_out),
                               "latency_s": round(turn.latency_s, 6), "retries": turn.retries,
                               "finish_reason": turn.finish_reason})
            for call in turn.tool_calls:
                arg, _ = parse_call(call)
                if arg is not None:
                    proposed = arg
            item = HistoryItem(turn, [])
            history.append(item)
            answer, text, stop = self._ending(turn)
            if not stop or stop == "answer":
                item.results.extend(self._tools(qid, step, turn, execute, st, skip=set()))
        if stop in ("answer", "final_message"):
            out = self._finish(st, len(history), answer if stop == "answer" else text, stop, text)
        else:
            out = self._outcome(st, len(history), proposed, stop, "", text)
        self.store.append(out.to_final(qid))
        return out

    # -- helpers ---------------------------------------------------------------------------------

    def _count(self, st: dict, turn: Turn) -> None:
        st["tokens_in"] += turn.tokens_in
        st["tokens_out"] += turn.tokens_out
        st["cost"] += self.cost(turn.tokens_in, turn.tokens_out)
        st["latency"] += turn.latency_s
        st["retries"] += turn.retries

    @staticmethod
    def _ending(turn: Turn) -> tuple[Optional[str], str, str]:
        """``(answer sql, text, stop)``: stop is "answer" for a well-formed answer call, "final_message"
        for a reply without tool calls, "" when the loop goes on."""
        for call in turn.tool_calls[:MAX_CALLS_PER_TURN]:
            if call.name == "answer":
                arg, _ = parse_call(call)
                if arg is not None:
                    return arg, turn.text, "answer"
        if not turn.tool_calls:
            return None, turn.text, "final_message"
        return None, turn.text, ""

    def _tools(self, qid: str, step: int, turn: Turn, execute, st: dict, skip: set) -> list[ToolResult]:
        s = self.settings
        results = []
        for i, call in enumerate(turn.tool_calls):
            if call.id in skip:
                continue
            arg, why = parse_call(call)
            line = {"question_id": qid, "type": "tool", "step": step, "call": i, "call_id": call.id, "name": call.name}
            if i >= MAX_CALLS_PER_TURN:
                shown, fig = f"not run: at most {MAX_CALLS_PER_TURN} tool calls are run per turn", {"ok": False, "error_kind": "rejected"}
            elif arg is None:
                shown, fig = f"malformed call: {why}", {"ok": False, "error_kind": "malformed"}
            elif call.name == "answer":
                shown, fig = "answer received", {"ok": True, "error_kind": None}
                line["query"] = arg[:MAX_QUERY_CHARS]
            else:
                out = execute(arg)  # InfrastructureError propagates: a server failure is never the model's
                shown, fig = render_result(out, s.max_rows, s.max_result_chars)
                line["query"] = arg[:MAX_QUERY_CHARS]
                line["exec_s"] = round(out.elapsed_s, 6)
                st["calls"] += 1
            shown = self.scrub(shown)
            line.update(fig, shown=shown)
            self.store.append(line)
            results.append(ToolResult(call.id, shown, not fig["ok"]))
        return results

    def _finish(self, st: dict, steps: int, candidate: Optional[str], stop: str, text: str) -> Outcome:
        found = _extract.extract_sql(candidate or "")
        error = ""
        if found.sql is None and "abstained" not in found.notes:
            error = ("NoSQL: no SQL statement found in the final message" if stop == "final_message"
                     else "NoSQL: the answer call holds no SQL statement")
            if stop == "final_message" and not (candidate or "").strip():
                error = "EmptyCompletion: the model's final message holds no text"
        return Outcome(sql=found.sql, stop=stop, steps=steps, tool_calls=st["calls"], tokens_in=st["tokens_in"],
                       tokens_out=st["tokens_out"], cost_cents=st["cost"], latency_s=st["latency"], retries=st["retries"],
                       error=error, raw_output=text or (candidate or ""),
                       abstained=found.sql is None and "abstained" in found.notes, extraction_notes=tuple(found.notes))

    def _outcome(self, st: dict, steps: int, proposed: Optional[str], stop: str, error: str, text: str) -> Outcome:
        """Out of budget: the last proposed query, if any, is the prediction."""
        sql = _extract.extract_sql(proposed).sql if proposed else None
        return Outcome(sql=sql, stop=stop, steps=steps, tool_calls=st["calls"], tokens_in=st["tokens_in"],
                       tokens_out=st["tokens_out"], cost_cents=st["cost"], latency_s=st["latency"], retries=st["retries"],
                       error=error if sql is None else "", raw_output=text)
