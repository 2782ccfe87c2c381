"""One self-contained HTML report (report.html): three views over the runs of one report.

- **overview**: per-category bars with 95 % Wilson intervals (inline SVG, eval/report/html_svg.py),
  the PNG plot, and every table of report.md (the cost / latency / tokens table among them);
- **questions**: one row per (run, question), filterable (eval/report/html_views.py), each opening a
  full-width drill-down: SQL, reason, note, error, the prompt and raw completion, and the gold and
  predicted results side by side with the differing rows and cells marked (eval/report/html_results.py);
- **compare** (run vs run): pick run A and run B, the questions whose verdict differs listed first.

No external asset: CSS and JS are inline (html_assets/), the image is a data: URI, so the file can
be mailed or attached to a CI run.  Every text taken from a run is escaped (eval/report/html_text.py;
SQL is full of ``<``, ``>`` and ``&``); the script reads data only from ``data-*`` attributes and
writes text with ``textContent``, never builds HTML from it.

The URL fragment holds the page's state, restored on load and rewritten as it changes (docs/REPORTS.md
lists the keys): ``report.html#view=compare&a=RUN_A&b=RUN_B&category=where``, or
``#category=where&verdict=wrong&open=where-003`` (no view: the questions view); ``scroll=no`` opens
without scrolling (headless Chromium's ``--screenshot`` paints a blank page once a script has
scrolled).  tests/test_report_html_browser.py and bench/html_screenshot.py check the page in headless
Chromium.
"""
from __future__ import annotations

import base64
import re
from typing import Any, Optional

from eval.report.html_results import results_side_by_side
from eval.report.html_svg import category_bars_svg
from eval.report.html_text import esc
from eval.report.html_views import FILTERS, asset, compare_html, data_html, filters_html, nav_html, row_fields
from eval.report.runs import Run
from eval.report.tables import Section, Table, plot_series

def _slug(title: str) -> str:
    return "s-" + (re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "section")


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
        parts.append(results_side_by_side(d))
    else:
        parts.append('<p class="null">No result rows recorded (results.csv carries no detail).</p>')
    if trajectory:
        parts.append(trajectory_html(trajectory))
    parts.append("</div>")
    return "".join(parts)


QUESTION_COLUMNS = ("run", "question_id", "database", "query_category", "split", "difficulty", "verdict", "reason",
                    "question (click for SQL and results)")


def question_rows(runs: list[Run]) -> list[dict]:
    from eval.report.explore import load_trajectories  # noqa: PLC0415

    out = []
    for r in runs:
        traj = load_trajectories(r)
        for rec in r.records:
            out.append({**row_fields(r, rec), "rec": rec,
                        "prompt": (r.prompts or {}).get(str(rec.get("prompt_sha256") or "")), "parts": r.prompt_parts or {},
                        "trajectory": traj.get(rec["question_id"])})
    return out


def questions_html(rows: list[dict]) -> str:
    """The per-question table: one row per (run, question), its data-* attributes what the filters test."""
    parts = [f'<p id="qcount">Showing {len(rows)} of {len(rows)} rows</p>',
             '<table id="qtable"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in QUESTION_COLUMNS)
             + "</tr></thead><tbody>"]
    for row in rows:
        rec = row["rec"]
        data = " ".join(f'data-{k}="{esc(row[f])}"' for k, _, f in FILTERS) + f' data-qid="{esc(rec["question_id"])}"'
        q = rec.get("question") or ""
        short = q if len(q) <= 90 else q[:87] + "…"
        parts.append(
            f"<tr {data}><td>{esc(row['run'])}</td><td>{esc(rec['question_id'])}</td><td>{esc(rec['db_name'])}</td>"
            f"<td>{esc(rec['query_category'])}</td><td>{esc(row['split'])}</td><td>{esc(rec['difficulty'])}</td>"
            f'<td class="v-{row["verdict"]}">{row["verdict"]}</td><td>{esc(rec["reason"])}</td>'
            f'<td class="q"><details data-qid="{esc(rec["question_id"])}"><summary>{esc(short)}</summary></details></td></tr>'
            # the drill-down spans the table's width in the row below, shown while the details is open
            f'<tr class="drill-row"><td colspan="{len(QUESTION_COLUMNS)}">'
            f"{drill_down(rec, row['prompt'], row['parts'], row.get('trajectory'))}</td></tr>")
    parts.append("</tbody></table>")
    return "\n".join(parts)


def overview_html(runs: list[Run], sections: list[Section], png: Optional[bytes]) -> str:
    body = ['<section id="v-overview" data-view="overview">']
    groups, series = plot_series(runs)
    body.append('<h2 id="s-bars">Accuracy by category</h2><p class="note">95 % Wilson intervals; hover a bar for '
                "its k/n and interval.</p>" + category_bars_svg(groups, series))
    if png:
        b64 = base64.b64encode(png).decode("ascii")
        body.append(f'<details><summary>the same as a PNG (report.png)</summary><img class="plot" '
                    f'alt="accuracy by category with 95% Wilson intervals" src="data:image/png;base64,{b64}"></details>')
    for s in sections:
        body.append(f'<h2 id="{_slug(s.title)}">{esc(s.title)}</h2>')
        for blk in s.blocks:
            body.append(table_to_html(blk) if isinstance(blk, Table) else f"<p>{esc(blk)}</p>")
    body.append("</section>")
    return "\n".join(body)


def render_html(runs: list[Run], sections: list[Section], png: Optional[bytes] = None,
                title: str = "Text-to-SQL evaluation report") -> str:
    """The whole page as one string: the view tabs, the overview (bars, every table of report.md),
    the per-question table and the run-vs-run view, one script and one style sheet inline."""
    rows = question_rows(runs)
    body = [f"<h1>{esc(title)}</h1>",
            "<p>Runs: " + ", ".join(f"<b>{esc(r.label)}</b> ({esc(r.folder)})" for r in runs) + "</p>",
            nav_html(), data_html(runs),
            overview_html(runs, sections, png),
            filters_html(rows),
            '<section id="v-questions" data-view="questions"><h2 id="questions">Per-question results</h2>',
            questions_html(rows), parts_html(runs), "</section>",
            compare_html(runs)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{esc(title)}</title>"
            f"<style>{asset('report.css')}</style></head><body>\n" + "\n".join(body)
            + f"\n<script>{asset('report.js')}</script>\n</body></html>\n")
