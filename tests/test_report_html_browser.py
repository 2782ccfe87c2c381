"""report.html driven in headless Chromium: the page is loaded with a URL fragment (a view, filters,
an opened question), its script runs, and the DOM it leaves is read back.

The flips view must list exactly the questions whose verdict differs between run A and run B,
computed here from the fixture's outcomes, never from the page.  Without Chromium the test skips;
.ci/run sets EVAL_REQUIRE_CHROMIUM=1 so that CI fails instead of skipping.
"""
from __future__ import annotations

import contextlib
import io
import os
from html.parser import HTMLParser

import pytest

from eval.cli.report import main as report_main
from tests.helpers.browser import dump_dom, find_chromium
from tests.helpers.runfolders import make_questions, records_from, write_run

QS = make_questions({"where": 5, "group_by": 4, "ratio": 3})
IDS = [q["question_id"] for q in QS]
#                where-001..005   group_by-001..004  ratio-001..003
A_OK = [1, 1, 0, 0, 1,          1, 0, 1, 0,         1, 1, 0]
B_OK = [1, 0, 1, 0, 0,          1, 1, 1, 0,         0, 1, 0]
# same verdict, another reason: not a flip
B_REASONS = [None, None, None, "pred_error", None, None, None, None, "wrong_columns", None, None, "timeout"]
ONLY_A = "ratio-002"  # B does not have it: compared nowhere


@pytest.fixture(scope="module")
def chromium_bin():
    binary = find_chromium(os.environ.get("EVAL_CHROMIUM"))
    if binary is None:
        msg = "chromium not found on PATH (apt-get install -y chromium): the report's browser test cannot run"
        if os.environ.get("EVAL_REQUIRE_CHROMIUM") == "1":
            pytest.fail(msg + " and EVAL_REQUIRE_CHROMIUM=1 demands it")
        pytest.skip(msg)
    return binary


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    a = records_from(QS, A_OK)
    b = [r for r in records_from(QS, B_OK, B_REASONS) if r["question_id"] != ONLY_A]
    pa = write_run(tmp / "run-a", a, label="model A")
    pb = write_run(tmp / "run-b", b, label="model <B> & co")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert report_main([str(pa), str(pb), "--out", str(tmp / "report")]) == 0
    return tmp / "report" / "report.html"


def expected_flips(a_ok, b_ok, keep=lambda qid: True):
    """(qid, change) of every question in both runs whose verdict differs: A-only-right first."""
    pairs = [(qid, x, y) for qid, x, y in zip(IDS, a_ok, b_ok) if qid != ONLY_A and x != y and keep(qid)]
    return [(q, "regressed") for q, x, _ in pairs if x] + [(q, "improved") for q, x, _ in pairs if not x]


class Dom(HTMLParser):
    """What the script left: the flips and same-verdict rows, the question rows and their display,
    open drill-downs, visible sections, and the texts of the counters and the fragment note."""

    TEXT_IDS = ("cmpcount", "qcount", "hashnote", "samecount")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []  # the open <table> elements' ids (drill-downs nest result tables)
        self.flips, self.same, self.rows, self.open, self.views = [], [], [], [], {}
        self.text = {k: "" for k in self.TEXT_IDS}
        self.filters_hidden = None
        self._text = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append(a.get("id"))
        table = self.tables[-1] if self.tables else None
        if tag == "tr" and "data-qid" in a:
            if table == "flips":
                self.flips.append((a["data-qid"], a.get("data-change")))
            elif table == "same":
                self.same.append(a["data-qid"])
            elif table == "qtable":
                self.rows.append({"qid": a["data-qid"], "run": a.get("data-run"),
                                  "shown": "display:none" not in (a.get("style") or "").replace(" ", "")})
        if tag == "details" and "open" in a and a.get("data-qid"):
            self.open.append(a["data-qid"])
        if tag == "section" and a.get("data-view"):
            self.views[a["data-view"]] = "hidden" not in a
        if tag == "div" and a.get("id") == "filters":
            self.filters_hidden = "hidden" in a
        if a.get("id") in self.TEXT_IDS:
            self._text = a["id"]

    def handle_endtag(self, tag):
        if tag == "table" and self.tables:
            self.tables.pop()
        if tag in ("p", "span"):
            self._text = None

    def handle_data(self, data):
        if self._text:
            self.text[self._text] += data


def load(binary, page, fragment, tmp_path):
    d = Dom()
    d.feed(dump_dom(binary, page.as_uri() + "#" + fragment, tmp_path / "profile"))
    d.close()
    return d


def shown(d):
    return sorted((r["run"], r["qid"]) for r in d.rows if r["shown"])


FLIP_CASES = [
    # fragment (URL-encoded as a user's link would be), expected flips
    ("view=compare", expected_flips(A_OK, B_OK)),
    ("view=compare&a=model%20A&b=model%20%3CB%3E%20%26%20co", expected_flips(A_OK, B_OK)),
    ("view=compare&a=model%20%3CB%3E%20%26%20co&b=model%20A", expected_flips(B_OK, A_OK)),
    ("view=compare&category=where", expected_flips(A_OK, B_OK, lambda q: q.startswith("where-"))),
    ("view=compare&db=freight", expected_flips(A_OK, B_OK, lambda q: QS[IDS.index(q)]["db_name"] == "freight")),
    ("view=compare&difficulty=medium&q=group", expected_flips(
        A_OK, B_OK, lambda q: q.startswith("group_by-") and QS[IDS.index(q)]["difficulty"] == "medium")),
    ("view=compare&flipped=no", []),
]


@pytest.mark.parametrize("fragment,flips", FLIP_CASES, ids=[c[0] for c in FLIP_CASES])
def test_flips_view_lists_exactly_the_questions_whose_verdict_differs(chromium_bin, page, tmp_path, fragment, flips):
    d = load(chromium_bin, page, fragment, tmp_path)
    assert d.views == {"overview": False, "questions": False, "compare": True}
    assert d.flips == flips
    assert len(flips) > 0 or "flipped=no" in fragment  # the fixture has flips in every filtered slice
    # the same-verdict table holds the rest of the compared questions, never a flip, never ONLY_A
    assert not set(d.same) & {q for q, _ in flips} and ONLY_A not in d.same
    assert d.text["samecount"] == str(len(d.same))
    assert f"{len(flips)} flipped" in d.text["cmpcount"]
    if "=" not in fragment.replace("view=compare", ""):
        assert "1 only in A, 0 only in B" in d.text["cmpcount"]


def test_question_filters_from_the_fragment(chromium_bin, page, tmp_path):
    d = load(chromium_bin, page, "category=where&verdict=wrong", tmp_path)
    assert d.views["questions"] and not d.views["overview"] and d.filters_hidden is False
    want = sorted([("model A", q) for q, ok in zip(IDS, A_OK) if q.startswith("where-") and not ok]
                  + [("model <B> & co", q) for q, ok in zip(IDS, B_OK) if q.startswith("where-") and not ok])
    assert shown(d) == want
    assert d.text["qcount"] == f"Showing {len(want)} of {len(d.rows)} rows"


def test_flipped_filter_in_the_questions_view(chromium_bin, page, tmp_path):
    d = load(chromium_bin, page, "view=questions&flipped=yes&run=model%20A", tmp_path)
    assert shown(d) == sorted(("model A", q) for q, _ in expected_flips(A_OK, B_OK))


def test_search_and_open(chromium_bin, page, tmp_path):
    d = load(chromium_bin, page, "view=questions&q=t_ratio%20%3E%3D&open=ratio-001", tmp_path)
    # "t_ratio >=": the wrong predictions of ratio questions (the fixture writes >= for a wrong one)
    want = sorted([("model A", q) for q, ok in zip(IDS, A_OK) if q.startswith("ratio-") and not ok]
                  + [("model <B> & co", q) for q, ok in zip(IDS, B_OK) if q.startswith("ratio-") and not ok and q != ONLY_A])
    assert shown(d) == want and ("model <B> & co", "ratio-001") in want
    assert d.open == ["ratio-001"] and d.text["hashnote"] == ""


@pytest.mark.parametrize("fragment,view,note", [
    ("view=nonsense&category=nope", "overview", ["view=nonsense", "category=nope"]),
    ("view=compare&a=ghost", "compare", ["a=ghost"]),
    ("category=where&open=missing-999", "questions", ["missing-999 is not in this report"]),
    ("verdict=correct&open=where-004", "questions", ["where-004: no row shown"]),
    ("prompt-parts", "overview", []),  # a plain anchor that no view holds: the default page
])
def test_a_deep_link_never_renders_blank(chromium_bin, page, tmp_path, fragment, view, note):
    d = load(chromium_bin, page, fragment, tmp_path)
    assert [v for v, visible in d.views.items() if visible] == [view]
    for words in note:
        assert words in d.text["hashnote"]
    if view == "compare":
        assert d.flips == expected_flips(A_OK, B_OK)  # the unknown run fell back to the default pair
    if view == "questions":
        assert any(r["shown"] for r in d.rows)


DRIVE = """<script>
(function () {  // what a user does: pick a category, open the run-vs-run tab, swap A and B
  var s = document.getElementById('f-category');
  s.value = 'group_by';
  s.dispatchEvent(new Event('change'));
  document.querySelector('#views a[data-view=compare]').click();
  document.getElementById('cmpswap').click();
  var p = document.createElement('p');
  p.id = 'probe';
  p.textContent = window.location.hash;
  document.body.appendChild(p);
})();
</script>"""


def test_controls_drive_the_page_and_write_the_fragment(chromium_bin, page, tmp_path):
    driven = tmp_path / "driven.html"
    driven.write_text(page.read_text(encoding="utf-8").replace("</body>", DRIVE + "</body>"), encoding="utf-8")
    html = dump_dom(chromium_bin, driven.as_uri(), tmp_path / "profile")
    d = Dom()
    d.feed(html)
    assert d.views["compare"] and not d.views["questions"]
    assert d.flips == expected_flips(B_OK, A_OK, lambda q: q.startswith("group_by-"))
    probe = html.split('<p id="probe">', 1)[1].split("</p>", 1)[0]
    from urllib.parse import parse_qs
    state = parse_qs(probe.replace("&amp;", "&").lstrip("#"))
    assert state == {"view": ["compare"], "a": ["model <B> & co"], "b": ["model A"], "category": ["group_by"]}
    # the written fragment, loaded as a link, restores the same page
    again = load(chromium_bin, page, probe.replace("&amp;", "&").lstrip("#"), tmp_path)
    assert again.flips == d.flips and again.views == d.views
