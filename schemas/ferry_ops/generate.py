"""Seeded data generator for the ferry_ops pilot database (schema-scale pilot).

A regional ferry and port operator: ~25 authoritative tables plus documented decoys (archive_*,
staging_*, legacy_*, rpt_*, v_*, per-region/per-year partitions, audit/log, history, lookups and
side systems).  TABLES holds every table's DDL spec (name, comment, columns, constraints); schema.sql
is written from it by bench/pilots/scale/build_schema.py.  generate(seed) returns rows for every
table in TABLES order.  Stdlib only, deterministic, no wall clock.  Instances 1..3 get planted
boundary rows (see _plant and README.md).
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

SEEDS = [424242, 1357, 97531, 8080808]
UTC = timezone.utc
EXTRACT = datetime(2025, 7, 1, tzinfo=UTC)          # data extract moment (end of 2025-06-30 UTC)
ARCHIVE_CUTOFF = datetime(2023, 1, 1, tzinfo=UTC)   # sailings departing before this moved to archive_*
D0, D1 = date(2022, 1, 1), date(2025, 9, 30)        # sailings of the current system (archive + current)
FX_FROM, FX_TO = date(2021, 1, 1), date(2025, 6, 30)
CENT = Decimal("0.01")

TABLES: list[dict] = []


def T(name, comment, cols, constraints=()):
    TABLES.append({"name": name, "comment": comment, "cols": cols, "constraints": list(constraints)})


# ----------------------------------------------------------------------------------- reference data
REGIONS = [("north", "Skagerrak north: Norway – Denmark/Germany"), ("south", "Kattegat and Kiel Bay"),
           ("east", "Southern Baltic and Gulf of Finland")]
# port_code, name, country, region, base UTC offset hours (EU DST applies), time zone name
PORTS = [("NOOSL", "Oslo", "NO", "north", 1, "Europe/Oslo"), ("NOKRS", "Kristiansand", "NO", "north", 1, "Europe/Oslo"),
         ("DKHIR", "Hirtshals", "DK", "north", 1, "Europe/Copenhagen"), ("SEGOT", "Göteborg", "SE", "south", 1, "Europe/Stockholm"),
         ("DEKEL", "Kiel", "DE", "south", 1, "Europe/Berlin"), ("DKFDH", "Frederikshavn", "DK", "south", 1, "Europe/Copenhagen"),
         ("SEYST", "Ystad", "SE", "east", 1, "Europe/Stockholm"), ("PLSWI", "Świnoujście", "PL", "east", 1, "Europe/Warsaw"),
         ("FIHEL", "Helsinki", "FI", "east", 2, "Europe/Helsinki"), ("EETLL", "Tallinn", "EE", "east", 2, "Europe/Tallinn")]
PORT_CCY = {"NO": "NOK", "DK": "DKK", "SE": "SEK", "PL": "PLN", "DE": "EUR", "FI": "EUR", "EE": "EUR"}
# route_code, origin port id, destination port id, region, distance nm, crossing minutes, opened
ROUTES = [("OSL-KEL", 1, 5, "north", 360, 1200, date(2015, 1, 1)), ("KRS-HIR", 2, 3, "north", 75, 195, date(2015, 1, 1)),
          ("HIR-KRS", 3, 2, "north", 75, 195, date(2015, 1, 1)), ("GOT-KEL", 4, 5, "south", 240, 840, date(2015, 1, 1)),
          ("KEL-GOT", 5, 4, "south", 240, 840, date(2015, 1, 1)), ("FDH-GOT", 6, 4, "south", 50, 200, date(2015, 1, 1)),
          ("YST-SWI", 7, 8, "east", 95, 400, date(2015, 1, 1)), ("SWI-YST", 8, 7, "east", 95, 400, date(2015, 1, 1)),
          ("HEL-TLL", 9, 10, "east", 45, 120, date(2015, 1, 1)), ("TLL-HEL", 10, 9, "east", 45, 120, date(2023, 3, 1))]
ROUTE_TIMES = {1: [(14, 0), (22, 0)], 2: [(7, 30), (12, 0), (16, 45)], 3: [(11, 30), (20, 0), (23, 30)],
               4: [(18, 45), (21, 59), (22, 0)], 5: [(18, 45), (23, 30), (0, 15)], 6: [(8, 0), (13, 15)],
               7: [(13, 0), (22, 30)], 8: [(0, 15), (12, 30), (21, 45)], 9: [(7, 30), (10, 30), (19, 30)],
               10: [(9, 0), (17, 0), (22, 0)]}
OLD_CODES = {1: ["OK1"], 2: ["KH1", "KH2"], 3: ["HK1"], 4: ["GK1"], 5: ["KG1", "KG9"], 6: ["FG1"], 7: ["YS1"],
             8: ["SY1"], 9: ["HT1"]}
# name (current), imo, type, pax, car units, lane m, built, flag, old legacy code
VESSELS = [("Color Nordlys", 9312345, "ropax", 2000, 750, 2400, 2004, "NO", "CNO"),
           ("Skagen Express", 9523411, "hsc", 900, 200, 520, 2012, "DK", "SKX"),
           ("Baltic Star", 9145632, "ropax", 1500, 500, 1650, 1998, "SE", "KST"),
           ("Kiel Princess", 9354280, "ropax", 2400, 650, 2100, 2007, "DE", "KPR"),
           ("Østersjø", 9221907, "ropax", 1200, 420, 1300, 2001, "NO", "OSQ"),
           ("Świnoujście Bridge", 9467702, "ropax", 900, 300, 1100, 2010, "PL", "SWB"),
           ("Suomenlinna Link", 9701213, "ropax", 1800, 450, 1500, 2015, "FI", "SLL"),
           ("Nordic Aurora", 9887001, "ropax", 2000, 600, 2000, 2024, "NO", None)]
NAME_HISTORY = {3: [("Kattegat Star", date(1998, 5, 1), date(2023, 6, 1)), ("Baltic Star", date(2023, 6, 1), None)],
                5: [("Ostsee Queen", date(2001, 3, 1), date(2024, 2, 15)), ("Østersjø", date(2024, 2, 15), None)]}
TICKET_TYPES = [("ADT", "Adult passenger (16+)", False, True), ("CHD", "Child passenger (4-15)", False, True),
                ("INF", "Infant (0-3), travels free", False, True), ("SNR", "Senior passenger (67+)", False, True),
                ("CAR", "Car up to 6 m incl. driver's vehicle space", True, False), ("VAN", "Van / motorhome 6-10 m", True, False),
                ("MC", "Motorcycle", True, False), ("TRK", "Freight truck / trailer", True, False),
                ("CAB", "Cabin supplement (per cabin, not a person)", False, False)]
BASE_FARE = {"ADT": 60, "CHD": 30, "INF": 0, "SNR": 45, "CAR": 90, "VAN": 150, "MC": 40, "TRK": 320, "CAB": 80}
FARE_BREAKS = [date(2021, 1, 1), date(2023, 1, 1), date(2024, 3, 15), date(2024, 7, 1), date(2025, 1, 1)]
CURRENCIES = [("EUR", "Euro"), ("NOK", "Norwegian krone"), ("DKK", "Danish krone"), ("SEK", "Swedish krona"), ("PLN", "Polish złoty")]
FX_BASE = {"EUR": 1.0, "NOK": 0.088, "DKK": 0.1341, "SEK": 0.090, "PLN": 0.225}
COUNTRIES = [("NO", "Norway"), ("DK", "Denmark"), ("SE", "Sweden"), ("DE", "Germany"), ("PL", "Poland"), ("FI", "Finland"),
             ("EE", "Estonia"), ("NL", "Netherlands"), ("GB", "United Kingdom")]
CANCEL_REASONS = [("WX", "Weather: wind, sea state or ice above operating limits"), ("TECH", "Technical fault of the vessel"),
                  ("CREW", "Crew shortage / manning rules not met"), ("PORT", "Port or berth closed"),
                  ("LOW", "Commercial: too few bookings, passengers moved to another sailing")]
CHANNELS = [("WEB", "Website"), ("APP", "Mobile app"), ("AGT", "Travel agent"), ("PORT", "Port ticket office"), ("CALL", "Call centre")]
RANKS = [("MST", "Master", True), ("CO", "Chief Officer", True), ("OOW", "Officer of the Watch", True),
         ("CE", "Chief Engineer", True), ("ENG", "Engineer", True), ("AB", "Able Seaman", False), ("STW", "Steward", False)]
PROMOTE = {"OOW": "CO", "CO": "MST", "ENG": "CE", "AB": "OOW", "STW": "AB"}
FIRST = ["Ole", "Kari", "Lars", "Ingrid", "Mikkel", "Søren", "Åsa", "Björn", "Jürgen", "Anke", "Piotr", "Agnieszka",
         "Mikko", "Aino", "Kaja", "Tõnu", "Maren", "Henrik", "Elin", "Jens", "Zofia", "Łukasz", "Sanna", "Erik"]
LAST = ["Hansen", "Johansen", "Nielsen", "Sørensen", "Lindqvist", "Åberg", "Schröder", "Müller", "Nowak", "Wiśniewska",
        "Virtanen", "Mäkinen", "Tamm", "Kask", "Berg", "Dahl", "O'Neill", "Jørgensen", "Holm", "Karlsson"]
MAINT_CATS = [("HULL", "Hull and paint"), ("ENG", "Main engines"), ("AUX", "Auxiliary machinery"), ("SAFE", "Safety equipment"),
              ("HOTEL", "Hotel / passenger areas"), ("DOCK", "Dry-docking")]
FEE_TYPES = [("BERTH", "Berth dues per call"), ("PAX", "Passenger dues"), ("ENV", "Environmental / waste fee")]


def _d(x) -> Decimal:
    return Decimal(str(x))


def money(x) -> Decimal:
    return _d(x).quantize(CENT, rounding=ROUND_HALF_UP)


def _last_sunday(y, m):
    d = date(y, m, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def is_summer(utc_dt: datetime) -> bool:
    y = utc_dt.year
    start = datetime.combine(_last_sunday(y, 3), time(1), UTC)
    end = datetime.combine(_last_sunday(y, 10), time(1), UTC)
    return start <= utc_dt < end


def local_to_utc(local: datetime, base: int) -> datetime:
    cand = (local - timedelta(hours=base + 1)).replace(tzinfo=UTC)
    if is_summer(cand):
        return cand
    return (local - timedelta(hours=base)).replace(tzinfo=UTC)


def utc_to_local(u: datetime, base: int) -> datetime:
    return (u + timedelta(hours=base + (1 if is_summer(u) else 0))).replace(tzinfo=None)


def days(a: date, b: date):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


# =================================================================================== DDL spec
C = lambda n, t, c: (n, t, c)  # noqa: E731

T("regions", "Lookup: the three operating regions of the route network. region_code is used by routes, ports and the per-region partitions boarding_counts_<region>_<year>.", [
    C("region_code", "text PRIMARY KEY", "Region code: 'north', 'south' or 'east'."),
    C("name", "text NOT NULL", "Descriptive name of the sea area.")])
T("countries", "Lookup: ISO 3166-1 alpha-2 countries used in ports, customers and vessel flags.", [
    C("country_code", "char(2) PRIMARY KEY", "ISO 3166-1 alpha-2 code."), C("name", "text NOT NULL", "English country name.")])
T("currencies", "Lookup: currencies in which bookings, fees, bunkering and maintenance are billed. Convert to EUR with fx_rates (the only authoritative rate table).", [
    C("currency_code", "char(3) PRIMARY KEY", "ISO 4217 code: 'EUR', 'NOK', 'DKK', 'SEK', 'PLN'."), C("name", "text NOT NULL", "Currency name.")])
T("fx_rates", "AUTHORITATIVE daily exchange rates, one row per calendar day (no gaps, weekends included) and currency from 2021-01-01 to 2025-06-30, EUR included with rate 1. To convert an amount in currency X on day D to EUR multiply by eur_per_unit of (D, X). Other rate tables (staging_fx_rates, v_fx_latest, rpt_fx_monthly_avg) are not to be used for conversions.", [
    C("rate_date", "date NOT NULL", "Calendar day the rate applies to (the whole UTC day)."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency converted."),
    C("eur_per_unit", "numeric(12,6) NOT NULL CHECK (eur_per_unit > 0)", "Euros per one unit of the currency on that day (EUR: 1.000000).")],
    ["PRIMARY KEY (rate_date, currency_code)"])
T("fiscal_periods", "AUTHORITATIVE fiscal calendar. The fiscal year runs 1 April to 31 March and is named after the calendar year in which it ENDS: fiscal year 2025 = 2024-04-01 .. 2025-03-31. One row per fiscal quarter.", [
    C("fiscal_year", "integer NOT NULL", "Fiscal year (named after the calendar year in which it ends)."),
    C("fiscal_quarter", "integer NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4)", "Quarter 1..4 (Q1 = April-June)."),
    C("starts_on", "date NOT NULL", "First day of the quarter (inclusive)."),
    C("ends_on", "date NOT NULL", "Last day of the quarter (inclusive).")], ["PRIMARY KEY (fiscal_year, fiscal_quarter)"])
T("ports", "AUTHORITATIVE ports served. Local wall-clock times at a port follow its time zone (EU daylight saving time applies).", [
    C("port_id", "integer PRIMARY KEY", "Surrogate key."), C("port_code", "char(5) NOT NULL UNIQUE", "UN/LOCODE, e.g. 'NOOSL', 'DEKEL'."),
    C("name", "text NOT NULL", "Port name in local spelling (e.g. 'Göteborg', 'Świnoujście')."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of the port."),
    C("region_code", "text NOT NULL REFERENCES regions (region_code)", "Operating region of the port."),
    C("tz_name", "text NOT NULL", "IANA time zone of the port, e.g. 'Europe/Oslo' (UTC+1, +2 in summer) or 'Europe/Helsinki' (UTC+2, +3 in summer).")])
T("routes", "AUTHORITATIVE routes (one direction each) with their CURRENT route codes. The old system used other codes (see legacy_route_code_map). A route belongs to exactly one region.", [
    C("route_id", "integer PRIMARY KEY", "Surrogate key."), C("route_code", "text NOT NULL UNIQUE", "Current route code '<origin>-<destination>', e.g. 'GOT-KEL'."),
    C("origin_port_id", "integer NOT NULL REFERENCES ports (port_id)", "Departure port."),
    C("destination_port_id", "integer NOT NULL REFERENCES ports (port_id)", "Arrival port."),
    C("region_code", "text NOT NULL REFERENCES regions (region_code)", "Region the route belongs to (decides the boarding_counts partition)."),
    C("distance_nm", "integer NOT NULL", "Sailing distance in nautical miles."),
    C("crossing_minutes", "integer NOT NULL", "Scheduled crossing time in minutes."),
    C("opened_on", "date NOT NULL", "Date of the first sailing on the route.")])
T("vessel_types", "Lookup of vessel types.", [C("vessel_type", "text PRIMARY KEY", "'ropax' (passenger + vehicle ferry) or 'hsc' (high-speed craft)."),
                                              C("description", "text NOT NULL", "Description.")])
T("vessels", "AUTHORITATIVE fleet. name is the CURRENT name only; the name a vessel carried at a given date is in vessel_name_history.", [
    C("vessel_id", "integer PRIMARY KEY", "Surrogate key."), C("imo_number", "integer NOT NULL UNIQUE", "IMO ship identification number."),
    C("name", "text NOT NULL", "Current name of the vessel."), C("vessel_type", "text NOT NULL REFERENCES vessel_types (vessel_type)", "Vessel type."),
    C("pax_capacity", "integer NOT NULL", "Certified maximum number of passengers (persons)."),
    C("car_capacity", "integer NOT NULL", "Vehicle deck capacity in car-equivalent units."),
    C("lane_metres", "integer NOT NULL", "Freight lane metres."), C("built_year", "integer NOT NULL", "Year of delivery from the yard."),
    C("flag_country", "char(2) NOT NULL REFERENCES countries (country_code)", "Flag state."),
    C("is_active", "boolean NOT NULL", "true while the vessel is in the fleet.")])
T("vessel_name_history", "AUTHORITATIVE history of vessel names: one row per name period, valid_from inclusive, valid_to exclusive, valid_to NULL for the current name. Every vessel has rows covering its whole service life.", [
    C("vessel_id", "integer NOT NULL REFERENCES vessels (vessel_id)", "The vessel."), C("name", "text NOT NULL", "Name carried in the period."),
    C("valid_from", "date NOT NULL", "First day the name was carried (inclusive)."),
    C("valid_to", "date", "First day the name was no longer carried (exclusive); NULL = still current.")], ["PRIMARY KEY (vessel_id, valid_from)"])
T("cancel_reasons", "Lookup of sailing cancellation reason codes used in sailings.cancel_reason_code (and the archive).", [
    C("reason_code", "text PRIMARY KEY", "'WX' weather, 'TECH' technical, 'CREW' crew shortage, 'PORT' port closed, 'LOW' commercial."),
    C("description", "text NOT NULL", "Meaning of the code.")])
SAILING_COLS = [
    C("sailing_id", "integer PRIMARY KEY", "Surrogate key, unique across sailings and archive_sailings."),
    C("sailing_code", "text NOT NULL UNIQUE", "Code '<route_code>-<local departure date YYYYMMDD>-<local time HHMM>'."),
    C("route_id", "integer NOT NULL REFERENCES routes (route_id)", "Route sailed."),
    C("vessel_id", "integer NOT NULL REFERENCES vessels (vessel_id)", "Vessel operating the sailing."),
    C("scheduled_departure_utc", "timestamptz NOT NULL", "Scheduled departure moment (UTC). Calendar years/months/fiscal periods of a sailing are taken from the UTC date of this column unless a question says local."),
    C("scheduled_departure_local", "timestamp NOT NULL", "Scheduled departure as wall-clock time at the ORIGIN port (its time zone, daylight saving applied)."),
    C("actual_departure_utc", "timestamptz", "Actual departure (UTC); NULL when not (yet) departed or cancelled."),
    C("actual_arrival_utc", "timestamptz", "Actual arrival (UTC); NULL when not (yet) arrived or cancelled."),
    C("status", "text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled'))", "'completed' (sailed), 'cancelled', or 'scheduled' (departure after the extract moment 2025-07-01 00:00 UTC)."),
    C("cancel_reason_code", "text REFERENCES cancel_reasons (reason_code)", "Reason of a cancellation; NULL unless status = 'cancelled'.")]
T("sailings", "AUTHORITATIVE sailings with scheduled departure on or after 2023-01-01 00:00 UTC. Sailings departing before that cutoff were moved to archive_sailings (same columns); a question spanning the cutoff needs both tables. Sailings of 2021 and earlier exist only in the legacy system (legacy_departures).", SAILING_COLS,
  ["CHECK ((status = 'cancelled') = (cancel_reason_code IS NOT NULL))"])
T("archive_sailings", "ARCHIVE of sailings whose scheduled departure is before 2023-01-01 00:00 UTC (moved out of sailings on 2023-02-01; calendar 2022). Same meaning of columns as sailings, plus archived_at. Together with sailings it is the complete sailing record from 2022-01-01.", [
    (n, t.replace(" REFERENCES routes (route_id)", "").replace(" REFERENCES vessels (vessel_id)", "").replace(" REFERENCES cancel_reasons (reason_code)", "").replace(" UNIQUE", ""),
     c + " Unlike in sailings, the code is not guaranteed unique here (the archive has no UNIQUE constraint): two archived sailings of one route with the same local departure time can share a code; sailing_id identifies a sailing." if n == "sailing_code" else c)
    for n, t, c in SAILING_COLS] + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("customers", "AUTHORITATIVE customer accounts (private travellers and companies).", [
    C("customer_id", "integer PRIMARY KEY", "Surrogate key."), C("customer_no", "text NOT NULL UNIQUE", "Customer number shown on tickets, e.g. 'C00042'."),
    C("full_name", "text NOT NULL", "Person or company name; may contain apostrophes and non-ASCII letters."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of residence / registration."),
    C("customer_type", "text NOT NULL CHECK (customer_type IN ('private', 'corporate'))", "'private' or 'corporate'."),
    C("created_at", "timestamptz NOT NULL", "Account creation moment.")])
T("sales_channels", "Lookup of booking channels.", [C("channel_code", "text PRIMARY KEY", "'WEB', 'APP', 'AGT' (travel agent), 'PORT' (ticket office), 'CALL' (call centre)."),
                                                    C("description", "text NOT NULL", "Description.")])
BOOKING_COLS = [
    C("booking_id", "integer PRIMARY KEY", "Surrogate key, unique across bookings and archive_bookings."),
    C("booking_ref", "text NOT NULL UNIQUE", "Booking reference given to the customer."),
    C("customer_id", "integer NOT NULL REFERENCES customers (customer_id)", "Customer who booked."),
    C("sailing_id", "integer NOT NULL", "The sailing booked (sailings.sailing_id, or archive_sailings.sailing_id for archived bookings)."),
    C("booked_at", "timestamptz NOT NULL", "Moment the booking was made (UTC). Ticket prices are converted to EUR with the fx_rates row of the UTC date of booked_at."),
    C("channel_code", "text NOT NULL REFERENCES sales_channels (channel_code)", "Sales channel."),
    C("status", "text NOT NULL CHECK (status IN ('confirmed', 'travelled', 'no_show', 'cancelled'))", "'confirmed' (sailing still ahead), 'travelled', 'no_show' (paid, did not show up; revenue is kept), 'cancelled' (refunded; no revenue). Revenue = tickets of bookings with status 'travelled' or 'no_show'."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of all ticket prices of the booking."),
    C("deleted_at", "timestamptz", "SOFT DELETE: non-NULL = the booking was deleted (test booking or duplicate) at that moment and must be ignored in every count and sum; NULL = a real booking.")]
T("bookings", "AUTHORITATIVE bookings for sailings in the sailings table (departure on or after 2023-01-01 UTC). Bookings of earlier sailings are in archive_bookings (same columns). Soft-deleted rows (deleted_at not NULL) are not real bookings.",
  [(n, t.replace("integer NOT NULL\"", ""), c) for n, t, c in BOOKING_COLS])
T("archive_bookings", "ARCHIVE of bookings of archived sailings (departure before 2023-01-01 UTC, i.e. calendar 2022); same columns and meaning as bookings (soft deletes included), plus archived_at.",
  [(n, t.replace(" REFERENCES customers (customer_id)", "").replace(" REFERENCES sales_channels (channel_code)", "").replace(" REFERENCES currencies (currency_code)", "").replace(" UNIQUE", ""), c) for n, t, c in BOOKING_COLS]
  + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("ticket_types", "Lookup of ticket types. is_vehicle marks vehicle tickets; counts_as_passenger marks tickets that are one person each (ADT, CHD, INF, SNR).", [
    C("ticket_type_code", "text PRIMARY KEY", "'ADT', 'CHD', 'INF', 'SNR', 'CAR', 'VAN', 'MC', 'TRK', 'CAB'."),
    C("description", "text NOT NULL", "Meaning."), C("is_vehicle", "boolean NOT NULL", "true for vehicle tickets (CAR, VAN, MC, TRK)."),
    C("counts_as_passenger", "boolean NOT NULL", "true when the ticket is one passenger.")])
T("fare_history", "AUTHORITATIVE list prices (EUR) per route and ticket type over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. Exactly one row is valid for a route, ticket type and day. v_current_fares only shows today's prices.", [
    C("fare_id", "integer PRIMARY KEY", "Surrogate key."), C("route_id", "integer NOT NULL REFERENCES routes (route_id)", "Route."),
    C("ticket_type_code", "text NOT NULL REFERENCES ticket_types (ticket_type_code)", "Ticket type."),
    C("price_eur", "numeric(10,2) NOT NULL", "List price in EUR for one ticket."),
    C("valid_from", "date NOT NULL", "First day of validity (inclusive)."), C("valid_to", "date", "End of validity (exclusive); NULL = still valid.")])
TICKET_COLS = [
    C("ticket_id", "integer PRIMARY KEY", "Surrogate key."), C("booking_id", "integer NOT NULL", "Booking the ticket belongs to."),
    C("ticket_type_code", "text NOT NULL REFERENCES ticket_types (ticket_type_code)", "Ticket type."),
    C("fare_id", "integer REFERENCES fare_history (fare_id)", "List price applied; NULL for manually priced tickets."),
    C("price_amount", "numeric(10,2) NOT NULL CHECK (price_amount >= 0)", "Price actually charged, VAT included, in the BOOKING's currency (bookings.currency_code), NOT in EUR.")]
T("tickets", "AUTHORITATIVE tickets of the bookings in bookings (one row per passenger, vehicle or cabin). Tickets of archived bookings are in archive_tickets.",
  [(n, (t + " REFERENCES bookings (booking_id)") if n == "booking_id" else t, c) for n, t, c in TICKET_COLS])
T("archive_tickets", "ARCHIVE of tickets of archive_bookings; same columns as tickets, plus archived_at.",
  [(n, t.replace(" REFERENCES ticket_types (ticket_type_code)", "").replace(" REFERENCES fare_history (fare_id)", ""), c) for n, t, c in TICKET_COLS]
  + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
REFUND_COLS = [C("refund_id", "integer PRIMARY KEY", "Surrogate key."), C("booking_id", "integer NOT NULL", "Refunded booking."),
               C("refunded_at", "timestamptz NOT NULL", "Moment of the refund (UTC)."),
               C("amount", "numeric(10,2) NOT NULL", "Refunded amount in the booking's currency."),
               C("currency_code", "char(3) NOT NULL", "Currency of the amount.")]
T("refunds", "AUTHORITATIVE refunds of cancelled bookings in bookings. Refunds of archived bookings are in archive_refunds.", REFUND_COLS)
T("archive_refunds", "ARCHIVE of refunds of archive_bookings; same columns as refunds, plus archived_at.",
  REFUND_COLS + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("ranks", "Lookup of crew ranks.", [C("rank_code", "text PRIMARY KEY", "'MST', 'CO', 'OOW', 'CE', 'ENG', 'AB', 'STW'."),
                                     C("title", "text NOT NULL UNIQUE", "Rank title, e.g. 'Master'."), C("is_officer", "boolean NOT NULL", "true for officer ranks.")])
T("crew_members", "AUTHORITATIVE seafarers employed by the operator. rank_code is the CURRENT rank only; the rank held at a given date is in crew_rank_history.", [
    C("crew_id", "integer PRIMARY KEY", "Surrogate key."), C("employee_no", "text NOT NULL UNIQUE", "Employee number, e.g. 'E1007'."),
    C("full_name", "text NOT NULL", "Name; may contain non-ASCII letters and apostrophes."),
    C("rank_code", "text NOT NULL REFERENCES ranks (rank_code)", "Current rank."),
    C("home_port_id", "integer REFERENCES ports (port_id)", "Home port; NULL if none."), C("hired_on", "date NOT NULL", "Hire date."),
    C("left_on", "date", "Last day of employment; NULL while employed.")])
T("crew_rank_history", "AUTHORITATIVE rank history of every crew member: valid_from inclusive, valid_to exclusive, NULL = current. The rank held on a day D is the row with valid_from <= D < valid_to (or valid_to NULL).", [
    C("crew_id", "integer NOT NULL REFERENCES crew_members (crew_id)", "Crew member."),
    C("rank_code", "text NOT NULL REFERENCES ranks (rank_code)", "Rank held."),
    C("valid_from", "date NOT NULL", "First day in the rank (inclusive)."), C("valid_to", "date", "Exclusive end; NULL = current.")],
  ["PRIMARY KEY (crew_id, valid_from)"])
T("duty_roles", "Lookup of on-board duty roles.", [C("duty_role", "text PRIMARY KEY", "'bridge', 'engine', 'deck', 'hotel'."), C("description", "text NOT NULL", "Description.")])
CA_COLS = [C("assignment_id", "integer PRIMARY KEY", "Surrogate key."), C("sailing_id", "integer NOT NULL", "Sailing served."),
           C("crew_id", "integer NOT NULL", "Crew member (crew_members.crew_id)."),
           C("duty_role", "text NOT NULL", "Role on that sailing (duty_roles)."),
           C("hours_on_duty", "numeric(4,1) NOT NULL", "Hours on duty for that sailing, including port time.")]
T("crew_assignments", "AUTHORITATIVE crew on sailings in the sailings table (departure on or after 2023-01-01 UTC). Assignments of archived sailings are in archive_crew_assignments.", CA_COLS)
T("archive_crew_assignments", "ARCHIVE of crew assignments of archive_sailings (calendar 2022); same columns as crew_assignments plus archived_at.",
  CA_COLS + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("maintenance_categories", "Lookup of work-order categories.", [C("category_code", "text PRIMARY KEY", "'HULL', 'ENG', 'AUX', 'SAFE', 'HOTEL', 'DOCK'."), C("description", "text NOT NULL", "Description.")])
T("maintenance_orders", "AUTHORITATIVE maintenance work orders of the fleet (all years, never archived). staging_maintenance_orders and rpt_maintenance_cost are not authoritative.", [
    C("work_order_id", "integer PRIMARY KEY", "Surrogate key."), C("vessel_id", "integer NOT NULL REFERENCES vessels (vessel_id)", "Vessel maintained."),
    C("category_code", "text NOT NULL REFERENCES maintenance_categories (category_code)", "Category."),
    C("opened_on", "date NOT NULL", "Date the order was opened."), C("closed_on", "date", "Date the work was completed and invoiced; NULL while open."),
    C("status", "text NOT NULL CHECK (status IN ('open', 'closed'))", "'open' or 'closed'."),
    C("cost_amount", "numeric(12,2)", "Final invoiced cost in currency_code; NULL while open."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of the yard invoice (convert with fx_rates of closed_on).")])
T("fee_types", "Lookup of port fee types.", [C("fee_type", "text PRIMARY KEY", "'BERTH', 'PAX', 'ENV'."), C("description", "text NOT NULL", "Description.")])
PF_COLS = [C("fee_id", "integer PRIMARY KEY", "Surrogate key."), C("sailing_id", "integer NOT NULL", "Sailing the fee was charged for."),
           C("port_id", "integer NOT NULL", "Port charging the fee."), C("fee_type", "text NOT NULL", "Fee type (fee_types)."),
           C("amount", "numeric(10,2) NOT NULL", "Fee in currency_code."), C("currency_code", "char(3) NOT NULL", "Currency of the port's invoice."),
           C("invoiced_on", "date NOT NULL", "Invoice date.")]
T("port_fees", "AUTHORITATIVE port fees charged for sailings in the sailings table; fees of archived sailings are in archive_port_fees.", PF_COLS)
T("archive_port_fees", "ARCHIVE of port fees of archive_sailings; same columns as port_fees plus archived_at.",
  PF_COLS + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("fuel_types", "Lookup of marine fuels.", [C("fuel_type", "text PRIMARY KEY", "'MGO' marine gas oil, 'VLSFO' very-low-sulphur fuel oil, 'LNG'."), C("description", "text NOT NULL", "Description.")])
FB_COLS = [C("bunker_id", "integer PRIMARY KEY", "Surrogate key."), C("vessel_id", "integer NOT NULL", "Vessel bunkered."),
           C("port_id", "integer NOT NULL", "Port of bunkering."), C("bunkered_at", "timestamptz NOT NULL", "Moment of bunkering (UTC)."),
           C("fuel_type", "text NOT NULL", "Fuel (fuel_types)."), C("quantity_tonnes", "numeric(8,1) NOT NULL", "Fuel delivered in metric tonnes."),
           C("price_per_tonne", "numeric(10,2) NOT NULL", "Price per tonne in currency_code (convert with fx_rates of the UTC date of bunkered_at)."),
           C("currency_code", "char(3) NOT NULL", "Currency of the supplier invoice.")]
T("fuel_bunkering", "AUTHORITATIVE fuel deliveries (bunkering) to the vessels, all years. staging_fuel_bunkering holds unvalidated supplier feed rows and is not authoritative.", FB_COLS)

# per-region / per-year partitions of gate boarding counts (authoritative)
BC_COLS = [C("sailing_id", "integer PRIMARY KEY", "The sailing (sailings or archive_sailings)."),
           C("counted_at", "timestamptz NOT NULL", "When the gate count was closed (UTC)."),
           C("passengers_boarded", "integer NOT NULL", "Persons counted through the passenger gates (includes walk-on passengers without a booking)."),
           C("vehicles_boarded", "integer NOT NULL", "Vehicles counted on the car deck."),
           C("counter_device", "text NOT NULL", "Id of the counting device.")]
for _reg, _ in REGIONS:
    for _y in (2022, 2023, 2024, 2025):
        T(f"boarding_counts_{_reg}_{_y}", f"AUTHORITATIVE gate boarding counts, PARTITION for region '{_reg}' (routes.region_code) and scheduled departure year {_y} (UTC). One row per completed sailing of that region and year; the 12 tables boarding_counts_<region>_<year> together are the complete boarding record 2022-2025 (no other table holds boarding counts authoritatively). Region and year are implied by the table name.", BC_COLS)

# ------------------------------------------------------------------------------------- legacy
T("legacy_departures", "LEGACY system (used until 2021-12-31; read-only): departures of 2021 and earlier. Uses old route codes (map them with legacy_route_code_map) and old vessel codes (legacy_vessel_map). Sailings from 2022 are in archive_sailings/sailings, never here.", [
    C("departure_no", "integer PRIMARY KEY", "Old departure number."), C("old_route_code", "text NOT NULL", "Old route code, e.g. 'GK1' (see legacy_route_code_map)."),
    C("vessel_code", "text NOT NULL", "Old three-letter vessel code (see legacy_vessel_map)."),
    C("departure_date", "date NOT NULL", "Departure date (local date at the origin port; all 2021 departures are daytime/evening so the UTC year is the same)."),
    C("departure_time", "time NOT NULL", "Local departure time."),
    C("cancelled", "char(1) NOT NULL CHECK (cancelled IN ('J', 'N'))", "'J' = cancelled (ja), 'N' = sailed (nei).")])
T("legacy_route_code_map", "Mapping of the old system's route codes to the current routes. Some current routes had two old codes (e.g. a seasonal extra code); every old code maps to exactly one route.", [
    C("old_route_code", "text PRIMARY KEY", "Old code as used in legacy_departures."),
    C("route_id", "integer NOT NULL REFERENCES routes (route_id)", "Current route."), C("note", "text", "Remark; NULL when none.")])
T("legacy_vessel_map", "Mapping of the old system's vessel codes to vessels.", [
    C("vessel_code", "text PRIMARY KEY", "Old code."), C("vessel_id", "integer NOT NULL REFERENCES vessels (vessel_id)", "Vessel.")])
T("legacy_status_codes", "Lookup of the old system's booking status codes (legacy_bookings.status).", [
    C("status", "char(1) PRIMARY KEY", "'B' booked, 'R' reist (travelled), 'N' no-show, 'K' kansellert (cancelled)."),
    C("meaning", "text NOT NULL", "Meaning.")])
T("legacy_bookings", "LEGACY system bookings of legacy_departures (2021 and earlier). Passenger and vehicle numbers are stored as counts per booking (there are no legacy tickets). Amounts are in NOK.", [
    C("legacy_booking_no", "integer PRIMARY KEY", "Old booking number."), C("departure_no", "integer NOT NULL", "legacy_departures.departure_no."),
    C("customer_name", "text NOT NULL", "Free-text customer name (no link to customers)."),
    C("pax_adult", "integer NOT NULL", "Adult and senior passengers."), C("pax_child", "integer NOT NULL", "Child and infant passengers."),
    C("vehicles", "integer NOT NULL", "Vehicles."), C("total_nok", "numeric(10,2) NOT NULL", "Total price in NOK."),
    C("status", "char(1) NOT NULL", "Status code (legacy_status_codes): 'B', 'R', 'N' or 'K'.")])
T("legacy_fares", "LEGACY price list (NOK) of the old system, frozen on 2021-12-31. Not used for current prices (fare_history).", [
    C("old_route_code", "text NOT NULL", "Old route code."), C("pax_class", "text NOT NULL", "'V' voksen (adult), 'B' barn (child), 'BIL' car."),
    C("price_nok", "numeric(10,2) NOT NULL", "Price in NOK.")])
T("legacy_customers", "LEGACY customer register export (2021). Not linked to customers; kept for reference only.", [
    C("legacy_customer_no", "integer PRIMARY KEY", "Old customer number."), C("name", "text NOT NULL", "Name."), C("country", "text", "Country text as typed; NULL when missing.")])

# ------------------------------------------------------------------------------------- staging
T("staging_sailings", "STAGING: raw rows of the nightly schedule feed before validation (all text, may contain duplicates, wrong statuses and sailings that were never confirmed). Never authoritative; use sailings.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("sailing_code", "text", "Sailing code as delivered."), C("route_code", "text", "Route code as delivered."),
    C("departure_utc_text", "text", "Departure as text."), C("status_text", "text", "Status as delivered ('COMPLETED', 'CANCELLED', 'SCHEDULED', other)."),
    C("cancel_reason", "text", "Reason code as delivered."), C("is_valid", "boolean", "Result of validation; NULL = not validated yet.")])
T("staging_bookings", "STAGING: booking rows received from agents' systems before validation (duplicates, unknown sailings). Never authoritative; use bookings.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("booking_ref", "text", "Reference as delivered."), C("sailing_code", "text", "Sailing as delivered."),
    C("customer_no", "text", "Customer number as delivered."), C("status_text", "text", "Status as delivered."), C("amount_text", "text", "Amount as text."),
    C("currency_code", "text", "Currency as delivered.")])
T("staging_tickets", "STAGING: ticket rows from agents' feeds before validation. Never authoritative; use tickets.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("booking_ref", "text", "Booking reference."), C("ticket_type", "text", "Ticket type as delivered."),
    C("price_text", "text", "Price as text.")])
T("staging_fx_rates", "STAGING: raw FX feed (several quotes per day, unvalidated, includes outliers). Never use for conversions; fx_rates is authoritative.", [
    C("quote_time", "timestamptz NOT NULL", "Time of the quote."), C("currency_code", "text NOT NULL", "Currency."), C("eur_per_unit", "numeric(12,6)", "Quoted rate; NULL in broken quotes.")])
T("staging_fuel_bunkering", "STAGING: supplier bunker delivery notes before validation (duplicates, unconfirmed deliveries). Never authoritative; use fuel_bunkering.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("vessel_name", "text", "Vessel name as typed."), C("port_code", "text", "Port."),
    C("delivered_at", "timestamptz", "Delivery moment as reported."), C("quantity_tonnes", "numeric(8,1)", "Quantity as reported."),
    C("price_per_tonne", "numeric(10,2)", "Price as reported."), C("currency_code", "text", "Currency."), C("is_valid", "boolean", "NULL = not validated.")])
T("staging_crew_assignments", "STAGING: crew lists from the vessels before validation. Never authoritative; use crew_assignments / archive_crew_assignments.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("sailing_code", "text", "Sailing."), C("employee_no", "text", "Employee."), C("hours_text", "text", "Hours as text.")])
T("staging_boarding_counts", "STAGING: raw gate counter pulses before de-duplication (several rows per sailing, counts not yet reconciled). Never authoritative; use boarding_counts_<region>_<year>.", [
    C("device_id", "text NOT NULL", "Counter."), C("sailing_code", "text", "Sailing."), C("pulse_at", "timestamptz", "Time of the reading."), C("count_value", "integer", "Cumulative count at that time.")])
T("staging_customers", "STAGING: sign-ups not yet de-duplicated. Never authoritative; use customers.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("email", "text", "E-mail."), C("full_name", "text", "Name."), C("country_code", "text", "Country.")])
T("staging_maintenance_orders", "STAGING: yard invoices awaiting approval (may duplicate maintenance_orders or be rejected). Never authoritative.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("vessel_imo", "integer", "IMO number."), C("invoice_no", "text", "Yard invoice."),
    C("amount", "numeric(12,2)", "Amount."), C("currency_code", "text", "Currency."), C("invoice_date", "date", "Invoice date.")])
T("staging_port_fees", "STAGING: port authority invoices before matching to sailings. Never authoritative; use port_fees / archive_port_fees.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("port_code", "text", "Port."), C("invoice_no", "text", "Invoice."), C("amount", "numeric(10,2)", "Amount."), C("currency_code", "text", "Currency.")])

# ------------------------------------------------------------------------------------- reporting
T("rpt_monthly_revenue", "REPORT table (materialised, STALE: last refreshed 2024-10-01, covers departure months up to 2024-09 only; revenue converted at the rate of the refresh day, not the booking day, and includes cancelled bookings). For revenue use tickets/bookings/fx_rates.", [
    C("month_start", "date NOT NULL", "First day of the departure month."), C("route_code", "text NOT NULL", "Route."),
    C("revenue_eur", "numeric(12,2) NOT NULL", "Revenue in EUR as computed at refresh."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment.")])
T("rpt_daily_passengers", "REPORT table (STALE: refreshed 2024-10-01, covers departure days up to 2024-09-30; counts passenger TICKETS of non-deleted bookings, not gate counts). Not the boarding record: use boarding_counts_<region>_<year>.", [
    C("day", "date NOT NULL", "Departure day (UTC)."), C("region_code", "text NOT NULL", "Region."), C("passengers", "integer NOT NULL", "Passenger tickets."),
    C("refreshed_at", "timestamptz NOT NULL", "Refresh moment.")])
T("rpt_route_load_factor", "REPORT table: load factor per route for calendar 2023 only (frozen yearly report; based on ticket counts, not gate counts).", [
    C("route_code", "text NOT NULL", "Route."), C("year", "integer NOT NULL", "Year (2023)."), C("load_factor_pct", "numeric(5,1) NOT NULL", "Percent.")])
T("rpt_on_time_performance", "REPORT table: monthly on-time share per route, excluding cancelled sailings and counting a sailing on time when it left within 15 minutes; refreshed monthly, last 2025-05-01.", [
    C("month_start", "date NOT NULL", "Month."), C("route_code", "text NOT NULL", "Route."), C("on_time_pct", "numeric(5,1) NOT NULL", "Percent on time."),
    C("sailings", "integer NOT NULL", "Completed sailings counted.")])
T("rpt_cancellations", "REPORT table: cancellations per route and year, EXCLUDING weather cancellations (reason 'WX'), 2023 onwards only (the report was created for commercial reviews).", [
    C("year", "integer NOT NULL", "Year (UTC departure)."), C("route_code", "text NOT NULL", "Route."), C("cancelled_sailings", "integer NOT NULL", "Non-weather cancellations.")])
T("rpt_top_customers", "REPORT table: top 20 customers by number of bookings in calendar 2024 only, counting ALL bookings including cancelled and soft-deleted ones (marketing definition).", [
    C("rank", "integer NOT NULL", "Rank."), C("customer_no", "text NOT NULL", "Customer."), C("bookings", "integer NOT NULL", "Bookings counted.")])
T("rpt_crew_hours", "REPORT table: monthly duty hours per CURRENT rank of officers only (ratings excluded), 2024 onwards.", [
    C("month_start", "date NOT NULL", "Month."), C("rank_code", "text NOT NULL", "Current rank at refresh."), C("hours", "numeric(8,1) NOT NULL", "Hours.")])
T("rpt_fuel_cost", "REPORT table: yearly bunker cost per vessel in EUR at annual average rates (not daily rates).", [
    C("year", "integer NOT NULL", "Year."), C("vessel_id", "integer NOT NULL", "Vessel."), C("cost_eur", "numeric(12,2) NOT NULL", "Cost.")])
T("rpt_maintenance_cost", "REPORT table (STALE: refreshed 2024-06-30): maintenance cost per vessel and year by OPENED date, open orders at their estimate, all amounts treated as EUR.", [
    C("year", "integer NOT NULL", "Year of opened_on."), C("vessel_id", "integer NOT NULL", "Vessel."), C("cost_eur", "numeric(12,2) NOT NULL", "Cost.")])
T("rpt_fx_monthly_avg", "REPORT table: monthly average of fx_rates per currency (for budgeting only; not a conversion rate).", [
    C("month_start", "date NOT NULL", "Month."), C("currency_code", "char(3) NOT NULL", "Currency."), C("avg_eur_per_unit", "numeric(12,6) NOT NULL", "Average.")])
T("v_current_fares", "SNAPSHOT (view-like table) of fare_history rows valid on 2025-06-30 (valid_to NULL). Today's prices only; past prices are in fare_history.", [
    C("route_code", "text NOT NULL", "Route."), C("ticket_type_code", "text NOT NULL", "Ticket type."), C("price_eur", "numeric(10,2) NOT NULL", "Current list price.")])
T("v_active_vessels", "SNAPSHOT of vessels with is_active = true and their current names.", [
    C("vessel_id", "integer NOT NULL", "Vessel."), C("name", "text NOT NULL", "Current name."), C("pax_capacity", "integer NOT NULL", "Capacity.")])
T("v_fx_latest", "SNAPSHOT of the latest fx_rates row per currency (rate of 2025-06-30). Not for historical conversions.", [
    C("currency_code", "char(3) NOT NULL", "Currency."), C("eur_per_unit", "numeric(12,6) NOT NULL", "Rate of 2025-06-30.")])
T("v_open_work_orders", "SNAPSHOT of maintenance_orders with status 'open' on 2025-06-30.", [
    C("work_order_id", "integer NOT NULL", "Order."), C("vessel_id", "integer NOT NULL", "Vessel."), C("opened_on", "date NOT NULL", "Opened.")])
T("v_upcoming_sailings", "SNAPSHOT of sailings with status 'scheduled' (departure after the extract).", [
    C("sailing_code", "text NOT NULL", "Sailing."), C("scheduled_departure_utc", "timestamptz NOT NULL", "Departure.")])
T("v_crew_current_rank", "SNAPSHOT of the current rank (valid_to NULL) per crew member.", [
    C("crew_id", "integer NOT NULL", "Crew."), C("rank_code", "text NOT NULL", "Current rank.")])
T("v_bookings_2024", "SNAPSHOT of 2024 bookings taken on 2024-12-01 (STALE: statuses as of that day, December 2024 departures incomplete, soft-deleted rows included).", [
    C("booking_id", "integer NOT NULL", "Booking."), C("sailing_id", "integer NOT NULL", "Sailing."), C("status", "text NOT NULL", "Status on 2024-12-01."),
    C("deleted_at", "timestamptz", "Soft delete as of the snapshot.")])
T("v_route_directory", "SNAPSHOT: routes with port names for the website.", [
    C("route_code", "text NOT NULL", "Route."), C("origin_name", "text NOT NULL", "Origin port name."), C("destination_name", "text NOT NULL", "Destination port name.")])

# ------------------------------------------------------------------------------------- audit / log / history
T("audit_bookings", "AUDIT log of status changes of bookings (trigger-written). For the current status use bookings.status.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("booking_id", "integer NOT NULL", "Booking."), C("changed_at", "timestamptz NOT NULL", "Change moment."),
    C("old_status", "text", "Status before; NULL at creation."), C("new_status", "text NOT NULL", "Status after."), C("changed_by", "text NOT NULL", "User or job.")])
T("audit_fares", "AUDIT log of edits to fare_history rows.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("fare_id", "integer NOT NULL", "Fare row."), C("changed_at", "timestamptz NOT NULL", "Change moment."), C("changed_by", "text NOT NULL", "User.")])
T("sailing_status_log", "LOG of every status message received for sailings (several per sailing; the final status is in sailings.status).", [
    C("log_id", "integer PRIMARY KEY", "Surrogate key."), C("sailing_id", "integer NOT NULL", "Sailing."), C("logged_at", "timestamptz NOT NULL", "When."),
    C("status", "text NOT NULL", "Status message ('boarding', 'departed', 'arrived', 'delayed', 'cancelled').")])
T("etl_job_runs", "LOG of data warehouse jobs (archiving, report refreshes).", [
    C("run_id", "integer PRIMARY KEY", "Run."), C("job_name", "text NOT NULL", "Job."), C("started_at", "timestamptz NOT NULL", "Start."), C("status", "text NOT NULL", "'ok' or 'failed'.")])
T("report_refresh_log", "LOG of refreshes of rpt_* and v_* tables (documents their staleness).", [
    C("table_name", "text NOT NULL", "Report table."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment."), C("rows_written", "integer NOT NULL", "Rows.")])
T("customer_tier_history", "HISTORY of loyalty tiers per customer (valid_from inclusive, valid_to exclusive, NULL = current).", [
    C("customer_id", "integer NOT NULL", "Customer."), C("tier_code", "text NOT NULL", "Tier (customer_tiers)."), C("valid_from", "date NOT NULL", "From."), C("valid_to", "date", "To (exclusive).")])
T("customer_tiers", "Lookup of loyalty tiers.", [C("tier_code", "text PRIMARY KEY", "'BLUE', 'SILVER', 'GOLD'."), C("description", "text NOT NULL", "Description.")])
T("route_vessel_plan", "PLANNING table: the vessel planned per route and season (plans, not what sailed; the vessel that sailed is sailings.vessel_id).", [
    C("route_id", "integer NOT NULL", "Route."), C("season", "text NOT NULL", "'summer' or 'winter' with year, e.g. 'summer2024'."), C("vessel_id", "integer NOT NULL", "Planned vessel.")])
T("port_tariff_history", "HISTORY of port authority tariffs (informational; the charged fees are in port_fees).", [
    C("port_id", "integer NOT NULL", "Port."), C("fee_type", "text NOT NULL", "Fee type."), C("rate", "numeric(10,2) NOT NULL", "Tariff rate in the port currency."),
    C("valid_from", "date NOT NULL", "From."), C("valid_to", "date", "To (exclusive).")])
T("vat_rate_history", "HISTORY of VAT rates on tickets per country.", [
    C("country_code", "char(2) NOT NULL", "Country."), C("vat_pct", "numeric(4,1) NOT NULL", "VAT percent."), C("valid_from", "date NOT NULL", "From."), C("valid_to", "date", "To (exclusive).")])
T("payment_methods", "Lookup of payment methods.", [C("method_code", "text PRIMARY KEY", "'CARD', 'INVOICE', 'VOUCHER', 'MOBILE'."), C("description", "text NOT NULL", "Description.")])

# side systems: generic small tables (not needed for sailing / booking / crew / cost reporting, but real)
GENERIC = [
    ("payments", "Card and invoice payments of bookings (payment service provider export; amounts in the booking currency).", 300,
     [("payment_id", "integer PRIMARY KEY", "id"), ("booking_ref", "text NOT NULL", "ref"), ("method_code", "text NOT NULL", "method"), ("paid_at", "timestamptz NOT NULL", "ts"), ("amount", "numeric(10,2) NOT NULL", "money")]),
    ("corporate_invoices", "Monthly invoices to corporate customers.", 120,
     [("invoice_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("invoice_date", "date NOT NULL", "date"), ("total_amount", "numeric(12,2) NOT NULL", "money"), ("currency_code", "char(3) NOT NULL", "ccy")]),
    ("loyalty_accounts", "Loyalty programme accounts.", 150,
     [("account_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("points_balance", "integer NOT NULL", "int"), ("opened_on", "date NOT NULL", "date")]),
    ("loyalty_transactions", "Points earned and redeemed.", 400,
     [("txn_id", "integer PRIMARY KEY", "id"), ("account_id", "integer NOT NULL", "int"), ("points", "integer NOT NULL", "int"), ("txn_at", "timestamptz NOT NULL", "ts")]),
    ("cabins", "Cabin inventory per vessel.", 160,
     [("cabin_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("cabin_no", "text NOT NULL", "code"), ("berths", "integer NOT NULL", "small")]),
    ("onboard_outlets", "Shops, bars and restaurants on board.", 24,
     [("outlet_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("outlet_name", "text NOT NULL", "word")]),
    ("onboard_sales", "Onboard till receipts (retail, not ticket revenue).", 500,
     [("receipt_id", "integer PRIMARY KEY", "id"), ("outlet_id", "integer NOT NULL", "small"), ("sold_at", "timestamptz NOT NULL", "ts"), ("amount_eur", "numeric(10,2) NOT NULL", "money")]),
    ("menu_items", "Restaurant menu.", 40,
     [("item_id", "integer PRIMARY KEY", "id"), ("item_name", "text NOT NULL", "word"), ("price_eur", "numeric(8,2) NOT NULL", "money")]),
    ("suppliers", "Suppliers of parts, provisions and services.", 30,
     [("supplier_id", "integer PRIMARY KEY", "id"), ("supplier_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country")]),
    ("purchase_orders", "Purchase orders to suppliers.", 150,
     [("po_id", "integer PRIMARY KEY", "id"), ("supplier_id", "integer NOT NULL", "small"), ("ordered_on", "date NOT NULL", "date"), ("total_amount", "numeric(12,2) NOT NULL", "money")]),
    ("purchase_order_lines", "Lines of purchase orders.", 300,
     [("po_line_id", "integer PRIMARY KEY", "id"), ("po_id", "integer NOT NULL", "int"), ("part_id", "integer", "small"), ("quantity", "integer NOT NULL", "small")]),
    ("spare_parts", "Spare parts catalogue.", 60,
     [("part_id", "integer PRIMARY KEY", "id"), ("part_name", "text NOT NULL", "word"), ("unit_cost_eur", "numeric(10,2) NOT NULL", "money")]),
    ("spare_part_stock", "Spare parts on board per vessel.", 200,
     [("stock_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("part_id", "integer NOT NULL", "small"), ("quantity", "integer NOT NULL", "small")]),
    ("certificate_types", "Lookup of seafarer certificates (STCW).", 10,
     [("cert_type_id", "integer PRIMARY KEY", "id"), ("cert_name", "text NOT NULL", "word")]),
    ("crew_certificates", "Certificates held by crew members.", 150,
     [("crew_cert_id", "integer PRIMARY KEY", "id"), ("crew_id", "integer NOT NULL", "crew"), ("cert_type_id", "integer NOT NULL", "small"), ("expires_on", "date", "date")]),
    ("vessel_certificates", "Statutory certificates of the vessels.", 40,
     [("vessel_cert_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("cert_name", "text NOT NULL", "word"), ("expires_on", "date NOT NULL", "date")]),
    ("safety_drills", "Fire and abandon-ship drills held on board.", 120,
     [("drill_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("held_at", "timestamptz NOT NULL", "ts"), ("drill_type", "text NOT NULL", "word")]),
    ("incident_reports", "Safety and security incident reports on board.", 60,
     [("report_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("reported_at", "timestamptz NOT NULL", "ts"), ("severity", "integer NOT NULL", "small")]),
    ("complaints", "Customer complaints.", 120,
     [("complaint_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("received_at", "timestamptz NOT NULL", "ts"), ("topic", "text NOT NULL", "word")]),
    ("survey_responses", "Post-trip satisfaction surveys (score 1-5).", 250,
     [("response_id", "integer PRIMARY KEY", "id"), ("booking_ref", "text NOT NULL", "ref"), ("score", "integer NOT NULL", "small"), ("answered_at", "timestamptz NOT NULL", "ts")]),
    ("promotions", "Marketing campaigns and discount codes.", 20,
     [("promo_id", "integer PRIMARY KEY", "id"), ("promo_code", "text NOT NULL", "code"), ("discount_pct", "integer NOT NULL", "small"), ("valid_from", "date NOT NULL", "date")]),
    ("promo_redemptions", "Use of discount codes on bookings.", 150,
     [("redemption_id", "integer PRIMARY KEY", "id"), ("promo_id", "integer NOT NULL", "small"), ("booking_ref", "text NOT NULL", "ref")]),
    ("travel_agents", "Travel agencies selling tickets (channel 'AGT').", 25,
     [("agent_id", "integer PRIMARY KEY", "id"), ("agent_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country"), ("commission_pct", "numeric(4,1) NOT NULL", "pct")]),
    ("agent_commissions", "Commission statements to travel agents.", 100,
     [("statement_id", "integer PRIMARY KEY", "id"), ("agent_id", "integer NOT NULL", "small"), ("period_month", "date NOT NULL", "date"), ("amount_eur", "numeric(10,2) NOT NULL", "money")]),
    ("departments", "Shore organisation departments.", 12,
     [("department_id", "integer PRIMARY KEY", "id"), ("department_name", "text NOT NULL", "word")]),
    ("shore_employees", "Shore-based staff (offices, terminals); not seafarers (crew_members).", 80,
     [("employee_id", "integer PRIMARY KEY", "id"), ("department_id", "integer NOT NULL", "small"), ("full_name", "text NOT NULL", "name"), ("hired_on", "date NOT NULL", "date")]),
    ("timesheets", "Weekly hours of shore employees.", 300,
     [("timesheet_id", "integer PRIMARY KEY", "id"), ("employee_id", "integer NOT NULL", "int"), ("week_start", "date NOT NULL", "date"), ("hours", "numeric(4,1) NOT NULL", "hours")]),
    ("weather_observations", "Wind observations at ports (m/s).", 400,
     [("obs_id", "integer PRIMARY KEY", "id"), ("port_id", "integer NOT NULL", "port"), ("observed_at", "timestamptz NOT NULL", "ts"), ("wind_ms", "numeric(4,1) NOT NULL", "hours")]),
    ("tide_predictions", "Predicted water levels at ports (cm).", 300,
     [("tide_id", "integer PRIMARY KEY", "id"), ("port_id", "integer NOT NULL", "port"), ("predicted_at", "timestamptz NOT NULL", "ts"), ("level_cm", "integer NOT NULL", "int")]),
    ("port_berths", "Berths at the ports.", 30,
     [("berth_id", "integer PRIMARY KEY", "id"), ("port_id", "integer NOT NULL", "port"), ("berth_name", "text NOT NULL", "code"), ("max_length_m", "integer NOT NULL", "int")]),
    ("gangway_inspections", "Inspections of passenger gangways.", 80,
     [("inspection_id", "integer PRIMARY KEY", "id"), ("berth_id", "integer NOT NULL", "small"), ("inspected_on", "date NOT NULL", "date"), ("passed", "boolean NOT NULL", "bool")]),
    ("dry_dock_periods", "Planned dry-dock periods (plans; costs are in maintenance_orders).", 20,
     [("dock_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("starts_on", "date NOT NULL", "date"), ("ends_on", "date NOT NULL", "date")]),
    ("emissions_reports", "Monthly CO2 reports per vessel (EU MRV), tonnes.", 150,
     [("report_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("month_start", "date NOT NULL", "date"), ("co2_tonnes", "numeric(10,1) NOT NULL", "hours")]),
    ("noon_reports", "Daily noon reports from the bridge (position, speed).", 400,
     [("noon_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("reported_at", "timestamptz NOT NULL", "ts"), ("speed_kn", "numeric(4,1) NOT NULL", "hours")]),
    ("lost_and_found", "Items found on board.", 60,
     [("item_id", "integer PRIMARY KEY", "id"), ("vessel_id", "integer NOT NULL", "vessel"), ("found_on", "date NOT NULL", "date"), ("description", "text NOT NULL", "word")]),
    ("freight_accounts", "Freight (truck) accounts of haulage companies.", 30,
     [("freight_account_id", "integer PRIMARY KEY", "id"), ("company_name", "text NOT NULL", "word"), ("credit_limit_eur", "numeric(12,2) NOT NULL", "money")]),
    ("gdpr_erasure_requests", "Data-protection erasure requests from customers.", 30,
     [("request_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("received_on", "date NOT NULL", "date"), ("completed_on", "date", "date")]),
    ("app_sessions", "Mobile app sessions (analytics).", 300,
     [("session_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer", "customer"), ("started_at", "timestamptz NOT NULL", "ts"), ("duration_s", "integer NOT NULL", "int")]),
    ("parking_bookings", "Parking at the terminals.", 120,
     [("parking_id", "integer PRIMARY KEY", "id"), ("port_id", "integer NOT NULL", "port"), ("booking_ref", "text NOT NULL", "ref"), ("days", "integer NOT NULL", "small")]),
    ("lounge_access", "Lounge upgrades sold at the terminals.", 100,
     [("access_id", "integer PRIMARY KEY", "id"), ("booking_ref", "text NOT NULL", "ref"), ("price_eur", "numeric(8,2) NOT NULL", "money")]),
    ("pet_passes", "Pets travelling with passengers.", 80,
     [("pet_pass_id", "integer PRIMARY KEY", "id"), ("booking_ref", "text NOT NULL", "ref"), ("species", "text NOT NULL", "word")]),
    ("special_assistance_requests", "Requests for assistance (wheelchair etc.).", 60,
     [("request_id", "integer PRIMARY KEY", "id"), ("booking_ref", "text NOT NULL", "ref"), ("need", "text NOT NULL", "word")]),
    ("email_notifications", "LOG of e-mails sent to customers.", 300,
     [("email_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("sent_at", "timestamptz NOT NULL", "ts"), ("template", "text NOT NULL", "word")]),
    ("login_events", "LOG of customer web/app logins.", 300,
     [("event_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("logged_in_at", "timestamptz NOT NULL", "ts")]),
    ("api_request_log", "LOG of partner API calls.", 300,
     [("request_id", "integer PRIMARY KEY", "id"), ("agent_id", "integer NOT NULL", "small"), ("requested_at", "timestamptz NOT NULL", "ts"), ("http_status", "integer NOT NULL", "int")]),
    ("data_quality_issues", "LOG of data-quality findings raised by the warehouse checks.", 50,
     [("issue_id", "integer PRIMARY KEY", "id"), ("table_name", "text NOT NULL", "word"), ("found_at", "timestamptz NOT NULL", "ts"), ("resolved", "boolean NOT NULL", "bool")]),
]
_GCOMMENT = {"id": "Surrogate key.", "ref": "Booking reference (text, as in bookings/archive_bookings.booking_ref).", "method": "Payment method (payment_methods).",
             "ts": "Moment (UTC).", "money": "Amount.", "customer": "Customer (customers.customer_id).", "date": "Date.", "ccy": "Currency code.",
             "int": "Integer value.", "vessel": "Vessel (vessels.vessel_id).", "code": "Code.", "small": "Small integer / reference id.", "word": "Text.",
             "country": "ISO country code.", "crew": "Crew member (crew_members.crew_id).", "bool": "Flag.", "pct": "Percent.", "name": "Person name.",
             "port": "Port (ports.port_id).", "hours": "Measured value."}
for _n, _c, _rows, _cols in GENERIC:
    T(_n, _c + " Side system; not part of the sailing, booking, crew, fuel, fee or maintenance record.",
      [(cn, ct, _GCOMMENT[k] if cn != "booking_ref" else _GCOMMENT["ref"]) for cn, ct, k in _cols])
for _y in (2022, 2023, 2024, 2025):
    T(f"ais_positions_{_y}", f"PARTITION {_y} of AIS position reports (a sample: a few per vessel and day of {_y}, UTC). Positions only; not the sailing record.", [
        C("vessel_id", "integer NOT NULL", "Vessel."), C("reported_at", "timestamptz NOT NULL", "Moment (UTC)."),
        C("lat", "numeric(8,5) NOT NULL", "Latitude."), C("lon", "numeric(8,5) NOT NULL", "Longitude."), C("speed_kn", "numeric(4,1) NOT NULL", "Speed over ground, knots.")])
for _i, _p in enumerate(PORTS):
    T(f"berth_schedule_{_p[0].lower()}", f"Berth allocation plan of port {_p[1]} ({_p[0]}) as published by the port authority (plans; may list sailings that were later cancelled or retimed). Not the sailing record.", [
        C("plan_id", "integer PRIMARY KEY", "Surrogate key."), C("sailing_code", "text NOT NULL", "Sailing planned at the berth."),
        C("berth_name", "text NOT NULL", "Berth."), C("planned_from_local", "timestamp NOT NULL", "Planned berth occupation start, local time of the port.")])

TABLE_NAMES = [t["name"] for t in TABLES]


# =================================================================================== data
def _fx(r: random.Random):
    rows, rates = [], {}
    for ccy in [c for c, _ in CURRENCIES]:
        v = FX_BASE[ccy] * (1 + r.uniform(-0.03, 0.03))
        for d in days(FX_FROM, FX_TO):
            if ccy == "EUR":
                q = Decimal("1.000000")
            else:
                v *= 1 + r.gauss(0, 0.003)
                v = min(max(v, FX_BASE[ccy] * 0.85), FX_BASE[ccy] * 1.15)
                q = _d(round(v, 6)).quantize(Decimal("0.000001"))
            rates[(d, ccy)] = q
    for d in days(FX_FROM, FX_TO):
        for ccy, _ in CURRENCIES:
            rows.append((d, ccy, rates[(d, ccy)]))
    return rows, rates


def _vessel_for(route_id: int, d: date) -> int:
    if route_id == 1:
        return 1
    if route_id in (2, 3):
        return 2
    if route_id in (4, 5):
        return 4 if (route_id == 4 or d.month % 2 == 0) else 3
    if route_id == 6:
        return 3
    if route_id == 7:
        return 6
    if route_id == 8:
        return 5 if d.month in (6, 7, 8) else 6
    if route_id == 9:
        return 7
    return 8 if d >= date(2025, 3, 1) else 7


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)
    out: dict[str, list[tuple]] = {n: [] for n in TABLE_NAMES}
    out["regions"] = list(REGIONS)
    out["countries"] = list(COUNTRIES)
    out["currencies"] = list(CURRENCIES)
    out["fx_rates"], rates = _fx(r)
    fp = []
    for fy in range(2021, 2027):
        for q in range(4):
            m = 4 + 3 * q
            y = fy - 1 + (m - 1) // 12
            m = (m - 1) % 12 + 1
            s = date(y, m, 1)
            e = (date(y + (m + 2) // 12, (m + 2) % 12 + 1, 1)) - timedelta(days=1)
            fp.append((fy, q + 1, s, e))
    out["fiscal_periods"] = fp
    out["ports"] = [(i + 1, p[0], p[1], p[2], p[3], p[5]) for i, p in enumerate(PORTS)]
    out["routes"] = [(i + 1, *rt) for i, rt in enumerate(ROUTES)]
    out["vessel_types"] = [("ropax", "Passenger and vehicle ferry"), ("hsc", "High-speed craft")]
    out["vessels"] = [(i + 1, v[1], v[0], v[2], v[3], v[4], v[5], v[6], v[7], True) for i, v in enumerate(VESSELS)]
    vnh = []
    for i, v in enumerate(VESSELS):
        vid = i + 1
        for nm, vf, vt in NAME_HISTORY.get(vid, [(v[0], date(v[6], 1, 1) if vid != 8 else date(2024, 11, 1), None)]):
            vnh.append((vid, nm, vf, vt))
    out["vessel_name_history"] = vnh
    out["cancel_reasons"] = list(CANCEL_REASONS)
    out["sales_channels"] = list(CHANNELS)
    out["ticket_types"] = list(TICKET_TYPES)
    out["ranks"] = list(RANKS)
    out["duty_roles"] = [("bridge", "Navigation"), ("engine", "Engine room"), ("deck", "Deck and car deck"), ("hotel", "Passenger services")]
    out["maintenance_categories"] = list(MAINT_CATS)
    out["fee_types"] = list(FEE_TYPES)
    out["fuel_types"] = [("MGO", "Marine gas oil"), ("VLSFO", "Very-low-sulphur fuel oil"), ("LNG", "Liquefied natural gas")]
    out["legacy_status_codes"] = [("B", "booked"), ("R", "reist (travelled)"), ("N", "no-show"), ("K", "kansellert (cancelled)")]
    out["customer_tiers"] = [("BLUE", "Entry tier"), ("SILVER", "Frequent"), ("GOLD", "Top")]
    out["payment_methods"] = [("CARD", "Card"), ("INVOICE", "Invoice"), ("VOUCHER", "Voucher"), ("MOBILE", "Mobile pay")]

    # fares ------------------------------------------------------------------------------------
    fares, fid = [], 0
    fare_lookup = {}  # (route, type) -> list of (from, to, fare_id, price)
    no_july = r.sample(range(1, 11), 3)  # routes whose CAR price did not change on 2024-07-01
    for rid in range(1, 11):
        mult = 0.6 + ROUTES[rid - 1][4] / 300.0
        for tt, *_ in TICKET_TYPES:
            breaks = list(FARE_BREAKS)
            if tt == "CAR" and rid in no_july:
                breaks = [b for b in breaks if b != date(2024, 7, 1)]
                if seed != SEEDS[0] and rid == no_july[0]:  # extension: this route's car price changed on 2024-07-02 instead
                    breaks = sorted(breaks + [date(2024, 7, 2)])
            lvl = BASE_FARE[tt] * mult * r.uniform(0.9, 1.1)
            for k, b in enumerate(breaks):
                lvl *= r.uniform(1.02, 1.12) if k else 1
                end = breaks[k + 1] if k + 1 < len(breaks) else None
                fid += 1
                price = money(lvl) if tt != "INF" else Decimal("0.00")
                fares.append((fid, rid, tt, price, b, end))
                fare_lookup.setdefault((rid, tt), []).append((b, end, fid, price))
    out["fare_history"] = fares

    def fare_on(rid, tt, d):
        for b, e, f, p in fare_lookup[(rid, tt)]:
            if b <= d and (e is None or d < e):
                return f, p
        raise ValueError((rid, tt, d))

    # customers --------------------------------------------------------------------------------
    ccs = ["NO", "NO", "DK", "DK", "SE", "SE", "DE", "DE", "PL", "FI", "EE", "NL", "GB"]
    custs = []
    for i in range(1, 241):
        cc = r.choice(ccs)
        corp = r.random() < 0.15
        name = (f"{r.choice(LAST)} {r.choice(['Shipping', 'Logistik', 'Transport', '& Sønner', 'AB', 'AS'])}" if corp
                else f"{r.choice(FIRST)} {r.choice(LAST)}")
        custs.append((i, f"C{i:05d}", name, cc, "corporate" if corp else "private",
                      datetime(2018, 1, 1, tzinfo=UTC) + timedelta(days=r.randrange(1500), seconds=r.randrange(86400))))
    out["customers"] = custs
    cust_w = [r.paretovariate(1.3) for _ in custs]
    cust_ccy = {c[0]: PORT_CCY.get(c[3], "EUR") for c in custs}

    # crew -------------------------------------------------------------------------------------
    crew, rank_hist = [], []
    rank_pool = ["MST"] * 6 + ["CO"] * 6 + ["OOW"] * 10 + ["CE"] * 5 + ["ENG"] * 8 + ["AB"] * 14 + ["STW"] * 11
    for i in range(1, 61):
        rk = rank_pool[i - 1]
        hired = date(2010, 1, 1) + timedelta(days=r.randrange(4000))
        hist = [(rk, hired, None)]
        if rk in PROMOTE and r.random() < 0.45:
            pd = date(2022, 1, 1) + timedelta(days=r.randrange(1000))
            hist = [(rk, hired, pd), (PROMOTE[rk], pd, None)]
        for h in hist:
            rank_hist.append((i, h[0], h[1], h[2]))
        crew.append([i, f"E{1000 + i}", f"{r.choice(FIRST)} {r.choice(LAST)}", hist[-1][0], r.choice([None, 1, 4, 5, 9]), hired, None])
    officer_ids = [c[0] for c in crew if rank_pool[c[0] - 1] in ("MST", "CO", "OOW", "CE", "ENG")]
    rating_ids = [c[0] for c in crew if c[0] not in officer_ids]

    # sailings, bookings, tickets ----------------------------------------------------------------
    sid = bid = tkid = rfid = caid = pfid = 0
    ext = {"sailings": [], "bookings": [], "tickets": [], "refunds": [], "crew": [], "fees": []}
    arch = {"sailings": [], "bookings": [], "tickets": [], "refunds": [], "crew": [], "fees": []}
    boarding = []  # (region, year, row)
    cancel_winter = r.uniform(0.06, 0.12)
    cancel_summer = r.uniform(0.015, 0.04)
    load_lvl = {rid: r.uniform(0.25, 0.8) for rid in range(1, 11)}
    archived_at = datetime(2023, 2, 1, 2, 0, tzinfo=UTC)
    sailing_info = {}

    def add_sailing(rid, local_dt, status=None, reason=None, vessel=None, force_board=None, delay=None):
        nonlocal sid
        code_r, o, de, reg, nm, mins, opened = ROUTES[rid - 1]
        base = PORTS[o - 1][4]
        u = local_to_utc(local_dt, base)
        sid += 1
        vid = vessel or _vessel_for(rid, u.date())
        if status is None:
            if u >= EXTRACT:
                status = "scheduled"
            else:
                p = cancel_winter if u.month in (11, 12, 1, 2, 3) else cancel_summer
                status = "cancelled" if r.random() < p else "completed"
        if status == "cancelled" and reason is None:
            reason = r.choices(["WX", "TECH", "CREW", "PORT", "LOW"], [6 if u.month in (11, 12, 1, 2, 3) else 2, 2, 1, 1, 1])[0]
        ad = aa = None
        if status == "completed":
            ad = u + timedelta(minutes=int(r.expovariate(1 / 12)) if delay is None else delay)
            aa = ad + timedelta(minutes=mins + r.randint(-10, 25))
        code = f"{code_r}-{local_dt:%Y%m%d}-{local_dt:%H%M}"
        row = (sid, code, rid, vid, u, local_dt, ad, aa, status, reason)
        target = arch if u < ARCHIVE_CUTOFF else ext
        target["sailings"].append(row + ((archived_at,) if target is arch else ()))
        sailing_info[sid] = (rid, vid, u, status, target is arch)
        if status == "completed":
            cap = VESSELS[vid - 1][3]
            pax = force_board if force_board is not None else max(5, int(cap * min(0.98, load_lvl[rid] * r.uniform(0.5, 1.3))))
            veh = int(VESSELS[vid - 1][4] * r.uniform(0.1, 0.9))
            boarding.append((reg, u.year, (sid, aa, pax, veh, f"GATE-{PORTS[o - 1][0]}-{r.randint(1, 3)}")))
            # crew
            for cid, role in ((r.choice(officer_ids), "bridge"), (r.choice(rating_ids), r.choice(["deck", "hotel"]))):
                add_crew(sid, cid, role, round(mins / 60 + r.choice([0.5, 1, 1.5, 2]), 1), target)
            add_fee(sid, o, u, target)
        # bookings
        nb = r.randint(1, 4) if status == "completed" else (r.randint(0, 2) if status == "cancelled" else r.randint(0, 3))
        for _ in range(nb):
            add_booking(sid, u, status, target)
        return sid

    def add_crew(s, cid, role, hours, target):
        nonlocal caid
        caid += 1
        target["crew"].append((caid, s, cid, role, _d(hours).quantize(Decimal("0.1"))) + ((archived_at,) if target is arch else ()))

    def add_fee(s, port, u, target):
        nonlocal pfid
        pfid += 1
        ccy = PORT_CCY[PORTS[port - 1][2]]
        amt = money(r.uniform(300, 1500) / float(FX_BASE[ccy]))
        target["fees"].append((pfid, s, port, r.choice(["BERTH", "PAX", "ENV"]), amt, ccy, (u + timedelta(days=r.randint(3, 20))).date())
                              + ((archived_at,) if target is arch else ()))

    def add_booking(s, u, sstatus, target, cust=None, status=None, booked_at=None, deleted=None, tickets=None, ccy=None, refund_days=None):
        nonlocal bid, tkid, rfid
        bid += 1
        c = cust or r.choices(custs, cust_w)[0][0]
        ccy = ccy or cust_ccy[c]
        if booked_at is None:
            booked_at = u - timedelta(days=r.randint(1, 90), seconds=r.randrange(86400))
            if booked_at >= EXTRACT:
                booked_at = EXTRACT - timedelta(hours=r.randint(1, 48))
        if booked_at.date() < FX_FROM:
            booked_at = datetime(2021, 1, 2, 10, 0, tzinfo=UTC)
        if status is None:
            if sstatus == "cancelled":
                status = "cancelled"
            elif sstatus == "scheduled":
                status = "confirmed" if r.random() < 0.9 else "cancelled"
            else:
                status = r.choices(["travelled", "no_show", "cancelled"], [85, 4, 11])[0]
        if deleted == "none":
            deleted = None
        elif deleted is None:
            deleted = (booked_at + timedelta(days=r.randint(0, 5))) if r.random() < 0.03 else None
            if deleted is not None and deleted >= EXTRACT:
                deleted = EXTRACT - timedelta(minutes=5)
        ref = f"FB{u.year % 100:02d}{bid:06d}"
        target["bookings"].append((bid, ref, c, s, booked_at, r.choice([c for c, _ in CHANNELS]), status, ccy, deleted)
                                  + ((archived_at,) if target is arch else ()))
        rid = sailing_info[s][0]
        if tickets is None:
            tickets = ["ADT"] + r.choices(["ADT", "CHD", "INF", "SNR"], [5, 3, 1, 2], k=r.randint(0, 3))
            if r.random() < 0.55:
                tickets.append(r.choices(["CAR", "VAN", "MC", "TRK"], [10, 2, 1, 1])[0])
            if r.random() < 0.3:
                tickets.append("CAB")
        rate = rates[(booked_at.date(), ccy)]
        total = Decimal(0)
        for tt in tickets:
            tkid += 1
            f, p = fare_on(rid, tt, u.date())
            disc = r.choice([1, 1, 1, 0.9, 0.8])
            amt = money(float(p) * disc / float(rate))
            manual = r.random() < 0.02
            total += amt
            target["tickets"].append((tkid, bid, tt, None if manual else f, amt) + ((archived_at,) if target is arch else ()))
        if status == "cancelled":
            rfid += 1
            target["refunds"].append((rfid, bid, booked_at + timedelta(days=r.randint(1, 10) if refund_days is None else refund_days), total, ccy)
                                     + ((archived_at,) if target is arch else ()))
        return bid

    for rid in range(1, 11):
        opened = max(D0, date(2023, 3, 1) if rid == 10 else D0)
        off = r.randrange(7)
        for d in days(opened, D1):
            if (d.toordinal() + off) % 7 == 0:
                hh, mm = r.choice([t for t in ROUTE_TIMES[rid] if d != D0 or t[0] >= 6])  # nothing before 2022-01-01 UTC
                add_sailing(rid, datetime.combine(d, time(hh, mm)))

    if seed != SEEDS[0]:
        _plant(r, add_sailing, add_booking, add_crew, ext, arch, crew, rank_hist, sailing_info, custs, officer_ids)
        _plant_ext(add_sailing, add_booking, add_crew, ext, arch, crew, rank_hist, sailing_info, custs)

    out["sailings"] = sorted(ext["sailings"])
    out["archive_sailings"] = sorted(arch["sailings"])
    for k, t in (("bookings", "bookings"), ("tickets", "tickets"), ("refunds", "refunds"), ("crew", "crew_assignments"), ("fees", "port_fees")):
        out[t] = sorted(ext[k])
        out["archive_" + t] = sorted(arch[k])
    out["crew_members"] = [tuple(c) for c in crew]
    out["crew_rank_history"] = sorted(rank_hist)
    for reg, y, row in boarding:
        out[f"boarding_counts_{reg}_{y}"].append(row)
    for reg, _ in REGIONS:
        for y in (2022, 2023, 2024, 2025):
            out[f"boarding_counts_{reg}_{y}"].sort()

    # maintenance ------------------------------------------------------------------------------
    mo, woid = [], 0
    for vid in range(1, 8):
        for _ in range(r.randint(10, 18)):
            woid += 1
            op = date(2021, 1, 1) + timedelta(days=r.randrange(1600))
            cl = op + timedelta(days=r.randint(1, 90))
            ccy = r.choice(["EUR", "EUR", "NOK", "DKK", "PLN"])
            if cl > date(2025, 6, 30) or r.random() < 0.06:
                mo.append((woid, vid, r.choice(MAINT_CATS)[0], op, None, "open", None, ccy))
            else:
                mo.append((woid, vid, r.choice(MAINT_CATS)[0], op, cl, "closed", money(r.uniform(2000, 90000) / FX_BASE[ccy]), ccy))
    woid += 1
    mo.append((woid, 8, "SAFE", date(2025, 4, 2), date(2025, 4, 20), "closed", Decimal("4200.00"), "EUR"))
    if seed != SEEDS[0]:
        for vid, op, cl, amt, ccy in ((1, date(2022, 12, 1), date(2022, 12, 31), "50000.00", "EUR"), (2, date(2022, 12, 20), date(2023, 1, 1), "12000.00", "NOK"),
                                       (3, date(2024, 12, 1), date(2024, 12, 31), "8000.00", "DKK"), (4, date(2024, 12, 20), date(2025, 1, 1), "30000.00", "EUR"),
                                       (5, date(2024, 10, 1), None, None, "EUR"),
                                       (5, date(2023, 5, 2), date(2023, 5, 20), "20000.00", "EUR"), (5, date(2023, 6, 1), date(2023, 6, 10), "19999.50", "EUR"),
                                       (5, date(2023, 7, 3), date(2023, 7, 12), "20000.50", "EUR")):
            woid += 1
            mo.append((woid, vid, "ENG", op, cl, "closed" if cl else "open", Decimal(amt) if amt else None, ccy))
    out["maintenance_orders"] = mo

    # bunkering ------------------------------------------------------------------------------
    fb, bkid = [], 0
    for vid in range(1, 8):
        t = datetime(2022, 1, 3, tzinfo=UTC) + timedelta(days=r.randrange(20))
        while t < EXTRACT:
            bkid += 1
            port = r.choice([1, 4, 5, 8, 9])
            ccy = PORT_CCY[PORTS[port - 1][2]]
            eur = r.uniform(560, 780)
            fb.append((bkid, vid, port, t, r.choice(["MGO", "VLSFO"]), _d(round(r.uniform(80, 600), 1)),
                       money(eur / float(rates[(t.date(), ccy)])), ccy))
            t += timedelta(days=r.randint(20, 40), seconds=r.randrange(86400))
    if seed != SEEDS[0]:
        for vid, port, t, price, ccy in ((1, 5, datetime(2024, 3, 5, 10, tzinfo=UTC), "700.00", "EUR"), (2, 9, datetime(2024, 8, 1, 9, tzinfo=UTC), "700.01", "EUR"),
                                         (3, 5, datetime(2023, 12, 31, 23, 30, tzinfo=UTC), "790.00", "EUR"), (4, 9, datetime(2025, 1, 1, 0, 0, tzinfo=UTC), "795.00", "EUR"),
                                         (5, 1, datetime(2024, 12, 31, 23, 0, tzinfo=UTC), None, "NOK")):
            bkid += 1
            pr = Decimal(price) if price else money(760 / float(rates[(t.date(), ccy)]))
            fb.append((bkid, vid, port, t, "MGO", Decimal("250.0"), pr, ccy))
    if seed != SEEDS[0]:  # extension boundary rows (fiscal 2024 edges, exactly 300,000.00 EUR)
        for vid, port, t, qty, price in ((6, 5, datetime(2023, 4, 1, 0, 0, tzinfo=UTC), "500.0", "700.00"), (7, 9, datetime(2023, 3, 31, 23, 30, tzinfo=UTC), "500.0", "700.00"),
                                          (1, 5, datetime(2024, 3, 31, 23, 59, tzinfo=UTC), "400.0", "750.00"), (2, 9, datetime(2024, 4, 1, 0, 0, tzinfo=UTC), "500.0", "700.00"),
                                          (3, 5, datetime(2023, 10, 10, 9, 0, tzinfo=UTC), "380.2", "789.06"),   # 300,000.61 EUR (h024 limit)
                                          (4, 5, datetime(2022, 12, 31, 12, 0, tzinfo=UTC), "600.0", "800.00"), (6, 9, datetime(2023, 1, 1, 0, 0, tzinfo=UTC), "600.0", "810.00"),
                                          (7, 9, datetime(2024, 1, 1, 0, 0, tzinfo=UTC), "300.0", "720.00"), (1, 5, datetime(2024, 12, 31, 12, 0, tzinfo=UTC), "600.0", "805.00"),
                                          (2, 5, datetime(2025, 1, 1, 0, 0, tzinfo=UTC), "600.0", "815.00"),
                                          (3, 9, datetime(2024, 6, 1, 8, 0, tzinfo=UTC), "600.0", "790.00"), (5, 9, datetime(2024, 6, 2, 8, 0, tzinfo=UTC), "600.0", "790.00")):  # tie
            bkid += 1
            fb.append((bkid, vid, port, t, "VLSFO", Decimal(qty), Decimal(price), "EUR"))
    out["fuel_bunkering"] = fb

    # legacy (2021) ------------------------------------------------------------------------------
    ld, lb, dno, lbno = [], [], 0, 0
    for rid in range(1, 10):
        off = r.randrange(7)
        for d in days(date(2021, 1, 3), date(2021, 12, 28)):
            if (d.toordinal() + off) % 7 == 0:
                dno += 1
                codes = OLD_CODES[rid]
                oc = codes[0] if len(codes) == 1 else (codes[0] if d.month < 7 else codes[1])
                if rid == 5:
                    oc = "KG9" if d.month in (6, 7, 8) else "KG1"
                hh, mm = r.choice([t for t in ROUTE_TIMES[rid] if t[0] >= 6])
                canc = "J" if r.random() < (cancel_winter if d.month in (11, 12, 1, 2, 3) else cancel_summer) else "N"
                ld.append((dno, oc, VESSELS[_vessel_for(rid, d) - 1][8], d, time(hh, mm), canc))
                for _ in range(r.randint(1, 4)):
                    lbno += 1
                    st = "K" if canc == "J" else r.choices(["R", "N", "K"], [85, 4, 11])[0]
                    a, ch, v = r.randint(1, 3), r.choice([0, 0, 1, 2]), r.choice([0, 1])
                    lb.append((lbno, dno, f"{r.choice(FIRST)} {r.choice(LAST)}", a, ch, v, money((a * 600 + ch * 300 + v * 900) * r.uniform(0.8, 1.2)), st))
    if seed != SEEDS[0]:  # extension boundary rows: legacy departures on 2020-12-31, 2021-01-01 and 2021-12-31
        for rid, oc, d, canc, bks in ((5, "KG1", date(2020, 12, 31), "N", (("R", 9, 9, 1), ("K", 1, 1, 0))),
                                      (2, "KH1", date(2020, 12, 31), "N", (("R", 2, 1, 0),)),
                                      (7, "YS1", date(2020, 12, 31), "J", (("K", 1, 0, 0),)), (8, "SY1", date(2020, 12, 31), "J", (("K", 1, 1, 0),)),
                                      (5, "KG1", date(2021, 1, 1), "N", (("R", 5, 5, 1), ("B", 6, 4, 0), ("N", 1, 0, 1))),
                                      (7, "YS1", date(2021, 1, 1), "J", (("K", 2, 0, 1),)),
                                      (9, "HT1", date(2021, 12, 31), "J", (("K", 1, 1, 1),)),
                                      (5, "KG1", date(2021, 12, 31), "N", (("R", 1, 2, 0),)),
                                      (2, "KH2", date(2021, 12, 31), "N", (("R", 9, 8, 0), ("B", 1, 0, 1), ("K", 2, 2, 1)))):
            dno += 1
            ld.append((dno, oc, VESSELS[_vessel_for(rid, d) - 1][8], d, time(15, 5), canc))
            for st, a, ch, v in bks:
                lbno += 1
                lb.append((lbno, dno, "Planted Boundary", a, ch, v, money(a * 600 + ch * 300 + v * 900), st))
    out["legacy_departures"] = ld
    out["legacy_bookings"] = lb
    out["legacy_route_code_map"] = [(oc, rid, "seasonal summer code" if oc == "KG9" else ("code used from July 2021" if oc == "KH2" else None))
                                    for rid, codes in sorted(OLD_CODES.items()) for oc in codes]
    out["legacy_vessel_map"] = [(v[8], i + 1) for i, v in enumerate(VESSELS) if v[8]]
    out["legacy_fares"] = [(oc, pc, money(pr * r.uniform(0.9, 1.1))) for codes in OLD_CODES.values() for oc in codes for pc, pr in (("V", 600), ("B", 300), ("BIL", 900))]
    out["legacy_customers"] = [(i, f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(["Norge", "Danmark", "Sverige", None])) for i in range(1, 81)]

    _decoys(r, out, rates)
    _generic(r, out)
    if seed != SEEDS[0]:
        _plant_mut(out, rates)
    return out


def _q(v, n):
    return Decimal(v).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def _digits_matter(v) -> bool:
    """v rounded to 1, 2, 3 and 4 decimals gives four different numbers, each step moving it by at least
    2e-6 relative (above the comparator's 1e-6), so a ROUND to other decimals shows."""
    q = [_q(v, n) for n in (1, 2, 3, 4)]
    return all(abs(a - b) >= abs(v) * Decimal("2e-6") for a, b in zip(q, q[1:]))


def _free_day(out, vessel, local, hours=36):
    """The first day from local's on which vessel has no other sailing within `hours` of the departure (same wall time)."""
    busy = [s[4] for s in out["sailings"] + out["archive_sailings"] if s[3] == vessel]
    while any(abs((b - local_to_utc(local, 1)).total_seconds()) < hours * 3600 for b in busy):
        local += timedelta(days=1)
    return local


def _free_vessel(out, sailing, hours=36):
    """The lowest-numbered vessel of 1..7 other than the sailing's with no sailing within `hours` of it."""
    return next(v for v in range(1, 8) if v != sailing[3] and not any(
        s[3] == v and abs((s[4] - sailing[4]).total_seconds()) < hours * 3600 for s in out["sailings"] + out["archive_sailings"]))


def _plant_mut(out, rates):
    """Mutant-review boundary rows (instances 1..3), added after every other row so that no other row
    changes; deterministic (no random draws). See README.md, "Mutant boundary rows"."""
    arch_at = datetime(2023, 2, 1, 2, 0, tzinfo=UTC)
    # h010: a small work order of Nordic Aurora (no other 2023-2024 cost) whose EUR value shows the 1st-4th decimals
    wo = max(m[0] for m in out["maintenance_orders"]) + 1
    cl = date(2024, 12, 6)
    amt = Decimal("1234.56")
    while not _digits_matter(amt * rates[(cl, "NOK")]):
        amt += CENT
    out["maintenance_orders"].append((wo, 8, "HOTEL", date(2024, 11, 20), cl, "closed", amt, "NOK"))
    # h010: two vessels tied on their 2023-2024 cost (rounded to cents), decided only by the name
    cost = {}
    for m in out["maintenance_orders"]:
        if m[5] == "closed" and date(2023, 1, 1) <= m[4] < date(2025, 1, 1):
            cost[m[1]] = cost.get(m[1], Decimal(0)) + m[6] * rates[(m[4], m[7])]
    rc = sorted((_q(v, 2), k) for k, v in cost.items())
    (lo, vlo), (hi, _vhi) = min(zip(rc, rc[1:]), key=lambda p: p[1][0] - p[0][0])
    out["maintenance_orders"].append((wo + 1, vlo, "AUX", date(2023, 6, 1), date(2023, 6, 15), "closed", hi - lo, "EUR"))
    # h032: two of the six customers with the most 2022 ticket revenue tied (rounded to cents), decided only by customer_no
    asail = {s[0]: s for s in out["archive_sailings"]}
    abk = {b[0]: b for b in out["archive_bookings"]}
    cno = {c[0]: c[1] for c in out["customers"]}
    rev = {}
    for t in out["archive_tickets"]:
        b = abk[t[1]]
        if b[8] is None and b[6] in ("travelled", "no_show") and asail[b[3]][4].year == 2022:
            rev[b[2]] = rev.get(b[2], Decimal(0)) + t[4] * rates[(b[4].date(), b[7])]
    top = sorted(rev, key=lambda c: (-_q(rev[c], 2), cno[c]))[:6]
    hi_c, lo_c = min(zip(top, top[1:]), key=lambda p: _q(rev[p[0]], 2) - _q(rev[p[1]], 2))
    bkg = min((b for b in out["archive_bookings"] if b[2] == lo_c and b[8] is None and b[6] == "travelled"),
              key=lambda b: (b[7] != "EUR", b[0]))
    rate = rates[(bkg[4].date(), bkg[7])]
    target = _q(rev[hi_c], 2)
    p = money((target - rev[lo_c]) / rate) - Decimal("0.10")
    while _q(rev[lo_c] + p * rate, 2) != target:
        p += CENT
    tid = max(t[0] for t in out["tickets"] + out["archive_tickets"]) + 1
    out["archive_tickets"].append((tid, bkg[0], "CAB", None, p, arch_at))
    # h001 / h019: archived sailings sharing the code of another archived sailing (allowed in the archive: a relief
    # departure of the same route at the same local time, by another vessel): a weather cancellation in
    # November 2022 and a completed sailing of December 2022 that left more than 25 minutes late
    nsid = max(s[0] for s in out["sailings"] + out["archive_sailings"]) + 1
    seen = {}
    for s in out["archive_sailings"]:
        seen[s[1]] = seen.get(s[1], 0) + 1
    wx = next(s for s in out["archive_sailings"] if s[8] == "cancelled" and s[9] == "WX" and s[4] >= datetime(2022, 11, 1, tzinfo=UTC) and seen[s[1]] == 1)
    out["archive_sailings"].append((nsid, wx[1], wx[2], _free_vessel(out, wx), *wx[4:]))
    late = next(s for s in out["archive_sailings"] if s[8] == "completed" and s[4] >= datetime(2022, 12, 1, tzinfo=UTC)
                and s[6] - s[4] > timedelta(minutes=25) and seen[s[1]] == 1)
    out["archive_sailings"].append((nsid + 1, late[1], late[2], _free_vessel(out, late), *late[4:]))
    reg = ROUTES[late[2] - 1][3]
    out[f"boarding_counts_{reg}_2022"].append((nsid + 1, late[7], 60, 12, f"GATE-{PORTS[ROUTES[late[2] - 1][1] - 1][0]}-1"))
    _plant_trelleborg(out, rates, nsid + 2)


def _plant_trelleborg(out, rates, nsid):
    """A small new port, Trelleborg (SEK), served since autumn 2023 by two routes with only a few sailings
    (instances 1..3): SWI-TRG, one completed sailing of 2023-09 without revenue bookings (h040: 0 EUR per
    passenger) whose port fee Trelleborg charged in SEK (h037: a small fiscal-2024 port); TRG-SWI, a weather
    cancellation in 2024 (h026: an origin port without completed sailings before 2025) and a completed sailing
    of 2025-02 with one small SEK booking (h006: a small fiscal-2025 route). Then Klaipėda (LT, EUR), called at
    once in 2023 (h027: a small country)."""
    trg = len(out["ports"]) + 1
    out["ports"].append((trg, "SETRG", "Trelleborg", "SE", "east", "Europe/Stockholm"))
    swi = next(p[0] for p in out["ports"] if p[1] == "PLSWI")
    r_in, r_out = len(out["routes"]) + 1, len(out["routes"]) + 2
    vessel = 6  # Świnoujście Bridge, on a day it has no other sailing within 36 hours
    d_in = _free_day(out, vessel, datetime(2023, 9, 12, 13, 0))
    d_wx = _free_day(out, vessel, datetime(2024, 2, 10, 10, 0))
    d_out = _free_day(out, vessel, datetime(2025, 2, 14, 10, 0))
    d_klj = _free_day(out, vessel, datetime(2023, 10, 3, 13, 0), hours=48)
    out["routes"].append((r_in, "SWI-TRG", swi, trg, "east", 105, 450, d_in.date()))
    out["routes"].append((r_out, "TRG-SWI", trg, swi, "east", 105, 450, d_wx.date()))
    fid = max(f[0] for f in out["fare_history"]) + 1
    fare = {}
    for rid, opened in ((r_in, d_in.date()), (r_out, d_wx.date())):
        for tt, *_ in TICKET_TYPES:
            price = Decimal("0.00") if tt == "INF" else money(BASE_FARE[tt] * 0.95)
            out["fare_history"].append((fid, rid, tt, price, opened, None))
            fare[(rid, tt)] = (fid, price)
            fid += 1

    def sailing(sid, rid, local, status, delay=None, reason=None):
        u = local_to_utc(local, 1)
        ad = u + timedelta(minutes=delay) if status == "completed" else None
        aa = ad + timedelta(minutes=455) if status == "completed" else None
        code = f"{'SWI-TRG' if rid == r_in else 'TRG-SWI'}-{local:%Y%m%d}-{local:%H%M}"
        out["sailings"].append((sid, code, rid, vessel, u, local, ad, aa, status, reason))
        return u, aa

    u1, aa1 = sailing(nsid, r_in, d_in, "completed", delay=10)
    out["boarding_counts_east_2023"].append((nsid, aa1, 40, 6, "GATE-PLSWI-1"))
    inv = (u1 + timedelta(days=5)).date()
    amt = Decimal("2345.67")
    while not _digits_matter(amt * rates[(inv, "SEK")]):
        amt += CENT
    out["port_fees"].append((max(f[0] for f in out["port_fees"] + out["archive_port_fees"]) + 1, nsid, trg, "BERTH", amt, "SEK", inv))
    sailing(nsid + 1, r_out, d_wx, "cancelled", reason="WX")
    u3, aa3 = sailing(nsid + 2, r_out, d_out, "completed", delay=15)
    out["boarding_counts_east_2025"].append((nsid + 2, aa3, 35, 5, "GATE-SETRG-1"))
    bid = max(b[0] for b in out["bookings"] + out["archive_bookings"]) + 1
    cust = next(c[0] for c in out["customers"] if c[3] == "SE")
    booked = u3 - timedelta(days=10)
    out["bookings"].append((bid, f"FB25{bid:06d}", cust, nsid + 2, booked, "WEB", "travelled", "SEK", None))
    f_id, f_eur = fare[(r_out, "ADT")]
    rate = rates[(booked.date(), "SEK")]
    p = money(f_eur / rate)
    while not _digits_matter(p * rate):
        p += CENT
    out["tickets"].append((max(t[0] for t in out["tickets"] + out["archive_tickets"]) + 1, bid, "ADT", f_id, p))
    # h027: a country with one small port-fee total: Klaipėda (LT, EUR), called at once in 2023 on a new route SWI-KLJ
    # (no bookings); the fee is in EUR, so its rounding to 1 decimal differs from 2 (3 and 4 decimals are exact there)
    out["countries"].append(("LT", "Lithuania"))
    klj = trg + 1
    out["ports"].append((klj, "LTKLJ", "Klaipėda", "LT", "east", "Europe/Vilnius"))
    r_klj = r_out + 1
    out["routes"].append((r_klj, "SWI-KLJ", swi, klj, "east", 280, 1080, d_klj.date()))
    for tt, *_ in TICKET_TYPES:
        out["fare_history"].append((fid, r_klj, tt, Decimal("0.00") if tt == "INF" else money(BASE_FARE[tt] * 1.4), d_klj.date(), None))
        fid += 1
    loc = d_klj
    u = local_to_utc(loc, 1)
    ad, aa = u + timedelta(minutes=5), u + timedelta(minutes=5 + 1085)
    out["sailings"].append((nsid + 3, f"SWI-KLJ-{loc:%Y%m%d}-{loc:%H%M}", r_klj, vessel, u, loc, ad, aa, "completed", None))
    out["boarding_counts_east_2023"].append((nsid + 3, aa, 25, 4, "GATE-PLSWI-2"))
    out["port_fees"].append((max(f[0] for f in out["port_fees"] + out["archive_port_fees"]) + 1, nsid + 3, klj, "BERTH", Decimal("612.37"), "EUR",
                             (u + timedelta(days=5)).date()))
    for k in ("ports", "routes", "fare_history", "sailings", "bookings", "tickets", "port_fees", "boarding_counts_east_2023", "boarding_counts_east_2025"):
        out[k].sort()


def _plant_ext(add_sailing, add_booking, add_crew, ext, arch, crew, rank_hist, info, custs):
    """Extension boundary rows (instances 1..3): at each UTC boundary B that an extension question uses, a
    completed sailing departing exactly at B 00:00 UTC (26 min late) and one at B-1 day 23:30 UTC (25 min
    late, exactly the limit), each with a travelled, a no-show and a cancelled booking (refund exactly 7 days
    after booking) and an Able Seaman on duty; a weather cancellation at B 00:00 UTC and at B-1 23:30 UTC."""
    ab = [c[0] for c in crew if [h[1] for h in rank_hist if h[0] == c[0]] == ["AB"]]
    bounds = [date(2022, 10, 1), date(2022, 11, 1), date(2022, 12, 1), date(2023, 2, 1), date(2023, 3, 1), date(2023, 4, 1),
              date(2024, 1, 1), date(2024, 4, 1), date(2025, 1, 1), date(2025, 4, 1)]
    rts = [2, 3, 6, 7, 9, 1, 4]
    for i, b in enumerate(bounds):
        for j, (u, delay, rdays) in enumerate(((datetime.combine(b, time(0), UTC), 26, 7), (datetime.combine(b, time(0), UTC) - timedelta(minutes=30), 25, 8),
                                              (datetime.combine(b, time(0), UTC) - timedelta(hours=12), 40, 9))):
            rid = rts[(i + j) % len(rts)]
            base = PORTS[ROUTES[rid - 1][1] - 1][4]
            s = add_sailing(rid, utc_to_local(u, base), status="completed", delay=delay, force_board=300 + 10 * i + j)
            tgt = arch if info[s][4] else ext
            for st in ("travelled", "no_show", "cancelled"):
                add_booking(s, u, "completed", tgt, cust=custs[(7 * i + 3 * j) % len(custs)][0], status=st,
                            booked_at=u - timedelta(days=20, hours=3), tickets=["ADT", "CHD", "CAR"], refund_days=rdays)
            add_crew(s, ab[(i + j) % len(ab)], "deck", 3.5, tgt)
            if j == 0:  # a second cancelled booking refunded after 10 days
                add_booking(s, u, "completed", tgt, cust=custs[(7 * i + 1) % len(custs)][0], status="cancelled",
                            booked_at=u - timedelta(days=15), tickets=["ADT"], refund_days=10)
            if j == 2:
                continue
            rid2 = rts[(i + j + 3) % len(rts)]
            base2 = PORTS[ROUTES[rid2 - 1][1] - 1][4]
            add_sailing(rid2, utc_to_local(u, base2), status="cancelled", reason="WX")
    # New Year storm: weather cancellations of seven more sailings at exactly 2025-01-01 00:00 UTC (h034 month bound)
    for rid in (1, 2, 4, 5, 6, 7, 8):
        add_sailing(rid, utc_to_local(datetime(2025, 1, 1, 0, 0, tzinfo=UTC), PORTS[ROUTES[rid - 1][1] - 1][4]), status="cancelled", reason="WX")
    # a sailing exactly at 2022-01-01 00:00 UTC (first moment of the archive) with revenue and cancelled bookings
    u = datetime(2022, 1, 1, 0, 0, tzinfo=UTC)
    s = s2201 = add_sailing(6, utc_to_local(u, 1), status="completed", delay=5)
    for k, st in enumerate(("travelled", "no_show", "cancelled", "cancelled")):
        add_booking(s, u, "completed", arch, cust=custs[40 + k][0], status=st, booked_at=datetime(2021, 12, 10, 9, 0, tzinfo=UTC), tickets=["ADT", "ADT", "VAN"])
    add_booking(s, u, "completed", arch, cust=custs[45][0], status="travelled", booked_at=datetime(2021, 12, 11, 9, 0, tzinfo=UTC), tickets=[])  # no tickets (voucher)
    # local 2025-01-01 22:10 (local date 2025, not 2024)
    add_sailing(4, datetime(2025, 1, 1, 22, 10), status="completed")
    # rank changes on fiscal-2023 edges: a Steward made Able Seaman on 2023-03-31 who sails that day, and an
    # Able Seaman made Officer of the Watch on 2022-04-01 who sails that day
    for old, new, pd, loc in (("STW", "AB", date(2023, 3, 31), datetime(2023, 3, 31, 16, 5)), ("AB", "OOW", date(2022, 4, 1), datetime(2022, 4, 1, 16, 5))):
        cid = [c[0] for c in crew if [h[1] for h in rank_hist if h[0] == c[0]] == [old]][-1]
        hist = [h for h in rank_hist if h[0] == cid][0]
        rank_hist.remove(hist)
        rank_hist.extend([(cid, old, hist[2], pd), (cid, new, pd, None)])
        crew[cid - 1][3] = new
        s = add_sailing(6, loc, status="completed")
        add_crew(s, cid, "deck", 4.0, arch if info[s][4] else ext)
    # crew new to vessel 5 in 2022-2023: one at exactly 2024-01-01 00:00 UTC, one on 2023-12-31 (h045 bounds)
    served = {c[2] for c in arch["crew"] + ext["crew"] if info[c[1]][1] == 5 and info[c[1]][2] < datetime(2024, 1, 1, tzinfo=UTC)}
    fresh = [c[0] for c in crew if c[0] not in served]
    for k, u in enumerate((datetime(2024, 1, 1, 0, 0, tzinfo=UTC), datetime(2023, 12, 31, 12, 20, tzinfo=UTC))[:len(fresh)]):
        s = add_sailing(8, utc_to_local(u, 1), status="completed", vessel=5)
        add_crew(s, fresh[k], "deck", 7.5, ext)
    # ties decided only by the stated tie rule (h033 hours, h037 port fees, h009 bookings)
    fy23 = lambda t: date(2022, 4, 1) <= t.date() <= date(2023, 3, 31)  # noqa: E731
    hrs = {}
    for c in arch["crew"] + ext["crew"]:
        if fy23(info[c[1]][2]):
            hrs[c[2]] = hrs.get(c[2], Decimal(0)) + c[4]
    top = sorted(hrs.items(), key=lambda kv: (-kv[1], kv[0]))
    (c2, h2), (c3, h3) = top[1], top[2]
    if h2 > h3:
        s = add_sailing(6, datetime(2022, 9, 14, 16, 5), status="completed")
        add_crew(s, c3, "deck", h2 - h3, arch)
    s = add_sailing(9, datetime(2024, 5, 7, 12, 5), status="completed")

    def counts():
        cnt = {}
        for b in arch["bookings"] + ext["bookings"]:
            if b[6] == "travelled" and b[8] is None and info[b[3]][2].year <= 2024:
                cnt[b[2]] = cnt.get(b[2], 0) + 1
        return sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))
    (k2, n2), (k3, n3) = counts()[1:3]
    for _ in range(n2 - n3):
        add_booking(s, info[s][2], "completed", ext, cust=k3, status="travelled", deleted="none")
    # a 2022 traveller whose only 2022 trip is the sailing at exactly 2022-01-01 00:00 UTC (h044 lower bound)
    t22 = {b[2] for b in arch["bookings"] if b[6] == "travelled" and b[8] is None}
    newc = [c[0] for c in custs if c[0] not in t22]
    if newc:
        add_booking(s2201, datetime(2022, 1, 1, tzinfo=UTC), "completed", arch, cust=newc[0], status="travelled", deleted="none",
                    booked_at=datetime(2021, 12, 12, 9, 0, tzinfo=UTC), tickets=["ADT"])
    # last: no add_fee call may follow (fee ids)
    fees = {}
    for f in ext["fees"] + arch["fees"]:
        if date(2023, 4, 1) <= info[f[1]][2].date() <= date(2024, 3, 31) and f[5] == "EUR":
            fees[f[2]] = fees.get(f[2], Decimal(0)) + f[4]
    (pa, fa), (pb, fb_) = sorted(fees.items(), key=lambda kv: -kv[1])[:2]
    sid_any = next(f[1] for f in ext["fees"] if f[2] == pb and date(2023, 4, 1) <= info[f[1]][2].date() <= date(2024, 3, 31))
    ext["fees"].append((max(f[0] for f in ext["fees"] + arch["fees"]) + 1, sid_any, pb, "ENV", fa - fb_, "EUR", date(2023, 9, 1)))


def _plant(r, add_sailing, add_booking, add_crew, ext, arch, crew, rank_hist, info, custs, officer_ids):
    """Boundary rows for instances 1..3 (fresh ids; see README.md)."""
    # cutoff: a weather cancellation at 23:30 UTC on 2022-12-31 (archive, local 2023-01-01 00:30) and at 2023-01-01 00:00 UTC
    add_sailing(5, datetime(2023, 1, 1, 0, 30), status="cancelled", reason="WX")          # KEL-GOT: UTC 2022-12-31 23:30
    add_sailing(8, datetime(2023, 1, 1, 1, 0), status="cancelled", reason="WX")           # SWI-YST: UTC 2023-01-01 00:00
    add_sailing(4, datetime(2022, 11, 1, 0, 15), status="cancelled", reason="WX")         # UTC 2022-10-31 23:15 (outside Q1)
    add_sailing(4, datetime(2023, 3, 1, 0, 15), status="cancelled", reason="WX")          # UTC 2023-02-28 23:15 (inside Q1)
    add_sailing(6, datetime(2023, 1, 15, 8, 0), status="cancelled", reason="TECH")
    # local 22:00 boundaries in 2024 (Q18)
    add_sailing(4, datetime(2024, 1, 1, 0, 15))       # local 2024-01-01 00:15 = UTC 2023-12-31 23:15
    add_sailing(4, datetime(2024, 12, 31, 23, 30))    # local 2024-12-31 23:30 = UTC 22:30
    add_sailing(9, datetime(2024, 6, 10, 22, 0))      # Helsinki 22:00 local = 19:00 UTC
    add_sailing(9, datetime(2024, 6, 11, 21, 59))
    add_sailing(5, datetime(2025, 1, 1, 0, 15))       # local 2025 = UTC 2024-12-31 23:15
    # the busiest 2023 sailing boundary (Q10): two sailings tied on passengers, broken by sailing_code
    add_sailing(1, datetime(2023, 7, 10, 14, 0), status="completed", force_board=1999)
    add_sailing(1, datetime(2023, 7, 17, 14, 0), status="completed", force_board=1999)
    # bookings at the FX day boundary: booked 23:59:59 UTC on 2024-03-31 for a sailing in fiscal 2025
    s = add_sailing(4, datetime(2024, 4, 1, 18, 45), status="completed")
    add_booking(s, info[s][2], "completed", ext, cust=custs[0][0], status="travelled", booked_at=datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC), tickets=["ADT", "CAR"], ccy="NOK")
    add_booking(s, info[s][2], "completed", ext, cust=custs[0][0], status="no_show", booked_at=datetime(2024, 3, 1, 0, 0, tzinfo=UTC), tickets=["ADT", "ADT", "VAN"], ccy="SEK")
    add_booking(s, info[s][2], "completed", ext, cust=custs[0][0], status="travelled", deleted=datetime(2024, 3, 2, tzinfo=UTC), tickets=["TRK"], ccy="DKK")
    # fiscal boundary sailings: UTC 2025-03-31 22:30 (fiscal 2025) and 2024-03-31 22:30 (fiscal 2024)
    for loc in (datetime(2025, 4, 1, 0, 30), datetime(2024, 4, 1, 0, 30)):
        s = add_sailing(5, loc, status="completed")
        add_booking(s, info[s][2], "completed", ext, status="travelled", tickets=["ADT", "CAR", "CAB"])
    # archive/current top customer: a customer with many travelled 2022 bookings (archive) + soft-deleted ones
    top = custs[-1][0]
    for loc in (datetime(2022, 5, 2, 14, 0), datetime(2022, 6, 6, 14, 0), datetime(2022, 8, 8, 14, 0)):
        s = add_sailing(1, loc, status="completed")
        for _ in range(4):
            add_booking(s, info[s][2], "completed", arch, cust=top, status="travelled")
        for _ in range(3):
            add_booking(s, info[s][2], "completed", arch, cust=top, status="travelled", deleted=datetime(2022, 4, 1, tzinfo=UTC))
    # crew promoted exactly on a sailing day (Q16): rank held on that UTC date is the new one
    cid = next(c[0] for c in crew if len([h for h in rank_hist if h[0] == c[0]]) == 1 and c[3] == "OOW")
    hist = [h for h in rank_hist if h[0] == cid][0]
    rank_hist.remove(hist)
    pd = date(2023, 1, 10)
    rank_hist.extend([(cid, "OOW", hist[2], pd), (cid, "CO", pd, None)])
    crew[cid - 1][3] = "CO"
    for loc in (datetime(2023, 1, 9, 14, 0), datetime(2023, 1, 10, 14, 0), datetime(2022, 12, 31, 22, 0)):
        s = add_sailing(1, loc, status="completed")
        add_crew(s, cid, "bridge", 21.5, arch if info[s][4] else ext)


def _decoys(r, out, rates):
    ref = datetime(2024, 10, 1, 3, 0, tzinfo=UTC)
    sail = {s[0]: s for s in out["sailings"] + out["archive_sailings"]}
    route_code = {i + 1: rt[0] for i, rt in enumerate(ROUTES)}
    bk = out["bookings"] + out["archive_bookings"]
    bmap = {b[0]: b for b in bk}
    # rpt_monthly_revenue: stale, at refresh-day rates, includes cancelled
    agg = {}
    for t in out["tickets"] + out["archive_tickets"]:
        b = bmap[t[1]]
        s = sail[b[3]]
        m = s[4].date().replace(day=1)
        if m > date(2024, 9, 1) or b[8] is not None:
            continue
        k = (m, route_code[s[2]])
        agg[k] = agg.get(k, Decimal(0)) + t[4] * rates[(date(2024, 9, 30), b[7])]
    out["rpt_monthly_revenue"] = [(m, rc, money(v), ref) for (m, rc), v in sorted(agg.items())]
    pas = {}
    ptypes = {"ADT", "CHD", "INF", "SNR"}
    for t in out["tickets"] + out["archive_tickets"]:
        b = bmap[t[1]]
        s = sail[b[3]]
        if t[2] in ptypes and b[8] is None and s[4].date() <= date(2024, 9, 30):
            k = (s[4].date(), ROUTES[s[2] - 1][3])
            pas[k] = pas.get(k, 0) + 1
    out["rpt_daily_passengers"] = [(d, reg, n, ref) for (d, reg), n in sorted(pas.items())]
    out["rpt_route_load_factor"] = [(rt[0], 2023, _d(round(r.uniform(20, 70), 1))) for rt in ROUTES]
    out["rpt_on_time_performance"] = [(date(2025, m, 1), rt[0], _d(round(r.uniform(70, 98), 1)), r.randint(3, 5)) for m in range(1, 5) for rt in ROUTES]
    canc = {}
    for s in out["sailings"]:
        if s[8] == "cancelled" and s[9] != "WX":
            k = (s[4].year, route_code[s[2]])
            canc[k] = canc.get(k, 0) + 1
    out["rpt_cancellations"] = [(y, rc, n) for (y, rc), n in sorted(canc.items())]
    cnt = {}
    for b in out["bookings"]:
        if sail[b[3]][4].year == 2024:
            cnt[b[2]] = cnt.get(b[2], 0) + 1
    top = sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    out["rpt_top_customers"] = [(i + 1, f"C{c:05d}", n) for i, (c, n) in enumerate(top)]
    out["rpt_crew_hours"] = [(date(2024, m, 1), rk, _d(round(r.uniform(100, 400), 1))) for m in range(1, 13) for rk in ("MST", "CO", "OOW", "CE", "ENG")]
    out["rpt_fuel_cost"] = [(y, v, money(r.uniform(1e5, 9e5))) for y in (2022, 2023, 2024) for v in range(1, 8)]
    out["rpt_maintenance_cost"] = [(y, v, money(r.uniform(1e4, 2e5))) for y in (2021, 2022, 2023, 2024) for v in range(1, 8)]
    fxm = {}
    for d, c, v in out["fx_rates"]:
        fxm.setdefault((d.replace(day=1), c), []).append(v)
    out["rpt_fx_monthly_avg"] = [(m, c, (sum(vs) / len(vs)).quantize(Decimal("0.000001"))) for (m, c), vs in sorted(fxm.items())]
    out["v_current_fares"] = [(route_code[f[1]], f[2], f[3]) for f in out["fare_history"] if f[5] is None]
    out["v_active_vessels"] = [(v[0], v[2], v[4]) for v in out["vessels"]]
    out["v_fx_latest"] = [(c, rates[(FX_TO, c)]) for c, _ in CURRENCIES]
    out["v_open_work_orders"] = []  # filled after maintenance (below)
    out["v_upcoming_sailings"] = [(s[1], s[4]) for s in out["sailings"] if s[8] == "scheduled"]
    out["v_crew_current_rank"] = [(h[0], h[1]) for h in out["crew_rank_history"] if h[3] is None]
    out["v_bookings_2024"] = [(b[0], b[3], "travelled" if b[6] == "no_show" else b[6], b[8]) for b in out["bookings"]
                              if sail[b[3]][4].year == 2024 and sail[b[3]][4].date() < date(2024, 12, 1)]
    out["v_route_directory"] = [(rt[0], PORTS[rt[1] - 1][1], PORTS[rt[2] - 1][1]) for rt in ROUTES]
    out["v_open_work_orders"] = [(m[0], m[1], m[3]) for m in out["maintenance_orders"] if m[5] == "open"]
    # staging
    cur = out["sailings"]
    st = []
    for i, s in enumerate(r.sample(cur, 60)):
        stt = {"completed": "COMPLETED", "cancelled": "CANCELLED", "scheduled": "SCHEDULED"}[s[8]]
        if r.random() < 0.2:
            stt = r.choice(["CANCELLED", "DELAYED", "completed"])
        st.append((1 + i // 20, s[1], route_code[s[2]], s[4].isoformat(), stt, r.choice(["WX", "TECH", None]) if stt == "CANCELLED" else None, r.choice([True, False, None])))
    out["staging_sailings"] = st
    out["staging_bookings"] = [(1 + i // 30, b[1], sail[b[3]][1], f"C{b[2]:05d}", r.choice(["OK", "CXL", "TRAVELLED", "??"]), str(r.randint(20, 900)), b[7]) for i, b in enumerate(r.sample(out["bookings"], 120))]
    out["staging_tickets"] = [(1 + i // 50, bmap[t[1]][1], r.choice([t[2], t[2].lower(), "X"]), str(t[4])) for i, t in enumerate(r.sample(out["tickets"], 200))]
    out["staging_fx_rates"] = [(datetime.combine(d, time(h), UTC), c, None if r.random() < 0.02 else (v * _d(round(r.uniform(0.97, 1.05), 3))).quantize(Decimal("0.000001")))
                               for (d, c, v) in r.sample(out["fx_rates"], 150) for h in (9, 15)]
    out["staging_fuel_bunkering"] = [(1 + i // 10, VESSELS[f[1] - 1][0], PORTS[f[2] - 1][0], f[3] + timedelta(hours=r.randint(-30, 30)), f[5], money(float(f[6]) * r.uniform(0.9, 1.4)), f[7], r.choice([None, False, True]))
                                     for i, f in enumerate(r.sample(out["fuel_bunkering"], 40))]
    out["staging_crew_assignments"] = [(1, sail[a[1]][1], f"E{1000 + a[2]}", str(a[4])) for a in r.sample(out["crew_assignments"], 80)]
    out["staging_boarding_counts"] = [(f"GATE-{r.randint(1, 3)}", s[1], s[4] + timedelta(minutes=r.randint(-60, 0)), r.randint(0, 2500)) for s in r.sample(cur, 80)]
    out["staging_customers"] = [(1, f"user{i}@example.com", f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(["NO", "no", "Sweden", None])) for i in range(60)]
    out["staging_maintenance_orders"] = [(1, VESSELS[m[1] - 1][1], f"YI-{m[0]:05d}", m[6], m[7], m[4]) for m in r.sample([m for m in out["maintenance_orders"] if m[6] is not None], 30)]
    out["staging_port_fees"] = [(1, PORTS[f[2] - 1][0], f"PA-{f[0]:06d}", f[4], f[5]) for f in r.sample(out["port_fees"], 60)]
    # audit / logs / history
    out["audit_bookings"] = [(i + 1, b[0], b[4] + timedelta(hours=r.randint(1, 200)), None if r.random() < 0.3 else "confirmed", b[6], r.choice(["web", "batch", "agent"]))
                             for i, b in enumerate(r.sample(out["bookings"], 300))]
    out["audit_fares"] = [(i + 1, f[0], datetime.combine(f[4], time(6), UTC) - timedelta(days=10), "pricing") for i, f in enumerate(out["fare_history"][:120])]
    out["sailing_status_log"] = [(i + 1, s[0], s[4] + timedelta(minutes=m), st) for i, (s, m, st) in enumerate(
        (s, m, st) for s in r.sample(cur, 150) for m, st in ((-40, "boarding"), (5, "departed" if s[8] != "cancelled" else "cancelled")))]
    out["etl_job_runs"] = [(i + 1, j, datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=7 * i), r.choice(["ok", "ok", "failed"])) for i, j in enumerate(["archive", "rpt_refresh", "fx_load", "stage_load"] * 20)]
    out["report_refresh_log"] = [("rpt_monthly_revenue", ref, len(out["rpt_monthly_revenue"])), ("rpt_daily_passengers", ref, len(out["rpt_daily_passengers"])),
                                 ("rpt_maintenance_cost", datetime(2024, 6, 30, 3, tzinfo=UTC), 28), ("rpt_on_time_performance", datetime(2025, 5, 1, 3, tzinfo=UTC), 40),
                                 ("v_bookings_2024", datetime(2024, 12, 1, 3, tzinfo=UTC), len(out["v_bookings_2024"]))]
    out["customer_tier_history"] = [(c[0], r.choice(["BLUE", "SILVER", "GOLD"]), date(2022, 1, 1), None) for c in out["customers"][:150]]
    out["route_vessel_plan"] = [(rid, f"{s}{y}", _vessel_for(rid, date(y, 7 if s == "summer" else 1, 1))) for rid in range(1, 11) for y in (2023, 2024, 2025) for s in ("summer", "winter")]
    out["port_tariff_history"] = [(p, ft, money(r.uniform(100, 4000)), date(y, 1, 1), date(y + 1, 1, 1) if y < 2025 else None) for p in range(1, 11) for ft in ("BERTH", "PAX") for y in (2023, 2024, 2025)]
    out["vat_rate_history"] = [(c, _d(v), date(2020, 1, 1), None) for c, v in (("NO", "12.0"), ("DK", "25.0"), ("SE", "6.0"), ("DE", "19.0"), ("PL", "8.0"), ("FI", "10.0"), ("EE", "9.0"))]
    # ais and berth schedules
    for y in (2022, 2023, 2024, 2025):
        out[f"ais_positions_{y}"] = [(v, datetime(y, 1, 1, tzinfo=UTC) + timedelta(days=r.randrange(180), seconds=r.randrange(86400)),
                                      _d(round(r.uniform(54, 60.5), 5)), _d(round(r.uniform(8, 25), 5)), _d(round(r.uniform(0, 22), 1))) for v in range(1, 9) for _ in range(12)]
    for i, p in enumerate(PORTS):
        rows = []
        for s in cur:
            if ROUTES[s[2] - 1][1] == i + 1 and s[4].year == 2025:
                rows.append((len(rows) + 1, s[1], f"B{r.randint(1, 4)}", s[5] - timedelta(hours=2)))
        out[f"berth_schedule_{p[0].lower()}"] = rows


def _generic(r, out):
    refs = [b[1] for b in out["bookings"]]
    ncust, ncrew = len(out["customers"]), len(out["crew_members"])
    for name, _c, n, cols in GENERIC:
        rows = []
        for i in range(1, n + 1):
            row = []
            for cn, ct, k in cols:
                nullable = "NOT NULL" not in ct and "PRIMARY" not in ct
                if nullable and r.random() < 0.1:
                    row.append(None)
                    continue
                if k == "id":
                    v = i
                elif k == "ref":
                    v = r.choice(refs)
                elif k == "method":
                    v = r.choice(["CARD", "INVOICE", "VOUCHER", "MOBILE"])
                elif k == "ts":
                    v = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(seconds=r.randrange(3 * 365 * 86400))
                elif k == "money":
                    v = money(r.uniform(5, 2000))
                elif k == "customer":
                    v = r.randint(1, ncust)
                elif k == "date":
                    v = date(2022, 1, 1) + timedelta(days=r.randrange(1200))
                elif k == "ccy":
                    v = r.choice(["EUR", "NOK", "SEK", "DKK"])
                elif k == "int":
                    v = r.randint(1, 5000)
                elif k == "vessel":
                    v = r.randint(1, 8)
                elif k == "code":
                    v = f"{r.choice('ABCDEFGH')}{r.randint(100, 999)}"
                elif k == "small":
                    v = r.randint(1, 10)
                elif k == "word":
                    v = r.choice(["Nord", "Sjø", "Bølge", "Havn", "Kajen", "Fyr", "Ankar", "Måke", "Ö-Café", "Tax-free"]) + f" {r.randint(1, 99)}"
                elif k == "country":
                    v = r.choice(["NO", "DK", "SE", "DE", "PL", "FI"])
                elif k == "crew":
                    v = r.randint(1, ncrew)
                elif k == "bool":
                    v = r.random() < 0.8
                elif k == "pct":
                    v = _d(round(r.uniform(2, 12), 1))
                elif k == "name":
                    v = f"{r.choice(FIRST)} {r.choice(LAST)}"
                elif k == "port":
                    v = r.randint(1, 10)
                elif k == "hours":
                    v = _d(round(r.uniform(1, 99), 1))
                else:
                    raise ValueError(k)
                row.append(v)
            rows.append(tuple(row))
        out[name] = rows


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, len(d), sum(len(v) for v in d.values()))
