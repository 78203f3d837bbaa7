// Stage 2: every date the story states in its headline, body and captions, each resolved
// against the story's date (see reference.ts) into an ISO day, month or year.
import type { Context, Stage } from '../../context.js';
import type { DateMention, Span } from '../../schema/story.js';
import { overlaps } from '../../text/span.js';
import { DATE_RULES } from './configuration.js';
import { storyRegions } from './regions.js';
import { referenceDay } from './reference.js';
import { clauseDirection } from './tense.js';
import type { DayRef } from './calendar.js';
import type { DateRule } from './rule.js';

interface Candidate extends DateMention {
  order: number;
}

/** All dates in text[start, end), in input offsets, overlaps resolved. */
export function findDates(text: string, region: Span, ref: DayRef | null, rules: readonly DateRule[] = DATE_RULES): DateMention[] {
  const slice = text.slice(region.start, region.end);
  const input = { text: slice, ref, direction: (s: number, e: number) => clauseDirection(slice, s, e) };
  const found: Candidate[] = [];
  rules.forEach((rule, order) => {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g');
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0] === '') re.lastIndex++;
      const hit = rule.extract(m, input);
      if (!hit || hit.end <= hit.start) continue;
      const span = { start: region.start + hit.start, end: region.start + hit.end };
      found.push({ text: text.slice(span.start, span.end), value: hit.value, span, rule: rule.id, order });
    }
  });
  // Longest first, then rule order; keep what does not overlap something kept.
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order || a.span.start - b.span.start);
  const kept: Candidate[] = [];
  for (const c of found) if (!kept.some((k) => overlaps(k.span, c.span))) kept.push(c);
  return kept.sort((a, b) => a.span.start - b.span.start).map(({ order: _order, ...d }) => d);
}

export const datesStage: Stage = {
  name: 'dates',
  run(ctx: Context) {
    const ref = referenceDay(ctx);
    const dateline = ctx.story.dateline?.span;
    for (const region of storyRegions(ctx.story)) {
      for (const d of findDates(ctx.text, region.span, ref)) {
        if (dateline && overlaps(dateline, d.span)) continue;
        ctx.story.dates.push(d);
      }
    }
  },
};
