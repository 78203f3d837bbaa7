// What an agreement's subjects look like in wire copy: the phrases that introduce them,
// the words that end them, and the evidence that keeps an `and` inside one subject.
// Data only; src/extract/agreements/topics builds its patterns from these.

/**
 * How the words after an introducer are read: `list` splits at commas and `and`, `phrase`
 * is one subject (a purpose or a participle), `clauses` splits only where a new clause
 * with its own subject starts (`Japan will buy A and B and China will import C`).
 */
export type TopicPhraseKind = 'list' | 'phrase' | 'clauses';

/**
 * What follows the agreement noun and introduces its subjects, tried in order:
 *   `cooperation documents in the fields including A, B and C`
 *   `an agreement on A and B` / `covering A` / `to A` / `for A`
 */
export const TOPIC_INTRODUCERS: readonly { pattern: string; kind: TopicPhraseKind }[] = [
  // `on cooperation in the field of A and B`, `in the fields of education and sports`: the
  // subject as written, one topic, unless a comma list follows (`fields of A, B and C`)
  { pattern: '(?:on|in|for|covering)(?= (?:cooperation|collaboration) in the (?:field|area|sector|sphere|domain)s? of (?![^,;.]{0,200},[ \\t\\r\\n]*[a-z-]+(?:[ \\t\\r\\n]+[a-z-]+)?(?:,|[ \\t\\r\\n]+and[ \\t\\r\\n])))', kind: 'phrase' },
  { pattern: '(?:on|in|for|covering) the (?:field|area|sector|sphere|domain) of', kind: 'phrase' },
  { pattern: '(?:in|on|covering|for) (?:(?:strengthening|enhancing|promoting|deepening|expanding|boosting|furthering) )?(?:(?:bilateral|mutual|practical|economic) )?(?:(?:cooperation|collaboration) in )?(?:the |a range of |various |a number of |such )?(?:fields?|areas?|sectors?|spheres?|domains?)(?:,)? (?:of|including|like|such as|as|covering)', kind: 'list' },
  { pattern: '(?:on|in|for) (?:(?:strengthening|enhancing|promoting|deepening|expanding|boosting|furthering) )?(?:(?:bilateral|mutual|practical) )?(?:cooperation|collaboration) (?:in|on)|to (?:cooperate|collaborate|work together|partner) (?:in|on)', kind: 'list' },
  // `five agreements, including on trade and investment`, `three agreements, on A, on B and on C`
  { pattern: ',[ \\t]*(?:(?:including|covering|such as)(?:[ \\t]+(?:on|in|for))?|on|concerning|regarding)', kind: 'list' },
  { pattern: 'on|covering|concerning|regarding|about|over|in', kind: 'list' },
  // `The agreement also covers A, including B, C and D`
  { pattern: '(?:(?:will|would|which|that) )?(?:also )?(?:covers?|includes?|involves?|deals with|focus(?:es)? on|provides? for|calls? for)', kind: 'list' },
  // `The accord envisages joint production of ...`, `The deal outlines A and B`: a back-reference's verb of content
  { pattern: '(?:(?:which|that) )?(?:also )?(?:envisages?|envisions?|foresees?|outlines?|sets? out|spells? out|lays? out|regulates?|governs?)', kind: 'list' },
  // `an agreement under which Japan will buy ...`, `a deal whereby ...`, `The treaty stipulates that ...`
  { pattern: 'under which|whereby|by which|on the basis of which|according to which|(?:(?:which|that) )?(?:also )?(?:stipulates?|provides?|states?|specifies?) that', kind: 'clauses' },
  { pattern: '(?:which|that) (?:also )?(?:provides?|calls?) for|providing for|spelling out|setting out|laying out|laying down|(?:which|that) (?:also )?(?:sets?|spells?|lays?) (?:out|down)', kind: 'list' },
  // `The memorandum commits the two institutes to A and to B`, `committing both governments to A`
  { pattern: '(?:commits?|committed|committing|obliges?|obliging|binds?|binding) [^,;.]{1,160}? to(?= )', kind: 'list' },
  // `an exclusive license agreement with X granting X the rights to develop ...`
  { pattern: '(?:granting|giving|awarding) (?:[A-Z][\\w.&\'-]*[ \\t\\r\\n]+){0,4}(?=(?:the |an? )?(?:(?:exclusive|worldwide|global|non-exclusive|sole) )*(?:rights?|licen[cs]es?|options?|access) )', kind: 'phrase' },
  // `a deal aimed at easing ...`, `an accord designed to ...`, `a pact that will ...`
  { pattern: '(?:aimed|aiming|designed|meant|intended|seeking) (?:at|to)|(?:that|which) (?:will|would)', kind: 'phrase' },
  // `a deal establishing diplomatic relations`: a participle names the subject itself
  { pattern: '(?=(?:establishing|creating|setting up|allowing|enabling|boosting|expanding|promoting|ending|extending|renewing|easing|lifting|cutting|reducing|regulating|governing|granting|opening|ensuring)\\b)', kind: 'phrase' },
  { pattern: 'to|for', kind: 'phrase' },
];

/**
 * Verbs that open a second purpose after `and` (`to supply nickel ore and build a smelter`,
 * `that will let residents cross ... and set up a customs post`): two purposes, two subjects.
 */
export const PURPOSE_VERBS = [
  'set up', 'build', 'construct', 'establish', 'create', 'develop', 'expand', 'supply', 'provide', 'open', 'launch', 'operate',
  'invest', 'buy', 'sell', 'export', 'import', 'promote', 'boost', 'strengthen', 'improve', 'upgrade', 'modernize', 'modernise',
  'train', 'conduct', 'hold', 'carry out', 'explore', 'produce', 'manufacture', 'deliver', 'finance', 'fund', 'repair', 'protect',
  'increase', 'reduce', 'ease', 'allow', 'let', 'facilitate', 'extend', 'renew', 'resume', 'restore', 'mount', 'install', 'deploy',
  'lease', 'purchase', 'acquire', 'transfer', 'grant', 'harmonize', 'harmonise', 'jointly',
];

/**
 * `Under the protocol, the two sides will boost cooperation in such fields as A, B and C`:
 * in the clause after `Under the <agreement>,` only a list of fields names the subjects
 * (`Under the deal, the company will hold a 50 percent stake` names none).
 */
export const UNDER_AGREEMENT = '(?:under|according to|in line with) (?:the terms of )?$';
export const FIELDS_IN_CLAUSE = '(?:in|on|covering) (?:such |the |various |a range of |a number of |several |many )?(?:fields?|areas?|sectors?|spheres?|domains?),? (?:such as|as|including|like)';

/**
 * A sentence that shares out the contents of the agreements just signed, one each:
 * `One provides for A, the other for B`, `The first covers A and the second B`.
 */
export const ONE_OF_THEM = '(?:the )?(?:one|first)(?: of them)? (?:provides for|covers|concerns|deals with|is on|is about|envisages|regulates|governs)';
export const THE_OTHER = '(?:,|;|,? and|,? while|,? whereas) (?:the )?(?:other|second|latter)(?: one)? (?:(?:provides for|covers|concerns|deals with|is on|is about|envisages|regulates|governs)|for|on)';

/**
 * After one subject phrase, a second one that states the contents:
 *   `two agreements to clean up the river, committing both governments to A, B and C`
 *   `a memorandum on haze mitigation that covers A, B and C`
 * Matched right where the first phrase ended (a comma, `that`/`which` or nothing before).
 */
export const TOPIC_CONTINUATIONS: readonly { pattern: string; kind: TopicPhraseKind }[] = [
  { pattern: '(?:, ?)?(?:that|which) (?:also )?(?:covers?|includes?|involves?|deals? with|provides? for|calls? for|sets? out|spells? out)', kind: 'list' },
  { pattern: ', ?(?:covering|including|involving|providing for|calling for|spelling out|setting out|laying out)', kind: 'list' },
  { pattern: ', ?(?:committing|obliging|binding) [^,;.]{1,160}? to(?= )', kind: 'list' },
  { pattern: ', ?(?:under which|whereby|by which)', kind: 'clauses' },
];

/** Words after `on` that are no subject: `signed on the sidelines of`, `on the basis of equality`. */
export const NOT_TOPIC_AFTER_ON = ['sidelines', 'margins', 'margin', 'basis', 'behalf', 'occasion', 'eve', 'condition', 'spot', 'same', 'day', 'way', 'site', 'premises', 'record', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words after `in` that are no subject: `an agreement in principle`, `in force`. */
export const NOT_TOPIC_AFTER_IN = ['principle', 'place', 'force', 'effect', 'writing', 'full', 'part', 'return', 'exchange', 'total', 'all', 'which', 'that', 'order', 'line', 'accordance', 'response', 'addition', 'recent', 'the', 'a', 'an', 'late', 'early', 'mid'];

/**
 * Words that may follow a place name without making it a modifier of a common noun:
 * `in Pyongyang on Wednesday`, `in Hanoi last week`; any other lower-case word (not a
 * verb form in -ing/-ed) makes the name part of the subject: `in the Orinoco belt`.
 */
export const PLACE_THEN_NO_NOUN = [
  'and', 'or', 'but', 'nor', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'from', 'of', 'as', 'into', 'through', 'until', 'since', 'against',
  'between', 'among', 'via', 'per', 'than', 'then', 'so', 'if', 'because', 'under', 'over', 'amid', 'after', 'before', 'during', 'ahead',
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall',
  'said', 'says', 'told', 'the', 'a', 'an', 'last', 'this', 'next', 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'whereas',
  'earlier', 'later', 'today', 'yesterday', 'tonight', 'tomorrow', 'here', 'there', 'also', 'both', 'each', 'all', 'its', 'their', 'his',
  'her', 'our', 'it', 'they', 'he', 'she', 'we', 'not', 'no', 'now', 'again', 'together', 'respectively', 'alone', 'only', 'ago', 'worth',
  'valued', 'amounting', 'aimed', 'witnessed', 'attended', 'according', 'following', 'early', 'late', 'mid', 'recently', 'jointly', 'too',
];

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
  // (and `, a TASS correspondent reported`, `, Russian government press service told Interfax`)
  ',\\s*(?:the|a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,3}(?:said|says|told|tells|noted|added|announced|stated|reported)\\b',
  ',\\s*(?:[\\w\'-]+\\s+){1,5}(?:said|says|told|tells|noted|added|announced|stated|reported|quoted)\\b',
  // `, Russian Deputy Prime Minister ... told reporters`
  ',\\s*[A-Z]',
  '\\s(?:was|were|is|are|has been|have been|had been|will|would|to be|that will|that would|which|who)\\s',
  // (`at` before a name is a place: the place rule below decides; `at the Santa Rosa-Chacalluta crossing`)
  '\\s(?:after|before|during|following|at(?![ \\t\\r\\n]+(?:the[ \\t\\r\\n]+)?[A-Z])|amid|under the witness of|in the presence of|witnessed by|signed by|inked by|said|says|according to|as part of|here|there|today|yesterday|earlier|later)\\b',
  // `... in Pyongyang`, `... on Thursday`, `with China`, but not a place inside a list item:
  // `the training of Venezuelan doctors in Cuba, eye surgery for ...` (the only capturing
  // group here: it makes the run of capitalised words atomic)
  // (`a pipeline from Igdir to Nakhchivan` is a route inside the subject; a name that
  // modifies a common noun is no place: `oil exploration in the Orinoco belt`, `research on Arctic weather`)
  '\\s(?!from\\s+(?:the\\s+)?[A-Z][\\w\'-]*(?:\\s+[A-Z][\\w\'-]*)*\\s+to\\s)(?:in|at|on|with|by|from)\\s+(?:the\\s+)?(?=([A-Z][\\w\'-]*(?:\\s+[A-Z][\\w\'-]*)*))\\1(?!\\s*,\\s*(?:and\\s+|or\\s+)?[a-z])(?![ \\t\\r\\n]+(?!(?:' + PLACE_THEN_NO_NOUN.join('|') + ')\\b)(?![a-z]+(?:ing|ed)\\b)[a-z])',
  // (but `travel between the two countries with identity cards`: a complement after it keeps it in the subject)
  '\\s(?:between|among)\\s+(?:the\\s+)?(?:two\\s+)?(?:governments?|countries|sides|nations|parties|states|ministries|companies|leaders|presidents|prime ministers)\\b(?!\\s+(?:with|using|by means of|instead of|without)\\s+[a-z])',
  // (`the rights to develop ...` is the subject itself)
  '(?<!\\b(?:rights?|licen[cs]es?|options?))\\sto\\s(?:boost|promote|strengthen|enhance|deepen|expand|further|help|improve|facilitate|increase|develop|advance|support|ensure)\\b',
  // (an acronym in brackets is part of the subject: `a high-pressure acid leach (HPAL) smelter`)
  '\\s\\((?![A-Z][A-Za-z]{1,9}\\))',
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
  // form, not subject: `a draft treaty`, `a long-awaited deal`, `a binding accord`
  'draft', 'outline', 'umbrella', 'milestone', 'groundbreaking', 'unprecedented', 'long-awaited', 'much-awaited', 'fresh',
  'formal', 'informal', 'definitive', 'final', 'written', 'verbal', 'similar', 'parallel',
  'conditional', 'non-binding', 'nonbinding', 'provisional', 'tentative', 'outline', 'framework', 'principal', 'in-principle',
]);

/** A duration before the noun is its term, not its subject: `a four-year sponsorship agreement`, `a 10-year contract`. */
export const DURATION_MODIFIER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|ninety|multi|half)-(?:year|month|week|day|decade)s?(?:-long)?$/i;

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
