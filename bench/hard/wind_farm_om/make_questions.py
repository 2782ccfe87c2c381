"""Write questions/wind_farm_om.jsonl (50 hard-split questions with golds). Stdlib only.
Run: python bench/hard/wind_farm_om/make_questions.py"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DB = "wind_farm_om"


def U(tables, cols):
    return "(" + " UNION ALL ".join(f"SELECT {cols} FROM {t}" for t in tables) + ")"


AA = U(["archive_alarms", "alarms"], "alarm_id, turbine_id, alarm_code, raised_at_utc, raised_at_local, cleared_at_utc, is_test")
AW = U(["archive_work_orders", "work_orders"], "wo_id, wo_number, turbine_id, wo_type, alarm_id, priority, opened_at_utc, closed_at_utc, status, deleted_at")
AL = U(["archive_wo_labour", "wo_labour"], "labour_id, wo_id, technician_id, work_date, hours")
AP = U(["archive_part_issues", "part_issues"], "issue_id, wo_id, part_no, quantity, unit_price, currency_code, issued_at_utc")
AC = U(["archive_curtailment_orders", "curtailment_orders"], "order_id, order_ref, site_id, grid_operator_id, reason_code, start_utc, end_utc, start_local, max_output_mw, revoked_at")
AS = U(["archive_settlements", "settlements"], "settlement_id, site_id, period_month, energy_mwh, amount, currency_code, settled_on, status")
SC = U(["scada_daily_dk", "scada_daily_de", "scada_daily_pl", "scada_daily_gb"], "turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh")
TS = lambda s: f"TIMESTAMPTZ '{s}+00'"  # noqa: E731
UD = lambda c: f"({c} AT TIME ZONE 'UTC')::date"  # noqa: E731
RATE = lambda alias, d, ccy: f"LEFT JOIN fx_rates {alias} ON {alias}.rate_date = {d} AND {alias}.currency_code = {ccy}"  # noqa: E731
GH = lambda d: f"JOIN technician_grade_history gh ON gh.technician_id = l.technician_id AND gh.valid_from <= {d} AND (gh.valid_to IS NULL OR {d} < gh.valid_to)"  # noqa: E731
EUR_SET = "the amount converted to EUR with the exchange rate of its settled_on date (EUR amounts are used as they are)"
VALID_SET = "Count only settlement rows with status 'final' or 'provisional' (superseded rows are replaced corrections)."

R2025 = RATE("x", "DATE '2025-01-01'", "p.currency_code")
R2024 = RATE("x", "DATE '2024-06-30'", "p.currency_code")
Q = []


def q(cat, diff, question, instr, gold, om=False):
    Q.append((cat, diff, question, instr, gold if isinstance(gold, list) else [gold], om))


# ------------------------------------------------------------------------------------------- where
q("where", "hard", "Which critical alarms were raised between 2023-12-01 and 2024-01-31 (both days included, UTC dates)? Give their alarm ids.",
  "Critical means severity 3. Leave out test alarms. One row per alarm.",
  f"SELECT a.alarm_id FROM {AA} a JOIN alarm_codes c ON c.alarm_code = a.alarm_code WHERE c.severity = 3 AND NOT a.is_test "
  f"AND a.raised_at_utc >= {TS('2023-12-01 00:00:00')} AND a.raised_at_utc < {TS('2024-02-01 00:00:00')}")
q("where", "hard", "How many alarms were raised at the turbines of the site 'Moray Firth East' on local calendar days in April 2025?",
  "Use the local wall-clock date at the site (its own time zone). Leave out test alarms. Return one number.",
  "SELECT COUNT(*) FROM alarms a JOIN turbines t ON t.turbine_id = a.turbine_id JOIN sites s ON s.site_id = t.site_id "
  "WHERE s.name = 'Moray Firth East' AND NOT a.is_test AND a.raised_at_local >= TIMESTAMP '2025-04-01 00:00:00' AND a.raised_at_local < TIMESTAMP '2025-05-01 00:00:00'")
q("where", "hard", "Which spare-part issues in calendar year 2024 had a unit price above 5000 EUR? Give the issue ids.",
  "The year is the UTC date of the issue moment. Convert the unit price paid to EUR with the exchange rate of the UTC date of the issue moment (prices already in EUR are used as they are). Strictly more than 5000.00 EUR per unit. Include every issue regardless of when its work order was opened, except issues booked on soft-deleted work orders, which do not count.",
  f"SELECT p.issue_id FROM {AP} p JOIN {AW} w ON w.wo_id = p.wo_id {RATE('x', UD('p.issued_at_utc'), 'p.currency_code')} "
  f"WHERE w.deleted_at IS NULL AND p.issued_at_utc >= {TS('2024-01-01 00:00:00')} AND p.issued_at_utc < {TS('2025-01-01 00:00:00')} AND p.unit_price * COALESCE(x.eur_per_unit, 1) > 5000")
q("where", "hard", "How many labour hours were booked in 2021 on maintenance work orders of the turbine whose current code is 'RKB-T02'?",
  "Count orders opened in 2021 that were not cancelled (open and closed orders count). Return one number (0 if none).",
  "SELECT COALESCE(SUM(w.labour_hours), 0) FROM legacy_work_orders w JOIN legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code "
  "JOIN turbines t ON t.turbine_id = m.turbine_id WHERE t.turbine_code = 'RKB-T02' AND w.status_code <> 'X'")
q("where", "hard", "Which technicians held grade 'T3' on 2024-06-30? Give their employee numbers.",
  "Use the grade actually held on that day. One row per technician.",
  "SELECT t.employee_no FROM technicians t JOIN technician_grade_history h ON h.technician_id = t.technician_id "
  "WHERE h.grade_code = 'T3' AND h.valid_from <= DATE '2024-06-30' AND (h.valid_to IS NULL OR DATE '2024-06-30' < h.valid_to)")
q("where", "hard", "Which curtailment orders were in effect at some moment between 2024-10-01 00:00 UTC and 2025-01-01 00:00 UTC? Give their order references.",
  "An order is in effect from start_utc (inclusive) to end_utc (exclusive); the window is also start-inclusive, end-exclusive, so an order ending exactly at 2024-10-01 00:00 UTC or starting exactly at 2025-01-01 00:00 UTC is not included. Leave out revoked orders (never executed). One row per order.",
  f"SELECT c.order_ref FROM {AC} c WHERE c.revoked_at IS NULL AND c.start_utc < {TS('2025-01-01 00:00:00')} AND c.end_utc > {TS('2024-10-01 00:00:00')}")
q("where", "hard", "How many corrective work orders opened in 2023 were closed more than 7 days after they were opened?",
  "Year of the UTC opening moment. More than 7 days = the closing moment is strictly later than 168 hours after the opening moment. Only orders with status closed; leave out soft-deleted orders. Return one number.",
  f"SELECT COUNT(*) FROM {AW} w WHERE w.wo_type = 'CORR' AND w.status = 'closed' AND w.deleted_at IS NULL "
  f"AND w.opened_at_utc >= {TS('2023-01-01 00:00:00')} AND w.opened_at_utc < {TS('2024-01-01 00:00:00')} AND w.closed_at_utc > w.opened_at_utc + INTERVAL '168 hours'")
q("where", "hard", "Which turbines in Poland had at least one day in the first quarter of 2025 (days 2025-01-01 to 2025-03-31) with zero available minutes? Give their current turbine codes.",
  "Use the daily SCADA aggregates (days are local site days). One row per turbine.",
  "SELECT t.turbine_code FROM turbines t WHERE EXISTS (SELECT 1 FROM scada_daily_pl s WHERE s.turbine_id = t.turbine_id AND s.available_minutes = 0 "
  "AND s.day >= DATE '2025-01-01' AND s.day <= DATE '2025-03-31')")
q("where", "hard", "Which power-purchase agreements had a contract price above 60 EUR per MWh on 2025-01-01? Give their contract references.",
  "Use the price valid on 2025-01-01, converted to EUR with the exchange rate of 2025-01-01 (EUR prices as they are). Strictly above 60.00 EUR/MWh.",
  f"SELECT p.contract_ref FROM ppa_contracts p JOIN ppa_price_history h ON h.ppa_id = p.ppa_id AND h.valid_from <= DATE '2025-01-01' AND (h.valid_to IS NULL OR DATE '2025-01-01' < h.valid_to) "
  f"{R2025} WHERE h.price_per_mwh * COALESCE(x.eur_per_unit, 1) > 60")
q("where", "hard", "Which corrective work orders opened in 2021 at the site 'Słupsk Pomorze' had more than 8 labour hours? Give the order numbers as recorded.",
  "Orders of all statuses except cancelled. Strictly more than 8.00 hours. Return the order number (one row per order).",
  "SELECT w.legacy_wo_no FROM legacy_work_orders w JOIN legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code JOIN turbines t ON t.turbine_id = m.turbine_id "
  "JOIN sites s ON s.site_id = t.site_id WHERE s.name = 'Słupsk Pomorze' AND w.kind = 'K' AND w.status_code <> 'X' AND w.labour_hours > 8")
# ------------------------------------------------------------------------------------------- group_by
q("group_by", "hard", "How much energy did the turbines of each country export in the first half of 2025 (days 2025-01-01 to 2025-06-30)?",
  "Use the daily SCADA aggregates (net exported energy). Return country_code and the energy in MWh rounded to 3 decimals, one row per country.",
  f"SELECT s.country_code, ROUND(SUM(d.energy_kwh) / 1000, 3) AS energy_mwh FROM {SC} d JOIN turbines t ON t.turbine_id = d.turbine_id JOIN sites s ON s.site_id = t.site_id GROUP BY s.country_code")
q("group_by", "hard", "What was the settlement revenue in EUR of each site for delivery months in fiscal year 2023?",
  f"A settlement belongs to the fiscal year of its delivery month. {VALID_SET} Sum {EUR_SET}, round the total to 2 decimals. Return site_code and revenue_eur, one row per site.",
  f"SELECT si.site_code, ROUND(SUM(st.amount * COALESCE(x.eur_per_unit, 1)), 2) AS revenue_eur FROM {AS} st JOIN sites si ON si.site_id = st.site_id "
  f"{RATE('x', 'st.settled_on', 'st.currency_code')} JOIN fiscal_periods fp ON st.period_month BETWEEN fp.starts_on AND fp.ends_on AND fp.fiscal_year = 2023 "
  "WHERE st.status IN ('final', 'provisional') GROUP BY si.site_code")
q("group_by", "hard", "How many corrective work orders were opened on turbines of each turbine model in 2022, 2023 and 2024 together?",
  "Year of the UTC opening moment. Leave out cancelled and soft-deleted orders. Return model_code and the number of orders, one row per model (0 for a model without orders).",
  f"SELECT m.model_code, COUNT(w.wo_id) AS orders FROM turbine_models m LEFT JOIN turbines t ON t.model_code = m.model_code LEFT JOIN {AW} w ON w.turbine_id = t.turbine_id "
  f"AND w.wo_type = 'CORR' AND w.status <> 'cancelled' AND w.deleted_at IS NULL AND w.opened_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY m.model_code")
q("group_by", "hard", "How many labour hours were worked in calendar year 2024 by technicians of each grade?",
  "Year of the work date. Attribute each booking to the grade the technician held on the work date. Count hours on work orders that are not soft-deleted, whenever the order was opened. Return grade_code and total hours, one row per grade with hours.",
  f"SELECT gh.grade_code, SUM(l.hours) AS hours FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id {GH('l.work_date')} "
  "WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2024-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY gh.grade_code")
q("group_by", "hard", "How many maintenance work orders were opened in each calendar year from 2021 to 2024?",
  "Leave out cancelled orders and soft-deleted orders. For 2021 use the recorded opening day; from 2022 the UTC date of the opening moment. Return the year (integer) and the number of orders, one row per year.",
  f"SELECT 2021 AS year, COUNT(*) AS orders FROM legacy_work_orders WHERE status_code <> 'X' "
  f"UNION ALL SELECT EXTRACT(YEAR FROM w.opened_at_utc AT TIME ZONE 'UTC')::int, COUNT(*) FROM {AW} w WHERE w.status <> 'cancelled' AND w.deleted_at IS NULL "
  f"AND w.opened_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY 1")
q("group_by", "hard", "How many hours of curtailment were executed for each curtailment reason, for orders starting in calendar year 2024?",
  "Year of the UTC start. Hours = end minus start of each order. Leave out revoked orders. Return reason_code and hours rounded to 2 decimals, one row per reason with orders.",
  f"SELECT c.reason_code, ROUND(SUM(EXTRACT(EPOCH FROM (c.end_utc - c.start_utc)))::numeric / 3600, 2) AS hours FROM {AC} c WHERE c.revoked_at IS NULL "
  f"AND c.start_utc >= {TS('2024-01-01 00:00:00')} AND c.start_utc < {TS('2025-01-01 00:00:00')} GROUP BY c.reason_code")
q("group_by", "hard", "How many alarms of severity 2 or 3 were raised in calendar year 2023 for each component group?",
  "Year of the UTC raising moment. Leave out test alarms. Return component and the number of alarms, one row per component with alarms.",
  f"SELECT c.component, COUNT(*) AS alarms FROM {AA} a JOIN alarm_codes c ON c.alarm_code = a.alarm_code WHERE c.severity >= 2 AND NOT a.is_test "
  f"AND a.raised_at_utc >= {TS('2023-01-01 00:00:00')} AND a.raised_at_utc < {TS('2024-01-01 00:00:00')} GROUP BY c.component")
q("group_by", "hard", "How much was spent in EUR on spare parts of each part category issued in calendar year 2024?",
  "Year of the UTC issue moment; spend = quantity x unit price paid, converted to EUR with the exchange rate of the UTC date of the issue moment (EUR as is). Include every issue regardless of when its work order was opened, but only issues to work orders that are not soft-deleted. Return category and spend_eur rounded to 2 decimals, one row per category with issues.",
  f"SELECT sp.category, ROUND(SUM(p.quantity * p.unit_price * COALESCE(x.eur_per_unit, 1)), 2) AS spend_eur FROM {AP} p JOIN {AW} w ON w.wo_id = p.wo_id "
  f"JOIN spare_parts sp ON sp.part_no = p.part_no {RATE('x', UD('p.issued_at_utc'), 'p.currency_code')} WHERE w.deleted_at IS NULL "
  f"AND p.issued_at_utc >= {TS('2024-01-01 00:00:00')} AND p.issued_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY sp.category")
q("group_by", "hard", "How many different technicians booked labour hours on each site's turbines in calendar year 2023?",
  "Year of the work date; the site is the site of the work order's turbine (not the technician's base). Count hours on work orders that are not soft-deleted. Return site_code and the number of distinct technicians, one row per site (0 for a site without bookings).",
  f"SELECT si.site_code, COUNT(DISTINCT x.technician_id) AS technicians FROM sites si LEFT JOIN (SELECT t.site_id, l.technician_id FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id "
  "JOIN turbines t ON t.turbine_id = w.turbine_id WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2023-01-01' AND l.work_date < DATE '2024-01-01') x ON x.site_id = si.site_id GROUP BY si.site_code")
q("group_by", "hard", "What was the average daily mean wind speed at each site in March 2025?",
  "Average the daily mean nacelle wind speed over all turbine-days of the site with days 2025-03-01 to 2025-03-31. Return site_code and the average in m/s rounded to 2 decimals, one row per site.",
  f"SELECT si.site_code, ROUND(AVG(d.mean_wind_ms), 2) AS avg_wind_ms FROM {SC} d JOIN turbines t ON t.turbine_id = d.turbine_id JOIN sites si ON si.site_id = t.site_id "
  "WHERE d.day >= DATE '2025-03-01' AND d.day <= DATE '2025-03-31' GROUP BY si.site_code")
# ------------------------------------------------------------------------------------------- order_by
q("order_by", "hard", "Which 5 turbines raised the most alarms in 2023 and 2024 together?",
  "Year of the UTC raising moment; leave out test alarms. Return turbine_code and the number of alarms, most first; ties broken by turbine_code ascending; exactly 5 rows.",
  f"SELECT t.turbine_code, COUNT(*) AS alarms FROM {AA} a JOIN turbines t ON t.turbine_id = a.turbine_id WHERE NOT a.is_test "
  f"AND a.raised_at_utc >= {TS('2023-01-01 00:00:00')} AND a.raised_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY t.turbine_code ORDER BY alarms DESC, t.turbine_code LIMIT 5", True)
q("order_by", "hard", "Which 5 technicians worked the most labour hours on work dates in 2022, 2023 and 2024?",
  "Count hours on work orders that are not soft-deleted. Return employee_no, full_name and total hours, most first; ties broken by employee_no ascending; exactly 5 rows.",
  f"SELECT t.employee_no, t.full_name, SUM(l.hours) AS hours FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id JOIN technicians t ON t.technician_id = l.technician_id "
  "WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2022-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY t.employee_no, t.full_name ORDER BY hours DESC, t.employee_no LIMIT 5", True)
q("order_by", "hard", "Rank all sites by their spare-part spend in EUR on parts issued in calendar year 2024.",
  "Spend = quantity x unit price paid converted to EUR with the rate of the UTC date of the issue moment (EUR as is); year of the UTC issue moment; every issue regardless of when its order was opened, only orders that are not soft-deleted. The site is the site of the order's turbine. Return site_code and spend_eur rounded to 2 decimals (0.00 for a site without issues), highest first; ties broken by site_code ascending; one row per site.",
  f"SELECT si.site_code, ROUND(COALESCE(SUM(x.eur), 0), 2) AS spend_eur FROM sites si LEFT JOIN (SELECT t.site_id, p.quantity * p.unit_price * COALESCE(r.eur_per_unit, 1) AS eur "
  f"FROM {AP} p JOIN {AW} w ON w.wo_id = p.wo_id JOIN turbines t ON t.turbine_id = w.turbine_id {RATE('r', UD('p.issued_at_utc'), 'p.currency_code')} "
  f"WHERE w.deleted_at IS NULL AND p.issued_at_utc >= {TS('2024-01-01 00:00:00')} AND p.issued_at_utc < {TS('2025-01-01 00:00:00')}) x ON x.site_id = si.site_id "
  "GROUP BY si.site_code ORDER BY spend_eur DESC, si.site_code", True)
q("order_by", "hard", "Which 10 days had the highest total energy export of the site 'Uckermark Höhe' in the first half of 2025?",
  "Days are the local SCADA days 2025-01-01 to 2025-06-30; total over the site's turbines. Return the day and energy in MWh rounded to 3 decimals, highest first; ties broken by day ascending; exactly 10 rows.",
  f"SELECT d.day, ROUND(SUM(d.energy_kwh) / 1000, 3) AS energy_mwh FROM scada_daily_de d JOIN turbines t ON t.turbine_id = d.turbine_id JOIN sites si ON si.site_id = t.site_id "
  "WHERE si.name = 'Uckermark Höhe' GROUP BY d.day ORDER BY energy_mwh DESC, d.day LIMIT 10", True)
q("order_by", "hard", "Which 3 executed curtailment orders that started in 2023 or 2024 lasted longest?",
  "Year of the UTC start; leave out revoked orders. Return order_ref and the duration in hours rounded to 2 decimals, longest first; ties broken by order_ref ascending; exactly 3 rows.",
  f"SELECT c.order_ref, ROUND(EXTRACT(EPOCH FROM (c.end_utc - c.start_utc))::numeric / 3600, 2) AS hours FROM {AC} c WHERE c.revoked_at IS NULL "
  f"AND c.start_utc >= {TS('2023-01-01 00:00:00')} AND c.start_utc < {TS('2025-01-01 00:00:00')} ORDER BY hours DESC, c.order_ref LIMIT 3", True)
q("order_by", "hard", "Which 5 turbines had the longest total duration of critical alarms raised in calendar year 2024?",
  "Critical = severity 3; leave out test alarms and alarms not yet cleared; duration = cleared minus raised. Year of the UTC raising moment. Return turbine_code and total hours rounded to 2 decimals, longest first; ties broken by turbine_code ascending; exactly 5 rows.",
  f"SELECT t.turbine_code, ROUND(SUM(EXTRACT(EPOCH FROM (a.cleared_at_utc - a.raised_at_utc)))::numeric / 3600, 2) AS hours FROM {AA} a JOIN alarm_codes c ON c.alarm_code = a.alarm_code "
  f"JOIN turbines t ON t.turbine_id = a.turbine_id WHERE c.severity = 3 AND NOT a.is_test AND a.cleared_at_utc IS NOT NULL "
  f"AND a.raised_at_utc >= {TS('2024-01-01 00:00:00')} AND a.raised_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY t.turbine_code ORDER BY hours DESC, t.turbine_code LIMIT 5", True)
q("order_by", "hard", "Which 3 delivery months of 2023 had the most settled energy over all sites?",
  f"{VALID_SET} Return the first day of the delivery month and the energy in MWh (3 decimals as stored, summed), most first; ties broken by month ascending; exactly 3 rows.",
  f"SELECT st.period_month, SUM(st.energy_mwh) AS energy_mwh FROM {AS} st WHERE st.status IN ('final', 'provisional') AND st.period_month >= DATE '2023-01-01' "
  "AND st.period_month < DATE '2024-01-01' GROUP BY st.period_month ORDER BY energy_mwh DESC, st.period_month LIMIT 3", True)
q("order_by", "hard", "Which 5 technicians had the highest labour cost in EUR for work dates in calendar year 2024?",
  "Cost = hours x the hourly rate of the grade the technician held on the work date. Count hours on work orders that are not soft-deleted, whenever the order was opened. Return employee_no and cost_eur rounded to 2 decimals, highest first; ties broken by employee_no ascending; exactly 5 rows.",
  f"SELECT t.employee_no, ROUND(SUM(l.hours * g.hourly_rate_eur), 2) AS cost_eur FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id {GH('l.work_date')} "
  "JOIN technician_grades g ON g.grade_code = gh.grade_code JOIN technicians t ON t.technician_id = l.technician_id "
  "WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2024-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY t.employee_no ORDER BY cost_eur DESC, t.employee_no LIMIT 5", True)
q("order_by", "hard", "Rank all power-purchase agreements by their contract price in EUR per MWh on 2024-06-30.",
  "Use the price valid on 2024-06-30 converted with the exchange rate of 2024-06-30 (EUR as is). Return contract_ref and price_eur_mwh rounded to 2 decimals, highest first; ties broken by contract_ref ascending; one row per contract with a price on that day.",
  f"SELECT p.contract_ref, ROUND(h.price_per_mwh * COALESCE(x.eur_per_unit, 1), 2) AS price_eur_mwh FROM ppa_contracts p JOIN ppa_price_history h ON h.ppa_id = p.ppa_id "
  f"AND h.valid_from <= DATE '2024-06-30' AND (h.valid_to IS NULL OR DATE '2024-06-30' < h.valid_to) {R2024} ORDER BY price_eur_mwh DESC, p.contract_ref", True)
q("order_by", "hard", "Which 3 turbines had the most labour hours booked on maintenance work orders opened in 2021?",
  "Leave out cancelled orders. Return the current turbine_code and the total hours, most first; ties broken by turbine_code ascending; exactly 3 rows.",
  "SELECT t.turbine_code, SUM(w.labour_hours) AS hours FROM legacy_work_orders w JOIN legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code "
  "JOIN turbines t ON t.turbine_id = m.turbine_id WHERE w.status_code <> 'X' GROUP BY t.turbine_code ORDER BY hours DESC, t.turbine_code LIMIT 3", True)
# ------------------------------------------------------------------------------------------- ratio
q("ratio", "hard", "What was the technical availability of each country's turbines in the first quarter of 2025?",
  "Availability = available minutes / (1440 x number of turbine-days), in percent, over SCADA days 2025-01-01 to 2025-03-31. Return country_code and availability_pct rounded to 2 decimals, one row per country.",
  f"SELECT si.country_code, ROUND(100.0 * SUM(d.available_minutes) / (1440 * COUNT(*)), 2) AS availability_pct FROM {SC} d JOIN turbines t ON t.turbine_id = d.turbine_id "
  "JOIN sites si ON si.site_id = t.site_id WHERE d.day >= DATE '2025-01-01' AND d.day <= DATE '2025-03-31' GROUP BY si.country_code")
q("ratio", "hard", "What share of the work orders opened in each of the years 2022, 2023 and 2024 was corrective?",
  "Year of the UTC opening moment; leave out cancelled and soft-deleted orders. Share = corrective orders / all orders of the year, in percent rounded to 2 decimals. Return the year (integer) and corrective_pct, one row per year.",
  f"SELECT EXTRACT(YEAR FROM w.opened_at_utc AT TIME ZONE 'UTC')::int AS year, ROUND(100.0 * COUNT(*) FILTER (WHERE w.wo_type = 'CORR') / COUNT(*), 2) AS corrective_pct "
  f"FROM {AW} w WHERE w.status <> 'cancelled' AND w.deleted_at IS NULL AND w.opened_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY 1")
q("ratio", "hard", "What was the capacity factor of each site in the first half of 2025?",
  "Capacity factor = net exported energy / (rated power x 24 h) summed over the site's turbine-days in the SCADA data of 2025-01-01 to 2025-06-30. Return site_code and the capacity factor as a fraction rounded to 4 decimals, one row per site.",
  f"SELECT si.site_code, ROUND(SUM(d.energy_kwh) / SUM(m.rated_kw * 24), 4) AS capacity_factor FROM {SC} d JOIN turbines t ON t.turbine_id = d.turbine_id "
  "JOIN turbine_models m ON m.model_code = t.model_code JOIN sites si ON si.site_id = t.site_id GROUP BY si.site_code")
q("ratio", "hard", "What percentage of the critical alarms raised in 2024 led to a corrective work order?",
  "Critical = severity 3, leave out test alarms, year of the UTC raising moment. An alarm led to an order when at least one corrective work order that is not soft-deleted references it (its alarm_id), in any status. Return one number: percent rounded to 2 decimals.",
  f"SELECT ROUND(100.0 * COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM {AW} w WHERE w.alarm_id = a.alarm_id AND w.wo_type = 'CORR' AND w.deleted_at IS NULL)) / COUNT(*), 2) "
  f"FROM {AA} a JOIN alarm_codes c ON c.alarm_code = a.alarm_code WHERE c.severity = 3 AND NOT a.is_test AND a.raised_at_utc >= {TS('2024-01-01 00:00:00')} AND a.raised_at_utc < {TS('2025-01-01 00:00:00')}")
q("ratio", "hard", "What share of the potential energy of each country's turbines was lost to curtailment in the first half of 2025?",
  "Use the daily SCADA aggregates 2025-01-01 to 2025-06-30: share = curtailed energy / (net exported energy + curtailed energy), in percent rounded to 2 decimals. Return country_code and curtailed_pct, one row per country.",
  f"SELECT si.country_code, ROUND(100 * SUM(d.curtailed_kwh) / (SUM(d.energy_kwh) + SUM(d.curtailed_kwh)), 2) AS curtailed_pct FROM {SC} d "
  "JOIN turbines t ON t.turbine_id = d.turbine_id JOIN sites si ON si.site_id = t.site_id GROUP BY si.country_code")
q("ratio", "hard", "What was the realised settlement price in EUR per MWh of each site for the delivery months of 2024?",
  f"{VALID_SET} Price = sum of amounts in EUR (each {EUR_SET}) / sum of settled energy in MWh, rounded to 2 decimals. Return site_code and price_eur_mwh, one row per site.",
  f"SELECT si.site_code, ROUND(SUM(st.amount * COALESCE(x.eur_per_unit, 1)) / SUM(st.energy_mwh), 2) AS price_eur_mwh FROM {AS} st JOIN sites si ON si.site_id = st.site_id "
  f"{RATE('x', 'st.settled_on', 'st.currency_code')} WHERE st.status IN ('final', 'provisional') AND st.period_month >= DATE '2024-01-01' AND st.period_month < DATE '2025-01-01' GROUP BY si.site_code")
q("ratio", "hard", "For each priority, what percentage of the work orders opened in 2024 and closed was closed within 48 hours?",
  "Year of the UTC opening moment; only orders with status closed that are not soft-deleted. Within 48 hours = closing moment at most 48 hours after the opening moment (exactly 48 h counts). Return priority and pct_within_48h rounded to 2 decimals, one row per priority with closed orders.",
  f"SELECT w.priority, ROUND(100.0 * COUNT(*) FILTER (WHERE w.closed_at_utc <= w.opened_at_utc + INTERVAL '48 hours') / COUNT(*), 2) AS pct_within_48h FROM {AW} w "
  f"WHERE w.status = 'closed' AND w.deleted_at IS NULL AND w.opened_at_utc >= {TS('2024-01-01 00:00:00')} AND w.opened_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY w.priority")
q("ratio", "hard", "At each site, what share of the labour hours of calendar year 2024 was worked by apprentices?",
  "Apprentice = grade 'T1' held on the work date. Year of the work date; the site is the site of the work order's turbine; hours on work orders that are not soft-deleted, whenever opened. Share in percent rounded to 2 decimals (0.00 for a site where no apprentice worked). Return site_code and apprentice_pct, one row per site with hours.",
  f"SELECT si.site_code, ROUND(100 * COALESCE(SUM(l.hours) FILTER (WHERE gh.grade_code = 'T1'), 0) / SUM(l.hours), 2) AS apprentice_pct FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id {GH('l.work_date')} "
  "JOIN turbines t ON t.turbine_id = w.turbine_id JOIN sites si ON si.site_id = t.site_id WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2024-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY si.site_code",
  )
q("ratio", "hard", "What share of the maintenance work orders opened in 2021 at each site was cancelled?",
  "Share = cancelled orders / all orders opened in 2021 at the site, in percent rounded to 2 decimals. Return the current site_code and cancelled_pct, one row per site with orders.",
  "SELECT si.site_code, ROUND(100.0 * COUNT(*) FILTER (WHERE w.status_code = 'X') / COUNT(*), 2) AS cancelled_pct FROM legacy_work_orders w JOIN legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code "
  "JOIN turbines t ON t.turbine_id = m.turbine_id JOIN sites si ON si.site_id = t.site_id GROUP BY si.site_code")
q("ratio", "hard", "For each site, what is the ratio of settled energy to SCADA-measured energy for the delivery months January to March 2025?",
  f"Settled energy: {VALID_SET[:-1].replace('Count only', 'only')} for delivery months 2025-01, 2025-02 and 2025-03. SCADA energy: net exported energy of the site's turbines over SCADA days 2025-01-01 to 2025-03-31, in MWh. Return site_code and the ratio settled / SCADA rounded to 4 decimals, one row per site.",
  f"WITH s AS (SELECT site_id, SUM(energy_mwh) AS e FROM {AS} x WHERE status IN ('final', 'provisional') AND period_month >= DATE '2025-01-01' AND period_month < DATE '2025-04-01' GROUP BY site_id), "
  f"m AS (SELECT t.site_id, SUM(d.energy_kwh) / 1000 AS e FROM {SC} d JOIN turbines t ON t.turbine_id = d.turbine_id WHERE d.day <= DATE '2025-03-31' GROUP BY t.site_id) "
  "SELECT si.site_code, ROUND(s.e / m.e, 4) AS ratio FROM sites si JOIN s ON s.site_id = si.site_id JOIN m ON m.site_id = si.site_id")
# ------------------------------------------------------------------------------------------- table_join
q("table_join", "hard", "What contract price applied to each power-purchase agreement on 2024-12-31?",
  "Use the price valid on that day, in the contract currency. Return contract_ref, site_code, offtaker, price_per_mwh and currency_code, one row per contract with a price on that day.",
  "SELECT p.contract_ref, si.site_code, p.offtaker, h.price_per_mwh, p.currency_code FROM ppa_contracts p JOIN sites si ON si.site_id = p.site_id JOIN ppa_price_history h ON h.ppa_id = p.ppa_id "
  "AND h.valid_from <= DATE '2024-12-31' AND (h.valid_to IS NULL OR DATE '2024-12-31' < h.valid_to)")
q("table_join", "hard", "How many maintenance work orders were opened in 2021 on each turbine of the site 'Słupsk Pomorze'?",
  "Leave out cancelled orders. Return the current turbine_code and the number of orders, one row per turbine of the site (0 for a turbine without orders).",
  "SELECT t.turbine_code, COUNT(w.legacy_wo_no) AS orders FROM turbines t JOIN sites si ON si.site_id = t.site_id LEFT JOIN legacy_turbine_code_map m ON m.turbine_id = t.turbine_id "
  "LEFT JOIN legacy_work_orders w ON w.old_turbine_code = m.old_turbine_code AND w.status_code <> 'X' WHERE si.name = 'Słupsk Pomorze' GROUP BY t.turbine_code")
q("table_join", "hard", "List the critical alarms raised in the first quarter of 2025 (UTC dates 2025-01-01 to 2025-03-31) at offshore sites, with the corrective work order they led to.",
  "Critical = severity 3; leave out test alarms. Return alarm_id, turbine_code and the wo_number of the corrective work order (not soft-deleted) that references the alarm, NULL when there is none. One row per alarm and order.",
  f"SELECT a.alarm_id, t.turbine_code, w.wo_number FROM alarms a JOIN alarm_codes c ON c.alarm_code = a.alarm_code JOIN turbines t ON t.turbine_id = a.turbine_id "
  f"JOIN sites si ON si.site_id = t.site_id LEFT JOIN work_orders w ON w.alarm_id = a.alarm_id AND w.wo_type = 'CORR' AND w.deleted_at IS NULL "
  f"WHERE si.is_offshore AND c.severity = 3 AND NOT a.is_test AND a.raised_at_utc >= {TS('2025-01-01 00:00:00')} AND a.raised_at_utc < {TS('2025-04-01 00:00:00')}")
q("table_join", "hard", "What was the labour cost in EUR at each site for work dates in calendar year 2024?",
  "Cost = hours x the hourly rate of the grade the technician held on the work date; the site is the site of the work order's turbine; hours on work orders that are not soft-deleted, whenever opened. Return site_code and cost_eur rounded to 2 decimals, one row per site with hours.",
  f"SELECT si.site_code, ROUND(SUM(l.hours * g.hourly_rate_eur), 2) AS cost_eur FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id {GH('l.work_date')} "
  "JOIN technician_grades g ON g.grade_code = gh.grade_code JOIN turbines t ON t.turbine_id = w.turbine_id JOIN sites si ON si.site_id = t.site_id "
  "WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2024-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY si.site_code")
q("table_join", "hard", "For every technician still employed on 2025-06-30, which grade did they hold on 2024-01-01 and which grade do they hold now?",
  "Employed on 2025-06-30 = hired on or before that day and no last working day before it. Return employee_no, the grade held on 2024-01-01 (NULL if not employed then) and the current grade, one row per technician.",
  "SELECT t.employee_no, h.grade_code AS grade_2024_01_01, t.grade_code AS current_grade FROM technicians t LEFT JOIN technician_grade_history h ON h.technician_id = t.technician_id "
  "AND h.valid_from <= DATE '2024-01-01' AND (h.valid_to IS NULL OR DATE '2024-01-01' < h.valid_to) WHERE t.hired_on <= DATE '2025-06-30' AND (t.left_on IS NULL OR t.left_on >= DATE '2025-06-30')")
q("table_join", "hard", "How many executed curtailment orders starting in calendar year 2024 did each site receive, and from which grid operator?",
  "Year of the UTC start; leave out revoked orders. Return site_code, the grid operator's name (the operator the site is connected to) and the number of orders, one row per site (0 for a site without orders).",
  f"SELECT si.site_code, g.name AS grid_operator, COUNT(c.order_id) AS orders FROM sites si JOIN grid_operators g ON g.grid_operator_id = si.grid_operator_id "
  f"LEFT JOIN {AC} c ON c.site_id = si.site_id AND c.revoked_at IS NULL AND c.start_utc >= {TS('2024-01-01 00:00:00')} AND c.start_utc < {TS('2025-01-01 00:00:00')} GROUP BY si.site_code, g.name")
q("table_join", "hard", "For each turbine model, how many turbines are installed and how much energy did they export in the first half of 2025?",
  "Energy from the daily SCADA aggregates 2025-01-01 to 2025-06-30. Return model_code, manufacturer, the number of turbines and energy_mwh rounded to 3 decimals, one row per model with turbines.",
  f"SELECT m.model_code, m.manufacturer, COUNT(DISTINCT t.turbine_id) AS turbines, ROUND(SUM(d.energy_kwh) / 1000, 3) AS energy_mwh FROM turbine_models m JOIN turbines t ON t.model_code = m.model_code "
  f"JOIN {SC} d ON d.turbine_id = t.turbine_id GROUP BY m.model_code, m.manufacturer")
q("table_join", "hard", "Which work orders opened in calendar year 2024 had spare parts costing more than 10000 EUR in total?",
  "Year of the UTC opening moment; leave out soft-deleted orders. Part cost = sum of quantity x unit price paid, each converted with the rate of the UTC date of its issue moment (EUR as is). Strictly more than 10000.00. Return wo_number, turbine_code and part_cost_eur rounded to 2 decimals, one row per order.",
  f"SELECT w.wo_number, t.turbine_code, ROUND(SUM(p.quantity * p.unit_price * COALESCE(x.eur_per_unit, 1)), 2) AS part_cost_eur FROM work_orders w JOIN part_issues p ON p.wo_id = w.wo_id "
  f"JOIN turbines t ON t.turbine_id = w.turbine_id {RATE('x', UD('p.issued_at_utc'), 'p.currency_code')} WHERE w.deleted_at IS NULL "
  f"AND w.opened_at_utc >= {TS('2024-01-01 00:00:00')} AND w.opened_at_utc < {TS('2025-01-01 00:00:00')} GROUP BY w.wo_number, t.turbine_code HAVING SUM(p.quantity * p.unit_price * COALESCE(x.eur_per_unit, 1)) > 10000")
q("table_join", "hard", "For each country, how much energy was settled for the delivery months of 2022, and how many turbines does it have?",
  f"{VALID_SET} Return country_code, the settled energy in MWh (sum of the stored values) and the number of turbines at the country's sites, one row per country.",
  f"SELECT si.country_code, SUM(st.energy_mwh) AS energy_mwh, (SELECT COUNT(*) FROM turbines t JOIN sites s2 ON s2.site_id = t.site_id WHERE s2.country_code = si.country_code) AS turbines "
  f"FROM {AS} st JOIN sites si ON si.site_id = st.site_id WHERE st.status IN ('final', 'provisional') AND st.period_month >= DATE '2022-01-01' AND st.period_month < DATE '2023-01-01' GROUP BY si.country_code")
q("table_join", "hard", "For each technician who booked labour hours on work dates in calendar year 2024, what is their base site and on how many different turbines did they work that year?",
  "Hours on work orders that are not soft-deleted, whenever opened. Return employee_no, the base site_code of the technician and the number of distinct turbines, one row per technician with bookings.",
  f"SELECT t.employee_no, si.site_code AS base_site, COUNT(DISTINCT w.turbine_id) AS turbines FROM {AL} l JOIN {AW} w ON w.wo_id = l.wo_id JOIN technicians t ON t.technician_id = l.technician_id "
  "JOIN sites si ON si.site_id = t.base_site_id WHERE w.deleted_at IS NULL AND l.work_date >= DATE '2024-01-01' AND l.work_date < DATE '2025-01-01' GROUP BY t.employee_no, si.site_code")

assert len(Q) == 50, len(Q)
with open(ROOT / "questions" / f"{DB}.jsonl", "w", encoding="utf-8") as f:
    for i, (cat, diff, qu, ins, gold, om) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"{DB}-h{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": qu, "instructions": ins,
                            "gold": gold, "order_matters": om, "split": "hard"}, ensure_ascii=False) + "\n")
print(len(Q), "questions")
