"""Gold and predicted result previews side by side, with the rows and cells that differ marked.

The previews are what a record keeps in ``detail`` (the first rows of each side on instance 0,
values as JSON-safe text: docs/FORMATS.md).  The marks are a reading aid over those rows only,
never a verdict (the record's ``reason`` is the comparator's):

- columns are paired by name (exact, then case-insensitive), the rest by position; a predicted
  column paired with no gold column is *extra*, a gold column with no partner *missing*;
- rows are compared as multisets over the paired columns (numbers by value: ``1`` = ``1.0``);
  a row with no equal row on the other side is marked, and within it the cells that differ
  from the row at the same position on the other side (when that row is unmatched too);
- when both sides hold the same rows in another order, a note says so (whether order matters is
  the comparator's business).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from eval.report.html_text import cls_attr, esc

MAX_ROWS_SHOWN = 10  # record["detail"] holds at most 10 rows per side (docs/FORMATS.md)
_MISSING = object()


def _norm(v: Any) -> Any:
    """A cell's comparison key: NULL stays None, a number compares by value, text as text."""
    if v is None:
        return None
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (int, float)):
        return format(float(v), ".9g")
    s = str(v)
    try:
        f = float(s)
    except ValueError:
        return s
    return format(f, ".9g") if s.strip() and f == f else s  # NaN and empty text stay text


def pair_columns(gold_cols: list, pred_cols: list) -> list[Optional[int]]:
    """For each gold column, the index of its predicted partner (None: missing)."""
    out: list[Optional[int]] = [None] * len(gold_cols)
    used: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold_cols):
            if out[gi] is not None:
                continue
            for pi, p in enumerate(pred_cols):
                if pi not in used and (str(p) == str(g) if exact else str(p).lower() == str(g).lower()):
                    out[gi] = pi
                    used.add(pi)
                    break
    free = [pi for pi in range(len(pred_cols)) if pi not in used]
    for gi in range(len(gold_cols)):
        if out[gi] is None and free:
            out[gi] = free.pop(0)
    return out


def _rows(value: Any) -> list[list]:
    rows = list(value) if isinstance(value, (list, tuple)) else []
    return [list(r) if isinstance(r, (list, tuple)) else [r] for r in rows[:MAX_ROWS_SHOWN]]


def diff_results(gold_cols: list, gold_rows: list, pred_cols: list, pred_rows: list) -> dict:
    """The marks: {"pairs", "extra" (pred column indexes), "gold_row_diff", "pred_row_diff" (row
    indexes), "gold_cell_diff", "pred_cell_diff" ((row, column) pairs), "reordered"}."""
    pairs = pair_columns(gold_cols, pred_cols)
    extra = [pi for pi in range(len(pred_cols)) if pi not in pairs]

    def gkey(row: list) -> tuple:
        return tuple(_norm(row[i]) if i < len(row) else _MISSING for i in range(len(pairs)))

    def pkey(row: list) -> tuple:
        return tuple(_norm(row[p]) if p is not None and p < len(row) else _MISSING for p in pairs)

    gk, pk = [gkey(r) for r in gold_rows], [pkey(r) for r in pred_rows]

    def unmatched(keys: list, other: list) -> list[int]:
        left = Counter(other)
        out = []
        for i, k in enumerate(keys):
            if left[k] > 0:
                left[k] -= 1
            else:
                out.append(i)
        return out

    g_diff, p_diff = unmatched(gk, pk), unmatched(pk, gk)
    g_cells, p_cells = set(), set()
    for i in set(g_diff) & set(p_diff):  # the same position unmatched on both sides: mark the cells
        for gi, pi in enumerate(pairs):
            if gk[i][gi] != pk[i][gi]:
                g_cells.add((i, gi))
                if pi is not None:
                    p_cells.add((i, pi))
    reordered = not g_diff and not p_diff and gk != pk
    return {"pairs": pairs, "extra": extra, "gold_row_diff": set(g_diff), "pred_row_diff": set(p_diff),
            "gold_cell_diff": g_cells, "pred_cell_diff": p_cells, "reordered": reordered}


def _value(v: Any) -> str:
    if v is None:
        return '<span class="null">NULL</span>'
    return esc(v)


def _table(caption: str, cols: list, rows: list, row_diff: set, cell_diff: set, col_class: dict, side: str) -> str:
    if not cols and not rows:
        return f'<div class="rs rs-{side}"><h4>{esc(caption)}</h4><p class="null">no result</p></div>'
    parts = [f'<div class="rs rs-{side}"><h4>{esc(caption)} ({len(rows)} row{"s" if len(rows) != 1 else ""} shown)</h4>'
             f'<table class="rtable">']
    if cols:
        parts.append("<thead><tr>" + "".join(
            f"<th{cls_attr(col_class.get(i, ''))}>{esc(c)}</th>"
            for i, c in enumerate(cols)) + "</tr></thead>")
    parts.append("<tbody>")
    for ri, row in enumerate(rows):
        tr = cls_attr("row-diff" if ri in row_diff else "")
        cells = []
        for ci, v in enumerate(row):
            cells.append(f"<td{cls_attr('cell-diff' if (ri, ci) in cell_diff else '', col_class.get(ci, ''))}>{_value(v)}</td>")
        parts.append(f"<tr{tr}>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table></div>")
    return "".join(parts)


def results_side_by_side(detail: dict) -> str:
    """The gold and predicted previews of one record, marked, with a one-line legend."""
    gcols = list(detail.get("gold_columns") or [])
    pcols = list(detail.get("pred_columns") or [])
    grows, prows = _rows(detail.get("gold_rows")), _rows(detail.get("pred_rows"))
    if not (pcols or prows):  # no predicted result (an error, no prediction): nothing to mark
        d = {"pairs": [], "extra": [], "gold_row_diff": set(), "pred_row_diff": set(),
             "gold_cell_diff": set(), "pred_cell_diff": set(), "reordered": False}
    else:
        d = diff_results(gcols, grows, pcols, prows)
    gold_class = {gi: "col-missing" for gi, pi in enumerate(d["pairs"]) if pi is None}
    pred_class = {pi: "col-extra" for pi in d["extra"]}
    out = ['<div class="results">',
           _table("Gold result", gcols, grows, d["gold_row_diff"], d["gold_cell_diff"], gold_class, "gold"),
           _table("Predicted result", pcols, prows, d["pred_row_diff"], d["pred_cell_diff"], pred_class, "pred"),
           "</div>"]
    marks = len(d["gold_row_diff"]) + len(d["pred_row_diff"])
    if pcols or prows:
        words = [f"{len(d['gold_row_diff'])} gold row(s) and {len(d['pred_row_diff'])} predicted row(s) without an "
                 "equal row on the other side"] if marks else ["every row shown has an equal row on the other side"]
        if d["extra"]:
            words.append(f"{len(d['extra'])} extra predicted column(s)")
        if gold_class:
            words.append(f"{len(gold_class)} gold column(s) with no predicted column")
        if d["reordered"]:
            words.append("the same rows in another order")
        out.append(f'<p class="legend">Marked over the first {MAX_ROWS_SHOWN} rows of each side (instance 0): '
                   + "; ".join(esc(w) for w in words) + ". A reading aid; the verdict is the reason above.</p>")
    return "".join(out)
