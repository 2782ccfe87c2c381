-- invariants of grain_coop: each query lists the rows that break one documented rule
-- (authoritative, archive, partition and legacy tables; staging_*, rpt_*, v_*, audit and side-system tables are
-- documented as unvalidated or informative and are not checked)

-- rule: fx_rates holds CAD per unit of USD and EUR for every business day 2021-07-30 .. 2025-07-31 and no row for
-- Saturdays, Sundays, 1 January, 1 July, 25 and 26 December, nor for CAD (COMMENT ON TABLE fx_rates; glossary)
WITH d AS (SELECT x::date AS day FROM generate_series(DATE '2021-07-30', DATE '2025-07-31', INTERVAL '1 day') x),
     bd AS (SELECT day FROM d WHERE EXTRACT(ISODOW FROM day) < 6 AND to_char(day, 'MM-DD') NOT IN ('01-01', '07-01', '12-25', '12-26'))
SELECT 'missing' AS problem, c.code, bd.day FROM bd CROSS JOIN (VALUES ('USD'), ('EUR')) c(code)
WHERE NOT EXISTS (SELECT 1 FROM fx_rates f WHERE f.rate_date = bd.day AND f.currency_code = c.code)
UNION ALL
SELECT 'not a business day / not USD or EUR', f.currency_code, f.rate_date FROM fx_rates f
WHERE f.currency_code NOT IN ('USD', 'EUR') OR f.rate_date NOT IN (SELECT day FROM bd);

-- rule: a crop year runs 1 August to 31 July, labelled 'YYYY-YY', crop_year = start year; one row per crop year
-- 2019-20 to 2025-26 (COMMENT ON TABLE crop_years; glossary)
SELECT crop_year, label, starts_on, ends_on FROM crop_years
WHERE starts_on <> make_date(crop_year, 8, 1) OR ends_on <> make_date(crop_year + 1, 7, 31)
   OR label <> crop_year || '-' || lpad(((crop_year + 1) % 100)::text, 2, '0') OR crop_year NOT BETWEEN 2019 AND 2025
UNION ALL SELECT y, 'missing', NULL, NULL FROM generate_series(2019, 2025) y WHERE NOT EXISTS (SELECT 1 FROM crop_years c WHERE c.crop_year = y);

-- rule: accounting periods are the 12 calendar months of the crop year, period 1 = August ... 12 = July
-- (COMMENT ON TABLE crop_year_periods)
SELECT crop_year, period_no, starts_on, ends_on FROM crop_year_periods
WHERE starts_on <> make_date(crop_year, 8, 1) + (period_no - 1) * INTERVAL '1 month'
   OR ends_on <> (make_date(crop_year, 8, 1) + period_no * INTERVAL '1 month' - INTERVAL '1 day')::date
UNION ALL SELECT crop_year, COUNT(*)::int, NULL, NULL FROM crop_year_periods GROUP BY crop_year HAVING COUNT(*) <> 12;

-- rule: elevators of CA settle in CAD, of US in USD (COMMENT ON COLUMN countries.settlement_currency)
SELECT country_code, settlement_currency FROM countries
WHERE settlement_currency <> CASE country_code WHEN 'CA' THEN 'CAD' WHEN 'US' THEN 'USD' END;

-- rule: elevator_code is '<province/state>-<3 letters>' of its region; the time zone is that of the province or
-- state (SK America/Regina, MB America/Winnipeg, AB America/Edmonton, ND America/Chicago, MT America/Denver)
-- (COMMENT ON COLUMN elevators.elevator_code, elevators.tz_name; README: Domain)
SELECT elevator_id, elevator_code, region_code, tz_name FROM elevators
WHERE elevator_code !~ ('^' || region_code || '-[A-Z]{3}$')
   OR tz_name <> CASE region_code WHEN 'SK' THEN 'America/Regina' WHEN 'MB' THEN 'America/Winnipeg' WHEN 'AB' THEN 'America/Edmonton'
                                  WHEN 'ND' THEN 'America/Chicago' WHEN 'MT' THEN 'America/Denver' END;

-- rule: grade_code is '<commodity>-<grade>' of its commodity, and every commodity has a rank-1 (best) grade
-- (COMMENT ON COLUMN grades.grade_code, grades.grade_rank)
SELECT grade_code, commodity_code FROM grades WHERE grade_code NOT LIKE commodity_code || '-%'
UNION ALL SELECT NULL, c.commodity_code FROM commodities c WHERE NOT EXISTS (SELECT 1 FROM grades g WHERE g.commodity_code = c.commodity_code AND g.grade_rank = 1);

-- rule: a member's region is in the member's country (COMMENT ON COLUMN members.region_code)
SELECT m.member_id, m.country_code, m.region_code FROM members m JOIN regions r ON r.region_code = m.region_code WHERE r.country_code <> m.country_code;

-- rule: tier history covers every day from joined_on without overlap: the first period starts on joined_on, each
-- next starts where the previous ended, the last is current (valid_to NULL) (COMMENT ON TABLE member_tier_history)
WITH h AS (SELECT t.*, LEAD(valid_from) OVER (PARTITION BY member_id ORDER BY valid_from) AS next_from,
                  ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY valid_from) AS rn FROM member_tier_history t)
SELECT h.member_id, h.valid_from, h.valid_to, h.next_from, m.joined_on FROM h JOIN members m ON m.member_id = h.member_id
WHERE (h.rn = 1 AND h.valid_from > m.joined_on) OR (h.next_from IS NOT NULL AND h.valid_to IS DISTINCT FROM h.next_from)
   OR (h.next_from IS NULL AND h.valid_to IS NOT NULL) OR h.valid_to <= h.valid_from
UNION ALL SELECT m.member_id, NULL, NULL, NULL, m.joined_on FROM members m
WHERE m.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM member_tier_history h WHERE h.member_id = m.member_id);

-- rule: current_tier_code is the tier held today: the tier of the current history row (COMMENT ON COLUMN members.current_tier_code)
SELECT m.member_id, m.current_tier_code, h.tier_code FROM members m JOIN member_tier_history h ON h.member_id = m.member_id AND h.valid_to IS NULL
WHERE h.tier_code <> m.current_tier_code;

-- rule: exactly one posted price is valid for a country, grade and day: periods do not overlap, follow each other
-- without gaps and the last is open; prices are in the country's currency (COMMENT ON TABLE grade_price_schedule)
WITH p AS (SELECT g.*, LEAD(valid_from) OVER (PARTITION BY country_code, grade_code ORDER BY valid_from) AS next_from FROM grade_price_schedule g)
SELECT p.price_id, p.country_code, p.grade_code, p.valid_from, p.valid_to, p.next_from, p.currency_code FROM p JOIN countries c ON c.country_code = p.country_code
WHERE (p.next_from IS NOT NULL AND p.valid_to IS DISTINCT FROM p.next_from) OR (p.next_from IS NULL AND p.valid_to IS NOT NULL)
   OR p.valid_to <= p.valid_from OR p.currency_code <> c.settlement_currency;

-- rule: contract_no like 'FC-2024-0031'; signed on or after the member's joined_on and on or before 2025-07-31;
-- delivery window end not before its start (COMMENT ON TABLE forward_contracts and its columns)
SELECT f.contract_id, f.contract_no, f.signed_on, m.joined_on, f.delivery_from, f.delivery_to FROM forward_contracts f JOIN members m ON m.member_id = f.member_id
WHERE f.contract_no !~ '^FC-[0-9]{4}-[0-9]{4}$' OR f.signed_on < m.joined_on OR f.signed_on > DATE '2025-07-31' OR f.delivery_to < f.delivery_from;

-- rule: a delivery against a contract is by the contract's member, at its elevator, of its commodity
-- (COMMENT ON TABLE forward_contracts)
SELECT t.src, t.ticket_id, t.contract_id FROM
 (SELECT 'live' AS src, ticket_id, member_id, elevator_id, commodity_code, contract_id FROM delivery_tickets
  UNION ALL SELECT 'archive', ticket_id, member_id, elevator_id, commodity_code, contract_id FROM archive_delivery_tickets) t
JOIN forward_contracts f ON f.contract_id = t.contract_id
WHERE f.member_id <> t.member_id OR f.elevator_id <> t.elevator_id OR f.commodity_code <> t.commodity_code;

-- rule: delivery_tickets holds local scale dates from 2023-08-01, weighed before the extract 2025-08-01 08:00 UTC;
-- the archive holds local scale dates 2021-08-01 .. 2023-07-31 (COMMENT ON TABLE delivery_tickets, archive_delivery_tickets)
SELECT 'live' AS src, ticket_id, weighed_at_local FROM delivery_tickets
WHERE weighed_at_local < TIMESTAMP '2023-08-01' OR weighed_at_utc >= TIMESTAMPTZ '2025-08-01 08:00+00'
UNION ALL SELECT 'archive', ticket_id, weighed_at_local FROM archive_delivery_tickets
WHERE weighed_at_local < TIMESTAMP '2021-08-01' OR weighed_at_local >= TIMESTAMP '2023-08-01';

-- rule: ticket_id is unique across delivery_tickets and archive_delivery_tickets (COMMENT ON COLUMN delivery_tickets.ticket_id)
SELECT ticket_id, COUNT(*) FROM (SELECT ticket_id FROM delivery_tickets UNION ALL SELECT ticket_id FROM archive_delivery_tickets) x
GROUP BY ticket_id HAVING COUNT(*) > 1;

-- rule: weighed_at_local is the wall-clock time of weighed_at_utc in the elevator's time zone, and ticket_no is
-- '<elevator_code>-<local date YYMMDD>-<seq>' (COMMENT ON COLUMN delivery_tickets.weighed_at_local, ticket_no)
SELECT t.src, t.ticket_id, t.ticket_no, t.weighed_at_utc, t.weighed_at_local, e.tz_name FROM
 (SELECT 'live' AS src, ticket_id, ticket_no, elevator_id, weighed_at_utc, weighed_at_local FROM delivery_tickets
  UNION ALL SELECT 'archive', ticket_id, ticket_no, elevator_id, weighed_at_utc, weighed_at_local FROM archive_delivery_tickets) t
JOIN elevators e ON e.elevator_id = t.elevator_id
WHERE t.weighed_at_local <> (t.weighed_at_utc AT TIME ZONE e.tz_name)
   OR t.ticket_no !~ ('^' || e.elevator_code || '-' || to_char(t.weighed_at_local, 'YYMMDD') || '-[0-9]+$');

-- rule: the scale date is always on or after the member's joined_on (COMMENT ON COLUMN delivery_tickets.member_id)
SELECT t.src, t.ticket_id, t.weighed_at_local, m.joined_on FROM
 (SELECT 'live' AS src, ticket_id, member_id, weighed_at_local FROM delivery_tickets
  UNION ALL SELECT 'archive', ticket_id, member_id, weighed_at_local FROM archive_delivery_tickets) t
JOIN members m ON m.member_id = t.member_id WHERE t.weighed_at_local::date < m.joined_on;

-- rule: the scale grade is a grade of the delivered commodity; protein is measured (not NULL) exactly for HRS, DUR
-- and PEA; tare is below gross; the bin is one of the elevator's bins (COMMENT ON COLUMN delivery_tickets.grade_code,
-- protein_pct, tare_kg, bin_id; commodities.protein_measured)
SELECT t.src, t.ticket_id FROM
 (SELECT 'live' AS src, ticket_id, elevator_id, commodity_code, grade_code, protein_pct, gross_kg, tare_kg, dockage_pct, bin_id FROM delivery_tickets
  UNION ALL SELECT 'archive', ticket_id, elevator_id, commodity_code, grade_code, protein_pct, gross_kg, tare_kg, dockage_pct, bin_id FROM archive_delivery_tickets) t
JOIN grades g ON g.grade_code = t.grade_code JOIN commodities c ON c.commodity_code = t.commodity_code
LEFT JOIN storage_bins b ON b.bin_id = t.bin_id
WHERE g.commodity_code <> t.commodity_code OR (t.protein_pct IS NOT NULL) <> c.protein_measured
   OR (t.protein_pct IS NOT NULL) <> (t.commodity_code IN ('HRS', 'DUR', 'PEA'))
   OR t.tare_kg >= t.gross_kg OR t.dockage_pct NOT BETWEEN 0 AND 100 OR (t.bin_id IS NOT NULL AND b.elevator_id IS DISTINCT FROM t.elevator_id);

-- rule: an appeal is of a live or archived ticket; decided_on and final_grade_code are both NULL while pending;
-- the final grade is a grade of the ticket's commodity; decided after appealed, appealed on or after the scale date
-- (COMMENT ON TABLE grade_appeals and its columns)
SELECT a.appeal_id, a.ticket_id, a.appealed_on, a.decided_on, a.final_grade_code FROM grade_appeals a
LEFT JOIN (SELECT ticket_id, commodity_code, weighed_at_local FROM delivery_tickets UNION ALL SELECT ticket_id, commodity_code, weighed_at_local FROM archive_delivery_tickets) t
  ON t.ticket_id = a.ticket_id
LEFT JOIN grades g ON g.grade_code = a.final_grade_code
WHERE t.ticket_id IS NULL OR (a.decided_on IS NULL) <> (a.final_grade_code IS NULL) OR g.commodity_code <> t.commodity_code
   OR a.decided_on < a.appealed_on OR a.appealed_on < t.weighed_at_local::date;

-- rule: settlements are for tickets of delivery_tickets, archive_settlements for archive_delivery_tickets; voided
-- tickets have no settlement (COMMENT ON TABLE settlements, archive_settlements)
SELECT 'live' AS src, s.settlement_id, s.ticket_id FROM settlements s LEFT JOIN delivery_tickets t ON t.ticket_id = s.ticket_id
WHERE t.ticket_id IS NULL OR t.voided_at IS NOT NULL
UNION ALL SELECT 'archive', s.settlement_id, s.ticket_id FROM archive_settlements s LEFT JOIN archive_delivery_tickets t ON t.ticket_id = s.ticket_id
WHERE t.ticket_id IS NULL OR t.voided_at IS NOT NULL;

-- rule: a settlement is paid on or after the scale date, in the elevator country's settlement currency
-- (COMMENT ON COLUMN settlements.settled_on, settlements.currency_code)
SELECT s.src, s.settlement_id, s.settled_on, t.weighed_at_local, s.currency_code, c.settlement_currency FROM
 (SELECT 'live' AS src, settlement_id, ticket_id, settled_on, currency_code FROM settlements
  UNION ALL SELECT 'archive', settlement_id, ticket_id, settled_on, currency_code FROM archive_settlements) s
JOIN (SELECT ticket_id, elevator_id, weighed_at_local FROM delivery_tickets UNION ALL SELECT ticket_id, elevator_id, weighed_at_local FROM archive_delivery_tickets) t ON t.ticket_id = s.ticket_id
JOIN elevators e ON e.elevator_id = t.elevator_id JOIN regions r ON r.region_code = e.region_code JOIN countries c ON c.country_code = r.country_code
WHERE s.settled_on < t.weighed_at_local::date OR s.currency_code <> c.settlement_currency OR s.settled_on > DATE '2025-08-01';

-- rule: gross_amount = clean_t x price_per_tonne rounded to cents; net_amount = gross - drying_charge - levy_amount
-- (COMMENT ON COLUMN settlements.gross_amount, settlements.net_amount)
SELECT src, settlement_id, clean_t, price_per_tonne, gross_amount, drying_charge, levy_amount, net_amount FROM
 (SELECT 'live' AS src, * FROM settlements UNION ALL SELECT 'archive', settlement_id, ticket_id, settled_on, currency_code, clean_t, price_per_tonne, gross_amount, drying_charge, levy_amount, net_amount, status FROM archive_settlements) s
WHERE gross_amount <> round(clean_t * price_per_tonne, 2) OR net_amount <> gross_amount - drying_charge - levy_amount;

-- rule: clean_t is the ticket's clean tonnes: (gross - tare) x (1 - dockage/100) / 1000 (COMMENT ON COLUMN
-- settlements.clean_t, delivery_tickets.dockage_pct; glossary: Clean tonnes)
SELECT s.src, s.settlement_id, s.clean_t, round((t.gross_kg - t.tare_kg) * (1 - t.dockage_pct / 100) / 1000, 3) AS expected FROM
 (SELECT 'live' AS src, settlement_id, ticket_id, clean_t FROM settlements UNION ALL SELECT 'archive', settlement_id, ticket_id, clean_t FROM archive_settlements) s
JOIN (SELECT ticket_id, gross_kg, tare_kg, dockage_pct FROM delivery_tickets UNION ALL SELECT ticket_id, gross_kg, tare_kg, dockage_pct FROM archive_delivery_tickets) t ON t.ticket_id = s.ticket_id
WHERE abs(s.clean_t - (t.gross_kg - t.tare_kg) * (1 - t.dockage_pct / 100) / 1000) > 0.001;

-- rule: the drying charge is for tough grain only: 0 when the ticket is dry (moisture not above the dry limit)
-- (COMMENT ON COLUMN settlements.drying_charge, commodities.dry_moisture_max_pct)
SELECT s.src, s.settlement_id, t.moisture_pct, c.dry_moisture_max_pct, s.drying_charge FROM
 (SELECT 'live' AS src, settlement_id, ticket_id, drying_charge FROM settlements UNION ALL SELECT 'archive', settlement_id, ticket_id, drying_charge FROM archive_settlements) s
JOIN (SELECT ticket_id, commodity_code, moisture_pct FROM delivery_tickets UNION ALL SELECT ticket_id, commodity_code, moisture_pct FROM archive_delivery_tickets) t ON t.ticket_id = s.ticket_id
JOIN commodities c ON c.commodity_code = t.commodity_code
WHERE t.moisture_pct <= c.dry_moisture_max_pct AND s.drying_charge <> 0;

-- rule: a reversed settlement is followed by a corrected 'paid' row for the same ticket; a ticket has at most one
-- 'paid' settlement (COMMENT ON COLUMN settlements.status)
SELECT s.src, s.ticket_id, COUNT(*) FILTER (WHERE s.status = 'paid') AS paid_rows, COUNT(*) FILTER (WHERE s.status = 'reversed') AS reversed_rows FROM
 (SELECT 'live' AS src, ticket_id, status FROM settlements UNION ALL SELECT 'archive', ticket_id, status FROM archive_settlements) s
GROUP BY s.src, s.ticket_id HAVING COUNT(*) FILTER (WHERE s.status = 'paid') > 1
    OR (COUNT(*) FILTER (WHERE s.status = 'reversed') > 0 AND COUNT(*) FILTER (WHERE s.status = 'paid') = 0);

-- rule: each rail_loadouts_<railway>_<crop year> partition holds loads of elevators on that railway with a local
-- loading date in that crop year; loaded_at_local is the UTC moment in the elevator's time zone; the archive holds
-- crop years 2021-22 and 2022-23 with the elevator's railway (COMMENT ON TABLE rail_loadouts_*, archive_rail_loadouts)
WITH l AS (SELECT 'CN' AS rw, 2023 AS cy, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_cn_2023
  UNION ALL SELECT 'CN', 2024, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_cn_2024
  UNION ALL SELECT 'CPKC', 2023, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_cpkc_2023
  UNION ALL SELECT 'CPKC', 2024, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_cpkc_2024
  UNION ALL SELECT 'BNSF', 2023, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_bnsf_2023
  UNION ALL SELECT 'BNSF', 2024, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM rail_loadouts_bnsf_2024
  UNION ALL SELECT railway_code, NULL, loadout_id, elevator_id, loaded_at_utc, loaded_at_local FROM archive_rail_loadouts)
SELECT l.rw, l.cy, l.loadout_id, l.loaded_at_local FROM l JOIN elevators e ON e.elevator_id = l.elevator_id
WHERE e.railway_code <> l.rw OR l.loaded_at_local <> (l.loaded_at_utc AT TIME ZONE e.tz_name)
   OR (l.cy IS NOT NULL AND l.loaded_at_local::date NOT BETWEEN make_date(l.cy, 8, 1) AND make_date(l.cy + 1, 7, 31))
   OR (l.cy IS NULL AND l.loaded_at_local::date NOT BETWEEN DATE '2021-08-01' AND DATE '2023-07-31')
UNION ALL SELECT 'dup id', NULL, loadout_id, NULL FROM l GROUP BY loadout_id HAVING COUNT(*) > 1;

-- rule: legacy tickets have ticket_date 2019-08-01 .. 2021-07-31; every old elevator code maps to an elevator and
-- every elevator has at least one old code; every old member number used maps to a member; tare below gross
-- (COMMENT ON TABLE legacy_scale_tickets, legacy_elevator_code_map, legacy_member_map)
SELECT 'ticket ' || scale_ticket_no AS problem FROM legacy_scale_tickets
WHERE ticket_date NOT BETWEEN DATE '2019-08-01' AND DATE '2021-07-31' OR tare_lb >= gross_lb
UNION ALL SELECT 'unmapped elevator code ' || t.old_elevator_code FROM legacy_scale_tickets t
WHERE NOT EXISTS (SELECT 1 FROM legacy_elevator_code_map m WHERE m.old_elevator_code = t.old_elevator_code)
UNION ALL SELECT 'elevator without old code ' || e.elevator_id FROM elevators e
WHERE NOT EXISTS (SELECT 1 FROM legacy_elevator_code_map m WHERE m.elevator_id = e.elevator_id)
UNION ALL SELECT 'unmapped member ' || t.old_member_no FROM legacy_scale_tickets t
WHERE NOT EXISTS (SELECT 1 FROM legacy_member_map m WHERE m.old_member_no = t.old_member_no)
UNION ALL SELECT 'unmapped grade ' || t.old_grade_code FROM legacy_scale_tickets t
WHERE NOT EXISTS (SELECT 1 FROM legacy_grade_map m WHERE m.old_grade_code = t.old_grade_code);

-- rule: deliveries against a forward contract fall in its delivery window (scale date between delivery_from and
-- delivery_to) and after it was signed (COMMENT ON TABLE forward_contracts, COMMENT ON COLUMN forward_contracts.delivery_from)
SELECT t.src, t.ticket_id, t.weighed_at_local, f.signed_on, f.delivery_from, f.delivery_to FROM
 (SELECT 'live' AS src, ticket_id, contract_id, weighed_at_local, voided_at FROM delivery_tickets
  UNION ALL SELECT 'archive', ticket_id, contract_id, weighed_at_local, voided_at FROM archive_delivery_tickets) t
JOIN forward_contracts f ON f.contract_id = t.contract_id
WHERE t.voided_at IS NULL AND (t.weighed_at_local::date NOT BETWEEN f.delivery_from AND f.delivery_to OR t.weighed_at_local::date < f.signed_on);

-- rule: a contract's price is in the settlement currency of its elevator's country (COMMENT ON COLUMN
-- forward_contracts.currency_code, countries.settlement_currency)
SELECT f.contract_id, f.currency_code, c.settlement_currency FROM forward_contracts f JOIN elevators e ON e.elevator_id = f.elevator_id
JOIN regions r ON r.region_code = e.region_code JOIN countries c ON c.country_code = r.country_code WHERE f.currency_code <> c.settlement_currency;

-- rule: a ticket is appealed at most once (COMMENT ON TABLE grade_appeals)
SELECT ticket_id, COUNT(*) AS appeals FROM grade_appeals GROUP BY ticket_id HAVING COUNT(*) > 1;
