-- winery_ops: documented rules of the authoritative tables (staging_*, rpt_*, v_* skipped)
-- rule: fx_rates has no EUR rows (COMMENT ON COLUMN fx_rates.currency_code)
SELECT rate_date, currency_code FROM fx_rates WHERE currency_code NOT IN ('ZAR', 'NZD', 'CLP', 'USD');

-- rule: fx_rates has one row per calendar day and currency from 2022-07-01 to 2025-06-30, no gaps (COMMENT ON TABLE fx_rates)
WITH c AS (SELECT unnest(ARRAY['ZAR','NZD','CLP','USD']) AS cur),
d AS (SELECT generate_series(DATE '2022-07-01', DATE '2025-06-30', INTERVAL '1 day')::date AS day)
SELECT c.cur, d.day FROM c CROSS JOIN d
LEFT JOIN fx_rates f ON f.currency_code = c.cur AND f.rate_date = d.day
GROUP BY 1, 2 HAVING COUNT(f.rate_date) <> 1;

-- rule: fiscal_periods: fiscal year named after its ending year, month 1 = July, quarter = ceil(month/3) (COMMENT ON TABLE fiscal_periods)
SELECT fiscal_year, fiscal_month FROM fiscal_periods
WHERE period_start <> make_date(fiscal_year - CASE WHEN fiscal_month <= 6 THEN 1 ELSE 0 END, ((fiscal_month + 5) % 12) + 1, 1)
   OR period_end <> (period_start + INTERVAL '1 month' - INTERVAL '1 day')::date
   OR fiscal_quarter <> (fiscal_month + 2) / 3;

-- rule: block_variety_history periods of a block do not overlap (valid_to exclusive) (COMMENT ON TABLE block_variety_history)
SELECT a.block_id, a.valid_from, b.valid_from FROM block_variety_history a JOIN block_variety_history b
  ON a.block_id = b.block_id AND a.ctid < b.ctid
 AND a.valid_from < COALESCE(b.valid_to, DATE '9999-12-31') AND b.valid_from < COALESCE(a.valid_to, DATE '9999-12-31');

-- rule: block_variety_history: exactly one current row per block and no gaps between periods (COMMENT ON TABLE block_variety_history)
SELECT block_id FROM block_variety_history GROUP BY block_id
HAVING COUNT(*) FILTER (WHERE valid_to IS NULL) <> 1
    OR COUNT(*) - 1 <> COUNT(*) FILTER (WHERE valid_to IS NOT NULL AND valid_to IN (SELECT h2.valid_from FROM block_variety_history h2 WHERE h2.block_id = block_variety_history.block_id));

-- rule: block_variety_history: the current variety equals vineyard_blocks.variety_code (COMMENT ON TABLE vineyard_blocks)
SELECT b.block_id FROM vineyard_blocks b LEFT JOIN block_variety_history h ON h.block_id = b.block_id AND h.valid_to IS NULL
WHERE h.variety_code IS DISTINCT FROM b.variety_code;

-- rule: block_ownership_history periods of a block do not overlap, one current row per block (COMMENT ON TABLE block_ownership_history)
SELECT a.block_id, a.valid_from FROM block_ownership_history a JOIN block_ownership_history b
  ON a.block_id = b.block_id AND a.ctid < b.ctid
 AND a.valid_from < COALESCE(b.valid_to, DATE '9999-12-31') AND b.valid_from < COALESCE(a.valid_to, DATE '9999-12-31')
UNION ALL
SELECT block_id, NULL FROM block_ownership_history GROUP BY block_id HAVING COUNT(*) FILTER (WHERE valid_to IS NULL) <> 1;

-- rule: every block has an owner on each day from 2015-01-01 on (COMMENT ON TABLE block_ownership_history)
SELECT b.block_id FROM vineyard_blocks b
WHERE NOT EXISTS (SELECT 1 FROM block_ownership_history h WHERE h.block_id = b.block_id AND h.valid_from <= DATE '2015-01-01')
   OR EXISTS (SELECT 1 FROM block_ownership_history h WHERE h.block_id = b.block_id AND h.valid_to IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM block_ownership_history h2 WHERE h2.block_id = h.block_id AND h2.valid_from = h.valid_to));

-- rule: history periods are non-empty: valid_from < valid_to (block_variety_history, block_ownership_history, price_list_history, excise_duty_rates)
SELECT 'variety' AS t, block_id::text FROM block_variety_history WHERE valid_to <= valid_from
UNION ALL SELECT 'owner', block_id::text FROM block_ownership_history WHERE valid_to <= valid_from
UNION ALL SELECT 'price', price_id::text FROM price_list_history WHERE valid_to <= valid_from
UNION ALL SELECT 'excise', country_code FROM excise_duty_rates WHERE valid_to <= valid_from;

-- rule: weigh_tags: reject_reason_code set iff rejected; receiving_tank_id NULL for rejected fruit (COMMENT ON COLUMN weigh_tags.reject_reason_code, receiving_tank_id)
SELECT tag_id FROM weigh_tags
WHERE (status = 'rejected') <> (reject_reason_code IS NOT NULL)
   OR (status = 'rejected' AND receiving_tank_id IS NOT NULL)
   OR (status = 'accepted' AND receiving_tank_id IS NULL);

-- rule: weigh_tags: weighed_at_local is weighed_at_utc in the winery's time zone; vintage = year of the local date; vintages 2023 on (COMMENT ON COLUMN weigh_tags.weighed_at_local, TABLE weigh_tags)
SELECT t.tag_id FROM weigh_tags t JOIN wineries w ON w.winery_id = t.winery_id
WHERE t.weighed_at_local <> (t.weighed_at_utc AT TIME ZONE w.tz_name)
   OR t.vintage <> EXTRACT(YEAR FROM t.weighed_at_local) OR t.vintage < 2023;

-- rule: weigh_tags: the winery is the block's winery, the receiving tank is the winery's (COMMENT ON COLUMN vineyard_blocks.winery_id)
SELECT t.tag_id FROM weigh_tags t JOIN vineyard_blocks b ON b.block_id = t.block_id
LEFT JOIN tanks k ON k.tank_id = t.receiving_tank_id
WHERE b.winery_id <> t.winery_id OR k.winery_id <> t.winery_id;

-- rule: tag_id is unique across weigh_tags and archive_weigh_tags (COMMENT ON COLUMN weigh_tags.tag_id)
SELECT tag_id FROM weigh_tags INTERSECT SELECT tag_id FROM archive_weigh_tags;

-- rule: lots: variety_code set for a 'wine' lot, NULL for a 'blend'; vintages 2021 on (COMMENT ON COLUMN lots.variety_code)
SELECT lot_id FROM lots WHERE (lot_type = 'wine') <> (variety_code IS NOT NULL) OR vintage < 2021;

-- rule: lot_components: the blend lot is of type 'blend', not its own source (COMMENT ON TABLE lot_components)
SELECT c.blend_lot_id, c.source_lot_id FROM lot_components c JOIN lots l ON l.lot_id = c.blend_lot_id
WHERE l.lot_type <> 'blend' OR c.blend_lot_id = c.source_lot_id;

-- rule: barrel_fills: fills of a barrel do not overlap (filled_on inclusive, emptied_on exclusive), emptied_on after filled_on (COMMENT ON TABLE barrel_fills)
SELECT a.fill_id, b.fill_id FROM barrel_fills a JOIN barrel_fills b
  ON a.barrel_id = b.barrel_id AND a.fill_id < b.fill_id
 AND a.filled_on < COALESCE(b.emptied_on, DATE '9999-12-31') AND b.filled_on < COALESCE(a.emptied_on, DATE '9999-12-31')
UNION ALL SELECT fill_id, NULL FROM barrel_fills WHERE emptied_on <= filled_on;

-- rule: no order, shipment, invoice, payment or barrel fill is dated on or after the extract moment 2025-07-01 00:00 UTC
-- (COMMENT ON TABLE export_orders, invoices)
SELECT 'order', order_id::text FROM export_orders WHERE ordered_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR shipped_on >= DATE '2025-07-01'
UNION ALL SELECT 'invoice', invoice_id::text FROM invoices WHERE invoiced_on >= DATE '2025-07-01' OR paid_on >= DATE '2025-07-01'
UNION ALL SELECT 'fill', fill_id::text FROM barrel_fills WHERE filled_on >= DATE '2025-07-01' OR emptied_on >= DATE '2025-07-01';

-- rule: value domains of the authoritative lookups and core tables (column comments: growers.grower_type, grape_varieties.colour,
-- tanks.material, barrels.oak_origin/volume_l, products.wine_style, customers.channel, wineries.winery_code/tz_name)
SELECT 'grower', grower_id::text FROM growers WHERE grower_type NOT IN ('estate', 'contract')
UNION ALL SELECT 'variety', variety_code FROM grape_varieties WHERE colour NOT IN ('red', 'white')
UNION ALL SELECT 'tank', tank_id::text FROM tanks WHERE material NOT IN ('steel', 'concrete', 'lagar')
UNION ALL SELECT 'barrel', barrel_id::text FROM barrels WHERE oak_origin NOT IN ('french', 'american', 'hungarian') OR volume_l NOT IN (225, 228, 300, 500)
UNION ALL SELECT 'product', sku FROM products WHERE wine_style NOT IN ('red', 'white')
UNION ALL SELECT 'customer', customer_id::text FROM customers WHERE channel NOT IN ('importer', 'distributor', 'retail_chain')
UNION ALL SELECT 'winery', winery_code FROM wineries WHERE (winery_code, tz_name) NOT IN (('PT-DOU','Europe/Lisbon'),('ZA-STB','Africa/Johannesburg'),('NZ-MBO','Pacific/Auckland'),('CL-COL','America/Santiago'));

-- rule: one winery per country (COMMENT ON TABLE wineries)
SELECT country_code FROM wineries GROUP BY country_code HAVING COUNT(*) > 1;

-- rule: price_list_history: prices of one SKU and currency do not overlap (COMMENT ON TABLE price_list_history)
SELECT a.price_id, b.price_id FROM price_list_history a JOIN price_list_history b
  ON a.sku = b.sku AND a.currency_code = b.currency_code AND a.price_id < b.price_id
 AND a.valid_from < COALESCE(b.valid_to, DATE '9999-12-31') AND b.valid_from < COALESCE(a.valid_to, DATE '9999-12-31');

-- rule: excise_duty_rates of a country do not overlap (COMMENT ON TABLE excise_duty_rates)
SELECT a.country_code, a.valid_from FROM excise_duty_rates a JOIN excise_duty_rates b
  ON a.country_code = b.country_code AND a.valid_from < b.valid_from
 AND b.valid_from < COALESCE(a.valid_to, DATE '9999-12-31');

-- rule: export_orders: ordered on or after 2023-07-01 00:00 UTC; shipped_on set iff status 'shipped' (COMMENT ON TABLE export_orders, COLUMN shipped_on)
SELECT order_id FROM export_orders WHERE ordered_at_utc < TIMESTAMPTZ '2023-07-01 00:00+00' OR (status = 'shipped') <> (shipped_on IS NOT NULL);

-- rule: export_orders: currency = customer's billing currency; ordered_at_local = ordered_at_utc in the winery's zone (COMMENT ON COLUMN export_orders.currency_code, ordered_at_local)
SELECT o.order_id FROM export_orders o JOIN customers c ON c.customer_id = o.customer_id JOIN wineries w ON w.winery_id = o.winery_id
WHERE o.currency_code <> c.billing_currency OR o.ordered_at_local <> (o.ordered_at_utc AT TIME ZONE w.tz_name);

-- rule: export_orders: shipped on or after the UTC order date (timestamps in order)
SELECT order_id FROM export_orders WHERE shipped_on < (ordered_at_utc AT TIME ZONE 'UTC')::date;

-- rule: every order has at least one line (COMMENT ON TABLE export_orders)
SELECT o.order_id FROM export_orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id);

-- rule: order_lines: line_amount = ROUND(cases * unit_price * (1 - discount_pct/100), 2), discount 0, 5 or 10 (COMMENT ON COLUMN order_lines.line_amount, discount_pct)
SELECT order_id, line_no FROM order_lines
WHERE line_amount <> ROUND(cases * unit_price * (1 - discount_pct / 100), 2) OR discount_pct NOT IN (0, 5, 10) OR cases <= 0;

-- rule: order_lines: every SKU of an order is the shipping winery's (COMMENT ON COLUMN export_orders.winery_id)
SELECT l.order_id, l.line_no FROM order_lines l JOIN export_orders o ON o.order_id = l.order_id JOIN products p ON p.sku = l.sku
WHERE p.winery_id <> o.winery_id;

-- rule: invoices: one invoice per shipped order, none for an unshipped one (COMMENT ON COLUMN invoices.order_id)
SELECT o.order_id FROM export_orders o LEFT JOIN invoices i ON i.order_id = o.order_id
WHERE o.deleted_at IS NULL GROUP BY o.order_id, o.status HAVING COUNT(i.invoice_id) <> CASE WHEN o.status = 'shipped' THEN 1 ELSE 0 END;

-- rule: invoices: invoiced_on = shipping day, due_on = invoiced_on + 60, paid_on not before invoiced_on (COMMENT ON COLUMN invoices.invoiced_on, due_on)
SELECT i.invoice_id FROM invoices i JOIN export_orders o ON o.order_id = i.order_id
WHERE i.invoiced_on IS DISTINCT FROM o.shipped_on OR i.due_on <> i.invoiced_on + 60 OR i.paid_on < i.invoiced_on;

-- rule: invoices: amount = the order's revenue (sum of line_amount) and currency = the order's (COMMENT ON COLUMN invoices.amount)
SELECT i.invoice_id FROM invoices i JOIN export_orders o ON o.order_id = i.order_id
WHERE i.currency_code <> o.currency_code
   OR i.amount <> (SELECT SUM(l.line_amount) FROM order_lines l WHERE l.order_id = i.order_id);

-- rule: invoice_id and order_id are unique across live and archive tables (COMMENT ON COLUMN invoices.invoice_id, export_orders.order_id)
SELECT 'invoice', invoice_id FROM invoices WHERE invoice_id IN (SELECT invoice_id FROM archive_invoices)
UNION ALL SELECT 'order', order_id FROM export_orders WHERE order_id IN (SELECT order_id FROM archive_export_orders);

-- rule: bottling_runs: status 'completed' or 'voided', cases positive, the lot is of the SKU's winery (COMMENT ON TABLE bottling_runs)
SELECT r.run_id FROM bottling_runs r JOIN lots l ON l.lot_id = r.lot_id JOIN products p ON p.sku = r.sku
WHERE r.cases <= 0 OR l.winery_id <> p.winery_id;

-- rule: each line of a shipped, not soft-deleted order has exactly one out_export/out_duty_paid movement with its order_no; deleted orders have none (COMMENT ON TABLE bond_movements_*)
WITH m AS (
  SELECT order_no, sku, vintage, cases FROM bond_movements_pt WHERE movement_type IN ('out_export','out_duty_paid') AND order_no IS NOT NULL
  UNION ALL SELECT order_no, sku, vintage, cases FROM bond_movements_za WHERE movement_type IN ('out_export','out_duty_paid') AND order_no IS NOT NULL
  UNION ALL SELECT order_no, sku, vintage, cases FROM bond_movements_nz WHERE movement_type IN ('out_export','out_duty_paid') AND order_no IS NOT NULL
  UNION ALL SELECT order_no, sku, vintage, cases FROM bond_movements_cl WHERE movement_type IN ('out_export','out_duty_paid') AND order_no IS NOT NULL),
lines AS (SELECT o.order_no, COUNT(*) AS n FROM export_orders o JOIN order_lines l ON l.order_id = o.order_id
          WHERE o.status = 'shipped' AND o.deleted_at IS NULL GROUP BY o.order_no),
mv AS (SELECT order_no, COUNT(*) AS n FROM m GROUP BY order_no)
SELECT l.order_no, l.n, mv.n FROM lines l LEFT JOIN mv ON mv.order_no = l.order_no WHERE mv.n IS DISTINCT FROM l.n
UNION ALL
SELECT o.order_no, 0, mv.n FROM export_orders o JOIN mv ON mv.order_no = o.order_no WHERE o.deleted_at IS NOT NULL OR o.status <> 'shipped';

-- rule: bond movements: cases always positive (COMMENT ON COLUMN bond_movements_*.cases)
SELECT 'pt', movement_id FROM bond_movements_pt WHERE cases <= 0
UNION ALL SELECT 'za', movement_id FROM bond_movements_za WHERE cases <= 0
UNION ALL SELECT 'nz', movement_id FROM bond_movements_nz WHERE cases <= 0
UNION ALL SELECT 'cl', movement_id FROM bond_movements_cl WHERE cases <= 0;

-- rule: bottling_runs: no run on or after the extract date 2025-07-01 (COMMENT ON TABLE bottling_runs)
SELECT run_id, run_code, bottled_on FROM bottling_runs WHERE bottled_on >= DATE '2025-07-01';

-- rule: bond movements: every movement is from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC, nothing on or after it
-- (COMMENT ON TABLE bond_movements_*)
SELECT 'pt', movement_id, moved_at_utc FROM bond_movements_pt WHERE moved_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR moved_at_utc < TIMESTAMPTZ '2022-07-01 00:00+00'
UNION ALL SELECT 'za', movement_id, moved_at_utc FROM bond_movements_za WHERE moved_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR moved_at_utc < TIMESTAMPTZ '2022-07-01 00:00+00'
UNION ALL SELECT 'nz', movement_id, moved_at_utc FROM bond_movements_nz WHERE moved_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR moved_at_utc < TIMESTAMPTZ '2022-07-01 00:00+00'
UNION ALL SELECT 'cl', movement_id, moved_at_utc FROM bond_movements_cl WHERE moved_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR moved_at_utc < TIMESTAMPTZ '2022-07-01 00:00+00';

-- rule: a soft-deleted order has no invoice (COMMENT ON COLUMN export_orders.deleted_at, archive_export_orders.deleted_at)
SELECT 'live' AS src, i.invoice_id FROM invoices i JOIN export_orders o ON o.order_id = i.order_id WHERE o.deleted_at IS NOT NULL
UNION ALL SELECT 'archive', i.invoice_id FROM archive_invoices i JOIN archive_export_orders o ON o.order_id = i.order_id WHERE o.deleted_at IS NOT NULL;
