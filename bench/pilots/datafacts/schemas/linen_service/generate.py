"""Seeded generator for linen_service: the operations warehouse of a Dutch industrial laundry and
textile-rental company (the "facts only the data shows" pilot of the hard split).

TABLES holds every table's DDL spec (name, comment, columns, constraints); schema.sql is written
from it by ../../build_schema.py.  generate(seed) returns rows for every table, in TABLES order.

The data facts the pilot questions depend on are the SAME on every instance (only the amounts,
counts and dates vary with the seed); they are listed in ../../README.md and are deliberately not
spelled out in the column comments (as in real warehouses).  Stdlib only, deterministic, no wall clock.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

SEEDS = [5151, 2602, 77031, 909090]

EXTRACT = date(2025, 6, 30)
D0, D1 = date(2024, 1, 1), date(2025, 6, 30)
UTC = timezone.utc
CENT = Decimal("0.01")
OPEN_END = date(9999, 12, 31)

TABLES: list[dict] = []


def T(name, comment, cols, constraints=()):
    TABLES.append({"name": name, "comment": comment, "cols": cols, "constraints": list(constraints)})


T("regions", "Sales and operations regions.", [
    ("region_id", "integer PRIMARY KEY", "Region id."),
    ("region_name", "text NOT NULL UNIQUE", "Region name.")])
T("plants", "Laundry plants. Every route, machine, vehicle and driver belongs to one plant.", [
    ("plant_id", "integer PRIMARY KEY", "Plant id."),
    ("plant_code", "text NOT NULL UNIQUE", "Short plant code used in reports."),
    ("plant_name", "text NOT NULL", "Plant name."),
    ("city", "text NOT NULL", "City."),
    ("region_id", "integer NOT NULL REFERENCES regions", "Region of the plant."),
    ("opened_on", "date NOT NULL", "Date the plant started production.")])
T("customers", "Customer accounts (billing entities) from the CRM.", [
    ("customer_id", "integer PRIMARY KEY", "Customer id."),
    ("customer_no", "text NOT NULL UNIQUE", "Customer number used on invoices."),
    ("name", "text NOT NULL", "Registered customer name."),
    ("account_type", "text NOT NULL", "Kind of account (customer segment). Internal test accounts set up by IT are also flagged in this column."),
    ("region_id", "integer NOT NULL REFERENCES regions", "Sales region of the account."),
    ("vat_number", "text", "VAT registration number."),
    ("created_on", "date NOT NULL", "Date the account was opened in the CRM.")])
T("customer_sites", "Delivery addresses of customers (a hotel, a hospital wing, a restaurant kitchen). Each site is served by one plant.", [
    ("site_id", "integer PRIMARY KEY", "Site id."),
    ("customer_id", "integer NOT NULL REFERENCES customers", "Customer the site belongs to."),
    ("site_name", "text NOT NULL", "Site name."),
    ("city", "text NOT NULL", "City of the site."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant that serves the site."),
    ("delivery_window", "text", "Agreed delivery time window, free text from the CRM.")])
T("customer_contacts", "Contact persons of customers, from the CRM.", [
    ("contact_id", "integer PRIMARY KEY", "Contact id."),
    ("customer_id", "integer NOT NULL REFERENCES customers", "Customer."),
    ("full_name", "text NOT NULL", "Contact name."),
    ("role", "text", "Role of the contact at the customer."),
    ("email", "text", "E-mail address."),
    ("is_primary", "boolean NOT NULL", "True for the customer's main contact.")])
T("contracts", "Rental and service contracts. A customer may have several contracts over time.", [
    ("contract_id", "integer PRIMARY KEY", "Contract id."),
    ("contract_no", "text NOT NULL UNIQUE", "Contract number."),
    ("customer_id", "integer NOT NULL REFERENCES customers", "Customer."),
    ("valid_from", "date NOT NULL", "First day of the contract."),
    ("valid_to", "date NOT NULL", "Last day of the contract."),
    ("billing_cycle", "text NOT NULL", "How often the contract is invoiced."),
    ("discount", "numeric(6,3) NOT NULL", "Contract discount on list prices."),
    ("signed_by", "text", "Name of the sales representative who signed the contract.")])
T("product_categories", "Categories of rental textiles.", [
    ("category_code", "text PRIMARY KEY", "Category code."),
    ("category_name", "text NOT NULL", "Category name.")])
T("products", "Rental textile catalogue (one row per article).", [
    ("product_id", "integer PRIMARY KEY", "Product id."),
    ("item_code", "text NOT NULL UNIQUE", "Catalogue item code."),
    ("description", "text NOT NULL", "Article description."),
    ("category_code", "text NOT NULL REFERENCES product_categories", "Category."),
    ("weight_g", "integer NOT NULL", "Dry weight of one piece in grams.")])
T("price_list", "Weekly rental list prices per article, imported from the pricing tool. One row per article and price period.", [
    ("price_id", "integer PRIMARY KEY", "Price row id."),
    ("item_code", "text NOT NULL", "Catalogue item code of the article (products.item_code)."),
    ("valid_from", "date NOT NULL", "First day the price applies."),
    ("valid_to", "date NOT NULL", "Last day the price applies."),
    ("weekly_rental_eur", "numeric(8,3) NOT NULL", "List price in EUR for renting one piece for one week.")])
T("site_par_levels", "Agreed par levels: how many pieces of an article a site keeps in circulation (current agreement).", [
    ("site_id", "integer NOT NULL REFERENCES customer_sites", "Site."),
    ("product_id", "integer NOT NULL REFERENCES products", "Article."),
    ("par_qty", "integer NOT NULL", "Number of pieces agreed.")], ["PRIMARY KEY (site_id, product_id)"])
T("routes", "Delivery routes. Each route is driven once a week on its weekday.", [
    ("route_id", "integer PRIMARY KEY", "Route id."),
    ("route_code", "text NOT NULL UNIQUE", "Route code."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant the route starts from."),
    ("weekday", "integer NOT NULL", "ISO weekday the route is driven (1 = Monday)."),
    ("regular_vehicle_id", "integer", "Vehicle normally used on the route.")])
T("route_sites", "Which sites a route serves, and in which order. A site is visited every other week.", [
    ("route_id", "integer NOT NULL REFERENCES routes", "Route."),
    ("site_id", "integer NOT NULL UNIQUE REFERENCES customer_sites", "Site."),
    ("stop_order", "integer NOT NULL", "Planned position of the site on the route."),
    ("week_parity", "integer NOT NULL", "0 = visited in even ISO weeks, 1 = odd ISO weeks.")], ["PRIMARY KEY (route_id, site_id)"])
T("vehicles", "Delivery vans and trucks.", [
    ("vehicle_id", "integer PRIMARY KEY", "Vehicle id."),
    ("reg_plate", "text NOT NULL UNIQUE", "Registration plate."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Home plant."),
    ("make_model", "text NOT NULL", "Make and model."),
    ("capacity_kg", "integer NOT NULL", "Payload in kg."),
    ("in_service_from", "date NOT NULL", "Date the vehicle entered service.")])
T("drivers", "Delivery drivers (from the planning system).", [
    ("driver_id", "integer PRIMARY KEY", "Driver id."),
    ("first_name", "text NOT NULL", "First name."),
    ("last_name", "text NOT NULL", "Last name."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant the driver works from."),
    ("hired_on", "date NOT NULL", "Hire date."),
    ("left_on", "date", "Last working day; NULL while employed.")])
T("staff", "Plant staff other than drivers (production, maintenance, office).", [
    ("staff_id", "integer PRIMARY KEY", "Staff id."),
    ("first_name", "text NOT NULL", "First name."),
    ("last_name", "text NOT NULL", "Last name."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant."),
    ("job_title", "text NOT NULL", "Job title.")])
T("route_runs", "One driven route on one day.", [
    ("run_id", "integer PRIMARY KEY", "Run id."),
    ("route_id", "integer NOT NULL REFERENCES routes", "Route."),
    ("run_date", "date NOT NULL", "Day the route was driven."),
    ("vehicle_id", "integer NOT NULL REFERENCES vehicles", "Vehicle used."),
    ("driver_id", "integer NOT NULL REFERENCES drivers", "Driver."),
    ("started_at", "timestamptz NOT NULL", "Time the vehicle left the plant."),
    ("ended_at", "timestamptz", "Time the vehicle was back at the plant."),
    ("km_driven", "numeric(6,1)", "Distance driven.")], ["UNIQUE (route_id, run_date)"])
T("delivery_stops", "One visit of a site during a route run: clean linen delivered and soiled linen picked up.", [
    ("stop_id", "integer PRIMARY KEY", "Stop id."),
    ("run_id", "integer NOT NULL REFERENCES route_runs", "Route run."),
    ("site_id", "integer NOT NULL REFERENCES customer_sites", "Site visited."),
    ("stop_seq", "integer NOT NULL", "Position of the stop in the run."),
    ("status", "text NOT NULL", "Outcome of the stop as recorded in the driver app."),
    ("arrived_at", "timestamptz", "Arrival time at the site (NULL when the stop was not driven)."),
    ("pieces_delivered", "integer NOT NULL", "Clean pieces handed over."),
    ("soil_bags", "integer", "Number of soiled-linen bags picked up; NULL when nothing was picked up."),
    ("soil_weight", "numeric(8,2)", "Weight of the soiled linen picked up, as read from the scale; NULL when nothing was picked up."),
    ("soil_weight_unit", "text", "Unit of soil_weight.")])
T("wash_programs", "Washing programs of the plants' machines.", [
    ("program_code", "text PRIMARY KEY", "Program code."),
    ("description", "text NOT NULL", "Program description."),
    ("temperature_c", "integer NOT NULL", "Main wash temperature."),
    ("is_disinfection", "boolean NOT NULL", "True for thermal or chemo-thermal disinfection programs (hospital and care linen)."),
    ("controller_no", "integer NOT NULL UNIQUE", "Program number as set on older machine controllers.")])
T("machines", "Washer-extractors and tunnel washers.", [
    ("machine_id", "integer PRIMARY KEY", "Machine id."),
    ("machine_code", "text NOT NULL UNIQUE", "Machine code on the shop floor."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant."),
    ("machine_type", "text NOT NULL", "Kind of machine."),
    ("capacity_kg", "integer NOT NULL", "Dry-load capacity."),
    ("installed_on", "date NOT NULL", "Installation date.")])
T("wash_batches", "One wash cycle of one machine, as logged by the machine controller.", [
    ("batch_id", "integer PRIMARY KEY", "Batch id."),
    ("machine_id", "integer NOT NULL REFERENCES machines", "Machine."),
    ("program_code", "text NOT NULL", "Washing program that was run."),
    ("started_at", "timestamptz NOT NULL", "Cycle start."),
    ("ended_at", "timestamptz NOT NULL", "Cycle end."),
    ("load_kg", "numeric(6,1) NOT NULL", "Dry load weighed into the machine."),
    ("water_l", "integer", "Water used.")])
T("rejects", "Pieces taken out of circulation at inspection after a wash batch.", [
    ("reject_id", "integer PRIMARY KEY", "Reject id."),
    ("batch_id", "integer NOT NULL REFERENCES wash_batches", "Batch after which the pieces were inspected."),
    ("product_id", "integer NOT NULL REFERENCES products", "Article."),
    ("qty", "integer NOT NULL", "Number of pieces rejected."),
    ("reason", "text NOT NULL", "Reject reason entered by the inspector.")])
T("invoices", "Customer invoices (monthly rental and service).", [
    ("invoice_id", "integer PRIMARY KEY", "Invoice id."),
    ("invoice_no", "text NOT NULL UNIQUE", "Invoice number."),
    ("customer_id", "integer NOT NULL REFERENCES customers", "Customer billed."),
    ("invoice_date", "date NOT NULL", "Invoice date."),
    ("due_date", "date NOT NULL", "Payment due date."),
    ("total_amount", "numeric(12,2) NOT NULL", "Invoice total in EUR, VAT included."),
    ("status", "text NOT NULL", "Invoice status in the billing system.")])
T("payments", "Payments received, matched to invoices by the bank reconciliation.", [
    ("payment_id", "integer PRIMARY KEY", "Payment id."),
    ("invoice_id", "integer NOT NULL REFERENCES invoices", "Invoice the payment was matched to."),
    ("paid_on", "date NOT NULL", "Date the payment was received."),
    ("amount", "bigint NOT NULL", "Amount paid."),
    ("method", "text NOT NULL", "Payment method.")])
T("credit_notes", "Credit notes issued against invoices (damaged goods, missed deliveries, price corrections).", [
    ("credit_id", "integer PRIMARY KEY", "Credit note id."),
    ("invoice_id", "integer NOT NULL REFERENCES invoices", "Invoice credited."),
    ("issued_on", "date NOT NULL", "Date the credit note was issued."),
    ("amount", "numeric(12,2) NOT NULL", "Credit amount in EUR."),
    ("reason", "text", "Reason given.")])
T("damage_claims", "Claims by customers for damaged or missing pieces, from the web claims form.", [
    ("claim_id", "integer PRIMARY KEY", "Claim id."),
    ("claim_no", "text NOT NULL UNIQUE", "Claim number."),
    ("customer_id", "integer NOT NULL REFERENCES customers", "Customer."),
    ("product_id", "integer NOT NULL REFERENCES products", "Article claimed."),
    ("qty", "integer NOT NULL", "Number of pieces claimed."),
    ("reported_on", "text NOT NULL", "Date the customer reported the damage, as entered in the claims form."),
    ("claim_status", "text NOT NULL", "Handling status of the claim.")])
T("payroll_hours", "Monthly hours per employee, loaded from the external payroll provider's export.", [
    ("payroll_row_id", "integer PRIMARY KEY", "Row id."),
    ("employee_name", "text NOT NULL", "Employee's name as exported by the payroll provider."),
    ("period_start", "date NOT NULL", "First day of the pay period (a calendar month)."),
    ("regular_hours", "numeric(6,2) NOT NULL", "Contract hours worked."),
    ("overtime_hours", "numeric(6,2) NOT NULL", "Overtime hours paid.")])
T("fuel_transactions", "Fuel card transactions, loaded from the fuel card provider.", [
    ("txn_id", "integer PRIMARY KEY", "Transaction id."),
    ("plate", "text NOT NULL", "Registration plate of the vehicle, as captured by the fuel card provider."),
    ("txn_at", "timestamptz NOT NULL", "Time of the transaction."),
    ("station", "text", "Fuel station."),
    ("litres", "numeric(7,2) NOT NULL", "Litres of diesel."),
    ("amount_eur", "numeric(9,2) NOT NULL", "Amount charged in EUR, VAT included.")])
T("vehicle_services", "Workshop visits of vehicles.", [
    ("service_id", "integer PRIMARY KEY", "Service id."),
    ("vehicle_id", "integer NOT NULL REFERENCES vehicles", "Vehicle."),
    ("service_date", "date NOT NULL", "Date of the visit."),
    ("kind", "text NOT NULL", "Kind of service."),
    ("cost_eur", "numeric(9,2) NOT NULL", "Cost in EUR excluding VAT.")])
T("complaints", "Customer service complaints logged by the call centre.", [
    ("complaint_id", "integer PRIMARY KEY", "Complaint id."),
    ("site_id", "integer NOT NULL REFERENCES customer_sites", "Site the complaint is about."),
    ("opened_at", "timestamptz NOT NULL", "Time the complaint was logged."),
    ("topic", "text NOT NULL", "Topic chosen by the agent."),
    ("closed_at", "timestamptz", "Time the complaint was closed; NULL while open.")])
T("chemical_deliveries", "Deliveries of detergents and disinfectants to the plants.", [
    ("delivery_id", "integer PRIMARY KEY", "Delivery id."),
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant."),
    ("delivered_on", "date NOT NULL", "Delivery date."),
    ("chemical", "text NOT NULL", "Product name."),
    ("quantity_l", "numeric(8,1) NOT NULL", "Litres delivered."),
    ("cost_eur", "numeric(9,2) NOT NULL", "Cost in EUR excluding VAT.")])
T("garment_stock", "Month-end stock of clean pieces on the plant shelves, per article.", [
    ("plant_id", "integer NOT NULL REFERENCES plants", "Plant."),
    ("product_id", "integer NOT NULL REFERENCES products", "Article."),
    ("month_end", "date NOT NULL", "Last day of the month counted."),
    ("pieces_on_hand", "integer NOT NULL", "Pieces counted.")], ["PRIMARY KEY (plant_id, product_id, month_end)"])

TABLE_NAMES = [t["name"] for t in TABLES]

# ------------------------------------------------------------------------------------ reference data
REGIONS = [(1, "Noord"), (2, "Randstad"), (3, "Zuid")]
PLANTS = [(1, "AMS", "Amsterdam Westpoort", "Amsterdam", 2, date(2006, 3, 1)),
          (2, "RTM", "Rotterdam Waalhaven", "Rotterdam", 2, date(2009, 9, 1)),
          (3, "UTR", "Utrecht Lage Weide", "Utrecht", 2, date(2012, 5, 14)),
          (4, "EIN", "Eindhoven Acht", "Eindhoven", 3, date(2015, 2, 2)),
          (5, "GRQ", "Groningen Zernike", "Groningen", 1, date(2017, 10, 2))]
PLANT_REGION = {p[0]: p[4] for p in PLANTS}
ACCOUNT_TYPES = [("HOTEL", 0.38), ("HOSPITAL", 0.16), ("RESTAURANT", 0.2), ("CARE HOME", 0.16), ("SPA", 0.10)]
TEST_TYPE = "ZZ_TEST"
PREFIX = {"HOTEL": ["Hotel", "Grand Hotel", "Hotel", "Boutique Hotel"], "HOSPITAL": ["Ziekenhuis", "Medisch Centrum", "Kliniek"],
          "RESTAURANT": ["Restaurant", "Brasserie", "Eetcafé"], "CARE HOME": ["Zorgcentrum", "Woonzorg", "Verpleeghuis"],
          "SPA": ["Wellness", "Sauna", "Spa"]}
NAMES = ["De Linde", "Het Anker", "Zonnehof", "De Kroon", "Amstelzicht", "Maasoever", "De Eik", "Vechtstede", "Parkzicht",
         "De Wielewaal", "Rijnland", "Het Baken", "De Horst", "Lindenhof", "Waterkant", "De Meerpaal", "Kasteelhof",
         "Duinrand", "De Brug", "Oude Haven", "Beukenrode", "Zeezicht", "De Poort", "Hofstede", "Dommelstroom", "Ommeland",
         "Martini", "Noorderpoort", "Stadshart", "De Kade", "Singelzicht", "Kempenland", "Het Veer", "De Molen", "Rozenhof",
         "Westerpark", "Schiehaven", "Vondel", "De Ster", "Berkenhof"]
CITIES = {1: ["Amsterdam", "Haarlem", "Zaandam"], 2: ["Rotterdam", "Delft", "Dordrecht"], 3: ["Utrecht", "Amersfoort", "Zeist"],
          4: ["Eindhoven", "Helmond", "Tilburg"], 5: ["Groningen", "Assen", "Leeuwarden"]}
CATEGORIES = [("BATH", "Bath linen"), ("BED", "Bed linen"), ("TABLE", "Table linen"), ("WEAR", "Workwear"),
              ("PAT", "Patient wear"), ("MAT", "Floor mats")]
PRODUCTS = [("TWL-BATH-70", "Bath towel 70x140", "BATH", 600), ("TWL-HAND-50", "Hand towel 50x100", "BATH", 300),
            ("TWL-GUEST-30", "Guest towel 30x50", "BATH", 90), ("MAT-BATH-50", "Bath mat 50x70", "BATH", 400),
            ("ROBE-TERRY-L", "Terry bathrobe L", "BATH", 1200), ("SHT-SGL-160", "Flat sheet single 160x260", "BED", 550),
            ("SHT-DBL-240", "Flat sheet double 240x260", "BED", 800), ("DUV-SGL-140", "Duvet cover 140x220", "BED", 750),
            ("DUV-DBL-240", "Duvet cover 240x220", "BED", 1100), ("PIL-60-70", "Pillow case 60x70", "BED", 150),
            ("FIT-90-200", "Fitted sheet 90x200", "BED", 500), ("TBL-CLOTH-L", "Table cloth 180x280", "TABLE", 900),
            ("TBL-CLOTH-S", "Table cloth 130x130", "TABLE", 400), ("NAP-50", "Napkin 50x50", "TABLE", 60),
            ("APR-BIB", "Bib apron", "WEAR", 250), ("CHEF-JKT", "Chef jacket", "WEAR", 450), ("SCRUB-TOP", "Scrub top", "WEAR", 280),
            ("SCRUB-PANT", "Scrub trousers", "WEAR", 300), ("PAT-GOWN", "Patient gown", "PAT", 350),
            ("PAT-PYJ", "Patient pyjama set", "PAT", 500), ("INC-PAD", "Washable incontinence pad", "PAT", 420),
            ("MAT-ENT-85", "Entrance mat 85x150", "MAT", 3500), ("MAT-ENT-115", "Entrance mat 115x200", "MAT", 6000)]
CAT_OF = {p[0]: p[2] for p in PRODUCTS}
PRODUCTS_FOR = {"HOTEL": ["BATH", "BED", "TABLE", "MAT"], "HOSPITAL": ["BED", "PAT", "WEAR", "BATH"],
                "RESTAURANT": ["TABLE", "WEAR", "MAT"], "CARE HOME": ["BED", "PAT", "BATH"], "SPA": ["BATH", "MAT"],
                TEST_TYPE: ["BATH", "BED"]}
BASE_PRICE = {"BATH": 0.32, "BED": 0.41, "TABLE": 0.38, "WEAR": 0.55, "PAT": 0.47, "MAT": 2.9}
PROGRAMS = [("HOT90", "Hot wash 90 °C, white cotton", 90, False, 1), ("COL60", "Colour wash 60 °C", 60, False, 2),
            ("COL40", "Colour wash 40 °C", 40, False, 3), ("DEL30", "Delicates 30 °C", 30, False, 4),
            ("THD90", "Thermal disinfection 90 °C, 10 min hold", 90, True, 5),
            ("CTD60", "Chemo-thermal disinfection 60 °C (peracetic acid)", 60, True, 6),
            ("CTD70", "Chemo-thermal disinfection 70 °C, heavy soil", 70, True, 7),
            ("MAT40", "Mat wash 40 °C", 40, False, 8), ("KIT75", "Kitchen linen 75 °C, degreasing", 75, False, 9),
            ("RINSE", "Rinse and extract only", 20, False, 10)]
# machine_code, plant, type, capacity, installed  (installed before 2016 = old controller: logs 'PRG nn')
MACHINES = [("AMS-T1", 1, "tunnel washer", 600, date(2018, 4, 1)), ("AMS-W1", 1, "washer-extractor", 110, date(2011, 6, 1)),
            ("AMS-W2", 1, "washer-extractor", 110, date(2020, 1, 15)), ("AMS-W3", 1, "washer-extractor", 60, date(2013, 3, 1)),
            ("RTM-T1", 2, "tunnel washer", 700, date(2010, 2, 1)), ("RTM-W1", 2, "washer-extractor", 110, date(2019, 9, 1)),
            ("RTM-W2", 2, "washer-extractor", 60, date(2014, 5, 1)), ("UTR-T1", 3, "tunnel washer", 500, date(2021, 3, 1)),
            ("UTR-W1", 3, "washer-extractor", 110, date(2012, 5, 14)), ("UTR-W2", 3, "washer-extractor", 110, date(2022, 8, 1)),
            ("EIN-T1", 4, "tunnel washer", 500, date(2015, 2, 2)), ("EIN-W1", 4, "washer-extractor", 110, date(2017, 6, 1)),
            ("EIN-W2", 4, "washer-extractor", 60, date(2023, 1, 9)), ("GRQ-W1", 5, "washer-extractor", 110, date(2017, 10, 2)),
            ("GRQ-W2", 5, "washer-extractor", 110, date(2014, 1, 1)), ("GRQ-W3", 5, "washer-extractor", 60, date(2024, 2, 1))]
LEGACY_CUTOFF = date(2016, 1, 1)
REASONS = {"stain": ["stain", "Stain", "STAIN", "stain ", " Stain"], "tear": ["tear", "Tear", "TEAR", "tear "],
           "worn": ["worn", "Worn", "WORN"], "discoloured": ["discoloured", "Discoloured"], "hole": ["hole", "Hole", "HOLE "]}
REASON_W = [("stain", 0.34), ("tear", 0.22), ("worn", 0.2), ("discoloured", 0.12), ("hole", 0.12)]
STOP_STATUS = [("Delivered", 0.83), ("Delivered - partial", 0.07), ("Refused", 0.03), ("No access", 0.03), ("Cancelled", 0.04)]
INV_STATUS = ("Open", "Paid", "Void", "Written off")
DRIVER_NAMES = [("Jan", "de Vries"), ("Sanne", "Bakker"), ("Pieter", "Jansen"), ("Fatima", "El Amrani"), ("Mark", "Visser"),
                ("Lotte", "Smit"), ("Ahmed", "Yilmaz"), ("Bram", "Meijer"), ("Eva", "de Boer"), ("Kees", "Mulder"),
                ("Noor", "de Groot"), ("Tom", "Bos"), ("Daan", "Vos"), ("Iris", "Peters"), ("Ruben", "Hendriks"),
                ("Sven", "van Dijk"), ("Anouk", "Dekker"), ("Joost", "Brouwer"), ("Mila", "de Wit"), ("Wim", "Dijkstra"),
                ("Youssef", "Bakker"), ("Ingrid", "Smit"), ("Thijs", "van Leeuwen"), ("Karin", "Jansen")]
STAFF_NAMES = [("Henk", "Kok"), ("Marieke", "Prins"), ("Gerrit", "Huisman"), ("Lisa", "Koster"), ("Rob", "Willems"),
               ("Petra", "van der Linden"), ("Erik", "Schouten"), ("Ilse", "Post"), ("Frank", "Kuipers"), ("Joyce", "Veenstra"),
               ("Martin", "Kramer"), ("Saskia", "van den Berg"), ("Hans", "Vermeulen"), ("Nicole", "Maas"), ("Bas", "Hoekstra")]
JOBS = ["Production operator", "Maintenance technician", "Shift lead", "Planner", "Quality inspector"]
METHODS = ["bank transfer", "direct debit", "iDEAL"]


def _w(r, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def _money(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT)


def _months(a: date, b: date):
    y, m = a.year, a.month
    while date(y, m, 1) <= b:
        yield date(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _month_end(d: date) -> date:
    n = date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
    return n - timedelta(days=1)


def _plate(r, used):
    while True:
        p = f"{r.choice('VBDGHJKLNPRSTXZ')}{r.choice('BDFGHJKLNPRSTXZ')}-{r.randint(100, 999)}-{r.choice('BDFGHJKLNPRSTXZ')}"
        if p not in used:
            used.add(p)
            return p


def soil_unit(plant_id: int, d: date, r) -> str:
    """How the scale/app of each plant records the unit (the same rule on every instance)."""
    if plant_id == 1:
        return "kg"
    if plant_id == 2:
        return "KG"
    if plant_id == 3:
        return "kilogram" if d < date(2025, 2, 1) else "Kg"
    if plant_id == 4:
        return "KG" if r.random() < 0.3 else "kg"
    return "lbs" if d < date(2025, 3, 1) else "kg"


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)
    out: dict[str, list[tuple]] = {n: [] for n in TABLE_NAMES}
    out["regions"] = list(REGIONS)
    out["plants"] = list(PLANTS)
    out["product_categories"] = list(CATEGORIES)
    out["products"] = [(i + 1, p[0], p[1], p[2], p[3]) for i, p in enumerate(PRODUCTS)]
    pid_of = {p[0]: i + 1 for i, p in enumerate(PRODUCTS)}
    out["wash_programs"] = list(PROGRAMS)

    # prices: three periods per article; the pricing tool pads item codes to 16 characters
    price_level = {c: BASE_PRICE[c] * r.uniform(0.85, 1.2) for c in BASE_PRICE}
    pid = 0
    for code, _, cat, _w_g in PRODUCTS:
        base = price_level[cat] * r.uniform(0.8, 1.25) * (1 + _w_g / 4000)
        for vf, vt, f in ((date(2023, 1, 1), date(2023, 12, 31), 1.0), (date(2024, 1, 1), date(2024, 12, 31), r.uniform(1.02, 1.08)),
                          (date(2025, 1, 1), OPEN_END, r.uniform(1.08, 1.16))):
            pid += 1
            out["price_list"].append((pid, code.ljust(16), vf, vt, Decimal(str(round(base * f, 3)))))

    # customers: 72 real + 4 internal test accounts
    used_names = set()
    custs = []
    n_real = 72
    for i in range(n_real + 4):
        cid = i + 1
        if i < n_real:
            at = _w(r, ACCOUNT_TYPES)
            while True:
                nm = f"{r.choice(PREFIX[at])} {r.choice(NAMES)}"
                if nm not in used_names:
                    break
            plant = r.choice([1, 1, 2, 2, 3, 4, 5])
        else:
            at = TEST_TYPE
            nm = f"IT Testaccount {i - n_real + 1}"
            plant = [1, 2, 4, 5][i - n_real]
        used_names.add(nm)
        vat = None if r.random() < 0.08 else f"NL{r.randint(100000000, 999999999)}B{r.randint(1, 99):02d}"
        created = date(2015, 1, 1) + timedelta(days=r.randint(0, 2900))
        if at == TEST_TYPE:
            created = date(2023, 6, 1) + timedelta(days=i)
        custs.append((cid, f"C{10000 + cid * 7}", nm, at, PLANT_REGION[plant], vat, created, plant))
    out["customers"] = [c[:7] for c in custs]
    ctype = {c[0]: c[3] for c in custs}

    sites = []
    sid = 0
    for c in custs:
        n = 1 if c[3] in ("RESTAURANT", "SPA", TEST_TYPE) else r.choice([1, 1, 2, 2, 3])
        for k in range(n):
            sid += 1
            plant = c[7] if k == 0 else r.choice([c[7], c[7], r.randint(1, 5)])
            nm = c[2] if n == 1 else f"{c[2]} - {['Hoofdgebouw', 'Locatie Oost', 'Locatie West'][k]}"
            win = r.choice(["06:00-09:00", "07:00-10:00", "voor 08:00", "14:00-16:00", None, "ma-vr 07-11u"])
            sites.append((sid, c[0], nm, r.choice(CITIES[plant]), plant, win))
    out["customer_sites"] = sites

    cc = 0
    for c in custs:
        for k in range(r.choice([1, 1, 2])):
            cc += 1
            fn, ln = r.choice(STAFF_NAMES + DRIVER_NAMES)
            out["customer_contacts"].append((cc, c[0], f"{fn} {ln}", r.choice(["Facilitair manager", "Inkoop", "Housekeeping", None]),
                                             f"{fn.lower()}.{ln.lower().replace(' ', '')}@example.nl", k == 0))

    # contracts: history per customer; open-ended contracts end on 9999-12-31
    kid = 0
    disc_of = {}
    for c in custs:
        start = date(2019, 1, 1) + timedelta(days=r.randint(0, 1400)) if c[3] != TEST_TYPE else date(2023, 7, 1)
        n = r.choice([1, 2, 2, 3])
        for k in range(n):
            kid += 1
            last = k == n - 1
            if last:
                end = OPEN_END if r.random() < 0.82 or c[3] == TEST_TYPE else start + timedelta(days=r.randint(400, 1100))
            else:
                end = start + timedelta(days=r.randint(365, 900))
            disc = Decimal(str(r.choice([0, 0, 25, 50, 50, 75, 100, 100, 125, 150, 175, 200]) / 1000)).quantize(Decimal("0.001"))
            out["contracts"].append((kid, f"K-{start.year}-{kid:04d}", c[0], start, end, r.choice(["monthly", "monthly", "4-weekly"]),
                                     disc, r.choice(["M. de Jong", "A. Verbeek", "R. Lammers", None])))
            disc_of.setdefault(c[0], disc)
            if end == OPEN_END:
                break
            start = end + timedelta(days=1)

    # par levels
    bycat = {}
    for code, _, cat, _g in PRODUCTS:
        bycat.setdefault(cat, []).append(pid_of[code])
    for s in sites:
        cats = PRODUCTS_FOR[ctype[s[1]]]
        chosen = set()
        for _ in range(r.randint(2, 5)):
            chosen.add(r.choice(bycat[r.choice(cats)]))
        for p in sorted(chosen):
            out["site_par_levels"].append((s[0], p, r.choice([10, 20, 25, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400])))

    # vehicles, drivers, staff, routes
    used_p = set()
    vehicles = []
    ROUTE_PLAN = {1: 3, 2: 3, 3: 2, 4: 2, 5: 2}
    vid = 0
    for plant, nr in ROUTE_PLAN.items():
        for k in range(nr + 1):
            vid += 1
            vehicles.append((vid, _plate(r, used_p), plant, r.choice(["Mercedes Sprinter", "Iveco Daily", "DAF LF", "Renault Master"]),
                             r.choice([1200, 1500, 3500]), date(2016, 1, 1) + timedelta(days=r.randint(0, 2500))))
    out["vehicles"] = vehicles
    veh_of_plant = {p: [v[0] for v in vehicles if v[2] == p] for p in ROUTE_PLAN}
    drivers = []
    for i, (fn, ln) in enumerate(DRIVER_NAMES):
        plant = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 1, 2][i]
        left = None if r.random() < 0.85 else date(2025, 1, 1) + timedelta(days=r.randint(0, 150))
        drivers.append((i + 1, fn, ln, plant, date(2012, 1, 1) + timedelta(days=r.randint(0, 4000)), left))
    out["drivers"] = drivers
    out["staff"] = [(i + 1, fn, ln, (i % 5) + 1, JOBS[i % len(JOBS)]) for i, (fn, ln) in enumerate(STAFF_NAMES)]
    routes = []
    rid = 0
    for plant, nr in ROUTE_PLAN.items():
        pc = PLANTS[plant - 1][1]
        for k in range(nr):
            rid += 1
            routes.append((rid, f"{pc}-{k + 1:02d}", plant, [1, 2, 3, 4, 5][(rid * 2 + k) % 5], veh_of_plant[plant][k]))
    out["routes"] = routes
    routes_of_plant = {p: [x for x in routes if x[2] == p] for p in ROUTE_PLAN}
    rs = {}
    for s in sites:
        rt = r.choice(routes_of_plant[s[4]])
        rs.setdefault(rt[0], []).append(s[0])
    for rt_id in sorted(rs):
        for k, s_id in enumerate(rs[rt_id]):
            out["route_sites"].append((rt_id, s_id, k + 1, k % 2))
    site_plant = {s[0]: s[4] for s in sites}

    # runs and stops
    run_id = stop_id = 0
    drv_of_plant = {p: [d for d in drivers if d[3] == p] for p in ROUTE_PLAN}
    for rt in routes:
        d = D0 + timedelta(days=(rt[3] - D0.isoweekday()) % 7)
        while d <= D1:
            if r.random() < 0.015:  # public holiday / skipped
                d += timedelta(days=7)
                continue
            run_id += 1
            veh = rt[4] if r.random() < 0.9 else r.choice(veh_of_plant[rt[2]])
            cand = [x for x in drv_of_plant[rt[2]] if x[5] is None or x[5] >= d] or drv_of_plant[rt[2]]
            drv = r.choice(cand)[0]
            st = datetime(d.year, d.month, d.day, 5, r.randint(0, 59), tzinfo=UTC)
            t = st
            seq = 0
            parity = d.isocalendar()[1] % 2
            for k, s_id in enumerate(rs.get(rt[0], [])):
                if k % 2 != parity:
                    continue
                seq += 1
                stop_id += 1
                status = _w(r, STOP_STATUS)
                t = t + timedelta(minutes=r.randint(15, 50))
                arrived = None if status == "Cancelled" else t
                if status in ("Delivered", "Delivered - partial"):
                    pcs = r.randint(40, 900) if status == "Delivered" else r.randint(10, 300)
                    bags = r.randint(1, 14)
                    kg = bags * r.uniform(6, 13)
                    unit = soil_unit(site_plant[s_id], d, r)
                    w = Decimal(str(round(kg / 0.45359237 if unit == "lbs" else kg, 1))).quantize(CENT)
                    out["delivery_stops"].append((stop_id, run_id, s_id, seq, status, arrived, pcs, bags, w, unit))
                else:
                    out["delivery_stops"].append((stop_id, run_id, s_id, seq, status, arrived, 0, None, None, None))
            et = t + timedelta(minutes=r.randint(20, 70))
            out["route_runs"].append((run_id, rt[0], d, veh, drv, st, et, Decimal(str(round(r.uniform(60, 240), 1)))))
            d += timedelta(days=7)

    # machines and wash batches
    out["machines"] = [(i + 1, m[0], m[1], m[2], m[3], m[4]) for i, m in enumerate(MACHINES)]
    prog_w = {"HOT90": 3, "COL60": 3, "COL40": 2, "DEL30": 1, "THD90": 2, "CTD60": 2, "CTD70": 1, "MAT40": 1, "KIT75": 2, "RINSE": 1}
    hosp_bias = {p: r.uniform(0.5, 2.0) for p in range(1, 6)}
    bid = 0
    batches = []
    for i, m in enumerate(MACHINES):
        mid = i + 1
        legacy = m[4] < LEGACY_CUTOFF
        n = r.randint(35, 75) if m[2] == "washer-extractor" else r.randint(60, 90)
        for _ in range(n):
            day = max(D0, m[4]) + timedelta(days=r.randint(0, (D1 - max(D0, m[4])).days))
            pairs = [(p[0], prog_w[p[0]] * (hosp_bias[m[1]] if p[3] else 1)) for p in PROGRAMS]
            prog = _w(r, pairs)
            no = next(p[4] for p in PROGRAMS if p[0] == prog)
            code = f"PRG {no:02d}" if legacy else prog
            st = datetime(day.year, day.month, day.day, r.randint(0, 23), r.randint(0, 59), tzinfo=UTC)
            bid += 1
            load = Decimal(str(round(m[3] * r.uniform(0.6, 1.0), 1)))
            batches.append(bid)
            out["wash_batches"].append((bid, mid, code, st, st + timedelta(minutes=r.randint(35, 95)), load, int(float(load) * r.uniform(4, 9))))
    out["wash_batches"].sort(key=lambda b: (b[3], b[0]))
    for k in range(r.randint(380, 460)):
        reason = _w(r, REASON_W)
        out["rejects"].append((k + 1, r.choice(batches), r.randint(1, len(PRODUCTS)), r.randint(1, 9), r.choice(REASONS[reason])))

    # invoices, payments (amount in euro cents), credit notes (negative amounts)
    inv_id = pay_id = cred_id = 0
    size = {"HOTEL": 3200, "HOSPITAL": 7800, "RESTAURANT": 900, "CARE HOME": 2600, "SPA": 700, TEST_TYPE: 150}
    pay_behaviour = {c[0]: r.uniform(0.0, 1.0) for c in custs}
    for c in custs:
        lvl = size[c[3]] * r.uniform(0.5, 1.6)
        for m in _months(date(2024, 1, 1), date(2025, 5, 1)):
            if r.random() < 0.05:
                continue
            inv_id += 1
            idate = _month_end(m)
            due = idate + timedelta(days=30)
            tot = _money(lvl * r.uniform(0.8, 1.2))
            age = (EXTRACT - due).days
            x = r.random()
            if x < 0.03:
                status = "Void"
            elif age > 0 and x < 0.05:
                status = "Written off"
            elif age <= 0:
                status = "Open" if x < 0.7 else "Paid"
            else:
                status = "Open" if x < 0.05 + 0.12 * pay_behaviour[c[0]] else "Paid"
            out["invoices"].append((inv_id, f"F{idate.year}-{inv_id:05d}", c[0], idate, due, tot, status))
            cents = int(tot * 100)
            if status == "Paid":
                pd = idate + timedelta(days=r.randint(5, 60))
                if r.random() < 0.15:
                    part = int(cents * r.uniform(0.3, 0.7))
                    pay_id += 1
                    out["payments"].append((pay_id, inv_id, pd, part, r.choice(METHODS)))
                    pay_id += 1
                    out["payments"].append((pay_id, inv_id, pd + timedelta(days=r.randint(3, 40)), cents - part, r.choice(METHODS)))
                else:
                    pay_id += 1
                    out["payments"].append((pay_id, inv_id, pd, cents, r.choice(METHODS)))
            elif status in ("Open", "Written off") and r.random() < 0.3:
                pay_id += 1
                out["payments"].append((pay_id, inv_id, idate + timedelta(days=r.randint(10, 50)),
                                        int(cents * r.uniform(0.1, 0.6)), r.choice(METHODS)))
            if status != "Void" and r.random() < 0.07:
                cred_id += 1
                out["credit_notes"].append((cred_id, inv_id, idate + timedelta(days=r.randint(3, 45)),
                                            -_money(float(tot) * r.uniform(0.03, 0.3)),
                                            r.choice(["damaged pieces", "missed delivery", "price correction", None])))
    out["payments"] = [p for p in out["payments"] if p[2] <= EXTRACT]
    out["credit_notes"] = [p for p in out["credit_notes"] if p[2] <= EXTRACT]

    # damage claims: reported_on typed as DD/MM/YYYY in the web form
    for k in range(r.randint(230, 290)):
        c = r.choice(custs)
        cats = PRODUCTS_FOR[c[3]]
        prod = r.choice(bycat[r.choice(cats)])
        d = D0 + timedelta(days=r.randint(0, (D1 - D0).days))
        out["damage_claims"].append((k + 1, f"DC-{24000 + k * 3 + r.randint(0, 2)}", c[0], prod, r.randint(1, 30),
                                     d.strftime("%d/%m/%Y"), r.choice(["new", "approved", "approved", "rejected", "credited"])))

    # payroll export: 'LASTNAME, Firstname'
    prow = 0
    people = [(fn, ln, True, d) for (_i, fn, ln, _p, _h, d) in [(x[0], x[1], x[2], x[3], x[4], x[5]) for x in drivers]]
    people += [(fn, ln, False, None) for fn, ln in STAFF_NAMES]
    ot_level = {(fn, ln): r.uniform(0, 14) for fn, ln, _, _ in people}
    for m in _months(date(2024, 1, 1), date(2025, 5, 1)):
        for fn, ln, is_drv, left in people:
            if left is not None and left < m:
                continue
            prow += 1
            ot = Decimal(str(round(max(0.0, r.gauss(ot_level[(fn, ln)], 4)) * 4) / 4)).quantize(CENT)
            out["payroll_hours"].append((prow, f"{ln.upper()}, {fn}", m, Decimal(r.choice([120, 136, 152, 160, 168])).quantize(CENT), ot))

    # fuel card transactions: plate without the hyphens
    tx = 0
    for v in vehicles:
        d = D0 + timedelta(days=r.randint(0, 6))
        while d <= D1:
            tx += 1
            lit = Decimal(str(round(r.uniform(35, 95), 2)))
            price = r.uniform(1.68, 2.05)
            out["fuel_transactions"].append((tx, v[1].replace("-", ""), datetime(d.year, d.month, d.day, r.randint(6, 19), r.randint(0, 59), tzinfo=UTC),
                                             r.choice(["Shell", "TotalEnergies", "Tango", "BP", "Esso"]), lit, _money(float(lit) * price)))
            d += timedelta(days=r.randint(8, 16))
    out["fuel_transactions"].sort(key=lambda t: (t[2], t[0]))

    sv = 0
    for v in vehicles:
        for _ in range(r.randint(2, 5)):
            sv += 1
            out["vehicle_services"].append((sv, v[0], D0 + timedelta(days=r.randint(0, 540)), r.choice(["periodic", "tyres", "repair", "APK"]),
                                            _money(r.uniform(120, 2400))))
    for k in range(r.randint(120, 170)):
        s = r.choice(sites)
        d = D0 + timedelta(days=r.randint(0, 540))
        op = datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59), tzinfo=UTC)
        out["complaints"].append((k + 1, s[0], op, r.choice(["late delivery", "short delivery", "quality", "invoice", "driver"]),
                                  None if r.random() < 0.1 else op + timedelta(hours=r.randint(2, 300))))
    dl = 0
    for p in range(1, 6):
        for m in _months(date(2024, 1, 1), date(2025, 6, 1)):
            for chem in ("Detergent base", "Peracetic acid 15%"):
                if r.random() < 0.6:
                    dl += 1
                    q = Decimal(str(round(r.uniform(200, 1500), 1)))
                    out["chemical_deliveries"].append((dl, p, m + timedelta(days=r.randint(0, 25)), chem, q, _money(float(q) * r.uniform(1.1, 3.4))))
    for p in range(1, 6):
        for m in _months(date(2025, 1, 1), date(2025, 5, 1)):
            for prod in range(1, len(PRODUCTS) + 1, 2):
                out["garment_stock"].append((p, prod, _month_end(m), r.randint(0, 2500)))
    return out


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, sum(len(v) for v in d.values()), {k: len(v) for k, v in d.items() if len(v) > 300})
