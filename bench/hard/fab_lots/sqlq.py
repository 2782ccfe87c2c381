import sys
from _harness import open_fixture
from eval.db.executor import Executor
server, fx = open_fixture()
ex = Executor(server, timeout_s=60)
try:
    for k in range(4):
        out = ex.execute(fx.instance_dbs[k], sys.argv[1], max_chars=None)
        print(k, out.ok, out.error if not out.ok else out.result.rows[:int(sys.argv[2]) if len(sys.argv) > 2 else 10])
finally:
    ex.close(); server.stop()
