"""Command-line definition for run_eval.py (flags only; wiring is in eval/cli/main.py)."""
from __future__ import annotations

import argparse
import os

from eval.config import DEFAULTS as D
from eval.errors import UsageError
from runners import RUNNERS


class CLIParser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: exit 2 with one line
        raise UsageError(f"{self.prog}: {message}")

    def parse_known_args(self, args=None, namespace=None):
        for action in self._actions:  # every parser of run_eval.py refuses a repeated file/folder/server flag
            if type(action) is argparse._StoreAction and action.option_strings and action.metavar in ONCE_METAVARS:
                action.__class__ = _Once
        return super().parse_known_args(args, namespace)


# ---- a flag naming a file, a folder or a server takes one value: repeating it is exit 2 --------------
#: the metavars of such flags (argparse would silently keep the last of several --questions)
ONCE_METAVARS = frozenset({"DIR", "FILE", "FILE_OR_DIR", "DIR_OR_ID", "NAME_OR_FILE", "URL", "RUN_DIR",
                           "RUN_OR_SUMMARY", "RUN"})


class _Once(argparse._StoreAction):
    """A store action that refuses a second occurrence: until the first one, the namespace holds
    the very default object (argparse sets it before any action runs)."""

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        if before is not self.default:
            hint = (" (put the files in one folder and give the folder)"
                    if self.dest == "questions" else "")
            shown = "" if self.metavar == "URL" else f" ({before!r}, then {values!r})"  # a URL may hold a password
            raise UsageError(f"{option_string} given more than once{shown}: it takes one value{hint}")
        super().__call__(parser, namespace, values, option_string)


def _positive_int(name: str):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be an integer, got {text!r}")
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{name} must be > 0, got {value}")
        return value

    return parse


def _positive_float(name: str):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be a number, got {text!r}")
        if not value > 0:
            raise argparse.ArgumentTypeError(f"{name} must be > 0, got {text}")
        return value

    return parse


def _top_p(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--top-p must be a number, got {text!r}")
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"--top-p must be in (0, 1], got {text}")
    return value


def add_data_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("data")
    g.add_argument("--schemas", metavar="DIR", help="fixture folder: one subfolder per database (default: bundled schemas/)")
    g.add_argument("--questions", metavar="FILE_OR_DIR", help="questions: sql-eval CSV, native JSONL, or a folder of them (default: bundled questions/)")
    g.add_argument("--category", action="append", metavar="C", help="only questions of this category (repeatable)")
    g.add_argument("--db", action="append", metavar="NAME", help="only questions on this database (repeatable)")
    g.add_argument("--split", action="append", metavar="S", help="only questions of this split: classic, hard (repeatable; default all)")
    g.add_argument("--limit", type=_positive_int("--limit"), metavar="N", help="only the first N questions (after filters)")


def add_db_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("postgresql")
    g.add_argument("--dsn", default=os.environ.get("EVAL_PG_DSN"), metavar="URL",
                   help="use an existing server (postgresql://user:pw@host:port/db) instead of the embedded one; env EVAL_PG_DSN")
    g.add_argument("--pg-data", default=os.environ.get("EVAL_PG_DATA"), metavar="DIR",
                   help="data/cache folder of the embedded server; env EVAL_PG_DATA (default: a per-user cache folder)")
    g.add_argument("--pg-port", type=_positive_int("--pg-port"), metavar="PORT", help="port of the embedded server (default: a free one)")
    g.add_argument("--timeout", type=_positive_float("--timeout"), default=D.timeout, metavar="S", help="statement_timeout per query in seconds (default 10)")
    g.add_argument("--row-cap", type=_positive_int("--row-cap"), default=D.row_cap, metavar="N", help="rows above which a result is 'too_large' (default 100000)")
    g.add_argument("--no-gold-cache", action="store_true", help="re-execute every gold query (ignore the on-disk gold cache)")
    g.add_argument("--workers", type=_positive_int("--workers"), default=None, metavar="N", help="parallel executor workers (default: CPU cores)")


def add_compat_arg(g) -> None:
    g.add_argument("--compat", choices=["sqleval-2023"], metavar="MODE",
                   help="sqleval-2023: the SQLCoder card's conditions for hf/sqlcoder (card prompt and pruned schema, "
                        "5 beams, fp16, batch 1, ``` as EOS, the card's output cut); docs/REPRODUCING.md")


def build_parser() -> CLIParser:
    p = CLIParser(prog="run_eval.py", description="Text-to-SQL evaluation harness (PostgreSQL, execution accuracy).")
    p.add_argument("--model", "-m", default=D.model, metavar="NAME", help=f"runner: {', '.join(RUNNERS)} (default gold)")
    add_data_args(p)
    add_db_args(p)

    g = p.add_argument_group("outputs")
    g.add_argument("--output", "-o", metavar="DIR", help="run folder (default results/<model>-<timestamp>/)")
    g.add_argument("--resume", metavar="RUN_DIR", help="continue an interrupted run in RUN_DIR")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    g.add_argument("--quiet", "-q", action="store_true", help="print only the summary table")

    g = p.add_argument_group("scoring")
    g.add_argument("--float-tolerance", type=float, default=D.float_tolerance, metavar="R", help="relative tolerance for numbers (default 1e-6)")
    g.add_argument("--single-instance", action="store_true", help="score on instance 0 only (sql-eval's setting)")
    g.add_argument("--partial-credit", action="store_true",
                   help="also record soft F1, schema-linking precision/recall and (correct predictions) the planner's "
                        "cost ratio gold/prediction per question, and their summary with VES (docs/REPORTS.md)")
    g.add_argument("--skip-gold-errors", action="store_true",
                   help="a question whose gold fails to execute is recorded as gold_error (incorrect) instead of stopping the run with exit 2")

    g = p.add_argument_group("generation")
    g.add_argument("--predictions", metavar="FILE", help="replay: CSV or JSONL with generated_query and question_id (or db_name+question)")
    g.add_argument("--partial", action="store_true",
                   help="replay: score only the selected questions that have a prediction (default: a missing one is exit 2)")
    g.add_argument("--model-path", metavar="DIR_OR_ID", help="hf/sqlcoder: local folder or hub id of the weights")
    g.add_argument("--prompt-template", metavar="NAME_OR_FILE", help="prompt template: a name under prompts/ or a file")
    g.add_argument("--shuffle-schema", type=int, metavar="SEED", help="shuffle table order in the prompt with this seed")
    g.add_argument("--num-beams", type=_positive_int("--num-beams"), metavar="N",
                   help="hf beam width (default: the preset's, 5 for sqlcoder/sqlcoder-15b, else 4)")
    g.add_argument("--max-new-tokens", type=_positive_int("--max-new-tokens"), metavar="N", help="generation length cap (default 300)")
    g.add_argument("--batch-size", type=_positive_int("--batch-size"), metavar="N", help="hf prompts per batch (default 4)")
    add_compat_arg(g)
    g.add_argument("--load-in-8bit", action="store_true", help="hf: load weights in 8-bit (bitsandbytes, CUDA only)")
    g.add_argument("--device", metavar="DEV", help="hf: torch device (default: cuda if available, else cpu)")
    g.add_argument("--api-model", metavar="NAME", help="openai/anthropic: model name, e.g. gpt-4o")
    g.add_argument("--base-url", metavar="URL", help="openai/anthropic: endpoint (any OpenAI-compatible server: vLLM, TGI, Ollama ...)")
    g.add_argument("--concurrency", type=_positive_int("--concurrency"), default=D.concurrency, metavar="N", help="API requests in flight (default 4)")
    g.add_argument("--request-timeout", type=_positive_float("--request-timeout"), default=D.request_timeout, metavar="S", help="API per-request timeout (default 60)")
    g.add_argument("--max-retries", type=int, default=D.max_retries, metavar="N", help="API retries on 429/5xx/timeouts (default 5)")
    g.add_argument("--temperature", type=float, default=D.temperature,
                   help="sampling temperature (default 0: greedy; hf samples when > 0)")
    g.add_argument("--samples", type=_positive_int("--samples"), default=D.samples, metavar="K",
                   help="answers per question (default 1); K > 1 needs --temperature > 0 (replay: K predictions per "
                        "question in the file); adds pass@k, mean@k, maj@k (docs/REPORTS.md)")
    g.add_argument("--top-p", type=_top_p, default=D.top_p, metavar="P", help="nucleus sampling: 0 < P <= 1 (default: the backend's)")
    g.add_argument("--seed", type=int, default=D.seed, metavar="N",
                   help="sampling seed (hf: torch's generator; openai: the request's seed; default: unseeded)")
    g.add_argument("--price-in", type=float, metavar="USD_PER_MTOK", help="override input price, USD per million tokens")
    g.add_argument("--price-out", type=float, metavar="USD_PER_MTOK", help="override output price, USD per million tokens")
    g.add_argument("--no-cache", action="store_true", help="do not read or write the generation cache")
    g.add_argument("--cache-dir", metavar="DIR", help="generation cache folder (default: per-user cache)")
    g.add_argument("--generate-only", action="store_true", help="only generate: write predictions.jsonl for a later --model replay")
    add_explore_args(p)
    return p


def add_explore_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("exploring (openai/anthropic: the model may run queries before it answers)")
    g.add_argument("--explore", action="store_true",
                   help="give the model run_sql(query) on instance 0 and answer(sql); trajectories.jsonl in the run folder")
    g.add_argument("--max-steps", type=_positive_int("--max-steps"), default=D.max_steps, metavar="N", help="model turns per question (default 10)")
    g.add_argument("--max-rows", type=_positive_int("--max-rows"), default=D.max_rows, metavar="R", help="result rows shown to the model (default 20)")
    g.add_argument("--max-result-chars", type=_positive_int("--max-result-chars"), default=D.max_result_chars, metavar="C",
                   help="characters of a result shown to the model (default 4000)")
    g.add_argument("--explore-wall-s", type=_positive_float("--explore-wall-s"), default=D.explore_wall_s, metavar="S",
                   help="wall-time budget per question in seconds (default 300)")
    g.add_argument("--explore-tokens", type=_positive_int("--explore-tokens"), default=D.explore_tokens, metavar="N",
                   help="token budget per question, input + output over all turns (default 200000)")
