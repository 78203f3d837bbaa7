// The two small interfaces of the date engine (after chrono): a rule finds candidate
// date phrases with one linear-time regex and resolves each against the story's date.
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
  extract(m: RegExpExecArray, input: DateRuleInput): DateFound | null;
}

/** True when the word starts with a capital letter: `May` the month, not `may` the verb. */
export const capitalised = (w: string): boolean => /^[A-Z]/.test(w);
