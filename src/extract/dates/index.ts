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
  // cues already tested on this region, with their answers (a few, shared by several rules)
  const tested: RegExp[] = [];
  const answers: boolean[] = [];
  // (plain loops, no closures: most stories are read before the JIT has optimised this)
  for (let order = 0; order < rules.length; order++) {
    const rule = rules[order];
    // a region without what every match of the rule holds is not scanned
    const cues = rule.cues;
    let scan = true;
    for (let c = 0; cues && scan && c < cues.length; c++) {
      let k = tested.indexOf(cues[c]);
      if (k < 0) {
        k = tested.length;
        tested.push(cues[c]);
        answers.push(cues[c].test(slice));
      }
      scan = answers[k];
    }
    if (!scan) continue;
    const re = rule.pattern.global ? rule.pattern : new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0] === '') re.lastIndex++;
      const hit = rule.extract(m, input);
      if (!hit || hit.end <= hit.start) continue;
      const span = { start: region.start + hit.start, end: region.start + hit.end };
      found.push({ text: text.slice(span.start, span.end), value: hit.value, span, rule: rule.id, order });
    }
  }
  if (found.length === 0) return [];
  // In text order; of two that overlap the longer wins, then the earlier rule. Kept
  // candidates never overlap, so a new one can only overlap the last kept.
  const better = (a: Candidate, b: Candidate): boolean =>
    a.span.end - a.span.start > b.span.end - b.span.start || (a.span.end - a.span.start === b.span.end - b.span.start && a.order < b.order);
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && overlaps(last.span, c.span)) {
      if (better(c, last)) kept[kept.length - 1] = c;
    } else kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start).map(({ order: _order, ...d }) => d);
}

export const datesStage: Stage = {
  name: 'dates',
  run(ctx: Context) {
    const ref = referenceDay(ctx);
    const dateline = ctx.story.dateline?.span;
    const regions = storyRegions(ctx.story);
    for (let r = 0; r < regions.length; r++) {
      const dates = findDates(ctx.text, regions[r].span, ref);
      for (let i = 0; i < dates.length; i++) {
        if (dateline && overlaps(dateline, dates[i].span)) continue;
        ctx.story.dates.push(dates[i]);
      }
    }
  },
};
