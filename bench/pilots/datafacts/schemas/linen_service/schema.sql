-- linen_service: operations warehouse of an industrial laundry and textile-rental company (data-facts pilot).
-- DDL only; rows come from generate.py. Written by bench/pilots/datafacts/build_schema.py from generate.TABLES.

CREATE TABLE regions (
    region_id integer PRIMARY KEY,
    region_name text NOT NULL UNIQUE
);
COMMENT ON TABLE regions IS 'Sales and operations regions.';
COMMENT ON COLUMN regions.region_id IS 'Region id.';
COMMENT ON COLUMN regions.region_name IS 'Region name.';

CREATE TABLE plants (
    plant_id integer PRIMARY KEY,
    plant_code text NOT NULL UNIQUE,
    plant_name text NOT NULL,
    city text NOT NULL,
    region_id integer NOT NULL REFERENCES regions,
    opened_on date NOT NULL
);
COMMENT ON TABLE plants IS 'Laundry plants. Every route, machine, vehicle and driver belongs to one plant.';
COMMENT ON COLUMN plants.plant_id IS 'Plant id.';
COMMENT ON COLUMN plants.plant_code IS 'Short plant code used in reports.';
COMMENT ON COLUMN plants.plant_name IS 'Plant name.';
COMMENT ON COLUMN plants.city IS 'City.';
COMMENT ON COLUMN plants.region_id IS 'Region of the plant.';
COMMENT ON COLUMN plants.opened_on IS 'Date the plant started production.';

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    customer_no text NOT NULL UNIQUE,
    name text NOT NULL,
    account_type text NOT NULL,
    region_id integer NOT NULL REFERENCES regions,
    vat_number text,
    created_on date NOT NULL
);
COMMENT ON TABLE customers IS 'Customer accounts (billing entities) from the CRM.';
COMMENT ON COLUMN customers.customer_id IS 'Customer id.';
COMMENT ON COLUMN customers.customer_no IS 'Customer number used on invoices.';
COMMENT ON COLUMN customers.name IS 'Registered customer name.';
COMMENT ON COLUMN customers.account_type IS 'Kind of account (customer segment). Internal test accounts set up by IT are also flagged in this column.';
COMMENT ON COLUMN customers.region_id IS 'Sales region of the account.';
COMMENT ON COLUMN customers.vat_number IS 'VAT registration number.';
COMMENT ON COLUMN customers.created_on IS 'Date the account was opened in the CRM.';

CREATE TABLE customer_sites (
    site_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    site_name text NOT NULL,
    city text NOT NULL,
    plant_id integer NOT NULL REFERENCES plants,
    delivery_window text
);
COMMENT ON TABLE customer_sites IS 'Delivery addresses of customers (a hotel, a hospital wing, a restaurant kitchen). Each site is served by one plant.';
COMMENT ON COLUMN customer_sites.site_id IS 'Site id.';
COMMENT ON COLUMN customer_sites.customer_id IS 'Customer the site belongs to.';
COMMENT ON COLUMN customer_sites.site_name IS 'Site name.';
COMMENT ON COLUMN customer_sites.city IS 'City of the site.';
COMMENT ON COLUMN customer_sites.plant_id IS 'Plant that serves the site.';
COMMENT ON COLUMN customer_sites.delivery_window IS 'Agreed delivery time window, free text from the CRM.';

CREATE TABLE customer_contacts (
    contact_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    full_name text NOT NULL,
    role text,
    email text,
    is_primary boolean NOT NULL
);
COMMENT ON TABLE customer_contacts IS 'Contact persons of customers, from the CRM.';
COMMENT ON COLUMN customer_contacts.contact_id IS 'Contact id.';
COMMENT ON COLUMN customer_contacts.customer_id IS 'Customer.';
COMMENT ON COLUMN customer_contacts.full_name IS 'Contact name.';
COMMENT ON COLUMN customer_contacts.role IS 'Role of the contact at the customer.';
COMMENT ON COLUMN customer_contacts.email IS 'E-mail address.';
COMMENT ON COLUMN customer_contacts.is_primary IS 'True for the customer''s main contact.';

CREATE TABLE contracts (
    contract_id integer PRIMARY KEY,
    contract_no text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    billing_cycle text NOT NULL,
    discount numeric(6,3) NOT NULL,
    signed_by text
);
COMMENT ON TABLE contracts IS 'Rental and service contracts. A customer may have several contracts over time.';
COMMENT ON COLUMN contracts.contract_id IS 'Contract id.';
COMMENT ON COLUMN contracts.contract_no IS 'Contract number.';
COMMENT ON COLUMN contracts.customer_id IS 'Customer.';
COMMENT ON COLUMN contracts.valid_from IS 'First day of the contract.';
COMMENT ON COLUMN contracts.valid_to IS 'Last day of the contract.';
COMMENT ON COLUMN contracts.billing_cycle IS 'How often the contract is invoiced.';
COMMENT ON COLUMN contracts.discount IS 'Contract discount on list prices.';
COMMENT ON COLUMN contracts.signed_by IS 'Name of the sales representative who signed the contract.';

CREATE TABLE product_categories (
    category_code text PRIMARY KEY,
    category_name text NOT NULL
);
COMMENT ON TABLE product_categories IS 'Categories of rental textiles.';
COMMENT ON COLUMN product_categories.category_code IS 'Category code.';
COMMENT ON COLUMN product_categories.category_name IS 'Category name.';

CREATE TABLE products (
    product_id integer PRIMARY KEY,
    item_code text NOT NULL UNIQUE,
    description text NOT NULL,
    category_code text NOT NULL REFERENCES product_categories,
    weight_g integer NOT NULL
);
COMMENT ON TABLE products IS 'Rental textile catalogue (one row per article).';
COMMENT ON COLUMN products.product_id IS 'Product id.';
COMMENT ON COLUMN products.item_code IS 'Catalogue item code.';
COMMENT ON COLUMN products.description IS 'Article description.';
COMMENT ON COLUMN products.category_code IS 'Category.';
COMMENT ON COLUMN products.weight_g IS 'Dry weight of one piece in grams.';

CREATE TABLE price_list (
    price_id integer PRIMARY KEY,
    item_code text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    weekly_rental_eur numeric(8,3) NOT NULL
);
COMMENT ON TABLE price_list IS 'Weekly rental list prices per article, imported from the pricing tool. One row per article and price period.';
COMMENT ON COLUMN price_list.price_id IS 'Price row id.';
COMMENT ON COLUMN price_list.item_code IS 'Catalogue item code of the article (products.item_code).';
COMMENT ON COLUMN price_list.valid_from IS 'First day the price applies.';
COMMENT ON COLUMN price_list.valid_to IS 'Last day the price applies.';
COMMENT ON COLUMN price_list.weekly_rental_eur IS 'List price in EUR for renting one piece for one week.';

CREATE TABLE site_par_levels (
    site_id integer NOT NULL REFERENCES customer_sites,
    product_id integer NOT NULL REFERENCES products,
    par_qty integer NOT NULL,
    PRIMARY KEY (site_id, product_id)
);
COMMENT ON TABLE site_par_levels IS 'Agreed par levels: how many pieces of an article a site keeps in circulation (current agreement).';
COMMENT ON COLUMN site_par_levels.site_id IS 'Site.';
COMMENT ON COLUMN site_par_levels.product_id IS 'Article.';
COMMENT ON COLUMN site_par_levels.par_qty IS 'Number of pieces agreed.';

CREATE TABLE routes (
    route_id integer PRIMARY KEY,
    route_code text NOT NULL UNIQUE,
    plant_id integer NOT NULL REFERENCES plants,
    weekday integer NOT NULL,
    regular_vehicle_id integer
);
COMMENT ON TABLE routes IS 'Delivery routes. Each route is driven once a week on its weekday.';
COMMENT ON COLUMN routes.route_id IS 'Route id.';
COMMENT ON COLUMN routes.route_code IS 'Route code.';
COMMENT ON COLUMN routes.plant_id IS 'Plant the route starts from.';
COMMENT ON COLUMN routes.weekday IS 'ISO weekday the route is driven (1 = Monday).';
COMMENT ON COLUMN routes.regular_vehicle_id IS 'Vehicle normally used on the route.';

CREATE TABLE route_sites (
    route_id integer NOT NULL REFERENCES routes,
    site_id integer NOT NULL UNIQUE REFERENCES customer_sites,
    stop_order integer NOT NULL,
    week_parity integer NOT NULL,
    PRIMARY KEY (route_id, site_id)
);
COMMENT ON TABLE route_sites IS 'Which sites a route serves, and in which order. A site is visited every other week.';
COMMENT ON COLUMN route_sites.route_id IS 'Route.';
COMMENT ON COLUMN route_sites.site_id IS 'Site.';
COMMENT ON COLUMN route_sites.stop_order IS 'Planned position of the site on the route.';
COMMENT ON COLUMN route_sites.week_parity IS '0 = visited in even ISO weeks, 1 = odd ISO weeks.';

CREATE TABLE vehicles (
    vehicle_id integer PRIMARY KEY,
    reg_plate text NOT NULL UNIQUE,
    plant_id integer NOT NULL REFERENCES plants,
    make_model text NOT NULL,
    capacity_kg integer NOT NULL,
    in_service_from date NOT NULL
);
COMMENT ON TABLE vehicles IS 'Delivery vans and trucks.';
COMMENT ON COLUMN vehicles.vehicle_id IS 'Vehicle id.';
COMMENT ON COLUMN vehicles.reg_plate IS 'Registration plate.';
COMMENT ON COLUMN vehicles.plant_id IS 'Home plant.';
COMMENT ON COLUMN vehicles.make_model IS 'Make and model.';
COMMENT ON COLUMN vehicles.capacity_kg IS 'Payload in kg.';
COMMENT ON COLUMN vehicles.in_service_from IS 'Date the vehicle entered service.';

CREATE TABLE drivers (
    driver_id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    plant_id integer NOT NULL REFERENCES plants,
    hired_on date NOT NULL,
    left_on date
);
COMMENT ON TABLE drivers IS 'Delivery drivers (from the planning system).';
COMMENT ON COLUMN drivers.driver_id IS 'Driver id.';
COMMENT ON COLUMN drivers.first_name IS 'First name.';
COMMENT ON COLUMN drivers.last_name IS 'Last name.';
COMMENT ON COLUMN drivers.plant_id IS 'Plant the driver works from.';
COMMENT ON COLUMN drivers.hired_on IS 'Hire date.';
COMMENT ON COLUMN drivers.left_on IS 'Last working day; NULL while employed.';

CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    plant_id integer NOT NULL REFERENCES plants,
    job_title text NOT NULL
);
COMMENT ON TABLE staff IS 'Plant staff other than drivers (production, maintenance, office).';
COMMENT ON COLUMN staff.staff_id IS 'Staff id.';
COMMENT ON COLUMN staff.first_name IS 'First name.';
COMMENT ON COLUMN staff.last_name IS 'Last name.';
COMMENT ON COLUMN staff.plant_id IS 'Plant.';
COMMENT ON COLUMN staff.job_title IS 'Job title.';

CREATE TABLE route_runs (
    run_id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes,
    run_date date NOT NULL,
    vehicle_id integer NOT NULL REFERENCES vehicles,
    driver_id integer NOT NULL REFERENCES drivers,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    km_driven numeric(6,1),
    UNIQUE (route_id, run_date)
);
COMMENT ON TABLE route_runs IS 'One driven route on one day.';
COMMENT ON COLUMN route_runs.run_id IS 'Run id.';
COMMENT ON COLUMN route_runs.route_id IS 'Route.';
COMMENT ON COLUMN route_runs.run_date IS 'Day the route was driven.';
COMMENT ON COLUMN route_runs.vehicle_id IS 'Vehicle used.';
COMMENT ON COLUMN route_runs.driver_id IS 'Driver.';
COMMENT ON COLUMN route_runs.started_at IS 'Time the vehicle left the plant.';
COMMENT ON COLUMN route_runs.ended_at IS 'Time the vehicle was back at the plant.';
COMMENT ON COLUMN route_runs.km_driven IS 'Distance driven.';

CREATE TABLE delivery_stops (
    stop_id integer PRIMARY KEY,
    run_id integer NOT NULL REFERENCES route_runs,
    site_id integer NOT NULL REFERENCES customer_sites,
    stop_seq integer NOT NULL,
    status text NOT NULL,
    arrived_at timestamptz,
    pieces_delivered integer NOT NULL,
    soil_bags integer,
    soil_weight numeric(8,2),
    soil_weight_unit text
);
COMMENT ON TABLE delivery_stops IS 'One visit of a site during a route run: clean linen delivered and soiled linen picked up.';
COMMENT ON COLUMN delivery_stops.stop_id IS 'Stop id.';
COMMENT ON COLUMN delivery_stops.run_id IS 'Route run.';
COMMENT ON COLUMN delivery_stops.site_id IS 'Site visited.';
COMMENT ON COLUMN delivery_stops.stop_seq IS 'Position of the stop in the run.';
COMMENT ON COLUMN delivery_stops.status IS 'Outcome of the stop as recorded in the driver app.';
COMMENT ON COLUMN delivery_stops.arrived_at IS 'Arrival time at the site (NULL when the stop was not driven).';
COMMENT ON COLUMN delivery_stops.pieces_delivered IS 'Clean pieces handed over.';
COMMENT ON COLUMN delivery_stops.soil_bags IS 'Number of soiled-linen bags picked up; NULL when nothing was picked up.';
COMMENT ON COLUMN delivery_stops.soil_weight IS 'Weight of the soiled linen picked up, as read from the scale; NULL when nothing was picked up.';
COMMENT ON COLUMN delivery_stops.soil_weight_unit IS 'Unit of soil_weight.';

CREATE TABLE wash_programs (
    program_code text PRIMARY KEY,
    description text NOT NULL,
    temperature_c integer NOT NULL,
    is_disinfection boolean NOT NULL,
    controller_no integer NOT NULL UNIQUE
);
COMMENT ON TABLE wash_programs IS 'Washing programs of the plants'' machines.';
COMMENT ON COLUMN wash_programs.program_code IS 'Program code.';
COMMENT ON COLUMN wash_programs.description IS 'Program description.';
COMMENT ON COLUMN wash_programs.temperature_c IS 'Main wash temperature.';
COMMENT ON COLUMN wash_programs.is_disinfection IS 'True for thermal or chemo-thermal disinfection programs (hospital and care linen).';
COMMENT ON COLUMN wash_programs.controller_no IS 'Program number as set on older machine controllers.';

CREATE TABLE machines (
    machine_id integer PRIMARY KEY,
    machine_code text NOT NULL UNIQUE,
    plant_id integer NOT NULL REFERENCES plants,
    machine_type text NOT NULL,
    capacity_kg integer NOT NULL,
    installed_on date NOT NULL
);
COMMENT ON TABLE machines IS 'Washer-extractors and tunnel washers.';
COMMENT ON COLUMN machines.machine_id IS 'Machine id.';
COMMENT ON COLUMN machines.machine_code IS 'Machine code on the shop floor.';
COMMENT ON COLUMN machines.plant_id IS 'Plant.';
COMMENT ON COLUMN machines.machine_type IS 'Kind of machine.';
COMMENT ON COLUMN machines.capacity_kg IS 'Dry-load capacity.';
COMMENT ON COLUMN machines.installed_on IS 'Installation date.';

CREATE TABLE wash_batches (
    batch_id integer PRIMARY KEY,
    machine_id integer NOT NULL REFERENCES machines,
    program_code text NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz NOT NULL,
    load_kg numeric(6,1) NOT NULL,
    water_l integer
);
COMMENT ON TABLE wash_batches IS 'One wash cycle of one machine, as logged by the machine controller.';
COMMENT ON COLUMN wash_batches.batch_id IS 'Batch id.';
COMMENT ON COLUMN wash_batches.machine_id IS 'Machine.';
COMMENT ON COLUMN wash_batches.program_code IS 'Washing program that was run.';
COMMENT ON COLUMN wash_batches.started_at IS 'Cycle start.';
COMMENT ON COLUMN wash_batches.ended_at IS 'Cycle end.';
COMMENT ON COLUMN wash_batches.load_kg IS 'Dry load weighed into the machine.';
COMMENT ON COLUMN wash_batches.water_l IS 'Water used.';

CREATE TABLE rejects (
    reject_id integer PRIMARY KEY,
    batch_id integer NOT NULL REFERENCES wash_batches,
    product_id integer NOT NULL REFERENCES products,
    qty integer NOT NULL,
    reason text NOT NULL
);
COMMENT ON TABLE rejects IS 'Pieces taken out of circulation at inspection after a wash batch.';
COMMENT ON COLUMN rejects.reject_id IS 'Reject id.';
COMMENT ON COLUMN rejects.batch_id IS 'Batch after which the pieces were inspected.';
COMMENT ON COLUMN rejects.product_id IS 'Article.';
COMMENT ON COLUMN rejects.qty IS 'Number of pieces rejected.';
COMMENT ON COLUMN rejects.reason IS 'Reject reason entered by the inspector.';

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_no text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers,
    invoice_date date NOT NULL,
    due_date date NOT NULL,
    total_amount numeric(12,2) NOT NULL,
    status text NOT NULL
);
COMMENT ON TABLE invoices IS 'Customer invoices (monthly rental and service).';
COMMENT ON COLUMN invoices.invoice_id IS 'Invoice id.';
COMMENT ON COLUMN invoices.invoice_no IS 'Invoice number.';
COMMENT ON COLUMN invoices.customer_id IS 'Customer billed.';
COMMENT ON COLUMN invoices.invoice_date IS 'Invoice date.';
COMMENT ON COLUMN invoices.due_date IS 'Payment due date.';
COMMENT ON COLUMN invoices.total_amount IS 'Invoice total in EUR, VAT included.';
COMMENT ON COLUMN invoices.status IS 'Invoice status in the billing system.';

CREATE TABLE payments (
    payment_id integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices,
    paid_on date NOT NULL,
    amount bigint NOT NULL,
    method text NOT NULL
);
COMMENT ON TABLE payments IS 'Payments received, matched to invoices by the bank reconciliation.';
COMMENT ON COLUMN payments.payment_id IS 'Payment id.';
COMMENT ON COLUMN payments.invoice_id IS 'Invoice the payment was matched to.';
COMMENT ON COLUMN payments.paid_on IS 'Date the payment was received.';
COMMENT ON COLUMN payments.amount IS 'Amount paid.';
COMMENT ON COLUMN payments.method IS 'Payment method.';

CREATE TABLE credit_notes (
    credit_id integer PRIMARY KEY,
    invoice_id integer NOT NULL REFERENCES invoices,
    issued_on date NOT NULL,
    amount numeric(12,2) NOT NULL,
    reason text
);
COMMENT ON TABLE credit_notes IS 'Credit notes issued against invoices (damaged goods, missed deliveries, price corrections).';
COMMENT ON COLUMN credit_notes.credit_id IS 'Credit note id.';
COMMENT ON COLUMN credit_notes.invoice_id IS 'Invoice credited.';
COMMENT ON COLUMN credit_notes.issued_on IS 'Date the credit note was issued.';
COMMENT ON COLUMN credit_notes.amount IS 'Credit amount in EUR.';
COMMENT ON COLUMN credit_notes.reason IS 'Reason given.';

CREATE TABLE damage_claims (
    claim_id integer PRIMARY KEY,
    claim_no text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers,
    product_id integer NOT NULL REFERENCES products,
    qty integer NOT NULL,
    reported_on text NOT NULL,
    claim_status text NOT NULL
);
COMMENT ON TABLE damage_claims IS 'Claims by customers for damaged or missing pieces, from the web claims form.';
COMMENT ON COLUMN damage_claims.claim_id IS 'Claim id.';
COMMENT ON COLUMN damage_claims.claim_no IS 'Claim number.';
COMMENT ON COLUMN damage_claims.customer_id IS 'Customer.';
COMMENT ON COLUMN damage_claims.product_id IS 'Article claimed.';
COMMENT ON COLUMN damage_claims.qty IS 'Number of pieces claimed.';
COMMENT ON COLUMN damage_claims.reported_on IS 'Date the customer reported the damage, as entered in the claims form.';
COMMENT ON COLUMN damage_claims.claim_status IS 'Handling status of the claim.';

CREATE TABLE payroll_hours (
    payroll_row_id integer PRIMARY KEY,
    employee_name text NOT NULL,
    period_start date NOT NULL,
    regular_hours numeric(6,2) NOT NULL,
    overtime_hours numeric(6,2) NOT NULL
);
COMMENT ON TABLE payroll_hours IS 'Monthly hours per employee, loaded from the external payroll provider''s export.';
COMMENT ON COLUMN payroll_hours.payroll_row_id IS 'Row id.';
COMMENT ON COLUMN payroll_hours.employee_name IS 'Employee''s name as exported by the payroll provider.';
COMMENT ON COLUMN payroll_hours.period_start IS 'First day of the pay period (a calendar month).';
COMMENT ON COLUMN payroll_hours.regular_hours IS 'Contract hours worked.';
COMMENT ON COLUMN payroll_hours.overtime_hours IS 'Overtime hours paid.';

CREATE TABLE fuel_transactions (
    txn_id integer PRIMARY KEY,
    plate text NOT NULL,
    txn_at timestamptz NOT NULL,
    station text,
    litres numeric(7,2) NOT NULL,
    amount_eur numeric(9,2) NOT NULL
);
COMMENT ON TABLE fuel_transactions IS 'Fuel card transactions, loaded from the fuel card provider.';
COMMENT ON COLUMN fuel_transactions.txn_id IS 'Transaction id.';
COMMENT ON COLUMN fuel_transactions.plate IS 'Registration plate of the vehicle, as captured by the fuel card provider.';
COMMENT ON COLUMN fuel_transactions.txn_at IS 'Time of the transaction.';
COMMENT ON COLUMN fuel_transactions.station IS 'Fuel station.';
COMMENT ON COLUMN fuel_transactions.litres IS 'Litres of diesel.';
COMMENT ON COLUMN fuel_transactions.amount_eur IS 'Amount charged in EUR, VAT included.';

CREATE TABLE vehicle_services (
    service_id integer PRIMARY KEY,
    vehicle_id integer NOT NULL REFERENCES vehicles,
    service_date date NOT NULL,
    kind text NOT NULL,
    cost_eur numeric(9,2) NOT NULL
);
COMMENT ON TABLE vehicle_services IS 'Workshop visits of vehicles.';
COMMENT ON COLUMN vehicle_services.service_id IS 'Service id.';
COMMENT ON COLUMN vehicle_services.vehicle_id IS 'Vehicle.';
COMMENT ON COLUMN vehicle_services.service_date IS 'Date of the visit.';
COMMENT ON COLUMN vehicle_services.kind IS 'Kind of service.';
COMMENT ON COLUMN vehicle_services.cost_eur IS 'Cost in EUR excluding VAT.';

CREATE TABLE complaints (
    complaint_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES customer_sites,
    opened_at timestamptz NOT NULL,
    topic text NOT NULL,
    closed_at timestamptz
);
COMMENT ON TABLE complaints IS 'Customer service complaints logged by the call centre.';
COMMENT ON COLUMN complaints.complaint_id IS 'Complaint id.';
COMMENT ON COLUMN complaints.site_id IS 'Site the complaint is about.';
COMMENT ON COLUMN complaints.opened_at IS 'Time the complaint was logged.';
COMMENT ON COLUMN complaints.topic IS 'Topic chosen by the agent.';
COMMENT ON COLUMN complaints.closed_at IS 'Time the complaint was closed; NULL while open.';

CREATE TABLE chemical_deliveries (
    delivery_id integer PRIMARY KEY,
    plant_id integer NOT NULL REFERENCES plants,
    delivered_on date NOT NULL,
    chemical text NOT NULL,
    quantity_l numeric(8,1) NOT NULL,
    cost_eur numeric(9,2) NOT NULL
);
COMMENT ON TABLE chemical_deliveries IS 'Deliveries of detergents and disinfectants to the plants.';
COMMENT ON COLUMN chemical_deliveries.delivery_id IS 'Delivery id.';
COMMENT ON COLUMN chemical_deliveries.plant_id IS 'Plant.';
COMMENT ON COLUMN chemical_deliveries.delivered_on IS 'Delivery date.';
COMMENT ON COLUMN chemical_deliveries.chemical IS 'Product name.';
COMMENT ON COLUMN chemical_deliveries.quantity_l IS 'Litres delivered.';
COMMENT ON COLUMN chemical_deliveries.cost_eur IS 'Cost in EUR excluding VAT.';

CREATE TABLE garment_stock (
    plant_id integer NOT NULL REFERENCES plants,
    product_id integer NOT NULL REFERENCES products,
    month_end date NOT NULL,
    pieces_on_hand integer NOT NULL,
    PRIMARY KEY (plant_id, product_id, month_end)
);
COMMENT ON TABLE garment_stock IS 'Month-end stock of clean pieces on the plant shelves, per article.';
COMMENT ON COLUMN garment_stock.plant_id IS 'Plant.';
COMMENT ON COLUMN garment_stock.product_id IS 'Article.';
COMMENT ON COLUMN garment_stock.month_end IS 'Last day of the month counted.';
COMMENT ON COLUMN garment_stock.pieces_on_hand IS 'Pieces counted.';
