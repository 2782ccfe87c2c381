"""Seeded data generator for the ski_resort database (hard split, schema-scale design).

Alpenglow Mountain Group runs six ski resorts: St. Anton and Kitzbuehel (Austria, EUR), Zermatt and
Verbier (Switzerland, CHF), Niseko (Japan, JPY) and Whistler (Canada, CAD).  An authoritative core
model (resorts, lifts, products with price history, sales orders and lines, refunds, rentals, ski
school lessons, snowmaking, lift downtime, staff with role history, seasons = fiscal calendar, daily
FX) sits next to documented look-alikes: archive_* (older seasons moved out of the live tables),
legacy_* (the old ticketing system of season 2020-21 with old codes and code maps), staging_*
(unvalidated loads), rpt_* (stale / filtered reports), v_* (dated snapshots), per-resort partitions
of the monthly lift-gate scan counts, audit/log tables and small side-system tables.

TABLES holds every table's DDL spec; schema.sql is written from it by
bench/hard/ski_resort/build_schema.py.  generate(seed) returns rows for every table in TABLES order.
Stdlib only, deterministic for a seed, no wall clock.  Instances 1..3 get planted boundary rows
(see _plant and README.md).
"""
from __future__ import annotations

import random
from functools import lru_cache
from itertools import accumulate
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

SEEDS = [20260101, 4711, 86753, 1234567]
UTC = timezone.utc
EXTRACT = datetime(2025, 11, 20, tzinfo=UTC)           # data extract moment
ARCHIVE_CUTOFF = datetime(2023, 6, 1, tzinfo=UTC)      # orders / incidents before this moved to archive_*
FX_FROM, FX_TO = date(2021, 10, 1), date(2025, 11, 19)
CENT = Decimal("0.01")

TABLES: list[dict] = []


def T(name, comment, cols, constraints=()):
    TABLES.append({"name": name, "comment": comment, "cols": cols, "constraints": list(constraints)})


C = lambda n, t, c: (n, t, c)  # noqa: E731

# ----------------------------------------------------------------------------------- reference data
REGIONS = [("alps", "European Alps (Austria, Switzerland)"), ("japan", "Hokkaido, Japan"), ("canada", "British Columbia, Canada")]
COUNTRIES = [("AT", "Austria"), ("CH", "Switzerland"), ("JP", "Japan"), ("CA", "Canada"), ("DE", "Germany"), ("GB", "United Kingdom"),
             ("US", "United States"), ("AU", "Australia"), ("NL", "Netherlands"), ("FR", "France"), ("SE", "Sweden"), ("CN", "China")]
CURRENCIES = [("EUR", "Euro"), ("CHF", "Swiss franc"), ("JPY", "Japanese yen"), ("CAD", "Canadian dollar")]
FX_BASE = {"CHF": 1.01, "JPY": 0.0064, "CAD": 0.68}
# id, code, name, country, currency, tz, region, kind-of-offset, base/top elevation
RESORTS = [
    (1, "ANT", "St. Anton am Arlberg", "AT", "EUR", "Europe/Vienna", "alps", "eu", 1304, 2811),
    (2, "KIT", "Kitzbühel", "AT", "EUR", "Europe/Vienna", "alps", "eu", 800, 2000),
    (3, "ZER", "Zermatt", "CH", "CHF", "Europe/Zurich", "alps", "eu", 1620, 3883),
    (4, "VER", "Verbier 4 Vallées", "CH", "CHF", "Europe/Zurich", "alps", "eu", 1500, 3330),
    (5, "NIS", "Niseko United", "JP", "JPY", "Asia/Tokyo", "japan", "jp", 255, 1200),
    (6, "WHI", "Whistler Blackcomb", "CA", "CAD", "America/Vancouver", "canada", "pac", 675, 2284),
]
RES = {r[0]: r for r in RESORTS}
CCY = {r[0]: r[4] for r in RESORTS}
# lift_id, resort, code, current name, type, capacity/h, length m, vertical m, opened, old legacy codes
LIFTS = [
    (1, 1, "ANT-GALZ", "Galzigbahn", "GON", 2000, 2150, 750, 2006, ["A11"]),
    (2, 1, "ANT-VAL1", "Vallugabahn I", "CAB", 1000, 2390, 730, 2008, ["A12"]),
    (3, 1, "ANT-SCHI", "Schindlergratbahn", "CHR", 2400, 1900, 560, 2010, ["A13", "A19"]),
    (4, 1, "ANT-REND", "Rendl Gondola", "GON", 2600, 1980, 720, 2004, ["A14"]),
    (5, 1, "ANT-KAPA", "Kapall", "CHR", 2800, 1400, 480, 1999, ["A15"]),
    (6, 2, "KIT-HAHN", "Hahnenkammbahn", "GON", 3000, 3600, 940, 1996, ["K21"]),
    (7, 2, "KIT-3S", "3S-Bahn", "GON", 4000, 3640, 400, 2004, ["K22"]),
    (8, 2, "KIT-FLEC", "Fleckalmbahn", "GON", 2800, 4600, 1000, 1999, ["K23"]),
    (9, 2, "KIT-STEI", "Steinbergkogel", "CHR", 2400, 1650, 460, 2008, ["K24"]),
    (10, 2, "KIT-REST", "Resterhöhe", "CHR", 2200, 1500, 400, 2011, ["K25", "K29"]),
    (11, 3, "ZER-MGP", "Matterhorn Glacier Paradise", "CAB", 1300, 3700, 945, 1979, ["Z31"]),
    (12, 3, "ZER-SUNN", "Sunnegga Express", "FUN", 2700, 1560, 680, 1980, ["Z32"]),
    (13, 3, "ZER-GGB", "Gornergrat Bahn", "FUN", 1500, 9340, 1485, 1898, ["Z33"]),
    (14, 3, "ZER-FURI", "Furi–Riffelberg", "GON", 2400, 3850, 960, 2016, ["Z34"]),
    (15, 3, "ZER-HIRL", "Hirli", "CHR", 1800, 1200, 420, 1996, ["Z35"]),
    (16, 4, "VER-MEDR", "Médran", "GON", 2400, 2860, 820, 1987, ["V41"]),
    (17, 4, "VER-MFOR", "Mont-Fort", "CAB", 800, 1840, 560, 1987, ["V42"]),
    (18, 4, "VER-SAVO", "Savoleyres", "GON", 1800, 2250, 700, 2000, ["V43"]),
    (19, 4, "VER-CHAS", "Chassoure", "GON", 1500, 2300, 750, 1994, ["V44", "V49"]),
    (20, 4, "VER-ATTE", "Attelas", "CHR", 2000, 1600, 470, 2012, ["V45"]),
    (21, 5, "NIS-HIRA", "Hirafu Gondola", "GON", 2200, 2500, 560, 2008, ["N51"]),
    (22, 5, "NIS-KING", "King Quad", "CHR", 2000, 1300, 300, 2004, ["N52"]),
    (23, 5, "NIS-ACE", "Ace Family Quad", "CHR", 2400, 1100, 260, 2002, ["N53"]),
    (24, 5, "NIS-HANA", "Hanazono Symphony Gondola", "GON", 2000, 2000, 450, 2024, ["N54"]),
    (25, 5, "NIS-VILL", "Niseko Village Gondola", "GON", 1800, 2600, 720, 2007, ["N55"]),
    (26, 6, "WHI-P2P", "Peak 2 Peak Gondola", "GON", 2050, 4400, 0, 2008, ["W61"]),
    (27, 6, "WHI-VGON", "Whistler Village Gondola", "GON", 3000, 5000, 1150, 2014, ["W62"]),
    (28, 6, "WHI-BGON", "Blackcomb Gondola", "GON", 3500, 3900, 1100, 2018, ["W63"]),
    (29, 6, "WHI-PEAK", "Peak Express", "CHR", 1800, 1200, 370, 1999, ["W64"]),
    (30, 6, "WHI-7TH", "7th Heaven Express", "CHR", 2400, 1800, 550, 1985, ["W65", "W69"]),
]
# renamed lifts: lift_id -> [(name, valid_from, valid_to)]
NAME_HISTORY = {
    4: [("Rendlbahn", date(2004, 12, 1), date(2023, 12, 1)), ("Rendl Gondola", date(2023, 12, 1), None)],
    24: [("Hanazono Quad", date(2002, 12, 1), date(2024, 2, 1)), ("Hanazono Symphony Gondola", date(2024, 2, 1), None)],
    14: [("Furi-Riffelberg", date(2016, 12, 1), date(2025, 1, 1)), ("Furi–Riffelberg", date(2025, 1, 1), None)],
}
LIFT_TYPES = [("GON", "Gondola (enclosed cabins, detachable)"), ("CAB", "Aerial cable car / tramway"), ("CHR", "Chairlift"),
              ("FUN", "Funicular or cog railway"), ("DRG", "Drag lift / T-bar")]
SEASONS = [("2019-20", 2020), ("2020-21", 2021), ("2021-22", 2022), ("2022-23", 2023), ("2023-24", 2024), ("2024-25", 2025), ("2025-26", 2026)]
PTYPES = [("DAY", "One-day lift ticket", 1), ("MULTI6", "Six-day lift ticket (consecutive days)", 6), ("SEASON", "Season pass for one winter season", None),
          ("HALF", "Half-day (afternoon) lift ticket", 1)]
# base adult day price in resort currency, season 2021-22
DAY_BASE = {1: 62.0, 2: 64.0, 3: 86.0, 4: 80.0, 5: 8200.0, 6: 189.0}
CHANNELS = [("WEB", "Group website (online)", True), ("APP", "Mobile app (online)", True), ("DESK", "Ticket desk at the resort", False),
            ("AGT", "Tour operator / travel agent", False), ("KIOSK", "Self-service kiosk at the base station", False)]
ORDER_STATUS = ["paid", "cancelled"]
REFUND_REASONS = [("WEATHER", "Lifts closed by weather"), ("INJURY", "Injury / illness with certificate"), ("GOODWILL", "Goodwill"),
                  ("DUPLICATE", "Duplicate purchase")]
CAUSES = [("WIND", "High wind hold", "weather", False), ("STORM", "Storm / avalanche control", "weather", False),
          ("POWER", "Power supply failure", "technical", False), ("MECH", "Mechanical / electrical fault", "technical", False),
          ("RESCUE", "Evacuation or rescue operation", "operational", False), ("MAINT", "Planned maintenance window", "planned", True)]
ROLES = [("LIFT_OP", "Lift operator", False), ("LIFT_SUP", "Lift supervisor", False), ("INSTR", "Ski instructor", True),
         ("SNR_INSTR", "Senior ski instructor", True), ("RENTAL", "Rental shop technician", False), ("SNOWMAKER", "Snowmaker", False),
         ("PATROL", "Ski patroller", False), ("OFFICE", "Resort office", False)]
EQUIP = [("SKI", "Skis with bindings and poles"), ("SNB", "Snowboard with bindings"), ("BOOT", "Boots only"),
         ("PERF", "Performance ski package (skis, boots, helmet)"), ("KIDS", "Children's package")]
FIRST = ["Anna", "Lukas", "Sophie", "Jonas", "Lea", "Matthias", "Chloé", "Nicolas", "Yuki", "Haruto", "Sakura", "Kenji",
         "Emma", "Liam", "Olivia", "Noah", "Ingrid", "Björn", "Zoë", "Seán", "Marie-Ève", "François", "Jürgen", "Åsa"]
LAST = ["Gruber", "Huber", "Wagner", "Moser", "Müller", "Favre", "Perrin", "Bonvin", "Tanaka", "Suzuki", "Sato", "Watanabe",
        "Smith", "Tremblay", "Roy", "MacDonald", "O'Brien", "Lindqvist", "Schönberger", "Dubois", "Nakamura", "Kowalski", "Brändle", "Zürcher"]


def money(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=None)
def _last_sunday(y, m):
    d = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


@lru_cache(maxsize=None)
def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


@lru_cache(maxsize=None)
def _dst_window(kind: str, year: int):
    """UTC moments [start, end) of daylight saving time in the year (EU rule / North American rule)."""
    if kind == "eu":
        return (datetime.combine(_last_sunday(year, 3), datetime.min.time(), UTC) + timedelta(hours=1),
                datetime.combine(_last_sunday(year, 10), datetime.min.time(), UTC) + timedelta(hours=1))
    return (datetime.combine(_nth_sunday(year, 3, 2), datetime.min.time(), UTC) + timedelta(hours=10),
            datetime.combine(_nth_sunday(year, 11, 1), datetime.min.time(), UTC) + timedelta(hours=9))


def utc_offset(kind: str, u: datetime) -> int:
    """UTC offset in hours of the resort's zone at UTC moment u."""
    if kind == "jp":
        return 9
    a, b = _dst_window(kind, u.year)
    if kind == "eu":
        return 2 if a <= u < b else 1
    return -7 if a <= u < b else -8


def local_to_utc(kind: str, local: datetime) -> datetime:
    guess = local.replace(tzinfo=UTC) - timedelta(hours=utc_offset(kind, local.replace(tzinfo=UTC)))
    off = utc_offset(kind, guess)
    return local.replace(tzinfo=UTC) - timedelta(hours=off)


def utc_to_local(kind: str, u: datetime) -> datetime:
    return (u + timedelta(hours=utc_offset(kind, u))).replace(tzinfo=None)


def days(a: date, b: date):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def season_of(d: date) -> str:
    y = d.year if d.month >= 11 else d.year - 1
    return f"{y}-{str(y + 1)[2:]}"


# =================================================================================== DDL spec
T("regions", "Lookup: the three regions of the group. Used by resorts.region_code.", [
    C("region_code", "text PRIMARY KEY", "Region code: 'alps', 'japan' or 'canada'."), C("name", "text NOT NULL", "Descriptive name.")])
T("countries", "Lookup: ISO 3166-1 alpha-2 countries (resorts, customers).", [
    C("country_code", "char(2) PRIMARY KEY", "ISO 3166-1 alpha-2 code, e.g. 'AT', 'CH', 'JP', 'CA'."), C("name", "text NOT NULL", "English name.")])
T("currencies", "Lookup: currencies. Every resort sells in its own currency (resorts.currency_code). Convert to EUR with fx_rates, the only authoritative rate table.", [
    C("currency_code", "char(3) PRIMARY KEY", "ISO 4217 code: 'EUR', 'CHF', 'JPY', 'CAD'."), C("name", "text NOT NULL", "Currency name.")])
T("fx_rates", "AUTHORITATIVE daily exchange rates to EUR, one row per calendar day (weekends included, no gaps) and NON-EUR currency ('CHF', 'JPY', 'CAD') from 2021-10-01 to 2025-11-19. There are NO rows for EUR: an amount in EUR is already in EUR (rate 1). To convert an amount in currency X dated on UTC day D to EUR multiply it by eur_per_unit of (D, X). staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg are not conversion tables.", [
    C("rate_date", "date NOT NULL", "Calendar day (UTC) the rate applies to."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency converted: 'CHF', 'JPY' or 'CAD'."),
    C("eur_per_unit", "numeric(14,8) NOT NULL CHECK (eur_per_unit > 0)", "Euros per one unit of the currency on that day.")],
    ["PRIMARY KEY (rate_date, currency_code)"])
T("seasons", "AUTHORITATIVE fiscal calendar of the group. The fiscal year is the SEASON: it runs from 1 November to 31 October of the next calendar year and is named 'YYYY-YY' by its two calendar years (season '2023-24' = 2023-11-01 .. 2024-10-31, fiscal_year 2024). The seasons 2019-20 .. 2025-26 are consecutive and cover every day from 2019-11-01 to 2026-10-31. A transaction belongs to the season whose starts_on..ends_on contains its LOCAL business date at the resort (the date of the local wall-clock time, see the *_local columns), not its UTC date.", [
    C("season_code", "text PRIMARY KEY", "Season name, e.g. '2023-24'."),
    C("fiscal_year", "integer NOT NULL UNIQUE", "Fiscal year number = the calendar year in which the season ends (season '2023-24' = 2024)."),
    C("starts_on", "date NOT NULL", "First day of the fiscal season (1 November, inclusive)."),
    C("ends_on", "date NOT NULL", "Last day of the fiscal season (31 October, inclusive)."),
    C("lifts_open_on", "date NOT NULL", "Planned first day of winter lift operation (informational)."),
    C("lifts_close_on", "date NOT NULL", "Planned last day of winter lift operation (informational).")])
T("resorts", "AUTHORITATIVE ski resorts of the group (current codes). Local wall-clock times at a resort follow tz_name (Europe/Vienna and Europe/Zurich: UTC+1, +2 in summer; Asia/Tokyo: UTC+9; America/Vancouver: UTC-8, -7 in summer).", [
    C("resort_id", "integer PRIMARY KEY", "Surrogate key."), C("resort_code", "char(3) NOT NULL UNIQUE", "Current resort code: 'ANT', 'KIT', 'ZER', 'VER', 'NIS', 'WHI'."),
    C("name", "text NOT NULL", "Resort name (local spelling, e.g. 'Kitzbühel')."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of every price and amount recorded for the resort (orders, rentals, lessons, tariffs)."),
    C("tz_name", "text NOT NULL", "IANA time zone of the resort; the *_local columns are wall-clock times in this zone."),
    C("region_code", "text NOT NULL REFERENCES regions (region_code)", "Region."),
    C("base_elevation_m", "integer NOT NULL", "Elevation of the village / base area in metres."),
    C("top_elevation_m", "integer NOT NULL", "Highest lift-served point in metres.")])
T("lift_types", "Lookup of lift types (lifts.lift_type_code).", [
    C("lift_type_code", "text PRIMARY KEY", "'GON' gondola, 'CAB' aerial cable car, 'CHR' chairlift, 'FUN' funicular / cog railway, 'DRG' drag lift."),
    C("description", "text NOT NULL", "Meaning.")])
T("lifts", "AUTHORITATIVE lifts with their CURRENT lift code and CURRENT name. The name a lift carried on a given date is in lift_name_history; the legacy system used other lift codes (legacy_lift_code_map).", [
    C("lift_id", "integer PRIMARY KEY", "Surrogate key."), C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort of the lift."),
    C("lift_code", "text NOT NULL UNIQUE", "Current lift code '<resort_code>-<short>', e.g. 'ANT-GALZ'."),
    C("name", "text NOT NULL", "Current name only."), C("lift_type_code", "text NOT NULL REFERENCES lift_types (lift_type_code)", "Lift type."),
    C("capacity_pph", "integer NOT NULL", "Design capacity, persons per hour."), C("length_m", "integer NOT NULL", "Slope length in metres."),
    C("vertical_m", "integer NOT NULL", "Vertical rise in metres."), C("opened_year", "integer NOT NULL", "Year the current installation opened.")])
T("lift_name_history", "AUTHORITATIVE history of lift names: one row per name period, valid_from inclusive, valid_to exclusive, valid_to NULL for the current name. Every lift has rows covering its whole life.", [
    C("lift_id", "integer NOT NULL REFERENCES lifts (lift_id)", "The lift."), C("name", "text NOT NULL", "Name carried in the period."),
    C("valid_from", "date NOT NULL", "First day the name was used (inclusive)."), C("valid_to", "date", "First day the name was no longer used (exclusive); NULL = current.")],
    ["PRIMARY KEY (lift_id, valid_from)"])
T("product_types", "Lookup of ticket product types (products.product_type_code).", [
    C("product_type_code", "text PRIMARY KEY", "'DAY' one-day ticket, 'HALF' half-day ticket, 'MULTI6' six-day ticket, 'SEASON' season pass."),
    C("description", "text NOT NULL", "Meaning."), C("ski_days", "integer", "Skiing days the product gives (NULL for a season pass).")])
T("products", "AUTHORITATIVE lift ticket and pass products with their CURRENT product codes (one set per resort). Prices are in product_price_history; the legacy system used other codes (legacy_product_code_map).", [
    C("product_id", "integer PRIMARY KEY", "Surrogate key."), C("product_code", "text NOT NULL UNIQUE", "Current product code '<resort_code>-<type>-<age>', e.g. 'ANT-DAY-AD'. <type> abbreviates the product type: DAY, HALF, 6D (MULTI6) or SP (SEASON); <age> is AD (adult) or CH (child)."),
    C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort where the product is valid and sold."),
    C("product_type_code", "text NOT NULL REFERENCES product_types (product_type_code)", "Product type."),
    C("age_group", "text NOT NULL CHECK (age_group IN ('adult', 'child'))", "'adult' (16+) or 'child' (6-15)."),
    C("name", "text NOT NULL", "Product name as printed.")])
T("product_price_history", "AUTHORITATIVE list prices of products in the resort's currency over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. Exactly one row is valid for a product on any day from 2021-11-01. The price valid on a day is the row with valid_from <= day < valid_to (or valid_to NULL). v_current_prices shows today's prices only.", [
    C("price_id", "integer PRIMARY KEY", "Surrogate key."), C("product_id", "integer NOT NULL REFERENCES products (product_id)", "Product."),
    C("list_price", "numeric(12,2) NOT NULL", "List price of one unit in the resort's currency (resorts.currency_code), VAT included."),
    C("valid_from", "date NOT NULL", "First day of validity (inclusive)."), C("valid_to", "date", "End of validity (exclusive); NULL = still valid.")])
T("customers", "AUTHORITATIVE customer accounts of the group (shared by all resorts).", [
    C("customer_id", "integer PRIMARY KEY", "Surrogate key."), C("customer_no", "text NOT NULL UNIQUE", "Customer number, e.g. 'K000123'."),
    C("full_name", "text NOT NULL", "Person name; may contain apostrophes and non-ASCII letters."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of residence."),
    C("birth_year", "integer", "Year of birth; NULL when not given."), C("created_at", "timestamptz NOT NULL", "Account creation moment (UTC).")])
T("sales_channels", "Lookup of sales channels (sales_orders.channel_code).", [
    C("channel_code", "text PRIMARY KEY", "'WEB', 'APP', 'DESK', 'AGT', 'KIOSK'."), C("description", "text NOT NULL", "Meaning."),
    C("is_online", "boolean NOT NULL", "true for the online channels ('WEB', 'APP').")])
ORDER_COLS = [
    C("order_id", "integer PRIMARY KEY", "Surrogate key, unique across sales_orders and archive_sales_orders."),
    C("order_no", "text NOT NULL UNIQUE", "Order number printed on the receipt, '<resort_code>-<yy>-<nnnnn>': yy = the year in which the season of the order's local business date starts, nnnnn = five-digit running number per resort and season, e.g. 'NIS-24-00123'."),
    C("customer_id", "integer NOT NULL REFERENCES customers (customer_id)", "Buyer."),
    C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort that sold the order (all lines of an order are products of this resort)."),
    C("ordered_at", "timestamptz NOT NULL", "Moment of the order (UTC). Amounts of the order are converted to EUR with the fx_rates row of the UTC date of ordered_at."),
    C("ordered_at_local", "timestamp NOT NULL", "The same moment as wall-clock time at the resort (resorts.tz_name). Its date is the order's local business date (seasons, local days and months)."),
    C("channel_code", "text NOT NULL REFERENCES sales_channels (channel_code)", "Sales channel."),
    C("status", "text NOT NULL CHECK (status IN ('paid', 'cancelled'))", "'paid' (money received; refunds, if any, are in refunds) or 'cancelled' (never paid: no revenue)."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of every amount of the order (= the resort's currency)."),
    C("deleted_at", "timestamptz", "SOFT DELETE: non-NULL = the order was deleted (test order or duplicate) at that moment and must be ignored in every count and sum; NULL = a real order.")]


def _noref(cols, keep_pk=True):
    out = []
    for n, t, c in cols:
        t2 = t
        for ref in (" REFERENCES customers (customer_id)", " REFERENCES resorts (resort_id)", " REFERENCES sales_channels (channel_code)",
                    " REFERENCES currencies (currency_code)", " REFERENCES products (product_id)", " REFERENCES sales_orders (order_id)",
                    " REFERENCES lifts (lift_id)", " REFERENCES downtime_causes (cause_code)", " REFERENCES refund_reasons (reason_code)", " UNIQUE"):
            t2 = t2.replace(ref, "")
        out.append((n, t2, c))
    return out


T("sales_orders", "AUTHORITATIVE lift-ticket sales orders placed on or after 2023-06-01 00:00 UTC (ordered_at). Orders placed before that cutoff were moved to archive_sales_orders (same columns); a question spanning the cutoff needs both tables. Sales of season 2020-21 exist only in the legacy system (legacy_ticket_sales). Soft-deleted rows (deleted_at not NULL) are not real orders.", ORDER_COLS)
T("archive_sales_orders", "ARCHIVE of sales orders placed before 2023-06-01 00:00 UTC (seasons 2021-22 and 2022-23; moved out of sales_orders on 2023-07-01). Same columns and meaning as sales_orders (soft deletes included) plus archived_at. Together with sales_orders it is the complete order record from 2021-10-01.",
  _noref(ORDER_COLS) + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
LINE_COLS = [
    C("line_id", "integer PRIMARY KEY", "Surrogate key, unique across order_lines and archive_order_lines."),
    C("order_id", "integer NOT NULL REFERENCES sales_orders (order_id)", "Order of the line."),
    C("product_id", "integer NOT NULL REFERENCES products (product_id)", "Product sold."),
    C("quantity", "integer NOT NULL CHECK (quantity > 0)", "Number of tickets / passes of the product on the line."),
    C("unit_price", "numeric(12,2) NOT NULL", "Price charged per unit in the order's currency: the list price valid on the order's local business date, or less when a discount was given (never more than the list price)."),
    C("line_amount", "numeric(12,2) NOT NULL", "quantity * unit_price, in the order's currency (NOT in EUR)."),
    C("first_ski_date", "date NOT NULL", "First day the ticket is valid (local date; for a season pass the season's opening day).")]
T("order_lines", "AUTHORITATIVE lines of the orders in sales_orders (every order has at least one line). Lines of archived orders are in archive_order_lines. Gross sales of an order = sum of its line_amount.", LINE_COLS)
T("archive_order_lines", "ARCHIVE of the lines of archive_sales_orders; same columns as order_lines plus archived_at.",
  _noref(LINE_COLS) + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("refund_reasons", "Lookup of refund reasons (refunds.reason_code).", [
    C("reason_code", "text PRIMARY KEY", "'WEATHER', 'INJURY', 'GOODWILL', 'DUPLICATE'."), C("description", "text NOT NULL", "Meaning.")])
REFUND_COLS = [
    C("refund_id", "integer PRIMARY KEY", "Surrogate key, unique across refunds and archive_refunds."),
    C("order_id", "integer NOT NULL REFERENCES sales_orders (order_id)", "Refunded order (always a 'paid' order)."),
    C("refunded_at", "timestamptz NOT NULL", "Moment the money was paid back (UTC). Convert the refund with the fx_rates row of the UTC date of refunded_at."),
    C("amount", "numeric(12,2) NOT NULL CHECK (amount > 0)", "Amount paid back, in the order's currency."),
    C("reason_code", "text NOT NULL REFERENCES refund_reasons (reason_code)", "Reason.")]
T("refunds", "AUTHORITATIVE refunds of the orders in sales_orders (a refund lives with its ORDER: refunds of archived orders are in archive_refunds, even when they were paid back after 2023-06-01). Net sales = gross sales minus refunds.", REFUND_COLS)
T("archive_refunds", "ARCHIVE of the refunds of archive_sales_orders (whatever the refund date); same columns as refunds plus archived_at.",
  _noref(REFUND_COLS) + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("downtime_causes", "Lookup of lift downtime causes (lift_downtime_incidents.cause_code).", [
    C("cause_code", "text PRIMARY KEY", "'WIND', 'STORM', 'POWER', 'MECH', 'RESCUE', 'MAINT'."), C("description", "text NOT NULL", "Meaning."),
    C("cause_group", "text NOT NULL", "'weather' (WIND, STORM), 'technical' (POWER, MECH), 'operational' (RESCUE) or 'planned' (MAINT)."),
    C("is_planned", "boolean NOT NULL", "true only for planned maintenance windows (MAINT); every other cause is unplanned downtime.")])
DT_COLS = [
    C("incident_id", "integer PRIMARY KEY", "Surrogate key, unique across lift_downtime_incidents and archive_lift_downtime."),
    C("lift_id", "integer NOT NULL REFERENCES lifts (lift_id)", "Lift that stood still."),
    C("started_at", "timestamptz NOT NULL", "Moment the lift stopped (UTC)."),
    C("ended_at", "timestamptz NOT NULL", "Moment the lift ran again (UTC). Downtime minutes = (ended_at - started_at) in minutes."),
    C("started_at_local", "timestamp NOT NULL", "started_at as wall-clock time at the resort."),
    C("cause_code", "text NOT NULL REFERENCES downtime_causes (cause_code)", "Cause."),
    C("skiers_evacuated", "integer NOT NULL", "Passengers brought down by rescue (0 when none).")]
T("lift_downtime_incidents", "AUTHORITATIVE lift downtime incidents that started on or after 2023-06-01 00:00 UTC. Earlier incidents (from 2021-11-01) were moved to archive_lift_downtime (same columns).", DT_COLS)
T("archive_lift_downtime", "ARCHIVE of lift downtime incidents that started before 2023-06-01 00:00 UTC (seasons 2021-22 and 2022-23); same columns as lift_downtime_incidents plus archived_at.",
  _noref(DT_COLS) + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
SCAN_COLS = [
    C("lift_id", "integer NOT NULL", "Lift (lifts.lift_id) of this partition's resort."),
    C("month_start", "date NOT NULL", "First day of the local calendar month counted."),
    C("gate_scans", "integer NOT NULL", "Valid ticket scans at the lift's turnstiles in that month (one scan = one ride)."),
    C("distinct_tickets", "integer NOT NULL", "Number of distinct tickets scanned at the lift in that month.")]
for _r in RESORTS:
    T(f"lift_scans_{_r[1].lower()}", f"AUTHORITATIVE PARTITION of the monthly lift-gate scan counts for resort {_r[1]} ({_r[2]}) only: one row per lift and local month of operation (November to April) from season 2021-22 on; November 2025 holds the counts up to the extract (2025-11-19). The resort is given by the table name only; the scans of all resorts are the UNION of the six lift_scans_<resort> tables. Season 2020-21 counts are only in legacy_lift_counts.",
      SCAN_COLS, ["PRIMARY KEY (lift_id, month_start)"])
T("equipment_categories", "Lookup of rental equipment categories (rental_contracts.category_code).", [
    C("category_code", "text PRIMARY KEY", "'SKI', 'SNB', 'BOOT', 'PERF', 'KIDS'."), C("description", "text NOT NULL", "Meaning.")])
T("rental_shops", "AUTHORITATIVE rental shops of the group (one or two per resort).", [
    C("shop_id", "integer PRIMARY KEY", "Surrogate key."), C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort."),
    C("shop_name", "text NOT NULL", "Shop name.")])
T("rental_contracts", "AUTHORITATIVE equipment rental contracts from season 2023-24 on (the rental system started 2023-11-01). Soft-deleted rows (deleted_at not NULL) are voided contracts and must be ignored.", [
    C("contract_id", "integer PRIMARY KEY", "Surrogate key."), C("contract_no", "text NOT NULL UNIQUE", "Contract number, e.g. 'R-ZER-00042'."),
    C("shop_id", "integer NOT NULL REFERENCES rental_shops (shop_id)", "Shop."),
    C("customer_id", "integer NOT NULL REFERENCES customers (customer_id)", "Renter."),
    C("category_code", "text NOT NULL REFERENCES equipment_categories (category_code)", "Equipment category."),
    C("start_date", "date NOT NULL", "First rental day (local date at the resort; decides the season)."),
    C("rental_days", "integer NOT NULL CHECK (rental_days > 0)", "Number of rental days."),
    C("amount", "numeric(12,2) NOT NULL", "Total charged in the resort's currency. Convert to EUR with the fx_rates row of start_date."),
    C("deleted_at", "timestamptz", "SOFT DELETE: non-NULL = voided contract, ignore it; NULL = real contract.")])
T("staff_roles", "Lookup of staff roles (staff_role_history.role_code).", [
    C("role_code", "text PRIMARY KEY", "'LIFT_OP', 'LIFT_SUP', 'INSTR', 'SNR_INSTR', 'RENTAL', 'SNOWMAKER', 'PATROL', 'OFFICE'."),
    C("title", "text NOT NULL", "Role title."), C("is_instructor", "boolean NOT NULL", "true for the ski-school teaching roles (INSTR, SNR_INSTR).")])
T("staff", "AUTHORITATIVE staff members. current_role_code and home_resort_id are the CURRENT values only; the role and resort a person had on a given date are in staff_role_history.", [
    C("staff_id", "integer PRIMARY KEY", "Surrogate key."), C("staff_no", "text NOT NULL UNIQUE", "Personnel number, e.g. 'S0042'."),
    C("full_name", "text NOT NULL", "Name."), C("home_resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Current resort."),
    C("current_role_code", "text NOT NULL REFERENCES staff_roles (role_code)", "Current role."),
    C("hired_on", "date NOT NULL", "First working day."), C("left_on", "date", "Day after the last working day; NULL while employed.")])
T("staff_role_history", "AUTHORITATIVE history of each staff member's role and resort: valid_from inclusive, valid_to exclusive, valid_to NULL = current. A person has exactly one row valid on every day of employment and none outside it.", [
    C("staff_id", "integer NOT NULL REFERENCES staff (staff_id)", "Staff member."),
    C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort worked at in the period."),
    C("role_code", "text NOT NULL REFERENCES staff_roles (role_code)", "Role held in the period."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "End (exclusive); NULL = current.")],
    ["PRIMARY KEY (staff_id, valid_from)"])
T("ski_school_lessons", "AUTHORITATIVE ski school lessons from season 2023-24 on. Price and participants as booked; status tells whether the lesson was held.", [
    C("lesson_id", "integer PRIMARY KEY", "Surrogate key."), C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort."),
    C("instructor_id", "integer NOT NULL REFERENCES staff (staff_id)", "Instructor (staff member) who teaches the lesson; employed on the lesson's local date (so exactly one staff_role_history row is valid for them that day). That role is normally a teaching role (staff_roles.is_instructor) but need not be: an instructor who has moved to another role (e.g. the resort office) may still teach lessons."),
    C("lesson_type", "text NOT NULL CHECK (lesson_type IN ('private', 'group'))", "'private' or 'group'."),
    C("starts_at", "timestamptz NOT NULL", "Lesson start (UTC). Convert the price with the fx_rates row of the UTC date of starts_at."),
    C("starts_at_local", "timestamp NOT NULL", "Lesson start as wall-clock time at the resort."),
    C("duration_min", "integer NOT NULL", "Booked length in minutes."), C("participants", "integer NOT NULL", "Number of pupils (at least 1)."),
    C("price_amount", "numeric(12,2) NOT NULL", "Total price of the lesson in the resort's currency."),
    C("status", "text NOT NULL CHECK (status IN ('held', 'cancelled', 'no_show'))", "'held', 'cancelled' (refunded, no revenue) or 'no_show' (pupil did not come; price kept).")])
T("snowmaking_runs", "AUTHORITATIVE snowmaking runs (one row per run of a resort's snowmaking system) started from 2023-11-01 00:00 UTC up to the extract (2025-11-20 00:00 UTC); the season of a run is that of its local start date (started_at_local).", [
    C("run_id", "integer PRIMARY KEY", "Surrogate key."), C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort."),
    C("started_at", "timestamptz NOT NULL", "Run start (UTC)."), C("started_at_local", "timestamp NOT NULL", "Run start as wall-clock time at the resort (its date decides the season and the energy tariff)."),
    C("ended_at", "timestamptz NOT NULL", "Run end (UTC)."), C("water_m3", "numeric(10,1) NOT NULL", "Water used, cubic metres."),
    C("energy_kwh", "numeric(10,1) NOT NULL", "Electricity used, kWh."), C("snow_m3", "numeric(10,1) NOT NULL", "Technical snow produced, cubic metres.")])
T("energy_tariff_history", "AUTHORITATIVE electricity tariffs per resort over time, in the resort's currency per kWh: valid_from inclusive, valid_to exclusive, NULL = current. Exactly one row is valid for a resort on every day from 2023-01-01. The energy cost of a snowmaking run = energy_kwh * the tariff valid on the run's LOCAL start date.", [
    C("resort_id", "integer NOT NULL REFERENCES resorts (resort_id)", "Resort."),
    C("price_per_kwh", "numeric(10,4) NOT NULL", "Price of one kWh in the resort's currency."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "End (exclusive); NULL = current.")],
    ["PRIMARY KEY (resort_id, valid_from)"])

# ------------------------------------------------------------------------------------- legacy
T("legacy_ticket_sales", "LEGACY ticketing system (SKIDATA export, season 2020-21 only: sales dated 2020-09-01 .. 2021-04-30). One row per ticket sale with OLD product codes (map them with legacy_product_code_map) and amounts in the resort's currency. Not in sales_orders/archive_sales_orders.", [
    C("sale_no", "integer PRIMARY KEY", "Legacy sale number."), C("old_product_code", "text NOT NULL", "Old product code, e.g. 'T-A-01' (legacy_product_code_map)."),
    C("sale_date", "date NOT NULL", "Local business date of the sale at the resort."), C("qty", "integer NOT NULL", "Tickets sold."),
    C("amount", "numeric(12,2) NOT NULL", "Total amount in the resort's currency."),
    C("status_code", "char(1) NOT NULL", "'V' valid sale, 'S' storno (reversed, no revenue), 'T' training / test sale (not real). legacy_status_codes lists them.")])
T("legacy_product_code_map", "LEGACY code map: old product code of the legacy system -> current products.product_id. Every old code used in legacy_ticket_sales is listed; some products had two old codes (renumbered in the old system).", [
    C("old_product_code", "text PRIMARY KEY", "Old code."), C("product_id", "integer NOT NULL", "Current product (products.product_id)."),
    C("note", "text", "Remark, e.g. why a second code exists; NULL when none.")])
T("legacy_lift_counts", "LEGACY monthly lift-gate scan counts of season 2020-21 (November 2020 .. April 2021) with OLD lift codes (legacy_lift_code_map). From season 2021-22 the counts are in lift_scans_<resort>.", [
    C("old_lift_code", "text NOT NULL", "Old lift code, e.g. 'A11'."), C("count_month", "date NOT NULL", "First day of the local month."),
    C("scans", "integer NOT NULL", "Gate scans in the month.")], ["PRIMARY KEY (old_lift_code, count_month)"])
T("legacy_lift_code_map", "LEGACY code map: old lift code -> current lifts.lift_id. Every old code used in legacy_lift_counts is listed; some lifts had two old codes (re-coded after a turnstile replacement).", [
    C("old_lift_code", "text PRIMARY KEY", "Old code."), C("lift_id", "integer NOT NULL", "Current lift (lifts.lift_id)."), C("note", "text", "Remark; NULL when none.")])
T("legacy_status_codes", "LEGACY lookup of legacy_ticket_sales.status_code.", [C("status_code", "char(1) PRIMARY KEY", "'V', 'S', 'T'."), C("meaning", "text NOT NULL", "Meaning.")])
T("legacy_resorts", "LEGACY resort list of the old system (old two-letter codes). Informational; the old product codes already identify their product (and so the resort) through legacy_product_code_map.", [
    C("old_resort_code", "char(2) PRIMARY KEY", "Old code, e.g. 'SA'."), C("resort_id", "integer NOT NULL", "Current resort (resorts.resort_id)."), C("old_name", "text NOT NULL", "Name in the old system.")])

# ------------------------------------------------------------------------------------- staging
T("staging_sales_orders", "STAGING: raw order feed of the web shop as loaded before validation (duplicates, test orders, wrong currencies possible). Not the order record: use sales_orders / archive_sales_orders.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("order_no", "text", "Order number as received."), C("resort_code", "text", "Resort code as received."),
    C("ordered_at", "timestamptz", "Order moment as received."), C("amount", "numeric(12,2)", "Order total as received."), C("currency_code", "text", "Currency as received.")])
T("staging_order_lines", "STAGING: raw order lines as loaded before validation. Not authoritative (use order_lines / archive_order_lines).", [
    C("load_id", "integer NOT NULL", "Load batch."), C("order_no", "text", "Order number."), C("product_code", "text", "Product code."), C("quantity", "integer", "Quantity."), C("unit_price", "numeric(12,2)", "Unit price.")])
T("staging_fx_rates", "STAGING: exchange rates as received from the bank feed before validation (gaps, inverted quotes). Use fx_rates.", [
    C("rate_date", "date", "Day."), C("currency_code", "text", "Currency."), C("rate", "numeric(14,8)", "Rate as received (quote direction not checked).")])
T("staging_lift_scans", "STAGING: turnstile scan counts of the current month as loaded (incomplete). Use the lift_scans_<resort> partitions.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("lift_code", "text", "Lift code."), C("scan_day", "date", "Day."), C("gate_scans", "integer", "Scans so far.")])
T("staging_rental_contracts", "STAGING: rental contracts from the shop tills before validation. Use rental_contracts.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("contract_no", "text", "Contract number."), C("start_date", "date", "Start."), C("amount", "numeric(12,2)", "Amount.")])
T("staging_lessons", "STAGING: ski school bookings as exported by the booking tool before validation (includes enquiries that never became lessons). Use ski_school_lessons.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("resort_code", "text", "Resort."), C("starts_at", "timestamptz", "Start."), C("price_amount", "numeric(12,2)", "Price.")])
T("staging_snowmaking_runs", "STAGING: snowmaking telemetry before validation (sensor spikes not removed). Use snowmaking_runs.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("resort_code", "text", "Resort."), C("started_at", "timestamptz", "Start."), C("water_m3", "numeric(10,1)", "Water."), C("energy_kwh", "numeric(10,1)", "Energy.")])
T("staging_downtime", "STAGING: lift control-system stop messages before validation (every stop, also stops of a few seconds). Use lift_downtime_incidents / archive_lift_downtime.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("lift_code", "text", "Lift."), C("stopped_at", "timestamptz", "Stop."), C("restarted_at", "timestamptz", "Restart.")])
T("staging_staff", "STAGING: HR export before validation. Use staff / staff_role_history.", [
    C("load_id", "integer NOT NULL", "Load batch."), C("staff_no", "text", "Personnel number."), C("role_code", "text", "Role."), C("resort_code", "text", "Resort.")])

# ------------------------------------------------------------------------------------- reports
T("rpt_season_revenue", "REPORT table (STALE: last refreshed 2024-05-02; seasons up to 2023-24 only). Gross line amounts per resort and season converted at the rate of the refresh day, INCLUDING cancelled and soft-deleted orders and without refunds. For revenue use the order tables with fx_rates.", [
    C("season_code", "text NOT NULL", "Season."), C("resort_code", "char(3) NOT NULL", "Resort."), C("revenue_eur", "numeric(14,2) NOT NULL", "Revenue as computed at refresh."),
    C("refreshed_at", "timestamptz NOT NULL", "Refresh moment.")])
T("rpt_daily_sales", "REPORT table: orders per resort and UTC day (NOT local business day), live orders only (from 2023-06-01), soft-deleted orders included; refreshed nightly, last 2025-04-30.", [
    C("sales_day", "date NOT NULL", "UTC date."), C("resort_code", "char(3) NOT NULL", "Resort."), C("orders", "integer NOT NULL", "Orders."),
    C("gross_local", "numeric(14,2) NOT NULL", "Gross line amounts in the resort currency.")])
T("rpt_lift_utilisation", "REPORT table: scans per lift for season 2023-24 only (frozen season report), lifts identified by their name at the refresh date.", [
    C("season_code", "text NOT NULL", "Season ('2023-24')."), C("lift_name", "text NOT NULL", "Lift name at refresh."), C("gate_scans", "integer NOT NULL", "Scans."),
    C("utilisation_pct", "numeric(5,1) NOT NULL", "Scans relative to design capacity, percent.")])
T("rpt_downtime_summary", "REPORT table: unplanned downtime hours per resort and calendar month (UTC), live incidents only, EXCLUDING weather causes (technical report for the lift engineers).", [
    C("month_start", "date NOT NULL", "Month (UTC)."), C("resort_code", "char(3) NOT NULL", "Resort."), C("downtime_hours", "numeric(8,1) NOT NULL", "Hours.")])
T("rpt_rental_revenue", "REPORT table: rental revenue per shop and season in the resort currency, INCLUDING voided (soft-deleted) contracts; last refreshed 2025-03-01 (season 2024-25 incomplete).", [
    C("season_code", "text NOT NULL", "Season."), C("shop_id", "integer NOT NULL", "Shop."), C("amount_local", "numeric(14,2) NOT NULL", "Amount.")])
T("rpt_school_hours", "REPORT table: teaching hours per instructor per season by the instructor's CURRENT role and resort at refresh (2025-05-01), all lesson statuses included.", [
    C("season_code", "text NOT NULL", "Season."), C("staff_no", "text NOT NULL", "Instructor."), C("role_code", "text NOT NULL", "Current role at refresh."), C("hours", "numeric(8,1) NOT NULL", "Hours.")])
T("rpt_snowmaking_energy", "REPORT table: snowmaking energy cost per resort and season at the tariff valid on the refresh day (2025-05-15) and annual average FX rates.", [
    C("season_code", "text NOT NULL", "Season."), C("resort_code", "char(3) NOT NULL", "Resort."), C("energy_kwh", "numeric(12,1) NOT NULL", "kWh."), C("cost_eur", "numeric(12,2) NOT NULL", "Cost.")])
T("rpt_top_customers", "REPORT table: top 20 customers by number of orders in season 2024-25 (refreshed 2025-02-01), counting ALL orders including cancelled and soft-deleted ones (marketing definition).", [
    C("rank", "integer NOT NULL", "Rank."), C("customer_no", "text NOT NULL", "Customer."), C("orders", "integer NOT NULL", "Orders counted.")])
T("rpt_fx_monthly_avg", "REPORT table: monthly average of fx_rates per currency (budgeting only; not a conversion rate).", [
    C("month_start", "date NOT NULL", "Month."), C("currency_code", "char(3) NOT NULL", "Currency."), C("avg_eur_per_unit", "numeric(14,8) NOT NULL", "Average.")])
T("rpt_refunds", "REPORT table: refunds per resort and season counting only FULL refunds (refund = whole order), live orders only.", [
    C("season_code", "text NOT NULL", "Season."), C("resort_code", "char(3) NOT NULL", "Resort."), C("refunds", "integer NOT NULL", "Full refunds."), C("amount_local", "numeric(14,2) NOT NULL", "Amount.")])
T("v_current_prices", "SNAPSHOT of product_price_history rows valid on 2025-09-30 (today's prices only; past prices are in product_price_history).", [
    C("product_code", "text NOT NULL", "Product."), C("list_price", "numeric(12,2) NOT NULL", "Current list price."), C("currency_code", "char(3) NOT NULL", "Currency.")])
T("v_fx_latest", "SNAPSHOT of the latest fx_rates row per currency (rate of 2025-09-30). Not for historical conversions.", [
    C("currency_code", "char(3) NOT NULL", "Currency."), C("eur_per_unit", "numeric(14,8) NOT NULL", "Rate of 2025-09-30.")])
T("v_staff_current_role", "SNAPSHOT of each employed staff member's current role and resort (valid_to NULL).", [
    C("staff_no", "text NOT NULL", "Staff."), C("role_code", "text NOT NULL", "Current role."), C("resort_code", "char(3) NOT NULL", "Current resort.")])
T("v_lift_directory", "SNAPSHOT: lifts with current names and resort names for the website.", [
    C("lift_code", "text NOT NULL", "Lift."), C("lift_name", "text NOT NULL", "Current name."), C("resort_name", "text NOT NULL", "Resort.")])
T("v_orders_2024_25", "SNAPSHOT of season 2024-25 orders taken on 2025-01-15 (STALE: later orders missing, statuses as of that day, soft-deleted rows included).", [
    C("order_id", "integer NOT NULL", "Order."), C("resort_code", "char(3) NOT NULL", "Resort."), C("status", "text NOT NULL", "Status on 2025-01-15."),
    C("deleted_at", "timestamptz", "Soft delete as of the snapshot.")])
T("v_open_incidents", "SNAPSHOT of lift downtime incidents still open when the snapshot was taken (2025-09-30 06:00 UTC).", [
    C("lift_code", "text NOT NULL", "Lift."), C("started_at", "timestamptz NOT NULL", "Stop moment.")])
T("v_season_pass_holders", "SNAPSHOT of season pass holders of season 2024-25 taken 2024-11-15 (passes bought later are missing).", [
    C("customer_no", "text NOT NULL", "Customer."), C("resort_code", "char(3) NOT NULL", "Resort of the pass.")])

# ------------------------------------------------------------------------------------- audit / logs / planning
T("audit_sales_orders", "AUDIT log of status changes and deletions of sales orders (trigger-written). For the current status use sales_orders.status / deleted_at.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("order_id", "integer NOT NULL", "Order."), C("changed_at", "timestamptz NOT NULL", "Change moment."),
    C("field", "text NOT NULL", "'status' or 'deleted_at'."), C("old_value", "text", "Value before."), C("new_value", "text", "Value after.")])
T("audit_price_changes", "AUDIT log of edits to product_price_history rows (who changed what).", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("price_id", "integer NOT NULL", "Price row."), C("changed_at", "timestamptz NOT NULL", "Change."), C("changed_by", "text NOT NULL", "User.")])
T("etl_job_runs", "LOG of warehouse jobs (archiving, report refreshes).", [
    C("run_id", "integer PRIMARY KEY", "Run."), C("job_name", "text NOT NULL", "Job."), C("started_at", "timestamptz NOT NULL", "Start."), C("status", "text NOT NULL", "'ok' or 'failed'.")])
T("report_refresh_log", "LOG of refreshes of rpt_* and v_* tables (documents their staleness).", [
    C("table_name", "text NOT NULL", "Report table."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment."), C("rows_written", "integer NOT NULL", "Rows.")])
T("lift_operating_plan", "PLANNING table: planned daily operating hours per lift and season (plans; actual operation is not recorded here).", [
    C("lift_id", "integer NOT NULL", "Lift."), C("season_code", "text NOT NULL", "Season."), C("opens_local", "time NOT NULL", "Planned opening time."), C("closes_local", "time NOT NULL", "Planned closing time.")])
T("price_plan_drafts", "PLANNING: draft prices for the next season, not yet published (not list prices).", [
    C("product_code", "text NOT NULL", "Product."), C("season_code", "text NOT NULL", "Season planned."), C("draft_price", "numeric(12,2) NOT NULL", "Draft price.")])

# side systems ------------------------------------------------------------------------------
SIDE = [
    ("avalanche_bulletins", "Daily avalanche danger level (1-5) per resort from the regional warning service.",
     [("bulletin_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort (resorts.resort_id)."), ("bulletin_date", "date NOT NULL", "Local date."), ("danger_level", "integer NOT NULL", "Danger level 1 (low) .. 5 (very high).")]),
    ("weather_observations", "Morning weather observations at the top station.",
     [("obs_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("observed_at", "timestamptz NOT NULL", "Moment (UTC)."), ("temp_c", "numeric(4,1) NOT NULL", "Air temperature, °C."), ("wind_kmh", "integer NOT NULL", "Wind speed km/h.")]),
    ("snow_depth_readings", "Snow depth readings at the resort's measuring field.",
     [("reading_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("reading_date", "date NOT NULL", "Local date."), ("depth_cm", "integer NOT NULL", "Snow depth in cm.")]),
    ("slopes", "Pistes of the resorts (informational piste map).",
     [("slope_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("slope_name", "text NOT NULL", "Piste name."), ("difficulty", "text NOT NULL", "'blue', 'red', 'black' (Alps) or 'green', 'blue', 'black' (Japan/Canada).")]),
    ("grooming_log", "Piste grooming shifts of the snowcats.",
     [("shift_id", "integer PRIMARY KEY", "Surrogate key."), ("slope_id", "integer NOT NULL", "Piste (slopes.slope_id)."), ("groomed_on", "date NOT NULL", "Local date of the night shift."), ("machine_hours", "numeric(4,1) NOT NULL", "Snowcat hours.")]),
    ("snowcats", "Piste machines (snowcats) of the resorts.",
     [("snowcat_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("model", "text NOT NULL", "Machine model."), ("built_year", "integer NOT NULL", "Year built.")]),
    ("parking_lots", "Car parks at the base areas.",
     [("lot_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("lot_name", "text NOT NULL", "Name."), ("spaces", "integer NOT NULL", "Parking spaces.")]),
    ("parking_sessions", "Paid parking sessions (parking operator export; not ticket sales).",
     [("session_id", "integer PRIMARY KEY", "Surrogate key."), ("lot_id", "integer NOT NULL", "Car park."), ("entered_at", "timestamptz NOT NULL", "Entry (UTC)."), ("fee_amount", "numeric(8,2) NOT NULL", "Fee in the resort currency.")]),
    ("mountain_restaurants", "Restaurants on the mountain operated by the group.",
     [("restaurant_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("restaurant_name", "text NOT NULL", "Name."), ("seats", "integer NOT NULL", "Seats.")]),
    ("restaurant_receipts", "Till receipts of the mountain restaurants (food and beverage, not ticket revenue).",
     [("receipt_id", "integer PRIMARY KEY", "Surrogate key."), ("restaurant_id", "integer NOT NULL", "Restaurant."), ("sold_at", "timestamptz NOT NULL", "Moment (UTC)."), ("amount", "numeric(10,2) NOT NULL", "Amount in the resort currency.")]),
    ("lost_and_found", "Items handed in at lift stations.",
     [("item_id", "integer PRIMARY KEY", "Surrogate key."), ("lift_id", "integer NOT NULL", "Lift where found."), ("found_on", "date NOT NULL", "Local date."), ("description", "text NOT NULL", "Item.")]),
    ("patrol_incidents", "First-aid interventions of the ski patrol (anonymised).",
     [("patrol_incident_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("occurred_at", "timestamptz NOT NULL", "Moment (UTC)."), ("severity", "integer NOT NULL", "1 minor .. 3 evacuation by helicopter.")]),
    ("webcams", "Webcams on the resorts' websites.",
     [("webcam_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("location", "text NOT NULL", "Where."), ("url", "text NOT NULL", "Image URL.")]),
    ("app_sessions", "Mobile app sessions (analytics).",
     [("session_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer", "Customer if logged in."), ("started_at", "timestamptz NOT NULL", "Start (UTC)."), ("duration_s", "integer NOT NULL", "Length in seconds.")]),
    ("newsletter_subscriptions", "Marketing newsletter subscriptions.",
     [("subscription_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("subscribed_on", "date NOT NULL", "Date."), ("language", "text NOT NULL", "'de', 'fr', 'en', 'ja'.")]),
    ("loyalty_accounts", "Loyalty programme accounts (points; not purchases).",
     [("account_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("points_balance", "integer NOT NULL", "Points."), ("opened_on", "date NOT NULL", "Date.")]),
    ("promo_codes", "Marketing promotion codes.",
     [("promo_id", "integer PRIMARY KEY", "Surrogate key."), ("promo_code", "text NOT NULL", "Code."), ("discount_pct", "integer NOT NULL", "Discount percent."), ("valid_until", "date NOT NULL", "Last valid day.")]),
    ("tour_operators", "Tour operators selling through channel 'AGT'.",
     [("operator_id", "integer PRIMARY KEY", "Surrogate key."), ("operator_name", "text NOT NULL", "Name."), ("country_code", "char(2) NOT NULL", "Country."), ("commission_pct", "numeric(4,1) NOT NULL", "Commission percent.")]),
    ("suppliers", "Suppliers of spare parts and services.",
     [("supplier_id", "integer PRIMARY KEY", "Surrogate key."), ("supplier_name", "text NOT NULL", "Name."), ("country_code", "char(2) NOT NULL", "Country.")]),
    ("purchase_orders", "Purchase orders to suppliers (procurement, not ticket sales).",
     [("po_id", "integer PRIMARY KEY", "Surrogate key."), ("supplier_id", "integer NOT NULL", "Supplier."), ("ordered_on", "date NOT NULL", "Date."), ("total_amount", "numeric(12,2) NOT NULL", "Amount in EUR.")]),
    ("lift_inspections", "Statutory annual inspections of the lifts.",
     [("inspection_id", "integer PRIMARY KEY", "Surrogate key."), ("lift_id", "integer NOT NULL", "Lift."), ("inspected_on", "date NOT NULL", "Date."), ("passed", "boolean NOT NULL", "Passed.")]),
    ("spare_parts", "Spare parts catalogue of the lift workshops.",
     [("part_id", "integer PRIMARY KEY", "Surrogate key."), ("part_name", "text NOT NULL", "Name."), ("unit_cost_eur", "numeric(10,2) NOT NULL", "Cost in EUR.")]),
    ("staff_trainings", "Training courses attended by staff.",
     [("training_id", "integer PRIMARY KEY", "Surrogate key."), ("staff_id", "integer NOT NULL", "Staff member."), ("course", "text NOT NULL", "Course."), ("completed_on", "date NOT NULL", "Date.")]),
    ("staff_shifts_plan", "Planned shifts (rota plans; not worked hours, not roles).",
     [("plan_id", "integer PRIMARY KEY", "Surrogate key."), ("staff_id", "integer NOT NULL", "Staff member."), ("shift_date", "date NOT NULL", "Local date."), ("hours", "numeric(4,1) NOT NULL", "Planned hours.")]),
    ("accommodation_partners", "Hotels with package deals.",
     [("partner_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("hotel_name", "text NOT NULL", "Hotel."), ("stars", "integer NOT NULL", "Stars.")]),
    ("customer_feedback", "Post-visit surveys (score 1-5).",
     [("feedback_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("resort_id", "integer NOT NULL", "Resort."), ("score", "integer NOT NULL", "Score 1-5.")]),
    ("gdpr_requests", "Data protection requests of customers.",
     [("request_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("received_on", "date NOT NULL", "Date."), ("completed_on", "date", "Date done; NULL open.")]),
    ("events", "Resort events (races, concerts).",
     [("event_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("event_name", "text NOT NULL", "Name."), ("event_date", "date NOT NULL", "Local date.")]),
    ("race_results", "Results of amateur races.",
     [("result_id", "integer PRIMARY KEY", "Surrogate key."), ("event_id", "integer NOT NULL", "Event."), ("bib", "integer NOT NULL", "Bib."), ("time_s", "numeric(7,2) NOT NULL", "Time in seconds.")]),
    ("ski_lockers", "Ski lockers at the base stations.",
     [("locker_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("locker_no", "text NOT NULL", "Locker."), ("annual_fee", "numeric(8,2) NOT NULL", "Fee in the resort currency.")]),
    ("water_reservoirs", "Reservoirs feeding the snowmaking systems.",
     [("reservoir_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("reservoir_name", "text NOT NULL", "Name."), ("capacity_m3", "integer NOT NULL", "Capacity m3.")]),
    ("snow_guns", "Snow guns (fan and lance) of the snowmaking systems.",
     [("gun_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("gun_type", "text NOT NULL", "'fan' or 'lance'."), ("installed_year", "integer NOT NULL", "Year.")]),
    ("email_log", "LOG of e-mails sent to customers.",
     [("email_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("sent_at", "timestamptz NOT NULL", "Moment (UTC)."), ("template", "text NOT NULL", "Template.")]),
    ("api_request_log", "LOG of partner API calls.",
     [("request_id", "integer PRIMARY KEY", "Surrogate key."), ("operator_id", "integer NOT NULL", "Tour operator."), ("requested_at", "timestamptz NOT NULL", "Moment (UTC)."), ("http_status", "integer NOT NULL", "HTTP status.")]),
    ("data_quality_issues", "LOG of data-quality findings of the warehouse checks.",
     [("issue_id", "integer PRIMARY KEY", "Surrogate key."), ("table_name", "text NOT NULL", "Table checked."), ("found_at", "timestamptz NOT NULL", "Moment (UTC)."), ("resolved", "boolean NOT NULL", "Resolved.")]),
    ("helicopter_flights", "Heli-skiing flights (Whistler and Verbier partners).",
     [("flight_id", "integer PRIMARY KEY", "Surrogate key."), ("resort_id", "integer NOT NULL", "Resort."), ("flown_on", "date NOT NULL", "Date."), ("guests", "integer NOT NULL", "Guests.")]),
    ("gift_vouchers", "Gift vouchers sold (redeemable for products; not sales orders).",
     [("voucher_id", "integer PRIMARY KEY", "Surrogate key."), ("voucher_code", "text NOT NULL", "Code."), ("value_eur", "numeric(8,2) NOT NULL", "Face value EUR."), ("issued_on", "date NOT NULL", "Date.")]),
    ("lift_ticket_photos", "Photo-ID records of season passes (for turnstile checks).",
     [("photo_id", "integer PRIMARY KEY", "Surrogate key."), ("customer_id", "integer NOT NULL", "Customer."), ("taken_on", "date NOT NULL", "Date.")]),
]
for _n, _c, _cols in SIDE:
    T(_n, _c + " Side system; not part of the ticket-sales, lift, rental, ski-school, snowmaking, downtime or staff record.", [C(*c) for c in _cols])
# other per-resort partitions (plans and informational)
for _r in RESORTS:
    T(f"grooming_plan_{_r[1].lower()}", f"PARTITION for resort {_r[1]} ({_r[2]}): planned nightly grooming per piste (plans, local dates). Side system; not a lift or sales record.", [
        C("plan_id", "integer PRIMARY KEY", "Surrogate key."), C("slope_id", "integer NOT NULL", "Piste (slopes.slope_id)."), C("plan_date", "date NOT NULL", "Local date."), C("planned_hours", "numeric(4,1) NOT NULL", "Planned snowcat hours.")])

TABLE_NAMES = [t["name"] for t in TABLES]
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in TABLES}


# =================================================================================== data
def _fx(r):
    rows, rates = [], {}
    v = {c: FX_BASE[c] * (1 + r.uniform(-0.04, 0.04)) for c in FX_BASE}
    for d in days(FX_FROM, FX_TO):
        for c in ("CHF", "JPY", "CAD"):
            v[c] *= 1 + r.gauss(0, 0.0035)
            v[c] = min(max(v[c], FX_BASE[c] * 0.85), FX_BASE[c] * 1.15)
            q = Decimal(repr(round(v[c], 8))).quantize(Decimal("0.00000001"))
            rates[(d, c)] = q
            rows.append((d, c, q))
    return rows, rates


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)
    inst0 = seed == SEEDS[0]
    out: dict[str, list[tuple]] = {n: [] for n in TABLE_NAMES}
    out["regions"] = list(REGIONS)
    out["countries"] = list(COUNTRIES)
    out["currencies"] = list(CURRENCIES)
    out["fx_rates"], rates = _fx(r)

    def eur(amount, ccy, d):
        return amount if ccy == "EUR" else amount * rates[(d, ccy)]
    out["seasons"] = [(s, fy, date(fy - 1, 11, 1), date(fy, 10, 31), date(fy - 1, 11, 28 if s != "2020-21" else 27), date(fy, 4, 21)) for s, fy in SEASONS]
    out["resorts"] = [(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[8], x[9]) for x in RESORTS]
    out["lift_types"] = list(LIFT_TYPES)
    out["lifts"] = [(lf[0], lf[1], lf[2], lf[3], lf[4], lf[5], lf[6], lf[7], lf[8]) for lf in LIFTS]
    lnh = []
    for lf in LIFTS:
        for nm, vf, vt in NAME_HISTORY.get(lf[0], [(lf[3], date(lf[8], 12, 1), None)]):
            lnh.append((lf[0], nm, vf, vt))
    out["lift_name_history"] = lnh
    out["product_types"] = list(PTYPES)
    prods = []
    pid = 0
    for rs in RESORTS:
        for pt, age, nm in (("DAY", "adult", "Day ticket adult"), ("DAY", "child", "Day ticket child"), ("HALF", "adult", "Afternoon ticket adult"),
                            ("MULTI6", "adult", "6-day ticket adult"), ("SEASON", "adult", "Season pass adult")):
            pid += 1
            code = f"{rs[1]}-{ {'DAY': 'DAY', 'HALF': 'HALF', 'MULTI6': '6D', 'SEASON': 'SP'}[pt] }-{'AD' if age == 'adult' else 'CH'}"
            prods.append((pid, code, rs[0], pt, age, f"{rs[2]} {nm}"))
    out["products"] = prods
    PROD = {p[0]: p for p in prods}
    factor = {"DAY": 1.0, "HALF": 0.72, "MULTI6": 5.1, "SEASON": 14.5}
    # price history: one price per season from 2020-11-01, plus a mid-season change in some products
    ph, prid = [], 0
    price_rows = {}
    mid_change = {p[0]: (r.random() < 0.5) for p in prods}
    for p in prods:
        base = DAY_BASE[p[2]] * factor[p[3]] * (0.55 if p[4] == "child" else 1.0) * r.uniform(0.95, 1.05)
        breaks = []
        for s, fy in SEASONS:
            breaks.append(date(fy - 1, 11, 1))
            if mid_change[p[0]] and fy in (2024, 2025):
                breaks.append(date(fy - 1, 12, 21))
        lvl = base
        for k, b in enumerate(breaks):
            if k:
                lvl *= r.uniform(1.01, 1.07)
            e = breaks[k + 1] if k + 1 < len(breaks) else None
            prid += 1
            pr = Decimal(int(round(lvl, -1))) if CCY[p[2]] == "JPY" else money(round(lvl * 2) / 2)
            ph.append((prid, p[0], pr, b, e))
            price_rows.setdefault(p[0], []).append((b, e, pr))
    out["product_price_history"] = ph

    def price_on(pid_, d):
        for b, e, pr in price_rows[pid_]:
            if b <= d and (e is None or d < e):
                return pr
        raise ValueError((pid_, d))

    # customers
    ccs = ["AT", "DE", "DE", "CH", "GB", "GB", "NL", "FR", "SE", "JP", "JP", "AU", "AU", "CA", "CA", "US", "CN"]
    custs = []
    for i in range(1, 221):
        custs.append((i, f"K{i:06d}", f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(ccs), None if r.random() < 0.1 else r.randint(1950, 2010),
                      datetime(2018, 1, 1, tzinfo=UTC) + timedelta(days=r.randrange(1400), seconds=r.randrange(86400))))
    out["customers"] = custs
    cw = [r.paretovariate(1.2) for _ in custs]
    ccw = list(accumulate(cw))
    out["sales_channels"] = list(CHANNELS)
    out["refund_reasons"] = list(REFUND_REASONS)
    out["downtime_causes"] = list(CAUSES)
    out["equipment_categories"] = list(EQUIP)
    out["staff_roles"] = list(ROLES)

    # ---------------------------------------------------------------- orders
    res_w = {1: r.uniform(0.8, 1.3), 2: r.uniform(0.8, 1.3), 3: r.uniform(0.7, 1.2), 4: r.uniform(0.6, 1.1), 5: r.uniform(0.7, 1.3), 6: r.uniform(0.8, 1.4)}
    online_share = r.uniform(0.35, 0.6)
    del_rate = r.uniform(0.02, 0.05)
    canc_rate = r.uniform(0.03, 0.08)
    refund_rate = r.uniform(0.04, 0.09)
    disc_rate = r.uniform(0.15, 0.35)
    st = {"oid": 0, "lid": 0, "rfid": 0}
    live = {"orders": [], "lines": [], "refunds": []}
    arch = {"orders": [], "lines": [], "refunds": []}
    seq = {}
    archived_at = datetime(2023, 7, 1, 3, 0, tzinfo=UTC)

    def add_order(resort_id, local_dt, lines, status="paid", channel=None, deleted=False, customer=None, refund=None):
        """lines: list of (product_id, qty, unit_price or None, first_ski_date or None). refund: (days_after, fraction|amount, reason)."""
        kind = RES[resort_id][7]
        u = local_to_utc(kind, local_dt)
        st["oid"] += 1
        oid = st["oid"]
        yy = season_of(local_dt.date())[2:4]
        key = (resort_id, yy)
        seq[key] = seq.get(key, 0) + 1
        ono = f"{RES[resort_id][1]}-{yy}-{seq[key]:05d}"
        cust = customer or r.choices(range(1, 221), cum_weights=ccw)[0]
        if channel is None:
            channel = r.choice(["WEB", "APP"]) if r.random() < online_share else r.choices(["DESK", "AGT", "KIOSK"], [5, 2, 2])[0]
        dl = (u + timedelta(days=r.randint(0, 20), hours=r.randint(1, 20))) if deleted else None
        tgt = live if u >= ARCHIVE_CUTOFF else arch
        row = [oid, ono, cust, resort_id, u, local_dt, channel, status, CCY[resort_id], dl]
        if tgt is arch:
            row.append(archived_at)
        tgt["orders"].append(tuple(row))
        total = Decimal(0)
        ld = local_dt.date()
        for pid_, qty, up, fsd in lines:
            st["lid"] += 1
            if up is None:
                up = price_on(pid_, ld)
                if r.random() < disc_rate:
                    up = (up * Decimal(r.choice(["0.90", "0.85", "0.80"]))).quantize(CENT if CCY[resort_id] != "JPY" else Decimal(1), rounding=ROUND_HALF_UP)
                    up = Decimal(up).quantize(CENT)
            if fsd is None:
                if PROD[pid_][3] == "SEASON":  # pre-sales from September are for the coming winter
                    fy = ld.year + 1 if ld.month >= 9 else ld.year
                    fsd = date(fy - 1, 11, 28) if ld <= date(fy - 1, 11, 28) else ld
                else:
                    fsd = ld + timedelta(days=r.choice([0, 0, 0, 1, 2, 5]))
            amt = (up * qty).quantize(CENT)
            total += amt
            lr = [st["lid"], oid, pid_, qty, up, amt, fsd]
            if tgt is arch:
                lr.append(archived_at)
            tgt["lines"].append(tuple(lr))
        if refund is not None and status == "paid":
            da, frac, reason = refund
            st["rfid"] += 1
            ra = da if isinstance(da, datetime) else u + timedelta(days=da, hours=r.randint(0, 10), minutes=r.randint(0, 59))
            amt = frac if isinstance(frac, Decimal) else (total * Decimal(str(frac))).quantize(CENT if CCY[resort_id] != "JPY" else Decimal(1))
            amt = Decimal(amt).quantize(CENT)
            rr = [st["rfid"], oid, ra, amt, reason]
            if tgt is arch:
                rr.append(archived_at)
            tgt["refunds"].append(tuple(rr))
        return oid, ono, u

    rprods = {rid: [p for p in prods if p[2] == rid] for rid in RES}
    for s, fy in SEASONS[2:6]:
        start, end = date(fy - 1, 9, 1) if fy > 2022 else date(2021, 10, 1), date(fy, 4, 20)
        for d in days(start, end):
            inwinter = d >= date(fy - 1, 11, 25)
            for rid in RES:
                lam = (0.33 if inwinter else 0.06) * res_w[rid] * (1.25 if d.month in (12, 2) else 1.0)
                n = 0
                while r.random() < lam / (1 + n) and n < 3:
                    n += 1
                for _ in range(n):
                    hh = r.randint(7, 21)
                    ldt = datetime(d.year, d.month, d.day, hh, r.randint(0, 59), r.randint(0, 59))
                    if inwinter:
                        cand = [p for p in rprods[rid] if p[3] != "SEASON" or r.random() < 0.15]
                    else:
                        cand = [p for p in rprods[rid] if p[3] in ("SEASON", "MULTI6")]
                    nl = 1 if r.random() < 0.7 else 2
                    chosen = r.sample(cand, min(nl, len(cand)))
                    lines = [(p[0], r.choices([1, 2, 3, 4], [5, 3, 1, 1])[0] if p[3] != "SEASON" else 1, None, None) for p in chosen]
                    status = "cancelled" if r.random() < canc_rate else "paid"
                    rf = None
                    if status == "paid" and r.random() < refund_rate:
                        rf = (r.randint(1, 40), r.choice([1.0, 0.5, 0.3, 0.25]), r.choices([x[0] for x in REFUND_REASONS], [4, 3, 2, 1])[0])
                    add_order(rid, ldt, lines, status=status, deleted=r.random() < del_rate, refund=rf)
    # pre-sales for 2025-26 (September 2025 up to the extract, season passes)
    for d in days(date(2025, 9, 1), date(2025, 11, 19)):
        for rid in RES:
            if r.random() < 0.12 * res_w[rid]:
                sp = [p for p in rprods[rid] if p[3] == "SEASON"][0]
                add_order(rid, datetime(d.year, d.month, d.day, r.randint(8, 20), r.randint(0, 59)), [(sp[0], 1, None, None)])

    # ---------------------------------------------------------------- lifts: scans, downtime
    scans = {rs[1]: [] for rs in RESORTS}
    lift_pop = {lf[0]: r.uniform(0.5, 1.5) * lf[5] for lf in LIFTS}
    trend = r.uniform(0.9, 1.15)
    for s, fy in SEASONS[2:6]:
        for mi, (yy, mm) in enumerate([(fy - 1, 11), (fy - 1, 12), (fy, 1), (fy, 2), (fy, 3), (fy, 4)]):
            mf = [0.25, 0.9, 1.0, 1.1, 0.85, 0.4][mi]
            for lf in LIFTS:
                if lf[0] == 24 and date(2023, 11, 1) <= date(yy, mm, 1) < date(2024, 2, 1):
                    continue  # Hanazono closed for the gondola construction
                if lf[0] == 30 and mm == 11:
                    continue  # 7th Heaven never opens in November
                g = int(lift_pop[lf[0]] * 30 * mf * (trend ** (fy - 2022)) * r.uniform(0.8, 1.2))
                dt = int(g / r.uniform(2.5, 4.5))
                scans[lf[1] and RES[lf[1]][1]].append((lf[0], date(yy, mm, 1), g, dt))
    for rs in RESORTS:
        out[f"lift_scans_{rs[1].lower()}"] = scans[rs[1]]
    # legacy counts 2020-21
    lc = []
    for lf in LIFTS:
        codes = lf[9]
        for mi, (yy, mm) in enumerate([(2020, 11), (2020, 12), (2021, 1), (2021, 2), (2021, 3), (2021, 4)]):
            mf = [0.2, 0.6, 0.7, 0.8, 0.6, 0.3][mi]
            g = int(lift_pop[lf[0]] * 30 * mf * r.uniform(0.8, 1.2))
            code = codes[0] if (len(codes) == 1 or mm in (11, 12)) else codes[1]
            lc.append((code, date(yy, mm, 1), g))
    out["legacy_lift_counts"] = lc
    out["legacy_lift_code_map"] = [(c, lf[0], None if k == 0 else "second code after turnstile replacement (January 2021)") for lf in LIFTS for k, c in enumerate(lf[9])]

    dt_live, dt_arch = [], []
    iid = 0
    wind_w = r.uniform(1, 4)

    def add_dt(lift_id, u, minutes, cause, evac=0):
        nonlocal iid
        iid += 1
        kind = RES[LIFTS[lift_id - 1][1]][7]
        row = [iid, lift_id, u, u + timedelta(minutes=minutes), utc_to_local(kind, u), cause, evac]
        if u >= ARCHIVE_CUTOFF:
            dt_live.append(tuple(row))
        else:
            dt_arch.append(tuple(row + [archived_at]))
    for s, fy in SEASONS[2:6]:
        for d in days(date(fy - 1, 11, 28), date(fy, 4, 21)):
            for lf in LIFTS:
                if r.random() < 0.0085:
                    kind = RES[lf[1]][7]
                    loc = datetime(d.year, d.month, d.day, r.randint(8, 15), r.choice([0, 10, 15, 20, 30, 40, 45, 50]))
                    cause = r.choices([c[0] for c in CAUSES], [wind_w, 1, 1, 2, 0.5, 1])[0]
                    mins = r.choice([15, 20, 30, 45, 60, 75, 90, 120, 150, 180, 240]) + r.randint(0, 9)
                    add_dt(lf[0], local_to_utc(kind, loc), mins, cause, r.randint(5, 60) if cause == "RESCUE" else 0)

    # ---------------------------------------------------------------- staff
    staff, srh = [], []
    sid = 0
    role_pool = ["LIFT_OP"] * 4 + ["LIFT_SUP"] + ["INSTR"] * 4 + ["SNR_INSTR"] + ["RENTAL", "SNOWMAKER", "PATROL", "OFFICE"]
    staff_hist = {}
    for rs in RESORTS:
        for k, role in enumerate(role_pool):
            sid += 1
            hired = date(2012, 1, 1) + timedelta(days=r.randrange(3800))
            hist = [[rs[0], role, hired, None]]
            if role in ("INSTR", "LIFT_OP") and r.random() < 0.35:
                pd = date(2023, 6, 1) + timedelta(days=r.randrange(700))
                hist[-1][3] = pd
                hist.append([rs[0], "SNR_INSTR" if role == "INSTR" else "LIFT_SUP", pd, None])
            if r.random() < 0.08:
                td = date(2023, 9, 1) + timedelta(days=r.randrange(600))
                if td > hist[-1][2]:
                    other = [x[0] for x in RESORTS if x[6] == rs[6] and x[0] != rs[0]]
                    if other:
                        hist[-1][3] = td
                        hist.append([other[0], hist[-1][1], td, None])
            left = None
            if r.random() < 0.06:
                left = date(2024, 5, 1) + timedelta(days=r.randrange(400))
                if left <= hist[-1][2]:
                    left = None
                else:
                    hist[-1][3] = left
            staff_hist[sid] = hist
            for h in hist:
                srh.append((sid, h[0], h[1], h[2], h[3]))
            staff.append([sid, f"S{sid:04d}", f"{r.choice(FIRST)} {r.choice(LAST)}", hist[-1][0], hist[-1][1], hired, left])

    # ---------------------------------------------------------------- lessons, rentals, snowmaking (live seasons)
    lessons, lid_ = [], 0
    inst_by_resort = {}

    def role_on(sid_, d):
        for rs_, rl, vf, vt in staff_hist[sid_]:
            if vf <= d and (vt is None or d < vt):
                return rs_, rl
        return None, None
    lcanc = r.uniform(0.05, 0.15)

    def add_lesson(rid, ldt, instructor=None, ltype=None, dur=None, status=None, price=None, parts=None):
        nonlocal lid_
        kind = RES[rid][7]
        d = ldt.date()
        if instructor is None:
            cand = [s_[0] for s_ in staff if role_on(s_[0], d) in ((rid, "INSTR"), (rid, "SNR_INSTR"))]
            if not cand:
                return None
            instructor = r.choice(cand)
        ltype = ltype or ("private" if r.random() < 0.45 else "group")
        dur = dur or (r.choice([45, 50, 60, 90, 120, 180]) if ltype == "private" else r.choice([90, 100, 120, 240]))
        parts = parts or (r.randint(1, 3) if ltype == "private" else r.randint(3, 10))
        if price is None:
            hourly = DAY_BASE[rid] * (1.6 if ltype == "private" else 0.5 * parts)
            price = Decimal(int(round(hourly * dur / 60, -2))) if CCY[rid] == "JPY" else money(round(hourly * dur / 60))
            price = Decimal(price).quantize(CENT)
        status = status or r.choices(["held", "cancelled", "no_show"], [1 - lcanc - 0.03, lcanc, 0.03])[0]
        lid_ += 1
        lessons.append((lid_, rid, instructor, ltype, local_to_utc(kind, ldt), ldt, dur, parts, price, status))
        return lid_
    for s, fy in SEASONS[4:6]:
        for d in days(date(fy - 1, 12, 1), date(fy, 4, 15)):
            for rid in RES:
                if r.random() < 0.22 * res_w[rid]:
                    add_lesson(rid, datetime(d.year, d.month, d.day, r.choice([9, 10, 11, 13, 14, 15, 16]), r.choice([0, 30])))

    shops = []
    for rs in RESORTS:
        shops.append((len(shops) + 1, rs[0], f"{rs[2]} Sport Rent"))
        if rs[0] in (1, 3, 6):
            shops.append((len(shops) + 1, rs[0], f"{rs[2]} Village Rental"))
    out["rental_shops"] = shops
    rentals = []
    rdel = r.uniform(0.03, 0.07)

    def add_rental(shop, d, cat=None, ndays=None, amount=None, deleted=None, cust=None):
        rid = shops[shop - 1][1]
        cat = cat or r.choice([e[0] for e in EQUIP])
        ndays = ndays or r.choice([1, 1, 2, 3, 5, 6, 7])
        if amount is None:
            per = DAY_BASE[rid] * {"SKI": 0.6, "SNB": 0.55, "BOOT": 0.25, "PERF": 0.95, "KIDS": 0.35}[cat]
            amount = Decimal(int(round(per * ndays, -1))) if CCY[rid] == "JPY" else money(round(per * ndays * r.uniform(0.9, 1.0), 1))
            amount = Decimal(amount).quantize(CENT)
        dl = deleted if deleted is not None else (datetime.combine(d, datetime.min.time(), UTC) + timedelta(hours=30) if r.random() < rdel else None)
        n = len(rentals) + 1
        rentals.append((n, f"R-{RES[rid][1]}-{n:05d}", shop, cust or r.choices(range(1, 221), cum_weights=ccw)[0], cat, d, ndays, amount, dl))
    for s, fy in SEASONS[4:6]:
        for d in days(date(fy - 1, 11, 28), date(fy, 4, 18)):
            for sh in shops:
                if r.random() < 0.13:
                    add_rental(sh[0], d)

    snow = []
    tariffs = []
    tar_rows = {}
    for rs in RESORTS:
        base = {"EUR": 0.19, "CHF": 0.21, "JPY": 27.0, "CAD": 0.11}[rs[4]] * r.uniform(0.9, 1.1)
        brk = [date(2023, 1, 1), date(2024, 1, 1), date(2024, 10, 1), date(2025, 7, 1)]
        for k, b in enumerate(brk):
            lvl = base * (r.uniform(0.9, 1.25) ** k)
            e = brk[k + 1] if k + 1 < len(brk) else None
            q = Decimal(repr(round(lvl, 4))).quantize(Decimal("0.0001"))
            tariffs.append((rs[0], q, b, e))
            tar_rows.setdefault(rs[0], []).append((b, e, q))
    out["energy_tariff_history"] = tariffs

    def add_snow(rid, ldt, hours=None, water=None, kwh=None):
        kind = RES[rid][7]
        hours = hours or r.choice([4, 6, 8, 10, 12])
        water = water if water is not None else Decimal(r.randint(800, 9000))
        kwh = kwh if kwh is not None else (water * Decimal(str(round(r.uniform(2.4, 3.6), 2)))).quantize(Decimal("0.1"))
        snowv = (water * Decimal(str(round(r.uniform(1.8, 2.4), 2)))).quantize(Decimal("0.1"))
        u = local_to_utc(kind, ldt)
        snow.append((len(snow) + 1, rid, u, ldt, u + timedelta(hours=hours), Decimal(water).quantize(Decimal("0.1")), Decimal(kwh).quantize(Decimal("0.1")), snowv))
    for s, fy in SEASONS[4:6]:
        for d in days(date(fy - 1, 11, 1), date(fy, 2, 28)):
            for rid in RES:
                p = (0.2 if d.month in (11, 12) else 0.06) * (1.5 if rid in (2, 4) else 1.0)
                if r.random() < p:
                    add_snow(rid, datetime(d.year, d.month, d.day, r.choice([17, 18, 19, 20, 21, 22, 23]), r.choice([0, 15, 30, 45])))

    # early season 2025-26 up to the extract (2025-11-19): Zermatt glacier operation and snowmaking everywhere
    for d in days(date(2025, 11, 1), date(2025, 11, 19)):
        for rid in RES:
            if r.random() < 0.25:
                ldt = datetime(d.year, d.month, d.day, r.choice([17, 19, 21, 23]), r.choice([0, 30]))
                if local_to_utc(RES[rid][7], ldt) >= EXTRACT:   # an evening run of the last local day would start after the extract
                    ldt = datetime(d.year, d.month, d.day, 4, 0)   # (Whistler, UTC-8): record an early-morning run that day instead
                add_snow(rid, ldt)
        if r.random() < 0.5:
            add_order(3, datetime(d.year, d.month, d.day, r.randint(8, 15), r.randint(0, 59)), [(11, r.randint(1, 3), None, None)])
        if r.random() < 0.3:
            add_lesson(3, datetime(d.year, d.month, d.day, r.choice([9, 10, 13]), 0))
        if r.random() < 0.3:
            add_rental(5, d)
        if r.random() < 0.06:
            add_dt(11, local_to_utc("eu", datetime(d.year, d.month, d.day, r.randint(9, 14), 0)), r.choice([30, 60, 90]), r.choice(["WIND", "MECH"]))
    for lid in (11, 13):
        scans["ZER"].append((lid, date(2025, 11, 1), int(lift_pop[lid] * 10 * r.uniform(0.8, 1.2)), int(lift_pop[lid] * 3)))

    # ---------------------------------------------------------------- legacy sales 2020-21
    old_codes = {}
    lmap = []
    for p in prods:
        rs = RES[p[2]]
        oc = f"T-{rs[1][0]}{p[0]:02d}"
        codes = [oc]
        if p[3] == "DAY" and p[4] == "adult":
            codes.append(f"T-{rs[1][0]}{p[0] + 50:02d}")
        old_codes[p[0]] = codes
        for k, c in enumerate(codes):
            lmap.append((c, p[0], None if k == 0 else "renumbered 2021-01-01 in the old system"))
    out["legacy_product_code_map"] = lmap
    lsales = []
    for d in days(date(2020, 9, 1), date(2021, 4, 30)):
        for rid in RES:
            if r.random() < (0.3 if d >= date(2020, 11, 25) else 0.05) * res_w[rid]:
                cand = [p for p in rprods[rid] if (d >= date(2020, 11, 25) or p[3] == "SEASON")]
                p = r.choice(cand)
                codes = old_codes[p[0]]
                code = codes[0] if len(codes) == 1 or d < date(2021, 1, 1) else codes[1]
                q = r.choices([1, 2, 3], [6, 3, 1])[0] if p[3] != "SEASON" else 1
                amt = (price_on(p[0], max(d, date(2020, 11, 1))) * q).quantize(CENT)
                stc = r.choices(["V", "S", "T"], [0.9, 0.06, 0.04])[0]
                lsales.append((len(lsales) + 1, code, d, q, amt, stc))
    out["legacy_ticket_sales"] = lsales
    out["legacy_status_codes"] = [("V", "verkauft (valid sale)"), ("S", "storniert (reversed)"), ("T", "Testverkauf (training / test sale)")]
    out["legacy_resorts"] = [("SA", 1, "St. Anton"), ("KB", 2, "Kitzbuehel"), ("ZM", 3, "Zermatt"), ("VB", 4, "Verbier"), ("NS", 5, "Niseko"), ("WB", 6, "Whistler")]

    # ---------------------------------------------------------------- planted boundary rows (instances 1..3)
    ctx = dict(r=r, add_order=add_order, add_dt=add_dt, add_lesson=add_lesson, add_rental=add_rental, add_snow=add_snow,
               prods=prods, staff=staff, staff_hist=staff_hist, srh=srh, rates=rates, price_on=price_on, tariffs=tariffs, eur=eur,
               ph=ph, price_rows=price_rows, lsales=lsales, old_codes=old_codes, scans=scans, live=live, arch=arch, lift_pop=lift_pop, custs=custs)
    if not inst0:
        _plant(seed, ctx)

    out["sales_orders"] = live["orders"]
    out["archive_sales_orders"] = arch["orders"]
    out["order_lines"] = live["lines"]
    out["archive_order_lines"] = arch["lines"]
    out["refunds"] = live["refunds"]
    out["archive_refunds"] = arch["refunds"]
    out["lift_downtime_incidents"] = dt_live
    out["archive_lift_downtime"] = dt_arch
    out["staff"] = [tuple(s_) for s_ in staff]
    out["staff_role_history"] = srh
    out["ski_school_lessons"] = lessons
    out["rental_contracts"] = rentals
    out["snowmaking_runs"] = snow
    _decoys(r, out, rates, prods, price_rows)
    _side(r, out)
    return out


def _plant(seed, c):
    """Boundary rows for instances 1..3 (see README.md, 'Planted boundary rows')."""
    ao = c["add_order"]
    k = SEEDS.index(seed)
    # W1: Whistler local date 2024-12-31 (UTC-8): 23:30 local = 07:30 UTC next day; 00:15 local; previous day 23:50
    ao(6, datetime(2024, 12, 31, 23, 30), [(28, 1, None, None)])
    ao(6, datetime(2024, 12, 31, 0, 15), [(27, 2, None, None)])
    ao(6, datetime(2024, 12, 30, 23, 50), [(26, 1, None, None)])
    ao(6, datetime(2025, 1, 1, 0, 5), [(26, 1, None, None)])
    ao(6, datetime(2024, 12, 31, 12, 0), [(26, 1, None, None)], deleted=True)
    # Niseko orders around the fiscal-year edge (local 2024-11-01 00:30 = UTC 2024-10-31 15:30)
    ao(5, datetime(2024, 11, 1, 0, 30), [(25, 1, None, None)])
    ao(5, datetime(2024, 10, 31, 23, 40), [(25, 1, None, None)])
    ao(5, datetime(2023, 11, 1, 0, 20), [(22, 2, None, None)])
    # archive / live cut-over at 2023-06-01 00:00 UTC, with refunds paid after the cut
    ao(3, datetime(2023, 6, 1, 1, 59), [(15, 1, None, None)], refund=(3, 1.0, "GOODWILL"))        # local CEST 01:59 = UTC 23:59 on 05-31 -> archive
    ao(3, datetime(2023, 6, 1, 2, 0), [(15, 1, None, None)], refund=(2, 0.5, "GOODWILL"))        # = 00:00 UTC -> live
    ao(1, datetime(2023, 5, 20, 10, 0), [(5, 1, None, None)], refund=(20, 1.0, "INJURY"))          # archive order, refund in June
    # Whistler FX-day edge: local 16:30 PST = 00:30 UTC next day
    ao(6, datetime(2025, 2, 14, 16, 30), [(26, 3, None, None)], channel="WEB")
    ao(6, datetime(2024, 2, 14, 16, 30), [(26, 2, None, None)], channel="APP")
    # soft-deleted big orders and cancelled big orders
    ao(3, datetime(2025, 1, 10, 10, 0), [(15, 1, None, None), (14, 4, None, None)], deleted=True)
    ao(4, datetime(2024, 1, 10, 10, 0), [(20, 1, None, None), (19, 4, None, None)], status="cancelled")
    ao(5, datetime(2022, 12, 28, 11, 0), [(25, 1, None, None), (24, 4, None, None)], deleted=True)
    # downtime edges
    add_dt = c["add_dt"]
    add_dt(7, datetime(2023, 5, 31, 23, 50, tzinfo=UTC), 90, "MECH")     # archive, 90 minutes exactly, year 2023
    add_dt(7, datetime(2023, 6, 1, 0, 0, tzinfo=UTC), 89, "MECH")        # live, 89 min
    add_dt(11, datetime(2023, 1, 1, 0, 0, tzinfo=UTC), 90, "WIND")       # first moment of 2023
    add_dt(11, datetime(2022, 12, 31, 23, 59, tzinfo=UTC), 200, "WIND")  # last minute of 2022
    add_dt(26, datetime(2024, 1, 1, 7, 30, tzinfo=UTC), 240, "POWER")    # Whistler local 2023-12-31 23:30
    add_dt(21, datetime(2024, 12, 31, 16, 0, tzinfo=UTC), 300, "STORM")  # Niseko local 2025-01-01 01:00
    add_dt(29, datetime(2024, 11, 1, 7, 30, tzinfo=UTC), 180, "MAINT")   # Whistler local 2024-11-01 00:30 PDT (season 2024-25)
    add_dt(29, datetime(2024, 11, 1, 6, 30, tzinfo=UTC), 150, "MECH")    # Whistler local 2024-10-31 23:30 (season 2023-24)
    # lessons at local 16:00 edges (Zermatt) and role change edge
    al = c["add_lesson"]
    zer_instr = [s_[0] for s_ in c["staff"] if any(h[0] == 3 and h[1] in ("INSTR", "SNR_INSTR") for h in c["staff_hist"][s_[0]])]
    i0 = zer_instr[0]
    al(3, datetime(2025, 1, 15, 16, 0), instructor=i0, ltype="private", status="held")
    al(3, datetime(2025, 1, 15, 15, 59), instructor=i0, ltype="private", status="held")
    al(3, datetime(2025, 1, 31, 17, 0), instructor=i0, ltype="private", status="held")
    al(3, datetime(2025, 2, 1, 0, 30), instructor=i0, ltype="private", status="held")
    al(3, datetime(2025, 1, 20, 16, 30), instructor=i0, ltype="private", status="cancelled")
    # rentals around FX/threshold and soft delete (Verbier shop 7, Niseko shop 8)
    ar = c["add_rental"]
    ar(6, date(2025, 2, 1), cat="PERF", ndays=6, amount=Decimal("480.00"))
    ar(6, date(2025, 2, 28), cat="PERF", ndays=6, amount=Decimal("470.00"), deleted=datetime(2025, 3, 1, 9, 0, tzinfo=UTC))
    ar(1, date(2025, 2, 10), cat="PERF", ndays=4, amount=Decimal("200.00"))
    ar(2, date(2025, 2, 11), cat="PERF", ndays=4, amount=Decimal("200.01"))
    ar(2, date(2025, 1, 31), cat="PERF", ndays=5, amount=Decimal("260.00"))
    ar(7, date(2025, 1, 31), cat="SKI", ndays=7, amount=Decimal("60000.00"))
    ar(7, date(2025, 3, 1), cat="SKI", ndays=7, amount=Decimal("62000.00"))
    # snowmaking at the local season edge (Niseko local 2024-11-01 00:30 = 2024-10-31 UTC)
    asn = c["add_snow"]
    # W2 threshold: Kitzbuehel tariff 0.2500 EUR/kWh from 2024-10-01, runs costing exactly 3000.00 and 3000.50 EUR
    for i, t in enumerate(c["tariffs"]):
        if t[0] == 2 and t[2] == date(2024, 10, 1):
            c["tariffs"][i] = (2, t[1], t[2], date(2025, 1, 8))
            c["tariffs"].insert(i + 1, (2, Decimal("0.2500"), date(2025, 1, 8), t[3]))
            break
    asn(2, datetime(2025, 1, 9, 19, 0), water=Decimal(4000), kwh=Decimal("12000.0"))
    asn(2, datetime(2025, 1, 8, 19, 0), water=Decimal(4000), kwh=Decimal("12002.0"))
    asn(5, datetime(2024, 11, 1, 0, 30), water=Decimal(7000), kwh=Decimal(21000))
    asn(6, datetime(2023, 10, 31, 22, 0), water=Decimal(6000), kwh=Decimal(18000))
    asn(3, datetime(2024, 9, 30, 23, 0), water=Decimal(5000), kwh=Decimal(15000))
    asn(3, datetime(2024, 10, 1, 0, 30), water=Decimal(5000), kwh=Decimal(15000))
    # ---- more boundary rows (see README): refunds at exact EUR thresholds and UTC-date edges (W8)
    for day, amt in ((datetime(2023, 3, 31, 22, 0, tzinfo=UTC), "150.00"), (datetime(2023, 4, 1, 0, 0, tzinfo=UTC), "150.00"),
                     (datetime(2023, 6, 30, 23, 59, tzinfo=UTC), "150.00"), (datetime(2023, 7, 1, 0, 0, tzinfo=UTC), "150.00"),
                     (datetime(2023, 5, 10, 9, 0, tzinfo=UTC), "100.00"), (datetime(2023, 5, 11, 9, 0, tzinfo=UTC), "100.50")):
        ao(1, datetime(2023, 3, 5, 10, 0), [(4, 1, None, None)], refund=(day, Decimal(amt), "GOODWILL"))
    ao(1, datetime(2023, 3, 6, 10, 0), [(4, 1, None, None)], deleted=True, refund=(datetime(2023, 5, 12, 9, 0, tzinfo=UTC), Decimal("150.00"), "DUPLICATE"))
    # W5: season passes with cancelled / deleted orders (customers 216-219)
    ao(1, datetime(2022, 10, 2, 10, 0), [(5, 1, None, None)], customer=219)
    ao(1, datetime(2023, 10, 2, 10, 0), [(5, 1, None, None)], customer=219, status="cancelled")
    ao(2, datetime(2022, 10, 3, 10, 0), [(10, 1, None, None)], customer=218, deleted=True)
    ao(2, datetime(2023, 10, 3, 10, 0), [(10, 1, None, None)], customer=218)
    ao(3, datetime(2022, 10, 4, 10, 0), [(15, 1, None, None)], customer=217)
    ao(3, datetime(2023, 10, 4, 10, 0), [(15, 1, None, None)], customer=217, deleted=True)
    ao(4, datetime(2022, 10, 5, 10, 0), [(20, 1, None, None)], customer=216, status="cancelled")
    ao(4, datetime(2023, 10, 5, 10, 0), [(20, 1, None, None)], customer=216)
    # W6: a no-show private lesson at Zermatt after 16:00 in January 2025
    al(3, datetime(2025, 1, 22, 16, 30), instructor=i0, ltype="private", status="no_show", dur=50)
    # W9 / R10: Verbier discounted lines on the first day of a price period and in season 2025-26
    vp = [p for p in c["prods"] if p[2] == 4 and p[3] == "DAY" and p[4] == "adult"][0][0]
    ao(4, datetime(2024, 11, 1, 9, 0), [(vp, 2, (c["price_on"](vp, date(2024, 11, 1)) * Decimal("0.85")).quantize(CENT), None)])
    ao(4, datetime(2025, 11, 10, 9, 0), [(vp, 1, (c["price_on"](vp, date(2025, 11, 10)) * Decimal("0.80")).quantize(CENT), None)])
    # G13: a legacy advance sale of St. Anton adult day tickets dated 2020-10-31 (fiscal season 2019-20), and one on 2020-11-01
    c["lsales"].append((len(c["lsales"]) + 1, c["old_codes"][1][0], date(2020, 10, 31), 2, (c["price_on"](1, date(2020, 11, 1)) * 2).quantize(CENT), "V"))
    c["lsales"].append((len(c["lsales"]) + 1, c["old_codes"][1][0], date(2020, 11, 1), 1, c["price_on"](1, date(2020, 11, 1)), "V"))
    # O2 / J9: 7th Heaven (lift 30) closed all season 2024-25; two Whistler lifts tied; Whistler counts for November 2025
    whi = c["scans"]["WHI"]
    whi[:] = [x for x in whi if not (x[0] == 30 and date(2024, 11, 1) <= x[1] < date(2025, 11, 1))]
    tot = {}
    for x in whi:
        if date(2024, 11, 1) <= x[1] < date(2025, 11, 1):
            tot[x[0]] = tot.get(x[0], 0) + x[2]
    if k == 1:  # make lifts 28 and 29 tie on the season total
        hi, lo = (28, 29) if tot[28] >= tot[29] else (29, 28)
        diff = tot[hi] - tot[lo]
        for i, x in enumerate(whi):
            if x[0] == lo and x[1] == date(2025, 1, 1):
                whi[i] = (x[0], x[1], x[2] + diff, x[3])
    whi.append((27, date(2025, 11, 1), 1234, 400))
    # O7: six soft-deleted paid Niseko orders on one day, and a busy pre-sale day in season 2025-26
    for h in range(6):
        ao(5, datetime(2025, 2, 10, 9 + h, 5), [(21, 1, None, None)], deleted=True)
    for h in range(9):
        ao(5, datetime(2025, 11, 10, 9 + h, 10), [(25, 1, None, None)])
    # O10: a refunded order of season 2025-26; on instance 3 Kitzbuehel and St. Anton have no 2024-25 refunds
    ao(3, datetime(2025, 11, 12, 10, 0), [(11, 2, None, None)], refund=(2, 0.5, "WEATHER"))
    if k in (2, 3):
        rng = (date(2023, 11, 1), date(2024, 10, 31)) if k == 2 else (date(2024, 11, 1), date(2025, 10, 31))
        drop_res = (2,) if k == 2 else (1, 2)
        for t in (c["live"], c["arch"]):
            oinfo = {o[0]: o for o in t["orders"]}
            t["refunds"][:] = [f for f in t["refunds"] if not (f[1] in oinfo and oinfo[f[1]][3] in drop_res and rng[0] <= oinfo[f[1]][5].date() <= rng[1])]
    # J2: price changes of adult day tickets exactly on 2024-12-24 (Niseko) and 2024-12-25 (St. Anton); prices only rise
    for pid_, cut in ((21, date(2024, 12, 24)), (1, date(2024, 12, 25))):
        for i, row in enumerate(c["ph"]):
            if row[1] == pid_ and row[3] <= cut and (row[4] is None or cut < row[4]):
                newp = (row[2] * Decimal("1.05")).quantize(Decimal(1) if pid_ == 21 else CENT)
                newp = Decimal(newp).quantize(CENT)
                c["ph"][i] = (row[0], pid_, row[2], row[3], cut)
                c["ph"].append((max(x[0] for x in c["ph"]) + 1, pid_, newp, cut, row[4]))
                break
        c["price_rows"][pid_] = sorted([(x[3], x[4], x[2]) for x in c["ph"] if x[1] == pid_])
    # J4: incidents on the Hanazono lift on the last day of the old name and the first day of the new one
    add_dt(24, datetime(2024, 1, 31, 1, 0, tzinfo=UTC), 45, "WIND")
    add_dt(24, datetime(2024, 2, 1, 1, 0, tzinfo=UTC), 55, "MECH")
    # J5: a cancelled season-pass order of a customer who rented at the same resort in 2024-25
    ar(1, date(2025, 1, 20), cat="SKI", ndays=3, amount=Decimal("150.00"), cust=215)
    ao(1, datetime(2024, 10, 20, 10, 0), [(5, 1, None, None)], customer=215, status="cancelled")
    # G7 / W10 / R9 / J10: staff periods starting and ending on the question dates, transfers with role changes in 2024
    sid = max(s_[0] for s_ in c["staff"])
    plans = [
        [(2, "OFFICE", date(2019, 5, 1), date(2024, 2, 15)), (2, "LIFT_OP", date(2024, 2, 15), None)],
        [(2, "OFFICE", date(2019, 5, 1), date(2024, 2, 16)), (2, "LIFT_OP", date(2024, 2, 16), None)],
        [(2, "LIFT_OP", date(2018, 5, 1), date(2024, 2, 15)), (2, "LIFT_SUP", date(2024, 2, 15), None)],
        [(2, "LIFT_OP", date(2018, 5, 1), date(2024, 2, 16)), (2, "LIFT_SUP", date(2024, 2, 16), None)],
        [(3, "RENTAL", date(2020, 1, 1), date(2025, 1, 15)), (3, "PATROL", date(2025, 1, 15), None)],
        [(3, "RENTAL", date(2020, 1, 1), date(2025, 1, 16)), (3, "PATROL", date(2025, 1, 16), None)],
        [(5, "INSTR", date(2024, 1, 15), None)],
        [(5, "INSTR", date(2024, 1, 16), None)],
        [(6, "SNR_INSTR", date(2015, 1, 1), date(2024, 1, 15))],
        [(6, "SNR_INSTR", date(2015, 1, 1), date(2024, 1, 16))],
        [(1, "INSTR", date(2016, 12, 1), date(2024, 3, 1)), (2, "SNR_INSTR", date(2024, 3, 1), None)],
        [(2, "LIFT_OP", date(2016, 12, 1), date(2024, 3, 1)), (1, "LIFT_SUP", date(2024, 3, 1), None)],
        [(1, "LIFT_OP", date(2017, 12, 1), date(2024, 5, 1)), (1, "LIFT_OP", date(2024, 5, 1), None)],
        [(4, "LIFT_SUP", date(2017, 12, 1), date(2024, 6, 1)), (4, "LIFT_OP", date(2024, 6, 1), None)],
    ]
    for hist in plans:
        sid += 1
        left = hist[-1][3]
        c["staff"].append([sid, f"S{sid:04d}", f"{c['r'].choice(FIRST)} {c['r'].choice(LAST)}", hist[-1][0], hist[-1][1], hist[0][2], left])
        c["staff_hist"][sid] = [list(h) for h in hist]
        for h in hist:
            c["srh"].append((sid, h[0], h[1], h[2], h[3]))
    # ---- planted customers 221-227 (no random orders of their own)
    for cid in range(221, 228):
        c["custs"].append((cid, f"K{cid:06d}", f"{c['r'].choice(FIRST)} {c['r'].choice(LAST)}", "DE", 1980, datetime(2022, 1, 5, 10, 0, tzinfo=UTC)))
    ao(1, datetime(2022, 10, 6, 10, 0), [(5, 1, None, None)], customer=221)
    ao(1, datetime(2023, 10, 6, 10, 0), [(5, 1, None, None)], customer=221, status="cancelled")
    ao(2, datetime(2022, 10, 7, 10, 0), [(10, 1, None, None)], customer=222, deleted=True)
    ao(2, datetime(2023, 10, 7, 10, 0), [(10, 1, None, None)], customer=222)
    ao(3, datetime(2022, 10, 8, 10, 0), [(15, 1, None, None)], customer=223)
    ao(3, datetime(2023, 10, 8, 10, 0), [(15, 1, None, None)], customer=223, deleted=True)
    ao(4, datetime(2022, 10, 9, 10, 0), [(20, 1, None, None)], customer=224, status="cancelled")
    ao(4, datetime(2023, 10, 9, 10, 0), [(20, 1, None, None)], customer=224)
    # J5: pass + rental combinations
    ao(1, datetime(2024, 10, 21, 10, 0), [(5, 1, None, None)], customer=225, status="cancelled")
    ar(1, date(2025, 1, 21), cat="SKI", ndays=2, amount=Decimal("110.00"), cust=225)
    ao(1, datetime(2024, 10, 22, 10, 0), [(5, 1, None, None)], customer=226)
    ar(1, date(2025, 1, 22), cat="SKI", ndays=2, amount=Decimal("110.00"), cust=226, deleted=datetime(2025, 1, 22, 12, 0, tzinfo=UTC))
    ao(3, datetime(2024, 10, 23, 10, 0), [(15, 1, None, None)], customer=227)
    ar(5, date(2025, 11, 8), cat="PERF", ndays=3, amount=Decimal("240.00"), cust=227)
    # W6: more Zermatt lessons after 16:00 in January 2025 (a held private and a held group lesson)
    al(3, datetime(2025, 1, 25, 18, 0), instructor=i0, ltype="private", status="held", dur=60)
    al(3, datetime(2025, 1, 18, 16, 15), instructor=i0, ltype="group", status="held", dur=90, parts=5)
    # O4 / J3: instructors whose senior role starts / ends on a lesson date, with enough hours to be in the top 5
    sid = max(s_[0] for s_ in c["staff"])
    for hist, days_ in (([(3, "INSTR", date(2018, 12, 1), date(2025, 1, 20)), (3, "SNR_INSTR", date(2025, 1, 20), None)],
                         [date(2025, 1, 19), date(2025, 1, 20)] + [date(2025, 2, 1) + timedelta(days=3 * i) for i in range(12)]),
                        ([(3, "SNR_INSTR", date(2012, 12, 1), date(2025, 3, 1)), (3, "OFFICE", date(2025, 3, 1), None)],
                         [date(2024, 12, 10) + timedelta(days=5 * i) for i in range(14)] + [date(2025, 3, 1), date(2025, 3, 5)])):
        sid += 1
        c["staff"].append([sid, f"S{sid:04d}", f"{c['r'].choice(FIRST)} {c['r'].choice(LAST)}", hist[-1][0], hist[-1][1], hist[0][2], None])
        c["staff_hist"][sid] = [list(h) for h in hist]
        for h in hist:
            c["srh"].append((sid, h[0], h[1], h[2], h[3]))
        for d_ in days_:
            al(3, datetime(d_.year, d_.month, d_.day, 9, 30), instructor=sid, ltype="private", status="held", dur=180, parts=2)
    del k


def _decoys(r, out, rates, prods, price_rows):
    """Stale / filtered / staging copies: realistic contents that differ from the authoritative record."""
    res_code = {x[0]: x[1] for x in RESORTS}
    allo = out["archive_sales_orders"] + out["sales_orders"]
    lines = out["archive_order_lines"] + out["order_lines"]
    oinfo = {o[0]: o for o in allo}
    # rpt_season_revenue: stale, rate of refresh day, includes cancelled/deleted, no refunds
    agg = {}
    for ln in lines:
        o = oinfo[ln[1]]
        s = season_of(o[5].date())
        if s > "2023-24":
            continue
        key = (s, res_code[o[3]])
        agg[key] = agg.get(key, Decimal(0)) + (ln[5] if o[8] == "EUR" else ln[5] * rates[(date(2024, 5, 2), o[8])])
    out["rpt_season_revenue"] = [(s, rc, v.quantize(CENT), datetime(2024, 5, 2, 4, 0, tzinfo=UTC)) for (s, rc), v in sorted(agg.items())]
    ds = {}
    for o in out["sales_orders"]:
        if o[4] < datetime(2025, 5, 1, tzinfo=UTC):
            key = (o[4].date(), res_code[o[3]])
            ds[key] = ds.get(key, 0) + 1
    out["rpt_daily_sales"] = [(d, rc, n, Decimal(n * 100).quantize(CENT)) for (d, rc), n in sorted(ds.items())[:30]]
    util = []
    for rs in RESORTS:
        for row in out[f"lift_scans_{rs[1].lower()}"]:
            pass
    lift_now = {lf[0]: lf[3] for lf in LIFTS}
    tot = {}
    for rs in RESORTS:
        for lid, ms, g, dtk in out[f"lift_scans_{rs[1].lower()}"]:
            if season_of(ms) == "2023-24":
                tot[lid] = tot.get(lid, 0) + g
    out["rpt_lift_utilisation"] = [("2023-24", lift_now[lid], int(v * 0.97), Decimal(str(round(v / (LIFTS[lid - 1][5] * 10), 1)))) for lid, v in sorted(tot.items())][:30]
    out["rpt_downtime_summary"] = [(date(2024, m, 1), rc, Decimal(str(round(r.uniform(1, 20), 1)))) for m in (1, 2, 3) for rc in ("ANT", "ZER", "NIS", "WHI")][:12]
    out["rpt_rental_revenue"] = [(s, sh, Decimal(r.randint(2000, 9000)).quantize(CENT)) for s in ("2023-24", "2024-25") for sh in range(1, 10)]
    out["rpt_school_hours"] = [("2024-25", f"S{i:04d}", "INSTR", Decimal(str(round(r.uniform(20, 120), 1)))) for i in range(7, 100, 14)]
    out["rpt_snowmaking_energy"] = [(s, rc, Decimal(r.randint(50000, 200000)).quantize(Decimal("0.1")), Decimal(r.randint(8000, 40000)).quantize(CENT))
                                    for s in ("2023-24", "2024-25") for rc in res_code.values()]
    out["rpt_top_customers"] = [(i, f"K{r.randint(1, 220):06d}", 20 - i) for i in range(1, 16)]
    fxm = []
    for (y, m) in [(2024, 1), (2024, 2), (2024, 12), (2025, 1)]:
        for c in ("CHF", "JPY", "CAD"):
            vals = [v for (d, cc), v in rates.items() if cc == c and d.year == y and d.month == m]
            fxm.append((date(y, m, 1), c, (sum(vals) / len(vals)).quantize(Decimal("0.00000001"))))
    out["rpt_fx_monthly_avg"] = fxm
    out["rpt_refunds"] = [(s, rc, r.randint(1, 9), Decimal(r.randint(100, 3000)).quantize(CENT)) for s in ("2023-24",) for rc in res_code.values()]
    out["v_current_prices"] = [(p[1], price_rows[p[0]][-1][2], CCY[p[2]]) for p in prods]
    out["v_fx_latest"] = [(c, rates[(FX_TO, c)]) for c in ("CHF", "JPY", "CAD")]
    out["v_staff_current_role"] = [(s[1], s[4], res_code[s[3]]) for s in out["staff"] if s[6] is None][:30]
    out["v_lift_directory"] = [(lf[2], lf[3], RES[lf[1]][2]) for lf in LIFTS]
    snap = [(o[0], res_code[o[3]], o[7], o[9]) for o in out["sales_orders"] if season_of(o[5].date()) == "2024-25" and o[4] < datetime(2025, 1, 15, tzinfo=UTC)]
    out["v_orders_2024_25"] = snap[:30]
    out["v_open_incidents"] = [(LIFTS[3][2], datetime(2025, 9, 30, 5, 10, tzinfo=UTC))]
    out["v_season_pass_holders"] = [(f"K{r.randint(1, 220):06d}", rc) for rc in res_code.values() for _ in range(3)]
    st_o = [o for o in out["sales_orders"]][:20]
    out["staging_sales_orders"] = [(900 + i % 3, o[1], res_code[o[3]], o[4], Decimal(r.randint(50, 900)).quantize(CENT), o[8]) for i, o in enumerate(st_o)] + \
        [(903, st_o[0][1], res_code[st_o[0][3]], st_o[0][4], Decimal("1.00"), "EUR")]
    out["staging_order_lines"] = [(900, o[1], prods[i % len(prods)][1], 1 + i % 3, Decimal(r.randint(40, 200)).quantize(CENT)) for i, o in enumerate(st_o)]
    out["staging_fx_rates"] = [(date(2025, 9, d), c, (1 / rates[(date(2025, 9, d), c)]).quantize(Decimal("0.00000001"))) for d in range(1, 8) for c in ("CHF", "JPY")]
    out["staging_lift_scans"] = [(950, lf[2], date(2025, 4, 20), r.randint(100, 2000)) for lf in LIFTS[:20]]
    out["staging_rental_contracts"] = [(960, f"R-TMP-{i:04d}", date(2025, 4, 1) + timedelta(days=i), Decimal(r.randint(20, 400)).quantize(CENT)) for i in range(15)]
    out["staging_lessons"] = [(970, r.choice(list(res_code.values())), datetime(2025, 3, 1, 9, tzinfo=UTC) + timedelta(days=i), Decimal(r.randint(80, 600)).quantize(CENT)) for i in range(15)]
    out["staging_snowmaking_runs"] = [(980, r.choice(list(res_code.values())), datetime(2024, 12, 1, 18, tzinfo=UTC) + timedelta(days=i),
                                       Decimal(r.randint(100, 99999)).quantize(Decimal("0.1")), Decimal(r.randint(100, 99999)).quantize(Decimal("0.1"))) for i in range(15)]
    out["staging_downtime"] = [(990, LIFTS[i][2], datetime(2025, 1, 5, 9, tzinfo=UTC) + timedelta(hours=i), datetime(2025, 1, 5, 9, 0, 40, tzinfo=UTC) + timedelta(hours=i)) for i in range(20)]
    out["staging_staff"] = [(995, s[1], r.choice([x[0] for x in ROLES]), res_code[s[3]]) for s in out["staff"][:15]]
    out["audit_sales_orders"] = [(i + 1, o[0], o[9], "deleted_at", None, o[9].isoformat()) for i, o in enumerate([o for o in allo if o[9] is not None][:30])]
    out["audit_price_changes"] = [(i + 1, i * 3 + 1, datetime(2024, 10, 15, 9, tzinfo=UTC) + timedelta(hours=i), r.choice(["pricing.bot", "m.huber", "y.tanaka"])) for i in range(20)]
    out["etl_job_runs"] = [(1, "archive_orders_before_2023-06-01", datetime(2023, 7, 1, 3, tzinfo=UTC), "ok"), (2, "refresh rpt_season_revenue", datetime(2024, 5, 2, 4, tzinfo=UTC), "ok"),
                           (3, "refresh rpt_daily_sales", datetime(2025, 5, 1, 2, tzinfo=UTC), "failed"), (4, "refresh rpt_rental_revenue", datetime(2025, 3, 1, 2, tzinfo=UTC), "ok"),
                           (5, "archive_downtime_before_2023-06-01", datetime(2023, 7, 1, 3, 30, tzinfo=UTC), "ok")]
    out["report_refresh_log"] = [("rpt_season_revenue", datetime(2024, 5, 2, 4, tzinfo=UTC), len(out["rpt_season_revenue"])),
                                 ("rpt_daily_sales", datetime(2025, 4, 30, 2, tzinfo=UTC), len(out["rpt_daily_sales"])),
                                 ("rpt_rental_revenue", datetime(2025, 3, 1, 2, tzinfo=UTC), len(out["rpt_rental_revenue"])),
                                 ("v_orders_2024_25", datetime(2025, 1, 15, 0, tzinfo=UTC), len(out["v_orders_2024_25"])),
                                 ("v_current_prices", datetime(2025, 9, 30, 0, tzinfo=UTC), len(out["v_current_prices"]))]
    out["lift_operating_plan"] = [(lf[0], "2024-25", datetime(2000, 1, 1, 8, 30).time(), datetime(2000, 1, 1, 16, 30).time()) for lf in LIFTS]
    out["price_plan_drafts"] = [(p[1], "2025-26", (price_rows[p[0]][-1][2] * Decimal("1.04")).quantize(CENT)) for p in prods[:20]]


def _side(r, out):
    base = datetime(2024, 12, 1, 8, 0, tzinfo=UTC)
    gen = {
        "integer PRIMARY KEY": lambda i: i, "integer NOT NULL": lambda i: r.randint(1, 6), "integer": lambda i: r.choice([None, r.randint(1, 220)]),
        "date NOT NULL": lambda i: date(2024, 12, 1) + timedelta(days=r.randrange(120)), "date": lambda i: r.choice([None, date(2025, 1, 1) + timedelta(days=r.randrange(90))]),
        "timestamptz NOT NULL": lambda i: base + timedelta(minutes=r.randrange(200000)), "boolean NOT NULL": lambda i: r.random() < 0.8,
        "text NOT NULL": lambda i: r.choice(["Alpha", "Gipfel", "Talstation", "Nord", "Süd", "Village", "Summit", "Yuki", "Kogen"]) + f" {i}",
        "char(2) NOT NULL": lambda i: r.choice(["AT", "CH", "JP", "CA", "DE"]),
    }
    for name, _c, cols in SIDE:
        n = r.randint(8, 20)
        rows = []
        for i in range(1, n + 1):
            row = []
            for cn, ct, _ in cols:
                if ct.startswith("numeric"):
                    row.append(Decimal(r.randint(10, 9000)) / 10)
                else:
                    row.append(gen[ct](i))
            rows.append(tuple(row))
        out[name] = rows
    for rs in RESORTS:
        out[f"grooming_plan_{rs[1].lower()}"] = [(i, r.randint(1, 20), date(2025, 1, 1) + timedelta(days=i), Decimal(r.randint(10, 80)) / 10) for i in range(1, 11)]
