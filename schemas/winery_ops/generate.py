"""Seeded data generator for the winery_ops database (hard split, schema-scale design).

A wine estate group with four wineries (Douro/Portugal, Stellenbosch/South Africa, Marlborough/New
Zealand, Colchagua/Chile): vineyard blocks with variety and ownership history, harvest weigh tags,
tanks, barrels, lots and lot lineage, bottling, bonded-warehouse (excise) movements per country,
export orders and invoices in EUR/ZAR/NZD/CLP/USD with a daily FX table, a July-June fiscal year,
local wall-clock times next to UTC, price lists with valid_from/valid_to, soft-deleted orders, a
legacy cellar system with old codes and code maps, archived older records, staging tables, stale
report tables, snapshots and side systems.

TABLES holds every table's DDL spec; schema.sql is written from it by
bench/hard/winery_ops/build_schema.py.  generate(seed) returns rows for every table in TABLES
order.  Stdlib only, deterministic for a seed, no wall clock.  Instances 1..3 get planted boundary
rows (_plant, see README.md).
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

SEEDS = [20240917, 771, 31415, 909090]
UTC = timezone.utc
EXTRACT = datetime(2025, 7, 1, tzinfo=UTC)
ARCHIVE_ORDER_CUTOFF = datetime(2023, 7, 1, tzinfo=UTC)   # orders before this are in archive_*
ORD0, ORD1 = date(2022, 7, 1), date(2025, 6, 30)
FX0, FX1 = date(2022, 7, 1), date(2025, 6, 30)
CENT = Decimal("0.01")

TABLES: list[dict] = []


def T(name, comment, cols, constraints=()):
    TABLES.append({"name": name, "comment": comment, "cols": cols, "constraints": list(constraints)})


C = lambda n, t, c: (n, t, c)  # noqa: E731


def D(x) -> Decimal:
    return Decimal(str(x))


def money(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q3(x) -> Decimal:
    return D(x).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------- reference data
# winery_id: code, name, region, country, tz, local currency, short code, harvest window (month, day) .. (month, day)
WINERIES = [
    ("PT-DOU", "Quinta do Vale Escuro", "Douro, Cima Corgo", "PT", "Europe/Lisbon", "EUR", "DOU", (9, 1), (10, 20)),
    ("ZA-STB", "Klipkop Estate", "Stellenbosch, Simonsberg", "ZA", "Africa/Johannesburg", "ZAR", "STB", (1, 25), (3, 31)),
    ("NZ-MBO", "Awatere Ridge", "Marlborough, Awatere Valley", "NZ", "Pacific/Auckland", "NZD", "MBO", (3, 5), (5, 5)),
    ("CL-COL", "Viña Los Quillayes", "Colchagua, Apalta", "CL", "America/Santiago", "CLP", "COL", (2, 20), (5, 10)),
]
TZ = {i + 1: ZoneInfo(w[4]) for i, w in enumerate(WINERIES)}
# variety_code, name, colour, base brix
VARIETIES = [("TN", "Touriga Nacional", "red", 24.5), ("TF", "Touriga Franca", "red", 24.0), ("TR", "Tinta Roriz", "red", 23.8),
             ("RB", "Rabigato", "white", 21.5), ("CB", "Chenin Blanc", "white", 22.0), ("PG", "Pinotage", "red", 24.8),
             ("SY", "Syrah", "red", 25.2), ("CS", "Cabernet Sauvignon", "red", 24.6), ("SB", "Sauvignon Blanc", "white", 21.2),
             ("PN", "Pinot Noir", "red", 23.4), ("CH", "Chardonnay", "white", 22.6), ("CM", "Carmenère", "red", 24.9)]
VCOL = {v[0]: v[2] for v in VARIETIES}
VBRIX = {v[0]: v[3] for v in VARIETIES}
# per winery: block varieties (8 blocks)
BLOCK_VARS = {1: ["TN", "TN", "TF", "TF", "TR", "RB", "TN", "TR"], 2: ["CB", "CB", "PG", "SY", "CS", "PG", "CB", "SY"],
              3: ["SB", "SB", "SB", "PN", "PN", "CH", "SB", "PN"], 4: ["CM", "CM", "CS", "SY", "CS", "CM", "SY", "CH"]}
# regrafts (block index 1-based within winery -> (new variety, date)); identical on every instance
REGRAFTS = {(2, 4): ("CB", date(2023, 7, 15)), (3, 2): ("PN", date(2024, 6, 1)), (4, 8): ("SY", date(2022, 9, 1)),
            (1, 8): ("TN", date(2024, 1, 10))}
OLD_BLOCK_PREFIX = {1: "DV", 2: "KK", 3: "AW", 4: "LQ"}
DOUBLE_OLD = {(3, 3): "AW03N", (2, 2): "KK02X"}   # blocks with a second old code
COUNTRIES = [("PT", "Portugal"), ("ZA", "South Africa"), ("NZ", "New Zealand"), ("CL", "Chile"), ("GB", "United Kingdom"),
             ("US", "United States"), ("DE", "Germany"), ("NL", "Netherlands"), ("BE", "Belgium"), ("JP", "Japan"),
             ("CN", "China"), ("BR", "Brazil"), ("CA", "Canada"), ("SE", "Sweden"), ("AU", "Australia"), ("DK", "Denmark")]
CURRENCIES = [("EUR", "Euro"), ("ZAR", "South African rand"), ("NZD", "New Zealand dollar"), ("CLP", "Chilean peso"),
              ("USD", "US dollar")]
FX_BASE = {"ZAR": 0.0505, "NZD": 0.565, "CLP": 0.00102, "USD": 0.925}
CUST_CCY = {"PT": "EUR", "ZA": "ZAR", "NZ": "NZD", "CL": "CLP", "GB": "EUR", "US": "USD", "DE": "EUR", "NL": "EUR",
            "BE": "EUR", "JP": "USD", "CN": "USD", "BR": "USD", "CA": "USD", "SE": "EUR", "AU": "NZD", "DK": "EUR"}
CUSTOMERS = [("Adega Lusitana Distribuição", "PT", "distributor"), ("Garrafeira Nacional do Porto", "PT", "retail_chain"),
             ("Cape Cellars Wholesale (Pty) Ltd", "ZA", "distributor"), ("Vineyard Direct SA", "ZA", "retail_chain"),
             ("Kiwi Cellar Merchants", "NZ", "distributor"), ("Te Awa Wine Co.", "NZ", "retail_chain"),
             ("Distribuidora Andes Ltda", "CL", "distributor"), ("O'Hara & Finch Wine Merchants", "GB", "importer"),
             ("Thames Vintners Ltd", "GB", "importer"), ("Hudson Valley Imports LLC", "US", "importer"),
             ("Pacific Coast Wine Partners", "US", "importer"), ("Lone Star Beverage Co.", "US", "distributor"),
             ("Weinhandel Müller GmbH", "DE", "importer"), ("Rheingold Getränke KG", "DE", "retail_chain"),
             ("Wijnkoperij De Gouden Druif", "NL", "importer"), ("Vins Dubois & Fils", "BE", "importer"),
             ("Tokyo Grand Cru K.K.", "JP", "importer"), ("Shanghai Red Lantern Trading", "CN", "importer"),
             ("Vinhos do Sul Importadora", "BR", "importer"), ("Maple Leaf Cellars Inc.", "CA", "importer"),
             ("Systembolaget-leverantör Nordvin AB", "SE", "importer"), ("Harbour Bridge Liquor Pty", "AU", "importer"),
             ("Vinhuset Østerbro ApS", "DK", "importer"), ("Lisbon Duty Free Lda", "PT", "retail_chain"),
             ("Santiago Gourmet SpA", "CL", "retail_chain"), ("Chicago Fine Wines Inc.", "US", "retail_chain")]
EXTRA_CUSTOMERS = [("Brooklyn Cork & Vine LLC", "US", "importer")]   # instance 1 only (planted: one small order)
SKUS = [("QVE-TN", 1, "Vale Escuro Touriga Nacional", "red", "TN"), ("QVE-RSV", 1, "Vale Escuro Reserva", "red", None),
        ("QVE-BR", 1, "Vale Escuro Branco", "white", "RB"), ("QVE-TF", 1, "Vale Escuro Touriga Franca", "red", "TF"),
        ("KLP-CHE", 2, "Klipkop Chenin Blanc", "white", "CB"), ("KLP-PTG", 2, "Klipkop Pinotage", "red", "PG"),
        ("KLP-SYR", 2, "Klipkop Syrah", "red", "SY"), ("KLP-CAP", 2, "Klipkop Cape Blend", "red", None),
        ("AWR-SAB", 3, "Awatere Ridge Sauvignon Blanc", "white", "SB"), ("AWR-PNO", 3, "Awatere Ridge Pinot Noir", "red", "PN"),
        ("AWR-CHA", 3, "Awatere Ridge Chardonnay", "white", "CH"), ("AWR-RES", 3, "Awatere Ridge Reserve Blend", "red", None),
        ("LQY-CAR", 4, "Los Quillayes Carmenère", "red", "CM"), ("LQY-CAB", 4, "Los Quillayes Cabernet Sauvignon", "red", "CS"),
        ("LQY-SYR", 4, "Los Quillayes Syrah", "red", "SY"), ("LQY-GRV", 4, "Los Quillayes Gran Reserva", "red", None)]
BASE_PRICE_EUR = {"QVE-TN": 96, "QVE-RSV": 180, "QVE-BR": 66, "QVE-TF": 84, "KLP-CHE": 54, "KLP-PTG": 60, "KLP-SYR": 72,
                  "KLP-CAP": 108, "AWR-SAB": 78, "AWR-PNO": 132, "AWR-CHA": 90, "AWR-RES": 150, "LQY-CAR": 57,
                  "LQY-CAB": 63, "LQY-SYR": 69, "LQY-GRV": 126}
PRICE_BREAKS = [date(2022, 1, 1), date(2023, 7, 1), date(2024, 7, 1), date(2025, 1, 1)]
GROWERS = [("Quinta do Vale Escuro S.A. (estate)", "PT", "estate"), ("Klipkop Estate (Pty) Ltd (estate)", "ZA", "estate"),
           ("Awatere Ridge Ltd (estate)", "NZ", "estate"), ("Viña Los Quillayes SpA (estate)", "CL", "estate"),
           ("Sociedade Agrícola da Cumieira", "PT", "contract"), ("Família Guedes & Filhos", "PT", "contract"),
           ("Jan du Toit Boerdery", "ZA", "contract"), ("Van der Merwe Family Trust", "ZA", "contract"),
           ("O'Connell Vineyards Ltd", "NZ", "contract"), ("Te Whānau Grapes", "NZ", "contract"),
           ("Agrícola Santa Rosa Ltda", "CL", "contract"), ("Hermanos Muñoz y Cía", "CL", "contract")]
REJECT_REASONS = [("MOG", "Material other than grapes above 3 %"), ("ROT", "Botrytis / sour rot above limit"),
                  ("BRIX", "Sugar below the contract minimum"), ("TEMP", "Fruit temperature above 25 °C on arrival")]
EXCISE = {"PT": [(date(2022, 1, 1), date(2024, 1, 1), "0.0000"), (date(2024, 1, 1), None, "0.0000")],
          "ZA": [(date(2022, 4, 1), date(2023, 4, 1), "4.9600"), (date(2023, 4, 1), date(2024, 4, 1), "5.1800"),
                 (date(2024, 4, 1), date(2025, 4, 1), "5.4200"), (date(2025, 4, 1), None, "5.6900")],
          "NZ": [(date(2022, 7, 1), date(2023, 7, 1), "3.4000"), (date(2023, 7, 1), date(2024, 7, 1), "3.6100"),
                 (date(2024, 7, 1), None, "3.7700")],
          "CL": [(date(2022, 1, 1), None, "0.0000")]}
EXCISE_CCY = {"PT": "EUR", "ZA": "ZAR", "NZ": "NZD", "CL": "CLP"}
PART = {1: "pt", 2: "za", 3: "nz", 4: "cl"}
# planted (instances 1..3): (instance, country) -> first shipping day from which the customers of that country took no
# delivery (their orders shipped from that day on went to a foreign customer of the same winery, see _home_substitutes), and
# the country's winery released nothing duty-paid in fiscal 2025 (h014: a country with 0 litres; h018: on instance 2 CLP has
# one small 2024 invoice, the _plant_small order, which is not moved)
HOME_PAUSE = {(1, "PT"): date(2024, 7, 1), (1, "NZ"): date(2024, 7, 1), (2, "CL"): date(2024, 1, 1), (3, "ZA"): date(2024, 7, 1)}
FY2025 = (datetime(2024, 7, 1, tzinfo=UTC), datetime(2025, 7, 1, tzinfo=UTC))

# =================================================================================== DDL spec
T("countries", "Lookup: ISO 3166-1 alpha-2 countries of wineries, growers and customers.", [
    C("country_code", "char(2) PRIMARY KEY", "ISO 3166-1 alpha-2 code, e.g. 'PT', 'ZA', 'NZ', 'CL', 'US'."),
    C("name", "text NOT NULL", "English country name.")])
T("currencies", "Lookup: currencies of orders, invoices, price lists and excise. Amounts are converted to EUR with fx_rates (the only authoritative rate table).", [
    C("currency_code", "char(3) PRIMARY KEY", "ISO 4217 code: 'EUR', 'ZAR', 'NZD', 'CLP', 'USD'."),
    C("name", "text NOT NULL", "Currency name.")])
T("fx_rates", "AUTHORITATIVE daily exchange rates to EUR, one row per calendar day (weekends included, no gaps) and non-EUR currency ('ZAR', 'NZD', 'CLP', 'USD') from 2022-07-01 to 2025-06-30. EUR itself has NO rows: an amount in EUR is already in EUR (rate 1). To convert an amount in currency X dated day D, multiply by eur_per_unit of (D, X). staging_fx_rates, v_fx_latest and rpt_fx_monthly_avg must not be used for conversions.", [
    C("rate_date", "date NOT NULL", "Calendar day the rate applies to."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency converted: 'ZAR', 'NZD', 'CLP' or 'USD' (never 'EUR')."),
    C("eur_per_unit", "numeric(14,8) NOT NULL", "Euros per one unit of the currency on that day.")], ["PRIMARY KEY (rate_date, currency_code)"])
T("fiscal_periods", "AUTHORITATIVE fiscal calendar of the group. The fiscal year runs 1 July to 30 June and is named after the calendar year in which it ENDS: fiscal year 2025 = 2024-07-01 .. 2025-06-30. One row per fiscal month. Rows cover fiscal years 2023 to 2026. Note that a vintage (harvest year) is not a fiscal year: a southern-hemisphere vintage 2024 is harvested in fiscal 2024, the Douro vintage 2024 (September) in fiscal 2025.", [
    C("fiscal_year", "integer NOT NULL", "Fiscal year, named after the calendar year in which it ends."),
    C("fiscal_month", "integer NOT NULL", "Month of the fiscal year 1..12 (1 = July, 12 = June)."),
    C("fiscal_quarter", "integer NOT NULL", "Quarter 1..4 (Q1 = July-September)."),
    C("period_start", "date NOT NULL", "First day of the month (inclusive)."),
    C("period_end", "date NOT NULL", "Last day of the month (inclusive).")], ["PRIMARY KEY (fiscal_year, fiscal_month)"])
T("wineries", "AUTHORITATIVE wineries (cellars) of the group, one per country. Local wall-clock columns elsewhere are in the winery's time zone.", [
    C("winery_id", "integer PRIMARY KEY", "Surrogate key."),
    C("winery_code", "text NOT NULL UNIQUE CHECK (winery_code IN ('CL-COL', 'NZ-MBO', 'PT-DOU', 'ZA-STB'))", "Code '<country>-<area>': 'PT-DOU', 'ZA-STB', 'NZ-MBO', 'CL-COL'."),
    C("name", "text NOT NULL", "Trading name of the winery."), C("wine_region", "text NOT NULL", "Wine region and sub-region."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of the winery (also decides its bonded-warehouse table bond_movements_<pt|za|nz|cl>)."),
    C("tz_name", "text NOT NULL", "IANA time zone of the winery ('Europe/Lisbon', 'Africa/Johannesburg', 'Pacific/Auckland', 'America/Santiago')."),
    C("local_currency", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of the winery's country.")])
T("grape_varieties", "Lookup of grape varieties.", [
    C("variety_code", "text PRIMARY KEY", "Short code, e.g. 'TN' Touriga Nacional, 'SB' Sauvignon Blanc, 'CM' Carmenère."),
    C("name", "text NOT NULL", "Variety name."), C("colour", "text NOT NULL CHECK (colour IN ('red', 'white'))", "'red' or 'white'.")])
T("growers", "AUTHORITATIVE growers (owners of vineyard blocks): the group's own estate companies (grower_type 'estate') and independent contract growers.", [
    C("grower_id", "integer PRIMARY KEY", "Surrogate key."), C("name", "text NOT NULL", "Legal name; may contain apostrophes and non-ASCII letters."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country."),
    C("grower_type", "text NOT NULL CHECK (grower_type IN ('contract', 'estate'))", "'estate' (the group's own company) or 'contract' (independent grower selling fruit under contract).")])
T("vineyard_blocks", "AUTHORITATIVE vineyard blocks supplying the wineries. variety_code is the CURRENT variety only (blocks are sometimes regrafted); the variety planted on a given date is in block_variety_history. The owner is in block_ownership_history.", [
    C("block_id", "integer PRIMARY KEY", "Surrogate key."), C("block_code", "text NOT NULL UNIQUE", "Current block code '<winery_code>-B<nn>', e.g. 'NZ-MBO-B03'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Winery the block delivers to."),
    C("block_name", "text NOT NULL", "Local name of the block."), C("area_ha", "numeric(6,2) NOT NULL", "Planted area in hectares."),
    C("planted_year", "integer NOT NULL", "Year the vines were first planted."),
    C("variety_code", "text NOT NULL REFERENCES grape_varieties (variety_code)", "CURRENT variety (after any regrafting)."),
    C("is_active", "boolean NOT NULL", "false for a block no longer harvested.")])
T("block_variety_history", "AUTHORITATIVE variety planted on each block over time: valid_from inclusive, valid_to exclusive, valid_to NULL for the current variety. Every block has exactly one row valid on each day from its planting on. Fruit weighed on day D came from the variety valid on D.", [
    C("block_id", "integer NOT NULL REFERENCES vineyard_blocks (block_id)", "The block."),
    C("variety_code", "text NOT NULL REFERENCES grape_varieties (variety_code)", "Variety planted in the period."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "First day no longer valid (exclusive); NULL = current.")],
  ["PRIMARY KEY (block_id, valid_from)"])
T("block_ownership_history", "AUTHORITATIVE owner of each block over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current owner. Every block has exactly one row valid on each day from 2015-01-01 on. Fruit weighed on day D belongs to the owner valid on D.", [
    C("block_id", "integer NOT NULL REFERENCES vineyard_blocks (block_id)", "The block."),
    C("grower_id", "integer NOT NULL REFERENCES growers (grower_id)", "Owner in the period."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "First day no longer valid (exclusive); NULL = current.")],
  ["PRIMARY KEY (block_id, valid_from)"])
T("reject_reasons", "Lookup of weigh-tag rejection reason codes.", [
    C("reason_code", "text PRIMARY KEY", "'MOG', 'ROT', 'BRIX', 'TEMP'."), C("description", "text NOT NULL", "Meaning.")])
T("tanks", "AUTHORITATIVE fermentation and storage tanks with their CURRENT codes (the legacy cellar system used other codes, see legacy_tank_code_map).", [
    C("tank_id", "integer PRIMARY KEY", "Surrogate key."), C("tank_code", "text NOT NULL UNIQUE", "Current code '<short>-T<nn>', e.g. 'DOU-T03'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Winery."), C("capacity_l", "integer NOT NULL", "Capacity in litres."),
    C("material", "text NOT NULL", "'steel', 'concrete' or 'lagar' (open granite treading tank).")])
WT_COLS = [
    C("tag_id", "integer PRIMARY KEY", "Surrogate key, unique across weigh_tags and archive_weigh_tags."),
    C("tag_no", "text NOT NULL UNIQUE", "Printed tag number '<short>-<vintage>-<nnnn>'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Receiving winery."),
    C("block_id", "integer NOT NULL REFERENCES vineyard_blocks (block_id)", "Block the fruit came from."),
    C("vintage", "integer NOT NULL", "Vintage = calendar year of the harvest."),
    C("weighed_at_utc", "timestamptz NOT NULL", "Moment the truck was weighed (UTC)."),
    C("weighed_at_local", "timestamp NOT NULL", "Same moment as wall-clock time of the winery's time zone."),
    C("net_tonnes", "numeric(7,3) NOT NULL", "Net fruit weight in metric tonnes (gross minus tare)."),
    C("brix", "numeric(4,1) NOT NULL", "Sugar reading in degrees Brix at the weighbridge."),
    C("status", "text NOT NULL CHECK (status IN ('accepted', 'rejected'))", "'accepted' or 'rejected' (fruit refused, not crushed, not paid)."),
    C("reject_reason_code", "text REFERENCES reject_reasons (reason_code)", "Reason when status = 'rejected', else NULL."),
    C("receiving_tank_id", "integer REFERENCES tanks (tank_id)", "Tank the must went to; NULL for rejected fruit.")]
T("weigh_tags", "AUTHORITATIVE harvest intake weigh tags of vintages 2023 onwards (vintage 2025 of the Douro is not harvested yet at the extract date 2025-07-01). Vintage 2022 tags were moved to archive_weigh_tags; vintage 2021 and earlier exist only in the legacy cellar system (legacy_weigh_tickets).", WT_COLS)
T("archive_weigh_tags", "ARCHIVE of vintage 2022 weigh tags, moved out of weigh_tags on 2023-06-30 (same columns plus archived_at). Together with weigh_tags it is the complete intake record from vintage 2022; vintage 2021 is in legacy_weigh_tickets.", [
    (n, t.replace(" UNIQUE", ""), c)
    for n, t, c in WT_COLS] + [C("archived_at", "timestamptz NOT NULL", "When the row was moved to the archive.")])
T("barrels", "AUTHORITATIVE oak barrels of the wineries.", [
    C("barrel_id", "integer PRIMARY KEY", "Surrogate key."), C("barrel_code", "text NOT NULL UNIQUE", "Code '<short>-B<nnn>'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Winery."), C("cooperage", "text NOT NULL", "Cooperage that made the barrel."),
    C("oak_origin", "text NOT NULL CHECK (oak_origin IN ('american', 'french', 'hungarian'))", "'french', 'american' or 'hungarian'."), C("volume_l", "integer NOT NULL", "Nominal volume in litres (225, 228, 300 or 500)."),
    C("first_fill_year", "integer NOT NULL", "Year of the first fill.")])
T("lots", "AUTHORITATIVE wine lots (the cellar's unit of wine). lot_type 'wine' = single-variety lot made from the fruit of one vintage; 'blend' = lot assembled from other lots (see lot_components). Lots exist from vintage 2021 on. Reserve blends (codes ending '-RSV') are assembled in the year after the harvest; vintage 2025 has none yet. Lots of vintages 2021 and 2022 had other codes in the legacy cellar system (legacy_lot_code_map).", [
    C("lot_id", "integer PRIMARY KEY", "Surrogate key."), C("lot_code", "text NOT NULL UNIQUE", "Current lot code '<short>-<yy>-<suffix>'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Winery."), C("vintage", "integer NOT NULL", "Vintage of the wine."),
    C("lot_type", "text NOT NULL CHECK (lot_type IN ('wine', 'blend'))", "'wine' or 'blend'."),
    C("variety_code", "text REFERENCES grape_varieties (variety_code)", "Variety of a 'wine' lot; NULL for a 'blend'."),
    C("created_on", "date NOT NULL", "Day the lot was created (first crush, or blending day)."),
    C("volume_l", "numeric(10,1) NOT NULL", "Volume in litres when the lot was created.")])
T("lot_components", "AUTHORITATIVE lot lineage: which source lots went into which blend lot, and how many litres. A source can itself be a blend (several levels).", [
    C("blend_lot_id", "integer NOT NULL REFERENCES lots (lot_id)", "The blend lot made."),
    C("source_lot_id", "integer NOT NULL REFERENCES lots (lot_id)", "A lot that went into it."),
    C("volume_l", "numeric(10,1) NOT NULL", "Litres of the source lot used in the blend."),
    C("blended_on", "date NOT NULL", "Blending day.")], ["PRIMARY KEY (blend_lot_id, source_lot_id)"])
T("barrel_fills", "AUTHORITATIVE barrel occupancy: one row per period a lot was in a barrel. filled_on inclusive, emptied_on exclusive (the barrel is empty from emptied_on); emptied_on NULL = still in the barrel.", [
    C("fill_id", "integer PRIMARY KEY", "Surrogate key."), C("barrel_id", "integer NOT NULL REFERENCES barrels (barrel_id)", "Barrel."),
    C("lot_id", "integer NOT NULL REFERENCES lots (lot_id)", "Lot in the barrel."), C("filled_on", "date NOT NULL", "Fill day (inclusive)."),
    C("emptied_on", "date", "Day the barrel was emptied (exclusive); NULL = still full."),
    C("litres", "numeric(6,1) NOT NULL", "Litres put into the barrel.")])
T("lab_analyses", "AUTHORITATIVE laboratory analyses of lots (several samples per lot over time).", [
    C("sample_id", "integer PRIMARY KEY", "Surrogate key."), C("lot_id", "integer NOT NULL REFERENCES lots (lot_id)", "Lot sampled."),
    C("sampled_on", "date NOT NULL", "Sampling day."), C("alcohol_pct", "numeric(4,2) NOT NULL", "Alcohol, % by volume."),
    C("ph", "numeric(3,2) NOT NULL", "pH."), C("ta_g_l", "numeric(4,2) NOT NULL", "Titratable acidity, g/L."),
    C("residual_sugar_g_l", "numeric(5,2) NOT NULL", "Residual sugar, g/L.")])
T("products", "AUTHORITATIVE sellable wines (SKUs). One SKU is sold across vintages; the vintage is given per order line and bottling run. All SKUs are cases of 12 x 750 ml (9 litres per case).", [
    C("sku", "text PRIMARY KEY", "Stock-keeping unit, e.g. 'AWR-SAB'."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Producing winery."),
    C("label_name", "text NOT NULL", "Label name."), C("wine_style", "text NOT NULL", "'red' or 'white'."),
    C("variety_code", "text REFERENCES grape_varieties (variety_code)", "Varietal wine's variety; NULL for a blend label.")])
T("bottling_runs", "AUTHORITATIVE bottling runs (none on or after the extract date 2025-07-01). A voided run (status 'voided') was entered by mistake and did not happen; it is re-entered as a new run.", [
    C("run_id", "integer PRIMARY KEY", "Surrogate key."), C("run_code", "text NOT NULL UNIQUE", "Run code."),
    C("lot_id", "integer NOT NULL REFERENCES lots (lot_id)", "Lot bottled."), C("sku", "text NOT NULL REFERENCES products (sku)", "SKU filled."),
    C("vintage", "integer NOT NULL", "Vintage on the label."), C("bottled_on", "date NOT NULL", "Bottling day (local date at the winery)."),
    C("cases", "integer NOT NULL", "Cases of 12 x 750 ml produced."), C("status", "text NOT NULL CHECK (status IN ('completed', 'voided'))", "'completed' or 'voided'.")])
T("customers", "AUTHORITATIVE customers (importers, distributors, retail chains). Orders are in the customer's billing currency.", [
    C("customer_id", "integer PRIMARY KEY", "Surrogate key."), C("customer_no", "text NOT NULL UNIQUE", "Customer number 'CU-<nnnn>'."),
    C("name", "text NOT NULL", "Company name; may contain apostrophes, '&' and non-ASCII letters."),
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country of the customer (delivery country)."),
    C("billing_currency", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of its orders and invoices."),
    C("channel", "text NOT NULL CHECK (channel IN ('distributor', 'importer', 'retail_chain'))", "'importer', 'distributor' or 'retail_chain'.")])
T("price_list_history", "AUTHORITATIVE list prices per case by SKU and currency over time: valid_from inclusive, valid_to exclusive, valid_to NULL = current price. The list price applying to an order is the one valid on the UTC date of ordered_at_utc. v_current_prices is a stale snapshot.", [
    C("price_id", "integer PRIMARY KEY", "Surrogate key."), C("sku", "text NOT NULL REFERENCES products (sku)", "SKU."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of the price."),
    C("price_per_case", "numeric(12,2) NOT NULL", "List price of one case in that currency."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "First day no longer valid (exclusive); NULL = current.")])
ORD_COLS = [
    C("order_id", "integer PRIMARY KEY", "Surrogate key, unique across export_orders and archive_export_orders."),
    C("order_no", "text NOT NULL UNIQUE", "Order number 'SO-<yyyy>-<nnnnn>'."),
    C("customer_id", "integer NOT NULL REFERENCES customers (customer_id)", "Customer."),
    C("winery_id", "integer NOT NULL REFERENCES wineries (winery_id)", "Shipping winery (all lines are its SKUs)."),
    C("ordered_at_utc", "timestamptz NOT NULL", "Moment the order was entered (UTC). Years, months and fiscal periods of an order are taken from the UTC date of this column unless a question says local."),
    C("ordered_at_local", "timestamp NOT NULL", "Same moment as wall-clock time of the shipping winery's time zone."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of the order (the customer's billing currency)."),
    C("status", "text NOT NULL CHECK (status IN ('cancelled', 'confirmed', 'shipped'))", "'confirmed' (not shipped yet), 'shipped' or 'cancelled'."),
    C("shipped_on", "date", "Day the goods left the bonded warehouse; NULL unless status = 'shipped' (then set)."),
    C("deleted_at", "timestamptz", "Soft delete: set when the order was deleted as a duplicate or test entry. Deleted orders are not orders for any purpose and have no invoice; NULL = not deleted.")]
T("export_orders", "AUTHORITATIVE sales orders with ordered_at_utc on or after 2023-07-01 00:00 UTC (fiscal 2024 onwards). Older orders (from 2022-07-01) were moved to archive_export_orders with their lines and invoices. Soft-deleted rows (deleted_at set) must be ignored. Every order has at least one line. Data extract moment: 2025-07-01 00:00 UTC; nothing (order, shipment, invoice, payment, bond movement, barrel fill) is dated on or after it.", ORD_COLS, ["CHECK ((status = 'shipped') = (shipped_on IS NOT NULL))"])
LINE_COLS = [
    C("order_id", "integer NOT NULL REFERENCES export_orders (order_id)", "Order."), C("line_no", "integer NOT NULL", "Line number within the order (1, 2, ...)."),
    C("sku", "text NOT NULL REFERENCES products (sku)", "SKU."), C("vintage", "integer NOT NULL", "Vintage ordered."),
    C("cases", "integer NOT NULL", "Cases of 12 x 750 ml."), C("unit_price", "numeric(12,2) NOT NULL", "Price per case charged, in the order currency, before discount."),
    C("discount_pct", "numeric(4,1) NOT NULL", "Line discount in percent (0, 5 or 10)."),
    C("line_amount", "numeric(14,2) NOT NULL", "Net line value in the order currency = ROUND(cases * unit_price * (1 - discount_pct/100), 2). Revenue of an order = sum of its line_amount.")]
T("order_lines", "AUTHORITATIVE lines of export_orders.", LINE_COLS, ["PRIMARY KEY (order_id, line_no)"])
INV_COLS = [
    C("invoice_id", "integer PRIMARY KEY", "Surrogate key, unique across invoices and archive_invoices."),
    C("invoice_no", "text NOT NULL UNIQUE", "Invoice number."), C("order_id", "integer NOT NULL REFERENCES export_orders (order_id)", "Order invoiced (one invoice per shipped order)."),
    C("invoiced_on", "date NOT NULL", "Invoice date (= shipping day)."), C("due_on", "date NOT NULL", "Payment due date (invoiced_on + 60 days)."),
    C("amount", "numeric(14,2) NOT NULL", "Invoice total in currency_code (= the order's revenue)."),
    C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency."),
    C("paid_on", "date", "Day the payment was received in full; NULL = unpaid at the extract date 2025-07-01.")]
T("invoices", "AUTHORITATIVE invoices of the orders in export_orders. Invoices of archived orders (ordered before 2023-07-01) are in archive_invoices, whatever their invoice date. Nothing is invoiced or paid on or after the extract date 2025-07-01.", INV_COLS)
T("archive_export_orders", "ARCHIVE of sales orders with ordered_at_utc before 2023-07-01 00:00 UTC (fiscal 2023; the first orders are from 2022-07-01). Same columns as export_orders plus archived_at; soft-deleted rows are kept with deleted_at set. Together with export_orders it is the complete order record.", [
    (n, t.replace(" UNIQUE", ""), c)
    for n, t, c in ORD_COLS] + [C("archived_at", "timestamptz NOT NULL", "When the row was archived.")], ["CHECK ((status = 'shipped') = (shipped_on IS NOT NULL))"])
T("archive_order_lines", "ARCHIVE of the lines of archive_export_orders (same columns as order_lines).", [
    (n, t.replace(" REFERENCES export_orders (order_id)", " REFERENCES archive_export_orders (order_id)"), c) for n, t, c in LINE_COLS], ["PRIMARY KEY (order_id, line_no)"])
T("archive_invoices", "ARCHIVE of the invoices of archive_export_orders (same columns as invoices). An archived order's invoice is here even when it is dated on or after 2023-07-01.", [
    (n, t.replace(" REFERENCES export_orders (order_id)", " REFERENCES archive_export_orders (order_id)"), c) for n, t, c in INV_COLS])
BOND_COLS = [
    C("movement_id", "integer PRIMARY KEY", "Surrogate key (per table)."),
    C("moved_at_utc", "timestamptz NOT NULL", "Moment of the movement (UTC)."),
    C("movement_type", "text NOT NULL CHECK (movement_type IN ('in_bottling', 'loss', 'out_duty_paid', 'out_export'))", "'in_bottling' (bottled wine entered into bond), 'out_export' (released for export, duty-free), 'out_duty_paid' (released for the home market, excise due), 'loss' (breakage/theft written off)."),
    C("sku", "text NOT NULL", "SKU."), C("vintage", "integer NOT NULL", "Vintage."), C("cases", "integer NOT NULL", "Cases of 12 x 750 ml moved (always positive)."),
    C("litres", "numeric(10,2) NOT NULL CHECK (litres = cases * 9)", "Litres moved = cases * 9."),
    C("order_no", "text", "Sales order shipped (for 'out_export' and order-related 'out_duty_paid'); NULL otherwise (e.g. cellar-door releases)."),
    C("document_ref", "text NOT NULL UNIQUE", "Excise document reference of the country's system.")]
for _i, (_cc, _auth) in enumerate([("pt", "Portugal (Autoridade Tributária, e-DA documents)"), ("za", "South Africa (SARS customs and excise, DA 178 forms)"),
                                   ("nz", "New Zealand (NZ Customs excise returns)"), ("cl", "Chile (SAG / Servicio de Impuestos Internos guías)")]):
    T(f"bond_movements_{_cc}", f"AUTHORITATIVE bonded (excise) warehouse movements of the winery in {_auth}. One table per country; the country is given only by the table name. Covers all movements from 2022-07-01 up to the extract moment 2025-07-01 00:00 UTC (nothing after it). Every line of a shipped order that is not soft-deleted has exactly one out_export or out_duty_paid movement carrying its order_no; soft-deleted orders have none.", BOND_COLS)
T("excise_duty_rates", "AUTHORITATIVE excise duty on still wine released for the home market ('out_duty_paid'), per litre in the country's currency: valid_from inclusive, valid_to exclusive, NULL = current. Duty of a release = litres * duty_per_litre valid on the UTC date of the movement.", [
    C("country_code", "char(2) NOT NULL REFERENCES countries (country_code)", "Country ('PT', 'ZA', 'NZ', 'CL')."),
    C("valid_from", "date NOT NULL", "First day (inclusive)."), C("valid_to", "date", "First day no longer valid (exclusive); NULL = current."),
    C("duty_per_litre", "numeric(10,4) NOT NULL", "Duty per litre of wine."), C("currency_code", "char(3) NOT NULL REFERENCES currencies (currency_code)", "Currency of the duty.")],
  ["PRIMARY KEY (country_code, valid_from)"])

# ---- legacy cellar system (vintage 2021 and before)
T("legacy_block_code_map", "LEGACY code map: old block code of the legacy cellar system -> current block. A block renumbered in 2019 has two old codes.", [
    C("old_block_code", "text PRIMARY KEY", "Old block code."), C("block_id", "integer NOT NULL REFERENCES vineyard_blocks (block_id)", "Current block (vineyard_blocks.block_id)."),
    C("note", "text", "Remark, e.g. why a second code exists.")])
T("legacy_tank_code_map", "LEGACY code map: old tank code -> current tank (tanks bought after 2021 have no old code).", [
    C("old_tank_code", "text PRIMARY KEY", "Old tank code."), C("tank_id", "integer NOT NULL REFERENCES tanks (tank_id)", "Current tank (tanks.tank_id).")])
T("legacy_weigh_tickets", "LEGACY cellar system: weigh tickets of vintage 2021 (the only record of that vintage's intake), with OLD block and tank codes (map them with legacy_block_code_map and legacy_tank_code_map). Weight in kilograms, Brix times ten.", [
    C("ticket_no", "text PRIMARY KEY", "Ticket number 'W21-<nnnn>'."), C("old_block_code", "text NOT NULL REFERENCES legacy_block_code_map (old_block_code)", "Old block code (see legacy_block_code_map; some blocks had two old codes)."),
    C("old_tank_code", "text REFERENCES legacy_tank_code_map (old_tank_code)", "Old code of the receiving tank (see legacy_tank_code_map); NULL for rejected fruit."),
    C("ticket_date", "date NOT NULL", "Local date at the winery of the weighing."), C("net_kg", "integer NOT NULL", "Net fruit weight in kilograms."),
    C("brix_x10", "integer NOT NULL", "Brix reading multiplied by 10 (e.g. 235 = 23.5 °Brix)."),
    C("status_code", "text NOT NULL CHECK (status_code IN ('A', 'R', 'V'))", "'A' accepted, 'R' rejected, 'V' voided (ticket cancelled and re-issued; not an intake). See legacy_status_codes.")])
T("legacy_lot_code_map", "LEGACY code map: old lot code of the legacy cellar system -> current lot. Every lot of vintages 2021 and 2022 has exactly one old code; later lots have none.", [
    C("old_lot_code", "text PRIMARY KEY", "Old lot code, e.g. 'L21/07'."), C("lot_id", "integer NOT NULL UNIQUE REFERENCES lots (lot_id)", "Current lot (lots.lot_id).")])
T("legacy_status_codes", "LEGACY lookup of weigh-ticket status codes.", [
    C("status_code", "text PRIMARY KEY", "'A', 'R', 'V'."), C("meaning", "text NOT NULL", "Meaning.")])
T("legacy_customers", "LEGACY customer codes of the old order system (before 2022-07-01; no orders of that time were migrated). Kept for reference only.", [
    C("old_customer_code", "text PRIMARY KEY", "Old code."), C("customer_id", "integer", "Current customer, NULL if not migrated.")])

# ---- staging (unvalidated loads)
T("staging_weigh_tags", "STAGING: raw weighbridge feed loaded every night before validation (duplicates, test trucks and unconfirmed readings included). Not authoritative; use weigh_tags.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("tag_no", "text", "Tag number as read."), C("block_code", "text", "Block code as typed."),
    C("weighed_at", "text", "Timestamp text as received."), C("net_kg", "numeric(10,1)", "Net kilograms as read."), C("brix", "numeric(4,1)", "Brix as read."),
    C("loaded_at", "timestamptz NOT NULL", "When loaded.")])
T("staging_export_orders", "STAGING: order feed from the sales app before validation (includes drafts and test orders). Not authoritative; use export_orders.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("order_no", "text", "Order number."), C("customer_no", "text", "Customer number as entered."),
    C("total_amount", "numeric(14,2)", "Order total as entered."), C("currency_code", "text", "Currency as entered."), C("loaded_at", "timestamptz NOT NULL", "When loaded.")])
T("staging_fx_rates", "STAGING: raw rates from the bank feed (provisional intraday values). Not for conversions; use fx_rates.", [
    C("rate_date", "date NOT NULL", "Day."), C("currency_code", "text NOT NULL", "Currency."), C("eur_per_unit", "numeric(14,8) NOT NULL", "Provisional rate."),
    C("source", "text NOT NULL", "Feed name.")])
T("staging_bottling_runs", "STAGING: bottling-line counter feed (unconfirmed counts, includes test runs). Use bottling_runs.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("run_code", "text", "Run code."), C("cases_counted", "integer", "Counter reading."),
    C("loaded_at", "timestamptz NOT NULL", "When loaded.")])
T("staging_lab_results", "STAGING: lab instrument export before review (includes calibration samples). Use lab_analyses.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("lot_code", "text", "Lot code as typed."), C("alcohol_pct", "numeric(4,2)", "Alcohol."),
    C("sampled_on", "date", "Sample day."), C("loaded_at", "timestamptz NOT NULL", "When loaded.")])
T("staging_bond_movements", "STAGING: movements keyed in by cellar staff before the excise clerk confirms them (all countries, drafts included). Use bond_movements_<pt|za|nz|cl>.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("country_code", "text", "Country."), C("movement_type", "text", "Type."),
    C("sku", "text", "SKU."), C("cases", "integer", "Cases."), C("entered_at", "timestamptz NOT NULL", "When keyed in.")])
T("staging_price_list", "STAGING: proposed price lists not yet approved. Use price_list_history.", [
    C("load_id", "integer PRIMARY KEY", "Load row id."), C("sku", "text", "SKU."), C("currency_code", "text", "Currency."),
    C("proposed_price", "numeric(12,2)", "Proposed price per case."), C("proposed_from", "date", "Proposed start.")])

# ---- report tables (stale / filtered)
T("rpt_intake_by_block", "REPORT (stale, not authoritative): tonnes per block for vintage 2023 only, built 2023-06-01 before late loads, counting rejected fruit too, by the block's current variety. Use weigh_tags.", [
    C("block_id", "integer NOT NULL", "Block."), C("vintage", "integer NOT NULL", "Always 2023."), C("variety_code", "text NOT NULL", "Current variety at build time."),
    C("tonnes", "numeric(9,3) NOT NULL", "Tonnes (accepted and rejected).")])
T("rpt_monthly_sales_eur", "REPORT (stale): monthly order revenue in EUR by winery, last refreshed 2024-10-01, converted at the refresh day's rate, soft-deleted and cancelled orders included. Not authoritative.", [
    C("month", "date NOT NULL", "First day of the month (UTC order date)."), C("winery_id", "integer NOT NULL", "Winery."),
    C("revenue_eur", "numeric(14,2) NOT NULL", "Revenue in EUR."), C("refreshed_at", "timestamptz NOT NULL", "Refresh moment.")])
T("rpt_customer_revenue", "REPORT: revenue per customer in fiscal 2024 from export_orders only (archive not included), at the rate of the invoice date, shipped orders. Not authoritative for other periods or definitions.", [
    C("customer_id", "integer NOT NULL", "Customer."), C("fiscal_year", "integer NOT NULL", "Always 2024."), C("revenue_eur", "numeric(14,2) NOT NULL", "Revenue in EUR.")])
T("rpt_bottling_summary", "REPORT: cases bottled per winery and calendar year, INCLUDING voided runs (built for the bottling-line maintenance contract). Not authoritative for production.", [
    C("winery_id", "integer NOT NULL", "Winery."), C("year", "integer NOT NULL", "Calendar year of bottled_on."), C("cases", "integer NOT NULL", "Cases incl. voided runs.")])
T("rpt_bond_stock", "REPORT: bonded stock in cases per country and SKU as of the snapshot 2024-12-31 23:59 UTC (never refreshed since).", [
    C("country_code", "char(2) NOT NULL", "Country."), C("sku", "text NOT NULL", "SKU."), C("cases_in_bond", "integer NOT NULL", "Cases in bond at the snapshot.")])
T("rpt_fx_monthly_avg", "REPORT: monthly average rates (for management slides only; never for converting individual amounts).", [
    C("month", "date NOT NULL", "First day of the month."), C("currency_code", "char(3) NOT NULL", "Currency."), C("avg_eur_per_unit", "numeric(14,8) NOT NULL", "Average rate.")])
T("rpt_vintage_summary", "REPORT: per winery and vintage 2022-2024, average Brix and tonnes over ALL tags including rejected ones (quality-control chart). Not authoritative for intake.", [
    C("winery_id", "integer NOT NULL", "Winery."), C("vintage", "integer NOT NULL", "Vintage."), C("avg_brix", "numeric(4,1) NOT NULL", "Average Brix, all tags."),
    C("tonnes", "numeric(9,3) NOT NULL", "Tonnes, all tags.")])

# ---- snapshots
T("v_current_prices", "SNAPSHOT of the price list as it stood on 2024-12-01 (materialised for the web shop, not refreshed). Use price_list_history.", [
    C("sku", "text NOT NULL", "SKU."), C("currency_code", "char(3) NOT NULL", "Currency."), C("price_per_case", "numeric(12,2) NOT NULL", "Price on 2024-12-01.")])
T("v_block_directory", "SNAPSHOT of blocks with their current variety and owner as of 2024-09-01 (for the vineyard map). Use vineyard_blocks and the history tables.", [
    C("block_code", "text NOT NULL", "Block code."), C("variety_code", "text NOT NULL", "Variety on 2024-09-01."), C("owner_name", "text NOT NULL", "Owner on 2024-09-01."),
    C("area_ha", "numeric(6,2) NOT NULL", "Area.")])
T("v_fx_latest", "SNAPSHOT: latest rate per currency (2025-06-30). Not for converting dated amounts.", [
    C("currency_code", "char(3) NOT NULL", "Currency."), C("eur_per_unit", "numeric(14,8) NOT NULL", "Rate of 2025-06-30.")])
T("v_open_orders", "SNAPSHOT of orders with status 'confirmed' taken 2025-03-01 (for the warehouse board).", [
    C("order_no", "text NOT NULL", "Order number."), C("customer_no", "text NOT NULL", "Customer."), C("ordered_at_utc", "timestamptz NOT NULL", "Order moment.")])
T("v_lot_lineage_direct", "SNAPSHOT (2025-01-31) of DIRECT blend components only (one level, no sources of sources), with lot codes. Use lot_components for lineage.", [
    C("blend_lot_code", "text NOT NULL", "Blend lot."), C("source_lot_code", "text NOT NULL", "Direct source lot."), C("volume_l", "numeric(10,1) NOT NULL", "Litres.")])
T("v_barrel_inventory", "SNAPSHOT of barrel contents on 2025-01-15 (cellar tour app).", [
    C("barrel_code", "text NOT NULL", "Barrel."), C("lot_code", "text", "Lot in the barrel on 2025-01-15, NULL if empty.")])

# ---- audit
T("audit_export_orders", "AUDIT trail of changes to export_orders (status changes, soft deletes). Informational.", [
    C("audit_id", "integer PRIMARY KEY", "Id."), C("order_id", "integer NOT NULL", "Order."), C("changed_at", "timestamptz NOT NULL", "When."),
    C("field_name", "text NOT NULL", "Changed column."), C("old_value", "text", "Old value."), C("new_value", "text", "New value.")])
T("audit_price_list", "AUDIT trail of price-list edits. Informational.", [
    C("audit_id", "integer PRIMARY KEY", "Id."), C("price_id", "integer NOT NULL", "Price row."), C("changed_at", "timestamptz NOT NULL", "When."),
    C("changed_by", "text NOT NULL", "User.")])

# ---- side systems (generic filler; each is not part of the intake/cellar/sales/excise record)
GENERIC = [
    ("cellar_door_visits", "Side system (tasting room): visitor groups at the cellar doors. Not part of the sales or excise record.", 30,
     [("visit_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("visit_date", "date NOT NULL", "date"), ("guests", "integer NOT NULL", "small")]),
    ("wine_club_members", "Side system (wine club): members of the estates' wine clubs.", 30,
     [("member_id", "integer PRIMARY KEY", "id"), ("full_name", "text NOT NULL", "name"), ("country_code", "char(2) NOT NULL", "country"), ("joined_on", "date NOT NULL", "date")]),
    ("wine_club_shipments", "Side system (wine club): quarterly club parcels (shipped from a separate duty-paid stock).", 30,
     [("shipment_id", "integer PRIMARY KEY", "id"), ("member_id", "integer NOT NULL", "small"), ("shipped_on", "date NOT NULL", "date"), ("bottles", "integer NOT NULL", "small")]),
    ("tasting_room_sales", "Side system (point of sale at the cellar doors), amounts in local currency. Not part of export sales.", 30,
     [("sale_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("sold_at", "timestamptz NOT NULL", "ts"), ("amount", "numeric(10,2) NOT NULL", "money")]),
    ("dry_goods_suppliers", "Side system (purchasing): suppliers of bottles, corks, capsules and labels.", 20,
     [("supplier_id", "integer PRIMARY KEY", "id"), ("supplier_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country")]),
    ("dry_goods_purchase_orders", "Side system (purchasing): purchase orders for dry goods.", 30,
     [("po_id", "integer PRIMARY KEY", "id"), ("supplier_id", "integer NOT NULL", "small"), ("ordered_on", "date NOT NULL", "date"), ("amount", "numeric(10,2) NOT NULL", "money"), ("currency_code", "char(3) NOT NULL", "ccy")]),
    ("cork_lots", "Side system (quality): cork batches received with TCA test results.", 25,
     [("cork_lot_id", "integer PRIMARY KEY", "id"), ("supplier_id", "integer NOT NULL", "small"), ("received_on", "date NOT NULL", "date"), ("tca_ng_l", "numeric(4,1)", "pct")]),
    ("spray_diary", "Side system (vineyard): plant-protection spray records per block.", 30,
     [("spray_id", "integer PRIMARY KEY", "id"), ("block_id", "integer NOT NULL", "block"), ("sprayed_on", "date NOT NULL", "date"), ("product_name", "text NOT NULL", "word")]),
    ("irrigation_events", "Side system (vineyard): drip irrigation events per block.", 30,
     [("event_id", "integer PRIMARY KEY", "id"), ("block_id", "integer NOT NULL", "block"), ("started_at", "timestamptz NOT NULL", "ts"), ("mm_applied", "numeric(5,1) NOT NULL", "hours")]),
    ("weather_station_readings", "Side system (vineyard weather stations): daily summaries. Not harvest data.", 30,
     [("reading_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("reading_date", "date NOT NULL", "date"), ("rain_mm", "numeric(5,1)", "hours"), ("gdd", "numeric(5,1)", "hours")]),
    ("frost_alerts", "Side system (vineyard): frost alarm events.", 15,
     [("alert_id", "integer PRIMARY KEY", "id"), ("block_id", "integer NOT NULL", "block"), ("alert_at", "timestamptz NOT NULL", "ts")]),
    ("vineyard_employees", "Side system (HR): vineyard and cellar staff.", 30,
     [("employee_id", "integer PRIMARY KEY", "id"), ("full_name", "text NOT NULL", "name"), ("winery_id", "integer NOT NULL", "winery"), ("hired_on", "date NOT NULL", "date")]),
    ("timesheets", "Side system (HR): hours worked per employee and day.", 30,
     [("timesheet_id", "integer PRIMARY KEY", "id"), ("employee_id", "integer NOT NULL", "small"), ("work_date", "date NOT NULL", "date"), ("hours", "numeric(4,1) NOT NULL", "hours")]),
    ("picking_crews", "Side system (harvest labour): contracted picking crews.", 12,
     [("crew_id", "integer PRIMARY KEY", "id"), ("crew_name", "text NOT NULL", "word"), ("winery_id", "integer NOT NULL", "winery")]),
    ("equipment", "Side system (maintenance): presses, pumps, tractors, forklifts.", 30,
     [("equipment_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("equipment_name", "text NOT NULL", "word"), ("bought_on", "date", "date")]),
    ("equipment_maintenance", "Side system (maintenance): service jobs on equipment, amounts in local currency.", 30,
     [("job_id", "integer PRIMARY KEY", "id"), ("equipment_id", "integer NOT NULL", "small"), ("done_on", "date NOT NULL", "date"), ("cost", "numeric(10,2)", "money")]),
    ("wine_awards", "Side system (marketing): competition medals.", 20,
     [("award_id", "integer PRIMARY KEY", "id"), ("sku", "text NOT NULL", "sku"), ("vintage", "integer NOT NULL", "vintage"), ("medal", "text NOT NULL", "medal")]),
    ("marketing_campaigns", "Side system (marketing): campaigns per market.", 15,
     [("campaign_id", "integer PRIMARY KEY", "id"), ("country_code", "char(2) NOT NULL", "country"), ("starts_on", "date NOT NULL", "date"), ("budget", "numeric(10,2) NOT NULL", "money")]),
    ("trade_samples", "Side system (sales): sample bottles sent to prospects (from duty-paid sample stock, not bond).", 30,
     [("sample_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer", "customer"), ("sent_on", "date NOT NULL", "date"), ("bottles", "integer NOT NULL", "small")]),
    ("sales_reps", "Side system (CRM): sales representatives.", 10,
     [("rep_id", "integer PRIMARY KEY", "id"), ("full_name", "text NOT NULL", "name"), ("country_code", "char(2) NOT NULL", "country")]),
    ("crm_contacts", "Side system (CRM): contact persons at customers.", 30,
     [("contact_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("full_name", "text NOT NULL", "name")]),
    ("crm_activities", "Side system (CRM): calls, visits and e-mails logged by sales reps.", 30,
     [("activity_id", "integer PRIMARY KEY", "id"), ("contact_id", "integer NOT NULL", "small"), ("logged_at", "timestamptz NOT NULL", "ts")]),
    ("freight_forwarders", "Side system (logistics): forwarders used for exports.", 10,
     [("forwarder_id", "integer PRIMARY KEY", "id"), ("forwarder_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country")]),
    ("shipping_containers", "Side system (logistics): containers booked with forwarders (the order link is informal text).", 30,
     [("container_id", "integer PRIMARY KEY", "id"), ("forwarder_id", "integer NOT NULL", "small"), ("container_no", "text NOT NULL", "code"), ("sailed_on", "date", "date")]),
    ("customs_brokers", "Side system (logistics): customs brokers per destination country.", 10,
     [("broker_id", "integer PRIMARY KEY", "id"), ("broker_name", "text NOT NULL", "word"), ("country_code", "char(2) NOT NULL", "country")]),
    ("certifications", "Side system (compliance): sustainability/organic certificates per winery.", 12,
     [("cert_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("scheme", "text NOT NULL", "word"), ("valid_until", "date", "date")]),
    ("water_usage", "Side system (sustainability): monthly water meter readings per winery, m3.", 30,
     [("reading_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("month", "date NOT NULL", "date"), ("m3", "numeric(8,1) NOT NULL", "hours")]),
    ("energy_usage", "Side system (sustainability): monthly electricity per winery, kWh.", 30,
     [("reading_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("month", "date NOT NULL", "date"), ("kwh", "integer NOT NULL", "int")]),
    ("waste_disposal", "Side system (sustainability): pomace and lees disposal loads.", 20,
     [("load_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("hauled_on", "date NOT NULL", "date"), ("tonnes", "numeric(6,2) NOT NULL", "hours")]),
    ("label_designs", "Side system (design): label artwork versions per SKU.", 20,
     [("design_id", "integer PRIMARY KEY", "id"), ("sku", "text NOT NULL", "sku"), ("approved_on", "date", "date")]),
    ("barrel_purchases", "Side system (purchasing): barrel purchase invoices, amounts in EUR.", 20,
     [("purchase_id", "integer PRIMARY KEY", "id"), ("cooperage", "text NOT NULL", "word"), ("bought_on", "date NOT NULL", "date"), ("amount", "numeric(10,2) NOT NULL", "money")]),
    ("tank_cleaning_log", "Side system (hygiene): tank cleaning and sanitising records.", 30,
     [("log_id", "integer PRIMARY KEY", "id"), ("tank_id", "integer NOT NULL", "tank"), ("cleaned_at", "timestamptz NOT NULL", "ts")]),
    ("sensor_tank_temperatures", "Side system (IoT): hourly tank temperature readings (sample).", 30,
     [("reading_id", "integer PRIMARY KEY", "id"), ("tank_id", "integer NOT NULL", "tank"), ("read_at", "timestamptz NOT NULL", "ts"), ("celsius", "numeric(4,1) NOT NULL", "pct")]),
    ("customer_complaints", "Side system (quality): customer complaints (cork taint, breakage).", 15,
     [("complaint_id", "integer PRIMARY KEY", "id"), ("customer_id", "integer NOT NULL", "customer"), ("received_on", "date NOT NULL", "date"), ("category", "text NOT NULL", "word")]),
    ("insurance_policies", "Side system (finance): insurance policies.", 8,
     [("policy_id", "integer PRIMARY KEY", "id"), ("insurer", "text NOT NULL", "word"), ("premium", "numeric(10,2) NOT NULL", "money"), ("renews_on", "date NOT NULL", "date")]),
    ("bank_accounts", "Side system (finance): bank accounts of the group companies.", 8,
     [("account_id", "integer PRIMARY KEY", "id"), ("winery_id", "integer NOT NULL", "winery"), ("iban_masked", "text NOT NULL", "code"), ("currency_code", "char(3) NOT NULL", "ccy")]),
    ("gl_cost_centres", "Side system (finance): cost centres.", 16,
     [("cost_centre", "text PRIMARY KEY", "code"), ("winery_id", "integer NOT NULL", "winery"), ("description", "text NOT NULL", "word")]),
    ("etl_job_runs", "Operations: nightly ETL job runs (technical log).", 30,
     [("run_id", "integer PRIMARY KEY", "id"), ("job_name", "text NOT NULL", "word"), ("started_at", "timestamptz NOT NULL", "ts")]),
    ("report_refresh_log", "Operations: when rpt_* and v_* tables were last refreshed (technical log).", 14,
     [("log_id", "integer PRIMARY KEY", "id"), ("table_name", "text NOT NULL", "word"), ("refreshed_at", "timestamptz NOT NULL", "ts")]),
    ("user_accounts", "Operations: application user accounts.", 20,
     [("user_id", "integer PRIMARY KEY", "id"), ("login", "text NOT NULL", "code"), ("full_name", "text NOT NULL", "name")]),
]
for _n, _c, _k, _cols in GENERIC:
    T(_n, _c, [C(cn, ct, {"id": "Surrogate key.", "code": "Code."}.get(k, f"{cn.replace('_', ' ').capitalize()}.")) for cn, ct, k in _cols])
TABLE_NAMES = [t["name"] for t in TABLES]


# =================================================================================== generation
def _fx(r):
    rows, rates = [], {}
    lvl = dict(FX_BASE)
    drift = {c: r.uniform(-0.00012, 0.00012) for c in FX_BASE}
    d = FX0
    while d <= FX1:
        for c in ("ZAR", "NZD", "CLP", "USD"):
            lvl[c] *= 1 + drift[c] + r.gauss(0, 0.0035)
            v = D(lvl[c]).quantize(Decimal("0.00000001"), rounding=ROUND_HALF_UP)
            rows.append((d, c, v))
            rates[(d, c)] = v
        d += timedelta(days=1)
    return rows, rates


def loc2utc(wid, local: datetime) -> datetime:
    return local.replace(tzinfo=TZ[wid]).astimezone(UTC)


def utc2loc(wid, u: datetime) -> datetime:
    return u.astimezone(TZ[wid]).replace(tzinfo=None)


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)
    inst = SEEDS.index(seed) if seed in SEEDS else 1
    out: dict[str, list[tuple]] = {n: [] for n in TABLE_NAMES}
    out["countries"] = list(COUNTRIES)
    out["currencies"] = list(CURRENCIES)
    out["fx_rates"], rates = _fx(r)
    fp = []
    for fy in range(2023, 2027):
        for m in range(12):
            y, mm = (fy - 1, 7 + m) if m < 6 else (fy, m - 5)
            s = date(y, mm, 1)
            e = date(y + (mm == 12), mm % 12 + 1, 1) - timedelta(days=1)
            fp.append((fy, m + 1, m // 3 + 1, s, e))
    out["fiscal_periods"] = fp
    out["wineries"] = [(i + 1, w[0], w[1], w[2], w[3], w[4], w[5]) for i, w in enumerate(WINERIES)]
    out["grape_varieties"] = [(v[0], v[1], v[2]) for v in VARIETIES]
    out["growers"] = [(i + 1, *g) for i, g in enumerate(GROWERS)]
    out["reject_reasons"] = list(REJECT_REASONS)
    out["legacy_status_codes"] = [("A", "aceite / accepted"), ("R", "rejeitado / rejected"), ("V", "voided, re-issued under a new ticket")]

    # blocks, variety and ownership history ----------------------------------------------------
    blocks, vhist, ohist, bmap, binfo = [], [], [], [], {}
    contract_by_country = {"PT": [5, 6], "ZA": [7, 8], "NZ": [9, 10], "CL": [11, 12]}
    names = ["Encosta", "Socalco", "Vale", "Alto", "Ribeira", "Lagar", "Cabeço", "Fonte"]
    bid = 0
    for wid in range(1, 5):
        cc = WINERIES[wid - 1][3]
        for k in range(1, 9):
            bid += 1
            v0 = BLOCK_VARS[wid][k - 1]
            planted = 1985 + r.randrange(35)
            rg = REGRAFTS.get((wid, k))
            cur = rg[0] if rg else v0
            area = money(r.uniform(1.2, 9.5))
            code = f"{WINERIES[wid - 1][0]}-B{k:02d}"
            blocks.append([bid, code, wid, f"{names[(k + wid) % 8]} {k}", area, planted, cur, True])
            if rg:
                vhist.append((bid, v0, date(planted, 1, 1), rg[1]))
                vhist.append((bid, rg[0], rg[1], None))
            else:
                vhist.append((bid, v0, date(planted, 1, 1), None))
            # ownership: estate, contract, or contract -> estate (bought)
            u = r.random()
            est = wid
            con = r.choice(contract_by_country[cc])
            if u < 0.5:
                ohist.append((bid, est, date(2015, 1, 1), None))
            elif u < 0.75:
                ohist.append((bid, con, date(2015, 1, 1), None))
            else:
                td = date(2022, 6, 1) + timedelta(days=r.randrange(900))
                ohist.append((bid, con, date(2015, 1, 1), td))
                ohist.append((bid, est, td, None))
            binfo[bid] = (wid, k, code, area)
            bmap.append((f"{OLD_BLOCK_PREFIX[wid]}{k:02d}", bid, None))
            if (wid, k) in DOUBLE_OLD:
                bmap.append((DOUBLE_OLD[(wid, k)], bid, "second code after the 2019 renumbering of the block"))
    # a fixed ownership transfer in the middle of the NZ 2024 harvest (every instance)
    b_nz4 = 8 * 2 + 4
    ohist = [h for h in ohist if h[0] != b_nz4] + [(b_nz4, 9, date(2015, 1, 1), date(2024, 4, 1)), (b_nz4, 3, date(2024, 4, 1), None)]
    if inst:   # planted history changes on harvest days and around 2024-03-01 (instances 1..3)
        def split(hist, bid, day, val):
            cur = [h for h in hist if h[0] == bid and h[3] is None][0]
            hist.remove(cur)
            hist.extend([(bid, cur[1], cur[2], day), (bid, val, day, None)])
        for bid, day, val in ((27, date(2023, 3, 25), "SY"), (31, date(2023, 3, 20), "CM"), (16, date(2024, 2, 20), "PG"), (29, date(2024, 3, 1), "CM"), (30, date(2024, 3, 2), "SY")):
            split(vhist, bid, day, val)
            blocks[bid - 1][6] = val
        for bid, day, val in ((22, date(2024, 3, 25), 9), (11, date(2023, 2, 10), 8), (5, date(2024, 3, 1), 1), (6, date(2024, 3, 2), 5)):
            cur = [h for h in ohist if h[0] == bid and h[3] is None][0]
            if cur[1] == val:
                val = {9: 10, 8: 7, 1: 6, 5: 1}[val]
            if cur[2] >= day:   # owner changed after the planted day: rebuild the block's history
                ohist = [h for h in ohist if h[0] != bid] + [(bid, cur[1], date(2015, 1, 1), None)]
            split(ohist, bid, day, val)
        vhist.sort(key=lambda h: (h[0], h[2]))
    ohist.sort(key=lambda h: (h[0], h[2]))
    out["vineyard_blocks"] = [tuple(b) for b in blocks]
    out["block_variety_history"] = vhist
    out["block_ownership_history"] = ohist
    out["legacy_block_code_map"] = bmap

    def var_on(b, d):
        m = [h[1] for h in vhist if h[0] == b and h[2] <= d and (h[3] is None or d < h[3])]
        return m[0]

    # tanks and barrels --------------------------------------------------------------------------
    tanks, tmap, tid = [], [], 0
    for wid in range(1, 5):
        sh = WINERIES[wid - 1][6]
        for k in range(1, 9):
            tid += 1
            mat = "lagar" if (wid == 1 and k <= 2) else r.choice(["steel", "steel", "steel", "concrete"])
            tanks.append((tid, f"{sh}-T{k:02d}", wid, r.choice([5000, 8000, 12000, 20000, 30000, 50000]), mat))
            if k <= 6:
                tmap.append((f"{'CUBA' if wid == 1 else 'TK'}{wid}{k:02d}", tid))
    if inst:   # a tank bought in 2025 that has received no fruit yet
        tid += 1
        tanks.append((tid, "DOU-T09", 1, 20000, "steel"))
    out["tanks"] = tanks
    out["legacy_tank_code_map"] = tmap
    old_tank = {t: o for o, t in tmap}
    wtanks = {w: [t[0] for t in tanks if t[2] == w and t[1] != "DOU-T09"] for w in range(1, 5)}
    barrels, brid = [], 0
    coops = ["Tonnellerie Taransaud", "Seguin Moreau", "Tonelaria Josafer", "Demptos", "Canton Cooperage", "Kádár Hungary"]
    for wid in range(1, 5):
        sh = WINERIES[wid - 1][6]
        for k in range(1, 21):
            brid += 1
            co = r.choice(coops)
            oak = "american" if co == "Canton Cooperage" else "hungarian" if co.startswith("Kádár") else "french"
            barrels.append((brid, f"{sh}-B{k:03d}", wid, co, oak, r.choice([225, 225, 228, 300, 500]), 2016 + r.randrange(8)))
    out["barrels"] = barrels

    # weigh tags -------------------------------------------------------------------------------------
    rej_p = [0.07, 0.10, 0.05, 0.12][inst]
    live, arch, leg = [], [], []
    tag_id = 0
    seqs = {}
    plan = []   # (wid, vintage, block, local datetime)
    for v in range(2021, 2026):
        for wid in range(1, 5):
            (m0, d0), (m1, d1) = WINERIES[wid - 1][7], WINERIES[wid - 1][8]
            a, b = date(v, m0, d0), date(v, m1, d1)
            for k in range(1, 9):
                blk = (wid - 1) * 8 + k
                for _ in range(r.randint(2, 6)):
                    dd = a + timedelta(days=r.randrange((b - a).days + 1))
                    lt = datetime.combine(dd, time(r.randint(6, 20), r.choice([0, 10, 20, 30, 40, 50])))
                    plan.append((wid, v, blk, lt, None))
    if inst:
        plan += _plant_tags(r)
    plan.sort(key=lambda p: (p[1], p[0], p[3], p[2]))

    def mk_tag(wid, v, blk, lt, force):
        nonlocal tag_id
        u = loc2utc(wid, lt)
        if u >= EXTRACT:
            return
        f = force or {}
        var = var_on(blk, lt.date())
        net = f.get("net", q3(r.uniform(2.0, 14.0)))
        brix = f.get("brix", D(round(VBRIX[var] + r.gauss(0, 1.2) + (v - 2023) * 0.2, 1)))
        st = f.get("status", "rejected" if r.random() < rej_p else "accepted")
        reason = r.choice(["MOG", "ROT", "BRIX", "TEMP"]) if st == "rejected" else None
        tank = None if st == "rejected" else r.choice(wtanks[wid])
        if v == 2021:
            oldb = f"{OLD_BLOCK_PREFIX[wid]}{blk - (wid - 1) * 8:02d}"
            dbl = DOUBLE_OLD.get((wid, blk - (wid - 1) * 8))
            if dbl and r.random() < 0.5:
                oldb = dbl
            seqs[2021] = seqs.get(2021, 0) + 1
            sc = {"accepted": "A", "rejected": "R"}[st]
            ot = old_tank.get(tank) if tank else None
            if tank and ot is None:
                tank = r.choice([t for t in wtanks[wid] if t in old_tank])
                ot = old_tank[tank]
            leg.append((f"W21-{seqs[2021]:04d}", oldb, ot, lt.date(), int(net * 1000), int(brix * 10), sc))
            if r.random() < 0.04:   # a voided duplicate ticket
                seqs[2021] += 1
                leg.append((f"W21-{seqs[2021]:04d}", oldb, ot, lt.date(), int(net * 1000), int(brix * 10), "V"))
            return
        tag_id += 1
        sh = WINERIES[wid - 1][6]
        seqs[(sh, v)] = seqs.get((sh, v), 0) + 1
        row = (tag_id, f"{sh}-{v}-{seqs[(sh, v)]:04d}", wid, blk, v, u, lt, net, brix, st, reason, tank)
        if v == 2022:
            arch.append(row + (datetime(2023, 6, 30, 22, 0, tzinfo=UTC),))
        else:
            live.append(row)

    if inst:
        plan = [p for p in plan if not (p[1] == 2024 and p[2] == 23)]
    for p in plan:
        mk_tag(*p)
    if inst:   # a tie between the 3rd and 4th blocks by accepted tonnes 2021-2024 (tie rule block_code decides)
        tot = {}
        ob = {o: b for o, b, _ in bmap}
        for t in leg:
            if t[6] == "A":
                b_ = ob[t[1]]
                tot[b_] = tot.get(b_, Decimal(0)) + D(t[4]) / 1000
        for t in arch + live:
            if t[9] == "accepted" and t[4] <= 2024:
                tot[t[3]] = tot.get(t[3], Decimal(0)) + t[7]
        rk = sorted(tot.items(), key=lambda kv: (-kv[1], blocks[kv[0] - 1][1]))
        (b3, t3), (b4, t4) = rk[2], rk[3]
        w4 = blocks[b4 - 1][2]
        (m0, d0), _e = WINERIES[w4 - 1][7], WINERIES[w4 - 1][8]
        gap = q3(t3 - t4)
        while gap > 0:
            part = min(gap, Decimal("12.000"))
            mk_tag(w4, 2024, b4, datetime(2024, m0, d0, 12, 0) + timedelta(days=3, minutes=int(gap)), {"status": "accepted", "net": part})
            gap -= part
    if inst:   # planted: a voided 2021 ticket under the second old code of NZ-MBO-B03
        leg.append(("W21-9001", "AW03N", "TK301", date(2021, 3, 20), 5400, 221, "V"))
    out["weigh_tags"], out["archive_weigh_tags"], out["legacy_weigh_tickets"] = live, arch, leg

    # lots -------------------------------------------------------------------------------------------
    acc = {}   # (wid, vintage, variety) -> (tonnes, first date)
    for t in arch + live:
        if t[9] == "accepted":
            key = (t[2], t[4], var_on(t[3], t[6].date()))
            tn, fd = acc.get(key, (Decimal(0), t[6].date()))
            acc[key] = (tn + t[7], min(fd, t[6].date()))
    omap_b = {o: b for o, b, _ in bmap}
    for t in leg:
        if t[6] == "A":
            blk = omap_b[t[1]]
            key = (binfo[blk][0], 2021, var_on(blk, t[3]))
            tn, fd = acc.get(key, (Decimal(0), t[3]))
            acc[key] = (tn + D(t[4]) / 1000, min(fd, t[3]))
    lots, comps, lmap, lot_id = [], [], [], 0
    lot_by = {}
    for key in sorted(acc):
        wid, v, var = key
        tn, fd = acc[key]
        lot_id += 1
        code = f"{WINERIES[wid - 1][6]}-{v % 100:02d}-{var}"
        vol = D(round(float(tn) * 720, 1))
        lots.append([lot_id, code, wid, v, "wine", var, fd, vol])
        lot_by[key] = lot_id
    for wid in range(1, 5):
        for v in range(2021, 2025):
            srcs = [lot_by[k] for k in sorted(lot_by) if k[0] == wid and k[1] == v and VCOL[k[2]] == "red"]
            if len(srcs) < 2:
                continue
            ls = {l_[0]: l_ for l_ in lots}
            picked = sorted(r.sample(srcs, min(len(srcs), r.randint(2, 3))))
            bd = max(ls[s][6] for s in picked) + timedelta(days=r.randint(150, 230))
            lot_id += 1
            blend1 = lot_id
            parts = []
            for s in picked:
                vol = D(round(float(ls[s][7]) * r.uniform(0.2, 0.5), 1))
                parts.append((blend1, s, vol, bd))
            lots.append([blend1, f"{WINERIES[wid - 1][6]}-{v % 100:02d}-BL1", wid, v, "blend", None, bd, sum(p[2] for p in parts)])
            comps += parts
            if v >= 2022:   # a reserve blend made of the first blend plus a varietal lot (two levels)
                rest = [s for s in srcs if s not in picked] or srcs
                s2 = r.choice(rest)
                bd2 = bd + timedelta(days=r.randint(60, 120))
                lot_id += 1
                p1 = D(round(float(lots[-1][7]) * r.uniform(0.5, 0.9), 1))
                p2 = D(round(float(ls[s2][7]) * r.uniform(0.1, 0.3), 1))
                lots.append([lot_id, f"{WINERIES[wid - 1][6]}-{v % 100:02d}-RSV", wid, v, "blend", None, bd2, p1 + p2])
                comps += [(lot_id, blend1, p1, bd2), (lot_id, s2, p2, bd2)]
    for l_ in lots:
        if l_[3] in (2021, 2022):
            lmap.append((f"L{l_[3] % 100}/{l_[0]:02d}", l_[0]))
    out["lots"] = [tuple(l_) for l_ in lots]
    out["lot_components"] = comps
    out["legacy_lot_code_map"] = lmap

    # barrel fills --------------------------------------------------------------------------------------
    fills, fid = [], 0
    free_from = {b[0]: date(2021, 1, 1) for b in barrels}
    for l_ in sorted(lots, key=lambda x: (x[6], x[0])):
        if l_[4] != "wine" or VCOL[l_[5]] != "red":
            continue
        wid = l_[2]
        fd = l_[6] + timedelta(days=r.randint(40, 80))
        cands = [b[0] for b in barrels if b[2] == wid and free_from[b[0]] <= fd]
        for b in r.sample(cands, min(len(cands), r.randint(2, 5))):
            ed = fd + timedelta(days=r.randint(280, 560))
            fid += 1
            fills.append((fid, b, l_[0], fd, ed if ed <= date(2025, 6, 30) else None, D(barrels[b - 1][5]) - D(r.choice([0, 2, 4]))))
            free_from[b] = ed if ed <= date(2025, 6, 30) else date(2100, 1, 1)
    if inst:   # planted: fills emptied exactly on the days questions ask about (emptied_on is exclusive)
        for day in (date(2024, 6, 30), date(2024, 12, 31)):
            held = [f for f in fills if f[3] < day and (f[4] is None or f[4] > day) and (day.month == 12 or (lots[f[2] - 1][5] == "PN" and lots[f[2] - 1][3] == 2023))]
            if len(held) < 2:
                continue
            for j, f in enumerate(fills):
                if f is held[0]:
                    fills[j] = f[:4] + (day,) + f[5:]
                    break
    if inst:   # planted barrels filled/emptied exactly at the days questions use
        lot_of = {(l_[2], l_[3], l_[5]): l_[0] for l_ in lots if l_[4] == "wine"}
        plan_b = [(3, "MBO-B021", [(lot_of[(3, 2023, "PN")], date(2024, 6, 30), date(2024, 7, 1))]),
                  (3, "MBO-B022", [(lot_of[(3, 2023, "PN")], date(2024, 7, 1), None)]),
                  (1, "DOU-B021", [(lot_of[(1, 2024, "TN")], date(2024, 12, 31), date(2025, 1, 1))]),
                  (2, "STB-B021", [(lot_of[(2, 2023, "PG")], date(2023, 12, 31), date(2024, 1, 1)), (lot_of[(2, 2023, "PG")], date(2024, 1, 1), date(2024, 2, 1)),
                                   (lot_of[(2, 2023, "PG")], date(2024, 3, 1), date(2024, 4, 1))]),
                  (4, "COL-B021", [(lot_of[(4, 2024, "CM")], date(2025, 1, 1), date(2025, 2, 1))]),
                  (3, "MBO-B023", [(lot_of[(3, 2022, "PN")], date(2024, 6, 1), date(2024, 8, 1))]),
                  (4, "COL-B022", [(lot_of[(4, 2023, "CM")], date(2024, 6, 30), date(2024, 7, 15))])]
        for wid, code, fl in plan_b:
            brid += 1
            barrels.append((brid, code, wid, "Seguin Moreau", "french" if wid != 2 else "american", 225, 2023))
            for lid, a, b in fl:
                fid += 1
                fills.append((fid, brid, lid, a, b, Decimal("224")))
        out["barrels"] = barrels
    out["barrel_fills"] = fills

    # lab analyses --------------------------------------------------------------------------------------
    lab, sid = [], 0
    for l_ in lots:
        for off in (12, 95, 210):
            sd = l_[6] + timedelta(days=off + r.randint(0, 9))
            if sd > date(2025, 6, 30):
                continue
            sid += 1
            red = l_[5] is None or VCOL[l_[5]] == "red"
            lab.append((sid, l_[0], sd, D(round(r.uniform(13.2, 15.2) if red else r.uniform(11.8, 13.8), 2)),
                        D(round(r.uniform(3.3, 3.9), 2)), D(round(r.uniform(4.8, 7.5), 2)), D(round(r.uniform(0.8, 6.5), 2))))
    if inst:   # the latest analysis of a vintage 2024 lot at exactly 4.00 g/L residual sugar
        l24 = [l_ for l_ in lots if l_[3] == 2024 and max([a[2] for a in lab if a[1] == l_[0]] or [date(2000, 1, 1)]) < date(2025, 6, 30)][0]
        sid += 1
        lab.append((sid, l24[0], date(2025, 6, 30), Decimal("13.10"), Decimal("3.50"), Decimal("5.90"), Decimal("4.00")))
    out["lab_analyses"] = lab

    # products, bottling ---------------------------------------------------------------------------------
    out["products"] = [(s[0], s[1], s[2], s[3], s[4]) for s in SKUS]
    runs, rid = [], 0
    for l_ in sorted(lots, key=lambda x: x[0]):
        wid, v = l_[2], l_[3]
        if l_[4] == "wine":
            sk = [s[0] for s in SKUS if s[1] == wid and s[4] == l_[5]]
            if not sk or (VCOL[l_[5]] == "red" and r.random() < 0.3):
                continue
        else:
            if not l_[1].endswith("RSV") and r.random() < 0.5:
                continue
            sk = [s[0] for s in SKUS if s[1] == wid and s[4] is None]
        bdate = l_[6] + timedelta(days=r.randint(120, 420))
        if bdate > date(2025, 6, 20):
            continue
        total = int(float(l_[7]) * 0.6 / 9)
        n = r.choice([1, 1, 2])
        for j in range(n):
            rid += 1
            bday = bdate + timedelta(days=30 * j)
            late = bday > date(2025, 6, 20)   # the second half of a split run, not bottled by the extract: no row (id left unused)
            if not late:
                runs.append((rid, f"BR-{WINERIES[wid - 1][6]}-{rid:04d}", l_[0], sk[0], v, bday, max(50, total // n), "completed"))
            if r.random() < 0.08 and not late:
                rid += 1
                runs.append((rid, f"BR-{WINERIES[wid - 1][6]}-{rid:04d}", l_[0], sk[0], v, bdate + timedelta(days=30 * j), max(50, total // n), "voided"))
    out["bottling_runs"] = runs

    # customers, prices -------------------------------------------------------------------------------------
    out["customers"] = [(i + 1, f"CU-{i + 1:04d}", c[0], c[1], CUST_CCY[c[1]], c[2]) for i, c in enumerate(CUSTOMERS + (EXTRA_CUSTOMERS if inst == 1 else []))]
    prices, pid = [], 0
    ccys = ["EUR", "USD", "ZAR", "NZD", "CLP"]
    conv = {"EUR": 1, "USD": 1 / 0.92, "ZAR": 1 / 0.05, "NZD": 1 / 0.56, "CLP": 1 / 0.001}
    for s in SKUS:
        lvl = BASE_PRICE_EUR[s[0]] * r.uniform(0.95, 1.05)
        for ccy in ccys:
            lv = lvl
            for i, vf in enumerate(PRICE_BREAKS):
                vt = PRICE_BREAKS[i + 1] if i + 1 < len(PRICE_BREAKS) else None
                if i:
                    lv *= 1 + r.choice([0.0, 0.03, 0.05, 0.08])
                p = lv * conv[ccy]
                p = D(round(p / 100) * 100) if ccy == "CLP" else money(round(p, 0))
                pid += 1
                prices.append((pid, s[0], ccy, money(p), vf, vt))
    if inst:   # planted USD prices at the 120.00 threshold and changes on 2024-03-15 / 2024-03-16 / 2024-03-10
        eur_res = [k for k, p_ in enumerate(prices) if p_[1] == "AWR-RES" and p_[2] == "EUR" and p_[4] >= date(2024, 7, 1)]
        a_, b_ = prices[eur_res[0]], prices[eur_res[1]]
        prices[eur_res[0]] = a_[:5] + (date(2025, 1, 2),)
        prices[eur_res[1]] = b_[:4] + (date(2025, 1, 2), None)
        for sku, ccy, day, newp in (("KLP-SYR", "USD", date(2024, 3, 15), "125.00"), ("LQY-GRV", "USD", date(2024, 3, 16), "121.00"), ("AWR-RES", "USD", date(2024, 3, 15), "118.00"),
                                    ("AWR-CHA", "USD", date(2024, 3, 10), "120.00"), ("LQY-CAB", "USD", date(2024, 3, 10), "120.50"),
                                    ("QVE-RSV", "EUR", date(2024, 1, 1), None), ("KLP-CAP", "EUR", date(2024, 1, 2), None)):
            j = [k for k, p_ in enumerate(prices) if p_[1] == sku and p_[2] == ccy and p_[4] <= day and (p_[5] is None or day < p_[5])][0]
            p_ = prices[j]
            pid += 1
            prices[j] = p_[:5] + (day,)
            prices.append((pid, sku, ccy, Decimal(newp) if newp else money(p_[3] * D("1.04")), day, p_[5]))
    out["price_list_history"] = prices

    def price_on(sku, ccy, d):
        m = [p[3] for p in prices if p[1] == sku and p[2] == ccy and p[4] <= d and (p[5] is None or d < p[5])]
        return m[0]

    # orders ---------------------------------------------------------------------------------------------------
    ncust = len(CUSTOMERS)
    cw = [r.uniform(0.3, 3.0) for _ in range(ncust)]
    cust_winery = {}
    for i, c in enumerate(CUSTOMERS):
        cc = c[1]
        dom = [w for w in range(1, 5) if WINERIES[w - 1][3] == cc]
        cust_winery[i + 1] = dom if dom else sorted(r.sample([1, 2, 3, 4], r.randint(2, 4)))
    orders, lines, invs = [], [], []
    oid, inv_id = 0, 0
    d = ORD0
    oseq = {}
    order_plan = []
    while d <= ORD1:
        for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
            cu = r.choices(range(1, ncust + 1), weights=cw)[0]
            wid = r.choice(cust_winery[cu])
            u = datetime.combine(d, time(r.randrange(24), r.randrange(60), r.randrange(60)), UTC)
            order_plan.append((u, cu, wid, None))
        d += timedelta(days=1)
    quiet = []
    if inst:
        order_plan += _plant_orders(r)
        q4 = {o[1] for o in order_plan if datetime(2025, 4, 1, tzinfo=UTC) <= o[0] < EXTRACT}
        quiet = [c for c in range(1, ncust + 1) if c not in q4]
        if len(quiet) >= 2:   # a customer whose only last-quarter order is on the last day, 2025-06-30
            order_plan.append((datetime(2025, 6, 30, 8, 0, tzinfo=UTC), quiet[0], cust_winery[quiet[0]][0], {"status": "confirmed", "deleted": False}))
    order_plan.sort(key=lambda o: (o[0], o[1]))
    for u, cu, wid, force in order_plan:
        f = force or {}
        oid += 1
        yr = u.year
        oseq[yr] = oseq.get(yr, 0) + 1
        ono = f"SO-{yr}-{oseq[yr]:05d}"
        ccy = CUST_CCY[CUSTOMERS[cu - 1][1]]
        age = (EXTRACT - u).days
        st = f.get("status") or ("cancelled" if r.random() < 0.07 else "shipped" if age > 25 else "confirmed")
        ship = f.get("shipped_on") or (u.date() + timedelta(days=r.randint(4, 20)) if st == "shipped" else None)
        if inst == 2 and ship and date(2025, 2, 1) <= ship < date(2025, 3, 1):
            ship = date(2025, 3, 1)   # planted (instance 2): the warehouse shipped nothing in February 2025 (h029 month with 0)
        if ship and ship > date(2025, 6, 30):
            st, ship = "confirmed", None
        if ship and ship >= HOME_PAUSE.get((inst, CUSTOMERS[cu - 1][1]), date.max):
            cu = _home_substitutes(cust_winery, quiet, wid, CUSTOMERS[cu - 1][1])[cu]   # planted: the customer took no delivery
            ccy = CUST_CCY[CUSTOMERS[cu - 1][1]]
        deleted = f.get("deleted")
        if deleted is None and r.random() < 0.04:
            deleted = u + timedelta(hours=r.randint(1, 72))
        if deleted is False:
            deleted = None
        orders.append((oid, ono, cu, wid, u, utc2loc(wid, u), ccy, st, ship, deleted))
        skus = [s[0] for s in SKUS if s[1] == wid]
        n_lines = 1 if "line" in f else f.get("n_lines") or r.choice([1, 1, 2, 2, 3])
        tot = Decimal(0)
        for ln, sk in enumerate(sorted(r.sample(skus, n_lines)), 1):
            vint = u.year - r.choice([1, 2, 2, 3])
            cases = f.get("cases") or r.choice([10, 20, 25, 40, 50, 60, 100, 120, 150, 200, 300])
            up = price_on(sk, ccy, u.date())
            if r.random() < 0.05 or f.get("below"):
                up = money(up * D("0.97"))   # negotiated price below list
            disc = D(r.choice([0, 0, 0, 5, 10]))
            if "line" in f:
                cases, up, disc = f["line"][0], f["line"][1], Decimal(0)
            amt = money(cases * up * (1 - disc / 100))
            lines.append((oid, ln, sk, vint, cases, up, disc, amt))
            tot += amt
        if st == "shipped" and deleted is None:
            inv_id += 1
            paid = None
            if r.random() < 0.9:
                pdd = ship + timedelta(days=r.choice([15, 30, 45, 58, 60, 61, 75, 90, 120]))
                paid = pdd if pdd <= date(2025, 6, 30) else None
            if "paid_on" in f:
                paid = f["paid_on"]
            invs.append((inv_id, f"INV-{ship.year}-{inv_id:05d}", oid, ship, ship + timedelta(days=60), tot, ccy, paid))
    n_plain = len(orders)
    if inst:   # planted orders appended after the drawn ones (no random numbers): (utc, customer, winery, lines, shipped_on, paid_on)
        for u, cu, wid, olines, ship, paid in _plant_small(inst):
            oid += 1
            oseq[u.year] = oseq.get(u.year, 0) + 1
            ccy = CUST_CCY[(CUSTOMERS + EXTRA_CUSTOMERS)[cu - 1][1]]
            orders.append((oid, f"SO-{u.year}-{oseq[u.year]:05d}", cu, wid, u, utc2loc(wid, u), ccy, "shipped", ship, None))
            tot = Decimal(0)
            for ln, (sk, cases, up) in enumerate(olines, 1):   # up None: the list price of the order day
                up = Decimal(up) if up else price_on(sk, ccy, u.date())
                amt = money(cases * up)
                lines.append((oid, ln, sk, u.year - 2, cases, up, Decimal(0), amt))
                tot += amt
            inv_id += 1
            invs.append((inv_id, f"INV-{ship.year}-{inv_id:05d}", oid, ship, ship + timedelta(days=60), tot, ccy, paid))
    arch_ids = {o[0] for o in orders if o[4] < ARCHIVE_ORDER_CUTOFF}
    out["export_orders"] = [o for o in orders if o[0] not in arch_ids]
    out["archive_export_orders"] = [o + (datetime(2023, 8, 1, 2, 0, tzinfo=UTC),) for o in orders if o[0] in arch_ids]
    out["order_lines"] = [x for x in lines if x[0] not in arch_ids]
    out["archive_order_lines"] = [x for x in lines if x[0] in arch_ids]
    out["invoices"] = [x for x in invs if x[2] not in arch_ids]
    out["archive_invoices"] = [x for x in invs if x[2] in arch_ids]

    # bonded warehouse movements --------------------------------------------------------------------------------
    bond = {w: [] for w in range(1, 5)}
    lotv = {l_[0]: l_ for l_ in lots}
    for ru in runs:
        if ru[7] != "completed" or ru[5] < date(2022, 7, 1):
            continue
        wid = lotv[ru[2]][2]
        bond[wid].append([loc2utc(wid, datetime.combine(ru[5], time(16, 0))), "in_bottling", ru[3], ru[4], ru[6], None])
    omap = {o[0]: o for o in orders}
    for x in lines:
        o = omap[x[0]]
        if o[7] != "shipped" or o[9] is not None:
            continue
        if o[0] > n_plain:   # planted small orders: released at local 12:00 of the shipping day, no random hour
            cn = (CUSTOMERS + EXTRA_CUSTOMERS)[o[2] - 1][1]
            bond[o[3]].append([loc2utc(o[3], datetime.combine(o[8], time(12, 0))), "out_duty_paid" if cn == WINERIES[o[3] - 1][3] else "out_export",
                               x[2], x[3], x[4], o[1]])
            continue
        wid = o[3]
        dom = CUSTOMERS[o[2] - 1][1] == WINERIES[wid - 1][3]
        mt = "out_duty_paid" if dom else "out_export"
        bond[wid].append([loc2utc(wid, datetime.combine(o[8], time(r.randint(8, 17), 0))), mt, x[2], x[3], x[4], o[1]])
    for wid in range(1, 5):
        for _ in range(r.randint(6, 12)):
            sk = r.choice([s[0] for s in SKUS if s[1] == wid])
            dd = date(2022, 7, 1) + timedelta(days=r.randrange(1090))
            mv = [loc2utc(wid, datetime.combine(dd, time(11, 30))), r.choice(["out_duty_paid", "out_duty_paid", "loss"]), sk, dd.year - 2, r.randint(1, 30), None]
            if not ((inst, WINERIES[wid - 1][3]) in HOME_PAUSE and mv[1] == "out_duty_paid" and FY2025[0] <= mv[0] < FY2025[1]):   # planted: none
                bond[wid].append(mv)
    if inst:
        _plant_bond(bond, inst)
    pre = {1: "e-DA PT", 2: "DA178-", 3: "NZCS-", 4: "SII-GD-"}
    for wid in range(1, 5):
        rows = sorted(bond[wid], key=lambda m: (m[0], m[1], m[2], m[5] or ""))
        out[f"bond_movements_{PART[wid]}"] = [(i + 1, m[0], m[1], m[2], m[3], m[4], money(m[4] * 9), m[5], f"{pre[wid]}{m[0]:%y%m%d}{i + 1:04d}")
                                              for i, m in enumerate(rows)]
    ex = []
    for cc, periods in EXCISE.items():
        for vf, vt, rate in periods:
            ex.append((cc, vf, vt, D(rate), EXCISE_CCY[cc]))
    out["excise_duty_rates"] = ex

    _decoys(r, out, rates, orders, lines, var_on, n_plain)
    _generic(r, out)
    return out


# =================================================================================== planted rows (instances 1..3)
def _plant_tags(r):
    """Weigh tags at boundaries (added to the plan; (wid, vintage, block, local wall-clock, forced values))."""
    p = []
    # local 18:00 boundary and local-vs-UTC date edges
    p.append((3, 2024, 17, datetime(2024, 3, 20, 18, 0), {"status": "accepted"}))
    p.append((3, 2024, 18, datetime(2024, 3, 20, 17, 59), {"status": "accepted"}))
    p.append((4, 2024, 25, datetime(2024, 3, 31, 22, 30), {"status": "accepted"}))     # CL: UTC 2024-04-01
    p.append((2, 2024, 9, datetime(2024, 2, 29, 18, 0), {"status": "rejected"}))
    # NZ-MBO-B04 ownership changes on 2024-04-01: tags on 2024-03-31 (contract) and 2024-04-01 (estate), local dates
    p.append((3, 2024, 20, datetime(2024, 3, 31, 9, 0), {"status": "accepted", "net": Decimal("7.250")}))
    p.append((3, 2024, 20, datetime(2024, 4, 1, 9, 0), {"status": "accepted", "net": Decimal("6.125")}))
    # brix exactly at 26.0 and 25.9 on Syrah blocks (ZA-STB-B04 is Syrah from 2023-07-15; CL-COL-B04 Syrah)
    p.append((2, 2024, 12, datetime(2024, 2, 12, 8, 0), {"status": "accepted", "brix": Decimal("26.0")}))
    p.append((4, 2023, 28, datetime(2023, 3, 10, 8, 0), {"status": "accepted", "brix": Decimal("25.9")}))
    p.append((4, 2022, 28, datetime(2022, 3, 14, 8, 0), {"status": "accepted", "brix": Decimal("26.4")}))
    p.append((4, 2022, 28, datetime(2022, 3, 15, 8, 0), {"status": "rejected", "brix": Decimal("27.1")}))
    # a regraft-day tag: PT-DOU-B08 becomes Touriga Nacional on 2024-01-10 (no harvest then) -> NZ-MBO-B02 regrafted 2024-06-01
    p.append((1, 2023, 8, datetime(2023, 9, 30, 19, 30), {"status": "accepted", "brix": Decimal("26.2")}))
    # weighings on the day before / the first day of planted variety and owner changes (local 10:00)
    for wid, v, blk, day in ((4, 2023, 31, date(2023, 3, 20)), (2, 2024, 16, date(2024, 2, 20)), (3, 2024, 22, date(2024, 3, 25)), (2, 2023, 11, date(2023, 2, 10))):
        for dd, bx in ((day - timedelta(days=1), "26.5"), (day, "26.8")):
            p.append((wid, v, blk, datetime.combine(dd, time(10, 0)), {"status": "accepted", "brix": Decimal(bx)}))
    p.append((4, 2023, 27, datetime(2023, 3, 25, 10, 0), {"status": "accepted", "brix": Decimal("26.6")}))   # first day as Syrah
    p.append((4, 2023, 31, datetime(2023, 3, 22, 10, 0), {"status": "accepted", "brix": Decimal("26.9")}))   # after Syrah ended
    p.append((4, 2025, 25, datetime(2025, 5, 12, 18, 0), {"status": "accepted"}))   # two latest tags at the same moment
    p.append((4, 2025, 26, datetime(2025, 5, 12, 18, 0), {"status": "accepted"}))
    return p


def _plant_orders(r):
    """Orders at boundaries: (utc moment, customer, winery, forced values)."""
    p = []
    # archive / live cut-over (2023-06-30 23:59:59 UTC archive; 2023-07-01 00:00 live)
    p.append((datetime(2023, 6, 30, 23, 59, 59, tzinfo=UTC), 10, 3, {"status": "shipped", "shipped_on": date(2023, 7, 6), "n_lines": 2, "deleted": False}))
    p.append((datetime(2023, 7, 1, 0, 0, 0, tzinfo=UTC), 13, 1, {"status": "shipped", "shipped_on": date(2023, 7, 12), "n_lines": 1, "deleted": False}))
    # NZ local date edge: UTC 2024-02-29 11:30 = local 2024-03-01 00:30 (NZDT); UTC 2024-03-31 10:59 = local 2024-03-31 23:59
    p.append((datetime(2024, 2, 29, 11, 30, tzinfo=UTC), 5, 3, {"status": "shipped", "shipped_on": date(2024, 3, 8), "deleted": False}))
    p.append((datetime(2024, 3, 31, 10, 59, tzinfo=UTC), 21, 3, {"status": "shipped", "shipped_on": date(2024, 4, 9), "deleted": False}))
    p.append((datetime(2024, 3, 31, 11, 30, tzinfo=UTC), 22, 3, {"status": "shipped", "shipped_on": date(2024, 4, 9), "deleted": False}))
    # soft-deleted big orders that matter
    p.append((datetime(2024, 11, 5, 9, 0, tzinfo=UTC), 10, 2, {"status": "shipped", "shipped_on": date(2024, 11, 20), "cases": 300, "n_lines": 3,
                                                               "deleted": datetime(2024, 11, 6, 8, 0, tzinfo=UTC)}))
    p.append((datetime(2023, 3, 5, 9, 0, tzinfo=UTC), 17, 4, {"status": "shipped", "shipped_on": date(2023, 3, 20), "cases": 300, "n_lines": 3,
                                                              "deleted": datetime(2023, 3, 6, 8, 0, tzinfo=UTC)}))
    # FX day edge: 23:59:59 UTC on the last day of fiscal 2024 and the first second of fiscal 2025
    p.append((datetime(2024, 6, 30, 23, 59, 59, tzinfo=UTC), 11, 4, {"status": "shipped", "shipped_on": date(2024, 7, 10), "deleted": False}))
    p.append((datetime(2024, 7, 1, 0, 0, 0, tzinfo=UTC), 19, 2, {"status": "shipped", "shipped_on": date(2024, 7, 11), "deleted": False}))
    # paid exactly on the due day / one day late
    p.append((datetime(2024, 1, 10, 12, 0, tzinfo=UTC), 14, 1, {"status": "shipped", "shipped_on": date(2024, 1, 20), "paid_on": date(2024, 3, 20), "deleted": False}))
    p.append((datetime(2024, 1, 11, 12, 0, tzinfo=UTC), 14, 1, {"status": "shipped", "shipped_on": date(2024, 1, 21), "paid_on": date(2024, 3, 22), "deleted": False}))
    # UTC year/quarter/fiscal-year edges (one second apart) and shipping/payment/due-date edges
    edges = [(datetime(2022, 12, 31, 23, 59, 59, tzinfo=UTC), 13, 1), (datetime(2023, 1, 1, 0, 0, 0, tzinfo=UTC), 14, 1),
             (datetime(2023, 12, 31, 23, 59, 59, tzinfo=UTC), 10, 2), (datetime(2024, 1, 1, 0, 0, 0, tzinfo=UTC), 11, 3),
             (datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC), 3, 2), (datetime(2025, 1, 1, 0, 0, 0, tzinfo=UTC), 4, 2),
             (datetime(2025, 3, 31, 23, 59, 59, tzinfo=UTC), 16, 1), (datetime(2025, 4, 1, 0, 0, 0, tzinfo=UTC), 23, 4)]
    for u, cu, w in edges:
        p.append((u, cu, w, {"status": "shipped", "shipped_on": (u + timedelta(days=3)).date(), "deleted": False}))
    p.append((datetime(2025, 6, 30, 23, 59, 59, tzinfo=UTC), 12, 4, {"status": "confirmed", "deleted": False}))
    ships = [(date(2023, 6, 25), date(2023, 7, 1), None), (date(2024, 6, 20), date(2024, 6, 30), date(2024, 7, 1)),
             (date(2024, 6, 22), date(2024, 7, 1), None), (date(2023, 12, 20), date(2024, 1, 1), date(2024, 6, 30)),
             (date(2024, 12, 20), date(2024, 12, 31), None), (date(2024, 12, 21), date(2025, 1, 1), None),
             (date(2025, 5, 20), date(2025, 5, 31), None), (date(2025, 5, 21), date(2025, 6, 1), None),
             (date(2025, 6, 15), date(2025, 6, 30), None), (date(2023, 4, 20), date(2023, 5, 2), date(2023, 7, 1)),
             (date(2024, 4, 20), date(2024, 5, 1), date(2024, 6, 30)), (date(2024, 4, 21), date(2024, 5, 2), date(2024, 7, 2)),
             (date(2023, 5, 10), date(2023, 5, 15), date(2023, 6, 30))]
    for u in (datetime(2024, 2, 29, 11, 0, tzinfo=UTC), datetime(2024, 3, 31, 11, 0, tzinfo=UTC), datetime(2024, 2, 28, 23, 0, tzinfo=UTC)):
        p.append((u, 6, 3, {"status": "shipped", "shipped_on": (u + timedelta(days=5)).date(), "deleted": False}))   # NZ local 00:00 edges
    p.append((datetime(2024, 1, 1, 0, 0, 0, tzinfo=UTC), 13, 1, {"status": "shipped", "shipped_on": date(2024, 1, 9), "deleted": False}))
    p.append((datetime(2024, 3, 10, 2, 0, 0, tzinfo=UTC), 5, 3, {"status": "shipped", "shipped_on": date(2024, 3, 20), "deleted": datetime(2024, 3, 10, 5, 0, tzinfo=UTC)}))
    p.append((datetime(2024, 7, 1, 12, 0, 0, tzinfo=UTC), 9, 1, {"status": "shipped", "shipped_on": date(2024, 7, 9), "deleted": False, "below": True}))
    p.append((datetime(2025, 6, 30, 6, 0, 0, tzinfo=UTC), 10, 3, {"status": "shipped", "shipped_on": date(2025, 6, 30), "deleted": False}))
    for od, sd, ln in ((date(2024, 2, 1), date(2024, 2, 10), (200, "100.00")), (date(2024, 2, 2), date(2024, 2, 11), (100, "200.01")),
                       (date(2024, 2, 3), date(2024, 2, 12), (201, "99.50")), (date(2023, 6, 20), date(2023, 6, 30), (200, "150.00")),
                       (date(2024, 6, 18), date(2024, 6, 30), (200, "150.00")), (date(2024, 6, 19), date(2024, 7, 1), (200, "150.00"))):
        p.append((datetime.combine(od, time(9, 0), UTC), 15, 1, {"status": "shipped", "shipped_on": sd, "deleted": False, "line": (ln[0], Decimal(ln[1]))}))
    for k, (od, sd, pd) in enumerate(ships):
        p.append((datetime.combine(od, time(10, 0), UTC), 1 + (k * 5) % 26, 1 + k % 4, {"status": "shipped", "shipped_on": sd, "paid_on": pd, "deleted": False}))
    return p


def _plant_small(inst):
    """Orders shipped and invoiced, appended after the drawn orders, per instance: (utc, customer, winery, lines, shipped_on,
    paid_on), lines [(sku, cases, unit price or None for the list price)].  Small ones have EUR totals of a few hundred, so
    ROUND(x, 2) differs from 1 or 3 digits by more than the comparator's relative tolerance; the tie orders have a
    negotiated unit price on one line (any price per case is allowed, order_lines.unit_price)."""
    p = []
    if inst == 1:   # the only order of a new customer (CU-0027, USD): a small FY2025 invoice, paid (h049)
        p.append((datetime(2025, 1, 14, 10, 0, tzinfo=UTC), len(CUSTOMERS) + 1, 3, [("AWR-SAB", 2, None)], date(2025, 1, 24), date(2025, 3, 10)))
    if inst == 2:   # 65 cases of QVE-BR in USD in 2024: QVE-BR ties QVE-TN on USD cases at rank 3 (tie by sku decides, h025)
        p.append((datetime(2024, 11, 12, 10, 0, tzinfo=UTC), 10, 1, [("QVE-BR", 65, None)], date(2024, 11, 22), date(2025, 1, 6)))
        # the only 2024 delivery of a Chilean customer (HOME_PAUSE): the CLP group of 2024 invoices is one small invoice (h018)
        p.append((datetime(2023, 12, 20, 15, 0, tzinfo=UTC), 7, 4, [("LQY-CAR", 2, None)], date(2024, 1, 9), date(2024, 2, 23)))
        # FY2024 revenue: CU-0024 297,253.06 + 4,004.34 = CU-0013's 301,257.40 (ranks 6 and 7, the tie by customer_no decides, h022)
        p.append((datetime(2024, 3, 5, 10, 0, tzinfo=UTC), 24, 1, [("QVE-BR", 25, None), ("QVE-TF", 27, "84.42")], date(2024, 3, 14), date(2024, 4, 29)))
    if inst == 3:   # unpaid: CU-0024 178,653.10 + 4,913.90 = CU-0008's 183,567.00 (ranks 2 and 3, the tie by customer_no decides, h028)
        p.append((datetime(2025, 6, 9, 10, 0, tzinfo=UTC), 24, 1, [("QVE-BR", 30, "74.63"), ("QVE-TN", 25, None)], date(2025, 6, 18), None))
    return p


def _home_substitutes(cust_winery, quiet, wid, cc):
    """Planted (HOME_PAUSE): each customer of country cc -> a customer of winery wid from a country without a winery (not USD,
    so the USD figures stay; not the planted quiet customer; in the paused customers' currency when one is)."""
    home = [c for c in range(1, len(CUSTOMERS) + 1) if CUSTOMERS[c - 1][1] == cc]
    cands = [c for c in range(1, len(CUSTOMERS) + 1) if CUSTOMERS[c - 1][1] not in {w[3] for w in WINERIES} and wid in cust_winery[c]
             and CUST_CCY[CUSTOMERS[c - 1][1]] != "USD" and c not in quiet[:1]]
    pool = [c for c in cands if CUST_CCY[CUSTOMERS[c - 1][1]] == CUST_CCY[cc]] or cands
    assert pool, (wid, cc)
    return {h: pool[i % len(pool)] for i, h in enumerate(home)}


def _plant_bond(bond, inst):
    # duty-paid releases at fiscal and rate-change edges (UTC)
    bond[2].append([datetime(2024, 3, 31, 23, 30, tzinfo=UTC), "out_duty_paid", "KLP-CHE", 2023, 40, None])   # ZA local 2024-04-01 01:30
    bond[2].append([datetime(2024, 4, 1, 0, 0, tzinfo=UTC), "out_duty_paid", "KLP-PTG", 2022, 35, None])
    bond[3].append([datetime(2024, 6, 30, 23, 0, tzinfo=UTC), "out_duty_paid", "AWR-SAB", 2024, 60, None])   # NZ local 2024-07-01
    if (inst, "NZ") not in HOME_PAUSE:
        bond[3].append([datetime(2024, 7, 1, 0, 0, tzinfo=UTC), "out_duty_paid", "AWR-PNO", 2023, 22, None])
    bond[1].append([datetime(2024, 9, 30, 23, 30, tzinfo=UTC), "out_export", "QVE-TN", 2021, 80, None])       # PT local 2024-10-01 00:30
    bond[4].append([datetime(2024, 7, 1, 3, 0, tzinfo=UTC), "out_export", "LQY-CAR", 2022, 120, None])        # CL local 2024-06-30 23:00
    skus = {1: "QVE-TF", 2: "KLP-SYR", 3: "AWR-CHA", 4: "LQY-SYR"}
    moments = [datetime(2023, 12, 31, 23, 59, 59, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 6, 30, 23, 59, 59, tzinfo=UTC),
               datetime(2024, 7, 1, tzinfo=UTC), datetime(2024, 9, 30, 23, 59, 59, tzinfo=UTC), datetime(2024, 10, 1, tzinfo=UTC),
               datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 6, 30, 23, 59, 59, tzinfo=UTC)]
    for w in range(1, 5):
        for j, m in enumerate(moments):
            if not ((inst, WINERIES[w - 1][3]) in HOME_PAUSE and FY2025[0] <= m < FY2025[1]):   # planted: no FY2025 duty-paid release there
                bond[w].append([m, "out_duty_paid", skus[w], 2022, 7 + 3 * j + w, None])
            bond[w].append([m, "out_export", skus[w], 2022, 112 + 5 * j + w, None])


# =================================================================================== decoys and filler
def _decoys(r, out, rates, orders, lines, var_on, n_plain):
    tags = out["archive_weigh_tags"] + out["weigh_tags"]
    blocks = {b[0]: b for b in out["vineyard_blocks"]}
    codes = {b[0]: b[1] for b in out["vineyard_blocks"]}
    st, lid = [], 0
    for t in r.sample(out["weigh_tags"], min(60, len(out["weigh_tags"]))):
        lid += 1
        st.append((lid, t[1], codes[t[3]], t[5].strftime("%d/%m/%Y %H:%M"), D(t[7]) * 1000 + D(r.choice([0, 0, 20, -20])), t[8], t[5] + timedelta(hours=3)))
    for _ in range(8):
        lid += 1
        st.append((lid, f"TEST-{lid}", "TEST", None, D(r.randint(1000, 9000)), None, datetime(2024, 3, 1, tzinfo=UTC)))
    out["staging_weigh_tags"] = st
    cust = {c[0]: c for c in out["customers"]}
    so = []
    for i, o in enumerate(r.sample(orders[:n_plain], 40)):
        tot = sum(x[7] for x in lines if x[0] == o[0])
        so.append((i + 1, o[1], cust[o[2]][1], tot * D(r.choice([1, 1, "1.1"])), o[6], o[4] + timedelta(hours=1)))
    out["staging_export_orders"] = so
    sf = []
    for dd in (date(2024, 12, 31), date(2025, 1, 2), date(2025, 6, 30)):
        for c in ("ZAR", "NZD", "CLP", "USD"):
            sf.append((dd, c, (rates[(dd, c)] * D("1.004")).quantize(Decimal("0.00000001")), "bank-intraday"))
    out["staging_fx_rates"] = sf
    out["staging_bottling_runs"] = [(i + 1, ru[1], ru[6] + r.randint(-5, 5), datetime.combine(ru[5], time(20), UTC)) for i, ru in enumerate(out["bottling_runs"][:25])]
    lc = {l_[0]: l_[1] for l_ in out["lots"]}
    out["staging_lab_results"] = [(i + 1, lc[s[1]], s[3] + D("0.10"), s[2], datetime.combine(s[2], time(18), UTC)) for i, s in enumerate(out["lab_analyses"][:25])]
    sb = []
    for i, cc in enumerate(["pt", "za", "nz", "cl"] * 6):
        m = r.choice(out[f"bond_movements_{cc}"])
        sb.append((i + 1, cc.upper(), m[2], m[3], m[5] + r.choice([0, 1]), m[1] - timedelta(hours=2)))
    out["staging_bond_movements"] = sb
    out["staging_price_list"] = [(i + 1, p[1], p[2], money(p[3] * D("1.06")), date(2025, 7, 1)) for i, p in enumerate(out["price_list_history"]) if p[5] is None][:25]
    # reports
    rib = {}
    for t in tags:
        if t[4] == 2023 and t[5] < datetime(2023, 4, 15, tzinfo=UTC):
            rib[t[3]] = rib.get(t[3], Decimal(0)) + t[7]
    out["rpt_intake_by_block"] = [(b, 2023, blocks[b][6], v) for b, v in sorted(rib.items())]
    ms = {}
    ref = date(2024, 10, 1)
    for x in lines:
        o = orders[x[0] - 1]
        m = o[4].date().replace(day=1)
        if m >= ref:
            continue
        fx = Decimal(1) if o[6] == "EUR" else rates[(ref, o[6])]
        ms[(m, o[3])] = ms.get((m, o[3]), Decimal(0)) + x[7] * fx
    out["rpt_monthly_sales_eur"] = [(m, w, money(v), datetime(2024, 10, 1, 4, 0, tzinfo=UTC)) for (m, w), v in sorted(ms.items())][:30]
    cr = {}
    for inv in out["invoices"]:
        if date(2023, 7, 1) <= inv[3] <= date(2024, 6, 30):
            o = orders[inv[2] - 1]
            fx = Decimal(1) if inv[6] == "EUR" else rates[(inv[3], inv[6])]
            cr[o[2]] = cr.get(o[2], Decimal(0)) + inv[5] * fx
    out["rpt_customer_revenue"] = [(c, 2024, money(v)) for c, v in sorted(cr.items())]
    bs = {}
    lw = {l_[0]: l_[2] for l_ in out["lots"]}
    for ru in out["bottling_runs"]:
        k = (lw[ru[2]], ru[5].year)
        bs[k] = bs.get(k, 0) + ru[6]
    out["rpt_bottling_summary"] = [(w, y, c) for (w, y), c in sorted(bs.items())]
    stock = {}
    for cc in ("pt", "za", "nz", "cl"):
        for m in out[f"bond_movements_{cc}"]:
            if m[1] < datetime(2025, 1, 1, tzinfo=UTC):
                k = (cc.upper(), m[3])
                stock[k] = stock.get(k, 0) + (m[5] if m[2] == "in_bottling" else -m[5])
    out["rpt_bond_stock"] = [(k[0], k[1], v) for k, v in sorted(stock.items())][:30]
    fm = {}
    for (dd, c), v in rates.items():
        if dd >= date(2024, 7, 1):
            fm.setdefault((dd.replace(day=1), c), []).append(v)
    out["rpt_fx_monthly_avg"] = [(m, c, (sum(v) / len(v)).quantize(Decimal("0.00000001"))) for (m, c), v in sorted(fm.items())][:30]
    vs = {}
    for t in tags:
        if t[4] <= 2024:
            a = vs.setdefault((t[2], t[4]), [Decimal(0), 0, Decimal(0)])
            a[0] += t[8]
            a[1] += 1
            a[2] += t[7]
    out["rpt_vintage_summary"] = [(w, v, (a[0] / a[1]).quantize(Decimal("0.1")), a[2]) for (w, v), a in sorted(vs.items())]
    snap = date(2024, 12, 1)
    out["v_current_prices"] = [(p[1], p[2], p[3]) for p in out["price_list_history"] if p[4] <= snap and (p[5] is None or snap < p[5]) and p[2] in ("EUR", "USD")][:30]
    gname = {g[0]: g[1] for g in out["growers"]}
    sd = date(2024, 9, 1)
    vdir = []
    for b in out["vineyard_blocks"][:30]:
        own = [h[1] for h in out["block_ownership_history"] if h[0] == b[0] and h[2] <= sd and (h[3] is None or sd < h[3])][0]
        vdir.append((b[1], var_on(b[0], sd), gname[own], b[4]))
    out["v_block_directory"] = vdir
    out["v_fx_latest"] = [(c, rates[(date(2025, 6, 30), c)]) for c in ("ZAR", "NZD", "CLP", "USD")]
    so = [o for o in orders if o[4] < datetime(2025, 3, 1, tzinfo=UTC) and o[9] is None and (o[8] is None or o[8] >= date(2025, 3, 1)) and o[7] != "cancelled"]
    out["v_open_orders"] = [(o[1], cust[o[2]][1], o[4]) for o in so][:30]
    lcode = {l_[0]: l_[1] for l_ in out["lots"]}
    out["v_lot_lineage_direct"] = [(lcode[c[0]], lcode[c[1]], c[2]) for c in out["lot_components"] if c[3] <= date(2025, 1, 31)][:30]
    bd = date(2025, 1, 15)
    binv = []
    for b in out["barrels"][:30]:
        f = [x for x in out["barrel_fills"] if x[1] == b[0] and x[3] <= bd and (x[4] is None or bd < x[4])]
        binv.append((b[1], lcode[f[0][2]] if f else None))
    out["v_barrel_inventory"] = binv
    aud = []
    for o in orders:
        if o[9] is not None and len(aud) < 30:
            aud.append((len(aud) + 1, o[0], o[9], "deleted_at", None, o[9].isoformat()))
    out["audit_export_orders"] = aud
    out["audit_price_list"] = [(i + 1, p[0], datetime.combine(p[4], time(7), UTC) - timedelta(days=14), r.choice(["mfonseca", "jvdmerwe", "kwilson", "cmunoz"]))
                               for i, p in enumerate(out["price_list_history"][:30])]
    out["legacy_customers"] = [(f"IMP{i:03d}", (i if i <= len(CUSTOMERS) else None)) for i in range(1, 21)] + [("IMP900", None), ("IMP901", None)]


def _generic(r, out):
    for name, _c, n, cols in GENERIC:
        rows = []
        for i in range(1, n + 1):
            row = []
            for cn, ct, k in cols:
                if "NOT NULL" not in ct and "PRIMARY" not in ct and r.random() < 0.1:
                    row.append(None)
                    continue
                if k == "id":
                    v = i
                elif k == "winery":
                    v = r.randint(1, 4)
                elif k == "date":
                    v = date(2022, 7, 1) + timedelta(days=r.randrange(1090))
                elif k == "ts":
                    v = datetime(2022, 7, 1, tzinfo=UTC) + timedelta(seconds=r.randrange(1090 * 86400))
                elif k == "small":
                    v = r.randint(1, 12)
                elif k == "int":
                    v = r.randint(100, 90000)
                elif k == "money":
                    v = money(r.uniform(20, 9000))
                elif k == "hours":
                    v = D(round(r.uniform(0.5, 80), 1))
                elif k == "pct":
                    v = D(round(r.uniform(0.5, 20), 1))
                elif k == "name":
                    v = r.choice(["Ana Sousa", "João Pinto", "Pieter Botha", "Thandi Nkosi", "Aroha Ngata", "Liam O'Brien", "Camila Rojas", "Matías Núñez"])
                elif k == "word":
                    v = r.choice(["Norte", "Cabo", "Kauri", "Andes", "Serra", "Bay", "Valle", "Quinta"]) + f" {r.randint(1, 99)}"
                elif k == "code":
                    v = f"{r.choice('ABCDEFGH')}{i:03d}"
                elif k == "country":
                    v = r.choice(["PT", "ZA", "NZ", "CL", "US", "GB", "DE"])
                elif k == "ccy":
                    v = r.choice(["EUR", "ZAR", "NZD", "CLP", "USD"])
                elif k == "block":
                    v = r.randint(1, 32)
                elif k == "tank":
                    v = r.randint(1, 32)
                elif k == "customer":
                    v = r.randint(1, len(CUSTOMERS))
                elif k == "sku":
                    v = r.choice(SKUS)[0]
                elif k == "vintage":
                    v = r.randint(2019, 2024)
                elif k == "medal":
                    v = r.choice(["gold", "silver", "bronze", "trophy"])
                else:
                    raise ValueError(k)
                row.append(v)
            rows.append(tuple(row))
        out[name] = rows


if __name__ == "__main__":
    import time as _t
    for s in SEEDS:
        t0 = _t.time()
        d = generate(s)
        print(s, len(d), sum(len(v) for v in d.values()), f"{_t.time() - t0:.2f}s",
              {k: len(d[k]) for k in ("weigh_tags", "archive_weigh_tags", "legacy_weigh_tickets", "lots", "export_orders", "archive_export_orders", "order_lines", "invoices", "bond_movements_pt", "barrel_fills")})
