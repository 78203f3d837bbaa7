// What an agreement's subjects look like in wire copy: the phrases that introduce them,
// the words that end them, and the evidence that keeps an `and` inside one subject.
// Data only; src/extract/agreements/topics builds its patterns from these.

/**
 * What follows the agreement noun and introduces its subjects, tried in order:
 *   `cooperation documents in the fields including A, B and C`
 *   `an agreement on A and B` / `covering A` / `to A` / `for A`
 */
export const TOPIC_INTRODUCERS: readonly { pattern: string; kind: 'list' | 'phrase' }[] = [
  // `in the field of A and B` (one field): one subject
  { pattern: '(?:on|in|for|covering)(?= (?:cooperation|collaboration) in the (?:field|area|sector|sphere|domain) of )', kind: 'phrase' },
  { pattern: '(?:on|in|for|covering) the (?:field|area|sector|sphere|domain) of', kind: 'phrase' },
  { pattern: '(?:in|on|covering|for) (?:(?:strengthening|enhancing|promoting|deepening|expanding|boosting|furthering) )?(?:(?:bilateral|mutual|practical|economic) )?(?:(?:cooperation|collaboration) in )?(?:the |a range of |various |a number of |such )?(?:fields?|areas?|sectors?|spheres?|domains?)(?:,)? (?:of|including|like|such as|as|covering)', kind: 'list' },
  { pattern: '(?:on|in|for) (?:(?:strengthening|enhancing|promoting|deepening|expanding|boosting|furthering) )?(?:(?:bilateral|mutual|practical) )?(?:cooperation|collaboration) (?:in|on)|to (?:cooperate|collaborate|work together|partner) (?:in|on)', kind: 'list' },
  // `five agreements, including on trade and investment`
  { pattern: ',[ \\t]*(?:including|covering|such as)(?:[ \\t]+(?:on|in|for))?', kind: 'list' },
  { pattern: 'on|covering|concerning|regarding|about|over|in', kind: 'list' },
  // `The agreement also covers A, including B, C and D`
  { pattern: '(?:(?:will|would|which|that) )?(?:also )?(?:covers?|includes?|involves?|deals with|focus(?:es)? on|provides? for|calls? for)', kind: 'list' },
  // `a deal aimed at easing ...`, `an accord designed to ...`, `a pact that will ...`
  { pattern: '(?:aimed|aiming|designed|meant|intended|seeking) (?:at|to)|(?:that|which) (?:will|would)', kind: 'phrase' },
  // `a deal establishing diplomatic relations`: a participle names the subject itself
  { pattern: '(?=(?:establishing|creating|setting up|allowing|enabling|boosting|expanding|promoting|ending|extending|renewing|easing|lifting|cutting|reducing|regulating|governing|granting|opening|ensuring)\\b)', kind: 'phrase' },
  { pattern: 'to|for', kind: 'phrase' },
];

/** Words after `in` that are no subject: `an agreement in principle`, `in force`. */
export const NOT_TOPIC_AFTER_IN = ['principle', 'place', 'force', 'effect', 'writing', 'full', 'part', 'return', 'exchange', 'total', 'all', 'which', 'that', 'order', 'line', 'accordance', 'response', 'addition', 'recent', 'the', 'a', 'an', 'late', 'early', 'mid'];

/**
 * Where a subject list ends (regex sources, matched case-sensitively after a space or a
 * comma): relative clauses, reporting verbs, passives, places, times and witnesses.
 */
export const TOPIC_TERMINATORS = [
  // `, which will ...`, `, said Li`, `, according to ...`
  ',\\s*(?:which|who|whose|where|while|when|whereas|as|after|before|during|following|according|said|says|saying|under|amid|despite|with|without|at|he|she|they|it|we|this|these|those|thus|so|aimed|aiming|marking|making|bringing|adding|noting|officials|both|the two|in a|in an|in order|in the presence)\\b',
  // `, allowing Bhutanese trucks to ...`, `, guaranteeing that ...`: a participle clause
  ',\\s*(?:allowing|enabling|guaranteeing|ending|paving|opening|giving|letting|requiring|ensuring|setting|creating|calling|helping|bringing|raising|worth|valued)\\b',
  ',\\s*(?!including|according)[a-z]+ing\\s+(?:the|a|an|that|it|them|its|their|up|way)\\b',
  // `, the minister told reporters`
  ',\\s*(?:the|a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,3}(?:said|says|told|tells|noted|added|announced|stated|reported)\\b',
  // `, Russian Deputy Prime Minister ... told reporters`
  ',\\s*[A-Z]',
  '\\s(?:was|were|is|are|has been|have been|had been|will|would|to be|that will|that would|which|who)\\s',
  '\\s(?:after|before|during|following|at|amid|under the witness of|in the presence of|witnessed by|signed by|inked by|said|says|according to|as part of|here|there|today|yesterday|earlier|later)\\b',
  // `... in Pyongyang`, `... on Thursday`, `with China`, but not a place inside a list item:
  // `the training of Venezuelan doctors in Cuba, eye surgery for ...` (the only capturing
  // group here: it makes the run of capitalised words atomic)
  '\\s(?:in|at|on|with|by|from)\\s+(?:the\\s+)?(?=([A-Z][\\w\'-]*(?:\\s+[A-Z][\\w\'-]*)*))\\1(?!\\s*,\\s*(?:and\\s+|or\\s+)?[a-z])',
  '\\s(?:between|among)\\s+(?:the\\s+)?(?:two\\s+)?(?:governments?|countries|sides|nations|parties|states|ministries|companies|leaders|presidents|prime ministers)\\b',
  '\\sto\\s(?:boost|promote|strengthen|enhance|deepen|expand|further|help|improve|facilitate|increase|develop|advance|support|ensure)\\b',
  '\\s\\(',
];

/** Modifiers before the agreement noun that say nothing of its subject. */
export const GENERIC_MODIFIERS = new Set([
  'new', 'bilateral', 'multilateral', 'trilateral', 'intergovernmental', 'inter-governmental', 'governmental', 'government',
  'cooperation', 'cooperative', 'framework', 'comprehensive', 'landmark', 'historic', 'major', 'important', 'formal',
  'several', 'many', 'various', 'multiple', 'numerous', 'some', 'few', 'joint', 'final', 'preliminary', 'initial',
  'official', 'separate', 'first', 'second', 'third', 'commercial', 'binding', 'legally', 'legally-binding', 'long-term',
  'short-term', 'interim', 'provisional', 'relevant', 'related', 'specific', 'total', 'other', 'further', 'more',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'series', 'number',
  'key', 'big', 'huge', 'massive', 'lucrative', 'controversial', 'sweeping', 'broad', 'strategic', 'international',
  'regional', 'global', 'national', 'state', 'previous', 'earlier', 'existing', 'current', 'original', 'revised',
  'amended', 'updated', 'tentative', 'secret', 'sample', 'standard', 'model', 'basic', 'general', 'overall',
  'million', 'billion', 'trillion', 'bln', 'mln', 'worth', 'friendship', 'partnership', 'signed', 'document', 'documents', 'package',
]);

/** Words that begin a noun phrase but are not part of the subject. */
export const TOPIC_DETERMINERS = ['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'this', 'these', 'that', 'those', 'both', 'all', 'such', 'various'];

/** `-ing` words that are sectors, not verbs, when they stand before an agreement noun. */
export const ING_SECTORS = new Set(['shipping', 'banking', 'mining', 'fishing', 'fisheries', 'housing', 'peacekeeping', 'financing', 'training', 'trading', 'farming', 'manufacturing', 'engineering', 'processing', 'broadcasting', 'publishing', 'printing', 'policing']);

/**
 * Pairs joined by `and` that name one field: `radio and television`, `science and
 * technology`. Listed by their two head words.
 */
export const PAIRED_FIELDS: readonly (readonly [string, string])[] = [
  ['radio', 'television'], ['radio', 'tv'], ['film', 'television'], ['press', 'publication'], ['press', 'publishing'],
  ['science', 'technology'], ['research', 'development'], ['oil', 'gas'], ['education', 'training'],
  ['inspection', 'quarantine'], ['customs', 'quarantine'], ['import', 'export'], ['imports', 'exports'],
  ['search', 'rescue'], ['law', 'order'], ['peace', 'security'], ['repair', 'maintenance'], ['operation', 'maintenance'],
  ['translation', 'publication'], ['culture', 'arts'], ['arts', 'culture'], ['literature', 'art'], ['literature', 'arts'],
  ['health', 'safety'], ['water', 'sanitation'], ['mergers', 'acquisitions'], ['sports', 'recreation'],
  ['agriculture', 'rural'], ['forestry', 'grassland'], ['trade', 'economic'], ['economic', 'trade'],
  ['banking', 'finance'], ['storage', 'transportation'], ['exploration', 'production'], ['protection', 'promotion'],
  ['promotion', 'protection'], ['capture', 'storage'], ['development', 'commercialization'], ['development', 'commercialisation'], ['prevention', 'control'], ['investigation', 'prosecution'], ['demarcation', 'delimitation'],
];

/** Single-word adjectives that, left bare before `and`, share the noun after it: `diplomatic and service visas`. */
export const BARE_ADJECTIVES = new Set([
  'diplomatic', 'economic', 'technical', 'technological', 'scientific', 'cultural', 'financial', 'commercial',
  'military', 'official', 'public', 'private', 'social', 'political', 'legal', 'judicial', 'civil', 'criminal',
  'bilateral', 'multilateral', 'regional', 'international', 'national', 'domestic', 'foreign', 'local', 'rural',
  'urban', 'industrial', 'agricultural', 'educational', 'medical', 'nuclear', 'maritime', 'civilian', 'academic',
  'mutual', 'reciprocal', 'green', 'digital', 'new', 'renewable', 'traditional', 'small', 'medium', 'large',
  'short', 'long', 'ordinary', 'special', 'visual', 'audio', 'human', 'natural', 'mineral', 'marine', 'postal',
]);

/** Adjective endings that mark a bare word before `and` as an adjective (`ecological and ...`). */
export const ADJECTIVE_ENDINGS = /(?:al|ic|ical|ive|ary|ous|ful|less|ian|ese|ish|ern|ile|ar)$/;
