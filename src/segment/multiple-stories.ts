// Several stories, or the same story twice, in one file: the first is handled in full and
// the rest is reported. A second story starts at a second header line, a second `<DOC>`,
// a repeat of the file's first line, or (archive pages: KCNA's `News of May 3, 2002`) a headline
// over a second dateline of the same agency:
//   DPRK-Lao Health Agreement Signed / Pyongyang, May 3 (KCNA) -- ... -0- / (blank)
//   Korean Art Troupe Leaves for Russia / Pyongyang, May 3 (KCNA) -- ...      <- the second story
import type { SegState, SegLine } from './model.js';
import { isBlankLine } from './model.js';
import { warn } from '../context.js';
import { lineDateline } from './dateline-rule.js';

const HEADER_START = /^date:?\s{1,3}\d{4}-\d{2}-\d{2}\b|^[A-Z]{3}(?:_[A-Z]{3})?_?\d{8}\.\d{4}\s+(?:\d{4}-\d{2}-\d{2}|NEWS STORY)/i;
const DOC_TAG = /^\s*<DOC(?:\s[^>]*)?>\s*$/i;
/** A `<DOC>` line (tested on at most 200 characters of the raw line; only a line holding `<` is searched). */
function isDocTag(st: SegState, l: SegLine): boolean {
  const raw = st.text.slice(l.start, Math.min(l.end, l.start + 200));
  return raw.includes('<') && DOC_TAG.test(raw);
}

// what stands around an agency in a dateline: brackets, slashes, dashes (see dateline.ts agencyAt)
const AGENCY_MARK = /[(/\-—–_]/;
const TERMINAL = /[.!?:;"”'’)\]]$|-0-$/;
/** How many lines from the top the first story's dateline is looked for in. */
const FIRST_DATELINE_LINES = 40;

/** Index of the headline over a second dateline naming the same agency as the first, or -1. */
function secondStory(st: SegState, from: number): number {
  const lines = st.lines;
  let agency: string | null = null;
  let i = from;
  for (let seen = 0; i < lines.length && seen < FIRST_DATELINE_LINES; i++) {
    if (isBlankLine(lines[i])) continue;
    seen++;
    // only the agency is wanted: a dateline names one in brackets, slashes or before a dash
    // (`(Xinhua)`, `/TASS/`, `, IRNA --`), so a line with none of those within the 400 characters
    // a dateline is read from is not parsed
    const d = /[(/,]/.test(lines[i].core.slice(0, 80)) && AGENCY_MARK.test(st.text.slice(lines[i].cs, Math.min(lines[i].ce, lines[i].cs + 400)))
      ? lineDateline(st, lines[i]) : null;
    if (d?.agency) {
      agency = d.agency.short;
      break;
    }
  }
  if (!agency) return -1;
  for (let k = i + 2; k + 1 < lines.length; k++) {
    // a blank line, a short line that ends no sentence, then the dateline
    const head = lines[k];
    const next = lines[k + 1];
    if (isBlankLine(head) || !isBlankLine(lines[k - 1]) || isBlankLine(next) || head.core.length > 120 || TERMINAL.test(head.core)) continue;
    if (!next.core.slice(0, 80).toLowerCase().includes(agency.slice(0, 3).toLowerCase())) continue;
    const d = lineDateline(st, next);
    if (d?.agency?.short === agency && (d.city || d.date)) return k;
  }
  return -1;
}

export function storyEndRule(st: SegState): void {
  const lines = st.lines;
  const first = lines.find((l) => !isBlankLine(l));
  if (!first) return;
  const firstDoc = lines.findIndex((l) => isDocTag(st, l));
  // a second story needs some text of the first before it
  const firstText = lines.findIndex((x) => x.index > first.index && x.core.length > 40);
  if (firstText < 0) return;
  for (let i = first.index + 2; i < lines.length; i++) {
    const l = lines[i];
    const again =
      (firstDoc >= 0 && i > firstDoc && isDocTag(st, l)) ||
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
  const second = secondStory(st, first.index);
  if (second > 0) {
    st.end = second;
    const l = st.lines[second];
    warn(st.ctx, 'multiple-stories', 'The file holds more than one story; only the first is parsed.', { start: l.start, end: st.text.length });
  }
}
