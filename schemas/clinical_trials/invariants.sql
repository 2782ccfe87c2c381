-- invariants of clinical_trials: each query lists the rows that break one documented rule

-- rule: site_code has the form S-<city abbreviation>-<number> (COMMENT ON COLUMN sites.site_code)
SELECT site_id, site_code FROM sites WHERE site_code !~ '^S-[A-Z]+-[0-9]+$';

-- rule: country_code is an ISO 3166-1 alpha-2 code (COMMENT ON COLUMN sites.country_code)
SELECT site_id, country_code FROM sites WHERE country_code !~ '^[A-Z]{2}$';

-- rule: investigator specialty is one of oncology, cardiology, endocrinology, neurology, rheumatology,
-- pulmonology (COMMENT ON COLUMN investigators.specialty)
SELECT investigator_id, specialty FROM investigators
WHERE specialty NOT IN ('oncology', 'cardiology', 'endocrinology', 'neurology', 'rheumatology', 'pulmonology');

-- rule: therapeutic_area is one of oncology, cardiology, endocrinology, neurology, rheumatology,
-- pulmonology, nephrology (COMMENT ON COLUMN trials.therapeutic_area)
SELECT trial_id, therapeutic_area FROM trials
WHERE therapeutic_area NOT IN ('oncology', 'cardiology', 'endocrinology', 'neurology', 'rheumatology', 'pulmonology', 'nephrology');

-- rule: trial_code has the form CT-<year>-<number> (COMMENT ON COLUMN trials.trial_code)
SELECT trial_id, trial_code FROM trials WHERE trial_code !~ '^CT-[0-9]{4}-[0-9]{3}$';

-- rule: end_date is set exactly for completed or terminated trials, NULL while running or planned
-- (COMMENT ON COLUMN trials.end_date)
SELECT trial_id, status, end_date FROM trials
WHERE (end_date IS NOT NULL) <> (status IN ('completed', 'terminated'));

-- rule: a planned trial has not started: nothing is enrolled into it (COMMENT ON COLUMN trials.status)
SELECT p.participant_id, t.trial_id FROM participants p
JOIN trial_arms a ON a.arm_id = p.arm_id JOIN trials t ON t.trial_id = a.trial_id
WHERE t.status = 'planned';

-- rule: nothing happens after the extract date 2025-06-30 (README: Domain)
SELECT 'trial' AS what, trial_id AS id FROM trials WHERE status <> 'planned' AND (start_date > DATE '2025-06-30' OR end_date > DATE '2025-06-30')
UNION ALL SELECT 'site', site_id FROM sites WHERE activated_on > DATE '2025-06-30'
UNION ALL SELECT 'enrolment', participant_id FROM participants WHERE enrolled_at >= TIMESTAMPTZ '2025-07-01 00:00+00' OR withdrawn_on > DATE '2025-06-30'
UNION ALL SELECT 'visit', visit_id FROM visits WHERE visit_at >= TIMESTAMP '2025-07-01'
UNION ALL SELECT 'ae', adverse_event_id FROM adverse_events WHERE onset_date > DATE '2025-06-30' OR resolved_on > DATE '2025-06-30' OR reported_at >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'lab', lab_result_id FROM lab_results WHERE resulted_at >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'payment', payment_id FROM site_payments WHERE paid_on > DATE '2025-06-30';

-- rule: arm_code is 'A', 'B', 'C' for active arms and 'PBO' for placebo (COMMENT ON COLUMN trial_arms.arm_code)
SELECT arm_id, arm_code, arm_type FROM trial_arms
WHERE arm_code NOT IN ('A', 'B', 'C', 'PBO') OR (arm_code = 'PBO') <> (arm_type = 'placebo');

-- rule: dose_mg is NULL for placebo arms (COMMENT ON COLUMN trial_arms.dose_mg; README: Tables)
SELECT arm_id, dose_mg FROM trial_arms WHERE arm_type = 'placebo' AND dose_mg IS NOT NULL;

-- rule: dose_mg is the daily dose of the study or comparator drug: set for non-placebo arms
-- (COMMENT ON COLUMN trial_arms.dose_mg)
SELECT arm_id, arm_type FROM trial_arms WHERE arm_type <> 'placebo' AND dose_mg IS NULL;

-- rule: subject_code has the form SUBJ-<6 digits> (COMMENT ON COLUMN participants.subject_code)
SELECT participant_id, subject_code FROM participants WHERE subject_code !~ '^SUBJ-[0-9]{6}$';

-- rule: withdrawal_reason is one of 'adverse event', 'lost to follow-up', 'consent withdrawn',
-- 'protocol deviation' (COMMENT ON COLUMN participants.withdrawal_reason)
SELECT participant_id, withdrawal_reason FROM participants
WHERE withdrawal_reason NOT IN ('adverse event', 'lost to follow-up', 'consent withdrawn', 'protocol deviation');

-- rule: a participant withdraws after enrolling (COMMENT ON COLUMN participants.withdrawn_on: left the trial early)
SELECT participant_id, enrolled_at, withdrawn_on FROM participants
WHERE withdrawn_on < (enrolled_at AT TIME ZONE 'UTC')::date;

-- rule: enrolment and AE report times are UTC office hours, 07:00-18:59, except the planted
-- 'injection site reaction' AEs reported at exactly 00:00 UTC (q007) (README: What the data exercises)
SELECT 'enrolment' AS what, participant_id AS id, enrolled_at AT TIME ZONE 'UTC' AS utc FROM participants
WHERE EXTRACT(HOUR FROM enrolled_at AT TIME ZONE 'UTC') NOT BETWEEN 7 AND 18
UNION ALL
SELECT 'ae', adverse_event_id, reported_at AT TIME ZONE 'UTC' FROM adverse_events
WHERE EXTRACT(HOUR FROM reported_at AT TIME ZONE 'UTC') NOT BETWEEN 7 AND 18
AND NOT (term = 'injection site reaction' AND (reported_at AT TIME ZONE 'UTC')::time = TIME '00:00');

-- rule: an investigator conducts only visits that took place: NULL investigator_id for missed or
-- cancelled visits (COMMENT ON COLUMN visits.investigator_id)
SELECT visit_id, status, investigator_id FROM visits WHERE status <> 'completed' AND investigator_id IS NOT NULL;

-- rule: vitals (weight, systolic BP) are NULL for visits that did not take place, except the planted
-- q015 data-entry slips: cancelled/missed visits with a systolic BP of 260 or 60 and no weight
-- (README: What the data exercises, "NULLs: ... weight/systolic BP of non-completed visits")
SELECT visit_id, status, weight_kg, systolic_bp FROM visits
WHERE status <> 'completed' AND (weight_kg IS NOT NULL OR systolic_bp NOT IN (60, 260));

-- rule: visit numbers of a participant are the sequence 1..n, 1 = baseline (COMMENT ON COLUMN visits.visit_number)
SELECT participant_id, COUNT(*) AS n, MIN(visit_number) AS lo, MAX(visit_number) AS hi FROM visits
GROUP BY participant_id HAVING MIN(visit_number) <> 1 OR MAX(visit_number) <> COUNT(*);

-- rule: later visits follow the schedule: scheduled_date increases with visit_number (COMMENT ON TABLE visits)
SELECT v1.visit_id, v2.visit_id FROM visits v1 JOIN visits v2
ON v2.participant_id = v1.participant_id AND v2.visit_number = v1.visit_number + 1
WHERE v2.scheduled_date < v1.scheduled_date;

-- rule: adverse event term is in lower case (COMMENT ON COLUMN adverse_events.term)
SELECT adverse_event_id, term FROM adverse_events WHERE term <> lower(term);

-- rule: the visit at which an AE was recorded is a visit of the affected participant
-- (COMMENT ON COLUMN adverse_events.visit_id)
SELECT ae.adverse_event_id, ae.participant_id, v.participant_id FROM adverse_events ae
JOIN visits v ON v.visit_id = ae.visit_id WHERE v.participant_id <> ae.participant_id;

-- rule: CTCAE grade 5 is death: grade 5 exactly when outcome is 'fatal' (COMMENT ON COLUMN adverse_events.severity_grade)
SELECT adverse_event_id, severity_grade, outcome FROM adverse_events
WHERE (severity_grade = 5) <> (outcome = 'fatal');

-- rule: life-threatening (grade 4) and fatal (grade 5) events are serious (COMMENT ON COLUMN
-- adverse_events.is_serious: SAE = hospitalisation, life-threatening, death, disability)
SELECT adverse_event_id, severity_grade, outcome, is_serious FROM adverse_events
WHERE (severity_grade >= 4 OR outcome = 'fatal') AND NOT is_serious;

-- rule: resolved_on is set only for resolved events (outcome 'recovered') (COMMENT ON COLUMN adverse_events.resolved_on)
SELECT adverse_event_id, outcome, resolved_on FROM adverse_events
WHERE resolved_on IS NOT NULL AND outcome <> 'recovered';

-- rule: lab results are of blood samples taken at completed visits (COMMENT ON TABLE lab_results)
SELECT l.lab_result_id, v.visit_id, v.status FROM lab_results l JOIN visits v ON v.visit_id = l.visit_id
WHERE v.status <> 'completed';

-- rule: the unit of each test: ALT, AST U/L; HGB g/dL; CREA, GLU mg/dL; always the same per test_code
-- (COMMENT ON COLUMN lab_results.test_code, lab_results.unit)
SELECT lab_result_id, test_code, unit FROM lab_results
WHERE unit <> CASE test_code WHEN 'ALT' THEN 'U/L' WHEN 'AST' THEN 'U/L' WHEN 'HGB' THEN 'g/dL' ELSE 'mg/dL' END;

-- rule: the lab releases a result after the sample was taken at the visit (COMMENT ON COLUMN lab_results.resulted_at)
SELECT l.lab_result_id, v.visit_at, l.resulted_at FROM lab_results l JOIN visits v ON v.visit_id = l.visit_id
WHERE (l.resulted_at AT TIME ZONE 'UTC')::date < v.visit_at::date;

-- rule: startup is a one-off fee and closeout the final payment: at most one of each per site and trial
-- (COMMENT ON COLUMN site_payments.payment_type)
SELECT site_id, trial_id, payment_type, COUNT(*) FROM site_payments
WHERE payment_type IN ('startup', 'closeout') GROUP BY 1, 2, 3 HAVING COUNT(*) > 1;

-- rule: closeout is the final payment: no payment of the same site and trial after it
-- (COMMENT ON COLUMN site_payments.payment_type)
SELECT p.payment_id, p.paid_on, c.paid_on AS closeout_on FROM site_payments p
JOIN site_payments c ON c.site_id = p.site_id AND c.trial_id = p.trial_id AND c.payment_type = 'closeout'
WHERE p.paid_on > c.paid_on;

-- rule: a participant is enrolled while the trial runs (start_date .. end_date) at an activated site
-- (COMMENT ON COLUMN trials.start_date, trials.end_date, sites.activated_on, participants.enrolled_at)
SELECT p.participant_id, p.enrolled_at, t.start_date, t.end_date, s.activated_on FROM participants p
JOIN trial_arms a ON a.arm_id = p.arm_id JOIN trials t ON t.trial_id = a.trial_id JOIN sites s ON s.site_id = p.site_id
WHERE (p.enrolled_at AT TIME ZONE 'UTC')::date < t.start_date OR (p.enrolled_at AT TIME ZONE 'UTC')::date > t.end_date
   OR (p.enrolled_at AT TIME ZONE 'UTC')::date < s.activated_on;

-- rule: protocol visits of a participant take place after enrolment, and not after an early withdrawal
-- (COMMENT ON TABLE visits, COMMENT ON COLUMN participants.withdrawn_on)
SELECT v.visit_id, p.participant_id, p.enrolled_at, p.withdrawn_on, v.visit_at FROM visits v JOIN participants p ON p.participant_id = v.participant_id
WHERE v.visit_at::date < (p.enrolled_at AT TIME ZONE 'UTC')::date OR v.visit_at::date > p.withdrawn_on;

-- rule: an adverse event of a participant begins after enrolment and is entered after it began
-- (COMMENT ON TABLE adverse_events, COMMENT ON COLUMN adverse_events.onset_date, reported_at)
SELECT ae.adverse_event_id, p.enrolled_at, ae.onset_date, ae.reported_at FROM adverse_events ae JOIN participants p ON p.participant_id = ae.participant_id
WHERE ae.onset_date < (p.enrolled_at AT TIME ZONE 'UTC')::date OR (ae.reported_at AT TIME ZONE 'UTC')::date < ae.onset_date;

-- rule: the investigator who conducted a visit works at the site that follows the participant
-- (COMMENT ON TABLE investigators, COMMENT ON COLUMN participants.site_id, visits.investigator_id)
SELECT v.visit_id, i.site_id AS investigator_site, p.site_id AS participant_site FROM visits v
JOIN investigators i ON i.investigator_id = v.investigator_id JOIN participants p ON p.participant_id = v.participant_id
WHERE i.site_id <> p.site_id;
