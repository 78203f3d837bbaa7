// Month and weekday names as wire copy writes them: full, abbreviated with or without a
// period (`Aug`, `Nov.`, `Sept.`), in any case. Data only.

/** Month spelling (lower case, no period) -> month number 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday spelling (lower case, no period) -> 0 (Sunday) .. 6 (Saturday), as Date#getUTCDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0],
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
]);

/** Alternation of month spellings for building regexes, longest first so `Sept` wins over `Sep`. */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Looks up a month word as written (`Nov.`, `NOVEMBER`, `Sept`); undefined when it is none. */
export const monthNumber = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return MONTHS.get(w.endsWith('.') ? w.slice(0, -1) : w);
};

/** Days in each month of a common year, January first (February gains one in a leap year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian leap year, as Date reckons it: every fourth year, but not a century unless it divides by 400. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** ISO date from parts, or null when the parts do not make a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  // (written so that NaN, from a missing part, fails: `NaN < 1` is false too)
  if (!(month >= 1 && month <= 12 && Number.isInteger(month) && day >= 1 && day <= 31 && year >= 1000 && year <= 9999)) return null;
  // (a table, not a Date built per date: `February 30` does not exist)
  if (day > MONTH_DAYS[month - 1] + (month === 2 && isLeapYear(year) ? 1 : 0)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
