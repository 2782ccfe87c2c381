"""Report tables, loading and paired comparison, against hand-computed expectations."""
import json
from fractions import Fraction
from pathlib import Path

import pytest

from eval.errors import UsageError
from eval.cli.report import main
from eval.percent import fmt_pct
from eval.report.runs import load_run
from eval.report.tables import (
    breakdown_table, build_sections, fmt_cell, model_table, reasons_by_category_table, reasons_table, render_markdown, table_to_markdown,
)
from eval.report.compare import paired_comparison
from tests.helpers.runfolders import make_questions, make_record, records_from, write_run

QS = make_questions({"where": 4})  # where-001 .. where-004


def run_with(tmp_path: Path, name: str, correct, label=None, questions=QS, **kw):
    return write_run(tmp_path / name, records_from(questions, correct), label=label or name, **kw)


# --------------------------------------------------------------------------- formatting

@pytest.mark.parametrize("k,n,text", [
    (1, 8, "12.5"), (1, 16, "6.3"),      # 6.25 rounds half up, not to even
    (2, 3, "66.7"), (1, 3, "33.3"), (0, 5, "0.0"), (5, 5, "100.0"), (29, 40, "72.5"), (3, 0, "-"),
])
def test_fmt_pct_rounds_half_up_from_exact_counts(k, n, text):
    assert fmt_pct(k, n) == text


def test_fmt_cell_with_wilson_interval():
    assert fmt_cell(5, 10, ci=False) == "50.0"
    assert fmt_cell(5, 10, ci=True) == "50.0 [23.7, 76.3]"
    assert fmt_cell(10, 10, ci=True) == "100.0 [72.2, 100.0]"
    assert fmt_cell(0, 10, ci=True) == "0.0 [0.0, 27.8]"
    assert fmt_cell(29, 40, ci=True) == "72.5 [57.2, 83.9]"


# --------------------------------------------------------------------------- model-card tables

def test_first_table_one_run(tmp_path):
    run = load_run(run_with(tmp_path, "solo", [1, 1, 1, 0], label="sqlcoder-7b"))
    assert table_to_markdown(model_table([run], ci=False)) == (
        "| model | perc_correct |\n"
        "| --- | ---: |\n"
        "| sqlcoder-7b | 75.0 |")


def test_first_table_sorted_best_first_ties_by_name(tmp_path):
    runs = [load_run(run_with(tmp_path, n, c)) for n, c in [
        ("beta", [1, 1, 1, 0]), ("gamma", [1, 0, 0, 0]), ("alpha", [0, 1, 1, 1]), ("delta", [1, 1, 1, 1]),
        ("epsilon", [0, 0, 0, 0])]]
    assert table_to_markdown(model_table(runs, ci=False)) == (
        "| model | perc_correct |\n"
        "| --- | ---: |\n"
        "| delta | 100.0 |\n"
        "| alpha | 75.0 |\n"
        "| beta | 75.0 |\n"
        "| gamma | 25.0 |\n"
        "| epsilon | 0.0 |")


def test_first_table_with_ci_states_n(tmp_path):
    qs = make_questions({"where": 10})
    runs = [load_run(run_with(tmp_path, "m", [1] * 5 + [0] * 5, questions=qs)),
            load_run(run_with(tmp_path, "p", [1] * 8 + [0] * 2, questions=qs))]
    assert table_to_markdown(model_table(runs, ci=True)) == (
        "| model | perc_correct |\n"
        "| --- | ---: |\n"
        "| p | 80.0 [49.0, 94.3] |\n"
        "| m | 50.0 [23.7, 76.3] |\n"
        "\n"
        "Cells: perc_correct [95% Wilson interval]; n = 10 questions per run.")


def test_category_table_many_runs_columns_in_argument_order(tmp_path):
    qs = make_questions({"where": 2, "group_by": 4, "order_by": 1})
    #            where  group_by   order_by
    a = [1, 0] + [1, 1, 1, 0] + [1]
    b = [1, 1] + [0, 0, 0, 1] + [0]
    c = [0, 0] + [1, 1, 1, 1] + [1]
    runs = [load_run(run_with(tmp_path, n, x, questions=qs)) for n, x in (("zeta", a), ("eta", b), ("theta", c))]
    assert table_to_markdown(breakdown_table(runs, "query_category", ci=False)) == (
        "| query_category | zeta | eta | theta |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| group_by | 75.0 | 25.0 | 100.0 |\n"
        "| order_by | 100.0 | 0.0 | 100.0 |\n"
        "| where | 50.0 | 100.0 | 0.0 |")
    ci = breakdown_table(runs, "query_category", ci=True)
    assert ci.rows[0] == ["group_by", "75.0 [30.1, 95.4]", "25.0 [4.6, 69.9]", "100.0 [51.0, 100.0]"]
    assert ci.notes == ["Cells: perc_correct [95% Wilson interval]; n per query_category: group_by 4, order_by 1, where 2."]


def test_category_missing_in_one_run_and_unequal_n(tmp_path):
    qa = make_questions({"where": 2, "ratio": 2})
    qb = make_questions({"where": 4})
    runs = [load_run(run_with(tmp_path, "a", [1, 1, 0, 1], questions=qa)),
            load_run(run_with(tmp_path, "b", [1, 0, 0, 0], questions=qb))]
    t = breakdown_table(runs, "query_category", ci=False)
    assert t.rows == [["ratio", "50.0", "-"], ["where", "100.0", "25.0"]]
    t = breakdown_table(runs, "query_category", ci=True)
    assert t.rows[1] == ["where", "100.0 [34.2, 100.0] (n=2)", "25.0 [4.6, 69.9] (n=4)"]


def test_database_difficulty_and_reason_tables(tmp_path):
    qs = make_questions({"where": 3, "ratio": 3}, dbs=("shop", "freight"), difficulties=("easy", "hard"))
    recs = [make_record(qs[0], 1), make_record(qs[1], 0, "pred_error"), make_record(qs[2], 0, "wrong_values"),
            make_record(qs[3], 1), make_record(qs[4], 0, "pred_error"), make_record(qs[5], 0, "pred_error")]
    run = load_run(write_run(tmp_path / "r", recs, label="r"))
    # where-001 shop easy 1, where-002 freight hard 0, where-003 shop easy 0,
    # ratio-001 shop easy 1, ratio-002 freight hard 0, ratio-003 shop easy 0
    assert breakdown_table([run], "db_name", ci=False).rows == [["freight", "0.0"], ["shop", "50.0"]]
    assert breakdown_table([run], "difficulty", ci=False).rows == [["easy", "50.0"], ["hard", "0.0"]]
    assert reasons_table([run]).rows == [["match", "2"], ["pred_error", "3"], ["wrong_values", "1"]]
    t = reasons_by_category_table(run)
    assert t.header == ["reason", "total", "ratio", "where"]
    assert t.rows == [["match", "2", "1", "1"], ["pred_error", "3", "2", "1"], ["wrong_values", "1", "0", "1"]]


def test_single_instance_table_uses_correct_single(tmp_path):
    recs = [make_record(q, c, correct_single=s) for q, c, s in zip(QS, [1, 0, 0, 0], [1, 1, 1, 0])]
    run = load_run(write_run(tmp_path / "s", recs, label="s"))
    assert model_table([run], ci=False, field_name="correct_single").rows == [["s", "75.0"]]
    assert model_table([run], ci=False).rows == [["s", "25.0"]]
    md = render_markdown([run], build_sections([run]))
    assert "| model | perc_correct_single |" in md
    assert "| s | 4 | 1 | 25.0 | 3 | 75.0 |" in md


def test_markdown_escapes_pipes_in_labels(tmp_path):
    run = load_run(run_with(tmp_path, "x", [1, 0, 0, 0], label="a|b"))
    assert "| a\\|b | 25.0 |" in table_to_markdown(model_table([run], ci=False))


# --------------------------------------------------------------------------- loading

def test_csv_fallback_gives_same_numbers(tmp_path):
    qs = make_questions({"where": 3, "ratio": 2})
    recs = records_from(qs, [1, 0, 1, 1, 0])
    j = load_run(write_run(tmp_path / "j", recs, label="m"))
    c = load_run(write_run(tmp_path / "c", recs, label="m", jsonl=False))
    assert c.source.name == "results.csv" and j.source.name == "results.jsonl"
    assert table_to_markdown(breakdown_table([j], "query_category", True)) == \
        table_to_markdown(breakdown_table([c], "query_category", True))
    assert c.records[0]["detail"] is None and j.records[0]["detail"]["gold_columns"] == ["a", "b"]


def test_summary_json_path_and_resumed_duplicates(tmp_path):
    folder = run_with(tmp_path, "r", [0, 0, 1, 1])
    # a resumed run appends a newer record for where-001: the last one wins
    with open(folder / "results.jsonl", "a") as f:
        f.write(json.dumps(make_record(QS[0], 1)) + "\n")
    s = json.loads((folder / "summary.json").read_text())
    s["n_correct"] = 3
    (folder / "summary.json").write_text(json.dumps(s))
    run = load_run(folder / "summary.json")
    assert [r["question_id"] for r in run.records] == ["where-001", "where-002", "where-003", "where-004"]
    assert sum(r["correct"] for r in run.records) == 3


def test_load_errors_name_the_file(tmp_path):
    with pytest.raises(UsageError, match="nope"):
        load_run(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="summary.json: missing"):
        load_run(tmp_path / "empty")
    folder = run_with(tmp_path, "bad", [1, 1, 0, 0])
    lines = (folder / "results.jsonl").read_text().splitlines()
    lines[1] = lines[1][:20]
    (folder / "results.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(UsageError, match=r"results.jsonl:2: not valid JSON"):
        load_run(folder)
    # a torn last line (no newline: the run was killed mid-write) is skipped, then the summary check fires
    (folder / "results.jsonl").write_text("\n".join(lines[:1] + lines[2:]) + "\n" + lines[1])
    with pytest.raises(UsageError, match="results and summary disagree: 1 listed in summary.json"):
        load_run(folder)
    folder = run_with(tmp_path, "mismatch", [1, 1, 0, 0], summary_overrides={"n_correct": 3})
    with pytest.raises(UsageError, match="n_correct is 3 but results.jsonl gives 2"):
        load_run(folder)
    folder = run_with(tmp_path, "ids", [1, 1, 0, 0],
                      summary_overrides={"question_ids": ["where-001", "where-002", "where-003", "other-9"]})
    with pytest.raises(UsageError, match="results and summary disagree"):
        load_run(folder)
    folder = run_with(tmp_path, "flag", [1, 1, 0, 0], jsonl=False)
    text = (folder / "results.csv").read_text().splitlines()
    header = text[0].split(",")
    cells = text[1].split(",")
    cells[header.index("correct")] = "yes"
    text[1] = ",".join(cells)
    (folder / "results.csv").write_text("\n".join(text) + "\n")
    with pytest.raises(UsageError, match="'correct' must be 0 or 1"):
        load_run(folder)


# --------------------------------------------------------------------------- paired comparison

def test_paired_counts_and_pvalues(tmp_path):
    qs = make_questions({"where": 6, "ratio": 4})
    #        where (6)            ratio (4)
    a = [1, 1, 1, 1, 1, 0] + [1, 1, 0, 0]
    b = [0, 0, 0, 0, 0, 1] + [1, 0, 1, 1]
    ra, rb = (load_run(run_with(tmp_path, n, x, questions=qs)) for n, x in (("A", a), ("B", b)))
    rows = paired_comparison(ra, rb)
    ov, ratio, where = rows
    assert (ov.scope, ov.n, ov.k_a, ov.k_b, ov.b, ov.c) == ("overall", 10, 7, 4, 6, 3)
    assert ov.p == pytest.approx(2 * (1 + 9 + 36 + 84) / 512)  # 2*P(X<=3 | n=9) = 260/512
    assert (ratio.b, ratio.c, ratio.p) == (1, 2, 1.0)
    assert (where.b, where.c) == (5, 1) and where.p == pytest.approx(2 * 7 / 64)  # 0.21875
    assert where.diff_points == -Fraction(400, 6)


def test_compare_refuses_different_questions_or_fixtures(tmp_path):
    a = run_with(tmp_path, "a", [1, 1, 0, 0])
    b = run_with(tmp_path, "b", [1, 0, 0, 0], fixtures_hash="1" * 64)
    with pytest.raises(UsageError, match="fixtures_hash differs"):
        main([str(a), str(b), "--compare", "a", "b", "--out", str(tmp_path / "o")])
    c = run_with(tmp_path, "c", [1, 0, 1], questions=QS[:3])
    with pytest.raises(UsageError, match="questions_hash differs"):
        main([str(a), str(c), "--compare", "a", "c", "--out", str(tmp_path / "o")])
    d = run_with(tmp_path, "d", [1, 0, 1], questions=QS[:3], q_hash=json.loads((a / "summary.json").read_text())["questions_hash"])
    with pytest.raises(UsageError, match="question ids differ: 1 only in a"):
        main([str(a), str(d), "--compare", "a", "d", "--out", str(tmp_path / "o")])


def test_compare_words_name_the_significant_differences(tmp_path, capsys):
    qs = make_questions({"where": 10, "ratio": 10})
    a = [1] * 10 + [1] * 5 + [0] * 5
    b = [0] * 8 + [1] * 2 + [1] * 5 + [0] * 5   # where: b=8, c=0 -> p = 2/256
    pa, pb = run_with(tmp_path, "A", a, questions=qs), run_with(tmp_path, "B", b, questions=qs)
    assert main([str(pa), str(pb), "--compare", "A", str(pb), "--out", str(tmp_path / "o")]) == 0
    md = capsys.readouterr().out
    assert "| overall | 20 | 75.0 | 35.0 | -40.0 | 8 | 0 | 0.0078 | yes |" in md
    assert "| where | 10 | 100.0 | 20.0 | -80.0 | 8 | 0 | 0.0078 | yes |" in md
    assert "| ratio | 10 | 50.0 | 50.0 | 0.0 | 0 | 0 | 1.0000 | no |" in md
    assert "Overall, A is 40.0 points better than B (75.0 vs 35.0); b=8, c=0, McNemar p=0.0078: significant at alpha=0.05." in md
    assert "Significant per-category differences: where (A better by 80.0 points, b=8, c=0, p=0.0078)." in md
    # the same numbers at alpha 0.005 are not significant
    assert main([str(pa), str(pb), "--compare", "A", "B", "--alpha", "0.005", "--out", str(tmp_path / "o")]) == 0
    md = capsys.readouterr().out
    assert "not significant at alpha=0.005" in md and "No per-category difference is significant" in md


# --------------------------------------------------------------------------- CLI

def test_main_writes_three_files_and_prints_markdown(tmp_path, capsys):
    a = run_with(tmp_path, "a", [1, 1, 0, 0], label="same")
    b = run_with(tmp_path, "b", [1, 1, 1, 0], label="same")
    assert main([str(a), str(b), "--ci"]) == 0   # default --out: the first run's folder
    out = capsys.readouterr().out
    assert (a / "report.md").read_text() == out
    png = (a / "report.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
    assert (a / "report.html").read_text().startswith("<!DOCTYPE html>")
    # two runs labelled alike get their folder name added
    assert "| same (b) | 75.0 [30.1, 95.4] |" in out and "| same (a) | 50.0 [15.0, 85.0] |" in out


def test_name_overrides_label(tmp_path, capsys):
    a = run_with(tmp_path, "run-a", [1, 1, 0, 0], label="gold")
    b = run_with(tmp_path, "run-b", [1, 1, 1, 0], label="replay")
    main([str(a), str(b), "--name", f"{a}=Base Model", "--name", "run-b=Tuned", "--out", str(tmp_path / "o")])
    out = capsys.readouterr().out
    assert "| Tuned | 75.0 |\n| Base Model | 50.0 |" in out
    assert "| query_category | Base Model | Tuned |" in out
    with pytest.raises(UsageError, match="--name"):
        main([str(a), "--name", "nothing=X", "--out", str(tmp_path / "o")])
    with pytest.raises(UsageError, match="RUN=LABEL"):
        main([str(a), "--name", "novalue", "--out", str(tmp_path / "o")])


def test_usage_errors(tmp_path):
    a = run_with(tmp_path, "a", [1, 1, 0, 0])
    with pytest.raises(UsageError, match="at least one RUN_DIR"):
        main([])
    with pytest.raises(UsageError, match="--alpha"):
        main([str(a), "--alpha", "1.5"])
    with pytest.raises(UsageError, match="neither"):
        main([str(a), "--compare", "a", "zz"])
    with pytest.raises(UsageError, match="same run"):
        main([str(a), "--compare", "a", str(a)])



# ----------------------------------------------------------------------------- --compare-scoring
def test_compare_scoring_lists_exactly_the_questions_whose_verdicts_differ(tmp_path, capsys):
    qs = make_questions({"where": 4, "ratio": 4})
    recs = records_from(qs, [1, 1, 0, 0, 1, 0, 1, 0])
    theirs = [1, 0, 0, 1, 1, 0, 0, 1]  # differs on questions 2, 4, 7, 8
    for r, c in zip(recs, theirs):
        r["correct_sqleval"] = c
        r["note_sqleval"] = "" if c else "frames differ"
    run = write_run(tmp_path / "a", recs, label="m")
    assert main([str(run), "--compare-scoring", "--out", str(tmp_path / "out")]) == 0
    md = capsys.readouterr().out
    section = md.split("## Where our verdict and sql-eval's 2023 verdict differ", 1)[1].split("\n## ", 1)[0]
    differ = {recs[i]["question_id"] for i in (1, 3, 6, 7)}
    listed = {line.split("|")[1].strip() for line in section.splitlines()
              if line.startswith("|") and line.split("|")[1].strip() in {r["question_id"] for r in recs}}
    assert listed == differ
    assert "m: 4 disagreement(s)" in section
    # ours-only rows come first
    order = [line.split("|")[1].strip() for line in section.splitlines() if line.split("|")[1:2] and line.split("|")[1].strip() in differ]
    assert [i for i in order if recs[[r["question_id"] for r in recs].index(i)]["correct"]] == order[:2]
    assert "frames differ" in section
    assert "Where our verdict" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_compare_scoring_without_the_column_is_a_usage_error(tmp_path):
    qs = make_questions({"where": 2})
    run = write_run(tmp_path / "a", records_from(qs, [1, 0]))
    with pytest.raises(UsageError, match="correct_sqleval"):
        main([str(run), "--compare-scoring", "--out", str(tmp_path / "out")])


def test_summary_says_what_a_correct_answer_cost():
    from eval.run.results import per_correct

    recs = [{"cost_in_cents": 1.5, "tokens_in": 100, "tokens_out": 20, "latency_seconds": 0.5},
            {"cost_in_cents": 0.5, "tokens_in": 80, "tokens_out": 0, "latency_seconds": 1.5}]
    assert per_correct(recs, 2) == {"cost_in_cents": 1.0, "tokens": 100.0, "generation_seconds": 1.0}
    assert per_correct(recs, 1)["cost_in_cents"] == 2.0  # the wrong answers' cost counts too
    assert per_correct(recs, 0) is None
