-- clinical_trials: a contract research organisation's trial-management database.
-- DDL only; rows come from generate.py.

CREATE TABLE sites (
    site_id        integer PRIMARY KEY,
    site_code      text NOT NULL UNIQUE,
    name           text NOT NULL,
    city           text NOT NULL,
    country_code   char(2) NOT NULL,
    is_academic    boolean NOT NULL,
    activated_on   date NOT NULL
);
COMMENT ON TABLE sites IS 'Hospitals and clinics that recruit and follow trial participants. One row per site.';
COMMENT ON COLUMN sites.site_id IS 'Surrogate key of the site.';
COMMENT ON COLUMN sites.site_code IS 'Short unique site code, e.g. ''S-OSL-01'' (S-<city abbreviation>-<number>).';
COMMENT ON COLUMN sites.name IS 'Official name of the hospital or clinic; may contain apostrophes and accented letters.';
COMMENT ON COLUMN sites.city IS 'City where the site is located, in its local spelling (e.g. ''München'', ''Zürich'').';
COMMENT ON COLUMN sites.country_code IS 'ISO 3166-1 alpha-2 country code of the site, e.g. ''DE'', ''NO'', ''ES'', ''FR'', ''US''.';
COMMENT ON COLUMN sites.is_academic IS 'true for university / teaching hospitals, false for private or community clinics.';
COMMENT ON COLUMN sites.activated_on IS 'Date the site was activated (approved to recruit participants for the organisation).';

CREATE TABLE investigators (
    investigator_id  integer PRIMARY KEY,
    site_id          integer NOT NULL REFERENCES sites (site_id),
    full_name        text NOT NULL,
    specialty        text NOT NULL,
    email            text,
    is_principal     boolean NOT NULL,
    gcp_certified_on date
);
COMMENT ON TABLE investigators IS 'Physicians and study staff who conduct trial visits. Each investigator works at exactly one site.';
COMMENT ON COLUMN investigators.investigator_id IS 'Surrogate key of the investigator.';
COMMENT ON COLUMN investigators.site_id IS 'The site where the investigator works (sites.site_id).';
COMMENT ON COLUMN investigators.full_name IS 'First and last name, e.g. ''Siobhan O''''Brien''; may contain non-ASCII letters.';
COMMENT ON COLUMN investigators.specialty IS 'Medical specialty: one of ''oncology'', ''cardiology'', ''endocrinology'', ''neurology'', ''rheumatology'', ''pulmonology''.';
COMMENT ON COLUMN investigators.email IS 'Work e-mail address; NULL when not on file.';
COMMENT ON COLUMN investigators.is_principal IS 'true if the investigator is a principal investigator (PI), false for sub-investigators.';
COMMENT ON COLUMN investigators.gcp_certified_on IS 'Date of the latest Good Clinical Practice (GCP) certification; NULL if never certified.';

CREATE TABLE trials (
    trial_id           integer PRIMARY KEY,
    trial_code         text NOT NULL UNIQUE,
    title              text NOT NULL,
    sponsor            text NOT NULL,
    therapeutic_area   text NOT NULL,
    phase              text NOT NULL CHECK (phase IN ('I', 'II', 'III', 'IV')),
    status             text NOT NULL CHECK (status IN ('planned', 'recruiting', 'active', 'completed', 'terminated')),
    start_date         date NOT NULL,
    end_date           date,
    target_enrollment  integer NOT NULL CHECK (target_enrollment > 0),
    budget             numeric(12,2) NOT NULL CHECK (budget >= 0),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
COMMENT ON TABLE trials IS 'Clinical trials (studies) run by the organisation. One row per trial.';
COMMENT ON COLUMN trials.trial_id IS 'Surrogate key of the trial.';
COMMENT ON COLUMN trials.trial_code IS 'Protocol code, unique, e.g. ''CT-2021-004''.';
COMMENT ON COLUMN trials.title IS 'Short title of the study.';
COMMENT ON COLUMN trials.sponsor IS 'Name of the sponsoring pharmaceutical company, e.g. ''Nordlys Pharma'', ''Brückner Biotech''.';
COMMENT ON COLUMN trials.therapeutic_area IS 'Disease area: one of ''oncology'', ''cardiology'', ''endocrinology'', ''neurology'', ''rheumatology'', ''pulmonology'', ''nephrology''.';
COMMENT ON COLUMN trials.phase IS 'Trial phase: ''I'', ''II'', ''III'' or ''IV'' (roman numerals as text).';
COMMENT ON COLUMN trials.status IS 'Current status: ''planned'' (not started), ''recruiting'', ''active'' (recruitment closed, follow-up ongoing), ''completed'' or ''terminated'' (stopped early).';
COMMENT ON COLUMN trials.start_date IS 'Date the trial started (first site opened).';
COMMENT ON COLUMN trials.end_date IS 'Date the trial ended (completed or terminated); NULL while the trial is still running or planned.';
COMMENT ON COLUMN trials.target_enrollment IS 'Planned number of participants to enrol across all sites.';
COMMENT ON COLUMN trials.budget IS 'Total approved budget of the trial in euros (EUR).';

CREATE TABLE trial_arms (
    arm_id       integer PRIMARY KEY,
    trial_id     integer NOT NULL REFERENCES trials (trial_id),
    arm_code     text NOT NULL,
    arm_type     text NOT NULL CHECK (arm_type IN ('experimental', 'placebo', 'active_comparator')),
    dose_mg      numeric(8,2) CHECK (dose_mg IS NULL OR dose_mg > 0),
    description  text NOT NULL,
    UNIQUE (trial_id, arm_code)
);
COMMENT ON TABLE trial_arms IS 'Treatment arms (groups) of a trial; each participant is randomised to exactly one arm.';
COMMENT ON COLUMN trial_arms.arm_id IS 'Surrogate key of the arm.';
COMMENT ON COLUMN trial_arms.trial_id IS 'The trial this arm belongs to (trials.trial_id).';
COMMENT ON COLUMN trial_arms.arm_code IS 'Arm label, unique within a trial: ''A'', ''B'', ''C'' for active arms, ''PBO'' for placebo.';
COMMENT ON COLUMN trial_arms.arm_type IS 'Kind of arm: ''experimental'' (study drug), ''placebo'' or ''active_comparator'' (standard-of-care drug).';
COMMENT ON COLUMN trial_arms.dose_mg IS 'Daily dose of the study or comparator drug in milligrams; NULL for placebo arms.';
COMMENT ON COLUMN trial_arms.description IS 'Free-text description of the arm''s regimen.';

CREATE TABLE participants (
    participant_id   integer PRIMARY KEY,
    subject_code     text NOT NULL UNIQUE,
    arm_id           integer NOT NULL REFERENCES trial_arms (arm_id),
    site_id          integer NOT NULL REFERENCES sites (site_id),
    sex              char(1) NOT NULL CHECK (sex IN ('F', 'M', 'X')),
    birth_date       date NOT NULL,
    enrolled_at      timestamptz NOT NULL,
    withdrawn_on     date,
    withdrawal_reason text,
    CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL))
);
COMMENT ON TABLE participants IS 'Enrolled trial participants (subjects). A participant belongs to one trial through the arm they were randomised to (participants.arm_id -> trial_arms.trial_id) and is followed at one site.';
COMMENT ON COLUMN participants.participant_id IS 'Surrogate key of the participant.';
COMMENT ON COLUMN participants.subject_code IS 'Pseudonymised subject identifier, unique, e.g. ''SUBJ-000123''.';
COMMENT ON COLUMN participants.arm_id IS 'The arm the participant was randomised to (trial_arms.arm_id); gives the trial too.';
COMMENT ON COLUMN participants.site_id IS 'The site that enrolled and follows the participant (sites.site_id).';
COMMENT ON COLUMN participants.sex IS 'Sex recorded at enrolment: ''F'' female, ''M'' male, ''X'' other / not disclosed.';
COMMENT ON COLUMN participants.birth_date IS 'Date of birth.';
COMMENT ON COLUMN participants.enrolled_at IS 'Moment of enrolment (informed consent signed and randomised), with time zone.';
COMMENT ON COLUMN participants.withdrawn_on IS 'Date the participant left the trial early; NULL if still participating or completed normally.';
COMMENT ON COLUMN participants.withdrawal_reason IS 'Reason for early withdrawal: ''adverse event'', ''lost to follow-up'', ''consent withdrawn'', ''protocol deviation''; NULL exactly when withdrawn_on is NULL.';

CREATE TABLE visits (
    visit_id         integer PRIMARY KEY,
    participant_id   integer NOT NULL REFERENCES participants (participant_id),
    visit_number     integer NOT NULL CHECK (visit_number >= 1),
    scheduled_date   date NOT NULL,
    visit_at         timestamp,
    status           text NOT NULL CHECK (status IN ('completed', 'missed', 'cancelled')),
    investigator_id  integer REFERENCES investigators (investigator_id),
    weight_kg        numeric(5,1),
    systolic_bp      integer CHECK (systolic_bp IS NULL OR systolic_bp BETWEEN 60 AND 260),
    UNIQUE (participant_id, visit_number),
    CHECK ((status = 'completed') = (visit_at IS NOT NULL))
);
COMMENT ON TABLE visits IS 'Protocol visits of participants. Visit 1 is the baseline visit; later visits follow the schedule.';
COMMENT ON COLUMN visits.visit_id IS 'Surrogate key of the visit.';
COMMENT ON COLUMN visits.participant_id IS 'The participant (participants.participant_id).';
COMMENT ON COLUMN visits.visit_number IS 'Sequence number of the visit for the participant, 1 = baseline.';
COMMENT ON COLUMN visits.scheduled_date IS 'Date the visit was scheduled for by the protocol.';
COMMENT ON COLUMN visits.visit_at IS 'Local date and time the visit actually took place (no time zone); NULL unless status = ''completed''.';
COMMENT ON COLUMN visits.status IS '''completed'' (took place), ''missed'' (participant did not come) or ''cancelled'' (cancelled by the site).';
COMMENT ON COLUMN visits.investigator_id IS 'Investigator who conducted the visit (investigators.investigator_id); NULL for visits that did not take place, and for completed nurse-led home visits, which no investigator conducts.';
COMMENT ON COLUMN visits.weight_kg IS 'Body weight measured at the visit, in kilograms; NULL if not measured.';
COMMENT ON COLUMN visits.systolic_bp IS 'Systolic blood pressure measured at the visit, in mmHg; NULL if not measured.';

CREATE TABLE adverse_events (
    adverse_event_id  integer PRIMARY KEY,
    participant_id    integer NOT NULL REFERENCES participants (participant_id),
    visit_id          integer REFERENCES visits (visit_id),
    term              text NOT NULL,
    onset_date        date NOT NULL,
    reported_at       timestamptz NOT NULL,
    severity_grade    integer NOT NULL CHECK (severity_grade BETWEEN 1 AND 5),
    is_serious        boolean NOT NULL,
    causality         text NOT NULL CHECK (causality IN ('unrelated', 'unlikely', 'possible', 'probable', 'definite')),
    outcome           text NOT NULL CHECK (outcome IN ('recovered', 'recovering', 'not_recovered', 'fatal', 'unknown')),
    resolved_on       date,
    CHECK (resolved_on IS NULL OR resolved_on >= onset_date)
);
COMMENT ON TABLE adverse_events IS 'Adverse events (AEs): any untoward medical occurrence in a participant, whether or not related to the study drug.';
COMMENT ON COLUMN adverse_events.adverse_event_id IS 'Surrogate key of the adverse event.';
COMMENT ON COLUMN adverse_events.participant_id IS 'The affected participant (participants.participant_id).';
COMMENT ON COLUMN adverse_events.visit_id IS 'The visit at which the event was recorded (visits.visit_id); NULL when reported between visits (e.g. by phone).';
COMMENT ON COLUMN adverse_events.term IS 'Event term in lower case, e.g. ''headache'', ''nausea'', ''fatigue'', ''rash'', ''dizziness'', ''elevated liver enzymes'', ''hypertension'', ''neutropenia'', ''pneumonia'', ''myocardial infarction''.';
COMMENT ON COLUMN adverse_events.onset_date IS 'Date the event began.';
COMMENT ON COLUMN adverse_events.reported_at IS 'Moment the event was entered into the database, with time zone.';
COMMENT ON COLUMN adverse_events.severity_grade IS 'CTCAE severity grade 1..5: 1 mild, 2 moderate, 3 severe, 4 life-threatening, 5 death.';
COMMENT ON COLUMN adverse_events.is_serious IS 'true for a serious adverse event (SAE: hospitalisation, life-threatening, death, disability), false otherwise.';
COMMENT ON COLUMN adverse_events.causality IS 'Investigator''s assessment of relation to the study drug: ''unrelated'', ''unlikely'', ''possible'', ''probable'', ''definite''.';
COMMENT ON COLUMN adverse_events.outcome IS 'Outcome: ''recovered'', ''recovering'', ''not_recovered'', ''fatal'' or ''unknown''.';
COMMENT ON COLUMN adverse_events.resolved_on IS 'Date the event resolved; NULL if not (yet) resolved.';

CREATE TABLE lab_results (
    lab_result_id   integer PRIMARY KEY,
    visit_id        integer NOT NULL REFERENCES visits (visit_id),
    test_code       text NOT NULL CHECK (test_code IN ('ALT', 'AST', 'HGB', 'CREA', 'GLU')),
    result_value    numeric(8,2) NOT NULL,
    unit            text NOT NULL,
    reference_low   numeric(8,2) NOT NULL,
    reference_high  numeric(8,2) NOT NULL,
    resulted_at     timestamptz NOT NULL,
    CHECK (reference_low < reference_high),
    UNIQUE (visit_id, test_code)
);
COMMENT ON TABLE lab_results IS 'Laboratory test results of blood samples taken at completed visits. A result is abnormal when result_value < reference_low or result_value > reference_high.';
COMMENT ON COLUMN lab_results.lab_result_id IS 'Surrogate key of the lab result.';
COMMENT ON COLUMN lab_results.visit_id IS 'The visit at which the sample was taken (visits.visit_id).';
COMMENT ON COLUMN lab_results.test_code IS 'Test: ''ALT'' (alanine aminotransferase, U/L), ''AST'' (aspartate aminotransferase, U/L), ''HGB'' (haemoglobin, g/dL), ''CREA'' (creatinine, mg/dL), ''GLU'' (fasting glucose, mg/dL).';
COMMENT ON COLUMN lab_results.result_value IS 'Measured value, in the unit given in the unit column.';
COMMENT ON COLUMN lab_results.unit IS 'Unit of result_value: ''U/L'', ''g/dL'' or ''mg/dL'' (always the same unit for a given test_code).';
COMMENT ON COLUMN lab_results.reference_low IS 'Lower limit of the normal range for this test, same unit as result_value.';
COMMENT ON COLUMN lab_results.reference_high IS 'Upper limit of the normal range for this test, same unit as result_value.';
COMMENT ON COLUMN lab_results.resulted_at IS 'Moment the laboratory released the result, with time zone.';

CREATE TABLE site_payments (
    payment_id    integer PRIMARY KEY,
    site_id       integer NOT NULL REFERENCES sites (site_id),
    trial_id      integer NOT NULL REFERENCES trials (trial_id),
    payment_type  text NOT NULL CHECK (payment_type IN ('startup', 'per_visit', 'closeout')),
    amount        numeric(12,2) NOT NULL CHECK (amount > 0),
    paid_on       date NOT NULL,
    invoice_ref   text
);
COMMENT ON TABLE site_payments IS 'Payments made by the organisation to sites for their work on a trial.';
COMMENT ON COLUMN site_payments.payment_id IS 'Surrogate key of the payment.';
COMMENT ON COLUMN site_payments.site_id IS 'The site paid (sites.site_id).';
COMMENT ON COLUMN site_payments.trial_id IS 'The trial the payment is for (trials.trial_id).';
COMMENT ON COLUMN site_payments.payment_type IS '''startup'' (one-off site initiation fee), ''per_visit'' (monthly batch of visit fees) or ''closeout'' (final payment).';
COMMENT ON COLUMN site_payments.amount IS 'Amount paid in euros (EUR).';
COMMENT ON COLUMN site_payments.paid_on IS 'Date the payment was made.';
COMMENT ON COLUMN site_payments.invoice_ref IS 'The site''s invoice reference; NULL when the payment was made without an invoice.';
