-- museum_collections: the permanent collection of an art museum, its exhibitions, outgoing loans
-- to other institutions and conservation work (DDL only).

CREATE TABLE departments (
    department_id     integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    floor             smallint NOT NULL CHECK (floor BETWEEN 0 AND 4),
    head_curator      text,
    annual_budget     numeric(12,2) NOT NULL CHECK (annual_budget >= 0)
);
COMMENT ON TABLE departments IS 'Curatorial departments; every collection object belongs to one department.';
COMMENT ON COLUMN departments.department_id IS 'Primary key.';
COMMENT ON COLUMN departments.name IS 'Department name, unique, e.g. ''European Paintings'', ''Photography''.';
COMMENT ON COLUMN departments.floor IS 'Building floor of the department''s galleries (0 = ground floor).';
COMMENT ON COLUMN departments.head_curator IS 'Name of the head curator; NULL while the post is vacant.';
COMMENT ON COLUMN departments.annual_budget IS 'Current annual operating budget in euros.';

CREATE TABLE artists (
    artist_id         integer PRIMARY KEY,
    display_name      text NOT NULL UNIQUE,
    nationality       text,
    birth_year        integer,
    death_year        integer,
    CHECK (death_year IS NULL OR birth_year IS NULL OR death_year >= birth_year)
);
COMMENT ON TABLE artists IS 'Artists and makers represented in the collection.';
COMMENT ON COLUMN artists.artist_id IS 'Primary key.';
COMMENT ON COLUMN artists.display_name IS 'Name as shown on labels, unique (e.g. ''Aoife O''Dwyer'', ''Søren Halvorsen'').';
COMMENT ON COLUMN artists.nationality IS 'Nationality as an English adjective (''French'', ''Japanese'', ...); NULL when unknown.';
COMMENT ON COLUMN artists.birth_year IS 'Year of birth; NULL when unknown.';
COMMENT ON COLUMN artists.death_year IS 'Year of death; NULL for living artists or when unknown.';

CREATE TABLE objects (
    object_id         integer PRIMARY KEY,
    accession_number  text NOT NULL UNIQUE,
    title             text NOT NULL,
    artist_id         integer REFERENCES artists (artist_id),
    department_id     integer NOT NULL REFERENCES departments (department_id),
    object_type       text NOT NULL CHECK (object_type IN ('painting', 'sculpture', 'print', 'photograph', 'drawing', 'textile', 'ceramic', 'furniture')),
    year_created      integer,
    medium            text NOT NULL,
    height_cm         numeric(7,2) CHECK (height_cm > 0),
    width_cm          numeric(7,2) CHECK (width_cm > 0),
    insurance_value   numeric(12,2) NOT NULL CHECK (insurance_value >= 0),
    condition         text NOT NULL CHECK (condition IN ('excellent', 'good', 'fair', 'poor')),
    is_on_display     boolean NOT NULL
);
COMMENT ON TABLE objects IS 'Works in the museum''s permanent collection (one row per accessioned object).';
COMMENT ON COLUMN objects.object_id IS 'Primary key.';
COMMENT ON COLUMN objects.accession_number IS 'Registrar number ''YYYY.N'' where YYYY is the year of acquisition and N a running number within that year (e.g. ''2021.37''), unique.';
COMMENT ON COLUMN objects.title IS 'Title of the work (may contain quotes and accents).';
COMMENT ON COLUMN objects.artist_id IS 'Maker (artists.artist_id); NULL for anonymous or unattributed works.';
COMMENT ON COLUMN objects.department_id IS 'Responsible department (departments.department_id).';
COMMENT ON COLUMN objects.object_type IS 'Kind of object: ''painting'', ''sculpture'', ''print'', ''photograph'', ''drawing'', ''textile'', ''ceramic'' or ''furniture''.';
COMMENT ON COLUMN objects.year_created IS 'Year the work was made (best estimate); NULL when undated.';
COMMENT ON COLUMN objects.medium IS 'Materials and technique, e.g. ''Oil on canvas''.';
COMMENT ON COLUMN objects.height_cm IS 'Height in centimetres; NULL when not measured.';
COMMENT ON COLUMN objects.width_cm IS 'Width in centimetres; NULL when not measured.';
COMMENT ON COLUMN objects.insurance_value IS 'Current insurance valuation in euros.';
COMMENT ON COLUMN objects.condition IS 'Latest condition grade: ''excellent'', ''good'', ''fair'' or ''poor''.';
COMMENT ON COLUMN objects.is_on_display IS 'True when the object is currently hung or shown in the museum''s own galleries.';

CREATE TABLE acquisitions (
    acquisition_id    integer PRIMARY KEY,
    object_id         integer NOT NULL UNIQUE REFERENCES objects (object_id),
    method            text NOT NULL CHECK (method IN ('purchase', 'gift', 'bequest', 'transfer', 'exchange')),
    acquired_on       date NOT NULL,
    price             numeric(12,2) CHECK (price >= 0),
    source_name       text NOT NULL,
    recorded_at       timestamptz NOT NULL,
    CHECK (method = 'purchase' OR price IS NULL)
);
COMMENT ON TABLE acquisitions IS 'How and when each object entered the collection; exactly one row per object.';
COMMENT ON COLUMN acquisitions.acquisition_id IS 'Primary key.';
COMMENT ON COLUMN acquisitions.object_id IS 'Acquired object (objects.object_id), unique.';
COMMENT ON COLUMN acquisitions.method IS '''purchase'', ''gift'' (donation by a living donor), ''bequest'' (left in a will), ''transfer'' (from another public body) or ''exchange''.';
COMMENT ON COLUMN acquisitions.acquired_on IS 'Date ownership passed to the museum (its year is the YYYY of the accession number).';
COMMENT ON COLUMN acquisitions.price IS 'Purchase price in euros; only for purchases, NULL for every other method and for purchases whose price is confidential.';
COMMENT ON COLUMN acquisitions.source_name IS 'Seller, donor, estate or transferring body, e.g. ''Estate of Margit Åberg''.';
COMMENT ON COLUMN acquisitions.recorded_at IS 'When the registrar entered the acquisition in the database (timestamp with time zone, entered in UTC).';

CREATE TABLE exhibitions (
    exhibition_id     integer PRIMARY KEY,
    title             text NOT NULL UNIQUE,
    department_id     integer NOT NULL REFERENCES departments (department_id),
    start_date        date NOT NULL,
    end_date          date NOT NULL,
    is_traveling      boolean NOT NULL,
    visitor_count     integer CHECK (visitor_count >= 0),
    budget            numeric(12,2) NOT NULL CHECK (budget >= 0),
    CHECK (end_date >= start_date)
);
COMMENT ON TABLE exhibitions IS 'Temporary exhibitions held at the museum, 2019 to 2025.';
COMMENT ON COLUMN exhibitions.exhibition_id IS 'Primary key.';
COMMENT ON COLUMN exhibitions.title IS 'Exhibition title, unique.';
COMMENT ON COLUMN exhibitions.department_id IS 'Organising department (departments.department_id).';
COMMENT ON COLUMN exhibitions.start_date IS 'Opening day (inclusive).';
COMMENT ON COLUMN exhibitions.end_date IS 'Closing day (inclusive).';
COMMENT ON COLUMN exhibitions.is_traveling IS 'True when the exhibition also tours to other venues.';
COMMENT ON COLUMN exhibitions.visitor_count IS 'Ticketed visitors over the whole run; NULL while the exhibition is still running or not yet counted.';
COMMENT ON COLUMN exhibitions.budget IS 'Total exhibition budget in euros.';

CREATE TABLE exhibition_objects (
    exhibition_id     integer NOT NULL REFERENCES exhibitions (exhibition_id),
    object_id         integer NOT NULL REFERENCES objects (object_id),
    gallery_room      text NOT NULL,
    installed_at      timestamp NOT NULL,
    PRIMARY KEY (exhibition_id, object_id)
);
COMMENT ON TABLE exhibition_objects IS 'Which collection objects were shown in which exhibition (many-to-many).';
COMMENT ON COLUMN exhibition_objects.exhibition_id IS 'Exhibition (exhibitions.exhibition_id).';
COMMENT ON COLUMN exhibition_objects.object_id IS 'Object shown (objects.object_id).';
COMMENT ON COLUMN exhibition_objects.gallery_room IS 'Gallery room code where it hung, e.g. ''G2.14'' (floor 2, room 14).';
COMMENT ON COLUMN exhibition_objects.installed_at IS 'Local date and time the object was installed (timestamp without time zone), before the opening.';

CREATE TABLE institutions (
    institution_id    integer PRIMARY KEY,
    name              text NOT NULL UNIQUE,
    city              text NOT NULL,
    country           text NOT NULL,
    institution_type  text NOT NULL CHECK (institution_type IN ('museum', 'university', 'gallery', 'foundation'))
);
COMMENT ON TABLE institutions IS 'Other institutions that borrow objects from the museum.';
COMMENT ON COLUMN institutions.institution_id IS 'Primary key.';
COMMENT ON COLUMN institutions.name IS 'Institution name, unique (e.g. ''Musée des Beaux-Arts de Lyon'').';
COMMENT ON COLUMN institutions.city IS 'City.';
COMMENT ON COLUMN institutions.country IS 'Country name in English, e.g. ''France'', ''Germany'', ''United States''.';
COMMENT ON COLUMN institutions.institution_type IS '''museum'', ''university'', ''gallery'' or ''foundation''.';

CREATE TABLE loans (
    loan_id           integer PRIMARY KEY,
    object_id         integer NOT NULL REFERENCES objects (object_id),
    institution_id    integer NOT NULL REFERENCES institutions (institution_id),
    requested_on      date NOT NULL,
    status            text NOT NULL CHECK (status IN ('requested', 'declined', 'active', 'returned')),
    start_date        date,
    end_date          date,
    loan_fee          numeric(12,2) NOT NULL DEFAULT 0 CHECK (loan_fee >= 0),
    agreement_signed_at timestamptz,
    CHECK ((status IN ('active', 'returned')) = (start_date IS NOT NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
COMMENT ON TABLE loans IS 'Outgoing loans: requests by other institutions to borrow one of the museum''s objects. Status as of 2025-06-30.';
COMMENT ON COLUMN loans.loan_id IS 'Primary key.';
COMMENT ON COLUMN loans.object_id IS 'Object requested (objects.object_id).';
COMMENT ON COLUMN loans.institution_id IS 'Borrowing institution (institutions.institution_id).';
COMMENT ON COLUMN loans.requested_on IS 'Date the loan request was received.';
COMMENT ON COLUMN loans.status IS '''requested'' (awaiting decision), ''declined'' (refused by the museum), ''active'' (object currently at the borrower), ''returned'' (loan finished, object back).';
COMMENT ON COLUMN loans.start_date IS 'Date the object left the museum; set exactly for active and returned loans, NULL otherwise.';
COMMENT ON COLUMN loans.end_date IS 'Agreed return date for active loans, actual return date for returned loans; NULL when not applicable or open-ended.';
COMMENT ON COLUMN loans.loan_fee IS 'Fee charged to the borrower in euros (0 for fee-free loans).';
COMMENT ON COLUMN loans.agreement_signed_at IS 'When the loan agreement was signed (UTC); NULL when no agreement was signed.';

CREATE TABLE conservation_treatments (
    treatment_id      integer PRIMARY KEY,
    object_id         integer NOT NULL REFERENCES objects (object_id),
    conservator       text NOT NULL,
    treatment_type    text NOT NULL CHECK (treatment_type IN ('examination', 'cleaning', 'stabilization', 'restoration', 'reframing')),
    started_on        date NOT NULL,
    completed_on      date,
    hours_spent       numeric(6,1) CHECK (hours_spent >= 0),
    cost              numeric(12,2) NOT NULL CHECK (cost >= 0),
    condition_before  text NOT NULL CHECK (condition_before IN ('excellent', 'good', 'fair', 'poor')),
    condition_after   text CHECK (condition_after IN ('excellent', 'good', 'fair', 'poor')),
    CHECK (completed_on IS NULL OR completed_on >= started_on),
    CHECK ((completed_on IS NULL) = (condition_after IS NULL))
);
COMMENT ON TABLE conservation_treatments IS 'Conservation work on collection objects, 2019 onwards; an object may be treated several times.';
COMMENT ON COLUMN conservation_treatments.treatment_id IS 'Primary key.';
COMMENT ON COLUMN conservation_treatments.object_id IS 'Treated object (objects.object_id).';
COMMENT ON COLUMN conservation_treatments.conservator IS 'Name of the conservator who did the work, e.g. ''Ines Dal Molin''.';
COMMENT ON COLUMN conservation_treatments.treatment_type IS '''examination'' (survey only), ''cleaning'', ''stabilization'', ''restoration'' or ''reframing''.';
COMMENT ON COLUMN conservation_treatments.started_on IS 'Start date of the treatment.';
COMMENT ON COLUMN conservation_treatments.completed_on IS 'Completion date; NULL while the treatment is still in progress.';
COMMENT ON COLUMN conservation_treatments.hours_spent IS 'Conservator hours logged so far; NULL when not logged.';
COMMENT ON COLUMN conservation_treatments.cost IS 'Cost in euros (materials plus labour) charged so far.';
COMMENT ON COLUMN conservation_treatments.condition_before IS 'Condition grade before treatment: ''excellent'', ''good'', ''fair'' or ''poor''.';
COMMENT ON COLUMN conservation_treatments.condition_after IS 'Condition grade after treatment; NULL exactly while the treatment is in progress (completed_on NULL).';
