import type { Stage } from '../context.js';
import { splitLines, isBlank } from '../text/lines.js';
import { trimSpan } from '../text/span.js';

// Placeholder segmentation: blank-line paragraphs become body paragraphs.
export const segmentStage: Stage = {
  name: 'segment',
  run(ctx) {
    let start = -1;
    let end = -1;
    const flush = (): void => {
      if (start < 0) return;
      const s = trimSpan(ctx.text, start, end);
      ctx.story.body.push({ text: ctx.text.slice(s.start, s.end), span: s });
      start = -1;
    };
    for (const line of ctx.lines.length ? ctx.lines : splitLines(ctx.text)) {
      if (isBlank(line)) flush();
      else {
        if (start < 0) start = line.start;
        end = line.end;
      }
    }
    flush();
  },
};
