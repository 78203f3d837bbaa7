// Capitalised words that are not names, and small words that join the parts of one name.
// Data only.

/** Words that are capitalised at a sentence start or in headlines but name nothing (lower case). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'who', 'what', 'when', 'where',
  'why', 'how', 'which', 'while', 'whether', 'but', 'and', 'or', 'nor', 'so', 'yet', 'if', 'as', 'at', 'by',
  'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'without', 'within', 'after', 'before', 'during',
  'since', 'until', 'about', 'above', 'across', 'against', 'along', 'among', 'around', 'because', 'below',
  'beside', 'besides', 'between', 'beyond', 'despite', 'down', 'except', 'inside', 'like', 'near', 'off', 'out',
  'outside', 'over', 'per', 'through', 'throughout', 'toward', 'towards', 'under', 'unlike', 'up', 'upon', 'via',
  'all', 'any', 'both', 'each', 'either', 'every', 'few', 'many', 'more', 'most', 'much', 'neither', 'no', 'none',
  'not', 'some', 'such', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'first', 'second', 'third', 'last', 'next', 'also', 'however', 'meanwhile', 'moreover',
  'furthermore', 'therefore', 'thus', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'according', 'although', 'though', 'even', 'only', 'just', 'instead', 'once', 'later', 'earlier', 'already',
  'yes', 'no', 'oh', 'please', 'thanks', 'thank', 'said', 'says', 'image', 'photo', 'file', 'update', 'updated',
  'editing', 'editor', 'reporting', 'writing', 'note', 'notes', 'read', 'see', 'source', 'sources', 'related',
  'new', 'old', 'big', 'top', 'senior', 'former', 'several', 'local', 'national', 'international', 'global',
  'mr', 'mrs', 'ms', 'dr', 'whose', 'whom', 'let', 'despite', 'amid', 'amidst', 'following', 'asked', 'during',
  'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'shall', 'did', 'does', 'do', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'nothing', 'everything', 'something', 'anything',
  'everyone', 'someone', 'anyone', 'nobody', 'people', 'police', 'government', 'officials', 'state', 'city',
  'ltd', 'inc', 'corp', 'co', 'copyright', 'all rights reserved', 'end', 'more', 'ends', 'pictures', 'video',
  'mln', 'bln', 'pct', 'percent', 'vs', 'v', 'am', 'pm', 'gmt', 'utc', 'est', 'et',
]);

/**
 * Words of NOT_NAMES that still begin a name when a capitalised name word follows them:
 * `New Zealand`, `National Park Service`, `United Nations`, `State Department`, `People Power`.
 */
export const NAME_INITIAL_WORDS: ReadonlySet<string> = new Set([
  'new', 'national', 'international', 'global', 'united', 'state', 'city', 'people', 'old',
  // `Jan Hofmann`: a month's abbreviation that is also a given name (`Jan 18` has no capital after it)
  'jan',
]);

/** Lower-case words that may stand inside a name between capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', '&', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le',
  'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'e', 'at',
]);

/** Compass words that make a part of a known place a place: `South Wales`, `Western Australia`, `Kowloon West`. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower',
  'northeast', 'northwest', 'southeast', 'southwest', 'greater', 'inner', 'outer',
]);

/** Connectors that may stand inside a person's name (`Ludwig van Beethoven`, `Osama bin Laden`). */
export const PERSON_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den',
  'ter', 'bin', 'ibn', 'bint', 'al', 'el', 'y',
]);

/** Words that, right after a capitalised run, mark it as a person: `Wang said`, `Smith told`. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'noted', 'stressed', 'asked', 'explained', 'wrote', 'argued', 'insisted',
  'recalled', 'announced', 'declared', 'replied', 'urged', 'warned', 'claimed', 'believes', 'thinks',
  'admitted', 'denied', 'confirmed', 'tweeted', 'praised', 'criticized', 'criticised', 'met', 'visited',
]);

/** Prepositions after which an unknown capitalised name is a place: `in Pyongyang`, `near Tikrit`. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'across', 'throughout', 'from', 'to', 'towards', 'toward', 'into', 'via',
]);

/** Head words that make a capitalised run a place: `Tiananmen Square`, `Bay of Bengal`, `Hebei Province`. */
export const PLACE_HEADS: ReadonlyMap<string, 'city' | 'region' | 'landmark' | 'other'> = new Map([
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['county', 'region'], ['province', 'region'],
  ['state', 'region'], ['region', 'region'], ['district', 'region'], ['prefecture', 'region'], ['territory', 'region'],
  ['island', 'region'], ['islands', 'region'], ['peninsula', 'region'], ['valley', 'region'], ['coast', 'region'],
  ['strait', 'region'], ['sea', 'region'], ['ocean', 'region'], ['bay', 'region'], ['gulf', 'region'], ['river', 'region'],
  ['lake', 'region'], ['mountains', 'region'], ['mountain', 'landmark'], ['mount', 'landmark'], ['desert', 'region'],
  ['square', 'landmark'], ['street', 'landmark'], ['avenue', 'landmark'], ['road', 'landmark'], ['bridge', 'landmark'],
  ['airport', 'landmark'], ['station', 'landmark'], ['park', 'landmark'], ['stadium', 'landmark'], ['palace', 'landmark'],
  ['hall', 'landmark'], ['tower', 'landmark'], ['port', 'city'], ['harbor', 'landmark'], ['harbour', 'landmark'],
  ['canal', 'landmark'], ['dam', 'landmark'], ['base', 'landmark'], ['arena', 'landmark'], ['memorial', 'landmark'],
  ['cathedral', 'landmark'], ['temple', 'landmark'], ['route', 'landmark'], ['corridor', 'region'], ['passage', 'region'],
  ['highway', 'landmark'], ['expressway', 'landmark'], ['crossing', 'landmark'], ['zone', 'region'], ['republic', 'region'], ['kingdom', 'region'],
]);

/**
 * First words that make a capitalised run a place: `Lake Titicaca`, `Mount Kenya`, `Cape Bon`,
 * `Morro da Oficina`, `Palazzo Chigi`, `Wadi Rum`. Lower case.
 */
export const PLACE_LEADS: ReadonlyMap<string, 'region' | 'landmark'> = new Map([
  ['lake', 'region'], ['mount', 'landmark'], ['mt', 'landmark'], ['cape', 'region'], ['isla', 'region'], ['islas', 'region'],
  ['monte', 'landmark'], ['morro', 'landmark'], ['cerro', 'landmark'], ['rio', 'region'], ['río', 'region'], ['lago', 'region'],
  ['laguna', 'region'], ['lac', 'region'], ['mont', 'landmark'], ['puerto', 'region'], ['bahia', 'region'], ['bahía', 'region'],
  ['golfo', 'region'], ['sierra', 'region'], ['wadi', 'region'], ['jebel', 'landmark'], ['jabal', 'landmark'], ['gunung', 'landmark'],
  ['pulau', 'region'], ['palazzo', 'landmark'], ['piazza', 'landmark'], ['plaza', 'landmark'], ['plaça', 'landmark'], ['praça', 'landmark'],
  ['fort', 'landmark'], ['loch', 'region'],
]);

/**
 * Saints' prefixes of place names, followed by what is often a given name: `San Juan Mixtepec`,
 * `Santa Rosa-Chacalluta`, `Sao Paulo`, `Saint Louis`. A run they begin is a place even when
 * a given name follows. Lower case.
 */
export const SAINT_LEADS: ReadonlySet<string> = new Set([
  'san', 'santa', 'santo', 'sao', 'são', 'saint', 'sainte', 'sankt', 'sant', "sant'",
]);

/**
 * Tails of hyphenated adjectives made from a place or demonym: `Chinese-built`, `Sri Lankan-run`,
 * `Kenyan-registered`, `US-led`. A word ending in one names no one and ends a name run. Lower case.
 */
export const ADJECTIVE_TAILS: ReadonlySet<string> = new Set([
  'run', 'built', 'made', 'owned', 'based', 'led', 'backed', 'funded', 'controlled', 'operated', 'designed',
  'brokered', 'sponsored', 'flagged', 'registered', 'listed', 'supported', 'dominated', 'bound', 'born', 'held',
  'style', 'type', 'era', 'wide', 'bred', 'trained', 'educated', 'produced', 'manufactured', 'financed', 'drafted',
  'mediated', 'occupied', 'administered', 'allied', 'aligned', 'friendly', 'speaking', 'language',
]);

/**
 * Roles and descriptions that begin a sentence before a name and are no part of it:
 * `Striker Nader X scored`, `Rival Kia Motors Corp`, `Veteran X`. Lower case.
 */
export const ROLE_LEADS: ReadonlySet<string> = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'fullback', 'full-back',
  'playmaker', 'skipper', 'opener', 'batsman', 'bowler', 'spinner', 'pitcher', 'outfielder', 'catcher', 'shortstop',
  'quarterback', 'jockey', 'trainer', 'driver', 'rider', 'sprinter', 'hurdler', 'runner', 'veteran', 'rookie',
  'rival', 'rivals', 'compatriot', 'teammate', 'newcomer', 'champion', 'holder', 'favourite', 'favorite',
  'underdog', 'outsider', 'challenger', 'defending', 'incumbent', 'novelist', 'actor', 'actress', 'singer',
  'dissident', 'rebel', 'hardliner', 'militant', 'opposition', 'tycoon', 'billionaire',
]);
