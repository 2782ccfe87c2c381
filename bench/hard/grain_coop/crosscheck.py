"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance, run the gold SQL on the harness's loaded instance, compare.

Run:  EVAL_CACHE_ROOT=/tmp/grain_coop-cache python bench/hard/grain_coop/crosscheck.py
(needs psycopg and a clone of the harness at $HARNESS, default /tmp/grain_coop-h)."""
import importlib.util
import json
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import ROOT, connect, open_fixture

getcontext().prec = 50
spec = importlib.util.spec_from_file_location("grain_gen_x", ROOT / "schemas/grain_coop/generate.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in G.TABLES}
LB = Decimal("0.45359237")


def tab(d, name):
    return [dict(zip(COLS[name], row)) for row in d[name]]


def rnd(x, n):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def cy_of(d):
    return d.year if d.month >= 8 else d.year - 1


def label(y):
    return f"{y}-{(y + 1) % 100:02d}"


def answers(d):
    A = {}
    live = tab(d, "delivery_tickets")
    arch = tab(d, "archive_delivery_tickets")
    allt = arch + live
    tk = {t["ticket_id"]: t for t in allt}
    el = {e["elevator_id"]: e for e in tab(d, "elevators")}
    com = {c["commodity_code"]: c for c in tab(d, "commodities")}
    grades = {g["grade_code"]: g for g in tab(d, "grades")}
    reg = {r["region_code"]: r for r in tab(d, "regions")}
    mem = {m["member_id"]: m for m in tab(d, "members")}
    app = {a["ticket_id"]: a for a in tab(d, "grade_appeals")}
    th = defaultdict(list)
    for h in tab(d, "member_tier_history"):
        th[h["member_id"]].append(h)
    fx = {(x["rate_date"], x["currency_code"]): x["cad_per_unit"] for x in tab(d, "fx_rates")}
    leg = tab(d, "legacy_scale_tickets")
    emap = {m["old_elevator_code"]: m["elevator_id"] for m in tab(d, "legacy_elevator_code_map")}
    mmap = {m["old_member_no"]: m["member_id"] for m in tab(d, "legacy_member_map")}
    contracts = tab(d, "forward_contracts")
    bins = {b["bin_id"]: b for b in tab(d, "storage_bins")}
    prices = tab(d, "grade_price_schedule")
    sett = tab(d, "archive_settlements") + tab(d, "settlements")

    ld = lambda t: t["weighed_at_local"].date()  # noqa: E731
    valid = lambda t: t["voided_at"] is None  # noqa: E731
    clean = lambda t: Decimal(t["gross_kg"] - t["tare_kg"]) * (1 - t["dockage_pct"] / 100) / 1000  # noqa: E731
    lclean = lambda l: Decimal(l["gross_lb"] - l["tare_lb"]) * LB * (1 - l["dockage_pct"] / 100) / 1000  # noqa: E731
    tough = lambda t: t["moisture_pct"] > com[t["commodity_code"]]["dry_moisture_max_pct"]  # noqa: E731
    fgrade = lambda t: (app[t["ticket_id"]]["final_grade_code"] if t["ticket_id"] in app and app[t["ticket_id"]]["final_grade_code"] else t["grade_code"])  # noqa: E731

    def tier_on(mid, day):
        hs = [h for h in th[mid] if h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(hs) == 1, (mid, day, hs)
        return hs[0]["tier_code"]

    def rate(day, ccy):
        if ccy == "CAD":
            return Decimal(1)
        while (day, ccy) not in fx:
            day = date.fromordinal(day.toordinal() - 1)
        return fx[(day, ccy)]

    in_cy = lambda t, y: cy_of(ld(t)) == y  # noqa: E731
    A[1] = [(t["ticket_no"],) for t in live if el[t["elevator_id"]]["name"] == "Kindersley" and t["commodity_code"] == "HRS" and valid(t) and tough(t) and in_cy(t, 2024)]
    A[2] = [(sum(1 for t in allt if el[t["elevator_id"]]["elevator_code"] == "SK-ROS" and valid(t) and date(2023, 7, 1) <= ld(t) <= date(2023, 8, 31)),)]
    A[3] = [(rnd(sum(lclean(l) for l in leg if l["void_flag"] == "N" and el[emap[l["old_elevator_code"]]]["elevator_code"] == "MB-BRN" and cy_of(l["ticket_date"]) == 2020), 1),)]
    D = date(2024, 11, 1)
    A[4] = [(p["grade_code"], p["price_per_tonne"]) for p in prices if p["country_code"] == "CA" and grades[p["grade_code"]]["commodity_code"] == "HRS"
            and p["valid_from"] <= D and (p["valid_to"] is None or D < p["valid_to"])]
    rails = []
    for rw in ("cn", "cpkc", "bnsf"):
        for y in (2023, 2024):
            for row in tab(d, f"rail_loadouts_{rw}_{y}"):
                assert el[row["elevator_id"]]["railway_code"] == rw.upper() and cy_of(row["loaded_at_local"].date()) == y
                rails.append(dict(row, railway_code=rw.upper(), cy=y))
    for row in tab(d, "archive_rail_loadouts"):
        assert cy_of(row["loaded_at_local"].date()) < 2023
    A[5] = [(sum(1 for x in rails if x["railway_code"] == "BNSF" and x["cy"] == 2024),)]
    A[6] = [(sum(1 for m in mem.values() if m["deleted_at"] is None and m["joined_on"].year == 2024),)]
    # group_by
    tot = defaultdict(Decimal)
    for l in leg:
        if l["void_flag"] == "N":
            tot[cy_of(l["ticket_date"])] += lclean(l)
    for t in allt:
        if valid(t):
            tot[cy_of(ld(t))] += clean(t)
    A[7] = [(label(y), rnd(tot[y], 1)) for y in range(2020, 2025)]
    A[8] = [(rw, sum((x["loaded_t"] for x in rails if x["railway_code"] == rw and x["cy"] == 2024), Decimal(0))) for rw in ("CN", "CPKC", "BNSF")]
    A[9] = list(Counter(el[t["elevator_id"]]["elevator_code"] for t in live if valid(t) and in_cy(t, 2023)).items())
    tt = defaultdict(Decimal)
    for t in live:
        if valid(t) and in_cy(t, 2024):
            tt[tier_on(t["member_id"], ld(t))] += clean(t)
    A[10] = [(k, rnd(v, 1)) for k, v in tt.items()]
    A[11] = list(Counter(fgrade(t) for t in live if t["commodity_code"] == "HRS" and valid(t) and in_cy(t, 2024)).items())
    pay = defaultdict(Decimal)
    for s in sett:
        if s["status"] == "paid":
            t = tk[s["ticket_id"]]
            y = cy_of(ld(t))
            if 2021 <= y <= 2024:
                pay[y] += s["net_amount"] * rate(s["settled_on"], s["currency_code"])
    A[12] = [(label(y), rnd(v / 1000, 1)) for y, v in pay.items()]
    # order_by
    mt = defaultdict(Decimal)
    for t in allt:
        if valid(t) and date(2021, 8, 1) <= ld(t) <= date(2025, 7, 31):
            mt[t["member_id"]] += clean(t)
    top = sorted(((mem[m]["member_no"], mem[m]["farm_name"], rnd(v, 1)) for m, v in mt.items()), key=lambda x: (-x[2], x[0]))
    A[13] = top[:5]
    bt = defaultdict(Decimal)
    for t in live:
        if valid(t) and in_cy(t, 2024) and t["bin_id"] is not None:
            b = bins[t["bin_id"]]
            bt[(el[b["elevator_id"]]["elevator_code"], b["bin_code"])] += clean(t)
    A[14] = sorted(((k[0], k[1], rnd(v, 1)) for k, v in bt.items()), key=lambda x: (-x[2], x[0], x[1]))[:10]
    tc = Counter(el[t["elevator_id"]]["elevator_code"] for t in live if valid(t) and tough(t) and in_cy(t, 2023))
    A[15] = sorted(((e["elevator_code"], tc.get(e["elevator_code"], 0)) for e in el.values()), key=lambda x: (-x[1], x[0]))
    big = []
    for s in tab(d, "settlements"):
        t = tk[s["ticket_id"]]
        if s["status"] == "paid" and in_cy(t, 2024):
            big.append((s["settlement_id"], t["ticket_no"], rnd(s["net_amount"] * rate(s["settled_on"], s["currency_code"]), 0)))
    A[16] = sorted(big, key=lambda x: (-x[2], x[0]))[:5]
    lc = Counter(el[emap[l["old_elevator_code"]]]["elevator_code"] for l in leg if l["void_flag"] == "N" and cy_of(l["ticket_date"]) == 2020)
    A[17] = sorted(lc.items(), key=lambda x: (-x[1], x[0]))
    A[18] = sorted(((x["car_number"], x["railway_code"], x["loaded_t"]) for x in rails if x["cy"] == 2023), key=lambda x: (-x[2], x[0]))[:5]
    # ratio
    cnt = defaultdict(lambda: [0, 0])
    for t in live:
        if valid(t) and in_cy(t, 2024):
            cnt[t["commodity_code"]][1] += 1
            cnt[t["commodity_code"]][0] += tough(t)
    A[19] = [(k, rnd(Decimal(100) * a / b, 2)) for k, (a, b) in cnt.items()]
    A[20] = []
    for c in contracts:
        if date(2022, 8, 1) <= c["delivery_to"] <= date(2023, 7, 31):
            dl = sum((clean(t) for t in allt if t["contract_id"] == c["contract_id"] and valid(t)), Decimal(0))
            A[20].append((c["contract_no"], rnd(100 * dl / c["contracted_t"], 2)))
    h = [t for t in live if t["commodity_code"] == "HRS" and valid(t) and in_cy(t, 2024)]
    A[21] = [(rnd(100 * sum(clean(t) for t in h if fgrade(t) == "HRS-1") / sum(clean(t) for t in h), 2),)]
    vr = defaultdict(lambda: [0, 0])
    for l in leg:
        y = cy_of(l["ticket_date"])
        vr[y][1] += 1
        vr[y][0] += l["void_flag"] == "Y"
    for t in allt:
        y = cy_of(ld(t))
        vr[y][1] += 1
        vr[y][0] += not valid(t)
    A[22] = [(label(y), rnd(Decimal(100) * vr[y][0] / vr[y][1], 2)) for y in range(2020, 2025)]
    A[23] = []
    for y in (2023, 2024):
        lt = sum((x["loaded_t"] for x in rails if x["cy"] == y), Decimal(0))
        dt = sum((clean(t) for t in live if valid(t) and in_cy(t, y)), Decimal(0))
        A[23].append((label(y), rnd(lt / dt, 4)))
    us = al = Decimal(0)
    for s in tab(d, "settlements"):
        t = tk[s["ticket_id"]]
        if s["status"] == "paid" and in_cy(t, 2024):
            v = s["net_amount"] * rate(s["settled_on"], s["currency_code"])
            al += v
            if s["currency_code"] == "USD":
                us += v
    A[24] = [(rnd(100 * us / al, 2),)]
    # table_join
    A[25] = list(Counter(mem[mmap[l["old_member_no"]]]["member_no"] for l in leg if l["void_flag"] == "N" and cy_of(l["ticket_date"]) == 2020).items())
    A[26] = []
    for t in live:
        e = el[t["elevator_id"]]
        if e["name"] == "Swift Current" and t["commodity_code"] == "HRS" and t["contract_id"] is None and valid(t) and date(2024, 10, 1) <= ld(t) <= date(2024, 11, 30):
            g = fgrade(t)
            cc = reg[e["region_code"]]["country_code"]
            ps = [p for p in prices if p["country_code"] == cc and p["grade_code"] == g and p["valid_from"] <= ld(t) and (p["valid_to"] is None or ld(t) < p["valid_to"])]
            assert len(ps) == 1
            A[26].append((t["ticket_no"], g, ps[0]["price_per_tonne"]))
    A[27] = []
    for c in contracts:
        if c["status"] == "cancelled":
            dl = sum((clean(t) for t in allt if t["contract_id"] == c["contract_id"] and valid(t)), Decimal(0))
            A[27].append((c["contract_no"], mem[c["member_id"]]["farm_name"], el[c["elevator_id"]]["elevator_code"], rnd(dl, 3)))
    A[28] = [(t["ticket_no"], mem[t["member_id"]]["member_no"], tier_on(t["member_id"], ld(t))) for t in live
             if el[t["elevator_id"]]["name"] == "Brandon" and valid(t) and date(2024, 10, 1) <= ld(t) <= date(2024, 10, 31)]
    A[29] = []
    for e in el.values():
        bs = [b for b in bins.values() if b["elevator_id"] == e["elevator_id"]]
        dumped = sum((clean(t) for t in live if valid(t) and in_cy(t, 2024) and t["bin_id"] is not None and bins[t["bin_id"]]["elevator_id"] == e["elevator_id"]), Decimal(0))
        A[29].append((e["elevator_code"], len(bs), sum(b["capacity_t"] for b in bs), rnd(dumped, 1)))
    A[30] = []
    for s in sett:
        t = tk[s["ticket_id"]]
        if el[t["elevator_id"]]["name"] == "Minot" and s["status"] == "paid" and date(2024, 9, 1) <= s["settled_on"] <= date(2024, 9, 30):
            rt = rate(s["settled_on"], s["currency_code"])
            A[30].append((s["settlement_id"], t["ticket_no"], s["net_amount"], rt, rnd(s["net_amount"] * rt, 0)))
    # ---- questions 31..50
    A[31] = [(sum(1 for t in live if el[t["elevator_id"]]["elevator_code"] == "MT-HAV" and valid(t) and in_cy(t, 2024) and t["weighed_at_local"].hour >= 18),)]
    A[32] = [(s["settlement_id"],) for s in tab(d, "settlements") if s["status"] == "reversed" and in_cy(tk[s["ticket_id"]], 2024)]
    A[33] = [(t["ticket_no"],) for t in live if valid(t) and in_cy(t, 2023) and t["ticket_id"] in app and app[t["ticket_id"]]["final_grade_code"]
             and app[t["ticket_id"]]["final_grade_code"] != t["grade_code"]]
    gmap = {g["old_grade_code"]: g["grade_code"] for g in tab(d, "legacy_grade_map")}
    A[34] = [(sum(1 for l in leg if l["void_flag"] == "N" and cy_of(l["ticket_date"]) == 2020
                  and l["moisture_pct"] > com[grades[gmap[l["old_grade_code"]]]["commodity_code"]]["dry_moisture_max_pct"]),)]
    ct = defaultdict(Decimal)
    for t in arch:
        if valid(t) and in_cy(t, 2022):
            ct[t["commodity_code"]] += clean(t)
    A[35] = [(k, rnd(v, 1)) for k, v in ct.items()]
    country = lambda t: reg[el[t["elevator_id"]]["region_code"]]["country_code"]  # noqa: E731
    period = lambda dd: (dd.month - 8) % 12 + 1  # noqa: E731
    A[36] = list(Counter(period(ld(t)) for t in live if valid(t) and in_cy(t, 2024) and country(t) == "US").items())
    dc = defaultdict(Decimal)
    for s in tab(d, "settlements"):
        if s["status"] == "paid" and in_cy(tk[s["ticket_id"]], 2023):
            dc[s["currency_code"]] += s["drying_charge"]
    A[37] = list(dc.items())
    dest = defaultdict(Decimal)
    for x in tab(d, "archive_rail_loadouts"):
        if cy_of(x["loaded_at_local"].date()) == 2022:
            dest[x["destination"]] += x["loaded_t"]
    A[38] = list(dest.items())
    mo = defaultdict(list)
    for t in live:
        if valid(t) and in_cy(t, 2024):
            mo[el[t["elevator_id"]]["elevator_code"]].append(t["moisture_pct"])
    A[39] = sorted(((k, rnd(sum(v) / len(v), 2)) for k, v in mo.items()), key=lambda x: (-x[1], x[0]))
    uc = defaultdict(Decimal)
    for t in allt:
        if valid(t) and country(t) == "US" and date(2021, 8, 1) <= ld(t) <= date(2025, 7, 31):
            uc[t["commodity_code"]] += clean(t)
    A[40] = sorted(((k, rnd(v, 1)) for k, v in uc.items()), key=lambda x: (-x[1], x[0]))
    cs = [c for c in contracts if date(2024, 8, 1) <= c["signed_on"] <= date(2025, 7, 31)]
    A[41] = sorted(((c["contract_no"], mem[c["member_id"]]["farm_name"], el[c["elevator_id"]]["elevator_code"], c["contracted_t"]) for c in cs), key=lambda x: (-x[3], x[0]))[:10]
    pc = Counter(period(ld(t)) for t in live if valid(t) and in_cy(t, 2024))
    A[42] = sorted(((p, date(2024 + (p + 6) // 12, (p + 6) % 12 + 1, 1), n) for p, n in pc.items()), key=lambda x: (-x[2], x[0]))
    dk = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for t in live:
        if valid(t) and in_cy(t, 2024):
            net = Decimal(t["gross_kg"] - t["tare_kg"])
            k = el[t["elevator_id"]]["elevator_code"]
            dk[k][0] += net * t["dockage_pct"] / 100
            dk[k][1] += net
    A[43] = [(k, rnd(100 * a / b, 2)) for k, (a, b) in dk.items()]
    cp = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for t in live:
        if valid(t) and in_cy(t, 2024):
            cp[country(t)][1] += clean(t)
            if t["contract_id"] is not None:
                cp[country(t)][0] += clean(t)
    A[44] = [(k, rnd(100 * a / b, 2)) for k, (a, b) in cp.items()]
    ta = defaultdict(lambda: [Decimal(0), 0])
    for t in live:
        if valid(t) and in_cy(t, 2023):
            k = tier_on(t["member_id"], ld(t))
            ta[k][0] += clean(t)
            ta[k][1] += 1
    A[45] = [(k, rnd(a / b, 3)) for k, (a, b) in ta.items()]
    dg = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for s in tab(d, "settlements"):
        t = tk[s["ticket_id"]]
        if s["status"] == "paid" and in_cy(t, 2024):
            dg[t["commodity_code"]][0] += s["drying_charge"]
            dg[t["commodity_code"]][1] += s["gross_amount"]
    A[46] = [(k, rnd(100 * a / b, 2)) for k, (a, b) in dg.items()]
    A[47] = []
    for e in el.values():
        codes = [c for c, eid in emap.items() if eid == e["elevator_id"]]
        n = sum(1 for l in leg if l["void_flag"] == "N" and cy_of(l["ticket_date"]) == 2020 and l["old_elevator_code"] in codes)
        A[47].append((e["elevator_code"], len(codes), n))
    rc = defaultdict(Decimal)
    for x in rails:
        if x["cy"] == 2024:
            rc[(x["railway_code"], com[grades[x["grade_code"]]["commodity_code"]]["name"])] += x["loaded_t"]
    A[48] = [(a, b, v) for (a, b), v in rc.items()]
    active = {t["member_id"] for t in live if valid(t) and in_cy(t, 2024)}
    A[49] = [(m["member_no"], m["farm_name"]) for m in mem.values() if m["deleted_at"] is None and m["member_id"] not in active]
    A[50] = [(c["contract_no"], mem[c["member_id"]]["member_no"], tier_on(c["member_id"], c["signed_on"])) for c in cs]
    # final question order: stable sort of the written list by category (6 original + 4 added per category)
    out = {}
    for p in range(50):
        ci, r = divmod(p, 10)
        out[p + 1] = A[6 * ci + r + 1] if r < 6 else A[30 + 4 * ci + (r - 6) + 1]
    return out


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/grain_coop.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    bad = 0
    print("| question | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|" + "---|" * len(fx.seeds))
    try:
        per_inst = []
        for k, seed in enumerate(fx.seeds):
            A = answers(G.generate(seed))
            conn = connect(server.admin.for_db(fx.instance_dbs[k]))
            res = {}
            with conn.cursor() as cur:
                for i, q in enumerate(qs, 1):
                    cur.execute(q["gold"][0])
                    rows = [tuple(norm(v) for v in r) for r in cur.fetchall()]
                    py = [tuple(norm(v) for v in r) for r in A[i]]
                    same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                    if not same and os.environ.get("GC_DEBUG"):
                        print(q["id"], k, sorted(rows)[:5], sorted(py)[:5])
                    res[q["id"]] = (same, len(rows))
            conn.close()
            per_inst.append(res)
        for q in qs:
            cells = []
            for res in per_inst:
                same, n = res[q["id"]]
                bad += not same
                cells.append(f"{'match' if same else 'MISMATCH'} ({n} rows)")
            print(f"| {q['id']} | {q['category']} | " + " | ".join(cells) + " |")
    finally:
        server.stop()
    print(f"\n{'ALL MATCH' if not bad else f'{bad} MISMATCHES'}: {len(qs)} questions x {len(fx.seeds)} instances")
    return 1 if bad else 0


import os  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
