"""The 37 answerable questions added to fab_lots (ids fab_lots-h027..h063).  make_questions.py appends
them to the 26 pilot questions (bench/hard/fab_lots/questions.orig.jsonl) and writes
questions/fab_lots.jsonl atomically."""

U = "TIMESTAMPTZ"
NEW = []


def q(cat, diff, question, instr, gold, order=False):
    NEW.append({"category": cat, "difficulty": diff, "question": question, "instructions": "\n".join(instr),
                "gold": [gold], "order_matters": order})


# ------------------------------------------------------------------ group_by (6)
q("group_by", "extra",
  "For each fiscal quarter of fiscal year 2024, how many lot holds were placed and how many hours did the holds placed in that quarter last in total?",
  ["Assign a hold to the fiscal quarter that contains the fab local calendar date of placed_at.",
   "Duration of a hold = released_at - placed_at; a hold not yet released counts in the number of holds but adds nothing to the hours.",
   "Return three columns: fiscal_quarter, the number of holds, the total hours rounded to 2 decimals.",
   "Return all four quarters, with 0 and 0.00 for a quarter without holds."],
  "WITH q AS (SELECT fiscal_quarter, MIN(start_date) AS s, MAX(end_date) AS e FROM fiscal_periods WHERE fiscal_year = 2024 GROUP BY fiscal_quarter) "
  "SELECT q.fiscal_quarter, COUNT(h.hold_id), ROUND(COALESCE(SUM(EXTRACT(EPOCH FROM h.released_at - h.placed_at)), 0) / 3600.0, 2) "
  "FROM q LEFT JOIN lot_holds h ON h.placed_at::date BETWEEN q.s AND q.e GROUP BY q.fiscal_quarter")
q("group_by", "extra",
  "For each process area and work-order type, how many maintenance work orders were opened during fiscal year 2023?",
  ["A work order belongs to the fiscal year that contains the UTC calendar date of started_at.",
   "Return three columns: area_code, event_type ('pm' or 'repair'), the number of work orders.",
   "Area and type combinations without work orders are left out."],
  "WITH e AS (SELECT tool_id, event_type, started_at FROM maintenance_events UNION ALL SELECT tool_id, event_type, started_at FROM archive_maintenance_events) "
  "SELECT a.area_code, e.event_type, COUNT(*) FROM e JOIN tools t ON t.tool_id = e.tool_id JOIN process_areas a ON a.area_id = t.area_id "
  "WHERE e.started_at >= TIMESTAMPTZ '2022-10-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2023-10-01 00:00:00+00' GROUP BY a.area_code, e.event_type")
q("group_by", "hard",
  "For each customer, how many production lots were released into the line during calendar year 2024, and how many wafers did those lots contain?",
  ["Released in 2024 = started_on from 2024-01-01 to 2024-12-31 (both inclusive). Lot records voided as created by mistake are not lots.",
   "Wafers = all wafer records of those lots, scrapped ones included.",
   "Return three columns: customer name, the number of lots, the number of wafers.",
   "List every customer, with 0 lots and 0 wafers when none."],
  "SELECT c.name, COUNT(DISTINCT l.lot_id), COUNT(w.wafer_id) FROM customers c LEFT JOIN products p ON p.customer_id = c.customer_id "
  "LEFT JOIN lots l ON l.product_id = p.product_id AND NOT l.is_deleted AND l.started_on >= DATE '2024-01-01' AND l.started_on < DATE '2025-01-01' "
  "LEFT JOIN wafers w ON w.lot_id = l.lot_id GROUP BY c.name")
q("group_by", "extra",
  "How many shipments left the fab in each fab-local calendar month of 2024, and what were they worth in US dollars?",
  ["Assign a shipment to the month of shipped_at in fab local time (UTC+8).",
   "Convert each shipment's invoice_amount with the rate of its currency on the fab-local calendar date of shipped_at.",
   "Return three columns: the month number 1-12, the number of shipments, the USD total rounded to 2 decimals once after summing the unrounded converted amounts.",
   "Months without shipments are left out."],
  "WITH s AS (SELECT invoice_amount, currency_code, (shipped_at AT TIME ZONE 'UTC') + INTERVAL '8 hours' AS loc FROM shipments) "
  "SELECT EXTRACT(MONTH FROM s.loc)::int, COUNT(*), ROUND(SUM(s.invoice_amount * r.usd_per_unit), 2) FROM s "
  "JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = s.loc::date "
  "WHERE s.loc >= TIMESTAMP '2024-01-01 00:00:00' AND s.loc < TIMESTAMP '2025-01-01 00:00:00' GROUP BY 1")
q("group_by", "extra",
  "How many tool-hours did the tools of the Lithography area spend in each equipment state during the first calendar quarter of 2025 in fab local time?",
  ["The quarter runs from 2025-01-01 00:00 (inclusive) to 2025-04-01 00:00 (exclusive) fab local time (UTC+8).",
   "Count only the part of each state interval inside the quarter, summed over all tools of the LITHO area; an open interval (valid_to NULL) lasts beyond the quarter.",
   "Return two columns: status_code and the hours, rounded to 1 decimal after summing.",
   "States with no time in the quarter are left out."],
  "SELECT h.status_code, ROUND(SUM(EXTRACT(EPOCH FROM LEAST(COALESCE(h.valid_to, TIMESTAMPTZ '2025-03-31 16:00:00+00'), TIMESTAMPTZ '2025-03-31 16:00:00+00') "
  "- GREATEST(h.valid_from, TIMESTAMPTZ '2024-12-31 16:00:00+00'))) / 3600.0, 1) FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id "
  "JOIN process_areas a ON a.area_id = t.area_id WHERE a.area_code = 'LITHO' AND h.valid_from < TIMESTAMPTZ '2025-03-31 16:00:00+00' "
  "AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2024-12-31 16:00:00+00') GROUP BY h.status_code")
q("group_by", "hard",
  "For each scrap reason, how many wafers of lots of the N65 technology were scrapped during fiscal year 2024?",
  ["Use scrapped_on (fab local date) and the fiscal calendar.",
   "Return two columns: the scrap reason's description and the number of wafers.",
   "Reasons with no such wafer are left out."],
  "SELECT sr.description, COUNT(*) FROM wafers w JOIN scrap_reasons sr ON sr.scrap_code = w.scrap_code JOIN lots l ON l.lot_id = w.lot_id "
  "JOIN products p ON p.product_id = l.product_id JOIN technologies t ON t.tech_id = p.tech_id "
  "JOIN fiscal_periods f ON w.scrapped_on BETWEEN f.start_date AND f.end_date WHERE t.node_code = 'N65' AND f.fiscal_year = 2024 GROUP BY sr.description")

# ------------------------------------------------------------------ order_by (8)
q("order_by", "hard",
  "Which five lots spent the most time on hold, counting the holds placed during calendar year 2024?",
  ["A hold is in 2024 when placed_at is from 2024-01-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive), fab local time as recorded.",
   "Duration = released_at - placed_at; holds not yet released are ignored.",
   "Return two columns: lot_code and the total hours of its holds, rounded to 2 decimals.",
   "Order by the rounded total hours descending, ties by lot_code ascending; return exactly the first five rows of that order."],
  "SELECT l.lot_code, ROUND(SUM(EXTRACT(EPOCH FROM h.released_at - h.placed_at)) / 3600.0, 2) AS hrs FROM lot_holds h JOIN lots l ON l.lot_id = h.lot_id "
  "WHERE h.released_at IS NOT NULL AND h.placed_at >= TIMESTAMP '2024-01-01 00:00:00' AND h.placed_at < TIMESTAMP '2025-01-01 00:00:00' "
  "GROUP BY l.lot_code ORDER BY hrs DESC, l.lot_code LIMIT 5", True)
q("order_by", "extra",
  "Rank the customers by the US-dollar value of the shipments that left the fab in the first half of 2025.",
  ["A shipment is in the half-year when shipped_at is from 2025-01-01 00:00 UTC (inclusive) to 2025-07-01 00:00 UTC (exclusive).",
   "Convert each shipment's invoice_amount with the rate of its currency on the UTC calendar date of shipped_at.",
   "Return two columns: customer name and the USD total, rounded to 2 decimals once after summing the unrounded converted amounts.",
   "Customers without such shipments are left out. Order by the USD total descending, ties by name ascending."],
  "SELECT c.name, ROUND(SUM(s.invoice_amount * r.usd_per_unit), 2) AS usd FROM shipments s JOIN customers c ON c.customer_id = s.customer_id "
  "JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date "
  "WHERE s.shipped_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-07-01 00:00:00+00' GROUP BY c.name ORDER BY usd DESC, c.name", True)
q("order_by", "hard",
  "For every tool of the Deposition area, how many lot steps were tracked in on it during the fourth calendar quarter of 2024?",
  ["Use track_in (fab local time as recorded): from 2024-10-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive).",
   "Return two columns: tool_code and the number of lot steps.",
   "List every tool of the DEPO area, decommissioned ones included, with 0 when none.",
   "Order by the number descending, ties by tool_code ascending."],
  "SELECT t.tool_code, COUNT(s.lot_step_id) AS n FROM tools t JOIN process_areas a ON a.area_id = t.area_id LEFT JOIN lot_steps s ON s.tool_id = t.tool_id "
  "AND s.track_in >= TIMESTAMP '2024-10-01 00:00:00' AND s.track_in < TIMESTAMP '2025-01-01 00:00:00' WHERE a.area_code = 'DEPO' GROUP BY t.tool_code ORDER BY n DESC, t.tool_code", True)
q("order_by", "extra",
  "For each product, what was the average cycle time of the lots that finished their last route step during calendar year 2024, from longest to shortest?",
  ["Every route has 8 steps. Cycle time of a lot = track_out of its step 8 minus track_in of its step 1, in days (hours / 24).",
   "A lot finished in 2024 when the track_out of its step 8 is from 2024-01-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive), fab local time as recorded.",
   "Return two columns: product_code and the average cycle time in days, rounded to 2 decimals.",
   "Products with no such lot are left out. Order by the rounded average descending, ties by product_code ascending."],
  "SELECT p.product_code, ROUND(AVG(EXTRACT(EPOCH FROM s8.track_out - s1.track_in)) / 86400.0, 2) AS d FROM lot_steps s8 "
  "JOIN lot_steps s1 ON s1.lot_id = s8.lot_id AND s1.step_no = 1 JOIN lots l ON l.lot_id = s8.lot_id JOIN products p ON p.product_id = l.product_id "
  "WHERE s8.step_no = 8 AND s8.track_out >= TIMESTAMP '2024-01-01 00:00:00' AND s8.track_out < TIMESTAMP '2025-01-01 00:00:00' "
  "GROUP BY p.product_code ORDER BY d DESC, p.product_code", True)
q("order_by", "hard",
  "Which five employees signed off the most preventive-maintenance work orders opened in calendar year 2022?",
  ["A work order is in 2022 when started_at is from 2022-01-01 00:00 UTC (inclusive) to 2023-01-01 00:00 UTC (exclusive); only event_type 'pm'.",
   "Return two columns: full_name and the number of work orders signed off.",
   "Order by the number descending, ties by full_name ascending; return exactly the first five rows of that order."],
  "WITH e AS (SELECT event_type, started_at, signed_off_by FROM maintenance_events UNION ALL SELECT event_type, started_at, signed_off_by FROM archive_maintenance_events) "
  "SELECT emp.full_name, COUNT(*) AS n FROM e JOIN employees emp ON emp.employee_id = e.signed_off_by WHERE e.event_type = 'pm' "
  "AND e.started_at >= TIMESTAMPTZ '2022-01-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2023-01-01 00:00:00+00' GROUP BY emp.full_name ORDER BY n DESC, emp.full_name LIMIT 5", True)
q("order_by", "extra",
  "Which tools went down unscheduled most often in the first half of 2025?",
  ["Count the state intervals with status_code 'down_unscheduled' whose valid_from is from 2025-01-01 00:00 (inclusive) to 2025-07-01 00:00 (exclusive) fab local time (UTC+8).",
   "Also give their total duration: valid_to - valid_from, where an interval still open (valid_to NULL) counts up to the extract moment 2025-06-30 23:59 fab local time.",
   "Return three columns: tool_code, the number of such intervals, their total duration in hours rounded to 1 decimal after summing.",
   "Tools with none are left out. Order by the number descending, then the rounded hours descending, then tool_code ascending."],
  "SELECT t.tool_code, COUNT(*) AS n, ROUND(SUM(EXTRACT(EPOCH FROM COALESCE(h.valid_to, TIMESTAMPTZ '2025-06-30 15:59:00+00') - h.valid_from)) / 3600.0, 1) AS hrs "
  "FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id WHERE h.status_code = 'down_unscheduled' "
  "AND h.valid_from >= TIMESTAMPTZ '2024-12-31 16:00:00+00' AND h.valid_from < TIMESTAMPTZ '2025-06-30 16:00:00+00' GROUP BY t.tool_code ORDER BY n DESC, hrs DESC, t.tool_code", True)
q("order_by", "extra",
  "Which were the ten most valuable shipments, in US dollars, that left the fab in the first calendar quarter of 2025 in fab local time?",
  ["A shipment is in the quarter when shipped_at is from 2025-01-01 00:00 (inclusive) to 2025-04-01 00:00 (exclusive) fab local time (UTC+8).",
   "Convert invoice_amount with the rate of the shipment's currency on the UTC calendar date of shipped_at.",
   "Return three columns: shipment_code, customer name, the USD value rounded to 2 decimals.",
   "Order by the unrounded USD value descending, ties by shipment_code ascending; return exactly the first ten rows of that order."],
  "SELECT s.shipment_code, c.name, ROUND(s.invoice_amount * r.usd_per_unit, 2) FROM shipments s JOIN customers c ON c.customer_id = s.customer_id "
  "JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date "
  "WHERE s.shipped_at >= TIMESTAMPTZ '2024-12-31 16:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-03-31 16:00:00+00' "
  "ORDER BY s.invoice_amount * r.usd_per_unit DESC, s.shipment_code LIMIT 10", True)
q("order_by", "hard",
  "Rank the hold codes by the average duration of the holds released during calendar year 2024.",
  ["A hold is released in 2024 when released_at is from 2024-01-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive), fab local time as recorded.",
   "Duration = released_at - placed_at, in hours.",
   "Return three columns: hold_code, the number of such holds, the average duration in hours rounded to 2 decimals.",
   "Hold codes with no such hold are left out. Order by the rounded average descending, ties by hold_code ascending."],
  "SELECT hold_code, COUNT(*), ROUND(AVG(EXTRACT(EPOCH FROM released_at - placed_at)) / 3600.0, 2) AS a FROM lot_holds "
  "WHERE released_at >= TIMESTAMP '2024-01-01 00:00:00' AND released_at < TIMESTAMP '2025-01-01 00:00:00' GROUP BY hold_code ORDER BY a DESC, hold_code", True)

# ------------------------------------------------------------------ ratio (8)
q("ratio", "extra",
  "What was the availability of each tool of the Etch area during calendar year 2024?",
  ["Availability = time in states that are not down states / all recorded state time, both counted inside 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive): only the part of each state interval inside the year; an open interval (valid_to NULL) lasts beyond the year.",
   "Down states are those the state lookup marks as down.",
   "Return two columns: tool_code and the availability as a percentage rounded to 2 decimals.",
   "Tools with no recorded state time in 2024 are left out."],
  "WITH x AS (SELECT t.tool_code, c.is_down, EXTRACT(EPOCH FROM LEAST(COALESCE(h.valid_to, TIMESTAMPTZ '2025-01-01 00:00:00+00'), TIMESTAMPTZ '2025-01-01 00:00:00+00') "
  "- GREATEST(h.valid_from, TIMESTAMPTZ '2024-01-01 00:00:00+00')) AS sec FROM tool_status_history h JOIN tool_status_codes c ON c.status_code = h.status_code "
  "JOIN tools t ON t.tool_id = h.tool_id JOIN process_areas a ON a.area_id = t.area_id WHERE a.area_code = 'ETCH' "
  "AND h.valid_from < TIMESTAMPTZ '2025-01-01 00:00:00+00' AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2024-01-01 00:00:00+00')) "
  "SELECT tool_code, ROUND(100.0 * SUM(sec) FILTER (WHERE NOT is_down) / SUM(sec), 2) FROM x GROUP BY tool_code")
q("ratio", "hard",
  "For each hold code, what share of the holds placed during fiscal year 2024 was released within 24 hours?",
  ["Assign a hold to the fiscal year that contains the fab local calendar date of placed_at.",
   "Released within 24 hours = released_at - placed_at of at most 24 hours (exactly 24 hours counts); a hold not yet released counts in the total but not as released within 24 hours.",
   "Return two columns: hold_code and the share as a percentage rounded to 2 decimals.",
   "Hold codes with no hold placed in fiscal year 2024 are left out."],
  "SELECT h.hold_code, ROUND(100.0 * COUNT(*) FILTER (WHERE h.released_at - h.placed_at <= INTERVAL '24 hours') / COUNT(*), 2) FROM lot_holds h "
  "JOIN fiscal_periods f ON h.placed_at::date BETWEEN f.start_date AND f.end_date WHERE f.fiscal_year = 2024 GROUP BY h.hold_code")
q("ratio", "hard",
  "For each technology, what share of the failing die on the wafers sort-tested in the first calendar quarter of 2025 fell into bin B03?",
  ["A wafer is in the quarter when test_date is from 2025-01-01 to 2025-03-31 (both inclusive).",
   "Failing die of a wafer = dies_tested - dies_good. Share = die in bin 'B03' / failing die, pooled over all those wafers of the technology, as a percentage rounded to 2 decimals.",
   "Return two columns: node_code and the share.",
   "Technologies with no failing die on such wafers are left out."],
  "WITH w AS (SELECT t.wafer_id, tc.node_code, t.dies_tested - t.dies_good AS fails, COALESCE((SELECT SUM(b.die_count) FROM sort_bins b WHERE b.wafer_id = t.wafer_id AND b.bin_code = 'B03'), 0) AS b03 "
  "FROM sort_tests t JOIN wafers wf ON wf.wafer_id = t.wafer_id JOIN lots l ON l.lot_id = wf.lot_id JOIN products p ON p.product_id = l.product_id "
  "JOIN technologies tc ON tc.tech_id = p.tech_id WHERE t.test_date >= DATE '2025-01-01' AND t.test_date <= DATE '2025-03-31') "
  "SELECT node_code, ROUND(100.0 * SUM(b03) / SUM(fails), 2) FROM w GROUP BY node_code HAVING SUM(fails) > 0")
q("ratio", "hard",
  "For each customer, what share of the wafers of the lots released into the line during fiscal year 2024 was shipped?",
  ["Lots whose started_on falls in fiscal year 2024; lot records voided as created by mistake are not lots.",
   "Wafers started = all wafer records of those lots; wafers shipped = wafers_shipped of those lots (0 for a lot not shipped).",
   "Return two columns: customer name and the share as a percentage rounded to 2 decimals.",
   "Customers with no such lot are left out."],
  "WITH lw AS (SELECT l.lot_id, p.customer_id, (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = l.lot_id) AS nw, "
  "COALESCE((SELECT SUM(sl.wafers_shipped) FROM shipment_lots sl WHERE sl.lot_id = l.lot_id), 0) AS ns FROM lots l JOIN products p ON p.product_id = l.product_id "
  "WHERE NOT l.is_deleted AND l.started_on >= DATE '2023-10-01' AND l.started_on <= DATE '2024-09-30') "
  "SELECT c.name, ROUND(100.0 * SUM(lw.ns) / NULLIF(SUM(lw.nw), 0), 2) FROM lw JOIN customers c ON c.customer_id = lw.customer_id GROUP BY c.name")
q("ratio", "extra",
  "For each calendar year from 2021 to 2024, what percentage of the maintenance work orders opened that year were repairs?",
  ["Use the UTC calendar year of started_at.",
   "Return two columns: the year and the percentage of work orders with event_type 'repair' among all work orders opened that year, rounded to 2 decimals.",
   "Return the four years 2021, 2022, 2023 and 2024."],
  "WITH e AS (SELECT event_type, started_at FROM maintenance_events UNION ALL SELECT event_type, started_at FROM archive_maintenance_events) "
  "SELECT EXTRACT(YEAR FROM started_at AT TIME ZONE 'UTC')::int AS y, ROUND(100.0 * COUNT(*) FILTER (WHERE event_type = 'repair') / COUNT(*), 2) FROM e "
  "WHERE started_at >= TIMESTAMPTZ '2021-01-01 00:00:00+00' AND started_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY 1")
q("ratio", "hard",
  "For each product, how does its price per wafer in force on 2025-06-30 compare with the price in force on 2024-01-01?",
  ["Use the price period in force on each day (valid_from inclusive, valid_to exclusive), in the customer's currency.",
   "Return two columns: product_code and the ratio later price / earlier price, rounded to 4 decimals."],
  "SELECT p.product_code, ROUND(b.price_per_wafer / a.price_per_wafer, 4) FROM products p "
  "JOIN product_price_history a ON a.product_id = p.product_id AND a.valid_from <= DATE '2024-01-01' AND (a.valid_to IS NULL OR a.valid_to > DATE '2024-01-01') "
  "JOIN product_price_history b ON b.product_id = p.product_id AND b.valid_from <= DATE '2025-06-30' AND (b.valid_to IS NULL OR b.valid_to > DATE '2025-06-30')")
q("ratio", "extra",
  "What share of the US-dollar value of the shipments that left the fab in calendar year 2024 came from the customers invoiced in each currency?",
  ["A shipment is in 2024 when shipped_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).",
   "Convert each invoice_amount with the rate of its currency on the UTC calendar date of shipped_at.",
   "Share = the currency's USD total / the USD total of all those shipments, from unrounded amounts, as a percentage rounded to 2 decimals.",
   "Return two columns: currency_code and the share. Currencies without such shipments are left out."],
  "WITH s AS (SELECT s.currency_code, s.invoice_amount * r.usd_per_unit AS usd FROM shipments s JOIN currency_rates r ON r.currency_code = s.currency_code "
  "AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date WHERE s.shipped_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-01-01 00:00:00+00') "
  "SELECT currency_code, ROUND(100 * SUM(usd) / (SELECT SUM(usd) FROM s), 2) FROM s GROUP BY currency_code")
q("ratio", "hard",
  "For each product, what was the sort yield of the wafers sort-tested in June 2025?",
  ["A wafer is in June 2025 when its sort test date is from 2025-06-01 to 2025-06-30 (both inclusive).",
   "Yield = total dies_good / total dies_tested over those wafers (pooled), as a percentage rounded to 2 decimals; use each wafer's valid sort result only.",
   "Return two columns: product_code and the yield percentage.",
   "Products with no wafer tested in June 2025 are left out."],
  "SELECT p.product_code, ROUND(100.0 * SUM(t.dies_good) / SUM(t.dies_tested), 2) FROM sort_tests t JOIN wafers w ON w.wafer_id = t.wafer_id "
  "JOIN lots l ON l.lot_id = w.lot_id JOIN products p ON p.product_id = l.product_id WHERE t.test_date >= DATE '2025-06-01' AND t.test_date <= DATE '2025-06-30' GROUP BY p.product_code")

# ------------------------------------------------------------------ table_join (8)
q("table_join", "extra",
  "Which lots were shipped during December 2024 in fab local time, in which shipment, of which product, and with how many wafers?",
  ["A shipment is in December 2024 when shipped_at is from 2024-12-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive) fab local time (UTC+8).",
   "Return four columns: lot_code, shipment_code, product_code, wafers_shipped."],
  "SELECT l.lot_code, s.shipment_code, p.product_code, sl.wafers_shipped FROM shipments s JOIN shipment_lots sl ON sl.shipment_id = s.shipment_id "
  "JOIN lots l ON l.lot_id = sl.lot_id JOIN products p ON p.product_id = l.product_id "
  "WHERE s.shipped_at >= TIMESTAMPTZ '2024-11-30 16:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2024-12-31 16:00:00+00'")
q("table_join", "hard",
  "What was each product's price per wafer on the first day of fiscal year 2025, in US dollars?",
  ["Take the price period in force on that day (valid_from inclusive, valid_to exclusive), in the product's customer's currency, and convert it with that currency's rate of the same day.",
   "Return three columns: product_code, the customer's name, the USD price rounded to 2 decimals."],
  "SELECT p.product_code, c.name, ROUND(h.price_per_wafer * r.usd_per_unit, 2) FROM products p JOIN customers c ON c.customer_id = p.customer_id "
  "JOIN product_price_history h ON h.product_id = p.product_id AND h.valid_from <= DATE '2024-10-01' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-10-01') "
  "JOIN currency_rates r ON r.currency_code = c.currency_code AND r.rate_date = DATE '2024-10-01'")
q("table_join", "extra",
  "For each tool decommissioned before 2025, how many maintenance work orders were opened on it from 2021 on, and what did the parts they used cost at current list prices?",
  ["Decommissioned before 2025 = decommissioned_on before 2025-01-01. Count all work orders (pm and repair) with started_at from 2021-01-01 00:00 UTC on.",
   "Cost = quantity x unit_price_usd over the parts used by those work orders, in USD, rounded to 2 decimals.",
   "Return three columns: tool_code, the number of work orders, the cost.",
   "List every such tool, with 0 and 0.00 when it had no work order."],
  "WITH e AS (SELECT event_id, tool_id FROM maintenance_events WHERE started_at >= TIMESTAMPTZ '2021-01-01 00:00:00+00' "
  "UNION ALL SELECT event_id, tool_id FROM archive_maintenance_events WHERE started_at >= TIMESTAMPTZ '2021-01-01 00:00:00+00'), "
  "mp AS (SELECT event_id, part_no, quantity FROM maintenance_parts UNION ALL SELECT event_id, part_no, quantity FROM archive_maintenance_parts), "
  "c AS (SELECT e.tool_id, e.event_id, COALESCE(SUM(mp.quantity * pt.unit_price_usd), 0) AS cost FROM e LEFT JOIN mp ON mp.event_id = e.event_id "
  "LEFT JOIN parts pt ON pt.part_no = mp.part_no GROUP BY e.tool_id, e.event_id) "
  "SELECT t.tool_code, COUNT(c.event_id), ROUND(COALESCE(SUM(c.cost), 0), 2) FROM tools t LEFT JOIN c ON c.tool_id = t.tool_id "
  "WHERE t.decommissioned_on < DATE '2025-01-01' GROUP BY t.tool_code")
q("table_join", "hard",
  "For each shipment to Kōgen Devices K.K. that left the fab in calendar year 2024, how many lots and wafers did it contain and what was it worth in US dollars?",
  ["A shipment is in 2024 when shipped_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).",
   "Convert invoice_amount with the rate of its currency on the UTC calendar date of shipped_at.",
   "Return four columns: shipment_code, the number of lots, the total wafers shipped, the USD value rounded to 2 decimals."],
  "SELECT s.shipment_code, COUNT(sl.lot_id), SUM(sl.wafers_shipped), ROUND(s.invoice_amount * r.usd_per_unit, 2) FROM shipments s "
  "JOIN customers c ON c.customer_id = s.customer_id JOIN shipment_lots sl ON sl.shipment_id = s.shipment_id "
  "JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date "
  "WHERE c.name = 'Kōgen Devices K.K.' AND s.shipped_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' "
  "GROUP BY s.shipment_code, s.invoice_amount, r.usd_per_unit")
q("table_join", "extra",
  "For each employee, how many of the repair work orders they signed off that were opened in 2024 were opened while the tool was recorded in the state down_unscheduled?",
  ["A work order is in 2024 when started_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive); only event_type 'repair'.",
   "The tool's state at started_at is that of its state interval with valid_from <= started_at and (valid_to > started_at or valid_to NULL).",
   "Return two columns: full_name and the number of such work orders.",
   "Employees with none are left out."],
  "SELECT emp.full_name, COUNT(*) FROM maintenance_events e JOIN employees emp ON emp.employee_id = e.signed_off_by "
  "JOIN tool_status_history h ON h.tool_id = e.tool_id AND h.valid_from <= e.started_at AND (h.valid_to IS NULL OR h.valid_to > e.started_at) "
  "WHERE e.event_type = 'repair' AND h.status_code = 'down_unscheduled' AND e.started_at >= TIMESTAMPTZ '2024-01-01 00:00:00+00' "
  "AND e.started_at < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY emp.full_name")
q("table_join", "hard",
  "For each lot of the BCD180 technology whose wafers were sort-tested from 2025-04-01 to 2025-06-30, how many wafers were tested, how many good die did they give, and how many die fell into bin B09?",
  ["Both dates inclusive, on the sort test date; use each wafer's valid sort result only.",
   "Return four columns: lot_code, the number of wafers tested in that period, the total dies_good, the total die in bin 'B09' (0 if none)."],
  "SELECT l.lot_code, COUNT(*), SUM(t.dies_good), COALESCE(SUM((SELECT b.die_count FROM sort_bins b WHERE b.wafer_id = t.wafer_id AND b.bin_code = 'B09')), 0) "
  "FROM sort_tests t JOIN wafers w ON w.wafer_id = t.wafer_id JOIN lots l ON l.lot_id = w.lot_id JOIN products p ON p.product_id = l.product_id "
  "JOIN technologies tc ON tc.tech_id = p.tech_id WHERE tc.node_code = 'BCD180' AND t.test_date >= DATE '2025-04-01' AND t.test_date <= DATE '2025-06-30' GROUP BY l.lot_code")
q("table_join", "hard",
  "In which equipment state was each tool of the Etch area at the moment 2025-01-01 00:00 fab local time?",
  ["Fab local time is UTC+8. The state at a moment m is that of the tool's state interval with valid_from <= m and (valid_to > m or valid_to NULL).",
   "Return three columns: tool_code, status_code, and whether that state is a down state (true/false, from the state lookup).",
   "Tools with no state interval at that moment are left out."],
  "SELECT t.tool_code, h.status_code, c.is_down FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id JOIN process_areas a ON a.area_id = t.area_id "
  "JOIN tool_status_codes c ON c.status_code = h.status_code WHERE a.area_code = 'ETCH' AND h.valid_from <= TIMESTAMPTZ '2024-12-31 16:00:00+00' "
  "AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2024-12-31 16:00:00+00')")
q("table_join", "extra",
  "For each technology, what is the target of the recipe version of route step 2 that was in force on 2024-12-31, and how many lot steps at route step 2 tracked in during 2024 ran a different version of that recipe?",
  ["A version is in force on day d when valid_from <= d and (valid_to is NULL or d < valid_to).",
   "A lot step is in 2024 when track_in is from 2024-01-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive), fab local time as recorded.",
   "Return four columns: node_code, recipe_code of the step's recipe, target_nm of the version in force on 2024-12-31, the number of such lot steps (0 if none)."],
  "WITH v AS (SELECT rs.tech_id, rs.recipe_id, rv.version_no, rv.target_nm FROM route_steps rs JOIN recipe_versions rv ON rv.recipe_id = rs.recipe_id "
  "AND rv.valid_from <= DATE '2024-12-31' AND (rv.valid_to IS NULL OR rv.valid_to > DATE '2024-12-31') WHERE rs.step_no = 2) "
  "SELECT tc.node_code, r.recipe_code, v.target_nm, COUNT(s.lot_step_id) FROM v JOIN technologies tc ON tc.tech_id = v.tech_id JOIN recipes r ON r.recipe_id = v.recipe_id "
  "LEFT JOIN lot_steps s ON s.recipe_id = v.recipe_id AND s.step_no = 2 AND s.version_no <> v.version_no AND s.track_in >= TIMESTAMP '2024-01-01 00:00:00' "
  "AND s.track_in < TIMESTAMP '2025-01-01 00:00:00' GROUP BY tc.node_code, r.recipe_code, v.target_nm")

# ------------------------------------------------------------------ where (7)
q("where", "hard",
  "Which hot or engineering lots were released into the line during calendar year 2024, and what is their status now?",
  ["Released in 2024 = started_on from 2024-01-01 to 2024-12-31 (both inclusive); priority 'hot' or 'engineering'. Lot records voided as created by mistake are not lots.",
   "Return three columns: lot_code, priority, status."],
  "SELECT lot_code, priority, status FROM lots WHERE started_on >= DATE '2024-01-01' AND started_on <= DATE '2024-12-31' "
  "AND priority IN ('hot', 'engineering') AND NOT is_deleted")
q("where", "hard",
  "How many shipments left the fab during calendar year 2024 in fab local time, and how many wafers did they contain?",
  ["A shipment is in 2024 when shipped_at is from 2024-01-01 00:00 (inclusive) to 2025-01-01 00:00 (exclusive) fab local time (UTC+8).",
   "Return two columns: the number of shipments and the total wafers shipped (sum of wafers_shipped)."],
  "SELECT COUNT(DISTINCT s.shipment_id), SUM(sl.wafers_shipped) FROM shipments s JOIN shipment_lots sl ON sl.shipment_id = s.shipment_id "
  "WHERE s.shipped_at >= TIMESTAMPTZ '2023-12-31 16:00:00+00' AND s.shipped_at < TIMESTAMPTZ '2024-12-31 16:00:00+00'")
q("where", "hard",
  "Which repair work orders on tool ETCH-02 opened in calendar years 2022 and 2023 took more than 10 hours?",
  ["Opened from 2022-01-01 00:00 UTC (inclusive) to 2024-01-01 00:00 UTC (exclusive). Duration = ended_at - started_at; more than 10 hours strictly.",
   "Return three columns: event_id, the UTC calendar date of started_at, the duration in hours rounded to 2 decimals."],
  "WITH e AS (SELECT event_id, tool_id, event_type, started_at, ended_at FROM maintenance_events UNION ALL SELECT event_id, tool_id, event_type, started_at, ended_at FROM archive_maintenance_events) "
  "SELECT e.event_id, (e.started_at AT TIME ZONE 'UTC')::date, ROUND(EXTRACT(EPOCH FROM e.ended_at - e.started_at) / 3600.0, 2) FROM e JOIN tools t ON t.tool_id = e.tool_id "
  "WHERE t.tool_code = 'ETCH-02' AND e.event_type = 'repair' AND e.started_at >= TIMESTAMPTZ '2022-01-01 00:00:00+00' AND e.started_at < TIMESTAMPTZ '2024-01-01 00:00:00+00' "
  "AND e.ended_at - e.started_at > INTERVAL '10 hours'")
q("where", "hard",
  "How many wafers sort-tested in June 2025 had a sort yield of at least 90%?",
  ["A wafer is in June 2025 when its sort test date is from 2025-06-01 to 2025-06-30 (both inclusive); use each wafer's valid sort result only.",
   "Wafer yield = dies_good / dies_tested; exactly 90% counts.",
   "Return one number: the number of wafers."],
  "SELECT COUNT(*) FROM sort_tests WHERE test_date >= DATE '2025-06-01' AND test_date <= DATE '2025-06-30' AND dies_good >= 0.9 * dies_tested")
q("where", "hard",
  "Which price changes took effect during fiscal year 2025, and what were the old and new prices?",
  ["A price change is a price period that follows an earlier kept period of the same product (its valid_from equals the earlier period's valid_to); it took effect on its valid_from.",
   "Only changes with valid_from in fiscal year 2025.",
   "Return four columns: product_code, valid_from of the new period, the old price_per_wafer, the new price_per_wafer (both in the customer's currency)."],
  "SELECT p.product_code, n.valid_from, o.price_per_wafer, n.price_per_wafer FROM product_price_history n JOIN product_price_history o ON o.product_id = n.product_id "
  "AND o.valid_to = n.valid_from JOIN products p ON p.product_id = n.product_id WHERE n.valid_from >= DATE '2024-10-01' AND n.valid_from <= DATE '2025-09-30'")
q("where", "extra",
  "Which tools were in the state engineering at some time during the fab-local week from 2024-06-10 to 2024-06-16?",
  ["The week runs from 2024-06-10 00:00 (inclusive) to 2024-06-17 00:00 (exclusive) fab local time (UTC+8). A state interval counts if it overlaps that period by a positive length (valid_to is exclusive; NULL = still open).",
   "Return one column: tool_code, each tool once."],
  "SELECT DISTINCT t.tool_code FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id WHERE h.status_code = 'engineering' "
  "AND h.valid_from < TIMESTAMPTZ '2024-06-16 16:00:00+00' AND (h.valid_to IS NULL OR h.valid_to > TIMESTAMPTZ '2024-06-09 16:00:00+00')")
q("where", "hard",
  "How many lots of the N40LP technology were released into the line during fiscal year 2025 up to the extract, and how many of them are hot lots?",
  ["Use started_on and the fiscal calendar. Lot records voided as created by mistake are not lots.",
   "Return two columns: the number of lots and the number of those with priority 'hot'."],
  "SELECT COUNT(*), COUNT(*) FILTER (WHERE l.priority = 'hot') FROM lots l JOIN products p ON p.product_id = l.product_id JOIN technologies t ON t.tech_id = p.tech_id "
  "WHERE t.node_code = 'N40LP' AND NOT l.is_deleted AND l.started_on >= DATE '2024-10-01' AND l.started_on <= DATE '2025-09-30'")

assert [sum(x["category"] == c for x in NEW) for c in ("group_by", "order_by", "ratio", "table_join", "where")] == [6, 8, 8, 8, 7]
