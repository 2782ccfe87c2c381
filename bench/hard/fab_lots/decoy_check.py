"""For the extension questions: plausible wrong readings (wrong table, UTC vs local, no archive, no soft
delete, stale report, staging table) and on how many of the 4 instances each changes the answer.
Run like crosscheck.py."""
import json
import os
from collections import Counter
from pathlib import Path

from _harness import ROOT, open_fixture
from eval.db.executor import Executor

D = {
    "fab_lots-h027": [("UTC date of placed_at (placed_at - 8 h)", "WITH q AS (SELECT fiscal_quarter, MIN(start_date) AS s, MAX(end_date) AS e FROM fiscal_periods WHERE fiscal_year = 2024 GROUP BY fiscal_quarter) SELECT q.fiscal_quarter, COUNT(h.hold_id), ROUND(COALESCE(SUM(EXTRACT(EPOCH FROM h.released_at - h.placed_at)), 0) / 3600.0, 2) FROM q LEFT JOIN lot_holds h ON (h.placed_at - INTERVAL '8 hours')::date BETWEEN q.s AND q.e GROUP BY q.fiscal_quarter"),
                      ("calendar year 2024 instead of FY", "SELECT EXTRACT(QUARTER FROM placed_at)::int, COUNT(*), ROUND(COALESCE(SUM(EXTRACT(EPOCH FROM released_at - placed_at)), 0) / 3600.0, 2) FROM lot_holds WHERE placed_at >= '2024-01-01' AND placed_at < '2025-01-01' GROUP BY 1")],
    "fab_lots-h028": [("live table only", "SELECT a.area_code, e.event_type, COUNT(*) FROM maintenance_events e JOIN tools t ON t.tool_id = e.tool_id JOIN process_areas a ON a.area_id = t.area_id WHERE e.started_at >= TIMESTAMPTZ '2022-10-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2023-10-01 00:00:00+00' GROUP BY 1, 2"),
                      ("fab-local date", "WITH e AS (SELECT tool_id, event_type, started_at FROM maintenance_events UNION ALL SELECT tool_id, event_type, started_at FROM archive_maintenance_events) SELECT a.area_code, e.event_type, COUNT(*) FROM e JOIN tools t ON t.tool_id = e.tool_id JOIN process_areas a ON a.area_id = t.area_id WHERE e.started_at >= TIMESTAMPTZ '2022-09-30 16:00:00+00' AND e.started_at < TIMESTAMPTZ '2023-09-30 16:00:00+00' GROUP BY 1, 2")],
    "fab_lots-h029": [("voided lots counted", "SELECT c.name, COUNT(DISTINCT l.lot_id), COUNT(w.wafer_id) FROM customers c LEFT JOIN products p ON p.customer_id = c.customer_id LEFT JOIN lots l ON l.product_id = p.product_id AND l.started_on >= DATE '2024-01-01' AND l.started_on < DATE '2025-01-01' LEFT JOIN wafers w ON w.lot_id = l.lot_id GROUP BY c.name")],
    "fab_lots-h030": [("UTC month", "SELECT EXTRACT(MONTH FROM shipped_at AT TIME ZONE 'UTC')::int, COUNT(*), ROUND(SUM(s.invoice_amount * r.usd_per_unit), 2) FROM shipments s JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date WHERE s.shipped_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY 1"),
                      ("stale report table", "SELECT EXTRACT(MONTH FROM month_start)::int, SUM(shipments_count), SUM(invoice_total_usd) FROM rpt_customer_revenue_monthly WHERE month_start >= DATE '2024-01-01' AND month_start < DATE '2025-01-01' GROUP BY 1")],
    "fab_lots-h031": [("UTC quarter", "SELECT h.status_code, ROUND(SUM(EXTRACT(EPOCH FROM LEAST(COALESCE(h.valid_to, TIMESTAMPTZ '2025-04-01 00:00:00+00'), TIMESTAMPTZ '2025-04-01 00:00:00+00') - GREATEST(h.valid_from, TIMESTAMPTZ '2025-01-01 00:00:00+00'))) / 3600.0, 1) FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id JOIN process_areas a ON a.area_id = t.area_id WHERE a.area_code = 'LITHO' AND h.valid_from < TIMESTAMPTZ '2025-04-01 00:00:00+00' AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2025-01-01 00:00:00+00') GROUP BY 1")],
    "fab_lots-h034": [("stale report table", "SELECT c.name, SUM(r.invoice_total_usd) AS u FROM rpt_customer_revenue_monthly r JOIN customers c ON c.customer_id = r.customer_id WHERE r.month_start >= DATE '2025-01-01' GROUP BY c.name ORDER BY u DESC, c.name")],
    "fab_lots-h037": [("live table only", "SELECT emp.full_name, COUNT(*) AS n FROM maintenance_events e JOIN employees emp ON emp.employee_id = e.signed_off_by WHERE e.event_type = 'pm' AND e.started_at >= TIMESTAMPTZ '2022-01-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2023-01-01 00:00:00+00' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5")],
    "fab_lots-h039": [("UTC quarter", "SELECT s.shipment_code, c.name, ROUND(s.invoice_amount * r.usd_per_unit, 2) FROM shipments s JOIN customers c ON c.customer_id = s.customer_id JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date WHERE s.shipped_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-04-01 00:00:00+00' ORDER BY s.invoice_amount * r.usd_per_unit DESC, s.shipment_code LIMIT 10")],
    "fab_lots-h045": [("live table only", "SELECT EXTRACT(YEAR FROM started_at AT TIME ZONE 'UTC')::int, ROUND(100.0 * COUNT(*) FILTER (WHERE event_type = 'repair') / COUNT(*), 2) FROM maintenance_events WHERE started_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY 1"),
                      ("fab-local year", "WITH e AS (SELECT event_type, started_at FROM maintenance_events UNION ALL SELECT event_type, started_at FROM archive_maintenance_events) SELECT EXTRACT(YEAR FROM (started_at AT TIME ZONE 'UTC') + INTERVAL '8 hours')::int AS y, ROUND(100.0 * COUNT(*) FILTER (WHERE event_type = 'repair') / COUNT(*), 2) FROM e WHERE (started_at AT TIME ZONE 'UTC') + INTERVAL '8 hours' >= '2021-01-01' AND (started_at AT TIME ZONE 'UTC') + INTERVAL '8 hours' < '2025-01-01' GROUP BY 1")],
    "fab_lots-h048": [("staging table, all loads", "SELECT p.product_code, ROUND(100.0 * SUM(t.dies_good) / SUM(t.dies_tested), 2) FROM staging_sort_tests t JOIN wafers w ON w.wafer_id = t.wafer_id JOIN lots l ON l.lot_id = w.lot_id JOIN products p ON p.product_id = l.product_id WHERE t.test_date >= DATE '2025-06-01' GROUP BY 1")],
    "fab_lots-h049": [("UTC month", "SELECT l.lot_code, s.shipment_code, p.product_code, sl.wafers_shipped FROM shipments s JOIN shipment_lots sl ON sl.shipment_id = s.shipment_id JOIN lots l ON l.lot_id = sl.lot_id JOIN products p ON p.product_id = l.product_id WHERE s.shipped_at >= TIMESTAMPTZ '2024-12-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-01-01 00:00:00+00'")],
    "fab_lots-h051": [("live tables only", "SELECT t.tool_code, COUNT(DISTINCT e.event_id), ROUND(COALESCE(SUM(mp.quantity * pt.unit_price_usd), 0), 2) FROM tools t LEFT JOIN maintenance_events e ON e.tool_id = t.tool_id LEFT JOIN maintenance_parts mp ON mp.event_id = e.event_id LEFT JOIN parts pt ON pt.part_no = mp.part_no WHERE t.decommissioned_on < DATE '2025-01-01' GROUP BY 1")],
    "fab_lots-h054": [("staging table, all loads", "SELECT l.lot_code, COUNT(*), SUM(t.dies_good), COALESCE(SUM((SELECT b.die_count FROM sort_bins b WHERE b.wafer_id = t.wafer_id AND b.bin_code = 'B09')), 0) FROM (SELECT wafer_id, test_date, dies_good FROM sort_tests WHERE test_date < '2025-06-01' UNION ALL SELECT wafer_id, test_date, dies_good FROM staging_sort_tests) t JOIN wafers w ON w.wafer_id = t.wafer_id JOIN lots l ON l.lot_id = w.lot_id JOIN products p ON p.product_id = l.product_id JOIN technologies tc ON tc.tech_id = p.tech_id WHERE tc.node_code = 'BCD180' AND t.test_date >= DATE '2025-04-01' AND t.test_date <= DATE '2025-06-30' GROUP BY 1")],
    "fab_lots-h055": [("moment read as UTC", "SELECT t.tool_code, h.status_code, c.is_down FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id JOIN process_areas a ON a.area_id = t.area_id JOIN tool_status_codes c ON c.status_code = h.status_code WHERE a.area_code = 'ETCH' AND h.valid_from <= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2025-01-01 00:00:00+00')")],
    "fab_lots-h057": [("voided lots kept", "SELECT lot_code, priority, status FROM lots WHERE started_on >= DATE '2024-01-01' AND started_on <= DATE '2024-12-31' AND priority IN ('hot', 'engineering')")],
    "fab_lots-h058": [("UTC year", "SELECT COUNT(DISTINCT s.shipment_id), SUM(sl.wafers_shipped) FROM shipments s JOIN shipment_lots sl ON sl.shipment_id = s.shipment_id WHERE s.shipped_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-01-01 00:00:00+00'")],
    "fab_lots-h059": [("live table only", "SELECT e.event_id, (e.started_at AT TIME ZONE 'UTC')::date, ROUND(EXTRACT(EPOCH FROM e.ended_at - e.started_at) / 3600.0, 2) FROM maintenance_events e JOIN tools t ON t.tool_id = e.tool_id WHERE t.tool_code = 'ETCH-02' AND e.event_type = 'repair' AND e.started_at >= TIMESTAMPTZ '2022-01-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2024-01-01 00:00:00+00' AND e.ended_at - e.started_at > INTERVAL '10 hours'")],
    "fab_lots-h060": [("staging table, all loads", "SELECT COUNT(*) FROM staging_sort_tests WHERE test_date >= DATE '2025-06-01' AND dies_good >= 0.9 * dies_tested"),
                      ("staging, distinct wafers", "SELECT COUNT(DISTINCT wafer_id) FROM staging_sort_tests WHERE test_date >= DATE '2025-06-01' AND dies_good >= 0.9 * dies_tested")],
    "fab_lots-h062": [("week read as UTC", "SELECT DISTINCT t.tool_code FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id WHERE h.status_code = 'engineering' AND h.valid_from < TIMESTAMPTZ '2024-06-17 00:00:00+00' AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2024-06-10 00:00:00+00')")],
    "fab_lots-h063": [("voided lots kept", "SELECT COUNT(*), COUNT(*) FILTER (WHERE l.priority = 'hot') FROM lots l JOIN products p ON p.product_id = l.product_id JOIN technologies t ON t.tech_id = p.tech_id WHERE t.node_code = 'N40LP' AND l.started_on >= DATE '2024-10-01'")],
}


def main():
    qpath = Path(os.environ.get("FAB_QUESTIONS", str(ROOT / "questions/fab_lots.jsonl")))
    gold = {q["id"]: q for q in map(json.loads, open(qpath, encoding="utf-8"))}
    server, fx = open_fixture()
    ex = Executor(server, timeout_s=60)
    print("| question | wrong reading | instances where the answer changes |\n|---|---|---:|")
    try:
        for qid, alts in D.items():
            g = [ex.execute(fx.instance_dbs[k], gold[qid]["gold"][0], max_chars=None).result.rows for k in range(4)]
            for label, sql in alts:
                n = 0
                for k in range(4):
                    out = ex.execute(fx.instance_dbs[k], sql, max_chars=None)
                    assert out.ok, (qid, label, out.error)
                    a = [tuple(str(v) for v in r) for r in out.result.rows]
                    b = [tuple(str(v) for v in r) for r in g[k]]
                    n += (a != b) if gold[qid]["order_matters"] else (Counter(a) != Counter(b))
                print(f"| {qid} | {label} | {n}/4 |")
    finally:
        ex.close()
        server.stop()


if __name__ == "__main__":
    main()
