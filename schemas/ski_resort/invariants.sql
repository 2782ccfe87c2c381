-- invariants of ski_resort: each query lists the rows that break one documented rule
-- (authoritative, archive, partition and legacy tables; staging_*, rpt_*, v_*, audit, planning and side-system
-- tables are documented as unvalidated or informative and are not checked)

-- rule: fx_rates has one row per calendar day (no gaps) and non-EUR currency (CHF, JPY, CAD) from 2021-10-01 to
-- 2025-11-19 and no EUR rows (COMMENT ON TABLE fx_rates)
SELECT c.code, COUNT(f.rate_date) AS n FROM (VALUES ('CHF'), ('JPY'), ('CAD')) c(code)
LEFT JOIN fx_rates f ON f.currency_code = c.code AND f.rate_date BETWEEN DATE '2021-10-01' AND DATE '2025-11-19'
GROUP BY c.code HAVING COUNT(f.rate_date) <> DATE '2025-11-19' - DATE '2021-10-01' + 1
UNION ALL SELECT currency_code, COUNT(*) FROM fx_rates
WHERE currency_code NOT IN ('CHF', 'JPY', 'CAD') OR rate_date NOT BETWEEN DATE '2021-10-01' AND DATE '2025-11-19' GROUP BY 1;

-- rule: a season runs 1 November to 31 October, is named 'YYYY-YY', fiscal_year = the calendar year it ends in;
-- seasons 2019-20 .. 2025-26 are consecutive (COMMENT ON TABLE seasons and its columns)
SELECT season_code, fiscal_year, starts_on, ends_on FROM seasons
WHERE starts_on <> make_date(fiscal_year - 1, 11, 1) OR ends_on <> make_date(fiscal_year, 10, 31)
   OR season_code <> (fiscal_year - 1) || '-' || lpad((fiscal_year % 100)::text, 2, '0') OR fiscal_year NOT BETWEEN 2020 AND 2026
UNION ALL SELECT 'missing', y, NULL, NULL FROM generate_series(2020, 2026) y WHERE NOT EXISTS (SELECT 1 FROM seasons s WHERE s.fiscal_year = y);

-- rule: Austrian resorts sell in EUR on Europe/Vienna, Swiss in CHF on Europe/Zurich, Niseko in JPY on Asia/Tokyo,
-- Whistler in CAD on America/Vancouver (README: Domain; COMMENT ON TABLE resorts)
SELECT resort_id, resort_code, country_code, currency_code, tz_name FROM resorts
WHERE (country_code, currency_code, tz_name) NOT IN (('AT', 'EUR', 'Europe/Vienna'), ('CH', 'CHF', 'Europe/Zurich'), ('JP', 'JPY', 'Asia/Tokyo'), ('CA', 'CAD', 'America/Vancouver'));

-- rule: lift_code is '<resort_code>-<short>' of the lift's resort (COMMENT ON COLUMN lifts.lift_code)
SELECT l.lift_id, l.lift_code, r.resort_code FROM lifts l JOIN resorts r ON r.resort_id = l.resort_id WHERE l.lift_code NOT LIKE r.resort_code || '-%';

-- rule: lift name periods cover the lift's whole life without gaps or overlaps, the last one current (NULL), and
-- the current name is lifts.name (COMMENT ON TABLE lift_name_history, COMMENT ON COLUMN lifts.name)
WITH h AS (SELECT n.*, LEAD(valid_from) OVER (PARTITION BY lift_id ORDER BY valid_from) AS next_from FROM lift_name_history n)
SELECT h.lift_id, h.name, h.valid_from, h.valid_to, h.next_from FROM h JOIN lifts l ON l.lift_id = h.lift_id
WHERE (h.next_from IS NOT NULL AND h.valid_to IS DISTINCT FROM h.next_from) OR (h.next_from IS NULL AND (h.valid_to IS NOT NULL OR h.name <> l.name))
   OR h.valid_to <= h.valid_from
UNION ALL SELECT l.lift_id, l.name, NULL, NULL, NULL FROM lifts l WHERE NOT EXISTS (SELECT 1 FROM lift_name_history h WHERE h.lift_id = l.lift_id);

-- rule: product_code is '<resort_code>-<type>-<age>' of the product's resort and age group, e.g. 'ANT-DAY-AD'
-- (COMMENT ON COLUMN products.product_code; the type part is an abbreviation such as 6D or SP, not checked)
SELECT p.product_id, p.product_code, r.resort_code, p.age_group FROM products p JOIN resorts r ON r.resort_id = p.resort_id
WHERE p.product_code !~ ('^' || r.resort_code || '-[A-Z0-9]+-' || CASE p.age_group WHEN 'adult' THEN 'AD' ELSE 'CH' END || '$');

-- rule: exactly one list price is valid for a product on any day from 2021-11-01: periods follow each other without
-- gaps or overlaps, the first starts by 2021-11-01, the last is open (COMMENT ON TABLE product_price_history)
WITH h AS (SELECT p.*, LEAD(valid_from) OVER (PARTITION BY product_id ORDER BY valid_from) AS next_from,
                  ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY valid_from) AS rn FROM product_price_history p)
SELECT product_id, valid_from, valid_to, next_from FROM h
WHERE (rn = 1 AND valid_from > DATE '2021-11-01') OR (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from)
   OR (next_from IS NULL AND valid_to IS NOT NULL) OR valid_to <= valid_from
UNION ALL SELECT p.product_id, NULL, NULL, NULL FROM products p WHERE NOT EXISTS (SELECT 1 FROM product_price_history h WHERE h.product_id = p.product_id);

-- rule: customer_no like 'K000123'; staff_no like 'S0042' (COMMENT ON COLUMN customers.customer_no, staff.staff_no)
SELECT 'customer' AS what, customer_no AS code FROM customers WHERE customer_no !~ '^K[0-9]{6}$'
UNION ALL SELECT 'staff', staff_no FROM staff WHERE staff_no !~ '^S[0-9]{4}$';

-- rule: sales_orders holds orders placed from 2023-06-01 00:00 UTC up to the extract (2025-11-20 00:00 UTC),
-- archive_sales_orders those placed 2021-10-01 .. before 2023-06-01 (COMMENT ON TABLE sales_orders, archive_sales_orders)
SELECT 'live' AS src, order_id, ordered_at FROM sales_orders WHERE ordered_at < TIMESTAMPTZ '2023-06-01 00:00+00' OR ordered_at >= TIMESTAMPTZ '2025-11-20 00:00+00'
UNION ALL SELECT 'archive', order_id, ordered_at FROM archive_sales_orders WHERE ordered_at < TIMESTAMPTZ '2021-10-01 00:00+00' OR ordered_at >= TIMESTAMPTZ '2023-06-01 00:00+00';

-- rule: order_id, line_id, refund_id and incident_id are unique across live and archive tables (COMMENT ON COLUMN
-- sales_orders.order_id, order_lines.line_id, refunds.refund_id, lift_downtime_incidents.incident_id)
SELECT 'order' AS what, order_id AS id FROM (SELECT order_id FROM sales_orders UNION ALL SELECT order_id FROM archive_sales_orders) x GROUP BY 1, 2 HAVING COUNT(*) > 1
UNION ALL SELECT 'line', line_id FROM (SELECT line_id FROM order_lines UNION ALL SELECT line_id FROM archive_order_lines) x GROUP BY 1, 2 HAVING COUNT(*) > 1
UNION ALL SELECT 'refund', refund_id FROM (SELECT refund_id FROM refunds UNION ALL SELECT refund_id FROM archive_refunds) x GROUP BY 1, 2 HAVING COUNT(*) > 1
UNION ALL SELECT 'incident', incident_id FROM (SELECT incident_id FROM lift_downtime_incidents UNION ALL SELECT incident_id FROM archive_lift_downtime) x GROUP BY 1, 2 HAVING COUNT(*) > 1;

-- rule: ordered_at_local is ordered_at as wall-clock time at the resort; the order's currency is the resort's
-- currency; order_no is '<resort_code>-<yy>-<nnnnn>' with yy the start year of the season of the local business date,
-- e.g. 'NIS-24-00123' (COMMENT ON COLUMN sales_orders.ordered_at_local, currency_code, order_no)
SELECT o.src, o.order_id, o.order_no, o.ordered_at, o.ordered_at_local, o.currency_code FROM
 (SELECT 'live' AS src, order_id, order_no, resort_id, ordered_at, ordered_at_local, currency_code FROM sales_orders
  UNION ALL SELECT 'archive', order_id, order_no, resort_id, ordered_at, ordered_at_local, currency_code FROM archive_sales_orders) o
JOIN resorts r ON r.resort_id = o.resort_id
LEFT JOIN seasons se ON o.ordered_at_local::date BETWEEN se.starts_on AND se.ends_on
WHERE o.ordered_at_local <> (o.ordered_at AT TIME ZONE r.tz_name) OR o.currency_code <> r.currency_code
   OR o.order_no !~ ('^' || r.resort_code || '-[0-9]{2}-[0-9]{5}$')
   OR se.season_code IS NULL OR split_part(o.order_no, '-', 2) <> substr(se.season_code, 3, 2);

-- rule: every order has at least one line; archive lines belong to archive orders (COMMENT ON TABLE order_lines,
-- archive_order_lines)
SELECT 'live order without line' AS problem, o.order_id FROM sales_orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id)
UNION ALL SELECT 'archive order without line', o.order_id FROM archive_sales_orders o WHERE NOT EXISTS (SELECT 1 FROM archive_order_lines l WHERE l.order_id = o.order_id)
UNION ALL SELECT 'archive line of unknown order', l.order_id FROM archive_order_lines l WHERE NOT EXISTS (SELECT 1 FROM archive_sales_orders o WHERE o.order_id = l.order_id);

-- rule: all lines of an order are products of the order's resort, and line_amount = quantity x unit_price
-- (COMMENT ON COLUMN sales_orders.resort_id, order_lines.line_amount)
SELECT l.src, l.line_id, l.quantity, l.unit_price, l.line_amount FROM
 (SELECT 'live' AS src, line_id, order_id, product_id, quantity, unit_price, line_amount FROM order_lines
  UNION ALL SELECT 'archive', line_id, order_id, product_id, quantity, unit_price, line_amount FROM archive_order_lines) l
JOIN (SELECT order_id, resort_id FROM sales_orders UNION ALL SELECT order_id, resort_id FROM archive_sales_orders) o ON o.order_id = l.order_id
JOIN products p ON p.product_id = l.product_id
WHERE p.resort_id <> o.resort_id OR l.line_amount <> l.quantity * l.unit_price;

-- rule: unit_price is the list price valid on the order's local business date or less, never more
-- (COMMENT ON COLUMN order_lines.unit_price)
SELECT l.src, l.line_id, l.unit_price, h.list_price, o.ordered_at_local FROM
 (SELECT 'live' AS src, line_id, order_id, product_id, unit_price FROM order_lines
  UNION ALL SELECT 'archive', line_id, order_id, product_id, unit_price FROM archive_order_lines) l
JOIN (SELECT order_id, ordered_at_local FROM sales_orders UNION ALL SELECT order_id, ordered_at_local FROM archive_sales_orders) o ON o.order_id = l.order_id
LEFT JOIN product_price_history h ON h.product_id = l.product_id AND h.valid_from <= o.ordered_at_local::date
  AND (h.valid_to IS NULL OR o.ordered_at_local::date < h.valid_to)
WHERE h.product_id IS NULL OR l.unit_price > h.list_price;

-- rule: a refund is of a 'paid' order and lives with its order (refunds of archived orders in archive_refunds),
-- paid back after the order was placed (COMMENT ON TABLE refunds, COMMENT ON COLUMN refunds.order_id)
SELECT 'live' AS src, f.refund_id, o.status FROM refunds f LEFT JOIN sales_orders o ON o.order_id = f.order_id
WHERE o.order_id IS NULL OR o.status <> 'paid' OR f.refunded_at < o.ordered_at OR f.refunded_at >= TIMESTAMPTZ '2025-11-20 00:00+00'
UNION ALL SELECT 'archive', f.refund_id, o.status FROM archive_refunds f LEFT JOIN archive_sales_orders o ON o.order_id = f.order_id
WHERE o.order_id IS NULL OR o.status <> 'paid' OR f.refunded_at < o.ordered_at;

-- rule: is_planned is true only for MAINT; cause groups: weather WIND/STORM, technical POWER/MECH, operational
-- RESCUE, planned MAINT (COMMENT ON COLUMN downtime_causes.cause_group, is_planned)
SELECT cause_code, cause_group, is_planned FROM downtime_causes
WHERE is_planned <> (cause_code = 'MAINT')
   OR cause_group <> CASE WHEN cause_code IN ('WIND', 'STORM') THEN 'weather' WHEN cause_code IN ('POWER', 'MECH') THEN 'technical'
                          WHEN cause_code = 'RESCUE' THEN 'operational' ELSE 'planned' END;

-- rule: live downtime incidents start from 2023-06-01 00:00 UTC, archived ones 2021-11-01 .. before 2023-06-01;
-- a lift runs again after it stopped; started_at_local is started_at at the resort (COMMENT ON TABLE
-- lift_downtime_incidents, archive_lift_downtime and their columns)
SELECT d.src, d.incident_id, d.started_at, d.ended_at, d.started_at_local FROM
 (SELECT 'live' AS src, incident_id, lift_id, started_at, ended_at, started_at_local FROM lift_downtime_incidents
  UNION ALL SELECT 'archive', incident_id, lift_id, started_at, ended_at, started_at_local FROM archive_lift_downtime) d
JOIN lifts l ON l.lift_id = d.lift_id JOIN resorts r ON r.resort_id = l.resort_id
WHERE d.ended_at <= d.started_at OR d.started_at_local <> (d.started_at AT TIME ZONE r.tz_name)
   OR (d.src = 'live' AND (d.started_at < TIMESTAMPTZ '2023-06-01 00:00+00' OR d.started_at >= TIMESTAMPTZ '2025-11-20 00:00+00'))
   OR (d.src = 'archive' AND (d.started_at < TIMESTAMPTZ '2021-11-01 00:00+00' OR d.started_at >= TIMESTAMPTZ '2023-06-01 00:00+00'));

-- rule: each lift_scans_<resort> partition has lifts of its resort only, one row per lift and local month of operation
-- November to April from season 2021-22 to November 2025; distinct tickets cannot exceed scans (one scan = one ride)
-- (COMMENT ON TABLE lift_scans_*)
WITH s AS (SELECT 'ANT' AS rc, * FROM lift_scans_ant UNION ALL SELECT 'KIT', * FROM lift_scans_kit UNION ALL SELECT 'ZER', * FROM lift_scans_zer
           UNION ALL SELECT 'VER', * FROM lift_scans_ver UNION ALL SELECT 'NIS', * FROM lift_scans_nis UNION ALL SELECT 'WHI', * FROM lift_scans_whi)
SELECT s.rc, s.lift_id, s.month_start, s.gate_scans, s.distinct_tickets FROM s JOIN lifts l ON l.lift_id = s.lift_id JOIN resorts r ON r.resort_id = l.resort_id
WHERE r.resort_code <> s.rc OR s.month_start <> date_trunc('month', s.month_start)::date
   OR EXTRACT(MONTH FROM s.month_start) NOT IN (11, 12, 1, 2, 3, 4) OR s.month_start < DATE '2021-11-01' OR s.month_start > DATE '2025-11-01'
   OR s.distinct_tickets > s.gate_scans OR s.gate_scans < 0;

-- rule: rental contracts start from 2023-11-01 (the rental system start) and contract_no like 'R-ZER-00042' names the
-- shop's resort (COMMENT ON TABLE rental_contracts, COMMENT ON COLUMN rental_contracts.contract_no)
SELECT c.contract_id, c.contract_no, c.start_date, r.resort_code FROM rental_contracts c JOIN rental_shops s ON s.shop_id = c.shop_id
JOIN resorts r ON r.resort_id = s.resort_id
WHERE c.start_date < DATE '2023-11-01' OR c.contract_no !~ ('^R-' || r.resort_code || '-[0-9]{5}$');

-- rule: a person has exactly one role row valid on every day of employment and none outside it: the first starts on
-- hired_on, each next starts where the previous ended, the last ends on left_on (day after the last working day) or
-- is open while employed (COMMENT ON TABLE staff_role_history, COMMENT ON COLUMN staff.left_on)
WITH h AS (SELECT x.*, LEAD(valid_from) OVER (PARTITION BY staff_id ORDER BY valid_from) AS next_from,
                  ROW_NUMBER() OVER (PARTITION BY staff_id ORDER BY valid_from) AS rn FROM staff_role_history x)
SELECT h.staff_id, h.valid_from, h.valid_to, h.next_from, s.hired_on, s.left_on FROM h JOIN staff s ON s.staff_id = h.staff_id
WHERE (h.rn = 1 AND h.valid_from <> s.hired_on) OR (h.next_from IS NOT NULL AND h.valid_to IS DISTINCT FROM h.next_from)
   OR (h.next_from IS NULL AND h.valid_to IS DISTINCT FROM s.left_on) OR h.valid_to <= h.valid_from
UNION ALL SELECT s.staff_id, NULL, NULL, NULL, s.hired_on, s.left_on FROM staff s WHERE NOT EXISTS (SELECT 1 FROM staff_role_history h WHERE h.staff_id = s.staff_id);

-- rule: current_role_code and home_resort_id are the current values: those of the last role period
-- (COMMENT ON TABLE staff, COMMENT ON COLUMN staff.home_resort_id, current_role_code)
SELECT s.staff_id, s.current_role_code, h.role_code, s.home_resort_id, h.resort_id FROM staff s
JOIN staff_role_history h ON h.staff_id = s.staff_id AND h.valid_from = (SELECT MAX(valid_from) FROM staff_role_history x WHERE x.staff_id = s.staff_id)
WHERE h.role_code <> s.current_role_code OR h.resort_id <> s.home_resort_id;

-- rule: lessons are from season 2023-24 on; starts_at_local is starts_at at the resort; at least one participant; the
-- instructor is employed on the lesson's local date (exactly one role row valid). The role need not be a teaching role
-- (COMMENT ON COLUMN ski_school_lessons.instructor_id: a former instructor moved to another role may still teach)
-- (COMMENT ON TABLE ski_school_lessons, COMMENT ON COLUMN ski_school_lessons.instructor_id, participants)
SELECT k.lesson_id, k.starts_at_local, k.participants, COUNT(h.staff_id) AS valid_rows FROM ski_school_lessons k
JOIN resorts r ON r.resort_id = k.resort_id
LEFT JOIN staff_role_history h ON h.staff_id = k.instructor_id AND h.valid_from <= k.starts_at_local::date AND (h.valid_to IS NULL OR k.starts_at_local::date < h.valid_to)
GROUP BY k.lesson_id, k.starts_at_local, k.participants, k.starts_at, r.tz_name
HAVING COUNT(h.staff_id) <> 1 OR k.participants < 1 OR k.starts_at_local::date < DATE '2023-11-01'
    OR k.starts_at_local <> (k.starts_at AT TIME ZONE r.tz_name);

-- rule: snowmaking runs started from 2023-11-01 00:00 UTC up to the 2025-11-20 00:00 UTC extract, end after they start,
-- started_at_local is started_at at the resort (COMMENT ON TABLE snowmaking_runs and its columns; a run's season is
-- that of its local start date, so a Whistler run of local 2023-10-31 evening is allowed)
SELECT n.run_id, n.started_at, n.started_at_local, n.ended_at FROM snowmaking_runs n JOIN resorts r ON r.resort_id = n.resort_id
WHERE n.ended_at <= n.started_at OR n.started_at_local <> (n.started_at AT TIME ZONE r.tz_name) OR n.started_at < TIMESTAMPTZ '2023-11-01 00:00+00'
   OR n.started_at >= TIMESTAMPTZ '2025-11-20 00:00+00';

-- rule: exactly one electricity tariff is valid for a resort on every day from 2023-01-01 (COMMENT ON TABLE energy_tariff_history)
WITH h AS (SELECT e.*, LEAD(valid_from) OVER (PARTITION BY resort_id ORDER BY valid_from) AS next_from,
                  ROW_NUMBER() OVER (PARTITION BY resort_id ORDER BY valid_from) AS rn FROM energy_tariff_history e)
SELECT resort_id, valid_from, valid_to, next_from FROM h
WHERE (rn = 1 AND valid_from > DATE '2023-01-01') OR (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from)
   OR (next_from IS NULL AND valid_to IS NOT NULL) OR valid_to <= valid_from
UNION ALL SELECT r.resort_id, NULL, NULL, NULL FROM resorts r WHERE NOT EXISTS (SELECT 1 FROM energy_tariff_history e WHERE e.resort_id = r.resort_id);

-- rule: legacy sales are dated 2020-09-01 .. 2021-04-30 with status V, S or T and old product codes that are all in
-- legacy_product_code_map; legacy lift counts are of November 2020 .. April 2021 with mapped old lift codes
-- (COMMENT ON TABLE legacy_ticket_sales, legacy_product_code_map, legacy_lift_counts, legacy_lift_code_map)
SELECT 'sale ' || sale_no AS problem FROM legacy_ticket_sales
WHERE sale_date NOT BETWEEN DATE '2020-09-01' AND DATE '2021-04-30' OR status_code NOT IN ('V', 'S', 'T')
   OR NOT EXISTS (SELECT 1 FROM legacy_product_code_map m WHERE m.old_product_code = legacy_ticket_sales.old_product_code)
UNION ALL SELECT 'count ' || old_lift_code || ' ' || count_month FROM legacy_lift_counts c
WHERE c.count_month NOT IN (DATE '2020-11-01', DATE '2020-12-01', DATE '2021-01-01', DATE '2021-02-01', DATE '2021-03-01', DATE '2021-04-01')
   OR NOT EXISTS (SELECT 1 FROM legacy_lift_code_map m WHERE m.old_lift_code = c.old_lift_code)
UNION ALL SELECT 'map to unknown product ' || m.old_product_code FROM legacy_product_code_map m WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.product_id = m.product_id)
UNION ALL SELECT 'map to unknown lift ' || m.old_lift_code FROM legacy_lift_code_map m WHERE NOT EXISTS (SELECT 1 FROM lifts l WHERE l.lift_id = m.lift_id);
