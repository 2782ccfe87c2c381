"""Write bench/hard/winery_ops/mutants_reviewed.jsonl: the surviving mutants of tools/mutants.py that are
equivalent to their gold on every valid database of the schema, each with the reason (CHECK lists in C
collation, the documented extract moment, litres = cases * 9, keys, time-zone name case, joins that
always match or only add NULLs that SUM ignores).  Reads the survivors.md of a mutants run
(default /tmp/winery_ops-mut/survivors.md, run with --no-reviewed).  Rules are applied to the changed
token span between gold and mutant; anything not covered stays a real survivor.

Run: /tmp/winery_ops-venv/bin/python bench/hard/winery_ops/make_reviewed.py [survivors.md]"""
import difflib
import json
import re
import sys
from pathlib import Path

import sqlglot
from sqlglot.tokens import Tokenizer

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/winery_ops-mut/survivors.md")
CHECKS = {"status": None, "lot_type": ["blend", "wine"], "status_code": ["A", "R", "V"], "movement_type": ["in_bottling", "loss", "out_duty_paid", "out_export"],
          "grower_type": ["contract", "estate"], "channel": ["distributor", "importer", "retail_chain"], "oak_origin": ["american", "french", "hungarian"],
          "colour": ["red", "white"], "winery_code": ["CL-COL", "NZ-MBO", "PT-DOU", "ZA-STB"], "currency_code": ["CLP", "EUR", "NZD", "USD", "ZAR"]}
STATUS = {"t": ["accepted", "rejected"], "o": ["cancelled", "confirmed", "shipped"], "br": ["completed", "voided"], "": None}
OPS = {"=": lambda a, b: a == b, "<>": lambda a, b: a != b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
EXTRACT = ("the data extract moment is 2025-07-01 00:00 UTC (table COMMENTs): no order, invoice, shipment, payment or bond movement "
           "is dated on or after it, so this upper bound never removes a row")
UNIQUE_OUT = {"h001": "tag_no is UNIQUE", "h003": "invoice_no is UNIQUE", "h007": "one price row per SKU, currency and day (valid_from/valid_to periods do not overlap)",
              "h009": "order_no is UNIQUE across archive and live (order_id key)", "h010": "lot_code is UNIQUE and rn = 1 keeps one row per lot",
              "h023": "rows unique by GROUP BY winery_code, block_code", "h025": "rows unique by GROUP BY currency_code, sku",
              "h030": "one EUR price per SKU on each day: rows unique by sku", "h042": "customer_no is UNIQUE", "h043": "(order_no, line_no) is the key of the lines",
              "h044": "block_code is UNIQUE and each history has one row valid per day", "h046": "barrel_code is UNIQUE and DISTINCT ON gives one fill per barrel",
              "h005": "DISTINCT barrel_code vs rows: see review", "h008": "movement_id is the key; document_ref embeds it", "h045": "document_ref embeds the movement_id key"}


FK = "is a NOT NULL foreign key in every table of the union/join (no NULL-extended rows can arise)"
HIST = "every block has exactly one history row valid on each day since planting / 2015-01-01 (table COMMENTs): the join always matches"
LINES1 = "every order has at least one line (export_orders COMMENT): the INNER and LEFT join give the same rows"
FYR = ("orders exist from 2022-07-01 (fiscal 2023) up to the extract moment 2025-07-01 00:00 UTC (end of fiscal 2025) (table COMMENTs): "
       "every order falls in fiscal 2023-2025, so this fiscal-year bound never removes a row")
VINT = "weigh_tags holds vintages 2023 on and archive_weigh_tags vintage 2022 (COMMENTs): no tag has vintage 2021, so BETWEEN 2021 AND 2024 keeps the same tags"
BOTTLED = ("fiscal_periods holds fiscal years 2023-2026 only (COMMENT) and no bottling run is dated on or after the extract date 2025-07-01 "
           "(bottling_runs COMMENT, a rule of invariants.sql): every run that joins a fiscal period is in fiscal 2023-2025, so ")
SHIP = "CHECK ((status = 'shipped') = (shipped_on IS NOT NULL)): the shipped_on range already admits only shipped orders"
MANUAL = {
    'h004~m5': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h004~m7': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h011~m16': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h011~m18': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h011~m20': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h011~m22': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h012~m11': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h012~m13': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h016~m12': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h016~m14': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h021~m10': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h021~m12': 'the rounded value is a sum of weigh_tags/archive_weigh_tags.net_tonnes numeric(7,3) and/or legacy_weigh_tickets.net_kg (integer) / 1000.0: it has at most 3 decimals, so ROUND to 4 or 6 decimals returns the same number as ROUND to 3',  # 2026-12-03
    'h036~m1': 'the LEFT JOIN of block_ownership_history is followed by the INNER JOIN growers ON g.grower_id = oh.grower_id, which drops every NULL-extended row: same rows as the INNER JOIN',  # 2026-12-03
    'h036~m19': "weigh_tags.status has CHECK (status IN ('accepted', 'rejected')) and 'accepted' < 'rejected' in every collation: status <= 'accepted' keeps exactly the rows with status = 'accepted'",  # 2026-12-03
    'h036~m55': "growers.grower_type is NOT NULL with CHECK (grower_type IN ('contract', 'estate')) and 'contract' < 'estate' in every collation: grower_type >= 'estate' is true exactly when grower_type = 'estate'",  # 2026-12-03
    "h005~m30": "a blend lot has variety_code NULL (lots COMMENT: NULL for a 'blend'), so variety_code = 'PN' already excludes every non-'wine' lot",
    "h010~m6": "ROW_NUMBER() is always >= 1: rn <= 1 keeps exactly rn = 1",
    "h011~m39": VINT, "h021~m35": VINT, "h027~m27": VINT, "h031~m7": VINT,
    "h012~m1": HIST, "h016~m1": HIST, "h044~m1": HIST, "h044~m3": HIST,
    "h013~m1": LINES1, "h022~m3": LINES1, "h025~m12": LINES1, "h032~m1": LINES1, "h039~m1": LINES1,
    "h013~m6": FYR, "h013~m28": FYR, "h013~m30": FYR, "h013~m32": FYR, "h033~m3": FYR, "h033~m9": FYR, "h033~m11": FYR, "h033~m13": FYR,
    "h017~m19": "fiscal_periods holds fiscal years 2023-2026 only (COMMENT), so the inner join already drops runs of fiscal 2022: BETWEEN 2022 AND 2025 keeps the same runs",
    # 2026-12-03: killed before only by the run BR-STB-0024 of 2025-07-19 on instance 3, which broke this documented rule (removed)
    "h017~m5": BOTTLED + "dropping BETWEEN 2023 AND 2025 keeps the same runs",
    "h017~m21": BOTTLED + "BETWEEN 2023 AND 2026 keeps the same runs",
    "h017~m23": BOTTLED + "BETWEEN 2023 AND 4050 keeps the same runs",
    "h019~m1": "order_id of invoices / archive_invoices " + FK.replace("is a", "is a") , "h028~m3": "order_id of invoices / archive_invoices " + FK, "h049~m1": "order_id of invoices / archive_invoices " + FK,
    "h019~m2": "customer_id of export_orders / archive_export_orders " + FK, "h022~m5": "customer_id of export_orders / archive_export_orders " + FK,
    "h028~m4": "customer_id of export_orders / archive_export_orders " + FK, "h049~m2": "customer_id of export_orders / archive_export_orders " + FK,
    "h021~m3": "block_id of legacy_block_code_map, archive_weigh_tags and weigh_tags " + FK,
    "h031~m1": "winery_id of archive_weigh_tags and weigh_tags " + FK,
    "h030~m1": "every SKU has exactly one EUR price valid on each day from 2022-01-01 (price periods are contiguous, valid_to of one = valid_from of the next): the join always matches",
    "h027~m8": "a NULL-extended row has tank_id NULL, which matches no tank in the outer LEFT JOIN and is not counted by COUNT(d.tank_id)",
    "h027~m10": "receiving_tank_id is NULL for rejected fruit (weigh_tags COMMENT), so a rejected tag matches no tank and is not counted",
    "h027~m23": "receiving_tank_id is NULL for rejected fruit (weigh_tags COMMENT), so a rejected tag matches no tank and is not counted",
    "h047~m25": "receiving_tank_id is NULL for rejected fruit (weigh_tags COMMENT), so a rejected tag never joins a tank",
    "h047~m30": "weigh_tags holds vintages 2023 on (COMMENT; vintage 2022 is in archive_weigh_tags): vintage <= 2023 is vintage = 2023",
    "h029~m23": SHIP, "h045~m23": SHIP, "h045~m4": SHIP,
    "h045~m3": "bond movements exist only for orders that are not soft-deleted (bond_movements COMMENT), so the bond join already drops deleted orders",
    "h045~m15": "shipped_on is set only for shipped orders (CHECK) and bond movements exist only for orders that are not soft-deleted (COMMENT): the OR keeps the same joined rows",
    "h045~m2": "every line of a shipped order that is not soft-deleted has a bond movement with its order_no (bond_movements COMMENT): the join always matches",
    "h045~m36": "the result rows are already unique: document_ref is UNIQUE",
    "h008~m36": "the result rows are already unique: document_ref is UNIQUE",
    "h034~m2": "every lot of vintages 2021 and 2022 has exactly one old code (legacy_lot_code_map COMMENT): the join always matches",
    "h034~m16": "lots exist from vintage 2021 on (lots COMMENT): vintage <= 2021 is vintage = 2021",
    "h048~m17": "lots exist from vintage 2021 on (lots COMMENT): vintage <= 2021 is vintage = 2021",
    "h034~m20": "old_lot_code is the key of legacy_lot_code_map and lot_id UNIQUE: each group is one lot, so MAX, MIN and AVG of its volume_l agree",
    "h034~m21": "old_lot_code is the key of legacy_lot_code_map and lot_id UNIQUE: each group is one lot, so MAX, MIN and AVG of its volume_l agree",
    "h035~m2": "top_id is a lot_id taken from lots (anchor of the recursion): the join always matches",
    "h050~m2": "top_id is a lot_id taken from lots (anchor of the recursion): the join always matches",
    "h035~m22": "a NULL-extended row (a lot without components) is dropped by the next inner join to t, which has rows only for blends with components",
    "h035~m23": "c joined to lot_components k means c.lot_id is a blend with components, so t (components summed per blend) always has its row",
    "h041~m4": "the next inner join on k.tank_id = tm.tank_id rejects NULL-extended rows",
    "h046~m3": "DISTINCT ON (barrel_id) keeps the first row per barrel by filled_on DESC; the direction of the barrel_id sort key does not change that row",
    "h050~m18": "reserve blends are assembled in the year after the harvest and vintage 2025 has none (lots COMMENT): vintage >= 2024 keeps the same '-RSV' lots",
    "h032~m67": "inside SUM(...) FILTER (WHERE o.currency_code = 'USD') the CASE's EUR branch never applies: changing it does not change the numerator",
    "h032~m68": "inside SUM(...) FILTER (WHERE o.currency_code = 'USD') the CASE's EUR branch never applies: changing it does not change the numerator",
    "h032~m71": "inside SUM(...) FILTER (WHERE o.currency_code = 'USD') the CASE's EUR branch never applies: changing it does not change the numerator",
    "h032~m72": "inside SUM(...) FILTER (WHERE o.currency_code = 'USD') the CASE's EUR branch never applies: changing it does not change the numerator",
}


def toks(sql):
    return [t.text for t in Tokenizer().tokenize(sql)]


def norm(sql):
    return sqlglot.parse_one(sql, read="postgres").sql(dialect="postgres")


def code_rule(g, m, i1, i2, j1, j2):
    """A comparison of a CHECK-listed code column with a literal whose operator changed: same value set?"""
    win_g, win_m = g[max(0, i1 - 4):i2 + 3], m[max(0, j1 - 4):j2 + 3]
    for win, other in ((win_g, win_m),):
        for k in range(len(win) - 2):
            col = win[k]
            if col in CHECKS and win[k + 1] in OPS:
                lit = win[k + 2]
                ops_m = [win_m[x + 1] for x in range(len(win_m) - 2) if win_m[x] == col and win_m[x + 1] in OPS and win_m[x + 2] == lit]
                if not ops_m:
                    continue
                vals = CHECKS[col]
                if vals is None:
                    alias = win[k - 2] if k >= 2 and win[k - 1] == "." else ""
                    vals = STATUS.get(alias)
                    if vals is None:
                        vals = next((v for v in STATUS.values() if v and lit in v), None)
                if not vals or lit not in vals:
                    return None
                og, om = win[k + 1], ops_m[0]
                a = [v for v in vals if OPS[og](v, lit)]
                b = [v for v in vals if OPS[om](v, lit)]
                if a == b and og != om:
                    return f"{col} has CHECK ({col} IN ({', '.join(repr(v) for v in vals)})); in C collation {col} {om} '{lit}' keeps exactly the values of {col} {og} '{lit}'"
    return None


def main():
    txt = SRC.read_text(encoding="utf-8")
    out = []
    for sec in re.split(r"\n## ", txt)[1:]:
        head = sec.splitlines()[0]
        qid, rest = head.split("~", 1)
        kind = rest.split(" — ")[1].split(":")[0]
        why = re.search(r"- \*\*(.*?)\*\*", sec, re.S).group(1)
        if why.startswith("likely equivalent") or why.startswith("equivalent"):
            continue
        blocks = re.findall(r"```sql\n(.*?)\n```", sec, re.S)
        gold, mut = blocks[0], blocks[1]
        short = qid.replace("winery_ops-", "")
        g, m = toks(norm(gold)), toks(mut)
        ops = [o for o in difflib.SequenceMatcher(None, g, m, autojunk=False).get_opcodes() if o[0] != "equal"]
        reason = None
        changed = " ".join(" ".join(g[o[1]:o[2]] + ["|"] + m[o[3]:o[4]]) for o in ops)
        ctx = " ".join(" ".join(g[max(0, o[1] - 6):o[2] + 6]) for o in ops)
        mid = short + "~" + rest.split(" — ")[0]
        if mid in MANUAL:
            reason = MANUAL[mid]
        elif "'uTC'" in mut:
            reason = "PostgreSQL time-zone names are case-insensitive: AT TIME ZONE 'uTC' is AT TIME ZONE 'UTC'"
        elif kind in ("cmp_op", "literal", "drop_conjunct") and "2025-07-01" in ctx and ("2025-06-30" not in changed):
            reason = EXTRACT
        elif kind == "cmp_op" and len(ops) == 1:
            o = ops[0]
            reason = code_rule(g, m, *o[1:])
            if reason is None and "litres" in ctx and "1000" in ctx:
                reason = "CHECK (litres = cases * 9): litres is a multiple of 9, so no value lies in (999, 1001] and > 1000 equals >= 1000"
        elif kind == "literal" and "litres" in ctx and ("1001" in changed or "999" in changed):
            reason = "CHECK (litres = cases * 9): litres is a multiple of 9, so no value lies in (999, 1001]: > 999, > 1000 and > 1001 agree"
        elif kind == "distinct" and short in UNIQUE_OUT and "add DISTINCT" in head and short not in ("h005", "h008", "h045"):
            reason = f"the result rows are already unique: {UNIQUE_OUT[short]}"
        if reason:
            out.append({"qid": qid, "kind": kind, "mutant": mut, "reason": reason})
    path = HERE / "mutants_reviewed.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for e in out:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(out), "reviewed equivalents ->", path)


if __name__ == "__main__":
    main()
