"""For every question, run the readings a model makes when it does NOT look at the data (the
plausible guess for each fact) and show that each one changes the answer on every instance, so the
fact is needed.  Each naive query is the gold with one fact read the guessed way (textual replace
of the gold, asserted to apply).  Prints a markdown table.

Run:  EVAL_CACHE_ROOT=/tmp/datafacts-cache python bench/pilots/datafacts/fact_check.py"""
import json
from collections import Counter

from _harness import HERE, open_fixture
from eval.db import pgconn

# question number -> [(label, old substring of the gold, replacement)]
NAIVE = {
    1: [("status = 'delivered' (lower case)", "s.status = 'Delivered'", "s.status = 'delivered'"),
        ("status LIKE 'Delivered%' (takes partial too)", "s.status = 'Delivered'", "s.status LIKE 'Delivered%'"),
        ("account_type = 'Hospital'", "'HOSPITAL'", "'Hospital'")],
    2: [("reported_on read as MM/DD/YYYY", "'DD/MM/YYYY'", "'MM/DD/YYYY'"),
        ("reported_on compared as ISO text", "to_date(reported_on, 'DD/MM/YYYY')", "reported_on")],
    3: [("reason = 'stain' only", "lower(trim(j.reason)) = 'stain'", "j.reason = 'stain'"),
        ("lower(reason) = 'stain' (no trim)", "lower(trim(j.reason)) = 'stain'", "lower(j.reason) = 'stain'")],
    4: [("status = 'open'", "i.status = 'Open'", "i.status = 'open'"),
        ("test accounts kept (account_type <> 'TEST')", "c.account_type <> 'ZZ_TEST'", "c.account_type <> 'TEST'")],
    5: [("pounds not converted ('lb')", "s.soil_weight_unit = 'lbs'", "s.soil_weight_unit = 'lb'"),
        ("only readings with unit 'kg' or 'lbs'", "WHERE s.soil_weight IS NOT NULL", "WHERE s.soil_weight_unit IN ('kg', 'lbs')")],
    6: [("open end = valid_to IS NULL", "k.valid_to = DATE '9999-12-31'", "k.valid_to IS NULL"),
        ("test accounts kept (account_type <> 'TEST')", "c.account_type <> 'ZZ_TEST'", "c.account_type <> 'TEST'")],
    7: [("amount taken as euros", "SUM(amount) / 100.0", "SUM(amount)")],
    8: [("payroll name = 'Firstname Lastname'", "upper(d.last_name) || ', ' || d.first_name", "d.first_name || ' ' || d.last_name"),
        ("payroll name = 'Lastname, Firstname'", "upper(d.last_name) || ', ' || d.first_name", "d.last_name || ', ' || d.first_name")],
    9: [("credits subtracted (sign)", "inv.total_amount + COALESCE(cr.credited, 0)", "inv.total_amount - COALESCE(cr.credited, 0)"),
        ("status <> 'void' (lower case)", "i.status <> 'Void'", "i.status <> 'void'")],
    10: [("program_code joined as is", " OR b.program_code = 'PRG ' || lpad(p.controller_no::text, 2, '0')", "")],
    11: [("status = 'refused' / 'cancelled'", "s.status = 'Refused'", "s.status = 'refused'"),
         ("cancelled as 'CANCELLED'", "s.status <> 'Cancelled'", "s.status <> 'CANCELLED'")],
    12: [("payments taken as euros", "SUM(amount) / 100.0", "SUM(amount) * 1.0"),
         ("status <> 'void' (lower case)", "i.status <> 'Void'", "i.status <> 'void'")],
    13: [("discount taken as percent already", "AVG(k.discount) * 100", "AVG(k.discount)")],
    14: [("item codes joined as is", "rtrim(pr.item_code) = x.item_code", "pr.item_code = x.item_code")],
    15: [("plates joined as is", "replace(v.reg_plate, '-', '') = f.plate", "v.reg_plate = f.plate")],
    16: [("reported_on read as MM/DD/YYYY", "'DD/MM/YYYY'", "'MM/DD/YYYY'"),
         ("account_type = 'Hospital'", "'HOSPITAL'", "'Hospital'")],
}


def run(cur, sql):
    try:
        cur.execute(sql)
        return Counter(tuple(r) for r in cur.fetchall()), None
    except Exception as e:  # noqa: BLE001
        cur.connection.rollback()
        return None, str(e).splitlines()[0][:60]


def main():
    qs = [json.loads(line) for line in open(HERE / "questions.jsonl", encoding="utf-8")]
    server, fx = open_fixture()
    conns = [pgconn.connect(server.admin.for_db(db), autocommit=False) for db in fx.instance_dbs]
    print("| question | naive reading | instances where it differs from the gold | how |")
    print("|---|---|---|---|")
    weak = 0
    try:
        for i, q in enumerate(qs, 1):
            gold = q["gold"][0]
            for label, old, new in NAIVE[i]:
                assert old in gold, (q["id"], old)
                naive = gold.replace(old, new)
                diff, how = [], set()
                for k, c in enumerate(conns):
                    with c.cursor() as cur:
                        g, _ = run(cur, gold)
                        n, err = run(cur, naive)
                    if err:
                        diff.append(k)
                        how.add("error: " + err.split(":")[0])
                    elif n != g:
                        diff.append(k)
                        how.add("0 rows / 0" if (not n or all(all(v in (0, None) for v in r) for r in n)) else "other result")
                weak += len(diff) < len(conns)
                print(f"| {q['id']} | {label} | {len(diff)}/{len(conns)} ({','.join(map(str, diff))}) | {'; '.join(sorted(how))} |")
    finally:
        for c in conns:
            c.close()
        server.stop()
    print(f"\n{'every naive reading changes the answer on every instance' if not weak else f'{weak} naive readings match the gold somewhere'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
