"""Question ids survive a renamed questions file (issue #16): a CSV without an id column gets content
ids (eval/data/dataset.py), so a run over the renamed file gates exactly against the run made before
the rename, and each record says which file it came from."""
import json
import shutil

from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS, run_cli


def _records(folder):
    return [json.loads(x) for x in (folder / "results.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def test_a_renamed_csv_gates_exactly_against_the_old_run(tmp_path):
    old = tmp_path / "sqlcoder_questions.csv"
    shutil.copy(SQLEVAL_QUESTIONS, old)
    base = ["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--no-progress", "-q"]
    r = run_cli([*base, "--questions", str(old), "-o", str(tmp_path / "before")])
    assert r.returncode == 0, r.stderr[-2000:]
    (tmp_path / "moved").mkdir()
    new = tmp_path / "moved" / "questions-v2.csv"
    old.rename(new)
    r = run_cli([*base, "--questions", str(new), "-o", str(tmp_path / "after")])
    assert r.returncode == 0, r.stderr[-2000:]

    before, after = _records(tmp_path / "before"), _records(tmp_path / "after")
    # results.jsonl is written as questions complete: compare by question
    assert {x["question"]: x["question_id"] for x in before} == {x["question"]: x["question_id"] for x in after}
    assert not any("sqlcoder_questions" in x["question_id"] or "questions-v2" in x["question_id"] for x in after)
    assert {x["source_file"] for x in before} == {str(old)} and {x["source_file"] for x in after} == {str(new)}
    assert sorted(x["source_row"] for x in after) == list(range(1, len(after) + 1))
    s_before = json.loads((tmp_path / "before" / "summary.json").read_text())
    s_after = json.loads((tmp_path / "after" / "summary.json").read_text())
    assert s_before["questions_hash"] == s_after["questions_hash"]

    g = run_cli(["gate", "--exact", "--baseline", str(tmp_path / "before"), "--candidate", str(tmp_path / "after")])
    assert g.returncode == 0, g.stdout + g.stderr
    assert "OK" in g.stdout
