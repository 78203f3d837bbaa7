// Direct speech: text between quote marks (straight, curly or ``backtick'') with a
// reporting verb and its speaker just outside:
//   `"…," he said.`   `"…," said Y.`   `"…," Y told reporters.`   `Y said: "…"`
// Quote marks are paired inside one paragraph, so a quote without an end costs nothing.
import { QUOTE_PAIRS } from '../../lexicon/quote-cues.js';
import type { EntityMention } from './entity-mentions.js';
import { CUE, subjectAfter, subjectBefore, type Subject } from './subject.js';

export interface Quoted {
  /** Inside the marks. */
  start: number;
  end: number;
  /** Including the marks. */
  outerStart: number;
  outerEnd: number;
}

/**
 * First characters of the opening marks: any other character opens nothing. (The next one is
 * found by a character-class regex, not by testing each character in a JS loop: most of a
 * paragraph is no mark, and the regex engine skips it far faster.)
 */
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const OPENING_FIRST = new RegExp(`[${[...new Set(QUOTE_PAIRS.map((p) => p[0][0]))].map(escapeChar).join('')}]`, 'g');

/** Quoted stretches of text[from, to), in order, not nested. */
export function findQuoted(text: string, from: number, to: number): Quoted[] {
  const out: Quoted[] = [];
  // a mark with no closing one after it has none after any later opening either
  const unclosed = new Set<string>();
  const region = text.slice(from, to);
  let i = from;
  while (i < to) {
    OPENING_FIRST.lastIndex = i - from;
    const next = OPENING_FIRST.exec(region);
    if (!next) break;
    i = from + next.index;
    let opened: [string, string] | null = null;
    for (const pair of QUOTE_PAIRS) if (text.startsWith(pair[0], i)) { opened = pair; break; }
    if (!opened) { i++; continue; }
    const close = unclosed.has(opened[1]) ? -1 : text.indexOf(opened[1], i + opened[0].length);
    if (close < 0 || close >= to) {
      unclosed.add(opened[1]);
      i += opened[0].length;
      continue;
    }
    out.push({ start: i + opened[0].length, end: close, outerStart: i, outerEnd: close + opened[1].length });
    i = close + opened[1].length;
  }
  return out;
}

export interface Attribution {
  subject: Subject;
  cue: string;
  rule: string;
}

const AFTER_CUE_FIRST = new RegExp(`^[\\s,]*(${CUE.source})`);
/** The verb and speaker right after or right before a quote, or null (scare quotes). */
export function attribute(text: string, mentions: readonly EntityMention[], q: Quoted, from: number, to: number): Attribution | null {
  const after = text.slice(q.outerEnd, Math.min(to, q.outerEnd + 120));
  // `"…," said Wang.`
  const first = AFTER_CUE_FIRST.exec(after);
  if (first) {
    const cueEnd = q.outerEnd + first[0].length;
    const subject = subjectAfter(text, mentions, cueEnd, to);
    if (subject) return { subject, cue: first[1], rule: 'direct-cue-subject' };
  }
  // `"…," Wang said.` / `"…," he told reporters.`
  CUE.lastIndex = 0;
  const cue = CUE.exec(after);
  if (cue && cue.index <= 60 && /^[\s,]*[^\s,]/.test(after) && !/[.!?"\u201c\u201d]/.test(after.slice(0, cue.index))) {
    const at = q.outerEnd + cue.index;
    const subject = subjectBefore(text, mentions, q.outerEnd, at);
    if (subject && subject.start >= q.outerEnd) return { subject, cue: cue[0], rule: 'direct-subject-cue' };
  }
  // `Wang said: "…"` / `Wang told reporters, "…"`
  const before = text.slice(Math.max(from, q.outerStart - 120), q.outerStart);
  const base = q.outerStart - before.length;
  const lead = /[:,]\s*$/.exec(before);
  if (lead) {
    CUE.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = CUE.exec(before); m; m = CUE.exec(before)) last = m;
    if (last && lead.index - (last.index + last[0].length) <= 40 && !/[.!?"]/.test(before.slice(last.index, lead.index))) {
      const subject = subjectBefore(text, mentions, from, base + last.index);
      if (subject) return { subject, cue: last[0], rule: 'direct-lead-in' };
    }
  }
  return null;
}
