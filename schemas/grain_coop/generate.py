"""Seeded data generator for grain_coop (hard split, schema-scale design).

A farmers' grain cooperative with country elevators in Saskatchewan, Manitoba, Alberta, North Dakota
and Montana.  ~40 authoritative tables plus documented look-alikes (archive_*, legacy_*, staging_*,
rpt_*, v_*, per-railway/per-crop-year partitions, audit tables and side systems).  TABLES holds every
table's DDL spec; schema.sql is written from it by bench/hard/grain_coop/build_schema.py.
generate(seed) returns rows for every table in TABLES order.  Stdlib only, deterministic, no wall
clock.  Instances 1..3 get planted boundary rows (_plant; see README.md).
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

SEEDS = [20250801, 314159, 271828, 1618033]
UTC = timezone.utc
EXTRACT = datetime(2025, 8, 1, 8, 0, tzinfo=UTC)     # data extract moment
LIVE_FROM = date(2023, 8, 1)                          # local scale date from which tickets are live
ARCH_FROM = date(2021, 8, 1)                          # archive: crop years 2021-22 and 2022-23
LEG_FROM = date(2020, 8, 1)                           # legacy scale system: crop year 2020-21
LIVE_TO = date(2025, 7, 31)
FX_FROM, FX_TO = date(2021, 7, 30), date(2025, 7, 31)
CENT = Decimal("0.01")
LB_KG = Decimal("0.45359237")

TABLES: list[dict] = []


def T(name, comment, cols, constraints=()):
    TABLES.append({"name": name, "comment": comment, "cols": cols, "constraints": list(constraints)})


C = lambda n, t, c: (n, t, c)  # noqa: E731

# ----------------------------------------------------------------------------------- reference data
COUNTRIES = [("CA", "Canada", "CAD"), ("US", "United States", "USD")]
REGIONS = [("SK", "Saskatchewan", "CA"), ("MB", "Manitoba", "CA"), ("AB", "Alberta", "CA"),
           ("ND", "North Dakota", "US"), ("MT", "Montana", "US")]
# tz name -> (standard UTC offset hours, observes DST)
ZONES = {"America/Regina": (-6, False), "America/Winnipeg": (-6, True), "America/Edmonton": (-7, True),
         "America/Chicago": (-6, True), "America/Denver": (-7, True)}
# elevator_code, name, region, tz, railway
ELEVATORS = [("SK-ROS", "Rosetown", "SK", "America/Regina", "CN"), ("SK-KIN", "Kindersley", "SK", "America/Regina", "CN"),
             ("SK-SWC", "Swift Current", "SK", "America/Regina", "CPKC"), ("MB-BRN", "Brandon", "MB", "America/Winnipeg", "CPKC"),
             ("MB-DAU", "Dauphin", "MB", "America/Winnipeg", "CN"), ("AB-LET", "Lethbridge", "AB", "America/Edmonton", "CPKC"),
             ("ND-MOT", "Minot", "ND", "America/Chicago", "BNSF"), ("ND-DVL", "Devils Lake", "ND", "America/Chicago", "BNSF"),
             ("MT-HAV", "Havre", "MT", "America/Denver", "BNSF")]
EL_COUNTRY = {i + 1: next(r[2] for r in REGIONS if r[0] == e[2]) for i, e in enumerate(ELEVATORS)}
EL_CCY = {k: ("CAD" if v == "CA" else "USD") for k, v in EL_COUNTRY.items()}
OLD_EL_CODES = {1: ["E101"], 2: ["E102"], 3: ["E103"], 4: ["E401", "E409"], 5: ["E402"], 6: ["E201"], 7: ["N301", "N305"],
                8: ["N302"], 9: ["M501"]}
RAILWAYS = [("CN", "Canadian National Railway"), ("CPKC", "Canadian Pacific Kansas City"), ("BNSF", "BNSF Railway")]
# commodity, name, dry moisture max, has protein, base price CAD/t
COMMODITIES = [("HRS", "Hard red spring wheat (CWRS in Canada)", Decimal("14.5"), True, 330),
               ("DUR", "Durum wheat (CWAD in Canada)", Decimal("14.5"), True, 360),
               ("CAN", "Canola", Decimal("10.0"), False, 680),
               ("BAR", "Barley", Decimal("14.8"), False, 260),
               ("OAT", "Oats", Decimal("13.5"), False, 240),
               ("PEA", "Yellow field peas", Decimal("16.0"), True, 380)]
COM = {c[0]: c for c in COMMODITIES}
GRADES = []  # grade_code, commodity, name, rank, price factor
for _c, _n, *_ in COMMODITIES:
    _gs = {"HRS": ["1", "2", "3", "FEED"], "DUR": ["1", "2", "3"], "CAN": ["1", "2", "SAMPLE"], "BAR": ["1", "FEED"],
           "OAT": ["1", "2"], "PEA": ["1", "2"]}[_c]
    for _k, _g in enumerate(_gs):
        GRADES.append((f"{_c}-{_g}", _c, f"No. {_g}" if _g.isdigit() else _g.title(), _k + 1,
                       Decimal("1") - Decimal("0.06") * _k - (Decimal("0.15") if not _g.isdigit() else 0)))
GRADE = {g[0]: g for g in GRADES}
OLD_GRADE = {}  # legacy grade codes
for _g in GRADES:
    OLD_GRADE[("W" if _g[1] in ("HRS", "DUR") else _g[1][0]) + _g[1][:2] + _g[0].split("-")[1][:1]] = _g[0]
TIERS = [("STANDARD", "Standard member", Decimal("0.0")), ("SILVER", "Silver: 2,000+ t over the last two crop years", Decimal("0.5")),
         ("GOLD", "Gold: 5,000+ t over the last two crop years", Decimal("1.0"))]
PRICE_BREAKS = [date(y, m, 1) for y in range(2020, 2026) for m in (2, 5, 8, 11)
                if date(2020, 8, 1) <= date(y, m, 1) <= date(2025, 5, 1)]
FIRST = ["Gord", "Lorne", "Darcy", "Brent", "Wade", "Lyle", "Marlene", "Shirley", "Colleen", "Myron", "Orest", "Ivan",
         "Nadia", "Olena", "Dale", "Earl", "Kari", "Sven", "Inga", "Bjorn", "Wes", "Trudy", "Arlene", "Garth"]
LAST = ["Friesen", "Wiebe", "Klassen", "Penner", "Hnatiuk", "Kowalchuk", "Olson", "Larson", "Nygaard", "Schmidt",
        "Thiessen", "Dueck", "Fehr", "Bergen", "Lindgren", "Halvorson", "McKay", "O'Connor", "Tremblay", "Gauthier"]
FARM_SUFFIX = ["Farms Ltd.", "Grain Co.", "Land & Cattle", "Ag Inc.", "Seed Farm", "Family Farm", "Hutterite Colony", "Acres"]


def _d(x) -> Decimal:
    return Decimal(str(x))


def money(x) -> Decimal:
    return _d(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q3(x) -> Decimal:
    return _d(x).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def _nth_sunday(y, m, n):
    d = date(y, m, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(days=7 * (n - 1))


_DST_CACHE: dict = {}


def in_dst(u: datetime, std: int) -> bool:
    key = (u.year, std)
    if key not in _DST_CACHE:
        y = u.year
        _DST_CACHE[key] = (datetime.combine(_nth_sunday(y, 3, 2), time(2), UTC) - timedelta(hours=std),
                           datetime.combine(_nth_sunday(y, 11, 1), time(2), UTC) - timedelta(hours=std + 1))
    start, end = _DST_CACHE[key]
    return start <= u < end


def utc_to_local(u: datetime, tz: str) -> datetime:
    std, dst = ZONES[tz]
    off = std + (1 if dst and in_dst(u, std) else 0)
    return (u + timedelta(hours=off)).replace(tzinfo=None)


def local_to_utc(loc: datetime, tz: str) -> datetime:
    std, dst = ZONES[tz]
    if dst:
        cand = (loc - timedelta(hours=std + 1)).replace(tzinfo=UTC)
        if in_dst(cand, std):
            return cand
    return (loc - timedelta(hours=std)).replace(tzinfo=UTC)


def days(a: date, b: date):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def crop_year_of(d: date) -> int:
    return d.year if d.month >= 8 else d.year - 1


def is_holiday(d: date) -> bool:
    return (d.month, d.day) in ((1, 1), (7, 1), (12, 25), (12, 26))


def is_rate_day(d: date) -> bool:
    return d.weekday() < 5 and not is_holiday(d)


# =================================================================================== DDL spec
T("countries", "Lookup: countries of the cooperative's elevators and members, with the currency in which their elevators settle.", [
    C("country_code", "char(2) PRIMARY KEY", "ISO 3166-1 alpha-2: 'CA' Canada, 'US' United States."),
    C("name", "text NOT NULL", "Country name."),
    C("settlement_currency", "char(3) NOT NULL", "Currency in which elevators of this country pay settlements and quote grade prices: 'CAD' for CA, 'USD' for US.")])
T("regions", "Lookup: provinces and states where the elevators are.", [
    C("region_code", "char(2) PRIMARY KEY", "Province/state postal code: 'SK', 'MB', 'AB', 'ND', 'MT'."),
    C("name", "text NOT NULL", "Province or state name."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country.")])
T("currencies", "Lookup: currencies of settlements, contracts and prices. Convert to Canadian dollars with fx_rates (the only authoritative rate table).", [
    C("currency_code", "char(3) PRIMARY KEY", "ISO 4217: 'CAD', 'USD', 'EUR'."), C("name", "text NOT NULL", "Currency name.")])
T("fx_rates", "AUTHORITATIVE daily exchange rates (Bank of Canada noon-style rates): CAD per one unit of USD and of EUR, one row per currency and BUSINESS day from 2021-07-30 to 2025-07-31 (so every day from 2021-08-01 has a rate on or before it). There are NO rows for Saturdays, Sundays and the bank holidays 1 January, 1 July, 25 and 26 December, and no rows for CAD (1 CAD = 1 CAD). The rate to use for a day D is the row with the latest rate_date on or before D. staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg are not to be used for conversions.", [
    C("rate_date", "date NOT NULL", "Business day of the rate."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "'USD' or 'EUR'."),
    C("cad_per_unit", "numeric(10,6) NOT NULL CHECK (cad_per_unit > 0)", "Canadian dollars per one unit of the currency on that day.")],
    ["PRIMARY KEY (rate_date, currency_code)"])
T("crop_years", "AUTHORITATIVE crop-year (fiscal) calendar of the cooperative. A crop year runs 1 August to 31 July and is labelled by both calendar years, e.g. '2023-24' = 2023-08-01 .. 2024-07-31; crop_year is the calendar year in which it STARTS (2023 for '2023-24'). Deliveries, loadouts and settlements belong to a crop year by the LOCAL scale date (see delivery_tickets). One row per crop year from 2019-20 to 2025-26.", [
    C("crop_year", "integer PRIMARY KEY", "Calendar year in which the crop year starts (2023 = crop year 2023-24)."),
    C("label", "text NOT NULL UNIQUE", "Label 'YYYY-YY', e.g. '2023-24'."),
    C("starts_on", "date NOT NULL", "1 August (inclusive)."), C("ends_on", "date NOT NULL", "31 July of the next year (inclusive).")])
T("crop_year_periods", "AUTHORITATIVE accounting periods of each crop year: 12 calendar months, period 1 = August ... period 12 = July.", [
    C("crop_year", "integer NOT NULL REFERENCES crop_years (crop_year)", "Crop year (start year)."),
    C("period_no", "integer NOT NULL CHECK (period_no BETWEEN 1 AND 12)", "1 = August, 2 = September, ..., 12 = July."),
    C("starts_on", "date NOT NULL", "First day of the month (inclusive)."), C("ends_on", "date NOT NULL", "Last day of the month (inclusive).")],
    ["PRIMARY KEY (crop_year, period_no)"])
T("railways", "Lookup: railways serving the elevators.", [
    C("railway_code", "text PRIMARY KEY", "'CN', 'CPKC', 'BNSF'."), C("name", "text NOT NULL", "Railway name.")])
T("elevators", "AUTHORITATIVE country grain elevators (delivery points) of the cooperative with their CURRENT elevator codes. The legacy scale system used other codes (legacy_elevator_code_map). Local wall-clock times at an elevator follow its time zone.", [
    C("elevator_id", "integer PRIMARY KEY", "Surrogate key."),
    C("elevator_code", "text NOT NULL UNIQUE", "Current code '<province/state>-<3 letters>', e.g. 'SK-ROS'."),
    C("name", "text NOT NULL", "Town of the elevator, e.g. 'Rosetown'."),
    C("region_code", "char(2) NOT NULL REFERENCES regions (region_code)", "Province/state."),
    C("tz_name", "text NOT NULL", "IANA time zone of the scale house: 'America/Regina' (UTC-6 all year, no daylight saving), 'America/Winnipeg' and 'America/Chicago' (UTC-6, UTC-5 in summer), 'America/Edmonton' and 'America/Denver' (UTC-7, UTC-6 in summer)."),
    C("railway_code", "text NOT NULL REFERENCES railways (railway_code)", "Railway serving the elevator's track (decides the rail_loadouts_<railway>_<crop year> partition)."),
    C("licensed_capacity_t", "integer NOT NULL", "Licensed storage capacity, tonnes."),
    C("opened_on", "date NOT NULL", "Date the elevator opened.")])
T("commodities", "Lookup: grains and oilseeds received. dry_moisture_max_pct is the highest moisture at which the grain is still 'dry'; above it the grain is tough/damp and a drying charge applies.", [
    C("commodity_code", "text PRIMARY KEY", "'HRS' hard red spring wheat, 'DUR' durum, 'CAN' canola, 'BAR' barley, 'OAT' oats, 'PEA' yellow peas."),
    C("name", "text NOT NULL", "Name."),
    C("dry_moisture_max_pct", "numeric(4,1) NOT NULL", "Highest moisture percent still graded dry (a delivery with moisture_pct strictly above it is 'tough')."),
    C("protein_measured", "boolean NOT NULL", "true when the scale measures protein for this commodity (HRS, DUR, PEA).")])
T("grades", "Lookup: official grades per commodity. grade_rank 1 is the best grade of the commodity.", [
    C("grade_code", "text PRIMARY KEY", "'<commodity>-<grade>', e.g. 'HRS-1', 'HRS-FEED', 'CAN-SAMPLE'."),
    C("commodity_code", "text NOT NULL REFERENCES commodities (commodity_code)", "Commodity."),
    C("grade_name", "text NOT NULL", "Grade name, e.g. 'No. 1', 'Feed', 'Sample'."),
    C("grade_rank", "integer NOT NULL", "1 = best grade of the commodity, higher = lower grade.")])
T("membership_tiers", "Lookup of membership tiers (they decide the patronage bonus).", [
    C("tier_code", "text PRIMARY KEY", "'STANDARD', 'SILVER', 'GOLD'."), C("description", "text NOT NULL", "Meaning."),
    C("bonus_pct", "numeric(3,1) NOT NULL", "Patronage bonus in percent of the net settlement.")])
T("members", "AUTHORITATIVE member farms of the cooperative. current_tier_code is the CURRENT tier only; the tier held on a day is in member_tier_history. Soft-deleted rows (deleted_at not NULL) are duplicate accounts created by mistake and are not members.", [
    C("member_id", "integer PRIMARY KEY", "Surrogate key."), C("member_no", "text NOT NULL UNIQUE", "Member number, e.g. 'M0042'."),
    C("farm_name", "text NOT NULL", "Registered farm name; may contain apostrophes and '&'."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of the farm."),
    C("region_code", "char(2) NOT NULL REFERENCES regions (region_code)", "Province/state of the farm."),
    C("joined_on", "date NOT NULL", "Date the membership started."),
    C("current_tier_code", "text NOT NULL REFERENCES membership_tiers (tier_code)", "Tier held today (see member_tier_history for earlier tiers)."),
    C("deleted_at", "timestamptz", "SOFT DELETE: non-NULL = duplicate account removed at that moment; ignore such rows. NULL = a real member.")])
T("member_tier_history", "AUTHORITATIVE history of membership tiers: valid_from inclusive, valid_to exclusive, valid_to NULL = current. The tier held on day D is the row with valid_from <= D < valid_to (or valid_to NULL). Every member has rows covering every day from joined_on.", [
    C("member_id", "integer NOT NULL REFERENCES members (member_id)", "Member."),
    C("tier_code", "text NOT NULL REFERENCES membership_tiers (tier_code)", "Tier held."),
    C("valid_from", "date NOT NULL", "First day in the tier (inclusive)."), C("valid_to", "date", "Exclusive end; NULL = current.")],
    ["PRIMARY KEY (member_id, valid_from)"])
T("storage_bins", "AUTHORITATIVE storage bins (silos, annexes) of the elevators.", [
    C("bin_id", "integer PRIMARY KEY", "Surrogate key."), C("elevator_id", "integer NOT NULL REFERENCES elevators (elevator_id)", "Elevator."),
    C("bin_code", "text NOT NULL", "Bin label within the elevator, e.g. 'B07' or 'ANNEX-2'."),
    C("capacity_t", "numeric(8,1) NOT NULL", "Capacity in tonnes."),
    C("bin_type", "text NOT NULL CHECK (bin_type IN ('concrete', 'steel', 'annex', 'bag'))", "'concrete', 'steel', 'annex' (flat storage) or 'bag' (temporary grain bag).")],
    ["UNIQUE (elevator_id, bin_code)"])
T("grade_price_schedule", "AUTHORITATIVE posted spot prices per country and grade over time (price per tonne in the country's settlement currency: CAD in CA, USD in US): valid_from inclusive, valid_to exclusive, valid_to NULL = current. Exactly one row is valid for a country, grade and day. A spot (non-contract) delivery is priced with the row valid on its LOCAL scale date. v_current_prices shows only today's prices.", [
    C("price_id", "integer PRIMARY KEY", "Surrogate key."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country whose elevators post the price."),
    C("grade_code", "text NOT NULL REFERENCES grades (grade_code)", "Grade."),
    C("price_per_tonne", "numeric(8,2) NOT NULL", "Posted price per tonne of clean grain, in currency_code."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "'CAD' (CA) or 'USD' (US)."),
    C("valid_from", "date NOT NULL", "First day of validity (inclusive)."), C("valid_to", "date", "End of validity (exclusive); NULL = still valid.")])
T("forward_contracts", "AUTHORITATIVE forward (deferred delivery) contracts: a member commits a tonnage of a commodity at a fixed price to one elevator for a delivery window. Deliveries against a contract carry its contract_id on the ticket. All contracts since crop year 2021-22 (never archived), all signed on or before 2025-07-31.", [
    C("contract_id", "integer PRIMARY KEY", "Surrogate key."), C("contract_no", "text NOT NULL UNIQUE", "Contract number, e.g. 'FC-2024-0031'."),
    C("member_id", "integer NOT NULL REFERENCES members (member_id)", "Member (signed_on is on or after the member's joined_on)."),
    C("elevator_id", "integer NOT NULL REFERENCES elevators (elevator_id)", "Delivery elevator."),
    C("commodity_code", "text NOT NULL REFERENCES commodities (commodity_code)", "Commodity."),
    C("contracted_t", "numeric(10,3) NOT NULL", "Contracted clean tonnes."),
    C("price_per_tonne", "numeric(8,2) NOT NULL", "Fixed price per clean tonne, in currency_code (basis grade No. 1; other grades are discounted at settlement)."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "'CAD' or 'USD'."),
    C("signed_on", "date NOT NULL", "Signing date."),
    C("delivery_from", "date NOT NULL", "Delivery window start (inclusive)."), C("delivery_to", "date NOT NULL", "Delivery window end (inclusive)."),
    C("status", "text NOT NULL CHECK (status IN ('open', 'filled', 'cancelled'))", "'open', 'filled' (closed as complete) or 'cancelled' (bought out; deliveries already made stay).")])
TICKET_COLS = [
    C("ticket_id", "integer PRIMARY KEY", "Surrogate key, unique across delivery_tickets and archive_delivery_tickets."),
    C("ticket_no", "text NOT NULL UNIQUE", "Printed ticket number '<elevator_code>-<local date YYMMDD>-<seq>'."),
    C("elevator_id", "integer NOT NULL REFERENCES elevators (elevator_id)", "Elevator (scale house)."),
    C("member_id", "integer NOT NULL REFERENCES members (member_id)", "Delivering member (the scale date is always on or after the member's joined_on)."),
    C("commodity_code", "text NOT NULL REFERENCES commodities (commodity_code)", "Commodity delivered."),
    C("grade_code", "text NOT NULL REFERENCES grades (grade_code)", "Grade given at the scale. If the member appealed and the appeal was decided, the FINAL grade is grade_appeals.final_grade_code."),
    C("gross_kg", "integer NOT NULL", "Loaded truck weight, kg."), C("tare_kg", "integer NOT NULL", "Empty truck weight, kg. Net weight = gross_kg - tare_kg."),
    C("dockage_pct", "numeric(4,1) NOT NULL", "Dockage (foreign material) in percent of net weight. Clean weight = net weight * (1 - dockage_pct/100)."),
    C("moisture_pct", "numeric(4,1) NOT NULL", "Moisture percent at the scale (compare with commodities.dry_moisture_max_pct)."),
    C("protein_pct", "numeric(4,1)", "Protein percent (dry basis) for HRS, DUR and PEA; NULL for other commodities."),
    C("weighed_at_utc", "timestamptz NOT NULL", "Moment of the gross weighing (UTC)."),
    C("weighed_at_local", "timestamp NOT NULL", "Wall-clock time of the gross weighing at the scale house (elevator's time zone). The LOCAL date of this column is the ticket's scale date: it decides the crop year, the period, the posted price and the tier."),
    C("bin_id", "integer REFERENCES storage_bins (bin_id)", "Bin the grain was dumped into; NULL when shipped directly to a rail car."),
    C("contract_id", "integer REFERENCES forward_contracts (contract_id)", "Forward contract delivered against; NULL for a spot (cash) delivery."),
    C("voided_at", "timestamptz", "SOFT DELETE: non-NULL = the ticket was voided (reweigh, wrong member, test) at that moment and must be ignored in every count and sum; NULL = a valid delivery.")]
T("delivery_tickets", "AUTHORITATIVE weighbridge delivery tickets with a local scale date from 2023-08-01 (crop years 2023-24 and 2024-25, plus any night tickets of 2025-08-01 weighed before the extract moment 2025-08-01 08:00 UTC). Tickets of crop years 2021-22 and 2022-23 (local scale date before 2023-08-01) were moved to archive_delivery_tickets (same columns); crop year 2020-21 exists only in the legacy scale system (legacy_scale_tickets). A question over several crop years needs the tables of each.", TICKET_COLS)
T("archive_delivery_tickets", "ARCHIVE of delivery tickets with a local scale date from 2021-08-01 to 2023-07-31 (crop years 2021-22 and 2022-23), moved out of delivery_tickets on 2023-09-15. Same columns and meaning (voided tickets included, voided_at set) plus archived_at.",
  [(n, t.replace(" REFERENCES elevators (elevator_id)", "").replace(" REFERENCES members (member_id)", "").replace(" REFERENCES commodities (commodity_code)", "")
    .replace(" REFERENCES grades (grade_code)", "").replace(" REFERENCES storage_bins (bin_id)", "").replace(" REFERENCES forward_contracts (contract_id)", "").replace(" UNIQUE", ""), c)
   for n, t, c in TICKET_COLS] + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("grade_appeals", "AUTHORITATIVE grade appeals (re-inspection by the Canadian Grain Commission / USDA FGIS) of delivery tickets, live and archived. A ticket is appealed at most once. When decided, final_grade_code replaces the scale grade for every purpose.", [
    C("appeal_id", "integer PRIMARY KEY", "Surrogate key."), C("ticket_id", "integer NOT NULL UNIQUE", "Ticket appealed (delivery_tickets or archive_delivery_tickets)."),
    C("appealed_on", "date NOT NULL", "Date of the appeal."),
    C("decided_on", "date", "Date of the decision; NULL while pending."),
    C("final_grade_code", "text REFERENCES grades (grade_code)", "Grade after re-inspection, always a grade of the ticket's commodity; NULL while pending (then the scale grade stands).")])
SETTLE_COLS = [
    C("settlement_id", "integer PRIMARY KEY", "Surrogate key."), C("ticket_id", "integer NOT NULL", "Ticket paid (delivery_tickets.ticket_id; archive_delivery_tickets for archive_settlements)."),
    C("settled_on", "date NOT NULL", "Payment date (cheque / transfer date), on or after the ticket's scale date. Convert amounts to CAD with the fx_rates rate of this date (latest business day on or before it)."),
    C("currency_code", "char(3) NOT NULL", "Currency of all amounts of the row: the elevator country's settlement currency."),
    C("clean_t", "numeric(10,3) NOT NULL", "Clean tonnes paid."), C("price_per_tonne", "numeric(8,2) NOT NULL", "Price applied (posted price or contract price, grade-adjusted)."),
    C("gross_amount", "numeric(12,2) NOT NULL", "clean_t * price_per_tonne, rounded to cents."),
    C("drying_charge", "numeric(10,2) NOT NULL", "Drying charge for tough grain (0 when dry)."),
    C("levy_amount", "numeric(10,2) NOT NULL", "Check-off levies deducted (provincial/state commodity commission levies)."),
    C("net_amount", "numeric(12,2) NOT NULL", "Paid to the member: gross_amount - drying_charge - levy_amount."),
    C("status", "text NOT NULL CHECK (status IN ('paid', 'reversed'))", "'paid', or 'reversed' (cheque cancelled; a corrected 'paid' row for the same ticket follows). Only 'paid' rows are payments.")]
T("settlements", "AUTHORITATIVE settlements (payments to members) for tickets in delivery_tickets. Settlements of archived tickets are in archive_settlements. Voided tickets have no settlement.", SETTLE_COLS)
T("archive_settlements", "ARCHIVE of settlements of archive_delivery_tickets (crop years 2021-22 and 2022-23); same columns as settlements plus archived_at.",
  SETTLE_COLS + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
LOAD_COLS = [C("loadout_id", "integer PRIMARY KEY", "Surrogate key, unique across all loadout tables."),
             C("car_number", "text NOT NULL", "Hopper car reporting mark and number, e.g. 'CNWX 112233'."),
             C("elevator_id", "integer NOT NULL", "Loading elevator (elevators.elevator_id)."),
             C("grade_code", "text NOT NULL", "Grade loaded (grades.grade_code)."),
             C("loaded_t", "numeric(8,3) NOT NULL", "Tonnes loaded into the car."),
             C("loaded_at_utc", "timestamptz NOT NULL", "Moment the car was sealed (UTC)."),
             C("loaded_at_local", "timestamp NOT NULL", "Wall-clock time at the elevator when the car was sealed; its date decides the crop year."),
             C("destination", "text NOT NULL", "Port terminal or processor, e.g. 'Vancouver', 'Thunder Bay', 'Portland', 'Duluth'.")]
for _rw in ("cn", "cpkc", "bnsf"):
    for _cy in (2023, 2024):
        T(f"rail_loadouts_{_rw}_{_cy}", f"AUTHORITATIVE rail-car loadouts, PARTITION for railway '{_rw.upper()}' (elevators.railway_code) and crop year {_cy}-{(_cy + 1) % 100:02d} (local loading date {_cy}-08-01 .. {_cy + 1}-07-31). The six tables rail_loadouts_<railway>_<crop year> together are the complete loadout record of crop years 2023-24 and 2024-25; earlier loadouts are in archive_rail_loadouts. Railway and crop year are implied by the table name.", LOAD_COLS)
T("archive_rail_loadouts", "ARCHIVE of rail-car loadouts of crop years 2021-22 and 2022-23 (all railways), same columns as the rail_loadouts_<railway>_<crop year> partitions plus railway_code.",
  LOAD_COLS + [C("railway_code", "text NOT NULL", "Railway ('CN', 'CPKC', 'BNSF').")])

# ------------------------------------------------------------------------------------- legacy
T("legacy_scale_tickets", "LEGACY scale system (used until 2021-07-31, read-only): delivery tickets of crop year 2020-21 and a few late tickets of 2019-20 (ticket_date 2019-08-01 .. 2021-07-31). Uses old elevator codes (legacy_elevator_code_map), old member numbers (legacy_member_map) and old grade codes (legacy_grade_map). Weights are in POUNDS (1 lb = 0.45359237 kg). There is no time zone: ticket_date is the local scale date. Tickets from 2021-08-01 are in archive_delivery_tickets/delivery_tickets, never here.", [
    C("scale_ticket_no", "integer PRIMARY KEY", "Old ticket number."), C("old_elevator_code", "text NOT NULL", "Old elevator code, e.g. 'E401' (see legacy_elevator_code_map)."),
    C("old_member_no", "text NOT NULL", "Old member number (see legacy_member_map)."),
    C("old_grade_code", "text NOT NULL", "Old grade code, e.g. 'WHR1' (see legacy_grade_map)."),
    C("gross_lb", "integer NOT NULL", "Gross weight, pounds."), C("tare_lb", "integer NOT NULL", "Tare weight, pounds."),
    C("dockage_pct", "numeric(4,1) NOT NULL", "Dockage percent of net weight."), C("moisture_pct", "numeric(4,1) NOT NULL", "Moisture percent."),
    C("ticket_date", "date NOT NULL", "Local scale date."), C("ticket_time", "time NOT NULL", "Local scale time."),
    C("void_flag", "char(1) NOT NULL CHECK (void_flag IN ('Y', 'N'))", "'Y' = voided ticket (ignore), 'N' = valid.")])
T("legacy_elevator_code_map", "Mapping of the legacy scale system's elevator codes to current elevators. Brandon and Minot each had two scale houses with their own old code, merged into one elevator; every old code maps to exactly one elevator, and every elevator has at least one old code.", [
    C("old_elevator_code", "text PRIMARY KEY", "Old code as used in legacy_scale_tickets."),
    C("elevator_id", "integer NOT NULL REFERENCES elevators (elevator_id)", "Current elevator."), C("note", "text", "Remark; NULL when none.")])
T("legacy_member_map", "Mapping of old member numbers to members; every old member number used in legacy_scale_tickets maps to exactly one member.", [
    C("old_member_no", "text PRIMARY KEY", "Old member number."), C("member_id", "integer NOT NULL REFERENCES members (member_id)", "Member.")])
T("legacy_grade_map", "Mapping of old grade codes to grades.", [
    C("old_grade_code", "text PRIMARY KEY", "Old grade code."), C("grade_code", "text NOT NULL REFERENCES grades (grade_code)", "Current grade code.")])
T("legacy_elevators", "LEGACY list of scale houses (old codes and names as in 2021). For current elevators use elevators.", [
    C("old_elevator_code", "text PRIMARY KEY", "Old code."), C("scale_house_name", "text NOT NULL", "Old name, e.g. 'Brandon East'.")])
T("legacy_members", "LEGACY member list (2021, old numbers, free-text names). Not maintained; use members.", [
    C("old_member_no", "text PRIMARY KEY", "Old number."), C("name_text", "text NOT NULL", "Name as typed in 2021."), C("phone", "text", "Phone.")])

# ------------------------------------------------------------------------------------- staging
T("staging_delivery_tickets", "STAGING: raw scale-house feed of the last load batches, NOT validated (duplicates, text weights, unconverted codes). Never use for reporting; delivery_tickets is authoritative.", [
    C("batch_id", "integer NOT NULL", "Load batch."), C("ticket_no", "text NOT NULL", "Ticket number as sent."), C("elevator_code", "text", "Elevator code as sent."),
    C("member_no", "text", "Member number as sent."), C("grade_text", "text", "Grade as typed."), C("net_weight_text", "text", "Net weight as sent (kg or lb, unknown)."),
    C("weighed_at_text", "text", "Timestamp text, zone unknown.")])
T("staging_settlements", "STAGING: settlement batch from the accounting export, not validated. settlements is authoritative.", [
    C("batch_id", "integer NOT NULL", "Batch."), C("ticket_no", "text NOT NULL", "Ticket."), C("amount_text", "text", "Amount as text."), C("currency", "text", "Currency as sent.")])
T("staging_fx_rates", "STAGING: intraday rate feed (several quotes per day, unvalidated). Not for conversions; use fx_rates.", [
    C("quoted_at", "timestamptz NOT NULL", "Quote moment."), C("currency_code", "text NOT NULL", "Currency."), C("cad_per_unit", "numeric(10,6)", "Quote; NULL when the feed failed.")])
T("staging_rail_loadouts", "STAGING: railway car-order feed (cars ordered, not necessarily loaded). The rail_loadouts_* partitions are authoritative.", [
    C("car_number", "text NOT NULL", "Car."), C("elevator_code", "text", "Elevator."), C("ordered_for", "date", "Spot date."), C("tonnes_text", "text", "Tonnes as text.")])
T("staging_members", "STAGING: member sign-up web form, not yet approved (may duplicate members).", [
    C("form_id", "integer PRIMARY KEY", "Form."), C("farm_name", "text", "Farm name as typed."), C("region_text", "text", "Region as typed."), C("submitted_at", "timestamptz NOT NULL", "When.")])
T("staging_grade_prices", "STAGING: price board upload before approval (draft prices). grade_price_schedule is authoritative.", [
    C("upload_id", "integer NOT NULL", "Upload."), C("grade_code", "text", "Grade."), C("price_text", "text", "Price as typed."), C("effective_text", "text", "Date as typed.")])
T("staging_contracts", "STAGING: contracts keyed by the grain buyers on tablets, not yet countersigned. forward_contracts is authoritative.", [
    C("draft_id", "integer PRIMARY KEY", "Draft."), C("member_no", "text", "Member."), C("commodity_code", "text", "Commodity."), C("tonnes", "numeric(10,3)", "Tonnes."), C("price", "numeric(8,2)", "Price.")])

# ------------------------------------------------------------------------------------- reports / snapshots
T("rpt_deliveries_by_crop_year", "REPORT (stale, refreshed 2025-03-01): clean tonnes per elevator and crop year, computed from UTC dates and INCLUDING voided tickets, live tickets only. Do not use for current figures; compute from delivery_tickets (and the archive/legacy tables).", [
    C("elevator_code", "text NOT NULL", "Elevator."), C("crop_year", "integer NOT NULL", "Crop year (start year)."), C("clean_t", "numeric(12,3) NOT NULL", "Tonnes."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment.")])
T("rpt_member_settlements", "REPORT (stale, refreshed 2025-03-01): net settlement per member and crop year converted to CAD at the rate of the refresh day, reversed rows included. Not authoritative.", [
    C("member_no", "text NOT NULL", "Member."), C("crop_year", "integer NOT NULL", "Crop year."), C("net_cad", "numeric(14,2) NOT NULL", "Net, CAD."), C("refreshed_at", "timestamptz NOT NULL", "Refresh.")])
T("rpt_top_deliverers", "REPORT: top 20 members by clean tonnes in CALENDAR year 2024 (not a crop year), including voided tickets. Not authoritative.", [
    C("rank_no", "integer NOT NULL", "Rank."), C("member_no", "text NOT NULL", "Member."), C("clean_t", "numeric(12,3) NOT NULL", "Tonnes.")])
T("rpt_bin_inventory", "REPORT (snapshot 2025-06-30 from the bin sensors; estimated tonnes in each bin). Not the delivery record.", [
    C("bin_id", "integer NOT NULL", "Bin."), C("estimated_t", "numeric(8,1) NOT NULL", "Estimated tonnes."), C("measured_at", "timestamptz NOT NULL", "When.")])
T("rpt_rail_shipments", "REPORT: monthly rail tonnes, CN only, crop year 2024-25 up to 2025-04-30. Not authoritative; use the rail_loadouts_* partitions.", [
    C("month_start", "date NOT NULL", "Month."), C("elevator_code", "text NOT NULL", "Elevator."), C("loaded_t", "numeric(12,3) NOT NULL", "Tonnes.")])
T("rpt_grade_mix", "REPORT: share of tickets per scale grade (appeals NOT applied), crop year 2024-25, refreshed 2025-05-01. Not authoritative.", [
    C("grade_code", "text NOT NULL", "Grade."), C("ticket_share_pct", "numeric(5,2) NOT NULL", "Percent of tickets.")])
T("rpt_contract_fill", "REPORT: fill of OPEN contracts only, gross (not clean) tonnes, refreshed 2025-06-01. Not authoritative.", [
    C("contract_no", "text NOT NULL", "Contract."), C("delivered_t", "numeric(10,3) NOT NULL", "Gross tonnes."), C("fill_pct", "numeric(6,2) NOT NULL", "Percent.")])
T("rpt_fx_monthly_avg", "REPORT: monthly average of fx_rates (for budgeting only; conversions use the daily fx_rates).", [
    C("month_start", "date NOT NULL", "Month."), C("currency_code", "char(3) NOT NULL", "Currency."), C("avg_cad_per_unit", "numeric(10,6) NOT NULL", "Average.")])
T("rpt_moisture_summary", "REPORT: average moisture per commodity, crop year 2023-24 only, voided tickets included. Not authoritative.", [
    C("commodity_code", "text NOT NULL", "Commodity."), C("avg_moisture_pct", "numeric(5,2) NOT NULL", "Average."), C("tough_tickets", "integer NOT NULL", "Tickets above the dry limit.")])
T("v_current_prices", "SNAPSHOT (view materialised 2025-07-31): prices valid on 2025-07-31 only. For a price on an earlier day use grade_price_schedule.", [
    C("country_code", "char(2) NOT NULL", "Country."), C("grade_code", "text NOT NULL", "Grade."), C("price_per_tonne", "numeric(8,2) NOT NULL", "Price.")])
T("v_member_current_tier", "SNAPSHOT of current tiers (as members.current_tier_code). For the tier on a date use member_tier_history.", [
    C("member_no", "text NOT NULL", "Member."), C("tier_code", "text NOT NULL", "Tier.")])
T("v_fx_latest", "SNAPSHOT: the latest rate per currency (2025-07-31). Not for conversions of earlier amounts.", [
    C("currency_code", "char(3) NOT NULL", "Currency."), C("cad_per_unit", "numeric(10,6) NOT NULL", "Rate.")])
T("v_active_contracts", "SNAPSHOT 2025-05-01 of contracts then open (status as of that day). Use forward_contracts.", [
    C("contract_no", "text NOT NULL", "Contract."), C("member_no", "text NOT NULL", "Member."), C("contracted_t", "numeric(10,3) NOT NULL", "Tonnes.")])
T("v_tickets_2024", "SNAPSHOT (2024-12-01) of tickets with a UTC weighing date in calendar 2024 up to that day, voided tickets removed, scale grades. Not maintained.", [
    C("ticket_no", "text NOT NULL", "Ticket."), C("member_no", "text NOT NULL", "Member."), C("grade_code", "text NOT NULL", "Grade."), C("clean_t", "numeric(10,3) NOT NULL", "Tonnes.")])
T("v_elevator_directory", "SNAPSHOT: elevator directory for the website (names and phone numbers).", [
    C("elevator_code", "text NOT NULL", "Elevator."), C("display_name", "text NOT NULL", "Name shown."), C("phone", "text NOT NULL", "Phone.")])

# ------------------------------------------------------------------------------------- audit / logs / planning
T("audit_delivery_tickets", "AUDIT log of edits to delivery tickets (trigger-written). Current values are in delivery_tickets.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("ticket_id", "integer NOT NULL", "Ticket."), C("changed_at", "timestamptz NOT NULL", "When."),
    C("field_name", "text NOT NULL", "Field changed."), C("old_value", "text", "Before."), C("new_value", "text", "After.")])
T("audit_settlements", "AUDIT log of settlement status changes.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("settlement_id", "integer NOT NULL", "Settlement."), C("changed_at", "timestamptz NOT NULL", "When."), C("new_status", "text NOT NULL", "Status.")])
T("audit_price_changes", "AUDIT log of who posted price-schedule rows.", [
    C("audit_id", "integer PRIMARY KEY", "Surrogate key."), C("price_id", "integer NOT NULL", "Price row."), C("posted_at", "timestamptz NOT NULL", "When."), C("posted_by", "text NOT NULL", "User.")])
T("etl_job_runs", "LOG of warehouse jobs (archiving, report refreshes, feed loads).", [
    C("run_id", "integer PRIMARY KEY", "Run."), C("job_name", "text NOT NULL", "Job."), C("started_at", "timestamptz NOT NULL", "Start."), C("status", "text NOT NULL", "'ok' or 'failed'.")])
T("report_refresh_log", "LOG of refreshes of rpt_* and v_* tables (documents their staleness).", [
    C("table_name", "text NOT NULL", "Report table."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment."), C("rows_written", "integer NOT NULL", "Rows.")])
T("bin_commodity_plan", "PLANNING: intended commodity per bin per crop year (plans, not what was dumped; the bin of a delivery is delivery_tickets.bin_id).", [
    C("bin_id", "integer NOT NULL", "Bin."), C("crop_year", "integer NOT NULL", "Crop year."), C("commodity_code", "text NOT NULL", "Planned commodity.")])
T("levy_rate_history", "HISTORY of check-off levy rates per region and commodity (informational; the levies charged are settlements.levy_amount).", [
    C("region_code", "char(2) NOT NULL", "Region."), C("commodity_code", "text NOT NULL", "Commodity."), C("levy_pct", "numeric(4,2) NOT NULL", "Percent of gross."),
    C("valid_from", "date NOT NULL", "From."), C("valid_to", "date", "To (exclusive).")])
T("drying_rate_history", "HISTORY of drying charge tariffs per elevator (informational; charges are settlements.drying_charge).", [
    C("elevator_id", "integer NOT NULL", "Elevator."), C("rate_per_tonne_point", "numeric(6,2) NOT NULL", "Charge per tonne per moisture point."),
    C("valid_from", "date NOT NULL", "From."), C("valid_to", "date", "To (exclusive).")])

GENERIC = [
    ("agronomy_visits", "Agronomist farm visits.", 25, [("visit_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("visited_on", "date NOT NULL", "date"), ("topic", "text NOT NULL", "word")]),
    ("fertilizer_sales", "Retail fertilizer sales at the farm-supply store.", 30, [("sale_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("sold_on", "date NOT NULL", "date"), ("product", "text NOT NULL", "word"), ("amount", "numeric(10,2) NOT NULL", "money")]),
    ("crop_protection_sales", "Retail herbicide / fungicide sales.", 30, [("sale_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("sold_on", "date NOT NULL", "date"), ("amount", "numeric(10,2) NOT NULL", "money")]),
    ("seed_sales", "Certified seed sales to members.", 25, [("sale_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("variety", "text NOT NULL", "word"), ("bags", "integer NOT NULL", "small")]),
    ("fuel_cardlock_sales", "Cardlock diesel sales to members (litres).", 30, [("txn_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("txn_at", "timestamptz NOT NULL", "ts"), ("litres", "numeric(8,1) NOT NULL", "meas")]),
    ("crop_insurance_claims", "Crop insurance claims members reported to the co-op (informational).", 15, [("claim_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("filed_on", "date NOT NULL", "date"), ("peril", "text NOT NULL", "word")]),
    ("weather_stations", "Weather stations near the elevators.", 12, [("station_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("station_name", "text NOT NULL", "word")]),
    ("rainfall_daily", "Daily rainfall at weather stations (mm), sample.", 30, [("obs_id", "integer PRIMARY KEY", "id"), ("station_id", "integer NOT NULL", "small"), ("obs_date", "date NOT NULL", "date"), ("rain_mm", "numeric(5,1) NOT NULL", "meas")]),
    ("trucks", "Company trucks of the farm-supply division.", 10, [("truck_id", "integer PRIMARY KEY", "id"), ("plate", "text NOT NULL", "code"), ("elevator_id", "integer NOT NULL", "elevator")]),
    ("truck_drivers", "Drivers of company trucks.", 12, [("driver_id", "integer PRIMARY KEY", "id"), ("full_name", "text NOT NULL", "name"), ("licence_class", "text NOT NULL", "code")]),
    ("board_members", "Board of directors.", 9, [("director_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("elected_on", "date NOT NULL", "date")]),
    ("annual_meeting_attendance", "Attendance at annual general meetings.", 30, [("attendance_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("meeting_year", "integer NOT NULL", "year")]),
    ("equity_share_accounts", "Members' equity share balances (finance system).", 30, [("account_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("balance_cad", "numeric(12,2) NOT NULL", "money")]),
    ("patronage_allocations", "Patronage dividend allocations declared by the board (finance system, by fiscal decision; not settlements).", 30, [("allocation_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("declared_on", "date NOT NULL", "date"), ("amount_cad", "numeric(10,2) NOT NULL", "money")]),
    ("newsletter_subscriptions", "Newsletter e-mail subscriptions.", 30, [("subscription_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("subscribed_at", "timestamptz NOT NULL", "ts")]),
    ("employees", "Elevator staff (HR system).", 30, [("employee_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("full_name", "text NOT NULL", "name"), ("hired_on", "date NOT NULL", "date")]),
    ("employee_shifts", "Scale-house shifts of staff.", 30, [("shift_id", "integer PRIMARY KEY", "id"), ("employee_id", "integer NOT NULL", "small"), ("shift_start_local", "timestamp NOT NULL", "lts"), ("hours", "numeric(4,1) NOT NULL", "meas")]),
    ("safety_incidents", "Workplace safety incidents at elevators.", 12, [("incident_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("occurred_on", "date NOT NULL", "date"), ("severity", "integer NOT NULL", "small")]),
    ("equipment_assets", "Elevator equipment register (legs, dryers, probes).", 30, [("asset_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("asset_name", "text NOT NULL", "word"), ("installed_on", "date NOT NULL", "date")]),
    ("equipment_maintenance", "Maintenance jobs on equipment.", 30, [("job_id", "integer PRIMARY KEY", "id"), ("asset_id", "integer NOT NULL", "small"), ("done_on", "date NOT NULL", "date"), ("cost_cad", "numeric(10,2) NOT NULL", "money")]),
    ("scale_calibrations", "Weighbridge calibration certificates (Measurement Canada / state weights & measures).", 18, [("calibration_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("calibrated_on", "date NOT NULL", "date"), ("passed", "boolean NOT NULL", "bool")]),
    ("grain_dryer_runs", "Dryer operating log (hours).", 30, [("run_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("started_at", "timestamptz NOT NULL", "ts"), ("hours", "numeric(4,1) NOT NULL", "meas")]),
    ("fumigation_records", "Bin fumigation records.", 15, [("record_id", "integer PRIMARY KEY", "id"), ("bin_id", "integer NOT NULL", "small"), ("fumigated_on", "date NOT NULL", "date")]),
    ("customer_buyers", "Grain buyers (exporters, processors) the co-op sells to.", 12, [("buyer_id", "integer PRIMARY KEY", "id"), ("buyer_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country")]),
    ("sales_invoices", "Invoices to grain buyers (finance system; EUR, USD or CAD).", 30, [("invoice_id", "integer PRIMARY KEY", "id"), ("buyer_id", "integer NOT NULL", "small"), ("invoice_date", "date NOT NULL", "date"), ("amount", "numeric(12,2) NOT NULL", "money"), ("currency_code", "char(3) NOT NULL", "ccy")]),
    ("vessel_nominations", "Export vessel nominations at port terminals.", 12, [("nomination_id", "integer PRIMARY KEY", "id"), ("vessel_name", "text NOT NULL", "word"), ("eta", "date NOT NULL", "date")]),
    ("member_contacts", "Phone and e-mail contacts of members.", 30, [("contact_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("phone", "text NOT NULL", "code")]),
    ("member_bank_accounts", "Direct-deposit bank accounts (masked).", 30, [("bank_account_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("masked_account", "text NOT NULL", "code")]),
    ("web_portal_logins", "LOG of member portal logins.", 30, [("login_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("logged_in_at", "timestamptz NOT NULL", "ts")]),
    ("sms_notifications", "LOG of SMS sent to members (price alerts).", 30, [("sms_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "member"), ("sent_at", "timestamptz NOT NULL", "ts"), ("template", "text NOT NULL", "word")]),
    ("data_quality_issues", "LOG of data-quality findings of the warehouse checks.", 20, [("issue_id", "integer PRIMARY KEY", "id"), ("table_name", "text NOT NULL", "word"), ("found_at", "timestamptz NOT NULL", "ts"), ("resolved", "boolean NOT NULL", "bool")]),
    ("sample_lab_results", "Lab falling-number / DON tests on composite samples (not per ticket).", 30, [("lab_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("tested_on", "date NOT NULL", "date"), ("falling_number", "integer NOT NULL", "int")]),
    ("freight_rate_cards", "Truck freight rate cards for farm pickup (informational).", 12, [("card_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("rate_per_t_km", "numeric(6,3) NOT NULL", "meas")]),
    ("bin_temperature_readings_2024", "PARTITION 2024 of bin temperature cable readings (sample; monitoring only).", 30, [("bin_id", "integer NOT NULL", "small"), ("read_at", "timestamptz NOT NULL", "ts"), ("temp_c", "numeric(4,1) NOT NULL", "meas")]),
    ("bin_temperature_readings_2025", "PARTITION 2025 of bin temperature cable readings (sample; monitoring only).", 30, [("bin_id", "integer NOT NULL", "small"), ("read_at", "timestamptz NOT NULL", "ts"), ("temp_c", "numeric(4,1) NOT NULL", "meas")]),
    ("gate_camera_events", "Licence-plate camera events at the scale gate (security system).", 30, [("event_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("seen_at", "timestamptz NOT NULL", "ts"), ("plate", "text NOT NULL", "code")]),
    ("probe_samples", "Truck probe samples kept for appeals (sample library).", 30, [("sample_id", "integer PRIMARY KEY", "id"), ("ticket_no", "text NOT NULL", "code"), ("kept_until", "date NOT NULL", "date")]),
    ("market_futures_quotes", "ICE canola / MGEX spring wheat futures closes (market data, informational; not prices paid).", 30, [("quote_id", "integer PRIMARY KEY", "id"), ("symbol", "text NOT NULL", "code"), ("quote_date", "date NOT NULL", "date"), ("close_price", "numeric(8,2) NOT NULL", "money")]),
    ("basis_quotes", "Local basis levels posted by competitors (market intelligence).", 20, [("basis_id", "integer PRIMARY KEY", "id"), ("elevator_id", "integer NOT NULL", "elevator"), ("quote_date", "date NOT NULL", "date"), ("basis", "numeric(8,2) NOT NULL", "money")]),
]
_GCOMMENT = {"id": "Surrogate key.", "member": "Member (members.member_id).", "date": "Date.", "word": "Text.", "money": "Amount.",
             "ts": "Moment (UTC).", "lts": "Local wall-clock time.", "meas": "Measured value.", "small": "Reference id.", "code": "Code.",
             "name": "Person name.", "elevator": "Elevator (elevators.elevator_id).", "year": "Year.", "bool": "Flag.", "country": "Country code.",
             "ccy": "Currency code.", "int": "Integer value."}
for _n, _c, _rows, _cols in GENERIC:
    T(_n, _c + " Side system; not part of the delivery, grading, settlement, contract, storage or rail record.",
      [(cn, ct, _GCOMMENT[k]) for cn, ct, k in _cols])

TABLE_NAMES = [t["name"] for t in TABLES]


# =================================================================================== data
def _fx(r: random.Random):
    rows, rates = [], {}
    v = {"USD": 1.27 * r.uniform(0.98, 1.02), "EUR": 1.50 * r.uniform(0.98, 1.02)}
    for d in days(FX_FROM, FX_TO):
        if not is_rate_day(d):
            continue
        for ccy in ("USD", "EUR"):
            base = 1.33 if ccy == "USD" else 1.47
            v[ccy] *= 1 + r.gauss(0, 0.004)
            v[ccy] = min(max(v[ccy], base * 0.92), base * 1.08)
            q = _d(round(v[ccy], 6)).quantize(Decimal("0.000001"))
            rates[(d, ccy)] = q
            rows.append((d, ccy, q))
    return rows, rates


def rate_on(rates, d: date, ccy: str) -> Decimal:
    if ccy == "CAD":
        return Decimal(1)
    while (d, ccy) not in rates:
        d -= timedelta(days=1)
    return rates[(d, ccy)]


# local scale dates (and hours) of the boundary tickets planted at every elevator on instances 1..3
BOUNDARY_DAYS = [(date(2021, 8, 1), 7), (date(2022, 7, 31), 21), (date(2022, 8, 1), 7), (date(2023, 6, 30), 21), (date(2023, 7, 1), 7),
                 (date(2023, 7, 31), 21), (date(2023, 8, 1), 8), (date(2023, 8, 2), 7), (date(2023, 8, 31), 21), (date(2023, 9, 1), 7), (date(2024, 7, 31), 21),
                 (date(2024, 8, 1), 7), (date(2024, 8, 2), 8), (date(2024, 9, 30), 21), (date(2024, 10, 1), 7), (date(2024, 10, 31), 21),
                 (date(2024, 11, 1), 7), (date(2024, 11, 30), 21), (date(2024, 12, 1), 7), (date(2025, 7, 30), 21), (date(2025, 7, 31), 21),
                 (date(2025, 8, 1), 0)]


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)
    inst = SEEDS.index(seed) if seed in SEEDS else 1
    out: dict[str, list[tuple]] = {n: [] for n in TABLE_NAMES}
    out["countries"] = [(c, n, ccy) for c, n, ccy in COUNTRIES]
    out["regions"] = list(REGIONS)
    out["currencies"] = [("CAD", "Canadian dollar"), ("USD", "US dollar"), ("EUR", "Euro")]
    out["fx_rates"], rates = _fx(r)
    out["crop_years"] = [(y, f"{y}-{(y + 1) % 100:02d}", date(y, 8, 1), date(y + 1, 7, 31)) for y in range(2019, 2026)]
    per = []
    for y in range(2019, 2026):
        for p in range(12):
            m = 8 + p
            yy, mm = y + (m - 1) // 12, (m - 1) % 12 + 1
            s = date(yy, mm, 1)
            e = date(yy + mm // 12, mm % 12 + 1, 1) - timedelta(days=1)
            per.append((y, p + 1, s, e))
    out["crop_year_periods"] = per
    out["railways"] = list(RAILWAYS)
    out["elevators"] = [(i + 1, e[0], e[1], e[2], e[3], e[4], r.choice([18000, 25000, 32000, 40000]), date(1995 + i, 6, 1)) for i, e in enumerate(ELEVATORS)]
    out["commodities"] = [(c[0], c[1], c[2], c[3]) for c in COMMODITIES]
    out["grades"] = [(g[0], g[1], g[2], g[3]) for g in GRADES]
    out["membership_tiers"] = list(TIERS)

    # members ---------------------------------------------------------------------------------
    members, tier_hist = [], []
    el_by_region = {}
    for i, e in enumerate(ELEVATORS):
        el_by_region.setdefault(e[2], []).append(i + 1)
    n_members = 110
    mem_home = {}
    for i in range(1, n_members + 1):
        reg = r.choice(["SK", "SK", "SK", "MB", "MB", "AB", "ND", "ND", "MT"])
        cc = next(x[2] for x in REGIONS if x[0] == reg)
        joined = date(2005, 1, 1) + timedelta(days=r.randrange(5600))
        if i > 100:
            joined = date(2021, 9, 1) + timedelta(days=r.randrange(1000))
        name = f"{r.choice(LAST)} {r.choice(FARM_SUFFIX)}"
        if i % 17 == 0:
            name = f"{r.choice(FIRST)} & {r.choice(FIRST)} {r.choice(LAST)} {r.choice(FARM_SUFFIX)}"
        # tiers
        hist = []
        t0 = r.choice(["STANDARD", "STANDARD", "SILVER", "GOLD"])
        cur = joined
        tier = t0
        changes = sorted(r.sample(range(0, 1400), r.randint(0, 2)))
        for ch in changes:
            cd = date(2021, 8, 1) + timedelta(days=ch)
            if cd <= cur:
                continue
            hist.append((tier, cur, cd))
            cur = cd
            tier = r.choice([t for t in ("STANDARD", "SILVER", "GOLD") if t != tier])
        hist.append((tier, cur, None))
        members.append([i, f"M{i:04d}", name, cc, reg, joined, tier, None])
        for h in hist:
            tier_hist.append((i, h[0], h[1], h[2]))
        mem_home[i] = el_by_region[reg]
    if inst != 0:
        for j, jd in enumerate((date(2024, 1, 1), date(2023, 12, 31), date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 15), date(2024, 6, 1))):
            n_members += 1
            members.append([n_members, f"M{n_members:04d}", f"{LAST[j]} Family Farm", "CA", "SK", jd, "STANDARD", None])
            tier_hist.append((n_members, "STANDARD", jd, None))
            mem_home[n_members] = el_by_region["SK"]
    # soft-deleted duplicates (no tickets)
    for j in range(3):
        src = members[r.randrange(n_members)]
        mid = n_members + 1 + j
        members.append([mid, f"M{mid:04d}", src[2], src[3], src[4], date(2024, 2, 1) + timedelta(days=j), "STANDARD",
                        datetime(2024, 2, 20 + j, 15, 0, tzinfo=UTC)])
        tier_hist.append((mid, "STANDARD", date(2024, 2, 1) + timedelta(days=j), None))
    mem_w = {m[0]: r.paretovariate(1.6) for m in members if m[7] is None}
    mem_ids = sorted(mem_w)
    weights = [mem_w[m] for m in mem_ids]

    # bins --------------------------------------------------------------------------------------
    bins, bin_of_el = [], {}
    bid = 0
    for e in range(1, 10):
        for k in range(r.randint(4, 6)):
            bid += 1
            typ = r.choice(["concrete", "steel", "steel", "annex", "bag"])
            code = f"B{k + 1:02d}" if typ != "annex" else f"ANNEX-{k + 1}"
            bins.append((bid, e, code, _d(r.choice([1500, 2500, 3500, 5000])) .quantize(Decimal("0.1")), typ))
            bin_of_el.setdefault(e, []).append(bid)
    out["storage_bins"] = bins

    # prices ------------------------------------------------------------------------------------
    prices, pid = [], 0
    plookup = {}
    skip = {(cc, g): r.random() < 0.15 for cc in ("CA", "US") for g in GRADE}
    for cc, _, ccy in COUNTRIES:
        for g in GRADES:
            sk = skip[(cc, g[0])] or (inst != 0 and cc == "CA" and g[0] == "HRS-3")
            brks = [b for k, b in enumerate(PRICE_BREAKS) if k == 0 or not (sk and b == date(2024, 11, 1))]
            if inst != 0 and cc == "CA" and g[0] == "HRS-FEED":
                brks = sorted(brks + [date(2024, 11, 2)])  # a mid-quarter correction of the feed wheat price
            lvl = COM[g[1]][4] * float(g[4]) * (0.76 if cc == "US" else 1.0) * r.uniform(0.95, 1.05)
            for k, b in enumerate(brks):
                if k:
                    lvl *= r.uniform(0.93, 1.09)
                end = brks[k + 1] if k + 1 < len(brks) else None
                pid += 1
                p = money(lvl)
                prices.append((pid, cc, g[0], p, ccy, b, end))
                plookup.setdefault((cc, g[0]), []).append((b, end, p))
    out["grade_price_schedule"] = prices

    def price_on(cc, g, d):
        for b, e, p in plookup[(cc, g)]:
            if b <= d and (e is None or d < e):
                return p
        raise ValueError((cc, g, d))

    # contracts -----------------------------------------------------------------------------------
    contracts = []
    for k in range(1, 61):
        m = r.choices(mem_ids[:100], weights[:100])[0]
        el = r.choice(mem_home[m])
        cy = r.choice([2021, 2022, 2023, 2023, 2024, 2024])
        com = r.choice(["HRS", "HRS", "CAN", "CAN", "DUR", "BAR", "PEA"])
        signed = date(cy, 6, 15) + timedelta(days=r.randrange(100))
        dfrom = max(date(cy, 9, 1) + timedelta(days=r.randrange(60)), signed + timedelta(days=7))
        dto = dfrom + timedelta(days=r.choice([60, 90, 120, 120, 330]))
        ct = q3(r.choice([50, 75, 100, 120, 150, 200]))
        ccy = EL_CCY[el]
        price = money(COM[com][4] * (0.76 if ccy == "USD" else 1) * r.uniform(0.95, 1.1))
        contracts.append([k, f"FC-{cy}-{k:04d}", m, el, com, ct, price, ccy, signed, dfrom, dto, "open"])

    no_delivery = set()
    if inst != 0:
        for dto in (date(2022, 7, 31), date(2022, 8, 1), date(2023, 7, 31), date(2023, 8, 1), date(2023, 3, 1)):
            k = len(contracts) + 1
            contracts.append([k, f"FC-{crop_year_of(dto)}-{k:04d}", 2 + inst, mem_home[2 + inst][0], "HRS", q3(60), money(300), EL_CCY[mem_home[2 + inst][0]],
                              dto - timedelta(days=150), dto - timedelta(days=60), dto, "open"])
        no_delivery.add(len(contracts))
        for sd_ in (date(2024, 8, 1), date(2025, 7, 31)):
            k = len(contracts) + 1
            contracts.append([k, f"FC-2024-{k:04d}", 3 + inst, mem_home[3 + inst][0], "CAN", q3(400), money(640), EL_CCY[mem_home[3 + inst][0]],
                              sd_, date(sd_.year, 9, 1) if sd_.month == 8 else date(2025, 9, 1), date(sd_.year, 12, 15) if sd_.month == 8 else date(2025, 12, 15), "open"])
            if sd_.year == 2025:
                no_delivery.add(k)
    # tickets -------------------------------------------------------------------------------------
    state = {"tid": 0, "sid": 0, "lid": 0, "seq": {}}
    live, arch, legacy, sett, asett, appeals = [], [], [], [], [], []
    archived_at = datetime(2023, 9, 15, 3, 0, tzinfo=UTC)
    delivered_on_contract = {}

    def season_day(cy):
        # harvest peak Aug-Nov
        while True:
            d = date(cy, 8, 1) + timedelta(days=r.randrange(365))
            w = 3.0 if d.month in (8, 9, 10, 11) else 1.0
            if r.random() < w / 3.0:
                return d

    def add_ticket(cy, el=None, m=None, com=None, grade=None, local=None, moisture=None, dock=None, net=None, voided=None,
                   contract=None, settle=True, settle_on=None, protein=None, reverse=None, plant=False, appeal=None):
        state["tid"] += 1
        tid = state["tid"]
        if local is None:
            d = season_day(cy)
            if d > LIVE_TO:
                d = LIVE_TO
            hh = r.choices(range(6, 24), [1, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 2, 2, 2, 1, 1])[0]
            local = datetime.combine(d, time(hh, r.randrange(60), r.randrange(60)))
        if m is None:
            while True:
                m = r.choices(mem_ids[:110], weights[:110])[0]
                if members[m - 1][5] <= local.date():
                    break
        if el is None:
            el = r.choice(mem_home[m]) if r.random() < 0.85 else r.choice([e for e in range(1, 10) if EL_COUNTRY[e] == EL_COUNTRY[mem_home[m][0]]])
        if contract:
            com = contracts[contract - 1][4]
        else:
            contract = None
        if com is None:
            com = r.choice(["HRS", "HRS", "HRS", "CAN", "CAN", "DUR", "BAR", "OAT", "PEA"])
        tz = ELEVATORS[el - 1][3]
        u = local_to_utc(local, tz)
        if grade is None:
            gl = [g for g in GRADES if g[1] == com]
            grade = r.choices(gl, [6, 3, 1.5, 0.7][:len(gl)])[0][0]
        if moisture is None:
            mx = COM[com][2]
            moisture = mx + _d(round(r.uniform(-3.0, 0.0), 1)) if r.random() < 0.85 else mx + _d(round(r.uniform(0.1, 3.5), 1))
        if dock is None:
            dock = _d(round(r.uniform(0.3, 4.5) if com != "CAN" else r.uniform(1.0, 8.0), 1))
        if protein is None:
            protein = _d(round(r.uniform(11.5, 15.5), 1)) if com in ("HRS", "DUR") else (_d(round(r.uniform(20, 25), 1)) if com == "PEA" else None)
        if inst != 0 and not plant and el == 6 and crop_year_of(local.date()) == 2023:
            moisture = min(moisture, COM[com][2])  # a dry harvest in southern Alberta: no tough grain at Lethbridge in 2023-24
        tare = r.randint(13000, 17500)
        if net is None:
            net = r.randint(18000, 38000)
        gross = tare + net
        key = (el, local.date())
        state["seq"][key] = state["seq"].get(key, 0) + 1
        tno = f"{ELEVATORS[el - 1][0]}-{local:%y%m%d}-{state['seq'][key]:03d}"
        binid = None if r.random() < 0.08 else r.choice(bin_of_el[el])
        if inst != 0 and el == 5 and crop_year_of(local.date()) == 2024:
            binid = None  # Dauphin's bins were closed for repair in 2024-25: everything went straight to rail
        if voided is None:
            voided = (u + timedelta(minutes=r.randint(5, 600))) if r.random() < 0.025 else None
        elif voided is False:
            voided = None
        row = (tid, tno, el, m, com, grade, gross, tare, dock, moisture, protein, u, local, binid, contract, voided)
        is_arch = local.date() < LIVE_FROM
        (arch if is_arch else live).append(row + ((archived_at,) if is_arch else ()))
        fgrade = grade
        if appeal is not None:
            appeals.append([None, tid, local.date() + timedelta(days=1), local.date() + timedelta(days=3), appeal])
            fgrade = appeal
        if not plant and r.random() < 0.03 and voided is None:
            gl = [g for g in GRADES if g[1] == com]
            newg = r.choice(gl)[0]
            dec = None if r.random() < 0.2 else local.date() + timedelta(days=r.randint(10, 40))
            appeals.append([None, tid, local.date() + timedelta(days=r.randint(1, 5)), dec, newg if dec else None])
            if dec:
                fgrade = newg
        clean = q3(Decimal(net) * (1 - dock / 100) / 1000)
        if contract:
            delivered_on_contract[contract] = delivered_on_contract.get(contract, Decimal(0)) + (clean if voided is None else 0)
        if voided is None and settle:
            cc = EL_COUNTRY[el]
            if contract:
                c = contracts[contract - 1]
                p = money(c[6] * GRADE[fgrade][4])
            else:
                p = price_on(cc, fgrade, local.date())
            sd = settle_on or (local.date() + timedelta(days=r.choice([2, 3, 5, 7, 10, 14, 21])))
            gross_amt = money(clean * p)
            over = moisture - COM[com][2]
            dry = money(clean * over * Decimal("4.50")) if over > 0 else Decimal("0.00")
            levy = money(gross_amt * Decimal("0.005"))
            target = asett if is_arch else sett
            do_rev = reverse if reverse is not None else r.random() < 0.03
            if sd > date(2025, 8, 1):
                return tid
            if do_rev and (plant or sd + timedelta(days=9) <= date(2025, 7, 31)):
                state["sid"] += 1
                wrong_p = money(p * Decimal("1.1"))   # the mis-keyed price; gross = clean_t x that price, as documented
                wrong = money(clean * wrong_p)
                target.append((state["sid"], tid, sd, EL_CCY[el], clean, wrong_p, wrong, dry, levy, wrong - dry - levy, "reversed")
                              + ((archived_at,) if is_arch else ()))
                sd = sd if plant else sd + timedelta(days=r.randint(3, 9))
            state["sid"] += 1
            target.append((state["sid"], tid, sd, EL_CCY[el], clean, p, gross_amt, dry, levy, gross_amt - dry - levy, "paid")
                          + ((archived_at,) if is_arch else ()))
        return tid

    n_per_year = {2021: 430, 2022: 430, 2023: 520, 2024: 520}
    for cy in (2021, 2022, 2023, 2024):
        for _ in range(n_per_year[cy] + r.randint(-40, 40)):
            add_ticket(cy, contract=0)
    for c in contracts:
        target = c[5] * _d(r.choice(["0.5", "0.8", "1.0", "1.02", "1.1", "1.2"]))
        got = Decimal(0)
        span = (min(c[10], LIVE_TO) - c[9]).days
        while got < target and span > 0 and c[0] not in no_delivery:
            loc = datetime.combine(c[9] + timedelta(days=r.randrange(span + 1)), time(r.randint(7, 21), r.randrange(60)))
            before = delivered_on_contract.get(c[0], Decimal(0))
            add_ticket(crop_year_of(loc.date()), el=c[3], m=c[2], local=loc, contract=c[0])
            got = delivered_on_contract.get(c[0], Decimal(0))
            if got == before:
                got += Decimal(1)  # voided delivery: still progress the loop
    # legacy 2020-21
    leg_mem = {m: f"{r.randint(10, 99)}-{m:05d}" for m in mem_ids[:n_members] if members[m - 1][5] < date(2020, 8, 1)}
    old_grades = {v: k for k, v in OLD_GRADE.items()}
    leg_no = 700000
    leg_members = sorted(leg_mem)
    for _ in range(380 + r.randint(-30, 30)):
        m = r.choice(leg_members)
        el = r.choice(mem_home[m])
        code = r.choice(OLD_EL_CODES[el])
        com = r.choice(["HRS", "HRS", "CAN", "CAN", "DUR", "BAR", "OAT", "PEA"])
        gl = [g for g in GRADES if g[1] == com]
        g = r.choices(gl, [6, 3, 1.5, 0.7][:len(gl)])[0][0]
        tare = r.randint(29000, 38000)
        net = r.randint(40000, 84000)
        d = season_day(2020)
        leg_no += r.randint(1, 3)
        legacy.append((leg_no, code, leg_mem[m], old_grades[g], tare + net, tare, _d(round(r.uniform(0.3, 4.5), 1)),
                       COM[com][2] + _d(round(r.uniform(-3.0, 1.0), 1)), d, time(r.randint(7, 21), r.randrange(60)),
                       "Y" if r.random() < 0.03 else "N"))

    if inst != 0:
        topm = max(mem_ids[:100], key=lambda m: (mem_w[m], -m))
        for k, (dd, hh) in enumerate(BOUNDARY_DAYS):
            for e in range(1, 10):
                loc = datetime.combine(dd, time(hh, 40 - 4 * e))
                big_el = e == 1
                so = loc.date() if loc.date() >= date(2025, 7, 30) else loc.date() + timedelta(days=2)
                m = topm if big_el else None
                if m is None:
                    m = r.choice([x for x in mem_ids[:100] if e in mem_home[x]] or [topm])
                add_ticket(crop_year_of(dd), el=e, m=m, com="CAN" if big_el else "HRS", grade="CAN-1" if big_el else "HRS-" + ("1" if k % 2 else "2"),
                           local=loc, moisture=Decimal("11.0") if big_el else (Decimal("14.0") if e == 6 and crop_year_of(dd) == 2023 else Decimal("15.0")), dock=Decimal("2.0"),
                           net=47000 + k * 10 if big_el else 20000 + 10 * k + e, voided=False, contract=0, settle_on=so,
                           reverse=big_el and dd in (date(2024, 10, 1), date(2024, 8, 1), date(2024, 7, 31), date(2025, 7, 30), date(2025, 7, 31), date(2025, 8, 1)),
                           appeal=("HRS-3" if e == 2 and dd in (date(2023, 8, 1), date(2024, 7, 31), date(2024, 8, 1)) else ("HRS-" + ("1" if k % 2 else "2") if e == 3 and dd == date(2023, 9, 1) else None)),
                           plant=True)
        _plant(r, inst, add_ticket, contracts, members, tier_hist, mem_ids, live, arch, legacy, leg_mem, old_grades, sett)

    # contract status
    for c in contracts:
        dl = delivered_on_contract.get(c[0], Decimal(0))
        c[11] = "open" if c[10] >= date(2025, 7, 31) else ("filled" if dl >= c[5] else "cancelled")
    out["members"] = [tuple(m) for m in members]
    out["member_tier_history"] = sorted(tier_hist)
    out["forward_contracts"] = [tuple(c) for c in contracts]
    out["delivery_tickets"] = sorted(live)
    out["archive_delivery_tickets"] = sorted(arch)
    ap = []
    for k, a in enumerate(sorted(appeals, key=lambda a: a[1])):
        ap.append((k + 1, a[1], a[2], a[3], a[4]))
    out["grade_appeals"] = ap
    out["settlements"] = sorted(sett)
    out["archive_settlements"] = sorted(asett)
    out["legacy_scale_tickets"] = sorted(legacy)
    out["legacy_elevator_code_map"] = sorted([(c, e, ("second scale house, merged 2019" if k else None)) for e, cs in OLD_EL_CODES.items() for k, c in enumerate(cs)]
                                             + ([("E108", 1, "old weigh scale, closed 2019")] if inst != 0 else []))
    out["legacy_member_map"] = sorted((v, k) for k, v in leg_mem.items())
    out["legacy_grade_map"] = sorted(OLD_GRADE.items())
    out["legacy_elevators"] = sorted([(c, ELEVATORS[e - 1][1] + (" East" if k else "")) for e, cs in OLD_EL_CODES.items() for k, c in enumerate(cs)]
                                     + ([("E108", "Rosetown old scale")] if inst != 0 else []))
    out["legacy_members"] = [(v, members[k - 1][2].upper(), None if r.random() < 0.3 else f"306-{r.randint(200, 999)}-{r.randint(1000, 9999)}") for k, v in sorted(leg_mem.items(), key=lambda kv: kv[1])][:30]

    # rail loadouts ---------------------------------------------------------------------------------
    rails = {(rw, cy): [] for rw in ("CN", "CPKC", "BNSF") for cy in (2023, 2024)}
    arch_rail = []
    dests = {"CN": ["Vancouver", "Prince Rupert", "Thunder Bay"], "CPKC": ["Vancouver", "Thunder Bay", "Saskatoon crusher"], "BNSF": ["Portland", "Duluth", "Kalama"]}
    marks = {"CN": "CNWX", "CPKC": "CPWX", "BNSF": "BNSF"}

    def add_load(el, local, grade=None, t=None, car=None):
        state["lid"] += 1
        rw = ELEVATORS[el - 1][4]
        tz = ELEVATORS[el - 1][3]
        u = local_to_utc(local, tz)
        g = grade or r.choice([g[0] for g in GRADES if g[3] <= 2])
        tt = t if t is not None else q3(r.uniform(88, 99.5))
        row = (state["lid"], car or f"{marks[rw]} {r.randint(100000, 999999)}", el, g, tt, u, local, r.choice(dests[rw]))
        cy = crop_year_of(local.date())
        if cy >= 2023:
            rails[(rw, cy)].append(row)
        else:
            arch_rail.append(row + (rw,))

    for cy in (2021, 2022, 2023, 2024):
        for _ in range(130 + r.randint(-15, 15)):
            el = r.randint(1, 9)
            d = date(cy, 8, 1) + timedelta(days=r.randrange(365))
            add_load(el, datetime.combine(d, time(r.randint(5, 23), r.randrange(60))))
    if inst != 0:
        # crop-year edge: sealed 2024-07-31 23:40 local (UTC 2024-08-01) and 2024-08-01 00:20 local (UTC 2024-08-01 05:20/06:20)
        add_load(1, datetime(2024, 7, 31, 23, 40), grade="HRS-1", t=Decimal("95.000"))
        add_load(7, datetime(2024, 8, 1, 0, 20), grade="CAN-1", t=Decimal("90.500"))
        add_load(4, datetime(2025, 7, 31, 22, 50), grade="HRS-2", t=Decimal("97.250"))
        add_load(9, datetime(2023, 7, 31, 21, 15), grade="DUR-1", t=Decimal("99.000"))
        add_load(3, datetime(2022, 8, 1, 0, 0), grade="HRS-2", t=Decimal("93.125"))
        add_load(7, datetime(2024, 7, 31, 20, 30), grade="HRS-1", t=Decimal("96.400"))   # Minot, UTC 2024-08-01 01:30: crop year 2023-24 by local date
        add_load(9, datetime(2025, 7, 31, 10, 0), grade="DUR-1", t=Decimal("94.800"))    # Havre, last day of crop year 2024-25
        add_load(6, datetime(2022, 7, 31, 23, 59), grade="HRS-2", t=Decimal("92.500"))
        add_load(2, datetime(2023, 9, 12, 10, 0), grade="HRS-1", t=Decimal("99.900"), car="CNWX 100777")
        add_load(5, datetime(2024, 3, 12, 10, 0), grade="HRS-1", t=Decimal("99.900"), car="CNWX 100777")
        add_load(8, datetime(2024, 2, 12, 10, 0), grade="HRS-1", t=Decimal("99.900"), car="BNSF 100001")
    for (rw, cy), rows in rails.items():
        out[f"rail_loadouts_{rw.lower()}_{cy}"] = sorted(rows)
    out["archive_rail_loadouts"] = sorted(arch_rail)

    _decoys(r, out, rates)
    _generic(r, out)
    return out


def _plant(r, inst, add_ticket, contracts, members, tier_hist, mem_ids, live, arch, legacy, leg_mem, old_grades, sett):
    """Boundary rows for instances 1..3 (see README.md)."""
    def P(*a, **k):
        k.setdefault("voided", False)
        k.setdefault("plant", True)
        k.setdefault("reverse", False)
        return add_ticket(*a, **k)

    big = 1 + (inst * 7) % 20  # a member id that exists
    # archive/live cut-over at Rosetown (Regina, UTC-6): local 2023-07-31 22:30 (archive) = UTC 2023-08-01 04:30
    P(2022, el=1, m=big, com="HRS", grade="HRS-1", local=datetime(2023, 7, 31, 22, 30), net=30000, dock=Decimal("1.0"),
               moisture=Decimal("13.0"), contract=None, settle_on=date(2023, 8, 5))
    P(2023, el=1, m=big, com="HRS", grade="HRS-1", local=datetime(2023, 8, 1, 6, 5), net=31000, dock=Decimal("1.0"),
               moisture=Decimal("13.0"), contract=None, settle_on=date(2023, 8, 5))
    # crop-year edge in live: local 2024-07-31 19:10 at Brandon (CDT UTC-5) = UTC 2024-08-01 00:10 ; and local 2025-07-31 23:30 Havre
    P(2023, el=4, m=big, com="CAN", grade="CAN-1", local=datetime(2024, 7, 31, 19, 10), net=25000, dock=Decimal("5.0"),
               moisture=Decimal("10.0"), contract=None)
    P(2024, el=9, com="CAN", grade="CAN-1", local=datetime(2025, 7, 31, 23, 30), net=26000, dock=Decimal("5.0"),
               moisture=Decimal("10.1"), contract=None, settle_on=date(2025, 8, 1))
    # moisture exactly at the dry max and 0.1 above; a voided tough ticket
    P(2024, el=2, com="HRS", grade="HRS-2", local=datetime(2024, 9, 10, 14, 0), moisture=Decimal("14.5"), contract=None)
    P(2024, el=2, com="HRS", grade="HRS-2", local=datetime(2024, 9, 10, 15, 0), moisture=Decimal("14.6"), contract=None)
    P(2024, el=2, com="HRS", grade="HRS-2", local=datetime(2024, 9, 10, 16, 0), moisture=Decimal("17.0"), contract=None,
               voided=datetime(2024, 9, 10, 23, 0, tzinfo=UTC))
    # FX edges: settlements on a Saturday, on Canada Day 2024 (Monday) and on 2024-12-26 (US elevator -> USD)
    P(2024, el=7, com="HRS", grade="HRS-1", local=datetime(2024, 9, 2, 9, 0), contract=None, settle_on=date(2024, 9, 7))
    P(2023, el=8, com="CAN", grade="CAN-1", local=datetime(2024, 6, 20, 9, 0), contract=None, settle_on=date(2024, 7, 1))
    P(2024, el=9, com="DUR", grade="DUR-1", local=datetime(2024, 12, 18, 9, 0), contract=None, settle_on=date(2024, 12, 26))
    # price change day: spot deliveries on 2024-10-31 and 2024-11-01 local (price break 2024-11-01), late evening
    P(2024, el=3, com="HRS", grade="HRS-1", local=datetime(2024, 10, 31, 21, 30), contract=None)
    P(2024, el=3, com="HRS", grade="HRS-1", local=datetime(2024, 11, 1, 6, 30), contract=None)
    # a member's tier changes on a delivery day
    m2 = 2 + inst
    th = [h for h in tier_hist if h[0] == m2]
    last = th[-1]
    cd = date(2024, 10, 15)
    if last[2] < cd:
        tier_hist.remove(last)
        newt = "GOLD" if last[1] != "GOLD" else "SILVER"
        tier_hist.append((m2, last[1], last[2], cd))
        tier_hist.append((m2, newt, cd, None))
        members[m2 - 1][6] = newt
    P(2024, el=4, m=m2, local=datetime(2024, 10, 14, 20, 0), contract=0)
    P(2024, el=4, m=m2, local=datetime(2024, 10, 15, 8, 0), contract=0)
    P(2024, el=7, com="CAN", grade="CAN-1", local=datetime(2024, 9, 20, 9, 0), contract=0, settle_on=date(2024, 9, 30))
    P(2024, el=7, com="CAN", grade="CAN-1", local=datetime(2024, 9, 20, 10, 0), contract=0, settle_on=date(2024, 10, 1))
    P(2024, el=7, com="CAN", grade="CAN-1", local=datetime(2024, 8, 20, 10, 0), contract=0, settle_on=date(2024, 8, 31))
    P(2024, el=7, com="CAN", grade="CAN-1", local=datetime(2024, 8, 21, 10, 0), contract=0, settle_on=date(2024, 9, 1))
    # voided big ticket of the biggest member in 2024-25
    P(2024, el=None, m=big, net=39000, local=datetime(2024, 8, 20, 10, 0), contract=None,
               voided=datetime(2024, 8, 20, 18, 0, tzinfo=UTC))
    # local evening boundary at Havre (MDT, UTC-6): 17:59:59 and 18:00:00 local
    P(2024, el=9, com="HRS", grade="HRS-1", local=datetime(2024, 9, 3, 17, 59, 59), contract=0)
    P(2024, el=9, com="HRS", grade="HRS-1", local=datetime(2024, 9, 3, 18, 0, 0), contract=0)
    P(2024, el=9, com="HRS", grade="HRS-1", local=datetime(2024, 8, 1, 19, 0), contract=0)
    P(2023, el=1, m=111, com="HRS", grade="HRS-1", local=datetime(2024, 7, 31, 12, 0), contract=0)
    P(2024, el=1, m=112, com="HRS", grade="HRS-1", local=datetime(2025, 7, 31, 12, 0), contract=0)
    P(2024, el=1, m=113, com="HRS", grade="HRS-1", local=datetime(2025, 8, 1, 0, 10), contract=0)
    P(2024, el=1, m=116, com="HRS", grade="HRS-1", local=datetime(2024, 8, 1, 12, 0), contract=0)
    for _ in range(2):  # two identical big canola loads paid the same day: a tie in the largest payments
        P(2024, el=1, m=big, com="CAN", grade="CAN-1", local=datetime(2024, 10, 10, 11, 0), net=48500, dock=Decimal("1.0"), moisture=Decimal("8.5"),
          contract=0, settle_on=date(2024, 10, 14))
    P(2023, el=2, com="HRS", grade="HRS-1", local=datetime(2023, 11, 5, 10, 0), contract=0, appeal="HRS-2",
      voided=datetime(2023, 11, 20, 16, 0, tzinfo=UTC))  # appealed, then voided (wrong member)
    # reversed settlement
    P(2024, el=5, com="BAR", grade="BAR-1", local=datetime(2025, 2, 3, 11, 0), contract=None, reverse=True)
    # legacy: voided ticket on second Brandon code and a Minot second-code ticket
    lm = sorted(leg_mem)[0]
    legacy.append((799001, "E409", leg_mem[lm], old_grades["HRS-1"], 80000, 30000, Decimal("2.0"), Decimal("13.0"), date(2020, 9, 15), time(10, 0), "N"))
    legacy.append((799002, "E409", leg_mem[lm], old_grades["HRS-1"], 81000, 30000, Decimal("2.0"), Decimal("13.0"), date(2020, 9, 16), time(10, 0), "Y"))
    for k, (dd, vf) in enumerate(((date(2019, 8, 1), "N"), (date(2020, 7, 31), "N"), (date(2020, 8, 1), "N"), (date(2020, 8, 2), "N"),
                                  (date(2021, 7, 30), "N"), (date(2021, 7, 31), "N"), (date(2020, 7, 31), "Y"), (date(2021, 7, 31), "Y"))):
        for j, code in enumerate(("E401", "E409", "E101", "N301")):
            legacy.append((799100 + 10 * k + j, code, leg_mem[sorted(leg_mem)[(k + j) % len(leg_mem)]], old_grades["HRS-2"], 70000 + 100 * k + j, 30000,
                           Decimal("1.5"), Decimal("15.0"), dd, time(9 + j, 15), vf))
    legacy.append((799003, "N305", leg_mem[lm], old_grades["CAN-1"], 70000, 32000, Decimal("4.0"), Decimal("9.0"), date(2021, 7, 31), time(20, 0), "N"))


def _decoys(r, out, rates):
    ref = datetime(2025, 3, 1, 4, 0, tzinfo=UTC)
    el_code = {e[0]: e[1] for e in out["elevators"]}
    mno = {m[0]: m[1] for m in out["members"]}
    live = out["delivery_tickets"]
    agg = {}
    for t in live:
        cy = crop_year_of(t[11].date())
        k = (el_code[t[2]], cy)
        agg[k] = agg.get(k, Decimal(0)) + q3(Decimal(t[6] - t[7]) * (1 - t[8] / 100) / 1000)
    out["rpt_deliveries_by_crop_year"] = [(a, b, v, ref) for (a, b), v in sorted(agg.items())]
    ms = {}
    tk = {t[0]: t for t in live}
    for s in out["settlements"]:
        t = tk[s[1]]
        k = (mno[t[3]], crop_year_of(t[12].date()))
        ms[k] = ms.get(k, Decimal(0)) + s[9] * rate_on(rates, date(2025, 2, 28), s[3])
    out["rpt_member_settlements"] = [(a, b, money(v), ref) for (a, b), v in sorted(ms.items())]
    top = {}
    for t in live:
        if t[11].year == 2024:
            top[t[3]] = top.get(t[3], Decimal(0)) + q3(Decimal(t[6] - t[7]) * (1 - t[8] / 100) / 1000)
    out["rpt_top_deliverers"] = [(i + 1, mno[m], v) for i, (m, v) in enumerate(sorted(top.items(), key=lambda kv: (-kv[1], kv[0]))[:20])]
    out["rpt_bin_inventory"] = [(b[0], _d(round(float(b[3]) * r.uniform(0.1, 0.95), 1)), datetime(2025, 6, 30, 12, tzinfo=UTC)) for b in out["storage_bins"]]
    rr = {}
    for row in out["rail_loadouts_cn_2024"]:
        if row[6].date() <= date(2025, 4, 30):
            k = (row[6].date().replace(day=1), el_code[row[2]])
            rr[k] = rr.get(k, Decimal(0)) + row[4]
    out["rpt_rail_shipments"] = [(a, b, v) for (a, b), v in sorted(rr.items())]
    gm = {}
    l24 = [t for t in live if crop_year_of(t[12].date()) == 2024]
    for t in l24:
        gm[t[5]] = gm.get(t[5], 0) + 1
    out["rpt_grade_mix"] = [(g, money(Decimal(100) * n / len(l24))) for g, n in sorted(gm.items())]
    out["rpt_contract_fill"] = [(c[1], q3(r.uniform(10, 400)), money(r.uniform(5, 100))) for c in out["forward_contracts"] if c[11] == "open"][:30]
    fxm = {}
    for d, c, v in out["fx_rates"]:
        fxm.setdefault((d.replace(day=1), c), []).append(v)
    out["rpt_fx_monthly_avg"] = [(m, c, (sum(vs) / len(vs)).quantize(Decimal("0.000001"))) for (m, c), vs in sorted(fxm.items())]
    mo = {}
    for t in live:
        if crop_year_of(t[12].date()) == 2023:
            mo.setdefault(t[4], []).append(t)
    out["rpt_moisture_summary"] = [(c, money(sum(t[9] for t in ts) / len(ts)), sum(1 for t in ts if t[9] > COM[c][2])) for c, ts in sorted(mo.items())]
    out["v_current_prices"] = [(p[1], p[2], p[3]) for p in out["grade_price_schedule"] if p[6] is None]
    out["v_member_current_tier"] = [(m[1], m[6]) for m in out["members"]]
    out["v_fx_latest"] = [(c, rates[(date(2025, 7, 31), c)]) for c in ("EUR", "USD")]
    out["v_active_contracts"] = [(c[1], mno[c[2]], c[5]) for c in out["forward_contracts"] if c[9] <= date(2025, 5, 1) <= c[10] or c[11] == "open"][:30]
    out["v_tickets_2024"] = [(t[1], mno[t[3]], t[5], q3(Decimal(t[6] - t[7]) * (1 - t[8] / 100) / 1000)) for t in live
                             if t[11].year == 2024 and t[11].date() < date(2024, 12, 1) and t[15] is None][:30]
    out["v_elevator_directory"] = [(e[1], f"{e[2]} Elevator", f"1-800-555-{1000 + e[0]}") for e in out["elevators"]]
    # staging
    out["staging_delivery_tickets"] = [(1 + i // 10, t[1], el_code[t[2]], mno[t[3]], r.choice([t[5], t[5].lower(), "1CW"]), str(t[6] - t[7]), t[12].isoformat())
                                       for i, t in enumerate(r.sample(live, 30))]
    out["staging_settlements"] = [(1, f"TK{s[1]}", str(s[9]), r.choice([s[3], s[3].lower()])) for s in r.sample(out["settlements"], 25)]
    out["staging_fx_rates"] = [(datetime.combine(d, time(h), UTC), c, (v * _d(round(r.uniform(0.99, 1.01), 3))).quantize(Decimal("0.000001")))
                               for (d, c, v) in r.sample(out["fx_rates"], 15) for h in (14, 20)]
    out["staging_rail_loadouts"] = [(f"CNWX {r.randint(100000, 999999)}", r.choice(list(el_code.values())), date(2025, 7, 1) + timedelta(days=r.randrange(40)), str(r.randint(85, 100))) for _ in range(20)]
    out["staging_members"] = [(i + 1, f"{r.choice(LAST)} {r.choice(FARM_SUFFIX)}", r.choice(["Sask", "SK", "Manitoba", "N. Dakota"]), datetime(2025, 7, 1, tzinfo=UTC) + timedelta(hours=r.randrange(700))) for i in range(12)]
    out["staging_grade_prices"] = [(1, p[1], str(p[2] + 5), "Aug 1") for p in out["v_current_prices"][:20]]
    out["staging_contracts"] = [(i + 1, f"M{r.randint(1, 110):04d}", r.choice(["HRS", "CAN"]), q3(r.choice([100, 200])), money(r.uniform(300, 700))) for i in range(10)]
    out["audit_delivery_tickets"] = [(i + 1, t[0], t[11] + timedelta(hours=r.randint(1, 48)), r.choice(["tare_kg", "grade_code", "member_id"]), "x", "y") for i, t in enumerate(r.sample(live, 30))]
    out["audit_settlements"] = [(i + 1, s[0], datetime.combine(s[2], time(12), UTC), s[10]) for i, s in enumerate(r.sample(out["settlements"], 30))]
    out["audit_price_changes"] = [(i + 1, p[0], datetime.combine(p[5], time(6), UTC) - timedelta(days=1), r.choice(["pricing", "gm_brandon", "gm_minot"])) for i, p in enumerate(out["grade_price_schedule"][:30])]
    out["etl_job_runs"] = [(i + 1, j, datetime(2023, 9, 15, tzinfo=UTC) + timedelta(days=30 * i), r.choice(["ok", "ok", "failed"])) for i, j in enumerate(["archive", "rpt_refresh", "fx_load", "stage_load"] * 5)]
    out["report_refresh_log"] = [("rpt_deliveries_by_crop_year", ref, len(out["rpt_deliveries_by_crop_year"])), ("rpt_member_settlements", ref, len(out["rpt_member_settlements"])),
                                 ("rpt_grade_mix", datetime(2025, 5, 1, 4, tzinfo=UTC), len(out["rpt_grade_mix"])), ("rpt_contract_fill", datetime(2025, 6, 1, 4, tzinfo=UTC), len(out["rpt_contract_fill"])),
                                 ("v_tickets_2024", datetime(2024, 12, 1, 4, tzinfo=UTC), len(out["v_tickets_2024"]))]
    out["bin_commodity_plan"] = [(b[0], cy, r.choice(["HRS", "CAN", "DUR", "BAR"])) for b in out["storage_bins"][:15] for cy in (2024, 2025)]
    out["levy_rate_history"] = [(reg, c, _d(v), date(2020, 8, 1), None) for reg in ("SK", "MB", "AB", "ND", "MT") for c, v in (("HRS", "0.50"), ("CAN", "0.50"))]
    out["drying_rate_history"] = [(e, _d("4.50"), date(2020, 8, 1), None) for e in range(1, 10)]


def _generic(r, out):
    nmem = len(out["members"])
    for name, _c, n, cols in GENERIC:
        rows = []
        for i in range(1, n + 1):
            row = []
            for cn, ct, k in cols:
                if k == "id":
                    v = i
                elif k == "member":
                    v = r.randint(1, nmem)
                elif k == "date":
                    v = date(2021, 8, 1) + timedelta(days=r.randrange(1400))
                elif k == "word":
                    v = r.choice(["Prairie", "Coteau", "Aspen", "Wheatland", "Qu'Appelle", "Souris", "Assiniboine", "Milk River"]) + f" {r.randint(1, 99)}"
                elif k == "money":
                    v = money(r.uniform(20, 9000))
                elif k == "ts":
                    v = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(seconds=r.randrange(3 * 365 * 86400))
                elif k == "lts":
                    v = datetime(2022, 1, 1) + timedelta(seconds=r.randrange(3 * 365 * 86400))
                elif k == "meas":
                    v = _d(round(r.uniform(1, 99), 1))
                elif k == "small":
                    v = r.randint(1, 30)
                elif k == "code":
                    v = f"{r.choice('ABCDEFGHJK')}{r.randint(1000, 9999)}"
                elif k == "name":
                    v = f"{r.choice(FIRST)} {r.choice(LAST)}"
                elif k == "elevator":
                    v = r.randint(1, 9)
                elif k == "year":
                    v = r.choice([2022, 2023, 2024, 2025])
                elif k == "bool":
                    v = r.random() < 0.85
                elif k == "country":
                    v = r.choice(["CA", "US", "JP", "CN", "MX", "IT"])
                elif k == "ccy":
                    v = r.choice(["CAD", "USD", "EUR"])
                elif k == "int":
                    v = r.randint(200, 450)
                else:
                    raise ValueError(k)
                row.append(v)
            rows.append(tuple(row))
        out[name] = rows


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, len(d), sum(len(v) for v in d.values()), {k: len(d[k]) for k in ("delivery_tickets", "archive_delivery_tickets", "settlements", "archive_settlements", "legacy_scale_tickets", "fx_rates")})
