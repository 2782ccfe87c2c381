"""Write schemas/winery_ops/schema.sql from the DDL spec (TABLES) in schemas/winery_ops/generate.py.
Run: python bench/hard/winery_ops/build_schema.py   (stdlib only)"""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("winery_gen", ROOT / "schemas/winery_ops/generate.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


out = ["-- winery_ops: operations database of a wine estate group (hard split, schema-scale design).",
       "-- DDL only; rows come from generate.py. Written by bench/hard/winery_ops/build_schema.py from generate.TABLES.", ""]
for t in g.TABLES:
    lines = [f"    {n} {ty}" for n, ty, _ in t["cols"]] + [f"    {c}" for c in t["constraints"]]
    out.append(f"CREATE TABLE {t['name']} (\n" + ",\n".join(lines) + "\n);")
    out.append(f"COMMENT ON TABLE {t['name']} IS {q(t['comment'])};")
    for n, _, c in t["cols"]:
        out.append(f"COMMENT ON COLUMN {t['name']}.{n} IS {q(c)};")
    out.append("")
(ROOT / "schemas/winery_ops/schema.sql").write_text("\n".join(out), encoding="utf-8")
print(len(g.TABLES), "tables")
