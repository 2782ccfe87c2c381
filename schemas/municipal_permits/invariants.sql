-- invariants of municipal_permits: each query lists the rows that break one documented rule

-- rule: license_number is a state contractor license number such as 'CL-10423' (COMMENT ON COLUMN applicants.license_number)
SELECT applicant_id, license_number FROM applicants WHERE license_number !~ '^CL-[0-9]{5}$';

-- rule: parcel_number has the format 'NNN-NNNN' (COMMENT ON COLUMN parcels.parcel_number)
SELECT parcel_id, parcel_number FROM parcels WHERE parcel_number !~ '^[0-9]{3}-[0-9]{4}$';

-- rule: permit_type_code is a short code such as 'BLD-NEW', 'ELE-RES', 'EVT-STR' (COMMENT ON COLUMN permit_types.permit_type_code)
SELECT permit_type_code FROM permit_types WHERE permit_type_code !~ '^[A-Z]{3}-[A-Z]{3,4}$';

-- rule: parcel_id is NULL only for permits not tied to a lot, i.e. street events: every non-event permit
-- has a parcel (COMMENT ON COLUMN permit_applications.parcel_id)
SELECT a.application_id, t.category FROM permit_applications a JOIN permit_types t ON t.permit_type_code = a.permit_type_code
WHERE a.parcel_id IS NULL AND t.category <> 'event';

-- rule: estimated_cost is NULL for event permits (COMMENT ON COLUMN permit_applications.estimated_cost)
SELECT a.application_id, a.estimated_cost FROM permit_applications a JOIN permit_types t ON t.permit_type_code = a.permit_type_code
WHERE t.category = 'event' AND a.estimated_cost IS NOT NULL;

-- rule: expected_attendance is set only for event permits (COMMENT ON COLUMN permit_applications.expected_attendance;
-- README: Surviving mutants, 033)
SELECT a.application_id, t.category, a.expected_attendance FROM permit_applications a JOIN permit_types t ON t.permit_type_code = a.permit_type_code
WHERE t.category <> 'event' AND a.expected_attendance IS NOT NULL;

-- rule: portal submissions fall between 13:00 and 22:59 UTC, paper applications are stamped 00:00:00 UTC
-- (COMMENT ON COLUMN permit_applications.submitted_at)
SELECT application_id, submitted_at AT TIME ZONE 'UTC' AS utc FROM permit_applications
WHERE NOT (EXTRACT(HOUR FROM submitted_at AT TIME ZONE 'UTC') BETWEEN 13 AND 22
           OR (submitted_at AT TIME ZONE 'UTC')::time = TIME '00:00:00');

-- rule: facts run from 2019-01-01 to the 2025-06-30 snapshot (README: Domain)
SELECT 'application' AS what, application_id AS id FROM permit_applications
WHERE submitted_at < TIMESTAMPTZ '2019-01-01 00:00+00' OR submitted_at >= TIMESTAMPTZ '2025-07-01 00:00+00' OR decision_date > DATE '2025-06-30'
UNION ALL SELECT 'inspection', inspection_id FROM inspections WHERE completed_at >= TIMESTAMP '2025-07-01'
UNION ALL SELECT 'fee', fee_id FROM fees WHERE assessed_on > DATE '2025-06-30' OR paid_on > DATE '2025-06-30'
UNION ALL SELECT 'appeal', appeal_id FROM appeals WHERE filed_on > DATE '2025-06-30' OR (outcome <> 'pending' AND hearing_date > DATE '2025-06-30')
UNION ALL SELECT 'applicant', applicant_id FROM applicants WHERE registered_on > DATE '2025-06-30';

-- rule: a decision follows the submission (COMMENT ON COLUMN permit_types.target_review_days: days from submission to decision)
SELECT application_id, submitted_at, decision_date FROM permit_applications
WHERE decision_date < (submitted_at AT TIME ZONE 'UTC')::date;

-- rule: a portal submission comes from an applicant account created on or before that day
-- (COMMENT ON COLUMN applicants.registered_on)
SELECT a.application_id, a.submitted_at, p.registered_on FROM permit_applications a JOIN applicants p ON p.applicant_id = a.applicant_id
WHERE (a.submitted_at AT TIME ZONE 'UTC')::time <> TIME '00:00:00' AND (a.submitted_at AT TIME ZONE 'UTC')::date < p.registered_on;

-- rule: inspections are of approved permits, after the approval (COMMENT ON TABLE inspections)
SELECT i.inspection_id, a.status, a.decision_date, i.scheduled_for, i.completed_at FROM inspections i
JOIN permit_applications a ON a.application_id = i.application_id
WHERE a.status <> 'approved' OR COALESCE(i.completed_at, i.scheduled_for)::date < a.decision_date;

-- rule: completed inspections always have an inspector (README: Surviving mutants, 005)
SELECT inspection_id FROM inspections WHERE completed_at IS NOT NULL AND inspector_id IS NULL;

-- rule: an inspector carries out inspections only after being hired (COMMENT ON COLUMN inspectors.hired_on)
SELECT i.inspection_id, n.hired_on, i.completed_at FROM inspections i JOIN inspectors n ON n.inspector_id = i.inspector_id
WHERE i.completed_at::date < n.hired_on;

-- rule: an application has one or more fee lines (COMMENT ON TABLE fees)
SELECT a.application_id FROM permit_applications a WHERE NOT EXISTS (SELECT 1 FROM fees f WHERE f.application_id = a.application_id);

-- rule: the application fee is the permit type's flat base_fee, charged once when the application is filed
-- (COMMENT ON COLUMN permit_types.base_fee, fees.fee_kind)
SELECT a.application_id, COUNT(f.fee_id) AS n, MIN(f.amount), MAX(f.amount), t.base_fee FROM permit_applications a
JOIN permit_types t ON t.permit_type_code = a.permit_type_code
LEFT JOIN fees f ON f.application_id = a.application_id AND f.fee_kind = 'application'
WHERE t.base_fee > 0
GROUP BY a.application_id, t.base_fee HAVING COUNT(f.fee_id) <> 1 OR MIN(f.amount) <> t.base_fee OR MAX(f.amount) <> t.base_fee;

-- rule: the application fee is charged when the application is filed: assessed on the submission date
-- (COMMENT ON COLUMN permit_types.base_fee)
SELECT f.fee_id, f.assessed_on, a.submitted_at FROM fees f JOIN permit_applications a ON a.application_id = f.application_id
WHERE f.fee_kind = 'application' AND f.assessed_on <> (a.submitted_at AT TIME ZONE 'UTC')::date;

-- rule: an expedite surcharge exactly for applications whose applicant paid for expedited review
-- (COMMENT ON COLUMN permit_applications.is_expedited, fees.fee_kind)
SELECT a.application_id, a.is_expedited FROM permit_applications a
WHERE a.is_expedited <> EXISTS (SELECT 1 FROM fees f WHERE f.application_id = a.application_id AND f.fee_kind = 'expedite');

-- rule: the plan_review fee is a percentage (0.4, 0.5 or 0.6 %) of the declared estimated cost, at least 50.00
-- (COMMENT ON COLUMN fees.fee_kind; README: Instances)
SELECT f.fee_id, f.amount, a.estimated_cost FROM fees f JOIN permit_applications a ON a.application_id = f.application_id
WHERE f.fee_kind = 'plan_review' AND (a.estimated_cost IS NULL
   OR f.amount NOT IN (GREATEST(50.00, round(a.estimated_cost * 0.004, 2)), GREATEST(50.00, round(a.estimated_cost * 0.005, 2)),
                       GREATEST(50.00, round(a.estimated_cost * 0.006, 2))));

-- rule: the plan-review percentage is one per instance (README: Instances, "plan-review percentage (0.4/0.5/0.6 %)")
SELECT COUNT(DISTINCT round(f.amount / a.estimated_cost, 3)) AS rates FROM fees f JOIN permit_applications a ON a.application_id = f.application_id
WHERE f.fee_kind = 'plan_review' AND f.amount > 60 HAVING COUNT(DISTINCT round(f.amount / a.estimated_cost, 3)) > 1;

-- rule: inspection fees are charged per inspection: only on applications that have inspections
-- (COMMENT ON COLUMN fees.fee_kind)
SELECT f.fee_id, f.application_id FROM fees f WHERE f.fee_kind = 'inspection'
AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.application_id = f.application_id);

-- rule: a fee is paid on or after it was charged, and charged on or after the submission
-- (COMMENT ON COLUMN fees.assessed_on, fees.paid_on)
SELECT f.fee_id, f.assessed_on, f.paid_on FROM fees f JOIN permit_applications a ON a.application_id = f.application_id
WHERE f.paid_on < f.assessed_on OR f.assessed_on < (a.submitted_at AT TIME ZONE 'UTC')::date;

-- rule: appeals are against denied applications, filed after the denial (COMMENT ON TABLE appeals,
-- COMMENT ON COLUMN appeals.application_id)
SELECT p.appeal_id, a.status, a.decision_date, p.filed_on FROM appeals p JOIN permit_applications a ON a.application_id = p.application_id
WHERE a.status <> 'denied' OR p.filed_on < a.decision_date;
