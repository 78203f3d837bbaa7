// The source line under a headline: agency and release date.
//   Xinhua, April 12, 2024
//   Source: Xinhua | 2024-04-12 09:16:30 | Editor: huaxia      (Source: Xinhua| 2017-11-20 17:05:31|Editor: Jane Doe: a person)
//   English.news.cn | 2015-08-21 02:41:33 | Editor: huaxia      (the site's host: Xinhua's sites give the agency)
//   www.chinadaily.com.cn | 2015-08-21 10:12                    (a newspaper's site: the date only)
//   Xinhua News Agency  2024-04-12
//   Deutsche Presse-Agentur, May 12, 1998
import { agencyByName, agencyBySite } from '../lexicon/agencies.js';
import type { SegState, SegLine } from './model.js';
import { mark } from './model.js';
import { anyDate } from './date-forms.js';
import { setHeaderAgency, setHeaderDate } from './header-line.js';
import { parseNames } from './byline.js';

// `Source:` is optional when the first field is an agency or a web host
const PIPED = /^(Source:\s?)?([^|]{1,60}?)\s?\|\s?([^|]{6,40}?)\s?(?:\|\s?Editor:\s?([^|]{1,60}))?$/i;
// English.news.cn | www.chinadaily.com.cn | xinhuanet.com: labels of letters, digits and hyphens, a top-level domain of letters
const HOST = /^(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,5}[A-Za-z]{2,12}$/;
// Deutsche Presse-Agentur, May 12, 1998: a separator after the name (several words may come first) ...
const AGENCY_SEP_DATE = /^([A-Za-z][A-Za-z\-. ]{1,40}?)(?:\s?(?:,|\||\s-)\s{1,3}|\s{2,})(.{6,40})$/;
// ... or only a space: Xinhua April 12, 2024
const AGENCY_DATE = /^([A-Za-z][A-Za-z\-. ]{1,40}?)\s?(?:,|\||\s-)?\s{1,3}(.{6,40})$/;
const HAS_DIGIT = /\d/;

function editorOf(st: SegState, line: SegLine, name: string): void {
  const at = line.cs + line.core.lastIndexOf(name);
  const names = parseNames(st.text, at, at + name.trimEnd().length);
  if (!names) return;
  const label = line.cs + line.core.lastIndexOf('Editor');
  st.ctx.story.trailers.push({
    kind: 'editor', text: st.text.slice(label, line.ce), span: { start: label, end: line.ce },
    names: names.map((n) => ({ name: n.name, role: 'editor', span: { start: n.start, end: n.end } })),
  });
}

export function sourceLineRule(st: SegState, line: SegLine): boolean {
  const core = line.core;
  // every date form anyDate reads has digits: a line with none (most lines of a story's top) is no source line
  if (core.length > 120 || !HAS_DIGIT.test(core)) return false;
  const p = PIPED.exec(core);
  const piped = p && (p[1] || agencyByName(p[2]) || HOST.test(p[2])) ? p : null;
  const sep = piped ? null : AGENCY_SEP_DATE.exec(core);
  const loose = piped ? null : sep && agencyByName(sep[1]) ? sep : AGENCY_DATE.exec(core);
  const m = piped
    ? { source: piped[2], when: piped[3], editor: piped[4] as string | undefined, from: piped[1]?.length ?? 0 }
    : loose ? { source: loose[1], when: loose[2], editor: undefined, from: 0 } : null;
  if (!m) return false;
  const agency = agencyByName(m.source) ?? (HOST.test(m.source) ? agencyBySite(m.source) : undefined);
  const date = anyDate(m.when);
  if (!date || date.iso === null) return false;
  // the date must fill the rest of the line (a time may follow)
  const after = m.when.slice(date.index + date.length).trim();
  // KYODO NEWS - Mar 4, 2021 - 19:35 | World, All: a dash before the time, the site's sections after a pipe
  if (after && !/^(?:-\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BJT))?(?:\s?\|\s?[^|]{1,40})?$/.test(after)) return false;
  if (!agency && !piped) return false;
  const aAt = line.cs + core.indexOf(m.source, m.from);
  if (agency) setHeaderAgency(st, agency.short, aAt, aAt + m.source.length);
  const dAt = line.cs + core.indexOf(m.when, m.from + m.source.length) + date.index;
  setHeaderDate(st, date.iso, dAt, dAt + date.length);
  mark(st, line, 'source-line');
  // Source: Xinhua| 2017-11-20 17:05:31|Editor: Zhou Xin  (the editor is a person: a trailer of kind editor)
  if (m.editor) editorOf(st, line, m.editor);
  return true;
}
