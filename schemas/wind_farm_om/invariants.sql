-- invariants of wind_farm_om: each query lists the rows that break one documented rule
-- (authoritative, archive and legacy tables; staging_*, rpt_*, v_*, audit_* and side-system tables are
-- documented as unvalidated or informative and are not checked)

-- rule: fx_rates has one row per calendar day (no gaps) and non-EUR currency (DKK, PLN, GBP) from 2022-01-01
-- to 2025-06-30, and no EUR row (COMMENT ON TABLE fx_rates)
SELECT c.code, COUNT(f.rate_date) AS n FROM (VALUES ('DKK'), ('PLN'), ('GBP')) c(code)
LEFT JOIN fx_rates f ON f.currency_code = c.code AND f.rate_date BETWEEN DATE '2022-01-01' AND DATE '2025-06-30'
GROUP BY c.code HAVING COUNT(f.rate_date) <> DATE '2025-06-30' - DATE '2022-01-01' + 1
UNION ALL
SELECT currency_code, COUNT(*) FROM fx_rates
WHERE currency_code NOT IN ('DKK', 'PLN', 'GBP') OR rate_date NOT BETWEEN DATE '2022-01-01' AND DATE '2025-06-30' GROUP BY 1;

-- rule: fiscal year runs 1 July to 30 June, named after its start year; month 1 = July; Q1 = July-September;
-- one row per fiscal month of fiscal years 2020 to 2025 (COMMENT ON TABLE fiscal_periods and its columns)
SELECT fiscal_year, fiscal_month, starts_on, ends_on, fiscal_quarter FROM fiscal_periods
WHERE starts_on <> make_date(fiscal_year, 7, 1) + (fiscal_month - 1) * INTERVAL '1 month'
   OR ends_on <> (make_date(fiscal_year, 7, 1) + fiscal_month * INTERVAL '1 month' - INTERVAL '1 day')::date
   OR fiscal_quarter <> (fiscal_month - 1) / 3 + 1 OR fiscal_year NOT BETWEEN 2020 AND 2025
UNION ALL
SELECT fiscal_year, COUNT(*)::int, NULL, NULL, NULL FROM fiscal_periods GROUP BY fiscal_year HAVING COUNT(*) <> 12
UNION ALL
SELECT y, 0, NULL, NULL, NULL FROM generate_series(2020, 2025) y WHERE NOT EXISTS (SELECT 1 FROM fiscal_periods p WHERE p.fiscal_year = y);

-- rule: a site's time zone is that of its country (Copenhagen DK, Berlin DE, Warsaw PL, London GB) and its grid
-- operator's control area is in the site's country (COMMENT ON COLUMN sites.tz_name, grid_operators.country_code)
SELECT s.site_id, s.country_code, s.tz_name, g.country_code AS operator_country FROM sites s JOIN grid_operators g ON g.grid_operator_id = s.grid_operator_id
WHERE s.tz_name <> CASE s.country_code WHEN 'DK' THEN 'Europe/Copenhagen' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'PL' THEN 'Europe/Warsaw' ELSE 'Europe/London' END
   OR g.country_code <> s.country_code;

-- rule: turbine_code is '<site_code>-T<nn>' of the turbine's site (COMMENT ON TABLE turbines)
SELECT t.turbine_id, t.turbine_code, s.site_code FROM turbines t JOIN sites s ON s.site_id = t.site_id
WHERE t.turbine_code !~ ('^' || s.site_code || '-T[0-9]{2}$');

-- rule: alarm severity is 1, 2 or 3 (COMMENT ON COLUMN alarm_codes.severity)
SELECT alarm_code, severity FROM alarm_codes WHERE severity NOT IN (1, 2, 3);

-- rule: alarms holds alarms raised from 2024-01-01 00:00 UTC up to the 2025-07-01 extract, archive_alarms those
-- raised 2022-01-01 .. 2023-12-31 UTC (COMMENT ON TABLE alarms, archive_alarms; README: Domain)
SELECT 'live' AS src, alarm_id FROM alarms WHERE raised_at_utc < TIMESTAMPTZ '2024-01-01 00:00+00' OR raised_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR cleared_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'archive', alarm_id FROM archive_alarms WHERE raised_at_utc < TIMESTAMPTZ '2022-01-01 00:00+00' OR raised_at_utc >= TIMESTAMPTZ '2024-01-01 00:00+00';

-- rule: alarm_id is unique across alarms and archive_alarms (COMMENT ON COLUMN alarms.alarm_id)
SELECT alarm_id, COUNT(*) FROM (SELECT alarm_id FROM alarms UNION ALL SELECT alarm_id FROM archive_alarms) x GROUP BY alarm_id HAVING COUNT(*) > 1 OR alarm_id IS NULL;

-- rule: raised_at_local is the same moment as wall-clock time in the site's time zone, daylight saving applied
-- (COMMENT ON COLUMN alarms.raised_at_local, archive_alarms.raised_at_local)
SELECT a.src, a.alarm_id, a.raised_at_utc, a.raised_at_local, s.tz_name FROM
 (SELECT 'live' AS src, alarm_id, turbine_id, raised_at_utc, raised_at_local FROM alarms
  UNION ALL SELECT 'archive', alarm_id, turbine_id, raised_at_utc, raised_at_local FROM archive_alarms) a
JOIN turbines t ON t.turbine_id = a.turbine_id JOIN sites s ON s.site_id = t.site_id
WHERE a.raised_at_local <> (a.raised_at_utc AT TIME ZONE s.tz_name);

-- rule: an alarm is cleared after it was raised (COMMENT ON COLUMN alarms.cleared_at_utc)
SELECT 'live' AS src, alarm_id FROM alarms WHERE cleared_at_utc < raised_at_utc
UNION ALL SELECT 'archive', alarm_id FROM archive_alarms WHERE cleared_at_utc < raised_at_utc;

-- rule: each SCADA partition has exactly one row per turbine of its country and local day 2025-01-01 .. 2025-06-30
-- (COMMENT ON TABLE scada_daily_dk/_de/_pl/_gb)
WITH sc AS (SELECT 'DK' AS cc, turbine_id, day FROM scada_daily_dk UNION ALL SELECT 'DE', turbine_id, day FROM scada_daily_de
            UNION ALL SELECT 'PL', turbine_id, day FROM scada_daily_pl UNION ALL SELECT 'GB', turbine_id, day FROM scada_daily_gb),
     want AS (SELECT s.country_code AS cc, t.turbine_id, d::date AS day FROM turbines t JOIN sites s ON s.site_id = t.site_id
              CROSS JOIN generate_series(DATE '2025-01-01', DATE '2025-06-30', INTERVAL '1 day') d)
SELECT 'missing' AS problem, w.cc, w.turbine_id, w.day FROM want w WHERE NOT EXISTS (SELECT 1 FROM sc WHERE sc.cc = w.cc AND sc.turbine_id = w.turbine_id AND sc.day = w.day)
UNION ALL
SELECT 'extra', sc.cc, sc.turbine_id, sc.day FROM sc WHERE NOT EXISTS (SELECT 1 FROM want w WHERE sc.cc = w.cc AND sc.turbine_id = w.turbine_id AND sc.day = w.day);

-- rule: available_minutes is 0..1440; energy and curtailed energy are not negative (COMMENT ON COLUMN scada_daily_*.available_minutes)
SELECT 'dk' AS p, turbine_id, day FROM scada_daily_dk WHERE available_minutes NOT BETWEEN 0 AND 1440 OR curtailed_kwh < 0 OR energy_kwh < 0
UNION ALL SELECT 'de', turbine_id, day FROM scada_daily_de WHERE available_minutes NOT BETWEEN 0 AND 1440 OR curtailed_kwh < 0 OR energy_kwh < 0
UNION ALL SELECT 'pl', turbine_id, day FROM scada_daily_pl WHERE available_minutes NOT BETWEEN 0 AND 1440 OR curtailed_kwh < 0 OR energy_kwh < 0
UNION ALL SELECT 'gb', turbine_id, day FROM scada_daily_gb WHERE available_minutes NOT BETWEEN 0 AND 1440 OR curtailed_kwh < 0 OR energy_kwh < 0;

-- rule: work_orders holds orders opened from 2024-01-01 00:00 UTC up to the extract, archive_work_orders those
-- opened 2022-01-01 .. 2023-12-31 UTC (COMMENT ON TABLE work_orders, archive_work_orders)
SELECT 'live' AS src, wo_id FROM work_orders WHERE opened_at_utc < TIMESTAMPTZ '2024-01-01 00:00+00' OR opened_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR closed_at_utc >= TIMESTAMPTZ '2025-07-01 00:00+00'
UNION ALL SELECT 'archive', wo_id FROM archive_work_orders WHERE opened_at_utc < TIMESTAMPTZ '2022-01-01 00:00+00' OR opened_at_utc >= TIMESTAMPTZ '2024-01-01 00:00+00';

-- rule: wo_id is unique across work_orders and archive_work_orders (COMMENT ON COLUMN work_orders.wo_id)
SELECT wo_id, COUNT(*) FROM (SELECT wo_id FROM work_orders UNION ALL SELECT wo_id FROM archive_work_orders) x GROUP BY wo_id HAVING COUNT(*) > 1 OR wo_id IS NULL;

-- rule: wo_number is 'WO-<yy>-<nnnnn>'; priority is 1, 2 or 3; status is open, closed or cancelled; wo_type is
-- CORR, PREV, INSP or RETRO (COMMENT ON COLUMN work_orders.wo_number, priority, status, work_order_types.wo_type)
SELECT 'live' AS src, wo_id, wo_number, priority, status, wo_type FROM work_orders
WHERE wo_number !~ '^WO-[0-9]{2}-[0-9]{5}$' OR priority NOT IN (1, 2, 3) OR status NOT IN ('open', 'closed', 'cancelled') OR wo_type NOT IN ('CORR', 'PREV', 'INSP', 'RETRO')
UNION ALL SELECT 'archive', wo_id, wo_number, priority, status, wo_type FROM archive_work_orders
WHERE wo_number !~ '^WO-[0-9]{2}-[0-9]{5}$' OR priority NOT IN (1, 2, 3) OR status NOT IN ('open', 'closed', 'cancelled') OR wo_type NOT IN ('CORR', 'PREV', 'INSP', 'RETRO');

-- rule: closed_at_utc is set exactly for closed orders, and after the opening (COMMENT ON COLUMN work_orders.closed_at_utc)
SELECT 'live' AS src, wo_id, status, closed_at_utc FROM work_orders WHERE (closed_at_utc IS NULL) <> (status <> 'closed') OR closed_at_utc < opened_at_utc
UNION ALL SELECT 'archive', wo_id, status, closed_at_utc FROM archive_work_orders WHERE (closed_at_utc IS NULL) <> (status <> 'closed') OR closed_at_utc < opened_at_utc;

-- rule: alarm_id is the alarm (alarms or archive_alarms) that triggered a corrective order, on the same turbine,
-- raised no later than the opening; NULL for other order types (COMMENT ON COLUMN work_orders.alarm_id)
WITH wo AS (SELECT 'live' AS src, wo_id, turbine_id, wo_type, alarm_id, opened_at_utc FROM work_orders
            UNION ALL SELECT 'archive', wo_id, turbine_id, wo_type, alarm_id, opened_at_utc FROM archive_work_orders),
     al AS (SELECT alarm_id, turbine_id, raised_at_utc FROM alarms UNION ALL SELECT alarm_id, turbine_id, raised_at_utc FROM archive_alarms)
SELECT wo.src, wo.wo_id, wo.wo_type, wo.alarm_id, al.turbine_id AS alarm_turbine FROM wo LEFT JOIN al ON al.alarm_id = wo.alarm_id
WHERE wo.alarm_id IS NOT NULL AND (wo.wo_type <> 'CORR' OR al.alarm_id IS NULL OR al.turbine_id <> wo.turbine_id OR al.raised_at_utc > wo.opened_at_utc);

-- rule: a cancelled order had no work done: no labour hours and no parts on it (COMMENT ON COLUMN work_orders.status);
-- legacy 'X' orders may keep hours booked before the cancellation (COMMENT ON COLUMN legacy_status_codes.status_code),
-- so for them only: hours are not negative
SELECT 'live labour' AS what, w.wo_id FROM work_orders w WHERE w.status = 'cancelled' AND EXISTS (SELECT 1 FROM wo_labour l WHERE l.wo_id = w.wo_id)
UNION ALL SELECT 'live parts', w.wo_id FROM work_orders w WHERE w.status = 'cancelled' AND EXISTS (SELECT 1 FROM part_issues p WHERE p.wo_id = w.wo_id)
UNION ALL SELECT 'archive labour', w.wo_id FROM archive_work_orders w WHERE w.status = 'cancelled' AND EXISTS (SELECT 1 FROM archive_wo_labour l WHERE l.wo_id = w.wo_id)
UNION ALL SELECT 'archive parts', w.wo_id FROM archive_work_orders w WHERE w.status = 'cancelled' AND EXISTS (SELECT 1 FROM archive_part_issues p WHERE p.wo_id = w.wo_id)
UNION ALL SELECT 'legacy hours ' || legacy_wo_no, NULL FROM legacy_work_orders WHERE status_code = 'X' AND labour_hours < 0;

-- rule: archive_wo_labour and archive_part_issues are booked on orders of archive_work_orders (COMMENT ON TABLE
-- archive_wo_labour, archive_part_issues); labour_id and issue_id are unique across live and archive
SELECT 'archive labour' AS what, labour_id AS id FROM archive_wo_labour l WHERE NOT EXISTS (SELECT 1 FROM archive_work_orders w WHERE w.wo_id = l.wo_id)
UNION ALL SELECT 'archive parts', issue_id FROM archive_part_issues p WHERE NOT EXISTS (SELECT 1 FROM archive_work_orders w WHERE w.wo_id = p.wo_id)
UNION ALL SELECT 'labour id', labour_id FROM (SELECT labour_id FROM wo_labour UNION ALL SELECT labour_id FROM archive_wo_labour) x GROUP BY labour_id HAVING COUNT(*) > 1
UNION ALL SELECT 'issue id', issue_id FROM (SELECT issue_id FROM part_issues UNION ALL SELECT issue_id FROM archive_part_issues) x GROUP BY issue_id HAVING COUNT(*) > 1;

-- rule: a technician works only while employed: work_date between hired_on and left_on (last working day)
-- (COMMENT ON COLUMN technicians.hired_on, technicians.left_on)
SELECT l.src, l.labour_id, l.work_date, t.hired_on, t.left_on FROM
 (SELECT 'live' AS src, labour_id, technician_id, work_date FROM wo_labour UNION ALL SELECT 'archive', labour_id, technician_id, work_date FROM archive_wo_labour) l
JOIN technicians t ON t.technician_id = l.technician_id WHERE l.work_date < t.hired_on OR l.work_date > t.left_on;

-- rule: hires and last working days are up to 2025-06-30 (COMMENT ON TABLE technicians); employee_no like 'E1007'
SELECT technician_id, employee_no, hired_on, left_on FROM technicians
WHERE hired_on > DATE '2025-06-30' OR left_on > DATE '2025-06-30' OR left_on < hired_on OR employee_no !~ '^E[0-9]+$';

-- rule: grade periods of one technician do not overlap and cover exactly the employment: the first starts on
-- hired_on, each next one starts where the previous ended, the last is open (NULL) for an employed technician and
-- ends on left_on + 1 for a leaver (COMMENT ON TABLE technician_grade_history)
WITH h AS (SELECT g.*, LEAD(valid_from) OVER (PARTITION BY technician_id ORDER BY valid_from) AS next_from,
                  ROW_NUMBER() OVER (PARTITION BY technician_id ORDER BY valid_from) AS rn FROM technician_grade_history g)
SELECT h.technician_id, h.valid_from, h.valid_to, h.next_from, t.hired_on, t.left_on FROM h JOIN technicians t ON t.technician_id = h.technician_id
WHERE (h.rn = 1 AND h.valid_from <> t.hired_on)
   OR (h.next_from IS NOT NULL AND (h.valid_to IS NULL OR h.valid_to <> h.next_from))
   OR (h.next_from IS NULL AND t.left_on IS NULL AND h.valid_to IS NOT NULL)
   OR (h.next_from IS NULL AND t.left_on IS NOT NULL AND h.valid_to IS DISTINCT FROM t.left_on + 1)
   OR h.valid_to <= h.valid_from
UNION ALL
SELECT t.technician_id, NULL, NULL, NULL, t.hired_on, t.left_on FROM technicians t WHERE NOT EXISTS (SELECT 1 FROM technician_grade_history g WHERE g.technician_id = t.technician_id);

-- rule: grade_code is the current grade (for a leaver, the grade held on the last working day): the grade of the
-- last history period (COMMENT ON COLUMN technicians.grade_code)
SELECT t.technician_id, t.grade_code, g.grade_code AS last_period_grade FROM technicians t
JOIN technician_grade_history g ON g.technician_id = t.technician_id
 AND g.valid_from = (SELECT MAX(valid_from) FROM technician_grade_history x WHERE x.technician_id = t.technician_id)
WHERE g.grade_code <> t.grade_code;

-- rule: part issues are priced in EUR, DKK, PLN or GBP, with a positive quantity (COMMENT ON COLUMN part_issues.currency_code)
SELECT 'live' AS src, issue_id FROM part_issues WHERE currency_code NOT IN ('EUR', 'DKK', 'PLN', 'GBP') OR quantity <= 0 OR unit_price < 0
UNION ALL SELECT 'archive', issue_id FROM archive_part_issues WHERE currency_code NOT IN ('EUR', 'DKK', 'PLN', 'GBP') OR quantity <= 0 OR unit_price < 0;

-- rule: curtailment_orders holds orders starting from 2024-01-01 00:00 UTC, the archive those starting 2022-2023;
-- end (exclusive) after start (COMMENT ON TABLE curtailment_orders, archive_curtailment_orders)
SELECT 'live' AS src, order_id FROM curtailment_orders WHERE start_utc < TIMESTAMPTZ '2024-01-01 00:00+00' OR start_utc >= TIMESTAMPTZ '2025-07-01 00:00+00' OR end_utc <= start_utc
UNION ALL SELECT 'archive', order_id FROM archive_curtailment_orders WHERE start_utc < TIMESTAMPTZ '2022-01-01 00:00+00' OR start_utc >= TIMESTAMPTZ '2024-01-01 00:00+00' OR end_utc <= start_utc;

-- rule: order_ref is 'CO-<site_code>-<nnnn>' of the curtailed site; the issuing operator is the site's operator;
-- start_local is the start as wall-clock time in the site's time zone; a revoked order was revoked before its start
-- (COMMENT ON COLUMN curtailment_orders.order_ref, grid_operator_id, start_local, revoked_at)
SELECT c.src, c.order_id, c.order_ref, c.start_utc, c.start_local, c.revoked_at FROM
 (SELECT 'live' AS src, * FROM curtailment_orders UNION ALL SELECT 'archive', * FROM archive_curtailment_orders) c
JOIN sites s ON s.site_id = c.site_id
WHERE c.order_ref !~ ('^CO-' || s.site_code || '-[0-9]{4}$') OR c.grid_operator_id <> s.grid_operator_id
   OR c.start_local <> (c.start_utc AT TIME ZONE s.tz_name) OR c.revoked_at >= c.start_utc;

-- rule: for each site and delivery month exactly one settlement row is 'final' or 'provisional'; live settlements
-- are delivery months from 2024-01, the archive 2022-01 .. 2023-12 (COMMENT ON TABLE settlements, archive_settlements)
WITH st AS (SELECT 'live' AS src, * FROM settlements UNION ALL SELECT 'archive', * FROM archive_settlements)
SELECT src, site_id, period_month, COUNT(*) FILTER (WHERE status IN ('final', 'provisional')) AS valid_rows FROM st
GROUP BY src, site_id, period_month HAVING COUNT(*) FILTER (WHERE status IN ('final', 'provisional')) <> 1
UNION ALL SELECT src, site_id, period_month, NULL FROM st
WHERE status NOT IN ('final', 'provisional', 'superseded') OR period_month <> date_trunc('month', period_month)::date
   OR (src = 'live' AND (period_month < DATE '2024-01-01' OR period_month > DATE '2025-06-01'))
   OR (src = 'archive' AND (period_month < DATE '2022-01-01' OR period_month > DATE '2023-12-01'));

-- rule: 'provisional' only for delivery months from 2025-03 on (COMMENT ON COLUMN settlements.status)
SELECT 'live' AS src, settlement_id, period_month FROM settlements WHERE status = 'provisional' AND period_month < DATE '2025-03-01'
UNION ALL SELECT 'archive', settlement_id, period_month FROM archive_settlements WHERE status = 'provisional';

-- rule: a superseded settlement was replaced by a later corrected 'final' row for the same site and month
-- (COMMENT ON COLUMN settlements.status)
WITH st AS (SELECT * FROM settlements UNION ALL SELECT * FROM archive_settlements)
SELECT s.settlement_id, s.site_id, s.period_month, s.settled_on FROM st s WHERE s.status = 'superseded'
AND NOT EXISTS (SELECT 1 FROM st f WHERE f.site_id = s.site_id AND f.period_month = s.period_month AND f.status = 'final' AND f.settled_on >= s.settled_on);

-- rule: a settlement is in the site's currency, by the site's grid operator, issued after its delivery month and
-- up to the extract (COMMENT ON COLUMN settlements.currency_code, settlements.settled_on)
SELECT st.settlement_id, st.currency_code, s.currency_code, st.settled_on FROM
 (SELECT * FROM settlements UNION ALL SELECT * FROM archive_settlements) st JOIN sites s ON s.site_id = st.site_id
WHERE st.currency_code <> s.currency_code OR st.grid_operator_id <> s.grid_operator_id
   OR st.settled_on < (st.period_month + INTERVAL '1 month')::date OR st.settled_on > DATE '2025-06-30';

-- rule: PPA prices are in the site's currency or in EUR (COMMENT ON TABLE sites, COLUMN ppa_contracts.currency_code);
-- contract_ref like 'PPA-<site_code>-nn'; delivery ends after it starts
SELECT p.ppa_id, p.contract_ref, p.currency_code, s.currency_code FROM ppa_contracts p JOIN sites s ON s.site_id = p.site_id
WHERE p.currency_code NOT IN (s.currency_code, 'EUR') OR p.contract_ref !~ ('^PPA-' || s.site_code || '-[0-9]{2}$') OR p.ends_on < p.starts_on
   OR p.share_pct <= 0 OR p.share_pct > 100;

-- rule: PPA price periods of one contract do not overlap, follow each other without gaps (valid_to = next
-- valid_from) and only the last one may be current (NULL) (COMMENT ON TABLE ppa_price_history)
WITH h AS (SELECT p.*, LEAD(valid_from) OVER (PARTITION BY ppa_id ORDER BY valid_from) AS next_from FROM ppa_price_history p)
SELECT ppa_id, valid_from, valid_to, next_from FROM h
WHERE (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from) OR valid_to <= valid_from;

-- rule: every old code used in legacy_work_orders is in legacy_turbine_code_map, and every current turbine has at
-- least one old code (COMMENT ON TABLE legacy_turbine_code_map)
SELECT 'unmapped ' || w.old_turbine_code AS problem FROM legacy_work_orders w
WHERE NOT EXISTS (SELECT 1 FROM legacy_turbine_code_map m WHERE m.old_turbine_code = w.old_turbine_code)
UNION ALL SELECT 'no old code for turbine ' || t.turbine_id FROM turbines t
WHERE NOT EXISTS (SELECT 1 FROM legacy_turbine_code_map m WHERE m.turbine_id = t.turbine_id)
UNION ALL SELECT 'map to unknown turbine ' || m.old_turbine_code FROM legacy_turbine_code_map m
WHERE NOT EXISTS (SELECT 1 FROM turbines t WHERE t.turbine_id = m.turbine_id);

-- rule: legacy orders are all opened in 2021, kind K/P/I, status C/O/X (COMMENT ON COLUMN legacy_work_orders.opened_on,
-- kind, legacy_status_codes.status_code)
SELECT legacy_wo_no, opened_on, kind, status_code FROM legacy_work_orders
WHERE EXTRACT(YEAR FROM opened_on) <> 2021 OR kind NOT IN ('K', 'P', 'I') OR status_code NOT IN ('C', 'O', 'X') OR labour_hours < 0;
