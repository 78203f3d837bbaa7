// Trailers: what follows the story proper. Each pattern is anchored to a whole line.
//   Enditem | -0- | ` Reuter` | ==Kyodo | KWS-21:37-09-12-18 | AP-WF-02-20-16 0337GMT | (pvs/vi/ji)
//   (Reporting by Jane Doe in Lima; Editing by John Roe) | (Additional reporting by Jane Doe)
//   ___ / Associated Press writer Jane Doe in Nairobi contributed to this report.
//   Editor: Jane Doe | Copyright 2024 ... | MEDIA RELEASE PR67261 | Source: Ministry of Health
//   PTI ACB ZMN | dpa hb ts | NAA MNS | jwpark@yna.co.kr
import type { Trailer, TrailerName } from '../schema/story.js';
import { agencyByName, DESK_CODE_AGENCIES } from '../lexicon/agencies.js';
import { FACTIVA_TAIL_CODES, NEXIS_FIELDS } from '../lexicon/segment-codes.js';
import { isoDate } from '../lexicon/months.js';
import { parseNames } from './byline.js';
import { NEXIS_FIELD } from './archive-fields.js';
import { DIGITS, LOWER, UPPER, WORD, firstLetters, rulesByOpening, type OpeningRule } from './openings.js';

type Kind = Trailer['kind'];

// PTI ACB ZMN RT | dpa hb ts | IANS ab/cd: an agency that signs with desk codes, then the codes
const DESK_CODES = new RegExp(`^(?:${DESK_CODE_AGENCIES.join('|')})(?:\\s(?:[A-Z]{2,4}|[a-z]{1,3})(?:\\/[A-Za-z]{1,4})?){1,8}$`);

// CO omvs : Senegal River Basin ... | NS gdip : International Relations | IPD Politics | PUB Agence France Presse
const FACTIVA_TAIL = new RegExp(`^(?:${FACTIVA_TAIL_CODES.join('|')})\\s(?:[\\w.-]{1,16}\\s:\\s|(?<=^(?:IPD|PUB|RST)\\s)\\S)[^\\n]{0,400}$`);

export interface TrailerRule extends OpeningRule {
  id: string;
  kind: Kind;
  /** Tested against a line's core. */
  pattern: RegExp;
  /** Strong trailers are recognised anywhere after the dateline; weak ones only in the tail. */
  strong: boolean;
}

export const TRAILER_RULES: readonly TrailerRule[] = [
  // Enditem | Enditem/ls (CNA: the editor's initials after a slash)
  { id: 'enditem', kind: 'end-mark', pattern: /^(?:Enditem(?:\/[a-z]{1,4})?|End item|\(?END\)?|-0-|-30-|#{1,3}|\(end\)|\*{3}|=+ ?END ?=+)$/i, strong: true, opens: 'Ee(-#*=' },
  { id: 'reuter-sign-off', kind: 'sign-off', pattern: /^Reuters?$/, strong: true, opens: 'R' },
  { id: 'kyodo-sign-off', kind: 'sign-off', pattern: /^==\s?(?:Kyodo|KYODO)$/, strong: true, opens: '=' },
  // -- BERNAMA | — Xinhua
  { id: 'dash-sign-off', kind: 'sign-off', pattern: /^(?:--|—|–|-)\s?[A-Za-z][A-Za-z\-]{1,15}$/, strong: true, opens: '-—–' },
  // PTI ACB ZMN RT
  { id: 'desk-codes', kind: 'credit', pattern: DESK_CODES, strong: true, opens: firstLetters(DESK_CODE_AGENCIES) },
  // NAA MNS (Bernama reporter codes) | ABC XY   (capital codes alone at the very end)
  { id: 'reporter-codes', kind: 'credit', pattern: /^[A-Z]{2,4}(?:\s[A-Z]{2,4}){1,5}$/, strong: false, opens: UPPER },
  // jwpark@yna.co.kr (a reporter's address closing the story)
  { id: 'e-mail', kind: 'credit', pattern: /^\(?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)?$/, strong: true, opens: '(.+-' + WORD, cue: '@' },
  // (By Wu Pei-shan and Kevin Lee): the writers' names closing the story (CNA)
  { id: 'closing-byline', kind: 'credit', pattern: /^\(By\s[^()\n]{2,160}\)\.?$/, strong: true, opens: '(' },
  // Reporter: Ahmad Fauzi | Reported by Jane Doe | Photographer: Jane Doe   (Antara and web copy)
  { id: 'reporter-line', kind: 'credit', pattern: /^(?:Reporters?|Reported by|Writers?|Written by|Photographers?|Translators?|Translated by|Compiled by)\s?:?\s\p{Lu}[^\n]{1,80}$/u, strong: false, opens: 'RWPTC' },
  // ::IRNA 12/08/97 14:05 (IRNA's closing code) | MENA 11-02-89 1147 (an agency's transmission line)
  { id: 'agency-code', kind: 'transmission', pattern: /^::\s?[A-Z]{2,8}\b[^\n]{0,40}$/, strong: true, opens: ':' },
  { id: 'agency-transmission', kind: 'transmission', pattern: /^[A-Z]{2,8}\s\d{2}-\d{2}-\d{2}\s\d{4}$/, strong: false, opens: UPPER },
  // Document IFXN000020030314dz3e0009k | AN Document AFPR000020040608e0680047y (Factiva accession numbers)
  { id: 'factiva-document', kind: 'other', pattern: /^(?:AN\s)?Document\s[A-Za-z0-9]{12,40}$/, strong: true, opens: 'AD' },
  { id: 'factiva-code', kind: 'other', pattern: FACTIVA_TAIL, strong: false, opens: firstLetters(FACTIVA_TAIL_CODES) },
  // -- Nairobi newsroom +254-2-330261 | (London newsroom, +44 20 7542 0000)
  { id: 'newsroom-line', kind: 'source', pattern: /^\(?(?:--?\s?)?\p{Lu}[\p{L} .'-]{1,40}\snewsroom,?\s\+?[\d][\d ()./-]{5,24}\d\)?$/u, strong: true, opens: '(-' + UPPER, cue: 'newsroom' },
  { id: 'pr-source', kind: 'source', pattern: /^SOURCE\s\p{Lu}[^\n]{1,150}$/u, strong: false, opens: 'S' },
  { id: 'sign-off', kind: 'sign-off', pattern: /^(?:Xinhua|KCNA|Yonhap|Kyodo|\(Xinhua\)|\(KCNA\)|\(Yonhap\))$/, strong: false, opens: 'XKY(' },
  // APS | IRNA | (MENA): any agency's name alone on the last line (checked against the lexicon)
  { id: 'agency-sign-off', kind: 'sign-off', pattern: /^\(?[A-Za-z][A-Za-z\-]{1,24}\)?$/, strong: false, opens: '(' + UPPER + LOWER },
  // KWS-21:37-09-12-18
  { id: 'kyodo-transmission', kind: 'transmission', pattern: /^[A-Z]{2,5}-\d{1,2}:\d{2}-\d{2}-\d{2}-\d{2}$/, strong: true, opens: UPPER, cue: ':' },
  // AP-WF-02-20-16 0337GMT
  { id: 'ap-transmission', kind: 'transmission', pattern: /^[A-Z]{2,4}-[A-Z]{2,4}-\d{2}-\d{2}-\d{2}(?:\s\d{4}\s?(?:GMT|EST|EDT|CST|CDT|PST|PDT|UTC|Z))?$/, strong: true, opens: UPPER, cue: '-' },
  // 0337GMT / 08-07-98 0122EDT
  { id: 'time-transmission', kind: 'transmission', pattern: /^(?:\d{2}-\d{2}-\d{2}\s)?\d{4}\s?(?:GMT|EST|EDT|CST|CDT|PST|PDT|UTC)$/, strong: true, opens: DIGITS },
  // (pvs/vi/ji) | (jd/ak)
  { id: 'staff-initials', kind: 'credit', pattern: /^\((?:[a-z]{1,5}\/){1,5}[a-z]{1,5}\)$/i, strong: true, opens: '(' },
  { id: 'reporting-credit', kind: 'credit', pattern: /^\((?:(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Compiling|Reporting and writing|Research|Graphics|Editing and reporting|Written|Edited)\s(?:by\s)?[^()\n]{2,400})\)\.?$/i, strong: true, opens: '(' },
  // Reporting by Jane Doe; Editing by John Roe   (web copy, no brackets)
  { id: 'reporting-credit', kind: 'credit', pattern: /^(?:Additional )?(?:Reporting|Writing|Compiled)\sby\s[^()\n]{2,300}?;\s?(?:Additional reporting|Editing|Writing)\sby\s[^()\n]{2,300}$/, strong: true, opens: 'ARWC' },
  // bur-jm/ach | ach/pma/jm  (AFP desk initials)
  { id: 'desk-initials', kind: 'credit', pattern: /^[a-z]{2,4}(?:[-/][a-z]{2,4}){1,5}$/, strong: true, opens: LOWER },
  // Our Standards: The Thomson Reuters Trust Principles.
  { id: 'standards', kind: 'other', pattern: /^Our Standards:/, strong: true, opens: 'O' },
  // www.kcna.kp (Juche 108.8.28.)
  { id: 'kcna-site', kind: 'source', pattern: /^www\.kcna\.kp\b/, strong: true, opens: 'w' },
  { id: 'separator', kind: 'other', pattern: /^(?:_{3,}|-{3,}|\*{3,}|={3,})$/, strong: false, opens: '_-*=' },
  { id: 'contributor', kind: 'contributor', pattern: /\bcontributed(?:\s(?:to\s)?(?:this|the)\s(?:report|story|article))?(?:\sfrom\s[^.]{2,60})?\.?$/i, strong: false },
  { id: 'editor-line', kind: 'editor', pattern: /^(?:\[?Editor|Editors|Edited by|Editor in charge|Responsible editor|Web editor):?\s[^\n]{1,80}$/i, strong: false, opens: '[EeRrWw' },
  // Copyright 1988 by United Press International | ALL RIGHTS RESERVED (c) Copyright ANSA 2011 | All Rights Reserved
  { id: 'copyright', kind: 'copyright', pattern: /^(?:Copyright\b|©|\(c\)\s|All rights reserved)/i, strong: true, opens: 'Cc©(Aa' },
  // LOAD-DATE: November 13, 2008 | LANGUAGE: ENGLISH | PUBLICATION-TYPE: Newswire   (LexisNexis export fields)
  { id: 'nexis-field', kind: 'other', pattern: NEXIS_FIELD, strong: true, opens: firstLetters(NEXIS_FIELDS) },
  { id: 'media-release', kind: 'transmission', pattern: /^(?:MEDIA RELEASE|PRESS RELEASE|SOURCE)\s[A-Z]{0,4}\d{3,}$/, strong: true, opens: 'MPS' },
  { id: 'source-line', kind: 'source', pattern: /^(?:Source|SOURCE|Sources):\s?[^\n]{1,200}$/, strong: false, opens: 'S' },
  { id: 'end-of-story', kind: 'end-mark', pattern: /^(?:\(?(?:MORE|more)\)?|END OF STORY|End of Story)$/, strong: true, opens: '(MmE' },
];

// (the rules a line can match by its first character, of all rules and of the strong ones: see openings.ts)
const ALL_RULES_FOR = rulesByOpening(TRAILER_RULES);
const STRONG_RULES_FOR = rulesByOpening(TRAILER_RULES.filter((r) => r.strong));

/** The first trailer rule a line's core matches. */
export function trailerRuleFor(core: string, strongOnly: boolean): TrailerRule | null {
  if (core.length > 500) return null;
  for (const r of (strongOnly ? STRONG_RULES_FOR : ALL_RULES_FOR)(core)) {
    if ((r.cue !== undefined && !core.includes(r.cue)) || !r.pattern.test(core)) continue;
    // `-- BERNAMA` must name an agency
    if (r.id === 'dash-sign-off' && !agencyByName(core.replace(/^[-—–]+\s?/, ''))) continue;
    if ((r.id === 'agency-sign-off' && !agencyByName(core.replace(/[()]/g, ''))) || (r.id === 'agency-transmission' && !agencyByName(core.split(' ')[0]))) continue;
    return r;
  }
  return null;
}

/** `Media Contact:` opening a block of name, e-mail and telephone lines (press releases). */
export const CONTACT_BLOCK: TrailerRule = { id: 'contact', kind: 'other', pattern: /^(?:Media|Press|Investor|Investors|Company)?\s?(?:Contacts?|Enquiries|Inquiries)\s?:/i, strong: false };

/** A press release's closing sections: `About Acme Corp.` boilerplate, `Forward-Looking Statements`. */
export const RELEASE_SECTION: TrailerRule = {
  id: 'release-section', kind: 'other', strong: false,
  pattern: /^(?:About|ABOUT)\s[\p{Lu}\d][^.!?:;\n]{1,80}(?:\s?(?:Corp|Inc|Ltd|Co|Cos|L\.P|S\.A|N\.V|Plc|LLC|Ltda|Bhd|Pty)\.)?$|^(?:Forward-Looking Statements?|FORWARD-LOOKING STATEMENTS?|Safe Harbor Statement|SAFE HARBOR STATEMENT|Cautionary (?:Note|Statement)[^.\n]{0,40})$/u,
};

/** A contact heading alone on its line: `Contacts`, `Media Contact`, `For more information:`. */
export const CONTACT_HEADING: TrailerRule = {
  id: 'contact', kind: 'other', strong: false,
  pattern: /^(?:(?:Media|Press|Investor|Investors|Company)\s)?(?:Contacts?|CONTACTS?|Contact Information|Enquiries|Inquiries)\s?:?$|^For (?:more|further) information,?(?:\splease)?(?:\scontact)?\s?:?$/i,
};

/** End marks glued to the end of the last paragraph: `... the talks. -0-`, `... said. Enditem`. */
export const INLINE_END_MARK = /\s(?:-0-|Enditem|\(END\)|\(end\)|==Kyodo|-30-)\s*$/;

const ROLES: Array<[RegExp, string]> = [
  [/^additional reporting/i, 'reporter'],
  [/^reporting and writing/i, 'reporter'],
  [/^reporting/i, 'reporter'],
  [/^(?:writing|written)/i, 'writer'],
  [/^(?:editing|edited)/i, 'editor'],
  [/^compil/i, 'compiler'],
  [/^research/i, 'researcher'],
  [/^graphics/i, 'graphics'],
];

/** People named in a trailer line [start, end) of `text`, with their roles. */
export function trailerNames(text: string, start: number, end: number, rule: TrailerRule): TrailerName[] {
  const core = text.slice(start, end);
  const names: TrailerName[] = [];
  const add = (from: number, to: number, role: string): void => {
    // drop ` in Lima` / ` from Nairobi` after a name
    let body = text.slice(from, to);
    const where = /\s(?:in|from|at)\s\p{Lu}/u.exec(body);
    if (where) body = body.slice(0, where.index);
    const list = parseNames(text, from, from + body.trimEnd().length);
    for (const n of list ?? []) names.push({ name: n.name, role, span: { start: n.start, end: n.end } });
  };
  // A and B in Lima, C | Jane Doe in Nairobi and John Roe
  const addList = (from: number, to: number, role: string): void => {
    const body = text.slice(from, to);
    const sep = /\s(?:and|&)\s|,\s?/g;
    let prev = 0;
    for (let m = sep.exec(body); ; m = sep.exec(body)) {
      const stop = m ? m.index : body.length;
      add(from + prev, from + stop, role);
      if (!m) break;
      prev = m.index + m[0].length;
    }
  };
  if (rule.id === 'reporting-credit') {
    // (Reporting by A and B in Lima; Editing by C)
    const paren = core.startsWith('(') ? 1 : 0;
    const inner = paren ? core.replace(/\)\.?$/, '') : core;
    let at = paren;
    for (const part of inner.slice(paren).split(';')) {
      const by = /^\s*(.*?)\bby\s/i.exec(part);
      const role = ROLES.find(([re]) => re.test(part.trim()))?.[1] ?? 'contributor';
      if (by) addList(start + at + by[0].length, start + at + part.length, role);
      at += part.length + 1;
    }
  } else if (rule.id === 'contributor') {
    // Associated Press writers Jane Doe in Nairobi and John Roe contributed to this report.
    const m = /^(?:_+\s*)?(?:The\s)?(?:[\p{L}.]+\s){0,3}?(?:writers?|reporters?|correspondents?|photographers?)\s/iu.exec(core);
    const stop = core.search(/\s(?:also\s)?contributed/i);
    if (m && stop > m[0].length) addList(start + m[0].length, start + stop, 'contributor');
  } else if (rule.id === 'closing-byline') {
    addList(start + 4, end - (core.endsWith('.') ? 2 : 1), 'writer');
  } else if (rule.id === 'reporter-line') {
    const m = /^[^:]{1,40}:\s?|^\w+ by\s/i.exec(core);
    const role = /^photo/i.test(core) ? 'photographer' : /^transl/i.test(core) ? 'translator' : /^writ/i.test(core) ? 'writer' : 'reporter';
    if (m) addList(start + m[0].length, end, role);
  } else if (rule.id === 'editor-line') {
    const m = /^[^:]{1,40}:\s?|^Edited by\s/i.exec(core);
    if (m) add(start + m[0].length, end, 'editor');
  }
  return names;
}

/** The agency a sign-off names (` Reuter` -> Reuters, `==Kyodo` -> Kyodo). */
export function signOffAgency(core: string): string | null {
  const w = core.replace(/^==\s?|[()]/g, '').trim();
  return agencyByName(w)?.short ?? null;
}

/** The release date a transmission line carries: `AP-WF-02-20-16 0337GMT`, `KWS-21:37-09-12-18` (MM-DD-YY; `MENA 11-02-89` DD-MM-YY). */
export function transmissionDate(core: string): { iso: string; index: number; length: number } | null {
  const m = /(\d{2})-(\d{2})-(\d{2})(?=\s|$)/.exec(core);
  if (!m) return null;
  const yy = +m[3];
  // MENA 11-02-89 1147: agencies that write the day first
  const dayFirst = !!agencyByName(core.split(/\s/)[0])?.dayFirst;
  const [month, day] = dayFirst ? [+m[2], +m[1]] : [+m[1], +m[2]];
  const iso = isoDate(yy > 50 ? 1900 + yy : 2000 + yy, month, day);
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}
