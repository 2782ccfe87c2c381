-- winery_ops: operations database of a wine estate group (hard split, schema-scale design).
-- DDL only; rows come from generate.py. Written by bench/hard/winery_ops/build_schema.py from generate.TABLES.

CREATE TABLE countries (
    country_code char(2) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE countries IS 'Lookup: ISO 3166-1 alpha-2 countries of wineries, growers and customers.';
COMMENT ON COLUMN countries.country_code IS 'ISO 3166-1 alpha-2 code, e.g. ''PT'', ''ZA'', ''NZ'', ''CL'', ''US''.';
COMMENT ON COLUMN countries.name IS 'English country name.';

CREATE TABLE currencies (
    currency_code char(3) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE currencies IS 'Lookup: currencies of orders, invoices, price lists and excise. Amounts are converted to EUR with fx_rates (the only authoritative rate table).';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217 code: ''EUR'', ''ZAR'', ''NZD'', ''CLP'', ''USD''.';
COMMENT ON COLUMN currencies.name IS 'Currency name.';

CREATE TABLE fx_rates (
    rate_date date NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    eur_per_unit numeric(14,8) NOT NULL,
    PRIMARY KEY (rate_date, currency_code)
);
COMMENT ON TABLE fx_rates IS 'AUTHORITATIVE daily exchange rates to EUR, one row per calendar day (weekends included, no gaps) and non-EUR currency (''ZAR'', ''NZD'', ''CLP'', ''USD'') from 2022-07-01 to 2025-06-30. EUR itself has NO rows: an amount in EUR is already in EUR (rate 1). To convert an amount in currency X dated day D, multiply by eur_per_unit of (D, X). staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg must not be used for conversions.';
COMMENT ON COLUMN fx_rates.rate_date IS 'Calendar day the rate applies to.';
COMMENT ON COLUMN fx_rates.currency_code IS 'Currency converted: ''ZAR'', ''NZD'', ''CLP'' or ''USD'' (never ''EUR'').';
COMMENT ON COLUMN fx_rates.eur_per_unit IS 'Euros per one unit of the currency on that day.';

CREATE TABLE fiscal_periods (
    fiscal_year integer NOT NULL,
    fiscal_month integer NOT NULL,
    fiscal_quarter integer NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    PRIMARY KEY (fiscal_year, fiscal_month)
);
COMMENT ON TABLE fiscal_periods IS 'AUTHORITATIVE fiscal calendar of the group. The fiscal year runs 1 July to 30 June and is named after the calendar year in which it ENDS: fiscal year 2025 = 2024-07-01 .. 2025-06-30. One row per fiscal month. Rows cover fiscal years 2023 to 2026. Note that a vintage (harvest year) is not a fiscal year: a southern-hemisphere vintage 2024 is harvested in fiscal 2024, the Douro vintage 2024 (September) in fiscal 2025.';
COMMENT ON COLUMN fiscal_periods.fiscal_year IS 'Fiscal year, named after the calendar year in which it ends.';
COMMENT ON COLUMN fiscal_periods.fiscal_month IS 'Month of the fiscal year 1..12 (1 = July, 12 = June).';
COMMENT ON COLUMN fiscal_periods.fiscal_quarter IS 'Quarter 1..4 (Q1 = July-September).';
COMMENT ON COLUMN fiscal_periods.period_start IS 'First day of the month (inclusive).';
COMMENT ON COLUMN fiscal_periods.period_end IS 'Last day of the month (inclusive).';

CREATE TABLE wineries (
    winery_id integer PRIMARY KEY,
    winery_code text NOT NULL UNIQUE CHECK (winery_code IN ('CL-COL', 'NZ-MBO', 'PT-DOU', 'ZA-STB')),
    name text NOT NULL,
    wine_region text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    tz_name text NOT NULL,
    local_currency char(3) NOT NULL REFERENCES currencies (currency_code)
);
COMMENT ON TABLE wineries IS 'AUTHORITATIVE wineries (cellars) of the group, one per country. Local wall-clock columns elsewhere are in the winery''s time zone.';
COMMENT ON COLUMN wineries.winery_id IS 'Surrogate key.';
COMMENT ON COLUMN wineries.winery_code IS 'Code ''<country>-<area>'': ''PT-DOU'', ''ZA-STB'', ''NZ-MBO'', ''CL-COL''.';
COMMENT ON COLUMN wineries.name IS 'Trading name of the winery.';
COMMENT ON COLUMN wineries.wine_region IS 'Wine region and sub-region.';
COMMENT ON COLUMN wineries.country_code IS 'Country of the winery (also decides its bonded-warehouse table bond_movements_<pt|za|nz|cl>).';
COMMENT ON COLUMN wineries.tz_name IS 'IANA time zone of the winery (''Europe/Lisbon'', ''Africa/Johannesburg'', ''Pacific/Auckland'', ''America/Santiago'').';
COMMENT ON COLUMN wineries.local_currency IS 'Currency of the winery''s country.';

CREATE TABLE grape_varieties (
    variety_code text PRIMARY KEY,
    name text NOT NULL,
    colour text NOT NULL CHECK (colour IN ('red', 'white'))
);
COMMENT ON TABLE grape_varieties IS 'Lookup of grape varieties.';
COMMENT ON COLUMN grape_varieties.variety_code IS 'Short code, e.g. ''TN'' Touriga Nacional, ''SB'' Sauvignon Blanc, ''CM'' Carmenère.';
COMMENT ON COLUMN grape_varieties.name IS 'Variety name.';
COMMENT ON COLUMN grape_varieties.colour IS '''red'' or ''white''.';

CREATE TABLE growers (
    grower_id integer PRIMARY KEY,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    grower_type text NOT NULL CHECK (grower_type IN ('contract', 'estate'))
);
COMMENT ON TABLE growers IS 'AUTHORITATIVE growers (owners of vineyard blocks): the group''s own estate companies (grower_type ''estate'') and independent contract growers.';
COMMENT ON COLUMN growers.grower_id IS 'Surrogate key.';
COMMENT ON COLUMN growers.name IS 'Legal name; may contain apostrophes and non-ASCII letters.';
COMMENT ON COLUMN growers.country_code IS 'Country.';
COMMENT ON COLUMN growers.grower_type IS '''estate'' (the group''s own company) or ''contract'' (independent grower selling fruit under contract).';

CREATE TABLE vineyard_blocks (
    block_id integer PRIMARY KEY,
    block_code text NOT NULL UNIQUE,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    block_name text NOT NULL,
    area_ha numeric(6,2) NOT NULL,
    planted_year integer NOT NULL,
    variety_code text NOT NULL REFERENCES grape_varieties (variety_code),
    is_active boolean NOT NULL
);
COMMENT ON TABLE vineyard_blocks IS 'AUTHORITATIVE vineyard blocks supplying the wineries. variety_code is the CURRENT variety only (blocks are sometimes regrafted); the variety planted on a given date is in block_variety_history. The owner is in block_ownership_history.';
COMMENT ON COLUMN vineyard_blocks.block_id IS 'Surrogate key.';
COMMENT ON COLUMN vineyard_blocks.block_code IS 'Current block code ''<winery_code>-B<nn>'', e.g. ''NZ-MBO-B03''.';
COMMENT ON COLUMN vineyard_blocks.winery_id IS 'Winery the block delivers to.';
COMMENT ON COLUMN vineyard_blocks.block_name IS 'Local name of the block.';
COMMENT ON COLUMN vineyard_blocks.area_ha IS 'Planted area in hectares.';
COMMENT ON COLUMN vineyard_blocks.planted_year IS 'Year the vines were first planted.';
COMMENT ON COLUMN vineyard_blocks.variety_code IS 'CURRENT variety (after any regrafting).';
COMMENT ON COLUMN vineyard_blocks.is_active IS 'false for a block no longer harvested.';

CREATE TABLE block_variety_history (
    block_id integer NOT NULL REFERENCES vineyard_blocks (block_id),
    variety_code text NOT NULL REFERENCES grape_varieties (variety_code),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (block_id, valid_from)
);
COMMENT ON TABLE block_variety_history IS 'AUTHORITATIVE variety planted on each block over time: valid_from inclusive, valid_to exclusive, valid_to NULL for the current variety. Every block has exactly one row valid on each day from its planting on. Fruit weighed on day D came from the variety valid on D.';
COMMENT ON COLUMN block_variety_history.block_id IS 'The block.';
COMMENT ON COLUMN block_variety_history.variety_code IS 'Variety planted in the period.';
COMMENT ON COLUMN block_variety_history.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN block_variety_history.valid_to IS 'First day no longer valid (exclusive); NULL = current.';

CREATE TABLE block_ownership_history (
    block_id integer NOT NULL REFERENCES vineyard_blocks (block_id),
    grower_id integer NOT NULL REFERENCES growers (grower_id),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (block_id, valid_from)
);
COMMENT ON TABLE block_ownership_history IS 'AUTHORITATIVE owner of each block over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current owner. Every block has exactly one row valid on each day from 2015-01-01 on. Fruit weighed on day D belongs to the owner valid on D.';
COMMENT ON COLUMN block_ownership_history.block_id IS 'The block.';
COMMENT ON COLUMN block_ownership_history.grower_id IS 'Owner in the period.';
COMMENT ON COLUMN block_ownership_history.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN block_ownership_history.valid_to IS 'First day no longer valid (exclusive); NULL = current.';

CREATE TABLE reject_reasons (
    reason_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE reject_reasons IS 'Lookup of weigh-tag rejection reason codes.';
COMMENT ON COLUMN reject_reasons.reason_code IS '''MOG'', ''ROT'', ''BRIX'', ''TEMP''.';
COMMENT ON COLUMN reject_reasons.description IS 'Meaning.';

CREATE TABLE tanks (
    tank_id integer PRIMARY KEY,
    tank_code text NOT NULL UNIQUE,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    capacity_l integer NOT NULL,
    material text NOT NULL
);
COMMENT ON TABLE tanks IS 'AUTHORITATIVE fermentation and storage tanks with their CURRENT codes (the legacy cellar system used other codes, see legacy_tank_code_map).';
COMMENT ON COLUMN tanks.tank_id IS 'Surrogate key.';
COMMENT ON COLUMN tanks.tank_code IS 'Current code ''<short>-T<nn>'', e.g. ''DOU-T03''.';
COMMENT ON COLUMN tanks.winery_id IS 'Winery.';
COMMENT ON COLUMN tanks.capacity_l IS 'Capacity in litres.';
COMMENT ON COLUMN tanks.material IS '''steel'', ''concrete'' or ''lagar'' (open granite treading tank).';

CREATE TABLE weigh_tags (
    tag_id integer PRIMARY KEY,
    tag_no text NOT NULL UNIQUE,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    block_id integer NOT NULL REFERENCES vineyard_blocks (block_id),
    vintage integer NOT NULL,
    weighed_at_utc timestamptz NOT NULL,
    weighed_at_local timestamp NOT NULL,
    net_tonnes numeric(7,3) NOT NULL,
    brix numeric(4,1) NOT NULL,
    status text NOT NULL CHECK (status IN ('accepted', 'rejected')),
    reject_reason_code text REFERENCES reject_reasons (reason_code),
    receiving_tank_id integer REFERENCES tanks (tank_id)
);
COMMENT ON TABLE weigh_tags IS 'AUTHORITATIVE harvest intake weigh tags of vintages 2023 onwards (vintage 2025 of the Douro is not harvested yet at the extract date 2025-07-01). Vintage 2022 tags were moved to archive_weigh_tags; vintage 2021 and earlier exist only in the legacy cellar system (legacy_weigh_tickets).';
COMMENT ON COLUMN weigh_tags.tag_id IS 'Surrogate key, unique across weigh_tags and archive_weigh_tags.';
COMMENT ON COLUMN weigh_tags.tag_no IS 'Printed tag number ''<short>-<vintage>-<nnnn>''.';
COMMENT ON COLUMN weigh_tags.winery_id IS 'Receiving winery.';
COMMENT ON COLUMN weigh_tags.block_id IS 'Block the fruit came from.';
COMMENT ON COLUMN weigh_tags.vintage IS 'Vintage = calendar year of the harvest.';
COMMENT ON COLUMN weigh_tags.weighed_at_utc IS 'Moment the truck was weighed (UTC).';
COMMENT ON COLUMN weigh_tags.weighed_at_local IS 'Same moment as wall-clock time of the winery''s time zone.';
COMMENT ON COLUMN weigh_tags.net_tonnes IS 'Net fruit weight in metric tonnes (gross minus tare).';
COMMENT ON COLUMN weigh_tags.brix IS 'Sugar reading in degrees Brix at the weighbridge.';
COMMENT ON COLUMN weigh_tags.status IS '''accepted'' or ''rejected'' (fruit refused, not crushed, not paid).';
COMMENT ON COLUMN weigh_tags.reject_reason_code IS 'Reason when status = ''rejected'', else NULL.';
COMMENT ON COLUMN weigh_tags.receiving_tank_id IS 'Tank the must went to; NULL for rejected fruit.';

CREATE TABLE archive_weigh_tags (
    tag_id integer PRIMARY KEY,
    tag_no text NOT NULL,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    block_id integer NOT NULL REFERENCES vineyard_blocks (block_id),
    vintage integer NOT NULL,
    weighed_at_utc timestamptz NOT NULL,
    weighed_at_local timestamp NOT NULL,
    net_tonnes numeric(7,3) NOT NULL,
    brix numeric(4,1) NOT NULL,
    status text NOT NULL CHECK (status IN ('accepted', 'rejected')),
    reject_reason_code text REFERENCES reject_reasons (reason_code),
    receiving_tank_id integer REFERENCES tanks (tank_id),
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_weigh_tags IS 'ARCHIVE of vintage 2022 weigh tags, moved out of weigh_tags on 2023-06-30 (same columns plus archived_at). Together with weigh_tags it is the complete intake record from vintage 2022; vintage 2021 is in legacy_weigh_tickets.';
COMMENT ON COLUMN archive_weigh_tags.tag_id IS 'Surrogate key, unique across weigh_tags and archive_weigh_tags.';
COMMENT ON COLUMN archive_weigh_tags.tag_no IS 'Printed tag number ''<short>-<vintage>-<nnnn>''.';
COMMENT ON COLUMN archive_weigh_tags.winery_id IS 'Receiving winery.';
COMMENT ON COLUMN archive_weigh_tags.block_id IS 'Block the fruit came from.';
COMMENT ON COLUMN archive_weigh_tags.vintage IS 'Vintage = calendar year of the harvest.';
COMMENT ON COLUMN archive_weigh_tags.weighed_at_utc IS 'Moment the truck was weighed (UTC).';
COMMENT ON COLUMN archive_weigh_tags.weighed_at_local IS 'Same moment as wall-clock time of the winery''s time zone.';
COMMENT ON COLUMN archive_weigh_tags.net_tonnes IS 'Net fruit weight in metric tonnes (gross minus tare).';
COMMENT ON COLUMN archive_weigh_tags.brix IS 'Sugar reading in degrees Brix at the weighbridge.';
COMMENT ON COLUMN archive_weigh_tags.status IS '''accepted'' or ''rejected'' (fruit refused, not crushed, not paid).';
COMMENT ON COLUMN archive_weigh_tags.reject_reason_code IS 'Reason when status = ''rejected'', else NULL.';
COMMENT ON COLUMN archive_weigh_tags.receiving_tank_id IS 'Tank the must went to; NULL for rejected fruit.';
COMMENT ON COLUMN archive_weigh_tags.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE barrels (
    barrel_id integer PRIMARY KEY,
    barrel_code text NOT NULL UNIQUE,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    cooperage text NOT NULL,
    oak_origin text NOT NULL CHECK (oak_origin IN ('american', 'french', 'hungarian')),
    volume_l integer NOT NULL,
    first_fill_year integer NOT NULL
);
COMMENT ON TABLE barrels IS 'AUTHORITATIVE oak barrels of the wineries.';
COMMENT ON COLUMN barrels.barrel_id IS 'Surrogate key.';
COMMENT ON COLUMN barrels.barrel_code IS 'Code ''<short>-B<nnn>''.';
COMMENT ON COLUMN barrels.winery_id IS 'Winery.';
COMMENT ON COLUMN barrels.cooperage IS 'Cooperage that made the barrel.';
COMMENT ON COLUMN barrels.oak_origin IS '''french'', ''american'' or ''hungarian''.';
COMMENT ON COLUMN barrels.volume_l IS 'Nominal volume in litres (225, 228, 300 or 500).';
COMMENT ON COLUMN barrels.first_fill_year IS 'Year of the first fill.';

CREATE TABLE lots (
    lot_id integer PRIMARY KEY,
    lot_code text NOT NULL UNIQUE,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    vintage integer NOT NULL,
    lot_type text NOT NULL CHECK (lot_type IN ('wine', 'blend')),
    variety_code text REFERENCES grape_varieties (variety_code),
    created_on date NOT NULL,
    volume_l numeric(10,1) NOT NULL
);
COMMENT ON TABLE lots IS 'AUTHORITATIVE wine lots (the cellar''s unit of wine). lot_type ''wine'' = single-variety lot made from the fruit of one vintage; ''blend'' = lot assembled from other lots (see lot_components). Lots exist from vintage 2021 on. Reserve blends (codes ending ''-RSV'') are assembled in the year after the harvest; vintage 2025 has none yet. Lots of vintages 2021 and 2022 had other codes in the legacy cellar system (legacy_lot_code_map).';
COMMENT ON COLUMN lots.lot_id IS 'Surrogate key.';
COMMENT ON COLUMN lots.lot_code IS 'Current lot code ''<short>-<yy>-<suffix>''.';
COMMENT ON COLUMN lots.winery_id IS 'Winery.';
COMMENT ON COLUMN lots.vintage IS 'Vintage of the wine.';
COMMENT ON COLUMN lots.lot_type IS '''wine'' or ''blend''.';
COMMENT ON COLUMN lots.variety_code IS 'Variety of a ''wine'' lot; NULL for a ''blend''.';
COMMENT ON COLUMN lots.created_on IS 'Day the lot was created (first crush, or blending day).';
COMMENT ON COLUMN lots.volume_l IS 'Volume in litres when the lot was created.';

CREATE TABLE lot_components (
    blend_lot_id integer NOT NULL REFERENCES lots (lot_id),
    source_lot_id integer NOT NULL REFERENCES lots (lot_id),
    volume_l numeric(10,1) NOT NULL,
    blended_on date NOT NULL,
    PRIMARY KEY (blend_lot_id, source_lot_id)
);
COMMENT ON TABLE lot_components IS 'AUTHORITATIVE lot lineage: which source lots went into which blend lot, and how many litres. A source can itself be a blend (several levels).';
COMMENT ON COLUMN lot_components.blend_lot_id IS 'The blend lot made.';
COMMENT ON COLUMN lot_components.source_lot_id IS 'A lot that went into it.';
COMMENT ON COLUMN lot_components.volume_l IS 'Litres of the source lot used in the blend.';
COMMENT ON COLUMN lot_components.blended_on IS 'Blending day.';

CREATE TABLE barrel_fills (
    fill_id integer PRIMARY KEY,
    barrel_id integer NOT NULL REFERENCES barrels (barrel_id),
    lot_id integer NOT NULL REFERENCES lots (lot_id),
    filled_on date NOT NULL,
    emptied_on date,
    litres numeric(6,1) NOT NULL
);
COMMENT ON TABLE barrel_fills IS 'AUTHORITATIVE barrel occupancy: one row per period a lot was in a barrel. filled_on inclusive, emptied_on exclusive (the barrel is empty from emptied_on); emptied_on NULL = still in the barrel.';
COMMENT ON COLUMN barrel_fills.fill_id IS 'Surrogate key.';
COMMENT ON COLUMN barrel_fills.barrel_id IS 'Barrel.';
COMMENT ON COLUMN barrel_fills.lot_id IS 'Lot in the barrel.';
COMMENT ON COLUMN barrel_fills.filled_on IS 'Fill day (inclusive).';
COMMENT ON COLUMN barrel_fills.emptied_on IS 'Day the barrel was emptied (exclusive); NULL = still full.';
COMMENT ON COLUMN barrel_fills.litres IS 'Litres put into the barrel.';

CREATE TABLE lab_analyses (
    sample_id integer PRIMARY KEY,
    lot_id integer NOT NULL REFERENCES lots (lot_id),
    sampled_on date NOT NULL,
    alcohol_pct numeric(4,2) NOT NULL,
    ph numeric(3,2) NOT NULL,
    ta_g_l numeric(4,2) NOT NULL,
    residual_sugar_g_l numeric(5,2) NOT NULL
);
COMMENT ON TABLE lab_analyses IS 'AUTHORITATIVE laboratory analyses of lots (several samples per lot over time).';
COMMENT ON COLUMN lab_analyses.sample_id IS 'Surrogate key.';
COMMENT ON COLUMN lab_analyses.lot_id IS 'Lot sampled.';
COMMENT ON COLUMN lab_analyses.sampled_on IS 'Sampling day.';
COMMENT ON COLUMN lab_analyses.alcohol_pct IS 'Alcohol, % by volume.';
COMMENT ON COLUMN lab_analyses.ph IS 'pH.';
COMMENT ON COLUMN lab_analyses.ta_g_l IS 'Titratable acidity, g/L.';
COMMENT ON COLUMN lab_analyses.residual_sugar_g_l IS 'Residual sugar, g/L.';

CREATE TABLE products (
    sku text PRIMARY KEY,
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    label_name text NOT NULL,
    wine_style text NOT NULL,
    variety_code text REFERENCES grape_varieties (variety_code)
);
COMMENT ON TABLE products IS 'AUTHORITATIVE sellable wines (SKUs). One SKU is sold across vintages; the vintage is given per order line and bottling run. All SKUs are cases of 12 x 750 ml (9 litres per case).';
COMMENT ON COLUMN products.sku IS 'Stock-keeping unit, e.g. ''AWR-SAB''.';
COMMENT ON COLUMN products.winery_id IS 'Producing winery.';
COMMENT ON COLUMN products.label_name IS 'Label name.';
COMMENT ON COLUMN products.wine_style IS '''red'' or ''white''.';
COMMENT ON COLUMN products.variety_code IS 'Varietal wine''s variety; NULL for a blend label.';

CREATE TABLE bottling_runs (
    run_id integer PRIMARY KEY,
    run_code text NOT NULL UNIQUE,
    lot_id integer NOT NULL REFERENCES lots (lot_id),
    sku text NOT NULL REFERENCES products (sku),
    vintage integer NOT NULL,
    bottled_on date NOT NULL,
    cases integer NOT NULL,
    status text NOT NULL CHECK (status IN ('completed', 'voided'))
);
COMMENT ON TABLE bottling_runs IS 'AUTHORITATIVE bottling runs (none on or after the extract date 2025-07-01). A voided run (status ''voided'') was entered by mistake and did not happen; it is re-entered as a new run.';
COMMENT ON COLUMN bottling_runs.run_id IS 'Surrogate key.';
COMMENT ON COLUMN bottling_runs.run_code IS 'Run code.';
COMMENT ON COLUMN bottling_runs.lot_id IS 'Lot bottled.';
COMMENT ON COLUMN bottling_runs.sku IS 'SKU filled.';
COMMENT ON COLUMN bottling_runs.vintage IS 'Vintage on the label.';
COMMENT ON COLUMN bottling_runs.bottled_on IS 'Bottling day (local date at the winery).';
COMMENT ON COLUMN bottling_runs.cases IS 'Cases of 12 x 750 ml produced.';
COMMENT ON COLUMN bottling_runs.status IS '''completed'' or ''voided''.';

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    customer_no text NOT NULL UNIQUE,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    billing_currency char(3) NOT NULL REFERENCES currencies (currency_code),
    channel text NOT NULL CHECK (channel IN ('distributor', 'importer', 'retail_chain'))
);
COMMENT ON TABLE customers IS 'AUTHORITATIVE customers (importers, distributors, retail chains). Orders are in the customer''s billing currency.';
COMMENT ON COLUMN customers.customer_id IS 'Surrogate key.';
COMMENT ON COLUMN customers.customer_no IS 'Customer number ''CU-<nnnn>''.';
COMMENT ON COLUMN customers.name IS 'Company name; may contain apostrophes, ''&'' and non-ASCII letters.';
COMMENT ON COLUMN customers.country_code IS 'Country of the customer (delivery country).';
COMMENT ON COLUMN customers.billing_currency IS 'Currency of its orders and invoices.';
COMMENT ON COLUMN customers.channel IS '''importer'', ''distributor'' or ''retail_chain''.';

CREATE TABLE price_list_history (
    price_id integer PRIMARY KEY,
    sku text NOT NULL REFERENCES products (sku),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    price_per_case numeric(12,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE price_list_history IS 'AUTHORITATIVE list prices per case by SKU and currency over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. The list price applying to an order is the one valid on the UTC date of ordered_at_utc. v_current_prices is a stale snapshot.';
COMMENT ON COLUMN price_list_history.price_id IS 'Surrogate key.';
COMMENT ON COLUMN price_list_history.sku IS 'SKU.';
COMMENT ON COLUMN price_list_history.currency_code IS 'Currency of the price.';
COMMENT ON COLUMN price_list_history.price_per_case IS 'List price of one case in that currency.';
COMMENT ON COLUMN price_list_history.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN price_list_history.valid_to IS 'First day no longer valid (exclusive); NULL = current.';

CREATE TABLE export_orders (
    order_id integer PRIMARY KEY,
    order_no text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    ordered_at_utc timestamptz NOT NULL,
    ordered_at_local timestamp NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    status text NOT NULL CHECK (status IN ('cancelled', 'confirmed', 'shipped')),
    shipped_on date,
    deleted_at timestamptz,
    CHECK ((status = 'shipped') = (shipped_on IS NOT NULL))
);
COMMENT ON TABLE export_orders IS 'AUTHORITATIVE sales orders with ordered_at_utc on or after 2023-07-01 00:00 UTC (fiscal 2024 onwards). Older orders (from 2022-07-01) were moved to archive_export_orders with their lines and invoices. Soft-deleted rows (deleted_at set) must be ignored. Every order has at least one line. Data extract moment: 2025-07-01 00:00 UTC; nothing (order, shipment, invoice, payment, bond movement, barrel fill) is dated on or after it.';
COMMENT ON COLUMN export_orders.order_id IS 'Surrogate key, unique across export_orders and archive_export_orders.';
COMMENT ON COLUMN export_orders.order_no IS 'Order number ''SO-<yyyy>-<nnnnn>''.';
COMMENT ON COLUMN export_orders.customer_id IS 'Customer.';
COMMENT ON COLUMN export_orders.winery_id IS 'Shipping winery (all lines are its SKUs).';
COMMENT ON COLUMN export_orders.ordered_at_utc IS 'Moment the order was entered (UTC). Years, months and fiscal periods of an order are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN export_orders.ordered_at_local IS 'Same moment as wall-clock time of the shipping winery''s time zone.';
COMMENT ON COLUMN export_orders.currency_code IS 'Currency of the order (the customer''s billing currency).';
COMMENT ON COLUMN export_orders.status IS '''confirmed'' (not shipped yet), ''shipped'' or ''cancelled''.';
COMMENT ON COLUMN export_orders.shipped_on IS 'Day the goods left the bonded warehouse; NULL unless status = ''shipped'' (then set).';
COMMENT ON COLUMN export_orders.deleted_at IS 'Soft delete: set when the order was deleted as a duplicate or test entry. Deleted orders are not orders for any purpose and have no invoice; NULL = not deleted.';

CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES export_orders (order_id),
    line_no integer NOT NULL,
    sku text NOT NULL REFERENCES products (sku),
    vintage integer NOT NULL,
    cases integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    discount_pct numeric(4,1) NOT NULL,
    line_amount numeric(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
COMMENT ON TABLE order_lines IS 'AUTHORITATIVE lines of export_orders.';
COMMENT ON COLUMN order_lines.order_id IS 'Order.';
COMMENT ON COLUMN order_lines.line_no IS 'Line number within the order (1, 2, ...).';
COMMENT ON COLUMN order_lines.sku IS 'SKU.';
COMMENT ON COLUMN order_lines.vintage IS 'Vintage ordered.';
COMMENT ON COLUMN order_lines.cases IS 'Cases of 12 x 750 ml.';
COMMENT ON COLUMN order_lines.unit_price IS 'Price per case charged, in the order currency, before discount.';
COMMENT ON COLUMN order_lines.discount_pct IS 'Line discount in percent (0, 5 or 10).';
COMMENT ON COLUMN order_lines.line_amount IS 'Net line value in the order currency = ROUND(cases * unit_price * (1 - discount_pct/100), 2). Revenue of an order = sum of its line_amount.';

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_no text NOT NULL UNIQUE,
    order_id integer NOT NULL REFERENCES export_orders (order_id),
    invoiced_on date NOT NULL,
    due_on date NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    paid_on date
);
COMMENT ON TABLE invoices IS 'AUTHORITATIVE invoices of the orders in export_orders. Invoices of archived orders (ordered before 2023-07-01) are in archive_invoices, whatever their invoice date. Nothing is invoiced or paid on or after the extract date 2025-07-01.';
COMMENT ON COLUMN invoices.invoice_id IS 'Surrogate key, unique across invoices and archive_invoices.';
COMMENT ON COLUMN invoices.invoice_no IS 'Invoice number.';
COMMENT ON COLUMN invoices.order_id IS 'Order invoiced (one invoice per shipped order).';
COMMENT ON COLUMN invoices.invoiced_on IS 'Invoice date (= shipping day).';
COMMENT ON COLUMN invoices.due_on IS 'Payment due date (invoiced_on + 60 days).';
COMMENT ON COLUMN invoices.amount IS 'Invoice total in currency_code (= the order''s revenue).';
COMMENT ON COLUMN invoices.currency_code IS 'Currency.';
COMMENT ON COLUMN invoices.paid_on IS 'Day the payment was received in full; NULL = unpaid at the extract date 2025-07-01.';

CREATE TABLE archive_export_orders (
    order_id integer PRIMARY KEY,
    order_no text NOT NULL,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    winery_id integer NOT NULL REFERENCES wineries (winery_id),
    ordered_at_utc timestamptz NOT NULL,
    ordered_at_local timestamp NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    status text NOT NULL CHECK (status IN ('cancelled', 'confirmed', 'shipped')),
    shipped_on date,
    deleted_at timestamptz,
    archived_at timestamptz NOT NULL,
    CHECK ((status = 'shipped') = (shipped_on IS NOT NULL))
);
COMMENT ON TABLE archive_export_orders IS 'ARCHIVE of sales orders with ordered_at_utc before 2023-07-01 00:00 UTC (fiscal 2023; the first orders are from 2022-07-01). Same columns as export_orders plus archived_at; soft-deleted rows are kept with deleted_at set. Together with export_orders it is the complete order record.';
COMMENT ON COLUMN archive_export_orders.order_id IS 'Surrogate key, unique across export_orders and archive_export_orders.';
COMMENT ON COLUMN archive_export_orders.order_no IS 'Order number ''SO-<yyyy>-<nnnnn>''.';
COMMENT ON COLUMN archive_export_orders.customer_id IS 'Customer.';
COMMENT ON COLUMN archive_export_orders.winery_id IS 'Shipping winery (all lines are its SKUs).';
COMMENT ON COLUMN archive_export_orders.ordered_at_utc IS 'Moment the order was entered (UTC). Years, months and fiscal periods of an order are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN archive_export_orders.ordered_at_local IS 'Same moment as wall-clock time of the shipping winery''s time zone.';
COMMENT ON COLUMN archive_export_orders.currency_code IS 'Currency of the order (the customer''s billing currency).';
COMMENT ON COLUMN archive_export_orders.status IS '''confirmed'' (not shipped yet), ''shipped'' or ''cancelled''.';
COMMENT ON COLUMN archive_export_orders.shipped_on IS 'Day the goods left the bonded warehouse; NULL unless status = ''shipped'' (then set).';
COMMENT ON COLUMN archive_export_orders.deleted_at IS 'Soft delete: set when the order was deleted as a duplicate or test entry. Deleted orders are not orders for any purpose and have no invoice; NULL = not deleted.';
COMMENT ON COLUMN archive_export_orders.archived_at IS 'When the row was archived.';

CREATE TABLE archive_order_lines (
    order_id integer NOT NULL REFERENCES archive_export_orders (order_id),
    line_no integer NOT NULL,
    sku text NOT NULL REFERENCES products (sku),
    vintage integer NOT NULL,
    cases integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    discount_pct numeric(4,1) NOT NULL,
    line_amount numeric(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
COMMENT ON TABLE archive_order_lines IS 'ARCHIVE of the lines of archive_export_orders (same columns as order_lines).';
COMMENT ON COLUMN archive_order_lines.order_id IS 'Order.';
COMMENT ON COLUMN archive_order_lines.line_no IS 'Line number within the order (1, 2, ...).';
COMMENT ON COLUMN archive_order_lines.sku IS 'SKU.';
COMMENT ON COLUMN archive_order_lines.vintage IS 'Vintage ordered.';
COMMENT ON COLUMN archive_order_lines.cases IS 'Cases of 12 x 750 ml.';
COMMENT ON COLUMN archive_order_lines.unit_price IS 'Price per case charged, in the order currency, before discount.';
COMMENT ON COLUMN archive_order_lines.discount_pct IS 'Line discount in percent (0, 5 or 10).';
COMMENT ON COLUMN archive_order_lines.line_amount IS 'Net line value in the order currency = ROUND(cases * unit_price * (1 - discount_pct/100), 2). Revenue of an order = sum of its line_amount.';

CREATE TABLE archive_invoices (
    invoice_id integer PRIMARY KEY,
    invoice_no text NOT NULL UNIQUE,
    order_id integer NOT NULL REFERENCES archive_export_orders (order_id),
    invoiced_on date NOT NULL,
    due_on date NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    paid_on date
);
COMMENT ON TABLE archive_invoices IS 'ARCHIVE of the invoices of archive_export_orders (same columns as invoices). An archived order''s invoice is here even when it is dated on or after 2023-07-01.';
COMMENT ON COLUMN archive_invoices.invoice_id IS 'Surrogate key, unique across invoices and archive_invoices.';
COMMENT ON COLUMN archive_invoices.invoice_no IS 'Invoice number.';
COMMENT ON COLUMN archive_invoices.order_id IS 'Order invoiced (one invoice per shipped order).';
COMMENT ON COLUMN archive_invoices.invoiced_on IS 'Invoice date (= shipping day).';
COMMENT ON COLUMN archive_invoices.due_on IS 'Payment due date (invoiced_on + 60 days).';
COMMENT ON COLUMN archive_invoices.amount IS 'Invoice total in currency_code (= the order''s revenue).';
COMMENT ON COLUMN archive_invoices.currency_code IS 'Currency.';
COMMENT ON COLUMN archive_invoices.paid_on IS 'Day the payment was received in full; NULL = unpaid at the extract date 2025-07-01.';

CREATE TABLE bond_movements_pt (
    movement_id integer PRIMARY KEY,
    moved_at_utc timestamptz NOT NULL,
    movement_type text NOT NULL CHECK (movement_type IN ('in_bottling', 'loss', 'out_duty_paid', 'out_export')),
    sku text NOT NULL,
    vintage integer NOT NULL,
    cases integer NOT NULL,
    litres numeric(10,2) NOT NULL CHECK (litres = cases * 9),
    order_no text,
    document_ref text NOT NULL UNIQUE
);
COMMENT ON TABLE bond_movements_pt IS 'AUTHORITATIVE bonded (excise) warehouse movements of the winery in Portugal (Autoridade Tributária, e-DA documents). One table per country; the country is given only by the table name. Covers all movements from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC (nothing after it). Every line of a shipped order that is not soft-deleted has exactly one out_export or out_duty_paid movement carrying its order_no; soft-deleted orders have none.';
COMMENT ON COLUMN bond_movements_pt.movement_id IS 'Surrogate key (per table).';
COMMENT ON COLUMN bond_movements_pt.moved_at_utc IS 'Moment of the movement (UTC).';
COMMENT ON COLUMN bond_movements_pt.movement_type IS '''in_bottling'' (bottled wine entered into bond), ''out_export'' (released for export, duty-free), ''out_duty_paid'' (released for the home market, excise due), ''loss'' (breakage/theft written off).';
COMMENT ON COLUMN bond_movements_pt.sku IS 'SKU.';
COMMENT ON COLUMN bond_movements_pt.vintage IS 'Vintage.';
COMMENT ON COLUMN bond_movements_pt.cases IS 'Cases of 12 x 750 ml moved (always positive).';
COMMENT ON COLUMN bond_movements_pt.litres IS 'Litres moved = cases * 9.';
COMMENT ON COLUMN bond_movements_pt.order_no IS 'Sales order shipped (for ''out_export'' and order-related ''out_duty_paid''); NULL otherwise (e.g. cellar-door releases).';
COMMENT ON COLUMN bond_movements_pt.document_ref IS 'Excise document reference of the country''s system.';

CREATE TABLE bond_movements_za (
    movement_id integer PRIMARY KEY,
    moved_at_utc timestamptz NOT NULL,
    movement_type text NOT NULL CHECK (movement_type IN ('in_bottling', 'loss', 'out_duty_paid', 'out_export')),
    sku text NOT NULL,
    vintage integer NOT NULL,
    cases integer NOT NULL,
    litres numeric(10,2) NOT NULL CHECK (litres = cases * 9),
    order_no text,
    document_ref text NOT NULL UNIQUE
);
COMMENT ON TABLE bond_movements_za IS 'AUTHORITATIVE bonded (excise) warehouse movements of the winery in South Africa (SARS customs and excise, DA 178 forms). One table per country; the country is given only by the table name. Covers all movements from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC (nothing after it). Every line of a shipped order that is not soft-deleted has exactly one out_export or out_duty_paid movement carrying its order_no; soft-deleted orders have none.';
COMMENT ON COLUMN bond_movements_za.movement_id IS 'Surrogate key (per table).';
COMMENT ON COLUMN bond_movements_za.moved_at_utc IS 'Moment of the movement (UTC).';
COMMENT ON COLUMN bond_movements_za.movement_type IS '''in_bottling'' (bottled wine entered into bond), ''out_export'' (released for export, duty-free), ''out_duty_paid'' (released for the home market, excise due), ''loss'' (breakage/theft written off).';
COMMENT ON COLUMN bond_movements_za.sku IS 'SKU.';
COMMENT ON COLUMN bond_movements_za.vintage IS 'Vintage.';
COMMENT ON COLUMN bond_movements_za.cases IS 'Cases of 12 x 750 ml moved (always positive).';
COMMENT ON COLUMN bond_movements_za.litres IS 'Litres moved = cases * 9.';
COMMENT ON COLUMN bond_movements_za.order_no IS 'Sales order shipped (for ''out_export'' and order-related ''out_duty_paid''); NULL otherwise (e.g. cellar-door releases).';
COMMENT ON COLUMN bond_movements_za.document_ref IS 'Excise document reference of the country''s system.';

CREATE TABLE bond_movements_nz (
    movement_id integer PRIMARY KEY,
    moved_at_utc timestamptz NOT NULL,
    movement_type text NOT NULL CHECK (movement_type IN ('in_bottling', 'loss', 'out_duty_paid', 'out_export')),
    sku text NOT NULL,
    vintage integer NOT NULL,
    cases integer NOT NULL,
    litres numeric(10,2) NOT NULL CHECK (litres = cases * 9),
    order_no text,
    document_ref text NOT NULL UNIQUE
);
COMMENT ON TABLE bond_movements_nz IS 'AUTHORITATIVE bonded (excise) warehouse movements of the winery in New Zealand (NZ Customs excise returns). One table per country; the country is given only by the table name. Covers all movements from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC (nothing after it). Every line of a shipped order that is not soft-deleted has exactly one out_export or out_duty_paid movement carrying its order_no; soft-deleted orders have none.';
COMMENT ON COLUMN bond_movements_nz.movement_id IS 'Surrogate key (per table).';
COMMENT ON COLUMN bond_movements_nz.moved_at_utc IS 'Moment of the movement (UTC).';
COMMENT ON COLUMN bond_movements_nz.movement_type IS '''in_bottling'' (bottled wine entered into bond), ''out_export'' (released for export, duty-free), ''out_duty_paid'' (released for the home market, excise due), ''loss'' (breakage/theft written off).';
COMMENT ON COLUMN bond_movements_nz.sku IS 'SKU.';
COMMENT ON COLUMN bond_movements_nz.vintage IS 'Vintage.';
COMMENT ON COLUMN bond_movements_nz.cases IS 'Cases of 12 x 750 ml moved (always positive).';
COMMENT ON COLUMN bond_movements_nz.litres IS 'Litres moved = cases * 9.';
COMMENT ON COLUMN bond_movements_nz.order_no IS 'Sales order shipped (for ''out_export'' and order-related ''out_duty_paid''); NULL otherwise (e.g. cellar-door releases).';
COMMENT ON COLUMN bond_movements_nz.document_ref IS 'Excise document reference of the country''s system.';

CREATE TABLE bond_movements_cl (
    movement_id integer PRIMARY KEY,
    moved_at_utc timestamptz NOT NULL,
    movement_type text NOT NULL CHECK (movement_type IN ('in_bottling', 'loss', 'out_duty_paid', 'out_export')),
    sku text NOT NULL,
    vintage integer NOT NULL,
    cases integer NOT NULL,
    litres numeric(10,2) NOT NULL CHECK (litres = cases * 9),
    order_no text,
    document_ref text NOT NULL UNIQUE
);
COMMENT ON TABLE bond_movements_cl IS 'AUTHORITATIVE bonded (excise) warehouse movements of the winery in Chile (SAG / Servicio de Impuestos Internos guías). One table per country; the country is given only by the table name. Covers all movements from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC (nothing after it). Every line of a shipped order that is not soft-deleted has exactly one out_export or out_duty_paid movement carrying its order_no; soft-deleted orders have none.';
COMMENT ON COLUMN bond_movements_cl.movement_id IS 'Surrogate key (per table).';
COMMENT ON COLUMN bond_movements_cl.moved_at_utc IS 'Moment of the movement (UTC).';
COMMENT ON COLUMN bond_movements_cl.movement_type IS '''in_bottling'' (bottled wine entered into bond), ''out_export'' (released for export, duty-free), ''out_duty_paid'' (released for the home market, excise due), ''loss'' (breakage/theft written off).';
COMMENT ON COLUMN bond_movements_cl.sku IS 'SKU.';
COMMENT ON COLUMN bond_movements_cl.vintage IS 'Vintage.';
COMMENT ON COLUMN bond_movements_cl.cases IS 'Cases of 12 x 750 ml moved (always positive).';
COMMENT ON COLUMN bond_movements_cl.litres IS 'Litres moved = cases * 9.';
COMMENT ON COLUMN bond_movements_cl.order_no IS 'Sales order shipped (for ''out_export'' and order-related ''out_duty_paid''); NULL otherwise (e.g. cellar-door releases).';
COMMENT ON COLUMN bond_movements_cl.document_ref IS 'Excise document reference of the country''s system.';

CREATE TABLE excise_duty_rates (
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    valid_from date NOT NULL,
    valid_to date,
    duty_per_litre numeric(10,4) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    PRIMARY KEY (country_code, valid_from)
);
COMMENT ON TABLE excise_duty_rates IS 'AUTHORITATIVE excise duty on still wine released for the home market (''out_duty_paid''), per litre in the country''s currency: valid_from inclusive, valid_to exclusive, NULL = current. Duty of a release = litres * duty_per_litre valid on the UTC date of the movement.';
COMMENT ON COLUMN excise_duty_rates.country_code IS 'Country (''PT'', ''ZA'', ''NZ'', ''CL'').';
COMMENT ON COLUMN excise_duty_rates.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN excise_duty_rates.valid_to IS 'First day no longer valid (exclusive); NULL = current.';
COMMENT ON COLUMN excise_duty_rates.duty_per_litre IS 'Duty per litre of wine.';
COMMENT ON COLUMN excise_duty_rates.currency_code IS 'Currency of the duty.';

CREATE TABLE legacy_block_code_map (
    old_block_code text PRIMARY KEY,
    block_id integer NOT NULL REFERENCES vineyard_blocks (block_id),
    note text
);
COMMENT ON TABLE legacy_block_code_map IS 'LEGACY code map: old block code of the legacy cellar system -> current block. A block renumbered in 2019 has two old codes.';
COMMENT ON COLUMN legacy_block_code_map.old_block_code IS 'Old block code.';
COMMENT ON COLUMN legacy_block_code_map.block_id IS 'Current block (vineyard_blocks.block_id).';
COMMENT ON COLUMN legacy_block_code_map.note IS 'Remark, e.g. why a second code exists.';

CREATE TABLE legacy_tank_code_map (
    old_tank_code text PRIMARY KEY,
    tank_id integer NOT NULL REFERENCES tanks (tank_id)
);
COMMENT ON TABLE legacy_tank_code_map IS 'LEGACY code map: old tank code -> current tank (tanks bought after 2021 have no old code).';
COMMENT ON COLUMN legacy_tank_code_map.old_tank_code IS 'Old tank code.';
COMMENT ON COLUMN legacy_tank_code_map.tank_id IS 'Current tank (tanks.tank_id).';

CREATE TABLE legacy_weigh_tickets (
    ticket_no text PRIMARY KEY,
    old_block_code text NOT NULL REFERENCES legacy_block_code_map (old_block_code),
    old_tank_code text REFERENCES legacy_tank_code_map (old_tank_code),
    ticket_date date NOT NULL,
    net_kg integer NOT NULL,
    brix_x10 integer NOT NULL,
    status_code text NOT NULL CHECK (status_code IN ('A', 'R', 'V'))
);
COMMENT ON TABLE legacy_weigh_tickets IS 'LEGACY cellar system: weigh tickets of vintage 2021 (the only record of that vintage''s intake), with OLD block and tank codes (map them with legacy_block_code_map and legacy_tank_code_map). Weight in kilograms, Brix times ten.';
COMMENT ON COLUMN legacy_weigh_tickets.ticket_no IS 'Ticket number ''W21-<nnnn>''.';
COMMENT ON COLUMN legacy_weigh_tickets.old_block_code IS 'Old block code (see legacy_block_code_map; some blocks had two old codes).';
COMMENT ON COLUMN legacy_weigh_tickets.old_tank_code IS 'Old code of the receiving tank (see legacy_tank_code_map); NULL for rejected fruit.';
COMMENT ON COLUMN legacy_weigh_tickets.ticket_date IS 'Local date at the winery of the weighing.';
COMMENT ON COLUMN legacy_weigh_tickets.net_kg IS 'Net fruit weight in kilograms.';
COMMENT ON COLUMN legacy_weigh_tickets.brix_x10 IS 'Brix reading multiplied by 10 (e.g. 235 = 23.5 °Brix).';
COMMENT ON COLUMN legacy_weigh_tickets.status_code IS '''A'' accepted, ''R'' rejected, ''V'' voided (ticket cancelled and re-issued; not an intake). See legacy_status_codes.';

CREATE TABLE legacy_lot_code_map (
    old_lot_code text PRIMARY KEY,
    lot_id integer NOT NULL UNIQUE REFERENCES lots (lot_id)
);
COMMENT ON TABLE legacy_lot_code_map IS 'LEGACY code map: old lot code of the legacy cellar system -> current lot. Every lot of vintages 2021 and 2022 has exactly one old code; later lots have none.';
COMMENT ON COLUMN legacy_lot_code_map.old_lot_code IS 'Old lot code, e.g. ''L21/07''.';
COMMENT ON COLUMN legacy_lot_code_map.lot_id IS 'Current lot (lots.lot_id).';

CREATE TABLE legacy_status_codes (
    status_code text PRIMARY KEY,
    meaning text NOT NULL
);
COMMENT ON TABLE legacy_status_codes IS 'LEGACY lookup of weigh-ticket status codes.';
COMMENT ON COLUMN legacy_status_codes.status_code IS '''A'', ''R'', ''V''.';
COMMENT ON COLUMN legacy_status_codes.meaning IS 'Meaning.';

CREATE TABLE legacy_customers (
    old_customer_code text PRIMARY KEY,
    customer_id integer
);
COMMENT ON TABLE legacy_customers IS 'LEGACY customer codes of the old order system (before 2022-07-01; no orders of that time were migrated). Kept for reference only.';
COMMENT ON COLUMN legacy_customers.old_customer_code IS 'Old code.';
COMMENT ON COLUMN legacy_customers.customer_id IS 'Current customer, NULL if not migrated.';

CREATE TABLE staging_weigh_tags (
    load_id integer PRIMARY KEY,
    tag_no text,
    block_code text,
    weighed_at text,
    net_kg numeric(10,1),
    brix numeric(4,1),
    loaded_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_weigh_tags IS 'STAGING: raw weighbridge feed loaded every night before validation (duplicates, test trucks and unconfirmed readings included). Not authoritative; use weigh_tags.';
COMMENT ON COLUMN staging_weigh_tags.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_weigh_tags.tag_no IS 'Tag number as read.';
COMMENT ON COLUMN staging_weigh_tags.block_code IS 'Block code as typed.';
COMMENT ON COLUMN staging_weigh_tags.weighed_at IS 'Timestamp text as received.';
COMMENT ON COLUMN staging_weigh_tags.net_kg IS 'Net kilograms as read.';
COMMENT ON COLUMN staging_weigh_tags.brix IS 'Brix as read.';
COMMENT ON COLUMN staging_weigh_tags.loaded_at IS 'When loaded.';

CREATE TABLE staging_export_orders (
    load_id integer PRIMARY KEY,
    order_no text,
    customer_no text,
    total_amount numeric(14,2),
    currency_code text,
    loaded_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_export_orders IS 'STAGING: order feed from the sales app before validation (includes drafts and test orders). Not authoritative; use export_orders.';
COMMENT ON COLUMN staging_export_orders.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_export_orders.order_no IS 'Order number.';
COMMENT ON COLUMN staging_export_orders.customer_no IS 'Customer number as entered.';
COMMENT ON COLUMN staging_export_orders.total_amount IS 'Order total as entered.';
COMMENT ON COLUMN staging_export_orders.currency_code IS 'Currency as entered.';
COMMENT ON COLUMN staging_export_orders.loaded_at IS 'When loaded.';

CREATE TABLE staging_fx_rates (
    rate_date date NOT NULL,
    currency_code text NOT NULL,
    eur_per_unit numeric(14,8) NOT NULL,
    source text NOT NULL
);
COMMENT ON TABLE staging_fx_rates IS 'STAGING: raw rates from the bank feed (provisional intraday values). Not for conversions; use fx_rates.';
COMMENT ON COLUMN staging_fx_rates.rate_date IS 'Day.';
COMMENT ON COLUMN staging_fx_rates.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fx_rates.eur_per_unit IS 'Provisional rate.';
COMMENT ON COLUMN staging_fx_rates.source IS 'Feed name.';

CREATE TABLE staging_bottling_runs (
    load_id integer PRIMARY KEY,
    run_code text,
    cases_counted integer,
    loaded_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_bottling_runs IS 'STAGING: bottling-line counter feed (unconfirmed counts, includes test runs). Use bottling_runs.';
COMMENT ON COLUMN staging_bottling_runs.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_bottling_runs.run_code IS 'Run code.';
COMMENT ON COLUMN staging_bottling_runs.cases_counted IS 'Counter reading.';
COMMENT ON COLUMN staging_bottling_runs.loaded_at IS 'When loaded.';

CREATE TABLE staging_lab_results (
    load_id integer PRIMARY KEY,
    lot_code text,
    alcohol_pct numeric(4,2),
    sampled_on date,
    loaded_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_lab_results IS 'STAGING: lab instrument export before review (includes calibration samples). Use lab_analyses.';
COMMENT ON COLUMN staging_lab_results.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_lab_results.lot_code IS 'Lot code as typed.';
COMMENT ON COLUMN staging_lab_results.alcohol_pct IS 'Alcohol.';
COMMENT ON COLUMN staging_lab_results.sampled_on IS 'Sample day.';
COMMENT ON COLUMN staging_lab_results.loaded_at IS 'When loaded.';

CREATE TABLE staging_bond_movements (
    load_id integer PRIMARY KEY,
    country_code text,
    movement_type text,
    sku text,
    cases integer,
    entered_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_bond_movements IS 'STAGING: movements keyed in by cellar staff before the excise clerk confirms them (all countries, drafts included). Use bond_movements_<pt|za|nz|cl>.';
COMMENT ON COLUMN staging_bond_movements.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_bond_movements.country_code IS 'Country.';
COMMENT ON COLUMN staging_bond_movements.movement_type IS 'Type.';
COMMENT ON COLUMN staging_bond_movements.sku IS 'SKU.';
COMMENT ON COLUMN staging_bond_movements.cases IS 'Cases.';
COMMENT ON COLUMN staging_bond_movements.entered_at IS 'When keyed in.';

CREATE TABLE staging_price_list (
    load_id integer PRIMARY KEY,
    sku text,
    currency_code text,
    proposed_price numeric(12,2),
    proposed_from date
);
COMMENT ON TABLE staging_price_list IS 'STAGING: proposed price lists not yet approved. Use price_list_history.';
COMMENT ON COLUMN staging_price_list.load_id IS 'Load row id.';
COMMENT ON COLUMN staging_price_list.sku IS 'SKU.';
COMMENT ON COLUMN staging_price_list.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_price_list.proposed_price IS 'Proposed price per case.';
COMMENT ON COLUMN staging_price_list.proposed_from IS 'Proposed start.';

CREATE TABLE rpt_intake_by_block (
    block_id integer NOT NULL,
    vintage integer NOT NULL,
    variety_code text NOT NULL,
    tonnes numeric(9,3) NOT NULL
);
COMMENT ON TABLE rpt_intake_by_block IS 'REPORT (stale, not authoritative): tonnes per block for vintage 2023 only, built 2023-06-01 before late loads, counting rejected fruit too, by the block''s current variety. Use weigh_tags.';
COMMENT ON COLUMN rpt_intake_by_block.block_id IS 'Block.';
COMMENT ON COLUMN rpt_intake_by_block.vintage IS 'Always 2023.';
COMMENT ON COLUMN rpt_intake_by_block.variety_code IS 'Current variety at build time.';
COMMENT ON COLUMN rpt_intake_by_block.tonnes IS 'Tonnes (accepted and rejected).';

CREATE TABLE rpt_monthly_sales_eur (
    month date NOT NULL,
    winery_id integer NOT NULL,
    revenue_eur numeric(14,2) NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_monthly_sales_eur IS 'REPORT (stale): monthly order revenue in EUR by winery, last refreshed 2024-10-01, converted at the refresh day''s rate, soft-deleted and cancelled orders included. Not authoritative.';
COMMENT ON COLUMN rpt_monthly_sales_eur.month IS 'First day of the month (UTC order date).';
COMMENT ON COLUMN rpt_monthly_sales_eur.winery_id IS 'Winery.';
COMMENT ON COLUMN rpt_monthly_sales_eur.revenue_eur IS 'Revenue in EUR.';
COMMENT ON COLUMN rpt_monthly_sales_eur.refreshed_at IS 'Refresh moment.';

CREATE TABLE rpt_customer_revenue (
    customer_id integer NOT NULL,
    fiscal_year integer NOT NULL,
    revenue_eur numeric(14,2) NOT NULL
);
COMMENT ON TABLE rpt_customer_revenue IS 'REPORT: revenue per customer in fiscal 2024 from export_orders only (archive not included), at the rate of the invoice date, shipped orders. Not authoritative for other periods or definitions.';
COMMENT ON COLUMN rpt_customer_revenue.customer_id IS 'Customer.';
COMMENT ON COLUMN rpt_customer_revenue.fiscal_year IS 'Always 2024.';
COMMENT ON COLUMN rpt_customer_revenue.revenue_eur IS 'Revenue in EUR.';

CREATE TABLE rpt_bottling_summary (
    winery_id integer NOT NULL,
    year integer NOT NULL,
    cases integer NOT NULL
);
COMMENT ON TABLE rpt_bottling_summary IS 'REPORT: cases bottled per winery and calendar year, INCLUDING voided runs (built for the bottling-line maintenance contract). Not authoritative for production.';
COMMENT ON COLUMN rpt_bottling_summary.winery_id IS 'Winery.';
COMMENT ON COLUMN rpt_bottling_summary.year IS 'Calendar year of bottled_on.';
COMMENT ON COLUMN rpt_bottling_summary.cases IS 'Cases incl. voided runs.';

CREATE TABLE rpt_bond_stock (
    country_code char(2) NOT NULL,
    sku text NOT NULL,
    cases_in_bond integer NOT NULL
);
COMMENT ON TABLE rpt_bond_stock IS 'REPORT: bonded stock in cases per country and SKU as of the snapshot 2024-12-31 23:59 UTC (never refreshed since).';
COMMENT ON COLUMN rpt_bond_stock.country_code IS 'Country.';
COMMENT ON COLUMN rpt_bond_stock.sku IS 'SKU.';
COMMENT ON COLUMN rpt_bond_stock.cases_in_bond IS 'Cases in bond at the snapshot.';

CREATE TABLE rpt_fx_monthly_avg (
    month date NOT NULL,
    currency_code char(3) NOT NULL,
    avg_eur_per_unit numeric(14,8) NOT NULL
);
COMMENT ON TABLE rpt_fx_monthly_avg IS 'REPORT: monthly average rates (for management slides only; never for converting individual amounts).';
COMMENT ON COLUMN rpt_fx_monthly_avg.month IS 'First day of the month.';
COMMENT ON COLUMN rpt_fx_monthly_avg.currency_code IS 'Currency.';
COMMENT ON COLUMN rpt_fx_monthly_avg.avg_eur_per_unit IS 'Average rate.';

CREATE TABLE rpt_vintage_summary (
    winery_id integer NOT NULL,
    vintage integer NOT NULL,
    avg_brix numeric(4,1) NOT NULL,
    tonnes numeric(9,3) NOT NULL
);
COMMENT ON TABLE rpt_vintage_summary IS 'REPORT: per winery and vintage 2022-2024, average Brix and tonnes over ALL tags including rejected ones (quality-control chart). Not authoritative for intake.';
COMMENT ON COLUMN rpt_vintage_summary.winery_id IS 'Winery.';
COMMENT ON COLUMN rpt_vintage_summary.vintage IS 'Vintage.';
COMMENT ON COLUMN rpt_vintage_summary.avg_brix IS 'Average Brix, all tags.';
COMMENT ON COLUMN rpt_vintage_summary.tonnes IS 'Tonnes, all tags.';

CREATE TABLE v_current_prices (
    sku text NOT NULL,
    currency_code char(3) NOT NULL,
    price_per_case numeric(12,2) NOT NULL
);
COMMENT ON TABLE v_current_prices IS 'SNAPSHOT of the price list as it stood on 2024-12-01 (materialised for the web shop, not refreshed). Use price_list_history.';
COMMENT ON COLUMN v_current_prices.sku IS 'SKU.';
COMMENT ON COLUMN v_current_prices.currency_code IS 'Currency.';
COMMENT ON COLUMN v_current_prices.price_per_case IS 'Price on 2024-12-01.';

CREATE TABLE v_block_directory (
    block_code text NOT NULL,
    variety_code text NOT NULL,
    owner_name text NOT NULL,
    area_ha numeric(6,2) NOT NULL
);
COMMENT ON TABLE v_block_directory IS 'SNAPSHOT of blocks with their current variety and owner as of 2024-09-01 (for the vineyard map). Use vineyard_blocks and the history tables.';
COMMENT ON COLUMN v_block_directory.block_code IS 'Block code.';
COMMENT ON COLUMN v_block_directory.variety_code IS 'Variety on 2024-09-01.';
COMMENT ON COLUMN v_block_directory.owner_name IS 'Owner on 2024-09-01.';
COMMENT ON COLUMN v_block_directory.area_ha IS 'Area.';

CREATE TABLE v_fx_latest (
    currency_code char(3) NOT NULL,
    eur_per_unit numeric(14,8) NOT NULL
);
COMMENT ON TABLE v_fx_latest IS 'SNAPSHOT: latest rate per currency (2025-06-30). Not for converting dated amounts.';
COMMENT ON COLUMN v_fx_latest.currency_code IS 'Currency.';
COMMENT ON COLUMN v_fx_latest.eur_per_unit IS 'Rate of 2025-06-30.';

CREATE TABLE v_open_orders (
    order_no text NOT NULL,
    customer_no text NOT NULL,
    ordered_at_utc timestamptz NOT NULL
);
COMMENT ON TABLE v_open_orders IS 'SNAPSHOT of orders with status ''confirmed'' taken 2025-03-01 (for the warehouse board).';
COMMENT ON COLUMN v_open_orders.order_no IS 'Order number.';
COMMENT ON COLUMN v_open_orders.customer_no IS 'Customer.';
COMMENT ON COLUMN v_open_orders.ordered_at_utc IS 'Order moment.';

CREATE TABLE v_lot_lineage_direct (
    blend_lot_code text NOT NULL,
    source_lot_code text NOT NULL,
    volume_l numeric(10,1) NOT NULL
);
COMMENT ON TABLE v_lot_lineage_direct IS 'SNAPSHOT (2025-01-31) of DIRECT blend components only (one level, no sources of sources), with lot codes. Use lot_components for lineage.';
COMMENT ON COLUMN v_lot_lineage_direct.blend_lot_code IS 'Blend lot.';
COMMENT ON COLUMN v_lot_lineage_direct.source_lot_code IS 'Direct source lot.';
COMMENT ON COLUMN v_lot_lineage_direct.volume_l IS 'Litres.';

CREATE TABLE v_barrel_inventory (
    barrel_code text NOT NULL,
    lot_code text
);
COMMENT ON TABLE v_barrel_inventory IS 'SNAPSHOT of barrel contents on 2025-01-15 (cellar tour app).';
COMMENT ON COLUMN v_barrel_inventory.barrel_code IS 'Barrel.';
COMMENT ON COLUMN v_barrel_inventory.lot_code IS 'Lot in the barrel on 2025-01-15, NULL if empty.';

CREATE TABLE audit_export_orders (
    audit_id integer PRIMARY KEY,
    order_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    field_name text NOT NULL,
    old_value text,
    new_value text
);
COMMENT ON TABLE audit_export_orders IS 'AUDIT trail of changes to export_orders (status changes, soft deletes). Informational.';
COMMENT ON COLUMN audit_export_orders.audit_id IS 'Id.';
COMMENT ON COLUMN audit_export_orders.order_id IS 'Order.';
COMMENT ON COLUMN audit_export_orders.changed_at IS 'When.';
COMMENT ON COLUMN audit_export_orders.field_name IS 'Changed column.';
COMMENT ON COLUMN audit_export_orders.old_value IS 'Old value.';
COMMENT ON COLUMN audit_export_orders.new_value IS 'New value.';

CREATE TABLE audit_price_list (
    audit_id integer PRIMARY KEY,
    price_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL
);
COMMENT ON TABLE audit_price_list IS 'AUDIT trail of price-list edits. Informational.';
COMMENT ON COLUMN audit_price_list.audit_id IS 'Id.';
COMMENT ON COLUMN audit_price_list.price_id IS 'Price row.';
COMMENT ON COLUMN audit_price_list.changed_at IS 'When.';
COMMENT ON COLUMN audit_price_list.changed_by IS 'User.';

CREATE TABLE cellar_door_visits (
    visit_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    visit_date date NOT NULL,
    guests integer NOT NULL
);
COMMENT ON TABLE cellar_door_visits IS 'Side system (tasting room): visitor groups at the cellar doors. Not part of the sales or excise record.';
COMMENT ON COLUMN cellar_door_visits.visit_id IS 'Surrogate key.';
COMMENT ON COLUMN cellar_door_visits.winery_id IS 'Winery id.';
COMMENT ON COLUMN cellar_door_visits.visit_date IS 'Visit date.';
COMMENT ON COLUMN cellar_door_visits.guests IS 'Guests.';

CREATE TABLE wine_club_members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    country_code char(2) NOT NULL,
    joined_on date NOT NULL
);
COMMENT ON TABLE wine_club_members IS 'Side system (wine club): members of the estates'' wine clubs.';
COMMENT ON COLUMN wine_club_members.member_id IS 'Surrogate key.';
COMMENT ON COLUMN wine_club_members.full_name IS 'Full name.';
COMMENT ON COLUMN wine_club_members.country_code IS 'Country code.';
COMMENT ON COLUMN wine_club_members.joined_on IS 'Joined on.';

CREATE TABLE wine_club_shipments (
    shipment_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    shipped_on date NOT NULL,
    bottles integer NOT NULL
);
COMMENT ON TABLE wine_club_shipments IS 'Side system (wine club): quarterly club parcels (shipped from a separate duty-paid stock).';
COMMENT ON COLUMN wine_club_shipments.shipment_id IS 'Surrogate key.';
COMMENT ON COLUMN wine_club_shipments.member_id IS 'Member id.';
COMMENT ON COLUMN wine_club_shipments.shipped_on IS 'Shipped on.';
COMMENT ON COLUMN wine_club_shipments.bottles IS 'Bottles.';

CREATE TABLE tasting_room_sales (
    sale_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    sold_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE tasting_room_sales IS 'Side system (point of sale at the cellar doors), amounts in local currency. Not part of export sales.';
COMMENT ON COLUMN tasting_room_sales.sale_id IS 'Surrogate key.';
COMMENT ON COLUMN tasting_room_sales.winery_id IS 'Winery id.';
COMMENT ON COLUMN tasting_room_sales.sold_at IS 'Sold at.';
COMMENT ON COLUMN tasting_room_sales.amount IS 'Amount.';

CREATE TABLE dry_goods_suppliers (
    supplier_id integer PRIMARY KEY,
    supplier_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE dry_goods_suppliers IS 'Side system (purchasing): suppliers of bottles, corks, capsules and labels.';
COMMENT ON COLUMN dry_goods_suppliers.supplier_id IS 'Surrogate key.';
COMMENT ON COLUMN dry_goods_suppliers.supplier_name IS 'Supplier name.';
COMMENT ON COLUMN dry_goods_suppliers.country_code IS 'Country code.';

CREATE TABLE dry_goods_purchase_orders (
    po_id integer PRIMARY KEY,
    supplier_id integer NOT NULL,
    ordered_on date NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE dry_goods_purchase_orders IS 'Side system (purchasing): purchase orders for dry goods.';
COMMENT ON COLUMN dry_goods_purchase_orders.po_id IS 'Surrogate key.';
COMMENT ON COLUMN dry_goods_purchase_orders.supplier_id IS 'Supplier id.';
COMMENT ON COLUMN dry_goods_purchase_orders.ordered_on IS 'Ordered on.';
COMMENT ON COLUMN dry_goods_purchase_orders.amount IS 'Amount.';
COMMENT ON COLUMN dry_goods_purchase_orders.currency_code IS 'Currency code.';

CREATE TABLE cork_lots (
    cork_lot_id integer PRIMARY KEY,
    supplier_id integer NOT NULL,
    received_on date NOT NULL,
    tca_ng_l numeric(4,1)
);
COMMENT ON TABLE cork_lots IS 'Side system (quality): cork batches received with TCA test results.';
COMMENT ON COLUMN cork_lots.cork_lot_id IS 'Surrogate key.';
COMMENT ON COLUMN cork_lots.supplier_id IS 'Supplier id.';
COMMENT ON COLUMN cork_lots.received_on IS 'Received on.';
COMMENT ON COLUMN cork_lots.tca_ng_l IS 'Tca ng l.';

CREATE TABLE spray_diary (
    spray_id integer PRIMARY KEY,
    block_id integer NOT NULL,
    sprayed_on date NOT NULL,
    product_name text NOT NULL
);
COMMENT ON TABLE spray_diary IS 'Side system (vineyard): plant-protection spray records per block.';
COMMENT ON COLUMN spray_diary.spray_id IS 'Surrogate key.';
COMMENT ON COLUMN spray_diary.block_id IS 'Block id.';
COMMENT ON COLUMN spray_diary.sprayed_on IS 'Sprayed on.';
COMMENT ON COLUMN spray_diary.product_name IS 'Product name.';

CREATE TABLE irrigation_events (
    event_id integer PRIMARY KEY,
    block_id integer NOT NULL,
    started_at timestamptz NOT NULL,
    mm_applied numeric(5,1) NOT NULL
);
COMMENT ON TABLE irrigation_events IS 'Side system (vineyard): drip irrigation events per block.';
COMMENT ON COLUMN irrigation_events.event_id IS 'Surrogate key.';
COMMENT ON COLUMN irrigation_events.block_id IS 'Block id.';
COMMENT ON COLUMN irrigation_events.started_at IS 'Started at.';
COMMENT ON COLUMN irrigation_events.mm_applied IS 'Mm applied.';

CREATE TABLE weather_station_readings (
    reading_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    reading_date date NOT NULL,
    rain_mm numeric(5,1),
    gdd numeric(5,1)
);
COMMENT ON TABLE weather_station_readings IS 'Side system (vineyard weather stations): daily summaries. Not harvest data.';
COMMENT ON COLUMN weather_station_readings.reading_id IS 'Surrogate key.';
COMMENT ON COLUMN weather_station_readings.winery_id IS 'Winery id.';
COMMENT ON COLUMN weather_station_readings.reading_date IS 'Reading date.';
COMMENT ON COLUMN weather_station_readings.rain_mm IS 'Rain mm.';
COMMENT ON COLUMN weather_station_readings.gdd IS 'Gdd.';

CREATE TABLE frost_alerts (
    alert_id integer PRIMARY KEY,
    block_id integer NOT NULL,
    alert_at timestamptz NOT NULL
);
COMMENT ON TABLE frost_alerts IS 'Side system (vineyard): frost alarm events.';
COMMENT ON COLUMN frost_alerts.alert_id IS 'Surrogate key.';
COMMENT ON COLUMN frost_alerts.block_id IS 'Block id.';
COMMENT ON COLUMN frost_alerts.alert_at IS 'Alert at.';

CREATE TABLE vineyard_employees (
    employee_id integer PRIMARY KEY,
    full_name text NOT NULL,
    winery_id integer NOT NULL,
    hired_on date NOT NULL
);
COMMENT ON TABLE vineyard_employees IS 'Side system (HR): vineyard and cellar staff.';
COMMENT ON COLUMN vineyard_employees.employee_id IS 'Surrogate key.';
COMMENT ON COLUMN vineyard_employees.full_name IS 'Full name.';
COMMENT ON COLUMN vineyard_employees.winery_id IS 'Winery id.';
COMMENT ON COLUMN vineyard_employees.hired_on IS 'Hired on.';

CREATE TABLE timesheets (
    timesheet_id integer PRIMARY KEY,
    employee_id integer NOT NULL,
    work_date date NOT NULL,
    hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE timesheets IS 'Side system (HR): hours worked per employee and day.';
COMMENT ON COLUMN timesheets.timesheet_id IS 'Surrogate key.';
COMMENT ON COLUMN timesheets.employee_id IS 'Employee id.';
COMMENT ON COLUMN timesheets.work_date IS 'Work date.';
COMMENT ON COLUMN timesheets.hours IS 'Hours.';

CREATE TABLE picking_crews (
    crew_id integer PRIMARY KEY,
    crew_name text NOT NULL,
    winery_id integer NOT NULL
);
COMMENT ON TABLE picking_crews IS 'Side system (harvest labour): contracted picking crews.';
COMMENT ON COLUMN picking_crews.crew_id IS 'Surrogate key.';
COMMENT ON COLUMN picking_crews.crew_name IS 'Crew name.';
COMMENT ON COLUMN picking_crews.winery_id IS 'Winery id.';

CREATE TABLE equipment (
    equipment_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    equipment_name text NOT NULL,
    bought_on date
);
COMMENT ON TABLE equipment IS 'Side system (maintenance): presses, pumps, tractors, forklifts.';
COMMENT ON COLUMN equipment.equipment_id IS 'Surrogate key.';
COMMENT ON COLUMN equipment.winery_id IS 'Winery id.';
COMMENT ON COLUMN equipment.equipment_name IS 'Equipment name.';
COMMENT ON COLUMN equipment.bought_on IS 'Bought on.';

CREATE TABLE equipment_maintenance (
    job_id integer PRIMARY KEY,
    equipment_id integer NOT NULL,
    done_on date NOT NULL,
    cost numeric(10,2)
);
COMMENT ON TABLE equipment_maintenance IS 'Side system (maintenance): service jobs on equipment, amounts in local currency.';
COMMENT ON COLUMN equipment_maintenance.job_id IS 'Surrogate key.';
COMMENT ON COLUMN equipment_maintenance.equipment_id IS 'Equipment id.';
COMMENT ON COLUMN equipment_maintenance.done_on IS 'Done on.';
COMMENT ON COLUMN equipment_maintenance.cost IS 'Cost.';

CREATE TABLE wine_awards (
    award_id integer PRIMARY KEY,
    sku text NOT NULL,
    vintage integer NOT NULL,
    medal text NOT NULL
);
COMMENT ON TABLE wine_awards IS 'Side system (marketing): competition medals.';
COMMENT ON COLUMN wine_awards.award_id IS 'Surrogate key.';
COMMENT ON COLUMN wine_awards.sku IS 'Sku.';
COMMENT ON COLUMN wine_awards.vintage IS 'Vintage.';
COMMENT ON COLUMN wine_awards.medal IS 'Medal.';

CREATE TABLE marketing_campaigns (
    campaign_id integer PRIMARY KEY,
    country_code char(2) NOT NULL,
    starts_on date NOT NULL,
    budget numeric(10,2) NOT NULL
);
COMMENT ON TABLE marketing_campaigns IS 'Side system (marketing): campaigns per market.';
COMMENT ON COLUMN marketing_campaigns.campaign_id IS 'Surrogate key.';
COMMENT ON COLUMN marketing_campaigns.country_code IS 'Country code.';
COMMENT ON COLUMN marketing_campaigns.starts_on IS 'Starts on.';
COMMENT ON COLUMN marketing_campaigns.budget IS 'Budget.';

CREATE TABLE trade_samples (
    sample_id integer PRIMARY KEY,
    customer_id integer,
    sent_on date NOT NULL,
    bottles integer NOT NULL
);
COMMENT ON TABLE trade_samples IS 'Side system (sales): sample bottles sent to prospects (from duty-paid sample stock, not bond).';
COMMENT ON COLUMN trade_samples.sample_id IS 'Surrogate key.';
COMMENT ON COLUMN trade_samples.customer_id IS 'Customer id.';
COMMENT ON COLUMN trade_samples.sent_on IS 'Sent on.';
COMMENT ON COLUMN trade_samples.bottles IS 'Bottles.';

CREATE TABLE sales_reps (
    rep_id integer PRIMARY KEY,
    full_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE sales_reps IS 'Side system (CRM): sales representatives.';
COMMENT ON COLUMN sales_reps.rep_id IS 'Surrogate key.';
COMMENT ON COLUMN sales_reps.full_name IS 'Full name.';
COMMENT ON COLUMN sales_reps.country_code IS 'Country code.';

CREATE TABLE crm_contacts (
    contact_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    full_name text NOT NULL
);
COMMENT ON TABLE crm_contacts IS 'Side system (CRM): contact persons at customers.';
COMMENT ON COLUMN crm_contacts.contact_id IS 'Surrogate key.';
COMMENT ON COLUMN crm_contacts.customer_id IS 'Customer id.';
COMMENT ON COLUMN crm_contacts.full_name IS 'Full name.';

CREATE TABLE crm_activities (
    activity_id integer PRIMARY KEY,
    contact_id integer NOT NULL,
    logged_at timestamptz NOT NULL
);
COMMENT ON TABLE crm_activities IS 'Side system (CRM): calls, visits and e-mails logged by sales reps.';
COMMENT ON COLUMN crm_activities.activity_id IS 'Surrogate key.';
COMMENT ON COLUMN crm_activities.contact_id IS 'Contact id.';
COMMENT ON COLUMN crm_activities.logged_at IS 'Logged at.';

CREATE TABLE freight_forwarders (
    forwarder_id integer PRIMARY KEY,
    forwarder_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE freight_forwarders IS 'Side system (logistics): forwarders used for exports.';
COMMENT ON COLUMN freight_forwarders.forwarder_id IS 'Surrogate key.';
COMMENT ON COLUMN freight_forwarders.forwarder_name IS 'Forwarder name.';
COMMENT ON COLUMN freight_forwarders.country_code IS 'Country code.';

CREATE TABLE shipping_containers (
    container_id integer PRIMARY KEY,
    forwarder_id integer NOT NULL,
    container_no text NOT NULL,
    sailed_on date
);
COMMENT ON TABLE shipping_containers IS 'Side system (logistics): containers booked with forwarders (the order link is informal text).';
COMMENT ON COLUMN shipping_containers.container_id IS 'Surrogate key.';
COMMENT ON COLUMN shipping_containers.forwarder_id IS 'Forwarder id.';
COMMENT ON COLUMN shipping_containers.container_no IS 'Code.';
COMMENT ON COLUMN shipping_containers.sailed_on IS 'Sailed on.';

CREATE TABLE customs_brokers (
    broker_id integer PRIMARY KEY,
    broker_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE customs_brokers IS 'Side system (logistics): customs brokers per destination country.';
COMMENT ON COLUMN customs_brokers.broker_id IS 'Surrogate key.';
COMMENT ON COLUMN customs_brokers.broker_name IS 'Broker name.';
COMMENT ON COLUMN customs_brokers.country_code IS 'Country code.';

CREATE TABLE certifications (
    cert_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    scheme text NOT NULL,
    valid_until date
);
COMMENT ON TABLE certifications IS 'Side system (compliance): sustainability/organic certificates per winery.';
COMMENT ON COLUMN certifications.cert_id IS 'Surrogate key.';
COMMENT ON COLUMN certifications.winery_id IS 'Winery id.';
COMMENT ON COLUMN certifications.scheme IS 'Scheme.';
COMMENT ON COLUMN certifications.valid_until IS 'Valid until.';

CREATE TABLE water_usage (
    reading_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    month date NOT NULL,
    m3 numeric(8,1) NOT NULL
);
COMMENT ON TABLE water_usage IS 'Side system (sustainability): monthly water meter readings per winery, m3.';
COMMENT ON COLUMN water_usage.reading_id IS 'Surrogate key.';
COMMENT ON COLUMN water_usage.winery_id IS 'Winery id.';
COMMENT ON COLUMN water_usage.month IS 'Month.';
COMMENT ON COLUMN water_usage.m3 IS 'M3.';

CREATE TABLE energy_usage (
    reading_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    month date NOT NULL,
    kwh integer NOT NULL
);
COMMENT ON TABLE energy_usage IS 'Side system (sustainability): monthly electricity per winery, kWh.';
COMMENT ON COLUMN energy_usage.reading_id IS 'Surrogate key.';
COMMENT ON COLUMN energy_usage.winery_id IS 'Winery id.';
COMMENT ON COLUMN energy_usage.month IS 'Month.';
COMMENT ON COLUMN energy_usage.kwh IS 'Kwh.';

CREATE TABLE waste_disposal (
    load_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    hauled_on date NOT NULL,
    tonnes numeric(6,2) NOT NULL
);
COMMENT ON TABLE waste_disposal IS 'Side system (sustainability): pomace and lees disposal loads.';
COMMENT ON COLUMN waste_disposal.load_id IS 'Surrogate key.';
COMMENT ON COLUMN waste_disposal.winery_id IS 'Winery id.';
COMMENT ON COLUMN waste_disposal.hauled_on IS 'Hauled on.';
COMMENT ON COLUMN waste_disposal.tonnes IS 'Tonnes.';

CREATE TABLE label_designs (
    design_id integer PRIMARY KEY,
    sku text NOT NULL,
    approved_on date
);
COMMENT ON TABLE label_designs IS 'Side system (design): label artwork versions per SKU.';
COMMENT ON COLUMN label_designs.design_id IS 'Surrogate key.';
COMMENT ON COLUMN label_designs.sku IS 'Sku.';
COMMENT ON COLUMN label_designs.approved_on IS 'Approved on.';

CREATE TABLE barrel_purchases (
    purchase_id integer PRIMARY KEY,
    cooperage text NOT NULL,
    bought_on date NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE barrel_purchases IS 'Side system (purchasing): barrel purchase invoices, amounts in EUR.';
COMMENT ON COLUMN barrel_purchases.purchase_id IS 'Surrogate key.';
COMMENT ON COLUMN barrel_purchases.cooperage IS 'Cooperage.';
COMMENT ON COLUMN barrel_purchases.bought_on IS 'Bought on.';
COMMENT ON COLUMN barrel_purchases.amount IS 'Amount.';

CREATE TABLE tank_cleaning_log (
    log_id integer PRIMARY KEY,
    tank_id integer NOT NULL,
    cleaned_at timestamptz NOT NULL
);
COMMENT ON TABLE tank_cleaning_log IS 'Side system (hygiene): tank cleaning and sanitising records.';
COMMENT ON COLUMN tank_cleaning_log.log_id IS 'Surrogate key.';
COMMENT ON COLUMN tank_cleaning_log.tank_id IS 'Tank id.';
COMMENT ON COLUMN tank_cleaning_log.cleaned_at IS 'Cleaned at.';

CREATE TABLE sensor_tank_temperatures (
    reading_id integer PRIMARY KEY,
    tank_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    celsius numeric(4,1) NOT NULL
);
COMMENT ON TABLE sensor_tank_temperatures IS 'Side system (IoT): hourly tank temperature readings (sample).';
COMMENT ON COLUMN sensor_tank_temperatures.reading_id IS 'Surrogate key.';
COMMENT ON COLUMN sensor_tank_temperatures.tank_id IS 'Tank id.';
COMMENT ON COLUMN sensor_tank_temperatures.read_at IS 'Read at.';
COMMENT ON COLUMN sensor_tank_temperatures.celsius IS 'Celsius.';

CREATE TABLE customer_complaints (
    complaint_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    received_on date NOT NULL,
    category text NOT NULL
);
COMMENT ON TABLE customer_complaints IS 'Side system (quality): customer complaints (cork taint, breakage).';
COMMENT ON COLUMN customer_complaints.complaint_id IS 'Surrogate key.';
COMMENT ON COLUMN customer_complaints.customer_id IS 'Customer id.';
COMMENT ON COLUMN customer_complaints.received_on IS 'Received on.';
COMMENT ON COLUMN customer_complaints.category IS 'Category.';

CREATE TABLE insurance_policies (
    policy_id integer PRIMARY KEY,
    insurer text NOT NULL,
    premium numeric(10,2) NOT NULL,
    renews_on date NOT NULL
);
COMMENT ON TABLE insurance_policies IS 'Side system (finance): insurance policies.';
COMMENT ON COLUMN insurance_policies.policy_id IS 'Surrogate key.';
COMMENT ON COLUMN insurance_policies.insurer IS 'Insurer.';
COMMENT ON COLUMN insurance_policies.premium IS 'Premium.';
COMMENT ON COLUMN insurance_policies.renews_on IS 'Renews on.';

CREATE TABLE bank_accounts (
    account_id integer PRIMARY KEY,
    winery_id integer NOT NULL,
    iban_masked text NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE bank_accounts IS 'Side system (finance): bank accounts of the group companies.';
COMMENT ON COLUMN bank_accounts.account_id IS 'Surrogate key.';
COMMENT ON COLUMN bank_accounts.winery_id IS 'Winery id.';
COMMENT ON COLUMN bank_accounts.iban_masked IS 'Code.';
COMMENT ON COLUMN bank_accounts.currency_code IS 'Currency code.';

CREATE TABLE gl_cost_centres (
    cost_centre text PRIMARY KEY,
    winery_id integer NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE gl_cost_centres IS 'Side system (finance): cost centres.';
COMMENT ON COLUMN gl_cost_centres.cost_centre IS 'Code.';
COMMENT ON COLUMN gl_cost_centres.winery_id IS 'Winery id.';
COMMENT ON COLUMN gl_cost_centres.description IS 'Description.';

CREATE TABLE etl_job_runs (
    run_id integer PRIMARY KEY,
    job_name text NOT NULL,
    started_at timestamptz NOT NULL
);
COMMENT ON TABLE etl_job_runs IS 'Operations: nightly ETL job runs (technical log).';
COMMENT ON COLUMN etl_job_runs.run_id IS 'Surrogate key.';
COMMENT ON COLUMN etl_job_runs.job_name IS 'Job name.';
COMMENT ON COLUMN etl_job_runs.started_at IS 'Started at.';

CREATE TABLE report_refresh_log (
    log_id integer PRIMARY KEY,
    table_name text NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE report_refresh_log IS 'Operations: when rpt_* and v_* tables were last refreshed (technical log).';
COMMENT ON COLUMN report_refresh_log.log_id IS 'Surrogate key.';
COMMENT ON COLUMN report_refresh_log.table_name IS 'Table name.';
COMMENT ON COLUMN report_refresh_log.refreshed_at IS 'Refreshed at.';

CREATE TABLE user_accounts (
    user_id integer PRIMARY KEY,
    login text NOT NULL,
    full_name text NOT NULL
);
COMMENT ON TABLE user_accounts IS 'Operations: application user accounts.';
COMMENT ON COLUMN user_accounts.user_id IS 'Surrogate key.';
COMMENT ON COLUMN user_accounts.login IS 'Code.';
COMMENT ON COLUMN user_accounts.full_name IS 'Full name.';
