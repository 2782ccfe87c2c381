"""fab_lots (hard split): independent cross-check of every ANSWERABLE gold (the 13 pilot questions, keyed by
pair, and the 37 extension questions h027..h063, keyed by id): recompute each answer in plain Python over the
rows of generate(seed) for every instance, run the gold SQL through the harness's sandboxed executor
on the loaded instance, compare.  Also checks, on the same rows, the data facts that the
unanswerable questions rely on (the documented gaps really are gaps in the data, and the data the
question asks about exists, so "I do not know" is the only right answer).

Run (from the repo root of a harness clone, or anywhere):
  EVAL_CACHE_ROOT=/tmp/fab_lots-ext-cache HARNESS=/tmp/fab_lots-ext-h FAB_SCHEMAS=<folder with only fab_lots> python bench/hard/fab_lots/crosscheck.py
(needs psycopg 3 and the harness's requirements; see README.md)."""
import json
import os
from pathlib import Path
import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import HERE, ROOT, load_generator, open_fixture
from eval.db.executor import Executor

getcontext().prec = 50
UTC = timezone.utc
G = load_generator()


def columns_from_ddl():
    """Column names per table, in DDL order, read from schema.sql (rows of generate() are positional)."""
    cols = {}
    text = (ROOT / "schemas/fab_lots/schema.sql").read_text(encoding="utf-8")
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\n\);", text, re.S):
        names = []
        for line in m.group(2).splitlines():
            w = line.strip().split()
            if w and w[0] not in ("PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "CONSTRAINT") and not w[0].startswith("("):
                names.append(w[0])
        cols[m.group(1)] = names
    return cols


COLS = columns_from_ddl()


def tab(d, name):
    out = []
    for row in d[name]:
        assert len(row) == len(COLS[name]), (name, row)
        out.append(dict(zip(COLS[name], row)))
    return out


def rnd(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def utc(y, m=1, dd=1):
    return datetime(y, m, dd, tzinfo=UTC)


def answers(d):
    """pair -> expected rows of the answerable question of that pair."""
    tools = {t["tool_id"]: t for t in tab(d, "tools")}
    area = {a["area_id"]: a["area_code"] for a in tab(d, "process_areas")}
    etch = {i for i, t in tools.items() if area[t["area_id"]] == "ETCH"}
    A = {}
    # p01: lot steps tracked out in 2024 (fab local wall clock), per tool
    c = Counter(tools[s["tool_id"]]["tool_code"] for s in tab(d, "lot_steps")
                if s["track_out"] is not None and datetime(2024, 1, 1) <= s["track_out"] < datetime(2025, 1, 1))
    A["p01"] = list(c.items())
    # p02: parts cost of Etch repairs opened in 2024 (UTC), current list price; repairs without parts add 0
    price = {p["part_no"]: p["unit_price_usd"] for p in tab(d, "parts")}
    used = defaultdict(list)
    for mp in tab(d, "maintenance_parts"):
        used[mp["event_id"]].append(mp)
    cost = {}
    for e in tab(d, "maintenance_events"):
        if e["tool_id"] in etch and e["event_type"] == "repair" and utc(2024) <= e["started_at"] < utc(2025):
            code = tools[e["tool_id"]]["tool_code"]
            cost[code] = cost.get(code, Decimal(0)) + sum((mp["quantity"] * price[mp["part_no"]] for mp in used[e["event_id"]]), Decimal(0))
    A["p02"] = [(k, rnd(v)) for k, v in cost.items()]
    # p03: 2024 (UTC) shipments in USD at the rate of the UTC shipping date, per customer name
    rate = {(r["currency_code"], r["rate_date"]): r["usd_per_unit"] for r in tab(d, "currency_rates")}
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    usd = defaultdict(Decimal)
    ships = tab(d, "shipments")
    for s in ships:
        t = s["shipped_at"].astimezone(UTC)
        if t.year == 2024:
            usd[cust[s["customer_id"]]["name"]] += s["invoice_amount"] * rate[(s["currency_code"], t.date())]
    A["p03"] = [(k, rnd(v)) for k, v in usd.items()]
    # p04: wafers scrapped per month of 2024
    wafers = tab(d, "wafers")
    c = Counter(w["scrapped_on"].month for w in wafers if w["scrapped_on"] is not None and w["scrapped_on"].year == 2024)
    A["p04"] = list(c.items())
    # p05: B07 die on wafers tested 2024-07-01..2024-09-30
    tests = {t["wafer_id"]: t for t in tab(d, "sort_tests")}
    bins = tab(d, "sort_bins")
    A["p05"] = [(sum(b["die_count"] for b in bins if b["bin_code"] == "B07"
                     and date(2024, 7, 1) <= tests[b["wafer_id"]]["test_date"] <= date(2024, 9, 30)),)]
    # p06: FY2025 quarters (FY = Oct..Sep, named by the end year), computed from the calendar, not fiscal_periods
    def fq(dd):
        fy = dd.year + (dd.month >= 10)
        q = (dd.month - 10) // 3 + 1 if dd.month >= 10 else (dd.month - 1) // 3 + 2
        return fy, q
    nw = Counter()
    for sl in tab(d, "shipment_lots"):
        nw[sl["shipment_id"]] += sl["wafers_shipped"]
    n, w = Counter(), Counter()
    for s in ships:
        fy, q = fq(s["shipped_at"].astimezone(UTC).date())
        if fy == 2025:
            n[q] += 1
            w[q] += nw[s["shipment_id"]]
    A["p06"] = [(q, n[q], w[q]) for q in (1, 2, 3, 4)]
    # p07: Etch tools in service and their serial numbers
    A["p07"] = [(t["tool_code"], t["serial_number"]) for i, t in tools.items() if i in etch and t["decommissioned_on"] is None]
    # p08: top 3 sign-off employees of 2024 repairs (ties: name ascending; C collation = code point order)
    emp = {e["employee_id"]: e["full_name"] for e in tab(d, "employees")}
    c = Counter(emp[e["signed_off_by"]] for e in tab(d, "maintenance_events")
                if e["event_type"] == "repair" and utc(2024) <= e["started_at"] < utc(2025))
    ranked = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    A["p08"] = ranked[:3]
    A["_p08_tie"] = len(ranked) > 3 and ranked[2][1] == ranked[3][1]
    # p09: hours down_unscheduled inside 2024 (UTC) per Etch tool, ordered
    secs = defaultdict(int)
    for h in tab(d, "tool_status_history"):
        if h["tool_id"] in etch and h["status_code"] == "down_unscheduled":
            a = max(h["valid_from"], utc(2024))
            b = min(h["valid_to"] or utc(2025), utc(2025))
            if b > a:
                secs[tools[h["tool_id"]]["tool_code"]] += int((b - a).total_seconds())
    hrs = [(k, rnd(Decimal(v) / 3600, 1)) for k, v in secs.items()]
    A["p09"] = sorted(hrs, key=lambda x: (-x[1], x[0]))
    # p10: recipe versions with valid_from in 2024 per recipe code
    rc = {r["recipe_id"]: r["recipe_code"] for r in tab(d, "recipes")}
    c = Counter(rc[v["recipe_id"]] for v in tab(d, "recipe_versions") if v["valid_from"].year == 2024)
    A["p10"] = list(c.items())
    # p11: pooled sort yield of 2024 tests per product
    lot_prod = {lt["lot_id"]: lt["product_id"] for lt in tab(d, "lots")}
    prod = {p["product_id"]: p for p in tab(d, "products")}
    wlot = {x["wafer_id"]: x["lot_id"] for x in wafers}
    good, tested = Counter(), Counter()
    t24 = [t for t in tests.values() if t["test_date"].year == 2024]
    for t in t24:
        pc = prod[lot_prod[wlot[t["wafer_id"]]]]["product_code"]
        good[pc] += t["dies_good"]
        tested[pc] += t["dies_tested"]
    A["p11"] = [(pc, rnd(Decimal(100) * good[pc] / tested[pc])) for pc in tested]
    # p12: price of PX-4021 on 2024-01-15 and its customer's currency
    px = next(p for p in prod.values() if p["product_code"] == "PX-4021")
    A["p12"] = [(h["price_per_wafer"], cust[px["customer_id"]]["currency_code"]) for h in tab(d, "product_price_history")
                if h["product_id"] == px["product_id"] and h["valid_from"] <= date(2024, 1, 15)
                and (h["valid_to"] is None or date(2024, 1, 15) < h["valid_to"])]
    # p13: % of 2024 wafers with yield strictly below 85 % (integer arithmetic: 100*good < 85*tested)
    A["p13"] = [(rnd(Decimal(100) * sum(100 * t["dies_good"] < 85 * t["dies_tested"] for t in t24) / len(t24)),)]
    return A


def facts(d):
    """Data facts behind the unanswerable questions: (label, holds?) on this instance's rows."""
    tools = tab(d, "tools")
    area = {a["area_id"]: a["area_code"] for a in tab(d, "process_areas")}
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    ships = tab(d, "shipments")
    tests = {t["wafer_id"]: t for t in tab(d, "sort_tests")}
    rates = tab(d, "currency_rates")
    hist = tab(d, "tool_status_history")
    vers = tab(d, "recipe_versions")
    prices = tab(d, "product_price_history")
    rec = {r["recipe_code"]: r["recipe_id"] for r in tab(d, "recipes")}
    ev = tab(d, "maintenance_events")
    f = []
    f.append(("p01 lot_steps has no operator column; employees roles are maintenance roles only",
              "operator" not in " ".join(COLS["lot_steps"]) and {e["role"] for e in tab(d, "employees")} <= {"technician", "engineer", "supervisor"}))
    f.append(("p02 there are 2024 Etch repairs that used parts (price history would matter)",
              any(e["event_type"] == "repair" and e["started_at"].year == 2024 and area[tools[e["tool_id"] - 1]["area_id"]] == "ETCH"
                  and any(mp["event_id"] == e["event_id"] for mp in tab(d, "maintenance_parts")) for e in ev)))
    s23 = [s for s in ships if s["shipped_at"].astimezone(UTC).year == 2023]
    f.append(("p03 no rate before 2024-01-01, and 2023 shipments in EUR and JPY exist",
              min(r["rate_date"] for r in rates) == date(2024, 1, 1) and {"EUR", "JPY"} <= {s["currency_code"] for s in s23}))
    f.append(("p04 wafers scrapped in 2024 exist; scrapped_on is a date",
              any(w["scrapped_on"] is not None and w["scrapped_on"].year == 2024 and type(w["scrapped_on"]) is date for w in tab(d, "wafers"))))
    q1 = [t for t in tests.values() if date(2024, 1, 1) <= t["test_date"] <= date(2024, 3, 31)]
    f.append(("p05 every sort_bins row belongs to a test dated >= 2024-07-01; Q1-2024 tests with failing die exist",
              all(tests[b["wafer_id"]]["test_date"] >= date(2024, 7, 1) for b in tab(d, "sort_bins"))
              and any(t["dies_good"] < t["dies_tested"] for t in q1)))
    f.append(("p06 FY2025 shipments exist; fiscal_periods has no week column",
              any(date(2024, 10, 1) <= s["shipped_at"].astimezone(UTC).date() <= date(2025, 9, 30) for s in ships)
              and not any("week" in c for c in COLS["fiscal_periods"])))
    dec24 = [t for t in tools if t["decommissioned_on"] is not None and t["decommissioned_on"].year == 2024]
    f.append(("p07 tools decommissioned in 2024 exist and all have serial_number NULL",
              bool(dec24) and all(t["serial_number"] is None for t in dec24)))
    f.append(("p08 2024 repairs exist; maintenance_events has no performer column",
              any(e["event_type"] == "repair" and e["started_at"].year == 2024 for e in ev) and COLS["maintenance_events"][-1] == "signed_off_by"))
    f.append(("p09 tool_status_history starts at 2024-01-01 00:00 UTC; Etch tools were in service during 2023",
              min(h["valid_from"] for h in hist) == utc(2024)
              and any(area[t["area_id"]] == "ETCH" and t["installed_on"] < date(2023, 1, 1) for t in tools)))
    v2 = [v for v in vers if v["recipe_id"] == rec["N40LP-ETCH-2"]]
    f.append(("p10 recipe_versions start at 2023-01-01 (N40LP-ETCH-2 has a version from 2023-01-01, none earlier)",
              min(v["valid_from"] for v in vers) == date(2023, 1, 1) and min(v["valid_from"] for v in v2) == date(2023, 1, 1)))
    f.append(("p10 no lot step before 2023-01-01 (lot_steps.version_no cannot tell the 2022 version either)",
              min(x["track_in"] for x in tab(d, "lot_steps")) >= datetime(2023, 1, 1)))
    f.append(("p11 no table about packaged parts / final test",
              not any(re.search(r"final|package", t) for t in COLS)))
    px = [p for p in tab(d, "products") if p["product_code"] == "PX-4021"][0]
    f.append(("p12 every product's first kept price starts 2023-07-01 (PX-4021 too)",
              all(min(h["valid_from"] for h in prices if h["product_id"] == p) == date(2023, 7, 1) for p in {h["product_id"] for h in prices})
              and any(h["product_id"] == px["product_id"] for h in prices)))
    lots_of = defaultdict(set)
    lot_prod = {lt["lot_id"]: lt["product_id"] for lt in tab(d, "lots")}
    for sl in tab(d, "shipment_lots"):
        lots_of[sl["shipment_id"]].add(lot_prod[sl["lot_id"]])
    f.append(("p12 no shipment with PX-4021 lots on UTC date 2023-03-01 (its invoice would reveal that day's price)",
              not any(s["shipped_at"].astimezone(UTC).date() == date(2023, 3, 1) and px["product_id"] in lots_of[s["shipment_id"]] for s in ships)))
    f.append(("p13 no die-level table or coordinate column", not any(c in ("x", "y", "die_x", "die_y") for cs in COLS.values() for c in cs)))
    return f


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


LOCAL = timedelta(hours=8)


def fy_of(dd):
    """Fiscal year (Oct..Sep, named by its end year) and quarter of a date: from the calendar rule, not fiscal_periods."""
    fy = dd.year + (dd.month >= 10)
    q = (dd.month - 10) // 3 + 1 if dd.month >= 10 else (dd.month - 1) // 3 + 2
    return fy, q


def secs(td):
    return Decimal(int(td.total_seconds()))


def new_answers(d):
    """qid -> expected rows of the extension questions (h027..h063), from the generated rows only."""
    tools = {t["tool_id"]: t for t in tab(d, "tools")}
    area = {a["area_id"]: a["area_code"] for a in tab(d, "process_areas")}
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    prod = {p["product_id"]: p for p in tab(d, "products")}
    tech = {t["tech_id"]: t["node_code"] for t in tab(d, "technologies")}
    lots = {x["lot_id"]: x for x in tab(d, "lots")}
    wafers = tab(d, "wafers")
    holds = tab(d, "lot_holds")
    steps = tab(d, "lot_steps")
    ships = tab(d, "shipments")
    slots = tab(d, "shipment_lots")
    rate = {(r["currency_code"], r["rate_date"]): r["usd_per_unit"] for r in tab(d, "currency_rates")}
    hist = tab(d, "tool_status_history")
    isdown = {c["status_code"]: c["is_down"] for c in tab(d, "tool_status_codes")}
    emp = {e["employee_id"]: e["full_name"] for e in tab(d, "employees")}
    live_ev, arch_ev = tab(d, "maintenance_events"), tab(d, "archive_maintenance_events")
    assert not {e["event_id"] for e in live_ev} & {e["event_id"] for e in arch_ev}
    allev = live_ev + arch_ev
    allparts = tab(d, "maintenance_parts") + tab(d, "archive_maintenance_parts")
    price = {p["part_no"]: p["unit_price_usd"] for p in tab(d, "parts")}
    tests = tab(d, "sort_tests")
    bins = tab(d, "sort_bins")
    pph = tab(d, "product_price_history")
    versions = tab(d, "recipe_versions")
    recipes = {r["recipe_id"]: r for r in tab(d, "recipes")}
    wlot = {w["wafer_id"]: w["lot_id"] for w in wafers}
    hrs = lambda s, n=2: rnd(Decimal(s) / 3600, n)
    A = {}
    # h027 holds per FY2024 quarter (local date of placed_at); hours of released holds
    n, s = Counter(), Counter()
    for h in holds:
        fy, qq = fy_of(h["placed_at"].date())
        if fy == 2024:
            n[qq] += 1
            if h["released_at"] is not None:
                s[qq] += secs(h["released_at"] - h["placed_at"])
    A["fab_lots-h027"] = [(qq, n[qq], hrs(s[qq])) for qq in (1, 2, 3, 4)]
    # h028 archive + live work orders of FY2023 (UTC date) per area, type
    c = Counter((area[tools[e["tool_id"]]["area_id"]], e["event_type"]) for e in allev
                if fy_of(e["started_at"].astimezone(UTC).date())[0] == 2023)
    A["fab_lots-h028"] = [(a, t, k) for (a, t), k in c.items()]
    # h029 lots (not voided) released in 2024 and their wafers, every customer
    nl, nw = Counter(), Counter()
    wcount = Counter(w["lot_id"] for w in wafers)
    for x in lots.values():
        if not x["is_deleted"] and x["started_on"].year == 2024:
            cn = cust[prod[x["product_id"]]["customer_id"]]["name"]
            nl[cn] += 1
            nw[cn] += wcount[x["lot_id"]]
    A["fab_lots-h029"] = [(cc["name"], nl[cc["name"]], nw[cc["name"]]) for cc in cust.values()]
    # h030 shipments per fab-local month of 2024, USD at the local-date rate
    n, u = Counter(), defaultdict(Decimal)
    for sh in ships:
        loc = sh["shipped_at"].astimezone(UTC).replace(tzinfo=None) + LOCAL
        if loc.year == 2024:
            n[loc.month] += 1
            u[loc.month] += sh["invoice_amount"] * rate[(sh["currency_code"], loc.date())]
    A["fab_lots-h030"] = [(m, n[m], rnd(u[m])) for m in n]
    # h031 LITHO state hours in local Q1 2025
    lo, hi = datetime(2025, 1, 1, tzinfo=UTC) - LOCAL, datetime(2025, 4, 1, tzinfo=UTC) - LOCAL
    s = Counter()
    for h in hist:
        if area[tools[h["tool_id"]]["area_id"]] == "LITHO":
            a, b = max(h["valid_from"], lo), min(h["valid_to"] or hi, hi)
            if b > a:
                s[h["status_code"]] += secs(b - a)
    A["fab_lots-h031"] = [(k, hrs(v, 1)) for k, v in s.items()]
    # h032 N65 wafers scrapped in FY2024 by reason description
    desc = {x["scrap_code"]: x["description"] for x in tab(d, "scrap_reasons")}
    c = Counter(desc[w["scrap_code"]] for w in wafers if w["scrapped_on"] is not None and fy_of(w["scrapped_on"])[0] == 2024
                and tech[prod[lots[w["lot_id"]]["product_id"]]["tech_id"]] == "N65")
    A["fab_lots-h032"] = list(c.items())
    # h033 top 5 lots by released-hold hours, holds placed in 2024 (local)
    s = Counter()
    for h in holds:
        if h["released_at"] is not None and h["placed_at"].year == 2024:
            s[lots[h["lot_id"]]["lot_code"]] += secs(h["released_at"] - h["placed_at"])
    A["fab_lots-h033"] = sorted(((k, hrs(v)) for k, v in s.items()), key=lambda x: (-x[1], x[0]))[:5]
    # h034 customers by USD value H1 2025 (UTC), rate of UTC date
    u = defaultdict(Decimal)
    for sh in ships:
        t = sh["shipped_at"].astimezone(UTC)
        if datetime(2025, 1, 1, tzinfo=UTC) <= t < datetime(2025, 7, 1, tzinfo=UTC):
            u[cust[sh["customer_id"]]["name"]] += sh["invoice_amount"] * rate[(sh["currency_code"], t.date())]
    A["fab_lots-h034"] = sorted(((k, rnd(v)) for k, v in u.items()), key=lambda x: (-x[1], x[0]))
    # h035 DEPO tools, lot steps tracked in during Q4 2024 local, zeros included
    c = Counter(x["tool_id"] for x in steps if datetime(2024, 10, 1) <= x["track_in"] < datetime(2025, 1, 1))
    A["fab_lots-h035"] = sorted(((t["tool_code"], c[i]) for i, t in tools.items() if area[t["area_id"]] == "DEPO"), key=lambda x: (-x[1], x[0]))
    # h036 avg cycle time (step 8 out - step 1 in) of lots finishing step 8 in 2024, per product
    by = {(x["lot_id"], x["step_no"]): x for x in steps}
    cyc = defaultdict(list)
    for (lid, sn), x in by.items():
        if sn == 8 and x["track_out"] is not None and x["track_out"].year == 2024:
            cyc[prod[lots[lid]["product_id"]]["product_code"]].append(secs(x["track_out"] - by[(lid, 1)]["track_in"]))
    A["fab_lots-h036"] = sorted(((k, rnd(sum(v) / len(v) / 86400)) for k, v in cyc.items()), key=lambda x: (-x[1], x[0]))
    # h037 top 5 signers of 2022 pm work orders (archive + live)
    c = Counter(emp[e["signed_off_by"]] for e in allev if e["event_type"] == "pm" and e["started_at"].astimezone(UTC).year == 2022)
    A["fab_lots-h037"] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    # h038 down_unscheduled intervals starting in local H1 2025
    lo, hi = datetime(2025, 1, 1, tzinfo=UTC) - LOCAL, datetime(2025, 7, 1, tzinfo=UTC) - LOCAL
    ext = datetime(2025, 6, 30, 23, 59, tzinfo=UTC) - LOCAL
    n, s = Counter(), Counter()
    for h in hist:
        if h["status_code"] == "down_unscheduled" and lo <= h["valid_from"] < hi:
            k = tools[h["tool_id"]]["tool_code"]
            n[k] += 1
            s[k] += secs((h["valid_to"] or ext) - h["valid_from"])
    A["fab_lots-h038"] = sorted(((k, n[k], hrs(s[k], 1)) for k in n), key=lambda x: (-x[1], -x[2], x[0]))
    # h039 ten most valuable shipments in local Q1 2025
    lo, hi = datetime(2025, 1, 1, tzinfo=UTC) - LOCAL, datetime(2025, 4, 1, tzinfo=UTC) - LOCAL
    rows = []
    for sh in ships:
        t = sh["shipped_at"].astimezone(UTC)
        if lo <= t < hi:
            v = sh["invoice_amount"] * rate[(sh["currency_code"], t.date())]
            rows.append((-v, sh["shipment_code"], cust[sh["customer_id"]]["name"], rnd(v)))
    A["fab_lots-h039"] = [(r_[1], r_[2], r_[3]) for r_ in sorted(rows)[:10]]
    # h040 hold codes by avg duration of holds released in 2024 (local)
    g = defaultdict(list)
    for h in holds:
        if h["released_at"] is not None and h["released_at"].year == 2024:
            g[h["hold_code"]].append(secs(h["released_at"] - h["placed_at"]))
    A["fab_lots-h040"] = sorted(((k, len(v), rnd(sum(v) / len(v) / 3600)) for k, v in g.items()), key=lambda x: (-x[2], x[0]))
    # h041 Etch availability 2024 (UTC)
    lo, hi = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)
    up, tot = Counter(), Counter()
    for h in hist:
        if area[tools[h["tool_id"]]["area_id"]] == "ETCH":
            a, b = max(h["valid_from"], lo), min(h["valid_to"] or hi, hi)
            if b > a:
                k = tools[h["tool_id"]]["tool_code"]
                tot[k] += secs(b - a)
                if not isdown[h["status_code"]]:
                    up[k] += secs(b - a)
    A["fab_lots-h041"] = [(k, rnd(100 * up[k] / tot[k])) for k in tot]
    # h042 share of FY2024 holds released within 24 h, per code
    n, ok = Counter(), Counter()
    for h in holds:
        if fy_of(h["placed_at"].date())[0] == 2024:
            n[h["hold_code"]] += 1
            ok[h["hold_code"]] += h["released_at"] is not None and h["released_at"] - h["placed_at"] <= timedelta(hours=24)
    A["fab_lots-h042"] = [(k, rnd(Decimal(100) * ok[k] / n[k])) for k in n]
    # h043 B03 share of failing die, tests in Q1 2025, per technology
    b03 = Counter()
    for b in bins:
        if b["bin_code"] == "B03":
            b03[b["wafer_id"]] += b["die_count"]
    f, g = Counter(), Counter()
    for t in tests:
        if date(2025, 1, 1) <= t["test_date"] <= date(2025, 3, 31):
            k = tech[prod[lots[wlot[t["wafer_id"]]]["product_id"]]["tech_id"]]
            f[k] += t["dies_tested"] - t["dies_good"]
            g[k] += b03[t["wafer_id"]]
    A["fab_lots-h043"] = [(k, rnd(Decimal(100) * g[k] / f[k])) for k in f if f[k] > 0]
    # h044 shipped / started wafers of lots released in FY2024, per customer
    shipped = Counter()
    for sl in slots:
        shipped[sl["lot_id"]] += sl["wafers_shipped"]
    ns, nw = Counter(), Counter()
    for x in lots.values():
        if not x["is_deleted"] and fy_of(x["started_on"])[0] == 2024:
            k = cust[prod[x["product_id"]]["customer_id"]]["name"]
            ns[k] += shipped[x["lot_id"]]
            nw[k] += wcount[x["lot_id"]]
    A["fab_lots-h044"] = [(k, rnd(Decimal(100) * ns[k] / nw[k]) if nw[k] else None) for k in nw]
    # h045 repair share per UTC year 2021..2024 (archive + live)
    n, rp = Counter(), Counter()
    for e in allev:
        y = e["started_at"].astimezone(UTC).year
        if 2021 <= y <= 2024:
            n[y] += 1
            rp[y] += e["event_type"] == "repair"
    A["fab_lots-h045"] = [(y, rnd(Decimal(100) * rp[y] / n[y])) for y in (2021, 2022, 2023, 2024)]
    # h046 price ratio 2025-06-30 / 2024-01-01
    def p_on(pid, day):
        v = [h["price_per_wafer"] for h in pph if h["product_id"] == pid and h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(v) == 1
        return v[0]
    A["fab_lots-h046"] = [(p["product_code"], rnd(p_on(i, date(2025, 6, 30)) / p_on(i, date(2024, 1, 1)), 4)) for i, p in prod.items()]
    # h047 share of 2024 USD value per currency
    u = defaultdict(Decimal)
    for sh in ships:
        t = sh["shipped_at"].astimezone(UTC)
        if t.year == 2024:
            u[sh["currency_code"]] += sh["invoice_amount"] * rate[(sh["currency_code"], t.date())]
    tot_u = sum(u.values())
    A["fab_lots-h047"] = [(k, rnd(100 * v / tot_u)) for k, v in u.items()]
    # h048 pooled yield per product, tests in June 2025 (sort_tests, not staging)
    g, n = Counter(), Counter()
    for t in tests:
        if date(2025, 6, 1) <= t["test_date"] <= date(2025, 6, 30):
            k = prod[lots[wlot[t["wafer_id"]]]["product_id"]]["product_code"]
            g[k] += t["dies_good"]
            n[k] += t["dies_tested"]
    A["fab_lots-h048"] = [(k, rnd(Decimal(100) * g[k] / n[k])) for k in n]
    # h049 lots shipped in local December 2024
    lo, hi = datetime(2024, 12, 1, tzinfo=UTC) - LOCAL, datetime(2025, 1, 1, tzinfo=UTC) - LOCAL
    shp = {sh["shipment_id"]: sh for sh in ships}
    A["fab_lots-h049"] = [(lots[sl["lot_id"]]["lot_code"], shp[sl["shipment_id"]]["shipment_code"], prod[lots[sl["lot_id"]]["product_id"]]["product_code"],
                           sl["wafers_shipped"]) for sl in slots if lo <= shp[sl["shipment_id"]]["shipped_at"] < hi]
    # h050 price on 2024-10-01 (first day of FY2025) in USD at that day's rate
    A["fab_lots-h050"] = [(p["product_code"], cust[p["customer_id"]]["name"],
                           rnd(p_on(i, date(2024, 10, 1)) * rate[(cust[p["customer_id"]]["currency_code"], date(2024, 10, 1))])) for i, p in prod.items()]
    # h051 decommissioned-before-2025 tools: work orders since 2021 (archive + live), parts cost at list price
    pc = defaultdict(Decimal)
    for mp in allparts:
        pc[mp["event_id"]] += mp["quantity"] * price[mp["part_no"]]
    n, cst = Counter(), defaultdict(Decimal)
    for e in allev:
        if e["started_at"] >= datetime(2021, 1, 1, tzinfo=UTC):
            n[e["tool_id"]] += 1
            cst[e["tool_id"]] += pc[e["event_id"]]
    A["fab_lots-h051"] = [(t["tool_code"], n[i], rnd(cst[i])) for i, t in tools.items() if t["decommissioned_on"] is not None and t["decommissioned_on"] < date(2025, 1, 1)]
    # h052 Kōgen shipments of 2024 (UTC)
    nl, nw = Counter(), Counter()
    for sl in slots:
        nl[sl["shipment_id"]] += 1
        nw[sl["shipment_id"]] += sl["wafers_shipped"]
    A["fab_lots-h052"] = [(sh["shipment_code"], nl[sh["shipment_id"]], nw[sh["shipment_id"]],
                           rnd(sh["invoice_amount"] * rate[(sh["currency_code"], sh["shipped_at"].astimezone(UTC).date())]))
                          for sh in ships if cust[sh["customer_id"]]["name"] == "Kōgen Devices K.K." and sh["shipped_at"].astimezone(UTC).year == 2024]
    # h053 2024 repairs opened while the tool was down_unscheduled, per signer
    by_tool = defaultdict(list)
    for h in hist:
        by_tool[h["tool_id"]].append(h)
    c = Counter()
    for e in live_ev:
        if e["event_type"] == "repair" and e["started_at"].astimezone(UTC).year == 2024:
            st = [h["status_code"] for h in by_tool[e["tool_id"]] if h["valid_from"] <= e["started_at"] and (h["valid_to"] is None or e["started_at"] < h["valid_to"])]
            assert len(st) <= 1
            if st == ["down_unscheduled"]:
                c[emp[e["signed_off_by"]]] += 1
    A["fab_lots-h053"] = list(c.items())
    # h054 BCD180 lots tested in Q2 2025: wafers, good die, B09 die
    b09 = Counter()
    for b in bins:
        if b["bin_code"] == "B09":
            b09[b["wafer_id"]] += b["die_count"]
    n, g, b9 = Counter(), Counter(), Counter()
    for t in tests:
        lid = wlot[t["wafer_id"]]
        if date(2025, 4, 1) <= t["test_date"] <= date(2025, 6, 30) and tech[prod[lots[lid]["product_id"]]["tech_id"]] == "BCD180":
            k = lots[lid]["lot_code"]
            n[k] += 1
            g[k] += t["dies_good"]
            b9[k] += b09[t["wafer_id"]]
    A["fab_lots-h054"] = [(k, n[k], g[k], b9[k]) for k in n]
    # h055 Etch tools' state at 2025-01-01 00:00 local
    m = datetime(2025, 1, 1, tzinfo=UTC) - LOCAL
    A["fab_lots-h055"] = [(tools[h["tool_id"]]["tool_code"], h["status_code"], isdown[h["status_code"]]) for h in hist
                          if area[tools[h["tool_id"]]["area_id"]] == "ETCH" and h["valid_from"] <= m and (h["valid_to"] is None or m < h["valid_to"])]
    # h056 step-2 recipe per technology: version in force 2024-12-31, 2024 steps with another version
    out = []
    for rs in tab(d, "route_steps"):
        if rs["step_no"] != 2:
            continue
        v = [x for x in versions if x["recipe_id"] == rs["recipe_id"] and x["valid_from"] <= date(2024, 12, 31) and (x["valid_to"] is None or date(2024, 12, 31) < x["valid_to"])]
        assert len(v) == 1
        k = sum(1 for x in steps if x["recipe_id"] == rs["recipe_id"] and x["step_no"] == 2 and x["version_no"] != v[0]["version_no"] and x["track_in"].year == 2024)
        out.append((tech[rs["tech_id"]], recipes[rs["recipe_id"]]["recipe_code"], v[0]["target_nm"], k))
    A["fab_lots-h056"] = out
    # h057 hot/engineering lots released in 2024, not voided
    A["fab_lots-h057"] = [(x["lot_code"], x["priority"], x["status"]) for x in lots.values()
                          if x["started_on"].year == 2024 and x["priority"] in ("hot", "engineering") and not x["is_deleted"]]
    # h058 shipments and wafers in fab-local year 2024
    ids = {sh["shipment_id"] for sh in ships if (sh["shipped_at"].astimezone(UTC) + LOCAL).year == 2024}
    A["fab_lots-h058"] = [(len(ids), sum(sl["wafers_shipped"] for sl in slots if sl["shipment_id"] in ids))]
    # h059 ETCH-02 repairs of 2022-2023 (UTC) over 10 h (archive + live)
    A["fab_lots-h059"] = [(e["event_id"], e["started_at"].astimezone(UTC).date(), hrs(secs(e["ended_at"] - e["started_at"])))
                          for e in allev if tools[e["tool_id"]]["tool_code"] == "ETCH-02" and e["event_type"] == "repair"
                          and 2022 <= e["started_at"].astimezone(UTC).year <= 2023 and e["ended_at"] - e["started_at"] > timedelta(hours=10)]
    # h060 wafers tested in June 2025 with yield >= 90 % (integer arithmetic)
    A["fab_lots-h060"] = [(sum(1 for t in tests if date(2025, 6, 1) <= t["test_date"] <= date(2025, 6, 30) and 10 * t["dies_good"] >= 9 * t["dies_tested"]),)]
    # h061 price changes with valid_from in FY2025
    out = []
    for nrow in pph:
        if fy_of(nrow["valid_from"])[0] == 2025:
            o = [x for x in pph if x["product_id"] == nrow["product_id"] and x["valid_to"] == nrow["valid_from"]]
            if o:
                out.append((prod[nrow["product_id"]]["product_code"], nrow["valid_from"], o[0]["price_per_wafer"], nrow["price_per_wafer"]))
    A["fab_lots-h061"] = out
    # h062 tools in 'engineering' overlapping the local week 2024-06-10..16
    lo, hi = datetime(2024, 6, 10, tzinfo=UTC) - LOCAL, datetime(2024, 6, 17, tzinfo=UTC) - LOCAL
    A["fab_lots-h062"] = [(k,) for k in sorted({tools[h["tool_id"]]["tool_code"] for h in hist if h["status_code"] == "engineering"
                                                 and h["valid_from"] < hi and (h["valid_to"] is None or h["valid_to"] > lo)})]
    # h063 N40LP lots released in FY2025 (not voided) and hot ones
    sel = [x for x in lots.values() if not x["is_deleted"] and fy_of(x["started_on"])[0] == 2025 and tech[prod[x["product_id"]]["tech_id"]] == "N40LP"]
    A["fab_lots-h063"] = [(len(sel), sum(x["priority"] == "hot" for x in sel))]
    return A


def main():
    qpath = Path(os.environ.get("FAB_QUESTIONS", str(ROOT / "questions/fab_lots.jsonl")))
    allq = [json.loads(line) for line in open(qpath, encoding="utf-8")]
    qs = [q for q in allq if q.get("answerable", True)]
    pair = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))   # pilot id -> pair
    key = {q["id"]: pair[q["source_id"]] if "source_id" in q else q["id"] for q in qs}
    server, fx = open_fixture()
    ex = Executor(server, timeout_s=60)
    bad = 0
    per_inst, fact_rows, notes = [], [], []
    try:
        for k, seed in enumerate(fx.seeds):
            d = G.generate(seed)
            A = answers(d)
            A.update(new_answers(d))
            if A["_p08_tie"]:
                notes.append(f"inst {k}: p08 has a tie at rank 3 (broken by full_name)")
            res = {}
            for q in qs:
                out = ex.execute(fx.instance_dbs[k], q["gold"][0], max_chars=None)
                assert out.ok, (q["id"], out.error)
                rows = [tuple(norm(v) for v in r) for r in out.result.rows]
                py = [tuple(norm(v) for v in r) for r in A[key[q["id"]]]]
                same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                if not same:
                    print(f"MISMATCH {q['id']} inst {k}:\n  sql {sorted(rows, key=str)[:8]}\n  py  {sorted(py, key=str)[:8]}")
                res[q["id"]] = (same, len(rows))
            per_inst.append(res)
            fact_rows.append(facts(d))
    finally:
        ex.close()
        server.stop()
    print("| question | key | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|---|" + "---|" * len(fx.seeds))
    for q in qs:
        cells = []
        for res in per_inst:
            same, n = res[q["id"]]
            bad += not same
            cells.append(f"{'match' if same else 'MISMATCH'} ({n} rows)")
        print(f"| {q['id']} | {key[q['id']]} | {q['category']} | " + " | ".join(cells) + " |")
    print("\nData facts behind the unanswerable questions (all instances):")
    nf = 0
    for i, (label, _) in enumerate(fact_rows[0]):
        ok = [fr[i][1] for fr in fact_rows]
        nf += not all(ok)
        print(f"- {'ok  ' if all(ok) else 'FAIL'} {label}" + ("" if all(ok) else f" {ok}"))
    for n in notes:
        print("note:", n)
    print(f"\n{'ALL MATCH' if not bad else f'{bad} MISMATCHES'}: {len(qs)} answerable questions x {len(fx.seeds)} instances; "
          f"{'all facts hold' if not nf else f'{nf} FACTS FAIL'}")
    return 1 if bad or nf else 0


if __name__ == "__main__":
    raise SystemExit(main())
