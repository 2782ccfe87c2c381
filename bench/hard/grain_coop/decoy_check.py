"""For each question, run plausible WRONG queries (a decoy table, a skipped archive/legacy table, UTC instead
of local dates, current tier instead of history, no FX, voided rows kept ...) and report on how many
instances each one gives a different result from the gold.

Run:  EVAL_CACHE_ROOT=/tmp/grain_coop-cache python bench/hard/grain_coop/decoy_check.py"""
import json
import re
from collections import Counter

from _harness import ROOT, connect, open_fixture

COLS = ("ticket_id, ticket_no, elevator_id, member_id, commodity_code, grade_code, gross_kg, tare_kg, dockage_pct, moisture_pct, "
        "protein_pct, weighed_at_utc, weighed_at_local, bin_id, contract_id, voided_at")
TK = f"(SELECT {COLS} FROM archive_delivery_tickets UNION ALL SELECT {COLS} FROM delivery_tickets)"
SCOLS = "settlement_id, ticket_id, settled_on, currency_code, net_amount, status"
ST = f"(SELECT {SCOLS} FROM archive_settlements UNION ALL SELECT {SCOLS} FROM settlements)"


def utc(g):
    return g.replace("t.weighed_at_local::date", "(t.weighed_at_utc AT TIME ZONE 'UTC')::date")


def keep_voided(g):
    return g.replace("t.voided_at IS NULL AND ", "").replace(" AND t.voided_at IS NULL", "").replace(" FILTER (WHERE t.voided_at IS NULL)", "")


def live_only(g):
    return g.replace(TK, "delivery_tickets").replace(ST, "settlements")


def no_legacy_union(g):
    return re.sub(r"SELECT l\.ticket_date AS d, .*? FROM legacy_scale_tickets l( WHERE l\.void_flag = 'N')? UNION ALL ", "", g)


def current_tier(g):
    return re.sub(r"JOIN member_tier_history h ON h\.member_id = (t|f)\.member_id AND .*?\) (WHERE)",
                  r"JOIN (SELECT member_id, current_tier_code AS tier_code FROM members) h ON h.member_id = \1.member_id \2", g)


def scale_grade(g):
    return g.replace("COALESCE(a.final_grade_code, t.grade_code)", "t.grade_code")


def with_reversed(g):
    return g.replace("s.status = 'paid' AND ", "").replace(" AND s.status = 'paid'", "")


def latest_fx(g):
    return g.replace("fxd.cad_per_unit", "COALESCE((SELECT v.cad_per_unit FROM v_fx_latest v WHERE v.currency_code = s.currency_code), 1)")


W = {  # question number -> [(label, transformation of the gold or a full SQL)]
    1: [("UTC date for the crop year", utc), ("voided kept", keep_voided)],
    2: [("live tickets only", live_only)],
    3: [("first old code only (E401)", "SELECT ROUND(SUM((l.gross_lb - l.tare_lb) * 0.45359237 * (1 - l.dockage_pct / 100) / 1000), 1) FROM legacy_scale_tickets l WHERE l.old_elevator_code = 'E401' AND l.void_flag = 'N' AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31'")],
    4: [("v_current_prices", "SELECT v.grade_code, v.price_per_tonne FROM v_current_prices v WHERE v.country_code = 'CA' AND v.grade_code LIKE 'HRS-%'")],
    5: [("UTC loading date", "SELECT COUNT(*) FROM (SELECT loaded_at_utc FROM rail_loadouts_bnsf_2023 UNION ALL SELECT loaded_at_utc FROM rail_loadouts_bnsf_2024) x WHERE loaded_at_utc >= TIMESTAMPTZ '2024-08-01 00:00+00' AND loaded_at_utc < TIMESTAMPTZ '2025-08-01 00:00+00'")],
    6: [("soft-deleted kept", lambda g: g.replace("deleted_at IS NULL AND ", ""))],
    7: [("UTC hour", lambda g: g.replace("t.weighed_at_local::time", "(t.weighed_at_utc AT TIME ZONE 'UTC')::time"))],
    8: [("UTC date for the crop year", utc)],
    9: [("upheld appeals counted", lambda g: g.replace("AND a.final_grade_code <> t.grade_code ", ""))],
    10: [("wheat dry limit 14.5 for every ticket", "SELECT COUNT(*) FROM legacy_scale_tickets l WHERE l.void_flag = 'N' AND l.moisture_pct > 14.5 AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31'")],
    11: [("no legacy (2020-21 missing)", no_legacy_union), ("rpt_deliveries_by_crop_year", "SELECT c.label, ROUND(SUM(r.clean_t), 1) FROM rpt_deliveries_by_crop_year r JOIN crop_years c USING (crop_year) GROUP BY c.label")],
    12: [("rpt_rail_shipments (CN)", "SELECT 'CN', SUM(loaded_t) FROM rpt_rail_shipments")],
    13: [("UTC date for the crop year", utc)],
    14: [("current tier", current_tier)],
    15: [("scale grade (appeals ignored)", scale_grade)],
    16: [("live tables only", live_only), ("rpt_member_settlements", "SELECT c.label, ROUND(SUM(r.net_cad) / 1000, 1) FROM rpt_member_settlements r JOIN crop_years c USING (crop_year) GROUP BY c.label")],
    17: [("live table instead of the archive", lambda g: g.replace("FROM archive_delivery_tickets t", "FROM delivery_tickets t"))],
    18: [("UTC date for the period", utc)],
    19: [("reversed settlements kept", with_reversed)],
    20: [("UTC loading time", lambda g: g.replace("loaded_at_local >= TIMESTAMP '2022-08-01 00:00:00' AND loaded_at_local < TIMESTAMP '2023-08-01 00:00:00'", "loaded_at_utc >= TIMESTAMPTZ '2022-08-01 00:00+00' AND loaded_at_utc < TIMESTAMPTZ '2023-08-01 00:00+00'"))],
    21: [("live tickets only", live_only), ("voided kept", keep_voided)],
    22: [("voided kept", keep_voided)],
    23: [("UTC date for the crop year", utc)],
    24: [("latest rate (v_fx_latest)", latest_fx), ("reversed kept", with_reversed)],
    25: [("first old code per elevator only", "SELECT e.elevator_code, COUNT(*) AS n FROM legacy_scale_tickets l JOIN legacy_elevator_code_map m ON m.old_elevator_code = l.old_elevator_code AND m.note IS NULL JOIN elevators e ON e.elevator_id = m.elevator_id WHERE l.void_flag = 'N' AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31' GROUP BY e.elevator_code ORDER BY n DESC, e.elevator_code")],
    26: [("CN partition only", "SELECT car_number, 'CN' AS railway_code, loaded_t FROM rail_loadouts_cn_2023 ORDER BY loaded_t DESC, car_number LIMIT 5")],
    27: [("voided kept", keep_voided)],
    28: [("live tickets only", live_only)],
    29: [("v_active_contracts", "SELECT v.contract_no, m.farm_name, e.elevator_code, v.contracted_t FROM v_active_contracts v JOIN forward_contracts f USING (contract_no) JOIN members m ON m.member_id = f.member_id JOIN elevators e ON e.elevator_id = f.elevator_id ORDER BY v.contracted_t DESC, v.contract_no LIMIT 10")],
    30: [("UTC date for the period", utc)],
    31: [("voided kept", keep_voided), ("rpt_moisture_summary shares (2023-24)", "SELECT r.commodity_code, ROUND(100.0 * r.tough_tickets / NULLIF(COUNT(*) OVER (), 0), 2) FROM rpt_moisture_summary r")],
    32: [("live tickets only", live_only)],
    33: [("scale grade (appeals ignored)", scale_grade)],
    34: [("no legacy (2020-21 missing)", no_legacy_union)],
    35: [("UTC date for the deliveries", utc)],
    36: [("no FX conversion", lambda g: g.replace("s.net_amount * fxd.cad_per_unit", "s.net_amount")), ("latest rate (v_fx_latest)", latest_fx)],
    37: [("unweighted average dockage", "SELECT e.elevator_code, ROUND(AVG(t.dockage_pct), 2) FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id WHERE t.voided_at IS NULL AND t.weighed_at_local::date BETWEEN DATE '2024-08-01' AND DATE '2025-07-31' GROUP BY e.elevator_code")],
    38: [("UTC date for the crop year", utc)],
    39: [("current tier", current_tier)],
    40: [("reversed kept", with_reversed)],
    41: [("legacy_members (old list)", "SELECT mm.member_no, COUNT(*) FROM legacy_scale_tickets l JOIN legacy_members lm ON lm.old_member_no = l.old_member_no JOIN (SELECT old_member_no, 'M' || lpad(split_part(old_member_no, '-', 2)::int::text, 4, '0') AS member_no FROM legacy_member_map) mm ON mm.old_member_no = l.old_member_no WHERE l.void_flag = 'N' GROUP BY mm.member_no")],
    42: [("price of the UTC date", lambda g: g.replace("p.valid_from <= t.weighed_at_local::date AND (p.valid_to IS NULL OR p.valid_to > t.weighed_at_local::date)", "p.valid_from <= (t.weighed_at_utc AT TIME ZONE 'UTC')::date AND (p.valid_to IS NULL OR p.valid_to > (t.weighed_at_utc AT TIME ZONE 'UTC')::date)")),
         ("scale grade (appeals ignored)", scale_grade)],
    43: [("live tickets only", live_only)],
    44: [("current tier", "SELECT t.ticket_no, m.member_no, m.current_tier_code FROM delivery_tickets t JOIN members m ON m.member_id = t.member_id JOIN elevators e ON e.elevator_id = t.elevator_id WHERE e.elevator_code = 'MB-BRN' AND t.voided_at IS NULL AND t.weighed_at_local::date BETWEEN DATE '2024-10-01' AND DATE '2024-10-31'")],
    45: [("voided kept", keep_voided)],
    46: [("latest USD rate (v_fx_latest)", "SELECT s.settlement_id, t.ticket_no, s.net_amount, v.cad_per_unit, ROUND(s.net_amount * v.cad_per_unit, 0) FROM settlements s JOIN delivery_tickets t ON t.ticket_id = s.ticket_id JOIN elevators e ON e.elevator_id = t.elevator_id JOIN v_fx_latest v ON v.currency_code = 'USD' WHERE e.name = 'Minot' AND s.status = 'paid' AND s.settled_on BETWEEN DATE '2024-09-01' AND DATE '2024-09-30'"),
         ("rate of the exact day only (weekend payments lost)", "SELECT s.settlement_id, t.ticket_no, s.net_amount, x.cad_per_unit, ROUND(s.net_amount * x.cad_per_unit, 0) FROM settlements s JOIN delivery_tickets t ON t.ticket_id = s.ticket_id JOIN elevators e ON e.elevator_id = t.elevator_id JOIN fx_rates x ON x.currency_code = 'USD' AND x.rate_date = s.settled_on WHERE e.name = 'Minot' AND s.status = 'paid' AND s.settled_on BETWEEN DATE '2024-09-01' AND DATE '2024-09-30'")],
    47: [("voided kept", lambda g: g.replace(" AND l.void_flag = 'N'", ""))],
    48: [("CN partition only", "SELECT 'CN', c.name, SUM(x.loaded_t) FROM rail_loadouts_cn_2024 x JOIN grades g ON g.grade_code = x.grade_code JOIN commodities c ON c.commodity_code = g.commodity_code GROUP BY c.name")],
    49: [("soft-deleted members kept", lambda g: g.replace("m.deleted_at IS NULL AND ", ""))],
    50: [("current tier", lambda g: re.sub(r"JOIN member_tier_history h ON .*? WHERE", "JOIN (SELECT member_id, current_tier_code AS tier_code FROM members) h ON h.member_id = f.member_id WHERE", g))],
}


def norm(rows):
    return [tuple(str(v) if v is not None else None for v in r) for r in rows]


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/grain_coop.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    conns = [connect(server.admin.for_db(db)) for db in fx.instance_dbs]
    print("| question | wrong choice | instances where it differs from the gold |")
    print("|---|---|---|")
    try:
        for i, q in enumerate(qs, 1):
            g = q["gold"][0]
            for label, w in W.get(i, []):
                sql = w(g) if callable(w) else w
                if sql == g:
                    print(f"| {q['id']} | {label} | (transformation did not apply) |")
                    continue
                diff = []
                for k, c in enumerate(conns):
                    with c.cursor() as cur:
                        cur.execute(g)
                        gr = norm(cur.fetchall())
                        try:
                            cur.execute(sql)
                            wr = norm(cur.fetchall())
                        except Exception as e:  # noqa: BLE001
                            wr = [("error", str(e)[:40])]
                    same = gr == wr if q["order_matters"] else Counter(gr) == Counter(wr)
                    if not same:
                        diff.append(str(k))
                print(f"| {q['id']} | {label} | {len(diff)}/4 ({','.join(diff) or '-'}) |")
    finally:
        for c in conns:
            c.close()
        server.stop()


if __name__ == "__main__":
    main()
