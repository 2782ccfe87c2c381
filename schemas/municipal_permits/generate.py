"""Seeded data generator for the municipal_permits benchmark database.

Reference data (neighborhoods, permit types, inspectors, named applicants) is fixed for every seed;
the facts (parcels, applications, inspections, fees, appeals) and their distributions depend on the
seed. Pure stdlib, deterministic, no wall clock. Snapshot date of the data: 2025-06-30.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

SEEDS = [20240611, 7331, 90210, 4242]

SNAPSHOT = dt.date(2025, 6, 30)
START = dt.date(2019, 1, 1)
UTC = dt.timezone.utc

NEIGHBORHOODS = [
    # id, name, ward, zoning, population
    (1, "Riverside", 1, "R1", 18250),
    (2, "Old Mill", 1, "M1", 4120),
    (3, "Peñasco Flats", 2, "R2", 22900),
    (4, "Harbor Point", 2, "MX", 9870),
    (5, "Saint-Émile", 3, "R1", 12400),
    (6, "Cedar Grove", 3, "R1", 15030),
    (7, "Kingsbridge", 4, "C1", 6310),
    (8, "Nørre Hill", 4, "R2", 19780),
    (9, "Downtown Core", 5, "C1", 8450),
    (10, "Lakeview", 5, "R2", 21110),
    (11, "Foundry District", 6, "M1", 2980),
    (12, "O'Connell Park", 6, "MX", None),
]

PERMIT_TYPES = [
    # code, name, category, base_fee, requires_inspection, target_review_days, base weight
    ("BLD-NEW", "New Building Construction", "building", "850.00", True, 60, 6),
    ("BLD-ADD", "Addition or Alteration", "building", "400.00", True, 45, 12),
    ("BLD-ROOF", "Roof Replacement", "building", "150.00", True, 14, 10),
    ("DEM-FULL", "Full Demolition", "demolition", "600.00", True, 30, 3),
    ("DEM-INT", "Interior Demolition", "demolition", "200.00", True, 15, 4),
    ("ELE-RES", "Residential Electrical", "electrical", "120.00", True, 10, 12),
    ("ELE-COM", "Commercial Electrical", "electrical", "300.00", True, 20, 6),
    ("PLB-RES", "Residential Plumbing", "plumbing", "110.00", True, 10, 10),
    ("PLB-COM", "Commercial Plumbing", "plumbing", "280.00", True, 20, 5),
    ("MEC-HVAC", "HVAC Installation", "mechanical", "180.00", True, 14, 8),
    ("SGN-WALL", "Wall Sign", "sign", "90.00", False, 10, 5),
    ("SGN-POLE", "Pole Sign", "sign", "160.00", True, 21, 2),
    ("EVT-STR", "Street Festival", "event", "250.00", False, 30, 4),
    ("EVT-BLK", "Block Party", "event", "40.00", False, 14, 6),
    ("EVT-FLM", "Film Shoot", "event", "325.00", False, 7, 3),
]
CATEGORY = {p[0]: p[2] for p in PERMIT_TYPES}

INSPECTORS = [
    (1, "Siobhán O'Neill", "structural", dt.date(2012, 3, 5), True),
    (2, "Marcus Webb", "electrical", dt.date(2015, 7, 20), True),
    (3, "Jürgen Weiß", "structural", dt.date(2009, 11, 2), True),
    (4, "Ana Lucía Ortega", "plumbing", dt.date(2017, 1, 9), True),
    (5, "Priya Raman", "fire", dt.date(2016, 5, 16), True),
    (6, "Tomás Herrera", "general", dt.date(2019, 8, 26), True),
    (7, "Ingrid Sørensen", "electrical", dt.date(2011, 4, 11), False),
    (8, "DeShawn Carter", "general", dt.date(2020, 2, 3), True),
    (9, "Mei-Ling Zhou", "plumbing", dt.date(2014, 9, 29), True),
    (10, "Patrick O'Reilly", "structural", dt.date(2018, 6, 18), False),
]
# which specialties may inspect each permit category
SPECIALTY_FOR = {
    "building": ["structural", "general", "fire"],
    "demolition": ["structural", "general"],
    "electrical": ["electrical", "general", "fire"],
    "plumbing": ["plumbing", "general"],
    "mechanical": ["plumbing", "general", "fire"],
    "sign": ["general", "structural"],
}

NAMED_APPLICANTS = [
    # name, type, email, phone, license, registered_on
    ("O'Brien Construction LLC", "contractor", "permits@obrienbuild.com", "555-0101", "CL-10423", dt.date(2018, 2, 14)),
    ("Müller & Søn Builders", "contractor", "office@mullerson.com", "555-0102", "CL-11877", dt.date(2018, 5, 2)),
    ("Greenway Electric", "contractor", "info@greenwayelectric.com", None, "CL-12004", dt.date(2018, 9, 30)),
    ("Peña Plumbing & Heating", "contractor", None, "555-0104", "CL-12560", dt.date(2019, 1, 21)),
    ("Northgate Roofing Co.", "contractor", "jobs@northgateroof.com", "555-0105", None, dt.date(2018, 11, 5)),
    ("Café Señor Frío", "business", "hola@senorfrio.cafe", "555-0106", None, dt.date(2020, 3, 3)),
    ("Harbor Point Merchants Association", "nonprofit", "board@hpma.org", "555-0107", None, dt.date(2018, 7, 19)),
    ("Lakeview Block Club", "nonprofit", None, None, None, dt.date(2019, 4, 8)),
    ("Sunrise Film Productions", "business", "locations@sunrisefilm.tv", "555-0109", None, dt.date(2019, 10, 1)),
    ("Zoë Castellanos", "individual", "zoe.c@example.net", "555-0110", None, dt.date(2019, 6, 12)),
    ("Björn Åkesson", "individual", None, "555-0111", None, dt.date(2020, 8, 24)),
    ("St. Brigid's Parish", "nonprofit", "office@stbrigids.org", "555-0112", None, dt.date(2018, 3, 9)),
]

FIRST = ["James", "María", "Chen", "Aisha", "Liam", "Sofía", "Noah", "Olga", "Mateo", "Fatima", "Ethan",
         "Chloé", "Lucas", "Amara", "Hiro", "Grace", "Diego", "Ingrid", "Omar", "Hannah", "Raúl", "Léa",
         "Samuel", "Yuki", "Nadia", "Kofi", "Emma", "Jonas", "Priya", "Seán"]
LAST = ["Smith", "García", "Nguyen", "O'Connor", "Kowalski", "Müller", "Johnson", "Haddad", "Rossi",
        "Dubois", "Patel", "Ivanova", "Brown", "Fernández", "Okafor", "Lindqvist", "Kim", "D'Amico",
        "Schröder", "Walker", "Novak", "Jensen", "Moreau", "Tanaka", "Reyes", "Ó Briain"]
BIZ = ["Bakery", "Dental Studio", "Hardware", "Brewing Co.", "Yoga Loft", "Auto Care", "Books & Brews",
       "Florist", "Pharmacy", "Fitness", "Tattoo Parlor", "Deli", "Laundromat", "Coworking"]
BIZ_PREFIX = ["Maple", "Blue Door", "Corner", "Harbor", "Union", "Golden", "Ironworks", "Little Lisboa",
              "Crème", "Riverbend", "Oak & Ash", "Nordlys", "Fifth Street", "Elm"]
CONTRACTOR = ["Builders", "Construction", "Electric", "Plumbing", "Roofing", "Mechanical", "Renovations",
              "Contracting"]
NONPROFIT = ["Neighborhood Association", "Arts Council", "Youth League", "Community Garden",
             "Food Pantry", "Tenants Union"]
STREETS = ["Mill St", "River Rd", "Harbor Ave", "Cedar Ln", "King St", "Lake Dr", "Foundry Way",
           "Union Ave", "Elm St", "Rue Saint-Émile", "Calle Peñasco", "Nørregade", "Market St",
           "O'Connell Blvd", "Grove Ct", "Bridge St", "1st Ave", "2nd Ave"]

DESCRIPTIONS = {
    "BLD-NEW": ["New single-family dwelling", "New 3-story mixed-use building", "New detached garage with ADU",
                "New warehouse shell", "Construct duplex on vacant lot"],
    "BLD-ADD": ["Rear kitchen addition", "Second-story addition", "Convert basement to living space",
                "Add covered porch", "Interior remodel of owner's unit", "Storefront alteration"],
    "BLD-ROOF": ["Tear-off and re-roof, asphalt shingles", "Replace flat roof membrane",
                 "Re-roof with rooftop solar mounting", "Slate roof repair (historic)"],
    "DEM-FULL": ["Demolish fire-damaged house", "Demolish vacant commercial building", "Remove detached garage"],
    "DEM-INT": ["Interior strip-out for tenant fit-out", "Remove non-bearing walls", "Gut renovation prep"],
    "ELE-RES": ["Service upgrade to 200A", "Install rooftop solar PV system", "EV charger installation",
                "Rewire knob-and-tube", "Add sub-panel in garage"],
    "ELE-COM": ["Tenant fit-out lighting and power", "Install solar carport", "Generator transfer switch",
                "New 400A service for restaurant"],
    "PLB-RES": ["Water heater replacement", "Bathroom re-pipe", "Sewer lateral replacement",
                "Gas line for range"],
    "PLB-COM": ["Grease interceptor install", "Backflow preventer install", "Restaurant kitchen plumbing"],
    "MEC-HVAC": ["Heat pump installation", "Replace rooftop unit", "Ductless mini-split install",
                 "Furnace replacement"],
    "SGN-WALL": ["Illuminated wall sign", "Painted mural sign \"Café Señor Frío\"", "Channel-letter sign"],
    "SGN-POLE": ["Freestanding pole sign", "Replace pole sign cabinet"],
    "EVT-STR": ["Harbor Point Summer Fest", "Fête de la Musique", "Día de los Muertos procession",
                "Night market", "Farmers' market season opener"],
    "EVT-BLK": ["Annual block party", "Neighborhood cleanup and BBQ", "Kids' bike rodeo"],
    "EVT-FLM": ["Feature film exterior shoot", "TV commercial shoot", "Music video shoot"],
}

GROUNDS = ["Setback variance should apply", "Reviewer misapplied historic guidelines",
           "Denial based on outdated zoning map", "Neighbor objection was unfounded",
           "Parking requirement waived for similar projects", "Noise conditions acceptable to applicant",
           "Fee dispute — plan review overcharged", "Height limit interpretation incorrect"]

NOTES = ["Work matches approved plans", "Missing GFCI protection", "Re-inspect after corrections",
         "Owner not home", "Smoke detectors installed", "Nailing pattern incorrect",
         "Clearances OK", "Gate locked — dog on site", "Inspector's note: revisit façade anchors"]


def _money(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def generate(seed: int) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    alt = random.Random(seed * 17 + 3)  # re-draws an inspector not yet hired on the day (own stream)

    # ---- seed-dependent distribution parameters -------------------------------------------
    n_apps = rng.randint(1150, 1550)
    n_parcels = rng.randint(520, 680)
    n_gen_applicants = rng.randint(300, 380)
    year_w = {y: rng.uniform(0.6, 1.6) for y in range(2019, 2026)}
    year_w[2025] *= 0.5  # half a year
    type_w = [p[6] * rng.uniform(0.5, 1.6) for p in PERMIT_TYPES]
    hood_w = [rng.uniform(0.3, 2.0) for _ in NEIGHBORHOODS]
    p_approve = rng.uniform(0.62, 0.76)
    p_deny = rng.uniform(0.07, 0.15)
    p_withdraw = rng.uniform(0.04, 0.09)
    p_expedite = rng.uniform(0.06, 0.16)
    review_speed = rng.uniform(0.6, 1.5)
    inspector_skill = {i[0]: rng.uniform(0.55, 0.9) for i in INSPECTORS}
    inspector_load = {i[0]: rng.uniform(0.4, 2.2) for i in INSPECTORS}
    p_unpaid = rng.uniform(0.04, 0.14)
    plan_rate = rng.choice([Decimal("0.004"), Decimal("0.005"), Decimal("0.006")])
    p_appeal = rng.uniform(0.3, 0.55)
    outcome_w = [rng.uniform(0.5, 2.0) for _ in range(3)]
    pay_w = [rng.uniform(0.5, 3.0) for _ in range(4)]
    named_w = rng.uniform(3.0, 8.0)

    neighborhoods = [tuple(n) for n in NEIGHBORHOODS]
    permit_types = [(c, n, cat, Decimal(f), ri, td) for c, n, cat, f, ri, td, _ in PERMIT_TYPES]
    inspectors = [tuple(i) for i in INSPECTORS]

    # ---- applicants ------------------------------------------------------------------------
    applicants = []
    for i, (name, typ, email, phone, lic, reg) in enumerate(NAMED_APPLICANTS, start=1):
        applicants.append((i, name, typ, email, phone, lic, reg))
    used = {a[1] for a in applicants}
    lic_no = 13000
    while len(applicants) < len(NAMED_APPLICANTS) + n_gen_applicants:
        typ = _weighted(rng, ["individual", "contractor", "business", "nonprofit"], [60, 18, 16, 6])
        if typ == "individual":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif typ == "contractor":
            name = f"{rng.choice(LAST)} {rng.choice(CONTRACTOR)}"
        elif typ == "business":
            name = f"{rng.choice(BIZ_PREFIX)} {rng.choice(BIZ)}"
        else:
            name = f"{rng.choice(BIZ_PREFIX)} {rng.choice(NONPROFIT)}"
        if name in used:
            continue
        used.add(name)
        aid = len(applicants) + 1
        slug = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:14]
        email = None if rng.random() < 0.2 else f"{slug}{aid}@example.com"
        phone = None if rng.random() < 0.25 else f"555-{rng.randint(1000, 9999)}"
        lic = None
        if typ == "contractor" and rng.random() < 0.8:
            lic_no += rng.randint(1, 40)
            lic = f"CL-{lic_no}"
        reg = START - dt.timedelta(days=400) + dt.timedelta(days=rng.randint(0, 2400))
        applicants.append((aid, name, typ, email, phone, lic, reg))

    # ---- parcels ---------------------------------------------------------------------------
    parcels = []
    per_hood_seq = {n[0]: 0 for n in NEIGHBORHOODS}
    hood_ids = [n[0] for n in NEIGHBORHOODS]
    zoning = {n[0]: n[3] for n in NEIGHBORHOODS}
    use_by_zone = {
        "R1": (["residential", "public", "commercial"], [90, 5, 5]),
        "R2": (["residential", "mixed", "commercial", "public"], [70, 12, 12, 6]),
        "C1": (["commercial", "mixed", "public", "residential"], [60, 20, 8, 12]),
        "M1": (["industrial", "commercial", "public"], [70, 20, 10]),
        "MX": (["mixed", "residential", "commercial", "public"], [40, 30, 25, 5]),
    }
    used_addr = set()
    for pid in range(1, n_parcels + 1):
        hid = _weighted(rng, hood_ids, hood_w)
        per_hood_seq[hid] += rng.randint(1, 7)
        pnum = f"{100 + hid}-{per_hood_seq[hid]:04d}"
        while True:
            addr = f"{rng.randint(1, 299) * 10 + rng.choice([0, 2, 4, 6, 8])} {rng.choice(STREETS)}"
            if addr not in used_addr:
                used_addr.add(addr)
                break
        uses, uw = use_by_zone[zoning[hid]]
        use = _weighted(rng, uses, uw)
        area = int(rng.lognormvariate(8.6 if use == "residential" else 9.6, 0.45))
        per_sqft = {"residential": 38, "commercial": 65, "industrial": 22, "mixed": 55, "public": 15}[use]
        value = None if rng.random() < 0.06 else _money(area * per_sqft * rng.uniform(0.6, 1.8) + 40000)
        historic = hid in (5, 12, 2) and rng.random() < 0.35 or rng.random() < 0.04
        parcels.append((pid, pnum, addr, hid, use, area, value, historic))
    parcel_ids_by_hood = {}
    for p in parcels:
        parcel_ids_by_hood.setdefault(p[3], []).append(p[0])
    hood_choices = [h for h in hood_ids if h in parcel_ids_by_hood]
    hood_choice_w = [hood_w[h - 1] for h in hood_choices]

    # ---- applications ----------------------------------------------------------------------
    codes = [p[0] for p in PERMIT_TYPES]
    type_info = {p[0]: p for p in PERMIT_TYPES}
    years = list(range(2019, 2026))
    apps, insp_rows, fee_rows, appeal_rows = [], [], [], []
    fee_id = 0
    insp_id = 0
    named_ids = list(range(1, len(NAMED_APPLICANTS) + 1))
    cat_named = {
        "contractor": [a[0] for a in applicants[:len(NAMED_APPLICANTS)] if a[2] == "contractor"],
    }
    all_ids = [a[0] for a in applicants]
    app_w = [named_w if a[0] <= len(NAMED_APPLICANTS) else 1.0 for a in applicants]

    def add_fee(app_id, kind, amount, assessed):
        nonlocal fee_id
        fee_id += 1
        paid = None
        method = None
        if rng.random() >= p_unpaid:
            paid = assessed + dt.timedelta(days=int(rng.expovariate(1 / 9)))
            if paid > SNAPSHOT:
                paid = None
            else:
                method = _weighted(rng, ["card", "check", "ach", "cash"], pay_w)
        fee_rows.append((fee_id, app_id, kind, _money(amount), assessed, paid, method))
        return paid

    for app_id in range(1, n_apps + 1):
        code = _weighted(rng, codes, type_w)
        cat = CATEGORY[code]
        _, _, _, base_fee, req_insp, target_days, _ = type_info[code]
        base_fee = Decimal(base_fee)
        # applicant: events favour nonprofits / businesses, trades favour contractors
        if cat == "event":
            pool = [a[0] for a in applicants if a[2] in ("nonprofit", "business", "individual")]
            applicant_id = rng.choice(pool)
            if rng.random() < 0.35:
                applicant_id = rng.choice([6, 7, 8, 9, 12])
        elif cat in ("electrical", "plumbing", "mechanical", "demolition") and rng.random() < 0.7:
            pool = [a[0] for a in applicants if a[2] == "contractor"]
            applicant_id = rng.choice(pool) if rng.random() < 0.6 else rng.choice(cat_named["contractor"])
        else:
            applicant_id = _weighted(rng, all_ids, app_w)
        # submission time
        y = _weighted(rng, years, [year_w[y] for y in years])
        y_start = dt.date(y, 1, 1)
        y_end = dt.date(y, 12, 31) if y < 2025 else SNAPSHOT
        d = y_start + dt.timedelta(days=rng.randint(0, (y_end - y_start).days))
        submitted = dt.datetime(d.year, d.month, d.day, rng.randint(13, 22), rng.randint(0, 59),
                                rng.randint(0, 59), tzinfo=UTC)
        expedited = cat != "event" and rng.random() < p_expedite
        # parcel
        parcel_id = None
        if cat != "event" or (code == "EVT-FLM" and rng.random() < 0.5):
            hid = _weighted(rng, hood_choices, hood_choice_w)
            parcel_id = rng.choice(parcel_ids_by_hood[hid])
        # cost / attendance
        est = None
        attendance = None
        if cat == "event":
            if rng.random() > 0.05:
                attendance = int(rng.lognormvariate({"EVT-STR": 7.5, "EVT-BLK": 4.4, "EVT-FLM": 3.6}[code], 0.6)) + 5
        elif rng.random() > 0.06:
            mu = {"BLD-NEW": 12.9, "BLD-ADD": 11.3, "BLD-ROOF": 9.8, "DEM-FULL": 10.4, "DEM-INT": 9.6,
                  "ELE-RES": 8.5, "ELE-COM": 10.2, "PLB-RES": 8.3, "PLB-COM": 9.9, "MEC-HVAC": 9.2,
                  "SGN-WALL": 8.0, "SGN-POLE": 8.9}[code]
            est = _money(round(rng.lognormvariate(mu, 0.55), -1))
        # status
        days = max(1, int(target_days * review_speed * rng.uniform(0.25, 2.2) * (0.45 if expedited else 1)))
        decision = d + dt.timedelta(days=days)
        r = rng.random()
        if r < p_withdraw:
            status = "withdrawn"
        elif decision > SNAPSHOT:
            status = "under_review" if rng.random() < 0.7 or (SNAPSHOT - d).days > 20 else "submitted"
        elif r < p_withdraw + p_deny * (1.6 if parcel_id and parcels[parcel_id - 1][7] else 1.0):
            status = "denied"
        elif r < p_withdraw + p_deny + p_approve:
            status = "approved"
        else:
            status = "denied" if rng.random() < 0.3 else "approved"
        decision_date = decision if status in ("approved", "denied") else None
        desc = rng.choice(DESCRIPTIONS[code])
        apps.append((app_id, applicant_id, parcel_id, code, submitted, status, decision_date, est, attendance,
                     expedited, desc))

        # fees
        app_paid = add_fee(app_id, "application", base_fee, d)
        if expedited:
            add_fee(app_id, "expedite", max(Decimal("150.00"), base_fee * Decimal("0.5")), d)
        if cat in ("building", "demolition") and est is not None and status != "withdrawn":
            rd = d + dt.timedelta(days=rng.randint(1, 6))
            if rd <= SNAPSHOT:
                paid = add_fee(app_id, "plan_review", max(Decimal("50"), est * plan_rate), rd)
                if paid is None and (SNAPSHOT - rd).days > 60 and rng.random() < 0.5:
                    add_fee(app_id, "late_penalty", Decimal("35.00"), rd + dt.timedelta(days=60))
        if app_paid is None and (SNAPSHOT - d).days > 60 and rng.random() < 0.4:
            add_fee(app_id, "late_penalty", Decimal("25.00"), d + dt.timedelta(days=60))

        # inspections
        if status == "approved" and req_insp and rng.random() > 0.1:
            stages = {"building": ["footing", "framing", "final"], "demolition": ["site", "final"],
                      "electrical": ["rough_in", "final"], "plumbing": ["rough_in", "final"],
                      "mechanical": ["rough_in", "final"], "sign": ["final"]}[cat]
            if code == "BLD-ROOF":
                stages = ["site", "final"]
            when = decision_date + dt.timedelta(days=rng.randint(5, 40))
            specs = SPECIALTY_FOR[cat]
            cands = [i for i in INSPECTORS if i[2] in specs]
            for kind in stages:
                attempts = 0
                while True:
                    attempts += 1
                    if when > SNAPSHOT + dt.timedelta(days=14):
                        break
                    sched = dt.datetime(when.year, when.month, when.day, rng.randint(8, 15),
                                        rng.choice([0, 30]))
                    active = [i for i in cands if i[4] or when < dt.date(2022, 1, 1)]
                    insp = _weighted(rng, active, [inspector_load[i[0]] for i in active])
                    skill = inspector_skill[insp[0]]
                    if insp[3] > when:  # not hired yet on that day: one of the candidates already on staff
                        hired = [i for i in active if i[3] <= when]
                        insp = _weighted(alt, hired, [inspector_load[i[0]] for i in hired])
                    insp_id += 1
                    if when > SNAPSHOT - dt.timedelta(days=3) or (when > SNAPSHOT - dt.timedelta(days=20)
                                                                    and rng.random() < 0.3):
                        iid = insp[0] if rng.random() < 0.5 else None
                        insp_rows.append((insp_id, app_id, iid, kind, sched, None, None, None))
                        when = None
                        break
                    if rng.random() < 0.05:
                        done = sched + dt.timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 90))
                    else:
                        done = sched + dt.timedelta(minutes=rng.randint(-20, 150))
                    rr = rng.random()
                    if rr < 0.05:
                        result = "no_access"
                    elif rr < 0.05 + skill * 0.95:
                        result = "pass"
                    elif rng.random() < 0.3:
                        result = "partial"
                    else:
                        result = "fail"
                    note = None if rng.random() < 0.45 else rng.choice(NOTES)
                    insp_rows.append((insp_id, app_id, insp[0], kind, sched, done, result, note))
                    add_fee(app_id, "inspection", Decimal("95.00") if attempts > 1 else Decimal("75.00"),
                            done.date())
                    when = when + dt.timedelta(days=rng.randint(3, 35))
                    if result == "pass" or attempts >= 3:
                        break
                if when is None or when > SNAPSHOT + dt.timedelta(days=14):
                    break

        # appeals
        if status == "denied" and rng.random() < p_appeal:
            filed = decision_date + dt.timedelta(days=rng.randint(3, 30))
            if filed <= SNAPSHOT:
                hearing = filed + dt.timedelta(days=rng.randint(15, 120))
                if rng.random() < 0.12 or hearing > SNAPSHOT + dt.timedelta(days=60):
                    hearing = None
                if hearing is None or hearing > SNAPSHOT:
                    outcome = "pending"
                else:
                    outcome = _weighted(rng, ["upheld", "overturned", "remanded"], outcome_w)
                    if rng.random() < 0.05:
                        outcome = "pending"  # decision not yet recorded
                appeal_rows.append((len(appeal_rows) + 1, app_id, filed, rng.choice(GROUNDS), hearing, outcome))

    if seed != SEEDS[0]:
        _discriminating_rows(seed, neighborhoods, applicants, parcels, apps, insp_rows, fee_rows, appeal_rows)

    # a portal submission needs an applicant account: an applicant whose first portal submission
    # (any time but 00:00:00 UTC, which marks a paper application) precedes the drawn registration date
    # registered on the day of that submission
    first_portal = {}
    for a in apps:
        if a[4].timetz() != dt.time(0, 0, tzinfo=UTC):
            first_portal[a[1]] = min(first_portal.get(a[1], a[4].date()), a[4].date())
    applicants = [a[:6] + (min(a[6], first_portal.get(a[0], a[6])),) for a in applicants]

    return {
        "neighborhoods": neighborhoods,
        "applicants": applicants,
        "parcels": parcels,
        "permit_types": permit_types,
        "inspectors": inspectors,
        "permit_applications": apps,
        "inspections": insp_rows,
        "fees": fee_rows,
        "appeals": appeal_rows,
    }


# ------------------------------------------------------------------------------------------------
# Test instances only (every seed but SEEDS[0]): a few rows placed exactly where the benchmark's
# questions draw their lines, so that "neighbour" queries (>= vs >, a date one day off, a literal
# +/-1, DISTINCT added, a conjunct dropped ...) give a different answer from the gold on at least one
# instance. Instance 0 stays the plain simulation.

ANNEX = (13, "Westgate Annex", 6, "R1", 1460)  # annexed in 2024: parcels not (or barely) assessed yet
ANNEX_VALUES = {7331: [None, None, None], 90210: ["0.00", "0.00", "1010.15"], 4242: [None, "845.50", "0.00", "1333.33"]}
# inspector whose completed-inspection count is pinned to 150 and to 151 (question 005: HAVING > 150)
PIN_INSPECTIONS = {7331: {3: 150, 9: 151}, 90210: {4: 150, 10: 151}, 4242: {4: 150, 3: 151}}
# neighborhoods whose numbers of decided applications are pinned to 40 and 39 (question 024: HAVING >= 40)
PIN_DECIDED = {7331: {12: 40, 8: 39}, 90210: {9: 40, 7: 39}, 4242: {10: 40, 7: 39}}


def _discriminating_rows(seed, neighborhoods, applicants, parcels, apps, insp_rows, fee_rows, appeal_rows):
    rng = random.Random(seed * 31 + 7)
    cat_of = CATEGORY
    state = {"fee": max(f[0] for f in fee_rows), "insp": max(i[0] for i in insp_rows)}

    def ts(d, h=0, m=0, s=0):
        return dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=UTC)

    def fee(app_id, kind, amount, assessed, paid=None, method=None):
        state["fee"] += 1
        fee_rows.append((state["fee"], app_id, kind, _money(amount), assessed, paid, method))

    def inspection(app_id, iid, kind, sched, done, result, note=None):
        state["insp"] += 1
        insp_rows.append((state["insp"], app_id, iid, kind, sched, done, result, note))
        if done is not None:
            fee(app_id, "inspection", "75.00", done.date(), done.date() + dt.timedelta(days=3), "card")

    generic = [a[0] for a in applicants if a[0] > len(NAMED_APPLICANTS)]
    contractors = [a[0] for a in applicants if a[2] == "contractor"]
    parcel_pool = [p[0] for p in parcels]

    def app(code, submitted, status, decision=None, parcel=-1, applicant=None, desc=None, est=None,
            fee_paid=None, fee_method=None):
        app_id = len(apps) + 1
        if parcel == -1:
            parcel = None if CATEGORY[code] == "event" else rng.choice(parcel_pool)
        if est is None and CATEGORY[code] != "event":
            est = _money(rng.randint(40, 900) * 100)
        attendance = rng.randint(40, 400) if CATEGORY[code] == "event" else None
        apps.append((app_id, applicant or rng.choice(generic), parcel, code, submitted, status, decision, est,
                     attendance, False, desc or rng.choice(DESCRIPTIONS[code])))
        base = next(p[3] for p in PERMIT_TYPES if p[0] == code)
        d = submitted.date()
        if fee_paid is None:
            fee_paid, fee_method = d + dt.timedelta(days=rng.randint(0, 5)), rng.choice(["card", "ach"])
        fee(app_id, "application", base, d, fee_paid, fee_method)
        return app_id

    # a newly annexed neighborhood: parcels unassessed (all NULL in one instance) or with tiny values
    # (exempt public strips) so that the rounding of an average is visible; name sorts after 'Saint-Émile'
    neighborhoods.append(ANNEX)
    annex_parcels = []
    for k, v in enumerate(ANNEX_VALUES[seed], start=1):
        pid = len(parcels) + 1
        parcels.append((pid, f"113-{k:04d}", f"{k * 20} Westgate Rd", 13, "public" if v == "0.00" else "residential",
                        4000 + 1500 * k, None if v is None else Decimal(v), False))
        annex_parcels.append(pid)
    app("DEM-FULL", ts(dt.date(2024, 9, 16), 15, 12), "approved", dt.date(2024, 10, 14), annex_parcels[0],
        rng.choice(contractors), "Demolish vacant farmhouse")

    # paper applications keyed in by the clerk: stamped 00:00:00 UTC on their filing date
    solar = "Install rooftop solar PV system"
    app("ELE-RES", ts(dt.date(2022, 1, 1)), "approved", dt.date(2022, 1, 12), desc=solar)
    app("ELE-RES", ts(dt.date(2023, 1, 1)), "approved", dt.date(2023, 1, 9), desc=solar)
    app("BLD-ROOF", ts(dt.date(2024, 1, 1)), "withdrawn", desc="Re-roof with rooftop solar mounting")
    app("MEC-HVAC", ts(dt.date(2025, 1, 1)), "approved", dt.date(2025, 1, 10))
    # portal submissions on the last day of a year
    app("ELE-COM", ts(dt.date(2021, 12, 31), 16, 40, 5), "approved", dt.date(2022, 1, 14), desc="Install solar carport")
    app("ELE-RES", ts(dt.date(2022, 12, 31), 14, 5, 51), "denied", dt.date(2023, 1, 6), desc=solar)

    # stalled reviews decided exactly on year boundaries, slow enough to be among the longest
    for dec, days in ((dt.date(2023, 12, 31), 310), (dt.date(2024, 1, 1), 322), (dt.date(2025, 1, 1), 335)):
        app("BLD-NEW", ts(dec - dt.timedelta(days=days), 17, 30, 0), "approved", dec)

    # application fees paid in cash on the day before / first / last / day after a quarter
    for paid in (dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 3, 31), dt.date(2024, 4, 1)):
        app("PLB-RES", ts(paid - dt.timedelta(days=4), 18, 15, 0), "approved", paid + dt.timedelta(days=6),
            fee_paid=paid, fee_method="cash")

    # inspections completed at 00:00 on New Year's day (entered without a time), and one done a day early
    a1 = app("ELE-RES", ts(dt.date(2023, 11, 20), 19, 0, 0), "approved", dt.date(2023, 12, 4))
    inspection(a1, 2, "rough_in", dt.datetime(2023, 12, 29, 10, 0), dt.datetime(2024, 1, 1, 0, 0), "pass")
    a2 = app("PLB-RES", ts(dt.date(2024, 11, 25), 20, 0, 0), "approved", dt.date(2024, 12, 9))
    inspection(a2, 9, "rough_in", dt.datetime(2024, 12, 30, 9, 30), dt.datetime(2025, 1, 1, 0, 0), "pass")
    a3 = app("MEC-HVAC", ts(dt.date(2024, 5, 20), 15, 0, 0), "approved", dt.date(2024, 5, 31))
    inspection(a3, 6, "final", dt.datetime(2024, 6, 12, 9, 0), dt.datetime(2024, 6, 11, 15, 20), "pass",
               "Done a day early at owner's request")

    # appeals: pending with the hearing on the snapshot day / the day after; decided on the papers
    for hearing, outcome, dec in ((dt.date(2025, 6, 30), "pending", dt.date(2025, 4, 22)),
                                  (dt.date(2025, 7, 1), "pending", dt.date(2025, 5, 6)),
                                  (None, "overturned", dt.date(2023, 3, 14)),
                                  (None, "remanded", dt.date(2022, 8, 2))):
        aid = app("BLD-ADD", ts(dec - dt.timedelta(days=40), 16, 45, 0), "denied", dec)
        appeal_rows.append((len(appeal_rows) + 1, aid, dec + dt.timedelta(days=9), rng.choice(GROUNDS), hearing,
                            outcome))

    # two different contractors registered under the same name, neither with a license on file
    unlicensed = [a for a in applicants if a[2] == "contractor" and a[5] is None and a[0] > len(NAMED_APPLICANTS)]
    twin = rng.choice(unlicensed)
    applicants.append((len(applicants) + 1, twin[1], "contractor", None, f"555-{rng.randint(1000, 9999)}", None,
                       dt.date(2023, 2, 6)))

    # pin the number of decided applications of two neighborhoods to exactly 40 and 39
    hood_of = {p[0]: p[3] for p in parcels}
    for target, n in PIN_DECIDED[seed].items():
        decided = [k for k, a in enumerate(apps) if a[2] is not None and a[5] in ("approved", "denied")]
        per_hood = {h: [k for k in decided if hood_of[apps[k][2]] == h] for h in range(1, 13)}
        mine = per_hood[target]
        big = max(range(1, 13), key=lambda h: len(per_hood[h]))
        if len(mine) > n:
            dest, movers = [p[0] for p in parcels if p[3] == big], mine[n:]
        else:
            dest, movers = [p[0] for p in parcels if p[3] == target], per_hood[big][: n - len(mine)]
        for k in movers:
            a = apps[k]
            apps[k] = a[:2] + (rng.choice(dest),) + a[3:]
        assert sum(1 for a in apps if a[2] is not None and a[5] in ("approved", "denied")
                   and hood_of[a[2]] == target) == n, (seed, target)

    # pin two inspectors' numbers of completed inspections to exactly 150 and 151 by moving
    # inspections between them and the general inspectors (who may inspect every category)
    app_code = {a[0]: a[3] for a in apps}
    info = {i[0]: i for i in INSPECTORS}

    def may(iid, row):
        _, _, spec, hired, active = info[iid]
        when = row[5].date()
        return (spec in SPECIALTY_FOR[cat_of[app_code[row[1]]]] and when >= hired
                and (active or when < dt.date(2022, 1, 1)))

    for iid, n in PIN_INSPECTIONS[seed].items():
        done = [k for k, r in enumerate(insp_rows) if r[2] == iid and r[5] is not None]
        if len(done) > n:
            out = [k for k in done if may(6, insp_rows[k])][: len(done) - n]
            for k in out:
                insp_rows[k] = insp_rows[k][:2] + (6,) + insp_rows[k][3:]
        else:
            cands = [k for k, r in enumerate(insp_rows) if r[2] in (6, 8) and r[5] is not None and may(iid, r)]
            for k in cands[: n - len(done)]:
                insp_rows[k] = insp_rows[k][:2] + (iid,) + insp_rows[k][3:]
        assert sum(1 for r in insp_rows if r[2] == iid and r[5] is not None) == n, (seed, iid)


if __name__ == "__main__":
    for s in SEEDS:
        data = generate(s)
        print(s, {k: len(v) for k, v in data.items()}, sum(len(v) for v in data.values()))
