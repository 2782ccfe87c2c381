"""The Python API: evaluate a runner, or predictions made elsewhere, and get the summary and the
records back; load finished run folders and compare two of them.

    from eval import evaluate, load_run, compare_runs

    ev = evaluate("gold", split="classic", output="/tmp/gold-run")     # a registered runner, by name
    ev.summary["perc_correct"], ev.records[0]["reason"], ev.run_dir
    ev = evaluate(predictions={"q001": "SELECT …", …}, output="/tmp/p")  # or a list of records, or a file
    ev = evaluate(MyRunner(), output="/tmp/mine")                      # any runners.base.Runner instance
    rows = compare_runs("/tmp/run-a", "/tmp/run-b")                    # McNemar per scope (eval/report/)

Settings are the CLI's flags as keyword arguments (``model_path="/models/x"``, ``num_beams=1``,
``base_url=…``, ``timeout=5``, ``category=["where"]``); they are checked by the CLI's own parser,
so a bad value raises ``eval.errors.UsageError`` with the message the CLI would print.  It is the
same loop as ``python run_eval.py``: the run folder holds the same files, byte for byte.
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union

from eval.cli.parser import build_parser
from eval.config import Settings
from eval.cli.resume import restore
from eval.errors import UsageError
from eval.report.runs import load_run, Run
from eval.report.compare import paired_comparison
from eval.run import pipeline, prepare, results
from eval.run.record import Record

__all__ = ["Evaluation", "evaluate", "load_run", "compare_runs"]

Predictions = Union[str, Path, Mapping[str, str], Iterable[dict]]


@dataclass
class Evaluation:
    """What one evaluation returns: summary.json's content, the records in question order (as in
    results.jsonl), and the run folder that holds them."""

    summary: dict
    records: list[Record]  # eval/run/record.py; also read as mappings: rec["reason"]
    run_dir: Path

    @property
    def perc_correct(self) -> float:
        return self.summary["perc_correct"]


def _argv(model: str, settings: dict) -> list[str]:
    """The CLI arguments that mean ``settings`` (so that the CLI's parser checks every value)."""
    parser = build_parser()
    flags = {a.dest: a for a in parser._actions if a.option_strings}
    argv = ["--model", model]
    for key, value in settings.items():
        if key in ("model", "help") or key not in flags:
            raise UsageError(f"evaluate(): unknown setting {key!r} (settings are run_eval.py's flags, e.g. model_path=…)")
        if value is None or value is False:
            continue
        action = flags[key]
        flag = max(action.option_strings, key=len)
        if action.nargs == 0:
            argv.append(flag)
        elif isinstance(value, (list, tuple)) and action.__class__.__name__ == "_AppendAction":
            for v in value:
                argv += [flag, str(v)]
        else:
            argv += [flag, str(value)]
    return argv


def _write_predictions(predictions: Predictions, folder: Path) -> Path:
    if isinstance(predictions, (str, Path)):
        return Path(predictions)
    if isinstance(predictions, Mapping):
        rows = [{"question_id": qid, "generated_query": sql} for qid, sql in predictions.items()]
    else:
        rows = [dict(r) for r in predictions]
    path = folder / "predictions.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def evaluate(runner=None, *, predictions: Optional[Predictions] = None, output: Union[str, Path, None] = None,
             **settings) -> Evaluation:
    """Run the evaluation loop once and return its Evaluation.

    ``runner``: a registered runner's name (``"gold"``, ``"hf"``, ``"openai"`` …) or a
    ``runners.base.Runner`` instance.  ``predictions``: instead of a runner, predictions made elsewhere —
    ``{question_id: sql}``, a list of records (``question_id`` + ``generated_query``, as the replay
    runner reads them) or a CSV/JSONL file.  ``output``: the run folder (default as the CLI:
    ``results/<model>-<timestamp>/``).  Other keywords: the CLI's flags (module docstring).
    Raises UsageError for bad input, RunFailed / InfrastructureError when the run cannot finish.
    """
    from runners.base import Runner  # noqa: PLC0415 - runners are imported only when a run starts

    if predictions is not None and runner not in (None, "replay"):
        raise UsageError("evaluate(): give a runner or predictions, not both")
    settings = dict(settings, quiet=settings.get("quiet", True), no_progress=settings.get("no_progress", True))
    if output is not None:
        settings["output"] = str(output)
    instance = runner if isinstance(runner, Runner) else None
    name = (instance.name or type(instance).__name__) if instance else (runner or ("replay" if predictions is not None else "gold"))
    with tempfile.TemporaryDirectory(prefix="t2seval-api-") as tmp:
        if predictions is not None:
            settings["predictions"] = str(_write_predictions(predictions, Path(tmp)))
        if instance is not None:
            args = Settings.from_namespace(build_parser().parse_args(_argv("gold", settings)))
            args.model = name
            instance.args = getattr(instance, "args", None) or args
        else:
            parser, argv = build_parser(), _argv(name, settings)
            args = Settings.from_namespace(restore(parser, argv, parser.parse_args(argv)))
        prepared = prepare.prepare(args, runner=instance)
        try:
            summary = pipeline.run(prepared)
        finally:
            prepared.runner.close()
            prepared.executor.close()
            prepared.server.stop()
    run_dir = Path(prepared.out_dir)
    if summary.get("generate_only"):
        return Evaluation(summary, [], run_dir)
    by_id = {r["question_id"]: r for r in results.read_records(run_dir / "results.jsonl")}
    return Evaluation(summary, [by_id[q.id] for q in prepared.questions if q.id in by_id], run_dir)


def compare_runs(a: Union[str, Path, Run], b: Union[str, Path, Run], field: str = "correct") -> list:
    """Paired comparison of two runs on the same questions: one row per scope (overall, each
    category, each split), with both accuracies and McNemar's exact p (eval/report/tables.py)."""
    run_a = a if isinstance(a, Run) else load_run(a)
    run_b = b if isinstance(b, Run) else load_run(b)
    return paired_comparison(run_a, run_b, field)
