// The date forms of headers, source lines and datelines, parsed to ISO. Each returns the
// match offsets inside the string it was given so callers keep spans.
//   2024-04-12 | 20240412 (in a document id) | 08/07/1998 | April 12, 2024 | Nov. 2 , 2005
//   Friday, August 21, 2015 | 12 April 2024 | 3-MAR-1987 (Reuters-21578) | 12.03.2021 (day first, European web copy)
//   Juche108(2019).7.4. | Juche 108 (2019).07.04 (KCNA's web pages: the Juche year, the common year in brackets, month, day)
import { MONTH_PATTERN, monthNumber, isoDate } from '../lexicon/months.js';

export interface FoundDate {
  iso: string | null;
  /** Month and day when no year is written (a dateline `April 11`). */
  month: number;
  day: number;
  year: number | null;
  index: number;
  length: number;
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s{0,2},?\\s{0,2}(\\d{4})\\b)?`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s{1,3}(${MONTH_PATTERN})\\.?(?:,?\\s{1,3}(\\d{4})\\b)?`, 'i');

// 3-MAR-1987 04:51:17.32 | 03-Mar-87
const DASHED = new RegExp(`\\b(\\d{1,2})-(${MONTH_PATTERN})-(\\d{4}|\\d{2})\\b`, 'i');
// 12.03.2021: day, month, year (dots are the European order)
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

// Juche108(2019).7.4. | Juche 108 (2019).7.4 | Juche108.7.4 (no brackets: Juche 1 is 1912)
const JUCHE = /\bJuche\s?(\d{1,3})\s?(?:\((\d{4})\)\s?)?\.\s?(\d{1,2})\.(\d{1,2})(?!\d)/i;
const JUCHE_EPOCH = 1911;

const found = (year: number | null, month: number, day: number, index: number, length: number): FoundDate | null => {
  const iso = year === null ? null : isoDate(year, month, day);
  if (year !== null && !iso) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { iso, month, day, year, index, length };
};

export function isoForm(s: string): FoundDate | null {
  const m = ISO.exec(s);
  return m ? found(+m[1], +m[2], +m[3], m.index, m[0].length) : null;
}

/** `08/07/1998` as month/day/year (US wire order); day/month when the first number is over 12. */
export function numericForm(s: string): FoundDate | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  let a = +m[1];
  let b = +m[2];
  const y = m[3].length === 2 ? 2000 + +m[3] - (+m[3] > 50 ? 100 : 0) : +m[3];
  if (a > 12 && b <= 12) [a, b] = [b, a];
  return found(y, a, b, m.index, m[0].length);
}

export function wordForm(s: string): FoundDate | null {
  const m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const r = found(m[3] ? +m[3] : null, monthNumber(m[1]) ?? 0, +m[2], m.index, m[0].length);
    if (r) return r;
  }
  const d = DAY_MONTH_YEAR.exec(s);
  if (d) return found(d[3] ? +d[3] : null, monthNumber(d[2]) ?? 0, +d[1], d.index, d[0].length);
  return null;
}

const fullYear = (y: string): number => (y.length === 2 ? 2000 + +y - (+y > 50 ? 100 : 0) : +y);

export function dashedForm(s: string): FoundDate | null {
  const m = DASHED.exec(s);
  return m ? found(fullYear(m[3]), monthNumber(m[2]) ?? 0, +m[1], m.index, m[0].length) : null;
}

export function dottedForm(s: string): FoundDate | null {
  const m = DOTTED.exec(s);
  return m ? found(+m[3], +m[2], +m[1], m.index, m[0].length) : null;
}

/** `Juche108(2019).7.4`: the year in brackets (or the Juche year counted from 1912), then month and day. */
export function jucheForm(s: string): FoundDate | null {
  const m = JUCHE.exec(s);
  return m ? found(m[2] ? +m[2] : JUCHE_EPOCH + +m[1], +m[3], +m[4], m.index, m[0].length) : null;
}

/** Any full date written in `s`, ISO first. */
export const anyDate = (s: string): FoundDate | null => isoForm(s) ?? jucheForm(s) ?? dashedForm(s) ?? wordForm(s) ?? numericForm(s) ?? dottedForm(s);

/**
 * The year of a dateline that writes only month and day, from the release date: a
 * December dateline on a story released in January belongs to the year before.
 */
export function yearFor(month: number, release: string | null): number | null {
  if (!release) return null;
  const y = +release.slice(0, 4);
  const rm = release.length >= 7 ? +release.slice(5, 7) : month;
  if (month === 12 && rm === 1) return y - 1;
  if (month === 1 && rm === 12) return y + 1;
  return y;
}
