"""Paired comparison of two runs on the same questions: McNemar's exact test per scope, and its words."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from eval.errors import UsageError
from eval.percent import fmt_pct, fmt_tenths
from eval.report.stats import mcnemar_exact
from eval.report.runs import NO_VALUE, Run
from eval.report.tables import Section, Table, fmt_p, fmt_points
from eval.run.aggregate import counts, flag


@dataclass
class PairedRow:
    """One scope (overall or a category) of a paired comparison of runs A and B."""

    scope: str
    n: int
    k_a: int
    k_b: int
    b: int  # A right, B wrong
    c: int  # A wrong, B right
    p: float
    test: str = "McNemar"  # the paired test that gave p (eval/report/gate.py: "paired z" for a fractional metric)

    @property
    def diff_points(self) -> Fraction:
        """B minus A, in percentage points (exact)."""
        return Fraction(100 * (self.k_b - self.k_a), self.n)

    def significant(self, alpha: float) -> bool:
        return self.p < alpha


def check_same_questions(a: Run, b: Run) -> None:
    """Refuse to pair runs that did not score the same questions on the same fixtures."""
    for key in ("questions_hash", "fixtures_hash"):
        va, vb = a.summary.get(key), b.summary.get(key)
        if not va or not vb:
            missing = a if not va else b
            raise UsageError(f"{missing.folder / 'summary.json'}: no {key}; cannot check that the runs are comparable")
        if va != vb:
            raise UsageError(f"runs are not comparable: {key} differs ({a.label}: {str(va)[:12]}…, "
                             f"{b.label}: {str(vb)[:12]}…)")
    ia, ib = set(a.by_id()), set(b.by_id())
    if ia != ib:
        only_a, only_b = sorted(ia - ib), sorted(ib - ia)
        parts = [f"{len(only_a)} only in {a.label}" + (f" (e.g. {only_a[0]})" if only_a else ""),
                 f"{len(only_b)} only in {b.label}" + (f" (e.g. {only_b[0]})" if only_b else "")]
        raise UsageError(f"runs are not comparable: question ids differ: {'; '.join(parts)}")


def paired_comparison(a: Run, b: Run, field_name: str = "correct") -> list[PairedRow]:
    """Overall row first, then one row per query_category (sorted), then -- when the questions
    span several splits -- one row per split ("split hard") and per split and category
    ("split hard / ratio"). Questions paired by id."""
    check_same_questions(a, b)
    rb = b.by_id()
    pairs = []  # one per question: its groups and the four flags the table counts
    for rec_a in a.records:
        ya, yb = flag(rec_a, field_name), flag(rb[rec_a["question_id"]], field_name)
        pairs.append({"query_category": rec_a["query_category"] or NO_VALUE, "split": rec_a.get("split") or "classic",
                      "a": ya, "b": yb, "a_only": int(ya and not yb), "b_only": int(yb and not ya)})
    keys = [None, "query_category"]
    if len({x["split"] for x in pairs}) > 1:
        keys += [lambda x: f"split {x['split']}", lambda x: f"split {x['split']} / {x['query_category']}"]
    cells: dict[str, tuple[int, int, int, int, int]] = {}
    for key in keys:
        per = [counts(pairs, key, f) for f in ("a", "b", "a_only", "b_only")]
        for scope, ca in per[0].items():
            cells[scope] = (ca.n, ca.k, per[1][scope].k, per[2][scope].k, per[3][scope].k)  # n, k_a, k_b, b, c
    order = ["overall"] + sorted(s for s in cells if s != "overall" and not s.startswith("split ")) \
        + sorted(s for s in cells if s.startswith("split "))
    return [PairedRow(s, *cells[s], p=mcnemar_exact(cells[s][3], cells[s][4])) for s in order]


def comparison_section(a: Run, b: Run, alpha: float) -> Section:
    rows = paired_comparison(a, b)
    ov = rows[0]
    table = Table(
        ["scope", "n", a.label, b.label, f"{b.label} − {a.label} (points)", "b: A right, B wrong",
         "c: A wrong, B right", "McNemar p", f"significant at {alpha:g}"],
        [[r.scope, str(r.n), fmt_pct(r.k_a, r.n), fmt_pct(r.k_b, r.n), fmt_points(r.diff_points),
          str(r.b), str(r.c), fmt_p(r.p), "yes" if r.significant(alpha) else "no"] for r in rows])
    return Section(f"Paired comparison: {a.label} (A) vs {b.label} (B)", [
        f"{ov.n} questions paired by question_id (same questions_hash and fixtures_hash). "
        f"b counts questions A got right and B got wrong, c the reverse; questions both got right or "
        f"both got wrong say nothing about which model is better. McNemar's exact test: "
        f"p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2); significant when p < alpha = {alpha:g}.",
        table,
        *comparison_words(a.label, b.label, rows, alpha),
    ])


def comparison_words(label_a: str, label_b: str, rows: list[PairedRow], alpha: float) -> list[str]:
    """Plain-language reading of a comparison: the overall verdict, then significant categories."""
    def sentence(r: PairedRow, where: str) -> str:
        d = r.diff_points
        if d == 0:
            head = f"{where}, {label_a} and {label_b} have the same accuracy ({r.k_a}/{r.n})"
        else:
            better, worse = (label_b, label_a) if d > 0 else (label_a, label_b)
            head = (f"{where}, {better} is {fmt_tenths(abs(d))} points better than {worse} "
                    f"({fmt_pct(r.k_a, r.n)} vs {fmt_pct(r.k_b, r.n)})")
        stats = f"b={r.b}, c={r.c}, McNemar p={fmt_p(r.p)}"
        if r.significant(alpha):
            return f"{head}; {stats}: significant at alpha={alpha:g}."
        return (f"{head}; {stats}: not significant at alpha={alpha:g} (a difference of this size "
                f"is plausible by chance on these questions).")

    out = [sentence(rows[0], "Overall")]
    cats = rows[1:]
    sig = [r for r in cats if r.significant(alpha)]
    if sig:
        out.append("Significant per-category differences: " + "; ".join(
            f"{r.scope} ({label_b if r.diff_points > 0 else label_a} better by {fmt_tenths(abs(r.diff_points))} "
            f"points, b={r.b}, c={r.c}, p={fmt_p(r.p)})" for r in sig) + ".")
    elif cats:
        out.append(f"No per-category difference is significant at alpha={alpha:g}.")
    if len(cats) > 1:
        out.append(f"Per-category tests are not corrected for multiple comparisons: each of the {len(cats)} "
                   f"tests has a {alpha:.0%} chance of a false alarm, so about {alpha * len(cats):.2g} "
                   f"significant categories are expected by chance alone between equally good models.")
    return out
