"""Shared by crosscheck.py and decoy_check.py: open the harness's embedded PostgreSQL from a clone
(HARNESS env var, default /tmp/grain_coop-h) and make sure the grain_coop instances are loaded."""
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARNESS = Path(os.environ.get("HARNESS", "/tmp/grain_coop-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/grain_coop-cache")

from eval.db import fixtures  # noqa: E402
from eval.db.pgconn import connect  # noqa: E402,F401
from eval.db.pgserver import open_server  # noqa: E402


def open_fixture(db="grain_coop"):
    d = Path(tempfile.mkdtemp(prefix="gc-schemas-"))
    (d / db).symlink_to(ROOT / "schemas" / db)
    fxs = fixtures.discover(d, needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
