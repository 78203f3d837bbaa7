// Factiva exports, in their two layouts. Their metadata gives headline, date and agency and is
// never the body, an organization or a dateline.
//   field codes:                                 plain export:
//     HD Senegal, Mauritania sign ... accords      Russia, Kazakhstan sign accords ...   (headline)
//     WC 389 words                                 412 words                             (word count)
//     PD 8 June 2004                               14 March 2003                         (release date)
//     ET 05:42 PM | SN Agence France Presse        10:32 | Interfax News Agency          (time, source)
//     SC AFPR | LA English | CY (c) 2004 ...       IFXN | English | (c) 2003 Interfax ...
//     LP / TD   (lead paragraphs, then the rest)   (a blank line, then the text)
//     CO ... | IN ... | NS ... | AN Document ...   Document IFXN000020030314dz3e0009k    (trailers: trailer.ts)
import { FACTIVA_TOP_CODES, FACTIVA_TEXT_CODES, EXPORT_LANGUAGES } from '../lexicon/segment-codes.js';
import { agencyByName } from '../lexicon/agencies.js';
import type { SegState, SegLine } from './model.js';
import { isBlankLine, mark, region } from './model.js';
import { setHeadline } from './headline.js';
import { setHeaderAgency, setHeaderDate } from './header-line.js';
import { anyDate } from './date-forms.js';
import { bylineRule, parseNames } from './byline.js';

const TOP = new Set(FACTIVA_TOP_CODES);
const TEXT = new Set(FACTIVA_TEXT_CODES);
// HD Headline | LP | PD 8 June 2004: a code in capitals, then a space or the end of the line
const CODE = /^([A-Z]{2,3})(?:[ \t]+|$)/;
// 412 words | 1,204 words
const WORD_COUNT = /^\d{1,3}(?:,\d{3})*\s(?:words|Words|WORDS)$/;
// 10:32 | 05:42 PM | 10:32 GMT
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?$/;
// (c) 2003 Interfax Information Services | Copyright 2004 Agence France-Presse | © 2011 ANSA
const COPYRIGHT = /^(?:\(c\)|©|Copyright)\s?(?:(?:19|20)\d{2}\s)?(.{2,80})$/i;
// IFXN | AFPR: the source code alone
const SOURCE_CODE = /^[A-Z]{3,6}$/;
const LANGUAGE = new RegExp(`^(?:${EXPORT_LANGUAGES.join('|')})$`, 'i');
const isCodeLine = (core: string): boolean => {
  const m = CODE.exec(core);
  return !!m && (TOP.has(m[1]) || TEXT.has(m[1]));
};
/** How many lines from the top are read for the layout's metadata. */
const TOP_LINES = 30;
/** How many lines the plain export's metadata block may hold. */
const MAX_BLOCK = 10;

const fullDate = (s: string): ReturnType<typeof anyDate> => {
  const d = anyDate(s);
  return d && d.iso && d.index === 0 && !s.slice(d.length).replace(/^,?\s?\w{0,9}$/, '').trim() ? d : null;
};

function agencyOf(st: SegState, l: SegLine, at: number): boolean {
  const value = st.text.slice(at, l.ce);
  const a = agencyByName(value) ?? agencyByName(value.replace(/^The\s/, ''));
  if (a) setHeaderAgency(st, a.short, at, l.ce);
  return !!a;
}

/** The field-code layout: true when at least three distinct top codes open the first lines. */
function isFieldLayout(st: SegState): boolean {
  const seen = new Set<string>();
  let n = 0;
  for (let i = 0; i < st.end && n < 15; i++) {
    const l = st.lines[i];
    if (isBlankLine(l)) continue;
    n++;
    const m = CODE.exec(l.core);
    if (m && TOP.has(m[1])) seen.add(m[1]);
  }
  return seen.size >= 3 && (seen.has('HD') || seen.has('PD') || seen.has('WC'));
}

function fieldLayout(st: SegState): void {
  const h = st.ctx.story.header;
  let inText = false;
  for (let i = 0; i < st.end; i++) {
    const l = st.lines[i];
    if (isBlankLine(l) || l.kind !== null) continue;
    const m = CODE.exec(l.core);
    if (!m) continue;
    const code = m[1];
    const vs = l.cs + m[0].length;
    if (TEXT.has(code)) {
      inText = true;
      if (vs >= l.ce) {
        mark(st, l, 'header');
      } else {
        // LP Senegal and Mauritania on Tuesday ...: the text starts on the code's line
        region(st, 'header', { start: l.cs, end: l.cs + code.length });
        l.cs = vs;
        l.core = st.text.slice(vs, l.ce);
        l.indent = 0;
      }
      continue;
    }
    // codes after the text are trailers (trailer.ts); a code-like word inside the text is text
    if (!TOP.has(code) || inText || i > TOP_LINES * 2) continue;
    mark(st, l, 'header');
    // HD alone, the value on the next line (codes copied from Factiva's left column)
    let v = l;
    let from = vs;
    if (vs >= l.ce) {
      const n = st.lines[i + 1];
      if (!n || isBlankLine(n) || n.kind !== null || isCodeLine(n.core)) continue;
      mark(st, n, 'header');
      v = n;
      from = n.cs;
      i++;
    }
    const value = st.text.slice(from, v.ce);
    if (code === 'HD' && !h.headline) setHeadline(st, from, v.ce);
    else if (code === 'PD') {
      const d = anyDate(value);
      if (d?.iso) setHeaderDate(st, d.iso, from + d.index, from + d.index + d.length);
    } else if (code === 'SN' || code === 'PUB') agencyOf(st, v, from);
    else if (code === 'BY' && !bylineRule(st, from, v.ce)) {
      for (const n of parseNames(st.text, from, v.ce) ?? []) h.bylines.push({ name: n.name, span: { start: n.start, end: n.end }, affiliation: null });
    }
  }
}

/** The plain export: a word-count line under the headline opens a block of metadata lines. */
function plainLayout(st: SegState): void {
  let n = 0;
  for (let i = 0; i < Math.min(st.end, TOP_LINES) && n < 8; i++) {
    const l = st.lines[i];
    if (isBlankLine(l)) continue;
    n++;
    if (n < 2 || l.kind !== null || !WORD_COUNT.test(l.core)) continue;
    mark(st, l, 'header');
    for (let k = i + 1, taken = 0; k < st.end && taken < MAX_BLOCK; k++, taken++) {
      const b = st.lines[k];
      if (isBlankLine(b)) break;
      if (b.kind !== null) continue;
      const d = fullDate(b.core);
      const cr = COPYRIGHT.exec(b.core);
      if (d) setHeaderDate(st, d.iso, b.cs + d.index, b.cs + d.index + d.length);
      else if (cr) {
        const at = b.cs + b.core.lastIndexOf(cr[1]);
        const a = agencyByName(cr[1]);
        if (a) setHeaderAgency(st, a.short, at, at + cr[1].length);
      } else if (!TIME.test(b.core) && !SOURCE_CODE.test(b.core) && !LANGUAGE.test(b.core) && !agencyOf(st, b, b.cs) && b.core.length > 80) break;
      mark(st, b, 'header');
    }
    return;
  }
}

export function factivaRule(st: SegState): void {
  if (isFieldLayout(st)) fieldLayout(st);
  else plainLayout(st);
}
