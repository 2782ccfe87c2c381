"""The HTML report: parses, is self-contained, escapes run text, carries every question."""
import base64
from html.parser import HTMLParser

from eval.cli.report import main
from eval.report.runs import load_run
from tests.helpers.runfolders import make_questions, make_record, records_from, write_run


class Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.rows = []          # data-* of per-question rows
        self.details = []       # data-qid of drill-downs
        self.options = {}       # select id -> option values
        self.tags = []
        self.text = []
        self.images = []
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "tr" and "data-qid" in a:
            self.rows.append(a)
        if tag == "details":
            self.details.append(a.get("data-qid"))
        if tag == "select":
            self._select = a.get("id")
            self.options[self._select] = []
        if tag == "option" and self._select:
            self.options[self._select].append(a.get("value"))
        if tag == "img":
            self.images.append(a.get("src", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None

    def handle_data(self, data):
        self.text.append(data)


def scan(text):
    s = Scan()
    s.feed(text)
    s.close()
    return s


def make_runs(tmp_path):
    qs = make_questions({"where": 3, "order_by": 2}, dbs=("shop", "freight"))
    a = records_from(qs, [1, 0, 1, 1, 0])
    b = records_from(qs, [0, 0, 1, 1, 1], ["pred_error", "wrong_values", None, None, None])
    b[2] = make_record(qs[2], 1, generated_query="SELECT '<script>alert(1)</script>' AS x WHERE 1 < 2 && TRUE")
    pa = write_run(tmp_path / "a", a, label="model <A> & co")
    pb = write_run(tmp_path / "b", b, label="model-b")
    return qs, pa, pb


def test_html_parses_and_has_every_question_per_run(tmp_path, capsys):
    qs, pa, pb = make_runs(tmp_path)
    assert main([str(pa), str(pb), "--ci", "--compare", str(pa), str(pb), "--out", str(tmp_path / "o")]) == 0
    capsys.readouterr()
    html = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    s = scan(html)
    ids = [q["question_id"] for q in qs]
    assert sorted(r["data-qid"] for r in s.rows) == sorted(ids * 2)
    assert sorted(d for d in s.details if d) == sorted(ids * 2)
    assert {r["data-run"] for r in s.rows} == {"model <A> & co", "model-b"}
    # filters: category, database, verdict, reason, run; "" = all
    assert s.options["f-category"] == ["", "order_by", "where"]
    assert s.options["f-db"] == ["", "freight", "shop"]
    assert s.options["f-verdict"] == ["", "correct", "wrong"]
    assert s.options["f-reason"] == ["", "match", "pred_error", "wrong_values"]
    assert s.options["f-run"] == ["", "model <A> & co", "model-b"]
    assert s.options["f-split"] == ["", "classic"] and s.options["f-difficulty"] == ["", "easy", "hard", "medium"]
    assert s.options["f-flipped"] == ["", "yes", "no"]
    assert s.options["cmp-a"] == s.options["cmp-b"] == ["model <A> & co", "model-b"]
    # the three views, each a section the script shows or hides; the cost table is in the overview
    assert [a.get("data-view") for t, a in s.tags if t == "section"] == ["overview", "questions", "compare"]
    assert "Cost, latency and tokens" in "".join(s.text)
    row = next(r for r in s.rows if r["data-qid"] == "where-001" and r["data-run"] == "model-b")
    assert (row["data-verdict"], row["data-reason"], row["data-db"]) == ("wrong", "pred_error", "shop")


def test_html_is_self_contained_and_escaped(tmp_path, capsys):
    qs, pa, pb = make_runs(tmp_path)
    main([str(pa), str(pb), "--out", str(tmp_path / "o")])
    capsys.readouterr()
    html = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    s = scan(html)
    # no external asset of any kind
    assert not any(t == "link" or (t == "script" and "src" in a) for t, a in s.tags)
    assert all(a.get("href", "#").startswith("#") for t, a in s.tags if t == "a")
    assert len(s.images) == 1 and s.images[0].startswith("data:image/png;base64,")
    png = base64.b64decode(s.images[0].split(",", 1)[1])
    assert png == (tmp_path / "o" / "report.png").read_bytes()
    # only the report's own script element; the SQL's <script> stays text
    assert sum(1 for t, _ in s.tags if t == "script") == 1
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = "".join(s.text)
    assert "SELECT '<script>alert(1)</script>' AS x WHERE 1 < 2 && TRUE" in text
    assert "SELECT a, b FROM t_where WHERE a < 1 AND b > 2" in text  # gold SQL, unescaped once parsed
    assert "<b>x</b>" in text  # a result value, shown as text
    assert sum(1 for t, _ in s.tags if t == "b") == 2  # only the two run labels in the header are bold
    assert "model <A> & co" in text
    # result cells from record["detail"], NULL shown for None
    assert "y & z" in text and "NULL" in text and "values differ in row 1" in text


def test_html_from_csv_only_run_says_no_rows(tmp_path, capsys):
    qs = make_questions({"ratio": 2})
    p = write_run(tmp_path / "c", records_from(qs, [1, 0]), label="csv-run", jsonl=False)
    main([str(p), "--out", str(tmp_path / "o")])
    capsys.readouterr()
    s = scan((tmp_path / "o" / "report.html").read_text(encoding="utf-8"))
    assert sorted(r["data-qid"] for r in s.rows) == ["ratio-001", "ratio-002"]
    assert "No result rows recorded" in "".join(s.text)


def test_render_html_direct(tmp_path):
    from eval.report.html import render_html
    from eval.report.tables import build_sections

    qs, pa, _ = make_runs(tmp_path)
    run = load_run(pa)
    html = render_html([run], build_sections([run]), png=None)
    s = scan(html)
    assert not s.images and len(s.rows) == len(qs)
    assert "| model | perc_correct |" not in html and "<th>perc_correct</th>" in html
