"""Shared by crosscheck.py / decoy_check.py: open the harness's embedded PostgreSQL from a clone
(HARNESS env var, default /tmp/winery_ops-h) and make sure the winery_ops instances are loaded."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARNESS = Path(os.environ.get("HARNESS", "/tmp/winery_ops-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/winery_ops-cache")
SCHEMAS = Path(os.environ.get("WINERY_SCHEMAS", "/tmp/winery_ops-schemas"))

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def open_fixture(db="winery_ops"):
    fxs = fixtures.discover(SCHEMAS, needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]


def connect_all():
    import psycopg2
    server, fx = open_fixture()
    return server, [psycopg2.connect(**server.admin.for_db(db)) for db in fx.instance_dbs]
