// Words that date a statement relative to the story's own date, and the words that tell
// a clause looks forward or back. Data only: the date rules build their patterns from it.

/** `yesterday`, `today`… -> days from the reference date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);

/** `this morning`, `last night` -> days from the reference date. */
export const PARTS_OF_DAY: ReadonlyMap<string, number> = new Map([
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['last night', -1],
  ['last evening', -1],
]);

/** `last` / `this` / `next` before week, month, year -> step. */
export const RELATIVE_STEPS: ReadonlyMap<string, number> = new Map([
  ['last', -1],
  ['past', -1],
  ['previous', -1],
  ['this', 0],
  ['current', 0],
  ['next', 1],
  ['coming', 1],
]);

export const CALENDAR_UNITS = ['day', 'week', 'month', 'year'] as const;
export type CalendarUnit = (typeof CALENDAR_UNITS)[number];

/** Counts spelled out in `two years ago`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['several', NaN],
]);

/** Prepositions that make a bare four-digit number a year: `in 1998`, `since 2010`. */
export const YEAR_PREPOSITIONS = [
  'in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'through', 'throughout',
  'of', 'early', 'late', 'mid', 'end', 'a', 'an', 'the', 'between', 'and', 'to',
];

/**
 * Words in the clause before a date that make it look forward: `will meet on Friday`,
 * `is scheduled for March`, `next`. Matched as whole words, case-insensitive.
 */
export const FUTURE_MARKERS = [
  'will', "'ll", 'shall', 'next', 'upcoming', 'scheduled', 'due', 'plans', 'planned', 'plan',
  'expected', 'set to', 'to be held', 'is to', 'are to', 'going to', 'would',
];

/** Words that make a clause look back: `was`, `met`, `ago`, `earlier`. */
export const PAST_MARKERS = [
  'was', 'were', 'had', 'did', 'ago', 'earlier', 'last', 'previously', 'since', 'already',
  'said', 'met', 'held', 'signed', 'took', 'made', 'began', 'came', 'went', 'saw', 'told',
];
