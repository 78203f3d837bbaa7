// Title rules read a story as "units": tokens from src/text/tokens.ts with the pieces a title
// grammar wants whole put back together, offsets kept:
//
//   `Gov.`         word + its period          -> one unit (an abbreviation)
//   `China's`      word + possessive `'s`     -> one unit, possessive, base `China`
//   `Mexico?s`     word + `?` + `s` (an apostrophe lost in conversion) -> as `Mexico's`
//   `Workers'`     word + closing apostrophe  -> one unit, possessive
//   `(CPC)`        bracket, one word, bracket -> one unit of kind `paren`
//
// One linear pass over the tokens.
import { tokenize, type Token } from '../../text/tokens.js';
import { PRE_NAME_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { hasBlankLine } from '../../text/lines.js';
import { lowerBound } from '../../text/search.js';

export interface Unit {
  text: string;
  /** Lower case, without a final period or possessive ending. */
  lower: string;
  /** The text as the lexicons look it up: lower case, curly apostrophes straight, no final period (see lexicon.ts). */
  key: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'paren';
  upper: boolean;
  possessive: boolean;
  /** A blank line (paragraph break) stands before the unit. */
  breakBefore: boolean;
}

const TITLE_ABBR_BASES = new Set([...TITLE_ABBREVIATIONS.keys()].flatMap((k) => k.split(' ')).map((k) => k.replace(/\.$/, '').toLowerCase()));
const isAbbrBase = (w: string): boolean => PRE_NAME_ABBREVIATIONS.has(w) || TITLE_ABBR_BASES.has(w);
const APOSTROPHES = new Set(["'", '\u2019']);

/** Lexicon key of a unit's text, worked out once per unit (the rules ask for it many times). */
export function unitKey(s: string): string {
  let k = s.toLowerCase();
  if (k.includes('\u2019')) k = k.replace(/\u2019/g, "'");
  return k.endsWith('.') ? k.slice(0, -1) : k;
}

export function toUnits(text: string): Unit[] {
  const toks: Token[] = tokenize(text);
  const out: Unit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = out.length ? out[out.length - 1] : null;
    const breakBefore = prev ? t.newlineBefore && hasBlankLine(text, prev.end, t.start) : false;
    const next = toks[i + 1];
    const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
    if (t.kind === 'word' && next && adjacent(t, next)) {
      const lw = t.text.toLowerCase();
      // `Gov.` `Lt.` `Mr.`
      if (next.text === '.' && isAbbrBase(lw)) {
        out.push({ text: text.slice(t.start, next.end), lower: lw, key: unitKey(text.slice(t.start, next.end)), start: t.start, end: next.end, kind: 'word', upper: t.upper, possessive: false, breakBefore });
        i++;
        continue;
      }
      // `China's`
      if (next.kind === 'word' && (next.text === "'s" || next.text === '\u2019s' || next.text === "'S")) {
        out.push({ text: text.slice(t.start, next.end), lower: lw, key: unitKey(text.slice(t.start, next.end)), start: t.start, end: next.end, kind: 'word', upper: t.upper, possessive: true, breakBefore });
        i++;
        continue;
      }
      // `Mexico?s`: an apostrophe lost to a `?` by a character-set conversion; read as `Mexico's`
      const s = toks[i + 2];
      if (next.text === '?' && adjacent(next, s) && s.kind === 'word' && (s.text === 's' || s.text === 'S') && t.text.length > 1) {
        out.push({ text: text.slice(t.start, s.end), lower: lw, key: `${unitKey(t.text)}'s`, start: t.start, end: s.end, kind: 'word', upper: t.upper, possessive: true, breakBefore });
        i += 2;
        continue;
      }
      // `Workers'` (a plural possessive: apostrophe, then no letter)
      if (APOSTROPHES.has(next.text) && lw.endsWith('s') && (!toks[i + 2] || toks[i + 2].start > next.end)) {
        out.push({ text: text.slice(t.start, next.end), lower: lw, key: unitKey(text.slice(t.start, next.end)), start: t.start, end: next.end, kind: 'word', upper: t.upper, possessive: true, breakBefore });
        i++;
        continue;
      }
    }
    // `(CPC)`
    if (t.text === '(' && toks[i + 1]?.kind === 'word' && toks[i + 2]?.text === ')') {
      out.push({ text: text.slice(t.start, toks[i + 2].end), lower: toks[i + 1].text.toLowerCase(), key: '', start: t.start, end: toks[i + 2].end, kind: 'paren', upper: true, possessive: false, breakBefore });
      i += 2;
      continue;
    }
    out.push({ text: t.text, lower: t.kind === 'word' ? t.text.toLowerCase() : t.text, key: t.kind === 'word' ? unitKey(t.text) : '', start: t.start, end: t.end, kind: t.kind, upper: t.upper, possessive: false, breakBefore });
  }
  return out;
}

/** Index of the first unit starting at or after `offset` (binary search). */
export function unitAt(units: readonly Unit[], offset: number): number {
  return lowerBound(units.length, (i) => units[i].start < offset);
}
