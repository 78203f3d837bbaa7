// Splits a phrase of agreement subjects into one topic per subject, keeping offsets:
//   `reciprocal exemption of diplomatic and service visas, customs quarantine, radio and
//    television, and postal delivery` -> 4 topics.
// Commas and semicolons always split; the final `and` / `as well as` splits too, unless
// simple evidence says the `and` joins parts of one subject (see keepsAndTogether).
import type { TextSpan } from '../../schema/story.js';
import { textSpan } from '../../text/span.js';
import {
  ADJECTIVE_ENDINGS, BARE_ADJECTIVES, GENERIC_MODIFIERS, PAIRED_FIELDS, TOPIC_DETERMINERS,
} from '../../lexicon/agreement-topics.js';

const LEADING = new RegExp(`^(?:(?:and|or|as well as|plus|along with|including|such as|like|also|especially|particularly|notably|${TOPIC_DETERMINERS.join('|')})\\s+)+`, 'i');
const TRAILING = /[\s,;:.]+$/;
const PAIRS = new Set(PAIRED_FIELDS.map(([a, b]) => `${a} ${b}`));
const MAX_WORDS = 20;
/** A longer run of commas is no list of subjects (and hostile input must stay cheap). */
const MAX_ITEMS = 40;

const words = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);
const STARTS_WITH_DETERMINER = new RegExp(`^(?:${TOPIC_DETERMINERS.join('|')})\\s`, 'i');
const startsWithDeterminer = (s: string): boolean => STARTS_WITH_DETERMINER.test(s);

/**
 * Whether `left and right` is one subject:
 * - `between Hekou and Lao Cai`: the `and` belongs to `between`;
 * - `diplomatic and service visas`: a bare adjective on the left shares the noun on the right;
 * - `radio and television`: a known pair of fields (lexicon PAIRED_FIELDS);
 * - `mutual translation and publication of classical literatures`: the right part's
 *   `of ...` is shared by both nouns (the left has none, the right starts with no article).
 */
export function keepsAndTogether(left: string, right: string): boolean {
  const l = words(left);
  const r = words(right);
  if (!l.length || !r.length) return true;
  if (/\bbetween\s+[^,]*$/i.test(left)) return true;
  if (startsWithDeterminer(right)) return false;
  // `diplomatic and service visas`, `imported and exported goods`
  const lastLeft = l[l.length - 1];
  if (l.length === 1 && (BARE_ADJECTIVES.has(lastLeft) || (ADJECTIVE_ENDINGS.test(lastLeft) && r.length > 1))) return true;
  if (l.length > 1 && r.length > 1 && (BARE_ADJECTIVES.has(lastLeft) || /(?:ed|al|ic)$/.test(lastLeft)) && !/\s(?:of|in|on|for)$/.test(left.trim())) return true;
  if (PAIRS.has(`${l[l.length - 1]} ${r[0]}`)) return true;
  // (only a short left part without a place or preposition of its own shares it:
  // `a new treatment plant near San Diego and joint monitoring of groundwater` is two)
  if (/\sof\s/i.test(` ${right} `) && !/\sof\s/i.test(` ${left} `) && !/^of\s/i.test(right) && l.length <= 3 && !/\s(?:near|in|at|on|for|with|to|from|along|across|between|through|into)\s/i.test(` ${left} `)) return true;
  // `the joint control of livestock and plant health`: a short right part joins the object of `of`
  if (/\sof\s/i.test(left) && !/\sof\s/i.test(` ${right} `) && r.length <= 3) return true;
  return false;
}

/** Every ` and ` / ` as well as ` of s, last first, with its length. */
function conjunctions(s: string): { at: number; length: number }[] {
  const re = /\s+(?:and|as well as)\s+/gi;
  const out: { at: number; length: number }[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) out.unshift({ at: m.index, length: m[0].length });
  return out;
}

/** One topic's text[start, end), cleaned of list words, articles and trailing stops; null when nothing is left. */
export function cleanTopic(text: string, start: number, end: number): TextSpan | null {
  let s = textSpan(text, start, end);
  const lead = LEADING.exec(s.text);
  if (lead) s = textSpan(text, s.span.start + lead[0].length, s.span.end);
  const trail = TRAILING.exec(s.text);
  if (trail) s = textSpan(text, s.span.start, s.span.end - trail[0].length);
  const w = words(s.text);
  if (!w.length || w.length > MAX_WORDS) return null;
  if (w.every((x) => GENERIC_MODIFIERS.has(x) || x === 'and')) return null;
  if (!/[a-z]/i.test(s.text)) return null;
  return s;
}

const LIST_PUNCTUATION = /[()[\],;]/g;

/** Splits text[start, end) into topics. */
export function splitTopicList(text: string, start: number, end: number): TextSpan[] {
  // 1. top-level commas and semicolons
  const items: [number, number][] = [];
  let depth = 0;
  let from = start;
  // (only brackets, commas and semicolons matter: a regex finds them, rather than a JS test
  // of every character, which is slow in code run too seldom to be optimised)
  const phrase = text.slice(start, end);
  LIST_PUNCTUATION.lastIndex = 0;
  for (let m = LIST_PUNCTUATION.exec(phrase); m; m = LIST_PUNCTUATION.exec(phrase)) {
    const c = m[0];
    const i = start + m.index;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      if (items.length >= MAX_ITEMS) return [];
      items.push([from, i]);
      from = i + 1;
    }
  }
  items.push([from, end]);
  // `on A, on B, and on C`: the repeated preposition of a later item is no part of it
  for (let k = 1; k < items.length; k++) {
    const on = /^[ \t\r\n]*(?:and[ \t\r\n]+|or[ \t\r\n]+)?(?:on|about|concerning|regarding)[ \t\r\n]+/i.exec(text.slice(items[k][0], items[k][1]));
    if (on) items[k] = [items[k][0] + on[0].length, items[k][1]];
  }
  // `on A and on B`: a repeated preposition always starts a new subject
  for (let k = 0; k < items.length; k++) {
    const [a, b] = items[k];
    const rep = /\s+and\s+(?:on|in|to|for|about|covering)\s+/i.exec(text.slice(a, b));
    if (rep && items.length < MAX_ITEMS) items.splice(k, 1, [a, a + rep.index], [a + rep.index + rep[0].length, b]);
  }
  const out: TextSpan[] = [];
  items.forEach(([a, b], index) => {
    const piece = text.slice(a, b);
    // `A as well as B` always splits
    const asWell = /\s+as well as\s+/i.exec(piece);
    if (asWell) {
      for (const t of [cleanTopic(text, a, a + asWell.index), cleanTopic(text, a + asWell.index + asWell[0].length, b)]) if (t) out.push(t);
      return;
    }
    // 2. the final `and` of the last item (or of a one-item list)
    if (index === items.length - 1) {
      const lead = /^\s*(?:and|or)\s+/i.exec(piece);
      const bodyStart = a + (lead ? lead[0].length : 0);
      const body = text.slice(bodyStart, b);
      // the last `and` that joins two subjects: `tourism and oil and gas` splits before `oil`
      const conj = items.length > 1 && lead ? undefined : conjunctions(body).slice(0, 4).find((c) => !keepsAndTogether(body.slice(0, c.at).replace(LEADING, ''), body.slice(c.at + c.length).replace(TRAILING, '')));
      if (conj) {
        const l = cleanTopic(text, bodyStart, bodyStart + conj.at);
        const r = cleanTopic(text, bodyStart + conj.at + conj.length, b);
        if (l) out.push(l);
        if (r) out.push(r);
        return;
      }
    }
    const t = cleanTopic(text, a, b);
    if (t) out.push(t);
  });
  return out;
}
