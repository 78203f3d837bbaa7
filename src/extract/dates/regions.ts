// The stretches of a story that state facts: the headline, bullets, body paragraphs and
// captions (not the header line, dateline, slug or trailers). Shared by the date, quote,
// event and agreement stages.
import type { Story, Span } from '../../schema/story.js';

export interface TextRegion {
  kind: 'headline' | 'bullet' | 'body' | 'caption';
  span: Span;
}

export function storyRegions(story: Story): TextRegion[] {
  const out: TextRegion[] = [];
  if (story.header.headlineSpan) out.push({ kind: 'headline', span: story.header.headlineSpan });
  for (const p of story.bullets) out.push({ kind: 'bullet', span: p.span });
  for (const p of story.body) out.push({ kind: 'body', span: p.span });
  for (const c of story.captions) out.push({ kind: 'caption', span: c.span });
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // A region inside another (a caption kept inside a body paragraph) is read once: in
  // this order it lies inside the region reaching furthest so far.
  const kept: TextRegion[] = [];
  let reach = -1;
  for (const r of out) {
    if (r.span.end <= reach) continue;
    kept.push(r);
    reach = r.span.end;
  }
  return kept;
}

/** Items (sorted by span start) whose spans lie inside [from, to), by binary search. */
export function spansWithin<T extends { span: Span }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].span.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].span.start < to; i++) if (sorted[i].span.end <= to) out.push(sorted[i]);
  return out;
}
