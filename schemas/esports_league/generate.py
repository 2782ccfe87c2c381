"""Seeded data generator for the esports_league benchmark database (stdlib only, deterministic).

Fixed reference data shared by every instance: organisations, teams, maps, seasons (names/dates),
sponsor brands and six named star players who stay with their team throughout. Seed-driven facts:
team strength per season (who wins), roster turnover, salaries, viewers, game scores, per-player
statistics, forfeits and sponsorship deals.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

SEEDS = [424242, 11, 2718, 60606]

UTC = dt.timezone.utc
SNAPSHOT = dt.date(2025, 3, 15)

ORGS = [
    # id, name, country, city, founded, listed, website
    (1, "Nordavind Esports", "NO", "Oslo", dt.date(2016, 3, 1), False, "https://nordavind.gg"),
    (2, "Équipe Mistral", "FR", "Marseille", dt.date(2015, 9, 12), False, "https://mistral.gg"),
    (3, "Kölsch Kollektiv e.V.", "DE", "Köln", dt.date(2017, 1, 20), False, None),
    (4, "Toros Rojos Club", "ES", "Sevilla", dt.date(2014, 5, 5), False, "https://torosrojos.es"),
    (5, "Wolfpack Gaming", "IE", "Dublin", dt.date(2018, 2, 14), False, "https://wolfpack.ie"),
    (6, "Polar Byte Oy", "FI", "Espoo", dt.date(2016, 11, 1), False, None),
    (7, "Lusitano Esports", "PT", "Porto", dt.date(2017, 6, 10), False, "https://lusitano.pt"),
    (8, "Bravado Gaming", "IT", "Milano", dt.date(2015, 4, 25), False, "https://bravado.it"),
    (9, "Helix Esports N.V.", "NL", "Rotterdam", dt.date(2013, 8, 8), True, "https://helix.nl"),
    (10, "Vanguard Collective", "PL", "Kraków", dt.date(2012, 10, 1), True, "https://vanguard.pl"),
    (11, "Brașov Dragons", "RO", "Brașov", dt.date(2023, 7, 1), False, None),
]

TEAMS = [
    # id, org, name, tag, created, disbanded
    (1, 1, "Nordavind", "NRD", dt.date(2016, 4, 1), None),
    (2, 2, "Mistral", "MST", dt.date(2016, 1, 15), None),
    (3, 3, "Kölsch Kollektiv", "KK", dt.date(2017, 3, 1), None),
    (4, 4, "Toros Rojos", "TOR", dt.date(2014, 9, 1), None),
    (5, 5, "Atlantic Wolves", "AWLF", dt.date(2018, 5, 1), None),
    (6, 6, "Polar Byte", "PB", dt.date(2017, 1, 10), dt.date(2021, 12, 15)),
    (7, 7, "Lusitano", "LUS", dt.date(2017, 9, 1), None),
    (8, 8, "Bravado", "BRV", dt.date(2015, 6, 1), None),
    (9, 9, "Helix", "HLX", dt.date(2014, 1, 1), None),
    (10, 10, "Vanguard Prime", "VGP", dt.date(2013, 2, 1), None),
    (11, 10, "Vanguard Nova", "VGN", dt.date(2022, 1, 10), None),
]

MAPS = [
    (1, "Citadel", dt.date(2016, 5, 1), True),
    (2, "Fjord", dt.date(2017, 2, 1), True),
    (3, "Dünen", dt.date(2018, 3, 1), True),
    (4, "Harbour", dt.date(2015, 1, 1), False),
    (5, "Sierra Nevada", dt.date(2019, 6, 1), True),
    (6, "Kasbah", dt.date(2016, 9, 1), False),
    (7, "Østerbro", dt.date(2021, 7, 1), True),
    (8, "Reactor", dt.date(2022, 11, 1), True),
    (9, "Château", dt.date(2023, 6, 1), True),
]

VENUES = ["Lanxess Arena", "Royal Arena", "Palau Sant Jordi", "Ziggo Dome", "Accor Arena", "3Arena",
          "Altice Arena"]

SPONSORS = [
    ("Brühl Energy", "energy_drink"), ("VoltX Drinks", "energy_drink"), ("Köhler Peripherals", "hardware"),
    ("Hexa GPU", "hardware"), ("Nordisk Telecom", "telecom"), ("McAllister's Apparel", "apparel"),
    ("Señor Snacks", "food"), ("Autohaus Zürich", "automotive"), ("Lucky Æther Bets", "betting"),
    ("Pixel Pizza", "food"), ("Stratos Mobile", "telecom"), ("Fjell Outdoor", "apparel"),
]

# named players present in every instance, on the same team for the whole history
STARS = [
    # handle, real name, nationality, birth, role, team
    ("Frostbite", "Eirik Haugland", "NO", dt.date(1998, 1, 17), "igl", 1),
    ("Élan", "Théo Garnier", "FR", dt.date(2000, 8, 2), "entry", 2),
    ("Weißwolf", "Lukas Weiß", "DE", dt.date(1999, 4, 9), "lurker", 3),
    ("Niño", "Javier Núñez", "ES", dt.date(2001, 12, 24), "sniper", 4),
    ("O'Rourke", "Cian O'Rourke", "IE", None, "support", 5),
    ("Zé", "José Conceição", "PT", dt.date(1997, 6, 30), "entry", 7),
]

FIRST = {"NO": ["Magnus", "Jonas", "Sindre", "Håkon"], "FR": ["Hugo", "Léo", "Mathis", "Jérôme"],
         "DE": ["Jonas", "Felix", "Jörg", "Tim"], "ES": ["Pablo", "Sergio", "Álvaro", "Íñigo"],
         "IE": ["Seán", "Conor", "Darragh", "Oisín"], "FI": ["Eero", "Juho", "Väinö", "Aleksi"],
         "PT": ["João", "Tiago", "Rúben", "Gonçalo"], "IT": ["Luca", "Matteo", "Niccolò", "Andrea"],
         "NL": ["Daan", "Sem", "Joël", "Bram"], "PL": ["Jakub", "Michał", "Łukasz", "Paweł"],
         "DK": ["Mads", "Søren", "Emil", "Asger"], "SE": ["Erik", "Björn", "Linnéa", "Oskar"]}
LAST = {"NO": ["Berg", "Solberg", "Ødegård"], "FR": ["Durand", "Lefèvre", "Moreau"], "DE": ["Becker", "Schäfer", "Krüger"],
        "ES": ["García", "Ortega", "Muñoz"], "IE": ["Byrne", "O'Neill", "Ó Súilleabháin"], "FI": ["Virtanen", "Mäkinen", "Korhonen"],
        "PT": ["Silva", "Gonçalves", "Araújo"], "IT": ["Bianchi", "Esposito", "Romano"], "NL": ["de Vries", "van Dijk", "Jansen"],
        "PL": ["Nowak", "Wójcik", "Kowalczyk"], "DK": ["Jørgensen", "Nielsen", "Holm"], "SE": ["Lindqvist", "Åberg", "Nyström"]}
HANDLE_A = ["Ash", "Blitz", "Cobalt", "Dusk", "Echo", "Flux", "Grim", "Hex", "Ion", "Jinx", "Karma", "Lynx",
            "Mako", "Nyx", "Onyx", "Pyro", "Quill", "Rune", "Sable", "Talon", "Umbra", "Vex", "Wisp", "Xeno",
            "Yeti", "Zephyr", "Kåre", "Søl", "Æon", "Brisé"]
HANDLE_B = ["", "X", "fox", "ie", "o", "z", "man", "99", "_", "ly"]
ROLES = ["entry", "sniper", "support", "lurker", "igl"]


def _money(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def _season_defs():
    out = []
    sid = 0
    for y in range(2019, 2026):
        for split, month in (("spring", 2), ("summer", 6)):
            if y == 2025 and split == "summer":
                break
            sid += 1
            first = dt.date(y, month, 1)
            # first Saturday of the month
            while first.weekday() != 5:
                first += dt.timedelta(days=1)
            out.append((sid, f"{split.capitalize()} {y}", y, split, first))
    return out


def generate(seed: int) -> dict[str, list[tuple]]:
    rng = random.Random(seed)
    turnover = rng.uniform(0.6, 1.5)       # expected roster changes per team between seasons
    forfeit_p = rng.uniform(0.008, 0.03)
    viewer_base = rng.uniform(40000, 90000)
    viewer_growth = rng.uniform(0.0, 0.12)
    ot_p = rng.uniform(0.08, 0.2)
    hs_null_p = rng.uniform(0.02, 0.06)
    salary_scale = rng.uniform(0.8, 1.4)
    strength = {t[0]: rng.uniform(0.6, 1.6) for t in TEAMS}

    orgs = [tuple(o) for o in ORGS]
    teams = [tuple(t) for t in TEAMS]
    maps = [tuple(m) for m in MAPS]

    # --- players & contracts ------------------------------------------------------------------
    players = []   # tuples
    pinfo = {}     # player_id -> dict(skill, hs, role)
    contracts = []  # dicts: id, player, team, joined, left, starter, salary
    used_handles = set()
    pid = 0

    def new_player(join_date: dt.date, nat=None, handle=None, real=None, born=None, role=None, skill=None):
        nonlocal pid
        pid += 1
        nat = nat or rng.choice(list(FIRST))
        if handle is None:
            while True:
                handle = rng.choice(HANDLE_A) + rng.choice(HANDLE_B)
                if handle not in used_handles:
                    break
        used_handles.add(handle)
        if real is None:
            real = f"{rng.choice(FIRST[nat])} {rng.choice(LAST[nat])}"
        if born is None and rng.random() > 0.08:
            born = join_date - dt.timedelta(days=rng.randint(17 * 365, 27 * 365))
        role = role or rng.choice(ROLES)
        reg = dt.datetime(join_date.year, join_date.month, join_date.day, rng.randint(7, 22), rng.randint(0, 59),
                          rng.randint(0, 59)) - dt.timedelta(days=rng.randint(5, 60))
        players.append((pid, handle, real, nat, born, role, reg))
        pinfo[pid] = dict(skill=skill if skill is not None else rng.uniform(0.7, 1.3),
                          hs=rng.uniform(18, 32) if role == "sniper" else rng.uniform(30, 55), role=role)
        return pid

    cid = 0

    def sign(p, team, joined, starter):
        nonlocal cid
        cid += 1
        base = 9000 if starter else 4500
        sal = None if rng.random() < 0.15 else _money(base * salary_scale * rng.uniform(0.6, 1.8) * pinfo[p]["skill"])
        c = dict(id=cid, player=p, team=team, joined=joined, left=None, starter=starter, salary=sal)
        contracts.append(c)
        return c

    seasons_def = _season_defs()
    active_teams_for = {}
    for sid, name, y, split, start in seasons_def:
        active_teams_for[sid] = [t[0] for t in TEAMS
                                 if t[4] <= start and (t[5] is None or t[5] > start)]

    roster = {}  # team -> list of contracts currently open
    star_pids = set()
    first_start = seasons_def[0][4]
    for t in TEAMS:
        if t[0] not in active_teams_for[1]:
            continue
        roster[t[0]] = []
        joined0 = first_start - dt.timedelta(days=rng.randint(20, 400))
        for s in STARS:
            if s[5] == t[0]:
                p = new_player(dt.date(2018, 6, 1), s[2], s[0], s[1], s[3], s[4], skill=rng.uniform(1.15, 1.45))
                star_pids.add(p)
                roster[t[0]].append(sign(p, t[0], joined0, True))
        while sum(c["starter"] for c in roster[t[0]]) < 5:
            p = new_player(joined0)
            roster[t[0]].append(sign(p, t[0], joined0 - dt.timedelta(days=rng.randint(0, 300)), True))
        p = new_player(joined0)
        roster[t[0]].append(sign(p, t[0], joined0 + dt.timedelta(days=rng.randint(0, 60)), False))

    free_agents = []
    last_left = {}  # player -> last day of their latest finished contract

    def transition(next_start: dt.date, prev_end: dt.date, next_sid: int):
        # disband teams that are not active any more
        for team in list(roster):
            if team not in active_teams_for[next_sid]:
                tdis = next(t for t in TEAMS if t[0] == team)[5]
                for c in roster[team]:
                    c["left"] = tdis
                    last_left[c["player"]] = tdis
                    free_agents.append(c["player"])
                del roster[team]
        # roster changes
        for team in list(roster):
            n_changes = sum(1 for _ in range(3) if rng.random() < turnover / 3)
            for _ in range(n_changes):
                cands = [c for c in roster[team] if c["player"] not in star_pids and c["joined"] <= prev_end]
                if not cands:
                    break
                out = rng.choice(cands)
                out["left"] = prev_end + dt.timedelta(days=rng.randint(2, 40))
                roster[team].remove(out)
                last_left[out["player"]] = out["left"]
                if rng.random() < 0.45:
                    free_agents.append(out["player"])
                joined = out["left"] + dt.timedelta(days=rng.randint(1, 20))
                if joined >= next_start:
                    joined = next_start - dt.timedelta(days=1)
                fa = [q for q in free_agents if last_left[q] < joined]
                if fa and rng.random() < 0.5:
                    p = rng.choice(fa)
                    free_agents.remove(p)
                else:
                    p = new_player(joined)
                roster[team].append(sign(p, team, joined, out["starter"]))
        # new teams
        for team in active_teams_for[next_sid]:
            if team not in roster:
                tcreated = next(t for t in TEAMS if t[0] == team)[4]
                roster[team] = []
                for k in range(6):
                    joined = tcreated + dt.timedelta(days=rng.randint(0, 10))
                    fa = [q for q in free_agents if last_left[q] < joined]
                    if fa and rng.random() < 0.5:
                        p = rng.choice(fa)
                        free_agents.remove(p)
                    else:
                        p = new_player(tcreated)
                    roster[team].append(sign(p, team, joined, k < 5))

    # --- seasons, matches, games, stats ----------------------------------------------------------
    seasons, matches, games, stats = [], [], [], []
    mid = gid = 0
    for idx, (sid, name, y, split, start) in enumerate(seasons_def):
        if idx > 0:
            prev_end = seasons[-1][5]
            transition(start, prev_end, sid)
            for t in strength:  # strength drifts between seasons
                strength[t] = min(2.0, max(0.4, strength[t] * rng.uniform(0.8, 1.25)))
        tlist = list(active_teams_for[sid])
        rng.shuffle(tlist)
        # circle-method round robin: 9 weeks of 5 matches
        fixed, rot = tlist[0], tlist[1:]
        week_pairs = []
        for w in range(9):
            order = [fixed] + rot
            pairs = [(order[i], order[9 - i]) for i in range(5)]
            week_pairs.append([(a, b) if (w + i) % 2 == 0 else (b, a) for i, (a, b) in enumerate(pairs)])
            rot = rot[-1:] + rot[:-1]
        wins = {t: 0 for t in tlist}
        rdiff = {t: 0 for t in tlist}
        in_progress = y == 2025
        viewers_season = viewer_base * (1 + viewer_growth) ** (idx / 2)

        def play(a, b, when, stage, week, best_of, venue):
            nonlocal mid, gid
            mid += 1
            if when.date() >= SNAPSHOT:
                matches.append((mid, sid, stage, week, a, b, when, best_of, "scheduled", None, venue, None))
                return None
            r = rng.random()
            if stage == "regular" and r < forfeit_p:
                w = a if rng.random() < 0.5 else b
                matches.append((mid, sid, stage, week, a, b, when, best_of, "forfeited", w, None, None))
                wins[w] += 1
                return w
            if stage == "regular" and r < forfeit_p + 0.004:
                matches.append((mid, sid, stage, week, a, b, when, best_of, "postponed", None, venue, None))
                return None
            need = best_of // 2 + 1
            ga = gb = 0
            gno = 0
            t_game = when
            pool = [m[0] for m in MAPS if m[2] < start and (m[3] or y < 2022)]
            picks = rng.sample(pool, best_of)
            while ga < need and gb < need:
                gno += 1
                gid += 1
                pa = strength[a] / (strength[a] + strength[b])
                a_wins = rng.random() < pa
                lose = rng.choices(range(12), [1, 1, 2, 3, 4, 5, 6, 7, 7, 7, 6, 5])[0]
                wr, lr = 13, lose
                if rng.random() < ot_p:
                    wr, lr = (16, 14) if rng.random() < 0.8 else (19, 17)
                ra, rb = (wr, lr) if a_wins else (lr, wr)
                if a_wins:
                    ga += 1
                else:
                    gb += 1
                winner = a if a_wins else b
                rdiff[a] += ra - rb
                rdiff[b] += rb - ra
                rounds = ra + rb
                dur = rounds * rng.randint(88, 118) + rng.randint(0, 240)
                games.append((gid, mid, gno, picks[gno - 1], winner, ra, rb, dur))
                # box score
                hs_null = rng.random() < hs_null_p
                lineup = {}
                for team in (a, b):
                    starters = [c["player"] for c in roster[team] if c["starter"]]
                    subs = [c["player"] for c in roster[team] if not c["starter"]]
                    if subs and rng.random() < 0.08:
                        starters[rng.randrange(5)] = subs[0]
                    lineup[team] = starters
                kills = {}
                for team, won_r, lost_r in ((a, ra, rb), (b, rb, ra)):
                    tk = round(won_r * rng.uniform(3.6, 4.8) + lost_r * rng.uniform(1.4, 2.6))
                    wts = [pinfo[p]["skill"] * (1.25 if pinfo[p]["role"] in ("entry", "sniper") else 1.0) for p in lineup[team]]
                    ks = [0] * 5
                    for _ in range(tk):
                        ks[rng.choices(range(5), wts)[0]] += 1
                    kills[team] = ks
                rows = []
                for team, opp in ((a, b), (b, a)):
                    ds = [0] * 5
                    wts = [1.0 / pinfo[p]["skill"] for p in lineup[team]]
                    for _ in range(sum(kills[opp])):
                        ds[rng.choices(range(5), wts)[0]] += 1
                    for i, p in enumerate(lineup[team]):
                        k = kills[team][i]
                        asst = max(0, round(sum(kills[team]) * rng.uniform(0.03, 0.12)))
                        dmg = k * rng.randint(95, 145) + asst * rng.randint(25, 60) + rng.randint(150, 900)
                        hs = None
                        if not hs_null:  # whole headshots out of the kills, at the player's current accuracy
                            rate = min(100, max(0, pinfo[p]["hs"] + rng.uniform(-9, 9))) / 100
                            hs = _money(100 * round(k * rate) / k) if k else _money(0)
                        rows.append([gid, p, team, k, ds[i], asst, dmg, hs, False])
                win_rows = [r for r in rows if r[2] == winner]
                mvp = max(win_rows, key=lambda r: (r[3], r[6], -r[1]))
                mvp[8] = True
                stats.extend(tuple(r) for r in rows)
                t_game = t_game + dt.timedelta(seconds=dur + 600)
            w = a if ga > gb else b
            base_v = viewers_season * (strength[a] + strength[b]) / 2
            mult = {"regular": 1.0, "semifinal": 2.2, "final": 3.5}[stage]
            pv = None if rng.random() < 0.04 else int(base_v * mult * rng.uniform(0.7, 1.3))
            matches.append((mid, sid, stage, week, a, b, when, best_of, "completed", w, venue, pv))
            wins[w] += 1
            return w

        for w in range(9):
            sat = start + dt.timedelta(days=7 * w)
            lan = w in (0, 8) and rng.random() < 0.5
            venue = rng.choice(VENUES) if lan else None
            for i, (a, b) in enumerate(week_pairs[w]):
                day = sat + dt.timedelta(days=0 if i < 3 else 1)
                hour = [15, 17, 19, 15, 17][i]
                when = dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)
                play(a, b, when, "regular", w + 1, 1, venue)
        end = start + dt.timedelta(days=7 * 10 + 1)
        if not in_progress:
            ranking = sorted(tlist, key=lambda t: (-wins[t], -rdiff[t], rng.random()))
            semi_day = start + dt.timedelta(days=7 * 9)
            venue = rng.choice(VENUES)
            s1 = play(ranking[0], ranking[3], dt.datetime(semi_day.year, semi_day.month, semi_day.day, 14, 0, tzinfo=UTC),
                      "semifinal", None, 3, venue)
            s2 = play(ranking[1], ranking[2], dt.datetime(semi_day.year, semi_day.month, semi_day.day, 18, 0, tzinfo=UTC),
                      "semifinal", None, 3, venue)
            fday = semi_day + dt.timedelta(days=8)
            play(s1, s2, dt.datetime(fday.year, fday.month, fday.day, 16, 0, tzinfo=UTC), "final", None, 5, venue)
            end = fday
        prize = _money(round(rng.uniform(150, 400)) * 1000 * (1.1 ** (y - 2019)))
        seasons.append((sid, name, y, split, start, end, prize))

    # --- sponsorships ------------------------------------------------------------------------
    spons = []
    sp_id = 0
    cat_scale = {c: rng.uniform(0.6, 1.6) for c in sorted({s[1] for s in SPONSORS})}  # sorted: set order varies with PYTHONHASHSEED
    for o in ORGS:
        n = rng.randint(2, 5) if o[0] != 11 else 1
        brands = rng.sample(SPONSORS, n)
        title_idx = rng.randrange(n) if rng.random() < 0.8 else None
        for i, (brand, cat) in enumerate(brands):
            sp_id += 1
            start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2500))
            if o[0] == 11:
                start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
            end = None if rng.random() < 0.45 else start + dt.timedelta(days=rng.choice([364, 729, 1094]))
            val = _money(round(rng.uniform(20, 400) * cat_scale[cat] * (2.5 if i == title_idx else 1.0)) * 1000)
            spons.append((sp_id, o[0], brand, cat, start, end, val, i == title_idx))

    contract_rows = [(c["id"], c["player"], c["team"], c["joined"], c["left"], c["starter"], c["salary"])
                     for c in sorted(contracts, key=lambda c: c["id"])]
    if seed != SEEDS[0]:  # instance 0 stays as drawn; instances 1-3 get the discriminating rows
        _boundary_rows(random.Random(seed * 31 + 7), players, contract_rows, matches, spons)
    return {
        "organisations": orgs,
        "teams": teams,
        "players": players,
        "roster_contracts": contract_rows,
        "seasons": seasons,
        "maps": maps,
        "matches": matches,
        "match_games": games,
        "player_game_stats": stats,
        "sponsorships": spons,
    }


def _boundary_rows(rng, players, contracts, matches, spons):
    """Targeted rows (instances 1-3) that separate gold queries from their "neighbour" mutants
    (bench/mutants.py): values exactly on the thresholds and dates the questions use and on the day
    before/after. Every row respects the schema's constraints and the domain rules."""
    sid = max(x[0] for x in spons)

    def deal(org, brand, cat, start, end, value, title=False):
        nonlocal sid
        sid += 1
        spons.append((sid, org, brand, cat, start, end, _money(value), title))

    def active(org, d):
        return any(x[1] == org and x[4] <= d and (x[5] is None or d <= x[5]) for x in spons)

    # deals active on 30 June 2019 (question: organisations without one): organisations without an active
    # deal that day get one starting on it / ending on it, or starting the day after / ending the day before
    d19 = dt.date(2019, 6, 30)
    bare = [o[0] for o in ORGS if o[0] != 11 and not active(o[0], d19)]
    if len(bare) < 4:  # free some organisations: their deals that cover the day start on 1 January 2020
        for o in [o[0] for o in ORGS if o[0] not in bare and o[0] != 11][: 4 - len(bare)]:
            for i, x in enumerate(spons):
                if x[1] == o and x[4] <= d19 and (x[5] is None or d19 <= x[5]):
                    spons[i] = x[:4] + (dt.date(2020, 1, 1), x[5] if x[5] is None or x[5] > dt.date(2020, 1, 1)
                                        else dt.date(2020, 12, 31)) + x[6:]
            bare.append(o)
    for o, (start, end) in zip(sorted(bare), ((d19, dt.date(2020, 6, 29)), (dt.date(2018, 7, 1), d19),
                                            (dt.date(2019, 7, 1), dt.date(2020, 6, 30)), (dt.date(2018, 6, 30), dt.date(2019, 6, 29)))):
        brand, cat = SPONSORS[rng.randrange(len(SPONSORS))]
        deal(o, brand, cat, start, end, rng.randint(30, 150) * 1000)
    # deals around 30 June 2024 (combined value per category of the deals active that day)
    d24 = dt.date(2024, 6, 30)
    for org, (start, end), (brand, cat) in zip((1, 4, 7, 9), ((d24, None), (dt.date(2022, 7, 1), d24),
                                                             (dt.date(2024, 7, 1), dt.date(2025, 6, 30)), (dt.date(2022, 6, 30), dt.date(2024, 6, 29))),
                                              (SPONSORS[0], SPONSORS[3], SPONSORS[5], SPONSORS[6])):
        deal(org, brand, cat, start, end, rng.randint(40, 120) * 1000)
    # open-ended deals worth exactly the 300,000 threshold and one dollar above it
    deal(5, "Stratos Mobile", "telecom", dt.date(2023, 9, 1), None, 300000)
    deal(8, "Hexa GPU", "hardware", dt.date(2024, 2, 1), None, 300001)
    # Équipe Mistral renews a deal with one of its sponsors (same brand twice)
    first = min((x for x in spons if x[1] == 2), key=lambda x: x[0])
    start = (first[5] or dt.date(2024, 12, 31)) + dt.timedelta(days=1) if first[5] else dt.date(2030, 1, 1)
    if first[5] is not None:
        deal(2, first[2], first[3], start, None, float(first[6]) * 1.1)
    else:  # open-ended: close it and renew
        i = spons.index(first)
        end = max(first[4] + dt.timedelta(days=400), dt.date(2023, 12, 31))
        spons[i] = first[:5] + (end,) + first[6:]
        deal(2, first[2], first[3], end + dt.timedelta(days=1), None, float(first[6]) * 1.1)

    # Helix roster stints on the 2023 boundaries (new substitutes on short stints)
    pid = max(p[0] for p in players)
    cid = max(c[0] for c in contracts)
    for handle, (joined, left) in zip(("Kestrel", "Marrow", "Fennel", "Gossamer"),
                                      ((dt.date(2023, 12, 31), None), (dt.date(2024, 1, 1), None),
                                       (dt.date(2022, 10, 1), dt.date(2023, 1, 1)), (dt.date(2022, 9, 1), dt.date(2022, 12, 31)))):
        pid += 1
        cid += 1
        born = dt.date(2002, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
        players.append((pid, handle, f"{rng.choice(FIRST['NL'])} {rng.choice(LAST['NL'])}", "NL", born,
                        rng.choice(ROLES), dt.datetime(joined.year, joined.month, joined.day, 10, 0) - dt.timedelta(days=9)))
        contracts.append((cid, pid, 9, joined, left, False, _money(rng.randint(30, 60) * 100)))

    # completed LAN matches in 2024 peaking at exactly 100,000 viewers and at 100,001
    lan24 = [i for i, m in enumerate(matches) if m[8] == "completed" and m[6].year == 2024 and m[10] is not None]
    if len(lan24) < 2:
        lan24 = [i for i, m in enumerate(matches) if m[8] == "completed" and m[6].year == 2024][:2]
    for i, pv in zip(lan24[:2], (100000, 100001)):
        m = matches[i]
        matches[i] = m[:10] + (m[10] or VENUES[0], pv)
    # and a 2025 (Spring, before the snapshot) LAN match above 100,000
    i = next(i for i, m in enumerate(matches) if m[8] == "completed" and m[6].year == 2025)
    m = matches[i]
    matches[i] = m[:10] + (m[10] or VENUES[1], 180000)


if __name__ == "__main__":
    for s in SEEDS:
        data = generate(s)
        print(s, {k: len(v) for k, v in data.items()}, sum(len(v) for v in data.values()))
