"""The after-run checksum verification (eval/run/pipeline.py, docs/SECURITY.md row 14): each fixture is
verified as soon as its last question is scored, while other fixtures' questions still run; a table
changed at any point of the run, up to that fixture's last question, fails the run (exit 1) and the
instance is restored, so the next run is clean."""
from __future__ import annotations

import json

from eval.cli.main import main
from eval.db import pgconn
from eval.run import pipeline
from tests.helpers.harness import SQLEVAL_QUESTIONS, SQLEVAL_SCHEMAS


def _run(out) -> int:
    return main(["--model", "gold", "--schemas", str(SQLEVAL_SCHEMAS), "--questions", str(SQLEVAL_QUESTIONS),
                 "--no-progress", "-q", "-o", str(out)])


def test_a_table_changed_during_the_run_fails_it_and_is_restored(pg_root, tmp_path, monkeypatch, capsys):
    """The change is made while the fixture's last question is being scored: the latest moment the
    early verification must still see."""
    from eval.data.dataset import load_questions

    n_bakery = sum(1 for q in load_questions(SQLEVAL_QUESTIONS) if q.db == "bakery")
    original = pipeline.score
    touched: list[str] = []
    order: list[str] = []

    def score(p, q, gen):
        order.append(q.db)
        if q.db == "bakery" and order.count("bakery") == n_bakery:  # its last question: change a row as the superuser
            db = p.fixtures["bakery"].instance_dbs[0]
            c = pgconn.connect(p.server.admin.for_db(db), autocommit=True)
            try:
                c.execute("UPDATE products SET price = price + 1 WHERE product_id = 10")
            finally:
                c.close()
            touched.append(db)
        return original(p, q, gen)

    monkeypatch.setattr(pipeline, "score", score)
    assert _run(tmp_path / "r1") == 1
    err = capsys.readouterr().err
    assert touched and "fixture tables changed during the run" in err and touched[0] in err and "products" in err
    assert "restored from the pristine templates" in err
    assert json.loads((tmp_path / "r1" / "summary.json").read_text())["fixtures_intact"] is False
    assert n_bakery >= 2 and set(order) > {"bakery"}  # other fixtures were scored in the same run

    monkeypatch.setattr(pipeline, "score", original)
    assert _run(tmp_path / "r2") == 0  # restored: the next run is clean
    s = json.loads((tmp_path / "r2" / "summary.json").read_text())
    assert s["fixtures_intact"] is True and s["perc_correct"] == 100.0
