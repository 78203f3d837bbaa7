// A city in capitals alone on its line between the header and the body, with no date and no
// agency (web copy: Anadolu, some broadcasters' sites):
//   Türkiye, Azerbaijan sign deals ...     (headline)
//   ( Emre Aydin - Anadolu Agency )        (caption)
//   BAKU                                   (the dateline: location only)
//   Türkiye and Azerbaijan on Friday ...   (body)
// Only after the headline is known (a headline in capitals is never taken for a city), and only
// as a paragraph of its own that a body paragraph follows.
import { NOT_A_CITY, PRIORITY_WORDS, PLACE_SMALL_WORDS } from '../lexicon/segment-codes.js';
import { monthNumber } from '../lexicon/months.js';
import type { SegState, SegLine } from './model.js';
import { isBlankLine, mark } from './model.js';
import { normalCase } from './normal-case.js';

const SMALL = PLACE_SMALL_WORDS.map((w) => w.toUpperCase()).join('|');
// BAKU | DAR ES SALAAM | ST. PETERSBURG | PORT-AU-PRINCE | N'DJAMENA: up to four words in capitals
const CAPS_CITY = new RegExp(`^\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]{1,24}(?: (?:\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]{0,24}|${SMALL})){0,3}$`, 'u');
const NOT_CITY = new Set([...NOT_A_CITY, ...PRIORITY_WORDS].map((w) => w.toUpperCase()));
const NOT_CITY_WORDS = /^(?:END|MORE|UPDATE|UPDATED|ADVISORY|NEWS|BREAKING|EXCLUSIVE|ANALYSIS|INTERVIEW|FEATURE|OPINION|EDITORIAL|PHOTOS?|VIDEO|SPORTS?|WORLD|BUSINESS|POLITICS|ECONOMY|REUTERS|XINHUA|AFP|AP|UPI)$/;

/** True when `l` is a bare city dateline; sets the dateline. */
export function bareCityRule(st: SegState, l: SegLine): boolean {
  const core = l.core;
  if (!st.ctx.story.header.headline || core.length > 30 || !CAPS_CITY.test(core)) return false;
  const first = core.split(' ')[0].replace(/[.,]$/, '');
  if (NOT_CITY.has(first) || NOT_CITY_WORDS.test(core) || monthNumber(first)) return false;
  // alone: blank (or nothing placed) around it, and a paragraph of body text after it
  const prev = st.lines[l.index - 1];
  const next = st.lines[l.index + 1];
  if ((prev && !isBlankLine(prev) && prev.kind === null) || !next || !isBlankLine(next)) return false;
  let k = l.index + 1;
  while (k < st.end && isBlankLine(st.lines[k])) k++;
  const body = st.lines[k];
  if (!body || body.kind !== null || !/\p{Ll}/u.test(body.core) || body.core.length < 40) return false;
  const span = { start: l.cs, end: l.ce };
  st.datelineLine = l.index;
  st.datelineValue = {
    text: core, span, location: normalCase(core), locationSpan: span, region: null, regionSpan: null,
    month: null, day: null, year: null, dateSpan: null, agency: null, agencySpan: null,
  };
  mark(st, l, 'dateline');
  return true;
}
