-- invariants of crew_rostering: each query lists the rows that break one documented rule

-- rule: employee_no is 'E' followed by five digits (COMMENT ON COLUMN crew_members.employee_no)
SELECT crew_id, employee_no FROM crew_members WHERE employee_no !~ '^E[0-9]{5}$';

-- rule: spoken_languages is comma-separated ISO 639-1 codes without spaces, in alphabetical order
-- (COMMENT ON COLUMN crew_members.spoken_languages)
SELECT crew_id, spoken_languages FROM crew_members
WHERE spoken_languages !~ '^[a-z]{2}(,[a-z]{2})*$'
   OR spoken_languages <> array_to_string(ARRAY(SELECT x FROM unnest(string_to_array(spoken_languages, ',')) x ORDER BY x COLLATE "C"), ',');

-- rule: left_on is NULL for active crew (COMMENT ON COLUMN crew_members.left_on)
SELECT crew_id, is_active, left_on FROM crew_members WHERE is_active AND left_on IS NOT NULL;

-- rule: exactly one primary type rating per crew member (COMMENT ON COLUMN type_ratings.is_primary)
SELECT c.crew_id, COUNT(r.rating_id) AS primaries FROM crew_members c
LEFT JOIN type_ratings r ON r.crew_id = c.crew_id AND r.is_primary
GROUP BY c.crew_id HAVING COUNT(r.rating_id) <> 1;

-- rule: last_check_on is a recurrent check since issue (COMMENT ON COLUMN type_ratings.last_check_on)
SELECT rating_id, issued_on, last_check_on FROM type_ratings WHERE last_check_on < issued_on;

-- rule: pairing_code is the base code, a dash and four digits (COMMENT ON COLUMN pairings.pairing_code)
SELECT pairing_id, pairing_code, base_code FROM pairings WHERE pairing_code !~ ('^' || base_code || '-[0-9]{4}$');

-- rule: every pairing has legs (README: Surviving mutants, "every pairing has legs")
SELECT p.pairing_id FROM pairings p WHERE NOT EXISTS (SELECT 1 FROM pairing_legs l WHERE l.pairing_id = p.pairing_id);

-- rule: leg_seq numbers the legs 1, 2, ... without gaps (COMMENT ON COLUMN pairing_legs.leg_seq)
SELECT pairing_id, COUNT(*), MAX(leg_seq) FROM pairing_legs GROUP BY pairing_id
HAVING MIN(leg_seq) <> 1 OR MAX(leg_seq) <> COUNT(*);

-- rule: a pairing starts and ends at its base: first leg departs from and last leg arrives at
-- pairings.base_code (COMMENT ON TABLE pairings, COMMENT ON COLUMN pairings.base_code)
SELECT p.pairing_id, p.base_code, f.dep_airport, l.arr_airport FROM pairings p
JOIN pairing_legs f ON f.pairing_id = p.pairing_id AND f.leg_seq = 1
JOIN pairing_legs l ON l.pairing_id = p.pairing_id
 AND l.leg_seq = (SELECT MAX(leg_seq) FROM pairing_legs x WHERE x.pairing_id = p.pairing_id)
WHERE f.dep_airport <> p.base_code OR l.arr_airport <> p.base_code;

-- rule: legs are in flying order: each leg departs from where the previous arrived, after it arrived
-- (COMMENT ON TABLE pairing_legs)
SELECT a.leg_id, b.leg_id FROM pairing_legs a JOIN pairing_legs b
ON b.pairing_id = a.pairing_id AND b.leg_seq = a.leg_seq + 1
WHERE b.dep_airport <> a.arr_airport OR b.sched_departure < a.sched_arrival;

-- rule: the legs lie within the pairing's duty: report_at <= first departure, last arrival <= release_at
-- (COMMENT ON COLUMN pairings.report_at, pairings.release_at)
SELECT p.pairing_id, l.leg_id FROM pairings p JOIN pairing_legs l ON l.pairing_id = p.pairing_id
WHERE l.sched_departure < p.report_at OR l.sched_arrival > p.release_at;

-- rule: a pairing with a layover stops overnight at layover_airport: some leg arrives there, and it is not the base
-- (COMMENT ON TABLE pairings, COMMENT ON COLUMN pairings.layover_airport)
SELECT p.pairing_id, p.layover_airport FROM pairings p WHERE p.layover_airport IS NOT NULL
AND (p.layover_airport = p.base_code OR NOT EXISTS (SELECT 1 FROM pairing_legs l WHERE l.pairing_id = p.pairing_id AND l.arr_airport = p.layover_airport));

-- rule: duty_date is the base-local calendar date on which the pairing starts (report_at)
-- (COMMENT ON COLUMN pairings.duty_date; local offset = winter offset, +1 h in summer)
SELECT p.pairing_id, p.duty_date, p.report_at FROM pairings p JOIN bases b ON b.base_code = p.base_code
WHERE p.duty_date NOT IN (((p.report_at AT TIME ZONE 'UTC') + b.utc_offset_winter * INTERVAL '1 hour')::date,
                          ((p.report_at AT TIME ZONE 'UTC') + (b.utc_offset_winter + 1) * INTERVAL '1 hour')::date);

-- rule: flight_number is 'NV' followed by 3 or 4 digits (COMMENT ON COLUMN pairing_legs.flight_number)
SELECT leg_id, flight_number FROM pairing_legs WHERE flight_number !~ '^NV[0-9]{3,4}$';

-- rule: actual_block_minutes is NULL exactly when the leg was not flown (pairing planned or cancelled)
-- (COMMENT ON COLUMN pairing_legs.actual_block_minutes)
SELECT l.leg_id, p.status, l.actual_block_minutes FROM pairing_legs l JOIN pairings p ON p.pairing_id = l.pairing_id
WHERE (l.actual_block_minutes IS NULL) <> (p.status IN ('planned', 'cancelled'));

-- rule: snapshot 2025-03-01: every pairing from that date on is planned or cancelled, and planned means
-- not flown yet (COMMENT ON COLUMN pairings.status; README: planned exists only from 2025-03-01 on)
SELECT pairing_id, duty_date, status FROM pairings
WHERE (duty_date >= DATE '2025-03-01' AND status = 'operated') OR (duty_date < DATE '2025-03-01' AND status = 'planned');

-- rule: nothing is published, assigned, requested or decided after the 2025-03-01 snapshot
-- (COMMENT ON COLUMN pairings.status, leave_requests.status)
SELECT 'pairing' AS what, pairing_id AS id FROM pairings WHERE published_at >= TIMESTAMP '2025-03-02'
UNION ALL SELECT 'assignment', assignment_id FROM crew_assignments WHERE assigned_at >= TIMESTAMP '2025-03-02'
UNION ALL SELECT 'leave', leave_id FROM leave_requests WHERE requested_at >= TIMESTAMP '2025-03-02' OR decided_at >= TIMESTAMP '2025-03-02';

-- rule: cancelled pairings have no crew (README: Surviving mutants)
SELECT a.assignment_id, a.pairing_id FROM crew_assignments a JOIN pairings p ON p.pairing_id = a.pairing_id
WHERE p.status = 'cancelled';

-- rule: rostered = pairing not yet flown; completed = flew it: rostered only on planned pairings,
-- completed only on operated ones (COMMENT ON COLUMN crew_assignments.status)
SELECT a.assignment_id, a.status, p.status FROM crew_assignments a JOIN pairings p ON p.pairing_id = a.pairing_id
WHERE (a.status = 'rostered' AND p.status <> 'planned') OR (a.status = 'completed' AND p.status <> 'operated');

-- rule: position matches the crew member's rank group: CPT/FO are pilots, PUR/FA cabin crew
-- (COMMENT ON COLUMN crew_members.crew_rank, crew_assignments.position)
SELECT a.assignment_id, a.position, c.crew_rank FROM crew_assignments a JOIN crew_members c ON c.crew_id = a.crew_id
WHERE (a.position IN ('CPT', 'FO')) <> (c.crew_rank IN ('captain', 'first_officer'));

-- rule: nobody flies after their last day of employment (COMMENT ON COLUMN crew_members.left_on)
SELECT a.assignment_id, c.crew_id, c.left_on, p.duty_date FROM crew_assignments a
JOIN crew_members c ON c.crew_id = a.crew_id JOIN pairings p ON p.pairing_id = a.pairing_id
WHERE a.status = 'completed' AND (p.duty_date > c.left_on OR p.duty_date < c.hire_date);

-- rule: daily and weekly rests are at the home base, layover rests away from it
-- (COMMENT ON COLUMN rest_periods.rest_type, rest_periods.location_airport)
SELECT r.rest_id, r.rest_type, r.location_airport, c.home_base FROM rest_periods r JOIN crew_members c ON c.crew_id = r.crew_id
WHERE (r.rest_type IN ('daily', 'weekly')) <> (r.location_airport = c.home_base);

-- rule: hotel_name is NULL for rests at home base (COMMENT ON COLUMN rest_periods.hotel_name)
SELECT rest_id, rest_type, hotel_name FROM rest_periods WHERE rest_type IN ('daily', 'weekly') AND hotel_name IS NOT NULL;

-- rule: decided_at is set for approved and rejected requests and NULL while pending
-- (COMMENT ON COLUMN leave_requests.decided_at)
SELECT leave_id, status, decided_at FROM leave_requests
WHERE (status IN ('approved', 'rejected') AND decided_at IS NULL) OR (status = 'pending' AND decided_at IS NOT NULL);

-- rule: the captain pay scale lies above every other rank's: no non-captain is paid as much as a captain
-- (README: Surviving mutants, 017)
SELECT c.crew_id, c.crew_rank, c.hourly_rate FROM crew_members c
WHERE c.crew_rank <> 'captain' AND c.hourly_rate >= (SELECT MIN(hourly_rate) FROM crew_members WHERE crew_rank = 'captain');
