"""Open the harness's embedded PostgreSQL from a clone ($HARNESS, default /tmp/wind_farm_om-h) and load wind_farm_om."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HARNESS = Path(os.environ.get("HARNESS", "/tmp/wind_farm_om-h"))
sys.path.insert(0, str(HARNESS))
os.environ.setdefault("EVAL_CACHE_ROOT", "/tmp/wind_farm_om-cache")
SCHEMAS = Path(os.environ.get("WFO_SCHEMAS", "/tmp/wind_farm_om-schemas"))

from eval.db import fixtures  # noqa: E402
from eval.db.pgserver import open_server  # noqa: E402


def open_fixture(db="wind_farm_om"):
    fxs = fixtures.discover(SCHEMAS, needed={db})
    server = open_server(None, None, log=lambda m: None)
    fixtures.ensure_all(server, [fxs[db]])
    return server, fxs[db]
