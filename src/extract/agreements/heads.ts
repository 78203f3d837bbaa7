// Finds the agreement nouns of a sentence with the modifiers before them:
//   `signed an extradition treaty and a treaty on the transfer of ...`
//          ^^ ^^^^^^^^^^^ ^^^^^^     ^ ^^^^^^
//          determiner, modifiers, noun
import { AGREEMENT_NOUNS, NOT_AGREEMENT_BEFORE } from '../../lexicon/agreement-kinds.js';
import { TOPIC_DETERMINERS } from '../../lexicon/agreement-topics.js';

export interface AgreementHead {
  kind: string;
  needsSigning: boolean;
  /** The noun itself. */
  nounStart: number;
  nounEnd: number;
  /** Start of the noun phrase: determiner, else first modifier, else the noun. */
  start: number;
  /** The determiner as written (`the`, `an`, `two`), lower case, or null. */
  determiner: string | null;
  /** Modifier words between determiner and noun, with offsets. */
  modifiers: { text: string; start: number; end: number }[];
}

// (noun i is capture group i + 1: the lexicon's patterns hold no groups of their own that capture)
const NOUN = new RegExp(`\\b(?:${AGREEMENT_NOUNS.map((n) => `(${n.pattern})`).join('|')})\\b`, 'gi');
const CASE_SENSITIVE = /^(?:MOUs?|MoUs?)$/;
/** Nouns found case-insensitively that count only as written (`MoU`, never `mou`). */
const CASED = AGREEMENT_NOUNS.map((n) => /MOU|MoU/.test(n.pattern));
const DETERMINERS = new Set([...TOPIC_DETERMINERS, 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'several', 'some', 'any', 'no', 'another', 'each', 'every']);
// Words that end the modifier run going left: verbs, prepositions, conjunctions.
const STOP = new Set(['of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'over', 'under', 'between', 'after', 'before', 'signed', 'sign', 'signs', 'signing', 'reached', 'reach', 'inked', 'struck', 'that', 'which', 'who', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'but', 'said', 'says',
  // verbs that take an agreement without an article: `get return agreements`, `seek trade deals`
  'get', 'gets', 'got', 'make', 'makes', 'made', 'seek', 'seeks', 'sought', 'want', 'wants', 'need', 'needs', 'negotiate', 'negotiating',
  'discuss', 'discussing', 'propose', 'proposed', 'finalize', 'finalise', 'conclude', 'concluded', 'ink', 'inks', 'strike', 'strikes', 'struck', 'clinch', 'clinched',
  'agreed', 'agree', 'about', 'than', 'like']);
/** Letters and digits: the first character of a word before the noun. */
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[\w'-]`: the characters of a word before the noun. */
const isWordChar = (c: number): boolean => isAlnum(c) || c === 95 || c === 39 || c === 45;

/**
 * The word that ends right before `end`, looking no further back than `from`: where it starts
 * (its first letter or digit; `-based` gives `based`), where it ends, and where the space
 * after it starts. Only spaces and tabs, with at most one hard-wrapped line break, may stand
 * between it and `end` (`a five-year\ntrade agreement`); null when there is no such word.
 * A scan back from `end`, as the regex `([A-Za-z0-9][\w'-]*)[ \t]*(?:\r?\n[ \t]*)?$` would
 * find it, without trying that regex at every position of the window.
 */
function wordBefore(text: string, from: number, end: number): { start: number; end: number } | null {
  let i = end;
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i > from && text.charCodeAt(i - 1) === 10) {
    i--;
    if (i > from && text.charCodeAt(i - 1) === 13) i--;
    while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  }
  const wordEnd = i;
  while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
  while (i < wordEnd && !isAlnum(text.charCodeAt(i))) i++;
  return i < wordEnd ? { start: i, end: wordEnd } : null;
}

export function findHeads(text: string, from: number, to: number): AgreementHead[] {
  const out: AgreementHead[] = [];
  const slice = text.slice(from, to);
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(slice); m; m = NOUN.exec(slice)) {
    let which = 0;
    while (m[which + 1] === undefined) which++;
    const noun = AGREEMENT_NOUNS[which];
    if (CASED[which] && !CASE_SENSITIVE.test(m[0])) continue;
    const nounStart = from + m.index;
    const nounEnd = nounStart + m[0].length;
    // `a memorandum of understanding (MoU)`: the acronym names the noun before it
    if (text[nounStart - 1] === '(' && text[nounEnd] === ')') continue;
    // `cooperation documents` is matched whole; a lone `documents` right after it was not.
    if (/^deals?$/i.test(m[0])) {
      const w = wordBefore(text, Math.max(from, nounStart - 60), nounStart);
      if (w && NOT_AGREEMENT_BEFORE.includes(text.slice(w.start, w.end).toLowerCase())) continue;
    }
    const modifiers: AgreementHead['modifiers'] = [];
    let determiner: string | null = null;
    let start = nounStart;
    let cursor = nounStart;
    for (let k = 0; k < 6; k++) {
      const w = wordBefore(text, Math.max(from, cursor - 40), cursor);
      if (!w) break;
      const wordStart = w.start;
      // only across plain spaces: a comma or bracket ends the phrase
      const word = text.slice(w.start, w.end);
      const lower = word.toLowerCase();
      if (DETERMINERS.has(lower)) {
        determiner = lower;
        start = wordStart;
        break;
      }
      if (STOP.has(lower)) break;
      modifiers.unshift({ text: word, start: wordStart, end: wordStart + word.length });
      start = wordStart;
      cursor = wordStart;
    }
    if (noun.nounOnly && determiner === null && !modifiers.length) continue;
    // `to deal with it`, `traders deal with risk`; but `a licence deal with the band`
    if (/^(?:deal|deals)$/i.test(m[0]) && /^\s+with\b/.test(text.slice(nounEnd, nounEnd + 8)) && determiner === null) continue;
    out.push({ kind: noun.kind, needsSigning: !!noun.needsSigning, nounStart, nounEnd, start, determiner, modifiers });
  }
  return out;
}
