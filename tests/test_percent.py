"""One rounding rule (eval/percent.py): the console table, report.md and the gate show the same
one-decimal figure for the same counts; halves round away from zero, computed exactly."""
from __future__ import annotations

import pytest

from eval.percent import fmt_pct, fmt_tenths, pct_exact
from eval.report.runs import load_run
from eval.report.tables import build_sections, render_markdown
from eval.run import results
from tests.helpers.runfolders import make_questions, records_from, write_run


@pytest.mark.parametrize("k,n,text", [(13, 16, "81.3"), (1, 16, "6.3"), (1, 8, "12.5"), (2, 3, "66.7"), (0, 5, "0.0"), (5, 5, "100.0")])
def test_fmt_pct(k, n, text):
    assert fmt_pct(k, n) == text


def test_negative_halves_round_away_from_zero():
    assert fmt_tenths(-pct_exact(1, 16)) == "-6.3"
    assert fmt_pct(0, 0) == "-" and fmt_pct(0, 0, empty="0.0") == "0.0"


def test_console_and_report_agree(tmp_path):
    qs = make_questions({"where": 16})
    recs = records_from(qs, [1] * 13 + [0] * 3)
    write_run(tmp_path / "run", recs, label="m")
    console = results.format_table(results.summarize(recs, {}))
    assert " 81.3 " in console
    assert "81.2" not in console
    run = load_run(tmp_path / "run")
    md = render_markdown([run], build_sections([run]))
    assert "81.3" in md and "81.2" not in md
