// Several stories, or the same story twice, in one file: the first is handled in full and
// the rest is reported. A second story starts at a second header line, a second `<DOC>`,
// or a repeat of the file's first line.
import type { SegState } from './model.js';
import { isBlankLine } from './model.js';
import { warn } from '../context.js';

const HEADER_START = /^date:?\s{1,3}\d{4}-\d{2}-\d{2}\b|^[A-Z]{3}(?:_[A-Z]{3})?_?\d{8}\.\d{4}\s+(?:\d{4}-\d{2}-\d{2}|NEWS STORY)/i;
const DOC_TAG = /^\s*<DOC(?:\s[^>]*)?>\s*$/i;

export function storyEndRule(st: SegState): void {
  const lines = st.lines;
  const first = lines.find((l) => !isBlankLine(l));
  if (!first) return;
  const firstDoc = lines.findIndex((l) => DOC_TAG.test(st.text.slice(l.start, Math.min(l.end, l.start + 200))));
  // a second story needs some text of the first before it
  const firstText = lines.findIndex((x) => x.index > first.index && x.core.length > 40);
  if (firstText < 0) return;
  for (let i = first.index + 2; i < lines.length; i++) {
    const l = lines[i];
    const raw = st.text.slice(l.start, Math.min(l.end, l.start + 200));
    const again =
      (DOC_TAG.test(raw) && firstDoc >= 0 && i > firstDoc) ||
      HEADER_START.test(l.core) ||
      (first.core.length >= 20 && l.core === first.core);
    if (!again) continue;
    // only after some text of the first story
    if (firstText >= i) continue;
    st.end = i;
    warn(st.ctx, 'multiple-stories', 'The file holds more than one story (or the same story twice); only the first is parsed.', {
      start: l.start,
      end: st.text.length,
    });
    return;
  }
}
