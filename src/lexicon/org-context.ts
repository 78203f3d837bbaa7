// The words around a capitalised run that say it names an organization when no head word
// does (`Civic Passion`, `Andean Minerals`, `Environment Canada`), and the words that end a
// name run in headlines and wire labels. Data only; lower case unless said otherwise.
//
//   `localist group Civic Passion`          -> a noun of organizations before it
//   `Environment Canada spokesperson Hahn`  -> an office or company word after it
//   `Andean Minerals' shares rose`          -> `'s` / `'` then such a word
//   `chief executive of Hoshino Ceramics`   -> an office, then `of` / `at` / `for`
//   `Northfield Biologics, Inc.`            -> a company suffix after a comma

/** Nouns that, right before a capitalised run, introduce an organization's name. */
export const ORG_CUE_BEFORE: ReadonlySet<string> = new Set([
  'group', 'groups', 'company', 'companies', 'firm', 'firms', 'maker', 'makers', 'operator', 'carrier', 'lender',
  'bank', 'insurer', 'retailer', 'airline', 'developer', 'publisher', 'newspaper', 'daily', 'weekly', 'broadcaster',
  'magazine', 'tabloid', 'outlet', 'website', 'network', 'channel', 'station', 'studio', 'label', 'band', 'club',
  'team', 'party', 'parties', 'organization', 'organisation', 'charity', 'union', 'movement', 'coalition', 'conglomerate',
  'manufacturer', 'producer', 'supplier', 'exporter', 'importer', 'distributor', 'subsidiary', 'affiliate', 'unit',
  'startup', 'start-up', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'miner', 'refiner', 'shipper', 'shipbuilder',
  'contractor', 'consultancy', 'agency', 'regulator', 'watchdog', 'think-tank', 'thinktank', 'institute',
  'giant', 'brand', 'franchise', 'corporation', 'corporations', 'utility', 'telecom', 'broker', 'brokerage', 'fund', 'operators', 'secularist',
  // `told LA Weekly`, `told Reuters`: only read for runs no rule made a person
  'told',
]);

/** Words that, right after a capitalised run (or after its `'s`), make it an organization. */
export const ORG_CUE_AFTER: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'officials', 'official', 'employees', 'staff', 'workers', 'spokesman',
  'spokeswoman', 'spokesperson', 'spokespeople', 'headquarters', 'subsidiary', 'unit', 'units', 'board', 'chairman',
  'chairwoman', 'chief', 'ceo', 'president', 'executive', 'executives', 'director', 'directors', 'management',
  'leader', 'leaders', 'leadership', 'members', 'member', 'founder', 'lawmakers', 'website', 'statement', 'report',
  'plant', 'plants', 'factory', 'factories', 'mine', 'mines', 'profits', 'profit', 'revenue', 'revenues', 'earnings',
  'stake', 'merger', 'subsidiaries', 'partners', 'candidates', 'candidate', 'platform', 'manifesto',
]);

/** Verbs that, before `by`, name the maker or owner that follows: `built by Embraer`, `owned by X`. */
export const ORG_CUE_BY: ReadonlySet<string> = new Set([
  'built', 'made', 'manufactured', 'produced', 'operated', 'owned', 'developed', 'acquired', 'bought', 'supplied',
  'designed', 'constructed', 'financed', 'insured', 'chartered', 'leased',
]);

/** Offices that, before `of` / `at` / `for`, name the organization that follows: `chief executive of X`. */
export const ORG_CUE_OFFICE: ReadonlySet<string> = new Set([
  'ceo', 'chairman', 'chairwoman', 'chair', 'president', 'executive', 'officer', 'director', 'founder', 'co-founder',
  'head', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist', 'researcher', 'professor',
  'member', 'members', 'leader', 'partner', 'manager', 'owner', 'shareholder', 'employee', 'employees', 'staff',
  'representative', 'official', 'officials', 'editor', 'correspondent', 'reporter', 'lawyer', 'consultant',
  'analysts', 'economists', 'strategists', 'researchers', 'scientists', 'experts', 'executives', 'directors', 'engineers',
]);

/**
 * Capitalised verbs of title-case headlines: they end a name run and begin none
 * (`China, Vietnam Sign Agreements on Railway Freight`, `Ri Song Gun Inspects Sites`).
 * Written as in the text.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'Sign', 'Signs', 'Signed', 'Hold', 'Holds', 'Held', 'Meet', 'Meets', 'Visit', 'Visits', 'Visited', 'Inspect',
  'Inspects', 'Inspected', 'Unveil', 'Unveils', 'Unveiled', 'Wins', 'Beat', 'Beats', 'Say', 'Says', 'Urge',
  'Urges', 'Calls', 'Vow', 'Vows', 'Hail', 'Hails', 'Launch', 'Launches', 'Launched', 'Agree', 'Agrees', 'Agreed',
  'Reach', 'Reaches', 'Seek', 'Seeks', 'Warn', 'Warns', 'Celebrate', 'Celebrates', 'Discuss', 'Discusses',
  'Pledge', 'Pledges', 'Boost', 'Boosts', 'Ink', 'Inks', 'Inked', 'Eyeing', 'Mull', 'Mulls', 'Sees', 'Slams', 'Backs', 'Rejects', 'Opens', 'Ends', 'Begins', 'Starts', 'Announces', 'Announced', 'Receives',
  'Received', 'Congratulates', 'Sends', 'Expands', 'Extends', 'Renews', 'Rises', 'Jumps', 'Slips', 'Gains',
  'Posts', 'Cuts', 'Raises', 'Buys', 'Sells', 'Acquires', 'Appoints', 'Elects', 'Approves', 'Adopts', 'Honors',
  'Honours', 'Attends', 'Addresses', 'Greets', 'Welcomes', 'Condemns', 'Denounces', 'Praises', 'Lauds', 'Joins', 'Leaves',
  'Enters', 'Completes', 'Completed', 'Loses',
]);

/** Wire labels, in capitals, that are no names and end a run: `FILE PHOTO: ...`, `SOURCE Northfield Biologics`. */
export const WIRE_LABELS: ReadonlySet<string> = new Set([
  'FILE', 'PHOTO', 'PHOTOS', 'SOURCE', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'REFILE', 'CORRECTED', 'URGENT', 'ATTENTION',
  'ADVISORY', 'BREAKING', 'WRAPUP', 'ANALYSIS', 'FACTBOX', 'EXPLAINER', 'PREVIEW', 'INTERVIEW', 'FEATURE', 'CONTACT',
  'PICTURE', 'PICTURES', 'VIDEO', 'GRAPHIC', 'TEXT', 'LEAD', 'RPT', 'ADDS', 'WRITETHRU',
]);

/**
 * Portfolio words: what a minister or secretary is in charge of. Between a country and an
 * office they are part of the title (`German Economy Minister`, `Russian Deputy Energy
 * Minister`, `External Affairs Minister`), never a name. Lower case.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'foreign', 'affairs', 'external', 'internal', 'home', 'interior', 'defense', 'defence', 'finance', 'financial',
  'economy', 'economic', 'economics', 'trade', 'industry', 'industries', 'commerce', 'energy', 'environment',
  'environmental', 'health', 'education', 'culture', 'cultural', 'sports', 'sport', 'tourism', 'transport',
  'transportation', 'railways', 'railway', 'communications', 'communication', 'information', 'justice', 'labor',
  'labour', 'employment', 'agriculture', 'agricultural', 'fisheries', 'forestry', 'forests', 'water', 'waters',
  'electricity', 'petroleum', 'oil', 'gas', 'mines', 'mining', 'minerals', 'housing', 'planning', 'development',
  'science', 'technology', 'research', 'innovation', 'digital', 'welfare', 'social', 'security', 'public', 'works',
  'infrastructure', 'investment', 'treasury', 'budget', 'fiscal', 'coordinating', 'national', 'family', 'women',
  'youth', 'children', 'veterans', 'heritage', 'arts', 'religious', 'immigration', 'citizenship', 'border', 'customs',
  'revenue', 'climate', 'land', 'lands', 'natural', 'resources', 'rural', 'urban', 'regional', 'local', 'government',
  'cooperation', 'relations', 'international', 'unification', 'reconstruction', 'construction', 'aviation',
  'maritime', 'oceans', 'marine', 'food', 'consumer', 'business', 'enterprise', 'enterprises', 'power', 'nuclear',
  'atomic', 'postal', 'telecommunications', 'media', 'hydrocarbons', 'irrigation', 'coal', 'steel', 'textiles',
  'shipping', 'ports', 'roads', 'highways', 'civil', 'legal', 'parliamentary', 'equality', 'pensions', 'work',
  'broadcasting', 'overseas', 'indigenous', 'tribal', 'minority', 'minorities', 'statistics', 'taxation', 'tax',
  'emergency', 'emergencies', 'disaster', 'management', 'administrative', 'reform', 'reforms', 'solidarity',
  'mobility', 'telecom', 'ict', 'it', 'sme', 'smes', 'cooperatives', 'livestock', 'fishery', 'water-resources',
]);
