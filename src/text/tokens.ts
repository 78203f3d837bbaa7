// Word, number and punctuation tokens with their offsets in the original text. One
// linear pass; nothing is rewritten, so `text.slice(t.start, t.end) === t.text` always.
//
//   `U.S. President Barack Obama's visit, Nov. 2` ->
//   U.S. | President | Barack | Obama | 's | visit | , | Nov | . | 2
//
// Dotted acronyms (`U.S.`, `U.N.`) and single initials (`L.` in `L. Ron Hubbard`) keep
// their period; other periods are tokens of their own so sentence rules can decide.
// Hyphens and apostrophes inside a word stay in it (`Ri Song-gun`, `O'Neill`, `Workers'`
// keeps its apostrophe only when a letter follows); a possessive `'s` is its own token.

import { OFFICES, HONORIFIC_WORDS } from '../lexicon/titles.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The token starts with an upper-case letter. */
  upper: boolean;
  /** White space (or the start of text) stands right before the token. */
  spaceBefore: boolean;
  /** A line break stands between this token and the one before. */
  newlineBefore: boolean;
}

// letter-period pairs, not followed by another letter: `U.S.`, `L.`; linear (one fixed step per pair)
const DOTTED = /(?:\p{L}\.)+(?!\p{L})/uy;

const LETTER_OR_MARK = /\p{L}|\p{M}/u;
// ASCII answered by code, the rest by the Unicode classes (the regex is the slow path).
// (read by position, not from `text[i]`: the scan below asks of most characters, and a
// character code costs no one-character string; callers keep `i` inside the text)
const isLetterAt = (text: string, i: number): boolean => {
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER_OR_MARK.test(text[i]);
};
const isDigitAt = (text: string, i: number): boolean => {
  const k = text.charCodeAt(i);
  return k >= 48 && k <= 57;
};
/** `'` or `’` at i. */
const isApostropheAt = (text: string, i: number): boolean => {
  const k = text.charCodeAt(i);
  return k === 39 || k === 0x2019;
};
/** `s` or `S` at i. */
const isSAt = (text: string, i: number): boolean => {
  const k = text.charCodeAt(i);
  return k === 115 || k === 83;
};
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x2009 || c === 0x202f;
const isUpperStart = (s: string): boolean => {
  const k = s.charCodeAt(0);
  if (k < 128) return k >= 65 && k <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

// Scraper damage glues a small word or a title to the name after it: `andPak Thae Song`,
// `ComradeRi Song Gun`. Such a word is cut in two where the name's capital starts; names with
// inner capitals (`McDonald`, `DeSantis`, `YouTube`) are left whole.
const GLUED = /^(\p{L}\p{Ll}+)\p{Lu}\p{Ll}/u;
const GLUE_WORDS = new Set(['and', 'of', 'the', 'by', 'with', 'to', 'for', 'in', 'on', 'at', 'from', 'comrade', ...OFFICES, ...HONORIFIC_WORDS]);

/** Where a glued word's second part starts, or 0 when the word is whole. */
function gluedAt(text: string, i: number, j: number): number {
  if (j - i < 5) return 0;
  let inner = false;
  for (let k = i + 2; k < j && !inner; k++) {
    const c = text.charCodeAt(k);
    inner = (c >= 65 && c <= 90) || c >= 128;
  }
  if (!inner) return 0;
  const m = GLUED.exec(text.slice(i, Math.min(j, i + 24)));
  if (!m || !GLUE_WORDS.has(m[1].toLowerCase())) return 0;
  const cut = i + m[1].length;
  // the name part is one capitalised word: `ComradeKim`, `andPak`, not `OfficeMax`-like brands of two words
  return /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(text.slice(cut, j)) ? cut : 0;
}

/** One token of `text`. */
function token(text: string, start: number, end: number, kind: TokenKind, spaceBefore: boolean, newlineBefore: boolean): Token {
  const t = text.slice(start, end);
  return { text: t, start, end, kind, upper: kind === 'word' && isUpperStart(t), spaceBefore, newlineBefore };
}

/** Splits `text[from, to)` into tokens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  // (plain locals, not captured by a closure: the scan writes them at every space)
  let spaceBefore = true;
  let newlineBefore = false;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      spaceBefore = true;
      if (code === 10 || code === 13) newlineBefore = true;
      i++;
      continue;
    }
    // the token is text[i, end)
    let end: number;
    let kind: TokenKind = 'word';
    if (isLetterAt(text, i)) {
      // Dotted acronym or initial: `U.S.`, `U.N.`, `a.m.`, `L.` (in `L. Ron`); only a letter with a period after it can start one
      const d = text.charCodeAt(i + 1) === 46 ? ((DOTTED.lastIndex = i), DOTTED.exec(text)) : null;
      if (d && i + d[0].length <= to && (d[0].length > 2 || isUpperStart(text[i]))) end = i + d[0].length;
      else {
        let j = i + 1;
        for (;;) {
          while (j < to && (isLetterAt(text, j) || isDigitAt(text, j))) j++;
          // inner hyphen or apostrophe followed by a letter: `Jong-un`, `O'Neill`, `don't`
          if (j + 1 < to) {
            const k = text.charCodeAt(j);
            const apostrophe = k === 39 || k === 0x2019;
            if ((k === 45 || k === 0x2010 || apostrophe) && isLetterAt(text, j + 1)) {
              // a possessive `'s` / `'S` at a word end is its own token
              if (apostrophe && isSAt(text, j + 1) && (j + 2 >= to || !isLetterAt(text, j + 2))) break;
              j += 2;
              continue;
            }
          }
          break;
        }
        const glue = gluedAt(text, i, j);
        if (glue) {
          out.push(token(text, i, glue, 'word', spaceBefore, newlineBefore));
          spaceBefore = false;
          newlineBefore = false;
          i = glue;
        }
        end = j;
      }
    } else if (code >= 48 && code <= 57) {
      let j = i + 1;
      for (; j < to; j++) {
        if (isDigitAt(text, j)) continue;
        const k = text.charCodeAt(j);
        // `1,000`, `3.5`, `10:30`, `2-1`: a separator between digits
        if ((k === 44 || k === 46 || k === 58 || k === 45) && j + 1 < to && isDigitAt(text, j + 1)) continue;
        break;
      }
      while (j < to && isLetterAt(text, j)) j++; // `1990s`, `3rd`, `5m`
      end = j;
      kind = 'number';
    } else if (isApostropheAt(text, i) && i + 1 < to && isSAt(text, i + 1) && (i + 2 >= to || !isLetterAt(text, i + 2))) {
      end = i + 2; // possessive `'s`
    } else {
      // Surrogate pairs stay whole.
      end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1);
      kind = 'punct';
    }
    out.push(token(text, i, end, kind, spaceBefore, newlineBefore));
    spaceBefore = false;
    newlineBefore = false;
    i = end;
  }
  return out;
}
