-- crew_rostering: airline crew rostering (crew, type ratings, bases, pairings, legs, assignments,
-- rest periods, leave). DDL only; rows come from generate.py.

CREATE TABLE bases (
    base_code      text PRIMARY KEY CHECK (base_code ~ '^[A-Z]{3}$'),
    city           text NOT NULL,
    country        text NOT NULL,
    utc_offset_winter smallint NOT NULL CHECK (utc_offset_winter BETWEEN -12 AND 14),
    is_hub         boolean NOT NULL,
    opened_on      date NOT NULL
);
COMMENT ON TABLE bases IS 'Crew bases (domiciles) of the airline. Every crew member belongs to exactly one home base and every pairing starts and ends at a base.';
COMMENT ON COLUMN bases.base_code IS 'IATA airport code of the base, three upper-case letters, e.g. ''CDG'', ''MUC''.';
COMMENT ON COLUMN bases.city IS 'City of the base in its local spelling, e.g. ''München'', ''Zürich''.';
COMMENT ON COLUMN bases.country IS 'Country of the base, English name, e.g. ''Germany''.';
COMMENT ON COLUMN bases.utc_offset_winter IS 'Offset of local standard (winter) time from UTC, in whole hours (e.g. 1 for Paris).';
COMMENT ON COLUMN bases.is_hub IS 'true when the base is one of the airline''s hubs, false for a secondary base.';
COMMENT ON COLUMN bases.opened_on IS 'Date the base opened for crew.';

CREATE TABLE aircraft_types (
    type_code       text PRIMARY KEY,
    manufacturer    text NOT NULL,
    model_name      text NOT NULL,
    seat_count      integer NOT NULL CHECK (seat_count > 0),
    cockpit_crew    smallint NOT NULL CHECK (cockpit_crew BETWEEN 1 AND 4),
    min_cabin_crew  smallint NOT NULL CHECK (min_cabin_crew BETWEEN 1 AND 20),
    is_widebody     boolean NOT NULL
);
COMMENT ON TABLE aircraft_types IS 'Aircraft types flown by the airline; pilots and cabin crew hold type ratings per type.';
COMMENT ON COLUMN aircraft_types.type_code IS 'ICAO-style type designator, e.g. ''A320'', ''B738'', ''AT76''.';
COMMENT ON COLUMN aircraft_types.manufacturer IS 'Manufacturer name, e.g. ''Airbus'', ''Boeing'', ''Embraer'', ''ATR''.';
COMMENT ON COLUMN aircraft_types.model_name IS 'Marketing model name, e.g. ''A320neo''.';
COMMENT ON COLUMN aircraft_types.seat_count IS 'Number of passenger seats in the airline''s configuration.';
COMMENT ON COLUMN aircraft_types.cockpit_crew IS 'Number of pilots required (captain + first officers).';
COMMENT ON COLUMN aircraft_types.min_cabin_crew IS 'Regulatory minimum number of cabin crew (purser + flight attendants) for a flight on this type.';
COMMENT ON COLUMN aircraft_types.is_widebody IS 'true for twin-aisle (widebody) aircraft.';

CREATE TABLE crew_members (
    crew_id          integer PRIMARY KEY,
    employee_no      text NOT NULL UNIQUE,
    first_name       text NOT NULL,
    last_name        text NOT NULL,
    crew_rank        text NOT NULL CHECK (crew_rank IN ('captain', 'first_officer', 'purser', 'flight_attendant')),
    home_base        text NOT NULL REFERENCES bases (base_code),
    hire_date        date NOT NULL,
    birth_date       date NOT NULL,
    email            text,
    spoken_languages text,
    hourly_rate      numeric(12,2) NOT NULL CHECK (hourly_rate > 0),
    is_active        boolean NOT NULL,
    left_on          date,
    CHECK (left_on IS NULL OR left_on >= hire_date),
    CHECK (is_active OR left_on IS NOT NULL)
);
COMMENT ON TABLE crew_members IS 'One row per crew member (pilot or cabin crew), current and former.';
COMMENT ON COLUMN crew_members.crew_id IS 'Surrogate key of the crew member.';
COMMENT ON COLUMN crew_members.employee_no IS 'Employee number, ''E'' followed by five digits, e.g. ''E10042''.';
COMMENT ON COLUMN crew_members.first_name IS 'Given name (may contain non-ASCII letters, e.g. ''Søren'').';
COMMENT ON COLUMN crew_members.last_name IS 'Family name (may contain apostrophes or non-ASCII letters, e.g. ''O''Brien'', ''Weiß'').';
COMMENT ON COLUMN crew_members.crew_rank IS 'Rank: ''captain'' and ''first_officer'' are pilots (flight deck); ''purser'' (cabin chief) and ''flight_attendant'' are cabin crew.';
COMMENT ON COLUMN crew_members.home_base IS 'Home base (domicile) of the crew member, references bases.base_code.';
COMMENT ON COLUMN crew_members.hire_date IS 'Date the crew member joined the airline.';
COMMENT ON COLUMN crew_members.birth_date IS 'Date of birth.';
COMMENT ON COLUMN crew_members.email IS 'Company e-mail address; NULL when none is on file.';
COMMENT ON COLUMN crew_members.spoken_languages IS 'Languages spoken on board, comma-separated ISO 639-1 codes without spaces in alphabetical order, e.g. ''de,en,fr''; NULL when not recorded.';
COMMENT ON COLUMN crew_members.hourly_rate IS 'Pay per block hour in EUR.';
COMMENT ON COLUMN crew_members.is_active IS 'true while the crew member is employed; false once they left the airline.';
COMMENT ON COLUMN crew_members.left_on IS 'Last day of employment; NULL for active crew.';

CREATE TABLE type_ratings (
    rating_id        integer PRIMARY KEY,
    crew_id          integer NOT NULL REFERENCES crew_members (crew_id),
    type_code        text NOT NULL REFERENCES aircraft_types (type_code),
    issued_on        date NOT NULL,
    expires_on       date NOT NULL,
    last_check_on    date,
    is_primary       boolean NOT NULL,
    UNIQUE (crew_id, type_code),
    CHECK (expires_on > issued_on)
);
COMMENT ON TABLE type_ratings IS 'Qualifications: a crew member''s rating to operate (pilots) or to work in the cabin of (cabin crew) an aircraft type. At most one row per crew member and type.';
COMMENT ON COLUMN type_ratings.rating_id IS 'Surrogate key of the rating.';
COMMENT ON COLUMN type_ratings.crew_id IS 'The rated crew member, references crew_members.';
COMMENT ON COLUMN type_ratings.type_code IS 'The aircraft type, references aircraft_types.';
COMMENT ON COLUMN type_ratings.issued_on IS 'Date the rating was first issued.';
COMMENT ON COLUMN type_ratings.expires_on IS 'Last day on which the rating is valid (inclusive); the rating is valid on a day d when issued_on <= d <= expires_on.';
COMMENT ON COLUMN type_ratings.last_check_on IS 'Date of the most recent recurrent proficiency check; NULL when no recurrent check has been done since issue.';
COMMENT ON COLUMN type_ratings.is_primary IS 'true for the crew member''s primary type (exactly one per crew member).';

CREATE TABLE pairings (
    pairing_id       integer PRIMARY KEY,
    pairing_code     text NOT NULL UNIQUE,
    base_code        text NOT NULL REFERENCES bases (base_code),
    type_code        text NOT NULL REFERENCES aircraft_types (type_code),
    duty_date        date NOT NULL,
    report_at        timestamptz NOT NULL,
    release_at       timestamptz NOT NULL,
    layover_airport  text,
    status           text NOT NULL CHECK (status IN ('planned', 'operated', 'cancelled')),
    published_at     timestamp NOT NULL,
    CHECK (release_at > report_at)
);
COMMENT ON TABLE pairings IS 'Pairings (crew trips): a sequence of flight legs starting and ending at a base, flown by one crew on one aircraft type. A pairing is a single duty period, or two duty periods with an overnight layover away from base.';
COMMENT ON COLUMN pairings.pairing_id IS 'Surrogate key of the pairing.';
COMMENT ON COLUMN pairings.pairing_code IS 'Planning code: base code, dash, four digits, e.g. ''CDG-0412''.';
COMMENT ON COLUMN pairings.base_code IS 'Base where the pairing starts and ends, references bases.';
COMMENT ON COLUMN pairings.type_code IS 'Aircraft type operated on every leg of the pairing, references aircraft_types.';
COMMENT ON COLUMN pairings.duty_date IS 'Calendar date (base local time) on which the pairing starts.';
COMMENT ON COLUMN pairings.report_at IS 'Time the crew reports for duty at the start of the pairing (timestamptz; stored and displayed in UTC).';
COMMENT ON COLUMN pairings.release_at IS 'Time the crew is released from duty at the end of the pairing (timestamptz, UTC). Pairing duty time = release_at - report_at.';
COMMENT ON COLUMN pairings.layover_airport IS 'IATA code of the overnight layover airport; NULL for a same-day (out-and-back) pairing without layover.';
COMMENT ON COLUMN pairings.status IS 'planned = not flown yet (the data is a snapshot taken on 2025-03-01: every pairing from that date on is planned or cancelled); operated = flown; cancelled = cancelled before operation.';
COMMENT ON COLUMN pairings.published_at IS 'When crew planning published the pairing (timestamp without time zone, crew-control local time, Europe/Paris).';

CREATE TABLE pairing_legs (
    leg_id               integer PRIMARY KEY,
    pairing_id           integer NOT NULL REFERENCES pairings (pairing_id),
    leg_seq              smallint NOT NULL CHECK (leg_seq >= 1),
    flight_number        text NOT NULL,
    dep_airport          text NOT NULL CHECK (dep_airport ~ '^[A-Z]{3}$'),
    arr_airport          text NOT NULL CHECK (arr_airport ~ '^[A-Z]{3}$'),
    sched_departure      timestamptz NOT NULL,
    sched_arrival        timestamptz NOT NULL,
    actual_block_minutes integer CHECK (actual_block_minutes > 0),
    UNIQUE (pairing_id, leg_seq),
    CHECK (sched_arrival > sched_departure),
    CHECK (dep_airport <> arr_airport)
);
COMMENT ON TABLE pairing_legs IS 'Flight legs (sectors) of a pairing, in flying order.';
COMMENT ON COLUMN pairing_legs.leg_id IS 'Surrogate key of the leg.';
COMMENT ON COLUMN pairing_legs.pairing_id IS 'The pairing the leg belongs to, references pairings.';
COMMENT ON COLUMN pairing_legs.leg_seq IS 'Position of the leg in the pairing: 1 = first leg, 2 = second, ...';
COMMENT ON COLUMN pairing_legs.flight_number IS 'Commercial flight number: airline prefix ''NV'' followed by 3 or 4 digits, e.g. ''NV1234''.';
COMMENT ON COLUMN pairing_legs.dep_airport IS 'IATA code of the departure airport.';
COMMENT ON COLUMN pairing_legs.arr_airport IS 'IATA code of the arrival airport.';
COMMENT ON COLUMN pairing_legs.sched_departure IS 'Scheduled off-block time (timestamptz, UTC).';
COMMENT ON COLUMN pairing_legs.sched_arrival IS 'Scheduled on-block time (timestamptz, UTC). Scheduled block time = sched_arrival - sched_departure.';
COMMENT ON COLUMN pairing_legs.actual_block_minutes IS 'Actual block time flown, in minutes; NULL when the leg was not flown (pairing planned or cancelled).';

CREATE TABLE crew_assignments (
    assignment_id  integer PRIMARY KEY,
    pairing_id     integer NOT NULL REFERENCES pairings (pairing_id),
    crew_id        integer NOT NULL REFERENCES crew_members (crew_id),
    position       text NOT NULL CHECK (position IN ('CPT', 'FO', 'PUR', 'FA')),
    is_deadhead    boolean NOT NULL,
    assigned_at    timestamp NOT NULL,
    status         text NOT NULL CHECK (status IN ('rostered', 'completed', 'swapped', 'sick', 'no_show')),
    per_diem_eur   numeric(12,2) CHECK (per_diem_eur >= 0),
    UNIQUE (pairing_id, crew_id)
);
COMMENT ON TABLE crew_assignments IS 'Roster: which crew member was assigned to which pairing in which position. A crew member appears at most once per pairing.';
COMMENT ON COLUMN crew_assignments.assignment_id IS 'Surrogate key of the assignment.';
COMMENT ON COLUMN crew_assignments.pairing_id IS 'The pairing, references pairings.';
COMMENT ON COLUMN crew_assignments.crew_id IS 'The assigned crew member, references crew_members.';
COMMENT ON COLUMN crew_assignments.position IS 'Position worked: ''CPT'' captain, ''FO'' first officer, ''PUR'' purser, ''FA'' flight attendant.';
COMMENT ON COLUMN crew_assignments.is_deadhead IS 'true when the crew member travels as a passenger (positioning, not working the flights); false when working.';
COMMENT ON COLUMN crew_assignments.assigned_at IS 'When the assignment was made (timestamp without time zone, crew-control local time, Europe/Paris).';
COMMENT ON COLUMN crew_assignments.status IS 'rostered = assigned, pairing not yet flown; completed = crew member flew the pairing; swapped = traded away to another crew member; sick = reported sick and did not fly; no_show = did not report for duty. Only completed assignments count as flown.';
COMMENT ON COLUMN crew_assignments.per_diem_eur IS 'Meal/overnight allowance paid for the pairing, in EUR; NULL when nothing was paid or not yet settled.';

CREATE TABLE rest_periods (
    rest_id              integer PRIMARY KEY,
    crew_id              integer NOT NULL REFERENCES crew_members (crew_id),
    rest_type            text NOT NULL CHECK (rest_type IN ('daily', 'layover', 'weekly')),
    location_airport     text NOT NULL CHECK (location_airport ~ '^[A-Z]{3}$'),
    rest_start           timestamptz NOT NULL,
    rest_end             timestamptz NOT NULL,
    min_required_minutes integer NOT NULL CHECK (min_required_minutes > 0),
    hotel_name           text,
    CHECK (rest_end > rest_start)
);
COMMENT ON TABLE rest_periods IS 'Rest periods recorded for crew members between duties. A rest period is compliant when its length (rest_end - rest_start) is at least min_required_minutes.';
COMMENT ON COLUMN rest_periods.rest_id IS 'Surrogate key of the rest period.';
COMMENT ON COLUMN rest_periods.crew_id IS 'The resting crew member, references crew_members.';
COMMENT ON COLUMN rest_periods.rest_type IS 'daily = rest at home base between duties; layover = overnight rest away from base (in a hotel); weekly = extended weekly rest at home base.';
COMMENT ON COLUMN rest_periods.location_airport IS 'IATA code of the airport where the rest is taken (home base or layover airport).';
COMMENT ON COLUMN rest_periods.rest_start IS 'Start of the rest (timestamptz, UTC).';
COMMENT ON COLUMN rest_periods.rest_end IS 'End of the rest (timestamptz, UTC).';
COMMENT ON COLUMN rest_periods.min_required_minutes IS 'Regulatory minimum length of this rest, in minutes (e.g. 720 = 12 hours).';
COMMENT ON COLUMN rest_periods.hotel_name IS 'Hotel used for a layover rest; NULL for rests at home base and when not recorded.';

CREATE TABLE leave_requests (
    leave_id      integer PRIMARY KEY,
    crew_id       integer NOT NULL REFERENCES crew_members (crew_id),
    leave_type    text NOT NULL CHECK (leave_type IN ('annual', 'sick', 'parental', 'training', 'unpaid')),
    start_date    date NOT NULL,
    end_date      date NOT NULL,
    status        text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    requested_at  timestamp NOT NULL,
    decided_at    timestamp,
    note          text,
    CHECK (end_date >= start_date),
    CHECK (decided_at IS NULL OR decided_at >= requested_at)
);
COMMENT ON TABLE leave_requests IS 'Leave (days off duty) requested by crew members.';
COMMENT ON COLUMN leave_requests.leave_id IS 'Surrogate key of the request.';
COMMENT ON COLUMN leave_requests.crew_id IS 'The requesting crew member, references crew_members.';
COMMENT ON COLUMN leave_requests.leave_type IS 'annual = paid holiday; sick = sick leave; parental = parental leave; training = ground training days; unpaid = unpaid leave.';
COMMENT ON COLUMN leave_requests.start_date IS 'First day of leave.';
COMMENT ON COLUMN leave_requests.end_date IS 'Last day of leave (inclusive): a request from 2024-03-01 to 2024-03-03 covers 3 days.';
COMMENT ON COLUMN leave_requests.status IS 'pending = awaiting decision (as of the 2025-03-01 snapshot); approved; rejected; withdrawn = cancelled by the crew member.';
COMMENT ON COLUMN leave_requests.requested_at IS 'When the request was submitted (timestamp without time zone, crew-control local time).';
COMMENT ON COLUMN leave_requests.decided_at IS 'When it was approved or rejected; NULL while pending or when withdrawn before a decision.';
COMMENT ON COLUMN leave_requests.note IS 'Free-text note by the crew member; NULL when none.';
