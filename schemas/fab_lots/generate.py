"""Seeded data generator for the fab_lots pilot database (abstention pilot).

Reference data (currencies, customers, technologies, products, areas, tools, employees, parts,
recipes, routes, lookups, fiscal calendar) is identical in every instance; prices, recipe versions,
rates, lots, wafers, steps, holds, sort results, shipments, tool states and maintenance depend on
the seed.  Instances 1..3 get planted boundary rows (_plant).  Stdlib only, no wall clock.
Fab local time = UTC+8 (no DST); extract 2025-06-30 23:59 local.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

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
        _plant(r, lot_info, steps, wafers, lots, tools)

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
        for placed, dur in ((datetime(2023, 10, 1, 2, 0), timedelta(hours=5)), (datetime(2024, 10, 1, 3, 0), timedelta(hours=30)),
                            (datetime(2024, 1, 1, 0, 0), timedelta(hours=24)), (datetime(2024, 12, 31, 20, 0), timedelta(hours=4)),
                            (datetime(2024, 1, 1, 0, 0), timedelta(hours=171)), (datetime(2023, 12, 31, 9, 0), timedelta(hours=163)),
                            (datetime(2025, 1, 1, 0, 0), timedelta(hours=157)), (datetime(2024, 12, 31, 7, 30), timedelta(hours=149)),
                            (datetime(2023, 12, 30, 14, 0), timedelta(hours=24, minutes=0)), (datetime(2024, 12, 30, 11, 0), timedelta(hours=40)),
                            (datetime(2023, 12, 31, 0, 0), timedelta(hours=2))):
            # the lot in the line at that moment, else the one whose processing ended last before it
            lid = min(sorted(span_of), key=lambda k: (not span_of[k][0] <= placed <= span_of[k][1],
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


def _plant(r, lot_info, steps, wafers, lots, tools):
    """Boundary rows for instances 1..3 (see README.md)."""
    # track-outs at the year boundaries (fab local time)
    for target in (datetime(2023, 12, 31, 23, 59, 59), datetime(2024, 1, 1, 0, 0), datetime(2024, 12, 31, 23, 59, 59),
                   datetime(2025, 1, 1, 0, 0)):
        best = min((s for s in steps if s[7] is not None), key=lambda s: abs(s[7] - target))
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


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
