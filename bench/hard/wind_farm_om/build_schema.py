"""Write schemas/wind_farm_om/schema.sql from generate.TABLES. Run: python bench/hard/wind_farm_om/build_schema.py"""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SD = ROOT / "schemas/wind_farm_om"
spec = importlib.util.spec_from_file_location("wfo_gen", SD / "generate.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def q(s):
    return "'" + s.replace("'", "''") + "'"


out = ["-- wind_farm_om: O&M database of a wind-farm portfolio (hard split, schema-scale design).",
       "-- DDL only; rows come from generate.py. Written by bench/hard/wind_farm_om/build_schema.py from generate.TABLES.", ""]
for t in g.TABLES:
    lines = [f"    {n} {ty}" for n, ty, _ in t["cols"]] + [f"    {c}" for c in t["constraints"]]
    out.append(f"CREATE TABLE {t['name']} (\n" + ",\n".join(lines) + "\n);")
    out.append(f"COMMENT ON TABLE {t['name']} IS {q(t['comment'])};")
    for n, _, c in t["cols"]:
        out.append(f"COMMENT ON COLUMN {t['name']}.{n} IS {q(c)};")
    out.append("")
(SD / "schema.sql").write_text("\n".join(out), encoding="utf-8")
print(len(g.TABLES), "tables")
