"""Write bench/hard/ferry_ops/mutants_reviewed.jsonl: surviving mutants of tools/mutants.py that are
equivalent to their gold on every valid database of the schema, each with its reason (documented code
lists in C collation, documented table coverage, NULL rules in the COMMENTs, joins rejected by a later
inner join, time-zone name case, comparator tolerance). Reads the --json of a mutants run made with
--no-reviewed (default /tmp/ferry_ops-ext-mut2.json). Everything not listed stays a real survivor.

Run: python bench/hard/ferry_ops/make_reviewed.py [mutants.json]"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ferry_ops-ext-mut2.json")

UTC = "PostgreSQL time zone names are case-insensitive: AT TIME ZONE 'uTC' is AT TIME ZONE 'UTC'"
LEG_UP = ("legacy_departures holds only departures of 2021 and earlier (table COMMENT: sailings from 2022 are never here), "
          "so this change of the upper bound 2022-01-01 keeps the same rows")
ARCH22 = ("archive_sailings holds only sailings with a UTC scheduled departure in calendar 2022 (table COMMENT: before the "
          "2023-01-01 00:00 UTC cutoff, calendar 2022), so this change of the 2022 bounds keeps the same rows")
S_CANC = ("sailing status is CHECK IN ('scheduled', 'completed', 'cancelled') (same column in the archive); 'cancelled' is the "
          "smallest in C collation, so status <= 'cancelled' is status = 'cancelled'")
S_REASON = ("cancel_reason_code is NULL unless status = 'cancelled' (CHECK on sailings, the same documented rule in the archive), "
            "so together with cancel_reason_code = 'WX' the status condition keeps the same rows")
S_SCHED = ("status 'scheduled' exists only for departures after the extract moment 2025-07-01 00:00 UTC (column COMMENT); the "
           "period asked is before it, so status >= 'completed' (completed or scheduled) keeps the same rows")
S_ACTUAL = ("actual_departure_utc is NULL for cancelled and not yet departed sailings (column COMMENT), so the delay condition "
            "already keeps completed sailings only")
WX = ("cancel reason codes are 'CREW', 'LOW', 'PORT', 'TECH', 'WX' (cancel_reasons, COMMENT); 'WX' is the largest in C collation, "
      "so cancel_reason_code >= 'WX' is = 'WX'")
LEG_R = ("legacy booking status codes are 'B', 'K', 'N', 'R' (legacy_status_codes, COMMENT); 'R' is the largest, so status >= 'R' is = 'R'")
LEG_CANC = "legacy_departures.cancelled has CHECK (cancelled IN ('J', 'N')): 'N' is the larger (>= 'N' is = 'N'), 'J' the smaller (<= 'J' is = 'J')"
BK_TRAV = ("booking status is CHECK IN ('confirmed', 'travelled', 'no_show', 'cancelled') (archive the same); 'travelled' is the largest "
           "in C collation, so status >= 'travelled' is = 'travelled'")
BK_CANC = "booking status is CHECK IN ('confirmed', 'travelled', 'no_show', 'cancelled'); 'cancelled' is the smallest, so <= 'cancelled' is = 'cancelled'"
BK_NS = "the WHERE keeps only status 'travelled' or 'no_show'; of these only 'no_show' is <= 'no_show'"
MO_CL = "maintenance_orders.status is CHECK IN ('open', 'closed'); 'closed' is the smaller, so status <= 'closed' is = 'closed'"
MO_OPEN = ("an open work order has closed_on NULL (COMMENT: NULL while open), and the condition on closed_on (its range, or the "
           "join of fx_rates / fiscal_periods on closed_on) already removes it")
REGION = "region codes are 'north', 'south', 'east' (regions, FK from routes); 'east' is the smallest, so <= 'east' is = 'east'"
RANK_AB = "rank codes are 'MST', 'CO', 'OOW', 'CE', 'ENG', 'AB', 'STW' (ranks, FK from crew_rank_history); 'AB' is the smallest, so <= 'AB' is = 'AB'"
RN1 = "ROW_NUMBER() is always >= 1: rn <= 1 keeps exactly rn = 1"
FX = ("fx_rates has one row for every day 2021-01-01 .. 2025-06-30 and every currency (COMMENT: no gaps), and the join date always lies "
      "in that range here, so the LEFT JOIN finds the same single row as the INNER JOIN")
FK = "the join column is NOT NULL and references this table (FK; the archive copies carry the same values), so every row finds its match"
REJ = "the following INNER JOIN on a column of the NULL-extended table rejects the NULL-extended rows, so LEFT JOIN = INNER JOIN here"
VNH = "vessel_name_history covers every vessel's whole service life with one valid row per day (table COMMENT), so the join always matches"
REF_B = "every refund belongs to a booking (refunds: of bookings in bookings; archive_refunds: of archive_bookings; table COMMENTs), so the union of archive and live bookings always matches"
SUMNULL = ("a NULL-extended ticket row adds a NULL to SUM, which SUM ignores; the outer query LEFT JOINs rv anyway, so a booking "
           "without tickets contributes nothing either way")
CNTNULL = "a sailing without crew assignments adds a NULL crew_id, which COUNT(DISTINCT a.crew_id) ignores; the vessel row exists anyway (outer LEFT JOIN)"
UNIQ = "rows are unique without DISTINCT: the output holds a key ({})"
FX21 = ("fx_rates starts on 2021-01-01 (table COMMENT), so the inner join of fx_rates on departure_date already removes every "
        "departure before 2021: the lower bound 2021-01-01 is implied")
LOC00 = ("a departure at local midnight has local time 00:00, which fails the condition scheduled_departure_local::time >= 22:00, so "
         "including or excluding the row exactly at the local-midnight bound keeps the same rows")

M = {}
def add(reason, *ids):
    for i in ids:
        M[f"ferry_ops-{i}"] = reason
add(LEG_UP, "h003~m7", "h003~m17", "h003~m18", "h003~m37", "h007~m3", "h007~m15", "h007~m16", "h007~m43", "h015~m3", "h015~m28", "h015~m29", "h015~m51",
    "h017~m6", "h017~m14", "h017~m15", "h017~m30", "h022~m6", "h022~m10", "h022~m11", "h022~m30", "h029~m7", "h029~m24", "h029~m25", "h029~m41",
    "h036~m8", "h036~m18", "h036~m19", "h036~m34", "h041~m5", "h041~m16", "h041~m17", "h041~m22", "h048~m5", "h048~m9", "h048~m10", "h048~m24")
add(ARCH22, "h015~m9", "h015~m10", "h015~m34", "h015~m35", "h015~m53", "h015~m61", "h032~m9", "h032~m10", "h032~m29", "h032~m30", "h032~m39", "h032~m40", "h032~m46",
    "h044~m6", "h044~m7", "h044~m15", "h044~m16", "h044~m30", "h044~m31", "h044~m35", "h049~m7", "h049~m8", "h049~m25", "h049~m26", "h049~m35", "h049~m42")
add(S_CANC, "h001~m20", "h012~m18", "h034~m13", "h039~m28")
add(S_REASON, "h001~m1", "h001~m22", "h039~m30")
add(S_SCHED, "h007~m23", "h008~m11", "h026~m16", "h019~m22")
add(S_ACTUAL, "h019~m1", "h019~m20")
add(WX, "h001~m27", "h039~m35")
add(LEG_R, "h003~m36", "h029~m33")
add(LEG_CANC, "h007~m33", "h048~m17", "h022~m27")
add(BK_TRAV, "h009~m25", "h009~m30", "h044~m29")
add(BK_CANC, "h015~m57")
add(BK_NS, "h038~m26")
add(MO_CL, "h010~m30", "h021~m24", "h047~m9")
add(MO_OPEN, "h010~m32", "h021~m26", "h047~m11", "h021~m4", "h047~m4")
add(REGION, "h022~m22")
add(RANK_AB, "h023~m10")
add(RN1, "h035~m4")
add(FX, "h006~m4", "h014~m4", "h025~m2", "h027~m3", "h029~m4", "h030~m14", "h031~m4", "h032~m6", "h037~m3", "h040~m16", "h047~m2", "h049~m4")
add(FK, "h012~m1", "h026~m1", "h039~m1", "h027~m2", "h037~m2", "h031~m3", "h050~m1", "h050~m2", "h009~m4", "h032~m5", "h044~m2", "h049~m3",
    "h023~m2", "h033~m4", "h046~m2")
add(REJ, "h003~m2", "h017~m2", "h022~m1", "h029~m2", "h036~m4", "h041~m2", "h006~m2", "h011~m3", "h013~m1", "h028~m1", "h035~m10", "h040~m1",
    "h043~m1", "h046~m1", "h023~m1", "h033~m3", "h037~m1", "h016~m2", "h042~m2", "h048~m1")
add(VNH, "h008~m1", "h028~m2")
add(REF_B, "h025~m1")
add(FX21, "h029~m6", "h029~m44")
add(LOC00, "h004~m15", "h004~m18")
add(SUMNULL, "h030~m13")
add(CNTNULL, "h045~m12")
for i, k in (("h002~m36", "bunker_id"), ("h007~m49", "year"), ("h011~m7", "sailing_code, UNIQUE in sailings"), ("h018~m28", "route_code: one fare valid per route, type and day (COMMENT)"),
             ("h021~m33", "work_order_id"), ("h024~m29", "bunker_id"), ("h031~m34", "bunker_id"), ("h034~m26", "month, the GROUP BY key"),
             ("h035~m14", "route_code: rn = 1 keeps one row per route"), ("h038~m31", "year, the GROUP BY key"), ("h042~m44", "year, the GROUP BY key")):
    add(UNIQ.format(k), i)


def main():
    d = json.loads(SRC.read_text(encoding="utf-8"))
    out, seen = [], set()
    for s in d["survivor_list"]:
        if s["likely_equivalent"]:
            continue
        reason = None
        if s.get("reviewed_equivalent") and s["why"].startswith("equivalent (reviewed): "):
            reason = s["why"][len("equivalent (reviewed): "):]
        elif "'uTC'" in s["desc"]:
            reason = UTC
        # A ROUND-decimals mutant that the comparator accepts is NOT reviewed equivalent: every such gold rounds a sum of amounts x
        # eur_per_unit numeric(12,6), and nothing in the schema bounds the value from below, so a small amount on a valid instance
        # tells the roundings apart (audit 2026-12-03, bench/hard/MUTANT_REVIEW_AUDIT.md).  They stay real survivors.
        elif s["id"] in M:
            reason = M[s["id"]]
        if reason:
            seen.add(s["id"])
            out.append({"qid": s["question_id"], "kind": s["kind"], "mutant": s["mutant"], "reason": reason})
    missing = sorted(set(M) - seen)
    with open(HERE / "mutants_reviewed.jsonl", "w", encoding="utf-8") as fh:
        for e in out:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(len(out), "reviewed entries;", "ids not among the survivors:", missing)


if __name__ == "__main__":
    main()
