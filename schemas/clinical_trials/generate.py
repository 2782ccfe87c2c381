"""Seeded data generator for the clinical_trials benchmark database.

Reference data (sites, investigators, trials, arms) is identical in every instance; the facts
(participants, visits, adverse events, lab results, payments) and some numbers (trial budgets)
depend on the seed, and so do their distributions (site popularity, visit adherence, AE rates,
lab abnormality rates, payment sizes).  Instances 1..3 also get targeted "discriminating" rows
(boundary values, ties, unmatched rows: see _discriminating_rows and README.md).  Stdlib only, no
wall clock.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

SEEDS = [20240611, 7, 99173, 424242]

CUTOFF = date(2025, 6, 30)  # data extract date: nothing happens after it

# code, name, city, country, is_academic, activated_on
SITES = [
    ("S-OSL-01", "Rikshospitalet", "Oslo", "NO", True, date(2018, 3, 1)),
    ("S-BGO-01", "Haukeland universitetssjukehus", "Bergen", "NO", True, date(2018, 9, 17)),
    ("S-MUC-01", "Klinikum Großhadern", "München", "DE", True, date(2018, 5, 2)),
    ("S-MUC-02", "Praxisklinik Schwabing", "München", "DE", False, date(2020, 1, 13)),
    ("S-BER-01", "Charité Campus Mitte", "Berlin", "DE", True, date(2018, 2, 5)),
    ("S-HAM-01", "Asklepios Klinik Nord", "Hamburg", "DE", False, date(2019, 6, 3)),
    ("S-ZRH-01", "Universitätsspital Zürich", "Zürich", "CH", True, date(2018, 11, 20)),
    ("S-GVA-01", "Hôpitaux Universitaires de Genève", "Genève", "CH", True, date(2019, 2, 11)),
    ("S-PAR-01", "Hôpital Saint-Éloi", "Paris", "FR", False, date(2019, 4, 8)),
    ("S-LYS-01", "Centre Léon Bérard", "Lyon", "FR", True, date(2018, 7, 23)),
    ("S-MAD-01", "Hospital Universitario La Paz", "Madrid", "ES", True, date(2018, 4, 16)),
    ("S-MAD-02", "Clínica Nuestra Señora del Pilar", "Madrid", "ES", False, date(2021, 3, 1)),
    ("S-BCN-01", "Hospital Clínic de Barcelona", "Barcelona", "ES", True, date(2018, 10, 1)),
    ("S-CPH-01", "Rigshospitalet København", "København", "DK", True, date(2019, 1, 7)),
    ("S-AAR-01", "Aarhus Sundhedshus", "Århus", "DK", False, date(2020, 8, 24)),
    ("S-STO-01", "Karolinska Universitetssjukhuset", "Stockholm", "SE", True, date(2018, 1, 15)),
    ("S-DUB-01", "St. James's Hospital", "Dublin", "IE", True, date(2018, 6, 11)),
    ("S-DUB-02", "O'Connell Private Clinic", "Dublin", "IE", False, date(2021, 9, 6)),
    ("S-BOS-01", "Beacon Hill Research Center", "Boston", "US", False, date(2019, 9, 9)),
    ("S-BOS-02", "Massachusetts Teaching Hospital", "Boston", "US", True, date(2018, 8, 20)),
    ("S-CHI-01", "Lakeshore Medical Group", "Chicago", "US", False, date(2020, 5, 18)),
    ("S-LIS-01", "Hospital de Santa Maria", "Lisboa", "PT", True, date(2019, 10, 14)),
    ("S-VIE-01", "AKH Wien", "Wien", "AT", True, date(2018, 12, 3)),
    ("S-KRK-01", "Szpital Uniwersytecki w Krakowie", "Kraków", "PL", True, date(2022, 2, 21)),
]

SPECIALTIES = ["oncology", "cardiology", "endocrinology", "neurology", "rheumatology", "pulmonology"]

FIRST = ["Siobhan", "Åsa", "Jürgen", "Marta", "Lucía", "François", "Søren", "Ingrid", "Patrick", "Zoë",
         "Björn", "Chloé", "Miguel", "Nuño", "Henrik", "Grete", "Liam", "Aoife", "Tomás", "Élodie",
         "Karl", "Małgorzata", "João", "Fiona", "Dieter", "Sinéad", "Pål", "Ana", "Ruth", "Mehmet"]
LAST = ["O'Brien", "Lindqvist", "Müller", "García", "Fernández", "Dubois", "Jørgensen", "Hansen", "Murphy",
        "Schäfer", "Nyström", "Lefèvre", "Peña", "Ibáñez", "Strauß", "Kowalski", "D'Angelo", "Berg",
        "Svensson", "Ó Súilleabháin", "Weiß", "Moreau", "Rossi", "Novák", "Kelly", "Østergaard", "Silva",
        "Becker", "Nakamura", "Ahmed"]

# code, title, sponsor, area, phase, status, start, end, target_enrollment
TRIALS = [
    ("CT-2019-001", "NORD-ONC: nivolimab in advanced melanoma", "Nordlys Pharma", "oncology", "III", "completed", date(2019, 2, 4), date(2023, 5, 31), 220),
    ("CT-2019-002", "HEART-FAIL: sacubitrox versus enalapril", "Brückner Biotech", "cardiology", "III", "completed", date(2019, 5, 13), date(2022, 11, 30), 180),
    ("CT-2019-003", "GLUCO-1: first-in-human glucokinase activator", "Helix Therapeutics", "endocrinology", "I", "completed", date(2019, 9, 2), date(2020, 8, 14), 40),
    ("CT-2020-001", "MS-REMIT: ozanimab dose finding", "Nordlys Pharma", "neurology", "II", "terminated", date(2020, 1, 20), date(2021, 10, 8), 120),
    ("CT-2020-002", "RA-JAK: tofacitor in rheumatoid arthritis", "Sánchez & Co Laboratorios", "rheumatology", "III", "completed", date(2020, 6, 1), date(2024, 3, 29), 200),
    ("CT-2020-003", "COPD-AIR: inhaled triple therapy", "Brückner Biotech", "pulmonology", "IV", "completed", date(2020, 10, 5), date(2023, 9, 15), 150),
    ("CT-2021-001", "LUNG-TKI: osimertex adjuvant", "Helix Therapeutics", "oncology", "II", "active", date(2021, 3, 15), None, 110),
    ("CT-2021-002", "MIGRAINE-PREV: anti-CGRP monthly injection", "Ålesund Life Sciences", "neurology", "III", "active", date(2021, 6, 7), None, 160),
    ("CT-2021-003", "T2D-WEEKLY: weekly GLP-1 agonist", "Nordlys Pharma", "endocrinology", "III", "recruiting", date(2021, 9, 20), None, 240),
    ("CT-2021-004", "AFIB-STOP: ablation adjunct drug", "O'Neill Cardio Research", "cardiology", "II", "terminated", date(2021, 11, 1), date(2023, 2, 17), 90),
    ("CT-2022-001", "BREAST-ADC: antibody–drug conjugate", "Sánchez & Co Laboratorios", "oncology", "III", "recruiting", date(2022, 2, 14), None, 260),
    ("CT-2022-002", "LUPUS-B: anifrolumax in lupus", "Ålesund Life Sciences", "rheumatology", "II", "active", date(2022, 5, 9), None, 80),
    ("CT-2022-003", "ASTHMA-KIDS: paediatric biologic", "Brückner Biotech", "pulmonology", "III", "recruiting", date(2022, 9, 12), None, 140),
    ("CT-2023-001", "HTN-DUO: fixed-dose antihypertensive", "O'Neill Cardio Research", "cardiology", "IV", "recruiting", date(2023, 1, 16), None, 200),
    ("CT-2023-002", "ALZ-AMY: anti-amyloid antibody", "Helix Therapeutics", "neurology", "II", "recruiting", date(2023, 6, 5), None, 100),
    ("CT-2024-001", "OBESITY-TRI: triple agonist", "Nordlys Pharma", "endocrinology", "I", "recruiting", date(2024, 4, 22), None, 48),
    ("CT-2025-001", "PSO-ORAL: oral IL-23 blocker", "Sánchez & Co Laboratorios", "rheumatology", "II", "planned", date(2025, 9, 1), None, 90),
    ("CT-2025-002", "CF-MOD: CFTR modulator extension", "Ålesund Life Sciences", "pulmonology", "III", "planned", date(2025, 11, 3), None, 120),
]

# arm layouts: list of (arm_code, arm_type, dose_mg or None)
ARM_LAYOUTS = {
    "I": [("A", "experimental", Decimal("10.00")), ("B", "experimental", Decimal("25.00")), ("PBO", "placebo", None)],
    "II": [("A", "experimental", Decimal("50.00")), ("B", "experimental", Decimal("100.00")), ("PBO", "placebo", None)],
    "III": [("A", "experimental", Decimal("200.00")), ("C", "active_comparator", Decimal("150.00")), ("PBO", "placebo", None)],
    "IV": [("A", "experimental", Decimal("5.00")), ("C", "active_comparator", Decimal("7.50"))],
}

AE_TERMS = ["headache", "nausea", "fatigue", "rash", "dizziness", "elevated liver enzymes", "hypertension",
            "neutropenia", "pneumonia", "myocardial infarction", "injection site reaction", "diarrhoea"]
AE_BASE_WEIGHTS = [14, 12, 12, 7, 8, 5, 5, 3, 3, 1, 6, 8]

# test_code: unit, low, high, mean, sd
LABS = {
    "ALT": ("U/L", Decimal("7.00"), Decimal("56.00"), 32.0, 14.0),
    "AST": ("U/L", Decimal("10.00"), Decimal("40.00"), 26.0, 9.0),
    "HGB": ("g/dL", Decimal("12.00"), Decimal("17.50"), 13.9, 1.3),
    "CREA": ("mg/dL", Decimal("0.60"), Decimal("1.30"), 0.95, 0.22),
    "GLU": ("mg/dL", Decimal("70.00"), Decimal("99.00"), 92.0, 14.0),
}

WITHDRAWAL_REASONS = ["adverse event", "lost to follow-up", "consent withdrawn", "protocol deviation"]
UTC = timezone.utc
CET = timezone(timedelta(hours=1))


def _reference():
    """Reference rows, the same for every seed."""
    r = random.Random(1729)
    sites = [(i + 1, *s) for i, s in enumerate(SITES)]
    investigators = []
    iid = 0
    used = set()
    for s in sites:
        n = 2 + (s[0] % 3) + (1 if s[5] else 0)
        for j in range(n):
            while True:
                name = f"{r.choice(FIRST)} {r.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            iid += 1
            spec = SPECIALTIES[(s[0] + j * 2 + r.randrange(2)) % len(SPECIALTIES)]
            local = name.lower().replace("'", "").replace(" ", ".")
            email = None if r.random() < 0.15 else f"{local}@{s[1].lower()}.example.org"
            gcp = None if r.random() < 0.12 else date(2017, 1, 1) + timedelta(days=r.randrange(0, 2900))
            investigators.append((iid, s[0], name, spec, email, j == 0, gcp))
    trials = []
    arms = []
    aid = 0
    for t_idx, t in enumerate(TRIALS):
        tid = t_idx + 1
        trials.append((tid, t))
        for code, typ, dose in ARM_LAYOUTS[t[4]]:
            aid += 1
            if typ == "placebo":
                desc = "Matching placebo, once daily"
            elif typ == "active_comparator":
                desc = f"Standard of care comparator {dose} mg once daily"
            else:
                desc = f"Study drug {dose} mg once daily"
            arms.append((aid, tid, code, typ, dose, desc))
    # participating sites per trial (fixed): 4..8 sites active by start date (or activated within a year)
    trial_sites = {}
    for tid, t in trials:
        cand = [s for s in sites if s[6] <= t[6] + timedelta(days=365)]
        k = min(len(cand), 4 + r.randrange(5))
        chosen = r.sample(cand, k)
        trial_sites[tid] = sorted(chosen, key=lambda s: s[0])
    return sites, investigators, trials, arms, trial_sites


def _money(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def generate(seed: int) -> dict[str, list[tuple]]:
    sites, investigators, trials, arms, trial_sites = _reference()
    r = random.Random(seed)

    # seed-dependent distribution parameters
    site_weight = {s[0]: r.uniform(0.3, 3.0) for s in sites}
    miss_rate = r.uniform(0.05, 0.16)
    cancel_rate = r.uniform(0.02, 0.07)
    withdraw_rate = r.uniform(0.07, 0.2)
    ae_rate = {"experimental": r.uniform(0.8, 1.6), "placebo": r.uniform(0.3, 0.8),
               "active_comparator": r.uniform(0.5, 1.2)}
    ae_weights = [w * r.uniform(0.5, 1.8) for w in AE_BASE_WEIGHTS]
    serious_rate = r.uniform(0.05, 0.15)
    lab_rate = r.uniform(0.2, 0.4)
    lab_shift = {k: r.uniform(-0.3, 0.5) for k in LABS}
    outlier_rate = r.uniform(0.01, 0.04)
    fill_rate = {tid: r.uniform(0.45, 1.1) for tid, _ in trials}
    pay_scale = r.uniform(0.7, 1.4)

    trial_rows = []
    for tid, t in trials:
        code, title, sponsor, area, phase, status, start, end, target = t
        budget = _money(target * r.uniform(18000, 42000))
        trial_rows.append((tid, code, title, sponsor, area, phase, status, start, end, target, budget))

    arms_by_trial: dict[int, list[tuple]] = {}
    for a in arms:
        arms_by_trial.setdefault(a[1], []).append(a)
    inv_by_site: dict[int, list[tuple]] = {}
    for inv in investigators:
        inv_by_site.setdefault(inv[1], []).append(inv)

    participants, visits, aes, labs, payments = [], [], [], [], []
    pid = vid = aeid = lid = payid = 0
    for tid, t in trials:
        code, title, sponsor, area, phase, status, start, end, target = t
        if status == "planned":
            continue
        t_end = end or CUTOFF
        recruit_end = min(t_end, start + timedelta(days=int((t_end - start).days * 0.7)) + timedelta(days=30))
        n = max(6, int(target * fill_rate[tid] * 0.45))
        tsites = trial_sites[tid]
        weights = [site_weight[s[0]] for s in tsites]
        tarms = arms_by_trial[tid]
        for _ in range(n):
            pid += 1
            site = r.choices(tsites, weights)[0]
            arm = tarms[r.randrange(len(tarms))]
            first_day = max(start, site[6])
            span = max(1, (recruit_end - first_day).days)
            enrol_day = first_day + timedelta(days=r.randrange(span))
            enrolled_at = datetime.combine(enrol_day, time(r.randrange(7, 17), r.randrange(60), r.randrange(60)), UTC)
            sex = r.choices(["F", "M", "X"], [48, 50, 2])[0]
            age = r.randrange(19, 82) if phase != "I" else r.randrange(19, 55)
            birth = enrol_day - timedelta(days=age * 365 + r.randrange(365))
            withdrawn = reason = None
            if r.random() < withdraw_rate:
                wd = enrol_day + timedelta(days=r.randrange(20, 400))
                if wd <= t_end:
                    withdrawn = wd
                    reason = r.choices(WITHDRAWAL_REASONS, [3, 4, 3, 1])[0]
            participants.append((pid, f"SUBJ-{pid:06d}", arm[0], site[0], sex, birth, enrolled_at, withdrawn, reason))

            # visits every 28 days, up to 5, until withdrawal / trial end / cutoff
            stop = min(withdrawn or t_end, t_end)
            site_invs = inv_by_site[site[0]]
            completed_visits = []
            weight = round(r.gauss(78, 14), 1)
            bp = r.randrange(105, 160)
            for vn in range(1, 6):
                sched = enrol_day + timedelta(days=28 * (vn - 1))
                if sched > stop:
                    break
                vid += 1
                if vn == 1:
                    st = "completed"
                else:
                    u = r.random()
                    st = "missed" if u < miss_rate else ("cancelled" if u < miss_rate + cancel_rate else "completed")
                if st == "completed":
                    shift = r.choice([0, 0, 0, 1, -1, 2, 3])
                    if vn == 1:  # the baseline visit is never before enrolment (consent is signed at enrolled_at)
                        shift = max(shift, 0)
                    vday = sched + timedelta(days=shift)
                    if vday > stop:  # not after a withdrawal, the trial's end or the extract date
                        vday = sched
                    v_at = datetime.combine(vday, time(r.randrange(8, 17), r.choice([0, 15, 30, 45])))
                    inv = site_invs[r.randrange(len(site_invs))][0]
                    w = Decimal(str(round(weight + r.uniform(-2, 2), 1))) if r.random() > 0.08 else None
                    b = bp + r.randrange(-12, 13) if r.random() > 0.1 else None
                    visits.append((vid, pid, vn, sched, v_at, st, inv, w, b))
                    completed_visits.append((vid, vday))
                else:
                    visits.append((vid, pid, vn, sched, None, st, None, None, None))
                # labs
                if st == "completed" and (vn == 1 or r.random() < lab_rate):
                    tests = r.sample(list(LABS), 3) if vn == 1 else r.sample(list(LABS), r.randrange(1, 3))
                    for tc in tests:
                        unit, lo, hi, mean, sd = LABS[tc]
                        shift = lab_shift[tc] * sd if arm[3] == "experimental" else 0.0
                        val = max(float(lo) * 0.3, r.gauss(mean + shift, sd))
                        if tc in ("ALT", "AST", "CREA") and r.random() < outlier_rate:
                            val *= r.uniform(1.8, 4.0)
                        lid += 1
                        res_at = datetime.combine(completed_visits[-1][1] + timedelta(days=r.randrange(0, 3)),
                                                  time(r.randrange(6, 20), r.randrange(60)), CET)
                        labs.append((lid, vid, tc, _money(val), unit, lo, hi, res_at))

            # adverse events
            n_ae = 0
            lam = ae_rate[arm[3]]
            while r.random() < lam / (1 + lam) and n_ae < 5:
                n_ae += 1
            for _ in range(n_ae):
                aeid += 1
                term = r.choices(AE_TERMS, ae_weights)[0]
                if completed_visits and r.random() < 0.75:
                    v_id, v_day = completed_visits[r.randrange(len(completed_visits))]
                    onset = v_day - timedelta(days=r.randrange(0, 10))
                    if onset < enrol_day:
                        onset = enrol_day
                    rep_day = v_day
                else:
                    v_id = None
                    onset = enrol_day + timedelta(days=r.randrange(0, max(1, (stop - enrol_day).days)))
                    rep_day = min(onset + timedelta(days=r.randrange(0, 5)), CUTOFF)
                severe_terms = ("pneumonia", "myocardial infarction", "neutropenia")
                if term in severe_terms:
                    grade = r.choices([2, 3, 4, 5], [3, 4, 2, 1])[0]
                else:
                    grade = r.choices([1, 2, 3, 4], [10, 6, 2, 0.3])[0]
                serious = grade >= 4 or (grade == 3 and r.random() < 0.5) or r.random() < serious_rate * 0.3
                caus_w = [4, 3, 3, 2, 1] if arm[3] == "placebo" else [2, 2, 3, 3, 2]
                causality = r.choices(["unrelated", "unlikely", "possible", "probable", "definite"], caus_w)[0]
                if grade == 5:
                    outcome, resolved = "fatal", None
                else:
                    outcome = r.choices(["recovered", "recovering", "not_recovered", "unknown"], [10, 2, 1, 1])[0]
                    resolved = onset + timedelta(days=r.randrange(1, 60)) if outcome == "recovered" else None
                    if resolved and resolved > CUTOFF:
                        resolved, outcome = None, "recovering"
                rep_at = datetime.combine(rep_day, time(r.randrange(7, 19), r.randrange(60), r.randrange(60)), UTC)
                aes.append((aeid, pid, v_id, term, onset, rep_at, grade, serious, causality, outcome, resolved))

        # payments: startup per participating site, quarterly per-visit batches, closeout when ended
        for s in tsites:
            site_start = max(start, s[6])
            payid += 1
            payments.append((payid, s[0], tid, "startup", _money(r.uniform(4000, 12000) * pay_scale),
                             site_start + timedelta(days=r.randrange(5, 40)),
                             f"INV-{s[1][2:5]}-{payid:05d}" if r.random() > 0.1 else None))
            d = site_start + timedelta(days=120)
            while d <= t_end and d <= CUTOFF:
                if r.random() < 0.8:
                    payid += 1
                    payments.append((payid, s[0], tid, "per_visit", _money(r.uniform(1500, 9000) * pay_scale), d,
                                     f"INV-{s[1][2:5]}-{payid:05d}" if r.random() > 0.2 else None))
                d += timedelta(days=182)
            if end is not None and end + timedelta(days=30) <= CUTOFF:
                payid += 1
                payments.append((payid, s[0], tid, "closeout", _money(r.uniform(2000, 6000) * pay_scale),
                                 end + timedelta(days=r.randrange(10, 30)), f"INV-{s[1][2:5]}-{payid:05d}"))

    payments.sort(key=lambda p: (p[5], p[0]))
    payments = [(i + 1, *p[1:]) for i, p in enumerate(payments)]
    out = {
        "sites": sites,
        "investigators": list(investigators),
        "trials": trial_rows,
        "trial_arms": list(arms),
        "participants": participants,
        "visits": visits,
        "adverse_events": aes,
        "lab_results": labs,
        "site_payments": payments,
    }
    if seed != SEEDS[0]:  # instance 0 stays as generated; 1..3 get the discriminating rows
        _discriminating_rows(out, trial_sites, random.Random(seed * 31 + 5), SEEDS.index(seed))
    return out


def _discriminating_rows(out: dict, trial_sites: dict, r: random.Random, inst: int) -> None:
    """Targeted rows that tell the gold queries from their "neighbour" mutants (bench/mutants.py):
    values exactly on every boundary literal a question uses, the day before/after, rows that break
    conjuncts the random data happens to imply, ties that only the stated secondary sort key breaks,
    trials without arms / without participants / without payments for the LEFT vs INNER questions.
    Appended with fresh ids after the random rows; every CHECK, UNIQUE and FK still holds."""
    P, V, E, L = out["participants"], out["visits"], out["adverse_events"], out["lab_results"]
    trial_by_code = {t[1]: t for t in out["trials"]}
    arms_of = {}
    for a in out["trial_arms"]:
        arms_of.setdefault(a[1], []).append(a)
    invs_of = {}
    for i in out["investigators"]:
        invs_of.setdefault(i[1], []).append(i)
    ids = {k: max([row[0] for row in out[k]] or [0]) for k in out}

    def nid(table):
        ids[table] += 1
        return ids[table]

    def participant(arm, site_id, day, sex="F", withdrawn=None, reason=None, hour=10):
        pid = nid("participants")
        birth = day - timedelta(days=365 * 45 + r.randrange(300))
        P.append((pid, f"SUBJ-{pid:06d}", arm[0], site_id, sex, birth,
                  datetime.combine(day, time(hour, r.randrange(60), r.randrange(60)), UTC), withdrawn, reason))
        return pid

    def visit(pid, vn, sched, status="completed", at=None, inv=None, bp=None):
        vid = nid("visits")
        if status == "completed" and at is None:
            at = datetime.combine(sched, time(9 + vn % 7, 30))
        w = Decimal("80.5") if status == "completed" else None
        V.append((vid, pid, vn, sched, at if status == "completed" else None, status, inv, w, bp))
        return vid

    def ae(pid, term, onset, reported, grade=1, serious=False, outcome="recovered", resolved=None, vid=None):
        E.append((nid("adverse_events"), pid, vid, term, onset, reported, grade, serious, "possible", outcome,
                  resolved))

    def lab(vid, tc, value, day):
        unit, lo, hi = LABS[tc][:3]
        L.append((nid("lab_results"), vid, tc, Decimal(value), unit, lo, hi,
                  datetime.combine(day, time(14, 5), CET)))

    # a long-running trial every boundary participant can belong to (recruiting since 2021-09-20)
    t9 = trial_by_code["CT-2021-003"]
    t9_sites = [s for s in trial_sites[t9[0]] if s[6] <= date(2021, 9, 1)]
    site = t9_sites[r.randrange(len(t9_sites))]
    arm = arms_of[t9[0]][r.randrange(len(arms_of[t9[0]]))]
    inv = invs_of[site[0]][0][0]

    # q001: 'lost to follow-up' withdrawals the day before, on, and at the end of 2023, and on 2024-01-01
    for wd in (date(2022, 12, 31), date(2023, 1, 1), date(2023, 12, 31), date(2024, 1, 1)):
        participant(arm, site[0], date(2022, 6, 1) + timedelta(days=r.randrange(60)), withdrawn=wd,
                    reason="lost to follow-up")
    # q003 / q039: ALT exactly 2 x ULN (112.00) for a participant with diarrhoea (term < 'elevated ...'),
    # ALT exactly at the ULN (56.00, not above it) for one with elevated liver enzymes
    pa = participant(arm, site[0], date(2023, 3, 6))
    va = visit(pa, 1, date(2023, 3, 6), inv=inv, bp=128)
    lab(va, "ALT", "112.00", date(2023, 3, 6))
    ae(pa, "diarrhoea", date(2023, 3, 6), datetime(2023, 3, 6, 11, 0, tzinfo=UTC), vid=va,
       resolved=date(2023, 3, 20))
    pb = participant(arm, site[0], date(2023, 3, 13))
    vb = visit(pb, 1, date(2023, 3, 13), inv=inv, bp=131)
    lab(vb, "ALT", "56.00", date(2023, 3, 13))
    ae(pb, "elevated liver enzymes", date(2023, 3, 13), datetime(2023, 3, 13, 12, 0, tzinfo=UTC), vid=vb,
       resolved=date(2023, 4, 2))
    # q005: an unresolved, non-fatal AE with onset exactly on 2024-01-01
    pc = participant(arm, site[0], date(2023, 10, 2))
    ae(pc, "fatigue", date(2024, 1, 1), datetime(2024, 1, 2, 9, 0, tzinfo=UTC), outcome="recovering")
    # q007: 'injection site reaction' reported at midnight UTC around both year boundaries
    for rep in (datetime(2023, 12, 31, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC),
                datetime(2024, 12, 31, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)):
        ae(pc, "injection site reaction", rep.date() - timedelta(days=1), rep, resolved=rep.date() + timedelta(days=3))
    # q015: non-completed visits that nevertheless carry a blood pressure (data-entry slips): only the
    # status filter keeps them out of the average
    ac_arm = next(a for a in arms_of[t9[0]] if a[3] == "active_comparator")
    pd_ = participant(ac_arm, site[0], date(2022, 1, 10))
    for k in range(16):
        visit(pd_, k + 1, date(2022, 1, 10) + timedelta(days=28 * k), "completed" if k == 0 else
              ("cancelled" if k % 2 else "missed"), inv=inv if k == 0 else None,
              bp=130 if k == 0 else (260 if k % 2 else 60))
    # q016: per-visit payments on 2023-12-31, 2024-01-01 and 2025-01-01
    for d in (date(2023, 12, 31), date(2024, 1, 1), date(2025, 1, 1)):
        pid_ = nid("site_payments")
        out["site_payments"].append((pid_, site[0], t9[0], "per_visit", Decimal("2500.00"), d,
                                     f"INV-{site[1][2:5]}-{pid_:05d}"))
    # q035: a second investigator with the same name at the same site who never conducts a visit
    visiting = {v[6] for v in V}
    lonely = next(i for i in out["investigators"] if i[0] not in visiting)
    out["investigators"].append((nid("investigators"), lonely[1], lonely[2], SPECIALTIES[inst % len(SPECIALTIES)],
                                 None, False, None))
    # q036: one CT-2022-001 participant with the same grade-4 term twice
    t11 = trial_by_code["CT-2022-001"]
    s11 = trial_sites[t11[0]][r.randrange(len(trial_sites[t11[0]]))]
    pe = participant(arms_of[t11[0]][0], s11[0], max(date(2022, 6, 1), s11[6] + timedelta(days=30)))
    for d in (date(2023, 2, 6), date(2023, 5, 15)):
        ae(pe, "pneumonia", d, datetime.combine(d + timedelta(days=1), time(10), UTC), grade=4, serious=True,
           resolved=d + timedelta(days=20))
    # q009 / q030: a planned trial whose arms are not defined yet (no end date, so q030 rightly
    # ignores it), and a terminated trial with arms but nobody enrolled (0 % of target in q030)
    extra_trials = [
        ("CT-2025-003", "RENAL-X: SGLT2 add-on in chronic kidney disease", "Helix Therapeutics", "nephrology", "II",
         "planned", date(2025, 10, 6), None, 60, False),
        ("CT-2022-004", "DERM-TOP: topical JAK cream", "Ålesund Life Sciences", "rheumatology", "II",
         "terminated", date(2022, 10, 3), date(2023, 1, 20), 70, True),
    ]
    for code, title, sponsor, area, phase, status, start, end, target, with_arms in extra_trials:
        tid = nid("trials")
        out["trials"].append((tid, code, title, sponsor, area, phase, status, start, end, target,
                              _money(target * 21000.0)))
        if not with_arms:
            continue
        for acode, typ, dose in ARM_LAYOUTS[phase]:
            a = (nid("trial_arms"), tid, acode, typ, dose, "Matching placebo, once daily" if typ == "placebo"
                 else f"Study drug {dose} mg once daily")
            out["trial_arms"].append(a)

    arm_of = {a[0]: a for a in out["trial_arms"]}
    part_of = {p[0]: p for p in P}

    # q020: within CT-2022-001, tie the closest pair of neighbours in the completed-visit ranking
    cnt = {}
    for v in V:
        p_ = part_of[v[1]]
        if v[5] == "completed" and arm_of[p_[2]][1] == t11[0]:
            cnt[p_[3]] = cnt.get(p_[3], 0) + 1
    code_of = {s[0]: s[1] for s in out["sites"]}
    ranked = sorted(cnt, key=lambda sid: (-cnt[sid], code_of[sid]))
    gap, lo_site = min((cnt[a] - cnt[b], b) for a, b in zip(ranked, ranked[1:]) if cnt[a] != cnt[b])
    tmpl = next(p_ for p_ in P if p_[3] == lo_site and arm_of[p_[2]][1] == t11[0])
    for k in range(gap):
        pk = participant(arm_of[tmpl[2]], lo_site, tmpl[6].date())
        visit(pk, 1, tmpl[6].date(), inv=invs_of[lo_site][0][0], bp=125)

    # q021 / q024: completed visits at 00:00 on 2024-01-01 and 2025-01-01 and on 2024-12-31, by the
    # investigator with the most completed visits in 2024
    c21 = {}
    for v in V:
        if v[5] == "completed" and v[4].year == 2024:
            c21[v[6]] = c21.get(v[6], 0) + 1
    name_of = {i[0]: i for i in out["investigators"]}
    top = min(c21, key=lambda i: (-c21[i], name_of[i][2]))
    tv = next(v for v in V if v[6] == top and v[4].year == 2024)
    tp = part_of[tv[1]]
    pf = participant(arm_of[tp[2]], tp[3], date(2023, 12, 4))
    for vn, at in enumerate((datetime(2024, 1, 1), datetime(2024, 12, 31, 16, 45), datetime(2025, 1, 1)), 1):
        visit(pf, vn, at.date(), at=at, inv=top, bp=118)
    # q021: in one instance, enough completed 2024 visits without a recorded investigator (nurse-led
    # home visits) that an outer join to investigators would put a NULL name into the top 10
    if inst == 3:
        need = sorted(c21.values(), reverse=True)[9] + 5
        for k in range(need):
            if k % 6 == 0:
                pn = participant(arm_of[tp[2]], tp[3], date(2024, 1, 8) + timedelta(days=k))
            d = date(2024, 1, 15) + timedelta(days=k * 9)
            visit(pn, k % 6 + 1, d, at=datetime.combine(d, time(11, 0)), inv=None, bp=121)

    # q018: tie the closest pair of neighbours among the top six enrolling sites (new enrolments
    # without a visit yet)
    pc_ = {}
    for p_ in P:
        pc_[p_[3]] = pc_.get(p_[3], 0) + 1
    ranked = sorted(pc_, key=lambda sid: (-pc_[sid], code_of[sid]))[:6]
    gap, lo_site = min((pc_[a] - pc_[b], b) for a, b in zip(ranked, ranked[1:]) if pc_[a] != pc_[b])
    tmpl = next(p_ for p_ in P if p_[3] == lo_site and p_[7] is None)
    for k in range(gap):
        participant(arm_of[tmpl[2]], lo_site, tmpl[6].date())


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
