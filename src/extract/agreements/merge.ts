// One agreement per signing: the same signing stated in the lead, a caption and the
// headline, or referred back to (`The agreement was inked by ...`), is one record.
import type { Agreement, TextSpan } from '../../schema/story.js';
import { isActual } from './status.js';
import { topicKey } from './topics.js';

export interface AgreementCandidate {
  agreement: Agreement;
  region: 'headline' | 'bullet' | 'body' | 'caption';
  /** `the agreement`, `the two treaties`, `these documents`: refers back. */
  definite: boolean;
  /** A reference back with no status of its own (`The agreement also covers A`): takes the status of what it refers to. */
  inherits: boolean;
  /**
   * A back-reference's kind (`Under the refinery deal, ...`, `the power deal would help`): a
   * label of an agreement already told, a subject only when that one has none.
   */
  label?: TextSpan;
}

// A story's topics are compared pairwise, each many times: their words are read once per
// story (the cache is emptied by every mergeAgreements call; the sets are never changed).
const TOKENS = new Map<string, ReadonlySet<string>>();
function tokens(s: string): ReadonlySet<string> {
  let found = TOKENS.get(s);
  if (!found) {
    found = new Set(topicKey(s).split(/[^a-z0-9]+/).filter((t) => t.length > 2));
    TOKENS.set(s, found);
  }
  return found;
}
function sameTopic(a: string, b: string): boolean {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return topicKey(a) === topicKey(b);
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return (2 * inter) / (A.size + B.size) >= 0.8;
}

/** `the pipeline deal` after `an agreement on a natural gas pipeline from A to B`: every word of `b` is in `a`. */
function restates(a: string, b: string): boolean {
  const A = tokens(a);
  const B = tokens(b);
  if (!B.size) return false;
  for (const t of B) if (!A.has(t)) return false;
  return true;
}

function absorb(into: Agreement, from: Agreement, withTopics: boolean): void {
  const add = (list: string[], ids: string[]): void => {
    for (const id of ids) if (!list.includes(id)) list.push(id);
  };
  add(into.parties, from.parties);
  add(into.signatories, from.signatories);
  add(into.witnesses, from.witnesses);
  into.date ??= from.date;
  into.location ??= from.location;
  if (withTopics) for (const t of from.topics) if (!into.topics.some((x: TextSpan) => sameTopic(x.text, t.text) || restates(x.text, t.text))) into.topics.push(t);
}

/** Folds candidates (in the order the story states them, headline last) into agreements. */
export function mergeAgreements(candidates: readonly AgreementCandidate[]): Agreement[] {
  TOKENS.clear();
  const kept: Agreement[] = [];
  for (const c of candidates) {
    const a = c.agreement;
    const actual = isActual(a.status);
    const actualKept = kept.filter((k) => isActual(k.status));
    let target: Agreement | undefined;
    // whether a merged statement may add subjects: not a headline's or caption's shorthand
    let withTopics = true;
    if (c.inherits && kept.length) {
      target = kept[kept.length - 1];
      withTopics = isActual(target.status);
    } else if (actual && a.topics.length) {
      // the same subjects again: at least half of them already known
      target = actualKept.find((k) => a.topics.filter((t) => k.topics.some((x) => sameTopic(x.text, t.text))).length * 2 >= a.topics.length);
      if (!target && (c.region === 'headline' || c.region === 'caption') && actualKept.length) {
        target = actualKept[0];
        // a headline's or caption's shorthand subjects only stand in when the body gave none
        // (for any signing: `signed a dozen agreements, including deals on A, B and C`)
        withTopics = actualKept.every((k) => k.topics.length === 0);
      } else if (target && c.region === 'headline') withTopics = false;
    } else if (actual) {
      // a signing restated without subjects: a caption, the headline, `the documents were signed`
      target = c.definite || c.region !== 'body' ? actualKept[actualKept.length - 1] : actualKept.find((k) => k.kind === a.kind) ?? actualKept[actualKept.length - 1];
      if (target && c.region === 'body' && !c.definite && target.date && a.date && target.date !== a.date) target = undefined;
    } else if (c.definite && kept.length) {
      // `the agreement would contribute to ...`: no new agreement
      target = kept[kept.length - 1];
    }
    if (target && c.label && withTopics && target.topics.length === 0) target.topics.push(c.label);
    if (target) absorb(target, a, withTopics);
    else if (c.label && actual) a.topics.unshift(c.label);
    else kept.push({ ...a, topics: actual ? [...a.topics] : [] });
  }
  return kept.map((a, i) => ({ ...a, id: `a${i + 1}` }));
}
