// The entities stage: people, organizations and places, with every mention.
//
//   1. the parts of the story that hold names (headline, body, captions, bylines, trailers)
//   2. sentences -> capitalised runs cut into candidates        (candidates.ts)
//   3. each candidate classified by data, then context          (classify.ts)
//   4. one record per entity, short mentions to their owners    (resolve.ts)
//   5. the dateline city, and roles from bylines, credits and trailers (roles.ts)
import type { Stage, Context } from '../../context.js';
import type { Span } from '../../schema/story.js';
import { storySentences } from '../../text/story-sentences.js';
import { findCandidates } from './candidates.js';
import { classify } from './classify.js';
import { resolve, type Found } from './resolve.js';
import { addDateline, addRoles } from './roles.js';
import { isSportsStory, sportsMentions, sportPrefix } from './sports.js';
import { datelineLine } from './dateline.js';

/** The stretches of input to read names in, merged and in order. */
export function nameRegions(ctx: Context): Span[] {
  const s = ctx.story;
  const spans: Span[] = [];
  if (s.header.headlineSpan) spans.push(s.header.headlineSpan);
  for (const p of [...s.body, ...s.bullets, ...s.captions, ...s.trailers]) spans.push(p.span);
  for (const b of s.header.bylines) spans.push(b.span);
  if (!spans.length) return ctx.text.trim() ? [{ start: 0, end: ctx.text.length }] : [];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ ...sp });
  }
  return merged;
}

export const entitiesStage: Stage = {
  name: 'entities',
  run(ctx) {
    const found: Found[] = [];
    // split through the story's cache: the quote, event and agreement stages read the same paragraphs
    const sentences = nameRegions(ctx).flatMap((region) => storySentences(ctx, region.start, region.end));
    const hl = ctx.story.header.headlineSpan;
    // `SOCCER - SYRIA HOLD KUWAIT`: the sport prefix names nothing
    const prefix = sportPrefix(ctx.text, hl?.start ?? 0) ?? sportPrefix(ctx.text);
    const sports = isSportsStory(ctx.text, sentences);
    // (indexed loops: the first stories of a process run this before the JIT has optimised it,
    // where an array iterator costs several calls a step)
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s];
      const inHeadline = !!hl && sentence.start >= hl.start && sentence.end <= hl.end;
      const candidates = findCandidates(ctx.text, sentence.tokens, inHeadline);
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i];
        if (prefix && c.start < prefix.end && c.end > prefix.start) continue;
        const k = classify(c);
        if (k) found.push({ c, k });
        // `West Ham 0`: in sports copy a name no rule types may still be a club beside a score (sports.ts decides)
        else if (sports && !c.caps) found.push({ c, k: { type: 'short', rule: 'unclassified' } });
      }
    }
    // countries stay places even when they play (issue 3); cities and clubs that play are organizations
    if (sports) sportsMentions(ctx.text, sentences, found);
    const records = resolve(found);
    addDateline(ctx, records, prefix);
    datelineLine(ctx.text, records);
    addRoles(ctx, records);
    ctx.story.people = records.people;
    ctx.story.organizations = records.organizations;
    ctx.story.locations = records.locations;
  },
};
