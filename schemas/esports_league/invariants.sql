-- invariants of esports_league: each query lists the rows that break one documented rule

-- rule: season_name is the split capitalised and the year, e.g. 'Spring 2023' (COMMENT ON COLUMN seasons.season_name)
SELECT season_id, season_name FROM seasons WHERE season_name <> initcap(split) || ' ' || season_year;

-- rule: spring runs February to May, summer June to September, in season_year
-- (COMMENT ON COLUMN seasons.split, seasons.season_year)
SELECT season_id, split, start_date, end_date FROM seasons
WHERE EXTRACT(YEAR FROM start_date) <> season_year OR EXTRACT(YEAR FROM end_date) <> season_year
   OR (split = 'spring' AND (EXTRACT(MONTH FROM start_date) < 2 OR EXTRACT(MONTH FROM end_date) > 5))
   OR (split = 'summer' AND (EXTRACT(MONTH FROM start_date) < 6 OR EXTRACT(MONTH FROM end_date) > 9));

-- rule: a match is played within its season, between the first match day and the last match day
-- (COMMENT ON COLUMN seasons.start_date, seasons.end_date)
SELECT m.match_id, m.scheduled_at, s.start_date, s.end_date FROM matches m JOIN seasons s ON s.season_id = m.season_id
WHERE (m.scheduled_at AT TIME ZONE 'UTC')::date NOT BETWEEN s.start_date AND s.end_date;

-- rule: no match is scheduled between October and January (README: Surviving mutants, season calendar)
SELECT match_id, scheduled_at FROM matches WHERE EXTRACT(MONTH FROM scheduled_at AT TIME ZONE 'UTC') IN (10, 11, 12, 1);

-- rule: the final is played on the season's last match day; Spring 2025 (in progress at the 2025-03-15
-- snapshot) has no playoff matches yet (COMMENT ON COLUMN seasons.end_date)
SELECT m.match_id, m.stage, s.season_name FROM matches m JOIN seasons s ON s.season_id = m.season_id
WHERE (m.stage = 'final' AND (m.scheduled_at AT TIME ZONE 'UTC')::date <> s.end_date)
   OR (s.season_name = 'Spring 2025' AND m.stage <> 'regular');

-- rule: one final per season except the season in progress (README: Surviving mutants, 033)
SELECT s.season_id, COUNT(m.match_id) FROM seasons s LEFT JOIN matches m ON m.season_id = s.season_id AND m.stage = 'final'
WHERE s.season_name <> 'Spring 2025' GROUP BY s.season_id HAVING COUNT(m.match_id) <> 1;

-- rule: regular matches are best of 1, semifinals best of 3, finals best of 5 (COMMENT ON COLUMN matches.stage)
SELECT match_id, stage, best_of FROM matches
WHERE best_of <> CASE stage WHEN 'regular' THEN 1 WHEN 'semifinal' THEN 3 ELSE 5 END;

-- rule: snapshot 2025-03-15: played (completed or forfeited) matches lie before it, scheduled ones after it
-- (COMMENT ON TABLE seasons, COMMENT ON COLUMN matches.status)
SELECT match_id, status, scheduled_at FROM matches
WHERE (status IN ('completed', 'forfeited') AND scheduled_at >= TIMESTAMPTZ '2025-03-16 00:00+00')
   OR (status = 'scheduled' AND scheduled_at < TIMESTAMPTZ '2025-03-15 00:00+00');

-- rule: only completed matches have viewers and games; forfeits are awarded without any game played
-- (COMMENT ON COLUMN matches.status, matches.peak_viewers; README: Surviving mutants)
SELECT m.match_id, m.status, m.peak_viewers FROM matches m
WHERE m.status <> 'completed' AND (m.peak_viewers IS NOT NULL OR EXISTS (SELECT 1 FROM match_games g WHERE g.match_id = m.match_id));

-- rule: forfeits are regular-season only; LAN finals are completed (README: Surviving mutants)
SELECT match_id, stage, status FROM matches
WHERE (status = 'forfeited' AND stage <> 'regular') OR (stage = 'final' AND venue IS NOT NULL AND status <> 'completed');

-- rule: a completed match was played: it has games, numbered 1..n, at most best_of (COMMENT ON TABLE matches,
-- COMMENT ON COLUMN match_games.game_no)
SELECT m.match_id, m.best_of, COUNT(g.game_id), MAX(g.game_no) FROM matches m LEFT JOIN match_games g ON g.match_id = m.match_id
WHERE m.status = 'completed' GROUP BY m.match_id, m.best_of
HAVING COUNT(g.game_id) = 0 OR COUNT(g.game_id) > m.best_of OR MAX(g.game_no) <> COUNT(g.game_id) OR MIN(g.game_no) <> 1;

-- rule: the match winner is the first team to win more than best_of/2 games: it has exactly that many
-- wins, the loser fewer, and no game follows the deciding one (COMMENT ON TABLE matches)
WITH w AS (
  SELECT m.match_id, m.best_of, m.winner_team_id,
         COUNT(*) FILTER (WHERE g.winner_team_id = m.winner_team_id) AS won,
         COUNT(*) FILTER (WHERE g.winner_team_id <> m.winner_team_id) AS lost
  FROM matches m JOIN match_games g ON g.match_id = m.match_id WHERE m.status = 'completed'
  GROUP BY m.match_id, m.best_of, m.winner_team_id)
SELECT * FROM w WHERE won <> best_of / 2 + 1 OR lost >= won;

-- rule: a game's winner is team_a or team_b of the match, the side with more rounds
-- (COMMENT ON COLUMN match_games.winner_team_id, team_a_rounds, team_b_rounds)
SELECT g.game_id, g.winner_team_id, g.team_a_rounds, g.team_b_rounds FROM match_games g JOIN matches m ON m.match_id = g.match_id
WHERE g.winner_team_id <> CASE WHEN g.team_a_rounds > g.team_b_rounds THEN m.team_a_id ELSE m.team_b_id END;

-- rule: a game is won by the first team to 13 rounds (16, 19, ... after overtime): the winner has 13 + 3k
-- rounds, at 13 the loser at most 11, after overtime the loser at least 12 (COMMENT ON TABLE match_games)
SELECT game_id, team_a_rounds, team_b_rounds FROM match_games
WHERE (GREATEST(team_a_rounds, team_b_rounds) - 13) % 3 <> 0 OR GREATEST(team_a_rounds, team_b_rounds) < 13
   OR (GREATEST(team_a_rounds, team_b_rounds) = 13 AND LEAST(team_a_rounds, team_b_rounds) > 11)
   OR (GREATEST(team_a_rounds, team_b_rounds) > 13 AND LEAST(team_a_rounds, team_b_rounds) < GREATEST(team_a_rounds, team_b_rounds) - 4);

-- rule: box score has five players per team per game, for the two teams of the match
-- (COMMENT ON TABLE player_game_stats)
SELECT g.game_id, COUNT(*) FILTER (WHERE s.team_id = m.team_a_id) AS a, COUNT(*) FILTER (WHERE s.team_id = m.team_b_id) AS b, COUNT(*) AS n
FROM match_games g JOIN matches m ON m.match_id = g.match_id LEFT JOIN player_game_stats s ON s.game_id = g.game_id
GROUP BY g.game_id HAVING COUNT(*) FILTER (WHERE s.team_id = m.team_a_id) <> 5 OR COUNT(*) FILTER (WHERE s.team_id = m.team_b_id) <> 5 OR COUNT(*) <> 10;

-- rule: exactly one MVP per game, on the winning team (COMMENT ON COLUMN player_game_stats.is_mvp)
SELECT g.game_id, COUNT(s.player_id) FILTER (WHERE s.is_mvp) AS mvps,
       COUNT(s.player_id) FILTER (WHERE s.is_mvp AND s.team_id = g.winner_team_id) AS mvps_winning
FROM match_games g LEFT JOIN player_game_stats s ON s.game_id = g.game_id GROUP BY g.game_id
HAVING COUNT(s.player_id) FILTER (WHERE s.is_mvp) <> 1 OR COUNT(s.player_id) FILTER (WHERE s.is_mvp AND s.team_id = g.winner_team_id) <> 1;

-- rule: headshot_pct is the percentage of the player's kills that were headshots: 0 for a player
-- without kills (COMMENT ON COLUMN player_game_stats.headshot_pct)
SELECT game_id, player_id, kills, headshot_pct FROM player_game_stats WHERE kills = 0 AND headshot_pct <> 0;

-- rule: headshot_pct is the percentage of the player's kills that were headshots: 100 * h / kills for a
-- whole number h of headshots, to 2 decimals (COMMENT ON COLUMN player_game_stats.headshot_pct)
SELECT game_id, player_id, kills, headshot_pct FROM player_game_stats
WHERE kills > 0 AND abs(headshot_pct * kills / 100 - round(headshot_pct * kills / 100)) > 0.006 * kills;

-- rule: at most one open stint (left_on NULL) per player and team (README: Surviving mutants, 018)
SELECT player_id, team_id, COUNT(*) FROM roster_contracts WHERE left_on IS NULL GROUP BY 1, 2 HAVING COUNT(*) > 1;

-- rule: stints of one player on one team do not overlap (COMMENT ON TABLE roster_contracts: one row per stint)
SELECT a.contract_id, b.contract_id FROM roster_contracts a JOIN roster_contracts b
ON a.player_id = b.player_id AND a.team_id = b.team_id AND a.contract_id < b.contract_id
WHERE a.joined_on <= COALESCE(b.left_on, DATE '9999-12-31') AND b.joined_on <= COALESCE(a.left_on, DATE '9999-12-31');

-- rule: a disbanded team keeps its history but has no current roster: every stint ended by disbanded_on
-- (COMMENT ON TABLE teams, COMMENT ON COLUMN teams.disbanded_on)
SELECT r.contract_id, t.team_id, t.disbanded_on, r.left_on FROM roster_contracts r JOIN teams t ON t.team_id = r.team_id
WHERE t.disbanded_on IS NOT NULL AND (r.left_on IS NULL OR r.left_on > t.disbanded_on);

-- rule: a disbanded team plays no match after it was disbanded, nor before it was created (COMMENT ON COLUMN teams.disbanded_on)
SELECT m.match_id, t.team_id FROM matches m JOIN teams t ON t.team_id IN (m.team_a_id, m.team_b_id)
WHERE (m.scheduled_at AT TIME ZONE 'UTC')::date > t.disbanded_on OR (m.scheduled_at AT TIME ZONE 'UTC')::date < t.created_on;

-- rule: week_no 1-9 for regular-season matches (COMMENT ON COLUMN matches.week_no) -- weeks follow the calendar order
SELECT a.match_id, b.match_id FROM matches a JOIN matches b ON a.season_id = b.season_id
WHERE a.week_no < b.week_no AND a.scheduled_at > b.scheduled_at;
