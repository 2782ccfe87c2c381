-- freight: a European road-freight broker's operations database.
-- DDL only; rows come from generate.py.

CREATE TABLE carriers (
    carrier_id       integer PRIMARY KEY,
    name             text NOT NULL UNIQUE,
    scac_code        char(4) NOT NULL UNIQUE,
    country_code     char(2) NOT NULL,
    founded_year     integer NOT NULL CHECK (founded_year BETWEEN 1900 AND 2025),
    is_active        boolean NOT NULL,
    insurance_limit  numeric(12,2) NOT NULL CHECK (insurance_limit > 0)
);
COMMENT ON TABLE carriers IS 'Haulage companies (carriers) subcontracted to move shipments. One row per carrier.';
COMMENT ON COLUMN carriers.carrier_id IS 'Surrogate key of the carrier.';
COMMENT ON COLUMN carriers.name IS 'Trading name of the carrier, unique; may contain apostrophes and non-ASCII letters (e.g. ''Fjordfrakt AS'', ''Müller & Söhne Spedition'').';
COMMENT ON COLUMN carriers.scac_code IS 'Four-letter carrier code (SCAC-style), unique, e.g. ''FJFR''.';
COMMENT ON COLUMN carriers.country_code IS 'ISO 3166-1 alpha-2 country of registration, e.g. ''NO'', ''DE'', ''NL'', ''PL'', ''FR'', ''ES'', ''IE''.';
COMMENT ON COLUMN carriers.founded_year IS 'Year the carrier company was founded.';
COMMENT ON COLUMN carriers.is_active IS 'true if the carrier is currently under contract; false if the contract has ended (historic shipments remain).';
COMMENT ON COLUMN carriers.insurance_limit IS 'Cargo insurance cover per shipment in euros (EUR).';

CREATE TABLE depots (
    depot_id          integer PRIMARY KEY,
    depot_code        text NOT NULL UNIQUE,
    name              text NOT NULL,
    city              text NOT NULL,
    country_code      char(2) NOT NULL,
    capacity_pallets  integer NOT NULL CHECK (capacity_pallets > 0),
    has_cold_storage  boolean NOT NULL,
    opened_on         date NOT NULL
);
COMMENT ON TABLE depots IS 'Cross-docking depots / terminals where shipments are picked up, transferred between trucks and delivered.';
COMMENT ON COLUMN depots.depot_id IS 'Surrogate key of the depot.';
COMMENT ON COLUMN depots.depot_code IS 'Unique depot code: ''D-'' followed by a 3-letter city code, e.g. ''D-OSL'', ''D-HAM''.';
COMMENT ON COLUMN depots.name IS 'Name of the depot, e.g. ''Hamburg Hafen Terminal''; may contain non-ASCII letters.';
COMMENT ON COLUMN depots.city IS 'City of the depot in local spelling (e.g. ''Köln'', ''Göteborg'', ''Łódź'').';
COMMENT ON COLUMN depots.country_code IS 'ISO 3166-1 alpha-2 country code of the depot.';
COMMENT ON COLUMN depots.capacity_pallets IS 'Storage capacity of the depot in pallet places.';
COMMENT ON COLUMN depots.has_cold_storage IS 'true if the depot has temperature-controlled storage.';
COMMENT ON COLUMN depots.opened_on IS 'Date the depot started operating.';

CREATE TABLE customers (
    customer_id          integer PRIMARY KEY,
    name                 text NOT NULL,
    industry             text NOT NULL CHECK (industry IN ('retail', 'automotive', 'food', 'chemicals', 'electronics', 'pharma')),
    country_code         char(2) NOT NULL,
    credit_limit         numeric(12,2) NOT NULL CHECK (credit_limit >= 0),
    payment_terms_days   integer NOT NULL CHECK (payment_terms_days IN (14, 30, 45, 60)),
    vat_number           text,
    created_at           timestamptz NOT NULL
);
COMMENT ON TABLE customers IS 'Shippers: the companies that book shipments and are invoiced for them.';
COMMENT ON COLUMN customers.customer_id IS 'Surrogate key of the customer.';
COMMENT ON COLUMN customers.name IS 'Company name; may contain apostrophes, ampersands and non-ASCII letters (e.g. ''O''Reilly Foods Ltd'', ''Nørre Møbler ApS'').';
COMMENT ON COLUMN customers.industry IS 'Industry of the customer: ''retail'', ''automotive'', ''food'', ''chemicals'', ''electronics'' or ''pharma''.';
COMMENT ON COLUMN customers.country_code IS 'ISO 3166-1 alpha-2 country code of the customer''s head office.';
COMMENT ON COLUMN customers.credit_limit IS 'Maximum unpaid invoice total allowed for the customer, in euros (EUR).';
COMMENT ON COLUMN customers.payment_terms_days IS 'Agreed payment term in days after the invoice date: 14, 30, 45 or 60.';
COMMENT ON COLUMN customers.vat_number IS 'EU VAT identification number; NULL when not on file.';
COMMENT ON COLUMN customers.created_at IS 'Moment the customer account was created, with time zone.';

CREATE TABLE trucks (
    truck_id        integer PRIMARY KEY,
    carrier_id      integer NOT NULL REFERENCES carriers (carrier_id),
    plate_number    text NOT NULL UNIQUE,
    make            text NOT NULL,
    model_year      integer NOT NULL CHECK (model_year BETWEEN 2005 AND 2025),
    fuel_type       text NOT NULL CHECK (fuel_type IN ('diesel', 'lng', 'electric', 'hvo')),
    max_payload_kg  integer NOT NULL CHECK (max_payload_kg > 0),
    home_depot_id   integer REFERENCES depots (depot_id),
    retired_on      date
);
COMMENT ON TABLE trucks IS 'Tractor units / lorries operated by the carriers.';
COMMENT ON COLUMN trucks.truck_id IS 'Surrogate key of the truck.';
COMMENT ON COLUMN trucks.carrier_id IS 'The carrier that owns and operates the truck (carriers.carrier_id).';
COMMENT ON COLUMN trucks.plate_number IS 'Licence plate, unique.';
COMMENT ON COLUMN trucks.make IS 'Manufacturer: ''Volvo'', ''Scania'', ''MAN'', ''DAF'', ''Mercedes-Benz'', ''Iveco'' or ''Renault''.';
COMMENT ON COLUMN trucks.model_year IS 'Model year of the truck.';
COMMENT ON COLUMN trucks.fuel_type IS 'Fuel: ''diesel'', ''lng'' (liquefied natural gas), ''electric'' (battery electric) or ''hvo'' (renewable diesel).';
COMMENT ON COLUMN trucks.max_payload_kg IS 'Maximum payload in kilograms.';
COMMENT ON COLUMN trucks.home_depot_id IS 'Depot where the truck is normally based (depots.depot_id); NULL if the truck has no fixed base.';
COMMENT ON COLUMN trucks.retired_on IS 'Date the truck was taken out of service; NULL while in service.';

CREATE TABLE drivers (
    driver_id         integer PRIMARY KEY,
    carrier_id        integer NOT NULL REFERENCES carriers (carrier_id),
    full_name         text NOT NULL,
    license_class     text NOT NULL CHECK (license_class IN ('C', 'CE', 'C1E')),
    hazmat_certified  boolean NOT NULL,
    hired_on          date NOT NULL,
    phone             text
);
COMMENT ON TABLE drivers IS 'Truck drivers employed by the carriers.';
COMMENT ON COLUMN drivers.driver_id IS 'Surrogate key of the driver.';
COMMENT ON COLUMN drivers.carrier_id IS 'The carrier employing the driver (carriers.carrier_id).';
COMMENT ON COLUMN drivers.full_name IS 'First and last name; may contain apostrophes and non-ASCII letters.';
COMMENT ON COLUMN drivers.license_class IS 'Driving licence class: ''C'' (rigid truck), ''CE'' (truck with trailer / articulated), ''C1E'' (medium truck with trailer).';
COMMENT ON COLUMN drivers.hazmat_certified IS 'true if the driver holds an ADR certificate and may carry dangerous goods.';
COMMENT ON COLUMN drivers.hired_on IS 'Date the driver was hired by the carrier.';
COMMENT ON COLUMN drivers.phone IS 'Mobile phone number in international format; NULL when unknown.';

CREATE TABLE shipments (
    shipment_id              integer PRIMARY KEY,
    tracking_number          text NOT NULL UNIQUE,
    customer_id              integer NOT NULL REFERENCES customers (customer_id),
    carrier_id               integer NOT NULL REFERENCES carriers (carrier_id),
    origin_depot_id          integer NOT NULL REFERENCES depots (depot_id),
    destination_depot_id     integer NOT NULL REFERENCES depots (depot_id),
    service_level            text NOT NULL CHECK (service_level IN ('economy', 'standard', 'express')),
    status                   text NOT NULL CHECK (status IN ('booked', 'in_transit', 'delivered', 'cancelled')),
    booked_at                timestamptz NOT NULL,
    pickup_date              date NOT NULL,
    promised_delivery_date   date NOT NULL,
    delivered_at             timestamptz,
    weight_kg                numeric(10,1) NOT NULL CHECK (weight_kg > 0),
    pallets                  integer NOT NULL CHECK (pallets BETWEEN 1 AND 34),
    is_hazardous             boolean NOT NULL,
    declared_value           numeric(12,2),
    CHECK (origin_depot_id <> destination_depot_id),
    CHECK (promised_delivery_date >= pickup_date),
    CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
COMMENT ON TABLE shipments IS 'Consignments booked by customers, each moved by one carrier from an origin depot to a destination depot in one or more legs. Data extract date: 2025-06-30.';
COMMENT ON COLUMN shipments.shipment_id IS 'Surrogate key of the shipment.';
COMMENT ON COLUMN shipments.tracking_number IS 'Public tracking number, unique, e.g. ''FR-2023-004512''.';
COMMENT ON COLUMN shipments.customer_id IS 'The customer who booked the shipment (customers.customer_id).';
COMMENT ON COLUMN shipments.carrier_id IS 'The carrier assigned to move the shipment (carriers.carrier_id).';
COMMENT ON COLUMN shipments.origin_depot_id IS 'Depot where the goods are picked up (depots.depot_id).';
COMMENT ON COLUMN shipments.destination_depot_id IS 'Depot where the goods are delivered (depots.depot_id).';
COMMENT ON COLUMN shipments.service_level IS 'Booked service: ''economy'', ''standard'' or ''express''.';
COMMENT ON COLUMN shipments.status IS 'Status as of the extract date: ''booked'' (not yet picked up), ''in_transit'', ''delivered'' or ''cancelled''.';
COMMENT ON COLUMN shipments.booked_at IS 'Moment the customer booked the shipment, with time zone.';
COMMENT ON COLUMN shipments.pickup_date IS 'Planned pickup date at the origin depot.';
COMMENT ON COLUMN shipments.promised_delivery_date IS 'Delivery date promised to the customer. A delivered shipment is late when the date of delivered_at (UTC) is after this date.';
COMMENT ON COLUMN shipments.delivered_at IS 'Moment of delivery at the destination, with time zone (stored in UTC); NULL unless status = ''delivered''.';
COMMENT ON COLUMN shipments.weight_kg IS 'Gross weight of the consignment in kilograms.';
COMMENT ON COLUMN shipments.pallets IS 'Number of pallets (1..34).';
COMMENT ON COLUMN shipments.is_hazardous IS 'true if the consignment contains dangerous goods (ADR).';
COMMENT ON COLUMN shipments.declared_value IS 'Declared value of the goods in euros (EUR); NULL when the customer declared none.';

CREATE TABLE shipment_legs (
    leg_id          integer PRIMARY KEY,
    shipment_id     integer NOT NULL REFERENCES shipments (shipment_id),
    leg_number      integer NOT NULL CHECK (leg_number >= 1),
    from_depot_id   integer NOT NULL REFERENCES depots (depot_id),
    to_depot_id     integer NOT NULL REFERENCES depots (depot_id),
    truck_id        integer NOT NULL REFERENCES trucks (truck_id),
    driver_id       integer NOT NULL REFERENCES drivers (driver_id),
    departed_at     timestamp NOT NULL,
    arrived_at      timestamp,
    distance_km     numeric(7,1) NOT NULL CHECK (distance_km > 0),
    fuel_used_l     numeric(7,1),
    UNIQUE (shipment_id, leg_number),
    CHECK (from_depot_id <> to_depot_id),
    CHECK (arrived_at IS NULL OR arrived_at > departed_at)
);
COMMENT ON TABLE shipment_legs IS 'Legs (stops) of a shipment: one truck drive from one depot to the next. Leg 1 starts at the shipment''s origin depot; the last leg of a delivered shipment ends at its destination depot (a shipment in transit, or cancelled after pickup, has only the legs driven so far). Only shipments that have been picked up have legs.';
COMMENT ON COLUMN shipment_legs.leg_id IS 'Surrogate key of the leg.';
COMMENT ON COLUMN shipment_legs.shipment_id IS 'The shipment (shipments.shipment_id).';
COMMENT ON COLUMN shipment_legs.leg_number IS 'Position of the leg within the shipment, 1 = first leg.';
COMMENT ON COLUMN shipment_legs.from_depot_id IS 'Depot where the leg starts (depots.depot_id).';
COMMENT ON COLUMN shipment_legs.to_depot_id IS 'Depot where the leg ends (depots.depot_id).';
COMMENT ON COLUMN shipment_legs.truck_id IS 'Truck used on the leg (trucks.truck_id); always a truck of the shipment''s carrier.';
COMMENT ON COLUMN shipment_legs.driver_id IS 'Driver on the leg (drivers.driver_id); always a driver of the shipment''s carrier.';
COMMENT ON COLUMN shipment_legs.departed_at IS 'Local departure time at from_depot (no time zone).';
COMMENT ON COLUMN shipment_legs.arrived_at IS 'Local arrival time at to_depot (no time zone); NULL while the leg is still under way.';
COMMENT ON COLUMN shipment_legs.distance_km IS 'Driven distance of the leg in kilometres.';
COMMENT ON COLUMN shipment_legs.fuel_used_l IS 'Fuel used on the leg in litres (diesel equivalent); NULL when not reported (always NULL for electric trucks).';

CREATE TABLE invoices (
    invoice_id      integer PRIMARY KEY,
    invoice_number  text NOT NULL UNIQUE,
    shipment_id     integer NOT NULL UNIQUE REFERENCES shipments (shipment_id),
    issued_on       date NOT NULL,
    due_on          date NOT NULL,
    net_amount      numeric(12,2) NOT NULL CHECK (net_amount >= 0),
    vat_amount      numeric(12,2) NOT NULL CHECK (vat_amount >= 0),
    status          text NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'void')),
    paid_on         date,
    CHECK (due_on >= issued_on),
    CHECK ((status = 'paid') = (paid_on IS NOT NULL))
);
COMMENT ON TABLE invoices IS 'Customer invoices: at most one per shipment, normally issued when the shipment is delivered; a shipment still in transit may have been invoiced in advance, and a cancelled shipment may carry a cancellation-fee invoice.';
COMMENT ON COLUMN invoices.invoice_id IS 'Surrogate key of the invoice.';
COMMENT ON COLUMN invoices.invoice_number IS 'Invoice number, unique, e.g. ''INV-2024-00123''.';
COMMENT ON COLUMN invoices.shipment_id IS 'The invoiced shipment (shipments.shipment_id); the customer is the shipment''s customer.';
COMMENT ON COLUMN invoices.issued_on IS 'Invoice date.';
COMMENT ON COLUMN invoices.due_on IS 'Payment due date (invoice date + the customer''s payment terms).';
COMMENT ON COLUMN invoices.net_amount IS 'Freight charge before VAT, in euros (EUR).';
COMMENT ON COLUMN invoices.vat_amount IS 'VAT charged, in euros (EUR); 0 for reverse-charge invoices. Gross amount = net_amount + vat_amount.';
COMMENT ON COLUMN invoices.status IS 'Status as of 2025-06-30: ''open'' (not yet due), ''paid'', ''overdue'' (past due_on, unpaid) or ''void'' (cancelled invoice, not to be counted as revenue).';
COMMENT ON COLUMN invoices.paid_on IS 'Date the payment was received; NULL unless status = ''paid''.';

CREATE TABLE incidents (
    incident_id    integer PRIMARY KEY,
    leg_id         integer NOT NULL REFERENCES shipment_legs (leg_id),
    incident_type  text NOT NULL CHECK (incident_type IN ('delay', 'damage', 'breakdown', 'accident', 'theft')),
    occurred_at    timestamptz NOT NULL,
    cost           numeric(12,2) CHECK (cost IS NULL OR cost >= 0),
    description    text NOT NULL
);
COMMENT ON TABLE incidents IS 'Operational incidents reported on a shipment leg.';
COMMENT ON COLUMN incidents.incident_id IS 'Surrogate key of the incident.';
COMMENT ON COLUMN incidents.leg_id IS 'The leg on which it happened (shipment_legs.leg_id).';
COMMENT ON COLUMN incidents.incident_type IS 'Kind of incident: ''delay'', ''damage'' (goods damaged), ''breakdown'' (vehicle), ''accident'' or ''theft''.';
COMMENT ON COLUMN incidents.occurred_at IS 'Moment the incident happened, with time zone (stored in UTC).';
COMMENT ON COLUMN incidents.cost IS 'Cost of the incident (repairs, claims) in euros (EUR); NULL when not yet assessed, 0 when no cost.';
COMMENT ON COLUMN incidents.description IS 'Short free-text note written by the driver or dispatcher.';
