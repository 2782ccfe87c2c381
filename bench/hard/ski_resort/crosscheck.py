"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance (no SQL), run the gold SQL on the harness's loaded instance, compare.

Run:  /tmp/ski_resort-venv/bin/python bench/hard/ski_resort/crosscheck.py
(needs psycopg and a clone of the harness at $HARNESS, default /tmp/ski_resort-h)."""
import json
from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import QUESTIONS, connections, load_generator

getcontext().prec = 50
UTC = timezone.utc
G = load_generator()


def tab(d, name):
    return [dict(zip(G.COLS[name], row)) for row in d[name]]


def rnd(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(a, b, n=2):
    return rnd(Decimal(100) * Decimal(a) / Decimal(b), n)


def sea(d):
    """fiscal season code of a local date"""
    return G.season_of(d)


def in_season(d, code):
    return sea(d) == code


def answers(d):
    A = {}
    res = {r["resort_id"]: r for r in tab(d, "resorts")}
    rc = {k: v["resort_code"] for k, v in res.items()}
    fx = {(x["rate_date"], x["currency_code"]): x["eur_per_unit"] for x in tab(d, "fx_rates")}

    def eur(amount, ccy, day):
        return Decimal(amount) if ccy == "EUR" else amount * fx[(day, ccy)]
    lifts = {x["lift_id"]: x for x in tab(d, "lifts")}
    prods = {x["product_id"]: x for x in tab(d, "products")}
    orders = tab(d, "archive_sales_orders") + tab(d, "sales_orders")
    om = {o["order_id"]: o for o in orders}
    lines = tab(d, "archive_order_lines") + tab(d, "order_lines")
    lines_by = defaultdict(list)
    for ln in lines:
        lines_by[ln["order_id"]].append(ln)
    refunds = tab(d, "archive_refunds") + tab(d, "refunds")
    ref_by = defaultdict(list)
    for f in refunds:
        ref_by[f["order_id"]].append(f)
    ok = lambda o: o["status"] == "paid" and o["deleted_at"] is None  # noqa: E731
    ld = lambda o: o["ordered_at_local"].date()  # noqa: E731
    ud = lambda t: t.astimezone(UTC).date()  # noqa: E731
    dts = tab(d, "archive_lift_downtime") + tab(d, "lift_downtime_incidents")
    causes = {c["cause_code"]: c for c in tab(d, "downtime_causes")}
    mins = lambda x: Decimal(int((x["ended_at"] - x["started_at"]).total_seconds())) / 60  # noqa: E731
    scans = []
    for r in G.RESORTS:
        for row in tab(d, f"lift_scans_{r[1].lower()}"):
            assert lifts[row["lift_id"]]["resort_id"] == r[0]
            scans.append(row)
    hist = defaultdict(list)
    for h in tab(d, "staff_role_history"):
        hist[h["staff_id"]].append(h)

    def role_on(sid, day):
        m = [h for h in hist[sid] if h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(m) <= 1
        return m[0] if m else None
    staff = {s["staff_id"]: s for s in tab(d, "staff")}
    roles = {x["role_code"]: x for x in tab(d, "staff_roles")}
    prices = defaultdict(list)
    for h in tab(d, "product_price_history"):
        prices[h["product_id"]].append(h)

    def price_on(pid, day):
        m = [h["list_price"] for h in prices[pid] if h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(m) == 1
        return m[0]
    tariffs = defaultdict(list)
    for t in tab(d, "energy_tariff_history"):
        tariffs[t["resort_id"]].append(t)

    def tariff_on(rid, day):
        m = [t["price_per_kwh"] for t in tariffs[rid] if t["valid_from"] <= day and (t["valid_to"] is None or day < t["valid_to"])]
        assert len(m) == 1
        return m[0]
    names = defaultdict(list)
    for h in tab(d, "lift_name_history"):
        names[h["lift_id"]].append(h)

    def name_on(lid, day):
        m = [h["name"] for h in names[lid] if h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(m) == 1
        return m[0]
    shops = {s["shop_id"]: s for s in tab(d, "rental_shops")}
    rentals = tab(d, "rental_contracts")
    lessons = tab(d, "ski_school_lessons")
    snow = tab(d, "snowmaking_runs")
    lmap = {m["old_product_code"]: m["product_id"] for m in tab(d, "legacy_product_code_map")}
    lsales = tab(d, "legacy_ticket_sales")

    def gross(o):
        return sum((eur(ln["line_amount"], o["currency_code"], ud(o["ordered_at"])) for ln in lines_by[o["order_id"]]), Decimal(0))

    def refunded(o):
        return sum((eur(f["amount"], o["currency_code"], ud(f["refunded_at"])) for f in ref_by[o["order_id"]]), Decimal(0))

    # ---------------- where
    A[1] = [(o["order_no"],) for o in tab(d, "sales_orders") if rc[o["resort_id"]] == "WHI" and o["deleted_at"] is None
            and date(2024, 12, 24) <= ld(o) <= date(2024, 12, 31)]
    A[2] = [(s["run_id"],) for s in snow if res[s["resort_id"]]["region_code"] == "alps" and in_season(s["started_at_local"].date(), "2024-25")
            and eur(s["energy_kwh"] * tariff_on(s["resort_id"], s["started_at_local"].date()), res[s["resort_id"]]["currency_code"], ud(s["started_at"])) > 3000]
    A[3] = [(sum(x["qty"] for x in lsales if x["status_code"] == "V" and prods[lmap[x["old_product_code"]]]["product_code"] == "ANT-DAY-AD"
                 and date(2020, 11, 1) <= x["sale_date"] <= date(2021, 10, 31)),)]
    A[4] = [(x["incident_id"],) for x in dts if lifts[x["lift_id"]]["lift_type_code"] in ("GON", "CAB") and x["started_at"].year == 2023 and mins(x) >= 90]
    sp = defaultdict(set)
    for ln in lines:
        o = om[ln["order_id"]]
        if ok(o) and prods[ln["product_id"]]["product_type_code"] == "SEASON":
            sp[o["customer_id"]].add(sea(ln["first_ski_date"]))
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    A[5] = [(cust[c]["customer_no"],) for c, ss in sp.items() if "2022-23" in ss and "2023-24" in ss]
    A[6] = [(sum(1 for x in lessons if rc[x["resort_id"]] == "ZER" and x["lesson_type"] == "private" and x["status"] == "held"
                 and x["starts_at_local"].year == 2025 and x["starts_at_local"].month == 1 and x["starts_at_local"].hour >= 16),)]
    A[7] = [(c["contract_no"],) for c in rentals if c["deleted_at"] is None and c["start_date"].year == 2025 and c["start_date"].month == 2
            and eur(c["amount"], res[shops[c["shop_id"]]["resort_id"]]["currency_code"], c["start_date"]) > 200]
    A[8] = [(f["refund_id"],) for f in refunds if om[f["order_id"]]["deleted_at"] is None and date(2023, 4, 1) <= ud(f["refunded_at"]) <= date(2023, 6, 30)
            and eur(f["amount"], om[f["order_id"]]["currency_code"], ud(f["refunded_at"])) > 100]
    A[9] = [(sum(1 for ln in tab(d, "order_lines") for o in [om[ln["order_id"]]] if rc[o["resort_id"]] == "VER" and ok(o) and in_season(ld(o), "2024-25")
                 and ln["unit_price"] < price_on(ln["product_id"], ld(o))),)]
    A[10] = []
    for sid in staff:
        h = role_on(sid, date(2024, 2, 15))
        if h and h["role_code"] == "LIFT_OP" and rc[h["resort_id"]] == "KIT":
            A[10].append((staff[sid]["staff_no"],))

    # ---------------- group_by
    net = defaultdict(Decimal)
    for o in orders:
        if ok(o) and in_season(ld(o), "2022-23"):
            net[rc[o["resort_id"]]] += gross(o) - refunded(o)
    A[11] = [(k, rnd(v, 0)) for k, v in net.items()]
    tot = Counter()
    for s in scans:
        if sea(s["month_start"]) == "2023-24":
            tot[rc[lifts[s["lift_id"]]["resort_id"]]] += s["gate_scans"]
    A[12] = list(tot.items())
    dayt = Counter()
    for ln in lines:
        o = om[ln["order_id"]]
        if ok(o) and prods[ln["product_id"]]["product_type_code"] == "DAY":
            dayt[sea(ld(o))] += ln["quantity"]
    for x in lsales:
        if x["status_code"] == "V" and prods[lmap[x["old_product_code"]]]["product_type_code"] == "DAY":
            dayt[sea(x["sale_date"])] += x["qty"]
    A[13] = [(k, v) for k, v in dayt.items() if k in ("2020-21", "2021-22", "2022-23", "2023-24", "2024-25")]
    hrs = defaultdict(Decimal)
    for x in dts:
        if not causes[x["cause_code"]]["is_planned"] and in_season(x["started_at_local"].date(), "2023-24"):
            hrs[lifts[x["lift_id"]]["lift_type_code"]] += mins(x)
    A[14] = [(k, rnd(v / 60)) for k, v in hrs.items()]
    lr = defaultdict(Decimal)
    for x in lessons:
        if x["status"] in ("held", "no_show") and in_season(x["starts_at_local"].date(), "2024-25"):
            lr[(rc[x["resort_id"]], x["lesson_type"])] += eur(x["price_amount"], res[x["resort_id"]]["currency_code"], ud(x["starts_at"]))
    A[15] = [(a, b, rnd(v, 0)) for (a, b), v in lr.items()]
    wm = defaultdict(Decimal)
    for s in snow:
        if in_season(s["started_at_local"].date(), "2024-25"):
            wm[(rc[s["resort_id"]], s["started_at_local"].date().replace(day=1))] += s["water_m3"]
    A[16] = [(a, b, v) for (a, b), v in wm.items()]
    hc = Counter()
    for sid in staff:
        h = role_on(sid, date(2025, 1, 15))
        if h:
            hc[roles[h["role_code"]]["title"]] += 1
    A[17] = list(hc.items())
    rv = defaultdict(Decimal)
    for c in rentals:
        if c["deleted_at"] is None and in_season(c["start_date"], "2023-24"):
            rv[c["category_code"]] += eur(c["amount"], res[shops[c["shop_id"]]["resort_id"]]["currency_code"], c["start_date"])
    A[18] = [(k, rnd(v, 0)) for k, v in rv.items()]
    ch = Counter()
    for o in orders:
        if ok(o) and sea(ld(o)) in ("2021-22", "2022-23", "2023-24", "2024-25"):
            ch[(sea(ld(o)), o["channel_code"])] += 1
    A[19] = [(a, b, v) for (a, b), v in ch.items()]
    an = Counter()
    for s in tab(d, "lift_scans_ant"):
        if sea(s["month_start"]) == "2023-24":
            an[name_on(s["lift_id"], s["month_start"])] += s["gate_scans"]
    A[20] = list(an.items())

    # ---------------- order_by
    ns = defaultdict(Decimal)
    for o in orders:
        if ok(o) and date(2021, 11, 1) <= ld(o) <= date(2025, 10, 31):
            ns[o["customer_id"]] += gross(o) - refunded(o)
    top = sorted(((cust[c]["customer_no"], cust[c]["full_name"], rnd(v, 0)) for c, v in ns.items()), key=lambda t: (-t[2], t[0]))
    A[21] = top[:5]
    wh = {lid: 0 for lid, lf in lifts.items() if rc[lf["resort_id"]] == "WHI"}
    for s in tab(d, "lift_scans_whi"):
        if sea(s["month_start"]) == "2024-25":
            wh[s["lift_id"]] += s["gate_scans"]
    A[22] = sorted(((lifts[k]["lift_code"], v) for k, v in wh.items()), key=lambda t: (-t[1], t[0]))
    lg = [(x["incident_id"], lifts[x["lift_id"]]["lift_code"], int(mins(x))) for x in dts
          if not causes[x["cause_code"]]["is_planned"] and x["started_at"].year == 2024]
    A[23] = sorted(lg, key=lambda t: (-t[2], t[0]))[:10]
    sh = defaultdict(int)
    for x in lessons:
        dd = x["starts_at_local"].date()
        h = role_on(x["instructor_id"], dd)
        if x["status"] == "held" and in_season(dd, "2024-25") and h and h["role_code"] == "SNR_INSTR":
            sh[x["instructor_id"]] += x["duration_min"]
    A[24] = sorted(((staff[k]["staff_no"], staff[k]["full_name"], rnd(Decimal(v) / 60)) for k, v in sh.items()), key=lambda t: (-t[2], t[0]))[:5]
    ec = defaultdict(Decimal)
    for s in snow:
        dd = s["started_at_local"].date()
        if in_season(dd, "2023-24"):
            ec[rc[s["resort_id"]]] += eur(s["energy_kwh"] * tariff_on(s["resort_id"], dd), res[s["resort_id"]]["currency_code"], ud(s["started_at"]))
    A[25] = sorted(((k, rnd(v, 0)) for k, v in ec.items()), key=lambda t: (-t[1], t[0]))
    pg = defaultdict(Decimal)
    for ln in tab(d, "order_lines"):
        o = om[ln["order_id"]]
        if ok(o) and in_season(ld(o), "2024-25"):
            pg[prods[ln["product_id"]]["product_code"]] += eur(ln["line_amount"], o["currency_code"], ud(o["ordered_at"]))
    A[26] = sorted(((k, rnd(v, 0)) for k, v in pg.items()), key=lambda t: (-t[1], t[0]))[:8]
    nd = Counter(ld(o) for o in tab(d, "sales_orders") if rc[o["resort_id"]] == "NIS" and ok(o) and in_season(ld(o), "2024-25"))
    A[27] = sorted(nd.items(), key=lambda t: (-t[1], t[0]))[:5]
    shc = {s["shop_id"]: 0 for s in shops.values()}
    for c in rentals:
        if c["deleted_at"] is None and c["start_date"].year == 2025 and c["start_date"].month == 1:
            shc[c["shop_id"]] += 1
    A[28] = sorted(((shops[k]["shop_name"], v) for k, v in shc.items()), key=lambda t: (-t[1], t[0]))
    li = Counter(lifts[x["lift_id"]]["lift_code"] for x in dts if not causes[x["cause_code"]]["is_planned"]
                 and date(2021, 11, 1) <= x["started_at_local"].date() <= date(2025, 10, 31))
    A[29] = sorted(li.items(), key=lambda t: (-t[1], t[0]))[:10]
    rf = {v: Decimal(0) for v in rc.values()}
    for o in tab(d, "sales_orders"):
        if o["deleted_at"] is None and in_season(ld(o), "2024-25"):
            rf[rc[o["resort_id"]]] += refunded(o)
    A[30] = sorted(((k, rnd(v, 0)) for k, v in rf.items()), key=lambda t: (-t[1], t[0]))

    # ---------------- ratio
    g, f = defaultdict(Decimal), defaultdict(Decimal)
    for o in orders:
        if ok(o) and in_season(ld(o), "2023-24"):
            g[rc[o["resort_id"]]] += gross(o)
            f[rc[o["resort_id"]]] += refunded(o)
    A[31] = [(k, pct(f[k], v)) for k, v in g.items()]
    on, al = Counter(), Counter()
    online = {c["channel_code"]: c["is_online"] for c in tab(d, "sales_channels")}
    for o in orders:
        s = sea(ld(o))
        if ok(o) and s in ("2021-22", "2022-23", "2023-24", "2024-25"):
            al[s] += 1
            on[s] += online[o["channel_code"]]
    A[32] = [(k, pct(on[k], v)) for k, v in al.items()]
    wt, ut = defaultdict(Decimal), defaultdict(Decimal)
    for x in dts:
        c = causes[x["cause_code"]]
        if not c["is_planned"] and date(2021, 11, 1) <= x["started_at_local"].date() <= date(2025, 10, 31):
            k = rc[lifts[x["lift_id"]]["resort_id"]]
            ut[k] += mins(x)
            if c["cause_group"] == "weather":
                wt[k] += mins(x)
    A[33] = [(k, pct(wt[k], v)) for k, v in ut.items()]
    la, lc = Counter(), Counter()
    for x in lessons:
        if in_season(x["starts_at_local"].date(), "2024-25"):
            la[x["lesson_type"]] += 1
            lc[x["lesson_type"]] += x["status"] == "cancelled"
    A[34] = [(k, pct(lc[k], v)) for k, v in la.items()]
    sw, ww = defaultdict(Decimal), defaultdict(Decimal)
    for s in snow:
        if in_season(s["started_at_local"].date(), "2023-24"):
            sw[rc[s["resort_id"]]] += s["snow_m3"]
            ww[rc[s["resort_id"]]] += s["water_m3"]
    A[35] = [(k, rnd(sw[k] / ww[k], 4)) for k in sw]
    s24, s25 = Counter(), Counter()
    for s in scans:
        k = rc[lifts[s["lift_id"]]["resort_id"]]
        if sea(s["month_start"]) == "2023-24":
            s24[k] += s["gate_scans"]
        if sea(s["month_start"]) == "2024-25":
            s25[k] += s["gate_scans"]
    A[36] = [(k, pct(s25[k] - s24[k], s24[k])) for k in s24]
    spg, allg = defaultdict(Decimal), defaultdict(Decimal)
    for ln in tab(d, "order_lines"):
        o = om[ln["order_id"]]
        if ok(o) and in_season(ld(o), "2024-25"):
            v = eur(ln["line_amount"], o["currency_code"], ud(o["ordered_at"]))
            allg[rc[o["resort_id"]]] += v
            if prods[ln["product_id"]]["product_type_code"] == "SEASON":
                spg[rc[o["resort_id"]]] += v
    A[37] = [(k, pct(spg[k], v)) for k, v in allg.items()]
    t20, t21 = Counter(), Counter()
    for x in lsales:
        if x["status_code"] == "V" and date(2020, 11, 1) <= x["sale_date"] <= date(2021, 10, 31):
            t20[rc[prods[lmap[x["old_product_code"]]]["resort_id"]]] += x["qty"]
    for ln in lines:
        o = om[ln["order_id"]]
        if ok(o) and in_season(ld(o), "2021-22"):
            t21[rc[o["resort_id"]]] += ln["quantity"]
    A[38] = [(k, pct(t21[k] - v, v)) for k, v in t20.items() if k in t21]
    ins, alls = Counter(), Counter()
    for sid in staff:
        h = role_on(sid, date(2024, 1, 15))
        if h:
            alls[rc[h["resort_id"]]] += 1
            ins[rc[h["resort_id"]]] += roles[h["role_code"]]["is_instructor"]
    A[39] = [(k, pct(ins[k], v)) for k, v in alls.items()]
    dl, al2 = Counter(), Counter()
    for ln in tab(d, "order_lines"):
        o = om[ln["order_id"]]
        if ok(o) and in_season(ld(o), "2024-25"):
            k = rc[o["resort_id"]]
            al2[k] += 1
            dl[k] += ln["unit_price"] < price_on(ln["product_id"], ld(o))
    A[40] = [(k, pct(dl[k], v)) for k, v in al2.items()]

    # ---------------- table_join
    lcm = {m["old_lift_code"]: m["lift_id"] for m in tab(d, "legacy_lift_code_map")}
    j1 = Counter()
    for c in tab(d, "legacy_lift_counts"):
        lf = lifts[lcm[c["old_lift_code"]]]
        if rc[lf["resort_id"]] == "ANT" and date(2020, 11, 1) <= c["count_month"] <= date(2021, 10, 31):
            j1[lf["lift_code"]] += c["scans"]
    A[41] = list(j1.items())
    A[42] = []
    for p in prods.values():
        if p["product_type_code"] == "DAY" and p["age_group"] == "adult":
            pr = price_on(p["product_id"], date(2024, 12, 24))
            cc = res[p["resort_id"]]["currency_code"]
            A[42].append((rc[p["resort_id"]], pr, cc, rnd(eur(pr, cc, date(2024, 12, 24)))))
    rl, rh = Counter(), Counter()
    for x in lessons:
        dd = x["starts_at_local"].date()
        if x["status"] == "held" and in_season(dd, "2024-25"):
            h = role_on(x["instructor_id"], dd)
            t = roles[h["role_code"]]["title"]
            rl[t] += 1
            rh[t] += x["duration_min"]
    A[43] = [(k, v, rnd(Decimal(rh[k]) / 60)) for k, v in rl.items()]
    A[44] = [(x["incident_id"], name_on(x["lift_id"], x["started_at_local"].date()), causes[x["cause_code"]]["description"], int(mins(x)))
             for x in dts if rc[lifts[x["lift_id"]]["resort_id"]] == "NIS" and in_season(x["started_at_local"].date(), "2023-24")]
    passes = set()
    for ln in tab(d, "order_lines"):
        o = om[ln["order_id"]]
        p = prods[ln["product_id"]]
        if ok(o) and p["product_type_code"] == "SEASON" and in_season(ln["first_ski_date"], "2024-25"):
            passes.add((p["resort_id"], o["customer_id"]))
    rent = {(shops[c["shop_id"]]["resort_id"], c["customer_id"]) for c in rentals if c["deleted_at"] is None and in_season(c["start_date"], "2024-25")}
    A[45] = list(Counter(rc[a] for a, b in sorted(passes & rent)).items())
    A[46] = list(Counter(rc[o["resort_id"]] for o in orders if o["deleted_at"] is None and in_season(ld(o), "2022-23") and ref_by[o["order_id"]]).items())
    A[47] = []
    for sid, hs in hist.items():
        hs = sorted(hs, key=lambda h: h["valid_from"])
        if len({h["resort_id"] for h in hs}) > 1:
            A[47].append((staff[sid]["staff_no"], rc[hs[0]["resort_id"]], rc[hs[-1]["resort_id"]]))
    gs, sc = defaultdict(Decimal), Counter()
    for o in tab(d, "sales_orders"):
        if ok(o) and in_season(ld(o), "2023-24"):
            gs[o["resort_id"]] += gross(o)
    for s in scans:
        if sea(s["month_start"]) == "2023-24":
            sc[lifts[s["lift_id"]]["resort_id"]] += s["gate_scans"]
    A[48] = [(rc[k], rnd(v / sc[k], 4)) for k, v in gs.items()]
    nl, ns2 = Counter(), Counter()
    lt_scan = Counter()
    for s in scans:
        if sea(s["month_start"]) == "2024-25":
            lt_scan[s["lift_id"]] += s["gate_scans"]
    for t in tab(d, "lift_types"):
        nl[t["lift_type_code"]] += 0
        ns2[t["lift_type_code"]] += 0
    for lf in lifts.values():
        nl[lf["lift_type_code"]] += 1
        ns2[lf["lift_type_code"]] += lt_scan[lf["lift_id"]]
    A[49] = [(k, nl[k], ns2[k]) for k in nl]
    A[50] = []
    for sid, hs in hist.items():
        hs = sorted(hs, key=lambda h: h["valid_from"])
        for a, b in zip(hs, hs[1:]):
            if a["resort_id"] == b["resort_id"] and a["role_code"] != b["role_code"] and b["valid_from"].year == 2024:
                A[50].append((staff[sid]["staff_no"], roles[a["role_code"]]["title"], roles[b["role_code"]]["title"], b["valid_from"]))
    return A


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


def main():
    qs = [json.loads(line) for line in open(QUESTIONS, encoding="utf-8")]
    server, fx, conns = connections()
    bad = 0
    print("| question | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|" + "---|" * len(fx.seeds))
    try:
        per_inst = []
        for k, seed in enumerate(fx.seeds):
            A = answers(G.generate(seed))
            res = {}
            for i, q in enumerate(qs, 1):
                rows = [tuple(norm(v) for v in r) for r in conns[k].execute(q["gold"][0]).fetchall()]
                py = [tuple(norm(v) for v in r) for r in A[i]]
                same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                res[q["id"]] = (same, len(rows), rows, py)
            per_inst.append(res)
        for q in qs:
            cells = []
            for res in per_inst:
                same, n, rows, py = res[q["id"]]
                bad += not same
                cells.append(f"{'match' if same else 'MISMATCH'} ({n} rows)")
                if not same:
                    print("   ", q["id"], "sql:", rows[:6], "py:", py[:6])
            print(f"| {q['id']} | {q['category']} | " + " | ".join(cells) + " |")
    finally:
        for c in conns:
            c.close()
        server.stop()
    print(f"\n{'ALL MATCH' if not bad else f'{bad} MISMATCHES'}: {len(qs)} questions x {len(fx.seeds)} instances")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
