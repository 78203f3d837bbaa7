// The dateline: where and when the story was filed, and by which agency. Read by a small
// left-to-right parser (each step one anchored, linear pattern) so every shape shares the
// same pieces:
//   PYONGYANG, April 11 (Xinhua) --          BEIJING, Nov. 2 , 2005 (Xinhua)
//   WASHINGTON (AP) —    NAIROBI, Kenya (AP) _    HAVANA (AP) --    ROSCOE, South Dakota (AP) —
//   LIMA, Jan 21 (Reuters) -    Jan 30 (Reuters) -    LONDON, March 2 -
//   STOCKHOLM, Aug 29, 2014 (AFP) -    Pyongyang, August 28 (KCNA) --    MOSCOW, January 21. /TASS/.
//   SAITAMA, Japan, Dec. 9 Kyodo -    BEIJING, July 23    SEOUL, April 11 (Yonhap) --
//   (ANSA) - Rome, October 11 -    KYOTO, Japan, Feb. 1, 2017 /Kyodo JBN-AsiaNet/ --
//   (UPI) --    (PTI)    (dpa) -    4/4/2018    Rabat, 3 March (EFE).-    SAN DIEGO--(BUSINESS WIRE)--
//   Tehran, Aug. 12, IRNA --    ALGIERS-    NAIROBI 1996-10-03 (RCV1's <dateline> field)
import { MONTH_PATTERN, WEEKDAYS, monthNumber, isoDate } from '../lexicon/months.js';
import { agencyByName } from '../lexicon/agencies.js';
import { NOT_A_CITY, PLACE_SMALL_WORDS } from '../lexicon/segment-codes.js';
import type { Span } from '../schema/story.js';
import { normalCase } from './normal-case.js';

export interface DatelineMatch {
  /** Length of the dateline from the start of the string given. */
  length: number;
  city: { text: string; index: number } | null;
  region: { text: string; index: number } | null;
  date: { month: number; day: number; year: number | null; index: number; length: number } | null;
  agency: { short: string; index: number; length: number } | null;
  /** True when nothing but the dateline stands on its line. */
  alone: boolean;
}

const SMALL = PLACE_SMALL_WORDS.join('|');
const NOT_CITY = new Set(NOT_A_CITY);
// A city: up to six words, each capitalised (or a small word inside: DAR ES SALAAM, Dar es Salaam)
const CITY = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|${SMALL}|${SMALL.toUpperCase()})){0,5}`, 'u');
// , Kenya | , South Dakota | , Japan  (followed by a date, an agency or a dash)
const REGION = /^,\s{1,2}(\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,3})(?=\s{0,2}[,(/]|\s{1,2}(?:--|—|–|_|-)(?:\s|$))/u;
// DATELINE: LIMA, Peru: in a dateline field the region may end the value
const FIELD_REGION = /^,\s{1,2}(\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,3})(?=\s{0,3}$)/u;
// , April 11 | Nov. 2 , 2005 | Aug 29, 2014 | January 21.
const DAY_MONTH = new RegExp(`^,?\\s{0,3}(\\d{1,2})\\s{1,3}(${MONTH_PATTERN})\\.?(?![\\p{L}])(?:\\s{0,2},?\\s{0,2}(\\d{4})(?!\\d))?`, 'iu');
// BRUSSELS/PARIS: more cities after a slash (the first is the location)
const MORE_CITIES = new RegExp(`^(?:/\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,3}){1,4}`, 'u');
const DATE = new RegExp(`^,?\\s{0,3}(${MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2})(?!\\d)(?:\\s{0,2},\\s{0,2}(\\d{4})(?!\\d))?`, 'i');
// (Xinhua) | ( AP ) | /TASS/. | /Kyodo JBN-AsiaNet/
const PAREN_AGENCY = /^\s{0,3}\(\s?([A-Za-z][A-Za-z\-. ]{0,38}?)\s?\)/;
const SLASH_AGENCY = /^\.?\s{0,3}\/\s?([A-Za-z][A-Za-z\-. ]{0,38}?)\s?\/\.?/;
// Kyodo -  (an agency word without brackets, before a dash)
// Tehran, Aug. 12, IRNA --  (after a comma)
const BARE_AGENCY = /^,?\s{1,3}([A-Z][A-Za-z\-]{1,20})(?=\s{0,3}(?:--|—|–|-|_))/;
// NAIROBI 1996-10-03: an ISO date after the city
const ISO_DATE = /^,?\s{1,3}(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// -- | — | _ | `.-` after the agency (EFE: `Rabat, 3 March (EFE).-`)
const DASH = /^\.?\s{0,3}(?:--|—|–|―|-|_{1,2})/;
// SAN DIEGO--(BUSINESS WIRE)--: a dash glued between the city and a bracketed agency
const GLUED_DASH = /^\s{0,2}(?:--|—|–)\s{0,2}(?=[(/])/;
const NUMERIC_LINE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const AGENCY_PATTERNS = [PAREN_AGENCY, SLASH_AGENCY, BARE_AGENCY];

/** An agency in brackets, slashes or bare at the start of `s`: its short form, where its name stands, how much it took. */
function agencyAt(s: string): { short: string; length: number; offset: number; nameLength: number } | null {
  for (const re of AGENCY_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    // (Reuters Breakingviews) / (AP Photo): an agency and more words
    const whole = agencyByName(m[1]);
    const first = !whole && re === PAREN_AGENCY ? agencyByName(m[1].split(' ')[0]) : undefined;
    const a = whole ?? first;
    if (a) return { short: a.short, length: m[0].length, offset: m[0].indexOf(m[1]), nameLength: first ? m[1].split(' ')[0].length : m[1].length };
  }
  return null;
}

const allCaps = (s: string): boolean => !/\p{Ll}/u.test(s) && /\p{Lu}{2}/u.test(s);

/**
 * Parses a dateline at the start of `s` (a line's core); null when there is none. `field`: `s` is the
 * whole value of a dateline field (Nexis `DATELINE: LIMA, Peru`, `<DATELINE>Moscow</DATELINE>`), so a
 * place alone, with no date, agency or dash, is a dateline too.
 */
export function parseDateline(s: string, field = false): DatelineMatch | null {
  const num = NUMERIC_LINE.exec(s.trim());
  if (num) {
    let [m, d] = [+num[1], +num[2]];
    if (m > 12 && d <= 12) [m, d] = [d, m];
    if (!isoDate(+num[3], m, d)) return null;
    return { length: s.trim().length, city: null, region: null, date: { month: m, day: d, year: +num[3], index: 0, length: num[0].length }, agency: null, alone: true };
  }
  let i = 0;
  let agency: DatelineMatch['agency'] = null;
  let agencyFirst = false;
  // (ANSA) - Rome, October 11 -   |   (UPI) --
  if (s.startsWith('(')) {
    const a = agencyAt(s);
    if (!a) return null;
    agency = { short: a.short, index: a.offset, length: a.nameLength };
    i = a.length;
    agencyFirst = true;
    const d = DASH.exec(s.slice(i));
    if (d) i += d[0].length;
    while (s[i] === ' ') i++;
  }
  const afterAgency = i;
  let city: DatelineMatch['city'] = null;
  let region: DatelineMatch['region'] = null;
  let date: DatelineMatch['date'] = null;
  const c = CITY.exec(s.slice(i));
  const w0 = c ? c[0].split(' ')[0] : '';
  if (c && !monthNumber(w0) && !NOT_CITY.has(w0) && !WEEKDAYS.has(w0.toLowerCase().replace(/\.$/, ''))) {
    let cityText = c[0];
    // `WASHINGTON The Senate` is no city: a city word after the first must not be mixed case when the first is capitals
    // (`ALGIERS- The national ...`: a capitalised `The` is the sentence's, not a small word of the city)
    const words = cityText.split(' ');
    if (allCaps(words[0])) {
      let k = 1;
      while (k < words.length && (allCaps(words[k]) || /^[A-Z]\.?$/.test(words[k]) || PLACE_SMALL_WORDS.includes(words[k]))) k++;
      cityText = words.slice(0, k).join(' ');
    }
    // SAN DIEGO--(BUSINESS WIRE)--: the dashes are no part of the city
    cityText = cityText.replace(/-+$/, '');
    // MOSCOW. March 14 (Interfax): the period after the city is no part of it (ST. PETERSBURG keeps its own)
    const advance = cityText.length;
    cityText = cityText.replace(/(?<=\p{L}{3})\.$/u, '');
    city = { text: cityText.replace(/[,]$/, ''), index: i };
    i += advance;
    // (each pattern opens with its one character: most lines are not sliced and searched for it)
    const more = s[i] === '/' ? MORE_CITIES.exec(s.slice(i)) : null;
    if (more) i += more[0].length;
    const r = s[i] !== ',' ? null : REGION.exec(s.slice(i)) ?? (field ? FIELD_REGION.exec(s.slice(i)) : null);
    if (r && !monthNumber(r[1].split(' ')[0])) {
      region = { text: r[1], index: i + r[0].indexOf(r[1]) };
      i += r[0].length;
    }
  }
  // (a day before the month only after a city)
  const dm = city ? DAY_MONTH.exec(s.slice(i)) : null;
  if (dm && monthNumber(dm[2])) {
    // LONDON, 21 January (Reuters) -
    const at = i + dm[0].indexOf(dm[1]);
    date = { month: monthNumber(dm[2])!, day: +dm[1], year: dm[3] ? +dm[3] : null, index: at, length: i + dm[0].length - at };
    if (date.day < 1 || date.day > 31) date = null;
    else i += dm[0].length;
  }
  const d = date ? null : DATE.exec(s.slice(i));
  if (d && (city || agencyFirst || i === 0)) {
    const month = monthNumber(d[1]) ?? 0;
    const day = +d[2];
    if (day >= 1 && day <= 31) {
      const at = i + d[0].indexOf(d[1]);
      date = { month, day, year: d[3] ? +d[3] : null, index: at, length: i + d[0].length - at };
      i += d[0].length;
      if (s[i] === '.' && s[i + 1] !== '.') i++; // MOSCOW, January 21. /TASS/.
    }
  }
  const iso = !date && city ? ISO_DATE.exec(s.slice(i)) : null;
  if (iso && isoDate(+iso[1], +iso[2], +iso[3])) {
    const at = i + iso[0].indexOf(iso[1]);
    date = { month: +iso[2], day: +iso[3], year: +iso[1], index: at, length: 10 };
    i = at + 10;
  }
  if (!city && !date && !agencyFirst) return null;
  if (!agency) {
    const glued = city ? GLUED_DASH.exec(s.slice(i)) : null;
    const at = i + (glued ? glued[0].length : 0);
    const a = agencyAt(s.slice(at));
    if (a) {
      agency = { short: a.short, index: at + a.offset, length: a.nameLength };
      i = at + a.length;
    }
  }
  const dash = DASH.exec(s.slice(i));
  const hasDash = !!dash && (s.length === i + dash[0].length || /\s|\p{L}|["“']/u.test(s[i + dash[0].length]));
  if (hasDash) i += dash![0].length;
  const rest = s.slice(i).trim();
  const alone = rest === '';
  if (agencyFirst && city && !date && !hasDash) {
    // (PTI) Rome... : the agency alone was the dateline
    city = null;
    i = afterAgency;
  }
  if (!agency) {
    // no agency: a city in capitals with a dash (LONDON, March 2 - | WASHINGTON _), or
    // a city and date standing alone on their line (BEIJING, July 23)
    if (!city) return null;
    const caps = allCaps(city.text);
    if (hasDash && caps && (date || region || rest.length >= 40)) {
      // fine
    } else if (alone && date && (caps || /^\p{Lu}\p{Ll}/u.test(city.text))) {
      // fine
    } else if (field && alone) {
      // DATELINE: LIMA, Peru | DATELINE: Moscow: the field says it is a dateline
    } else return null;
  } else if (!city && !date && !agencyFirst) return null;
  if (agency && !agencyFirst && !city && !date) return null;
  // trailing spaces are not part of the dateline
  let len = i;
  while (len > 0 && s[len - 1] === ' ') len--;
  return { length: len, city, region, date, agency, alone };
}

export interface DatelineValue {
  text: string;
  span: Span;
  location: string | null;
  locationSpan: Span | null;
  region: string | null;
  regionSpan: Span | null;
  month: number | null;
  day: number | null;
  year: number | null;
  dateSpan: Span | null;
  agency: string | null;
  agencySpan: Span | null;
}

/** The dateline at the start of text[offset, end), of which at most 400 characters are read (`field`: the whole value of a dateline field). */
export function datelineMatchAt(text: string, offset: number, end: number, field = false): DatelineMatch | null {
  return parseDateline(text.slice(offset, Math.min(end, offset + 400)), field);
}

/** What a dateline matched at `offset` says, as spans in the input (names in normal case). */
export function datelineValueOf(text: string, offset: number, m: DatelineMatch): DatelineValue {
  const sp = (index: number, length: number): Span => ({ start: offset + index, end: offset + index + length });
  return {
    text: text.slice(offset, offset + m.length),
    span: sp(0, m.length),
    location: m.city ? normalCase(m.city.text) : null,
    locationSpan: m.city ? sp(m.city.index, m.city.text.length) : null,
    region: m.region ? normalCase(m.region.text) : null,
    regionSpan: m.region ? sp(m.region.index, m.region.text.length) : null,
    month: m.date?.month ?? null,
    day: m.date?.day ?? null,
    year: m.date?.year ?? null,
    dateSpan: m.date ? sp(m.date.index, m.date.length) : null,
    agency: m.agency?.short ?? null,
    agencySpan: m.agency ? sp(m.agency.index, m.agency.length) : null,
  };
}

/** The dateline parsed from `text` at `offset`, as spans in the input (`field`: the whole value of a dateline field). */
export function datelineAt(text: string, offset: number, end: number, field = false): { value: DatelineValue; match: DatelineMatch } | null {
  const m = datelineMatchAt(text, offset, end, field);
  return m ? { match: m, value: datelineValueOf(text, offset, m) } : null;
}
