"""Seeded data generator for the museum_collections benchmark database.

Fixed reference data for every seed: departments, artists, institutions, exhibitions (titles, dates,
departments), conservators. Seed-driven: the objects themselves, their acquisitions, which objects
go to which exhibition, visitor numbers and budgets, loans and conservation treatments, with
seed-dependent weights (artist popularity, acquisition methods, prices, borrower mix, conservator
workload ...). Pure stdlib, deterministic, no wall clock. Snapshot date: 2025-06-30.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

SEEDS = [1871, 50505, 314159, 8086]

SNAPSHOT = dt.date(2025, 6, 30)
UTC = dt.timezone.utc

DEPARTMENTS = [
    (1, "European Paintings", 2, "Hélène Vasseur", "1850000.00"),
    (2, "Modern & Contemporary", 3, "Marcus Lindgren", "2100000.00"),
    (3, "Photography", 1, "Aiko Tanabe", "640000.00"),
    (4, "Prints & Drawings", 1, None, "520000.00"),
    (5, "Asian Art", 2, "Rajiv Menon", "910000.00"),
    (6, "Decorative Arts", 0, "Siobhan O'Hare", "780000.00"),
    (7, "Sculpture", 0, "Jürgen Falk", "1150000.00"),
    (8, "Textiles & Costume", 4, "Lucía Ferrer", "430000.00"),
]
DEPT_FLOOR = {d[0]: d[2] for d in DEPARTMENTS}

ARTISTS = [
    # name, nationality, birth, death, types, base weight
    ("Élodie Marchand", "French", 1841, 1912, ["painting", "drawing"], 6),
    ("Søren Halvorsen", "Danish", 1866, 1931, ["painting", "print"], 4),
    ("Aoife O'Dwyer", "Irish", 1972, None, ["photograph"], 5),
    ("Tomás Villanueva", "Spanish", 1901, 1978, ["painting", "sculpture", "drawing"], 5),
    ("Grete Müßig", "German", 1888, 1960, ["print", "drawing"], 4),
    ("Kenji Arakawa", "Japanese", 1920, 1999, ["ceramic"], 4),
    ("Hyun-woo Baek", "Korean", 1958, None, ["ceramic", "sculpture"], 3),
    ("Margit Åberg", "Swedish", 1910, 1987, ["textile"], 3),
    ("Lorenzo Bellandi", "Italian", 1580, 1641, ["painting"], 3),
    ("Anneke de Vries", "Dutch", 1625, 1680, ["painting", "drawing"], 4),
    ("Jean-Baptiste Roucher", "French", 1755, 1821, ["painting", "drawing"], 3),
    ("Wilhelmina Brandt", "German", 1823, 1899, ["photograph"], 3),
    ("Dmitri Volkov", "Russian", 1879, 1944, ["painting", "print"], 3),
    ("Nkechi Adeyemi", "Nigerian", 1981, None, ["sculpture", "textile"], 3),
    ("Carmen Ibáñez", "Mexican", 1934, 2011, ["print", "painting"], 4),
    ("Li Weiming", "Chinese", 1640, 1710, ["painting", "drawing"], 3),
    ("Zhou Xiaolan", "Chinese", 1965, None, ["photograph"], 3),
    ("Théo Girardin", "French", 1850, 1919, ["sculpture"], 3),
    ("Ingeborg Nyqvist", "Norwegian", 1902, 1990, ["furniture", "textile"], 2),
    ("Frank Delaney", "American", 1948, None, ["painting", "print"], 4),
    ("Ruth Okonkwo-Hale", "British", 1939, 2020, ["sculpture", "drawing"], 3),
    ("Matthias Krüger", "German", 1967, None, ["photograph"], 4),
    ("Yasmin Haddad", "Lebanese", 1975, None, ["painting", "drawing"], 3),
    ("Piet van Oosten", "Dutch", 1889, 1952, ["furniture"], 2),
    ("Hannah Weiss", "American", 1912, 1981, ["photograph"], 4),
    ("Giulia Ferrante", "Italian", 1955, None, ["ceramic", "sculpture"], 2),
    ("Ólafur Gunnarsson", "Icelandic", 1930, 2004, ["print"], 2),
    ("Émile Duclos", "French", 1812, 1877, ["drawing", "print"], 4),
    ("Mariana Costa", "Portuguese", 1990, None, ["textile", "photograph"], 2),
    ("Sakura Imai", "Japanese", 1760, 1829, ["print"], 4),
    ("Ahmed El-Sayed", "Egyptian", 1944, None, ["painting"], 2),
    ("Catherine O'Malley", "Irish", 1868, 1941, ["painting", "drawing"], 3),
    ("Pavel Novák", "Czech", 1925, 1993, ["photograph", "print"], 3),
    ("Beatriz Solano", "Argentine", 1983, None, ["painting", "sculpture"], 2),
    ("William Ashcombe", "British", 1725, 1790, ["furniture"], 2),
    ("Chiara Benedetti", "Italian", None, None, ["ceramic"], 1),
    ("Nils Bjørnstad", None, 1899, None, ["drawing"], 1),
    # represented in the catalogue of artists but with no object in the collection
    ("Roza Abdulina", "Kazakh", 1969, None, ["painting"], 0),
    ("Felix Moreau-Zahn", "Swiss", 1931, 2015, ["sculpture"], 0),
]

INSTITUTIONS = [
    (1, "Musée des Beaux-Arts de Lyon", "Lyon", "France", "museum"),
    (2, "Städel Kunstverein", "Frankfurt", "Germany", "museum"),
    (3, "Rijksgalerie Haarlem", "Haarlem", "Netherlands", "museum"),
    (4, "Hartwell University Art Collection", "Boston", "United States", "university"),
    (5, "Fundación Lucero", "Madrid", "Spain", "foundation"),
    (6, "Nordlys Kunsthall", "Bergen", "Norway", "gallery"),
    (7, "Kyoto Prefectural Museum of Craft", "Kyoto", "Japan", "museum"),
    (8, "Galleria Sant'Agostino", "Bologna", "Italy", "gallery"),
    (9, "Trinity College Gallery", "Dublin", "Ireland", "university"),
    (10, "Museum of Modern Art Łódź", "Łódź", "Poland", "museum"),
    (11, "Fondation Aubrac", "Paris", "France", "foundation"),
    (12, "Pacific Photography Center", "San Francisco", "United States", "museum"),
    (13, "Kunsthaus Zürichsee", "Zürich", "Switzerland", "museum"),
    (14, "Universidad de Montevideo Museo", "Montevideo", "Uruguay", "university"),
]

EXHIBITIONS = [
    # id, title, department, start, end, traveling
    (1, "Élodie Marchand: A Retrospective", 1, dt.date(2019, 3, 15), dt.date(2019, 7, 28), True),
    (2, "Light & Shadow: Photographs 1840–1940", 3, dt.date(2019, 5, 4), dt.date(2019, 9, 1), False),
    (3, "Ink and Clay", 5, dt.date(2019, 10, 12), dt.date(2020, 2, 16), False),
    (4, "Threads of the North", 8, dt.date(2020, 1, 25), dt.date(2020, 3, 14), False),
    (5, "Paper Trails: Prints from Five Centuries", 4, dt.date(2020, 9, 5), dt.date(2021, 1, 10), False),
    (6, "The Golden Age of Delft", 1, dt.date(2021, 3, 6), dt.date(2021, 8, 29), True),
    (7, "Bodies in Space", 7, dt.date(2021, 6, 12), dt.date(2021, 11, 7), False),
    (8, "New Acquisitions 2019–2021", 2, dt.date(2021, 11, 20), dt.date(2022, 2, 27), False),
    (9, "Chairs! Design from Ashcombe to Today", 6, dt.date(2022, 3, 19), dt.date(2022, 9, 4), True),
    (10, "Women Behind the Lens", 3, dt.date(2022, 5, 7), dt.date(2022, 10, 16), True),
    (11, "Mexican Modernism on Paper", 4, dt.date(2022, 10, 29), dt.date(2023, 2, 19), False),
    (12, "The Sea in Scandinavian Art", 1, dt.date(2023, 3, 11), dt.date(2023, 8, 20), False),
    (13, "Clay Futures", 6, dt.date(2023, 5, 20), dt.date(2023, 10, 1), False),
    (14, "Edo Prints: The Floating World", 5, dt.date(2023, 9, 9), dt.date(2024, 1, 14), True),
    (15, "After Abstraction", 2, dt.date(2024, 2, 10), dt.date(2024, 6, 30), False),
    (16, "Woven Histories", 8, dt.date(2024, 4, 6), dt.date(2024, 9, 22), False),
    (17, "Faces: Portraits 1600–2000", 1, dt.date(2024, 10, 12), dt.date(2025, 2, 23), True),
    (18, "Monuments in Miniature", 7, dt.date(2024, 11, 16), dt.date(2025, 4, 27), False),
    (19, "The Photographer's Eye", 3, dt.date(2025, 3, 22), dt.date(2025, 8, 31), False),
    (20, "Lines of Thought: Drawings", 4, dt.date(2025, 5, 17), dt.date(2025, 10, 12), False),
]

CONSERVATORS = ["Ines Dal Molin", "Pieter Claes", "Yoko Harada", "Bríd Ní Mhaoláin", "Tobias Engström",
                "Amélie Roussel", "Sam O'Keefe"]

MEDIUM = {
    "painting": ["Oil on canvas", "Oil on panel", "Tempera on panel", "Acrylic on canvas", "Ink on silk"],
    "sculpture": ["Bronze", "Marble", "Carved oak", "Steel and resin", "Terracotta"],
    "print": ["Etching", "Woodblock print", "Lithograph", "Screenprint", "Engraving"],
    "photograph": ["Albumen print", "Gelatin silver print", "Chromogenic print", "Inkjet print", "Daguerreotype"],
    "drawing": ["Graphite on paper", "Red chalk on paper", "Pen and ink", "Charcoal on paper", "Watercolour"],
    "textile": ["Wool tapestry", "Silk embroidery", "Linen damask", "Cotton, indigo-dyed"],
    "ceramic": ["Stoneware", "Porcelain", "Tin-glazed earthenware", "Raku-fired earthenware"],
    "furniture": ["Mahogany", "Walnut veneer", "Bent beech", "Birch plywood", "Oak and brass"],
}
TITLES = {
    "painting": ["Portrait of a Lady", "Still Life with Lemons", "Harbour at Dusk", "The Miller's Daughter",
                 "Untitled (Blue)", "View of the Old Town", "Composition", "Le Déjeuner", "Winter Field",
                 "Self-Portrait"],
    "sculpture": ["Standing Figure", "Torso", "Head of a Boy", "Reclining Woman", "Column", "Bird in Flight"],
    "print": ["The Great Wave at Sōshū", "Street Scene", "Plate", "Landscape with Bridge", "Théâtre",
              "Study for \"The Bathers\""],
    "photograph": ["Untitled", "Mother and Child", "Factory Gate", "Street, Night", "Dune", "Portrait of R."],
    "drawing": ["Study of Hands", "Sketch for an Altarpiece", "Tree Study", "Nude", "Étude", "Design for a Fan"],
    "textile": ["Wall Hanging", "Coverlet", "Kimono", "Sampler", "Tapestry Fragment"],
    "ceramic": ["Tea Bowl", "Vase with Crane Motif", "Charger", "Lidded Jar", "Tulip Vase"],
    "furniture": ["Side Chair", "Writing Desk", "Cabinet", "Armchair", "Stool"],
}
ANON_TYPES = ["ceramic", "textile", "furniture", "sculpture", "print", "painting"]
ASIAN = {"Japanese", "Chinese", "Korean"}

DEALERS = ["Galerie Lumière", "Hartley & Finch Auctions", "Kunsthandel Brüggemann", "Sotheran Fine Art",
           "Galería Ocaso", "Maison Dufresne", "The O'Neill Gallery"]
DONORS = ["Margaret Ellison", "Dr. Henrik Sæther", "The Vasquez Family", "Anne-Marie Loiseau", "Robert Kahn",
          "Friends of the Museum", "Yumi and Daniel Ortiz", "Clara Jönsson"]
ESTATES = ["Estate of Margit Åberg", "Estate of Walter Greer", "Estate of Lady Fenwick",
           "Estate of José Ruiz-Pons", "Estate of Agnes O'Rourke"]
TRANSFERS = ["Ministry of Culture", "City Archive", "National Heritage Board", "University Library"]


def _money(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _w(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def _rand_date(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def generate(seed: int) -> dict[str, list[tuple]]:
    rng = random.Random(seed)

    # ---- seed-dependent parameters ---------------------------------------------------------
    n_objects = rng.randint(1100, 1500)
    artist_w = [a[5] * rng.uniform(0.3, 2.5) for a in ARTISTS]
    p_anon = rng.uniform(0.12, 0.22)
    method_w = [rng.uniform(1, 4), rng.uniform(1, 4), rng.uniform(0.5, 2), rng.uniform(0.2, 1), rng.uniform(0.1, 0.6)]
    price_scale = rng.uniform(0.6, 1.6)
    value_scale = rng.uniform(0.7, 1.5)
    recent_bias = rng.uniform(0.5, 2.0)
    p_display = rng.uniform(0.18, 0.32)
    inst_w = [rng.uniform(0.2, 2.5) for _ in INSTITUTIONS]
    n_loans = rng.randint(240, 380)
    p_decline = rng.uniform(0.08, 0.2)
    n_treat = rng.randint(480, 720)
    cons_w = [rng.uniform(0.4, 2.5) for _ in CONSERVATORS]
    cons_rate = {c: rng.choice([55, 60, 65, 70, 75, 80]) for c in CONSERVATORS}
    visitor_scale = rng.uniform(0.6, 1.6)

    departments = [(d, n, f, h, Decimal(b)) for d, n, f, h, b in DEPARTMENTS]
    artists = [(i + 1, a[0], a[1], a[2], a[3]) for i, a in enumerate(ARTISTS)]

    # ---- objects + acquisitions ------------------------------------------------------------
    years = list(range(1950, 2026))
    year_w = [(1.0 + (y - 1950) / 25.0 * recent_bias) * (0.5 if y == 2025 else 1.0) for y in years]
    raw = []
    for _ in range(n_objects):
        if rng.random() < p_anon:
            artist_id = None
            typ = rng.choice(ANON_TYPES)
            nat = rng.choice([None, "Japanese", "Chinese", "French", "Dutch", "British"])
            made = rng.choice([None, rng.randint(1300, 1900)])
        else:
            idx = _w(rng, range(len(ARTISTS)), artist_w)
            a = ARTISTS[idx]
            artist_id = idx + 1
            typ = rng.choice(a[4])
            nat = a[1]
            if a[2] is None:
                made = None
            else:
                last = min(a[3] or 2024, 2024)
                made = rng.randint(min(a[2] + 18, last), last) if rng.random() > 0.05 else None
        if typ in ("painting", "sculpture"):
            modern = made is not None and made >= 1945
            dept = (2 if modern else (1 if typ == "painting" else 7))
            if typ == "painting" and nat in ASIAN:
                dept = 5
        elif typ in ("print", "drawing"):
            dept = 5 if nat in ASIAN and rng.random() < 0.7 else 4
        elif typ == "photograph":
            dept = 3
        elif typ == "textile":
            dept = 5 if nat in ASIAN else 8
        elif typ == "ceramic":
            dept = 5 if nat in ASIAN else 6
        else:
            dept = 6
        acq_year = _w(rng, years, year_w)
        if made is not None and acq_year < made:
            acq_year = rng.randint(made, 2025)
        y_end = dt.date(acq_year, 12, 31) if acq_year < 2025 else SNAPSHOT - dt.timedelta(days=40)
        acquired = _rand_date(rng, dt.date(acq_year, 1, 1), y_end)
        raw.append((artist_id, typ, made, dept, acquired))
    raw.sort(key=lambda r: (r[4], r[1]))
    objects, acquisitions = [], []
    per_year = {}
    for oid, (artist_id, typ, made, dept, acquired) in enumerate(raw, start=1):
        per_year[acquired.year] = per_year.get(acquired.year, 0) + 1
        accession = f"{acquired.year}.{per_year[acquired.year]}"
        title = rng.choice(TITLES[typ])
        if rng.random() < 0.3:
            title = f"{title} No. {rng.randint(2, 12)}"
        medium = rng.choice(MEDIUM[typ])
        if typ in ("painting", "print", "photograph", "drawing", "textile"):
            h = rng.uniform(15, 180 if typ != "painting" else 260)
            w = h * rng.uniform(0.6, 1.6)
        else:
            h = rng.uniform(8, 220)
            w = h * rng.uniform(0.3, 1.2)
        height = None if rng.random() < 0.04 else _money(h)
        width = None if (height is None or rng.random() < 0.03) else _money(w)
        base = {"painting": 11.5, "sculpture": 11.0, "print": 8.3, "photograph": 8.6, "drawing": 9.0,
                "textile": 8.8, "ceramic": 9.0, "furniture": 9.6}[typ]
        if made is not None and made < 1800:
            base += 0.8
        value = _money(round(rng.lognormvariate(base, 0.9) * value_scale, -2) + 500)
        cond = _w(rng, ["excellent", "good", "fair", "poor"], [20, 50, 22, 8])
        on_display = rng.random() < p_display
        objects.append([oid, accession, title, artist_id, dept, typ, made, medium, height, width, value, cond,
                        on_display])
        method = _w(rng, ["purchase", "gift", "bequest", "transfer", "exchange"], method_w)
        price = None
        if method == "purchase":
            src = rng.choice(DEALERS)
            if rng.random() > 0.08:
                price = _money(round(float(value) * rng.uniform(0.3, 1.1) * price_scale, -1))
        elif method == "gift":
            src = rng.choice(DONORS)
        elif method == "bequest":
            src = rng.choice(ESTATES)
        elif method == "transfer":
            src = rng.choice(TRANSFERS)
        else:
            src = rng.choice([i[1] for i in INSTITUTIONS])
        rec_d = acquired + dt.timedelta(days=rng.randint(0, 30))
        recorded = dt.datetime(rec_d.year, rec_d.month, rec_d.day, rng.randint(8, 16), rng.randint(0, 59),
                               rng.randint(0, 59), tzinfo=UTC)
        acquisitions.append((oid, oid, method, acquired, price, src, recorded))

    # ---- exhibitions -----------------------------------------------------------------------
    by_dept = {}
    for o in objects:
        by_dept.setdefault(o[4], []).append(o)
    exhibitions, exh_objects = [], []
    for eid, title, dept, start, end, trav in EXHIBITIONS:
        running = end >= SNAPSHOT
        visitors = None if running else int(rng.lognormvariate(10.2, 0.45) * visitor_scale)
        if not running and rng.random() < 0.05:
            visitors = None  # not counted
        budget = _money(round(rng.uniform(80000, 650000) * (1.4 if trav else 1.0), -3))
        exhibitions.append((eid, title, dept, start, end, trav, visitors, budget))
        pool = [o for o in by_dept[dept] if int(o[1].split(".")[0]) <= start.year]
        k = min(len(pool), rng.randint(18, 55))
        chosen = rng.sample(pool, k)
        others = [o for o in objects if o[4] != dept and int(o[1].split(".")[0]) <= start.year]
        chosen += rng.sample(others, rng.randint(0, 6))
        floor = DEPT_FLOOR[dept]
        rooms = [f"G{floor}.{r:02d}" for r in rng.sample(range(1, 20), 3)]
        for o in chosen:
            inst = start - dt.timedelta(days=rng.randint(1, 12))
            ts = dt.datetime(inst.year, inst.month, inst.day, rng.randint(8, 17), rng.choice([0, 15, 30, 45]))
            room = rng.choice(rooms)
            if inst < acquisitions[o[0] - 1][3]:
                continue  # accessioned that year, but only after the installation: not in the show
            exh_objects.append((eid, o[0], room, ts))

    # ---- loans -----------------------------------------------------------------------------
    institutions = [tuple(i) for i in INSTITUTIONS]
    loans = []
    loanable = [o for o in objects if o[5] not in ("furniture",) or rng.random() < 0.3]
    obj_w = [float(o[10]) ** 0.3 for o in loanable]
    busy = {}  # object -> list of (start, end) to avoid overlapping active loans
    lid = 0
    attempts = 0
    while lid < n_loans and attempts < n_loans * 5:
        attempts += 1
        o = _w(rng, loanable, obj_w)
        inst = _w(rng, INSTITUTIONS, inst_w)
        acq_date = acquisitions[o[0] - 1][3]
        req = _rand_date(rng, max(dt.date(2019, 1, 1), acq_date + dt.timedelta(days=30)), SNAPSHOT - dt.timedelta(days=5))
        if req > SNAPSHOT - dt.timedelta(days=5):
            continue
        start = req + dt.timedelta(days=rng.randint(45, 220))
        length = rng.randint(60, 400)
        end = start + dt.timedelta(days=length)
        fee = Decimal("0.00") if (inst[4] == "university" or rng.random() < 0.25) else _money(round(rng.uniform(400, 12000), -1))
        signed = None
        if rng.random() < p_decline and start <= SNAPSHOT + dt.timedelta(days=200):
            status, s_d, e_d = "declined", None, None
            fee = Decimal("0.00")
        elif start > SNAPSHOT:
            status, s_d, e_d = "requested", None, None
        else:
            if any(not (end < a or start > b) for a, b in busy.get(o[0], [])):
                continue
            busy.setdefault(o[0], []).append((start, end))
            if end <= SNAPSHOT:
                status, s_d, e_d = "returned", start, end
            else:
                status, s_d = "active", start
                e_d = None if rng.random() < 0.12 else end
            if rng.random() > 0.04:
                sd = start - dt.timedelta(days=rng.randint(7, 40))
                signed = dt.datetime(sd.year, sd.month, sd.day, rng.randint(7, 18), rng.randint(0, 59), tzinfo=UTC)
        lid += 1
        loans.append((lid, o[0], inst[0], req, status, s_d, e_d, fee, signed))
    # objects out on an active loan are not on display at home
    for ln in loans:
        if ln[4] == "active":
            objects[ln[1] - 1][12] = False

    # ---- conservation ----------------------------------------------------------------------
    cond_rank = {"poor": 0, "fair": 1, "good": 2, "excellent": 3}
    grades = ["poor", "fair", "good", "excellent"]
    treat_w = [{"poor": 6, "fair": 3, "good": 1, "excellent": 0.5}[o[11]] for o in objects]
    treatments = []
    alt = random.Random(seed * 13 + 5)  # re-draws an object not yet in the collection (own stream)
    for tid in range(1, n_treat + 1):
        o = _w(rng, objects, treat_w)
        cons = _w(rng, CONSERVATORS, cons_w)
        ttype = _w(rng, ["examination", "cleaning", "stabilization", "restoration", "reframing"], [30, 25, 18, 15, 12])
        started = _rand_date(rng, dt.date(2019, 1, 7), SNAPSHOT - dt.timedelta(days=2))
        if acquisitions[o[0] - 1][3] > started:  # acquired after that day: treat an object already held
            held = [k for k, x in enumerate(objects) if acquisitions[x[0] - 1][3] <= started]
            o = objects[_w(alt, held, [treat_w[k] for k in held])]
        dur = {"examination": 3, "cleaning": 14, "stabilization": 30, "restoration": 90, "reframing": 7}[ttype]
        done = started + dt.timedelta(days=max(1, int(rng.expovariate(1 / dur))))
        if ttype in ("restoration", "stabilization") and rng.random() < 0.2:
            done = started + dt.timedelta(days=rng.randint(150, 900))  # long-running projects
        before = _w(rng, grades, [3, 4, 3, 1] if o[11] in ("poor", "fair") else [1, 3, 5, 2])
        hours = _money(round(rng.uniform(0.5, 2.0) * dur * 1.5, 1))
        hours = Decimal(str(hours)).quantize(Decimal("0.1"))
        if done > SNAPSHOT:
            done = None
            after = None
        else:
            if ttype == "examination":
                after = before
            else:
                after = grades[min(3, cond_rank[before] + _w(rng, [0, 1, 2], [3, 5, 1]))]
        if rng.random() < 0.06:
            hours = None
        cost = _money(float(hours or Decimal(dur)) * cons_rate[cons] + rng.choice([0, 0, 45, 120, 380, 950]))
        treatments.append((tid, o[0], cons, ttype, started, done, hours, cost, before, after))

    if seed != SEEDS[0]:
        _discriminating_rows(seed, artists, objects, acquisitions, exh_objects, institutions, loans, treatments)

    return {
        "departments": departments,
        "artists": artists,
        "objects": [tuple(o) for o in objects],
        "acquisitions": acquisitions,
        "exhibitions": exhibitions,
        "exhibition_objects": exh_objects,
        "institutions": institutions,
        "loans": loans,
        "conservation_treatments": treatments,
    }


# ------------------------------------------------------------------------------------------------
# Test instances only (every seed but SEEDS[0]): a few rows placed exactly where the benchmark's
# questions draw their lines, so that "neighbour" queries (>= vs >, a date one day off, a literal
# +/-1, a tie-breaker reversed, a conjunct dropped ...) give a different answer from the gold on at
# least one instance. Instance 0 stays the plain simulation.

EXTRA_ARTISTS = [  # born exactly on / just after the 1950 line of question 039, and one who has died
    ("Maren Solberg", "Norwegian", 1950, None),
    ("Tobias Reinholt", "Danish", 1951, None),
    ("Lucía Andrade", "Chilean", 1956, 2019),
]
EXTRA_INSTITUTION = (15, "Kunstmuseum Aarhus", "Aarhus", "Denmark", "museum")  # country sorts before France


def _discriminating_rows(seed, artists, objects, acquisitions, exh_objects, institutions, loans, treatments):
    rng = random.Random(seed * 17 + 3)
    n_orig = len(objects)
    per_year = {}
    for o in objects:
        y, n = o[1].split(".")
        per_year[int(y)] = max(per_year.get(int(y), 0), int(n))

    def obj(artist_id, typ, made, dept, acquired, method="gift", price=None, source=None, h=None, w=None,
            value=None, title=None):
        oid = len(objects) + 1
        per_year[acquired.year] = per_year.get(acquired.year, 0) + 1
        h = _money(h if h is not None else rng.uniform(20, 90))
        w = _money(w if w is not None else rng.uniform(20, 90))
        objects.append([oid, f"{acquired.year}.{per_year[acquired.year]}", title or rng.choice(TITLES[typ]),
                        artist_id, dept, typ, made, rng.choice(MEDIUM[typ]), h, w,
                        _money(value if value is not None else rng.randint(20, 400) * 100),
                        rng.choice(["excellent", "good", "fair"]), False])
        if source is None:
            source = {"purchase": rng.choice(DEALERS), "gift": rng.choice(DONORS)}[method]
        rec = acquired + dt.timedelta(days=rng.randint(0, 20))
        acquisitions.append((oid, oid, method, acquired, None if price is None else _money(price), source,
                             dt.datetime(rec.year, rec.month, rec.day, rng.randint(8, 16), rng.randint(0, 59), 0,
                                         tzinfo=UTC)))
        return oid

    # three more artists (ids 40-42) with a painting and a photograph each
    new_ids = []
    for name, nat, born, died in EXTRA_ARTISTS:
        aid = len(artists) + 1
        artists.append((aid, name, nat, born, died))
        new_ids.append([obj(aid, "painting", born + 40, 2, dt.date(2016, 3, 4 + aid - 40), value=38000),
                        obj(aid, "photograph", born + 45, 3, dt.date(2017, 5, 9 + aid - 40))])

    # photographs acquired on / around the 2021 year boundaries, 100 cm tall or wide exactly or just under
    zhou = 17  # Zhou Xiaolan, photographer born 1965
    for acquired, h, w in ((dt.date(2021, 1, 1), 120, 80), (dt.date(2020, 12, 31), 130, 90),
                           (dt.date(2021, 12, 31), 110, 70), (dt.date(2022, 1, 1), 105, 140),
                           (dt.date(2021, 6, 15), 100, 60), (dt.date(2021, 7, 20), 70, 100),
                           (dt.date(2021, 8, 3), 99.5, 65), (dt.date(2021, 9, 9), 55, 99.2)):
        obj(zhou, "photograph", 2015, 3, acquired, h=h, w=w)

    # purchases with a price on the first day of the 2019-2024 window and the day after it;
    # acquisitions on the first day of 2015 and the day before
    obj(20, "print", 1990, 4, dt.date(2019, 1, 1), "purchase", 12000)
    obj(20, "print", 1992, 4, dt.date(2025, 1, 1), "purchase", 8000)
    obj(5, "drawing", 1930, 4, dt.date(2015, 1, 1))
    obj(5, "drawing", 1931, 4, dt.date(2014, 12, 31))
    if seed == SEEDS[3]:  # a year in which every purchase was confidential
        for k, a in enumerate(acquisitions):
            if a[2] == "purchase" and a[3].year == 2020:
                acquisitions[k] = a[:4] + (None,) + a[5:]

    # 'Friends of the Museum' also sold one object and passed on one bequest; both were exhibited
    friends = [obj(5, "print", 1925, 4, dt.date(2015, 4, 2), "purchase", 4500, "Friends of the Museum"),
               obj(5, "drawing", 1926, 4, dt.date(2015, 4, 2), "bequest", None, "Friends of the Museum")]
    gift_oids = {a[1] for a in acquisitions if a[2] == "gift" and a[5] == "Friends of the Museum"}
    shown = {eo[0] for eo in exh_objects if eo[1] in gift_oids}
    for fo, eid in zip(friends, [e[0] for e in EXHIBITIONS if e[0] not in shown and e[3].year >= 2015][:2]):
        room = next(eo[2] for eo in exh_objects if eo[0] == eid)
        start = EXHIBITIONS[eid - 1][3] - dt.timedelta(days=3)
        exh_objects.append((eid, fo, room, dt.datetime(start.year, start.month, start.day, 10, 0)))

    # paintings insured for exactly 500,000 and 500,001 euros
    paintings = [o for o in objects[:n_orig] if o[5] == "painting"]
    for o, v in zip(rng.sample(paintings, 2), ("500000.00", "500001.00")):
        o[10] = Decimal(v)

    # loans: agreements signed at midnight UTC on New Year's day 2023 / 2024 and on 2023-12-31;
    # one to a Danish museum, one to a university that does charge a fee
    institutions.append(EXTRA_INSTITUTION)
    lid = len(loans)
    for (oid, inst, req, start, end, fee, signed) in (
            (new_ids[0][0], 15, dt.date(2022, 10, 3), dt.date(2023, 1, 20), dt.date(2023, 6, 30), "2500.00",
             dt.datetime(2023, 1, 1, 0, 0, tzinfo=UTC)),
            (new_ids[1][0], 4, dt.date(2023, 9, 11), dt.date(2024, 1, 25), dt.date(2024, 5, 1), "1200.00",
             dt.datetime(2024, 1, 1, 0, 0, tzinfo=UTC)),
            (new_ids[2][0], 2, dt.date(2023, 9, 1), dt.date(2024, 1, 15), dt.date(2024, 4, 14), "3000.00",
             dt.datetime(2023, 12, 31, 15, 30, tzinfo=UTC))):
        lid += 1
        loans.append((lid, oid, inst, req, "returned", start, end, Decimal(fee), signed))

    # treatments: in progress since 2024-12-31 and 2025-01-01; one that left the object worse
    tid = len(treatments)
    acquired_on = {a[1]: a[3] for a in acquisitions}

    def pool(started):  # objects already in the collection on that day
        return [o[0] for o in objects[:n_orig] if acquired_on[o[0]] <= started]

    for started in (dt.date(2024, 12, 31), dt.date(2025, 1, 1)):
        tid += 1
        treatments.append((tid, rng.choice(pool(started)), rng.choice(CONSERVATORS), "stabilization", started, None,
                           Decimal("14.5"), _money(14.5 * 70), "poor", None))
    tid += 1
    treatments.append((tid, rng.choice(pool(dt.date(2023, 4, 3))), CONSERVATORS[1], "cleaning", dt.date(2023, 4, 3),
                       dt.date(2023, 4, 20), Decimal("9.0"), _money(9 * 65), "good", "fair"))
    # ... and one completed on 2024-12-31 whose cost ties two conservators' 2024 totals
    tot = {c: Decimal("0") for c in CONSERVATORS}
    for t in treatments:
        if t[5] is not None and t[5].year == 2024:
            tot[t[2]] += t[7]
    ranked = sorted(tot.items(), key=lambda kv: kv[1])
    lo, hi = min(((a, b) for a, b in zip(ranked, ranked[1:]) if b[1] - a[1] >= 100),
                 key=lambda p: p[1][1] - p[0][1])
    tid += 1
    treatments.append((tid, rng.choice(pool(dt.date(2024, 10, 1))), lo[0], "restoration", dt.date(2024, 10, 1), dt.date(2024, 12, 31),
                       None, hi[1] - lo[1], "fair", "good"))

    # one nationality with exactly 61 attributed objects (question 005: HAVING COUNT(*) > 60)
    nat = {a[0]: a[2] for a in artists}
    counts = {}
    for o in objects:
        if o[3] is not None and nat[o[3]] is not None:
            counts.setdefault(nat[o[3]], []).append(o)
    over = sorted((len(v), k) for k, v in counts.items() if len(v) > 61)
    if over:
        for o in counts[over[0][1]][61:]:
            o[3] = None


if __name__ == "__main__":
    for s in SEEDS:
        data = generate(s)
        print(s, {k: len(v) for k, v in data.items()}, sum(len(v) for v in data.values()))
