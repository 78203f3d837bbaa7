// Tagged fields of corpus SGML above and around a story (Reuters-21578, LDC Gigaword / TDT):
//   <REUTERS TOPICS="YES" NEWID="1187"> / <DOC id="XIN_ENG_19960704.0118" type="story" >   (containers)
//   <DATE> 3-MAR-1987 04:51:17.32</DATE> / <DATE_TIME> 1999-03-13 </DATE_TIME>           (release date)
//   <TITLE>JAPAN, CHINA SIGN TRADE PACT</TITLE> / <HEADLINE>\nChina, Kazakhstan ...\n</HEADLINE> (headline)
//   <DATELINE>    TOKYO, March 3 - </DATELINE><BODY>Japan and ...   (dateline field; the body goes on after it)
//   <AUTHOR>    by Jane Doe, Reuters</AUTHOR>                        (byline)
//   <TOPICS><D>trade</D></TOPICS> / <UNKNOWN> ... f0212 reute ... </UNKNOWN>   (metadata: never story text)
//   <?xml version="1.0" ?> / <newsitem itemid="418207" date="1996-10-03">  (Reuters RCV1: declaration, container
//   with the release date) / <title>KENYA: Kenya, Uganda sign ...</title><headline>Kenya, Uganda sign ...</headline>
//   (a headline field wins over a title field) / <HEADER> MENA-0042 EGYPT-SUDAN-NILE </HEADER> (a slug, not a headline)
// A field's value comes from its tag, never from a guess about the line.
import { SGML_CONTAINER_TAGS, SGML_DATE_TAGS, SGML_DATELINE_TAGS, SGML_HEADLINE_TAGS, SGML_BYLINE_TAGS } from '../lexicon/segment-codes.js';
import type { SegState, SegLine } from './model.js';
import { mark, region } from './model.js';
import { setHeadline } from './headline.js';
import { setHeaderDate } from './header-line.js';
import { anyDate } from './date-forms.js';
import { datelineAt } from './dateline.js';
import { bylineRule } from './byline.js';

const OPEN = /^<([A-Za-z][A-Za-z0-9_]{0,20})(?:\s[^<>\n]{0,300})?>/;
// <?xml version="1.0" encoding="iso-8859-1" ?> | <!DOCTYPE newsitem SYSTEM "...">: declarations, never text
const DECLARATION = /^<[?!][^<>\n]{0,300}>/;
// date="1996-10-03" in a container's attributes
const DATE_ATTR = /\sdate="(\d{4}-\d{2}-\d{2})/i;
// spaces and control entities (&#2;) between fields
const GAP = /^(?:[ \t]|&#\d{1,2};)*/;
const set = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toUpperCase()));
const CONTAINER = set(SGML_CONTAINER_TAGS);
const HEADLINE = set(SGML_HEADLINE_TAGS);
const DATELINE = set(SGML_DATELINE_TAGS);
const DATE = set(SGML_DATE_TAGS);
const BYLINE = set(SGML_BYLINE_TAGS);
/** Headline tags that yield to a `<HEADLINE>` field in the same document (RCV1's `<title>` has a country prefix). */
const WEAK_HEADLINE = new Set(['TITLE']);
/** How far a field may run before its closing tag. */
const MAX_FIELD_LINES = 12;
/** How many characters a field may hold. */
const MAX_FIELD_CHARS = 4000;
/** How many lines from the top are read for fields. */
const TOP_LINES = 80;

const trimmed = (text: string, s: number, e: number): [number, number] => {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
};

/** Moves a line's core to start at `at`: what stood before it were fields. */
function restart(st: SegState, l: SegLine, at: number): void {
  const [s, e] = trimmed(st.text, at, l.ce);
  l.cs = s;
  l.ce = Math.max(s, e);
  l.core = st.text.slice(l.cs, l.ce);
  l.indent = 0;
  l.kind = null;
}

export function sgmlFieldsRule(st: SegState): void {
  const text = st.text;
  const upto = Math.min(st.end, TOP_LINES);
  let i = 0;
  let pos = upto ? st.lines[0].start : 0;
  while (i < upto) {
    const l = st.lines[i];
    if (pos < l.start) pos = l.start;
    pos += GAP.exec(text.slice(pos, Math.min(l.end, pos + 200)))![0].length;
    const decl = pos < l.end && text[pos] === '<' ? DECLARATION.exec(text.slice(pos, Math.min(l.end, pos + 310))) : null;
    if (decl) {
      region(st, 'header', { start: pos, end: pos + decl[0].length });
      if (l.kind === null && pos + decl[0].length >= l.ce) l.kind = 'header';
      pos += decl[0].length;
      continue;
    }
    const open = pos < l.end && text[pos] === '<' ? OPEN.exec(text.slice(pos, Math.min(l.end, pos + 340))) : null;
    if (!open) {
      // story text after fields on this line: <DATELINE> … </DATELINE><BODY>Japan and …
      if (pos < l.end && pos > l.cs && l.kind === 'header') restart(st, l, pos);
      i++;
      continue;
    }
    const name = open[1].toUpperCase();
    const from = pos + open[0].length;
    if (CONTAINER.has(name)) {
      const d = DATE_ATTR.exec(open[0]);
      const iso = d ? anyDate(d[1]) : null;
      if (d && iso?.iso) {
        const at = pos + d.index + d[0].length - d[1].length;
        setHeaderDate(st, iso.iso, at, at + 10);
      }
      pos = from;
      continue;
    }
    const lastLine = Math.min(st.end - 1, i + MAX_FIELD_LINES);
    const close = text.slice(from, Math.min(st.lines[lastLine].end, from + MAX_FIELD_CHARS)).toUpperCase().indexOf(`</${name}>`);
    if (close < 0) {
      // an unclosed tag: metadata on its line only
      if (l.kind === null) mark(st, l, 'header');
      i++;
      continue;
    }
    const [vs, ve] = trimmed(text, from, from + close);
    const after = from + close + name.length + 3;
    let endLine = i;
    while (endLine + 1 < st.end && st.lines[endLine].end < after) endLine++;
    if (HEADLINE.has(name)) {
      const yields = WEAK_HEADLINE.has(name) && /<headline[\s>]/i.test(text.slice(after, Math.min(text.length, after + MAX_FIELD_CHARS)));
      if (ve > vs && !yields && !st.ctx.story.header.headline) setHeadline(st, vs, ve);
    } else if (DATELINE.has(name)) {
      const found = ve > vs ? datelineAt(text, vs, ve, true) : null;
      if (found && !st.fieldDateline) {
        let k = i;
        while (st.lines[k].end < vs) k++;
        st.fieldDateline = { line: k, value: found.value };
        region(st, 'dateline', found.value.span);
      }
    } else if (DATE.has(name)) {
      const d = ve > vs ? anyDate(text.slice(vs, ve)) : null;
      if (d?.iso) setHeaderDate(st, d.iso, vs + d.index, vs + d.index + d.length);
    } else if (BYLINE.has(name)) {
      if (ve > vs) bylineRule(st, vs, ve);
    }
    for (let k = i; k <= endLine; k++) if (st.lines[k].kind === null) st.lines[k].kind = 'header';
    region(st, 'header', { start: pos, end: after });
    i = endLine;
    pos = after;
  }
}
