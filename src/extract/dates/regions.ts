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
  // (indexed loops: the four stages that call this run before the JIT has optimised it in most stories)
  for (let i = 0; i < story.bullets.length; i++) out.push({ kind: 'bullet', span: story.bullets[i].span });
  for (let i = 0; i < story.body.length; i++) out.push({ kind: 'body', span: story.body[i].span });
  for (let i = 0; i < story.captions.length; i++) out.push({ kind: 'caption', span: story.captions[i].span });
  if (!inOrder(out)) out.sort(byStart);
  // A region inside another (a caption kept inside a body paragraph) is read once: in
  // this order it lies inside the region reaching furthest so far.
  const kept: TextRegion[] = [];
  let reach = -1;
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r.span.end <= reach) continue;
    kept.push(r);
    reach = r.span.end;
  }
  return kept;
}

const byStart = (a: TextRegion, b: TextRegion): number => a.span.start - b.span.start || b.span.end - a.span.end;

/** Whether the regions are already sorted as byStart sorts them (most stories: a stable sort would leave them as they are). */
function inOrder(regions: readonly TextRegion[]): boolean {
  for (let i = 1; i < regions.length; i++) {
    const a = regions[i - 1].span;
    const b = regions[i].span;
    // (byStart(a, b) > 0, written out)
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
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
