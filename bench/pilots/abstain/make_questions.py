"""Writes questions.jsonl (answerable, with golds) and unanswerable.jsonl (gold [], answerable false, why).

Ids abstain-fab-001.. are assigned in a fixed shuffled order so that id order does not reveal
answerability or pairing.  Run: python bench/pilots/abstain/make_questions.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
Y24 = "TIMESTAMPTZ '2024-01-01 00:00:00+00'"
Y25 = "TIMESTAMPTZ '2025-01-01 00:00:00+00'"

# (pair, category, difficulty, question, instructions, gold | None, order_matters, why)
Q = [
 ("p01", "group_by", "easy",
  "For each tool, how many lot steps were tracked out during calendar year 2024?",
  "Use fab local time as recorded in track_out (2024-01-01 00:00 inclusive to 2025-01-01 00:00 exclusive).\nReturn two columns: tool_code and the number of lot steps.\nTools with no such step are left out. Steps not yet tracked out do not count.",
  ["SELECT t.tool_code, COUNT(*) FROM lot_steps s JOIN tools t ON t.tool_id = s.tool_id WHERE s.track_out >= TIMESTAMP '2024-01-01 00:00:00' AND s.track_out < TIMESTAMP '2025-01-01 00:00:00' GROUP BY t.tool_code"], False, None),
 ("p01", "group_by", "easy",
  "For each production operator, how many lot steps did they track out during calendar year 2024?",
  "Use fab local time as recorded in track_out (2024-01-01 00:00 inclusive to 2025-01-01 00:00 exclusive).\nReturn two columns: the operator's full name and the number of lot steps.\nOperators with no such step are left out. Steps not yet tracked out do not count.",
  None, False, "lot_steps does not record who ran a step (table comment: 'The operator who ran the step is not recorded'), and employees holds only maintenance staff, linked to maintenance sign-off only."),
 ("p02", "table_join", "medium",
  "For each tool of the Etch area, what was the total cost of the spare parts used in repair work orders opened in calendar year 2024, valued at the parts' current list price?",
  "A work order is in 2024 when started_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).\nOnly event_type 'repair'; cost = quantity x unit_price_usd, in USD.\nReturn two columns: tool_code and the total cost rounded to 2 decimals.\nEtch tools with no repair opened in 2024 are left out; a repair that used no parts adds 0 (the tool is still listed with 0.00 if all its repairs used no parts).",
  [f"SELECT t.tool_code, ROUND(COALESCE(SUM(mp.quantity * p.unit_price_usd), 0), 2) FROM maintenance_events e JOIN tools t ON t.tool_id = e.tool_id JOIN process_areas a ON a.area_id = t.area_id LEFT JOIN maintenance_parts mp ON mp.event_id = e.event_id LEFT JOIN parts p ON p.part_no = mp.part_no WHERE a.area_code = 'ETCH' AND e.event_type = 'repair' AND e.started_at >= {Y24} AND e.started_at < {Y25} GROUP BY t.tool_code"], False, None),
 ("p02", "table_join", "medium",
  "For each tool of the Etch area, what was the total cost of the spare parts used in repair work orders opened in calendar year 2024, valued at the unit price each part had on the day the repair was opened?",
  "A work order is in 2024 when started_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).\nOnly event_type 'repair'; cost = quantity x unit price at the repair date, in USD.\nReturn two columns: tool_code and the total cost rounded to 2 decimals.\nEtch tools with no repair opened in 2024 are left out; a repair that used no parts adds 0 (the tool is still listed with 0.00 if all its repairs used no parts).",
  None, False, "parts.unit_price_usd is only the current list price; the comment says past prices are overwritten and not recorded anywhere."),
 ("p03", "table_join", "hard",
  "What was the total value in US dollars of the shipments that left the fab in calendar year 2024, per customer?",
  "A shipment is in 2024 when shipped_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).\nConvert each shipment's invoice_amount with the rate of its currency on the UTC calendar date of shipped_at.\nReturn two columns: customer name and the USD total, rounded to 2 decimals once after summing the unrounded converted amounts.\nCustomers with no shipment in 2024 are left out.",
  [f"SELECT c.name, ROUND(SUM(s.invoice_amount * r.usd_per_unit), 2) FROM shipments s JOIN customers c ON c.customer_id = s.customer_id JOIN currency_rates r ON r.currency_code = s.currency_code AND r.rate_date = (s.shipped_at AT TIME ZONE 'UTC')::date WHERE s.shipped_at >= {Y24} AND s.shipped_at < {Y25} GROUP BY c.name"], False, None),
 ("p03", "table_join", "hard",
  "What was the total value in US dollars of the shipments that left the fab in calendar year 2023, per customer?",
  "A shipment is in 2023 when shipped_at is from 2023-01-01 00:00 UTC (inclusive) to 2024-01-01 00:00 UTC (exclusive).\nConvert each shipment's invoice_amount with the rate of its currency on the UTC calendar date of shipped_at.\nReturn two columns: customer name and the USD total, rounded to 2 decimals once after summing the unrounded converted amounts.\nCustomers with no shipment in 2023 are left out.",
  None, False, "currency_rates covers 2024-01-01 to 2025-06-30 only; its comment says rates before 2024-01-01 are not recorded, so 2023 EUR/JPY invoices cannot be converted (only the USD customers' totals could be given, not the per-customer answer asked for)."),
 ("p04", "group_by", "easy",
  "How many wafers were scrapped in each calendar month of 2024?",
  "Use scrapped_on (fab local date).\nReturn two columns: the month number 1-12 and the number of wafers scrapped.\nMonths with no scrapped wafer are left out.",
  ["SELECT EXTRACT(MONTH FROM scrapped_on)::int, COUNT(*) FROM wafers WHERE scrapped_on >= DATE '2024-01-01' AND scrapped_on < DATE '2025-01-01' GROUP BY 1"], False, None),
 ("p04", "group_by", "easy",
  "How many wafers were scrapped in each hour of the day during 2024?",
  "Use fab local time; hour 0-23.\nReturn two columns: the hour and the number of wafers scrapped.\nHours with no scrapped wafer are left out.",
  None, False, "wafers.scrapped_on is a date; its comment says only the date is recorded, not the time of day."),
 ("p05", "where", "medium",
  "How many die fell into bin B07 on the wafers sort-tested from 2024-07-01 to 2024-09-30?",
  "Both dates inclusive, on sort_tests.test_date.\nReturn one number: the total die count in bin 'B07' (0 if none).",
  ["SELECT COALESCE(SUM(b.die_count), 0) FROM sort_bins b JOIN sort_tests t ON t.wafer_id = b.wafer_id WHERE b.bin_code = 'B07' AND t.test_date >= DATE '2024-07-01' AND t.test_date <= DATE '2024-09-30'"], False, None),
 ("p05", "where", "medium",
  "How many die fell into bin B07 on the wafers sort-tested from 2024-01-01 to 2024-03-31?",
  "Both dates inclusive, on sort_tests.test_date.\nReturn one number: the total die count in bin 'B07' (0 if none).",
  None, False, "sort_bins is recorded only for sort tests dated 2024-07-01 or later; earlier tests have totals but no bin breakdown anywhere (an answer of 0 would be wrong, not unknown)."),
 ("p06", "group_by", "hard",
  "For each fiscal quarter of fiscal year 2025, how many shipments left the fab and how many wafers did they contain?",
  "Assign a shipment to the fiscal period that contains the UTC calendar date of shipped_at.\nReturn three columns: fiscal_quarter, the number of shipments, the number of wafers shipped (sum of wafers_shipped).\nReturn all four quarters, with 0 shipments and 0 wafers for a quarter without shipments.",
  ["WITH q AS (SELECT fiscal_quarter, MIN(start_date) AS s, MAX(end_date) AS e FROM fiscal_periods WHERE fiscal_year = 2025 GROUP BY fiscal_quarter), sh AS (SELECT s.shipment_id, (s.shipped_at AT TIME ZONE 'UTC')::date AS d, SUM(l.wafers_shipped) AS w FROM shipments s JOIN shipment_lots l ON l.shipment_id = s.shipment_id GROUP BY s.shipment_id) SELECT q.fiscal_quarter, COUNT(sh.shipment_id), COALESCE(SUM(sh.w), 0) FROM q LEFT JOIN sh ON sh.d BETWEEN q.s AND q.e GROUP BY q.fiscal_quarter"], False, None),
 ("p06", "group_by", "hard",
  "For each fiscal week of fiscal year 2025, how many shipments left the fab and how many wafers did they contain?",
  "Assign a shipment to the fiscal week that contains the UTC calendar date of shipped_at.\nReturn three columns: fiscal week number, the number of shipments, the number of wafers shipped.\nFiscal weeks without shipments are left out.",
  None, False, "fiscal_periods defines fiscal months and quarters only; its comment says fiscal weeks are not defined anywhere in this database."),
 ("p07", "where", "easy",
  "Which tools of the Etch area are in service, and what are their serial numbers?",
  "In service = not decommissioned.\nReturn two columns: tool_code and serial_number.",
  ["SELECT t.tool_code, t.serial_number FROM tools t JOIN process_areas a ON a.area_id = t.area_id WHERE a.area_code = 'ETCH' AND t.decommissioned_on IS NULL"], False, None),
 ("p07", "where", "easy",
  "Which tools were decommissioned during 2024, and what were their serial numbers?",
  "Decommissioned during 2024 = decommissioned_on from 2024-01-01 to 2024-12-31.\nReturn two columns: tool_code and serial_number.",
  None, False, "tools.serial_number is purged (NULL) when a tool is decommissioned and, per its comment, cannot be recovered from this database."),
 ("p08", "order_by", "medium",
  "Which three employees signed off the most repair work orders opened in 2024?",
  "A work order is in 2024 when started_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive); only event_type 'repair'.\nReturn two columns: full_name and the number of repair work orders signed off.\nOrder by the number descending, ties by full_name ascending; return exactly the first three rows of that order.",
  [f"SELECT emp.full_name, COUNT(*) AS n FROM maintenance_events e JOIN employees emp ON emp.employee_id = e.signed_off_by WHERE e.event_type = 'repair' AND e.started_at >= {Y24} AND e.started_at < {Y25} GROUP BY emp.full_name ORDER BY n DESC, emp.full_name LIMIT 3"], True, None),
 ("p08", "order_by", "medium",
  "Which three technicians carried out the most repair work orders opened in 2024?",
  "A work order is in 2024 when started_at is from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive); only event_type 'repair'.\nReturn two columns: full_name and the number of repair work orders they performed.\nOrder by the number descending, ties by full_name ascending; return exactly the first three rows of that order.",
  None, False, "maintenance_events.signed_off_by is the approver who signed off the work order; its comment says who performed the work is not recorded."),
 ("p09", "order_by", "hard",
  "For each Etch-area tool, how many hours did it spend in the state down_unscheduled during calendar year 2024?",
  "Use the UTC year: 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive). Count only the part of each interval that lies inside 2024; an open interval (valid_to NULL) lasts beyond 2024.\nReturn two columns: tool_code and the hours, rounded to 1 decimal after summing.\nTools with no such time are left out. Order by hours descending, then tool_code ascending.",
  [f"SELECT t.tool_code, ROUND(SUM(EXTRACT(EPOCH FROM LEAST(COALESCE(h.valid_to, {Y25}), {Y25}) - GREATEST(h.valid_from, {Y24}))) / 3600.0, 1) AS hours FROM tool_status_history h JOIN tools t ON t.tool_id = h.tool_id JOIN process_areas a ON a.area_id = t.area_id WHERE a.area_code = 'ETCH' AND h.status_code = 'down_unscheduled' AND h.valid_from < {Y25} AND (h.valid_to IS NULL OR h.valid_to > {Y24}) GROUP BY t.tool_code ORDER BY hours DESC, t.tool_code"], True, None),
 ("p09", "order_by", "hard",
  "For each Etch-area tool, how many hours did it spend in the state down_unscheduled during calendar year 2023?",
  "Use the UTC year: 2023-01-01 00:00 UTC (inclusive) to 2024-01-01 00:00 UTC (exclusive). Count only the part of each interval that lies inside 2023; an open interval (valid_to NULL) lasts beyond 2023.\nReturn two columns: tool_code and the hours, rounded to 1 decimal after summing.\nTools with no such time are left out. Order by hours descending, then tool_code ascending.",
  None, False, "tool_status_history starts at 2024-01-01 00:00 UTC; its comment says states before then are not recorded anywhere."),
 ("p10", "group_by", "medium",
  "For each recipe, how many new versions came into force during calendar year 2024?",
  "A version came into force in 2024 when its valid_from is from 2024-01-01 to 2024-12-31.\nReturn two columns: recipe_code and the number of such versions.\nRecipes with none are left out.",
  ["SELECT r.recipe_code, COUNT(*) FROM recipe_versions v JOIN recipes r ON r.recipe_id = v.recipe_id WHERE v.valid_from >= DATE '2024-01-01' AND v.valid_from < DATE '2025-01-01' GROUP BY r.recipe_code"], False, None),
 ("p10", "where", "medium",
  "What was the target, in nanometres, of the version of recipe N40LP-ETCH-2 that was in force on 2022-06-01?",
  "A version is in force on day d when valid_from <= d and (valid_to is NULL or d < valid_to).\nReturn one column: target_nm of that version.",
  None, False, "recipe_versions keeps only versions in force on or after 2023-01-01; a version already in force then is stored with valid_from = 2023-01-01 and its real release date and older versions are not kept, so the version of 2022-06-01 cannot be determined (even where the first kept version is number 1, its release date, and so whether it was already in force on 2022-06-01, is unknown; no lot step is older than 2023-01-02)."),
 ("p11", "ratio", "medium",
  "For each product, what was the sort yield of the wafers sort-tested in calendar year 2024?",
  "Yield = total dies_good / total dies_tested over those wafers (pooled, not an average of wafer yields), as a percentage rounded to 2 decimals.\nA wafer is in 2024 when test_date is from 2024-01-01 to 2024-12-31.\nReturn two columns: product_code and the yield percentage.\nProducts with no wafer tested in 2024 are left out.",
  ["SELECT p.product_code, ROUND(100.0 * SUM(t.dies_good) / SUM(t.dies_tested), 2) FROM sort_tests t JOIN wafers w ON w.wafer_id = t.wafer_id JOIN lots l ON l.lot_id = w.lot_id JOIN products p ON p.product_id = l.product_id WHERE t.test_date >= DATE '2024-01-01' AND t.test_date < DATE '2025-01-01' GROUP BY p.product_code"], False, None),
 ("p11", "ratio", "medium",
  "For each product, what was the final-test yield of the packaged parts tested in calendar year 2024?",
  "Yield = total good packaged parts / total packaged parts tested over those parts (pooled), as a percentage rounded to 2 decimals.\nA part is in 2024 when its final test date is from 2024-01-01 to 2024-12-31.\nReturn two columns: product_code and the yield percentage.\nProducts with no part tested in 2024 are left out.",
  None, False, "sort_tests comment: final test of packaged parts is done by the customers' assembly houses and is not recorded in this database; only wafer sort is."),
 ("p12", "where", "easy",
  "What was the price per wafer of product PX-4021 on 2024-01-15, and in which currency?",
  "Use the price period in force on that day (valid_from inclusive, valid_to exclusive).\nReturn two columns: price_per_wafer and the currency code.",
  ["SELECT h.price_per_wafer, c.currency_code FROM product_price_history h JOIN products p ON p.product_id = h.product_id JOIN customers c ON c.customer_id = p.customer_id WHERE p.product_code = 'PX-4021' AND h.valid_from <= DATE '2024-01-15' AND (h.valid_to IS NULL OR h.valid_to > DATE '2024-01-15')"], False, None),
 ("p12", "where", "easy",
  "What was the price per wafer of product PX-4021 on 2023-03-01, and in which currency?",
  "Use the price period in force on that day (valid_from inclusive, valid_to exclusive).\nReturn two columns: price_per_wafer and the currency code.",
  None, False, "product_price_history keeps prices only from 2023-07-01; its comment says prices in force before then are not kept (the first kept period is clipped to 2023-07-01); no shipment of PX-4021 on that UTC date exists whose invoice_amount / wafers_shipped would reveal it (crosscheck.py checks)."),
 ("p13", "ratio", "medium",
  "What percentage of the wafers sort-tested in calendar year 2024 had a sort yield below 85%?",
  "Wafer yield = dies_good / dies_tested; exactly 85% is not below.\nA wafer is in 2024 when test_date is from 2024-01-01 to 2024-12-31.\nReturn one number: the percentage of those wafers, rounded to 2 decimals.",
  ["SELECT ROUND(100.0 * COUNT(*) FILTER (WHERE dies_good < 0.85 * dies_tested) / COUNT(*), 2) FROM sort_tests WHERE test_date >= DATE '2024-01-01' AND test_date < DATE '2025-01-01'"], False, None),
 ("p13", "ratio", "hard",
  "Among the wafers sort-tested in calendar year 2024, which die position on the wafer map failed most often?",
  "A die position is its (x, y) coordinate on the wafer map.\nA wafer is in 2024 when test_date is from 2024-01-01 to 2024-12-31.\nReturn three columns: x, y and the number of wafers on which the die at that position failed; only the top position (ties: smallest x, then smallest y).",
  None, False, "sort_tests holds per-wafer totals only; its comment says results of individual die (die coordinates, per-die pass/fail) are not recorded."),
]

order = list(range(len(Q)))
random.Random(20261202).shuffle(order)
ans, una = [], []
for n, i in enumerate(order):
    pair, cat, diff, q, ins, gold, om, why = Q[i]
    rec = {"id": f"abstain-fab-{n + 1:03d}", "db": "fab_lots", "category": cat, "difficulty": diff,
           "question": q, "instructions": ins, "gold": gold or [], "order_matters": om}
    if gold is None:
        rec.update({"answerable": False, "why": why})
        una.append(rec)
    else:
        ans.append(rec)
    rec["_pair"] = pair
pairs = {r["id"]: r.pop("_pair") for r in ans + una}
for name, rows in (("questions.jsonl", ans), ("unanswerable.jsonl", una)):
    with open(HERE / name, "w", encoding="utf-8") as f:
        for r in sorted(rows, key=lambda r: r["id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(HERE / "pairs.json", "w", encoding="utf-8") as f:
    json.dump(pairs, f, indent=1, sort_keys=True)
print(len(ans), "answerable,", len(una), "unanswerable")
