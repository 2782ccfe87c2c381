"""Time generate + load of the 4 instances of a generated fixture into the harness's embedded PostgreSQL:
copies schemas/<db> to a temporary fixture name (so nothing cached is reused) and runs fixtures.ensure_all.
Run: EVAL_CACHE_ROOT=/tmp/wind_farm_om-cache /tmp/wfo-venv/bin/python bench/hard/wind_farm_om/load_time.py [db]"""
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _harness import ROOT
from eval.db import fixtures
from eval.db.pgserver import open_server


def main(db="wind_farm_om"):
    tmp = Path(tempfile.mkdtemp(prefix="wfo-timing-"))
    name = f"t{int(time.time() * 1000) % 10**9}"
    (tmp / name).mkdir()
    for f in ("schema.sql", "generate.py"):
        shutil.copy(ROOT / "schemas" / db / f, tmp / name / f)
    fxs = fixtures.discover(tmp, needed={name})
    server = open_server(None, None, log=lambda m: None)
    try:
        t = time.time()
        fixtures.ensure_all(server, [fxs[name]])
        dt = time.time() - t
    finally:
        server.stop()
        shutil.rmtree(tmp)
    print(f"{db}: generate + load of {len(fxs[name].instance_dbs)} instances {dt:.2f} s = {dt / len(fxs[name].instance_dbs):.2f} s per instance")


if __name__ == "__main__":
    main(*sys.argv[1:])
