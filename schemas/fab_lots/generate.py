"""Seeded data generator for the fab_lots pilot database (abstention pilot).

Reference data (currencies, customers, technologies, products, areas, tools, employees, parts,
recipes, routes, lookups, fiscal calendar) is identical in every instance; prices, recipe versions,
rates, lots, wafers, steps, holds, sort results, shipments, tool states and maintenance depend on
the seed.  Instances 1..3 get planted boundary rows (_plant, _plant_edges); instances 1..3 also get the
mutant-boundary rows of _mx_prices / _mx_versions / _plant_mutants (instance 3 adds 2 customers, 1 product and
3 tools to the reference data) and the ROUND-digit rows of _plant_round (instance 1 adds 2 customers and 2 products,
instance 2 one part).  Stdlib only, no wall clock.
Fab local time = UTC+8 (no DST); extract 2025-06-30 23:59 local.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

SEEDS = [90210, 4242, 77007, 13579]

UTC = timezone.utc
LOCAL = timedelta(hours=8)
EXTRACT_LOCAL = datetime(2025, 6, 30, 23, 59)
EXTRACT_UTC = datetime(2025, 6, 30, 15, 59, tzinfo=UTC)
HIST_START = datetime(2024, 1, 1, tzinfo=UTC)

CURRENCIES = [("USD", "US dollar"), ("EUR", "Euro"), ("JPY", "Japanese yen")]
CUSTOMERS = [("Aurora Silicon Inc.", "US", "USD"), ("Halbleiter Möller GmbH", "DE", "EUR"),
             ("Kōgen Devices K.K.", "JP", "JPY"), ("O'Neill Microsystems", "US", "USD"),
             ("Société Puce Lumière", "FR", "EUR"), ("Sakura Analog Co.", "JP", "JPY")]
TECHS = [("N40LP", "40 nm low-power logic"), ("N65", "65 nm mixed-signal"), ("BCD180", "180 nm BCD power")]
# code, tech, customer, gross die
PRODUCTS = [("PX-4021", 1, 1, 1240), ("PX-4105", 1, 3, 980), ("MS-6510", 2, 2, 2210), ("MS-6533", 2, 4, 1875),
            ("MS-6590", 2, 6, 1520), ("PW-1802", 3, 5, 640), ("PW-1811", 3, 1, 812), ("PW-1840", 3, 3, 455)]
AREAS = [("LITHO", "Lithography"), ("ETCH", "Etch"), ("DEPO", "Deposition"), ("IMPL", "Implant"),
         ("CMP", "Chemical mechanical polishing"), ("METRO", "Metrology")]
VENDORS = {"LITHO": [("ASML", "TWINSCAN NXT:1470"), ("Nikon", "NSR-S322F")],
           "ETCH": [("Lam Research", "Kiyo FX"), ("Tokyo Electron", "Tactras Vigus")],
           "DEPO": [("Applied Materials", "Endura Clover"), ("ASM International", "Eagle XP8")],
           "IMPL": [("Axcelis", "Purion H"), ("Applied Materials", "VIISta 900XP")],
           "CMP": [("Applied Materials", "Reflexion LK Prime"), ("Ebara", "F-REX300X")],
           "METRO": [("KLA", "SpectraShape 11k"), ("Hitachi High-Tech", "CG7300")]}
# (area, installed, decommissioned) per tool; codes AREA-nn
TOOLS = [("LITHO", date(2016, 3, 1), None), ("LITHO", date(2018, 7, 9), None), ("LITHO", date(2014, 5, 5), date(2024, 4, 30)),
         ("LITHO", date(2024, 3, 18), None),
         ("ETCH", date(2015, 2, 2), date(2023, 9, 1)), ("ETCH", date(2017, 6, 12), None), ("ETCH", date(2019, 1, 21), None),
         ("ETCH", date(2016, 11, 7), date(2024, 10, 15)), ("ETCH", date(2023, 5, 22), None), ("ETCH", date(2024, 8, 5), None),
         ("DEPO", date(2015, 9, 14), None), ("DEPO", date(2018, 4, 2), None), ("DEPO", date(2013, 8, 19), date(2025, 2, 28)),
         ("DEPO", date(2021, 10, 11), None),
         ("IMPL", date(2014, 1, 6), None), ("IMPL", date(2019, 9, 30), None), ("IMPL", date(2012, 6, 1), date(2023, 3, 31)),
         ("CMP", date(2016, 5, 23), None), ("CMP", date(2020, 2, 17), None), ("CMP", date(2013, 10, 28), date(2024, 6, 30)),
         ("METRO", date(2017, 8, 14), None), ("METRO", date(2022, 1, 10), None), ("METRO", date(2015, 4, 13), date(2024, 12, 20))]
STATUS_CODES = [("productive", "Processing production lots", False), ("standby", "Available, waiting for work", False),
                ("engineering", "Engineering / qualification runs", False),
                ("down_scheduled", "Planned downtime (preventive maintenance)", True),
                ("down_unscheduled", "Unplanned downtime (failure, repair)", True)]
EMPLOYEES = [("Chen Wei-Ling", "technician", date(2015, 4, 1)), ("Lin Jia-Hao", "technician", date(2017, 9, 11)),
             ("Huang Mei-Hua", "engineer", date(2012, 2, 6)), ("Tsai Yu-Chen", "technician", date(2019, 6, 3)),
             ("Jürgen Köhler", "engineer", date(2016, 1, 18)), ("Wang Zhi-Qiang", "supervisor", date(2010, 8, 2)),
             ("Liu Shu-Fen", "technician", date(2021, 3, 15)), ("Ōta Kenji", "engineer", date(2018, 10, 1)),
             ("Hsu Chia-Yi", "technician", date(2022, 7, 4)), ("Renée Dubois", "supervisor", date(2014, 5, 19))]
PARTS = [("SP-1010", "Focus ring", 1850), ("SP-1040", "Edge ring, quartz", 2420), ("SP-1102", "O-ring kit", 95),
         ("SP-1200", "RF generator board", 14800), ("SP-1305", "Turbo pump seal", 640), ("SP-1410", "Wafer lift pin set", 310),
         ("SP-1520", "Showerhead", 9700), ("SP-1601", "Robot end effector", 5200), ("SP-1702", "Polishing pad", 780),
         ("SP-1810", "Slurry filter", 120), ("SP-1903", "Lamp module", 3300), ("SP-2001", "Ion source filament", 450)]
SCRAP = [("BRK", "Broken wafer"), ("CNT", "Particle contamination"), ("MIS", "Misprocessing (wrong recipe/parameters)"),
         ("SCR", "Scratched wafer"), ("ENG", "Engineering split, scrapped by design")]
BINS = [("B01", "Pass", True), ("B02", "Open/short fail", False), ("B03", "Leakage fail", False), ("B04", "Idd fail", False),
        ("B05", "Functional fail", False), ("B06", "Speed fail", False), ("B07", "Memory BIST fail", False),
        ("B08", "Parametric fail", False), ("B09", "Ink / edge die", False)]
ROUTE = ["LITHO", "ETCH", "DEPO", "IMPL", "LITHO", "ETCH", "CMP", "METRO"]
STEP_NAMES = ["Active litho", "STI etch", "Gate oxide deposition", "Well implant", "Contact litho", "Contact etch",
              "Metal CMP", "Final CD metrology"]


def _reference():
    currencies = list(CURRENCIES)
    customers = [(i + 1, n, cc, cur) for i, (n, cc, cur) in enumerate(CUSTOMERS)]
    techs = [(i + 1, c, d) for i, (c, d) in enumerate(TECHS)]
    products = [(i + 1, *p) for i, p in enumerate(PRODUCTS)]
    areas = [(i + 1, c, n) for i, (c, n) in enumerate(AREAS)]
    area_id = {c: i + 1 for i, (c, _) in enumerate(AREAS)}
    r = random.Random(1234)
    tools, count = [], {}
    for i, (a, inst, dec) in enumerate(TOOLS):
        count[a] = count.get(a, 0) + 1
        vendor, model = r.choice(VENDORS[a])
        serial = None if dec else f"{vendor[:2].upper()}{r.randrange(100000, 999999)}"
        tools.append((i + 1, f"{a}-{count[a]:02d}", area_id[a], vendor, model, serial, inst, dec))
    employees = [(i + 1, *e) for i, e in enumerate(EMPLOYEES)]
    parts = [(p, d, Decimal(v).quantize(Decimal("0.01"))) for p, d, v in PARTS]
    recipes, route = [], []
    for t in techs:
        for s, a in enumerate(ROUTE):
            rid = len(recipes) + 1
            recipes.append((rid, f"{t[1]}-{a}-{s + 1}", area_id[a], t[0]))
            route.append((t[0], s + 1, STEP_NAMES[s], area_id[a], rid))
    fiscal = []
    for fy in range(2023, 2027):
        for m in range(12):
            y, cm = (fy - 1, 10 + m) if m < 3 else (fy, m - 2)
            start = date(y, cm, 1)
            nxt = date(y + (cm == 12), cm % 12 + 1, 1)
            fiscal.append((fy, m + 1, m // 3 + 1, start, nxt - timedelta(days=1)))
    return currencies, customers, techs, products, areas, tools, employees, parts, recipes, route, fiscal


def _money(x) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"))


def generate(seed: int) -> dict[str, list[tuple]]:
    currencies, customers, techs, products, areas, tools, employees, parts, recipes, route, fiscal = _reference()
    r = random.Random(seed)
    plant = seed != SEEDS[0]
    area_code = {a[0]: a[1] for a in areas}

    # ---- currency rates (random walk) ----
    rates = []
    lvl = {"EUR": r.uniform(1.05, 1.12), "JPY": r.uniform(0.0064, 0.0071)}
    d = date(2024, 1, 1)
    while d <= date(2025, 6, 30):
        rates.append(("USD", d, Decimal("1.00000000")))
        for c in ("EUR", "JPY"):
            lvl[c] *= 1 + r.uniform(-0.004, 0.004)
            rates.append((c, d, Decimal(f"{lvl[c]:.8f}")))
        d += timedelta(days=1)

    # ---- prices: hidden pre-2023-07 price + kept history from 2023-07-01 ----
    cur_of_cust = {c[0]: c[3] for c in customers}
    base = {"USD": 1, "EUR": 0.92, "JPY": 150}
    prices = []  # (product, from, to, price)
    hidden_price = {}
    for p in products:
        unit = base[cur_of_cust[p[3]]]
        pr = r.uniform(900, 4200) * unit
        hidden_price[p[0]] = _money(pr * r.uniform(0.9, 1.1)) if unit != 150 else Decimal(round(pr * 1.05))
        changes = sorted(r.sample(range(30, 700), r.randrange(1, 4)))
        starts = [date(2023, 7, 1)] + [date(2023, 7, 1) + timedelta(days=c) for c in changes]
        if plant and p[1] == "PX-4021":
            starts = sorted(set([s for s in starts if abs((s - date(2024, 1, 15)).days) > 20] + [date(2024, 1, 15)]))
        for i, s in enumerate(starts):
            pr *= r.uniform(0.93, 1.08)
            val = Decimal(round(pr)).quantize(Decimal("0.01")) if unit == 150 else _money(pr)
            prices.append((p[0], s, starts[i + 1] if i + 1 < len(starts) else None, val))
    if seed == SEEDS[3]:
        _mx_prices(prices)

    def price_on(pid, day):
        if day < date(2023, 7, 1):
            return hidden_price[pid]
        for (q, f, t, v) in prices:
            if q == pid and f <= day and (t is None or day < t):
                return v
        raise AssertionError

    # ---- recipe versions ----
    versions = []
    for rc in recipes:
        v = r.randrange(1, 6)
        starts = [date(2023, 1, 1)] + sorted(date(2023, 1, 15) + timedelta(days=x) for x in r.sample(range(0, 880), r.randrange(0, 4)))
        if plant and rc[0] in (2, 10):
            starts = sorted(set(starts + [date(2024, 1, 1)]))
        if plant and rc[0] in (2, 18):
            starts = sorted(set(starts + [date(2025, 1, 1)]))
        if plant and rc[0] == 10:
            starts = sorted(set(starts + [date(2023, 12, 31)]))
        tgt = r.uniform(20, 400)
        for i, s in enumerate(starts):
            versions.append((rc[0], v + i, s, starts[i + 1] if i + 1 < len(starts) else None,
                             Decimal(f"{tgt * r.uniform(0.95, 1.05):.1f}")))
    if seed == SEEDS[3]:
        _mx_versions(versions)

    def version_on(rid, day):
        for (q, vno, f, t, _) in versions:
            if q == rid and f <= day and (t is None or day < t):
                return vno
        raise AssertionError

    # ---- lots, wafers, steps, scrap, holds, sort ----
    area_tools = {}
    for t in tools:
        area_tools.setdefault(t[2], []).append(t)
    tool_w = {t[0]: r.uniform(0.3, 3.0) for t in tools}
    prod_w = [r.uniform(0.3, 2.5) for _ in products]
    prod_yield = {p[0]: r.uniform(0.78, 0.95) for p in products}
    scrap_w = [r.uniform(0.2, 3) for _ in SCRAP]
    bin_w = [r.uniform(0.2, 3) for _ in BINS[1:]]
    route_of = {}
    for rs in route:
        route_of.setdefault(rs[0], []).append(rs)

    lots, wafers, steps, holds, sorts, bins = [], [], [], [], [], []
    lot_info = {}  # lot_id -> dict(product, last_out, n_good_wafers)
    n_lots = r.randrange(150, 190)
    day0 = date(2023, 1, 2)
    span = (date(2025, 6, 25) - day0).days
    start_days = sorted(r.randrange(span) for _ in range(n_lots))
    wid = sid = hid = 0
    for li, sd in enumerate(start_days):
        lot_id = li + 1
        started = day0 + timedelta(days=sd)
        prod = r.choices(products, prod_w)[0]
        deleted = r.random() < 0.03
        prio = r.choices(["normal", "hot", "engineering"], [8, 1.5, 0.7])[0]
        lot_code = f"L{started:%y}{chr(65 + started.month - 1)}{lot_id:04d}"
        info = {"product": prod, "deleted": deleted, "wafer_ids": [], "done": False, "last_out": None}
        lot_info[lot_id] = info
        lots.append([lot_id, lot_code, prod[0], started, prio, "in_process", deleted])
        if deleted:
            continue
        nw = 25 if r.random() < 0.85 else r.randrange(12, 25)
        alive = []
        for s in range(nw):
            wid += 1
            wafers.append([wid, lot_id, s + 1, None, None])
            alive.append(wafers[-1])
            info["wafer_ids"].append(wid)
        t = datetime(started.year, started.month, started.day, r.randrange(6, 20), r.randrange(60))
        finished = True
        for rs in route_of[prod[2]]:
            t += timedelta(minutes=r.randrange(60, 1800) * (1 if prio != "hot" else 0.4) // 1)
            if t > EXTRACT_LOCAL:
                finished = False
                break
            cands = [x for x in area_tools[rs[3]] if x[6] <= t.date() and (x[7] is None or t.date() < x[7])]
            tool = r.choices(cands, [tool_w[x[0]] for x in cands])[0]
            tin = t.replace(second=0)
            t = tin + timedelta(minutes=r.randrange(45, 400))
            tout = t if t <= EXTRACT_LOCAL else None
            sid += 1
            steps.append([sid, lot_id, rs[1], tool[0], rs[4], version_on(rs[4], tin.date()), tin, tout, len(alive)])
            if tout is None:
                finished = False
                break
            for w in list(alive):
                if r.random() < 0.004:
                    w[3] = tout.date()
                    w[4] = r.choices(SCRAP, scrap_w)[0][0]
                    alive.remove(w)
            if r.random() < 0.03:
                hid += 1
                pa = tout + timedelta(minutes=r.randrange(1, 30))
                rel = pa + timedelta(minutes=r.randrange(60, 3000))
                holds.append((hid, lot_id, r.choice(["QA", "ENG", "CUST", "EQP"]), pa, rel if rel <= EXTRACT_LOCAL else None))
                t = rel
            if not alive:
                finished = False
                break
        if not finished:
            continue
        info["done"] = True
        info["last_out"] = t
        info["alive"] = alive
        lots[-1][5] = "completed"

    # sort date and ship moment of finished lots
    for lot_id, info in lot_info.items():
        if not info["done"]:
            continue
        info["sort_date"] = info["last_out"].date() + timedelta(days=r.randrange(1, 4))
        sdate = info["sort_date"] + timedelta(days=r.randrange(1, 6))
        info["ship"] = datetime(sdate.year, sdate.month, sdate.day, r.choice([10, 15]), 0, tzinfo=UTC) - LOCAL

    if plant:
        _plant(r, lot_info, steps, wafers, lots, tools, holds)

    for lot_id, info in lot_info.items():
        if not info["done"] or info["sort_date"] > EXTRACT_LOCAL.date():
            continue
        prod = info["product"]
        for w in info["alive"]:
            y = min(0.995, max(0.2, r.gauss(prod_yield[prod[0]], 0.05)))
            good = int(round(prod[4] * y))
            if info.get("force_good") is not None and w is info["alive"][0]:
                good = info["force_good"]
            sorts.append((w[0], info["sort_date"], prod[4], good))
            if info["sort_date"] >= date(2024, 7, 1):
                fails = prod[4] - good
                split = {}
                if info.get("force_b07") and fails:
                    split["B07"] = 1
                    fails -= 1
                # distribute remaining fails over bins by weight, in up to 5 chunks
                chunks = r.randrange(1, 6)
                for k in range(chunks):
                    amt = fails if k == chunks - 1 else r.randrange(0, fails + 1)
                    fails -= amt
                    if amt:
                        b = r.choices(BINS[1:], bin_w)[0][0]
                        split[b] = split.get(b, 0) + amt
                for b in sorted(split):
                    bins.append((w[0], b, split[b]))

    # shipments: group by (customer, ship moment)
    ships, ship_lots = [], []
    groups = {}
    for lot_id, info in sorted(lot_info.items()):
        if not info["done"] or info["ship"] > EXTRACT_UTC or info["sort_date"] > EXTRACT_LOCAL.date():
            continue
        groups.setdefault((info["product"][3], info["ship"]), []).append(lot_id)
    for n, ((cust, when), lids) in enumerate(sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0]))):
        shid = n + 1
        amount = Decimal(0)
        for lid in lids:
            info = lot_info[lid]
            nship = len(info["alive"]) - (1 if r.random() < 0.1 and len(info["alive"]) > 1 else 0)
            ship_lots.append((shid, lid, nship))
            amount += nship * price_on(info["product"][0], when.date())
            lots[lid - 1][5] = "shipped"
        ships.append((shid, f"SH-{when:%y}{shid:04d}", cust, when, _money(amount), cur_of_cust[cust]))

    # ---- tool status history ----
    hist = []
    for tl in tools:
        start = max(HIST_START, datetime(tl[6].year, tl[6].month, tl[6].day, tzinfo=UTC))
        end = datetime(tl[7].year, tl[7].month, tl[7].day, tzinfo=UTC) if tl[7] else None
        if end is not None and end <= HIST_START:
            continue
        t = start
        st = r.choice(["productive", "standby"])
        while True:
            dur = {"productive": (600, 7200), "standby": (30, 720), "engineering": (60, 360),
                   "down_scheduled": (120, 600), "down_unscheduled": (45, 1800)}[st]
            nxt = t + timedelta(minutes=r.randrange(*dur))
            if end is not None and nxt >= end:
                hist.append([tl[0], st, t, end])
                break
            if nxt > EXTRACT_UTC:
                hist.append([tl[0], st, t, None])
                break
            hist.append([tl[0], st, t, nxt])
            t = nxt
            st = r.choices([s[0] for s in STATUS_CODES if s[0] != st],
                           [{"productive": 6, "standby": 3, "engineering": 1, "down_scheduled": 1, "down_unscheduled": 1.5}[s[0]]
                            for s in STATUS_CODES if s[0] != st])[0]
    if plant:
        etch_ids = [tl[0] for tl in tools if area_code[tl[2]] == "ETCH"]
        # first interval of an ETCH tool at 2024-01-01 is unscheduled down; one interval straddling 2025-01-01 too
        for h in hist:
            if h[0] == etch_ids[1] and h[2] == HIST_START:
                h[1] = "down_unscheduled"
            if h[0] == etch_ids[2] and h[2] < datetime(2025, 1, 1, tzinfo=UTC) and (h[3] is None or h[3] > datetime(2025, 1, 1, tzinfo=UTC)):
                h[1] = "down_unscheduled"

    # ---- maintenance ----
    maint, mparts = [], []
    emp_w = [r.uniform(0.3, 3) for _ in employees]
    eid = 0
    def add_event(tool_id, typ, st, hours, signer=None, parts_=None):
        nonlocal eid
        eid += 1
        maint.append((eid, tool_id, typ, st, st + timedelta(minutes=int(hours * 60)),
                      signer or r.choices(employees, emp_w)[0][0]))
        used = parts_ if parts_ is not None else {p[0]: r.randrange(1, 5) for p in r.sample(parts, r.choice([0, 1, 1, 2, 3]))}
        for pn in sorted(used):
            mparts.append((eid, pn, used[pn]))
    for tl in tools:
        t0 = max(datetime(2023, 1, 1, tzinfo=UTC), datetime(tl[6].year, tl[6].month, tl[6].day, tzinfo=UTC))
        end = min(EXTRACT_UTC, datetime(tl[7].year, tl[7].month, tl[7].day, tzinfo=UTC)) if tl[7] else EXTRACT_UTC
        rate = r.uniform(8, 40)
        t = t0 + timedelta(minutes=r.randrange(0, 40000))
        while t < end - timedelta(days=1):
            add_event(tl[0], "repair" if r.random() < 0.45 else "pm", t, r.uniform(1, 14))
            t += timedelta(minutes=r.randrange(60, int(rate * 2880)))
    if plant:
        etch = [tl[0] for tl in tools if area_code[tl[2]] == "ETCH" and tl[7] is None]
        add_event(etch[0], "repair", datetime(2023, 12, 31, 23, 0, tzinfo=UTC), 3, 2, {"SP-1200": 1})
        add_event(etch[0], "repair", datetime(2024, 1, 1, 0, 0, tzinfo=UTC), 2, 2, {"SP-1040": 2})
        add_event(etch[1], "repair", datetime(2024, 12, 31, 16, 30, tzinfo=UTC), 2, 4, {"SP-1010": 1})
        add_event(etch[1], "repair", datetime(2025, 1, 1, 0, 0, tzinfo=UTC), 2, 4, {"SP-1520": 1})
        add_event(etch[2], "pm", datetime(2024, 6, 1, 2, 0, tzinfo=UTC), 2, 2, {"SP-1200": 3})
        add_event(etch[2], "repair", datetime(2024, 6, 2, 2, 0, tzinfo=UTC), 2, 2, {})

    if plant:
        _plant_edges(ships, ship_lots, sorts, lot_info, price_on)
    # ---- look-alike tables (extension, own RNG: the tables above are unchanged) ----
    xr = random.Random(seed * 31 + 7)
    arch, aparts = [], []
    aid = 100000
    def add_arch(tool_id, typ, st, hours, signer=None, parts_=None):
        nonlocal aid
        aid += 1
        arch.append((aid, tool_id, typ, st, st + timedelta(minutes=int(hours * 60)),
                     signer or xr.choices(employees, emp_w)[0][0]))
        used = parts_ if parts_ is not None else {p[0]: xr.randrange(1, 5) for p in xr.sample(parts, xr.choice([0, 1, 1, 2, 3]))}
        for pn in sorted(used):
            aparts.append((aid, pn, used[pn]))
    a_start, a_end = datetime(2021, 1, 1, tzinfo=UTC), datetime(2023, 1, 1, tzinfo=UTC)
    for tl in tools:
        t0 = max(a_start, datetime(tl[6].year, tl[6].month, tl[6].day, tzinfo=UTC))
        end = min(a_end, datetime(tl[7].year, tl[7].month, tl[7].day, tzinfo=UTC)) if tl[7] else a_end
        if t0 >= end:
            continue
        rate = xr.uniform(10, 45)
        t = t0 + timedelta(minutes=xr.randrange(0, 40000))
        while t < end - timedelta(hours=16):
            add_arch(tl[0], "repair" if xr.random() < 0.45 else "pm", t, xr.uniform(1, 14))
            t += timedelta(minutes=xr.randrange(60, int(rate * 2880)))
    if plant:
        # FY / year boundary rows in the archive (UTC dates vs fab local dates)
        add_arch(6, "repair", datetime(2022, 9, 30, 20, 0, tzinfo=UTC), 3, 3, {"SP-1200": 1})
        add_arch(6, "pm", datetime(2022, 10, 1, 0, 0, tzinfo=UTC), 2, 3, {"SP-1040": 1})
        add_arch(7, "repair", datetime(2022, 12, 31, 20, 0, tzinfo=UTC), 2, 5, {"SP-1520": 1})
        add_arch(5, "repair", datetime(2021, 1, 1, 0, 0, tzinfo=UTC), 3, 3, {"SP-1601": 1})
        # long ETCH-02 repairs at the 2022 / 2024 edges, one of exactly 10 hours
        add_arch(6, "repair", datetime(2022, 1, 1, 0, 0, tzinfo=UTC), 11, 4, {})
        add_arch(6, "repair", datetime(2021, 12, 31, 12, 0, tzinfo=UTC), 11.5, 4, {})
        add_arch(6, "repair", datetime(2022, 6, 1, 0, 0, tzinfo=UTC), 10, 4, {})
        maint.append((90001, 6, "repair", datetime(2023, 12, 31, 12, 0, tzinfo=UTC), datetime(2023, 12, 31, 23, 0, tzinfo=UTC), 4))
        maint.append((90002, 6, "repair", datetime(2024, 1, 1, 6, 0, tzinfo=UTC), datetime(2024, 1, 1, 17, 30, tzinfo=UTC), 4))
    arch.sort(key=lambda e: e[0])
    if plant:
        # holds at fab-local / UTC date and fiscal-year edges (lot_holds is used by no pilot question)
        span_of = {}
        for x in steps:
            a, b = span_of.get(x[1], (x[6], x[7] or EXTRACT_LOCAL))
            span_of[x[1]] = (min(a, x[6]), max(b, x[7] or EXTRACT_LOCAL))
        nh = max([h[0] for h in holds], default=0)
        started_of = {x[0]: x[3] for x in lots}
        ship_at = {sh[0]: (sh[3] + LOCAL).replace(tzinfo=None) for sh in ships}
        shipped_local = {}
        for sl in ship_lots:
            shipped_local[sl[1]] = min(shipped_local.get(sl[1], ship_at[sl[0]]), ship_at[sl[0]])
        steps_by_lot = {}
        for x in steps:
            steps_by_lot.setdefault(x[1], []).append(x)
        for placed, dur in ((datetime(2023, 10, 1, 2, 0), timedelta(hours=5)), (datetime(2024, 10, 1, 3, 0), timedelta(hours=30)),
                            (datetime(2024, 1, 1, 0, 0), timedelta(hours=24)), (datetime(2024, 12, 31, 20, 0), timedelta(hours=4)),
                            (datetime(2024, 1, 1, 0, 0), timedelta(hours=171)), (datetime(2023, 12, 31, 9, 0), timedelta(hours=163)),
                            (datetime(2025, 1, 1, 0, 0), timedelta(hours=157)), (datetime(2024, 12, 31, 7, 30), timedelta(hours=149)),
                            (datetime(2023, 12, 30, 14, 0), timedelta(hours=24, minutes=0)), (datetime(2024, 12, 30, 11, 0), timedelta(hours=40)),
                            (datetime(2023, 12, 31, 0, 0), timedelta(hours=2))):
            # a lot released by then that is not tracked in while held and has no other hold then (the lot may not
            # move while on hold), preferably not shipped before the release of the hold: the lot in the line at that
            # moment, else the one whose processing ended last before it
            released = placed + dur
            ok = [k for k in sorted(span_of)
                  if started_of[k] <= placed.date()
                  and not any(x[6] >= placed and x[6] < released for x in steps_by_lot[k])
                  and not any(h[1] == k and h[3] < released and (h[4] is None or h[4] > placed) for h in holds)]
            lid = min(ok, key=lambda k: (shipped_local.get(k, EXTRACT_LOCAL) < released, not span_of[k][0] <= placed <= span_of[k][1],
                                         abs((placed - span_of[k][1]).total_seconds())))
            nh += 1
            holds.append((nh, lid, ("QA", "ENG", "CUST", "EQP")[nh % 4], placed, placed + dur))
    if plant:
        for area_c, cut in (("ETCH", datetime(2024, 12, 31, 16, 0, tzinfo=UTC)), ("ETCH", datetime(2025, 1, 1, 12, 0, tzinfo=UTC)),
                            ("LITHO", datetime(2025, 3, 31, 16, 0, tzinfo=UTC)), ("LITHO", datetime(2025, 3, 30, 20, 0, tzinfo=UTC)),
                            ("LITHO", datetime(2024, 12, 31, 16, 0, tzinfo=UTC)), ("LITHO", datetime(2025, 1, 1, 3, 0, tzinfo=UTC))):
            for i, h in enumerate(hist):
                if area_code[tools[h[0] - 1][2]] == area_c and h[2] < cut and (h[3] is None or h[3] > cut):
                    hist[i:i + 1] = [[h[0], h[1], h[2], cut], [h[0], h[1], cut, h[3]]]
                    break
        hist.sort(key=lambda h: (h[0], h[2]))
    if seed in SEEDS[1:]:
        _plant_mutants(seed, dict(lots=lots, wafers=wafers, steps=steps, holds=holds, sorts=sorts, bins=bins, ships=ships,
                                  ship_lots=ship_lots, hist=hist, maint=maint, mparts=mparts, arch=arch, tools=tools,
                                  customers=customers, price_on=price_on, version_on=version_on, area_code=area_code,
                                  route=route, products=products, prices=prices))
    if seed in (SEEDS[1], SEEDS[2]):
        _plant_round(seed, dict(sorts=sorts, bins=bins, wafers=wafers, rates=rates, customers=customers, cur_of_cust=cur_of_cust, products=products, prices=prices,
                                lots=lots, ships=ships, ship_lots=ship_lots, parts=parts, mparts=mparts, maint=maint,
                                tools=tools, area_code=area_code))
    # stale monthly revenue report: fab local months 2024-01 .. 2025-02, converted at the month-end rate
    rate_of = {(c, dd): v for (c, dd, v) in rates}
    rep = {}
    for sh in ships:
        loc = sh[3] + LOCAL
        m0 = date(loc.year, loc.month, 1)
        if not (date(2024, 1, 1) <= m0 <= date(2025, 2, 1)):
            continue
        k = (sh[2], m0)
        n0, amt = rep.get(k, (0, Decimal(0)))
        rep[k] = (n0 + 1, amt + sh[4])
    rpt = []
    for (cust, m0), (n0, amt) in sorted(rep.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        mend = date(m0.year + (m0.month == 12), m0.month % 12 + 1, 1) - timedelta(days=1)
        rpt.append((cust, m0, n0, _money(amt * rate_of[(cur_of_cust[cust], mend)])))
    # staging sort loads: tester loads of June 2025 (accepted copy + some rejected superseded loads)
    stg = []
    lid_ = 0
    for (wf, td, nt, ng) in sorts:
        if td < date(2025, 6, 1):
            continue
        if xr.random() < 0.2:
            lid_ += 1
            stg.append((lid_, wf, td, nt, max(0, ng - xr.randrange(5, 120)), "rejected"))
        lid_ += 1
        stg.append((lid_, wf, td, nt, ng, "accepted"))

    return {
        "currencies": currencies,
        "currency_rates": rates,
        "fiscal_periods": fiscal,
        "customers": customers,
        "technologies": techs,
        "products": products,
        "product_price_history": prices,
        "process_areas": areas,
        "tools": tools,
        "tool_status_codes": STATUS_CODES,
        "tool_status_history": [tuple(h) for h in hist],
        "employees": employees,
        "maintenance_events": maint,
        "parts": parts,
        "maintenance_parts": mparts,
        "recipes": recipes,
        "recipe_versions": versions,
        "route_steps": route,
        "lots": [tuple(x) for x in lots],
        "scrap_reasons": SCRAP,
        "wafers": [tuple(x) for x in wafers],
        "lot_steps": [tuple(x) for x in steps],
        "lot_holds": holds,
        "bin_codes": BINS,
        "sort_tests": sorts,
        "sort_bins": bins,
        "shipments": ships,
        "shipment_lots": ship_lots,
        "archive_maintenance_events": arch,
        "archive_maintenance_parts": aparts,
        "rpt_customer_revenue_monthly": rpt,
        "staging_sort_tests": stg,
    }


def _plant(r, lot_info, steps, wafers, lots, tools, holds):
    """Boundary rows for instances 1..3 (see README.md)."""
    # track-outs at the year boundaries (fab local time)
    started = {x[0]: x[3] for x in lots}
    by_lot = {}
    for s in steps:
        by_lot.setdefault(s[1], {})[s[2]] = s

    def movable(s, target):
        # the moved step stays after the lot's release, after the previous step and off the lot's holds, and before
        # the next step (or the sort test and the shipment of a finished lot)
        if s[7] is None or started[s[1]] > (target - timedelta(minutes=50)).date():
            return False
        prev, nxt = by_lot[s[1]].get(s[2] - 1), by_lot[s[1]].get(s[2] + 1)
        tin = s[6] if s[6] < target else target - timedelta(minutes=50)
        if prev is not None and (prev[7] is None or prev[7] > tin):
            return False
        if any(h[1] == s[1] and h[3] < tin and (h[4] is None or h[4] > tin) for h in holds):
            return False
        if s[7] < target:
            if nxt is not None:
                return nxt[6] >= target
            i = lot_info[s[1]]
            return not i["done"] or (i["sort_date"] > target.date() and (i["ship"] + LOCAL).replace(tzinfo=None) > target)
        return True
    for target in (datetime(2023, 12, 31, 23, 59, 59), datetime(2024, 1, 1, 0, 0), datetime(2024, 12, 31, 23, 59, 59),
                   datetime(2025, 1, 1, 0, 0)):
        cand = [s for s in steps if movable(s, target)]
        if not cand:  # no lot in the line then (instance 2 has none around 2025-01-01): no such row
            continue
        best = min(cand, key=lambda s: abs(s[7] - target))
        best[7] = target
        if best[6] >= target:
            best[6] = target - timedelta(minutes=50)
    # scrap dates at the year boundaries
    started = {x[0]: x[3] for x in lots}
    for dd in (date(2023, 12, 31), date(2024, 1, 1), date(2024, 12, 31), date(2025, 1, 1)):
        w = next(w for w in wafers if w[3] is None and timedelta(days=3) <= dd - started[w[1]] <= timedelta(days=40))
        w[3], w[4] = dd, "BRK"
        info = lot_info[w[1]]
        if info.get("alive") and w in info["alive"]:
            info["alive"].remove(w)
    done = [(lid, i) for lid, i in lot_info.items() if i["done"] and i["alive"]]

    def steal(when, cond):
        for lid, i in done:
            if not i.get("planted") and cond(i):
                i["planted"] = True
                return i
        return None
    # shipments at UTC / local-date / fiscal-quarter boundaries
    for when in (datetime(2023, 12, 31, 23, 30, tzinfo=UTC), datetime(2024, 1, 1, 0, 0, tzinfo=UTC),
                 datetime(2024, 9, 30, 23, 0, tzinfo=UTC), datetime(2024, 10, 1, 0, 0, tzinfo=UTC),
                 datetime(2024, 12, 31, 17, 0, tzinfo=UTC), datetime(2024, 12, 31, 23, 59, tzinfo=UTC),
                 datetime(2025, 3, 31, 16, 30, tzinfo=UTC)):
        i = steal(when, lambda i: i["sort_date"] < (when + timedelta(hours=8)).date() < i["sort_date"] + timedelta(days=40)
                  and i["ship"] > when)
        if i:
            i["ship"] = when
    # sort tests at the bin-recording and quarter boundaries
    for dd, b07 in ((date(2024, 6, 30), False), (date(2024, 7, 1), True), (date(2024, 9, 30), True), (date(2024, 10, 1), True)):
        i = steal(dd, lambda i: i["last_out"].date() < dd < i["ship"].date())
        if i:
            i["sort_date"], i["force_b07"] = dd, b07
    # a wafer of PX-4021 (1240 die) with exactly 85 % yield in 2024, one just below
    for good in (1054, 1053):
        i = steal(None, lambda i: i["product"][1] == "PX-4021" and i["sort_date"].year == 2024)
        if i:
            i["force_good"] = good


def _plant_edges(ships, ship_lots, sorts, lot_info, price_on):
    """Extension (instances 1..3): move a few shipments and single-wafer sort tests onto the UTC / fab-local
    boundaries the extension questions use (invoice amounts re-priced at the new UTC date)."""
    lots_of = {}
    for (sh, lid, n) in ship_lots:
        lots_of.setdefault(sh, []).append((lid, n))
    moved = set()
    kogen = 3
    for tgt, cust in ((datetime(2023, 12, 31, 23, 0, tzinfo=UTC), kogen), (datetime(2024, 1, 1, 0, 0, tzinfo=UTC), kogen),
                      (datetime(2024, 12, 31, 23, 0, tzinfo=UTC), kogen), (datetime(2025, 1, 1, 0, 0, tzinfo=UTC), kogen),
                      (datetime(2023, 12, 31, 15, 0, tzinfo=UTC), None), (datetime(2023, 12, 31, 16, 0, tzinfo=UTC), None),
                      (datetime(2024, 12, 31, 15, 0, tzinfo=UTC), None), (datetime(2024, 12, 31, 16, 0, tzinfo=UTC), None),
                      (datetime(2024, 11, 30, 15, 0, tzinfo=UTC), None), (datetime(2024, 11, 30, 16, 0, tzinfo=UTC), None),
                      (datetime(2025, 3, 31, 15, 0, tzinfo=UTC), None), (datetime(2025, 3, 31, 16, 0, tzinfo=UTC), None)):
        loc_day = (tgt + LOCAL).date()
        cands = [i for i, x in enumerate(ships) if i not in moved and x[3].hour in (2, 7) and abs((x[3] - tgt).total_seconds()) <= 20 * 86400
                 and all(lot_info[lid]["sort_date"] < loc_day for lid, _ in lots_of[x[0]])]
        pref = [i for i in cands if ships[i][2] == cust] if cust else []
        pool = pref or cands
        if not pool:
            continue
        i = min(pool, key=lambda k: (abs((ships[k][3] - tgt).total_seconds()), ships[k][0]))
        moved.add(i)
        x = ships[i]
        amt = sum((n * price_on(lot_info[lid]["product"][0], tgt.date()) for lid, n in lots_of[x[0]]), Decimal(0))
        ships[i] = (x[0], f"SH-{tgt:%y}{x[0]:04d}", x[2], tgt, _money(amt), x[5])
    ship_day = {}
    for x in ships:
        for lid, _ in lots_of[x[0]]:
            ship_day[lid] = (x[3] + LOCAL).date()
    wlot = {}
    for lid, info in lot_info.items():
        for w in info.get("alive") or []:
            wlot[w[0]] = lid
    used = set()
    for tgt, node in ((date(2023, 12, 31), None), (date(2024, 1, 1), None), (date(2024, 12, 31), None), (date(2025, 1, 1), None),
                      (date(2024, 9, 30), None), (date(2024, 10, 1), None), (date(2025, 3, 31), 3), (date(2025, 4, 1), 3),
                      (date(2025, 5, 31), None), (date(2025, 6, 1), None)):
        best = None
        for i, (wf, td, nt, ng) in enumerate(sorts):
            lid = wlot.get(wf)
            if lid is None or lid in used or not (0 < abs((td - tgt).days) <= 10) or (td >= date(2024, 7, 1)) != (tgt >= date(2024, 7, 1)):
                continue
            info = lot_info[lid]
            if info["last_out"].date() >= tgt or ship_day.get(lid, date(2099, 1, 1)) <= tgt:
                continue
            if node is not None and info["product"][2] != node:
                continue
            key = (abs((td - tgt).days), wf)
            if best is None or key < best[0]:
                best = (key, i, lid)
        if best:
            _, i, lid = best
            used.add(lid)
            wf, td, nt, ng = sorts[i]
            sorts[i] = (wf, tgt, nt, ng)


# ------------------------------------------------------------------------------------------------
# Mutant-boundary rows (instances 2 and 3 only, no RNG: the random streams above are unchanged).
# Each block names the gold whose neighbour mutants it tells apart; see README.md "Planted rows".
PLANT_MISSES: list = []   # boundary rows a search could not place (printed by __main__)


def _mx_prices(prices):
    """Instance 3: price changes exactly on the days the price questions look up (h017 h046 h050 h061)."""
    def split(pid, d, factor):
        for i, (q, f, t, v) in enumerate(prices):
            if q == pid and f < d and (t is None or d < t):
                nv = (v * Decimal(factor)).quantize(Decimal("1")) if v >= 10000 else (v * Decimal(factor)).quantize(Decimal("0.01"))
                prices[i:i + 1] = [(q, f, d, v), (q, d, t, nv.quantize(Decimal("0.01")))]
                return
        PLANT_MISSES.append(("price", pid, d))
    # PX-4021 (product 1): the planted change of 2024-01-15 moves to 2024-01-16, plus a change on 2023-10-02
    for i, (q, f, t, v) in enumerate(prices):
        if q == 1 and t == date(2024, 1, 15):
            prices[i] = (q, f, date(2024, 1, 16), v)
        if q == 1 and f == date(2024, 1, 15):
            prices[i] = (q, date(2024, 1, 16), t, v)
    split(1, date(2023, 10, 2), "1.02")
    for pid, d in ((2, date(2024, 1, 1)), (3, date(2024, 1, 2)), (4, date(2025, 6, 30)), (5, date(2024, 10, 1)), (6, date(2024, 9, 30))):
        if any(q == pid and f == d for (q, f, t, v) in prices):
            continue
        split(pid, d, "1.03")
    prices.sort(key=lambda x: (x[0], x[1]))


def _mx_versions(versions):
    """Instance 3: N65 route-step-2 recipe (10) gets a version released on 2024-12-31 (h015, h056)."""
    d = date(2024, 12, 31)
    for i, (rid, vno, f, t, tgt) in enumerate(versions):
        if rid == 10 and f < d and (t is None or d < t):
            rest = [(r_, vn + 1, f_, t_, g_) for (r_, vn, f_, t_, g_) in versions if r_ == 10 and vn > vno]
            keep = [x for x in versions if not (x[0] == 10 and x[1] > vno)]
            keep[keep.index((rid, vno, f, t, tgt))] = (rid, vno, f, d, tgt)
            keep.append((rid, vno + 1, d, t, tgt + Decimal("0.5")))
            versions[:] = sorted(keep + rest, key=lambda x: (x[0], x[1]))
            return
    PLANT_MISSES.append(("version", 10, d))


def _plant_mutants(seed, c):
    """Instances 2 and 3: rows on the boundaries that the gold queries' neighbour mutants move (README.md)."""
    i3 = seed == SEEDS[3]
    lots, wafers, steps, holds, sorts, bins = c["lots"], c["wafers"], c["steps"], c["holds"], c["sorts"], c["bins"]
    ships, ship_lots, hist, maint, mparts, arch, tools = c["ships"], c["ship_lots"], c["hist"], c["maint"], c["mparts"], c["arch"], c["tools"]
    price_on, version_on, area_code = c["price_on"], c["version_on"], c["area_code"]
    U = lambda *a: datetime(*a, tzinfo=UTC)
    wafer_lot = {w[0]: w[1] for w in wafers}
    lot_of = {x[0]: x for x in lots}

    by_lot = {}
    for s_ in steps:
        by_lot.setdefault(s_[1], []).append(s_)
    for v_ in by_lot.values():
        v_.sort(key=lambda s_: s_[2])

    def steps_of(lid):
        return by_lot.get(lid, [])

    def test_dates(lid):
        return [t[1] for t in sorts if wafer_lot.get(t[0]) == lid]

    def ship_day(lid):
        shid = [sl[0] for sl in ship_lots if sl[1] == lid]
        return (next(s[3] for s in ships if s[0] == shid[0]) + LOCAL).date() if shid else date(2099, 1, 1)

    def in_service(tool_id, d):
        tl = tools[tool_id - 1]
        return tl[6] <= d and (tl[7] is None or d < tl[7])

    def hold_free(lid, a, b):
        return not any(h[1] == lid and h[3] < b and (h[4] is None or h[4] > a) for h in holds)

    # ---- lot_steps: track-in / track-out moved onto boundaries (h035 DEPO, h056 step 2, h036 step 8) ----
    moved_steps = set()

    def move_tin(target, cond, label):
        best = None
        for s in steps:
            if s[0] in moved_steps or s[7] is None or not cond(s):
                continue
            prev = [p for p in steps_of(s[1]) if p[2] == s[2] - 1]
            lo = prev[0][7] if prev else datetime.combine(lot_of[s[1]][3], datetime.min.time())
            if lo is None or not (lo <= target < s[7]) or not in_service(s[3], target.date()):
                continue
            if not hold_free(s[1], min(lo, target), max(s[6], target) + timedelta(minutes=1)):
                continue
            k = abs((s[6] - target).total_seconds())
            if best is None or k < best[0]:
                best = (k, s)
        if best is None:
            PLANT_MISSES.append((seed, label))
            return None
        s = best[1]
        s[6] = target
        s[5] = version_on(s[4], target.date())
        moved_steps.add(s[0])
        return s

    def move_tout8(target, label):
        best = None
        for s in steps:
            if s[0] in moved_steps or s[2] != 8 or s[7] is None or s[6] >= target - timedelta(minutes=30):
                continue
            td = test_dates(s[1])
            if (min(td) if td else EXTRACT_LOCAL.date()) <= target.date():
                continue
            if not hold_free(s[1], min(s[7], target), max(s[7], target) + timedelta(minutes=1)):
                continue
            k = abs((s[7] - target).total_seconds())
            if best is None or k < best[0]:
                best = (k, s)
        if best is None:
            PLANT_MISSES.append((seed, label))
            return
        best[1][7] = target
        moved_steps.add(best[1][0])

    sort_moved = set()
    # ---- sort tests of a whole lot moved onto boundary days (h013 h018 h014 h043 h054) ----
    def move_sort_lot(target, cond, label, miss=True):
        best = None
        for lid in {wafer_lot[t[0]] for t in sorts}:
            tds = test_dates(lid)
            if not cond(lid) or lid in sort_moved:
                continue
            d0 = max(set(tds), key=lambda d_: (tds.count(d_), d_))
            last = max(s[7] for s in steps_of(lid))
            if not last.date() <= target or (d0 >= date(2024, 7, 1)) != (target >= date(2024, 7, 1)) or d0 == target:
                continue
            if ship_day(lid) <= target:
                shid = [sl[0] for sl in ship_lots if sl[1] == lid]
                x = next(x for x in ships if x[0] == shid[0])
                if x[3].hour not in (2, 7) or (target - ship_day(lid)).days > 5:
                    continue
            if d0 >= date(2025, 6, 1):
                continue
            if best is None or (abs((d0 - target).days), lid) < best[:2]:
                best = (abs((d0 - target).days), lid, d0)
        if best is None:
            if miss:
                PLANT_MISSES.append((seed, label))
            return None
        lid = best[1]
        if ship_day(lid) <= target:   # its shipment leaves two days after the new test date (re-priced)
            shid = [sl[0] for sl in ship_lots if sl[1] == lid][0]
            i = next(i for i, x in enumerate(ships) if x[0] == shid)
            x = ships[i]
            when = x[3] + timedelta(days=(target - ship_day(lid)).days + 2)
            amt = sum((sl[2] * price_on(lot_of[sl[1]][2], when.date()) for sl in ship_lots if sl[0] == shid), Decimal(0))
            ships[i] = (x[0], f"SH-{when:%y}{x[0]:04d}", x[2], when, _money(amt), x[5])
        d0 = best[2]
        sorts[:] = [(t[0], target, t[2], t[3]) if wafer_lot.get(t[0]) == lid and t[1] == d0 else t for t in sorts]
        sort_moved.add(lid)
        return lid

    bcd = lambda lid: lot_of[lid][2] in (6, 7, 8)
    if seed != SEEDS[3]:   # instances 1 and 2: whole-lot sort tests on the calendar-year edges (h013 h018 h043)
        for dd in (date(2024, 1, 1), date(2025, 1, 1)):
            lid = move_sort_lot(dd, lambda lid: True, f"sort {dd}", miss=False)
            if lid and dd < date(2024, 7, 1):   # a low-yield lot (70 %), so that its wafers move the yield figures
                sorts[:] = [(t[0], t[1], t[2], int(t[2] * 0.7)) if wafer_lot.get(t[0]) == lid and t[1] == dd else t for t in sorts]
        move_sort_lot(date(2025, 4, 1), bcd, "BCD180 sort 2025-04-01", miss=False)
    if seed == SEEDS[1]:
        return
    if not i3:
        # ---- instance 2: no B07 die in 2024-Q3 (h014: COALESCE of an empty sum) ----
        td = {t[0]: t[1] for t in sorts}
        nb = {}
        for (wf, b, n) in bins:
            if b == "B07" and date(2024, 7, 1) <= td[wf] <= date(2024, 9, 30):
                b = "B05"
            nb[(wf, b)] = nb.get((wf, b), 0) + n
        bins[:] = [(wf, b, n) for (wf, b), n in sorted(nb.items())]
        # ---- instance 2: two lots tied on hold hours at the top-5 cut (h033 tie-breaker) ----
        tot = {}
        for h in holds:
            if h[4] is not None and datetime(2024, 1, 1) <= h[3] < datetime(2025, 1, 1):
                tot[h[1]] = tot.get(h[1], 0) + (h[4] - h[3]).total_seconds()
        code = {x[0]: x[1] for x in lots}
        rank = sorted(tot, key=lambda k: (-round(tot[k] / 3600, 2), code[k]))
        if len(rank) >= 6:
            a, b = rank[4], rank[5]
            delta = tot[a] - tot[b]
            for i, h in enumerate(holds):
                if h[1] == a and h[4] is not None and datetime(2024, 1, 1) <= h[3] < datetime(2025, 1, 1) \
                        and (h[4] - h[3]).total_seconds() > delta + 1800:
                    holds[i] = (h[0], h[1], h[2], h[3], h[4] - timedelta(seconds=delta))
                    break
            else:
                PLANT_MISSES.append((seed, "h033 tie"))
        return

    # ================= instance 3 only =================
    # ---- small engineering split lots (3 wafers, all scrapped by design, 'ENG', at their last step) whose
    #      steps sit on the boundaries: DEPO track-in (h035), step-2 track-in (h056), step-8 track-out (h036),
    #      release days (h029 h057 h044) ----
    route = {}
    for rs in c["route"]:
        route[(rs[0], rs[1])] = rs
    prod_tech = {p[0]: p[2] for p in c["products"]}

    n_lots0 = max(x[0] for x in lots)

    def new_eng_lot(pid, started, times):
        lid = max(x[0] for x in lots) + 1
        lots.append([lid, f"L{started:%y}{chr(65 + started.month - 1)}{lid:04d}", pid, started, "engineering", "in_process", False])
        lot_of[lid] = lots[-1]
        scrap_day = times[-1][1].date()
        w0 = max(w[0] for w in wafers)
        for k in range(3):
            wafers.append([w0 + k + 1, lid, k + 1, scrap_day, "ENG"])
            wafer_lot[w0 + k + 1] = lid
        for k, (tin, tout) in enumerate(times):
            rs = route[(prod_tech[pid], k + 1)]
            tl = min(t for t in tools if t[2] == rs[3] and t[6] <= tin.date() and (t[7] is None or tin.date() < t[7]))
            steps.append([max(x[0] for x in steps) + 1, lid, k + 1, tl[0], rs[4], version_on(rs[4], tin.date()), tin, tout, 3])
        by_lot[lid] = [x for x in steps if x[1] == lid]
        return lid

    D = datetime
    h = timedelta(hours=1)
    new_eng_lot(3, date(2024, 9, 30), [(D(2024, 9, 30, 8), D(2024, 9, 30, 11)), (D(2024, 9, 30, 14), D(2024, 9, 30, 18)),
                                       (D(2024, 10, 1, 0, 0), D(2024, 10, 1, 4))])
    new_eng_lot(6, date(2024, 12, 31), [(D(2024, 12, 31, 6), D(2024, 12, 31, 9)), (D(2024, 12, 31, 12), D(2024, 12, 31, 16)),
                                        (D(2025, 1, 1, 0, 0), D(2025, 1, 1, 3))])
    new_eng_lot(2, date(2024, 12, 30), [(D(2024, 12, 30, 8), D(2024, 12, 30, 10)), (D(2024, 12, 30, 14), D(2024, 12, 30, 18)),
                                        (D(2024, 12, 31, 12), D(2024, 12, 31, 15))])
    new_eng_lot(4, date(2024, 9, 29), [(D(2024, 9, 29, 8), D(2024, 9, 29, 10)), (D(2024, 9, 29, 14), D(2024, 9, 29, 18)),
                                       (D(2024, 9, 30, 12), D(2024, 9, 30, 15))])
    new_eng_lot(7, date(2024, 12, 31), [(D(2024, 12, 31, 13), D(2024, 12, 31, 17)), (D(2025, 1, 1, 0, 0), D(2025, 1, 1, 3, 30))])
    for rid, pid in ((2, 1), (10, 3), (18, 6)):
        if version_on(rid, date(2024, 1, 1)) != version_on(rid, date(2024, 12, 31)):
            new_eng_lot(pid, date(2023, 12, 31), [(D(2023, 12, 31, 16), D(2023, 12, 31, 20)), (D(2024, 1, 1, 0, 0), D(2024, 1, 1, 4))])
            break
    else:
        PLANT_MISSES.append((seed, "h056 step-2 2024-01-01"))
    for pid, end in ((5, D(2024, 1, 1, 0, 0)), (8, D(2025, 1, 1, 0, 0)), (2, D(2024, 12, 31, 12, 0)), (4, D(2023, 12, 31, 12, 0))):
        times = [(end - (8 - k) * 10 * h - 4 * h, end - (8 - k) * 10 * h) for k in range(1, 9)]
        new_eng_lot(pid, (times[0][0] - 6 * h).date(), times)
    new_eng_lot(1, date(2025, 1, 1), [(D(2025, 1, 1, 10), D(2025, 1, 1, 13)), (D(2025, 1, 2, 9), D(2025, 1, 2, 12))])
    # N65 step 2 tracked in on 2024-12-31, the release day of a new version, still running the previous version (h056)
    lid = new_eng_lot(3, date(2024, 12, 30), [(D(2024, 12, 30, 15), D(2024, 12, 30, 19)), (D(2024, 12, 31, 0, 30), D(2024, 12, 31, 4))])
    s2 = by_lot[lid][1]
    if version_on(10, date(2024, 12, 31)) != version_on(10, date(2024, 12, 30)):
        s2[5] = version_on(10, date(2024, 12, 30))
    else:
        PLANT_MISSES.append((seed, "h056 old version on 2024-12-31"))
    # a BCD180 engineering lot completed and sort-tested on 2025-04-01, kept in the fab (not shipped) (h054)
    times = [(D(2025, 3, 27, 8) + k * 10 * h, D(2025, 3, 27, 12) + k * 10 * h) for k in range(8)]
    lid = new_eng_lot(8, date(2025, 3, 27), times)
    lot_of[lid][5] = "completed"
    gross = next(p[4] for p in c["products"] if p[0] == 8)
    for k, w in enumerate([w for w in wafers if w[1] == lid]):
        w[3] = w[4] = None
        good = gross - 40 - 7 * k
        sorts.append((w[0], date(2025, 4, 1), gross, good))
        bins.extend([(w[0], "B02", 25 + 7 * k), (w[0], "B09", 15)])
    # cycle times of two engineering lots tuned so that a product's 2024 average in days lies just above / just
    # below a rounding edge of 2 decimals (h036: / 86400 vs / 86401 or 86399)
    def cyc(pid_):
        out_ = []
        for x in lots:
            if x[2] != pid_:
                continue
            ss = {s_[2]: s_ for s_ in steps_of(x[0])}
            if 8 in ss and 1 in ss and ss[8][7] is not None and datetime(2024, 1, 1) <= ss[8][7] < datetime(2025, 1, 1):
                out_.append((x[0], (ss[8][7] - ss[1][6]).total_seconds()))
        return out_
    for pid_, above in ((5, True), (2, False)):
        mine = [x for x in lots if x[2] == pid_ and x[0] > n_lots0 and len(steps_of(x[0])) == 8 and
                datetime(2024, 1, 1) <= steps_of(x[0])[7][7] < datetime(2025, 1, 1)]
        if not mine:
            PLANT_MISSES.append((seed, f"h036 tune {pid_}"))
            continue
        x = mine[0]
        s1, s8 = steps_of(x[0])[0], steps_of(x[0])[7]
        cs = cyc(pid_)
        n_ = len(cs)
        other = sum(v for l_, v in cs if l_ != x[0])
        v0 = sum(v for _, v in cs) / n_ / 86400
        b = int(v0 * 100) / 100 + 0.005
        while True:
            eps = b * 1.157e-5 / 3
            tgt = (b + eps if above else b - eps) * n_ * 86400
            d_ = round(tgt - other)
            tin = s8[7] - timedelta(seconds=d_)
            if tin <= s1[7] - timedelta(hours=1):
                break
            b += 0.01
        s1[6] = tin
        x[3] = tin.date()
        x[1] = f"L{tin:%y}{chr(65 + tin.month - 1)}{x[0]:04d}"

    # ---- lots released on boundary days (h029 h057 h063 h044) ----
    moved_lots = {x[0] for x in lots if x[4] == "engineering" and x[0] > n_lots0}

    def move_start(target, cond, label, prio=None):
        best = None
        for x in lots:
            if x[0] in moved_lots or x[6] or not cond(x) or not (target < x[3] <= target + timedelta(days=25)):
                continue
            if best is None or x[3] < best[3]:
                best = x
        if best is None:
            PLANT_MISSES.append((seed, label))
            return
        best[3] = target
        best[1] = f"L{target:%y}{chr(65 + target.month - 1)}{best[0]:04d}"
        if prio:
            best[4] = prio
        moved_lots.add(best[0])

    n40 = lambda x: x[2] in (1, 2)
    move_start(date(2024, 1, 1), lambda x: True, "lot 2024-01-01", "hot")
    move_start(date(2024, 12, 31), lambda x: True, "lot 2024-12-31", "engineering")
    move_start(date(2024, 9, 30), n40, "N40LP lot 2024-09-30")
    move_start(date(2024, 10, 1), n40, "N40LP lot 2024-10-01")

    move_sort_lot(date(2024, 1, 1), lambda lid: True, "sort 2024-01-01", miss=False)
    move_sort_lot(date(2025, 1, 1), lambda lid: True, "sort 2025-01-01", miss=False)
    for dd in (date(2024, 9, 30), date(2024, 10, 1)):
        lid = move_sort_lot(dd, lambda lid: True, f"sort {dd}")
        if lid:   # a B07 die on each wafer of that lot (one die moved from its largest bin)
            for t in sorts:
                if wafer_lot.get(t[0]) == lid:
                    mine = [b for b in bins if b[0] == t[0]]
                    if mine and not any(b[1] == "B07" for b in mine):
                        big = max(mine, key=lambda b: b[2])
                        bins.remove(big)
                        if big[2] > 1:
                            bins.append((big[0], big[1], big[2] - 1))
                        bins.append((t[0], "B07", 1))
    lid = move_sort_lot(date(2025, 4, 1), bcd, "BCD180 sort 2025-04-01", miss=False)
    if lid is None:
        lid = min((wafer_lot[t[0]] for t in sorts if date(2025, 4, 1) <= t[1] <= date(2025, 6, 30) and bcd(wafer_lot[t[0]])), default=None)
    if lid:   # that lot has no B09 die at all (h054: COALESCE of an empty sum)
        nb = {}
        for (wf, b, n) in bins:
            if wafer_lot.get(wf) == lid and b == "B09":
                b = "B05"
            nb[(wf, b)] = nb.get((wf, b), 0) + n
        bins[:] = [(wf, b, n) for (wf, b), n in nb.items()]
    # one wafer with every die good in 2025-Q1 (h043: HAVING SUM vs MIN)
    for i, t in enumerate(sorts):
        if date(2025, 1, 2) <= t[1] <= date(2025, 3, 30):
            sorts[i] = (t[0], t[1], t[2], t[2])
            bins[:] = [b for b in bins if b[0] != t[0]]
            break
    bins.sort(key=lambda b: (b[0], b[1]))

    # ---- shipments of Kogen Devices on the UTC year edges (h052) ----
    moved_sh = set()

    def move_ship(target, cust, label):
        loc_day = (target + LOCAL).date()
        lots_in = {}
        for sl in ship_lots:
            lots_in.setdefault(sl[0], []).append((sl[1], sl[2]))
        best = None
        for i, x in enumerate(ships):
            if i in moved_sh or x[2] != cust or x[3].hour not in (2, 7) or abs((x[3] - target).days) > 60:
                continue
            if not all(max(test_dates(lid) or [date(2099, 1, 1)]) < loc_day for lid, _ in lots_in[x[0]]):
                continue
            k = abs((x[3] - target).total_seconds())
            if best is None or k < best[0]:
                best = (k, i)
        if best is None:
            PLANT_MISSES.append((seed, label))
            return
        i = best[1]
        moved_sh.add(i)
        x = ships[i]
        amt = sum((n * price_on(lot_of[lid][2], target.date()) for lid, n in lots_in[x[0]]), Decimal(0))
        ships[i] = (x[0], f"SH-{target:%y}{x[0]:04d}", x[2], target, _money(amt), x[5])

    for tgt in (U(2024, 1, 1, 0, 0), U(2025, 1, 1, 0, 0), U(2024, 12, 31, 10, 0)):
        move_ship(tgt, 3, f"Kogen shipment {tgt}")
    ships.sort(key=lambda s: s[0])

    # ---- holds: none placed in 2024-Q2 = FY2024 Q3 (h027 LEFT JOIN) ----
    holds[:] = [h for h in holds if not (date(2024, 4, 1) <= h[3].date() <= date(2024, 6, 30))]

    # ---- a lot released in FY2024, completed, never shipped: on an open customer hold (h044, h033) ----
    nlots = {}
    for sl in ship_lots:
        nlots[sl[0]] = nlots.get(sl[0], 0) + 1
    for x in ships:
        if nlots[x[0]] != 1 or x[3].hour not in (2, 7):
            continue
        lid = next(sl[1] for sl in ship_lots if sl[0] == x[0])
        lt = lot_of[lid]
        last = max(s[7] for s in steps_of(lid))
        if lid in moved_lots or not (date(2023, 10, 1) < lt[3] < date(2024, 9, 30)) or not datetime(2024, 1, 1) <= last < datetime(2024, 12, 20):
            continue
        if any(h[1] == lid and h[3] >= datetime(2024, 1, 1) for h in holds):
            continue
        ships.remove(x)
        ship_lots[:] = [sl for sl in ship_lots if sl[0] != x[0]]
        lt[5] = "completed"
        holds.append((max(h[0] for h in holds) + 1, lid, "CUST", last + timedelta(hours=20), None))
        break
    else:
        PLANT_MISSES.append((seed, "unshipped FY2024 lot"))

    # ---- holds: releases on the 2024 edges (h040) ----

    def add_hold(releases, dur, code_, label):
        for released in releases:
            placed = released - dur
            for x in lots:
                ss = steps_of(x[0])
                if x[6] or not ss:
                    continue
                gaps = [(datetime.combine(x[3], datetime.min.time()), ss[0][6])] + [(a[7], b[6]) for a, b in zip(ss, ss[1:]) if a[7] is not None]
                for g0, g1 in gaps:
                    if g0 <= placed - timedelta(minutes=5) and g1 >= released and hold_free(x[0], g0, g1):
                        holds.append((max(h_[0] for h_ in holds) + 1, x[0], code_, placed, released))
                        return
        PLANT_MISSES.append((seed, label))
    add_hold([datetime(2024, 1, 1, 0, 0)], timedelta(minutes=40), "EQP", "hold released 2024-01-01 00:00")
    add_hold([datetime(2024, 12, 31, 23, 0) - k * timedelta(hours=1) for k in range(23)], timedelta(minutes=50), "QA",
             "hold released 2024-12-31")
    # two hold codes tied on the rounded average duration of the 2024 releases (h040 tie-breaker)
    rel = lambda h: h[4] is not None and datetime(2024, 1, 1) <= h[4] < datetime(2025, 1, 1)
    agg = {}
    for h in holds:
        if rel(h):
            n_, s_ = agg.get(h[2], (0, 0))
            agg[h[2]] = (n_ + 1, s_ + (h[4] - h[3]).total_seconds())
    avg = {k: s_ / n_ for k, (n_, s_) in agg.items()}
    pairs = sorted(((avg[a] - avg[b], a, b) for a in avg for b in avg if avg[a] > avg[b]))
    if pairs:
        _, a, b = pairs[0]
        need = round((avg[a] - avg[b]) * agg[a][0])
        for i, h in enumerate(holds):
            if need <= 0:
                break
            if h[2] == a and rel(h) and datetime(2024, 1, 5) <= h[3] and h[4] < datetime(2024, 12, 25):
                cut = min(need, int((h[4] - h[3]).total_seconds()) - 3600)
                if cut > 0:
                    holds[i] = (h[0], h[1], h[2], h[3], h[4] - timedelta(seconds=cut))
                    need -= cut
        if need > 0:
            PLANT_MISSES.append((seed, "h040 tie"))
    holds.sort(key=lambda h: h[0])

    # ---- a customer without products (h029 LEFT JOINs) ----
    c["customers"].append((len(c["customers"]) + 1, "Nordvik Halvledere AS", "NO", "EUR"))
    # a customer whose only product has one lot, released in FY2024 and soft-deleted (h044: the voided-lot filter)
    c["customers"].append((len(c["customers"]) + 1, "Tavira Semicondutores Lda", "PT", "EUR"))
    pid8 = len(c["products"]) + 1
    c["products"].append((pid8, "MS-6611", 2, len(c["customers"]), 1460))
    c["prices"].append((pid8, date(2023, 7, 1), None, Decimal("2180.00")))
    lid = max(x[0] for x in lots) + 1
    lots.append([lid, f"L24C{lid:04d}", pid8, date(2024, 3, 12), "normal", "in_process", True])

    # ---- two extra tools: ETCH-07 (decommissioned on 2025-01-01, one 2024 repair without parts) and
    #      IMPL-04 (decommissioned on 2024-12-31, no work order at all) (h010, h051) ----
    aid = {v: k for k, v in area_code.items()}
    for code_, area, inst, dec, states in (("ETCH-07", "ETCH", date(2024, 2, 5), date(2025, 1, 1),
                                            [("productive", U(2024, 2, 5)), ("standby", U(2024, 8, 1)), ("productive", U(2024, 8, 3, 6))]),
                                           ("IMPL-04", "IMPL", date(2024, 3, 4), date(2024, 12, 31),
                                            [("productive", U(2024, 3, 4)), ("standby", U(2024, 7, 15)), ("productive", U(2024, 7, 16, 12))])):
        tid = len(tools) + 1
        vendor, model = VENDORS[area][0]
        tools.append((tid, code_, aid[area], vendor, model, None, inst, dec))
        end = U(dec.year, dec.month, dec.day)
        for k, (st, t0) in enumerate(states):
            hist.append([tid, st, t0, states[k + 1][1] if k + 1 < len(states) else end])
    etch07 = len(tools) - 1
    # ETCH-08, installed 2025-01-01: its first state interval (down_unscheduled) starts exactly at 2025-01-01 00:00 UTC (h021, h041)
    tools.append((len(tools) + 1, "ETCH-08", aid["ETCH"], VENDORS["ETCH"][1][0], VENDORS["ETCH"][1][1], "TO604417", date(2025, 1, 1), None))
    hist.extend([[len(tools), "down_unscheduled", U(2025, 1, 1), U(2025, 1, 1, 9)], [len(tools), "engineering", U(2025, 1, 1, 9), U(2025, 1, 3)],
                 [len(tools), "productive", U(2025, 1, 3), None]])
    new_ev = max(e[0] for e in maint) + 1
    maint.append((new_ev, etch07, "repair", U(2024, 6, 12, 3, 0), U(2024, 6, 12, 6, 30), 3))

    # ---- ETCH tool down unscheduled since 2024-12-30 and still down (open interval; h021, h041) and a
    #      LITHO tool in one open interval since March 2025 (h031); lots of those days moved to another tool ----
    cuts = {h[2] for h in hist} | {h[3] for h in hist}
    planted_cuts = {U(2024, 12, 31, 16), U(2025, 1, 1, 12), U(2025, 3, 31, 16), U(2025, 3, 30, 20), U(2025, 1, 1, 3)}

    def open_from(area, moment, state, label, alt_tool):
        for tl in tools:
            if area_code[tl[2]] != area or tl[7] is not None or tl[0] == alt_tool:
                continue
            mine = [h for h in hist if h[0] == tl[0]]
            if any(h[2] in planted_cuts or h[3] in planted_cuts for h in mine):
                continue
            cont = [h for h in mine if h[2] <= moment and (h[3] is None or h[3] > moment)]
            if not cont:
                continue
            h = cont[0]
            later = [x for x in mine if x[2] > moment]
            for x in later:
                hist.remove(x)
            if h[1] == state:
                h[3] = None
            else:
                h[3] = moment
                hist.append([tl[0], state, moment, None])
            loc = (moment + LOCAL).replace(tzinfo=None)
            if alt_tool:
                for s in steps:
                    if s[3] == tl[0] and s[6] >= loc:
                        s[3] = alt_tool
            return tl[0]
        PLANT_MISSES.append((seed, label))
    open_from("ETCH", U(2024, 12, 30, 6), "down_unscheduled", "ETCH open down", 9)
    cut_tools = {h[0] for h in hist if h[2] in planted_cuts or h[3] in planted_cuts}
    mar = [h for h in hist if area_code[tools[h[0] - 1][2]] == "LITHO" and h[1] == "productive"
           and U(2025, 3, 5) <= h[2] < U(2025, 3, 29) and h[0] not in cut_tools]
    if mar:
        h = mar[0]
        for x in [x for x in hist if x[0] == h[0] and x[2] > h[2]]:
            hist.remove(x)
        h[3] = None
    else:
        PLANT_MISSES.append((seed, "LITHO open"))

    # ---- engineering intervals that only touch the week 2024-06-10..16 local (h062) ----
    def eng_touch(cut, before, label):
        w0, w1 = U(2024, 6, 9, 13), U(2024, 6, 16, 19)
        for tl in tools:
            mine = [h for h in hist if h[0] == tl[0]]
            if any(h[1] == "engineering" and h[2] < w1 and (h[3] is None or h[3] > w0) for h in mine):
                continue
            for h in mine:
                if h[1] in ("productive", "standby") and h[3] is not None and h[2] + timedelta(hours=3) < cut < h[3] - timedelta(hours=3):
                    if before:
                        hist.extend([[h[0], "engineering", cut - timedelta(hours=2), cut], [h[0], h[1], cut, h[3]]])
                        h[3] = cut - timedelta(hours=2)
                    else:
                        hist.extend([[h[0], "engineering", cut, cut + timedelta(hours=2)], [h[0], h[1], cut + timedelta(hours=2), h[3]]])
                        h[3] = cut
                    return
        PLANT_MISSES.append((seed, label))
    eng_touch(U(2024, 6, 16, 16), False, "h062 engineering from 06-16 16:00")
    eng_touch(U(2024, 6, 9, 16), True, "h062 engineering until 06-09 16:00")

    # ---- LITHO: no engineering time inside 2025-Q1 local except intervals that only touch its edges (h031) ----
    litho = {tl[0] for tl in tools if area_code[tl[2]] == "LITHO"}
    q0, q1 = U(2024, 12, 31, 16), U(2025, 3, 31, 16)
    for x in hist:
        if x[0] in litho and x[1] == "engineering" and x[2] < q1 and (x[3] is None or x[3] > q0):
            x[1] = "standby"
    done_ = set()
    for x in list(hist):
        if x[0] in litho and x[2] == q1 and x[3] is not None and x[3] - x[2] > timedelta(hours=4) and "end" not in done_:
            hist.append([x[0], x[1], q1 + timedelta(hours=2), x[3]])
            x[1], x[3] = "engineering", q1 + timedelta(hours=2)
            done_.add("end")
        elif x[0] in litho and x[3] == q0 and x[3] - x[2] > timedelta(hours=4) and "start" not in done_:
            hist.append([x[0], "engineering", q0 - timedelta(hours=2), q0])
            x[3] = q0 - timedelta(hours=2)
            done_.add("start")
    if len(done_) < 2:
        PLANT_MISSES.append((seed, f"h031 edges {done_}"))
    hist.sort(key=lambda x: (x[0], x[2]))

    # ---- equal totals so that a tie-breaker decides (h021 ETCH 2024 down hours; h038 H1-2025 down count+hours) ----
    def clip_secs(h, a, b, open_end):
        e = h[3] if h[3] is not None else open_end
        return max(0, (min(e, b) - max(h[2], a)).total_seconds())

    def equalize(sel, a, b, open_end, label, by_count=False):
        hist.sort(key=lambda h: (h[0], h[2]))
        per = {}
        for h in hist:
            if sel(h) and h[2] < b and (h[3] is None or h[3] > a) and (not by_count or h[2] >= a):
                n_, s_ = per.get(h[0], (0, 0))
                per[h[0]] = (n_ + 1, s_ + clip_secs(h, a, b, open_end))
        cand = sorted(((per[x][1] - per[y][1], x, y) for x in per for y in per
                       if per[x][1] > per[y][1] and (not by_count or per[x][0] == per[y][0])))
        for diff, x, y in cand:
            mine = [h for h in hist if h[0] == x]
            for k, h in enumerate(mine[:-1]):
                nxt = mine[k + 1]
                if sel(h) and h[3] is not None and a + timedelta(days=2) < h[2] and h[3] < b - timedelta(days=2) \
                        and nxt[2] == h[3] and (h[3] - h[2]).total_seconds() > diff + 1800 and nxt[3] is not None \
                        and (nxt[3] - nxt[2]).total_seconds() > 0 and h[3] not in planted_cuts:
                    h[3] = h[3] - timedelta(seconds=diff)
                    nxt[2] = h[3]
                    return
        PLANT_MISSES.append((seed, label))
    etch_ids = {tl[0] for tl in tools if area_code[tl[2]] == "ETCH"}
    equalize(lambda h: h[0] in etch_ids and h[1] == "down_unscheduled", U(2024, 1, 1), U(2025, 1, 1), U(2025, 1, 1), "h021 tie")
    equalize(lambda h: h[1] == "down_unscheduled", U(2024, 12, 31, 16), U(2025, 6, 30, 16), EXTRACT_UTC, "h038 tie", by_count=True)
    hist.sort(key=lambda h: (h[0], h[2]))

    # ---- maintenance work orders on fiscal / calendar edges (h028 h037 h059) and signers (h002) ----
    nid = max(e[0] for e in maint) + 1
    maint.append((nid, 11, "pm", U(2023, 10, 1), U(2023, 10, 1, 3), 7))
    pm22 = {}
    for e in arch + maint:
        if e[2] == "pm" and U(2022, 1, 1) <= e[3] < U(2023, 1, 1):
            pm22[e[5]] = pm22.get(e[5], 0) + 1
    top = min(pm22, key=lambda k: (-pm22[k], k))
    aid_ = max(e[0] for e in arch) + 1
    arch.append((aid_, 1, "pm", U(2022, 1, 1), U(2022, 1, 1, 4), top))
    arch.append((aid_ + 1, 2, "pm", U(2021, 12, 31, 9), U(2021, 12, 31, 12), top))
    maint.append((nid + 1, 1, "pm", U(2023, 1, 1), U(2023, 1, 1, 5), top))
    for i, e in enumerate(maint):   # the planted ETCH-02 repair at 2024-01-01 00:00 UTC lasts 10.5 h
        if e[1] == 6 and e[3] == U(2024, 1, 1) and e[2] == "repair":
            maint[i] = (e[0], e[1], e[2], e[3], U(2024, 1, 1, 10, 30), e[5])
        if e[0] == 90002:
            maint[i] = (e[0], e[1], e[2], U(2024, 1, 1, 11, 0), e[4], e[5])
    # 2024 repairs: signers dealt so that the top three are decided by the name tie-breaker
    r24 = sorted(i for i, e in enumerate(maint) if e[2] == "repair" and U(2024, 1, 1) < e[3] < U(2025, 1, 1))
    n = len(r24)
    t2, t4, t13 = round(0.22 * n) + 2, round(0.18 * n) + 1, round(0.14 * n)
    deal = [2] * t2 + [4] * t4 + [1] * t13 + [3] * t13
    others = [5, 6, 7, 8, 9, 10]
    k = 0
    while len(deal) < n:
        deal.append(others[k % 6])
        k += 1
    deal = deal[:n]
    if max(deal.count(o) for o in others) >= t13:
        PLANT_MISSES.append((seed, "h002 tie"))
    for i, s_ in zip(r24, deal):
        e = maint[i]
        maint[i] = (e[0], e[1], e[2], e[3], e[4], s_)
    maint.sort(key=lambda e: e[0])
    arch.sort(key=lambda e: e[0])


# ROUND-digit boundary rows (instances 1 and 2, no RNG): USD amounts small enough (below 5,000) that a 3rd / 4th
# decimal, or the cents digit, is not hidden by the comparator's relative tolerance 1e-6
# (h010 h022 h034 h052; bench/hard/MUTANT_REVIEW_AUDIT.md); and one zero-fail technology quarter (h043).
def _far(x: Decimal, places=(3, 4)) -> bool:
    """ROUND(x, 2) and ROUND(x, k) differ by more than 1.5e-6 * |x| for every k in places."""
    r2 = x.quantize(Decimal("0.01"), ROUND_HALF_UP)
    return all(abs(x.quantize(Decimal(10) ** -k, ROUND_HALF_UP) - r2) > Decimal("1.5e-6") * abs(x) for k in places)


def _plant_round(seed, c):
    if seed == SEEDS[2]:
        # a part whose list price has cents, used once by the first 2024 repair of ETCH-06 (h010: ROUND 2 vs 1)
        tid = next(t[0] for t in c["tools"] if t[1] == "ETCH-06")
        ev = min(e for e in c["maint"] if e[1] == tid and e[2] == "repair" and datetime(2024, 1, 1, tzinfo=UTC) <= e[3] < datetime(2025, 1, 1, tzinfo=UTC))
        c["parts"].append(("SP-2105", "Chamber lid O-ring", Decimal("37.45")))
        c["mparts"].append((ev[0], "SP-2105", 1))
        c["mparts"].sort(key=lambda m: (m[0], m[1]))
        # the only N40LP lot sort-tested in 2025-Q1 has every die of every wafer good (h043: a technology whose
        # 2025-Q1 wafers have no failing die, SUM(fails) = 0, which the gold's HAVING drops)
        lot_of_w = {w[0]: w[1] for w in c["wafers"]}
        pt = {p[0]: p[2] for p in c["products"]}
        prod_of = {x[0]: x[2] for x in c["lots"]}
        def q1(t):
            return date(2025, 1, 1) <= t[1] <= date(2025, 3, 31)
        n40 = {lot_of_w[t[0]] for t in c["sorts"] if q1(t) and pt[prod_of[lot_of_w[t[0]]]] == 1}
        if len(n40) == 1:
            perfect = {t[0] for t in c["sorts"] if lot_of_w[t[0]] in n40}
            c["sorts"][:] = [(t[0], t[1], t[2], t[2]) if t[0] in perfect else t for t in c["sorts"]]
            c["bins"][:] = [b for b in c["bins"] if b[0] not in perfect]
        else:
            PLANT_MISSES.append((seed, "h043 perfect N40LP lot"))
        return
    rate = {(cu, dd): v for cu, dd, v in c["rates"]}
    lot_of = {x[0]: x for x in c["lots"]}
    prod = {p[0]: p for p in c["products"]}
    members = {}
    for sl in c["ship_lots"]:
        members.setdefault(sl[0], []).append(sl)
    single = [(i, x, members[x[0]][0]) for i, x in enumerate(c["ships"]) if len(members[x[0]]) == 1 and x[3].hour in (2, 7)]

    def price_on(pid, day):
        return next(h[3] for h in c["prices"] if h[0] == pid and h[1] <= day and (h[2] is None or day < h[2]))

    def set_ship(i, cust, cur, n, amount):
        x = c["ships"][i]
        c["ships"][i] = (x[0], x[1], cust, x[3], amount, cur)
        k = c["ship_lots"].index(members[x[0]][0])
        c["ship_lots"][k] = (x[0], members[x[0]][0][1], n)

    def y24(x):
        return datetime(2024, 1, 1, tzinfo=UTC) <= x[3] < datetime(2025, 1, 1, tzinfo=UTC)

    def h125(x):
        return datetime(2025, 1, 1, tzinfo=UTC) <= x[3] < datetime(2025, 6, 30, tzinfo=UTC)

    # ---- a 2024 Kogen Devices shipment of a single wafer (h052) ----
    for i, x, sl in single:
        if x[2] != 3 or not y24(x):
            continue
        amt = _money(price_on(lot_of[sl[1]][2], x[3].date()))
        if _far(amt * rate[(x[5], x[3].date())]):
            set_ship(i, 3, x[5], 1, amt)
            break
    else:
        PLANT_MISSES.append((seed, "h052 small Kogen shipment"))
    # ---- two new EUR customers, each owning one new product (same tech and die count as the lots' old product):
    #      customer A gets one single-wafer shipment in 2024 and one in 2025-H1, customer B one in 2025-H1 on the
    #      same UTC day at the same price, so both tie on the H1-2025 USD total (h022, h034) ----
    used = {i for i, x in enumerate(c["ships"]) if x[2] == 3}
    day_of = {}
    for i, x, sl in single:
        if i not in used and h125(x):
            day_of.setdefault(x[3].date(), []).append((i, x, sl))
    pair = next(((d_, v[0], v[1]) for d_, v in sorted(day_of.items()) if len(v) >= 2), None)
    if pair is None:
        PLANT_MISSES.append((seed, "h034 tie pair"))
        return
    d_, ya, zb = pair
    tech_a = prod[lot_of[ya[2][1]][2]][2]
    xa = next(((i, x, sl) for i, x, sl in single if i not in used and y24(x) and prod[lot_of[sl[1]][2]][2] == tech_a), None)
    if xa is None:
        PLANT_MISSES.append((seed, "h022 small shipment"))
        return
    price = Decimal("1480.00")
    while not (_far(price * rate[("EUR", xa[1][3].date())]) and _far(price * rate[("EUR", d_)])):
        price += Decimal("0.37")
    prefix = {1: "PX-", 2: "MS-", 3: "PW-"}
    for name, cc, code_, trio in (("Kivi Piiri Oy", "FI", "71", (xa, ya)), ("Brabant Sensoriek B.V.", "NL", "72", (zb,))):
        cid = len(c["customers"]) + 1
        c["customers"].append((cid, name, cc, "EUR"))
        c["cur_of_cust"][cid] = "EUR"
        old = prod[lot_of[trio[0][2][1]][2]]
        pid = len(c["products"]) + 1
        c["products"].append((pid, f"{prefix[old[2]]}{70 + old[2]}{code_}", old[2], cid, old[4]))
        c["prices"].append((pid, date(2023, 7, 1), None, price))
        for i, x, sl in trio:
            lot_of[sl[1]][2] = pid
            set_ship(i, cid, "EUR", 1, price)


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
    print("boundary rows not placed:", PLANT_MISSES)
