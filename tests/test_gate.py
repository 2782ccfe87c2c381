"""Gate exit codes: 0 not worse, 1 regression, 2 (UsageError) bad input."""
import json

import pytest

from eval.errors import UsageError
from eval.cli.gate import main
from tests.helpers.runfolders import make_questions, make_record, records_from, write_run

QS = make_questions({"where": 20, "group_by": 20})
# baseline: where 15/20 right (questions 1-15), group_by 15/20 right (1-15) -> 75.0 overall
BASE = [1] * 15 + [0] * 5 + [1] * 15 + [0] * 5


def flip(outcomes, indexes, value):
    out = list(outcomes)
    for i in indexes:
        out[i] = value
    return out


@pytest.fixture
def baseline(tmp_path):
    return write_run(tmp_path / "baseline", records_from(QS, BASE), label="base")


def candidate(tmp_path, outcomes, name="cand", **kw):
    return write_run(tmp_path / name, records_from(QS, outcomes), label="cand", **kw)


def gate(capsys, *argv):
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().out


def test_improved_passes(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, flip(BASE, range(15, 20), 1))  # +5 in where
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand)
    assert code == 0
    assert "overall: 75.0 -> 87.5 (+12.5 points), b=0, c=5" in out and out.rstrip().endswith("(overall and per category)")


def test_equal_passes_also_exact(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, BASE)
    assert gate(capsys, "--baseline", baseline, "--candidate", cand)[0] == 0
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand, "--exact")
    assert code == 0 and "every question has the same verdict and reason" in out


def test_slightly_worse_not_significant_passes(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, flip(BASE, [0, 1], 0))  # where: b=2, c=0 -> p=0.5
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand)
    assert code == 0
    assert "overall: 75.0 -> 70.0 (-5.0 points), b=2, c=0, McNemar p=0.5000" in out
    assert "REGRESSION" not in out


def test_significantly_worse_fails_with_numbers(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, flip(BASE, range(0, 8), 0))  # where: b=8, c=0 -> p=2/256
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand)
    assert code == 1
    assert ("REGRESSION (mcnemar) overall: 75.0 -> 55.0 (-20.0 points, n=40, b=8 baseline-only right, "
            "c=0 candidate-only right); McNemar p=0.0078 < alpha 0.05") in out
    assert "REGRESSION (mcnemar) category where: 75.0 -> 35.0 (-40.0 points, n=20" in out
    assert "category group_by" not in out
    # a stricter alpha lets the same drop through
    assert gate(capsys, "--baseline", baseline, "--candidate", cand, "--alpha", "0.005")[0] == 0


def test_category_drop_hidden_overall_fails(tmp_path, baseline, capsys):
    # where loses 6 (b=6, c=0, p=0.03125) while group_by gains 5: overall -1 question, p=1
    cand = candidate(tmp_path, flip(flip(BASE, range(0, 6), 0), range(35, 40), 1))
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand)
    assert code == 1
    assert "REGRESSION (mcnemar) category where" in out and "p=0.0312" in out
    assert "REGRESSION (mcnemar) overall" not in out


def test_max_drop_fires_only_above_threshold(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, flip(BASE, [0, 1], 0))  # where -10.0 points, overall -5.0, not significant
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand, "--max-drop", "5")
    assert code == 1
    assert "REGRESSION (max-drop) category where: 75.0 -> 65.0" in out and "drop 10.0 > --max-drop 5.0" in out
    assert "(max-drop) overall" not in out  # 5.0 is not more than 5
    assert gate(capsys, "--baseline", baseline, "--candidate", cand, "--max-drop", "10")[0] == 0
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand, "--max-drop", "4.9")
    assert code == 1 and "REGRESSION (max-drop) overall" in out


def test_exact_reports_changed_reason(tmp_path, baseline, capsys):
    recs = records_from(QS, BASE)
    recs[17] = make_record(QS[17], 0, "pred_error")  # was wrong_values, still wrong
    cand = write_run(tmp_path / "cand", recs, label="cand")
    assert gate(capsys, "--baseline", baseline, "--candidate", cand)[0] == 0
    code, out = gate(capsys, "--baseline", baseline / "summary.json", "--candidate", cand, "--exact")
    assert code == 1
    assert "REGRESSION (exact): 1 question verdict(s) changed:\n  where-018: wrong/wrong_values -> wrong/pred_error" in out


def test_exact_lists_improvements_too(tmp_path, baseline, capsys):
    cand = candidate(tmp_path, flip(BASE, [19], 1))
    code, out = gate(capsys, "--baseline", baseline, "--candidate", cand, "--exact")
    assert code == 1 and "where-020: wrong/wrong_values -> correct/match" in out


def test_baseline_as_committed_summary_with_csv(tmp_path, capsys):
    base = write_run(tmp_path / "baselines" / "gold", records_from(QS, BASE), label="gold", jsonl=False)
    (base / "config.json").unlink()
    cand = candidate(tmp_path, BASE)
    code, out = gate(capsys, "--baseline", base / "summary.json", "--candidate", cand, "--exact")
    assert code == 0


def test_mismatched_questions_is_usage_error(tmp_path, baseline, capsys):
    fewer = write_run(tmp_path / "fewer", records_from(QS[:30], BASE[:30]), label="c")
    with pytest.raises(UsageError, match="questions_hash differs"):
        main(["--baseline", str(baseline), "--candidate", str(fewer)])
    other_fixtures = candidate(tmp_path, BASE, name="fx", fixtures_hash="2" * 64)
    with pytest.raises(UsageError, match="fixtures_hash differs"):
        main(["--baseline", str(baseline), "--candidate", str(other_fixtures)])
    same_hash = write_run(tmp_path / "samehash", records_from(QS[:30], BASE[:30]), label="c",
                          q_hash=json.loads((baseline / "summary.json").read_text())["questions_hash"])
    with pytest.raises(UsageError, match="question ids differ"):
        main(["--baseline", str(baseline), "--candidate", str(same_hash)])


def test_exact_across_a_dataset_change_lists_the_moves_and_fails(tmp_path, baseline, capsys):
    """--exact does not stop at 'not comparable': a dataset change shows question by question."""
    flipped = list(BASE)
    flipped[3] = not flipped[3]
    other = candidate(tmp_path, flipped, name="fx2", fixtures_hash="3" * 64)
    assert main(["--baseline", str(baseline), "--candidate", str(other), "--exact"]) == 1
    out = capsys.readouterr().out
    assert "different questions or fixtures" in out and "fixtures_hash differs" in out
    assert f"{QS[3]['question_id']}: correct/" in out
    fewer = write_run(tmp_path / "fewer2", records_from(QS[:30], BASE[:30]), label="c")
    assert main(["--baseline", str(baseline), "--candidate", str(fewer), "--exact"]) == 1
    assert "(question removed)" in capsys.readouterr().out


def test_bad_flags_are_usage_errors(tmp_path, baseline):
    with pytest.raises(UsageError, match="--candidate"):
        main(["--baseline", str(baseline)])
    with pytest.raises(UsageError, match="--max-drop"):
        main(["--baseline", str(baseline), "--candidate", str(baseline), "--max-drop", "-1"])
    with pytest.raises(UsageError, match="--alpha"):
        main(["--baseline", str(baseline), "--candidate", str(baseline), "--alpha", "0"])
    with pytest.raises(UsageError, match="missing"):
        main(["--baseline", str(baseline), "--candidate", str(tmp_path)])


def test_run_eval_gate_exit_codes_end_to_end(tmp_path, baseline):
    """Through run_eval.py: 0 equal, 1 significantly worse, 2 mismatched questions (one line, no traceback)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "run_eval.py"
    same = candidate(tmp_path, BASE, name="same")
    worse = candidate(tmp_path, flip(BASE, range(0, 8), 0), name="worse")
    fewer = write_run(tmp_path / "fewer", records_from(QS[:30], BASE[:30]), label="c")

    def run(cand):
        return subprocess.run([sys.executable, str(script), "gate", "--baseline", str(baseline), "--candidate", str(cand)],
                              capture_output=True, text=True, timeout=120)

    assert run(same).returncode == 0
    r = run(worse)
    assert r.returncode == 1 and "REGRESSION (mcnemar) overall" in r.stdout
    r = run(fewer)
    assert r.returncode == 2 and "questions_hash differs" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
