"""For each question, run plausible WRONG queries that pick a decoy table or skip a needed one
(current table only, stale report, current name/rank instead of history, no FX, UTC instead of
local ...) and report on how many instances each one gives a different result from the gold.

Run:  EVAL_CACHE_ROOT=/tmp/pilot-scale-cache python bench/pilots/scale/decoy_check.py"""
import json
from collections import Counter

from _harness import HERE, open_fixture

ALL_S = ("(SELECT sailing_id, route_id, vessel_id, scheduled_departure_utc, status, cancel_reason_code, sailing_code FROM archive_sailings "
         "UNION ALL SELECT sailing_id, route_id, vessel_id, scheduled_departure_utc, status, cancel_reason_code, sailing_code FROM sailings)")
WRONG = {
 1: [("current sailings only", "SELECT sailing_code FROM sailings WHERE cancel_reason_code = 'WX' AND scheduled_departure_utc >= '2022-11-01 00:00+00' AND scheduled_departure_utc < '2023-03-01 00:00+00'"),
     ("local dates", f"SELECT sailing_code FROM (SELECT sailing_code, scheduled_departure_local, cancel_reason_code FROM archive_sailings UNION ALL SELECT sailing_code, scheduled_departure_local, cancel_reason_code FROM sailings) s WHERE cancel_reason_code = 'WX' AND scheduled_departure_local >= '2022-11-01' AND scheduled_departure_local < '2023-03-01'")],
 2: [("no FX conversion", "SELECT bunker_id FROM fuel_bunkering WHERE bunkered_at >= '2024-01-01 00:00+00' AND bunkered_at < '2025-01-01 00:00+00' AND price_per_tonne > 700"),
     ("latest rate (v_fx_latest)", "SELECT f.bunker_id FROM fuel_bunkering f JOIN v_fx_latest x USING (currency_code) WHERE f.bunkered_at >= '2024-01-01 00:00+00' AND f.bunkered_at < '2025-01-01 00:00+00' AND f.price_per_tonne * x.eur_per_unit > 700")],
 3: [("only old code KG1", "SELECT COALESCE(SUM(b.pax_child),0) FROM legacy_bookings b JOIN legacy_departures d USING (departure_no) WHERE d.old_route_code = 'KG1' AND b.status = 'R'")],
 4: [("UTC time instead of local", "SELECT COUNT(*) FROM sailings WHERE scheduled_departure_utc >= '2024-01-01 00:00+00' AND scheduled_departure_utc < '2025-01-01 00:00+00' AND (scheduled_departure_utc AT TIME ZONE 'UTC')::time >= '22:00'")],
 5: [("rpt_daily_passengers", "SELECT region_code, SUM(passengers) FROM rpt_daily_passengers WHERE day >= '2024-01-01' AND day < '2025-01-01' GROUP BY region_code")],
 6: [("rate of the departure date", "SELECT r.route_code, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) FROM tickets t JOIN bookings b USING (booking_id) JOIN sailings s ON s.sailing_id = b.sailing_id JOIN routes r ON r.route_id = s.route_id JOIN fx_rates x ON x.rate_date = (s.scheduled_departure_utc AT TIME ZONE 'UTC')::date AND x.currency_code = b.currency_code WHERE b.deleted_at IS NULL AND b.status IN ('travelled','no_show') AND s.scheduled_departure_utc >= '2024-04-01 00:00+00' AND s.scheduled_departure_utc < '2025-04-01 00:00+00' GROUP BY 1"),
     ("soft-deleted kept", "SELECT r.route_code, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) FROM tickets t JOIN bookings b USING (booking_id) JOIN sailings s ON s.sailing_id = b.sailing_id JOIN routes r ON r.route_id = s.route_id JOIN fx_rates x ON x.rate_date = (b.booked_at AT TIME ZONE 'UTC')::date AND x.currency_code = b.currency_code WHERE b.status IN ('travelled','no_show') AND s.scheduled_departure_utc >= '2024-04-01 00:00+00' AND s.scheduled_departure_utc < '2025-04-01 00:00+00' GROUP BY 1"),
     ("calendar 2024 instead of fiscal", "SELECT r.route_code, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) FROM tickets t JOIN bookings b USING (booking_id) JOIN sailings s ON s.sailing_id = b.sailing_id JOIN routes r ON r.route_id = s.route_id JOIN fx_rates x ON x.rate_date = (b.booked_at AT TIME ZONE 'UTC')::date AND x.currency_code = b.currency_code WHERE b.deleted_at IS NULL AND b.status IN ('travelled','no_show') AND s.scheduled_departure_utc >= '2024-01-01 00:00+00' AND s.scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY 1")],
 7: [("no legacy / no archive", "SELECT EXTRACT(YEAR FROM scheduled_departure_utc AT TIME ZONE 'UTC')::int, COUNT(*) FROM sailings WHERE status = 'completed' AND scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY 1")],
 8: [("current vessel name", f"SELECT v.name, COUNT(*) FROM {ALL_S} s JOIN vessels v ON v.vessel_id = s.vessel_id WHERE s.status = 'completed' AND s.scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY v.name")],
 9: [("current bookings only", "SELECT c.customer_no, c.full_name, COUNT(*) AS n FROM bookings b JOIN sailings s USING (sailing_id) JOIN customers c ON c.customer_id = b.customer_id WHERE b.status = 'travelled' AND b.deleted_at IS NULL AND s.scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY 1, 2 ORDER BY n DESC, 1 LIMIT 5"),
     ("soft-deleted kept", f"WITH b AS (SELECT customer_id, sailing_id FROM archive_bookings WHERE status = 'travelled' UNION ALL SELECT customer_id, sailing_id FROM bookings WHERE status = 'travelled') SELECT c.customer_no, c.full_name, COUNT(*) AS n FROM b JOIN {ALL_S} s ON s.sailing_id = b.sailing_id JOIN customers c ON c.customer_id = b.customer_id WHERE s.scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY 1, 2 ORDER BY n DESC, 1 LIMIT 5")],
 10: [("no FX conversion", "SELECT v.name, ROUND(COALESCE(SUM(m.cost_amount), 0), 2) AS c FROM vessels v LEFT JOIN maintenance_orders m ON m.vessel_id = v.vessel_id AND m.status = 'closed' AND m.closed_on >= '2023-01-01' AND m.closed_on < '2025-01-01' GROUP BY v.vessel_id, v.name ORDER BY c DESC, v.name"),
      ("rpt_maintenance_cost", "SELECT v.name, COALESCE(SUM(r.cost_eur), 0) AS c FROM vessels v LEFT JOIN rpt_maintenance_cost r ON r.vessel_id = v.vessel_id AND r.year IN (2023, 2024) GROUP BY v.vessel_id, v.name ORDER BY c DESC, v.name")],
 11: [("north partition only", "SELECT s.sailing_code, r.route_code, c.passengers_boarded FROM boarding_counts_north_2023 c JOIN sailings s USING (sailing_id) JOIN routes r ON r.route_id = s.route_id ORDER BY 3 DESC, 1 LIMIT 10")],
 12: [("current sailings only", "SELECT r.route_code, ROUND(100.0 * COUNT(*) FILTER (WHERE s.status = 'cancelled') / COUNT(*), 2) FROM sailings s JOIN routes r USING (route_id) WHERE s.scheduled_departure_utc < '2025-01-01 00:00+00' GROUP BY 1")],
 13: [("rpt_route_load_factor", "SELECT route_code, load_factor_pct FROM rpt_route_load_factor")],
 14: [("no FX conversion", "SELECT ROUND(100.0 * SUM(t.price_amount) FILTER (WHERE tt.is_vehicle) / SUM(t.price_amount), 2) FROM tickets t JOIN ticket_types tt USING (ticket_type_code) JOIN bookings b USING (booking_id) JOIN sailings s ON s.sailing_id = b.sailing_id WHERE b.deleted_at IS NULL AND b.status IN ('travelled','no_show') AND s.scheduled_departure_utc >= '2024-01-01 00:00+00' AND s.scheduled_departure_utc < '2025-01-01 00:00+00'")],
 15: [("2022 soft-deleted kept", "SELECT 2022, ROUND(100.0 * COUNT(*) FILTER (WHERE b.status = 'cancelled') / COUNT(*), 2) FROM archive_bookings b")],
 16: [("current rank", f"WITH a AS (SELECT sailing_id, crew_id, hours_on_duty FROM archive_crew_assignments UNION ALL SELECT sailing_id, crew_id, hours_on_duty FROM crew_assignments) SELECT k.title, SUM(a.hours_on_duty) FROM a JOIN {ALL_S} s ON s.sailing_id = a.sailing_id JOIN crew_members c ON c.crew_id = a.crew_id JOIN ranks k ON k.rank_code = c.rank_code WHERE s.scheduled_departure_utc < '2024-01-01 00:00+00' GROUP BY 1"),
      ("current assignments only", f"SELECT k.title, SUM(a.hours_on_duty) FROM crew_assignments a JOIN sailings s ON s.sailing_id = a.sailing_id JOIN crew_rank_history h ON h.crew_id = a.crew_id AND h.valid_from <= (s.scheduled_departure_utc AT TIME ZONE 'UTC')::date AND (h.valid_to IS NULL OR (s.scheduled_departure_utc AT TIME ZONE 'UTC')::date < h.valid_to) JOIN ranks k ON k.rank_code = h.rank_code WHERE s.scheduled_departure_utc < '2024-01-01 00:00+00' GROUP BY 1")],
 17: [("first old code per route only", "SELECT r.route_code, SUM(b.pax_adult + b.pax_child) FROM legacy_bookings b JOIN legacy_departures d USING (departure_no) JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code AND m.note IS NULL JOIN routes r ON r.route_id = m.route_id WHERE b.status <> 'K' GROUP BY 1")],
 18: [("v_current_fares", "SELECT route_code, price_eur FROM v_current_fares WHERE ticket_type_code = 'CAR'")],
}


def norm(rows):
    return [tuple(str(v) if v is not None else None for v in r) for r in rows]


def main():
    qs = [json.loads(line) for line in open(HERE / "questions.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    import psycopg2
    conns = [psycopg2.connect(**server.admin.for_db(db)) for db in fx.instance_dbs]
    print("| question | wrong choice | instances where it differs from the gold |")
    print("|---|---|---|")
    try:
        for i, q in enumerate(qs, 1):
            for label, sql in WRONG.get(i, []):
                diff = []
                for k, c in enumerate(conns):
                    with c.cursor() as cur:
                        cur.execute(q["gold"][0]); g = norm(cur.fetchall())
                        cur.execute(sql); w = norm(cur.fetchall())
                    same = g == w if q["order_matters"] else Counter(g) == Counter(w)
                    if not same:
                        diff.append(str(k))
                print(f"| {q['id']} | {label} | {len(diff)}/4 ({','.join(diff) or '-'}) |")
    finally:
        for c in conns:
            c.close()
        server.stop()


if __name__ == "__main__":
    main()
