-- invariants of fab_lots: each query lists the rows that break one documented rule (core tables only;
-- rpt_customer_revenue_monthly and staging_sort_tests are documented as NOT authoritative and are skipped)

-- rule: currency_rates has one row per currency and calendar day from 2024-01-01 to 2025-06-30 inclusive, none outside
-- (COMMENT ON TABLE currency_rates)
SELECT c.currency_code, d::date AS missing_day FROM currencies c
CROSS JOIN generate_series(DATE '2024-01-01', DATE '2025-06-30', INTERVAL '1 day') d
WHERE NOT EXISTS (SELECT 1 FROM currency_rates r WHERE r.currency_code = c.currency_code AND r.rate_date = d::date)
UNION ALL SELECT currency_code, rate_date FROM currency_rates WHERE rate_date < DATE '2024-01-01' OR rate_date > DATE '2025-06-30';

-- rule: USD has rate 1 for every day (COMMENT ON TABLE currency_rates)
SELECT currency_code, rate_date, usd_per_unit FROM currency_rates WHERE currency_code = 'USD' AND usd_per_unit <> 1;

-- rule: fiscal_periods has one row per fiscal month of FY2023..FY2026; FY N month 1 = October of N-1, fiscal months are
-- calendar months, quarter 1 = Oct-Dec .. 4 = Jul-Sep (COMMENT ON TABLE fiscal_periods and its columns)
SELECT fiscal_year, fiscal_month, start_date, end_date, fiscal_quarter FROM fiscal_periods
WHERE start_date <> (make_date(fiscal_year - 1, 10, 1) + (fiscal_month - 1) * INTERVAL '1 month')::date
   OR end_date <> (make_date(fiscal_year - 1, 10, 1) + fiscal_month * INTERVAL '1 month' - INTERVAL '1 day')::date
   OR fiscal_quarter <> (fiscal_month - 1) / 3 + 1
   OR fiscal_year NOT BETWEEN 2023 AND 2026
UNION ALL SELECT y, NULL, NULL, NULL, NULL FROM generate_series(2023, 2026) y
WHERE (SELECT COUNT(*) FROM fiscal_periods f WHERE f.fiscal_year = y) <> 12;

-- rule: process area codes are LITHO, ETCH, DEPO, IMPL, CMP, METRO (COMMENT ON COLUMN process_areas.area_code)
SELECT area_id, area_code FROM process_areas WHERE area_code NOT IN ('LITHO', 'ETCH', 'DEPO', 'IMPL', 'CMP', 'METRO');

-- rule: every product has a price history whose first kept period starts on 2023-07-01, and no period starts earlier
-- (COMMENT ON TABLE product_price_history, COMMENT ON COLUMN product_price_history.valid_from)
SELECT p.product_id, MIN(h.valid_from) AS first_from FROM products p LEFT JOIN product_price_history h USING (product_id)
GROUP BY p.product_id HAVING MIN(h.valid_from) IS DISTINCT FROM DATE '2023-07-01';

-- rule: price periods of a product do not overlap and each ends on the day the next price took over; only the last
-- (current) period is open (COMMENT ON TABLE product_price_history, COMMENT ON COLUMN product_price_history.valid_to)
SELECT product_id, valid_from, valid_to, next_from FROM (
  SELECT product_id, valid_from, valid_to, LEAD(valid_from) OVER (PARTITION BY product_id ORDER BY valid_from) AS next_from
  FROM product_price_history) s
WHERE valid_to IS DISTINCT FROM next_from;

-- rule: tool states are is_down exactly for the two down states (COMMENT ON COLUMN tool_status_codes.is_down, status_code)
SELECT status_code, is_down FROM tool_status_codes
WHERE status_code NOT IN ('productive', 'standby', 'engineering', 'down_scheduled', 'down_unscheduled')
   OR is_down <> (status_code IN ('down_scheduled', 'down_unscheduled'));

-- rule: a tool's state intervals are gap-free and non-overlapping, and only the last one may be open
-- (COMMENT ON TABLE tool_status_history)
SELECT tool_id, valid_from, valid_to, next_from FROM (
  SELECT tool_id, valid_from, valid_to, LEAD(valid_from) OVER (PARTITION BY tool_id ORDER BY valid_from) AS next_from
  FROM tool_status_history) s
WHERE next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from;

-- rule: state history starts at 2024-01-01 00:00 UTC for a tool in service then, else at 00:00 UTC of installed_on;
-- no state before 2024-01-01 00:00 UTC is recorded (COMMENT ON TABLE tool_status_history)
SELECT t.tool_id, t.installed_on, t.decommissioned_on, MIN(h.valid_from) AS first_from
FROM tools t LEFT JOIN tool_status_history h USING (tool_id)
WHERE t.decommissioned_on IS NULL OR t.decommissioned_on > DATE '2024-01-01'
GROUP BY t.tool_id, t.installed_on, t.decommissioned_on
HAVING MIN(h.valid_from) IS DISTINCT FROM (GREATEST(t.installed_on, DATE '2024-01-01')::timestamp AT TIME ZONE 'UTC')
UNION ALL SELECT tool_id, NULL, NULL, valid_from FROM tool_status_history WHERE valid_from < TIMESTAMPTZ '2024-01-01 00:00+00';

-- rule: a decommissioned tool's last interval ends at 00:00 UTC of its decommissioning date; a tool in service has its
-- current state as an open last interval (COMMENT ON TABLE tool_status_history, COMMENT ON COLUMN tool_status_history.valid_to)
SELECT t.tool_id, t.decommissioned_on, l.valid_from, l.valid_to FROM tools t
JOIN LATERAL (SELECT * FROM tool_status_history h WHERE h.tool_id = t.tool_id ORDER BY valid_from DESC LIMIT 1) l ON true
WHERE (t.decommissioned_on IS NULL AND l.valid_to IS NOT NULL)
   OR (t.decommissioned_on IS NOT NULL AND l.valid_to IS DISTINCT FROM (t.decommissioned_on::timestamp AT TIME ZONE 'UTC'));

-- rule: a tool's serial number is NULL exactly when it is decommissioned (COMMENT ON COLUMN tools.serial_number)
SELECT tool_id, serial_number, decommissioned_on FROM tools WHERE (serial_number IS NULL) <> (decommissioned_on IS NOT NULL);

-- rule: maintenance_events holds only work orders opened on or after 2023-01-01 00:00 UTC (COMMENT ON TABLE maintenance_events)
SELECT event_id, started_at FROM maintenance_events WHERE started_at < TIMESTAMPTZ '2023-01-01 00:00+00';

-- rule: archived work orders were opened from 2021-01-01 00:00 UTC up to (not including) 2023-01-01 00:00 UTC
-- (COMMENT ON TABLE archive_maintenance_events)
SELECT event_id, started_at FROM archive_maintenance_events
WHERE started_at < TIMESTAMPTZ '2021-01-01 00:00+00' OR started_at >= TIMESTAMPTZ '2023-01-01 00:00+00';

-- rule: event_id values never collide between archive_maintenance_events and maintenance_events
-- (COMMENT ON TABLE archive_maintenance_events, COMMENT ON COLUMN archive_maintenance_events.event_id)
SELECT event_id FROM archive_maintenance_events INTERSECT SELECT event_id FROM maintenance_events;

-- rule: recipe versions of a recipe are non-overlapping periods, each ending the day the next took over, only the
-- current one open, version_no increasing by 1 per release (COMMENT ON TABLE recipe_versions and its columns)
SELECT recipe_id, version_no, valid_from, valid_to, next_no, next_from FROM (
  SELECT recipe_id, version_no, valid_from, valid_to,
         LEAD(version_no) OVER w AS next_no, LEAD(valid_from) OVER w AS next_from
  FROM recipe_versions WINDOW w AS (PARTITION BY recipe_id ORDER BY valid_from)) s
WHERE valid_to IS DISTINCT FROM next_from OR (next_no IS NOT NULL AND next_no <> version_no + 1);

-- rule: only versions in force on or after 2023-01-01 are kept; a version in force then has valid_from = 2023-01-01
-- (COMMENT ON TABLE recipe_versions)
SELECT recipe_id, version_no, valid_from, valid_to FROM recipe_versions
WHERE valid_from < DATE '2023-01-01' OR valid_to <= DATE '2023-01-01';

-- rule: a route step's recipe belongs to the route's technology and to the area performing the step
-- (COMMENT ON COLUMN route_steps.area_id, recipe_id; recipes.area_id, tech_id)
SELECT s.tech_id, s.step_no, s.area_id, r.area_id AS recipe_area, r.tech_id AS recipe_tech
FROM route_steps s JOIN recipes r USING (recipe_id) WHERE r.tech_id <> s.tech_id OR r.area_id <> s.area_id;

-- rule: route step numbers are positions 1..n of the route (COMMENT ON COLUMN route_steps.step_no)
SELECT tech_id, COUNT(*), MAX(step_no) FROM route_steps GROUP BY tech_id HAVING MAX(step_no) <> COUNT(*);

-- rule: soft-deleted lots have no wafers, steps, holds or shipments (COMMENT ON TABLE lots)
SELECT 'wafer' AS what, l.lot_id FROM lots l WHERE l.is_deleted AND EXISTS (SELECT 1 FROM wafers w WHERE w.lot_id = l.lot_id)
UNION ALL SELECT 'step', l.lot_id FROM lots l WHERE l.is_deleted AND EXISTS (SELECT 1 FROM lot_steps s WHERE s.lot_id = l.lot_id)
UNION ALL SELECT 'hold', l.lot_id FROM lots l WHERE l.is_deleted AND EXISTS (SELECT 1 FROM lot_holds h WHERE h.lot_id = l.lot_id)
UNION ALL SELECT 'shipment', l.lot_id FROM lots l WHERE l.is_deleted AND EXISTS (SELECT 1 FROM shipment_lots s WHERE s.lot_id = l.lot_id);

-- rule: a lot step's step_no is a route step of the lot's technology, and it runs that step's recipe
-- (COMMENT ON COLUMN lot_steps.step_no, recipe_id; route_steps.recipe_id)
SELECT ls.lot_step_id, ls.lot_id, ls.step_no, ls.recipe_id, rs.recipe_id AS route_recipe
FROM lot_steps ls JOIN lots l USING (lot_id) JOIN products p USING (product_id)
LEFT JOIN route_steps rs ON rs.tech_id = p.tech_id AND rs.step_no = ls.step_no
WHERE rs.recipe_id IS DISTINCT FROM ls.recipe_id;

-- rule: the tool of a lot step belongs to the area that performs the step (COMMENT ON COLUMN route_steps.area_id, tools.area_id)
SELECT ls.lot_step_id, ls.tool_id, t.area_id, rs.area_id AS step_area
FROM lot_steps ls JOIN lots l USING (lot_id) JOIN products p USING (product_id)
JOIN route_steps rs ON rs.tech_id = p.tech_id AND rs.step_no = ls.step_no JOIN tools t ON t.tool_id = ls.tool_id
WHERE t.area_id <> rs.area_id;

-- rule: a lot step runs on a tool in service: track-in (local) on or after installed_on and before decommissioned_on
-- (COMMENT ON COLUMN tools.installed_on, decommissioned_on)
SELECT ls.lot_step_id, ls.tool_id, ls.track_in, t.installed_on, t.decommissioned_on FROM lot_steps ls JOIN tools t USING (tool_id)
WHERE ls.track_in::date < t.installed_on OR ls.track_in::date >= t.decommissioned_on;

-- rule: a lot goes through its route in order: the steps it has started are 1..k, each started after the previous one
-- was tracked out, and only the last may still be on the tool (COMMENT ON TABLE lots, lot_steps; route_steps)
SELECT lot_id, step_no, track_in, prev_out, prev_no FROM (
  SELECT lot_id, step_no, track_in, LAG(track_out) OVER w AS prev_out, LAG(step_no) OVER w AS prev_no,
         ROW_NUMBER() OVER w AS rn, LAG(step_no) OVER w IS NOT NULL AS has_prev
  FROM lot_steps WINDOW w AS (PARTITION BY lot_id ORDER BY step_no)) s
WHERE step_no <> rn OR (has_prev AND (prev_out IS NULL OR track_in < prev_out));

-- rule: wafers processed at a step are wafers of the lot: wafers_in at most the lot's wafer count; a lot has at most 25
-- wafers (COMMENT ON COLUMN lot_steps.wafers_in, COMMENT ON TABLE lots)
SELECT ls.lot_step_id, ls.lot_id, ls.wafers_in, (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = ls.lot_id) AS wafers
FROM lot_steps ls WHERE ls.wafers_in > (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = ls.lot_id)
UNION ALL SELECT NULL, lot_id, NULL, COUNT(*) FROM wafers GROUP BY lot_id HAVING COUNT(*) > 25;

-- rule: lot status: 'completed' or 'shipped' lots have all route steps done (tracked out); 'in_process' lots have not,
-- except a lot whose wafers were all scrapped, which keeps 'in_process' after its last step (COMMENT ON COLUMN lots.status)
SELECT l.lot_id, l.status, COUNT(ls.track_out) AS steps_done, (SELECT COUNT(*) FROM route_steps rs WHERE rs.tech_id = p.tech_id) AS route_len
FROM lots l JOIN products p USING (product_id) LEFT JOIN lot_steps ls USING (lot_id)
WHERE NOT l.is_deleted
GROUP BY l.lot_id, l.status, p.tech_id
HAVING (l.status IN ('completed', 'shipped')) <> (COUNT(ls.track_out) = (SELECT COUNT(*) FROM route_steps rs WHERE rs.tech_id = p.tech_id))
   AND NOT (l.status = 'in_process' AND NOT EXISTS (SELECT 1 FROM wafers w WHERE w.lot_id = l.lot_id AND w.scrapped_on IS NULL));

-- rule: a lot is 'shipped' exactly when it is in a shipment (COMMENT ON COLUMN lots.status, COMMENT ON TABLE shipment_lots)
SELECT l.lot_id, l.status, sl.shipment_id FROM lots l LEFT JOIN shipment_lots sl USING (lot_id)
WHERE (l.status = 'shipped') <> (sl.shipment_id IS NOT NULL);

-- rule: a lot's steps start on or after its (local) release date (COMMENT ON COLUMN lots.started_on, lot_steps.track_in)
SELECT ls.lot_step_id, ls.lot_id, l.started_on, ls.track_in FROM lot_steps ls JOIN lots l USING (lot_id) WHERE ls.track_in::date < l.started_on;

-- rule: nothing happens after the extract, 2025-06-30 23:59 fab local (15:59 UTC) (schema.sql header)
SELECT 'lot' AS what, lot_id AS id FROM lots WHERE started_on > DATE '2025-06-30'
UNION ALL SELECT 'step', lot_step_id FROM lot_steps WHERE track_in >= TIMESTAMP '2025-07-01 00:00' OR track_out >= TIMESTAMP '2025-07-01 00:00'
UNION ALL SELECT 'hold', hold_id FROM lot_holds WHERE placed_at >= TIMESTAMP '2025-07-01 00:00' OR released_at >= TIMESTAMP '2025-07-01 00:00'
UNION ALL SELECT 'scrap', wafer_id FROM wafers WHERE scrapped_on > DATE '2025-06-30'
UNION ALL SELECT 'sort', wafer_id FROM sort_tests WHERE test_date > DATE '2025-06-30'
UNION ALL SELECT 'shipment', shipment_id FROM shipments WHERE shipped_at >= TIMESTAMPTZ '2025-06-30 16:00+00'
UNION ALL SELECT 'work order', event_id FROM maintenance_events WHERE ended_at >= TIMESTAMPTZ '2025-06-30 16:00+00'
UNION ALL SELECT 'state', tool_id FROM tool_status_history WHERE valid_from >= TIMESTAMPTZ '2025-06-30 16:00+00' OR valid_to >= TIMESTAMPTZ '2025-06-30 16:00+00';

-- rule: no price period starts after the extract day 2025-06-30: the open period (valid_to NULL) is the price in force
-- now and every earlier period ended when the next price took over (schema.sql header "Data extract: 2025-06-30 23:59 fab
-- local time", COMMENT ON COLUMN product_price_history.valid_to)
SELECT product_id, valid_from FROM product_price_history WHERE valid_from > DATE '2025-06-30';

-- rule: a wafer is scrapped on or after its lot's release date (COMMENT ON COLUMN wafers.scrapped_on, lots.started_on)
SELECT w.wafer_id, w.scrapped_on, l.started_on FROM wafers w JOIN lots l USING (lot_id) WHERE w.scrapped_on < l.started_on;

-- rule: B01 is the only passing bin; bin codes are B01..B09 (COMMENT ON COLUMN bin_codes.bin_code, is_pass)
SELECT bin_code, is_pass FROM bin_codes WHERE bin_code !~ '^B0[1-9]$' OR is_pass <> (bin_code = 'B01');

-- rule: die probed on a wafer are at most the product's die sites (COMMENT ON COLUMN products.gross_die_per_wafer, sort_tests.dies_tested)
SELECT st.wafer_id, st.dies_tested, p.gross_die_per_wafer FROM sort_tests st JOIN wafers w USING (wafer_id)
JOIN lots l USING (lot_id) JOIN products p USING (product_id) WHERE st.dies_tested > p.gross_die_per_wafer;

-- rule: sort_bins lists failing bins only (never B01) and only for tests dated 2024-07-01 or later (COMMENT ON TABLE sort_bins)
SELECT sb.wafer_id, sb.bin_code, st.test_date FROM sort_bins sb JOIN sort_tests st USING (wafer_id)
WHERE sb.bin_code = 'B01' OR st.test_date < DATE '2024-07-01';

-- rule: from 2024-07-01 the failing-bin breakdown adds up to the failing die: sum(die_count) = dies_tested - dies_good
-- (COMMENT ON TABLE sort_bins, COMMENT ON COLUMN sort_tests.dies_good)
SELECT st.wafer_id, st.test_date, st.dies_tested, st.dies_good, COALESCE(SUM(sb.die_count), 0) AS binned
FROM sort_tests st LEFT JOIN sort_bins sb USING (wafer_id) WHERE st.test_date >= DATE '2024-07-01'
GROUP BY st.wafer_id, st.test_date, st.dies_tested, st.dies_good
HAVING COALESCE(SUM(sb.die_count), 0) <> st.dies_tested - st.dies_good;

-- rule: a shipment's currency is always its customer's currency (COMMENT ON COLUMN shipments.currency_code)
SELECT s.shipment_id, s.currency_code, c.currency_code AS customer_currency FROM shipments s JOIN customers c USING (customer_id)
WHERE s.currency_code <> c.currency_code;

-- rule: a shipment goes to the customer that owns the products of its lots (COMMENT ON TABLE products, shipments)
SELECT s.shipment_id, s.customer_id, p.customer_id AS product_customer, sl.lot_id FROM shipments s JOIN shipment_lots sl USING (shipment_id)
JOIN lots l USING (lot_id) JOIN products p USING (product_id) WHERE p.customer_id <> s.customer_id;

-- rule: invoice_amount = wafers shipped x price per wafer in force on the UTC shipping date (COMMENT ON COLUMN shipments.invoice_amount);
-- checked for shipments from 2023-07-01 on, since prices in force before then are not kept (COMMENT ON TABLE product_price_history)
SELECT s.shipment_id, s.shipped_at, s.invoice_amount, SUM(sl.wafers_shipped * h.price_per_wafer) AS expected
FROM shipments s JOIN shipment_lots sl USING (shipment_id) JOIN lots l USING (lot_id)
LEFT JOIN product_price_history h ON h.product_id = l.product_id
  AND h.valid_from <= (s.shipped_at AT TIME ZONE 'UTC')::date
  AND (h.valid_to IS NULL OR (s.shipped_at AT TIME ZONE 'UTC')::date < h.valid_to)
WHERE s.shipped_at >= TIMESTAMPTZ '2023-07-01 00:00+00'
GROUP BY s.shipment_id, s.shipped_at, s.invoice_amount
HAVING SUM(sl.wafers_shipped * h.price_per_wafer) IS DISTINCT FROM s.invoice_amount;

-- rule: every shipment contains at least one lot (COMMENT ON TABLE shipments, shipment_lots)
SELECT shipment_id FROM shipments s WHERE NOT EXISTS (SELECT 1 FROM shipment_lots sl WHERE sl.shipment_id = s.shipment_id);

-- rule: wafers shipped of a lot are at most its wafers (COMMENT ON COLUMN shipment_lots.wafers_shipped)
SELECT sl.lot_id, sl.wafers_shipped, (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = sl.lot_id) AS wafers FROM shipment_lots sl
WHERE sl.wafers_shipped > (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = sl.lot_id);

-- rule: finished wafers ship after the lot's last track-out (local wall clock, UTC+8) (COMMENT ON TABLE shipments, lots.status)
SELECT sl.shipment_id, sl.lot_id, s.shipped_at, MAX(ls.track_out) AS last_out FROM shipment_lots sl JOIN shipments s USING (shipment_id)
JOIN lot_steps ls USING (lot_id) GROUP BY sl.shipment_id, sl.lot_id, s.shipped_at
HAVING MAX(ls.track_out) > (s.shipped_at AT TIME ZONE 'UTC') + INTERVAL '8 hours';

-- rule: a hold is placed on a lot in the line: not before its (local) release date (COMMENT ON TABLE lot_holds, lots.started_on)
SELECT h.hold_id, h.lot_id, h.placed_at, l.started_on FROM lot_holds h JOIN lots l USING (lot_id) WHERE h.placed_at::date < l.started_on;

-- rule: the lot may not move while on hold: no step of the lot is tracked in while a hold is active
-- (COMMENT ON TABLE lot_holds)
SELECT h.hold_id, h.lot_id, h.placed_at, h.released_at, ls.step_no, ls.track_in FROM lot_holds h JOIN lot_steps ls USING (lot_id)
WHERE ls.track_in > h.placed_at AND (h.released_at IS NULL OR ls.track_in < h.released_at);

-- rule: soft-deleted lots keep status 'in_process' (README, questions table: fab_lots-h057 "soft-deleted lots keep status in_process")
SELECT lot_id, status FROM lots WHERE is_deleted AND status <> 'in_process';

-- rule: a lot that is not soft-deleted is a batch of wafers: it has at least one wafer (COMMENT ON TABLE lots)
SELECT l.lot_id FROM lots l WHERE NOT l.is_deleted AND NOT EXISTS (SELECT 1 FROM wafers w WHERE w.lot_id = l.lot_id);

-- rule: only finished wafers ship: wafers_shipped is at most the lot's wafers that were not scrapped
-- (COMMENT ON TABLE shipments "shipments of finished wafers", shipment_lots.wafers_shipped)
SELECT sl.lot_id, sl.wafers_shipped, (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = sl.lot_id AND w.scrapped_on IS NULL) AS good
FROM shipment_lots sl WHERE sl.wafers_shipped > (SELECT COUNT(*) FROM wafers w WHERE w.lot_id = sl.lot_id AND w.scrapped_on IS NULL);

-- rule: a wafer is sort-tested after its lot's last track-out, and a shipped lot's wafers are sort-tested on a local day
-- before the shipping day (README planted rows: sort tests moved "between the lot's last track-out and its shipping day";
-- "a shipment is moved only when all its lots were sort-tested on an earlier local day")
SELECT st.wafer_id, w.lot_id, st.test_date, lo.last_out, (s.shipped_at AT TIME ZONE 'UTC' + INTERVAL '8 hours')::date AS ship_local_day
FROM sort_tests st JOIN wafers w USING (wafer_id)
JOIN (SELECT lot_id, MAX(track_out) AS last_out FROM lot_steps GROUP BY lot_id) lo USING (lot_id)
LEFT JOIN shipment_lots sl USING (lot_id) LEFT JOIN shipments s USING (shipment_id)
WHERE st.test_date < lo.last_out::date
   OR st.test_date >= (s.shipped_at AT TIME ZONE 'UTC' + INTERVAL '8 hours')::date;
