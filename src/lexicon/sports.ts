// Words of sports copy that say a name is a club or team, not the place it is named after.
// Data only; lower case.
//
//   `SOCCER - SYRIA HOLD KUWAIT TO DRAW .`      -> a sport prefix: sports copy, and no name
//   `Barcelona 3 Real Madrid 2`                  -> a city next to a score: a club
//   `Newcastle beat Blackburn 2-0`               -> a city that plays: a club
//   `Athletic Bilbao`, `VfB Stuttgart`           -> a club word and a city: a club

/** Headline prefixes before ` - ` that mark sports copy: `SOCCER -`, `MOTOR RACING -`. */
export const SPORT_PREFIXES: ReadonlySet<string> = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'motor racing', 'motorcycling',
  'rugby', 'rugby union', 'rugby league', 'athletics', 'cycling', 'boxing', 'ice hockey', 'hockey', 'nfl', 'nba',
  'nhl', 'horse racing', 'racing', 'skiing', 'alpine skiing', 'swimming', 'rowing', 'sailing', 'yachting',
  'squash', 'badminton', 'table tennis', 'volleyball', 'handball', 'snooker', 'darts', 'judo', 'wrestling',
  'weightlifting', 'gymnastics', 'olympics', 'sport', 'sports', 'chess', 'equestrianism', 'triathlon', 'fencing',
  'american football', 'australian rules', 'speed skating', 'figure skating', 'bobsleigh', 'canoeing',
]);

/** Words that, with a place, make a club's name: `Athletic Bilbao`, `Bayern Munich`, `Leicester City`. */
export const CLUB_WORDS: ReadonlySet<string> = new Set([
  'fc', 'afc', 'ac', 'sc', 'cf', 'cd', 'ud', 'sv', 'tsv', 'vfb', 'vfl', 'fk', 'sk', 'nk', 'psv', 'nac', 'jc', 'rc',
  'athletic', 'atletico', 'atlético', 'racing', 'real', 'sporting', 'dynamo', 'dinamo', 'united', 'rovers',
  'wanderers', 'borussia', 'bayer', 'bayern', 'hansa', 'werder', 'hertha', 'eintracht', 'fortuna', 'alemannia',
  'inter', 'internazionale', 'olympique', 'olympiakos', 'deportivo', 'rapid', 'lokomotiv', 'spartak', 'torpedo',
  'ajax', 'vitesse', 'twente', 'roda', 'feyenoord', 'hibernian', 'hearts', 'albion', 'hotspur', 'athletico',
  'celtic', 'rangers', 'academica', 'standard', 'slavia', 'sparta', 'legia', 'steaua', 'galatasaray',
  'red star', 'partizan', 'crvena', 'zvezda', 'young boys', 'grasshoppers', 'servette',
]);

/** Words after a club that say it plays: `Newcastle beat Blackburn`, `Dortmund slip`, `Cardiff centre X`. */
export const PLAY_AFTER: ReadonlySet<string> = new Set([
  'beat', 'beats', 'held', 'hold', 'holds', 'drew', 'draw', 'draws', 'lost', 'lose', 'loses', 'won', 'win', 'wins',
  'defeated', 'thrashed', 'crushed', 'edged', 'routed', 'hammered', 'trounced', 'outclassed', 'stunned',
  'slipped', 'slip', 'slips', 'go', 'went', 'climbed', 'trail', 'trails', 'trailed', 'scored', 'play', 'plays',
  'played', 'face', 'faces', 'faced', 'meet', 'meets', 'host', 'hosts', 'hosted', 'visit', 'visits', 'v', 'vs',
  'manager', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'captain', 'centre', 'center',
  'winger', 'forward', 'fullback', 'full-back', 'skipper', 'pitcher', 'outfielder', 'batsman', 'bowler',
  'fans', 'supporters', 'chairman', 'squad', 'lineup', 'line-up', 'opener',
]);

/** Words before a club that say it plays: `beat Blackburn`, `win over Hamburg`, `scored for Bayern`, `v Sussex`. */
export const PLAY_BEFORE: ReadonlySet<string> = new Set([
  'beat', 'beats', 'beating', 'defeated', 'v', 'vs', 'against', 'over', 'for', 'hosts', 'host', 'hosted', 'visiting',
  'visit', 'visited', 'play', 'plays', 'played', 'playing', 'meet', 'meets', 'face', 'faces', 'joined', 'champions', 'holders', 'leaders', 'rivals', 'thrashed', 'hammered', 'edged',
]);

/** Words after a club's possessive that say it plays: `New York 's lead`, `Newcastle 's second goal`. */
export const PLAY_POSSESSED: ReadonlySet<string> = new Set([
  'lead', 'win', 'victory', 'defeat', 'goal', 'goals', 'manager', 'coach', 'striker', 'captain', 'midfielder',
  'defender', 'goalkeeper', 'keeper', 'pitcher', 'squad', 'team', 'side', 'season', 'title', 'first', 'second',
  'third', 'last', 'winning', 'losing', 'game', 'match', 'hopes', 'fans', 'players', 'bowlers', 'batsmen',
]);
