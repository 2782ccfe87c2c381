-- ferry_ops: operations database of a regional ferry and port operator (schema-scale pilot).
-- DDL only; rows come from generate.py. Written by bench/pilots/scale/build_schema.py from generate.TABLES.

CREATE TABLE regions (
    region_code text PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE regions IS 'Lookup: the three operating regions of the route network. region_code is used by routes, ports and the per-region partitions boarding_counts_<region>_<year>.';
COMMENT ON COLUMN regions.region_code IS 'Region code: ''north'', ''south'' or ''east''.';
COMMENT ON COLUMN regions.name IS 'Descriptive name of the sea area.';

CREATE TABLE countries (
    country_code char(2) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE countries IS 'Lookup: ISO 3166-1 alpha-2 countries used in ports, customers and vessel flags.';
COMMENT ON COLUMN countries.country_code IS 'ISO 3166-1 alpha-2 code.';
COMMENT ON COLUMN countries.name IS 'English country name.';

CREATE TABLE currencies (
    currency_code char(3) PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE currencies IS 'Lookup: currencies in which bookings, fees, bunkering and maintenance are billed. Convert to EUR with fx_rates (the only authoritative rate table).';
COMMENT ON COLUMN currencies.currency_code IS 'ISO 4217 code: ''EUR'', ''NOK'', ''DKK'', ''SEK'', ''PLN''.';
COMMENT ON COLUMN currencies.name IS 'Currency name.';

CREATE TABLE fx_rates (
    rate_date date NOT NULL,
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    eur_per_unit numeric(12,6) NOT NULL CHECK (eur_per_unit > 0),
    PRIMARY KEY (rate_date, currency_code)
);
COMMENT ON TABLE fx_rates IS 'AUTHORITATIVE daily exchange rates, one row per calendar day (no gaps, weekends included) and currency from 2021-01-01 to 2025-06-30, EUR included with rate 1. To convert an amount in currency X on day D to EUR multiply by eur_per_unit of (D, X). Other rate tables (staging_fx_rates, v_fx_latest, rpt_fx_monthly_avg) are not to be used for conversions.';
COMMENT ON COLUMN fx_rates.rate_date IS 'Calendar day the rate applies to (the whole UTC day).';
COMMENT ON COLUMN fx_rates.currency_code IS 'Currency converted.';
COMMENT ON COLUMN fx_rates.eur_per_unit IS 'Euros per one unit of the currency on that day (EUR: 1.000000).';

CREATE TABLE fiscal_periods (
    fiscal_year integer NOT NULL,
    fiscal_quarter integer NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4),
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    PRIMARY KEY (fiscal_year, fiscal_quarter)
);
COMMENT ON TABLE fiscal_periods IS 'AUTHORITATIVE fiscal calendar. The fiscal year runs 1 April to 31 March and is named after the calendar year in which it ENDS: fiscal year 2025 = 2024-04-01 .. 2025-03-31. One row per fiscal quarter.';
COMMENT ON COLUMN fiscal_periods.fiscal_year IS 'Fiscal year (named after the calendar year in which it ends).';
COMMENT ON COLUMN fiscal_periods.fiscal_quarter IS 'Quarter 1..4 (Q1 = April-June).';
COMMENT ON COLUMN fiscal_periods.starts_on IS 'First day of the quarter (inclusive).';
COMMENT ON COLUMN fiscal_periods.ends_on IS 'Last day of the quarter (inclusive).';

CREATE TABLE ports (
    port_id integer PRIMARY KEY,
    port_code char(5) NOT NULL UNIQUE,
    name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    region_code text NOT NULL REFERENCES regions (region_code),
    tz_name text NOT NULL
);
COMMENT ON TABLE ports IS 'AUTHORITATIVE ports served. Local wall-clock times at a port follow its time zone (EU daylight saving time applies).';
COMMENT ON COLUMN ports.port_id IS 'Surrogate key.';
COMMENT ON COLUMN ports.port_code IS 'UN/LOCODE, e.g. ''NOOSL'', ''DEKEL''.';
COMMENT ON COLUMN ports.name IS 'Port name in local spelling (e.g. ''Göteborg'', ''Świnoujście'').';
COMMENT ON COLUMN ports.country_code IS 'Country of the port.';
COMMENT ON COLUMN ports.region_code IS 'Operating region of the port.';
COMMENT ON COLUMN ports.tz_name IS 'IANA time zone of the port, e.g. ''Europe/Oslo'' (UTC+1, +2 in summer) or ''Europe/Helsinki'' (UTC+2, +3 in summer).';

CREATE TABLE routes (
    route_id integer PRIMARY KEY,
    route_code text NOT NULL UNIQUE,
    origin_port_id integer NOT NULL REFERENCES ports (port_id),
    destination_port_id integer NOT NULL REFERENCES ports (port_id),
    region_code text NOT NULL REFERENCES regions (region_code),
    distance_nm integer NOT NULL,
    crossing_minutes integer NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE routes IS 'AUTHORITATIVE routes (one direction each) with their CURRENT route codes. The old system used other codes (see legacy_route_code_map). A route belongs to exactly one region.';
COMMENT ON COLUMN routes.route_id IS 'Surrogate key.';
COMMENT ON COLUMN routes.route_code IS 'Current route code ''<origin>-<destination>'', e.g. ''GOT-KEL''.';
COMMENT ON COLUMN routes.origin_port_id IS 'Departure port.';
COMMENT ON COLUMN routes.destination_port_id IS 'Arrival port.';
COMMENT ON COLUMN routes.region_code IS 'Region the route belongs to (decides the boarding_counts partition).';
COMMENT ON COLUMN routes.distance_nm IS 'Sailing distance in nautical miles.';
COMMENT ON COLUMN routes.crossing_minutes IS 'Scheduled crossing time in minutes.';
COMMENT ON COLUMN routes.opened_on IS 'Date of the first sailing on the route.';

CREATE TABLE vessel_types (
    vessel_type text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE vessel_types IS 'Lookup of vessel types.';
COMMENT ON COLUMN vessel_types.vessel_type IS '''ropax'' (passenger + vehicle ferry) or ''hsc'' (high-speed craft).';
COMMENT ON COLUMN vessel_types.description IS 'Description.';

CREATE TABLE vessels (
    vessel_id integer PRIMARY KEY,
    imo_number integer NOT NULL UNIQUE,
    name text NOT NULL,
    vessel_type text NOT NULL REFERENCES vessel_types (vessel_type),
    pax_capacity integer NOT NULL,
    car_capacity integer NOT NULL,
    lane_metres integer NOT NULL,
    built_year integer NOT NULL,
    flag_country char(2) NOT NULL REFERENCES countries (country_code),
    is_active boolean NOT NULL
);
COMMENT ON TABLE vessels IS 'AUTHORITATIVE fleet. name is the CURRENT name only; the name a vessel carried at a given date is in vessel_name_history.';
COMMENT ON COLUMN vessels.vessel_id IS 'Surrogate key.';
COMMENT ON COLUMN vessels.imo_number IS 'IMO ship identification number.';
COMMENT ON COLUMN vessels.name IS 'Current name of the vessel.';
COMMENT ON COLUMN vessels.vessel_type IS 'Vessel type.';
COMMENT ON COLUMN vessels.pax_capacity IS 'Certified maximum number of passengers (persons).';
COMMENT ON COLUMN vessels.car_capacity IS 'Vehicle deck capacity in car-equivalent units.';
COMMENT ON COLUMN vessels.lane_metres IS 'Freight lane metres.';
COMMENT ON COLUMN vessels.built_year IS 'Year of delivery from the yard.';
COMMENT ON COLUMN vessels.flag_country IS 'Flag state.';
COMMENT ON COLUMN vessels.is_active IS 'true while the vessel is in the fleet.';

CREATE TABLE vessel_name_history (
    vessel_id integer NOT NULL REFERENCES vessels (vessel_id),
    name text NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (vessel_id, valid_from)
);
COMMENT ON TABLE vessel_name_history IS 'AUTHORITATIVE history of vessel names: one row per name period, valid_from inclusive, valid_to exclusive, valid_to NULL for the current name. Every vessel has rows covering its whole service life.';
COMMENT ON COLUMN vessel_name_history.vessel_id IS 'The vessel.';
COMMENT ON COLUMN vessel_name_history.name IS 'Name carried in the period.';
COMMENT ON COLUMN vessel_name_history.valid_from IS 'First day the name was carried (inclusive).';
COMMENT ON COLUMN vessel_name_history.valid_to IS 'First day the name was no longer carried (exclusive); NULL = still current.';

CREATE TABLE cancel_reasons (
    reason_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE cancel_reasons IS 'Lookup of sailing cancellation reason codes used in sailings.cancel_reason_code (and the archive).';
COMMENT ON COLUMN cancel_reasons.reason_code IS '''WX'' weather, ''TECH'' technical, ''CREW'' crew shortage, ''PORT'' port closed, ''LOW'' commercial.';
COMMENT ON COLUMN cancel_reasons.description IS 'Meaning of the code.';

CREATE TABLE sailings (
    sailing_id integer PRIMARY KEY,
    sailing_code text NOT NULL UNIQUE,
    route_id integer NOT NULL REFERENCES routes (route_id),
    vessel_id integer NOT NULL REFERENCES vessels (vessel_id),
    scheduled_departure_utc timestamptz NOT NULL,
    scheduled_departure_local timestamp NOT NULL,
    actual_departure_utc timestamptz,
    actual_arrival_utc timestamptz,
    status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    cancel_reason_code text REFERENCES cancel_reasons (reason_code),
    CHECK ((status = 'cancelled') = (cancel_reason_code IS NOT NULL))
);
COMMENT ON TABLE sailings IS 'AUTHORITATIVE sailings with scheduled departure on or after 2023-01-01 00:00 UTC. Sailings departing before that cutoff were moved to archive_sailings (same columns); a question spanning the cutoff needs both tables. Sailings of 2021 and earlier exist only in the legacy system (legacy_departures).';
COMMENT ON COLUMN sailings.sailing_id IS 'Surrogate key, unique across sailings and archive_sailings.';
COMMENT ON COLUMN sailings.sailing_code IS 'Code ''<route_code>-<local departure date YYYYMMDD>-<local time HHMM>''.';
COMMENT ON COLUMN sailings.route_id IS 'Route sailed.';
COMMENT ON COLUMN sailings.vessel_id IS 'Vessel operating the sailing.';
COMMENT ON COLUMN sailings.scheduled_departure_utc IS 'Scheduled departure moment (UTC). Calendar years/months/fiscal periods of a sailing are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN sailings.scheduled_departure_local IS 'Scheduled departure as wall-clock time at the ORIGIN port (its time zone, daylight saving applied).';
COMMENT ON COLUMN sailings.actual_departure_utc IS 'Actual departure (UTC); NULL when not (yet) departed or cancelled.';
COMMENT ON COLUMN sailings.actual_arrival_utc IS 'Actual arrival (UTC); NULL when not (yet) arrived or cancelled.';
COMMENT ON COLUMN sailings.status IS '''completed'' (sailed), ''cancelled'', or ''scheduled'' (departure after the extract moment 2025-07-01 00:00 UTC).';
COMMENT ON COLUMN sailings.cancel_reason_code IS 'Reason of a cancellation; NULL unless status = ''cancelled''.';

CREATE TABLE archive_sailings (
    sailing_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    route_id integer NOT NULL,
    vessel_id integer NOT NULL,
    scheduled_departure_utc timestamptz NOT NULL,
    scheduled_departure_local timestamp NOT NULL,
    actual_departure_utc timestamptz,
    actual_arrival_utc timestamptz,
    status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    cancel_reason_code text,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_sailings IS 'ARCHIVE of sailings whose scheduled departure is before 2023-01-01 00:00 UTC (moved out of sailings on 2023-02-01; calendar 2022). Same meaning of columns as sailings, plus archived_at. Together with sailings it is the complete sailing record from 2022-01-01.';
COMMENT ON COLUMN archive_sailings.sailing_id IS 'Surrogate key, unique across sailings and archive_sailings.';
COMMENT ON COLUMN archive_sailings.sailing_code IS 'Code ''<route_code>-<local departure date YYYYMMDD>-<local time HHMM>''. Unlike in sailings, the code is not guaranteed unique here (the archive has no UNIQUE constraint): two archived sailings of one route with the same local departure time can share a code; sailing_id identifies a sailing.';
COMMENT ON COLUMN archive_sailings.route_id IS 'Route sailed.';
COMMENT ON COLUMN archive_sailings.vessel_id IS 'Vessel operating the sailing.';
COMMENT ON COLUMN archive_sailings.scheduled_departure_utc IS 'Scheduled departure moment (UTC). Calendar years/months/fiscal periods of a sailing are taken from the UTC date of this column unless a question says local.';
COMMENT ON COLUMN archive_sailings.scheduled_departure_local IS 'Scheduled departure as wall-clock time at the ORIGIN port (its time zone, daylight saving applied).';
COMMENT ON COLUMN archive_sailings.actual_departure_utc IS 'Actual departure (UTC); NULL when not (yet) departed or cancelled.';
COMMENT ON COLUMN archive_sailings.actual_arrival_utc IS 'Actual arrival (UTC); NULL when not (yet) arrived or cancelled.';
COMMENT ON COLUMN archive_sailings.status IS '''completed'' (sailed), ''cancelled'', or ''scheduled'' (departure after the extract moment 2025-07-01 00:00 UTC).';
COMMENT ON COLUMN archive_sailings.cancel_reason_code IS 'Reason of a cancellation; NULL unless status = ''cancelled''.';
COMMENT ON COLUMN archive_sailings.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    customer_no text NOT NULL UNIQUE,
    full_name text NOT NULL,
    country_code char(2) NOT NULL REFERENCES countries (country_code),
    customer_type text NOT NULL CHECK (customer_type IN ('private', 'corporate')),
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE customers IS 'AUTHORITATIVE customer accounts (private travellers and companies).';
COMMENT ON COLUMN customers.customer_id IS 'Surrogate key.';
COMMENT ON COLUMN customers.customer_no IS 'Customer number shown on tickets, e.g. ''C00042''.';
COMMENT ON COLUMN customers.full_name IS 'Person or company name; may contain apostrophes and non-ASCII letters.';
COMMENT ON COLUMN customers.country_code IS 'Country of residence / registration.';
COMMENT ON COLUMN customers.customer_type IS '''private'' or ''corporate''.';
COMMENT ON COLUMN customers.created_at IS 'Account creation moment.';

CREATE TABLE sales_channels (
    channel_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE sales_channels IS 'Lookup of booking channels.';
COMMENT ON COLUMN sales_channels.channel_code IS '''WEB'', ''APP'', ''AGT'' (travel agent), ''PORT'' (ticket office), ''CALL'' (call centre).';
COMMENT ON COLUMN sales_channels.description IS 'Description.';

CREATE TABLE bookings (
    booking_id integer PRIMARY KEY,
    booking_ref text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers (customer_id),
    sailing_id integer NOT NULL,
    booked_at timestamptz NOT NULL,
    channel_code text NOT NULL REFERENCES sales_channels (channel_code),
    status text NOT NULL CHECK (status IN ('confirmed', 'travelled', 'no_show', 'cancelled')),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code),
    deleted_at timestamptz
);
COMMENT ON TABLE bookings IS 'AUTHORITATIVE bookings for sailings in the sailings table (departure on or after 2023-01-01 UTC). Bookings of earlier sailings are in archive_bookings (same columns). Soft-deleted rows (deleted_at not NULL) are not real bookings.';
COMMENT ON COLUMN bookings.booking_id IS 'Surrogate key, unique across bookings and archive_bookings.';
COMMENT ON COLUMN bookings.booking_ref IS 'Booking reference given to the customer.';
COMMENT ON COLUMN bookings.customer_id IS 'Customer who booked.';
COMMENT ON COLUMN bookings.sailing_id IS 'The sailing booked (sailings.sailing_id, or archive_sailings.sailing_id for archived bookings).';
COMMENT ON COLUMN bookings.booked_at IS 'Moment the booking was made (UTC). Ticket prices are converted to EUR with the fx_rates row of the UTC date of booked_at.';
COMMENT ON COLUMN bookings.channel_code IS 'Sales channel.';
COMMENT ON COLUMN bookings.status IS '''confirmed'' (sailing still ahead), ''travelled'', ''no_show'' (paid, did not show up; revenue is kept), ''cancelled'' (refunded; no revenue). Revenue = tickets of bookings with status ''travelled'' or ''no_show''.';
COMMENT ON COLUMN bookings.currency_code IS 'Currency of all ticket prices of the booking.';
COMMENT ON COLUMN bookings.deleted_at IS 'SOFT DELETE: non-NULL = the booking was deleted (test booking or duplicate) at that moment and must be ignored in every count and sum; NULL = a real booking.';

CREATE TABLE archive_bookings (
    booking_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    customer_id integer NOT NULL,
    sailing_id integer NOT NULL,
    booked_at timestamptz NOT NULL,
    channel_code text NOT NULL,
    status text NOT NULL CHECK (status IN ('confirmed', 'travelled', 'no_show', 'cancelled')),
    currency_code char(3) NOT NULL,
    deleted_at timestamptz,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_bookings IS 'ARCHIVE of bookings of archived sailings (departure before 2023-01-01 UTC, i.e. calendar 2022); same columns and meaning as bookings (soft deletes included), plus archived_at.';
COMMENT ON COLUMN archive_bookings.booking_id IS 'Surrogate key, unique across bookings and archive_bookings.';
COMMENT ON COLUMN archive_bookings.booking_ref IS 'Booking reference given to the customer.';
COMMENT ON COLUMN archive_bookings.customer_id IS 'Customer who booked.';
COMMENT ON COLUMN archive_bookings.sailing_id IS 'The sailing booked (sailings.sailing_id, or archive_sailings.sailing_id for archived bookings).';
COMMENT ON COLUMN archive_bookings.booked_at IS 'Moment the booking was made (UTC). Ticket prices are converted to EUR with the fx_rates row of the UTC date of booked_at.';
COMMENT ON COLUMN archive_bookings.channel_code IS 'Sales channel.';
COMMENT ON COLUMN archive_bookings.status IS '''confirmed'' (sailing still ahead), ''travelled'', ''no_show'' (paid, did not show up; revenue is kept), ''cancelled'' (refunded; no revenue). Revenue = tickets of bookings with status ''travelled'' or ''no_show''.';
COMMENT ON COLUMN archive_bookings.currency_code IS 'Currency of all ticket prices of the booking.';
COMMENT ON COLUMN archive_bookings.deleted_at IS 'SOFT DELETE: non-NULL = the booking was deleted (test booking or duplicate) at that moment and must be ignored in every count and sum; NULL = a real booking.';
COMMENT ON COLUMN archive_bookings.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE ticket_types (
    ticket_type_code text PRIMARY KEY,
    description text NOT NULL,
    is_vehicle boolean NOT NULL,
    counts_as_passenger boolean NOT NULL
);
COMMENT ON TABLE ticket_types IS 'Lookup of ticket types. is_vehicle marks vehicle tickets; counts_as_passenger marks tickets that are one person each (ADT, CHD, INF, SNR).';
COMMENT ON COLUMN ticket_types.ticket_type_code IS '''ADT'', ''CHD'', ''INF'', ''SNR'', ''CAR'', ''VAN'', ''MC'', ''TRK'', ''CAB''.';
COMMENT ON COLUMN ticket_types.description IS 'Meaning.';
COMMENT ON COLUMN ticket_types.is_vehicle IS 'true for vehicle tickets (CAR, VAN, MC, TRK).';
COMMENT ON COLUMN ticket_types.counts_as_passenger IS 'true when the ticket is one passenger.';

CREATE TABLE fare_history (
    fare_id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes (route_id),
    ticket_type_code text NOT NULL REFERENCES ticket_types (ticket_type_code),
    price_eur numeric(10,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE fare_history IS 'AUTHORITATIVE list prices (EUR) per route and ticket type over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. Exactly one row is valid for a route, ticket type and day. v_current_fares only shows today''s prices.';
COMMENT ON COLUMN fare_history.fare_id IS 'Surrogate key.';
COMMENT ON COLUMN fare_history.route_id IS 'Route.';
COMMENT ON COLUMN fare_history.ticket_type_code IS 'Ticket type.';
COMMENT ON COLUMN fare_history.price_eur IS 'List price in EUR for one ticket.';
COMMENT ON COLUMN fare_history.valid_from IS 'First day of validity (inclusive).';
COMMENT ON COLUMN fare_history.valid_to IS 'End of validity (exclusive); NULL = still valid.';

CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    booking_id integer NOT NULL REFERENCES bookings (booking_id),
    ticket_type_code text NOT NULL REFERENCES ticket_types (ticket_type_code),
    fare_id integer REFERENCES fare_history (fare_id),
    price_amount numeric(10,2) NOT NULL CHECK (price_amount >= 0)
);
COMMENT ON TABLE tickets IS 'AUTHORITATIVE tickets of the bookings in bookings (one row per passenger, vehicle or cabin). Tickets of archived bookings are in archive_tickets.';
COMMENT ON COLUMN tickets.ticket_id IS 'Surrogate key.';
COMMENT ON COLUMN tickets.booking_id IS 'Booking the ticket belongs to.';
COMMENT ON COLUMN tickets.ticket_type_code IS 'Ticket type.';
COMMENT ON COLUMN tickets.fare_id IS 'List price applied; NULL for manually priced tickets.';
COMMENT ON COLUMN tickets.price_amount IS 'Price actually charged, VAT included, in the BOOKING''s currency (bookings.currency_code), NOT in EUR.';

CREATE TABLE archive_tickets (
    ticket_id integer PRIMARY KEY,
    booking_id integer NOT NULL,
    ticket_type_code text NOT NULL,
    fare_id integer,
    price_amount numeric(10,2) NOT NULL CHECK (price_amount >= 0),
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_tickets IS 'ARCHIVE of tickets of archive_bookings; same columns as tickets, plus archived_at.';
COMMENT ON COLUMN archive_tickets.ticket_id IS 'Surrogate key.';
COMMENT ON COLUMN archive_tickets.booking_id IS 'Booking the ticket belongs to.';
COMMENT ON COLUMN archive_tickets.ticket_type_code IS 'Ticket type.';
COMMENT ON COLUMN archive_tickets.fare_id IS 'List price applied; NULL for manually priced tickets.';
COMMENT ON COLUMN archive_tickets.price_amount IS 'Price actually charged, VAT included, in the BOOKING''s currency (bookings.currency_code), NOT in EUR.';
COMMENT ON COLUMN archive_tickets.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE refunds (
    refund_id integer PRIMARY KEY,
    booking_id integer NOT NULL,
    refunded_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE refunds IS 'AUTHORITATIVE refunds of cancelled bookings in bookings. Refunds of archived bookings are in archive_refunds.';
COMMENT ON COLUMN refunds.refund_id IS 'Surrogate key.';
COMMENT ON COLUMN refunds.booking_id IS 'Refunded booking.';
COMMENT ON COLUMN refunds.refunded_at IS 'Moment of the refund (UTC).';
COMMENT ON COLUMN refunds.amount IS 'Refunded amount in the booking''s currency.';
COMMENT ON COLUMN refunds.currency_code IS 'Currency of the amount.';

CREATE TABLE archive_refunds (
    refund_id integer PRIMARY KEY,
    booking_id integer NOT NULL,
    refunded_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_refunds IS 'ARCHIVE of refunds of archive_bookings; same columns as refunds, plus archived_at.';
COMMENT ON COLUMN archive_refunds.refund_id IS 'Surrogate key.';
COMMENT ON COLUMN archive_refunds.booking_id IS 'Refunded booking.';
COMMENT ON COLUMN archive_refunds.refunded_at IS 'Moment of the refund (UTC).';
COMMENT ON COLUMN archive_refunds.amount IS 'Refunded amount in the booking''s currency.';
COMMENT ON COLUMN archive_refunds.currency_code IS 'Currency of the amount.';
COMMENT ON COLUMN archive_refunds.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE ranks (
    rank_code text PRIMARY KEY,
    title text NOT NULL UNIQUE,
    is_officer boolean NOT NULL
);
COMMENT ON TABLE ranks IS 'Lookup of crew ranks.';
COMMENT ON COLUMN ranks.rank_code IS '''MST'', ''CO'', ''OOW'', ''CE'', ''ENG'', ''AB'', ''STW''.';
COMMENT ON COLUMN ranks.title IS 'Rank title, e.g. ''Master''.';
COMMENT ON COLUMN ranks.is_officer IS 'true for officer ranks.';

CREATE TABLE crew_members (
    crew_id integer PRIMARY KEY,
    employee_no text NOT NULL UNIQUE,
    full_name text NOT NULL,
    rank_code text NOT NULL REFERENCES ranks (rank_code),
    home_port_id integer REFERENCES ports (port_id),
    hired_on date NOT NULL,
    left_on date
);
COMMENT ON TABLE crew_members IS 'AUTHORITATIVE seafarers employed by the operator. rank_code is the CURRENT rank only; the rank held at a given date is in crew_rank_history.';
COMMENT ON COLUMN crew_members.crew_id IS 'Surrogate key.';
COMMENT ON COLUMN crew_members.employee_no IS 'Employee number, e.g. ''E1007''.';
COMMENT ON COLUMN crew_members.full_name IS 'Name; may contain non-ASCII letters and apostrophes.';
COMMENT ON COLUMN crew_members.rank_code IS 'Current rank.';
COMMENT ON COLUMN crew_members.home_port_id IS 'Home port; NULL if none.';
COMMENT ON COLUMN crew_members.hired_on IS 'Hire date.';
COMMENT ON COLUMN crew_members.left_on IS 'Last day of employment; NULL while employed.';

CREATE TABLE crew_rank_history (
    crew_id integer NOT NULL REFERENCES crew_members (crew_id),
    rank_code text NOT NULL REFERENCES ranks (rank_code),
    valid_from date NOT NULL,
    valid_to date,
    PRIMARY KEY (crew_id, valid_from)
);
COMMENT ON TABLE crew_rank_history IS 'AUTHORITATIVE rank history of every crew member: valid_from inclusive, valid_to exclusive, NULL = current. The rank held on a day D is the row with valid_from <= D < valid_to (or valid_to NULL).';
COMMENT ON COLUMN crew_rank_history.crew_id IS 'Crew member.';
COMMENT ON COLUMN crew_rank_history.rank_code IS 'Rank held.';
COMMENT ON COLUMN crew_rank_history.valid_from IS 'First day in the rank (inclusive).';
COMMENT ON COLUMN crew_rank_history.valid_to IS 'Exclusive end; NULL = current.';

CREATE TABLE duty_roles (
    duty_role text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE duty_roles IS 'Lookup of on-board duty roles.';
COMMENT ON COLUMN duty_roles.duty_role IS '''bridge'', ''engine'', ''deck'', ''hotel''.';
COMMENT ON COLUMN duty_roles.description IS 'Description.';

CREATE TABLE crew_assignments (
    assignment_id integer PRIMARY KEY,
    sailing_id integer NOT NULL,
    crew_id integer NOT NULL,
    duty_role text NOT NULL,
    hours_on_duty numeric(4,1) NOT NULL
);
COMMENT ON TABLE crew_assignments IS 'AUTHORITATIVE crew on sailings in the sailings table (departure on or after 2023-01-01 UTC). Assignments of archived sailings are in archive_crew_assignments.';
COMMENT ON COLUMN crew_assignments.assignment_id IS 'Surrogate key.';
COMMENT ON COLUMN crew_assignments.sailing_id IS 'Sailing served.';
COMMENT ON COLUMN crew_assignments.crew_id IS 'Crew member (crew_members.crew_id).';
COMMENT ON COLUMN crew_assignments.duty_role IS 'Role on that sailing (duty_roles).';
COMMENT ON COLUMN crew_assignments.hours_on_duty IS 'Hours on duty for that sailing, including port time.';

CREATE TABLE archive_crew_assignments (
    assignment_id integer PRIMARY KEY,
    sailing_id integer NOT NULL,
    crew_id integer NOT NULL,
    duty_role text NOT NULL,
    hours_on_duty numeric(4,1) NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_crew_assignments IS 'ARCHIVE of crew assignments of archive_sailings (calendar 2022); same columns as crew_assignments plus archived_at.';
COMMENT ON COLUMN archive_crew_assignments.assignment_id IS 'Surrogate key.';
COMMENT ON COLUMN archive_crew_assignments.sailing_id IS 'Sailing served.';
COMMENT ON COLUMN archive_crew_assignments.crew_id IS 'Crew member (crew_members.crew_id).';
COMMENT ON COLUMN archive_crew_assignments.duty_role IS 'Role on that sailing (duty_roles).';
COMMENT ON COLUMN archive_crew_assignments.hours_on_duty IS 'Hours on duty for that sailing, including port time.';
COMMENT ON COLUMN archive_crew_assignments.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE maintenance_categories (
    category_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE maintenance_categories IS 'Lookup of work-order categories.';
COMMENT ON COLUMN maintenance_categories.category_code IS '''HULL'', ''ENG'', ''AUX'', ''SAFE'', ''HOTEL'', ''DOCK''.';
COMMENT ON COLUMN maintenance_categories.description IS 'Description.';

CREATE TABLE maintenance_orders (
    work_order_id integer PRIMARY KEY,
    vessel_id integer NOT NULL REFERENCES vessels (vessel_id),
    category_code text NOT NULL REFERENCES maintenance_categories (category_code),
    opened_on date NOT NULL,
    closed_on date,
    status text NOT NULL CHECK (status IN ('open', 'closed')),
    cost_amount numeric(12,2),
    currency_code char(3) NOT NULL REFERENCES currencies (currency_code)
);
COMMENT ON TABLE maintenance_orders IS 'AUTHORITATIVE maintenance work orders of the fleet (all years, never archived). staging_maintenance_orders and rpt_maintenance_cost are not authoritative.';
COMMENT ON COLUMN maintenance_orders.work_order_id IS 'Surrogate key.';
COMMENT ON COLUMN maintenance_orders.vessel_id IS 'Vessel maintained.';
COMMENT ON COLUMN maintenance_orders.category_code IS 'Category.';
COMMENT ON COLUMN maintenance_orders.opened_on IS 'Date the order was opened.';
COMMENT ON COLUMN maintenance_orders.closed_on IS 'Date the work was completed and invoiced; NULL while open.';
COMMENT ON COLUMN maintenance_orders.status IS '''open'' or ''closed''.';
COMMENT ON COLUMN maintenance_orders.cost_amount IS 'Final invoiced cost in currency_code; NULL while open.';
COMMENT ON COLUMN maintenance_orders.currency_code IS 'Currency of the yard invoice (convert with fx_rates of closed_on).';

CREATE TABLE fee_types (
    fee_type text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE fee_types IS 'Lookup of port fee types.';
COMMENT ON COLUMN fee_types.fee_type IS '''BERTH'', ''PAX'', ''ENV''.';
COMMENT ON COLUMN fee_types.description IS 'Description.';

CREATE TABLE port_fees (
    fee_id integer PRIMARY KEY,
    sailing_id integer NOT NULL,
    port_id integer NOT NULL,
    fee_type text NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL,
    invoiced_on date NOT NULL
);
COMMENT ON TABLE port_fees IS 'AUTHORITATIVE port fees charged for sailings in the sailings table; fees of archived sailings are in archive_port_fees.';
COMMENT ON COLUMN port_fees.fee_id IS 'Surrogate key.';
COMMENT ON COLUMN port_fees.sailing_id IS 'Sailing the fee was charged for.';
COMMENT ON COLUMN port_fees.port_id IS 'Port charging the fee.';
COMMENT ON COLUMN port_fees.fee_type IS 'Fee type (fee_types).';
COMMENT ON COLUMN port_fees.amount IS 'Fee in currency_code.';
COMMENT ON COLUMN port_fees.currency_code IS 'Currency of the port''s invoice.';
COMMENT ON COLUMN port_fees.invoiced_on IS 'Invoice date.';

CREATE TABLE archive_port_fees (
    fee_id integer PRIMARY KEY,
    sailing_id integer NOT NULL,
    port_id integer NOT NULL,
    fee_type text NOT NULL,
    amount numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL,
    invoiced_on date NOT NULL,
    archived_at timestamptz NOT NULL
);
COMMENT ON TABLE archive_port_fees IS 'ARCHIVE of port fees of archive_sailings; same columns as port_fees plus archived_at.';
COMMENT ON COLUMN archive_port_fees.fee_id IS 'Surrogate key.';
COMMENT ON COLUMN archive_port_fees.sailing_id IS 'Sailing the fee was charged for.';
COMMENT ON COLUMN archive_port_fees.port_id IS 'Port charging the fee.';
COMMENT ON COLUMN archive_port_fees.fee_type IS 'Fee type (fee_types).';
COMMENT ON COLUMN archive_port_fees.amount IS 'Fee in currency_code.';
COMMENT ON COLUMN archive_port_fees.currency_code IS 'Currency of the port''s invoice.';
COMMENT ON COLUMN archive_port_fees.invoiced_on IS 'Invoice date.';
COMMENT ON COLUMN archive_port_fees.archived_at IS 'When the row was moved to the archive.';

CREATE TABLE fuel_types (
    fuel_type text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE fuel_types IS 'Lookup of marine fuels.';
COMMENT ON COLUMN fuel_types.fuel_type IS '''MGO'' marine gas oil, ''VLSFO'' very-low-sulphur fuel oil, ''LNG''.';
COMMENT ON COLUMN fuel_types.description IS 'Description.';

CREATE TABLE fuel_bunkering (
    bunker_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    port_id integer NOT NULL,
    bunkered_at timestamptz NOT NULL,
    fuel_type text NOT NULL,
    quantity_tonnes numeric(8,1) NOT NULL,
    price_per_tonne numeric(10,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE fuel_bunkering IS 'AUTHORITATIVE fuel deliveries (bunkering) to the vessels, all years. staging_fuel_bunkering holds unvalidated supplier feed rows and is not authoritative.';
COMMENT ON COLUMN fuel_bunkering.bunker_id IS 'Surrogate key.';
COMMENT ON COLUMN fuel_bunkering.vessel_id IS 'Vessel bunkered.';
COMMENT ON COLUMN fuel_bunkering.port_id IS 'Port of bunkering.';
COMMENT ON COLUMN fuel_bunkering.bunkered_at IS 'Moment of bunkering (UTC).';
COMMENT ON COLUMN fuel_bunkering.fuel_type IS 'Fuel (fuel_types).';
COMMENT ON COLUMN fuel_bunkering.quantity_tonnes IS 'Fuel delivered in metric tonnes.';
COMMENT ON COLUMN fuel_bunkering.price_per_tonne IS 'Price per tonne in currency_code (convert with fx_rates of the UTC date of bunkered_at).';
COMMENT ON COLUMN fuel_bunkering.currency_code IS 'Currency of the supplier invoice.';

CREATE TABLE boarding_counts_north_2022 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_north_2022 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''north'' (routes.region_code) and scheduled departure year 2022 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_north_2022.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_north_2022.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_north_2022.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_north_2022.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_north_2022.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_north_2023 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_north_2023 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''north'' (routes.region_code) and scheduled departure year 2023 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_north_2023.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_north_2023.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_north_2023.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_north_2023.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_north_2023.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_north_2024 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_north_2024 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''north'' (routes.region_code) and scheduled departure year 2024 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_north_2024.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_north_2024.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_north_2024.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_north_2024.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_north_2024.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_north_2025 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_north_2025 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''north'' (routes.region_code) and scheduled departure year 2025 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_north_2025.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_north_2025.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_north_2025.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_north_2025.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_north_2025.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_south_2022 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_south_2022 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''south'' (routes.region_code) and scheduled departure year 2022 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_south_2022.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_south_2022.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_south_2022.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_south_2022.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_south_2022.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_south_2023 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_south_2023 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''south'' (routes.region_code) and scheduled departure year 2023 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_south_2023.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_south_2023.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_south_2023.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_south_2023.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_south_2023.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_south_2024 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_south_2024 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''south'' (routes.region_code) and scheduled departure year 2024 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_south_2024.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_south_2024.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_south_2024.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_south_2024.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_south_2024.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_south_2025 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_south_2025 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''south'' (routes.region_code) and scheduled departure year 2025 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_south_2025.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_south_2025.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_south_2025.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_south_2025.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_south_2025.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_east_2022 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_east_2022 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''east'' (routes.region_code) and scheduled departure year 2022 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_east_2022.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_east_2022.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_east_2022.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_east_2022.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_east_2022.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_east_2023 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_east_2023 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''east'' (routes.region_code) and scheduled departure year 2023 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_east_2023.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_east_2023.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_east_2023.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_east_2023.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_east_2023.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_east_2024 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_east_2024 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''east'' (routes.region_code) and scheduled departure year 2024 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_east_2024.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_east_2024.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_east_2024.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_east_2024.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_east_2024.counter_device IS 'Id of the counting device.';

CREATE TABLE boarding_counts_east_2025 (
    sailing_id integer PRIMARY KEY,
    counted_at timestamptz NOT NULL,
    passengers_boarded integer NOT NULL,
    vehicles_boarded integer NOT NULL,
    counter_device text NOT NULL
);
COMMENT ON TABLE boarding_counts_east_2025 IS 'AUTHORITATIVE gate boarding counts, PARTITION for region ''east'' (routes.region_code) and scheduled departure year 2025 (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.';
COMMENT ON COLUMN boarding_counts_east_2025.sailing_id IS 'The sailing (sailings or archive_sailings).';
COMMENT ON COLUMN boarding_counts_east_2025.counted_at IS 'When the gate count was closed (UTC).';
COMMENT ON COLUMN boarding_counts_east_2025.passengers_boarded IS 'Persons counted through the passenger gates (includes walk-on passengers without a booking).';
COMMENT ON COLUMN boarding_counts_east_2025.vehicles_boarded IS 'Vehicles counted on the car deck.';
COMMENT ON COLUMN boarding_counts_east_2025.counter_device IS 'Id of the counting device.';

CREATE TABLE legacy_departures (
    departure_no integer PRIMARY KEY,
    old_route_code text NOT NULL,
    vessel_code text NOT NULL,
    departure_date date NOT NULL,
    departure_time time NOT NULL,
    cancelled char(1) NOT NULL CHECK (cancelled IN ('J', 'N'))
);
COMMENT ON TABLE legacy_departures IS 'LEGACY system (used until 2021-12-31; read-only): departures of 2021 and earlier. Uses old route codes (map them with legacy_route_code_map) and old vessel codes (legacy_vessel_map). Sailings from 2022 are in archive_sailings/sailings, never here.';
COMMENT ON COLUMN legacy_departures.departure_no IS 'Old departure number.';
COMMENT ON COLUMN legacy_departures.old_route_code IS 'Old route code, e.g. ''GK1'' (see legacy_route_code_map).';
COMMENT ON COLUMN legacy_departures.vessel_code IS 'Old three-letter vessel code (see legacy_vessel_map).';
COMMENT ON COLUMN legacy_departures.departure_date IS 'Departure date (local date at the origin port; all 2021 departures are daytime/evening so the UTC year is the same).';
COMMENT ON COLUMN legacy_departures.departure_time IS 'Local departure time.';
COMMENT ON COLUMN legacy_departures.cancelled IS '''J'' = cancelled (ja), ''N'' = sailed (nei).';

CREATE TABLE legacy_route_code_map (
    old_route_code text PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes (route_id),
    note text
);
COMMENT ON TABLE legacy_route_code_map IS 'Mapping of the old system''s route codes to the current routes. Some current routes had two old codes (e.g. a seasonal extra code); every old code maps to exactly one route.';
COMMENT ON COLUMN legacy_route_code_map.old_route_code IS 'Old code as used in legacy_departures.';
COMMENT ON COLUMN legacy_route_code_map.route_id IS 'Current route.';
COMMENT ON COLUMN legacy_route_code_map.note IS 'Remark; NULL when none.';

CREATE TABLE legacy_vessel_map (
    vessel_code text PRIMARY KEY,
    vessel_id integer NOT NULL REFERENCES vessels (vessel_id)
);
COMMENT ON TABLE legacy_vessel_map IS 'Mapping of the old system''s vessel codes to vessels.';
COMMENT ON COLUMN legacy_vessel_map.vessel_code IS 'Old code.';
COMMENT ON COLUMN legacy_vessel_map.vessel_id IS 'Vessel.';

CREATE TABLE legacy_status_codes (
    status char(1) PRIMARY KEY,
    meaning text NOT NULL
);
COMMENT ON TABLE legacy_status_codes IS 'Lookup of the old system''s booking status codes (legacy_bookings.status).';
COMMENT ON COLUMN legacy_status_codes.status IS '''B'' booked, ''R'' reist (travelled), ''N'' no-show, ''K'' kansellert (cancelled).';
COMMENT ON COLUMN legacy_status_codes.meaning IS 'Meaning.';

CREATE TABLE legacy_bookings (
    legacy_booking_no integer PRIMARY KEY,
    departure_no integer NOT NULL,
    customer_name text NOT NULL,
    pax_adult integer NOT NULL,
    pax_child integer NOT NULL,
    vehicles integer NOT NULL,
    total_nok numeric(10,2) NOT NULL,
    status char(1) NOT NULL
);
COMMENT ON TABLE legacy_bookings IS 'LEGACY system bookings of legacy_departures (2021 and earlier). Passenger and vehicle numbers are stored as counts per booking (there are no legacy tickets). Amounts are in NOK.';
COMMENT ON COLUMN legacy_bookings.legacy_booking_no IS 'Old booking number.';
COMMENT ON COLUMN legacy_bookings.departure_no IS 'legacy_departures.departure_no.';
COMMENT ON COLUMN legacy_bookings.customer_name IS 'Free-text customer name (no link to customers).';
COMMENT ON COLUMN legacy_bookings.pax_adult IS 'Adult and senior passengers.';
COMMENT ON COLUMN legacy_bookings.pax_child IS 'Child and infant passengers.';
COMMENT ON COLUMN legacy_bookings.vehicles IS 'Vehicles.';
COMMENT ON COLUMN legacy_bookings.total_nok IS 'Total price in NOK.';
COMMENT ON COLUMN legacy_bookings.status IS 'Status code (legacy_status_codes): ''B'', ''R'', ''N'' or ''K''.';

CREATE TABLE legacy_fares (
    old_route_code text NOT NULL,
    pax_class text NOT NULL,
    price_nok numeric(10,2) NOT NULL
);
COMMENT ON TABLE legacy_fares IS 'LEGACY price list (NOK) of the old system, frozen on 2021-12-31. Not used for current prices (fare_history).';
COMMENT ON COLUMN legacy_fares.old_route_code IS 'Old route code.';
COMMENT ON COLUMN legacy_fares.pax_class IS '''V'' voksen (adult), ''B'' barn (child), ''BIL'' car.';
COMMENT ON COLUMN legacy_fares.price_nok IS 'Price in NOK.';

CREATE TABLE legacy_customers (
    legacy_customer_no integer PRIMARY KEY,
    name text NOT NULL,
    country text
);
COMMENT ON TABLE legacy_customers IS 'LEGACY customer register export (2021). Not linked to customers; kept for reference only.';
COMMENT ON COLUMN legacy_customers.legacy_customer_no IS 'Old customer number.';
COMMENT ON COLUMN legacy_customers.name IS 'Name.';
COMMENT ON COLUMN legacy_customers.country IS 'Country text as typed; NULL when missing.';

CREATE TABLE staging_sailings (
    load_id integer NOT NULL,
    sailing_code text,
    route_code text,
    departure_utc_text text,
    status_text text,
    cancel_reason text,
    is_valid boolean
);
COMMENT ON TABLE staging_sailings IS 'STAGING: raw rows of the nightly schedule feed before validation (all text, may contain duplicates, wrong statuses and sailings that were never confirmed). Never authoritative; use sailings.';
COMMENT ON COLUMN staging_sailings.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_sailings.sailing_code IS 'Sailing code as delivered.';
COMMENT ON COLUMN staging_sailings.route_code IS 'Route code as delivered.';
COMMENT ON COLUMN staging_sailings.departure_utc_text IS 'Departure as text.';
COMMENT ON COLUMN staging_sailings.status_text IS 'Status as delivered (''COMPLETED'', ''CANCELLED'', ''SCHEDULED'', other).';
COMMENT ON COLUMN staging_sailings.cancel_reason IS 'Reason code as delivered.';
COMMENT ON COLUMN staging_sailings.is_valid IS 'Result of validation; NULL = not validated yet.';

CREATE TABLE staging_bookings (
    load_id integer NOT NULL,
    booking_ref text,
    sailing_code text,
    customer_no text,
    status_text text,
    amount_text text,
    currency_code text
);
COMMENT ON TABLE staging_bookings IS 'STAGING: booking rows received from agents'' systems before validation (duplicates, unknown sailings). Never authoritative; use bookings.';
COMMENT ON COLUMN staging_bookings.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_bookings.booking_ref IS 'Reference as delivered.';
COMMENT ON COLUMN staging_bookings.sailing_code IS 'Sailing as delivered.';
COMMENT ON COLUMN staging_bookings.customer_no IS 'Customer number as delivered.';
COMMENT ON COLUMN staging_bookings.status_text IS 'Status as delivered.';
COMMENT ON COLUMN staging_bookings.amount_text IS 'Amount as text.';
COMMENT ON COLUMN staging_bookings.currency_code IS 'Currency as delivered.';

CREATE TABLE staging_tickets (
    load_id integer NOT NULL,
    booking_ref text,
    ticket_type text,
    price_text text
);
COMMENT ON TABLE staging_tickets IS 'STAGING: ticket rows from agents'' feeds before validation. Never authoritative; use tickets.';
COMMENT ON COLUMN staging_tickets.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_tickets.booking_ref IS 'Booking reference.';
COMMENT ON COLUMN staging_tickets.ticket_type IS 'Ticket type as delivered.';
COMMENT ON COLUMN staging_tickets.price_text IS 'Price as text.';

CREATE TABLE staging_fx_rates (
    quote_time timestamptz NOT NULL,
    currency_code text NOT NULL,
    eur_per_unit numeric(12,6)
);
COMMENT ON TABLE staging_fx_rates IS 'STAGING: raw FX feed (several quotes per day, unvalidated, includes outliers). Never use for conversions; fx_rates is authoritative.';
COMMENT ON COLUMN staging_fx_rates.quote_time IS 'Time of the quote.';
COMMENT ON COLUMN staging_fx_rates.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fx_rates.eur_per_unit IS 'Quoted rate; NULL in broken quotes.';

CREATE TABLE staging_fuel_bunkering (
    load_id integer NOT NULL,
    vessel_name text,
    port_code text,
    delivered_at timestamptz,
    quantity_tonnes numeric(8,1),
    price_per_tonne numeric(10,2),
    currency_code text,
    is_valid boolean
);
COMMENT ON TABLE staging_fuel_bunkering IS 'STAGING: supplier bunker delivery notes before validation (duplicates, unconfirmed deliveries). Never authoritative; use fuel_bunkering.';
COMMENT ON COLUMN staging_fuel_bunkering.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_fuel_bunkering.vessel_name IS 'Vessel name as typed.';
COMMENT ON COLUMN staging_fuel_bunkering.port_code IS 'Port.';
COMMENT ON COLUMN staging_fuel_bunkering.delivered_at IS 'Delivery moment as reported.';
COMMENT ON COLUMN staging_fuel_bunkering.quantity_tonnes IS 'Quantity as reported.';
COMMENT ON COLUMN staging_fuel_bunkering.price_per_tonne IS 'Price as reported.';
COMMENT ON COLUMN staging_fuel_bunkering.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_fuel_bunkering.is_valid IS 'NULL = not validated.';

CREATE TABLE staging_crew_assignments (
    load_id integer NOT NULL,
    sailing_code text,
    employee_no text,
    hours_text text
);
COMMENT ON TABLE staging_crew_assignments IS 'STAGING: crew lists from the vessels before validation. Never authoritative; use crew_assignments / archive_crew_assignments.';
COMMENT ON COLUMN staging_crew_assignments.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_crew_assignments.sailing_code IS 'Sailing.';
COMMENT ON COLUMN staging_crew_assignments.employee_no IS 'Employee.';
COMMENT ON COLUMN staging_crew_assignments.hours_text IS 'Hours as text.';

CREATE TABLE staging_boarding_counts (
    device_id text NOT NULL,
    sailing_code text,
    pulse_at timestamptz,
    count_value integer
);
COMMENT ON TABLE staging_boarding_counts IS 'STAGING: raw gate counter pulses before de-duplication (several rows per sailing, counts not yet reconciled). Never authoritative; use boarding_counts_<region>_<year>.';
COMMENT ON COLUMN staging_boarding_counts.device_id IS 'Counter.';
COMMENT ON COLUMN staging_boarding_counts.sailing_code IS 'Sailing.';
COMMENT ON COLUMN staging_boarding_counts.pulse_at IS 'Time of the reading.';
COMMENT ON COLUMN staging_boarding_counts.count_value IS 'Cumulative count at that time.';

CREATE TABLE staging_customers (
    load_id integer NOT NULL,
    email text,
    full_name text,
    country_code text
);
COMMENT ON TABLE staging_customers IS 'STAGING: sign-ups not yet de-duplicated. Never authoritative; use customers.';
COMMENT ON COLUMN staging_customers.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_customers.email IS 'E-mail.';
COMMENT ON COLUMN staging_customers.full_name IS 'Name.';
COMMENT ON COLUMN staging_customers.country_code IS 'Country.';

CREATE TABLE staging_maintenance_orders (
    load_id integer NOT NULL,
    vessel_imo integer,
    invoice_no text,
    amount numeric(12,2),
    currency_code text,
    invoice_date date
);
COMMENT ON TABLE staging_maintenance_orders IS 'STAGING: yard invoices awaiting approval (may duplicate maintenance_orders or be rejected). Never authoritative.';
COMMENT ON COLUMN staging_maintenance_orders.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_maintenance_orders.vessel_imo IS 'IMO number.';
COMMENT ON COLUMN staging_maintenance_orders.invoice_no IS 'Yard invoice.';
COMMENT ON COLUMN staging_maintenance_orders.amount IS 'Amount.';
COMMENT ON COLUMN staging_maintenance_orders.currency_code IS 'Currency.';
COMMENT ON COLUMN staging_maintenance_orders.invoice_date IS 'Invoice date.';

CREATE TABLE staging_port_fees (
    load_id integer NOT NULL,
    port_code text,
    invoice_no text,
    amount numeric(10,2),
    currency_code text
);
COMMENT ON TABLE staging_port_fees IS 'STAGING: port authority invoices before matching to sailings. Never authoritative; use port_fees / archive_port_fees.';
COMMENT ON COLUMN staging_port_fees.load_id IS 'Load batch.';
COMMENT ON COLUMN staging_port_fees.port_code IS 'Port.';
COMMENT ON COLUMN staging_port_fees.invoice_no IS 'Invoice.';
COMMENT ON COLUMN staging_port_fees.amount IS 'Amount.';
COMMENT ON COLUMN staging_port_fees.currency_code IS 'Currency.';

CREATE TABLE rpt_monthly_revenue (
    month_start date NOT NULL,
    route_code text NOT NULL,
    revenue_eur numeric(12,2) NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_monthly_revenue IS 'REPORT table (materialised, STALE: last refreshed 2024-10-01, covers departure months up to 2024-09 only; revenue converted at the rate of the refresh day, not the booking day, and includes cancelled bookings). For revenue use tickets/bookings/fx_rates.';
COMMENT ON COLUMN rpt_monthly_revenue.month_start IS 'First day of the departure month.';
COMMENT ON COLUMN rpt_monthly_revenue.route_code IS 'Route.';
COMMENT ON COLUMN rpt_monthly_revenue.revenue_eur IS 'Revenue in EUR as computed at refresh.';
COMMENT ON COLUMN rpt_monthly_revenue.refreshed_at IS 'Refresh moment.';

CREATE TABLE rpt_daily_passengers (
    day date NOT NULL,
    region_code text NOT NULL,
    passengers integer NOT NULL,
    refreshed_at timestamptz NOT NULL
);
COMMENT ON TABLE rpt_daily_passengers IS 'REPORT table (STALE: refreshed 2024-10-01, covers departure days up to 2024-09-30; counts passenger TICKETS of non-deleted bookings, not gate counts). Not the boarding record: use boarding_counts_<region>_<year>.';
COMMENT ON COLUMN rpt_daily_passengers.day IS 'Departure day (UTC).';
COMMENT ON COLUMN rpt_daily_passengers.region_code IS 'Region.';
COMMENT ON COLUMN rpt_daily_passengers.passengers IS 'Passenger tickets.';
COMMENT ON COLUMN rpt_daily_passengers.refreshed_at IS 'Refresh moment.';

CREATE TABLE rpt_route_load_factor (
    route_code text NOT NULL,
    year integer NOT NULL,
    load_factor_pct numeric(5,1) NOT NULL
);
COMMENT ON TABLE rpt_route_load_factor IS 'REPORT table: load factor per route for calendar 2023 only (frozen yearly report; based on ticket counts, not gate counts).';
COMMENT ON COLUMN rpt_route_load_factor.route_code IS 'Route.';
COMMENT ON COLUMN rpt_route_load_factor.year IS 'Year (2023).';
COMMENT ON COLUMN rpt_route_load_factor.load_factor_pct IS 'Percent.';

CREATE TABLE rpt_on_time_performance (
    month_start date NOT NULL,
    route_code text NOT NULL,
    on_time_pct numeric(5,1) NOT NULL,
    sailings integer NOT NULL
);
COMMENT ON TABLE rpt_on_time_performance IS 'REPORT table: monthly on-time share per route, excluding cancelled sailings and counting a sailing on time when it left within 15 minutes; refreshed monthly, last 2025-05-01.';
COMMENT ON COLUMN rpt_on_time_performance.month_start IS 'Month.';
COMMENT ON COLUMN rpt_on_time_performance.route_code IS 'Route.';
COMMENT ON COLUMN rpt_on_time_performance.on_time_pct IS 'Percent on time.';
COMMENT ON COLUMN rpt_on_time_performance.sailings IS 'Completed sailings counted.';

CREATE TABLE rpt_cancellations (
    year integer NOT NULL,
    route_code text NOT NULL,
    cancelled_sailings integer NOT NULL
);
COMMENT ON TABLE rpt_cancellations IS 'REPORT table: cancellations per route and year, EXCLUDING weather cancellations (reason ''WX''), 2023 onwards only (the report was created for commercial reviews).';
COMMENT ON COLUMN rpt_cancellations.year IS 'Year (UTC departure).';
COMMENT ON COLUMN rpt_cancellations.route_code IS 'Route.';
COMMENT ON COLUMN rpt_cancellations.cancelled_sailings IS 'Non-weather cancellations.';

CREATE TABLE rpt_top_customers (
    rank integer NOT NULL,
    customer_no text NOT NULL,
    bookings integer NOT NULL
);
COMMENT ON TABLE rpt_top_customers IS 'REPORT table: top 20 customers by number of bookings in calendar 2024 only, counting ALL bookings including cancelled and soft-deleted ones (marketing definition).';
COMMENT ON COLUMN rpt_top_customers.rank IS 'Rank.';
COMMENT ON COLUMN rpt_top_customers.customer_no IS 'Customer.';
COMMENT ON COLUMN rpt_top_customers.bookings IS 'Bookings counted.';

CREATE TABLE rpt_crew_hours (
    month_start date NOT NULL,
    rank_code text NOT NULL,
    hours numeric(8,1) NOT NULL
);
COMMENT ON TABLE rpt_crew_hours IS 'REPORT table: monthly duty hours per CURRENT rank of officers only (ratings excluded), 2024 onwards.';
COMMENT ON COLUMN rpt_crew_hours.month_start IS 'Month.';
COMMENT ON COLUMN rpt_crew_hours.rank_code IS 'Current rank at refresh.';
COMMENT ON COLUMN rpt_crew_hours.hours IS 'Hours.';

CREATE TABLE rpt_fuel_cost (
    year integer NOT NULL,
    vessel_id integer NOT NULL,
    cost_eur numeric(12,2) NOT NULL
);
COMMENT ON TABLE rpt_fuel_cost IS 'REPORT table: yearly bunker cost per vessel in EUR at annual average rates (not daily rates).';
COMMENT ON COLUMN rpt_fuel_cost.year IS 'Year.';
COMMENT ON COLUMN rpt_fuel_cost.vessel_id IS 'Vessel.';
COMMENT ON COLUMN rpt_fuel_cost.cost_eur IS 'Cost.';

CREATE TABLE rpt_maintenance_cost (
    year integer NOT NULL,
    vessel_id integer NOT NULL,
    cost_eur numeric(12,2) NOT NULL
);
COMMENT ON TABLE rpt_maintenance_cost IS 'REPORT table (STALE: refreshed 2024-06-30): maintenance cost per vessel and year by OPENED date, open orders at their estimate, all amounts treated as EUR.';
COMMENT ON COLUMN rpt_maintenance_cost.year IS 'Year of opened_on.';
COMMENT ON COLUMN rpt_maintenance_cost.vessel_id IS 'Vessel.';
COMMENT ON COLUMN rpt_maintenance_cost.cost_eur IS 'Cost.';

CREATE TABLE rpt_fx_monthly_avg (
    month_start date NOT NULL,
    currency_code char(3) NOT NULL,
    avg_eur_per_unit numeric(12,6) NOT NULL
);
COMMENT ON TABLE rpt_fx_monthly_avg IS 'REPORT table: monthly average of fx_rates per currency (for budgeting only; not a conversion rate).';
COMMENT ON COLUMN rpt_fx_monthly_avg.month_start IS 'Month.';
COMMENT ON COLUMN rpt_fx_monthly_avg.currency_code IS 'Currency.';
COMMENT ON COLUMN rpt_fx_monthly_avg.avg_eur_per_unit IS 'Average.';

CREATE TABLE v_current_fares (
    route_code text NOT NULL,
    ticket_type_code text NOT NULL,
    price_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE v_current_fares IS 'SNAPSHOT (view-like table) of fare_history rows valid on 2025-06-30 (valid_to NULL). Today''s prices only; past prices are in fare_history.';
COMMENT ON COLUMN v_current_fares.route_code IS 'Route.';
COMMENT ON COLUMN v_current_fares.ticket_type_code IS 'Ticket type.';
COMMENT ON COLUMN v_current_fares.price_eur IS 'Current list price.';

CREATE TABLE v_active_vessels (
    vessel_id integer NOT NULL,
    name text NOT NULL,
    pax_capacity integer NOT NULL
);
COMMENT ON TABLE v_active_vessels IS 'SNAPSHOT of vessels with is_active = true and their current names.';
COMMENT ON COLUMN v_active_vessels.vessel_id IS 'Vessel.';
COMMENT ON COLUMN v_active_vessels.name IS 'Current name.';
COMMENT ON COLUMN v_active_vessels.pax_capacity IS 'Capacity.';

CREATE TABLE v_fx_latest (
    currency_code char(3) NOT NULL,
    eur_per_unit numeric(12,6) NOT NULL
);
COMMENT ON TABLE v_fx_latest IS 'SNAPSHOT of the latest fx_rates row per currency (rate of 2025-06-30). Not for historical conversions.';
COMMENT ON COLUMN v_fx_latest.currency_code IS 'Currency.';
COMMENT ON COLUMN v_fx_latest.eur_per_unit IS 'Rate of 2025-06-30.';

CREATE TABLE v_open_work_orders (
    work_order_id integer NOT NULL,
    vessel_id integer NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE v_open_work_orders IS 'SNAPSHOT of maintenance_orders with status ''open'' on 2025-06-30.';
COMMENT ON COLUMN v_open_work_orders.work_order_id IS 'Order.';
COMMENT ON COLUMN v_open_work_orders.vessel_id IS 'Vessel.';
COMMENT ON COLUMN v_open_work_orders.opened_on IS 'Opened.';

CREATE TABLE v_upcoming_sailings (
    sailing_code text NOT NULL,
    scheduled_departure_utc timestamptz NOT NULL
);
COMMENT ON TABLE v_upcoming_sailings IS 'SNAPSHOT of sailings with status ''scheduled'' (departure after the extract).';
COMMENT ON COLUMN v_upcoming_sailings.sailing_code IS 'Sailing.';
COMMENT ON COLUMN v_upcoming_sailings.scheduled_departure_utc IS 'Departure.';

CREATE TABLE v_crew_current_rank (
    crew_id integer NOT NULL,
    rank_code text NOT NULL
);
COMMENT ON TABLE v_crew_current_rank IS 'SNAPSHOT of the current rank (valid_to NULL) per crew member.';
COMMENT ON COLUMN v_crew_current_rank.crew_id IS 'Crew.';
COMMENT ON COLUMN v_crew_current_rank.rank_code IS 'Current rank.';

CREATE TABLE v_bookings_2024 (
    booking_id integer NOT NULL,
    sailing_id integer NOT NULL,
    status text NOT NULL,
    deleted_at timestamptz
);
COMMENT ON TABLE v_bookings_2024 IS 'SNAPSHOT of 2024 bookings taken on 2024-12-01 (STALE: statuses as of that day, December 2024 departures incomplete, soft-deleted rows included).';
COMMENT ON COLUMN v_bookings_2024.booking_id IS 'Booking.';
COMMENT ON COLUMN v_bookings_2024.sailing_id IS 'Sailing.';
COMMENT ON COLUMN v_bookings_2024.status IS 'Status on 2024-12-01.';
COMMENT ON COLUMN v_bookings_2024.deleted_at IS 'Soft delete as of the snapshot.';

CREATE TABLE v_route_directory (
    route_code text NOT NULL,
    origin_name text NOT NULL,
    destination_name text NOT NULL
);
COMMENT ON TABLE v_route_directory IS 'SNAPSHOT: routes with port names for the website.';
COMMENT ON COLUMN v_route_directory.route_code IS 'Route.';
COMMENT ON COLUMN v_route_directory.origin_name IS 'Origin port name.';
COMMENT ON COLUMN v_route_directory.destination_name IS 'Destination port name.';

CREATE TABLE audit_bookings (
    audit_id integer PRIMARY KEY,
    booking_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    old_status text,
    new_status text NOT NULL,
    changed_by text NOT NULL
);
COMMENT ON TABLE audit_bookings IS 'AUDIT log of status changes of bookings (trigger-written). For the current status use bookings.status.';
COMMENT ON COLUMN audit_bookings.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_bookings.booking_id IS 'Booking.';
COMMENT ON COLUMN audit_bookings.changed_at IS 'Change moment.';
COMMENT ON COLUMN audit_bookings.old_status IS 'Status before; NULL at creation.';
COMMENT ON COLUMN audit_bookings.new_status IS 'Status after.';
COMMENT ON COLUMN audit_bookings.changed_by IS 'User or job.';

CREATE TABLE audit_fares (
    audit_id integer PRIMARY KEY,
    fare_id integer NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL
);
COMMENT ON TABLE audit_fares IS 'AUDIT log of edits to fare_history rows.';
COMMENT ON COLUMN audit_fares.audit_id IS 'Surrogate key.';
COMMENT ON COLUMN audit_fares.fare_id IS 'Fare row.';
COMMENT ON COLUMN audit_fares.changed_at IS 'Change moment.';
COMMENT ON COLUMN audit_fares.changed_by IS 'User.';

CREATE TABLE sailing_status_log (
    log_id integer PRIMARY KEY,
    sailing_id integer NOT NULL,
    logged_at timestamptz NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE sailing_status_log IS 'LOG of every status message received for sailings (several per sailing; the final status is in sailings.status).';
COMMENT ON COLUMN sailing_status_log.log_id IS 'Surrogate key.';
COMMENT ON COLUMN sailing_status_log.sailing_id IS 'Sailing.';
COMMENT ON COLUMN sailing_status_log.logged_at IS 'When.';
COMMENT ON COLUMN sailing_status_log.status IS 'Status message (''boarding'', ''departed'', ''arrived'', ''delayed'', ''cancelled'').';

CREATE TABLE etl_job_runs (
    run_id integer PRIMARY KEY,
    job_name text NOT NULL,
    started_at timestamptz NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE etl_job_runs IS 'LOG of data warehouse jobs (archiving, report refreshes).';
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

CREATE TABLE customer_tier_history (
    customer_id integer NOT NULL,
    tier_code text NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE customer_tier_history IS 'HISTORY of loyalty tiers per customer (valid_from inclusive, valid_to exclusive, NULL = current).';
COMMENT ON COLUMN customer_tier_history.customer_id IS 'Customer.';
COMMENT ON COLUMN customer_tier_history.tier_code IS 'Tier (customer_tiers).';
COMMENT ON COLUMN customer_tier_history.valid_from IS 'From.';
COMMENT ON COLUMN customer_tier_history.valid_to IS 'To (exclusive).';

CREATE TABLE customer_tiers (
    tier_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE customer_tiers IS 'Lookup of loyalty tiers.';
COMMENT ON COLUMN customer_tiers.tier_code IS '''BLUE'', ''SILVER'', ''GOLD''.';
COMMENT ON COLUMN customer_tiers.description IS 'Description.';

CREATE TABLE route_vessel_plan (
    route_id integer NOT NULL,
    season text NOT NULL,
    vessel_id integer NOT NULL
);
COMMENT ON TABLE route_vessel_plan IS 'PLANNING table: the vessel planned per route and season (plans, not what sailed; the vessel that sailed is sailings.vessel_id).';
COMMENT ON COLUMN route_vessel_plan.route_id IS 'Route.';
COMMENT ON COLUMN route_vessel_plan.season IS '''summer'' or ''winter'' with year, e.g. ''summer2024''.';
COMMENT ON COLUMN route_vessel_plan.vessel_id IS 'Planned vessel.';

CREATE TABLE port_tariff_history (
    port_id integer NOT NULL,
    fee_type text NOT NULL,
    rate numeric(10,2) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE port_tariff_history IS 'HISTORY of port authority tariffs (informational; the charged fees are in port_fees).';
COMMENT ON COLUMN port_tariff_history.port_id IS 'Port.';
COMMENT ON COLUMN port_tariff_history.fee_type IS 'Fee type.';
COMMENT ON COLUMN port_tariff_history.rate IS 'Tariff rate in the port currency.';
COMMENT ON COLUMN port_tariff_history.valid_from IS 'From.';
COMMENT ON COLUMN port_tariff_history.valid_to IS 'To (exclusive).';

CREATE TABLE vat_rate_history (
    country_code char(2) NOT NULL,
    vat_pct numeric(4,1) NOT NULL,
    valid_from date NOT NULL,
    valid_to date
);
COMMENT ON TABLE vat_rate_history IS 'HISTORY of VAT rates on tickets per country.';
COMMENT ON COLUMN vat_rate_history.country_code IS 'Country.';
COMMENT ON COLUMN vat_rate_history.vat_pct IS 'VAT percent.';
COMMENT ON COLUMN vat_rate_history.valid_from IS 'From.';
COMMENT ON COLUMN vat_rate_history.valid_to IS 'To (exclusive).';

CREATE TABLE payment_methods (
    method_code text PRIMARY KEY,
    description text NOT NULL
);
COMMENT ON TABLE payment_methods IS 'Lookup of payment methods.';
COMMENT ON COLUMN payment_methods.method_code IS '''CARD'', ''INVOICE'', ''VOUCHER'', ''MOBILE''.';
COMMENT ON COLUMN payment_methods.description IS 'Description.';

CREATE TABLE payments (
    payment_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    method_code text NOT NULL,
    paid_at timestamptz NOT NULL,
    amount numeric(10,2) NOT NULL
);
COMMENT ON TABLE payments IS 'Card and invoice payments of bookings (payment service provider export; amounts in the booking currency). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN payments.payment_id IS 'Surrogate key.';
COMMENT ON COLUMN payments.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN payments.method_code IS 'Payment method (payment_methods).';
COMMENT ON COLUMN payments.paid_at IS 'Moment (UTC).';
COMMENT ON COLUMN payments.amount IS 'Amount.';

CREATE TABLE corporate_invoices (
    invoice_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    invoice_date date NOT NULL,
    total_amount numeric(12,2) NOT NULL,
    currency_code char(3) NOT NULL
);
COMMENT ON TABLE corporate_invoices IS 'Monthly invoices to corporate customers. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN corporate_invoices.invoice_id IS 'Surrogate key.';
COMMENT ON COLUMN corporate_invoices.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN corporate_invoices.invoice_date IS 'Date.';
COMMENT ON COLUMN corporate_invoices.total_amount IS 'Amount.';
COMMENT ON COLUMN corporate_invoices.currency_code IS 'Currency code.';

CREATE TABLE loyalty_accounts (
    account_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    points_balance integer NOT NULL,
    opened_on date NOT NULL
);
COMMENT ON TABLE loyalty_accounts IS 'Loyalty programme accounts. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN loyalty_accounts.account_id IS 'Surrogate key.';
COMMENT ON COLUMN loyalty_accounts.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN loyalty_accounts.points_balance IS 'Integer value.';
COMMENT ON COLUMN loyalty_accounts.opened_on IS 'Date.';

CREATE TABLE loyalty_transactions (
    txn_id integer PRIMARY KEY,
    account_id integer NOT NULL,
    points integer NOT NULL,
    txn_at timestamptz NOT NULL
);
COMMENT ON TABLE loyalty_transactions IS 'Points earned and redeemed. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN loyalty_transactions.txn_id IS 'Surrogate key.';
COMMENT ON COLUMN loyalty_transactions.account_id IS 'Integer value.';
COMMENT ON COLUMN loyalty_transactions.points IS 'Integer value.';
COMMENT ON COLUMN loyalty_transactions.txn_at IS 'Moment (UTC).';

CREATE TABLE cabins (
    cabin_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    cabin_no text NOT NULL,
    berths integer NOT NULL
);
COMMENT ON TABLE cabins IS 'Cabin inventory per vessel. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN cabins.cabin_id IS 'Surrogate key.';
COMMENT ON COLUMN cabins.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN cabins.cabin_no IS 'Code.';
COMMENT ON COLUMN cabins.berths IS 'Small integer / reference id.';

CREATE TABLE onboard_outlets (
    outlet_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    outlet_name text NOT NULL
);
COMMENT ON TABLE onboard_outlets IS 'Shops, bars and restaurants on board. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN onboard_outlets.outlet_id IS 'Surrogate key.';
COMMENT ON COLUMN onboard_outlets.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN onboard_outlets.outlet_name IS 'Text.';

CREATE TABLE onboard_sales (
    receipt_id integer PRIMARY KEY,
    outlet_id integer NOT NULL,
    sold_at timestamptz NOT NULL,
    amount_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE onboard_sales IS 'Onboard till receipts (retail, not ticket revenue). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN onboard_sales.receipt_id IS 'Surrogate key.';
COMMENT ON COLUMN onboard_sales.outlet_id IS 'Small integer / reference id.';
COMMENT ON COLUMN onboard_sales.sold_at IS 'Moment (UTC).';
COMMENT ON COLUMN onboard_sales.amount_eur IS 'Amount.';

CREATE TABLE menu_items (
    item_id integer PRIMARY KEY,
    item_name text NOT NULL,
    price_eur numeric(8,2) NOT NULL
);
COMMENT ON TABLE menu_items IS 'Restaurant menu. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN menu_items.item_id IS 'Surrogate key.';
COMMENT ON COLUMN menu_items.item_name IS 'Text.';
COMMENT ON COLUMN menu_items.price_eur IS 'Amount.';

CREATE TABLE suppliers (
    supplier_id integer PRIMARY KEY,
    supplier_name text NOT NULL,
    country_code char(2) NOT NULL
);
COMMENT ON TABLE suppliers IS 'Suppliers of parts, provisions and services. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN suppliers.supplier_id IS 'Surrogate key.';
COMMENT ON COLUMN suppliers.supplier_name IS 'Text.';
COMMENT ON COLUMN suppliers.country_code IS 'ISO country code.';

CREATE TABLE purchase_orders (
    po_id integer PRIMARY KEY,
    supplier_id integer NOT NULL,
    ordered_on date NOT NULL,
    total_amount numeric(12,2) NOT NULL
);
COMMENT ON TABLE purchase_orders IS 'Purchase orders to suppliers. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN purchase_orders.po_id IS 'Surrogate key.';
COMMENT ON COLUMN purchase_orders.supplier_id IS 'Small integer / reference id.';
COMMENT ON COLUMN purchase_orders.ordered_on IS 'Date.';
COMMENT ON COLUMN purchase_orders.total_amount IS 'Amount.';

CREATE TABLE purchase_order_lines (
    po_line_id integer PRIMARY KEY,
    po_id integer NOT NULL,
    part_id integer,
    quantity integer NOT NULL
);
COMMENT ON TABLE purchase_order_lines IS 'Lines of purchase orders. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN purchase_order_lines.po_line_id IS 'Surrogate key.';
COMMENT ON COLUMN purchase_order_lines.po_id IS 'Integer value.';
COMMENT ON COLUMN purchase_order_lines.part_id IS 'Small integer / reference id.';
COMMENT ON COLUMN purchase_order_lines.quantity IS 'Small integer / reference id.';

CREATE TABLE spare_parts (
    part_id integer PRIMARY KEY,
    part_name text NOT NULL,
    unit_cost_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE spare_parts IS 'Spare parts catalogue. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN spare_parts.part_id IS 'Surrogate key.';
COMMENT ON COLUMN spare_parts.part_name IS 'Text.';
COMMENT ON COLUMN spare_parts.unit_cost_eur IS 'Amount.';

CREATE TABLE spare_part_stock (
    stock_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    part_id integer NOT NULL,
    quantity integer NOT NULL
);
COMMENT ON TABLE spare_part_stock IS 'Spare parts on board per vessel. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN spare_part_stock.stock_id IS 'Surrogate key.';
COMMENT ON COLUMN spare_part_stock.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN spare_part_stock.part_id IS 'Small integer / reference id.';
COMMENT ON COLUMN spare_part_stock.quantity IS 'Small integer / reference id.';

CREATE TABLE certificate_types (
    cert_type_id integer PRIMARY KEY,
    cert_name text NOT NULL
);
COMMENT ON TABLE certificate_types IS 'Lookup of seafarer certificates (STCW). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN certificate_types.cert_type_id IS 'Surrogate key.';
COMMENT ON COLUMN certificate_types.cert_name IS 'Text.';

CREATE TABLE crew_certificates (
    crew_cert_id integer PRIMARY KEY,
    crew_id integer NOT NULL,
    cert_type_id integer NOT NULL,
    expires_on date
);
COMMENT ON TABLE crew_certificates IS 'Certificates held by crew members. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN crew_certificates.crew_cert_id IS 'Surrogate key.';
COMMENT ON COLUMN crew_certificates.crew_id IS 'Crew member (crew_members.crew_id).';
COMMENT ON COLUMN crew_certificates.cert_type_id IS 'Small integer / reference id.';
COMMENT ON COLUMN crew_certificates.expires_on IS 'Date.';

CREATE TABLE vessel_certificates (
    vessel_cert_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    cert_name text NOT NULL,
    expires_on date NOT NULL
);
COMMENT ON TABLE vessel_certificates IS 'Statutory certificates of the vessels. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN vessel_certificates.vessel_cert_id IS 'Surrogate key.';
COMMENT ON COLUMN vessel_certificates.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN vessel_certificates.cert_name IS 'Text.';
COMMENT ON COLUMN vessel_certificates.expires_on IS 'Date.';

CREATE TABLE safety_drills (
    drill_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    held_at timestamptz NOT NULL,
    drill_type text NOT NULL
);
COMMENT ON TABLE safety_drills IS 'Fire and abandon-ship drills held on board. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN safety_drills.drill_id IS 'Surrogate key.';
COMMENT ON COLUMN safety_drills.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN safety_drills.held_at IS 'Moment (UTC).';
COMMENT ON COLUMN safety_drills.drill_type IS 'Text.';

CREATE TABLE incident_reports (
    report_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    severity integer NOT NULL
);
COMMENT ON TABLE incident_reports IS 'Safety and security incident reports on board. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN incident_reports.report_id IS 'Surrogate key.';
COMMENT ON COLUMN incident_reports.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN incident_reports.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN incident_reports.severity IS 'Small integer / reference id.';

CREATE TABLE complaints (
    complaint_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    received_at timestamptz NOT NULL,
    topic text NOT NULL
);
COMMENT ON TABLE complaints IS 'Customer complaints. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN complaints.complaint_id IS 'Surrogate key.';
COMMENT ON COLUMN complaints.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN complaints.received_at IS 'Moment (UTC).';
COMMENT ON COLUMN complaints.topic IS 'Text.';

CREATE TABLE survey_responses (
    response_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    score integer NOT NULL,
    answered_at timestamptz NOT NULL
);
COMMENT ON TABLE survey_responses IS 'Post-trip satisfaction surveys (score 1-5). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN survey_responses.response_id IS 'Surrogate key.';
COMMENT ON COLUMN survey_responses.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN survey_responses.score IS 'Small integer / reference id.';
COMMENT ON COLUMN survey_responses.answered_at IS 'Moment (UTC).';

CREATE TABLE promotions (
    promo_id integer PRIMARY KEY,
    promo_code text NOT NULL,
    discount_pct integer NOT NULL,
    valid_from date NOT NULL
);
COMMENT ON TABLE promotions IS 'Marketing campaigns and discount codes. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN promotions.promo_id IS 'Surrogate key.';
COMMENT ON COLUMN promotions.promo_code IS 'Code.';
COMMENT ON COLUMN promotions.discount_pct IS 'Small integer / reference id.';
COMMENT ON COLUMN promotions.valid_from IS 'Date.';

CREATE TABLE promo_redemptions (
    redemption_id integer PRIMARY KEY,
    promo_id integer NOT NULL,
    booking_ref text NOT NULL
);
COMMENT ON TABLE promo_redemptions IS 'Use of discount codes on bookings. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN promo_redemptions.redemption_id IS 'Surrogate key.';
COMMENT ON COLUMN promo_redemptions.promo_id IS 'Small integer / reference id.';
COMMENT ON COLUMN promo_redemptions.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';

CREATE TABLE travel_agents (
    agent_id integer PRIMARY KEY,
    agent_name text NOT NULL,
    country_code char(2) NOT NULL,
    commission_pct numeric(4,1) NOT NULL
);
COMMENT ON TABLE travel_agents IS 'Travel agencies selling tickets (channel ''AGT''). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN travel_agents.agent_id IS 'Surrogate key.';
COMMENT ON COLUMN travel_agents.agent_name IS 'Text.';
COMMENT ON COLUMN travel_agents.country_code IS 'ISO country code.';
COMMENT ON COLUMN travel_agents.commission_pct IS 'Percent.';

CREATE TABLE agent_commissions (
    statement_id integer PRIMARY KEY,
    agent_id integer NOT NULL,
    period_month date NOT NULL,
    amount_eur numeric(10,2) NOT NULL
);
COMMENT ON TABLE agent_commissions IS 'Commission statements to travel agents. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN agent_commissions.statement_id IS 'Surrogate key.';
COMMENT ON COLUMN agent_commissions.agent_id IS 'Small integer / reference id.';
COMMENT ON COLUMN agent_commissions.period_month IS 'Date.';
COMMENT ON COLUMN agent_commissions.amount_eur IS 'Amount.';

CREATE TABLE departments (
    department_id integer PRIMARY KEY,
    department_name text NOT NULL
);
COMMENT ON TABLE departments IS 'Shore organisation departments. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN departments.department_id IS 'Surrogate key.';
COMMENT ON COLUMN departments.department_name IS 'Text.';

CREATE TABLE shore_employees (
    employee_id integer PRIMARY KEY,
    department_id integer NOT NULL,
    full_name text NOT NULL,
    hired_on date NOT NULL
);
COMMENT ON TABLE shore_employees IS 'Shore-based staff (offices, terminals); not seafarers (crew_members). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN shore_employees.employee_id IS 'Surrogate key.';
COMMENT ON COLUMN shore_employees.department_id IS 'Small integer / reference id.';
COMMENT ON COLUMN shore_employees.full_name IS 'Person name.';
COMMENT ON COLUMN shore_employees.hired_on IS 'Date.';

CREATE TABLE timesheets (
    timesheet_id integer PRIMARY KEY,
    employee_id integer NOT NULL,
    week_start date NOT NULL,
    hours numeric(4,1) NOT NULL
);
COMMENT ON TABLE timesheets IS 'Weekly hours of shore employees. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN timesheets.timesheet_id IS 'Surrogate key.';
COMMENT ON COLUMN timesheets.employee_id IS 'Integer value.';
COMMENT ON COLUMN timesheets.week_start IS 'Date.';
COMMENT ON COLUMN timesheets.hours IS 'Measured value.';

CREATE TABLE weather_observations (
    obs_id integer PRIMARY KEY,
    port_id integer NOT NULL,
    observed_at timestamptz NOT NULL,
    wind_ms numeric(4,1) NOT NULL
);
COMMENT ON TABLE weather_observations IS 'Wind observations at ports (m/s). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN weather_observations.obs_id IS 'Surrogate key.';
COMMENT ON COLUMN weather_observations.port_id IS 'Port (ports.port_id).';
COMMENT ON COLUMN weather_observations.observed_at IS 'Moment (UTC).';
COMMENT ON COLUMN weather_observations.wind_ms IS 'Measured value.';

CREATE TABLE tide_predictions (
    tide_id integer PRIMARY KEY,
    port_id integer NOT NULL,
    predicted_at timestamptz NOT NULL,
    level_cm integer NOT NULL
);
COMMENT ON TABLE tide_predictions IS 'Predicted water levels at ports (cm). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN tide_predictions.tide_id IS 'Surrogate key.';
COMMENT ON COLUMN tide_predictions.port_id IS 'Port (ports.port_id).';
COMMENT ON COLUMN tide_predictions.predicted_at IS 'Moment (UTC).';
COMMENT ON COLUMN tide_predictions.level_cm IS 'Integer value.';

CREATE TABLE port_berths (
    berth_id integer PRIMARY KEY,
    port_id integer NOT NULL,
    berth_name text NOT NULL,
    max_length_m integer NOT NULL
);
COMMENT ON TABLE port_berths IS 'Berths at the ports. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN port_berths.berth_id IS 'Surrogate key.';
COMMENT ON COLUMN port_berths.port_id IS 'Port (ports.port_id).';
COMMENT ON COLUMN port_berths.berth_name IS 'Code.';
COMMENT ON COLUMN port_berths.max_length_m IS 'Integer value.';

CREATE TABLE gangway_inspections (
    inspection_id integer PRIMARY KEY,
    berth_id integer NOT NULL,
    inspected_on date NOT NULL,
    passed boolean NOT NULL
);
COMMENT ON TABLE gangway_inspections IS 'Inspections of passenger gangways. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN gangway_inspections.inspection_id IS 'Surrogate key.';
COMMENT ON COLUMN gangway_inspections.berth_id IS 'Small integer / reference id.';
COMMENT ON COLUMN gangway_inspections.inspected_on IS 'Date.';
COMMENT ON COLUMN gangway_inspections.passed IS 'Flag.';

CREATE TABLE dry_dock_periods (
    dock_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL
);
COMMENT ON TABLE dry_dock_periods IS 'Planned dry-dock periods (plans; costs are in maintenance_orders). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN dry_dock_periods.dock_id IS 'Surrogate key.';
COMMENT ON COLUMN dry_dock_periods.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN dry_dock_periods.starts_on IS 'Date.';
COMMENT ON COLUMN dry_dock_periods.ends_on IS 'Date.';

CREATE TABLE emissions_reports (
    report_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    month_start date NOT NULL,
    co2_tonnes numeric(10,1) NOT NULL
);
COMMENT ON TABLE emissions_reports IS 'Monthly CO2 reports per vessel (EU MRV), tonnes. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN emissions_reports.report_id IS 'Surrogate key.';
COMMENT ON COLUMN emissions_reports.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN emissions_reports.month_start IS 'Date.';
COMMENT ON COLUMN emissions_reports.co2_tonnes IS 'Measured value.';

CREATE TABLE noon_reports (
    noon_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    speed_kn numeric(4,1) NOT NULL
);
COMMENT ON TABLE noon_reports IS 'Daily noon reports from the bridge (position, speed). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN noon_reports.noon_id IS 'Surrogate key.';
COMMENT ON COLUMN noon_reports.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN noon_reports.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN noon_reports.speed_kn IS 'Measured value.';

CREATE TABLE lost_and_found (
    item_id integer PRIMARY KEY,
    vessel_id integer NOT NULL,
    found_on date NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE lost_and_found IS 'Items found on board. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN lost_and_found.item_id IS 'Surrogate key.';
COMMENT ON COLUMN lost_and_found.vessel_id IS 'Vessel (vessels.vessel_id).';
COMMENT ON COLUMN lost_and_found.found_on IS 'Date.';
COMMENT ON COLUMN lost_and_found.description IS 'Text.';

CREATE TABLE freight_accounts (
    freight_account_id integer PRIMARY KEY,
    company_name text NOT NULL,
    credit_limit_eur numeric(12,2) NOT NULL
);
COMMENT ON TABLE freight_accounts IS 'Freight (truck) accounts of haulage companies. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN freight_accounts.freight_account_id IS 'Surrogate key.';
COMMENT ON COLUMN freight_accounts.company_name IS 'Text.';
COMMENT ON COLUMN freight_accounts.credit_limit_eur IS 'Amount.';

CREATE TABLE gdpr_erasure_requests (
    request_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    received_on date NOT NULL,
    completed_on date
);
COMMENT ON TABLE gdpr_erasure_requests IS 'Data-protection erasure requests from customers. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN gdpr_erasure_requests.request_id IS 'Surrogate key.';
COMMENT ON COLUMN gdpr_erasure_requests.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN gdpr_erasure_requests.received_on IS 'Date.';
COMMENT ON COLUMN gdpr_erasure_requests.completed_on IS 'Date.';

CREATE TABLE app_sessions (
    session_id integer PRIMARY KEY,
    customer_id integer,
    started_at timestamptz NOT NULL,
    duration_s integer NOT NULL
);
COMMENT ON TABLE app_sessions IS 'Mobile app sessions (analytics). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN app_sessions.session_id IS 'Surrogate key.';
COMMENT ON COLUMN app_sessions.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN app_sessions.started_at IS 'Moment (UTC).';
COMMENT ON COLUMN app_sessions.duration_s IS 'Integer value.';

CREATE TABLE parking_bookings (
    parking_id integer PRIMARY KEY,
    port_id integer NOT NULL,
    booking_ref text NOT NULL,
    days integer NOT NULL
);
COMMENT ON TABLE parking_bookings IS 'Parking at the terminals. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN parking_bookings.parking_id IS 'Surrogate key.';
COMMENT ON COLUMN parking_bookings.port_id IS 'Port (ports.port_id).';
COMMENT ON COLUMN parking_bookings.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN parking_bookings.days IS 'Small integer / reference id.';

CREATE TABLE lounge_access (
    access_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    price_eur numeric(8,2) NOT NULL
);
COMMENT ON TABLE lounge_access IS 'Lounge upgrades sold at the terminals. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN lounge_access.access_id IS 'Surrogate key.';
COMMENT ON COLUMN lounge_access.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN lounge_access.price_eur IS 'Amount.';

CREATE TABLE pet_passes (
    pet_pass_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    species text NOT NULL
);
COMMENT ON TABLE pet_passes IS 'Pets travelling with passengers. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN pet_passes.pet_pass_id IS 'Surrogate key.';
COMMENT ON COLUMN pet_passes.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN pet_passes.species IS 'Text.';

CREATE TABLE special_assistance_requests (
    request_id integer PRIMARY KEY,
    booking_ref text NOT NULL,
    need text NOT NULL
);
COMMENT ON TABLE special_assistance_requests IS 'Requests for assistance (wheelchair etc.). Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN special_assistance_requests.request_id IS 'Surrogate key.';
COMMENT ON COLUMN special_assistance_requests.booking_ref IS 'Booking reference (text, as in bookings/archive_bookings.booking_ref).';
COMMENT ON COLUMN special_assistance_requests.need IS 'Text.';

CREATE TABLE email_notifications (
    email_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    sent_at timestamptz NOT NULL,
    template text NOT NULL
);
COMMENT ON TABLE email_notifications IS 'LOG of e-mails sent to customers. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN email_notifications.email_id IS 'Surrogate key.';
COMMENT ON COLUMN email_notifications.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN email_notifications.sent_at IS 'Moment (UTC).';
COMMENT ON COLUMN email_notifications.template IS 'Text.';

CREATE TABLE login_events (
    event_id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    logged_in_at timestamptz NOT NULL
);
COMMENT ON TABLE login_events IS 'LOG of customer web/app logins. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN login_events.event_id IS 'Surrogate key.';
COMMENT ON COLUMN login_events.customer_id IS 'Customer (customers.customer_id).';
COMMENT ON COLUMN login_events.logged_in_at IS 'Moment (UTC).';

CREATE TABLE api_request_log (
    request_id integer PRIMARY KEY,
    agent_id integer NOT NULL,
    requested_at timestamptz NOT NULL,
    http_status integer NOT NULL
);
COMMENT ON TABLE api_request_log IS 'LOG of partner API calls. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN api_request_log.request_id IS 'Surrogate key.';
COMMENT ON COLUMN api_request_log.agent_id IS 'Small integer / reference id.';
COMMENT ON COLUMN api_request_log.requested_at IS 'Moment (UTC).';
COMMENT ON COLUMN api_request_log.http_status IS 'Integer value.';

CREATE TABLE data_quality_issues (
    issue_id integer PRIMARY KEY,
    table_name text NOT NULL,
    found_at timestamptz NOT NULL,
    resolved boolean NOT NULL
);
COMMENT ON TABLE data_quality_issues IS 'LOG of data-quality findings raised by the warehouse checks. Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.';
COMMENT ON COLUMN data_quality_issues.issue_id IS 'Surrogate key.';
COMMENT ON COLUMN data_quality_issues.table_name IS 'Text.';
COMMENT ON COLUMN data_quality_issues.found_at IS 'Moment (UTC).';
COMMENT ON COLUMN data_quality_issues.resolved IS 'Flag.';

CREATE TABLE ais_positions_2022 (
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    lat numeric(8,5) NOT NULL,
    lon numeric(8,5) NOT NULL,
    speed_kn numeric(4,1) NOT NULL
);
COMMENT ON TABLE ais_positions_2022 IS 'PARTITION 2022 of AIS position reports (a sample: a few per vessel and day of 2022, UTC). Positions only; not the sailing record.';
COMMENT ON COLUMN ais_positions_2022.vessel_id IS 'Vessel.';
COMMENT ON COLUMN ais_positions_2022.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN ais_positions_2022.lat IS 'Latitude.';
COMMENT ON COLUMN ais_positions_2022.lon IS 'Longitude.';
COMMENT ON COLUMN ais_positions_2022.speed_kn IS 'Speed over ground, knots.';

CREATE TABLE ais_positions_2023 (
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    lat numeric(8,5) NOT NULL,
    lon numeric(8,5) NOT NULL,
    speed_kn numeric(4,1) NOT NULL
);
COMMENT ON TABLE ais_positions_2023 IS 'PARTITION 2023 of AIS position reports (a sample: a few per vessel and day of 2023, UTC). Positions only; not the sailing record.';
COMMENT ON COLUMN ais_positions_2023.vessel_id IS 'Vessel.';
COMMENT ON COLUMN ais_positions_2023.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN ais_positions_2023.lat IS 'Latitude.';
COMMENT ON COLUMN ais_positions_2023.lon IS 'Longitude.';
COMMENT ON COLUMN ais_positions_2023.speed_kn IS 'Speed over ground, knots.';

CREATE TABLE ais_positions_2024 (
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    lat numeric(8,5) NOT NULL,
    lon numeric(8,5) NOT NULL,
    speed_kn numeric(4,1) NOT NULL
);
COMMENT ON TABLE ais_positions_2024 IS 'PARTITION 2024 of AIS position reports (a sample: a few per vessel and day of 2024, UTC). Positions only; not the sailing record.';
COMMENT ON COLUMN ais_positions_2024.vessel_id IS 'Vessel.';
COMMENT ON COLUMN ais_positions_2024.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN ais_positions_2024.lat IS 'Latitude.';
COMMENT ON COLUMN ais_positions_2024.lon IS 'Longitude.';
COMMENT ON COLUMN ais_positions_2024.speed_kn IS 'Speed over ground, knots.';

CREATE TABLE ais_positions_2025 (
    vessel_id integer NOT NULL,
    reported_at timestamptz NOT NULL,
    lat numeric(8,5) NOT NULL,
    lon numeric(8,5) NOT NULL,
    speed_kn numeric(4,1) NOT NULL
);
COMMENT ON TABLE ais_positions_2025 IS 'PARTITION 2025 of AIS position reports (a sample: a few per vessel and day of 2025, UTC). Positions only; not the sailing record.';
COMMENT ON COLUMN ais_positions_2025.vessel_id IS 'Vessel.';
COMMENT ON COLUMN ais_positions_2025.reported_at IS 'Moment (UTC).';
COMMENT ON COLUMN ais_positions_2025.lat IS 'Latitude.';
COMMENT ON COLUMN ais_positions_2025.lon IS 'Longitude.';
COMMENT ON COLUMN ais_positions_2025.speed_kn IS 'Speed over ground, knots.';

CREATE TABLE berth_schedule_noosl (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_noosl IS 'Berth allocation plan of port Oslo (NOOSL) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_noosl.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_noosl.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_noosl.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_noosl.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_nokrs (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_nokrs IS 'Berth allocation plan of port Kristiansand (NOKRS) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_nokrs.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_nokrs.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_nokrs.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_nokrs.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_dkhir (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_dkhir IS 'Berth allocation plan of port Hirtshals (DKHIR) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_dkhir.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_dkhir.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_dkhir.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_dkhir.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_segot (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_segot IS 'Berth allocation plan of port Göteborg (SEGOT) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_segot.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_segot.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_segot.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_segot.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_dekel (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_dekel IS 'Berth allocation plan of port Kiel (DEKEL) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_dekel.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_dekel.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_dekel.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_dekel.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_dkfdh (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_dkfdh IS 'Berth allocation plan of port Frederikshavn (DKFDH) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_dkfdh.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_dkfdh.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_dkfdh.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_dkfdh.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_seyst (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_seyst IS 'Berth allocation plan of port Ystad (SEYST) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_seyst.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_seyst.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_seyst.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_seyst.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_plswi (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_plswi IS 'Berth allocation plan of port Świnoujście (PLSWI) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_plswi.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_plswi.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_plswi.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_plswi.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_fihel (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_fihel IS 'Berth allocation plan of port Helsinki (FIHEL) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_fihel.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_fihel.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_fihel.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_fihel.planned_from_local IS 'Planned berth occupation start, local time of the port.';

CREATE TABLE berth_schedule_eetll (
    plan_id integer PRIMARY KEY,
    sailing_code text NOT NULL,
    berth_name text NOT NULL,
    planned_from_local timestamp NOT NULL
);
COMMENT ON TABLE berth_schedule_eetll IS 'Berth allocation plan of port Tallinn (EETLL) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.';
COMMENT ON COLUMN berth_schedule_eetll.plan_id IS 'Surrogate key.';
COMMENT ON COLUMN berth_schedule_eetll.sailing_code IS 'Sailing planned at the berth.';
COMMENT ON COLUMN berth_schedule_eetll.berth_name IS 'Berth.';
COMMENT ON COLUMN berth_schedule_eetll.planned_from_local IS 'Planned berth occupation start, local time of the port.';
