// What the segmentation rules share: the input's lines with the stretch of each that
// carries words (its "core", past indents, feed control characters and ANPA line codes),
// what each line was found to be, and the facts rules hand to later rules.
import type { Context, Region } from '../context.js';
import type { Span } from '../schema/story.js';
import type { DatelineMatch, DatelineValue } from './dateline.js';

export interface SegLine {
  index: number;
  /** Offsets of the whole line, without its line break. */
  start: number;
  end: number;
  /** Offsets of the line's words: indent, control characters and markup codes removed at both ends. */
  cs: number;
  ce: number;
  /** The core text, `text.slice(cs, ce)`. */
  core: string;
  /** Indent before the first word: tab or spaces (wrapped paragraphs start indented). */
  indent: number;
  /** What a rule decided this line is; null while unplaced. */
  kind: Region['kind'] | null;
}

export interface SegState {
  ctx: Context;
  text: string;
  lines: SegLine[];
  /** Index of the first line past the first story (a second story or a repeat starts there). */
  end: number;
  /** Index of the line holding the dateline, or -1. */
  datelineLine: number;
  /** Where the dateline ends in its line (body text of that line starts here). */
  datelineEnd: number;
  /** The dateline as parsed, before its year and agency are resolved. */
  datelineValue?: DatelineValue;
  /**
   * A dateline given as a field of an archive layout (`<DATELINE>ALMATY, July 4 (Xinhua)</DATELINE>`,
   * Nexis `DATELINE: GENEVA, Nov 12`): used when the body does not open with one.
   */
  fieldDateline?: { line: number; value: DatelineValue };
  /** Index of the first line of the trailers at the end, or `end` when there are none. */
  trailerStart: number;
  /** Agency implied by a sign-off (` Reuter`, `==Kyodo`) or a byline affiliation. */
  impliedAgency: { short: string; span: Span | null } | null;
  /** Release date implied by a transmission line (`AP-WF-02-20-16 0337GMT`). */
  impliedDate: { iso: string; span: Span } | null;
  /**
   * Datelines parsed at the start of lines' cores, by the core's start (with its end, which a
   * rule may have moved since): the second-story search and the dateline search read the same
   * top lines, and each is parsed once.
   */
  lineDatelines: Map<number, { end: number; match: DatelineMatch | null }>;
}

export const isBlankLine = (l: SegLine): boolean => l.cs >= l.ce;

export function region(st: SegState, kind: Region['kind'], span: Span): void {
  st.ctx.regions.push({ kind, span: { start: span.start, end: span.end } });
}

export function mark(st: SegState, line: SegLine, kind: Region['kind']): void {
  line.kind = kind;
  region(st, kind, { start: line.cs, end: line.ce });
}
