// Where and when a sentence says something happened: a place after `in` / `at`, else
// `here` / the dateline city; the sentence's own date, else the dateline's (or header's).
// Shared by the event and agreement stages.
import type { Context } from '../../context.js';
import type { DateMention } from '../../schema/story.js';
import { spansWithin } from '../dates/regions.js';
import { referenceDay } from '../dates/reference.js';
import { isBackgroundDate } from '../agreements/status.js';
import { mentionsWithin, type EntityMention } from '../quotes/entity-mentions.js';

export function placeInSentence(ctx: Context, mentions: readonly EntityMention[], from: number, to: number): string | null {
  for (const m of mentionsWithin(mentions, from, to, ['location'])) {
    if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(from, m.start - 12), m.start))) return m.name;
  }
  return ctx.story.dateline?.location ?? null;
}

/** `dates` sorted by start. */
export function dateInSentence(ctx: Context, dates: readonly DateMention[], from: number, to: number): string | null {
  const ref = referenceDay(ctx);
  const own = spansWithin(dates, from, to).find((d) => d.value && !isBackgroundDate(d, ref));
  return own?.value ?? ctx.story.dateline?.date ?? ctx.story.header.date ?? null;
}
