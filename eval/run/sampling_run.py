"""``--samples K``: K answers per question, each executed and scored, and the per-question metrics.

The pipeline (eval/run/pipeline.py) calls this module at three points, and only when K > 1:

* :func:`generations` — the K samples of every question: those the generation cache holds (one
  entry per sample index, so a resumed run never pays for a sample twice), then the runner's
  :meth:`~runners.base.Runner.generate_samples` for the missing indices;
* :func:`grouped` — holds each question's samples until all K have arrived;
* :func:`score_question` — scores every sample with the pipeline's own ``score`` and builds the
  question's one record.  Samples whose SQL is the same up to what PostgreSQL ignores
  (eval/sqltext/canonical.py) are scored once: their executions and their verdict are shared.

A question's record is written only when all its K samples are scored, so a run killed at any
point resumes with every question either complete (K samples) or absent (asked again, its samples
read back from the cache).

The record's own fields (generated_query, correct, reason, detail …) are sample 0's — the greedy
one when a replayed file marks it — so perc_correct is one sample's accuracy; latency, tokens,
cost and retries are the sums over the K samples (what the question cost).  ``samples`` lists every
sample's SQL and verdict, ``sample_metrics`` the question's pass@k, mean@K, maj@k and greedy
(docs/REPORTS.md defines them; summary.json aggregates them: eval/run/sampling_summary.py).

maj@k groups the first k samples by *execution result* (eval/scoring/sampling.py's majority_vote):
sample j joins the group of sample i when the comparator, taking i's instance-0 result as the gold
(its ORDER BY plan from i's SQL), finds j's result an exact match (no extra columns); two
abstentions are one answer; a sample without a result (no SQL, an error, a timeout) does not vote.
"""
from __future__ import annotations

import dataclasses
import threading
from fractions import Fraction
from typing import Callable, Iterable, Iterator, Optional

from eval.errors import UsageError
from eval.run import partial_run
from eval.run.record import Record
from eval.scoring import comparator, sampling
from eval.sqltext.canonical import execution_key
from eval.sqltext.rewrite import order_plan
from eval.types import ExecOutcome, GenRequest, Generation, Question


# ---- settings --------------------------------------------------------------------------------------
def check_settings(args, runner) -> None:
    """Exit 2 (UsageError) on a sampling setting that cannot work with this runner."""
    k = int(args.samples)
    if k < 1:
        raise UsageError(f"--samples must be >= 1, got {k}")
    if k == 1:
        return
    kind = getattr(runner, "sampling", "temperature")
    if args.compat:
        raise UsageError(f"--samples {k}: --compat {args.compat} reproduces one greedy beam-search answer; drop one of them")
    if args.explore:
        raise UsageError(f"--samples {k}: --explore keeps one trajectory per question; drop one of them")
    if kind == "temperature" and not float(args.temperature or 0) > 0 and not _samples_by_default(runner):
        raise UsageError(f"--samples {k} needs --temperature > 0: greedy decoding gives the same answer every time "
                         "(e.g. --temperature 0.8; a replayed file of samples needs no temperature)")


def _samples_by_default(runner) -> bool:
    """An API runner that sends no temperature (anthropic; OpenAI reasoning models): the API samples."""
    params = getattr(runner, "generation_params", None)
    return callable(params) and params().get("temperature", 0) is None


def config_entry(args) -> dict:
    """config.json's ``config.samples`` (so --resume refuses another K) and ``partial_credit``; {} for a
    one-sample run without --partial-credit."""
    out = {"partial_credit": True} if args.partial_credit else {}
    if int(args.samples) == 1:
        return out
    return out | {"samples": {"k": int(args.samples), "temperature": args.temperature, "top_p": args.top_p, "seed": args.seed}}


# ---- generation --------------------------------------------------------------------------------------
def generations(p, reqs: list[GenRequest], cache) -> Iterator[Generation]:
    """Every sample of every request: cached ones first, then the runner's (cached as they arrive)."""
    from eval.run import gencache  # noqa: PLC0415

    k = int(p.args.samples)
    info = p.meta.get("model_info") or {}
    keys: dict[tuple[str, int], str] = {}
    todo = []
    for r in reqs:
        missing = []
        for i in range(k):
            if cache is None:
                missing.append(i)
                continue
            keys[(r.question.id, i)] = key = gencache.run_key(p.args.model, info, r.prompt, sample=i)
            hit = cache.get(key, question_id=r.question.id)
            if hit is None:
                missing.append(i)
            else:
                yield dataclasses.replace(hit, sample=i)
        if missing:
            todo.append(dataclasses.replace(r, samples=tuple(missing)))
    try:
        if todo:
            for gen in p.runner.generate_samples(todo):
                if cache is not None and not gen.error:  # a sample without SQL is an answer too: kept
                    cache.put(keys[(gen.question_id, gen.sample)], gen)
                yield gen
    finally:
        if cache is not None:
            cache.close()


def prediction_columns(p, gen: Generation) -> dict:
    """predictions.jsonl's (--generate-only) sample number and greedy mark with --samples K > 1; {} otherwise."""
    if int(p.args.samples) == 1:
        return {}
    return {"sample": gen.sample, **({"greedy": 1} if gen.greedy else {})}


def grouped(gens: Iterable[Generation], k: int) -> Iterator[list[Generation]]:
    """A question's samples, sample 0 first, once all ``k`` have arrived (a repeated index: the first)."""
    waiting: dict[str, dict[int, Generation]] = {}
    for gen in gens:
        got = waiting.setdefault(gen.question_id, {})
        got.setdefault(gen.sample, gen)
        if len(got) >= k and all(i in got for i in range(k)):
            del waiting[gen.question_id]
            yield [got[i] for i in range(k)]


# ---- scoring -------------------------------------------------------------------------------------------
class SharedExecutor:
    """The run's executor seen by one question's samples: each (database, execution key, options)
    runs once; the outcomes stay here for the vote.  Only the executor's public ``execute``."""

    def __init__(self, inner):
        self.inner = inner
        self.memo: dict[tuple, ExecOutcome] = {}
        self.executed = 0
        self._lock = threading.Lock()

    def execute(self, db: str, sql: str, **kwargs) -> ExecOutcome:
        key = (db, execution_key(sql), tuple(sorted(kwargs.items())))
        with self._lock:
            hit = self.memo.get(key)
        if hit is not None:
            return hit
        out = self.inner.execute(db, sql, **kwargs)
        with self._lock:
            self.memo.setdefault(key, out)
            self.executed += 1
        return out

    def result(self, db: str, sql: str, **kwargs):
        """The result an earlier execute() of this text got (None when it failed or never ran)."""
        out = self.memo.get((db, execution_key(sql), tuple(sorted(kwargs.items()))))
        return out.result if out is not None and out.ok else None

    def estimated_cost(self, db: str, sql: str):
        """The run's executor's planner cost (--partial-credit), not shared."""
        return self.inner.estimated_cost(db, sql)

    def close(self) -> None:  # the run's executor is closed by the run
        pass


_ABSTAINED = object()  # the vote's "result" of an abstention


def _sample_key(gen: Generation) -> tuple:
    """Samples with equal keys get the same verdict (the inputs of the pipeline's score())."""
    return (bool(gen.error), bool(gen.abstained), execution_key(gen.sql or "") if (gen.sql or "").strip() else "")


def score_question(p, q: Question, gens: list[Generation], score: Callable) -> Record:
    """The record of question ``q`` from its K samples (``score``: the pipeline's score(p, q, gen))."""
    shared = SharedExecutor(p.executor)
    ps = dataclasses.replace(p, executor=shared)
    verdicts: dict[tuple, Record] = {}
    recs = []
    for gen in gens:
        key = _sample_key(gen)
        if key not in verdicts:
            verdicts[key] = score(ps, q, gen)
        recs.append(verdicts[key])
    rec = dataclasses.replace(recs[0], extra=dict(recs[0].extra))  # a copy: recs[0] may be another sample's too
    rec.latency_seconds = round(sum(g.latency_s for g in gens), 6)
    rec.tokens_in, rec.tokens_out = sum(g.tokens_in for g in gens), sum(g.tokens_out for g in gens)
    rec.cost_in_cents = sum(0.0 if g.cached else g.cost_cents for g in gens)
    rec.retries = sum(0 if g.cached else g.retries for g in gens)
    rec.cached = int(all(g.cached for g in gens))
    votes = _votes(p, q, gens, recs, shared)
    flags = [bool(r.correct) for r in recs]
    rec.samples = [_sample_entry(g, r, votes[-1], i) for i, (g, r) in enumerate(zip(gens, recs))]
    rec.sample_metrics = question_metrics(flags, {k: v.correct for k, v in zip(sampling.ks_for(len(gens)), votes)},
                                          bool(flags[0]) if gens[0].greedy else None)
    return rec


def _sample_entry(gen: Generation, rec: Record, vote: sampling.Vote, i: int) -> dict:
    group = next((gi for gi, g in enumerate(vote.groups) if i in g), None)
    entry = {"sample": gen.sample, "sql": gen.sql or "", "correct": int(rec.correct), "reason": rec.reason,
             "vote": group, "cached": int(bool(gen.cached))}
    if gen.error:
        entry["error"] = gen.error
    if gen.greedy:
        entry["greedy"] = 1
    return entry


def _votes(p, q: Question, gens: list[Generation], recs: list[Record], shared: SharedExecutor) -> list[sampling.Vote]:
    """maj@k's vote for every k the run reports (module docstring: what makes two samples one answer)."""
    db0 = p.fixtures[q.db].instance_dbs[0]
    opts = {"max_chars": None} if p.args.model == "gold" else {}
    results = []
    for g, r in zip(gens, recs):
        if r.reason == "abstained":
            results.append(_ABSTAINED)
        elif g.error or not (g.sql or "").strip():
            results.append(None)
        else:
            results.append(shared.result(db0, g.sql, **opts))
    keys = [_sample_key(g) for g in gens]
    memo: dict[tuple[int, int], bool] = {}

    def same(i: int, j: int) -> bool:
        if keys[i] == keys[j]:
            return True
        if (results[i] is _ABSTAINED) or (results[j] is _ABSTAINED):
            return results[i] is results[j]
        if (i, j) not in memo:
            try:
                gold = comparator.GoldEvidence(result=results[i], plan=order_plan(gens[i].sql))
                v = comparator.compare([gold], results[j], question_text=q.question, instructions=q.instructions,
                                       category=q.category, order_matters=q.order_matters, rel_tol=p.args.float_tolerance)
                memo[(i, j)] = bool(v.correct and v.exact_match)
            except Exception:  # noqa: BLE001 - results the comparator cannot pair are different answers
                memo[(i, j)] = False
        return memo[(i, j)]

    flags = [bool(r.correct) for r in recs]
    return [sampling.majority_vote(results, flags, same, k) for k in sampling.ks_for(len(gens))]


def question_metrics(flags: list[bool], maj: dict[int, bool], greedy: Optional[bool]) -> dict:
    """``sample_metrics`` of one question: n, n_correct, pass@k, mean@K, maj@k (0/1), greedy (0/1, only
    when sample 0 is greedy)."""
    n, c = len(flags), sum(flags)
    out: dict = {"n": n, "n_correct": c}
    for k in sampling.ks_for(n):
        out[f"pass@{k}"] = float(sampling.pass_at_k(n, c, k))
    out[f"mean@{n}"] = float(sampling.mean_at_k(flags))
    for k in sampling.ks_for(n):
        out[f"maj@{k}"] = int(bool(maj.get(k)))
    if greedy is not None:
        out["greedy"] = int(greedy)
    return out


# ---- reading the metrics back (gate, report) -----------------------------------------------------------
def metric_value(rec, name: str) -> Optional[Fraction]:
    """Question ``rec``'s value of metric ``name`` in [0, 1], exactly: ``correct`` (and the record's other
    0/1 verdicts), pass@k and mean@k (k <= its samples; from its samples' verdicts), maj@k and greedy
    (as recorded); None when the record does not have it."""
    if name in ("correct", "correct_single", "exact_match", "correct_sqleval"):
        v = rec.get(name)
        return None if v in (None, "") else Fraction(int(v))
    if name in partial_run.NAMES:  # --partial-credit
        v = partial_run.question_value(rec, name)
        return None if v is None else Fraction(v)
    samples = rec.get("samples")
    metrics = rec.get("sample_metrics")
    if not isinstance(samples, list) or not isinstance(metrics, dict):
        return None
    head, _, tail = name.partition("@")
    flags = [bool(s.get("correct")) for s in samples]
    if name == "greedy" or head == "maj":
        v = metrics.get(name)
        return None if v is None else Fraction(int(v))
    if not tail.isdigit() or not 1 <= int(tail) <= len(flags):
        return None
    if head == "pass":
        return sampling.pass_at_k(len(flags), sum(flags), int(tail))
    if head == "mean":
        return sampling.mean_at_k(flags, int(tail))
    return None


METRIC_HELP = ("correct, pass@k, mean@k, maj@k or greedy (k: a sample count the run reports, e.g. pass@1, maj@5), "
               "or with --partial-credit runs soft_f1, soft_precision, soft_recall, table_precision, table_recall, "
               "column_precision, column_recall, ves")


def check_metric(name: str, flag: str = "--metric") -> str:
    """``name`` if it names a metric (UsageError naming ``flag`` otherwise); whether a run has it is
    checked on the run."""
    head, at, tail = name.partition("@")
    if name in ("correct", "correct_single", "greedy", *partial_run.NAMES) or (at and head in ("pass", "mean", "maj") and tail.isdigit()
                                                          and int(tail) >= 1):
        return name
    raise UsageError(f"{flag} {name!r}: not a metric; use {METRIC_HELP}")
