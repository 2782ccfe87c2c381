"""Shared by crosscheck.py / run_golds.py: open the harness's embedded PostgreSQL from a clone
(HARNESS env var, default /tmp/ferry_ops-ext-h) and make sure the ferry_ops instances are loaded.
FERRY_SCHEMAS: a folder holding only ferry_ops (default /tmp/ferry_ops-ext-s, a symlink to schemas/ferry_ops)."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARNESS = Path(os.environ.get("HARNESS", "/tmp/ferry_ops-ext-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/ferry_ops-ext-cache")
SCHEMAS = Path(os.environ.get("FERRY_SCHEMAS", "/tmp/ferry_ops-ext-s"))

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def open_fixture(db="ferry_ops"):
    fxs = fixtures.discover(SCHEMAS, needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
