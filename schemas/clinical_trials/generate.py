"""Seeded data generator for the clinical_trials benchmark database.

Reference data (sites, investigators, trials, arms) is identical in every instance; the facts
(participants, visits, adverse events, lab results, payments) and some numbers (trial budgets)
depend on the seed, and so do their distributions (site popularity, visit adherence, AE rates,
lab abnormality rates, payment sizes).  Stdlib only, no wall clock.
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
                    vday = sched + timedelta(days=r.choice([0, 0, 0, 1, -1, 2, 3]))
                    if vday > CUTOFF:
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
    return {
        "sites": sites,
        "investigators": investigators,
        "trials": trial_rows,
        "trial_arms": arms,
        "participants": participants,
        "visits": visits,
        "adverse_events": aes,
        "lab_results": labs,
        "site_payments": payments,
    }


if __name__ == "__main__":
    for s in SEEDS:
        d = generate(s)
        print(s, {k: len(v) for k, v in d.items()}, sum(len(v) for v in d.values()))
