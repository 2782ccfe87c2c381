"""Extension of ferry_ops (hard split): keep the 18 existing questions (ferry_ops-h001..h018, unchanged,
read from questions/ferry_ops.jsonl) and append new ones (h019..). Writes the full file to argv[1]
(default /tmp/ferry_ops-ext-q/new.jsonl); copy it into questions/ferry_ops.jsonl atomically
(write a temp file in the same folder, then os.replace). Stdlib only."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DB = "ferry_ops"
S = ("(SELECT sailing_id, sailing_code, route_id, vessel_id, scheduled_departure_utc, actual_departure_utc, status, cancel_reason_code FROM archive_sailings "
     "UNION ALL SELECT sailing_id, sailing_code, route_id, vessel_id, scheduled_departure_utc, actual_departure_utc, status, cancel_reason_code FROM sailings)")
B = ("(SELECT booking_id, booking_ref, customer_id, sailing_id, booked_at, channel_code, status, currency_code, deleted_at FROM archive_bookings "
     "UNION ALL SELECT booking_id, booking_ref, customer_id, sailing_id, booked_at, channel_code, status, currency_code, deleted_at FROM bookings)")
TK = ("(SELECT ticket_id, booking_id, ticket_type_code, price_amount FROM archive_tickets "
      "UNION ALL SELECT ticket_id, booking_id, ticket_type_code, price_amount FROM tickets)")
RF = ("(SELECT refund_id, booking_id, refunded_at, amount, currency_code FROM archive_refunds "
      "UNION ALL SELECT refund_id, booking_id, refunded_at, amount, currency_code FROM refunds)")
CA = ("(SELECT assignment_id, sailing_id, crew_id, duty_role, hours_on_duty FROM archive_crew_assignments "
      "UNION ALL SELECT assignment_id, sailing_id, crew_id, duty_role, hours_on_duty FROM crew_assignments)")
PF = ("(SELECT fee_id, sailing_id, port_id, fee_type, amount, currency_code, invoiced_on FROM archive_port_fees "
      "UNION ALL SELECT fee_id, sailing_id, port_id, fee_type, amount, currency_code, invoiced_on FROM port_fees)")


def BC(*years):
    parts = [f"SELECT sailing_id, passengers_boarded, vehicles_boarded FROM boarding_counts_{r}_{y}" for y in years for r in ("north", "south", "east")]
    return "(" + " UNION ALL ".join(parts) + ")"


def UD(col):
    return f"({col} AT TIME ZONE 'UTC')::date"


def TSZ(d):
    return f"TIMESTAMPTZ '{d} 00:00:00+00'"


REV = "('travelled', 'no_show')"
FXB = "JOIN fx_rates x ON x.rate_date = " + UD("b.booked_at") + " AND x.currency_code = b.currency_code"
NEW = [
 # ----------------------------------------------------------------------------------------- where
 ("where", "hard",
  "Which completed sailings with a scheduled departure between 2022-10-01 and 2023-03-31 (both days included, UTC dates) left more than 25 minutes late? Give their sailing codes.",
  "Delay = actual departure minus scheduled departure; strictly more than 25 minutes. One row per sailing.",
  [f"SELECT s.sailing_code FROM {S} s WHERE s.status = 'completed' AND s.scheduled_departure_utc >= {TSZ('2022-10-01')} "
   f"AND s.scheduled_departure_utc < {TSZ('2023-04-01')} AND s.actual_departure_utc - s.scheduled_departure_utc > INTERVAL '25 minutes'"], False),
 ("where", "hard",
  "Which bookings for sailings with a scheduled departure in December 2022 or January 2023 (UTC) were refunded more than 7 days after they were made? Give their booking references.",
  "Compare the refund moment with the booking moment (booked_at); strictly more than 7 days (168 hours). Ignore soft-deleted bookings. One row per booking.",
  [f"SELECT DISTINCT b.booking_ref FROM {B} b JOIN {RF} f ON f.booking_id = b.booking_id JOIN {S} s ON s.sailing_id = b.sailing_id "
   f"WHERE b.deleted_at IS NULL AND s.scheduled_departure_utc >= {TSZ('2022-12-01')} AND s.scheduled_departure_utc < {TSZ('2023-02-01')} "
   "AND f.refunded_at - b.booked_at > INTERVAL '7 days'"], False),
 ("where", "hard",
  "Which closed maintenance work orders were opened while the vessel carried the name 'Ostsee Queen' and cost more than 20,000 EUR? Give the work order ids.",
  "The name carried on the opened_on date counts. Convert cost_amount to EUR with the exchange rate of the closed_on date; strictly more than 20,000.00 EUR. One row per work order.",
  ["SELECT m.work_order_id FROM maintenance_orders m JOIN vessel_name_history h ON h.vessel_id = m.vessel_id AND h.valid_from <= m.opened_on "
   "AND (h.valid_to IS NULL OR m.opened_on < h.valid_to) JOIN fx_rates x ON x.rate_date = m.closed_on AND x.currency_code = m.currency_code "
   "WHERE h.name = 'Ostsee Queen' AND m.status = 'closed' AND m.cost_amount * x.eur_per_unit > 20000"], False),
 ("where", "hard",
  "How many departures in 2021 of the routes of region 'east' were cancelled?",
  "2021 by departure date. Count cancelled departures of every route whose region_code is 'east'. Return one number (0 if none).",
  ["SELECT COUNT(*) FROM legacy_departures d JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "WHERE r.region_code = 'east' AND d.cancelled = 'J' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01'"], False),
 ("where", "hard",
  "Which crew members served on at least one sailing in fiscal year 2023 while holding the rank of Able Seaman? Give their employee numbers.",
  "A sailing belongs to fiscal year 2023 by the UTC date of its scheduled departure. The rank counts as held on the UTC date of that scheduled departure (not the current rank). One row per crew member.",
  [f"SELECT DISTINCT c.employee_no FROM {CA} a JOIN {S} s ON s.sailing_id = a.sailing_id JOIN crew_members c ON c.crew_id = a.crew_id "
   f"JOIN crew_rank_history h ON h.crew_id = a.crew_id AND h.valid_from <= {UD('s.scheduled_departure_utc')} AND (h.valid_to IS NULL OR {UD('s.scheduled_departure_utc')} < h.valid_to) "
   f"JOIN fiscal_periods fp ON fp.fiscal_year = 2023 AND {UD('s.scheduled_departure_utc')} BETWEEN fp.starts_on AND fp.ends_on WHERE h.rank_code = 'AB'"], False),
 ("where", "hard",
  "Which fuel bunkerings in fiscal year 2024 cost more than 300,000 EUR in total? Give the bunker ids.",
  "Fiscal year by the UTC date of bunkered_at. Total cost = quantity_tonnes * price_per_tonne, converted to EUR with the exchange rate of the UTC date of bunkered_at; strictly more than 300,000.00 EUR. One row per bunkering.",
  ["SELECT f.bunker_id FROM fuel_bunkering f JOIN fx_rates x ON x.rate_date = " + UD("f.bunkered_at") + " AND x.currency_code = f.currency_code "
   "JOIN fiscal_periods fp ON fp.fiscal_year = 2024 AND " + UD("f.bunkered_at") + " BETWEEN fp.starts_on AND fp.ends_on "
   "WHERE f.quantity_tonnes * f.price_per_tonne * x.eur_per_unit > 300000"], False),
 # -------------------------------------------------------------------------------------- group_by
 ("group_by", "hard",
  "How much was refunded in EUR in each of the fiscal years 2023, 2024 and 2025?",
  "Fiscal year by the UTC date of refunded_at. Convert each refund's amount to EUR with the exchange rate of the UTC date of refunded_at; ignore refunds of soft-deleted bookings. "
  "Round each year's total to 2 decimals. Return fiscal_year (integer) and the total, one row per fiscal year.",
  [f"SELECT fp.fiscal_year, ROUND(SUM(f.amount * x.eur_per_unit), 2) AS refunded_eur FROM {RF} f JOIN {B} b ON b.booking_id = f.booking_id "
   "JOIN fx_rates x ON x.rate_date = " + UD("f.refunded_at") + " AND x.currency_code = f.currency_code "
   "JOIN fiscal_periods fp ON " + UD("f.refunded_at") + " BETWEEN fp.starts_on AND fp.ends_on "
   "WHERE b.deleted_at IS NULL AND fp.fiscal_year BETWEEN 2023 AND 2025 GROUP BY fp.fiscal_year"], False),
 ("group_by", "hard",
  "What was the average departure delay in minutes of the completed sailings from each origin port with a scheduled departure in 2022, 2023 or 2024?",
  "Delay = actual departure minus scheduled departure, in minutes; year of the UTC scheduled departure. Average per origin port, rounded to 1 decimal. Return the port name and the average, one row per origin port with such sailings.",
  [f"SELECT p.name, ROUND(AVG(EXTRACT(EPOCH FROM s.actual_departure_utc - s.scheduled_departure_utc) / 60), 1) AS avg_delay_min FROM {S} s "
   "JOIN routes r ON r.route_id = s.route_id JOIN ports p ON p.port_id = r.origin_port_id "
   f"WHERE s.status = 'completed' AND s.scheduled_departure_utc < {TSZ('2025-01-01')} GROUP BY p.port_id, p.name"], False),
 ("group_by", "hard",
  "How much was paid in port fees, in EUR, in each country for sailings with a scheduled departure in 2022 or 2023?",
  "Year of the UTC scheduled departure of the sailing the fee was charged for. Convert each fee to EUR with the exchange rate of its invoiced_on date; the country is that of the port charging the fee. "
  "Round each total to 2 decimals. Return country_code and the total, one row per country with fees.",
  [f"SELECT p.country_code, ROUND(SUM(f.amount * x.eur_per_unit), 2) AS fees_eur FROM {PF} f JOIN {S} s ON s.sailing_id = f.sailing_id "
   "JOIN ports p ON p.port_id = f.port_id JOIN fx_rates x ON x.rate_date = f.invoiced_on AND x.currency_code = f.currency_code "
   f"WHERE s.scheduled_departure_utc < {TSZ('2024-01-01')} GROUP BY p.country_code"], False),
 ("group_by", "hard",
  "How many passengers were counted boarding under each vessel name on sailings with a scheduled departure in 2023 or 2024?",
  "Use the gate boarding counts (passengers_boarded) and the name the vessel carried on the UTC date of the scheduled departure (a renamed vessel counts under its old name before the renaming). "
  "Return the vessel name and the total, one row per name.",
  [f"SELECT h.name, SUM(c.passengers_boarded) AS passengers FROM {BC(2023, 2024)} c JOIN sailings s ON s.sailing_id = c.sailing_id "
   f"JOIN vessel_name_history h ON h.vessel_id = s.vessel_id AND h.valid_from <= {UD('s.scheduled_departure_utc')} AND (h.valid_to IS NULL OR {UD('s.scheduled_departure_utc')} < h.valid_to) "
   "GROUP BY h.name"], False),
 ("group_by", "hard",
  "What was the value in EUR of the travelled bookings of 2021 departures in each region?",
  "Bookings with status travelled on departures dated 2021 (departure date). Convert each booking's total to EUR with the exchange rate of its departure date. The region is that of the route. "
  "Round each total to 2 decimals. Return region_code and the total, one row per region with such bookings.",
  ["SELECT r.region_code, ROUND(SUM(b.total_nok * x.eur_per_unit), 2) AS value_eur FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "JOIN fx_rates x ON x.rate_date = d.departure_date AND x.currency_code = 'NOK' "
   "WHERE b.status = 'R' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' GROUP BY r.region_code"], False),
 ("group_by", "hard",
  "For each sales channel, how many revenue bookings were there for sailings with a scheduled departure in 2022 or 2023, and what was their ticket revenue in EUR?",
  "Revenue bookings: status travelled or no_show, not soft-deleted; year of the UTC scheduled departure. Revenue = price_amount of their tickets, each converted to EUR with the exchange rate of the UTC date of the booking's booked_at, "
  "total rounded to 2 decimals. Return channel_code, the number of bookings and the revenue, one row per channel with such bookings.",
  [f"WITH bk AS (SELECT b.booking_id, b.channel_code, b.booked_at, b.currency_code FROM {B} b JOIN {S} s ON s.sailing_id = b.sailing_id "
   f"WHERE b.deleted_at IS NULL AND b.status IN {REV} AND s.scheduled_departure_utc < {TSZ('2024-01-01')}), "
   f"rv AS (SELECT b.booking_id, SUM(t.price_amount * x.eur_per_unit) AS eur FROM bk b JOIN {TK} t ON t.booking_id = b.booking_id {FXB} GROUP BY b.booking_id) "
   "SELECT bk.channel_code, COUNT(*) AS bookings, ROUND(SUM(COALESCE(rv.eur, 0)), 2) AS revenue_eur FROM bk LEFT JOIN rv ON rv.booking_id = bk.booking_id GROUP BY bk.channel_code"], False),
 # -------------------------------------------------------------------------------------- order_by
 ("order_by", "hard",
  "Which 10 fuel bunkerings of 2023 or 2024 cost the most in EUR?",
  "Year of the UTC date of bunkered_at. Cost = quantity_tonnes * price_per_tonne converted to EUR with the exchange rate of the UTC date of bunkered_at, rounded to 2 decimals. "
  "Return bunker_id, the vessel's current name and the cost, highest cost first, ties by bunker_id ascending; exactly 10 rows.",
  ["SELECT f.bunker_id, v.name, ROUND(f.quantity_tonnes * f.price_per_tonne * x.eur_per_unit, 2) AS cost_eur FROM fuel_bunkering f JOIN vessels v ON v.vessel_id = f.vessel_id "
   "JOIN fx_rates x ON x.rate_date = " + UD("f.bunkered_at") + " AND x.currency_code = f.currency_code "
   f"WHERE f.bunkered_at >= {TSZ('2023-01-01')} AND f.bunkered_at < {TSZ('2025-01-01')} ORDER BY cost_eur DESC, f.bunker_id LIMIT 10"], True),
 ("order_by", "hard",
  "Which 5 customers brought the most ticket revenue in EUR on sailings with a scheduled departure in 2022?",
  "Revenue = price_amount of the tickets of bookings with status travelled or no_show that are not soft-deleted, each converted to EUR with the exchange rate of the UTC date of the booking's booked_at; year of the UTC scheduled departure. "
  "Round each customer's total to 2 decimals. Return customer_no, full_name and the revenue, highest first, ties by customer_no ascending; exactly 5 rows.",
  ["SELECT c.customer_no, c.full_name, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) AS revenue_eur FROM archive_tickets t JOIN archive_bookings b ON b.booking_id = t.booking_id "
   f"JOIN archive_sailings s ON s.sailing_id = b.sailing_id JOIN customers c ON c.customer_id = b.customer_id {FXB} "
   f"WHERE b.deleted_at IS NULL AND b.status IN {REV} AND s.scheduled_departure_utc >= {TSZ('2022-01-01')} AND s.scheduled_departure_utc < {TSZ('2023-01-01')} "
   "GROUP BY c.customer_no, c.full_name ORDER BY revenue_eur DESC, c.customer_no LIMIT 5"], True),
 ("order_by", "hard",
  "Which 10 crew members served the most hours of duty on sailings in fiscal year 2023?",
  "A sailing belongs to fiscal year 2023 by the UTC date of its scheduled departure. Sum hours_on_duty per crew member. Return employee_no, full_name and the hours, most first, ties by employee_no ascending; exactly 10 rows.",
  [f"SELECT c.employee_no, c.full_name, SUM(a.hours_on_duty) AS hours FROM {CA} a JOIN {S} s ON s.sailing_id = a.sailing_id JOIN crew_members c ON c.crew_id = a.crew_id "
   f"JOIN fiscal_periods fp ON fp.fiscal_year = 2023 AND {UD('s.scheduled_departure_utc')} BETWEEN fp.starts_on AND fp.ends_on "
   "GROUP BY c.employee_no, c.full_name ORDER BY hours DESC, c.employee_no LIMIT 10"], True),
 ("order_by", "hard",
  "Which 5 months of 2022 to 2024 had the most cancelled sailings?",
  "Month of the UTC scheduled departure, written 'YYYY-MM'. Count cancelled sailings of every route and reason. Return the month and the number, most first, ties by month ascending; exactly 5 rows.",
  [f"SELECT to_char(s.scheduled_departure_utc AT TIME ZONE 'UTC', 'YYYY-MM') AS month, COUNT(*) AS cancelled FROM {S} s "
   f"WHERE s.status = 'cancelled' AND s.scheduled_departure_utc < {TSZ('2025-01-01')} GROUP BY 1 ORDER BY cancelled DESC, month LIMIT 5"], True),
 ("order_by", "hard",
  "For each route, which sailing with a scheduled departure in 2024 had the most passengers counted boarding?",
  "Use the gate boarding counts (passengers_boarded); year of the UTC scheduled departure. If several sailings of a route tie, take the one with the smallest sailing_code. "
  "Return route_code, sailing_code and passengers_boarded, one row per route with such sailings, ordered by route_code ascending.",
  [f"SELECT route_code, sailing_code, passengers_boarded FROM (SELECT r.route_code, s.sailing_code, c.passengers_boarded, "
   "ROW_NUMBER() OVER (PARTITION BY r.route_code ORDER BY c.passengers_boarded DESC, s.sailing_code) AS rn "
   f"FROM {BC(2024)} c JOIN sailings s ON s.sailing_id = c.sailing_id JOIN routes r ON r.route_id = s.route_id) z WHERE rn = 1 ORDER BY route_code"], True),
 ("order_by", "hard",
  "Which 5 departures of 2021 carried the most booked passengers?",
  "Passengers = adults plus children recorded on the bookings that were not cancelled, on departures dated 2021. Return departure_no, the current route_code and the passengers, most first, ties by departure_no ascending; exactly 5 rows.",
  ["SELECT d.departure_no, r.route_code, SUM(b.pax_adult + b.pax_child) AS passengers FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "WHERE b.status <> 'K' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' "
   "GROUP BY d.departure_no, r.route_code ORDER BY passengers DESC, d.departure_no LIMIT 5"], True),
 ("order_by", "hard",
  "Rank the ports by the port fees in EUR charged for sailings in fiscal year 2024.",
  "A sailing belongs to fiscal year 2024 by the UTC date of its scheduled departure. Convert each fee to EUR with the exchange rate of its invoiced_on date; round each port's total to 2 decimals. "
  "Return port_code and the total, one row per port with such fees, highest first, ties by port_code ascending.",
  [f"SELECT p.port_code, ROUND(SUM(f.amount * x.eur_per_unit), 2) AS fees_eur FROM {PF} f JOIN {S} s ON s.sailing_id = f.sailing_id JOIN ports p ON p.port_id = f.port_id "
   "JOIN fx_rates x ON x.rate_date = f.invoiced_on AND x.currency_code = f.currency_code "
   f"JOIN fiscal_periods fp ON fp.fiscal_year = 2024 AND {UD('s.scheduled_departure_utc')} BETWEEN fp.starts_on AND fp.ends_on "
   "GROUP BY p.port_code ORDER BY fees_eur DESC, p.port_code"], True),
 # ----------------------------------------------------------------------------------------- ratio
 ("ratio", "hard",
  "In each of the years 2022, 2023 and 2024, what fraction of the revenue bookings were no-shows?",
  "Revenue bookings: status travelled or no_show, not soft-deleted; year of the UTC scheduled departure of the booked sailing. Fraction = no_show bookings / revenue bookings, rounded to 4 decimals. "
  "Return the year (integer) and the fraction, one row per year.",
  [f"SELECT EXTRACT(YEAR FROM s.scheduled_departure_utc AT TIME ZONE 'UTC')::int AS year, ROUND(COUNT(*) FILTER (WHERE b.status = 'no_show')::numeric / COUNT(*), 4) AS no_show_share "
   f"FROM {B} b JOIN {S} s ON s.sailing_id = b.sailing_id WHERE b.deleted_at IS NULL AND b.status IN {REV} AND s.scheduled_departure_utc < {TSZ('2025-01-01')} GROUP BY 1"], False),
 ("ratio", "hard",
  "In each region, what percentage of the sailings with a scheduled departure from 2022-11-01 to 2023-03-31 (both days included, UTC dates) was cancelled because of the weather?",
  "Weather cancellations have cancel reason code 'WX'. Percentage = 100 * weather-cancelled sailings / all sailings of the region in that period (any status), rounded to 2 decimals. The region is that of the route. Return region_code and the percentage, one row per region.",
  [f"SELECT r.region_code, ROUND(100.0 * COUNT(*) FILTER (WHERE s.status = 'cancelled' AND s.cancel_reason_code = 'WX') / COUNT(*), 2) AS wx_pct FROM {S} s "
   f"JOIN routes r ON r.route_id = s.route_id WHERE s.scheduled_departure_utc >= {TSZ('2022-11-01')} AND s.scheduled_departure_utc < {TSZ('2023-04-01')} GROUP BY r.region_code"], False),
 ("ratio", "hard",
  "What was the ticket revenue in EUR per passenger counted boarding on each route in 2023?",
  "Completed sailings with a scheduled departure in 2023 (UTC) that have a gate boarding count. Revenue = price_amount of the tickets of bookings with status travelled or no_show that are not soft-deleted on those sailings, "
  "each converted to EUR with the exchange rate of the UTC date of the booking's booked_at. Ratio = total revenue / total passengers_boarded of the route, rounded to 2 decimals. Return route_code and the ratio, one row per route.",
  [f"WITH c AS {BC(2023)}, rv AS (SELECT b.sailing_id, SUM(t.price_amount * x.eur_per_unit) AS eur FROM tickets t JOIN bookings b ON b.booking_id = t.booking_id {FXB} "
   f"WHERE b.deleted_at IS NULL AND b.status IN {REV} GROUP BY b.sailing_id) "
   "SELECT r.route_code, ROUND(SUM(COALESCE(rv.eur, 0)) / SUM(c.passengers_boarded), 2) AS eur_per_passenger FROM c JOIN sailings s ON s.sailing_id = c.sailing_id "
   "JOIN routes r ON r.route_id = s.route_id LEFT JOIN rv ON rv.sailing_id = c.sailing_id GROUP BY r.route_code"], False),
 ("ratio", "hard",
  "On each route, what fraction of the 2021 bookings included at least one vehicle?",
  "All bookings of departures dated 2021, any status. Fraction = bookings with one or more vehicles / all bookings of the route, rounded to 4 decimals. Return the current route_code and the fraction, one row per route with 2021 bookings.",
  ["SELECT r.route_code, ROUND(COUNT(*) FILTER (WHERE b.vehicles > 0)::numeric / COUNT(*), 4) AS vehicle_share FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no "
   "JOIN legacy_route_code_map m ON m.old_route_code = d.old_route_code JOIN routes r ON r.route_id = m.route_id "
   "WHERE d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' GROUP BY r.route_code"], False),
 ("ratio", "hard",
  "In 2022 and in 2023, what percentage of the crew hours of duty was served by officers?",
  "Year of the UTC scheduled departure of the sailing. Whether a crew member was an officer follows the rank held on the UTC date of that scheduled departure (ranks.is_officer), not the current rank. "
  "Percentage = 100 * officers' hours_on_duty / all hours_on_duty of the year, rounded to 2 decimals. Return the year (integer) and the percentage, one row per year.",
  [f"SELECT EXTRACT(YEAR FROM s.scheduled_departure_utc AT TIME ZONE 'UTC')::int AS year, ROUND(100.0 * SUM(a.hours_on_duty) FILTER (WHERE k.is_officer) / SUM(a.hours_on_duty), 2) AS officer_pct "
   f"FROM {CA} a JOIN {S} s ON s.sailing_id = a.sailing_id "
   f"JOIN crew_rank_history h ON h.crew_id = a.crew_id AND h.valid_from <= {UD('s.scheduled_departure_utc')} AND (h.valid_to IS NULL OR {UD('s.scheduled_departure_utc')} < h.valid_to) "
   f"JOIN ranks k ON k.rank_code = h.rank_code WHERE s.scheduled_departure_utc < {TSZ('2024-01-01')} GROUP BY 1"], False),
 ("ratio", "hard",
  "What was the vehicle deck utilisation of each region in 2023?",
  "Utilisation = 100 * total vehicles counted boarding (gate counts, vehicles_boarded) / total car capacity offered (each sailing contributes the car_capacity of the vessel that operated it), over the completed sailings with a scheduled departure in 2023 (UTC), "
  "rounded to 1 decimal. The region is that of the route. Return region_code and the utilisation, one row per region.",
  [f"SELECT r.region_code, ROUND(100.0 * SUM(c.vehicles_boarded) / SUM(v.car_capacity), 1) AS vehicle_util_pct FROM {BC(2023)} c JOIN sailings s ON s.sailing_id = c.sailing_id "
   "JOIN vessels v ON v.vessel_id = s.vessel_id JOIN routes r ON r.route_id = s.route_id GROUP BY r.region_code"], False),
 # ------------------------------------------------------------------------------------ table_join
 ("table_join", "hard",
  "In each country of residence, how many different customers travelled on at least one sailing with a scheduled departure in 2022?",
  "Count customers with at least one booking with status travelled that is not soft-deleted on such a sailing (year of the UTC scheduled departure). Return the country name (English) and the number of customers, one row per country with such customers.",
  ["SELECT co.name, COUNT(DISTINCT b.customer_id) AS customers FROM archive_bookings b JOIN archive_sailings s ON s.sailing_id = b.sailing_id "
   "JOIN customers c ON c.customer_id = b.customer_id JOIN countries co ON co.country_code = c.country_code "
   f"WHERE b.status = 'travelled' AND b.deleted_at IS NULL AND s.scheduled_departure_utc >= {TSZ('2022-01-01')} AND s.scheduled_departure_utc < {TSZ('2023-01-01')} GROUP BY co.name"], False),
 ("table_join", "hard",
  "How many different crew members served on each vessel on sailings with a scheduled departure in 2022 or 2023?",
  "Year of the UTC scheduled departure; any crew assignment counts. Return the vessel's current name and the number of different crew members, every vessel of the fleet (0 for a vessel without such assignments).",
  [f"SELECT v.name, COUNT(DISTINCT a.crew_id) AS crew FROM vessels v LEFT JOIN ({S} s JOIN {CA} a ON a.sailing_id = s.sailing_id) "
   f"ON s.vessel_id = v.vessel_id AND s.scheduled_departure_utc < {TSZ('2024-01-01')} GROUP BY v.vessel_id, v.name"], False),
 ("table_join", "hard",
  "How many passengers were counted boarding in 2022 on the sailings arriving at each destination port?",
  "Use the gate boarding counts (passengers_boarded); year of the UTC scheduled departure. The destination is the route's destination port. Return the port name and the total, one row per destination port with such sailings.",
  [f"SELECT p.name, SUM(c.passengers_boarded) AS passengers FROM {BC(2022)} c JOIN archive_sailings s ON s.sailing_id = c.sailing_id "
   "JOIN routes r ON r.route_id = s.route_id JOIN ports p ON p.port_id = r.destination_port_id GROUP BY p.port_id, p.name"], False),
 ("table_join", "hard",
  "What did the maintenance work orders closed in fiscal year 2025 cost in EUR, per maintenance category?",
  "Closed orders with closed_on in fiscal year 2025; convert each cost_amount to EUR with the exchange rate of its closed_on date. Round each total to 2 decimals. "
  "Return the category description and the total, one row per category with such orders.",
  ["SELECT mc.description, ROUND(SUM(m.cost_amount * x.eur_per_unit), 2) AS cost_eur FROM maintenance_orders m JOIN maintenance_categories mc ON mc.category_code = m.category_code "
   "JOIN fx_rates x ON x.rate_date = m.closed_on AND x.currency_code = m.currency_code "
   "JOIN fiscal_periods fp ON fp.fiscal_year = 2025 AND m.closed_on BETWEEN fp.starts_on AND fp.ends_on WHERE m.status = 'closed' GROUP BY mc.description"], False),
 ("table_join", "hard",
  "How many departures actually sailed in 2021 with each vessel?",
  "Departures dated 2021 that were not cancelled. Return the vessel's current name and the number of departures, one row per vessel with such departures.",
  ["SELECT v.name, COUNT(*) AS departures FROM legacy_departures d JOIN legacy_vessel_map lv ON lv.vessel_code = d.vessel_code JOIN vessels v ON v.vessel_id = lv.vessel_id "
   "WHERE d.cancelled = 'N' AND d.departure_date >= DATE '2021-01-01' AND d.departure_date < DATE '2022-01-01' GROUP BY v.vessel_id, v.name"], False),
 ("table_join", "hard",
  "What was the ticket revenue in EUR from private and from corporate customers on sailings with a scheduled departure in 2022?",
  "Revenue = price_amount of the tickets of bookings with status travelled or no_show that are not soft-deleted, each converted to EUR with the exchange rate of the UTC date of the booking's booked_at; year of the UTC scheduled departure. "
  "Round each total to 2 decimals. Return customer_type and the revenue, one row per customer type.",
  ["SELECT c.customer_type, ROUND(SUM(t.price_amount * x.eur_per_unit), 2) AS revenue_eur FROM archive_tickets t JOIN archive_bookings b ON b.booking_id = t.booking_id "
   f"JOIN archive_sailings s ON s.sailing_id = b.sailing_id JOIN customers c ON c.customer_id = b.customer_id {FXB} "
   f"WHERE b.deleted_at IS NULL AND b.status IN {REV} AND s.scheduled_departure_utc >= {TSZ('2022-01-01')} AND s.scheduled_departure_utc < {TSZ('2023-01-01')} GROUP BY c.customer_type"], False),
 ("table_join", "hard",
  "How many tonnes of each fuel were bunkered in each port in 2024?",
  "Year of the UTC date of bunkered_at. Return the port name, the fuel description and the total quantity_tonnes, one row per port and fuel with deliveries.",
  ["SELECT p.name, ft.description, SUM(f.quantity_tonnes) AS tonnes FROM fuel_bunkering f JOIN ports p ON p.port_id = f.port_id JOIN fuel_types ft ON ft.fuel_type = f.fuel_type "
   f"WHERE f.bunkered_at >= {TSZ('2024-01-01')} AND f.bunkered_at < {TSZ('2025-01-01')} GROUP BY p.name, ft.description"], False),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/ferry_ops-ext-q/new.jsonl")
    old = [json.loads(line) for line in open(ROOT / "questions" / "ferry_ops.jsonl", encoding="utf-8")][:18]
    assert [q["id"] for q in old] == [f"ferry_ops-h{i:03d}" for i in range(1, 19)]
    only = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    rows = list(old)
    for i, (cat, diff, q, ins, gold, om) in enumerate(NEW, 19):
        qid = f"ferry_ops-h{i:03d}"
        if only is not None and qid not in only:
            continue
        rows.append({"id": qid, "db": DB, "category": cat, "difficulty": diff, "question": q, "instructions": ins,
                     "gold": gold, "order_matters": om, "split": "hard"})
    tmp = out.with_name(out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    import os
    os.replace(tmp, out)
    print(len(rows), "questions ->", out)


if __name__ == "__main__":
    main()
