// Words that say a capitalised run names a thing rather than a person: events, products,
// vehicles, works, buildings. Data only; lower case.
//
//   `Lantern Festival`, `Waitangi Day`, `Booker Prize`  -> an event or award, no one's name
//   `Space Shuttle Atlantis`, `Operation Clambake`       -> a vehicle, an operation
//   `Adler Planetarium`, `Al-Ghaza Hotel`                -> a building: a place

/** Last words of events, awards, products and works: a run ending in one is neither person nor organization. */
export const THING_HEADS: ReadonlySet<string> = new Set([
  'festival', 'day', 'days', 'week', 'year', 'prize', 'award', 'awards', 'medal', 'cup', 'trophy', 'games',
  'olympics', 'championship', 'championships', 'tournament', 'open', 'marathon', 'grand prix', 'expo', 'fair',
  'show', 'war', 'crisis', 'revolution', 'uprising', 'summit', 'election', 'elections', 'act', 'bill', 'treaty',
  'accord', 'accords', 'declaration', 'protocol', 'doctrine', 'initiative', 'plan', 'strategy', 'study', 'survey',
  'report', 'index', 'shuttle', 'orbiter', 'orbiters', 'rocket', 'satellite', 'telescope', 'mission', 'flight',
  'wiki', 'app', 'browser', 'software', 'system', 'systems', 'edition', 'series', 'album', 'song', 'film', 'movie',
  'novel', 'book', 'collection', 'exhibition', 'exhibit', 'soup', 'prize-winner', 'winner', 'results', 'result',
  'disorders', 'disorder', 'syndrome', 'disease', 'virus', 'nutrition', 'deficiency', 'change', 'policy',
  'reform', 'reforms', 'law', 'code', 'constitution', 'charter', 'budget', 'tax', 'card', 'ticket', 'polaroid',
  'polaroids', 'classic', 'invitational', 'grand prix', 'rally',
]);

/** First words of vehicles, operations and labels: `Space Shuttle X`, `Operation X`, `HMS X`, `Group F`. */
export const THING_LEADS: ReadonlySet<string> = new Set([
  'space', 'operation', 'project', 'hms', 'hmc', 'hmcs', 'uss', 'rms', 'mv', 'ss', 'flight', 'apollo', 'group',
  'protected', 'protection', 'sensitive', 'classified', 'windows', 'internet', 'web', 'online', 'digital',
]);

/** Last words of buildings and sites, which are places: `Adler Planetarium`, `Kennedy Space Center`. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'planetarium', 'hotel', 'facility', 'museum', 'center', 'centre', 'complex', 'towers', 'mosque', 'theatre',
  'theater', 'zoo', 'aquarium', 'gardens', 'cave', 'pad', 'mall', 'plaza', 'resort', 'castle', 'fort', 'prison',
  'jail', 'camp', 'cemetery', 'monument', 'shrine', 'pagoda', 'gate', 'wall', 'pier', 'lighthouse', 'observatory',
  'base', 'compound', 'embassy', 'consulate', 'residence', 'estate', 'building', 'house', 'hall', 'stadium', 'arena',
  'airport', 'station', 'terminal', 'port', 'harbor', 'harbour', 'bridge', 'tunnel', 'dam', 'square', 'park',
]);

/** Suffixes of common nouns that no personal name ends in: `Insurgency`, `Nutrition`, `Management`. */
export const COMMON_NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ism|ship|hood|ology|ency|ancy|ics|ture|ware)s?$/;

/** Words of play: a sentence with one, in sports copy, makes the countries in it teams. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'drew', 'match', 'matches', 'goal', 'goals', 'scored', 'scorer', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'coach', 'squad', 'kick-off', 'penalty', 'penalties', 'half-time',
  'halftime', 'stoppage', 'fixture', 'semi-final', 'quarter-final', 'semifinal', 'quarterfinal', 'playoff',
  'qualifier', 'tournament', 'cup', 'league', 'innings', 'wicket', 'wickets', 'thrashed', 'hammered',
  'equaliser', 'equalizer', 'hat-trick', 'standings', 'opponents', 'vs', 'v',
]);

/**
 * What follows a site's own name: `Kattegat Syd wind farm`, `its Buli mine`, `the Grasberg copper
 * mine`. A kind of energy or ore, then a site word; or a site word alone after `its`/`their`.
 */
export const SITE_KINDS: ReadonlySet<string> = new Set([
  'wind', 'offshore', 'solar', 'gas', 'oil', 'coal', 'hydro', 'hydropower', 'hydroelectric', 'nuclear', 'geothermal',
  'copper', 'gold', 'nickel', 'iron', 'bauxite', 'lithium', 'uranium', 'zinc', 'silver', 'tin', 'diamond', 'potash',
]);
export const SITE_WORDS: ReadonlySet<string> = new Set([
  'farm', 'farms', 'park', 'field', 'fields', 'mine', 'mines', 'plant', 'project', 'station', 'refinery', 'smelter',
  'reactor', 'deposit', 'basin', 'block', 'concession', 'terminal', 'pipeline', 'dam',
]);
