// What stands above the dateline (or, with no dateline, above the first body paragraph):
//   China ready to take ... : top legislator        (headline: the first line nothing else claims)
//   By JANE DOE / Associated Press Writer            (bylines)
//   Friday, August 21, 2015                          (a date line: the release date, not a dateline)
//   Tuesday, 6 March 2018 20:14 WIB | 1.245 Views | News of May 3, 2002 Juche 91   (the same, on web and archive pages)
//   November 12, 2008 Wednesday 3:41 PM GMT | March 18, 2014 08:00 AM Eastern Daylight Time   (the same, in exports)
//   Wang Dexin ... April 11, 2024. (Xinhua/Liu Fang) (a caption before the dateline)
// Returns the index of the line the body starts at.
import { WEEKDAYS } from '../lexicon/months.js';
import { TIME_ZONES } from '../lexicon/segment-codes.js';
import { warn } from '../context.js';
import type { SegState, SegLine } from './model.js';
import { isBlankLine, mark, region } from './model.js';
import { bylineRule, affiliationRule } from './byline.js';
import { captionOf } from './caption.js';
import { setHeadline } from './headline.js';
import { paragraphAt } from './paragraphs.js';
import { anyDate } from './date-forms.js';
import { setHeaderDate } from './header-line.js';
import { bareCityRule } from './bare-city.js';

const WEEKDAY = new RegExp(`^(?:${[...WEEKDAYS.keys()].join('|')})\\.?,?\\s{1,3}`, 'i');
const ZONE = [...TIME_ZONES].sort((a, b) => b.length - a.length).join('|');
const DAY = [...WEEKDAYS.keys()].join('|');
// what may follow the date: `, Monday` (Nexis), a time `3:41 PM GMT`, `08:00 AM Eastern Daylight Time`, `19:40 IST`
// `| 1.245 Views` (a web page's read count, Antara) | `Juche 91` (KCNA's calendar year)
const TIME = new RegExp(`^(?:,?\\s{0,3}(?:${DAY})\\.?)?(?:,?\\s{0,3}(?:at\\s)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?(?:${ZONE}))?)?\\.?(?:\\s{1,3}\\|\\s{1,3}[\\d.,]{1,9}\\s(?:Views|views|Reads|reads|Hits|hits)|\\s{1,3}Juche\\s\\d{1,3})?$`, 'i');
// News of May 3, 2002 (KCNA archive pages) | Posted on ... | Published: ...
const DATE_LEAD = /^(?:News of|Posted on|Published on|Published:|Posted:|Updated:|Date:)\s{1,3}/i;
const HAS_DIGIT = /\d/;

/** `Friday, August 21, 2015` / `2015-08-21 10:00` alone on a line: the release date. */
function dateLineRule(st: SegState, l: SegLine): boolean {
  // every date form anyDate reads has digits (most headlines have none)
  if (l.core.length > 60 || !HAS_DIGIT.test(l.core)) return false;
  const lead = DATE_LEAD.exec(l.core)?.[0].length ?? 0;
  const wd = WEEKDAY.exec(l.core.slice(lead));
  const skip = lead + (wd ? wd[0].length : 0);
  const rest = l.core.slice(skip);
  const d = anyDate(rest);
  if (!d || d.index !== 0 || d.iso === null || !TIME.test(rest.slice(d.length))) return false;
  const at = l.cs + skip;
  setHeaderDate(st, d.iso, at, at + d.length);
  mark(st, l, 'header');
  return true;
}

const looksLikeHeadline = (core: string): boolean => core.length <= 250 && !(core.length > 140 && /[.]["”’']?$/.test(core));

export function headerZoneRule(st: SegState): number {
  const dl = st.datelineLine;
  const limit = dl >= 0 ? dl : Math.min(st.end, st.trailerStart);
  const h = st.ctx.story.header;
  for (let i = 0; i < limit; i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) continue;
    if (bylineRule(st, l.cs, l.ce) || affiliationRule(st, l.cs, l.ce)) {
      l.kind = 'byline';
      continue;
    }
    if (dateLineRule(st, l)) continue;
    const p = paragraphAt(st, i, limit);
    if (!p) continue;
    const cap = captionOf(st.text, p.start, p.end);
    if (cap) {
      st.ctx.story.captions.push(cap);
      for (let k = p.first; k <= p.last; k++) st.lines[k].kind = 'caption';
      region(st, 'caption', cap.span);
      i = p.last;
      continue;
    }
    if (!h.headline && looksLikeHeadline(l.core)) {
      // a headline wrapped onto a line that goes on in lower case
      let last = l;
      while (last.index + 1 < limit && last.index < l.index + 2) {
        const n = st.lines[last.index + 1];
        if (isBlankLine(n) || n.kind !== null || !/^\p{Ll}/u.test(n.core) || n.ce - l.cs > 300) break;
        last = n;
      }
      setHeadline(st, l.cs, last.ce);
      for (let k = l.index; k <= last.index; k++) st.lines[k].kind = 'headline';
      i = last.index;
      continue;
    }
    if (dl >= 0) {
      warn(st.ctx, 'unplaced-text', 'Text above the dateline that is no headline, byline or caption.', { start: p.start, end: p.end });
      for (let k = p.first; k <= p.last; k++) st.lines[k].kind = 'noise';
      region(st, 'noise', { start: p.start, end: p.end });
      i = p.last;
      continue;
    }
    // BAKU alone under the headline: a dateline with a city only
    if (bareCityRule(st, l)) return i + 1;
    return i;
  }
  return dl >= 0 ? dl : limit;
}
