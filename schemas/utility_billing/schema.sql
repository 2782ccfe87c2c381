-- utility_billing: a regional multi-utility (electricity and water) selling to residential and
-- commercial customers: tariffs, customers, premises, meters, meter readings, quarterly bills and
-- payments. DDL only; rows come from generate.py. Data is a snapshot taken on 2025-01-31.

CREATE TABLE tariff (
    tariff_code              text          PRIMARY KEY CHECK (tariff_code ~ '^[EW]-[A-Z]{3}-[A-Z0-9]+$'),
    name                     text          NOT NULL UNIQUE,
    utility                  text          NOT NULL CHECK (utility IN ('electricity', 'water')),
    customer_class           text          NOT NULL CHECK (customer_class IN ('residential', 'commercial')),
    unit_rate                numeric(10,4) NOT NULL CHECK (unit_rate > 0),
    standing_charge_per_day  numeric(10,4) NOT NULL CHECK (standing_charge_per_day >= 0),
    vat_rate                 numeric(5,2)  NOT NULL CHECK (vat_rate >= 0 AND vat_rate < 100),
    is_green                 boolean       NOT NULL DEFAULT false,
    available_from           date          NOT NULL,
    withdrawn_on             date
);

COMMENT ON TABLE tariff IS 'Price plans. Rates did not change during the data period, so every bill on a tariff used the rates shown here.';
COMMENT ON COLUMN tariff.tariff_code IS 'Tariff code: utility letter (E = electricity, W = water), class (RES or COM) and plan, e.g. ''E-RES-STD''.';
COMMENT ON COLUMN tariff.name IS 'Marketing name of the tariff, e.g. ''Home Standard'', ''Night Saver''.';
COMMENT ON COLUMN tariff.utility IS 'Utility the tariff prices: ''electricity'' (units are kWh) or ''water'' (units are cubic metres, m3).';
COMMENT ON COLUMN tariff.customer_class IS 'Class of customer the tariff is sold to: ''residential'' or ''commercial''.';
COMMENT ON COLUMN tariff.unit_rate IS 'Price per unit consumed in EUR, before VAT (EUR per kWh for electricity, EUR per m3 for water).';
COMMENT ON COLUMN tariff.standing_charge_per_day IS 'Fixed daily charge in EUR per day, before VAT, independent of consumption.';
COMMENT ON COLUMN tariff.vat_rate IS 'VAT rate in percent (e.g. 19.00 means 19 %), applied to energy + standing charges.';
COMMENT ON COLUMN tariff.is_green IS 'true for tariffs backed by 100 % renewable supply.';
COMMENT ON COLUMN tariff.available_from IS 'First date the tariff could be chosen.';
COMMENT ON COLUMN tariff.withdrawn_on IS 'Date the tariff was closed to new customers; NULL when still on sale. Existing meters may stay on a withdrawn tariff.';

CREATE TABLE customer (
    customer_id      integer      PRIMARY KEY,
    account_number   text         NOT NULL UNIQUE CHECK (account_number ~ '^ACC-[0-9]{6}$'),
    full_name        text         NOT NULL,
    customer_class   text         NOT NULL CHECK (customer_class IN ('residential', 'commercial')),
    email            text,
    phone            text,
    joined_at        timestamptz  NOT NULL,
    is_paperless     boolean      NOT NULL DEFAULT false,
    priority_services boolean     NOT NULL DEFAULT false,
    closed_on        date
);

COMMENT ON TABLE customer IS 'Account holders. A residential customer is a person, a commercial customer a business (full_name is then the business name).';
COMMENT ON COLUMN customer.customer_id IS 'Surrogate key of the customer.';
COMMENT ON COLUMN customer.account_number IS 'Account number shown on bills: ''ACC-'' followed by 6 digits, e.g. ''ACC-100001''.';
COMMENT ON COLUMN customer.full_name IS 'Person name or business name (may contain accents and apostrophes, e.g. ''O''''Reilly''''s Bakery'').';
COMMENT ON COLUMN customer.customer_class IS '''residential'' or ''commercial''.';
COMMENT ON COLUMN customer.email IS 'Contact e-mail; NULL when none was given.';
COMMENT ON COLUMN customer.phone IS 'Contact phone number in international format; NULL when none was given.';
COMMENT ON COLUMN customer.joined_at IS 'Instant the account was opened (timestamptz, UTC).';
COMMENT ON COLUMN customer.is_paperless IS 'true when the customer receives bills by e-mail only.';
COMMENT ON COLUMN customer.priority_services IS 'true when the customer is on the priority services register (medical equipment, elderly, etc.).';
COMMENT ON COLUMN customer.closed_on IS 'Date the account was closed (customer moved away); NULL for open accounts.';

CREATE TABLE premise (
    premise_id     integer       PRIMARY KEY,
    customer_id    integer       NOT NULL REFERENCES customer (customer_id),
    address_line   text          NOT NULL,
    city           text          NOT NULL,
    postcode       text          NOT NULL,
    premise_type   text          NOT NULL CHECK (premise_type IN ('house', 'apartment', 'shop', 'office', 'workshop')),
    floor_area_m2  numeric(8,1)  CHECK (floor_area_m2 > 0),
    connected_on   date          NOT NULL
);

COMMENT ON TABLE premise IS 'Supplied addresses (service points). Each premise belongs to one customer; a customer may have several premises.';
COMMENT ON COLUMN premise.premise_id IS 'Surrogate key of the premise.';
COMMENT ON COLUMN premise.customer_id IS 'Customer responsible for the premise.';
COMMENT ON COLUMN premise.address_line IS 'Street address, e.g. ''12 Harbour Lane''.';
COMMENT ON COLUMN premise.city IS 'Town of the premise: one of ''Porthaven'', ''Ellingham'', ''Kingsmoor'', ''Bräunsdorf'', ''Saint-Aubin'', ''Lindqvist Bay''.';
COMMENT ON COLUMN premise.postcode IS 'Postal code (text; may contain letters and spaces).';
COMMENT ON COLUMN premise.premise_type IS '''house'', ''apartment'' (residential) or ''shop'', ''office'', ''workshop'' (commercial).';
COMMENT ON COLUMN premise.floor_area_m2 IS 'Heated floor area in square metres; NULL when unknown.';
COMMENT ON COLUMN premise.connected_on IS 'Date the premise was first connected to the network.';

CREATE TABLE meter (
    meter_id       integer      PRIMARY KEY,
    serial_number  text         NOT NULL UNIQUE,
    premise_id     integer      NOT NULL REFERENCES premise (premise_id),
    utility        text         NOT NULL CHECK (utility IN ('electricity', 'water')),
    tariff_code    text         NOT NULL REFERENCES tariff (tariff_code),
    is_smart       boolean      NOT NULL,
    installed_on   date         NOT NULL,
    removed_on     date,
    CHECK (removed_on IS NULL OR removed_on >= installed_on)
);

COMMENT ON TABLE meter IS 'Physical meters. A premise has at most one electricity meter and at most one water meter in service at a time; a meter is in service while removed_on IS NULL.';
COMMENT ON COLUMN meter.meter_id IS 'Surrogate key of the meter.';
COMMENT ON COLUMN meter.serial_number IS 'Manufacturer serial number printed on the meter, e.g. ''EM-2019-004512''.';
COMMENT ON COLUMN meter.premise_id IS 'Premise where the meter is installed.';
COMMENT ON COLUMN meter.utility IS '''electricity'' (register in kWh) or ''water'' (register in m3); always equal to the utility of its tariff.';
COMMENT ON COLUMN meter.tariff_code IS 'Tariff the meter is billed on.';
COMMENT ON COLUMN meter.is_smart IS 'true for remotely read smart meters (their readings are always of type ''actual'').';
COMMENT ON COLUMN meter.installed_on IS 'Installation date.';
COMMENT ON COLUMN meter.removed_on IS 'Date the meter was removed from service; NULL while in service.';

CREATE TABLE meter_reading (
    reading_id     integer        PRIMARY KEY,
    meter_id       integer        NOT NULL REFERENCES meter (meter_id),
    read_at        timestamp      NOT NULL,
    register_value numeric(12,1)  NOT NULL CHECK (register_value >= 0),
    reading_type   text           NOT NULL CHECK (reading_type IN ('actual', 'estimated', 'customer')),
    UNIQUE (meter_id, read_at)
);

COMMENT ON TABLE meter_reading IS 'Quarterly register readings of each meter. The register is cumulative: consumption between two readings is the difference of their register_value.';
COMMENT ON COLUMN meter_reading.reading_id IS 'Surrogate key of the reading.';
COMMENT ON COLUMN meter_reading.meter_id IS 'Meter that was read.';
COMMENT ON COLUMN meter_reading.read_at IS 'Local date and time of the reading (no time zone).';
COMMENT ON COLUMN meter_reading.register_value IS 'Cumulative register value: kWh for electricity meters, m3 for water meters.';
COMMENT ON COLUMN meter_reading.reading_type IS '''actual'' (read by staff or remotely by a smart meter), ''estimated'' (computed by the utility, nobody read the meter) or ''customer'' (submitted by the customer).';

CREATE TABLE bill (
    bill_id          integer        PRIMARY KEY,
    meter_id         integer        NOT NULL REFERENCES meter (meter_id),
    period_start     date           NOT NULL,
    period_end       date           NOT NULL,
    issued_on        date           NOT NULL,
    due_date         date           NOT NULL,
    consumption      numeric(12,1)  NOT NULL CHECK (consumption >= 0),
    energy_charge    numeric(12,2)  NOT NULL,
    standing_charge  numeric(12,2)  NOT NULL,
    vat_amount       numeric(12,2)  NOT NULL,
    total_amount     numeric(12,2)  NOT NULL,
    status           text           NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'written_off')),
    CHECK (period_end > period_start),
    CHECK (due_date >= issued_on),
    CHECK (total_amount = energy_charge + standing_charge + vat_amount)
);

COMMENT ON TABLE bill IS 'One bill per meter per billing period, computed from two consecutive readings (periods are about a quarter; the first and last bill of a meter can be shorter). The customer billed is the customer of the meter''s premise.';
COMMENT ON COLUMN bill.bill_id IS 'Surrogate key (also the bill number printed on the invoice).';
COMMENT ON COLUMN bill.meter_id IS 'Meter the bill is for.';
COMMENT ON COLUMN bill.period_start IS 'First day of the billing period (date of the opening reading).';
COMMENT ON COLUMN bill.period_end IS 'Last day of the billing period (date of the closing reading).';
COMMENT ON COLUMN bill.issued_on IS 'Date the bill was issued.';
COMMENT ON COLUMN bill.due_date IS 'Date by which the bill must be paid.';
COMMENT ON COLUMN bill.consumption IS 'Units consumed in the period (kWh for electricity, m3 for water) = closing minus opening register value.';
COMMENT ON COLUMN bill.energy_charge IS 'consumption x tariff unit_rate, in EUR before VAT.';
COMMENT ON COLUMN bill.standing_charge IS 'days in period x tariff standing_charge_per_day, in EUR before VAT.';
COMMENT ON COLUMN bill.vat_amount IS 'VAT in EUR on energy_charge + standing_charge.';
COMMENT ON COLUMN bill.total_amount IS 'Amount payable in EUR, VAT included (= energy_charge + standing_charge + vat_amount).';
COMMENT ON COLUMN bill.status IS 'Status as of the 2025-01-31 snapshot: ''paid'' (payments cover the total), ''open'' (not fully paid, not yet due), ''overdue'' (not fully paid after the due date) or ''written_off'' (debt abandoned as uncollectable).';

CREATE TABLE payment (
    payment_id   integer        PRIMARY KEY,
    bill_id      integer        NOT NULL REFERENCES bill (bill_id),
    paid_at      timestamptz    NOT NULL,
    amount       numeric(12,2)  NOT NULL CHECK (amount > 0),
    method       text           NOT NULL CHECK (method IN ('direct_debit', 'card', 'bank_transfer', 'cash'))
);

COMMENT ON TABLE payment IS 'Money received against a bill; a bill may be settled by several (partial) payments.';
COMMENT ON COLUMN payment.payment_id IS 'Surrogate key of the payment.';
COMMENT ON COLUMN payment.bill_id IS 'Bill the payment was allocated to.';
COMMENT ON COLUMN payment.paid_at IS 'Instant the money was received (timestamptz, UTC).';
COMMENT ON COLUMN payment.amount IS 'Amount received in EUR.';
COMMENT ON COLUMN payment.method IS '''direct_debit'', ''card'', ''bank_transfer'' or ''cash''.';
