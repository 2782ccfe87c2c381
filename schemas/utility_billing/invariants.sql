-- invariants of utility_billing: each query lists the rows that break one documented rule

-- rule: tariff_code starts with the utility letter (E = electricity, W = water) and the class (RES or COM)
-- (COMMENT ON COLUMN tariff.tariff_code)
SELECT tariff_code, utility, customer_class FROM tariff
WHERE left(tariff_code, 1) <> CASE utility WHEN 'electricity' THEN 'E' ELSE 'W' END
   OR split_part(tariff_code, '-', 2) <> CASE customer_class WHEN 'residential' THEN 'RES' ELSE 'COM' END;

-- rule: only electricity tariffs are green (README: Remaining mutant survivors, 036)
SELECT tariff_code FROM tariff WHERE is_green AND utility <> 'electricity';

-- rule: premise city is one of Porthaven, Ellingham, Kingsmoor, Bräunsdorf, Saint-Aubin, Lindqvist Bay
-- (COMMENT ON COLUMN premise.city)
SELECT premise_id, city FROM premise WHERE city NOT IN ('Porthaven', 'Ellingham', 'Kingsmoor', 'Bräunsdorf', 'Saint-Aubin', 'Lindqvist Bay');

-- rule: house and apartment premises are residential, shop, office and workshop commercial: the premise type
-- matches its customer's class (COMMENT ON COLUMN premise.premise_type)
SELECT p.premise_id, p.premise_type, c.customer_class FROM premise p JOIN customer c ON c.customer_id = p.customer_id
WHERE (p.premise_type IN ('house', 'apartment')) <> (c.customer_class = 'residential');

-- rule: serial_number looks like 'EM-2019-004512' (COMMENT ON COLUMN meter.serial_number)
SELECT meter_id, serial_number FROM meter WHERE serial_number !~ '^[A-Z]{2}-[0-9]{4}-[0-9]{6}$';

-- rule: a meter's utility is always equal to the utility of its tariff (COMMENT ON COLUMN meter.utility)
SELECT m.meter_id, m.utility, t.utility FROM meter m JOIN tariff t ON t.tariff_code = m.tariff_code WHERE m.utility <> t.utility;

-- rule: a tariff is sold to its customer class: the meter's tariff class is the class of the premise's customer
-- (COMMENT ON COLUMN tariff.customer_class)
SELECT m.meter_id, t.customer_class, c.customer_class FROM meter m JOIN tariff t ON t.tariff_code = m.tariff_code
JOIN premise p ON p.premise_id = m.premise_id JOIN customer c ON c.customer_id = p.customer_id
WHERE t.customer_class <> c.customer_class;

-- rule: at most one electricity and one water meter in service per premise (COMMENT ON TABLE meter)
SELECT premise_id, utility, COUNT(*) FROM meter WHERE removed_on IS NULL GROUP BY 1, 2 HAVING COUNT(*) > 1;

-- rule: at most one meter of a utility in service at a time: service periods of one premise and utility do not
-- overlap (a swap removes the old meter the day the new one is installed) (COMMENT ON TABLE meter; README: Boundary rows)
SELECT a.meter_id, b.meter_id FROM meter a JOIN meter b ON a.premise_id = b.premise_id AND a.utility = b.utility AND a.meter_id < b.meter_id
WHERE a.installed_on < COALESCE(b.removed_on, DATE '9999-12-31') AND b.installed_on < COALESCE(a.removed_on, DATE '9999-12-31');

-- rule: a meter is installed at a premise already connected to the network (COMMENT ON COLUMN premise.connected_on)
SELECT m.meter_id, m.installed_on, p.connected_on FROM meter m JOIN premise p ON p.premise_id = m.premise_id WHERE m.installed_on < p.connected_on;

-- rule: meters are removed when an account closes: a closed customer has no meter in service
-- (README: Domain; COMMENT ON COLUMN customer.closed_on)
SELECT c.customer_id, c.closed_on, m.meter_id FROM customer c JOIN premise p ON p.customer_id = c.customer_id
JOIN meter m ON m.premise_id = p.premise_id WHERE c.closed_on IS NOT NULL AND m.removed_on IS NULL;

-- rule: a smart meter's readings are always of type 'actual' (COMMENT ON COLUMN meter.is_smart)
SELECT r.reading_id, r.reading_type FROM meter_reading r JOIN meter m ON m.meter_id = r.meter_id WHERE m.is_smart AND r.reading_type <> 'actual';

-- rule: the register is cumulative: it never decreases between consecutive readings (COMMENT ON TABLE meter_reading)
SELECT a.reading_id, b.reading_id, a.register_value, b.register_value FROM meter_reading a JOIN meter_reading b
ON b.meter_id = a.meter_id AND b.read_at > a.read_at
AND NOT EXISTS (SELECT 1 FROM meter_reading x WHERE x.meter_id = a.meter_id AND x.read_at > a.read_at AND x.read_at < b.read_at)
WHERE b.register_value < a.register_value;

-- rule: readings lie within the meter's service (installed_on .. removed_on), 2021-12 to the 2025-01-31 snapshot
-- (COMMENT ON COLUMN meter.removed_on; README: Domain)
SELECT r.reading_id, r.read_at, m.installed_on, m.removed_on FROM meter_reading r JOIN meter m ON m.meter_id = r.meter_id
WHERE r.read_at::date < m.installed_on OR r.read_at::date > m.removed_on
   OR r.read_at < TIMESTAMP '2021-12-01' OR r.read_at >= TIMESTAMP '2025-02-01';

-- rule: a bill's period runs from the date of an opening reading to the date of the next (closing) reading of
-- the same meter (COMMENT ON TABLE bill, COMMENT ON COLUMN bill.period_start, bill.period_end)
SELECT b.bill_id, b.meter_id, b.period_start, b.period_end FROM bill b
WHERE NOT EXISTS (SELECT 1 FROM meter_reading o JOIN meter_reading c ON c.meter_id = o.meter_id
                  WHERE o.meter_id = b.meter_id AND o.read_at::date = b.period_start AND c.read_at::date = b.period_end
                    AND NOT EXISTS (SELECT 1 FROM meter_reading x WHERE x.meter_id = o.meter_id AND x.read_at > o.read_at AND x.read_at < c.read_at));

-- rule: consumption = closing minus opening register value (COMMENT ON COLUMN bill.consumption)
SELECT b.bill_id, b.consumption, c.register_value - o.register_value AS diff FROM bill b
JOIN meter_reading o ON o.meter_id = b.meter_id AND o.read_at::date = b.period_start
JOIN meter_reading c ON c.meter_id = b.meter_id AND c.read_at::date = b.period_end
WHERE b.consumption <> c.register_value - o.register_value;

-- rule: one bill per meter per billing period: periods of one meter do not overlap (COMMENT ON TABLE bill)
SELECT a.bill_id, b.bill_id FROM bill a JOIN bill b ON a.meter_id = b.meter_id AND a.bill_id < b.bill_id
WHERE a.period_start < b.period_end AND b.period_start < a.period_end;

-- rule: energy_charge = consumption x unit_rate; rates never changed, every bill used the tariff's rates
-- (COMMENT ON TABLE tariff, COMMENT ON COLUMN bill.energy_charge)
SELECT b.bill_id, b.energy_charge, round(b.consumption * t.unit_rate, 2) AS expected FROM bill b
JOIN meter m ON m.meter_id = b.meter_id JOIN tariff t ON t.tariff_code = m.tariff_code
WHERE abs(b.energy_charge - round(b.consumption * t.unit_rate, 2)) > 0.01;

-- rule: standing_charge = days in period x standing_charge_per_day (COMMENT ON COLUMN bill.standing_charge)
SELECT b.bill_id, b.standing_charge, (b.period_end - b.period_start) AS days, t.standing_charge_per_day FROM bill b
JOIN meter m ON m.meter_id = b.meter_id JOIN tariff t ON t.tariff_code = m.tariff_code
WHERE abs(b.standing_charge - round((b.period_end - b.period_start) * t.standing_charge_per_day, 2)) > 0.01
  AND abs(b.standing_charge - round((b.period_end - b.period_start + 1) * t.standing_charge_per_day, 2)) > 0.01;

-- rule: vat_amount = vat_rate % of energy_charge + standing_charge (COMMENT ON COLUMN bill.vat_amount, tariff.vat_rate)
SELECT b.bill_id, b.vat_amount, round((b.energy_charge + b.standing_charge) * t.vat_rate / 100, 2) AS expected FROM bill b
JOIN meter m ON m.meter_id = b.meter_id JOIN tariff t ON t.tariff_code = m.tariff_code
WHERE abs(b.vat_amount - round((b.energy_charge + b.standing_charge) * t.vat_rate / 100, 2)) > 0.01;

-- rule: bills are issued 2022-01 to 2025-01, after the period they bill (README: Domain; COMMENT ON TABLE bill)
SELECT bill_id, period_end, issued_on FROM bill
WHERE issued_on < period_end OR issued_on < DATE '2022-01-01' OR issued_on > DATE '2025-01-31';

-- rule: bill status as of 2025-01-31: 'paid' = payments cover the total; 'open' = not fully paid and not yet due;
-- 'overdue' = not fully paid after the due date; written_off = not fully paid (COMMENT ON COLUMN bill.status)
SELECT b.bill_id, b.status, b.total_amount, COALESCE(SUM(p.amount), 0) AS paid, b.due_date FROM bill b
LEFT JOIN payment p ON p.bill_id = b.bill_id AND p.paid_at < TIMESTAMPTZ '2025-02-01 00:00+00'
GROUP BY b.bill_id, b.status, b.total_amount, b.due_date
HAVING (b.status = 'paid') <> (COALESCE(SUM(p.amount), 0) >= b.total_amount)
    OR (b.status = 'open' AND b.due_date < DATE '2025-01-31')
    OR (b.status = 'overdue' AND b.due_date >= DATE '2025-01-31');

-- rule: payments are received against an issued bill, up to the 2025-01-31 snapshot (COMMENT ON TABLE payment; README: Domain)
SELECT p.payment_id, p.paid_at, b.issued_on FROM payment p JOIN bill b ON b.bill_id = p.bill_id
WHERE (p.paid_at AT TIME ZONE 'UTC')::date < b.issued_on OR p.paid_at >= TIMESTAMPTZ '2025-02-01 00:00+00';

-- rule: a bill is for a meter in service during its period (COMMENT ON COLUMN meter.installed_on, meter.removed_on)
SELECT b.bill_id, b.period_start, b.period_end, m.installed_on, m.removed_on FROM bill b JOIN meter m ON m.meter_id = b.meter_id
WHERE b.period_start < m.installed_on OR b.period_end > m.removed_on;
