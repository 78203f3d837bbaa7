// Header lines that scrapers and corpora put above a story, and the date and id they carry.
//   date 2024-04-12 China ready to take ...          (scraper export: date, then headline)
//   XIE19990313.0229 1999-03-13 Headline text         (document id, date, headline)
//   APW19980807.0122 NEWS STORY 08/07/1998 06:18:00   (document id, type, date and time)
//   1999-03-13 </DATE_TIME><HEADLINE> Headline        (SGML left in: tags cut the line)
//   XIE19990313.0229                                  (<DOCNO> line: the tags are outside the core)
import { agencyByDocPrefix } from '../lexicon/agencies.js';
import { isoDate } from '../lexicon/months.js';
import type { SegState, SegLine } from './model.js';
import { mark, region } from './model.js';
import { setHeadline } from './headline.js';
import { numericForm } from './date-forms.js';

/** LDC / Gigaword document ids: XIE19990313.0229, APW19980807.0122, AFP_ENG_20050311.0001. */
export const DOC_ID = /\b([A-Z]{3}(?:_[A-Z]{3})?)_?(\d{4})(\d{2})(\d{2})\.(\d{4})\b/;
// the same, opening a line: a header line starts with its id, and the search need not read the rest of the line
const DOC_ID_START = new RegExp(`^${DOC_ID.source}`);
const SCRAPER = /^date:?\s{1,3}(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?/i;
const ISO_START = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?/;
const NEWS_STORY = /^(?:NEWS STORY|NEWS|STORY|ADVIS(?:ORY)?|OTHER|MULTI)\s{1,3}(\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?$/;
const TAGS = /^\s*(?:<\/?[A-Za-z][A-Za-z0-9_]{0,20}>\s*){0,6}/;

export function setHeaderDate(st: SegState, iso: string | null, start: number, end: number): void {
  const h = st.ctx.story.header;
  if (!iso || h.date) return;
  h.date = iso;
  h.dateSpan = { start, end };
}

/** Sets the header agency; the span only where the text there is the short form as written. */
export function setHeaderAgency(st: SegState, short: string | null, start: number, end: number): void {
  const h = st.ctx.story.header;
  if (!short || h.agency) return;
  h.agency = short;
  h.agencySpan = st.text.slice(start, end).toLowerCase() === short.toLowerCase() ? { start, end } : null;
}

function setDocumentId(st: SegState, at: number, m: RegExpExecArray): void {
  const h = st.ctx.story.header;
  if (h.documentId) return;
  const s = at + m.index;
  h.documentId = { text: m[0], span: { start: s, end: s + m[0].length } };
  const prefix = m[1].split('_')[0];
  const a = agencyByDocPrefix(prefix);
  if (a) setHeaderAgency(st, a.short, s, s + prefix.length);
  const dateAt = s + m[0].indexOf(m[2] + m[3] + m[4]);
  setHeaderDate(st, isoDate(+m[2], +m[3], +m[4]), dateAt, dateAt + 8);
}

/** True when the line is a header line; sets headline, date and document id as found. */
export function headerLineRule(st: SegState, line: SegLine): boolean {
  const core = line.core;
  let at = line.cs;
  let rest = core;
  let matched = false;
  // document id first
  const id = DOC_ID_START.exec(core);
  if (id) {
    setDocumentId(st, at, id);
    at += id[0].length;
    rest = core.slice(id[0].length);
    const ws = rest.length - rest.trimStart().length;
    at += ws;
    rest = rest.trimStart();
    matched = true;
  }
  const ns = NEWS_STORY.exec(rest);
  if (ns) {
    const d = numericForm(ns[1]);
    const off = at + rest.indexOf(ns[1]);
    setHeaderDate(st, d?.iso ?? null, off, off + ns[1].length);
    mark(st, line, 'header');
    return true;
  }
  const date = SCRAPER.exec(rest) ?? (matched || /^\d{4}-\d{2}-\d{2}/.test(rest) ? ISO_START.exec(rest) : null);
  if (date) {
    const off = at + date[0].indexOf(date[1]);
    setHeaderDate(st, isoDate(+date[1], +date[2], +date[3]), off, off + 10);
    at += date[0].length;
    rest = rest.slice(date[0].length);
    const tags = TAGS.exec(rest);
    const skip = tags ? tags[0].length : 0;
    at += skip;
    rest = rest.slice(skip);
    matched = true;
  }
  if (!matched) return false;
  line.kind = 'header';
  region(st, 'header', { start: line.cs, end: line.ce });
  if (rest.trim() && !st.ctx.story.header.headline) setHeadline(st, at, line.ce);
  return true;
}

/** A document id anywhere in the first lines (`<DOCNO> XIE19990313.0229 </DOCNO>` inside other text). */
export function findDocumentId(st: SegState, upto: number): void {
  // the raw line: the id may stand in a tag's attributes, `<DOC id="XIN_ENG_19960704.0118" type="story">`
  for (const l of st.lines.slice(0, upto)) {
    const m = DOC_ID.exec(st.text.slice(l.start, Math.min(l.end, l.start + 400)));
    if (m) {
      setDocumentId(st, l.start, m);
      return;
    }
  }
}
