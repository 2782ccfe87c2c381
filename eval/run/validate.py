"""``python run_eval.py validate``: checks a benchmark before anyone scores a model on it.

Exit 0 when clean, 1 with the list of problems, 2 on unusable input.  Checks, for every gold
alternative of every question: it parses with sqlglot (postgres dialect) and executes on every
instance; it returns at least one row on every instance; it returns the same result twice, and on a
copy of the instance whose rows are stored in another physical order; an ``order_by`` gold has a
top-level ORDER BY; an ORDER BY … LIMIT does not cut through ties.  Every documented rule of a
database's ``invariants.sql`` (eval/data/invariants.py) holds on every instance.  Also: no duplicate questions,
and — for the bundled benchmark, or with ``--benchmark-rules`` — the size and balance rules, for
each split on its own (≥ 300 questions, ≥ 60 per category, ≥ 8 databases in ``classic`` and ≥ 6 in
``hard``, no database above 20%).  It reports, per
category, the share of questions whose gold result differs between instances.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlglot
from sqlglot.errors import ParseError

from eval.data import dataset
from eval.data.invariants import FILE_NAME as INVARIANTS_FILE, load_invariants
from eval.db import fixtures
from eval.scoring import comparator
from eval.db.executor import Executor
from eval.run.prepare import server_for
from eval.sqltext.rewrite import has_top_level_order_by, volatile_calls
from eval.types import CATEGORIES, ExecOutcome, Question

MIN_QUESTIONS = 300
MIN_PER_CATEGORY = 60
MIN_DATABASES = {"classic": 8, "hard": 6}  # another split: the hard split's rule
MAX_DB_SHARE = 0.20
TARGET_DIFFERING = 0.80


def _size_rules(split: str, questions: list[Question]) -> list[str]:
    """The bundled benchmark's size and balance rules, applied to each split on its own
    (answerable questions only)."""
    problems = []
    label = f"split {split}: "
    cats = Counter(q.category for q in questions)
    dbs = Counter(q.db for q in questions)
    if len(questions) < MIN_QUESTIONS:
        problems.append(f"{label}{len(questions)} questions; a split needs at least {MIN_QUESTIONS}")
    for c in CATEGORIES:
        if cats.get(c, 0) < MIN_PER_CATEGORY:
            problems.append(f"{label}category {c}: {cats.get(c, 0)} questions; needs at least {MIN_PER_CATEGORY}")
    need = MIN_DATABASES.get(split, MIN_DATABASES["hard"])
    if len(dbs) < need:
        problems.append(f"{label}{len(dbs)} databases; needs at least {need}")
    for d, n in dbs.items():
        if n > MAX_DB_SHARE * len(questions):
            problems.append(f"{label}database {d}: {n} of {len(questions)} questions (> {MAX_DB_SHARE:.0%})")
    return problems


def _same(a, b, q: Question) -> bool:
    """Is result b the same answer as result a (for this question's order rule)?"""
    v = comparator.compare([a], b.result, question_text=q.question, instructions=q.instructions, category=q.category,
                           order_matters=q.order_matters)
    return v.correct and v.exact_match


def _tie_at_cut(ev: comparator.GoldEvidence) -> bool:
    plan = ev.plan
    if plan.limit is None or ev.keyed is None or not plan.n_keys:
        return False
    cut = (plan.offset or 0) + plan.limit
    rows = ev.keyed.rows
    if len(rows) <= cut or cut == 0:
        return False
    k = plan.n_keys
    return tuple(rows[cut - 1][-k:]) == tuple(rows[cut][-k:])


_DIGEST = """
import hashlib, importlib.util, sys
spec = importlib.util.spec_from_file_location("g", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
print([hashlib.sha256(repr(m.generate(s)).encode()).hexdigest() for s in m.SEEDS])
"""


def _generator_determinism(fx: fixtures.Fixture) -> list[str]:
    """A generator must give the same data in every process: iterating a set of strings, for
    instance, follows PYTHONHASHSEED.  Run it in two processes with different hash seeds."""
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    if fx.kind != "generated":
        return []
    outs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        r = subprocess.run([sys.executable, "-c", _DIGEST, str(fx.path / "generate.py")], capture_output=True,
                           text=True, env=env, timeout=600)
        if r.returncode != 0:
            return [f"{fx.path / 'generate.py'}: fails: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}"]
        outs.append(r.stdout.strip())
    if outs[0] != outs[1]:
        return [f"{fx.path / 'generate.py'}: not deterministic across processes (output depends on PYTHONHASHSEED, "
                "e.g. iteration over a set of strings)"]
    return []


def _invariant_problems(ex: Executor, fx: fixtures.Fixture, rules) -> list[str]:
    """Each rule's query on every instance: it must run and return no row."""
    problems = []
    for inv in rules:
        label = f"{fx.path / INVARIANTS_FILE}, line {inv.line} ({inv.rule})"
        for k, db in enumerate(fx.instance_dbs):
            out = ex.execute(db, inv.sql, max_chars=None)
            if not out.ok:
                problems.append(f"{label}: the check fails on instance {k}: {out.error_kind}: {(out.error or '')[:200]}")
            elif out.result.rows:
                first = ", ".join(repr(v) for v in out.result.rows[0])
                problems.append(f"{label}: broken on instance {k} by {len(out.result.rows)} row(s), first ({first})")
    return problems


def _norm_text(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def check(args) -> int:
    from eval.run.golds import GoldStore  # noqa: PLC0415
    from eval.run.prepare import DEFAULT_QUESTIONS, DEFAULT_SCHEMAS  # noqa: PLC0415

    schemas_dir = Path(args.schemas) if args.schemas else DEFAULT_SCHEMAS
    questions_path = Path(args.questions) if args.questions else DEFAULT_QUESTIONS
    bundled = args.schemas is None and args.questions is None
    questions = dataset.filter_questions(dataset.load_questions(questions_path), splits=args.split)
    unused = dataset.unused_fields_warning(questions)
    if unused:
        print(unused, file=sys.stderr)
    fxs = fixtures.discover(schemas_dir, needed={q.db for q in questions} if schemas_dir.is_dir() else None)
    dataset.check_databases(questions, fxs, schemas_dir)
    problems: list[str] = []
    warnings: list[str] = []

    def where(q: Question) -> str:
        return f"{q.id} ({Path(q.source_file).name}, row {q.source_row})"

    # static checks ---------------------------------------------------------------------------
    seen_text: dict[tuple, Question] = {}
    custom = Counter(q.category for q in questions if q.category not in CATEGORIES)
    if custom:  # one line with counts, not one per question
        first = {c: next(q for q in questions if q.category == c) for c in custom}
        warnings.append(f"{sum(custom.values())} question(s) have a category outside {', '.join(CATEGORIES)}: "
                        + ", ".join(f"{c!r} ({n}, e.g. {where(first[c])})" for c, n in custom.most_common())
                        + "; they are scored and reported under their own name")
    for q in questions:
        key = (q.db, _norm_text(q.question))
        if key in seen_text:
            problems.append(f"{where(q)}: duplicate of {seen_text[key].id} (same question text on {q.db})")
        seen_text.setdefault(key, q)
        for g in q.gold:
            try:
                sqlglot.parse_one(g, read="postgres")
            except ParseError as e:
                problems.append(f"{where(q)}: gold does not parse with sqlglot: {str(e).splitlines()[0][:160]}")
            calls = volatile_calls(g)
            if calls:
                warnings.append(f"{where(q)}: gold calls {', '.join(calls)}: its result depends on when it runs; it is "
                                f"re-executed in every run and never cached (docs/SCORING.md, volatile golds)")
            if q.category == "order_by" and not has_top_level_order_by(g):
                problems.append(f"{where(q)}: order_by gold has no top-level ORDER BY: {g[:80]}")

    if bundled or args.benchmark_rules:
        for split in sorted({q.split for q in questions}):
            problems += _size_rules(split, [q for q in questions if q.split == split and q.answerable])

    for name in sorted({q.db for q in questions}):
        problems += _generator_determinism(fxs[name])
    invariants = {name: load_invariants(fxs[name].path) for name in sorted({q.db for q in questions})}

    # execution checks ------------------------------------------------------------------------
    server = server_for(args, lambda m: print(m, file=sys.stderr))
    differing: dict[str, list[bool]] = defaultdict(list)
    try:
        used = {q.db for q in questions}
        fixtures.ensure_all(server, [fxs[n] for n in sorted(used)], lambda m: print(m, file=sys.stderr), workers=args.workers)
        shuffled: dict[str, str] = {}
        if not args.no_shuffle:
            for name in used:
                for db in fxs[name].instance_dbs:
                    shuffled[db] = fixtures.shuffled_copy(server, db)
        ex = Executor(server, timeout_s=args.timeout, row_cap=args.row_cap)
        store = GoldStore(ex, args.row_cap)
        tasks = [(q, g, db) for q in questions for g in q.gold for db in fxs[q.db].instance_dbs]
        workers = args.workers or 2
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda t: store.get(t[2], t[1]), tasks))
        for q in questions:
            first_results = []
            for gi, g in enumerate(q.gold):
                label = f"{where(q)} gold #{gi + 1}" if len(q.gold) > 1 else where(q)
                for k, db in enumerate(fxs[q.db].instance_dbs):
                    ev = store.get(db, g)
                    if isinstance(ev, ExecOutcome):
                        problems.append(f"{label}: fails on instance {k}: {ev.error_kind}: {ev.error[:200]}")
                        continue
                    if not ev.result.rows:
                        problems.append(f"{label}: returns no rows on instance {k}")
                    again = ex.execute(db, g, max_chars=None)
                    if not again.ok or not _same(ev, again, q):
                        problems.append(f"{label}: returns a different result when run again on instance {k}")
                    if db in shuffled:
                        sh = ex.execute(shuffled[db], g, max_chars=None)
                        if not sh.ok or not _same(ev, sh, q):
                            problems.append(f"{label}: result depends on physical row order (instance {k})")
                    if _tie_at_cut(ev):
                        problems.append(f"{label}: ORDER BY … LIMIT {ev.plan.limit} cuts through tied rows on instance {k}")
                    if gi == 0:
                        first_results.append(ev)
            if len(first_results) > 1:
                base = first_results[0]
                differs = any(not _same(base, other, q) for other in first_results[1:])
                differing[q.category].append(differs)
        for name, rules in sorted(invariants.items()):
            problems += _invariant_problems(ex, fxs[name], rules)
        ex.close()
    finally:
        server.stop()

    # report ----------------------------------------------------------------------------------
    print(f"validated {len(questions)} questions on {len({q.db for q in questions})} databases")
    print("| query_category | n | gold differs between instances |")
    print("|---|---:|---:|")
    tot = []
    for c in sorted(differing, key=lambda c: (c not in CATEGORIES, c)):
        v = differing[c]
        tot += v
        print(f"| {c} | {len(v)} | {100 * sum(v) / len(v):.1f}% |")
    if tot:
        print(f"| all | {len(tot)} | {100 * sum(tot) / len(tot):.1f}% |")
        for c, v in differing.items():
            if sum(v) / len(v) < TARGET_DIFFERING:
                warnings.append(f"category {c}: only {100 * sum(v) / len(v):.0f}% of golds differ between instances (aim ≥ {TARGET_DIFFERING:.0%})")
    for w in warnings:
        print(f"warning: {w}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print("OK: no problems")
    return 0
