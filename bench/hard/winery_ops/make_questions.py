"""Write questions/winery_ops.jsonl (50 hard-split questions with golds). Stdlib only.
Run: python bench/hard/winery_ops/make_questions.py"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DB = "winery_ops"
TC = "tag_id, tag_no, winery_id, block_id, vintage, weighed_at_utc, weighed_at_local, net_tonnes, brix, status, receiving_tank_id"
TAGS = f"(SELECT {TC} FROM archive_weigh_tags UNION ALL SELECT {TC} FROM weigh_tags)"
OC = "order_id, order_no, customer_id, winery_id, ordered_at_utc, ordered_at_local, currency_code, status, shipped_on, deleted_at"
ORD = f"(SELECT {OC} FROM archive_export_orders UNION ALL SELECT {OC} FROM export_orders)"
LC = "order_id, line_no, sku, vintage, cases, unit_price, discount_pct, line_amount"
LINES = f"(SELECT {LC} FROM archive_order_lines UNION ALL SELECT {LC} FROM order_lines)"
IC = "invoice_id, invoice_no, order_id, invoiced_on, due_on, amount, currency_code, paid_on"
INV = f"(SELECT {IC} FROM archive_invoices UNION ALL SELECT {IC} FROM invoices)"
LD = "(t.weighed_at_local::date)"
VH = f"JOIN block_variety_history h ON h.block_id = t.block_id AND h.valid_from <= {LD} AND (h.valid_to IS NULL OR {LD} < h.valid_to)"
OH = f"JOIN block_ownership_history oh ON oh.block_id = t.block_id AND oh.valid_from <= {LD} AND (oh.valid_to IS NULL OR {LD} < oh.valid_to)"
OD = "(o.ordered_at_utc AT TIME ZONE 'UTC')::date"
FXO = f"LEFT JOIN fx_rates x ON x.rate_date = {OD} AND x.currency_code = o.currency_code"
RATE = "(CASE WHEN o.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)"
BOND = " UNION ALL ".join(f"SELECT '{c.upper()}' AS country_code, movement_id, moved_at_utc, movement_type, sku, vintage, cases, litres, order_no, document_ref FROM bond_movements_{c}" for c in ("pt", "za", "nz", "cl"))
BOND = f"({BOND})"
FY = lambda y: (f"DATE '{y - 1}-07-01'", f"DATE '{y}-07-01'")  # noqa: E731
LEG21 = ("SELECT m.block_id, lt.net_kg, lt.status_code, lt.old_tank_code FROM legacy_weigh_tickets lt "
         "JOIN legacy_block_code_map m ON m.old_block_code = lt.old_block_code")

Q = []


def q(cat, question, instructions, gold, order=False, diff="hard"):
    Q.append((cat, diff, question, instructions, gold if isinstance(gold, list) else [gold], order))


# ------------------------------------------------------------------------------------------- where
q("where", "Which accepted weigh tags of vintages 2022 and 2023 were Syrah fruit with a Brix reading of at least 26.0? Give their tag numbers.",
  "Syrah = the variety planted on the block (variety code 'SY') on the local date of weighing at the winery. At least 26.0 means brix >= 26.0. One row per tag, column tag_no.",
  f"SELECT t.tag_no FROM {TAGS} t {VH} WHERE h.variety_code = 'SY' AND t.status = 'accepted' AND t.vintage IN (2022, 2023) AND t.brix >= 26.0")
q("where", "How many export orders did the winery 'NZ-MBO' receive in March 2024, counted by the winery's local date?",
  "Count orders of any status that are not soft-deleted, whose order date in the winery's local time is in March 2024. Return one number.",
  "SELECT COUNT(*) FROM export_orders o JOIN wineries w ON w.winery_id = o.winery_id WHERE w.winery_code = 'NZ-MBO' AND o.deleted_at IS NULL "
  "AND o.ordered_at_local >= TIMESTAMP '2024-03-01 00:00:00' AND o.ordered_at_local < TIMESTAMP '2024-04-01 00:00:00'")
q("where", "Which invoices dated in fiscal year 2024 were for more than 20,000 EUR? Give their invoice numbers.",
  "Fiscal year by invoiced_on. Convert each invoice amount to EUR with the exchange rate of its invoiced_on date (EUR invoices unchanged). Strictly more than 20000.00 EUR, compared before any rounding. One row per invoice, column invoice_no.",
  f"SELECT i.invoice_no FROM {INV} i LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code "
  "WHERE i.invoiced_on >= DATE '2023-07-01' AND i.invoiced_on < DATE '2024-07-01' AND i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END) > 20000")
q("where", "What was the accepted fruit intake of vintage 2021, in tonnes, from the block whose current code is 'NZ-MBO-B03'?",
  "Accepted weighings only (rejected and voided ones excluded). Return one number in tonnes rounded to 3 decimals.",
  f"SELECT ROUND(SUM(lt.net_kg) / 1000.0, 3) FROM legacy_weigh_tickets lt JOIN legacy_block_code_map m ON m.old_block_code = lt.old_block_code "
  "JOIN vineyard_blocks b ON b.block_id = m.block_id WHERE b.block_code = 'NZ-MBO-B03' AND lt.status_code = 'A'")
q("where", "Which barrels held Pinot Noir wine of vintage 2023 on 2024-06-30? Give their barrel codes.",
  "A barrel holds a lot on a day when the lot was put in on or before that day and the barrel was not emptied by then. Pinot Noir wine = a single-variety lot (lot_type 'wine') of variety 'PN'. One row per barrel, column barrel_code.",
  "SELECT DISTINCT b.barrel_code FROM barrel_fills f JOIN barrels b ON b.barrel_id = f.barrel_id JOIN lots l ON l.lot_id = f.lot_id "
  "WHERE l.lot_type = 'wine' AND l.variety_code = 'PN' AND l.vintage = 2023 AND f.filled_on <= DATE '2024-06-30' AND (f.emptied_on IS NULL OR f.emptied_on > DATE '2024-06-30')")
q("where", "How many weigh tags of vintage 2024 were weighed at 18:00 or later, wall-clock time at the receiving winery?",
  "Count tags of any status (accepted or rejected). Use the winery's local time of day. Return one number.",
  "SELECT COUNT(*) FROM weigh_tags WHERE vintage = 2024 AND weighed_at_local::time >= TIME '18:00:00'")
q("where", "Which SKUs had a list price above 120.00 USD per case on 2024-03-15? Give the SKU and that price.",
  "Use the USD price list valid on 2024-03-15. Strictly above 120.00. Return sku and price_per_case, one row per SKU.",
  "SELECT sku, price_per_case FROM price_list_history WHERE currency_code = 'USD' AND valid_from <= DATE '2024-03-15' AND (valid_to IS NULL OR valid_to > DATE '2024-03-15') AND price_per_case > 120")
q("where", "Which excise documents released wine for export from the South African bonded warehouse in the first quarter of fiscal year 2025 for more than 1,000 litres each?",
  "First quarter of fiscal 2025 by the UTC date of the movement. Export releases only. Strictly more than 1000 litres per movement. Return document_ref, one row per movement.",
  "SELECT document_ref FROM bond_movements_za WHERE movement_type = 'out_export' AND moved_at_utc >= TIMESTAMPTZ '2024-07-01 00:00:00+00' AND moved_at_utc < TIMESTAMPTZ '2024-10-01 00:00:00+00' AND litres > 1000")
q("where", "Which orders from customers in Germany, placed in calendar year 2023, have been shipped? Give their order numbers.",
  "Year of the UTC order moment. Status shipped; soft-deleted orders excluded. Customer country 'DE'. One row per order, column order_no.",
  f"SELECT o.order_no FROM {ORD} o JOIN customers c ON c.customer_id = o.customer_id WHERE c.country_code = 'DE' AND o.status = 'shipped' AND o.deleted_at IS NULL "
  "AND o.ordered_at_utc >= TIMESTAMPTZ '2023-01-01 00:00:00+00' AND o.ordered_at_utc < TIMESTAMPTZ '2024-01-01 00:00:00+00'")
q("where", "Which lots of vintage 2024 had more than 4.00 g/L residual sugar in their most recent laboratory analysis?",
  "Lots of any type. The most recent analysis is the one with the latest sampled_on. Strictly more than 4.00. Return lot_code and residual_sugar_g_l of that analysis.",
  "SELECT lot_code, residual_sugar_g_l FROM (SELECT l.lot_code, a.residual_sugar_g_l, ROW_NUMBER() OVER (PARTITION BY a.lot_id ORDER BY a.sampled_on DESC) AS rn "
  "FROM lab_analyses a JOIN lots l ON l.lot_id = a.lot_id WHERE l.vintage = 2024) s WHERE rn = 1 AND residual_sugar_g_l > 4")

# ------------------------------------------------------------------------------------------- group_by
q("group_by", "What was the accepted fruit intake in tonnes of each vintage from 2021 to 2024?",
  "All wineries. Accepted fruit only (rejected and voided weighings excluded). Return vintage (integer) and tonnes rounded to 3 decimals, one row per vintage.",
  f"SELECT 2021 AS vintage, ROUND(SUM(net_kg) / 1000.0, 3) AS tonnes FROM legacy_weigh_tickets WHERE status_code = 'A' "
  f"UNION ALL SELECT t.vintage, ROUND(SUM(t.net_tonnes), 3) FROM {TAGS} t WHERE t.status = 'accepted' AND t.vintage BETWEEN 2022 AND 2024 GROUP BY t.vintage")
q("group_by", "How many tonnes of accepted fruit of vintage 2024 did each winery receive per grape variety?",
  "Variety = the variety planted on the block on the local date of weighing. Return winery_code, variety_code and tonnes (rounded to 3 decimals), one row per winery and variety with intake.",
  f"SELECT w.winery_code, h.variety_code, ROUND(SUM(t.net_tonnes), 3) AS tonnes FROM weigh_tags t {VH} JOIN wineries w ON w.winery_id = t.winery_id "
  "WHERE t.vintage = 2024 AND t.status = 'accepted' GROUP BY w.winery_code, h.variety_code")
q("group_by", "What was the revenue in EUR of shipped orders in each of the fiscal years 2023, 2024 and 2025?",
  "Revenue = sum of line_amount of orders with status shipped that are not soft-deleted, each line converted to EUR with the exchange rate of the UTC date of the order's ordered_at_utc (EUR amounts unchanged); fiscal year by the same UTC date. Round each total to 2 decimals. Return fiscal_year and revenue_eur, one row per fiscal year.",
  f"SELECT fp.fiscal_year, ROUND(SUM(l.line_amount * {RATE}), 2) AS revenue_eur FROM {ORD} o JOIN {LINES} l ON l.order_id = o.order_id {FXO} "
  f"JOIN fiscal_periods fp ON {OD} BETWEEN fp.period_start AND fp.period_end WHERE o.status = 'shipped' AND o.deleted_at IS NULL AND fp.fiscal_year BETWEEN 2023 AND 2025 GROUP BY fp.fiscal_year")
q("group_by", "How many litres were released duty-paid for the home market from each country's bonded warehouse in fiscal year 2025?",
  "Fiscal year by the UTC date of the movement. Return country_code ('PT', 'ZA', 'NZ', 'CL') and litres, one row for each of the four countries (0 if none).",
  " UNION ALL ".join(f"SELECT '{c.upper()}' AS country_code, COALESCE(SUM(litres), 0) AS litres FROM bond_movements_{c} WHERE movement_type = 'out_duty_paid' "
                     "AND moved_at_utc >= TIMESTAMPTZ '2024-07-01 00:00:00+00' AND moved_at_utc < TIMESTAMPTZ '2025-07-01 00:00:00+00'" for c in ("pt", "za", "nz", "cl")))
q("group_by", "How many weigh tags of vintage 2024 did each winery record in each month, by the winery's local date?",
  "Tags of any status. Month = calendar month (1-12) of the local weighing date. Return winery_code, month (integer) and the number of tags, one row per winery and month with tags.",
  "SELECT w.winery_code, EXTRACT(MONTH FROM t.weighed_at_local)::int AS month, COUNT(*) AS tags FROM weigh_tags t JOIN wineries w ON w.winery_id = t.winery_id WHERE t.vintage = 2024 GROUP BY w.winery_code, 2")
q("group_by", "How many tonnes of accepted fruit of vintages 2023 and 2024 together came from each contract grower?",
  "The grower of a weighing is the owner of the block on the local date of weighing; contract growers have grower_type 'contract'. Return the grower's name and tonnes rounded to 3 decimals, one row per contract grower with such fruit.",
  f"SELECT g.name, ROUND(SUM(t.net_tonnes), 3) AS tonnes FROM weigh_tags t {OH} JOIN growers g ON g.grower_id = oh.grower_id "
  "WHERE t.status = 'accepted' AND t.vintage IN (2023, 2024) AND g.grower_type = 'contract' GROUP BY g.grower_id, g.name")
q("group_by", "How many cases did each winery bottle in each of the fiscal years 2023, 2024 and 2025?",
  "Bottling runs that really happened (voided runs excluded); fiscal year by bottled_on. Return winery_code, fiscal_year and cases, one row per winery and fiscal year with bottling.",
  "SELECT w.winery_code, fp.fiscal_year, SUM(br.cases) AS cases FROM bottling_runs br JOIN lots l ON l.lot_id = br.lot_id JOIN wineries w ON w.winery_id = l.winery_id "
  "JOIN fiscal_periods fp ON br.bottled_on BETWEEN fp.period_start AND fp.period_end WHERE br.status = 'completed' AND fp.fiscal_year BETWEEN 2023 AND 2025 GROUP BY w.winery_code, fp.fiscal_year")
q("group_by", "For invoices dated in calendar year 2024, how many were issued per currency, and what were their totals in that currency and in EUR?",
  "Convert each invoice amount to EUR with the rate of its invoiced_on date (EUR unchanged), sum, round to 2 decimals. Return currency_code, number of invoices, total amount in the currency (as stored, summed) and total in EUR, one row per currency.",
  f"SELECT i.currency_code, COUNT(*) AS invoices, SUM(i.amount) AS amount, ROUND(SUM(i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)), 2) AS amount_eur "
  f"FROM {INV} i LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code WHERE i.invoiced_on >= DATE '2024-01-01' AND i.invoiced_on < DATE '2025-01-01' GROUP BY i.currency_code")
q("group_by", "For invoices paid in fiscal year 2024, what was the average number of days from invoice date to payment for each customer channel?",
  "Fiscal year by paid_on. Days = paid_on - invoiced_on. Return channel and the average rounded to 2 decimals, one row per channel with such invoices.",
  f"SELECT c.channel, ROUND(AVG(i.paid_on - i.invoiced_on), 2) AS avg_days FROM {INV} i JOIN {ORD} o ON o.order_id = i.order_id JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE i.paid_on >= DATE '2023-07-01' AND i.paid_on < DATE '2024-07-01' GROUP BY c.channel")
q("group_by", "For each oak origin, how many different barrels were filled in calendar year 2024, and how many litres were put into barrels?",
  "Count a barrel once however often it was filled in 2024 (filled_on in 2024). Return oak_origin, number of barrels and total litres, one row per oak origin with fills.",
  "SELECT b.oak_origin, COUNT(DISTINCT f.barrel_id) AS barrels, SUM(f.litres) AS litres FROM barrel_fills f JOIN barrels b ON b.barrel_id = f.barrel_id "
  "WHERE f.filled_on >= DATE '2024-01-01' AND f.filled_on < DATE '2025-01-01' GROUP BY b.oak_origin")

# ------------------------------------------------------------------------------------------- order_by
q("order_by", "Which 5 vineyard blocks delivered the most accepted fruit over the vintages 2021 to 2024?",
  "Sum accepted fruit over the four vintages (rejected and voided weighings excluded). Return block_code and tonnes rounded to 3 decimals, highest first, ties by block_code ascending; exactly 5 rows.",
  f"WITH a AS ({LEG21.replace('lt.status_code, lt.old_tank_code', 'lt.status_code')} WHERE lt.status_code = 'A'), "
  f"s AS (SELECT block_id, net_kg / 1000.0 AS t FROM a UNION ALL SELECT block_id, net_tonnes FROM {TAGS} t WHERE status = 'accepted' AND vintage BETWEEN 2022 AND 2024) "
  "SELECT b.block_code, ROUND(SUM(s.t), 3) AS tonnes FROM s JOIN vineyard_blocks b ON b.block_id = s.block_id GROUP BY b.block_code ORDER BY tonnes DESC, b.block_code LIMIT 5", True)
q("order_by", "Which 10 customers brought the most revenue in EUR in fiscal year 2024?",
  "Revenue = sum of line_amount of shipped, not soft-deleted orders whose UTC order date is in fiscal 2024, converted with the rate of that UTC order date (EUR unchanged); round the total to 2 decimals. Return customer_no, name and revenue_eur, highest first, ties by customer_no; exactly 10 rows.",
  f"SELECT c.customer_no, c.name, ROUND(SUM(l.line_amount * {RATE}), 2) AS revenue_eur FROM {ORD} o JOIN {LINES} l ON l.order_id = o.order_id {FXO} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE o.status = 'shipped' AND o.deleted_at IS NULL AND o.ordered_at_utc >= TIMESTAMPTZ '2023-07-01 00:00:00+00' AND o.ordered_at_utc < TIMESTAMPTZ '2024-07-01 00:00:00+00' "
  "GROUP BY c.customer_no, c.name ORDER BY revenue_eur DESC, c.customer_no LIMIT 10", True)
q("order_by", "For each winery, which 3 blocks had the highest average Brix of accepted fruit in vintage 2024?",
  "Average of brix over the accepted tags of the block, rounded to 2 decimals for output; rank by the unrounded average, highest first, ties by block_code. Return winery_code, block_code, avg_brix and the rank (1-3), ordered by winery_code then rank. Wineries without vintage 2024 intake give no rows.",
  "SELECT winery_code, block_code, ROUND(a, 2) AS avg_brix, rk FROM (SELECT w.winery_code, b.block_code, AVG(t.brix) AS a, ROW_NUMBER() OVER (PARTITION BY w.winery_code ORDER BY AVG(t.brix) DESC, b.block_code) AS rk "
  "FROM weigh_tags t JOIN vineyard_blocks b ON b.block_id = t.block_id JOIN wineries w ON w.winery_id = t.winery_id WHERE t.vintage = 2024 AND t.status = 'accepted' GROUP BY w.winery_code, b.block_code) s "
  "WHERE rk <= 3 ORDER BY winery_code, rk", True)
q("order_by", "What were the 10 most recent weigh tags before the extract date, across all wineries?",
  "Most recent by the actual moment of weighing (not the local wall-clock time). Return tag_no and winery_code, latest first, ties by tag_no ascending; exactly 10 rows.",
  "SELECT t.tag_no, w.winery_code FROM weigh_tags t JOIN wineries w ON w.winery_id = t.winery_id ORDER BY t.weighed_at_utc DESC, t.tag_no LIMIT 10", True)
q("order_by", "For each order currency, which 3 SKUs were ordered in the most cases in calendar year 2024?",
  "Orders with UTC order date in 2024, not soft-deleted and not cancelled (confirmed or shipped). Return currency_code, sku, cases and the rank 1-3 (highest cases first, ties by sku ascending), ordered by currency_code then rank.",
  "SELECT currency_code, sku, cases, rk FROM (SELECT o.currency_code, l.sku, SUM(l.cases) AS cases, ROW_NUMBER() OVER (PARTITION BY o.currency_code ORDER BY SUM(l.cases) DESC, l.sku) AS rk "
  "FROM export_orders o JOIN order_lines l ON l.order_id = o.order_id WHERE o.deleted_at IS NULL AND o.status <> 'cancelled' AND o.ordered_at_utc >= TIMESTAMPTZ '2024-01-01 00:00:00+00' "
  "AND o.ordered_at_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY o.currency_code, l.sku) s WHERE rk <= 3 ORDER BY currency_code, rk", True)
q("order_by", "Which lots were in barrels on 2024-12-31, and how many barrels and litres of each?",
  "A barrel holds a lot on a day when it was filled on or before that day and not emptied by then (emptied_on is exclusive). Return lot_code, number of barrels and litres, most litres first, ties by lot_code.",
  "SELECT l.lot_code, COUNT(*) AS barrels, SUM(f.litres) AS litres FROM barrel_fills f JOIN lots l ON l.lot_id = f.lot_id WHERE f.filled_on <= DATE '2024-12-31' AND (f.emptied_on IS NULL OR f.emptied_on > DATE '2024-12-31') "
  "GROUP BY l.lot_code ORDER BY litres DESC, l.lot_code", True)
q("order_by", "Rank all tanks by the number of accepted fruit deliveries they received over the vintages 2021 to 2024.",
  "Count accepted weighings (rejected and voided excluded) by their receiving tank. Return every tank's current tank_code and the count (0 for a tank without deliveries), highest first, ties by tank_code.",
  f"WITH d AS (SELECT tm.tank_id FROM legacy_weigh_tickets lt JOIN legacy_tank_code_map tm ON tm.old_tank_code = lt.old_tank_code WHERE lt.status_code = 'A' "
  f"UNION ALL SELECT receiving_tank_id FROM {TAGS} t WHERE status = 'accepted' AND vintage BETWEEN 2022 AND 2024) "
  "SELECT k.tank_code, COUNT(d.tank_id) AS deliveries FROM tanks k LEFT JOIN d ON d.tank_id = k.tank_id GROUP BY k.tank_code ORDER BY deliveries DESC, k.tank_code", True)
q("order_by", "Which 5 customers had the largest unpaid invoice balance in EUR at the extract date?",
  "Unpaid = paid_on is NULL (all invoices, whatever their date). Convert each invoice with the rate of its invoiced_on date (EUR unchanged), sum per customer, round to 2 decimals. Return customer_no and unpaid_eur, highest first, ties by customer_no; exactly 5 rows.",
  f"SELECT c.customer_no, ROUND(SUM(i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)), 2) AS unpaid_eur FROM {INV} i JOIN {ORD} o ON o.order_id = i.order_id "
  "JOIN customers c ON c.customer_id = o.customer_id LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code WHERE i.paid_on IS NULL "
  "GROUP BY c.customer_no ORDER BY unpaid_eur DESC, c.customer_no LIMIT 5", True)
q("order_by", "How many cases were shipped in each month of fiscal year 2025?",
  "Shipped, not soft-deleted orders, by the month of shipped_on; cases = sum of the order lines' cases. Return fiscal_month (1 = July), period_start of the month and cases, in fiscal-month order; a month without shipments shows 0.",
  f"SELECT fp.fiscal_month, fp.period_start, COALESCE(SUM(l.cases), 0) AS cases FROM fiscal_periods fp LEFT JOIN {ORD} o ON o.shipped_on BETWEEN fp.period_start AND fp.period_end AND o.status = 'shipped' AND o.deleted_at IS NULL "
  f"LEFT JOIN {LINES} l ON l.order_id = o.order_id WHERE fp.fiscal_year = 2025 GROUP BY fp.fiscal_month, fp.period_start ORDER BY fp.fiscal_month", True)
q("order_by", "Rank the SKUs by the percentage change of their EUR list price per case from 2024-01-01 to 2025-01-01.",
  "Prices valid on each of the two days. Change = 100 * (new - old) / old, rounded to 2 decimals. Return sku, old price, new price and the change, largest change first, ties by sku.",
  "SELECT a.sku, a.price_per_case AS price_2024, b.price_per_case AS price_2025, ROUND(100 * (b.price_per_case - a.price_per_case) / a.price_per_case, 2) AS change_pct "
  "FROM price_list_history a JOIN price_list_history b ON b.sku = a.sku AND b.currency_code = 'EUR' AND b.valid_from <= DATE '2025-01-01' AND (b.valid_to IS NULL OR b.valid_to > DATE '2025-01-01') "
  "WHERE a.currency_code = 'EUR' AND a.valid_from <= DATE '2024-01-01' AND (a.valid_to IS NULL OR a.valid_to > DATE '2024-01-01') ORDER BY change_pct DESC, a.sku", True)

# ------------------------------------------------------------------------------------------- ratio
q("ratio", "For each winery, what percentage of its weigh tags of vintages 2022 to 2024 were rejected?",
  "Percentage = 100 * rejected tags / all tags of the winery in those vintages (counts of tags), rounded to 2 decimals. Return winery_code and the percentage, one row per winery.",
  f"SELECT w.winery_code, ROUND(100.0 * COUNT(*) FILTER (WHERE t.status = 'rejected') / COUNT(*), 2) AS rejected_pct FROM {TAGS} t JOIN wineries w ON w.winery_id = t.winery_id "
  "WHERE t.vintage BETWEEN 2022 AND 2024 GROUP BY w.winery_code")
q("ratio", "What share of the fiscal year 2025 revenue in EUR came from orders in US dollars?",
  "Revenue = sum of line_amount of shipped, not soft-deleted orders with UTC order date in fiscal 2025, each converted with the rate of that UTC order date (EUR unchanged). Return one number: 100 * USD-order revenue / all revenue, rounded to 2 decimals.",
  f"SELECT ROUND(100 * SUM(l.line_amount * {RATE}) FILTER (WHERE o.currency_code = 'USD') / SUM(l.line_amount * {RATE}), 2) FROM export_orders o JOIN order_lines l ON l.order_id = o.order_id {FXO} "
  "WHERE o.status = 'shipped' AND o.deleted_at IS NULL AND o.ordered_at_utc >= TIMESTAMPTZ '2024-07-01 00:00:00+00' AND o.ordered_at_utc < TIMESTAMPTZ '2025-07-01 00:00:00+00'")
q("ratio", "What percentage of the orders of each of the fiscal years 2023, 2024 and 2025 was cancelled?",
  "Orders that are not soft-deleted; fiscal year by the UTC date of ordered_at_utc. Percentage = 100 * cancelled / all such orders of the year, rounded to 2 decimals. Return fiscal_year and the percentage.",
  f"SELECT fp.fiscal_year, ROUND(100.0 * COUNT(*) FILTER (WHERE o.status = 'cancelled') / COUNT(*), 2) AS cancelled_pct FROM {ORD} o JOIN fiscal_periods fp ON {OD} BETWEEN fp.period_start AND fp.period_end "
  "WHERE o.deleted_at IS NULL AND fp.fiscal_year BETWEEN 2023 AND 2025 GROUP BY fp.fiscal_year")
q("ratio", "For each lot of vintage 2021 that was bottled, what percentage of its volume was bottled? Identify the lots by their legacy (old) lot code.",
  "Litres bottled = 9 litres per case of completed bottling runs (voided runs excluded). Percentage = 100 * litres bottled / the lot's volume_l, rounded to 2 decimals. Return old_lot_code and the percentage, one row per lot with completed runs.",
  "SELECT m.old_lot_code, ROUND(100.0 * SUM(br.cases) * 9 / MAX(l.volume_l), 2) AS bottled_pct FROM bottling_runs br JOIN lots l ON l.lot_id = br.lot_id JOIN legacy_lot_code_map m ON m.lot_id = l.lot_id "
  "WHERE br.status = 'completed' AND l.vintage = 2021 GROUP BY m.old_lot_code")
RSV = ("WITH RECURSIVE c(top_id, lot_id, frac) AS (SELECT l.lot_id, l.lot_id, 1.0::numeric FROM lots l WHERE l.vintage = 2023 AND l.lot_code LIKE '%-RSV' "
       "UNION ALL SELECT c.top_id, k.source_lot_id, c.frac * k.volume_l / t.total FROM c JOIN lot_components k ON k.blend_lot_id = c.lot_id "
       "JOIN (SELECT blend_lot_id, SUM(volume_l) AS total FROM lot_components GROUP BY blend_lot_id) t ON t.blend_lot_id = c.lot_id) ")
q("ratio", "What is the grape-variety composition of each reserve blend of vintage 2023 (lots whose code ends in '-RSV')?",
  "Follow the lineage down to single-variety lots through every level: a blend consists of its source lots in proportion to the litres used (volume_l of lot_components over the blend's total component litres), and a source that is itself a blend splits the same way. Return lot_code of the reserve blend, variety_code and its percentage of the blend, rounded to 2 decimals; one row per blend and variety.",
  RSV + "SELECT tl.lot_code, l.variety_code, ROUND(100 * SUM(c.frac), 2) AS pct FROM c JOIN lots l ON l.lot_id = c.lot_id JOIN lots tl ON tl.lot_id = c.top_id WHERE l.lot_type = 'wine' GROUP BY tl.lot_code, l.variety_code")
q("ratio", "For each winery, what share of its accepted vintage 2024 fruit (by weight) came from blocks owned by the group's own estate company?",
  "Owner = owner of the block on the local date of weighing; estate owners have grower_type 'estate'. Percentage = 100 * estate tonnes / all accepted tonnes of the winery, rounded to 2 decimals. Return winery_code and the percentage, one row per winery with vintage 2024 intake.",
  f"SELECT w.winery_code, ROUND(100 * COALESCE(SUM(t.net_tonnes) FILTER (WHERE g.grower_type = 'estate'), 0) / SUM(t.net_tonnes), 2) AS estate_pct FROM weigh_tags t {OH} JOIN growers g ON g.grower_id = oh.grower_id "
  "JOIN wineries w ON w.winery_id = t.winery_id WHERE t.vintage = 2024 AND t.status = 'accepted' GROUP BY w.winery_code")
q("ratio", "For each country's bonded warehouse, what percentage of the litres released in calendar year 2024 was released for export?",
  "Releases are 'out_export' and 'out_duty_paid' movements (losses and bottling entries are not releases); year by the UTC date of the movement. Percentage = 100 * export litres / released litres, rounded to 2 decimals. Return country_code ('PT', 'ZA', 'NZ', 'CL') and the percentage.",
  f"SELECT country_code, ROUND(100 * SUM(litres) FILTER (WHERE movement_type = 'out_export') / SUM(litres), 2) AS export_pct FROM {BOND} b "
  "WHERE movement_type IN ('out_export', 'out_duty_paid') AND moved_at_utc >= TIMESTAMPTZ '2024-01-01 00:00:00+00' AND moved_at_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY country_code")
q("ratio", "For invoices due in fiscal year 2024, what percentage per currency was not paid on time?",
  "Fiscal year by due_on. Not on time = paid after due_on, or not paid at all (paid_on NULL). Paid on the due day is on time. Percentage = 100 * late invoices / all invoices due in the year, rounded to 2 decimals. Return currency_code and the percentage.",
  f"SELECT currency_code, ROUND(100.0 * COUNT(*) FILTER (WHERE paid_on IS NULL OR paid_on > due_on) / COUNT(*), 2) AS late_pct FROM {INV} i WHERE due_on >= DATE '2023-07-01' AND due_on < DATE '2024-07-01' GROUP BY currency_code")
q("ratio", "What was the average revenue in EUR per case for each customer country in fiscal year 2025?",
  "Shipped, not soft-deleted orders with UTC order date in fiscal 2025. Revenue = line_amount converted with the rate of the UTC order date (EUR unchanged). Average = total EUR revenue / total cases of those lines, rounded to 2 decimals. Return the customer country_code and eur_per_case, one row per country with such orders.",
  f"SELECT c.country_code, ROUND(SUM(l.line_amount * {RATE}) / SUM(l.cases), 2) AS eur_per_case FROM export_orders o JOIN order_lines l ON l.order_id = o.order_id {FXO} JOIN customers c ON c.customer_id = o.customer_id "
  "WHERE o.status = 'shipped' AND o.deleted_at IS NULL AND o.ordered_at_utc >= TIMESTAMPTZ '2024-07-01 00:00:00+00' AND o.ordered_at_utc < TIMESTAMPTZ '2025-07-01 00:00:00+00' GROUP BY c.country_code")
q("ratio", "What was the yield in tonnes per hectare of accepted vintage 2024 fruit for each block of the winery 'NZ-MBO'?",
  "Yield = accepted tonnes of the block / area_ha, rounded to 3 decimals. Return block_code and the yield for every block of the winery (0 for a block without accepted fruit).",
  "SELECT b.block_code, ROUND(COALESCE(SUM(t.net_tonnes), 0) / b.area_ha, 3) AS t_per_ha FROM vineyard_blocks b JOIN wineries w ON w.winery_id = b.winery_id "
  "LEFT JOIN weigh_tags t ON t.block_id = b.block_id AND t.vintage = 2024 AND t.status = 'accepted' WHERE w.winery_code = 'NZ-MBO' GROUP BY b.block_code, b.area_ha")

# ------------------------------------------------------------------------------------------- table_join
q("table_join", "For the vintage 2021 fruit of the winery 'ZA-STB', how many accepted deliveries went from each block into each tank?",
  "Accepted weighings only. Identify blocks and tanks by their current codes. Return block_code, tank_code and the number of deliveries, one row per block and tank pair with deliveries.",
  "SELECT b.block_code, k.tank_code, COUNT(*) AS deliveries FROM legacy_weigh_tickets lt JOIN legacy_block_code_map m ON m.old_block_code = lt.old_block_code JOIN vineyard_blocks b ON b.block_id = m.block_id "
  "JOIN wineries w ON w.winery_id = b.winery_id JOIN legacy_tank_code_map tm ON tm.old_tank_code = lt.old_tank_code JOIN tanks k ON k.tank_id = tm.tank_id "
  "WHERE w.winery_code = 'ZA-STB' AND lt.status_code = 'A' GROUP BY b.block_code, k.tank_code")
q("table_join", "Which customers placed no order in the last quarter of fiscal year 2025?",
  "Last quarter = April to June 2025 by the UTC order date. An order counts if it is not soft-deleted (any status). Return customer_no and name of every customer without such an order.",
  "SELECT c.customer_no, c.name FROM customers c LEFT JOIN export_orders o ON o.customer_id = c.customer_id AND o.deleted_at IS NULL AND o.ordered_at_utc >= TIMESTAMPTZ '2025-04-01 00:00:00+00' "
  "AND o.ordered_at_utc < TIMESTAMPTZ '2025-07-01 00:00:00+00' WHERE o.order_id IS NULL")
q("table_join", "Which order lines were charged a unit price below the list price in force when the order was placed?",
  "All orders that are not soft-deleted, any status. The list price is the price of the line's SKU in the order currency valid on the UTC date of ordered_at_utc. Return order_no, line_no, sku, unit_price and the list price_per_case, one row per line.",
  f"SELECT o.order_no, l.line_no, l.sku, l.unit_price, p.price_per_case FROM {ORD} o JOIN {LINES} l ON l.order_id = o.order_id JOIN price_list_history p ON p.sku = l.sku AND p.currency_code = o.currency_code "
  f"AND p.valid_from <= {OD} AND (p.valid_to IS NULL OR p.valid_to > {OD}) WHERE o.deleted_at IS NULL AND l.unit_price < p.price_per_case")
q("table_join", "Who owned each vineyard block, and which variety was planted on it, on 2024-03-01?",
  "Return block_code, the owner's (grower's) name and the variety name valid on 2024-03-01, one row per block (all blocks).",
  "SELECT b.block_code, g.name AS owner, v.name AS variety FROM vineyard_blocks b JOIN block_ownership_history oh ON oh.block_id = b.block_id AND oh.valid_from <= DATE '2024-03-01' AND (oh.valid_to IS NULL OR oh.valid_to > DATE '2024-03-01') "
  "JOIN growers g ON g.grower_id = oh.grower_id JOIN block_variety_history h ON h.block_id = b.block_id AND h.valid_from <= DATE '2024-03-01' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-03-01') "
  "JOIN grape_varieties v ON v.variety_code = h.variety_code")
q("table_join", "Which excise documents belong to the orders shipped in June 2025?",
  "Orders with shipped_on in June 2025 that are not soft-deleted; match the bonded-warehouse movements by order number in the shipping winery's country. Return order_no, the winery's country_code and document_ref, one row per movement.",
  f"SELECT o.order_no, w.country_code, b.document_ref FROM export_orders o JOIN wineries w ON w.winery_id = o.winery_id JOIN {BOND} b ON b.order_no = o.order_no AND b.country_code = w.country_code "
  "WHERE o.deleted_at IS NULL AND o.status = 'shipped' AND o.shipped_on >= DATE '2025-06-01' AND o.shipped_on < DATE '2025-07-01'")
q("table_join", "What was the last lot filled into each barrel?",
  "Last = latest filled_on. Return every barrel's barrel_code, the lot_code of its last fill and that filled_on; a barrel that was never filled shows NULLs.",
  "SELECT b.barrel_code, l.lot_code, f.filled_on FROM barrels b LEFT JOIN (SELECT DISTINCT ON (barrel_id) barrel_id, lot_id, filled_on FROM barrel_fills ORDER BY barrel_id, filled_on DESC) f ON f.barrel_id = b.barrel_id "
  "LEFT JOIN lots l ON l.lot_id = f.lot_id")
q("table_join", "For each tank of the winery 'PT-DOU', how many accepted deliveries and how many tonnes of vintage 2023 fruit did it receive?",
  "Return every tank of the winery: tank_code, the number of accepted deliveries and their tonnes (0 and 0 for a tank without deliveries), tonnes as stored, summed.",
  "SELECT k.tank_code, COUNT(t.tag_id) AS deliveries, COALESCE(SUM(t.net_tonnes), 0) AS tonnes FROM tanks k JOIN wineries w ON w.winery_id = k.winery_id "
  "LEFT JOIN weigh_tags t ON t.receiving_tank_id = k.tank_id AND t.vintage = 2023 AND t.status = 'accepted' WHERE w.winery_code = 'PT-DOU' GROUP BY k.tank_code")
q("table_join", "Which SKUs were bottled from each vintage 2021 lot, and how many cases? Identify the lots by their legacy (old) lot code.",
  "Completed bottling runs only. Return old_lot_code, sku and cases, one row per lot and SKU with bottling.",
  "SELECT m.old_lot_code, br.sku, SUM(br.cases) AS cases FROM bottling_runs br JOIN legacy_lot_code_map m ON m.lot_id = br.lot_id JOIN lots l ON l.lot_id = br.lot_id "
  "WHERE br.status = 'completed' AND l.vintage = 2021 GROUP BY m.old_lot_code, br.sku")
q("table_join", "For each customer invoiced in fiscal year 2025, what was invoiced and how much of it has been paid, in EUR?",
  "Invoices with invoiced_on in fiscal 2025, converted with the rate of invoiced_on (EUR unchanged). Paid = invoices with a paid_on date. Return customer_no, invoiced_eur and paid_eur (0 if nothing paid), both rounded to 2 decimals, one row per customer with such invoices.",
  f"SELECT c.customer_no, ROUND(SUM(i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)), 2) AS invoiced_eur, "
  "ROUND(COALESCE(SUM(i.amount * (CASE WHEN i.currency_code = 'EUR' THEN 1 ELSE x.eur_per_unit END)) FILTER (WHERE i.paid_on IS NOT NULL), 0), 2) AS paid_eur "
  f"FROM {INV} i JOIN {ORD} o ON o.order_id = i.order_id JOIN customers c ON c.customer_id = o.customer_id LEFT JOIN fx_rates x ON x.rate_date = i.invoiced_on AND x.currency_code = i.currency_code "
  "WHERE i.invoiced_on >= DATE '2024-07-01' AND i.invoiced_on < DATE '2025-07-01' GROUP BY c.customer_no")
q("table_join", "Which single-variety lots went, directly or through intermediate blends, into each reserve blend of vintage 2024 (lots whose code ends in '-RSV')?",
  "Follow lot_components through every level. Return the reserve blend's lot_code and the source wine lot's lot_code (lot_type 'wine'), one row per pair.",
  "WITH RECURSIVE c(top_id, lot_id) AS (SELECT lot_id, lot_id FROM lots WHERE vintage = 2024 AND lot_code LIKE '%-RSV' UNION ALL SELECT c.top_id, k.source_lot_id FROM c JOIN lot_components k ON k.blend_lot_id = c.lot_id) "
  "SELECT DISTINCT tl.lot_code AS blend_lot_code, l.lot_code AS source_lot_code FROM c JOIN lots l ON l.lot_id = c.lot_id JOIN lots tl ON tl.lot_id = c.top_id WHERE l.lot_type = 'wine'")

assert len(Q) == 50, len(Q)
with open(ROOT / "questions/winery_ops.jsonl", "w", encoding="utf-8") as fh:
    for i, (cat, diff, qu, ins, gold, order) in enumerate(Q, 1):
        fh.write(json.dumps({"id": f"{DB}-h{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": qu, "instructions": ins,
                             "gold": gold, "order_matters": order, "split": "hard"}, ensure_ascii=False) + "\n")
print(len(Q), "questions")
