"""One self-contained HTML report: the tables, the plot (base64 PNG) and a filterable per-question table.

No external asset: CSS and JS are inline, the image is a data: URI, so the
file can be mailed or attached to a CI run.  Every text taken from a run is
escaped with :func:`html.escape` (SQL is full of ``<``, ``>`` and ``&``);
the script reads data only from ``data-*`` attributes and ``textContent``,
never builds HTML from it.

The URL fragment pre-sets the filters and opens a drill-down, e.g.
``report.html#category=where&verdict=wrong&open=where-003``; keys are
``run``, ``category``, ``db``, ``verdict``, ``reason``, ``open`` (a
question id: its drill-down opens and scrolls into view) and ``scroll=no``
(open without scrolling: headless Chromium's ``--screenshot`` paints a blank
page once a script has scrolled).  bench/html_screenshot.py uses it to check the page in
headless Chromium.
"""
from __future__ import annotations

import base64
import html
from typing import Any, Optional

from eval.report.runs import Run
from eval.report.tables import Section, Table

MAX_ROWS_SHOWN = 10  # record["detail"] holds at most 10 rows per side (docs/FORMATS.md)

FILTERS = (("run", "run"), ("category", "query_category"), ("db", "database"), ("verdict", "verdict"),
           ("reason", "reason"))

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem auto;max-width:1300px;
 padding:0 1rem;color:#1d1d1f;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
p.note{color:#555;font-size:.9rem;margin-top:-.5rem}
img.plot{max-width:100%;border:1px solid #eee}
#filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:.5rem 0}
#filters label{font-size:.9rem}
#qtable{width:100%}#qtable td.q{width:55%}#qtable>tbody>tr>td:not(.q){white-space:nowrap}
.v-correct{color:#0a6b2d;font-weight:600}.v-wrong{color:#a3151b;font-weight:600}
details summary{cursor:pointer}
details[open]{background:#fafafa}
.drill{padding:.4rem .2rem}
.drill h4{margin:.6rem 0 .2rem;font-size:.9rem}
pre{background:#f6f8fa;border:1px solid #e1e4e8;padding:.4rem;white-space:pre-wrap;word-break:break-word;margin:0}
.drill table{font-size:.85rem}.null{color:#888;font-style:italic}
.results{display:flex;gap:1rem;flex-wrap:wrap}
"""

JS = """
(function () {
  var selects = Array.prototype.slice.call(document.querySelectorAll('#filters select'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#qtable > tbody > tr'));
  var counter = document.getElementById('qcount');
  function apply() {
    var shown = 0;
    rows.forEach(function (tr) {
      var ok = selects.every(function (s) {
        return s.value === '' || tr.getAttribute('data-' + s.getAttribute('data-key')) === s.value;
      });
      tr.style.display = ok ? '' : 'none';
      if (ok) { shown += 1; }
    });
    counter.textContent = 'Showing ' + shown + ' of ' + rows.length + ' rows';
  }
  function fromHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    selects.forEach(function (s) {
      var v = params.get(s.getAttribute('data-key'));
      if (v === null) { return; }
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === v; });
      if (known) { s.value = v; }
    });
    apply();
    var target = params.get('open');
    if (target !== null) {
      var first = null;
      document.querySelectorAll('#qtable details[data-qid]').forEach(function (d) {
        if (d.getAttribute('data-qid') === target && d.closest('tr').style.display !== 'none') {
          d.open = true;
          if (first === null) { first = d; }
        }
      });
      if (first !== null && params.get('scroll') !== 'no') { first.scrollIntoView(); }
    }
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('qreset').addEventListener('click', function () {
    selects.forEach(function (s) { s.value = ''; });
    apply();
  });
  document.querySelectorAll('a.part').forEach(function (a) {  // a shared prompt part: open its one copy
    a.addEventListener('click', function () {
      var d = document.getElementById(a.getAttribute('href').slice(1));
      if (d !== null) { d.open = true; }
    });
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
"""


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def table_to_html(t: Table) -> str:
    out = []
    if t.title:
        out.append(f"<h3>{esc(t.title)}</h3>")
    out.append("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in t.header) + "</tr></thead><tbody>")
    for row in t.rows:
        out.append("<tr>" + "".join(f'<td class="n">{esc(c)}</td>' if i >= t.text_columns else f"<td>{esc(c)}</td>"
                                    for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    out += [f'<p class="note">{esc(n)}</p>' for n in t.notes]
    return "\n".join(out)


def _value(v: Any) -> str:
    if v is None:
        return '<span class="null">NULL</span>'
    return esc(v)


def result_table(columns: Any, rows: Any, caption: str) -> str:
    """First rows of one result set from record["detail"]; tolerant of missing parts."""
    if not columns and not rows:
        return f"<div><h4>{esc(caption)}</h4><p class=\"null\">no result</p></div>"
    cols = list(columns) if isinstance(columns, (list, tuple)) else []
    body = list(rows) if isinstance(rows, (list, tuple)) else []
    parts = [f"<div><h4>{esc(caption)} ({len(body)} row{'s' if len(body) != 1 else ''} shown)</h4><table>"]
    if cols:
        parts.append("<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr></thead>")
    parts.append("<tbody>")
    for row in body[:MAX_ROWS_SHOWN]:
        cells = row if isinstance(row, (list, tuple)) else [row]
        parts.append("<tr>" + "".join(f"<td>{_value(v)}</td>" for v in cells) + "</tr>")
    parts.append("</tbody></table></div>")
    return "".join(parts)


def _pieces_html(pieces: Any, parts: dict) -> str:
    """A stored prompt content: its own text inline, each shared part as a link to the one copy shown
    under "Shared prompt parts" (a page with every schema once per question would be megabytes)."""
    if isinstance(pieces, str):
        pieces = [pieces]
    out = []
    for p in pieces or []:
        if isinstance(p, dict):
            key = str(p.get("part"))
            n = len(parts.get(key, ""))
            out.append(f'<a class="part" href="#part-{esc(key[:16])}">[shared part {esc(key[:12])}…, {n} characters]</a>')
        else:
            out.append(esc(p))
    return "".join(out)


def prompt_html(prompt: Optional[dict], parts: dict) -> str:
    """The prompt exactly as sent (chat: one block per message), collapsed."""
    if not prompt:
        return ""
    if prompt.get("messages"):
        body = "".join(f"<p><code>{esc(m.get('role'))}</code></p><pre>{_pieces_html(m.get('content'), parts)}</pre>"
                       for m in prompt["messages"])
    else:
        body = f"<pre>{_pieces_html(prompt.get('text'), parts)}</pre>"
    return (f"<h4>Prompt</h4><details class=\"prompt\"><summary>template <code>{esc(prompt.get('template'))}</code>"
            f" (click to show)</summary>{body}</details>")


def samples_html(rec: dict, prompt: Optional[dict], parts: dict) -> str:
    """Issue #16's samples in the drill-down: the prompt, the raw completion before extraction, and
    the extraction notes."""
    out = [prompt_html(prompt, parts)]
    raw = rec.get("raw_completion") or ""
    if raw and raw.strip() != (rec.get("generated_query") or "").strip():
        out.append(f"<h4>Raw completion (before extraction)</h4><pre>{esc(raw)}</pre>")
    elif raw:
        out.append('<h4>Raw completion</h4><p class="null">same as the predicted SQL</p>')
    notes = rec.get("extraction_notes") or []
    if notes:
        out.append("<h4>Extraction notes</h4><p>" + ", ".join(f"<code>{esc(n)}</code>" for n in notes) + "</p>")
    return "".join(out)


def parts_html(runs: list[Run]) -> str:
    """Every shared prompt part once (what the drill-downs' "[shared part …]" links point to)."""
    seen: dict[str, str] = {}
    for r in runs:
        for key, text in (r.prompt_parts or {}).items():
            seen.setdefault(key, text)
    if not seen:
        return ""
    out = ['<h2 id="prompt-parts">Shared prompt parts</h2>',
           '<p class="note">Text that many prompts share (a database\'s schema, the template\'s fixed text), '
           "stored once in the run folder's prompts.jsonl; each prompt above links to its parts.</p>"]
    for key, text in seen.items():
        out.append(f'<details id="part-{esc(key[:16])}"><summary>part {esc(key[:12])}… ({len(text)} characters)'
                   f"</summary><pre>{esc(text)}</pre></details>")
    return "\n".join(out)


def trajectory_html(lines: list) -> str:
    """An exploring run's steps (trajectories.jsonl): each turn's text and tool calls, each query with
    the (truncated) result the model was shown, and how the trajectory ended."""
    parts = ["<h4>Trajectory</h4><ol class=\"traj\">"]
    final = None
    for line in lines:
        kind = line.get("type")
        if kind == "turn":
            calls = ", ".join(str(c.get("name")) for c in line.get("tool_calls") or []) or "no tool call"
            parts.append(f"<li><b>turn {esc(line.get('step'))}</b>: {esc(calls)} "
                         f"({esc(line.get('tokens_in'))} in / {esc(line.get('tokens_out'))} out tokens, "
                         f"{esc(round(float(line.get('latency_s') or 0), 3))} s)"
                         + (f"<pre>{esc(line.get('text'))}</pre>" if line.get("text") else "") + "</li>")
        elif kind == "tool":
            query = line.get("query")
            parts.append(f"<li>{esc(line.get('name'))}"
                         + (f"<pre>{esc(query)}</pre>" if query else "")
                         + f"<pre>{esc(line.get('shown'))}</pre></li>")
        elif kind == "final":
            final = line
    parts.append("</ol>")
    if final is not None:
        parts.append(f"<p>stop: <code>{esc(final.get('stop'))}</code>, {esc(final.get('steps'))} turn(s), "
                     f"{esc(final.get('tool_calls'))} query(ies), {esc(final.get('tokens_in'))} + "
                     f"{esc(final.get('tokens_out'))} tokens, {esc(round(float(final.get('cost_cents') or 0), 4))} cents</p>")
    return "".join(parts)


def drill_down(rec: dict, prompt: Optional[dict] = None, prompt_parts: Optional[dict] = None,
               trajectory: Optional[list] = None) -> str:
    d: Optional[dict] = rec.get("detail")
    parts = ['<div class="drill">', f"<h4>Question</h4><p>{esc(rec.get('question'))}</p>"]
    if rec.get("instructions"):
        parts.append(f"<h4>Instructions</h4><p>{esc(rec['instructions'])}</p>")
    parts.append(f"<h4>Gold SQL</h4><pre>{esc(rec.get('query'))}</pre>")
    pred = rec.get("generated_query") or ""
    parts.append("<h4>Predicted SQL</h4>" + (f"<pre>{esc(pred)}</pre>" if pred else '<p class="null">(none)</p>'))
    parts.append(f"<h4>Reason</h4><p><code>{esc(rec.get('reason'))}</code>"
                 f"{' (matches on instance 0 only)' if rec.get('correct_single') and not rec.get('correct') else ''}</p>")
    note = (d or {}).get("note") or rec.get("note")  # results.csv carries the note as a column
    flat = lambda t: " ".join(str(t).replace("|", " ").split())  # noqa: E731
    if note and flat(note) != flat(rec.get("error_msg") or ""):  # a note that only repeats the error is dropped
        parts.append(f"<h4>Note</h4><p>{esc(note)}</p>")
    if rec.get("error_msg"):
        parts.append(f"<h4>Error</h4><pre>{esc(rec['error_msg'])}</pre>")
    parts.append(samples_html(rec, prompt, prompt_parts or {}))
    if d:
        parts.append('<div class="results">'
                     + result_table(d.get("gold_columns"), d.get("gold_rows"), "Gold result")
                     + result_table(d.get("pred_columns"), d.get("pred_rows"), "Predicted result")
                     + "</div>")
    else:
        parts.append('<p class="null">No result rows recorded (results.csv carries no detail).</p>')
    if trajectory:
        parts.append(trajectory_html(trajectory))
    parts.append("</div>")
    return "".join(parts)


def question_rows(runs: list[Run]) -> list[dict]:
    from eval.report.explore import load_trajectories  # noqa: PLC0415

    out = []
    for r in runs:
        traj = load_trajectories(r)
        for rec in r.records:
            out.append({"run": r.label, "category": rec["query_category"], "db": rec["db_name"],
                        "verdict": "correct" if rec["correct"] else "wrong", "reason": rec["reason"], "rec": rec,
                        "prompt": (r.prompts or {}).get(str(rec.get("prompt_sha256") or "")), "parts": r.prompt_parts or {},
                        "trajectory": traj.get(rec["question_id"])})
    return out


def questions_html(runs: list[Run]) -> str:
    rows = question_rows(runs)
    parts = ['<div id="filters">']
    for key, label in FILTERS:
        values = sorted({row[key] for row in rows})
        opts = '<option value="">all</option>' + "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
        parts.append(f'<label>{esc(label)} <select id="f-{key}" data-key="{key}">{opts}</select></label>')
    parts.append('<button type="button" id="qreset">show all</button></div>')
    parts.append(f'<p id="qcount">Showing {len(rows)} of {len(rows)} rows</p>')
    parts.append('<table id="qtable"><thead><tr><th>run</th><th>question_id</th><th>database</th>'
                 "<th>query_category</th><th>difficulty</th><th>verdict</th><th>reason</th>"
                 "<th>question (click for SQL and results)</th></tr></thead><tbody>")
    for row in rows:
        rec = row["rec"]
        data = " ".join(f'data-{k}="{esc(row[k])}"' for k, _ in FILTERS) + f' data-qid="{esc(rec["question_id"])}"'
        q = rec.get("question") or ""
        short = q if len(q) <= 90 else q[:87] + "…"
        parts.append(
            f"<tr {data}><td>{esc(row['run'])}</td><td>{esc(rec['question_id'])}</td><td>{esc(rec['db_name'])}</td>"
            f"<td>{esc(rec['query_category'])}</td><td>{esc(rec['difficulty'])}</td>"
            f'<td class="v-{row["verdict"]}">{row["verdict"]}</td><td>{esc(rec["reason"])}</td>'
            f'<td class="q"><details data-qid="{esc(rec["question_id"])}"><summary>{esc(short)}</summary>'
            f"{drill_down(rec, row['prompt'], row['parts'], row.get('trajectory'))}</details></td></tr>")
    parts.append("</tbody></table>")
    return "\n".join(parts)


def render_html(runs: list[Run], sections: list[Section], png: Optional[bytes] = None,
                title: str = "Text-to-SQL evaluation report") -> str:
    """The whole page as one string."""
    body = [f"<h1>{esc(title)}</h1>",
            "<p>Runs: " + ", ".join(f"<b>{esc(r.label)}</b> ({esc(r.folder)})" for r in runs) + "</p>",
            '<p><a href="#questions">Per-question results</a></p>']
    if png:
        b64 = base64.b64encode(png).decode("ascii")
        body.append(f'<img class="plot" alt="accuracy by category with 95% Wilson intervals" '
                    f'src="data:image/png;base64,{b64}">')
    for s in sections:
        body.append(f"<h2>{esc(s.title)}</h2>")
        for blk in s.blocks:
            body.append(table_to_html(blk) if isinstance(blk, Table) else f"<p>{esc(blk)}</p>")
    body.append('<h2 id="questions">Per-question results</h2>')
    body.append(questions_html(runs))
    body.append(parts_html(runs))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{esc(title)}</title>"
            f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + f"\n<script>{JS}</script>\n</body></html>\n")
