// Sentences with their offsets in the original text, abbreviation-aware:
//
//   `Mr. Smith met Gen. Lee in the U.S. on Nov. 2. L. Ron Hubbard was not there.`
//   -> `Mr. Smith met Gen. Lee in the U.S. on Nov. 2.` | `L. Ron Hubbard was not there.`
//
// A sentence ends at `.`, `!` or `?` (with closing quotes and brackets after it) when a
// space and an upper-case letter, digit or opening quote follow, unless the word before
// the period is an abbreviation that stands before names (`Mr.`, `Gen.`), a month before a
// number (`Nov. 2`) or a single initial (`L. Ron`). A blank line always ends a sentence
// (headlines without a stop); hard-wrapped lines inside a paragraph do not split.
// Works on tokenised text too (`U.S. officials said .`).
import { tokenize, type Token } from './tokens.js';
import { PRE_NAME_ABBREVIATIONS, DATE_ABBREVIATIONS, ENDING_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { hasBlankLine } from './lines.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Tokens of the sentence, offsets into the original text. */
  tokens: Token[];
}

const ENDERS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab', '-', '\u2014']);

/** Whether the period token at `k` (tokens[k].text === '.') closes the sentence. */
function periodEnds(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!next) return true;
  if (prev && !tokens[k].spaceBefore) {
    const w = prev.text.toLowerCase();
    if (prev.kind === 'word') {
      if (PRE_NAME_ABBREVIATIONS.has(w)) return false;
      if (DATE_ABBREVIATIONS.has(w) && next.kind === 'number') return false;
      if (ENDING_ABBREVIATIONS.has(w) && !next.upper) return false;
      // a lone initial: `L. Ron Hubbard`, `George W. Bush`
      if (prev.text.length === 1 && prev.upper) return false;
    }
  }
  return true;
}

/** Splits `text[from, to)` into sentences. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const tokens = tokenize(text, from, to);
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last < first) return;
    const toks = tokens.slice(first, last + 1);
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    out.push({ text: text.slice(start, end), start, end, tokens: toks });
    first = last + 1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!next) break;
    // (only spaces stand between two tokens, so a blank line needs a line break before `next`)
    if (next.newlineBefore && hasBlankLine(text, t.end, next.start)) {
      close(k);
      continue;
    }
    let ends = false;
    if (t.kind === 'punct' && ENDERS.has(t.text)) ends = t.text === '.' ? periodEnds(tokens, k) : true;
    else if (t.kind === 'word' && t.text.length > 2 && t.text.endsWith('.')) {
      // a dotted acronym at the end of a sentence: `... in the U.S. He said` (not `U.S. officials`)
      ends = next.upper && next.spaceBefore && !/^[A-Z]\.$/.test(t.text) && isSentenceStarter(next.text);
    }
    if (!ends) continue;
    // take closing quotes and brackets with the sentence
    let last = k;
    while (tokens[last + 1] && tokens[last + 1].kind === 'punct' && CLOSERS.has(tokens[last + 1].text) && !tokens[last + 1].spaceBefore) last++;
    const after = tokens[last + 1];
    if (!after) break;
    if (!after.spaceBefore) continue;
    if (after.upper || after.kind === 'number' || (after.kind === 'punct' && OPENERS.has(after.text))) {
      close(last);
      k = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return out;
}

// Words that start sentences far more often than they follow `U.S.` inside one.
const STARTERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'A', 'An', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On', 'At', 'His', 'Her', 'Their', 'Its', 'There', 'If', 'When', 'As', 'After', 'Before', 'Meanwhile', 'However']);
const isSentenceStarter = (w: string): boolean => STARTERS.has(w);
