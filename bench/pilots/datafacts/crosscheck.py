"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance (no SQL), run the gold SQL on the harness's loaded instance, compare.
The Python side reads the facts the way an analyst who explored the data would (unit spellings,
'PRG nn' codes, padded item codes, cents, negative credits, DD/MM/YYYY text, 'LASTNAME, Firstname').

Run:  EVAL_CACHE_ROOT=/tmp/datafacts-cache python bench/pilots/datafacts/crosscheck.py
(needs a clone of the harness at $HARNESS, default /tmp/datafacts-h)."""
import importlib.util
import json
from collections import Counter, defaultdict
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import HERE, open_fixture
from eval.db import pgconn

getcontext().prec = 50
UTC = timezone.utc
spec = importlib.util.spec_from_file_location("linen_gen_x", HERE / "schemas/linen_service/generate.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in G.TABLES}


def tab(d, name):
    return [dict(zip(COLS[name], row)) for row in d[name]]


def rnd(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(a, b, n=2):
    return rnd(Decimal(100) * Decimal(a) / Decimal(b), n)


def dmy(s):
    return datetime.strptime(s, "%d/%m/%Y").date()


def answers(d):
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    real = {k for k, c in cust.items() if c["account_type"] != "ZZ_TEST"}
    sites = {s["site_id"]: s for s in tab(d, "customer_sites")}
    runs = {r["run_id"]: r for r in tab(d, "route_runs")}
    routes = {r["route_id"]: r for r in tab(d, "routes")}
    plant_code = {p["plant_id"]: p["plant_code"] for p in tab(d, "plants")}
    stops = tab(d, "delivery_stops")
    invoices = tab(d, "invoices")
    inv = {i["invoice_id"]: i for i in invoices}
    payments = tab(d, "payments")
    credits = tab(d, "credit_notes")
    products = {p["product_id"]: p for p in tab(d, "products")}
    cats = {c["category_code"]: c["category_name"] for c in tab(d, "product_categories")}
    claims = tab(d, "damage_claims")
    A = {}
    # 1
    A[1] = [(sum(1 for s in stops if s["status"] == "Delivered" and cust[sites[s["site_id"]]["customer_id"]]["account_type"] == "HOSPITAL"
                 and date(2025, 6, 1) <= runs[s["run_id"]]["run_date"] <= date(2025, 6, 30)),)]
    # 2
    A[2] = [(c["claim_no"],) for c in claims if date(2024, 3, 1) <= dmy(c["reported_on"]) <= date(2024, 3, 31)]
    # 3
    bstart = {b["batch_id"]: b["started_at"] for b in tab(d, "wash_batches")}
    A[3] = [(sum(j["qty"] for j in tab(d, "rejects") if j["reason"].strip().lower() == "stain"
                 and datetime(2024, 1, 1, tzinfo=UTC) <= bstart[j["batch_id"]] < datetime(2025, 1, 1, tzinfo=UTC)),)]
    # 4
    A[4] = [(i["invoice_no"],) for i in invoices if i["customer_id"] in real and i["status"] == "Open"
            and i["invoice_date"].year == 2024 and i["due_date"] < date(2025, 6, 30)]
    # 5
    acc = defaultdict(Decimal)
    for s in stops:
        rd = runs[s["run_id"]]["run_date"]
        if s["soil_weight"] is not None and date(2025, 1, 1) <= rd <= date(2025, 3, 31):
            u = s["soil_weight_unit"].strip().lower()
            assert u in ("kg", "kilogram", "lbs"), u
            w = s["soil_weight"] * Decimal("0.45359237") if u == "lbs" else s["soil_weight"]
            acc[plant_code[routes[runs[s["run_id"]]["route_id"]]["plant_id"]]] += w
    A[5] = [(k, rnd(v, 1)) for k, v in acc.items()]
    # 6
    A[6] = list(Counter(cust[k["customer_id"]]["account_type"] for k in tab(d, "contracts")
                        if k["customer_id"] in real and k["valid_to"] == date(9999, 12, 31)).items())
    # 7
    acc = defaultdict(int)
    for p in payments:
        if p["paid_on"].year == 2024:
            acc[p["paid_on"].month] += p["amount"]
    A[7] = [(m, rnd(Decimal(c) / 100)) for m, c in acc.items()]
    # 8: parse the payroll export's 'LASTNAME, Firstname' and match it to the drivers table
    ot = defaultdict(Decimal)
    for h in tab(d, "payroll_hours"):
        if date(2024, 1, 1) <= h["period_start"] <= date(2024, 12, 1):
            last, first = h["employee_name"].split(", ")
            ot[(first, last)] += h["overtime_hours"]
    rows = []
    for dr in tab(d, "drivers"):
        key = next((k for k in ot if k[0] == dr["first_name"] and k[1] == dr["last_name"].upper()), None)
        if key:
            rows.append((dr["first_name"], dr["last_name"], ot[key]))
    rows.sort(key=lambda x: (-x[2], x[1], x[0]))
    A[8] = rows[:5]
    # 9
    cred = defaultdict(Decimal)
    for c in credits:
        cred[c["invoice_id"]] += c["amount"]          # stored negative
    net = defaultdict(Decimal)
    for i in invoices:
        if i["customer_id"] in real and i["status"] != "Void" and i["invoice_date"].year == 2024:
            net[i["customer_id"]] += i["total_amount"] + cred[i["invoice_id"]]
    rows = sorted(((cust[k]["customer_no"], cust[k]["name"], rnd(v)) for k, v in net.items()), key=lambda x: (-x[2], x[0]))
    A[9] = rows[:10]
    # 10
    progs = {p["program_code"]: p for p in tab(d, "wash_programs")}
    by_no = {p["controller_no"]: p for p in progs.values()}
    mcode = {m["machine_id"]: m["machine_code"] for m in tab(d, "machines")}
    cnt = Counter()
    for b in tab(d, "wash_batches"):
        p = progs.get(b["program_code"]) or by_no[int(b["program_code"].split()[1])]
        if p["is_disinfection"] and b["started_at"].year == 2024:
            cnt[mcode[b["machine_id"]]] += 1
    A[10] = sorted(cnt.items(), key=lambda x: (-x[1], x[0]))[:5]
    # 11
    num, den = Counter(), Counter()
    for s in stops:
        r = runs[s["run_id"]]
        if r["run_date"].year == 2024 and s["status"] != "Cancelled":
            pc = plant_code[routes[r["route_id"]]["plant_id"]]
            den[pc] += 1
            num[pc] += s["status"] == "Refused"
    A[11] = [(pc, pct(num[pc], den[pc])) for pc in den]
    # 12
    paid = defaultdict(int)
    for p in payments:
        paid[p["invoice_id"]] += p["amount"]
    n12, d12 = defaultdict(Decimal), defaultdict(Decimal)
    for i in invoices:
        if i["customer_id"] in real and i["status"] != "Void" and i["invoice_date"].year == 2024:
            at = cust[i["customer_id"]]["account_type"]
            n12[at] += Decimal(paid[i["invoice_id"]]) / 100
            d12[at] += i["total_amount"]
    A[12] = [(at, pct(n12[at], d12[at])) for at in d12]
    # 13
    disc = defaultdict(list)
    for k in tab(d, "contracts"):
        if k["customer_id"] in real and k["valid_from"] <= date(2025, 6, 30) <= k["valid_to"]:
            disc[cust[k["customer_id"]]["account_type"]].append(k["discount"])
    A[13] = [(at, rnd(Decimal(100) * sum(v) / len(v))) for at, v in disc.items()]
    # 14
    price = {}
    for p in tab(d, "price_list"):
        if p["valid_from"] <= date(2025, 6, 30) <= p["valid_to"]:
            assert p["item_code"].strip() not in price
            price[p["item_code"].strip()] = p["weekly_rental_eur"]
    acc = defaultdict(Decimal)
    for pl in tab(d, "site_par_levels"):
        acc[plant_code[sites[pl["site_id"]]["plant_id"]]] += pl["par_qty"] * price[products[pl["product_id"]]["item_code"]]
    A[14] = [(k, rnd(v)) for k, v in acc.items()]
    # 15
    vplant = {v["reg_plate"].replace("-", ""): v["plant_id"] for v in tab(d, "vehicles")}
    acc = defaultdict(Decimal)
    for f in tab(d, "fuel_transactions"):
        if f["txn_at"].year == 2024:
            acc[plant_code[vplant[f["plate"]]]] += f["amount_eur"]
    A[15] = [(k, rnd(v)) for k, v in acc.items()]
    # 16
    acc = Counter()
    for c in claims:
        if cust[c["customer_id"]]["account_type"] == "HOSPITAL" and date(2025, 1, 1) <= dmy(c["reported_on"]) <= date(2025, 6, 30):
            acc[cats[products[c["product_id"]]["category_code"]]] += c["qty"]
    A[16] = list(acc.items())
    return A


def norm(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, Decimal)):
        return Decimal(v).normalize()
    return v


def main():
    qs = [json.loads(line) for line in open(HERE / "questions.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    bad = 0
    print("| question | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|" + "---|" * len(fx.seeds))
    try:
        per_inst = []
        for k, seed in enumerate(fx.seeds):
            A = answers(G.generate(seed))
            conn = pgconn.connect(server.admin.for_db(fx.instance_dbs[k]))
            res = {}
            with conn.cursor() as cur:
                for i, q in enumerate(qs, 1):
                    cur.execute(q["gold"][0])
                    rows = [tuple(norm(v) for v in r) for r in cur.fetchall()]
                    py = [tuple(norm(v) for v in r) for r in A[i]]
                    same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                    if not same:
                        print(f"  {q['id']} inst {k}: sql {rows[:6]} python {py[:6]}")
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
