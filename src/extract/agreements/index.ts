// Stage 6: each agreement, treaty, memorandum, accord, protocol, contract, deal or set of
// cooperation documents the story reports, with what became of it, its subjects (only
// for agreements signed or reached in the story), its signatories, witnesses and parties.
import type { Context, Stage } from '../../context.js';
import type { Agreement, DateMention, Span } from '../../schema/story.js';
import { storySentences } from '../../text/story-sentences.js';
import { spansWithin, storyRegions } from '../dates/regions.js';
import { referenceDay } from '../dates/reference.js';
import { parseIso, type DayRef } from '../dates/calendar.js';
import { storyActorMentions } from '../quotes/entity-mentions.js';
import { findHeads } from './heads.js';
import { mergeAgreements, type AgreementCandidate } from './merge.js';
import { agreementPeopleReader } from './people.js';
import { agreementStatus, hasYearModifier, isActual, isBackgroundDate } from './status.js';
import { agreementTopics, modifierTopic, sharedOutTopics } from './topics.js';
import { sentenceSetting } from '../events/where-when.js';

// A sentence is read at most this far either side of an agreement noun, so that a
// pathological sentence costs linear time (a real subject clause is far shorter).
const REACH = 800;
/** More agreement nouns than this in one sentence is no prose. */
const MAX_HEADS = 40;
/** A story reports a handful of agreements; past this many mentions the rest is not read. */
const MAX_CANDIDATES = 300;
const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that', 'both', 'its', 'their']);
// `..., and an agreement for ...`: the words that join one agreement to the next, read back
// from the next one's start (see joinerLength)
const JOINER_SPACE = /[\s,;]/;
const JOINER_WORD = /(?:^|\W)(?:and|or|as well as|plus)$/i;
const LONGEST_JOINER_WORD = 'as well as'.length;

/**
 * Length of the joiner that ends text[from, to) (0 when none): spaces, commas and semicolons,
 * with at most one `and`, `or`, `as well as` or `plus` among them. What the regex
 * `[\s,;]*(?:\b(?:and|or|as well as|plus)\b)?[\s,;]*$` would match, found by reading back from
 * `to` rather than by trying the regex at every position of a long scope.
 */
function joinerLength(text: string, from: number, to: number): number {
  const spaceRun = (end: number): number => {
    let i = end;
    while (i > from && JOINER_SPACE.test(text[i - 1])) i--;
    return i;
  };
  let start = spaceRun(to);
  // the word stands alone (`for` is no `or`): a character that is no letter, digit or `_`
  // before it, or the start of the scope (the window reaches back one character more than
  // the longest word, so `^` matches only there)
  const word = JOINER_WORD.exec(text.slice(Math.max(from, start - LONGEST_JOINER_WORD - 1), start));
  if (word) start = spaceRun(start - word[0].length + (/^\W/.test(word[0]) ? 1 : 0));
  return to - start;
}
// `signed an agreement on A, a protocol on B and a memorandum on C`: a noun joined to the one
// before by a comma or `and` shares its verb, unless a clause of its own stands between
const COORDINATED = /(?:,|\band|\bas well as|\bplus)[ \t\r\n]*$/i;
// `In 2019, Russia and India signed ...`, `On March 3, the two ...`: a date before the subject dates the signing
const SENTENCE_OPENING_DATE = /^[ \t\r\n]*(?:(?:back )?in|on|by)[ \t\r\n]+[^,;.]{1,30},/i;
const OWN_CLAUSE = /;|\b(?:which|who|that|while|whereas|but|although|after|before|when|said|says)\b/i;

/**
 * The day signings are measured against: the story's own date, else (a story without a
 * dated dateline or header) the latest full day it names, as a caption's `March 12, 2021`.
 */
function signingReference(ctx: Context, dates: readonly DateMention[]): DayRef | null {
  const own = referenceDay(ctx);
  if (own) return own;
  const days = dates.map((d) => d.value).filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v)).sort();
  return days.length ? parseIso(days[days.length - 1]) : null;
}

export function extractAgreements(ctx: Context): Agreement[] {
  const { text, story } = ctx;
  const mentions = storyActorMentions(ctx);
  const dates = [...story.dates].sort((a, b) => a.span.start - b.span.start);
  const ref = signingReference(ctx, dates);
  const regions = storyRegions(story);
  // the headline restates the lead: read it last so it folds into what the body says,
  // and captions after the body: a caption restates a signing the body reports
  const late = (k: string): number => (k === 'headline' ? 2 : k === 'caption' ? 1 : 0);
  regions.sort((a, b) => late(a.kind) - late(b.kind) || a.span.start - b.span.start);
  const setting = sentenceSetting(ctx, dates, mentions);
  const agreementPeople = agreementPeopleReader(text, mentions);
  const candidates: AgreementCandidate[] = [];
  for (const region of regions) {
    for (const s of storySentences(ctx, region.span.start, region.span.end)) {
      const nouns = findHeads(text, s.start, s.end);
      // `One provides for A, the other for B.` after `signed two agreements`: their contents
      const last = candidates.length ? candidates[candidates.length - 1].agreement : null;
      const shared = !nouns.length && last && isActual(last.status) ? sharedOutTopics(text, s.start, s.end, () => spansWithin(dates, s.start, s.end).filter((d) => d.rule !== 'bare-year').map((d) => d.span)) : [];
      if (shared.length && last) {
        candidates.push({ region: region.kind, definite: true, inherits: true, agreement: { ...last, topics: shared, parties: [], signatories: [], witnesses: [], rule: 'agreement-with-topics' } });
        continue;
      }
      // (most sentences name no agreement: nothing more to read in them)
      if (nouns.length === 0 || nouns.length > MAX_HEADS || candidates.length > MAX_CANDIDATES) continue;
      // a noun that counts only when signed (`plan`, `documents`) and is not, bounds no other's subjects:
      // `covering A, B and a women's football development program`
      // (but `The document envisages A, B and C` after a signing refers back to it: a definite subject opening the sentence)
      const referenceBack = (h: (typeof nouns)[number]): boolean =>
        h.determiner !== null && DEFINITE.has(h.determiner) && /^[ \t\r\n]*$/.test(text.slice(s.start, h.start)) && candidates.some((c) => isActual(c.agreement.status));
      const heads = nouns.filter((h) => !h.needsSigning || referenceBack(h) || isActual(agreementStatus(text, h, Math.max(s.start, h.start - REACH), s.end, s.end).status ?? 'mentioned'));
      if (heads.length === 0) continue;
      let previous: { head: (typeof heads)[number]; status: Agreement['status'] } | null = null;
      // dates end a subject phrase (`... in 2000`), but not a year inside one (`by fiscal 2025`)
      const sentenceDates: Span[] = spansWithin(dates, s.start, s.end).filter((d) => d.rule !== 'bare-year').map((d) => d.span);
      heads.forEach((head, i) => {
        const next = heads[i + 1];
        let scopeEnd = next ? next.start : s.end;
        if (next) scopeEnd -= joinerLength(text, head.nounEnd, scopeEnd);
        const from = Math.max(s.start, head.start - REACH);
        const to = Math.min(s.end, scopeEnd + REACH);
        const found = agreementStatus(text, head, from, scopeEnd, to);
        // `signed an agreement on A, a protocol on B and a memorandum on C`: no verb of its own, the one before's
        if (previous && isActual(previous.status) && (found.status === null || found.markerStart < previous.head.nounEnd)) {
          const between = text.slice(previous.head.nounEnd, head.start);
          if (COORDINATED.test(between) && !OWN_CLAUSE.test(between)) {
            found.status = previous.status;
            found.markerStart = head.start;
          }
        }
        const definite = head.determiner !== null && DEFINITE.has(head.determiner);
        const inherits = definite && found.status === null;
        // `no agreement has been reached`
        let status = head.determiner === 'no' ? 'mentioned' : found.status ?? 'mentioned';
        if (head.needsSigning && !isActual(status) && !(inherits && referenceBack(head))) return;
        if (isActual(status)) {
          // (and a date that opens the sentence: `In 2019, Russia and India signed a memorandum on ...`)
          const opening = SENTENCE_OPENING_DATE.test(text.slice(s.start, Math.min(found.markerStart, head.start))) ? s.start : Infinity;
          const dated = spansWithin(dates, Math.min(found.markerStart, head.start, opening), scopeEnd);
          if (hasYearModifier(head) || dated.some((d) => isBackgroundDate(d, ref, text))) status = 'mentioned';
        }
        previous = { head, status };
        const actual = isActual(status);
        const topics = actual || inherits ? agreementTopics(text, head, scopeEnd, sentenceDates) : [];
        // `Under the refinery deal, ...`: a reference back's kind is a label, kept apart
        const mod = definite && topics.length ? modifierTopic(text, head) : null;
        const label = mod && topics[0].span.start === mod.span.start && topics[0].span.end === mod.span.end ? topics.shift() : undefined;
        const end = Math.max(head.nounEnd, ...topics.map((t) => t.span.end));
        const people = agreementPeople(from, to, head.start, scopeEnd);
        candidates.push({
          region: region.kind,
          definite,
          inherits,
          label,
          agreement: {
            id: '',
            kind: head.kind,
            status,
            text: text.slice(head.start, end),
            span: { start: head.start, end },
            topics,
            parties: people.parties,
            signatories: people.signatories,
            witnesses: people.witnesses,
            date: actual ? setting.date(from, to) : null,
            location: actual ? setting.place(from, to) : null,
            rule: topics.length ? 'agreement-with-topics' : `agreement-${status}`,
          },
        });
      });
    }
  }
  return mergeAgreements(candidates);
}

export const agreementsStage: Stage = {
  name: 'agreements',
  run(ctx) {
    ctx.story.agreements.push(...extractAgreements(ctx));
  },
};
