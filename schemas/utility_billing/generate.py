"""Seeded data generator for the utility_billing benchmark database.

Fixed reference data (tariffs, six named customers with their premises and meters) is shared by
every instance; everything else (the other customers, consumption, readings, bills, payments) comes
from ``random.Random(seed)`` with seed-dependent distribution parameters (consumption levels per
city, smart-meter rollout, estimation rate, payment behaviour, ...).  Pure stdlib, no wall clock.
Snapshot date: 2025-01-31.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

SEEDS = [5150, 31337, 2718, 8086]

UTC = dt.timezone.utc
SNAPSHOT = dt.date(2025, 1, 31)
FIRST_READ = dt.date(2022, 1, 1)
CENT = Decimal("0.01")

TARIFFS = [
    # code, name, utility, class, unit_rate, standing/day, vat, green, from, withdrawn
    ("E-RES-STD", "Home Standard", "electricity", "residential", "0.3120", "0.4500", "19.00", False, dt.date(2015, 1, 1), None),
    ("E-RES-GRN", "Home Green", "electricity", "residential", "0.3390", "0.4500", "19.00", True, dt.date(2018, 4, 1), None),
    ("E-RES-NGT", "Night Saver", "electricity", "residential", "0.2710", "0.5200", "19.00", False, dt.date(2016, 6, 1), None),
    ("E-RES-FIX20", "Fixed Price 2020", "electricity", "residential", "0.2990", "0.4100", "19.00", False, dt.date(2020, 1, 1), dt.date(2022, 6, 30)),
    ("E-RES-LEG", "Legacy Economy", "electricity", "residential", "0.2850", "0.3900", "19.00", False, dt.date(2009, 1, 1), dt.date(2015, 12, 31)),
    ("E-COM-STD", "Business Standard", "electricity", "commercial", "0.2850", "1.1000", "19.00", False, dt.date(2015, 1, 1), None),
    ("E-COM-GRN", "Business Green", "electricity", "commercial", "0.3050", "1.1000", "19.00", True, dt.date(2019, 1, 1), None),
    ("W-RES-STD", "Home Water", "water", "residential", "2.1400", "0.1800", "7.00", False, dt.date(2012, 1, 1), None),
    ("W-COM-STD", "Business Water", "water", "commercial", "1.9800", "0.6500", "7.00", False, dt.date(2012, 1, 1), None),
]
TARIFF = {t[0]: t for t in TARIFFS}

CITIES = ["Porthaven", "Ellingham", "Kingsmoor", "Bräunsdorf", "Saint-Aubin", "Lindqvist Bay"]
POSTCODE = {"Porthaven": "PH{} {}{}", "Ellingham": "EL{} {}{}", "Kingsmoor": "KM{} {}{}",
            "Bräunsdorf": "09{}{}{}", "Saint-Aubin": "74{}{}{}", "Lindqvist Bay": "LB{} {}{}"}
STREETS = ["Harbour Lane", "Mill Road", "Church Street", "Station Road", "Kirchgasse", "Rue des Écoles",
           "Birch Avenue", "Quay Side", "Hauptstraße", "Chemin du Lac", "O'Neill Court", "Orchard Way",
           "Market Place", "Fjord View", "Sørensen Gate"]

FIRST = ["Zoë", "Seán", "Åsa", "Jürgen", "Inés", "François", "Niamh", "Björn", "Chloé", "Mateo", "Ewa",
         "Kofi", "Hannah", "Oliver", "Amelia", "Lukas", "Sofía", "Tomás", "Ingrid", "Yusuf", "Grace",
         "Emil", "Maëlle", "Rhys", "Leonie"]
LAST = ["O'Reilly", "O'Sullivan", "Müller", "Schäfer", "Lindqvist", "Dubois", "Núñez", "García",
        "Jensen", "Sørensen", "Kowalczyk", "Murphy", "Walsh", "Brown", "Taylor", "Novak", "Ferreira",
        "Weiß", "Petit", "Andersen", "D'Arcy", "Łopez", "Keller", "Moreau"]
BIZ = ["Bakery", "Joinery", "Florist", "Garage", "Dental Practice", "Café", "Print Shop", "Brewery",
       "Hair Studio", "Pharmacy", "Metalworks", "Bookshop", "Laundry", "Architects"]

# Named customers (fixed in every instance)
# id, account, name, class, email, phone, joined, paperless, priority, premises [(address, city, type, area, elec tariff, water tariff)]
NAMED = [
    (1, "ACC-100001", "O'Reilly's Bakery", "commercial", "orders@oreillys-bakery.example", "+353 21 555 0101",
     dt.datetime(2014, 3, 3, 9, 0, tzinfo=UTC), True, False,
     [("3 Quay Side", "Porthaven", "shop", Decimal("145.0"), "E-COM-STD", "W-COM-STD")]),
    (2, "ACC-100002", "Zoë Lindqvist", "residential", "zoe.lindqvist@example.se", None,
     dt.datetime(2017, 5, 22, 13, 45, tzinfo=UTC), True, False,
     [("17 Chemin du Lac", "Saint-Aubin", "house", Decimal("132.5"), "E-RES-GRN", "W-RES-STD")]),
    (3, "ACC-100003", "Café Müller & Söhne", "commercial", None, "+49 351 555 0199",
     dt.datetime(2011, 8, 1, 7, 30, tzinfo=UTC), False, False,
     [("8 Hauptstraße", "Bräunsdorf", "shop", Decimal("98.0"), "E-COM-GRN", "W-COM-STD"),
      ("8a Hauptstraße", "Bräunsdorf", "office", None, "E-COM-GRN", None)]),
    (4, "ACC-100004", "Seán Ó Dálaigh", "residential", None, "+353 1 555 0142",
     dt.datetime(2019, 11, 4, 18, 20, tzinfo=UTC), False, True,
     [("41 Birch Avenue", "Kingsmoor", "apartment", Decimal("61.0"), "E-RES-NGT", None)]),
    (5, "ACC-100005", "Núñez Metalworks", "commercial", "admin@nunez-metal.example", "+34 96 555 0177",
     dt.datetime(2016, 2, 15, 8, 0, tzinfo=UTC), False, False,
     [("2 Mill Road", "Ellingham", "workshop", Decimal("410.0"), "E-COM-STD", "W-COM-STD")]),
    (6, "ACC-100006", "Hannah D'Arcy", "residential", "h.darcy@example.co.uk", "+44 20 5550 1166",
     dt.datetime(2021, 6, 30, 22, 10, tzinfo=UTC), True, False,
     [("9 O'Neill Court", "Lindqvist Bay", "house", Decimal("118.0"), "E-RES-STD", "W-RES-STD")]),
]

# typical consumption per quarter: (electricity kWh, water m3) by premise type
BASE_USE = {"house": (900, 32), "apartment": (520, 18), "shop": (4200, 70), "office": (3100, 35),
            "workshop": (9800, 160)}
SEASON = {1: 1.25, 2: 0.9, 3: 0.8, 4: 1.1}  # by quarter of the period end (electricity)


def _money(x) -> Decimal:
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


def _postcode(r, city):
    pat = POSTCODE[city]
    if city in ("Bräunsdorf", "Saint-Aubin"):
        return pat.format(r.randrange(10), r.randrange(10), r.randrange(10))
    return pat.format(r.randint(1, 9), r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ"))


def _quarter_ends():
    out = []
    for y in (2022, 2023, 2024):
        for m, d in ((3, 31), (6, 30), (9, 30), (12, 31)):
            out.append(dt.date(y, m, d))
    return out


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)

    # ---- seed-dependent parameters
    n_customers = r.randint(140, 185)
    commercial_share = r.uniform(0.18, 0.34)
    city_w = {c: r.uniform(0.5, 2.0) for c in CITIES}
    city_use = {c: r.uniform(0.8, 1.3) for c in CITIES}
    water_share = r.uniform(0.6, 0.85)
    smart_rollout = r.uniform(0.25, 0.6)      # share of old meters swapped to smart during 2022-2024
    estimate_p = r.uniform(0.08, 0.3)         # non-smart reading estimated
    customer_read_p = r.uniform(0.1, 0.3)
    dd_share = r.uniform(0.35, 0.65)          # customers paying by direct debit
    bad_payer_share = r.uniform(0.03, 0.1)
    late_mean = r.uniform(4, 20)
    green_pref = r.uniform(0.1, 0.4)
    closure_p = r.uniform(0.03, 0.08)

    tariffs = [(t[0], t[1], t[2], t[3], Decimal(t[4]), Decimal(t[5]), Decimal(t[6]), t[7], t[8], t[9]) for t in TARIFFS]

    customers, premises, plan = [], [], []   # plan: (premise_id, elec_tariff, water_tariff)
    used_acc = {c[1] for c in NAMED}
    pid = 0
    for c in NAMED:
        cid, acc, name, cls, email, phone, joined, paperless, prio, prem = c
        customers.append((cid, acc, name, cls, email, phone, joined, paperless, prio, None))
        for (addr, city, ptype, area, et, wt) in prem:
            pid += 1
            premises.append((pid, cid, addr, city, _postcode(r, city), ptype, area,
                             dt.date(2000 + r.randrange(12), r.randint(1, 12), r.randint(1, 28))))
            plan.append((pid, cid, ptype, city, et, wt))
    for cid in range(len(NAMED) + 1, n_customers + 1):
        while True:
            acc = f"ACC-{r.randint(100100, 999999)}"
            if acc not in used_acc:
                used_acc.add(acc)
                break
        cls = "commercial" if r.random() < commercial_share else "residential"
        if cls == "residential":
            name = f"{r.choice(FIRST)} {r.choice(LAST)}"
        else:
            name = f"{r.choice(LAST)} {r.choice(BIZ)}"
            if r.random() < 0.2:
                name += r.choice([" Ltd", " GmbH", " & Co.", " S.A."])
        email = None if r.random() < 0.18 else (
            name.lower().replace(" ", ".").replace("'", "").replace("&", "and").encode("ascii", "ignore").decode()
            + f"{r.randint(1, 99)}@example.net")
        phone = None if r.random() < 0.25 else f"+{r.choice([44, 49, 33, 353, 46])} {r.randint(10, 99)} 555 {r.randint(1000, 9999)}"
        joined = dt.datetime(2008, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=r.randrange(int(16.5 * 365.25 * 86400)))
        paperless = r.random() < 0.45
        prio = cls == "residential" and r.random() < 0.09
        closed = None
        if r.random() < closure_p and joined.date() < dt.date(2022, 6, 1):
            closed = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(700))
        customers.append((cid, acc, name, cls, email, phone, joined, paperless, prio, closed))
        n_prem = 1 if r.random() < 0.9 else 2
        for _ in range(n_prem):
            pid += 1
            city = r.choices(CITIES, [city_w[c] for c in CITIES])[0]
            ptype = r.choices(["house", "apartment"], [55, 45])[0] if cls == "residential" else \
                r.choices(["shop", "office", "workshop"], [45, 35, 20])[0]
            lo, hi = {"house": (80, 220), "apartment": (35, 110), "shop": (40, 300), "office": (60, 600),
                      "workshop": (150, 1200)}[ptype]
            area = None if r.random() < 0.12 else Decimal(str(round(r.uniform(lo, hi), 1)))
            conn = dt.date(1985, 1, 1) + dt.timedelta(days=r.randrange(13500))
            if conn > joined.date():
                conn = joined.date() - dt.timedelta(days=r.randrange(1, 400))
            premises.append((pid, cid, f"{r.randint(1, 180)} {r.choice(STREETS)}", city, _postcode(r, city),
                             ptype, area, conn))
            if cls == "residential":
                et = r.choices(["E-RES-STD", "E-RES-GRN", "E-RES-NGT", "E-RES-FIX20"],
                               [1 - green_pref, green_pref, 0.18, 0.12])[0]
                wt = "W-RES-STD" if r.random() < water_share else None
            else:
                et = "E-COM-GRN" if r.random() < green_pref else "E-COM-STD"
                wt = "W-COM-STD" if r.random() < water_share else None
            plan.append((pid, cid, ptype, city, et, wt))
    closed_by_cust = {c[0]: c[9] for c in customers}

    # ---- meters, readings, bills
    meters, readings, bills, payments = [], [], [], []
    mid = rid = bid = payid = 0
    serial_seen = set()
    qends = _quarter_ends()
    payer = {}
    for c in customers:
        prof = "dd" if r.random() < dd_share else "manual"
        if r.random() < bad_payer_share:
            prof = "bad"
        if c[0] == 1:
            prof = "dd"
        if c[0] == 4:
            prof = "manual"
        if c[0] == 6:
            prof = "bad"
        stop = dt.date(2023, 3, 1) + dt.timedelta(days=r.randrange(365))  # bad payers stop paying from here
        if c[0] == 6:
            stop = dt.date(2023, 5, 1)
        payer[c[0]] = (prof, r.uniform(0.5, 1.6), stop)

    def new_serial(util, year):
        while True:
            s = f"{'EM' if util == 'electricity' else 'WM'}-{year}-{r.randint(1, 999999):06d}"
            if s not in serial_seen:
                serial_seen.add(s)
                return s

    for (prem_id, cid, ptype, city, et, wt) in plan:
        closed = closed_by_cust[cid]
        for util, tcode in (("electricity", et), ("water", wt)):
            if tcode is None:
                continue
            level = BASE_USE[ptype][0 if util == "electricity" else 1] * city_use[city] * r.lognormvariate(0, 0.3)
            if tcode == "E-RES-NGT":
                level *= 1.15
            installed = dt.date(2005, 1, 1) + dt.timedelta(days=r.randrange(18 * 365))
            if closed is not None and installed >= closed - dt.timedelta(days=200):
                installed = closed - dt.timedelta(days=r.randint(400, 3000))
            smart = installed.year >= 2019 and r.random() < 0.7
            # a meter chain: the original meter, possibly swapped for a smart meter during 2022-2024
            swap = None
            if not smart and r.random() < smart_rollout:
                swap = dt.date(2022, 2, 1) + dt.timedelta(days=r.randrange(1000))
                if swap <= installed + dt.timedelta(days=60):
                    swap = None
            end = closed
            chain = [(installed, smart, swap if swap and (end is None or swap < end) else end)]
            if swap and (end is None or swap < end):
                chain.append((swap, True, end))
            register = Decimal(str(round(level * 4 * max(0.3, (FIRST_READ - installed).days / 365) * r.uniform(0.8, 1.2), 1))) \
                if installed < FIRST_READ else Decimal("0.0")
            for (inst, is_smart, removed) in chain:
                mid += 1
                meters.append((mid, new_serial(util, inst.year), prem_id, util, tcode, is_smart, inst, removed))
                if inst != installed:
                    register = Decimal("0.0")
                # reading dates: opening reading, quarter ends inside the service window, closing reading
                dates = []
                start = max(inst, dt.date(2021, 12, 31))
                dates.append(start if inst >= FIRST_READ else dt.date(2021, 12, 31) + dt.timedelta(days=r.randint(-4, 4)))
                for q in qends:
                    d = q + dt.timedelta(days=r.randint(-6, 5))
                    if d <= dates[-1] + dt.timedelta(days=20):
                        continue
                    if removed is not None and d >= removed:
                        break
                    dates.append(d)
                if removed is not None and removed > dates[-1]:
                    dates.append(removed)
                prev = None
                for i, d in enumerate(dates):
                    t = dt.datetime(d.year, d.month, d.day, r.randint(7, 17), r.randrange(60), 0)
                    if prev is not None:
                        days = (d - prev[0]).days
                        qtr = (d.month - 1) // 3 + 1
                        season = SEASON[qtr] if util == "electricity" else (1.15 if qtr == 3 else 0.95)
                        use = level * season * days / 91.0 * r.uniform(0.75, 1.25)
                        register = register + Decimal(str(round(use, 1)))
                    if is_smart:
                        rtype = "actual"
                    else:
                        u = r.random()
                        rtype = "estimated" if u < estimate_p else ("customer" if u < estimate_p + customer_read_p else "actual")
                        if i == 0 or (removed is not None and d == removed):
                            rtype = "actual"
                    rid += 1
                    readings.append((rid, mid, t, register, rtype))
                    if prev is not None:
                        bid += 1
                        bill, pays = _bill(r, bid, mid, tcode, prev, (d, register), payer[cid], cid)
                        bills.append(bill)
                        for (pt, amt, meth) in pays:
                            payid += 1
                            payments.append((payid, bid, pt, amt, meth))
                    prev = (d, register)

    if seed != SEEDS[0]:
        _edge_cases(random.Random(seed * 7 + 1), SEEDS.index(seed), customers, premises, meters, readings,
                    bills, payments)
    # a premise is connected to the network no later than its first meter was installed
    first_meter = {}
    for m in meters:
        first_meter[m[2]] = min(first_meter.get(m[2], m[6]), m[6])
    premises = [p[:7] + (min(p[7], first_meter.get(p[0], p[7])),) for p in premises]
    return {
        "tariff": tariffs,
        "customer": customers,
        "premise": premises,
        "meter": meters,
        "meter_reading": readings,
        "bill": bills,
        "payment": payments,
    }


# ------------------------------------------------------------------------------------------------
# Boundary / edge rows (instances 1-3 only; instance 0 stays the plain simulation).  They make the
# bundled questions tell "neighbour" queries apart: rows exactly on the range boundaries the
# questions use (00:00:00 of a boundary instant, the day before / after), totals exactly on the
# amount thresholds, ties that the stated tie-breakers decide, duplicates where DISTINCT matters,
# removed meters that differ from in-service ones only by removed_on ...

def _edge_cases(r, inst, customers, premises, meters, readings, bills, payments):
    st = {"cid": max(c[0] for c in customers), "pid": max(p[0] for p in premises),
          "mid": max(m[0] for m in meters), "rid": max(x[0] for x in readings),
          "bid": max(b[0] for b in bills), "payid": max(y[0] for y in payments)}
    accounts = {c[1] for c in customers}
    serials = {m[1] for m in meters}
    D = dt.datetime

    def new_customer(name, cls="residential", phone="+44 20 5550 0000", joined=None, prio=False, acc=None):
        st["cid"] += 1
        if acc is None:
            acc = f"ACC-{990000 + st['cid']:06d}"
        assert acc not in accounts
        accounts.add(acc)
        joined = joined or D(2016, 4, 4, 10, 0, tzinfo=UTC)
        customers.append((st["cid"], acc, name, cls, None, phone, joined, False, prio, None))
        return st["cid"]

    def new_premise(cid, city="Porthaven", ptype="house"):
        st["pid"] += 1
        premises.append((st["pid"], cid, f"{st['pid'] % 170 + 1} Station Road", city, _postcode(r, city), ptype,
                         Decimal("90.0"), dt.date(2001, 5, 5)))
        return st["pid"]

    def new_meter(pid, util, tcode, installed=dt.date(2019, 3, 1), removed=None, smart=True):
        st["mid"] += 1
        while True:
            sn = f"{'EM' if util == 'electricity' else 'WM'}-{installed.year}-{r.randint(1, 999999):06d}"
            if sn not in serials:
                serials.add(sn)
                break
        meters.append((st["mid"], sn, pid, util, tcode, smart, installed, removed))
        return st["mid"]

    last_read = {}  # meter -> (date, register) of its latest reading written here

    def read(mid, d, register):
        st["rid"] += 1
        readings.append((st["rid"], mid, D(d.year, d.month, d.day, 9, 0, 0), register, "actual"))
        last_read[mid] = (d, register)

    def new_bill(mid, tcode, start, end, issued, consumption=None, total=None, pays=(), status=None, readings_=True):
        """A bill for [start, end]; with ``readings_`` also its opening reading (unless the previous
        bill of the meter closed on ``start``) and its closing reading (smart meters: 'actual')."""
        t = TARIFF[tcode]
        rate, sc, vat_rate = Decimal(t[4]), Decimal(t[5]), Decimal(t[6])
        standing = _money((end - start).days * sc)
        if total is not None:
            total = Decimal(total)
            energy = _money(total / (1 + vat_rate / 100) - standing)
            consumption = (energy / rate).quantize(Decimal("0.1"))
            vat = total - energy - standing
        else:
            consumption = Decimal(consumption)
            energy = _money(consumption * rate)
            vat = _money((energy + standing) * vat_rate / 100)
            total = energy + standing + vat
        due = issued + dt.timedelta(days=21 if t[3] == "residential" else 30)
        st["bid"] += 1
        paid = Decimal("0.00")
        for (when, amt, meth) in pays:
            amt = total - paid if amt is None else Decimal(amt)
            paid += amt
            st["payid"] += 1
            payments.append((st["payid"], st["bid"], when, amt, meth))
        if status is None:
            status = "paid" if paid >= total else ("overdue" if due < SNAPSHOT else "open")
        bills.append((st["bid"], mid, start, end, issued, due, consumption, energy, standing, vat, total, status))
        if readings_:
            if mid not in last_read:
                read(mid, start, Decimal("0.0"))
            assert last_read[mid][0] == start, (mid, start)  # consecutive readings: one bill per period
            read(mid, end, last_read[mid][1] + consumption)
        return st["bid"]

    def account_with_meter(name, cls="residential", tcode="E-RES-STD", city="Porthaven", installed=None):
        cid = new_customer(name, cls)
        pid = new_premise(cid, city, "house" if cls == "residential" else "shop")
        return cid, new_meter(pid, TARIFF[tcode][2], tcode, installed or dt.date(2019, 3, 1))

    q4 = (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    # 034 / 013 / 022 / 026: customers whose only bills and payments sit on the year boundaries
    names = ["Rhys Walsh", "Ewa Novak", "Emil Keller", "Grace Petit", "Oliver Moreau", "Leonie Brown",
             "Tomás Ferreira", "Amelia Taylor", "Yusuf Andersen", "Ingrid Jensen", "Mateo Schäfer",
             "Sofía Núñez"]
    scen = [
        # (bills: [(issued, payments)])
        [(dt.date(2024, 1, 1), [])],
        [(dt.date(2023, 12, 31), [])],
        [(dt.date(2025, 1, 1), [])],
        [(dt.date(2025, 1, 10), [])],
        [(dt.date(2024, 12, 31), [])],
        [(dt.date(2023, 12, 8), [(D(2024, 1, 1, 0, 0, 0, tzinfo=UTC), None, "card")]),
         (dt.date(2024, 4, 5), [])],
        [(dt.date(2023, 12, 5), [(D(2023, 12, 31, 14, 0, 0, tzinfo=UTC), None, "bank_transfer")]),
         (dt.date(2024, 4, 5), [])],
        [(dt.date(2024, 10, 5), [(D(2025, 1, 1, 0, 0, 0, tzinfo=UTC), None, "bank_transfer")])],
        [(dt.date(2024, 10, 5), [(D(2025, 1, 15, 10, 0, 0, tzinfo=UTC), None, "card")])],
        [(dt.date(2024, 10, 5), [(D(2025, 1, 1, 10, 0, 0, tzinfo=UTC), None, "cash")])],
        [(dt.date(2024, 10, 5), [(D(2024, 12, 31, 10, 0, 0, tzinfo=UTC), None, "card")])],
        [(dt.date(2023, 12, 31), [(D(2024, 1, 1, 0, 0, 0, tzinfo=UTC), "150.00", "direct_debit")])],
    ]
    for name, bl in zip(names, scen):
        # the meter is installed (opening reading) at the start of its first billing period; a second
        # bill covers the period from the first one's closing reading
        first_start = bl[0][0] - dt.timedelta(days=5 + 91)
        cid, mid = account_with_meter(name, installed=first_start)
        start = first_start
        for issued, pays in bl:
            end = issued - dt.timedelta(days=5)
            new_bill(mid, "E-RES-STD", start, end, issued, consumption="812.0", pays=pays)
            start = end
    # 003: bills issued in 2024 with totals exactly 1,000.00 and just above it (< 1,001): three
    # consecutive quarters of one shop's meter
    cid, mid = account_with_meter("Keller Print Shop", "commercial", "E-COM-STD", "Kingsmoor", dt.date(2024, 1, 3))
    for (start, end), total in zip(((dt.date(2024, 1, 3), dt.date(2024, 4, 2)), (dt.date(2024, 4, 2), dt.date(2024, 7, 1)),
                                    (dt.date(2024, 7, 1), q4[1])), ("1000.00", "1000.40", "999.99")):
        issued = end + dt.timedelta(days=4)
        new_bill(mid, "E-COM-STD", start, end, issued, total=total,
                 pays=[(D(issued.year, issued.month, issued.day, 9, 0, tzinfo=UTC) + dt.timedelta(days=26), None,
                        "bank_transfer")])
    # 008: overdue bills due on 2024-11-30 / 2024-12-01, and totals of exactly 200.00 and 199.50 (and
    # 200.70): four consecutive quarters of one garage meter; the bill due on 2024-12-01 is on the meter
    # of the garage's second shop (added last, below)
    novak, mid = account_with_meter("Novak Garage", "commercial", "E-COM-STD", "Ellingham", dt.date(2023, 10, 10))
    for start, end, total in ((dt.date(2023, 10, 10), dt.date(2024, 1, 9), "200.70"),
                              (dt.date(2024, 1, 9), dt.date(2024, 4, 9), "199.50"),
                              (dt.date(2024, 4, 9), dt.date(2024, 7, 10), "200.00"),
                              (dt.date(2024, 7, 10), dt.date(2024, 10, 27), "250.00")):
        new_bill(mid, "E-COM-STD", start, end, end + dt.timedelta(days=4), total=total)
    # 038: a 2024 bill written off after a late part-payment
    cid, mid = account_with_meter("Ferreira Hair Studio", "commercial", "E-COM-STD", "Saint-Aubin", dt.date(2023, 12, 1))
    new_bill(mid, "E-COM-STD", dt.date(2023, 12, 1), dt.date(2024, 2, 29), dt.date(2024, 3, 5), consumption="2100.0",
             pays=[(D(2024, 5, 10, 11, 0, tzinfo=UTC), "300.00", "card")], status="written_off")
    # 020: a temporary builder's water meter with a very high daily draw (one-week bill)
    elec = {m[0] for m in meters if m[3] == "electricity"}
    top = max(b[6] / (b[3] - b[2]).days for b in bills if b[1] in elec)
    cid = new_customer("Andersen Joinery", "commercial")
    pid = new_premise(cid, "Lindqvist Bay", "workshop")
    mid = new_meter(pid, "water", "W-COM-STD", dt.date(2023, 12, 24), dt.date(2023, 12, 31))
    use = (top * 7 * Decimal("1.3")).quantize(Decimal("1"))
    for d, reg, typ in ((dt.date(2023, 12, 24), Decimal("0.0"), "actual"), (dt.date(2023, 12, 31), use, "actual")):
        st["rid"] += 1
        readings.append((st["rid"], mid, D(d.year, d.month, d.day, 9, 0, 0), reg, typ))
    new_bill(mid, "W-COM-STD", dt.date(2023, 12, 24), dt.date(2023, 12, 31), dt.date(2024, 1, 4), consumption=use,
             pays=[(D(2024, 1, 30, 12, 0, tzinfo=UTC), None, "bank_transfer")], readings_=False)
    # 007: meters removed on the first and last day of 2023 (and the days around them)
    for k, d in enumerate((dt.date(2023, 1, 1), dt.date(2023, 12, 31), dt.date(2022, 12, 31), dt.date(2024, 1, 1))):
        cid = new_customer(names[k] + " Jr", "residential")
        pid = new_premise(cid, "Kingsmoor", "apartment")
        new_meter(pid, "water", "W-RES-STD", dt.date(2012, 6, 1), d, smart=False)
        new_meter(pid, "water", "W-RES-STD", d, None, smart=True)
    # 006: residential customers without a phone who joined exactly on / next to the range ends
    for j in (D(2017, 3, 1, 0, 0, 0, tzinfo=UTC), D(2017, 2, 28, 16, 0, 0, tzinfo=UTC),
              D(2021, 6, 30, 12, 0, 0, tzinfo=UTC), D(2021, 7, 1, 0, 0, 0, tzinfo=UTC)):
        new_customer("Åsa Lindqvist", "residential", phone=None, joined=j)
    # 024: two priority-services customers with the same name (account number breaks the tie)
    for k in range(2):
        new_customer("Niamh Murphy", "residential", prio=True)
    # 033: an account number that sorts before ACC-100001, with bills
    cid = new_customer("Björn Andersen", "residential", acc="ACC-100000")
    mid = new_meter(new_premise(cid, "Ellingham"), "electricity", "E-RES-STD", q4[0])
    new_bill(mid, "E-RES-STD", q4[0], q4[1], dt.date(2024, 10, 4), consumption="640.0",
             pays=[(D(2024, 10, 20, 8, 0, tzinfo=UTC), None, "card")])
    # 036: green electricity removed (water still in service) / green in service, water removed
    cid = new_customer("Chloé Dubois", "residential")
    pid = new_premise(cid, "Saint-Aubin")
    new_meter(pid, "electricity", "E-RES-GRN", dt.date(2015, 2, 2), dt.date(2023, 6, 1), smart=False)
    new_meter(pid, "electricity", "E-RES-STD", dt.date(2023, 6, 1))
    new_meter(pid, "water", "W-RES-STD", dt.date(2015, 2, 2))
    cid = new_customer("Lukas Weiß", "residential")
    pid = new_premise(cid, "Bräunsdorf")
    new_meter(pid, "electricity", "E-RES-GRN", dt.date(2019, 2, 2))
    new_meter(pid, "water", "W-RES-STD", dt.date(2012, 2, 2), dt.date(2022, 9, 1), smart=False)
    # 037: a premise whose Night Saver meter was swapped for a new one on the same tariff (the old
    # meter removed the day the new one was installed: at most one electricity meter in service)
    cid = new_customer("Inés García", "residential")
    pid = new_premise(cid, "Kingsmoor")
    new_meter(pid, "electricity", "E-RES-NGT", dt.date(2020, 3, 3), dt.date(2024, 11, 15), smart=False)
    new_meter(pid, "electricity", "E-RES-NGT", dt.date(2024, 11, 15))
    # ... and her separately supplied garden annex at the same address, also on Night Saver: two
    # premises with the same address, city and customer name (037 lists both; DISTINCT would merge them)
    first = premises[-1]
    st["pid"] += 1
    premises.append((st["pid"], cid, first[2], first[3], first[4], "apartment", Decimal("38.0"), first[7]))
    new_meter(st["pid"], "electricity", "E-RES-NGT", dt.date(2021, 5, 10))
    # 004: estimated readings at 00:00:00 on 2023-01-01 and on 2024-01-01 (of meters that are not
    # smart: a smart meter's readings are always actual)
    smart = {m[0] for m in meters if m[5]}
    for d in (dt.date(2023, 1, 1), dt.date(2024, 1, 1)):
        cands = [i for i, x in enumerate(readings) if x[2].date() == d and x[1] not in smart]
        ests = [i for i in cands if readings[i][4] == "estimated"]
        i = (ests or cands)[0]
        x = readings[i]
        readings[i] = (x[0], x[1], D(d.year, d.month, d.day, 0, 0, 0), x[3], "estimated")
    # 039: a removed meter (not a smart one) whose final (closing) reading was estimated
    removed = {m[0] for m in meters if m[7] is not None and not m[5]}
    last = {}
    for i, x in enumerate(readings):
        if x[1] in removed and (x[1] not in last or x[2] > readings[last[x[1]]][2]):
            last[x[1]] = i
    i = last[sorted(last)[0]]
    readings[i] = readings[i][:4] + ("estimated",)
    # 008 (see above): Novak Garage's second shop, its bill due on 2024-12-01
    mid = new_meter(new_premise(novak, "Ellingham", "shop"), "electricity", "E-COM-STD", dt.date(2024, 7, 29))
    new_bill(mid, "E-COM-STD", dt.date(2024, 7, 29), dt.date(2024, 10, 28), dt.date(2024, 11, 1), total="260.00")


def _bill(r, bid, mid, tcode, prev, cur, payer, cid):
    t = TARIFF[tcode]
    (d0, reg0), (d1, reg1) = prev, cur
    consumption = reg1 - reg0
    days = (d1 - d0).days
    energy = _money(consumption * Decimal(t[4]))
    standing = _money(days * Decimal(t[5]))
    vat = _money((energy + standing) * Decimal(t[6]) / 100)
    total = energy + standing + vat
    issued = d1 + dt.timedelta(days=r.randint(3, 8))
    due = issued + dt.timedelta(days=21 if t[3] == "residential" else 30)
    prof, lateness, stop = payer
    pays = []
    snap_end = dt.datetime(2025, 1, 31, 23, 59, 59, tzinfo=UTC)
    if prof == "dd" and r.random() > 0.04:
        when = dt.datetime(due.year, due.month, due.day, 6, 0, 0, tzinfo=UTC)
        pays.append((when, total, "direct_debit"))
    elif prof == "bad" and (issued >= stop or r.random() < 0.3):
        pass
    else:
        delay = r.gauss(-6, 8) + r.expovariate(1 / (8 * lateness))
        when = dt.datetime(due.year, due.month, due.day, r.randint(8, 20), r.randrange(60), r.randrange(60), tzinfo=UTC) \
            + dt.timedelta(days=int(delay))
        if when.date() < issued:
            when = dt.datetime(issued.year, issued.month, issued.day, 12, 0, tzinfo=UTC) + dt.timedelta(days=1)
        meth = r.choices(["card", "bank_transfer", "cash"], [50, 38, 12])[0]
        if total > 40 and r.random() < 0.12:
            first = _money(total * Decimal(r.choice(["0.3", "0.5"])))
            pays.append((when, first, meth))
            if r.random() < 0.8:
                pays.append((when + dt.timedelta(days=r.randint(10, 45), hours=r.randint(0, 5)), total - first,
                             r.choice(["card", "bank_transfer"])))
        else:
            pays.append((when, total, meth))
    pays = [p for p in pays if p[0] <= snap_end and p[1] > 0]
    paid = sum((p[1] for p in pays), Decimal("0.00"))
    if paid >= total:
        status = "paid"
    elif due < SNAPSHOT:
        status = "written_off" if (issued < dt.date(2023, 7, 1) and r.random() < 0.5) else "overdue"
    else:
        status = "open"
    return (bid, mid, d0, d1, issued, due, consumption, energy, standing, vat, total, status), pays


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
