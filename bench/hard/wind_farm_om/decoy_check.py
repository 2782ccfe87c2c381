"""For each question, run plausible WRONG queries (a decoy table, a skipped archive/legacy/history/FX step,
UTC instead of local ...) derived from the gold, and report on how many instances each differs from the gold.

Run:  EVAL_CACHE_ROOT=/tmp/wind_farm_om-cache /tmp/wfo-venv/bin/python bench/hard/wind_farm_om/decoy_check.py"""
import json
from collections import Counter

from _harness import ROOT, open_fixture

AA = "(SELECT alarm_id, turbine_id, alarm_code, raised_at_utc, raised_at_local, cleared_at_utc, is_test FROM archive_alarms UNION ALL SELECT alarm_id, turbine_id, alarm_code, raised_at_utc, raised_at_local, cleared_at_utc, is_test FROM alarms)"
AW = "(SELECT wo_id, wo_number, turbine_id, wo_type, alarm_id, priority, opened_at_utc, closed_at_utc, status, deleted_at FROM archive_work_orders UNION ALL SELECT wo_id, wo_number, turbine_id, wo_type, alarm_id, priority, opened_at_utc, closed_at_utc, status, deleted_at FROM work_orders)"
AL = "(SELECT labour_id, wo_id, technician_id, work_date, hours FROM archive_wo_labour UNION ALL SELECT labour_id, wo_id, technician_id, work_date, hours FROM wo_labour)"
AP = "(SELECT issue_id, wo_id, part_no, quantity, unit_price, currency_code, issued_at_utc FROM archive_part_issues UNION ALL SELECT issue_id, wo_id, part_no, quantity, unit_price, currency_code, issued_at_utc FROM part_issues)"
AC = "(SELECT order_id, order_ref, site_id, grid_operator_id, reason_code, start_utc, end_utc, start_local, max_output_mw, revoked_at FROM archive_curtailment_orders UNION ALL SELECT order_id, order_ref, site_id, grid_operator_id, reason_code, start_utc, end_utc, start_local, max_output_mw, revoked_at FROM curtailment_orders)"
AS = "(SELECT settlement_id, site_id, period_month, energy_mwh, amount, currency_code, settled_on, status FROM archive_settlements UNION ALL SELECT settlement_id, site_id, period_month, energy_mwh, amount, currency_code, settled_on, status FROM settlements)"
SC = "(SELECT turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh FROM scada_daily_dk UNION ALL SELECT turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh FROM scada_daily_de UNION ALL SELECT turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh FROM scada_daily_pl UNION ALL SELECT turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh FROM scada_daily_gb)"
LIVE = {AA: "alarms", AW: "work_orders", AL: "wo_labour", AP: "part_issues", AC: "curtailment_orders", AS: "settlements"}
GH_RE = ("JOIN technician_grade_history gh ON gh.technician_id = l.technician_id AND gh.valid_from <= l.work_date AND (gh.valid_to IS NULL OR l.work_date < gh.valid_to)",
         "JOIN (SELECT technician_id, grade_code FROM technicians) gh ON gh.technician_id = l.technician_id")


def live_only(g):
    for u, t in LIVE.items():
        g = g.replace(u, t)
    return g


def no_fx(g):
    return g.replace("COALESCE(x.eur_per_unit, 1)", "1").replace("COALESCE(r.eur_per_unit, 1)", "1")


def inner_fx(g):
    return g.replace("LEFT JOIN fx_rates", "JOIN fx_rates")


def latest_fx(g):
    return g.replace("COALESCE(x.eur_per_unit, 1)", "COALESCE((SELECT eur_per_unit FROM v_fx_latest v WHERE v.currency_code = x.currency_code), 1)")


def cur_grade(g):
    return g.replace(*GH_RE)


def keep_deleted(g):
    return g.replace("w.deleted_at IS NULL AND ", "").replace(" AND w.deleted_at IS NULL", "")


def keep_test(g):
    return g.replace(" AND NOT a.is_test", "").replace("NOT a.is_test AND ", "")


def with_superseded(g):
    return g.replace("st.status IN ('final', 'provisional')", "TRUE").replace("status IN ('final', 'provisional')", "TRUE")


def first_code_only(g):
    return g.replace("legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code", "legacy_turbine_code_map m ON m.old_turbine_code = w.old_turbine_code AND m.note IS NULL")


def staging_scada(g):
    return g.replace(SC, "(SELECT turbine_id, day, energy_kwh, available_minutes, mean_wind_ms, curtailed_kwh FROM staging_scada_daily)")


def dk_only(g):
    return g.replace(SC, "scada_daily_dk")


def snapshot_ppa(g, day):
    return (g.replace(f"JOIN ppa_price_history h ON h.ppa_id = p.ppa_id AND h.valid_from <= DATE '{day}' AND (h.valid_to IS NULL OR DATE '{day}' < h.valid_to)",
                      "JOIN v_ppa_current_price h ON h.ppa_id = p.ppa_id")
            .replace(f"JOIN ppa_price_history h ON h.ppa_id = p.ppa_id \"\"AND h.valid_from <= DATE '{day}' AND (h.valid_to IS NULL OR DATE '{day}' < h.valid_to)", ""))


RAW = {
    2: [("UTC date instead of local", lambda g: g.replace("a.raised_at_local >= TIMESTAMP '2025-04-01 00:00:00' AND a.raised_at_local < TIMESTAMP '2025-05-01 00:00:00'",
                                                          "a.raised_at_utc >= TIMESTAMPTZ '2025-04-01 00:00:00+00' AND a.raised_at_utc < TIMESTAMPTZ '2025-05-01 00:00:00+00'")),
        ("test alarms kept", keep_test)],
    4: [("first old code only", first_code_only)],
    5: [("current grade (technicians.grade_code)", lambda g: "SELECT employee_no FROM technicians WHERE grade_code = 'T3'"),
        ("v_technician_current_grade", lambda g: "SELECT employee_no FROM v_technician_current_grade WHERE grade_code = 'T3'")],
    6: [("revoked kept", lambda g: g.replace("c.revoked_at IS NULL AND ", "")), ("staging orders", lambda g: g.replace(AC, "staging_curtailment_orders").replace("c.revoked_at IS NULL AND ", ""))],
    8: [("staging SCADA", lambda g: g.replace("scada_daily_pl", "staging_scada_daily"))],
    9: [("current PPA price snapshot", lambda g: snapshot_ppa(g, "2025-01-01")), ("no FX", no_fx)],
    10: [("first old code only", first_code_only)],
    11: [("rpt_monthly_energy", lambda g: "SELECT s.country_code, ROUND(SUM(r.energy_mwh), 3) FROM rpt_monthly_energy r JOIN sites s ON s.site_id = r.site_id GROUP BY s.country_code"),
         ("staging SCADA", staging_scada)],
    15: [("no legacy / no archive", lambda g: g.split(" UNION ALL SELECT EXTRACT")[0].replace("SELECT 2021 AS year, COUNT(*) AS orders FROM legacy_work_orders WHERE status_code <> 'X' ", "")
          and "SELECT EXTRACT(YEAR FROM w.opened_at_utc AT TIME ZONE 'UTC')::int, COUNT(*) FROM work_orders w WHERE w.status <> 'cancelled' AND w.deleted_at IS NULL AND w.opened_at_utc < TIMESTAMPTZ '2025-01-01 00:00:00+00' GROUP BY 1")],
    16: [("rpt_curtailment_hours", lambda g: "SELECT 'ALL', SUM(hours) FROM rpt_curtailment_hours WHERE year = 2024")],
    20: [("Danish partition only", dk_only)],
    21: [("rpt_alarm_summary (test alarms included)", lambda g: "SELECT t.turbine_code, SUM(r.alarm_count) AS n FROM rpt_alarm_summary r JOIN turbines t ON t.turbine_id = r.turbine_id WHERE r.year IN (2023, 2024) GROUP BY t.turbine_code ORDER BY n DESC, t.turbine_code LIMIT 5")],
    24: [("UTC-day staging SCADA", lambda g: g.replace("scada_daily_de", "staging_scada_daily"))],
    29: [("current PPA price snapshot", lambda g: snapshot_ppa(g, "2024-06-30")), ("latest FX", latest_fx)],
    30: [("first old code only", first_code_only)],
    31: [("rpt_availability", lambda g: "SELECT si.country_code, ROUND(AVG(r.availability_pct), 2) FROM rpt_availability r JOIN sites si ON si.site_id = r.site_id GROUP BY si.country_code")],
    33: [("Danish partition only", dk_only)],
    35: [("staging SCADA", staging_scada)],
    39: [("first old code only", first_code_only)],
    41: [("current PPA price snapshot", lambda g: "SELECT p.contract_ref, si.site_code, p.offtaker, v.price_per_mwh, p.currency_code FROM ppa_contracts p JOIN sites si ON si.site_id = p.site_id JOIN v_ppa_current_price v ON v.ppa_id = p.ppa_id")],
    42: [("first old code only", lambda g: g.replace("LEFT JOIN legacy_turbine_code_map m ON m.turbine_id = t.turbine_id", "LEFT JOIN legacy_turbine_code_map m ON m.turbine_id = t.turbine_id AND m.note IS NULL"))],
    45: [("v_technician_current_grade for 2024-01-01", lambda g: "SELECT t.employee_no, v.grade_code, t.grade_code FROM technicians t JOIN v_technician_current_grade v ON v.technician_id = t.technician_id WHERE t.hired_on <= DATE '2025-06-30' AND (t.left_on IS NULL OR t.left_on >= DATE '2025-06-30')")],
    47: [("Danish partition only", dk_only)],
}


def decoys(i, g):
    out = list(RAW.get(i, []))
    if any(u in g for u in LIVE):
        out.append(("live table only (no archive)", live_only))
    if "COALESCE(x.eur_per_unit, 1)" in g or "COALESCE(r.eur_per_unit, 1)" in g:
        out.append(("inner join to fx_rates (EUR rows lost)", inner_fx))
        if i not in (9, 29):
            out.append(("no FX conversion", no_fx))
    if GH_RE[0] in g:
        out.append(("current grade instead of history", cur_grade))
    if "w.deleted_at IS NULL" in g:
        out.append(("soft-deleted orders kept", keep_deleted))
    if "NOT a.is_test" in g and i != 2:
        out.append(("test alarms kept", keep_test))
    if "status IN ('final', 'provisional')" in g:
        out.append(("superseded settlements kept", with_superseded))
    return [(lbl, f(g)) for lbl, f in out[:3]]


def norm(rows):
    return [tuple(str(v) if v is not None else None for v in r) for r in rows]


def main():
    qs = [json.loads(line) for line in open(ROOT / "questions/wind_farm_om.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    import psycopg2
    conns = [psycopg2.connect(**server.admin.for_db(db)) for db in fx.instance_dbs]
    for c in conns:
        c.autocommit = True
    print("| question | wrong choice | instances where it differs from the gold |")
    print("|---|---|---|")
    tot = differ_all = 0
    try:
        for i, q in enumerate(qs, 1):
            ds = decoys(i, q["gold"][0])
            if not ds:
                print(f"| {q['id']} | (none) | - |")
            for label, sql in ds:
                if sql == q["gold"][0]:
                    continue
                diff = []
                for k, c in enumerate(conns):
                    with c.cursor() as cur:
                        cur.execute(q["gold"][0]); g = norm(cur.fetchall())
                        try:
                            cur.execute(sql); w = norm(cur.fetchall())
                        except Exception as e:  # noqa: BLE001
                            w = [("ERROR", str(e)[:40])]
                    same = g == w if q["order_matters"] else Counter(g) == Counter(w)
                    if not same:
                        diff.append(str(k))
                tot += 1
                differ_all += len(diff) == 4
                print(f"| {q['id']} | {label} | {len(diff)}/4 ({','.join(diff) or '-'}) |")
    finally:
        for c in conns:
            c.close()
        server.stop()
    print(f"\n{tot} decoys, {differ_all} differ from the gold on all 4 instances")


if __name__ == "__main__":
    main()
