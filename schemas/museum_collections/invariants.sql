-- invariants of museum_collections: each query lists the rows that break one documented rule

-- rule: accession_number is 'YYYY.N' where YYYY is the year of acquisition (acquired_on)
-- (COMMENT ON COLUMN objects.accession_number, acquisitions.acquired_on)
SELECT o.object_id, o.accession_number, a.acquired_on FROM objects o JOIN acquisitions a ON a.object_id = o.object_id
WHERE o.accession_number !~ '^[0-9]{4}\.[1-9][0-9]*$' OR split_part(o.accession_number, '.', 1)::int <> EXTRACT(YEAR FROM a.acquired_on);

-- rule: exactly one acquisition row per object (COMMENT ON TABLE acquisitions)
SELECT o.object_id FROM objects o WHERE NOT EXISTS (SELECT 1 FROM acquisitions a WHERE a.object_id = o.object_id);

-- rule: nothing happens after the 2025-06-30 snapshot (README: Domain; COMMENT ON TABLE loans)
SELECT 'acquisition' AS what, acquisition_id AS id FROM acquisitions WHERE acquired_on > DATE '2025-06-30' OR recorded_at >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'loan', loan_id FROM loans WHERE requested_on > DATE '2025-06-30' OR start_date > DATE '2025-06-30'
   OR (status = 'returned' AND end_date > DATE '2025-06-30') OR agreement_signed_at >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'treatment', treatment_id FROM conservation_treatments WHERE started_on > DATE '2025-06-30' OR completed_on > DATE '2025-06-30'
UNION ALL SELECT 'installation', object_id FROM exhibition_objects WHERE installed_at >= TIMESTAMP '2025-07-01';

-- rule: temporary exhibitions are held 2019 to 2025 (COMMENT ON TABLE exhibitions)
SELECT exhibition_id, start_date, end_date FROM exhibitions
WHERE start_date < DATE '2019-01-01' OR end_date > DATE '2025-12-31';

-- rule: visitor_count is NULL while the exhibition is still running (or has not opened) at the 2025-06-30 snapshot
-- (COMMENT ON COLUMN exhibitions.visitor_count)
SELECT exhibition_id, end_date, visitor_count FROM exhibitions WHERE end_date >= DATE '2025-06-30' AND visitor_count IS NOT NULL;

-- rule: gallery_room is a room code like 'G2.14' (floor 2, room 14) (COMMENT ON COLUMN exhibition_objects.gallery_room)
SELECT exhibition_id, object_id, gallery_room FROM exhibition_objects WHERE gallery_room !~ '^G[0-4]\.[0-9]+$';

-- rule: an object is installed before the opening of the exhibition (COMMENT ON COLUMN exhibition_objects.installed_at)
SELECT eo.exhibition_id, eo.object_id, eo.installed_at, e.start_date FROM exhibition_objects eo
JOIN exhibitions e ON e.exhibition_id = eo.exhibition_id WHERE eo.installed_at >= e.start_date;

-- rule: exhibitions show collection objects: an object is installed only after it entered the collection
-- (COMMENT ON TABLE exhibition_objects, acquisitions.acquired_on)
SELECT eo.exhibition_id, eo.object_id, eo.installed_at, a.acquired_on FROM exhibition_objects eo
JOIN acquisitions a ON a.object_id = eo.object_id WHERE eo.installed_at::date < a.acquired_on;

-- rule: start_date (object left the museum) is after the request and after the object entered the collection
-- (COMMENT ON COLUMN loans.start_date, loans.requested_on)
SELECT l.loan_id, l.requested_on, l.start_date, a.acquired_on FROM loans l JOIN acquisitions a ON a.object_id = l.object_id
WHERE l.start_date < l.requested_on OR l.start_date < a.acquired_on OR l.requested_on < a.acquired_on;

-- rule: end_date is the agreed or actual return date of active and returned loans; NULL when not applicable
-- (requested, declined); a returned loan has its actual return date (COMMENT ON COLUMN loans.end_date)
SELECT loan_id, status, end_date FROM loans
WHERE (status IN ('requested', 'declined') AND end_date IS NOT NULL) OR (status = 'returned' AND end_date IS NULL);

-- rule: an object is on at most one active loan (README: Surviving mutants, 028)
SELECT object_id, COUNT(*) FROM loans WHERE status = 'active' GROUP BY object_id HAVING COUNT(*) > 1;

-- rule: loans of one object do not overlap in time: it is at one borrower at a time (COMMENT ON COLUMN loans.status)
SELECT a.loan_id, b.loan_id FROM loans a JOIN loans b ON a.object_id = b.object_id AND a.loan_id < b.loan_id
WHERE a.start_date IS NOT NULL AND b.start_date IS NOT NULL
  AND a.start_date < COALESCE(CASE WHEN b.status = 'returned' THEN b.end_date END, DATE '9999-12-31')
  AND b.start_date < COALESCE(CASE WHEN a.status = 'returned' THEN a.end_date END, DATE '9999-12-31');

-- rule: an object on an active loan is at the borrower, so not on display in the museum's own galleries
-- (COMMENT ON COLUMN loans.status, objects.is_on_display)
SELECT l.loan_id, o.object_id FROM loans l JOIN objects o ON o.object_id = l.object_id
WHERE l.status = 'active' AND o.is_on_display;

-- rule: conservation work is from 2019 onwards and on objects already in the collection
-- (COMMENT ON TABLE conservation_treatments)
SELECT t.treatment_id, t.started_on, a.acquired_on FROM conservation_treatments t JOIN acquisitions a ON a.object_id = t.object_id
WHERE t.started_on < DATE '2019-01-01' OR t.started_on < a.acquired_on;
