"""For each question, run plausible WRONG queries that pick a decoy table or skip a needed layer
(live table only, stale report, snapshot, current name/role instead of history, no FX / latest FX,
UTC instead of local date, calendar year instead of season, soft-deleted rows kept, legacy code map
half used) and report on how many instances each one gives a different result from the gold.

Run:  /tmp/ski_resort-venv/bin/python bench/hard/ski_resort/decoy_check.py"""
import json
import sys
from collections import Counter

from _harness import QUESTIONS, connections

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import make_questions as M  # noqa: E402  (re-uses the gold text helpers; importing writes nothing)

LIVE = {M.ALLO: "sales_orders", M.ALLL: "order_lines", M.ALLR: "refunds", M.ALLD: "lift_downtime_incidents"}


def live_only(sql):
    for a, b in LIVE.items():
        sql = sql.replace(a, b)
    return sql


def utc_dates(sql):
    return (sql.replace("o.ordered_at_local", "(o.ordered_at AT TIME ZONE 'UTC')").replace("d.started_at_local", "(d.started_at AT TIME ZONE 'UTC')")
            .replace("s.started_at_local", "(s.started_at AT TIME ZONE 'UTC')").replace("l.starts_at_local", "(l.starts_at AT TIME ZONE 'UTC')"))


def no_fx(sql):
    return sql.replace("COALESCE(x.eur_per_unit, 1)", "1")


def latest_fx(sql):
    return sql.replace("LEFT JOIN fx_rates x ON x.rate_date = (o.ordered_at AT TIME ZONE 'UTC')::date AND x.currency_code = o.currency_code",
                       "LEFT JOIN v_fx_latest x ON x.currency_code = o.currency_code")


def keep_deleted(sql):
    return sql.replace(" AND o.deleted_at IS NULL", "").replace("o.deleted_at IS NULL AND ", "").replace(" AND c.deleted_at IS NULL", "").replace("c.deleted_at IS NULL AND ", "")


def calendar(sql, code):
    y = int(code[:4]) + 1
    return sql.replace(M.season("o.ordered_at_local", code), f"EXTRACT(YEAR FROM o.ordered_at_local) = {y}")


def G(i):
    return QS[i - 1]["gold"][0]


def wrong():
    W = {
        1: [("UTC date instead of local", G(1).replace("o.ordered_at_local::date", "(o.ordered_at AT TIME ZONE 'UTC')::date")),
            ("soft-deleted kept", keep_deleted(G(1)))],
        2: [("no FX conversion", no_fx(G(2))), ("latest tariff (valid_to IS NULL)", G(2).replace("AND t.valid_from <= s.started_at_local::date AND (t.valid_to IS NULL OR s.started_at_local::date < t.valid_to)", "AND t.valid_to IS NULL"))],
        3: [("only the first old code", G(3).replace("JOIN legacy_product_code_map m ON m.old_product_code = s.old_product_code", "JOIN legacy_product_code_map m ON m.old_product_code = s.old_product_code AND m.note IS NULL")),
            ("test/reversed sales kept", G(3).replace(" AND s.status_code = 'V'", ""))],
        4: [("live incidents only", live_only(G(4)))],
        5: [("live orders only", live_only(G(5))), ("season of the order date instead of first ski date", G(5).replace("l.first_ski_date BETWEEN", "o.ordered_at_local::date BETWEEN"))],
        6: [("UTC time instead of local", G(6).replace("l.starts_at_local", "(l.starts_at AT TIME ZONE 'UTC')")), ("all statuses counted", G(6).replace(" AND l.status = 'held'", ""))],
        7: [("no FX conversion", no_fx(G(7))), ("voided contracts kept", keep_deleted(G(7)))],
        8: [("live refunds only", live_only(G(8)).replace("JOIN sales_orders o", "JOIN (SELECT * FROM sales_orders UNION ALL SELECT order_id, order_no, customer_id, resort_id, ordered_at, ordered_at_local, channel_code, status, currency_code, deleted_at FROM archive_sales_orders) o")),
            ("no FX conversion", no_fx(G(8)))],
        9: [("current price (v_current_prices)", "SELECT COUNT(*) FROM order_lines l JOIN sales_orders o ON o.order_id = l.order_id JOIN resorts r ON r.resort_id = o.resort_id JOIN products p ON p.product_id = l.product_id "
                                                 f"JOIN v_current_prices v ON v.product_code = p.product_code WHERE r.resort_code = 'VER' AND {M.PAID} AND {M.season('o.ordered_at_local', '2024-25')} AND l.unit_price < v.list_price")],
        10: [("current role and resort (staff)", "SELECT s.staff_no FROM staff s JOIN resorts r ON r.resort_id = s.home_resort_id WHERE r.resort_code = 'KIT' AND s.current_role_code = 'LIFT_OP'")],
        11: [("live tables only", live_only(G(11))), ("stale rpt_season_revenue", "SELECT resort_code, ROUND(revenue_eur) FROM rpt_season_revenue WHERE season_code = '2022-23'")],
        12: [("rpt_lift_utilisation", "SELECT r.resort_code, SUM(u.gate_scans) FROM rpt_lift_utilisation u JOIN lifts l ON l.name = u.lift_name JOIN resorts r ON r.resort_id = l.resort_id GROUP BY r.resort_code")],
        13: [("no legacy season", G(13).replace("UNION ALL SELECT ls.sale_date, ls.qty FROM legacy_ticket_sales ls JOIN legacy_product_code_map m ON m.old_product_code = ls.old_product_code JOIN products p ON p.product_id = m.product_id WHERE ls.status_code = 'V' AND p.product_type_code = 'DAY'", "")),
             ("live orders only", live_only(G(13)))],
        14: [("planned maintenance kept", G(14).replace("WHERE NOT c.is_planned AND ", "WHERE ")), ("UTC date for the season", utc_dates(G(14)))],
        15: [("no FX conversion", no_fx(G(15))), ("cancelled lessons kept", G(15).replace("l.status IN ('held', 'no_show')", "l.status IS NOT NULL"))],
        16: [("UTC month", G(16).replace("date_trunc('month', s.started_at_local)", "date_trunc('month', s.started_at AT TIME ZONE 'UTC')"))],
        17: [("current role (staff)", "SELECT sr.title, COUNT(*) FROM staff s JOIN staff_roles sr ON sr.role_code = s.current_role_code WHERE s.left_on IS NULL GROUP BY sr.title")],
        18: [("voided contracts kept", keep_deleted(G(18))), ("rpt_rental_revenue", "SELECT 'all', ROUND(SUM(amount_local)) FROM rpt_rental_revenue WHERE season_code = '2023-24'")],
        19: [("live orders only", live_only(G(19))), ("soft-deleted kept", keep_deleted(G(19)))],
        20: [("current lift name", G(20).replace("JOIN lift_name_history h ON h.lift_id = s.lift_id AND h.valid_from <= s.month_start AND (h.valid_to IS NULL OR s.month_start < h.valid_to)", "JOIN lifts h ON h.lift_id = s.lift_id"))],
        21: [("live tables only", live_only(G(21))), ("refunds not subtracted", G(21).replace("UNION ALL SELECT o.customer_id, -f.amount", "UNION ALL SELECT o.customer_id, 0 * f.amount"))],
        22: [("inner join (lifts without scans dropped)", G(22).replace("LEFT JOIN lift_scans_whi", "JOIN lift_scans_whi"))],
        23: [("planned maintenance kept", G(23).replace("WHERE NOT c.is_planned AND ", "WHERE "))],
        24: [("current role (staff.current_role_code)", "SELECT s.staff_no, s.full_name, ROUND(SUM(l.duration_min)::numeric / 60, 2) AS hours FROM ski_school_lessons l JOIN staff s ON s.staff_id = l.instructor_id "
                                                      f"WHERE s.current_role_code = 'SNR_INSTR' AND l.status = 'held' AND {M.season('l.starts_at_local', '2024-25')} GROUP BY s.staff_no, s.full_name ORDER BY hours DESC, s.staff_no LIMIT 5")],
        25: [("rpt_snowmaking_energy", "SELECT resort_code, ROUND(cost_eur) FROM rpt_snowmaking_energy WHERE season_code = '2023-24' ORDER BY 2 DESC, 1"),
             ("current tariff", G(25).replace("AND t.valid_from <= s.started_at_local::date AND (t.valid_to IS NULL OR s.started_at_local::date < t.valid_to)", "AND t.valid_to IS NULL"))],
        26: [("latest FX (v_fx_latest)", latest_fx(G(26))), ("calendar 2025 instead of season", calendar(G(26), "2024-25"))],
        27: [("UTC date instead of local", G(27).replace("o.ordered_at_local::date", "(o.ordered_at AT TIME ZONE 'UTC')::date")), ("soft-deleted kept", keep_deleted(G(27)))],
        28: [("voided contracts kept", keep_deleted(G(28)))],
        29: [("live incidents only", live_only(G(29)))],
        30: [("v_orders_2024_25 snapshot", "SELECT r.resort_code, ROUND(COALESCE(SUM(f.amount * COALESCE(x.eur_per_unit, 1)), 0)) FROM resorts r LEFT JOIN v_orders_2024_25 v ON v.resort_code = r.resort_code "
                                          "LEFT JOIN refunds f ON f.order_id = v.order_id LEFT JOIN fx_rates x ON x.rate_date = (f.refunded_at AT TIME ZONE 'UTC')::date AND x.currency_code = r.currency_code GROUP BY r.resort_code ORDER BY 2 DESC, 1")],
        31: [("no FX conversion", no_fx(G(31)))],
        32: [("live orders only", live_only(G(32)))],
        33: [("live incidents only", live_only(G(33)))],
        34: [("no_show counted as cancelled", G(34).replace("l.status = 'cancelled'", "l.status IN ('cancelled', 'no_show')"))],
        35: [("calendar 2024 by UTC date", G(35).replace(M.season("s.started_at_local", "2023-24"), "EXTRACT(YEAR FROM s.started_at AT TIME ZONE 'UTC') = 2024"))],
        36: [("calendar years 2024 vs 2025 instead of seasons", "WITH s AS (" + " UNION ALL ".join(f"SELECT '{c.upper()}' AS resort_code, month_start, gate_scans FROM lift_scans_{c}" for c in M.SC) + ") "
              "SELECT resort_code, ROUND(100.0 * (SUM(gate_scans) FILTER (WHERE EXTRACT(YEAR FROM month_start) = 2025) - SUM(gate_scans) FILTER (WHERE EXTRACT(YEAR FROM month_start) = 2024)) "
              "/ SUM(gate_scans) FILTER (WHERE EXTRACT(YEAR FROM month_start) = 2024), 2) FROM s GROUP BY resort_code")],
        37: [("no FX conversion", no_fx(G(37)))],
        38: [("test and reversed legacy sales kept", G(38).replace("WHERE s.status_code = 'V' AND ", "WHERE "))],
        39: [("current resort and role (staff)", "SELECT r.resort_code, ROUND(100.0 * COUNT(*) FILTER (WHERE sr.is_instructor) / COUNT(*), 2) FROM staff s JOIN staff_roles sr ON sr.role_code = s.current_role_code JOIN resorts r ON r.resort_id = s.home_resort_id GROUP BY r.resort_code")],
        40: [("current price (v_current_prices)", "SELECT r.resort_code, ROUND(100.0 * COUNT(*) FILTER (WHERE l.unit_price < v.list_price) / COUNT(*), 2) FROM sales_orders o JOIN order_lines l ON l.order_id = o.order_id JOIN resorts r ON r.resort_id = o.resort_id "
                                                  f"JOIN products p ON p.product_id = l.product_id JOIN v_current_prices v ON v.product_code = p.product_code WHERE {M.PAID} AND {M.season('o.ordered_at_local', '2024-25')} GROUP BY r.resort_code")],
        41: [("only the first old code", G(41).replace("JOIN legacy_lift_code_map m ON m.old_lift_code = c.old_lift_code", "JOIN legacy_lift_code_map m ON m.old_lift_code = c.old_lift_code AND m.note IS NULL"))],
        42: [("v_current_prices", "SELECT left(v.product_code, 3), v.list_price, v.currency_code FROM v_current_prices v WHERE v.product_code LIKE '%-DAY-AD'"),
             ("latest FX (v_fx_latest)", G(42).replace("LEFT JOIN fx_rates x ON x.rate_date = DATE '2024-12-24' AND x.currency_code = r.currency_code", "LEFT JOIN v_fx_latest x ON x.currency_code = r.currency_code"))],
        43: [("current role (staff.current_role_code)", "SELECT sr.title, COUNT(*), ROUND(SUM(l.duration_min)::numeric / 60, 2) FROM ski_school_lessons l JOIN staff s ON s.staff_id = l.instructor_id JOIN staff_roles sr ON sr.role_code = s.current_role_code "
                                                      f"WHERE l.status = 'held' AND {M.season('l.starts_at_local', '2024-25')} GROUP BY sr.title")],
        44: [("current lift name", G(44).replace("JOIN lift_name_history h ON h.lift_id = d.lift_id AND h.valid_from <= d.started_at_local::date AND (h.valid_to IS NULL OR d.started_at_local::date < h.valid_to)", "JOIN lifts h ON h.lift_id = d.lift_id")),
             ],
        45: [("v_season_pass_holders snapshot", "SELECT v.resort_code, COUNT(DISTINCT v.customer_no) FROM v_season_pass_holders v JOIN customers cu ON cu.customer_no = v.customer_no JOIN rental_shops sh ON true "
                                                "JOIN resorts r ON r.resort_id = sh.resort_id AND r.resort_code = v.resort_code JOIN rental_contracts c ON c.shop_id = sh.shop_id AND c.customer_id = cu.customer_id GROUP BY v.resort_code")],
        46: [("archive refunds missing", G(46).replace(M.ALLR, "refunds"))],
        47: [("more than one history row (role changes counted as moves)", G(47).replace("HAVING COUNT(DISTINCT resort_id) > 1", "HAVING COUNT(*) > 1"))],
        48: [("rpt_lift_utilisation scans", G(48).replace(f"FROM {M.SCANS} s JOIN lifts l ON l.lift_id = s.lift_id", "FROM rpt_lift_utilisation s JOIN lifts l ON l.name = s.lift_name"))],
        49: [("inner join (types without lifts dropped)", G(49).replace("FROM lift_types t LEFT JOIN lifts l", "FROM lift_types t JOIN lifts l"))],
        50: [("any period starting in 2024 (transfers kept)", G(50).replace("WHERE h.prev_resort = h.resort_id AND h.prev_role <> h.role_code AND ", "WHERE h.prev_role <> h.role_code AND "))],
    }
    return W


def norm(rows):
    return [tuple(str(v) if v is not None else None for v in r) for r in rows]


def main():
    global QS
    QS = [json.loads(line) for line in open(QUESTIONS, encoding="utf-8")]
    server, fx, conns = connections()
    print("| question | wrong choice | instances where it differs from the gold |")
    print("|---|---|---|")
    try:
        for i, q in enumerate(QS, 1):
            for label, sql in wrong().get(i, []):
                diff = []
                for k, c in enumerate(conns):
                    g = norm(c.execute(q["gold"][0]).fetchall())
                    try:
                        w = norm(c.execute(sql).fetchall())
                    except Exception as e:  # a decoy that does not even run counts as different
                        w = [("error", type(e).__name__)]
                    same = g == w if q["order_matters"] else Counter(g) == Counter(w)
                    if not same:
                        diff.append(str(k))
                print(f"| {q['id']} | {label} | {len(diff)}/4 ({','.join(diff) or '-'}) |")
    finally:
        for c in conns:
            c.close()
        server.stop()


if __name__ == "__main__":
    main()
