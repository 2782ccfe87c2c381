-- fab_lots: lot-tracking, equipment and shipping database of one semiconductor wafer fab.
-- DDL only; rows come from generate.py.  Data extract: 2025-06-30 23:59 fab local time.
-- The fab runs on fab local time = UTC+8 all year (no daylight saving time).

CREATE TABLE currencies (
    currency_code  char(3) PRIMARY KEY,
    name           text NOT NULL
);
COMMENT ON TABLE currencies IS 'Currencies in which customers are invoiced. One row per currency.';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217 code: ''USD'', ''EUR'', ''JPY''.';
COMMENT ON COLUMN currencies.name IS 'English name of the currency.';

CREATE TABLE currency_rates (
    currency_code  char(3) NOT NULL REFERENCES currencies (currency_code),
    rate_date      date NOT NULL,
    usd_per_unit   numeric(14,8) NOT NULL CHECK (usd_per_unit > 0),
    PRIMARY KEY (currency_code, rate_date)
);
COMMENT ON TABLE currency_rates IS 'Daily conversion rates to US dollars, one row per currency and calendar day (weekends and holidays included) from 2024-01-01 to 2025-06-30 inclusive. Rates before 2024-01-01 are not recorded in this database. USD has a row with rate 1 for every day.';
COMMENT ON COLUMN currency_rates.currency_code IS 'Currency converted (currencies.currency_code).';
COMMENT ON COLUMN currency_rates.rate_date IS 'Calendar day (UTC) the rate applies to.';
COMMENT ON COLUMN currency_rates.usd_per_unit IS 'US dollars per one unit of the currency on that day: amount_in_currency * usd_per_unit = amount in USD.';

CREATE TABLE fiscal_periods (
    fiscal_year     integer NOT NULL,
    fiscal_month    integer NOT NULL CHECK (fiscal_month BETWEEN 1 AND 12),
    fiscal_quarter  integer NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4),
    start_date      date NOT NULL UNIQUE,
    end_date        date NOT NULL UNIQUE,
    PRIMARY KEY (fiscal_year, fiscal_month),
    CHECK (end_date >= start_date)
);
COMMENT ON TABLE fiscal_periods IS 'The company fiscal calendar: one row per fiscal month for fiscal years 2023 to 2026. Fiscal year N runs from October 1 of calendar year N-1 to September 30 of year N; fiscal months are calendar months (fiscal month 1 = October). The fiscal calendar defines only fiscal months and quarters: fiscal weeks are not defined anywhere in this database.';
COMMENT ON COLUMN fiscal_periods.fiscal_year IS 'Fiscal year, named after the calendar year in which it ends (FY2025 = 2024-10-01 .. 2025-09-30).';
COMMENT ON COLUMN fiscal_periods.fiscal_month IS 'Month within the fiscal year, 1 = October, 12 = September.';
COMMENT ON COLUMN fiscal_periods.fiscal_quarter IS 'Fiscal quarter, 1 = October-December, 2 = January-March, 3 = April-June, 4 = July-September.';
COMMENT ON COLUMN fiscal_periods.start_date IS 'First calendar day of the fiscal month (inclusive).';
COMMENT ON COLUMN fiscal_periods.end_date IS 'Last calendar day of the fiscal month (inclusive).';

CREATE TABLE customers (
    customer_id    integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    country_code   char(2) NOT NULL,
    currency_code  char(3) NOT NULL REFERENCES currencies (currency_code)
);
COMMENT ON TABLE customers IS 'Fabless companies that order wafers and are invoiced for shipments.';
COMMENT ON COLUMN customers.customer_id IS 'Surrogate key of the customer.';
COMMENT ON COLUMN customers.name IS 'Company name, unique; may contain apostrophes and non-ASCII letters.';
COMMENT ON COLUMN customers.country_code IS 'ISO 3166-1 alpha-2 country of the customer''s head office.';
COMMENT ON COLUMN customers.currency_code IS 'Currency in which the customer is invoiced (currencies.currency_code).';

CREATE TABLE technologies (
    tech_id      integer PRIMARY KEY,
    node_code    text NOT NULL UNIQUE,
    description  text NOT NULL
);
COMMENT ON TABLE technologies IS 'Process technologies (nodes) run in the fab; each has its own route of process steps.';
COMMENT ON COLUMN technologies.tech_id IS 'Surrogate key of the technology.';
COMMENT ON COLUMN technologies.node_code IS 'Node code, e.g. ''N40LP'', ''N65'', ''BCD180''.';
COMMENT ON COLUMN technologies.description IS 'Free-text description of the technology.';

CREATE TABLE products (
    product_id           integer PRIMARY KEY,
    product_code         text NOT NULL UNIQUE,
    tech_id              integer NOT NULL REFERENCES technologies (tech_id),
    customer_id          integer NOT NULL REFERENCES customers (customer_id),
    gross_die_per_wafer  integer NOT NULL CHECK (gross_die_per_wafer > 0)
);
COMMENT ON TABLE products IS 'Products (wafer designs / mask sets) made for exactly one customer on one technology.';
COMMENT ON COLUMN products.product_id IS 'Surrogate key of the product.';
COMMENT ON COLUMN products.product_code IS 'Product code, unique, e.g. ''PX-4021''.';
COMMENT ON COLUMN products.tech_id IS 'Technology the product is made on (technologies.tech_id).';
COMMENT ON COLUMN products.customer_id IS 'The customer that owns the product (customers.customer_id).';
COMMENT ON COLUMN products.gross_die_per_wafer IS 'Number of die sites on the wafer map (candidate die per wafer), the same for every wafer of the product.';

CREATE TABLE product_price_history (
    product_id      integer NOT NULL REFERENCES products (product_id),
    valid_from      date NOT NULL,
    valid_to        date,
    price_per_wafer numeric(12,2) NOT NULL CHECK (price_per_wafer > 0),
    PRIMARY KEY (product_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
COMMENT ON TABLE product_price_history IS 'Contract price per shipped wafer of each product, as a history of non-overlapping periods. The price is in the currency of the product''s customer (customers.currency_code). Prices in force before 2023-07-01 are not kept: the first kept period of every product has valid_from = 2023-07-01 even when that price was agreed earlier.';
COMMENT ON COLUMN product_price_history.product_id IS 'The product (products.product_id).';
COMMENT ON COLUMN product_price_history.valid_from IS 'First day the price applies (inclusive). Never earlier than 2023-07-01.';
COMMENT ON COLUMN product_price_history.valid_to IS 'Day the next price took over (exclusive): the price applies on days d with valid_from <= d < valid_to. NULL for the price in force now.';
COMMENT ON COLUMN product_price_history.price_per_wafer IS 'Price of one wafer in the customer''s invoicing currency.';

CREATE TABLE process_areas (
    area_id    integer PRIMARY KEY,
    area_code  text NOT NULL UNIQUE,
    name       text NOT NULL
);
COMMENT ON TABLE process_areas IS 'Process areas (modules) of the fab.';
COMMENT ON COLUMN process_areas.area_id IS 'Surrogate key of the area.';
COMMENT ON COLUMN process_areas.area_code IS 'Area code: ''LITHO'', ''ETCH'', ''DEPO'', ''IMPL'', ''CMP'', ''METRO''.';
COMMENT ON COLUMN process_areas.name IS 'Area name, e.g. ''Etch'', ''Lithography''.';

CREATE TABLE tools (
    tool_id            integer PRIMARY KEY,
    tool_code          text NOT NULL UNIQUE,
    area_id            integer NOT NULL REFERENCES process_areas (area_id),
    vendor             text NOT NULL,
    model              text NOT NULL,
    serial_number      text,
    installed_on       date NOT NULL,
    decommissioned_on  date,
    CHECK (decommissioned_on IS NULL OR decommissioned_on > installed_on),
    CHECK ((decommissioned_on IS NULL) = (serial_number IS NOT NULL))
);
COMMENT ON TABLE tools IS 'Process and metrology tools (equipment) of the fab. Decommissioned tools keep their row, but their serial number is purged (set to NULL) on the day they are decommissioned.';
COMMENT ON COLUMN tools.tool_id IS 'Surrogate key of the tool.';
COMMENT ON COLUMN tools.tool_code IS 'Fab-wide tool code, unique, e.g. ''ETCH-03''.';
COMMENT ON COLUMN tools.area_id IS 'Process area the tool belongs to (process_areas.area_id).';
COMMENT ON COLUMN tools.vendor IS 'Equipment vendor, e.g. ''ASML'', ''Lam Research'', ''Tokyo Electron''.';
COMMENT ON COLUMN tools.model IS 'Vendor model name.';
COMMENT ON COLUMN tools.serial_number IS 'Vendor serial number of the tool. NULL exactly when the tool is decommissioned: the serial number is purged at decommissioning and cannot be recovered from this database.';
COMMENT ON COLUMN tools.installed_on IS 'Date the tool was qualified for production in this fab.';
COMMENT ON COLUMN tools.decommissioned_on IS 'Date the tool was decommissioned; NULL while in service.';

CREATE TABLE tool_status_codes (
    status_code  text PRIMARY KEY,
    description  text NOT NULL,
    is_down      boolean NOT NULL
);
COMMENT ON TABLE tool_status_codes IS 'Lookup of the equipment states (SEMI E10 style).';
COMMENT ON COLUMN tool_status_codes.status_code IS 'State code: ''productive'', ''standby'', ''engineering'', ''down_scheduled'', ''down_unscheduled''.';
COMMENT ON COLUMN tool_status_codes.description IS 'Description of the state.';
COMMENT ON COLUMN tool_status_codes.is_down IS 'true for the two down states.';

CREATE TABLE tool_status_history (
    tool_id      integer NOT NULL REFERENCES tools (tool_id),
    status_code  text NOT NULL REFERENCES tool_status_codes (status_code),
    valid_from   timestamptz NOT NULL,
    valid_to     timestamptz,
    PRIMARY KEY (tool_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
COMMENT ON TABLE tool_status_history IS 'State history of each tool as gap-free, non-overlapping intervals. Recording started at 2024-01-01 00:00 UTC: each tool in service then has an interval starting exactly at that moment with the state it was in, and states before 2024-01-01 00:00 UTC are not recorded anywhere. A tool installed later starts with an interval at 00:00 UTC of its installed_on date. A decommissioned tool''s last interval ends at 00:00 UTC of its decommissioning date.';
COMMENT ON COLUMN tool_status_history.tool_id IS 'The tool (tools.tool_id).';
COMMENT ON COLUMN tool_status_history.status_code IS 'State during the interval (tool_status_codes.status_code).';
COMMENT ON COLUMN tool_status_history.valid_from IS 'Start of the interval (inclusive), with time zone.';
COMMENT ON COLUMN tool_status_history.valid_to IS 'End of the interval (exclusive), with time zone; NULL for the current, still open state.';

CREATE TABLE employees (
    employee_id  integer PRIMARY KEY,
    full_name    text NOT NULL UNIQUE,
    role         text NOT NULL CHECK (role IN ('technician', 'engineer', 'supervisor')),
    hired_on     date NOT NULL
);
COMMENT ON TABLE employees IS 'Equipment maintenance staff. Production operators are not in this table, and no table records who ran a lot step.';
COMMENT ON COLUMN employees.employee_id IS 'Surrogate key of the employee.';
COMMENT ON COLUMN employees.full_name IS 'Full name, unique; may contain non-ASCII letters.';
COMMENT ON COLUMN employees.role IS '''technician'', ''engineer'' or ''supervisor''.';
COMMENT ON COLUMN employees.hired_on IS 'Hire date.';

CREATE TABLE maintenance_events (
    event_id       integer PRIMARY KEY,
    tool_id        integer NOT NULL REFERENCES tools (tool_id),
    event_type     text NOT NULL CHECK (event_type IN ('pm', 'repair')),
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz NOT NULL,
    signed_off_by  integer NOT NULL REFERENCES employees (employee_id),
    CHECK (ended_at > started_at)
);
COMMENT ON TABLE maintenance_events IS 'Maintenance work orders on tools opened on or after 2023-01-01 00:00 UTC (older work orders, from 2021-01-01 00:00 UTC on, were moved to archive_maintenance_events): preventive maintenance (''pm'') and repairs (''repair''). Labour time and labour cost are not recorded; only the parts used (maintenance_parts).';
COMMENT ON COLUMN maintenance_events.event_id IS 'Surrogate key of the work order.';
COMMENT ON COLUMN maintenance_events.tool_id IS 'The tool maintained (tools.tool_id).';
COMMENT ON COLUMN maintenance_events.event_type IS '''pm'' = preventive maintenance, ''repair'' = corrective repair after a failure.';
COMMENT ON COLUMN maintenance_events.started_at IS 'When the work order was opened, with time zone.';
COMMENT ON COLUMN maintenance_events.ended_at IS 'When the work order was closed, with time zone.';
COMMENT ON COLUMN maintenance_events.signed_off_by IS 'The employee who signed off (approved) the closed work order (employees.employee_id). This is the approver, not the person who did the work: who performed the work is not recorded.';

CREATE TABLE parts (
    part_no         text PRIMARY KEY,
    description     text NOT NULL,
    unit_price_usd  numeric(10,2) NOT NULL CHECK (unit_price_usd > 0)
);
COMMENT ON TABLE parts IS 'Spare parts catalogue.';
COMMENT ON COLUMN parts.part_no IS 'Part number, e.g. ''SP-1040''.';
COMMENT ON COLUMN parts.description IS 'Part description.';
COMMENT ON COLUMN parts.unit_price_usd IS 'Current list price of one unit in USD. Only the current price is kept: it is overwritten when the price changes, and past prices are not recorded anywhere.';

CREATE TABLE maintenance_parts (
    event_id  integer NOT NULL REFERENCES maintenance_events (event_id),
    part_no   text NOT NULL REFERENCES parts (part_no),
    quantity  integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (event_id, part_no)
);
COMMENT ON TABLE maintenance_parts IS 'Parts consumed by a work order of maintenance_events (parts of archived work orders are in archive_maintenance_parts); a work order may use no parts (no row).';
COMMENT ON COLUMN maintenance_parts.event_id IS 'The work order (maintenance_events.event_id).';
COMMENT ON COLUMN maintenance_parts.part_no IS 'The part used (parts.part_no).';
COMMENT ON COLUMN maintenance_parts.quantity IS 'Number of units used.';

CREATE TABLE recipes (
    recipe_id    integer PRIMARY KEY,
    recipe_code  text NOT NULL UNIQUE,
    area_id      integer NOT NULL REFERENCES process_areas (area_id),
    tech_id      integer NOT NULL REFERENCES technologies (tech_id)
);
COMMENT ON TABLE recipes IS 'Process recipes (the named program a tool runs for a step).';
COMMENT ON COLUMN recipes.recipe_id IS 'Surrogate key of the recipe.';
COMMENT ON COLUMN recipes.recipe_code IS 'Recipe code, unique, e.g. ''N40LP-ETCH-2''.';
COMMENT ON COLUMN recipes.area_id IS 'Area whose tools run the recipe (process_areas.area_id).';
COMMENT ON COLUMN recipes.tech_id IS 'Technology the recipe belongs to (technologies.tech_id).';

CREATE TABLE recipe_versions (
    recipe_id   integer NOT NULL REFERENCES recipes (recipe_id),
    version_no  integer NOT NULL CHECK (version_no > 0),
    valid_from  date NOT NULL,
    valid_to    date,
    target_nm   numeric(8,1) NOT NULL CHECK (target_nm > 0),
    PRIMARY KEY (recipe_id, version_no),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
COMMENT ON TABLE recipe_versions IS 'Released versions of each recipe as non-overlapping date periods. Only versions in force on or after 2023-01-01 are kept; a version already in force on 2023-01-01 is stored with valid_from = 2023-01-01 (its real release date and all older versions are not kept).';
COMMENT ON COLUMN recipe_versions.recipe_id IS 'The recipe (recipes.recipe_id).';
COMMENT ON COLUMN recipe_versions.version_no IS 'Version number, increasing by 1 per release; the first kept version of a recipe need not be 1.';
COMMENT ON COLUMN recipe_versions.valid_from IS 'First day (fab local date) the version is in force (inclusive); 2023-01-01 for versions released before then.';
COMMENT ON COLUMN recipe_versions.valid_to IS 'Day the next version took over (exclusive); NULL for the version in force now.';
COMMENT ON COLUMN recipe_versions.target_nm IS 'Target of the recipe in nanometres: film thickness for DEPO/CMP, etch depth for ETCH, critical dimension for LITHO/METRO, junction depth for IMPL.';

CREATE TABLE route_steps (
    tech_id    integer NOT NULL REFERENCES technologies (tech_id),
    step_no    integer NOT NULL CHECK (step_no > 0),
    step_name  text NOT NULL,
    area_id    integer NOT NULL REFERENCES process_areas (area_id),
    recipe_id  integer NOT NULL REFERENCES recipes (recipe_id),
    PRIMARY KEY (tech_id, step_no)
);
COMMENT ON TABLE route_steps IS 'The process route (flow) of each technology: the ordered list of steps every lot of that technology goes through.';
COMMENT ON COLUMN route_steps.tech_id IS 'The technology (technologies.tech_id).';
COMMENT ON COLUMN route_steps.step_no IS 'Position of the step in the route, 1 = first.';
COMMENT ON COLUMN route_steps.step_name IS 'Step name, e.g. ''Gate etch''.';
COMMENT ON COLUMN route_steps.area_id IS 'Area that performs the step (process_areas.area_id).';
COMMENT ON COLUMN route_steps.recipe_id IS 'Recipe run at the step (recipes.recipe_id).';

CREATE TABLE lots (
    lot_id      integer PRIMARY KEY,
    lot_code    text NOT NULL UNIQUE,
    product_id  integer NOT NULL REFERENCES products (product_id),
    started_on  date NOT NULL,
    priority    text NOT NULL CHECK (priority IN ('normal', 'hot', 'engineering')),
    status      text NOT NULL CHECK (status IN ('in_process', 'completed', 'shipped')),
    is_deleted  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE lots IS 'Production lots: a batch of up to 25 wafers of one product that moves through the route together. Lots created by mistake are soft-deleted (is_deleted = true); they have no wafers, steps, holds or shipments.';
COMMENT ON COLUMN lots.lot_id IS 'Surrogate key of the lot.';
COMMENT ON COLUMN lots.lot_code IS 'Lot code, unique, e.g. ''L23A0042''.';
COMMENT ON COLUMN lots.product_id IS 'Product of the lot (products.product_id).';
COMMENT ON COLUMN lots.started_on IS 'Fab local date the lot was released into the line.';
COMMENT ON COLUMN lots.priority IS '''normal'', ''hot'' (expedited) or ''engineering'' (experimental lot).';
COMMENT ON COLUMN lots.status IS 'As of the extract: ''in_process'' (still in the line), ''completed'' (all steps done, not yet shipped) or ''shipped''. A lot whose wafers were all scrapped keeps ''in_process'' after its last step.';
COMMENT ON COLUMN lots.is_deleted IS 'true if the lot record was created by mistake and voided (soft delete).';

CREATE TABLE scrap_reasons (
    scrap_code   text PRIMARY KEY,
    description  text NOT NULL
);
COMMENT ON TABLE scrap_reasons IS 'Lookup of wafer scrap reasons.';
COMMENT ON COLUMN scrap_reasons.scrap_code IS 'Reason code, e.g. ''BRK'' (broken), ''CNT'' (contamination).';
COMMENT ON COLUMN scrap_reasons.description IS 'Description of the reason.';

CREATE TABLE wafers (
    wafer_id    integer PRIMARY KEY,
    lot_id      integer NOT NULL REFERENCES lots (lot_id),
    slot_no     integer NOT NULL CHECK (slot_no BETWEEN 1 AND 25),
    scrapped_on date,
    scrap_code  text REFERENCES scrap_reasons (scrap_code),
    UNIQUE (lot_id, slot_no),
    CHECK ((scrapped_on IS NULL) = (scrap_code IS NULL))
);
COMMENT ON TABLE wafers IS 'Individual wafers of a lot.';
COMMENT ON COLUMN wafers.wafer_id IS 'Surrogate key of the wafer.';
COMMENT ON COLUMN wafers.lot_id IS 'The lot the wafer belongs to (lots.lot_id).';
COMMENT ON COLUMN wafers.slot_no IS 'Slot position of the wafer in the lot''s carrier, 1..25.';
COMMENT ON COLUMN wafers.scrapped_on IS 'Fab local date the wafer was scrapped; NULL if not scrapped. Only the date is recorded, not the time of day, and not the step at which it was scrapped.';
COMMENT ON COLUMN wafers.scrap_code IS 'Scrap reason (scrap_reasons.scrap_code); NULL if not scrapped.';

CREATE TABLE lot_steps (
    lot_step_id  integer PRIMARY KEY,
    lot_id       integer NOT NULL REFERENCES lots (lot_id),
    step_no      integer NOT NULL,
    tool_id      integer NOT NULL REFERENCES tools (tool_id),
    recipe_id    integer NOT NULL REFERENCES recipes (recipe_id),
    version_no   integer NOT NULL,
    track_in     timestamp NOT NULL,
    track_out    timestamp,
    wafers_in    integer NOT NULL CHECK (wafers_in > 0),
    UNIQUE (lot_id, step_no),
    FOREIGN KEY (recipe_id, version_no) REFERENCES recipe_versions (recipe_id, version_no),
    CHECK (track_out IS NULL OR track_out > track_in)
);
COMMENT ON TABLE lot_steps IS 'Processing history: one row per lot and route step it has started (step_no refers to route_steps of the lot''s technology). The operator who ran the step is not recorded.';
COMMENT ON COLUMN lot_steps.lot_step_id IS 'Surrogate key.';
COMMENT ON COLUMN lot_steps.lot_id IS 'The lot (lots.lot_id).';
COMMENT ON COLUMN lot_steps.step_no IS 'Route step number (route_steps.step_no for the lot''s technology).';
COMMENT ON COLUMN lot_steps.tool_id IS 'Tool that processed the lot at this step (tools.tool_id).';
COMMENT ON COLUMN lot_steps.recipe_id IS 'Recipe run (recipes.recipe_id).';
COMMENT ON COLUMN lot_steps.version_no IS 'Recipe version run (recipe_versions.version_no of recipe_id).';
COMMENT ON COLUMN lot_steps.track_in IS 'Moment the lot was loaded on the tool, fab local time (UTC+8), no time zone.';
COMMENT ON COLUMN lot_steps.track_out IS 'Moment the lot was unloaded, fab local time (UTC+8), no time zone; NULL while the lot is still on the tool.';
COMMENT ON COLUMN lot_steps.wafers_in IS 'Number of wafers of the lot processed at the step.';

CREATE TABLE lot_holds (
    hold_id      integer PRIMARY KEY,
    lot_id       integer NOT NULL REFERENCES lots (lot_id),
    hold_code    text NOT NULL CHECK (hold_code IN ('QA', 'ENG', 'CUST', 'EQP')),
    placed_at    timestamp NOT NULL,
    released_at  timestamp,
    CHECK (released_at IS NULL OR released_at > placed_at)
);
COMMENT ON TABLE lot_holds IS 'Holds placed on lots (the lot may not move while on hold).';
COMMENT ON COLUMN lot_holds.hold_id IS 'Surrogate key of the hold.';
COMMENT ON COLUMN lot_holds.lot_id IS 'The lot held (lots.lot_id).';
COMMENT ON COLUMN lot_holds.hold_code IS '''QA'' quality, ''ENG'' engineering, ''CUST'' customer request, ''EQP'' equipment suspicion.';
COMMENT ON COLUMN lot_holds.placed_at IS 'When the hold was placed, fab local time (UTC+8), no time zone.';
COMMENT ON COLUMN lot_holds.released_at IS 'When the hold was released, fab local time; NULL while still on hold.';

CREATE TABLE bin_codes (
    bin_code     text PRIMARY KEY,
    description  text NOT NULL,
    is_pass      boolean NOT NULL
);
COMMENT ON TABLE bin_codes IS 'Lookup of wafer-sort bins.';
COMMENT ON COLUMN bin_codes.bin_code IS 'Bin code ''B01'' (pass) .. ''B09''.';
COMMENT ON COLUMN bin_codes.description IS 'What the bin means, e.g. ''Leakage fail''.';
COMMENT ON COLUMN bin_codes.is_pass IS 'true for the passing bin B01.';

CREATE TABLE sort_tests (
    wafer_id     integer PRIMARY KEY REFERENCES wafers (wafer_id),
    test_date    date NOT NULL,
    dies_tested  integer NOT NULL CHECK (dies_tested > 0),
    dies_good    integer NOT NULL CHECK (dies_good >= 0),
    CHECK (dies_good <= dies_tested)
);
COMMENT ON TABLE sort_tests IS 'Wafer sort (electrical probe test) result of each tested wafer: one row per wafer, totals only. Results of individual die (die coordinates, per-die pass/fail) are not recorded. Final test of packaged parts is done by the customers'' assembly houses and is not recorded in this database.';
COMMENT ON COLUMN sort_tests.wafer_id IS 'The wafer (wafers.wafer_id).';
COMMENT ON COLUMN sort_tests.test_date IS 'Fab local date of the test; the time of day is not recorded.';
COMMENT ON COLUMN sort_tests.dies_tested IS 'Number of die probed on the wafer.';
COMMENT ON COLUMN sort_tests.dies_good IS 'Number of die that passed (bin B01). Sort yield of a wafer = dies_good / dies_tested.';

CREATE TABLE sort_bins (
    wafer_id   integer NOT NULL REFERENCES sort_tests (wafer_id),
    bin_code   text NOT NULL REFERENCES bin_codes (bin_code),
    die_count  integer NOT NULL CHECK (die_count > 0),
    PRIMARY KEY (wafer_id, bin_code)
);
COMMENT ON TABLE sort_bins IS 'Failing-bin breakdown of a sort test: die count per failing bin (only bins with at least one die have a row; the passing bin B01 is not listed). Recorded only for sort tests dated 2024-07-01 or later; tests before that date have totals in sort_tests but no bin breakdown anywhere.';
COMMENT ON COLUMN sort_bins.wafer_id IS 'The tested wafer (sort_tests.wafer_id).';
COMMENT ON COLUMN sort_bins.bin_code IS 'Failing bin (bin_codes.bin_code).';
COMMENT ON COLUMN sort_bins.die_count IS 'Number of die of the wafer that fell into the bin.';

CREATE TABLE shipments (
    shipment_id     integer PRIMARY KEY,
    shipment_code   text NOT NULL UNIQUE,
    customer_id     integer NOT NULL REFERENCES customers (customer_id),
    shipped_at      timestamptz NOT NULL,
    invoice_amount  numeric(14,2) NOT NULL CHECK (invoice_amount > 0),
    currency_code   char(3) NOT NULL REFERENCES currencies (currency_code)
);
COMMENT ON TABLE shipments IS 'Shipments of finished wafers to customers; each is invoiced once. Freight, insurance and customs charges are paid by the customer''s forwarder and are not recorded.';
COMMENT ON COLUMN shipments.shipment_id IS 'Surrogate key of the shipment.';
COMMENT ON COLUMN shipments.shipment_code IS 'Shipment code, unique, e.g. ''SH-240017''.';
COMMENT ON COLUMN shipments.customer_id IS 'The customer (customers.customer_id).';
COMMENT ON COLUMN shipments.shipped_at IS 'Moment the shipment left the fab, with time zone.';
COMMENT ON COLUMN shipments.invoice_amount IS 'Invoiced amount for the wafers in the shipment, in currency_code (wafers shipped x price per wafer in force on the UTC shipping date).';
COMMENT ON COLUMN shipments.currency_code IS 'Currency of invoice_amount; always the customer''s currency.';

CREATE TABLE shipment_lots (
    shipment_id     integer NOT NULL REFERENCES shipments (shipment_id),
    lot_id          integer NOT NULL UNIQUE REFERENCES lots (lot_id),
    wafers_shipped  integer NOT NULL CHECK (wafers_shipped > 0),
    PRIMARY KEY (shipment_id, lot_id)
);
COMMENT ON TABLE shipment_lots IS 'Lots contained in a shipment; a lot is shipped at most once, in one shipment. Which individual wafers were shipped is not recorded, only how many.';
COMMENT ON COLUMN shipment_lots.shipment_id IS 'The shipment (shipments.shipment_id).';
COMMENT ON COLUMN shipment_lots.lot_id IS 'The lot shipped (lots.lot_id).';
COMMENT ON COLUMN shipment_lots.wafers_shipped IS 'Number of wafers of the lot in the shipment.';

-- ---------------------------------------------------------------------------------------------
-- Look-alike tables: an archive of old work orders, a stale report and a staging load table.
-- ---------------------------------------------------------------------------------------------

CREATE TABLE archive_maintenance_events (
    event_id       integer PRIMARY KEY,
    tool_id        integer NOT NULL REFERENCES tools (tool_id),
    event_type     text NOT NULL CHECK (event_type IN ('pm', 'repair')),
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz NOT NULL,
    signed_off_by  integer NOT NULL REFERENCES employees (employee_id),
    CHECK (ended_at > started_at)
);
COMMENT ON TABLE archive_maintenance_events IS 'Archive of maintenance work orders opened from 2021-01-01 00:00 UTC up to (not including) 2023-01-01 00:00 UTC. These rows were moved out of maintenance_events, which holds only work orders opened on or after 2023-01-01 00:00 UTC; no work order is in both tables, and event_id values never collide. Same columns and meaning as maintenance_events. Work orders opened before 2021 are not kept anywhere.';
COMMENT ON COLUMN archive_maintenance_events.event_id IS 'Surrogate key of the work order (unique across archive_maintenance_events and maintenance_events).';
COMMENT ON COLUMN archive_maintenance_events.tool_id IS 'The tool maintained (tools.tool_id).';
COMMENT ON COLUMN archive_maintenance_events.event_type IS '''pm'' = preventive maintenance, ''repair'' = corrective repair after a failure.';
COMMENT ON COLUMN archive_maintenance_events.started_at IS 'When the work order was opened, with time zone.';
COMMENT ON COLUMN archive_maintenance_events.ended_at IS 'When the work order was closed, with time zone.';
COMMENT ON COLUMN archive_maintenance_events.signed_off_by IS 'The employee who signed off (approved) the closed work order (employees.employee_id); the approver, not the performer.';

CREATE TABLE archive_maintenance_parts (
    event_id  integer NOT NULL REFERENCES archive_maintenance_events (event_id),
    part_no   text NOT NULL REFERENCES parts (part_no),
    quantity  integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (event_id, part_no)
);
COMMENT ON TABLE archive_maintenance_parts IS 'Parts consumed by the archived work orders (archive_maintenance_events), moved out of maintenance_parts together with their work orders; a work order may use no parts (no row).';
COMMENT ON COLUMN archive_maintenance_parts.event_id IS 'The archived work order (archive_maintenance_events.event_id).';
COMMENT ON COLUMN archive_maintenance_parts.part_no IS 'The part used (parts.part_no).';
COMMENT ON COLUMN archive_maintenance_parts.quantity IS 'Number of units used.';

CREATE TABLE rpt_customer_revenue_monthly (
    customer_id         integer NOT NULL REFERENCES customers (customer_id),
    month_start         date NOT NULL,
    shipments_count     integer NOT NULL,
    invoice_total_usd   numeric(14,2) NOT NULL,
    PRIMARY KEY (customer_id, month_start)
);
COMMENT ON TABLE rpt_customer_revenue_monthly IS 'Finance report table, NOT authoritative: shipments and invoiced value per customer and fab-local calendar month (month of shipped_at in fab local time), with the month''s invoice total converted to USD at the rate of the LAST day of the month (not the shipping day). Last refreshed on 2025-03-31 and covers only the months 2024-01 to 2025-02; months without shipments have no row. For shipment values use shipments with currency_rates.';
COMMENT ON COLUMN rpt_customer_revenue_monthly.customer_id IS 'The customer (customers.customer_id).';
COMMENT ON COLUMN rpt_customer_revenue_monthly.month_start IS 'First day of the fab-local calendar month reported.';
COMMENT ON COLUMN rpt_customer_revenue_monthly.shipments_count IS 'Number of shipments to the customer in that month (as of the refresh).';
COMMENT ON COLUMN rpt_customer_revenue_monthly.invoice_total_usd IS 'Sum of invoice_amount of those shipments times the usd_per_unit of the month''s last day, rounded to cents.';

CREATE TABLE staging_sort_tests (
    load_id      integer PRIMARY KEY,
    wafer_id     integer NOT NULL,
    test_date    date NOT NULL,
    dies_tested  integer NOT NULL,
    dies_good    integer NOT NULL,
    load_status  text NOT NULL
);
COMMENT ON TABLE staging_sort_tests IS 'Staging area of the prober data loader, NOT authoritative: raw result loads of the sort tests dated 2025-06-01 or later (older loads are purged). A wafer may have several loads: superseded or invalid loads have load_status ''rejected''; the one ''accepted'' load of a wafer was copied to sort_tests. Use sort_tests for sort results.';
COMMENT ON COLUMN staging_sort_tests.load_id IS 'Surrogate key of the load.';
COMMENT ON COLUMN staging_sort_tests.wafer_id IS 'The wafer tested (wafers.wafer_id); not validated.';
COMMENT ON COLUMN staging_sort_tests.test_date IS 'Fab local date of the test.';
COMMENT ON COLUMN staging_sort_tests.dies_tested IS 'Number of die probed, as loaded.';
COMMENT ON COLUMN staging_sort_tests.dies_good IS 'Number of die passed, as loaded.';
COMMENT ON COLUMN staging_sort_tests.load_status IS '''accepted'' (copied to sort_tests) or ''rejected'' (superseded retest or invalid load, not in sort_tests).';
