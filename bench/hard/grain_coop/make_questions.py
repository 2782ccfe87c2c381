"""Write questions/grain_coop.jsonl (hard split). Stdlib only.
Run: python bench/hard/grain_coop/make_questions.py"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DB = "grain_coop"
COLS = ("ticket_id, ticket_no, elevator_id, member_id, commodity_code, grade_code, gross_kg, tare_kg, dockage_pct, moisture_pct, "
        "protein_pct, weighed_at_utc, weighed_at_local, bin_id, contract_id, voided_at")
TK = f"(SELECT {COLS} FROM archive_delivery_tickets UNION ALL SELECT {COLS} FROM delivery_tickets)"
SCOLS = "settlement_id, ticket_id, settled_on, currency_code, net_amount, status"
ST = f"(SELECT {SCOLS} FROM archive_settlements UNION ALL SELECT {SCOLS} FROM settlements)"
CLEAN = "(t.gross_kg - t.tare_kg) * (1 - t.dockage_pct / 100) / 1000"
LD = "t.weighed_at_local::date"
FXD = ("fxd AS (SELECT currency_code, rate_date, cad_per_unit, LEAD(rate_date) OVER (PARTITION BY currency_code ORDER BY rate_date) AS next_date "
       "FROM fx_rates UNION ALL SELECT 'CAD', NULL, 1, NULL)")
FXJ = ("JOIN fxd ON fxd.currency_code = s.currency_code AND (fxd.rate_date IS NULL OR fxd.rate_date <= s.settled_on) "
       "AND (fxd.next_date IS NULL OR fxd.next_date > s.settled_on)")
FX = "fxd.cad_per_unit"
FG = "COALESCE(a.final_grade_code, t.grade_code)"
LCOLS = "loadout_id, car_number, elevator_id, grade_code, loaded_t, loaded_at_utc, loaded_at_local"
R23 = " UNION ALL ".join(f"SELECT {LCOLS}, '{rw.upper()}' AS railway_code FROM rail_loadouts_{rw}_2023" for rw in ("cn", "cpkc", "bnsf"))
R24 = " UNION ALL ".join(f"SELECT {LCOLS}, '{rw.upper()}' AS railway_code FROM rail_loadouts_{rw}_2024" for rw in ("cn", "cpkc", "bnsf"))
R23N = " UNION ALL ".join(f"SELECT loaded_t FROM rail_loadouts_{rw}_2023" for rw in ("cn", "cpkc", "bnsf"))
R24N = " UNION ALL ".join(f"SELECT loaded_t FROM rail_loadouts_{rw}_2024" for rw in ("cn", "cpkc", "bnsf"))
LEG_CLEAN = "(l.gross_lb - l.tare_lb) * 0.45359237 * (1 - l.dockage_pct / 100) / 1000"
CY = lambda y: f"{LD} BETWEEN DATE '{y}-08-01' AND DATE '{y + 1}-07-31'"  # noqa: E731
V = "Voided tickets are not deliveries."
CLEAN_TXT = "Clean tonnes = (gross - tare) * (1 - dockage percent / 100) in metric tonnes."

Q = [
 # ------------------------------------------------------------------ where
 ("where", "hard",
  "Which valid hard red spring wheat deliveries of crop year 2024-25 at the Kindersley elevator were tough? Give their ticket numbers.",
  f"Tough = moisture strictly above the commodity's dry moisture limit. {V} The crop year of a ticket is decided by its scale date (local date at the elevator). One row per ticket.",
  [f"SELECT t.ticket_no FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id JOIN commodities c ON c.commodity_code = t.commodity_code "
   f"WHERE e.name = 'Kindersley' AND t.commodity_code = 'HRS' AND t.voided_at IS NULL AND t.moisture_pct > c.dry_moisture_max_pct AND {CY(2024)}"], False),
 ("where", "hard",
  "How many valid delivery tickets did the Rosetown elevator (code SK-ROS) weigh with a scale date from 2023-07-01 to 2023-08-31 (both days included)?",
  f"The scale date is the local date at the elevator. {V} Return one number.",
  [f"SELECT COUNT(*) FROM {TK} t JOIN elevators e ON e.elevator_id = t.elevator_id WHERE e.elevator_code = 'SK-ROS' AND t.voided_at IS NULL "
   f"AND {LD} BETWEEN DATE '2023-07-01' AND DATE '2023-08-31'"], False),
 ("where", "hard",
  "How many clean tonnes did the elevator whose current code is MB-BRN receive in crop year 2020-21?",
  f"{CLEAN_TXT} Use 1 lb = 0.45359237 kg where weights are in pounds. {V} Sum over the tickets, then round to 1 decimal. Return one number.",
  [f"SELECT ROUND(SUM({LEG_CLEAN}), 1) FROM legacy_scale_tickets l JOIN legacy_elevator_code_map m ON m.old_elevator_code = l.old_elevator_code "
   "JOIN elevators e ON e.elevator_id = m.elevator_id WHERE e.elevator_code = 'MB-BRN' AND l.void_flag = 'N' "
   "AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31'"], False),
 ("where", "hard",
  "What posted spot price per tonne did Canadian elevators pay for each grade of hard red spring wheat on 2024-11-01?",
  "Return grade_code and the price per tonne in the posted currency, one row per HRS grade.",
  ["SELECT p.grade_code, p.price_per_tonne FROM grade_price_schedule p JOIN grades g ON g.grade_code = p.grade_code WHERE p.country_code = 'CA' "
   "AND g.commodity_code = 'HRS' AND p.valid_from <= DATE '2024-11-01' AND (p.valid_to IS NULL OR p.valid_to > DATE '2024-11-01')"], False),
 ("where", "hard",
  "How many rail-car loadouts were made in crop year 2024-25 at elevators served by BNSF?",
  "Count loadouts (a car loaded twice counts twice). A loadout belongs to the crop year of its local loading date at the elevator. Return one number.",
  ["SELECT COUNT(*) FROM rail_loadouts_bnsf_2024"], False),
 ("where", "hard",
  "How many members joined the cooperative in calendar year 2024?",
  "Use joined_on. Duplicate accounts removed by soft delete are not members. Return one number.",
  ["SELECT COUNT(*) FROM members WHERE deleted_at IS NULL AND joined_on >= DATE '2024-01-01' AND joined_on < DATE '2025-01-01'"], False),
 # ------------------------------------------------------------------ group_by
 ("group_by", "extra",
  "How many clean tonnes did the cooperative receive in each crop year from 2020-21 to 2024-25?",
  f"{CLEAN_TXT} Use 1 lb = 0.45359237 kg where weights are in pounds. {V} Return the crop-year label (e.g. '2023-24') and the clean tonnes rounded to 1 decimal (sum first, then round), one row per crop year.",
  [f"WITH x AS (SELECT l.ticket_date AS d, {LEG_CLEAN} AS t FROM legacy_scale_tickets l WHERE l.void_flag = 'N' "
   f"UNION ALL SELECT {LD}, {CLEAN} FROM {TK} t WHERE t.voided_at IS NULL) "
   "SELECT c.label, ROUND(SUM(x.t), 1) AS clean_t FROM x JOIN crop_years c ON x.d BETWEEN c.starts_on AND c.ends_on "
   "WHERE c.crop_year BETWEEN 2020 AND 2024 GROUP BY c.label"], False),
 ("group_by", "hard",
  "How many tonnes were loaded into rail cars in crop year 2024-25 by each railway?",
  "A loadout belongs to the crop year of its local loading date. Return railway_code and the tonnes (sum of loaded tonnes, 3 decimals), one row per railway.",
  ["SELECT 'CN' AS railway_code, SUM(loaded_t) AS tonnes FROM rail_loadouts_cn_2024 UNION ALL SELECT 'CPKC', SUM(loaded_t) FROM rail_loadouts_cpkc_2024 "
   "UNION ALL SELECT 'BNSF', SUM(loaded_t) FROM rail_loadouts_bnsf_2024"], False),
 ("group_by", "hard",
  "How many valid delivery tickets did each elevator weigh in crop year 2023-24?",
  f"The crop year of a ticket is decided by its scale date (local date at the elevator). {V} Return elevator_code and the number of tickets, one row per elevator.",
  [f"SELECT e.elevator_code, COUNT(*) FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id WHERE t.voided_at IS NULL AND {CY(2023)} GROUP BY e.elevator_code"], False),
 ("group_by", "hard",
  "How many clean tonnes were delivered in crop year 2024-25 by members of each membership tier?",
  f"Use the tier the member held on the ticket's scale date (local date at the elevator), not today's tier. {CLEAN_TXT} {V} Return tier_code and the clean tonnes rounded to 1 decimal (sum first), one row per tier with deliveries.",
  [f"SELECT h.tier_code, ROUND(SUM({CLEAN}), 1) FROM delivery_tickets t JOIN member_tier_history h ON h.member_id = t.member_id AND h.valid_from <= {LD} "
   f"AND (h.valid_to IS NULL OR h.valid_to > {LD}) WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY h.tier_code"], False),
 ("group_by", "hard",
  "How many valid hard red spring wheat tickets of crop year 2024-25 are there per final grade?",
  f"The final grade is the grade decided on appeal when a decided appeal exists, otherwise the grade given at the scale. Crop year by the scale date (local). {V} Return the grade code and the number of tickets, one row per grade that occurs.",
  [f"SELECT {FG} AS grade_code, COUNT(*) FROM delivery_tickets t LEFT JOIN grade_appeals a ON a.ticket_id = t.ticket_id "
   f"WHERE t.commodity_code = 'HRS' AND t.voided_at IS NULL AND {CY(2024)} GROUP BY 1"], False),
 ("group_by", "extra",
  "What net amount, in Canadian dollars, was paid to members for the deliveries of each crop year from 2021-22 to 2024-25?",
  "A settlement belongs to the crop year of its ticket's scale date (local date at the elevator). Count only payments (reversed settlements are not). Convert each settlement's net amount to CAD with the rate of its settlement date (for a day without a published rate, the latest earlier rate); CAD amounts stay as they are. Sum per crop year and give the total in THOUSANDS of CAD rounded to 1 decimal. Return the crop-year label and the amount, one row per crop year.",
  [f"WITH {FXD} SELECT c.label, ROUND(SUM(s.net_amount * {FX}) / 1000, 1) FROM {ST} s {FXJ} JOIN {TK} t ON t.ticket_id = s.ticket_id "
   f"JOIN crop_years c ON {LD} BETWEEN c.starts_on AND c.ends_on WHERE s.status = 'paid' AND c.crop_year BETWEEN 2021 AND 2024 GROUP BY c.label"], False),
 # ------------------------------------------------------------------ order_by
 ("order_by", "hard",
  "Which 5 members delivered the most clean tonnes over crop years 2021-22 to 2024-25?",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Return member_no, farm_name and the clean tonnes rounded to 1 decimal (sum first), ordered by the rounded value, highest first, ties broken by member_no ascending; exactly 5 rows.",
  [f"SELECT m.member_no, m.farm_name, ROUND(SUM({CLEAN}), 1) AS clean_t FROM {TK} t JOIN members m ON m.member_id = t.member_id "
   f"WHERE t.voided_at IS NULL AND {LD} BETWEEN DATE '2021-08-01' AND DATE '2025-07-31' GROUP BY m.member_no, m.farm_name ORDER BY clean_t DESC, m.member_no LIMIT 5"], True),
 ("order_by", "hard",
  "Which 10 storage bins received the most clean tonnes in crop year 2024-25?",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Tickets without a bin are left out. Return elevator_code, bin_code and the clean tonnes rounded to 1 decimal (sum first), ordered by the rounded value, highest first, ties broken by elevator_code then bin_code; exactly 10 rows.",
  [f"SELECT e.elevator_code, b.bin_code, ROUND(SUM({CLEAN}), 1) AS clean_t FROM delivery_tickets t JOIN storage_bins b ON b.bin_id = t.bin_id "
   f"JOIN elevators e ON e.elevator_id = b.elevator_id WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY e.elevator_code, b.bin_code ORDER BY clean_t DESC, e.elevator_code, b.bin_code LIMIT 10"], True),
 ("order_by", "hard",
  "Rank all elevators by the number of tough valid deliveries they received in crop year 2023-24.",
  f"Tough = moisture strictly above the commodity's dry moisture limit. Crop year by the scale date (local). {V} Return elevator_code and the number (0 for an elevator without any), most first, ties broken by elevator_code ascending; one row per elevator.",
  [f"SELECT e.elevator_code, COUNT(t.ticket_id) AS n FROM elevators e LEFT JOIN (SELECT t.* FROM delivery_tickets t JOIN commodities c ON c.commodity_code = t.commodity_code "
   f"WHERE t.voided_at IS NULL AND t.moisture_pct > c.dry_moisture_max_pct AND {CY(2023)}) t ON t.elevator_id = e.elevator_id GROUP BY e.elevator_code ORDER BY n DESC, e.elevator_code"], True),
 ("order_by", "extra",
  "Which 5 settlement payments of crop year 2024-25 deliveries were the largest in Canadian dollars?",
  "Crop year by the ticket's scale date (local). Only payments count (not reversed settlements). Convert the net amount to CAD with the rate of the settlement date (for a day without a published rate, the latest earlier rate). Return settlement_id, ticket_no and the net amount in CAD rounded to whole dollars, ordered by the rounded amount, largest first, ties broken by settlement_id ascending; exactly 5 rows.",
  [f"WITH {FXD} SELECT s.settlement_id, t.ticket_no, ROUND(s.net_amount * {FX}, 0) AS net_cad FROM settlements s {FXJ} JOIN delivery_tickets t ON t.ticket_id = s.ticket_id "
   f"WHERE s.status = 'paid' AND {CY(2024)} ORDER BY net_cad DESC, s.settlement_id LIMIT 5"], True),
 ("order_by", "hard",
  "Rank the elevators by the number of valid delivery tickets they weighed in crop year 2020-21.",
  "Use each elevator's current elevator_code. Return elevator_code and the number of tickets, most first, ties broken by elevator_code ascending; one row per elevator with tickets.",
  ["SELECT e.elevator_code, COUNT(*) AS n FROM legacy_scale_tickets l JOIN legacy_elevator_code_map m ON m.old_elevator_code = l.old_elevator_code "
   "JOIN elevators e ON e.elevator_id = m.elevator_id WHERE l.void_flag = 'N' AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31' "
   "GROUP BY e.elevator_code ORDER BY n DESC, e.elevator_code"], True),
 ("order_by", "hard",
  "Which 5 rail-car loadouts of crop year 2023-24 were the heaviest?",
  "One row per loadout (a car loaded twice can appear twice). A loadout belongs to the crop year of its local loading date. Return car_number, railway_code and loaded tonnes, heaviest first, ties broken by car_number ascending; exactly 5 rows.",
  [f"SELECT car_number, railway_code, loaded_t FROM ({R23}) x ORDER BY loaded_t DESC, car_number LIMIT 5"], True),
 # ------------------------------------------------------------------ ratio
 ("ratio", "hard",
  "What percentage of the valid deliveries of crop year 2024-25 were tough, per commodity?",
  f"Tough = moisture strictly above the commodity's dry moisture limit. Crop year by the scale date (local). {V} Percentage of tickets (not tonnes), rounded to 2 decimals. Return commodity_code and the percentage, one row per commodity with deliveries.",
  [f"SELECT t.commodity_code, ROUND(100.0 * COUNT(*) FILTER (WHERE t.moisture_pct > c.dry_moisture_max_pct) / COUNT(*), 2) FROM delivery_tickets t "
   f"JOIN commodities c ON c.commodity_code = t.commodity_code WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY t.commodity_code"], False),
 ("ratio", "extra",
  "For each forward contract whose delivery window ended in crop year 2022-23, what percentage of the contracted tonnes was delivered?",
  f"Delivered = clean tonnes of the valid tickets delivered against the contract (whenever weighed). {CLEAN_TXT} Percentage = 100 * delivered / contracted tonnes, rounded to 2 decimals. The window ends on delivery_to. Return contract_no and the percentage, one row per such contract (0 when nothing was delivered).",
  [f"SELECT f.contract_no, ROUND(100 * COALESCE(SUM({CLEAN}) FILTER (WHERE t.voided_at IS NULL), 0) / f.contracted_t, 2) FROM forward_contracts f "
   f"LEFT JOIN {TK} t ON t.contract_id = f.contract_id WHERE f.delivery_to BETWEEN DATE '2022-08-01' AND DATE '2023-07-31' GROUP BY f.contract_id, f.contract_no, f.contracted_t"], False),
 ("ratio", "hard",
  "What share of the clean tonnes of valid hard red spring wheat delivered in crop year 2024-25 had final grade No. 1 (HRS-1)?",
  f"The final grade is the grade decided on appeal when a decided appeal exists, otherwise the scale grade. {CLEAN_TXT} Crop year by the scale date (local). Percentage rounded to 2 decimals; one number.",
  [f"SELECT ROUND(100 * SUM({CLEAN}) FILTER (WHERE {FG} = 'HRS-1') / SUM({CLEAN}), 2) FROM delivery_tickets t LEFT JOIN grade_appeals a ON a.ticket_id = t.ticket_id "
   f"WHERE t.commodity_code = 'HRS' AND t.voided_at IS NULL AND {CY(2024)}"], False),
 ("ratio", "extra",
  "What percentage of the delivery tickets of each crop year from 2020-21 to 2024-25 was voided?",
  "Count every ticket written (voided or not); crop year by the scale date (local). Percentage rounded to 2 decimals. Return the crop-year label and the percentage, one row per crop year.",
  [f"WITH x AS (SELECT l.ticket_date AS d, (l.void_flag = 'Y') AS v FROM legacy_scale_tickets l UNION ALL SELECT {LD}, t.voided_at IS NOT NULL FROM {TK} t) "
   "SELECT c.label, ROUND(100.0 * COUNT(*) FILTER (WHERE x.v) / COUNT(*), 2) FROM x JOIN crop_years c ON x.d BETWEEN c.starts_on AND c.ends_on "
   "WHERE c.crop_year BETWEEN 2020 AND 2024 GROUP BY c.label"], False),
 ("ratio", "extra",
  "For crop years 2023-24 and 2024-25, how many tonnes were loaded into rail cars per clean tonne received?",
  f"Loadouts by the crop year of their local loading date; deliveries by the crop year of their scale date (local). {CLEAN_TXT} {V} Ratio = loaded tonnes / clean tonnes received, rounded to 4 decimals. Return the crop-year label and the ratio, one row per crop year.",
  [f"WITH l AS (SELECT 2023 AS cy, SUM(loaded_t) AS t FROM ({R23N}) a UNION ALL SELECT 2024, SUM(loaded_t) FROM ({R24N}) b), "
   f"d AS (SELECT c.crop_year AS cy, SUM({CLEAN}) AS t FROM delivery_tickets t JOIN crop_years c ON {LD} BETWEEN c.starts_on AND c.ends_on WHERE t.voided_at IS NULL GROUP BY c.crop_year) "
   "SELECT c.label, ROUND(l.t / d.t, 4) FROM l JOIN d ON d.cy = l.cy JOIN crop_years c ON c.crop_year = l.cy"], False),
 ("ratio", "extra",
  "What share of the net amount paid for crop year 2024-25 deliveries, measured in Canadian dollars, was paid in US dollars?",
  "Crop year by the ticket's scale date (local). Only payments (not reversed settlements). Convert each net amount to CAD with the rate of its settlement date (for a day without a published rate, the latest earlier rate). Percentage = 100 * USD-paid amount in CAD / all paid in CAD, rounded to 2 decimals; one number.",
  [f"WITH {FXD} SELECT ROUND(100 * SUM(s.net_amount * {FX}) FILTER (WHERE s.currency_code = 'USD') / SUM(s.net_amount * {FX}), 2) FROM settlements s {FXJ} "
   f"JOIN delivery_tickets t ON t.ticket_id = s.ticket_id WHERE s.status = 'paid' AND {CY(2024)}"], False),
 # ------------------------------------------------------------------ table_join
 ("table_join", "hard",
  "How many valid delivery tickets of crop year 2020-21 does each member have?",
  "Return the member's current member_no and the number of tickets, one row per member with at least one such ticket.",
  ["SELECT m.member_no, COUNT(*) FROM legacy_scale_tickets l JOIN legacy_member_map mm ON mm.old_member_no = l.old_member_no JOIN members m ON m.member_id = mm.member_id "
   "WHERE l.void_flag = 'N' AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31' GROUP BY m.member_no"], False),
 ("table_join", "hard",
  "For every valid spot delivery of hard red spring wheat at the Swift Current elevator in October and November 2024, what posted price applied?",
  f"Spot = not delivered against a forward contract. Months by the scale date (local date at the elevator); the posted price is the one valid on that date for the ticket's final grade (the appeal's grade when a decided appeal exists, otherwise the scale grade) in the elevator's country. {V} Return ticket_no, the final grade code and the posted price per tonne, one row per ticket.",
  [f"SELECT t.ticket_no, {FG} AS grade_code, p.price_per_tonne FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id "
   f"JOIN regions rg ON rg.region_code = e.region_code LEFT JOIN grade_appeals a ON a.ticket_id = t.ticket_id "
   f"JOIN grade_price_schedule p ON p.country_code = rg.country_code AND p.grade_code = {FG} AND p.valid_from <= {LD} AND (p.valid_to IS NULL OR p.valid_to > {LD}) "
   f"WHERE e.name = 'Swift Current' AND t.commodity_code = 'HRS' AND t.contract_id IS NULL AND t.voided_at IS NULL AND {LD} BETWEEN DATE '2024-10-01' AND DATE '2024-11-30'"], False),
 ("table_join", "extra",
  "For every cancelled forward contract, how many clean tonnes were delivered against it?",
  f"Delivered = clean tonnes of the valid tickets delivered against the contract, whenever weighed. {CLEAN_TXT} Return contract_no, the member's farm_name, the elevator_code and the delivered clean tonnes rounded to 3 decimals (0 when none), one row per cancelled contract.",
  [f"SELECT f.contract_no, m.farm_name, e.elevator_code, ROUND(COALESCE(SUM({CLEAN}) FILTER (WHERE t.voided_at IS NULL), 0), 3) FROM forward_contracts f "
   f"JOIN members m ON m.member_id = f.member_id JOIN elevators e ON e.elevator_id = f.elevator_id LEFT JOIN {TK} t ON t.contract_id = f.contract_id "
   "WHERE f.status = 'cancelled' GROUP BY f.contract_id, f.contract_no, m.farm_name, e.elevator_code"], False),
 ("table_join", "hard",
  "Which membership tier did the member hold for each valid delivery weighed at the Brandon elevator in October 2024?",
  f"October 2024 by the scale date (local date at the elevator); the tier held on that date, not today's. {V} Return ticket_no, member_no and tier_code, one row per ticket.",
  [f"SELECT t.ticket_no, m.member_no, h.tier_code FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id JOIN members m ON m.member_id = t.member_id "
   f"JOIN member_tier_history h ON h.member_id = t.member_id AND h.valid_from <= {LD} AND (h.valid_to IS NULL OR h.valid_to > {LD}) "
   f"WHERE e.elevator_code = 'MB-BRN' AND t.voided_at IS NULL AND {LD} BETWEEN DATE '2024-10-01' AND DATE '2024-10-31'"], False),
 ("table_join", "hard",
  "For each elevator, how many storage bins does it have, what is their total capacity, and how many clean tonnes were dumped into them in crop year 2024-25?",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Return elevator_code, the number of bins, the total bin capacity in tonnes, and the clean tonnes dumped rounded to 1 decimal (0 when none), one row per elevator.",
  [f"WITH b AS (SELECT elevator_id, COUNT(*) AS n, SUM(capacity_t) AS cap FROM storage_bins GROUP BY elevator_id), "
   f"d AS (SELECT b.elevator_id, SUM({CLEAN}) AS t FROM delivery_tickets t JOIN storage_bins b ON b.bin_id = t.bin_id WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY b.elevator_id) "
   "SELECT e.elevator_code, b.n, b.cap, ROUND(COALESCE(d.t, 0), 1) FROM elevators e JOIN b ON b.elevator_id = e.elevator_id LEFT JOIN d ON d.elevator_id = e.elevator_id"], False),
 ("table_join", "extra",
  "For each payment made in September 2024 for deliveries at the Minot elevator, what was the net amount in US dollars, the exchange rate applied and the net amount in Canadian dollars?",
  "September 2024 by settled_on; only payments (not reversed settlements). The rate is the CAD-per-USD rate of the settlement date, or for a day without a published rate the latest earlier one. Return settlement_id, ticket_no, net amount, the rate, and net amount * rate rounded to whole dollars, one row per payment.",
  [f"WITH u AS (SELECT rate_date, cad_per_unit, LEAD(rate_date) OVER (ORDER BY rate_date) AS next_date FROM fx_rates WHERE currency_code = 'USD') "
   f"SELECT s.settlement_id, t.ticket_no, s.net_amount, u.cad_per_unit AS rate, ROUND(s.net_amount * u.cad_per_unit, 0) FROM {ST} s "
   f"JOIN u ON u.rate_date <= s.settled_on AND (u.next_date IS NULL OR u.next_date > s.settled_on) JOIN {TK} t ON t.ticket_id = s.ticket_id "
   "JOIN elevators e ON e.elevator_id = t.elevator_id WHERE e.name = 'Minot' AND s.status = 'paid' AND s.settled_on BETWEEN DATE '2024-09-01' AND DATE '2024-09-30'"], False),
]

Q += [
 # ------------------------------------------------------------------ where (2)
 ("where", "hard",
  "How many valid delivery tickets of crop year 2024-25 did the Havre elevator weigh at 18:00 or later in the evening?",
  f"18:00 or later on the scale-house wall clock (local time at the elevator), up to midnight. Crop year by the scale date (local). {V} Return one number.",
  [f"SELECT COUNT(*) FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id WHERE e.elevator_code = 'MT-HAV' AND t.voided_at IS NULL "
   f"AND t.weighed_at_local::time >= TIME '18:00:00' AND {CY(2024)}"], False),
 ("where", "hard",
  "Which settlements of crop year 2024-25 deliveries were reversed? Give their settlement ids.",
  "Crop year by the ticket's scale date (local date at the elevator). One row per settlement.",
  [f"SELECT s.settlement_id FROM settlements s JOIN delivery_tickets t ON t.ticket_id = s.ticket_id WHERE s.status = 'reversed' AND {CY(2024)}"], False),
 ("where", "hard",
  "Which valid deliveries of crop year 2023-24 had their grade changed by a decided appeal? Give their ticket numbers.",
  f"Changed = the appeal has been decided and its final grade differs from the grade given at the scale. Crop year by the scale date (local). {V} One row per ticket.",
  [f"SELECT t.ticket_no FROM delivery_tickets t JOIN grade_appeals a ON a.ticket_id = t.ticket_id WHERE a.final_grade_code IS NOT NULL "
   f"AND a.final_grade_code <> t.grade_code AND t.voided_at IS NULL AND {CY(2023)}"], False),
 ("where", "extra",
  "How many valid delivery tickets of crop year 2020-21 were tough?",
  "Tough = moisture strictly above the dry moisture limit of the ticket's commodity (the commodity of its grade). Return one number.",
  ["SELECT COUNT(*) FROM legacy_scale_tickets l JOIN legacy_grade_map gm ON gm.old_grade_code = l.old_grade_code JOIN grades g ON g.grade_code = gm.grade_code "
   "JOIN commodities c ON c.commodity_code = g.commodity_code WHERE l.void_flag = 'N' AND l.moisture_pct > c.dry_moisture_max_pct "
   "AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31'"], False),
 # ------------------------------------------------------------------ group_by (4)
 ("group_by", "hard",
  "How many clean tonnes of each commodity were received in crop year 2022-23?",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Return commodity_code and the clean tonnes rounded to 1 decimal (sum first), one row per commodity received.",
  [f"SELECT t.commodity_code, ROUND(SUM({CLEAN}), 1) FROM archive_delivery_tickets t WHERE t.voided_at IS NULL AND {CY(2022)} GROUP BY t.commodity_code"], False),
 ("group_by", "hard",
  "How many valid delivery tickets did the US elevators weigh in each accounting period of crop year 2024-25?",
  f"Periods as in the cooperative's crop-year calendar (period 1 = August); a ticket's period is decided by its scale date (local date at the elevator). {V} Return period_no and the number of tickets, one row per period with tickets.",
  [f"SELECT p.period_no, COUNT(*) FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id JOIN regions rg ON rg.region_code = e.region_code "
   f"JOIN crop_year_periods p ON p.crop_year = 2024 AND {LD} BETWEEN p.starts_on AND p.ends_on WHERE rg.country_code = 'US' AND t.voided_at IS NULL GROUP BY p.period_no"], False),
 ("group_by", "hard",
  "How much was charged for drying on the payments for crop year 2023-24 deliveries, per currency?",
  "Crop year by the ticket's scale date (local). Only payments (not reversed settlements). Amounts stay in their own currency. Return currency_code and the total drying charge, one row per currency.",
  [f"SELECT s.currency_code, SUM(s.drying_charge) FROM settlements s JOIN delivery_tickets t ON t.ticket_id = s.ticket_id WHERE s.status = 'paid' AND {CY(2023)} GROUP BY s.currency_code"], False),
 ("group_by", "hard",
  "How many tonnes were loaded into rail cars for each destination in crop year 2022-23?",
  "A loadout belongs to the crop year of its local loading date at the elevator. Return destination and the total loaded tonnes, one row per destination.",
  ["SELECT destination, SUM(loaded_t) FROM archive_rail_loadouts WHERE loaded_at_local >= TIMESTAMP '2022-08-01 00:00:00' AND loaded_at_local < TIMESTAMP '2023-08-01 00:00:00' GROUP BY destination"], False),
 # ------------------------------------------------------------------ order_by (4)
 ("order_by", "hard",
  "Rank the elevators by the average moisture of the valid deliveries they received in crop year 2024-25.",
  f"Average of moisture_pct over tickets, rounded to 2 decimals. Crop year by the scale date (local). {V} Return elevator_code and the average, ordered by the rounded average, highest first, ties broken by elevator_code ascending; one row per elevator with deliveries.",
  [f"SELECT e.elevator_code, ROUND(AVG(t.moisture_pct), 2) AS avg_m FROM delivery_tickets t JOIN elevators e ON e.elevator_id = t.elevator_id "
   f"WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY e.elevator_code ORDER BY avg_m DESC, e.elevator_code"], True),
 ("order_by", "hard",
  "Rank the commodities by the clean tonnes the US elevators received over crop years 2021-22 to 2024-25.",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Return commodity_code and the clean tonnes rounded to 1 decimal (sum first), ordered by the rounded value, most first, ties broken by commodity_code; one row per commodity received.",
  [f"SELECT t.commodity_code, ROUND(SUM({CLEAN}), 1) AS clean_t FROM {TK} t JOIN elevators e ON e.elevator_id = t.elevator_id JOIN regions rg ON rg.region_code = e.region_code "
   f"WHERE rg.country_code = 'US' AND t.voided_at IS NULL AND {LD} BETWEEN DATE '2021-08-01' AND DATE '2025-07-31' GROUP BY t.commodity_code ORDER BY clean_t DESC, t.commodity_code"], True),
 ("order_by", "hard",
  "Which 10 forward contracts signed in crop year 2024-25 have the largest contracted tonnage?",
  "Signed in the crop year = signed_on from 2024-08-01 to 2025-07-31. Return contract_no, the member's farm_name, the elevator_code and the contracted tonnes, largest first, ties broken by contract_no ascending; exactly 10 rows (fewer if there are fewer contracts).",
  ["SELECT f.contract_no, m.farm_name, e.elevator_code, f.contracted_t FROM forward_contracts f JOIN members m ON m.member_id = f.member_id JOIN elevators e ON e.elevator_id = f.elevator_id "
   "WHERE f.signed_on BETWEEN DATE '2024-08-01' AND DATE '2025-07-31' ORDER BY f.contracted_t DESC, f.contract_no LIMIT 10"], True),
 ("order_by", "hard",
  "Rank the accounting periods of crop year 2024-25 by the number of valid delivery tickets weighed in them.",
  f"Periods as in the crop-year calendar (period 1 = August); a ticket's period by its scale date (local date at the elevator). {V} Return period_no, the period's first day and the number of tickets, most first, ties broken by period_no ascending; one row per period with tickets.",
  [f"SELECT p.period_no, p.starts_on, COUNT(*) AS n FROM delivery_tickets t JOIN crop_year_periods p ON p.crop_year = 2024 AND {LD} BETWEEN p.starts_on AND p.ends_on "
   "WHERE t.voided_at IS NULL GROUP BY p.period_no, p.starts_on ORDER BY n DESC, p.period_no"], True),
 # ------------------------------------------------------------------ ratio (4)
 ("ratio", "hard",
  "What was the weighted dockage percentage of each elevator's valid deliveries in crop year 2024-25?",
  f"Weighted dockage = 100 * total dockage weight / total net weight, where dockage weight = net weight * dockage_pct / 100 and net = gross - tare. Crop year by the scale date (local). {V} Rounded to 2 decimals. Return elevator_code and the percentage, one row per elevator with deliveries.",
  [f"SELECT e.elevator_code, ROUND(100 * SUM((t.gross_kg - t.tare_kg) * t.dockage_pct / 100) / SUM(t.gross_kg - t.tare_kg), 2) FROM delivery_tickets t "
   f"JOIN elevators e ON e.elevator_id = t.elevator_id WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY e.elevator_code"], False),
 ("ratio", "hard",
  "What percentage of the clean tonnes received in crop year 2024-25 was delivered against forward contracts, per country of the elevator?",
  f"{CLEAN_TXT} {V} Crop year by the scale date (local). Percentage = 100 * contract clean tonnes / all clean tonnes, rounded to 2 decimals. Return country_code and the percentage, one row per country.",
  [f"SELECT rg.country_code, ROUND(100 * SUM({CLEAN}) FILTER (WHERE t.contract_id IS NOT NULL) / SUM({CLEAN}), 2) FROM delivery_tickets t "
   f"JOIN elevators e ON e.elevator_id = t.elevator_id JOIN regions rg ON rg.region_code = e.region_code WHERE t.voided_at IS NULL AND {CY(2024)} GROUP BY rg.country_code"], False),
 ("ratio", "extra",
  "What was the average clean tonnage per valid delivery in crop year 2023-24 for each membership tier?",
  f"Use the tier the member held on the ticket's scale date (local date at the elevator). {CLEAN_TXT} {V} Average = clean tonnes / number of tickets, rounded to 3 decimals. Return tier_code and the average, one row per tier with deliveries.",
  [f"SELECT h.tier_code, ROUND(SUM({CLEAN}) / COUNT(*), 3) FROM delivery_tickets t JOIN member_tier_history h ON h.member_id = t.member_id AND h.valid_from <= {LD} "
   f"AND (h.valid_to IS NULL OR h.valid_to > {LD}) WHERE t.voided_at IS NULL AND {CY(2023)} GROUP BY h.tier_code"], False),
 ("ratio", "hard",
  "For each commodity, what percentage of the gross amount of the payments for crop year 2024-25 deliveries was deducted as drying charges?",
  "Crop year by the ticket's scale date (local). Only payments (not reversed settlements). Percentage = 100 * drying charges / gross amounts, both summed in their own currencies, rounded to 2 decimals. Return commodity_code and the percentage, one row per commodity with payments.",
  [f"SELECT t.commodity_code, ROUND(100 * SUM(s.drying_charge) / SUM(s.gross_amount), 2) FROM settlements s JOIN delivery_tickets t ON t.ticket_id = s.ticket_id "
   f"WHERE s.status = 'paid' AND {CY(2024)} GROUP BY t.commodity_code"], False),
 # ------------------------------------------------------------------ table_join (4)
 ("table_join", "hard",
  "For each elevator, how many old scale-system codes did it have and how many valid delivery tickets of crop year 2020-21 were written under them?",
  "Return elevator_code, the number of old codes and the number of valid tickets (0 when none), one row per elevator that has at least one old code.",
  ["SELECT e.elevator_code, COUNT(DISTINCT m.old_elevator_code), COUNT(l.scale_ticket_no) FROM elevators e JOIN legacy_elevator_code_map m ON m.elevator_id = e.elevator_id "
   "LEFT JOIN legacy_scale_tickets l ON l.old_elevator_code = m.old_elevator_code AND l.void_flag = 'N' AND l.ticket_date BETWEEN DATE '2020-08-01' AND DATE '2021-07-31' "
   "GROUP BY e.elevator_code"], False),
 ("table_join", "hard",
  "How many tonnes of each commodity did each railway load in crop year 2024-25?",
  "A loadout belongs to the crop year of its local loading date; its commodity is the commodity of the grade loaded. Return railway_code, the commodity name and the total loaded tonnes, one row per railway and commodity loaded.",
  [f"SELECT x.railway_code, c.name, SUM(x.loaded_t) FROM ({R24}) x JOIN grades g ON g.grade_code = x.grade_code JOIN commodities c ON c.commodity_code = g.commodity_code "
   "GROUP BY x.railway_code, c.name"], False),
 ("table_join", "hard",
  "Which members made no valid delivery in crop year 2024-25?",
  f"Members only (duplicate accounts removed by soft delete are not members); crop year by the scale date (local). {V} Return member_no and farm_name, one row per member.",
  [f"SELECT m.member_no, m.farm_name FROM members m WHERE m.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM delivery_tickets t WHERE t.member_id = m.member_id "
   f"AND t.voided_at IS NULL AND {CY(2024)})"], False),
 ("table_join", "hard",
  "Which membership tier did the member hold on the signing day of each forward contract signed in crop year 2024-25?",
  "Signed in the crop year = signed_on from 2024-08-01 to 2025-07-31; the tier held on signed_on, not today's. Return contract_no, member_no and tier_code, one row per contract.",
  ["SELECT f.contract_no, m.member_no, h.tier_code FROM forward_contracts f JOIN members m ON m.member_id = f.member_id JOIN member_tier_history h ON h.member_id = f.member_id "
   "AND h.valid_from <= f.signed_on AND (h.valid_to IS NULL OR h.valid_to > f.signed_on) WHERE f.signed_on BETWEEN DATE '2024-08-01' AND DATE '2025-07-31'"], False),
]
# order the questions by category so that ids run where, group_by, order_by, ratio, table_join
_ORDER = ["where", "group_by", "order_by", "ratio", "table_join"]
Q = sorted(Q, key=lambda q: _ORDER.index(q[0]))

with open(ROOT / "questions/grain_coop.jsonl", "w", encoding="utf-8") as f:
    for i, (cat, diff, q, ins, gold, om) in enumerate(Q, 1):
        f.write(json.dumps({"id": f"{DB}-h{i:03d}", "db": DB, "category": cat, "difficulty": diff, "question": q, "instructions": ins,
                            "gold": gold, "order_matters": om, "split": "hard"}, ensure_ascii=False) + "\n")
print(len(Q), "questions")
