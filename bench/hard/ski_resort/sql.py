"""Run one SQL statement on every instance: python sql.py "SELECT ..." [max_rows]"""
import sys
from _harness import connections

server, fx, conns = connections()
try:
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    for k, c in enumerate(conns):
        rows = c.execute(sys.argv[1]).fetchall()
        print(f"--- inst {k}: {len(rows)} rows")
        for row in rows[:n]:
            print("  ", row)
finally:
    for c in conns:
        c.close()
    server.stop()
