-- invariants of freight: each query lists the rows that break one documented rule

-- rule: scac_code is four letters (COMMENT ON COLUMN carriers.scac_code)
SELECT carrier_id, scac_code FROM carriers WHERE scac_code !~ '^[A-Z]{4}$';

-- rule: depot_code is 'D-' followed by a 3-letter city code (COMMENT ON COLUMN depots.depot_code)
SELECT depot_id, depot_code FROM depots WHERE depot_code !~ '^D-[A-Z]{3}$';

-- rule: truck make is one of Volvo, Scania, MAN, DAF, Mercedes-Benz, Iveco, Renault (COMMENT ON COLUMN trucks.make)
SELECT truck_id, make FROM trucks WHERE make NOT IN ('Volvo', 'Scania', 'MAN', 'DAF', 'Mercedes-Benz', 'Iveco', 'Renault');

-- rule: tracking_number has the form XX-<year>-<6 digits>, e.g. 'FR-2023-004512' (COMMENT ON COLUMN shipments.tracking_number)
SELECT shipment_id, tracking_number FROM shipments WHERE tracking_number !~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6}$';

-- rule: invoice_number has the form INV-<year>-<5 digits> (COMMENT ON COLUMN invoices.invoice_number)
SELECT invoice_id, invoice_number FROM invoices WHERE invoice_number !~ '^INV-[0-9]{4}-[0-9]{5}$';

-- rule: nothing is booked, delivered, driven, invoiced or paid after the extract date 2025-06-30
-- (COMMENT ON TABLE shipments; README: Mutant survivors, "nothing is booked or delivered after 2025-06-30");
-- leg times are local (no time zone), so they get 3 hours of slack past midnight UTC
SELECT 'shipment' AS what, shipment_id AS id FROM shipments WHERE booked_at >= TIMESTAMPTZ '2025-07-01 00:00+00' OR delivered_at >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'leg', leg_id FROM shipment_legs WHERE departed_at >= TIMESTAMP '2025-07-01 03:00' OR arrived_at >= TIMESTAMP '2025-07-01 03:00'
UNION ALL SELECT 'invoice', invoice_id FROM invoices WHERE issued_on > DATE '2025-06-30' OR paid_on > DATE '2025-06-30'
UNION ALL SELECT 'incident', incident_id FROM incidents WHERE occurred_at >= TIMESTAMPTZ '2025-07-01 00:00+00';

-- rule: a shipment is delivered after it was booked (COMMENT ON COLUMN shipments.booked_at, delivered_at)
SELECT shipment_id, booked_at, delivered_at FROM shipments WHERE delivered_at < booked_at;

-- rule: only shipments that have been picked up have legs: a 'booked' shipment has none
-- (COMMENT ON TABLE shipment_legs)
SELECT s.shipment_id FROM shipments s WHERE s.status = 'booked' AND EXISTS (SELECT 1 FROM shipment_legs l WHERE l.shipment_id = s.shipment_id);

-- rule: every delivered or in-transit shipment has its legs (README: Mutant survivors, q028; COMMENT ON TABLE shipment_legs)
SELECT s.shipment_id, s.status FROM shipments s WHERE s.status IN ('delivered', 'in_transit')
AND NOT EXISTS (SELECT 1 FROM shipment_legs l WHERE l.shipment_id = s.shipment_id);

-- rule: leg numbers of a shipment are 1..n (COMMENT ON COLUMN shipment_legs.leg_number)
SELECT shipment_id, COUNT(*), MAX(leg_number) FROM shipment_legs GROUP BY shipment_id
HAVING MIN(leg_number) <> 1 OR MAX(leg_number) <> COUNT(*);

-- rule: leg 1 starts at the shipment's origin depot (COMMENT ON TABLE shipment_legs)
SELECT l.leg_id, l.from_depot_id, s.origin_depot_id FROM shipment_legs l JOIN shipments s ON s.shipment_id = l.shipment_id
WHERE l.leg_number = 1 AND l.from_depot_id <> s.origin_depot_id;

-- rule: the last leg of a delivered shipment ends at its destination depot (COMMENT ON TABLE shipment_legs)
SELECT l.leg_id, l.to_depot_id, s.destination_depot_id FROM shipment_legs l JOIN shipments s ON s.shipment_id = l.shipment_id
WHERE s.status = 'delivered' AND l.to_depot_id <> s.destination_depot_id
AND l.leg_number = (SELECT MAX(x.leg_number) FROM shipment_legs x WHERE x.shipment_id = l.shipment_id);

-- rule: legs drive from one depot to the next: leg n+1 starts where leg n ended, after it arrived
-- (COMMENT ON TABLE shipment_legs)
SELECT a.leg_id, b.leg_id FROM shipment_legs a JOIN shipment_legs b ON b.shipment_id = a.shipment_id AND b.leg_number = a.leg_number + 1
WHERE b.from_depot_id <> a.to_depot_id OR a.arrived_at IS NULL OR b.departed_at < a.arrived_at;

-- rule: arrived_at is NULL only while the leg is under way: never for a delivered shipment
-- (COMMENT ON COLUMN shipment_legs.arrived_at)
SELECT l.leg_id, s.status FROM shipment_legs l JOIN shipments s ON s.shipment_id = l.shipment_id
WHERE l.arrived_at IS NULL AND s.status <> 'in_transit';

-- rule: the truck and the driver of a leg are always of the shipment's carrier
-- (COMMENT ON COLUMN shipment_legs.truck_id, shipment_legs.driver_id)
SELECT l.leg_id, s.carrier_id, t.carrier_id AS truck_carrier, d.carrier_id AS driver_carrier FROM shipment_legs l
JOIN shipments s ON s.shipment_id = l.shipment_id JOIN trucks t ON t.truck_id = l.truck_id JOIN drivers d ON d.driver_id = l.driver_id
WHERE t.carrier_id <> s.carrier_id OR d.carrier_id <> s.carrier_id;

-- rule: fuel_used_l is always NULL for electric trucks (COMMENT ON COLUMN shipment_legs.fuel_used_l)
SELECT l.leg_id, l.fuel_used_l FROM shipment_legs l JOIN trucks t ON t.truck_id = l.truck_id
WHERE t.fuel_type = 'electric' AND l.fuel_used_l IS NOT NULL;

-- rule: only ADR-certified drivers may carry dangerous goods (COMMENT ON COLUMN drivers.hazmat_certified)
SELECT l.leg_id, l.driver_id FROM shipment_legs l JOIN shipments s ON s.shipment_id = l.shipment_id
JOIN drivers d ON d.driver_id = l.driver_id WHERE s.is_hazardous AND NOT d.hazmat_certified;

-- rule: a retired truck is out of service: no leg departs after retired_on (COMMENT ON COLUMN trucks.retired_on)
SELECT l.leg_id, t.truck_id, t.retired_on, l.departed_at FROM shipment_legs l JOIN trucks t ON t.truck_id = l.truck_id
WHERE l.departed_at::date > t.retired_on;

-- rule: a driver drives only after being hired (COMMENT ON COLUMN drivers.hired_on)
SELECT l.leg_id, d.driver_id, d.hired_on FROM shipment_legs l JOIN drivers d ON d.driver_id = l.driver_id
WHERE l.departed_at::date < d.hired_on;

-- rule: invoices exist for delivered shipments, in-transit ones invoiced in advance and cancelled ones
-- (cancellation fee), never for shipments still only booked (COMMENT ON TABLE invoices)
SELECT i.invoice_id, s.status FROM invoices i JOIN shipments s ON s.shipment_id = i.shipment_id WHERE s.status = 'booked';

-- rule: due_on is the invoice date plus the customer's payment terms (COMMENT ON COLUMN invoices.due_on)
SELECT i.invoice_id, i.issued_on, i.due_on, c.payment_terms_days FROM invoices i
JOIN shipments s ON s.shipment_id = i.shipment_id JOIN customers c ON c.customer_id = s.customer_id
WHERE i.due_on <> i.issued_on + c.payment_terms_days;

-- rule: invoice status as of 2025-06-30: 'open' is not yet due, 'overdue' is past due_on
-- (COMMENT ON COLUMN invoices.status)
SELECT invoice_id, status, due_on FROM invoices
WHERE (status = 'open' AND due_on < DATE '2025-06-30') OR (status = 'overdue' AND due_on >= DATE '2025-06-30');

-- rule: a delivered shipment's invoice is issued when it is delivered, not before the shipment was booked
-- (COMMENT ON TABLE invoices)
SELECT i.invoice_id, i.issued_on, s.booked_at FROM invoices i JOIN shipments s ON s.shipment_id = i.shipment_id
WHERE i.issued_on < (s.booked_at AT TIME ZONE 'UTC')::date;

-- rule: payment is received on or after the invoice date (COMMENT ON COLUMN invoices.paid_on)
SELECT invoice_id, issued_on, paid_on FROM invoices WHERE paid_on < issued_on;

-- rule: the two inactive carriers have no 2025 booking, except (instances 1-3) the planted q035 booking of
-- Schnell & Günstig Logistik, cancelled, at exactly 2025-01-01 00:00 UTC (README: What the data exercises,
-- "carriers with no 2025 booking")
SELECT c.carrier_id, c.name, s.shipment_id, s.booked_at FROM carriers c JOIN shipments s ON s.carrier_id = c.carrier_id
WHERE NOT c.is_active AND s.booked_at >= TIMESTAMPTZ '2025-01-01 00:00+00'
AND NOT (c.name = 'Schnell & Günstig Logistik' AND s.status = 'cancelled' AND s.booked_at = TIMESTAMPTZ '2025-01-01 00:00+00');
