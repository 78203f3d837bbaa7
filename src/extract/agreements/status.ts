// What happened to an agreement, from the marker nearest its noun (lexicon
// agreement-status.ts), then whether it is background: a signing dated well before the
// story (`signed a land border treaty in 1999`, `a 2018 agreement`) is only mentioned.
import { STATUS_AFTER, STATUS_BEFORE, STATUS_MODIFIERS } from '../../lexicon/agreement-status.js';
import type { Agreement, DateMention } from '../../schema/story.js';
import { daysBetween, parseIso, type DayRef } from '../dates/calendar.js';
import type { AgreementHead } from './heads.js';
import { alternativeIndex, boundedMemo } from '../../text/search.js';

type Status = Agreement['status'];
const compile = (list: readonly { pattern: string; status: Status }[]) =>
  list.map((m) => ({ re: new RegExp(`\\b(?:${m.pattern})\\b`, 'gi'), status: m.status }));
const MODIFIERS = compile(STATUS_MODIFIERS);
const BEFORE = compile(STATUS_BEFORE);
// Every marker of a list in one alternation: where it finds none, none of the list's patterns
// can match (each alternative is one of them, with the same word bounds), so the window is not
// scanned once per status. Most windows hold no marker at all.
const anyOf = (list: readonly { pattern: string }[]) => new RegExp(`\\b(?:${list.map((m) => `(?:${m.pattern})`).join('|')})\\b`, 'i');
const ANY_BEFORE = anyOf(STATUS_BEFORE);
// After the noun only the first marker counts: one alternation of all of them, each in a group
// of its own, finds it at once. Its first match starts where the earliest of the markers' own
// first matches starts, and is the first marker in list order that matches there: the marker
// a scan per status, keeping the earliest and the first listed of equals, would pick. (The
// lexicon's patterns hold no groups of their own that capture.)
const FIRST_AFTER = new RegExp(`\\b(?:${STATUS_AFTER.map((m) => `(${m.pattern})`).join('|')})\\b`, 'i');

// The same few modifiers (`trade`, `cooperation`, `bilateral`) stand before agreement nouns in
// story after story: each word is read against MODIFIERS once (a bounded cache).
/** The status a modifier word states (`draft` -> proposed, `signed`), or null. */
const modifierStatus = boundedMemo((word: string): Status | null => {
  for (const m of MODIFIERS) {
    m.re.lastIndex = 0;
    if (m.re.test(word)) return m.status;
  }
  return null;
});

export interface StatusFinding {
  status: Status | null;
  /** Where the deciding marker starts (for dating the signing), or the noun. */
  markerStart: number;
}

/** The deciding marker in text[from, head) and text[head, to) of one sentence. */
export function agreementStatus(text: string, head: AgreementHead, sentenceStart: number, scopeEnd: number, sentenceEnd: number): StatusFinding {
  for (const mod of head.modifiers) {
    const status = modifierStatus(mod.text);
    if (status !== null) return { status, markerStart: head.start };
  }
  let windowStart = Math.max(sentenceStart, head.start - 160);
  // only the clause of the noun: `Trump, who signed the bill, criticized the nuclear deal`
  windowStart = afterLastClauseBreak(text, windowStart, head.start);
  const before = text.slice(windowStart, head.start);
  let best: { at: number; status: Status } | null = null;
  for (const m of ANY_BEFORE.test(before) ? BEFORE : []) {
    m.re.lastIndex = 0;
    for (let x = m.re.exec(before); x; x = m.re.exec(before)) {
      // a verb of another clause stands between: `who signed the bill, criticized the deal`
      if (OTHER_VERB.test(before.slice(x.index + x[0].length))) continue;
      const distance = before.length - (x.index + x[0].length);
      if (!best || distance < best.at) best = { at: distance, status: m.status };
    }
  }
  const after = text.slice(head.nounEnd, sentenceEnd);
  let bestAfter: { at: number; status: Status } | null = null;
  const x = FIRST_AFTER.exec(after);
  if (x) bestAfter = { at: x.index, status: STATUS_AFTER[alternativeIndex(x)].status };
  void scopeEnd;
  // `the agreements signed on Monday`: a participle right after the noun
  const participle = /^[ \t\r\n]+(signed|inked|sealed|reached|concluded|initial(?:l)?ed|ratified)\b/i.exec(after);
  if (participle && !best) {
    const w = participle[1].toLowerCase();
    const status: Status = w === 'reached' ? 'reached' : w === 'concluded' ? 'concluded' : w === 'ratified' ? 'ratified' : w.startsWith('initial') ? 'initialed' : 'signed';
    return { status, markerStart: head.start };
  }
  if (bestAfter && (!best || bestAfter.at < best.at)) return { status: bestAfter.status, markerStart: head.start };
  if (best) return { status: best.status, markerStart: head.start - best.at };
  return { status: null, markerStart: head.start };
}

// Clause breaks: `;`, `, who` / `, which` / `, but` / `, while`, ` but `, ` while `, ` although `.
// Breaks may overlap (`, whose`, `, but while `) and the last one to end counts: the scan steps
// one character past each match's start, and the alternatives that share a start put the
// longer first (`whose` before `who`). (A forward scan: a lookbehind tried at every position
// of the window costs more.)
const CLAUSE_BREAK = /;|, ?(?:whose|who|which|but|while|although|though|since)| (?:but|while|although|whereas) /g;

/** The end of the last clause break in text[from, to) (the one nearest `to`), or `from` when none. */
function afterLastClauseBreak(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) {
    last = Math.max(last, m.index + m[0].length);
    CLAUSE_BREAK.lastIndex = m.index + 1;
  }
  return from + last;
}

const OTHER_VERB = /,\s+(?!and\b|or\b|as\b|including\b|plus\b)[a-z]+(?:ed|ized|ised)\b/;

const SIGNED_IN = /\b(?:signed|inked|concluded|reached|ratified|initial(?:l)?ed)[ \t\r\n]+(?:in[ \t\r\n]+)?$/i;

const ACTUAL = new Set<Status>(['signed', 'reached', 'initialed', 'concluded', 'ratified']);
export const isActual = (s: Status): boolean => ACTUAL.has(s);

/** A date well before the story's own (a month or more) makes the signing background; see below without one. */
export function isBackgroundDate(d: DateMention, ref: DayRef | null, text = ''): boolean {
  if (!d.value) return false;
  // with no date of its own, a signing dated by a year alone (`the border agreement signed in
  // 1994`) is history: wire copy dates the signing it reports by its day (`on Thursday`, `today`)
  if (!ref) return /^\d{4}$/.test(d.value) && SIGNED_IN.test(text.slice(Math.max(0, d.span.start - 40), d.span.start));
  const v = parseIso(d.value);
  if (!v) return false;
  if (d.value.length === 4) return v.year < ref.year;
  if (d.value.length === 7) return (ref.year - v.year) * 12 + ref.month - v.month > 1;
  return daysBetween(v, ref) > 31;
}

/** A year written among the modifiers: `a 2018 agreement`, `the 1998 treaty`. */
export const hasYearModifier = (head: AgreementHead): boolean => head.modifiers.some((m) => /^(?:1[89]|20)\d{2}$/.test(m.text));
