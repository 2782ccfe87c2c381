"""Write questions/ski_resort.jsonl (50 hard-split questions with golds). Stdlib only.

Run: python bench/hard/ski_resort/make_questions.py"""
import json
from pathlib import Path

DB = "ski_resort"
ROOT = Path(__file__).resolve().parents[3]
OCOLS = "order_id, order_no, customer_id, resort_id, ordered_at, ordered_at_local, channel_code, status, currency_code, deleted_at"
ALLO = f"(SELECT {OCOLS} FROM archive_sales_orders UNION ALL SELECT {OCOLS} FROM sales_orders)"
LCOLS = "line_id, order_id, product_id, quantity, unit_price, line_amount, first_ski_date"
ALLL = f"(SELECT {LCOLS} FROM archive_order_lines UNION ALL SELECT {LCOLS} FROM order_lines)"
RCOLS = "refund_id, order_id, refunded_at, amount, reason_code"
ALLR = f"(SELECT {RCOLS} FROM archive_refunds UNION ALL SELECT {RCOLS} FROM refunds)"
DCOLS = "incident_id, lift_id, started_at, ended_at, started_at_local, cause_code"
ALLD = f"(SELECT {DCOLS} FROM archive_lift_downtime UNION ALL SELECT {DCOLS} FROM lift_downtime_incidents)"
SC = ["ant", "kit", "zer", "ver", "nis", "whi"]
SCANS = "(" + " UNION ALL ".join(f"SELECT lift_id, month_start, gate_scans FROM lift_scans_{c}" for c in SC) + ")"
FXO = "LEFT JOIN fx_rates x ON x.rate_date = (o.ordered_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code"
MIN = "EXTRACT(EPOCH FROM (d.ended_at - d.started_at)) / 60"


def season(col, code):
    """col (a local timestamp or date) lies in fiscal season `code` (seasons table)."""
    return f"EXISTS (SELECT 1 FROM seasons se WHERE se.season_code = '{code}' AND {col}::date BETWEEN se.starts_on AND se.ends_on)"


def dseason(col, code):
    return f"EXISTS (SELECT 1 FROM seasons se WHERE se.season_code = '{code}' AND {col} BETWEEN se.starts_on AND se.ends_on)"


def fyears(col, cond):
    """col lies in a season whose fiscal_year satisfies cond (e.g. 'BETWEEN 2022 AND 2025')."""
    return f"EXISTS (SELECT 1 FROM seasons se WHERE se.fiscal_year {cond} AND {col}::date BETWEEN se.starts_on AND se.ends_on)"


PAID = "o.status = 'paid' AND o.deleted_at IS NULL"
GROSS_NOTE = ("Gross sales = sum of the line amounts of paid orders that are not soft-deleted; each order's amounts are converted to EUR with the exchange rate of the UTC date of the order moment. ")
Q = []


def q(cat, text, ins, gold, om=False, diff="hard"):
    Q.append((cat, diff, text, ins, gold if isinstance(gold, list) else [gold], om))


# ------------------------------------------------------------------------------------------ where
q("where", "List the order numbers of all Whistler Blackcomb orders whose local business date at the resort falls between 2024-12-24 and 2024-12-31 (both days included).",
  "Whistler Blackcomb is resort code 'WHI'. Use the local business date (the date of the local wall-clock time at the resort). Include paid and cancelled orders, exclude soft-deleted orders. Return order_no, one row per order.",
  "SELECT o.order_no FROM sales_orders o JOIN resorts r ON r.resort_id = o.resort_id WHERE r.resort_code = 'WHI' AND o.deleted_at IS NULL "
  "AND o.ordered_at_local::date BETWEEN DATE '2024-12-24' AND DATE '2024-12-31'")
q("where", "Which snowmaking runs at the resorts of the Alps region in season 2024-25 had an energy cost of more than 3,000 EUR?",
  "The Alps region has region code 'alps'. The season of a run is given by its local start date. Energy cost = energy_kwh times the electricity tariff of the resort valid on the run's local start date, converted to EUR with the exchange rate of the UTC date of the run's start. Strictly more than 3000 EUR. Return run_id, one row per run.",
  "SELECT s.run_id FROM snowmaking_runs s JOIN resorts r ON r.resort_id = s.resort_id JOIN energy_tariff_history t ON t.resort_id = s.resort_id "
  "AND t.valid_from <= s.started_at_local::date AND (t.valid_to IS NULL OR s.started_at_local::date < t.valid_to) "
  "LEFT JOIN fx_rates x ON x.rate_date = (s.started_at AT TIME ZONE 'UTC')::date AND x.currency_code = r.currency_code "
  f"WHERE r.region_code = 'alps' AND {season('s.started_at_local', '2024-25')} AND s.energy_kwh * t.price_per_kwh * COALESCE(x.eur_per_unit, 1) > 3000")
q("where", "How many adult day tickets of St. Anton (current product code 'ANT-DAY-AD') were sold in season 2020-21?",
  "Count tickets (sum of quantities) of valid sales only: reversed sales and training/test sales do not count. Season 2020-21 = local business dates from 2020-11-01 to 2021-10-31. Return one number.",
  "SELECT SUM(s.qty) AS tickets FROM legacy_ticket_sales s JOIN legacy_product_code_map m ON m.old_product_code = s.old_product_code "
  "JOIN products p ON p.product_id = m.product_id WHERE p.product_code = 'ANT-DAY-AD' AND s.status_code = 'V' AND " + dseason('s.sale_date', '2020-21'))
q("where", "Which lift downtime incidents on gondolas or aerial cable cars started in calendar year 2023 and lasted at least 90 minutes?",
  "Gondolas have lift type 'GON', aerial cable cars 'CAB'. Year of the UTC start moment. Duration = ended_at minus started_at; 90 minutes or more. Any cause, planned maintenance included. Return incident_id, one row per incident.",
  f"SELECT d.incident_id FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id WHERE l.lift_type_code IN ('GON', 'CAB') "
  "AND EXTRACT(YEAR FROM d.started_at AT TIME ZONE 'UTC') = 2023 AND d.ended_at - d.started_at >= INTERVAL '90 minutes'")
q("where", "Which customers bought a season pass for season 2022-23 and also one for season 2023-24?",
  "A season pass is a product of type 'SEASON'; it is for the season that contains the line's first ski date. Count only paid orders that are not soft-deleted (refunds do not matter). Passes of any resort. Return customer_no, one row per customer.",
  f"SELECT c.customer_no FROM customers c WHERE EXISTS (SELECT 1 FROM {ALLO} o JOIN {ALLL} l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id "
  f"WHERE o.customer_id = c.customer_id AND {PAID} AND p.product_type_code = 'SEASON' AND {dseason('l.first_ski_date', '2022-23')}) "
  f"AND EXISTS (SELECT 1 FROM {ALLO} o JOIN {ALLL} l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id "
  f"WHERE o.customer_id = c.customer_id AND {PAID} AND p.product_type_code = 'SEASON' AND {dseason('l.first_ski_date', '2023-24')})")
q("where", "How many private ski lessons were held at Zermatt in January 2025 that started at 16:00 or later?",
  "Zermatt is resort code 'ZER'. Use the local wall-clock start time and local date at the resort (January 2025 = local dates 2025-01-01 to 2025-01-31). Only lessons with status 'held'. Return one number.",
  "SELECT COUNT(*) FROM ski_school_lessons l JOIN resorts r ON r.resort_id = l.resort_id WHERE r.resort_code = 'ZER' AND l.lesson_type = 'private' AND l.status = 'held' "
  "AND date_trunc('month', l.starts_at_local) = TIMESTAMP '2025-01-01 00:00:00' AND l.starts_at_local::time >= TIME '16:00:00'")
q("where", "Which rental contracts starting in February 2025 were worth more than 200 EUR?",
  "Start date = the contract's start_date (local date), 2025-02-01 to 2025-02-28. Convert the amount to EUR with the exchange rate of the start date; strictly more than 200 EUR. Ignore voided (soft-deleted) contracts. Return contract_no, one row per contract.",
  "SELECT c.contract_no FROM rental_contracts c JOIN rental_shops sh ON sh.shop_id = c.shop_id JOIN resorts r ON r.resort_id = sh.resort_id "
  "LEFT JOIN fx_rates x ON x.rate_date = c.start_date AND x.currency_code = r.currency_code "
  "WHERE c.deleted_at IS NULL AND date_trunc('month', c.start_date) = DATE '2025-02-01' AND c.amount * COALESCE(x.eur_per_unit, 1) > 200")
q("where", "Which refunds paid back between 2023-04-01 and 2023-06-30 (UTC dates, both included) were worth more than 100 EUR?",
  "Use the UTC date of the refund moment, and convert the refunded amount to EUR with the exchange rate of that date; strictly more than 100 EUR. Ignore refunds of soft-deleted orders. Return refund_id, one row per refund.",
  f"SELECT f.refund_id FROM {ALLR} f JOIN {ALLO} o ON o.order_id = f.order_id "
  "LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code "
  "WHERE o.deleted_at IS NULL AND (f.refunded_at AT TIME ZONE 'UTC')::date BETWEEN DATE '2023-04-01' AND DATE '2023-06-30' AND f.amount * COALESCE(x.eur_per_unit, 1) > 100")
q("where", "How many order lines of Verbier in season 2024-25 were sold below the list price of their product?",
  "Verbier is resort code 'VER'. Compare the line's unit_price with the product's list price valid on the order's local business date; count lines with unit_price strictly below it. Only paid orders that are not soft-deleted; season by the order's local business date. Return one number.",
  "SELECT COUNT(*) FROM order_lines l JOIN sales_orders o ON o.order_id = l.order_id JOIN resorts r ON r.resort_id = o.resort_id "
  "JOIN product_price_history h ON h.product_id = l.product_id AND h.valid_from <= o.ordered_at_local::date AND (h.valid_to IS NULL OR o.ordered_at_local::date < h.valid_to) "
  f"WHERE r.resort_code = 'VER' AND {PAID} AND {season('o.ordered_at_local', '2024-25')} AND l.unit_price < h.list_price")
q("where", "Who worked as a lift operator at Kitzbühel on 2024-02-15?",
  "Lift operators have role code 'LIFT_OP'; Kitzbühel is resort code 'KIT'. Use the role and resort each person had on that day. Return staff_no, one row per person.",
  "SELECT s.staff_no FROM staff_role_history h JOIN staff s ON s.staff_id = h.staff_id JOIN resorts r ON r.resort_id = h.resort_id "
  "WHERE r.resort_code = 'KIT' AND h.role_code = 'LIFT_OP' AND h.valid_from <= DATE '2024-02-15' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-02-15')")

# ------------------------------------------------------------------------------------------ group_by
q("group_by", "What were the net ticket sales in EUR of each resort in season 2022-23?",
  GROSS_NOTE + "Net sales = gross sales minus the refunds of those orders, each refund converted to EUR with the exchange rate of the UTC date of the refund moment. "
  "An order belongs to the season of its local business date. Round each resort's net sales to whole euros. Return resort_code and net_sales_eur, one row per resort with sales.",
  f"WITH o AS (SELECT * FROM {ALLO} o WHERE {PAID} AND {season('o.ordered_at_local', '2022-23')}), "
  f"g AS (SELECT o.resort_id, SUM(l.line_amount * COALESCE(x.eur_per_unit, 1)) AS eur FROM o JOIN {ALLL} l ON l.order_id = o.order_id {FXO} GROUP BY o.resort_id), "
  f"f AS (SELECT o.resort_id, SUM(f.amount * COALESCE(x.eur_per_unit, 1)) AS eur FROM o JOIN {ALLR} f ON f.order_id = o.order_id "
  "LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code GROUP BY o.resort_id) "
  "SELECT r.resort_code, ROUND(g.eur - COALESCE(f.eur, 0)) AS net_sales_eur FROM g JOIN resorts r ON r.resort_id = g.resort_id LEFT JOIN f ON f.resort_id = g.resort_id")
q("group_by", "How many lift-gate scans did each resort record in season 2023-24?",
  "Use the monthly gate scan counts (gate_scans) of the months of the season (November 2023 to April 2024). Return resort_code and the total scans, one row per resort.",
  "SELECT 'ANT' AS resort_code, SUM(gate_scans) AS scans FROM lift_scans_ant WHERE " + dseason('month_start', '2023-24') + " "
  + " ".join(f"UNION ALL SELECT '{c.upper()}', SUM(gate_scans) FROM lift_scans_{c} WHERE " + dseason('month_start', '2023-24') for c in SC[1:]))
q("group_by", "How many day tickets were sold in each season from 2020-21 to 2024-25?",
  "Day tickets are products of type 'DAY' (adult and child; not half-day tickets). Count tickets (sum of quantities). Season of the local business date of the sale. "
  "Count only valid sales: for orders, paid orders that are not soft-deleted (refunds do not matter); in the old ticketing system only valid sales (not reversed, not training/test). Return season_code and tickets, one row per season.",
  f"SELECT s.season_code, SUM(t.qty) AS tickets FROM (SELECT o.ordered_at_local::date AS d, l.quantity AS qty FROM {ALLO} o JOIN {ALLL} l ON l.order_id = o.order_id "
  f"JOIN products p ON p.product_id = l.product_id WHERE {PAID} AND p.product_type_code = 'DAY' "
  "UNION ALL SELECT ls.sale_date, ls.qty FROM legacy_ticket_sales ls JOIN legacy_product_code_map m ON m.old_product_code = ls.old_product_code JOIN products p ON p.product_id = m.product_id "
  "WHERE ls.status_code = 'V' AND p.product_type_code = 'DAY') t JOIN seasons s ON t.d BETWEEN s.starts_on AND s.ends_on "
  "WHERE s.fiscal_year BETWEEN 2021 AND 2025 GROUP BY s.season_code")
q("group_by", "How many hours of unplanned lift downtime did each lift type have in season 2023-24?",
  "Unplanned = every cause except planned maintenance. Season by the local start date of the incident at the resort. Hours = sum of (ended_at - started_at), in hours, rounded to 2 decimals. Return lift_type_code and the hours, one row per lift type with downtime.",
  f"SELECT l.lift_type_code, ROUND(SUM({MIN})::numeric / 60, 2) AS hours FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id JOIN downtime_causes c ON c.cause_code = d.cause_code "
  f"WHERE NOT c.is_planned AND {season('d.started_at_local', '2023-24')} GROUP BY l.lift_type_code")
q("group_by", "What was the ski school revenue in EUR of each resort and lesson type in season 2024-25?",
  "Revenue = price_amount of lessons with status 'held' or 'no_show', each converted to EUR with the exchange rate of the UTC date of the lesson start. Season by the local start date. Round each total to whole euros. Return resort_code, lesson_type and revenue_eur, one row per combination with revenue.",
  "SELECT r.resort_code, l.lesson_type, ROUND(SUM(l.price_amount * COALESCE(x.eur_per_unit, 1))) AS revenue_eur FROM ski_school_lessons l JOIN resorts r ON r.resort_id = l.resort_id "
  "LEFT JOIN fx_rates x ON x.rate_date = (l.starts_at AT TIME ZONE 'UTC')::date AND x.currency_code = r.currency_code "
  f"WHERE l.status IN ('held', 'no_show') AND {season('l.starts_at_local', '2024-25')} GROUP BY r.resort_code, l.lesson_type")
q("group_by", "How much water did snowmaking use at each resort in each month of season 2024-25?",
  "Month = local calendar month of the run's local start time. Return resort_code, the first day of the month (a date) and the total water_m3, one row per resort and month with runs.",
  "SELECT r.resort_code, date_trunc('month', s.started_at_local)::date AS month_start, SUM(s.water_m3) AS water_m3 FROM snowmaking_runs s JOIN resorts r ON r.resort_id = s.resort_id "
  f"WHERE {season('s.started_at_local', '2024-25')} GROUP BY r.resort_code, date_trunc('month', s.started_at_local)::date")
q("group_by", "How many staff members held each role on 2025-01-15?",
  "Use the role each person held on that day (all resorts together). Return the role title and the number of staff, one row per role held by at least one person that day.",
  "SELECT sr.title, COUNT(*) AS staff FROM staff_role_history h JOIN staff_roles sr ON sr.role_code = h.role_code "
  "WHERE h.valid_from <= DATE '2025-01-15' AND (h.valid_to IS NULL OR h.valid_to > DATE '2025-01-15') GROUP BY sr.title")
q("group_by", "What was the equipment rental revenue in EUR of each equipment category in season 2023-24?",
  "Season by the contract's start_date. Ignore voided (soft-deleted) contracts. Convert each contract's amount to EUR with the exchange rate of its start_date; round each total to whole euros. Return category_code and revenue_eur, one row per category with contracts.",
  "SELECT c.category_code, ROUND(SUM(c.amount * (CASE WHEN r.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END))) AS revenue_eur FROM rental_contracts c JOIN rental_shops sh ON sh.shop_id = c.shop_id "
  "JOIN resorts r ON r.resort_id = sh.resort_id LEFT JOIN fx_rates x ON x.rate_date = c.start_date AND x.currency_code = r.currency_code "
  f"WHERE c.deleted_at IS NULL AND {dseason('c.start_date', '2023-24')} GROUP BY c.category_code")
q("group_by", "How many paid orders did each sales channel take in each season from 2021-22 to 2024-25?",
  "Paid orders that are not soft-deleted; season of the order's local business date. Return season_code, channel_code and the number of orders, one row per season and channel with orders.",
  f"SELECT s.season_code, o.channel_code, COUNT(*) AS orders FROM {ALLO} o JOIN seasons s ON o.ordered_at_local::date BETWEEN s.starts_on AND s.ends_on "
  f"WHERE {PAID} AND s.fiscal_year BETWEEN 2022 AND 2025 GROUP BY s.season_code, o.channel_code")
q("group_by", "How many gate scans did the St. Anton lifts record in season 2023-24, by lift name?",
  "St. Anton is resort code 'ANT'. Count each monthly scan row under the name the lift carried on the first day of that month (a renamed lift counts under its old name before the renaming). Return the lift name and the total gate_scans, one row per name.",
  "SELECT h.name, SUM(s.gate_scans) AS scans FROM lift_scans_ant s JOIN lift_name_history h ON h.lift_id = s.lift_id AND h.valid_from <= s.month_start "
  "AND (h.valid_to IS NULL OR s.month_start < h.valid_to) WHERE " + dseason('s.month_start', '2023-24') + " GROUP BY h.name")

# ------------------------------------------------------------------------------------------ order_by
q("order_by", "Which 5 customers spent the most, net of refunds, over all seasons from 2021-22 to 2024-25?",
  GROSS_NOTE + "Net spend = gross sales minus the refunds of those orders (each refund converted with the exchange rate of the UTC date of the refund moment). Orders whose local business date lies in seasons 2021-22 to 2024-25 (2021-11-01 to 2025-10-31). "
  "Round to whole euros. Return customer_no, full_name and net_spend_eur, highest first, ties by customer_no ascending; exactly 5 rows.",
  f"WITH o AS (SELECT * FROM {ALLO} o WHERE {PAID} AND {fyears('o.ordered_at_local', 'BETWEEN 2022 AND 2025')}), "
  f"v AS (SELECT o.customer_id, l.line_amount * COALESCE(x.eur_per_unit, 1) AS eur FROM o JOIN {ALLL} l ON l.order_id = o.order_id {FXO} "
  f"UNION ALL SELECT o.customer_id, -f.amount * COALESCE(x.eur_per_unit, 1) FROM o JOIN {ALLR} f ON f.order_id = o.order_id "
  "LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code) "
  "SELECT c.customer_no, c.full_name, ROUND(SUM(v.eur)) AS net_spend_eur FROM v JOIN customers c ON c.customer_id = v.customer_id "
  "GROUP BY c.customer_no, c.full_name ORDER BY net_spend_eur DESC, c.customer_no LIMIT 5", om=True)
q("order_by", "Rank the Whistler Blackcomb lifts by their gate scans in season 2024-25.",
  "Whistler Blackcomb is resort code 'WHI'. Sum gate_scans over the months of the season (November 2024 to April 2025). Return lift_code and the total, every lift of the resort (0 for a lift without scans), highest first, ties by lift_code ascending.",
  "SELECT l.lift_code, COALESCE(SUM(s.gate_scans), 0) AS scans FROM lifts l JOIN resorts r ON r.resort_id = l.resort_id "
  "LEFT JOIN lift_scans_whi s ON s.lift_id = l.lift_id AND " + dseason('s.month_start', '2024-25') + " "
  "WHERE r.resort_code = 'WHI' GROUP BY l.lift_code ORDER BY scans DESC, l.lift_code", om=True)
q("order_by", "Which 10 unplanned lift downtime incidents that started in calendar year 2024 lasted longest?",
  "Unplanned = any cause except planned maintenance. Year of the UTC start moment. Duration in whole minutes = (ended_at - started_at) in minutes. Return incident_id, the current lift_code and the duration in minutes (integer), longest first, ties by incident_id ascending; exactly 10 rows.",
  f"SELECT d.incident_id, l.lift_code, ({MIN})::int AS minutes FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id JOIN downtime_causes c ON c.cause_code = d.cause_code "
  "WHERE NOT c.is_planned AND EXTRACT(YEAR FROM d.started_at AT TIME ZONE 'UTC') = 2024 ORDER BY minutes DESC, d.incident_id LIMIT 10", om=True)
q("order_by", "Which 5 staff members taught the most hours as senior ski instructors in season 2024-25?",
  "Count only lessons with status 'held' taught by the person on a local date on which their role was senior ski instructor ('SNR_INSTR'). Hours = duration_min / 60, summed and rounded to 2 decimals. Season by the local start date. Return staff_no, full_name and hours, most first, ties by staff_no ascending; exactly 5 rows.",
  "SELECT s.staff_no, s.full_name, ROUND(SUM(l.duration_min)::numeric / 60, 2) AS hours FROM ski_school_lessons l JOIN staff s ON s.staff_id = l.instructor_id "
  "JOIN staff_role_history h ON h.staff_id = l.instructor_id AND h.valid_from <= l.starts_at_local::date AND (h.valid_to IS NULL OR l.starts_at_local::date < h.valid_to) "
  f"WHERE h.role_code = 'SNR_INSTR' AND l.status = 'held' AND {season('l.starts_at_local', '2024-25')} GROUP BY s.staff_no, s.full_name ORDER BY hours DESC, s.staff_no LIMIT 5", om=True)
q("order_by", "Rank the resorts by the energy cost of their snowmaking in season 2023-24, in EUR.",
  "Energy cost of a run = energy_kwh times the resort's electricity tariff valid on the run's local start date, converted to EUR with the exchange rate of the UTC date of the run's start. Season by the local start date. Round each resort's total to whole euros. Return resort_code and cost_eur, highest first, ties by resort_code.",
  "SELECT r.resort_code, ROUND(SUM(s.energy_kwh * t.price_per_kwh * COALESCE(x.eur_per_unit, 1))) AS cost_eur FROM snowmaking_runs s JOIN resorts r ON r.resort_id = s.resort_id "
  "JOIN energy_tariff_history t ON t.resort_id = s.resort_id AND t.valid_from <= s.started_at_local::date AND (t.valid_to IS NULL OR s.started_at_local::date < t.valid_to) "
  "LEFT JOIN fx_rates x ON x.rate_date = (s.started_at AT TIME ZONE 'UTC')::date AND x.currency_code = r.currency_code "
  f"WHERE {season('s.started_at_local', '2023-24')} GROUP BY r.resort_code ORDER BY cost_eur DESC, r.resort_code", om=True)
q("order_by", "Which 8 products had the highest gross sales in EUR in season 2024-25?",
  GROSS_NOTE + "Refunds are not subtracted. Season of the order's local business date. Round to whole euros. Return product_code and gross_eur, highest first, ties by product_code ascending; exactly 8 rows.",
  f"SELECT p.product_code, ROUND(SUM(l.line_amount * COALESCE(x.eur_per_unit, 1))) AS gross_eur FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id "
  f"JOIN products p ON p.product_id = l.product_id {FXO} WHERE {PAID} AND {season('o.ordered_at_local', '2024-25')} GROUP BY p.product_code ORDER BY gross_eur DESC, p.product_code LIMIT 8", om=True)
q("order_by", "On which 5 local business days of season 2024-25 did Niseko United take the most orders?",
  "Niseko United is resort code 'NIS'. Count paid orders that are not soft-deleted, by the local business date at the resort. Return the date and the number of orders, most first, ties by date ascending; exactly 5 rows.",
  f"SELECT o.ordered_at_local::date AS business_date, COUNT(*) AS orders FROM sales_orders o JOIN resorts r ON r.resort_id = o.resort_id "
  f"WHERE r.resort_code = 'NIS' AND {PAID} AND {season('o.ordered_at_local', '2024-25')} GROUP BY o.ordered_at_local::date ORDER BY orders DESC, business_date LIMIT 5", om=True)
q("order_by", "Rank all rental shops by the number of rental contracts starting in January 2025.",
  "Ignore voided (soft-deleted) contracts; start_date from 2025-01-01 to 2025-01-31. Return shop_name and the number of contracts, every shop (0 for a shop without such contracts), most first, ties by shop_name ascending.",
  "SELECT sh.shop_name, COUNT(c.contract_id) AS contracts FROM rental_shops sh LEFT JOIN rental_contracts c ON c.shop_id = sh.shop_id AND c.deleted_at IS NULL "
  "AND date_trunc('month', c.start_date) = DATE '2025-01-01' GROUP BY sh.shop_id, sh.shop_name ORDER BY contracts DESC, sh.shop_name", om=True)
q("order_by", "Which 10 lifts had the most unplanned downtime incidents from season 2021-22 to season 2024-25?",
  "Unplanned = any cause except planned maintenance. Incidents whose local start date lies in seasons 2021-22 to 2024-25 (2021-11-01 to 2025-10-31). Return the current lift_code and the number of incidents, most first, ties by lift_code ascending; exactly 10 rows.",
  f"SELECT l.lift_code, COUNT(*) AS incidents FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id JOIN downtime_causes c ON c.cause_code = d.cause_code "
  f"WHERE NOT c.is_planned AND {fyears('d.started_at_local', '<= 2025')} GROUP BY l.lift_code ORDER BY incidents DESC, l.lift_code LIMIT 10", om=True)
q("order_by", "Rank all resorts by the refunds in EUR paid back on their season 2024-25 orders.",
  "Refunds of orders whose local business date lies in season 2024-25 (whenever the refund was paid), orders not soft-deleted. Convert each refund with the exchange rate of the UTC date of the refund moment; round each total to whole euros. Return resort_code and refunds_eur, every resort (0 when none), highest first, ties by resort_code ascending.",
  "SELECT r.resort_code, ROUND(COALESCE(SUM(f.amount * COALESCE(x.eur_per_unit, 1)), 0)) AS refunds_eur FROM resorts r "
  f"LEFT JOIN sales_orders o ON o.resort_id = r.resort_id AND o.deleted_at IS NULL AND {season('o.ordered_at_local', '2024-25')} "
  "LEFT JOIN refunds f ON f.order_id = o.order_id LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code "
  "GROUP BY r.resort_code ORDER BY refunds_eur DESC, r.resort_code", om=True)

# ------------------------------------------------------------------------------------------ ratio
q("ratio", "What percentage of each resort's gross ticket sales in season 2023-24 was refunded?",
  GROSS_NOTE + "Refunds = the refunds of those orders, each converted with the exchange rate of the UTC date of the refund moment. Season of the order's local business date. Percentage = 100 * refunds / gross sales, rounded to 2 decimals. Return resort_code and refund_pct, one row per resort with sales.",
  f"WITH o AS (SELECT * FROM {ALLO} o WHERE {PAID} AND {season('o.ordered_at_local', '2023-24')}), "
  f"g AS (SELECT o.resort_id, SUM(l.line_amount * COALESCE(x.eur_per_unit, 1)) AS eur FROM o JOIN {ALLL} l ON l.order_id = o.order_id {FXO} GROUP BY o.resort_id), "
  f"f AS (SELECT o.resort_id, SUM(f.amount * COALESCE(x.eur_per_unit, 1)) AS eur FROM o JOIN {ALLR} f ON f.order_id = o.order_id "
  "LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code GROUP BY o.resort_id) "
  "SELECT r.resort_code, COALESCE(ROUND(100 * f.eur / g.eur, 2), 0) AS refund_pct FROM g JOIN resorts r ON r.resort_id = g.resort_id LEFT JOIN f ON f.resort_id = g.resort_id")
q("ratio", "What share of the paid orders of each season from 2021-22 to 2024-25 was placed online?",
  "Online = a sales channel flagged as online. Paid orders that are not soft-deleted; season of the order's local business date. Percentage = 100 * online orders / all such orders, rounded to 2 decimals. Return season_code and online_pct, one row per season.",
  f"SELECT s.season_code, ROUND(100.0 * COUNT(*) FILTER (WHERE ch.is_online) / COUNT(*), 2) AS online_pct FROM {ALLO} o JOIN sales_channels ch ON ch.channel_code = o.channel_code "
  f"JOIN seasons s ON o.ordered_at_local::date BETWEEN s.starts_on AND s.ends_on WHERE {PAID} AND s.fiscal_year BETWEEN 2022 AND 2025 GROUP BY s.season_code")
q("ratio", "What percentage of each resort's unplanned lift downtime minutes from season 2021-22 to 2024-25 was caused by the weather?",
  "Unplanned = any cause except planned maintenance; weather = causes of cause group 'weather'. Incidents whose local start date lies in seasons 2021-22 to 2024-25 (2021-11-01 to 2025-10-31). Minutes = ended_at - started_at. Percentage = 100 * weather minutes / unplanned minutes, rounded to 2 decimals. Return resort_code and weather_pct, one row per resort with unplanned downtime.",
  f"SELECT r.resort_code, ROUND((100 * SUM({MIN}) FILTER (WHERE c.cause_group = 'weather') / SUM({MIN}))::numeric, 2) AS weather_pct FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id "
  "JOIN resorts r ON r.resort_id = l.resort_id JOIN downtime_causes c ON c.cause_code = d.cause_code "
  f"WHERE NOT c.is_planned AND {fyears('d.started_at_local', '<= 2025')} GROUP BY r.resort_code")
q("ratio", "What percentage of the ski lessons of each lesson type in season 2024-25 was cancelled?",
  "All lessons of the season (by local start date) of every status count in the denominator; cancelled = status 'cancelled'. Percentage rounded to 2 decimals. Return lesson_type and cancelled_pct, one row per lesson type.",
  f"SELECT l.lesson_type, ROUND(100.0 * COUNT(*) FILTER (WHERE l.status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM ski_school_lessons l WHERE {season('l.starts_at_local', '2024-25')} GROUP BY l.lesson_type")
q("ratio", "How many cubic metres of snow did each resort's snowmaking produce per cubic metre of water in season 2023-24?",
  "Ratio = total snow_m3 / total water_m3 of the runs of the season (by local start date), rounded to 4 decimals. Return resort_code and the ratio, one row per resort with runs.",
  f"SELECT r.resort_code, ROUND(SUM(s.snow_m3) / SUM(s.water_m3), 4) AS snow_per_water FROM snowmaking_runs s JOIN resorts r ON r.resort_id = s.resort_id WHERE {season('s.started_at_local', '2023-24')} GROUP BY r.resort_code")
q("ratio", "By what percentage did each resort's gate scans change from season 2023-24 to season 2024-25?",
  "Gate scans of a season = sum of the monthly gate_scans of its months (November to April). Change = 100 * (scans 2024-25 - scans 2023-24) / scans 2023-24, rounded to 2 decimals. Return resort_code and change_pct, one row per resort.",
  "WITH s AS (" + " UNION ALL ".join(f"SELECT '{c.upper()}' AS resort_code, month_start, gate_scans FROM lift_scans_{c}" for c in SC) + "), "
  "t AS (SELECT s.resort_code, se.season_code, SUM(s.gate_scans) AS scans FROM s JOIN seasons se ON s.month_start BETWEEN se.starts_on AND se.ends_on GROUP BY s.resort_code, se.season_code) "
  "SELECT a.resort_code, ROUND(100.0 * (b.scans - a.scans) / a.scans, 2) AS change_pct FROM t a JOIN t b ON b.resort_code = a.resort_code "
  "WHERE a.season_code = '2023-24' AND b.season_code = '2024-25'")
q("ratio", "What share of each resort's gross ticket sales in season 2024-25 came from season passes?",
  GROSS_NOTE + "Season passes are products of type 'SEASON'. Season of the order's local business date. Percentage = 100 * season-pass gross sales / all gross sales, rounded to 2 decimals. Return resort_code and season_pass_pct, one row per resort with sales.",
  f"SELECT r.resort_code, ROUND(100 * SUM(l.line_amount * COALESCE(x.eur_per_unit, 1)) FILTER (WHERE p.product_type_code = 'SEASON') / SUM(l.line_amount * COALESCE(x.eur_per_unit, 1)), 2) AS season_pass_pct "
  f"FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id JOIN resorts r ON r.resort_id = o.resort_id {FXO} "
  f"WHERE {PAID} AND {season('o.ordered_at_local', '2024-25')} GROUP BY r.resort_code")
q("ratio", "By what percentage did the number of lift tickets sold at each resort change from season 2020-21 to season 2021-22?",
  "Tickets = sum of quantities over all products. Season 2020-21: valid sales of the old ticketing system only (not reversed, not training/test), sale dates 2020-11-01 to 2021-10-31. Season 2021-22: paid orders that are not soft-deleted with local business date 2021-11-01 to 2022-10-31. "
  "Change = 100 * (tickets 2021-22 - tickets 2020-21) / tickets 2020-21, rounded to 2 decimals. Return resort_code and change_pct, one row per resort.",
  "WITH a AS (SELECT p.resort_id, SUM(s.qty) AS t FROM legacy_ticket_sales s JOIN legacy_product_code_map m ON m.old_product_code = s.old_product_code JOIN products p ON p.product_id = m.product_id "
  f"WHERE s.status_code = 'V' AND {dseason('s.sale_date', '2020-21')} GROUP BY p.resort_id), "
  f"b AS (SELECT o.resort_id, SUM(l.quantity) AS t FROM {ALLO} o JOIN {ALLL} l ON l.order_id = o.order_id WHERE {PAID} AND {season('o.ordered_at_local', '2021-22')} GROUP BY o.resort_id) "
  "SELECT r.resort_code, ROUND(100.0 * (b.t - a.t) / a.t, 2) AS change_pct FROM a JOIN b ON b.resort_id = a.resort_id JOIN resorts r ON r.resort_id = a.resort_id")
q("ratio", "At each resort, what percentage of the staff working there on 2024-01-15 were ski instructors?",
  "Use the resort and role each person had on 2024-01-15. Instructor = a role flagged as a teaching role (ski instructor or senior ski instructor). Percentage = 100 * instructors / all staff of the resort that day, rounded to 2 decimals. Return resort_code and instructor_pct, one row per resort.",
  "SELECT r.resort_code, ROUND(100.0 * COUNT(*) FILTER (WHERE sr.is_instructor) / COUNT(*), 2) AS instructor_pct FROM staff_role_history h JOIN staff_roles sr ON sr.role_code = h.role_code "
  "JOIN resorts r ON r.resort_id = h.resort_id WHERE h.valid_from <= DATE '2024-01-15' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-01-15') GROUP BY r.resort_code")
q("ratio", "What percentage of each resort's order lines in season 2024-25 was sold below the product's list price?",
  "Paid orders that are not soft-deleted; season of the order's local business date. A line is below list price when its unit_price is strictly below the product's list price valid on the order's local business date. Percentage = 100 * such lines / all lines, rounded to 2 decimals. Return resort_code and discounted_pct, one row per resort.",
  "SELECT r.resort_code, ROUND(100.0 * COUNT(*) FILTER (WHERE l.unit_price < h.list_price) / COUNT(*), 2) AS discounted_pct FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id "
  "JOIN resorts r ON r.resort_id = o.resort_id JOIN product_price_history h ON h.product_id = l.product_id AND h.valid_from <= o.ordered_at_local::date "
  f"AND (h.valid_to IS NULL OR o.ordered_at_local::date < h.valid_to) WHERE {PAID} AND {season('o.ordered_at_local', '2024-25')} GROUP BY r.resort_code")

# ------------------------------------------------------------------------------------------ table_join
q("table_join", "How many gate scans did each St. Anton lift record in season 2020-21, by current lift code?",
  "St. Anton is resort code 'ANT'. Season 2020-21 = the months November 2020 to April 2021. Return the current lift_code and the total scans, one row per lift with counts.",
  "SELECT l.lift_code, SUM(c.scans) AS scans FROM legacy_lift_counts c JOIN legacy_lift_code_map m ON m.old_lift_code = c.old_lift_code JOIN lifts l ON l.lift_id = m.lift_id "
  "JOIN resorts r ON r.resort_id = l.resort_id WHERE r.resort_code = 'ANT' AND " + dseason('c.count_month', '2020-21') + " GROUP BY l.lift_code")
q("table_join", "What did an adult day ticket cost at each resort on 2024-12-24, in the resort's currency and in EUR?",
  "Adult day ticket = the resort's product of type 'DAY' for age group 'adult'. Use the list price valid on that day, and the exchange rate of that day for EUR (rounded to 2 decimals). Return resort_code, list_price, currency_code and price_eur, one row per resort.",
  "SELECT r.resort_code, h.list_price, r.currency_code, ROUND(h.list_price * COALESCE(x.eur_per_unit, 1), 2) AS price_eur FROM products p JOIN resorts r ON r.resort_id = p.resort_id "
  "JOIN product_price_history h ON h.product_id = p.product_id AND h.valid_from <= DATE '2024-12-24' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-12-24') "
  "LEFT JOIN fx_rates x ON x.rate_date = DATE '2024-12-24' AND x.currency_code = r.currency_code WHERE p.product_type_code = 'DAY' AND p.age_group = 'adult'")
q("table_join", "How many lessons were held, and how many teaching hours, by instructors of each role in season 2024-25?",
  "Attribute each lesson with status 'held' to the role its instructor held on the lesson's local start date. Hours = duration_min / 60, summed and rounded to 2 decimals. Season by the local start date. Return the role title, the number of lessons and the hours, one row per role with lessons.",
  "SELECT sr.title, COUNT(*) AS lessons, ROUND(SUM(l.duration_min)::numeric / 60, 2) AS hours FROM ski_school_lessons l JOIN staff_role_history h ON h.staff_id = l.instructor_id "
  "AND h.valid_from <= l.starts_at_local::date AND (h.valid_to IS NULL OR l.starts_at_local::date < h.valid_to) JOIN staff_roles sr ON sr.role_code = h.role_code "
  f"WHERE l.status = 'held' AND {season('l.starts_at_local', '2024-25')} GROUP BY sr.title")
q("table_join", "List the lift downtime incidents at Niseko United in season 2023-24 with the name the lift carried at the time.",
  "Niseko United is resort code 'NIS'. Season and lift name by the incident's local start date. Return incident_id, the lift name on that date, the cause description and the duration in whole minutes (integer), one row per incident.",
  f"SELECT d.incident_id, h.name, c.description, ({MIN})::int AS minutes FROM {ALLD} d JOIN lifts l ON l.lift_id = d.lift_id JOIN resorts r ON r.resort_id = l.resort_id "
  "JOIN lift_name_history h ON h.lift_id = d.lift_id AND h.valid_from <= d.started_at_local::date AND (h.valid_to IS NULL OR d.started_at_local::date < h.valid_to) "
  f"JOIN downtime_causes c ON c.cause_code = d.cause_code WHERE r.resort_code = 'NIS' AND {season('d.started_at_local', '2023-24')}")
q("table_join", "At each resort, how many customers who bought a season pass of the resort for season 2024-25 also rented equipment there in season 2024-25?",
  "Season pass = a product of type 'SEASON' of the resort, on a line whose first ski date lies in season 2024-25, of a paid order that is not soft-deleted. Rental = a contract that is not voided (soft-deleted) at a shop of the same resort with start_date in season 2024-25. Count distinct customers. Return resort_code and the number of customers, one row per resort with at least one such customer.",
  "SELECT r.resort_code, COUNT(DISTINCT o.customer_id) AS customers FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id "
  "JOIN resorts r ON r.resort_id = p.resort_id JOIN rental_shops sh ON sh.resort_id = p.resort_id JOIN rental_contracts c ON c.shop_id = sh.shop_id AND c.customer_id = o.customer_id "
  f"WHERE {PAID} AND p.product_type_code = 'SEASON' AND {dseason('l.first_ski_date', '2024-25')} AND c.deleted_at IS NULL AND {dseason('c.start_date', '2024-25')} GROUP BY r.resort_code")
q("table_join", "How many of each resort's season 2022-23 orders were refunded at least once?",
  "Orders whose local business date lies in season 2022-23, not soft-deleted, with at least one refund (whenever it was paid back). Return resort_code and the number of orders, one row per resort with such orders.",
  f"SELECT r.resort_code, COUNT(*) AS refunded_orders FROM {ALLO} o JOIN resorts r ON r.resort_id = o.resort_id WHERE o.deleted_at IS NULL AND {season('o.ordered_at_local', '2022-23')} "
  f"AND EXISTS (SELECT 1 FROM {ALLR} f WHERE f.order_id = o.order_id) GROUP BY r.resort_code")
q("table_join", "Which staff members have worked at more than one resort?",
  "Use the resorts recorded in each person's role history. Return staff_no, the resort_code of the resort of their earliest period and the resort_code of their current (or last) resort, one row per person.",
  "WITH h AS (SELECT h.staff_id, h.resort_id, ROW_NUMBER() OVER (PARTITION BY h.staff_id ORDER BY h.valid_from) AS rn_first, "
   "ROW_NUMBER() OVER (PARTITION BY h.staff_id ORDER BY h.valid_from DESC) AS rn_last FROM staff_role_history h) "
   "SELECT s.staff_no, rf.resort_code AS first_resort, rl.resort_code AS last_resort FROM staff s JOIN h f ON f.staff_id = s.staff_id AND f.rn_first = 1 "
   "JOIN h l ON l.staff_id = s.staff_id AND l.rn_last = 1 JOIN resorts rf ON rf.resort_id = f.resort_id JOIN resorts rl ON rl.resort_id = l.resort_id "
   "WHERE s.staff_id IN (SELECT staff_id FROM staff_role_history GROUP BY staff_id HAVING COUNT(DISTINCT resort_id) > 1)")
q("table_join", "What were the gross ticket sales in EUR per lift-gate scan at each resort in season 2023-24?",
  GROSS_NOTE + "Season of the order's local business date; scans = the monthly gate_scans of the months November 2023 to April 2024. Ratio = gross sales / scans, rounded to 4 decimals. Return resort_code and eur_per_scan, one row per resort.",
  f"WITH g AS (SELECT o.resort_id, SUM(l.line_amount * COALESCE(x.eur_per_unit, 1)) AS eur FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id {FXO} "
  f"WHERE {PAID} AND {season('o.ordered_at_local', '2023-24')} GROUP BY o.resort_id), "
  f"s AS (SELECT l.resort_id, SUM(s.gate_scans) AS scans FROM {SCANS} s JOIN lifts l ON l.lift_id = s.lift_id WHERE " + dseason('s.month_start', '2023-24') + " GROUP BY l.resort_id) "
  "SELECT r.resort_code, ROUND(g.eur / s.scans, 4) AS eur_per_scan FROM g JOIN s ON s.resort_id = g.resort_id JOIN resorts r ON r.resort_id = g.resort_id")
q("table_join", "For each lift type, how many lifts are there and how many gate scans did they record in season 2024-25?",
  "Season 2024-25 = the months November 2024 to April 2025, all resorts. Return lift_type_code, the number of lifts of the type and the total gate scans, every lift type (0 lifts and 0 scans for a type without lifts).",
  f"WITH s AS (SELECT lift_id, SUM(gate_scans) AS g FROM {SCANS} s WHERE {dseason('month_start', '2024-25')} GROUP BY lift_id) "
  "SELECT t.lift_type_code, COUNT(l.lift_id) AS lifts, COALESCE(SUM(s.g), 0) AS scans FROM lift_types t LEFT JOIN lifts l ON l.lift_type_code = t.lift_type_code "
  "LEFT JOIN s ON s.lift_id = l.lift_id GROUP BY t.lift_type_code")
q("table_join", "Which staff members changed role in calendar year 2024 while staying at the same resort?",
  "A role change is a role-history period starting in 2024 (valid_from 2024-01-01 to 2024-12-31) whose previous period of the same person was at the same resort with a different role. Return staff_no, the previous role title, the new role title and the date of the change, one row per change.",
  "WITH h AS (SELECT h.*, LAG(h.role_code) OVER (PARTITION BY h.staff_id ORDER BY h.valid_from) AS prev_role, LAG(h.resort_id) OVER (PARTITION BY h.staff_id ORDER BY h.valid_from) AS prev_resort FROM staff_role_history h) "
  "SELECT s.staff_no, pr.title AS previous_role, nr.title AS new_role, h.valid_from AS changed_on FROM h JOIN staff s ON s.staff_id = h.staff_id JOIN staff_roles pr ON pr.role_code = h.prev_role "
  "JOIN staff_roles nr ON nr.role_code = h.role_code WHERE h.prev_resort = h.resort_id AND h.prev_role <> h.role_code AND EXTRACT(YEAR FROM h.valid_from) = 2024")

EXTRA = {2, 5, 11, 13, 21, 24, 31, 38, 45, 50}  # 4-5 layers combined (archive + legacy / history + FX + local date ...)


def main():
    cats = {}
    with open(ROOT / "questions" / f"{DB}.jsonl", "w", encoding="utf-8") as fh:
        for i, (cat, diff, text, ins, gold, om) in enumerate(Q, 1):
            diff = "extra" if i in EXTRA else "hard"
            cats[cat] = cats.get(cat, 0) + 1
            fh.write(json.dumps({"id": f"{DB}-h{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": text,
                                 "instructions": ins, "gold": gold, "order_matters": om, "split": "hard"}, ensure_ascii=False) + "\n")
    print(len(Q), "questions", cats)


if __name__ == "__main__":
    main()
