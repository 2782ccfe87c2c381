"""Seeded data generator for the crew_rostering benchmark database (stdlib only, deterministic).

Reference data (bases, aircraft types, a handful of named crew members, destinations) is fixed and
shared by every instance; the facts (crew population, pairings, legs, assignments, rests, leave) are
drawn from random.Random(seed) with seed-dependent distribution parameters, so that the top base,
sickness rates, per-diem levels, rest violations etc. differ from instance to instance.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

SEEDS = [20240611, 7, 1337, 90210]

UTC = dt.timezone.utc
DATA_CUTOFF = dt.date(2025, 3, 1)  # snapshot date: pairings on/after this date are still 'planned'
SNAPSHOT = dt.datetime(2025, 3, 1, 0, 0)  # no publication, assignment or request happens after this
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 6, 30)

BASES = [
    # code, city, country, utc offset (winter), hub, opened
    ("CDG", "Paris", "France", 1, True, dt.date(2009, 4, 1)),
    ("MUC", "München", "Germany", 1, True, dt.date(2011, 3, 27)),
    ("ZRH", "Zürich", "Switzerland", 1, False, dt.date(2014, 10, 26)),
    ("CPH", "København", "Denmark", 1, False, dt.date(2015, 3, 29)),
    ("DUB", "Dublin", "Ireland", 0, False, dt.date(2016, 5, 1)),
    ("LIS", "Lisboa", "Portugal", 0, False, dt.date(2017, 3, 26)),
    ("AGP", "Málaga", "Spain", 1, False, dt.date(2018, 6, 1)),
    ("OSL", "Oslo", "Norway", 1, False, dt.date(2021, 4, 1)),
]
BASE_LANG = {"CDG": "fr", "MUC": "de", "ZRH": "de", "CPH": "da", "DUB": "en", "LIS": "pt", "AGP": "es", "OSL": "no"}

AIRCRAFT_TYPES = [
    ("A320", "Airbus", "A320neo", 180, 2, 4, False),
    ("A321", "Airbus", "A321neo", 220, 2, 5, False),
    ("B738", "Boeing", "737-800", 189, 2, 4, False),
    ("E190", "Embraer", "E190-E2", 114, 2, 3, False),
    ("AT76", "ATR", "ATR 72-600", 70, 2, 2, False),
    ("A332", "Airbus", "A330-200", 268, 2, 7, True),
]
TYPE_BY_CODE = {t[0]: t for t in AIRCRAFT_TYPES}

BASE_TYPES = {
    "CDG": ["A320", "A321", "A332"],
    "MUC": ["A320", "A321", "A332", "E190"],
    "ZRH": ["A320", "E190"],
    "CPH": ["B738", "AT76"],
    "DUB": ["B738"],
    "LIS": ["A320", "AT76"],
    "AGP": ["B738", "A320"],
    "OSL": ["B738", "E190"],
}

SHORT_DEST = ["LHR", "FCO", "AMS", "BRU", "VIE", "PRG", "WAW", "ATH", "MAD", "BER", "HEL", "ARN",
              "NCE", "TFS", "KEF", "NAP", "OPO", "BIO", "EDI", "BUD", "SPU", "PMI", "IST", "TLS"]
REGIONAL_DEST = ["BRU", "AMS", "LUX", "BSL", "GVA", "STR", "NUE", "BLL", "AAL", "GOT", "BGO", "TRD",
                 "FAO", "OPO", "SCQ", "SVQ", "LYS", "NTE", "CWL", "BHX"]
LONG_DEST = ["JFK", "YUL", "DXB", "ORD", "BOS", "IAD"]

HOTELS = ["Hôtel Lumière", "Park Inn by Radisson", "Crowne Plaza Airport", "NH Collection",
          "Scandic Sky", "Hotel Zürcherhof", "Mövenpick", "The Shelbourne", "O'Callaghan Stephen's Green",
          "Novotel Centre", "Hotel Atlântico", "Ibis Styles"]

FIRST_NAMES = ["Lukas", "Émilie", "Sofia", "Mateo", "Ingrid", "Noah", "Chloé", "Björn", "Aoife",
               "Lucía", "Henrik", "Zoë", "Pierre", "Ana", "Jonas", "Léa", "Finn", "María", "Kasper",
               "Ciarán", "Inês", "Tobias", "Greta", "João", "Marta", "Oliver", "Nora", "Matthias",
               "Camille", "Sven", "Elena", "Raphaël", "Hanna", "Diego", "Freya", "Stefan", "Amélie",
               "Pablo", "Liv", "Niamh", "Thomas", "Julia", "Andrés", "Astrid", "Luca", "Maëlle"]
LAST_NAMES = ["Müller", "Dubois", "García", "Hansen", "O'Connor", "Schmidt", "Martin", "Fernández",
              "Nielsen", "Silva", "Weber", "Lefèvre", "Johansen", "Murphy", "Rossi", "Bernard", "López",
              "Larsen", "Costa", "Fischer", "Moreau", "Sánchez", "Berg", "Kelly", "Wagner", "Girard",
              "Pérez", "Olsen", "Santos", "Becker", "Fontaine", "Jiménez", "Dahl", "Byrne", "Hoffmann",
              "Roux", "Navarro", "Lund", "Pereira", "Schäfer", "D'Souza", "Ødegaard", "Kowalski",
              "Nowak", "Gómez", "Brennan"]

# Named crew members that questions refer to; present in every instance.
FIXED_CREW = [
    # employee_no, first, last, rank, base, hire_date, birth_date, languages
    ("E10007", "Siobhán", "O'Brien", "captain", "DUB", dt.date(2016, 6, 1), dt.date(1979, 2, 14), "en,fr,ga"),
    ("E10011", "Jürgen", "Weiß", "captain", "MUC", dt.date(2011, 4, 15), dt.date(1972, 9, 3), "de,en"),
    ("E10023", "Ana", "Muñoz", "purser", "AGP", dt.date(2018, 6, 1), dt.date(1988, 12, 30), "en,es,fr"),
    ("E10031", "Søren", "Løkke", "first_officer", "CPH", dt.date(2017, 1, 9), dt.date(1991, 5, 21), "da,en,no,sv"),
    ("E10046", "Chloé", "Lefèvre", "flight_attendant", "CDG", dt.date(2015, 9, 1), dt.date(1993, 7, 7), "en,fr,it"),
    ("E10052", "Marco", "D'Angelo", "first_officer", "ZRH", dt.date(2015, 2, 2), dt.date(1986, 11, 11), "de,en,it"),
]

RANK_POS = {"captain": "CPT", "first_officer": "FO", "purser": "PUR", "flight_attendant": "FA"}
RATE_RANGE = {"captain": (110, 170), "first_officer": (60, 100), "purser": (36, 52), "flight_attendant": (24, 38)}


def _utc_offset(base_winter: int, d: dt.date) -> int:
    return base_winter + (1 if 4 <= d.month <= 10 else 0)


def _rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def _money(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def generate(seed: int) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    # --- seed-dependent distribution parameters -------------------------------------------------
    base_weight = {b[0]: rng.uniform(0.5, 2.0) for b in BASES}
    base_weight["OSL"] *= 0.6
    n_pairings = rng.randint(820, 940)
    layover_p = rng.uniform(0.2, 0.45)
    sick_p = rng.uniform(0.02, 0.07)
    swap_p = rng.uniform(0.01, 0.04)
    noshow_p = rng.uniform(0.002, 0.01)
    cancel_p = rng.uniform(0.02, 0.07)
    per_diem_layover = rng.uniform(60, 110)
    unsettled_p = rng.uniform(0.03, 0.12)
    rest_short_p = rng.uniform(0.03, 0.12)
    leave_approve_p = rng.uniform(0.55, 0.85)
    leaver_p = rng.uniform(0.06, 0.16)
    year_growth = rng.uniform(-0.05, 0.25)

    bases = [tuple(b) for b in BASES]
    types = [tuple(t) for t in AIRCRAFT_TYPES]

    # --- crew --------------------------------------------------------------------------------
    crew = []  # dicts
    used_emp = set()
    cid = 0
    for emp, fn, ln, rank, base, hired, born, langs in FIXED_CREW:
        cid += 1
        used_emp.add(emp)
        lo, hi = RATE_RANGE[rank]
        crew.append(dict(crew_id=cid, employee_no=emp, first_name=fn, last_name=ln, rank=rank, base=base,
                         hire=hired, birth=born, email=f"{emp.lower()}@novair.eu", langs=langs,
                         rate=_money(rng.randint(lo * 2, hi * 2) / 2), active=True, left=None))
    for b in BASES:
        code, opened = b[0], b[5]
        scale = base_weight[code]
        counts = {
            "captain": max(6, round(9 * scale * rng.uniform(0.8, 1.2))),
            "first_officer": max(6, round(10 * scale * rng.uniform(0.8, 1.2))),
            "purser": max(5, round(8 * scale * rng.uniform(0.8, 1.2))),
            "flight_attendant": max(10, round(20 * scale * rng.uniform(0.8, 1.2))),
        }
        for rank, n in counts.items():
            for i in range(n):
                cid += 1
                while True:
                    emp = f"E{rng.randint(10100, 99999)}"
                    if emp not in used_emp:
                        used_emp.add(emp)
                        break
                # the first few of each rank are hired when the base opened so every base is staffed
                if i < 4:
                    hired = opened + dt.timedelta(days=rng.randint(-60, 30))
                else:
                    hired = _rand_date(rng, max(opened - dt.timedelta(days=400), dt.date(2004, 1, 1)), dt.date(2024, 9, 30))
                age_at_hire = rng.randint(21, 45) if rank in ("flight_attendant", "first_officer") else rng.randint(27, 50)
                born = hired - dt.timedelta(days=age_at_hire * 365 + rng.randint(0, 364))
                left = None
                if i >= 4 and rng.random() < leaver_p:
                    left = _rand_date(rng, max(hired + dt.timedelta(days=200), dt.date(2019, 6, 1)), dt.date(2025, 2, 28)) \
                        if hired + dt.timedelta(days=200) < dt.date(2025, 2, 28) else None
                fn, ln = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                langs = None
                if rng.random() > 0.1:
                    s = {"en", BASE_LANG[code]}
                    for extra in ("fr", "de", "es", "it", "pt", "sv"):
                        if rng.random() < 0.12:
                            s.add(extra)
                    langs = ",".join(sorted(s))
                lo, hi = RATE_RANGE[rank]
                crew.append(dict(crew_id=cid, employee_no=emp, first_name=fn, last_name=ln, rank=rank, base=code,
                                 hire=hired, birth=born,
                                 email=None if rng.random() < 0.08 else f"{emp.lower()}@novair.eu",
                                 langs=langs, rate=_money(rng.randint(lo * 2, hi * 2) / 2),
                                 active=left is None, left=left))

    # --- type ratings --------------------------------------------------------------------------
    ratings = []
    rated = {}  # (crew_id, type) -> (issued, expires)
    rid = 0
    for c in crew:
        btypes = BASE_TYPES[c["base"]]
        if c["rank"] in ("captain", "first_officer"):
            k = 1 if rng.random() < 0.7 else min(2, len(btypes))
        else:
            k = min(len(btypes), rng.randint(1, 3))
        chosen = rng.sample(btypes, k)
        if c["employee_no"] == "E10011":
            chosen = ["A320", "A332"]
        for j, t in enumerate(chosen):
            rid += 1
            issued = c["hire"] + dt.timedelta(days=rng.randint(10, 90) if j == 0 else rng.randint(200, 2000))
            if issued > dt.date(2025, 2, 1):
                issued = c["hire"] + dt.timedelta(days=20)
            # validity: renewed yearly; the stored expiry is the current one
            end_ref = c["left"] or dt.date(2025, 3, 1)
            expires = end_ref + dt.timedelta(days=rng.randint(-200, 330))
            if expires <= issued:
                expires = issued + dt.timedelta(days=365)
            last_check = None
            if rng.random() > 0.15 and expires - dt.timedelta(days=365) > issued:
                last_check = expires - dt.timedelta(days=365 + rng.randint(0, 20))
                if last_check <= issued:  # a recurrent check comes after the issue; none yet otherwise
                    last_check = None
            ratings.append((rid, c["crew_id"], t, issued, expires, last_check, j == 0))
            rated[(c["crew_id"], t)] = (issued, expires)

    # --- pairings & legs -----------------------------------------------------------------------
    pairings, legs = [], []
    base_by_code = {b[0]: b for b in BASES}
    codes = [b[0] for b in BASES]
    weights = [base_weight[c] for c in codes]
    span = (LAST_DAY - FIRST_DAY).days
    seq_per_base = {c: 0 for c in codes}
    leg_id = 0
    raw = []
    for _ in range(n_pairings):
        while True:
            base = rng.choices(codes, weights)[0]
            # growth over the years: accept later dates more often when year_growth > 0
            d = FIRST_DAY + dt.timedelta(days=rng.randint(0, span))
            if d < base_by_code[base][5]:
                continue
            yr = d.year - 2019
            if rng.random() < (1 + year_growth) ** yr / (1 + abs(year_growth)) ** 6.5:
                break
        raw.append((d, base))
    raw.sort()
    for pid, (d, base) in enumerate(raw, start=1):
        seq_per_base[base] += 1
        code = f"{base}-{seq_per_base[base]:04d}"
        btypes = BASE_TYPES[base]
        tw = [0.4 if t == "A332" else (0.6 if t == "AT76" else 1.0) for t in btypes]
        tcode = rng.choices(btypes, tw)[0]
        off = _utc_offset(base_by_code[base][3], d)
        local_report = dt.datetime(d.year, d.month, d.day, rng.randint(5, 13), rng.choice([0, 15, 30, 45]))
        report = (local_report - dt.timedelta(hours=off)).replace(tzinfo=UTC)
        widebody = TYPE_BY_CODE[tcode][6]
        layover = widebody or rng.random() < layover_p
        if d >= DATA_CUTOFF:
            status = "cancelled" if rng.random() < cancel_p / 2 else "planned"
        else:
            status = "cancelled" if rng.random() < cancel_p else "operated"
        dest_pool = LONG_DEST if widebody else (REGIONAL_DEST if tcode in ("AT76", "E190") else SHORT_DEST)
        route = []  # (dep, arr, minutes, day)
        if widebody:
            x = rng.choice(dest_pool)
            route = [(base, x, rng.randint(440, 560), 0), (x, base, rng.randint(400, 520), 1)]
        elif layover:
            x = rng.choice(dest_pool)
            if rng.random() < 0.4:
                y = rng.choice([p for p in dest_pool if p != x])
                m = rng.randint(50, 170)
                route += [(base, y, m, 0), (y, base, m + rng.randint(-10, 10), 0)]
            m = rng.randint(55, 200)
            route += [(base, x, m, 0), (x, base, m + rng.randint(-15, 15), 1)]
        else:
            x = rng.choice(dest_pool)
            m = rng.randint(50, 180)
            route += [(base, x, m, 0), (x, base, m + rng.randint(-10, 10), 0)]
            if rng.random() < 0.45:
                y = rng.choice([p for p in dest_pool if p != x])
                m = rng.randint(45, 120)
                route += [(base, y, m, 0), (y, base, m + rng.randint(-8, 8), 0)]
        t = report + dt.timedelta(minutes=60)
        day2_start = None
        lay_airport = route[-1][0] if layover else None
        for seq, (dep, arr, mins, day) in enumerate(route, start=1):
            if day == 1 and day2_start is None:
                # next morning at the layover
                day2_start = (report + dt.timedelta(days=1)).replace(hour=(report.hour + rng.randint(-2, 4)) % 24)
                if day2_start <= t + dt.timedelta(hours=10):
                    day2_start = t + dt.timedelta(hours=rng.randint(11, 16))
                t = day2_start
            arr_t = t + dt.timedelta(minutes=mins)
            leg_id += 1
            actual = None
            if status == "operated":
                actual = max(20, mins + rng.randint(-12, 25))
            fno = f"NV{rng.randint(100, 9899)}"
            legs.append((leg_id, pid, seq, fno, dep, arr, t, arr_t, actual))
            t = arr_t + dt.timedelta(minutes=rng.randint(35, 60))
        release = t - dt.timedelta(minutes=rng.randint(0, 20)) + dt.timedelta(minutes=30)
        published = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)) \
            - dt.timedelta(days=rng.randint(21, 60))
        if published >= SNAPSHOT:  # nothing is published after the snapshot
            published = dt.datetime(2025, 2, 1, 9) + dt.timedelta(minutes=rng.randint(0, 26 * 24 * 60))
        pairings.append((pid, code, base, tcode, d, report, release, lay_airport, status, published))

    # --- assignments ---------------------------------------------------------------------------
    by_base_rank = {}
    for c in crew:
        by_base_rank.setdefault((c["base"], c["rank"]), []).append(c)

    busy = {}  # crew_id -> set of dates already on duty (no double booking)

    def eligible(base, rank, tcode, d, exclude, days=None):
        days = days or (d,)
        pool = [c for c in by_base_rank.get((base, rank), [])
                if c["hire"] <= d and (c["left"] is None or c["left"] >= d) and c["crew_id"] not in exclude
                and not any(x in busy.get(c["crew_id"], ()) for x in days)]
        good = [c for c in pool if (c["crew_id"], tcode) in rated and rated[(c["crew_id"], tcode)][0] <= d]
        if good and rng.random() < 0.97:
            return good
        return pool

    assignments = []
    aid = 0
    completed = []  # (crew, pairing tuple) for rest generation
    for p in pairings:
        pid, code, base, tcode, d, report, release, lay, status, published = p
        if status == "cancelled":
            continue
        ncab = TYPE_BY_CODE[tcode][5] + (1 if rng.random() < 0.25 else 0)
        slots = [("captain", "CPT"), ("first_officer", "FO"), ("purser", "PUR")] + [("flight_attendant", "FA")] * (ncab - 1)
        if status == "planned":
            r = rng.random()
            if r < 0.10:
                slots = []  # not crewed at all yet
            elif r < 0.25:
                slots = slots[: rng.randint(1, len(slots) - 1)]  # not fully crewed yet
        used = set()
        days = (d, d + dt.timedelta(days=1)) if lay else (d,)

        def take(c):
            used.add(c["crew_id"])
            busy.setdefault(c["crew_id"], set()).update(days)

        for rank, pos in slots:
            pool = eligible(base, rank, tcode, d, used, days)
            if not pool:
                continue
            c = rng.choice(pool)
            take(c)
            aid += 1
            at = published + dt.timedelta(days=rng.randint(0, 14), minutes=rng.randint(0, 600))
            if status == "planned":
                if at >= SNAPSHOT:
                    at = published + (SNAPSHOT - published) * rng.random()
                    at = at.replace(microsecond=0)
                assignments.append((aid, pid, c["crew_id"], pos, False, at, "rostered", None))
                continue
            r = rng.random()
            st = "completed"
            if r < sick_p:
                st = "sick"
            elif r < sick_p + swap_p:
                st = "swapped"
            elif r < sick_p + swap_p + noshow_p:
                st = "no_show"
            if st != "completed":
                assignments.append((aid, pid, c["crew_id"], pos, False, at, st, None))
                pool2 = eligible(base, rank, tcode, d, used, days)
                if not pool2:
                    continue
                c = rng.choice(pool2)
                take(c)
                aid += 1
                # short-notice replacement, made 1 to 48 hours before report (crew-control time = UTC+1 or more)
                at = report.replace(tzinfo=None) + dt.timedelta(hours=1) - dt.timedelta(minutes=rng.randint(60, 2880))
            pd = None
            if rng.random() > unsettled_p:
                if lay:
                    pd = _money(per_diem_layover * rng.uniform(0.8, 1.25) * (1.6 if TYPE_BY_CODE[tcode][6] else 1.0))
                elif rng.random() < 0.6:
                    pd = _money(rng.choice([12, 15, 18, 22.5]))
            assignments.append((aid, pid, c["crew_id"], pos, False, at, "completed", pd))
            completed.append((c, p))
        # occasional deadheading crew member
        if rng.random() < 0.05:
            rank = rng.choice(["captain", "first_officer", "purser", "flight_attendant"])
            other = [b for b in codes if b != base]
            ob = rng.choice(other)
            pool = [c for c in by_base_rank.get((ob, rank), []) if c["hire"] <= d and (c["left"] is None or c["left"] >= d)
                    and c["crew_id"] not in used and not any(x in busy.get(c["crew_id"], ()) for x in days)]
            if pool:
                c = rng.choice(pool)
                take(c)
                aid += 1
                st = "rostered" if status == "planned" else "completed"
                at = min(published + dt.timedelta(days=rng.randint(0, 14)), SNAPSHOT - dt.timedelta(hours=1))
                assignments.append((aid, pid, c["crew_id"], RANK_POS[rank], True, at, st, None))

    # --- rest periods --------------------------------------------------------------------------
    rests = []
    rest_id = 0
    sample = [x for x in completed if rng.random() < 0.36]
    for c, p in sample:
        pid, code, base, tcode, d, report, release, lay, status, published = p
        if lay:
            # the layover rest between the two duty days
            rest_id += 1
            start = report + dt.timedelta(hours=rng.randint(8, 11), minutes=rng.randint(0, 59))
            req = 600
            length = req + rng.randint(30, 500)
            if rng.random() < rest_short_p:
                length = req - rng.randint(10, 120)
            hotel = rng.choice(HOTELS) if rng.random() > 0.1 else None
            rests.append((rest_id, c["crew_id"], "layover", lay, start, start + dt.timedelta(minutes=length), req, hotel))
        rest_id += 1
        weekly = rng.random() < 0.18
        req = 2160 if weekly else 720
        length = req + rng.randint(0, 1500)
        if rng.random() < rest_short_p:
            length = req - rng.randint(15, 180)
        rests.append((rest_id, c["crew_id"], "weekly" if weekly else "daily", base, release,
                      release + dt.timedelta(minutes=length), req, None))

    # --- leave requests ------------------------------------------------------------------------
    leaves = []
    lid = 0
    lt_weights = [0.5, rng.uniform(0.1, 0.3), 0.05, rng.uniform(0.08, 0.2), 0.05]
    notes = ["Family wedding in Köln", "Moving house", None, "Kids' school holidays", "Recurrent SEP training",
             "Doctor's certificate provided", None, "Trip to Tromsø", "Marathon in Sevilla", None]
    for c in crew:
        n = rng.randint(0, 3)
        for _ in range(n):
            lid += 1
            lt = rng.choices(["annual", "sick", "parental", "training", "unpaid"], lt_weights)[0]
            lo = max(c["hire"], dt.date(2019, 1, 1))
            hi = min(c["left"] or dt.date(2025, 8, 31), dt.date(2025, 8, 31))
            if hi <= lo:
                lid -= 1
                continue
            start = _rand_date(rng, lo, hi)
            length = {"annual": rng.randint(3, 21), "sick": rng.randint(1, 10), "parental": rng.randint(30, 120),
                      "training": rng.randint(1, 4), "unpaid": rng.randint(5, 60)}[lt]
            end = start + dt.timedelta(days=length - 1)
            lead = rng.randint(1, 5) if lt == "sick" else rng.randint(10, 120)
            req_at = dt.datetime(start.year, start.month, start.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)) - dt.timedelta(days=lead)
            if req_at >= SNAPSHOT:  # nothing is requested after the snapshot
                req_at = dt.datetime(2024, 12, 1, 6, 0) + dt.timedelta(seconds=rng.randint(0, 89 * 24 * 3600))
            if start >= dt.date(2025, 2, 1) and rng.random() < 0.6:
                st = "pending"
            else:
                r = rng.random()
                st = "approved" if (lt == "sick" or r < leave_approve_p) else ("rejected" if r < 0.93 else "withdrawn")
            decided = None
            if st in ("approved", "rejected"):
                decided = req_at + dt.timedelta(hours=rng.randint(1, 24 * 9))
                if decided >= SNAPSHOT:
                    decided = req_at + (SNAPSHOT - req_at) * rng.random()
                    decided = decided.replace(microsecond=0)
            note = rng.choice(notes)
            leaves.append((lid, c["crew_id"], lt, start, end, st, req_at, decided, note))

    crew_rows = [(c["crew_id"], c["employee_no"], c["first_name"], c["last_name"], c["rank"], c["base"], c["hire"],
                  c["birth"], c["email"], c["langs"], c["rate"], c["active"], c["left"]) for c in crew]
    if seed != SEEDS[0]:  # instance 0 stays as drawn; instances 1-3 get the discriminating rows
        _boundary_rows(random.Random(seed * 31 + 7), crew_rows, ratings, pairings, legs, assignments, rests, leaves)
    return {
        "bases": bases,
        "aircraft_types": types,
        "crew_members": crew_rows,
        "type_ratings": ratings,
        "pairings": pairings,
        "pairing_legs": legs,
        "crew_assignments": assignments,
        "rest_periods": rests,
        "leave_requests": leaves,
    }


def _boundary_rows(rng, crew, ratings, pairings, legs, assignments, rests, leaves):
    """Targeted rows (instances 1-3) that separate gold queries from their "neighbour" mutants
    (bench/mutants.py): values exactly on the boundaries the questions use, namesakes of the named
    crew members, deadhead/sick rows next to completed ones, under- and over-staffed cabins.
    Every row respects the schema's constraints and the domain rules (no double booking on a day)."""
    crew_by_id = {c[0]: c for c in crew}
    p_by_id = {p[0]: p for p in pairings}
    base_off = {b[0]: b[3] for b in BASES}
    busy = {}
    for a in assignments:
        p = p_by_id[a[1]]
        busy.setdefault(a[2], set()).update({p[4], p[4] + dt.timedelta(days=1)} if p[7] else {p[4]})
    seq = {}
    for p in pairings:
        b, n = p[1].split("-")
        seq[b] = max(seq.get(b, 0), int(n))
    ids = {"crew": max(crew_by_id), "rating": max(r[0] for r in ratings), "pairing": max(p_by_id),
           "leg": max(x[0] for x in legs), "asg": max(a[0] for a in assignments),
           "rest": max(r[0] for r in rests), "leave": max(x[0] for x in leaves)}
    emp_no = iter(f"E{n}" for n in range(10060, 10100))

    def nid(k):
        ids[k] += 1
        return ids[k]

    def free(cid, d):
        c = crew_by_id[cid]
        return c[6] <= d and (c[12] is None or c[12] >= d) and d not in busy.get(cid, ())

    def assign(pid, cid, pos, status="completed", deadhead=False, per_diem=None):
        p = p_by_id[pid]
        busy.setdefault(cid, set()).add(p[4])
        at = min(p[9] + dt.timedelta(days=rng.randint(1, 10), minutes=rng.randint(0, 600)), SNAPSHOT - dt.timedelta(hours=2))
        assignments.append((nid("asg"), pid, cid, pos, deadhead, at, status, per_diem))

    def new_crew(first, last, rank, base, hired, active=True, left=None):
        cid = nid("crew")
        lo, hi = RATE_RANGE[rank]
        emp = next(emp_no)
        crew.append((cid, emp, first, last, rank, base, hired, hired - dt.timedelta(days=rng.randint(25 * 365, 35 * 365)),
                     f"{emp.lower()}@novair.eu", ",".join(sorted({"en", BASE_LANG[base]})), _money(rng.randint(lo * 2, hi * 2) / 2), active, left))
        crew_by_id[cid] = crew[-1]
        return cid

    def new_pairing(base, d, dep_utc_hour_min, legs_spec, status="operated"):
        """legs_spec: list of (dep, arr, sched_minutes, actual_minutes); first leg departs at the given UTC
        time on day d (or on the given datetime)."""
        tcode = [t for t in BASE_TYPES[base] if not TYPE_BY_CODE[t][6]][0]
        pid = nid("pairing")
        seq[base] = seq.get(base, 0) + 1
        t = dep_utc_hour_min if isinstance(dep_utc_hour_min, dt.datetime) else \
            dt.datetime(d.year, d.month, d.day, *dep_utc_hour_min, tzinfo=UTC)
        report = t - dt.timedelta(minutes=60)
        for k, (dep, arr, mins, actual) in enumerate(legs_spec, start=1):
            arr_t = t + dt.timedelta(minutes=mins)
            legs.append((nid("leg"), pid, k, f"NV{rng.randint(100, 9899)}", dep, arr, t, arr_t, actual))
            t = arr_t + dt.timedelta(minutes=45)
        release = t - dt.timedelta(minutes=15)
        published = min(dt.datetime(d.year, d.month, d.day, 10, 0) - dt.timedelta(days=30), SNAPSHOT - dt.timedelta(days=1))
        p = (pid, f"{base}-{seq[base]:04d}", base, tcode, d, report, release, None, status, published)
        pairings.append(p)
        p_by_id[pid] = p
        return pid

    def crew_pairing(pid, must=(), per_diem=True):
        """Staff an operated pairing: the crew in `must` first, then eligible crew of the base per rank."""
        p = p_by_id[pid]
        ranks = ["captain", "first_officer", "purser"] + ["flight_attendant"] * (TYPE_BY_CODE[p[3]][5] - 1)
        for cid in must:
            r = crew_by_id[cid][4]
            if r in ranks:
                ranks.remove(r)
            assign(pid, cid, RANK_POS[r], per_diem=_money(22.5) if per_diem else None)
        for r in ranks:
            pool = [c[0] for c in crew if c[5] == p[2] and c[4] == r and free(c[0], p[4])]
            if pool:
                assign(pid, rng.choice(sorted(pool)), RANK_POS[r],
                       per_diem=_money(rng.choice([12, 15, 18, 22.5])) if per_diem else None)

    def hub_dest(base):
        return "AMS" if base != "AMS" else "BRU"

    # 1. the crew member with the most 2024 per diem (and the 2024 leader of that base) fly on the
    #    duty days around the 2024 year boundaries: a date literal moved by one day changes their totals
    tot, cnt = {}, {}
    for a in assignments:
        p = p_by_id[a[1]]
        if p[4].year == 2024:
            if a[7] is not None:
                tot[a[2]] = tot.get(a[2], 0) + a[7]
            if a[6] == "completed" and not a[4]:
                cnt[a[2]] = cnt.get(a[2], 0) + 1
    top = max(sorted(tot), key=lambda c: tot[c])
    base = crew_by_id[top][5]
    lead = max(sorted(c for c in cnt if crew_by_id[c][5] == base), key=lambda c: (cnt[c], -c))
    must = [top] + ([lead] if lead != top and (crew_by_id[lead][4] != crew_by_id[top][4]
                                               or crew_by_id[lead][4] == "flight_attendant") else [])
    for d in (dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2025, 1, 1)):
        x = hub_dest(base)
        late = 25 if d == dt.date(2023, 12, 31) else 5   # 2023-12-31: a leg 25 min over its block time
        pid = new_pairing(base, d, (8 - base_off[base], 0), [(base, x, 95, 95 + late), (x, base, 90, 88)])
        crew_pairing(pid, [c for c in must if free(c, d)])
    # the base's 2024 leader also deadheads once in 2024 (completed): counting deadheads changes the leader's count
    dh = [p for p in pairings if p[8] == "operated" and p[2] != base and p[4].year == 2024 and free(lead, p[4])]
    assign(rng.choice(dh)[0], lead, RANK_POS[crew_by_id[lead][4]], deadhead=True)
    # 2. legs departing exactly at 00:00 UTC on the quarter/year boundaries, flown 25 min over block,
    #    and one on the last day of Q1 2024
    for when in (dt.datetime(2024, 1, 1, tzinfo=UTC), dt.datetime(2024, 4, 1, tzinfo=UTC),
                 dt.datetime(2025, 1, 1, tzinfo=UTC), dt.datetime(2024, 3, 31, 16, 30, tzinfo=UTC)):
        local = when + dt.timedelta(hours=base_off["MUC"] + (1 if 4 <= when.month <= 10 else 0) - 1)
        pid = new_pairing("MUC", local.date(), when, [("MUC", "FCO", 100, 125), ("FCO", "MUC", 100, 96)])
        crew_pairing(pid)
    # 3. duty date 2018-12-31 (before the first year a question counts), completed working crew
    pid = new_pairing("CDG", dt.date(2018, 12, 31), (7, 0), [("CDG", "AMS", 80, 84), ("AMS", "CDG", 80, 79)])
    crew_pairing(pid)
    # 4. an operated 2024 pairing with no crew on record (LEFT vs INNER join, COUNT over the pairings)
    new_pairing("ZRH", dt.date(2024, 5, 15), (6, 0), [("ZRH", "BSL", 45, 47), ("BSL", "ZRH", 45, 44)])

    # 5. namesakes of the named crew (same first name, or same last name; names sorting before and
    #    after): each with a rating and a completed working assignment on a pairing of the base
    named = {1: ("Siobhán", "O'Brien", "Aoife", "Tadhg", "Byrne", "Walsh"),
             2: ("Jürgen", "Weiß", "Anton", "Uwe", "Bauer", "Zimmer"),
             4: ("Søren", "Løkke", "Anders", "Troels", "Berg", "Møller"),
             6: ("Marco", "D'Angelo", "Andrea", "Paolo", "Bianchi", "Esposito")}
    taken = set()
    partners = {}
    for a in assignments:
        if a[2] == 4 and a[6] == "completed" and not a[4]:
            partners.setdefault("soren_p", set()).add(a[1])
    soren_capts = {a[2] for a in assignments if a[1] in partners.get("soren_p", ()) and a[3] == "CPT"}
    by_pairing = {}
    for a in assignments:
        by_pairing.setdefault(a[1], []).append(a)
    for cid0, (fn, ln, fn_lo, fn_hi, ln_lo, ln_hi) in named.items():
        b = crew_by_id[cid0][5]
        cands = [p for p in pairings if p[2] == b and p[8] == "operated" and not p[7] and p[4].year >= 2021
                 and p[0] in by_pairing and p[0] not in taken
                 and all(a[2] not in named and a[2] not in soren_capts for a in by_pairing[p[0]])
                 and any(a[3] == "CPT" and a[6] == "completed" and not a[4] for a in by_pairing[p[0]])]
        for first, last in ((fn, ln_lo), (fn, ln_hi), (fn_lo, ln), (fn_hi, ln)):
            cid = new_crew(first, last, "flight_attendant", b, dt.date(2020, 3, 1))
            t0 = TYPE_BY_CODE[BASE_TYPES[b][0]][0]
            ratings.append((nid("rating"), cid, t0, dt.date(2020, 3, 20), dt.date(2025, 3, 20) + dt.timedelta(days=rng.randint(0, 300)),
                            None, True))
            p = rng.choice(cands)
            cands.remove(p)
            taken.add(p[0])
            assign(p[0], cid, "FA", per_diem=_money(rng.choice([12, 15, 18])))

    # 6. Jürgen Weiß deadheads once (completed); Søren Løkke's pairings get a deadheading captain and a
    #    captain reported sick who never flew with him otherwise
    dh = [p for p in pairings if p[8] == "operated" and p[2] != "MUC" and p[4].year == 2023 and free(2, p[4])
          and p[0] in by_pairing]
    assign(rng.choice(dh)[0], 2, "CPT", deadhead=True)
    sp = sorted(partners.get("soren_p", ()))
    rng.shuffle(sp)
    others = sorted(c[0] for c in crew if c[4] == "captain" and c[0] not in soren_capts)
    for pid, (st, dhd) in zip(sp, (("completed", True), ("sick", False))):
        d = p_by_id[pid][4]
        c = next(x for x in others if free(x, d))
        others.remove(c)
        assign(pid, c, "CPT", status=st, deadhead=dhd)

    # 7. cabin one short: an operated pairing whose purser reported sick with no replacement (one
    #    more than the minimum before), and one with a flight attendant sick, no replacement (at the minimum)
    def cabin(pid):
        return [a for a in by_pairing.get(pid, []) if a[3] in ("PUR", "FA") and a[6] == "completed" and not a[4]]

    done = set()
    for extra, pos in ((1, "PUR"), (0, "FA")):
        for p in pairings:
            cab = cabin(p[0])
            if p[8] != "operated" or p[0] in taken or p[0] in done or len(cab) != TYPE_BY_CODE[p[3]][5] + extra \
                    or len(by_pairing[p[0]]) != len(cab) + 2:
                continue
            victim = next(a for a in cab if a[3] == pos)
            i = assignments.index(victim)
            assignments[i] = victim[:6] + ("sick", None)
            done.add(p[0])
            break

    # 8. leave and rest rows on the boundaries
    active = sorted(c[0] for c in crew if c[11] and c[6] < dt.date(2023, 1, 1))
    for start, st in ((dt.date(2025, 3, 1), "pending"), (dt.date(2025, 2, 28), "pending"), (dt.date(2023, 12, 31), "approved")):
        req = dt.datetime(start.year, start.month, start.day, 9, 30) - dt.timedelta(days=20)
        leaves.append((nid("leave"), rng.choice(active), "annual", start, start + dt.timedelta(days=3), st, req,
                       req + dt.timedelta(hours=30) if st == "approved" else None, None))
    for when in (dt.datetime(2024, 1, 1, tzinfo=UTC), dt.datetime(2025, 1, 1, tzinfo=UTC)):
        c = crew_by_id[rng.choice(active)]
        rests.append((nid("rest"), c[0], "daily", c[5], when, when + dt.timedelta(minutes=700), 720, None))
    # 9. an inactive MUC captain (left before the data starts), with his (long expired) primary rating
    cid = new_crew("Konrad", "Hofer", "captain", "MUC", dt.date(2011, 5, 2), active=False, left=dt.date(2018, 9, 30))
    ratings.append((nid("rating"), cid, BASE_TYPES["MUC"][0], dt.date(2011, 6, 20), dt.date(2019, 2, 28),
                    dt.date(2018, 2, 26), True))


if __name__ == "__main__":
    for s in SEEDS:
        data = generate(s)
        print(s, {k: len(v) for k, v in data.items()}, sum(len(v) for v in data.values()))
