// The body: every paragraph left between the header and the trailers, the dateline's
// paragraph first (a dateline that opens a paragraph stays in it). Captions after the body
// (`... (Xinhua/Liu Fang)`) and bylines standing as paragraphs (`By Jane Doe`) are taken out.
import type { SegState } from './model.js';
import { region } from './model.js';
import { bylineRule, affiliationRule } from './byline.js';
import { captionOf } from './caption.js';
import { paragraphs, splitJoined } from './paragraphs.js';

export function bodyRule(st: SegState, from: number): void {
  const story = st.ctx.story;
  // up to the story's end: captions may stand among or after the trailers
  const paras = paragraphs(st, from, st.end).flatMap((p) => splitJoined(st.text, p));
  let lastBodyLine = -2;
  for (const p of paras) {
    const cap = captionOf(st.text, p.start, p.end);
    if (cap) {
      // a credit alone under its caption text: "Caption text.\n(Xinhua/Liu Fang)"
      if (cap.credit && cap.credit.span.start === p.start && lastBodyLine === p.first - 1 && story.body.length) {
        const prev = story.body.pop()!;
        cap.span = { start: prev.span.start, end: p.end };
        cap.text = st.text.slice(prev.span.start, p.end);
      }
      story.captions.push(cap);
      for (let k = p.first; k <= p.last; k++) st.lines[k].kind = 'caption';
      region(st, 'caption', cap.span);
      continue;
    }
    if (p.first === p.last && (bylineRule(st, p.start, p.end) || affiliationRule(st, p.start, p.end))) {
      st.lines[p.first].kind = 'byline';
      continue;
    }
    story.body.push({ text: st.text.slice(p.start, p.end), span: { start: p.start, end: p.end } });
    for (let k = p.first; k <= p.last; k++) st.lines[k].kind = 'body';
    region(st, 'body', { start: p.start, end: p.end });
    lastBodyLine = p.last;
  }
}
