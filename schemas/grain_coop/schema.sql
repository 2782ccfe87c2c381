-- grain_coop: a farmers' grain cooperative with elevators in Canada and the US (hard split, schema-scale design).
-- DDL only; rows come from generate.py. Written by bench/hard/grain_coop/build_schema.py from generate.TABLES.

CREATE TABLE countries (
    country_code char(2) PRIMARY KEY,
    name text NOT NULL,
    settlement_currency char(3) NOT NULL
);
COMMENT ON TABLE countries IS 'Lookup: countries of the cooperative''s elevators and members, with the currency in which their elevators settle.';
COMMENT ON COLUMN countries.country_code IS 'ISO 3166-1 alpha-2: ''CA'' Canada, ''US'' United States.';
COMMENT ON COLUMN countries.name IS 'Country name.';
COMMENT ON COLUMN countries.settlement_currency IS 'Currency in which elevators of this country pay settlements and quote grade prices: ''CAD'' for CA, ''USD'' for US.';

CREATE TABLE regions (
    region_code char(2) PRIMARY KEY,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code)
);
COMMENT ON TABLE regions IS 'Lookup: provinces and states where the elevators are.';
COMMENT ON COLUMN regions.region_code IS 'Province/state postal code: ''SK'', ''MB'', ''AB'', ''ND'', ''MT''.';
COMMENT ON COLUMN regions.name IS 'Province or state name.';
COMMENT ON COLUMN regions.country_code IS 'Country.';

CREATE TABLE currencies (
    currency_code char(3) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE currencies IS 'Lookup: currencies of settlements, contracts and prices. Convert to Canadian dollars with fx_rates (the only authoritative rate table).';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217: ''CAD'', ''USD'', ''EUR''.';
COMMENT ON COLUMN currencies.name IS 'Currency name.';

CREATE TABLE fx_rates (
    rate_date date NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    cad_per_unit numeric(10,6) NOT NULL CHECK (cad_per_unit > 0),
    PRIMARY KEY (rate_date, currency_code)
);
COMMENT ON TABLE fx_rates IS 'AUTHORITATIVE daily exchange rates (Bank of Canada noon-style rates): CAD per one unit of USD and of EUR, one row per currency and BUSINESS day from 2021-07-30 to 2025-07-31 (so every day from 2021-08-01 has a rate on or before it). There are NO rows for Saturdays, Sundays and the bank holidays 1 January, 1 July, 25 and 26 December, and no rows for CAD (1 CAD = 1 CAD). The rate to use for a day D is the row with the latest rate_date on or before D. staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg are not to be used for conversions.';
COMMENT ON COLUMN fx_rates.rate_date IS 'Business day of the rate.';
COMMENT ON COLUMN fx_rates.currency_code IS '''USD'' or ''EUR''.';
COMMENT ON COLUMN fx_rates.cad_per_unit IS 'Canadian dollars per one unit of the currency on that day.';

CREATE TABLE crop_years (
    crop_year integer PRIMARY KEY,
    label text NOT NULL UNIQUE,
    starts_on date NOT NULL,
    ends_on date NOT NULL
);
COMMENT ON TABLE crop_years IS 'AUTHORITATIVE crop-year (fiscal) calendar of the cooperative. A crop year runs 1 August to 31 July and is labelled by both calendar years, e.g. ''2023-24'' = 2023-08-01 .. 2024-07-31; crop_year is the calendar year in which it STARTS (2023 for ''2023-24''). Deliveries, loadouts and settlements belong to a crop year by the LOCAL scale date (see delivery_tickets). One row per crop year from 2019-20 to 2025-26.';
COMMENT ON COLUMN crop_years.crop_year IS 'Calendar year in which the crop year starts (2023 = crop year 2023-24).';
COMMENT ON COLUMN crop_years.label IS 'Label ''YYYY-YY'', e.g. ''2023-24''.';
COMMENT ON COLUMN crop_years.starts_on IS '1 August (inclusive).';
COMMENT ON COLUMN crop_years.ends_on IS '31 July of the next year (inclusive).';

CREATE TABLE crop_year_periods (
    crop_year integer NOT NULL REFERENCES crop_years (crop_year),
    period_no integer NOT NULL CHECK (period_no BETWEEN 1 AND 12),
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    PRIMARY KEY (crop_year, period_no)
);
COMMENT ON TABLE crop_year_periods IS 'AUTHORITATIVE accounting periods of each crop year: 12 calendar months, period 1 = August ... period 12 = July.';
COMMENT ON COLUMN crop_year_periods.crop_year IS 'Crop year (start year).';
COMMENT ON COLUMN crop_year_periods.period_no IS '1 = August, 2 = September, ..., 12 = July.';
COMMENT ON COLUMN crop_year_periods.starts_on IS 'First day of the month (inclusive).';
COMMENT ON COLUMN crop_year_periods.ends_on IS 'Last day of the month (inclusive).';

CREATE TABLE railways (
    railway_code text PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE railways IS 'Lookup: railways serving the elevators.';
COMMENT ON COLUMN railways.railway_code IS '''CN'', ''CPKC'', ''BNSF''.';
COMMENT ON COLUMN railways.name IS 'Railway name.';

CREATE TABLE elevators (
    elevator_id integer PRIMARY KEY,
    elevator_code text NOT NULL UNIQUE,
    name text NOT NULL,
    region_code char(2) NOT NULL REFERENCES regions (region_code),
    tz_name text NOT NULL,
    railway_code text NOT NULL REFERENCES railways (railway_code),
    licensed_capacity_t integer NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE elevators IS 'AUTHORITATIVE country grain elevators (delivery points) of the cooperative with their CURRENT elevator codes. The legacy scale system used other codes (legacy_elevator_code_map). Local wall-clock times at an elevator follow its time zone.';
COMMENT ON COLUMN elevators.elevator_id IS 'Surrogate key.';
COMMENT ON COLUMN elevators.elevator_code IS 'Current code ''<province/state>-<3 letters>'', e.g. ''SK-ROS''.';
COMMENT ON COLUMN elevators.name IS 'Town of the elevator, e.g. ''Rosetown''.';
COMMENT ON COLUMN elevators.region_code IS 'Province/state.';
COMMENT ON COLUMN elevators.tz_name IS 'IANA time zone of the scale house: ''America/Regina'' (UTC-6 all year, no daylight saving), ''America/Winnipeg'' and ''America/Chicago'' (UTC-6, UTC-5 in summer), ''America/Edmonton'' and ''America/Denver'' (UTC-7, UTC-6 in summer).';
COMMENT ON COLUMN elevators.railway_code IS 'Railway serving the elevator''s track (decides the rail_loadouts_<railway>_<crop year> partition).';
COMMENT ON COLUMN elevators.licensed_capacity_t IS 'Licensed storage capacity, tonnes.';
COMMENT ON COLUMN elevators.opened_on IS 'Date the elevator opened.';

CREATE TABLE commodities (
    commodity_code text PRIMARY KEY,
    name text NOT NULL,
    dry_moisture_max_pct numeric(4,1) NOT NULL,
    protein_measured boolean NOT NULL
);
COMMENT ON TABLE commodities IS 'Lookup: grains and oilseeds received. dry_moisture_max_pct is the highest moisture at which the grain is still ''dry''; above it the grain is tough/damp and a drying charge applies.';
COMMENT ON COLUMN commodities.commodity_code IS '''HRS'' hard red spring wheat, ''DUR'' durum, ''CAN'' canola, ''BAR'' barley, ''OAT'' oats, ''PEA'' yellow peas.';
COMMENT ON COLUMN commodities.name IS 'Name.';
COMMENT ON COLUMN commodities.dry_moisture_max_pct IS 'Highest moisture percent still graded dry (a delivery with moisture_pct strictly above it is ''tough'').';
COMMENT ON COLUMN commodities.protein_measured IS 'true when the scale measures protein for this commodity (HRS, DUR, PEA).';

CREATE TABLE grades (
    grade_code text PRIMARY KEY,
    commodity_code text NOT NULL REFERENCES commodities (commodity_code),
    grade_name text NOT NULL,
    grade_rank integer NOT NULL
);
COMMENT ON TABLE grades IS 'Lookup: official grades per commodity. grade_rank 1 is the best grade of the commodity.';
COMMENT ON COLUMN grades.grade_code IS '''<commodity>-<grade>'', e.g. ''HRS-1'', ''HRS-FEED'', ''CAN-SAMPLE''.';
COMMENT ON COLUMN grades.commodity_code IS 'Commodity.';
COMMENT ON COLUMN grades.grade_name IS 'Grade name, e.g. ''No. 1'', ''Feed'', ''Sample''.';
COMMENT ON COLUMN grades.grade_rank IS '1 = best grade of the commodity, higher = lower grade.';

CREATE TABLE membership_tiers (
    tier_code text PRIMARY KEY,
    description text NOT NULL,
    bonus_pct numeric(3,1) NOT NULL
);
COMMENT ON TABLE membership_tiers IS 'Lookup of membership tiers (they decide the patronage bonus).';
COMMENT ON COLUMN membership_tiers.tier_code IS '''STANDARD'', ''SILVER'', ''GOLD''.';
COMMENT ON COLUMN membership_tiers.description IS 'Meaning.';
COMMENT ON COLUMN membership_tiers.bonus_pct IS 'Patronage bonus in percent of the net settlement.';

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    member_no text NOT NULL UNIQUE,
    farm_name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    region_code char(2) NOT NULL REFERENCES regions (region_code),
    joined_on date NOT NULL,
    current_tier_code text NOT NULL REFERENCES membership_tiers (tier_code),
    deleted_at timestamptz
);
COMMENT ON TABLE members IS 'AUTHORITATIVE member farms of the cooperative. current_tier_code is the CURRENT tier only; the tier held on a day is in member_tier_history. Soft-deleted rows (deleted_at not NULL) are duplicate accounts created by mistake and are not members.';
COMMENT ON COLUMN members.member_id IS 'Surrogate key.';
COMMENT ON COLUMN members.member_no IS 'Member number, e.g. ''M0042''.';
COMMENT ON COLUMN members.farm_name IS 'Registered farm name; may contain apostrophes and ''&''.';
COMMENT ON COLUMN members.country_code IS 'Country of the farm.';
COMMENT ON COLUMN members.region_code IS 'Province/state of the farm.';
COMMENT ON COLUMN members.joined_on IS 'Date the membership started.';
COMMENT ON COLUMN members.current_tier_code IS 'Tier held today (see member_tier_history for earlier tiers).';
COMMENT ON COLUMN members.deleted_at IS 'SOFT DELETE: non-NULL = duplicate account removed at that moment; ignore such rows. NULL = a real member.';

CREATE TABLE member_tier_history (
    member_id integer NOT NULL REFERENCES members (member_id),
    tier_code text NOT NULL REFERENCES membership_tiers (tier_code),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (member_id, valid_from)
);
COMMENT ON TABLE member_tier_history IS 'AUTHORITATIVE history of membership tiers: valid_from inclusive, valid_to exclusive, valid_to NULL = current. The tier held on day D is the row with valid_from <= D < valid_to (or valid_to NULL). Every member has rows covering every day from joined_on.';
COMMENT ON COLUMN member_tier_history.member_id IS 'Member.';
COMMENT ON COLUMN member_tier_history.tier_code IS 'Tier held.';
COMMENT ON COLUMN member_tier_history.valid_from IS 'First day in the tier (inclusive).';
COMMENT ON COLUMN member_tier_history.valid_to IS 'Exclusive end; NULL = current.';

CREATE TABLE storage_bins (
    bin_id integer PRIMARY KEY,
    elevator_id integer NOT NULL REFERENCES elevators (elevator_id),
    bin_code text NOT NULL,
    capacity_t numeric(8,1) NOT NULL,
    bin_type text NOT NULL CHECK (bin_type IN ('concrete', 'steel', 'annex', 'bag')),
    UNIQUE (elevator_id, bin_code)
);
COMMENT ON TABLE storage_bins IS 'AUTHORITATIVE storage bins (silos, annexes) of the elevators.';
COMMENT ON COLUMN storage_bins.bin_id IS 'Surrogate key.';
COMMENT ON COLUMN storage_bins.elevator_id IS 'Elevator.';
COMMENT ON COLUMN storage_bins.bin_code IS 'Bin label within the elevator, e.g. ''B07'' or ''ANNEX-2''.';
COMMENT ON COLUMN storage_bins.capacity_t IS 'Capacity in tonnes.';
COMMENT ON COLUMN storage_bins.bin_type IS '''concrete'', ''steel'', ''annex'' (flat storage) or ''bag'' (temporary grain bag).';

CREATE TABLE grade_price_schedule (
    price_id integer PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    grade_code text NOT NULL REFERENCES grades (grade_code),
    price_per_tonne numeric(8,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE grade_price_schedule IS 'AUTHORITATIVE posted spot prices per country and grade over time (price per tonne in the country''s settlement currency: CAD in CA, USD in US): valid_from inclusive, valid_to exclusive, valid_to NULL = current. Exactly one row is valid for a country, grade and day. A spot (non-contract) delivery is priced with the row valid on its LOCAL scale date. v_current_prices shows only today''s prices.';
COMMENT ON COLUMN grade_price_schedule.price_id IS 'Surrogate key.';
COMMENT ON COLUMN grade_price_schedule.country_code IS 'Country whose elevators post the price.';
COMMENT ON COLUMN grade_price_schedule.grade_code IS 'Grade.';
COMMENT ON COLUMN grade_price_schedule.price_per_tonne IS 'Posted price per tonne of clean grain, in currency_code.';
COMMENT ON COLUMN grade_price_schedule.currency_code IS '''CAD'' (CA) or ''USD'' (US).';
COMMENT ON COLUMN grade_price_schedule.valid_from IS 'First day of validity (inclusive).';
COMMENT ON COLUMN grade_price_schedule.valid_to IS 'End of validity (exclusive); NULL = still valid.';

CREATE TABLE forward_contracts (
    contract_id integer PRIMARY KEY,
    contract_no text NOT NULL UNIQUE,
    member_id integer NOT NULL REFERENCES members (member_id),
    elevator_id integer NOT NULL REFERENCES elevators (elevator_id),
    commodity_code text NOT NULL REFERENCES commodities (commodity_code),
    contracted_t numeric(10,3) NOT NULL,
    price_per_tonne numeric(8,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    signed_on date NOT NULL,
    delivery_from date NOT NULL,
    delivery_to date NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'filled', 'cancelled'))
);
COMMENT ON TABLE forward_contracts IS 'AUTHORITATIVE forward (deferred delivery) contracts: a member commits a tonnage of a commodity at a fixed price to one elevator for a delivery window. Deliveries against a contract carry its contract_id on the ticket. All contracts since crop year 2021-22 (never archived), all signed on or before 2025-07-31.';
COMMENT ON COLUMN forward_contracts.contract_id IS 'Surrogate key.';
COMMENT ON COLUMN forward_contracts.contract_no IS 'Contract number, e.g. ''FC-2024-0031''.';
COMMENT ON COLUMN forward_contracts.member_id IS 'Member (signed_on is on or after the member''s joined_on).';
COMMENT ON COLUMN forward_contracts.elevator_id IS 'Delivery elevator.';
COMMENT ON COLUMN forward_contracts.commodity_code IS 'Commodity.';
COMMENT ON COLUMN forward_contracts.contracted_t IS 'Contracted clean tonnes.';
COMMENT ON COLUMN forward_contracts.price_per_tonne IS 'Fixed price per clean tonne, in currency_code (basis grade No. 1; other grades are discounted at settlement).';
COMMENT ON COLUMN forward_contracts.currency_code IS '''CAD'' or ''USD''.';
COMMENT ON COLUMN forward_contracts.signed_on IS 'Signing date.';
COMMENT ON COLUMN forward_contracts.delivery_from IS 'Delivery window start (inclusive).';
COMMENT ON COLUMN forward_contracts.delivery_to IS 'Delivery window end (inclusive).';
COMMENT ON COLUMN forward_contracts.status IS '''open'', ''filled'' (closed as complete) or ''cancelled'' (bought out; deliveries already made stay).';

CREATE TABLE delivery_tickets (
    ticket_id integer PRIMARY KEY,
    ticket_no text NOT NULL UNIQUE,
    elevator_id integer NOT NULL REFERENCES elevators (elevator_id),
    member_id integer NOT NULL REFERENCES members (member_id),
    commodity_code text NOT NULL REFERENCES commodities (commodity_code),
    grade_code text NOT NULL REFERENCES grades (grade_code),
    gross_kg integer NOT NULL,
    tare_kg integer NOT NULL,
    dockage_pct numeric(4,1) NOT NULL,
    moisture_pct numeric(4,1) NOT NULL,
    protein_pct numeric(4,1),
    weighed_at_utc timestamptz NOT NULL,
    weighed_at_local timestamp NOT NULL,
    bin_id integer REFERENCES storage_bins (bin_id),
    contract_id integer REFERENCES forward_contracts (contract_id),
    voided_at timestamptz
);
COMMENT ON TABLE delivery_tickets IS 'AUTHORITATIVE weighbridge delivery tickets with a local scale date from 2023-08-01 (crop years 2023-24 and 2024-25, plus any night tickets of 2025-08-01 weighed before the extract moment 2025-08-01 08:00 UTC). Tickets of crop years 2021-22 and 2022-23 (local scale date before 2023-08-01) were moved to archive_delivery_tickets (same columns); crop year 2020-21 exists only in the legacy scale system (legacy_scale_tickets). A question over several crop years needs the tables of each.';
COMMENT ON COLUMN delivery_tickets.ticket_id IS 'Surrogate key, unique across delivery_tickets and archive_delivery_tickets.';
COMMENT ON COLUMN delivery_tickets.ticket_no IS 'Printed ticket number ''<elevator_code>-<local date YYMMDD>-<seq>''.';
COMMENT ON COLUMN delivery_tickets.elevator_id IS 'Elevator (scale house).';
COMMENT ON COLUMN delivery_tickets.member_id IS 'Delivering member (the scale date is always on or after the member''s joined_on).';
COMMENT ON COLUMN delivery_tickets.commodity_code IS 'Commodity delivered.';
COMMENT ON COLUMN delivery_tickets.grade_code IS 'Grade given at the scale. If the member appealed and the appeal was decided, the FINAL grade is grade_appeals.final_grade_code.';
COMMENT ON COLUMN delivery_tickets.gross_kg IS 'Loaded truck weight, kg.';
COMMENT ON COLUMN delivery_tickets.tare_kg IS 'Empty truck weight, kg. Net weight = gross_kg - tare_kg.';
COMMENT ON COLUMN delivery_tickets.dockage_pct IS 'Dockage (foreign material) in percent of net weight. Clean weight = net weight * (1 - dockage_pct/100).';
COMMENT ON COLUMN delivery_tickets.moisture_pct IS 'Moisture percent at the scale (compare with commodities.dry_moisture_max_pct).';
COMMENT ON COLUMN delivery_tickets.protein_pct IS 'Protein percent (dry basis) for HRS, DUR and PEA; NULL for other commodities.';
COMMENT ON COLUMN delivery_tickets.weighed_at_utc IS 'Moment of the gross weighing (UTC).';
COMMENT ON COLUMN delivery_tickets.weighed_at_local IS 'Wall-clock time of the gross weighing at the scale house (elevator''s time zone). The LOCAL date of this column is the ticket''s scale date: it decides the crop year, the period, the posted price and the tier.';
COMMENT ON COLUMN delivery_tickets.bin_id IS 'Bin the grain was dumped into; NULL when shipped directly to a rail car.';
COMMENT ON COLUMN delivery_tickets.contract_id IS 'Forward contract delivered against; NULL for a spot (cash) delivery.';
COMMENT ON COLUMN delivery_tickets.voided_at IS 'SOFT DELETE: non-NULL = the ticket was voided (reweigh, wrong member, test) at that moment and must be ignored in every count and sum; NULL = a valid delivery.';

CREATE TABLE archive_delivery_tickets (
    ticket_id integer PRIMARY KEY,
    ticket_no text NOT NULL,
    elevator_id integer NOT NULL,
    member_id integer NOT NULL,
    commodity_code text NOT NULL,
    grade_code text NOT NULL,
    gross_kg integer NOT NULL,
    tare_kg integer NOT NULL,
    dockage_pct numeric(4,1) NOT NULL,
    moisture_pct numeric(4,1) NOT NULL,
    protein_pct numeric(4,1),
    weighed_at_utc timestamptz NOT NULL,
    weighed_at_local timestamp NOT NULL,
    bin_id integer,
    contract_id integer,
    voided_at timestamptz,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_delivery_tickets IS 'ARCHIVE of delivery tickets with a local scale date from 2021-08-01 to 2023-07-31 (crop years 2021-22 and 2022-23), moved out of delivery_tickets on 2023-09-15. Same columns and meaning (voided tickets included, voided_at set) plus archived_at.';
COMMENT ON COLUMN archive_delivery_tickets.ticket_id IS 'Surrogate key, unique across delivery_tickets and archive_delivery_tickets.';
COMMENT ON COLUMN archive_delivery_tickets.ticket_no IS 'Printed ticket number ''<elevator_code>-<local date YYMMDD>-<seq>''.';
COMMENT ON COLUMN archive_delivery_tickets.elevator_id IS 'Elevator (scale house).';
COMMENT ON COLUMN archive_delivery_tickets.member_id IS 'Delivering member (the scale date is always on or after the member''s joined_on).';
COMMENT ON COLUMN archive_delivery_tickets.commodity_code IS 'Commodity delivered.';
COMMENT ON COLUMN archive_delivery_tickets.grade_code IS 'Grade given at the scale. If the member appealed and the appeal was decided, the FINAL grade is grade_appeals.final_grade_code.';
COMMENT ON COLUMN archive_delivery_tickets.gross_kg IS 'Loaded truck weight, kg.';
COMMENT ON COLUMN archive_delivery_tickets.tare_kg IS 'Empty truck weight, kg. Net weight = gross_kg - tare_kg.';
COMMENT ON COLUMN archive_delivery_tickets.dockage_pct IS 'Dockage (foreign material) in percent of net weight. Clean weight = net weight * (1 - dockage_pct/100).';
COMMENT ON COLUMN archive_delivery_tickets.moisture_pct IS 'Moisture percent at the scale (compare with commodities.dry_moisture_max_pct).';
COMMENT ON COLUMN archive_delivery_tickets.protein_pct IS 'Protein percent (dry basis) for HRS, DUR and PEA; NULL for other commodities.';
COMMENT ON COLUMN archive_delivery_tickets.weighed_at_utc IS 'Moment of the gross weighing (UTC).';
COMMENT ON COLUMN archive_delivery_tickets.weighed_at_local IS 'Wall-clock time of the gross weighing at the scale house (elevator''s time zone). The LOCAL date of this column is the ticket''s scale date: it decides the crop year, the period, the posted price and the tier.';
COMMENT ON COLUMN archive_delivery_tickets.bin_id IS 'Bin the grain was dumped into; NULL when shipped directly to a rail car.';
COMMENT ON COLUMN archive_delivery_tickets.contract_id IS 'Forward contract delivered against; NULL for a spot (cash) delivery.';
COMMENT ON COLUMN archive_delivery_tickets.voided_at IS 'SOFT DELETE: non-NULL = the ticket was voided (reweigh, wrong member, test) at that moment and must be ignored in every count and sum; NULL = a valid delivery.';
COMMENT ON COLUMN archive_delivery_tickets.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE grade_appeals (
    appeal_id integer PRIMARY KEY,
    ticket_id integer NOT NULL UNIQUE,
    appealed_on date NOT NULL,
    decided_on date,
    final_grade_code text REFERENCES grades (grade_code)
);
COMMENT ON TABLE grade_appeals IS 'AUTHORITATIVE grade appeals (re-inspection by the Canadian Grain Commission / USDA FGIS) of delivery tickets, live and archived. A ticket is appealed at most once. When decided, final_grade_code replaces the scale grade for every purpose.';
COMMENT ON COLUMN grade_appeals.appeal_id IS 'Surrogate key.';
COMMENT ON COLUMN grade_appeals.ticket_id IS 'Ticket appealed (delivery_tickets or archive_delivery_tickets).';
COMMENT ON COLUMN grade_appeals.appealed_on IS 'Date of the appeal.';
COMMENT ON COLUMN grade_appeals.decided_on IS 'Date of the decision; NULL while pending.';
COMMENT ON COLUMN grade_appeals.final_grade_code IS 'Grade after re-inspection, always a grade of the ticket''s commodity; NULL while pending (then the scale grade stands).';

CREATE TABLE settlements (
    settlement_id integer PRIMARY KEY,
    ticket_id integer NOT NULL,
    settled_on date NOT NULL,
    currency_code char(3) NOT NULL,
    clean_t numeric(10,3) NOT NULL,
    price_per_tonne numeric(8,2) NOT NULL,
    gross_amount numeric(12,2) NOT NULL,
    drying_charge numeric(10,2) NOT NULL,
    levy_amount numeric(10,2) NOT NULL,
    net_amount numeric(12,2) NOT NULL,
    status text NOT NULL CHECK (status IN ('paid', 'reversed'))
);
COMMENT ON TABLE settlements IS 'AUTHORITATIVE settlements (payments to members) for tickets in delivery_tickets. Settlements of archived tickets are in archive_settlements. Voided tickets have no settlement.';
COMMENT ON COLUMN settlements.settlement_id IS 'Surrogate key.';
COMMENT ON COLUMN settlements.ticket_id IS 'Ticket paid (delivery_tickets.ticket_id; archive_delivery_tickets for archive_settlements).';
COMMENT ON COLUMN settlements.settled_on IS 'Payment date (cheque / transfer date), on or after the ticket''s scale date. Convert amounts to CAD with the fx_rates rate of this date (latest business day on or before it).';
COMMENT ON COLUMN settlements.currency_code IS 'Currency of all amounts of the row: the elevator country''s settlement currency.';
COMMENT ON COLUMN settlements.clean_t IS 'Clean tonnes paid.';
COMMENT ON COLUMN settlements.price_per_tonne IS 'Price applied (posted price or contract price, grade-adjusted).';
COMMENT ON COLUMN settlements.gross_amount IS 'clean_t * price_per_tonne, rounded to cents.';
COMMENT ON COLUMN settlements.drying_charge IS 'Drying charge for tough grain (0 when dry).';
COMMENT ON COLUMN settlements.levy_amount IS 'Check-off levies deducted (provincial/state commodity commission levies).';
COMMENT ON COLUMN settlements.net_amount IS 'Paid to the member: gross_amount - drying_charge - levy_amount.';
COMMENT ON COLUMN settlements.status IS '''paid'', or ''reversed'' (cheque cancelled; a corrected ''paid'' row for the same ticket follows). Only ''paid'' rows are payments.';

CREATE TABLE archive_settlements (
    settlement_id integer PRIMARY KEY,
    ticket_id integer NOT NULL,
    settled_on date NOT NULL,
    currency_code char(3) NOT NULL,
    clean_t numeric(10,3) NOT NULL,
    price_per_tonne numeric(8,2) NOT NULL,
    gross_amount numeric(12,2) NOT NULL,
    drying_charge numeric(10,2) NOT NULL,
    levy_amount numeric(10,2) NOT NULL,
    net_amount numeric(12,2) NOT NULL,
    status text NOT NULL CHECK (status IN ('paid', 'reversed')),
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_settlements IS 'ARCHIVE of settlements of archive_delivery_tickets (crop years 2021-22 and 2022-23); same columns as settlements plus archived_at.';
COMMENT ON COLUMN archive_settlements.settlement_id IS 'Surrogate key.';
COMMENT ON COLUMN archive_settlements.ticket_id IS 'Ticket paid (delivery_tickets.ticket_id; archive_delivery_tickets for archive_settlements).';
COMMENT ON COLUMN archive_settlements.settled_on IS 'Payment date (cheque / transfer date), on or after the ticket''s scale date. Convert amounts to CAD with the fx_rates rate of this date (latest business day on or before it).';
COMMENT ON COLUMN archive_settlements.currency_code IS 'Currency of all amounts of the row: the elevator country''s settlement currency.';
COMMENT ON COLUMN archive_settlements.clean_t IS 'Clean tonnes paid.';
COMMENT ON COLUMN archive_settlements.price_per_tonne IS 'Price applied (posted price or contract price, grade-adjusted).';
COMMENT ON COLUMN archive_settlements.gross_amount IS 'clean_t * price_per_tonne, rounded to cents.';
COMMENT ON COLUMN archive_settlements.drying_charge IS 'Drying charge for tough grain (0 when dry).';
COMMENT ON COLUMN archive_settlements.levy_amount IS 'Check-off levies deducted (provincial/state commodity commission levies).';
COMMENT ON COLUMN archive_settlements.net_amount IS 'Paid to the member: gross_amount - drying_charge - levy_amount.';
COMMENT ON COLUMN archive_settlements.status IS '''paid'', or ''reversed'' (cheque cancelled; a corrected ''paid'' row for the same ticket follows). Only ''paid'' rows are payments.';
COMMENT ON COLUMN archive_settlements.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE rail_loadouts_cn_2023 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_cn_2023 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''CN'' (elevators.railway_code) and crop year 2023-24 (local loading date 2023-08-01 .. 2024-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_cn_2023.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_cn_2023.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_cn_2023.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_cn_2023.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_cn_2023.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_cn_2023.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_cn_2023.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_cn_2023.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE rail_loadouts_cn_2024 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_cn_2024 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''CN'' (elevators.railway_code) and crop year 2024-25 (local loading date 2024-08-01 .. 2025-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_cn_2024.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_cn_2024.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_cn_2024.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_cn_2024.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_cn_2024.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_cn_2024.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_cn_2024.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_cn_2024.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE rail_loadouts_cpkc_2023 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_cpkc_2023 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''CPKC'' (elevators.railway_code) and crop year 2023-24 (local loading date 2023-08-01 .. 2024-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_cpkc_2023.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE rail_loadouts_cpkc_2024 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_cpkc_2024 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''CPKC'' (elevators.railway_code) and crop year 2024-25 (local loading date 2024-08-01 .. 2025-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_cpkc_2024.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE rail_loadouts_bnsf_2023 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_bnsf_2023 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''BNSF'' (elevators.railway_code) and crop year 2023-24 (local loading date 2023-08-01 .. 2024-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_bnsf_2023.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE rail_loadouts_bnsf_2024 (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL
);
COMMENT ON TABLE rail_loadouts_bnsf_2024 IS 'AUTHORITATIVE rail-car loadouts, PARTITION for railway ''BNSF'' (elevators.railway_code) and crop year 2024-25 (local loading date 2024-08-01 .. 2025-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN rail_loadouts_bnsf_2024.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';

CREATE TABLE archive_rail_loadouts (
    loadout_id integer PRIMARY KEY,
    car_number text NOT NULL,
    elevator_id integer NOT NULL,
    grade_code text NOT NULL,
    loaded_t numeric(8,3) NOT NULL,
    loaded_at_utc timestamptz NOT NULL,
    loaded_at_local timestamp NOT NULL,
    destination text NOT NULL,
    railway_code text NOT NULL
);
COMMENT ON TABLE archive_rail_loadouts IS 'ARCHIVE of rail-car loadouts of crop years 2021-22 and 2022-23 (all railways), same columns as the rail_loadouts_<railway>_<crop year> partitions plus railway_code.';
COMMENT ON COLUMN archive_rail_loadouts.loadout_id IS 'Surrogate key, unique across all loadout tables.';
COMMENT ON COLUMN archive_rail_loadouts.car_number IS 'Hopper car reporting mark and number, e.g. ''CNWX 112233''.';
COMMENT ON COLUMN archive_rail_loadouts.elevator_id IS 'Loading elevator (elevators.elevator_id).';
COMMENT ON COLUMN archive_rail_loadouts.grade_code IS 'Grade loaded (grades.grade_code).';
COMMENT ON COLUMN archive_rail_loadouts.loaded_t IS 'Tonnes loaded into the car.';
COMMENT ON COLUMN archive_rail_loadouts.loaded_at_utc IS 'Moment the car was sealed (UTC).';
COMMENT ON COLUMN archive_rail_loadouts.loaded_at_local IS 'Wall-clock time at the elevator when the car was sealed; its date decides the crop year.';
COMMENT ON COLUMN archive_rail_loadouts.destination IS 'Port terminal or processor, e.g. ''Vancouver'', ''Thunder Bay'', ''Portland'', ''Duluth''.';
COMMENT ON COLUMN archive_rail_loadouts.railway_code IS 'Railway (''CN'', ''CPKC'', ''BNSF'').';

CREATE TABLE legacy_scale_tickets (
    scale_ticket_no integer PRIMARY KEY,
    old_elevator_code text NOT NULL,
    old_member_no text NOT NULL,
    old_grade_code text NOT NULL,
    gross_lb integer NOT NULL,
    tare_lb integer NOT NULL,
    dockage_pct numeric(4,1) NOT NULL,
    moisture_pct numeric(4,1) NOT NULL,
    ticket_date date NOT NULL,
    ticket_time time NOT NULL,
    void_flag char(1) NOT NULL CHECK (void_flag IN ('Y', 'N'))
);
COMMENT ON TABLE legacy_scale_tickets IS 'LEGACY scale system (used until 2021-07-31, read-only): delivery tickets of crop year 2020-21 and a few late tickets of 2019-20 (ticket_date 2019-08-01 .. 2021-07-31). Uses old elevator codes (legacy_elevator_code_map), old member numbers (legacy_member_map) and old grade codes (legacy_grade_map). Weights are in POUNDS (1 lb = 0.45359237 kg). There is no time zone: ticket_date is the local scale date. Tickets from 2021-08-01 are in archive_delivery_tickets/delivery_tickets, never here.';
COMMENT ON COLUMN legacy_scale_tickets.scale_ticket_no IS 'Old ticket number.';
COMMENT ON COLUMN legacy_scale_tickets.old_elevator_code IS 'Old elevator code, e.g. ''E401'' (see legacy_elevator_code_map).';
COMMENT ON COLUMN legacy_scale_tickets.old_member_no IS 'Old member number (see legacy_member_map).';
COMMENT ON COLUMN legacy_scale_tickets.old_grade_code IS 'Old grade code, e.g. ''WHR1'' (see legacy_grade_map).';
COMMENT ON COLUMN legacy_scale_tickets.gross_lb IS 'Gross weight, pounds.';
COMMENT ON COLUMN legacy_scale_tickets.tare_lb IS 'Tare weight, pounds.';
COMMENT ON COLUMN legacy_scale_tickets.dockage_pct IS 'Dockage percent of net weight.';
COMMENT ON COLUMN legacy_scale_tickets.moisture_pct IS 'Moisture percent.';
COMMENT ON COLUMN legacy_scale_tickets.ticket_date IS 'Local scale date.';
COMMENT ON COLUMN legacy_scale_tickets.ticket_time IS 'Local scale time.';
COMMENT ON COLUMN legacy_scale_tickets.void_flag IS '''Y'' = voided ticket (ignore), ''N'' = valid.';

CREATE TABLE legacy_elevator_code_map (
    old_elevator_code text PRIMARY KEY,
    elevator_id integer NOT NULL REFERENCES elevators (elevator_id),
    note text
);
COMMENT ON TABLE legacy_elevator_code_map IS 'Mapping of the legacy scale system''s elevator codes to current elevators. Brandon and Minot each had two scale houses with their own old code, merged into one elevator; every old code maps to exactly one elevator, and every elevator has at least one old code.';
COMMENT ON COLUMN legacy_elevator_code_map.old_elevator_code IS 'Old code as used in legacy_scale_tickets.';
COMMENT ON COLUMN legacy_elevator_code_map.elevator_id IS 'Current elevator.';
COMMENT ON COLUMN legacy_elevator_code_map.note IS 'Remark; NULL when none.';

CREATE TABLE legacy_member_map (
    old_member_no text PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members (member_id)
);
COMMENT ON TABLE legacy_member_map IS 'Mapping of old member numbers to members; every old member number used in legacy_scale_tickets maps to exactly one member.';
COMMENT ON COLUMN legacy_member_map.old_member_no IS 'Old member number.';
COMMENT ON COLUMN legacy_member_map.member_id IS 'Member.';

CREATE TABLE legacy_grade_map (
    old_grade_code text PRIMARY KEY,
    grade_code text NOT NULL REFERENCES grades (grade_code)
);
COMMENT ON TABLE legacy_grade_map IS 'Mapping of old grade codes to grades.';
COMMENT ON COLUMN legacy_grade_map.old_grade_code IS 'Old grade code.';
COMMENT ON COLUMN legacy_grade_map.grade_code IS 'Current grade code.';

CREATE TABLE legacy_elevators (
    old_elevator_code text PRIMARY KEY,
    scale_house_name text NOT NULL
);
COMMENT ON TABLE legacy_elevators IS 'LEGACY list of scale houses (old codes and names as in 2021). For current elevators use elevators.';
COMMENT ON COLUMN legacy_elevators.old_elevator_code IS 'Old code.';
COMMENT ON COLUMN legacy_elevators.scale_house_name IS 'Old name, e.g. ''Brandon East''.';

CREATE TABLE legacy_members (
    old_member_no text PRIMARY KEY,
    name_text text NOT NULL,
    phone text
);
COMMENT ON TABLE legacy_members IS 'LEGACY member list (2021, old numbers, free-text names). Not maintained; use members.';
COMMENT ON COLUMN legacy_members.old_member_no IS 'Old number.';
COMMENT ON COLUMN legacy_members.name_text IS 'Name as typed in 2021.';
COMMENT ON COLUMN legacy_members.phone IS 'Phone.';

CREATE TABLE staging_delivery_tickets (
    batch_id integer NOT NULL,
    ticket_no text NOT NULL,
    elevator_code text,
    member_no text,
    grade_text text,
    net_weight_text text,
    weighed_at_text text
);
COMMENT ON TABLE staging_delivery_tickets IS 'STAGING: raw scale-house feed of the last load batches, NOT validated (duplicates, text weights, unconverted codes). Never use for reporting; delivery_tickets is authoritative.';
COMMENT ON COLUMN staging_delivery_tickets.batch_id IS 'Load batch.';
COMMENT ON COLUMN staging_delivery_tickets.ticket_no IS 'Ticket number as sent.';
COMMENT ON COLUMN staging_delivery_tickets.elevator_code IS 'Elevator code as sent.';
COMMENT ON COLUMN staging_delivery_tickets.member_no IS 'Member number as sent.';
COMMENT ON COLUMN staging_delivery_tickets.grade_text IS 'Grade as typed.';
COMMENT ON COLUMN staging_delivery_tickets.net_weight_text IS 'Net weight as sent (kg or lb, unknown).';
COMMENT ON COLUMN staging_delivery_tickets.weighed_at_text IS 'Timestamp text, zone unknown.';

CREATE TABLE staging_settlements (
    batch_id integer NOT NULL,
    ticket_no text NOT NULL,
    amount_text text,
    currency text
);
COMMENT ON TABLE staging_settlements IS 'STAGING: settlement batch from the accounting export, not validated. settlements is authoritative.';
COMMENT ON COLUMN staging_settlements.batch_id IS 'Batch.';
COMMENT ON COLUMN staging_settlements.ticket_no IS 'Ticket.';
COMMENT ON COLUMN staging_settlements.amount_text IS 'Amount as text.';
COMMENT ON COLUMN staging_settlements.currency IS 'Currency as sent.';

CREATE TABLE staging_fx_rates (
    quoted_at timestamptz NOT NULL,
    currency_code text NOT NULL,
    cad_per_unit numeric(10,6)
);
COMMENT ON TABLE staging_fx_rates IS 'STAGING: intraday rate feed (several quotes per day, unvalidated). Not for conversions; use fx_rates.';
COMMENT ON COLUMN staging_fx_rates.quoted_at IS 'Quote moment.';
COMMENT ON COLUMN staging_fx_rates.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fx_rates.cad_per_unit IS 'Quote; NULL when the feed failed.';

CREATE TABLE staging_rail_loadouts (
    car_number text NOT NULL,
    elevator_code text,
    ordered_for date,
    tonnes_text text
);
COMMENT ON TABLE staging_rail_loadouts IS 'STAGING: railway car-order feed (cars ordered, not necessarily loaded). The rail_loadouts_* partitions are authoritative.';
COMMENT ON COLUMN staging_rail_loadouts.car_number IS 'Car.';
COMMENT ON COLUMN staging_rail_loadouts.elevator_code IS 'Elevator.';
COMMENT ON COLUMN staging_rail_loadouts.ordered_for IS 'Spot date.';
COMMENT ON COLUMN staging_rail_loadouts.tonnes_text IS 'Tonnes as text.';

CREATE TABLE staging_members (
    form_id integer PRIMARY KEY,
    farm_name text,
    region_text text,
    submitted_at timestamptz NOT NULL
);
COMMENT ON TABLE staging_members IS 'STAGING: member sign-up web form, not yet approved (may duplicate members).';
COMMENT ON COLUMN staging_members.form_id IS 'Form.';
COMMENT ON COLUMN staging_members.farm_name IS 'Farm name as typed.';
COMMENT ON COLUMN staging_members.region_text IS 'Region as typed.';
COMMENT ON COLUMN staging_members.submitted_at IS 'When.';

CREATE TABLE staging_grade_prices (
    upload_id integer NOT NULL,
    grade_code text,
    price_text text,
    effective_text text
);
COMMENT ON TABLE staging_grade_prices IS 'STAGING: price board upload before approval (draft prices). grade_price_schedule is authoritative.';
COMMENT ON COLUMN staging_grade_prices.upload_id IS 'Upload.';
COMMENT ON COLUMN staging_grade_prices.grade_code IS 'Grade.';
COMMENT ON COLUMN staging_grade_prices.price_text IS 'Price as typed.';
COMMENT ON COLUMN staging_grade_prices.effective_text IS 'Date as typed.';

CREATE TABLE staging_contracts (
    draft_id integer PRIMARY KEY,
    member_no text,
    commodity_code text,
    tonnes numeric(10,3),
    price numeric(8,2)
);
COMMENT ON TABLE staging_contracts IS 'STAGING: contracts keyed by the grain buyers on tablets, not yet countersigned. forward_contracts is authoritative.';
COMMENT ON COLUMN staging_contracts.draft_id IS 'Draft.';
COMMENT ON COLUMN staging_contracts.member_no IS 'Member.';
COMMENT ON COLUMN staging_contracts.commodity_code IS 'Commodity.';
COMMENT ON COLUMN staging_contracts.tonnes IS 'Tonnes.';
COMMENT ON COLUMN staging_contracts.price IS 'Price.';

CREATE TABLE rpt_deliveries_by_crop_year (
    elevator_code text NOT NULL,
    crop_year integer NOT NULL,
    clean_t numeric(12,3) NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_deliveries_by_crop_year IS 'REPORT (stale, refreshed 2025-03-01): clean tonnes per elevator and crop year, computed from UTC dates and INCLUDING voided tickets, live tickets only. Do not use for current figures; compute from delivery_tickets (and the archive/legacy tables).';
COMMENT ON COLUMN rpt_deliveries_by_crop_year.elevator_code IS 'Elevator.';
COMMENT ON COLUMN rpt_deliveries_by_crop_year.crop_year IS 'Crop year (start year).';
COMMENT ON COLUMN rpt_deliveries_by_crop_year.clean_t IS 'Tonnes.';
COMMENT ON COLUMN rpt_deliveries_by_crop_year.refreshed_at IS 'Refresh moment.';

CREATE TABLE rpt_member_settlements (
    member_no text NOT NULL,
    crop_year integer NOT NULL,
    net_cad numeric(14,2) NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_member_settlements IS 'REPORT (stale, refreshed 2025-03-01): net settlement per member and crop year converted to CAD at the rate of the refresh day, reversed rows included. Not authoritative.';
COMMENT ON COLUMN rpt_member_settlements.member_no IS 'Member.';
COMMENT ON COLUMN rpt_member_settlements.crop_year IS 'Crop year.';
COMMENT ON COLUMN rpt_member_settlements.net_cad IS 'Net, CAD.';
COMMENT ON COLUMN rpt_member_settlements.refreshed_at IS 'Refresh.';

CREATE TABLE rpt_top_deliverers (
    rank_no integer NOT NULL,
    member_no text NOT NULL,
    clean_t numeric(12,3) NOT NULL
);
COMMENT ON TABLE rpt_top_deliverers IS 'REPORT: top 20 members by clean tonnes in CALENDAR year 2024 (not a crop year), including voided tickets. Not authoritative.';
COMMENT ON COLUMN rpt_top_deliverers.rank_no IS 'Rank.';
COMMENT ON COLUMN rpt_top_deliverers.member_no IS 'Member.';
COMMENT ON COLUMN rpt_top_deliverers.clean_t IS 'Tonnes.';

CREATE TABLE rpt_bin_inventory (
    bin_id integer NOT NULL,
    estimated_t numeric(8,1) NOT NULL,
    measured_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_bin_inventory IS 'REPORT (snapshot 2025-06-30 from the bin sensors; estimated tonnes in each bin). Not the delivery record.';
COMMENT ON COLUMN rpt_bin_inventory.bin_id IS 'Bin.';
COMMENT ON COLUMN rpt_bin_inventory.estimated_t IS 'Estimated tonnes.';
COMMENT ON COLUMN rpt_bin_inventory.measured_at IS 'When.';

CREATE TABLE rpt_rail_shipments (
    month_start date NOT NULL,
    elevator_code text NOT NULL,
    loaded_t numeric(12,3) NOT NULL
);
COMMENT ON TABLE rpt_rail_shipments IS 'REPORT: monthly rail tonnes, CN only, crop year 2024-25 up to 2025-04-30. Not authoritative; use the rail_loadouts_* partitions.';
COMMENT ON COLUMN rpt_rail_shipments.month_start IS 'Month.';
COMMENT ON COLUMN rpt_rail_shipments.elevator_code IS 'Elevator.';
COMMENT ON COLUMN rpt_rail_shipments.loaded_t IS 'Tonnes.';

CREATE TABLE rpt_grade_mix (
    grade_code text NOT NULL,
    ticket_share_pct numeric(5,2) NOT NULL
);
COMMENT ON TABLE rpt_grade_mix IS 'REPORT: share of tickets per scale grade (appeals NOT applied), crop year 2024-25, refreshed 2025-05-01. Not authoritative.';
COMMENT ON COLUMN rpt_grade_mix.grade_code IS 'Grade.';
COMMENT ON COLUMN rpt_grade_mix.ticket_share_pct IS 'Percent of tickets.';

CREATE TABLE rpt_contract_fill (
    contract_no text NOT NULL,
    delivered_t numeric(10,3) NOT NULL,
    fill_pct numeric(6,2) NOT NULL
);
COMMENT ON TABLE rpt_contract_fill IS 'REPORT: fill of OPEN contracts only, gross (not clean) tonnes, refreshed 2025-06-01. Not authoritative.';
COMMENT ON COLUMN rpt_contract_fill.contract_no IS 'Contract.';
COMMENT ON COLUMN rpt_contract_fill.delivered_t IS 'Gross tonnes.';
COMMENT ON COLUMN rpt_contract_fill.fill_pct IS 'Percent.';

CREATE TABLE rpt_fx_monthly_avg (
    month_start date NOT NULL,
    currency_code char(3) NOT NULL,
    avg_cad_per_unit numeric(10,6) NOT NULL
);
COMMENT ON TABLE rpt_fx_monthly_avg IS 'REPORT: monthly average of fx_rates (for budgeting only; conversions use the daily fx_rates).';
COMMENT ON COLUMN rpt_fx_monthly_avg.month_start IS 'Month.';
COMMENT ON COLUMN rpt_fx_monthly_avg.currency_code IS 'Currency.';
COMMENT ON COLUMN rpt_fx_monthly_avg.avg_cad_per_unit IS 'Average.';

CREATE TABLE rpt_moisture_summary (
    commodity_code text NOT NULL,
    avg_moisture_pct numeric(5,2) NOT NULL,
    tough_tickets integer NOT NULL
);
COMMENT ON TABLE rpt_moisture_summary IS 'REPORT: average moisture per commodity, crop year 2023-24 only, voided tickets included. Not authoritative.';
COMMENT ON COLUMN rpt_moisture_summary.commodity_code IS 'Commodity.';
COMMENT ON COLUMN rpt_moisture_summary.avg_moisture_pct IS 'Average.';
COMMENT ON COLUMN rpt_moisture_summary.tough_tickets IS 'Tickets above the dry limit.';

CREATE TABLE v_current_prices (
    country_code char(2) NOT NULL,
    grade_code text NOT NULL,
    price_per_tonne numeric(8,2) NOT NULL
);
COMMENT ON TABLE v_current_prices IS 'SNAPSHOT (view materialised 2025-07-31): prices valid on 2025-07-31 only. For a price on an earlier day use grade_price_schedule.';
COMMENT ON COLUMN v_current_prices.country_code IS 'Country.';
COMMENT ON COLUMN v_current_prices.grade_code IS 'Grade.';
COMMENT ON COLUMN v_current_prices.price_per_tonne IS 'Price.';

CREATE TABLE v_member_current_tier (
    member_no text NOT NULL,
    tier_code text NOT NULL
);
COMMENT ON TABLE v_member_current_tier IS 'SNAPSHOT of current tiers (as members.current_tier_code). For the tier on a date use member_tier_history.';
COMMENT ON COLUMN v_member_current_tier.member_no IS 'Member.';
COMMENT ON COLUMN v_member_current_tier.tier_code IS 'Tier.';

CREATE TABLE v_fx_latest (
    currency_code char(3) NOT NULL,
    cad_per_unit numeric(10,6) NOT NULL
);
COMMENT ON TABLE v_fx_latest IS 'SNAPSHOT: the latest rate per currency (2025-07-31). Not for conversions of earlier amounts.';
COMMENT ON COLUMN v_fx_latest.currency_code IS 'Currency.';
COMMENT ON COLUMN v_fx_latest.cad_per_unit IS 'Rate.';

CREATE TABLE v_active_contracts (
    contract_no text NOT NULL,
    member_no text NOT NULL,
    contracted_t numeric(10,3) NOT NULL
);
COMMENT ON TABLE v_active_contracts IS 'SNAPSHOT 2025-05-01 of contracts then open (status as of that day). Use forward_contracts.';
COMMENT ON COLUMN v_active_contracts.contract_no IS 'Contract.';
COMMENT ON COLUMN v_active_contracts.member_no IS 'Member.';
COMMENT ON COLUMN v_active_contracts.contracted_t IS 'Tonnes.';

CREATE TABLE v_tickets_2024 (
    ticket_no text NOT NULL,
    member_no text NOT NULL,
    grade_code text NOT NULL,
    clean_t numeric(10,3) NOT NULL
);
COMMENT ON TABLE v_tickets_2024 IS 'SNAPSHOT (2024-12-01) of tickets with a UTC weighing date in calendar 2024 up to that day, voided tickets removed, scale grades. Not maintained.';
COMMENT ON COLUMN v_tickets_2024.ticket_no IS 'Ticket.';
COMMENT ON COLUMN v_tickets_2024.member_no IS 'Member.';
COMMENT ON COLUMN v_tickets_2024.grade_code IS 'Grade.';
COMMENT ON COLUMN v_tickets_2024.clean_t IS 'Tonnes.';

CREATE TABLE v_elevator_directory (
    elevator_code text NOT NULL,
    display_name text NOT NULL,
    phone text NOT NULL
);
COMMENT ON TABLE v_elevator_directory IS 'SNAPSHOT: elevator directory for the website (names and phone numbers).';
COMMENT ON COLUMN v_elevator_directory.elevator_code IS 'Elevator.';
COMMENT ON COLUMN v_elevator_directory.display_name IS 'Name shown.';
COMMENT ON COLUMN v_elevator_directory.phone IS 'Phone.';

CREATE TABLE audit_delivery_tickets (
    audit_id integer PRIMARY KEY,
    ticket_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    field_name text NOT NULL,
    old_value text,
    new_value text
);
COMMENT ON TABLE audit_delivery_tickets IS 'AUDIT log of edits to delivery tickets (trigger-written). Current values are in delivery_tickets.';
COMMENT ON COLUMN audit_delivery_tickets.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_delivery_tickets.ticket_id IS 'Ticket.';
COMMENT ON COLUMN audit_delivery_tickets.changed_at IS 'When.';
COMMENT ON COLUMN audit_delivery_tickets.field_name IS 'Field changed.';
COMMENT ON COLUMN audit_delivery_tickets.old_value IS 'Before.';
COMMENT ON COLUMN audit_delivery_tickets.new_value IS 'After.';

CREATE TABLE audit_settlements (
    audit_id integer PRIMARY KEY,
    settlement_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    new_status text NOT NULL
);
COMMENT ON TABLE audit_settlements IS 'AUDIT log of settlement status changes.';
COMMENT ON COLUMN audit_settlements.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_settlements.settlement_id IS 'Settlement.';
COMMENT ON COLUMN audit_settlements.changed_at IS 'When.';
COMMENT ON COLUMN audit_settlements.new_status IS 'Status.';

CREATE TABLE audit_price_changes (
    audit_id integer PRIMARY KEY,
    price_id integer NOT NULL,
    posted_at timestamptz NOT NULL,
    posted_by text NOT NULL
);
COMMENT ON TABLE audit_price_changes IS 'AUDIT log of who posted price-schedule rows.';
COMMENT ON COLUMN audit_price_changes.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_price_changes.price_id IS 'Price row.';
COMMENT ON COLUMN audit_price_changes.posted_at IS 'When.';
COMMENT ON COLUMN audit_price_changes.posted_by IS 'User.';

CREATE TABLE etl_job_runs (
    run_id integer PRIMARY KEY,
    job_name text NOT NULL,
    started_at timestamptz NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE etl_job_runs IS 'LOG of warehouse jobs (archiving, report refreshes, feed loads).';
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

CREATE TABLE bin_commodity_plan (
    bin_id integer NOT NULL,
    crop_year integer NOT NULL,
    commodity_code text NOT NULL
);
COMMENT ON TABLE bin_commodity_plan IS 'PLANNING: intended commodity per bin per crop year (plans, not what was dumped; the bin of a delivery is delivery_tickets.bin_id).';
COMMENT ON COLUMN bin_commodity_plan.bin_id IS 'Bin.';
COMMENT ON COLUMN bin_commodity_plan.crop_year IS 'Crop year.';
COMMENT ON COLUMN bin_commodity_plan.commodity_code IS 'Planned commodity.';

CREATE TABLE levy_rate_history (
    region_code char(2) NOT NULL,
    commodity_code text NOT NULL,
    levy_pct numeric(4,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE levy_rate_history IS 'HISTORY of check-off levy rates per region and commodity (informational; the levies charged are settlements.levy_amount).';
COMMENT ON COLUMN levy_rate_history.region_code IS 'Region.';
COMMENT ON COLUMN levy_rate_history.commodity_code IS 'Commodity.';
COMMENT ON COLUMN levy_rate_history.levy_pct IS 'Percent of gross.';
COMMENT ON COLUMN levy_rate_history.valid_from IS 'From.';
COMMENT ON COLUMN levy_rate_history.valid_to IS 'To (exclusive).';

CREATE TABLE drying_rate_history (
    elevator_id integer NOT NULL,
    rate_per_tonne_point numeric(6,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE drying_rate_history IS 'HISTORY of drying charge tariffs per elevator (informational; charges are settlements.drying_charge).';
COMMENT ON COLUMN drying_rate_history.elevator_id IS 'Elevator.';
COMMENT ON COLUMN drying_rate_history.rate_per_tonne_point IS 'Charge per tonne per moisture point.';
COMMENT ON COLUMN drying_rate_history.valid_from IS 'From.';
COMMENT ON COLUMN drying_rate_history.valid_to IS 'To (exclusive).';

CREATE TABLE agronomy_visits (
    visit_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    visited_on date NOT NULL,
    topic text NOT NULL
);
COMMENT ON TABLE agronomy_visits IS 'Agronomist farm visits. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN agronomy_visits.visit_id IS 'Surrogate key.';
COMMENT ON COLUMN agronomy_visits.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN agronomy_visits.visited_on IS 'Date.';
COMMENT ON COLUMN agronomy_visits.topic IS 'Text.';

CREATE TABLE fertilizer_sales (
    sale_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    sold_on date NOT NULL,
    product text NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE fertilizer_sales IS 'Retail fertilizer sales at the farm-supply store. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN fertilizer_sales.sale_id IS 'Surrogate key.';
COMMENT ON COLUMN fertilizer_sales.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN fertilizer_sales.sold_on IS 'Date.';
COMMENT ON COLUMN fertilizer_sales.product IS 'Text.';
COMMENT ON COLUMN fertilizer_sales.amount IS 'Amount.';

CREATE TABLE crop_protection_sales (
    sale_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    sold_on date NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE crop_protection_sales IS 'Retail herbicide / fungicide sales. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN crop_protection_sales.sale_id IS 'Surrogate key.';
COMMENT ON COLUMN crop_protection_sales.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN crop_protection_sales.sold_on IS 'Date.';
COMMENT ON COLUMN crop_protection_sales.amount IS 'Amount.';

CREATE TABLE seed_sales (
    sale_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    variety text NOT NULL,
    bags integer NOT NULL
);
COMMENT ON TABLE seed_sales IS 'Certified seed sales to members. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN seed_sales.sale_id IS 'Surrogate key.';
COMMENT ON COLUMN seed_sales.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN seed_sales.variety IS 'Text.';
COMMENT ON COLUMN seed_sales.bags IS 'Reference id.';

CREATE TABLE fuel_cardlock_sales (
    txn_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    txn_at timestamptz NOT NULL,
    litres numeric(8,1) NOT NULL
);
COMMENT ON TABLE fuel_cardlock_sales IS 'Cardlock diesel sales to members (litres). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN fuel_cardlock_sales.txn_id IS 'Surrogate key.';
COMMENT ON COLUMN fuel_cardlock_sales.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN fuel_cardlock_sales.txn_at IS 'Moment (UTC).';
COMMENT ON COLUMN fuel_cardlock_sales.litres IS 'Measured value.';

CREATE TABLE crop_insurance_claims (
    claim_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    filed_on date NOT NULL,
    peril text NOT NULL
);
COMMENT ON TABLE crop_insurance_claims IS 'Crop insurance claims members reported to the co-op (informational). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN crop_insurance_claims.claim_id IS 'Surrogate key.';
COMMENT ON COLUMN crop_insurance_claims.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN crop_insurance_claims.filed_on IS 'Date.';
COMMENT ON COLUMN crop_insurance_claims.peril IS 'Text.';

CREATE TABLE weather_stations (
    station_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    station_name text NOT NULL
);
COMMENT ON TABLE weather_stations IS 'Weather stations near the elevators. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN weather_stations.station_id IS 'Surrogate key.';
COMMENT ON COLUMN weather_stations.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN weather_stations.station_name IS 'Text.';

CREATE TABLE rainfall_daily (
    obs_id integer PRIMARY KEY,
    station_id integer NOT NULL,
    obs_date date NOT NULL,
    rain_mm numeric(5,1) NOT NULL
);
COMMENT ON TABLE rainfall_daily IS 'Daily rainfall at weather stations (mm), sample. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN rainfall_daily.obs_id IS 'Surrogate key.';
COMMENT ON COLUMN rainfall_daily.station_id IS 'Reference id.';
COMMENT ON COLUMN rainfall_daily.obs_date IS 'Date.';
COMMENT ON COLUMN rainfall_daily.rain_mm IS 'Measured value.';

CREATE TABLE trucks (
    truck_id integer PRIMARY KEY,
    plate text NOT NULL,
    elevator_id integer NOT NULL
);
COMMENT ON TABLE trucks IS 'Company trucks of the farm-supply division. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN trucks.truck_id IS 'Surrogate key.';
COMMENT ON COLUMN trucks.plate IS 'Code.';
COMMENT ON COLUMN trucks.elevator_id IS 'Elevator (elevators.elevator_id).';

CREATE TABLE truck_drivers (
    driver_id integer PRIMARY KEY,
    full_name text NOT NULL,
    licence_class text NOT NULL
);
COMMENT ON TABLE truck_drivers IS 'Drivers of company trucks. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN truck_drivers.driver_id IS 'Surrogate key.';
COMMENT ON COLUMN truck_drivers.full_name IS 'Person name.';
COMMENT ON COLUMN truck_drivers.licence_class IS 'Code.';

CREATE TABLE board_members (
    director_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    elected_on date NOT NULL
);
COMMENT ON TABLE board_members IS 'Board of directors. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN board_members.director_id IS 'Surrogate key.';
COMMENT ON COLUMN board_members.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN board_members.elected_on IS 'Date.';

CREATE TABLE annual_meeting_attendance (
    attendance_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    meeting_year integer NOT NULL
);
COMMENT ON TABLE annual_meeting_attendance IS 'Attendance at annual general meetings. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN annual_meeting_attendance.attendance_id IS 'Surrogate key.';
COMMENT ON COLUMN annual_meeting_attendance.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN annual_meeting_attendance.meeting_year IS 'Year.';

CREATE TABLE equity_share_accounts (
    account_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    balance_cad numeric(12,2) NOT NULL
);
COMMENT ON TABLE equity_share_accounts IS 'Members'' equity share balances (finance system). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN equity_share_accounts.account_id IS 'Surrogate key.';
COMMENT ON COLUMN equity_share_accounts.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN equity_share_accounts.balance_cad IS 'Amount.';

CREATE TABLE patronage_allocations (
    allocation_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    declared_on date NOT NULL,
    amount_cad numeric(10,2) NOT NULL
);
COMMENT ON TABLE patronage_allocations IS 'Patronage dividend allocations declared by the board (finance system, by fiscal decision; not settlements). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN patronage_allocations.allocation_id IS 'Surrogate key.';
COMMENT ON COLUMN patronage_allocations.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN patronage_allocations.declared_on IS 'Date.';
COMMENT ON COLUMN patronage_allocations.amount_cad IS 'Amount.';

CREATE TABLE newsletter_subscriptions (
    subscription_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    subscribed_at timestamptz NOT NULL
);
COMMENT ON TABLE newsletter_subscriptions IS 'Newsletter e-mail subscriptions. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN newsletter_subscriptions.subscription_id IS 'Surrogate key.';
COMMENT ON COLUMN newsletter_subscriptions.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN newsletter_subscriptions.subscribed_at IS 'Moment (UTC).';

CREATE TABLE employees (
    employee_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    full_name text NOT NULL,
    hired_on date NOT NULL
);
COMMENT ON TABLE employees IS 'Elevator staff (HR system). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN employees.employee_id IS 'Surrogate key.';
COMMENT ON COLUMN employees.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN employees.full_name IS 'Person name.';
COMMENT ON COLUMN employees.hired_on IS 'Date.';

CREATE TABLE employee_shifts (
    shift_id integer PRIMARY KEY,
    employee_id integer NOT NULL,
    shift_start_local timestamp NOT NULL,
    hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE employee_shifts IS 'Scale-house shifts of staff. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN employee_shifts.shift_id IS 'Surrogate key.';
COMMENT ON COLUMN employee_shifts.employee_id IS 'Reference id.';
COMMENT ON COLUMN employee_shifts.shift_start_local IS 'Local wall-clock time.';
COMMENT ON COLUMN employee_shifts.hours IS 'Measured value.';

CREATE TABLE safety_incidents (
    incident_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    occurred_on date NOT NULL,
    severity integer NOT NULL
);
COMMENT ON TABLE safety_incidents IS 'Workplace safety incidents at elevators. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN safety_incidents.incident_id IS 'Surrogate key.';
COMMENT ON COLUMN safety_incidents.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN safety_incidents.occurred_on IS 'Date.';
COMMENT ON COLUMN safety_incidents.severity IS 'Reference id.';

CREATE TABLE equipment_assets (
    asset_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    asset_name text NOT NULL,
    installed_on date NOT NULL
);
COMMENT ON TABLE equipment_assets IS 'Elevator equipment register (legs, dryers, probes). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN equipment_assets.asset_id IS 'Surrogate key.';
COMMENT ON COLUMN equipment_assets.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN equipment_assets.asset_name IS 'Text.';
COMMENT ON COLUMN equipment_assets.installed_on IS 'Date.';

CREATE TABLE equipment_maintenance (
    job_id integer PRIMARY KEY,
    asset_id integer NOT NULL,
    done_on date NOT NULL,
    cost_cad numeric(10,2) NOT NULL
);
COMMENT ON TABLE equipment_maintenance IS 'Maintenance jobs on equipment. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN equipment_maintenance.job_id IS 'Surrogate key.';
COMMENT ON COLUMN equipment_maintenance.asset_id IS 'Reference id.';
COMMENT ON COLUMN equipment_maintenance.done_on IS 'Date.';
COMMENT ON COLUMN equipment_maintenance.cost_cad IS 'Amount.';

CREATE TABLE scale_calibrations (
    calibration_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    calibrated_on date NOT NULL,
    passed boolean NOT NULL
);
COMMENT ON TABLE scale_calibrations IS 'Weighbridge calibration certificates (Measurement Canada / state weights & measures). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN scale_calibrations.calibration_id IS 'Surrogate key.';
COMMENT ON COLUMN scale_calibrations.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN scale_calibrations.calibrated_on IS 'Date.';
COMMENT ON COLUMN scale_calibrations.passed IS 'Flag.';

CREATE TABLE grain_dryer_runs (
    run_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    started_at timestamptz NOT NULL,
    hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE grain_dryer_runs IS 'Dryer operating log (hours). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN grain_dryer_runs.run_id IS 'Surrogate key.';
COMMENT ON COLUMN grain_dryer_runs.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN grain_dryer_runs.started_at IS 'Moment (UTC).';
COMMENT ON COLUMN grain_dryer_runs.hours IS 'Measured value.';

CREATE TABLE fumigation_records (
    record_id integer PRIMARY KEY,
    bin_id integer NOT NULL,
    fumigated_on date NOT NULL
);
COMMENT ON TABLE fumigation_records IS 'Bin fumigation records. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN fumigation_records.record_id IS 'Surrogate key.';
COMMENT ON COLUMN fumigation_records.bin_id IS 'Reference id.';
COMMENT ON COLUMN fumigation_records.fumigated_on IS 'Date.';

CREATE TABLE customer_buyers (
    buyer_id integer PRIMARY KEY,
    buyer_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE customer_buyers IS 'Grain buyers (exporters, processors) the co-op sells to. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN customer_buyers.buyer_id IS 'Surrogate key.';
COMMENT ON COLUMN customer_buyers.buyer_name IS 'Text.';
COMMENT ON COLUMN customer_buyers.country_code IS 'Country code.';

CREATE TABLE sales_invoices (
    invoice_id integer PRIMARY KEY,
    buyer_id integer NOT NULL,
    invoice_date date NOT NULL,
    amount numeric(12,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE sales_invoices IS 'Invoices to grain buyers (finance system; EUR, USD or CAD). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN sales_invoices.invoice_id IS 'Surrogate key.';
COMMENT ON COLUMN sales_invoices.buyer_id IS 'Reference id.';
COMMENT ON COLUMN sales_invoices.invoice_date IS 'Date.';
COMMENT ON COLUMN sales_invoices.amount IS 'Amount.';
COMMENT ON COLUMN sales_invoices.currency_code IS 'Currency code.';

CREATE TABLE vessel_nominations (
    nomination_id integer PRIMARY KEY,
    vessel_name text NOT NULL,
    eta date NOT NULL
);
COMMENT ON TABLE vessel_nominations IS 'Export vessel nominations at port terminals. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN vessel_nominations.nomination_id IS 'Surrogate key.';
COMMENT ON COLUMN vessel_nominations.vessel_name IS 'Text.';
COMMENT ON COLUMN vessel_nominations.eta IS 'Date.';

CREATE TABLE member_contacts (
    contact_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    phone text NOT NULL
);
COMMENT ON TABLE member_contacts IS 'Phone and e-mail contacts of members. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN member_contacts.contact_id IS 'Surrogate key.';
COMMENT ON COLUMN member_contacts.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN member_contacts.phone IS 'Code.';

CREATE TABLE member_bank_accounts (
    bank_account_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    masked_account text NOT NULL
);
COMMENT ON TABLE member_bank_accounts IS 'Direct-deposit bank accounts (masked). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN member_bank_accounts.bank_account_id IS 'Surrogate key.';
COMMENT ON COLUMN member_bank_accounts.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN member_bank_accounts.masked_account IS 'Code.';

CREATE TABLE web_portal_logins (
    login_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    logged_in_at timestamptz NOT NULL
);
COMMENT ON TABLE web_portal_logins IS 'LOG of member portal logins. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN web_portal_logins.login_id IS 'Surrogate key.';
COMMENT ON COLUMN web_portal_logins.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN web_portal_logins.logged_in_at IS 'Moment (UTC).';

CREATE TABLE sms_notifications (
    sms_id integer PRIMARY KEY,
    member_id integer NOT NULL,
    sent_at timestamptz NOT NULL,
    template text NOT NULL
);
COMMENT ON TABLE sms_notifications IS 'LOG of SMS sent to members (price alerts). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN sms_notifications.sms_id IS 'Surrogate key.';
COMMENT ON COLUMN sms_notifications.member_id IS 'Member (members.member_id).';
COMMENT ON COLUMN sms_notifications.sent_at IS 'Moment (UTC).';
COMMENT ON COLUMN sms_notifications.template IS 'Text.';

CREATE TABLE data_quality_issues (
    issue_id integer PRIMARY KEY,
    table_name text NOT NULL,
    found_at timestamptz NOT NULL,
    resolved boolean NOT NULL
);
COMMENT ON TABLE data_quality_issues IS 'LOG of data-quality findings of the warehouse checks. Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN data_quality_issues.issue_id IS 'Surrogate key.';
COMMENT ON COLUMN data_quality_issues.table_name IS 'Text.';
COMMENT ON COLUMN data_quality_issues.found_at IS 'Moment (UTC).';
COMMENT ON COLUMN data_quality_issues.resolved IS 'Flag.';

CREATE TABLE sample_lab_results (
    lab_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    tested_on date NOT NULL,
    falling_number integer NOT NULL
);
COMMENT ON TABLE sample_lab_results IS 'Lab falling-number / DON tests on composite samples (not per ticket). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN sample_lab_results.lab_id IS 'Surrogate key.';
COMMENT ON COLUMN sample_lab_results.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN sample_lab_results.tested_on IS 'Date.';
COMMENT ON COLUMN sample_lab_results.falling_number IS 'Integer value.';

CREATE TABLE freight_rate_cards (
    card_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    rate_per_t_km numeric(6,3) NOT NULL
);
COMMENT ON TABLE freight_rate_cards IS 'Truck freight rate cards for farm pickup (informational). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN freight_rate_cards.card_id IS 'Surrogate key.';
COMMENT ON COLUMN freight_rate_cards.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN freight_rate_cards.rate_per_t_km IS 'Measured value.';

CREATE TABLE bin_temperature_readings_2024 (
    bin_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    temp_c numeric(4,1) NOT NULL
);
COMMENT ON TABLE bin_temperature_readings_2024 IS 'PARTITION 2024 of bin temperature cable readings (sample; monitoring only). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN bin_temperature_readings_2024.bin_id IS 'Reference id.';
COMMENT ON COLUMN bin_temperature_readings_2024.read_at IS 'Moment (UTC).';
COMMENT ON COLUMN bin_temperature_readings_2024.temp_c IS 'Measured value.';

CREATE TABLE bin_temperature_readings_2025 (
    bin_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    temp_c numeric(4,1) NOT NULL
);
COMMENT ON TABLE bin_temperature_readings_2025 IS 'PARTITION 2025 of bin temperature cable readings (sample; monitoring only). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN bin_temperature_readings_2025.bin_id IS 'Reference id.';
COMMENT ON COLUMN bin_temperature_readings_2025.read_at IS 'Moment (UTC).';
COMMENT ON COLUMN bin_temperature_readings_2025.temp_c IS 'Measured value.';

CREATE TABLE gate_camera_events (
    event_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    seen_at timestamptz NOT NULL,
    plate text NOT NULL
);
COMMENT ON TABLE gate_camera_events IS 'Licence-plate camera events at the scale gate (security system). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN gate_camera_events.event_id IS 'Surrogate key.';
COMMENT ON COLUMN gate_camera_events.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN gate_camera_events.seen_at IS 'Moment (UTC).';
COMMENT ON COLUMN gate_camera_events.plate IS 'Code.';

CREATE TABLE probe_samples (
    sample_id integer PRIMARY KEY,
    ticket_no text NOT NULL,
    kept_until date NOT NULL
);
COMMENT ON TABLE probe_samples IS 'Truck probe samples kept for appeals (sample library). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN probe_samples.sample_id IS 'Surrogate key.';
COMMENT ON COLUMN probe_samples.ticket_no IS 'Code.';
COMMENT ON COLUMN probe_samples.kept_until IS 'Date.';

CREATE TABLE market_futures_quotes (
    quote_id integer PRIMARY KEY,
    symbol text NOT NULL,
    quote_date date NOT NULL,
    close_price numeric(8,2) NOT NULL
);
COMMENT ON TABLE market_futures_quotes IS 'ICE canola / MGEX spring wheat futures closes (market data, informational; not prices paid). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN market_futures_quotes.quote_id IS 'Surrogate key.';
COMMENT ON COLUMN market_futures_quotes.symbol IS 'Code.';
COMMENT ON COLUMN market_futures_quotes.quote_date IS 'Date.';
COMMENT ON COLUMN market_futures_quotes.close_price IS 'Amount.';

CREATE TABLE basis_quotes (
    basis_id integer PRIMARY KEY,
    elevator_id integer NOT NULL,
    quote_date date NOT NULL,
    basis numeric(8,2) NOT NULL
);
COMMENT ON TABLE basis_quotes IS 'Local basis levels posted by competitors (market intelligence). Side system; not part of the delivery, grading, settlement, contract, storage or rail record.';
COMMENT ON COLUMN basis_quotes.basis_id IS 'Surrogate key.';
COMMENT ON COLUMN basis_quotes.elevator_id IS 'Elevator (elevators.elevator_id).';
COMMENT ON COLUMN basis_quotes.quote_date IS 'Date.';
COMMENT ON COLUMN basis_quotes.basis IS 'Amount.';
