"""For each question, run plausible WRONG queries (a decoy table, a missing archive/legacy part, current
value instead of history, UTC instead of local, no FX / inner FX join dropping EUR, soft-deleted or
voided rows kept, stale rpt_/v_ tables) and report on how many instances each differs from the gold.
Most wrong queries are derived from the gold by one textual substitution (labelled), some are written out.

Run:  /tmp/winery_ops-venv/bin/python bench/hard/winery_ops/decoy_check.py"""
import json
import sys
from collections import Counter

from _harness import ROOT, connect_all

sys.path.insert(0, str(ROOT / "bench/hard/winery_ops"))
import make_questions as M  # noqa: E402  (re-writes questions.jsonl identically)

LIVE = [(M.TAGS, "weigh_tags"), (M.ORD, "export_orders"), (M.LINES, "order_lines"), (M.INV, "invoices")]
SUB = {
    "live tables only (no archive)": LIVE,
    "soft-deleted orders kept": [("o.deleted_at IS NULL", "TRUE")],
    "no FX conversion": [(M.RATE, "1"), ("(CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)", "1")],
    "inner FX join (EUR rows lost)": [("LEFT JOIN fx_rates", "JOIN fx_rates")],
    "latest rate (v_fx_latest)": [("LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code", "LEFT JOIN v_fx_latest x ON x.currency_code = i.currency_code"),
                                  (M.FXO, "LEFT JOIN v_fx_latest x ON x.currency_code = o.currency_code")],
    "UTC date/time instead of local": [("t.weighed_at_local", "(t.weighed_at_utc AT TIME ZONE 'UTC')"), ("o.ordered_at_local", "(o.ordered_at_utc AT TIME ZONE 'UTC')"),
                                       (" weighed_at_local::time", " (weighed_at_utc AT TIME ZONE 'UTC')::time")],
    "local instead of UTC": [("ORDER BY t.weighed_at_utc DESC", "ORDER BY t.weighed_at_local DESC")],
    "current variety instead of history": [(M.VH, "JOIN vineyard_blocks h ON h.block_id = t.block_id")],
    "voided runs kept": [("br.status = 'completed'", "TRUE")],
    "voided legacy tickets kept": [("status_code = 'A'", "status_code <> 'R'")],
    "no legacy vintage 2021": [("UNION ALL SELECT tm.tank_id FROM legacy_weigh_tickets", "UNION ALL SELECT tm.tank_id FROM legacy_weigh_tickets WHERE FALSE AND")],
    "calendar year instead of fiscal": [("DATE '2023-07-01'", "DATE '2023-01-01'"), ("DATE '2024-07-01'", "DATE '2024-01-01'"),
                                        ("TIMESTAMPTZ '2023-07-01 00:00:00+00'", "TIMESTAMPTZ '2023-01-01 00:00:00+00'"), ("TIMESTAMPTZ '2024-07-01 00:00:00+00'", "TIMESTAMPTZ '2024-01-01 00:00:00+00'"),
                                        ("TIMESTAMPTZ '2025-07-01 00:00:00+00'", "TIMESTAMPTZ '2025-01-01 00:00:00+00'"), ("DATE '2025-07-01'", "DATE '2025-01-01'")],
    "only the first old block code": [("JOIN legacy_block_code_map m ON m.old_block_code = lt.old_block_code", "JOIN legacy_block_code_map m ON m.old_block_code = lt.old_block_code AND m.note IS NULL")],
    "one level of lineage only": [("UNION ALL SELECT c.top_id, k.source_lot_id FROM c JOIN lot_components k ON k.blend_lot_id = c.lot_id", "UNION ALL SELECT c.top_id, k.source_lot_id FROM c JOIN lot_components k ON k.blend_lot_id = c.lot_id WHERE c.top_id = c.lot_id")],
    "emptied_on taken as inclusive": [("f.emptied_on > DATE", "f.emptied_on >= DATE")],
}
CUSTOM = {
    10: [("first analysis instead of the most recent", M.Q[9][4][0].replace("ORDER BY a.sampled_on DESC", "ORDER BY a.sampled_on")),
         ("staging_lab_results", "SELECT lot_code, alcohol_pct FROM staging_lab_results WHERE lot_code LIKE '%-24-%'")],
    20: [("fills counted instead of distinct barrels", M.Q[19][4][0].replace("COUNT(DISTINCT f.barrel_id)", "COUNT(*)"))],
    23: [("rejected tags included", M.Q[22][4][0].replace(" AND t.status = 'accepted'", ""))],
    37: [("losses counted as releases", M.Q[36][4][0].replace("movement_type IN ('out_export', 'out_duty_paid')", "movement_type <> 'in_bottling'")),
         ("one partition only (za)", "SELECT 'ZA', ROUND(100 * SUM(litres) FILTER (WHERE movement_type = 'out_export') / SUM(litres), 2) FROM bond_movements_za WHERE movement_type IN ('out_export', 'out_duty_paid') AND moved_at_utc >= '2024-01-01 00:00+00' AND moved_at_utc < '2025-01-01 00:00+00'")],
    5: [("v_barrel_inventory snapshot", "SELECT DISTINCT v.barrel_code FROM v_barrel_inventory v JOIN lots l ON l.lot_code = v.lot_code WHERE l.variety_code = 'PN' AND l.vintage = 2023")],
    7: [("v_current_prices snapshot", "SELECT sku, price_per_case FROM v_current_prices WHERE currency_code = 'USD' AND price_per_case > 120")],
    8: [("staging_bond_movements", "SELECT load_id::text FROM staging_bond_movements WHERE country_code = 'ZA' AND movement_type = 'out_export' AND cases * 9 > 1000")],
    11: [("rpt_vintage_summary (all tags)", "SELECT vintage, SUM(tonnes) FROM rpt_vintage_summary GROUP BY vintage")],
    12: [("current variety instead of history", "SELECT w.winery_code, b.variety_code, ROUND(SUM(t.net_tonnes), 3) FROM weigh_tags t JOIN vineyard_blocks b ON b.block_id = t.block_id JOIN wineries w ON w.winery_id = t.winery_id WHERE t.vintage = 2024 AND t.status = 'accepted' GROUP BY 1, 2")],
    13: [("rpt_monthly_sales_eur", "SELECT CASE WHEN EXTRACT(MONTH FROM month) >= 7 THEN EXTRACT(YEAR FROM month) + 1 ELSE EXTRACT(YEAR FROM month) END::int AS fy, SUM(revenue_eur) FROM rpt_monthly_sales_eur GROUP BY 1")],
    14: [("one partition only (pt)", "SELECT 'PT', COALESCE(SUM(litres), 0) FROM bond_movements_pt WHERE movement_type = 'out_duty_paid' AND moved_at_utc >= '2024-07-01 00:00+00' AND moved_at_utc < '2025-07-01 00:00+00'")],
    16: [("current owner", "SELECT g.name, ROUND(SUM(t.net_tonnes), 3) FROM weigh_tags t JOIN block_ownership_history oh ON oh.block_id = t.block_id AND oh.valid_to IS NULL JOIN growers g ON g.grower_id = oh.grower_id WHERE t.status = 'accepted' AND t.vintage IN (2023, 2024) AND g.grower_type = 'contract' GROUP BY g.grower_id, g.name")],
    17: [("rpt_bottling_summary (voided incl., calendar)", "SELECT w.winery_code, r.year, r.cases FROM rpt_bottling_summary r JOIN wineries w ON w.winery_id = r.winery_id WHERE r.year BETWEEN 2023 AND 2025")],
    21: [("current tables only", "SELECT b.block_code, ROUND(SUM(t.net_tonnes), 3) AS tn FROM weigh_tags t JOIN vineyard_blocks b USING (block_id) WHERE t.status = 'accepted' AND t.vintage <= 2024 GROUP BY 1 ORDER BY tn DESC, 1 LIMIT 5")],
    22: [("rpt_customer_revenue", "SELECT c.customer_no, c.name, r.revenue_eur FROM rpt_customer_revenue r JOIN customers c USING (customer_id) ORDER BY 3 DESC, 1 LIMIT 10")],
    26: [("v_barrel_inventory snapshot", "SELECT lot_code, COUNT(*), NULL::numeric FROM v_barrel_inventory WHERE lot_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")],
    28: [("current invoices only", "SELECT c.customer_no, ROUND(SUM(i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)), 2) AS u FROM invoices i JOIN export_orders o USING (order_id) JOIN customers c ON c.customer_id = o.customer_id LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code WHERE i.paid_on IS NULL GROUP BY 1 ORDER BY u DESC, 1 LIMIT 5")],
    30: [("v_current_prices as the 2025 price", "SELECT a.sku, a.price_per_case, v.price_per_case, ROUND(100 * (v.price_per_case - a.price_per_case) / a.price_per_case, 2) AS ch FROM price_list_history a JOIN v_current_prices v ON v.sku = a.sku AND v.currency_code = 'EUR' WHERE a.currency_code = 'EUR' AND a.valid_from <= '2024-01-01' AND (a.valid_to IS NULL OR a.valid_to > '2024-01-01') ORDER BY ch DESC, a.sku")],
    34: [("voided runs kept", M.Q[33][4][0].replace("br.status = 'completed'", "TRUE"))],
    35: [("one level of lineage only", "SELECT tl.lot_code, COALESCE(l.variety_code, 'BLEND'), ROUND(100 * SUM(k.volume_l) / MAX(t.total), 2) FROM lots tl JOIN lot_components k ON k.blend_lot_id = tl.lot_id JOIN lots l ON l.lot_id = k.source_lot_id JOIN (SELECT blend_lot_id, SUM(volume_l) AS total FROM lot_components GROUP BY 1) t ON t.blend_lot_id = tl.lot_id WHERE tl.vintage = 2023 AND tl.lot_code LIKE '%-RSV' GROUP BY 1, 2")],
    36: [("current owner", "SELECT w.winery_code, ROUND(100 * SUM(t.net_tonnes) FILTER (WHERE g.grower_type = 'estate') / SUM(t.net_tonnes), 2) FROM weigh_tags t JOIN block_ownership_history oh ON oh.block_id = t.block_id AND oh.valid_to IS NULL JOIN growers g ON g.grower_id = oh.grower_id JOIN wineries w ON w.winery_id = t.winery_id WHERE t.vintage = 2024 AND t.status = 'accepted' GROUP BY 1")],
    40: [("inner join (blocks without fruit lost) / staging", "SELECT b.block_code, ROUND(SUM(t.net_tonnes) / b.area_ha, 3) FROM vineyard_blocks b JOIN weigh_tags t ON t.block_id = b.block_id AND t.vintage = 2024 WHERE b.block_code LIKE 'NZ-MBO-%' GROUP BY b.block_code, b.area_ha")],
    44: [("v_block_directory snapshot", "SELECT v.block_code, v.owner_name, g.name FROM v_block_directory v JOIN grape_varieties g ON g.variety_code = v.variety_code"),
         ("current variety", "SELECT b.block_code, g.name, v.name FROM vineyard_blocks b JOIN block_ownership_history oh ON oh.block_id = b.block_id AND oh.valid_from <= '2024-03-01' AND (oh.valid_to IS NULL OR oh.valid_to > '2024-03-01') JOIN growers g ON g.grower_id = oh.grower_id JOIN grape_varieties v ON v.variety_code = b.variety_code")],
    45: [("one partition only (pt)", "SELECT o.order_no, 'PT', b.document_ref FROM export_orders o JOIN bond_movements_pt b ON b.order_no = o.order_no WHERE o.deleted_at IS NULL AND o.status = 'shipped' AND o.shipped_on >= '2025-06-01' AND o.shipped_on < '2025-07-01'")],
    46: [("v_barrel_inventory snapshot", "SELECT barrel_code, lot_code, NULL::date FROM v_barrel_inventory")],
    47: [("inner join (tanks without deliveries lost)", "SELECT k.tank_code, COUNT(*), SUM(t.net_tonnes) FROM tanks k JOIN weigh_tags t ON t.receiving_tank_id = k.tank_id WHERE t.vintage = 2023 AND t.status = 'accepted' AND k.tank_code LIKE 'DOU-%' GROUP BY 1")],
    48: [("voided runs kept", M.Q[47][4][0].replace("br.status = 'completed'", "TRUE"))],
    50: [("v_lot_lineage_direct (one level)", "SELECT blend_lot_code, source_lot_code FROM v_lot_lineage_direct WHERE blend_lot_code LIKE '%-24-RSV'")],
}


def norm(rows):
    return [tuple(str(v) if v is not None else None for v in r) for r in rows]


def wrong_queries(i, gold):
    out = []
    for label, subs in SUB.items():
        sql = gold
        for a, b in subs:
            sql = sql.replace(a, b)
        if sql != gold and sql not in [x[1] for x in out]:
            out.append((label, sql))
    return out + CUSTOM.get(i, [])


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/winery_ops.jsonl", encoding="utf-8")]
    server, conns = connect_all()
    print("| question | wrong choice | instances where it differs from the gold |")
    print("|---|---|---|")
    covered = 0
    try:
        for i, q in enumerate(qs, 1):
            wq = wrong_queries(i, q["gold"][0])
            hit = False
            for label, sql in wq:
                diff, err = [], None
                for k, c in enumerate(conns):
                    with c.cursor() as cur:
                        cur.execute(q["gold"][0])
                        g = norm(cur.fetchall())
                        try:
                            cur.execute(sql)
                            w = norm(cur.fetchall())
                        except Exception as e:  # noqa: BLE001
                            c.rollback()
                            err = str(e).splitlines()[0]
                            break
                    same = g == w if q["order_matters"] else Counter(g) == Counter(w)
                    if not same:
                        diff.append(str(k))
                if err:
                    print(f"| {q['id']} | {label} | error: {err} |")
                    continue
                hit = hit or bool(diff)
                print(f"| {q['id']} | {label} | {len(diff)}/4 ({','.join(diff) or '-'}) |")
            covered += hit
    finally:
        for c in conns:
            c.close()
        server.stop()
    print(f"\nquestions with at least one decoy that changes the answer: {covered}/{len(qs)}")


if __name__ == "__main__":
    main()
