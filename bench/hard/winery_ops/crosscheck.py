"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance, run the gold SQL on the harness's loaded instance, compare.

Run:  /tmp/winery_ops-venv/bin/python bench/hard/winery_ops/crosscheck.py
(needs psycopg2 and a clone of the harness at $HARNESS, default /tmp/winery_ops-h)."""
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, time, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import ROOT, connect_all

getcontext().prec = 50
UTC = timezone.utc
spec = importlib.util.spec_from_file_location("winery_gen_x", ROOT / "schemas/winery_ops/generate.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in G.TABLES}


def tab(d, name):
    return [dict(zip(COLS[name], row)) for row in d[name]]


def r(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def U(y, m=1, dd=1):
    return datetime(y, m, dd, tzinfo=UTC)


def fy_of(dd):
    return dd.year + 1 if dd.month >= 7 else dd.year


def valid(h, dd, a="valid_from", b="valid_to"):
    return h[a] <= dd and (h[b] is None or dd < h[b])


def answers(d):
    A = {}
    W = {w["winery_id"]: w for w in tab(d, "wineries")}
    B = {b["block_id"]: b for b in tab(d, "vineyard_blocks")}
    VH = defaultdict(list)
    for h in tab(d, "block_variety_history"):
        VH[h["block_id"]].append(h)
    OH = defaultdict(list)
    for h in tab(d, "block_ownership_history"):
        OH[h["block_id"]].append(h)
    GR = {g["grower_id"]: g for g in tab(d, "growers")}
    VN = {v["variety_code"]: v["name"] for v in tab(d, "grape_varieties")}

    def one(lst, dd):
        m = [h for h in lst if valid(h, dd)]
        assert len(m) == 1, (lst, dd)
        return m[0]
    var_on = lambda b, dd: one(VH[b], dd)["variety_code"]  # noqa: E731
    own_on = lambda b, dd: GR[one(OH[b], dd)["grower_id"]]  # noqa: E731
    TG = tab(d, "archive_weigh_tags") + tab(d, "weigh_tags")
    LIVE = tab(d, "weigh_tags")
    LEG = tab(d, "legacy_weigh_tickets")
    BM = {m["old_block_code"]: m["block_id"] for m in tab(d, "legacy_block_code_map")}
    TM = {m["old_tank_code"]: m["tank_id"] for m in tab(d, "legacy_tank_code_map")}
    TK = {t["tank_id"]: t for t in tab(d, "tanks")}
    FX = {(x["rate_date"], x["currency_code"]): x["eur_per_unit"] for x in tab(d, "fx_rates")}
    fx = lambda dd, c: Decimal(1) if c == "EUR" else FX[(dd, c)]  # noqa: E731
    O = tab(d, "archive_export_orders") + tab(d, "export_orders")
    OL = {o["order_id"]: o for o in O}
    LN = tab(d, "archive_order_lines") + tab(d, "order_lines")
    INV = tab(d, "archive_invoices") + tab(d, "invoices")
    CU = {c["customer_id"]: c for c in tab(d, "customers")}
    LOTS = {l_["lot_id"]: l_ for l_ in tab(d, "lots")}
    LAB = tab(d, "lab_analyses")
    BF = tab(d, "barrel_fills")
    BR = {b["barrel_id"]: b for b in tab(d, "barrels")}
    RUNS = tab(d, "bottling_runs")
    PL = tab(d, "price_list_history")
    LC = tab(d, "lot_components")
    LLM = {m["lot_id"]: m["old_lot_code"] for m in tab(d, "legacy_lot_code_map")}
    BOND = {cc: tab(d, f"bond_movements_{cc.lower()}") for cc in ("PT", "ZA", "NZ", "CL")}
    ld = lambda t: t["weighed_at_local"].date()  # noqa: E731
    od = lambda o: o["ordered_at_utc"].astimezone(UTC).date()  # noqa: E731
    ok = lambda o: o["deleted_at"] is None  # noqa: E731
    wcode = lambda wid: W[wid]["winery_code"]  # noqa: E731

    # where
    A[1] = [(t["tag_no"],) for t in TG if t["status"] == "accepted" and t["vintage"] in (2022, 2023) and t["brix"] >= Decimal("26.0") and var_on(t["block_id"], ld(t)) == "SY"]
    A[2] = [(sum(1 for o in O if ok(o) and wcode(o["winery_id"]) == "NZ-MBO" and (o["ordered_at_local"].year, o["ordered_at_local"].month) == (2024, 3)),)]
    A[3] = [(i["invoice_no"],) for i in INV if date(2023, 7, 1) <= i["invoiced_on"] <= date(2024, 6, 30) and i["amount"] * fx(i["invoiced_on"], i["currency_code"]) > 20000]
    blk = [b for b in B.values() if b["block_code"] == "NZ-MBO-B03"][0]["block_id"]
    A[4] = [(r(Decimal(sum(t["net_kg"] for t in LEG if t["status_code"] == "A" and BM[t["old_block_code"]] == blk)) / 1000, 3),)]
    dd = date(2024, 6, 30)
    A[5] = [(c,) for c in sorted({BR[f["barrel_id"]]["barrel_code"] for f in BF if LOTS[f["lot_id"]]["lot_type"] == "wine" and LOTS[f["lot_id"]]["variety_code"] == "PN"
                                  and LOTS[f["lot_id"]]["vintage"] == 2023 and f["filled_on"] <= dd and (f["emptied_on"] is None or f["emptied_on"] > dd)})]
    A[6] = [(sum(1 for t in LIVE if t["vintage"] == 2024 and t["weighed_at_local"].time() >= time(18, 0)),)]
    dd = date(2024, 3, 15)
    A[7] = [(p["sku"], p["price_per_case"]) for p in PL if p["currency_code"] == "USD" and valid(p, dd) and p["price_per_case"] > 120]
    A[8] = [(m["document_ref"],) for m in BOND["ZA"] if m["movement_type"] == "out_export" and U(2024, 7) <= m["moved_at_utc"] < U(2024, 10) and m["litres"] > 1000]
    A[9] = [(o["order_no"],) for o in O if ok(o) and o["status"] == "shipped" and CU[o["customer_id"]]["country_code"] == "DE" and od(o).year == 2023]
    last = {}
    for a in sorted(LAB, key=lambda a: a["sampled_on"]):
        last[a["lot_id"]] = a
    A[10] = [(LOTS[k]["lot_code"], a["residual_sugar_g_l"]) for k, a in last.items() if LOTS[k]["vintage"] == 2024 and a["residual_sugar_g_l"] > 4]

    # group_by
    acc = defaultdict(Decimal)
    for t in LEG:
        if t["status_code"] == "A":
            acc[2021] += Decimal(t["net_kg"]) / 1000
    for t in TG:
        if t["status"] == "accepted" and 2022 <= t["vintage"] <= 2024:
            acc[t["vintage"]] += t["net_tonnes"]
    A[11] = [(k, r(v, 3)) for k, v in acc.items()]
    g = defaultdict(Decimal)
    for t in LIVE:
        if t["vintage"] == 2024 and t["status"] == "accepted":
            g[(wcode(t["winery_id"]), var_on(t["block_id"], ld(t)))] += t["net_tonnes"]
    A[12] = [(*k, r(v, 3)) for k, v in g.items()]
    shipped = [o for o in O if ok(o) and o["status"] == "shipped"]
    lines_of = defaultdict(list)
    for x in LN:
        lines_of[x["order_id"]].append(x)
    eur = lambda o: sum((x["line_amount"] * fx(od(o), o["currency_code"]) for x in lines_of[o["order_id"]]), Decimal(0))  # noqa: E731
    g = defaultdict(Decimal)
    for o in shipped:
        if 2023 <= fy_of(od(o)) <= 2025:
            g[fy_of(od(o))] += eur(o)
    A[13] = [(k, r(v)) for k, v in g.items()]
    A[14] = [(cc, sum((m["litres"] for m in BOND[cc] if m["movement_type"] == "out_duty_paid" and U(2024, 7) <= m["moved_at_utc"] < U(2025, 7)), Decimal(0))) for cc in BOND]
    A[15] = [(*k, v) for k, v in Counter((wcode(t["winery_id"]), t["weighed_at_local"].month) for t in LIVE if t["vintage"] == 2024).items()]
    g = defaultdict(Decimal)
    for t in LIVE:
        if t["status"] == "accepted" and t["vintage"] in (2023, 2024):
            gr = own_on(t["block_id"], ld(t))
            if gr["grower_type"] == "contract":
                g[gr["name"]] += t["net_tonnes"]
    A[16] = [(k, r(v, 3)) for k, v in g.items()]
    g = Counter()
    for b in RUNS:
        if b["status"] == "completed" and 2023 <= fy_of(b["bottled_on"]) <= 2025:
            g[(wcode(LOTS[b["lot_id"]]["winery_id"]), fy_of(b["bottled_on"]))] += b["cases"]
    A[17] = [(*k, v) for k, v in g.items()]
    g = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    for i in INV:
        if i["invoiced_on"].year == 2024:
            a = g[i["currency_code"]]
            a[0] += 1
            a[1] += i["amount"]
            a[2] += i["amount"] * fx(i["invoiced_on"], i["currency_code"])
    A[18] = [(k, a[0], a[1], r(a[2])) for k, a in g.items()]
    g = defaultdict(list)
    for i in INV:
        if i["paid_on"] and date(2023, 7, 1) <= i["paid_on"] <= date(2024, 6, 30):
            g[CU[OL[i["order_id"]]["customer_id"]]["channel"]].append((i["paid_on"] - i["invoiced_on"]).days)
    A[19] = [(k, r(Decimal(sum(v)) / len(v))) for k, v in g.items()]
    g = defaultdict(lambda: [set(), Decimal(0)])
    for f in BF:
        if f["filled_on"].year == 2024:
            a = g[BR[f["barrel_id"]]["oak_origin"]]
            a[0].add(f["barrel_id"])
            a[1] += f["litres"]
    A[20] = [(k, len(a[0]), a[1]) for k, a in g.items()]

    # order_by
    g = defaultdict(Decimal)
    for t in LEG:
        if t["status_code"] == "A":
            g[BM[t["old_block_code"]]] += Decimal(t["net_kg"]) / 1000
    for t in TG:
        if t["status"] == "accepted" and 2022 <= t["vintage"] <= 2024:
            g[t["block_id"]] += t["net_tonnes"]
    A[21] = sorted([(B[k]["block_code"], r(v, 3)) for k, v in g.items()], key=lambda x: (-x[1], x[0]))[:5]
    g = defaultdict(Decimal)
    for o in shipped:
        if fy_of(od(o)) == 2024:
            g[o["customer_id"]] += eur(o)
    A[22] = sorted([(CU[k]["customer_no"], CU[k]["name"], r(v)) for k, v in g.items()], key=lambda x: (-x[2], x[0]))[:10]
    g = defaultdict(list)
    for t in LIVE:
        if t["vintage"] == 2024 and t["status"] == "accepted":
            g[(wcode(t["winery_id"]), B[t["block_id"]]["block_code"])].append(t["brix"])
    per = defaultdict(list)
    for (w, b), v in g.items():
        per[w].append((b, Decimal(sum(v)) / len(v)))
    A[23] = []
    for w in sorted(per):
        for k, (b, a) in enumerate(sorted(per[w], key=lambda x: (-x[1], x[0]))[:3], 1):
            A[23].append((w, b, r(a), k))
    A[24] = [(t["tag_no"], wcode(t["winery_id"])) for t in sorted(LIVE, key=lambda t: (-t["weighed_at_utc"].timestamp(), t["tag_no"]))[:10]]
    g = defaultdict(Counter)
    for o in O:
        if ok(o) and o["status"] != "cancelled" and od(o).year == 2024:
            for x in lines_of[o["order_id"]]:
                g[o["currency_code"]][x["sku"]] += x["cases"]
    A[25] = []
    for c in sorted(g):
        for k, (s, n) in enumerate(sorted(g[c].items(), key=lambda kv: (-kv[1], kv[0]))[:3], 1):
            A[25].append((c, s, n, k))
    dd = date(2024, 12, 31)
    g = defaultdict(lambda: [0, Decimal(0)])
    for f in BF:
        if f["filled_on"] <= dd and (f["emptied_on"] is None or f["emptied_on"] > dd):
            a = g[LOTS[f["lot_id"]]["lot_code"]]
            a[0] += 1
            a[1] += f["litres"]
    A[26] = sorted([(k, a[0], a[1]) for k, a in g.items()], key=lambda x: (-x[2], x[0]))
    g = Counter({t["tank_code"]: 0 for t in TK.values()})
    for t in LEG:
        if t["status_code"] == "A":
            g[TK[TM[t["old_tank_code"]]]["tank_code"]] += 1
    for t in TG:
        if t["status"] == "accepted" and 2022 <= t["vintage"] <= 2024:
            g[TK[t["receiving_tank_id"]]["tank_code"]] += 1
    A[27] = sorted(g.items(), key=lambda kv: (-kv[1], kv[0]))
    g = defaultdict(Decimal)
    for i in INV:
        if i["paid_on"] is None:
            g[CU[OL[i["order_id"]]["customer_id"]]["customer_no"]] += i["amount"] * fx(i["invoiced_on"], i["currency_code"])
    A[28] = sorted([(k, r(v)) for k, v in g.items()], key=lambda x: (-x[1], x[0]))[:5]
    fp = [p for p in tab(d, "fiscal_periods") if p["fiscal_year"] == 2025]
    A[29] = []
    for p in sorted(fp, key=lambda p: p["fiscal_month"]):
        n = sum(x["cases"] for o in shipped if p["period_start"] <= o["shipped_on"] <= p["period_end"] for x in lines_of[o["order_id"]])
        A[29].append((p["fiscal_month"], p["period_start"], n))
    pe = lambda s, dd: [p["price_per_case"] for p in PL if p["sku"] == s and p["currency_code"] == "EUR" and valid(p, dd)][0]  # noqa: E731
    rows = []
    for s in sorted({p["sku"] for p in PL}):
        a, b = pe(s, date(2024, 1, 1)), pe(s, date(2025, 1, 1))
        rows.append((s, a, b, r(100 * (b - a) / a)))
    A[30] = sorted(rows, key=lambda x: (-x[3], x[0]))

    # ratio
    g = defaultdict(lambda: [0, 0])
    for t in TG:
        if 2022 <= t["vintage"] <= 2024:
            a = g[wcode(t["winery_id"])]
            a[0] += t["status"] == "rejected"
            a[1] += 1
    A[31] = [(k, r(Decimal(100 * a[0]) / a[1])) for k, a in g.items()]
    tot = usd = Decimal(0)
    for o in shipped:
        if fy_of(od(o)) == 2025:
            e = eur(o)
            tot += e
            usd += e if o["currency_code"] == "USD" else 0
    A[32] = [(r(100 * usd / tot),)]
    g = defaultdict(lambda: [0, 0])
    for o in O:
        if ok(o) and 2023 <= fy_of(od(o)) <= 2025:
            a = g[fy_of(od(o))]
            a[0] += o["status"] == "cancelled"
            a[1] += 1
    A[33] = [(k, r(Decimal(100 * a[0]) / a[1])) for k, a in g.items()]
    g = Counter()
    for b in RUNS:
        if b["status"] == "completed" and LOTS[b["lot_id"]]["vintage"] == 2021:
            g[b["lot_id"]] += b["cases"]
    A[34] = [(LLM[k], r(Decimal(100 * 9 * v) / LOTS[k]["volume_l"])) for k, v in g.items()]
    comps = defaultdict(list)
    for c in LC:
        comps[c["blend_lot_id"]].append(c)

    def comp(lid):
        if not comps[lid]:
            return {LOTS[lid]["variety_code"]: Decimal(1)}
        tot = sum(c["volume_l"] for c in comps[lid])
        res = defaultdict(Decimal)
        for c in comps[lid]:
            for v, f in comp(c["source_lot_id"]).items():
                res[v] += c["volume_l"] / tot * f
        return res
    A[35] = [(l_["lot_code"], v, r(100 * f)) for l_ in LOTS.values() if l_["vintage"] == 2023 and l_["lot_code"].endswith("-RSV") for v, f in comp(l_["lot_id"]).items()]
    g = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for t in LIVE:
        if t["vintage"] == 2024 and t["status"] == "accepted":
            a = g[wcode(t["winery_id"])]
            a[1] += t["net_tonnes"]
            if own_on(t["block_id"], ld(t))["grower_type"] == "estate":
                a[0] += t["net_tonnes"]
    A[36] = [(k, r(100 * a[0] / a[1])) for k, a in g.items()]
    A[37] = []
    for cc, ms in BOND.items():
        rel = [m for m in ms if m["movement_type"] in ("out_export", "out_duty_paid") and U(2024) <= m["moved_at_utc"] < U(2025)]
        if rel:
            A[37].append((cc, r(100 * sum(m["litres"] for m in rel if m["movement_type"] == "out_export") / sum(m["litres"] for m in rel))))
    g = defaultdict(lambda: [0, 0])
    for i in INV:
        if date(2023, 7, 1) <= i["due_on"] <= date(2024, 6, 30):
            a = g[i["currency_code"]]
            a[0] += i["paid_on"] is None or i["paid_on"] > i["due_on"]
            a[1] += 1
    A[38] = [(k, r(Decimal(100 * a[0]) / a[1])) for k, a in g.items()]
    g = defaultdict(lambda: [Decimal(0), 0])
    for o in shipped:
        if fy_of(od(o)) == 2025:
            a = g[CU[o["customer_id"]]["country_code"]]
            for x in lines_of[o["order_id"]]:
                a[0] += x["line_amount"] * fx(od(o), o["currency_code"])
                a[1] += x["cases"]
    A[39] = [(k, r(a[0] / a[1])) for k, a in g.items()]
    g = {b["block_id"]: Decimal(0) for b in B.values() if wcode(b["winery_id"]) == "NZ-MBO"}
    for t in LIVE:
        if t["vintage"] == 2024 and t["status"] == "accepted" and t["block_id"] in g:
            g[t["block_id"]] += t["net_tonnes"]
    A[40] = [(B[k]["block_code"], r(v / B[k]["area_ha"], 3)) for k, v in g.items()]

    # table_join
    g = Counter()
    for t in LEG:
        b = B[BM[t["old_block_code"]]]
        if t["status_code"] == "A" and wcode(b["winery_id"]) == "ZA-STB":
            g[(b["block_code"], TK[TM[t["old_tank_code"]]]["tank_code"])] += 1
    A[41] = [(*k, v) for k, v in g.items()]
    act = {o["customer_id"] for o in O if ok(o) and U(2025, 4) <= o["ordered_at_utc"] < U(2025, 7)}
    A[42] = [(c["customer_no"], c["name"]) for c in CU.values() if c["customer_id"] not in act]
    A[43] = []
    for o in O:
        if ok(o):
            for x in lines_of[o["order_id"]]:
                lp = [p["price_per_case"] for p in PL if p["sku"] == x["sku"] and p["currency_code"] == o["currency_code"] and valid(p, od(o))][0]
                if x["unit_price"] < lp:
                    A[43].append((o["order_no"], x["line_no"], x["sku"], x["unit_price"], lp))
    dd = date(2024, 3, 1)
    A[44] = [(b["block_code"], own_on(b["block_id"], dd)["name"], VN[var_on(b["block_id"], dd)]) for b in B.values()]
    A[45] = []
    for o in O:
        if ok(o) and o["status"] == "shipped" and date(2025, 6, 1) <= o["shipped_on"] <= date(2025, 6, 30):
            cc = W[o["winery_id"]]["country_code"]
            A[45] += [(o["order_no"], cc, m["document_ref"]) for m in BOND[cc] if m["order_no"] == o["order_no"]]
    lastf = {}
    for f in sorted(BF, key=lambda f: f["filled_on"]):
        lastf[f["barrel_id"]] = f
    A[46] = [(b["barrel_code"], LOTS[lastf[k]["lot_id"]]["lot_code"] if k in lastf else None, lastf[k]["filled_on"] if k in lastf else None) for k, b in BR.items()]
    A[47] = []
    for k in TK.values():
        if wcode(k["winery_id"]) == "PT-DOU":
            ts = [t for t in LIVE if t["receiving_tank_id"] == k["tank_id"] and t["vintage"] == 2023 and t["status"] == "accepted"]
            A[47].append((k["tank_code"], len(ts), sum((t["net_tonnes"] for t in ts), Decimal(0))))
    g = Counter()
    for b in RUNS:
        if b["status"] == "completed" and LOTS[b["lot_id"]]["vintage"] == 2021:
            g[(LLM[b["lot_id"]], b["sku"])] += b["cases"]
    A[48] = [(*k, v) for k, v in g.items()]
    g = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for i in INV:
        if date(2024, 7, 1) <= i["invoiced_on"] <= date(2025, 6, 30):
            a = g[CU[OL[i["order_id"]]["customer_id"]]["customer_no"]]
            e = i["amount"] * fx(i["invoiced_on"], i["currency_code"])
            a[0] += e
            if i["paid_on"] is not None:
                a[1] += e
    A[49] = [(k, r(a[0]), r(a[1])) for k, a in g.items()]

    def leaves(lid):
        if not comps[lid]:
            return {lid}
        return set().union(*(leaves(c["source_lot_id"]) for c in comps[lid]))
    A[50] = [(l_["lot_code"], LOTS[s]["lot_code"]) for l_ in LOTS.values() if l_["vintage"] == 2024 and l_["lot_code"].endswith("-RSV") for s in leaves(l_["lot_id"])]
    return A


def norm(rows):
    out = []
    for row in rows:
        nr = []
        for v in row:
            if isinstance(v, (int, Decimal)) and not isinstance(v, bool):
                v = Decimal(v)
                v = "0" if v == 0 else format(v.normalize(), "f")
            elif v is None:
                v = None
            else:
                v = str(v)
            nr.append(v)
        out.append(tuple(nr))
    return out


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/winery_ops.jsonl", encoding="utf-8")]
    server, conns = connect_all()
    allok = True
    print("| question | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(G.SEEDS)) + " |")
    print("|---|---|" + "---|" * len(G.SEEDS))
    try:
        res = {}
        for k, s in enumerate(G.SEEDS):
            A = answers(G.generate(s))
            for i, q in enumerate(qs, 1):
                with conns[k].cursor() as cur:
                    cur.execute(q["gold"][0])
                    gold = norm(cur.fetchall())
                mine = norm(A[i])
                same = gold == mine if q["order_matters"] else Counter(gold) == Counter(mine)
                res[(i, k)] = (same, len(gold))
                if not same:
                    allok = False
                    print("MISMATCH", q["id"], k, "gold", gold[:5], "py", mine[:5], file=sys.stderr)
        for i, q in enumerate(qs, 1):
            cells = [("match" if res[(i, k)][0] else "MISMATCH") + f" ({res[(i, k)][1]} rows)" for k in range(len(G.SEEDS))]
            print(f"| {q['id']} | {q['category']} | " + " | ".join(cells) + " |")
    finally:
        for c in conns:
            c.close()
        server.stop()
    print("\nALL MATCH" if allok else "\nSOME MISMATCH", f": {len(qs)} questions x {len(G.SEEDS)} instances")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
