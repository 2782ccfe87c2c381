"""Grouped bar chart of accuracy per category and run, with 95 % Wilson intervals as error bars."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from eval.report.stats import wilson_interval

Series = tuple[str, Sequence[Optional[tuple[int, int]]]]  # (label, [(k, n) or None per group])


def plot_accuracy(groups: Sequence[str], series: Sequence[Series], path: Path,
                  title: str = "Execution accuracy by category (95% Wilson intervals)",
                  confidence: float = 0.95) -> Path:
    """Write a PNG: one group of bars per entry of ``groups``, one bar per run.

    A (k, n) of None (the run has no question in that group) leaves a gap.
    Error bars are asymmetric because Wilson intervals are: at 10/10 the bar
    reaches 100 and the interval only extends downwards.
    """
    import matplotlib  # noqa: PLC0415 - matplotlib only when a report is written

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    n_groups, n_series = len(groups), max(1, len(series))
    width = 0.8 / n_series
    fig_w = min(24.0, max(6.0, 1.0 + n_groups * (0.35 + 0.3 * n_series)))
    fig, ax = plt.subplots(figsize=(fig_w, 4.8), dpi=100)
    try:
        cmap = matplotlib.colormaps["tab10" if n_series <= 10 else "tab20"]
        for j, (label, values) in enumerate(series):
            xs, heights, lo_err, hi_err = [], [], [], []
            for i, kn in enumerate(values):
                if kn is None or kn[1] == 0:
                    continue
                k, n = kn
                lo, hi = wilson_interval(k, n, confidence)
                p = 100.0 * k / n
                xs.append(i - 0.4 + width * (j + 0.5))
                heights.append(p)
                lo_err.append(p - 100.0 * lo)
                hi_err.append(100.0 * hi - p)
            ax.bar(xs, heights, width=width * 0.95, label=label.replace("$", r"\$"), color=cmap(j % cmap.N),
                   yerr=[lo_err, hi_err], capsize=max(1.0, 6.0 / n_series), ecolor="#333333",
                   error_kw={"elinewidth": 1})
        ax.set_xticks(range(n_groups))
        ax.set_xticklabels([g.replace("$", r"\$") for g in groups], rotation=30 if n_groups > 6 else 0, ha="right" if n_groups > 6 else "center")
        ax.set_ylim(0, 105)
        ax.set_ylabel("percent correct")
        ax.set_title(title)
        ax.grid(axis="y", alpha=0.3)
        ax.set_axisbelow(True)
        if series:
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 if n_groups <= 6 else -0.25),
                      ncol=min(len(series), 4), frameon=False)
        fig.tight_layout()
        path = Path(path)
        fig.savefig(path, format="png")
    finally:
        plt.close(fig)
    return path
