-- municipal_permits: building, trade and street-event permits of a mid-sized city (DDL only).

CREATE TABLE neighborhoods (
    neighborhood_id   integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    ward_number       smallint NOT NULL CHECK (ward_number BETWEEN 1 AND 6),
    zoning_code       text NOT NULL CHECK (zoning_code IN ('R1', 'R2', 'C1', 'M1', 'MX')),
    population        integer CHECK (population > 0)
);
COMMENT ON TABLE neighborhoods IS 'City neighborhoods; every parcel lies in exactly one neighborhood.';
COMMENT ON COLUMN neighborhoods.neighborhood_id IS 'Primary key.';
COMMENT ON COLUMN neighborhoods.name IS 'Neighborhood name, unique (may contain accents, e.g. ''Peñasco Flats'').';
COMMENT ON COLUMN neighborhoods.ward_number IS 'City council ward (1 to 6) the neighborhood belongs to; several neighborhoods share a ward.';
COMMENT ON COLUMN neighborhoods.zoning_code IS 'Predominant zoning: ''R1'' single-family residential, ''R2'' multi-family residential, ''C1'' commercial, ''M1'' light industrial, ''MX'' mixed use.';
COMMENT ON COLUMN neighborhoods.population IS 'Resident population from the last census; NULL when not surveyed.';

CREATE TABLE applicants (
    applicant_id      integer PRIMARY KEY,
    full_name         text NOT NULL,
    applicant_type    text NOT NULL CHECK (applicant_type IN ('individual', 'contractor', 'business', 'nonprofit')),
    email             text,
    phone             text,
    license_number    text UNIQUE,
    registered_on     date NOT NULL,
    CHECK (applicant_type = 'contractor' OR license_number IS NULL)
);
COMMENT ON TABLE applicants IS 'People and organisations that file permit applications.';
COMMENT ON COLUMN applicants.applicant_id IS 'Primary key.';
COMMENT ON COLUMN applicants.full_name IS 'Person or organisation name as registered (e.g. ''O''Brien Construction LLC''); not guaranteed unique.';
COMMENT ON COLUMN applicants.applicant_type IS 'One of ''individual'' (private person), ''contractor'' (licensed builder/trade), ''business'', ''nonprofit''.';
COMMENT ON COLUMN applicants.email IS 'Contact e-mail; NULL when not provided.';
COMMENT ON COLUMN applicants.phone IS 'Contact phone as entered; NULL when not provided.';
COMMENT ON COLUMN applicants.license_number IS 'State contractor license number such as ''CL-10423''; only contractors have one, and some contractors have none on file (NULL).';
COMMENT ON COLUMN applicants.registered_on IS 'Date the applicant account was created in the permit portal.';

CREATE TABLE parcels (
    parcel_id         integer PRIMARY KEY,
    parcel_number     text NOT NULL UNIQUE,
    street_address    text NOT NULL,
    neighborhood_id   integer NOT NULL REFERENCES neighborhoods (neighborhood_id),
    land_use          text NOT NULL CHECK (land_use IN ('residential', 'commercial', 'industrial', 'mixed', 'public')),
    lot_area_sqft     integer NOT NULL CHECK (lot_area_sqft > 0),
    assessed_value    numeric(12,2) CHECK (assessed_value >= 0),
    is_historic       boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE parcels IS 'Land parcels (lots) of the city cadastre.';
COMMENT ON COLUMN parcels.parcel_id IS 'Primary key.';
COMMENT ON COLUMN parcels.parcel_number IS 'Cadastral parcel number, format ''NNN-NNNN'' (e.g. ''104-0032''), unique.';
COMMENT ON COLUMN parcels.street_address IS 'Street address of the lot, e.g. ''1200 Mill St''.';
COMMENT ON COLUMN parcels.neighborhood_id IS 'Neighborhood containing the parcel (neighborhoods.neighborhood_id).';
COMMENT ON COLUMN parcels.land_use IS 'Current land use: ''residential'', ''commercial'', ''industrial'', ''mixed'' or ''public''.';
COMMENT ON COLUMN parcels.lot_area_sqft IS 'Lot area in square feet.';
COMMENT ON COLUMN parcels.assessed_value IS 'Latest assessed property value in US dollars; NULL when not yet assessed.';
COMMENT ON COLUMN parcels.is_historic IS 'True when the parcel is in a designated historic district (extra review applies).';

CREATE TABLE permit_types (
    permit_type_code  text PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    category          text NOT NULL CHECK (category IN ('building', 'electrical', 'plumbing', 'mechanical', 'demolition', 'sign', 'event')),
    base_fee          numeric(12,2) NOT NULL CHECK (base_fee >= 0),
    requires_inspection boolean NOT NULL,
    target_review_days integer NOT NULL CHECK (target_review_days > 0)
);
COMMENT ON TABLE permit_types IS 'Catalogue of permit kinds the city issues.';
COMMENT ON COLUMN permit_types.permit_type_code IS 'Primary key, short code such as ''BLD-NEW'', ''ELE-RES'', ''EVT-STR''.';
COMMENT ON COLUMN permit_types.name IS 'Human-readable permit name, e.g. ''New Building Construction''.';
COMMENT ON COLUMN permit_types.category IS 'Permit family: ''building'', ''electrical'', ''plumbing'', ''mechanical'', ''demolition'', ''sign'' or ''event''.';
COMMENT ON COLUMN permit_types.base_fee IS 'Flat application fee in US dollars charged when an application of this type is filed.';
COMMENT ON COLUMN permit_types.requires_inspection IS 'True when approved permits of this type must pass field inspections.';
COMMENT ON COLUMN permit_types.target_review_days IS 'Service-level target: calendar days from submission to decision.';

CREATE TABLE inspectors (
    inspector_id      integer PRIMARY KEY,
    full_name         text NOT NULL,
    specialty         text NOT NULL CHECK (specialty IN ('structural', 'electrical', 'plumbing', 'fire', 'general')),
    hired_on          date NOT NULL,
    is_active         boolean NOT NULL
);
COMMENT ON TABLE inspectors IS 'City field inspectors.';
COMMENT ON COLUMN inspectors.inspector_id IS 'Primary key.';
COMMENT ON COLUMN inspectors.full_name IS 'Inspector name (unique in practice), e.g. ''Siobhán O''Neill''.';
COMMENT ON COLUMN inspectors.specialty IS 'Main trade: ''structural'', ''electrical'', ''plumbing'', ''fire'' or ''general''.';
COMMENT ON COLUMN inspectors.hired_on IS 'Hiring date.';
COMMENT ON COLUMN inspectors.is_active IS 'False for inspectors who have left or retired.';

CREATE TABLE permit_applications (
    application_id    integer PRIMARY KEY,
    applicant_id      integer NOT NULL REFERENCES applicants (applicant_id),
    parcel_id         integer REFERENCES parcels (parcel_id),
    permit_type_code  text NOT NULL REFERENCES permit_types (permit_type_code),
    submitted_at      timestamptz NOT NULL,
    status            text NOT NULL CHECK (status IN ('submitted', 'under_review', 'approved', 'denied', 'withdrawn')),
    decision_date     date,
    estimated_cost    numeric(12,2) CHECK (estimated_cost >= 0),
    expected_attendance integer CHECK (expected_attendance > 0),
    is_expedited      boolean NOT NULL DEFAULT false,
    description       text NOT NULL,
    CHECK ((status IN ('approved', 'denied')) = (decision_date IS NOT NULL))
);
COMMENT ON TABLE permit_applications IS 'One row per permit application filed with the city.';
COMMENT ON COLUMN permit_applications.application_id IS 'Primary key (application number).';
COMMENT ON COLUMN permit_applications.applicant_id IS 'Who filed it (applicants.applicant_id).';
COMMENT ON COLUMN permit_applications.parcel_id IS 'Parcel the work is on (parcels.parcel_id); NULL for permits not tied to a lot, i.e. street events.';
COMMENT ON COLUMN permit_applications.permit_type_code IS 'Kind of permit requested (permit_types.permit_type_code).';
COMMENT ON COLUMN permit_applications.submitted_at IS 'When the application was submitted, stored in UTC; the UTC date is the submission date (portal submissions fall between 13:00 and 22:59 UTC; paper applications keyed in by the clerk are stamped 00:00:00 UTC on their filing date).';
COMMENT ON COLUMN permit_applications.status IS 'Current state: ''submitted'' (not yet picked up), ''under_review'', ''approved'', ''denied'', ''withdrawn'' (cancelled by the applicant). Approved and denied are final decisions.';
COMMENT ON COLUMN permit_applications.decision_date IS 'Date of the approval or denial; set exactly when status is ''approved'' or ''denied'', NULL otherwise.';
COMMENT ON COLUMN permit_applications.estimated_cost IS 'Declared construction cost in US dollars; NULL for event permits and when not declared.';
COMMENT ON COLUMN permit_applications.expected_attendance IS 'Expected number of attendees, only for event permits (category ''event''); NULL otherwise.';
COMMENT ON COLUMN permit_applications.is_expedited IS 'True when the applicant paid for expedited review.';
COMMENT ON COLUMN permit_applications.description IS 'Free-text description of the work or event.';

CREATE TABLE inspections (
    inspection_id     integer PRIMARY KEY,
    application_id    integer NOT NULL REFERENCES permit_applications (application_id),
    inspector_id      integer REFERENCES inspectors (inspector_id),
    inspection_kind   text NOT NULL CHECK (inspection_kind IN ('footing', 'framing', 'rough_in', 'final', 'site')),
    scheduled_for     timestamp NOT NULL,
    completed_at      timestamp,
    result            text CHECK (result IN ('pass', 'fail', 'partial', 'no_access')),
    notes             text,
    CHECK ((completed_at IS NULL) = (result IS NULL))
);
COMMENT ON TABLE inspections IS 'Field inspections of approved permits; a permit can be inspected many times (re-inspections after a fail).';
COMMENT ON COLUMN inspections.inspection_id IS 'Primary key.';
COMMENT ON COLUMN inspections.application_id IS 'Inspected permit (permit_applications.application_id).';
COMMENT ON COLUMN inspections.inspector_id IS 'Assigned inspector (inspectors.inspector_id); NULL while unassigned.';
COMMENT ON COLUMN inspections.inspection_kind IS 'Stage inspected: ''footing'', ''framing'', ''rough_in'', ''final'' or ''site'' (one-off site visit).';
COMMENT ON COLUMN inspections.scheduled_for IS 'Appointment date and time, local time (timestamp without time zone).';
COMMENT ON COLUMN inspections.completed_at IS 'Local date and time the inspection was actually carried out (midnight when only the date was recorded); NULL if not carried out yet.';
COMMENT ON COLUMN inspections.result IS 'Outcome: ''pass'', ''fail'', ''partial'' (some items corrected later) or ''no_access'' (inspector could not get in); NULL exactly when completed_at is NULL.';
COMMENT ON COLUMN inspections.notes IS 'Inspector remarks; NULL when none.';

CREATE TABLE fees (
    fee_id            integer PRIMARY KEY,
    application_id    integer NOT NULL REFERENCES permit_applications (application_id),
    fee_kind          text NOT NULL CHECK (fee_kind IN ('application', 'plan_review', 'inspection', 'expedite', 'late_penalty')),
    amount            numeric(12,2) NOT NULL CHECK (amount > 0),
    assessed_on       date NOT NULL,
    paid_on           date,
    payment_method    text CHECK (payment_method IN ('card', 'check', 'ach', 'cash')),
    CHECK ((paid_on IS NULL) = (payment_method IS NULL))
);
COMMENT ON TABLE fees IS 'Fees charged on applications; an application has one or more fee lines.';
COMMENT ON COLUMN fees.fee_id IS 'Primary key.';
COMMENT ON COLUMN fees.application_id IS 'Application charged (permit_applications.application_id).';
COMMENT ON COLUMN fees.fee_kind IS '''application'' (flat filing fee), ''plan_review'' (percentage of estimated cost, at least 50.00), ''inspection'' (per inspection), ''expedite'' (expedited-review surcharge), ''late_penalty''.';
COMMENT ON COLUMN fees.amount IS 'Amount charged in US dollars.';
COMMENT ON COLUMN fees.assessed_on IS 'Date the fee was charged.';
COMMENT ON COLUMN fees.paid_on IS 'Date the fee was paid in full; NULL while unpaid (outstanding).';
COMMENT ON COLUMN fees.payment_method IS '''card'', ''check'', ''ach'' (bank transfer) or ''cash''; NULL exactly when unpaid.';

CREATE TABLE appeals (
    appeal_id         integer PRIMARY KEY,
    application_id    integer NOT NULL UNIQUE REFERENCES permit_applications (application_id),
    filed_on          date NOT NULL,
    grounds           text NOT NULL,
    hearing_date      date,
    outcome           text NOT NULL CHECK (outcome IN ('pending', 'upheld', 'overturned', 'remanded')),
    CHECK (hearing_date IS NULL OR hearing_date >= filed_on)
);
COMMENT ON TABLE appeals IS 'Appeals to the zoning board against denied applications.';
COMMENT ON COLUMN appeals.appeal_id IS 'Primary key.';
COMMENT ON COLUMN appeals.application_id IS 'Denied application being appealed (permit_applications.application_id); at most one appeal per application.';
COMMENT ON COLUMN appeals.filed_on IS 'Date the appeal was filed.';
COMMENT ON COLUMN appeals.grounds IS 'Applicant''s stated reason for the appeal.';
COMMENT ON COLUMN appeals.hearing_date IS 'Date of the board hearing; NULL when not yet scheduled, or when the board decided the appeal on the papers without a hearing.';
COMMENT ON COLUMN appeals.outcome IS '''pending'' (not decided), ''upheld'' (denial confirmed, applicant loses), ''overturned'' (denial reversed, applicant wins), ''remanded'' (sent back for new review).';
