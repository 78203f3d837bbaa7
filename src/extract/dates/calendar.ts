// Calendar arithmetic on ISO dates, in UTC so no time zone can move a day.
import { isoDate } from '../../lexicon/months.js';

export interface DayRef {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`, padding with 1) into parts; null for anything else. */
export function parseIso(value: string | null | undefined): DayRef | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? '');
  if (!m) return null;
  return { year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 };
}

const toDate = (d: DayRef): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromDate = (d: Date): DayRef => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

export const weekday = (d: DayRef): number => toDate(d).getUTCDay();

export function addDays(d: DayRef, n: number): DayRef {
  const t = toDate(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

export function addMonths(d: DayRef, n: number): DayRef {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export const dayIso = (d: DayRef): string | null => isoDate(d.year, d.month, d.day);
export const monthIso = (d: DayRef): string | null => (d.year >= 1000 && d.year <= 9999 ? `${d.year}-${String(d.month).padStart(2, '0')}` : null);
export const yearIso = (year: number): string | null => (year >= 1000 && year <= 9999 ? String(year) : null);

/** Days from a to b. */
export const daysBetween = (a: DayRef, b: DayRef): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);

export type Direction = 'past' | 'future' | 'nearest';

/**
 * The year for a month (and day) written without one: the latest on or before the
 * reference date when the clause looks back, the first on or after when it looks forward,
 * else the nearer of the two (`Dec. 30` in a story dated Jan. 2 is last December).
 */
export function yearFor(ref: DayRef, month: number, day: number | null, direction: Direction): number {
  const sameYear = { year: ref.year, month, day: day ?? 1 };
  const cmp = month !== ref.month ? month - ref.month : day === null ? 0 : (day - ref.day);
  if (direction === 'past') return cmp <= 0 ? ref.year : ref.year - 1;
  if (direction === 'future') return cmp >= 0 ? ref.year : ref.year + 1;
  const back = cmp <= 0 ? sameYear : { ...sameYear, year: ref.year - 1 };
  const ahead = cmp >= 0 ? sameYear : { ...sameYear, year: ref.year + 1 };
  return Math.abs(daysBetween(back, ref)) <= Math.abs(daysBetween(ref, ahead)) ? back.year : ahead.year;
}
