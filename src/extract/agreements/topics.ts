// The subjects of one agreement, in the story's words, from every phrasing:
//   modifiers:  `an extradition treaty` -> extradition; `a free trade agreement` -> free trade
//   list:       `cooperation documents in the fields including A, B and C`; `on A and B`;
//               `covering A`; `also covers A, including B, C and D`
//   phrase:     `an agreement to build a bridge ...`; `an agreement for the upgrading of ...`
import type { Span, TextSpan } from '../../schema/story.js';
import {
  GENERIC_MODIFIERS, ING_SECTORS, NOT_TOPIC_AFTER_IN, TOPIC_INTRODUCERS, TOPIC_TERMINATORS,
} from '../../lexicon/agreement-topics.js';
import type { AgreementHead } from './heads.js';
import { cleanTopic, splitTopicList } from './topic-list.js';

const INTRODUCERS = TOPIC_INTRODUCERS.map((i) => ({ re: new RegExp(`^[ \\t\\r\\n]*(?:${i.pattern})[ \\t\\r\\n]+`, 'i'), kind: i.kind }));
const TERMINATOR = new RegExp(TOPIC_TERMINATORS.map((t) => `(?:${t})`).join('|'));
// `between the DPRK and Laos on ...`, `with China covering ...`: parties before the subject
const PARTIES_FIRST = /^[ \t\r\n]+(?:between|with|among)[ \t\r\n]/i;
const INTRODUCER_AFTER_PARTIES = /[ \t\r\n](?:on|covering|concerning|regarding|to|for|in the fields?)[ \t\r\n]/i;
const ACRONYM = /^[ \t]*\([A-Za-z]{2,10}\)/;
const ALSO_COVERS = /\b(?:also\s+)?(?:covers?|covering|includes?|including|involves?|involving)[ \t\r\n]+/gi;

/** Subject from the modifiers before the noun, generic words dropped from the left. */
export function modifierTopic(text: string, head: AgreementHead): TextSpan | null {
  const mods = head.modifiers.filter((m) => !/^\d/.test(m.text));
  // a proper name, a number or a verb form breaks the run: keep what stands right before the noun
  let first = mods.length;
  for (let i = mods.length - 1; i >= 0; i--) {
    const w = mods[i].text;
    const lower = w.toLowerCase();
    if (/^[A-Z]/.test(w) && !/^[A-Z]/.test(text.slice(head.nounStart, head.nounStart + 1))) break;
    if (/\d/.test(w) || /'s$/.test(w)) break;
    if (/ed$/.test(lower) || (/ing$/.test(lower) && !ING_SECTORS.has(lower))) break;
    first = i;
  }
  let run = mods.slice(first);
  while (run.length && (GENERIC_MODIFIERS.has(run[0].text.toLowerCase()) || run[0].text.toLowerCase() === 'and')) run = run.slice(1);
  if (!run.length) return null;
  // `cooperation` alone says nothing; `health cooperation` does
  if (run.length === 1 && GENERIC_MODIFIERS.has(run[0].text.toLowerCase())) return null;
  return cleanTopic(text, run[0].start, run[run.length - 1].end);
}

/** Where the subject phrase that starts at `from` ends: a terminator, a date, or `to`. */
function phraseEnd(text: string, from: number, to: number, dates: readonly Span[]): number {
  let end = to;
  const t = TERMINATOR.exec(text.slice(from, to));
  if (t) end = from + t.index;
  for (const d of dates) if (d.start >= from && d.start < end) end = d.start;
  // drop a preposition left dangling by a cut date: `... in 2000` -> `...`
  const tail = /[ \t\r\n]+(?:in|on|at|by|of|from|since|until|for|before|after|during)[ \t\r\n]*$/i.exec(text.slice(from, end));
  if (tail) end = from + tail.index;
  return end;
}

/** Topics of one agreement: its modifiers and the phrase after its noun, up to `scopeEnd`. */
export function agreementTopics(text: string, head: AgreementHead, scopeEnd: number, dates: readonly Span[]): TextSpan[] {
  const topics: TextSpan[] = [];
  const mod = modifierTopic(text, head);
  if (mod) topics.push(mod);
  let at = head.nounEnd;
  const acronym = ACRONYM.exec(text.slice(at, scopeEnd));
  if (acronym) at += acronym[0].length;
  let rest = text.slice(at, scopeEnd);
  if (PARTIES_FIRST.test(rest)) {
    // `with the government, guaranteeing ... for 15 years`: the subject must follow the parties directly
    const comma = rest.search(/[,;]/);
    const intro = INTRODUCER_AFTER_PARTIES.exec(comma >= 0 ? rest.slice(0, comma) : rest);
    if (!intro) return topics;
    at += intro.index;
    rest = text.slice(at, scopeEnd);
  }
  for (const intro of INTRODUCERS) {
    const m = intro.re.exec(rest);
    if (!m) continue;
    const from = at + m[0].length;
    const first = /^[A-Za-z0-9$'-]+/.exec(text.slice(from, scopeEnd))?.[0] ?? '';
    const word = first.toLowerCase();
    // `on Monday`, `in Havana`, `for 15 years`: a time, place or amount, not a subject
    if (/^[A-Z0-9$]/.test(first) && !/^[A-Z]/.test(text.slice(head.nounStart, head.nounStart + 1))) break;
    if (/^in\b/i.test(m[0].trim()) && NOT_TOPIC_AFTER_IN.includes(word)) break;
    if (/^to\b/i.test(m[0].trim()) && /^(?:be|the|a|an|its|their)$/.test(word)) break;
    const end = phraseEnd(text, from, scopeEnd, dates);
    if (end <= from) break;
    if (intro.kind === 'phrase') {
      const t = cleanTopic(text, from, end);
      if (t) topics.push(t);
    } else {
      // `covering A, including B and C`: the umbrella and each of its parts
      const phrase = text.slice(from, end);
      ALSO_COVERS.lastIndex = 0;
      const inner = ALSO_COVERS.exec(phrase);
      const parts = inner && inner.index > 0 ? [[from, from + inner.index], [from + inner.index + inner[0].length, end]] : [[from, end]];
      for (const [a, b] of parts) topics.push(...splitTopicList(text, a, b));
    }
    break;
  }
  return dedupeTopics(topics);
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
export function dedupeTopics(ts: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = key(t.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
export const topicKey = key;
