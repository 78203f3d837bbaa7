// The nouns that name an agreement, as wire copy writes them, and the kind each one is
// reported as. Longest spellings first so `memorandum of understanding` wins over
// `memorandum`. Data only.

export interface AgreementNoun {
  /** Regex source for the noun, singular and plural. */
  pattern: string;
  kind: string;
  /** Too common in other senses (`court documents`) to count without a signing. */
  needsSigning?: boolean;
  /** Also a verb (`plan to build`): a noun only after a determiner or a modifier (`a plan`, `the exchange plan`). */
  nounOnly?: boolean;
}

export const AGREEMENT_NOUNS: readonly AgreementNoun[] = [
  { pattern: 'memorand(?:um|a|ums) of understanding', kind: 'memorandum of understanding' },
  { pattern: 'MOUs?|MoUs?', kind: 'memorandum of understanding' },
  { pattern: 'letters? of intent', kind: 'letter of intent' },
  { pattern: 'cooperation documents?', kind: 'cooperation documents' },
  { pattern: 'agreements?', kind: 'agreement' },
  { pattern: 'treat(?:y|ies)', kind: 'treaty' },
  { pattern: 'accords?', kind: 'accord' },
  { pattern: 'protocols?', kind: 'protocol' },
  { pattern: 'contracts?', kind: 'contract' },
  { pattern: 'deals?', kind: 'deal' },
  { pattern: 'pacts?', kind: 'pact' },
  { pattern: 'memorand(?:um|a|ums)', kind: 'memorandum' },
  { pattern: 'conventions?', kind: 'convention', needsSigning: true },
  { pattern: 'documents?', kind: 'documents', needsSigning: true },
  { pattern: 'declarations?', kind: 'declaration', needsSigning: true },
  { pattern: 'deeds?', kind: 'deed', needsSigning: true },
  // `Also signed there was a plan for the exchange of teachers and students`
  { pattern: 'plans?', kind: 'plan', needsSigning: true, nounOnly: true },
];

/** Words before `deal` that make it no agreement: `a great deal of`, `to deal with`. */
export const NOT_AGREEMENT_BEFORE = ['great', 'good', 'to', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'cannot'];
