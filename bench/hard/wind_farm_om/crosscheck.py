"""Independent cross-check of every gold: recompute each answer in plain Python over the rows of
generate(seed) for every instance, run the gold SQL on the harness's loaded instance, compare.

Run:  EVAL_CACHE_ROOT=/tmp/wind_farm_om-cache /tmp/wfo-venv/bin/python bench/hard/wind_farm_om/crosscheck.py
(needs psycopg2 and a clone of the harness at $HARNESS, default /tmp/wind_farm_om-h)."""
import importlib.util
import json
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, getcontext

from _harness import ROOT, open_fixture

getcontext().prec = 40
UTC = timezone.utc
spec = importlib.util.spec_from_file_location("wfo_gen_x", ROOT / "schemas/wind_farm_om/generate.py")
G = importlib.util.module_from_spec(spec)
spec.loader.exec_module(G)
COLS = {t["name"]: [c[0] for c in t["cols"]] for t in G.TABLES}
D = Decimal


def tab(d, *names):
    return [dict(zip(COLS[n], row)) for n in names for row in d[n]]


def r(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def ts(y, m=1, dd=1, h=0):
    return datetime(y, m, dd, h, tzinfo=UTC)


def top(counter_items, n, key):
    return sorted(counter_items, key=key)[:n]


def answers(d):
    A = {}
    turb = {t["turbine_id"]: t for t in tab(d, "turbines")}
    sites = {s["site_id"]: s for s in tab(d, "sites")}
    model = {m["model_code"]: m for m in tab(d, "turbine_models")}
    sev = {a["alarm_code"]: a for a in tab(d, "alarm_codes")}
    fx = {(x["rate_date"], x["currency_code"]): x["eur_per_unit"] for x in tab(d, "fx_rates")}
    eur = lambda amt, ccy, day: amt if ccy == "EUR" else amt * fx[(day, ccy)]  # noqa: E731
    AL = tab(d, "archive_alarms", "alarms")
    WO = tab(d, "archive_work_orders", "work_orders")
    wo = {w["wo_id"]: w for w in WO}
    LAB = tab(d, "archive_wo_labour", "wo_labour")
    PI = tab(d, "archive_part_issues", "part_issues")
    CO = tab(d, "archive_curtailment_orders", "curtailment_orders")
    ST = [s for s in tab(d, "archive_settlements", "settlements") if s["status"] in ("final", "provisional")]
    SC = tab(d, "scada_daily_dk", "scada_daily_de", "scada_daily_pl", "scada_daily_gb")
    techs = {t["technician_id"]: t for t in tab(d, "technicians")}
    GH = defaultdict(list)
    for h in tab(d, "technician_grade_history"):
        GH[h["technician_id"]].append(h)
    rate = {g["grade_code"]: g["hourly_rate_eur"] for g in tab(d, "technician_grades")}

    def grade(tid, day):
        m = [h["grade_code"] for h in GH[tid] if h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        assert len(m) <= 1
        return m[0] if m else None

    lmap = {m["old_turbine_code"]: m["turbine_id"] for m in tab(d, "legacy_turbine_code_map")}
    LW = tab(d, "legacy_work_orders")
    site_of = lambda tid: sites[turb[tid]["site_id"]]  # noqa: E731
    yr = lambda x: x.date().year  # noqa: E731  (aware UTC datetimes)
    real = [a for a in AL if not a["is_test"]]

    A[1] = [(a["alarm_id"],) for a in real if sev[a["alarm_code"]]["severity"] == 3 and date(2023, 12, 1) <= a["raised_at_utc"].date() <= date(2024, 1, 31)]
    A[2] = [(sum(1 for a in tab(d, "alarms") if not a["is_test"] and site_of(a["turbine_id"])["name"] == "Moray Firth East"
                 and a["raised_at_local"].year == 2025 and a["raised_at_local"].month == 4),)]
    deleted_wo = {w["wo_id"] for w in WO if w["deleted_at"] is not None}
    A[3] = [(p["issue_id"],) for p in PI if p["wo_id"] not in deleted_wo and yr(p["issued_at_utc"]) == 2024
            and eur(p["unit_price"], p["currency_code"], p["issued_at_utc"].date()) > 5000]
    A[4] = [(sum((w["labour_hours"] for w in LW if w["status_code"] != "X" and w["opened_on"].year == 2021 and turb[lmap[w["old_turbine_code"]]]["turbine_code"] == "RKB-T02"), D(0)),)]
    A[5] = [(techs[t]["employee_no"],) for t in techs if grade(t, date(2024, 6, 30)) == "T3"]
    A[6] = [(c["order_ref"],) for c in CO if c["revoked_at"] is None and c["start_utc"] < ts(2025) and c["end_utc"] > ts(2024, 10, 1)]
    A[7] = [(sum(1 for w in WO if w["wo_type"] == "CORR" and w["status"] == "closed" and w["deleted_at"] is None and yr(w["opened_at_utc"]) == 2023
                 and w["closed_at_utc"] - w["opened_at_utc"] > timedelta(days=7)),)]
    A[8] = [(turb[t]["turbine_code"],) for t in sorted({s["turbine_id"] for s in tab(d, "scada_daily_pl") if s["available_minutes"] == 0 and s["day"] <= date(2025, 3, 31)})]

    def ppa_price(p, day):
        m = [h["price_per_mwh"] for h in tab(d, "ppa_price_history") if h["ppa_id"] == p["ppa_id"] and h["valid_from"] <= day and (h["valid_to"] is None or day < h["valid_to"])]
        return m[0] if m else None
    PPA = tab(d, "ppa_contracts")
    A[9] = [(p["contract_ref"],) for p in PPA if ppa_price(p, date(2025, 1, 1)) is not None and eur(ppa_price(p, date(2025, 1, 1)), p["currency_code"], date(2025, 1, 1)) > 60]
    A[10] = [(w["legacy_wo_no"],) for w in LW if site_of(lmap[w["old_turbine_code"]])["name"] == "Słupsk Pomorze" and w["kind"] == "K" and w["status_code"] != "X" and w["labour_hours"] > 8]
    # group_by
    c = defaultdict(D)
    for s in SC:
        c[site_of(s["turbine_id"])["country_code"]] += s["energy_kwh"]
    A[11] = [(k, r(v / 1000, 3)) for k, v in c.items()]
    c = defaultdict(D)
    for s in ST:
        if date(2023, 7, 1) <= s["period_month"] <= date(2024, 6, 30):
            c[sites[s["site_id"]]["site_code"]] += eur(s["amount"], s["currency_code"], s["settled_on"])
    A[12] = [(k, r(v)) for k, v in c.items()]
    c = Counter({m: 0 for m in model})
    for w in WO:
        if w["wo_type"] == "CORR" and w["status"] != "cancelled" and w["deleted_at"] is None and 2022 <= yr(w["opened_at_utc"]) <= 2024:
            c[turb[w["turbine_id"]]["model_code"]] += 1
    A[13] = list(c.items())
    lab24 = [l for l in LAB if wo[l["wo_id"]]["deleted_at"] is None and l["work_date"].year == 2024]
    c = defaultdict(D)
    for l in lab24:
        c[grade(l["technician_id"], l["work_date"])] += l["hours"]
    A[14] = list(c.items())
    c = Counter()
    c[2021] = sum(1 for w in LW if w["status_code"] != "X" and w["opened_on"].year == 2021)
    for w in WO:
        if w["status"] != "cancelled" and w["deleted_at"] is None and yr(w["opened_at_utc"]) <= 2024:
            c[yr(w["opened_at_utc"])] += 1
    A[15] = list(c.items())
    c = defaultdict(D)
    for o in CO:
        if o["revoked_at"] is None and yr(o["start_utc"]) == 2024:
            c[o["reason_code"]] += D((o["end_utc"] - o["start_utc"]).total_seconds())
    A[16] = [(k, r(v / 3600)) for k, v in c.items()]
    c = Counter()
    for a in real:
        if sev[a["alarm_code"]]["severity"] >= 2 and yr(a["raised_at_utc"]) == 2023:
            c[sev[a["alarm_code"]]["component"]] += 1
    A[17] = list(c.items())
    cat = {p["part_no"]: p["category"] for p in tab(d, "spare_parts")}
    pi24 = [p for p in PI if yr(p["issued_at_utc"]) == 2024 and wo[p["wo_id"]]["deleted_at"] is None]
    peur = lambda p: p["quantity"] * eur(p["unit_price"], p["currency_code"], p["issued_at_utc"].date())  # noqa: E731
    c = defaultdict(D)
    for p in pi24:
        c[cat[p["part_no"]]] += peur(p)
    A[18] = [(k, r(v)) for k, v in c.items()]
    c = {s["site_code"]: set() for s in sites.values()}
    for l in LAB:
        if wo[l["wo_id"]]["deleted_at"] is None and l["work_date"].year == 2023:
            c[site_of(wo[l["wo_id"]]["turbine_id"])["site_code"]].add(l["technician_id"])
    A[19] = [(k, len(v)) for k, v in c.items()]
    c = defaultdict(list)
    for s in SC:
        if s["day"].month == 3:
            c[site_of(s["turbine_id"])["site_code"]].append(s["mean_wind_ms"])
    A[20] = [(k, r(sum(v) / len(v))) for k, v in c.items()]
    # order_by
    c = Counter()
    for a in real:
        if yr(a["raised_at_utc"]) in (2023, 2024):
            c[turb[a["turbine_id"]]["turbine_code"]] += 1
    A[21] = top(c.items(), 5, lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for l in LAB:
        if wo[l["wo_id"]]["deleted_at"] is None and 2022 <= l["work_date"].year <= 2024:
            c[l["technician_id"]] += l["hours"]
    A[22] = [(techs[k]["employee_no"], techs[k]["full_name"], v) for k, v in top(c.items(), 5, lambda kv: (-kv[1], techs[kv[0]]["employee_no"]))]
    c = {s["site_code"]: D(0) for s in sites.values()}
    for p in pi24:
        c[site_of(wo[p["wo_id"]]["turbine_id"])["site_code"]] += peur(p)
    A[23] = sorted(((k, r(v)) for k, v in c.items()), key=lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for s in tab(d, "scada_daily_de"):
        if site_of(s["turbine_id"])["site_code"] == "UCK":
            c[s["day"]] += s["energy_kwh"]
    A[24] = top(((k, r(v / 1000, 3)) for k, v in c.items()), 10, lambda kv: (-kv[1], kv[0]))
    A[25] = top(((o["order_ref"], r(D((o["end_utc"] - o["start_utc"]).total_seconds()) / 3600)) for o in CO
                 if o["revoked_at"] is None and yr(o["start_utc"]) in (2023, 2024)), 3, lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for a in real:
        if sev[a["alarm_code"]]["severity"] == 3 and a["cleared_at_utc"] is not None and yr(a["raised_at_utc"]) == 2024:
            c[turb[a["turbine_id"]]["turbine_code"]] += D((a["cleared_at_utc"] - a["raised_at_utc"]).total_seconds())
    A[26] = top(((k, r(v / 3600)) for k, v in c.items()), 5, lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for s in ST:
        if s["period_month"].year == 2023:
            c[s["period_month"]] += s["energy_mwh"]
    A[27] = top(c.items(), 3, lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for l in lab24:
        c[techs[l["technician_id"]]["employee_no"]] += l["hours"] * rate[grade(l["technician_id"], l["work_date"])]
    A[28] = top(((k, r(v)) for k, v in c.items()), 5, lambda kv: (-kv[1], kv[0]))
    A[29] = sorted(((p["contract_ref"], r(eur(ppa_price(p, date(2024, 6, 30)), p["currency_code"], date(2024, 6, 30)))) for p in PPA
                    if ppa_price(p, date(2024, 6, 30)) is not None), key=lambda kv: (-kv[1], kv[0]))
    c = defaultdict(D)
    for w in LW:
        if w["status_code"] != "X":
            c[turb[lmap[w["old_turbine_code"]]]["turbine_code"]] += w["labour_hours"]
    A[30] = top(c.items(), 3, lambda kv: (-kv[1], kv[0]))
    # ratio
    num, den = defaultdict(int), defaultdict(int)
    for s in SC:
        if s["day"] <= date(2025, 3, 31):
            k = site_of(s["turbine_id"])["country_code"]
            num[k] += s["available_minutes"]
            den[k] += 1440
    A[31] = [(k, r(D(100) * num[k] / den[k])) for k in num]
    num, den = Counter(), Counter()
    for w in WO:
        if w["status"] != "cancelled" and w["deleted_at"] is None and 2022 <= yr(w["opened_at_utc"]) <= 2024:
            den[yr(w["opened_at_utc"])] += 1
            num[yr(w["opened_at_utc"])] += w["wo_type"] == "CORR"
    A[32] = [(k, r(D(100) * num[k] / den[k])) for k in den]
    num, den = defaultdict(D), defaultdict(D)
    for s in SC:
        k = site_of(s["turbine_id"])["site_code"]
        num[k] += s["energy_kwh"]
        den[k] += model[turb[s["turbine_id"]]["model_code"]]["rated_kw"] * 24
    A[33] = [(k, r(num[k] / den[k], 4)) for k in num]
    crit24 = [a for a in real if sev[a["alarm_code"]]["severity"] == 3 and yr(a["raised_at_utc"]) == 2024]
    led = {w["alarm_id"] for w in WO if w["wo_type"] == "CORR" and w["deleted_at"] is None and w["alarm_id"] is not None}
    A[34] = [(r(D(100) * sum(a["alarm_id"] in led for a in crit24) / len(crit24)),)]
    num, den = defaultdict(D), defaultdict(D)
    for s in SC:
        k = site_of(s["turbine_id"])["country_code"]
        num[k] += s["curtailed_kwh"]
        den[k] += s["energy_kwh"] + s["curtailed_kwh"]
    A[35] = [(k, r(100 * num[k] / den[k])) for k in num]
    num, den = defaultdict(D), defaultdict(D)
    for s in ST:
        if s["period_month"].year == 2024:
            k = sites[s["site_id"]]["site_code"]
            num[k] += eur(s["amount"], s["currency_code"], s["settled_on"])
            den[k] += s["energy_mwh"]
    A[36] = [(k, r(num[k] / den[k])) for k in num]
    num, den = Counter(), Counter()
    for w in WO:
        if w["status"] == "closed" and w["deleted_at"] is None and yr(w["opened_at_utc"]) == 2024:
            den[w["priority"]] += 1
            num[w["priority"]] += w["closed_at_utc"] - w["opened_at_utc"] <= timedelta(hours=48)
    A[37] = [(k, r(D(100) * num[k] / den[k])) for k in den]
    num, den = defaultdict(D), defaultdict(D)
    for l in lab24:
        k = site_of(wo[l["wo_id"]]["turbine_id"])["site_code"]
        den[k] += l["hours"]
        if grade(l["technician_id"], l["work_date"]) == "T1":
            num[k] += l["hours"]
    A[38] = [(k, r(100 * num[k] / den[k])) for k in den]
    num, den = Counter(), Counter()
    for w in LW:
        k = site_of(lmap[w["old_turbine_code"]])["site_code"]
        den[k] += 1
        num[k] += w["status_code"] == "X"
    A[39] = [(k, r(D(100) * num[k] / den[k])) for k in den]
    se, me = defaultdict(D), defaultdict(D)
    for s in ST:
        if date(2025, 1, 1) <= s["period_month"] < date(2025, 4, 1):
            se[sites[s["site_id"]]["site_code"]] += s["energy_mwh"]
    for s in SC:
        if s["day"] <= date(2025, 3, 31):
            me[site_of(s["turbine_id"])["site_code"]] += s["energy_kwh"] / 1000
    A[40] = [(k, r(se[k] / me[k], 4)) for k in se if k in me]
    # table_join
    A[41] = [(p["contract_ref"], sites[p["site_id"]]["site_code"], p["offtaker"], ppa_price(p, date(2024, 12, 31)), p["currency_code"]) for p in PPA
             if ppa_price(p, date(2024, 12, 31)) is not None]
    c = Counter({t["turbine_code"]: 0 for t in turb.values() if sites[t["site_id"]]["name"] == "Słupsk Pomorze"})
    for w in LW:
        code = turb[lmap[w["old_turbine_code"]]]["turbine_code"]
        if w["status_code"] != "X" and code in c:
            c[code] += 1
    A[42] = list(c.items())
    q1 = [a for a in tab(d, "alarms") if not a["is_test"] and sev[a["alarm_code"]]["severity"] == 3 and site_of(a["turbine_id"])["is_offshore"]
          and date(2025, 1, 1) <= a["raised_at_utc"].date() <= date(2025, 3, 31)]
    A[43] = []
    for a in q1:
        ws = [w["wo_number"] for w in tab(d, "work_orders") if w["alarm_id"] == a["alarm_id"] and w["wo_type"] == "CORR" and w["deleted_at"] is None]
        A[43] += [(a["alarm_id"], turb[a["turbine_id"]]["turbine_code"], x) for x in (ws or [None])]
    c = defaultdict(D)
    for l in lab24:
        c[site_of(wo[l["wo_id"]]["turbine_id"])["site_code"]] += l["hours"] * rate[grade(l["technician_id"], l["work_date"])]
    A[44] = [(k, r(v)) for k, v in c.items()]
    A[45] = [(t["employee_no"], grade(t["technician_id"], date(2024, 1, 1)), t["grade_code"]) for t in techs.values()
             if t["hired_on"] <= date(2025, 6, 30) and (t["left_on"] is None or t["left_on"] >= date(2025, 6, 30))]
    gop = {g["grid_operator_id"]: g["name"] for g in tab(d, "grid_operators")}
    c = Counter({s["site_id"]: 0 for s in sites.values()})
    for o in CO:
        if o["revoked_at"] is None and yr(o["start_utc"]) == 2024:
            c[o["site_id"]] += 1
    A[46] = [(sites[k]["site_code"], gop[sites[k]["grid_operator_id"]], v) for k, v in c.items()]
    e = defaultdict(D)
    for s in SC:
        e[turb[s["turbine_id"]]["model_code"]] += s["energy_kwh"]
    A[47] = [(m, model[m]["manufacturer"], sum(1 for t in turb.values() if t["model_code"] == m), r(v / 1000, 3)) for m, v in e.items()]
    c = defaultdict(D)
    for p in tab(d, "part_issues"):
        w = wo[p["wo_id"]]
        if w["deleted_at"] is None and yr(w["opened_at_utc"]) == 2024:
            c[w["wo_id"]] += peur(p)
    A[48] = [(wo[k]["wo_number"], turb[wo[k]["turbine_id"]]["turbine_code"], r(v)) for k, v in c.items() if v > 10000]
    c = defaultdict(D)
    for s in ST:
        if s["period_month"].year == 2022:
            c[sites[s["site_id"]]["country_code"]] += s["energy_mwh"]
    A[49] = [(k, v, sum(1 for t in turb.values() if sites[t["site_id"]]["country_code"] == k)) for k, v in c.items()]
    c = defaultdict(set)
    for l in lab24:
        c[l["technician_id"]].add(wo[l["wo_id"]]["turbine_id"])
    A[50] = [(techs[k]["employee_no"], sites[techs[k]["base_site_id"]]["site_code"], len(v)) for k, v in c.items()]
    return A


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    return v


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/wind_farm_om.jsonl", encoding="utf-8")]
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
                    rows = [tuple(norm(v) for v in row) for row in cur.fetchall()]
                    py = [tuple(norm(v) for v in row) for row in A[i]]
                    same = rows == py if q["order_matters"] else Counter(rows) == Counter(py)
                    if not same:
                        print("DIFF", q["id"], k, sorted(rows, key=str)[:4], "vs", sorted(py, key=str)[:4])
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


if __name__ == "__main__":
    main()
