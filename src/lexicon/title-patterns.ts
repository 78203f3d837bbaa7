// Words around titles, for the title rules: the modifiers that may stand before an office
// (`the country's top legislator`, `Venezuela's oil minister`), the prepositions that open
// the office's organization (`chairman of ...`, `director at ...`), the words that end a
// title phrase, and the verbs that state an office (`X was named chief executive of Y`).
// Lower case. Data only.

/** Lower-case words that may stand before an office word inside a title. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'top', 'chief', 'supreme', 'senior', 'junior', 'leading', 'principal', 'head', 'lead', 'main', 'general', 'special',
  'foreign', 'defense', 'defence', 'finance', 'interior', 'trade', 'economy', 'economic', 'health', 'education',
  'justice', 'labor', 'labour', 'energy', 'oil', 'agriculture', 'environment', 'culture', 'transport',
  'opposition', 'party', 'police', 'army', 'military', 'government', 'state', 'company', 'ministry', 'team',
  'club', 'union', 'rebel', 'militant', 'regional', 'provincial', 'municipal', 'city', 'county', 'district',
  'national', 'federal', 'local', 'central', 'presidential', 'parliamentary', 'legislative', 'communist',
  'ruling', 'royal', 'bank', 'central-bank', 'army', 'force', 'department', 'cabinet', 'council', 'foreign-affairs', 'security', 'intelligence', 'navy', 'naval', 'air', 'force', 'defense-ministry',
  'presiding', 'policy', 'affairs', 'external', 'commerce', 'industry', 'tourism', 'fisheries', 'mining',
  'petroleum', 'communications', 'information', 'embassy', 'white', 'house', 'campaign', 'news', 'press', 'public', 'security', 'spy', 'tax', 'human', 'rights',
]);

/**
 * Positions the title rules read as offices but the name finder need not know (they seldom
 * stand capitalised before a name): `X, a senior fellow at Y`, `X, chief strategist at Y`,
 * `X, a partner at the law firm Y`. Lower case.
 */
export const POSITION_WORDS: readonly string[] = [
  'fellow', 'senior fellow', 'research fellow', 'visiting fellow', 'strategist', 'partner', 'managing partner',
  'senior partner', 'lecturer', 'senior lecturer', 'trustee', 'curator', 'columnist', 'commentator',
  "chargé d'affaires", "charge d'affaires", 'deputy chief of mission',
];

/**
 * Office words that, lower case and alone before a name, are adjectives: `a major Andy Warhol
 * exhibit`, `the general Labour line`. Capitalised they stay ranks: `Major X`, `General X`.
 */
export const ADJECTIVE_OFFICES: ReadonlySet<string> = new Set(['major', 'general', 'principal', 'senior', 'junior', 'lead']);

/** Prepositions that link an office to its organization or country. */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'to', 'with', 'on']);

/** Small words allowed inside an organization name written before a name (`Minister of Trade and Industry`). */
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', '&', 'de', 'del', 'la', 'du', 'des', 'on']);

/**
 * Words that open a sentence before a title set off by a comma from the name after it, and
 * belong to neither: `The head of Y, X, said`, `Their deputy in the Bundestag, X, said`.
 */
export const SET_OFF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);

/** Articles dropped from the start of a title. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Words that end a title phrase: relative words, verbs of reporting and meeting, time words.
 * `X, chairman of Y since 2010` stops before `since`; `X, who met Y` is no title.
 */
export const TITLE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'from', 'representing', 'until', 'where', 'when', 'while', 'whereas', 'as', 'since', 'after', 'before',
  'during', 'until', 'because', 'although', 'though', 'if', 'but', 'or', 'nor', 'so', 'than', 'then',
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'stressed', 'urged', 'warned', 'announced',
  'held', 'holds', 'met', 'meets', 'meet', 'visited', 'visits', 'arrived', 'attended', 'attends', 'signed', 'signs',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'could', 'should',
  'may', 'might', 'can', 'must', 'did', 'does', 'do', 'made', 'took', 'gave', 'went', 'came', 'saw', 'led', 'left',
  'sent', 'won', 'lost', 'became', 'began', 'brought', 'paid', 'put', 'ran', 'spoke', 'stood', 'wrote', 'chose',
  'got', 'called', 'asked', 'expressed', 'welcomed', 'witnessed', 'presided', 'addressed', 'reiterated',
  'here', 'there', 'yesterday', 'today', 'tonight', 'tomorrow', 'now', 'last', 'next', 'this', 'ago', 'earlier', 'later',
  'also', 'not', 'never', 'reportedly', 'recently', 'previously',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Capitalised words that start sentences or clauses and never belong to a title before a name. */
export const PRE_NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'when', 'while', 'after', 'before', 'as', 'if', 'meanwhile', 'also', 'then', 'so', 'yet',
  'although', 'since', 'because', 'on', 'in', 'at', 'with', 'by', 'from', 'under', 'over', 'to', 'during',
  'according', 'said', 'says', 'told', 'met', 'with', 'here', 'there', 'today', 'yesterday', 'tomorrow',
  'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'we', 'they', 'he', 'she', 'it',
  'i', 'you', 'photo', 'file', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Verb phrases that state an office after a name, longest first:
 * `X is the president of Y`, `X was named chief executive of Y`, `X, who serves as mayor of Z`.
 */
export const PREDICATE_CUES: readonly string[] = [
  'has been named', 'has been appointed', 'has been elected', 'had been named', 'had been appointed',
  'was sworn in as', 'was named', 'was appointed', 'was elected', 'was made', 'was promoted to', 'was re-elected',
  'is now', 'was previously', 'was formerly', 'has been', 'had been', 'will become', 'became', 'becomes',
  'serves as', 'served as', 'as', 'is serving as', 'remains', 'is', 'was', 'named', 'appointed', 'elected',
];

/**
 * Portfolio words: what a minister or deputy is responsible for, written between a qualifier
 * and the office word (`Deputy Energy Minister`, `Vice Foreign Trade Minister`,
 * `deputy economy minister`). Lower case.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'energy', 'economy', 'economic', 'finance', 'financial', 'foreign', 'defence', 'defense', 'interior', 'home',
  'trade', 'commerce', 'industry', 'industrial', 'health', 'education', 'agriculture', 'agricultural', 'railways',
  'railway', 'transport', 'transportation', 'communications', 'communication', 'external', 'affairs', 'justice',
  'labour', 'labor', 'culture', 'cultural', 'tourism', 'environment', 'environmental', 'fisheries', 'mines',
  'mining', 'petroleum', 'oil', 'gas', 'water', 'housing', 'planning', 'development', 'information', 'science',
  'technology', 'sports', 'sport', 'youth', 'women', 'social', 'welfare', 'security', 'public', 'works',
  'investment', 'telecommunications', 'power', 'electricity', 'land', 'lands', 'natural', 'resources', 'treasury',
  'budget', 'customs', 'immigration', 'religious', 'veterans', 'emergency', 'emergencies', 'climate', 'digital',
  'infrastructure', 'construction', 'urban', 'rural', 'cooperation', 'integration', 'european', 'maritime',
  'aviation', 'plantation', 'plantations', 'commodities', 'forestry', 'forests', 'family', 'children', 'elderly',
  'regional', 'local', 'government', 'intelligence', 'unification', 'reconstruction', 'privatisation',
  'privatization', 'administration', 'administrative', 'reform', 'reforms', 'heritage', 'arts', 'media',
  'postal', 'posts', 'ports', 'shipping', 'irrigation', 'food', 'consumer', 'competition', 'taxation', 'revenue',
  'international', 'overseas', 'diaspora', 'minority', 'minorities', 'indigenous', 'employment', 'jobs', 'pensions',
]);

/**
 * Words inside brackets after a name in a photo caption that say where the person stands:
 * `X (L) and Peruvian Foreign Minister Y`. They end the person before them, never a title.
 */
export const CAPTION_POSITIONS: ReadonlySet<string> = new Set([
  'l', 'r', 'c', 'left', 'right', 'center', 'centre', 'front', 'back', 'rear', 'top', 'bottom', 'middle',
  'l-r', 'r-l', 'foreground', 'background',
]);

/**
 * Degrees, generational suffixes and post-nominal letters set off by commas after a name; an
 * appositive title follows them: `X, Ph.D., President and Chief Executive Officer of Y`,
 * `X, Jr., chairman of Y`. Lower case, without periods.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'phd', 'md', 'jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'mba', 'dds', 'dmd', 'jd', 'rn', 'cpa', 'dphil', 'llb', 'llm', 'lld',
  'msc', 'bsc', 'ma', 'ba', 'ms', 'frcs', 'frcp', 'frs', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'facp', 'facs', 'dvm',
  'edd', 'pharmd', 'qc', 'kc', 'sc', 'cfa', 'pe', 'phd(hon)', 'psyd', 'dsc', 'mph', 'mpa',
]);

/** A US legislator's party and state after the name: `R-Neb.`, `D-N.Y.`, `I-Vt.` */
export const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]{1,12}$/;

/**
 * Verbs that state an office by themselves, after `who`: `X, who chairs the dairy section of Y,`
 * -> chair of the dairy section of Y. Verb (lower case) -> the office it states.
 */
export const OFFICE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'], ['co-chairs', 'co-chair'], ['heads', 'head'], ['co-heads', 'co-head'],
  ['directs', 'director'], ['manages', 'manager'], ['commands', 'commander'], ['edits', 'editor'],
  ['coaches', 'coach'], ['governs', 'governor'], ['founded', 'founder'], ['co-founded', 'co-founder'],
  ['presides', 'president'], ['leads', 'leader'], ['co-leads', 'co-leader'],
]);

/** Words that may stand between `who` and an office verb: `who also chairs`, `who currently heads`. */
export const OFFICE_VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'currently', 'now', 'still', 'jointly']);
