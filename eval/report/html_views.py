"""The report page's tool parts: the view tabs, the filter bar, the run-vs-run view and the data
its script reads (docs/REPORTS.md "report.html" lists every view, filter and fragment key).

The script (html_assets/report.js) gets its data from one ``data-json`` attribute (built by
:func:`page_data`, escaped as any attribute) and builds the run-vs-run tables with
``createElement``/``textContent``: no run text is ever parsed as HTML.
"""
from __future__ import annotations

from pathlib import Path

from eval.report.html_text import esc, json_attr
from eval.report.runs import NO_VALUE, Run

ASSETS = Path(__file__).with_name("html_assets")

#: (fragment key, label, row field) of the select filters, in the bar's order
FILTERS = (("run", "run", "run"), ("category", "query_category", "category"), ("db", "database", "db"),
           ("split", "split", "split"), ("difficulty", "difficulty", "difficulty"), ("verdict", "verdict", "verdict"),
           ("reason", "reason", "reason"))

VIEWS = (("overview", "Overview"), ("questions", "Questions"), ("compare", "Run vs run"))


def asset(name: str) -> str:
    """The text of a file of html_assets/ (the page's CSS and script, inlined)."""
    return (ASSETS / name).read_text(encoding="utf-8")


def row_fields(run: Run, rec) -> dict:
    """The filterable fields of one (run, question) row, as the table's data-* attributes carry them."""
    return {"run": run.label, "category": rec["query_category"], "db": rec["db_name"],
            "split": rec.get("split") or "classic", "difficulty": rec.get("difficulty") or NO_VALUE,
            "verdict": "correct" if rec["correct"] else "wrong", "reason": rec["reason"]}


def page_data(runs: list[Run]) -> dict:
    """What the script needs besides the table: every question once (id, db, category, split,
    difficulty, text, gold SQL), and per run {question_id: [correct, reason, predicted SQL]}."""
    questions: dict[str, list] = {}
    results = []
    for r in runs:
        per = {}
        for rec in r.records:
            f = row_fields(r, rec)
            questions.setdefault(rec["question_id"], [rec["question_id"], f["db"], f["category"], f["split"],
                                                      f["difficulty"], rec.get("question") or "", rec.get("query") or ""])
            per[rec["question_id"]] = [int(rec["correct"]), rec["reason"], rec.get("generated_query") or ""]
        results.append(per)
    return {"runs": [r.label for r in runs], "questions": list(questions.values()), "results": results}


def data_html(runs: list[Run]) -> str:
    return f'<div id="qdata" hidden data-json="{json_attr(page_data(runs))}"></div>'


def nav_html() -> str:
    links = "".join(f'<a href="#view={key}" data-view="{key}">{esc(label)}</a>' for key, label in VIEWS)
    return (f'<nav id="views">{links}</nav>'
            '<p id="hashnote" class="note" role="status"></p>')


def _select(key: str, label: str, values: list[str], all_label: str = "all") -> str:
    opts = f'<option value="">{esc(all_label)}</option>' + "".join(
        f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return f'<label>{esc(label)} <select id="f-{key}" data-key="{key}">{opts}</select></label>'


def filters_html(rows: list[dict]) -> str:
    """The filter bar, shared by the questions and run-vs-run views."""
    parts = ['<div id="filters">']
    for key, label, field in FILTERS:
        values = sorted({row[field] for row in rows})
        parts.append(_select(key, label, values))
    parts.append('<label>flipped A↔B <select id="f-flipped" data-key="flipped"><option value="">all</option>'
                 '<option value="yes">yes</option><option value="no">no</option></select></label>')
    parts.append('<label>search <input type="search" id="f-q" data-key="q" size="24" '
                 'placeholder="id, question, SQL"></label>')
    parts.append('<button type="button" id="qreset">show all</button></div>')
    return "\n".join(parts)


def compare_html(runs: list[Run]) -> str:
    """The run-vs-run view's frame: run A and run B, the counts, the flips and the unchanged
    questions (the script fills the tables)."""
    labels = [r.label for r in runs]
    if len(labels) < 2:
        return ('<section id="v-compare" data-view="compare"><h2>Run vs run</h2>'
                '<p class="null" id="cmpcount">The run-vs-run view needs two runs in the report '
                '(run_eval.py report RUN_A RUN_B).</p></section>')

    def sel(which: str, default: str) -> str:
        opts = "".join(f'<option value="{esc(v)}"{" selected" if v == default else ""}>{esc(v)}</option>' for v in labels)
        return f'<label>run {which.upper()} <select id="cmp-{which}" data-ab="{which}">{opts}</select></label>'

    return ('<section id="v-compare" data-view="compare"><h2>Run vs run</h2>'
            f'<div id="cmpbar">{sel("a", labels[0])} {sel("b", labels[1])}'
            '<button type="button" id="cmpswap">swap</button></div>'
            '<p id="cmpcount">Needs the page\'s script (JavaScript) to list the questions that flipped.</p>'
            '<h3>Flipped: the verdict differs</h3>'
            '<table id="flips"><thead><tr><th>question_id</th><th>database</th><th>query_category</th>'
            '<th>change</th><th>A: verdict (reason)</th><th>B: verdict (reason)</th>'
            '<th>question, and both predictions</th></tr></thead><tbody></tbody></table>'
            '<details id="cmp-same"><summary>Same verdict in both runs (<span id="samecount">0</span>)</summary>'
            '<table id="same"><thead><tr><th>question_id</th><th>database</th><th>query_category</th>'
            '<th>verdict</th><th>A: reason</th><th>B: reason</th></tr></thead><tbody></tbody></table></details>'
            '<p class="note">Paired by question_id; only questions in both runs are compared. The run and verdict '
            'filters apply to the questions view only; the reason filter keeps a question when either run has that '
            'reason.</p></section>')
