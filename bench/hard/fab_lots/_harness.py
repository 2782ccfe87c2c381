"""Shared by crosscheck.py and render_prompts.py: import the harness from a clone (HARNESS env var,
default /tmp/fab_lots-ext-h), open its embedded PostgreSQL and make sure the fab_lots instances are loaded."""
import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("FAB_ROOT", "/work/main"))
HARNESS = Path(os.environ.get("HARNESS", "/tmp/fab_lots-ext-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/fab_lots-ext-cache")

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402

DB = "fab_lots"


def load_generator():
    spec = importlib.util.spec_from_file_location("fab_lots_gen_x", ROOT / "schemas" / DB / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def open_fixture(db=DB):
    fxs = fixtures.discover(Path(os.environ.get("FAB_SCHEMAS", "/tmp/fab_lots-ext-s")), needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
