-- invariants of ferry_ops: each query lists the rows that break one documented rule
-- (authoritative, archive, partition and legacy tables; staging_*, rpt_*, v_*, audit/log and side-system tables are
-- documented as unvalidated or informative and are not checked)

-- rule: fx_rates has one row per calendar day (no gaps) and currency (EUR, NOK, DKK, SEK, PLN) from 2021-01-01 to
-- 2025-06-30, EUR with rate 1 (COMMENT ON TABLE fx_rates, COMMENT ON COLUMN fx_rates.eur_per_unit)
SELECT c.currency_code, COUNT(f.rate_date) AS n FROM currencies c
LEFT JOIN fx_rates f ON f.currency_code = c.currency_code AND f.rate_date BETWEEN DATE '2021-01-01' AND DATE '2025-06-30'
GROUP BY c.currency_code HAVING COUNT(f.rate_date) <> DATE '2025-06-30' - DATE '2021-01-01' + 1
UNION ALL SELECT currency_code, COUNT(*) FROM fx_rates
WHERE rate_date NOT BETWEEN DATE '2021-01-01' AND DATE '2025-06-30' OR (currency_code = 'EUR' AND eur_per_unit <> 1) GROUP BY 1;

-- rule: the fiscal year runs 1 April to 31 March, named after the year it ends in; one row per quarter, Q1 = April-June
-- (COMMENT ON TABLE fiscal_periods and its columns)
SELECT fiscal_year, fiscal_quarter, starts_on, ends_on FROM fiscal_periods
WHERE starts_on <> make_date(fiscal_year - 1, 4, 1) + (fiscal_quarter - 1) * INTERVAL '3 months'
   OR ends_on <> (make_date(fiscal_year - 1, 4, 1) + fiscal_quarter * INTERVAL '3 months' - INTERVAL '1 day')::date
UNION ALL SELECT fiscal_year, COUNT(*)::int, NULL, NULL FROM fiscal_periods GROUP BY fiscal_year HAVING COUNT(*) <> 4;

-- rule: route_code is '<origin>-<destination>' (the location part of the ports' UN/LOCODEs, e.g. 'GOT-KEL')
-- (COMMENT ON COLUMN routes.route_code, ports.port_code)
SELECT r.route_id, r.route_code, o.port_code, d.port_code FROM routes r
JOIN ports o ON o.port_id = r.origin_port_id JOIN ports d ON d.port_id = r.destination_port_id
WHERE r.route_code <> substr(o.port_code, 3) || '-' || substr(d.port_code, 3) OR r.origin_port_id = r.destination_port_id;

-- rule: vessel name periods cover the vessel's service life without gaps or overlaps, the last is current and equals
-- vessels.name (COMMENT ON TABLE vessel_name_history, vessels)
WITH h AS (SELECT n.*, LEAD(valid_from) OVER (PARTITION BY vessel_id ORDER BY valid_from) AS next_from FROM vessel_name_history n)
SELECT h.vessel_id, h.name, h.valid_from, h.valid_to, h.next_from FROM h JOIN vessels v ON v.vessel_id = h.vessel_id
WHERE (h.next_from IS NOT NULL AND h.valid_to IS DISTINCT FROM h.next_from) OR (h.next_from IS NULL AND (h.valid_to IS NOT NULL OR h.name <> v.name))
   OR h.valid_to <= h.valid_from
UNION ALL SELECT v.vessel_id, v.name, NULL, NULL, NULL FROM vessels v WHERE NOT EXISTS (SELECT 1 FROM vessel_name_history h WHERE h.vessel_id = v.vessel_id);

-- rule: sailings holds scheduled departures from 2023-01-01 00:00 UTC (scheduled ones up to 2025-09-30), the archive
-- those of calendar 2022; sailing_id is unique across both (COMMENT ON TABLE sailings, archive_sailings; README)
SELECT 'live' AS src, sailing_id FROM sailings WHERE scheduled_departure_utc < TIMESTAMPTZ '2023-01-01 00:00+00' OR scheduled_departure_utc >= TIMESTAMPTZ '2025-10-01 00:00+00'
UNION ALL SELECT 'archive', sailing_id FROM archive_sailings WHERE scheduled_departure_utc < TIMESTAMPTZ '2022-01-01 00:00+00' OR scheduled_departure_utc >= TIMESTAMPTZ '2023-01-01 00:00+00'
UNION ALL SELECT 'dup id', sailing_id FROM (SELECT sailing_id FROM sailings UNION ALL SELECT sailing_id FROM archive_sailings) x GROUP BY sailing_id HAVING COUNT(*) > 1;

-- rule: scheduled_departure_local is the UTC moment at the origin port's time zone, and sailing_code is
-- '<route_code>-<local date YYYYMMDD>-<local time HHMM>' (COMMENT ON COLUMN sailings.scheduled_departure_local, sailing_code)
SELECT s.src, s.sailing_id, s.sailing_code, s.scheduled_departure_utc, s.scheduled_departure_local FROM
 (SELECT 'live' AS src, sailing_id, sailing_code, route_id, scheduled_departure_utc, scheduled_departure_local FROM sailings
  UNION ALL SELECT 'archive', sailing_id, sailing_code, route_id, scheduled_departure_utc, scheduled_departure_local FROM archive_sailings) s
JOIN routes r ON r.route_id = s.route_id JOIN ports o ON o.port_id = r.origin_port_id
WHERE s.scheduled_departure_local <> (s.scheduled_departure_utc AT TIME ZONE o.tz_name)
   OR s.sailing_code <> r.route_code || '-' || to_char(s.scheduled_departure_local, 'YYYYMMDD-HH24MI');

-- rule: sailing codes are unique in sailings (UNIQUE) and no live code repeats an archive code; inside archive_sailings
-- a code may repeat (COMMENT ON COLUMN archive_sailings.sailing_code: not guaranteed unique, no UNIQUE constraint;
-- README: known quirk of instance 1), so archive duplicates are not checked here
SELECT sailing_code, COUNT(*) FROM (SELECT sailing_code FROM sailings UNION ALL SELECT DISTINCT sailing_code FROM archive_sailings) x
GROUP BY sailing_code HAVING COUNT(*) > 1;

-- rule: 'scheduled' means departure after the extract moment 2025-07-01 00:00 UTC; completed sailings departed and
-- arrived (arrival after departure); cancelled and scheduled ones have no actual times; cancel_reason_code only for
-- cancellations (COMMENT ON COLUMN sailings.status, actual_departure_utc, actual_arrival_utc, cancel_reason_code)
SELECT s.src, s.sailing_id, s.status, s.scheduled_departure_utc, s.actual_departure_utc, s.actual_arrival_utc FROM
 (SELECT 'live' AS src, sailing_id, status, scheduled_departure_utc, actual_departure_utc, actual_arrival_utc, cancel_reason_code FROM sailings
  UNION ALL SELECT 'archive', sailing_id, status, scheduled_departure_utc, actual_departure_utc, actual_arrival_utc, cancel_reason_code FROM archive_sailings) s
WHERE (s.status = 'scheduled') <> (s.scheduled_departure_utc >= TIMESTAMPTZ '2025-07-01 00:00+00')
   OR (s.status = 'completed' AND (s.actual_departure_utc IS NULL OR s.actual_arrival_utc IS NULL OR s.actual_arrival_utc <= s.actual_departure_utc))
   OR (s.status <> 'completed' AND (s.actual_departure_utc IS NOT NULL OR s.actual_arrival_utc IS NOT NULL))
   OR (s.status = 'cancelled') <> (s.cancel_reason_code IS NOT NULL);

-- rule: bookings are for sailings of sailings, archived bookings for archive_sailings; booking_id unique across both
-- (COMMENT ON TABLE bookings, archive_bookings, COMMENT ON COLUMN bookings.sailing_id)
SELECT 'live' AS src, b.booking_id FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM sailings s WHERE s.sailing_id = b.sailing_id)
UNION ALL SELECT 'archive', b.booking_id FROM archive_bookings b WHERE NOT EXISTS (SELECT 1 FROM archive_sailings s WHERE s.sailing_id = b.sailing_id)
UNION ALL SELECT 'dup id', booking_id FROM (SELECT booking_id FROM bookings UNION ALL SELECT booking_id FROM archive_bookings) x GROUP BY booking_id HAVING COUNT(*) > 1;

-- rule: booking status follows the sailing: 'confirmed' = sailing still ahead (scheduled); travelled and no_show only
-- on completed sailings; a booking is made before the departure (COMMENT ON COLUMN bookings.status, booked_at)
SELECT b.src, b.booking_id, b.status, s.status AS sailing_status, b.booked_at, s.scheduled_departure_utc FROM
 (SELECT 'live' AS src, booking_id, sailing_id, status, booked_at FROM bookings UNION ALL SELECT 'archive', booking_id, sailing_id, status, booked_at FROM archive_bookings) b
JOIN (SELECT sailing_id, status, scheduled_departure_utc FROM sailings UNION ALL SELECT sailing_id, status, scheduled_departure_utc FROM archive_sailings) s ON s.sailing_id = b.sailing_id
WHERE (b.status = 'confirmed') <> (s.status = 'scheduled' AND b.status <> 'cancelled')
   OR (b.status IN ('travelled', 'no_show') AND s.status <> 'completed')
   OR b.booked_at > s.scheduled_departure_utc;

-- rule: tickets belong to bookings of their table (archive_tickets to archive_bookings); a ticket's list price
-- (fare_id) is a fare of the sailing's route and of the ticket's type (COMMENT ON TABLE tickets, archive_tickets,
-- COMMENT ON COLUMN tickets.fare_id)
SELECT 'archive ticket without booking' AS problem, t.ticket_id FROM archive_tickets t WHERE NOT EXISTS (SELECT 1 FROM archive_bookings b WHERE b.booking_id = t.booking_id)
UNION ALL
SELECT 'fare of other route/type', t.ticket_id FROM
 (SELECT ticket_id, booking_id, ticket_type_code, fare_id FROM tickets UNION ALL SELECT ticket_id, booking_id, ticket_type_code, fare_id FROM archive_tickets) t
JOIN (SELECT booking_id, sailing_id FROM bookings UNION ALL SELECT booking_id, sailing_id FROM archive_bookings) b ON b.booking_id = t.booking_id
JOIN (SELECT sailing_id, route_id FROM sailings UNION ALL SELECT sailing_id, route_id FROM archive_sailings) s ON s.sailing_id = b.sailing_id
JOIN fare_history f ON f.fare_id = t.fare_id
WHERE f.route_id <> s.route_id OR f.ticket_type_code <> t.ticket_type_code;

-- rule: exactly one list price is valid for a route, ticket type and day: fare periods follow each other without gaps
-- or overlaps and the last is open (COMMENT ON TABLE fare_history)
WITH h AS (SELECT f.*, LEAD(valid_from) OVER (PARTITION BY route_id, ticket_type_code ORDER BY valid_from) AS next_from FROM fare_history f)
SELECT fare_id, route_id, ticket_type_code, valid_from, valid_to, next_from FROM h
WHERE (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from) OR (next_from IS NULL AND valid_to IS NOT NULL) OR valid_to <= valid_from;

-- rule: refunds are of cancelled bookings of their table (archive_refunds of archive_bookings), in the booking's
-- currency, after the booking was made (COMMENT ON TABLE refunds, archive_refunds, COMMENT ON COLUMN refunds.amount)
SELECT 'live' AS src, f.refund_id, b.status, f.currency_code, b.currency_code FROM refunds f LEFT JOIN bookings b ON b.booking_id = f.booking_id
WHERE b.booking_id IS NULL OR b.status <> 'cancelled' OR f.currency_code <> b.currency_code OR f.refunded_at < b.booked_at
UNION ALL SELECT 'archive', f.refund_id, b.status, f.currency_code, b.currency_code FROM archive_refunds f LEFT JOIN archive_bookings b ON b.booking_id = f.booking_id
WHERE b.booking_id IS NULL OR b.status <> 'cancelled' OR f.currency_code <> b.currency_code OR f.refunded_at < b.booked_at;

-- rule: customer_no like 'C00042'; crew employee_no like 'E1007' (COMMENT ON COLUMN customers.customer_no, crew_members.employee_no)
SELECT 'customer' AS what, customer_no FROM customers WHERE customer_no !~ '^C[0-9]{5}$'
UNION ALL SELECT 'crew', employee_no FROM crew_members WHERE employee_no !~ '^E[0-9]+$';

-- rule: rank periods of a crew member do not overlap (the rank on day D is one row) and the current one is
-- crew_members.rank_code (COMMENT ON TABLE crew_rank_history, crew_members)
WITH h AS (SELECT r.*, LEAD(valid_from) OVER (PARTITION BY crew_id ORDER BY valid_from) AS next_from FROM crew_rank_history r)
SELECT h.crew_id, h.rank_code, h.valid_from, h.valid_to, h.next_from, c.rank_code AS current_rank FROM h JOIN crew_members c ON c.crew_id = h.crew_id
WHERE (h.next_from IS NOT NULL AND (h.valid_to IS NULL OR h.valid_to > h.next_from)) OR h.valid_to <= h.valid_from
   OR (h.next_from IS NULL AND h.valid_to IS NULL AND h.rank_code <> c.rank_code);

-- rule: crew assignments are of sailings of their table (archive ones of archive_sailings), by a crew member employed
-- on the sailing's date (COMMENT ON TABLE crew_assignments, archive_crew_assignments; crew_members.hired_on, left_on)
SELECT a.src, a.assignment_id, s.sailing_id, c.hired_on, c.left_on, s.scheduled_departure_utc FROM
 (SELECT 'live' AS src, assignment_id, sailing_id, crew_id FROM crew_assignments UNION ALL SELECT 'archive', assignment_id, sailing_id, crew_id FROM archive_crew_assignments) a
LEFT JOIN (SELECT 'live' AS src, sailing_id, scheduled_departure_utc FROM sailings UNION ALL SELECT 'archive', sailing_id, scheduled_departure_utc FROM archive_sailings) s
  ON s.sailing_id = a.sailing_id AND s.src = a.src
LEFT JOIN crew_members c ON c.crew_id = a.crew_id
WHERE s.sailing_id IS NULL OR c.crew_id IS NULL OR (s.scheduled_departure_utc AT TIME ZONE 'UTC')::date < c.hired_on
   OR (s.scheduled_departure_utc AT TIME ZONE 'UTC')::date > c.left_on;

-- rule: a maintenance order has closed_on and its final cost exactly when closed, closed on or after it was opened
-- (COMMENT ON COLUMN maintenance_orders.closed_on, cost_amount)
SELECT work_order_id, status, opened_on, closed_on, cost_amount FROM maintenance_orders
WHERE (closed_on IS NULL) <> (status = 'open') OR (cost_amount IS NULL) <> (status = 'open') OR closed_on < opened_on OR closed_on > DATE '2025-07-01';

-- rule: port fees are for sailings of their table (archive fees of archive_sailings) (COMMENT ON TABLE port_fees, archive_port_fees)
SELECT 'live' AS src, f.fee_id FROM port_fees f WHERE NOT EXISTS (SELECT 1 FROM sailings s WHERE s.sailing_id = f.sailing_id)
UNION ALL SELECT 'archive', f.fee_id FROM archive_port_fees f WHERE NOT EXISTS (SELECT 1 FROM archive_sailings s WHERE s.sailing_id = f.sailing_id);

-- rule: boarding partitions hold one row per completed sailing of that region and UTC departure year, 2022-2025, and
-- nothing else (COMMENT ON TABLE boarding_counts_<region>_<year>)
WITH bc AS (SELECT 'north' AS rg, 2022 AS yr, sailing_id FROM boarding_counts_north_2022 UNION ALL SELECT 'north', 2023, sailing_id FROM boarding_counts_north_2023
  UNION ALL SELECT 'north', 2024, sailing_id FROM boarding_counts_north_2024 UNION ALL SELECT 'north', 2025, sailing_id FROM boarding_counts_north_2025
  UNION ALL SELECT 'south', 2022, sailing_id FROM boarding_counts_south_2022 UNION ALL SELECT 'south', 2023, sailing_id FROM boarding_counts_south_2023
  UNION ALL SELECT 'south', 2024, sailing_id FROM boarding_counts_south_2024 UNION ALL SELECT 'south', 2025, sailing_id FROM boarding_counts_south_2025
  UNION ALL SELECT 'east', 2022, sailing_id FROM boarding_counts_east_2022 UNION ALL SELECT 'east', 2023, sailing_id FROM boarding_counts_east_2023
  UNION ALL SELECT 'east', 2024, sailing_id FROM boarding_counts_east_2024 UNION ALL SELECT 'east', 2025, sailing_id FROM boarding_counts_east_2025),
 cs AS (SELECT r.region_code AS rg, EXTRACT(YEAR FROM s.scheduled_departure_utc AT TIME ZONE 'UTC')::int AS yr, s.sailing_id
        FROM (SELECT sailing_id, route_id, status, scheduled_departure_utc FROM sailings UNION ALL SELECT sailing_id, route_id, status, scheduled_departure_utc FROM archive_sailings) s
        JOIN routes r ON r.route_id = s.route_id WHERE s.status = 'completed')
SELECT 'completed sailing without its count' AS problem, cs.rg, cs.yr, cs.sailing_id FROM cs
WHERE NOT EXISTS (SELECT 1 FROM bc WHERE bc.sailing_id = cs.sailing_id AND bc.rg = cs.rg AND bc.yr = cs.yr)
UNION ALL SELECT 'count not of a completed sailing of its region/year', bc.rg, bc.yr, bc.sailing_id FROM bc
WHERE NOT EXISTS (SELECT 1 FROM cs WHERE bc.sailing_id = cs.sailing_id AND bc.rg = cs.rg AND bc.yr = cs.yr);

-- rule: passengers boarded cannot exceed the vessel's certified maximum number of passengers
-- (COMMENT ON COLUMN vessels.pax_capacity, boarding_counts_*.passengers_boarded)
WITH bc AS (SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2022 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2023
  UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2024 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_north_2025
  UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2022 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2023
  UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2024 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_south_2025
  UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2022 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2023
  UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2024 UNION ALL SELECT sailing_id, passengers_boarded FROM boarding_counts_east_2025)
SELECT bc.sailing_id, bc.passengers_boarded, v.pax_capacity FROM bc
JOIN (SELECT sailing_id, vessel_id FROM sailings UNION ALL SELECT sailing_id, vessel_id FROM archive_sailings) s ON s.sailing_id = bc.sailing_id
JOIN vessels v ON v.vessel_id = s.vessel_id WHERE bc.passengers_boarded > v.pax_capacity OR bc.passengers_boarded < 0;

-- rule: legacy departures are of 2021 and earlier, with old route and vessel codes that are all mapped; legacy bookings
-- reference legacy departures and use status B, R, N or K (COMMENT ON TABLE legacy_departures, legacy_route_code_map,
-- legacy_bookings, COMMENT ON COLUMN legacy_bookings.status)
SELECT 'departure ' || departure_no AS problem FROM legacy_departures d
WHERE d.departure_date > DATE '2021-12-31'
   OR NOT EXISTS (SELECT 1 FROM legacy_route_code_map m WHERE m.old_route_code = d.old_route_code)
   OR NOT EXISTS (SELECT 1 FROM legacy_vessel_map m WHERE m.vessel_code = d.vessel_code)
UNION ALL SELECT 'booking ' || legacy_booking_no FROM legacy_bookings b
WHERE b.status NOT IN ('B', 'R', 'N', 'K') OR NOT EXISTS (SELECT 1 FROM legacy_departures d WHERE d.departure_no = b.departure_no)
UNION ALL SELECT 'map to unknown route ' || m.old_route_code FROM legacy_route_code_map m WHERE NOT EXISTS (SELECT 1 FROM routes r WHERE r.route_id = m.route_id);

-- rule: a booking on a cancelled legacy departure did not travel: no status 'R' (reist) or 'N' (no-show) on a
-- departure with cancelled = 'J' (COMMENT ON COLUMN legacy_departures.cancelled, legacy_status_codes.status)
SELECT b.legacy_booking_no, b.status, d.departure_no FROM legacy_bookings b JOIN legacy_departures d ON d.departure_no = b.departure_no
WHERE d.cancelled = 'J' AND b.status IN ('R', 'N');
