-- invariants of library_lending: each query lists the rows that break one documented rule

-- rule: is_central is true only for the central library of the network: exactly one central branch
-- (COMMENT ON COLUMN branch.is_central)
SELECT COUNT(*) AS central_branches FROM branch WHERE is_central HAVING COUNT(*) <> 1;

-- rule: isbn is an ISBN-13 without hyphens, with a valid check digit (COMMENT ON COLUMN title.isbn)
SELECT title_id, isbn FROM title WHERE isbn !~ '^[0-9]{13}$'
   OR (SELECT SUM(substr(isbn, k, 1)::int * CASE WHEN k % 2 = 1 THEN 1 ELSE 3 END) FROM generate_series(1, 13) k) % 10 <> 0;

-- rule: DVDs and magazines have no ISBN (COMMENT ON COLUMN title.isbn)
SELECT title_id, format, isbn FROM title WHERE format IN ('dvd', 'magazine') AND isbn IS NOT NULL;

-- rule: genre is lower-case (COMMENT ON COLUMN title.genre)
SELECT title_id, genre FROM title WHERE genre <> lower(genre);

-- rule: barcode is the owning branch's code followed by 6 digits (COMMENT ON COLUMN copy.barcode)
SELECT c.copy_id, c.barcode, b.branch_code FROM copy c JOIN branch b ON b.branch_id = c.branch_id
WHERE c.barcode !~ ('^' || b.branch_code || '[0-9]{6}$');

-- rule: shelf_location is NULL for digital licences (ebooks) (COMMENT ON COLUMN copy.shelf_location)
SELECT c.copy_id, c.shelf_location FROM copy c JOIN title t ON t.title_id = c.title_id
WHERE t.format = 'ebook' AND c.shelf_location IS NOT NULL;

-- rule: ebook licence rows (a branch may hold several licences of one ebook) are lent digitally: every
-- loan of an ebook licence is an 'online' checkout (COMMENT ON TABLE copy, COMMENT ON COLUMN loan.channel)
SELECT l.loan_id, l.channel FROM loan l JOIN copy c ON c.copy_id = l.copy_id JOIN title t ON t.title_id = c.title_id
WHERE t.format = 'ebook' AND l.channel <> 'online';

-- rule: 'online' checkouts are digital lending (ebooks; audiobooks are let online too)
-- (COMMENT ON COLUMN loan.channel)
SELECT l.loan_id, t.format FROM loan l JOIN copy c ON c.copy_id = l.copy_id JOIN title t ON t.title_id = c.title_id
WHERE l.channel = 'online' AND t.format NOT IN ('ebook', 'audiobook');

-- rule: copy status is consistent with open loans: an on_loan copy has exactly one open loan, and a copy
-- with an open loan is on_loan or lost (README: Boundary rows; COMMENT ON COLUMN copy.status, loan.returned_at)
SELECT c.copy_id, c.status, COUNT(l.loan_id) AS open_loans FROM copy c
LEFT JOIN loan l ON l.copy_id = c.copy_id AND l.returned_at IS NULL
GROUP BY c.copy_id, c.status
HAVING (c.status = 'on_loan' AND COUNT(l.loan_id) <> 1) OR (COUNT(l.loan_id) > 0 AND c.status NOT IN ('on_loan', 'lost'));

-- rule: a copy (or ebook licence) is lent to one patron at a time: loans of one copy do not overlap
-- (COMMENT ON TABLE loan, COMMENT ON TABLE copy)
SELECT a.loan_id, b.loan_id FROM loan a JOIN loan b ON a.copy_id = b.copy_id AND a.loan_id < b.loan_id
WHERE a.checked_out_at < COALESCE(b.returned_at, TIMESTAMP 'infinity') AND b.checked_out_at < COALESCE(a.returned_at, TIMESTAMP 'infinity');

-- rule: a patron never has more than max_loans items out at the same time (COMMENT ON COLUMN patron.max_loans)
SELECT l.loan_id, p.patron_id, p.max_loans, COUNT(*) AS out_then FROM loan l JOIN patron p ON p.patron_id = l.patron_id
JOIN loan o ON o.patron_id = l.patron_id AND o.checked_out_at <= l.checked_out_at AND COALESCE(o.returned_at, TIMESTAMP 'infinity') > l.checked_out_at
GROUP BY l.loan_id, p.patron_id, p.max_loans HAVING COUNT(*) > p.max_loans;

-- rule: loans run 2019-01 to 2024-12; nothing after the extract (01:00 on 2025-01-01), and the few
-- first-hour-of-2025 loans are online (README: Domain)
SELECT 'loan' AS what, loan_id AS id FROM loan WHERE checked_out_at < TIMESTAMP '2019-01-01' OR checked_out_at > TIMESTAMP '2025-01-01 01:00'
   OR returned_at > TIMESTAMP '2025-01-01 01:00' OR (checked_out_at >= TIMESTAMP '2025-01-01' AND channel <> 'online')
UNION ALL SELECT 'hold', hold_id FROM hold WHERE placed_at < TIMESTAMPTZ '2021-01-01 00:00+00' OR placed_at > TIMESTAMPTZ '2025-01-01 01:00+00' OR resolved_at > TIMESTAMPTZ '2025-01-01 01:00+00'
UNION ALL SELECT 'fine', fine_id FROM fine WHERE assessed_on > DATE '2025-01-01' OR paid_on > DATE '2025-01-01'
UNION ALL SELECT 'patron', patron_id FROM patron WHERE registered_at > TIMESTAMPTZ '2025-01-01 01:00+00'
UNION ALL SELECT 'copy', copy_id FROM copy WHERE acquired_on > DATE '2025-01-01';

-- rule: a copy is lent only after it was added to the collection (COMMENT ON COLUMN copy.acquired_on)
SELECT l.loan_id, c.copy_id, c.acquired_on, l.checked_out_at FROM loan l JOIN copy c ON c.copy_id = l.copy_id
WHERE l.checked_out_at::date < c.acquired_on;

-- rule: a patron borrows only after the card was issued (COMMENT ON COLUMN patron.registered_at)
SELECT l.loan_id, p.patron_id, p.registered_at, l.checked_out_at FROM loan l JOIN patron p ON p.patron_id = l.patron_id
WHERE l.checked_out_at::date < (p.registered_at AT TIME ZONE 'UTC')::date;

-- rule: a patron registered at the home branch, so after it opened; checkouts happen at open branches
-- (COMMENT ON COLUMN patron.home_branch_id, branch.opened_on)
SELECT 'patron' AS what, p.patron_id AS id FROM patron p JOIN branch b ON b.branch_id = p.home_branch_id
WHERE (p.registered_at AT TIME ZONE 'UTC')::date < b.opened_on
UNION ALL SELECT 'loan', l.loan_id FROM loan l JOIN branch b ON b.branch_id = l.checkout_branch_id WHERE l.checked_out_at::date < b.opened_on;

-- rule: resolved_at is set exactly for holds in a final status (fulfilled, cancelled, expired)
-- (COMMENT ON COLUMN hold.resolved_at)
SELECT hold_id, status, resolved_at FROM hold WHERE (resolved_at IS NULL) <> (status IN ('waiting', 'ready'));

-- rule: paid_on is NULL exactly when nothing was paid (paid_amount 0.00) (COMMENT ON COLUMN fine.paid_on, fine.paid_amount)
SELECT fine_id, paid_amount, paid_on FROM fine WHERE (paid_on IS NULL) <> (paid_amount = 0);

-- rule: a fine is paid on or after it was assessed, and assessed on or after the checkout (COMMENT ON COLUMN fine.assessed_on)
SELECT f.fine_id, f.assessed_on, f.paid_on, l.checked_out_at FROM fine f JOIN loan l ON l.loan_id = f.loan_id
WHERE f.paid_on < f.assessed_on OR f.assessed_on < l.checked_out_at::date;

-- rule: an overdue fine is for a late return: returned after the due date, or still out after it
-- (COMMENT ON COLUMN fine.fine_type, loan.due_date)
SELECT f.fine_id, l.loan_id, l.due_date, l.returned_at FROM fine f JOIN loan l ON l.loan_id = f.loan_id
WHERE f.fine_type = 'overdue' AND (l.returned_at::date <= l.due_date OR (l.returned_at IS NULL AND f.assessed_on <= l.due_date));

-- rule: the replacement charge for a lost copy is the title's list price (COMMENT ON COLUMN title.list_price)
SELECT f.fine_id, f.amount, t.list_price FROM fine f JOIN loan l ON l.loan_id = f.loan_id
JOIN copy c ON c.copy_id = l.copy_id JOIN title t ON t.title_id = c.title_id
WHERE f.fine_type = 'lost_item' AND f.amount <> t.list_price;

-- rule: a lost copy was never returned: a lost_item fine's loan has no return and its copy is 'lost'
-- (COMMENT ON COLUMN loan.returned_at, fine.fine_type)
SELECT f.fine_id, l.returned_at, c.status FROM fine f JOIN loan l ON l.loan_id = f.loan_id JOIN copy c ON c.copy_id = l.copy_id
WHERE f.fine_type = 'lost_item' AND (l.returned_at IS NOT NULL OR c.status <> 'lost');

-- rule: branch 9 "Ashgrove Pop-up Library" (opened 2024-12-02) has no patrons (README: Boundary rows)
SELECT p.patron_id, b.name FROM patron p JOIN branch b ON b.branch_id = p.home_branch_id WHERE b.name = 'Ashgrove Pop-up Library';
