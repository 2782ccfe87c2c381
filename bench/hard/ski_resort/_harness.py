"""Shared by crosscheck.py, decoy_check.py and sql.py: open the harness's embedded PostgreSQL from a
clone (HARNESS env var, default /tmp/ski_resort-h) and make sure the ski_resort instances are loaded."""
import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARNESS = Path(os.environ.get("HARNESS", "/tmp/ski_resort-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/ski_resort-cache")
SCHEMAS = Path(os.environ.get("SKI_SCHEMAS", "/tmp/ski_resort-schemas"))
QUESTIONS = ROOT / "questions" / "ski_resort.jsonl"

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def load_generator():
    spec = importlib.util.spec_from_file_location("ski_gen_x", ROOT / "schemas/ski_resort/generate.py")
    g = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(g)
    return g


def open_fixture(db="ski_resort"):
    fxs = fixtures.discover(SCHEMAS, needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]


def connections():
    import psycopg
    server, fx = open_fixture()
    return server, fx, [psycopg.connect(**server.admin.for_db(db), autocommit=True) for db in fx.instance_dbs]
