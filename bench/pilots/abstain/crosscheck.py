"""Independent cross-check of every ANSWERABLE gold: recompute each answer in plain Python over the
rows of generate(seed) for every instance, run the gold SQL through the harness's sandboxed executor
on the loaded instance, compare.  Also checks, on the same rows, the data facts that the
unanswerable questions rely on (the documented gaps really are gaps in the data, and the data the
question asks about exists, so "I do not know" is the only right answer).

Run (from the repo root of a harness clone, or anywhere):
  EVAL_CACHE_ROOT=/tmp/abstain-cache HARNESS=/tmp/abstain-h python bench/pilots/abstain/crosscheck.py
(needs psycopg 3 and the harness's requirements; see README.md)."""
import json
import re
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import HERE, load_generator, open_fixture
from eval.db.executor import Executor

getcontext().prec = 50
UTC = timezone.utc
G = load_generator()


def columns_from_ddl():
    """Column names per table, in DDL order, read from schema.sql (rows of generate() are positional)."""
    cols = {}
    text = (HERE / "schemas/fab_lots/schema.sql").read_text(encoding="utf-8")
    for m in re.finditer(r"CREATE TABLE (\w+) \((.*?)\n\);", text, re.S):
        names = []
        for line in m.group(2).splitlines():
            w = line.strip().split()
            if w and w[0] not in ("PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "CONSTRAINT") and not w[0].startswith("("):
                names.append(w[0])
        cols[m.group(1)] = names
    return cols


COLS = columns_from_ddl()


def tab(d, name):
    out = []
    for row in d[name]:
        assert len(row) == len(COLS[name]), (name, row)
        out.append(dict(zip(COLS[name], row)))
    return out


def rnd(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def utc(y, m=1, dd=1):
    return datetime(y, m, dd, tzinfo=UTC)


def answers(d):
    """pair -> expected rows of the answerable question of that pair."""
    tools = {t["tool_id"]: t for t in tab(d, "tools")}
    area = {a["area_id"]: a["area_code"] for a in tab(d, "process_areas")}
    etch = {i for i, t in tools.items() if area[t["area_id"]] == "ETCH"}
    A = {}
    # p01: lot steps tracked out in 2024 (fab local wall clock), per tool
    c = Counter(tools[s["tool_id"]]["tool_code"] for s in tab(d, "lot_steps")
                if s["track_out"] is not None and datetime(2024, 1, 1) <= s["track_out"] < datetime(2025, 1, 1))
    A["p01"] = list(c.items())
    # p02: parts cost of Etch repairs opened in 2024 (UTC), current list price; repairs without parts add 0
    price = {p["part_no"]: p["unit_price_usd"] for p in tab(d, "parts")}
    used = defaultdict(list)
    for mp in tab(d, "maintenance_parts"):
        used[mp["event_id"]].append(mp)
    cost = {}
    for e in tab(d, "maintenance_events"):
        if e["tool_id"] in etch and e["event_type"] == "repair" and utc(2024) <= e["started_at"] < utc(2025):
            code = tools[e["tool_id"]]["tool_code"]
            cost[code] = cost.get(code, Decimal(0)) + sum((mp["quantity"] * price[mp["part_no"]] for mp in used[e["event_id"]]), Decimal(0))
    A["p02"] = [(k, rnd(v)) for k, v in cost.items()]
    # p03: 2024 (UTC) shipments in USD at the rate of the UTC shipping date, per customer name
    rate = {(r["currency_code"], r["rate_date"]): r["usd_per_unit"] for r in tab(d, "currency_rates")}
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    usd = defaultdict(Decimal)
    ships = tab(d, "shipments")
    for s in ships:
        t = s["shipped_at"].astimezone(UTC)
        if t.year == 2024:
            usd[cust[s["customer_id"]]["name"]] += s["invoice_amount"] * rate[(s["currency_code"], t.date())]
    A["p03"] = [(k, rnd(v)) for k, v in usd.items()]
    # p04: wafers scrapped per month of 2024
    wafers = tab(d, "wafers")
    c = Counter(w["scrapped_on"].month for w in wafers if w["scrapped_on"] is not None and w["scrapped_on"].year == 2024)
    A["p04"] = list(c.items())
    # p05: B07 die on wafers tested 2024-07-01..2024-09-30
    tests = {t["wafer_id"]: t for t in tab(d, "sort_tests")}
    bins = tab(d, "sort_bins")
    A["p05"] = [(sum(b["die_count"] for b in bins if b["bin_code"] == "B07"
                     and date(2024, 7, 1) <= tests[b["wafer_id"]]["test_date"] <= date(2024, 9, 30)),)]
    # p06: FY2025 quarters (FY = Oct..Sep, named by the end year), computed from the calendar, not fiscal_periods
    def fq(dd):
        fy = dd.year + (dd.month >= 10)
        q = (dd.month - 10) // 3 + 1 if dd.month >= 10 else (dd.month - 1) // 3 + 2
        return fy, q
    nw = Counter()
    for sl in tab(d, "shipment_lots"):
        nw[sl["shipment_id"]] += sl["wafers_shipped"]
    n, w = Counter(), Counter()
    for s in ships:
        fy, q = fq(s["shipped_at"].astimezone(UTC).date())
        if fy == 2025:
            n[q] += 1
            w[q] += nw[s["shipment_id"]]
    A["p06"] = [(q, n[q], w[q]) for q in (1, 2, 3, 4)]
    # p07: Etch tools in service and their serial numbers
    A["p07"] = [(t["tool_code"], t["serial_number"]) for i, t in tools.items() if i in etch and t["decommissioned_on"] is None]
    # p08: top 3 sign-off employees of 2024 repairs (ties: name ascending; C collation = code point order)
    emp = {e["employee_id"]: e["full_name"] for e in tab(d, "employees")}
    c = Counter(emp[e["signed_off_by"]] for e in tab(d, "maintenance_events")
                if e["event_type"] == "repair" and utc(2024) <= e["started_at"] < utc(2025))
    ranked = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    A["p08"] = ranked[:3]
    A["_p08_tie"] = len(ranked) > 3 and ranked[2][1] == ranked[3][1]
    # p09: hours down_unscheduled inside 2024 (UTC) per Etch tool, ordered
    secs = defaultdict(int)
    for h in tab(d, "tool_status_history"):
        if h["tool_id"] in etch and h["status_code"] == "down_unscheduled":
            a = max(h["valid_from"], utc(2024))
            b = min(h["valid_to"] or utc(2025), utc(2025))
            if b > a:
                secs[tools[h["tool_id"]]["tool_code"]] += int((b - a).total_seconds())
    hrs = [(k, rnd(Decimal(v) / 3600, 1)) for k, v in secs.items()]
    A["p09"] = sorted(hrs, key=lambda x: (-x[1], x[0]))
    # p10: recipe versions with valid_from in 2024 per recipe code
    rc = {r["recipe_id"]: r["recipe_code"] for r in tab(d, "recipes")}
    c = Counter(rc[v["recipe_id"]] for v in tab(d, "recipe_versions") if v["valid_from"].year == 2024)
    A["p10"] = list(c.items())
    # p11: pooled sort yield of 2024 tests per product
    lot_prod = {lt["lot_id"]: lt["product_id"] for lt in tab(d, "lots")}
    prod = {p["product_id"]: p for p in tab(d, "products")}
    wlot = {x["wafer_id"]: x["lot_id"] for x in wafers}
    good, tested = Counter(), Counter()
    t24 = [t for t in tests.values() if t["test_date"].year == 2024]
    for t in t24:
        pc = prod[lot_prod[wlot[t["wafer_id"]]]]["product_code"]
        good[pc] += t["dies_good"]
        tested[pc] += t["dies_tested"]
    A["p11"] = [(pc, rnd(Decimal(100) * good[pc] / tested[pc])) for pc in tested]
    # p12: price of PX-4021 on 2024-01-15 and its customer's currency
    px = next(p for p in prod.values() if p["product_code"] == "PX-4021")
    A["p12"] = [(h["price_per_wafer"], cust[px["customer_id"]]["currency_code"]) for h in tab(d, "product_price_history")
                if h["product_id"] == px["product_id"] and h["valid_from"] <= date(2024, 1, 15)
                and (h["valid_to"] is None or date(2024, 1, 15) < h["valid_to"])]
    # p13: % of 2024 wafers with yield strictly below 85 % (integer arithmetic: 100*good < 85*tested)
    A["p13"] = [(rnd(Decimal(100) * sum(100 * t["dies_good"] < 85 * t["dies_tested"] for t in t24) / len(t24)),)]
    return A


def facts(d):
    """Data facts behind the unanswerable questions: (label, holds?) on this instance's rows."""
    tools = tab(d, "tools")
    area = {a["area_id"]: a["area_code"] for a in tab(d, "process_areas")}
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    ships = tab(d, "shipments")
    tests = {t["wafer_id"]: t for t in tab(d, "sort_tests")}
    rates = tab(d, "currency_rates")
    hist = tab(d, "tool_status_history")
    vers = tab(d, "recipe_versions")
    prices = tab(d, "product_price_history")
    rec = {r["recipe_code"]: r["recipe_id"] for r in tab(d, "recipes")}
    ev = tab(d, "maintenance_events")
    f = []
    f.append(("p01 lot_steps has no operator column; employees roles are maintenance roles only",
              "operator" not in " ".join(COLS["lot_steps"]) and {e["role"] for e in tab(d, "employees")} <= {"technician", "engineer", "supervisor"}))
    f.append(("p02 there are 2024 Etch repairs that used parts (price history would matter)",
              any(e["event_type"] == "repair" and e["started_at"].year == 2024 and area[tools[e["tool_id"] - 1]["area_id"]] == "ETCH"
                  and any(mp["event_id"] == e["event_id"] for mp in tab(d, "maintenance_parts")) for e in ev)))
    s23 = [s for s in ships if s["shipped_at"].astimezone(UTC).year == 2023]
    f.append(("p03 no rate before 2024-01-01, and 2023 shipments in EUR and JPY exist",
              min(r["rate_date"] for r in rates) == date(2024, 1, 1) and {"EUR", "JPY"} <= {s["currency_code"] for s in s23}))
    f.append(("p04 wafers scrapped in 2024 exist; scrapped_on is a date",
              any(w["scrapped_on"] is not None and w["scrapped_on"].year == 2024 and type(w["scrapped_on"]) is date for w in tab(d, "wafers"))))
    q1 = [t for t in tests.values() if date(2024, 1, 1) <= t["test_date"] <= date(2024, 3, 31)]
    f.append(("p05 every sort_bins row belongs to a test dated >= 2024-07-01; Q1-2024 tests with failing die exist",
              all(tests[b["wafer_id"]]["test_date"] >= date(2024, 7, 1) for b in tab(d, "sort_bins"))
              and any(t["dies_good"] < t["dies_tested"] for t in q1)))
    f.append(("p06 FY2025 shipments exist; fiscal_periods has no week column",
              any(date(2024, 10, 1) <= s["shipped_at"].astimezone(UTC).date() <= date(2025, 9, 30) for s in ships)
              and not any("week" in c for c in COLS["fiscal_periods"])))
    dec24 = [t for t in tools if t["decommissioned_on"] is not None and t["decommissioned_on"].year == 2024]
    f.append(("p07 tools decommissioned in 2024 exist and all have serial_number NULL",
              bool(dec24) and all(t["serial_number"] is None for t in dec24)))
    f.append(("p08 2024 repairs exist; maintenance_events has no performer column",
              any(e["event_type"] == "repair" and e["started_at"].year == 2024 for e in ev) and COLS["maintenance_events"][-1] == "signed_off_by"))
    f.append(("p09 tool_status_history starts at 2024-01-01 00:00 UTC; Etch tools were in service during 2023",
              min(h["valid_from"] for h in hist) == utc(2024)
              and any(area[t["area_id"]] == "ETCH" and t["installed_on"] < date(2023, 1, 1) for t in tools)))
    v2 = [v for v in vers if v["recipe_id"] == rec["N40LP-ETCH-2"]]
    f.append(("p10 recipe_versions start at 2023-01-01 (N40LP-ETCH-2 has a version from 2023-01-01, none earlier)",
              min(v["valid_from"] for v in vers) == date(2023, 1, 1) and min(v["valid_from"] for v in v2) == date(2023, 1, 1)))
    f.append(("p10 no lot step before 2023-01-01 (lot_steps.version_no cannot tell the 2022 version either)",
              min(x["track_in"] for x in tab(d, "lot_steps")) >= datetime(2023, 1, 1)))
    f.append(("p11 no table about packaged parts / final test",
              not any(re.search(r"final|package", t) for t in COLS)))
    px = [p for p in tab(d, "products") if p["product_code"] == "PX-4021"][0]
    f.append(("p12 every product's first kept price starts 2023-07-01 (PX-4021 too)",
              all(min(h["valid_from"] for h in prices if h["product_id"] == p) == date(2023, 7, 1) for p in {h["product_id"] for h in prices})
              and any(h["product_id"] == px["product_id"] for h in prices)))
    lots_of = defaultdict(set)
    lot_prod = {lt["lot_id"]: lt["product_id"] for lt in tab(d, "lots")}
    for sl in tab(d, "shipment_lots"):
        lots_of[sl["shipment_id"]].add(lot_prod[sl["lot_id"]])
    f.append(("p12 no shipment with PX-4021 lots on UTC date 2023-03-01 (its invoice would reveal that day's price)",
              not any(s["shipped_at"].astimezone(UTC).date() == date(2023, 3, 1) and px["product_id"] in lots_of[s["shipment_id"]] for s in ships)))
    f.append(("p13 no die-level table or coordinate column", not any(c in ("x", "y", "die_x", "die_y") for cs in COLS.values() for c in cs)))
    return f


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


def main():
    qs = [json.loads(line) for line in open(HERE / "questions.jsonl", encoding="utf-8")]
    pair = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    assert sorted(pair[q["id"]] for q in qs) == [f"p{i:02d}" for i in range(1, 14)], "one answerable question per pair"
    server, fx = open_fixture()
    ex = Executor(server, timeout_s=60)
    bad = 0
    per_inst, fact_rows, notes = [], [], []
    try:
        for k, seed in enumerate(fx.seeds):
            d = G.generate(seed)
            A = answers(d)
            if A["_p08_tie"]:
                notes.append(f"inst {k}: p08 has a tie at rank 3 (broken by full_name)")
            res = {}
            for q in qs:
                out = ex.execute(fx.instance_dbs[k], q["gold"][0], max_chars=None)
                assert out.ok, (q["id"], out.error)
                rows = [tuple(norm(v) for v in r) for r in out.result.rows]
                py = [tuple(norm(v) for v in r) for r in A[pair[q["id"]]]]
                same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                if not same:
                    print(f"MISMATCH {q['id']} inst {k}:\n  sql {sorted(rows, key=str)[:8]}\n  py  {sorted(py, key=str)[:8]}")
                res[q["id"]] = (same, len(rows))
            per_inst.append(res)
            fact_rows.append(facts(d))
    finally:
        ex.close()
        server.stop()
    print("| question | pair | category | " + " | ".join(f"inst {k} (seed {s})" for k, s in enumerate(fx.seeds)) + " |")
    print("|---|---|---|" + "---|" * len(fx.seeds))
    for q in qs:
        cells = []
        for res in per_inst:
            same, n = res[q["id"]]
            bad += not same
            cells.append(f"{'match' if same else 'MISMATCH'} ({n} rows)")
        print(f"| {q['id']} | {pair[q['id']]} | {q['category']} | " + " | ".join(cells) + " |")
    print("\nData facts behind the unanswerable questions (all instances):")
    nf = 0
    for i, (label, _) in enumerate(fact_rows[0]):
        ok = [fr[i][1] for fr in fact_rows]
        nf += not all(ok)
        print(f"- {'ok  ' if all(ok) else 'FAIL'} {label}" + ("" if all(ok) else f" {ok}"))
    for n in notes:
        print("note:", n)
    print(f"\n{'ALL MATCH' if not bad else f'{bad} MISMATCHES'}: {len(qs)} answerable questions x {len(fx.seeds)} instances; "
          f"{'all facts hold' if not nf else f'{nf} FACTS FAIL'}")
    return 1 if bad or nf else 0


if __name__ == "__main__":
    raise SystemExit(main())
