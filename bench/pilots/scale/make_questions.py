"""Write bench/pilots/scale/questions.jsonl (the pilot's questions and golds). Stdlib only."""
import json
from pathlib import Path

DB = "ferry_ops"
ALL_S = ("(SELECT sailing_id, route_id, vessel_id, scheduled_departure_utc, status, cancel_reason_code, sailing_code FROM archive_sailings "
         "UNION ALL SELECT sailing_id, route_id, vessel_id, scheduled_departure_utc, status, cancel_reason_code, sailing_code FROM sailings)")
UTCD = "(s.scheduled_departure_utc AT TIME ZONE 'UTC')::date"
Q = [
 ("where", "hard",
  "Which sailings were cancelled because of the weather with a scheduled departure between 2022-11-01 and 2023-02-28 (both days included, UTC dates)? Give their sailing codes.",
  "Weather cancellations have cancel reason code 'WX'. Use the UTC date of the scheduled departure. One row per sailing.",
  [f"SELECT s.sailing_code FROM {ALL_S} s WHERE s.status = 'cancelled' AND s.cancel_reason_code = 'WX' "
   "AND s.scheduled_departure_utc >= TIMESTAMPTZ '2022-11-01 00:00:00+00' AND s.scheduled_departure_utc < TIMESTAMPTZ '2023-03-01 00:00:00+00'"], False),
 ("where", "hard",
  "Which fuel bunkerings in calendar year 2024 cost more than 700 EUR per tonne? Give the bunker ids.",
  "The year is the UTC date of bunkered_at. Convert price_per_tonne to EUR with the exchange rate of the UTC date of bunkered_at. Strictly more than 700.00 EUR per tonne.",
  ["SELECT f.bunker_id FROM fuel_bunkering f JOIN fx_rates x ON x.rate_date = (f.bunkered_at AT TIME ZONE 'UTC')::date AND x.currency_code = f.currency_code "
   "WHERE f.bunkered_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND f.bunkered_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' AND f.price_per_tonne * x.eur_per_unit > 700"], False),
 ("where", "hard",
  "How many child passengers travelled in 2021 on departures of the route whose current route code is 'KEL-GOT'?",
  "Count the child passengers recorded on the bookings (the recorded child count, infants included) with status travelled. Departures in 2021 by departure date. Return one number (0 if none).",
  ["SELECT COALESCE(SUM(b.pax_child), 0) FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "WHERE r.route_code = 'KEL-GOT' AND b.status = 'R' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01'"], False),
 ("where", "medium",
  "How many sailings were scheduled to depart at 22:00 or later local time at their origin port, on a local departure date in 2024?",
  "Use the local wall-clock time and date of the origin port. Count sailings of any status (completed, cancelled or scheduled). Return one number.",
  ["SELECT COUNT(*) FROM sailings WHERE scheduled_departure_local >= TIMESTAMP '2024-01-01 00:00:00' AND scheduled_departure_local < TIMESTAMP '2025-01-01 00:00:00' "
   "AND scheduled_departure_local::time >= TIME '22:00:00'"], False),
 ("group_by", "hard",
  "How many passengers were counted boarding in each region for sailings with a scheduled departure in 2024?",
  "Use the gate boarding counts (passengers_boarded), year of the UTC scheduled departure. Return region_code and the total, one row per region.",
  ["SELECT 'north' AS region_code, SUM(passengers_boarded) AS passengers FROM boarding_counts_north_2024 "
   "UNION ALL SELECT 'south', SUM(passengers_boarded) FROM boarding_counts_south_2024 UNION ALL SELECT 'east', SUM(passengers_boarded) FROM boarding_counts_east_2024"], False),
 ("group_by", "hard",
  "What was the ticket revenue in EUR of each route in fiscal year 2025?",
  "A sailing belongs to fiscal year 2025 by the UTC date of its scheduled departure (fiscal calendar in fiscal_periods). Revenue = price_amount of the tickets of bookings with status travelled or no_show that are not soft-deleted. "
  "Convert each ticket's price to EUR with the exchange rate of the UTC date of its booking's booked_at, sum, and round the total to 2 decimals. Return route_code and revenue_eur, one row per route with revenue.",
  ["SELECT r.route_code, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) AS revenue_eur FROM tickets t JOIN bookings b ON b.booking_id = t.booking_id "
   "JOIN sailings s ON s.sailing_id = b.sailing_id JOIN routes r ON r.route_id = s.route_id "
   "JOIN fx_rates x ON x.rate_date = (b.booked_at AT TIME ZONE 'UTC')::date AND x.currency_code = b.currency_code "
   "JOIN fiscal_periods fp ON fp.fiscal_year = 2025 AND " + UTCD + " BETWEEN fp.starts_on AND fp.ends_on "
   "WHERE b.deleted_at IS NULL AND b.status IN ('travelled', 'no_show') GROUP BY r.route_code"], False),
 ("group_by", "hard",
  "How many departures actually sailed (were not cancelled) in each calendar year from 2021 to 2024?",
  "Include every route. For 2021 use the departure date; from 2022 the UTC date of the scheduled departure. Return the year (integer) and the number of departures, one row per year.",
  ["SELECT 2021 AS year, COUNT(*) AS departures FROM legacy_departures WHERE cancelled = 'N' AND departure_date >= DATE '2021-01-01' AND departure_date < DATE '2022-01-01' "
   f"UNION ALL SELECT EXTRACT(YEAR FROM s.scheduled_departure_utc AT TIME ZONE 'UTC')::int, COUNT(*) FROM {ALL_S} s WHERE s.status = 'completed' "
   "AND s.scheduled_departure_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY 1"], False),
 ("group_by", "hard",
  "How many completed sailings with a scheduled departure in 2022, 2023 or 2024 were operated under each vessel name?",
  "Use the name the vessel carried on the UTC date of the scheduled departure (a renamed vessel counts under its old name before the renaming). Return the vessel name and the number of sailings, one row per name.",
  [f"SELECT h.name, COUNT(*) AS sailings FROM {ALL_S} s JOIN vessel_name_history h ON h.vessel_id = s.vessel_id AND h.valid_from <= {UTCD} "
   f"AND (h.valid_to IS NULL OR {UTCD} < h.valid_to) WHERE s.status = 'completed' AND s.scheduled_departure_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY h.name"], False),
 ("order_by", "hard",
  "Which 5 customers had the most travelled bookings on sailings with a scheduled departure in 2022, 2023 or 2024?",
  "Count bookings with status travelled that are not soft-deleted; year of the UTC scheduled departure. Return customer_no, full_name and the number of bookings, highest first; ties broken by customer_no ascending; exactly 5 rows.",
  ["WITH b AS (SELECT customer_id, sailing_id FROM archive_bookings WHERE status = 'travelled' AND deleted_at IS NULL "
   "UNION ALL SELECT customer_id, sailing_id FROM bookings WHERE status = 'travelled' AND deleted_at IS NULL) "
   f"SELECT c.customer_no, c.full_name, COUNT(*) AS bookings FROM b JOIN {ALL_S} s ON s.sailing_id = b.sailing_id JOIN customers c ON c.customer_id = b.customer_id "
   "WHERE s.scheduled_departure_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY c.customer_no, c.full_name ORDER BY bookings DESC, c.customer_no LIMIT 5"], True),
 ("order_by", "hard",
  "Rank all vessels by the cost in EUR of their maintenance work orders closed in 2023 or 2024.",
  "Closed orders with closed_on from 2023-01-01 to 2024-12-31; convert each order's cost to EUR with the exchange rate of its closed_on date; round each vessel's total to 2 decimals. "
  "Return the vessel's current name and the total, every vessel (0 for a vessel without such orders), highest total first, ties by name ascending.",
  ["SELECT v.name, ROUND(COALESCE(SUM(m.cost_amount * x.eur_per_unit), 0), 2) AS cost_eur FROM vessels v "
   "LEFT JOIN maintenance_orders m ON m.vessel_id = v.vessel_id AND m.status = 'closed' AND m.closed_on >= DATE '2023-01-01' AND m.closed_on < DATE '2025-01-01' "
   "LEFT JOIN fx_rates x ON x.rate_date = m.closed_on AND x.currency_code = m.currency_code GROUP BY v.vessel_id, v.name ORDER BY cost_eur DESC, v.name"], True),
 ("order_by", "hard",
  "Which 10 sailings with a scheduled departure in 2023 had the most passengers counted boarding?",
  "Use the gate boarding counts (passengers_boarded); year of the UTC scheduled departure. Return sailing_code, route_code and passengers_boarded, highest first, ties broken by sailing_code ascending; exactly 10 rows.",
  ["WITH c AS (SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2023 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2023 "
   "UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2023) "
   "SELECT s.sailing_code, r.route_code, c.passengers_boarded FROM c JOIN sailings s ON s.sailing_id = c.sailing_id JOIN routes r ON r.route_id = s.route_id "
   "ORDER BY c.passengers_boarded DESC, s.sailing_code LIMIT 10"], True),
 ("ratio", "hard",
  "For each route, what percentage of its sailings with a scheduled departure in 2022, 2023 or 2024 was cancelled?",
  "Percentage = 100 * cancelled sailings / all sailings of the route in those years (year of the UTC scheduled departure), rounded to 2 decimals. Return route_code and the percentage, one row per route with sailings.",
  [f"SELECT r.route_code, ROUND(100.0 * COUNT(*) FILTER (WHERE s.status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM {ALL_S} s JOIN routes r ON r.route_id = s.route_id "
   "WHERE s.scheduled_departure_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY r.route_code"], False),
 ("ratio", "hard",
  "What was the passenger load factor of each route in 2024?",
  "Load factor = 100 * total passengers counted boarding (gate counts) / total passenger capacity offered (each sailing contributes the pax_capacity of the vessel that operated it), over the completed sailings with a scheduled departure in 2024 (UTC), rounded to 1 decimal. Return route_code and the load factor, one row per route.",
  ["WITH c AS (SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2024 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2024 "
   "UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2024) "
   "SELECT r.route_code, ROUND(100.0 * SUM(c.passengers_boarded) / SUM(v.pax_capacity), 1) AS load_factor_pct FROM c JOIN sailings s ON s.sailing_id = c.sailing_id "
   "JOIN vessels v ON v.vessel_id = s.vessel_id JOIN routes r ON r.route_id = s.route_id GROUP BY r.route_code"], False),
 ("ratio", "hard",
  "What share of the 2024 ticket revenue in EUR came from vehicle tickets?",
  "Sailings with a scheduled departure in 2024 (UTC). Revenue = price_amount of the tickets of bookings with status travelled or no_show that are not soft-deleted, each converted to EUR with the exchange rate of the UTC date of its booking's booked_at. "
  "Return one number: 100 * vehicle-ticket revenue / all ticket revenue, rounded to 2 decimals.",
  ["SELECT ROUND(100.0 * SUM(t.price_amount * x.eur_per_unit) FILTER (WHERE tt.is_vehicle) / SUM(t.price_amount * x.eur_per_unit), 2) FROM tickets t "
   "JOIN ticket_types tt ON tt.ticket_type_code = t.ticket_type_code JOIN bookings b ON b.booking_id = t.booking_id JOIN sailings s ON s.sailing_id = b.sailing_id "
   "JOIN fx_rates x ON x.rate_date = (b.booked_at AT TIME ZONE 'UTC')::date AND x.currency_code = b.currency_code "
   "WHERE b.deleted_at IS NULL AND b.status IN ('travelled', 'no_show') AND s.scheduled_departure_utc >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND s.scheduled_departure_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00'"], False),
 ("ratio", "hard",
  "What percentage of the bookings for departures in 2021 and in 2022 was cancelled, per year?",
  "Year of the departure (2021: departure date; 2022: UTC date of the scheduled departure). Ignore soft-deleted bookings. Percentage = 100 * cancelled bookings / all bookings of the year, rounded to 2 decimals. Return the year (integer) and the percentage, one row per year.",
  ["SELECT 2021 AS year, ROUND(100.0 * COUNT(*) FILTER (WHERE b.status = 'K') / COUNT(*), 2) AS cancelled_pct FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "WHERE d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' "
   "UNION ALL SELECT 2022, ROUND(100.0 * COUNT(*) FILTER (WHERE b.status = 'cancelled') / COUNT(*), 2) FROM archive_bookings b JOIN archive_sailings s ON s.sailing_id = b.sailing_id "
   "WHERE b.deleted_at IS NULL AND s.scheduled_departure_utc >= TIMESTAMPTZ '2022-01-01 00:00:00+00' AND s.scheduled_departure_utc < TIMESTAMPTZ '2023-01-01 00:00:00+00'"], False),
 ("table_join", "hard",
  "How many hours of duty did crew of each rank serve on sailings with a scheduled departure in 2022 or 2023?",
  "Attribute each assignment's hours_on_duty to the rank the crew member held on the UTC date of the sailing's scheduled departure. Return the rank title and the total hours, one row per rank with hours.",
  ["WITH a AS (SELECT sailing_id, crew_id, hours_on_duty FROM archive_crew_assignments UNION ALL SELECT sailing_id, crew_id, hours_on_duty FROM crew_assignments) "
   f"SELECT k.title, SUM(a.hours_on_duty) AS hours FROM a JOIN {ALL_S} s ON s.sailing_id = a.sailing_id "
   f"JOIN crew_rank_history h ON h.crew_id = a.crew_id AND h.valid_from <= {UTCD} AND (h.valid_to IS NULL OR {UTCD} < h.valid_to) JOIN ranks k ON k.rank_code = h.rank_code "
   "WHERE s.scheduled_departure_utc < TIMESTAMPTZ '2024-01-01 00:00:00+00' GROUP BY k.title"], False),
 ("table_join", "hard",
  "How many passengers were booked on each route in 2021, by current route code?",
  "Passengers = adults plus children recorded on bookings that were not cancelled, on departures dated in 2021. Return the current route_code and the number of passengers, one row per route with 2021 departures.",
  ["SELECT r.route_code, SUM(b.pax_adult + b.pax_child) AS passengers FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "WHERE b.status <> 'K' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' GROUP BY r.route_code"], False),
 ("table_join", "medium",
  "What was the list price in EUR of a car ticket on each route on 2024-07-01?",
  "Car tickets have ticket type code 'CAR'. Use the price valid on that day. Return route_code and the price, one row per route that has a car price valid that day.",
  ["SELECT r.route_code, f.price_eur FROM fare_history f JOIN routes r ON r.route_id = f.route_id WHERE f.ticket_type_code = 'CAR' "
   "AND f.valid_from <= DATE '2024-07-01' AND (f.valid_to IS NULL OR f.valid_to > DATE '2024-07-01')"], False),
]
with open(Path(__file__).resolve().parent / "questions.jsonl", "w", encoding="utf-8") as fh:
    for i, (cat, diff, q, ins, gold, om) in enumerate(Q, 1):
        fh.write(json.dumps({"id": f"scale-ferry-{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": q,
                             "instructions": ins, "gold": gold, "order_matters": om}, ensure_ascii=False) + "\n")
print(len(Q), "questions")
