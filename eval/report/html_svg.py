"""Per-category accuracy bars for several runs as inline SVG, with 95 % Wilson intervals.

The same numbers as report.png (eval/report/plot.py), drawn in the page so they stay sharp, scale
with the window and carry each bar's figures in a tooltip (``<title>``): ``model · where: 7/10 =
70.0 % [39.7, 89.2]``.  A run with no question in a group has no bar there.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eval.percent import fmt_pct
from eval.report.html_text import esc
from eval.report.tables import wilson_pct

#: colour-blind-safe palette (Okabe-Ito), cycled when there are more runs
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

Series = tuple[str, Sequence[Optional[tuple[int, int]]]]


def _f(x: float) -> str:
    return format(x, ".1f")


def category_bars_svg(groups: Sequence[str], series: Sequence[Series], bar_w: int = 20) -> str:
    """One ``<svg>``: a cluster of bars per group (overall first), one bar per run, error bars."""
    n_runs = max(1, len(series))
    gap = 24
    cluster = n_runs * bar_w + gap
    left, top, plot_h, bottom = 44, 14, 240, 80
    legend_h = 18 * len(series)  # one run a line: a long label never runs out of the picture
    longest = max((len(label) for label, _ in series), default=0)
    width = max(left + cluster * len(groups) + 10, left + 24 + 7 * longest)
    height = top + plot_h + bottom + legend_h

    def y(pct: float) -> float:
        return top + plot_h * (1 - pct / 100.0)

    out = [f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="accuracy by category with 95% Wilson intervals">']
    for tick in (0, 25, 50, 75, 100):
        out.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{_f(y(tick))}" y2="{_f(y(tick))}"/>'
                   f'<text class="tick" x="{left - 6}" y="{_f(y(tick) + 4)}" text-anchor="end">{tick}</text>')
    out.append(f'<text class="tick" x="12" y="{top + plot_h / 2}" transform="rotate(-90 12 {top + plot_h / 2})" '
               'text-anchor="middle">% correct</text>')
    for gi, group in enumerate(groups):
        x0 = left + gi * cluster + gap / 2
        for si, (label, values) in enumerate(series):
            kn = values[gi] if gi < len(values) else None
            if kn is None or kn[1] == 0:
                continue
            k, n = kn
            pct = 100.0 * k / n
            lo, hi = wilson_pct(k, n)
            x = x0 + si * bar_w
            colour = PALETTE[si % len(PALETTE)]
            tip = f"{label} · {group}: {k}/{n} = {fmt_pct(k, n)} % [{_f(lo)}, {_f(hi)}]"
            cx = x + bar_w / 2
            out.append(f'<g class="bar" data-run="{esc(label)}" data-group="{esc(group)}"><title>{esc(tip)}</title>'
                       f'<rect x="{_f(x)}" y="{_f(y(pct))}" width="{bar_w - 2}" height="{_f(y(0) - y(pct))}" fill="{colour}"/>'
                       f'<line class="ci" x1="{_f(cx - 1)}" x2="{_f(cx - 1)}" y1="{_f(y(hi))}" y2="{_f(y(lo))}"/>'
                       f'<line class="ci" x1="{_f(cx - 4)}" x2="{_f(cx + 2)}" y1="{_f(y(hi))}" y2="{_f(y(hi))}"/>'
                       f'<line class="ci" x1="{_f(cx - 4)}" x2="{_f(cx + 2)}" y1="{_f(y(lo))}" y2="{_f(y(lo))}"/></g>')
        lx = x0 + n_runs * bar_w / 2
        out.append(f'<text class="glabel" x="{_f(lx)}" y="{top + plot_h + 14}" text-anchor="end" '
                   f'transform="rotate(-35 {_f(lx)} {top + plot_h + 14})">{esc(group)}</text>')
    ly = top + plot_h + bottom
    for si, (label, _) in enumerate(series):
        lx, yy = left, ly + 18 * si
        out.append(f'<rect x="{lx}" y="{yy - 10}" width="12" height="12" fill="{PALETTE[si % len(PALETTE)]}"/>'
                   f'<text class="legend" x="{lx + 16}" y="{yy}">{esc(label)}</text>')
    out.append("</svg>")
    return "".join(out)
