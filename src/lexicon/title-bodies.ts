// Well-known national bodies whose name says whose they are, for the country of a title that
// names one: `General Secretary of the CPC Central Committee` -> China, `WPK General Secretary`
// -> North Korea. Only bodies that belong to one country everywhere in wire copy (no `State
// Council`, `Politburo` or `Liberal Democratic Party`, which several countries have).
// Name or acronym as written -> the country's normal name in countries.ts. Data only.

export const NATIONAL_BODIES: ReadonlyMap<string, string> = new Map([
  // China
  ['CPC', 'China'], ['Communist Party of China', 'China'], ['Chinese Communist Party', 'China'], ['CCP', 'China'],
  ['NPC', 'China'], ["National People's Congress", 'China'], ['CPPCC', 'China'],
  ["Chinese People's Political Consultative Conference", 'China'], ['PLA', 'China'],
  ["People's Liberation Army", 'China'], ['Zhongnanhai', 'China'],
  // North Korea
  ['WPK', 'North Korea'], ["Workers' Party of Korea", 'North Korea'], ['SPA', 'North Korea'],
  ["Supreme People's Assembly", 'North Korea'], ['KPA', 'North Korea'], ["Korean People's Army", 'North Korea'],
  ['State Affairs Commission', 'North Korea'],
  // Vietnam, Laos, Cuba
  ['CPV', 'Vietnam'], ['Communist Party of Vietnam', 'Vietnam'], ['Vietnamese Communist Party', 'Vietnam'],
  ['LPRP', 'Laos'], ["Lao People's Revolutionary Party", 'Laos'], ['Communist Party of Cuba', 'Cuba'],
  // parliaments and institutions known by their own name
  ['Bundestag', 'Germany'], ['Bundesrat', 'Germany'], ['Bundeswehr', 'Germany'], ['Bundesbank', 'Germany'],
  ['State Duma', 'Russia'], ['Duma', 'Russia'], ['Kremlin', 'Russia'], ['Knesset', 'Israel'],
  ['Lok Sabha', 'India'], ['Rajya Sabha', 'India'], ['Verkhovna Rada', 'Ukraine'], ['Storting', 'Norway'],
  ['Folketing', 'Denmark'], ['Riksdag', 'Sweden'], ['Sejm', 'Poland'], ['Dail', 'Ireland'], ['Oireachtas', 'Ireland'],
  ['Pentagon', 'United States'], ['White House', 'United States'], ['Federal Reserve', 'United States'],
  ['Bank of England', 'United Kingdom'], ['Downing Street', 'United Kingdom'], ['Elysee', 'France'],
  ['Quai d\'Orsay', 'France'], ['Diet', 'Japan'],
]);
