// The two small interfaces of the date engine (after chrono): a rule finds candidate
// date phrases with one linear-time regex and resolves each against the story's date.
import { MONTHS } from '../../lexicon/months.js';
import type { DayRef, Direction } from './calendar.js';

export interface DateFound {
  /** Offsets inside the scanned text (the engine shifts them into the input). */
  start: number;
  end: number;
  value: string | null;
}

export interface DateRuleInput {
  /** The text being scanned (one paragraph, caption or headline). */
  text: string;
  /** The story's date: dateline, else header, else options.referenceDate; null when none. */
  ref: DayRef | null;
  /** Whether the clause around [start, end) looks back, forward, or neither. */
  direction(start: number, end: number): Direction;
}

export interface DateRule {
  readonly id: string;
  /** Global regex; its matches are the rule's candidates. */
  readonly pattern: RegExp;
  /**
   * Tests that every text the pattern matches passes (`a digit`, `a month's name`): a region
   * failing one is not scanned with the pattern. Each is run once per region, however many
   * rules share it, and is much cheaper than the pattern (most paragraphs name no month).
   */
  readonly cues?: readonly RegExp[];
  extract(m: RegExpExecArray, input: DateRuleInput): DateFound | null;
}

/** Cue: a digit. */
export const DIGIT = /\d/;
/** Cue: a year from 1500 to 2099, as the year rules write one (`(?:1[5-9]|20)\d{2}` or narrower). */
export const YEAR_DIGITS = /(?:1[5-9]|20)\d\d/;
/** Cue: the first three letters of a month's name, in any case; every spelling of MONTHS starts so (`Sept.`, `NOVEMBER`, `may`). */
export const MONTH_START = new RegExp([...new Set([...MONTHS.keys()].map((m) => m.slice(0, 3)))].join('|'), 'i');

/** True when the word starts with a capital letter: `May` the month, not `may` the verb. */
export const capitalised = (w: string): boolean => {
  // (/^[A-Z]/ by its character code: no regex call per candidate)
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
};
