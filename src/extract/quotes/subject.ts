// Who a reporting verb belongs to: the phrase right before it (`Wang said`, `he said`,
// `the ministry said`, `Hu has repeatedly said`) or right after it (`said Li`), linked
// to the entity whose mention overlaps the phrase.
import { CUE_ADVERBS, CUE_VERBS } from '../../lexicon/quote-cues.js';
import type { EntityMention } from './entity-mentions.js';
import { mentionsWithin } from './entity-mentions.js';

export interface Subject {
  text: string;
  start: number;
  end: number;
  /** Person or organization id, null when none overlaps. */
  id: string | null;
  pronoun: string | null;
}

export const CUE = new RegExp(`\\b(?:${[...CUE_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(' ', '\\s+')).join('|')})\\b`, 'g');
const ADVERBS = new RegExp(`(?:\\s+(?:${CUE_ADVERBS.map((a) => a.replace(' ', '\\s+')).join('|')}))*\\s*$`, 'i');
const PRONOUN_END = /(?:^|[^\w'])(he|she|they|we|I|it)$/i;
const NAME_END = /(?:^|[^\w'-])((?:[A-Z][\w'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*)$/;
// `the ministry`, `a senior official`: no function word inside (`the conclusion that the claims` is no subject)
const FUNCTION_WORD = '(?!(?:that|which|who|whom|the|a|an|of|to|and|or|in|on|by|for|with|as|at|from|is|was|were|are|be|been|has|have|had|it|its|he|she|they|this|these|those)\\b)';
const PHRASE_END = new RegExp(`(?:^|[^\\w'-])((?:the|a|an)\\s+(?:${FUNCTION_WORD}[a-z][\\w-]*\\s+){0,3}${FUNCTION_WORD}[a-z][\\w-]*)$`);
const NAME_START = /^\s+((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}|he|she|they|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/;
const NOT_NAMES = new Set(['The', 'This', 'That', 'It', 'In', 'On', 'At', 'But', 'And', 'However', 'Meanwhile', 'Also']);

function link(mentions: readonly EntityMention[], start: number, end: number): string | null {
  const inside = mentionsWithin(mentions, Math.max(0, start - 40), end + 1).filter((m) => m.start < end && start < m.end);
  return (inside.find((m) => m.kind === 'person') ?? inside.find((m) => m.kind === 'organization'))?.id ?? null;
}

/** The subject ending right before `cueStart` (adverbs skipped), not before `floor`. */
export function subjectBefore(text: string, mentions: readonly EntityMention[], floor: number, cueStart: number): Subject | null {
  const left = text.slice(Math.max(floor, cueStart - 80), cueStart);
  const base = cueStart - left.length;
  const adv = ADVERBS.exec(left);
  const endIn = adv ? adv.index : left.length;
  const head = left.slice(0, endIn);
  const end = base + endIn;
  // an entity mention ending here wins: it has the exact name
  const ending = mentionsWithin(mentions, Math.max(floor, end - 80), end).filter((m) => m.end === end && (m.kind === 'person' || m.kind === 'organization'));
  if (ending.length) {
    const m = ending.find((x) => x.kind === 'person') ?? ending[0];
    // `the Foreign Ministry said`: the article belongs to the subject
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(floor, m.start - 6), m.start));
    const start = the ? m.start - the[0].length : m.start;
    return { text: text.slice(start, m.end), start, end: m.end, id: m.id, pronoun: null };
  }
  const p = PRONOUN_END.exec(head);
  if (p) return { text: p[1], start: end - p[1].length, end, id: null, pronoun: p[1].toLowerCase() };
  const n = NAME_END.exec(head);
  if (n && !NOT_NAMES.has(n[1])) {
    const start = end - n[1].length;
    return { text: n[1], start, end, id: link(mentions, start, end), pronoun: null };
  }
  const ph = PHRASE_END.exec(head);
  if (ph) {
    const start = end - ph[1].length;
    return { text: ph[1], start, end, id: link(mentions, start, end), pronoun: null };
  }
  return null;
}

/** The subject right after a verb: `..., said Li Ming.` */
export function subjectAfter(text: string, mentions: readonly EntityMention[], cueEnd: number, ceiling: number): Subject | null {
  const right = text.slice(cueEnd, Math.min(ceiling, cueEnd + 80));
  const n = NAME_START.exec(right);
  if (!n) return null;
  const start = cueEnd + n.index + n[0].length - n[1].length;
  const end = cueEnd + n.index + n[0].length;
  const pronoun = /^(?:he|she|they)$/i.test(n[1]) ? n[1].toLowerCase() : null;
  return { text: n[1], start, end, id: pronoun ? null : link(mentions, start, end), pronoun };
}
