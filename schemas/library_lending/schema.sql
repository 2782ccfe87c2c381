-- library_lending: a municipal public library network (branches, patrons, catalogue, copies,
-- loans, holds, fines). DDL only; rows come from generate.py.

CREATE TABLE branch (
    branch_id          integer      PRIMARY KEY,
    branch_code        text         NOT NULL UNIQUE CHECK (branch_code ~ '^[A-Z]{3}$'),
    name               text         NOT NULL UNIQUE,
    district           text         NOT NULL,
    opened_on          date         NOT NULL,
    is_central         boolean      NOT NULL DEFAULT false,
    weekly_open_hours  numeric(4,1) NOT NULL CHECK (weekly_open_hours > 0 AND weekly_open_hours <= 84),
    has_makerspace     boolean      NOT NULL DEFAULT false
);

COMMENT ON TABLE branch IS 'One row per library branch of the network.';
COMMENT ON COLUMN branch.branch_id IS 'Surrogate key of the branch.';
COMMENT ON COLUMN branch.branch_code IS 'Three-letter upper-case branch code, e.g. ''CEN'' for the Central Library.';
COMMENT ON COLUMN branch.name IS 'Public name of the branch, e.g. ''Central Library'', ''Riverside Branch''.';
COMMENT ON COLUMN branch.district IS 'City district the branch is located in (e.g. ''Old Town'', ''Northgate'').';
COMMENT ON COLUMN branch.opened_on IS 'Date the branch first opened to the public.';
COMMENT ON COLUMN branch.is_central IS 'true only for the central (main) library of the network.';
COMMENT ON COLUMN branch.weekly_open_hours IS 'Scheduled opening hours per week, in hours.';
COMMENT ON COLUMN branch.has_makerspace IS 'true when the branch has a makerspace (3D printers, workshop).';

CREATE TABLE patron (
    patron_id          integer      PRIMARY KEY,
    card_number        text         NOT NULL UNIQUE CHECK (card_number ~ '^LC[0-9]{7}$'),
    first_name         text         NOT NULL,
    last_name          text         NOT NULL,
    email              text,
    birth_date         date,
    home_branch_id     integer      NOT NULL REFERENCES branch (branch_id),
    membership_type    text         NOT NULL CHECK (membership_type IN ('adult', 'child', 'teen', 'senior', 'student')),
    registered_at      timestamptz  NOT NULL,
    is_active          boolean      NOT NULL DEFAULT true,
    max_loans          smallint     NOT NULL CHECK (max_loans BETWEEN 1 AND 50)
);

COMMENT ON TABLE patron IS 'One row per registered library card holder (patron).';
COMMENT ON COLUMN patron.patron_id IS 'Surrogate key of the patron.';
COMMENT ON COLUMN patron.card_number IS 'Library card number printed on the card: ''LC'' followed by 7 digits, e.g. ''LC0000001''.';
COMMENT ON COLUMN patron.first_name IS 'Given name of the patron (may contain accents and apostrophes).';
COMMENT ON COLUMN patron.last_name IS 'Family name of the patron (may contain accents and apostrophes, e.g. ''O''''Brien'').';
COMMENT ON COLUMN patron.email IS 'Contact e-mail address; NULL when the patron gave none.';
COMMENT ON COLUMN patron.birth_date IS 'Date of birth; NULL when not recorded.';
COMMENT ON COLUMN patron.home_branch_id IS 'Branch where the patron registered (their home branch).';
COMMENT ON COLUMN patron.membership_type IS 'Membership category: one of ''adult'', ''child'', ''teen'', ''senior'', ''student''.';
COMMENT ON COLUMN patron.registered_at IS 'Instant the library card was issued (timestamptz, stored and shown in UTC).';
COMMENT ON COLUMN patron.is_active IS 'false when the card has been closed or suspended; closed patrons keep their history.';
COMMENT ON COLUMN patron.max_loans IS 'Maximum number of items the patron may have on loan at the same time.';

CREATE TABLE title (
    title_id           integer      PRIMARY KEY,
    isbn               text         UNIQUE,
    title              text         NOT NULL,
    author             text,
    publisher          text,
    publication_year   smallint     CHECK (publication_year BETWEEN 1800 AND 2025),
    format             text         NOT NULL CHECK (format IN ('book', 'ebook', 'audiobook', 'dvd', 'magazine')),
    genre              text         NOT NULL,
    language           text         NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    audience           text         NOT NULL CHECK (audience IN ('adult', 'young_adult', 'children')),
    list_price         numeric(12,2) NOT NULL CHECK (list_price >= 0)
);

COMMENT ON TABLE title IS 'Catalogue record: one row per distinct work/edition (a title), independent of how many physical copies exist.';
COMMENT ON COLUMN title.title_id IS 'Surrogate key of the catalogue record.';
COMMENT ON COLUMN title.isbn IS 'ISBN-13 without hyphens; NULL for items without an ISBN (DVDs, magazines, some older books).';
COMMENT ON COLUMN title.title IS 'Title as printed on the item.';
COMMENT ON COLUMN title.author IS 'Main author / creator as ''First Last''; NULL for anonymous works, periodicals and some films.';
COMMENT ON COLUMN title.publisher IS 'Publisher or studio name; NULL when unknown.';
COMMENT ON COLUMN title.publication_year IS 'Year of publication / release; NULL when unknown.';
COMMENT ON COLUMN title.format IS 'Physical or digital format: one of ''book'', ''ebook'', ''audiobook'', ''dvd'', ''magazine''.';
COMMENT ON COLUMN title.genre IS 'Subject genre, lower-case, e.g. ''fiction'', ''mystery'', ''science fiction'', ''history'', ''biography'', ''cooking'', ''travel'', ''science'', ''poetry'', ''picture book''.';
COMMENT ON COLUMN title.language IS 'ISO 639-1 language code of the content, e.g. ''en'', ''es'', ''de'', ''fr'', ''pl''.';
COMMENT ON COLUMN title.audience IS 'Intended audience: ''adult'', ''young_adult'' or ''children''.';
COMMENT ON COLUMN title.list_price IS 'Publisher list price in EUR; used as the replacement charge for a lost copy.';

CREATE TABLE copy (
    copy_id            integer      PRIMARY KEY,
    barcode            text         NOT NULL UNIQUE,
    title_id           integer      NOT NULL REFERENCES title (title_id),
    branch_id          integer      NOT NULL REFERENCES branch (branch_id),
    acquired_on        date         NOT NULL,
    acquisition_cost   numeric(12,2) NOT NULL CHECK (acquisition_cost >= 0),
    condition          text         NOT NULL CHECK (condition IN ('new', 'good', 'worn', 'damaged')),
    status             text         NOT NULL CHECK (status IN ('available', 'on_loan', 'lost', 'withdrawn')),
    shelf_location     text
);

COMMENT ON TABLE copy IS 'One row per physical copy (item) of a title owned by a branch. Digital titles (ebook) have their lending licences here too: one row per licence a branch holds (a branch may hold several licences of the same ebook; each licence is lent to one patron at a time).';
COMMENT ON COLUMN copy.copy_id IS 'Surrogate key of the copy.';
COMMENT ON COLUMN copy.barcode IS 'Item barcode: branch code + 6 digits, e.g. ''CEN004211''.';
COMMENT ON COLUMN copy.title_id IS 'Catalogue record this copy is an instance of.';
COMMENT ON COLUMN copy.branch_id IS 'Branch that owns the copy (where it is shelved and returned to).';
COMMENT ON COLUMN copy.acquired_on IS 'Date the copy was added to the collection.';
COMMENT ON COLUMN copy.acquisition_cost IS 'Price the library paid for the copy, in EUR (after discounts; 0.00 for donations).';
COMMENT ON COLUMN copy.condition IS 'Physical condition at last inspection: ''new'', ''good'', ''worn'' or ''damaged''.';
COMMENT ON COLUMN copy.status IS 'Current circulation status: ''available'', ''on_loan'', ''lost'' or ''withdrawn'' (removed from the collection).';
COMMENT ON COLUMN copy.shelf_location IS 'Shelf mark such as ''FIC-A'' or ''J-PIC''; NULL for digital licences and unshelved items.';

CREATE TABLE loan (
    loan_id            integer      PRIMARY KEY,
    copy_id            integer      NOT NULL REFERENCES copy (copy_id),
    patron_id          integer      NOT NULL REFERENCES patron (patron_id),
    checkout_branch_id integer      NOT NULL REFERENCES branch (branch_id),
    checked_out_at     timestamp    NOT NULL,
    due_date           date         NOT NULL,
    returned_at        timestamp,
    renewal_count      smallint     NOT NULL DEFAULT 0 CHECK (renewal_count BETWEEN 0 AND 3),
    channel            text         NOT NULL CHECK (channel IN ('desk', 'self_service', 'online')),
    CHECK (due_date >= checked_out_at::date),
    CHECK (returned_at IS NULL OR returned_at >= checked_out_at)
);

COMMENT ON TABLE loan IS 'One row per checkout of a copy by a patron. A loan is open (still out) while returned_at IS NULL.';
COMMENT ON COLUMN loan.loan_id IS 'Surrogate key of the loan.';
COMMENT ON COLUMN loan.copy_id IS 'The copy that was lent.';
COMMENT ON COLUMN loan.patron_id IS 'The patron who borrowed the copy.';
COMMENT ON COLUMN loan.checkout_branch_id IS 'Branch where the checkout happened (may differ from the copy''s owning branch).';
COMMENT ON COLUMN loan.checked_out_at IS 'Local date and time (Europe/Berlin wall clock, no time zone) of the checkout.';
COMMENT ON COLUMN loan.due_date IS 'Current due date, including any renewals; the item is overdue after this date.';
COMMENT ON COLUMN loan.returned_at IS 'Local date and time of the return; NULL while the item is still on loan (or was never returned because it was lost).';
COMMENT ON COLUMN loan.renewal_count IS 'Number of times the loan was renewed (0 to 3).';
COMMENT ON COLUMN loan.channel IS 'How the checkout was made: ''desk'' (staff counter), ''self_service'' (kiosk) or ''online'' (digital lending).';

CREATE TABLE hold (
    hold_id            integer      PRIMARY KEY,
    title_id           integer      NOT NULL REFERENCES title (title_id),
    patron_id          integer      NOT NULL REFERENCES patron (patron_id),
    pickup_branch_id   integer      NOT NULL REFERENCES branch (branch_id),
    placed_at          timestamptz  NOT NULL,
    status             text         NOT NULL CHECK (status IN ('waiting', 'ready', 'fulfilled', 'cancelled', 'expired')),
    resolved_at        timestamptz,
    CHECK (resolved_at IS NULL OR resolved_at >= placed_at)
);

COMMENT ON TABLE hold IS 'One row per reservation (hold request) a patron places on a title.';
COMMENT ON COLUMN hold.hold_id IS 'Surrogate key of the hold.';
COMMENT ON COLUMN hold.title_id IS 'Title being reserved (any copy of it can satisfy the hold).';
COMMENT ON COLUMN hold.patron_id IS 'Patron who placed the hold.';
COMMENT ON COLUMN hold.pickup_branch_id IS 'Branch where the patron wants to collect the item.';
COMMENT ON COLUMN hold.placed_at IS 'Instant the hold was placed (timestamptz, UTC).';
COMMENT ON COLUMN hold.status IS '''waiting'' (in queue), ''ready'' (on the pickup shelf), ''fulfilled'' (collected), ''cancelled'' (by the patron) or ''expired'' (not collected in time).';
COMMENT ON COLUMN hold.resolved_at IS 'Instant the hold reached its final status (fulfilled, cancelled or expired); NULL while waiting or ready.';

CREATE TABLE fine (
    fine_id            integer      PRIMARY KEY,
    loan_id            integer      NOT NULL REFERENCES loan (loan_id),
    fine_type          text         NOT NULL CHECK (fine_type IN ('overdue', 'lost_item', 'damage')),
    amount             numeric(12,2) NOT NULL CHECK (amount > 0),
    assessed_on        date         NOT NULL,
    paid_amount        numeric(12,2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    paid_on            date,
    waived             boolean      NOT NULL DEFAULT false,
    CHECK (paid_amount <= amount)
);

COMMENT ON TABLE fine IS 'Charges raised against a loan. The patron owing the fine is the loan''s patron. Outstanding balance of a fine = amount - paid_amount, unless waived (a waived fine owes nothing).';
COMMENT ON COLUMN fine.fine_id IS 'Surrogate key of the fine.';
COMMENT ON COLUMN fine.loan_id IS 'Loan the charge relates to.';
COMMENT ON COLUMN fine.fine_type IS '''overdue'' (late return), ''lost_item'' (replacement charge) or ''damage''.';
COMMENT ON COLUMN fine.amount IS 'Amount charged, in EUR.';
COMMENT ON COLUMN fine.assessed_on IS 'Date the charge was raised.';
COMMENT ON COLUMN fine.paid_amount IS 'Amount paid so far, in EUR (0.00 when nothing was paid).';
COMMENT ON COLUMN fine.paid_on IS 'Date of the last payment towards the fine; NULL when nothing was paid.';
COMMENT ON COLUMN fine.waived IS 'true when staff waived (cancelled) the remaining balance.';
