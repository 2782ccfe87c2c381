"""Write schemas/ferry_ops/schema.sql from the DDL spec (TABLES) in schemas/ferry_ops/generate.py.

Run: python bench/pilots/scale/build_schema.py   (stdlib only; the output is committed DDL)
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("ferry_gen", HERE / "schemas/ferry_ops/generate.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


out = ["-- ferry_ops: operations database of a regional ferry and port operator (schema-scale pilot).",
       "-- DDL only; rows come from generate.py. Written by bench/pilots/scale/build_schema.py from generate.TABLES.", ""]
for t in g.TABLES:
    lines = [f"    {n} {ty}" for n, ty, _ in t["cols"]] + [f"    {c}" for c in t["constraints"]]
    out.append(f"CREATE TABLE {t['name']} (\n" + ",\n".join(lines) + "\n);")
    out.append(f"COMMENT ON TABLE {t['name']} IS {q(t['comment'])};")
    for n, _, c in t["cols"]:
        out.append(f"COMMENT ON COLUMN {t['name']}.{n} IS {q(c)};")
    out.append("")
(HERE / "schemas/ferry_ops/schema.sql").write_text("\n".join(out), encoding="utf-8")
print(len(g.TABLES), "tables")
