// Finds the dateline (dateline.ts parses it) at the start of a paragraph near the top,
// and, once the header is known, gives it its year and, where it names none, its agency.
//   "PYONGYANG, April 11 (Xinhua) -- Wang ..."  -> Pyongyang, 2024-04-11 (year from `date 2024-04-12`), Xinhua
//   "LONDON, March 2 - Shares ..." + " Reuter"   -> London, Reuters (from the sign-off)
import { isoDate } from '../lexicon/months.js';
import { warn } from '../context.js';
import type { SegLine, SegState } from './model.js';
import { isBlankLine, mark, region } from './model.js';
import { datelineMatchAt, datelineValueOf, type DatelineMatch } from './dateline.js';
import { yearFor } from './date-forms.js';
import { affiliationAgency } from './byline.js';
import { setHeaderAgency, setHeaderDate } from './header-line.js';
import { paragraphAt } from './paragraphs.js';
import { captionOf } from './caption.js';
import { MONTH_PATTERN, monthNumber } from '../lexicon/months.js';

const TERMINAL = /[.!?:;"”'’)\]]$/;
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The dateline opening a line's core, parsed once per story however many rules ask. */
export function lineDateline(st: SegState, l: SegLine): DatelineMatch | null {
  const known = st.lineDatelines.get(l.cs);
  if (known && known.end === l.ce) return known.match;
  const match = datelineMatchAt(st.text, l.cs, l.ce);
  st.lineDatelines.set(l.cs, { end: l.ce, match });
  return match;
}

export function datelineSearchRule(st: SegState): void {
  let seen = 0;
  const limit = Math.min(st.end, st.trailerStart);
  const field = st.fieldDateline;
  // a dateline field (`<DATELINE>`, Nexis `DATELINE:`) stands for the dateline unless the body repeats it
  // in its first line: only that line is searched
  let from = 0;
  if (field) {
    from = field.line + 1;
    while (from < limit && (isBlankLine(st.lines[from]) || st.lines[from].kind !== null)) from++;
  }
  for (let i = from; i < limit && seen < (field ? 1 : 40); i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) continue;
    seen++;
    const prev = st.lines[i - 1];
    // only where a paragraph can start: after a blank or placed line, an indent, or a finished sentence
    const startsParagraph = !prev || isBlankLine(prev) || prev.kind !== null || l.indent >= 2 || TERMINAL.test(prev.core);
    const found = lineDateline(st, l);
    // inside a wrapped paragraph only a dateline alone on its line counts (`4/4/2018` under a headline)
    // (a dateline naming its agency is distinctive enough anywhere: a KCNA headline line straight above it)
    if (!found || (!startsParagraph && !found.alone && !(found.agency && (found.city || found.date)))) continue;
    // `FILE - The Supreme Court is seen ... (AP Photo/Lena Marsh, File)` is a caption, not a dateline
    const para = paragraphAt(st, i, limit);
    if (para && captionOf(st.text, para.start, para.end)) continue;
    st.datelineLine = i;
    st.datelineEnd = l.cs + found.length;
    st.datelineValue = datelineValueOf(st.text, l.cs, found);
    if (found.alone) mark(st, l, 'dateline');
    else region(st, 'dateline', st.datelineValue.span);
    return;
  }
  if (field) {
    st.datelineLine = field.line;
    st.datelineValue = field.value;
  }
}

const FULL_DATE = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2}),\\s{0,2}((?:19|20)\\d{2})\\b`, 'gi');

/** The year of the same month and day written in full in the story (`on July 23, 2019` in a caption). */
function yearInText(st: SegState, month: number, day: number): number | null {
  const text = st.text.length > 200_000 ? st.text.slice(0, 200_000) : st.text;
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m; m = FULL_DATE.exec(text)) {
    if (monthNumber(m[1]) === month && +m[2] === day) return +m[3];
  }
  return null;
}

/** The year of a copyright trailer (`Copyright 2019 United Press International`). */
function copyrightYear(st: SegState): number | null {
  for (const t of st.ctx.story.trailers) {
    const m = t.kind === 'copyright' ? /\b((?:19|20)\d{2})\b/.exec(t.text) : null;
    if (m) return +m[1];
  }
  return null;
}

export function resolveDateline(st: SegState): void {
  const story = st.ctx.story;
  const h = story.header;
  if (!h.date && st.impliedDate) setHeaderDate(st, st.impliedDate.iso, st.impliedDate.span.start, st.impliedDate.span.end);
  const v = st.datelineValue;
  const fallbackAgency = (): { short: string; span: { start: number; end: number } | null } | null => {
    if (st.impliedAgency) return st.impliedAgency;
    if (h.agency) return { short: h.agency, span: h.agencySpan && fold(st.text.slice(h.agencySpan.start, h.agencySpan.end)) === fold(h.agency) ? h.agencySpan : null };
    const byAff = affiliationAgency(h.bylines[0]?.affiliation ?? null);
    return byAff ? { short: byAff, span: null } : null;
  };
  if (!v) {
    const a = fallbackAgency();
    if (a && a.span) setHeaderAgency(st, a.short, a.span.start, a.span.end);
    else if (a && !h.agency) h.agency = a.short;
    warn(st.ctx, 'no-dateline', 'No dateline found.');
    return;
  }
  let date: string | null = null;
  let dateSpan = v.dateSpan;
  if (v.month !== null && v.day !== null) {
    const year = v.year ?? yearFor(v.month, h.date ?? st.ctx.options.referenceDate ?? null) ?? yearInText(st, v.month, v.day) ?? copyrightYear(st);
    date = year === null ? null : isoDate(year, v.month, v.day);
  } else {
    date = h.date;
    dateSpan = h.dateSpan;
  }
  let agency = v.agency;
  let agencySpan = v.agencySpan;
  if (!agency) {
    const a = fallbackAgency();
    agency = a?.short ?? null;
    agencySpan = a?.span ?? null;
  }
  story.dateline = {
    text: v.text, span: v.span, location: v.location, locationSpan: v.locationSpan, region: v.region, regionSpan: v.regionSpan,
    date, dateSpan: date ? dateSpan : null, agency, agencySpan,
  };
  if (!h.agency && agency) {
    if (agencySpan) setHeaderAgency(st, agency, agencySpan.start, agencySpan.end);
    else h.agency = agency;
  }
}
