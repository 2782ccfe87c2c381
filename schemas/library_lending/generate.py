"""Seeded data generator for the library_lending benchmark database.

Reference data (branches, the catalogue of titles, a handful of named patrons) is fixed and shared
by every instance; everything that happens (copies bought, loans, holds, fines) is drawn from
``random.Random(seed)`` with seed-dependent distribution parameters, so that counts, totals and
"who is top" differ between instances.  Pure stdlib, no wall clock.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

SEEDS = [20241, 7331, 90210, 4242]

UTC = dt.timezone.utc
SNAPSHOT = dt.datetime(2024, 12, 31, 20, 0, 0)  # data extracted at the end of 2024 (local time)
START = dt.datetime(2019, 1, 2, 9, 0, 0)

BRANCHES = [
    # id, code, name, district, opened_on, is_central, weekly hours, makerspace
    (1, "CEN", "Central Library", "Old Town", dt.date(1968, 5, 14), True, Decimal("72.0"), True),
    (2, "RIV", "Riverside Branch", "Riverside", dt.date(1985, 9, 2), False, Decimal("48.0"), False),
    (3, "NGT", "Northgate Branch", "Northgate", dt.date(1992, 3, 30), False, Decimal("48.0"), True),
    (4, "HBR", "Harbourside Library", "Harbour", dt.date(2004, 11, 8), False, Decimal("56.5"), False),
    (5, "ELM", "Elmwood Branch", "Elmwood", dt.date(1979, 6, 18), False, Decimal("40.0"), False),
    (6, "SJU", "Sankt Jürgen Library", "Jürgenviertel", dt.date(2011, 1, 17), False, Decimal("44.0"), True),
    (7, "PEN", "Peña Alta Branch", "Peña Alta", dt.date(2016, 4, 25), False, Decimal("36.0"), False),
    (8, "MKT", "Market Square Express", "Old Town", dt.date(2021, 10, 4), False, Decimal("30.0"), False),
]

GENRES = ["fiction", "mystery", "science fiction", "fantasy", "romance", "history", "biography",
          "cooking", "travel", "science", "poetry", "picture book", "graphic novel"]

AUTHORS = [
    "Ingrid Sørensen", "Matías Peña", "Jürgen Weiß", "Aoife O'Connell", "Hélène Dubois",
    "Tomasz Kowalski", "Amara Okafor", "Li Wei", "Margaret Ashdown", "Daniel Reyes",
    "Chloé Lefèvre", "Björn Eriksson", "Sean O'Malley", "Priya Raman", "Olga Ivanova",
    "Kenji Mori", "Lucía Fernández", "Henrik Jensen", "Ruth Abernathy", "Ömer Yıldız",
    "Fiona MacLeod", "Pierre Garnier", "Nadia Haddad", "Samuel Whitcombe", "Zoë Hartmann",
    "Idris Bello", "Annika Strand", "Carlos Núñez", "Grace Tanaka", "Marek Dvořák",
]

PUBLISHERS = ["Harbour House", "Northlight Press", "Editorial Sol", "Verlag Eichbaum", "Penfold & Sons",
              "Blue Heron Books", "Éditions du Quai", "Kestrel Media", "Oakleaf Publishing"]

ADJ = ["Silent", "Last", "Hidden", "Copper", "Winter", "Broken", "Golden", "Distant", "Quiet", "Burning",
       "Forgotten", "Paper", "Salt", "Crimson", "Northern", "Glass", "Restless", "Wild", "Hollow", "Bright"]
NOUN = ["Harbour", "Garden", "Lantern", "River", "Orchard", "Kingdom", "Letter", "Compass", "Island",
        "Mirror", "Tide", "Station", "Forest", "Clockmaker", "Bridge", "Archive", "Season", "Road",
        "Lighthouse", "Map"]
PLACES = ["Lisbon", "Kraków", "Zürich", "the Fjords", "Andalucía", "the Marsh", "Montréal", "the Steppe",
          "Kyoto", "Galway"]

# Named titles that questions refer to (title, author, format, genre, language, audience, year, price)
NAMED_TITLES = [
    ("The Salt Road", "Ingrid Sørensen", "book", "fiction", "en", "adult", 2017, "18.99"),
    ("Cien días de lluvia", "Matías Peña", "book", "fiction", "es", "adult", 2012, "21.50"),
    ("Der Uhrmacher", "Jürgen Weiß", "book", "mystery", "de", "adult", 2009, "16.00"),
    ("Cien días de lluvia", "Matías Peña", "audiobook", "fiction", "es", "adult", 2014, "24.00"),
    ("The Lighthouse Keeper's Daughter", "Aoife O'Connell", "book", "romance", "en", "adult", 2019, "14.99"),
    ("Stars Over Galway", "Aoife O'Connell", "ebook", "romance", "en", "adult", 2021, "9.99"),
    ("Moss & Moonlight", None, "book", "poetry", "en", "adult", 1998, "12.00"),
    ("Little Fox Goes Sailing", "Grace Tanaka", "book", "picture book", "en", "children", 2020, "11.50"),
    ("Kitchen of the Andes", "Lucía Fernández", "book", "cooking", "es", "adult", 2018, "29.90"),
    ("Deep Field", "Kenji Mori", "dvd", "science", "en", "adult", 2016, "19.99"),
    ("City Monthly", None, "magazine", "travel", "en", "adult", 2024, "6.50"),
    ("Quantum Gardens", "Li Wei", "audiobook", "science fiction", "en", "young_adult", 2022, "27.00"),
]

FIRST = ["Siobhán", "Zoë", "José", "Jürgen", "Søren", "Renée", "Björn", "Łukasz", "Marta", "Anna", "Liam",
         "Chloé", "Matías", "Inés", "François", "Günther", "Åsa", "Dorothée", "Mehmet", "Aylin", "Kofi",
         "Priya", "Wei", "Hana", "Emma", "Noah", "Olivia", "Lucas", "Mia", "Elias", "Sofia", "Ben", "Lena",
         "Paul", "Clara", "Niamh", "Ewa", "Tariq", "Yuki", "Rosa"]
LAST = ["O'Brien", "O'Connor", "D'Souza", "Müller", "Schröder", "Peña", "Núñez", "Sørensen", "Weiß",
        "Dubois", "Kowalski", "Nowak", "Smith", "Jones", "García", "Fernández", "Yilmaz", "Okafor",
        "Nguyen", "Rossi", "Bianchi", "Jensen", "Hansen", "Ivanova", "Fischer", "Becker", "Wagner",
        "Lefèvre", "Öztürk", "Eriksson", "Kelly", "Murphy", "O'Neill", "Brennan"]

# Named patrons (fixed in every instance): id, card, first, last, email, birth, branch, type, registered
NAMED_PATRONS = [
    (1, "LC0000001", "Siobhán", "O'Brien", "siobhan.obrien@example.ie", dt.date(1984, 2, 29), 1, "adult",
     dt.datetime(2015, 3, 9, 10, 12, tzinfo=UTC)),
    (2, "LC0000002", "Jürgen", "Müller", None, dt.date(1951, 7, 3), 6, "senior",
     dt.datetime(2016, 8, 1, 14, 40, tzinfo=UTC)),
    (3, "LC0000003", "Inés", "Núñez", "ines.nunez@example.es", dt.date(2003, 11, 12), 7, "student",
     dt.datetime(2018, 9, 20, 16, 5, tzinfo=UTC)),
    (4, "LC0000004", "Mia", "D'Souza", "mia.dsouza@example.com", dt.date(2014, 5, 5), 2, "child",
     dt.datetime(2019, 1, 15, 9, 30, tzinfo=UTC)),
]

LOAN_DAYS = {"book": 21, "ebook": 14, "audiobook": 21, "dvd": 7, "magazine": 14}
SHELF = {"fiction": "FIC", "mystery": "MYS", "science fiction": "SF", "fantasy": "FAN", "romance": "ROM",
         "history": "HIS", "biography": "BIO", "cooking": "COO", "travel": "TRA", "science": "SCI",
         "poetry": "POE", "picture book": "J-PIC", "graphic novel": "GN"}

CENT = Decimal("0.01")


def _money(x: float) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def _isbn(r: random.Random) -> str:
    digits = [9, 7, 8] + [r.randrange(10) for _ in range(9)]
    s = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - s % 10) % 10)


def _titles() -> list[tuple]:
    """The fixed catalogue (same for every seed)."""
    r = random.Random(1234567)
    rows = []
    seen = set()
    isbns = set()

    def new_isbn():
        while True:
            x = _isbn(r)
            if x not in isbns:
                isbns.add(x)
                return x

    tid = 0
    for (t, a, f, g, lang, aud, yr, price) in NAMED_TITLES:
        tid += 1
        seen.add((t, f))
        isbn = None if f in ("dvd", "magazine") else new_isbn()
        rows.append((tid, isbn, t, a, r.choice(PUBLISHERS), yr, f, g, lang, aud, Decimal(price)))
    while tid < 300:
        form = r.choices(["book", "ebook", "audiobook", "dvd", "magazine"], [60, 16, 10, 9, 5])[0]
        k = r.randrange(4)
        if k == 0:
            t = f"The {r.choice(ADJ)} {r.choice(NOUN)}"
        elif k == 1:
            t = f"{r.choice(NOUN)}s of {r.choice(PLACES)}"
        elif k == 2:
            noun = r.choice(NOUN)
            t = f"{'An' if noun[0] in 'AEIOU' else 'A'} {noun} in {r.choice(PLACES)}"
        else:
            t = f"{r.choice(ADJ)} {r.choice(NOUN)}"
        if (t, form) in seen or any(t == x[2] for x in rows):
            continue
        seen.add((t, form))
        tid += 1
        genre = r.choice(GENRES)
        aud = "children" if genre == "picture book" else r.choices(["adult", "young_adult", "children"], [70, 18, 12])[0]
        author = None if (form == "magazine" or r.random() < 0.04) else r.choice(AUTHORS)
        lang = r.choices(["en", "es", "de", "fr", "pl"], [62, 12, 12, 8, 6])[0]
        year = None if r.random() < 0.05 else r.randint(1925, 2024)
        if form == "magazine":
            year = r.randint(2019, 2024)
        isbn = None if form in ("dvd", "magazine") or r.random() < 0.05 else new_isbn()
        price = _money(r.uniform(5, 35)) if form != "dvd" else _money(r.choice([14.99, 19.99, 24.99]))
        pub = None if r.random() < 0.07 else r.choice(PUBLISHERS)
        rows.append((tid, isbn, t, author, pub, year, form, genre, lang, aud, price))
    return rows


TITLES = _titles()


def _rand_dt(r: random.Random, a: dt.datetime, b: dt.datetime) -> dt.datetime:
    span = int((b - a).total_seconds())
    return a + dt.timedelta(seconds=r.randrange(span))


def _opening_time(r: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, r.randint(9, 19), r.randrange(60), r.randrange(60))


OPENED = {b[0]: b[4] for b in BRANCHES}
_NEVER = dt.datetime.max


def _within_limit(spans: list, limit: int, out: dt.datetime, ret: dt.datetime | None) -> bool:
    """Would a loan [out, ret) keep the patron (existing loans ``spans``) within ``limit`` items out?

    Items out at an instant t = loans with checkout <= t < return; checked at the new checkout and at
    every checkout of the patron's other loans that the new loan covers."""
    end = ret or _NEVER

    def out_at(t):
        return sum(1 for (o, e) in spans if o <= t and (e or _NEVER) > t)

    if 1 + out_at(out) > limit:
        return False
    return all(1 + out_at(o) <= limit for (o, _) in spans if out <= o < end)


def generate(seed: int) -> dict[str, list[tuple]]:
    r = random.Random(seed)

    # ---- seed-dependent parameters
    branch_w = {b[0]: r.uniform(0.4, 2.5) for b in BRANCHES}
    branch_w[1] *= 1.8
    genre_pop = {g: r.uniform(0.3, 2.2) for g in GENRES}
    late_p = r.uniform(0.08, 0.22)
    renew_p = r.uniform(0.15, 0.45)
    pay_full_p = r.uniform(0.45, 0.75)
    waive_p = r.uniform(0.05, 0.2)
    damage_p = r.uniform(0.004, 0.012)
    n_patrons = r.randint(520, 680)
    loan_gap_scale = r.uniform(0.8, 1.25)
    growth = r.uniform(-0.25, 0.35)  # trend of activity over the years
    self_service_p = r.uniform(0.3, 0.6)

    branches = [tuple(b) for b in BRANCHES]

    # ---- patrons
    patrons = []
    for p in NAMED_PATRONS:
        (pid, card, fn, ln, email, birth, br, mtype, reg) = p
        max_loans = {"adult": 20, "senior": 20, "student": 25, "child": 10, "teen": 12}[mtype]
        patrons.append((pid, card, fn, ln, email, birth, br, mtype, reg, True, max_loans))
    used_cards = {p[1] for p in patrons}
    bids = [b[0] for b in BRANCHES]
    for pid in range(len(patrons) + 1, n_patrons + 1):
        while True:
            card = f"LC{r.randint(10, 9999999):07d}"
            if card not in used_cards:
                used_cards.add(card)
                break
        fn, ln = r.choice(FIRST), r.choice(LAST)
        mtype = r.choices(["adult", "child", "teen", "senior", "student"], [50, 12, 8, 15, 15])[0]
        age = {"adult": (26, 64), "child": (4, 12), "teen": (13, 17), "senior": (65, 92), "student": (18, 30)}[mtype]
        birth = None if r.random() < 0.08 else dt.date(2024 - r.randint(*age), r.randint(1, 12), r.randint(1, 28))
        email = None if r.random() < r.choice([0.12, 0.2]) else (
            f"{fn.lower()}.{ln.lower()}{r.randint(1, 999)}@example.org".replace("'", "")
            .encode("ascii", "ignore").decode())
        br = r.choices(bids, [branch_w[b] for b in bids])[0]
        if br == 8 and r.random() < 0.7:
            br = 1
        reg = dt.datetime(2012, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=r.randrange(int(13 * 365.25 * 86400)))
        if reg.date() < OPENED[br]:
            br = 1  # registered before that branch opened: at the Central Library
        active = r.random() > 0.12
        max_loans = {"adult": 20, "senior": 20, "student": 25, "child": 10, "teen": 12}[mtype]
        if r.random() < 0.05:
            max_loans = 40
        patrons.append((pid, card, fn, ln, email, birth, br, mtype, reg, active, max_loans))
    # borrowing propensity (heavy-tailed); named patrons are regular borrowers
    propensity = {p[0]: r.paretovariate(1.6) for p in patrons}
    for pid in (1, 2, 3, 4):
        propensity[pid] = 8.0 + r.random() * 4

    # ---- copies
    copies = []
    cid = 0
    barcode_no = {b[0]: 0 for b in BRANCHES}
    title_pop = {}
    for t in TITLES:
        tid, fmt, genre = t[0], t[6], t[7]
        pop = min(genre_pop[genre] * r.lognormvariate(0, 0.6), 3.0)
        if tid <= len(NAMED_TITLES):
            pop = max(pop, 1.2)
        title_pop[tid] = pop
        n = 1 + int(pop * r.uniform(0.5, 1.5))
        if fmt == "magazine":
            n = max(1, n // 2)
        chosen = []
        if tid <= len(NAMED_TITLES):
            chosen.append(1)  # every named title is held by the Central Library
        for _ in range(n):
            chosen.append(r.choices(bids, [branch_w[b] for b in bids])[0])
        if tid > len(NAMED_TITLES) and r.random() < 0.03:
            chosen = []  # on order: no copies yet
        for br in chosen:
            cid += 1
            barcode_no[br] += 1
            code = BRANCHES[br - 1][1]
            acq = dt.date(2012, 1, 1) + dt.timedelta(days=r.randrange(12 * 365))
            pub_year = t[5] or 2000
            if acq.year < pub_year:
                acq = dt.date(pub_year, r.randint(1, 12), r.randint(1, 28))
            if acq > dt.date(2024, 12, 20):
                acq = dt.date(2024, r.randint(1, 12), r.randint(1, 20))
            price = t[10]
            cost = Decimal("0.00") if r.random() < 0.06 else _money(float(price) * r.uniform(0.55, 0.95))
            cond = r.choices(["new", "good", "worn", "damaged"], [15, 55, 24, 6])[0]
            shelf = None if fmt == "ebook" else (
                f"{SHELF[t[7]]}-{(t[3] or 'Z')[0].upper()}" if fmt in ("book", "audiobook") else fmt.upper())
            if fmt != "ebook" and r.random() < 0.03:
                shelf = None
            copies.append([cid, f"{code}{barcode_no[br] * 7 + r.randrange(7):06d}", tid, br, acq, cost, cond,
                           "available", shelf])

    # ---- loans: walk each copy's timeline
    title_by_id = {t[0]: t for t in TITLES}
    patron_ids = [p[0] for p in patrons]
    patron_w = [propensity[p] for p in patron_ids]
    reg_by_id = {p[0]: p[8].replace(tzinfo=None) for p in patrons}
    limit_by_id = {p[0]: p[10] for p in patrons}
    spans_by_patron = {pid: [] for pid in patron_ids}
    alt = random.Random(seed * 31 + 7)  # re-draws a borrower who is at the loan limit (own stream)
    loans = []
    fines = []
    lid = 0
    fid = 0
    for c in copies:
        cid_, _, tid, br = c[0], c[1], c[2], c[3]
        t = title_by_id[tid]
        fmt = t[6]
        withdrawn = r.random() < 0.04
        end = SNAPSHOT
        if withdrawn:
            end = dt.datetime(2020, 1, 1) + dt.timedelta(days=r.randrange(5 * 365 - 30))
        cur = max(dt.datetime.combine(c[4], dt.time(9)), START) + dt.timedelta(days=r.randrange(30))
        mean_gap = 200.0 * loan_gap_scale / max(title_pop[tid], 0.15)
        lost = False
        prev_ret = None
        while True:
            yr_factor = 1 + growth * (cur.year - 2019) / 5
            cur = cur + dt.timedelta(days=r.expovariate(1 / (mean_gap / yr_factor)))
            if cur >= end:
                break
            day = cur.date()
            checkout = _opening_time(r, day) if fmt != "ebook" else _rand_dt(r, cur, cur + dt.timedelta(hours=23))
            if prev_ret is not None and checkout <= prev_ret:
                # lent again on the day it came back: after the return, not before
                checkout = prev_ret + dt.timedelta(minutes=10)
            if checkout >= end:
                break
            # pick a patron registered before the checkout
            for _ in range(20):
                pid = r.choices(patron_ids, patron_w)[0]
                if reg_by_id[pid] < checkout:
                    break
            else:
                pid = 1
            period = LOAN_DAYS[fmt]
            renewals = 0
            while renewals < 3 and r.random() < renew_p * (0.9 if renewals == 0 else 0.5):
                renewals += 1
            if fmt in ("ebook", "dvd", "magazine"):
                renewals = min(renewals, 1) if fmt != "ebook" else 0
            due = checkout.date() + dt.timedelta(days=period * (1 + renewals))
            if fmt in ("ebook",):
                channel = "online"
                ret = dt.datetime.combine(due, dt.time(23, 59, 59)) if r.random() < 0.8 else \
                    checkout + dt.timedelta(days=r.uniform(1, period))
            else:
                channel = "self_service" if r.random() < self_service_p else "desk"
                if fmt == "audiobook" and r.random() < 0.3:
                    channel = "online"
                if r.random() < late_p:
                    late_days = int(r.expovariate(1 / 9)) + 1
                    ret_day = due + dt.timedelta(days=late_days)
                else:
                    ret_day = checkout.date() + dt.timedelta(days=r.randint(1, (due - checkout.date()).days))
                ret = _opening_time(r, ret_day)
                if ret < checkout:
                    ret = checkout + dt.timedelta(hours=2)
            cbranch = br if r.random() < 0.85 else r.choice(bids)
            if fmt == "ebook":
                cbranch = br
            if OPENED[cbranch] > checkout.date():
                cbranch = 1  # that branch had not opened yet: checked out at the Central Library
            returned = ret
            still_out = ret >= SNAPSHOT
            if fmt != "ebook" and not withdrawn and r.random() < 0.006 and checkout < dt.datetime(2024, 6, 1):
                lost = True
            if still_out or lost:
                returned = None
            if returned is not None and returned > end and withdrawn:
                returned = end - dt.timedelta(hours=1)
                if returned < checkout:
                    returned = checkout + dt.timedelta(hours=1)
            lid += 1
            checkout = checkout.replace(microsecond=0)
            if returned is not None:
                returned = returned.replace(microsecond=0)
            if not _within_limit(spans_by_patron[pid], limit_by_id[pid], checkout, returned):
                for _ in range(200):
                    pid = alt.choices(patron_ids, patron_w)[0]
                    if reg_by_id[pid] < checkout and \
                            _within_limit(spans_by_patron[pid], limit_by_id[pid], checkout, returned):
                        break
                else:
                    pid = next(p for p in patron_ids if reg_by_id[p] < checkout and
                               _within_limit(spans_by_patron[p], limit_by_id[p], checkout, returned))
            spans_by_patron[pid].append((checkout, returned))
            loans.append((lid, cid_, pid, cbranch, checkout, due, returned, renewals, channel))
            # fines
            if lost:
                fid += 1
                assessed = due + dt.timedelta(days=60)
                amount = t[10]
                fines.append(_fine(r, fid, lid, "lost_item", amount, assessed, pay_full_p, waive_p))
                c[7] = "lost"
                break
            if returned is not None and returned.date() > due and fmt != "ebook":
                days_late = (returned.date() - due).days
                amount = min(Decimal("0.25") * days_late, Decimal("10.00"))
                if fmt == "dvd":
                    amount = min(Decimal("1.00") * days_late, Decimal("15.00"))
                fid += 1
                fines.append(_fine(r, fid, lid, "overdue", amount, returned.date(), pay_full_p, waive_p))
            if returned is not None and fmt != "ebook" and r.random() < damage_p:
                fid += 1
                fines.append(_fine(r, fid, lid, "damage", _money(r.uniform(3, 25)), returned.date(),
                                   pay_full_p, waive_p))
            if returned is None:
                c[7] = "on_loan"
                break
            cur = prev_ret = returned
        if withdrawn and c[7] == "available":
            c[7] = "withdrawn"

    # ---- holds
    holds = []
    hid = 0
    n_holds = r.randint(650, 900)
    pop_ids = [t[0] for t in TITLES]
    pop_w = [title_pop[t] ** 1.5 for t in pop_ids]
    hstart = dt.datetime(2021, 1, 1, tzinfo=UTC)
    hend = dt.datetime(2024, 12, 31, 18, 0, tzinfo=UTC)
    ful_p = r.uniform(0.55, 0.8)
    recent = hend - dt.timedelta(days=60)
    avail = {t[0]: 0 for t in TITLES}
    for c in copies:
        if c[7] == "available":
            avail[c[2]] += 1
    # titles nobody can borrow right now collect queues of waiting holds
    queue_titles = [t for t in pop_ids if avail[t] == 0 and r.random() < 0.6]
    top_titles = sorted(pop_ids, key=lambda t: (-title_pop[t], t))[:15]
    plan = []
    for tid in queue_titles:
        plan += [(tid, "waiting")] * r.randint(1, 3)
    for tid in r.sample(top_titles, 6):
        plan += [(tid, "waiting")] * r.randint(1, 4)
    plan += [(None, None)] * n_holds
    for k, (forced_tid, forced_status) in enumerate(plan):
        hid += 1
        tid = forced_tid if forced_tid is not None else r.choices(pop_ids, pop_w)[0]
        if forced_tid is None and k - (len(plan) - n_holds) < 12:
            tid = k - (len(plan) - n_holds) + 1  # every named title has at least one hold
        for _ in range(20):
            pid = r.choices(patron_ids, patron_w)[0]
            if patrons[pid - 1][8] < hstart:
                break
        if forced_status is not None or r.random() < 0.08:
            placed = _rand_dt(r, recent, hend)
        else:
            placed = _rand_dt(r, hstart, hend)
        pickup = patrons[pid - 1][6] if r.random() < 0.75 else r.choice(bids)
        if forced_status is not None:
            status, resolved = forced_status, None
        elif placed < recent or r.random() < 0.25:
            age_days = (hend - placed).days
            status = r.choices(["fulfilled", "cancelled", "expired"], [ful_p, (1 - ful_p) * 0.6, (1 - ful_p) * 0.4])[0]
            resolved = placed + dt.timedelta(days=r.uniform(0.5, min(max(age_days, 1), 40)))
            if resolved > hend:
                resolved = hend
            resolved = resolved.replace(microsecond=0)
        else:
            status = r.choices(["waiting", "ready"], [0.6, 0.4])[0]
            resolved = None
        holds.append((hid, tid, pid, pickup, placed, status, resolved))

    titles = list(TITLES)
    if seed != SEEDS[0]:
        _edge_cases(random.Random(seed * 7 + 1), SEEDS.index(seed), branches, patrons, titles, copies,
                    loans, holds, fines)
    copies_rows = [tuple(c) for c in copies]
    return {
        "branch": branches,
        "patron": patrons,
        "title": titles,
        "copy": copies_rows,
        "loan": loans,
        "hold": holds,
        "fine": fines,
    }


# ------------------------------------------------------------------------------------------------
# Boundary / edge rows (instances 1-3 only; instance 0 stays the plain simulation).  They make the
# bundled questions tell "neighbour" queries apart: rows exactly on the range boundaries the questions
# use (00:00:00 of a boundary date, the day before / after), duplicates where DISTINCT matters,
# a branch without patrons or collection, a genre with exactly the HAVING threshold, ties that the
# stated tie-breakers decide, a fine type without waived fines ...

D = dt.datetime


def _edge_cases(r, inst, branches, patrons, titles, copies, loans, holds, fines):
    title_by_id = {t[0]: t for t in titles}
    copy_by_id = {c[0]: c for c in copies}
    state = {"lid": max(l[0] for l in loans), "fid": max(f[0] for f in fines), "hid": max(h[0] for h in holds),
             "pid": max(p[0] for p in patrons), "cid": max(c[0] for c in copies)}
    used_cards = {p[1] for p in patrons}
    used_barcodes = {c[1] for c in copies}
    spans_by_copy, spans_by_patron = {}, {}
    for l in loans:
        spans_by_copy.setdefault(l[1], []).append((l[4], l[6]))
        spans_by_patron.setdefault(l[2], []).append((l[4], l[6]))
    limit_by_id = {p[0]: p[10] for p in patrons}

    def copy_free(c, out, ret):
        """The copy is in the collection at ``out`` and not lent to anybody during [out, ret)."""
        end = ret or _NEVER
        return c[4] <= out.date() and all(not (o < end and out < (e or _NEVER))
                                          for (o, e) in spans_by_copy.get(c[0], ()))

    def existing_patron(cands, out, ret):
        """A random patron of ``cands`` (consumes one draw) who stays within the loan limit."""
        k = cands.index(r.choice(cands))
        for pid in cands[k:] + cands[:k]:
            if _within_limit(spans_by_patron.get(pid, []), limit_by_id[pid], out, ret):
                return pid
        raise AssertionError("no patron below the loan limit")

    def new_patron(mtype="adult", birth=dt.date(1980, 6, 15), active=True, card=None, first=None, last=None):
        state["pid"] += 1
        pid = state["pid"]
        if card is None:
            card = f"LC{9000000 + pid:07d}"
        assert card not in used_cards
        used_cards.add(card)
        fn = first or FIRST[(pid * 7) % len(FIRST)]
        ln = last or LAST[(pid * 11) % len(LAST)]
        max_loans = {"adult": 20, "senior": 20, "student": 25, "child": 10, "teen": 12}[mtype]
        home = 1 + pid % 7
        if OPENED[home] > dt.date(2015, 6, 1):
            home = 1  # registered before that branch opened
        patrons.append((pid, card, fn, ln, None, birth, home, mtype,
                        D(2015, 6, 1, 12, 0, tzinfo=UTC), active, max_loans))
        limit_by_id[pid] = max_loans
        return pid

    def add_loan(cid, pid, out, ret, due=None, channel=None, renewals=0):
        c = copy_by_id[cid]
        fmt = title_by_id[c[2]][6]
        if due is None:
            due = out.date() + dt.timedelta(days=LOAN_DAYS[fmt])
        if channel is None:
            channel = "online" if fmt == "ebook" else "desk"
        assert copy_free(c, out, ret), (cid, out)
        assert _within_limit(spans_by_patron.get(pid, []), limit_by_id[pid], out, ret), (pid, out)
        spans_by_copy.setdefault(cid, []).append((out, ret))
        spans_by_patron.setdefault(pid, []).append((out, ret))
        state["lid"] += 1
        loans.append((state["lid"], cid, pid, c[3], out, due, ret, renewals, channel))
        if ret is None:
            assert c[7] == "available", c
            c[7] = "on_loan"
        return state["lid"]

    def add_fine(lid, ftype, amount, assessed):
        state["fid"] += 1
        fines.append((state["fid"], lid, ftype, Decimal(amount), assessed, Decimal("0.00"), None, False))

    def pick_copy(pred, out, ret, want_available=False, digital=False):
        """A copy matching ``pred`` that nobody has on loan during [out, ret) (ret None: still out);
        ebook licences preferred; ``digital``: only ebooks, then audiobooks (lent online)."""
        cands = [c for c in copies if pred(c) and c[7] not in ("lost", "withdrawn")
                 and (not want_available or c[7] == "available") and copy_free(c, out, ret)]
        ebooks = [c for c in cands if title_by_id[c[2]][6] == "ebook"]
        pool = ebooks or cands
        if digital:
            pool = ebooks or [c for c in cands if title_by_id[c[2]][6] == "audiobook"]
        assert pool, (out, ret)
        return r.choice(sorted(pool, key=lambda c: c[0]))[0]

    def in_year(l, y):
        return l[4].year == y

    # --- statistics of the simulated data that the boundary rows must hit
    gcount = {}
    for l in loans:
        if in_year(l, 2024):
            g = title_by_id[copy_by_id[l[1]][2]][7]
            gcount[g] = gcount.get(g, 0) + 1
    top_genre = sorted(gcount, key=lambda g: (-gcount[g], g))[0]
    apat = {}
    for l in loans:
        a = title_by_id[copy_by_id[l[1]][2]][3]
        if in_year(l, 2024) and a is not None:
            apat.setdefault(a, set()).add(l[2])
    top_author = sorted(apat, key=lambda a: (-len(apat[a]), a))[0]
    t23 = {}
    for l in loans:
        if in_year(l, 2023):
            tid = copy_by_id[l[1]][2]
            t23[tid] = t23.get(tid, 0) + 1
    top23 = sorted(t23, key=lambda t: (-t23[t], t))[0]
    held = {}
    for c in copies:
        if c[7] not in ("lost", "withdrawn"):
            held[c[3]] = held.get(c[3], 0) + 1
    small_branch = sorted(held, key=lambda b: (held[b], b))[0]

    # --- loans exactly at midnight of the year boundaries (online ebook lending runs 24/7)
    for y, mi in ((2024, 0), (2025, 0), (2025, 25)):
        t0 = D(y, 1, 1, 0, mi, 0)
        open_ = y == 2025  # still out at the extract (early on 2025-01-01)
        targets = [
            lambda c: title_by_id[c[2]][7] == top_genre,
            lambda c: title_by_id[c[2]][3] == top_author,
            lambda c: c[3] == small_branch,
            lambda c: c[3] == small_branch,
        ]
        if y == 2024:
            targets.append(lambda c: c[2] == top23)
        for k, pred in enumerate(targets):
            # free until the later of the two return times below; the 2025 ones are online loans
            # of an ebook or audiobook (the branches are closed at that hour)
            cid = pick_copy(pred, t0, None if open_ else D(y, 1, 14, 23, 59, 59), open_, digital=open_)
            pid = new_patron()
            if k == 0:  # borrowed in 2023 too: in 2023's cohort, and only this loan in the next year
                m0, m1 = D(2023, 6, 15, 11, 0, 0), D(2023, 6, 20, 15, 0, 0)
                m = add_loan(pick_copy(lambda c: True, m0, m1), pid, m0, m1)
            fmt = title_by_id[copy_by_id[cid][2]][6]
            if open_:
                ret = None
            elif fmt == "ebook":
                ret = D(y, 1, 14, 23, 59, 59)
            else:
                ret = D(y, 1, 9, 11, 30, 0)
            add_loan(cid, pid, t0, ret, channel="online" if open_ else None)
    # the top title of 2023 borrowed at the very start of 2023 and on the last day of 2022
    for t0, t1 in ((D(2023, 1, 1, 0, 0, 0), D(2023, 1, 10, 12, 0, 0)), (D(2022, 12, 31, 15, 0, 0), D(2022, 12, 31, 18, 0, 0))):
        add_loan(pick_copy(lambda c: c[2] == top23, t0, t1), new_patron(), t0, t1)
    # self-service kiosk checkouts at the first instant of March and of April 2023
    for t0 in (D(2023, 3, 1, 0, 0, 0), D(2023, 4, 1, 0, 0, 0)):
        t1 = t0 + dt.timedelta(days=5, hours=11)
        cid = pick_copy(lambda c: title_by_id[c[2]][6] == "book", t0, t1)
        add_loan(cid, new_patron(), t0, t1, channel="self_service")
    # open loans due exactly on 2024-11-30 and 2024-12-01
    for due in (dt.date(2024, 11, 30), dt.date(2024, 12, 1)):
        out = D.combine(due - dt.timedelta(days=21), dt.time(10, 15))
        cid = pick_copy(lambda c: title_by_id[c[2]][6] == "book", out, None, True)
        add_loan(cid, new_patron(), out, None, due=due)
    # a patron with two DVDs out at the same time
    pid = new_patron()
    for k in range(2):
        cid = pick_copy(lambda c: title_by_id[c[2]][6] == "dvd", D(2024, 12, 20, 16, k, 0), None, True)
        add_loan(cid, pid, D(2024, 12, 20, 16, k, 0), None, channel="self_service")
    # overdue fines of 6.00 (> 5) raised exactly on and next to the 2024 boundaries, unpaid
    for day in (dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2025, 1, 1)):
        out = D.combine(day - dt.timedelta(days=13), dt.time(14, 0))
        ret = D.combine(day, dt.time(0, 30) if day.year == 2025 else dt.time(12, 0))
        cid = pick_copy(lambda c: title_by_id[c[2]][6] == "dvd", out, ret)
        lid = add_loan(cid, new_patron(), out, ret, due=day - dt.timedelta(days=6))
        add_fine(lid, "overdue", "6.00", day)
    # card number just below LC0000001 (with a loan)
    pid = new_patron(card="LC0000000", first="Amélie", last="Abadie")
    add_loan(pick_copy(lambda c: True, D(2024, 5, 6, 10, 0, 0), D(2024, 5, 20, 10, 0, 0)), pid,
             D(2024, 5, 6, 10, 0, 0), D(2024, 5, 20, 10, 0, 0))
    # active patrons born on the 1950s boundaries, and 1950s-born patrons of other types / inactive
    for b, mt, act in ((dt.date(1950, 1, 1), "senior", True), (dt.date(1949, 12, 31), "senior", True),
                       (dt.date(1959, 12, 31), "senior", True), (dt.date(1960, 1, 1), "senior", True),
                       (dt.date(1955, 4, 2), "adult", True), (dt.date(1956, 8, 9), "student", True),
                       (dt.date(1953, 3, 3), "senior", False), (dt.date(1961, 5, 5), "senior", True)):
        new_patron(mt, b, act)
    # a patron with both editions of "Cien días de lluvia" (titles 2 and 4) ready at the same branch
    pid = new_patron()
    for tid in (2, 4):
        state["hid"] += 1
        holds.append((state["hid"], tid, pid, 1, D(2024, 12, 27, 9, 0, tzinfo=UTC), "ready", None))
    # holds placed at the first instant of 2024 and of 2025 (UTC)
    for t0, st, res in ((D(2024, 1, 1, 0, 0, 0, tzinfo=UTC), "fulfilled", D(2024, 1, 6, 10, 0, 0, tzinfo=UTC)),
                        (D(2025, 1, 1, 0, 0, 0, tzinfo=UTC), "waiting", None),
                        (D(2025, 1, 1, 0, 40, 0, tzinfo=UTC), "waiting", None)):
        state["hid"] += 1
        holds.append((state["hid"], 1 + state["hid"] % 12, new_patron(), 1, t0, st, res))
    # a second Spanish audiobook edition of the same work (same title and author, new ISBN)
    titles.append((len(titles) + 1, "9788400000011", "Cien días de lluvia", "Matías Peña", "Editorial Sol",
                   2023, "audiobook", "fiction", "es", "adult", Decimal("26.00")))
    # two Central Library copies acquired on the same (latest) day: the barcode breaks the tie
    last_day = max(c[4] for c in copies if c[3] == 1)
    for k in range(2):
        state["cid"] += 1
        bc = f"CEN{990001 + inst * 10 + k:06d}"
        assert bc not in used_barcodes
        copies.append([state["cid"], bc, 1 + k * 11, 1, last_day, Decimal("10.00"), "new", "available",
                       "FIC-I"])
        copy_by_id[state["cid"]] = copies[-1]
    # a pop-up branch opened in December 2024: no patrons; no copies (inst 1), copies never lent
    # (inst 2), or only withdrawn copies (inst 3)
    branches.append((9, "ASH", "Ashgrove Pop-up Library", "Ashgrove", dt.date(2024, 12, 2), False,
                     Decimal("30.0"), False))
    if inst >= 2:
        for k in range(3):
            state["cid"] += 1
            copies.append([state["cid"], f"ASH{100 + k:06d}", 20 + k * 13, 9, dt.date(2024, 12, 22 + k),
                           Decimal("0.00"), "new", "available" if inst == 2 else "withdrawn", None])
            copy_by_id[state["cid"]] = copies[-1]
    # a fine type with no waived fine at all (COALESCE of an empty FILTER sum)
    if inst == 2:
        for i, f in enumerate(fines):
            if f[2] == "damage" and f[7]:
                fines[i] = f[:7] + (False,)
    # inst 1: the book and the audiobook of "Cien días de lluvia" (same name) tie for the most loans
    # of a genre in 2023
    if inst == 1:
        t23 = {}
        for l in loans:
            if in_year(l, 2023):
                tid = copy_by_id[l[1]][2]
                t23[tid] = t23.get(tid, 0) + 1
        g = title_by_id[2][7]
        best = max(n for tid, n in t23.items() if title_by_id[tid][7] == g)
        if title_by_id[top23][7] != g:
            for tid in (2, 4):
                for k in range(best + 1 - t23.get(tid, 0)):
                    out = D(2023, 2 + k % 10, 3 + k % 20, 10 + k % 8, 5, 0)
                    cid = pick_copy(lambda c: c[2] == tid, out, out + dt.timedelta(days=6, hours=2))
                    pid = existing_patron(sorted(p[0] for p in patrons if p[8] < D(2023, 1, 1, tzinfo=UTC)),
                                          out, out + dt.timedelta(days=6, hours=2))
                    add_loan(cid, pid, out, out + dt.timedelta(days=6, hours=2))
    # genres with exactly 130 and 131 loans in 2024 (the HAVING threshold and one above)
    gcount = {}
    for l in loans:
        if in_year(l, 2024):
            g = title_by_id[copy_by_id[l[1]][2]][7]
            gcount[g] = gcount.get(g, 0) + 1
    taken = set()
    for goal in (130, 131):
        cands = sorted((g for g in gcount if gcount[g] <= goal and g not in taken), key=lambda g: (-gcount[g], g))
        if not cands or goal - gcount[cands[0]] > 45:
            continue
        g = cands[0]
        taken.add(g)
        for k in range(goal - gcount[g]):
            out = D(2024, 2 + k % 10, 3 + k % 20, 10 + k % 8, 5, 0)
            cid = pick_copy(lambda c: title_by_id[c[2]][7] == g, out, out + dt.timedelta(days=6, hours=2))
            pid = existing_patron(sorted(p[0] for p in patrons if p[8] < D(2024, 1, 1, tzinfo=UTC)),
                                  out, out + dt.timedelta(days=6, hours=2))
            add_loan(cid, pid, out, out + dt.timedelta(days=6, hours=2))


def _fine(r, fid, lid, ftype, amount, assessed, pay_full_p, waive_p):
    amount = Decimal(amount).quantize(CENT)
    u = r.random()
    if assessed > dt.date(2024, 12, 31):
        assessed = dt.date(2024, 12, 31)
    if u < pay_full_p:
        paid, waived = amount, False
    elif u < pay_full_p + waive_p:
        paid, waived = (Decimal("0.00") if r.random() < 0.7 else _money(float(amount) * 0.5)), True
    elif u < pay_full_p + waive_p + 0.08:
        paid, waived = _money(float(amount) * r.choice([0.2, 0.5])), False
    else:
        paid, waived = Decimal("0.00"), False
    if paid > amount:
        paid = amount
    paid_on = None
    if paid > 0:
        paid_on = assessed + dt.timedelta(days=int(r.expovariate(1 / 12)))
        if paid_on > dt.date(2024, 12, 31):
            paid_on = dt.date(2024, 12, 31)
    return (fid, lid, ftype, amount, assessed, paid, paid_on, waived)


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
