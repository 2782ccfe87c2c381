"""The evaluation loop, written once for every runner.

eval/run/prepare.py's prepare() validates everything (questions, fixtures, runner inputs, gold
queries) and writes nothing; run() then generates, executes, compares and records, one question at a time, appending each
record to results.jsonl as it completes (resumable), and finally writes results.csv and summary.json.
"""
from __future__ import annotations

import datetime as _dt
import json
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from eval.data.dataset import split_alternatives
from eval.db import fixtures
from eval.run import partial_run, results, samples, sampling_run
from eval.run.progress import question_progress as _progress
from eval.run.record import Record
from eval.scoring import comparator, hedging
from eval.sqltext import extract as _extract
from eval.errors import InfrastructureError, RunFailed, UsageError
from eval.db.executor import json_safe
from eval.types import GenRequest, Generation, Question
from eval.run.prepare import Prepared, git_commit, resume_key, versions, workers

PREVIEW_ROWS = 10


# ------------------------------------------------------------------------------------------------
# --explore (runners/_explore.py): everything the loop adds for exploring runs, in this one block --
# the record's explore fields and the sandbox handed to the runner.  Cost and tokens of a trajectory
# are the Generation's own (summed over its turns) and go to the usual fields.
EXPLORE_FIELDS = ("explore_steps", "explore_tool_calls", "explore_stop", "trajectory")


def explore_fields(gen: Generation) -> dict:
    """The record's explore fields ({} for a run that does not explore)."""
    x = gen.explore
    if x is None:
        return {}
    return {"explore_steps": int(x.get("steps", 0)), "explore_tool_calls": int(x.get("tool_calls", 0)),
            "explore_stop": x.get("stop", ""), "trajectory": f"{x.get('trajectory', '')}#{gen.question_id}"}


def explore_summary(records: list[dict]) -> dict:
    """summary.json's ``explore`` block: turns, queries and stop reasons over the run ({} without --explore)."""
    recs = [r for r in records if "explore_steps" in r]
    if not recs:
        return {}
    stops: dict[str, int] = {}
    for r in recs:
        stops[r["explore_stop"]] = stops.get(r["explore_stop"], 0) + 1
    return {"explore": {"turns": sum(r["explore_steps"] for r in recs),
                        "queries": sum(r["explore_tool_calls"] for r in recs), "stops": dict(sorted(stops.items()))}}


def attach_explore(p: Prepared, out: Path) -> None:
    """Give an exploring runner the run's sandbox (instance 0 of each database) and run folder."""
    if getattr(p.runner, "explores", False):
        p.runner.attach_sandbox(p.executor, {name: fx.instance_dbs[0] for name, fx in p.fixtures.items()}, out)
# ------------------------------------------------------------------------------------------------


# ------------------------------------------------------------------------------------------------
def score(p: Prepared, q: Question, gen: Generation) -> Record:
    """Execute one prediction on every instance and compare; return the result record."""
    rec = Record.for_question(q)
    rec.generated_query = gen.sql or ""
    rec.latency_seconds = round(gen.latency_s, 6)
    rec.tokens_in, rec.tokens_out = gen.tokens_in, gen.tokens_out
    rec.cost_in_cents = 0.0 if gen.cached else gen.cost_cents
    rec.retries = 0 if gen.cached else gen.retries
    rec.cached = int(bool(gen.cached))
    # sql-eval 2023's verdict: wrong unless a prediction ran (set below); none for unanswerable questions
    rec.correct_sqleval = 0 if q.answerable else ""
    # ---- samples (issue #16): prompt reference, raw completion, extraction notes (eval/run/samples.py) ----
    for key, value in samples.sample_fields(gen, p.prompt_refs.get(q.id, "")).items():
        setattr(rec, key, value)
    source = getattr(p.runner, "source_correct", {}).get(q.id)  # replay of a file with its own verdicts
    if source is not None:
        rec.correct_source = source
    rec.extra.update(explore_fields(gen))  # --explore only: written after the fields (block above)
    fx = p.fixtures[q.db]
    db0 = fx.instance_dbs[0]
    golds0 = [e for e in (p.golds.get(db0, g) for g in q.gold) if isinstance(e, comparator.GoldEvidence)]
    detail = {"gold_columns": [], "gold_rows": [], "pred_columns": [], "pred_rows": []}
    if golds0:
        detail["gold_columns"] = list(golds0[0].result.columns)
        detail["gold_rows"] = [[json_safe(v) for v in r] for r in golds0[0].result.rows[:PREVIEW_ROWS]]
    pred0 = None
    abstained = gen.abstained or (not gen.error and _extract.is_abstention(gen.sql))
    if abstained:
        # declining is right exactly when the schema cannot answer the question (docs/SCORING.md, abstention)
        v = comparator.Verdict(correct=not q.answerable, exact_match=not q.answerable, reason="abstained",
                               note="the model abstained" + ("" if q.answerable else " (the question is unanswerable: right)"))
        _set_verdict(rec, v, not q.answerable)
    elif not q.answerable and not gen.error and (gen.sql or "").strip():
        v = comparator.Verdict(False, False, "answered_unanswerable",
                               "the schema cannot answer this question; the model answered with a query instead of abstaining")
        _set_verdict(rec, v, False)
    elif gen.error:
        v = comparator.Verdict(correct=False, exact_match=False, reason="pred_error", note="generation failed")
        _set_verdict(rec, v, False)
        rec.error_query_gen, rec.error_msg = 1, gen.error
    elif not (gen.sql or "").strip():
        v = comparator.Verdict(correct=False, exact_match=False, reason="no_prediction", note="no prediction")
        _set_verdict(rec, v, False)
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
                pred0 = out.result
                detail["pred_columns"] = list(out.result.columns)
                detail["pred_rows"] = [[json_safe(v) for v in r] for r in out.result.rows[:PREVIEW_ROWS]]
            if not out.ok:
                verdicts.append(comparator.error_verdict(out.error_kind, out.error))
                rec.error_db_exec = 1
                rec.error_msg = out.error if k == 0 else f"instance {k}: {out.error}"
                break
            try:
                v = comparator.compare(golds, out.result, question_text=q.question, instructions=q.instructions, category=q.category,
                                       order_matters=q.order_matters, rel_tol=p.args.float_tolerance)
            except Exception as e:  # noqa: BLE001 - a value the comparator cannot handle: this question's verdict, never a crash
                v = comparator.Verdict(False, False, "pred_error", f"the result could not be compared: {type(e).__name__}: {str(e)[:200]}")
                rec.error_msg = v.note
            if k == 0 and v.reason == "match_extra_columns" and v.assignment is not None:
                why = hedging.hedge_note(gen.sql, v.assignment, out.result.rows)
                if why:  # several candidate values for the asked quantity (docs/SCORING.md, hedging)
                    v = comparator.Verdict(False, False, "hedged", why)
            verdicts.append(v)
            if not v.correct:
                break
        overall, single = comparator.combine_instances(verdicts)
        _set_verdict(rec, overall, single)
        rec.exec_seconds = round(t_exec, 6)
        rec.instances = len(verdicts)
        rec.correct_sqleval, rec.note_sqleval = _sqleval_2023(p, q, db0, pred0)
    detail["note"] = rec.note
    rec.detail = detail
    partial_run.add_fields(p, q, gen, rec, golds0, pred0)  # --partial-credit only (eval/run/partial_run.py)
    return rec


def _sqleval_2023(p: Prepared, q: Question, db0: str, pred0) -> tuple[int, str]:
    """sql-eval's 2023 verdict next to ours (docs/SCORING.md): its gold expansions of the cell as
    written, each executed on instance 0 (through the gold store: cached like any gold), and the
    prediction's instance-0 result (None when it failed)."""
    from eval.scoring import sqleval_compat  # noqa: PLC0415 - pandas is imported only when a prediction is scored

    try:
        golds = []
        for text in sqleval_compat.expand_gold_2023(q.gold_raw):
            # psycopg2 ran a cell of several statements whole and pandas read the *last* one's rows;
            # the sandbox runs one statement at a time, so each runs and the last result is used
            evs = [p.golds.get(db0, part) for part in (split_alternatives(text) or [text])]
            bad = next((ev for ev in evs if not isinstance(ev, comparator.GoldEvidence)), None)
            golds.append(evs[-1].result if bad is None else sqleval_compat.GoldFailed(bad.error))
        ok, note = sqleval_compat.correct_sqleval(q.gold_raw, golds, pred0, question=q.question, category=q.category)
    except Exception as e:  # noqa: BLE001 - sql-eval counted any exception as a wrong row; so does this column
        return 0, f"exception: {type(e).__name__}: {str(e)[:200]}"
    return int(bool(ok)), note


def _set_verdict(rec: Record, v, single: bool) -> None:
    rec.correct, rec.correct_single, rec.exact_match = int(bool(v.correct)), int(bool(single)), int(bool(v.exact_match))
    rec.reason = v.reason
    rec.gold_ambiguous = int(bool(getattr(v, "gold_ambiguous", False)))
    rec.note = v.note or ""


# ------------------------------------------------------------------------------------------------
def _requests(p: Prepared, qs: list[Question]) -> list[GenRequest]:
    if not p.runner.needs_prompt:
        return [GenRequest(q, None) for q in qs]
    if p.card_prompts is not None:  # --compat sqleval-2023: the card's pruned-schema prompt
        return [GenRequest(q, p.card_prompts.prompt(q)) for q in qs]
    from eval.data import prompt as prompt_mod  # noqa: PLC0415

    return [GenRequest(q, prompt_mod.render(p.template, q, p.schema_docs[q.db], shuffle_seed=p.args.shuffle_schema)) for q in qs]


def _store_prompts(p: Prepared, reqs: list[GenRequest], out: Path) -> None:
    """Every prompt about to be sent goes into the run folder's prompts.jsonl first (eval/run/samples.py),
    its schema part once per database; p.prompt_refs maps each question to its prompt."""
    if not p.runner.needs_prompt or not reqs:
        return
    from eval.data import prompt as prompt_mod  # noqa: PLC0415
    from eval.run import prompt_export  # noqa: PLC0415

    probes: dict = {}
    # a prompt not rendered from p.template (e.g. main's --compat card prompts) is stored whole: no probe
    can_probe = p.template is not None and getattr(p, "card_prompts", None) is None
    store = samples.PromptStore(out)
    try:
        for r in reqs:
            db = r.question.db
            if can_probe and db not in probes:
                probes[db] = prompt_mod.render(p.template, prompt_export.probe_question(db), p.schema_docs[db],
                                               shuffle_seed=p.args.shuffle_schema)
            p.prompt_refs[r.question.id] = store.add(r.prompt, probes.get(db), prompt_export.PROBE)
    finally:
        store.close()


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
            key = gencache.run_key(p.args.model, info, r.prompt)
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


# ------------------------------------------------------------------------------------------------
# --samples K (eval/run/sampling_run.py): the loop's hooks, in this one block
def _scoring_jobs(p: Prepared, reqs: list[GenRequest], by_id: dict):
    """(function, *arguments) per question to score: each generation, or with --samples K > 1 each
    question's K samples once all have arrived."""
    k = int(p.args.samples)
    if k == 1:
        for gen in _generations(p, reqs):
            yield (score, p, by_id[gen.question_id], gen)
        return
    for gens in sampling_run.grouped(sampling_run.generations(p, reqs, _cache(p)), k):
        yield (sampling_run.score_question, p, by_id[gens[0].question_id], gens, score)


def _all_generations(p: Prepared, reqs: list[GenRequest]):
    """Every generation (--generate-only): one per question, or K per question with --samples K."""
    return _generations(p, reqs) if int(p.args.samples) == 1 else sampling_run.generations(p, reqs, _cache(p))
# ------------------------------------------------------------------------------------------------


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
    done: dict[str, Record] = {}
    if args.resume:
        old = json.loads(cfg_path.read_text())
        if resume_key(old) != resume_key(p.meta):
            diff = [k for k in resume_key(p.meta) if resume_key(old).get(k) != resume_key(p.meta).get(k)]
            raise UsageError(f"--resume {out}: the configuration differs from the interrupted run ({', '.join(diff)}); "
                             "use the same questions, fixtures, runner, model and template, or start a new run")
        results.repair_jsonl(jsonl)
        wanted = {q.id for q in p.questions}
        for r in results.read_records(jsonl):
            if r.question_id in wanted:
                done.setdefault(r.question_id, r)
        started_at = old.get("started_at")
        prior_wall = float(old.get("wall_time_s_before_resume") or 0)
    else:
        started_at = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
        prior_wall = 0.0
    cfg = dict(p.meta, started_at=started_at)
    t0 = time.monotonic()
    results.write_json(cfg_path, cfg)

    pending = [q for q in p.questions if q.id not in done]
    attach_explore(p, out)
    if args.generate_only:
        return _generate_only(p, pending, out)

    writer = results.RecordWriter(jsonl)
    by_id = {q.id: q for q in p.questions}
    progress = _progress(args, len(p.questions), len(done))
    # a fixture's checksums are verified as soon as its last question is scored (nothing of this
    # run touches its databases after that), while the other fixtures' questions are still running
    unscored = {name: 0 for name in p.fixtures}
    for q in pending:
        unscored[q.db] += 1
    verifying: dict[str, Future] = {}
    try:
        with ThreadPoolExecutor(max_workers=workers(args)) as pool:
            futures: set[Future] = set()
            max_inflight = workers(args) * 4

            def drain(block: bool):
                nonlocal futures
                if not futures:
                    return
                finished, futures = wait(futures, return_when=FIRST_COMPLETED, timeout=None if block else 0)
                for f in finished:
                    rec = f.result()
                    writer.write(rec)
                    done[rec.question_id] = rec
                    progress.update(1)
                    name = by_id[rec.question_id].db
                    unscored[name] -= 1
                    if unscored[name] == 0:
                        verifying[name] = pool.submit(fixtures.verify_all, p.server, [p.fixtures[name]], 1)

            try:
                reqs = _requests(p, sorted(pending, key=lambda q: q.db))
                _store_prompts(p, reqs, out)
                for job in _scoring_jobs(p, reqs, by_id):
                    futures.add(pool.submit(*job))
                    while len(futures) >= max_inflight:
                        drain(True)
                    drain(False)
                while futures:
                    drain(True)
            except KeyboardInterrupt:  # Ctrl-C: the queued questions are dropped now, unwritten; only the
                pool.shutdown(wait=False, cancel_futures=True)  # queries being executed run to their end
                raise
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
    damaged = {}
    for f in verifying.values():
        damaged.update(f.result())
    rest = [fx for name, fx in p.fixtures.items() if name not in verifying]  # nothing to score there (a resume)
    if rest:
        damaged.update(fixtures.verify_all(p.server, rest, workers=workers(args)))
    problems = list(damaged.values())
    ordered = [done[q.id] for q in p.questions]
    meta = dict(p.meta)
    meta["model_info"] = p.runner.describe()  # again: figures measured during generation (tokens/s)
    meta["started_at"] = started_at
    meta["git_commit"] = git_commit()
    meta["versions"] = versions(p)
    meta["wall_time_s"] = round(prior_wall + time.monotonic() - t0, 3)
    meta["fixture_checksums"] = {name: fx.checksums for name, fx in p.fixtures.items()}
    meta["fixtures_intact"] = not problems
    summary = results.summarize(ordered, meta).to_dict()
    summary.update(explore_summary(ordered))
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
    reqs = _requests(p, pending)
    _store_prompts(p, reqs, out)
    try:
        for gen in _all_generations(p, reqs):
            q = by_id[gen.question_id]
            # an abstention is written as the words the replay runner reads back as one
            text = "I do not know" if gen.abstained and not gen.sql else (gen.sql or "")
            writer.write({"question_id": q.id, "db_name": q.db, "question": q.question, "generated_query": text,
                          "error_query_gen": int(bool(gen.error)), "error_msg": gen.error, "latency_seconds": gen.latency_s,
                          "tokens_in": gen.tokens_in, "tokens_out": gen.tokens_out, "cost_in_cents": gen.cost_cents,
                          "retries": gen.retries, **samples.sample_fields(gen, p.prompt_refs.get(q.id, "")),
                          **explore_fields(gen), **sampling_run.prediction_columns(p, gen)})
            n += 1
    finally:
        writer.close()
    return {"generate_only": True, "predictions": str(path), "n": n}
