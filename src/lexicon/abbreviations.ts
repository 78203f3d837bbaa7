// Words written with a period that does not end a sentence: `Mr. Smith`, `Gen. Lee`,
// `Nov. 2`, `U.S. officials`. Lower case, without the final period. Data only.

/** Abbreviations that stand before a name or a word and never end a sentence by themselves. */
export const PRE_NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'ste', 'mt', 'ft',
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'amb', 'atty', 'sec', 'secy', 'supt', 'insp', 'det', 'hon',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'lieut', 'cpt', 'spc', 'pfc',
  'no', 'nos', 'vol', 'vols', 'art', 'fig', 'ch', 'pp', 'p', 'op', 'ed', 'eds',
  'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'est', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd', 'hwy',
]);

/** Abbreviations that may also end a sentence (`... at 5 p.m. He said`): split only before a capital that is not a name start. */
export const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'etc', 'a.m', 'p.m', 'al', 'jr', 'sr', 'bros',
]);

/** Month abbreviations before a day number: `Nov. 2`. */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** US state abbreviations as AP style writes them in datelines and text: `Calif.`, `Mass.`. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);
