// Lines that archives and exports put above a story, read for what they say and never
// taken for the headline or the body:
//   2 of 14 DOCUMENTS                                   (LexisNexis export: position in the result list)
//   Agence France Presse -- English | Japan Economic Newswire   (publication line: the agency)
//   Copyright 1995 Kyodo News Service                   (copyright above the story: the agency)
//   HEADLINE: ... | BYLINE: Jane Doe | DATELINE: GENEVA, Nov 12 | SECTION: ... | LENGTH: 412 words
//   UPI 09-14-88 11:42 aed                              (transmission line: agency, date MM-DD-YY)
//   Elif Sahin   |12.03.2021 - Update : 12.03.2021       (web byline with the release date)
//   By Jane Doe   |   March 4, 2012 at 2:31 PM   |   Comments   (the same, with `By` and a time)
//   IRNA -- Islamic Republic News Agency                (an agency line: short and full name)
//   PA 23/04/99 14:22 HEALTH Scanner                    (an agency's code line: date, time, desk, slug)
import { agencyByName, type AgencyEntry } from '../lexicon/agencies.js';
import { NEXIS_FIELDS } from '../lexicon/segment-codes.js';
import { isoDate } from '../lexicon/months.js';
import type { SegState, SegLine } from './model.js';
import { isBlankLine, mark, region } from './model.js';
import { setHeaderAgency, setHeaderDate } from './header-line.js';
import { setHeadline } from './headline.js';
import { bylineRule, parseNames } from './byline.js';
import { datelineAt } from './dateline.js';
import { anyDate } from './date-forms.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RESULT_POSITION = /^(?:\d{1,5}\s(?:of|OF)\s\d{1,6}\s(?:DOCUMENTS?|Documents?)|(?:Document|DOCUMENT)\s\d{1,5}\s(?:of|OF)\s\d{1,6})$/;
// SECTION: ECONOMY | LOAD-DATE: November 13, 2008 | BODY:
export const NEXIS_FIELD = new RegExp(`^(${[...new Set(NEXIS_FIELDS)].sort((a, b) => b.length - a.length).map(esc).join('|')}):(?:\\s|$)`);
// Agence France Presse -- English | Xinhua General News Service | Deutsche Presse-Agentur (German)
const LANGUAGE_TAIL = /\s?(?:--?|—|–|,)\s?(?:English|ENGLISH|in English)$|\s\((?:English|ENGLISH)\)$/;
// the last 8 characters of every line LANGUAGE_TAIL matches: most lines end otherwise and are not searched through
const LANGUAGE_END = /(?:English|ENGLISH)\)?$/;
// Copyright 1995 Kyodo News Service | Copyright (c) 2008 Agence France Presse | © 2011 ANSA
const TOP_COPYRIGHT = /^(?:Copyright\s(?:\(c\)\s|©\s?)?|©\s?|\(c\)\s)(?:(?:19|20)\d{2})(?:\s?[-–]\s?(?:19|20)\d{2})?,?\s(?:by\s)?(.{2,80}?)\.?$/i;
// UPI 09-14-88 11:42 aed
const TRANSMISSION = /^([A-Za-z]{2,8})\s(\d{2})-(\d{2})-(\d{2})\s\d{1,2}:\d{2}(?:\s[a-z]{1,4})?$/;
// PA 23/04/99 14:22 HEALTH Scanner | AAP 03/11/2004 09:12 POL: an agency, a slashed date, a time, then desk and slug words
const CODE_LINE = /^([A-Za-z]{2,8})\s(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\s\d{1,2}:\d{2}(?::\d{2})?(?:\s[^\s|][^\n|]{0,60})?$/;
// By Marcus Hale   |   March 4, 2012 at 2:31 PM   |   Comments
const WEB_BYLINE_BY = /^(?:By|BY)\s([^|\d]{4,60}?)\s{0,6}\|\s{0,6}([^|]{6,40}?)\s{0,6}(?:\|\s{0,6}[^|]{1,30})?$/;
// Elif Sahin   |12.03.2021 - Update : 12.03.2021
const WEB_BYLINE = /^([^|\d]{4,60}?)\s{0,6}\|\s{0,3}(\d[\d./-]{5,9}\d)(?:\s{0,3}(?:-\s{0,3})?(?:Update|Updated|UPDATE)\s{0,3}:?\s{0,3}[\d./: -]{6,30})?$/;

/** The agency a name names, with or without `The` before it (looked up again only when there is one). */
function byName(n: string): AgencyEntry | undefined {
  const bare = n.replace(/^The\s/, '');
  return agencyByName(n) ?? (bare !== n ? agencyByName(bare) : undefined);
}

/** The agency a whole line names, past a language mark: `Agence France Presse -- English`. */
function publicationAgency(core: string): { short: string; length: number } | null {
  const lang = LANGUAGE_END.test(core.slice(-8)) ? LANGUAGE_TAIL.exec(core) : null;
  const name = lang ? core.slice(0, lang.index) : core;
  const a = byName(name);
  if (a) return { short: a.short, length: name.length };
  // IRNA -- Islamic Republic News Agency: every part names the same agency; the first is its name
  const parts = name.split(/\s(?:--|—|–|-|\|)\s/);
  const first = parts.length === 2 ? byName(parts[0]) : undefined;
  return first && byName(parts[1]) === first ? { short: first.short, length: parts[0].length } : null;
}

/** `23/04/99` by the agency's own order (day first for PA, MENA, IRNA; month first for US wires). */
function codeLineDate(a: AgencyEntry, x: number, y: number, year: string): string | null {
  const yy = year.length === 2 ? (+year > 50 ? 1900 : 2000) + +year : +year;
  const [month, day] = (a.dayFirst || x > 12) && y <= 12 ? [y, x] : [x, y];
  return isoDate(yy, month, day);
}

function nexisField(st: SegState, l: SegLine, field: string, at: number): void {
  let vs = at;
  while (vs < l.ce && /\s/.test(st.text[vs])) vs++;
  const ve = l.ce;
  const h = st.ctx.story.header;
  if (field === 'BODY' && vs < ve) {
    // BODY: The story starts on this line
    region(st, 'header', { start: l.cs, end: at });
    l.cs = vs;
    l.core = st.text.slice(vs, ve);
    l.indent = 0;
    return;
  }
  mark(st, l, 'header');
  if (vs >= ve) return;
  if (field === 'HEADLINE' && !h.headline) setHeadline(st, vs, ve);
  else if (field === 'BYLINE' && !h.bylines.length && !bylineRule(st, vs, ve)) {
    for (const n of parseNames(st.text, vs, ve) ?? []) h.bylines.push({ name: n.name, span: { start: n.start, end: n.end }, affiliation: null });
  } else if (field === 'DATELINE' && !st.fieldDateline) {
    // DATELINE: LIMA, Peru | DATELINE: WASHINGTON, July 4 (the year from the export's date line)
    const found = datelineAt(st.text, vs, ve, true);
    if (found) st.fieldDateline = { line: l.index, value: found.value };
  }
}

/** True when the line is an archive or export line; sets what it carries. */
export function archiveLineRule(st: SegState, l: SegLine, seen: number): boolean {
  const core = l.core;
  if (core.length > 200) return false;
  if (seen <= 3 && RESULT_POSITION.test(core)) {
    mark(st, l, 'header');
    return true;
  }
  const f = NEXIS_FIELD.exec(core);
  if (f) {
    nexisField(st, l, f[1], l.cs + f[0].length);
    return true;
  }
  const cr = seen <= 6 ? TOP_COPYRIGHT.exec(core) : null;
  if (cr) {
    const a = byName(cr[1]);
    if (a) setHeaderAgency(st, a.short, l.cs + core.lastIndexOf(cr[1]), l.cs + core.lastIndexOf(cr[1]) + cr[1].length);
    mark(st, l, 'header');
    return true;
  }
  const tr = seen <= 8 ? TRANSMISSION.exec(core) : null;
  const trAgency = tr ? agencyByName(tr[1]) : undefined;
  if (tr && trAgency) {
    const yy = +tr[4];
    setHeaderAgency(st, trAgency.short, l.cs, l.cs + tr[1].length);
    const at = l.cs + tr[1].length + 1;
    setHeaderDate(st, isoDate(yy > 50 ? 1900 + yy : 2000 + yy, +tr[2], +tr[3]), at, at + 8);
    mark(st, l, 'header');
    return true;
  }
  const code = seen <= 8 ? CODE_LINE.exec(core) : null;
  const codeAgency = code ? agencyByName(code[1]) : undefined;
  if (code && codeAgency) {
    setHeaderAgency(st, codeAgency.short, l.cs, l.cs + code[1].length);
    const at = l.cs + code[1].length + 1;
    const len = code[2].length + code[3].length + code[4].length + 2;
    setHeaderDate(st, codeLineDate(codeAgency, +code[2], +code[3], code[4]), at, at + len);
    mark(st, l, 'header');
    return true;
  }
  // both web bylines part name and date with a pipe
  const piped = seen <= 8 && core.includes('|');
  const wbb = piped ? WEB_BYLINE_BY.exec(core) : null;
  const wbDate = wbb ? anyDate(wbb[2]) : null;
  if (wbb && wbDate?.iso && wbDate.index === 0) {
    const from = l.cs + core.indexOf(wbb[1], 2);
    const names = parseNames(st.text, from, from + wbb[1].trimEnd().length);
    if (names) {
      const at = l.cs + core.indexOf(wbb[2]);
      setHeaderDate(st, wbDate.iso, at, at + wbDate.length);
      for (const n of names) st.ctx.story.header.bylines.push({ name: n.name, span: { start: n.start, end: n.end }, affiliation: null });
      mark(st, l, 'byline');
      return true;
    }
  }
  const wb = piped ? WEB_BYLINE.exec(core) : null;
  if (wb) {
    const d = anyDate(wb[2]);
    const names = parseNames(st.text, l.cs, l.cs + wb[1].length);
    if (d?.iso && names) {
      const at = l.cs + core.indexOf(wb[2]) + d.index;
      setHeaderDate(st, d.iso, at, at + d.length);
      for (const n of names) st.ctx.story.header.bylines.push({ name: n.name, span: { start: n.start, end: n.end }, affiliation: null });
      mark(st, l, 'byline');
      return true;
    }
  }
  // a publication line, but not the affiliation under a byline (`By JANE DOE` / `The Associated Press`)
  const pub = seen <= 6 ? publicationAgency(core) : null;
  if (pub) {
    let k = l.index - 1;
    while (k >= 0 && isBlankLine(st.lines[k])) k--;
    if (k >= 0 && /^(?:By|BY)\s/.test(st.lines[k].core)) return false;
    setHeaderAgency(st, pub.short, l.cs, l.cs + pub.length);
    mark(st, l, 'source-line');
    return true;
  }
  return false;
}
