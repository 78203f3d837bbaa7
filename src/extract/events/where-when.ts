// Where and when a sentence says something happened: a place after `in` / `at`, else
// `here` / the dateline city; the sentence's own date, else the dateline's (or header's).
// Shared by the event and agreement stages.
import type { Context } from '../../context.js';
import type { DateMention } from '../../schema/story.js';
import { spansWithin } from '../dates/regions.js';
import { referenceDay } from '../dates/reference.js';
import { isBackgroundDate } from '../agreements/status.js';
import type { DayRef } from '../dates/calendar.js';
import { mentionsWithin, type EntityMention } from '../quotes/entity-mentions.js';
import { lastWindowMemo } from '../../text/search.js';

function placeInSentence(ctx: Context, mentions: readonly EntityMention[], from: number, to: number): string | null {
  for (const m of mentionsWithin(mentions, from, to, ['location'])) {
    if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(from, m.start - 12), m.start))) return m.name;
  }
  return ctx.story.dateline?.location ?? null;
}

function dateInSentence(ctx: Context, ref: DayRef | null, dates: readonly DateMention[], from: number, to: number): string | null {
  const own = spansWithin(dates, from, to).find((d) => d.value && !isBackgroundDate(d, ref));
  return own?.value ?? ctx.story.dateline?.date ?? ctx.story.header.date ?? null;
}

export interface SentenceSetting {
  date(from: number, to: number): string | null;
  place(from: number, to: number): string | null;
}

/**
 * The date and place a sentence window states, over one story's dates (sorted by start) and
 * mentions, each remembering the window it last read: every event or agreement of a sentence
 * asks about the same window, and most sentences hold several.
 */
export function sentenceSetting(ctx: Context, dates: readonly DateMention[], mentions: readonly EntityMention[]): SentenceSetting {
  const ref = referenceDay(ctx);
  return {
    date: lastWindowMemo((from, to) => dateInSentence(ctx, ref, dates, from, to)),
    place: lastWindowMemo((from, to) => placeInSentence(ctx, mentions, from, to)),
  };
}
