"""The report's tool parts that need no browser: the marks of the side-by-side result tables, the
category bars (SVG), the cost / latency / tokens table, and the page's data for its script."""
import json
from html.parser import HTMLParser

import pytest

from eval.cli.report import main
from eval.report.html_results import diff_results, pair_columns, results_side_by_side
from eval.report.html_svg import category_bars_svg
from eval.report.html_views import page_data
from eval.report.runs import load_run
from eval.report.usage import percentile, usage_row, usage_table
from tests.helpers.runfolders import make_questions, make_record, records_from, write_run


@pytest.mark.parametrize("gold,pred,want", [
    (["a", "b"], ["a", "b"], [0, 1]),
    (["a", "b"], ["b", "a"], [1, 0]),            # by name, not position
    (["A", "b"], ["x", "a", "b"], [1, 2]),       # case-insensitive; x is extra
    (["n"], ["count"], [0]),                     # no name in common: by position
    (["a", "b"], ["a"], [0, None]),              # b missing
])
def test_pair_columns(gold, pred, want):
    assert pair_columns(gold, pred) == want


DIFF_CASES = [
    # name, gold rows, pred rows, (gold rows marked, pred rows marked, gold cells, pred cells, reordered)
    ("equal", [[1, "x"], [2, "y"]], [[1, "x"], [2, "y"]], (set(), set(), set(), set(), False)),
    ("numbers by value", [[1, "x"]], [["1.0", "x"]], (set(), set(), set(), set(), False)),
    ("reordered", [[1, "x"], [2, "y"]], [[2, "y"], [1, "x"]], (set(), set(), set(), set(), True)),
    ("one cell differs", [[1, "x"], [2, "y"]], [[1, "x"], [2, "z"]], ({1}, {1}, {(1, 1)}, {(1, 1)}, False)),
    ("missing row", [[1, "x"], [2, "y"]], [[1, "x"]], ({1}, set(), set(), set(), False)),
    ("duplicate row", [[1, "x"]], [[1, "x"], [1, "x"]], (set(), {1}, set(), set(), False)),
    ("NULL is not the text None", [[None, "x"]], [["None", "x"]], ({0}, {0}, {(0, 0)}, {(0, 0)}, False)),
]


@pytest.mark.parametrize("name,gold,pred,want", DIFF_CASES, ids=[c[0] for c in DIFF_CASES])
def test_diff_marks(name, gold, pred, want):
    d = diff_results(["a", "b"], gold, ["a", "b"], pred)
    assert (d["gold_row_diff"], d["pred_row_diff"], d["gold_cell_diff"], d["pred_cell_diff"], d["reordered"]) == want


def test_diff_marks_follow_the_column_pairing():
    # predicted columns swapped and one extra: the differing cell is marked in the predicted column b
    d = diff_results(["a", "b"], [[1, "x"]], ["b", "extra", "a"], [["q", 0, 1]])
    assert d["extra"] == [1] and d["gold_cell_diff"] == {(0, 1)} and d["pred_cell_diff"] == {(0, 0)}


class Cells(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marked, self.extra, self._cls = [], [], None

    def handle_starttag(self, tag, attrs):
        self._cls = dict(attrs).get("class", "") if tag in ("td", "th") else None

    def handle_data(self, data):
        if self._cls is not None and "cell-diff" in self._cls:
            self.marked.append(data)
        if self._cls is not None and "col-extra" in self._cls:
            self.extra.append(data)
        self._cls = None


def test_side_by_side_html_marks_the_differing_cells_and_escapes():
    html = results_side_by_side({"gold_columns": ["a", "b"], "gold_rows": [["1", "<x>"], ["2", "y"]],
                                 "pred_columns": ["a", "b", "c"], "pred_rows": [["1", "<x>", "k"], ["2", "& z"]]})
    p = Cells()
    p.feed(html)
    assert p.marked == ["y", "& z"] and "k" in p.extra and "c" in p.extra
    assert "&lt;x&gt;" in html and "<x>" not in html
    assert "1 extra predicted column(s)" in html


def test_side_by_side_without_a_predicted_result_marks_nothing():
    html = results_side_by_side({"gold_columns": ["a"], "gold_rows": [["1"]], "pred_columns": [], "pred_rows": []})
    assert "cell-diff" not in html and "row-diff" not in html and "no result" in html


def test_category_bars_svg_has_one_bar_per_run_and_group_with_its_interval():
    svg = category_bars_svg(["overall", "where"], [("A", [(7, 10), (3, 4)]), ("B <&>", [(5, 10), None])])
    assert svg.startswith("<svg") and svg.count('<g class="bar"') == 3  # B has no question in where
    assert "A · where: 3/4 = 75.0 % [30.1, 95.4]" in svg
    assert "B &lt;&amp;&gt; · overall: 5/10 = 50.0 % [23.7, 76.3]" in svg


@pytest.mark.parametrize("values,q,want", [([], 50, None), ([3.0], 90, 3.0), ([1, 2, 3, 4], 50, 2), ([1, 2, 3, 4], 90, 4),
                                           ([5, 1, 4, 2, 3], 50, 3)])
def test_percentile_nearest_rank(values, q, want):
    assert percentile(values, q) == want


def test_usage_row_and_table(tmp_path):
    qs = make_questions({"where": 4})
    recs = records_from(qs, [1, 1, 0, 0])
    for r, lat, cost, cached in zip(recs, (0.5, 1.5, 2.5, 9.0), (0.1, 0.2, 0.3, 0.0), (0, 0, 0, 1)):
        r.update(latency_seconds=lat, cost_in_cents=cost, cached=cached, tokens_in=100, tokens_out=10)
    run = load_run(write_run(tmp_path / "r", recs, label="m"))
    u = usage_row(run)
    assert (u["n"], u["tokens_in"], u["tokens_out"], u["cached"]) == (4, 400, 40, 1)
    assert u["cost_cents"] == pytest.approx(0.6) and u["cost_per_correct"] == pytest.approx(0.3)
    assert (u["latency_p50"], u["latency_p90"], u["latency_max"]) == (1.5, 9.0, 9.0)
    assert u["latency_mean"] == pytest.approx(13.5 / 4)
    row = usage_table([run]).rows[0]
    assert row[:8] == ["m", "4", "400", "40", "110.0", "0.6000", "0.1500", "0.3000"]


def test_usage_section_in_report_md_and_console(tmp_path, capsys):
    qs = make_questions({"where": 2})
    p = write_run(tmp_path / "r", records_from(qs, [1, 0]), label="m")
    assert main([str(p), "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    md = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    for text in (out, md):
        part = text.split("## Cost, latency and tokens", 1)[1].split("\n## ", 1)[0]
        assert "| m | 2 | 200 | 40 | 120.0 |" in part
    assert md.index("## Cost, latency and tokens") < md.index("## Runs")


def test_page_data_carries_every_run_and_question(tmp_path):
    qs = make_questions({"where": 2, "ratio": 1})
    a = load_run(write_run(tmp_path / "a", records_from(qs, [1, 0, 1]), label="a"))
    b_recs = [make_record(qs[0], 0, "pred_error", generated_query="SELECT '</div><script>'")]
    b = load_run(write_run(tmp_path / "b", b_recs, label="b"))
    data = page_data([a, b])
    assert data["runs"] == ["a", "b"]
    assert [q[0] for q in data["questions"]] == ["where-001", "where-002", "ratio-001"]
    assert data["results"][1] == {"where-001": [0, "pred_error", "SELECT '</div><script>'"]}
    # in the page, the data is one escaped attribute: the SQL's markup never becomes markup
    main([str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path / "o")])
    html = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    assert "</div><script>" not in html

    class Attr(HTMLParser):
        found = None

        def handle_starttag(self, tag, attrs):
            if dict(attrs).get("id") == "qdata":
                Attr.found = json.loads(dict(attrs)["data-json"])

    Attr().feed(html)
    assert Attr.found == json.loads(json.dumps(data))
