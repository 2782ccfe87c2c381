"""Shared by crosscheck.py, explore.py and render_prompts.py: open the harness's embedded PostgreSQL
from a clone (HARNESS env var, default /tmp/datafacts-h) and make sure the linen_service instances
are loaded (cache: EVAL_CACHE_ROOT, default /tmp/datafacts-cache)."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HARNESS = Path(os.environ.get("HARNESS", "/tmp/datafacts-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/datafacts-cache")

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402

DB = "linen_service"


def open_fixture(db=DB):
    fxs = fixtures.discover(HERE / "schemas", needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
