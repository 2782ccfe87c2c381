"""Independent Python answers of the extension questions ferry_ops-h019..h050, computed from the rows
of generate(seed) (no SQL). Used by crosscheck.py. Where a gold reads only an archive or only a live
table, this recomputation deliberately reads archive + live and filters by the date instead."""
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal


def r(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def fy(d):
    return d.year + 1 if d.month >= 4 else d.year


def answers_ext(d, A):
    import crosscheck as _cc  # noqa: F401  (for tab/COLS of the same generator module)
    tab, G = _cc.tab, _cc.G
    S = tab(d, "archive_sailings") + tab(d, "sailings")
    sail = {s["sailing_id"]: s for s in S}
    U = lambda s: s["scheduled_departure_utc"]  # noqa: E731
    routes = {x["route_id"]: x for x in tab(d, "routes")}
    ports = {p["port_id"]: p for p in tab(d, "ports")}
    vessels = {v["vessel_id"]: v for v in tab(d, "vessels")}
    fx = {(x["rate_date"], x["currency_code"]): x["eur_per_unit"] for x in tab(d, "fx_rates")}
    BK = tab(d, "archive_bookings") + tab(d, "bookings")
    bk = {b["booking_id"]: b for b in BK}
    TKS = tab(d, "archive_tickets") + tab(d, "tickets")
    tk_by_b = defaultdict(list)
    for t in TKS:
        tk_by_b[t["booking_id"]].append(t)
    RFS = tab(d, "archive_refunds") + tab(d, "refunds")
    CAS = tab(d, "archive_crew_assignments") + tab(d, "crew_assignments")
    PFS = tab(d, "archive_port_fees") + tab(d, "port_fees")
    crew = {c["crew_id"]: c for c in tab(d, "crew_members")}
    ranks = {k["rank_code"]: k for k in tab(d, "ranks")}
    rh = defaultdict(list)
    for h in tab(d, "crew_rank_history"):
        rh[h["crew_id"]].append(h)

    def rank_on(cid, dd):
        m = [h["rank_code"] for h in rh[cid] if h["valid_from"] <= dd and (h["valid_to"] is None or dd < h["valid_to"])]
        assert len(m) == 1
        return m[0]
    vnh = defaultdict(list)
    for h in tab(d, "vessel_name_history"):
        vnh[h["vessel_id"]].append(h)

    def name_on(v, dd):
        m = [h["name"] for h in vnh[v] if h["valid_from"] <= dd and (h["valid_to"] is None or dd < h["valid_to"])]
        assert len(m) == 1
        return m[0]
    # boarding counts from all 12 partitions
    board = {}
    for reg, _ in G.REGIONS:
        for y in (2022, 2023, 2024, 2025):
            for row in tab(d, f"boarding_counts_{reg}_{y}"):
                board[row["sailing_id"]] = row
    LD = {x["departure_no"]: x for x in tab(d, "legacy_departures")}
    LB = tab(d, "legacy_bookings")
    omap = {m["old_route_code"]: m["route_id"] for m in tab(d, "legacy_route_code_map")}
    ld_route = lambda dep: routes[omap[dep["old_route_code"]]]  # noqa: E731
    in21 = lambda dd: dd.year == 2021  # noqa: E731
    FB = tab(d, "fuel_bunkering")
    MO = tab(d, "maintenance_orders")

    def eur_booking(b):
        rate = fx[(b["booked_at"].date(), b["currency_code"])]
        return sum((t["price_amount"] * rate for t in tk_by_b[b["booking_id"]]), Decimal(0))
    revb = lambda b: b["deleted_at"] is None and b["status"] in ("travelled", "no_show")  # noqa: E731

    # where ------------------------------------------------------------------------------------
    A[19] = [(s["sailing_code"],) for s in S if s["status"] == "completed" and date(2022, 10, 1) <= U(s).date() <= date(2023, 3, 31)
             and s["actual_departure_utc"] - U(s) > timedelta(minutes=25)]
    A[20] = sorted({(bk[f["booking_id"]]["booking_ref"],) for f in RFS if bk[f["booking_id"]]["deleted_at"] is None
             and (U(sail[bk[f["booking_id"]]["sailing_id"]]).year, U(sail[bk[f["booking_id"]]["sailing_id"]]).month) in ((2022, 12), (2023, 1))
             and f["refunded_at"] - bk[f["booking_id"]]["booked_at"] > timedelta(days=7)})  # one row per booking
    A[21] = [(m["work_order_id"],) for m in MO if m["status"] == "closed" and name_on(m["vessel_id"], m["opened_on"]) == "Ostsee Queen"
             and m["cost_amount"] * fx[(m["closed_on"], m["currency_code"])] > 20000]
    A[22] = [(sum(1 for x in LD.values() if x["cancelled"] == "J" and in21(x["departure_date"]) and ld_route(x)["region_code"] == "east"),)]
    A[23] = sorted({(crew[a["crew_id"]]["employee_no"],) for a in CAS if fy(U(sail[a["sailing_id"]]).date()) == 2023
                    and rank_on(a["crew_id"], U(sail[a["sailing_id"]]).date()) == "AB"})
    A[24] = [(f["bunker_id"],) for f in FB if fy(f["bunkered_at"].date()) == 2024
             and f["quantity_tonnes"] * f["price_per_tonne"] * fx[(f["bunkered_at"].date(), f["currency_code"])] > 300000]
    # group_by ---------------------------------------------------------------------------------
    ref = defaultdict(Decimal)
    for f in RFS:
        dd = f["refunded_at"].date()
        if bk[f["booking_id"]]["deleted_at"] is None and 2023 <= fy(dd) <= 2025:
            ref[fy(dd)] += f["amount"] * fx[(dd, f["currency_code"])]
    A[25] = [(k, r(v)) for k, v in ref.items()]
    dl, dn = defaultdict(Decimal), Counter()
    for s in S:
        if s["status"] == "completed" and U(s).year <= 2024:
            pn = ports[routes[s["route_id"]]["origin_port_id"]]["name"]
            dl[pn] += Decimal(int((s["actual_departure_utc"] - U(s)).total_seconds())) / 60
            dn[pn] += 1
    A[26] = [(k, r(dl[k] / dn[k], 1)) for k in dn]
    fee = defaultdict(Decimal)
    for f in PFS:
        if U(sail[f["sailing_id"]]).year in (2022, 2023):
            fee[ports[f["port_id"]]["country_code"]] += f["amount"] * fx[(f["invoiced_on"], f["currency_code"])]
    A[27] = [(k, r(v)) for k, v in fee.items()]
    pv = Counter()
    for sid, row in board.items():
        s = sail[sid]
        if U(s).year in (2023, 2024):
            pv[name_on(s["vessel_id"], U(s).date())] += row["passengers_boarded"]
    A[28] = list(pv.items())
    lv = defaultdict(Decimal)
    for b in LB:
        dep = LD[b["departure_no"]]
        if b["status"] == "R" and in21(dep["departure_date"]):
            lv[ld_route(dep)["region_code"]] += b["total_nok"] * fx[(dep["departure_date"], "NOK")]
    A[29] = [(k, r(v)) for k, v in lv.items()]
    chn, chr_ = Counter(), defaultdict(Decimal)
    for b in BK:
        if revb(b) and U(sail[b["sailing_id"]]).year in (2022, 2023):
            chn[b["channel_code"]] += 1
            chr_[b["channel_code"]] += eur_booking(b)
    A[30] = [(k, n, r(chr_[k])) for k, n in chn.items()]
    # order_by ---------------------------------------------------------------------------------
    fc = [(f["bunker_id"], vessels[f["vessel_id"]]["name"], r(f["quantity_tonnes"] * f["price_per_tonne"] * fx[(f["bunkered_at"].date(), f["currency_code"])]))
          for f in FB if f["bunkered_at"].year in (2023, 2024)]
    A[31] = sorted(fc, key=lambda x: (-x[2], x[0]))[:10]
    cust = {c["customer_id"]: c for c in tab(d, "customers")}
    cr = defaultdict(Decimal)
    for b in BK:
        if revb(b) and U(sail[b["sailing_id"]]).year == 2022:
            cr[b["customer_id"]] += eur_booking(b)
    A[32] = sorted([(cust[c]["customer_no"], cust[c]["full_name"], r(v)) for c, v in cr.items()], key=lambda x: (-x[2], x[0]))[:5]
    ch = defaultdict(Decimal)
    for a in CAS:
        if fy(U(sail[a["sailing_id"]]).date()) == 2023:
            ch[a["crew_id"]] += a["hours_on_duty"]
    A[33] = sorted([(crew[c]["employee_no"], crew[c]["full_name"], h) for c, h in ch.items()], key=lambda x: (-x[2], x[0]))[:10]
    mc = Counter(f"{U(s).year:04d}-{U(s).month:02d}" for s in S if s["status"] == "cancelled" and U(s).year <= 2024)
    A[34] = sorted(mc.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    best = {}
    for sid, row in board.items():
        s = sail[sid]
        if U(s).year == 2024:
            rc = routes[s["route_id"]]["route_code"]
            k = (-row["passengers_boarded"], s["sailing_code"])
            if rc not in best or k < best[rc][0]:
                best[rc] = (k, (rc, s["sailing_code"], row["passengers_boarded"]))
    A[35] = [best[rc][1] for rc in sorted(best)]
    dp = Counter()
    for b in LB:
        if b["status"] != "K" and in21(LD[b["departure_no"]]["departure_date"]):
            dp[b["departure_no"]] += b["pax_adult"] + b["pax_child"]
    A[36] = [(n, ld_route(LD[n])["route_code"], p) for n, p in sorted(dp.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
    pfe = defaultdict(Decimal)
    for f in PFS:
        if fy(U(sail[f["sailing_id"]]).date()) == 2024:
            pfe[ports[f["port_id"]]["port_code"]] += f["amount"] * fx[(f["invoiced_on"], f["currency_code"])]
    A[37] = sorted([(k, r(v)) for k, v in pfe.items()], key=lambda x: (-x[1], x[0]))
    # ratio ------------------------------------------------------------------------------------
    yn, yt = Counter(), Counter()
    for b in BK:
        y = U(sail[b["sailing_id"]]).year
        if revb(b) and y <= 2024:
            yt[y] += 1
            yn[y] += b["status"] == "no_show"
    A[38] = [(y, r(Decimal(yn[y]) / yt[y], 4)) for y in yt]
    wt, ww = Counter(), Counter()
    for s in S:
        if date(2022, 11, 1) <= U(s).date() <= date(2023, 3, 31):
            reg = routes[s["route_id"]]["region_code"]
            wt[reg] += 1
            ww[reg] += s["status"] == "cancelled" and s["cancel_reason_code"] == "WX"
    A[39] = [(k, r(Decimal(100) * ww[k] / wt[k])) for k in wt]
    srev = defaultdict(Decimal)
    for b in BK:
        if revb(b):
            srev[b["sailing_id"]] += eur_booking(b)
    rr, rp = defaultdict(Decimal), Counter()
    for sid, row in board.items():
        s = sail[sid]
        if U(s).year == 2023:
            rc = routes[s["route_id"]]["route_code"]
            rr[rc] += srev.get(sid, Decimal(0))
            rp[rc] += row["passengers_boarded"]
    A[40] = [(k, r(rr[k] / rp[k])) for k in rp]
    vt, vv = Counter(), Counter()
    for b in LB:
        dep = LD[b["departure_no"]]
        if in21(dep["departure_date"]):
            rc = ld_route(dep)["route_code"]
            vt[rc] += 1
            vv[rc] += b["vehicles"] > 0
    A[41] = [(k, r(Decimal(vv[k]) / vt[k], 4)) for k in vt]
    oh, th = defaultdict(Decimal), defaultdict(Decimal)
    for a in CAS:
        s = sail[a["sailing_id"]]
        y = U(s).year
        if y in (2022, 2023):
            th[y] += a["hours_on_duty"]
            if ranks[rank_on(a["crew_id"], U(s).date())]["is_officer"]:
                oh[y] += a["hours_on_duty"]
    A[42] = [(y, r(Decimal(100) * oh[y] / th[y])) for y in th]
    rv_, rc_ = Counter(), Counter()
    for sid, row in board.items():
        s = sail[sid]
        if U(s).year == 2023:
            reg = routes[s["route_id"]]["region_code"]
            rv_[reg] += row["vehicles_boarded"]
            rc_[reg] += vessels[s["vessel_id"]]["car_capacity"]
    A[43] = [(k, r(Decimal(100) * rv_[k] / rc_[k], 1)) for k in rc_]
    # table_join -------------------------------------------------------------------------------
    cname = {c["country_code"]: c["name"] for c in tab(d, "countries")}
    cc = defaultdict(set)
    for b in BK:
        if b["status"] == "travelled" and b["deleted_at"] is None and U(sail[b["sailing_id"]]).year == 2022:
            cc[cname[cust[b["customer_id"]]["country_code"]]].add(b["customer_id"])
    A[44] = [(k, len(v)) for k, v in cc.items()]
    vc = {v: set() for v in vessels}
    for a in CAS:
        s = sail[a["sailing_id"]]
        if U(s).year in (2022, 2023):
            vc[s["vessel_id"]].add(a["crew_id"])
    A[45] = [(vessels[v]["name"], len(c)) for v, c in vc.items()]
    dpb = Counter()
    for sid, row in board.items():
        s = sail[sid]
        if U(s).year == 2022:
            dpb[ports[routes[s["route_id"]]["destination_port_id"]]["name"]] += row["passengers_boarded"]
    A[46] = list(dpb.items())
    mcat = {m["category_code"]: m["description"] for m in tab(d, "maintenance_categories")}
    mcost = defaultdict(Decimal)
    for m in MO:
        if m["status"] == "closed" and fy(m["closed_on"]) == 2025:
            mcost[mcat[m["category_code"]]] += m["cost_amount"] * fx[(m["closed_on"], m["currency_code"])]
    A[47] = [(k, r(v)) for k, v in mcost.items()]
    vmap = {x["vessel_code"]: x["vessel_id"] for x in tab(d, "legacy_vessel_map")}
    A[48] = list(Counter(vessels[vmap[x["vessel_code"]]]["name"] for x in LD.values() if x["cancelled"] == "N" and in21(x["departure_date"])).items())
    ct = defaultdict(Decimal)
    for b in BK:
        if revb(b) and U(sail[b["sailing_id"]]).year == 2022:
            ct[cust[b["customer_id"]]["customer_type"]] += eur_booking(b)
    A[49] = [(k, r(v)) for k, v in ct.items()]
    ftd = {x["fuel_type"]: x["description"] for x in tab(d, "fuel_types")}
    tn = defaultdict(Decimal)
    for f in FB:
        if f["bunkered_at"].year == 2024:
            tn[(ports[f["port_id"]]["name"], ftd[f["fuel_type"]])] += f["quantity_tonnes"]
    A[50] = [(a, b, v) for (a, b), v in tn.items()]
