// Title rules read a story as "units": tokens from src/text/tokens.ts with the pieces a title
// grammar wants whole put back together, offsets kept:
//
//   `Gov.`         word + its period          -> one unit (an abbreviation)
//   `China's`      word + possessive `'s`     -> one unit, possessive, base `China`
//   `Mexico?s`     word + `?` + `s` (an apostrophe lost in conversion) -> as `Mexico's`
//   `Workers'`     word + closing apostrophe  -> one unit, possessive
//   `(CPC)`        bracket, one word, bracket -> one unit of kind `paren`
//
// One linear pass over the tokens. The stage reuses the tokens the sentence splitter made of
// the story's paragraphs (storyTokens) and tokenizes only what lies between them.
import type { Context } from '../../context.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { storySentences } from '../../text/story-sentences.js';
import { nameRegions } from '../entities/index.js';
import { PRE_NAME_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { hasBlankLine } from '../../text/lines.js';

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

/** Lexicon key of a unit whose lower-case text is already known (as unitKey). */
function keyOfLower(lower: string): string {
  const k = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
  // (k.endsWith('.') by character code: this runs for every word of every story)
  return k.charCodeAt(k.length - 1) === 46 ? k.slice(0, -1) : k;
}

/** A character the tokenizer always skips as space (the ASCII ones). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The tokens of the whole story, as tokenize(text) gives them: inside the paragraphs, those of
 * the sentences the entities stage split (cached in the context); the text between them (header
 * line, dateline, `<`, `^`, `=` of wire formats) tokenized here. A token never holds a space,
 * and the tokenizer reads at most two characters past a token, none past a space: so from any
 * space to another it finds the same tokens whether it reads a paragraph or the whole text.
 * Each paragraph's tokens are taken between its first and its last space; the stretches
 * between those spaces are tokenized here. (A stretch's first token may say no line break
 * stands before it: toUnits does not read `newlineBefore`.)
 */
export function storyTokens(ctx: Context): Token[] {
  const { text } = ctx;
  const out: Token[] = [];
  let at = 0;
  // (indexed loops: the first stories of a process run this before the JIT has optimised it,
  // where an array iterator costs several calls a step)
  const regions = nameRegions(ctx);
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r];
    let first = Math.max(at, region.start);
    while (first < region.end && !isSpace(text, first)) first++;
    let last = region.end - 1;
    while (last > first && !isSpace(text, last)) last--;
    // (no two spaces inside: the paragraph is read with what follows)
    if (last <= first) continue;
    pushAll(out, tokenize(text, at, first));
    const sentences = storySentences(ctx, region.start, region.end);
    for (let s = 0; s < sentences.length; s++) {
      const tokens = sentences[s].tokens;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.start > first && t.start < last) out.push(t);
      }
    }
    at = last;
  }
  pushAll(out, tokenize(text, at));
  return out;
}

function pushAll(out: Token[], tokens: readonly Token[]): void {
  for (let i = 0; i < tokens.length; i++) out.push(tokens[i]);
}

const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Units of the text from its tokens (all of them, in order: tokenize(text) or storyTokens). */
export function toUnits(text: string, toks: readonly Token[] = tokenize(text)): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = out.length ? out[out.length - 1] : null;
    // (two line breaks take two characters; the spaces before a token are all its gap holds)
    const breakBefore = prev ? t.start - prev.end >= 2 && hasBlankLine(text, prev.end, t.start) : false;
    const next = toks[i + 1];
    if (t.kind === 'word' && next && t.end === next.start) {
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
    const lower = t.kind === 'word' ? t.text.toLowerCase() : t.text;
    out.push({ text: t.text, lower, key: t.kind === 'word' ? keyOfLower(lower) : '', start: t.start, end: t.end, kind: t.kind, upper: t.upper, possessive: false, breakBefore });
  }
  return out;
}

/** Index of the first unit starting at or after `offset` (binary search). */
export function unitAt(units: readonly Unit[], offset: number): number {
  // (lowerBound written out: a callback per step costs a call each before the JIT inlines it,
  // and most stories end before it does)
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
