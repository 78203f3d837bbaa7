// Reporting verbs that introduce speech, and the words that may stand between a speaker
// and the verb (`Hu has repeatedly said`). Data only.

export const CUE_VERBS = [
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'stressed', 'stresses', 'added', 'adds', 'urged', 'urges',
  'warned', 'warns', 'announced', 'announces', 'stated', 'states', 'declared', 'declares', 'emphasized', 'emphasised',
  'emphasizes', 'emphasises', 'pointed out', 'points out', 'explained', 'explains', 'insisted', 'insists',
  'reiterated', 'reiterates', 'asserted', 'acknowledged', 'admitted', 'claimed', 'claims', 'argued', 'argues',
  'remarked', 'wrote', 'writes', 'recalled', 'observed', 'affirmed', 'underlined', 'underscored', 'highlighted',
  'vowed', 'pledged', 'replied', 'responded', 'confirmed', 'denied', 'predicted', 'suggested', 'agreed',
];

/** Words allowed between a speaker and the verb: `Wang also said`, `Hu has repeatedly said`. */
export const CUE_ADVERBS = ['also', 'has', 'had', 'have', 'repeatedly', 'again', 'further', 'later', 'then', 'once', 'previously', 'earlier', 'recently', 'publicly', 'already', 'often', 'then', 'has also', 'had also', 'once again'];

/** Subjects that are no one in particular: a speaker of `they said` stays null. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'group'], ['we', 'group'], ['i', 'group'], ['it', 'group'],
]);

/** Quote marks as wire copy writes them: opening -> closing. */
export const QUOTE_PAIRS: readonly [string, string][] = [
  ['\u201c', '\u201d'],
  ['``', "''"],
  ['"', '"'],
];
