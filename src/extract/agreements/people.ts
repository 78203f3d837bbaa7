// Who signed an agreement, who watched, and between whom, from the entity mentions of
// the sentence that reports it:
//   witnesses    `Wang and Pak witnessed the signing of ...`, `... in the presence of X`
//   signatories  `signed by X and Y`, `X and Y signed ...`
//   parties      `China and Kazakhstan signed ...`, `... between the governments of the DPRK and Laos`
import type { EntityMention } from '../quotes/entity-mentions.js';
import { mentionsWithin, uniqueIds } from '../quotes/entity-mentions.js';
import { lastWindowMemo } from '../../text/search.js';

export interface AgreementPeople {
  witnesses: string[];
  signatories: string[];
  parties: string[];
}

const WITNESS_VERB = /\bwitness(?:ed|es|ing)?\s+(?:the\s+)?signing\b|\battend(?:ed|s)?\s+(?:the\s+|a\s+)?signing\s+ceremony\b/i;
const WITNESS_AFTER = /\b(?:witnessed\s+by|in\s+the\s+presence\s+of|under\s+the\s+witness\s+of)\s/i;
// `signed by X`, `signed in Dhaka by X`, `inked on Wednesday by X`
const SIGNED_BY = /\b(?:signed|inked|initial(?:l)?ed)\s+(?:(?:in|on|at)\s+[^,.;]{1,40}?\s)?by\s/i;
const SIGN_VERB = /\b(?:signed|sign|signs|inked|inks)\b/i;
// The clause a subject sits in starts after a reporting verb or `after which`.
const CLAUSE_OPENERS = /\b(?:said|says|told\s+[^,.]{0,60}?|noted|added|stressed|after\s+which|where|when)\s+(?:that\s+)?/gi;
const CLAUSE_END = /[;]|\s(?:after|before|while|as|during|following)\s/i;

function clauseStart(text: string, from: number, verbAt: number): number {
  let start = from;
  const slice = text.slice(from, verbAt);
  CLAUSE_OPENERS.lastIndex = 0;
  for (let m = CLAUSE_OPENERS.exec(slice); m; m = CLAUSE_OPENERS.exec(slice)) start = from + m.index + m[0].length;
  return start;
}

function clauseEnd(text: string, from: number, to: number): number {
  const m = CLAUSE_END.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

const isParty = (m: EntityMention): boolean => m.kind === 'organization' || (m.kind === 'location' && (m.subkind === 'country' || m.subkind === 'region' || m.subkind === null));

/** What the sentence window [from, to) says of every agreement in it, whatever its noun. */
interface WindowPeople {
  witnesses: string[];
  /** `signed by X`: X (null when the window has no `signed by`). */
  signedBy: string[] | null;
  /** `X and Y signed ...` (when neither `signed by` nor a witnessing verb): where the verb starts, and its subject. */
  signer: { at: number; signatories: string[]; parties: string[] } | null;
}

function windowPeople(text: string, mentions: readonly EntityMention[], from: number, to: number): WindowPeople {
  const sentence = text.slice(from, to);
  let witnesses: string[] = [];
  const w = WITNESS_VERB.exec(sentence);
  if (w) {
    const start = clauseStart(text, from, from + w.index);
    witnesses = uniqueIds(mentionsWithin(mentions, start, from + w.index, ['person']));
  }
  const wa = WITNESS_AFTER.exec(sentence);
  if (wa) {
    const a = from + wa.index + wa[0].length;
    witnesses.push(...uniqueIds(mentionsWithin(mentions, a, clauseEnd(text, a, to), ['person'])).filter((id) => !witnesses.includes(id)));
  }
  let signedBy: string[] | null = null;
  const by = SIGNED_BY.exec(sentence);
  if (by) {
    const a = from + by.index + by[0].length;
    signedBy = uniqueIds(mentionsWithin(mentions, a, clauseEnd(text, a, to), ['person']));
  }
  let signer: WindowPeople['signer'] = null;
  const sign = by || w ? null : SIGN_VERB.exec(sentence);
  if (sign) {
    const at = from + sign.index;
    const subject = mentionsWithin(mentions, clauseStart(text, from, at), at);
    signer = { at, signatories: uniqueIds(subject.filter((m) => m.kind === 'person')), parties: uniqueIds(subject.filter(isParty)) };
  }
  return { witnesses, signedBy, signer };
}

export type AgreementPeopleReader = (from: number, to: number, headStart: number, scopeEnd: number) => AgreementPeople;

/**
 * People and parties of the agreement reported in sentence window [from, to) whose noun phrase
 * starts at `headStart`. The window's own part (its witnessing and signing verbs, read with four
 * regexes) is kept for the next call: the agreements of one sentence mostly share their window.
 */
export function agreementPeopleReader(text: string, mentions: readonly EntityMention[]): AgreementPeopleReader {
  const windowOf = lastWindowMemo((from, to) => windowPeople(text, mentions, from, to));
  return (from, to, headStart, scopeEnd) => {
    const window = windowOf(from, to);
    const signer = window.signer && window.signer.at < headStart ? window.signer : null;
    // (fresh arrays: an agreement's lists are its own)
    const out: AgreementPeople = {
      witnesses: [...window.witnesses],
      signatories: [...(signer ? signer.signatories : window.signedBy ?? [])],
      parties: signer ? [...signer.parties] : [],
    };
    // `between the governments of the DPRK and Laos`
    const between = /\bbetween\s/i.exec(text.slice(headStart, scopeEnd));
    if (between) {
      const a = headStart + between.index;
      const found = mentionsWithin(mentions, a, clauseEnd(text, a + between[0].length, scopeEnd)).filter(isParty);
      for (const id of uniqueIds(found)) if (!out.parties.includes(id)) out.parties.push(id);
    }
    return out;
  };
}
