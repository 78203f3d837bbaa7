// The headline, cleaned of what wires put around it. The value is always the exact slice
// of its span; where cleaning cut text out of the middle, the longest clean run is kept.
//   "UPDATE 1-Gold rises on Fed bets (pictures) (ADDS details)" -> "Gold rises on Fed bets"
//   "2nd Ld Writethru: Quake hits Japan ///"                      -> "Quake hits Japan"
//   "Quake hits Japan's north+"                                    -> "Quake hits Japan's north"
import type { Advisory } from '../schema/story.js';
import { HEADLINE_ADVISORY_WORDS, HEADLINE_PREFIX_WORDS } from '../lexicon/segment-codes.js';
import type { SegState } from './model.js';
import { region } from './model.js';
import { gluedByline } from './byline.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIX_WORDS = [...HEADLINE_PREFIX_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|');
// UPDATE 1- | REFILE- | URGENT: | CORRECTED-UPDATE 2- | PRECIOUS-
const LIST_PREFIX = new RegExp(`^(?:${PREFIX_WORDS})(?: \\d{1,2})?(?:\\s?:\\s*|-\\s?(?=\\S))`);
// GLOBAL MARKETS-Stocks ... : two or more words in capitals glued to the headline by a hyphen
// (LEAD) | (2nd LD) | (URGENT) | (News Focus) | (3rd LD, with ...)
const PAREN_PREFIX = /^\((?:LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|News Focus|News Analysis|Yonhap Interview|Yonhap Feature|EDITORIAL|Photo|Photos|FLASH|BULLETIN|AMBASSADOR'S NOTE|Interview)\b[^()]{0,60}\)\s?/i;
const CAPS_PREFIX = /^[A-Z]{2,12}(?: [A-Z&]{1,12}){1,3}-(?=[A-Z][a-z])/;
// 2nd Ld Writethru: | 3rd Ld-Writethru, | Writethru:
const WRITETHRU_PREFIX = /^(?:\d{1,2}(?:st|nd|rd|th)\s+(?:Ld|Lead|Add)(?:[- ]Writethru)?|Writethru|Sub|Correction|Ld)\s*[:,-]\s*/i;
// ..., 5th Ld-Writethru | ...,0540 (ANPA word count)
const WRITETHRU_SUFFIX = /,(?:\s?\d{1,2}(?:st|nd|rd|th)\s(?:Ld|Lead|Add)[- ]Writethru|[a-z]?\d{3,4}|\s?Writethru)\s*$/i;
// ... ATTENTION - CHANGES dateline ...
const ATTENTION = /\s*\bATTENTION\s?[-:]/;
const ADVISORY_START = new RegExp(`^(?:${HEADLINE_ADVISORY_WORDS.map(esc).join('|')})\\b`, 'i');
// `<HEADLINE>`-style tags and `&UR;` codes inside the line cut it into runs.
const INNER_CODE = /<\/?[A-Za-z][A-Za-z0-9_]{0,20}>|&(?:UR|QL|QC|QR|HT|TL|MD|LR|IL|EL);|[\x00-\x08\x0e-\x1f]/g;

function kindOf(word: string): Advisory['kind'] {
  const w = word.toUpperCase();
  if (w.startsWith('UPDATE') || w.startsWith('WRAPUP')) return 'update';
  if (w.startsWith('REFILE') || w.startsWith('CORRECT') || w.startsWith('RPT') || w.startsWith('REPEAT')) return 'correction';
  if (/^(URGENT|BULLETIN|FLASH|ALERT|BREAKING)/.test(w)) return 'priority';
  if (/WRITETHRU|LD|LEAD|ADD|SUB/.test(w)) return 'writethru';
  return 'other';
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Cleans [start, end) of the text and records it as the headline, with the advisories cut off. */
export function setHeadline(st: SegState, start: number, end: number): void {
  const text = st.text;
  const adv = (kind: Advisory['kind'], s: number, e: number): void => {
    const t = text.slice(s, e).trim();
    if (!t) return;
    const off = text.indexOf(t, s);
    st.ctx.story.header.advisories.push({ kind, text: t, span: { start: off, end: off + t.length } });
    region(st, 'advisory', { start: off, end: off + t.length });
  };
  // the longest run free of inner codes
  let best: [number, number] = [start, end];
  const slice = text.slice(start, end);
  if (INNER_CODE.test(slice)) {
    INNER_CODE.lastIndex = 0;
    let prev = 0;
    let bestLen = -1;
    const runs: Array<[number, number]> = [];
    for (let m = INNER_CODE.exec(slice); m; m = INNER_CODE.exec(slice)) {
      runs.push([prev, m.index]);
      prev = m.index + m[0].length;
    }
    runs.push([prev, slice.length]);
    for (const [a, b] of runs) {
      const len = slice.slice(a, b).trim().length;
      if (len > bestLen) {
        bestLen = len;
        best = [start + a, start + b];
      }
    }
  }
  INNER_CODE.lastIndex = 0;
  let [s, e] = best;
  const trim = (): void => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
  };
  trim();
  for (let guard = 0; guard < 8; guard++) {
    const head = text.slice(s, e);
    const m = PAREN_PREFIX.exec(head) ?? WRITETHRU_PREFIX.exec(head) ?? LIST_PREFIX.exec(head) ?? (/[a-z]/.test(head) ? CAPS_PREFIX.exec(head) : null);
    if (!m || m[0].length >= head.length) break;
    adv(kindOf(m[0]), s, s + m[0].replace(/[\s:,-]+$/, '').length);
    s += m[0].length;
    trim();
  }
  const glued = gluedByline(st, s, e);
  if (glued !== null) e = glued;
  for (let guard = 0; guard < 8; guard++) {
    trim();
    const tail = text.slice(s, e);
    // trailing ///, Kyodo +, stray = or -
    const marks = /(?:\/{2,}|\+|=+|\s-{1,2}|\s_)$/.exec(tail);
    if (marks && marks.index > 0) {
      e = s + marks.index;
      continue;
    }
    const att = ATTENTION.exec(tail);
    if (att && att.index > 0) {
      adv('other', s + att.index, e);
      e = s + att.index;
      continue;
    }
    const wt = WRITETHRU_SUFFIX.exec(tail);
    if (wt && wt.index > 0) {
      adv('writethru', s + wt.index + 1, e);
      e = s + wt.index;
      continue;
    }
    // (pictures) (ADDS details)
    if (tail.endsWith(')')) {
      const open = tail.lastIndexOf('(');
      const inner = open > 0 ? tail.slice(open + 1, -1) : '';
      if (open > 0 && ADVISORY_START.test(inner.trim())) {
        adv(inner.toUpperCase().startsWith('UPDATE') ? 'update' : 'other', s + open, e);
        e = s + open;
        continue;
      }
    }
    break;
  }
  trim();
  if (e <= s) return;
  st.ctx.story.header.headline = text.slice(s, e);
  st.ctx.story.header.headlineSpan = { start: s, end: e };
  region(st, 'headline', { start: s, end: e });
}
