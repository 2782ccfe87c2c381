"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance, run the gold SQL on the harness's loaded instance, compare.

Covers ALL questions of questions/ferry_ops.jsonl (h001-h018 from the pilot, h019.. the extension).
Run:  python bench/hard/ferry_ops/crosscheck.py [QUESTIONS_JSONL]
(needs psycopg2 and a clone of the harness at $HARNESS, default /tmp/ferry_ops-ext-h; see _harness.py)."""
import importlib.util
import json
from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

import sys

from ext_answers import answers_ext
from _harness import ROOT, open_fixture

getcontext().prec = 40
UTC = timezone.utc
spec = importlib.util.spec_from_file_location("ferry_gen_x", ROOT / "schemas/ferry_ops/generate.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in G.TABLES}


def tab(d, name):
    return [dict(zip(COLS[name], row)) for row in d[name]]


def r2(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(a, b, n=2):
    return r2(Decimal(100) * Decimal(a) / Decimal(b), n)


def ts(y, m=1, dd=1):
    return datetime(y, m, dd, tzinfo=UTC)


def answers(d):
    S = tab(d, "archive_sailings") + tab(d, "sailings")
    sail = {s["sailing_id"]: s for s in S}
    routes = {r["route_id"]: r for r in tab(d, "routes")}
    fx = {(x["rate_date"], x["currency_code"]): x["eur_per_unit"] for x in tab(d, "fx_rates")}
    B = tab(d, "bookings")
    bk = {b["booking_id"]: b for b in B}
    ttype = {t["ticket_type_code"]: t for t in tab(d, "ticket_types")}
    LD = {x["departure_no"]: x for x in tab(d, "legacy_departures")}
    LB = tab(d, "legacy_bookings")
    omap = {m["old_route_code"]: m["route_id"] for m in tab(d, "legacy_route_code_map")}
    in2021 = lambda dep: date(2021, 1, 1) <= dep["departure_date"] <= date(2021, 12, 31)  # noqa: E731
    A = {}
    A[1] = [(s["sailing_code"],) for s in S if s["status"] == "cancelled" and s["cancel_reason_code"] == "WX"
            and ts(2022, 11, 1) <= s["scheduled_departure_utc"] < ts(2023, 3, 1)]
    A[2] = [(f["bunker_id"],) for f in tab(d, "fuel_bunkering") if f["bunkered_at"].year == 2024
            and f["price_per_tonne"] * fx[(f["bunkered_at"].date(), f["currency_code"])] > 700]
    A[3] = [(sum(b["pax_child"] for b in LB if b["status"] == "R" and in2021(LD[b["departure_no"]])
                 and routes[omap[LD[b["departure_no"]]["old_route_code"]]]["route_code"] == "KEL-GOT"),)]
    A[4] = [(s["sailing_id"]) for s in tab(d, "sailings") if s["scheduled_departure_local"].year == 2024
            and (s["scheduled_departure_local"].hour, s["scheduled_departure_local"].minute) >= (22, 0)]
    A[4] = [(len(A[4]),)]
    # boarding: take ONLY the partition whose name matches each sailing's region and year, and check that
    bc = {}
    for reg, _ in G.REGIONS:
        for y in (2022, 2023, 2024, 2025):
            for row in tab(d, f"boarding_counts_{reg}_{y}"):
                s = sail[row["sailing_id"]]
                assert routes[s["route_id"]]["region_code"] == reg and s["scheduled_departure_utc"].year == y and s["status"] == "completed"
                bc[row["sailing_id"]] = row["passengers_boarded"]
    tot = Counter()
    for sid, p in bc.items():
        s = sail[sid]
        if s["scheduled_departure_utc"].year == 2024:
            tot[routes[s["route_id"]]["region_code"]] += p
    A[5] = [(k, v) for k, v in tot.items()]
    # revenue helpers
    def rev_rows(pred):
        for t in tab(d, "tickets"):
            b = bk[t["booking_id"]]
            if b["deleted_at"] is None and b["status"] in ("travelled", "no_show"):
                s = sail[b["sailing_id"]]
                if pred(s):
                    yield s, t, t["price_amount"] * fx[(b["booked_at"].astimezone(UTC).date(), b["currency_code"])]
    rv = defaultdict(Decimal)
    for s, t, eur in rev_rows(lambda s: date(2024, 4, 1) <= s["scheduled_departure_utc"].date() <= date(2025, 3, 31)):
        rv[routes[s["route_id"]]["route_code"]] += eur
    A[6] = [(k, r2(v)) for k, v in rv.items()]
    cnt = Counter({2021: sum(1 for x in LD.values() if x["cancelled"] == "N" and in2021(x))})
    for s in S:
        if s["status"] == "completed" and s["scheduled_departure_utc"].year <= 2024:
            cnt[s["scheduled_departure_utc"].year] += 1
    A[7] = list(cnt.items())
    names = defaultdict(list)
    for h in tab(d, "vessel_name_history"):
        names[h["vessel_id"]].append(h)
    def name_on(v, dd):
        m = [h["name"] for h in names[v] if h["valid_from"] <= dd and (h["valid_to"] is None or dd < h["valid_to"])]
        assert len(m) == 1
        return m[0]
    vc = Counter(name_on(s["vessel_id"], s["scheduled_departure_utc"].date()) for s in S
                 if s["status"] == "completed" and s["scheduled_departure_utc"].year <= 2024)
    A[8] = list(vc.items())
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    cc = Counter(b["customer_id"] for b in tab(d, "archive_bookings") + B if b["status"] == "travelled" and b["deleted_at"] is None
                 and sail[b["sailing_id"]]["scheduled_departure_utc"].year <= 2024)
    top = sorted(cc.items(), key=lambda kv: (-kv[1], cust[kv[0]]["customer_no"]))[:5]
    A[9] = [(cust[c]["customer_no"], cust[c]["full_name"], n) for c, n in top]
    mc = {v["vessel_id"]: Decimal(0) for v in tab(d, "vessels")}
    for m in tab(d, "maintenance_orders"):
        if m["status"] == "closed" and date(2023, 1, 1) <= m["closed_on"] <= date(2024, 12, 31):
            mc[m["vessel_id"]] += m["cost_amount"] * fx[(m["closed_on"], m["currency_code"])]
    vn = {v["vessel_id"]: v["name"] for v in tab(d, "vessels")}
    A[10] = sorted([(vn[v], r2(c)) for v, c in mc.items()], key=lambda x: (-x[1], x[0]))
    b23 = sorted([(sail[s]["sailing_code"], routes[sail[s]["route_id"]]["route_code"], p) for s, p in bc.items()
                  if sail[s]["scheduled_departure_utc"].year == 2023], key=lambda x: (-x[2], x[0]))
    A[11] = b23[:10]
    tot, canc = Counter(), Counter()
    for s in S:
        if s["scheduled_departure_utc"].year <= 2024:
            rc = routes[s["route_id"]]["route_code"]
            tot[rc] += 1
            canc[rc] += s["status"] == "cancelled"
    A[12] = [(rc, pct(canc[rc], n)) for rc, n in tot.items()]
    cap = {v["vessel_id"]: v["pax_capacity"] for v in tab(d, "vessels")}
    pb, pc = Counter(), Counter()
    for sid, p in bc.items():
        s = sail[sid]
        if s["scheduled_departure_utc"].year == 2024:
            rc = routes[s["route_id"]]["route_code"]
            pb[rc] += p
            pc[rc] += cap[s["vessel_id"]]
    A[13] = [(rc, pct(pb[rc], pc[rc], 1)) for rc in pb]
    veh = allr = Decimal(0)
    for s, t, eur in rev_rows(lambda s: s["scheduled_departure_utc"].year == 2024):
        allr += eur
        veh += eur if ttype[t["ticket_type_code"]]["is_vehicle"] else 0
    A[14] = [(pct(veh, allr),)]
    l21 = [b for b in LB if in2021(LD[b["departure_no"]])]
    a22 = [b for b in tab(d, "archive_bookings") if b["deleted_at"] is None and sail[b["sailing_id"]]["scheduled_departure_utc"].year == 2022]
    A[15] = [(2021, pct(sum(b["status"] == "K" for b in l21), len(l21))), (2022, pct(sum(b["status"] == "cancelled" for b in a22), len(a22)))]
    rh = defaultdict(list)
    for h in tab(d, "crew_rank_history"):
        rh[h["crew_id"]].append(h)
    title = {k["rank_code"]: k["title"] for k in tab(d, "ranks")}
    hrs = defaultdict(Decimal)
    for a in tab(d, "archive_crew_assignments") + tab(d, "crew_assignments"):
        dd = sail[a["sailing_id"]]["scheduled_departure_utc"].date()
        if dd.year in (2022, 2023):
            m = [h["rank_code"] for h in rh[a["crew_id"]] if h["valid_from"] <= dd and (h["valid_to"] is None or dd < h["valid_to"])]
            assert len(m) == 1
            hrs[title[m[0]]] += a["hours_on_duty"]
    A[16] = list(hrs.items())
    pr = Counter()
    for b in l21:
        if b["status"] != "K":
            pr[routes[omap[LD[b["departure_no"]]["old_route_code"]]]["route_code"]] += b["pax_adult"] + b["pax_child"]
    A[17] = list(pr.items())
    A[18] = [(routes[f["route_id"]]["route_code"], f["price_eur"]) for f in tab(d, "fare_history") if f["ticket_type_code"] == "CAR"
             and f["valid_from"] <= date(2024, 7, 1) and (f["valid_to"] is None or f["valid_to"] > date(2024, 7, 1))]
    answers_ext(d, A)
    return A


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else ROOT / "questions/ferry_ops.jsonl"
    qs = [json.loads(line) for line in open(qpath, encoding="utf-8")]
    server, fx = open_fixture()
    import psycopg2
    bad = 0
    print("| question | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|" + "---|" * len(fx.seeds))
    try:
        per_inst = []
        for k, seed in enumerate(fx.seeds):
            A = answers(G.generate(seed))
            conn = psycopg2.connect(**server.admin.for_db(fx.instance_dbs[k]))
            res = {}
            with conn.cursor() as cur:
                for i, q in enumerate(qs, 1):
                    cur.execute(q["gold"][0])
                    rows = [tuple(norm(v) for v in r) for r in cur.fetchall()]
                    py = [tuple(norm(v) for v in r) for r in A[int(q["id"][-3:])]]
                    same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
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


if __name__ == "__main__":
    raise SystemExit(main())
