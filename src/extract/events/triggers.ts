// Finds event triggers in a sentence and the people (or organizations) taking part:
//   `Wang Dexin, chairman of ..., held talks with Pak Myong Chol, ...`
//    ^subject                    ^trigger        ^object (first person after it)
import { EVENT_TRIGGERS, type EventTrigger } from '../../lexicon/event-triggers.js';
import { mentionsWithin, uniqueIds, type EntityMention } from '../quotes/entity-mentions.js';

export interface TriggerHit {
  trigger: EventTrigger;
  start: number;
  end: number;
  participants: string[];
  /** Start and end of the stretch from the first participant to the object. */
  spanStart: number;
  spanEnd: number;
}

/**
 * A word every match of a trigger holds, by trigger id (case-insensitive, like the triggers):
 * a sentence without it is not scanned with the trigger's pattern, a long alternation tried at
 * every word. Only where the word is much cheaper to find than the pattern and rare in prose.
 */
export const TRIGGER_CUES: Readonly<Record<string, RegExp>> = {
  // held talks | holds two rounds of negotiations | had consultations | have discussions
  'held-talks': /talks|negotiations|consultations|discussions/i,
  // met with | meets with | meeting separately with | met President X
  met: /met|meet/i,
  // paid a visit to | arrived in X for a visit | visited | visits | is visiting
  visit: /visit/i,
  // hosted | hosts | welcomed | received visiting
  host: /host|welcomed|visiting/i,
  // witnessed the signing | signing ceremony | signed | inked | sign a ...
  signing: /sign|inked/i,
  statement: /statement/i,
  // after the talks | during their meeting
  'talks-reference': /talks|meeting/i,
};

const COMPILED = EVENT_TRIGGERS.map((t) => ({ t, re: new RegExp(`\\b(?:${t.pattern})\\b`, 'gi'), cue: TRIGGER_CUES[t.id] }));
// Most sentences hold no trigger at all: one alternation of every trigger finds that in one scan,
// rather than a cue test per trigger and a scan per trigger whose cue is there. (Exact: a
// trigger's match is a match of its own alternative, with the same word bounds.)
const ANY_TRIGGER = new RegExp(`\\b(?:${EVENT_TRIGGERS.map((t) => `(?:${t.pattern})`).join('|')})\\b`, 'i');
// The subject clause starts after a reporting verb, `after which`, or a leading `After the talks,`.
const CLAUSE_OPENERS = /\b(?:said|says|told\s+[^,.]{0,60}?|noted|added|after\s+which|where|when|while)\s+(?:that\s+)?|^(?:after|during|before|following)\s+[^,]{0,40},\s*/gi;
const OBJECT_REACH = 160;

function clauseStart(text: string, from: number, at: number): number {
  let start = from;
  const slice = text.slice(Math.max(from, at - 400), at);
  const base = at - slice.length;
  CLAUSE_OPENERS.lastIndex = 0;
  for (let m = CLAUSE_OPENERS.exec(slice); m; m = CLAUSE_OPENERS.exec(slice)) {
    if (m[0] === '') CLAUSE_OPENERS.lastIndex++;
    start = base + m.index + m[0].length;
  }
  return start;
}

export function findTriggers(text: string, mentions: readonly EntityMention[], from: number, to: number): TriggerHit[] {
  const out: TriggerHit[] = [];
  const sentence = text.slice(from, to);
  if (!ANY_TRIGGER.test(sentence)) return out;
  for (const { t, re, cue } of COMPILED) {
    if (cue && !cue.test(sentence)) continue;
    re.lastIndex = 0;
    let count = 0;
    for (let m = re.exec(sentence); m && count < 10; m = re.exec(sentence), count++) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      // `The ministry said in a statement`: the speaker's own clause holds the verb
      const cStart = t.type === 'statement' ? from : clauseStart(text, from, start);
      const subject = mentionsWithin(mentions, cStart, start, ['person']);
      // no person: the organizations, else the countries, that act (`Egypt and Saudi Arabia signed`)
      const subjectOrgs = subject.length ? [] : mentionsWithin(mentions, cStart, start, ['organization']);
      if (!subject.length && !subjectOrgs.length) subjectOrgs.push(...mentionsWithin(mentions, cStart, start, ['location']).filter((m) => m.subkind === 'country'));
      // the other side: the first person right after `with` / the trigger, and one joined by `and`
      const after = mentionsWithin(mentions, end, Math.min(to, end + OBJECT_REACH), ['person']);
      const object = after.length && (t.type === 'talks' || t.type === 'meeting' || t.id === 'host') ? [after[0], ...(after[1] && /^\s+and\s+/.test(text.slice(after[0].end, after[1].start)) ? [after[1]] : [])] : [];
      const people = [...subject, ...object];
      const all = people.length ? people : subjectOrgs;
      out.push({
        trigger: t,
        start,
        end,
        participants: uniqueIds(all),
        spanStart: Math.min(start, ...all.map((p) => p.start)),
        spanEnd: Math.max(end, ...all.map((p) => p.end)),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
