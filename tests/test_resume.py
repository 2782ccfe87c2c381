"""Kill -9 at several points of a run, resume, and get exactly the uninterrupted run's results."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.helpers.resume_helpers import (cli, comparable_csv, comparable_summary, lost_and_doubled, make_workload,
                            run_killed_then_resumed)
from tests.helpers.harness import REPO


@pytest.fixture(scope="module")
def workload(pg_root, tmp_path_factory):
    d = tmp_path_factory.mktemp("resume")
    q, p = make_workload(d)
    ref = d / "reference"
    r = subprocess.run(cli(q, p, ref), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr
    return q, p, ref


@pytest.mark.parametrize("kill_after", [0, 1, 60, 200])
def test_kill_and_resume_equals_uninterrupted(workload, tmp_path, kill_after):
    q, p, ref = workload
    out = tmp_path / "run"
    r = run_killed_then_resumed(q, p, out, kill_after)
    assert r.returncode == 0, r.stderr
    assert lost_and_doubled(out, 315) == (0, 0)
    assert comparable_csv(out / "results.csv") == comparable_csv(ref / "results.csv")
    assert comparable_summary(out / "summary.json") == comparable_summary(ref / "summary.json")


def test_resume_refuses_another_configuration(workload, tmp_path):
    q, p, ref = workload
    other = tmp_path / "other.jsonl"
    other.write_text(p.read_text().replace("SELECT 1", "SELECT 2"))
    r = subprocess.run(cli(q, other, ref, ["--resume", str(ref)]), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 2 and "--predictions" in r.stderr and "the run used" in r.stderr  # another file
    changed = tmp_path / "changed"
    import shutil
    shutil.copytree(ref, changed)
    saved = json.loads((changed / "config.json").read_text())
    edited = tmp_path / "same-name.jsonl"  # the run's own settings, but the predictions' content changed
    edited.write_text(other.read_text())
    saved["args"]["predictions"] = str(edited)
    (changed / "config.json").write_text(json.dumps(saved))
    r = subprocess.run(cli(q, edited, changed, ["--resume", str(changed)]), capture_output=True, text=True, cwd=REPO,
                       timeout=300)
    assert r.returncode == 2 and "configuration differs" in r.stderr and "model_info" in r.stderr


def test_torn_last_line_is_dropped(workload, tmp_path):
    q, p, ref = workload
    import shutil
    out = tmp_path / "torn"
    shutil.copytree(ref, out)
    (out / "results.csv").unlink()
    (out / "summary.json").unlink()
    lines = (out / "results.jsonl").read_bytes().split(b"\n")
    (out / "results.jsonl").write_bytes(b"\n".join(lines[:100]) + b"\n" + lines[100][:37])  # a half-written record
    r = subprocess.run(cli(q, p, out, ["--resume", str(out)]), capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr
    assert comparable_csv(out / "results.csv") == comparable_csv(ref / "results.csv")
    recs = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
    assert len(recs) == len({x["question_id"] for x in recs}) == 315
