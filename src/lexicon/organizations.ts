// Words and names that make a capitalised run an organization. Data only.
//
//   `Workers' Party of Korea`, `Supreme People's Assembly`, `University of Southern Indiana`,
//   `Acme Corp`, `Ministry of Foreign Affairs`, `NATO`.
type Kind = 'government' | 'party' | 'legislature' | 'military' | 'company' | 'international' | 'news-agency'
  | 'court' | 'education' | 'media' | 'sports' | 'religious' | 'ngo' | 'other';

/** Head words (last word of the name, or the word before `of`) -> kind of organization. */
export const ORG_HEADS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['party', 'party'], ['front', 'party'], ['movement', 'party'], ['alliance', 'party'], ['coalition', 'party'],
  ['congress', 'legislature'], ['assembly', 'legislature'], ['parliament', 'legislature'], ['senate', 'legislature'],
  ['duma', 'legislature'], ['knesset', 'legislature'], ['legislature', 'legislature'], ['bundestag', 'legislature'],
  ['council', 'government'], ['committee', 'government'], ['commission', 'government'], ['ministry', 'government'],
  ['department', 'government'], ['office', 'government'], ['bureau', 'government'], ['agency', 'government'],
  ['administration', 'government'], ['authority', 'government'], ['government', 'government'], ['cabinet', 'government'],
  ['secretariat', 'government'], ['superintendency', 'government'], ['commissariat', 'government'], ['presidium', 'government'], ['politburo', 'government'], ['police', 'government'],
  ['service', 'government'], ['directorate', 'government'], ['board', 'other'], ['inspectorate', 'government'],
  ['army', 'military'], ['navy', 'military'], ['force', 'military'], ['forces', 'military'], ['guard', 'military'],
  ['corps', 'military'], ['brigade', 'military'], ['regiment', 'military'], ['militia', 'military'], ['command', 'military'],
  ['court', 'court'], ['tribunal', 'court'],
  ['university', 'education'], ['college', 'education'], ['school', 'education'], ['academy', 'education'],
  ['institute', 'education'], ['polytechnic', 'education'],
  ['bank', 'company'], ['corp', 'company'], ['corporation', 'company'], ['inc', 'company'], ['ltd', 'company'],
  ['llc', 'company'], ['plc', 'company'], ['co', 'company'], ['company', 'company'], ['group', 'company'],
  ['holdings', 'company'], ['airlines', 'company'], ['airways', 'company'], ['motors', 'company'],
  ['industries', 'company'], ['technologies', 'company'], ['systems', 'company'], ['enterprises', 'company'],
  ['gmbh', 'company'], ['ag', 'company'], ['sa', 'company'], ['ab', 'company'], ['asa', 'company'], ['nv', 'company'], ['bv', 'company'], ['spa', 'company'], ['bhd', 'company'], ['tbk', 'company'], ['sdn', 'company'], ['oyj', 'company'], ['partners', 'company'], ['exchange', 'company'], ['securities', 'company'],
  // Japanese company words: `Aichi Motor`, `Kyowa Seiyaku`, `Mitsui Kosan`, `Asahi Shimbun`
  ['motor', 'company'], ['seiyaku', 'company'], ['kogyo', 'company'], ['shoji', 'company'], ['sangyo', 'company'],
  ['denki', 'company'], ['seiki', 'company'], ['kosan', 'company'], ['kensetsu', 'company'], ['shoken', 'company'],
  ['ginko', 'company'], ['shimbun', 'media'],
  ['news', 'media'], ['times', 'media'], ['post', 'media'], ['herald', 'media'], ['journal', 'media'],
  ['tribune', 'media'], ['gazette', 'media'], ['telegraph', 'media'], ['guardian', 'media'], ['daily', 'media'],
  ['weekly', 'media'], ['magazine', 'media'], ['chronicle', 'media'], ['observer', 'media'], ['courier', 'media'],
  ['examiner', 'media'], ['inquirer', 'media'], ['bulletin', 'media'], ['sentinel', 'media'], ['dispatch', 'media'],
  ['television', 'media'], ['radio', 'media'], ['broadcasting', 'media'], ['network', 'media'], ['press', 'media'],
  ['club', 'sports'], ['fc', 'sports'], ['united', 'sports'], ['league', 'sports'], ['federation', 'sports'],
  ['church', 'religious'], ['mosque', 'religious'], ['diocese', 'religious'], ['synod', 'religious'],
  ['foundation', 'ngo'], ['association', 'ngo'], ['society', 'ngo'], ['union', 'ngo'], ['organization', 'ngo'],
  ['organisation', 'ngo'], ['fund', 'ngo'], ['trust', 'ngo'], ['center', 'other'], ['centre', 'other'],
  ['museum', 'other'], ['library', 'other'], ['hospital', 'other'], ['council', 'government'],
  // `World Food Programme`; a US `Program` is a scheme (`Space Shuttle Program`), no body
  ['programme', 'international'], ['nations', 'international'],
  ['unicef', 'international'], ['conference', 'other'], ['forum', 'other'], ['team', 'sports'],
  ['foundation', 'ngo'], ['institution', 'other'], ['laboratory', 'other'], ['observatory', 'other'],
]);

/**
 * Last words of newspapers that are also family names or common words (`Toronto Star`,
 * `Edmonton Sun`, `Daily Mail`, `The Globe and Mail`): a name ending in one is a paper only
 * when nothing made it a person, and the word alone never is (`Sun` is a family name).
 */
export const MEDIA_TAILS: ReadonlySet<string> = new Set(['star', 'sun', 'mail', 'globe', 'independent', 'monitor', 'mirror', 'express', 'standard', 'record', 'register', 'review', 'world']);

/**
 * First words that make a run a company: `Minera Atacama`, `Grupo Bimbo`, `PT Sulawesi Nickel`,
 * `Banco Santander`, `OAO Gazprom`. Lower case.
 */
export const ORG_LEADS: ReadonlySet<string> = new Set([
  'minera', 'grupo', 'gruppo', 'groupe', 'banco', 'banca', 'banque', 'compania', 'compañía', 'companhia', 'societe', 'société',
  'sociedad', 'pt', 'cv', 'jsc', 'pjsc', 'ojsc', 'oao', 'zao', 'ooo', 'pao', 'empresa', 'petroleos', 'petróleos', 'industrias',
  'laboratorios', 'aerolineas', 'aerolíneas', 'editora', 'editorial',
  // Indonesian and Malay: `Perusahaan Listrik Negara` (state electricity company), `Syarikat X`
  'perusahaan', 'syarikat',
]);

/** Company forms that name nothing alone: a bare `PT` or `AG` is no organization. Lower case. */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'pt', 'tbk', 'bhd', 'sdn', 'cv', 'jsc', 'pjsc', 'ojsc', 'oao', 'zao', 'ooo', 'pao', 'ag', 'sa', 'nv', 'bv',
  'ab', 'asa', 'oyj', 'gmbh', 'spa', 'plc', 'llc', 'ltd', 'inc', 'corp', 'co', 'kk', 'pte', 'pty',
]);

/**
 * Last words of company names that are also common words (`Nordvind Energy`, `Keppel Shipping`,
 * `Vale Mining`): a run ending in one is a company once no rule made it a person. Lower case.
 */
export const COMPANY_TAILS: ReadonlySet<string> = new Set([
  'energy', 'power', 'mining', 'shipping', 'airlines', 'airline', 'petroleum', 'steel', 'chemical',
  'chemicals', 'pharmaceutical', 'pharmaceuticals', 'pharma', 'telecom', 'telecoms', 'telecommunications',
  'cement', 'resources', 'metals', 'electric', 'electronics', 'logistics', 'solutions', 'software', 'foods',
  'beverages', 'brewery', 'breweries', 'textiles', 'construction', 'engineering', 'motors', 'aerospace',
  'investments', 'realty', 'properties', 'semiconductor', 'semiconductors', 'robotics',
  'biotech', 'biologics', 'therapeutics', 'renewables', 'utilities', 'minerals', 'refining', 'shipyard', 'tankers',
]);

/**
 * Two last words that make a run a public body though the last alone is a thing:
 * `U.S. Geological Survey`, `Ordnance Survey`. Lower case.
 */
export const BODY_TAILS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['geological survey', 'government'], ['ordnance survey', 'government'], ['geodetic survey', 'government'],
  ['hydrographic survey', 'government'], ['coast guard', 'military'], ['national guard', 'military'],
]);

/**
 * Generic sub-bodies that are no name by themselves: `the Standing Committee of X`,
 * `the Political Bureau of the Central Committee of Y`. Lower case.
 */
export const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'standing committee', 'central committee', 'political bureau', 'presidium', 'secretariat', 'politburo',
  'executive committee', 'committee', 'council', 'board', 'government', 'ministry', 'department', 'party',
  'congress', 'assembly', 'parliament', 'army', 'court', 'office', 'bureau', 'commission', 'agency', 'police',
  'university', 'embassy', 'consulate', 'cabinet', 'administration', 'military', 'navy', 'senate', 'house',
  'standing committee of the political bureau', 'presidium of the political bureau',
]);

/** Well-known organizations written as one word or an acronym -> full name and kind (news agencies are in agencies.ts). */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, [string, Kind]> = new Map<string, [string, Kind]>([
  ['UN', ['United Nations', 'international']], ['U.N.', ['United Nations', 'international']],
  ['United Nations', ['United Nations', 'international']], ['NATO', ['North Atlantic Treaty Organization', 'international']],
  ['EU', ['European Union', 'international']], ['E.U.', ['European Union', 'international']],
  ['European Union', ['European Union', 'international']], ['OPEC', ['Organization of the Petroleum Exporting Countries', 'international']],
  ['WTO', ['World Trade Organization', 'international']], ['WHO', ['World Health Organization', 'international']],
  ['IMF', ['International Monetary Fund', 'international']], ['ASEAN', ['Association of Southeast Asian Nations', 'international']],
  ['APEC', ['Asia-Pacific Economic Cooperation', 'international']], ['UNESCO', ['UNESCO', 'international']],
  ['UNICEF', ['UNICEF', 'international']], ['UNHCR', ['UNHCR', 'international']], ['IAEA', ['International Atomic Energy Agency', 'international']],
  ['OSCE', ['OSCE', 'international']], ['G7', ['G7', 'international']], ['G20', ['G20', 'international']], ['BRICS', ['BRICS', 'international']],
  ['FIFA', ['FIFA', 'sports']], ['UEFA', ['UEFA', 'sports']], ['IOC', ['International Olympic Committee', 'sports']],
  ['NASA', ['NASA', 'government']], ['FBI', ['FBI', 'government']], ['CIA', ['CIA', 'government']], ['NSA', ['NSA', 'government']],
  ['Pentagon', ['Pentagon', 'military']], ['Kremlin', ['Kremlin', 'government']], ['Taliban', ['Taliban', 'military']],
  ['Hamas', ['Hamas', 'party']], ['Hezbollah', ['Hezbollah', 'party']], ['Interpol', ['Interpol', 'international']],
  ['BBC', ['BBC', 'media']], ['CNN', ['CNN', 'media']], ['Al Jazeera', ['Al Jazeera', 'media']], ['CCTV', ['CCTV', 'media']],
  ['Google', ['Google', 'company']], ['Microsoft', ['Microsoft', 'company']], ['Apple', ['Apple', 'company']],
  ['Facebook', ['Facebook', 'company']], ['Twitter', ['Twitter', 'company']], ['Amazon', ['Amazon', 'company']],
  ['Congress', ['Congress', 'legislature']], ['Parliament', ['Parliament', 'legislature']],
  ['Senate', ['Senate', 'legislature']], ['Greenpeace', ['Greenpeace', 'ngo']], ['Amnesty International', ['Amnesty International', 'ngo']],
  // central banks, seats of government named by their building, and parties known by one word
  ['Federal Reserve', ['Federal Reserve', 'government']], ['Fed', ['Federal Reserve', 'government']],
  ['Bundesbank', ['Bundesbank', 'government']], ['White House', ['White House', 'government']],
  ['Downing Street', ['Downing Street', 'government']], ['Elysee', ['Elysee', 'government']],
  ['Taleban', ['Taliban', 'military']], ['Likud', ['Likud', 'party']], ['Labour', ['Labour', 'party']],
  ['Fatah', ['Fatah', 'party']],
  ['Interfax', ['Interfax', 'news-agency']], ['Itar-Tass', ['Itar-Tass', 'news-agency']],
]);
