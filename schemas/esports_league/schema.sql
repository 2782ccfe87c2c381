-- esports_league: a European tactical-shooter (5 vs 5) e-sports league: organisations, teams,
-- players, roster contracts, seasons, matches, games (maps), per-player game statistics and
-- sponsorships. DDL only; rows come from generate.py.

CREATE TABLE organisations (
    org_id            integer PRIMARY KEY,
    org_name          text NOT NULL UNIQUE,
    country_code      text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    headquarters_city text NOT NULL,
    founded_on        date NOT NULL,
    is_listed         boolean NOT NULL,
    website           text
);
COMMENT ON TABLE organisations IS 'E-sports organisations (clubs) that own one or more teams in the league and sign sponsorship deals.';
COMMENT ON COLUMN organisations.org_id IS 'Surrogate key of the organisation.';
COMMENT ON COLUMN organisations.org_name IS 'Organisation name, e.g. ''Équipe Mistral'' (may contain non-ASCII letters and apostrophes).';
COMMENT ON COLUMN organisations.country_code IS 'ISO 3166-1 alpha-2 country code of the headquarters, e.g. ''FR'', ''DE''.';
COMMENT ON COLUMN organisations.headquarters_city IS 'City of the headquarters in local spelling, e.g. ''Köln''.';
COMMENT ON COLUMN organisations.founded_on IS 'Date the organisation was founded.';
COMMENT ON COLUMN organisations.is_listed IS 'true when the organisation is listed on a stock exchange.';
COMMENT ON COLUMN organisations.website IS 'Website URL; NULL when unknown.';

CREATE TABLE teams (
    team_id       integer PRIMARY KEY,
    org_id        integer NOT NULL REFERENCES organisations (org_id),
    team_name     text NOT NULL UNIQUE,
    tag           text NOT NULL UNIQUE CHECK (tag ~ '^[A-Z0-9]{2,4}$'),
    created_on    date NOT NULL,
    disbanded_on  date,
    CHECK (disbanded_on IS NULL OR disbanded_on > created_on)
);
COMMENT ON TABLE teams IS 'Teams competing in the league. An organisation may own several teams; a disbanded team keeps its history.';
COMMENT ON COLUMN teams.team_id IS 'Surrogate key of the team.';
COMMENT ON COLUMN teams.org_id IS 'Owning organisation, references organisations.';
COMMENT ON COLUMN teams.team_name IS 'Team name as shown on broadcasts, e.g. ''Nordavind'', ''Kölsch Kollektiv''.';
COMMENT ON COLUMN teams.tag IS 'Short tag of 2 to 4 upper-case letters or digits, e.g. ''NRD''.';
COMMENT ON COLUMN teams.created_on IS 'Date the team was created.';
COMMENT ON COLUMN teams.disbanded_on IS 'Date the team was disbanded; NULL for a team that still exists.';

CREATE TABLE players (
    player_id      integer PRIMARY KEY,
    handle         text NOT NULL UNIQUE,
    real_name      text NOT NULL,
    nationality    text NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
    birth_date     date,
    primary_role   text NOT NULL CHECK (primary_role IN ('entry', 'sniper', 'support', 'lurker', 'igl')),
    registered_at  timestamp NOT NULL
);
COMMENT ON TABLE players IS 'Professional players registered with the league (current and former).';
COMMENT ON COLUMN players.player_id IS 'Surrogate key of the player.';
COMMENT ON COLUMN players.handle IS 'In-game nickname, unique, case as written, e.g. ''Frostbite'', ''Niño'', ''O''Rourke''.';
COMMENT ON COLUMN players.real_name IS 'Full legal name.';
COMMENT ON COLUMN players.nationality IS 'ISO 3166-1 alpha-2 code of the player''s nationality.';
COMMENT ON COLUMN players.birth_date IS 'Date of birth; NULL when not disclosed.';
COMMENT ON COLUMN players.primary_role IS 'Main in-game role: entry = entry fragger; sniper = AWP/sniper; support; lurker; igl = in-game leader (shot-caller).';
COMMENT ON COLUMN players.registered_at IS 'When the player was registered in the league system (timestamp without time zone, UTC).';

CREATE TABLE roster_contracts (
    contract_id         integer PRIMARY KEY,
    player_id           integer NOT NULL REFERENCES players (player_id),
    team_id             integer NOT NULL REFERENCES teams (team_id),
    joined_on           date NOT NULL,
    left_on             date,
    is_starter          boolean NOT NULL,
    monthly_salary_usd  numeric(12,2) CHECK (monthly_salary_usd > 0),
    CHECK (left_on IS NULL OR left_on >= joined_on)
);
COMMENT ON TABLE roster_contracts IS 'Roster history: one row per stint of a player on a team. A player is on the team from joined_on to left_on inclusive; left_on NULL = still on the roster.';
COMMENT ON COLUMN roster_contracts.contract_id IS 'Surrogate key of the contract.';
COMMENT ON COLUMN roster_contracts.player_id IS 'The player, references players.';
COMMENT ON COLUMN roster_contracts.team_id IS 'The team, references teams.';
COMMENT ON COLUMN roster_contracts.joined_on IS 'First day on the roster.';
COMMENT ON COLUMN roster_contracts.left_on IS 'Last day on the roster (inclusive); NULL while the player is still on the team.';
COMMENT ON COLUMN roster_contracts.is_starter IS 'true for one of the five starting players, false for a substitute.';
COMMENT ON COLUMN roster_contracts.monthly_salary_usd IS 'Monthly salary in USD; NULL when not disclosed.';

CREATE TABLE seasons (
    season_id       integer PRIMARY KEY,
    season_name     text NOT NULL UNIQUE,
    season_year     smallint NOT NULL,
    split           text NOT NULL CHECK (split IN ('spring', 'summer')),
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    prize_pool_usd  numeric(12,2) NOT NULL CHECK (prize_pool_usd >= 0),
    UNIQUE (season_year, split),
    CHECK (end_date > start_date)
);
COMMENT ON TABLE seasons IS 'League seasons (splits): two per year, spring and summer. The data is a snapshot taken on 2025-03-15, so Spring 2025 is in progress.';
COMMENT ON COLUMN seasons.season_id IS 'Surrogate key of the season.';
COMMENT ON COLUMN seasons.season_name IS 'Display name: split capitalised and year, e.g. ''Spring 2023'', ''Summer 2023''.';
COMMENT ON COLUMN seasons.season_year IS 'Calendar year of the season.';
COMMENT ON COLUMN seasons.split IS 'spring (February to May) or summer (June to September).';
COMMENT ON COLUMN seasons.start_date IS 'First match day.';
COMMENT ON COLUMN seasons.end_date IS 'Last match day (the final); for the season in progress (Spring 2025, no playoff matches scheduled yet) the last scheduled regular-season day.';
COMMENT ON COLUMN seasons.prize_pool_usd IS 'Total prize money of the season in USD.';

CREATE TABLE maps (
    map_id          integer PRIMARY KEY,
    map_name        text NOT NULL UNIQUE,
    released_on     date NOT NULL,
    in_active_pool  boolean NOT NULL
);
COMMENT ON TABLE maps IS 'Maps (battlegrounds) on which games are played.';
COMMENT ON COLUMN maps.map_id IS 'Surrogate key of the map.';
COMMENT ON COLUMN maps.map_name IS 'Map name, e.g. ''Citadel'', ''Fjord''.';
COMMENT ON COLUMN maps.released_on IS 'Date the map was added to the game.';
COMMENT ON COLUMN maps.in_active_pool IS 'true when the map is in the current competitive map pool; false when retired (historical games may still reference it).';

CREATE TABLE matches (
    match_id        integer PRIMARY KEY,
    season_id       integer NOT NULL REFERENCES seasons (season_id),
    stage           text NOT NULL CHECK (stage IN ('regular', 'semifinal', 'final')),
    week_no         smallint CHECK (week_no BETWEEN 1 AND 9),
    team_a_id       integer NOT NULL REFERENCES teams (team_id),
    team_b_id       integer NOT NULL REFERENCES teams (team_id),
    scheduled_at    timestamptz NOT NULL,
    best_of         smallint NOT NULL CHECK (best_of IN (1, 3, 5)),
    status          text NOT NULL CHECK (status IN ('scheduled', 'completed', 'forfeited', 'postponed')),
    winner_team_id  integer REFERENCES teams (team_id),
    venue           text,
    peak_viewers    integer CHECK (peak_viewers >= 0),
    CHECK (team_a_id <> team_b_id),
    CHECK ((status IN ('completed', 'forfeited')) = (winner_team_id IS NOT NULL)),
    CHECK (winner_team_id IS NULL OR winner_team_id IN (team_a_id, team_b_id)),
    CHECK ((stage = 'regular') = (week_no IS NOT NULL))
);
COMMENT ON TABLE matches IS 'Matches (series) between two teams. A match is played as a best-of-N series of games (maps); the first team to win more than N/2 games wins the match.';
COMMENT ON COLUMN matches.match_id IS 'Surrogate key of the match.';
COMMENT ON COLUMN matches.season_id IS 'Season, references seasons.';
COMMENT ON COLUMN matches.stage IS 'regular = regular-season round robin (best of 1); semifinal (best of 3); final (best of 5).';
COMMENT ON COLUMN matches.week_no IS 'Regular-season week number 1-9; NULL for semifinals and finals.';
COMMENT ON COLUMN matches.team_a_id IS 'First listed team (nominal home side), references teams.';
COMMENT ON COLUMN matches.team_b_id IS 'Second listed team, references teams.';
COMMENT ON COLUMN matches.scheduled_at IS 'Scheduled start of the match (timestamptz; shown in UTC).';
COMMENT ON COLUMN matches.best_of IS 'Series length: 1, 3 or 5 games.';
COMMENT ON COLUMN matches.status IS 'scheduled = not played yet; completed = played; forfeited = awarded to winner_team_id without any game played; postponed = not played on schedule and not replayed.';
COMMENT ON COLUMN matches.winner_team_id IS 'Team that won the match (references teams); NULL unless status is completed or forfeited.';
COMMENT ON COLUMN matches.venue IS 'Arena name for LAN matches, e.g. ''Lanxess Arena''; NULL for online matches.';
COMMENT ON COLUMN matches.peak_viewers IS 'Peak concurrent broadcast viewers; NULL when not measured (e.g. forfeits, unplayed matches, tracker outages).';

CREATE TABLE match_games (
    game_id          integer PRIMARY KEY,
    match_id         integer NOT NULL REFERENCES matches (match_id),
    game_no          smallint NOT NULL CHECK (game_no BETWEEN 1 AND 5),
    map_id           integer NOT NULL REFERENCES maps (map_id),
    winner_team_id   integer NOT NULL REFERENCES teams (team_id),
    team_a_rounds    smallint NOT NULL CHECK (team_a_rounds >= 0),
    team_b_rounds    smallint NOT NULL CHECK (team_b_rounds >= 0),
    duration_seconds integer NOT NULL CHECK (duration_seconds > 0),
    UNIQUE (match_id, game_no),
    CHECK (team_a_rounds <> team_b_rounds)
);
COMMENT ON TABLE match_games IS 'Games (maps) played within a match. A game is won by the first team to 13 rounds (16, 19, ... after overtime).';
COMMENT ON COLUMN match_games.game_id IS 'Surrogate key of the game.';
COMMENT ON COLUMN match_games.match_id IS 'The match, references matches.';
COMMENT ON COLUMN match_games.game_no IS 'Order of the game within the match: 1 = first map.';
COMMENT ON COLUMN match_games.map_id IS 'Map played, references maps.';
COMMENT ON COLUMN match_games.winner_team_id IS 'Team that won the game (team_a or team_b of the match), references teams.';
COMMENT ON COLUMN match_games.team_a_rounds IS 'Rounds won by the match''s team_a in this game.';
COMMENT ON COLUMN match_games.team_b_rounds IS 'Rounds won by the match''s team_b in this game.';
COMMENT ON COLUMN match_games.duration_seconds IS 'Length of the game in seconds.';

CREATE TABLE player_game_stats (
    game_id        integer NOT NULL REFERENCES match_games (game_id),
    player_id      integer NOT NULL REFERENCES players (player_id),
    team_id        integer NOT NULL REFERENCES teams (team_id),
    kills          smallint NOT NULL CHECK (kills >= 0),
    deaths         smallint NOT NULL CHECK (deaths >= 0),
    assists        smallint NOT NULL CHECK (assists >= 0),
    damage_dealt   integer NOT NULL CHECK (damage_dealt >= 0),
    headshot_pct   numeric(5,2) CHECK (headshot_pct BETWEEN 0 AND 100),
    is_mvp         boolean NOT NULL,
    PRIMARY KEY (game_id, player_id)
);
COMMENT ON TABLE player_game_stats IS 'Box score: one row per player per game played (five per team per game).';
COMMENT ON COLUMN player_game_stats.game_id IS 'The game, references match_games.';
COMMENT ON COLUMN player_game_stats.player_id IS 'The player, references players.';
COMMENT ON COLUMN player_game_stats.team_id IS 'Team the player played for in this game, references teams.';
COMMENT ON COLUMN player_game_stats.kills IS 'Opponents eliminated by the player in the game.';
COMMENT ON COLUMN player_game_stats.deaths IS 'Times the player was eliminated in the game.';
COMMENT ON COLUMN player_game_stats.assists IS 'Kill assists in the game.';
COMMENT ON COLUMN player_game_stats.damage_dealt IS 'Total damage dealt to opponents (hit points).';
COMMENT ON COLUMN player_game_stats.headshot_pct IS 'Percentage (0-100) of the player''s kills that were headshots, rounded to 2 decimals; 0 for a player without kills; NULL when the tracker failed for that game.';
COMMENT ON COLUMN player_game_stats.is_mvp IS 'true for the game''s most valuable player (exactly one player per game, on the winning team).';

CREATE TABLE sponsorships (
    sponsorship_id    integer PRIMARY KEY,
    org_id            integer NOT NULL REFERENCES organisations (org_id),
    sponsor_name      text NOT NULL,
    category          text NOT NULL CHECK (category IN ('energy_drink', 'hardware', 'apparel', 'telecom', 'automotive', 'betting', 'food')),
    start_date        date NOT NULL,
    end_date          date,
    annual_value_usd  numeric(12,2) NOT NULL CHECK (annual_value_usd > 0),
    is_title_sponsor  boolean NOT NULL,
    CHECK (end_date IS NULL OR end_date > start_date)
);
COMMENT ON TABLE sponsorships IS 'Sponsorship deals between a sponsor brand and an organisation. A deal is active on day d when start_date <= d and (end_date IS NULL or d <= end_date).';
COMMENT ON COLUMN sponsorships.sponsorship_id IS 'Surrogate key of the deal.';
COMMENT ON COLUMN sponsorships.org_id IS 'Sponsored organisation, references organisations.';
COMMENT ON COLUMN sponsorships.sponsor_name IS 'Brand name of the sponsor, e.g. ''Brühl Energy'', ''McAllister''''s Apparel''. The same sponsor may have deals with several organisations.';
COMMENT ON COLUMN sponsorships.category IS 'Sponsor industry: energy_drink, hardware, apparel, telecom, automotive, betting or food.';
COMMENT ON COLUMN sponsorships.start_date IS 'First day of the deal.';
COMMENT ON COLUMN sponsorships.end_date IS 'Last day of the deal (inclusive); NULL for an open-ended deal still running.';
COMMENT ON COLUMN sponsorships.annual_value_usd IS 'Value of the deal per year, in USD.';
COMMENT ON COLUMN sponsorships.is_title_sponsor IS 'true when the sponsor is the organisation''s title (naming) sponsor.';
