"""Shared by crosscheck.py and render_prompts.py: open the harness's embedded PostgreSQL from a clone
(HARNESS env var, default /tmp/pilot-scale-h) and make sure the ferry_ops instances are loaded."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HARNESS = Path(os.environ.get("HARNESS", "/tmp/pilot-scale-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/pilot-scale-cache")

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def open_fixture(db="ferry_ops"):
    fxs = fixtures.discover(HERE / "schemas", needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
