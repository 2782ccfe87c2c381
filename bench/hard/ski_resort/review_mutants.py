"""Write bench/hard/ski_resort/mutants_reviewed.jsonl: the hand review of the mutant survivors that are
equivalent to their gold on EVERY valid database of the schema (CHECK lists in C collation, documented
code lists and coverage rules in the COMMENTs, keys, NULL-rejecting conditions).

Each rule below was checked by reading the mutant; a survivor that matches no rule stays a real
survivor.  Run after tools/mutants.py has written its --out folder:

  python bench/hard/ski_resort/review_mutants.py /tmp/ski_resort-mut
then run tools/mutants.py again with --reviewed bench/hard/ski_resort/mutants_reviewed.jsonl."""
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "mutants_reviewed.jsonl"

# (column as written, literal, operator) -> why `=` can be replaced by that operator
DOMAIN = {
    ("o.status", "paid", ">="): "sales order status is CHECK IN ('paid', 'cancelled'); 'paid' is the largest value (C collation), so >= 'paid' is = 'paid'",
    ("o.status", "paid", "<="): None,
    ("p.product_type_code", "SEASON", ">="): "product types are 'DAY', 'HALF', 'MULTI6', 'SEASON' (documented list); 'SEASON' is the largest, so >= 'SEASON' is = 'SEASON'",
    ("p.product_type_code", "DAY", "<="): "product types are 'DAY', 'HALF', 'MULTI6', 'SEASON' (documented list); 'DAY' is the smallest, so <= 'DAY' is = 'DAY'",
    ("r.resort_code", "ZER", ">="): "resort codes are 'ANT', 'KIT', 'ZER', 'VER', 'NIS', 'WHI' (documented list); 'ZER' is the largest, so >= 'ZER' is = 'ZER'",
    ("r.resort_code", "ANT", "<="): "resort codes are 'ANT', 'KIT', 'ZER', 'VER', 'NIS', 'WHI' (documented list); 'ANT' is the smallest, so <= 'ANT' is = 'ANT'",
    ("s.status_code", "V", ">="): "legacy status codes are 'V', 'S', 'T' (documented list); 'V' is the largest, so >= 'V' is = 'V'",
    ("ls.status_code", "V", ">="): "legacy status codes are 'V', 'S', 'T' (documented list); 'V' is the largest, so >= 'V' is = 'V'",
    ("r.region_code", "alps", "<="): "region codes are 'alps', 'japan', 'canada' (documented list); 'alps' is the smallest, so <= 'alps' is = 'alps'",
    ("l.lesson_type", "private", ">="): "lesson_type is CHECK IN ('private', 'group'); 'private' is the largest, so >= 'private' is = 'private'",
    ("p.age_group", "adult", "<="): "age_group is CHECK IN ('adult', 'child'); 'adult' is the smallest, so <= 'adult' is = 'adult'",
    ("c.cause_group", "weather", ">="): "cause groups are 'weather', 'technical', 'operational', 'planned' (documented list); 'weather' is the largest, so >= 'weather' is = 'weather'",
    ("h.role_code", "SNR_INSTR", ">="): "role codes are 'LIFT_OP', 'LIFT_SUP', 'INSTR', 'SNR_INSTR', 'RENTAL', 'SNOWMAKER', 'PATROL', 'OFFICE' (documented list); 'SNR_INSTR' is the largest (C collation), so >= 'SNR_INSTR' is = 'SNR_INSTR'",
    ("l.status", "cancelled", "<="): "lesson status is CHECK IN ('held', 'cancelled', 'no_show'); 'cancelled' is the smallest, so <= 'cancelled' is = 'cancelled'",
}
DISTINCT = {
    "h001": "order_no is UNIQUE in sales_orders: the rows are distinct",
    "h002": "run_id is the primary key and each run matches one tariff row (one valid row per day, documented): the rows are distinct",
    "h004": "incident_id is unique across lift_downtime_incidents and archive_lift_downtime (documented): the rows are distinct",
    "h005": "one row per customers row and customer_no is UNIQUE: the rows are distinct",
    "h007": "contract_no is UNIQUE and each contract matches at most one fx_rates row (primary key): the rows are distinct",
    "h008": "refund_id is unique across refunds and archive_refunds (documented) and each refund matches one order: the rows are distinct",
    "h010": "staff_no is UNIQUE and a person has exactly one role-history row valid on a day (documented): the rows are distinct",
    "h011": "one row per resort_id of the grouped CTE g, joined to resorts by key: the rows are distinct",
    "h023": "incident_id is unique across the live and archive incident tables (documented): the rows are distinct",
    "h031": "one row per resort_id of the grouped CTE g, joined to resorts by key: the rows are distinct",
    "h036": "t has one row per (resort_code, season_code); the self-join fixes one season on each side: one row per resort_code",
    "h038": "a has one row per resort_id (GROUP BY): the rows are distinct",
    "h042": "one adult DAY product per resort (product_code '<resort>-DAY-AD' is UNIQUE) and one price row valid per day (documented): the rows are distinct",
    "h044": "incident_id is unique across the live and archive incident tables and one lift name is valid per day (documented): the rows are distinct",
    "h047": "one row per staff member (rn_first = 1 and rn_last = 1 pick one row each; staff_no UNIQUE): the rows are distinct",
    "h048": "g has one row per resort_id (GROUP BY): the rows are distinct",
    "h050": "one row per staff_role_history row, whose key is (staff_id, valid_from): the rows are distinct",
}
LOOKUP = ("resorts AS r", "resorts AS rf", "resorts AS rl", "lifts AS l", "downtime_causes AS c", "staff AS s", "staff_roles AS sr",
          "staff_roles AS pr", "staff_roles AS nr", "sales_channels AS ch", "rental_shops AS sh", "products AS p", "customers AS c")
JOIN_WHY = {
    "lookup": "the join column is NOT NULL and documented to reference this table (the archive copies carry the same values without the FK), so every row finds its match and LEFT adds no NULL-extended row",
    "history": "the history table is documented to have exactly one valid row for every day the row's date can take (prices from 2021-11-01, tariffs from 2023-01-01, lift names over the whole life, the instructor's role on the lesson date), so every row finds its match",
    "lines": "every order has at least one line (documented in order_lines), so LEFT JOIN adds no NULL-extended row",
    "refunds_sum": "the NULL-extended rows of orders without refunds only add NULL to SUM (ignored); a resort/customer missing from the refund CTE is COALESCEd to 0 or already has line rows, so the result is unchanged",
    "codemap": "every old code used in the legacy table is listed in its code map (documented), so every row finds its match",
    "fx_alps_chf": "fx_rates has a row for every day and non-EUR currency (documented); the rows that would lose their match are EUR rows, which the COALESCE(x.eur_per_unit, 1) treats identically",
    "h": "h is a CTE over staff_role_history and every staff member in it has a first and a last row, so the self-joins always match",
    "seasons": "every month_start lies in a season of the fiscal calendar (seasons cover every day), so every row finds its match",
    "order_of_refund": "every refund references an existing order (documented), so every row finds its match",
    "null_rejected": "a later inner join / WHERE condition on the joined table rejects the NULL-extended rows, so LEFT JOIN keeps the same rows",
}
JOINS = {  # (qid, joined table text) -> reason key
    ("h002", "energy_tariff_history AS t"): "history", ("h025", "energy_tariff_history AS t"): "history",
    ("h009", "product_price_history AS h"): "history", ("h040", "product_price_history AS h"): "history", ("h042", "product_price_history AS h"): "history",
    ("h020", "lift_name_history AS h"): "history", ("h044", "lift_name_history AS h"): "history", ("h043", "staff_role_history AS h"): "history",
    ("h003", "legacy_product_code_map AS m"): "null_rejected", ("h013", "legacy_product_code_map AS m"): "null_rejected",
    ("h038", "legacy_product_code_map AS m"): "codemap", ("h038", "products AS p"): "codemap",
    ("h041", "legacy_lift_code_map AS m"): "null_rejected", ("h041", "lifts AS l"): "null_rejected",
    ("h047", "h AS f"): "h", ("h047", "h AS l"): "h", ("h036", "seasons AS se"): "seasons", ("h045", "rental_shops AS sh"): "null_rejected",
    ("h013", "ORDER_LINES_UNION"): "null_rejected", ("h011", "ORDER_LINES_UNION"): "lines", ("h021", "ORDER_LINES_UNION"): "lines",
    ("h031", "ORDER_LINES_UNION"): "lines", ("h038", "ORDER_LINES_UNION"): "lines", ("h048", "order_lines AS l"): "lines",
    ("h037", "order_lines AS l"): "lines", ("h040", "order_lines AS l"): "lines", ("h026", "order_lines AS l"): "lines",
    ("h011", "REFUNDS_UNION"): "refunds_sum", ("h021", "REFUNDS_UNION"): "refunds_sum", ("h031", "REFUNDS_UNION"): "refunds_sum",
    ("h008", "ORDERS_UNION"): "order_of_refund", ("h050", "staff_roles AS pr"): "null_rejected",
}
SEASON_CMP = {  # (qid, literal, op) -> reason
    ("h003", "2020-21", ">="): "legacy_ticket_sales holds only sales dated 2020-09-01 .. 2021-04-30 (documented), none in a season after 2020-21",
    ("h038", "2020-21", ">="): "legacy_ticket_sales holds only sales dated 2020-09-01 .. 2021-04-30 (documented), none in a season after 2020-21",
    ("h041", "2020-21", ">="): "legacy_lift_counts holds only the months November 2020 .. April 2021 (documented), all in season 2020-21",
    ("h041", "2020-21", "<="): "legacy_lift_counts holds only the months November 2020 .. April 2021 (documented), all in season 2020-21",
    ("h018", "2023-24", "<="): "rental_contracts start on 2023-11-01 (documented: the rental system started then), so no contract lies in an earlier season",
    ("h034", "2024-25", "<="): None,
}


def main(mut_dir):
    mut_dir = Path(mut_dir)
    P = {}
    for line in open(mut_dir / "predictions-mutants-0.jsonl", encoding="utf-8"):
        d = json.loads(line)
        P[d["question_id"]] = d["generated_query"]
    text = (mut_dir / "survivors.md").read_text(encoding="utf-8")
    out, left = [], []
    for b in re.split(r"\n(?=## )", text):
        if not b.startswith("## ") or "needs review" not in b:
            continue
        head = b.splitlines()[0][3:]
        mid = head.split(" ")[0]
        kind = head.split(" — ")[1].split(":")[0]
        desc = head.split(": ", 1)[1] if ": " in head else ""
        q = mid.split("~")[0].replace("ski_resort-", "")
        sql, gold = P[mid], P[mid.split("~")[0] + "~m0"]
        why = None
        if "'uTC'" in sql and "'uTC'" not in gold:
            why = "PostgreSQL time zone names are case-insensitive: AT TIME ZONE 'uTC' is AT TIME ZONE 'UTC'"
        elif kind == "distinct" and desc.startswith("add DISTINCT"):
            why = DISTINCT.get(q)
        elif kind == "cmp_op":
            sm = difflib.SequenceMatcher(None, gold, sql, autojunk=False)
            ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
            if len(ops) == 1:
                _, a1, a2, b1, b2 = ops[0]
                m = re.search(r"([\w.]+) (\S*)$", gold[:a1] + "§")
                left_txt = gold[:a1]
                mm = re.search(r"([\w.]+) ([<>=]*)$", left_txt)
                newop = re.match(r"([<>=]+)", sql[b1 - (len(mm.group(2)) if mm else 0):]) if mm else None
                lit = re.match(r"[<>=]*\s*'([^']*)'", gold[a1:a1 + 40])
                col = mm.group(1) if mm else None
                if newop and lit and col:
                    why = DOMAIN.get((col, lit.group(1), newop.group(1)))
                    if why is None and col == "se.season_code":
                        why = SEASON_CMP.get((q, lit.group(1), newop.group(1)))
                if why is None and "rn_first <= 1" in sql or "rn_last <= 1" in sql:
                    why = "ROW_NUMBER() is never below 1, so rn <= 1 is rn = 1"
                if why is None and "COUNT(DISTINCT resort_id) <> 1" in sql:
                    why = "COUNT(DISTINCT resort_id) of a staff member's history rows is at least 1, so <> 1 is > 1"
                if why is None and "l.unit_price <> h.list_price" in sql:
                    why = "unit_price is documented never to exceed the list price valid on the order's local business date, so <> is <"
        elif kind == "join_type" and "INNER -> LEFT" in desc:
            jt = desc.split("JOIN ", 1)[1].split(" INNER")[0]
            if jt.startswith("(SELECT line_id"):
                jt = "ORDER_LINES_UNION"
            elif jt.startswith("(SELECT refund_id"):
                jt = "REFUNDS_UNION"
            elif jt.startswith("(SELECT order_id"):
                jt = "ORDERS_UNION"
            key = JOINS.get((q, jt))
            if key is None and jt in LOOKUP:
                key = "lookup"
            why = JOIN_WHY.get(key) if key else None
        elif kind == "join_type" and "LEFT -> INNER" in desc and q == "h002":
            why = JOIN_WHY["fx_alps_chf"]
        elif kind == "drop_conjunct" and q == "h041" and "season" in desc.lower() + b.lower():
            why = "legacy_lift_counts holds only the months November 2020 .. April 2021 (documented), all in season 2020-21: the season condition keeps every row"
        elif kind == "and_or" and q == "h041":
            why = "legacy_lift_counts holds only the months November 2020 .. April 2021 (documented), all in season 2020-21: the season condition keeps every row"
        if why:
            out.append({"qid": mid.split("~")[0], "kind": kind, "mutant": sql, "reason": why})
        else:
            left.append(f"{mid} [{kind}] {desc}")
    old = [json.loads(x) for x in open(OUT, encoding="utf-8")] if OUT.exists() else []
    seen = {(e["qid"], e["kind"], e["mutant"]) for e in out}
    out = [e for e in old if (e["qid"], e["kind"], e["mutant"]) not in seen] + out if "--merge" in sys.argv else out
    with open(OUT, "w", encoding="utf-8") as fh:
        for e in out:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(out)} reviewed equivalents written to {OUT}; {len(left)} survivors left:")
    for x in left:
        print("  ", x)


if __name__ == "__main__":
    main(next((a for a in sys.argv[1:] if not a.startswith("--")), "/tmp/ski_resort-mut"))
