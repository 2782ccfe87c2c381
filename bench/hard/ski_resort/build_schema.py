"""Write schemas/ski_resort/schema.sql from the DDL spec (TABLES) in schemas/ski_resort/generate.py.

Run: python bench/hard/ski_resort/build_schema.py   (stdlib only; the output is committed DDL)"""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("ski_gen", ROOT / "schemas/ski_resort/generate.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


out = ["-- ski_resort: Alpenglow Mountain Group, six ski resorts in AT/CH/JP/CA (hard split, schema-scale design).",
       "-- DDL only; rows come from generate.py. Written by bench/hard/ski_resort/build_schema.py from generate.TABLES.", ""]
for t in g.TABLES:
    lines = [f"    {n} {ty}" for n, ty, _ in t["cols"]] + [f"    {c}" for c in t["constraints"]]
    out.append(f"CREATE TABLE {t['name']} (\n" + ",\n".join(lines) + "\n);")
    out.append(f"COMMENT ON TABLE {t['name']} IS {q(t['comment'])};")
    for n, _, c in t["cols"]:
        out.append(f"COMMENT ON COLUMN {t['name']}.{n} IS {q(c)};")
    out.append("")
(ROOT / "schemas/ski_resort/schema.sql").write_text("\n".join(out), encoding="utf-8")
print(len(g.TABLES), "tables")
