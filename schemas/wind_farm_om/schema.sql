-- wind_farm_om: O&M database of a wind-farm portfolio (hard split, schema-scale design).
-- DDL only; rows come from generate.py. Written by bench/hard/wind_farm_om/build_schema.py from generate.TABLES.

CREATE TABLE countries (
    country_code char(2) PRIMARY KEY,
    name text NOT NULL,
    partition_suffix text NOT NULL
);
COMMENT ON TABLE countries IS 'Lookup: countries of the portfolio. partition_suffix is the suffix used in the per-country SCADA partitions scada_daily_<suffix>.';
COMMENT ON COLUMN countries.country_code IS 'ISO 3166-1 alpha-2 code: ''DK'', ''DE'', ''PL'', ''GB''.';
COMMENT ON COLUMN countries.name IS 'English country name.';
COMMENT ON COLUMN countries.partition_suffix IS 'Suffix of this country''s SCADA partition table: ''dk'', ''de'', ''pl'', ''gb''.';

CREATE TABLE currencies (
    currency_code char(3) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE currencies IS 'Lookup: currencies used for settlements, PPA prices and spare-part purchases. Convert to EUR with fx_rates (the only authoritative rate table).';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217 code: ''EUR'', ''DKK'', ''PLN'', ''GBP''.';
COMMENT ON COLUMN currencies.name IS 'Currency name.';

CREATE TABLE fx_rates (
    rate_date date NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    eur_per_unit numeric(12,6) NOT NULL,
    PRIMARY KEY (rate_date, currency_code)
);
COMMENT ON TABLE fx_rates IS 'AUTHORITATIVE daily exchange rates: one row per calendar day (weekends included, no gaps) and NON-EUR currency (''DKK'', ''PLN'', ''GBP'') from 2022-01-01 to 2025-06-30. There is NO row for EUR: an amount already in EUR is used as it is (rate 1). To convert an amount in currency X on day D to EUR multiply it by eur_per_unit of (D, X). staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg must not be used for conversions.';
COMMENT ON COLUMN fx_rates.rate_date IS 'Calendar day the rate applies to (the whole UTC day).';
COMMENT ON COLUMN fx_rates.currency_code IS 'Currency converted (''DKK'', ''PLN'' or ''GBP'').';
COMMENT ON COLUMN fx_rates.eur_per_unit IS 'Euros per one unit of the currency on that day.';

CREATE TABLE fiscal_periods (
    fiscal_year integer NOT NULL,
    fiscal_month integer NOT NULL,
    fiscal_quarter integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    PRIMARY KEY (fiscal_year, fiscal_month)
);
COMMENT ON TABLE fiscal_periods IS 'AUTHORITATIVE fiscal calendar of the portfolio company. The fiscal year runs 1 July to 30 June and is named after the calendar year in which it STARTS: fiscal year 2024 = 2024-07-01 .. 2025-06-30. One row per fiscal month, fiscal years 2020 to 2025.';
COMMENT ON COLUMN fiscal_periods.fiscal_year IS 'Fiscal year, named after the calendar year in which it starts.';
COMMENT ON COLUMN fiscal_periods.fiscal_month IS 'Fiscal month 1..12 (1 = July, 12 = June).';
COMMENT ON COLUMN fiscal_periods.fiscal_quarter IS 'Fiscal quarter 1..4 (Q1 = July-September).';
COMMENT ON COLUMN fiscal_periods.starts_on IS 'First day of the fiscal month (inclusive).';
COMMENT ON COLUMN fiscal_periods.ends_on IS 'Last day of the fiscal month (inclusive).';

CREATE TABLE grid_operators (
    grid_operator_id integer PRIMARY KEY,
    operator_code text NOT NULL UNIQUE,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code)
);
COMMENT ON TABLE grid_operators IS 'AUTHORITATIVE transmission/grid operators that issue curtailment orders and settle the energy fed in.';
COMMENT ON COLUMN grid_operators.grid_operator_id IS 'Surrogate key.';
COMMENT ON COLUMN grid_operators.operator_code IS 'Short code: ''ENDK'', ''50HZ'', ''PSE'', ''NGESO''.';
COMMENT ON COLUMN grid_operators.name IS 'Operator name.';
COMMENT ON COLUMN grid_operators.country_code IS 'Country of the control area.';

CREATE TABLE sites (
    site_id integer PRIMARY KEY,
    site_code char(3) NOT NULL UNIQUE,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    tz_name text NOT NULL,
    is_offshore boolean NOT NULL,
    grid_operator_id integer NOT NULL REFERENCES grid_operators (grid_operator_id),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    commissioned_on date NOT NULL
);
COMMENT ON TABLE sites IS 'AUTHORITATIVE wind farms (sites) of the portfolio. Local wall-clock times at a site follow its IANA time zone (EU/UK daylight saving rules apply). The settlement currency of a site is currency_code; a PPA is priced either in the site''s currency or in EUR (ppa_contracts.currency_code).';
COMMENT ON COLUMN sites.site_id IS 'Surrogate key.';
COMMENT ON COLUMN sites.site_code IS 'Three-letter site code, e.g. ''RKB'', ''MRY''.';
COMMENT ON COLUMN sites.name IS 'Site name in local spelling (e.g. ''Ringkøbing Fjord'', ''Słupsk Pomorze'').';
COMMENT ON COLUMN sites.country_code IS 'Country of the site (decides the SCADA partition).';
COMMENT ON COLUMN sites.tz_name IS 'IANA time zone: ''Europe/Copenhagen'', ''Europe/Berlin'', ''Europe/Warsaw'' (UTC+1, +2 in summer) or ''Europe/London'' (UTC+0, +1 in summer).';
COMMENT ON COLUMN sites.is_offshore IS 'true for an offshore wind farm, false for onshore.';
COMMENT ON COLUMN sites.grid_operator_id IS 'Grid operator the site is connected to.';
COMMENT ON COLUMN sites.currency_code IS 'Currency of the site''s settlements. PPA prices are in this currency or in EUR (see ppa_contracts.currency_code).';
COMMENT ON COLUMN sites.commissioned_on IS 'Commercial operation date of the site.';

CREATE TABLE turbine_models (
    model_code text PRIMARY KEY,
    manufacturer text NOT NULL,
    rated_kw integer NOT NULL,
    rotor_diameter_m integer NOT NULL,
    offshore_rated boolean NOT NULL
);
COMMENT ON TABLE turbine_models IS 'AUTHORITATIVE turbine models (type certificates).';
COMMENT ON COLUMN turbine_models.model_code IS 'Model code, e.g. ''V112-3.45'', ''SG8.0-167''.';
COMMENT ON COLUMN turbine_models.manufacturer IS 'Manufacturer name.';
COMMENT ON COLUMN turbine_models.rated_kw IS 'Rated (nameplate) power in kW.';
COMMENT ON COLUMN turbine_models.rotor_diameter_m IS 'Rotor diameter in metres.';
COMMENT ON COLUMN turbine_models.offshore_rated IS 'true if certified for offshore use.';

CREATE TABLE turbines (
    turbine_id integer PRIMARY KEY,
    turbine_code text NOT NULL UNIQUE,
    site_id integer NOT NULL REFERENCES sites (site_id),
    model_code text NOT NULL REFERENCES turbine_models (model_code),
    commissioned_on date NOT NULL,
    serial_no text NOT NULL
);
COMMENT ON TABLE turbines IS 'AUTHORITATIVE turbines with their CURRENT turbine codes ''<site_code>-T<nn>''. The legacy CMMS (2021) used other codes: see legacy_turbine_code_map.';
COMMENT ON COLUMN turbines.turbine_id IS 'Surrogate key, used by SCADA, alarms and work orders.';
COMMENT ON COLUMN turbines.turbine_code IS 'Current turbine code, e.g. ''RKB-T01''.';
COMMENT ON COLUMN turbines.site_id IS 'Site of the turbine.';
COMMENT ON COLUMN turbines.model_code IS 'Turbine model.';
COMMENT ON COLUMN turbines.commissioned_on IS 'Date the turbine entered commercial operation.';
COMMENT ON COLUMN turbines.serial_no IS 'Manufacturer serial number.';

CREATE TABLE alarm_codes (
    alarm_code text PRIMARY KEY,
    description text NOT NULL,
    severity integer NOT NULL,
    component text NOT NULL
);
COMMENT ON TABLE alarm_codes IS 'AUTHORITATIVE lookup of SCADA alarm codes and their severity.';
COMMENT ON COLUMN alarm_codes.alarm_code IS 'Alarm code, e.g. ''PITCH-01'', ''GBX-OIL''.';
COMMENT ON COLUMN alarm_codes.description IS 'Meaning.';
COMMENT ON COLUMN alarm_codes.severity IS 'Severity: 1 = warning, 2 = stop with auto-restart, 3 = stop, manual reset required (critical).';
COMMENT ON COLUMN alarm_codes.component IS 'Component group: ''pitch'', ''generator'', ''gearbox'', ''yaw'', ''grid'', ''converter'', ''environment'', ''sensor'', ''hydraulic'', ''safety''.';

CREATE TABLE alarms (
    alarm_id integer PRIMARY KEY,
    turbine_id integer NOT NULL REFERENCES turbines (turbine_id),
    alarm_code text NOT NULL REFERENCES alarm_codes (alarm_code),
    raised_at_utc timestamptz NOT NULL,
    raised_at_local timestamp NOT NULL,
    cleared_at_utc timestamptz,
    is_test boolean NOT NULL
);
COMMENT ON TABLE alarms IS 'AUTHORITATIVE SCADA alarms raised on or after 2024-01-01 00:00 UTC. Alarms raised before that cutoff (2022-2023) were moved to archive_alarms (same columns); a question spanning the cutoff needs both tables. 2021 alarms were never migrated.';
COMMENT ON COLUMN alarms.alarm_id IS 'Surrogate key, unique across alarms and archive_alarms.';
COMMENT ON COLUMN alarms.turbine_id IS 'Turbine that raised the alarm.';
COMMENT ON COLUMN alarms.alarm_code IS 'Alarm code.';
COMMENT ON COLUMN alarms.raised_at_utc IS 'Moment the alarm was raised (UTC). Years/months/days of an alarm are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN alarms.raised_at_local IS 'The same moment as wall-clock time in the site''s time zone (daylight saving applied).';
COMMENT ON COLUMN alarms.cleared_at_utc IS 'Moment the alarm was cleared (UTC); NULL while still active.';
COMMENT ON COLUMN alarms.is_test IS 'true for alarms raised deliberately during commissioning tests or alarm-chain tests; they are not real faults.';

CREATE TABLE archive_alarms (
    alarm_id integer,
    turbine_id integer NOT NULL,
    alarm_code text NOT NULL,
    raised_at_utc timestamptz NOT NULL,
    raised_at_local timestamp NOT NULL,
    cleared_at_utc timestamptz,
    is_test boolean NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_alarms IS 'ARCHIVE of SCADA alarms raised 2022-01-01 .. 2023-12-31 (UTC), moved out of alarms on 2024-02-01. Same columns and meaning as alarms plus archived_at; together with alarms it is the complete alarm record from 2022.';
COMMENT ON COLUMN archive_alarms.alarm_id IS 'Surrogate key, unique across alarms and archive_alarms.';
COMMENT ON COLUMN archive_alarms.turbine_id IS 'Turbine that raised the alarm.';
COMMENT ON COLUMN archive_alarms.alarm_code IS 'Alarm code.';
COMMENT ON COLUMN archive_alarms.raised_at_utc IS 'Moment the alarm was raised (UTC). Years/months/days of an alarm are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN archive_alarms.raised_at_local IS 'The same moment as wall-clock time in the site''s time zone (daylight saving applied).';
COMMENT ON COLUMN archive_alarms.cleared_at_utc IS 'Moment the alarm was cleared (UTC); NULL while still active.';
COMMENT ON COLUMN archive_alarms.is_test IS 'true for alarms raised deliberately during commissioning tests or alarm-chain tests; they are not real faults.';
COMMENT ON COLUMN archive_alarms.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE scada_daily_dk (
    turbine_id integer NOT NULL,
    day date NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    available_minutes integer NOT NULL,
    mean_wind_ms numeric(5,2) NOT NULL,
    curtailed_kwh numeric(10,1) NOT NULL,
    PRIMARY KEY (turbine_id, day)
);
COMMENT ON TABLE scada_daily_dk IS 'AUTHORITATIVE partition of the daily SCADA aggregates (from 10-minute data) for turbines at sites in Denmark, days 2025-01-01 .. 2025-06-30, exactly one row per turbine of that country and local day. The country is given only by the table name; the four partitions scada_daily_dk/_de/_pl/_gb together are the complete SCADA record (rpt_monthly_energy and staging_scada_daily are not).';
COMMENT ON COLUMN scada_daily_dk.turbine_id IS 'Turbine (turbines.turbine_id).';
COMMENT ON COLUMN scada_daily_dk.day IS 'Local calendar day at the site (site time zone) that the 144 ten-minute intervals were aggregated over.';
COMMENT ON COLUMN scada_daily_dk.energy_kwh IS 'Net energy exported by the turbine during the day in kWh.';
COMMENT ON COLUMN scada_daily_dk.available_minutes IS 'Minutes of the day the turbine was technically available (0..1440; 23-hour and 25-hour DST days are still counted against 1440).';
COMMENT ON COLUMN scada_daily_dk.mean_wind_ms IS 'Mean nacelle wind speed of the day in m/s.';
COMMENT ON COLUMN scada_daily_dk.curtailed_kwh IS 'Estimated energy lost to curtailment orders during the day in kWh.';

CREATE TABLE scada_daily_de (
    turbine_id integer NOT NULL,
    day date NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    available_minutes integer NOT NULL,
    mean_wind_ms numeric(5,2) NOT NULL,
    curtailed_kwh numeric(10,1) NOT NULL,
    PRIMARY KEY (turbine_id, day)
);
COMMENT ON TABLE scada_daily_de IS 'AUTHORITATIVE partition of the daily SCADA aggregates (from 10-minute data) for turbines at sites in Germany, days 2025-01-01 .. 2025-06-30, exactly one row per turbine of that country and local day. The country is given only by the table name; the four partitions scada_daily_dk/_de/_pl/_gb together are the complete SCADA record (rpt_monthly_energy and staging_scada_daily are not).';
COMMENT ON COLUMN scada_daily_de.turbine_id IS 'Turbine (turbines.turbine_id).';
COMMENT ON COLUMN scada_daily_de.day IS 'Local calendar day at the site (site time zone) that the 144 ten-minute intervals were aggregated over.';
COMMENT ON COLUMN scada_daily_de.energy_kwh IS 'Net energy exported by the turbine during the day in kWh.';
COMMENT ON COLUMN scada_daily_de.available_minutes IS 'Minutes of the day the turbine was technically available (0..1440; 23-hour and 25-hour DST days are still counted against 1440).';
COMMENT ON COLUMN scada_daily_de.mean_wind_ms IS 'Mean nacelle wind speed of the day in m/s.';
COMMENT ON COLUMN scada_daily_de.curtailed_kwh IS 'Estimated energy lost to curtailment orders during the day in kWh.';

CREATE TABLE scada_daily_pl (
    turbine_id integer NOT NULL,
    day date NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    available_minutes integer NOT NULL,
    mean_wind_ms numeric(5,2) NOT NULL,
    curtailed_kwh numeric(10,1) NOT NULL,
    PRIMARY KEY (turbine_id, day)
);
COMMENT ON TABLE scada_daily_pl IS 'AUTHORITATIVE partition of the daily SCADA aggregates (from 10-minute data) for turbines at sites in Poland, days 2025-01-01 .. 2025-06-30, exactly one row per turbine of that country and local day. The country is given only by the table name; the four partitions scada_daily_dk/_de/_pl/_gb together are the complete SCADA record (rpt_monthly_energy and staging_scada_daily are not).';
COMMENT ON COLUMN scada_daily_pl.turbine_id IS 'Turbine (turbines.turbine_id).';
COMMENT ON COLUMN scada_daily_pl.day IS 'Local calendar day at the site (site time zone) that the 144 ten-minute intervals were aggregated over.';
COMMENT ON COLUMN scada_daily_pl.energy_kwh IS 'Net energy exported by the turbine during the day in kWh.';
COMMENT ON COLUMN scada_daily_pl.available_minutes IS 'Minutes of the day the turbine was technically available (0..1440; 23-hour and 25-hour DST days are still counted against 1440).';
COMMENT ON COLUMN scada_daily_pl.mean_wind_ms IS 'Mean nacelle wind speed of the day in m/s.';
COMMENT ON COLUMN scada_daily_pl.curtailed_kwh IS 'Estimated energy lost to curtailment orders during the day in kWh.';

CREATE TABLE scada_daily_gb (
    turbine_id integer NOT NULL,
    day date NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    available_minutes integer NOT NULL,
    mean_wind_ms numeric(5,2) NOT NULL,
    curtailed_kwh numeric(10,1) NOT NULL,
    PRIMARY KEY (turbine_id, day)
);
COMMENT ON TABLE scada_daily_gb IS 'AUTHORITATIVE partition of the daily SCADA aggregates (from 10-minute data) for turbines at sites in United Kingdom, days 2025-01-01 .. 2025-06-30, exactly one row per turbine of that country and local day. The country is given only by the table name; the four partitions scada_daily_dk/_de/_pl/_gb together are the complete SCADA record (rpt_monthly_energy and staging_scada_daily are not).';
COMMENT ON COLUMN scada_daily_gb.turbine_id IS 'Turbine (turbines.turbine_id).';
COMMENT ON COLUMN scada_daily_gb.day IS 'Local calendar day at the site (site time zone) that the 144 ten-minute intervals were aggregated over.';
COMMENT ON COLUMN scada_daily_gb.energy_kwh IS 'Net energy exported by the turbine during the day in kWh.';
COMMENT ON COLUMN scada_daily_gb.available_minutes IS 'Minutes of the day the turbine was technically available (0..1440; 23-hour and 25-hour DST days are still counted against 1440).';
COMMENT ON COLUMN scada_daily_gb.mean_wind_ms IS 'Mean nacelle wind speed of the day in m/s.';
COMMENT ON COLUMN scada_daily_gb.curtailed_kwh IS 'Estimated energy lost to curtailment orders during the day in kWh.';

CREATE TABLE work_order_types (
    wo_type text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE work_order_types IS 'AUTHORITATIVE lookup of work order types.';
COMMENT ON COLUMN work_order_types.wo_type IS '''CORR'' corrective, ''PREV'' preventive, ''INSP'' inspection, ''RETRO'' retrofit.';
COMMENT ON COLUMN work_order_types.description IS 'Meaning.';

CREATE TABLE work_orders (
    wo_id integer PRIMARY KEY,
    wo_number text NOT NULL UNIQUE,
    turbine_id integer NOT NULL REFERENCES turbines (turbine_id),
    wo_type text NOT NULL REFERENCES work_order_types (wo_type),
    alarm_id integer,
    priority integer NOT NULL,
    opened_at_utc timestamptz NOT NULL,
    closed_at_utc timestamptz,
    status text NOT NULL,
    deleted_at timestamptz
);
COMMENT ON TABLE work_orders IS 'AUTHORITATIVE maintenance work orders of the current CMMS opened on or after 2024-01-01 00:00 UTC. Orders opened 2022-2023 are in archive_work_orders (same columns); orders of 2021 exist only in the legacy CMMS (legacy_work_orders). Soft-deleted rows (deleted_at set) do not count.';
COMMENT ON COLUMN work_orders.wo_id IS 'Surrogate key, unique across work_orders and archive_work_orders.';
COMMENT ON COLUMN work_orders.wo_number IS 'Work order number ''WO-<yy>-<nnnnn>''.';
COMMENT ON COLUMN work_orders.turbine_id IS 'Turbine worked on.';
COMMENT ON COLUMN work_orders.wo_type IS 'Work order type.';
COMMENT ON COLUMN work_orders.alarm_id IS 'Alarm that triggered a corrective order (alarms or archive_alarms); NULL otherwise.';
COMMENT ON COLUMN work_orders.priority IS '1 = urgent, 2 = normal, 3 = low.';
COMMENT ON COLUMN work_orders.opened_at_utc IS 'Moment the order was opened (UTC). The year of a work order is the UTC year of this column.';
COMMENT ON COLUMN work_orders.closed_at_utc IS 'Moment the order was closed (UTC); NULL unless status = ''closed''.';
COMMENT ON COLUMN work_orders.status IS '''open'', ''closed'' (work done) or ''cancelled'' (no work done).';
COMMENT ON COLUMN work_orders.deleted_at IS 'Soft delete: set when the order was deleted as a duplicate or entered in error; such rows are not part of the record. NULL = valid row.';

CREATE TABLE archive_work_orders (
    wo_id integer,
    wo_number text NOT NULL,
    turbine_id integer NOT NULL,
    wo_type text NOT NULL,
    alarm_id integer,
    priority integer NOT NULL,
    opened_at_utc timestamptz NOT NULL,
    closed_at_utc timestamptz,
    status text NOT NULL,
    deleted_at timestamptz,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_work_orders IS 'ARCHIVE of work orders opened 2022-01-01 .. 2023-12-31 (UTC), moved out of work_orders on 2024-02-01. Same columns and meaning as work_orders (including soft delete deleted_at) plus archived_at.';
COMMENT ON COLUMN archive_work_orders.wo_id IS 'Surrogate key, unique across work_orders and archive_work_orders.';
COMMENT ON COLUMN archive_work_orders.wo_number IS 'Work order number ''WO-<yy>-<nnnnn>''.';
COMMENT ON COLUMN archive_work_orders.turbine_id IS 'Turbine worked on.';
COMMENT ON COLUMN archive_work_orders.wo_type IS 'Work order type.';
COMMENT ON COLUMN archive_work_orders.alarm_id IS 'Alarm that triggered a corrective order (alarms or archive_alarms); NULL otherwise.';
COMMENT ON COLUMN archive_work_orders.priority IS '1 = urgent, 2 = normal, 3 = low.';
COMMENT ON COLUMN archive_work_orders.opened_at_utc IS 'Moment the order was opened (UTC). The year of a work order is the UTC year of this column.';
COMMENT ON COLUMN archive_work_orders.closed_at_utc IS 'Moment the order was closed (UTC); NULL unless status = ''closed''.';
COMMENT ON COLUMN archive_work_orders.status IS '''open'', ''closed'' (work done) or ''cancelled'' (no work done).';
COMMENT ON COLUMN archive_work_orders.deleted_at IS 'Soft delete: set when the order was deleted as a duplicate or entered in error; such rows are not part of the record. NULL = valid row.';
COMMENT ON COLUMN archive_work_orders.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE technician_grades (
    grade_code text PRIMARY KEY,
    title text NOT NULL,
    hourly_rate_eur numeric(8,2) NOT NULL
);
COMMENT ON TABLE technician_grades IS 'AUTHORITATIVE lookup of technician grades and the internal hourly labour rate used for costing.';
COMMENT ON COLUMN technician_grades.grade_code IS '''T1'' apprentice, ''T2'' technician, ''T3'' senior technician, ''T4'' lead technician.';
COMMENT ON COLUMN technician_grades.title IS 'Grade title.';
COMMENT ON COLUMN technician_grades.hourly_rate_eur IS 'Internal labour cost rate in EUR per hour of this grade.';

CREATE TABLE technicians (
    technician_id integer PRIMARY KEY,
    employee_no text NOT NULL UNIQUE,
    full_name text NOT NULL,
    base_site_id integer NOT NULL REFERENCES sites (site_id),
    grade_code text NOT NULL REFERENCES technician_grades (grade_code),
    hired_on date NOT NULL,
    left_on date
);
COMMENT ON TABLE technicians IS 'AUTHORITATIVE field technicians (extract 2025-07-01 00:00 UTC: hires and last working days up to 2025-06-30). grade_code is the CURRENT grade only; the grade held on a date is in technician_grade_history.';
COMMENT ON COLUMN technicians.technician_id IS 'Surrogate key.';
COMMENT ON COLUMN technicians.employee_no IS 'Employee number, e.g. ''E1007''.';
COMMENT ON COLUMN technicians.full_name IS 'Full name (may contain non-ASCII letters and apostrophes).';
COMMENT ON COLUMN technicians.base_site_id IS 'Site the technician is based at.';
COMMENT ON COLUMN technicians.grade_code IS 'Current grade (for a technician who left: the grade held on the last working day).';
COMMENT ON COLUMN technicians.hired_on IS 'Hire date.';
COMMENT ON COLUMN technicians.left_on IS 'Last working day; NULL while employed.';

CREATE TABLE technician_grade_history (
    technician_id integer NOT NULL REFERENCES technicians (technician_id),
    grade_code text NOT NULL REFERENCES technician_grades (grade_code),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (technician_id, valid_from)
);
COMMENT ON TABLE technician_grade_history IS 'AUTHORITATIVE grade history: one row per period a technician held a grade, valid_from inclusive, valid_to exclusive (NULL = still held). Periods of one technician do not overlap and cover exactly the employment: the first starts on hired_on, and for a technician who left, the last ends on the day after left_on (valid_to = left_on + 1).';
COMMENT ON COLUMN technician_grade_history.technician_id IS 'Technician.';
COMMENT ON COLUMN technician_grade_history.grade_code IS 'Grade held in the period.';
COMMENT ON COLUMN technician_grade_history.valid_from IS 'First day the grade was held (inclusive).';
COMMENT ON COLUMN technician_grade_history.valid_to IS 'First day the grade was no longer held (exclusive); NULL = still held.';

CREATE TABLE wo_labour (
    labour_id integer PRIMARY KEY,
    wo_id integer NOT NULL REFERENCES work_orders (wo_id),
    technician_id integer NOT NULL REFERENCES technicians (technician_id),
    work_date date NOT NULL,
    hours numeric(5,2) NOT NULL
);
COMMENT ON TABLE wo_labour IS 'AUTHORITATIVE labour hours booked on the work orders of work_orders (live). Hours on archived orders are in archive_wo_labour.';
COMMENT ON COLUMN wo_labour.labour_id IS 'Surrogate key, unique across wo_labour and archive_wo_labour.';
COMMENT ON COLUMN wo_labour.wo_id IS 'Work order the hours were booked on.';
COMMENT ON COLUMN wo_labour.technician_id IS 'Technician who worked.';
COMMENT ON COLUMN wo_labour.work_date IS 'Local calendar day at the site the work was done.';
COMMENT ON COLUMN wo_labour.hours IS 'Hours worked (decimal hours).';

CREATE TABLE archive_wo_labour (
    labour_id integer,
    wo_id integer NOT NULL,
    technician_id integer NOT NULL,
    work_date date NOT NULL,
    hours numeric(5,2) NOT NULL
);
COMMENT ON TABLE archive_wo_labour IS 'ARCHIVE of labour hours booked on the work orders of archive_work_orders (orders opened 2022-2023). Same columns as wo_labour.';
COMMENT ON COLUMN archive_wo_labour.labour_id IS 'Surrogate key, unique across wo_labour and archive_wo_labour.';
COMMENT ON COLUMN archive_wo_labour.wo_id IS 'Work order the hours were booked on.';
COMMENT ON COLUMN archive_wo_labour.technician_id IS 'Technician who worked.';
COMMENT ON COLUMN archive_wo_labour.work_date IS 'Local calendar day at the site the work was done.';
COMMENT ON COLUMN archive_wo_labour.hours IS 'Hours worked (decimal hours).';

CREATE TABLE spare_parts (
    part_no text PRIMARY KEY,
    description text NOT NULL,
    category text NOT NULL,
    list_price_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE spare_parts IS 'AUTHORITATIVE spare-part catalogue.';
COMMENT ON COLUMN spare_parts.part_no IS 'Part number, e.g. ''P-GB-2001''.';
COMMENT ON COLUMN spare_parts.description IS 'Part description.';
COMMENT ON COLUMN spare_parts.category IS 'Part category: ''pitch'', ''gearbox'', ''generator'', ''converter'', ''yaw'', ''consumable'', ''sensor'', ''hydraulic'', ''blade'', ''safety''.';
COMMENT ON COLUMN spare_parts.list_price_eur IS 'Catalogue list price in EUR (informative; the price actually paid is on part_issues).';

CREATE TABLE part_issues (
    issue_id integer PRIMARY KEY,
    wo_id integer NOT NULL REFERENCES work_orders (wo_id),
    part_no text NOT NULL REFERENCES spare_parts (part_no),
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    issued_at_utc timestamptz NOT NULL
);
COMMENT ON TABLE part_issues IS 'AUTHORITATIVE spare parts issued to the work orders of work_orders (live). Issues to archived orders are in archive_part_issues.';
COMMENT ON COLUMN part_issues.issue_id IS 'Surrogate key, unique across part_issues and archive_part_issues.';
COMMENT ON COLUMN part_issues.wo_id IS 'Work order the parts were issued to.';
COMMENT ON COLUMN part_issues.part_no IS 'Part issued.';
COMMENT ON COLUMN part_issues.quantity IS 'Number of units issued.';
COMMENT ON COLUMN part_issues.unit_price IS 'Price actually paid per unit, in currency_code.';
COMMENT ON COLUMN part_issues.currency_code IS 'Currency of unit_price (''EUR'', ''DKK'', ''PLN'' or ''GBP'').';
COMMENT ON COLUMN part_issues.issued_at_utc IS 'Moment the parts left the warehouse (UTC). Convert with the rate of the UTC date of this column.';

CREATE TABLE archive_part_issues (
    issue_id integer,
    wo_id integer NOT NULL,
    part_no text NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL,
    issued_at_utc timestamptz NOT NULL
);
COMMENT ON TABLE archive_part_issues IS 'ARCHIVE of spare parts issued to the work orders of archive_work_orders (orders opened 2022-2023). Same columns as part_issues.';
COMMENT ON COLUMN archive_part_issues.issue_id IS 'Surrogate key, unique across part_issues and archive_part_issues.';
COMMENT ON COLUMN archive_part_issues.wo_id IS 'Work order the parts were issued to.';
COMMENT ON COLUMN archive_part_issues.part_no IS 'Part issued.';
COMMENT ON COLUMN archive_part_issues.quantity IS 'Number of units issued.';
COMMENT ON COLUMN archive_part_issues.unit_price IS 'Price actually paid per unit, in currency_code.';
COMMENT ON COLUMN archive_part_issues.currency_code IS 'Currency of unit_price (''EUR'', ''DKK'', ''PLN'' or ''GBP'').';
COMMENT ON COLUMN archive_part_issues.issued_at_utc IS 'Moment the parts left the warehouse (UTC). Convert with the rate of the UTC date of this column.';

CREATE TABLE curtailment_reasons (
    reason_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE curtailment_reasons IS 'AUTHORITATIVE lookup of curtailment reasons.';
COMMENT ON COLUMN curtailment_reasons.reason_code IS '''GRID'' grid congestion, ''NOISE'' noise limit, ''BIRD'' bird protection, ''SHADOW'' shadow flicker, ''PRICE'' negative price.';
COMMENT ON COLUMN curtailment_reasons.description IS 'Meaning.';

CREATE TABLE curtailment_orders (
    order_id integer PRIMARY KEY,
    order_ref text NOT NULL UNIQUE,
    site_id integer NOT NULL REFERENCES sites (site_id),
    grid_operator_id integer NOT NULL REFERENCES grid_operators (grid_operator_id),
    reason_code text NOT NULL REFERENCES curtailment_reasons (reason_code),
    start_utc timestamptz NOT NULL,
    end_utc timestamptz NOT NULL,
    start_local timestamp NOT NULL,
    max_output_mw numeric(7,2) NOT NULL,
    revoked_at timestamptz
);
COMMENT ON TABLE curtailment_orders IS 'AUTHORITATIVE curtailment orders starting on or after 2024-01-01 00:00 UTC. Orders starting 2022-2023 are in archive_curtailment_orders (same columns).';
COMMENT ON COLUMN curtailment_orders.order_id IS 'Surrogate key, unique across curtailment_orders and archive_curtailment_orders.';
COMMENT ON COLUMN curtailment_orders.order_ref IS 'Reference ''CO-<site_code>-<nnnn>''.';
COMMENT ON COLUMN curtailment_orders.site_id IS 'Site curtailed (all its turbines).';
COMMENT ON COLUMN curtailment_orders.grid_operator_id IS 'Operator that issued the order (also for non-grid reasons it is the site''s operator).';
COMMENT ON COLUMN curtailment_orders.reason_code IS 'Reason.';
COMMENT ON COLUMN curtailment_orders.start_utc IS 'Start of the curtailment (UTC, inclusive).';
COMMENT ON COLUMN curtailment_orders.end_utc IS 'End of the curtailment (UTC, exclusive).';
COMMENT ON COLUMN curtailment_orders.start_local IS 'Start as wall-clock time in the site''s time zone.';
COMMENT ON COLUMN curtailment_orders.max_output_mw IS 'Maximum site output allowed during the order in MW (0 = full stop).';
COMMENT ON COLUMN curtailment_orders.revoked_at IS 'Set when the order was revoked before its start; a revoked order was never executed. NULL = executed.';

CREATE TABLE archive_curtailment_orders (
    order_id integer,
    order_ref text NOT NULL,
    site_id integer NOT NULL,
    grid_operator_id integer NOT NULL,
    reason_code text NOT NULL,
    start_utc timestamptz NOT NULL,
    end_utc timestamptz NOT NULL,
    start_local timestamp NOT NULL,
    max_output_mw numeric(7,2) NOT NULL,
    revoked_at timestamptz
);
COMMENT ON TABLE archive_curtailment_orders IS 'ARCHIVE of curtailment orders that started 2022-01-01 .. 2023-12-31 (UTC). Same columns as curtailment_orders.';
COMMENT ON COLUMN archive_curtailment_orders.order_id IS 'Surrogate key, unique across curtailment_orders and archive_curtailment_orders.';
COMMENT ON COLUMN archive_curtailment_orders.order_ref IS 'Reference ''CO-<site_code>-<nnnn>''.';
COMMENT ON COLUMN archive_curtailment_orders.site_id IS 'Site curtailed (all its turbines).';
COMMENT ON COLUMN archive_curtailment_orders.grid_operator_id IS 'Operator that issued the order (also for non-grid reasons it is the site''s operator).';
COMMENT ON COLUMN archive_curtailment_orders.reason_code IS 'Reason.';
COMMENT ON COLUMN archive_curtailment_orders.start_utc IS 'Start of the curtailment (UTC, inclusive).';
COMMENT ON COLUMN archive_curtailment_orders.end_utc IS 'End of the curtailment (UTC, exclusive).';
COMMENT ON COLUMN archive_curtailment_orders.start_local IS 'Start as wall-clock time in the site''s time zone.';
COMMENT ON COLUMN archive_curtailment_orders.max_output_mw IS 'Maximum site output allowed during the order in MW (0 = full stop).';
COMMENT ON COLUMN archive_curtailment_orders.revoked_at IS 'Set when the order was revoked before its start; a revoked order was never executed. NULL = executed.';

CREATE TABLE settlements (
    settlement_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites (site_id),
    grid_operator_id integer NOT NULL REFERENCES grid_operators (grid_operator_id),
    period_month date NOT NULL,
    energy_mwh numeric(10,3) NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    settled_on date NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE settlements IS 'AUTHORITATIVE monthly grid settlements of delivery months from 2024-01 on. Delivery months 2022-01 .. 2023-12 are in archive_settlements (same columns). For each site and month exactly one row has status ''final'' or ''provisional''; ''superseded'' rows are replaced corrections.';
COMMENT ON COLUMN settlements.settlement_id IS 'Surrogate key, unique across settlements and archive_settlements.';
COMMENT ON COLUMN settlements.site_id IS 'Site settled.';
COMMENT ON COLUMN settlements.grid_operator_id IS 'Operator / settlement body.';
COMMENT ON COLUMN settlements.period_month IS 'First day of the delivery month settled (the month the energy was produced).';
COMMENT ON COLUMN settlements.energy_mwh IS 'Energy settled for the month in MWh.';
COMMENT ON COLUMN settlements.amount IS 'Amount credited to the site for the month, in currency_code.';
COMMENT ON COLUMN settlements.currency_code IS 'Currency of amount (the site''s currency).';
COMMENT ON COLUMN settlements.settled_on IS 'Date the settlement was issued. Convert amount to EUR with the rate of this date.';
COMMENT ON COLUMN settlements.status IS '''final'' = valid settlement; ''superseded'' = replaced by a later corrected ''final'' row for the same site and month (not to be counted); ''provisional'' = not yet final (only delivery months from 2025-03 on; counted as the current figure).';

CREATE TABLE archive_settlements (
    settlement_id integer,
    site_id integer NOT NULL,
    grid_operator_id integer NOT NULL,
    period_month date NOT NULL,
    energy_mwh numeric(10,3) NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency_code char(3) NOT NULL,
    settled_on date NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE archive_settlements IS 'ARCHIVE of monthly grid settlements of delivery months 2022-01 .. 2023-12. Same columns and status codes as settlements.';
COMMENT ON COLUMN archive_settlements.settlement_id IS 'Surrogate key, unique across settlements and archive_settlements.';
COMMENT ON COLUMN archive_settlements.site_id IS 'Site settled.';
COMMENT ON COLUMN archive_settlements.grid_operator_id IS 'Operator / settlement body.';
COMMENT ON COLUMN archive_settlements.period_month IS 'First day of the delivery month settled (the month the energy was produced).';
COMMENT ON COLUMN archive_settlements.energy_mwh IS 'Energy settled for the month in MWh.';
COMMENT ON COLUMN archive_settlements.amount IS 'Amount credited to the site for the month, in currency_code.';
COMMENT ON COLUMN archive_settlements.currency_code IS 'Currency of amount (the site''s currency).';
COMMENT ON COLUMN archive_settlements.settled_on IS 'Date the settlement was issued. Convert amount to EUR with the rate of this date.';
COMMENT ON COLUMN archive_settlements.status IS '''final'' = valid settlement; ''superseded'' = replaced by a later corrected ''final'' row for the same site and month (not to be counted); ''provisional'' = not yet final (only delivery months from 2025-03 on; counted as the current figure).';

CREATE TABLE ppa_contracts (
    ppa_id integer PRIMARY KEY,
    contract_ref text NOT NULL UNIQUE,
    site_id integer NOT NULL REFERENCES sites (site_id),
    offtaker text NOT NULL,
    share_pct numeric(5,2) NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    starts_on date NOT NULL,
    ends_on date NOT NULL
);
COMMENT ON TABLE ppa_contracts IS 'AUTHORITATIVE power-purchase agreements: one offtaker buys a share of a site''s output at the contract price (ppa_price_history).';
COMMENT ON COLUMN ppa_contracts.ppa_id IS 'Surrogate key.';
COMMENT ON COLUMN ppa_contracts.contract_ref IS 'Contract reference, e.g. ''PPA-RKB-01''.';
COMMENT ON COLUMN ppa_contracts.site_id IS 'Site.';
COMMENT ON COLUMN ppa_contracts.offtaker IS 'Buyer.';
COMMENT ON COLUMN ppa_contracts.share_pct IS 'Share of the site''s output sold under the contract, percent.';
COMMENT ON COLUMN ppa_contracts.currency_code IS 'Currency of the contract price: the site''s currency or EUR (e.g. EUR contracts at Danish sites).';
COMMENT ON COLUMN ppa_contracts.starts_on IS 'Delivery start.';
COMMENT ON COLUMN ppa_contracts.ends_on IS 'Last delivery day (inclusive).';

CREATE TABLE ppa_price_history (
    ppa_id integer NOT NULL REFERENCES ppa_contracts (ppa_id),
    valid_from date NOT NULL,
    valid_to date,
    price_per_mwh numeric(8,2) NOT NULL,
    PRIMARY KEY (ppa_id, valid_from)
);
COMMENT ON TABLE ppa_price_history IS 'AUTHORITATIVE PPA price periods (indexation steps): valid_from inclusive, valid_to exclusive, NULL = current. v_ppa_current_price is only a snapshot.';
COMMENT ON COLUMN ppa_price_history.ppa_id IS 'Contract.';
COMMENT ON COLUMN ppa_price_history.valid_from IS 'First day of the price (inclusive).';
COMMENT ON COLUMN ppa_price_history.valid_to IS 'First day the price no longer applied (exclusive); NULL = current.';
COMMENT ON COLUMN ppa_price_history.price_per_mwh IS 'Contract price per MWh in the contract currency.';

CREATE TABLE legacy_turbine_code_map (
    old_turbine_code text PRIMARY KEY,
    turbine_id integer NOT NULL,
    note text
);
COMMENT ON TABLE legacy_turbine_code_map IS 'LEGACY code map: old CMMS turbine codes -> current turbines. Every old code used in legacy_work_orders is listed, and every current turbine (all were in service in 2021) has at least one old code. Some turbines had two old codes (renumbered in 2021); both map to the same turbine.';
COMMENT ON COLUMN legacy_turbine_code_map.old_turbine_code IS 'Turbine code used in the legacy CMMS, e.g. ''DK01-W03''.';
COMMENT ON COLUMN legacy_turbine_code_map.turbine_id IS 'Current turbine (turbines.turbine_id).';
COMMENT ON COLUMN legacy_turbine_code_map.note IS 'Remark, e.g. why a second code exists.';

CREATE TABLE legacy_status_codes (
    status_code char(1) PRIMARY KEY,
    meaning text NOT NULL
);
COMMENT ON TABLE legacy_status_codes IS 'LEGACY lookup of the status codes of legacy_work_orders.';
COMMENT ON COLUMN legacy_status_codes.status_code IS '''C'' closed (work done), ''O'' open, ''X'' cancelled. Unlike the current CMMS, the legacy system kept the hours booked before a cancellation: an ''X'' order may carry labour_hours > 0.';
COMMENT ON COLUMN legacy_status_codes.meaning IS 'Meaning.';

CREATE TABLE legacy_work_orders (
    legacy_wo_no text PRIMARY KEY,
    old_turbine_code text NOT NULL,
    kind char(1) NOT NULL,
    opened_on date NOT NULL,
    status_code char(1) NOT NULL,
    labour_hours numeric(6,2) NOT NULL,
    remarks text
);
COMMENT ON TABLE legacy_work_orders IS 'LEGACY CMMS (retired 2022-01-01): the only record of maintenance work orders opened in 2021. Uses old turbine codes (map with legacy_turbine_code_map) and single-letter codes. Labour is recorded as total hours per order (no per-technician rows).';
COMMENT ON COLUMN legacy_work_orders.legacy_wo_no IS 'Legacy order number, e.g. ''L21-0042''.';
COMMENT ON COLUMN legacy_work_orders.old_turbine_code IS 'Old turbine code (legacy_turbine_code_map.old_turbine_code).';
COMMENT ON COLUMN legacy_work_orders.kind IS '''K'' corrective (= CORR), ''P'' preventive (= PREV), ''I'' inspection (= INSP).';
COMMENT ON COLUMN legacy_work_orders.opened_on IS 'Day the order was opened (local date at the site; all 2021).';
COMMENT ON COLUMN legacy_work_orders.status_code IS 'Status code (legacy_status_codes).';
COMMENT ON COLUMN legacy_work_orders.labour_hours IS 'Total hours booked on the order (cancelled ''X'' orders keep the hours booked before the cancellation).';
COMMENT ON COLUMN legacy_work_orders.remarks IS 'Free text.';

CREATE TABLE legacy_technicians (
    old_emp_code text PRIMARY KEY,
    name text NOT NULL,
    grade_text text
);
COMMENT ON TABLE legacy_technicians IS 'LEGACY CMMS technician list (2021), with old employee numbers. Not maintained; use technicians.';
COMMENT ON COLUMN legacy_technicians.old_emp_code IS 'Old employee code.';
COMMENT ON COLUMN legacy_technicians.name IS 'Name as typed in 2021.';
COMMENT ON COLUMN legacy_technicians.grade_text IS 'Free-text grade.';

CREATE TABLE legacy_sites (
    old_site_no text PRIMARY KEY,
    site_id integer NOT NULL,
    name text NOT NULL
);
COMMENT ON TABLE legacy_sites IS 'LEGACY CMMS site list with old site numbers. Not maintained; use sites.';
COMMENT ON COLUMN legacy_sites.old_site_no IS 'Old site number, e.g. ''DK01''.';
COMMENT ON COLUMN legacy_sites.site_id IS 'Current site (sites.site_id).';
COMMENT ON COLUMN legacy_sites.name IS 'Name as spelled in the old system.';

CREATE TABLE staging_alarms (
    alarm_id integer,
    turbine_id integer NOT NULL,
    alarm_code text NOT NULL,
    raised_at_utc timestamptz NOT NULL,
    raised_at_local timestamp NOT NULL,
    load_batch integer NOT NULL
);
COMMENT ON TABLE staging_alarms IS 'STAGING: raw SCADA alarm feed of the last load batch, unvalidated (duplicates, unknown codes, times not normalised). Not authoritative: use alarms / archive_alarms.';
COMMENT ON COLUMN staging_alarms.alarm_id IS 'Surrogate key, unique across alarms and archive_alarms.';
COMMENT ON COLUMN staging_alarms.turbine_id IS 'Turbine that raised the alarm.';
COMMENT ON COLUMN staging_alarms.alarm_code IS 'Alarm code.';
COMMENT ON COLUMN staging_alarms.raised_at_utc IS 'Moment the alarm was raised (UTC). Years/months/days of an alarm are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN staging_alarms.raised_at_local IS 'The same moment as wall-clock time in the site''s time zone (daylight saving applied).';
COMMENT ON COLUMN staging_alarms.load_batch IS 'ETL batch number.';

CREATE TABLE staging_work_orders (
    wo_id integer,
    wo_number text NOT NULL,
    turbine_id integer NOT NULL,
    wo_type text NOT NULL,
    alarm_id integer,
    priority integer NOT NULL,
    opened_at_utc timestamptz NOT NULL,
    closed_at_utc timestamptz,
    status text NOT NULL,
    load_batch integer NOT NULL
);
COMMENT ON TABLE staging_work_orders IS 'STAGING: work orders received from the mobile app, before validation. Not authoritative: use work_orders.';
COMMENT ON COLUMN staging_work_orders.wo_id IS 'Surrogate key, unique across work_orders and archive_work_orders.';
COMMENT ON COLUMN staging_work_orders.wo_number IS 'Work order number ''WO-<yy>-<nnnnn>''.';
COMMENT ON COLUMN staging_work_orders.turbine_id IS 'Turbine worked on.';
COMMENT ON COLUMN staging_work_orders.wo_type IS 'Work order type.';
COMMENT ON COLUMN staging_work_orders.alarm_id IS 'Alarm that triggered a corrective order (alarms or archive_alarms); NULL otherwise.';
COMMENT ON COLUMN staging_work_orders.priority IS '1 = urgent, 2 = normal, 3 = low.';
COMMENT ON COLUMN staging_work_orders.opened_at_utc IS 'Moment the order was opened (UTC). The year of a work order is the UTC year of this column.';
COMMENT ON COLUMN staging_work_orders.closed_at_utc IS 'Moment the order was closed (UTC); NULL unless status = ''closed''.';
COMMENT ON COLUMN staging_work_orders.status IS '''open'', ''closed'' (work done) or ''cancelled'' (no work done).';
COMMENT ON COLUMN staging_work_orders.load_batch IS 'ETL batch number.';

CREATE TABLE staging_wo_labour (
    labour_id integer,
    wo_id integer NOT NULL,
    technician_id integer NOT NULL,
    work_date date NOT NULL,
    hours numeric(5,2) NOT NULL,
    approved boolean
);
COMMENT ON TABLE staging_wo_labour IS 'STAGING: timesheet lines before approval (may be rejected later). Not authoritative: use wo_labour.';
COMMENT ON COLUMN staging_wo_labour.labour_id IS 'Surrogate key, unique across wo_labour and archive_wo_labour.';
COMMENT ON COLUMN staging_wo_labour.wo_id IS 'Work order the hours were booked on.';
COMMENT ON COLUMN staging_wo_labour.technician_id IS 'Technician who worked.';
COMMENT ON COLUMN staging_wo_labour.work_date IS 'Local calendar day at the site the work was done.';
COMMENT ON COLUMN staging_wo_labour.hours IS 'Hours worked (decimal hours).';
COMMENT ON COLUMN staging_wo_labour.approved IS 'NULL = not reviewed yet.';

CREATE TABLE staging_part_issues (
    issue_id integer,
    wo_id integer NOT NULL,
    part_no text NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL,
    issued_at_utc timestamptz NOT NULL
);
COMMENT ON TABLE staging_part_issues IS 'STAGING: warehouse issue lines before posting. Not authoritative: use part_issues.';
COMMENT ON COLUMN staging_part_issues.issue_id IS 'Surrogate key, unique across part_issues and archive_part_issues.';
COMMENT ON COLUMN staging_part_issues.wo_id IS 'Work order the parts were issued to.';
COMMENT ON COLUMN staging_part_issues.part_no IS 'Part issued.';
COMMENT ON COLUMN staging_part_issues.quantity IS 'Number of units issued.';
COMMENT ON COLUMN staging_part_issues.unit_price IS 'Price actually paid per unit, in currency_code.';
COMMENT ON COLUMN staging_part_issues.currency_code IS 'Currency of unit_price (''EUR'', ''DKK'', ''PLN'' or ''GBP'').';
COMMENT ON COLUMN staging_part_issues.issued_at_utc IS 'Moment the parts left the warehouse (UTC). Convert with the rate of the UTC date of this column.';

CREATE TABLE staging_settlements (
    site_id integer NOT NULL,
    grid_operator_id integer NOT NULL,
    period_month date NOT NULL,
    energy_mwh numeric(10,3) NOT NULL,
    amount numeric(14,2) NOT NULL,
    currency_code char(3) NOT NULL,
    settled_on date NOT NULL
);
COMMENT ON TABLE staging_settlements IS 'STAGING: settlement files as received from grid operators, unvalidated (duplicates and superseded versions mixed). Not authoritative: use settlements.';
COMMENT ON COLUMN staging_settlements.site_id IS 'Site settled.';
COMMENT ON COLUMN staging_settlements.grid_operator_id IS 'Operator / settlement body.';
COMMENT ON COLUMN staging_settlements.period_month IS 'First day of the delivery month settled (the month the energy was produced).';
COMMENT ON COLUMN staging_settlements.energy_mwh IS 'Energy settled for the month in MWh.';
COMMENT ON COLUMN staging_settlements.amount IS 'Amount credited to the site for the month, in currency_code.';
COMMENT ON COLUMN staging_settlements.currency_code IS 'Currency of amount (the site''s currency).';
COMMENT ON COLUMN staging_settlements.settled_on IS 'Date the settlement was issued. Convert amount to EUR with the rate of this date.';

CREATE TABLE staging_fx_rates (
    rate_date date,
    currency_code text,
    eur_per_unit numeric(12,6)
);
COMMENT ON TABLE staging_fx_rates IS 'STAGING: FX feed before validation (gaps, duplicate days). Not authoritative: use fx_rates.';
COMMENT ON COLUMN staging_fx_rates.rate_date IS 'Day.';
COMMENT ON COLUMN staging_fx_rates.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fx_rates.eur_per_unit IS 'Rate as received.';

CREATE TABLE staging_scada_daily (
    site_code text,
    turbine_id integer NOT NULL,
    day date NOT NULL,
    energy_kwh numeric(10,1) NOT NULL,
    available_minutes integer NOT NULL,
    mean_wind_ms numeric(5,2) NOT NULL,
    curtailed_kwh numeric(10,1) NOT NULL
);
COMMENT ON TABLE staging_scada_daily IS 'STAGING: daily SCADA aggregates as received from the site controllers, unvalidated (includes days that failed validation and were corrected later). Not authoritative: use the scada_daily_<country> partitions.';
COMMENT ON COLUMN staging_scada_daily.site_code IS 'Site code as sent.';
COMMENT ON COLUMN staging_scada_daily.turbine_id IS 'Turbine (turbines.turbine_id).';
COMMENT ON COLUMN staging_scada_daily.day IS 'Local calendar day at the site (site time zone) that the 144 ten-minute intervals were aggregated over.';
COMMENT ON COLUMN staging_scada_daily.energy_kwh IS 'Net energy exported by the turbine during the day in kWh.';
COMMENT ON COLUMN staging_scada_daily.available_minutes IS 'Minutes of the day the turbine was technically available (0..1440; 23-hour and 25-hour DST days are still counted against 1440).';
COMMENT ON COLUMN staging_scada_daily.mean_wind_ms IS 'Mean nacelle wind speed of the day in m/s.';
COMMENT ON COLUMN staging_scada_daily.curtailed_kwh IS 'Estimated energy lost to curtailment orders during the day in kWh.';

CREATE TABLE staging_curtailment_orders (
    order_ref text NOT NULL,
    site_id integer NOT NULL,
    grid_operator_id integer NOT NULL,
    reason_code text NOT NULL,
    start_utc timestamptz NOT NULL,
    end_utc timestamptz NOT NULL,
    start_local timestamp NOT NULL
);
COMMENT ON TABLE staging_curtailment_orders IS 'STAGING: curtailment instructions as received by e-mail/API, not yet matched or checked (revocations not applied). Not authoritative: use curtailment_orders.';
COMMENT ON COLUMN staging_curtailment_orders.order_ref IS 'Reference ''CO-<site_code>-<nnnn>''.';
COMMENT ON COLUMN staging_curtailment_orders.site_id IS 'Site curtailed (all its turbines).';
COMMENT ON COLUMN staging_curtailment_orders.grid_operator_id IS 'Operator that issued the order (also for non-grid reasons it is the site''s operator).';
COMMENT ON COLUMN staging_curtailment_orders.reason_code IS 'Reason.';
COMMENT ON COLUMN staging_curtailment_orders.start_utc IS 'Start of the curtailment (UTC, inclusive).';
COMMENT ON COLUMN staging_curtailment_orders.end_utc IS 'End of the curtailment (UTC, exclusive).';
COMMENT ON COLUMN staging_curtailment_orders.start_local IS 'Start as wall-clock time in the site''s time zone.';

CREATE TABLE staging_technicians (
    employee_no text,
    full_name text,
    grade_code text,
    exported_on date
);
COMMENT ON TABLE staging_technicians IS 'STAGING: HR export of technicians, unvalidated. Not authoritative: use technicians and technician_grade_history.';
COMMENT ON COLUMN staging_technicians.employee_no IS 'Employee number.';
COMMENT ON COLUMN staging_technicians.full_name IS 'Name.';
COMMENT ON COLUMN staging_technicians.grade_code IS 'Grade in the HR export (may lag behind).';
COMMENT ON COLUMN staging_technicians.exported_on IS 'Export day.';

CREATE TABLE rpt_monthly_energy (
    site_id integer,
    month date,
    energy_mwh numeric(12,3)
);
COMMENT ON TABLE rpt_monthly_energy IS 'REPORT (stale): energy per site and month from SCADA, last refreshed 2025-04-02 and covering only 2025-01 .. 2025-03; it also leaves out turbines of model ''V112-3.45''. Use the scada_daily_<country> partitions.';
COMMENT ON COLUMN rpt_monthly_energy.site_id IS 'Site.';
COMMENT ON COLUMN rpt_monthly_energy.month IS 'First day of the month.';
COMMENT ON COLUMN rpt_monthly_energy.energy_mwh IS 'Energy in MWh (see table comment for the filter).';

CREATE TABLE rpt_alarm_summary (
    turbine_id integer,
    year integer,
    alarm_count integer
);
COMMENT ON TABLE rpt_alarm_summary IS 'REPORT: alarm counts per turbine and year, built for the 2024 annual report (years 2022-2024 only, test alarms INCLUDED, refreshed 2025-01-05). Use alarms / archive_alarms.';
COMMENT ON COLUMN rpt_alarm_summary.turbine_id IS 'Turbine.';
COMMENT ON COLUMN rpt_alarm_summary.year IS 'UTC year.';
COMMENT ON COLUMN rpt_alarm_summary.alarm_count IS 'Number of alarms (test alarms included).';

CREATE TABLE rpt_wo_backlog (
    site_id integer,
    open_orders integer,
    snapshot_on date
);
COMMENT ON TABLE rpt_wo_backlog IS 'REPORT (snapshot 2025-05-01): open work orders per site at that day. Not live; use work_orders.';
COMMENT ON COLUMN rpt_wo_backlog.site_id IS 'Site.';
COMMENT ON COLUMN rpt_wo_backlog.open_orders IS 'Open orders at the snapshot.';
COMMENT ON COLUMN rpt_wo_backlog.snapshot_on IS 'Snapshot day.';

CREATE TABLE rpt_settlement_eur (
    site_id integer,
    period_month date,
    amount_eur numeric(14,2)
);
COMMENT ON TABLE rpt_settlement_eur IS 'REPORT: settlements per site and month converted at the monthly AVERAGE rate and including superseded rows; refreshed 2025-03-01. Not for EUR revenue questions: use settlements / archive_settlements with fx_rates of settled_on.';
COMMENT ON COLUMN rpt_settlement_eur.site_id IS 'Site.';
COMMENT ON COLUMN rpt_settlement_eur.period_month IS 'Delivery month.';
COMMENT ON COLUMN rpt_settlement_eur.amount_eur IS 'Sum of all rows'' amounts at the month-average rate.';

CREATE TABLE rpt_technician_hours (
    technician_id integer,
    year integer,
    grade_code text,
    hours numeric(8,2)
);
COMMENT ON TABLE rpt_technician_hours IS 'REPORT: labour hours per technician and year, grouped by the technician''s CURRENT grade at refresh time (2025-02-01), years 2023-2024. Use wo_labour / archive_wo_labour with technician_grade_history.';
COMMENT ON COLUMN rpt_technician_hours.technician_id IS 'Technician.';
COMMENT ON COLUMN rpt_technician_hours.year IS 'Year of work_date.';
COMMENT ON COLUMN rpt_technician_hours.grade_code IS 'Grade at refresh time.';
COMMENT ON COLUMN rpt_technician_hours.hours IS 'Hours.';

CREATE TABLE rpt_availability (
    site_id integer,
    month date,
    availability_pct numeric(6,2)
);
COMMENT ON TABLE rpt_availability IS 'REPORT: monthly availability per site computed by the O&M contractor with their own definition (excludes curtailment and grid-loss minutes from the denominator). Not the portfolio definition; use the SCADA partitions.';
COMMENT ON COLUMN rpt_availability.site_id IS 'Site.';
COMMENT ON COLUMN rpt_availability.month IS 'Month.';
COMMENT ON COLUMN rpt_availability.availability_pct IS 'Contractor-defined availability in percent.';

CREATE TABLE rpt_curtailment_hours (
    site_id integer,
    year integer,
    hours numeric(10,2)
);
COMMENT ON TABLE rpt_curtailment_hours IS 'REPORT: curtailment hours per site and year including REVOKED orders, years 2022-2024, refreshed 2025-01-10. Use curtailment_orders / archive_curtailment_orders.';
COMMENT ON COLUMN rpt_curtailment_hours.site_id IS 'Site.';
COMMENT ON COLUMN rpt_curtailment_hours.year IS 'Year of start_utc.';
COMMENT ON COLUMN rpt_curtailment_hours.hours IS 'Hours of all orders including revoked.';

CREATE TABLE rpt_parts_spend (
    site_id integer,
    year integer,
    spend_eur numeric(14,2)
);
COMMENT ON TABLE rpt_parts_spend IS 'REPORT: spare-part spend per site and year valued at catalogue LIST price (spare_parts.list_price_eur), not the price paid. Use part_issues with fx_rates.';
COMMENT ON COLUMN rpt_parts_spend.site_id IS 'Site.';
COMMENT ON COLUMN rpt_parts_spend.year IS 'Year.';
COMMENT ON COLUMN rpt_parts_spend.spend_eur IS 'Quantity x list price.';

CREATE TABLE rpt_fx_monthly_avg (
    month date,
    currency_code text,
    avg_eur_per_unit numeric(12,6)
);
COMMENT ON TABLE rpt_fx_monthly_avg IS 'REPORT: monthly average FX rates (for management reporting only; conversions use the daily fx_rates).';
COMMENT ON COLUMN rpt_fx_monthly_avg.month IS 'Month.';
COMMENT ON COLUMN rpt_fx_monthly_avg.currency_code IS 'Currency.';
COMMENT ON COLUMN rpt_fx_monthly_avg.avg_eur_per_unit IS 'Average of the daily rates.';

CREATE TABLE rpt_ppa_revenue (
    ppa_id integer,
    year integer,
    revenue_est numeric(14,2)
);
COMMENT ON TABLE rpt_ppa_revenue IS 'REPORT: estimated PPA revenue per contract and year at the price valid on 1 January of the year (ignores mid-year indexation). Informative only.';
COMMENT ON COLUMN rpt_ppa_revenue.ppa_id IS 'Contract.';
COMMENT ON COLUMN rpt_ppa_revenue.year IS 'Year.';
COMMENT ON COLUMN rpt_ppa_revenue.revenue_est IS 'Estimate in contract currency.';

CREATE TABLE rpt_site_kpi (
    site_id integer,
    kpi text,
    value numeric(14,4)
);
COMMENT ON TABLE rpt_site_kpi IS 'REPORT: one-page site KPI card for the board, figures as of 2024-12-31 (capacity factor of 2024 from settlement energy). Informative only.';
COMMENT ON COLUMN rpt_site_kpi.site_id IS 'Site.';
COMMENT ON COLUMN rpt_site_kpi.kpi IS 'KPI name.';
COMMENT ON COLUMN rpt_site_kpi.value IS 'Value.';

CREATE TABLE v_fx_latest (
    currency_code text,
    eur_per_unit numeric(12,6),
    rate_date date
);
COMMENT ON TABLE v_fx_latest IS 'SNAPSHOT: the latest rate per currency (as of 2025-06-30). Not for converting dated amounts: use fx_rates of the right day.';
COMMENT ON COLUMN v_fx_latest.currency_code IS 'Currency.';
COMMENT ON COLUMN v_fx_latest.eur_per_unit IS 'Latest rate.';
COMMENT ON COLUMN v_fx_latest.rate_date IS 'Day of the rate.';

CREATE TABLE v_ppa_current_price (
    ppa_id integer,
    contract_ref text,
    price_per_mwh numeric(8,2),
    currency_code text
);
COMMENT ON TABLE v_ppa_current_price IS 'SNAPSHOT (2025-06-30): current price of each PPA. Not valid for earlier dates: use ppa_price_history.';
COMMENT ON COLUMN v_ppa_current_price.ppa_id IS 'Contract.';
COMMENT ON COLUMN v_ppa_current_price.contract_ref IS 'Reference.';
COMMENT ON COLUMN v_ppa_current_price.price_per_mwh IS 'Price at the snapshot.';
COMMENT ON COLUMN v_ppa_current_price.currency_code IS 'Currency.';

CREATE TABLE v_open_work_orders (
    wo_id integer,
    wo_number text,
    turbine_id integer,
    opened_at_utc timestamptz
);
COMMENT ON TABLE v_open_work_orders IS 'SNAPSHOT (2025-05-01): work orders open on that day. Not live; use work_orders.';
COMMENT ON COLUMN v_open_work_orders.wo_id IS 'Order.';
COMMENT ON COLUMN v_open_work_orders.wo_number IS 'Number.';
COMMENT ON COLUMN v_open_work_orders.turbine_id IS 'Turbine.';
COMMENT ON COLUMN v_open_work_orders.opened_at_utc IS 'Opened.';

CREATE TABLE v_technician_current_grade (
    technician_id integer,
    employee_no text,
    grade_code text
);
COMMENT ON TABLE v_technician_current_grade IS 'SNAPSHOT (2025-06-30): each technician''s grade at the snapshot. For the grade on another date use technician_grade_history.';
COMMENT ON COLUMN v_technician_current_grade.technician_id IS 'Technician.';
COMMENT ON COLUMN v_technician_current_grade.employee_no IS 'Employee number.';
COMMENT ON COLUMN v_technician_current_grade.grade_code IS 'Grade at the snapshot.';

CREATE TABLE v_turbine_directory (
    turbine_code text,
    site_name text,
    country_code text,
    model_code text,
    rated_kw integer
);
COMMENT ON TABLE v_turbine_directory IS 'SNAPSHOT: flat directory of turbines with site and model names, for the intranet (2025-06-30). Same facts as turbines/sites/turbine_models.';
COMMENT ON COLUMN v_turbine_directory.turbine_code IS 'Current code.';
COMMENT ON COLUMN v_turbine_directory.site_name IS 'Site name.';
COMMENT ON COLUMN v_turbine_directory.country_code IS 'Country.';
COMMENT ON COLUMN v_turbine_directory.model_code IS 'Model.';
COMMENT ON COLUMN v_turbine_directory.rated_kw IS 'Rated kW.';

CREATE TABLE v_active_alarms (
    alarm_id integer,
    turbine_id integer,
    alarm_code text,
    raised_at_utc timestamptz
);
COMMENT ON TABLE v_active_alarms IS 'SNAPSHOT (2025-06-30 23:00 UTC): alarms not cleared at the snapshot. Not a history; use alarms.';
COMMENT ON COLUMN v_active_alarms.alarm_id IS 'Alarm.';
COMMENT ON COLUMN v_active_alarms.turbine_id IS 'Turbine.';
COMMENT ON COLUMN v_active_alarms.alarm_code IS 'Code.';
COMMENT ON COLUMN v_active_alarms.raised_at_utc IS 'Raised.';

CREATE TABLE v_work_orders_2024 (
    wo_id integer,
    wo_number text NOT NULL,
    turbine_id integer NOT NULL,
    wo_type text NOT NULL,
    alarm_id integer,
    priority integer NOT NULL,
    opened_at_utc timestamptz NOT NULL,
    closed_at_utc timestamptz,
    status text NOT NULL,
    deleted_at timestamptz
);
COMMENT ON TABLE v_work_orders_2024 IS 'SNAPSHOT (taken 2024-12-01): work orders of 2024 as they were on that day (later closures, cancellations and deletions are missing; December orders missing). Use work_orders.';
COMMENT ON COLUMN v_work_orders_2024.wo_id IS 'Surrogate key, unique across work_orders and archive_work_orders.';
COMMENT ON COLUMN v_work_orders_2024.wo_number IS 'Work order number ''WO-<yy>-<nnnnn>''.';
COMMENT ON COLUMN v_work_orders_2024.turbine_id IS 'Turbine worked on.';
COMMENT ON COLUMN v_work_orders_2024.wo_type IS 'Work order type.';
COMMENT ON COLUMN v_work_orders_2024.alarm_id IS 'Alarm that triggered a corrective order (alarms or archive_alarms); NULL otherwise.';
COMMENT ON COLUMN v_work_orders_2024.priority IS '1 = urgent, 2 = normal, 3 = low.';
COMMENT ON COLUMN v_work_orders_2024.opened_at_utc IS 'Moment the order was opened (UTC). The year of a work order is the UTC year of this column.';
COMMENT ON COLUMN v_work_orders_2024.closed_at_utc IS 'Moment the order was closed (UTC); NULL unless status = ''closed''.';
COMMENT ON COLUMN v_work_orders_2024.status IS '''open'', ''closed'' (work done) or ''cancelled'' (no work done).';
COMMENT ON COLUMN v_work_orders_2024.deleted_at IS 'Soft delete: set when the order was deleted as a duplicate or entered in error; such rows are not part of the record. NULL = valid row.';

CREATE TABLE v_site_capacity (
    site_id integer,
    installed_mw numeric(8,2)
);
COMMENT ON TABLE v_site_capacity IS 'SNAPSHOT: installed capacity per site in MW (2025-06-30).';
COMMENT ON COLUMN v_site_capacity.site_id IS 'Site.';
COMMENT ON COLUMN v_site_capacity.installed_mw IS 'Sum of rated power of the site''s turbines in MW.';

CREATE TABLE audit_work_orders (
    audit_id integer,
    wo_id integer,
    changed_at timestamptz,
    column_name text,
    old_value text,
    new_value text,
    changed_by text
);
COMMENT ON TABLE audit_work_orders IS 'AUDIT: change log of work_orders (who changed which column when). Not a record of orders.';
COMMENT ON COLUMN audit_work_orders.audit_id IS 'Key.';
COMMENT ON COLUMN audit_work_orders.wo_id IS 'Order.';
COMMENT ON COLUMN audit_work_orders.changed_at IS 'When.';
COMMENT ON COLUMN audit_work_orders.column_name IS 'Column changed.';
COMMENT ON COLUMN audit_work_orders.old_value IS 'Old value.';
COMMENT ON COLUMN audit_work_orders.new_value IS 'New value.';
COMMENT ON COLUMN audit_work_orders.changed_by IS 'User.';

CREATE TABLE audit_settlements (
    audit_id integer,
    settlement_id integer,
    imported_at timestamptz,
    file_name text
);
COMMENT ON TABLE audit_settlements IS 'AUDIT: import log of settlement files. Not a record of settlements.';
COMMENT ON COLUMN audit_settlements.audit_id IS 'Key.';
COMMENT ON COLUMN audit_settlements.settlement_id IS 'Settlement row.';
COMMENT ON COLUMN audit_settlements.imported_at IS 'When.';
COMMENT ON COLUMN audit_settlements.file_name IS 'File.';

CREATE TABLE audit_grade_changes (
    audit_id integer,
    technician_id integer,
    approved_on date,
    new_grade_code text
);
COMMENT ON TABLE audit_grade_changes IS 'AUDIT: HR approvals of grade changes (approval date, not the effective date). Effective periods are in technician_grade_history.';
COMMENT ON COLUMN audit_grade_changes.audit_id IS 'Key.';
COMMENT ON COLUMN audit_grade_changes.technician_id IS 'Technician.';
COMMENT ON COLUMN audit_grade_changes.approved_on IS 'Approval day.';
COMMENT ON COLUMN audit_grade_changes.new_grade_code IS 'Grade approved.';

CREATE TABLE met_mast_rkb (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_rkb IS 'SIDE SYSTEM: met-mast sample readings at site RKB (Ringkøbing Fjord) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_rkb.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_rkb.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_rkb.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_rkb.direction_deg IS 'Direction.';

CREATE TABLE met_mast_nsv (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_nsv IS 'SIDE SYSTEM: met-mast sample readings at site NSV (Nordsø Vest) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_nsv.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_nsv.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_nsv.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_nsv.direction_deg IS 'Direction.';

CREATE TABLE met_mast_uck (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_uck IS 'SIDE SYSTEM: met-mast sample readings at site UCK (Uckermark Höhe) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_uck.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_uck.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_uck.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_uck.direction_deg IS 'Direction.';

CREATE TABLE met_mast_ark (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_ark IS 'SIDE SYSTEM: met-mast sample readings at site ARK (Arkona Becken Süd) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_ark.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_ark.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_ark.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_ark.direction_deg IS 'Direction.';

CREATE TABLE met_mast_slu (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_slu IS 'SIDE SYSTEM: met-mast sample readings at site SLU (Słupsk Pomorze) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_slu.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_slu.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_slu.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_slu.direction_deg IS 'Direction.';

CREATE TABLE met_mast_mry (
    reading_at timestamptz,
    height_m integer,
    wind_ms numeric(5,2),
    direction_deg integer
);
COMMENT ON TABLE met_mast_mry IS 'SIDE SYSTEM: met-mast sample readings at site MRY (Moray Firth East) for resource assessment (a few spot readings; not SCADA, not used for energy or availability).';
COMMENT ON COLUMN met_mast_mry.reading_at IS 'Moment (UTC).';
COMMENT ON COLUMN met_mast_mry.height_m IS 'Sensor height.';
COMMENT ON COLUMN met_mast_mry.wind_ms IS 'Wind speed.';
COMMENT ON COLUMN met_mast_mry.direction_deg IS 'Direction.';

CREATE TABLE cms_vibration_2024 (
    turbine_id integer,
    measured_at timestamptz,
    sensor text,
    rms_mm_s numeric(6,2)
);
COMMENT ON TABLE cms_vibration_2024 IS 'SIDE SYSTEM: condition-monitoring vibration exceedances of 2024 (drive-train CMS vendor feed). Not alarms; not part of the alarm record.';
COMMENT ON COLUMN cms_vibration_2024.turbine_id IS 'Turbine.';
COMMENT ON COLUMN cms_vibration_2024.measured_at IS 'Moment (UTC).';
COMMENT ON COLUMN cms_vibration_2024.sensor IS 'Sensor position.';
COMMENT ON COLUMN cms_vibration_2024.rms_mm_s IS 'RMS velocity.';

CREATE TABLE cms_vibration_2025 (
    turbine_id integer,
    measured_at timestamptz,
    sensor text,
    rms_mm_s numeric(6,2)
);
COMMENT ON TABLE cms_vibration_2025 IS 'SIDE SYSTEM: condition-monitoring vibration exceedances of 2025 (drive-train CMS vendor feed). Not alarms; not part of the alarm record.';
COMMENT ON COLUMN cms_vibration_2025.turbine_id IS 'Turbine.';
COMMENT ON COLUMN cms_vibration_2025.measured_at IS 'Moment (UTC).';
COMMENT ON COLUMN cms_vibration_2025.sensor IS 'Sensor position.';
COMMENT ON COLUMN cms_vibration_2025.rms_mm_s IS 'RMS velocity.';

CREATE TABLE ctv_vessels (
    id integer,
    vessel_name text,
    operator text,
    max_hs_m numeric(4,2)
);
COMMENT ON TABLE ctv_vessels IS 'SIDE SYSTEM: crew transfer vessels chartered for offshore access. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN ctv_vessels.id IS 'Key.';
COMMENT ON COLUMN ctv_vessels.vessel_name IS 'Vessel name.';
COMMENT ON COLUMN ctv_vessels.operator IS 'Operator.';
COMMENT ON COLUMN ctv_vessels.max_hs_m IS 'Max hs m.';

CREATE TABLE ctv_transfers (
    id integer,
    transfer_at timestamptz,
    vessel_name text,
    persons integer
);
COMMENT ON TABLE ctv_transfers IS 'SIDE SYSTEM: crew transfers by vessel (logistics log). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN ctv_transfers.id IS 'Key.';
COMMENT ON COLUMN ctv_transfers.transfer_at IS 'Transfer at.';
COMMENT ON COLUMN ctv_transfers.vessel_name IS 'Vessel name.';
COMMENT ON COLUMN ctv_transfers.persons IS 'Persons.';

CREATE TABLE helicopter_flights (
    id integer,
    flight_at timestamptz,
    site_code text,
    persons integer
);
COMMENT ON TABLE helicopter_flights IS 'SIDE SYSTEM: helicopter hoist flights to offshore turbines. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN helicopter_flights.id IS 'Key.';
COMMENT ON COLUMN helicopter_flights.flight_at IS 'Flight at.';
COMMENT ON COLUMN helicopter_flights.site_code IS 'Site code.';
COMMENT ON COLUMN helicopter_flights.persons IS 'Persons.';

CREATE TABLE weather_forecasts (
    id integer,
    forecast_for date,
    site_code text,
    wind_ms numeric(5,2)
);
COMMENT ON TABLE weather_forecasts IS 'SIDE SYSTEM: day-ahead weather forecasts from the met provider. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN weather_forecasts.id IS 'Key.';
COMMENT ON COLUMN weather_forecasts.forecast_for IS 'Forecast for.';
COMMENT ON COLUMN weather_forecasts.site_code IS 'Site code.';
COMMENT ON COLUMN weather_forecasts.wind_ms IS 'Wind ms.';

CREATE TABLE sea_state_obs (
    id integer,
    observed_at timestamptz,
    site_code text,
    hs_m numeric(4,2)
);
COMMENT ON TABLE sea_state_obs IS 'SIDE SYSTEM: wave buoy observations. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN sea_state_obs.id IS 'Key.';
COMMENT ON COLUMN sea_state_obs.observed_at IS 'Observed at.';
COMMENT ON COLUMN sea_state_obs.site_code IS 'Site code.';
COMMENT ON COLUMN sea_state_obs.hs_m IS 'Hs m.';

CREATE TABLE land_leases (
    id integer,
    landowner text,
    site_code text,
    annual_rent numeric(10,2)
);
COMMENT ON TABLE land_leases IS 'SIDE SYSTEM: land lease contracts of onshore turbines. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN land_leases.id IS 'Key.';
COMMENT ON COLUMN land_leases.landowner IS 'Landowner.';
COMMENT ON COLUMN land_leases.site_code IS 'Site code.';
COMMENT ON COLUMN land_leases.annual_rent IS 'Annual rent.';

CREATE TABLE lease_payments (
    id integer,
    paid_on date,
    landowner text,
    amount numeric(10,2)
);
COMMENT ON TABLE lease_payments IS 'SIDE SYSTEM: lease payments to landowners (finance sub-ledger). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN lease_payments.id IS 'Key.';
COMMENT ON COLUMN lease_payments.paid_on IS 'Paid on.';
COMMENT ON COLUMN lease_payments.landowner IS 'Landowner.';
COMMENT ON COLUMN lease_payments.amount IS 'Amount.';

CREATE TABLE noise_complaints (
    id integer,
    received_on date,
    site_code text,
    summary text
);
COMMENT ON TABLE noise_complaints IS 'SIDE SYSTEM: neighbour noise complaints. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN noise_complaints.id IS 'Key.';
COMMENT ON COLUMN noise_complaints.received_on IS 'Received on.';
COMMENT ON COLUMN noise_complaints.site_code IS 'Site code.';
COMMENT ON COLUMN noise_complaints.summary IS 'Summary.';

CREATE TABLE bird_survey_counts (
    id integer,
    survey_on date,
    site_code text,
    species text,
    count integer
);
COMMENT ON TABLE bird_survey_counts IS 'SIDE SYSTEM: ornithology survey counts. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN bird_survey_counts.id IS 'Key.';
COMMENT ON COLUMN bird_survey_counts.survey_on IS 'Survey on.';
COMMENT ON COLUMN bird_survey_counts.site_code IS 'Site code.';
COMMENT ON COLUMN bird_survey_counts.species IS 'Species.';
COMMENT ON COLUMN bird_survey_counts.count IS 'Count.';

CREATE TABLE drone_inspections (
    id integer,
    flown_on date,
    turbine_code text,
    findings integer
);
COMMENT ON TABLE drone_inspections IS 'SIDE SYSTEM: drone blade-image inspections (images stored elsewhere). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN drone_inspections.id IS 'Key.';
COMMENT ON COLUMN drone_inspections.flown_on IS 'Flown on.';
COMMENT ON COLUMN drone_inspections.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN drone_inspections.findings IS 'Findings.';

CREATE TABLE safety_incidents (
    id integer,
    occurred_on date,
    site_code text,
    severity text
);
COMMENT ON TABLE safety_incidents IS 'SIDE SYSTEM: HSE incident register. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN safety_incidents.id IS 'Key.';
COMMENT ON COLUMN safety_incidents.occurred_on IS 'Occurred on.';
COMMENT ON COLUMN safety_incidents.site_code IS 'Site code.';
COMMENT ON COLUMN safety_incidents.severity IS 'Severity.';

CREATE TABLE training_courses (
    id integer,
    course_code text,
    title text,
    valid_years integer
);
COMMENT ON TABLE training_courses IS 'SIDE SYSTEM: training course catalogue (GWO modules). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN training_courses.id IS 'Key.';
COMMENT ON COLUMN training_courses.course_code IS 'Course code.';
COMMENT ON COLUMN training_courses.title IS 'Title.';
COMMENT ON COLUMN training_courses.valid_years IS 'Valid years.';

CREATE TABLE training_records (
    id integer,
    employee_no text,
    course_code text,
    valid_until date
);
COMMENT ON TABLE training_records IS 'SIDE SYSTEM: technicians'' training certificates. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN training_records.id IS 'Key.';
COMMENT ON COLUMN training_records.employee_no IS 'Employee no.';
COMMENT ON COLUMN training_records.course_code IS 'Course code.';
COMMENT ON COLUMN training_records.valid_until IS 'Valid until.';

CREATE TABLE ppe_issues (
    id integer,
    employee_no text,
    item text,
    issued_on date
);
COMMENT ON TABLE ppe_issues IS 'SIDE SYSTEM: personal protective equipment handed out. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN ppe_issues.id IS 'Key.';
COMMENT ON COLUMN ppe_issues.employee_no IS 'Employee no.';
COMMENT ON COLUMN ppe_issues.item IS 'Item.';
COMMENT ON COLUMN ppe_issues.issued_on IS 'Issued on.';

CREATE TABLE warehouses (
    id integer,
    warehouse_code text,
    city text,
    site_code text
);
COMMENT ON TABLE warehouses IS 'SIDE SYSTEM: spare-part warehouses. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN warehouses.id IS 'Key.';
COMMENT ON COLUMN warehouses.warehouse_code IS 'Warehouse code.';
COMMENT ON COLUMN warehouses.city IS 'City.';
COMMENT ON COLUMN warehouses.site_code IS 'Site code.';

CREATE TABLE stock_levels (
    id integer,
    warehouse_code text,
    part_no text,
    on_hand integer
);
COMMENT ON TABLE stock_levels IS 'SIDE SYSTEM: warehouse stock snapshot (inventory system). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN stock_levels.id IS 'Key.';
COMMENT ON COLUMN stock_levels.warehouse_code IS 'Warehouse code.';
COMMENT ON COLUMN stock_levels.part_no IS 'Part no.';
COMMENT ON COLUMN stock_levels.on_hand IS 'On hand.';

CREATE TABLE suppliers (
    id integer,
    supplier_name text,
    country_code text,
    lead_time_days integer
);
COMMENT ON TABLE suppliers IS 'SIDE SYSTEM: spare-part suppliers. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN suppliers.id IS 'Key.';
COMMENT ON COLUMN suppliers.supplier_name IS 'Supplier name.';
COMMENT ON COLUMN suppliers.country_code IS 'Country code.';
COMMENT ON COLUMN suppliers.lead_time_days IS 'Lead time days.';

CREATE TABLE purchase_orders (
    id integer,
    po_number text,
    supplier_name text,
    ordered_on date
);
COMMENT ON TABLE purchase_orders IS 'SIDE SYSTEM: purchase orders to suppliers (procurement system; not the cost of parts issued). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN purchase_orders.id IS 'Key.';
COMMENT ON COLUMN purchase_orders.po_number IS 'Po number.';
COMMENT ON COLUMN purchase_orders.supplier_name IS 'Supplier name.';
COMMENT ON COLUMN purchase_orders.ordered_on IS 'Ordered on.';

CREATE TABLE insurance_policies (
    id integer,
    policy_no text,
    site_code text,
    premium_eur numeric(12,2)
);
COMMENT ON TABLE insurance_policies IS 'SIDE SYSTEM: insurance policies per site. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN insurance_policies.id IS 'Key.';
COMMENT ON COLUMN insurance_policies.policy_no IS 'Policy no.';
COMMENT ON COLUMN insurance_policies.site_code IS 'Site code.';
COMMENT ON COLUMN insurance_policies.premium_eur IS 'Premium eur.';

CREATE TABLE insurance_claims (
    id integer,
    claim_no text,
    policy_no text,
    claimed_eur numeric(12,2)
);
COMMENT ON TABLE insurance_claims IS 'SIDE SYSTEM: insurance claims. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN insurance_claims.id IS 'Key.';
COMMENT ON COLUMN insurance_claims.claim_no IS 'Claim no.';
COMMENT ON COLUMN insurance_claims.policy_no IS 'Policy no.';
COMMENT ON COLUMN insurance_claims.claimed_eur IS 'Claimed eur.';

CREATE TABLE substations (
    id integer,
    substation_name text,
    site_code text,
    mva integer
);
COMMENT ON TABLE substations IS 'SIDE SYSTEM: site substations and transformers. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN substations.id IS 'Key.';
COMMENT ON COLUMN substations.substation_name IS 'Substation name.';
COMMENT ON COLUMN substations.site_code IS 'Site code.';
COMMENT ON COLUMN substations.mva IS 'Mva.';

CREATE TABLE export_cables (
    id integer,
    cable_id text,
    site_code text,
    length_km numeric(6,2)
);
COMMENT ON TABLE export_cables IS 'SIDE SYSTEM: export and array cables. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN export_cables.id IS 'Key.';
COMMENT ON COLUMN export_cables.cable_id IS 'Cable id.';
COMMENT ON COLUMN export_cables.site_code IS 'Site code.';
COMMENT ON COLUMN export_cables.length_km IS 'Length km.';

CREATE TABLE community_fund_grants (
    id integer,
    granted_on date,
    site_code text,
    amount numeric(10,2)
);
COMMENT ON TABLE community_fund_grants IS 'SIDE SYSTEM: community benefit fund grants. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN community_fund_grants.id IS 'Key.';
COMMENT ON COLUMN community_fund_grants.granted_on IS 'Granted on.';
COMMENT ON COLUMN community_fund_grants.site_code IS 'Site code.';
COMMENT ON COLUMN community_fund_grants.amount IS 'Amount.';

CREATE TABLE tool_calibrations (
    id integer,
    tool_serial text,
    calibrated_on date,
    passed boolean
);
COMMENT ON TABLE tool_calibrations IS 'SIDE SYSTEM: torque tool calibration register. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN tool_calibrations.id IS 'Key.';
COMMENT ON COLUMN tool_calibrations.tool_serial IS 'Tool serial.';
COMMENT ON COLUMN tool_calibrations.calibrated_on IS 'Calibrated on.';
COMMENT ON COLUMN tool_calibrations.passed IS 'Passed.';

CREATE TABLE crane_bookings (
    id integer,
    booked_for date,
    turbine_code text,
    crane_t integer
);
COMMENT ON TABLE crane_bookings IS 'SIDE SYSTEM: mobile crane bookings for main-component exchanges. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN crane_bookings.id IS 'Key.';
COMMENT ON COLUMN crane_bookings.booked_for IS 'Booked for.';
COMMENT ON COLUMN crane_bookings.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN crane_bookings.crane_t IS 'Crane t.';

CREATE TABLE service_contracts (
    id integer,
    contract_no text,
    site_code text,
    ends_on date
);
COMMENT ON TABLE service_contracts IS 'SIDE SYSTEM: OEM service agreements. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN service_contracts.id IS 'Key.';
COMMENT ON COLUMN service_contracts.contract_no IS 'Contract no.';
COMMENT ON COLUMN service_contracts.site_code IS 'Site code.';
COMMENT ON COLUMN service_contracts.ends_on IS 'Ends on.';

CREATE TABLE warranty_claims (
    id integer,
    claim_no text,
    turbine_code text,
    filed_on date
);
COMMENT ON TABLE warranty_claims IS 'SIDE SYSTEM: warranty claims against the OEM. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN warranty_claims.id IS 'Key.';
COMMENT ON COLUMN warranty_claims.claim_no IS 'Claim no.';
COMMENT ON COLUMN warranty_claims.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN warranty_claims.filed_on IS 'Filed on.';

CREATE TABLE oil_samples (
    id integer,
    sampled_on date,
    turbine_code text,
    iron_ppm integer
);
COMMENT ON TABLE oil_samples IS 'SIDE SYSTEM: gearbox oil laboratory samples. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN oil_samples.id IS 'Key.';
COMMENT ON COLUMN oil_samples.sampled_on IS 'Sampled on.';
COMMENT ON COLUMN oil_samples.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN oil_samples.iron_ppm IS 'Iron ppm.';

CREATE TABLE lightning_strikes (
    id integer,
    strike_at timestamptz,
    turbine_code text,
    peak_ka numeric(6,1)
);
COMMENT ON TABLE lightning_strikes IS 'SIDE SYSTEM: lightning detection system events. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN lightning_strikes.id IS 'Key.';
COMMENT ON COLUMN lightning_strikes.strike_at IS 'Strike at.';
COMMENT ON COLUMN lightning_strikes.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN lightning_strikes.peak_ka IS 'Peak ka.';

CREATE TABLE shadow_flicker_calendar (
    id integer,
    calendar_day date,
    turbine_code text,
    minutes integer
);
COMMENT ON TABLE shadow_flicker_calendar IS 'SIDE SYSTEM: shadow-flicker shutdown calendar (planned, not executed curtailments). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN shadow_flicker_calendar.id IS 'Key.';
COMMENT ON COLUMN shadow_flicker_calendar.calendar_day IS 'Calendar day.';
COMMENT ON COLUMN shadow_flicker_calendar.turbine_code IS 'Turbine code.';
COMMENT ON COLUMN shadow_flicker_calendar.minutes IS 'Minutes.';

CREATE TABLE day_ahead_prices (
    id integer,
    price_date date,
    bidding_zone text,
    price_eur_mwh numeric(8,2)
);
COMMENT ON TABLE day_ahead_prices IS 'SIDE SYSTEM: day-ahead market prices per bidding zone (market data feed; not settlement prices). Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN day_ahead_prices.id IS 'Key.';
COMMENT ON COLUMN day_ahead_prices.price_date IS 'Price date.';
COMMENT ON COLUMN day_ahead_prices.bidding_zone IS 'Bidding zone.';
COMMENT ON COLUMN day_ahead_prices.price_eur_mwh IS 'Price eur mwh.';

CREATE TABLE balancing_costs (
    id integer,
    month date,
    site_code text,
    cost_eur numeric(12,2)
);
COMMENT ON TABLE balancing_costs IS 'SIDE SYSTEM: balancing cost invoices from the balance responsible party. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN balancing_costs.id IS 'Key.';
COMMENT ON COLUMN balancing_costs.month IS 'Month.';
COMMENT ON COLUMN balancing_costs.site_code IS 'Site code.';
COMMENT ON COLUMN balancing_costs.cost_eur IS 'Cost eur.';

CREATE TABLE permits (
    id integer,
    permit_no text,
    site_code text,
    expires_on date
);
COMMENT ON TABLE permits IS 'SIDE SYSTEM: planning and environmental permits. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN permits.id IS 'Key.';
COMMENT ON COLUMN permits.permit_no IS 'Permit no.';
COMMENT ON COLUMN permits.site_code IS 'Site code.';
COMMENT ON COLUMN permits.expires_on IS 'Expires on.';

CREATE TABLE site_visits (
    id integer,
    visited_on date,
    site_code text,
    visitor text
);
COMMENT ON TABLE site_visits IS 'SIDE SYSTEM: visitor log at site offices. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN site_visits.id IS 'Key.';
COMMENT ON COLUMN site_visits.visited_on IS 'Visited on.';
COMMENT ON COLUMN site_visits.site_code IS 'Site code.';
COMMENT ON COLUMN site_visits.visitor IS 'Visitor.';

CREATE TABLE etl_job_runs (
    id integer,
    job_name text,
    started_at timestamptz,
    ok boolean
);
COMMENT ON TABLE etl_job_runs IS 'SIDE SYSTEM: ETL job run log of the data warehouse. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN etl_job_runs.id IS 'Key.';
COMMENT ON COLUMN etl_job_runs.job_name IS 'Job name.';
COMMENT ON COLUMN etl_job_runs.started_at IS 'Started at.';
COMMENT ON COLUMN etl_job_runs.ok IS 'Ok.';

CREATE TABLE report_refresh_log (
    id integer,
    report_name text,
    refreshed_at timestamptz,
    rows_written integer
);
COMMENT ON TABLE report_refresh_log IS 'SIDE SYSTEM: refresh log of the rpt_* tables. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN report_refresh_log.id IS 'Key.';
COMMENT ON COLUMN report_refresh_log.report_name IS 'Report name.';
COMMENT ON COLUMN report_refresh_log.refreshed_at IS 'Refreshed at.';
COMMENT ON COLUMN report_refresh_log.rows_written IS 'Rows written.';

CREATE TABLE scada_tag_catalogue (
    id integer,
    tag text,
    unit text,
    description text
);
COMMENT ON TABLE scada_tag_catalogue IS 'SIDE SYSTEM: SCADA signal tag names of the controllers. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN scada_tag_catalogue.id IS 'Key.';
COMMENT ON COLUMN scada_tag_catalogue.tag IS 'Tag.';
COMMENT ON COLUMN scada_tag_catalogue.unit IS 'Unit.';
COMMENT ON COLUMN scada_tag_catalogue.description IS 'Description.';

CREATE TABLE noise_modes (
    id integer,
    mode_code text,
    model_code text,
    max_kw integer
);
COMMENT ON TABLE noise_modes IS 'SIDE SYSTEM: turbine noise-reduced operating modes. Not part of the SCADA, alarm, maintenance, curtailment, settlement or PPA record used for O&M questions.';
COMMENT ON COLUMN noise_modes.id IS 'Key.';
COMMENT ON COLUMN noise_modes.mode_code IS 'Mode code.';
COMMENT ON COLUMN noise_modes.model_code IS 'Model code.';
COMMENT ON COLUMN noise_modes.max_kw IS 'Max kw.';
