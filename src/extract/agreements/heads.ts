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

const NOUN = new RegExp(`\\b(?:${AGREEMENT_NOUNS.map((n, i) => `(?<n${i}>${n.pattern})`).join('|')})\\b`, 'gi');
const CASE_SENSITIVE = /^(?:MOUs?|MoUs?)$/;
const DETERMINERS = new Set([...TOPIC_DETERMINERS, 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'several', 'some', 'any', 'no', 'another', 'each', 'every']);
// Words that end the modifier run going left: verbs, prepositions, conjunctions.
const STOP = new Set(['of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'over', 'under', 'between', 'after', 'before', 'signed', 'sign', 'signs', 'signing', 'reached', 'reach', 'inked', 'struck', 'that', 'which', 'who', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'and', 'or', 'but', 'said', 'says',
  // verbs that take an agreement without an article: `get return agreements`, `seek trade deals`
  'get', 'gets', 'got', 'make', 'makes', 'made', 'seek', 'seeks', 'sought', 'want', 'wants', 'need', 'needs', 'negotiate', 'negotiating',
  'discuss', 'discussing', 'propose', 'proposed', 'finalize', 'finalise', 'conclude', 'concluded', 'ink', 'inks', 'strike', 'strikes', 'struck', 'clinch', 'clinched',
  'agreed', 'agree', 'about', 'than', 'like']);
// (one hard-wrapped line break is a space: `a five-year\ntrade agreement`)
const WORD_BEFORE = /([A-Za-z0-9][\w'-]*)[ \t]*(?:\r?\n[ \t]*)?$/;

export function findHeads(text: string, from: number, to: number): AgreementHead[] {
  const out: AgreementHead[] = [];
  const slice = text.slice(from, to);
  NOUN.lastIndex = 0;
  for (let m = NOUN.exec(slice); m; m = NOUN.exec(slice)) {
    const which = Object.keys(m.groups ?? {}).find((k) => m!.groups![k] !== undefined)!;
    const noun = AGREEMENT_NOUNS[+which.slice(1)];
    if (/MOU|MoU/.test(noun.pattern) && !CASE_SENSITIVE.test(m[0])) continue;
    const nounStart = from + m.index;
    const nounEnd = nounStart + m[0].length;
    // `a memorandum of understanding (MoU)`: the acronym names the noun before it
    if (text[nounStart - 1] === '(' && text[nounEnd] === ')') continue;
    // `cooperation documents` is matched whole; a lone `documents` right after it was not.
    const before = text.slice(Math.max(from, nounStart - 60), nounStart);
    const prev = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
    if (prev && NOT_AGREEMENT_BEFORE.includes(prev) && /^deals?$/i.test(m[0])) continue;
    const modifiers: AgreementHead['modifiers'] = [];
    let determiner: string | null = null;
    let start = nounStart;
    let cursor = nounStart;
    for (let k = 0; k < 6; k++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(from, cursor - 40), cursor));
      if (!w || cursor - w[0].length < from) break;
      const wordStart = cursor - w[0].length;
      // only across plain spaces: a comma or bracket ends the phrase
      const word = w[1];
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
