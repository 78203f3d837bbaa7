// Words around an agreement that say what happened to it. The marker nearest the noun
// decides (`discussed a draft agreement ... hope to conclude` is negotiating, from
// `draft`). Patterns are regex sources matched as whole words, case-insensitive.
import type { Agreement } from '../schema/story.js';

export interface StatusMarker {
  pattern: string;
  status: Agreement['status'];
}

/** Modifiers inside the noun phrase: `a draft agreement`, `a possible deal`. */
export const STATUS_MODIFIERS: readonly StatusMarker[] = [
  { pattern: 'draft|proposed|possible|potential|planned|prospective|future|envisaged|long-awaited|mooted', status: 'proposed' },
  { pattern: 'signed', status: 'signed' },
  { pattern: 'initialed|initialled', status: 'initialed' },
  { pattern: 'ratified', status: 'ratified' },
  // an agreement of the past that the story only refers to: `under an earlier deal`, `the previous accord`
  { pattern: 'earlier|previous|prior|former|old|existing|original|expired|expiring|current|defunct', status: 'mentioned' },
];

/** Verbs and phrases before the noun, nearest first wins: `signed an extradition treaty`. */
export const STATUS_BEFORE: readonly StatusMarker[] = [
  { pattern: 'negotiat(?:e|es|ed|ing|ions?)|talks (?:on|over|about)|discuss(?:es|ed|ing)?|work(?:s|ed|ing)? (?:on|toward|towards)|push(?:es|ed|ing)? for|seek(?:s|ing)?|sought|hammer(?:ing)? out|pursu(?:e|es|ed|ing)|aim(?:s|ed|ing)? (?:at|for|to)', status: 'negotiating' },
  { pattern: 'propos(?:e|es|ed|ing|al)|offer(?:s|ed)?|call(?:s|ed|ing)? for|suggest(?:s|ed)?|consider(?:s|ed|ing)?|(?:will|would|to|could|may|plan to|plans to|expected to|ready to|hope to|set to) (?:sign|conclude|reach|ink|seal)', status: 'proposed' },
  { pattern: 'initial(?:l)?ed', status: 'initialed' },
  { pattern: 'ratif(?:y|ies|ied|ying)', status: 'ratified' },
  // `has entered into an exclusive license agreement with X` (not `entered into force`)
  { pattern: 'enter(?:s|ed|ing)? into(?! force| effect)', status: 'signed' },
  { pattern: 'sign(?:s|ed|ing)?|inked|inks|ink|seal(?:s|ed)?|witness(?:es|ed)? the signing of|signing ceremony (?:of|for)|exchanged|exchange', status: 'signed' },
  { pattern: 'reach(?:es|ed)?|str(?:uck|ike|ikes)|clinch(?:es|ed)?|agreed(?: on| to)?|hammered out|forged|brokered|finali[sz]ed', status: 'reached' },
  { pattern: 'conclud(?:e|es|ed)', status: 'concluded' },
];

/** Passives after the noun: `An agreement ... was signed in Pyongyang`. */
export const STATUS_AFTER: readonly StatusMarker[] = [
  { pattern: '(?:was|were|has been|have been|had been|being) (?:signed|inked|sealed)', status: 'signed' },
  { pattern: '(?:was|were|has been|have been|had been) (?:reached|struck|clinched|agreed)', status: 'reached' },
  { pattern: '(?:was|were|has been|have been|had been) concluded', status: 'concluded' },
  { pattern: '(?:was|were|has been|have been|had been) ratified', status: 'ratified' },
  { pattern: '(?:will|would|is to|are to|could|may) be (?:signed|inked|concluded|reached)', status: 'proposed' },
];
