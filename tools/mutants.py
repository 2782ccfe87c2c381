#!/usr/bin/env python3
"""How discriminating is a benchmark?  Score sqlglot "neighbour" mutants of every gold query.

For each question, the first gold alternative is mutated one edit at a time (the neighbour queries
of test-suite-sql-eval): a comparison operator, an aggregate, ASC/DESC, AND/OR, one WHERE/HAVING
conjunct dropped, a literal, LIMIT n±1, INNER/LEFT JOIN, DISTINCT added/removed.  Every mutant is
then scored as a prediction through the real harness, in one run (``run_eval.py --model replay``),
and the script reports the share rejected on instance 0 alone (``correct_single``, what sql-eval
sees) and on every instance (``correct``), per mutation kind and per category.  Mutants that
survive (accepted under ``correct``) are listed in OUT/survivors.md with an automatic hint
("likely equivalent because …" or "needs review …") computed from the schema's constraints and
from extra queries on every instance.

    python tools/mutants.py --db freight
    python tools/mutants.py --out /tmp/mut --json /tmp/mut/figures.json
    python tools/mutants.py --questions my.jsonl --schemas my_schemas/
    python tools/mutants.py --reviewed tools/mutants_reviewed.jsonl    # the default when that file exists
    python tools/mutants.py --no-reviewed                              # ignore the hand review

Survivors the classifier cannot prove equivalent ("needs review") may be listed in a reviewed file
(JSONL, one object per line: {"qid", "kind", "mutant", "reason"}), the schema authors' hand review made
machine-readable.  A line matches a survivor by question id, mutation kind and the mutant SQL after a
sqlglot round trip (so whitespace/case do not matter); survivors.md prints each survivor's digest
(the first 12 hex digits of sha1(qid + kind + normalised SQL)) to help.  Matched survivors are classified
"equivalent (reviewed): <reason>" and excluded from the figure like the automatic "likely equivalent"
ones; lines that match no needs-review survivor any more are reported as stale.  The figure is printed
three ways: raw, excluding automatic equivalents, excluding automatic + reviewed equivalents.

An unmutated sqlglot round trip of each gold ("identity" control) is scored too: it must be
accepted, else sqlglot's rewriting itself changed the query and that question's mutants are
flagged.  Mutants that are equivalent by construction are not generated (DISTINCT on a one-row
aggregate or on rows already unique by GROUP BY; comparison swaps between two columns in a JOIN's
ON, which only produce cross products).

Why one file of ~1,000 lines (above the 400-line rule of eval/): a developer tool, not part of the
harness, run as a script and read top to bottom — the mutation operators, the equivalence rules,
the scoring through the harness's own pipeline and the report, each a section of its own.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Optional

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlglot  # noqa: E402
from sqlglot import exp  # noqa: E402

from eval.data import dataset  # noqa: E402

D = "postgres"
CMP_OPS = {"=": exp.EQ, "<>": exp.NEQ, "<": exp.LT, "<=": exp.LTE, ">": exp.GT, ">=": exp.GTE}
CMP_NAME = {v: k for k, v in CMP_OPS.items()}
AGGS = {"SUM": exp.Sum, "AVG": exp.Avg, "MIN": exp.Min, "MAX": exp.Max, "COUNT": exp.Count}
AGG_NAME = {v: k for k, v in AGGS.items()}
KINDS = ("cmp_op", "agg", "order_dir", "and_or", "drop_conjunct", "literal", "limit", "join_type", "distinct")


@dataclass
class Mutant:
    qid: str
    kind: str
    desc: str
    sql: str
    k: int = 0
    extra: dict = field(default_factory=dict)  # what the classifier needs (path of the edited node …)


# ------------------------------------------------------------------------------------------------
# mutation generation (sqlglot only)

def _nodes(tree: exp.Expression) -> list[exp.Expression]:
    return list(tree.walk())


def _sql(tree: exp.Expression) -> str:
    return tree.sql(dialect=D)


def _in_join_on(node: exp.Expression) -> bool:
    p = node
    while p.parent is not None:
        if isinstance(p.parent, exp.Join) and p.arg_key == "on":
            return True
        p = p.parent
    return False


def _inside(node: exp.Expression, types) -> bool:
    p = node.parent
    while p is not None:
        if isinstance(p, types):
            return True
        p = p.parent
    return False


def _conjuncts(cond: exp.Expression) -> list[exp.Expression]:
    c = cond.unnest() if isinstance(cond, exp.Paren) else cond
    if isinstance(c, exp.And):
        return _conjuncts(c.this) + _conjuncts(c.expression)
    return [c]


def _and_all(parts: list[exp.Expression]) -> exp.Expression:
    out = parts[0].copy()
    for p in parts[1:]:
        out = exp.And(this=out, expression=p.copy())
    return out


def _shift_date_text(s: str, days: int) -> Optional[str]:
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(.*)$", s)
    if not m:
        return None
    try:
        d = dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=days)
    except ValueError:
        return None
    return d.isoformat() + m.group(2)


def _num_variants(text: str) -> list[str]:
    try:
        v = Decimal(text)
    except InvalidOperation:
        return []
    out = []
    for w in (v + 1, v - 1, v * 2):
        s = str(w)
        if "E" in s or "e" in s:
            s = format(w, "f")
        if "." in text and "." not in s:
            s += ".0"
        out.append(s)
    return out


def _column_of_literal(lit: exp.Literal) -> Optional[str]:
    """The column a string literal is compared with (`col = 'x'`, `col IN ('x', …)`), by name."""
    p = lit.parent
    if isinstance(p, exp.In) and lit.arg_key == "expressions":
        c = p.this
    elif isinstance(p, (exp.EQ, exp.NEQ)):
        c = p.expression if lit.arg_key == "this" else p.this
    else:
        return None
    return c.name if isinstance(c, exp.Column) else None


def _string_pool(golds: list[str]) -> dict[str, list[str]]:
    """Column name -> string literals compared with it anywhere in these golds (most common first)."""
    cnt: dict[str, Counter] = defaultdict(Counter)
    for g in golds:
        try:
            t = sqlglot.parse_one(g, read=D)
        except Exception:  # noqa: BLE001 - sqlglot cannot parse this gold: no mutants of it
            continue
        for lit in t.find_all(exp.Literal):
            if lit.is_string:
                col = _column_of_literal(lit)
                if col:
                    cnt[col][lit.this] += 1
    return {c: [v for v, _ in ctr.most_common()] for c, ctr in cnt.items()}


def _alter_string(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.swapcase() + s[i + 1:]
    return s + "x"


def _top_selects(tree: exp.Expression) -> list[exp.Select]:
    if isinstance(tree, exp.Select):
        return [tree]
    if isinstance(tree, exp.SetOperation):
        return _top_selects(tree.this) + _top_selects(tree.expression)
    if isinstance(tree, exp.Subquery):
        return _top_selects(tree.this)
    return []


def _has_agg(e: exp.Expression) -> bool:
    for a in e.find_all(exp.AggFunc):
        if not _inside(a, exp.Window) and not _inside(a, exp.Subquery):
            return True
    return False


def _unique_by_construction(sel: exp.Select) -> Optional[str]:
    """Why DISTINCT cannot change this SELECT's rows, when that is syntactically certain."""
    group = sel.args.get("group")
    if not group and any(_has_agg(p) for p in sel.expressions) and not any(
            p.find(exp.Window) for p in sel.expressions):
        return "a one-row aggregate"
    if group:
        texts = set()
        for p in sel.expressions:
            texts.add(_sql(p.unalias()))
            if p.alias:
                texts.add(p.alias)
        if all(_sql(g) in texts or (isinstance(g, exp.Column) and g.name in texts) for g in group.expressions):
            return "rows unique by GROUP BY"
    return None


def mutate(sql: str, pool: dict[str, list[str]]) -> tuple[list[tuple[str, str, exp.Expression, dict]], list[str]]:
    """[(kind, description, mutated tree, info)], [skipped-by-construction notes]."""
    base = sqlglot.parse_one(sql, read=D)
    n_nodes = len(_nodes(base))
    out: list[tuple[str, str, exp.Expression, dict]] = []
    skipped: list[str] = []

    def edit(i: int, fn: Callable[[exp.Expression, exp.Expression], Optional[exp.Expression]]):
        t = base.copy()
        nodes = _nodes(t)
        assert len(nodes) == n_nodes
        node = nodes[i]
        r = fn(t, node)
        return t if r is None else r

    for i, node in enumerate(_nodes(base)):
        # --- comparison operators
        if type(node) in CMP_NAME:
            both_cols = isinstance(node.this, exp.Column) and isinstance(node.expression, exp.Column)
            if both_cols and _in_join_on(node):
                skipped.append("cmp_op on a join key")
            else:
                for name, cls in CMP_OPS.items():
                    if cls is type(node):
                        continue

                    def f(t, n, cls=cls):
                        n.replace(cls(this=n.this, expression=n.expression))
                    out.append(("cmp_op", f"{CMP_NAME[type(node)]} -> {name}", edit(i, f), {"node": i}))
        # --- aggregates
        if type(node) in AGG_NAME:
            star = isinstance(node.this, exp.Star)
            for name, cls in AGGS.items():
                if cls is type(node) or (star and cls is not exp.Count):
                    continue

                def f(t, n, cls=cls):
                    n.replace(cls(this=n.this))
                out.append(("agg", f"{AGG_NAME[type(node)]} -> {name}", edit(i, f), {"node": i}))
        # --- ORDER BY direction
        if isinstance(node, exp.Ordered):
            desc = bool(node.args.get("desc"))

            def f(t, n):
                d = not bool(n.args.get("desc"))
                n.set("desc", d)
                n.set("nulls_first", d)  # PostgreSQL's default NULL placement for the new direction
            where = "window" if _inside(node, exp.Window) else ("top" if node.parent is base.args.get("order") else "sub")
            out.append(("order_dir", f"{_sql(node.this)} {'DESC -> ASC' if desc else 'ASC -> DESC'} ({where} ORDER BY)",
                        edit(i, f), {"node": i, "where": where}))
        # --- AND <-> OR
        if isinstance(node, (exp.And, exp.Or)):
            new = exp.Or if isinstance(node, exp.And) else exp.And

            def f(t, n, new=new):
                r = new(this=n.this, expression=n.expression)
                n.replace(exp.Paren(this=r) if isinstance(n.parent, (exp.Connector, exp.Not)) else r)
            out.append(("and_or", f"{'AND -> OR' if new is exp.Or else 'OR -> AND'} in {_sql(node)[:60]}", edit(i, f), {"node": i}))
        # --- drop a WHERE / HAVING conjunct
        if isinstance(node, (exp.Where, exp.Having)) and not isinstance(node.parent, exp.Filter):
            parts = _conjuncts(node.this)
            for j, part in enumerate(parts):
                def f(t, n, j=j):
                    ps = _conjuncts(n.this)
                    rest = ps[:j] + ps[j + 1:]
                    if rest:
                        n.set("this", _and_all(rest))
                    else:
                        n.pop()
                out.append(("drop_conjunct", f"drop {node.key.upper()} {_sql(part)[:80]}", edit(i, f),
                            {"node": i, "clause": node.key, "j": j, "dropped": _sql(part)}))
        # --- literals
        if isinstance(node, exp.Literal) and not isinstance(node.parent, (exp.Limit, exp.Offset, exp.Fetch)):
            if isinstance(node.parent, exp.Select) and node.arg_key == "expressions" and isinstance(
                    node.parent.parent, (exp.Exists, exp.Subquery)) and node.find_ancestor(exp.Exists):
                skipped.append("literal in SELECT of EXISTS")
                continue
            if node.is_string:
                cast = node.parent if isinstance(node.parent, exp.Cast) else None
                if cast is not None and cast.to.this in (exp.DataType.Type.DATE, exp.DataType.Type.TIMESTAMP,
                                                         exp.DataType.Type.TIMESTAMPTZ):
                    variants = [(s, f"date {node.this} -> {s}") for s in
                                filter(None, (_shift_date_text(node.this, 1), _shift_date_text(node.this, -1)))]
                elif _shift_date_text(node.this, 1) and re.match(r"^\d{4}-\d{2}-\d{2}", node.this):
                    variants = [(s, f"date {node.this} -> {s}") for s in
                                filter(None, (_shift_date_text(node.this, 1), _shift_date_text(node.this, -1)))]
                else:
                    col = _column_of_literal(node)
                    others = [v for v in pool.get(col, []) if v != node.this][:2] if col else []
                    if others:
                        variants = [(v, f"{col}: '{node.this}' -> '{v}' (seen)") for v in others]
                    else:
                        v = _alter_string(node.this)
                        variants = [(v, f"'{node.this}' -> '{v}' (altered)")]
                for v, d in variants:
                    def f(t, n, v=v):
                        n.replace(exp.Literal.string(v))
                    out.append(("literal", d, edit(i, f), {"node": i}))
            else:
                for v in _num_variants(node.this):
                    def f(t, n, v=v):
                        n.replace(exp.Literal.number(v))
                    out.append(("literal", f"{node.this} -> {v}", edit(i, f), {"node": i}))
        # --- LIMIT n±1
        if isinstance(node, exp.Limit) and isinstance(node.expression, exp.Literal) and node.expression.is_int:
            n0 = int(node.expression.this)
            for v in (n0 + 1, n0 - 1):
                if v < 1:
                    continue

                def f(t, n, v=v):
                    n.set("expression", exp.Literal.number(v))
                out.append(("limit", f"LIMIT {n0} -> {v}", edit(i, f), {"node": i, "n": n0, "new": v}))
        # --- INNER <-> LEFT JOIN
        if isinstance(node, exp.Join) and node.args.get("on") is not None:
            side = (node.args.get("side") or "").upper()
            kind = (node.args.get("kind") or "").upper()
            if not side and kind in ("", "INNER"):
                def f(t, n):
                    n.set("kind", None)
                    n.set("side", "LEFT")
                out.append(("join_type", f"JOIN {_sql(node.this)} INNER -> LEFT", edit(i, f), {"node": i, "to": "LEFT"}))
            elif side == "LEFT":
                def f(t, n):
                    n.set("side", None)
                    n.set("kind", None)
                out.append(("join_type", f"JOIN {_sql(node.this)} LEFT -> INNER", edit(i, f), {"node": i, "to": "INNER"}))
    # --- DISTINCT on the outermost SELECT(s)
    for sel in _top_selects(base):
        i = next(k for k, x in enumerate(_nodes(base)) if x is sel)
        if sel.args.get("distinct"):
            def f(t, n):
                n.set("distinct", None)
            out.append(("distinct", "remove DISTINCT", edit(i, f), {"node": i, "to": "remove"}))
        else:
            why = _unique_by_construction(sel)
            if why:
                skipped.append(f"add DISTINCT ({why})")
                continue

            def f(t, n):
                n.set("distinct", exp.Distinct())
            out.append(("distinct", "add DISTINCT", edit(i, f), {"node": i, "to": "add"}))
    return out, skipped


# ------------------------------------------------------------------------------------------------
# questions

def _raw_gold(q) -> list[str]:
    """The gold cell as the questions file wrote it, so the harness expands it the same way."""
    if q.source_file.endswith(".jsonl"):
        lines = Path(q.source_file).read_text(encoding="utf-8-sig").splitlines()
        g = json.loads(lines[q.source_row - 1])["gold"]
        return g if isinstance(g, list) else [g]
    return dataset.split_alternatives(q.gold_raw)


def _norm(sql: str) -> str:
    try:
        return sqlglot.parse_one(sql, read=D).sql(dialect=D)
    except Exception:  # noqa: BLE001 - unparseable text is compared as written
        return sql.strip()


def _schema_dbs(schemas: Path) -> set[str]:
    return {p.name for p in schemas.iterdir() if p.is_dir() and not p.name.startswith((".", "_")) and any(p.glob("*.sql"))}


# ------------------------------------------------------------------------------------------------
# the harness run

def run_harness(args, qrecs: list[dict], preds: list[dict], work: Path, tag: str) -> tuple[Path, set[str]]:
    """Score in one run; when golds fail (a schema still in progress) drop those questions and retry.
    Returns (run folder, ids of original questions dropped because their gold fails)."""
    bad_orig: set[str] = set()
    for attempt in range(6):
        keep_q = [r for r in qrecs if r["extra_orig_id"] not in bad_orig]
        keep_ids = {r["id"] for r in keep_q}
        qf, pf = work / f"questions-{tag}-{attempt}.jsonl", work / f"predictions-{tag}-{attempt}.jsonl"
        qf.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in keep_q), encoding="utf-8")
        pf.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds if p["question_id"] in keep_ids),
                      encoding="utf-8")
        n = 0
        while (work / f"run-{tag}-{n}").exists():  # never reuse (the harness would refuse) nor read a stale run
            n += 1
        out = work / f"run-{tag}-{n}"
        cmd = [sys.executable, str(REPO / "run_eval.py"), "--model", "replay", "--predictions", str(pf), "--questions",
               str(qf), "--schemas", str(args.schemas), "--no-progress", "-q", "-o", str(out)]
        for flag in ("dsn", "pg_data", "workers", "timeout"):
            v = getattr(args, flag)
            if v is not None:
                cmd += ["--" + flag.replace("_", "-"), str(v)]
        t0 = time.monotonic()
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=str(REPO))
        if r.returncode == 0 or (r.returncode == 1 and (out / "results.jsonl").exists()):
            if r.returncode != 0:
                print(f"warning: run_eval.py exited {r.returncode}: {r.stderr.strip()[-500:]}", file=sys.stderr)
            print(f"harness: {len(keep_q)} predictions scored in {time.monotonic() - t0:.1f} s ({out})", file=sys.stderr)
            return out, bad_orig
        ids = set(re.findall(r"\(id ([^)]+)\): gold query", r.stderr))
        new = {next(x["extra_orig_id"] for x in keep_q if x["id"] == i) for i in ids if i in keep_ids}
        if not new:
            raise SystemExit(f"run_eval.py failed (exit {r.returncode}):\n{r.stderr.strip()[-3000:]}")
        print(f"note: gold fails for {len(new)} question(s) ({', '.join(sorted(new)[:5])}…); retrying without them",
              file=sys.stderr)
        bad_orig |= new
    raise SystemExit("run_eval.py kept failing on gold queries")


def read_results(out: Path) -> dict[str, dict]:
    res = {}
    with open(out / "results.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                res[r["question_id"]] = r
    return res


# ------------------------------------------------------------------------------------------------
# classification of survivors (extra queries on every instance, with the harness's own modules)

class Classifier:
    def __init__(self, args, dbs: set[str]):
        from eval.db import fixtures  # noqa: PLC0415
        from eval.db.executor import Executor  # noqa: PLC0415
        from eval.db.pgserver import open_server  # noqa: PLC0415

        self.server = open_server(args.dsn, args.pg_data)
        fx_all = fixtures.discover(Path(args.schemas), needed=dbs)
        self.instances: dict[str, list[str]] = {}
        for name in sorted(dbs):
            fixtures.ensure_loaded(self.server, fx_all[name])
            self.instances[name] = list(fx_all[name].instance_dbs)
        self.ex = Executor(self.server, timeout_s=args.timeout or 10.0)
        self._meta: dict[str, dict] = {}

    def close(self):
        self.ex.close()
        self.server.stop()

    def run(self, db: str, sql: str):
        """[rows per instance] or None when any execution fails."""
        out = []
        for inst in self.instances[db]:
            o = self.ex.execute(inst, sql)
            if not o.ok:
                return None
            out.append(o.result.rows)
        return out

    def meta(self, db: str) -> dict:
        """NOT NULL columns, single-column keys and foreign keys of the instance-0 database."""
        if db in self._meta:
            return self._meta[db]
        inst = self.instances[db][0]
        nn = self.ex.execute(inst, "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                   "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND a.attnum > 0 "
                                   "AND a.attnotnull AND n.nspname NOT IN ('pg_catalog', 'information_schema')")
        keys = self.ex.execute(inst, "SELECT c.relname, a.attname, k.contype FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                                     "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1] "
                                     "WHERE k.contype IN ('p', 'u', 'f') AND array_length(k.conkey, 1) = 1")
        m = {"notnull": set(), "unique": set(), "fk": set()}
        if nn.ok:
            m["notnull"] = {(r[0], r[1]) for r in nn.result.rows}
        if keys.ok:
            for t, c, ty in keys.result.rows:
                (m["fk"] if ty == "f" else m["unique"]).add((t, c))
        self._meta[db] = m
        return m


def _alias_map(sel: exp.Select) -> dict[str, str]:
    m = {}
    for t in sel.find_all(exp.Table):
        m[t.alias_or_name] = t.name
    return m


def _col_table(col: exp.Column, amap: dict[str, str]) -> Optional[str]:
    if col.table:
        return amap.get(col.table)
    tables = set(amap.values())
    return next(iter(tables)) if len(tables) == 1 else None


def _null_rejects(cond: Optional[exp.Expression], alias: str) -> bool:
    """A top-level WHERE conjunct that is false/unknown when ``alias``'s columns are NULL."""
    if cond is None:
        return False
    for c in _conjuncts(cond):
        if isinstance(c, (exp.Is, exp.Not)) or c.find(exp.Coalesce) or c.find(exp.Or):
            continue
        if any(col.table == alias for col in c.find_all(exp.Column)):
            return True
    return False


def _to_one_join(join: exp.Join, meta: dict, amap: dict[str, str]) -> Optional[tuple[str, str]]:
    """(child_col_table, child_col) when ``join`` matches the joined table on its single-column key."""
    on = join.args.get("on")
    if not isinstance(on, exp.EQ) or not all(isinstance(x, exp.Column) for x in (on.this, on.expression)):
        return None
    alias = join.this.alias_or_name
    for mine, other in ((on.this, on.expression), (on.expression, on.this)):
        if mine.table == alias and (amap.get(alias), mine.name) in meta["unique"]:
            return (_col_table(other, amap), other.name)
    return None


def classify(cl: Classifier, q, m: Mutant, gold_sql: str, res: dict) -> str:
    db = q.db
    try:
        g = sqlglot.parse_one(gold_sql, read=D)
    except Exception:  # noqa: BLE001 - unparseable gold: the classifier cannot decide
        return "needs review"
    nodes = _nodes(g)
    node = nodes[m.extra["node"]] if "node" in m.extra and m.extra["node"] < len(nodes) else None
    meta = cl.meta(db)
    n_inst = len(cl.instances[db])
    try:
        gold_rows = cl.run(db, gold_sql)
        mut_rows = cl.run(db, m.sql)
    except Exception:  # noqa: BLE001 - either query failing in any way: no row evidence
        gold_rows = mut_rows = None
    same = gold_rows is not None and mut_rows is not None and all(
        Counter(map(repr, a)) == Counter(map(repr, b)) for a, b in zip(gold_rows, mut_rows))
    evidence = (f"same rows on all {n_inst} instances" if same else
                f"rows differ but the comparator accepts them ({res.get('reason')}{': ' + res['note'] if res.get('note') else ''})")

    if m.kind == "order_dir":
        from eval.scoring.comparator import order_required  # noqa: PLC0415

        top_ordered = g.args.get("order") is not None
        if m.extra.get("where") == "top" and not order_required(q.question, q.category, q.order_matters, top_ordered) \
                and g.args.get("limit") is None:
            return "likely equivalent because order is not scored for this question and there is no LIMIT"
        if m.extra.get("where") == "top" and g.args.get("order") is not None:
            keys = g.args["order"].expressions
            idx = next((k for k, o in enumerate(keys) if o is node), None)
            if idx is not None and idx > 0:
                return (f"needs review ({evidence}): tie-breaker key {idx + 1} never decides the order or the cut "
                        "on any instance — add rows tied on the earlier keys")
        return f"needs review ({evidence})"

    if m.kind == "limit" and gold_rows is not None:
        unl = g.copy()
        unl.set("limit", None)
        full = cl.run(db, _sql(unl))
        if full is not None:
            n = m.extra["n"]
            if all(len(r) <= min(n, m.extra["new"]) for r in full):
                return f"likely equivalent because the unlimited result has at most {min(n, m.extra['new'])} rows on every instance"
            if m.extra["new"] > n and all(len(r) <= n for r in full):
                return f"likely equivalent because the unlimited result has at most {n} rows on every instance (LIMIT {n} cuts nothing)"
        return f"needs review ({evidence})"

    if m.kind == "distinct" and isinstance(node, exp.Select):
        amap = _alias_map(node)
        joins = node.args.get("joins") or []
        base = node.args.get("from_") or node.args.get("from")
        base_t = base.this if base is not None else None
        to_one = all(_to_one_join(j, meta, amap) for j in joins)
        uniq_cols = [p for p in node.expressions if isinstance(p.unalias(), exp.Column)
                     and (_col_table(p.unalias(), amap), p.unalias().name) in meta["unique"]]
        if uniq_cols and to_one and isinstance(base_t, exp.Table):
            u = uniq_cols[0].unalias()
            if _col_table(u, amap) == base_t.name:
                return (f"likely equivalent because the rows are already unique: {u.sql(dialect=D)} is a key and every "
                        "join is to-one")
        group = node.args.get("group")
        if group and m.extra.get("to") == "add":
            keyed = [g_ for g_ in group.expressions if isinstance(g_, exp.Column)
                     and (_col_table(g_, amap), g_.name) in meta["unique"]]
            if keyed:
                return (f"likely equivalent because GROUP BY includes the key {keyed[0].sql(dialect=D)}: DISTINCT only "
                        "merges two groups whose selected values and aggregates are all equal")
        if m.extra.get("to") == "remove":
            return f"needs review ({evidence}): no duplicate rows arise on any instance — add data where the joins duplicate a row"
        return f"needs review ({evidence}): the result has no duplicate rows on any instance"

    if m.kind == "join_type" and isinstance(node, exp.Join):
        sel = node.parent if isinstance(node.parent, exp.Select) else None
        amap = _alias_map(sel) if sel else {}
        alias = node.this.alias_or_name
        where = sel.args.get("where").this if sel is not None and sel.args.get("where") is not None else None
        if _null_rejects(where, alias):
            return f"likely equivalent because the WHERE clause rejects NULL-extended rows of {alias}"
        fk = _to_one_join(node, meta, amap)
        if m.extra.get("to") == "LEFT" and fk and fk[0] and (fk[0], fk[1]) in meta["notnull"] and (fk[0], fk[1]) in meta["fk"]:
            return (f"likely equivalent because {fk[0]}.{fk[1]} is NOT NULL with a foreign key to {amap.get(alias)}: "
                    "every row finds its match")
        if m.extra.get("to") == "LEFT" and fk and fk[0] and (fk[0], fk[1]) in meta["notnull"]:
            return f"needs review ({evidence}): {fk[0]}.{fk[1]} is NOT NULL (no FK constraint) and always matches"
        return f"needs review ({evidence})"

    if m.kind == "drop_conjunct" and node is not None:
        dropped = sqlglot.parse_one(m.extra["dropped"], read=D)
        if isinstance(dropped, exp.Not) and isinstance(dropped.this, exp.Is) and isinstance(dropped.this.this, exp.Column):
            sel = node.parent
            amap = _alias_map(sel) if isinstance(sel, exp.Select) else {}
            c = dropped.this.this
            if (_col_table(c, amap), c.name) in meta["notnull"]:
                return f"likely equivalent because {c.sql(dialect=D)} is NOT NULL in the schema"
            if isinstance(sel, exp.Select) and all(
                    isinstance(p.unalias(), (exp.Sum, exp.Avg, exp.Min, exp.Max)) or not p.find(c.__class__)
                    or isinstance(p.unalias(), exp.Column) for p in sel.expressions) and _sql(c) in {
                    _sql(a.this) for a in sel.find_all(exp.Sum, exp.Avg, exp.Min, exp.Max)}:
                return f"likely equivalent because the aggregates ignore NULLs in {c.sql(dialect=D)} (unless a group has only NULLs)"
        if node.key == "where" and isinstance(node.parent, exp.Select):
            probe = node.parent.copy()
            rest = _conjuncts(probe.args["where"].this)
            j = m.extra["j"]
            others = rest[:j] + rest[j + 1:]
            cond = exp.Is(this=exp.Paren(this=rest[j].copy()), expression=exp.Not(this=exp.true()))
            probe.set("where", exp.Where(this=_and_all(others + [cond]) if others else cond))
            for k in ("group", "having", "order", "limit", "offset", "distinct", "qualify"):
                probe.set(k, None)
            probe.set("expressions", [exp.Count(this=exp.Star())])
            cnt = cl.run(db, _sql(probe))
            if True:
                if cnt is not None and all(r and r[0][0] == 0 for r in cnt):
                    return (f"needs review ({evidence}): no row on any instance satisfies the other conditions while "
                            f"failing `{m.extra['dropped'][:80]}` — implied by them on this data (add a row that breaks it, "
                            "or it is implied by a CHECK/domain rule)")
                if cnt is not None:
                    return (f"needs review ({evidence}): rows failing only `{m.extra['dropped'][:60]}` exist but do not "
                            "change the answer")
        return f"needs review ({evidence})"

    if m.kind == "literal" and node is not None and isinstance(node.parent, exp.ILike) and "altered" in m.desc:
        return "likely equivalent because ILIKE ignores the case change"
    probe = _where_probe(cl, db, g, node, m)
    if probe:
        return f"needs review ({evidence}): {probe}"
    return f"needs review ({evidence})"


def _where_probe(cl: Classifier, db: str, g: exp.Expression, node: Optional[exp.Expression], m: Mutant) -> Optional[str]:
    """When the edit is inside a WHERE (or is a WHERE conjunct drop): count, on every instance, the rows of
    that SELECT's FROM/JOINs on which the gold's and the mutant's WHERE disagree."""
    if node is None:
        return None
    if isinstance(node, exp.Where):
        w = node
    else:
        w = node.find_ancestor(exp.Where, exp.Having, exp.Join, exp.Select)
        if not isinstance(w, exp.Where) or isinstance(w.parent, exp.Filter):
            return None
    sel = w.parent
    if not isinstance(sel, exp.Select):
        return None
    gnodes = _nodes(g)
    si = next(k for k, x in enumerate(gnodes) if x is sel)
    mt = sqlglot.parse_one(m.sql, read=D)
    mnodes = _nodes(mt)
    if si >= len(mnodes) or not isinstance(mnodes[si], exp.Select):
        return None
    mw = mnodes[si].args.get("where")
    orig = exp.Coalesce(this=exp.Paren(this=w.this.copy()), expressions=[exp.false()])
    mut = exp.Coalesce(this=exp.Paren(this=mw.this.copy()) if mw is not None else exp.true(), expressions=[exp.false()])
    probe = sel.copy()
    probe.set("where", exp.Where(this=exp.NEQ(this=orig, expression=mut)))
    for k in ("group", "having", "order", "limit", "offset", "distinct", "qualify"):
        probe.set(k, None)
    probe.set("expressions", [exp.Count(this=exp.Star())])
    cnt = cl.run(db, _sql(probe))
    if cnt is None:
        return None
    counts = [r[0][0] if r else 0 for r in cnt]
    if not any(counts):
        return ("DATA GAP: the gold's and the mutant's WHERE keep exactly the same rows on every instance — "
                "add a row on which they differ (e.g. on the boundary)")
    return (f"the WHERE keeps different rows (per instance: {counts}) yet the answer is unchanged "
            "(aggregated/joined away, or the other conditions make it irrelevant)")


# ------------------------------------------------------------------------------------------------
# hand-reviewed equivalents

DEFAULT_REVIEWED = REPO / "tools" / "mutants_reviewed.jsonl"


def mutant_key(qid: str, kind: str, sql: str) -> tuple[str, str, str]:
    """How a reviewed line identifies a mutant: question id, kind, sqlglot-normalised SQL."""
    return (qid, kind, _norm(sql))


def mutant_digest(qid: str, kind: str, sql: str) -> str:
    return hashlib.sha1("\x1f".join(mutant_key(qid, kind, sql)).encode("utf-8")).hexdigest()[:12]


def load_reviewed(path: Path) -> list[dict]:
    """The reviewed file's entries; a malformed line is an error (the file must stay honest)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as ex:
            raise SystemExit(f"{path}:{n}: not JSON: {ex}")
        miss = [k for k in ("qid", "kind", "mutant", "reason") if not str(e.get(k) or "").strip()]
        if miss:
            raise SystemExit(f"{path}:{n}: missing {', '.join(miss)}")
        e["_line"] = n
        e["_key"] = mutant_key(e["qid"], e["kind"], e["mutant"])
        out.append(e)
    return out


def apply_reviewed(survivors: list[dict], entries: list[dict], selected_qids: set[str]) -> list[dict]:
    """Mark survivors listed in the reviewed file; return the stale entries (matching no needs-review
    survivor of the questions this run scored)."""
    by_key: dict[tuple, dict] = {}
    for e in entries:
        by_key.setdefault(e["_key"], e)
    used: set[int] = set()
    auto_keys = set()
    for r in survivors:
        k = mutant_key(r["qid"], r["kind"], r["sql"])
        e = by_key.get(k)
        if e is None:
            continue
        if r["equivalent"]:  # the classifier already excludes it: the line is redundant, not applied
            auto_keys.add(k)
            continue
        r["why"] = f"equivalent (reviewed): {e['reason']}"
        r["reviewed"] = True
        used.add(id(e))
    stale = []
    for e in entries:
        if id(e) in used or e["qid"] not in selected_qids:
            continue
        stale.append({"line": e["_line"], "qid": e["qid"], "kind": e["kind"], "mutant": e["mutant"],
                      "digest": mutant_digest(e["qid"], e["kind"], e["mutant"]),
                      "why_stale": "now classified likely equivalent automatically" if e["_key"] in auto_keys
                      else ("duplicate line" if by_key.get(e["_key"]) is not e else "matches no survivor")})
    return stale


# ------------------------------------------------------------------------------------------------
# figures

def _pct(a: int, n: int) -> Optional[float]:
    return round(100.0 * a / n, 2) if n else None


def _group(rows: list[dict], key: str) -> dict[str, dict]:
    out = {}
    for k in sorted({r[key] for r in rows}):
        rs = [r for r in rows if r[key] == k]
        scored = [r for r in rs if not r["error"]]
        rej_s = sum(1 for r in scored if not r["correct_single"])
        rej_a = sum(1 for r in scored if not r["correct"])
        out[k] = {"mutants": len(rs), "exec_errors": len(rs) - len(scored), "scored": len(scored),
                  "rejected_single": rej_s, "pct_rejected_single": _pct(rej_s, len(scored)),
                  "rejected_all": rej_a, "pct_rejected_all": _pct(rej_a, len(scored)),
                  "survivors": len(scored) - rej_a,
                  "survivors_likely_equivalent": sum(1 for r in scored if r["correct"] and r.get("equivalent")),
                  "survivors_reviewed_equivalent": sum(1 for r in scored if r["correct"] and r.get("reviewed"))}
        v = out[k]
        v["pct_rejected_all_excl_equivalent"] = _pct(rej_a, len(scored) - v["survivors_likely_equivalent"])
        v["pct_rejected_all_excl_all_equivalent"] = _pct(rej_a, len(scored) - v["survivors_likely_equivalent"]
                                                         - v["survivors_reviewed_equivalent"])
        v["survivors_real"] = v["survivors"] - v["survivors_likely_equivalent"] - v["survivors_reviewed_equivalent"]
    return out


def _table(title: str, g: dict[str, dict]) -> str:
    lines = [f"\n{title}", f"{'':<18} {'mutants':>7} {'errors':>6} {'scored':>6} {'rej@inst0':>9} {'rej@all':>8} "
                           f"{'surv':>5} {'auto':>5} {'rev':>4} {'real':>4} {'excl.auto':>9} {'excl.all':>8}"]
    for k, v in g.items():
        f = lambda x: "-" if x is None else f"{x:.2f}%"  # noqa: E731
        lines.append(f"{k:<18} {v['mutants']:>7} {v['exec_errors']:>6} {v['scored']:>6} {f(v['pct_rejected_single']):>9} "
                     f"{f(v['pct_rejected_all']):>8} {v['survivors']:>5} {v['survivors_likely_equivalent']:>5} "
                     f"{v['survivors_reviewed_equivalent']:>4} {v['survivors_real']:>4} "
                     f"{f(v['pct_rejected_all_excl_equivalent']):>9} {f(v['pct_rejected_all_excl_all_equivalent']):>8}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", default=str(REPO / "questions"), help="questions file or folder (default: bundled)")
    ap.add_argument("--schemas", default=str(REPO / "schemas"), help="fixture folder (default: bundled)")
    ap.add_argument("--db", action="append", help="only this database (repeatable)")
    ap.add_argument("--kind", action="append", choices=KINDS, help="only this mutation kind (repeatable)")
    ap.add_argument("--out", help="folder for the run, survivors.md and temp files (default: a new temp folder)")
    ap.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    ap.add_argument("--no-classify", action="store_true", help="skip the survivor classification queries")
    ap.add_argument("--reviewed", metavar="FILE", default=None,
                    help="hand-reviewed equivalent survivors, JSONL {qid, kind, mutant, reason} "
                         f"(default: {DEFAULT_REVIEWED.relative_to(REPO)} when present)")
    ap.add_argument("--no-reviewed", action="store_true", help="ignore the reviewed file")
    ap.add_argument("--dsn", default=None)
    ap.add_argument("--pg-data", default=None)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=None, help="statement timeout passed to the harness")
    args = ap.parse_args(argv)
    args.schemas = Path(args.schemas)
    t_start = time.monotonic()
    reviewed_path: Optional[Path] = None
    if not args.no_reviewed:
        if args.reviewed:
            reviewed_path = Path(args.reviewed)
            if not reviewed_path.is_file():
                print(f"error: --reviewed {reviewed_path}: no such file", file=sys.stderr)
                return 2
        elif DEFAULT_REVIEWED.is_file():
            reviewed_path = DEFAULT_REVIEWED
    reviewed_entries = load_reviewed(reviewed_path) if reviewed_path else []

    work = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="mutants-"))
    work.mkdir(parents=True, exist_ok=True)
    questions = dataset.load_questions(Path(args.questions))
    have = _schema_dbs(args.schemas)
    missing_db = sorted({q.db for q in questions} - have)
    if missing_db:
        print(f"note: no schema folder for {', '.join(missing_db)}: their questions are skipped", file=sys.stderr)
    questions = [q for q in questions if q.db in have and (not args.db or q.db in args.db)
                 and q.answerable]  # an unanswerable question has no gold to mutate
    if not questions:
        print("error: no question left", file=sys.stderr)
        return 2

    # --- generate
    pools = {db: _string_pool([g for q in questions if q.db == db for g in q.gold]) for db in {q.db for q in questions}}
    mutants: list[Mutant] = []
    unparsable: list[str] = []
    skipped_by_construction: Counter = Counter()
    for q in questions:
        g0 = q.gold[0]
        try:
            muts, skipped = mutate(g0, pools[q.db])
        except Exception as e:  # noqa: BLE001 - sqlglot cannot parse/handle this gold
            unparsable.append(f"{q.id}: {type(e).__name__}: {str(e).splitlines()[0][:100]}")
            continue
        for s in skipped:
            skipped_by_construction[s.split(" (")[0] if s.startswith("cmp") else s] += 1
        gold_texts = set(q.gold) | {_norm(x) for x in q.gold}
        seen = set()
        k = 0
        mutants.append(Mutant(q.id, "identity", "sqlglot round trip (control)", _norm(g0), 0))
        for kind, desc, tree, info in muts:
            if args.kind and kind not in args.kind:
                continue
            s = _sql(tree)
            if s in seen or s in gold_texts:
                continue
            seen.add(s)
            k += 1
            mutants.append(Mutant(q.id, kind, desc, s, k, info))
    n_real = sum(1 for m in mutants if m.kind != "identity")
    print(f"{len(questions)} questions on {len({q.db for q in questions})} database(s): {n_real} mutants "
          f"(+{len(questions) - len(unparsable)} identity controls)", file=sys.stderr)

    # --- score in one harness run
    qby = {q.id: q for q in questions}
    qrecs, preds = [], []
    for m in mutants:
        q = qby[m.qid]
        mid = f"{q.id}~m{m.k}"
        qrecs.append({"id": mid, "db": q.db, "category": q.category, "question": q.question, "gold": _raw_gold(q),
                      "instructions": q.instructions, "difficulty": q.difficulty, "order_matters": q.order_matters,
                      "extra_orig_id": q.id, "extra_kind": m.kind, "extra_desc": m.desc})
        preds.append({"question_id": mid, "generated_query": m.sql})
    out, bad_gold = run_harness(args, qrecs, preds, work, "mutants")
    res = read_results(out)

    rows = []
    control_fail = []
    for m in mutants:
        r = res.get(f"{m.qid}~m{m.k}")
        if r is None:
            continue
        if m.kind == "identity":
            if not r["correct"]:
                control_fail.append(f"{m.qid}: {r['reason']} {r.get('error_msg', '')[:120]}")
            continue
        q = qby[m.qid]
        rows.append({"qid": m.qid, "db": q.db, "category": q.category, "kind": m.kind, "desc": m.desc, "sql": m.sql,
                     "correct": int(r["correct"]), "correct_single": int(r["correct_single"]), "reason": r["reason"],
                     "error": int(r["error_db_exec"]), "error_msg": r.get("error_msg", ""), "mutant": m, "res": r})

    # --- classify survivors
    survivors = [r for r in rows if r["correct"] and not r["error"]]
    if survivors and not args.no_classify:
        t0 = time.monotonic()
        cl = Classifier(args, {r["db"] for r in survivors})
        try:
            for r in survivors:
                try:
                    r["why"] = classify(cl, qby[r["qid"]], r["mutant"], qby[r["qid"]].gold[0], r["res"])
                except Exception as e:  # noqa: BLE001 - a heuristic failed: say so, never stop the report
                    r["why"] = f"needs review (classifier error: {type(e).__name__}: {e})"
                r["equivalent"] = r["why"].startswith("likely equivalent")
        finally:
            cl.close()
        print(f"classified {len(survivors)} survivors in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    for r in survivors:
        r.setdefault("why", "needs review")
        r.setdefault("equivalent", False)
        r.setdefault("reviewed", False)
    stale: list[dict] = []
    if reviewed_path:
        sel_qids = {m.qid for m in mutants if m.kind != "identity" and m.kind in (args.kind or KINDS)}
        stale = apply_reviewed(survivors, reviewed_entries, sel_qids)

    # --- figures
    scored = [r for r in rows if not r["error"]]
    errors = [r for r in rows if r["error"]]
    n_eq = sum(1 for r in survivors if r["equivalent"])
    n_rev = sum(1 for r in survivors if r["reviewed"])
    real = [r for r in survivors if not r["equivalent"] and not r["reviewed"]]
    rej_a = sum(1 for r in scored if not r["correct"])
    rej_s = sum(1 for r in scored if not r["correct_single"])
    figures = {
        "questions": len(questions) - len({q for q in bad_gold}),
        "databases": sorted({q.db for q in questions}),
        "mutants": len(rows), "by_kind_count": dict(Counter(r["kind"] for r in rows)),
        "exec_errors": len(errors), "exec_error_reasons": dict(Counter(r["reason"] for r in errors)),
        "scored": len(scored),
        "rejected_single": rej_s, "pct_rejected_single": _pct(rej_s, len(scored)),
        "rejected_all": rej_a, "pct_rejected_all": _pct(rej_a, len(scored)),
        "killed_only_by_extra_instances": sum(1 for r in scored if r["correct_single"] and not r["correct"]),
        "survivors": len(survivors), "survivors_likely_equivalent": n_eq,
        "pct_rejected_all_excl_equivalent": _pct(rej_a, len(scored) - n_eq),
        "reviewed_file": str(reviewed_path) if reviewed_path else None,
        "reviewed_entries": len(reviewed_entries), "survivors_reviewed_equivalent": n_rev,
        "reviewed_stale": stale,
        "pct_rejected_all_excl_all_equivalent": _pct(rej_a, len(scored) - n_eq - n_rev),
        "survivors_real": len(real),
        "goal_99_met": (_pct(rej_a, len(scored) - n_eq - n_rev) or 0) >= 99.0,
        "by_kind": _group(rows, "kind"), "by_category": _group(rows, "category"), "by_db": _group(rows, "db"),
        "skipped_by_construction": dict(skipped_by_construction),
        "identity_control_failures": control_fail, "unparsable_golds": unparsable,
        "questions_dropped_gold_fails": sorted(bad_gold),
        "run_folder": str(out), "wall_s": None,
    }

    # --- survivors.md
    lines = [f"# Surviving mutants ({len(survivors)}; {n_eq} classified likely equivalent, {n_rev} equivalent by "
             f"review, {len(real)} needing review / data gaps)\n",
             f"Accepted under `correct` (every instance). Run: `{out}`. Reviewed file: "
             f"`{reviewed_path or 'none'}` ({len(reviewed_entries)} lines, {len(stale)} stale)\n"]
    for r in sorted(survivors, key=lambda r: (r["qid"], r["mutant"].k)):
        q = qby[r["qid"]]
        lines += [f"## {r['qid']}~m{r['mutant'].k} — {r['kind']}: {r['desc']}", "",
                  f"- digest: `{mutant_digest(r['qid'], r['kind'], r['sql'])}`",
                  f"- category: {q.category}; reason: {r['reason']}",
                  f"- **{r['why']}**", "", "gold:", "```sql", q.gold[0], "```", "mutant:", "```sql", r["sql"], "```", ""]
    (work / "survivors.md").write_text("\n".join(lines), encoding="utf-8")
    err_lines = [f"{r['qid']} [{r['kind']}] {r['desc']}: {r['reason']}: {r['error_msg'][:150]}" for r in errors]
    (work / "exec_errors.txt").write_text("\n".join(err_lines) + "\n", encoding="utf-8")

    # --- print
    print(f"\nmutants: {len(rows)} over {figures['questions']} questions "
          f"({', '.join(f'{k} {v}' for k, v in sorted(figures['by_kind_count'].items()))})")
    print(f"execution errors (excluded): {len(errors)} ({', '.join(f'{k} {v}' for k, v in figures['exec_error_reasons'].items()) or 'none'});"
          f" list in {work / 'exec_errors.txt'}")
    print(f"scored: {len(scored)}; rejected on instance 0 (correct_single): {rej_s} ({figures['pct_rejected_single']}%); "
          f"on every instance (correct): {rej_a} ({figures['pct_rejected_all']}%); "
          f"killed only by instances 1..n: {figures['killed_only_by_extra_instances']}")
    print(f"survivors: {len(survivors)} ({n_eq} likely equivalent automatically, {n_rev} equivalent by review, "
          f"{len(real)} left)")
    print(f"rejected under `correct`: raw {rej_a}/{len(scored)} = {figures['pct_rejected_all']}%; "
          f"excluding automatic equivalents {rej_a}/{len(scored) - n_eq} = {figures['pct_rejected_all_excl_equivalent']}%; "
          f"excluding automatic + reviewed equivalents {rej_a}/{len(scored) - n_eq - n_rev} = "
          f"{figures['pct_rejected_all_excl_all_equivalent']}% (goal >= 99%: {'met' if figures['goal_99_met'] else 'NOT met'})")
    if reviewed_path:
        print(f"reviewed file {reviewed_path}: {len(reviewed_entries)} lines, {n_rev} applied, {len(stale)} stale")
        for e in stale:
            print(f"  stale line {e['line']}: {e['qid']} [{e['kind']}] {e['digest']} ({e['why_stale']}): {e['mutant'][:100]}")
    else:
        print("reviewed file: none (reviewed equivalents not excluded)")
    print(_table("by mutation kind", figures["by_kind"]))
    print(_table("by category", figures["by_category"]))
    if len(figures["by_db"]) > 1:
        print(_table("by database", figures["by_db"]))
    if skipped_by_construction:
        print(f"\nnot generated (equivalent by construction): {dict(skipped_by_construction)}")
    if control_fail:
        print(f"\nidentity controls NOT accepted ({len(control_fail)}): sqlglot's round trip changed these golds:")
        for c in control_fail:
            print("  " + c)
    if unparsable:
        print(f"\ngolds sqlglot could not mutate ({len(unparsable)}): " + "; ".join(unparsable))
    if bad_gold:
        print(f"\nquestions dropped because their gold fails to execute: {', '.join(sorted(bad_gold))}")
    print(f"\nsurvivors ({len(survivors)}), written to {work / 'survivors.md'}:")
    for r in sorted(survivors, key=lambda r: (r["qid"], r["mutant"].k)):
        print(f"  {r['qid']}~m{r['mutant'].k} [{r['kind']}] {r['desc'][:70]}\n      -> {r['why']}")
    if real:
        print(f"\nremaining survivors, not shown equivalent ({len(real)}), per database:")
        for db in sorted({r["db"] for r in real}):
            rs = sorted((r for r in real if r["db"] == db), key=lambda r: (r["qid"], r["mutant"].k))
            print(f"  {db} ({len(rs)}): " + ", ".join(f"{r['qid'].removeprefix(db + '-')}~m{r['mutant'].k} [{r['kind']}]"
                                                       for r in rs))
    figures["wall_s"] = round(time.monotonic() - t_start, 1)
    figures["survivor_list"] = [{"id": f"{r['qid']}~m{r['mutant'].k}", "question_id": r["qid"], "kind": r["kind"],
                                 "desc": r["desc"], "gold": qby[r["qid"]].gold[0], "mutant": r["sql"], "why": r["why"],
                                 "digest": mutant_digest(r["qid"], r["kind"], r["sql"]),
                                 "likely_equivalent": r["equivalent"], "reviewed_equivalent": r["reviewed"]}
                                for r in survivors]
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"\ntotal {figures['wall_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
