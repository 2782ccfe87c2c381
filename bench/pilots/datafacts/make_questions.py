"""Writes questions.jsonl: 16 questions on linen_service (where 4, group_by 3, order_by 3, ratio 3,
table_join 3).  Each needs one or two facts that only the data shows (FACTS names them; they are
the same on every instance, see README.md).  Run: python bench/pilots/datafacts/make_questions.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DB = "linen_service"
Y24, Y25 = "TIMESTAMPTZ '2024-01-01 00:00:00+00'", "TIMESTAMPTZ '2025-01-01 00:00:00+00'"
NOT_TEST = "c.account_type <> 'ZZ_TEST'"

# (category, difficulty, question, instructions, gold, order_matters, facts)
Q = [
 ("where", "hard",
  "How many delivery stops at the sites of hospital customers, on route runs in June 2025, were fully delivered?",
  "Hospital customers are those whose account type is hospital. June 2025 = route_runs.run_date from 2025-06-01 to 2025-06-30, both included.\n"
  "A partial delivery does not count as fully delivered.\nReturn one number: the count of such stops.",
  "SELECT COUNT(*) FROM delivery_stops s JOIN route_runs r ON r.run_id = s.run_id JOIN customer_sites cs ON cs.site_id = s.site_id "
  "JOIN customers c ON c.customer_id = cs.customer_id WHERE c.account_type = 'HOSPITAL' AND s.status = 'Delivered' "
  "AND r.run_date >= DATE '2025-06-01' AND r.run_date <= DATE '2025-06-30'",
  False, ["status spelling 'Delivered' (vs 'Delivered - partial')", "account_type spelling 'HOSPITAL'"]),
 ("where", "medium",
  "Which damage claims were reported in March 2024? Give their claim numbers.",
  "Use the date the customer reported the damage (damage_claims.reported_on); March 2024 = 2024-03-01 to 2024-03-31, both included.\n"
  "Return one column, claim_no, one row per claim.",
  "SELECT claim_no FROM damage_claims WHERE to_date(reported_on, 'DD/MM/YYYY') >= DATE '2024-03-01' "
  "AND to_date(reported_on, 'DD/MM/YYYY') <= DATE '2024-03-31'",
  False, ["reported_on is text 'DD/MM/YYYY'"]),
 ("where", "medium",
  "How many pieces were rejected at inspection because of stains after wash batches started in calendar year 2024?",
  "Count pieces, i.e. the sum of rejects.qty over the rejects whose reason is a stain.\n"
  "The year is that of the wash batch's started_at in UTC (2024-01-01 00:00 UTC inclusive to 2025-01-01 00:00 UTC exclusive).\n"
  "Return one number (0 if there are none).",
  f"SELECT COALESCE(SUM(j.qty), 0) FROM rejects j JOIN wash_batches b ON b.batch_id = j.batch_id "
  f"WHERE lower(trim(j.reason)) = 'stain' AND b.started_at >= {Y24} AND b.started_at < {Y25}",
  False, ["reason is free text: 'stain', 'Stain', 'STAIN', with leading/trailing spaces"]),
 ("where", "hard",
  "Which invoices dated in 2024 to real customers were still open and past their due date at the end of 2025-06-30? Give the invoice numbers.",
  "Exclude internal test accounts. Dated in 2024 = invoice_date from 2024-01-01 to 2024-12-31.\n"
  "Still open = the invoice's status is open (not paid, void or written off); payments are not looked at.\n"
  "Past due = due_date before 2025-06-30.\nReturn one column, invoice_no, one row per invoice.",
  f"SELECT i.invoice_no FROM invoices i JOIN customers c ON c.customer_id = i.customer_id WHERE {NOT_TEST} AND i.status = 'Open' "
  "AND i.invoice_date >= DATE '2024-01-01' AND i.invoice_date <= DATE '2024-12-31' AND i.due_date < DATE '2025-06-30'",
  False, ["invoice status spelling 'Open'", "test-account marker 'ZZ_TEST'"]),

 ("group_by", "hard",
  "How much soiled linen, in kilograms, did each plant collect on route runs in the first quarter of 2025?",
  "Use route_runs.run_date from 2025-01-01 to 2025-03-31, both included; a stop belongs to the plant of its route.\n"
  "Every weight reading counts, whatever its unit: convert readings in pounds at 0.45359237 kg per lb. Stops without a pickup add nothing.\n"
  "Return two columns: plant_code and the total in kg, rounded to 1 decimal once after summing. Plants without any pickup in the period are left out.",
  "SELECT p.plant_code, ROUND(SUM(CASE WHEN s.soil_weight_unit = 'lbs' THEN s.soil_weight * 0.45359237 ELSE s.soil_weight END), 1) "
  "FROM delivery_stops s JOIN route_runs r ON r.run_id = s.run_id JOIN routes rt ON rt.route_id = r.route_id "
  "JOIN plants p ON p.plant_id = rt.plant_id WHERE s.soil_weight IS NOT NULL "
  "AND r.run_date >= DATE '2025-01-01' AND r.run_date <= DATE '2025-03-31' GROUP BY p.plant_code",
  False, ["soil_weight_unit values 'kg', 'KG', 'Kg', 'kilogram' and 'lbs'"]),
 ("group_by", "medium",
  "For each account type, how many contracts are open-ended?",
  "Open-ended = the contract has no agreed end date. Count contracts (not customers). Exclude internal test accounts.\n"
  "Return two columns: account_type (as stored) and the number of open-ended contracts. Account types without any are left out.",
  f"SELECT c.account_type, COUNT(*) FROM contracts k JOIN customers c ON c.customer_id = k.customer_id "
  f"WHERE {NOT_TEST} AND k.valid_to = DATE '9999-12-31' GROUP BY c.account_type",
  False, ["open end stored as valid_to = 9999-12-31 (valid_to is NOT NULL)", "test-account marker 'ZZ_TEST'"]),
 ("group_by", "medium",
  "How much money, in euros, was received in payments in each month of 2024?",
  "Use paid_on; months 1-12 of calendar year 2024. Include every recorded payment.\n"
  "Return two columns: the month number (1-12) and the total received in EUR, rounded to 2 decimals. Months without payments are left out.",
  "SELECT EXTRACT(MONTH FROM paid_on)::int, ROUND(SUM(amount) / 100.0, 2) FROM payments "
  "WHERE paid_on >= DATE '2024-01-01' AND paid_on <= DATE '2024-12-31' GROUP BY 1",
  False, ["payments.amount is in euro cents"]),

 ("order_by", "hard",
  "Which five drivers were paid the most overtime hours for pay periods in 2024?",
  "Overtime comes from the payroll export (payroll_hours.overtime_hours), pay periods with period_start from 2024-01-01 to 2024-12-01.\n"
  "Only people in the drivers table count (the export also holds other staff).\n"
  "Return three columns: first_name, last_name (both as in drivers) and the total overtime hours.\n"
  "Order by total overtime descending, ties by last_name then first_name ascending; return exactly the first five rows.",
  "SELECT d.first_name, d.last_name, SUM(h.overtime_hours) AS ot FROM drivers d JOIN payroll_hours h "
  "ON h.employee_name = upper(d.last_name) || ', ' || d.first_name WHERE h.period_start >= DATE '2024-01-01' "
  "AND h.period_start <= DATE '2024-12-01' GROUP BY d.driver_id, d.first_name, d.last_name "
  "ORDER BY ot DESC, d.last_name, d.first_name LIMIT 5",
  True, ["payroll employee_name is 'LASTNAME, Firstname' (surname upper case)"]),
 ("order_by", "hard",
  "Which ten customers had the highest net invoiced amount for invoices dated in 2024?",
  "Exclude internal test accounts and void invoices. Net invoiced amount = the sum of total_amount of the customer's invoices dated 2024-01-01 to 2024-12-31,\n"
  "less the value of all credit notes issued against those invoices (whatever the credit note's date).\n"
  "Return three columns: customer_no, name and the net amount in EUR rounded to 2 decimals.\n"
  "Order by the net amount descending, ties by customer_no ascending; return exactly the first ten rows.",
  f"WITH inv AS (SELECT i.invoice_id, i.customer_id, i.total_amount FROM invoices i WHERE i.status <> 'Void' "
  f"AND i.invoice_date >= DATE '2024-01-01' AND i.invoice_date <= DATE '2024-12-31'), "
  f"cr AS (SELECT invoice_id, SUM(amount) AS credited FROM credit_notes GROUP BY invoice_id) "
  f"SELECT c.customer_no, c.name, ROUND(SUM(inv.total_amount + COALESCE(cr.credited, 0)), 2) AS net FROM inv "
  f"JOIN customers c ON c.customer_id = inv.customer_id LEFT JOIN cr ON cr.invoice_id = inv.invoice_id WHERE {NOT_TEST} "
  f"GROUP BY c.customer_no, c.name ORDER BY net DESC, c.customer_no LIMIT 10",
  True, ["credit_notes.amount is stored negative", "invoice status spelling 'Void'"]),
 ("order_by", "hard",
  "Which five washing machines ran the most disinfection batches in 2024?",
  "A disinfection batch is a wash batch run with a program whose wash_programs.is_disinfection is true.\n"
  "The year is that of started_at in UTC (2024-01-01 00:00 UTC inclusive to 2025-01-01 00:00 UTC exclusive).\n"
  "Return two columns: machine_code and the number of disinfection batches.\n"
  "Order by the number descending, ties by machine_code ascending; return exactly the first five rows.",
  f"SELECT m.machine_code, COUNT(*) AS n FROM wash_batches b JOIN machines m ON m.machine_id = b.machine_id "
  f"JOIN wash_programs p ON b.program_code = p.program_code OR b.program_code = 'PRG ' || lpad(p.controller_no::text, 2, '0') "
  f"WHERE p.is_disinfection AND b.started_at >= {Y24} AND b.started_at < {Y25} GROUP BY m.machine_code ORDER BY n DESC, m.machine_code LIMIT 5",
  True, ["older machines log the controller number as 'PRG nn' instead of the program code"]),

 ("ratio", "medium",
  "For each plant, what percentage of its delivery stops in 2024 did the customer refuse?",
  "Stops on route runs with run_date from 2024-01-01 to 2024-12-31; a stop belongs to the plant of its route.\n"
  "Stops cancelled before the run are not counted at all (neither numerator nor denominator); every other stop is in the denominator.\n"
  "Numerator: the stops where the customer refused the delivery.\n"
  "Return two columns: plant_code and the percentage, rounded to 2 decimals. Every plant with at least one counted stop is listed.",
  "SELECT p.plant_code, ROUND(100.0 * COUNT(*) FILTER (WHERE s.status = 'Refused') / COUNT(*), 2) FROM delivery_stops s "
  "JOIN route_runs r ON r.run_id = s.run_id JOIN routes rt ON rt.route_id = r.route_id JOIN plants p ON p.plant_id = rt.plant_id "
  "WHERE s.status <> 'Cancelled' AND r.run_date >= DATE '2024-01-01' AND r.run_date <= DATE '2024-12-31' GROUP BY p.plant_code",
  False, ["status spellings 'Refused' and 'Cancelled'"]),
 ("ratio", "hard",
  "For each account type, what percentage of the amount invoiced in 2024 has been paid so far?",
  "Invoices dated 2024-01-01 to 2024-12-31 that are not void; exclude internal test accounts.\n"
  "Paid = the sum of all payments recorded against those invoices (any payment date). Invoiced = the sum of their total_amount. Credit notes are ignored.\n"
  "Return two columns: account_type and 100 x paid / invoiced, rounded to 2 decimals.",
  f"WITH inv AS (SELECT i.invoice_id, c.account_type, i.total_amount FROM invoices i JOIN customers c ON c.customer_id = i.customer_id "
  f"WHERE {NOT_TEST} AND i.status <> 'Void' AND i.invoice_date >= DATE '2024-01-01' AND i.invoice_date <= DATE '2024-12-31'), "
  f"pd AS (SELECT invoice_id, SUM(amount) / 100.0 AS paid FROM payments GROUP BY invoice_id) "
  f"SELECT inv.account_type, ROUND(100.0 * COALESCE(SUM(pd.paid), 0) / SUM(inv.total_amount), 2) FROM inv "
  f"LEFT JOIN pd ON pd.invoice_id = inv.invoice_id GROUP BY inv.account_type",
  False, ["payments.amount is in euro cents", "invoice status spelling 'Void'"]),
 ("ratio", "medium",
  "What was the average contract discount, in percent, for each account type, over the contracts in force on 2025-06-30?",
  "A contract is in force on a day d when valid_from <= d <= valid_to. Exclude internal test accounts.\n"
  "Plain average over the contracts (not weighted). Express it in percent (12.5 means a 12.5% discount), rounded to 2 decimals.\n"
  "Return two columns: account_type and the average discount in percent.",
  f"SELECT c.account_type, ROUND(AVG(k.discount) * 100, 2) FROM contracts k JOIN customers c ON c.customer_id = k.customer_id "
  f"WHERE {NOT_TEST} AND k.valid_from <= DATE '2025-06-30' AND k.valid_to >= DATE '2025-06-30' GROUP BY c.account_type",
  False, ["contracts.discount is a fraction (0.125 = 12.5%)", "test-account marker 'ZZ_TEST'"]),

 ("table_join", "hard",
  "What is the weekly rental value of the agreed par levels of the sites each plant serves, at the list prices in force on 2025-06-30?",
  "Value of a par level = par_qty x weekly_rental_eur of that article's price_list row in force on 2025-06-30 (valid_from <= day <= valid_to).\n"
  "A site belongs to the plant in customer_sites.plant_id. Include every site (test accounts included).\n"
  "Return two columns: plant_code and the total weekly value in EUR, rounded to 2 decimals once after summing.",
  "SELECT p.plant_code, ROUND(SUM(pl.par_qty * pr.weekly_rental_eur), 2) FROM site_par_levels pl "
  "JOIN customer_sites cs ON cs.site_id = pl.site_id JOIN plants p ON p.plant_id = cs.plant_id "
  "JOIN products x ON x.product_id = pl.product_id JOIN price_list pr ON rtrim(pr.item_code) = x.item_code "
  "AND pr.valid_from <= DATE '2025-06-30' AND pr.valid_to >= DATE '2025-06-30' GROUP BY p.plant_code",
  False, ["price_list.item_code is padded with trailing spaces"]),
 ("table_join", "medium",
  "How much did each plant's vehicles spend on fuel in 2024?",
  "Fuel card transactions with txn_at from 2024-01-01 00:00 UTC (inclusive) to 2025-01-01 00:00 UTC (exclusive).\n"
  "A transaction belongs to the home plant of the vehicle whose registration plate it was captured with.\n"
  "Return two columns: plant_code and the total amount_eur, rounded to 2 decimals. Plants without transactions are left out.",
  f"SELECT p.plant_code, ROUND(SUM(f.amount_eur), 2) FROM fuel_transactions f JOIN vehicles v ON replace(v.reg_plate, '-', '') = f.plate "
  f"JOIN plants p ON p.plant_id = v.plant_id WHERE f.txn_at >= {Y24} AND f.txn_at < {Y25} GROUP BY p.plant_code",
  False, ["fuel_transactions.plate has no hyphens ('VX123B' for 'VX-123-B')"]),
 ("table_join", "hard",
  "How many damaged pieces did hospital customers claim per product category in the first half of 2025?",
  "Claims reported (damage_claims.reported_on) from 2025-01-01 to 2025-06-30, both included, whatever their claim status.\n"
  "Hospital customers are those whose account type is hospital.\n"
  "Return two columns: category_name and the total qty claimed. Categories without claims are left out.",
  "SELECT pc.category_name, SUM(d.qty) FROM damage_claims d JOIN customers c ON c.customer_id = d.customer_id "
  "JOIN products x ON x.product_id = d.product_id JOIN product_categories pc ON pc.category_code = x.category_code "
  "WHERE c.account_type = 'HOSPITAL' AND to_date(d.reported_on, 'DD/MM/YYYY') >= DATE '2025-01-01' "
  "AND to_date(d.reported_on, 'DD/MM/YYYY') <= DATE '2025-06-30' GROUP BY pc.category_name",
  False, ["reported_on is text 'DD/MM/YYYY'", "account_type spelling 'HOSPITAL'"]),
]


def main():
    recs = []
    for i, (cat, diff, q, ins, gold, om, facts) in enumerate(Q, 1):
        recs.append({"id": f"linen-{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": q,
                     "instructions": ins, "gold": [gold], "order_matters": om, "split": "hard", "facts": facts})
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "questions")


if __name__ == "__main__":
    main()
