"""Write schemas/linen_service/schema.sql from the DDL spec (TABLES) in schemas/linen_service/generate.py.

Run: python bench/pilots/datafacts/build_schema.py   (stdlib only; the output is committed DDL)
"""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("linen_gen", HERE / "schemas/linen_service/generate.py")
g = importlib.util.module_from_spec(spec)
spec.loader.exec_module(g)


def q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


out = ["-- linen_service: operations warehouse of an industrial laundry and textile-rental company (data-facts pilot).",
       "-- DDL only; rows come from generate.py. Written by bench/pilots/datafacts/build_schema.py from generate.TABLES.", ""]
for t in g.TABLES:
    lines = [f"    {n} {ty}" for n, ty, _ in t["cols"]] + [f"    {c}" for c in t["constraints"]]
    out.append(f"CREATE TABLE {t['name']} (\n" + ",\n".join(lines) + "\n);")
    out.append(f"COMMENT ON TABLE {t['name']} IS {q(t['comment'])};")
    for n, _, c in t["cols"]:
        out.append(f"COMMENT ON COLUMN {t['name']}.{n} IS {q(c)};")
    out.append("")
(HERE / "schemas/linen_service/schema.sql").write_text("\n".join(out), encoding="utf-8")
print(len(g.TABLES), "tables")
