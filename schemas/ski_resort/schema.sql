-- ski_resort: Alpenglow Mountain Group, six ski resorts in AT/CH/JP/CA (hard split, schema-scale design).
-- DDL only; rows come from generate.py. Written by bench/hard/ski_resort/build_schema.py from generate.TABLES.

CREATE TABLE regions (
    region_code text PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE regions IS 'Lookup: the three regions of the group. Used by resorts.region_code.';
COMMENT ON COLUMN regions.region_code IS 'Region code: ''alps'', ''japan'' or ''canada''.';
COMMENT ON COLUMN regions.name IS 'Descriptive name.';

CREATE TABLE countries (
    country_code char(2) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE countries IS 'Lookup: ISO 3166-1 alpha-2 countries (resorts, customers).';
COMMENT ON COLUMN countries.country_code IS 'ISO 3166-1 alpha-2 code, e.g. ''AT'', ''CH'', ''JP'', ''CA''.';
COMMENT ON COLUMN countries.name IS 'English name.';

CREATE TABLE currencies (
    currency_code char(3) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE currencies IS 'Lookup: currencies. Every resort sells in its own currency (resorts.currency_code). Convert to EUR with fx_rates, the only authoritative rate table.';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217 code: ''EUR'', ''CHF'', ''JPY'', ''CAD''.';
COMMENT ON COLUMN currencies.name IS 'Currency name.';

CREATE TABLE fx_rates (
    rate_date date NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    eur_per_unit numeric(14,8) NOT NULL CHECK (eur_per_unit > 0),
    PRIMARY KEY (rate_date, currency_code)
);
COMMENT ON TABLE fx_rates IS 'AUTHORITATIVE daily exchange rates to EUR, one row per calendar day (weekends included, no gaps) and NON-EUR currency (''CHF'', ''JPY'', ''CAD'') from 2021-10-01 to 2025-11-19. There are NO rows for EUR: an amount in EUR is already in EUR (rate 1). To convert an amount in currency X dated on UTC day D to EUR multiply it by eur_per_unit of (D, X). staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg are not conversion tables.';
COMMENT ON COLUMN fx_rates.rate_date IS 'Calendar day (UTC) the rate applies to.';
COMMENT ON COLUMN fx_rates.currency_code IS 'Currency converted: ''CHF'', ''JPY'' or ''CAD''.';
COMMENT ON COLUMN fx_rates.eur_per_unit IS 'Euros per one unit of the currency on that day.';

CREATE TABLE seasons (
    season_code text PRIMARY KEY,
    fiscal_year integer NOT NULL UNIQUE,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    lifts_open_on date NOT NULL,
    lifts_close_on date NOT NULL
);
COMMENT ON TABLE seasons IS 'AUTHORITATIVE fiscal calendar of the group. The fiscal year is the SEASON: it runs from 1 November to 31 October of the next calendar year and is named ''YYYY-YY'' by its two calendar years (season ''2023-24'' = 2023-11-01 .. 2024-10-31, fiscal_year 2024). The seasons 2019-20 .. 2025-26 are consecutive and cover every day from 2019-11-01 to 2026-10-31. A transaction belongs to the season whose starts_on..ends_on contains its LOCAL business date at the resort (the date of the local wall-clock time, see the *_local columns), not its UTC date.';
COMMENT ON COLUMN seasons.season_code IS 'Season name, e.g. ''2023-24''.';
COMMENT ON COLUMN seasons.fiscal_year IS 'Fiscal year number = the calendar year in which the season ends (season ''2023-24'' = 2024).';
COMMENT ON COLUMN seasons.starts_on IS 'First day of the fiscal season (1 November, inclusive).';
COMMENT ON COLUMN seasons.ends_on IS 'Last day of the fiscal season (31 October, inclusive).';
COMMENT ON COLUMN seasons.lifts_open_on IS 'Planned first day of winter lift operation (informational).';
COMMENT ON COLUMN seasons.lifts_close_on IS 'Planned last day of winter lift operation (informational).';

CREATE TABLE resorts (
    resort_id integer PRIMARY KEY,
    resort_code char(3) NOT NULL UNIQUE,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    tz_name text NOT NULL,
    region_code text NOT NULL REFERENCES regions (region_code),
    base_elevation_m integer NOT NULL,
    top_elevation_m integer NOT NULL
);
COMMENT ON TABLE resorts IS 'AUTHORITATIVE ski resorts of the group (current codes). Local wall-clock times at a resort follow tz_name (Europe/Vienna and Europe/Zurich: UTC+1, +2 in summer; Asia/Tokyo: UTC+9; America/Vancouver: UTC-8, -7 in summer).';
COMMENT ON COLUMN resorts.resort_id IS 'Surrogate key.';
COMMENT ON COLUMN resorts.resort_code IS 'Current resort code: ''ANT'', ''KIT'', ''ZER'', ''VER'', ''NIS'', ''WHI''.';
COMMENT ON COLUMN resorts.name IS 'Resort name (local spelling, e.g. ''Kitzbühel'').';
COMMENT ON COLUMN resorts.country_code IS 'Country.';
COMMENT ON COLUMN resorts.currency_code IS 'Currency of every price and amount recorded for the resort (orders, rentals, lessons, tariffs).';
COMMENT ON COLUMN resorts.tz_name IS 'IANA time zone of the resort; the *_local columns are wall-clock times in this zone.';
COMMENT ON COLUMN resorts.region_code IS 'Region.';
COMMENT ON COLUMN resorts.base_elevation_m IS 'Elevation of the village / base area in metres.';
COMMENT ON COLUMN resorts.top_elevation_m IS 'Highest lift-served point in metres.';

CREATE TABLE lift_types (
    lift_type_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE lift_types IS 'Lookup of lift types (lifts.lift_type_code).';
COMMENT ON COLUMN lift_types.lift_type_code IS '''GON'' gondola, ''CAB'' aerial cable car, ''CHR'' chairlift, ''FUN'' funicular / cog railway, ''DRG'' drag lift.';
COMMENT ON COLUMN lift_types.description IS 'Meaning.';

CREATE TABLE lifts (
    lift_id integer PRIMARY KEY,
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    lift_code text NOT NULL UNIQUE,
    name text NOT NULL,
    lift_type_code text NOT NULL REFERENCES lift_types (lift_type_code),
    capacity_pph integer NOT NULL,
    length_m integer NOT NULL,
    vertical_m integer NOT NULL,
    opened_year integer NOT NULL
);
COMMENT ON TABLE lifts IS 'AUTHORITATIVE lifts with their CURRENT lift code and CURRENT name. The name a lift carried on a given date is in lift_name_history; the legacy system used other lift codes (legacy_lift_code_map).';
COMMENT ON COLUMN lifts.lift_id IS 'Surrogate key.';
COMMENT ON COLUMN lifts.resort_id IS 'Resort of the lift.';
COMMENT ON COLUMN lifts.lift_code IS 'Current lift code ''<resort_code>-<short>'', e.g. ''ANT-GALZ''.';
COMMENT ON COLUMN lifts.name IS 'Current name only.';
COMMENT ON COLUMN lifts.lift_type_code IS 'Lift type.';
COMMENT ON COLUMN lifts.capacity_pph IS 'Design capacity, persons per hour.';
COMMENT ON COLUMN lifts.length_m IS 'Slope length in metres.';
COMMENT ON COLUMN lifts.vertical_m IS 'Vertical rise in metres.';
COMMENT ON COLUMN lifts.opened_year IS 'Year the current installation opened.';

CREATE TABLE lift_name_history (
    lift_id integer NOT NULL REFERENCES lifts (lift_id),
    name text NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (lift_id, valid_from)
);
COMMENT ON TABLE lift_name_history IS 'AUTHORITATIVE history of lift names: one row per name period, valid_from inclusive, valid_to exclusive, valid_to NULL for the current name. Every lift has rows covering its whole life.';
COMMENT ON COLUMN lift_name_history.lift_id IS 'The lift.';
COMMENT ON COLUMN lift_name_history.name IS 'Name carried in the period.';
COMMENT ON COLUMN lift_name_history.valid_from IS 'First day the name was used (inclusive).';
COMMENT ON COLUMN lift_name_history.valid_to IS 'First day the name was no longer used (exclusive); NULL = current.';

CREATE TABLE product_types (
    product_type_code text PRIMARY KEY,
    description text NOT NULL,
    ski_days integer
);
COMMENT ON TABLE product_types IS 'Lookup of ticket product types (products.product_type_code).';
COMMENT ON COLUMN product_types.product_type_code IS '''DAY'' one-day ticket, ''HALF'' half-day ticket, ''MULTI6'' six-day ticket, ''SEASON'' season pass.';
COMMENT ON COLUMN product_types.description IS 'Meaning.';
COMMENT ON COLUMN product_types.ski_days IS 'Skiing days the product gives (NULL for a season pass).';

CREATE TABLE products (
    product_id integer PRIMARY KEY,
    product_code text NOT NULL UNIQUE,
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    product_type_code text NOT NULL REFERENCES product_types (product_type_code),
    age_group text NOT NULL CHECK (age_group IN ('adult', 'child')),
    name text NOT NULL
);
COMMENT ON TABLE products IS 'AUTHORITATIVE lift ticket and pass products with their CURRENT product codes (one set per resort). Prices are in product_price_history; the legacy system used other codes (legacy_product_code_map).';
COMMENT ON COLUMN products.product_id IS 'Surrogate key.';
COMMENT ON COLUMN products.product_code IS 'Current product code ''<resort_code>-<type>-<age>'', e.g. ''ANT-DAY-AD''. <type> abbreviates the product type: DAY, HALF, 6D (MULTI6) or SP (SEASON); <age> is AD (adult) or CH (child).';
COMMENT ON COLUMN products.resort_id IS 'Resort where the product is valid and sold.';
COMMENT ON COLUMN products.product_type_code IS 'Product type.';
COMMENT ON COLUMN products.age_group IS '''adult'' (16+) or ''child'' (6-15).';
COMMENT ON COLUMN products.name IS 'Product name as printed.';

CREATE TABLE product_price_history (
    price_id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES products (product_id),
    list_price numeric(12,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE product_price_history IS 'AUTHORITATIVE list prices of products in the resort''s currency over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. Exactly one row is valid for a product on any day from 2021-11-01. The price valid on a day is the row with valid_from <= day < valid_to (or valid_to NULL). v_current_prices shows today''s prices only.';
COMMENT ON COLUMN product_price_history.price_id IS 'Surrogate key.';
COMMENT ON COLUMN product_price_history.product_id IS 'Product.';
COMMENT ON COLUMN product_price_history.list_price IS 'List price of one unit in the resort''s currency (resorts.currency_code), VAT included.';
COMMENT ON COLUMN product_price_history.valid_from IS 'First day of validity (inclusive).';
COMMENT ON COLUMN product_price_history.valid_to IS 'End of validity (exclusive); NULL = still valid.';

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    customer_no text NOT NULL UNIQUE,
    full_name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    birth_year integer,
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE customers IS 'AUTHORITATIVE customer accounts of the group (shared by all resorts).';
COMMENT ON COLUMN customers.customer_id IS 'Surrogate key.';
COMMENT ON COLUMN customers.customer_no IS 'Customer number, e.g. ''K000123''.';
COMMENT ON COLUMN customers.full_name IS 'Person name; may contain apostrophes and non-ASCII letters.';
COMMENT ON COLUMN customers.country_code IS 'Country of residence.';
COMMENT ON COLUMN customers.birth_year IS 'Year of birth; NULL when not given.';
COMMENT ON COLUMN customers.created_at IS 'Account creation moment (UTC).';

CREATE TABLE sales_channels (
    channel_code text PRIMARY KEY,
    description text NOT NULL,
    is_online boolean NOT NULL
);
COMMENT ON TABLE sales_channels IS 'Lookup of sales channels (sales_orders.channel_code).';
COMMENT ON COLUMN sales_channels.channel_code IS '''WEB'', ''APP'', ''DESK'', ''AGT'', ''KIOSK''.';
COMMENT ON COLUMN sales_channels.description IS 'Meaning.';
COMMENT ON COLUMN sales_channels.is_online IS 'true for the online channels (''WEB'', ''APP'').';

CREATE TABLE sales_orders (
    order_id integer PRIMARY KEY,
    order_no text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    ordered_at timestamptz NOT NULL,
    ordered_at_local timestamp NOT NULL,
    channel_code text NOT NULL REFERENCES sales_channels (channel_code),
    status text NOT NULL CHECK (status IN ('paid', 'cancelled')),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    deleted_at timestamptz
);
COMMENT ON TABLE sales_orders IS 'AUTHORITATIVE lift-ticket sales orders placed on or after 2023-06-01 00:00 UTC (ordered_at). Orders placed before that cutoff were moved to archive_sales_orders (same columns); a question spanning the cutoff needs both tables. Sales of season 2020-21 exist only in the legacy system (legacy_ticket_sales). Soft-deleted rows (deleted_at not NULL) are not real orders.';
COMMENT ON COLUMN sales_orders.order_id IS 'Surrogate key, unique across sales_orders and archive_sales_orders.';
COMMENT ON COLUMN sales_orders.order_no IS 'Order number printed on the receipt, ''<resort_code>-<yy>-<nnnnn>'': yy = the year in which the season of the order''s local business date starts, nnnnn = five-digit running number per resort and season, e.g. ''NIS-24-00123''.';
COMMENT ON COLUMN sales_orders.customer_id IS 'Buyer.';
COMMENT ON COLUMN sales_orders.resort_id IS 'Resort that sold the order (all lines of an order are products of this resort).';
COMMENT ON COLUMN sales_orders.ordered_at IS 'Moment of the order (UTC). Amounts of the order are converted to EUR with the fx_rates row of the UTC date of ordered_at.';
COMMENT ON COLUMN sales_orders.ordered_at_local IS 'The same moment as wall-clock time at the resort (resorts.tz_name). Its date is the order''s local business date (seasons, local days and months).';
COMMENT ON COLUMN sales_orders.channel_code IS 'Sales channel.';
COMMENT ON COLUMN sales_orders.status IS '''paid'' (money received; refunds, if any, are in refunds) or ''cancelled'' (never paid: no revenue).';
COMMENT ON COLUMN sales_orders.currency_code IS 'Currency of every amount of the order (= the resort''s currency).';
COMMENT ON COLUMN sales_orders.deleted_at IS 'SOFT DELETE: non-NULL = the order was deleted (test order or duplicate) at that moment and must be ignored in every count and sum; NULL = a real order.';

CREATE TABLE archive_sales_orders (
    order_id integer PRIMARY KEY,
    order_no text NOT NULL,
    customer_id integer NOT NULL,
    resort_id integer NOT NULL,
    ordered_at timestamptz NOT NULL,
    ordered_at_local timestamp NOT NULL,
    channel_code text NOT NULL,
    status text NOT NULL CHECK (status IN ('paid', 'cancelled')),
    currency_code char(3) NOT NULL,
    deleted_at timestamptz,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_sales_orders IS 'ARCHIVE of sales orders placed before 2023-06-01 00:00 UTC (seasons 2021-22 and 2022-23; moved out of sales_orders on 2023-07-01). Same columns and meaning as sales_orders (soft deletes included) plus archived_at. Together with sales_orders it is the complete order record from 2021-10-01.';
COMMENT ON COLUMN archive_sales_orders.order_id IS 'Surrogate key, unique across sales_orders and archive_sales_orders.';
COMMENT ON COLUMN archive_sales_orders.order_no IS 'Order number printed on the receipt, ''<resort_code>-<yy>-<nnnnn>'': yy = the year in which the season of the order''s local business date starts, nnnnn = five-digit running number per resort and season, e.g. ''NIS-24-00123''.';
COMMENT ON COLUMN archive_sales_orders.customer_id IS 'Buyer.';
COMMENT ON COLUMN archive_sales_orders.resort_id IS 'Resort that sold the order (all lines of an order are products of this resort).';
COMMENT ON COLUMN archive_sales_orders.ordered_at IS 'Moment of the order (UTC). Amounts of the order are converted to EUR with the fx_rates row of the UTC date of ordered_at.';
COMMENT ON COLUMN archive_sales_orders.ordered_at_local IS 'The same moment as wall-clock time at the resort (resorts.tz_name). Its date is the order''s local business date (seasons, local days and months).';
COMMENT ON COLUMN archive_sales_orders.channel_code IS 'Sales channel.';
COMMENT ON COLUMN archive_sales_orders.status IS '''paid'' (money received; refunds, if any, are in refunds) or ''cancelled'' (never paid: no revenue).';
COMMENT ON COLUMN archive_sales_orders.currency_code IS 'Currency of every amount of the order (= the resort''s currency).';
COMMENT ON COLUMN archive_sales_orders.deleted_at IS 'SOFT DELETE: non-NULL = the order was deleted (test order or duplicate) at that moment and must be ignored in every count and sum; NULL = a real order.';
COMMENT ON COLUMN archive_sales_orders.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE order_lines (
    line_id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES sales_orders (order_id),
    product_id integer NOT NULL REFERENCES products (product_id),
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    line_amount numeric(12,2) NOT NULL,
    first_ski_date date NOT NULL
);
COMMENT ON TABLE order_lines IS 'AUTHORITATIVE lines of the orders in sales_orders (every order has at least one line). Lines of archived orders are in archive_order_lines. Gross sales of an order = sum of its line_amount.';
COMMENT ON COLUMN order_lines.line_id IS 'Surrogate key, unique across order_lines and archive_order_lines.';
COMMENT ON COLUMN order_lines.order_id IS 'Order of the line.';
COMMENT ON COLUMN order_lines.product_id IS 'Product sold.';
COMMENT ON COLUMN order_lines.quantity IS 'Number of tickets / passes of the product on the line.';
COMMENT ON COLUMN order_lines.unit_price IS 'Price charged per unit in the order''s currency: the list price valid on the order''s local business date, or less when a discount was given (never more than the list price).';
COMMENT ON COLUMN order_lines.line_amount IS 'quantity * unit_price, in the order''s currency (NOT in EUR).';
COMMENT ON COLUMN order_lines.first_ski_date IS 'First day the ticket is valid (local date; for a season pass the season''s opening day).';

CREATE TABLE archive_order_lines (
    line_id integer PRIMARY KEY,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL,
    line_amount numeric(12,2) NOT NULL,
    first_ski_date date NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_order_lines IS 'ARCHIVE of the lines of archive_sales_orders; same columns as order_lines plus archived_at.';
COMMENT ON COLUMN archive_order_lines.line_id IS 'Surrogate key, unique across order_lines and archive_order_lines.';
COMMENT ON COLUMN archive_order_lines.order_id IS 'Order of the line.';
COMMENT ON COLUMN archive_order_lines.product_id IS 'Product sold.';
COMMENT ON COLUMN archive_order_lines.quantity IS 'Number of tickets / passes of the product on the line.';
COMMENT ON COLUMN archive_order_lines.unit_price IS 'Price charged per unit in the order''s currency: the list price valid on the order''s local business date, or less when a discount was given (never more than the list price).';
COMMENT ON COLUMN archive_order_lines.line_amount IS 'quantity * unit_price, in the order''s currency (NOT in EUR).';
COMMENT ON COLUMN archive_order_lines.first_ski_date IS 'First day the ticket is valid (local date; for a season pass the season''s opening day).';
COMMENT ON COLUMN archive_order_lines.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE refund_reasons (
    reason_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE refund_reasons IS 'Lookup of refund reasons (refunds.reason_code).';
COMMENT ON COLUMN refund_reasons.reason_code IS '''WEATHER'', ''INJURY'', ''GOODWILL'', ''DUPLICATE''.';
COMMENT ON COLUMN refund_reasons.description IS 'Meaning.';

CREATE TABLE refunds (
    refund_id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES sales_orders (order_id),
    refunded_at timestamptz NOT NULL,
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    reason_code text NOT NULL REFERENCES refund_reasons (reason_code)
);
COMMENT ON TABLE refunds IS 'AUTHORITATIVE refunds of the orders in sales_orders (a refund lives with its ORDER: refunds of archived orders are in archive_refunds, even when they were paid back after 2023-06-01). Net sales = gross sales minus refunds.';
COMMENT ON COLUMN refunds.refund_id IS 'Surrogate key, unique across refunds and archive_refunds.';
COMMENT ON COLUMN refunds.order_id IS 'Refunded order (always a ''paid'' order).';
COMMENT ON COLUMN refunds.refunded_at IS 'Moment the money was paid back (UTC). Convert the refund with the fx_rates row of the UTC date of refunded_at.';
COMMENT ON COLUMN refunds.amount IS 'Amount paid back, in the order''s currency.';
COMMENT ON COLUMN refunds.reason_code IS 'Reason.';

CREATE TABLE archive_refunds (
    refund_id integer PRIMARY KEY,
    order_id integer NOT NULL,
    refunded_at timestamptz NOT NULL,
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    reason_code text NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_refunds IS 'ARCHIVE of the refunds of archive_sales_orders (whatever the refund date); same columns as refunds plus archived_at.';
COMMENT ON COLUMN archive_refunds.refund_id IS 'Surrogate key, unique across refunds and archive_refunds.';
COMMENT ON COLUMN archive_refunds.order_id IS 'Refunded order (always a ''paid'' order).';
COMMENT ON COLUMN archive_refunds.refunded_at IS 'Moment the money was paid back (UTC). Convert the refund with the fx_rates row of the UTC date of refunded_at.';
COMMENT ON COLUMN archive_refunds.amount IS 'Amount paid back, in the order''s currency.';
COMMENT ON COLUMN archive_refunds.reason_code IS 'Reason.';
COMMENT ON COLUMN archive_refunds.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE downtime_causes (
    cause_code text PRIMARY KEY,
    description text NOT NULL,
    cause_group text NOT NULL,
    is_planned boolean NOT NULL
);
COMMENT ON TABLE downtime_causes IS 'Lookup of lift downtime causes (lift_downtime_incidents.cause_code).';
COMMENT ON COLUMN downtime_causes.cause_code IS '''WIND'', ''STORM'', ''POWER'', ''MECH'', ''RESCUE'', ''MAINT''.';
COMMENT ON COLUMN downtime_causes.description IS 'Meaning.';
COMMENT ON COLUMN downtime_causes.cause_group IS '''weather'' (WIND, STORM), ''technical'' (POWER, MECH), ''operational'' (RESCUE) or ''planned'' (MAINT).';
COMMENT ON COLUMN downtime_causes.is_planned IS 'true only for planned maintenance windows (MAINT); every other cause is unplanned downtime.';

CREATE TABLE lift_downtime_incidents (
    incident_id integer PRIMARY KEY,
    lift_id integer NOT NULL REFERENCES lifts (lift_id),
    started_at timestamptz NOT NULL,
    ended_at timestamptz NOT NULL,
    started_at_local timestamp NOT NULL,
    cause_code text NOT NULL REFERENCES downtime_causes (cause_code),
    skiers_evacuated integer NOT NULL
);
COMMENT ON TABLE lift_downtime_incidents IS 'AUTHORITATIVE lift downtime incidents that started on or after 2023-06-01 00:00 UTC. Earlier incidents (from 2021-11-01) were moved to archive_lift_downtime (same columns).';
COMMENT ON COLUMN lift_downtime_incidents.incident_id IS 'Surrogate key, unique across lift_downtime_incidents and archive_lift_downtime.';
COMMENT ON COLUMN lift_downtime_incidents.lift_id IS 'Lift that stood still.';
COMMENT ON COLUMN lift_downtime_incidents.started_at IS 'Moment the lift stopped (UTC).';
COMMENT ON COLUMN lift_downtime_incidents.ended_at IS 'Moment the lift ran again (UTC). Downtime minutes = (ended_at - started_at) in minutes.';
COMMENT ON COLUMN lift_downtime_incidents.started_at_local IS 'started_at as wall-clock time at the resort.';
COMMENT ON COLUMN lift_downtime_incidents.cause_code IS 'Cause.';
COMMENT ON COLUMN lift_downtime_incidents.skiers_evacuated IS 'Passengers brought down by rescue (0 when none).';

CREATE TABLE archive_lift_downtime (
    incident_id integer PRIMARY KEY,
    lift_id integer NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz NOT NULL,
    started_at_local timestamp NOT NULL,
    cause_code text NOT NULL,
    skiers_evacuated integer NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_lift_downtime IS 'ARCHIVE of lift downtime incidents that started before 2023-06-01 00:00 UTC (seasons 2021-22 and 2022-23); same columns as lift_downtime_incidents plus archived_at.';
COMMENT ON COLUMN archive_lift_downtime.incident_id IS 'Surrogate key, unique across lift_downtime_incidents and archive_lift_downtime.';
COMMENT ON COLUMN archive_lift_downtime.lift_id IS 'Lift that stood still.';
COMMENT ON COLUMN archive_lift_downtime.started_at IS 'Moment the lift stopped (UTC).';
COMMENT ON COLUMN archive_lift_downtime.ended_at IS 'Moment the lift ran again (UTC). Downtime minutes = (ended_at - started_at) in minutes.';
COMMENT ON COLUMN archive_lift_downtime.started_at_local IS 'started_at as wall-clock time at the resort.';
COMMENT ON COLUMN archive_lift_downtime.cause_code IS 'Cause.';
COMMENT ON COLUMN archive_lift_downtime.skiers_evacuated IS 'Passengers brought down by rescue (0 when none).';
COMMENT ON COLUMN archive_lift_downtime.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE lift_scans_ant (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_ant IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort ANT (St. Anton am Arlberg) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_ant.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_ant.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_ant.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_ant.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE lift_scans_kit (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_kit IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort KIT (Kitzbühel) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_kit.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_kit.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_kit.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_kit.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE lift_scans_zer (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_zer IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort ZER (Zermatt) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_zer.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_zer.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_zer.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_zer.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE lift_scans_ver (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_ver IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort VER (Verbier 4 Vallées) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_ver.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_ver.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_ver.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_ver.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE lift_scans_nis (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_nis IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort NIS (Niseko United) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_nis.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_nis.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_nis.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_nis.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE lift_scans_whi (
    lift_id integer NOT NULL,
    month_start date NOT NULL,
    gate_scans integer NOT NULL,
    distinct_tickets integer NOT NULL,
    PRIMARY KEY (lift_id, month_start)
);
COMMENT ON TABLE lift_scans_whi IS 'AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort WHI (Whistler Blackcomb) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.';
COMMENT ON COLUMN lift_scans_whi.lift_id IS 'Lift (lifts.lift_id) of this partition''s resort.';
COMMENT ON COLUMN lift_scans_whi.month_start IS 'First day of the local calendar month counted.';
COMMENT ON COLUMN lift_scans_whi.gate_scans IS 'Valid ticket scans at the lift''s turnstiles in that month (one scan = one ride).';
COMMENT ON COLUMN lift_scans_whi.distinct_tickets IS 'Number of distinct tickets scanned at the lift in that month.';

CREATE TABLE equipment_categories (
    category_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE equipment_categories IS 'Lookup of rental equipment categories (rental_contracts.category_code).';
COMMENT ON COLUMN equipment_categories.category_code IS '''SKI'', ''SNB'', ''BOOT'', ''PERF'', ''KIDS''.';
COMMENT ON COLUMN equipment_categories.description IS 'Meaning.';

CREATE TABLE rental_shops (
    shop_id integer PRIMARY KEY,
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    shop_name text NOT NULL
);
COMMENT ON TABLE rental_shops IS 'AUTHORITATIVE rental shops of the group (one or two per resort).';
COMMENT ON COLUMN rental_shops.shop_id IS 'Surrogate key.';
COMMENT ON COLUMN rental_shops.resort_id IS 'Resort.';
COMMENT ON COLUMN rental_shops.shop_name IS 'Shop name.';

CREATE TABLE rental_contracts (
    contract_id integer PRIMARY KEY,
    contract_no text NOT NULL UNIQUE,
    shop_id integer NOT NULL REFERENCES rental_shops (shop_id),
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    category_code text NOT NULL REFERENCES equipment_categories (category_code),
    start_date date NOT NULL,
    rental_days integer NOT NULL CHECK (rental_days > 0),
    amount numeric(12,2) NOT NULL,
    deleted_at timestamptz
);
COMMENT ON TABLE rental_contracts IS 'AUTHORITATIVE equipment rental contracts from season 2023-24 on (the rental system started 2023-11-01). Soft-deleted rows (deleted_at not NULL) are voided contracts and must be ignored.';
COMMENT ON COLUMN rental_contracts.contract_id IS 'Surrogate key.';
COMMENT ON COLUMN rental_contracts.contract_no IS 'Contract number, e.g. ''R-ZER-00042''.';
COMMENT ON COLUMN rental_contracts.shop_id IS 'Shop.';
COMMENT ON COLUMN rental_contracts.customer_id IS 'Renter.';
COMMENT ON COLUMN rental_contracts.category_code IS 'Equipment category.';
COMMENT ON COLUMN rental_contracts.start_date IS 'First rental day (local date at the resort; decides the season).';
COMMENT ON COLUMN rental_contracts.rental_days IS 'Number of rental days.';
COMMENT ON COLUMN rental_contracts.amount IS 'Total charged in the resort''s currency. Convert to EUR with the fx_rates row of start_date.';
COMMENT ON COLUMN rental_contracts.deleted_at IS 'SOFT DELETE: non-NULL = voided contract, ignore it; NULL = real contract.';

CREATE TABLE staff_roles (
    role_code text PRIMARY KEY,
    title text NOT NULL,
    is_instructor boolean NOT NULL
);
COMMENT ON TABLE staff_roles IS 'Lookup of staff roles (staff_role_history.role_code).';
COMMENT ON COLUMN staff_roles.role_code IS '''LIFT_OP'', ''LIFT_SUP'', ''INSTR'', ''SNR_INSTR'', ''RENTAL'', ''SNOWMAKER'', ''PATROL'', ''OFFICE''.';
COMMENT ON COLUMN staff_roles.title IS 'Role title.';
COMMENT ON COLUMN staff_roles.is_instructor IS 'true for the ski-school teaching roles (INSTR, SNR_INSTR).';

CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    staff_no text NOT NULL UNIQUE,
    full_name text NOT NULL,
    home_resort_id integer NOT NULL REFERENCES resorts (resort_id),
    current_role_code text NOT NULL REFERENCES staff_roles (role_code),
    hired_on date NOT NULL,
    left_on date
);
COMMENT ON TABLE staff IS 'AUTHORITATIVE staff members. current_role_code and home_resort_id are the CURRENT values only; the role and resort a person had on a given date are in staff_role_history.';
COMMENT ON COLUMN staff.staff_id IS 'Surrogate key.';
COMMENT ON COLUMN staff.staff_no IS 'Personnel number, e.g. ''S0042''.';
COMMENT ON COLUMN staff.full_name IS 'Name.';
COMMENT ON COLUMN staff.home_resort_id IS 'Current resort.';
COMMENT ON COLUMN staff.current_role_code IS 'Current role.';
COMMENT ON COLUMN staff.hired_on IS 'First working day.';
COMMENT ON COLUMN staff.left_on IS 'Day after the last working day; NULL while employed.';

CREATE TABLE staff_role_history (
    staff_id integer NOT NULL REFERENCES staff (staff_id),
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    role_code text NOT NULL REFERENCES staff_roles (role_code),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (staff_id, valid_from)
);
COMMENT ON TABLE staff_role_history IS 'AUTHORITATIVE history of each staff member''s role and resort: valid_from inclusive, valid_to exclusive, valid_to NULL = current. A person has exactly one row valid on every day of employment and none outside it.';
COMMENT ON COLUMN staff_role_history.staff_id IS 'Staff member.';
COMMENT ON COLUMN staff_role_history.resort_id IS 'Resort worked at in the period.';
COMMENT ON COLUMN staff_role_history.role_code IS 'Role held in the period.';
COMMENT ON COLUMN staff_role_history.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN staff_role_history.valid_to IS 'End (exclusive); NULL = current.';

CREATE TABLE ski_school_lessons (
    lesson_id integer PRIMARY KEY,
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    instructor_id integer NOT NULL REFERENCES staff (staff_id),
    lesson_type text NOT NULL CHECK (lesson_type IN ('private', 'group')),
    starts_at timestamptz NOT NULL,
    starts_at_local timestamp NOT NULL,
    duration_min integer NOT NULL,
    participants integer NOT NULL,
    price_amount numeric(12,2) NOT NULL,
    status text NOT NULL CHECK (status IN ('held', 'cancelled', 'no_show'))
);
COMMENT ON TABLE ski_school_lessons IS 'AUTHORITATIVE ski school lessons from season 2023-24 on. Price and participants as booked; status tells whether the lesson was held.';
COMMENT ON COLUMN ski_school_lessons.lesson_id IS 'Surrogate key.';
COMMENT ON COLUMN ski_school_lessons.resort_id IS 'Resort.';
COMMENT ON COLUMN ski_school_lessons.instructor_id IS 'Instructor (staff member) who teaches the lesson; employed on the lesson''s local date (so exactly one staff_role_history row is valid for them that day). That role is normally a teaching role (staff_roles.is_instructor) but need not be: an instructor who has moved to another role (e.g. the resort office) may still teach lessons.';
COMMENT ON COLUMN ski_school_lessons.lesson_type IS '''private'' or ''group''.';
COMMENT ON COLUMN ski_school_lessons.starts_at IS 'Lesson start (UTC). Convert the price with the fx_rates row of the UTC date of starts_at.';
COMMENT ON COLUMN ski_school_lessons.starts_at_local IS 'Lesson start as wall-clock time at the resort.';
COMMENT ON COLUMN ski_school_lessons.duration_min IS 'Booked length in minutes.';
COMMENT ON COLUMN ski_school_lessons.participants IS 'Number of pupils (at least 1).';
COMMENT ON COLUMN ski_school_lessons.price_amount IS 'Total price of the lesson in the resort''s currency.';
COMMENT ON COLUMN ski_school_lessons.status IS '''held'', ''cancelled'' (refunded, no revenue) or ''no_show'' (pupil did not come; price kept).';

CREATE TABLE snowmaking_runs (
    run_id integer PRIMARY KEY,
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    started_at timestamptz NOT NULL,
    started_at_local timestamp NOT NULL,
    ended_at timestamptz NOT NULL,
    water_m3 numeric(10,1) NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    snow_m3 numeric(10,1) NOT NULL
);
COMMENT ON TABLE snowmaking_runs IS 'AUTHORITATIVE snowmaking runs (one row per run of a resort''s snowmaking system) started from 2023-11-01 00:00 UTC up to the extract (2025-11-20 00:00 UTC); the season of a run is that of its local start date (started_at_local).';
COMMENT ON COLUMN snowmaking_runs.run_id IS 'Surrogate key.';
COMMENT ON COLUMN snowmaking_runs.resort_id IS 'Resort.';
COMMENT ON COLUMN snowmaking_runs.started_at IS 'Run start (UTC).';
COMMENT ON COLUMN snowmaking_runs.started_at_local IS 'Run start as wall-clock time at the resort (its date decides the season and the energy tariff).';
COMMENT ON COLUMN snowmaking_runs.ended_at IS 'Run end (UTC).';
COMMENT ON COLUMN snowmaking_runs.water_m3 IS 'Water used, cubic metres.';
COMMENT ON COLUMN snowmaking_runs.energy_kwh IS 'Electricity used, kWh.';
COMMENT ON COLUMN snowmaking_runs.snow_m3 IS 'Technical snow produced, cubic metres.';

CREATE TABLE energy_tariff_history (
    resort_id integer NOT NULL REFERENCES resorts (resort_id),
    price_per_kwh numeric(10,4) NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (resort_id, valid_from)
);
COMMENT ON TABLE energy_tariff_history IS 'AUTHORITATIVE electricity tariffs per resort over time, in the resort''s currency per kWh: valid_from inclusive, valid_to exclusive, NULL = current. Exactly one row is valid for a resort on every day from 2023-01-01. The energy cost of a snowmaking run = energy_kwh * the tariff valid on the run''s LOCAL start date.';
COMMENT ON COLUMN energy_tariff_history.resort_id IS 'Resort.';
COMMENT ON COLUMN energy_tariff_history.price_per_kwh IS 'Price of one kWh in the resort''s currency.';
COMMENT ON COLUMN energy_tariff_history.valid_from IS 'First day (inclusive).';
COMMENT ON COLUMN energy_tariff_history.valid_to IS 'End (exclusive); NULL = current.';

CREATE TABLE legacy_ticket_sales (
    sale_no integer PRIMARY KEY,
    old_product_code text NOT NULL,
    sale_date date NOT NULL,
    qty integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    status_code char(1) NOT NULL
);
COMMENT ON TABLE legacy_ticket_sales IS 'LEGACY ticketing system (SKIDATA export, season 2020-21 only: sales dated 2020-09-01 .. 2021-04-30). One row per ticket sale with OLD product codes (map them with legacy_product_code_map) and amounts in the resort''s currency. Not in sales_orders/archive_sales_orders.';
COMMENT ON COLUMN legacy_ticket_sales.sale_no IS 'Legacy sale number.';
COMMENT ON COLUMN legacy_ticket_sales.old_product_code IS 'Old product code, e.g. ''T-A-01'' (legacy_product_code_map).';
COMMENT ON COLUMN legacy_ticket_sales.sale_date IS 'Local business date of the sale at the resort.';
COMMENT ON COLUMN legacy_ticket_sales.qty IS 'Tickets sold.';
COMMENT ON COLUMN legacy_ticket_sales.amount IS 'Total amount in the resort''s currency.';
COMMENT ON COLUMN legacy_ticket_sales.status_code IS '''V'' valid sale, ''S'' storno (reversed, no revenue), ''T'' training / test sale (not real). legacy_status_codes lists them.';

CREATE TABLE legacy_product_code_map (
    old_product_code text PRIMARY KEY,
    product_id integer NOT NULL,
    note text
);
COMMENT ON TABLE legacy_product_code_map IS 'LEGACY code map: old product code of the legacy system -> current products.product_id. Every old code used in legacy_ticket_sales is listed; some products had two old codes (renumbered in the old system).';
COMMENT ON COLUMN legacy_product_code_map.old_product_code IS 'Old code.';
COMMENT ON COLUMN legacy_product_code_map.product_id IS 'Current product (products.product_id).';
COMMENT ON COLUMN legacy_product_code_map.note IS 'Remark, e.g. why a second code exists; NULL when none.';

CREATE TABLE legacy_lift_counts (
    old_lift_code text NOT NULL,
    count_month date NOT NULL,
    scans integer NOT NULL,
    PRIMARY KEY (old_lift_code, count_month)
);
COMMENT ON TABLE legacy_lift_counts IS 'LEGACY monthly lift-gate scan counts of season 2020-21 (November 2020 .. April 2021) with OLD lift codes (legacy_lift_code_map). From season 2021-22 the counts are in lift_scans_<resort>.';
COMMENT ON COLUMN legacy_lift_counts.old_lift_code IS 'Old lift code, e.g. ''A11''.';
COMMENT ON COLUMN legacy_lift_counts.count_month IS 'First day of the local month.';
COMMENT ON COLUMN legacy_lift_counts.scans IS 'Gate scans in the month.';

CREATE TABLE legacy_lift_code_map (
    old_lift_code text PRIMARY KEY,
    lift_id integer NOT NULL,
    note text
);
COMMENT ON TABLE legacy_lift_code_map IS 'LEGACY code map: old lift code -> current lifts.lift_id. Every old code used in legacy_lift_counts is listed; some lifts had two old codes (re-coded after a turnstile replacement).';
COMMENT ON COLUMN legacy_lift_code_map.old_lift_code IS 'Old code.';
COMMENT ON COLUMN legacy_lift_code_map.lift_id IS 'Current lift (lifts.lift_id).';
COMMENT ON COLUMN legacy_lift_code_map.note IS 'Remark; NULL when none.';

CREATE TABLE legacy_status_codes (
    status_code char(1) PRIMARY KEY,
    meaning text NOT NULL
);
COMMENT ON TABLE legacy_status_codes IS 'LEGACY lookup of legacy_ticket_sales.status_code.';
COMMENT ON COLUMN legacy_status_codes.status_code IS '''V'', ''S'', ''T''.';
COMMENT ON COLUMN legacy_status_codes.meaning IS 'Meaning.';

CREATE TABLE legacy_resorts (
    old_resort_code char(2) PRIMARY KEY,
    resort_id integer NOT NULL,
    old_name text NOT NULL
);
COMMENT ON TABLE legacy_resorts IS 'LEGACY resort list of the old system (old two-letter codes). Informational; the old product codes already identify their product (and so the resort) through legacy_product_code_map.';
COMMENT ON COLUMN legacy_resorts.old_resort_code IS 'Old code, e.g. ''SA''.';
COMMENT ON COLUMN legacy_resorts.resort_id IS 'Current resort (resorts.resort_id).';
COMMENT ON COLUMN legacy_resorts.old_name IS 'Name in the old system.';

CREATE TABLE staging_sales_orders (
    load_id integer NOT NULL,
    order_no text,
    resort_code text,
    ordered_at timestamptz,
    amount numeric(12,2),
    currency_code text
);
COMMENT ON TABLE staging_sales_orders IS 'STAGING: raw order feed of the web shop as loaded before validation (duplicates, test orders, wrong currencies possible). Not the order record: use sales_orders / archive_sales_orders.';
COMMENT ON COLUMN staging_sales_orders.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_sales_orders.order_no IS 'Order number as received.';
COMMENT ON COLUMN staging_sales_orders.resort_code IS 'Resort code as received.';
COMMENT ON COLUMN staging_sales_orders.ordered_at IS 'Order moment as received.';
COMMENT ON COLUMN staging_sales_orders.amount IS 'Order total as received.';
COMMENT ON COLUMN staging_sales_orders.currency_code IS 'Currency as received.';

CREATE TABLE staging_order_lines (
    load_id integer NOT NULL,
    order_no text,
    product_code text,
    quantity integer,
    unit_price numeric(12,2)
);
COMMENT ON TABLE staging_order_lines IS 'STAGING: raw order lines as loaded before validation. Not authoritative (use order_lines / archive_order_lines).';
COMMENT ON COLUMN staging_order_lines.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_order_lines.order_no IS 'Order number.';
COMMENT ON COLUMN staging_order_lines.product_code IS 'Product code.';
COMMENT ON COLUMN staging_order_lines.quantity IS 'Quantity.';
COMMENT ON COLUMN staging_order_lines.unit_price IS 'Unit price.';

CREATE TABLE staging_fx_rates (
    rate_date date,
    currency_code text,
    rate numeric(14,8)
);
COMMENT ON TABLE staging_fx_rates IS 'STAGING: exchange rates as received from the bank feed before validation (gaps, inverted quotes). Use fx_rates.';
COMMENT ON COLUMN staging_fx_rates.rate_date IS 'Day.';
COMMENT ON COLUMN staging_fx_rates.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fx_rates.rate IS 'Rate as received (quote direction not checked).';

CREATE TABLE staging_lift_scans (
    load_id integer NOT NULL,
    lift_code text,
    scan_day date,
    gate_scans integer
);
COMMENT ON TABLE staging_lift_scans IS 'STAGING: turnstile scan counts of the current month as loaded (incomplete). Use the lift_scans_<resort> partitions.';
COMMENT ON COLUMN staging_lift_scans.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_lift_scans.lift_code IS 'Lift code.';
COMMENT ON COLUMN staging_lift_scans.scan_day IS 'Day.';
COMMENT ON COLUMN staging_lift_scans.gate_scans IS 'Scans so far.';

CREATE TABLE staging_rental_contracts (
    load_id integer NOT NULL,
    contract_no text,
    start_date date,
    amount numeric(12,2)
);
COMMENT ON TABLE staging_rental_contracts IS 'STAGING: rental contracts from the shop tills before validation. Use rental_contracts.';
COMMENT ON COLUMN staging_rental_contracts.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_rental_contracts.contract_no IS 'Contract number.';
COMMENT ON COLUMN staging_rental_contracts.start_date IS 'Start.';
COMMENT ON COLUMN staging_rental_contracts.amount IS 'Amount.';

CREATE TABLE staging_lessons (
    load_id integer NOT NULL,
    resort_code text,
    starts_at timestamptz,
    price_amount numeric(12,2)
);
COMMENT ON TABLE staging_lessons IS 'STAGING: ski school bookings as exported by the booking tool before validation (includes enquiries that never became lessons). Use ski_school_lessons.';
COMMENT ON COLUMN staging_lessons.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_lessons.resort_code IS 'Resort.';
COMMENT ON COLUMN staging_lessons.starts_at IS 'Start.';
COMMENT ON COLUMN staging_lessons.price_amount IS 'Price.';

CREATE TABLE staging_snowmaking_runs (
    load_id integer NOT NULL,
    resort_code text,
    started_at timestamptz,
    water_m3 numeric(10,1),
    energy_kwh numeric(10,1)
);
COMMENT ON TABLE staging_snowmaking_runs IS 'STAGING: snowmaking telemetry before validation (sensor spikes not removed). Use snowmaking_runs.';
COMMENT ON COLUMN staging_snowmaking_runs.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_snowmaking_runs.resort_code IS 'Resort.';
COMMENT ON COLUMN staging_snowmaking_runs.started_at IS 'Start.';
COMMENT ON COLUMN staging_snowmaking_runs.water_m3 IS 'Water.';
COMMENT ON COLUMN staging_snowmaking_runs.energy_kwh IS 'Energy.';

CREATE TABLE staging_downtime (
    load_id integer NOT NULL,
    lift_code text,
    stopped_at timestamptz,
    restarted_at timestamptz
);
COMMENT ON TABLE staging_downtime IS 'STAGING: lift control-system stop messages before validation (every stop, also stops of a few seconds). Use lift_downtime_incidents / archive_lift_downtime.';
COMMENT ON COLUMN staging_downtime.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_downtime.lift_code IS 'Lift.';
COMMENT ON COLUMN staging_downtime.stopped_at IS 'Stop.';
COMMENT ON COLUMN staging_downtime.restarted_at IS 'Restart.';

CREATE TABLE staging_staff (
    load_id integer NOT NULL,
    staff_no text,
    role_code text,
    resort_code text
);
COMMENT ON TABLE staging_staff IS 'STAGING: HR export before validation. Use staff / staff_role_history.';
COMMENT ON COLUMN staging_staff.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_staff.staff_no IS 'Personnel number.';
COMMENT ON COLUMN staging_staff.role_code IS 'Role.';
COMMENT ON COLUMN staging_staff.resort_code IS 'Resort.';

CREATE TABLE rpt_season_revenue (
    season_code text NOT NULL,
    resort_code char(3) NOT NULL,
    revenue_eur numeric(14,2) NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_season_revenue IS 'REPORT table (STALE: last refreshed 2024-05-02; seasons up to 2023-24 only). Gross line amounts per resort and season converted at the rate of the refresh day, INCLUDING cancelled and soft-deleted orders and without refunds. For revenue use the order tables with fx_rates.';
COMMENT ON COLUMN rpt_season_revenue.season_code IS 'Season.';
COMMENT ON COLUMN rpt_season_revenue.resort_code IS 'Resort.';
COMMENT ON COLUMN rpt_season_revenue.revenue_eur IS 'Revenue as computed at refresh.';
COMMENT ON COLUMN rpt_season_revenue.refreshed_at IS 'Refresh moment.';

CREATE TABLE rpt_daily_sales (
    sales_day date NOT NULL,
    resort_code char(3) NOT NULL,
    orders integer NOT NULL,
    gross_local numeric(14,2) NOT NULL
);
COMMENT ON TABLE rpt_daily_sales IS 'REPORT table: orders per resort and UTC day (NOT local business day), live orders only (from 2023-06-01), soft-deleted orders included; refreshed nightly, last 2025-04-30.';
COMMENT ON COLUMN rpt_daily_sales.sales_day IS 'UTC date.';
COMMENT ON COLUMN rpt_daily_sales.resort_code IS 'Resort.';
COMMENT ON COLUMN rpt_daily_sales.orders IS 'Orders.';
COMMENT ON COLUMN rpt_daily_sales.gross_local IS 'Gross line amounts in the resort currency.';

CREATE TABLE rpt_lift_utilisation (
    season_code text NOT NULL,
    lift_name text NOT NULL,
    gate_scans integer NOT NULL,
    utilisation_pct numeric(5,1) NOT NULL
);
COMMENT ON TABLE rpt_lift_utilisation IS 'REPORT table: scans per lift for season 2023-24 only (frozen season report), lifts identified by their name at the refresh date.';
COMMENT ON COLUMN rpt_lift_utilisation.season_code IS 'Season (''2023-24'').';
COMMENT ON COLUMN rpt_lift_utilisation.lift_name IS 'Lift name at refresh.';
COMMENT ON COLUMN rpt_lift_utilisation.gate_scans IS 'Scans.';
COMMENT ON COLUMN rpt_lift_utilisation.utilisation_pct IS 'Scans relative to design capacity, percent.';

CREATE TABLE rpt_downtime_summary (
    month_start date NOT NULL,
    resort_code char(3) NOT NULL,
    downtime_hours numeric(8,1) NOT NULL
);
COMMENT ON TABLE rpt_downtime_summary IS 'REPORT table: unplanned downtime hours per resort and calendar month (UTC), live incidents only, EXCLUDING weather causes (technical report for the lift engineers).';
COMMENT ON COLUMN rpt_downtime_summary.month_start IS 'Month (UTC).';
COMMENT ON COLUMN rpt_downtime_summary.resort_code IS 'Resort.';
COMMENT ON COLUMN rpt_downtime_summary.downtime_hours IS 'Hours.';

CREATE TABLE rpt_rental_revenue (
    season_code text NOT NULL,
    shop_id integer NOT NULL,
    amount_local numeric(14,2) NOT NULL
);
COMMENT ON TABLE rpt_rental_revenue IS 'REPORT table: rental revenue per shop and season in the resort currency, INCLUDING voided (soft-deleted) contracts; last refreshed 2025-03-01 (season 2024-25 incomplete).';
COMMENT ON COLUMN rpt_rental_revenue.season_code IS 'Season.';
COMMENT ON COLUMN rpt_rental_revenue.shop_id IS 'Shop.';
COMMENT ON COLUMN rpt_rental_revenue.amount_local IS 'Amount.';

CREATE TABLE rpt_school_hours (
    season_code text NOT NULL,
    staff_no text NOT NULL,
    role_code text NOT NULL,
    hours numeric(8,1) NOT NULL
);
COMMENT ON TABLE rpt_school_hours IS 'REPORT table: teaching hours per instructor per season by the instructor''s CURRENT role and resort at refresh (2025-05-01), all lesson statuses included.';
COMMENT ON COLUMN rpt_school_hours.season_code IS 'Season.';
COMMENT ON COLUMN rpt_school_hours.staff_no IS 'Instructor.';
COMMENT ON COLUMN rpt_school_hours.role_code IS 'Current role at refresh.';
COMMENT ON COLUMN rpt_school_hours.hours IS 'Hours.';

CREATE TABLE rpt_snowmaking_energy (
    season_code text NOT NULL,
    resort_code char(3) NOT NULL,
    energy_kwh numeric(12,1) NOT NULL,
    cost_eur numeric(12,2) NOT NULL
);
COMMENT ON TABLE rpt_snowmaking_energy IS 'REPORT table: snowmaking energy cost per resort and season at the tariff valid on the refresh day (2025-05-15) and annual average FX rates.';
COMMENT ON COLUMN rpt_snowmaking_energy.season_code IS 'Season.';
COMMENT ON COLUMN rpt_snowmaking_energy.resort_code IS 'Resort.';
COMMENT ON COLUMN rpt_snowmaking_energy.energy_kwh IS 'kWh.';
COMMENT ON COLUMN rpt_snowmaking_energy.cost_eur IS 'Cost.';

CREATE TABLE rpt_top_customers (
    rank integer NOT NULL,
    customer_no text NOT NULL,
    orders integer NOT NULL
);
COMMENT ON TABLE rpt_top_customers IS 'REPORT table: top 20 customers by number of orders in season 2024-25 (refreshed 2025-02-01), counting ALL orders including cancelled and soft-deleted ones (marketing definition).';
COMMENT ON COLUMN rpt_top_customers.rank IS 'Rank.';
COMMENT ON COLUMN rpt_top_customers.customer_no IS 'Customer.';
COMMENT ON COLUMN rpt_top_customers.orders IS 'Orders counted.';

CREATE TABLE rpt_fx_monthly_avg (
    month_start date NOT NULL,
    currency_code char(3) NOT NULL,
    avg_eur_per_unit numeric(14,8) NOT NULL
);
COMMENT ON TABLE rpt_fx_monthly_avg IS 'REPORT table: monthly average of fx_rates per currency (budgeting only; not a conversion rate).';
COMMENT ON COLUMN rpt_fx_monthly_avg.month_start IS 'Month.';
COMMENT ON COLUMN rpt_fx_monthly_avg.currency_code IS 'Currency.';
COMMENT ON COLUMN rpt_fx_monthly_avg.avg_eur_per_unit IS 'Average.';

CREATE TABLE rpt_refunds (
    season_code text NOT NULL,
    resort_code char(3) NOT NULL,
    refunds integer NOT NULL,
    amount_local numeric(14,2) NOT NULL
);
COMMENT ON TABLE rpt_refunds IS 'REPORT table: refunds per resort and season counting only FULL refunds (refund = whole order), live orders only.';
COMMENT ON COLUMN rpt_refunds.season_code IS 'Season.';
COMMENT ON COLUMN rpt_refunds.resort_code IS 'Resort.';
COMMENT ON COLUMN rpt_refunds.refunds IS 'Full refunds.';
COMMENT ON COLUMN rpt_refunds.amount_local IS 'Amount.';

CREATE TABLE v_current_prices (
    product_code text NOT NULL,
    list_price numeric(12,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE v_current_prices IS 'SNAPSHOT of product_price_history rows valid on 2025-09-30 (today''s prices only; past prices are in product_price_history).';
COMMENT ON COLUMN v_current_prices.product_code IS 'Product.';
COMMENT ON COLUMN v_current_prices.list_price IS 'Current list price.';
COMMENT ON COLUMN v_current_prices.currency_code IS 'Currency.';

CREATE TABLE v_fx_latest (
    currency_code char(3) NOT NULL,
    eur_per_unit numeric(14,8) NOT NULL
);
COMMENT ON TABLE v_fx_latest IS 'SNAPSHOT of the latest fx_rates row per currency (rate of 2025-09-30). Not for historical conversions.';
COMMENT ON COLUMN v_fx_latest.currency_code IS 'Currency.';
COMMENT ON COLUMN v_fx_latest.eur_per_unit IS 'Rate of 2025-09-30.';

CREATE TABLE v_staff_current_role (
    staff_no text NOT NULL,
    role_code text NOT NULL,
    resort_code char(3) NOT NULL
);
COMMENT ON TABLE v_staff_current_role IS 'SNAPSHOT of each employed staff member''s current role and resort (valid_to NULL).';
COMMENT ON COLUMN v_staff_current_role.staff_no IS 'Staff.';
COMMENT ON COLUMN v_staff_current_role.role_code IS 'Current role.';
COMMENT ON COLUMN v_staff_current_role.resort_code IS 'Current resort.';

CREATE TABLE v_lift_directory (
    lift_code text NOT NULL,
    lift_name text NOT NULL,
    resort_name text NOT NULL
);
COMMENT ON TABLE v_lift_directory IS 'SNAPSHOT: lifts with current names and resort names for the website.';
COMMENT ON COLUMN v_lift_directory.lift_code IS 'Lift.';
COMMENT ON COLUMN v_lift_directory.lift_name IS 'Current name.';
COMMENT ON COLUMN v_lift_directory.resort_name IS 'Resort.';

CREATE TABLE v_orders_2024_25 (
    order_id integer NOT NULL,
    resort_code char(3) NOT NULL,
    status text NOT NULL,
    deleted_at timestamptz
);
COMMENT ON TABLE v_orders_2024_25 IS 'SNAPSHOT of season 2024-25 orders taken on 2025-01-15 (STALE: later orders missing, statuses as of that day, soft-deleted rows included).';
COMMENT ON COLUMN v_orders_2024_25.order_id IS 'Order.';
COMMENT ON COLUMN v_orders_2024_25.resort_code IS 'Resort.';
COMMENT ON COLUMN v_orders_2024_25.status IS 'Status on 2025-01-15.';
COMMENT ON COLUMN v_orders_2024_25.deleted_at IS 'Soft delete as of the snapshot.';

CREATE TABLE v_open_incidents (
    lift_code text NOT NULL,
    started_at timestamptz NOT NULL
);
COMMENT ON TABLE v_open_incidents IS 'SNAPSHOT of lift downtime incidents still open when the snapshot was taken (2025-09-30 06:00 UTC).';
COMMENT ON COLUMN v_open_incidents.lift_code IS 'Lift.';
COMMENT ON COLUMN v_open_incidents.started_at IS 'Stop moment.';

CREATE TABLE v_season_pass_holders (
    customer_no text NOT NULL,
    resort_code char(3) NOT NULL
);
COMMENT ON TABLE v_season_pass_holders IS 'SNAPSHOT of season pass holders of season 2024-25 taken 2024-11-15 (passes bought later are missing).';
COMMENT ON COLUMN v_season_pass_holders.customer_no IS 'Customer.';
COMMENT ON COLUMN v_season_pass_holders.resort_code IS 'Resort of the pass.';

CREATE TABLE audit_sales_orders (
    audit_id integer PRIMARY KEY,
    order_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    field text NOT NULL,
    old_value text,
    new_value text
);
COMMENT ON TABLE audit_sales_orders IS 'AUDIT log of status changes and deletions of sales orders (trigger-written). For the current status use sales_orders.status / deleted_at.';
COMMENT ON COLUMN audit_sales_orders.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_sales_orders.order_id IS 'Order.';
COMMENT ON COLUMN audit_sales_orders.changed_at IS 'Change moment.';
COMMENT ON COLUMN audit_sales_orders.field IS '''status'' or ''deleted_at''.';
COMMENT ON COLUMN audit_sales_orders.old_value IS 'Value before.';
COMMENT ON COLUMN audit_sales_orders.new_value IS 'Value after.';

CREATE TABLE audit_price_changes (
    audit_id integer PRIMARY KEY,
    price_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL
);
COMMENT ON TABLE audit_price_changes IS 'AUDIT log of edits to product_price_history rows (who changed what).';
COMMENT ON COLUMN audit_price_changes.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_price_changes.price_id IS 'Price row.';
COMMENT ON COLUMN audit_price_changes.changed_at IS 'Change.';
COMMENT ON COLUMN audit_price_changes.changed_by IS 'User.';

CREATE TABLE etl_job_runs (
    run_id integer PRIMARY KEY,
    job_name text NOT NULL,
    started_at timestamptz NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE etl_job_runs IS 'LOG of warehouse jobs (archiving, report refreshes).';
COMMENT ON COLUMN etl_job_runs.run_id IS 'Run.';
COMMENT ON COLUMN etl_job_runs.job_name IS 'Job.';
COMMENT ON COLUMN etl_job_runs.started_at IS 'Start.';
COMMENT ON COLUMN etl_job_runs.status IS '''ok'' or ''failed''.';

CREATE TABLE report_refresh_log (
    table_name text NOT NULL,
    refreshed_at timestamptz NOT NULL,
    rows_written integer NOT NULL
);
COMMENT ON TABLE report_refresh_log IS 'LOG of refreshes of rpt_* and v_* tables (documents their staleness).';
COMMENT ON COLUMN report_refresh_log.table_name IS 'Report table.';
COMMENT ON COLUMN report_refresh_log.refreshed_at IS 'Refresh moment.';
COMMENT ON COLUMN report_refresh_log.rows_written IS 'Rows.';

CREATE TABLE lift_operating_plan (
    lift_id integer NOT NULL,
    season_code text NOT NULL,
    opens_local time NOT NULL,
    closes_local time NOT NULL
);
COMMENT ON TABLE lift_operating_plan IS 'PLANNING table: planned daily operating hours per lift and season (plans; actual operation is not recorded here).';
COMMENT ON COLUMN lift_operating_plan.lift_id IS 'Lift.';
COMMENT ON COLUMN lift_operating_plan.season_code IS 'Season.';
COMMENT ON COLUMN lift_operating_plan.opens_local IS 'Planned opening time.';
COMMENT ON COLUMN lift_operating_plan.closes_local IS 'Planned closing time.';

CREATE TABLE price_plan_drafts (
    product_code text NOT NULL,
    season_code text NOT NULL,
    draft_price numeric(12,2) NOT NULL
);
COMMENT ON TABLE price_plan_drafts IS 'PLANNING: draft prices for the next season, not yet published (not list prices).';
COMMENT ON COLUMN price_plan_drafts.product_code IS 'Product.';
COMMENT ON COLUMN price_plan_drafts.season_code IS 'Season planned.';
COMMENT ON COLUMN price_plan_drafts.draft_price IS 'Draft price.';

CREATE TABLE avalanche_bulletins (
    bulletin_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    bulletin_date date NOT NULL,
    danger_level integer NOT NULL
);
COMMENT ON TABLE avalanche_bulletins IS 'Daily avalanche danger level (1-5) per resort from the regional warning service. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN avalanche_bulletins.bulletin_id IS 'Surrogate key.';
COMMENT ON COLUMN avalanche_bulletins.resort_id IS 'Resort (resorts.resort_id).';
COMMENT ON COLUMN avalanche_bulletins.bulletin_date IS 'Local date.';
COMMENT ON COLUMN avalanche_bulletins.danger_level IS 'Danger level 1 (low) .. 5 (very high).';

CREATE TABLE weather_observations (
    obs_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    observed_at timestamptz NOT NULL,
    temp_c numeric(4,1) NOT NULL,
    wind_kmh integer NOT NULL
);
COMMENT ON TABLE weather_observations IS 'Morning weather observations at the top station. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN weather_observations.obs_id IS 'Surrogate key.';
COMMENT ON COLUMN weather_observations.resort_id IS 'Resort.';
COMMENT ON COLUMN weather_observations.observed_at IS 'Moment (UTC).';
COMMENT ON COLUMN weather_observations.temp_c IS 'Air temperature, °C.';
COMMENT ON COLUMN weather_observations.wind_kmh IS 'Wind speed km/h.';

CREATE TABLE snow_depth_readings (
    reading_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    reading_date date NOT NULL,
    depth_cm integer NOT NULL
);
COMMENT ON TABLE snow_depth_readings IS 'Snow depth readings at the resort''s measuring field. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN snow_depth_readings.reading_id IS 'Surrogate key.';
COMMENT ON COLUMN snow_depth_readings.resort_id IS 'Resort.';
COMMENT ON COLUMN snow_depth_readings.reading_date IS 'Local date.';
COMMENT ON COLUMN snow_depth_readings.depth_cm IS 'Snow depth in cm.';

CREATE TABLE slopes (
    slope_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    slope_name text NOT NULL,
    difficulty text NOT NULL
);
COMMENT ON TABLE slopes IS 'Pistes of the resorts (informational piste map). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN slopes.slope_id IS 'Surrogate key.';
COMMENT ON COLUMN slopes.resort_id IS 'Resort.';
COMMENT ON COLUMN slopes.slope_name IS 'Piste name.';
COMMENT ON COLUMN slopes.difficulty IS '''blue'', ''red'', ''black'' (Alps) or ''green'', ''blue'', ''black'' (Japan/Canada).';

CREATE TABLE grooming_log (
    shift_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    groomed_on date NOT NULL,
    machine_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_log IS 'Piste grooming shifts of the snowcats. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN grooming_log.shift_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_log.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_log.groomed_on IS 'Local date of the night shift.';
COMMENT ON COLUMN grooming_log.machine_hours IS 'Snowcat hours.';

CREATE TABLE snowcats (
    snowcat_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    model text NOT NULL,
    built_year integer NOT NULL
);
COMMENT ON TABLE snowcats IS 'Piste machines (snowcats) of the resorts. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN snowcats.snowcat_id IS 'Surrogate key.';
COMMENT ON COLUMN snowcats.resort_id IS 'Resort.';
COMMENT ON COLUMN snowcats.model IS 'Machine model.';
COMMENT ON COLUMN snowcats.built_year IS 'Year built.';

CREATE TABLE parking_lots (
    lot_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    lot_name text NOT NULL,
    spaces integer NOT NULL
);
COMMENT ON TABLE parking_lots IS 'Car parks at the base areas. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN parking_lots.lot_id IS 'Surrogate key.';
COMMENT ON COLUMN parking_lots.resort_id IS 'Resort.';
COMMENT ON COLUMN parking_lots.lot_name IS 'Name.';
COMMENT ON COLUMN parking_lots.spaces IS 'Parking spaces.';

CREATE TABLE parking_sessions (
    session_id integer PRIMARY KEY,
    lot_id integer NOT NULL,
    entered_at timestamptz NOT NULL,
    fee_amount numeric(8,2) NOT NULL
);
COMMENT ON TABLE parking_sessions IS 'Paid parking sessions (parking operator export; not ticket sales). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN parking_sessions.session_id IS 'Surrogate key.';
COMMENT ON COLUMN parking_sessions.lot_id IS 'Car park.';
COMMENT ON COLUMN parking_sessions.entered_at IS 'Entry (UTC).';
COMMENT ON COLUMN parking_sessions.fee_amount IS 'Fee in the resort currency.';

CREATE TABLE mountain_restaurants (
    restaurant_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    restaurant_name text NOT NULL,
    seats integer NOT NULL
);
COMMENT ON TABLE mountain_restaurants IS 'Restaurants on the mountain operated by the group. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN mountain_restaurants.restaurant_id IS 'Surrogate key.';
COMMENT ON COLUMN mountain_restaurants.resort_id IS 'Resort.';
COMMENT ON COLUMN mountain_restaurants.restaurant_name IS 'Name.';
COMMENT ON COLUMN mountain_restaurants.seats IS 'Seats.';

CREATE TABLE restaurant_receipts (
    receipt_id integer PRIMARY KEY,
    restaurant_id integer NOT NULL,
    sold_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE restaurant_receipts IS 'Till receipts of the mountain restaurants (food and beverage, not ticket revenue). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN restaurant_receipts.receipt_id IS 'Surrogate key.';
COMMENT ON COLUMN restaurant_receipts.restaurant_id IS 'Restaurant.';
COMMENT ON COLUMN restaurant_receipts.sold_at IS 'Moment (UTC).';
COMMENT ON COLUMN restaurant_receipts.amount IS 'Amount in the resort currency.';

CREATE TABLE lost_and_found (
    item_id integer PRIMARY KEY,
    lift_id integer NOT NULL,
    found_on date NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE lost_and_found IS 'Items handed in at lift stations. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN lost_and_found.item_id IS 'Surrogate key.';
COMMENT ON COLUMN lost_and_found.lift_id IS 'Lift where found.';
COMMENT ON COLUMN lost_and_found.found_on IS 'Local date.';
COMMENT ON COLUMN lost_and_found.description IS 'Item.';

CREATE TABLE patrol_incidents (
    patrol_incident_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    severity integer NOT NULL
);
COMMENT ON TABLE patrol_incidents IS 'First-aid interventions of the ski patrol (anonymised). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN patrol_incidents.patrol_incident_id IS 'Surrogate key.';
COMMENT ON COLUMN patrol_incidents.resort_id IS 'Resort.';
COMMENT ON COLUMN patrol_incidents.occurred_at IS 'Moment (UTC).';
COMMENT ON COLUMN patrol_incidents.severity IS '1 minor .. 3 evacuation by helicopter.';

CREATE TABLE webcams (
    webcam_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    location text NOT NULL,
    url text NOT NULL
);
COMMENT ON TABLE webcams IS 'Webcams on the resorts'' websites. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN webcams.webcam_id IS 'Surrogate key.';
COMMENT ON COLUMN webcams.resort_id IS 'Resort.';
COMMENT ON COLUMN webcams.location IS 'Where.';
COMMENT ON COLUMN webcams.url IS 'Image URL.';

CREATE TABLE app_sessions (
    session_id integer PRIMARY KEY,
    customer_id integer,
    started_at timestamptz NOT NULL,
    duration_s integer NOT NULL
);
COMMENT ON TABLE app_sessions IS 'Mobile app sessions (analytics). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN app_sessions.session_id IS 'Surrogate key.';
COMMENT ON COLUMN app_sessions.customer_id IS 'Customer if logged in.';
COMMENT ON COLUMN app_sessions.started_at IS 'Start (UTC).';
COMMENT ON COLUMN app_sessions.duration_s IS 'Length in seconds.';

CREATE TABLE newsletter_subscriptions (
    subscription_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    subscribed_on date NOT NULL,
    language text NOT NULL
);
COMMENT ON TABLE newsletter_subscriptions IS 'Marketing newsletter subscriptions. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN newsletter_subscriptions.subscription_id IS 'Surrogate key.';
COMMENT ON COLUMN newsletter_subscriptions.customer_id IS 'Customer.';
COMMENT ON COLUMN newsletter_subscriptions.subscribed_on IS 'Date.';
COMMENT ON COLUMN newsletter_subscriptions.language IS '''de'', ''fr'', ''en'', ''ja''.';

CREATE TABLE loyalty_accounts (
    account_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    points_balance integer NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE loyalty_accounts IS 'Loyalty programme accounts (points; not purchases). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN loyalty_accounts.account_id IS 'Surrogate key.';
COMMENT ON COLUMN loyalty_accounts.customer_id IS 'Customer.';
COMMENT ON COLUMN loyalty_accounts.points_balance IS 'Points.';
COMMENT ON COLUMN loyalty_accounts.opened_on IS 'Date.';

CREATE TABLE promo_codes (
    promo_id integer PRIMARY KEY,
    promo_code text NOT NULL,
    discount_pct integer NOT NULL,
    valid_until date NOT NULL
);
COMMENT ON TABLE promo_codes IS 'Marketing promotion codes. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN promo_codes.promo_id IS 'Surrogate key.';
COMMENT ON COLUMN promo_codes.promo_code IS 'Code.';
COMMENT ON COLUMN promo_codes.discount_pct IS 'Discount percent.';
COMMENT ON COLUMN promo_codes.valid_until IS 'Last valid day.';

CREATE TABLE tour_operators (
    operator_id integer PRIMARY KEY,
    operator_name text NOT NULL,
    country_code char(2) NOT NULL,
    commission_pct numeric(4,1) NOT NULL
);
COMMENT ON TABLE tour_operators IS 'Tour operators selling through channel ''AGT''. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN tour_operators.operator_id IS 'Surrogate key.';
COMMENT ON COLUMN tour_operators.operator_name IS 'Name.';
COMMENT ON COLUMN tour_operators.country_code IS 'Country.';
COMMENT ON COLUMN tour_operators.commission_pct IS 'Commission percent.';

CREATE TABLE suppliers (
    supplier_id integer PRIMARY KEY,
    supplier_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE suppliers IS 'Suppliers of spare parts and services. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN suppliers.supplier_id IS 'Surrogate key.';
COMMENT ON COLUMN suppliers.supplier_name IS 'Name.';
COMMENT ON COLUMN suppliers.country_code IS 'Country.';

CREATE TABLE purchase_orders (
    po_id integer PRIMARY KEY,
    supplier_id integer NOT NULL,
    ordered_on date NOT NULL,
    total_amount numeric(12,2) NOT NULL
);
COMMENT ON TABLE purchase_orders IS 'Purchase orders to suppliers (procurement, not ticket sales). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN purchase_orders.po_id IS 'Surrogate key.';
COMMENT ON COLUMN purchase_orders.supplier_id IS 'Supplier.';
COMMENT ON COLUMN purchase_orders.ordered_on IS 'Date.';
COMMENT ON COLUMN purchase_orders.total_amount IS 'Amount in EUR.';

CREATE TABLE lift_inspections (
    inspection_id integer PRIMARY KEY,
    lift_id integer NOT NULL,
    inspected_on date NOT NULL,
    passed boolean NOT NULL
);
COMMENT ON TABLE lift_inspections IS 'Statutory annual inspections of the lifts. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN lift_inspections.inspection_id IS 'Surrogate key.';
COMMENT ON COLUMN lift_inspections.lift_id IS 'Lift.';
COMMENT ON COLUMN lift_inspections.inspected_on IS 'Date.';
COMMENT ON COLUMN lift_inspections.passed IS 'Passed.';

CREATE TABLE spare_parts (
    part_id integer PRIMARY KEY,
    part_name text NOT NULL,
    unit_cost_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE spare_parts IS 'Spare parts catalogue of the lift workshops. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN spare_parts.part_id IS 'Surrogate key.';
COMMENT ON COLUMN spare_parts.part_name IS 'Name.';
COMMENT ON COLUMN spare_parts.unit_cost_eur IS 'Cost in EUR.';

CREATE TABLE staff_trainings (
    training_id integer PRIMARY KEY,
    staff_id integer NOT NULL,
    course text NOT NULL,
    completed_on date NOT NULL
);
COMMENT ON TABLE staff_trainings IS 'Training courses attended by staff. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN staff_trainings.training_id IS 'Surrogate key.';
COMMENT ON COLUMN staff_trainings.staff_id IS 'Staff member.';
COMMENT ON COLUMN staff_trainings.course IS 'Course.';
COMMENT ON COLUMN staff_trainings.completed_on IS 'Date.';

CREATE TABLE staff_shifts_plan (
    plan_id integer PRIMARY KEY,
    staff_id integer NOT NULL,
    shift_date date NOT NULL,
    hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE staff_shifts_plan IS 'Planned shifts (rota plans; not worked hours, not roles). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN staff_shifts_plan.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN staff_shifts_plan.staff_id IS 'Staff member.';
COMMENT ON COLUMN staff_shifts_plan.shift_date IS 'Local date.';
COMMENT ON COLUMN staff_shifts_plan.hours IS 'Planned hours.';

CREATE TABLE accommodation_partners (
    partner_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    hotel_name text NOT NULL,
    stars integer NOT NULL
);
COMMENT ON TABLE accommodation_partners IS 'Hotels with package deals. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN accommodation_partners.partner_id IS 'Surrogate key.';
COMMENT ON COLUMN accommodation_partners.resort_id IS 'Resort.';
COMMENT ON COLUMN accommodation_partners.hotel_name IS 'Hotel.';
COMMENT ON COLUMN accommodation_partners.stars IS 'Stars.';

CREATE TABLE customer_feedback (
    feedback_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    resort_id integer NOT NULL,
    score integer NOT NULL
);
COMMENT ON TABLE customer_feedback IS 'Post-visit surveys (score 1-5). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN customer_feedback.feedback_id IS 'Surrogate key.';
COMMENT ON COLUMN customer_feedback.customer_id IS 'Customer.';
COMMENT ON COLUMN customer_feedback.resort_id IS 'Resort.';
COMMENT ON COLUMN customer_feedback.score IS 'Score 1-5.';

CREATE TABLE gdpr_requests (
    request_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    received_on date NOT NULL,
    completed_on date
);
COMMENT ON TABLE gdpr_requests IS 'Data protection requests of customers. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN gdpr_requests.request_id IS 'Surrogate key.';
COMMENT ON COLUMN gdpr_requests.customer_id IS 'Customer.';
COMMENT ON COLUMN gdpr_requests.received_on IS 'Date.';
COMMENT ON COLUMN gdpr_requests.completed_on IS 'Date done; NULL open.';

CREATE TABLE events (
    event_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    event_name text NOT NULL,
    event_date date NOT NULL
);
COMMENT ON TABLE events IS 'Resort events (races, concerts). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN events.event_id IS 'Surrogate key.';
COMMENT ON COLUMN events.resort_id IS 'Resort.';
COMMENT ON COLUMN events.event_name IS 'Name.';
COMMENT ON COLUMN events.event_date IS 'Local date.';

CREATE TABLE race_results (
    result_id integer PRIMARY KEY,
    event_id integer NOT NULL,
    bib integer NOT NULL,
    time_s numeric(7,2) NOT NULL
);
COMMENT ON TABLE race_results IS 'Results of amateur races. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN race_results.result_id IS 'Surrogate key.';
COMMENT ON COLUMN race_results.event_id IS 'Event.';
COMMENT ON COLUMN race_results.bib IS 'Bib.';
COMMENT ON COLUMN race_results.time_s IS 'Time in seconds.';

CREATE TABLE ski_lockers (
    locker_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    locker_no text NOT NULL,
    annual_fee numeric(8,2) NOT NULL
);
COMMENT ON TABLE ski_lockers IS 'Ski lockers at the base stations. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN ski_lockers.locker_id IS 'Surrogate key.';
COMMENT ON COLUMN ski_lockers.resort_id IS 'Resort.';
COMMENT ON COLUMN ski_lockers.locker_no IS 'Locker.';
COMMENT ON COLUMN ski_lockers.annual_fee IS 'Fee in the resort currency.';

CREATE TABLE water_reservoirs (
    reservoir_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    reservoir_name text NOT NULL,
    capacity_m3 integer NOT NULL
);
COMMENT ON TABLE water_reservoirs IS 'Reservoirs feeding the snowmaking systems. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN water_reservoirs.reservoir_id IS 'Surrogate key.';
COMMENT ON COLUMN water_reservoirs.resort_id IS 'Resort.';
COMMENT ON COLUMN water_reservoirs.reservoir_name IS 'Name.';
COMMENT ON COLUMN water_reservoirs.capacity_m3 IS 'Capacity m3.';

CREATE TABLE snow_guns (
    gun_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    gun_type text NOT NULL,
    installed_year integer NOT NULL
);
COMMENT ON TABLE snow_guns IS 'Snow guns (fan and lance) of the snowmaking systems. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN snow_guns.gun_id IS 'Surrogate key.';
COMMENT ON COLUMN snow_guns.resort_id IS 'Resort.';
COMMENT ON COLUMN snow_guns.gun_type IS '''fan'' or ''lance''.';
COMMENT ON COLUMN snow_guns.installed_year IS 'Year.';

CREATE TABLE email_log (
    email_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    sent_at timestamptz NOT NULL,
    template text NOT NULL
);
COMMENT ON TABLE email_log IS 'LOG of e-mails sent to customers. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN email_log.email_id IS 'Surrogate key.';
COMMENT ON COLUMN email_log.customer_id IS 'Customer.';
COMMENT ON COLUMN email_log.sent_at IS 'Moment (UTC).';
COMMENT ON COLUMN email_log.template IS 'Template.';

CREATE TABLE api_request_log (
    request_id integer PRIMARY KEY,
    operator_id integer NOT NULL,
    requested_at timestamptz NOT NULL,
    http_status integer NOT NULL
);
COMMENT ON TABLE api_request_log IS 'LOG of partner API calls. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN api_request_log.request_id IS 'Surrogate key.';
COMMENT ON COLUMN api_request_log.operator_id IS 'Tour operator.';
COMMENT ON COLUMN api_request_log.requested_at IS 'Moment (UTC).';
COMMENT ON COLUMN api_request_log.http_status IS 'HTTP status.';

CREATE TABLE data_quality_issues (
    issue_id integer PRIMARY KEY,
    table_name text NOT NULL,
    found_at timestamptz NOT NULL,
    resolved boolean NOT NULL
);
COMMENT ON TABLE data_quality_issues IS 'LOG of data-quality findings of the warehouse checks. Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN data_quality_issues.issue_id IS 'Surrogate key.';
COMMENT ON COLUMN data_quality_issues.table_name IS 'Table checked.';
COMMENT ON COLUMN data_quality_issues.found_at IS 'Moment (UTC).';
COMMENT ON COLUMN data_quality_issues.resolved IS 'Resolved.';

CREATE TABLE helicopter_flights (
    flight_id integer PRIMARY KEY,
    resort_id integer NOT NULL,
    flown_on date NOT NULL,
    guests integer NOT NULL
);
COMMENT ON TABLE helicopter_flights IS 'Heli-skiing flights (Whistler and Verbier partners). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN helicopter_flights.flight_id IS 'Surrogate key.';
COMMENT ON COLUMN helicopter_flights.resort_id IS 'Resort.';
COMMENT ON COLUMN helicopter_flights.flown_on IS 'Date.';
COMMENT ON COLUMN helicopter_flights.guests IS 'Guests.';

CREATE TABLE gift_vouchers (
    voucher_id integer PRIMARY KEY,
    voucher_code text NOT NULL,
    value_eur numeric(8,2) NOT NULL,
    issued_on date NOT NULL
);
COMMENT ON TABLE gift_vouchers IS 'Gift vouchers sold (redeemable for products; not sales orders). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN gift_vouchers.voucher_id IS 'Surrogate key.';
COMMENT ON COLUMN gift_vouchers.voucher_code IS 'Code.';
COMMENT ON COLUMN gift_vouchers.value_eur IS 'Face value EUR.';
COMMENT ON COLUMN gift_vouchers.issued_on IS 'Date.';

CREATE TABLE lift_ticket_photos (
    photo_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    taken_on date NOT NULL
);
COMMENT ON TABLE lift_ticket_photos IS 'Photo-ID records of season passes (for turnstile checks). Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.';
COMMENT ON COLUMN lift_ticket_photos.photo_id IS 'Surrogate key.';
COMMENT ON COLUMN lift_ticket_photos.customer_id IS 'Customer.';
COMMENT ON COLUMN lift_ticket_photos.taken_on IS 'Date.';

CREATE TABLE grooming_plan_ant (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_ant IS 'PARTITION for resort ANT (St. Anton am Arlberg): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_ant.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_ant.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_ant.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_ant.planned_hours IS 'Planned snowcat hours.';

CREATE TABLE grooming_plan_kit (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_kit IS 'PARTITION for resort KIT (Kitzbühel): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_kit.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_kit.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_kit.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_kit.planned_hours IS 'Planned snowcat hours.';

CREATE TABLE grooming_plan_zer (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_zer IS 'PARTITION for resort ZER (Zermatt): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_zer.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_zer.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_zer.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_zer.planned_hours IS 'Planned snowcat hours.';

CREATE TABLE grooming_plan_ver (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_ver IS 'PARTITION for resort VER (Verbier 4 Vallées): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_ver.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_ver.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_ver.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_ver.planned_hours IS 'Planned snowcat hours.';

CREATE TABLE grooming_plan_nis (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_nis IS 'PARTITION for resort NIS (Niseko United): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_nis.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_nis.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_nis.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_nis.planned_hours IS 'Planned snowcat hours.';

CREATE TABLE grooming_plan_whi (
    plan_id integer PRIMARY KEY,
    slope_id integer NOT NULL,
    plan_date date NOT NULL,
    planned_hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grooming_plan_whi IS 'PARTITION for resort WHI (Whistler Blackcomb): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.';
COMMENT ON COLUMN grooming_plan_whi.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN grooming_plan_whi.slope_id IS 'Piste (slopes.slope_id).';
COMMENT ON COLUMN grooming_plan_whi.plan_date IS 'Local date.';
COMMENT ON COLUMN grooming_plan_whi.planned_hours IS 'Planned snowcat hours.';
