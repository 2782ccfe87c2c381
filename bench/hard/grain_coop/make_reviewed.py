"""Write bench/hard/grain_coop/mutants_reviewed.jsonl: the hand review of grain_coop's surviving mutants that are
equivalent to their gold on every valid database of the schema (reason per mutant), read by
`tools/mutants.py --reviewed`.  Run after a mutants run:  python make_reviewed.py /tmp/grain_coop-mut
Survivors NOT listed here are the real (data-gap) survivors reported in README.md."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FK = "{c} is NOT NULL REFERENCES {t} (declared foreign key): every row has exactly one partner, so LEFT JOIN = INNER JOIN"
REJ = "the WHERE clause (or a later INNER JOIN) rejects the NULL-extended rows of this join, so LEFT JOIN = INNER JOIN"
LEG_TO = "legacy_scale_tickets holds ticket dates up to 2021-07-31 only (table comment: used until 2021-07-31), so the moved upper bound admits no other row"
LIVE_FROM = "delivery_tickets holds only local scale dates from 2023-08-01 (table comment; earlier tickets are in the archive), so the moved lower bound admits no other row"
ARCH_FROM = "archive_delivery_tickets / delivery_tickets hold no ticket before 2021-08-01 (table comments), so the moved lower bound admits no other row"
ARCH_TO = "archive_delivery_tickets holds local scale dates up to 2023-07-31 only (table comment), so the moved upper bound admits no other row"
ARAIL = "archive_rail_loadouts holds only loadouts with a local loading date before 2023-08-01 (crop years 2021-22 and 2022-23, table comment): the upper bound never removes a row"
FXCOV = ("every settlement has exactly one fxd row: settled_on is on or after the ticket's scale date (>= 2021-08-01, column comments), fx_rates has business-day rows from "
         "2021-07-30 (so a latest rate on or before every such day exists) and CAD matches the CAD row; LEFT JOIN = INNER JOIN")
UNIQ = "the output rows are already unique ({k}), so DISTINCT changes nothing"
LEG_MAP = "the following INNER JOIN on a column of the NULL-extended table rejects the NULL-extended rows, so LEFT JOIN = INNER JOIN"
TIER = ("member_tier_history covers every day from joined_on for every member (table comment) and the ticket / signing date is on or after joined_on "
        "(column comments): exactly one tier row matches, so LEFT JOIN = INNER JOIN")
VOIDN = "CHECK void_flag IN ('Y', 'N'): 'N' is the smaller, so <= 'N' is = 'N'"
PAIDLE = "CHECK status IN ('paid', 'reversed'): 'paid' is the smaller, so <= 'paid' is = 'paid'"
R = {
    "h003~m1": LEG_MAP + " (JOIN elevators ON e.elevator_id = m.elevator_id)", "h003~m24": VOIDN, "h003~m32": LEG_TO,
    "h004~m17": "country_code takes only the values of countries, 'CA' and 'US' (documented code list); 'CA' is the smaller, so <= 'CA' is = 'CA'",
    "h004~m36": UNIQ.format(k="exactly one price row is valid for a country, grade and day (table comment), so grade_code is unique in the result"),
    "h007~m21": "no ticket has a local scale date of 2025-08-01 at 18:00 or later: tickets exist only up to the extract moment 2025-08-01 08:00 UTC (= 02:00 local at Havre) (table comment)",
    "h008~m9": "CHECK status IN ('paid', 'reversed'): 'reversed' is the greater, so >= 'reversed' is = 'reversed'",
    "h009~m2": "a.final_grade_code <> t.grade_code is NULL (not true) when final_grade_code is NULL, so the dropped IS NOT NULL conjunct is implied",
    "h009~m15": LIVE_FROM,
    "h010~m1": LEG_MAP + " (JOIN grades ON g.grade_code = gm.grade_code)", "h010~m11": VOIDN, "h010~m22": LEG_TO,
    "h011~m19": VOIDN, "h013~m6": LIVE_FROM, "h014~m1": TIER,
    "h015~m19": UNIQ.format(k="one row per GROUP BY key"),
    "h016~m1": FXCOV, "h016~m2": LEG_MAP + " (JOIN crop_years on the ticket's scale date)", "h016~m20": PAIDLE,
    "h016~m27": "there are no settlements of crop year 2020-21: settlements/archive_settlements start with crop year 2021-22 and the legacy system has no settlements (table comments)",
    "h017~m15": ARCH_TO,
    "h018~m17": "regions.country_code takes only the values 'CA' and 'US' (countries code list); 'US' is the greater, so >= 'US' is = 'US'",
    "h019~m11": PAIDLE, "h019~m17": LIVE_FROM,
    "h020~m6": ARAIL, "h020~m14": ARAIL, "h020~m15": ARAIL, "h020~m20": ARAIL,
    "h021~m3": "member_id of live and archived tickets always names a member (delivery_tickets FK; the archive has the same columns and meaning): LEFT JOIN = INNER JOIN",
    "h021~m19": ARCH_FROM,
    "h022~m3": LEG_MAP + " (JOIN elevators ON e.elevator_id = b.elevator_id)",
    "h023~m20": LIVE_FROM,
    "h024~m3": FXCOV, "h024~m16": PAIDLE, "h024~m31": UNIQ.format(k="settlement_id is the primary key"),
    "h025~m1": LEG_MAP + " (JOIN elevators ON e.elevator_id = m.elevator_id)", "h025~m10": VOIDN, "h025~m16": LEG_TO,
    "h028~m1": LEG_MAP + " (JOIN regions ON rg.region_code = e.region_code)",
    "h028~m20": "regions.country_code takes only the values 'CA' and 'US' (countries code list); 'US' is the greater, so >= 'US' is = 'US'", "h028~m26": ARCH_FROM,
    "h029~m10": "all forward contracts were signed on or before 2025-07-31 (table comment), so the moved upper bound admits no other row",
    "h033~m36": "a final grade is always a grade of the ticket's commodity (grade_appeals comment), so for HRS tickets it is one of 'HRS-1' < 'HRS-2' < 'HRS-3' < 'HRS-FEED': <= 'HRS-1' is = 'HRS-1'",
    "h034~m19": "CHECK void_flag IN ('Y', 'N'): 'Y' is the greater, so >= 'Y' is = 'Y'",
    "h035~m2": "crop_years has one row per crop year from 2019-20 to 2025-26 (table comment), so crop years 2023 and 2024 always match",
    "h035~m6": "NULL-extended rows form a group with cy NULL, which the join d.cy = l.cy never matches: same result",
    "h035~m34": UNIQ.format(k="one row per crop-year label"),
    "h036~m1": FXCOV, "h036~m17": PAIDLE,
    "h036~m42": "settlements.currency_code is the elevator country's settlement currency, 'CAD' or 'USD' (column and countries comments): >= 'USD' is = 'USD'",
    "h039~m1": TIER, "h039~m29": LIVE_FROM, "h040~m14": PAIDLE,
    "h041~m1": LEG_MAP + " (JOIN members ON m.member_id = mm.member_id)", "h041~m8": VOIDN, "h041~m14": LEG_TO,
    "h042~m4": "exactly one grade_price_schedule row is valid for a country, grade and day (table comment): LEFT JOIN = INNER JOIN",
    "h042~m50": UNIQ.format(k="ticket_no is UNIQUE and one price row is valid per day"),
    "h043~m10": "CHECK status IN ('open', 'filled', 'cancelled'): 'cancelled' is the smallest, so <= 'cancelled' is = 'cancelled'",
    "h044~m3": TIER, "h044~m33": UNIQ.format(k="ticket_no is UNIQUE and one tier row is valid per day"),
    "h045~m7": "the NULL-extended rows form a group with elevator_id NULL, which the outer LEFT JOIN d ON d.elevator_id = e.elevator_id never matches: same result",
    "h045~m31": UNIQ.format(k="elevator_code is UNIQUE"),
    "h046~m1": "every payment date is on or after 2021-08-01 and fx_rates has USD business-day rows from 2021-07-30, so exactly one rate row is valid for every settlement: LEFT JOIN = INNER JOIN",
    "h046~m2": LEG_MAP + " (JOIN elevators ON e.elevator_id = t.elevator_id)", "h046~m20": PAIDLE,
    "h046~m36": "fx_rates.currency_code is 'USD' or 'EUR' (column comment): >= 'USD' is = 'USD'", "h046~m39": UNIQ.format(k="settlement_id is the primary key"),
    "h047~m9": "every elevator has at least one old code (legacy_elevator_code_map comment): LEFT JOIN = INNER JOIN", "h047~m15": VOIDN, "h047~m21": LEG_TO,
    "h048~m5": "a loadout's grade_code is always a grades code (column comment '(grades.grade_code)'): LEFT JOIN = INNER JOIN",
    "h050~m2": TIER,
    "h050~m9": "all forward contracts were signed on or before 2025-07-31 (table comment), so the moved upper bound admits no other row",
    "h050~m11": UNIQ.format(k="contract_no is UNIQUE and one tier row is valid per day"),
}


def main(run_dir):
    preds = {}
    for line in open(Path(run_dir) / "predictions-mutants-0.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        preds[rec["question_id"]] = rec["generated_query"]
    kinds = {}
    for line in open(Path(run_dir) / "questions-mutants-0.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        kinds[rec["id"]] = rec.get("extra_kind")
    out = []
    for short, reason in sorted(R.items()):
        mid = f"grain_coop-{short}"
        if mid not in preds:
            print("missing", mid)
            continue
        out.append({"qid": mid.split("~")[0], "kind": kinds.get(mid), "mutant": preds[mid], "reason": reason})
    with open(HERE / "mutants_reviewed.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "reviewed entries")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/grain_coop-mut")
